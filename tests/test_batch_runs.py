"""One run of a batch at a time, and nothing left behind by a killed one (review 15 F, K, L).

Real ``archiver batch`` processes against pages on 127.0.0.1, held at a :class:`Gate` while
the test acts; a real worker process whose batch has gone.
"""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli, start_cli_process, without_key_news
from conftest import RUN_MARK_VAR, reap_exited_children, wait_until_gone
from servers import Gate, Site, html_page

from archiver.batch import state_path
from archiver.batch_workers import OWNER_FILE, _start_ticks
from archiver.core.own_temp import namespace


def serve(site: Site, count: int, gate: Gate) -> list[str]:
    def route(h: Any) -> bytes:
        gate.wait()
        return html_page(b"<html><head><title>A page</title></head><body><p>Some text of a page.</p></body></html>")(h)
    for i in range(count):
        site.routes[f"/page{i}"] = route
    return [site.url(f"/page{i}") for i in range(count)]


def wait_for_outcomes(store: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        states = list((store / "batches").glob("*.jsonl")) if (store / "batches").exists() else []
        if states and states[0].read_text().count('"url"') >= count:
            return
        time.sleep(0.02)
    raise AssertionError("the batch recorded too few outcomes in time")


def captures_per_url(store: Path) -> collections.Counter[str]:
    lines = (store / "provenance" / "log.jsonl").read_text().splitlines()
    return collections.Counter(json.loads(line)["data"]["url"] for line in lines
                               if json.loads(line)["type"] == "capture")


def test_the_same_batch_started_while_it_runs_refuses_in_one_line_naming_the_running_pid(store, tmp_path):
    site, gate = Site(), Gate(free=1)
    try:
        urls = serve(site, 4, gate)
        f = tmp_path / "urls.txt"
        f.write_text("".join(u + "\n" for u in urls))
        first = start_cli_process("batch", str(f), "--delay", "0", "--jobs", "1", store=store,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for_outcomes(store, 1)
            second = run_cli("batch", str(f), "--delay", "0", store=store)
        finally:
            gate.open()
            _, first_err = first.communicate(timeout=120)
    finally:
        site.close()
    assert second.returncode == 3, second.stderr
    assert second.stderr.strip() == (f"error: this batch is already running (pid {first.pid}): let it finish, "
                                     "or stop it and run the same command again to resume it")
    assert first.returncode == 0, first_err
    assert captures_per_url(store) == dict.fromkeys(urls, 1)


def test_a_batch_can_run_again_once_the_one_before_has_ended(store, tmp_path):
    site, gate = Site(), Gate(free=100)
    try:
        urls = serve(site, 2, gate)
        f = tmp_path / "urls.txt"
        f.write_text("".join(u + "\n" for u in urls))
        assert run_cli("batch", str(f), "--delay", "0", store=store).returncode == 0
        again = run_cli("batch", str(f), "--delay", "0", store=store)
    finally:
        site.close()
    assert again.returncode == 0, again.stderr
    assert "resuming: 2 of 2 URLs already done" in again.stderr


def _outcome_of(task: object) -> str:  # (run by the worker below: a module-level function)
    return f"done {task}"


def _nothing(_arg: object, _gate: object) -> None:
    pass


_WORKER_WHOSE_BATCH_IS_GONE = """
import multiprocessing, sys
sys.path.insert(0, sys.argv[1])
from archiver.batch_workers import _pipe_worker_main
from test_batch_runs import _nothing, _outcome_of
batch, worker = multiprocessing.Pipe()
batch.send("a task")
batch.close()  # the batch is gone (as SIGKILLed) before the worker answers
_pipe_worker_main(worker, _nothing, _outcome_of, None)
print("worker ended")
"""


def test_a_worker_whose_batch_is_gone_ends_quietly():
    proc = subprocess.run([sys.executable, "-c", _WORKER_WHOSE_BATCH_IS_GONE, str(Path(__file__).parent)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "worker ended\n"
    assert proc.stderr == ""


@pytest.fixture
def short_temp() -> Iterator[Path]:
    """A TMPDIR short enough for the fork server's socket (a longer one moves it to /tmp)."""
    with tempfile.TemporaryDirectory(prefix="pm", dir="/tmp") as folder:
        yield Path(folder)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_next_batch_removes_the_fork_server_folder_a_killed_batch_left_and_no_other(store, tmp_path,
                                                                                         short_temp):
    temp = short_temp
    mark = uuid.uuid4().hex
    env = {"TMPDIR": str(temp), RUN_MARK_VAR: mark}
    # another program's folder (no mark), and one whose owner (this process) lives
    (temp / "pymp-someone").mkdir()
    live = temp / "pymp-alive"
    live.mkdir()
    (live / OWNER_FILE).write_text(f"{os.getpid()} {_start_ticks(os.getpid())} {namespace()}\n")
    # one of a batch in another PID namespace sharing this TMPDIR (a container): its pid means
    # nothing here, so it is never taken for dead (review 17 F1: a live batch's folder was removed)
    elsewhere = temp / "pymp-elsewhere"
    elsewhere.mkdir()
    (elsewhere / OWNER_FILE).write_text("4194000 1 000000000000-1\n")
    older = temp / "pymp-older"  # a mark without its namespace (what such a batch wrote before)
    older.mkdir()
    (older / OWNER_FILE).write_text("4194000 1\n")
    site, gate = Site(), Gate(free=1)
    try:
        urls = serve(site, 3, gate)
        f = tmp_path / "urls.txt"
        f.write_text("".join(u + "\n" for u in urls))
        killed = start_cli_process("batch", str(f), "--delay", "0", "--jobs", "1", store=store, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_outcomes(store, 1)
            left = {p.name for p in temp.glob("pymp-*")} - {"pymp-someone", "pymp-alive", "pymp-elsewhere",
                                                                "pymp-older"}
            killed.send_signal(signal.SIGKILL)
            killed.wait(timeout=30)
            assert wait_until_gone(mark, timeout=30) == []  # its fork server and worker die with it
            reap_exited_children()  # (they came to this process, the tests' subreaper: as init would)
        finally:
            if killed.poll() is None:
                killed.kill()
                killed.wait(timeout=30)
        assert left, "the killed batch had a fork server folder"
        assert all((temp / name).exists() for name in left)  # a kill runs no clean-up
        gate.open()
        again = subprocess.run([sys.executable, "-m", "archiver", "--store", str(store), "batch", str(f),
                                "--delay", "0"], capture_output=True, text=True, timeout=120,
                               env={**os.environ, **env})
    finally:
        gate.open()
        site.close()
        wait_until_gone(mark, timeout=30)
        reap_exited_children()
    assert again.returncode == 0, again.stderr
    assert not any((temp / name).exists() for name in left)
    assert (temp / "pymp-someone").is_dir() and (live / OWNER_FILE).exists()
    assert (elsewhere / OWNER_FILE).exists() and (older / OWNER_FILE).exists()



def test_a_folder_where_the_batch_lock_belongs_is_one_line(store, tmp_path):
    """Review 18 F6: an IsADirectoryError traceback (a damaged store)."""
    f = tmp_path / "urls.txt"
    f.write_text("http://127.0.0.1:9/\n")
    state = state_path(store, ["http://127.0.0.1:9/"])
    state.with_suffix(".lock").mkdir(parents=True)
    proc = run_cli("batch", str(f), "--delay", "0", store=store)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    own = without_key_news(proc.stderr)  # (the store's new key is announced besides)
    assert "batch's lock" in own and len(own.strip().splitlines()) == 1, proc.stderr
