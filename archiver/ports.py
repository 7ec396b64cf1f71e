"""The narrow interfaces the subsystems take instead of the whole :class:`~archiver.archive.Archive`.

Each subsystem (evidence, compare, corrections, cite, export, quotes, manuscript, batch) states
here exactly what it reads or writes of a store, as a :class:`typing.Protocol`; ``Archive``
satisfies every one of them structurally and is the only thing that composes them. A test can
hand a subsystem a small fake, and a reader sees at the signature what a function may touch
(a citation cannot append to the log; an evidence check cannot capture).

The protocols are built from a few small pieces (``LogAppender``, ``CaptureLookup``, ...)
so that each subsystem's port is the union of the pieces it uses, and nothing else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from archiver.capture.fetch import Exchange, FetchOptions
    from archiver.capture.records import CaptureResult
    from archiver.core.store_lock import Patience
    from archiver.errors import CaptureError
    from archiver.evidence import EvidenceReaders
    from archiver.provenance.chain import LogEntry
    from archiver.provenance.note import Checkpoint
    from archiver.store.index import CaptureRow
    from archiver.store.storage import WarcStorage
    from archiver.store.textindex import Shortlist


class TextsLacking(NamedTuple):
    """What a whole-archive search could not see of the text index, after its bounded wait for
    live writers (:meth:`QuoteStore.texts_not_indexed_after_commits`)."""

    #: how many captured texts the text index lacked when the search began and still lacks
    lacking: int
    #: who is still writing some of them ("a running batch (pid N)", "another process"); None: no one
    writer: str | None
    #: whether that writer is a running batch (then :attr:`by_batch` of them are its to index)
    batch: bool
    #: of :attr:`lacking`, those a running batch may still index (its own captures of this run); the
    #: rest are of captures logged before every running batch began: a stopped process's, which
    #: only ``archiver reindex`` adds
    by_batch: int = 0


# ---------------------------------------------------------------------- pieces: the log


class LogEntries(Protocol):
    """A provenance log read entry by entry (``type_`` filters by entry type)."""

    def entries(self, type_: str | None = None) -> Iterator[LogEntry]: ...

    def entry(self, seq: int) -> LogEntry:
        """Entry ``seq`` (raises :class:`archiver.errors.UsageError` when there is none)."""


class NamedLog(Protocol):
    """A provenance log's identity: its origin and its public key's fingerprint."""

    @property
    def origin(self) -> str: ...

    @property
    def public_key_fingerprint(self) -> str: ...


class LogAppender(Protocol):
    """Something to append log entries to (and to ask first whether it can be appended to)."""

    def ensure_writable(self) -> None: ...

    def append_event(self, type_: str, data: dict[str, Any]) -> LogEntry: ...


class ReceiptLog(NamedLog, Protocol):
    """What a quote receipt carries of the log: an entry's proof, the newest checkpoint, the key."""

    @property
    def vkey(self) -> str: ...

    def proof(self, seq: int) -> bytes: ...

    def latest_checkpoint(self) -> Checkpoint | None: ...


class ExportLog(NamedLog, LogEntries, Protocol):
    """What a WACZ bundle carries of the log: a fresh checkpoint, the lines it covers (with
    proofs built from them), the public key, and the key folder its WACZ key lives in."""

    @property
    def key_dir(self) -> Path: ...

    @property
    def size(self) -> int: ...

    @property
    def path(self) -> Path: ...

    def lines(self, size: int) -> list[bytes]: ...

    @property
    def vkey(self) -> str: ...

    @property
    def verifier(self) -> Any: ...

    def checkpoint(self) -> Path: ...


class HasLogPath(Protocol):
    """Where the store's provenance log file is (it may not exist yet)."""

    @property
    def log_path(self) -> Path: ...


class Clocked(Protocol):
    """A clock (injectable for tests: receipts and bundles carry its time)."""

    @property
    def clock(self) -> ClockLike: ...


class ClockLike(Protocol):
    def now(self) -> dt.datetime: ...


# ---------------------------------------------------------------------- pieces: the index


class RecordIndex(Protocol):
    """The index rows an evidence check compares with the log."""

    def get(self, capture_id: str) -> CaptureRow: ...

    def records(self, capture_id: str) -> list[dict[str, Any]]: ...

    def extraction(self, capture_id: str) -> dict[str, Any] | None: ...


class CaptureLookup(Protocol):
    """Captures found by id prefix or by URL."""

    def resolve(self, prefix: str) -> str: ...

    def list_captures(self, *, url: str | None = None) -> list[CaptureRow]: ...

    def captures_not_indexed(self, url: str | None = None) -> list[str]:
        """The captures the log lists (of ``url``) that the capture index lacks."""


class TextSearch(Protocol):
    """The whole-archive text index: how many texts it holds, and which may hold a quote."""

    def __len__(self) -> int: ...

    def candidates(self, quote: str, limit: int = 20) -> list[str]: ...

    def shortlist(self, quote: str, limit: int = 20, bound: int = ...) -> Shortlist:
        """The texts to verify, ties at the cut kept up to ``bound``, and how many were not."""

    def normalizer_version(self) -> str | None:
        """The normalisation rules' version the texts were indexed under (``None``: unrecorded)."""


class WarcFiles(Protocol):
    """The store's WARC files, by the names the log records."""

    @property
    def storage(self) -> WarcStorage: ...


class CaptureShower(Protocol):
    """Everything known about one capture, evidence status included (``archiver show``)."""

    def show(self, prefix: str) -> dict[str, Any]: ...


# ---------------------------------------------------------------------- the subsystems' ports


class EvidenceStore(WarcFiles, HasLogPath, Protocol):
    """What :func:`archiver.evidence.check_capture` reads: the index, the WARC files, the log,
    and the command's one bounded wait for live writers."""

    @property
    def index(self) -> RecordIndex: ...

    @property
    def evidence_readers(self) -> EvidenceReaders | None:
        """Log and WARC handles held open between checks (``None``: each check opens its own)."""

    def wait_budget(self) -> Patience:
        """The command's one bounded wait for live writers (a check that found the index behind
        the log waits in it for a ``reextract`` commit, not in a wait of its own beside it)."""


class CompareStore(EvidenceStore, CaptureLookup, Protocol):
    """What :mod:`archiver.compare` reads: captures, their evidence, corrections, the log's
    quote verifications (to recheck them on the newest capture)."""

    @property
    def log(self) -> LogEntries: ...

    def all_corrections(self) -> dict[str, list[Any]]: ...

    def rendered_text(self, capture_id: str) -> str | None:
        """The text a browser capture's rendered page showed (None: it has none)."""

    def shown_no_text(self, capture_id: str) -> str | None:
        """Why a browser shows no text of a capture's final response, decided now (None: it shows one;
        :class:`~archiver.errors.NoUsableTextError`: it cannot be decided)."""


class CorrectionLog(Protocol):
    """The log :func:`archiver.corrections.record_correction` names the key of."""

    @property
    def public_key_fingerprint(self) -> str: ...


class CorrectionStore(CaptureShower, LogAppender, Protocol):
    """What :func:`archiver.corrections.record_correction` needs: the capture shown, the log
    appended to (and its key named in the entry)."""

    @property
    def log(self) -> CorrectionLog: ...


class CiteStore(CaptureShower, HasLogPath, Protocol):
    """What :func:`archiver.export.cite.source_for` reads: the capture and the log's name."""

    @property
    def log(self) -> NamedLog: ...


class ExportStore(CaptureLookup, CaptureShower, WarcFiles, LogAppender, Clocked, Protocol):
    """What :func:`archiver.export.wacz.export_wacz` needs: the captures shown, their WARC
    files, the whole log (checkpoint, proofs, key) and the clock for the bundle's time."""

    @property
    def log(self) -> ExportLog: ...


class QuoteStore(EvidenceStore, CaptureLookup, LogAppender, Clocked, Protocol):
    """What :class:`archiver.quotes.service.QuoteService` needs: texts to read (with their
    evidence), the text index to search, the log to record verdicts in and to prove them."""

    @property
    def text_index(self) -> TextSearch: ...

    def texts_not_indexed(self) -> int:
        """How many extracted texts the text index does not hold yet (a search cannot see them)."""

    def waits_once(self) -> contextlib.AbstractContextManager[None]:
        """Every wait for a live writer inside shares one bounded wait (a search waits once in all)."""

    def texts_not_indexed_after_commits(self) -> TextsLacking:
        """:meth:`texts_not_indexed` once a live writer's texts in commit, or a running batch's
        waiting for their slice, are waited for (bounded), who still writes (``None``: no one),
        whether that is a running batch, and how many of them it may still index."""

    def extractions_not_indexed(self) -> list[str]:
        """The captures the index holds whose logged extraction it lacks (a search cannot see them)."""

    def extractions_failed(self) -> list[str]:
        """The captures the index holds whose extraction failed and that have none since (a search cannot
        see their page's words)."""

    def rendered_text(self, capture_id: str) -> str | None:
        """The text a browser capture's rendered page showed (None: it has none); raises an
        :class:`~archiver.errors.ArchiverError` when its record cannot be read as logged."""

    def shown_no_text(self, capture_id: str) -> str | None:
        """Why a browser shows no text of a capture's final response, decided now from its archived
        head and body (``download``, ``not_shown``); None when it shows a page, a PDF or a text; raises
        :class:`~archiver.errors.NoUsableTextError` when the body inflates past the limits (undecided)."""

    @property
    def log(self) -> ReceiptLog: ...


class ManuscriptStore(QuoteStore, Protocol):
    """What :func:`archiver.manuscript.check_manuscript` needs beyond quotes: the URL rule and
    the store's place and options, to capture missing sources with the batch runner."""

    root: Path
    key_dir: Path | None

    @property
    def fetch_options(self) -> FetchOptions: ...

    def valid_url(self, url: str) -> str: ...


class CaptureRunner(Protocol):
    """What a batch worker needs (:func:`archiver.batch.run_task`): fetch without writing,
    then archive the response or log the failure."""

    def fetch(self, url: str) -> Exchange: ...

    def record_failure(self, url: str, exc: CaptureError) -> CaptureResult: ...

    def record_exchange(self, url: str, exchange: Any) -> CaptureResult: ...

    def capture_with_browser(self, url: str, options: Any) -> CaptureResult: ...


__all__ = [
    "CaptureLookup",
    "CaptureRunner",
    "CaptureShower",
    "CiteStore",
    "Clocked",
    "CompareStore",
    "CorrectionStore",
    "EvidenceStore",
    "ExportLog",
    "ExportStore",
    "HasLogPath",
    "LogAppender",
    "LogEntries",
    "ManuscriptStore",
    "NamedLog",
    "QuoteStore",
    "ReceiptLog",
    "RecordIndex",
    "TextSearch",
    "WarcFiles",
]


if TYPE_CHECKING:
    from archiver.archive import Archive

    def _facade_satisfies_every_port(a: Archive) -> tuple[
            EvidenceStore, CompareStore, CorrectionStore, CiteStore, ExportStore, QuoteStore,
            ManuscriptStore, CaptureRunner]:
        """Never called: ``mypy`` checks here that ``Archive`` is each subsystem's port."""
        return a, a, a, a, a, a, a, a
