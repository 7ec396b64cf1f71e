"""A SIGTERM to a batch that has done its work and is printing its summary lets the summary
finish: the batch ends as it would have (its own exit code, the summary whole, no traceback), its
log's head signed, and no process of it (fork server, workers, Chromium) left behind.

Decided: once the run is over there is nothing left to stop, and the summary is a few lines; the
first SIGTERM there is taken as a Ctrl-C there is (held off until the summary is printed), and a
second one ends the process at once (taking its browsers along), so a summary stuck on a pipe
nobody reads can still be stopped. Before, a Ctrl-C there was ignored but a SIGTERM had its default
action: the process died mid-summary, its fork server and resource tracker left to whoever
inherited them, its exit (-15) saying nothing of a batch that had captured everything.

Real processes: an ``archiver batch`` subprocess of one page whose server holds its answer
until the test has filled the batch's stderr pipe to the brim, so the batch's next write there
(its summary: with ``--nl``, in a store that has its key, it says nothing else on stderr after
the capture) blocks; once it is
blocked in that write the test sends SIGTERM, then reads the pipe.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
import uuid
from pathlib import Path

import pytest
from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below, run_cli, wait_until_gone
from servers import Site, held_page, html_page
from stores import FERRY_PAGE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): skipped")
pytestmark = pytest.mark.skipif(not Path("/proc/self/syscall").exists(), reason="needs /proc to see the batch held")

#: What the test fills the batch's stderr pipe with (left out of what it reads back).
FILLER = b"\x00"
#: A last guard, never a timing the test relies on.
LIMIT = 120.0


def _fill(w: int) -> None:
    """Fill the pipe whose write end is ``w``: the next write to it blocks until it is read."""
    os.set_blocking(w, False)
    for size in (65536, 4096, 1):
        while True:
            try:
                os.write(w, FILLER * size)
            except BlockingIOError:
                break
    os.set_blocking(w, True)  # (a flag of the pipe's open file, which the batch's stderr shares)


def _blocked_writing_to_stderr(pid: int) -> bool:
    """Whether ``pid`` waits in a write(2) to its descriptor 2 (/proc/PID/syscall: number, args)."""
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    return len(fields) > 1 and fields[0] == "1" and int(fields[1], 16) == 2


def _sigterm_at_the_summary(site: Site, store: Path, tmp_path: Path, *options: str) -> tuple[int, str, str]:
    """Run a batch of one page with ``options``, SIGTERM it blocked in its summary's write; return
    its exit code, its stderr (the filler left out) and its stdout. Every process is ended."""
    before = below_now()  # (this worker's own pooled Chromium, from its earlier tests, is not the batch's)
    site.routes["/ferry"], asked, release = held_page(FERRY_PAGE, LIMIT)
    site.routes["/before"] = html_page(FERRY_PAGE)
    assert run_cli("archive", site.url("/before"), store=store).exit_code == 0  # (its key's note said before)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n")
    mark = uuid.uuid4().hex
    r, w = os.pipe()
    batch = start_cli_process("batch", str(listed), *options, "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={RUN_MARK_VAR: mark}, stderr=w)
    read: list[bytes] = []
    drain = threading.Thread(target=lambda: read.extend(iter(lambda: os.read(r, 65536), b"")), daemon=True)
    try:
        assert batch.stdout is not None
        assert asked.wait(LIMIT)  # the page asked for: whatever the batch says before its capture is said
        _fill(w)
        os.close(w)  # (the batch's stderr alone holds the pipe now: the test reads it to its end)
        w = -1
        release.set()
        wait_for_line(batch.stdout, "/ferry")  # captured: only the signing and the summary are left
        deadline = time.monotonic() + LIMIT
        while not _blocked_writing_to_stderr(batch.pid):
            assert batch.poll() is None and time.monotonic() < deadline, "the batch never wrote its summary"
            time.sleep(0.01)
        batch.send_signal(signal.SIGTERM)
        drain.start()
        out, _ = batch.communicate(timeout=LIMIT)
        drain.join(LIMIT)
        assert not wait_until_gone(mark)
        left = left_below(besides=before)  # (Chromium's processes overwrite their environment: not found by the mark)
        assert not left, f"left behind: {left}"
    finally:
        release.set()
        if w >= 0:
            os.close(w)
        end_marked(batch, mark)
        if not drain.is_alive():
            os.close(r)
    err = b"".join(read).decode().replace(FILLER.decode(), "")
    return batch.returncode, err, out


def _head_signed(store: Path) -> bool:
    report = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
    return bool(report["ok"] and report["latest_checkpoint_size"] == report["size"])


def test_a_sigterm_while_a_batch_prints_its_summary_lets_it_finish(site: Site, store: Path, tmp_path: Path) -> None:
    code, err, out = _sigterm_at_the_summary(site, store, tmp_path)
    assert code == 0, (code, err)
    assert "Traceback" not in err, err
    assert "1 captured" in err and "report:" in err, err
    assert _head_signed(store)


@needs_chromium
def test_a_sigterm_while_a_threads_batch_with_browser_prints_its_summary_lets_it_finish(
        site: Site, store: Path, tmp_path: Path) -> None:
    code, err, out = _sigterm_at_the_summary(site, store, tmp_path, "--threads", "--browser",
                                             "--chromium", str(CHROMIUM))
    assert code == 0, (code, err)
    assert "Traceback" not in err, err
    assert "1 captured" in err and "report:" in err, err
    assert _head_signed(store)
