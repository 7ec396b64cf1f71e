"""The store's own lock: committers of captures share it, a rebuild or an import holds it alone.

Why: the provenance log's lock (``provenance/log.lock``) serialises single appends, but some
commands need the store to hold still for longer than one append. ``reindex`` reads the log,
scans every WARC file, empties and refills the index and logs the records no logged capture
lists as crash leftovers: a capture written and logged meanwhile was taken for the remains of an
interrupted one (a false signed ``recovery`` entry), and a second ``reindex`` emptied the text
index the first was filling. ``import`` checks that its capture ids and record ids are free and
then logs them: two imports at once both passed the checks and logged one id twice. So:

- a committer of captures (``archive``, a batch worker, ``recapture``) holds it *shared* from
  writing its WARC records through its log append and index rows: any number at once;
- ``reindex`` and ``import`` hold it *exclusively*, from their first look at the log to their
  last write: no capture is in flight while they read, and nothing changes what they checked.

Readers take no lock (reading never writes, and a reader may be on a read-only copy); they
see the index whole because ``reindex`` refills it in one transaction. A reader that finds the
log listing captures the index lacks asks, without waiting in line, whether a writer holds the
lock, and waits (bounded) for those captures' index rows (:func:`wait_for_commits`).

The lock is a ``flock`` on ``<store>/store.lock`` (created by the first writer, never a link:
opened with ``O_NOFOLLOW``), held through this process's own descriptor, so a killed process
releases it. Re-entrant per thread and store (an import's commit inside its exclusive hold takes
nothing more). A process that has to wait says so once, after :data:`WAIT_NOTICE_SECONDS`, as
a warning naming the holder when the system tells it (Linux: ``/proc/locks``). Like the log's
lock it is advisory and unreliable on NFS: keep stores on a local disk. A file system that
refuses ``flock`` itself (ENOLCK, EINVAL, EOPNOTSUPP...) is :class:`LockUnsupportedError` from
every writer's lock (:func:`flock`): one line naming the lock file, exit 3, before any write.

Lock order: the store lock before the log's lock, never the other way round.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from archiver.errors import (
    IncompleteCheckError,
    LockBusyError,
    LockUnsupportedError,
    ReadOnlyStoreError,
    StoreError,
)

logger = logging.getLogger(__name__)

LOCK_FILE = "store.lock"
#: Held shared by every running ``batch`` for its whole run (:func:`hold_running_batch`): a
#: reader that finds captured texts the text index lacks asks whether a batch is still running
#: (it indexes them a slice at a time, outside any hold of :data:`LOCK_FILE`).
BATCH_LOCK_FILE = "batches/running.lock"

#: How long a command waits for another process's hold before it says that it is waiting.
WAIT_NOTICE_SECONDS = 2.0

#: How long a reader that found the index behind the log waits for a writer holding the store
#: exclusively (:func:`wait_for_writers`): a commit's worth (a ``reextract``'s log append and
#: index update take well under a second). Past it the reader refuses, in one line: any process
#: that can read ``store.lock`` can hold it, and a reader never waits without limit.
WRITER_WAIT_SECONDS = 5.0
#: How often the waiting reader looks again.
_WRITER_POLL_SECONDS = 0.05

#: Tests only: an errno name (``ENOLCK``) that every ``flock`` a writer takes (:func:`flock`)
#: fails with, as on a file system without locks; ``ENOLCK:running.lock``: only the lock files
#: of that name. Inert unless set.
FLOCK_ERRNO_VAR = "ARCHIVER_TEST_FLOCK_ERRNO"
#: errno values saying the file system does not lock at all (not: someone else holds the lock).
_NO_LOCKS = frozenset({errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOSYS})

#: What this thread holds, by store (its real path: one store reached through a symbolic link
#: and through its own path is one hold): (exclusive, depth).
_held = threading.local()


def _holds() -> dict[str, tuple[bool, int]]:
    holds: dict[str, tuple[bool, int]] | None = getattr(_held, "stores", None)
    if holds is None:
        holds = _held.stores = {}
    return holds


@contextlib.contextmanager
def store_lock(root: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold the lock of the store at ``root``, shared or ``exclusive``, waiting for it.

    Raises:
        ReadOnlyStoreError: the lock file cannot be created (a read-only store).
        StoreError: ``store.lock`` is a symbolic link or not a file.
    """
    key = _key(root)
    holds = _holds()
    if key in holds:  # already held by this thread: a nested step of the same command
        held_exclusive, depth = holds[key]
        if exclusive and not held_exclusive:
            raise RuntimeError("store lock: an exclusive hold asked for inside a shared one")
        holds[key] = (held_exclusive, depth + 1)
        try:
            yield
        finally:
            holds[key] = (held_exclusive, depth)
        return
    fd = _open(Path(root))
    try:
        acquire(fd, exclusive, path=Path(root) / LOCK_FILE)
        holds[key] = (exclusive, 1)
        try:
            yield
        finally:
            del holds[key]
    finally:
        os.close(fd)  # closing releases the flock


def _key(root: Path) -> str:
    """The key of a store in this thread's holds: its real path."""
    return os.path.realpath(root)


def hold_running_batch(root: Path) -> int:
    """Mark a batch as running in the store at ``root`` for as long as the returned descriptor is
    open (by this process's end at the latest: a SIGKILL too): a shared ``flock`` on
    :data:`BATCH_LOCK_FILE`, so any number of batches at once; readers only ask whether someone
    holds it (:func:`wait_for_batch`), for an instant.

    Raises:
        ReadOnlyStoreError, StoreError: as :func:`store_lock`.
    """
    fd = _open(Path(root), BATCH_LOCK_FILE, shared=True)
    try:
        acquire(fd, False, what="the store's mark of running batches", path=Path(root) / BATCH_LOCK_FILE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def write_batch_lock(fd: int, log_size: int | None) -> None:
    """Write what a batch's own lock (``batches/<key>.lock``, held exclusively by its run: see
    :func:`archiver.batch.hold_batch`) says of the run holding it: its pid, then the provenance
    log's size as the run began (every capture the run logs is at or after it; absent: not
    known). Read by :func:`batches_began`. Line 1 is the pid padded with spaces to 32 bytes: an
    archiver from before store43 reads the file's first 32 bytes, stripped, as the pid (it said
    "pid 18178\n7", on two lines, when the size came at once)."""
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid():<31}\n{'' if log_size is None else log_size}\n".encode(), 0)


def batches_began(root: Path) -> int:
    """The provenance log's size when the earliest batch running in the store at ``root`` began
    its run: a text the text index lacks of a capture logged before it (a lower entry seq) is no
    running batch's to index (a batch indexes only the texts of captures it made in this run), but
    a stopped process's left-over. 0 (every capture may be a running batch's) when that is not
    known: no batch's own lock is held (a batch of a version that takes none, or none running),
    or one held says no size (a version that wrote only its pid, or a run writing it this instant).

    Each batch's own lock (``batches/*.lock`` but :data:`BATCH_LOCK_FILE`, written by
    :func:`write_batch_lock`) is asked as :func:`wait_for_batch` asks: a non-blocking shared
    ``flock`` on a read-only descriptor, let go at once; nothing is created or written."""
    folder = Path(root) / os.path.dirname(BATCH_LOCK_FILE)
    try:
        names = [e.name for e in os.scandir(folder) if e.name.endswith(".lock")
                 and e.name != os.path.basename(BATCH_LOCK_FILE)]
    except OSError:
        return 0
    began: list[int] = []
    for name in names:
        try:  # (O_NONBLOCK: a FIFO put in its place does not block the open)
            fd = os.open(folder / name, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
                continue  # no run holds it: a batch that ended (or was killed)
            except BlockingIOError:
                pass
            except OSError:
                return 0
            lines = os.pread(fd, 64, 0).decode("ascii", "replace").split("\n")
            size = lines[1].strip() if len(lines) > 1 else ""
            if not size.isdigit():
                return 0
            began.append(int(size))
        finally:
            os.close(fd)
    return min(began, default=0)


def _open(root: Path, name: str = LOCK_FILE, *, shared: bool = False) -> int:
    """The lock file ``name`` of the store at ``root``, opened read-write (created if missing).
    ``shared``: only ever locked shared, so one that exists but is not writable by this user
    (another user made it without group write) is opened read-only: ``flock`` takes a shared
    lock on any open descriptor."""
    path = root / name
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if shared and exc.errno in (errno.EACCES, errno.EPERM):
            try:  # (O_NONBLOCK: a FIFO put in its place does not block the open)
                fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
            except OSError:
                fd = -1
            if fd >= 0:
                if stat.S_ISREG(os.fstat(fd).st_mode):
                    return fd
                os.close(fd)
        if exc.errno == errno.ELOOP:
            raise StoreError(f"{path} is a symbolic link; refusing to lock the store through it "
                             "(remove the link: the store creates its own lock file)") from exc
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise ReadOnlyStoreError(f"cannot lock the store {root} ({exc.strerror}): the store is read-only; "
                                     "copy it somewhere writable to add to it") from exc
        raise StoreError(f"cannot lock the store {root}: {path}: {exc.strerror}") from exc


def flock(fd: int, op: int, path: Path | None = None) -> None:
    """``fcntl.flock(fd, op)``, a refusal of the file system (anything but "another process holds
    it": ``BlockingIOError``, which passes) said as one of our errors naming ``path`` (``fd``'s
    file when not given).

    Raises:
        BlockingIOError: ``op`` has ``LOCK_NB`` and another process holds the lock.
        LockUnsupportedError: the file system refused the lock (ENOLCK, EINVAL, EOPNOTSUPP, EBADF...).
    """
    try:
        hook = os.environ.get(FLOCK_ERRNO_VAR)
        if hook:
            _fail_for_tests(hook, path or _path_of(fd))
        fcntl.flock(fd, op)
    except BlockingIOError:
        raise
    except OSError as exc:
        raise _refused(exc, path or _path_of(fd)) from exc


def _fail_for_tests(hook: str, path: Path | None) -> None:
    """:data:`FLOCK_ERRNO_VAR`: raise its errno, for its lock files."""
    name, _, only = hook.partition(":")
    if not only or (path is not None and path.name == only):
        code = getattr(errno, name, errno.ENOLCK)
        raise OSError(code, os.strerror(code))


def _path_of(fd: int) -> Path | None:
    """The file open as ``fd``, as this system tells it (Linux), else None."""
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return None


def _refused(exc: OSError, path: Path | None) -> LockUnsupportedError:
    """The one line for the file system's refusal ``exc`` of a lock on the file ``path``."""
    where = str(path) if path is not None else "this lock file"
    name = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    if exc.errno in _NO_LOCKS:
        return LockUnsupportedError(
            f"the file system holding {where} does not support locks ({name}): archiver needs flock "
            f"to keep two processes from writing at once; nothing was written; use a local disk")
    return LockUnsupportedError(
        f"cannot lock {where}: the file system refused flock ({name}: "
        f"{exc.strerror}); nothing was written; use a local disk")


def acquire(fd: int, exclusive: bool, *, what: str = "this store", within: float | None = None,
            path: Path | None = None) -> None:
    """flock ``fd``; when another process holds it, wait, and say so once after a while.

    Every ``flock`` of ours that may wait goes through here (the store's lock, the provenance
    log's writer lock, the key journal's lock): a command held up by another process says so
    (``waiting for another archiver process (pid N) to finish with <what>``) instead of
    printing nothing until it is killed. ``within``: wait that many seconds at most. ``path``:
    the lock file, named if the file system refuses the lock (:func:`flock`).

    Raises:
        LockBusyError: another process still held it ``within`` seconds later.
        LockUnsupportedError: the file system refused the lock.
    """
    op = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        flock(fd, op | fcntl.LOCK_NB, path)
        return
    except BlockingIOError:
        pass
    if within is not None:
        _acquire_within(fd, op, what, within, path)
        return
    notice = threading.Timer(WAIT_NOTICE_SECONDS, _say_waiting, args=(fd, what))
    notice.daemon = True
    notice.start()
    try:
        flock(fd, op, path)
    finally:
        notice.cancel()


def _acquire_within(fd: int, op: int, what: str, within: float, path: Path | None) -> None:
    """flock ``fd`` (``op``, held by another process just now), looking again every
    :data:`_WRITER_POLL_SECONDS` for ``within`` seconds at most."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        time.sleep(_WRITER_POLL_SECONDS)
        try:
            flock(fd, op | fcntl.LOCK_NB, path)
            return
        except BlockingIOError:
            pass
    raise LockBusyError(f"{holder_name(fd)} held {what} for {within:g} s")


def holder_name(fd: int, who: str = "another process") -> str:
    """"another process (pid N)" (``who``) holding a flock on ``fd``'s file, as far as it is known."""
    pid = holder_pid(fd)
    return f"{who} (pid {pid})" if pid else who


def _say_waiting(fd: int, what: str) -> None:
    pid = holder_pid(fd)
    who = f"another archiver process (pid {pid})" if pid else "another archiver process"
    logger.warning("waiting for %s to finish with %s", who, what)


def holder_pid(fd: int) -> int | None:
    """A process holding a flock on ``fd``'s file, as ``/proc/locks`` names it (None: not
    known, e.g. not Linux). Waiters (``->`` lines) and this process are skipped."""
    try:
        st = os.fstat(fd)
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        if len(parts) < 6 or "->" in parts or parts[1] != "FLOCK":
            continue
        pid_text, where = parts[4], parts[5]
        inode = where.rsplit(":", 1)[-1]
        if inode.isdigit() and int(inode) == st.st_ino and pid_text.isdigit() and int(pid_text) != os.getpid():
            return int(pid_text)
    return None


class Patience:
    """How long a reader waits for live writers, in all: one bounded wait of ``seconds``
    (:data:`WRITER_WAIT_SECONDS`), however many times it finds something to wait for.

    A whole-archive search looks for missing index rows and for texts the text index lacks (with
    an empty text index, for texts before anything else), and each look that found a live writer
    began a wait of its own: one search could wait twice in a row. Every wait of one search now
    shares one ``Patience`` (:meth:`archiver.archive.Archive.waits_once`); a wait that begins
    once it is spent looks once and does not sleep. Only time inside waits counts (:meth:`done`),
    not the work between them (else a long batch of quotes gave up on a commit in flight at once).
    ``clock`` and ``sleep`` are ours to inject (tests count a search's sleep on a clock of theirs)."""

    def __init__(self, seconds: float | None = None, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.seconds = WRITER_WAIT_SECONDS if seconds is None else seconds
        self.clock, self.sleep = clock, sleep
        self._used = 0.0  # seconds spent inside the waits that ended
        self._since: float | None = None  # when the wait under way began

    def spent(self) -> bool:
        """Whether the wait is over (the first call of a wait starts its clock)."""
        if self._since is None:
            self._since = self.clock()
        return self._used + self.clock() - self._since >= self.seconds

    def done(self) -> None:
        """The wait under way is over: the time it took is taken from what is left, no more."""
        if self._since is not None:
            self._used += self.clock() - self._since
            self._since = None

    def pause(self) -> None:
        """Sleep until the next look."""
        self.sleep(_WRITER_POLL_SECONDS)


def wait_for_commits(root: Path, pending: Callable[[], bool], patience: Patience | None = None) -> str | None:
    """Wait while a process holds the store's lock (shared or exclusive: a capture's commit, an
    import, a rebuild) and ``pending()`` (what the reader found lacking: captures the log lists
    that the index does not hold yet) is still true; ``None`` once either is over, else who still
    held the store after :data:`WRITER_WAIT_SECONDS` ("another process (pid N)").

    For a reader that found the index behind the log: between a committer's log append and its
    index rows (it holds the lock shared throughout) the gap is a write in progress, not damage.
    Whether anyone holds the lock is asked with a non-blocking exclusive ``flock`` on a read-only
    descriptor, let go at once: nothing is created or written, no writer waits more than that
    instant, and a reader never queues behind a batch. No ``store.lock`` (nothing was ever
    written), one that cannot be opened (a read-only copy without it) or is not a regular file,
    or a lock this thread holds itself: nothing to wait for. Says once, at INFO, that it waits
    (``ARCHIVER_LOGLEVEL=info``). ``patience``: the wait this one shares with others (a fresh
    one when not given).
    """
    if _key(root) in _holds():
        return None
    return _wait_while_held(Path(root) / LOCK_FILE, pending, "another process",
                            "waiting for %s to finish writing to this store (its index rows)", patience)


def wait_for_batch(root: Path, pending: Callable[[], bool], patience: Patience | None = None) -> str | None:
    """Wait while a batch runs in the store (:func:`hold_running_batch`) and ``pending()`` (the
    captured texts the reader found the text index lacking) is still true: a batch worker
    indexes its captures' texts a slice at a time, within
    :data:`~archiver.batch.TEXT_SLICE_SECONDS` of each capture, holding no lock between them.
    ``None`` once either is over, else the running batch ("a running batch (pid N)") after
    :data:`WRITER_WAIT_SECONDS`. Asked as :func:`wait_for_commits` asks: nothing is created
    or written (no ``batches/running.lock``: no batch has run since it came). ``patience``: as
    :func:`wait_for_commits`'s."""
    return _wait_while_held(Path(root) / BATCH_LOCK_FILE, pending, "a running batch",
                            "waiting for %s to index its captures' texts", patience)


def _wait_while_held(path: Path, pending: Callable[[], bool], who: str, saying: str,
                     patience: Patience | None) -> str | None:
    """:func:`wait_for_commits` and :func:`wait_for_batch`, of the lock file ``path``: ``who``
    names its holder, ``saying`` (with the holder) is the INFO line said once on waiting."""
    patience = patience if patience is not None else Patience()
    try:  # (O_NONBLOCK: a FIFO put in its place does not block the open)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        said = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
                return None  # no holder: every commit (or batch) begun before this look is done
            except BlockingIOError:
                pass
            except OSError:
                return None
            if not pending():
                return None
            if not said:
                logger.info(saying, holder_name(fd, who))
                said = True
            if patience.spent():
                return holder_name(fd, who)
            patience.pause()
    finally:
        patience.done()
        os.close(fd)


def wait_for_writers(root: Path, patience: Patience | None = None) -> None:
    """Wait until no process holds the store's lock exclusively (a rebuild, an import, a
    ``reextract`` commit between its log append and its index update), then return at once: a
    reader that found the index behind the log looks again once the commit is done. Nothing is
    created or written (no ``store.lock``, one that cannot be opened or is not a regular file: no
    wait); a thread holding the lock itself does not wait (for itself: ``flock`` holds are per
    open file). Bounded: any process that can read ``store.lock`` can hold it; the wait is part
    of ``patience``, the command's one bounded wait (:meth:`archiver.archive.Archive.waits_once`).

    Raises:
        IncompleteCheckError: a process still holds the store exclusively after the wait.
    """
    if _key(root) in _holds():
        return
    patience = patience if patience is not None else Patience()
    try:  # (O_NONBLOCK: a FIFO put in its place does not block the open)
        fd = os.open(Path(root) / LOCK_FILE, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if patience.spent():
                    break
                patience.pause()
            except OSError:
                return
        pid = holder_pid(fd)
        raise IncompleteCheckError(
            "the index is behind the log and a writer holds the store"
            f"{f' (pid {pid})' if pid else ''}: try again, or run 'archiver reindex'")
    finally:
        patience.done()
        os.close(fd)  # (closing the descriptor releases the shared hold)
