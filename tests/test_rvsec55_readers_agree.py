"""Every reader of a correction holds its entry positions to one rule (review rvsec55 of sec54).

sec54 made ``log verify`` refuse a correction whose ``capture_seq``/``extraction_seq`` is not an
entry of the right type about its own capture (``E_CORRECTION``), but ``show``, ``cite`` and
``export`` read corrections through ``Correction.from_data``, which saw only the entry: they still
applied such a correction (the title "corrected") while ``log verify`` called it broken. Now each
reader is given the log's lines and says, in ``log verify``'s words, that it corrects nothing.

The stores are tests/test_redteam51_bundle_corrections.py's: two captures, then one line written by
hand and accepted with ``log adopt``.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from cli import run_cli
from test_redteam51_bundle_corrections import _adopted_correction, _correction, _two_captures
from test_redteam52_correction_claims import _log_verify

CORRECTED = "Harbour report: March figures"
#: Each way a correction's entry positions can name what is not an entry of its capture.
LINKS = {
    "another capture's extraction": lambda harbour, bridge: {"extraction_seq": bridge["extraction_seq"]},
    "another capture's capture entry": lambda harbour, bridge: {"capture_seq": bridge["capture_seq"]},
    "its capture entry as the extraction": lambda harbour, bridge: {"extraction_seq": harbour["capture_seq"]},
    "an entry after itself": lambda harbour, bridge: {"extraction_seq": 10_000},
}


@pytest.fixture(params=list(LINKS))
def misdirected(request, tmp_path):
    store, env, (harbour, bridge) = _two_captures(tmp_path)
    _adopted_correction(store, env, _correction(store, harbour, **LINKS[request.param](harbour, bridge)))
    return store, env, harbour


def test_show_does_not_apply_a_correction_log_verify_refuses_and_says_it_in_its_words(misdirected) -> None:
    store, env, harbour = misdirected
    doc = json.loads(run_cli("show", harbour["capture_id"], "--json", store=store, env=env).stdout)
    _, problems = _log_verify(store, env)
    [said] = [p["message"] for p in problems if p["code"] == "E_CORRECTION"]
    assert doc["corrected"] == {}
    [c] = doc["corrections"]
    assert c["refused"] == [said]


def test_cite_does_not_cite_a_correction_log_verify_refuses(misdirected) -> None:
    store, env, harbour = misdirected
    proc = run_cli("cite", harbour["capture_id"], "--style", "csl-json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    [item] = json.loads(proc.stdout)
    assert item["title"] != CORRECTED
    assert "corrects nothing" in proc.stderr


def test_export_does_not_title_a_page_with_a_correction_log_verify_refuses(misdirected, tmp_path) -> None:
    store, env, harbour = misdirected
    out = tmp_path / "b.wacz"
    assert run_cli("export", harbour["capture_id"], "-o", str(out), store=store, env=env).returncode == 0
    with zipfile.ZipFile(out) as z:
        [page] = [json.loads(line) for line in z.read("pages/pages.jsonl").splitlines()[1:]]
    assert page["title"] != CORRECTED


def test_a_correction_of_an_imported_capture_naming_its_import_still_applies(tmp_path, key_dir) -> None:
    """The neighbour: an imported capture's entry is its import's, which names it among its captures."""
    from bundles import colleague_bundle, pin_bundle_key

    bundle, capture_id = colleague_bundle(tmp_path, b"<html><head><title>Harbour report</title></head><body>"
                                                    b"<article><h1>Harbour report</h1><p>The harbour tax goes next "
                                                    b"spring, the committee said on Tuesday.</p></article></body>"
                                                    b"</html>")
    pin_bundle_key(bundle)
    store = tmp_path / "mine"
    assert run_cli("import", str(bundle), store=store).returncode == 0
    assert run_cli("correct", capture_id, "--title", CORRECTED, "--reason", "the printed headline",
                   store=store).returncode == 0
    doc = json.loads(run_cli("show", capture_id, "--json", store=store).stdout)
    assert doc["corrected"]["title"]["value"] == CORRECTED and doc["corrections"][0]["refused"] == []
    assert run_cli("log", "verify", store=store).returncode == 0


def test_proofs_and_log_verify_read_the_types_an_entry_position_may_name_from_one_table() -> None:
    from archiver.provenance import chain, correction_entry, proof

    assert proof.REFERENCE_FIELDS == correction_entry.REFERENCES == tuple(chain.REFERRED_TYPES)
    assert proof.REFERRED_TYPES is correction_entry.REFERRED_TYPES is chain.REFERRED_TYPES
