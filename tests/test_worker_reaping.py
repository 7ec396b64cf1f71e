"""The test worker reaps the orphans it is given, never a child something here still waits for.

Each xdist worker is a child subreaper (tests/conftest.py), so what a command leaves behind
comes to it; after each test it reaps the exited ones. A multiprocessing process (an in-process
batch's fork server, its workers) is waited for by its own object: reaping it first would make
that object fail or report the wrong exit code. The run's leak check (``processes_marked``) finds a
process the tests started by its mark, looking only below the worker: a leaked one is still found.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from conftest import RUN_MARK_VAR, processes_marked, reap_exited_children

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _exit_with(code: int) -> None:
    os._exit(code)


def _zombie(pid: int) -> bool:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.01)
    return False


def test_an_exited_multiprocessing_process_is_left_to_its_own_object() -> None:
    process = multiprocessing.get_context("fork").Process(target=_exit_with, args=(3,))
    process.start()
    assert process.pid is not None and _zombie(process.pid)
    assert process.pid not in reap_exited_children()
    process.join(10)
    assert process.exitcode == 3


def test_an_exited_child_nothing_waits_for_is_reaped() -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    assert _zombie(pid)
    assert pid in reap_exited_children()
    assert not Path(f"/proc/{pid}").exists()


def _leave_behind(mark: str, script: str) -> tuple[subprocess.Popen[str], int]:
    """Run ``sh -c SCRIPT`` with ``mark``, SCRIPT starting ``sleep`` in the background and printing its pid."""
    proc = subprocess.Popen(["sh", "-c", script], env={**os.environ, RUN_MARK_VAR: mark}, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    pid = int(proc.stdout.readline())
    # The shell prints the pid as it forks: wait until that child is ``sleep`` (exec'd), so that a read of
    # its environment does not meet it mid-exec (seen once: the child was missed in a full run)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() == "sleep":
                break
        except OSError:
            break
        time.sleep(0.005)
    return proc, pid


def _kill_and_reap(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)  # (an orphan came to this worker, its subreaper)


def test_a_process_a_test_leaked_is_found_by_its_mark_after_its_parent_exited() -> None:
    mark = uuid.uuid4().hex
    proc, leaked = _leave_behind(mark, "sleep 300 >/dev/null 2>&1 & echo $!")
    try:
        proc.wait(30)
        assert processes_marked(mark) == [leaked]
    finally:
        _kill_and_reap(leaked)
    assert processes_marked(mark) == []


def test_a_marked_process_below_a_running_child_is_found_with_it() -> None:
    mark = uuid.uuid4().hex
    proc, below = _leave_behind(mark, "sleep 300 >/dev/null 2>&1 & echo $!; wait")
    try:
        assert processes_marked(mark) == sorted([proc.pid, below])
    finally:
        with contextlib.suppress(OSError):
            os.kill(below, signal.SIGKILL)
        proc.wait(30)
    assert processes_marked(mark) == []


def test_a_marked_process_that_exited_unreaped_is_not_counted_as_alive() -> None:
    mark = uuid.uuid4().hex
    proc = subprocess.Popen(["sh", "-c", "exit 0"], env={**os.environ, RUN_MARK_VAR: mark})
    try:
        assert _zombie(proc.pid)
        assert processes_marked(mark) == []
    finally:
        proc.wait(30)
