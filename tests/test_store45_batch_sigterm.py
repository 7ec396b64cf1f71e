"""A SIGTERM to a running batch stops it as a first Ctrl-C does: no more URLs are started, the
capture in flight finishes, the texts its worker held for its slice are indexed and the log's
head is signed; it ends with the interrupted code (130) and says how to continue.

Before, SIGTERM had its default action: the batch died at once, its workers' held texts left for
a resume or ``reindex`` (a search said "run 'archiver reindex'") and the log's head unsigned. A
service manager, ``timeout``, a CI job's end and ``kill`` all send SIGTERM first.

Real processes: the batch is an ``archiver batch`` subprocess (process workers) whose worker
holds the ferry's text for its slice (made long) while the quay page's server holds its answer;
the test sends SIGTERM, then lets the quay page answer. Every process is ended by the test.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

from conftest import run_cli
from servers import Site
from test_store44_batch_ctrl_c_beside_a_search import QUOTE, stop_held_batch


def test_a_sigterm_stops_a_batch_as_a_first_ctrl_c_does(site: Site, store: Path, tmp_path: Path) -> None:
    code, out, err = stop_held_batch(site, store, tmp_path, signal.SIGTERM, "stopping")
    assert code == 130, err
    assert "Traceback" not in err and "interrupted: run the same command again" in err, err
    assert "/quay" in out and "/fees" not in out, out  # the one in flight finished; none started after
    report = json.loads(run_cli("log", "verify", "--json", store=store).stdout)
    assert report["ok"] and report["latest_checkpoint_size"] == report["size"], report  # the head signed
    found = run_cli("verify-quote", QUOTE, store=store)
    said = found.stdout + found.stderr
    assert found.exit_code == 0 and "reindex" not in said, said
