"""The log's rule for ``archiver reextract``'s entries, as ``log verify`` holds a log to it.

Each ``extraction`` entry that supersedes another names, by record id and entry, an earlier
extraction entry of the same capture that was that capture's newest at that point
(:class:`~archiver.core.reextractions.SupersedeRule`): no fork (two entries superseding one),
no entry of another capture, no decoy naming a record its entry does not hold. A cross-entry
rule, so one sequential pass (the per-entry checks of :mod:`.verify` may split the log across
processes), parsing only the extraction lines.
"""

from __future__ import annotations

from archiver.core.reextractions import SupersedeRule
from archiver.provenance.chain import entries_of_type


def broken_supersedes(lines: list[bytes]) -> list[tuple[int, int, str]]:
    """(seq, line number, message) of each extraction entry of ``lines`` that breaks the rule."""
    rule = SupersedeRule()
    out: list[tuple[int, int, str]] = []
    for number, seq, data in entries_of_type(lines, "extraction"):
        problem = rule.take(seq, data)
        if problem is not None:
            out.append((seq, number, f"seq {seq}: {problem} (written by hand, or by two archiver reextract "
                                     "processes at once): readers do not follow it"))
    return out
