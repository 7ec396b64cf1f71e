"""The batch's worker processes: a pool fed through one pipe per worker, and their fork server.

:class:`ProcessWorkers` is what the batch used ``ProcessPoolExecutor`` for, at a fraction of its
CPU: a task goes down an idle worker's pipe or waits (cancellable); one reader thread takes each
outcome. It also holds the archive slots (how many workers may be past their fetch at once,
:func:`archiver.batch.default_archive_slots`): a worker asks for one over its pipe and gives it
back with the task's outcome, and the parent, which counts them, takes back the slot of a worker that dies
holding it. (A shared semaphore lost that slot for the rest of the batch when a worker was
killed inside it, and a named POSIX semaphore outlives a process killed before it is unlinked.)

What a worker runs is handed in (``init`` and ``run``, module-level functions of
:mod:`archiver.batch`): this module knows processes, pipes and slots, not captures.

Why one file of ~1,060 lines: the pool, its reader thread, the slots and the fork server share one
account of which worker holds what (a task, a slot, a pid) and must end together, whichever way
the batch ends (its end, a second Ctrl-C that stops busy workers as a kill does, a worker's
death); split, each part would reach into the others' state. The bounded waits for and kills of
multiprocessing's helpers (the stop at exit, a start's bound), which know no worker, are
:mod:`archiver.batch_helpers`.
"""

from __future__ import annotations

import atexit
import codecs
import contextlib
import errno
import logging
import multiprocessing
import os
import selectors
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver import batch_helpers
from archiver.batch_helpers import (
    helpers,
    kill_and_wait,
    kill_helpers,
    leave_to_a_reaper,
    pidfd_of,
    stop_helper,
    within,
)
from archiver.core import socket_dirs
from archiver.core.lifetime import kill_when_parent_dies, leave_the_terminal
from archiver.errors import ArchiverError, TempDirTooLongError

if TYPE_CHECKING:
    from archiver.batch import CaptureTask, TaskOutcome

logger = logging.getLogger(__name__)

#: What a worker sends to ask for an archive slot, what it reads back when it has one, and what
#: it sends when it gives the slot back before its outcome (only a task that enters the gate
#: twice does; otherwise the outcome gives it back). An outcome is never a string.
SLOT_WANTED = "slot?"
SLOT_GRANTED = "slot!"
SLOT_FREED = "slot-"


def _die_with_parent() -> None:
    """Linux: a worker is killed when its parent dies, so a killed batch leaves no orphan still
    capturing while the re-run starts (which could then capture twice).

    The parent of a forkserver worker is the fork server, which exits when it reads EOF on its
    "alive" pipe, i.e. once every write end is closed. multiprocessing hands each forked worker a
    copy of that write end (for grandchildren it never makes here), so a worker alone kept the
    fork server alive, which kept the worker alive: a SIGKILLed batch left the fork server and
    every worker running for ever, holding the store's files open. Closing the worker's copy
    breaks the cycle: the batch dies -> the fork server sees EOF and exits -> PDEATHSIG kills
    the worker.
    """
    kill_when_parent_dies()
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive_fd = getattr(server, "_forkserver_alive_fd", None)
    if server is not None and alive_fd is not None:
        with contextlib.suppress(OSError):
            os.close(alive_fd)
        server._forkserver_alive_fd = None


#: What the fork server imports before it forks the first worker: the capture path's modules
#: and, last, :mod:`archiver.batch_preload`, whose import runs :func:`warm_up`.
WORKER_PRELOAD = ["archiver.archive", "archiver.extract", "archiver.batch", "archiver.batch_preload"]
#: A page the warm-up extracts: bundled, with a byline, a notice and links, so that most of
#: extraction's lazily made state (patterns, the notice model, trafilatura's set-up) is made.
_WARM_PAGE = Path(__file__).with_name("samples") / "globalresearch-lendman.html"
_SHORT_PAGE = (b"<!DOCTYPE html><html><head><title>Note</title></head><body><p>Opening hours change "
               b"on Monday.</p></body></html>")


def warm_up() -> None:
    """Do once, in the fork server, what every worker's first capture would do on its own.

    A worker's first capture cost some 160 ms of CPU against 27 ms for the next ones (measured
    with 8 workers): imports made on first use (the provenance log, the text index and the
    quote normaliser it uses, cryptography), patterns compiled on first use, the library
    version tables of the WARC and log entries, trafilatura's own set-up. Workers are forked
    from the fork server, so what it holds in memory they share instead of each making it.
    Nothing is written and nothing depends on this having run: a failure only costs the time.
    """
    try:
        import archiver.provenance.log  # noqa: F401 - imported for its side effect: loaded once
        from archiver.capture.records import software_versions
        from archiver.extract import extract, extractor_versions, traf_prune
        from archiver.store.textindex import searchable

        software_versions()
        # trafilatura's XPaths' selectors, probed once here rather than at each worker's second page
        traf_prune.install()
        extractor_versions()
        pages = [(_WARM_PAGE.read_bytes(), "https://example.org/warm-up")] if _WARM_PAGE.is_file() else []
        # A short page at an address with a port, too: its extraction takes trafilatura's
        # justext fallback (which first reads every language's stoplist) and courlan's
        # public-suffix table; each worker otherwise built both on its first such page (about
        # 1 s of CPU per worker, seen in a profile of batches of short pages).
        pages.append((_SHORT_PAGE, "http://127.0.0.1:8080/warm-up"))
        for body, url in pages:
            article = extract(body, url=url, content_type="text/html; charset=utf-8", http_status=200)
            searchable(article.text, article.page_text)
            article.to_json_bytes()  # canonical JSON's encoder, set up once
        # rfc8785 (which canonical JSON falls back to for floats and non-ASCII keys) sorts keys
        # as UTF-16: that codec is loaded on first use
        codecs.lookup("utf-16-be")
    except Exception as exc:  # noqa: BLE001 - an optimisation must never stop a batch
        logger.debug("worker warm-up failed (each worker sets itself up): %s", exc)


def start_fork_server() -> None:
    """Start the workers' fork server now, without waiting for it.

    Its imports and :func:`warm_up` take about half a second of CPU before the first worker
    can be forked; started here, they run while this process opens the store, reads the
    log for the batch's resume and sets up its state, instead of after (the first capture
    used to wait for both, one after the other). Nothing is forked yet, and a fork server
    already running (an earlier batch of this process) is reused.
    """
    from multiprocessing import forkserver

    _fork_context()
    forkserver.ensure_running()


_STOP_REGISTERED = False


def _stop_helpers_at_exit() -> None:
    """Have :func:`stop_fork_server` run when this process exits (once)."""
    global _STOP_REGISTERED
    if not _STOP_REGISTERED:
        atexit.register(_stop_at_exit)
        _STOP_REGISTERED = True


#: The exit status of a process interrupted (Ctrl-C) as it exits: the shell's 130, as the CLI's.
EXIT_INTERRUPTED = 130


def _stop_at_exit() -> None:
    """:func:`stop_fork_server` at this process's exit; a Ctrl-C there (helpers killed, not waited
    for) ends the process with :data:`EXIT_INTERRUPTED` and one line on stderr.

    Why: the exit status is decided before ``atexit`` runs, and Python reports an exception out of
    a callback as "Exception ignored" with its traceback and keeps that status. So a Ctrl-C while
    the exit waited for the fork server left the exit code 0 (an interrupted run said it had
    succeeded), and a second one while the killed helpers were awaited printed a traceback. The
    process leaves with ``os._exit`` once its helpers are killed and reaped, after
    multiprocessing's finalizers (its temporary folder) and a flush of the streams: the other
    exit handlers are skipped, as a Ctrl-C's default action skips them all."""
    try:
        stop_fork_server()
    except KeyboardInterrupt:
        import sys
        from multiprocessing import util

        finalizers = getattr(util, "_run_finalizers", None)  # (multiprocessing's own at exit: its temporary folder)
        with contextlib.suppress(Exception):
            if finalizers is not None:
                finalizers()
        with contextlib.suppress(Exception):
            sys.stderr.write("interrupted: the batch's helper processes were killed instead of waited for\n")
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(EXIT_INTERRUPTED)


def stop_fork_server() -> None:
    """Stop this process's fork server and multiprocessing's resource tracker, and wait for them.

    Left alone they exit only after this process has, when they read EOF on their pipes: for a
    moment they outlive the command, and as orphans they are reaped by init, so the CPU they
    and the workers they reaped spent is missing from this process's accounting (``time
    archiver batch``, or a test run's CPU). Called at exit, after the worker pool has shut
    down; a fork server started again later (another batch in this process) works as before.

    Each is sent SIGCONT first: a stopped one (SIGSTOP, a debugger) acts on nothing until
    continued, and was SIGKILLed only at the end of :data:`~archiver.batch_helpers.HELPER_STOP_WITHIN` (a batch stopped
    by a second Ctrl-C then exited 6 s late); one that runs ignores it.

    A fork server no worker was ever asked of (a batch refused before its first capture: no
    sandbox, a lock held) is SIGKILLed at once, quietly: it hears the stop only after its
    imports and :func:`warm_up`, about 0.5-1 s of CPU that no worker will use; under load (20
    on 2 cores) that took over :data:`~archiver.batch_helpers.HELPER_STOP_WITHIN` of wall time, and the refused batch
    waited for it and printed a "did not exit" warning beside its one error line.

    A Ctrl-C (or a SIGTERM taken as one) while they are waited for kills those not yet stopped
    and reaps them (:func:`kill_helpers`), with Ctrl-C ignored meanwhile (each wait is bounded),
    then raises KeyboardInterrupt: the caller was interrupted (at exit, :func:`_stop_at_exit`).
    """
    interrupted = False
    try:
        if _fork_server_pid() not in _FORK_SERVERS_USED:
            _kill_fork_server()  # (multiprocessing's own stop below reaps it and removes its socket)
        for helper, pid, alive_fd in helpers():
            with contextlib.suppress(OSError, ChildProcessError, RuntimeError):
                stop_helper(helper, pid, alive_fd)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if interrupted:
            kill_helpers()
        # Their pids are free again (32768 of them on many machines): a later fork server given
        # one of them, never asked for a worker, was waited for as a used one.
        _FORK_SERVERS_USED.clear()
    if interrupted:
        raise KeyboardInterrupt


#: The pids of the fork servers a worker was asked of (:meth:`ProcessWorkers._start_worker_locked`, and
#: whichever one a start's thread reaches: :func:`_ensure_running_unless_given_up`).
_FORK_SERVERS_USED: set[int | None] = set()


#: The fork server's socket, in multiprocessing's temporary folder: ``/pymp-XXXXXXXX/listener-XXXXXXXX``
#: after the temporary directory, in the 108 bytes of a Unix socket's address (Python binds all 108).
_LISTENER_TAIL = len("/pymp-XXXXXXXX/listener-XXXXXXXX")


def prepare_socket_folder() -> None:
    """Have multiprocessing make its temporary folder (made once per process, where the fork
    server's socket goes; removed by multiprocessing at exit) in ``/tmp`` (else ``/dev/shm``)
    when the temporary directory (``TMPDIR``) is too long for that socket's address: the fork
    server's ``bind`` failed there (``AF_UNIX path too long``, a traceback) with a ``TMPDIR``
    over 76 bytes, as a CI runner's nested workspace can be. A ``TMPDIR`` that fits is used as
    before.

    ``tempfile.tempdir`` (tempfile's documented default folder) names the short parent only
    while multiprocessing makes its folder: a file another thread makes in that instant goes
    there too, which is a temporary directory all the same. Python 3.11's multiprocessing offers
    no cleaner way: ``util.get_temp_dir()`` takes no folder and reads only tempfile's default,
    and the folder it keeps is in a private attribute (``current_process()._config``) with a
    private clean-up. (CPython 3.14 falls back to ``/tmp`` itself, gh-132124.)

    Raises:
        TempDirTooLongError: no short parent takes a folder either (read-only, full): the fork
            server could not start, and the user is told what to set instead of its traceback.
    """
    import tempfile
    from multiprocessing import util

    base = tempfile.gettempdir()
    if socket_dirs.fits(base, _LISTENER_TAIL, socket_dirs.SUN_PATH_BYTES):
        return
    saved = tempfile.tempdir
    error: OSError = FileNotFoundError("no folder to make it in")
    try:
        for parent in socket_dirs.SHORT_PARENTS:
            tempfile.tempdir = parent
            try:
                util.get_temp_dir()  # (made now, in the parent; kept for the rest of the process)
                return
            except OSError as exc:
                error = exc
    finally:
        tempfile.tempdir = saved
    raise TempDirTooLongError(socket_dirs.too_long_message(
        base, who="the batch's worker processes", socket="their fork server's socket",
        limit=socket_dirs.SUN_PATH_BYTES, tail=_LISTENER_TAIL, parents=socket_dirs.SHORT_PARENTS,
        exc=error, variable=_temp_variable(base))) from error


def _temp_variable(folder: str) -> str:
    """The environment variable tempfile took ``folder`` from (it reads ``TMPDIR``, ``TEMP``
    and ``TMP``, in that order); ``TMPDIR`` when none names it (the one to set all the same)."""
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value and os.path.abspath(value) == folder:
            return name
    return "TMPDIR"


def _fork_context() -> Any:
    """The context workers are forked in: from a clean, single-threaded fork server that has
    imported the heavy modules once (fast start, no inherited SQLite handles or locks)."""
    prepare_socket_folder()
    mark_fork_server_folder()
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(WORKER_PRELOAD)
    forkserver._forkserver.ensure_running = _ensure_running_unless_given_up  # type: ignore[method-assign]
    _stop_helpers_at_exit()
    return ctx




#: The file in this process's ``pymp-XXXXXXXX`` folder (multiprocessing's, holding the fork
#: server's socket) that names its owner: "PID START WHERE", START the process's start time in
#: clock ticks after boot (``/proc/PID/stat``), so that a pid used again never passes for the
#: owner, and WHERE the boot and PID namespace a pid means one process in (a batch in another
#: container sharing the temporary directory has pids this one cannot see).
OWNER_FILE = "archiver-owner"


def _start_ticks(pid: int) -> int | None:
    """When ``pid`` started (clock ticks after boot); None: no such process (or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return int(fh.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def mark_fork_server_folder() -> None:
    """Name this process as the owner of its multiprocessing folder (made now if not yet).

    A batch killed by SIGTERM or SIGKILL never runs multiprocessing's clean-up, so its folder
    stayed in the temporary directory for good, one per kill (review 15 L); the next batch
    removes it (:func:`remove_dead_fork_server_folders`) by this mark, never by its name alone."""
    from multiprocessing import util

    folder = Path(util.get_temp_dir())
    mark = folder / OWNER_FILE
    from archiver.core.own_temp import namespace

    start, where = _start_ticks(os.getpid()), namespace()
    if start is None or where is None or mark.exists():
        return
    with contextlib.suppress(OSError):
        mark.write_text(f"{os.getpid()} {start} {where}\n", encoding="ascii")


def remove_dead_fork_server_folders() -> list[Path]:
    """Remove the ``pymp-*`` folders of the temporary directory whose owner is provably gone:
    a folder (not a link) of this user, marked by :func:`mark_fork_server_folder`, whose owner
    pid runs no more or runs a process started at another time. A folder without the mark
    (another program's, or one left before marks were made) is never touched; neither is one
    whose owner lives. Returns the folders removed."""
    import shutil
    import tempfile

    from archiver.core.own_temp import namespace

    here = namespace()
    if here is None:
        return []
    removed = []
    base = Path(tempfile.gettempdir())
    try:
        entries = [e for e in os.scandir(base) if e.name.startswith("pymp-")]
    except OSError:
        return []
    for entry in entries:
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
            pid_text, start_text, where = (Path(entry.path) / OWNER_FILE).read_text(encoding="ascii").split()
            pid, start = int(pid_text), int(start_text)
        except (OSError, ValueError):
            continue  # (an older mark, without its namespace: never taken for dead)
        if where != here:
            continue  # a pid of another boot or PID namespace: nothing here can tell it is gone
        if pid == os.getpid() or _start_ticks(pid) == start:
            continue  # its owner lives
        shutil.rmtree(entry.path, ignore_errors=True)  # follows no link
        removed.append(Path(entry.path))
    if removed:
        logger.debug("removed %d folder(s) of killed batches' fork servers", len(removed))
    return removed


class SlotGate:
    """A worker's side of the archive slots: ``with gate:`` asks the parent for one over the
    worker's pipe, waits for it, and gives it back at the end (see :class:`ProcessWorkers`).

    The slot is given back by the task's outcome, which the worker sends a few microseconds
    after leaving the gate and which frees the slot in the parent (:meth:`ProcessWorkers._take`),
    not by a message of its own: one pickled message, one write and one wake-up of the
    parent's reader thread fewer per capture. A task that enters the gate again first sends
    the release it still owes (:data:`SLOT_FREED`), so the parent never counts one worker
    holding two slots; :meth:`outcome_sent` says the outcome settled it.
    """

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._owed = False  # left the gate; the release travels with the outcome

    def __enter__(self) -> None:
        if self._owed:
            self._conn.send(SLOT_FREED)
            self._owed = False
        self._conn.send(SLOT_WANTED)
        reply = self._conn.recv()
        if reply != SLOT_GRANTED:
            raise RuntimeError(f"expected an archive slot from the batch, got {reply!r}")

    def __exit__(self, *exc: object) -> None:
        self._owed = True

    def outcome_sent(self) -> None:
        """The task's outcome went to the parent, which freed the slot on reading it."""
        self._owed = False


def _pipe_worker_main(conn: Any, init: Callable[[Any, SlotGate], None], run: Callable[[Any], Any],
                      init_arg: Any, idle: Callable[[], float | None] | None = None) -> None:
    """A worker process of :class:`ProcessWorkers`: set up (``init``: open the store), then run
    each task the pipe brings and send back its outcome, until told to stop (None) or the pipe
    closes. ``idle()``, called while no task is waiting, does what is due (a batch worker: index
    the texts waiting for their slice once the oldest is old enough) and says in how many
    seconds it is due again (None: nothing is); no task comes sooner than that, it is called again.

    Ctrl-C is the parent's business (it stops dispatching and lets in-flight captures finish): a
    worker ignores it and leaves the terminal's session, so a terminal's Ctrl-C reaches neither
    it nor what it starts (Chromium's driver included); it dies with the batch all the same."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    leave_the_terminal()
    _die_with_parent()
    gate = SlotGate(conn)
    init(init_arg, gate)
    while True:
        try:
            due = idle() if idle is not None else None
            if due is not None and not conn.poll(due):
                continue
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcome = run(task)
        try:
            conn.send(outcome)
        except OSError:  # the batch is gone (SIGKILLed): nobody to tell, nothing to print
            return
        gate.outcome_sent()


#: Seconds a worker stopped at once (:meth:`ProcessWorkers.shutdown` with ``now``) has to end its
#: browser's processes before it is SIGKILLed: the browser's own bound for that is 15 s.
STOP_GRACE = 20.0
#: Seconds the fork server's report of a worker's end is awaited once the worker is seen ended.
REPORT_WITHIN = 1.0
#: Seconds the workers have to exit once told to after their tasks (a batch's end, or its first
#: Ctrl-C once the captures in flight are done): each indexes the texts waiting for their slice
#: and closes its store, in well under a second; one still running then (stopped, hung) is
#: SIGKILLed, which the store survives (the batch indexes the texts it left).
EXIT_WITHIN = 60.0
#: Seconds the fork server has to report a new worker's pid (it forks at once; the first start
#: of a batch also waits for its imports and warm-up, :data:`WORKER_PRELOAD`), after which it
#: is SIGKILLed (its workers die with it) and the task the worker was started for fails.
WORKER_START_WITHIN = 60.0
#: errno values of a start that failed for a limit of this machine, not for its fork server: they
#: stop the batch with the one line naming the limit (core/resources), as before a start was bounded.
_LIMITS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.EAGAIN})
#: Tests only: a file to write once a worker's start is under way, after stopping (SIGSTOP) its fork
#: server, so that the start waits as one whose fork server is stopped or hung does.
STUCK_START_VAR = "ARCHIVER_TEST_STUCK_WORKER_START"
#: Tests only, with :data:`STUCK_START_VAR`: which of the batch's worker starts (1, 2, ...) that
#: happens at; the first when unset.
STUCK_START_AT_VAR = "ARCHIVER_TEST_STUCK_WORKER_START_AT"


class WorkerDied(ArchiverError):
    """A batch worker process ended while it held a task (killed, or crashed)."""


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Any
    current: Future[TaskOutcome] | None = None
    alive: bool = True
    slot: bool = False  # holds an archive slot
    #: A pidfd of the process (Linux), readable once it has ended: its end seen without the fork
    #: server, which reports it otherwise and may not answer (stopped). None: none to be had.
    pidfd: int | None = None

    def ended_within(self, timeout: float, report_within: float) -> bool:
        """Whether the process has ended (waiting up to ``timeout`` seconds): reported by its
        fork server (its exit code is then known), or seen through its pidfd, after which the
        fork server's report is awaited ``report_within`` seconds more (it comes at once from
        a fork server that runs; one stopped never sends it)."""
        from multiprocessing.connection import wait as connection_wait

        watched = [self.process.sentinel] + ([self.pidfd] if self.pidfd is not None else [])
        ready = connection_wait(watched, timeout)
        if ready:
            self.process.join(0 if self.process.sentinel in ready else report_within)
        return bool(ready) or self.process.exitcode is not None


class ProcessWorkers:
    """``jobs`` worker processes, each fed through a pipe of its own: what the batch used
    ``ProcessPoolExecutor`` for, at a fraction of its CPU.

    Workers start as tasks arrive, up to ``jobs`` (a batch of three URLs starts three).

    Why: the pool's two helper threads (one moving work items, one pickling them onto a queue
    every worker reads under one shared lock) cost about 0.4 ms of CPU per capture in the
    batch's main process, measured with 8 workers. Here a task goes straight down an idle
    worker's pipe from the thread that submits it, or waits here (cancellable: Ctrl-C withdraws
    it) until a worker is idle; one reader thread takes each outcome and hands that worker the
    next waiting task at once. A worker that dies (killed, crashed) fails the future of the
    task it held (the runner records an internal failure, which a re-run checks against the
    log) and takes no more; when none is left, every waiting task fails.

    The ``slots`` archive slots are counted here, in the parent (:class:`SlotGate` is a
    worker's side): a worker that dies holding one, or waiting for one, gives it back with its
    death, so the batch keeps archiving ``slots`` captures at once to its end.

    ``init(init_arg, gate)`` runs first in each worker (``init_arg`` is pickled to it), then
    ``run(task)`` for each task, and ``idle()`` while it waits for one (:func:`_pipe_worker_main`);
    all must be module-level functions (pickled by name).
    """

    def __init__(self, ctx: Any, jobs: int, *, slots: int, init: Callable[[Any, SlotGate], None],
                 run: Callable[[Any], Any], init_arg: Any, idle: Callable[[], float | None] | None = None) -> None:
        self._ctx, self._jobs = ctx, jobs
        self._worker_args = (init, run, init_arg, idle)
        self._free_slots = slots
        self._slot_waiters: deque[_Worker] = deque()
        self._lock = threading.Lock()
        self._pending: deque[tuple[Future[TaskOutcome], CaptureTask]] = deque()
        self._workers: list[_Worker] = []
        self._idle: list[_Worker] = []
        self._closing = False
        self._closed = False
        self._selector = selectors.DefaultSelector()
        self._reader: threading.Thread | None = None
        #: the thread waiting in a worker's start (:meth:`abandon_start`), else None
        self._starting: int | None = None
        self._starts = 0  # worker starts begun (:data:`STUCK_START_AT_VAR`)
        #: a start ended by a first Ctrl-C while other workers captured: its fork server still holds the request
        self._start_abandoned = False

    def submit(self, task: CaptureTask) -> Future[TaskOutcome]:
        fut: Future[TaskOutcome] = Future()
        with self._lock:
            if self._closing:
                raise RuntimeError("cannot submit a task after the workers were shut down")
            if not self._idle and len(self._workers) < self._jobs:
                try:
                    self._start_worker_locked()  # started as tasks come: a batch of 3 URLs starts 3
                except WorkerDied as exc:  # (the next start has a new fork server)
                    fut.set_exception(exc)
                    return fut
            if not any(w.alive for w in self._workers):
                fut.set_exception(WorkerDied("every batch worker process has died"))
                return fut
            self._pending.append((fut, task))
            self._dispatch_locked()
        return fut

    def _start_worker_locked(self) -> None:
        """Start one more worker (idle), and the reader thread if none runs.

        The fork server has :data:`WORKER_START_WITHIN` seconds to report the new process; one
        that does not (stopped, hung) is killed, with the workers it forked.

        Raises:
            WorkerDied: the worker could not be started (its fork server killed or gone).
        """
        from multiprocessing import forkserver

        mine, theirs = self._ctx.Pipe()
        process = self._ctx.Process(target=_pipe_worker_main, args=(theirs, *self._worker_args),
                                    name="archiver-worker")
        over, server = threading.Event(), None  # (over: the start returned, or was given up)
        end = _PipeEnd(theirs)  # (closed by the start's thread once it has taken it: _start_until)
        try:
            forkserver.ensure_running()  # (one that died is started again: its pid is the one watched)
            server = _fork_server_pid()
            _FORK_SERVERS_USED.add(server)
            within(lambda: self._start_abandonable(process, over, end), server,
                    WORKER_START_WITHIN, "the batch's fork server (pid %s) did not start a worker "
                    "within %g s; killing it (its workers end with it)",
                    still="the batch's fork server (pid %s) is still working %.1f s into a worker's start "
                    "(%.2f s of CPU); waiting for it %g s at most",
                    left_running=lambda: _forget_fork_server(server, over, end))
        except _StartLeft:
            end.drop()  # (before anything is killed: a start given up starts no fork server, _PipeEnd.unless_dropped)
            mine.close()
            raise WorkerDied(f"could not start a batch worker process: its fork server (pid {server}) was killed "
                             "but has not ended; not waited for (the next start has a new one)") from None
        except KeyboardInterrupt:  # a first Ctrl-C during the start (abandon_start)
            end.drop()
            mine.close()
            if not any(w.alive for w in self._workers):  # no capture to lose: its fork server ends now
                _kill_fork_server()
            else:  # left to the captures in flight; killed once they are done (shutdown)
                self._start_abandoned = True
            raise
        except (OSError, EOFError) as exc:
            mine.close()
            if isinstance(exc, OSError) and exc.errno in _LIMITS:
                raise  # this machine's limit (open files, processes, memory): the batch's one error line
            why = ("ended without starting it" if isinstance(exc, EOFError)
                   else f"could not be reached ({exc.strerror or exc})")
            raise WorkerDied(f"could not start a batch worker process: its fork server {why}") from exc
        finally:
            end.drop()
        worker = _Worker(process, mine, pidfd=pidfd_of(process.pid))
        self._workers.append(worker)
        self._idle.append(worker)
        self._selector.register(mine, selectors.EVENT_READ, worker)
        if self._reader is None:
            self._reader = threading.Thread(target=self._read, name="batch-outcomes", daemon=True)
            self._reader.start()

    def _start_abandonable(self, process: Any, over: threading.Event, end: _PipeEnd) -> None:
        """``process.start()`` (:func:`_start_until` ``over``, ``end``), which :meth:`abandon_start` may
        end from this thread's Ctrl-C handler."""
        self._starting = threading.get_ident()
        self._starts += 1
        try:
            if os.environ.get(STUCK_START_VAR) and self._starts == int(os.environ.get(STUCK_START_AT_VAR) or 1):
                _stick_for_tests(os.environ[STUCK_START_VAR])
            _start_until(process, over, end)
        finally:
            self._starting = None

    def abandon_start(self) -> None:
        """Called by the batch's Ctrl-C handler (:class:`archiver.batch.CtrlC`, its first press): when
        the thread it runs in waits in a worker's start, raise KeyboardInterrupt there, ending the wait.

        Why: a start waits for the fork server to report the new process, up to
        :data:`WORKER_START_WITHIN` (60 s) when that server is stopped or hung, and the batch's
        dispatch loop, which says "stopping" and stops handing out URLs, waited with it. Now the
        start ends at once and the task it was for is left untried (pending, for a re-run); with
        no other worker alive, its fork server is killed (nothing of it is wanted: the kill the
        bound makes, made now), else it is left to the captures in flight, which finish as at any
        first Ctrl-C. A worker the fork server forks afterwards finds its pipe closed and exits."""
        if self._starting is not None and self._starting == threading.get_ident():
            raise KeyboardInterrupt

    def signal_archiving(self, signum: int) -> None:
        """Send ``signum`` to each worker holding an archive slot: past its fetch, so set up (its
        ``init`` has put its handler in place; a worker still starting would die of SIGUSR1). Called
        from a signal handler: takes no lock (the handler runs in the main thread, which may hold it;
        a copy of the list, which the GIL makes whole; a worker's pidfd, where it has one, makes sure no
        other process that reused a pid gets it, and :meth:`shutdown` sets it None before closing it);
        a worker that has just ended is passed over.

        Why a worker not yet set up is never sent it (review rvsec58): ``slot`` is set only by
        :meth:`_grant_locked`, on the worker's own ``SLOT_WANTED``, which :class:`SlotGate` sends from
        a task, and a worker runs tasks only once its ``init`` has returned (:func:`_pipe_worker_main`).
        tests/test_rvsec58_batch_signals_lock_wait.py holds a worker in its ``init`` while this runs.
        Without a pidfd (Linux before 5.3) a worker that has just died, its pid reaped by the fork
        server and taken by a new process, could still be signalled by its pid: not guarded."""
        for worker in list(self._workers):
            if not (worker.slot and worker.alive):
                continue
            try:
                if worker.pidfd is not None:
                    signal.pidfd_send_signal(worker.pidfd, signum)
                else:
                    os.kill(worker.process.pid, signum)
            except OSError:
                continue

    def _dispatch_locked(self) -> None:
        """Hand waiting tasks to idle workers (under the lock)."""
        while self._idle and self._pending:
            fut, task = self._pending.popleft()
            if not fut.set_running_or_notify_cancel():
                continue  # withdrawn (Ctrl-C) while it waited
            worker = self._idle.pop()
            worker.current = fut
            try:
                worker.conn.send(task)
            except (OSError, ValueError):  # its pipe is gone: the worker died while idle
                self._lost_locked(worker)

    def _lost_locked(self, worker: _Worker) -> None:
        """``worker`` ended: fail its task; with no worker left, fail every waiting task.

        No worker is started here (under the lock, often in the reader thread): a task waits
        only once all ``jobs`` workers have been started (:meth:`submit` starts one for a task
        that finds none idle, or fails it), so a worker left to start never has tasks waiting."""
        worker.alive = False
        if worker in self._idle:
            self._idle.remove(worker)
        if worker in self._slot_waiters:
            self._slot_waiters.remove(worker)
        if worker.slot:  # died inside its slot: the slot goes on to the next worker
            worker.slot = False
            self._free_slot_locked()
        fut, worker.current = worker.current, None
        if fut is not None:
            fut.set_exception(WorkerDied(f"the worker process {worker.process.pid} ended while capturing"))
        if not any(w.alive for w in self._workers):
            while self._pending:
                waiting, _ = self._pending.popleft()
                if waiting.set_running_or_notify_cancel():
                    waiting.set_exception(WorkerDied("every batch worker process has died"))

    def _read(self) -> None:
        """The reader thread: each outcome to its future, and the worker its next task.

        One selector for the pipes, each registered once as its worker starts
        (``multiprocessing.connection.wait`` builds and fills a new one at every call); a
        pipe at its end (the worker exited or died) is dropped from it, and the thread ends
        with the last one (a worker started later starts another).
        """
        while True:
            with self._lock:
                if not self._selector.get_map():
                    self._reader = None
                    return
            for key, _ in self._selector.select():
                self._take(key.data, self._selector)

    def _take(self, worker: _Worker, selector: Any) -> None:
        """Read what ``worker`` sent: an outcome, or the end of its pipe."""
        try:
            outcome = worker.conn.recv()
        except Exception as exc:  # noqa: BLE001 - the end of its pipe, or bytes that are no outcome
            selector.unregister(worker.conn)
            if not isinstance(exc, EOFError | OSError):
                logger.error("batch worker %s sent something unreadable (%s); stopping it", worker.process.pid, exc)
                worker.process.kill()
            with self._lock:
                self._lost_locked(worker)
            return
        if isinstance(outcome, str):  # SLOT_WANTED or SLOT_FREED
            with self._lock:
                self._slot_message_locked(worker, outcome)
            return
        with self._lock:
            if worker.slot:  # the outcome gives the slot back (SlotGate sends no release of its own)
                worker.slot = False
                self._free_slot_locked()
            fut, worker.current = worker.current, None
            self._idle.append(worker)
            self._dispatch_locked()
        if fut is not None:
            fut.set_result(outcome)

    def _slot_message_locked(self, worker: _Worker, message: str) -> None:
        """A worker asks for an archive slot (granted now if one is free, else queued) or gives
        its slot back (to the first worker waiting for one)."""
        if message == SLOT_WANTED:
            if self._free_slots > 0:
                self._free_slots -= 1
                self._grant_locked(worker)
            else:
                self._slot_waiters.append(worker)
        elif message == SLOT_FREED and worker.slot:
            worker.slot = False
            self._free_slot_locked()
        else:
            logger.error("batch worker %s sent %r out of turn; ignored", worker.process.pid, message)

    def _grant_locked(self, worker: _Worker) -> None:
        """Give ``worker`` a slot. If its pipe is gone it died: the end of its pipe, read next,
        frees the slot (:meth:`_lost_locked`)."""
        worker.slot = True
        with contextlib.suppress(OSError, ValueError):
            worker.conn.send(SLOT_GRANTED)

    def _free_slot_locked(self) -> None:
        """A slot is free: to the first live worker waiting for one, else back to the count."""
        while self._slot_waiters:
            waiter = self._slot_waiters.popleft()
            if waiter.alive:
                self._grant_locked(waiter)
                return
        self._free_slots += 1

    def shutdown(self, *, cancel: bool = False, now: bool = False) -> None:
        """Stop the workers once their running tasks are done (and, without ``cancel``, the
        waiting ones too); they close their stores as they exit. Safe to call twice.

        ``now`` (a batch's second Ctrl-C): waiting tasks are withdrawn and every worker holding
        a task is stopped at once, as a kill stops it (the store survives a worker killed in
        the middle of a capture: a torn WARC tail or log append is recovered, and a capture
        exists only once the log has its entry, which a re-run finds). SIGTERM first: a worker
        that has launched Chromium then kills and reaps its browser's processes before it dies
        (:func:`archiver.capture.browser_sigterm.die_of_sigterm`); one without dies of it at once.
        Whatever still runs :data:`STOP_GRACE` seconds later is SIGKILLed. Idle workers exit
        as at any shutdown. Every worker is sent SIGCONT too (:func:`_continue`: a stopped one
        acts on nothing else), and nothing after the grace waits more than
        :data:`~archiver.batch_helpers.KILLED_WITHIN` seconds: the end of a killed worker is reported by the fork
        server, which may not answer (stopped), so a second Ctrl-C always returns.

        Without ``now`` (the batch's end, or its first Ctrl-C once the captures in flight are
        done) the workers, told to stop, have :data:`EXIT_WITHIN` seconds to exit, each seen
        ended through its pidfd too, before what still runs is SIGKILLed: the wait was for the fork
        server's report of each worker's end, so a fork server stopped or hung while workers
        were busy (a start left to the captures in flight by :meth:`abandon_start`) held the
        batch after its first Ctrl-C until a second one. A report that has not come is said
        in one line and no other is waited for."""
        with self._lock:
            if self._closed:
                return
            self._closing = True
            if cancel or now:
                for fut, _ in self._pending:
                    fut.cancel()
                self._pending.clear()
            left = [f for f, _ in self._pending] + [w.current for w in self._workers if w.current is not None]
        if not now:
            wait(left)
        with self._lock:
            self._closed = True
            for worker in self._workers:
                if now and worker.current is not None and worker.alive:
                    with contextlib.suppress(OSError):
                        worker.process.terminate()
                else:
                    with contextlib.suppress(OSError, ValueError):
                        worker.conn.send(None)  # read once its task is done; it then exits
                if now:
                    _continue(worker.process)
        within = STOP_GRACE if now else EXIT_WITHIN
        deadline = time.monotonic() + within  # one bound for them all, not one each in turn
        killed = []
        # A worker's end is reported by the fork server, which may not answer (stopped, hung):
        # it is seen through the worker's pidfd too, and once one report has not come, no other
        # is waited for. Killed, a worker runs no more code.
        report_within = REPORT_WITHIN
        for worker in self._workers:
            if not worker.ended_within(max(0.0, deadline - time.monotonic()), report_within):
                logger.warning("batch worker %s did not %s within %g s of the stop; killing it",
                               worker.process.pid, "stop" if now else "exit", within)
                worker.process.kill()
                killed.append(worker)
            elif worker.process.exitcode is None and report_within:
                report_within = 0.0
                _no_report(worker)
        deadline = time.monotonic() + batch_helpers.KILLED_WITHIN
        for worker in killed:
            if not worker.ended_within(max(0.0, deadline - time.monotonic()), report_within):
                logger.warning("batch worker %s was killed but its end was not seen within %g s",
                               worker.process.pid, batch_helpers.KILLED_WITHIN)
            elif worker.process.exitcode is None and report_within:
                report_within = 0.0
                _no_report(worker)
        if self._start_abandoned:
            # Every worker has ended: the fork server of a start a first Ctrl-C ended is killed now, as
            # it would have been with no capture in flight. Continued at exit, it forked the worker that
            # start asked for, which outlived the batch (its pipe closed, killed as the server exited).
            _kill_fork_server()
        for worker in self._workers:
            # (None first, then closed: signal_archiving, run between two of these lines by a Ctrl-C's
            # handler, never sends to a number closed here, which the next descriptor opened may take)
            pidfd, worker.pidfd = worker.pidfd, None
            if pidfd is not None:
                os.close(pidfd)
        reader = self._reader
        if reader is not None:
            reader.join(batch_helpers.KILLED_WITHIN)  # (it ends with the last pipe: every worker has ended by now)
            if reader.is_alive():  # (its pipes are left for this process's exit to close)
                logger.warning("the batch's outcome reader did not end within %g s of the stop", batch_helpers.KILLED_WITHIN)
                return
        for worker in self._workers:
            worker.conn.close()
        self._selector.close()


class _StartLeft(WorkerDied):  # noqa: N818 - a state, not an error: WorkerDied is raised for it
    """A worker's start given up (:func:`_start_until`): its fork server was killed and has not ended
    (a WorkerDied, as every exception of ours is an ArchiverError; caught where the start is waited
    for and turned into the WorkerDied that names the server)."""


class _PipeEnd:
    """The worker's end of its pipe during a start, closed once by whichever thread is the last to need
    it: the start's own thread, once it has taken it (:meth:`take`), as the start ends however it ends;
    else the waiting thread, as it gives it up (:meth:`drop`).

    Why: the start pickles it and sends it to the fork server by its descriptor's number. Closed by
    the waiting thread as a Ctrl-C or the bound ended its wait (batchleft51), while the start's thread
    went on, that number could by then name another file of the batch (the next one opened takes the
    lowest free number), which the forked worker would take for its pipe and write its outcomes into."""

    def __init__(self, end: Any) -> None:
        self._end, self._lock = end, threading.Lock()
        self._taken = self._dropped = False

    def take(self) -> bool:
        """The start's thread, before the start: whether it is its own now (False: given up already)."""
        with self._lock:
            self._taken = not self._dropped
            return self._taken

    def close(self) -> None:
        """The start's thread, once the start is over (after :meth:`take` said it was its own)."""
        self._end.close()

    def drop(self) -> None:
        """The waiting thread is done with it: closed now unless the start's thread has taken it (once)."""
        with self._lock:
            if self._dropped:
                return
            self._dropped = True
            if self._taken:
                return
        self._end.close()

    def unless_dropped(self, ensure_running: Callable[[], None]) -> None:
        """The start's thread, as ``process.start()`` makes sure a fork server runs: ``ensure_running``
        unless the start was given up (:meth:`drop`); the two exclude each other.

        Why (reap60): given up and its fork server killed (a SIGTERM, a Ctrl-C or the bound while that
        thread had not yet reached the server), the start went on; multiprocessing's ``ensure_running``
        then reaped the killed server, started a new one and had it fork the worker, and that server,
        killed at exit as never asked for a worker, orphaned it (a zombie below a subreaper, "exited,
        left unreaped", once in a ``make test`` run). The waiting thread drops before it kills."""
        with self._lock:
            if self._dropped:
                raise EOFError("the worker's start was given up")
            ensure_running()


#: The start's own :class:`_PipeEnd` in a start's thread (:func:`_start_until`), read by
#: :func:`_ensure_running_unless_given_up`; other threads have none.
_START = threading.local()


def _ensure_running_unless_given_up() -> None:
    """multiprocessing's fork server's ``ensure_running``, as ``connect_to_new_process`` calls it
    (it is looked up on the instance): in a start's thread, only while that start is not given up."""
    from multiprocessing import forkserver

    server = forkserver._forkserver
    end = getattr(_START, "end", None)
    ensure = type(server).ensure_running.__get__(server)
    if end is None:
        ensure()
    else:
        end.unless_dropped(ensure)
        # (the server the start asks, whichever it is: one started here is stopped at exit as used,
        # never killed with the worker it forked, stop_fork_server)
        _FORK_SERVERS_USED.add(getattr(server, "_forkserver_pid", None))


def _start_until(process: Any, over: threading.Event, end: _PipeEnd) -> None:
    """``process.start()`` in a thread of its own, awaited here until it returns or ``over`` is set
    by the start's bound (:func:`_forget_fork_server`: its fork server was killed and has not ended).
    That thread takes the worker's end of its pipe, ``end``, and closes it as the start ends, however
    it ends (:class:`_PipeEnd`); one given up before it began does not start the process at all.

    Why a thread: the start reads the new worker's pid from a pipe its fork server holds, and a
    server in uninterruptible sleep (state D: a hung disk or network file system) holds it, killed
    or not, until the kernel lets it go; the bound killed it and the start still waited without
    limit. No thread can end another's read; a wait for an event ends when it is set. A Ctrl-C of
    this thread (:meth:`ProcessWorkers.abandon_start`) ends the wait as it ended the read. Where no
    thread can start, the start runs here, as before.

    Raises:
        _StartLeft: given up; the start goes on in its thread, which ends with the server (a worker
            forked then finds its pipe closed and exits).
        What ``process.start()`` raised.
    """
    raised: list[BaseException] = []
    returned = threading.Event()

    def start() -> None:
        _START.end = end  # (this thread's: its fork server is started only while the start stands)
        try:
            if end.take():
                try:
                    process.start()
                finally:
                    end.close()
        except BaseException as exc:  # noqa: BLE001 - raised again in the waiting thread
            raised.append(exc)
        finally:
            returned.set()
            over.set()

    try:
        threading.Thread(target=start, name="worker-start", daemon=True).start()
    except RuntimeError:  # (no thread can start now: as before)
        process.start()
        return
    over.wait()
    if not returned.is_set():
        raise _StartLeft
    if raised:
        raise raised[0]


def _forget_fork_server(pid: int | None, over: threading.Event, end: _PipeEnd) -> None:
    """The fork server ``pid`` was killed during a worker's start and has not ended (said on stderr by
    :func:`~archiver.batch_helpers.within`): give the start up (``end``: its thread starts no new server
    now), forget it, as its stop would once it ended, so that the next start starts a new one; reap it
    in a thread whenever it ends (:func:`~archiver.batch_helpers.leave_to_a_reaper`); end the start's wait."""
    from multiprocessing import forkserver

    end.drop()
    helper = getattr(forkserver, "_forkserver", None)
    if helper is not None and pid is not None:
        leave_to_a_reaper(helper, pid, "_forkserver_pid", "_forkserver_alive_fd")
    over.set()


def _no_report(worker: _Worker) -> None:
    """Say (once per shutdown) that ``worker`` was seen ended but its fork server did not report it."""
    logger.warning("batch worker %s ended but the batch's fork server (pid %s) did not report it within "
                   "%g s (stopped or hung); not waiting for its reports", worker.process.pid,
                   _fork_server_pid(), REPORT_WITHIN)


def _fork_server_pid() -> int | None:
    from multiprocessing import forkserver

    return getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)


def _kill_fork_server() -> None:
    """SIGKILL the fork server (its workers end with it) and wait until it has ended; multiprocessing
    reaps it (a start after this one starts a new one)."""
    pidfd = pidfd_of(_fork_server_pid())
    if pidfd is not None:
        try:
            kill_and_wait(pidfd)
        finally:
            os.close(pidfd)


def _stick_for_tests(flag: str) -> None:
    """Tests only (:data:`STUCK_START_VAR`): stop the fork server, so that this start waits for it, and
    say so in the file ``flag``."""
    pid = _fork_server_pid()
    if pid is not None:
        os.kill(pid, signal.SIGSTOP)
    Path(flag).write_text(str(pid), encoding="utf-8")


def _continue(process: Any) -> None:
    """Send a worker that may be stopped (SIGSTOP, a debugger) SIGCONT: a stopped process acts on
    no signal but SIGKILL, so a stopped worker ignored the SIGTERM of a second Ctrl-C (and the
    stop an idle one is sent) until SIGKILLed at the end of :data:`STOP_GRACE`. Nothing is
    sent to a worker already reported ended (its pid may be another process's by now)."""
    if process.exitcode is None:
        with contextlib.suppress(OSError):
            os.kill(process.pid, signal.SIGCONT)
