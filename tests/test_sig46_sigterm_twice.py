"""Two SIGTERMs in a row to a batch whose capture is in flight: the first stops it as a first
Ctrl-C does ("stopping: ..."), the second as a second Ctrl-C does: it exits at once with the
interrupted code (130), no traceback, its log intact, and no process of it (worker, fork server,
resource tracker) left running or unreaped, its log's head signed.

Real processes: an ``archiver batch`` subprocess of one page whose server holds its answer until
the batch has exited; the test sends SIGTERM, waits for the batch to say it is stopping, sends
SIGTERM again.
"""

from __future__ import annotations

import json
import signal
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below, run_cli, wait_until_gone
from servers import Site, held_page
from stores import FERRY_PAGE

#: A last guard, never a timing the test relies on.
LIMIT = 120.0


def test_a_second_sigterm_while_the_capture_is_in_flight_ends_the_batch_leaving_nothing(
        site: Site, store: Path, tmp_path: Path) -> None:
    before = below_now()  # (this worker's own pooled Chromium, from its earlier tests, is not the batch's)
    site.routes["/ferry"], asked, release = held_page(FERRY_PAGE, LIMIT)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n")
    mark = uuid.uuid4().hex
    batch = start_cli_process("batch", str(listed), "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={RUN_MARK_VAR: mark})
    try:
        assert asked.wait(LIMIT)  # the page in flight
        batch.send_signal(signal.SIGTERM)
        assert batch.stderr is not None
        wait_for_line(batch.stderr, "stopping")
        batch.send_signal(signal.SIGTERM)
        _, err = batch.communicate(timeout=LIMIT)
        release.set()
        survivors = wait_until_gone(mark)
        left = left_below(besides=before)
    finally:
        release.set()
        end_marked(batch, mark)
    assert batch.returncode == 130, (batch.returncode, err)
    assert "Traceback" not in err, err
    assert not survivors and not left, (survivors, left)
    report = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
    assert report["ok"] and report["latest_checkpoint_size"] == report["size"], report  # the head signed
