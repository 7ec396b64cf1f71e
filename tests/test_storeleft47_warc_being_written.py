"""``log verify --deep`` tells a WARC file a running capture is writing (its log entry still to
come) from one no log entry names and no process writes (the remains of a stopped capture, a file
put in the store): the first is ``W_WARC_IN_PROGRESS``, only the second ``W_WARC_UNLOGGED``.

A real ``archive`` process is held just before its log append (the test holds the log's lock, as
another archiver appending does), its WARC records written; then it is let go, or killed there.
Before, its file was called unlogged while it was being written.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

from cli import run_cli, start_cli_process
from servers import Gate, Site
from test_newcomer_frictions import page
from test_store_locks import _finish, _holding, _log_lock, _until, _waits_for_lock


def _codes(store: Path) -> dict[str, list[str]]:
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    found: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("warning W_WARC_"):
            code = line.split()[1].rstrip(":")
            found.setdefault(code, []).append(line)
    return found


def _new_warc(store: Path, before: set[Path]) -> Path:
    [new] = set((store / "warcs").glob("*.warc.gz")) - before
    return new


@contextlib.contextmanager
def _held_before_its_log_entry(site: Site, store: Path) -> Iterator[subprocess.Popen[str]]:
    """An ``archive`` process of a new page, its WARC records written and its log append waiting
    for the log's lock, which the test holds for the block's duration."""
    gate = Gate(0)
    url = page(site, "/second", 2, gate=gate)
    capture = start_cli_process("archive", url, store=store)
    try:
        _until(capture, lambda: gate.passed > 0)  # past its checks of the log, fetching
        with _holding(_log_lock(store)):
            gate.open()
            _until(capture, lambda: _waits_for_lock(capture, _log_lock(store)))
            assert capture.poll() is None
            yield capture
    finally:
        gate.open()


def test_a_warc_a_running_capture_writes_is_in_progress_not_unlogged(site: Site, store: Path) -> None:
    assert run_cli("archive", page(site, "/first"), store=store).returncode == 0
    before = set((store / "warcs").glob("*.warc.gz"))
    with _held_before_its_log_entry(site, store) as capture:
        new = _new_warc(store, before)
        found = _codes(store)
    code, _out, err = _finish(capture)
    assert code == 0, err
    assert "W_WARC_UNLOGGED" not in found, found
    [line] = found["W_WARC_IN_PROGRESS"]
    assert f"warcs/{new.name}" in line and "running archiver process" in line
    assert _codes(store) == {}  # logged now: nothing to say


def test_the_warc_of_a_capture_killed_before_its_log_entry_is_unlogged(site: Site, store: Path) -> None:
    assert run_cli("archive", page(site, "/first"), store=store).returncode == 0
    before = set((store / "warcs").glob("*.warc.gz"))
    with _held_before_its_log_entry(site, store) as capture:
        capture.send_signal(signal.SIGKILL)
        capture.communicate(timeout=60)
    new = _new_warc(store, before)
    found = _codes(store)
    assert "W_WARC_IN_PROGRESS" not in found, found
    [line] = found["W_WARC_UNLOGGED"]
    assert f"warcs/{new.name}" in line and "no running process is writing it" in line
