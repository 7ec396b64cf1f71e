"""``archiver log verify --deep``: re-read the artifacts each log entry names.

For a ``capture`` entry, and for each capture an ``import`` entry lists, every WARC record it
lists is read at its offset, its digests are recomputed and its header lines held to the log
(:mod:`archiver.capture.record_heads`); for an ``extraction`` entry, the
extraction is re-run from the archived response and compared with the logged digests. A missing
file is reported as missing, not as tampering. Bytes after the last record of a WARC file the
log names are a warning (:meth:`DeepChecker.tail_problems`), and so is a WARC file no log entry
names (:meth:`DeepChecker.unlogged_problems`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.capture.record_heads import head_problems, read_head
from archiver.capture.warc import (
    TornTail,
    iter_records,
    read_record,
)
from archiver.capture.warc_places import no_record_at, not_its_members
from archiver.core.digests import sha256_label
from archiver.core.files import open_regular
from archiver.core.page_states import NO_TEXT_STATES
from archiver.errors import (
    ArchiverError,
    StoreError,
    UnknownCaptureError,
    WarcError,
)
from archiver.evidence import index_lacks
from archiver.provenance.verify import WARNING, ArtifactMissing, ArtifactProblem, Problem
from archiver.store import warc_writing
from archiver.store.warc_writing import being_written, leftover_temporaries

if TYPE_CHECKING:
    from archiver.archive import Archive

def _head(path: Path, offset: int) -> bytes | None:
    """The WARC header block of the record at ``offset`` of ``path`` (None: unreadable)."""
    try:
        with open_regular(path) as f:
            return read_head(lambda at, n: os.pread(f.fileno(), n, at), offset)
    except OSError:
        return None


def _member(path: Path, rec: dict[str, Any]) -> str | None:
    """``sha256:`` of the logged record's bytes as stored (its gzip member); None: unreadable."""
    try:
        with open_regular(path) as f:
            return sha256_label(os.pread(f.fileno(), int(rec["length"]), int(rec["offset"])))
    except (OSError, KeyError, TypeError, ValueError):
        return None


def _astray(path: Path, rec: dict[str, Any]) -> str | None:
    """Why the logged span of a record the log gives no member digest is not its gzip members
    (:func:`~archiver.capture.warc_places.not_its_members`; None: it is, or not gzipped there)."""
    try:
        with open_regular(path) as f:
            return not_its_members(f.fileno(), int(rec["offset"]), int(rec["length"]))
    except (OSError, KeyError, TypeError, ValueError):
        return None


class _From:
    """A file read from ``start`` on, as a stream of its own that cannot seek (a reader skips in
    it by reading: its offsets are counted from ``start``)."""

    def __init__(self, path: Path, start: int) -> None:
        self._f = open_regular(path)
        self._f.seek(start)

    def read(self, n: int = -1) -> bytes:
        data: bytes = self._f.read(n)
        return data

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> _From:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _reading_from(path: Path, start: int) -> Any:
    """An ``opener`` for :func:`~archiver.capture.warc.iter_records`: ``path`` from ``start`` on."""
    return lambda: _From(path, start)


class DeepChecker:
    """Re-reads the artifacts a log entry names: WARC records and re-run extraction."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._superseded_ids: set[tuple[str, int, str]] | None = None
        #: each WARC file the log names -> (its name in the log, the end of its furthest logged record)
        self._ends: dict[Path, tuple[str, int]] = {}

    def check(self, entry: Any) -> list[str | ArtifactProblem]:
        data = entry.data
        if entry.type == "capture":
            return self._check_capture(entry.seq, data)
        if entry.type == "import":
            return [p for item in data.get("captures") or [] if isinstance(item, dict)
                    for p in self._check_capture(entry.seq, item, imported=True)]
        if entry.type == "extraction":
            return self._check_extraction(entry.seq, data)
        return []

    def _check_capture(self, seq: int, data: dict[str, Any], *, imported: bool = False) -> list[str | ArtifactProblem]:
        """The records one capture lists. An imported record's own digest headers are another
        tool's claims, reported at import: only what the log says of it is checked (its id, and
        its block and payload sha256 as recomputed then)."""
        problems: list[str | ArtifactProblem] = []
        listed = [*(data.get("records") or []), *(data.get("warcinfo") or [])]  # warcinfo: since it is logged
        for rec in listed:
            try:
                path = self.archive.storage.local_path(rec["warc"])
            except StoreError as exc:
                problems.append(f"seq {seq}: {exc}")
                continue
            if not path.exists():
                problems.append(ArtifactMissing(
                    f"seq {seq}: WARC file {rec['warc']} named by the log is missing from the store"))
                continue
            unplaced = no_record_at(rec.get("offset"), rec.get("length"))
            if unplaced is not None:  # (read by its offset alone, the record there would pass)
                problems.append(f"seq {seq}: WARC file {rec['warc']}: the log and the file disagree: the logged record "
                                f"{rec.get('record_id')} {unplaced}")
                continue
            end = int(rec["offset"]) + int(rec["length"])
            self._ends[path] = (str(rec["warc"]), max(end, self._ends.get(path, ("", 0))[1]))
            try:
                stored = read_record(path, rec["offset"])
            except WarcError as exc:
                problems.append(f"seq {seq}: {exc.diagnostics()}")
                continue
            if stored.record_id != rec["record_id"]:
                problems.append(f"seq {seq}: {rec['warc']}@{rec['offset']} holds record {stored.record_id}, "
                                f"log says {rec['record_id']}")
                continue
            if stored.block_digest != rec.get("block_digest"):
                problems.append(f"seq {seq}: WARC record {rec['record_id']} in {rec['warc']} has block sha256 "
                                f"{stored.block_digest}, log says {rec.get('block_digest')}")
            elif rec.get("member_sha256") is not None and _member(path, rec) != rec["member_sha256"]:
                problems.append(f"seq {seq}: WARC file {rec['warc']}: the gzip member of record {rec['record_id']} "
                                "is not the one the log names (the record inside reads as logged; its member was "
                                "re-compressed or its gzip header changed)")
            elif rec.get("member_sha256") is None and (astray := _astray(path, rec)) is not None:
                problems.append(f"seq {seq}: WARC file {rec['warc']}: the log and the file disagree: the logged record "
                                f"{rec['record_id']} {astray}")
            payload = stored.payload_sha256 if imported else stored.payload_digest
            # payload_is: a digest logged before 2026-11-30, computed the way archiver did then, counts too
            if rec.get("payload_digest") and payload != rec["payload_digest"] and not stored.payload_is(rec["payload_digest"]):
                problems.append(f"seq {seq}: WARC record {rec['record_id']} in {rec['warc']} has payload sha256 "
                                f"{payload}, log says {rec['payload_digest']}")
            if not imported:
                problems.extend(f"seq {seq}: {p}" for p in stored.problems())
            response = not imported and rec["record_id"] == data.get("response_record_id")
            problems.extend(f"seq {seq}: WARC file {rec['warc']}: {p}"
                            for p in head_problems(_head(path, int(rec["offset"])), rec, ip=data.get("ip"),
                                                   check_ip=response))
        return problems

    def _check_extraction(self, seq: int, data: dict[str, Any]) -> list[str | ArtifactProblem]:
        """Re-run the extraction an ``extraction`` entry logged and compare its text digest.

        A re-extraction's entry (``archiver reextract``) also names its record's place and digests
        (``record``: the capture entry does not list it), checked as a capture's records are. An
        extraction a later entry supersedes, made by other extractor versions than the current
        ones, is not held to today's extractor: its text differing is what the newer entry is for
        (its record is still checked, as one of the capture's records). An entry logging that the
        capture has no text (``no_text``: ``archiver reextract`` of a body a browser downloads) is
        decided again from the bytes (:func:`archiver.extract.no_text`), never taken at its word."""
        problems: list[str | ArtifactProblem] = []
        record = data.get("record")
        if isinstance(record, dict):
            problems += self._check_capture(seq, {"records": [record]})
        capture_id = str(data.get("capture_id"))
        try:
            row = self.archive.index.get(capture_id)
            if not self.archive.storage.local_path(row.warc).exists():
                return [*problems, ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                                   f"WARC file {row.warc} is missing from the store")]
            body, url, content_type, status = self.archive.extraction_input(capture_id, data)
        except StoreError as exc:  # the index cannot be opened (damaged, read-only): not tampering
            return [*problems, ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                               f"{exc.diagnostics()}")]
        except ArchiverError as exc:
            if isinstance(exc, UnknownCaptureError) and capture_id in self.archive.captures_not_indexed():
                # the log lists it, the index (a cache) lacks it: its records were checked above
                # from the log itself; the re-extraction waits for `reindex`. Not tampering.
                return [*problems, ArtifactMissing(f"seq {seq}: cannot re-run extraction: {index_lacks([capture_id])}")]
            return [*problems, f"seq {seq}: cannot re-read capture {capture_id}: {exc.diagnostics()}"]
        from archiver.extract import extractor_versions, no_text

        now, then = extractor_versions(), data.get("extractor") or {}

        def superseded() -> bool:  # an older extractor's reading a later extraction entry supersedes
            return now != then and (capture_id, seq, str(data.get("record_id"))) in self._superseded()

        # decided again from the bytes, never taken on the entry's word: no text a browser shows (sec59)
        article = no_text(content_type, body)
        if article is None and data.get("no_text") is not None:
            if superseded():
                return problems
            return [*problems, f"seq {seq}: capture {capture_id} is logged as having no text a browser shows "
                    f"(no_text: {data.get('no_text')}), yet its bytes read as a page or text today"
                    f"{'' if now == then else _reading_changed(capture_id, then, now)}"]
        try:
            article = article or self.archive.extract(body, url=url, content_type=content_type, http_status=status)
        except ArchiverError as exc:  # e.g. a resource limit now lower than at capture: not tampering
            return [*problems, ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                               f"{exc.diagnostics()}")]
        got = article.to_dict().get("text_sha256")
        none = article.page_state if article.page_state in NO_TEXT_STATES and not article.text else None
        if got != data.get("text_sha256") or none != data.get("no_text"):
            if superseded():
                return problems
            note = "" if now == then else (_no_longer_read if none else _reading_changed)(capture_id, then, now)
            gives = f"no text a browser shows ({none})" if none else f"text {got}"
            problems.append(f"seq {seq}: re-extraction of capture {capture_id} gives {gives}, log says "
                            f"{data.get('text_sha256')}{note}")
        return problems

    def tail_problems(self) -> list[Problem]:
        """``W_WARC_TAIL``: bytes after the last record of a WARC file the log names that are no
        complete record (junk appended, a record a killed process left half written), named by
        file and offset. A warning, not an error: no logged record is affected (each was read at
        its own place and held to the log), so no statement the log vouches for changes; but they
        are not what this store wrote there, and a reader of the file meets them. A file that ends
        where its last logged record ends (every file this store wrote whole) is not re-read, nor
        is one a live process is writing (:func:`~archiver.store.warc_writing.being_written`): what
        follows its logged records is a capture under way, perhaps half written this instant."""
        found = []
        for path, (name, end) in sorted(self._ends.items()):
            try:
                size = os.stat(path).st_size
                if size <= end or being_written(path):
                    continue
                # read from the end of the last logged record on: a logged record damaged before it
                # (an error of its own) is not these bytes (the reader from the file's start stopped
                # there, and the warning named it, said to affect no logged record)
                tail = next((t for t in iter_records(path, opener=_reading_from(path, end), size=size - end)
                             if isinstance(t, TornTail)), None)
            except (OSError, ArchiverError):  # (said of its logged records already)
                continue
            if tail is None or tail.several_in_member:  # (whole records after the logged ones: no junk)
                continue
            at = end + tail.offset
            found.append(Problem("W_WARC_TAIL", f"WARC file {name}: {size - at} byte(s) at offset {at} "
                                 f"are no WARC record ({tail.reason}); no logged record is affected (each holds to the "
                                 "log), but this store did not write them: bytes added to the file since, or a record "
                                 "a killed process left half written", severity=WARNING))
        return found

    def unlogged_problems(self) -> list[Problem]:
        """``W_WARC_UNLOGGED``: a WARC file of the store that no log entry names (a capture's, an
        import's, an extraction's or a recovery's record in it). A warning, as ``W_WARC_TAIL``: no
        logged record is affected; but nothing in it is vouched for by the log, and before, ``--deep``
        said nothing of it (only the files the log names were read).

        ``W_WARC_IN_PROGRESS`` instead for a file a live process is writing (its writer's lock:
        :func:`~archiver.store.warc_writing.being_written`): a capture under way, whose log entry
        is still to come, is not the remains of a stopped one (before, both were "unlogged")."""
        named = self._named_warcs()
        unheld: set[str] = set()
        found: list[Problem | str] = []
        for name in self.archive.storage.names():
            if name in named:
                continue
            if being_written(self.archive.storage.local_path(name)):
                found.append(Problem("W_WARC_IN_PROGRESS", f"WARC file {name} is being written by a running archiver "
                                     "process (it holds the file's lock): a capture under way, whose log entry is still "
                                     "to come; run 'archiver log verify --deep' again once it has ended",
                                     severity=WARNING))
            else:
                unheld.add(name)
                found.append(name)
        # a writer logs its capture, then closes its file (letting go of its lock): one that did both
        # since the log was read above is in the log now; read after the locks were asked, so a file
        # found unheld is named there if its writer logged it (else it was "unlogged" for an instant)
        named = self._named_warcs() if unheld else named
        return self._temporary_problems() + [p if isinstance(p, Problem) else Problem(
            "W_WARC_UNLOGGED", f"WARC file {p} is named by no log entry and no running process is writing it: "
            "nothing in it is vouched for by the log (the remains of a capture or import stopped before its log "
            "entry: 'archiver reindex' says what it holds and logs its records as recovered; or a file put in the "
            "store since)", severity=WARNING) for p in found if isinstance(p, Problem) or p not in named]

    def _temporary_problems(self) -> list[Problem]:
        """``W_WARC_TEMPORARY``: a temporary name of a WARC file's creation
        (:func:`~archiver.store.warc_writing.temporary_name`, where the file system makes no unnamed
        files) that no live process holds: left by a process stopped while it created the file."""
        found = []
        names = leftover_temporaries(self.archive.root / "warcs")
        if names.undecided:
            by = f" (pid {', '.join(map(str, names.holders))})" if names.holders else ""
            shown = ", ".join(f"warcs/{path.name}" for path in names.undecided)
            found.append(Problem("W_WARC_TEMPORARY", f"{shown}: not told from a WARC file's creation under way: a "
                                 f"process creating a WARC file{by} has held the warcs/ folder over "
                                 f"{warc_writing.FOLDER_HELD_WITHIN:g} s (stopped or hung); check again once it goes on or ends",
                                 severity=WARNING))
        for path in names.left:
            try:
                other_name = os.stat(path).st_nlink > 1
            except OSError:
                continue
            what = ("another name of a WARC file of the store, which is checked under its own name" if other_name
                    else "a file that never got its own name: nothing in it is named by the log")
            found.append(Problem("W_WARC_TEMPORARY", f"warcs/{path.name} is the temporary name of a WARC file an "
                                 f"archiver process was creating when it was stopped (no running process holds it): "
                                 f"{what}; remove it", severity=WARNING))
        return found

    def _named_warcs(self) -> set[str]:
        """Every WARC file a log entry names (the log as it is now: one pass over it)."""
        named: set[str] = set()
        for entry in self.archive.log.entries():
            _warc_names(entry.data, named)
        return named

    def _superseded(self) -> set[tuple[str, int, str]]:
        """(capture id, entry seq, record id) of each extraction a later ``extraction`` entry of the
        same capture supersedes, naming exactly that entry and that record (read once). A record id
        alone is no exemption: a decoy entry naming the forged newest extraction's record as the
        one it supersedes must not spare it (the log's rule, ``E_SUPERSEDE``, names the decoy)."""
        if self._superseded_ids is None:
            self._superseded_ids = {
                (str(e.data.get("capture_id")), e.data["supersedes_seq"], str(e.data["supersedes"]))
                for e in self.archive.log.entries()
                if e.type == "extraction" and e.data.get("supersedes") and type(e.data.get("supersedes_seq")) is int
                and e.data["supersedes_seq"] < e.seq}
        return self._superseded_ids


def _warc_names(value: Any, named: set[str]) -> None:
    """Add to ``named`` every ``warc`` a log entry's data names, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "warc" and isinstance(item, str):
                named.add(item)
            else:
                _warc_names(item, named)
    elif isinstance(value, list):
        for item in value:
            _warc_names(item, named)


def _versions_changed(then: Any, now: dict[str, str]) -> str:
    """"archiver-extract: logged 121, installed 128; ...": only the versions that differ."""
    logged = {str(k): str(v) for k, v in then.items()} if isinstance(then, dict) else {}

    def told(versions: dict[str, str], name: str, word: str) -> str:
        return f"{word} {versions[name]}" if name in versions else f"not {word}"

    return "; ".join(f"{name}: {told(logged, name, 'logged')}, {told(now, name, 'installed')}"
                     for name in sorted(set(logged) | set(now)) if logged.get(name) != now.get(name))


def _no_longer_read(capture_id: str, then: Any, now: dict[str, str]) -> str:
    """The note of a logged text whose bytes the installed extractor, of other versions, reads as
    no page or text at all (a binary body sent as ``text/plain; charset=utf-8``, text to extractor
    130, a download since 131, as Chromium takes it).

    Why (review rvsec58): the line said only "not HTML, PDF or text" under "could not be done;
    nothing found altered", while ``verify-quote``, ``show`` and ``cite`` go on answering from the
    logged text. Since sec59 ``reextract`` logs that the capture has no text, which they follow."""
    return (f" (extractor versions differ: {_versions_changed(then, now)}. The installed extractor no longer reads "
            f"this capture's body as a page or text, where the logged one did: a browser shows no text of it. "
            f"verify-quote, show and cite still answer from the logged text until `archiver reextract {capture_id}` "
            "logs that the capture has none (`archiver reextract --all-outdated`: every capture an older extractor "
            "read); then run `archiver log verify --deep` again)")


def _reading_changed(capture_id: str, then: Any, now: dict[str, str]) -> str:
    """The note of an extraction whose text today's extractor, of other versions, does not give:
    which versions differ (only those), what that means, and the two commands that settle it.

    Why (review rvsec58): the note printed both versions' whole tables (twelve libraries each, on
    one line) and only ``reextract ID``; a user of an old store whose reading changed (an untyped
    page under a revisit saying only nosniff, read as HTML by the import and as text since sec56)
    was told neither what changed nor that it is no sign of tampering, nor how to bring every such
    capture up to date at once."""
    return (f" (extractor versions differ: {_versions_changed(then, now)}. The current extractor reads the archived bytes differently, "
            "which alone is no sign of tampering: unless another problem is named for this capture, its bytes are "
            f"as logged. `archiver reextract {capture_id}` brings it up to date, logging today's reading beside the "
            "old one; `archiver reextract --all-outdated` does so for every capture an older extractor read; then "
            "run `archiver log verify --deep` again)")

