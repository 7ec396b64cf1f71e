"""A third Ctrl-C, pressed while a batch stopped by its second adds its workers' last texts to the
text index, stops that indexing and still signs the log's head (within the same bound as after the
second): the batch exits 130, says the texts are left for the next run, and the log verifies with
every entry signed.

Before, the third Ctrl-C's KeyboardInterrupt left ``_index_quietly`` past the signing: the head
was left unsigned, and nothing said so.

Real processes: the batch is an ``archiver batch`` subprocess whose second URL is held at a real
server; the test presses Ctrl-C twice, and the batch's own code presses the third as it begins to
index (a trace hook chooses the moment; the press is a real SIGINT to its main thread).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from cli import command, wait_for_line
from conftest import RUN_MARK_VAR, run_cli, wait_until_gone
from servers import Gate, Site
from test_batch_second_ctrl_c_bounded import _end, _quick_and_held, _wait_for

#: ``archiver`` as :func:`cli.start_cli_process` runs it, with a third Ctrl-C pressed as the
#: batch, stopped by its second, begins to index its workers' last texts (``_index_quietly``).
_THIRD_PRESS_AS_IT_INDEXES = """
import os, runpy, signal, sys, threading, time
signal.signal(signal.SIGINT, signal.default_int_handler)
import archiver.batch
code = archiver.batch._index_quietly.__code__
pressed = []

def calls(frame, event, arg):
    if frame.f_code is code and not pressed:
        pressed.append(True)
        print("third press", file=sys.stderr, flush=True)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)
        time.sleep(30)  # (the handler raises here, as the function begins)
    return None

sys.settrace(calls)
runpy.run_module("archiver", run_name="__main__", alter_sys=True)
"""


def test_a_third_ctrl_c_while_a_stopped_batch_indexes_still_signs_the_log_head(
        site: Site, store: Path, tmp_path: Path) -> None:
    gate = Gate(free=0, deadline=300)
    urls = _quick_and_held(site, tmp_path, gate)
    mark = uuid.uuid4().hex
    proc = subprocess.Popen(
        [sys.executable, "-c", _THIRD_PRESS_AS_IT_INDEXES,
         *command("batch", str(urls), "--delay", "0", "--jobs", "2", "--timeout", "280", store=store)],
        env={**os.environ, RUN_MARK_VAR: mark}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: gate.passed >= 1, "the second URL at the server")
        proc.send_signal(signal.SIGINT)
        seen = wait_for_line(proc.stderr, "stopping:")
        proc.send_signal(signal.SIGINT)
        try:
            _, stderr = proc.communicate(timeout=120)  # a guard only: the hold lasts 300 s
        except subprocess.TimeoutExpired:
            raise AssertionError("the batch did not exit after the third Ctrl-C") from None
        survivors = wait_until_gone(mark)
    finally:
        _end(proc, gate, mark)
    stderr = "".join(seen) + stderr
    assert "third press" in stderr, stderr
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "running the same command again adds them" in stderr, stderr
    assert survivors == []
    verified = run_cli("log", "verify", "--json", store=store)
    report = json.loads(verified.stdout)
    assert report["ok"] and report["latest_checkpoint_size"] == report["size"], verified.stdout  # the head signed
