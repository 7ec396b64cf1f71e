"""A batch's first Ctrl-C while a worker's start waits for a fork server that does not answer.

A start waits for the fork server to report the new worker, up to 60 s (the bound, after which
the server is killed and the task fails). A first Ctrl-C then was said only once the bound had
run out. The test starts a real ``archiver batch`` whose fork server is stopped (SIGSTOP) as the
first worker's start begins (``ARCHIVER_TEST_STUCK_WORKER_START``, a hook only the tests set: it
writes a file once the start is under way), presses Ctrl-C once and reads what the batch does.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, processes_marked, wait_until_gone
from servers import Gate, Site, response

from archiver.batch_workers import STUCK_START_AT_VAR, STUCK_START_VAR

PAGE = b"<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>The harbour.</p></body></html>"


def _wait_for_file(path: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    """Until ``path`` exists (a last guard, never a timing the test relies on)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"the worker's start never began within {timeout:g} s"
        time.sleep(0.02)


def test_a_first_ctrl_c_during_a_stuck_worker_start_is_said_at_once_and_ends_the_start(
        site: Site, store: Path, tmp_path: Path) -> None:
    site.routes["/page"] = lambda _handler: response("200 OK", [("Content-Type", "text/html")], PAGE)
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/page") + "\n")
    flag = tmp_path / "start-under-way"
    mark = uuid.uuid4().hex
    proc = start_cli_process("batch", str(urls), "--delay", "0", "--jobs", "1", "--nl", store=store,
                             env={RUN_MARK_VAR: mark, STUCK_START_VAR: str(flag)})
    try:
        _wait_for_file(flag, proc)
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=120)  # (a guard: the bound is 60 s)
        stdout, stderr = proc.communicate(timeout=120)
        stderr = "".join(seen) + stderr
        survivors = wait_until_gone(mark)
    finally:
        for pid in processes_marked(mark):
            for sig in (signal.SIGKILL, signal.SIGCONT):
                with contextlib.suppress(OSError):
                    os.kill(pid, sig)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    # before, the line came once the bound had killed the fork server, and the URL was recorded
    # as failed ("its fork server ended without starting it")
    assert "did not start a worker within" not in stderr, stderr
    assert "waiting for the 0 in flight" in stderr, stderr
    assert "0 failed, 1 not attempted" in stderr and "interrupted: run the same command again" in stderr
    assert "Traceback" not in stderr
    assert proc.returncode == 130, stderr
    assert [json.loads(line)["status"] for line in stdout.splitlines() if line.strip()] == []  # untried: pending
    assert site.requests.count("/page") == 0
    assert survivors == []


def test_a_first_ctrl_c_during_a_stuck_start_while_another_worker_captures_ends_the_batch_bounded(
        site: Site, store: Path, tmp_path: Path) -> None:
    # With another worker capturing, the stuck start's fork server is left to the capture in
    # flight (not killed): the capture finished and was recorded, then the batch waited for ever
    # for that stopped fork server to report the worker's exit. The second URL is on another
    # host, so that its worker's start (the second) comes while the first worker captures.
    gate = Gate(free=0, deadline=300)

    def held(_handler):  # noqa: ANN001, ANN202
        gate.wait()
        return response("200 OK", [("Content-Type", "text/html")], PAGE)

    site.routes["/held"] = held
    other = Site(host="127.0.0.2", bind="127.0.0.2")
    other.routes["/page"] = lambda _handler: response("200 OK", [("Content-Type", "text/html")], PAGE)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url('/held')}\n{other.url('/page')}\n")
    flag = tmp_path / "start-under-way"
    mark = uuid.uuid4().hex
    proc = start_cli_process("batch", str(urls), "--delay", "0", "--jobs", "2", "--nl", store=store,
                             env={RUN_MARK_VAR: mark, STUCK_START_VAR: str(flag), STUCK_START_AT_VAR: "2"})
    try:
        _wait_for_file(flag, proc)
        deadline = time.monotonic() + 120
        while gate.passed < 1:  # the first worker is capturing (a guard, never a timing relied on)
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the first URL never reached the server"
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:", timeout=120)
        gate.open()  # the capture in flight finishes; its worker is then told to exit
        try:
            stdout, stderr = proc.communicate(timeout=120)  # a guard only (the exit's bound is 60 s)
        except subprocess.TimeoutExpired:
            raise AssertionError("the batch waited for its stopped fork server after one Ctrl-C") from None
        stderr = "".join(seen) + stderr
        survivors = wait_until_gone(mark)
    finally:
        gate.open()
        for pid in processes_marked(mark):
            for sig in (signal.SIGKILL, signal.SIGCONT):
                with contextlib.suppress(OSError):
                    os.kill(pid, sig)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        other.close()
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "did not start a worker within" not in stderr, stderr  # the start ended at the Ctrl-C
    assert "waiting for the 1 in flight" in stderr, stderr
    assert "1 captured, " in stderr and "0 failed, 1 not attempted, of 2 URLs" in stderr, stderr
    assert [json.loads(line)["status"] for line in stdout.splitlines() if line.strip()] == ["captured"]
    notes = [line for line in stderr.splitlines() if "did not report it" in line]
    assert len(notes) == 1 and "stopped or hung" in notes[0], stderr
    assert other.requests.count("/page") == 0  # untried: pending for the re-run
    assert survivors == []
