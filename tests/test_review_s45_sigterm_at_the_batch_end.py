"""A SIGTERM to a batch that has captured every URL and waits to sign the log's head stops it as a
Ctrl-C there does: the wait ends, the batch says it was interrupted (exit 130, no traceback), and
it still signs what its workers logged (within its bound, once the other writer is done).

The batch's own SIGTERM handler (:class:`archiver.batch.CtrlC`) was put back to the default
action as its loop of captures ended, before the final signing and indexing of texts: a SIGTERM
there (``timeout``, a service manager, a CI job's end; the moment a long batch spends indexing
its last texts) killed the batch at once, its head unsigned, its last texts unindexed and its
fork server's processes left to init. (A Ctrl-C in that wait left the head unsigned, silently.)

Real processes: an ``archiver batch`` subprocess of one URL; the test holds the log's writer
lock at the batch's test hold point before its signing (``HOLD_BEFORE_SIGNING_VAR``: the test
raced the signing after the last URL's line before, and lost in a fresh-clone CI run), so the
batch waits for it to sign (it says so), then sends SIGTERM and lets the lock go. Every process is ended by the test.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import uuid
from pathlib import Path

from cli import start_cli_process, wait_for_file, wait_for_line
from conftest import RUN_MARK_VAR, end_marked, run_cli
from servers import Site, html_page
from stores import FERRY_PAGE

from archiver.batch import HOLD_BEFORE_SIGNING_VAR


def test_a_sigterm_while_the_batch_waits_to_sign_its_head_is_an_interruption(
        site: Site, store: Path, tmp_path: Path) -> None:
    site.routes["/ferry"] = html_page(FERRY_PAGE)
    listed = tmp_path / "urls.txt"
    listed.write_text(site.url("/ferry") + "\n")
    mark = uuid.uuid4().hex
    hold = tmp_path / "before-signing"
    batch = start_cli_process("batch", str(listed), "--jobs", "1", "--delay", "0", "--retries", "0", "--nl",
                              store=store, env={RUN_MARK_VAR: mark, HOLD_BEFORE_SIGNING_VAR: str(hold)})
    lock = None
    try:
        wait_for_line(batch.stdout, "/ferry")  # captured and logged: only the signing is left
        wait_for_file(hold, batch)  # every URL captured; the signing not begun
        lock = os.open(store / "provenance" / "log.lock", os.O_RDWR)
        fcntl.flock(lock, fcntl.LOCK_EX)
        hold.unlink()  # the batch goes on to sign, and meets the lock held
        wait_for_line(batch.stderr, "waiting for")  # the batch waits to sign its head
        batch.send_signal(signal.SIGTERM)
        os.close(lock)
        lock = None
        out, err = batch.communicate(timeout=120)
    finally:
        if lock is not None:
            os.close(lock)
        end_marked(batch, mark)
    assert batch.returncode == 130, (batch.returncode, err)
    assert "Traceback" not in err, err
    report = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
    assert report["ok"] and report["latest_checkpoint_size"] == report["size"], report  # the head signed
