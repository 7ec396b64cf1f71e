"""`archiver correct`: the user's correction as a `correction` log entry, used by every statement."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.cli import cli
from archiver.corrections import Correction, apply, corrected_fields

PAGE = (b"<html><head><title>Harbour report</title><meta name='author' content='Port Desk and Jane Roe'>"
        b"<meta property='og:site_name' content='Port Times'>"
        b"<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        b"<h1>Harbour report</h1>"
        + b"".join(b"<p>Paragraph %d: the harbour handled 41,000 containers in March, the port authority "
                   b"said on Tuesday, and dock workers did not strike during the night shift.</p>" % i
                   for i in range(6))
        + b"</article></body></html>")


def invoke(store: Path, *args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def archived_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """Two captures of one article page, made once for the module: (folder, first id, second id)."""
    root = tmp_path_factory.mktemp("archived")
    site = Site()
    site.routes["/a"] = html_page(PAGE)
    try:
        first, second = build_template(root, lambda arc: arc.capture_many([site.url("/a"), site.url("/a")]))
    finally:
        site.close()
    return root, first.capture_id, second.capture_id


@pytest.fixture
def archived(archived_once: tuple[Path, str, str], store: Path, key_dir: Path) -> tuple[Path, str, str]:
    """This test's own copy of a store with two captures of one article page: (store, first id, second id)."""
    root, first, second = archived_once
    copy_store(root, store, key_dir)
    return store, first, second


def _correct(store: Path, cid: str, *args: str) -> dict:
    result = invoke(store, "correct", cid, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _log(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines()]


def test_correct_appends_a_correction_entry_with_old_and_new_values_and_reason(archived):
    store, cid, _ = archived
    doc = _correct(store, cid[:10], "--author", "Jane Q. Roe", "--title", "Harbour report: March",
                   "--reason", "byline and headline on the page")
    entry = _log(store)[-1] if _log(store)[-1]["type"] == "correction" else None
    assert entry is not None and entry["seq"] == doc["log_seq"]
    data = entry["data"]
    assert data["capture_id"] == cid and data["reason"] == "byline and headline on the page"
    assert data["fields"]["title"] == {"old": "Harbour report", "new": "Harbour report: March"}
    assert data["fields"]["authors"]["new"] == ["Jane Q. Roe"]
    assert data["key_fingerprint"] and doc["key_fingerprint"] == data["key_fingerprint"]


def test_correct_never_edits_the_extraction_and_log_still_verifies(archived):
    store, cid, _ = archived
    before = invoke(store, "show", cid, "--json")
    _correct(store, cid, "--title", "Another title", "--reason", "headline")
    after = json.loads(invoke(store, "show", cid, "--json").stdout)
    assert after["article"] == json.loads(before.stdout)["article"]  # the extraction as logged
    assert after["evidence"] == "present"
    verify = invoke(store, "log", "verify")
    assert verify.exit_code == 0, verify.output


def test_show_gives_the_corrected_value_who_corrected_it_and_why(archived):
    store, cid, _ = archived
    doc = _correct(store, cid, "--published", "2024-03-04", "--reason", "dateline says 4 March")
    shown = json.loads(invoke(store, "show", cid, "--json").stdout)
    info = shown["corrected"]["published"]
    assert info["value"] == "2024-03-04" and info["extracted"] == "2024-03-05"
    assert info["reason"] == "dateline says 4 March" and info["key_fingerprint"] == doc["key_fingerprint"]
    assert [c["log_seq"] for c in shown["corrections"]] == [doc["log_seq"]]
    human = invoke(store, "show", cid).output
    assert "published corrected to '2024-03-04'" in human and "dateline says 4 March" in human


def test_a_later_correction_of_a_field_wins_and_keeps_the_extracted_value(archived):
    store, cid, _ = archived
    _correct(store, cid, "--outlet", "Port Tymes", "--reason", "masthead")
    _correct(store, cid, "--outlet", "The Port Times", "--reason", "masthead, spelled right")
    info = json.loads(invoke(store, "show", cid, "--json").stdout)["corrected"]["outlet"]
    assert info["value"] == "The Port Times" and info["extracted"] == "Port Times"


def test_correction_applies_only_to_its_capture(archived):
    store, cid, other = archived
    _correct(store, cid, "--title", "Corrected", "--reason", "headline")
    shown = json.loads(invoke(store, "show", other, "--json").stdout)
    assert shown["corrections"] == [] and shown["corrected"] == {}


@pytest.mark.parametrize("args,needle", [
    (("--title", "X", "--reason", "r"), "no capture"),
    (("--published", "2024-02-30", "--reason", "r"), "not a date"),
    (("--published", "5 March", "--reason", "r"), "not a date"),
    (("--reason", "r"), "nothing to correct"),
    (("--title", "X", "--reason", "  "), "--reason is empty"),
    (("--title", "X"), "--reason is empty"),
    (("--author", " ", "--reason", "r"), "--author is empty"),
    (("--title", "Harbour report", "--reason", "r"), "nothing to correct"),
], ids=["unknown-id", "impossible-date", "free-text-date", "no-field", "blank-reason", "no-reason",
        "blank-author", "same-value"])
def test_correct_refuses_bad_input_with_exit_2_and_logs_nothing(archived, args, needle):
    store, cid, _ = archived
    target = "zzzzzzzz" if needle == "no capture" else cid
    before = (store / "provenance" / "log.jsonl").read_bytes()
    result = invoke(store, "correct", target, *args)
    assert result.exit_code == 2, result.output
    assert needle in result.output and "Traceback" not in result.output
    assert (store / "provenance" / "log.jsonl").read_bytes() == before


def test_cite_uses_the_corrected_authors_and_says_so(archived):
    store, cid, _ = archived
    _correct(store, cid, "--author", "Jane Roe", "--author", "John Doe", "--reason", "byline")
    csl = json.loads(invoke(store, "cite", cid, "--style", "csl-json").stdout)[0]
    assert csl["author"] == [{"family": "Roe", "given": "Jane"}, {"family": "Doe", "given": "John"}]
    assert "authors corrected" in csl["note"] and "byline" in csl["note"]
    doc = json.loads(invoke(store, "cite", cid, "--json").stdout)
    assert doc["evidence"] == "present" and doc["corrected"]["authors"]["value"] == ["Jane Roe", "John Doe"]


def test_diff_compares_corrected_values_and_names_the_correction(archived):
    store, cid, other = archived
    _correct(store, other, "--title", "Harbour report, corrected", "--reason", "headline")
    result = invoke(store, "diff", cid, other, "--json")
    doc = json.loads(result.stdout)
    assert {"field": "title", "a": "Harbour report", "b": "Harbour report, corrected",
            "removed": [], "added": []} in doc["metadata"]
    assert doc["b"]["corrected"] == ["title"] and doc["a"]["corrected"] == []
    assert result.exit_code == 1  # a reader sees a different title
    human = invoke(store, "diff", cid, other).output
    assert "+++ title corrected to 'Harbour report, corrected'" in human and "headline" in human


def test_export_carries_the_correction_entry_and_verify_bundle_checks_it(archived, tmp_path):
    store, cid, _ = archived
    doc = _correct(store, cid, "--title", "Harbour report: March", "--reason", "headline")
    out = tmp_path / "b.wacz"
    exported = invoke(store, "export", cid, "-o", str(out), "--json")
    assert exported.exit_code == 0, exported.output
    assert doc["log_seq"] in json.loads(exported.stdout)["entries"]
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        pages = [json.loads(x) for x in z.read("pages/pages.jsonl").decode().splitlines()[1:]]
    assert f"provenance/entry-{doc['log_seq']}.tlog-proof" in names
    assert pages[0]["title"] == "Harbour report: March"
    report = json.loads(invoke(store, "verify-bundle", str(out), "--json").stdout)
    assert report["ok"], report["problems"]
    assert report["entries"]["by_type"]["correction"] == [doc["log_seq"]]
    cap = report["captures"][0]
    assert cap["correction_seqs"] == [doc["log_seq"]]
    assert cap["corrected"]["title"]["value"] == "Harbour report: March"
    assert any("corrected" in s and "headline" in s for s in report["proven"])


def test_verify_bundle_fails_a_correction_of_a_capture_not_in_the_bundle():
    from archiver.export.bundle_quotes import correction_problems

    entries = {5: {"type": "correction", "data": {"capture_id": "nothere", "fields": {}, "reason": "r"}}}
    assert correction_problems(entries, {"01abc"}) == ["log entry 5 corrects capture nothere, which the "
                                                       "bundle does not hold"]


def test_apply_leaves_an_uncorrected_article_unchanged_and_corrects_in_log_order():
    article = {"title": "A", "authors": ["X"], "text": "t"}
    assert apply(article, []) is article
    cs = [Correction(1, "t1", "c", {"title": {"old": "A", "new": "B"}}, "r1", "fp"),
          Correction(2, "t2", "c", {"title": {"old": "B", "new": "C"}}, "r2", "fp")]
    assert apply(article, cs) == {"title": "C", "authors": ["X"], "text": "t"}
    assert corrected_fields(cs)["title"]["extracted"] == "A"


def test_correct_without_the_signing_key_is_refused_with_exit_3(archived, tmp_path, monkeypatch):
    store, cid, _ = archived
    monkeypatch.setenv("ARCHIVER_KEY_DIR", str(tmp_path / "no-keys"))
    before = (store / "provenance" / "log.jsonl").read_bytes()
    result = invoke(store, "correct", cid, "--title", "X", "--reason", "headline")
    assert result.exit_code == 3, result.output
    assert (store / "provenance" / "log.jsonl").read_bytes() == before


def test_log_show_lists_corrections_by_type(archived):
    store, cid, _ = archived
    doc = _correct(store, cid, "--title", "X", "--reason", "headline")
    shown = json.loads(invoke(store, "log", "show", "--type", "correction", "--json").stdout)
    assert [e["seq"] for e in shown] == [doc["log_seq"]]


def test_an_open_archive_sees_a_correction_appended_after_its_first_show(archived):
    store, cid, _ = archived
    with Archive.open(store, mode="write") as arc:
        assert arc.show(cid)["corrected"] == {}
        _correct(store, cid, "--title", "Later", "--reason", "headline")
        assert arc.show(cid)["corrected"]["title"]["value"] == "Later"


def test_verify_bundle_fails_a_correction_whose_old_value_is_not_the_logged_extraction():
    from archiver.export.bundle_quotes import correction_claims

    article = {"title": "Harbour report", "authors": ["Jane Roe"]}
    honest = Correction(9, "t", "c", {"title": {"old": "Harbour report", "new": "B"}}, "r", "fp", extraction_seq=2)
    later = Correction(10, "t", "c", {"title": {"old": "B", "new": "C"}}, "r", "fp", extraction_seq=2)
    assert correction_claims([honest, later], {2: article}).problems == ()
    forged = Correction(9, "t", "c", {"authors": {"old": ["Someone"], "new": ["X"]}}, "r", "fp", extraction_seq=2)
    assert correction_claims([forged], {2: article}).problems == (
        "correction at position 9 says the extracted authors was ['Someone'], but the logged extraction "
        "(entry 2) has ['Jane Roe']",)


def test_verify_bundle_holds_a_later_correction_to_the_value_the_one_before_it_left():
    from archiver.export.bundle_quotes import correction_claims

    article = {"title": "Harbour report"}
    honest = Correction(9, "t", "c", {"title": {"old": "Harbour report", "new": "B"}}, "r", "fp", extraction_seq=2)
    forged = Correction(10, "t", "c", {"title": {"old": "Harbour closed", "new": "C"}}, "r", "fp", extraction_seq=2)
    assert correction_claims([honest, forged], {2: article}).problems == (
        "correction at position 10 says the extracted title was 'Harbour closed', but the correction before it "
        "has 'B'",)


def test_a_correction_made_on_an_extraction_the_bundle_does_not_hold_is_unproven_not_failed():
    from archiver.export.bundle_quotes import correction_claims

    made = Correction(9, "t", "c", {"title": {"old": "Harbour report", "new": "B"}}, "r", "fp", extraction_seq=2)
    claims = correction_claims([made], {2: None, 5: {"title": "Other"}})
    assert claims.problems == () and claims.unproven == {9: 2}
