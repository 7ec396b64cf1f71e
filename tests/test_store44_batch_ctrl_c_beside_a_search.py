"""A batch stopped by Ctrl-C (once or twice) while its worker still holds a captured text for its
slice leaves that text searchable: a search afterwards finds the quote, with nothing to reindex.

Adversarial pass over ``batch`` with searches beside it. The first Ctrl-C stops handing out URLs
and waits for the capture in flight; the texts a worker held for its slice's transaction must
not be left behind. The second stops now, the workers gone with the texts they held: a search then
said "the text index holds none of the archived texts yet ... run 'archiver reindex'" (exit 3) of
a batch that was merely stopped. The batch process now indexes them as it stops (bounded).

Real processes: the batch is an ``archiver batch`` subprocess (process workers) whose worker
holds the ferry's text for its slice (made long) while the quay page's server holds its answer;
the test sends SIGINT (once, then lets the quay page answer; or twice). Every process is ended by
the test.
"""

from __future__ import annotations

import signal
import threading
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_line
from conftest import RUN_MARK_VAR, end_marked, run_cli
from servers import Site, response

from archiver.batch import TEXT_SLICE_SECONDS_VAR

QUOTE = "The night ferry to the island runs every hour from June"


def _article(title: str, sentence: str) -> bytes:
    body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{sentence}</p></article></body></html>").encode()
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def _held_quay_batch(site: Site, store: Path, tmp_path: Path, paths: tuple[str, ...]):  # noqa: ANN202
    """A ``batch`` subprocess of ``paths`` (one worker, a long text slice) whose "/quay" page's server
    holds its answer until the returned ``answer`` is set (a guard of 60 s); ``asked`` is set once the
    quay page is in flight. Returns (the process, its run mark, answer, asked)."""
    answer, asked = threading.Event(), threading.Event()

    def quay(handler):  # noqa: ANN001, ANN202
        asked.set()
        answer.wait(60)
        return _article("Quay", "The old quay reopens in May, the council said.")

    site.routes["/ferry"] = lambda h: _article("Ferry", "The night ferry to the island runs every hour from June.")
    site.routes["/quay"] = quay
    site.routes["/fees"] = lambda h: _article("Fees", "Mooring fees at the old harbour stay the same this year.")
    listed = tmp_path / "urls.txt"
    listed.write_text("".join(site.url(p) + "\n" for p in paths))
    mark = uuid.uuid4().hex
    batch = start_cli_process("batch", str(listed), "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={TEXT_SLICE_SECONDS_VAR: "600", RUN_MARK_VAR: mark})
    return batch, mark, answer, asked


def stop_held_batch(site: Site, store: Path, tmp_path: Path, signum: int, said: str) -> tuple[int, str, str]:
    """Run :func:`_held_quay_batch` of the ferry, quay and fees pages, send ``signum`` once the ferry is
    captured and the quay page in flight, wait for ``said`` on its stderr, let the quay page answer and
    the batch end: (its exit code, stdout, stderr). Every process is ended."""
    batch, mark, answer, asked = _held_quay_batch(site, store, tmp_path, ("/ferry", "/quay", "/fees"))
    try:
        wait_for_line(batch.stdout, "/ferry")  # the ferry captured; its text waits for its slice
        assert asked.wait(60)  # the quay page in flight
        batch.send_signal(signum)
        wait_for_line(batch.stderr, said)
        answer.set()
        out, err = batch.communicate(timeout=120)
    finally:
        answer.set()
        end_marked(batch, mark)
    return batch.returncode, out, err


def test_a_batch_stopped_by_ctrl_c_leaves_its_workers_held_texts_searchable(
        site: Site, store: Path, tmp_path: Path) -> None:
    _, _, err = stop_held_batch(site, store, tmp_path, signal.SIGINT, "Ctrl-C")
    assert "Traceback" not in err, err
    found = run_cli("verify-quote", QUOTE, store=store)
    said = found.stdout + found.stderr
    assert found.exit_code == 0, said
    assert "reindex" not in said, said


def test_a_batch_stopped_by_a_second_ctrl_c_leaves_its_workers_held_texts_searchable(
        site: Site, store: Path, tmp_path: Path) -> None:
    batch, mark, answer, asked = _held_quay_batch(site, store, tmp_path, ("/ferry", "/quay"))
    try:
        wait_for_line(batch.stdout, "/ferry")
        assert asked.wait(60)
        batch.send_signal(signal.SIGINT)
        wait_for_line(batch.stderr, "Ctrl-C")
        batch.send_signal(signal.SIGINT)  # the quay page still in flight: stop now
        out, err = batch.communicate(timeout=120)
    finally:
        answer.set()
        end_marked(batch, mark)
    assert "Traceback" not in err, err
    found = run_cli("verify-quote", QUOTE, store=store)
    said = found.stdout + found.stderr
    assert found.exit_code == 0, (said, err)
