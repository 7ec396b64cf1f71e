"""Chromium's processes: every one a launch starts ends before the browser is counted closed.

Why: Playwright's driver starts Chromium in a session of its own, and Chromium starts more
processes than it waits for. Its zygotes are left for whoever inherits them when the main
process exits, and its crash handlers (``chrome_crashpad_handler``, two per launch, started
whatever the switches: ``--disable-breakpad`` and ``--disable-crash-reporter`` change nothing,
``--disable-crashpad-for-testing`` stops pages from loading at all with Debian's Chromium 156)
are double-forked, so they never were anyone's children. Left alone, they outlive the command
that started them (``<defunct>`` or still running, until init reaps them seconds later), and
their CPU time is counted nowhere: not by ``time``, not by the test suite's accounting.

So the process that drives Chromium makes itself a *child subreaper* (Linux, ``prctl``): the
orphans of everything it started become its own children instead of init's. Each launch is a
:class:`Family`: its processes carry a random token in their environment (every process of
Chromium inherits it, the crash handlers too), or are in a session one of those started, or
are children of one already known; and when the browser is closed :meth:`Family.end` waits
(bounded, :data:`REAP_WITHIN`) for each of them to exit, reaping those that are ours, so their
CPU time is added to ours, then kills what is left (SIGKILL) and reaps that.

:func:`kill_all` is the same at once, for a SIGTERM, a Ctrl-C or an exit: it kills every
process of every launch (their process groups at once), kills again at every look whatever
is still running, and returns only when two looks in a row find none left (or after
:data:`KILL_ALL_WITHIN` seconds), having also reaped every exited child the launches left
this process (the first half of a crash handler's double fork can exit and be handed to this
process before anyone saw it). The process that dies after it leaves nothing for its own
parent to inherit. Once a launch's processes are gone, either way, its temporary folders
(profile, Chromium's singleton socket's, Playwright's artifacts) are removed
(:mod:`archiver.capture.browser_folders`): killed, neither Chromium nor the driver removes them;
nor the short private folder a launch's Chromium is given as its ``TMPDIR`` when the inherited one
is too long for its singleton socket (:meth:`Family.env`).

Without ``/proc`` or ``prctl`` (not Linux) nothing is adopted or found: the browser is closed
as Playwright closes it and nothing more is done.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import secrets
import signal
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from archiver.capture import browser_folders

logger = logging.getLogger(__name__)

#: The environment variable that marks every process of one Chromium launch (its value: the
#: launch's random token).
MARK_ENV = "ARCHIVER_BROWSER_RUN"
#: How long a closed browser's processes are given to exit before the rest are killed.
REAP_WITHIN = 10.0
#: How long killed processes are given to be reaped.
KILL_GRACE = 5.0
#: The wait for processes to exit polls ``/proc`` this often.
POLL = 0.02

_PR_SET_CHILD_SUBREAPER = 36
_adopter = 0  # the pid of the process made subreaper (a forked child is not one)
_FAMILIES: set[Family] = set()  # launched and not yet ended (what a SIGTERM must take along)
_DRIVERS: set[str] = set()  # the executables Playwright's drivers are started from
# A forked child (a batch worker) has none of them: it must never kill its parent's browsers.
os.register_at_fork(after_in_child=_FAMILIES.clear)


def adopt_orphans() -> bool:
    """Make this process the child subreaper of everything it starts (idempotent); False where
    that is not possible (not Linux). Not inherited by a forked child, which calls it again."""
    global _adopter
    if _adopter == os.getpid():
        return True
    try:  # (no lock: two threads setting it at once set it twice, which is harmless)
        libc = ctypes.CDLL(None, use_errno=True)
        ok = bool(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        ok = False
    if ok:
        _adopter = os.getpid()
    else:
        logger.debug("cannot adopt Chromium's orphans here: its crash handlers are left to init")
    return ok


@dataclass(frozen=True)
class _Proc:
    state: str
    ppid: int
    pgid: int
    sid: int
    start: int  # clock ticks after boot: with the pid, names one process for good


def _stat(pid: int) -> _Proc | None:
    """What ``/proc`` says of ``pid`` (None: no such process, or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return _Proc(fields[0].decode(), int(fields[1]), int(fields[2]), int(fields[3]), int(fields[19]))
    except (OSError, IndexError, ValueError):
        return None


def _table() -> dict[int, _Proc]:
    """Every process ``/proc`` shows now (empty without ``/proc``)."""
    try:
        entries = os.listdir("/proc")
    except OSError:
        return {}
    procs = {int(name): _stat(int(name)) for name in entries if name.isdigit()}
    return {pid: proc for pid, proc in procs.items() if proc is not None}


#: The names (``comm``) Chromium's programs run under. A crash handler of a launch that failed
#: (no usable sandbox) has often exited, given to this process, before anyone looked: a zombie
#: has no environment left to show the launch's token, so it is known by name (and by being
#: this process's child, started after the launch began), else it was never reaped.
CHROMIUM_NAMES = ("chrome_crashpad", "chromium", "chrome")


def _comm(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm", "rb") as fh:
            return fh.read().decode(errors="replace").strip()
    except OSError:
        return ""


def runs_with_switch(pids: Iterable[int], switch: str) -> bool:
    """Whether one of ``pids`` has ``switch`` on its command line (split on NULs and spaces:
    Chromium's child processes rewrite theirs as one string). False without ``/proc``."""
    wanted = switch.encode()
    for pid in pids:
        if any(wanted in arg.split() for arg in browser_folders.cmdline_words(pid)):
            return True
    return False


def _environ(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/environ", "rb") as fh:
            return b"\0" + fh.read()
    except OSError:
        return b""


def _runs(pid: int, programs: set[str]) -> bool:
    """Whether ``pid`` runs one of ``programs`` (real paths). By ``/proc/PID/exe``, which is
    set first as a program starts: its command line is still empty for a while after the
    process that started it saw it start."""
    try:
        return os.path.realpath(f"/proc/{pid}/exe") in programs
    except OSError:
        return False


def _ticks_now() -> int:
    """Now, in the unit of a process's start time (clock ticks after boot); 0 without ``/proc``."""
    try:
        with open("/proc/uptime", "rb") as fh:
            return int(float(fh.read().split()[0]) * os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return 0


def _children() -> list[int]:
    """This process's children now, every thread's (an orphan is given to any live thread of
    its subreaper): the kernel's own list, which no process can enter or leave unseen."""
    me = os.getpid()
    try:
        tasks = os.listdir(f"/proc/{me}/task")
    except OSError:
        return []
    pids: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{me}/task/{tid}/children", "rb") as fh:
                pids += [int(pid) for pid in fh.read().split()]
        except (OSError, ValueError):
            continue
    return pids


@dataclass(eq=False)
class Family:
    """The processes of one Chromium launch (or one process: :meth:`of`), each known by pid and
    start time, so that a pid used again by another process is never taken for one of them.

    Membership never rests on one snapshot of ``/proc`` showing an unbroken line of parents up
    to this process (a parent that dies while ``/proc`` is read breaks it, and its children,
    given to this process meanwhile, were then missed: killed by nobody, or left unreaped when
    this process exited). A process belongs to the launch if it was seen as one before, carries
    the launch's token in its environment, is in a session one of those started (Chromium's
    main process and its crash handlers each start one, and every process they start inherits
    it: the kernel's record, whoever its parent is now), or is a child of a member."""

    token: str = field(default_factory=lambda: secrets.token_hex(8))
    members: dict[int, int] = field(default_factory=dict)  # pid -> start time, every one seen
    sessions: dict[int, int] = field(default_factory=dict)  # session id -> its leader's start time
    born: int = field(default_factory=_ticks_now)  # (clock ticks after boot) nothing of it is older
    reaped: int = 0  # members this process reaped (their CPU time is in ours)
    folders: list[str] = field(default_factory=list)  # its temporary folders, removed once it is gone
    temp: str | None = None  # Chromium's own short TMPDIR (ours: see env), else None
    killed: int = 0  # members still there after the wait, killed (each once, however often signalled)
    _killed: set[tuple[int, int]] = field(default_factory=set)  # (pid, start) of each one killed
    _read: set[tuple[int, int]] = field(default_factory=set)  # (pid, start) whose environment was read

    @classmethod
    def of(cls, pid: int) -> Family:
        """The family of one process started otherwise (Playwright's driver) and of what it
        starts: ended, and killed by a SIGTERM, with the browsers'."""
        family = cls()
        proc = _stat(pid)
        if proc is not None:
            family.members[pid] = proc.start
        _FAMILIES.add(family)
        return family

    def env(self) -> dict[str, str]:
        """The environment to launch Chromium with: ours and the launch's token, and a private
        folder of the launch's as its ``TMPDIR`` (in ours when Chromium's singleton socket fits
        there, else a short one: Chromium aborts at launch otherwise), made here
        (:func:`archiver.capture.browser_folders.short_temp`) and removed with the launch's other
        folders once its processes are gone, whatever Chromium left in it (its shared-memory
        files). Playwright's driver keeps ours.

        Raises:
            OSError: no such folder could be made (``TMPDIR`` too long and no short one).
        """
        _FAMILIES.add(self)  # (first: a SIGTERM from here on removes the folder made next)
        if self.temp is None:
            self.temp = browser_folders.short_temp()
            self.folders.append(self.temp)
        return {**os.environ, MARK_ENV: self.token, "TMPDIR": self.temp}

    def scan(self) -> dict[int, _Proc]:
        """The members there now (running, or exited and not yet reaped), newly started ones
        included (see the class docstring for what makes one)."""
        table = _table()
        found: dict[int, _Proc] = {}
        for _ in range(8):  # (a child listed before its parent is taken on the next pass)
            grew = False
            for pid, proc in table.items():
                if pid not in found and self._belongs(table, pid, proc):
                    self.members[pid] = proc.start
                    found[pid] = proc
                    grew = True
            if not grew:
                break
        return found

    def _belongs(self, table: dict[int, _Proc], pid: int, proc: _Proc) -> bool:
        if pid == os.getpid():
            return False
        if self.members.get(pid) == proc.start:
            return True
        if proc.start >= self.sessions.get(proc.sid, proc.start + 1):  # (not older than its session)
            return True
        parent = table.get(proc.ppid)
        if parent is not None and self.members.get(proc.ppid) == parent.start and proc.start >= parent.start:
            return True
        if proc.state == "Z" and proc.ppid == os.getpid() and proc.start >= self.born \
                and _comm(pid).startswith(CHROMIUM_NAMES):
            return True  # (an exited crash handler given to us: its environment, with the token, is gone)
        return self._marked(pid, proc)

    def _marked(self, pid: int, proc: _Proc) -> bool:
        """Whether ``pid``'s environment carries the token (read once per process; a zombie has
        none left). A marked session leader's session is the launch's from then on."""
        if proc.state == "Z" or (pid, proc.start) in self._read:
            return False
        self._read.add((pid, proc.start))
        if f"\0{MARK_ENV}={self.token}\0".encode() not in _environ(pid):
            return False
        if proc.sid == pid:
            self.sessions[pid] = proc.start
        return True

    def _reap(self, found: dict[int, _Proc]) -> dict[int, _Proc]:
        """Reap the members that have exited and are our children; the others, still there."""
        left = {}
        for pid, proc in found.items():
            if proc.ppid == os.getpid():
                with contextlib.suppress(ChildProcessError):
                    if os.waitpid(pid, os.WNOHANG)[0] == pid:
                        self.reaped += 1
                        continue
            left[pid] = proc
        return left

    def wait(self, timeout: float, *, kill: bool = False) -> dict[int, _Proc]:
        """Wait up to ``timeout`` seconds for every member to exit, reaping ours (with ``kill``,
        killing again, at every look, whatever is still running: one started since is not
        spared); what is left. Done only when two looks in a row find none: ``/proc`` is read
        one process at a time, and one started while it was read can be missed once."""
        deadline = time.monotonic() + timeout
        empty = 0
        while True:
            found = self.scan()
            if kill:
                self._kill(found)
            left = self._reap(found)
            empty = 0 if left else empty + 1
            if empty >= 2 or (left and time.monotonic() >= deadline):
                return left
            if left:
                time.sleep(POLL)

    def kill_renderers(self) -> int:
        """SIGKILL every renderer (``--type=renderer``) of this launch still running; how many.

        For a page whose scripts never yield: every call into it (an evaluation, reading its
        DOM) waits for its renderer's main thread, with no time limit of Playwright's, and no
        call from another thread may reach it. Killed, the renderer's page is gone (the calls
        fail at once) while the browser lives on; a browser serves one capture at a time, so
        its renderers are that page's (and its frames', and an unused spare's)."""
        count = 0
        for pid, proc in self.scan().items():
            if proc.state != "Z" and runs_with_switch([pid], "--type=renderer"):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
                    count += 1
        return count

    def kill(self) -> int:
        """SIGKILL every member still running (each known by pid and start time: no other),
        having noted the launch's temporary folders their command lines name (killed during
        its launch, they were not noted yet)."""
        found = self.scan()
        self.note_folders(found)
        return self._kill(found)

    def note_folders(self, pids: Iterable[int]) -> None:
        """Note the temporary folders (profile, singleton socket's) that ``pids``, the launch's
        processes, name: removed once the launch is gone (:mod:`archiver.capture.browser_folders`)."""
        for folder in browser_folders.launch_folders(pids, own_parents=[self.temp]):
            if folder not in self.folders:
                self.folders.append(folder)

    def _remove_folders(self) -> None:
        """Remove the launch's temporary folders: called once none of its processes is left.

        Each stays listed until it is removed: :meth:`end`, on a browser's thread, and
        :func:`kill_all`, at a SIGTERM, can both be removing them; the one that returns first
        must not leave the process to die while the other is half-way through (it then removes
        what is still there itself: removing is idempotent)."""
        folders = list(self.folders)
        browser_folders.remove(folders, own_parents=[self.temp])
        self.folders = [folder for folder in self.folders if folder not in folders]

    def _kill(self, found: dict[int, _Proc]) -> int:
        """SIGKILL the running ones of ``found``, and every process group one of them leads
        (the kernel kills a group at once, a process being started in it too)."""
        count = 0
        groups = {proc.pgid for pid, proc in found.items() if proc.pgid in found}
        for group in groups:  # (a member of it is there, unreaped: the group id is not another's)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(group, signal.SIGKILL)
        for pid, proc in found.items():
            if proc.state != "Z":
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
                    count += 1
                    self._killed.add((pid, proc.start))
        self.killed = len(self._killed)
        return count

    def end(self, timeout: float = REAP_WITHIN) -> None:
        """After the browser is closed: wait for its processes (bounded), then kill the rest;
        once none is left, remove the launch's temporary folders (:attr:`folders`)."""
        try:
            left = self.wait(timeout)
            if left:
                logger.info("%d Chromium processes still running %.0f s after it closed: killed",
                            len(left), timeout)
                self.kill()
                left = self.wait(KILL_GRACE, kill=True)
            if left:
                logger.warning("Chromium processes %s could not be reaped", sorted(left))
            else:
                self._remove_folders()
        finally:
            _FAMILIES.discard(self)


def expect_driver(executable: str) -> None:
    """Playwright's driver is about to be started from ``executable``: until its pid is known
    (:meth:`Family.of`), :func:`kill_all` knows it as a child of this process running that."""
    _DRIVERS.add(os.path.realpath(executable))


def _unknown_drivers(known: set[int]) -> Family:
    """The children of this process running a Playwright driver that no family holds yet (a
    SIGTERM while the driver starts: its pid is not known), as one family."""
    family = Family()
    for pid in _children():
        proc = _stat(pid)
        if proc is not None and proc.state != "Z" and pid not in known and _runs(pid, _DRIVERS):
            family.members[pid] = proc.start
    return family


def _reap_adopted(since: int) -> int:
    """Reap every child of this process that has exited and started at ``since`` or later:
    with this process about to end, those a browser's processes left it (one that exited before
    anyone saw it, such as the first half of a crash handler's double fork) would otherwise be
    left to whoever adopts them next, unreaped. How many were reaped."""
    count = 0
    for pid in _children():
        proc = _stat(pid)
        if proc is not None and proc.state == "Z" and proc.start >= since:
            with contextlib.suppress(ChildProcessError):
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    count += 1
    return count


#: How long :func:`kill_all` waits for killed processes to be gone: SIGKILL is certain, but on
#: a loaded machine a dozen of Chromium's processes, each given a small share of a CPU, can
#: take seconds to exit; a process that gives up waiting dies leaving them unreaped.
KILL_ALL_WITHIN = REAP_WITHIN + KILL_GRACE
#: The interpreter's switch interval (seconds) while :func:`kill_all` runs (Python's default:
#: 0.005). Each of its ~2,000 reads of ``/proc`` and removals releases the GIL; a thread busy in
#: Python meanwhile (an extraction of ``batch --threads``; before, a capture's wait spinning on
#: a dead page) then held it for a whole interval before this thread went on: a kill_all of
#: ~0.03 s of CPU took 2.1 s of wall time beside one busy thread, 0.18-0.35 s with this
#: (bench/bench_kill_all.py --busy 1).
KILL_ALL_SWITCH = 0.0001


def kill_all(grace: float = KILL_ALL_WITHIN) -> None:
    """Kill (SIGKILL) and reap every process of every Chromium (and Playwright driver) this
    process launched and has not ended, then every exited child they left it: for a SIGTERM, a
    Ctrl-C or an exit, when there is no time to close them. Returns when none is left, or after
    ``grace`` seconds (what is left then is named in the log). The temporary folders of each
    launch found gone are removed (:mod:`archiver.capture.browser_folders`). Takes no lock (it
    runs in a signal handler, which may have interrupted a thread holding one). Meanwhile the
    other threads of this process are made to hand back the GIL sooner (:data:`KILL_ALL_SWITCH`)."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, KILL_ALL_SWITCH))
    try:
        _kill_all(grace)
    finally:
        sys.setswitchinterval(previous)


def _kill_all(grace: float) -> None:
    deadline = time.monotonic() + grace
    done: list[Family] = []
    while True:  # (a browser's thread may launch another meanwhile: it is taken too)
        families = [f for f in list(_FAMILIES) if f not in done]
        drivers = _unknown_drivers({pid for f in families + done for pid in f.members})
        if drivers.members:
            families.append(drivers)
        if not families or time.monotonic() >= deadline:
            break
        for family in families:
            family.kill()
        for family in families:
            left = family.wait(max(0.0, deadline - time.monotonic()), kill=True)
            if left:
                logger.warning("Chromium processes %s still there %.0f s after they were killed",
                               sorted(left), grace)
            else:
                family._remove_folders()
        done += families
    if done:
        since = min([f.born for f in done] + [start for f in done for start in f.members.values()])
        _reap_adopted(since)
