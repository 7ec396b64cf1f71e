"""A batch's first Ctrl-C while a worker's start waits for a fork server that does not answer.

A start waits for the fork server to report the new worker, up to 60 s (the bound, after which
the server is killed and the task fails). A first Ctrl-C then was said only once the bound had
run out. The test starts a real ``archiver batch`` whose fork server is stopped (SIGSTOP) as the
first worker's start begins (``ARCHIVER_TEST_STUCK_WORKER_START``, a hook only the tests set: it
writes a file once the start is under way), presses Ctrl-C once and reads what the batch does.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, end_marked, wait_until_gone
from servers import Site, response

from archiver.batch_workers import STUCK_START_VAR

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
        end_marked(proc, mark)
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
