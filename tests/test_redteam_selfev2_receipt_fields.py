"""Red team (evidence features, second pass): a receipt's verification.json fields that no check read.

``log verify-proof RECEIPT`` compared the citation and a list of verification.json fields with
the proven entries, and named four fields (versions, holders, explanation, selectors) as not
proven. Every other field passed unread: a receipt whose ``url`` named another page, whose
``http_status`` or ``truncated`` said another thing than the capture entry, whose JSON
``citation`` said "quote exact" for an altered quote, or whose ``log_origin``, ``key_fingerprint``
or ``checkpoint_size`` named another log verified, exit 0, and the report said the receipt
stated "what the proven entries state (not proven: versions, holders, explanation, selectors)".
Now every field the proven entries (or the proof) state is compared, and every other field of
verification.json is named among the unproven, a field added by hand included.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import test_redteam5_receipt as fifth
from conftest import run_cli
from stores import copy_store
from test_redteam5_receipt import _edited, _member, _verify

#: the fifth pass's fixtures: one capture of its page, and two genuine receipts of it with the key
receipts = fifth.receipts


def _forged(receipt: Path, tmp_path: Path, field: str, value: Any) -> Path:
    doc = json.loads(_member(receipt, "verification.json"))
    assert doc.get(field, object()) != value
    doc[field] = value
    return _edited(receipt, tmp_path / "forged.zip", {"verification.json": json.dumps(doc, indent=2).encode()})


def _unproven(proc) -> list[str]:
    line = next(x for x in proc.stdout.splitlines() if x.startswith("receipt:"))
    found = re.search(r"\(not proven: (.*)\)$", line)
    assert found, line
    return found.group(1).split(", ")


@pytest.mark.parametrize(("field", "forged"), [
    ("url", "https://www.example.org/official-statement"),
    ("http_status", 404),
    ("truncated", True),
    ("origin", "imported"),
    ("capture_seq", 0),
    ("extraction_seq", 0),
    ("extraction_record_id", "<urn:uuid:00000000-0000-4000-8000-000000000000>"),
    ("scope", "archive"),
    ("capture_incomplete", "the capture holds only the first 1 MB of the page"),
    ("rendered_text_sha256", "sha256:" + "0" * 64),
    ("author", "Jane Doe"),
    ("only_outside_article", True),
    ("texts_compared", ["text", "page_text"]),
])
def test_a_field_the_proven_entries_state_edited_in_verification_json_is_refused(receipts, tmp_path, field, forged):
    proc = _verify(_forged(receipts["exact"], tmp_path, field, forged), receipts["key"])
    assert proc.returncode == 1 and f"verification.json says {field}" in proc.stdout, proc.stdout


def test_the_json_citation_edited_from_altered_to_exact_is_refused(receipts, tmp_path):
    doc = json.loads(_member(receipts["altered"], "verification.json"))
    assert "; quote altered" in doc["citation"]
    proc = _verify(_forged(receipts["altered"], tmp_path, "citation", doc["citation"].replace("altered", "exact")),
                   receipts["key"])
    assert proc.returncode == 1 and "verification.json says citation" in proc.stdout, proc.stdout


@pytest.mark.parametrize(("field", "forged"), [
    ("log_origin", "archiver/prov/00000000"),
    ("key_fingerprint", "sha256:" + "1" * 64),
    ("checkpoint_size", 99),
])
def test_a_log_named_in_verification_json_that_is_not_the_proofs_is_refused(receipts, tmp_path, field, forged):
    proc = _verify(_forged(receipts["exact"], tmp_path, field, forged), receipts["key"])
    assert proc.returncode == 1 and f"verification.json says {field}" in proc.stdout, proc.stdout


def test_a_genuine_receipt_of_a_quote_found_in_no_capture_still_verifies(receipts, store, key_dir, tmp_path):
    copy_store(receipts["key"].parent, store, key_dir)  # the fifth pass's store, its receipts' signer
    receipt = tmp_path / "nowhere.zip"
    proc = run_cli("verify-quote", "Nothing like this was ever said by the port authority", "--receipt", str(receipt),
                   store=store)
    assert proc.returncode == 1 and receipt.exists(), proc.stderr
    checked = _verify(receipt, receipts["key"])
    assert checked.returncode == 0, checked.stdout


def test_a_field_no_entry_states_is_named_unproven(receipts):
    unproven = _unproven(_verify(receipts["exact"], receipts["key"]))
    assert {"page_state", "paragraph", "text_from", "evidence", "versions"} <= set(unproven)


def test_no_field_the_proven_entries_state_is_named_unproven(receipts):
    unproven = _unproven(_verify(receipts["exact"], receipts["key"]))
    assert not {"url", "http_status", "truncated", "citation", "log_origin", "extraction_seq", "quote",
                "verdict", "context", "title"} & set(unproven), unproven


def test_a_field_added_to_verification_json_is_named_unproven(receipts, tmp_path):
    proc = _verify(_forged(receipts["exact"], tmp_path, "checked_by", "the newsroom's fact-check desk"), receipts["key"])
    assert proc.returncode == 0 and "checked_by" in _unproven(proc), proc.stdout


def _other(value: Any) -> Any:
    """A value other than ``value``, of a kind a forger would write."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + " (edited)"
    if isinstance(value, list):
        return [*value, value[0]] if value else ["edited"]
    return "edited"


def test_every_field_of_a_genuine_receipt_not_named_unproven_is_checked(receipts, tmp_path):
    """Each field of verification.json the JSON report does not list as unproven, edited, fails
    the check: none passes unread."""
    doc = json.loads(_member(receipts["exact"], "verification.json"))
    report = json.loads(_verify(receipts["exact"], receipts["key"], "--json").stdout)
    assert report["ok"] is True
    passed = [field for field in doc if field not in report["receipt_unproven"]
              and _verify(_forged(receipts["exact"], tmp_path, field, _other(doc[field])), receipts["key"]).returncode != 1]
    assert passed == []
