"""A SIGTERM to ``batch --browser`` (workers in processes, or threads) while it starts Chromium for its
start-up check (:meth:`archiver.archive.Archive.refuse_unstartable`) stops it within seconds,
exit 130, and leaves no process below it.

Before, the SIGTERM (a Ctrl-C there) reached the main thread waiting for the launch, and the exit
then waited for the browser thread, itself blocked in Playwright's launch until the launch's
time-out (``--total-timeout``, 30 s by default), before it killed what the launch had started.

Real processes: the "Chromium" is a script that says it started (a file) and never answers, as a
Chromium hung at start-up; the test waits for that file, sends SIGTERM and looks for anything
left below it (it is the subreaper of what its tests start).
"""

from __future__ import annotations

import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from cli import start_cli_process
from conftest import RUN_MARK_VAR, below_now, end_marked, left_below

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to look for processes left")


def _hung_chromium(folder: Path) -> tuple[Path, Path]:
    """(a "Chromium" that never starts, the file it writes once it runs)."""
    started = folder / "chromium-started"
    script = folder / "chromium"
    script.write_text(f"#!/bin/sh\necho $$ > '{started}'\nexec sleep 300\n", encoding="utf-8")
    script.chmod(0o755)
    return script, started


def _wait_for(path: Path, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout  # (a last guard, never a timing the test relies on)
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the batch never started its Chromium"
        time.sleep(0.05)


@pytest.mark.parametrize("mode", [(), ("--threads",)], ids=["processes", "threads"])
def test_a_sigterm_while_a_browser_batch_starts_chromium_stops_it_at_once_exit_130(tmp_path: Path, mode) -> None:  # noqa: ANN001
    chromium, started = _hung_chromium(tmp_path)
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a\n", encoding="utf-8")
    mark = uuid.uuid4().hex
    before = below_now()
    proc = start_cli_process("batch", str(urls), *mode, "--browser", "--chromium", str(chromium), "--total-timeout", "120",
                             store=tmp_path / "store", env={RUN_MARK_VAR: mark})
    try:
        _wait_for(started, proc)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)  # (the launch's own time-out is 120 s)
        left = left_below(besides=before)
    finally:
        end_marked(proc, mark)
    assert proc.returncode == 130, (proc.returncode, err)
    assert "Traceback" not in err, err
    assert not left, f"left running after the SIGTERM: {left}"
