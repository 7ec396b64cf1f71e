"""Real processes that hold a lock a writer or a check of the store waits for: stopped, busy, or slow.

The WARC lock tests (sec54, rvsec55, sec56, rvb51) each started such a holder, read its "held" line,
waited for a stopped one to be stopped and set a watchdog that lets the lock go; each wrote that out
again. One place, so that a holder is started, watched and ended the same way in all of them.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from servers import Site, html_page

from archiver.store import warc_writing

PAGE = b"<html><body><article><p>The ferry to the island runs twice a day from May.</p></article></body></html>"

#: Asks as ``log verify --deep`` asks whether argv[1] is being written (a shared lock kept until the
#: descriptor closes), says so, then stops itself inside that instant.
CHECK_AND_STOP = """import os, signal, sys
from archiver.store.warc_writing import _locked_for_writing
fd = os.open(sys.argv[1], os.O_RDONLY)
print("written" if _locked_for_writing(fd) else "held", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)
"""

#: Holds argv[1]'s shared lock as a check does, says so, stays running (busy) for argv[2] seconds,
#: then says how long it held it and lets go (by ending).
CHECK_SLOWLY = """import os, sys, time
from archiver.store.warc_writing import _locked_for_writing
fd = os.open(sys.argv[1], os.O_RDONLY)
print("written" if _locked_for_writing(fd) else "held", flush=True)
start = time.monotonic()
while time.monotonic() - start < float(sys.argv[2]):
    pass
print(f"{time.monotonic() - start:.2f}", flush=True)
"""

#: Takes the folder argv[1]'s flock (argv[2]: LOCK_SH or LOCK_EX), says so, then stops itself.
HOLD_AND_STOP = """import fcntl, os, signal, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_DIRECTORY)
fcntl.flock(fd, getattr(fcntl, sys.argv[2]))
print("held", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)
"""


def process_state(pid: int) -> str:
    """The state letter /proc gives the process (``T``: stopped)."""
    with open(f"/proc/{pid}/stat", "rb") as fh:
        return fh.read().rsplit(b")", 1)[1].split()[0].decode()


class Holder:
    """A process running ``script`` with ``args`` that has said it holds its lock ("held")."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
        out: IO[str] | None = self.proc.stdout
        assert out is not None and out.readline() == "held\n"

    def end(self) -> None:
        self.proc.kill()
        self.proc.wait(30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


class StoppedHolder(Holder):
    """A holder stopped once it holds the lock; ``let_go_after`` seconds on, a watchdog kills it
    (letting the lock go) and says it had to (``watchdog_fired``)."""

    def __init__(self, script: str, *args: str, let_go_after: float = 60.0) -> None:
        super().__init__(script, *args)
        while process_state(self.proc.pid) != "T":
            time.sleep(0.01)
        self.watchdog_fired = False
        self._timer = threading.Timer(let_go_after, self._let_go)
        self._timer.start()

    def _let_go(self) -> None:
        self.watchdog_fired = True
        self.proc.kill()

    def end(self) -> None:
        self._timer.cancel()
        super().end()


class StoppedCheck(StoppedHolder):
    """A checker process stopped while it holds ``path``'s shared lock (:data:`CHECK_AND_STOP`)."""

    def __init__(self, path: Path, let_go_after: float = 60.0) -> None:
        super().__init__(CHECK_AND_STOP, str(path), let_go_after=let_go_after)


class BusyCheck(Holder):
    """A checker process that holds ``path``'s shared lock while it runs (busy) for ``seconds``
    (:data:`CHECK_SLOWLY`)."""

    def __init__(self, path: Path, seconds: float) -> None:
        super().__init__(CHECK_SLOWLY, str(path), str(seconds))

    def held(self) -> float:
        """Seconds it held the lock, once it has let go."""
        assert self.proc.stdout is not None
        seconds = float(self.proc.stdout.readline())
        self.proc.wait(30)
        self.proc.stdout.close()
        return seconds


def checked_creations(monkeypatch: pytest.MonkeyPatch, check: Callable[[Path], Any], *, hold_within: float,
                      first_only: bool = False) -> list[Any]:
    """Each WARC file creation of this process (or the first only) meets ``check`` on its temporary
    name, once opened (no unnamed files, so that there is one); the writer's bound is ``hold_within``.
    Returns the list the holders are added to (end each)."""
    made: list[Any] = []
    real_open = warc_writing._open_temporary

    def open_then_checked(path: Path):  # type: ignore[no-untyped-def]
        temporary, f = real_open(path)
        if not (first_only and made):
            made.append(check(temporary))
        return temporary, f

    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)
    monkeypatch.setattr(warc_writing, "_open_temporary", open_then_checked)
    monkeypatch.setattr(warc_writing, "HOLD_WITHIN", hold_within)
    return made


def ended(made: list[Any]) -> Iterator[list[Any]]:
    """A fixture's body: yields ``made``, then ends every holder in it."""
    try:
        yield made
    finally:
        for holder in made:
            holder.end()


def ferry_site() -> Iterator[Site]:
    """A fixture's body: a site serving :data:`PAGE` at ``/ferry``."""
    s = Site()
    s.routes["/ferry"] = html_page(PAGE)
    yield s
    s.close()
