"""``archiver reextract``: bring old captures' extractions up to the current extractor.

Extraction improves (words a page hides are left out, metadata read better); a capture keeps
the extraction made when it was captured, and every reader (``verify-quote``, ``show``,
``cite``, ``export``) answers from it. This module re-runs the current extractor on the bytes
the capture's text was read from (its final response, or the record its ``extraction`` entry
names as ``source_record_id``: a browser capture's rendered DOM; the same bytes ``log verify
--deep`` re-extracts) and, only where the text or the metadata differ (the extractor's version
numbers alone are no difference), commits a *new* extraction, the way a capture commits its own
(:mod:`archiver.store.commit`), in the same order:

1. the extraction record goes to this process's WARC file (fsynced);
2. a new ``extraction`` log entry names the capture (``capture_id``, ``capture_seq``), the new
   record (``record_id``, and ``record``: its place and digests, as a capture entry lists its
   records, since the capture entry does not list it), ``supersedes`` (the previous extraction
   record's id) and ``supersedes_seq`` (its entry), the extractor versions and the digests;
3. the index points at the new extraction and the text index holds its text.

A capture that comes out the same under other logged versions gets no log entry (nothing
changed); the index marks it checked by the installed versions on that extraction entry
(:meth:`~archiver.store.index.SqliteIndex.mark_checked`), and ``--all-outdated`` passes it over
(:data:`CHECKED`) while both hold. A dry run marks nothing; ``reindex`` drops the marks.

The old extraction record and its entry are never edited or removed: the log tells the whole
story (``log show --type extraction``), and a reader follows the newest extraction entry of a
capture (``reindex`` rebuilds from it; the evidence check takes its record from it).

A capture whose extraction FAILED when it was made (its ``capture`` entry's ``extraction_error``:
a time or memory limit, a page that broke an older extractor) has no extraction: its bytes are
archived, its text is not. ``reextract ID`` (or ``--failed``: every such capture) extracts it
now from what that extraction would have read (a browser capture: its rendered DOM when that
holds more article text than the response, as the capture chooses), with the notes its commit
would have given it when the archived body is only the page's beginning, committed as above,
with ``supersedes`` and ``supersedes_seq`` null: the capture's first extraction entry, later
than its capture entry, listing its own ``record``, and trusted by a reader only when signed or
this machine's own, like every re-extraction. If it fails again, nothing is written and the
capture is reported failed, with why.

A capture an older extractor read as text whose bytes no browser shows as text today (a binary
body sent as ``text/plain; charset=utf-8``, a download since extractor 131) is re-extracted as
having none (:func:`archiver.extract.no_text`): an extraction with empty texts, its ``page_state``
and its entry's ``no_text`` saying why (task sec59; before, ``reextract`` failed on it and its old
text stayed quotable).

Why one file of ~530 lines: a re-extraction, a failed capture's first extraction and the one
commit both take are read side by side (the same order and lock as a capture's commit).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archiver.capture.records import extraction_spec, written_with_warc
from archiver.capture.warc import warc_date
from archiver.core.canonical import canonical_json
from archiver.core.digests import sha256_label
from archiver.core.page_states import NO_TEXT_STATES
from archiver.core.reextractions import SupersedeRule
from archiver.errors import (
    ArchiverError,
    ExtractionError,
    IncompleteCheckError,
    NotIndexedError,
    StoreError,
    UsageError,
)
from archiver.store.commit import log_place, metadata_sha256

if TYPE_CHECKING:
    from archiver.archive import Archive

logger = logging.getLogger(__name__)

#: What a capture's re-extraction came to. :data:`CHECKED`: not re-run (``--all-outdated``): an
#: earlier run re-ran the installed extractor on its newest extraction and found no difference.
UNCHANGED, REEXTRACTED, WOULD_REEXTRACT, FAILED, SKIPPED, CHECKED = (
    "unchanged", "reextracted", "would_reextract", "failed", "skipped", "checked")

#: Fields of an extraction that are not a difference on their own: the extractor's versions,
#: and the digest of the text (the text itself is compared).
_NOT_COMPARED = frozenset({"extractor", "text_sha256"})

#: The beginnings of the notes a capture adds to its extraction about the bytes it holds (see
#: :func:`archiver.store.commit.body_notes`): facts about the archived body, not found by the
#: extractor, so a re-extraction keeps them.
_BODY_NOTES = ("the capture holds only the first ", "the content coding ends early")

#: Where an extraction's text was read from (``sources["text"]``: archiver.store.browser_records'
#: FROM_DOM and FROM_RESPONSE, not imported: that module loads the browser's).
_FROM_DOM, _FROM_RESPONSE = "rendered-dom", "http-response"


@dataclass
class Reextraction:
    """One capture's re-extraction: ``status`` is one of :data:`UNCHANGED`, :data:`REEXTRACTED`,
    :data:`WOULD_REEXTRACT` (``--dry-run``), :data:`FAILED` (``reason`` says why; ``missing``:
    because evidence is missing, not altered), :data:`SKIPPED` (no extraction to redo) or
    :data:`CHECKED` (already checked by the installed extractor: not re-run)."""

    capture_id: str
    status: str
    old_versions: dict[str, Any] | None = None
    new_versions: dict[str, Any] | None = None
    old_text_sha256: str | None = None
    #: why the capture's extraction failed when it was captured (its first extraction, then)
    failed_at_capture: str | None = None
    new_text_sha256: str | None = None
    changed: list[str] = field(default_factory=list)
    supersedes: str | None = None
    supersedes_seq: int | None = None
    record_id: str | None = None
    log_seq: int | None = None
    reason: str | None = None
    missing: bool = False
    #: unchanged, logged by other versions: the index now marks it checked by the installed ones
    #: (never on a dry run), so ``--all-outdated`` passes it over (:data:`CHECKED`) from now on
    marked_checked: bool = False
    #: which bytes the text was (re-)extracted from: ``rendered-dom`` (a browser capture's) or ``http-response``
    text_source: str | None = None
    #: the new extraction has no text, and why (:data:`~archiver.core.page_states.NO_TEXT_STATES`: ``download``)
    no_text: str | None = None

    def to_dict(self, *, dry_run: bool = False) -> dict[str, Any]:
        return {"capture_id": self.capture_id, "status": self.status, "dry_run": dry_run,
                # unchanged (or checked), but logged by other versions: no log entry is written
                # just for the new versions; the index marks the check instead (``marked_checked``)
                "versions_differ": self.old_versions is not None and self.new_versions is not None
                and self.old_versions != self.new_versions, "marked_checked": self.marked_checked,
                "text_source": self.text_source,
                # one object of the two version sets: their keys are component names, not ours
                "extractor": {"old": self.old_versions, "new": self.new_versions},
                "old_text_sha256": self.old_text_sha256,
                "new_text_sha256": self.new_text_sha256, "changed": self.changed,
                "supersedes": self.supersedes, "supersedes_seq": self.supersedes_seq,
                "record_id": self.record_id, "log_seq": self.log_seq, "reason": self.reason,
                "failed_at_capture": self.failed_at_capture, "no_text": self.no_text}


@dataclass
class ReextractReport:
    """Every capture's :class:`Reextraction`, in the order asked (``--all-outdated``: by id)."""

    items: list[Reextraction] = field(default_factory=list)
    dry_run: bool = False

    @property
    def failed(self) -> list[Reextraction]:
        return [i for i in self.items if i.status == FAILED]

    def to_dict(self) -> dict[str, Any]:
        counts = {s: sum(1 for i in self.items if i.status == s)
                  for s in (UNCHANGED, REEXTRACTED, WOULD_REEXTRACT, FAILED, SKIPPED, CHECKED)}
        return {"ok": not self.failed, "dry_run": self.dry_run, "counts": counts,
                "captures": [i.to_dict(dry_run=self.dry_run) for i in self.items]}


def newest_extractions(archive: Archive) -> dict[str, Any]:
    """Each capture's newest ``extraction`` log entry (capture id -> entry), read from the log,
    along the log's rule (:class:`~archiver.core.reextractions.SupersedeRule`: an entry that
    breaks it, which ``log verify`` names, is not followed)."""
    newest: dict[str, Any] = {}
    rule = SupersedeRule()
    for entry in archive.log.entries():  # (a store whose log is gone is refused here: exit 3)
        if entry.type == "extraction" and isinstance(entry.data.get("capture_id"), str) \
                and rule.take(entry.seq, entry.data) is None:
            newest[entry.data["capture_id"]] = entry
    return newest


def targets(archive: Archive, prefixes: Iterable[str], *, all_outdated: bool = False,
            failed: bool = False) -> list[str]:
    """The full ids of the captures ``prefixes`` name, in the order given, then (``all_outdated``)
    every other indexed capture whose newest logged extraction was made by other extractor
    versions than the installed ones and that no earlier run checked with them (the index's
    marker: :meth:`~archiver.store.index.SqliteIndex.mark_checked`), by id, then (``failed``)
    every other indexed capture whose extraction failed when it was captured and that has no
    logged extraction yet, by id.

    Raises:
        UsageError: neither ids nor ``all_outdated`` nor ``failed`` given (exit 2).
        UnknownCaptureError: an id names no capture (exit 2).
        NotIndexedError: ``all_outdated`` or ``failed``, and the index lacks a capture the log lists (exit 3:
            whether it is outdated cannot be judged from the index; ``reindex`` brings it back).
    """
    return _targets(archive, prefixes, all_outdated=all_outdated, failed=failed)[0]


def _targets(archive: Archive, prefixes: Iterable[str], *, all_outdated: bool,
             failed: bool) -> tuple[list[str], dict[str, Any]]:
    """(:func:`targets`, the outdated captures it passed over as checked: id -> newest extraction entry)."""
    from archiver.extract import extractor_versions

    prefixes = list(prefixes)
    if not prefixes and not all_outdated and not failed:
        raise UsageError("give capture ids to re-extract, or --all-outdated, or --failed")
    capture_ids = list(dict.fromkeys(archive.resolve(p) for p in prefixes))
    checked: dict[str, Any] = {}
    if all_outdated or failed:
        lost = archive.captures_not_indexed()
        if lost:  # (never passed over in silence: "every outdated capture" would leave them out)
            from archiver.evidence import index_lacks

            raise NotIndexedError(index_lacks(lost))
        now = extractor_versions()
        known = set(archive.index.capture_ids())
        newest = newest_extractions(archive)
        if all_outdated:
            outdated = {cid: e for cid, e in newest.items()
                        if cid in known and cid not in capture_ids and (e.data.get("extractor") or {}) != now}
            marks, label = archive.index.checked(), _versions_label(now)
            checked = {cid: e for cid, e in outdated.items() if marks.get(cid) == (e.seq, label)}
            capture_ids += sorted(set(outdated) - set(checked))
        if failed:
            capture_ids += sorted(cid for cid in _failed_at_capture(archive)
                                  if cid in known and cid not in newest and cid not in capture_ids)
    return capture_ids, {cid: checked[cid] for cid in sorted(checked) if cid not in capture_ids}


def _versions_label(versions: dict[str, Any]) -> str:
    """Extractor versions as the index's marker holds them (canonical JSON)."""
    return canonical_json(versions).decode()


def _failed_at_capture(archive: Archive) -> dict[str, str]:
    """Capture id -> why its extraction failed, for every capture whose ``capture`` entry (or the
    ``import`` entry listing it) logs an ``extraction_error``, read from the log."""
    out: dict[str, str] = {}
    for entry in archive.log.entries():
        if entry.type not in ("capture", "import"):
            continue
        items = [entry.data] if entry.type == "capture" else entry.data.get("captures") or []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("capture_id"), str) \
                    and isinstance(item.get("extraction_error"), str) and item["extraction_error"]:
                out[item["capture_id"]] = item["extraction_error"]
    return out


def _logged_capture(archive: Archive, capture_id: str, capture_seq: int | None) -> dict[str, Any]:
    """What the entry that logged the capture says of it (its ``capture`` entry, or its item of
    the ``import`` entry listing it; {}: no such entry)."""
    if type(capture_seq) is not int:
        return {}
    entry = archive.log.entry(capture_seq)
    items = [entry.data] if entry.type == "capture" else entry.data.get("captures") or []
    return next((item for item in items if isinstance(item, dict) and item.get("capture_id") == capture_id), {})


def reextract(archive: Archive, prefixes: Iterable[str], *, all_outdated: bool = False, failed: bool = False,
              dry_run: bool = False, progress: Callable[[str], None] | None = None) -> ReextractReport:
    """Re-extract the captures ``prefixes`` name (and, with ``all_outdated``, every capture whose
    newest logged extraction was made by other extractor versions than the current ones; with
    ``failed``, every capture whose extraction failed when it was captured and has none yet).

    Every id is resolved, and the store checked writable, before anything is written.

    Raises:
        UsageError: neither ids nor ``all_outdated`` nor ``failed`` given (exit 2).
        UnknownCaptureError: an id names no capture (exit 2; nothing written).
        ReadOnlyStoreError / KeyMissingError: nothing can be logged here (exit 3; nothing written).
    """
    capture_ids, checked = _targets(archive, prefixes, all_outdated=all_outdated, failed=failed)
    if not dry_run:
        archive.ensure_writable()
    newest = newest_extractions(archive)
    report = ReextractReport(dry_run=dry_run)
    for cid in capture_ids:
        try:
            item = _reextract_one(archive, cid, newest.get(cid), dry_run=dry_run)
        except ArchiverError as exc:  # this capture only: the others are still brought up to date
            item = Reextraction(cid, FAILED, reason=exc.diagnostics(),
                                missing=isinstance(exc, IncompleteCheckError))
        report.items.append(item)
        if progress is not None:
            progress(cid)
    if checked:
        from archiver.extract import extractor_versions

        now = extractor_versions()
        report.items += [Reextraction(cid, CHECKED, old_versions=e.data.get("extractor") or {}, new_versions=now,
                                      old_text_sha256=e.data.get("text_sha256"), text_source=_source_of(e.data),
                                      reason=(
                                          f"checked by extractor {now.get('archiver-extract')} on its extraction at "
                                          f"log entry {e.seq}: no difference (not re-run)"))
                         for cid, e in checked.items()]
    return report


def _reextract_one(archive: Archive, capture_id: str, entry: Any, *, dry_run: bool) -> Reextraction:
    """Re-extract one capture; commit a new extraction only if it differs (and not ``dry_run``)."""
    indexed = archive.index.extraction(capture_id)
    if entry is None and indexed is None:
        return _first_extraction(archive, capture_id, dry_run=dry_run)
    archive.evidence(capture_id, extraction=indexed).require()  # (an index behind the log is refused here)
    if entry is None or indexed is None or indexed.get("log_seq") != entry.seq:
        return Reextraction(capture_id, FAILED, reason=(
            "the index does not point at the capture's newest logged extraction: run `archiver reindex` first"))
    data = entry.data
    old = indexed["article"] or {}
    body, url, content_type, status = archive.extraction_input(capture_id, data)
    from archiver.extract import no_text

    try:  # (a body no browser shows as text, which an older extractor read: no text, logged so)
        article = no_text(content_type, body) or archive.extract(body, url=url, content_type=content_type,
                                                                 http_status=status)
    except ArchiverError:
        raise
    except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor fails alone, as at capture
        logger.exception("re-extraction failed for capture %s", capture_id)
        return Reextraction(capture_id, FAILED, old_versions=data.get("extractor") or {},
                            reason=f"extraction failed: {type(exc).__name__}: {exc}")
    new = _as_the_capture_made_it(article, old).to_dict()
    item = Reextraction(capture_id, UNCHANGED, old_versions=data.get("extractor") or {},
                        new_versions=new.get("extractor") or {}, old_text_sha256=data.get("text_sha256"),
                        new_text_sha256=new.get("text_sha256"), changed=changed_fields(old, new),
                        supersedes=data.get("record_id"), supersedes_seq=entry.seq, text_source=_source_of(data),
                        no_text=_no_text_of(new))
    if not item.changed:
        item.supersedes = item.supersedes_seq = None
        if not dry_run and item.old_versions != item.new_versions:  # (reading never writes: no mark on a dry run)
            with archive.locked():  # (shared: apart from a reindex emptying the index)
                archive.index.mark_checked(capture_id, log_seq=entry.seq, extractor=_versions_label(item.new_versions or {}))
            item.marked_checked = True
        return item
    if dry_run:
        item.status = WOULD_REEXTRACT
        return item
    _commit(archive, capture_id, data, entry, new, item)
    item.status = REEXTRACTED
    return item


def _first_extraction(archive: Archive, capture_id: str, *, dry_run: bool) -> Reextraction:
    """Extract a capture whose extraction failed when it was captured (its entry logs an
    ``extraction_error``): its first extraction entry, superseding nothing, made from the input
    its first extraction would have read (:func:`_first_input`). Any other capture without an
    extraction (nothing to extract: a redirect, an image) is skipped."""
    row = archive.index.get(capture_id)
    archive.evidence(capture_id, with_text=False).require()  # the capture's records and entry, as logged
    facts = _logged_capture(archive, capture_id, row.log_seq)
    error = facts.get("extraction_error")
    if not isinstance(error, str) or not error:
        return Reextraction(capture_id, SKIPPED, reason="the capture has no logged extraction to bring up to "
                            "date (it was not extracted: see 'archiver show')")
    data: dict[str, Any] = {"capture_seq": row.log_seq, "capture_id": capture_id}
    try:  # (a body that inflates past the limit fails as it read, before the extractor)
        article, label, dom_id = _first_input(archive, capture_id, data, facts)
    except IncompleteCheckError:
        raise  # a WARC file gone: missing evidence (exit 3 when every failure is one), not a failed extraction
    except ArchiverError as exc:  # a limit again (time, memory, inflate): this capture fails, the others go on
        return Reextraction(capture_id, FAILED, failed_at_capture=error,
                            reason=f"extraction failed again: {exc.diagnostics()}")
    except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor fails alone, as at capture
        logger.exception("extraction failed again for capture %s", capture_id)
        return Reextraction(capture_id, FAILED, failed_at_capture=error,
                            reason=f"extraction failed again: {type(exc).__name__}: {exc}")
    if dom_id is not None:
        data["source_record_id"] = dom_id
    kept = tuple(n for n in _response_notes(archive, capture_id) if n not in article.notes)
    new = article._replace(notes=(*article.notes, *kept)).to_dict()
    item = Reextraction(capture_id, WOULD_REEXTRACT if dry_run else REEXTRACTED,
                        new_versions=new.get("extractor") or {}, new_text_sha256=new.get("text_sha256"),
                        changed=changed_fields({}, new), failed_at_capture=error, text_source=_source_of(data),
                        no_text=_no_text_of(new))
    if not dry_run:
        _commit(archive, capture_id, data, None, new, item)
    return item


def _first_input(archive: Archive, capture_id: str, data: dict[str, Any],
                 facts: dict[str, Any]) -> tuple[Any, str | None, str | None]:
    """(extraction, its ``sources["text"]``, the rendered DOM's record id when it was read) of a
    capture whose extraction failed when it was captured, made from what that extraction would
    have read: the final response, or for a browser capture the text source it chooses
    (:func:`archiver.store.browser_records._extraction_input`): its rendered DOM (unless the page
    navigated away) when that gives more article text than the response, which it then names."""
    browser = facts.get("browser") if isinstance(facts.get("browser"), dict) else None
    if browser is None:  # (a body no browser shows as text today: no text, logged so, as a re-extraction's)
        from archiver.extract import no_text

        body, url, content_type, status = archive.extraction_input(capture_id, data)
        return (no_text(content_type, body) or archive.extract(body, url=url, content_type=content_type,
                                                               http_status=status)), None, None
    dom_id = browser.get("rendered_dom_record_id")
    served = _candidate(archive, capture_id, data)
    dom = (_candidate(archive, capture_id, {**data, "source_record_id": dom_id})
           if isinstance(dom_id, str) and "page_navigated_away" not in (browser.get("incomplete") or ()) else None)
    if dom is not None and not isinstance(dom, BaseException) and (
            isinstance(served, BaseException) or len(dom.text) > len(served.text)):
        return _with_source(dom, _FROM_DOM), _FROM_DOM, str(dom_id)
    if isinstance(served, BaseException):
        raise served  # (neither gave a text: why the response did not)
    return _with_source(served, _FROM_RESPONSE), _FROM_RESPONSE, None


def _response_notes(archive: Archive, capture_id: str) -> tuple[str, ...]:
    """What the capture's archived response lacks (cut at a limit, a content coding that ends
    early), as the notes its commit would have given the extraction it failed to make (the DOM's
    too: the browser was handed the same bytes); none for a body that inflates past the limit,
    as at capture."""
    try:
        return tuple(archive.body_notes(capture_id))
    except ExtractionError:
        return ()


def _candidate(archive: Archive, capture_id: str, data: dict[str, Any]) -> Any:
    """The extraction of the input ``data`` names, or the exception that stopped it (a missing
    WARC file, a record not the logged one, still raised: that is the evidence, not the page). A
    response no browser shows as text gives no text (:func:`archiver.extract.no_text`): until sec60
    the browser branch extracted it and failed ("not HTML, PDF or text") on every ``--failed`` run."""
    try:
        body, url, content_type, status = archive.extraction_input(capture_id, data)
    except ExtractionError as exc:  # a body that inflates past the limit: no text to offer, as at capture
        return exc
    from archiver.extract import no_text

    try:
        if data.get("source_record_id") and not archive.is_extractable(content_type, body, text=True):
            return ExtractionError("the rendered DOM holds nothing to extract")
        # (a response no browser shows as text: no text, as the HTTP branch decides it; sec60)
        return (None if data.get("source_record_id") else no_text(content_type, body)) or archive.extract(
            body, url=url, content_type=content_type, http_status=status)
    except Exception as exc:  # noqa: BLE001 - a candidate that breaks the extractor offers no text, as at capture
        return exc


def _with_source(article: Any, label: str) -> Any:
    """``article`` naming ``label`` as its text's source, as a browser capture's extraction does."""
    return article._replace(sources=tuple(sorted({**dict(article.sources), "text": label}.items())))


def _no_text_of(new: dict[str, Any]) -> str | None:
    """Why an extraction (its dict) has no text a browser shows (``download``), or None: it has a reading."""
    return str(new["page_state"]) if new.get("page_state") in NO_TEXT_STATES and not new.get("text") else None


def _source_of(data: dict[str, Any]) -> str:
    """Which bytes an extraction entry's text is read from: the rendered DOM or the response."""
    return _FROM_DOM if data.get("source_record_id") else _FROM_RESPONSE


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The extraction's fields whose values differ (versions aside), sorted."""
    return sorted(k for k in set(old) | set(new)
                  if k not in _NOT_COMPARED and k != "text_unavailable" and old.get(k) != new.get(k))


def _as_the_capture_made_it(article: Any, old: dict[str, Any]) -> Any:
    """``article`` with what the capture added to its extraction, which the extractor cannot see
    in the bytes: which bytes the text was read from (``sources["text"]``, which a browser capture
    records: :class:`archiver.store.commit.ExtractionSource`) and the notes saying
    the archived body is only the page's beginning (:func:`archiver.store.commit.body_notes`)."""
    label = dict(_pairs(old.get("sources"))).get("text")
    if isinstance(label, str) and "text" not in dict(article.sources):  # (the extractor names no text source)
        article = article._replace(sources=tuple(sorted({**dict(article.sources), "text": label}.items())))
    kept = tuple(n for n in old.get("notes") or () if isinstance(n, str) and n.startswith(_BODY_NOTES)
                 and n not in article.notes)
    return article._replace(notes=(*article.notes, *kept)) if kept else article


def _pairs(value: Any) -> list[tuple[str, Any]]:
    """An extraction's ``sources`` as pairs (a record holds a JSON object or a list of pairs)."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return [(p[0], p[1]) for p in value if isinstance(p, list | tuple) and len(p) == 2]
    return []


def _superseded_in_log(archive: Archive, capture_id: str, seq: int | None) -> bool:
    """Whether the log, as it is now, holds an entry superseding extraction entry ``seq`` of the
    capture (``seq`` None: any re-extraction of it; proven once per process, then only the lines
    appended since are read)."""
    from archiver.provenance.proven import proven_log

    path = archive.log_path
    proven = proven_log(path, os.stat(path), archive.key_dir)
    if seq is None:
        return proven.newest_reextraction(capture_id) is not None
    return proven.superseding(capture_id, seq) is not None


def _commit(archive: Archive, capture_id: str, data: dict[str, Any], entry: Any | None, new: dict[str, Any],
            item: Reextraction) -> None:
    """WARC record (fsynced), then the log entry, then the index: under the store's lock held
    EXCLUSIVELY, so that (a) the check that nothing re-extracted the capture meanwhile and the
    append are one step: of two ``reextract`` processes, the second finds the first's entry and
    writes nothing (never two entries superseding one: a signed fork); (b) no reader sees the log
    ahead of the index: a reader that finds the index behind the log waits for this hold and
    looks again (:func:`archiver.evidence.check_capture`); (c) a ``reindex`` never sees the
    record written and not yet logged. Captures commit under the shared lock meanwhile: they
    wait for this one commit, not for the whole run. ``entry`` None: the capture's first
    extraction (its extraction failed when it was captured), superseding nothing."""
    row = archive.index.get(capture_id)
    body = canonical_json(new)
    source = data.get("source_record_id")
    with archive.locked(exclusive=True):
        now = archive.index.extraction(capture_id)
        seq = entry.seq if entry is not None else None
        if (now.get("log_seq") if now is not None else None) != seq or _superseded_in_log(archive, capture_id, seq):
            said = f"log entry {seq}" if seq is not None else "none"
            raise StoreError(f"capture {capture_id} was re-extracted meanwhile (its newest extraction is no "
                             f"longer {said}): nothing written; run `archiver reextract {capture_id}` again")
        record_id = archive.ids.record_id()
        name, written = archive.warc_writer().write([extraction_spec(
            url=row.final_url, date=warc_date(archive.clock.now()), record_id=record_id,
            refers_to=str(source) if source else row.response_record_id, body=body)], sync=True)
        [record] = written_with_warc(name, written)
        event: dict[str, Any] = {
            "capture_seq": data.get("capture_seq"), "capture_id": capture_id, "record_id": record_id,
            "extractor": new.get("extractor") or {}, "text_sha256": new.get("text_sha256"),
            "metadata_sha256": metadata_sha256(new), "extraction_sha256": sha256_label(body),
            "supersedes": data.get("record_id"), "supersedes_seq": seq, "record": record,
        }
        if source:
            event["source_record_id"] = source
        if item.no_text is not None:  # why it has none (sec59)
            event["no_text"] = item.no_text
        logged = archive.append_event("extraction", event)
        previous = data.get("record") if isinstance(data.get("record"), dict) else None
        archive.index.replace_extraction(
            capture_id, record=record, dropped=previous.get("record_id") if previous else None,
            log_seq=logged.seq, text_sha256=new.get("text_sha256"), article=new, log_place=log_place(logged))
        archive.index_texts([(capture_id, new)])
    item.record_id, item.log_seq = record_id, logged.seq
