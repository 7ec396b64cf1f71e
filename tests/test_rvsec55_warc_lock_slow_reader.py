"""A writer never fails because a legitimate reader of its new WARC file was slow (review rvsec55).

sec54 bounded the wait for a new WARC file's lock (``warc_writing.HOLD_WITHIN``, 5 s) so that a
check stopped inside its instant's shared lock could not hold ``archive`` for good. But the bound
counted a reader that was merely slow, preempted inside its instant on a loaded machine, the same
as one stopped: the writer failed. Now a holder that is running (or waiting on its disk) is waited
for; the bound holds only while no holder runs. And ``batch`` met the failure as the URL's own
(``failed``, kind ``StoreError``, not retried by a re-run); now the URL is tried again.

Real processes hold the lock: a running one (busy, as a preempted check is runnable) and a stopped
one (tests/test_sec54_warc_lock_held_by_stopped_check.py's). The bound is lowered to 0.3 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from cli import run_cli
from servers import Site, html_page
from test_sec54_warc_lock_held_by_stopped_check import PAGE, StoppedCheck

from archiver.store import warc_writing

#: Holds argv[1]'s shared lock as a check does, says so, stays running (busy) for argv[2] seconds,
#: then says how long it held it and lets go (by ending).
CHECK_SLOWLY = """import os, sys, time
from archiver.store.warc_writing import _locked_for_writing
fd = os.open(sys.argv[1], os.O_RDONLY)
print("written" if _locked_for_writing(fd) else "held", flush=True)
start = time.monotonic()
while time.monotonic() - start < float(sys.argv[2]):
    pass
print(f"{time.monotonic() - start:.2f}", flush=True)
"""
HELD_FOR = 1.2


class SlowCheck:
    """A checker process that holds ``path``'s shared lock while it runs for :data:`HELD_FOR` s."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", CHECK_SLOWLY, str(path), str(HELD_FOR)],
                                     stdout=subprocess.PIPE, text=True)
        out: IO[str] | None = self.proc.stdout
        assert out is not None and out.readline() == "held\n"

    def held(self) -> float:
        """Seconds it held the lock, once it has let go."""
        assert self.proc.stdout is not None
        seconds = float(self.proc.stdout.readline())
        self.proc.wait(30)
        self.proc.stdout.close()
        return seconds

    def end(self) -> None:
        self.proc.kill()
        self.proc.wait(30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def _checked_creations(monkeypatch: pytest.MonkeyPatch, check: type, first_only: bool = False) -> list:
    """Each WARC file creation (or the first only) meets ``check`` on its temporary name."""
    made: list = []
    real_open = warc_writing._open_temporary

    def open_then_checked(path: Path):  # type: ignore[no-untyped-def]
        temporary, f = real_open(path)
        if not (first_only and made):
            made.append(check(temporary))
        return temporary, f

    monkeypatch.setattr(warc_writing, "_unnamed", lambda _folder: None)
    monkeypatch.setattr(warc_writing, "_open_temporary", open_then_checked)
    monkeypatch.setattr(warc_writing, "HOLD_WITHIN", 0.3)
    return made


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/ferry"] = html_page(PAGE)
    yield s
    s.close()


@pytest.fixture
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[SlowCheck]]:
    made = _checked_creations(monkeypatch, SlowCheck)
    yield made
    for check in made:
        check.end()


@pytest.fixture
def first_stopped(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[StoppedCheck]]:
    made = _checked_creations(monkeypatch, StoppedCheck, first_only=True)
    yield made
    for check in made:
        check.end()


def test_archive_waits_for_a_running_check_holding_its_new_warc_file_past_the_bound(tmp_path, site, slow_checks):
    proc = run_cli("archive", site.url("/ferry"), store=tmp_path / "store",
                   env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    [check] = slow_checks
    assert check.held() >= HELD_FOR > warc_writing.HOLD_WITHIN
    assert proc.returncode == 0, proc.stderr


def test_the_lock_error_says_the_holder_is_stopped(tmp_path, site, monkeypatch):
    made = _checked_creations(monkeypatch, StoppedCheck)
    try:
        proc = run_cli("archive", site.url("/ferry"), store=tmp_path / "store",
                       env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
        [check] = made
        assert proc.returncode == 3 and f"process {check.proc.pid} (stopped) has held it" in proc.stderr, proc.stderr
    finally:
        for check in made:
            check.end()


def test_a_batch_tries_a_url_again_when_a_stopped_check_held_its_new_warc_file(tmp_path, site, first_stopped):
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/ferry") + "\n")
    proc = run_cli("batch", str(urls), "--threads", "-j", "1", "--backoff", "0.1", "--json",
                   store=tmp_path / "store", env={"ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    [check] = first_stopped
    assert not check.watchdog_fired
    assert proc.returncode == 0, proc.stdout + proc.stderr
    [item] = json.loads(proc.stdout)["results"]
    assert item["status"] == "captured" and item["attempts"] == 2, item


def test_a_lock_held_by_a_stopped_check_is_a_kind_a_re_run_retries():
    from archiver.batch import TRANSIENT_KINDS
    from archiver.errors import WarcLockHeldError

    assert WarcLockHeldError.__name__ in TRANSIENT_KINDS
