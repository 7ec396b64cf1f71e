"""A second SIGTERM to ``batch --threads --browser`` that arrives after the first has stopped it
and the run has ended and said "interrupted" (the process closing its idle Chromium on its way
out) ends it with the interrupted code (130), its status since the first, no traceback, and no
process of it (Chromium's among them) left running or unreaped.

Decided: the run was interrupted, and 130 is its true status however late a second SIGTERM comes;
so once an interrupted batch's run is over, a SIGTERM leaves at once with 130 (killing and
reaping its browsers first) until the process exits. Before, the run's end put SIGTERM's default
action (its browsers' stand-in for it) back, and a SIGTERM ~0.1 s after the first killed the
process with it: exit -15 for a batch that had stopped and reported cleanly.

Real processes: an ``archiver batch --threads --browser`` subprocess of one page whose server
holds its answer until the batch says it is stopping; the test sends SIGTERM, releases the page
when the batch says "stopping", and sends SIGTERM again as soon as it says "interrupted".
Skipped without Chromium.
"""

from __future__ import annotations

import shutil
import signal
import uuid
from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below, wait_until_gone
from servers import Site, held_page
from stores import FERRY_PAGE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): skipped")

#: A last guard, never a timing the test relies on.
LIMIT = 120.0


def test_a_second_sigterm_after_an_interrupted_threads_browser_batch_reported_exits_130_leaving_nothing(
        site: Site, store: Path, tmp_path: Path) -> None:
    before = below_now()  # (this worker's own pooled Chromium, from its earlier tests, is not the batch's)
    site.routes["/ferry"], asked, release = held_page(FERRY_PAGE, LIMIT)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n")
    mark = uuid.uuid4().hex
    batch = start_cli_process("batch", str(listed), "--threads", "--browser", "--chromium", str(CHROMIUM),
                              "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={RUN_MARK_VAR: mark})
    try:
        assert asked.wait(LIMIT)  # the page in flight, in the batch's Chromium
        batch.send_signal(signal.SIGTERM)
        assert batch.stderr is not None
        wait_for_line(batch.stderr, "stopping")
        release.set()
        said = wait_for_line(batch.stderr, "interrupted")
        batch.send_signal(signal.SIGTERM)
        _, err = batch.communicate(timeout=LIMIT)
        survivors = wait_until_gone(mark)
        left = left_below(besides=before)  # (Chromium's processes overwrite their environment: not found by the mark)
    finally:
        release.set()
        end_marked(batch, mark)
    err = "".join(said) + err
    assert batch.returncode == 130, (batch.returncode, err)
    assert "Traceback" not in err, err
    assert not survivors and not left, (survivors, left)
