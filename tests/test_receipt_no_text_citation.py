"""A receipt of a verdict made on no text (a capture whose bytes a browser downloads) says so in
its citation, instead of giving the empty text's digest ("text sha256:e3b0c442..."), which a reader
took for the digest of the page captured. Receipts written before keep verifying as written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from captures import archived_served
from cli import run_cli
from old_download import BODY, FIELDS, WORDS

EMPTY_TEXT_DIGEST = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.fixture
def receipt(tmp_path: Path, key_dir: Path) -> tuple[Path, Path, Path]:
    """(store, receipt zip, the log's public key) of WORDS checked on a capture of a download."""
    store = tmp_path / "store"
    cid = archived_served(store, FIELDS, BODY)
    zipped = tmp_path / "r.zip"
    assert run_cli("verify-quote", WORDS, "--capture", cid, "--receipt", str(zipped), store=store).exit_code == 1
    key = tmp_path / "log.pub"
    key.write_text(run_cli("log", "key", store=store).stdout)
    return store, zipped, key


def _rewritten(zipped: Path, out: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(zipped) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, change.get(item.filename, zin.read(item.filename)))
    return out


def _checks(store: Path, zipped: Path, key: Path) -> int:
    return run_cli("log", "verify-proof", str(zipped), "--key", str(key), store=store).exit_code


def test_the_citation_of_a_verdict_on_no_text_says_no_text_and_gives_no_empty_digest(receipt) -> None:
    store, zipped, key = receipt
    citation = zipfile.ZipFile(zipped).read("citation.txt").decode()
    assert "no text a browser shows of its bytes (download)" in citation and "quote not_found" in citation
    assert EMPTY_TEXT_DIGEST not in citation
    assert _checks(store, zipped, key) == 0


def test_a_receipt_in_the_earlier_wording_still_verifies(receipt, tmp_path: Path) -> None:
    store, zipped, key = receipt
    with zipfile.ZipFile(zipped) as z:
        citation, doc = z.read("citation.txt").decode(), json.loads(z.read("verification.json"))
    old = citation.replace("no text a browser shows of its bytes (download)", f"text {EMPTY_TEXT_DIGEST}")
    doc["citation"] = old.removesuffix("\n")
    earlier = _rewritten(zipped, tmp_path / "old.zip", {"citation.txt": old.encode(),
                                                        "verification.json": json.dumps(doc, indent=2).encode()})
    assert _checks(store, earlier, key) == 0


def test_a_citation_edited_to_another_reason_is_refused(receipt, tmp_path: Path) -> None:
    store, zipped, key = receipt
    citation = zipfile.ZipFile(zipped).read("citation.txt").decode()
    edited = _rewritten(zipped, tmp_path / "edited.zip",
                        {"citation.txt": citation.replace("(download)", "(not_shown)").encode()})
    assert _checks(store, edited, key) == 1
