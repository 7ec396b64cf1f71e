"""A batch's workers leave signing to the runner: one checkpoint per batch covers every
worker's entries (not one per worker, each superseded by the next), and the head is signed
even when the batch stops on an error. Real worker processes, real servers, real stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import Site, response

from archiver.archive import Archive
from archiver.batch import Politeness, run_batch
from archiver.provenance.log_append import LogAppender
from archiver.provenance.log_files import CHECKPOINT_DIR

FAST = Politeness(host_delay=0, retries=0, backoff=0.01, max_backoff=5)


def _pages(site: Site, count: int) -> list[str]:
    for i in range(count):
        body = (f"<!DOCTYPE html><html><head><title>Notice {i}</title></head><body><article>"
                f"<p>The works committee met on day {i} and agreed the new timetable.</p>"
                "</article></body></html>").encode()
        reply = response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)
        site.routes[f"/n{i}"] = lambda handler, reply=reply: reply
    return [site.url(f"/n{i}") for i in range(count)]


def _checkpoints(store: Path) -> set[str]:
    with Archive.open(store) as arc:
        return {p.name for p in (arc.log.directory / CHECKPOINT_DIR).glob("*.checkpoint")}


def _signed_and_total(store: Path) -> tuple[int, int]:
    with Archive.open(store) as arc:
        latest = arc.log.latest_checkpoint()
        assert latest is not None
        return latest.size, len(list(arc.log.entries()))


def test_a_process_batch_signs_one_checkpoint_covering_every_worker(site: Site, store: Path) -> None:
    urls = _pages(site, 6)
    with Archive.open(store) as arc:  # the store and its log exist before the batch
        arc.ensure_writable()
    before = _checkpoints(store)
    report = run_batch(store, urls, jobs=3, politeness=FAST)
    assert report.ok
    signed, total = _signed_and_total(store)
    assert signed == total
    assert _checkpoints(store) - before == {f"{total}.checkpoint"}
    with Archive.open(store) as arc:
        assert arc.log.verify().ok


def test_a_batch_signs_the_head_once_not_once_per_worker(site: Site, store: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    urls = _pages(site, 4)
    with Archive.open(store) as arc:
        arc.ensure_writable()
    signings: list[int] = []
    real = LogAppender.checkpoint

    def counted(self: LogAppender) -> Path:
        signings.append(1)
        return real(self)

    monkeypatch.setattr(LogAppender, "checkpoint", counted)
    report = run_batch(store, urls, jobs=2, threads=True, politeness=FAST)  # threads: counted here
    assert report.ok
    assert len(signings) == 1  # the runner's; the two workers leave theirs to it
    signed, total = _signed_and_total(store)
    assert signed == total


def test_a_batch_stopped_by_an_error_still_signs_what_its_workers_logged(site: Site, store: Path) -> None:
    urls = _pages(site, 3)

    def explode(item: object) -> None:
        raise RuntimeError("the caller's callback failed")

    with pytest.raises(RuntimeError, match="callback failed"):
        run_batch(store, urls, jobs=2, threads=True, politeness=FAST, on_outcome=explode)
    signed, total = _signed_and_total(store)
    assert total > 1 and signed == total  # at least one capture was logged, and it is signed


_EARLY_PROBE = """
import json, sys
from multiprocessing import forkserver
from archiver.batch import Politeness, run_batch
seen = []
def on_start(total, todo):  # called before the runner makes its executor
    seen.append(forkserver._forkserver._forkserver_pid is not None)
run_batch(sys.argv[1], sys.argv[2:], jobs=1, politeness=Politeness(host_delay=0, retries=0), on_start=on_start)
print(json.dumps(seen))
"""


def test_a_new_process_batch_starts_its_fork_server_before_opening_the_store(site: Site, tmp_path: Path) -> None:
    """The fork server's imports and warm-up overlap the runner's own set-up (store, log, state)."""
    import json
    import os
    import subprocess
    import sys

    urls = _pages(site, 1)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
           "ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    done = subprocess.run([sys.executable, "-c", _EARLY_PROBE, str(tmp_path / "store"), *urls], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [True]
