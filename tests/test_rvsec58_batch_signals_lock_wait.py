"""A batch stopped while a capture waits for a new WARC file's lock (review rvsec58 of sec57).

sec57 made a batch's first Ctrl-C end a worker's wait for a WARC lock's holder (SIGUSR1 to the
worker processes holding an archive slot; a flag in this process for thread workers). Its test
covered one Ctrl-C of a batch in worker processes. Here, each in a real ``archiver batch`` with the
same holder (``test_sec57_batch_ctrl_c_lock_wait``'s sitecustomize: the wait's bounds raised to
600 s, so only the signal can end it within the test's guards): the same wait under ``--threads``,
under SIGTERM, and under two Ctrl-C in quick succession (the second stops busy workers as a kill
does). After each the store is consistent: ``log verify --deep`` passes and no capture is listed (after two
Ctrl-C, a worker killed in its wait may leave its new file's temporary name: reported by ``--deep``).

And a worker process not yet set up (its ``init``, which puts the SIGUSR1 handler in place, has not
returned) is never sent SIGUSR1, which would kill it: a worker holds a slot only once it has asked for
one over its pipe, from a task, after its ``init``; :meth:`ProcessWorkers.signal_archiving` signals
slot holders only.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from test_sec57_batch_ctrl_c_lock_wait import batch_stopped


def _store_consistent(store: Path, env: dict[str, str], *, killed: bool) -> None:
    """``log verify --deep`` passes and nothing is listed. A worker a second Ctrl-C killed in its
    wait (SIGKILL: nothing of it runs after) may leave its new file's temporary name, which ``--deep``
    reports as such (``W_WARC_TEMPORARY``, with what to do); the harness makes every new file under
    one (no O_TMPFILE). No other warning, and no WARC file."""
    verified = run_cli("log", "verify", "--deep", store=store, env=env)
    said = verified.stdout + verified.stderr
    assert verified.returncode == 0, said
    assert set(re.findall(r"W_WARC_\w+", said)) <= ({"W_WARC_TEMPORARY"} if killed else set()), said
    listed = run_cli("list", "--json", store=store, env=env)
    assert listed.returncode == 0 and json.loads(listed.stdout) == [], listed.stdout + listed.stderr
    assert not list((store / "warcs").glob("*.warc.gz"))


@pytest.mark.parametrize(("options", "signals"), [
    (["--threads"], [signal.SIGINT]),
    ([], [signal.SIGTERM]),
    (["--threads"], [signal.SIGTERM]),
    ([], [signal.SIGINT, signal.SIGINT]),
], ids=["threads-ctrl-c", "processes-sigterm", "threads-sigterm", "processes-two-ctrl-c"])
def test_a_stopped_batch_ends_a_wait_for_a_held_warc_lock_and_leaves_the_store_consistent(tmp_path, options, signals):
    code, _, stderr, store, env = batch_stopped(tmp_path, options, signals)
    assert code == 130, stderr
    assert "Traceback" not in stderr, stderr
    _store_consistent(store, env, killed=len(signals) > 1)


# -- a worker not yet set up ---------------------------------------------------------------------


def _held_init(folder: str, gate: Any) -> None:
    """A worker's ``init`` that says it has begun, then waits for the test's word (a file)."""
    del gate
    Path(folder, "in-init").write_text(str(os.getpid()))
    deadline = time.monotonic() + 120  # a guard only
    while not Path(folder, "go-on").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    signal.signal(signal.SIGUSR1, lambda *_: None)  # (as the batch's init puts its handler in place, last here)


def _run(task: Any) -> Any:
    return ("ran", task)  # (a string back would be read as a slot message)


def test_a_worker_still_in_its_init_is_not_sent_the_stop_signal(tmp_path):
    from archiver.batch import ProcessWorkers

    pool = ProcessWorkers(multiprocessing.get_context("forkserver"), 1, slots=1, init=_held_init, run=_run,
                          init_arg=str(tmp_path))
    try:
        fut = pool.submit("the task")  # type: ignore[arg-type]  (handed to run as it is)
        deadline = time.monotonic() + 120  # a guard only
        while not (tmp_path / "in-init").exists():
            assert time.monotonic() < deadline, "the worker never began its init"
            time.sleep(0.02)
        pool.signal_archiving(signal.SIGUSR1)  # (a batch's first Ctrl-C: SIGUSR1 would kill it here)
        (tmp_path / "go-on").write_text("")
        assert fut.result(timeout=120) == ("ran", "the task")  # it lived through its init and ran the task
    finally:
        pool.shutdown(now=True)
