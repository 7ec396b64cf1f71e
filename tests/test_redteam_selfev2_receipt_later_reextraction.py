"""Red team (evidence features, second pass): a proof of a quote check made on a superseded extraction.

A quote of words a page hid ("unless the mayor objects", in a ``font-size:0.01px`` span) was
``exact`` on the text extractor 56 made; ``archiver reextract`` then superseded that extraction
(log entry 2) with one that leaves them out. ``archiver log proof`` of the old verification (a
genuine entry, proven against today's checkpoint, which covers the re-extraction) verified "OK"
with its extraction entry 2 printed as the capture's text, and nothing said that a later entry
may supersede it: a footnote built from it reads as if the hidden words were the page's today.
A proof cannot show that no later entry exists, so ``verify-proof`` now says so for every proof
of a quote verification, naming the extraction entry (``not_proven`` in ``--json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from test_reextract import CAPTURE_ID, HIDDEN_QUOTE, copy_old_store


@pytest.fixture
def stale_proof(tmp_path: Path, key_dir: Path) -> dict[str, Path]:
    """The proof of the verification made before ``reextract`` superseded its extraction."""
    store = copy_old_store(tmp_path, key_dir)
    checked = json.loads(run_cli("verify-quote", HIDDEN_QUOTE, "--capture", CAPTURE_ID, "--json", store=store).stdout)
    assert checked["verdict"] == "exact" and checked["extraction_seq"] == 2
    assert run_cli("reextract", CAPTURE_ID, store=store).returncode == 0
    proof, key = tmp_path / "old.tlog-proof", tmp_path / "log.pub"
    assert run_cli("log", "proof", str(checked["log_seq"]), "-o", str(proof), store=store).returncode == 0
    key.write_text(run_cli("log", "key", store=store).stdout, encoding="utf-8")
    return {"proof": proof, "key": key}


def test_the_proof_of_a_quote_check_says_a_later_re_extraction_is_not_in_it(stale_proof):
    proc = run_cli("log", "verify-proof", str(stale_proof["proof"]), "--key", str(stale_proof["key"]))
    assert proc.returncode == 0, proc.stdout  # a genuine entry: it is proven
    assert (f"not proven: that the extraction at log entry 2 is still capture {CAPTURE_ID}'s current text"
            in proc.stdout), proc.stdout


def test_the_json_report_of_a_quote_checks_proof_lists_what_it_does_not_prove(stale_proof):
    doc = json.loads(run_cli("log", "verify-proof", str(stale_proof["proof"]), "--key", str(stale_proof["key"]),
                             "--json").stdout)
    [line] = doc["not_proven"]
    assert "log entry 2" in line and "archiver reextract" in line
