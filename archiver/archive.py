"""The library facade: one store, and everything a caller does with it.

``Archive`` is the only module that composes the others. Data flows one way:
fetch -> WARC (the source of truth, fsynced) -> extraction (from the archived bytes, written
back into the WARC) -> provenance log -> index. The index and the text index are derived and
``reindex`` rebuilds them from the WARC files and the log. Every way of capturing commits
through one path, in that order: :mod:`archiver.store.commit`.

Why one file of ~1530 lines: it is the facade, one short method per thing a caller does, each
delegating to the module that does it (reindex, deep checks, export, quotes, compare live
elsewhere); splitting the class would only scatter its table of contents.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.capture.fetch import Fetcher, FetchOptions, public_url, same_url, validate_url
from archiver.capture.records import (
    IMPORT_LISTING_TYPE as IMPORT_LISTING_TYPE,  # re-exported (it lived here)
)
from archiver.capture.records import (
    CaptureResult,
    http_reason,
    recorded_options,
    shown_hops,
    software_versions,
    warcinfo_spec,
)
from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    decode_body,
    decode_content,
    record_cut,
    record_payload,
    redirects_away,
    warc_date,
)
from archiver.core.clock import Clock, IdFactory, default_clock, default_ids
from archiver.core.digests import sha256_label
from archiver.core.mime import declared_content_type, effective_content_type, revisit_fields
from archiver.core.store_lock import Patience, store_lock
from archiver.errors import (
    ArchiverError,
    CaptureError,
    IntegrityError,
    LimitExceededError,
    LogIdentityError,
    NotIndexedError,
    ReadOnlyStoreError,
    StoreError,
    UnknownCaptureError,
    WarcError,
)
from archiver.ports import TextsLacking
from archiver.store.commit import (
    IMPORTED_LIMIT,
    body_notes,
    commit_native,
    draft_from_exchange,
)
from archiver.store.commit import (
    metadata_sha256 as metadata_sha256,  # re-exported (it lived here)
)
from archiver.store.index import CaptureRow, IdClashError, SqliteIndex
from archiver.store.sqlite_damage import DamagedIndexError, is_damage
from archiver.store.storage import (
    TEXT_INDEX_FILE,
    TEXT_INDEX_REBUILT,
    LocalWarcStorage,
    WarcFileWriter,
    WarcStorage,
    check_store_layout,
    check_store_path,
    check_store_shape,
    ensure_store,
    is_store,
    native_log_origins,
    require_store,
    store_writable,
)

if TYPE_CHECKING:  # the facade's result types; their modules load only when a method is used
    from archiver.compare import CaptureDiff
    from archiver.corrections import Correction
    from archiver.deep_check import DeepChecker
    from archiver.evidence import EvidenceReaders
    from archiver.export.cite import Source
    from archiver.export.importer import CheckedFile, ImportResult
    from archiver.export.wacz import ExportResult
    from archiver.history import History
    from archiver.provenance.verify import Problem
    from archiver.quotes.service import QuoteReport, QuoteRequest, QuoteService
    from archiver.recapture import Recapture
    from archiver.reextract import ReextractReport
    from archiver.reindex import ReindexReport

logger = logging.getLogger(__name__)

ProgressFn = Callable[[CaptureResult], None]


class Archive:
    """A store on disk: WARC files, index, provenance log."""

    def __init__(self, root: Path, *, clock: Clock | None = None, ids: IdFactory | None = None,
                 key_dir: Path | None = None, fetch_options: FetchOptions | None = None,
                 storage: WarcStorage | None = None, rotate_bytes: int | None = None,
                 extractor: Any = None, mode: str = "create") -> None:
        self.root = Path(root)
        # made once: an evidence check asks for it before every statement
        self._log_path = self.root / "provenance" / "log.jsonl"
        #: "create" (may start a store and its log), "write" (an existing store) or "read"
        #: (an existing store, opened so that nothing in it is created or changed).
        self.mode = mode
        self.clock = clock or default_clock()
        self.ids = ids or default_ids()
        self.key_dir = key_dir
        self.fetch_options = fetch_options or FetchOptions()
        self.storage = storage or LocalWarcStorage(self.root)
        self._rotate_bytes = rotate_bytes
        self._extractor = extractor
        self._writer: WarcFileWriter | None = None
        self._index: SqliteIndex | None = None
        self._text_index: Any = None
        self._text_index_file: tuple[int, int] | None = None  # (device, inode) when opened
        #: where the text index is opened: its own name, or the one reindex builds it under
        self._text_index_path = self.root / TEXT_INDEX_FILE
        self._text_slice = 1  # captures' texts indexed per transaction (index_texts_in_slices)
        self._waiting_texts: list[tuple[str, dict[str, Any]]] = []
        self._text_slice_seconds: float | None = None  # the oldest waiting text's age limit
        self._waiting_since = 0.0  # (monotonic) when the oldest waiting text came
        #: (log and index state, captures the index lacks): :meth:`captures_not_indexed` scans once per change
        self._not_indexed: tuple[Any, list[str]] | None = None
        #: the same for the captures whose logged extraction the index lacks (:meth:`extractions_not_indexed`)
        self._no_extraction: tuple[Any, list[str]] | None = None
        #: (index state, captures whose extraction failed): :meth:`extractions_failed` reads them once per change
        self._failed_extraction: tuple[Any, list[str]] | None = None
        self._log: Any = None
        #: a creating command's store made (or found) for writing: :meth:`make_store`
        self._made = False
        #: an index was opened while the store was not there yet (read as empty): :meth:`make_store`
        self._opened_unmade = False
        self._lock = threading.Lock()
        self._appended = False
        self._corrections: tuple[tuple[int, int] | None, dict[str, list[Any]]] | None = None
        self._readers = threading.local()  # one EvidenceReaders per thread: handles seek
        self._all_readers: list[EvidenceReaders] = []
        #: makes the bounded wait of a reader for live writers (tests give one a clock and sleep of theirs)
        self.new_patience: Callable[[], Patience] = Patience
        self._shared_patience: Patience | None = None  # :meth:`waits_once`

    @classmethod
    def open(cls, root: Path, *, mode: str = "create", **kwargs: Any) -> Archive:
        """Open the store at ``root``.

        Only ``mode="create"`` (commands that add captures) makes a store where there is none,
        and only at its first write (:meth:`make_store`), after every check that needs no store:
        opening it refuses what would keep the store from being made (a path that cannot be a
        folder, a newer index) and creates nothing, so a command refused before it writes (a bad
        URL, an unknown capture id, a key folder that is a file) leaves no folder, log or key.
        "write" and "read" need one (a mistyped path is exit 2, nothing created), and "read"
        opens it without writing a byte, so a read-only medium or a colleague's copy works.
        """
        if mode not in ("create", "write", "read"):
            raise ValueError(f"unknown mode {mode!r}")
        if mode == "create":
            check_store_path(Path(root))
            refuse_newer_indexes(Path(root))  # (before any page is fetched for it)
        else:
            require_store(Path(root))
        if mode == "write":  # ("create": ensure_store checked)
            check_store_layout(Path(root))
        elif mode == "read":  # reading writes nothing, so no link is followed for a write: the shape
            check_store_shape(Path(root))
        return cls(Path(root), mode=mode, **kwargs)

    @property
    def read_only(self) -> bool:
        """Opened for reading, or on a medium this process cannot write to."""
        return self.mode == "read" or not store_writable(self.root)

    # ------------------------------------------------------------------ components

    @property
    def index(self) -> SqliteIndex:
        if self._index is None:
            self._index = SqliteIndex(self.root / "index.sqlite3", read_only=self._reading_only(),
                                      read_block=self._read_block, lazy=True)  # (a refusal makes no file)
        return self._index

    @property
    def text_index(self) -> Any:
        if self._text_index is None:
            from archiver.store.textindex import SqliteTextIndex

            self._text_index = SqliteTextIndex(self._text_index_path, read_only=self._reading_only())
            self._text_index_file = _file_identity(self._text_index_path)
        return self._text_index

    def _reading_only(self) -> bool:
        """Whether the indexes are opened for reading: a read-only store, or a creating
        command's store that is not there yet (it has no captures: its indexes read as empty,
        and nothing is made for it until :meth:`make_store`)."""
        if self.read_only:
            return True
        if self.mode == "create" and not self._made and not is_store(self.root):
            self._opened_unmade = True
            return True
        return False

    def make_store(self) -> None:
        """Make the store (its folder and README, :func:`ensure_store`) for a creating command's
        first write: called before the log is created, before a WARC file, a lock or an index is
        written, and by :meth:`ensure_writable` once every check passed; at most once. An index
        read while there was no store is reopened for writing."""
        if self.mode != "create" or self._made:
            return
        ensure_store(self.root)
        self._made = True
        if self._opened_unmade:
            self._opened_unmade = False
            if self._index is not None:
                self._index.close()
                self._index = None
            self._close_text_index()

    @property
    def log_path(self) -> Path:
        """The provenance log file (it may not exist yet: nothing here creates it)."""
        return self._log_path

    @property
    def log(self) -> Any:
        if self._log is None:
            from archiver.provenance import ProvenanceLog

            directory = self.root / "provenance"
            create = self.mode == "create" and not self.read_only
            if not (directory / "log.jsonl").exists():
                self._refuse_new_log_over_evidence()
                if create:  # every refusal of a new log first, then the store it is made in
                    self._refuse_new_log_here(directory)
                    self.make_store()
            self._log = ProvenanceLog.open(directory, key_dir=self.key_dir, clock=self.clock, create=create)
        return self._log

    def _refuse_new_log_here(self, directory: Path) -> None:
        """The refusals of a new log in ``directory`` that need no store (a key folder that is a
        file, a log this machine's key signed there and that is gone), made before the store is
        made for it. :meth:`ProvenanceLog.open` makes them again, under the log's lock."""
        from archiver.provenance import keys
        from archiver.provenance.log_identity import refuse_new_log_where_one_is_gone

        key_dir = Path(self.key_dir) if self.key_dir is not None else keys.default_key_dir()
        keys.refuse_non_folder(key_dir)
        refuse_new_log_where_one_is_gone(directory, key_dir)

    def _refuse_new_log_over_evidence(self) -> None:
        """A store with WARC files or indexed captures but no log lost its log: starting a new
        one (with a new key) would silently disown every earlier capture. Refuse (exit 3)."""
        warcs = self.storage.names()
        indexed = self._indexed_captures()
        if not warcs and not indexed:
            return
        origins = sorted(set(native_log_origins(self.storage).values()))
        named = f", naming log {', '.join(origins)}" if origins else ""
        raise LogIdentityError(
            f"the store {self.root} holds {len(warcs)} WARC file(s){named} and {indexed} indexed "
            f"capture(s) but no provenance log ({self.root / 'provenance' / 'log.jsonl'}): it was deleted "
            "or not copied; restore provenance/ from a backup or the original copy "
            "(refusing to start a new log and key over existing evidence)")

    def _indexed_captures(self) -> int:
        path = self.root / "index.sqlite3"
        if not path.exists():
            return 0
        try:
            probe = SqliteIndex(path, read_only=True)
        except StoreError:
            return 1  # an index that is there but unreadable still says the store was used
        try:
            return len(probe.list())
        finally:
            probe.close()

    def extract(self, body: bytes, *, url: str, content_type: str | None,
                http_status: int | None = None) -> Any:
        """Run this store's extractor (injectable for tests) on a decoded entity body."""
        if self._extractor is not None:
            return self._extractor(body, url=url, content_type=content_type)
        from archiver.extract import extract

        return extract(body, url=url, content_type=content_type, http_status=http_status)

    @staticmethod
    def is_extractable(content_type: str | None, body: bytes, *, text: bool = False) -> bool:
        """Whether extraction applies (HTML or PDF, by header or by sniffing; with ``text``
        also a text/plain or Markdown body, which a capture of it is about)."""
        from archiver.extract import is_extractable

        return bool(is_extractable(content_type, body, text=text))

    def warc_writer(self) -> WarcFileWriter:
        """This process's WARC output (created on first use; one file at a time, rotated)."""
        with self._lock:
            if self._writer is None:
                origin = self.log.origin  # the log first: a WARC file must never precede it
                self.make_store()

                def info(name: str) -> RecordSpec:
                    return warcinfo_spec(name, record_id=self.ids.record_id(),
                                         date=warc_date(self.clock.now()),
                                         options=self.fetch_options, log_origin=origin)

                kwargs: dict[str, Any] = {}
                if self._rotate_bytes is not None:
                    kwargs["rotate_bytes"] = self._rotate_bytes
                # The file name's random part comes from the id factory, so tests that pin
                # ids get byte-identical WARC files.
                token = hashlib.sha256(self.ids.record_id().encode()).hexdigest()[:8]
                self._writer = WarcFileWriter(self.storage, warcinfo=info, clock_now=self.clock.now,
                                              token=f"{os.getpid()}-{token}", **kwargs)
            return self._writer

    def locked(self, *, exclusive: bool = False) -> contextlib.AbstractContextManager[None]:
        """Hold the store's lock (:mod:`archiver.core.store_lock`): shared while committing
        captures, exclusive for a rebuild or an import."""
        self.make_store()  # (the lock is a file of the store)
        return store_lock(self.root, exclusive=exclusive)

    def append_event(self, type_: str, data: dict[str, Any]) -> Any:
        """Append to the provenance log and remember to sign a checkpoint when done."""
        entry = self.log.append(type_, data)
        self._appended = True
        return entry

    @property
    def evidence_readers(self) -> EvidenceReaders:
        """This thread's log reader and WARC handles, held open between evidence checks until
        :meth:`close` (each use looks the file up again: see :class:`EvidenceReaders`)."""
        readers: EvidenceReaders | None = getattr(self._readers, "held", None)
        if readers is None:
            from archiver.evidence import EvidenceReaders

            readers = self._readers.held = EvidenceReaders()
            with self._lock:
                self._all_readers.append(readers)
        return readers

    def finish(self, *, sign: bool = True) -> None:
        """Sign a checkpoint if this session appended to the log (unless ``sign`` is false: a
        batch worker's entries are signed by its runner, with every other worker's); close
        open files. Every entry was fsynced when appended: a checkpoint only signs the head."""
        if self._appended and self._log is not None and sign:
            try:
                self._log.checkpoint()
            except OSError as exc:
                # the entries are on disk (fsynced when appended): a full disk or the open-files
                # limit only keeps their head unsigned until the next command that writes
                logger.warning("could not sign the log's head: %s; the entries are on disk, and the "
                               "next command that writes to the log signs them", exc)
        self._appended = False
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self, *, sign: bool = True) -> None:
        """Index the texts still waiting for their slice (:meth:`index_texts_in_slices`), finish
        (see :meth:`finish`) and close the indexes and every held handle."""
        try:
            self.flush_texts()
        finally:
            self._close(sign=sign)

    def _close(self, *, sign: bool) -> None:
        self.finish(sign=sign)
        if self._index is not None:
            self._index.close()
            self._index = None
        self._close_text_index()  # its last connection folds the write-ahead log into the file
        with self._lock:
            held, self._all_readers = self._all_readers, []
        for readers in held:
            readers.close()
        self._readers = threading.local()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ capture

    def ensure_writable(self) -> None:
        """Fail before any network I/O if the store is read-only or the log cannot be appended
        to (key missing); then a creating command's store is made (:meth:`make_store`)."""
        self.refuse_read_only("records what it does in the store's provenance log")
        self.log.ensure_writable()
        self._check_log_is_the_warcs_log()
        self.make_store()

    def refuse_read_only(self, does: str) -> None:
        """Raise :class:`ReadOnlyStoreError` (exit 3) before a command that ``does`` a write starts."""
        if self.read_only:
            why = "opened for reading" if self.mode == "read" else "read-only file system or no permission"
            raise ReadOnlyStoreError(
                f"the store {self.root} is read-only ({why}): this command {does} and cannot, so "
                "nothing was done; reading commands (list, show, log verify) work; copy the store "
                "somewhere writable to add to it")

    def _check_log_is_the_warcs_log(self) -> None:
        """The newest WARC file this store wrote names its log: a different log in provenance/
        was swapped in (appending to it would start a second history). Refuse (exit 3)."""
        for name, origin in native_log_origins(self.storage, newest_only=True).items():
            if origin != self.log.origin:
                raise LogIdentityError(
                    f"{name} was written for provenance log {origin}, but {self.root / 'provenance'} holds "
                    f"log {self.log.origin}: the log was swapped or replaced; restore the store's own "
                    "provenance/ from a backup (refusing to append)")

    def capture_many(self, urls: Iterable[str], *, progress: ProgressFn | None = None,
                     browser: Any = None) -> list[CaptureResult]:
        """Capture every URL (all validated first: one bad URL and nothing is done); with
        ``browser`` (:class:`archiver.capture.browser.BrowserOptions`) through headless Chromium."""
        urls = [self.valid_url(u) for u in urls]
        self.refuse_unstartable(browser)
        self.ensure_writable()
        results = []
        for url in urls:
            result = self.capture(url) if browser is None else self.capture_with_browser(url, browser)
            results.append(result)
            if progress is not None:
                progress(result)
        self.say_index_behind_log()
        return results

    def say_index_behind_log(self) -> None:
        """Warn (stderr, one line) when the log lists captures the index lacks and no process is
        committing them (a capture killed between its log append and its index rows): a writing
        command's own captures are indexed, but the gap stays until ``archiver reindex``, and a
        writer said nothing of it (every reader refuses with it: exit 3). Asked without waiting:
        a writer holding the store's lock meanwhile (its rows may be coming) is not named. Reads
        only the log after where the index records it is current (:meth:`_captures_behind_log`)."""
        from archiver.core.store_lock import Patience, wait_for_commits

        missing, move_on = self._captures_behind_log()
        if wait_for_commits(self.root, lambda: True, Patience(0.0)) is not None:
            return  # (nor is the index's place moved on: a writer's transaction, a reindex's, is not waited for)
        move_on()
        if missing:
            logger.warning("the index lacks %d capture(s) the provenance log lists (%s%s: a process stopped between "
                           "logging and indexing them); run 'archiver reindex' to index them",
                           len(missing), ", ".join(missing[:5]), ", ..." if len(missing) > 5 else "")

    def _captures_behind_log(self) -> tuple[list[str], Callable[[], None]]:
        """(the captures the log lists after the place the index records it is current to
        (:mod:`archiver.store.log_position`: O(what was logged since), not the log's proving
        pass) that the index lacks, sorted; what records the place moved on as far as the index
        is whole, in a writer). A recorded place that is not a line of this log: said, and the
        whole log read. No index file: :meth:`_lacking_captures` (the proof), nothing recorded. A
        log whose lines do not chain: the proof's verdict, recorded once (:meth:`_unchained_lacking`)."""
        from archiver.store.log_position import (
            META_KEY,
            UNCHAINED_KEY,
            lacking_after,
            lacking_by_memo,
        )

        index = self.index
        if not Path(index.path).exists() or not self.log_path.exists():
            return self._lacking_captures()[0], lambda: None
        unchained = index.meta_value(UNCHAINED_KEY)
        try:
            known = lacking_by_memo(self.log_path, unchained, index.has_capture) if unchained is not None else None
        except OSError:
            known = None
        if known is not None:  # (the log the verdict was reached on, grown by lines chained to it)
            return sorted(known), lambda: None
        recorded = index.meta_value(META_KEY)
        try:
            found, mismatch = lacking_after(self.log_path, recorded, index.has_capture, index.capture_ids)
        except OSError:
            return self._lacking_captures()[0], lambda: None
        if found.broken is not None:
            return self._unchained_lacking(unchained)  # (an edited log: the proving pass, which readers say)
        if mismatch is not None:
            logger.warning("the index's record of where it is current in the provenance log does not match the log "
                           "(%s): the whole log was read to check the index", mismatch)
        new = found.position.to_text() if found.position is not None else None

        def move_on() -> None:
            if (new == recorded and unchained is None) or self.read_only:
                return
            try:  # a cache of a derived cache: not moved on, the next check reads a longer tail
                if new != recorded:
                    index.set_meta_value(META_KEY, new, replacing=recorded)
                if unchained is not None:  # (a verdict on a log since mended or replaced: read no more)
                    index.set_meta_value(UNCHAINED_KEY, None, replacing=unchained)
            except (sqlite3.Error, ArchiverError) as exc:
                logger.debug("the index's log position was not recorded: %s", exc)

        return sorted(found.missing), move_on

    def _unchained_lacking(self, recorded: str | None) -> tuple[list[str], Callable[[], None]]:
        """:meth:`_captures_behind_log` for a log whose lines do not chain, whose verdict the index
        does not hold (``recorded``: the one it holds, for another log): the proving pass
        (:meth:`_lacking_captures`), its verdict recorded by a writer with the log's bytes it was
        reached on (:func:`~archiver.store.log_position.unchained_memo`). Before, every ``archive``
        on such a log ran the whole pass again (the recorded position cannot be followed past the
        break)."""
        from archiver.provenance.proven import proven_log
        from archiver.store.log_position import UNCHAINED_KEY, unchained_memo

        index = self.index
        try:
            data = self.log_path.read_bytes()  # (before the pass: it reads at least these bytes)
        except OSError:
            return self._lacking_captures()[0], lambda: None
        missing = self._lacking_captures()[0]
        # its lines all taken in: proven to the end of ``data``'s last line (not merely some bytes
        # proven: a pass that proved the log earlier in this process keeps those, stopped at a break since)
        whole = proven_log(self.log_path, os.stat(self.log_path), self.key_dir).end >= data.rfind(b"\n") + 1
        memo = unchained_memo(data, missing, whole)

        def move_on() -> None:
            if memo is None or self.read_only:
                return
            try:  # derived state: not recorded, the next check proves again
                index.set_meta_value(UNCHAINED_KEY, memo, replacing=recorded)
            except (sqlite3.Error, ArchiverError) as exc:
                logger.debug("the proving pass's verdict was not recorded: %s", exc)

        return missing, move_on

    def record_log_position(self) -> None:
        """``reindex``, inside its rebuild's transaction: record where in the log the rebuilt index
        is current (:mod:`archiver.store.log_position`; none when the log does not chain)."""
        from archiver.store.log_position import META_KEY, UNCHAINED_KEY, scan_after

        found = (scan_after(self.log_path, None, self.index.capture_ids().__contains__)
                 if self.log_path.exists() else None)
        position = found.position if found is not None and found.broken is None else None
        self.index.set_meta_value(META_KEY, position.to_text() if position is not None else None,
                                  replacing=None, force=True)
        self.index.set_meta_value(UNCHAINED_KEY, None, replacing=None, force=True)  # (proven again at the next check)

    def refuse_unstartable(self, browser: Any) -> None:
        """With ``browser`` (its options), wait until a Chromium has started, so that one that
        cannot start at all is refused (exit 2) before the store, its log or key is made
        (:func:`archiver.capture.browser.refuse_unstartable`)."""
        if browser is not None:
            from archiver.capture.browser import refuse_unstartable

            refuse_unstartable(browser, launch_timeout=max(5.0, self.fetch_options.total_timeout))

    def capture(self, url: str) -> CaptureResult:
        """Fetch ``url`` and archive it; a network failure is returned (and logged), not raised."""
        url = self.valid_url(url)
        try:
            exchange = self.fetch(url)
        except CaptureError as exc:
            return self.record_failure(url, exc)
        return self.record_exchange(url, exchange)

    def capture_with_browser(self, url: str, options: Any) -> CaptureResult:
        """Visit ``url`` in headless Chromium through the recording proxy and commit what it
        recorded on the one commit path; a page never received is returned (and logged) as a failure.

        Raises:
            BrowserMissingError: no Chromium (before anything is written).
        """
        from archiver.capture.browser import browse
        from archiver.store.browser_records import draft_from_session

        url = public_url(self.valid_url(url))
        fetcher = Fetcher(self.fetch_options, clock=self.clock)
        try:
            session = browse(url, fetcher, options, total_timeout=self.fetch_options.total_timeout)
            self.warc_writer()
            draft = draft_from_session(
                session, capture_id=self.new_capture_id(session.started), capture_time=warc_date(session.started),
                ids=self.ids, insecure=self.fetch_options.insecure, options=recorded_options(self.fetch_options),
                browser_options=options,
                extractable=lambda content_type, body: self.is_extractable(content_type, body, text=True),
                extract=lambda body, u, ctype, status: self.extract(body, url=u, content_type=ctype,
                                                                    http_status=status))
        except CaptureError as exc:
            return self.record_failure(url, exc)
        return commit_native(self, draft)

    def screenshot(self, prefix: str) -> dict[str, Any]:
        """The PNG of a browser capture's screenshot record, read back and checked against its logged digest.

        Raises:
            UsageError: the capture was made without a browser (it has no screenshot).
            WarcError: the record is not at its place or its bytes changed.
        """
        from archiver.capture.browser import SCREENSHOT_URN
        from archiver.errors import UsageError

        capture_id = self.resolve(prefix)
        rec = self.index.find_record(capture_id, lambda r: r["type"] == "resource"
                                     and str(r["target_uri"] or "").startswith(SCREENSHOT_URN))
        if rec is None:
            raise UsageError(f"capture {capture_id} has no screenshot (it was not made with --browser)")
        record = self._read_listed(capture_id, rec)
        # the page's URL as the capture shows and cites it, typed (its record's URN names the wire form)
        row = self.index.get(capture_id)
        shown = row.url if same_url(row.url, row.final_url) else row.final_url
        return {"capture_id": capture_id, "url": shown,
                "record_id": rec["record_id"], "warc": rec["warc"], "block_digest": rec["block_digest"],
                "bytes": len(record.block), "png": record.block}

    def shown_no_text(self, capture_id: str) -> str | None:
        """Why a browser shows no text of a capture's final response (``download``, ``not_shown``:
        :func:`archiver.core.readable.no_text_state`), decided now from its archived head and decoded
        body; None when it shows a page, a PDF or a text.

        ``verify-quote`` asks it before a verdict rests on a text an older extractor read (sec60);
        the caller checks the capture's evidence (the response record against the log) first or after,
        before anything is stated.

        Raises:
            NoUsableTextError: the bytes the decision reads cannot be decoded within the limits (they
                inflate past them), so it cannot be decided (exit 3). Until sec61 the logged reading then
                stood: an older extractor's text answered ``exact`` unasked; until sec62 the whole body had
                to inflate within the limits, though the decision reads its first 64 KiB."""
        from archiver.core.readable import DECIDING_BYTES, no_text_state
        from archiver.errors import NoUsableTextError

        try:  # (only the bytes the decision reads are decoded: sec62)
            headers, head = self._response_body(capture_id, prefix=DECIDING_BYTES)
        except LimitExceededError as exc:
            raise NoUsableTextError(
                f"capture {capture_id}: could not decide whether a browser shows any text of its archived bytes "
                f"({exc.diagnostics()}; ARCHIVER_LIMIT_MAX_INFLATED_BYTES or ARCHIVER_LIMIT_MAX_RECORD_BYTES raise "
                "the limit), so its logged text is not vouched for: no verdict was made") from exc
        return no_text_state(effective_content_type(headers, head), head)

    def rendered_text(self, capture_id: str) -> str | None:
        """The text a browser capture's rendered page showed (its ``urn:rendered-text:`` record),
        read at its indexed place and checked against the digest its browser part states; None
        for a capture without one (an HTTP capture, a browser capture made before it was kept).
        Only what the evidence check has compared with the log is to be trusted: the caller
        checks the capture's evidence (which compares the browser part and records with the
        ``capture`` entry) before a verdict rests on it.

        Raises:
            WarcError: the record is not listed, not at its place, or its bytes changed.
        """
        row = self.index.get(capture_id)
        part = (row.detail or {}).get("browser") if row is not None else None
        if not isinstance(part, dict):
            return None
        record_id = part.get("rendered_text_record_id")
        if not isinstance(record_id, str):
            return None
        rec = self.index.find_record(capture_id, lambda r: r["record_id"] == record_id)
        if rec is None:
            raise WarcError(f"capture {capture_id} lists no record {record_id} (its rendered text)")
        block = self._read_listed(capture_id, rec).block
        if sha256_label(block) != part.get("rendered_text_sha256"):
            raise WarcError(f"record {record_id} of capture {capture_id} (its rendered text) does not have "
                            "the digest the capture states")
        try:
            return block.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WarcError(f"record {record_id} of capture {capture_id} (its rendered text) is not UTF-8") from exc

    def fetch(self, url: str) -> Any:
        """Fetch ``url`` with this store's options, writing nothing (raises :class:`CaptureError`).

        Split from :meth:`capture` so a caller (the batch runner) can look at the response
        first, e.g. to retry a 429/503 later instead of archiving it.
        """
        return Fetcher(self.fetch_options, clock=self.clock).fetch(self.valid_url(url))

    def valid_url(self, url: str) -> str:
        """``url`` validated for fetching (credentials only with ``allow_credentials``)."""
        return validate_url(url, allow_credentials=self.fetch_options.allow_credentials)

    def new_capture_id(self, when: Any, *, prefer: str | None = None, taken: frozenset[str] | set[str] = frozenset()) -> str:
        """A capture id no capture in this store has (``prefer`` if it is free), chosen before anything
        is written, so that a clash can never replace or hide a capture.

        Raises:
            IdClashError: the id factory keeps giving ids already in use (a broken factory).
        """
        if prefer and prefer not in taken and not self.index.has_capture(prefer):
            return prefer
        for _ in range(100):
            cid = self.ids.capture_id(when)
            if cid not in taken and not self.index.has_capture(cid):
                return cid
        raise IdClashError("could not find a free capture id: the id factory keeps repeating ids already in the store")

    def record_failure(self, url: str, exc: CaptureError) -> CaptureResult:
        """Log a failed fetch as ``capture_failed`` (failures are never silent); write no WARC."""
        url = public_url(url)  # a password given with --allow-credentials is never logged
        entry = self.append_event("capture_failed", {
            "url": url, "error": str(exc), "error_kind": exc.kind,
            "time": warc_date(self.clock.now()), "software": {"archiver": software_versions()["archiver"]},
        })
        return CaptureResult(url=url, error=str(exc), error_kind=exc.kind, log_seq=entry.seq)

    def record_exchange(self, url: str, exchange: Any) -> CaptureResult:
        """Archive a fetched :class:`archiver.capture.fetch.Exchange`: WARC, extraction, log, index
        (one commit path for every way of capturing: :mod:`archiver.store.commit`)."""
        url = public_url(self.valid_url(url))  # no user:password@ in records, log or index
        self.warc_writer()  # opened before the capture id is drawn (ids and bytes stay as they were)
        capture_time = self.clock.now()
        draft = draft_from_exchange(
            url, exchange, capture_id=self.new_capture_id(capture_time), capture_time=warc_date(capture_time),
            ids=self.ids, insecure=self.fetch_options.insecure, options=recorded_options(self.fetch_options),
            extractable=lambda content_type, body: self.is_extractable(content_type, body, text=True))
        return commit_native(self, draft)

    def append_events(self, items: list[tuple[str, Any]]) -> list[Any]:
        """Append several entries to the log with one fsync (see :meth:`ProvenanceLog.append_many`)."""
        entries = self.log.append_many(items)
        self._appended = True
        return list(entries)

    def texts_not_indexed(self) -> int:
        """How many captures' extracted texts the full-text index lacks: a batch indexes them a
        slice at a time, so a running batch, or one that was killed, leaves some unsearchable
        until it ends or is resumed (or ``reindex`` runs). A whole-archive search says so
        rather than let "not found" stand for texts it could not see.

        Counted id by id, not as a difference of two counts: the text index may also hold the
        text of a capture the capture index no longer has (a store rebuilt by hand, an
        interrupted ``reindex``), and such a stale text must not hide a missing one. A text made
        from another extraction than the one the capture index points at (a ``reextract`` stopped
        between the two indexes) counts as lacking: searching it finds the superseded words."""
        return len(self._texts_lacking())

    def _texts_lacking(self) -> set[str]:
        """The captures whose text the full-text index lacks (:meth:`texts_not_indexed`)."""
        wanted = self.index.extraction_digests()
        made_from = self.text_index.made_from()
        held = self.text_index.doc_ids()
        return {cid for cid, digest in wanted.items()
                if cid not in held or (digest and made_from.get(cid, digest) != digest)}

    def texts_not_indexed_after_commits(self) -> TextsLacking:
        """(:meth:`texts_not_indexed` of those lacking now, who is still writing them: ``None``
        when no one is, whether that is a running batch, how many of them it may still index),
        once no writer is committing the texts found lacking: ``archive`` and ``import`` index a
        capture's text after its index row, holding the store's lock throughout, so a search
        between the two waits for it (bounded, as :meth:`captures_not_indexed` waits for rows:
        :func:`~archiver.core.store_lock.wait_for_commits`) rather than call a healthy store's
        text unsearchable. A running batch indexes its texts a slice at a time, within
        :data:`~archiver.batch.TEXT_SLICE_SECONDS` of each capture, holding no lock between
        captures: while one runs, the search waits the same bounded way for them
        (:func:`~archiver.core.store_lock.wait_for_batch`), but only for the texts of captures
        logged since the earliest running batch began (:func:`~archiver.core.store_lock.batches_began`):
        a batch indexes only the texts of captures it made in this run, so an older capture's
        text is a stopped process's left-over (a killed batch's), which no running batch will
        ever index (not waited for; said as needing ``reindex``). Texts that become lacking
        meanwhile (a batch's later captures) are not counted: the search is of what was captured
        when it began. Costs nothing more when no text is lacking (the count it replaces was
        made anyway)."""
        lacking = self._texts_lacking()
        if not lacking:
            return TextsLacking(0, None, False)
        from archiver.core.store_lock import batches_began, wait_for_batch, wait_for_commits

        began = batches_began(self.root)
        logged = self._lacking_captures()[1] if began else {}
        theirs = {cid for cid in lacking if logged.get(cid, began) >= began}

        def pending() -> bool:
            lacking.intersection_update(self._texts_lacking())
            theirs.intersection_update(lacking)
            return bool(lacking)

        patience = self._patience()
        batch = wait_for_batch(self.root, lambda: pending() and bool(theirs), patience) if theirs else None
        # (while batches run, known since when, the store's lock is their workers' commits: no
        # writer of a text logged before they began, which is a stopped process's)
        holder = batch if batch is not None or began else wait_for_commits(self.root, pending, patience)
        pending()  # (a commit may have ended between the last look and the lock's release)
        by_batch = len(theirs) if batch is not None else 0
        return TextsLacking(len(lacking), holder if lacking else None, by_batch > 0, by_batch)

    @contextlib.contextmanager
    def waits_once(self) -> Iterator[None]:
        """Every wait for a live writer inside (index rows, texts, a running batch's slices)
        shares one bounded wait (:class:`~archiver.core.store_lock.Patience`, made by
        :attr:`new_patience`): a whole-archive search waits at most once in all. Nested: the
        outer one's."""
        if self._shared_patience is not None:
            yield
            return
        self._shared_patience = self.new_patience()
        try:
            yield
        finally:
            self._shared_patience = None

    def _patience(self) -> Patience:
        """The wait a wait for live writers is part of: the shared one (:meth:`waits_once`), else its own."""
        return self._shared_patience if self._shared_patience is not None else self.new_patience()

    def wait_budget(self) -> Patience:
        """:meth:`_patience`, for the waits of other modules (the evidence check's wait for a
        ``reextract`` commit, :func:`~archiver.core.store_lock.wait_for_writers`)."""
        return self._patience()

    def captures_not_indexed(self, url: str | None = None) -> list[str]:
        """The captures the log's ``capture`` and ``import`` entries list that the capture index
        lacks (only those of ``url``, as requested or final URL in any of its forms, see
        :func:`~archiver.capture.fetch.same_url`, when given), sorted: a deleted
        index row, or a process killed between its log entry and its index row, would otherwise
        let a statement claiming completeness (a URL's history, its newest capture, every
        capture holding a quote, "not found") leave a capture out. Id sets, as
        :meth:`texts_not_indexed`; the ids come from the pass that proves the whole log once per
        process (:class:`~archiver.provenance.proven.ProvenLog`), so this costs one index query."""
        missing, logged = self._lacking_captures()
        if missing:
            missing = self._after_commits(missing)
        if url is None or not missing:
            return missing
        return [cid for cid in missing if any(same_url(url, u) for u in self._logged_urls(cid, logged[cid]))]

    def _lacking_captures(self) -> tuple[list[str], dict[str, int]]:
        """(the captures the proven log lists and the index lacks, sorted; the log's capture id ->
        entry seq), the first scanned once per change of either."""
        from archiver.provenance.proven import proven_log

        try:
            st = os.stat(self.log_path)
        except FileNotFoundError:
            return [], {}  # no log: nothing was captured (a missing log is the evidence check's to report)
        logged = proven_log(self.log_path, st, self.key_dir).logged_captures()
        key = (len(logged), max(logged.values(), default=-1), self.index, self.index.state())
        if self._not_indexed is None or self._not_indexed[0] != key:  # one index scan per change
            self._not_indexed = (key, sorted(set(logged) - self.index.capture_ids()) if logged else [])
        return self._not_indexed[1], logged

    def _after_commits(self, missing: list[str]) -> list[str]:
        """Of ``missing`` (captures the log lists and the index lacks), those still lacking once
        no writer is committing them: a process that holds the store's lock between its log
        append and its index rows (``archive``, a batch worker, ``import``) is a write in
        progress, waited for (bounded: :func:`~archiver.core.store_lock.wait_for_commits`), not
        damage. Captures logged meanwhile are not waited for (a running batch logs more).

        Raises:
            WriteInProgressError: a writer still held the store, those captures unindexed, after the wait.
        """
        from archiver.core.store_lock import wait_for_commits
        from archiver.errors import WriteInProgressError

        lacking = set(missing)

        def pending() -> bool:
            lacking.intersection_update(self._lacking_captures()[0])
            return bool(lacking)

        holder = wait_for_commits(self.root, pending, self._patience())
        pending()  # (a commit may have ended between the last look and the lock's release)
        still = sorted(lacking)
        if holder is not None and still:
            shown = ", ".join(still[:3]) + (", ..." if len(still) > 3 else "")
            raise WriteInProgressError(
                f"{holder} is writing to this store: the log lists {len(still)} capture(s) ({shown}) it has not "
                "indexed yet; try again once it is done (if it was stopped, run 'archiver reindex')")
        return still

    def extractions_not_indexed(self) -> list[str]:
        """The captures the index holds whose extraction the log holds (a proven ``extraction``
        entry that keeps the log's rule) and the index lacks, sorted: an ``extractions`` row
        deleted by hand, or an index behind the log. Their text is neither served nor searched,
        so a whole-archive search that did not see it must not say "not found" (a capture the
        index lacks altogether is :meth:`captures_not_indexed`'s). Ids from the pass that proves
        the log once per process, held to the index once per change of either."""
        from archiver.provenance.proven import proven_log

        try:
            st = os.stat(self.log_path)
        except FileNotFoundError:
            return []
        proven = proven_log(self.log_path, st, self.key_dir)
        logged = proven.extracted_captures()
        key = (len(logged), max(logged.values(), default=-1), self.index, self.index.state())
        if self._no_extraction is None or self._no_extraction[0] != key:
            lacking = set(logged) - self.index.extraction_ids() if logged else set()
            lacking &= self.index.capture_ids() if lacking else set()
            self._no_extraction = (key, sorted(cid for cid in lacking if not self._unsigned_extraction(
                proven, cid, logged[cid])))
        return self._no_extraction[1]

    def extractions_failed(self) -> list[str]:
        """The captures the index holds with no extraction whose capture entry logs that extraction
        failed (``extraction_error``), sorted, less those whose extraction the log holds and the index
        lacks (:meth:`extractions_not_indexed` names them). Their page's words were never read, so a
        whole-archive search cannot see them (sec65: it said ``not_found``, exit 1, beside them). The
        captures without an extraction are few (failed ones, downloads, images): their rows are read,
        once per state of the index."""
        key = (self.index, self.index.state())
        if self._failed_extraction is None or self._failed_extraction[0] != key:
            bare = self.index.capture_ids() - self.index.extraction_ids()
            failed = sorted(cid for cid in bare if self.index.get(cid).detail.get("extraction_error"))
            self._failed_extraction = (key, failed)
        lacking = set(self.extractions_not_indexed()) if self._failed_extraction[1] else set()
        return [cid for cid in self._failed_extraction[1] if cid not in lacking]

    def _unsigned_extraction(self, proven: Any, capture_id: str, seq: int) -> bool:
        """Whether extraction entry ``seq`` of capture ``capture_id`` (one the index lacks: the rare
        path) is an unsigned line changing a signed capture, which no reader follows
        (:func:`archiver.evidence.unsigned_change`): not text the index should hold."""
        from archiver.evidence import unsigned_change
        from archiver.provenance.reader import read_entry

        entry = read_entry(self.log_path, seq)
        return entry is not None and unsigned_change(proven, seq, entry.data, self.index.get(capture_id).log_seq)

    def _logged_urls(self, capture_id: str, seq: int) -> set[str]:
        """The requested and final URL the log entry ``seq`` gives capture ``capture_id`` (read
        only for captures the index lacks: the rare path)."""
        from archiver.provenance.reader import read_entry

        entry = read_entry(self.log_path, seq)
        data = entry.data if entry is not None else {}
        items = [data] if data.get("capture_id") == capture_id else [
            c for c in data.get("captures") or [] if isinstance(c, dict) and c.get("capture_id") == capture_id]
        return {str(c.get(k)) for c in items for k in ("url", "final_url") if c.get(k)}

    def index_texts_in_slices(self, size: int, seconds: float | None = None) -> None:
        """From now on, add captures' texts to the full-text index ``size`` captures per
        transaction (``size`` <= 1: each capture's at once, the default), or fewer once the oldest
        has waited ``seconds`` (checked at each :meth:`index_texts` and :meth:`flush_texts_when_due`):
        a running batch's texts become searchable within a bounded time, not only when a slice fills.

        Why: FTS5 writes a new segment (and merges older ones) at every commit; one transaction
        per capture cost a batch worker 0.54 ms of CPU per capture of the benchmark's page, one
        per 16 about 0.2 ms. Only the text index waits: a capture's WARC records, log entries and
        index row are committed, in that order, before it is reported. The text index is derived:
        texts a killed process never indexed are found missing by the batch runner at the end of
        a run and on resume (:func:`archiver.batch.index_missing_texts`), counted by
        :meth:`texts_not_indexed`, and rebuilt by ``reindex``; :meth:`close` indexes what waits."""
        self.flush_texts()
        self._text_slice = max(size, 1)
        self._text_slice_seconds = seconds

    def flush_texts(self) -> None:
        """Index every text waiting for its slice's transaction, in one transaction."""
        if self._waiting_texts:
            items, self._waiting_texts = self._waiting_texts, []
            self._index_texts_now(items)

    def index_texts(self, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Add captures' texts to the search index (in one transaction, each normalised once),
        or keep them for their slice's transaction (:meth:`index_texts_in_slices`)."""
        if self._text_slice <= 1:
            self._index_texts_now(items)
            return
        if not self._waiting_texts:
            self._waiting_since = time.monotonic()
        self._waiting_texts.extend(items)
        if len(self._waiting_texts) >= self._text_slice:
            self.flush_texts()
        else:
            self.flush_texts_when_due()

    def flush_texts_when_due(self) -> float | None:
        """Index the texts waiting for their slice if the oldest has waited its time
        (:meth:`index_texts_in_slices`); seconds until they are due (None: none waits, or
        they wait only for their slice to fill)."""
        if not self._waiting_texts or self._text_slice_seconds is None:
            return None
        due = self._waiting_since + self._text_slice_seconds - time.monotonic()
        if due > 0:
            return due
        self.flush_texts()
        return None

    def _index_texts_now(self, items: list[tuple[str, dict[str, Any]]]) -> None:
        """Add ``items``' texts to the full-text index now.

        A damaged text index (not a database, another schema) is said as a warning, not an
        error: the captures are already committed (WARC records, log entries, index rows), and
        the text index is derived. As an error, ``archive`` printed no capture id and exited 1,
        and the user's retry captured the page a second time; the texts it lacks are counted
        by :meth:`texts_not_indexed` (a whole-archive search says so) and ``reindex`` rebuilds it.
        """
        with self.locked():  # not while a reindex replaces the file (its texts would go with the old one)
            if self._text_index is not None and _file_identity(self._text_index_path) != self._text_index_file:
                self._close_text_index()  # a reindex replaced it since this process opened it
            try:
                self._index_texts_into(items)
            except StoreError as exc:
                logger.warning("%s; the capture is recorded, its text is not searchable until then",
                               exc.diagnostics())

    def _index_texts_into(self, items: list[tuple[str, dict[str, Any]]]) -> None:
        from archiver.store.textindex import searchable

        self.text_index.add_many([(capture_id, *searchable(article.get("text") or "", article.get("page_text") or ""))
                                  for capture_id, article in items],
                                 made_from={cid: article.get("text_sha256") for cid, article in items})

    # ------------------------------------------------------------------ reading

    def resolve(self, prefix: str) -> str:
        """The full id of the capture whose id starts with ``prefix``.

        Raises:
            NotIndexedError: the log lists such a capture but the index lacks it (exit 3: run ``reindex``).
            UnknownCaptureError: no capture has such an id (exit 2).
        """
        try:
            capture_id, aliased = self.index.resolve_how(prefix)
        except UnknownCaptureError:
            wanted = prefix.strip().lower()
            lost = [cid for cid in self.captures_not_indexed() if wanted and cid.startswith(wanted)]
            if lost:
                from archiver.evidence import index_lacks

                raise NotIndexedError(index_lacks(lost)) from None
            # a writer's commit may have indexed it meanwhile (captures_not_indexed waits for one)
            capture_id, aliased = self.index.resolve_how(prefix)
        if aliased:
            self._require_logged_alias(prefix.strip().lower(), capture_id)
        return capture_id

    def _require_logged_alias(self, prefix: str, capture_id: str) -> None:
        """An id reached through the index's ``aliases`` (a cache) names ``capture_id`` only if
        that capture's proven log entry records an ``original_capture_id`` starting with it (an
        import logs the id each capture had in the store it came from); else one row added to
        the index would make any id, a cited one too, answer for another capture."""
        from archiver.evidence import REINDEX_HINT, logged_original_id

        original = logged_original_id(self, capture_id)
        if original is None or not original.startswith(prefix):
            raise IntegrityError(
                f"the index says id {prefix!r} is capture {capture_id}'s id in the store it was imported from, "
                "and the provenance log records no such original id for it: the index disagrees with the log; "
                f"{REINDEX_HINT}")

    def list_captures(self, *, url: str | None = None) -> list[CaptureRow]:
        return self.index.list(url=url)

    def evidence(self, capture_id: str, *, full: bool = False, with_text: bool = True,
                 extraction: dict[str, Any] | None = None) -> Any:
        """The :class:`archiver.evidence.Evidence` check of one capture (a full id)."""
        from archiver.evidence import check_capture

        return check_capture(self, capture_id, full=full, with_text=with_text, extraction=extraction)

    def show(self, prefix: str) -> dict[str, Any]:
        """Everything known about one capture: where each record lives, and its extraction.

        Every record the log lists is checked first (see :mod:`archiver.evidence`): ``evidence``
        says ``present``, ``missing`` or ``altered``, and the caller decides what to refuse.
        """
        capture_id = self.resolve(prefix)
        row = self.index.get(capture_id)
        extraction = self.index.extraction(capture_id)
        evidence = self.evidence(capture_id, full=True, extraction=extraction)
        records = self.index.records(capture_id)
        reason, content_type = (self._response_head(capture_id, row, records) if evidence.ok
                                else (row.reason, row.content_type))
        return {
            "capture_id": row.capture_id,
            "url": row.url,
            "final_url": row.final_url,
            "status": row.status,
            "reason": reason,
            "content_type": content_type,
            "capture_time": row.capture_time,
            "warc": row.warc,
            "response_record_id": row.response_record_id,
            "response_offset": row.response_offset,
            "payload_digest": row.payload_digest,
            "truncated": row.truncated,
            "origin": row.origin,
            "log_seq": row.log_seq,
            "hops": shown_hops(row.detail.get("hops", [])),
            "tls": row.detail.get("tls"),
            "ip": row.detail.get("ip"),
            "records": records,
            "extraction_log_seq": extraction["log_seq"] if extraction else None,
            "extraction_record_id": extraction["record_id"] if extraction else None,
            # archiver reextract's new extractions of it, oldest first ([]: as captured)
            "reextractions": self._reextractions(extraction),
            "article": extraction["article"] if extraction else None,
            # a logged text today's reading of the bytes says no browser shows (before reextract: sec60)
            "no_text_now": self._no_text_now(capture_id, extraction) if evidence.ok else None,
            "extraction_error": row.detail.get("extraction_error"),
            "original_capture_id": row.detail.get("original_capture_id"),
            "original_log": row.detail.get("original_log"),
            "revisit_of": row.detail.get("revisit_of"),
            "browser": _browser_part(row.detail.get("browser")),
            "evidence": evidence.status,
            "evidence_problems": list(evidence.problems),
            "missing_file": evidence.missing_file,
            **self._corrections_of(row.capture_id),
        }

    def _no_text_now(self, capture_id: str, extraction: dict[str, Any] | None) -> str | None:
        """:meth:`shown_no_text` of a capture whose logged extraction holds a text read from its
        response (an older extractor's reading, before ``archiver reextract``); None otherwise;
        ``undecided`` when its bytes inflate past the limits (sec61: show says it could not decide)."""
        from archiver.core.readable import no_text_now

        return no_text_now((extraction or {}).get("article"), lambda: self.shown_no_text(capture_id))

    def _reextractions(self, extraction: dict[str, Any] | None) -> list[dict[str, Any]]:
        """``archiver reextract``'s extractions behind the one the index serves, oldest first
        (:func:`archiver.core.reextractions.reextractions`); ``[]`` without a log to read them in
        (the evidence check says why)."""
        from archiver.core.reextractions import reextractions

        if extraction is None or not self.log_path.exists():
            return []
        try:
            return reextractions(self.log.entry, extraction["log_seq"])
        except (ArchiverError, OSError):
            return []

    def _response_head(self, capture_id: str, row: CaptureRow,
                       records: list[dict[str, Any]]) -> tuple[str | None, str | None]:
        """(reason phrase, Content-Type) of the capture's final response, as its WARC record has
        them (as :mod:`archiver.reindex` indexes them), not as the index says.

        Why: the index is a cache anyone with the store can edit, and ``show`` prints these two
        under "evidence: present"; the evidence check held the other facts it prints (URL,
        status, digests) and the records list to the log. The record is read at its listed place
        and taken only with its logged id and block digest (:meth:`_read_listed`)."""
        rec = next((r for r in records if r.get("record_id") == row.response_record_id), None)
        if rec is None:  # (the evidence check found the logged response: not reached)
            raise WarcError(f"capture {capture_id} lists no record {row.response_record_id} (its response)")
        record = self._read_listed(capture_id, rec)
        headers, _ = record_payload(record)
        ref = row.detail.get("revisit_of")
        if record.rec_type == "revisit" and isinstance(ref, dict):  # (its own head over the earlier one's)
            headers = revisit_fields(record_payload(self._revisit_source(capture_id, ref))[0], headers)
        return http_reason(record), declared_content_type(headers)  # (as sent; extraction reads it as a browser does)

    def _corrections_of(self, capture_id: str) -> dict[str, Any]:
        """``corrections`` (the log's ``correction`` entries of this capture) and ``corrected``
        (each corrected field's value in force, who and why): ``article`` stays the extraction."""
        from archiver.corrections import corrected_fields

        found = self.all_corrections().get(capture_id, [])
        return {"corrections": [c.to_dict() for c in found], "corrected": corrected_fields(found)}

    def all_corrections(self) -> dict[str, list[Any]]:
        """Every correction in the log, read once per state of the log file (``cite --all`` and
        ``export`` show many captures: one scan of the log, not one per capture)."""
        from archiver.corrections import read_corrections
        from archiver.provenance.proven import proven_log

        path = self.root / "provenance" / "log.jsonl"
        try:
            st = path.stat()
        except FileNotFoundError:
            self._corrections = None
            return {}
        state = (st.st_size, st.st_mtime_ns)
        if self._corrections is None or self._corrections[0] != state:
            try:  # the log's key, which every correction names (one naming another corrects nothing)
                key = self.log.public_key_fingerprint
            except ArchiverError:  # no identity to hold them to: nothing of the log is proven either
                return {}
            self._corrections = (state, read_corrections(path, proven_log(path, st, self.key_dir), key))
        return self._corrections[1]

    def _response_body(self, capture_id: str, *, prefix: int | None = None) -> tuple[list[tuple[str, str]], bytes]:
        """Headers and decoded body of a capture's final response, read from the WARC (``prefix``:
        only its first bytes decoded, :func:`archiver.capture.warc.decode_body`).

        An imported revisit's bytes are in the earlier record it refers to (``revisit_of``, read
        at its logged place and checked against its logged digest); an imported ``resource``
        record has no HTTP head (:func:`archiver.capture.warc.record_payload`).
        """
        revisit, record = self._response_records(capture_id)
        headers, payload = record_payload(record)
        body = decode_body(headers, payload, prefix=prefix).body  # (as the record holding them codes them)
        if revisit is not record:  # an imported revisit: its own head over the earlier one's (its type)
            headers = revisit_fields(headers, record_payload(revisit)[0])
            body = b"" if redirects_away(revisit) else body  # (its own status: a redirect shows no page, rvimp70)
        return headers, body

    def _response_record(self, capture_id: str) -> StoredRecord:
        """A capture's final response record (an imported revisit's: the record it refers to)."""
        return self._response_records(capture_id)[1]

    def _response_records(self, capture_id: str) -> tuple[StoredRecord, StoredRecord]:
        """A capture's final response record and the record holding its bytes: the same record but
        for an imported revisit, whose bytes are in the record it refers to."""
        row = self.index.get(capture_id)
        record = self.storage.read_record(row.warc, row.response_offset)
        ref = row.detail.get("revisit_of")
        if record.rec_type == "revisit" and isinstance(ref, dict):
            return record, self._revisit_source(capture_id, ref)
        return record, record

    def _revisit_source(self, capture_id: str, ref: dict[str, Any]) -> StoredRecord:
        """The earlier record an imported revisit capture refers to (``revisit_of``), read at its
        logged place and taken only with its logged id and block digest."""
        record = self.storage.read_record(ref["warc"], ref["offset"])
        if record.record_id != ref.get("record_id") or record.block_digest != ref.get("block_digest"):
            raise WarcError(f"the record revisit capture {capture_id} refers to ({ref.get('record_id')}) "
                            f"is not at its logged place in {ref['warc']} or was altered")
        return record

    def body_notes(self, capture_id: str) -> tuple[str, ...]:
        """The notes a capture's commit gives its extraction when its archived response holds only
        the body's beginning (cut at a limit: ``WARC-Truncated``; a content coding that ends early),
        made again from that record (:func:`archiver.store.commit.body_notes`): ``reextract``
        gives them to the first extraction of a capture whose extraction failed when captured.

        Raises:
            ArchiverError: the record cannot be read, or inflates past the limit.
        """
        record = self._response_record(capture_id)
        headers, payload = record_payload(record)
        limit = {} if self.index.get(capture_id).origin == "captured" else {"limit": IMPORTED_LIMIT}
        return body_notes(decode_body(headers, payload), kept=len(payload),
                          cut=record_cut(record), **limit)

    def _source_body(self, capture_id: str, record_id: str) -> tuple[str | None, bytes]:
        """Content type and decoded body of the record a capture's text was extracted from when
        that is not its final response (a browser capture's rendered DOM), digest checked."""
        rec = self.index.find_record(capture_id, lambda r: r["record_id"] == record_id)
        if rec is None:
            raise WarcError(f"capture {capture_id} lists no record {record_id} (its extraction's source)")
        headers, payload = record_payload(self._read_listed(capture_id, rec))
        body = decode_content(headers, payload)
        return effective_content_type(headers, body), body

    def extraction_input(self, capture_id: str, data: dict[str, Any]) -> tuple[bytes, str, str | None, int | None]:
        """(body, URL, content type, HTTP status) an ``extraction`` entry's text was made from, read
        again from the archive: the record it names as ``source_record_id`` (a browser capture's
        rendered DOM) or else the final response, with the final URL and status the capture's
        entry (``capture_seq``) logged. ``log verify --deep`` and ``reextract`` both re-extract these.

        Raises:
            ArchiverError: a record cannot be read, or is not the logged one.
        """
        row = self.index.get(capture_id)
        if data.get("source_record_id"):  # extracted from another record (a browser capture's DOM)
            content_type, body = self._source_body(capture_id, str(data["source_record_id"]))
        else:  # the type the archived response says, not the index's (a cache)
            headers, body = self._response_body(capture_id)
            content_type = effective_content_type(headers, body)
        url, status = self._logged_url_and_status(data, row.final_url, row.status)
        return body, url, content_type, status

    def _logged_url_and_status(self, data: dict[str, Any], url: str, status: int | None) -> tuple[str, int | None]:
        """The final URL and HTTP status the capture's log entry records (the one an extraction
        entry names by ``capture_seq``: a ``capture``, or the ``import`` listing it), which the
        extraction was made with; ``url`` and ``status`` (the index's) only for an entry that
        names no such entry (the chain check reports that)."""
        seq = data.get("capture_seq")
        if type(seq) is not int:
            return url, status
        entry = self.log.entry(seq)
        items = [entry.data] if entry.type == "capture" else [
            item for item in entry.data.get("captures") or [] if isinstance(item, dict)]
        facts = next((item for item in items if item.get("capture_id") == data.get("capture_id")), None)
        if facts is None:
            return url, status
        logged_url, logged_status = facts.get("final_url"), facts.get("http_status")
        return (logged_url if isinstance(logged_url, str) else url,
                logged_status if type(logged_status) is int else status)

    def _read_listed(self, capture_id: str, rec: dict[str, Any]) -> StoredRecord:
        """A record of a capture read at its indexed place, refused unless its id and sha256 are the logged ones."""
        record = self.storage.read_record(rec["warc"], rec["offset"])
        if record.record_id != rec["record_id"] or record.block_digest != rec["block_digest"]:
            raise WarcError(f"record {rec['record_id']} of capture {capture_id} is not at its logged place in "
                            f"{rec['warc']} or was altered")
        return record

    # ------------------------------------------------------------------ rebuild / checks

    def reindex(self) -> ReindexReport:
        """Rebuild the index and text index from the WARC files, trusting only what the log
        vouches for (see :class:`archiver.reindex.Reindexer`)."""
        from archiver.reindex import Reindexer

        # The index is opened read-only on such a store: its first write was a traceback.
        self.refuse_read_only("rewrites the store's index")
        with self.locked(exclusive=True):  # no capture in flight, no other rebuild (store_lock)
            return Reindexer(self).run()

    @contextlib.contextmanager
    def rebuilding_index(self) -> Iterator[None]:
        """Empty the capture index and refill it (``reindex``'s writes inside) in one transaction
        (:meth:`SqliteIndex.rebuild`: readers see the old index until the new one is whole). A
        damaged index file (not a database, malformed) is replaced first: it is derived, and
        reindex rebuilds all it held."""
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(self.index.rebuild())
            except (StoreError, sqlite3.DatabaseError) as exc:
                cause = exc if isinstance(exc, sqlite3.DatabaseError) else exc.__cause__
                if type(cause) is not sqlite3.DatabaseError and not is_damage(cause):
                    raise  # locked, read-only, a full disk...: not damage, keep it
                said = cause.detail if isinstance(cause, DamagedIndexError) else cause  # (not "run reindex")
                logger.warning("index %s is damaged (%s): replacing it", self.root / "index.sqlite3", said)
                if self._index is not None:
                    self._index.close()
                    self._index = None
                for suffix in ("", "-wal", "-shm"):
                    (self.root / f"index.sqlite3{suffix}").unlink(missing_ok=True)
                stack.enter_context(self.index.rebuild())
            yield
    def write_cdxj(self) -> tuple[Path, int, list[str], int]:
        """Write ``<store>/indexes/index.cdxj`` for every WARC file of the store: (path, lines,
        problems, WARC files) (see :func:`archiver.export.cdxj.write_store_cdxj`).

        Raises:
            ReadOnlyStoreError: a read-only store (exit 3, as every command that writes into the
                store), said before any file is read; before, the write failed at the end (exit 1).
            ForeignDatabaseError: another program's database where the index or the text index
                belongs, said as every other writing command says it, before anything is written.
                The CDXJ is read from the WARC files alone, but it is written into the store, which
                every other writing command refuses in that state (it wrote ``indexes/index.cdxj``
                beside the foreign file, exit 0; task left58).
        """
        from archiver.export.cdxj import write_store_cdxj
        from archiver.store.index import OUR_TABLES as INDEX_TABLES
        from archiver.store.sqlite_foreign import refuse_foreign_file
        from archiver.store.textindex import OUR_TABLES as TEXT_TABLES

        self.refuse_read_only("writes the store's CDXJ index")
        refuse_foreign_file(self.root / "index.sqlite3", "the index", INDEX_TABLES)
        refuse_foreign_file(self.root / TEXT_INDEX_FILE, "the text index", TEXT_TABLES)
        paths = self.warc_paths()
        out, lines, problems = write_store_cdxj(self.root, paths)
        return out, lines, problems, len(paths)

    @contextlib.contextmanager
    def rebuilding_text_index(self) -> Iterator[None]:
        """Build the full-text index afresh (``reindex``'s texts, added inside) beside the old
        one, and put it in the old one's place only when the block completes.

        Why: ``reindex`` deleted the text index before it began, so one that failed midway (a
        file-size limit, a full disk, an interrupt) left none, and a whole-archive
        ``verify-quote`` then refused, asking for the reindex that had just failed. Now a failed
        rebuild leaves the previous text index as it was (the error says so), and its
        half-built files are removed."""
        from archiver.store.sqlite_foreign import refuse_foreign_file
        from archiver.store.textindex import OUR_TABLES

        path = self.root / TEXT_INDEX_FILE
        building = self.root / TEXT_INDEX_REBUILT
        refuse_foreign_file(path, "the text index", OUR_TABLES)  # (another program's database is never replaced)
        self._close_text_index()
        _remove_database(building)  # a rebuild killed earlier left its half-built files
        self._text_index_path = building
        try:
            yield
            if self._text_index is not None:
                self._text_index.settle()  # whole in its one file: no write-ahead log to carry over
            self._close_text_index()
            for suffix in ("-wal", "-shm"):  # the old file's: never to be read as the new one's
                (self.root / f"{TEXT_INDEX_FILE}{suffix}").unlink(missing_ok=True)
            if building.exists():
                os.replace(building, path)
            else:  # nothing was indexed: no text index, as when it was dropped
                _remove_database(path)
        except BaseException as exc:
            self._close_text_index()
            _remove_database(building)
            if isinstance(exc, Exception):  # said at the command's catch site, on the error's line
                exc.add_note(f"the previous text index {path} is kept as it was")
            raise
        finally:
            self._text_index_path = path

    def _close_text_index(self) -> None:
        if self._text_index is not None:
            close = getattr(self._text_index, "close", None)
            if close is not None:
                close()
            self._text_index = None

    def _read_block(self, warc: str, offset: int, length: int) -> tuple[str, bytes]:
        """The id and block of the record at ``offset`` in ``warc`` (the index's text reader)."""
        return self.storage.read_block(warc, offset, length)

    def deep_checker(self) -> DeepChecker:
        """The artifact re-checks of ``log verify --deep`` (see :mod:`archiver.deep_check`)."""
        from archiver.deep_check import DeepChecker

        return DeepChecker(self)

    # ================================================================== facade: what a caller does
    # Each method composes one subsystem, handing it this Archive only through the narrow port
    # it declares in archiver.ports (e.g. an export sees CaptureLookup + LogAppender + ...).
    # The CLI calls these; library callers should too.

    def export(self, capture_prefixes: list[str], out_path: Path, *, title: str | None = None,
               anchor: Any = None, with_quotes: list[str] | tuple[str, ...] = ()) -> ExportResult:
        """Write a signed WACZ evidence bundle of the captures and log the export
        (see :func:`archiver.export.wacz.export_wacz`); returns its ``ExportResult``."""
        from archiver.export.wacz import export_wacz

        return export_wacz(self, capture_prefixes, out_path, title=title, anchor=anchor, with_quotes=with_quotes)

    def import_file(self, path: Path, checked: CheckedFile | None = None) -> ImportResult:
        """Import a WARC or WACZ made by another tool (see :func:`archiver.export.importer.import_file`;
        ``checked``: :func:`~archiver.export.importer.check_file`'s answer, found before the store was opened)."""
        from archiver.export.importer import import_file

        return import_file(self, path, checked)

    def quote_service(self) -> QuoteService:
        """A :class:`~archiver.quotes.service.QuoteService` over this store (its text cache
        lives as long as the service: keep one for many quotes)."""
        from archiver.quotes.service import QuoteService

        return QuoteService(self)

    def check_quote(self, request: QuoteRequest, *, receipt: Path | None = None) -> QuoteReport:
        """Verify one quote (a ``QuoteRequest``) against the archived text, log the verdict,
        write ``receipt``; returns its ``QuoteReport``."""
        return self.quote_service().verify(request, receipt=receipt)

    def compare(self, a: str, b: str) -> CaptureDiff:
        """What changed from capture ``a`` to ``b`` (ids or prefixes), after both evidence checks:
        a :class:`~archiver.compare.CaptureDiff`."""
        from archiver.compare import compare_captures

        return compare_captures(self, a, b, needs_text=True)

    def history(self, url: str) -> History:
        """Every capture of ``url``, what changed between them, and the quotes that broke:
        a :class:`~archiver.history.History`."""
        from archiver.history import history

        return history(self, url)

    def recapture(self, target: str, *, browser: Any = None) -> Recapture:
        """Capture a capture's URL (or a URL) again (``browser``: through Chromium) and compare
        with the previous capture: a :class:`~archiver.recapture.Recapture`."""
        from archiver.recapture import recapture

        return recapture(self, target, browser=browser)

    def reextract(self, prefixes: Iterable[str], *, all_outdated: bool = False, failed: bool = False,
                  dry_run: bool = False, progress: Callable[[str], None] | None = None) -> ReextractReport:
        """Bring captures' extractions up to the current extractor, logged, never editing the old
        one (see :func:`archiver.reextract.reextract`)."""
        from archiver.reextract import reextract

        return reextract(self, prefixes, all_outdated=all_outdated, failed=failed, dry_run=dry_run, progress=progress)

    def reextract_targets(self, prefixes: Iterable[str], *, all_outdated: bool = False,
                          failed: bool = False) -> list[str]:
        """The captures :meth:`reextract` would go through (full ids), nothing written."""
        from archiver.reextract import targets

        return targets(self, prefixes, all_outdated=all_outdated, failed=failed)

    def correct(self, prefix: str, new: dict[str, Any], reason: str) -> Correction:
        """Log the user's correction of a capture's metadata (see
        :func:`archiver.corrections.record_correction`); returns the ``Correction``."""
        from archiver.corrections import record_correction

        return record_correction(self, prefix, new, reason)

    def cite(self, prefix: str, *, replay_prefix: str | None = None, authors_mode: str | None = None) -> Source:
        """The citable facts of one capture, after its evidence check: an
        :class:`archiver.export.cite.Source`; ``authors_mode`` ``all`` cites every reported person,
        ``corroborated`` only the authors a strong source or two independent ones name, ``backed`` (the
        default, :data:`archiver.export.cite_authors.DEFAULT_AUTHOR_MODE`) only those the backing model
        scores at its strict threshold."""
        from archiver.export.cite import source_for
        from archiver.export.cite_authors import DEFAULT_AUTHOR_MODE

        return source_for(self, prefix, replay_prefix=replay_prefix, authors_mode=authors_mode or DEFAULT_AUTHOR_MODE)

    def warc_paths(self) -> list[Path]:
        """Every WARC file of the store, as local paths (oldest first)."""
        return [self.storage.local_path(n) for n in self.storage.names()]

    def log_identity_problems(self) -> list[Problem]:
        """``E_LOG_ORIGIN`` problems: this store's own WARC files name the log they were written
        for, and a different log in provenance/ was swapped in."""
        from archiver.provenance.verify import Problem

        stray: dict[str, list[str]] = {}
        for name, origin in native_log_origins(self.storage).items():
            if origin != self.log.origin:
                stray.setdefault(origin, []).append(name)
        return [
            Problem("E_LOG_ORIGIN", f"{len(names)} WARC file(s) of this store (e.g. {names[0]}) were written for "
                    f"log {origin}, but the store's log is {self.log.origin}: the log was swapped or replaced; "
                    "restore the store's own provenance/ from a backup")
            for origin, names in stray.items()
        ]


def refuse_newer_indexes(root: Path) -> None:
    """Refuse (exit 2) a store whose index or text index a newer archiver made, reading them
    without changing any file: the one check of every command that adds captures (archive,
    batch, recapture, import), made as the store is opened, before any page is fetched (the
    index itself refused only once there was a capture to write, after the site was asked)."""
    from archiver.store.index import refuse_newer_index
    from archiver.store.textindex import refuse_newer_text_index

    refuse_newer_index(root / "index.sqlite3")
    refuse_newer_text_index(root / TEXT_INDEX_FILE)


def _remove_database(path: Path) -> None:
    """Remove the SQLite database ``path`` and its journals (a derived index's)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, None if there is none: tells a file replaced under the same name."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _browser_part(browser: Any) -> Any:
    """A browser capture's part as ``show`` reports it: ``sandbox``/``sandbox_off``/``trailing`` and
    ``rendered_text_record_id``/``rendered_text_sha256`` null, not missing, for captures made before
    they were recorded (conventions: absent values are null)."""
    if not isinstance(browser, dict):
        return browser
    return {"sandbox": None, "sandbox_off": None, "trailing": None, "rendered_text_record_id": None,
            "rendered_text_sha256": None, **browser}

