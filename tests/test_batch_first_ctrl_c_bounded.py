"""A batch's first Ctrl-C ends the batch, bounded, whatever state its fork server is in.

A first Ctrl-C stops handing out URLs and lets the captures in flight finish; then the workers
are told to exit. Each worker's end was awaited as its fork server reports it: with that server
stopped (SIGSTOP, as a debugger or a job control stop leaves it) or hung, the batch waited for
ever after the captures were done, until a second Ctrl-C. The test starts a real ``archiver
batch`` whose capture is held at a real server on 127.0.0.1, stops its fork server, presses
Ctrl-C once, lets the capture finish and reads what the batch does. The guards on the waits are
generous and never what the test relies on.
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

PAGE = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour</title></head>"
        b"<body><article><h1>Harbour</h1><p>The harbour authority said the bridge would reopen in "
        b"March after repairs.</p></article></body></html>")


def _fork_server(batch: subprocess.Popen[str], mark: str, timeout: float = 120) -> int:
    """The batch's fork server (a child of the batch running multiprocessing's fork server)."""
    deadline = time.monotonic() + timeout
    while True:
        for pid in processes_marked(mark):
            with contextlib.suppress(OSError, ValueError, IndexError):
                parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent == batch.pid and b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return pid
        assert batch.poll() is None, batch.communicate()
        assert time.monotonic() < deadline, f"no fork server within {timeout:g} s"
        time.sleep(0.02)


def test_a_first_ctrl_c_ends_the_batch_when_its_fork_server_stopped_while_a_worker_captured(
        site: Site, store: Path, tmp_path: Path) -> None:
    gate = Gate(free=0, deadline=300)

    def held(_handler):  # noqa: ANN001, ANN202
        gate.wait()
        return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], PAGE)

    site.routes["/held"] = site.routes["/next"] = held
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url('/held')}\n{site.url('/next')}\n")
    mark = uuid.uuid4().hex
    proc = start_cli_process("batch", str(urls), "--delay", "0", "--jobs", "1", "--nl", store=store,
                             env={RUN_MARK_VAR: mark})
    try:
        deadline = time.monotonic() + 120
        while gate.passed < 1:  # the worker is capturing the first URL
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the first URL never reached the server"
            time.sleep(0.02)
        os.kill(_fork_server(proc, mark), signal.SIGSTOP)
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:")
        gate.open()  # the capture in flight finishes; the worker is then told to exit
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
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "1 captured, " in stderr and "0 failed, 1 not attempted, of 2 URLs" in stderr, stderr
    assert [json.loads(line)["status"] for line in stdout.splitlines() if line.strip()] == ["captured"]
    # the worker's end is seen without its fork server, which is named in one line
    notes = [line for line in stderr.splitlines() if "did not report it" in line]
    assert len(notes) == 1 and "fork server" in notes[0] and "stopped or hung" in notes[0], stderr
    assert "killing it" not in stderr, stderr  # the worker exited as told: nothing to kill
    assert site.requests.count("/next") == 0
    assert survivors == []
