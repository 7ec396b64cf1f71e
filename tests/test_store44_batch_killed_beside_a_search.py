"""A batch killed while a search waits for its texts: the search says at once, in one line, that
they need the batch resumed or ``reindex``; the resumed batch makes them searchable.

Adversarial pass over ``batch`` with searches beside it. A search that finds a running batch's
text lacking waits for it (bounded); the batch killed (SIGKILL) meanwhile lets go of its locks,
and the search must neither go on waiting for a batch that is gone nor call it still running.

Real processes: the batch is an ``archiver batch`` subprocess whose worker holds the ferry's text
for its slice (made long) while the quay page's server holds its answer; the search is an
``archiver verify-quote`` subprocess, killed the batch once it says it waits. Every process is
ended by the test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, end_marked, processes_marked, reap_exited_children, run_cli
from servers import Site, response

from archiver.batch import TEXT_SLICE_SECONDS_VAR

QUOTE = "The night ferry to the island runs every hour from June"


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def _reaped(pids: list[int], timeout: float = 30) -> list[int]:
    """Wait for ``pids`` (a killed batch and its workers, which come to this process, the tests'
    subreaper) to exit and be reaped, as init would; those still there at ``timeout`` (a guard)."""
    deadline = time.monotonic() + timeout
    while (left := [p for p in pids if os.path.exists(f"/proc/{p}")]) and time.monotonic() < deadline:
        reap_exited_children()
        time.sleep(0.02)
    return left


def _end(proc: subprocess.Popen[str]) -> tuple[str, str]:
    try:
        return proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_search_waiting_for_a_batch_killed_meanwhile_says_resume_or_reindex_and_the_resume_indexes(
        site: Site, store: Path, tmp_path: Path) -> None:
    answer = threading.Event()

    def quay(handler):  # noqa: ANN001, ANN202 - held until the test lets it answer (a guard of 60 s)
        answer.wait(60)
        return _article("Quay", "The old quay reopens in May, the council said.")

    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/quay"] = quay
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n" + site.url("/quay") + "\n")
    args = ("batch", str(listed), "--jobs", "1", "--delay", "0", "--retries", "0", "--nl")
    mark = uuid.uuid4().hex  # (the batch and its workers carry it: none outlives the test)
    batch = start_cli_process(*args, store=store, env={TEXT_SLICE_SECONDS_VAR: "600", RUN_MARK_VAR: mark})
    search = None
    try:
        wait_for_line(batch.stdout, "/ferry")  # the ferry captured; its text waits for its slice
        search = start_cli_process("verify-quote", QUOTE, store=store, env={"ARCHIVER_LOGLEVEL": "info"})
        wait_for_line(search.stderr, "to index its captures' texts")  # the search waits for the batch
        its = [p for p in processes_marked(mark) if p != batch.pid]  # its fork server and worker
        batch.send_signal(signal.SIGKILL)
        batch.wait(60)
        out, err = _end(search)
        assert _reaped(its) == []  # they die with it
    finally:
        answer.set()
        end_marked(batch, mark)
        if search is not None:
            _end(search)
    said = out + err
    assert search.returncode == 3, said
    assert "Traceback" not in said, said
    assert "still indexing" not in said and "try again in a moment" not in said, said
    assert "'archiver reindex'" in said, said
    resumed = run_cli("batch", str(listed), "--threads", "--delay", "0", "--retries", "0", store=store)
    assert resumed.exit_code == 0, resumed.stdout + resumed.stderr
    found = run_cli("verify-quote", QUOTE, store=store)
    assert found.exit_code == 0, found.stdout + found.stderr
