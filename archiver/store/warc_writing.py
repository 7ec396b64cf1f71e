"""Whether a WARC file of the store is being written now, by a live process.

A writing process holds an exclusive ``flock`` on each WARC file it appends to, from its
creation to its close (:func:`hold_for_writing`); the kernel drops it when the process ends,
however it ends (a SIGKILL, a power cut). So a file whose lock is held belongs to a capture
under way (its records written, its log entry not yet), and a file no log entry names whose lock
is free is the remains of a process stopped before its log entry, or a file put in the store
(:func:`being_written`; ``log verify --deep``'s ``W_WARC_UNLOGGED``). Before, the two read alike:
a running capture's new file was called unlogged.

Asking takes a shared lock for an instant on a descriptor opened read-only: it creates, changes
and locks for writing nothing (reading never writes). On a file system without locks (``ENOLCK``,
``EOPNOTSUPP``) the writer holds none and every file reads as not being written, as before.

The writer's lock waits :data:`HOLD_WITHIN` at most for a holder that is not running (:func:`hold_for_writing`):
a check stopped inside its instant's shared lock on a new file (possible under a temporary name, below)
held the writer without limit; past the bound the writer fails with one line naming the holder's pid,
leaving no file. A holder that is running or waiting on its disk (a check slowed by load or a slow
disk) is waited for far longer (:data:`HOLD_RUNNING_WITHIN`, 120 s against a check's instant): a writer
must not fail for a slow reader, nor wait for good on a process that holds the lock and keeps running.
A writer that waits says so on stderr after :data:`HOLD_NOTICE_AFTER` seconds; Ctrl-C ends the wait, and
so does a batch's first Ctrl-C in its workers, which ignore Ctrl-C (:func:`stop_waiting`).

A new file is locked before its name appears (:func:`create_held`): created without a name
(``O_TMPFILE``), locked, then linked to its name, which fails if that name exists (nothing is
overwritten). A process stopped before the link leaves nothing: the kernel frees the unnamed file.
Before, the file was created under its name and locked an instant later, and a check in that
instant called a running capture's new file unlogged. Where the file system cannot make an
unnamed file (or ``/proc`` is absent), it is made under a temporary name in the same folder
(:func:`temporary_name`, which no WARC file's name can be), locked, hard-linked to its name (which
fails if that name exists) and the temporary name removed: the name appears locked there too.
A process stopped in between leaves the temporary name (:func:`leftover_temporaries`, which
``log verify --deep`` names for what it is). The one instant a temporary name exists unheld, from
its open to its lock, is covered by a shared ``flock`` on the folder, which the check takes
exclusively before it calls an unheld temporary name left over (:func:`_folder_held`): lock state,
not a wait of fixed length (a re-check 0.1 s later named a creation preempted longer a leftover). Only where hard links cannot be made either (FAT,
some FUSE or SMB mounts) is the file created under its name and locked at once, as before.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from archiver.core.files import ask_regular
from archiver.errors import StoreError, WarcLockHeldError, WarcWaitStoppedError

#: Tests only: a file :func:`named_for_writing` writes once a new WARC file has its name in
#: ``warcs/``, then waits (up to :data:`HOLD_FOR_TESTS_SECONDS`) until the test removes it: a
#: ``log verify --deep`` run at that point meets the new file as it first appears.
HOLD_AT_NEW_WARC_VAR = "ARCHIVER_TEST_HOLD_AT_NEW_WARC"
HOLD_FOR_TESTS_SECONDS = 120.0

logger = logging.getLogger(__name__)


#: Seconds a writer waits for the lock of the WARC file it creates (:func:`hold_for_writing`) while
#: no holder is running: a check holds it shared for an instant (:func:`being_written`), unless its
#: process is stopped or hung.
HOLD_WITHIN = 5.0
#: Seconds a writer waits in all where the holders cannot be told (no ``/proc/locks``): one that
#: is only slow is not to be failed for it.
HOLD_UNTOLD_WITHIN = 60.0
#: Seconds a writer waits in all for holders that keep running: a check's hold is an instant (a
#: lock and a close), seconds on the most loaded machine, so this bound fails no legitimate reader;
#: a process that holds the shared lock and keeps running (a busy loop, a hostile process of the
#: same user) held the writer without limit before sec56.
HOLD_RUNNING_WITHIN = 120.0
#: Seconds a writer waits before it says on stderr what it waits for (as the store's lock does,
#: :data:`archiver.core.store_lock.WAIT_NOTICE_SECONDS`).
HOLD_NOTICE_AFTER = 2.0
#: Seconds between looks at the lock and its holders while a writer waits.
_LOOK_EVERY = 0.25
#: Process states (``/proc/PID/stat``) of a holder that will let go: running or runnable (a check
#: preempted on a loaded machine) and waiting on its disk (a slow disk).
_PROGRESSING = ("R", "D")
_STATE_WORDS = {"R": "running", "D": "waiting on its disk", "T": "stopped", "t": "stopped by a debugger", "S": "asleep", "I": "idle", "Z": "a zombie"}


#: Set by :func:`stop_waiting`: a writer waiting for a holder of its new WARC file's lock gives up.
_stopping = False


def stop_waiting(*_signal: object) -> None:
    """A batch's first Ctrl-C (or SIGTERM), in a process capturing for it: a writer waiting in
    :func:`hold_for_writing` gives up at its next look (a quarter of a second), with
    :class:`~archiver.errors.WarcWaitStoppedError`, and so does every later wait of this process
    until :func:`wait_again`. A signal handler as it is (it sets a flag, nothing else).

    Why: a batch worker ignores Ctrl-C (the batch's first one lets the captures in flight finish),
    so one waiting for a running holder waited out :data:`HOLD_RUNNING_WITHIN` (120 s) after the
    Ctrl-C, and the batch with it (sec57)."""
    global _stopping
    _stopping = True


def wait_again() -> None:
    """Undo :func:`stop_waiting` (the batch that asked has ended; this process goes on)."""
    global _stopping
    _stopping = False


def hold_for_writing(fd: int, path: Path | None = None) -> None:
    """Mark the WARC file open on ``fd`` (``path``, for the messages) as being written by this
    process until ``fd`` (every descriptor sharing its opening) is closed. Waits only for a
    reader's instant (:func:`being_written`): while a holder is running or waiting on its disk (a
    legitimate check slowed by load, a slow disk), :data:`HOLD_RUNNING_WITHIN` seconds in all;
    once no holder runs (a check stopped by SIGSTOP, Ctrl-Z, a debugger), :data:`HOLD_WITHIN`
    seconds more; where the holders cannot be told, :data:`HOLD_UNTOLD_WITHIN` in all. After
    :data:`HOLD_NOTICE_AFTER` seconds it says on stderr (a warning) which process it waits for and
    how long it will. A Ctrl-C ends the wait at once (it sleeps in short pauses, each interrupted
    by the signal). A file system that refuses locks leaves it unmarked.

    Why bounded even for a running holder: a process that keeps the shared lock and keeps running
    (a busy loop, a hostile process) held the writer, silently, without limit (sec56); sec54's 5 s
    alone failed a writer whose reader was merely slow (rvsec55).

    Raises:
        WarcLockHeldError: the lock is still held past its bound; names the holders and their
            state where ``/proc/locks`` tells them (exit 3, as for the store's own lock). Nothing is
            written to the file.
    """
    start = time.monotonic()
    idle_since = start  # (since when no holder has been seen running)
    said = False
    while not _flock_within(fd, fcntl.LOCK_EX, _LOOK_EVERY):
        now = time.monotonic()
        try:
            holders = _flock_holders(os.fstat(fd))
        except OSError:
            holders = []
        states = {pid: _process_state(pid) for pid in holders}
        running = any(s in _PROGRESSING for s in states.values())
        if running:
            idle_since = now
        if _stopping:
            raise WarcWaitStoppedError(f"cannot start WARC file {_name(path)}: the batch is stopping (Ctrl-C) while "
                                       f"{_holders_named(states) if holders else 'another process'} holds its lock; "
                                       "nothing was written, and the URL is left for a re-run")
        if not said and now - start >= HOLD_NOTICE_AFTER:
            said = True
            logger.warning("waiting for %s, which holds the lock of new WARC file %s (a store check?); "
                           "giving up after %.3g s in all, or %.3g s once it stops running",
                           _holders_named(states) if holders else "another process", _name(path),
                           HOLD_RUNNING_WITHIN if holders else HOLD_UNTOLD_WITHIN, HOLD_WITHIN)
        if holders and running and now - start < HOLD_RUNNING_WITHIN:
            continue  # (a slow reader: it lets go)
        if holders and not running and now - idle_since < HOLD_WITHIN:
            continue
        if not holders and now - start < HOLD_UNTOLD_WITHIN:
            continue
        raise WarcLockHeldError(_held_message(path, states, running, now - start))


def _name(path: Path | None) -> str:
    return path.name if path else "(unnamed)"


def _holders_named(states: dict[int, str | None]) -> str:
    """"process 12 (stopped), process 14 (running)": each holder with its state, as far as known."""
    return ", ".join(f"process {pid}" + (f" ({_STATE_WORDS.get(s, s)})" if s else "") for pid, s in states.items())


def _held_message(path: Path | None, states: dict[int, str | None], running: bool, waited: float) -> str:
    """The one line of :class:`WarcLockHeldError`: who held the lock, for how long, and what to do."""
    start = f"cannot start WARC file {_name(path)}: "
    if not states:
        return (start + f"another process (/proc/locks does not say which) has held it locked for over {waited:.3g} s "
                "(a store check stopped or hung?); end that process, then try again")
    who = _holders_named(states) + (" has" if len(states) == 1 else " have")
    if running:
        return (start + f"{who} held it locked for over {HOLD_RUNNING_WITHIN:.3g} s, running all the while (a "
                "store check takes an instant: a hung or hostile process?); end that process, then try again")
    return (start + f"{who} held it locked for over {HOLD_WITHIN:.3g} s without running (a store check "
            "stopped or hung?); resume or end that process, then try again")


def _process_state(pid: int) -> str | None:
    """The state letter of process ``pid`` (``/proc/PID/stat``: R running, D disk sleep, S
    asleep, T stopped ...); None where it cannot be read (ended, or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields[0].decode("ascii", "replace") if fields else None


def create_held(path: Path) -> BinaryIO:
    """Create the new file ``path`` for writing, held (:func:`hold_for_writing`) from the instant
    its name exists. ``FileExistsError`` if ``path`` exists (it is never opened, let alone
    overwritten); other ``OSError`` as ``open(path, "xb")`` raises them."""
    fd = _unnamed(path.parent)
    if fd is None:  # (no unnamed files here: under a temporary name, locked, then linked to its own)
        return _create_held_linked(path)
    try:
        hold_for_writing(fd, path)
        # linkat(AT_SYMLINK_FOLLOW) of /proc/self/fd/N, open(2)'s way to name an O_TMPFILE file; fails
        # if path exists. (A dir_fd makes Python 3.11 call linkat: its plain os.link calls link(2),
        # which links /proc's magic link itself and fails with EXDEV.)
        procfd = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            os.link(str(fd), path, src_dir_fd=procfd, follow_symlinks=True)
        finally:
            os.close(procfd)
    except BaseException:
        os.close(fd)  # (the unnamed file goes with its last descriptor)
        raise
    named_for_writing()
    return os.fdopen(fd, "wb")


#: How the temporary name of a WARC file being created ends (:func:`temporary_name`).
TEMPORARY_SUFFIX = ".creating"


def temporary_name(path: Path) -> Path:
    """A temporary name for the new WARC file ``path``, in its folder: hidden, and ending in
    :data:`TEMPORARY_SUFFIX`, not ``.warc.gz``, so no listing of WARC files takes it for one."""
    return path.with_name(f".{path.name}.{os.urandom(4).hex()}{TEMPORARY_SUFFIX}")


#: Seconds a check of temporary names (:func:`leftover_temporaries`) waits for the creations holding
#: ``warcs/`` (each from its temporary's open to its lock: microseconds, unless its process is stopped
#: or hung), and a creation waits for such a check (a stat and a lock per name): then each goes on.
FOLDER_HELD_WITHIN = 5.0


class TemporaryNames(NamedTuple):
    """What :func:`leftover_temporaries` found in a folder."""

    #: temporary names no live process holds: left by a process stopped while it created a WARC file
    left: list[Path]
    #: unheld temporary names that could not be told from a creation under way: a creation held the
    #: folder past :data:`FOLDER_HELD_WITHIN` (its process stopped or hung)
    undecided: list[Path]
    #: the pids holding the folder then (from ``/proc/locks``; empty where that cannot be read)
    holders: list[int]


def leftover_temporaries(folder: Path) -> TemporaryNames:
    """The temporary names (:func:`temporary_name`) in ``folder`` no live process holds: left by a
    process stopped while it created a WARC file (one held is a creation under way this instant).

    A creation is unheld from its temporary's open to its lock, an instant covered by its shared
    lock on the folder, which this check takes exclusively before it asks again. That wait is
    bounded (:data:`FOLDER_HELD_WITHIN`): a creation stopped in that instant (SIGSTOP, Ctrl-Z, a
    debugger) held ``log verify --deep`` without limit. Past the bound the names are returned as
    undecided, with the pids holding the folder."""
    try:
        with os.scandir(folder) as listing:
            found = sorted(Path(e.path) for e in listing if e.name.startswith(".") and e.name.endswith(TEMPORARY_SUFFIX))
    except OSError:
        return TemporaryNames([], [], [])
    unheld = [p for p in found if not being_written(p)]
    if not unheld:
        return TemporaryNames([], [], [])
    with _folder_held(folder, fcntl.LOCK_EX, within=FOLDER_HELD_WITHIN) as held:
        if not held:
            return TemporaryNames([], [p for p in unheld if p.exists()], _flock_holders(folder))
        return TemporaryNames([p for p in unheld if p.exists() and not being_written(p)], [], [])


@contextlib.contextmanager
def _folder_held(folder: Path, operation: int, *, within: float) -> Iterator[bool]:
    """Hold a ``flock`` on ``folder`` itself (opened read-only: nothing is created or written) while
    the block runs: shared by each creation from its temporary name's open to that file's lock
    (:func:`_create_held_linked`), exclusive by :func:`leftover_temporaries` while it asks again,
    which so waits for every creation in that instant (an open and a lock: microseconds, unless its
    process is preempted) and for nothing else. Where the folder cannot be opened or locked (a file
    system without locks, where no WARC file is held either), the block runs unheld.

    Yields whether the lock is held: it is waited for ``within`` seconds at most, so that no process
    stopped or hung while it holds the folder (a creation, a check) holds another for good."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        fd = -1
    try:
        held = fd < 0 or _flock_within(fd, operation, within)
        yield held
    finally:
        if fd >= 0:
            os.close(fd)  # (closing lets the lock go)


def _flock_within(fd: int, operation: int, seconds: float) -> bool:
    """Take ``flock(fd, operation)``, waiting ``seconds`` at most (asked again and again, each pause
    longer, 1 ms to 50 ms: the lock is nearly always free at once); True too where the file system
    takes no locks (nothing is held there either)."""
    deadline, pause = time.monotonic() + seconds, 0.001
    while True:
        try:
            fcntl.flock(fd, operation | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                return True  # (ENOLCK, EOPNOTSUPP: no locks here)
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(pause, left))
        pause = min(pause * 2, 0.05)


def _flock_holders(path: Path | os.stat_result) -> list[int]:
    """The pids holding a ``flock`` on ``path`` (or the file of that ``stat``: ``/proc/locks``,
    whose lines name a file by its device, in hex, and inode); empty where that cannot be read."""
    try:
        st = path if isinstance(path, os.stat_result) else os.stat(path)
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    file = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    pids = []
    for line in lines:
        words = line.split()
        if len(words) >= 6 and words[1] == "FLOCK" and words[5] == file and words[4].isdigit():
            pids.append(int(words[4]))
    return sorted(set(pids))


#: errno values of a file system that makes no hard links (FAT, some FUSE or SMB mounts).
_NO_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK, errno.EXDEV})


#: How many random temporary names :func:`_create_held_linked` tries: a taken one (32 random
#: bits) is not the WARC file's name existing, which alone is ``FileExistsError``.
_TEMPORARY_TRIES = 8


def _create_held_linked(path: Path) -> BinaryIO:
    """:func:`create_held` where no unnamed file can be made: the file is made under a temporary
    name (another tried if that one is taken: :func:`_open_temporary`), locked, then linked to
    ``path`` (``FileExistsError`` if it exists), and the temporary name removed. Where no hard
    link can be made, created under its name and locked at once."""
    # (its temporary name is unheld until its lock; a check stopped while it holds the folder is
    # not waited for past the bound: at worst it names this creation a leftover, where it held it)
    with _folder_held(path.parent, fcntl.LOCK_SH, within=FOLDER_HELD_WITHIN):
        temporary, f = _open_temporary(path)
        try:
            hold_for_writing(f.fileno(), path)
        except BaseException:
            f.close()
            temporary.unlink(missing_ok=True)
            raise
    try:
        try:
            os.link(temporary, path)
            linked = True
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            linked = False
    except BaseException:
        f.close()
        temporary.unlink(missing_ok=True)
        raise
    temporary.unlink(missing_ok=True)
    if not linked:  # (no hard links here: created under its name, then locked at once, as before)
        f.close()
        f = open(path, "xb")  # noqa: SIM115 - returned to the writer, closed on rotate/close
        named_for_writing()
        try:
            hold_for_writing(f.fileno(), path)
        except BaseException:
            f.close()
            path.unlink(missing_ok=True)  # (made by this process an instant ago, empty)
            raise
        return f
    named_for_writing()
    return f


def _open_temporary(path: Path) -> tuple[Path, BinaryIO]:
    """A new file under a free temporary name for ``path`` (:func:`temporary_name`), open to write.

    Raises:
        StoreError: :data:`_TEMPORARY_TRIES` names were all taken (not ``FileExistsError``,
            which says ``path`` itself exists).
    """
    for _ in range(_TEMPORARY_TRIES):  # (a random name taken: another creation's, or one left)
        temporary = temporary_name(path)
        try:
            return temporary, open(temporary, "xb")  # noqa: SIM115 - returned to the writer, closed on rotate/close
        except FileExistsError:
            continue
    raise StoreError(f"cannot create WARC file {path}: the {_TEMPORARY_TRIES} temporary names tried beside it "
                     "were all taken")


def _unnamed(folder: Path) -> int | None:
    """A descriptor of a new unnamed file in ``folder``, open to write; None where the file
    system cannot make one or ``/proc/self/fd`` (the way to name it) is absent."""
    if not hasattr(os, "O_TMPFILE") or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY | os.O_CLOEXEC, 0o666)
    except OSError as exc:  # (EISDIR: a kernel without O_TMPFILE; EOPNOTSUPP: a file system)
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            return None
        raise


def being_written(path: Path) -> bool:
    """Whether a live process holds ``path`` open to write it (:func:`hold_for_writing`).

    False where that cannot be told (no such file, not a regular file, no locks there)."""
    return ask_regular(path, _locked_for_writing, unknown=False)


def _locked_for_writing(fd: int) -> bool:
    """Whether another process holds an exclusive ``flock`` on ``fd``'s file (a shared one is
    refused), asked with a shared lock held only until ``fd`` closes."""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            return True
        raise  # (ENOLCK, EOPNOTSUPP: cannot be told)
    return False


def named_for_writing() -> None:
    """Tests only (:data:`HOLD_AT_NEW_WARC_VAR`): write the file the variable names, then wait
    until the test removes it (at most :data:`HOLD_FOR_TESTS_SECONDS`)."""
    flag = os.environ.get(HOLD_AT_NEW_WARC_VAR)
    if not flag:
        return
    Path(flag).write_text(str(os.getpid()), encoding="utf-8")
    end = time.monotonic() + HOLD_FOR_TESTS_SECONDS
    while os.path.exists(flag) and time.monotonic() < end:
        time.sleep(0.05)
