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


def test_a_capture_that_logs_and_closes_its_file_while_the_check_reads_the_log_is_not_unlogged(
        site: Site, store: Path, monkeypatch) -> None:  # noqa: ANN001
    """Review rvs47: the check read the log's WARC names, then asked each other file's lock; a writer
    that logged its capture and closed its file (letting go of its lock) in between was called
    ``W_WARC_UNLOGGED``, "the remains of a capture stopped before its log entry". Here the first
    read of the log sees it as it was before that capture's entries (the writer's append comes
    after the read), every later read as it is."""
    from archiver.archive import Archive
    from archiver.deep_check import DeepChecker
    from archiver.provenance import ProvenanceLog
    from archiver.provenance.log_view import LogView

    assert run_cli("archive", page(site, "/first"), store=store).returncode == 0
    with Archive.open(store) as arc:
        first = min(e.seq for e in arc.log.entries() if e.type == "capture")
        reads = []

        def entries(self, type_=None):  # noqa: ANN001, ANN202
            reads.append(type_)
            everything = LogView.entries(self, type_)
            return everything if len(reads) > 1 else (e for e in everything if e.seq < first)

        monkeypatch.setattr(ProvenanceLog, "entries", entries)
        problems = DeepChecker(arc).unlogged_problems()

    assert len(reads) >= 1 and not [p for p in problems if p.code == "W_WARC_UNLOGGED"], [p.message for p in problems]
