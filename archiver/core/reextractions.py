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
    strictly earlier entry (a loop cannot be written in a chained log, nor followed here). The
    oldest may supersede nothing (``supersedes_seq`` null): the capture's extraction failed when
    it was captured, and this is its first, made later."""
    out: list[dict[str, Any]] = []
    while type(seq) is int:
        try:
            entry = entry_at(seq)
        except ArchiverError:
            break
        data = entry.data if entry.type == "extraction" else {}
        earlier = data.get("supersedes_seq")
        if earlier is None and "supersedes_seq" in data:  # the capture's extraction had failed: its first
            out.append({"log_seq": entry.seq, "time": entry.time, "record_id": data.get("record_id"),
                        "extractor_version": _version_of(data), "supersedes": None, "supersedes_seq": None,
                        "superseded_version": None})
            break
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


class SupersedeRule:
    """The rule of the log for ``archiver reextract``'s entries, fed each ``extraction`` entry in
    log order (:meth:`take`): an entry that supersedes (``supersedes``/``supersedes_seq``) must
    name, by record id AND entry, an EARLIER extraction entry of the SAME capture that was that
    capture's newest at that point; so no two entries supersede the same one (a fork), and a
    capture's second extraction entry must supersede its first. ``plain log verify`` holds the
    log to it; the readers follow a capture's newest extraction only along it."""

    def __init__(self) -> None:
        #: capture id -> (seq, record id) of its newest extraction entry so far
        self.newest: dict[str, tuple[int, Any]] = {}
        #: seq of a superseded extraction entry -> seq of the entry superseding it
        self.superseded_by: dict[int, int] = {}
        #: seq -> capture id of every extraction entry taken
        self.capture_of: dict[int, str] = {}

    def take(self, seq: int, data: dict[str, Any]) -> str | None:
        """Take extraction entry ``seq`` (its ``data``); the problem with it, if any (it is then
        not the capture's newest: a reader never follows it)."""
        cid = data.get("capture_id")
        if not isinstance(cid, str):
            return None  # an extraction entry that names no capture (before ids were logged): nothing to hold
        self.capture_of[seq] = cid
        named, named_seq = data.get("supersedes"), data.get("supersedes_seq")
        before = self.newest.get(cid)
        if named is None and named_seq is None:
            if before is not None:
                return (f"a second extraction entry of capture {cid} that supersedes nothing (its newest "
                        f"extraction is entry {before[0]}): only archiver reextract logs another, superseding it")
            self.newest[cid] = (seq, data.get("record_id"))
            return None
        problem = self._problem(seq, cid, named, named_seq, before)
        if problem is None and type(named_seq) is int:
            self.superseded_by[named_seq] = seq
            self.newest[cid] = (seq, data.get("record_id"))
        return problem

    def _problem(self, seq: int, cid: str, named: Any, named_seq: Any, before: tuple[int, Any] | None) -> str | None:
        if type(named_seq) is not int or not 0 <= named_seq < seq or not isinstance(named, str):
            return f"an extraction entry of capture {cid} that supersedes {named!r} at entry {named_seq!r}: not an earlier entry"
        if named_seq in self.superseded_by:
            return (f"extraction entry {named_seq} is superseded twice, by entries {self.superseded_by[named_seq]} "
                    f"and {seq} (a fork: two re-extractions of capture {cid} from the same one)")
        if self.capture_of.get(named_seq) != cid:
            return (f"it supersedes entry {named_seq}, which is not an extraction entry of capture {cid}")
        if before is None or before[0] != named_seq:
            return (f"it supersedes entry {named_seq}, which is not capture {cid}'s newest extraction at that "
                    f"point (entry {before[0] if before else None} is)")
        if before[1] != named:
            return (f"it supersedes record {named} at entry {named_seq}, whose record is {before[1]}")
        return None


def carried_newest(entries: list[tuple[int, dict[str, Any]]]) -> tuple[dict[str, tuple[int, dict[str, Any]]],
                                                                         list[tuple[int, str]]]:
    """The :class:`SupersedeRule` held to the ``extraction`` entries a bundle carries (``entries``:
    (seq, data), any order), which are part of the log only: the capture's current extraction
    and those a published quote check was made on. What it can tell from them: no second entry
    superseding nothing, no fork, no entry of another capture, no decoy naming a record its entry
    does not hold, and no entry superseding one older than a carried newer one; an entry naming
    one the bundle does not carry, newer than every carried one of its capture, is taken on its
    word (its chain back is the log's, signed). Returns each capture's newest entry along the rule
    (capture id -> (seq, data)) and (seq, problem) of each carried entry that breaks it."""
    newest: dict[str, tuple[int, dict[str, Any]]] = {}
    superseded_by: dict[int, int] = {}
    capture_of = {seq: data.get("capture_id") for seq, data in entries}
    problems: list[tuple[int, str]] = []
    for seq, data in sorted(entries, key=lambda e: e[0]):
        cid = data.get("capture_id")
        if not isinstance(cid, str):
            continue
        named, named_seq = data.get("supersedes"), data.get("supersedes_seq")
        before = newest.get(cid)
        problem = None
        if named is None and named_seq is None:
            if before is not None:
                problem = (f"a second extraction entry of capture {cid} that supersedes nothing (entry {before[0]} "
                           "is an earlier one)")
        elif type(named_seq) is not int or not 0 <= named_seq < seq or not isinstance(named, str):
            problem = f"an extraction entry of capture {cid} that supersedes {named!r} at entry {named_seq!r}: not an earlier entry"
        elif named_seq in superseded_by:
            problem = (f"extraction entry {named_seq} is superseded twice, by entries {superseded_by[named_seq]} "
                       f"and {seq} (a fork)")
        elif named_seq in capture_of:
            if capture_of[named_seq] != cid:
                problem = f"it supersedes entry {named_seq}, which is not an extraction entry of capture {cid}"
            elif before is None or before[0] != named_seq:
                problem = (f"it supersedes entry {named_seq}, which is not capture {cid}'s newest extraction at "
                           f"that point (entry {before[0] if before else None} is)")
            elif before[1].get("record_id") != named:
                problem = f"it supersedes record {named} at entry {named_seq}, whose record is {before[1].get('record_id')}"
        elif before is not None and named_seq < before[0]:
            problem = (f"it supersedes entry {named_seq}, older than capture {cid}'s extraction entry {before[0]} "
                       "the bundle carries")
        if problem is not None:
            problems.append((seq, problem))
            continue
        if type(named_seq) is int:
            superseded_by[named_seq] = seq
        newest[cid] = (seq, data)
    return newest, problems
