"""Bundles of re-extracted captures (``archiver reextract``, then ``export``, ``verify-bundle``).

Each test works on its own copy of the store extractor 56 made (see tests/test_reextract.py):
its hidden words are ``exact`` on extractor 56's text and ``altered`` on today's.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from test_reextract import (
    CAPTURE_ID,
    HIDDEN_QUOTE,
    SHOWN_QUOTE,
    _extraction_entries,
    _verdict,
    bundle_checked,
    copy_old_store,
)

from archiver.archive import Archive
from archiver.extract import extract


@pytest.fixture
def old_store(tmp_path: Path, key_dir: Path) -> Path:
    return copy_old_store(tmp_path, key_dir)


def test_a_quote_made_on_a_superseded_extraction_is_not_said_to_hold_on_the_reproduced_text(old_store, tmp_path):
    assert _verdict(old_store, HIDDEN_QUOTE)["verdict"] == "exact"  # on extractor 56's text
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    doc = bundle_checked(old_store, tmp_path)
    assert not doc["problems"], doc["problems"]
    [sentence] = [p for p in doc["proven"] if "Quote verification at position" in p]
    assert "re-run here on the reproduced text" not in sentence
    assert f"re-run here on the superseded extraction at log entry {old['seq']} (extractor 56" in sentence
    assert f"on the current extraction's text (log entry {new['seq']}) the verdict is 'altered'" in sentence


def test_the_bundle_says_plainly_when_a_quote_does_not_hold_on_the_current_text(old_store, tmp_path):
    seq = _verdict(old_store, HIDDEN_QUOTE)["log_seq"]
    run_cli("reextract", CAPTURE_ID, store=old_store)
    old, new = _extraction_entries(old_store)
    doc = bundle_checked(old_store, tmp_path)
    [capture] = doc["captures"]
    assert capture["quotes"] == [{
        "log_seq": seq, "verdict": "exact", "rechecked": True, "rechecked_on": "superseded",
        "made_on_extraction_seq": old["seq"], "current_extraction_seq": new["seq"],
        "current_verdict": "altered", "holds_on_current_text": False}]
    [said] = [s for s in doc["not_proven"] if f"position {seq}" in s]
    assert "does NOT hold on the text capture" in said and "'altered'" in said


def test_a_quote_made_on_the_current_extraction_is_re_run_on_the_reproduced_text(old_store, tmp_path):
    run_cli("reextract", CAPTURE_ID, store=old_store)
    seq = _verdict(old_store, SHOWN_QUOTE)["log_seq"]
    doc = bundle_checked(old_store, tmp_path)
    [sentence] = [p for p in doc["proven"] if "Quote verification at position" in p]
    assert "(re-run here on the reproduced text: same verdict)" in sentence
    [capture] = doc["captures"]
    assert [(q["log_seq"], q["rechecked_on"], q["holds_on_current_text"]) for q in capture["quotes"]] == [
        (seq, "current", True)]
    assert not [s for s in doc["not_proven"] if f"position {seq}" in s]


def test_what_is_not_proven_says_a_later_re_extraction_may_exist(old_store, tmp_path):
    doc = bundle_checked(old_store, tmp_path)
    [latest] = [s for s in doc["not_proven"] if "latest word" in s]
    assert "re-extraction logged later is not in it" in latest and "archiver reextract" in latest


def _extractor_58(body, *, url, content_type, **kw):
    """An extractor between the store's and today's: today's text and one sentence more."""
    article = extract(body, url=url, content_type=content_type, **kw)
    versions = {**dict(article.extractor), "archiver-extract": "58"}
    return article._replace(text=article.text + "\n\nAppended by 58.", extractor=tuple(sorted(versions.items())))


def test_a_quote_made_on_a_middle_re_extraction_travels_with_that_extraction_record(old_store, tmp_path):
    with Archive.open(old_store, extractor=_extractor_58) as arc:  # 56 -> 58
        assert arc.reextract([CAPTURE_ID]).to_dict()["counts"]["reextracted"] == 1
    assert _verdict(old_store, "Appended by 58.")["verdict"] == "exact"  # made on 58's text
    assert run_cli("reextract", CAPTURE_ID, store=old_store).exit_code == 0  # 58 -> today's
    _, middle, _ = _extraction_entries(old_store)
    doc = bundle_checked(old_store, tmp_path)
    assert f"archive/{Path(middle['data']['record']['warc']).name}" in zipfile.ZipFile(doc["path"]).namelist()
    # re-run on the middle extraction's record (which travels); on today's text the quote's words
    # are gone, and that, not a missing record, is the one check not concluded
    assert not doc["problems"], doc["problems"]
    assert [w["message"] for w in doc["warnings"] if w["code"] == "W_INCOMPLETE"] == [
        m for m in (w["message"] for w in doc["warnings"]) if "does not hold on capture" in m]
    [capture] = doc["captures"]
    [q] = capture["quotes"]
    assert q["rechecked_on"] == "superseded" and q["made_on_extraction_seq"] == middle["seq"] and q["rechecked"]


def test_the_summary_line_counts_the_quotes_that_do_not_hold_on_the_current_text(old_store, tmp_path):
    _verdict(old_store, HIDDEN_QUOTE)
    run_cli("reextract", CAPTURE_ID, store=old_store)
    doc = bundle_checked(old_store, tmp_path)
    human = run_cli("verify-bundle", str(doc["path"]), store=old_store).stdout
    [line] = [x for x in human.splitlines() if x.startswith(f"    {CAPTURE_ID}  ")]
    assert "1 quote check(s)" in line and "1 NOT holding on the current text" in line
    not_proven = human.split("What this does not prove:")[1]  # shown without -v
    assert "the quote does NOT hold" in " ".join(not_proven.split())


def test_a_middle_re_extraction_record_altered_in_the_bundle_fails(old_store, tmp_path):
    with Archive.open(old_store, extractor=_extractor_58) as arc:
        arc.reextract([CAPTURE_ID])
    _verdict(old_store, "Appended by 58.")
    run_cli("reextract", CAPTURE_ID, store=old_store)
    _, middle, _ = _extraction_entries(old_store)
    doc = bundle_checked(old_store, tmp_path)
    member = f"archive/{Path(middle['data']['record']['warc']).name}"
    forged = tmp_path / "forged.wacz"
    with zipfile.ZipFile(doc["path"]) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = _edit_gzip_member(data, b"Appended by 58.", b"Appended by 57.")
            dst.writestr(info, data)
    checked = run_cli("verify-bundle", str(forged), "--json", store=old_store)
    doc = json.loads(checked.stdout)
    assert checked.exit_code == 1 and doc["verdict"] == "failed"
    assert any(middle["data"]["record_id"] in p["message"] and "altered" in p["message"] for p in doc["problems"]), doc["problems"]


def _edit_gzip_member(data: bytes, old: bytes, new: bytes) -> bytes:
    """The WARC file's gzip members, each re-compressed, with ``old`` replaced by ``new``."""
    import gzip
    import zlib

    out, rest = b"", data
    while rest:
        d = zlib.decompressobj(31)
        plain = d.decompress(rest)
        out += gzip.compress(plain.replace(old, new))
        rest = d.unused_data
    return out


def test_a_bundle_whose_quote_does_not_hold_on_the_current_text_is_not_verified(old_store, tmp_path):
    """Its verdict held on the superseded text it was made on; on the text the capture serves now
    it is 'altered'. A headline VERIFIED (exit 0) vouched for words no reader saw: the check is
    not concluded, as for a verdict other quote rules change (exit 3, the warning says why)."""
    seq = _verdict(old_store, HIDDEN_QUOTE)["log_seq"]
    run_cli("reextract", CAPTURE_ID, store=old_store)
    doc = bundle_checked(old_store, tmp_path)
    assert doc["verdict"] == "incomplete" and doc["exit"] == 3 and not doc["problems"]
    [warning] = [w for w in doc["warnings"] if f"position {seq}" in w["message"]]
    assert warning["code"] == "W_INCOMPLETE" and "does not hold on capture" in warning["message"]
