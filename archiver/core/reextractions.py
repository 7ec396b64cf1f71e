"""The re-extractions of a capture, as its log tells them (``archiver reextract``).

A capture keeps every extraction the log records: the one made when it was captured, and each
newer one ``archiver reextract`` committed, whose ``extraction`` entry names the one it
supersedes (``supersedes``: the record, ``supersedes_seq``: its entry). ``show``, ``history``
and ``diff`` say when a capture's text was re-extracted and by which extractor version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from archiver.errors import ArchiverError


def reextractions(entry_at: Callable[[int], Any], seq: int | None) -> list[dict[str, Any]]:
    """The re-extractions (``archiver reextract``) behind the extraction entry ``seq``, oldest
    first: when each was made, by which extractor version, from which one (``[]``: the capture
    still has the extraction it was captured with). Followed back by ``supersedes_seq``, each a
    strictly earlier entry (a loop cannot be written in a chained log, nor followed here)."""
    out: list[dict[str, Any]] = []
    while type(seq) is int:
        try:
            entry = entry_at(seq)
        except ArchiverError:
            break
        data = entry.data if entry.type == "extraction" else {}
        earlier = data.get("supersedes_seq")
        if type(earlier) is not int or earlier >= seq:
            break
        try:
            before = entry_at(earlier).data
        except ArchiverError:
            before = {}
        out.append({"log_seq": entry.seq, "time": entry.time, "record_id": data.get("record_id"),
                    "extractor_version": _version_of(data), "supersedes": data.get("supersedes"),
                    "supersedes_seq": earlier, "superseded_version": _version_of(before)})
        seq = earlier
    return out[::-1]


def _version_of(data: dict[str, Any]) -> str | None:
    versions = data.get("extractor")
    found = versions.get("archiver-extract") if isinstance(versions, dict) else None
    return str(found) if found is not None else None
