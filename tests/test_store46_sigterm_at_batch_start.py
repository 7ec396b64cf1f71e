"""A SIGTERM to ``archiver batch`` (workers in processes) at its start-up: before its fork server
exists, and while its first worker is being started. Each stops the batch as a Ctrl-C there does:
exit 130, the URLs left pending for a re-run, the log's head signed if anything was logged, and no
process of the batch's left below it. Before, one before the fork server existed killed the
batch at once (-15): the batch's own SIGTERM handling began with its run, after that start.

Hold points: ``ARCHIVER_TEST_HOLD_BEFORE_FORK_SERVER`` (the batch writes a file just before it
starts its fork server, and waits there) and ``ARCHIVER_TEST_STUCK_WORKER_START`` (the fork server
is stopped as the first worker's start begins, and a file written), hooks only the tests set.
Real processes; the test process is the subreaper of what its tests start.
"""

from __future__ import annotations

import json
import signal
import uuid
from pathlib import Path

import pytest
from cli import run_cli, start_cli_process, wait_for_file
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below
from servers import Site, response
from stores import store_state

from archiver.batch import HOLD_BEFORE_FORK_SERVER_VAR
from archiver.batch_workers import STUCK_START_VAR

PAGE = b"<!DOCTYPE html><html><head><title>Harbour</title></head><body><p>The harbour.</p></body></html>"

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to look for processes left")


@pytest.mark.parametrize("hold", [HOLD_BEFORE_FORK_SERVER_VAR, STUCK_START_VAR],
                         ids=["before the fork server exists", "during the first worker's start"])
def test_a_sigterm_at_a_batchs_start_up_exits_130_leaving_no_process(
        site: Site, store: Path, tmp_path: Path, hold: str) -> None:
    site.routes["/page"] = lambda _handler: response("200 OK", [("Content-Type", "text/html")], PAGE)
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/page") + "\n")
    flag = tmp_path / "held"
    mark = uuid.uuid4().hex
    before, made = below_now(), store_state(store)
    proc = start_cli_process("batch", str(urls), "--delay", "0", "--jobs", "1", "--nl", store=store,
                             env={RUN_MARK_VAR: mark, hold: str(flag)})
    try:
        wait_for_file(flag, proc)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=120)  # (a guard: a stuck start's bound is 60 s)
        left = left_below(besides=before)
    finally:
        end_marked(proc, mark)
    assert proc.returncode == 130, (proc.returncode, stderr)
    assert "Traceback" not in stderr, stderr
    assert not left, f"left after the SIGTERM: {left}"
    assert stdout.strip() == "" and site.requests.count("/page") == 0  # untried: pending for a re-run
    if hold == HOLD_BEFORE_FORK_SERVER_VAR:  # (nothing made yet: the store as it was)
        assert store_state(store) == made
    if (store / "provenance").exists():  # anything logged is signed
        report = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
        assert report["ok"] and report["latest_checkpoint_size"] == report["size"], report
