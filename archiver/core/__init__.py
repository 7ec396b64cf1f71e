"""Small things every stage uses: clocks and ids (injectable for deterministic tests), digests,
named resource limits, and child-process lifetime.

Nothing here imports from another archiver package except :mod:`archiver.errors`.
"""
