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
Chromium inherits it, the crash handlers too), and when the browser is closed
:meth:`Family.end` waits (bounded, :data:`REAP_WITHIN`) for each of them to exit, reaping
those that are ours, so their CPU time is added to ours, then kills what is left (SIGKILL)
and reaps that. :func:`kill_all` does the same at once, for a SIGTERM.

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
import time
from dataclasses import dataclass, field

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
    start: int  # clock ticks after boot: with the pid, names one process for good


def _stat(pid: int) -> _Proc | None:
    """What ``/proc`` says of ``pid`` (None: no such process, or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return _Proc(fields[0].decode(), int(fields[1]), int(fields[2]), int(fields[19]))
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


def _environ(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/environ", "rb") as fh:
            return b"\0" + fh.read()
    except OSError:
        return b""


@dataclass(eq=False)
class Family:
    """The processes of one Chromium launch (or one process: :meth:`of`), each known by pid and
    start time, so that a pid used again by another process is never taken for one of them."""

    token: str = field(default_factory=lambda: secrets.token_hex(8))
    members: dict[int, int] = field(default_factory=dict)  # pid -> start time, every one seen
    group: int | None = None  # Chromium's process group (its main process's pid)
    reaped: int = 0  # members this process reaped (their CPU time is in ours)
    killed: int = 0  # members still there after the wait, killed
    _read: set[tuple[int, int]] = field(default_factory=set)  # (pid, start) whose environment was read

    @classmethod
    def of(cls, pid: int) -> Family:
        """The family of one process started otherwise (Playwright's driver): ended, and killed
        by a SIGTERM, with the browsers'."""
        family = cls()
        proc = _stat(pid)
        if proc is not None:
            family.members[pid] = proc.start
        _FAMILIES.add(family)
        return family

    def env(self) -> dict[str, str]:
        """The environment to launch Chromium with: ours and the launch's token."""
        _FAMILIES.add(self)
        return {**os.environ, MARK_ENV: self.token}

    def scan(self) -> dict[int, _Proc]:
        """The members there now (running, or exited and not yet reaped), newly started ones
        included: Chromium's main process and its crash handlers carry the token in their
        environment; the processes it starts itself (zygotes, renderers, GPU, utilities) rewrite
        theirs with their title, and are known as descendants of ours in its process group."""
        needle = f"\0{MARK_ENV}={self.token}\0".encode()
        table = _table()
        found: dict[int, _Proc] = {}
        for pid, proc in table.items():
            if self.members.get(pid) == proc.start or self._of_group(table, pid, proc):
                self.members[pid] = proc.start
                found[pid] = proc
            elif proc.state != "Z" and (pid, proc.start) not in self._read:
                self._read.add((pid, proc.start))
                if needle in _environ(pid):
                    self.members[pid] = proc.start
                    found[pid] = proc
                    if proc.pgid == pid:
                        self.group = pid
        return found

    def _of_group(self, table: dict[int, _Proc], pid: int, proc: _Proc) -> bool:
        """Whether ``proc`` is one of the processes Chromium started: in its process group, not
        older than its main process, and a descendant of this process (where every process of
        a launch is, this process being their subreaper)."""
        if self.group is None or proc.pgid != self.group or proc.start < self.members.get(self.group, proc.start):
            return False
        me = os.getpid()
        for _ in range(64):
            if proc.ppid == me:
                return True
            parent = table.get(proc.ppid)
            if parent is None:
                return False
            proc = parent
        return False

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

    def wait(self, timeout: float) -> dict[int, _Proc]:
        """Wait up to ``timeout`` seconds for every member to exit, reaping ours; what is left."""
        deadline = time.monotonic() + timeout
        while True:
            left = self._reap(self.scan())
            if not left or time.monotonic() >= deadline:
                return left
            time.sleep(POLL)

    def kill(self) -> int:
        """SIGKILL every member still running (each known by pid and start time: no other)."""
        count = 0
        for pid, proc in self.scan().items():
            if proc.state != "Z":
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
                    count += 1
        self.killed += count
        return count

    def end(self, timeout: float = REAP_WITHIN) -> None:
        """After the browser is closed: wait for its processes (bounded), then kill the rest."""
        try:
            left = self.wait(timeout)
            if left:
                logger.info("%d Chromium processes still running %.0f s after it closed: killed",
                            len(left), timeout)
                self.kill()
                left = self.wait(KILL_GRACE)
            if left:
                logger.warning("Chromium processes %s could not be reaped", sorted(left))
        finally:
            _FAMILIES.discard(self)


def kill_all() -> None:
    """Kill (SIGKILL) and reap every process of every Chromium this process launched and has
    not ended: for a SIGTERM, when there is no time to close them. Takes no lock (it runs in a
    signal handler, which may have interrupted a thread holding one)."""
    for family in list(_FAMILIES):
        family.kill()
    for family in list(_FAMILIES):
        family.wait(KILL_GRACE)
