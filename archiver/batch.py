"""Batch archiving: many URLs, concurrently, politely and resumably.

Three parts, each replaceable:

* :class:`CaptureExecutor` runs one :class:`CaptureTask` somewhere and hands back a
  ``Future`` of its :class:`TaskOutcome`. :class:`LocalExecutor` runs tasks in worker
  processes (:class:`~archiver.batch_workers.ProcessWorkers`, the default: extraction is
  CPU-bound and the GIL would serialise it) or threads,
  each worker with its own :class:`~archiver.archive.Archive` (so its own WARC file and SQLite
  connections; the provenance log serialises writers with flock + a thread lock, one chain).
  A distributed engine only has to implement ``submit``/``shutdown``.
* :class:`BatchRunner` owns politeness: it never has two tasks of one host in flight, waits
  ``host_delay`` between a host's requests, and turns a timeout or a 429/503 into a later
  retry with exponential backoff (or the server's ``Retry-After``). Scheduling stays in one
  place (the parent) so that workers never sleep while holding a slot.
* :class:`BatchState` is an append-only JSONL file in the store (``batches/<sha256 of the
  URL list>.jsonl``) that records each URL's outcome the moment it is known (written at once,
  fsynced in groups at most 100 ms apart). Re-running the
  same input skips what is done; URLs with no recorded outcome are first looked up in the
  provenance log (a capture logged after the batch started counts as done), so a batch killed
  between "logged" and "recorded" does not capture twice. It also notes each report file the
  batch wrote (path and sha256): a re-run of the batch may replace what is still exactly that
  report (:func:`is_own_report`; ``batch --report`` of an interrupted batch, resumed).

Why one file of ~1,510 lines: the three parts below share one state file format and one
signal-handling contract (Ctrl-C, SIGKILL, resume); they are small classes kept side by side so
that a change to the state format cannot miss one of its readers. What the worker processes
run (:func:`run_task`) and their slice-wise text indexing (:meth:`Archive.index_texts_in_slices`)
are part of that contract: what a killed worker leaves is what resume reads. The processes
themselves, their pipes, archive slots and fork server are in :mod:`archiver.batch_workers`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email.utils
import hashlib
import heapq
import io
import json
import logging
import math
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    Future,
    ThreadPoolExecutor,
)
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO
from urllib.parse import urlsplit

# The worker pool lives in batch_workers; its public names are re-exported for the callers.
from archiver.batch_workers import WORKER_PRELOAD as WORKER_PRELOAD
from archiver.batch_workers import ProcessWorkers as ProcessWorkers
from archiver.batch_workers import SlotGate as SlotGate
from archiver.batch_workers import WorkerDied as WorkerDied
from archiver.batch_workers import (
    _fork_context,
    prepare_socket_folder,
    remove_dead_fork_server_folders,
)
from archiver.batch_workers import start_fork_server as start_fork_server
from archiver.batch_workers import stop_fork_server as stop_fork_server
from archiver.batch_workers import warm_up as warm_up
from archiver.capture.browser_sigterm import die_of_sigterm, sigterm_default, sigterm_is_default
from archiver.capture.fetch import FetchOptions, validate_url
from archiver.core import json_text
from archiver.core.digests import sha256_label
from archiver.core.durable import write_all
from archiver.core.files import read_user_file, read_user_stream, write_user_file
from archiver.core.option_values import check_count, check_seconds
from archiver.core.store_lock import hold_running_batch, store_lock, write_batch_lock
from archiver.core.url_text import url_refusal
from archiver.errors import (
    ArchiverError,
    CaptureError,
    IncompleteCheckError,
    InternalError,
    LockBusyError,
    UsageError,
    WarcLockHeldError,
    WarcWaitStoppedError,
)
from archiver.store import warc_writing

if TYPE_CHECKING:
    from archiver.archive import Archive
    from archiver.ports import CaptureRunner

logger = logging.getLogger(__name__)

#: HTTP statuses that mean "come back later" rather than "this is the page".
RETRY_STATUSES: frozenset[int] = frozenset({429, 503})
#: Capture failures worth another try on a later run without being asked (``--retry-failed``
#: retries the others too). ``BrowserSandboxError``: Chromium's sandbox could not start, which
#: says nothing of the URL; its message says to run again with ``--no-browser-sandbox``. Such an
#: error now stops the batch and leaves its URLs untried (:func:`environment_errors`); the kind
#: stays here for the state files of batches run before, which recorded it as a failure.
#: ``WarcLockHeldError``: a new WARC file's lock held by a stopped process (says nothing of the URL;
#: tried again within the batch first, see :func:`_safe_run`).
TRANSIENT_KINDS: frozenset[str] = frozenset({"timeout", "refused", "connection", "http_retry", "retry_later",
                                             "internal", "BrowserSandboxError", "WarcLockHeldError"})

CAPTURED = "captured"        # archived (any HTTP status but an exhausted 429/503)
UNAVAILABLE = "unavailable"  # archived, but the server still said 429/503 after every retry
FAILED = "failed"            # nothing archived; logged as capture_failed
PENDING = "pending"          # not attempted yet (batch interrupted, or stopped by STOP)
RETRY = "retry"              # internal: the runner schedules another attempt
STOP = "stop"                # internal: the machine cannot capture at all; the batch stops (not recorded)
INVALID = "invalid"          # a line skipped by --skip-invalid: not a URL archiver fetches


def default_archive_slots(jobs: int) -> int:
    """Captures past their fetch at once (extracting, writing): two per core, at most ``jobs``.

    One per core left a core idle whenever an archiving worker waited on its fsyncs (WARC,
    log, index: about a quarter of an archiving step's wall time): measured with pages whose
    extraction costs little, 57 captures/s with 2 slots on 2 cores against 86/s with 4. Two
    per core still keeps most workers fetching rather than all of them competing for the CPU.
    """
    return max(1, min(jobs, 2 * (os.cpu_count() or 1)))


def environment_errors() -> tuple[type[ArchiverError], ...]:
    """The errors that say nothing about the URL being captured: this machine cannot make the
    batch's captures at all (no Chromium; a Chromium that exits at launch; its sandbox cannot start). One of them stops
    the batch at once (:data:`STOP`), as ``archive`` stops with it: every further URL would fail
    the same way, each with the same line and a launch of its own, and be marked failed for a
    cause that was never the URL's. Imported here, late: only a browser batch meets them."""
    from archiver.capture.browser import (
        BrowserLaunchError,
        BrowserMissingError,
        BrowserSandboxError,
    )

    return (BrowserLaunchError, BrowserMissingError, BrowserSandboxError)


#: Captures whose texts a batch worker adds to the full-text index in one transaction
#: (:meth:`Archive.index_texts_in_slices`).
TEXT_SLICE = 16
#: Seconds a captured text waits for its slice at most: a worker indexes its slice once it holds
#: :data:`TEXT_SLICE` texts or its oldest is this old, whichever comes first (checked at each
#: capture's end and while the worker waits for its next URL), so a running batch's captures
#: become searchable within about this long (plus one capture's own time, when the worker is in
#: one). A whole-archive search waits that long for them (:func:`~archiver.core.store_lock.wait_for_batch`).
TEXT_SLICE_SECONDS = 2.0
#: Tests only: seconds instead of :data:`TEXT_SLICE_SECONDS` (a test that holds a text in its slice).
TEXT_SLICE_SECONDS_VAR = "ARCHIVER_TEST_TEXT_SLICE_SECONDS"
#: Tests only: a file :func:`run_batch` writes just before it starts the workers' fork server, then
#: waits there (up to :data:`HOLD_FOR_TESTS_SECONDS`) for a signal: a SIGTERM at start-up, before any
#: process of the batch's exists, is sent at a known point.
HOLD_BEFORE_FORK_SERVER_VAR = "ARCHIVER_TEST_HOLD_BEFORE_FORK_SERVER"
#: Tests only: a file the run writes once every URL is captured, just before it signs the log's
#: head, then waits (up to :data:`HOLD_FOR_TESTS_SECONDS`) until the test removes it: a test takes
#: the log's lock in that pause, so the signing waits for it at a known point (before, the test
#: raced the signing after the last URL's line and lost on a fast or idle machine).
HOLD_BEFORE_SIGNING_VAR = "ARCHIVER_TEST_HOLD_BEFORE_SIGNING"
HOLD_FOR_TESTS_SECONDS = 120.0


def default_jobs() -> int:
    """Captures in flight at once: network-bound, so a few per core (8 on 2 cores), capped."""
    return max(4, min(16, 4 * (os.cpu_count() or 1)))


# ---------------------------------------------------------------------- input


def read_urls(source: str | Path, *, stdin: TextIO | None = None,
              invalid: list[tuple[int, str, str]] | None = None) -> list[str]:
    """The URLs of a batch input: one per line, or a CSV with a ``url`` column, or ``-`` (stdin).

    Blank lines and ``#`` comments are skipped; duplicates are kept once (first position).
    Every URL is validated before anything is done: one bad line and the whole input is
    refused (:class:`UsageError`, exit 2) with its line number, unless ``invalid`` is a list:
    then each bad line is appended to it as (line number, value, reason) and the rest is kept
    (``batch --skip-invalid``: one typo among hundreds of URLs need not stop the others).
    """
    name = str(source)
    if name == "-":
        import sys

        text = read_user_stream(stdin or sys.stdin, "the URL list").removeprefix("\ufeff")
    else:
        raw = read_user_file(name, "URL list")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UsageError(f"URL list {name} is not UTF-8 text (byte {exc.start})") from exc
    rows = _csv_rows(text, name) if _looks_like_csv(text, name) else _line_rows(text)
    urls: list[str] = []
    seen: set[str] = set()
    for lineno, value in rows:
        try:
            if not value:  # (a CSV's cell: a line list has no empty lines to read)
                raise UsageError(url_refusal(value, "it is empty", "write the page's URL in the row's 'url' column, "
                                             "or remove the row"))
            url = validate_url(value)
        except UsageError as exc:
            if invalid is not None:
                invalid.append((lineno, value, exc.diagnostics()))
                continue
            raise UsageError(f"{name}, line {lineno}: {exc}; nothing was archived "
                             "(--skip-invalid archives the other lines)") from exc
        if url not in seen:
            seen.add(url)
            urls.append(url)
    if not urls and invalid:
        raise UsageError(f"{name}: no valid URL in it ({len(invalid)} invalid lines; the first, line "
                         f"{invalid[0][0]}: {invalid[0][2]}); nothing was archived")
    if not urls:
        raise UsageError(f"{name}: no URLs found (one per line, or a CSV with a 'url' column)")
    return urls


def _looks_like_csv(text: str, name: str) -> bool:
    if name.lower().endswith((".csv", ".tsv")):
        return True
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "url" in [c.strip().strip('"').lower() for c in first.split(",")] and "," in first


def _csv_rows(text: str, name: str) -> Iterator[tuple[int, str]]:
    dialect = "excel-tab" if name.lower().endswith(".tsv") else "excel"
    reader = csv.reader(io.StringIO(text), dialect=dialect)
    header = next(reader, None) or []
    columns = [h.strip().lower() for h in header]
    if "url" not in columns:
        raise UsageError(f"{name}: CSV input needs a 'url' column (header is {header!r})")
    col = columns.index("url")
    start = reader.line_num + 1
    for row in reader:
        first, start = start, reader.line_num + 1  # a row is named by the line it starts on (a cell may hold lines)
        if not row or not any(cell.strip() for cell in row):
            continue
        value = row[col].strip() if col < len(row) else ""
        yield first, value  # an empty cell is refused (or skipped) by read_urls


def _line_rows(text: str) -> Iterator[tuple[int, str]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        value = line.strip()
        if value and not value.startswith("#"):
            yield lineno, value


def batch_key(urls: list[str]) -> str:
    """The identity of a batch: sha256 of its URL list (so the same input resumes)."""
    return hashlib.sha256("\n".join(urls).encode()).hexdigest()


def state_path(store: Path, urls: list[str]) -> Path:
    """Where the state of the batch of ``urls`` in ``store`` is kept (its resume file)."""
    return store / "batches" / f"{batch_key(urls)}.jsonl"


class BatchRunningError(IncompleteCheckError):
    """The same batch (same URLs, same store) is running in another process: a second run
    would capture every URL again beside it (review 15 F), so it does nothing."""


def hold_batch(state: Path, *, log_size: int | None = None) -> int:
    """Take the batch whose state file is ``state`` for this process: a non-blocking ``flock``
    on ``<state>.lock`` (beside it; it holds the holder's pid and ``log_size``, the provenance
    log's size as this run begins: :func:`~archiver.core.store_lock.write_batch_lock`), kept
    until the returned descriptor is closed, by this process's end at the latest (a SIGKILL too:
    the kernel lets go). Raises :class:`BatchRunningError`, naming the holder's pid, when another
    holds it."""
    import fcntl

    from archiver.core.store_lock import flock

    lock = state.with_suffix(".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:  # a folder or a link where the lock belongs: a damaged store
        from archiver.errors import StoreError

        raise StoreError(f"cannot open the batch's lock {lock}: {exc.strerror or exc} (move it away)") from exc
    try:
        flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, lock)
    except BlockingIOError:
        try:
            holder = os.read(fd, 32).decode("ascii", "replace").split("\n")[0].strip() or "unknown"
        finally:
            os.close(fd)
        raise BatchRunningError(f"this batch is already running (pid {holder}): let it finish, or stop it "
                                "and run the same command again to resume it") from None
    except BaseException:
        os.close(fd)
        raise
    write_batch_lock(fd, log_size)
    return fd


def host_of(url: str) -> str:
    """The politeness key: the host name (ports of one host share its limit)."""
    return (urlsplit(url).hostname or "").lower()


# ---------------------------------------------------------------------- tasks and outcomes


@dataclass(frozen=True)
class CaptureTask:
    """One attempt at one URL. ``last`` means: archive whatever comes back, do not ask to retry."""

    url: str
    attempt: int = 1
    last: bool = False


@dataclass(frozen=True)
class UrlOutcome:
    """What became of one URL, as an attempt's outcome and the report's line both say it (the line is made
    from the last outcome: :meth:`BatchItem.from_outcome`); one list of these fields, so the two cannot part."""

    url: str
    status: str
    capture_id: str | None = None
    http_status: int | None = None
    error: str | None = None
    error_kind: str | None = None


@dataclass(frozen=True)
class TaskOutcome(UrlOutcome):
    """What one attempt gave; ``status`` is one of captured/unavailable/failed/retry."""

    retry_after: float | None = None
    log_seq: int | None = None
    attempts: int = 1
    extraction_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


def run_task(archive: CaptureRunner, task: CaptureTask, *, gate: Any = None, browser: Any = None) -> TaskOutcome:
    """Run one attempt with ``archive`` (in a worker): fetch, and archive unless it should retry.

    A timeout or a 429/503 before the last attempt writes nothing and asks for a retry; on the
    last attempt a failure is logged (``capture_failed``) and a 429/503 response is archived
    as what the server said, reported ``unavailable``. ``gate`` (the process pool's
    :class:`~archiver.batch_workers.SlotGate`, or the thread executor's semaphore) bounds how
    many workers archive at once: fetching is waiting on the network and
    many may do it, archiving is CPU (extraction), fsyncs and SQLite writes, and far more of
    those at once than there are cores only makes each slower and the locks longer held
    (:func:`default_archive_slots`: two per core, so a core is not idle during fsyncs).

    With ``browser`` (:class:`~archiver.capture.browser.BrowserOptions`) the URL is captured
    through headless Chromium, once, holding a gate slot throughout (the browser is CPU): what
    the page showed is archived whatever its status, and a page never received is a failure.
    """
    if browser is not None:
        return _run_browser_task(archive, task, gate, browser)
    try:
        exchange = archive.fetch(task.url)
    except CaptureError as exc:
        if exc.kind == "timeout" and not task.last:
            return TaskOutcome(task.url, RETRY, error=str(exc), error_kind=exc.kind, attempts=task.attempt)
        result = archive.record_failure(task.url, exc)
        return TaskOutcome(task.url, FAILED, error=str(exc), error_kind=exc.kind, log_seq=result.log_seq,
                           attempts=task.attempt)
    final = exchange.final
    if final.status in RETRY_STATUSES and not task.last:
        return TaskOutcome(task.url, RETRY, http_status=final.status,
                           error=f"HTTP {final.status} {final.reason}".strip(), error_kind="http_retry",
                           retry_after=parse_retry_after(final.header("Retry-After")), attempts=task.attempt)
    with gate if gate is not None else contextlib.nullcontext():
        result = archive.record_exchange(task.url, exchange)
    if final.status in RETRY_STATUSES:
        return TaskOutcome(task.url, UNAVAILABLE, capture_id=result.capture_id, http_status=final.status,
                           error=f"HTTP {final.status} {final.reason} after {task.attempt} attempts".strip(),
                           error_kind="http_retry", log_seq=result.log_seq, attempts=task.attempt,
                           extraction_error=result.extraction_error)
    return TaskOutcome(task.url, CAPTURED, capture_id=result.capture_id, http_status=final.status,
                       log_seq=result.log_seq, attempts=task.attempt, extraction_error=result.extraction_error)


def _run_browser_task(archive: CaptureRunner, task: CaptureTask, gate: Any, browser: Any) -> TaskOutcome:
    with gate if gate is not None else contextlib.nullcontext():
        result = archive.capture_with_browser(task.url, browser)
    if not result.ok:
        return TaskOutcome(task.url, FAILED, error=result.error, error_kind=result.error_kind, log_seq=result.log_seq,
                           attempts=task.attempt)
    return TaskOutcome(task.url, CAPTURED, capture_id=result.capture_id, http_status=result.status,
                       log_seq=result.log_seq, attempts=task.attempt, extraction_error=result.extraction_error)


# ---------------------------------------------------------------------- executors


class CaptureExecutor(Protocol):
    """Where captures run. A distributed engine implements these two methods.

    ``jobs`` captures run at once; an executor may also have a ``queue_ahead`` attribute: how
    many more tasks the runner may hand it beforehand, queued, so that a worker finishing one
    capture starts the next without waiting for the runner's round trip (0 if absent).

    ``shutdown(now=True)`` (a second Ctrl-C) must return without waiting for the running
    tasks: stop them as a kill would (what a killed capture leaves, the store survives), or
    leave them running unwatched; their outcomes are not wanted. A later call does nothing.
    """

    jobs: int

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]: ...

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None: ...


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to open its own Archive (picklable)."""

    store: Path
    fetch_options: FetchOptions = field(default_factory=FetchOptions)
    key_dir: Path | None = None
    #: ``batch --browser``: :class:`~archiver.capture.browser.BrowserOptions` (picklable), else None.
    browser: Any = None
    #: Captures a worker adds to the full-text index per transaction (:meth:`Archive.index_texts_in_slices`).
    text_slice: int = TEXT_SLICE
    #: Seconds a text waits for its slice at most (:data:`TEXT_SLICE_SECONDS`).
    text_slice_seconds: float = TEXT_SLICE_SECONDS
    #: Whether each worker signs a checkpoint when it exits. :func:`run_batch` says no: its
    #: :class:`BatchRunner` signs one covering every worker's entries once they have all exited
    #: (eight workers each signing cost eight signatures, checkpoint files and fsync rounds
    #: under the log's lock at the end of every batch, all superseded by the runner's).
    sign_at_exit: bool = True


_worker_archive: Archive | None = None
_worker_gate: Any = None
_worker_browser: Any = None


def _process_worker_init(config: WorkerConfig, gate: Any) -> None:
    global _worker_archive, _worker_gate, _worker_browser
    _worker_gate = gate
    _worker_browser = config.browser
    # the batch's first Ctrl-C reaches a worker waiting for a WARC lock's holder as SIGUSR1 (it ignores
    # Ctrl-C itself): the wait ends (ProcessWorkers.signal_archiving sends it to workers past this point only)
    signal.signal(signal.SIGUSR1, warc_writing.stop_waiting)
    from multiprocessing import util

    from archiver.archive import Archive

    _worker_archive = Archive.open(config.store, key_dir=config.key_dir, fetch_options=config.fetch_options)
    _worker_archive.index_texts_in_slices(config.text_slice, config.text_slice_seconds)
    # Runs at the worker's orderly exit (pool shutdown): index the texts waiting for their slice,
    # close the WARC; without ``sign_at_exit`` no checkpoint: every entry was fsynced when
    # appended, and the runner's checkpoint (:meth:`BatchRunner.run`) covers every worker's.
    util.Finalize(None, _worker_archive.close, kwargs={"sign": config.sign_at_exit}, exitpriority=10)


def _process_worker_idle() -> float | None:
    """While a worker waits for its next URL: index its waiting texts once their slice is due by
    age; seconds until it is (None: no text waits). A failure is logged, not raised: outside a
    task it would end the worker, and the texts it held are indexed at the batch's end
    (:func:`index_missing_texts`), as a killed worker's are."""
    assert _worker_archive is not None, "the worker initialiser opens it"
    try:
        return _worker_archive.flush_texts_when_due()
    except Exception:  # noqa: BLE001 - see above; the traceback goes to the log for a report
        logger.exception("could not add a slice of the batch's texts to the text index; the batch adds them at its end")
        return None


def _process_worker_run(task: CaptureTask) -> TaskOutcome:
    assert _worker_archive is not None, "the worker initialiser opens it"
    return _safe_run(_worker_archive, task, _worker_gate, _worker_browser)


def _safe_run(archive: CaptureRunner, task: CaptureTask, gate: Any, browser: Any = None) -> TaskOutcome:
    try:
        return run_task(archive, task, gate=gate, browser=browser)
    except InternalError as exc:  # a bug of ours we caught ourselves: reported as the others below
        return _internal_failure(task, exc.diagnostics())
    except ArchiverError as exc:
        # (an environment error: the batch stops, the URL is left untried; see environment_errors. A
        # new WARC file's lock held by a stopped process says nothing of the URL either: the URL is
        # tried again, with a new file, and a re-run retries it once the tries are spent)
        status = STOP if isinstance(exc, environment_errors()) else FAILED
        if isinstance(exc, WarcLockHeldError) and not task.last:
            status = RETRY
        if isinstance(exc, WarcWaitStoppedError):  # (a Ctrl-C ended its wait: untried, pending for a re-run)
            status = RETRY
        return TaskOutcome(task.url, status, error=exc.diagnostics(), error_kind=type(exc).__name__,
                           attempts=task.attempt)
    except Exception as exc:  # noqa: BLE001 - reported as an internal failure; a re-run checks the log
        return _internal_failure(task, f"internal error: {type(exc).__name__}: {exc}")


def _internal_failure(task: CaptureTask, error: str) -> TaskOutcome:
    """The outcome of a capture a bug of ours stopped (called while its exception is handled):
    its traceback in the log for the report a user files, kind ``internal`` (retried by a re-run,
    :data:`TRANSIENT_KINDS`), the URL's other captures unaffected."""
    logger.exception("capture of %s failed unexpectedly", task.url)
    return TaskOutcome(task.url, FAILED, error=error, error_kind="internal", attempts=task.attempt)


class LocalExecutor:
    """Captures on this machine, in ``jobs`` worker processes (default) or threads.

    ``jobs`` captures are in flight at once, but at most ``archive_slots`` (default: two per
    CPU core, :func:`default_archive_slots`) of them are past the fetch, extracting and
    writing: see :func:`run_task`.
    """

    def __init__(self, config: WorkerConfig, *, jobs: int | None = None, threads: bool = False,
                 archive_slots: int | None = None) -> None:
        self.config = config
        self.jobs = jobs or default_jobs()
        #: Tasks queued beyond the ``jobs`` running: a worker's next task is waiting for it when
        #: it finishes (the round trip through the runner cost each worker ~8% of its time).
        self.queue_ahead = max(1, self.jobs // 4)
        self.threads = threads
        slots = archive_slots or default_archive_slots(self.jobs)
        self._archives: list[Any] = []
        self._local = threading.local()
        self._guard = threading.Lock()
        self._shut = False
        self._busy: set[int] = set()  # ids of the thread archives running a task
        self._abandoned = False  # shut down ``now``: a busy thread closes its archive after its task
        if threads:
            self._gate: Any = threading.BoundedSemaphore(slots)
            self._pool: ThreadPoolExecutor | ProcessWorkers = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="capture")
        else:
            # the slots are counted by the pool, in this process (a worker killed inside one
            # gives it back), not by a semaphore shared with the workers
            self._gate = None
            self._pool = ProcessWorkers(_fork_context(), self.jobs, slots=slots, init=_process_worker_init,
                                        run=_process_worker_run, init_arg=config,
                                        idle=_process_worker_idle)

    def _thread_archive(self) -> Any:
        arc = getattr(self._local, "archive", None)
        if arc is None:
            from archiver.archive import Archive

            arc = Archive.open(self.config.store, key_dir=self.config.key_dir,
                               fetch_options=self.config.fetch_options)
            self._local.archive = arc
            with self._guard:
                self._archives.append(arc)
        return arc

    def _thread_run(self, task: CaptureTask) -> TaskOutcome:
        arc = self._thread_archive()
        with self._guard:
            started = not self._abandoned
            if started:
                self._busy.add(id(arc))
        if not started:  # stopped at once (shutdown ``now``) before this task began: never begun
            self._close_own(arc)
            return TaskOutcome(task.url, PENDING, attempts=task.attempt)
        try:
            return _safe_run(arc, task, self._gate, self.config.browser)
        finally:
            with self._guard:
                self._busy.discard(id(arc))
                close = self._abandoned
            if close:  # left running by a shutdown ``now``: its thread closes its store
                self._close_own(arc)

    def _close_own(self, arc: Any) -> None:
        """Close ``arc`` unless :meth:`shutdown` did (each is closed once, by one thread)."""
        with self._guard:
            mine = any(a is arc for a in self._archives)
            if mine:
                self._archives = [a for a in self._archives if a is not arc]
        if mine:
            arc.close(sign=self.config.sign_at_exit)

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        if isinstance(self._pool, ThreadPoolExecutor):
            return self._pool.submit(self._thread_run, task)
        return self._pool.submit(task)

    def abandon_start(self) -> None:
        """A first Ctrl-C: end a worker process's start this thread waits in
        (:meth:`ProcessWorkers.abandon_start`); threads have no start to end."""
        if isinstance(self._pool, ProcessWorkers):
            self._pool.abandon_start()

    def stop_waits(self) -> None:
        """A first Ctrl-C (called from its handler): end the waits of captures in flight for a new
        WARC file's lock (:func:`archiver.store.warc_writing.stop_waiting`), in this process (thread
        workers) and in each worker process past its fetch (SIGUSR1, :meth:`ProcessWorkers.signal_archiving`).
        Without it the batch waited for such a capture up to the wait's bound, 120 s (sec57)."""
        warc_writing.stop_waiting()
        if isinstance(self._pool, ProcessWorkers):
            self._pool.signal_archiving(signal.SIGUSR1)

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        """Stop the workers: once their running captures are done, or with ``now`` at once.

        ``now`` with worker processes: each busy worker is stopped as a kill would stop it
        (:meth:`ProcessWorkers.shutdown`). With threads, which nothing can stop from outside,
        the running captures are left running, each closing its own archive when done (closing
        a store a thread is writing to would be worse than a kill): the ``archiver`` process then exits
        without waiting for them (:func:`archiver.cli.leave_without_waiting`), which the store
        survives as it survives a SIGKILL; a library caller's process waits for them at its exit.
        """
        if self._shut:
            return
        self._shut = True
        if isinstance(self._pool, ThreadPoolExecutor):
            self._pool.shutdown(wait=not now, cancel_futures=cancel or now)
        else:
            self._pool.shutdown(cancel=cancel, now=now)
        with self._guard:
            self._abandoned = now
            archives = [arc for arc in self._archives if id(arc) not in self._busy]
            self._archives = [arc for arc in self._archives if id(arc) in self._busy]
        for arc in archives:
            arc.close(sign=self.config.sign_at_exit)  # as a worker process's exit does


# ---------------------------------------------------------------------- state


@dataclass(frozen=True)
class BatchItem(UrlOutcome):
    """One URL's line in the report: the outcome of its last attempt."""

    attempts: int = 0
    log_seq: int | None = None
    resumed: bool = False  # done by an earlier run of the same batch

    @property
    def transient(self) -> bool:
        return self.status == UNAVAILABLE or (self.status == FAILED and self.error_kind in TRANSIENT_KINDS)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "capture_id": self.capture_id, "status": self.status,
                "http_status": self.http_status, "error": self.error, "error_kind": self.error_kind,
                "attempts": self.attempts, "log_seq": self.log_seq, "resumed": self.resumed}

    @classmethod
    def from_outcome(cls, o: TaskOutcome) -> BatchItem:
        return cls(url=o.url, status=o.status, capture_id=o.capture_id, http_status=o.http_status,
                   error=o.error, error_kind=o.error_kind, attempts=o.attempts, log_seq=o.log_seq)


class BatchState:
    """The resumable record of one batch: a header line, then one line per known outcome.

    Each outcome's line is written (one ``write`` on an ``O_APPEND`` descriptor) the moment the
    outcome is known, always after the worker committed the capture it names, so a killed batch
    (Ctrl-C, SIGKILL, a crash of this process) loses no line: the kernel has it. What a line
    does not get at once is its own ``fsync``: lines are made durable together, at most
    ``sync_interval`` seconds after the first unsynced one (and when the state is closed), so a
    batch of 1,000 URLs costs tens of fsyncs, not 1,000 (each ~3-5 ms the dispatch loop spent
    blocked instead of handing out the next URL). Only a power cut or OS crash can lose those
    last lines; their URLs are then found in the provenance log (fsynced by the worker before
    it reported) by :meth:`BatchRunner._reconcile`, or tried again if they had failed, so resume
    stays exact. The header is fsynced at once: it holds the log position resume reads from.
    A line torn by a kill is ignored on reading (its URL is then looked up in the log).
    """

    #: Longest an outcome's line waits for its fsync (see the class docstring).
    SYNC_INTERVAL = 0.1

    def __init__(self, path: Path, *, sync_interval: float | None = None) -> None:
        self.path = path
        self.sync_interval = self.SYNC_INTERVAL if sync_interval is None else sync_interval
        self.header: dict[str, Any] | None = None
        self.items: dict[str, BatchItem] = {}
        #: report path (resolved) -> sha256 of the report this batch last wrote there
        self.reports: dict[str, str] = {}
        self.syncs = 0  # fsyncs done by this object (the benchmark and tests read it)
        self._fd: int | None = None
        self._unsynced_since: float | None = None
        if path.exists():
            self._load()

    def _load(self) -> None:
        for line in self.path.read_bytes().split(b"\n"):
            try:
                doc = json.loads(line)
            except ValueError:
                continue  # blank or torn last line
            if "batch" in doc:
                self.header = self.header or doc["batch"]
            elif isinstance(doc, dict) and isinstance(doc.get("report"), dict):
                self.reports[str(doc["report"].get("path"))] = str(doc["report"].get("sha256"))
            elif "url" in doc:
                self.items[doc["url"]] = BatchItem(**{k: doc.get(k) for k in (
                    "url", "status", "capture_id", "http_status", "error", "error_kind", "log_seq")},
                    attempts=doc.get("attempts") or 0)

    def start(self, *, key: str, total: int, log_size: int) -> None:
        if self.header is None:
            self.header = {"key": key, "total": total, "log_size": log_size,
                           "started": dt.datetime.now(dt.UTC).isoformat()}
            self._write({"batch": self.header})
            self.sync()

    def record(self, item: BatchItem) -> None:
        """Write ``item``'s line now; fsync it with the others of its ``sync_interval``."""
        self.items[item.url] = item
        self._write(item.to_dict())
        self.sync_if_due()

    def sync_if_due(self) -> float | None:
        """fsync if the oldest unsynced line has waited ``sync_interval``; return the seconds
        until the next fsync is due (the dispatch loop wakes for it), None if nothing waits."""
        if self._unsynced_since is None:
            return None
        left = self._unsynced_since + self.sync_interval - time.monotonic()
        if left > 0:
            return left
        self.sync()
        return None

    def sync(self) -> None:
        """Make every line written so far durable (one fsync)."""
        if self._fd is not None and self._unsynced_since is not None:
            os.fsync(self._fd)
            self.syncs += 1
        self._unsynced_since = None

    def close(self) -> None:
        """fsync what is pending and close the file (the state can still be read afterwards)."""
        if self._fd is None:
            return
        try:
            self.sync()
        finally:
            os.close(self._fd)
            self._fd = None

    def _write(self, doc: dict[str, Any]) -> None:
        line = (json_text.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n").encode()
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        write_all(self._fd, line)  # (a short write is written on: no torn line but a crash's)
        if self._unsynced_since is None:
            self._unsynced_since = time.monotonic()


def write_report(path: Path, items: list[BatchItem]) -> str:
    """The batch report: CSV (``.csv``) or JSONL (anything else), one row per input URL, written
    whole or not at all (:func:`archiver.core.files.write_user_file`: before, a failed or
    interrupted write left ``<report>.tmp`` beside it). Returns the sha256 of what it wrote.

    Its folder must exist (the default one, the store's ``batches/``, holds the batch's state
    file): no output makes folders, so a mistyped one is refused as every output refuses it.

    Raises:
        UsageError: the report cannot be written there (no such folder, no permission).
    """
    f = io.StringIO(newline="")
    if path.suffix.lower() == ".csv":
        w = csv.writer(f)
        w.writerow(["url", "capture_id", "status", "http_status", "error", "error_kind", "attempts"])
        for it in items:
            w.writerow([it.url, it.capture_id or "", it.status,
                        "" if it.http_status is None else it.http_status,
                        it.error or "", it.error_kind or "", it.attempts])
    else:
        for it in items:
            f.write(json_text.dumps(it.to_dict(), ensure_ascii=False) + "\n")
    data = f.getvalue().encode("utf-8")
    write_user_file(path, data, "the batch report")
    return sha256_label(data)


def record_report(state: Path, report: Path, digest: str) -> None:
    """Note in the batch's state file ``state`` that ``report`` holds the report it wrote (sha256
    ``digest``), for :func:`is_own_report`. One appended line, like an outcome's (readers that
    know only outcomes skip it); nothing when the state file is gone."""
    line = json_text.dumps({"report": {"path": str(report.resolve()), "sha256": digest}}, sort_keys=True) + "\n"
    try:
        fd = os.open(state, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return  # (then a re-run is asked for --force, as for any file)
    try:
        write_all(fd, line.encode())
    finally:
        os.close(fd)


def is_own_report(store: Path, urls: list[str], report: Path) -> bool:
    """Whether the file at ``report`` is still exactly the report the batch of ``urls`` in
    ``store`` last wrote there (its state file says so: :func:`record_report`). Such a file is
    the batch's own output, which a re-run (a resumed batch) replaces without ``--force``; any
    other file there, the report edited since included, is not. Never reads a pipe or device."""
    state = state_path(store, urls)
    try:
        recorded = BatchState(state).reports.get(str(Path(report).expanduser().resolve())) if state.is_file() else None
        return recorded is not None and sha256_label(read_user_file(report, "the report")) == recorded
    except (OSError, RuntimeError, ValueError, UsageError):
        return False


# ---------------------------------------------------------------------- runner


@dataclass(frozen=True)
class Politeness:
    """Per-host manners: one request in flight, ``host_delay`` between requests, retries."""

    host_delay: float = 1.0
    retries: int = 3            # extra attempts after the first, on timeouts and 429/503
    backoff: float = 1.0        # first retry wait; doubles each time
    max_backoff: float = 300.0  # longest wait in a run; a longer Retry-After defers to a re-run

    def __post_init__(self) -> None:
        """Refuse what ``batch``'s options refuse (NaN, the infinities, a negative wait, a count
        canonical JSON cannot hold): ``Politeness(host_delay=float("nan"))`` was taken from a
        library caller, NaN between every request of a host (``core/option_values.py``)."""
        for name in ("host_delay", "backoff", "max_backoff"):
            check_seconds(name, getattr(self, name))
        check_count("retries", self.retries)

    def retry_wait(self, attempt: int, retry_after: float | None) -> float:
        """Wait before attempt ``attempt + 1``: the server's Retry-After, else exponential."""
        wait_s = retry_after if retry_after is not None else self.backoff * (2 ** (attempt - 1))
        return min(max(wait_s, self.host_delay), self.max_backoff)


@dataclass
class BatchReport:
    """Every input URL's outcome, in input order, and whether the run was interrupted."""

    items: list[BatchItem]
    state_path: Path
    interrupted: bool = False
    seconds: float = 0.0
    #: The environment error that stopped the batch (:func:`environment_errors`), else None: the
    #: caller reports it as ``archive`` would (``batch``: one line, its exit code, 2).
    stopped_by: ArchiverError | None = None

    def counts(self) -> dict[str, int]:
        out = {CAPTURED: 0, UNAVAILABLE: 0, FAILED: 0, PENDING: 0}
        for it in self.items:
            out[it.status] = out.get(it.status, 0) + 1
        return out

    @property
    def ok(self) -> bool:
        return not self.interrupted and self.stopped_by is None and all(it.status == CAPTURED for it in self.items)

    def summary(self) -> dict[str, Any]:
        c = self.counts()
        return {"total": len(self.items), "captured": c[CAPTURED], "unavailable": c[UNAVAILABLE],
                "failed": c[FAILED], "pending": c[PENDING],
                "resumed": sum(1 for it in self.items if it.resumed),
                "interrupted": self.interrupted, "seconds": round(self.seconds, 3),
                "state_file": str(self.state_path)}


def environment_error(outcome: TaskOutcome, left: int, total: int) -> ArchiverError:
    """The environment error a worker met (it crossed the pipe as text), rebuilt here as its own
    class (so its exit code), saying what became of the batch: its URLs not captured are left
    for the next run, not marked failed, so the same command, once the cause is fixed (for the
    sandbox: ``--no-browser-sandbox``), takes them."""
    classes = {cls.__name__: cls for cls in environment_errors()}
    cls = classes.get(outcome.error_kind or "", UsageError)
    return cls(f"{outcome.error}; the batch stopped: {left} of {total} URLs left untried "
               "(the same command takes them once that is fixed)")


def invalid_items(invalid: list[tuple[int, str, str]], source: str) -> list[BatchItem]:
    """The lines :func:`read_urls` set aside as invalid (line, value, why), as report items
    (status ``invalid``): they go in the report file and the summary, never to a worker. Each is
    named as a refused line is, ``SOURCE, line N: why`` (before cap59 without the file)."""
    return [BatchItem(url=value, status=INVALID, error=f"{source}, line {line}: {reason}", error_kind=INVALID)
            for line, value, reason in invalid]


def interrupted_report(store: Path, urls: list[str], seconds: float) -> BatchReport:
    """The report of a batch stopped by a second Ctrl-C, read back from its state file (every
    finished URL's outcome is written there the moment it is known)."""
    state = BatchState(store / "batches" / f"{batch_key(urls)}.jsonl")
    items = [state.items.get(u) or BatchItem(url=u, status=PENDING) for u in urls]
    return BatchReport(items=items, state_path=state.path, interrupted=True, seconds=seconds)


OutcomeFn = Callable[[BatchItem], None]


class BatchRunner:
    """Schedules a batch's captures on an executor, politely, recording each outcome."""

    def __init__(self, store: Path, executor_factory: Callable[[], CaptureExecutor], *,
                 politeness: Politeness | None = None, retry_failed: bool = False,
                 key_dir: Path | None = None, browser: Any = None, browser_in_process: bool = True,
                 text_slice_seconds: float = TEXT_SLICE_SECONDS) -> None:
        self.store = Path(store)
        #: the workers' :data:`TEXT_SLICE_SECONDS`: a text still unsearchable that long past its
        #: due is indexed by this process (:class:`_TextsDue`)
        self.text_slice_seconds = text_slice_seconds
        self.executor_factory = executor_factory
        self.politeness = politeness or Politeness()
        self.retry_failed = retry_failed
        self.key_dir = key_dir
        #: the batch's :class:`~archiver.capture.browser.BrowserOptions` (None: no --browser), and
        #: whether its captures run in this process (threads: the Chromium the check starts is theirs)
        self.browser = browser
        self.browser_in_process = browser_in_process

    def state_for(self, urls: list[str]) -> BatchState:
        return BatchState(state_path(self.store, urls))

    def run(self, urls: list[str], *, on_outcome: OutcomeFn | None = None,
            on_start: Callable[[int, int], None] | None = None,
            on_interrupt: Callable[[int], None] | None = None) -> BatchReport:
        """Capture every URL not already done by an earlier run of the same batch.

        ``on_interrupt(in_flight)`` is called once, at the first Ctrl-C, when the batch stops
        handing out URLs and waits for the ``in_flight`` captures already started. Refuses
        (:class:`BatchRunningError`) while another process runs the same batch."""
        started = time.monotonic()
        with sigterm_as_ctrl_c():
            return self._run(urls, started, on_outcome=on_outcome, on_start=on_start, on_interrupt=on_interrupt)

    def _run(self, urls: list[str], started: float, *, on_outcome: OutcomeFn | None,
             on_start: Callable[[int, int], None] | None,
             on_interrupt: Callable[[int], None] | None) -> BatchReport:
        """:meth:`run`, a SIGTERM being a Ctrl-C (:func:`sigterm_as_ctrl_c`)."""
        from archiver.archive import Archive

        # The store (a file where batches/ belongs: one line) and its log (a missing key: exit 3)
        # are checked before the batch's lock is made in it: a refused batch leaves nothing.
        arc = Archive.open(self.store, key_dir=self.key_dir)
        held: list[int] = []
        try:
            self._refuse_unstartable_browser(arc)
            arc.ensure_writable()  # (before any request; makes a new store, its log and key)
            # The store's lock, which every worker takes for each capture, taken once here: a file
            # system that refuses locks stops the batch in one line before any request, instead of
            # failing every URL (and logging each as a failed capture).
            with store_lock(self.store, exclusive=False):
                pass
            # (no log size yet: a search waits for every lacking text until the earlier run's
            # leftovers are indexed, then tells this run's captures from a stopped batch's by it)
            held.append(hold_batch(state_path(self.store, urls)))
            # Until every text of the batch is indexed: a whole-archive search that finds texts the
            # text index lacks waits for them (bounded) and names this batch, not a stopped process.
            held.append(hold_running_batch(self.store))
            return self._run_held(arc, urls, started, held[0], on_outcome=on_outcome, on_start=on_start,
                                  on_interrupt=on_interrupt)
        finally:
            try:
                arc.close()
            finally:
                for fd in reversed(held):  # (the locks go with the descriptors; the files stay, for the next run)
                    os.close(fd)

    def _refuse_unstartable_browser(self, arc: Any) -> None:
        """With ``--browser``, refuse a Chromium that cannot start at all (exit 2) before the store,
        its log, key or the batch's files are made, as ``archive --browser`` does
        (:meth:`~archiver.archive.Archive.refuse_unstartable`). Before, the workers met it after
        the batch had made them: a refused batch left a new store behind.

        The Chromium started for the check serves the first capture of a batch run in threads;
        workers in processes start their own, so it is closed at once."""
        if self.browser is None:
            return
        arc.refuse_unstartable(self.browser)
        if not self.browser_in_process:
            from archiver.capture.browser import close_idle_browsers

            close_idle_browsers()

    def _run_held(self, arc: Any, urls: list[str], started: float, own: int, *, on_outcome: OutcomeFn | None,
                  on_start: Callable[[int, int], None] | None,
                  on_interrupt: Callable[[int], None] | None) -> BatchReport:
        """:meth:`run`, once this process holds the batch (:func:`hold_batch`: ``own``, its lock),
        with the store ``arc`` open and writable."""
        state = self.state_for(urls)
        try:
            # Open the index and text index here, once, before the workers fork. The index file
            # itself is made at the first write (SqliteIndex lazy: a refused command makes none), so
            # the workers may make it at the same moment: they wait for each other
            # (sqlite_first_pragmas) and refuse lost tables (_refuse_lost_tables).
            _ = arc.index, arc.text_index
            state.start(key=batch_key(urls), total=len(urls), log_size=arc.log.size)
            self._reconcile(arc, state, urls)
            # Texts an earlier run of this batch left unindexed (killed before its workers' slices):
            # indexed before any capture of this run, not at its end, for a search meanwhile tells
            # them from this run's by the log's size as it began (store_lock.batches_began) and
            # says no running batch is indexing them. That size is written once they are: a
            # search in between (the lock saying no size) waits for them and names this batch.
            index_missing_texts(arc, [it.capture_id for it in state.items.values() if it.capture_id])
            write_batch_lock(own, arc.log.size)
            todo = [u for u in urls if self._needs_capture(state.items.get(u))]
            resumed = {u for u in urls if u in state.items and u not in todo}
            if on_start is not None:
                on_start(len(urls), len(todo))
            interrupted, stopped = False, None
            if todo:
                try:
                    interrupted, stopped = self._schedule(todo, state, on_outcome, arc, on_interrupt)
                    if os.environ.get(HOLD_BEFORE_SIGNING_VAR):
                        _hold_until_removed(Path(os.environ[HOLD_BEFORE_SIGNING_VAR]))
                    # one signed head covering every worker's entries (a Ctrl-C or SIGTERM while it
                    # waits for another writer of the log: signed below within the bound)
                    arc.log.checkpoint()
                except BaseException as exc:
                    try:
                        if isinstance(exc, KeyboardInterrupt):  # (a second Ctrl-C; one at the signing)
                            _index_quietly(arc, [it.capture_id for it in state.items.values() if it.capture_id])
                    except KeyboardInterrupt:  # a third: the texts are left for the next run; still signed
                        logger.warning("stopped adding the batch's last texts to the text index; running the "
                                       "same command again adds them")
                    _sign_quietly(arc)  # whatever stopped the batch, what the workers logged is signed
                    raise
            # Texts a worker held for its slice's transaction when it died (a killed batch,
            # now resumed; a crashed worker): indexed here, so a search finds every capture.
            index_missing_texts(arc, [it.capture_id for it in state.items.values() if it.capture_id])
            arc.say_index_behind_log()  # (captures another process logged and never indexed: said, not passed over)
        finally:
            state.close()  # the last grouped fsync (the store is closed by :meth:`run`)
        items = []
        for u in urls:
            it = state.items.get(u) or BatchItem(url=u, status=PENDING)
            items.append(replace(it, resumed=u in resumed))
        left = sum(1 for it in items if self._needs_capture(it))
        return BatchReport(items=items, state_path=state.path, interrupted=interrupted,
                           seconds=time.monotonic() - started,
                           stopped_by=None if stopped is None else environment_error(stopped, left, len(urls)))

    def _needs_capture(self, item: BatchItem | None) -> bool:
        if item is None or item.status == PENDING:
            return True
        if item.status == CAPTURED:
            return False
        return self.retry_failed or item.transient

    def _reconcile(self, arc: Any, state: BatchState, urls: list[str]) -> None:
        """URLs without a recorded outcome whose capture the log already holds (the batch was
        killed after the capture was logged but before the state line was written), and URLs
        whose worker failed unexpectedly, perhaps after logging the capture."""
        assert state.header is not None
        open_urls = {u for u in urls if u not in state.items
                     or (state.items[u].status == FAILED and state.items[u].error_kind == "internal")}
        if not open_urls:
            return
        since = int(state.header.get("log_size") or 0)
        for entry in arc.log.entries("capture"):
            if entry.seq < since:
                continue
            url = entry.data.get("url")
            if url in open_urls:
                status = entry.data.get("http_status")
                state.record(BatchItem(url=url, status=UNAVAILABLE if status in RETRY_STATUSES else CAPTURED,
                                       capture_id=entry.data.get("capture_id"), http_status=status,
                                       attempts=1, log_seq=entry.seq))
                open_urls.discard(url)

    def _schedule(self, urls: list[str], state: BatchState, on_outcome: OutcomeFn | None, arc: Any,
                  on_interrupt: Callable[[int], None] | None = None) -> tuple[bool, TaskOutcome | None]:
        """The dispatch loop; returns whether it was interrupted (Ctrl-C) before finishing, and
        the outcome that stopped it (:data:`STOP`: an environment error), if one did.

        A stop ends the batch as a first Ctrl-C does: no more URLs are handed out, queued ones
        are withdrawn, the captures in flight finish and are recorded (those that meet the same
        error are not: they stay untried, as do all the URLs never handed out), and the workers
        are stopped by the executor's shutdown, cancelling what still waits."""
        pol = self.politeness
        queues: dict[str, deque[CaptureTask]] = {}
        for u in urls:
            queues.setdefault(host_of(u), deque()).append(CaptureTask(u, 1, last=pol.retries == 0))
        ready: deque[str] = deque(queues)        # hosts free to start a request now
        waiting: list[tuple[float, str]] = []    # (monotonic time, host) not before
        inflight: dict[Future[TaskOutcome], tuple[str, CaptureTask]] = {}
        # Each future puts itself here when done: waiting on this queue costs the same however
        # many are in flight (``concurrent.futures.wait`` installed a waiter on every one of
        # them, under their locks, at every round). A Ctrl-C puts None here to wake the loop.
        finished: queue.SimpleQueue[Future[TaskOutcome] | None] = queue.SimpleQueue()
        executor = self.executor_factory()
        # Submitted = running (``jobs``) + queued ahead; a queued task's host counts as in flight.
        limit = executor.jobs + max(0, int(getattr(executor, "queue_ahead", 0)))
        interrupted = False
        stopped: TaskOutcome | None = None
        ctrl_c = CtrlC(finished, getattr(executor, "abandon_start", None), getattr(executor, "stop_waits", None))
        texts = _TextsDue(arc, 2 * self.text_slice_seconds)
        try:
            ctrl_c.install()
            while True:
                try:
                    if ctrl_c.presses and not interrupted:
                        interrupted = _stop_dispatching(inflight, finished, on_interrupt)
                    if not interrupted and stopped is None:
                        now = time.monotonic()
                        while waiting and waiting[0][0] <= now:
                            ready.append(heapq.heappop(waiting)[1])
                        while ready and len(inflight) < limit:
                            host = ready.popleft()
                            task = queues[host].popleft()
                            fut = executor.submit(task)
                            inflight[fut] = (host, task)
                            fut.add_done_callback(finished.put)
                    if not inflight and (interrupted or stopped is not None or not waiting):
                        return interrupted, stopped
                    timeout = state.sync_if_due()  # wake for the next grouped fsync of the state
                    if waiting and not interrupted and stopped is None:
                        timeout = min(timeout or math.inf, max(0.0, waiting[0][0] - time.monotonic()))
                    due = texts.index_due()  # (and wake when the next is due)
                    if due is not None:
                        timeout = min(timeout or math.inf, due)
                    # Even with nothing in flight (every host waiting its delay or a retry's
                    # backoff) the loop waits on ``finished``, never in a sleep: a Ctrl-C's
                    # wake-up must end the wait at once, not after the delay (a sleep resumes
                    # after a signal handler that returns).
                    for fut in _finished(finished, inflight, timeout):
                        host, task = inflight.pop(fut)
                        outcome = self._outcome_of(fut, task)
                        if outcome.status == STOP:  # the URL stays untried; so do those not handed out
                            if stopped is None:
                                stopped = outcome
                                _stop_dispatching(inflight, finished, None)
                            continue
                        now = time.monotonic()
                        if outcome.status == RETRY and (outcome.retry_after or 0) > pol.max_backoff:
                            outcome = self._retry_later(arc, outcome, task)
                        if outcome.status == RETRY:
                            delay = pol.retry_wait(task.attempt, outcome.retry_after)
                            nxt = CaptureTask(task.url, task.attempt + 1, last=task.attempt + 1 > pol.retries)
                            queues[host].appendleft(nxt)
                        else:
                            delay = pol.host_delay
                            item = BatchItem.from_outcome(outcome)
                            state.record(item)
                            if item.capture_id:
                                texts.expect(item.capture_id)
                            if on_outcome is not None:
                                on_outcome(item)
                        if queues[host]:
                            if delay <= 0:
                                ready.append(host)
                            else:
                                heapq.heappush(waiting, (now + delay, host))
                except KeyboardInterrupt:
                    # Raised by a second Ctrl-C (:class:`CtrlC`), or by a callback, or where no
                    # handler of ours could be set (not the main thread): stop now if it is
                    # the second, else stop dispatching as at a first Ctrl-C.
                    if interrupted or ctrl_c.presses > 1:
                        executor.shutdown(cancel=True, now=True)  # not waiting for the captures in flight
                        raise
                    interrupted = _stop_dispatching(inflight, finished, on_interrupt)
        except KeyboardInterrupt:
            # The same, raised outside the handler above: Python runs a signal's handler where
            # it checks for one, the loop's turn (its backward jump) among them, so a second
            # Ctrl-C now and then came there, and the clean-up below waited for the captures in
            # flight (their read timeout; for good with a stopped worker). (Raised in the
            # handler above, by a third Ctrl-C, it stops nothing more: shut down already.)
            if interrupted or ctrl_c.presses > 1:
                executor.shutdown(cancel=True, now=True)
            raise
        finally:
            try:
                executor.shutdown(cancel=interrupted or stopped is not None)
            finally:
                ctrl_c.restore()

    def _retry_later(self, arc: Any, outcome: TaskOutcome, task: CaptureTask) -> TaskOutcome:
        """The server asks for a longer wait than ``max_backoff``: honour it by not retrying in
        this run; logged as ``capture_failed`` (kind ``retry_later``), retried by a re-run."""
        exc = CaptureError(f"{task.url}: {outcome.error}; the server asks to retry in "
                           f"{outcome.retry_after:.0f} s, longer than the {self.politeness.max_backoff:.0f} s "
                           "--max-backoff: run the batch again later", url=task.url, kind="retry_later")
        result = arc.record_failure(task.url, exc)
        return TaskOutcome(task.url, FAILED, http_status=outcome.http_status, error=str(exc),
                           error_kind=exc.kind, log_seq=result.log_seq, attempts=task.attempt)

    @staticmethod
    def _outcome_of(fut: Future[TaskOutcome], task: CaptureTask) -> TaskOutcome:
        try:
            return fut.result()
        except Exception as exc:  # noqa: BLE001 - a crashed worker must not lose the URL
            return TaskOutcome(task.url, FAILED, error=f"worker failed: {type(exc).__name__}: {exc}",
                               error_kind="internal", attempts=task.attempt)


class _TextsDue:
    """The texts of this run's captures, each looked at once ``after`` seconds past its report:
    one its worker still holds for its slice is indexed here (:func:`index_missing_texts`).

    A worker indexes its waiting slice when a capture ends or while it waits for its next URL
    (:meth:`Archive.index_texts_in_slices`), not during a fetch: a worker gone from a capture
    straight into a slow page's fetch held the texts it had captured, unsearchable, for all of it
    (up to the read and total timeouts). The batch process learns of each capture as it is
    reported, and by ``after`` (two slices' time) its worker has indexed it unless it is in such
    a fetch (or a capture as long). Here, in the dispatch loop's thread, on the batch process's
    own connections: no worker is interrupted and no SQLite connection crosses threads. The
    worker's slice indexes the text again later, the same (re-indexing replaces). Costs one
    look-up of the text index per capture (grouped per turn of the loop)."""

    def __init__(self, arc: Any, after: float) -> None:
        self.arc, self.after = arc, after
        self._due: deque[tuple[float, str]] = deque()

    def expect(self, capture_id: str) -> None:
        self._due.append((time.monotonic() + self.after, capture_id))

    def index_due(self) -> float | None:
        """Index the due texts the text index lacks; seconds until the next is due (None: none waits)."""
        now = time.monotonic()
        ids = []
        while self._due and self._due[0][0] <= now:
            ids.append(self._due.popleft()[1])
        if ids:
            try:
                lacking = set(ids) - self.arc.text_index.held(ids)
            except ArchiverError as exc:  # (the text index is derived: the batch's end and reindex add them)
                logger.warning("could not look up the batch's texts in the text index (%s)", exc.diagnostics())
                lacking = set()
            if lacking:
                index_missing_texts(self.arc, [cid for cid in ids if cid in lacking])
        return max(0.0, self._due[0][0] - now) if self._due else None


def index_missing_texts(arc: Any, capture_ids: list[str]) -> int:
    """Add to the full-text index the texts of ``capture_ids`` it lacks; return how many.

    A batch worker indexes texts a slice at a time (:meth:`Archive.index_texts_in_slices`): a worker killed
    before its slice's transaction leaves captures committed (WARC, log, capture index) whose
    texts are not yet searchable. Their texts are read back from the capture index (and the
    extraction records it names). A capture with no extraction, or not in the capture index
    (``reindex`` rebuilds those), or whose extraction record cannot be read (its text stays
    lacking, which a whole-archive search says), is left alone. A failure is logged, not raised: the batch's
    captures are safe either way, and ``reindex`` rebuilds the text index.
    """
    if not capture_ids:
        return 0
    try:
        indexed = arc.text_index.doc_ids()  # one read, not a look-up per capture of the batch
        items = []
        for capture_id in capture_ids:
            if capture_id in indexed:
                continue
            found = arc.index.extraction(capture_id)
            # (a record that cannot be read gives empty texts, ``text_unavailable`` saying why:
            # indexed, they would pass for the capture's searchable text; reindex leaves them out too)
            if found is not None and not (found["article"] or {}).get("text_unavailable"):
                items.append((capture_id, found["article"]))
        if items:
            arc.index_texts(items)
        return len(items)
    except ArchiverError as exc:
        logger.warning("could not add the texts of the batch's last captures to the text index (%s); "
                       "'archiver reindex' rebuilds it", exc)
        return 0


def _finished(finished: queue.SimpleQueue[Future[TaskOutcome] | None],
              inflight: dict[Future[TaskOutcome], tuple[str, CaptureTask]],
              timeout: float | None) -> list[Future[TaskOutcome]]:
    """The in-flight futures done by now, waiting up to ``timeout`` seconds (None: until one
    is) for the first; withdrawn ones (no longer in ``inflight``) and the None a Ctrl-C puts
    there to wake the loop are skipped."""
    try:
        done = [finished.get(timeout=timeout)]
    except queue.Empty:
        return []
    while True:
        try:
            done.append(finished.get_nowait())
        except queue.Empty:
            break
    return [fut for fut in done if fut is not None and fut in inflight]


#: Seconds a batch stopped by an error or a second Ctrl-C waits for another process holding its
#: store's log before it leaves the log's head unsigned (an append or a checkpoint holds it for
#: milliseconds; any process that can open ``log.lock`` can hold it for good).
SIGN_WITHIN = 5.0


def _index_quietly(arc: Any, capture_ids: list[str]) -> None:
    """A batch stopped by a second Ctrl-C: its workers are gone with the texts they held for their
    slices (a search then said "run 'archiver reindex'" of a batch that was merely stopped); the
    batch process indexes them (:func:`index_missing_texts`), waiting :data:`SIGN_WITHIN` at most
    for another writer of the text index. A failure is logged, not raised (resume adds them)."""
    try:
        with arc.text_index.waiting_at_most(SIGN_WITHIN):
            index_missing_texts(arc, capture_ids)
    except Exception as exc:  # noqa: BLE001 - the Ctrl-C that stopped the batch matters more
        logger.warning("could not add the stopped batch's last texts to the text index (%s); "
                       "running the same command again adds them", exc)


def _sign_quietly(arc: Any) -> None:
    """Sign the log's head on the way out of a failed or interrupted batch; a failure to sign
    is logged, not raised, so that the error that stopped the batch is the one reported.

    The wait for the log's lock is bounded (:data:`SIGN_WITHIN`): a second Ctrl-C waited for
    another process holding it, until a third. Left unsigned, the entries are on disk, fsynced
    and recorded in this machine's append journal as each was written; the next command that
    writes to the log signs them with its own. Nothing is signed after this either (the store's
    close would wait again). A Ctrl-C meanwhile (a third, or a fourth after one that stopped the
    indexing before it) leaves the head unsigned, and says so, as the bound does."""
    try:
        arc.log.checkpoint(within=SIGN_WITHIN)
    except LockBusyError as exc:
        logger.warning("the log's checkpoint was not signed (%s); its entries are on disk, and the next "
                       "command that writes to the log signs them", exc)
    except KeyboardInterrupt:
        logger.warning("the log's checkpoint was not signed (Ctrl-C while signing); its entries are on disk, "
                       "and the next command that writes to the log signs them")
    except Exception as exc:  # noqa: BLE001 - the original error matters more
        logger.warning("could not sign the log's head after the batch stopped: %s", exc)
    arc.finish(sign=False)


def _cancel_queued(inflight: dict[Future[TaskOutcome], tuple[str, CaptureTask]]) -> None:
    """Ctrl-C: tasks queued ahead that no worker has started are withdrawn (left pending for a
    re-run); the running ones finish and are recorded."""
    for fut in list(inflight):
        if fut.cancel():
            del inflight[fut]



def _stop_dispatching(inflight: dict[Future[TaskOutcome], tuple[str, CaptureTask]],
                      finished: queue.SimpleQueue[Future[TaskOutcome] | None],
                      on_interrupt: Callable[[int], None] | None) -> bool:
    """The first Ctrl-C: withdraw the queued tasks, make sure every in-flight future already
    done is read again (a KeyboardInterrupt raised while the loop handled a group of them left
    the rest taken from ``finished`` but unrecorded: the loop waited for them for ever), and
    say so. Returns True (interrupted)."""
    _cancel_queued(inflight)
    for fut in inflight:
        if fut.done():
            finished.put(fut)  # read twice at most: the second read finds it no longer in flight
    if on_interrupt is not None:
        on_interrupt(len(inflight))
    return True


def _hold_for_tests(flag: Path) -> None:
    """Tests only (:data:`HOLD_BEFORE_FORK_SERVER_VAR`): say so in the file ``flag``, then wait
    (a signal's handler ends the wait by raising)."""
    flag.write_text(str(os.getpid()), encoding="utf-8")
    end = time.monotonic() + HOLD_FOR_TESTS_SECONDS
    while time.monotonic() < end:
        time.sleep(0.05)


def _hold_until_removed(flag: Path) -> None:
    """Tests only (:data:`HOLD_BEFORE_SIGNING_VAR`): write the file ``flag``, then wait until the
    test removes it (at most :data:`HOLD_FOR_TESTS_SECONDS`)."""
    flag.write_text(str(os.getpid()), encoding="utf-8")
    end = time.monotonic() + HOLD_FOR_TESTS_SECONDS
    while flag.exists() and time.monotonic() < end:
        time.sleep(0.05)


def _sigterm_as_ctrl_c(_signum: int, _frame: Any) -> None:
    """A SIGTERM outside the dispatch loop: a Ctrl-C there (:func:`sigterm_as_ctrl_c`)."""
    raise KeyboardInterrupt


@contextlib.contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """For a whole batch run, a SIGTERM is a Ctrl-C: a KeyboardInterrupt where the main thread is
    (the dispatch loop's :class:`CtrlC` takes it over there, as a press).

    Why the whole run: :class:`CtrlC` holds SIGTERM only while the loop runs, and put the default
    action back as it ended, before the batch signs the log's head and indexes its last texts
    (:meth:`BatchRunner._run_held`); a SIGTERM there (``timeout``, a service manager, a CI job's
    end) killed the batch at once, its head unsigned, its last texts unindexed and its workers'
    processes left to init. Only on the main thread and only over the default action (or the
    browser's stand-in for it, :func:`~archiver.capture.browser_sigterm.die_of_sigterm`; a caller's
    handler is left alone). What it puts back is the default action, or that stand-in once this
    process has launched a browser (:func:`~archiver.capture.browser_sigterm.sigterm_default`): a
    batch with ``--browser`` installed its handler before its first browser started, so the
    browser's was never installed, and the plain default put back let a SIGTERM between the run's
    end and the pool's close at exit (the summary) kill the process and orphan an idle Chromium.

    :func:`run_batch` enters it before it starts the workers' fork server (a run enters it again,
    which changes nothing): a SIGTERM at start-up, before the run's, killed the process at once
    (-15, not 130)."""
    if threading.current_thread() is not threading.main_thread() or not sigterm_is_default(signal.getsignal(signal.SIGTERM)):
        yield
        return
    signal.signal(signal.SIGTERM, _sigterm_as_ctrl_c)
    try:
        yield
    finally:  # (once a browser was launched, a SIGTERM must still take it along: sigterm_default)
        signal.signal(signal.SIGTERM, sigterm_default())


class CtrlC:
    """Ctrl-C during a batch's dispatch loop, as a request the loop acts on between two steps.

    Why: Python turns Ctrl-C into a KeyboardInterrupt raised wherever the main thread happens
    to be. Raised inside the loop's bookkeeping (between a task handed to a worker and its
    future noted as in flight, or among a group of finished futures), it lost outcomes, and
    the loop then waited for ever for futures it had already taken. Here the first Ctrl-C
    only counts and wakes the loop (``wake.put(None)``: a queue.SimpleQueue put is safe
    inside a handler); the second raises KeyboardInterrupt (stop now, as before). ``abandon``
    (the executor's ``abandon_start``, if it has one) is called at the first press too: it raises
    KeyboardInterrupt when the loop waits in a worker process's start, which ends that wait (the
    loop takes it as the first Ctrl-C: it says "stopping" at once, not when the start ends).
    ``stop_waits`` (the executor's, if it has one) is called then too: a capture in flight waiting
    for a new WARC file's lock gives up (the URL is left pending), so the batch stops promptly.

    A SIGTERM is a press too (a service manager, ``timeout``, a CI job's end, ``kill``): it
    ended the batch at once (its default action), the texts its workers held for their slices
    left for a resume or ``reindex`` and the log's head unsigned; it now stops the batch as the
    first Ctrl-C does, and a second signal of either kind as the second does.

    Installed only on the main thread and only over Python's own default handlers: a caller's
    handler, and a Ctrl-C the process was started to ignore (a background job of a script),
    are left alone. :meth:`restore` puts back the handlers :meth:`install` found.
    """

    def __init__(self, wake: queue.SimpleQueue[Any], abandon: Callable[[], None] | None = None,
                 stop_waits: Callable[[], None] | None = None) -> None:
        self.presses = 0
        self._wake = wake
        self._abandon = abandon
        self._stop_waits = stop_waits
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for signum, defaults in ((signal.SIGINT, (signal.default_int_handler,)),
                                 (signal.SIGTERM, (signal.SIG_DFL, die_of_sigterm, _sigterm_as_ctrl_c))):
            if signal.getsignal(signum) in defaults:
                self._previous[signum] = signal.signal(signum, self._pressed)

    def restore(self) -> None:
        if self.presses:  # (this process goes on: its later WARC files wait for their locks again)
            warc_writing.wait_again()
        for signum, previous in self._previous.items():
            if signum == signal.SIGTERM and sigterm_is_default(previous):
                previous = sigterm_default()  # (a browser launched meanwhile: see sigterm_as_ctrl_c)
            signal.signal(signum, previous)
        self._previous = {}

    def _pressed(self, _signum: int, _frame: Any) -> None:
        self.presses += 1
        if self.presses > 1:
            raise KeyboardInterrupt
        self._wake.put(None)
        if self._stop_waits is not None:  # (before abandon, which may raise)
            self._stop_waits()
        if self._abandon is not None:
            self._abandon()


def run_batch(store: Path, urls: Iterable[str], *, jobs: int | None = None, threads: bool = False,
              fetch_options: FetchOptions | None = None, politeness: Politeness | None = None,
              retry_failed: bool = False, key_dir: Path | None = None, archive_slots: int | None = None,
              on_outcome: OutcomeFn | None = None,
              on_start: Callable[[int, int], None] | None = None, browser: Any = None,
              on_interrupt: Callable[[int], None] | None = None) -> BatchReport:
    """Library entry point: capture ``urls`` into ``store`` with a :class:`LocalExecutor`.

    Ctrl-C (on the main thread): the first stops handing out URLs, waits for the captures in
    flight (``on_interrupt(how_many)`` is called then) and returns an interrupted report; the
    second raises KeyboardInterrupt at once (every outcome known so far is in the state file:
    :func:`interrupted_report`), without waiting for the captures in flight: worker processes
    are stopped as a kill stops them, capture threads are left running (see
    :meth:`LocalExecutor.shutdown`)."""
    from archiver.provenance import keys

    with sigterm_as_ctrl_c():  # (from here: its fork server starts now; see sigterm_as_ctrl_c)
        urls = [validate_url(u) for u in urls]
        if not threads and urls:
            prepare_socket_folder()  # (a TMPDIR no fork server can listen in: refused before the store is opened)
            remove_dead_fork_server_folders()  # what killed batches left in the temporary directory
            if not state_path(Path(store), urls).exists():
                if os.environ.get(HOLD_BEFORE_FORK_SERVER_VAR):
                    _hold_for_tests(Path(os.environ[HOLD_BEFORE_FORK_SERVER_VAR]))
                start_fork_server()  # a new batch: its workers will be needed, so warm up meanwhile
        # Resolved here, once: workers must sign with the key this process would use.
        key_dir = Path(key_dir) if key_dir is not None else keys.default_key_dir()
        config = WorkerConfig(Path(store), fetch_options or FetchOptions(), key_dir, browser, sign_at_exit=False,
                              text_slice_seconds=float(os.environ.get(TEXT_SLICE_SECONDS_VAR) or TEXT_SLICE_SECONDS))
        runner = BatchRunner(Path(store), lambda: LocalExecutor(config, jobs=jobs, threads=threads, archive_slots=archive_slots),
                             politeness=politeness, retry_failed=retry_failed, key_dir=key_dir, browser=browser,
                             browser_in_process=threads, text_slice_seconds=config.text_slice_seconds)
        return runner.run(urls, on_outcome=on_outcome, on_start=on_start, on_interrupt=on_interrupt)
