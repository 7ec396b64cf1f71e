"""A batch's first Ctrl-C ends the batch, bounded, whatever state its fork server is in.

A first Ctrl-C stops handing out URLs and lets the captures in flight finish; then the workers
are told to exit. Each worker's end was awaited as its fork server reports it: with that server
stopped (SIGSTOP, as a debugger or a job control stop leaves it, or by the test hook
``ARCHIVER_TEST_STUCK_WORKER_START`` as a worker's start begins) or hung, the batch waited for
ever after the captures were done, until a second Ctrl-C. Each test starts a real ``archiver
batch`` whose capture is held at a real server on 127.0.0.1, has its fork server stopped,
presses Ctrl-C once, lets the capture finish and reads what the batch does. The guards on the
waits are generous and never what a test relies on.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import (
    RUN_MARK_VAR,
    end_marked,
    processes_marked,
    reap_exited_children,
    wait_until_gone,
)
from servers import Gate, Site, response

from archiver.batch_workers import STUCK_START_AT_VAR, STUCK_START_VAR

PAGE = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour</title></head>"
        b"<body><article><h1>Harbour</h1><p>The harbour authority said the bridge would reopen in "
        b"March after repairs.</p></article></body></html>")


def _page(_handler):  # noqa: ANN001, ANN202
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)


def _held(gate: Gate):  # noqa: ANN202
    def route(handler):  # noqa: ANN001, ANN202
        gate.wait()
        return _page(handler)

    return route


def _wait_for(condition: Callable[[], object], proc: subprocess.Popen[str], what: str, timeout: float = 120) -> None:
    """Until ``condition()`` holds (a last guard, never a timing the test relies on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"{what}: not within {timeout:g} s"
        time.sleep(0.02)


def _fork_server(batch: subprocess.Popen[str], mark: str) -> int:
    """The batch's fork server (a child of the batch running multiprocessing's fork server)."""
    found: list[int] = []

    def look() -> bool:
        for pid in processes_marked(mark):
            with contextlib.suppress(OSError, ValueError, IndexError):
                parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent == batch.pid and b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(pid)
        return bool(found)

    _wait_for(look, batch, "the batch's fork server")
    return found[0]


def _run(urls: list[str], tmp_path: Path, store: Path, gate: Gate, jobs: int, env: dict[str, str],
         stop: Callable[[subprocess.Popen[str], str], None]) -> tuple[subprocess.Popen[str], str, str, list[int]]:
    """Start the batch, wait until its first URL is held at the server, ``stop`` its fork server, press
    Ctrl-C once, let the held capture finish: (the process, stdout, stderr, processes left). Whatever
    happens, nothing is left stopped or running."""
    listed = tmp_path / "urls.txt"
    listed.write_text("".join(u + "\n" for u in urls))
    mark = uuid.uuid4().hex
    proc = start_cli_process("batch", str(listed), "--delay", "0", "--jobs", str(jobs), "--nl", store=store,
                             env={**env, RUN_MARK_VAR: mark})
    try:
        _wait_for(lambda: gate.passed >= 1, proc, "the first URL at the server")  # a worker is capturing it
        stop(proc, mark)
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=120)
        gate.open()  # the capture in flight finishes; its worker is then told to exit
        try:
            stdout, stderr = proc.communicate(timeout=120)  # a guard only (the exit's bound is 60 s)
        except subprocess.TimeoutExpired:
            raise AssertionError("the batch waited for its stopped fork server after one Ctrl-C") from None
        survivors = wait_until_gone(mark)
        # a worker that ended while its fork server was stopped is left unreaped when that server is
        # killed: it came to this process, the tests' subreaper, and is reaped here as init would
        reap_exited_children()
    finally:
        gate.open()
        end_marked(proc, mark)
    return proc, stdout, "".join(seen) + stderr, survivors


def _assert_ended_after_the_capture(proc: subprocess.Popen[str], stdout: str, stderr: str, survivors: list[int]) -> None:
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "1 captured, " in stderr and "0 failed, 1 not attempted, of 2 URLs" in stderr, stderr
    assert [json.loads(line)["status"] for line in stdout.splitlines() if line.strip()] == ["captured"]
    # the worker's end is seen without its fork server, which is named in one line
    notes = [line for line in stderr.splitlines() if "did not report it" in line]
    assert len(notes) == 1 and "fork server" in notes[0] and "stopped or hung" in notes[0], stderr
    assert "killing it" not in stderr, stderr  # the worker exited as told: nothing to kill
    assert survivors == []


def test_a_first_ctrl_c_ends_the_batch_when_its_fork_server_stopped_while_a_worker_captured(
        site: Site, store: Path, tmp_path: Path) -> None:
    gate = Gate(free=0, deadline=300)
    site.routes["/held"] = site.routes["/next"] = _held(gate)
    proc, stdout, stderr, survivors = _run(
        [site.url("/held"), site.url("/next")], tmp_path, store, gate, 1, {},
        lambda batch, mark: os.kill(_fork_server(batch, mark), signal.SIGSTOP))
    _assert_ended_after_the_capture(proc, stdout, stderr, survivors)
    assert site.requests.count("/next") == 0


def test_a_first_ctrl_c_during_a_stuck_start_while_another_worker_captures_ends_the_batch_bounded(
        site: Site, store: Path, tmp_path: Path) -> None:
    # With another worker capturing, the stuck start's fork server is left to the capture in
    # flight (not killed): the capture finished and was recorded, then the batch waited for ever
    # for that stopped fork server to report the worker's exit. The second URL is on another
    # host, so that its worker's start (the batch's second) comes while the first worker captures.
    gate = Gate(free=0, deadline=300)
    site.routes["/held"] = _held(gate)
    other = Site(host="127.0.0.2", bind="127.0.0.2")
    other.routes["/page"] = _page
    flag = tmp_path / "start-under-way"
    try:
        proc, stdout, stderr, survivors = _run(
            [site.url("/held"), other.url("/page")], tmp_path, store, gate, 2,
            {STUCK_START_VAR: str(flag), STUCK_START_AT_VAR: "2"},
            lambda batch, _mark: _wait_for(flag.exists, batch, "the second worker's start"))
    finally:
        other.close()
    assert "did not start a worker within" not in stderr, stderr  # the start ended at the Ctrl-C
    assert "waiting for the 1 in flight" in stderr, stderr
    _assert_ended_after_the_capture(proc, stdout, stderr, survivors)
    assert other.requests.count("/page") == 0  # untried: pending for the re-run
