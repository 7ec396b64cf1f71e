"""An older archiver that finds a batch of this version running says so in one line, naming its pid.

store43 made a batch's own lock (``batches/<key>.lock``) say, after the running process's pid,
the provenance log's size as its run began (``pid\\nlog size\\n``). An archiver from before it
(f16f4c1) that met such a batch running read the file's first 32 bytes, stripped, as the pid,
and printed a two-line error: "this batch is already running (pid 18178\\n7)". Old versions will
meet new stores for years: line 1 now holds the pid padded with spaces to the 32 bytes the old
reader takes, and the log's size is line 2, where this version's reader (and store43's) finds it.

Real processes: the running batch is this test's hold of the batch's lock, as ``batch`` takes it
(:func:`archiver.batch.hold_batch`); the old archiver is f16f4c1's ``archiver`` package, taken
out of the repository with ``git archive`` (read only: no worktree is added) and run with this
Python from its own folder, so it imports its own code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from archiver.archive import Archive
from archiver.batch import hold_batch, state_path
from archiver.core.store_lock import batches_began

OLD = "f16f4c1"  # (the last main before store43's batch lock file)
URL = "http://127.0.0.1:9/harbour"  # (never fetched: the old batch stops at the lock)


@pytest.fixture(scope="module")
def old_archiver(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding f16f4c1's ``archiver`` package."""
    repo = Path(__file__).resolve().parent.parent
    folder = tmp_path_factory.mktemp("old_archiver")
    try:
        tar = subprocess.run(["git", "-C", str(repo), "archive", OLD, "archiver"], capture_output=True,
                             timeout=60, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=tar, capture_output=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"no git history holding {OLD} here ({exc})")
    return folder


def _run_old(old: Path, store: Path, urls_file: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(old)}
    return subprocess.run([sys.executable, "-m", "archiver", "--store", str(store), "batch", str(urls_file)],
                          cwd=old, env=env, capture_output=True, text=True, timeout=120)


def test_an_older_archiver_meeting_a_running_batch_names_its_pid_in_one_line(
        old_archiver: Path, store: Path, tmp_path: Path) -> None:
    with Archive.open(store) as arc:
        arc.ensure_writable()
        began = arc.log.size
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(URL + "\n")
    own = hold_batch(state_path(store, [URL]), log_size=began)  # this version's batch, running
    try:
        proc = _run_old(old_archiver, store, urls_file)
    finally:
        os.close(own)
    assert proc.returncode == 3, proc.stderr
    # (under load the old version may also warn that its fork server was slow to exit: that line is
    # the old code's own, about its helpers, not about the lock it read)
    lines = [x for x in proc.stderr.strip().splitlines() if "did not exit within" not in x]
    assert lines == [f"error: this batch is already running (pid {os.getpid()}): let it finish, or stop it "
                     "and run the same command again to resume it"], proc.stderr


def test_the_lock_an_old_version_reads_still_gives_this_version_the_logs_size(store: Path) -> None:
    with Archive.open(store) as arc:
        arc.ensure_writable()
        began = arc.log.size
    own = hold_batch(state_path(store, [URL]), log_size=began + 7)
    try:
        assert batches_began(store) == began + 7
    finally:
        os.close(own)
