"""Every entry our commands log is proven by ``log proof`` and its proof verifies offline
(``log verify-proof``, exit 0), under the cross-references rvsec51 added (an entry's
``capture_seq`` must name a ``capture`` or ``import`` entry, its ``extraction_seq`` an
``extraction``): a strict check that refused a legitimate proof would be as bad for a reader as
one that passed a forged one.

Two stores: one that imported a wget WARC (its extractions, a quote checked on an imported page
and a correction of it name the ``import`` entry as their ``capture_seq``), and a copy of the store
extractor 56 made (``tests/data/reextract/before_extractor_57``), re-extracted, quoted and
corrected today, so entries written before rvsec51 and after it, naming one another, are proven.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli import run_cli
from test_reextract import CAPTURE_ID, copy_old_store

from archiver.archive import Archive
from archiver.export.importer import import_file

WGET = Path(__file__).parent / "data" / "import" / "wget-3-pages.warc"


def _entries(store: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines()]


def _proof_verifies(store: Path, env: dict[str, str], seq: int, out: Path) -> tuple[int, str]:
    made = run_cli("log", "proof", str(seq), "-o", str(out), "--force", store=store, env=env)
    assert made.returncode == 0, made.stderr
    checked = run_cli("log", "verify-proof", str(out), "--key", str(store / "provenance" / "log.pub"))
    return checked.returncode, checked.stdout + checked.stderr


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store that imported the wget WARC, then checked a quote on its first page (with a
    receipt) and corrected that page's title."""
    root = tmp_path_factory.mktemp("imported")
    store, env = root / "store", {"ARCHIVER_KEY_DIR": str(root / "keys")}
    with Archive.open(store, key_dir=root / "keys") as arc:
        arc.ensure_writable()
        first = import_file(arc, WGET).captures[0]
    text = json.loads(run_cli("show", first["capture_id"], "--json", store=store, env=env).stdout)["article"]["text"]
    quote = " ".join(text.split()[:6])
    receipt = root / "receipt.zip"
    proc = run_cli("verify-quote", quote, "--capture", first["capture_id"], "--receipt", str(receipt), store=store, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run_cli("correct", first["capture_id"], "--title", "A corrected title", "--reason", "the page's headline",
                   store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    return {"store": store, "env": env, "root": root, "receipt": receipt, "import_seq": first["log_seq"]}


def test_entries_of_an_imported_page_name_the_import_entry_as_their_capture(imported):
    named = {e["type"]: e["data"].get("capture_seq") for e in _entries(imported["store"])
             if e["type"] in ("extraction", "quote_verification", "correction")}
    assert named == dict.fromkeys(("extraction", "quote_verification", "correction"), imported["import_seq"])


def test_every_entry_of_a_store_with_an_import_has_a_proof_that_verifies(imported):
    for entry in _entries(imported["store"]):
        code, said = _proof_verifies(imported["store"], imported["env"], entry["seq"], imported["root"] / "p.tlog-proof")
        assert code == 0, (entry["type"], said)


def test_a_receipt_of_a_quote_on_an_imported_page_verifies(imported):
    proc = run_cli("log", "verify-proof", str(imported["receipt"]), "--key",
                   str(imported["store"] / "provenance" / "log.pub"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_entry_of_a_store_extractor_56_made_and_worked_on_today_has_a_proof_that_verifies(tmp_path, key_dir):
    store = copy_old_store(tmp_path, key_dir)
    env = {"ARCHIVER_KEY_DIR": str(key_dir)}
    assert run_cli("reextract", CAPTURE_ID, store=store, env=env).returncode == 0
    text = json.loads(run_cli("show", CAPTURE_ID, "--json", store=store, env=env).stdout)["article"]["text"]
    assert run_cli("verify-quote", " ".join(text.split()[:6]), "--capture", CAPTURE_ID, store=store, env=env).returncode == 0
    assert run_cli("correct", CAPTURE_ID, "--outlet", "Harbour Gazette", "--reason", "masthead",
                   store=store, env=env).returncode == 0
    entries = _entries(store)
    assert [e["type"] for e in entries][:3] == ["key_created", "capture", "extraction"]  # written by extractor 56's archiver
    for entry in entries:
        code, said = _proof_verifies(store, env, entry["seq"], tmp_path / "p.tlog-proof")
        assert code == 0, (entry["type"], said)
