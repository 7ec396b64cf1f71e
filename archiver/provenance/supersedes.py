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
from archiver.errors import MalformedEntry
from archiver.provenance.chain import SCHEMA_VERSION, parse_line

#: How an ``extraction`` entry's line ends (canonical JSON: ``type`` then ``v``, the last keys).
_EXTRACTION_END = f'"type":"extraction","v":{SCHEMA_VERSION}}}'.encode()


def broken_supersedes(lines: list[bytes]) -> list[tuple[int, int, str]]:
    """(seq, line number, message) of each extraction entry of ``lines`` that breaks the rule."""
    rule = SupersedeRule()
    out: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if not line.endswith(_EXTRACTION_END):
            continue
        try:
            obj, _ = parse_line(line)
        except MalformedEntry:
            continue  # E_PARSE, said by the per-entry checks
        data = obj.get("data") if isinstance(obj, dict) else None
        seq = obj.get("seq") if isinstance(obj, dict) else None
        if not isinstance(data, dict) or type(seq) is not int:
            continue
        problem = rule.take(seq, data)
        if problem is not None:
            out.append((seq, i + 1, f"seq {seq}: {problem} (written by hand, or by two archiver reextract "
                                    "processes at once): readers do not follow it"))
    return out
