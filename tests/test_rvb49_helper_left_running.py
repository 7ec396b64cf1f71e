"""A multiprocessing helper a kill did not end at the batch's stop (state D: no test can make
one, so the SIGKILL is held back, as the kernel holds it pending) is reaped later by a thread of
its own; that thread must not keep multiprocessing's lock of the helper while it waits, or the
next batch of the same process (a library caller's, a test's) waits for the stuck helper too,
with no bound: the stop's bound is lost."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from test_batch_helper_stop import held_preload

from archiver import batch_workers
from archiver.batch_workers import start_fork_server, stop_fork_server


def test_a_batch_after_a_stop_that_left_a_helper_running_starts_its_own_without_waiting_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from multiprocessing import forkserver

    hold = held_preload(tmp_path, monkeypatch, bounds=(0.2, 0.3))
    send = signal.pidfd_send_signal

    def pending_kill(pidfd: int, sig: int, *rest: object) -> None:
        if sig != signal.SIGKILL:
            send(pidfd, sig, *rest)  # type: ignore[arg-type]

    started: list[int | None] = []
    later = threading.Thread(target=lambda: (start_fork_server(), started.append(forkserver._forkserver._forkserver_pid)),
                             daemon=True)
    stuck = None
    try:
        start_fork_server()
        stuck = forkserver._forkserver._forkserver_pid
        batch_workers._FORK_SERVERS_USED.add(stuck)  # (as a batch's first worker start does)
        deadline = time.monotonic() + 60
        while not (tmp_path / "hold.held").exists():
            assert time.monotonic() < deadline, "the fork server never reached its preload"
            time.sleep(0.01)
        monkeypatch.setattr(signal, "pidfd_send_signal", pending_kill)
        stop_fork_server()  # (returns: the stuck helper is left to a reaping thread)
        monkeypatch.setattr(signal, "pidfd_send_signal", send)

        later.start()  # the next batch of this process
        later.join(20)

        assert not later.is_alive(), "the next batch's fork server waited for the stuck helper"
        assert started and started[0] not in (None, stuck)
    finally:
        if stuck is not None:
            os.kill(stuck, signal.SIGKILL)  # the kernel lets it go: it ends now
        hold.unlink(missing_ok=True)
        later.join(60) if later.ident is not None else None
        monkeypatch.undo()
        stop_fork_server()
    deadline = time.monotonic() + 60
    while True:  # reaped by this process, not left a zombie
        try:
            os.waitpid(stuck, os.WNOHANG)
        except ChildProcessError:
            break
        assert time.monotonic() < deadline, "the stuck helper was never reaped"
        time.sleep(0.01)
