"""How a batch ends its multiprocessing helpers (fork server, resource tracker) as it exits,
whatever the machine's load: a helper is killed when it is stuck, never for being slow.

The refused-batch tests (tests/test_batch_environment_errors.py) failed at load ~20: the batch
was refused before its first capture, its fork server was still in its imports and warm-up
(about 0.5-1 s of CPU, over 5 s of wall time at that load), and the stop waited 5 s for it,
then killed it with a "did not exit within 5 s" warning beside the one error line. Here the
fork server is held in its preload by a test module (tests/held_preload.py) instead of by the
load, and the bound is tried on real child processes: one working, one stopped.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archiver import batch_workers
from archiver.batch_workers import _within, start_fork_server, stop_fork_server

WARNING = "helper %s did not exit within %g s of being told to; killing it"


def _gone(pid: int) -> bool:
    """``pid``, a child of this process, has ended and was waited for (not even a zombie is left)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_fork_server_no_worker_was_asked_of_is_ended_at_its_stop_without_waiting_for_its_warm_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from multiprocessing import forkserver

    stop_fork_server()  # (one an earlier test of this process started: this test needs a fresh one)
    hold = tmp_path / "hold"
    hold.touch()
    monkeypatch.setenv("HELD_PRELOAD_FILE", str(hold))
    # (the fork server imports from its own sys.path: Python 3.11 does not hand it this one)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(Path(__file__).parent),
                                                                   os.environ.get("PYTHONPATH")])))
    monkeypatch.setattr(batch_workers, "WORKER_PRELOAD", ["held_preload"])
    try:
        start_fork_server()
        server = forkserver._forkserver._forkserver_pid
        deadline = time.monotonic() + 60
        while not (tmp_path / "hold.held").exists():  # its preload holds it now, as imports on a loaded machine do
            assert time.monotonic() < deadline, "the fork server never reached its preload"
            time.sleep(0.01)
        with caplog.at_level(logging.WARNING, logger="archiver.batch_workers"):
            stop_fork_server()
        assert _gone(server)
        assert not (tmp_path / "hold.done").exists()  # ended in its preload: not waited for
        assert not [r for r in caplog.records if "did not exit" in r.getMessage()]
    finally:
        hold.unlink(missing_ok=True)
        monkeypatch.undo()
        stop_fork_server()  # (a later batch of this process starts its own, with the batch's preload)


def _child(code: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", code])


#: Works a tenth of the time for 1.2 s of wall time (0.12 s of CPU at most, however loaded the
#: machine is), then exits: a helper that is slow, not stuck.
SLOW_WORKER = """
import time
end = time.monotonic() + 1.2
while time.monotonic() < end:
    spin = time.process_time() + 0.005
    while time.process_time() < spin:
        pass
    time.sleep(0.045)
"""


def test_a_helper_that_keeps_working_is_waited_for_past_the_bound_in_wall_time(
        caplog: pytest.LogCaptureFixture) -> None:
    proc = _child(SLOW_WORKER)
    try:
        with caplog.at_level(logging.WARNING, logger="archiver.batch_workers"):
            code = _within(proc.wait, proc.pid, 0.5, WARNING)  # (0.5 s of no progress, or 0.5 s of CPU)
        assert code == 0  # it ended by itself, not by SIGKILL
        assert not caplog.records
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("how", ["stopped", "idle"])
def test_a_helper_that_makes_no_progress_is_killed_at_the_bound_with_a_warning(
        how: str, caplog: pytest.LogCaptureFixture) -> None:
    proc = _child("import time; time.sleep(120)")
    try:
        if how == "stopped":
            os.kill(proc.pid, signal.SIGSTOP)
        with caplog.at_level(logging.WARNING, logger="archiver.batch_workers"):
            code = _within(proc.wait, proc.pid, 0.2, WARNING)
        assert code == -signal.SIGKILL
        assert [r.getMessage() for r in caplog.records] == [WARNING % (proc.pid, 0.2)]
    finally:
        proc.kill()
        proc.wait()


def test_a_helper_that_spends_the_bound_in_cpu_is_killed_however_busy_it_is(caplog: pytest.LogCaptureFixture) -> None:
    proc = _child("while True: pass")
    try:
        with caplog.at_level(logging.WARNING, logger="archiver.batch_workers"):
            code = _within(proc.wait, proc.pid, 0.1, WARNING)
        assert code == -signal.SIGKILL
        assert len(caplog.records) == 1
    finally:
        proc.kill()
        proc.wait()
