"""Commands for capturing and listing: ``archive``, ``list``, ``show``, ``reindex``."""

from __future__ import annotations
