"""The derived indexes never make a statement the provenance log does not support by omission.

The capture index is a cache rebuilt from the WARC files and the log: a deleted row (or a
process killed between its log entry and its index row) must not hide a capture from a
statement that claims completeness (``history``'s list, verify-quote's "newest capture" and
whole-archive "held by" / "not found", ``check``'s newest capture). The text index keeps texts
in the form of the normalisation rules it was built under: a "not found" from an index built
under other rules is no claim of absence. Real stores, real HTTP on 127.0.0.1, the real CLI.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from cli import run_cli
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.archive import Archive
from archiver.provenance.proven import forget, proven_log
from archiver.quotes.normalize import ALL_STEPS, NORMALIZER_VERSION
from archiver.store.textindex import index_form

HARBOUR = (b"<html><head><title>Harbour traffic rises</title></head><body><article><h1>Harbour traffic rises</h1>"
           b"<p>The harbour handled 41,000 containers in March, the port authority said on Monday.</p>"
           b"<p>Dock workers did not strike, and the night shift was not cancelled this spring.</p>"
           b"<p>We expect a record year if the canal stays open, said harbour master Ines Alvarez.</p>"
           b"</article></body></html>")
COUNCIL = (b"<html><head><title>Council approves flood plan</title></head><body><article>"
           b"<h1>Council approves flood plan</h1>"
           b"<p>The City Council voted on Tuesday night to approve a flood-protection plan for Eastside.</p>"
           b"<p>Doing nothing would cost us far more, said Council President Daniel Reyes after the vote.</p>"
           b"<p>The plan was debated for nearly two years before the council reached a decision.</p>"
           b"</article></body></html>")
IN_COUNCIL = "Doing nothing would cost us far more"
NOWHERE = "The quick brown fox jumps over the lazy dog beside the quiet river bank."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """/harbour captured twice and /council once, for the module: (folder, name -> capture id)."""
    root, site = tmp_path_factory.mktemp("complete"), Site()
    site.routes["/harbour"] = html_page(HARBOUR)
    site.routes["/council"] = html_page(COUNCIL)

    def build(arc: Archive) -> dict[str, str]:
        [a] = arc.capture_many([site.url("/harbour")])
        [b] = arc.capture_many([site.url("/harbour")])
        [c] = arc.capture_many([site.url("/council")])
        assert a.capture_id and b.capture_id and c.capture_id
        return {"harbour_old": a.capture_id, "harbour_new": b.capture_id, "council": c.capture_id,
                "harbour_url": site.url("/harbour"), "council_url": site.url("/council")}

    try:
        made = build_template(root, build)
    finally:
        site.close()
    return root, made


@pytest.fixture
def archived(built: tuple[Path, dict[str, str]], store: Path, key_dir: Path) -> dict[str, str]:
    root, made = built
    copy_store(root, store, key_dir)
    forget()  # each test's store is a new file at the same path
    return made


def delete_row(store: Path, capture_id: str) -> None:
    """What a crash between log append and index update, or a hand-deleted row, leaves."""
    db = sqlite3.connect(store / "index.sqlite3")
    with db:
        db.execute("DELETE FROM captures WHERE capture_id = ?", (capture_id,))
    db.close()


def set_normalizer(store: Path, version: str | None) -> None:
    """A text index built under other normalisation rules (``None``: before they were recorded)."""
    db = sqlite3.connect(store / "text-index.sqlite3")
    with db:
        db.execute("DELETE FROM meta WHERE key = 'normalizer'")
        if version is not None:
            db.execute("INSERT INTO meta (key, value) VALUES ('normalizer', ?)", (version,))
    db.close()


# ---------------------------------------------------------------------- the log pass


def test_the_log_pass_collects_the_capture_ids_the_log_lists(store, archived):
    path = store / "provenance" / "log.jsonl"
    logged = proven_log(path, path.stat()).logged_captures()
    assert set(logged) == {archived["harbour_old"], archived["harbour_new"], archived["council"]}


def test_a_capture_an_import_entry_lists_counts_as_logged(store, archived, tmp_path):
    bundle, other = tmp_path / "sources.wacz", tmp_path / "other"
    exported = run_cli("export", archived["harbour_old"], archived["council"], "--format", "wacz",
                       "-o", str(bundle), store=store)
    assert exported.exit_code == 0, exported.stderr
    imported = run_cli("import", str(bundle), "--json", store=other)
    assert imported.exit_code == 0, imported.stderr
    ids = [c["capture_id"] for c in json.loads(imported.stdout)["captures"]]
    assert len(ids) == 2
    delete_row(other, ids[0])
    with Archive.open(other, mode="read") as arc:
        assert arc.captures_not_indexed() == [ids[0]]


def test_a_store_held_open_sees_a_row_deleted_by_another_connection(store, archived):
    with Archive.open(store) as arc:
        assert arc.captures_not_indexed() == []
        delete_row(store, archived["council"])
        assert arc.captures_not_indexed() == [archived["council"]]


# ---------------------------------------------------------------------- history


def test_history_says_the_index_lacks_a_capture_the_log_lists(store, archived):
    delete_row(store, archived["harbour_new"])
    r = run_cli("history", archived["harbour_url"], store=store)
    assert r.exit_code == 3, r.stderr  # (as `list`; before: exit 0 under an INCOMPLETE line)
    assert f"the index lacks 1 capture(s) of {archived['harbour_url']} the log lists" in r.stdout
    assert archived["harbour_new"] in r.stdout and "archiver reindex" in r.stdout


def test_history_json_says_the_list_is_not_complete(store, archived):
    delete_row(store, archived["harbour_new"])
    doc = json.loads(run_cli("history", archived["harbour_url"], "--json", store=store).stdout)
    assert doc["index_complete"] is False and doc["captures_not_indexed"] == [archived["harbour_new"]]
    assert "archiver reindex" in doc["index_incomplete"]


def test_history_of_a_url_whose_rows_are_all_gone_is_incomplete_not_unknown(store, archived):
    delete_row(store, archived["council"])
    r = run_cli("history", archived["council_url"], store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "the index lacks 1 capture(s)" in r.stderr and "archiver reindex" in r.stderr
    assert "Traceback" not in r.stderr


def test_history_ignores_a_missing_capture_of_another_url(store, archived):
    delete_row(store, archived["council"])
    r = run_cli("history", archived["harbour_url"], "--json", store=store)
    assert json.loads(r.stdout)["captures_not_indexed"] == []


# ---------------------------------------------------------------------- verify-quote


def test_whole_archive_not_found_exits_3_naming_reindex_when_the_index_lacks_a_capture(store, archived):
    delete_row(store, archived["harbour_old"])
    r = run_cli("verify-quote", NOWHERE, store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "the index lacks 1 capture(s) the log lists" in r.stdout + r.stderr
    assert "archiver reindex" in r.stdout + r.stderr


def test_whole_archive_not_found_json_names_the_gap(store, archived):
    delete_row(store, archived["harbour_old"])
    r = run_cli("verify-quote", NOWHERE, "--json", store=store)
    doc = json.loads(r.stdout)
    assert r.exit_code == 3 and doc["verdict"] == "not_found"
    assert "archiver reindex" in doc["index_incomplete"]


def test_a_batch_whose_only_problem_is_an_incomplete_search_exits_3(store, archived, tmp_path):
    delete_row(store, archived["harbour_old"])
    batch = tmp_path / "quotes.csv"
    batch.write_text(f"quote\n{NOWHERE}\n", encoding="utf-8")
    r = run_cli("verify-quote", "--batch", str(batch), "--nl", store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "archiver reindex" in json.loads(r.stdout.splitlines()[0])["index_incomplete"]


def test_held_by_says_it_may_be_incomplete_when_the_index_lacks_a_capture(store, archived):
    delete_row(store, archived["harbour_old"])
    r = run_cli("verify-quote", IN_COUNCIL, store=store)
    assert r.exit_code == 0, r.stdout + r.stderr
    assert "held by:" in r.stdout
    assert "INCOMPLETE: the index lacks 1 capture(s) the log lists" in r.stdout


def test_newest_capture_of_a_url_is_not_claimed_when_the_index_lacks_one(store, archived):
    delete_row(store, archived["harbour_new"])
    r = run_cli("verify-quote", "The harbour handled 41,000 containers in March",
                "--url", archived["harbour_url"], store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert f"the index lacks 1 capture(s) of {archived['harbour_url']}" in r.stderr
    assert "archiver reindex" in r.stderr


def test_check_does_not_claim_the_newest_capture_when_the_index_lacks_one(store, archived, tmp_path):
    delete_row(store, archived["harbour_new"])
    paper = tmp_path / "paper.md"
    paper.write_text(f"The port said that “The harbour handled 41,000 containers in March” "
                     f"([Post]({archived['harbour_url']})).\n", encoding="utf-8")
    r = run_cli("check", str(paper), "--json", store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    [quote] = json.loads(r.stdout)["quotes"]
    assert quote["status"] == "not_checked" and "archiver reindex" in quote["message"]


def test_after_reindex_history_and_search_are_complete_again(store, archived):
    delete_row(store, archived["harbour_new"])
    assert run_cli("reindex", store=store).exit_code == 0
    doc = json.loads(run_cli("history", archived["harbour_url"], "--json", store=store).stdout)
    assert doc["index_complete"] is True and len(doc["captures"]) == 2
    r = run_cli("verify-quote", NOWHERE, store=store)
    assert r.exit_code == 1 and "index lacks" not in r.stdout + r.stderr


# ---------------------------------------------------------------------- normaliser version


def test_not_found_from_a_text_index_of_older_normalisation_rules_names_reindex(store, archived):
    set_normalizer(store, "1")
    r = run_cli("verify-quote", NOWHERE, store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "predates the current normalisation rules" in r.stdout and "archiver reindex" in r.stdout


def test_not_found_from_a_text_index_with_no_recorded_rules_names_reindex(store, archived):
    set_normalizer(store, None)
    r = run_cli("verify-quote", NOWHERE, store=store)
    assert r.exit_code == 3 and "predates the current normalisation rules" in r.stdout


def test_reindex_records_the_current_normalisation_rules(store, archived):
    set_normalizer(store, "1")
    assert run_cli("reindex", store=store).exit_code == 0
    with Archive.open(store, mode="read") as arc:
        assert arc.text_index.normalizer_version() == NORMALIZER_VERSION
    assert run_cli("verify-quote", NOWHERE, store=store).exit_code == 1


#: The normalisation rules at each version: the steps, and the sha256 of the index form of
#: SAMPLES. Changing ALL_STEPS or what a step does fails this until NORMALIZER_VERSION changes
#: (and a new line is added here): the text index then knows its texts predate the rules.
KNOWN_RULES = {
    "2": (["dashes", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes", "unicode_nfkc",
           "whitespace"], "c2659e823a4332cf3184f80747eab5fa018cc873e5855e134d8242f50ccf11ed"),
    # 3: a raised 2 or 3 after a unit word is a power ("500 metres²"), not a footnote marker
    "3": (["dashes", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes", "unicode_nfkc",
           "whitespace"], "6e327b585291590ad8789355921633256c46508c9796cdb3292b7fc4aca0a1fb"),
    # 4: digit_grouping ("1 000" reads "1000"); a sign written with an en dash keeps its space
    "4": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "whitespace"], "4125a6f6106f8e38389baa30f129503f01d537fc0af83598ddb94bed5598447b"),
    # 5: a vulgar fraction's slash is "/", after a digit with a space before it ("1\u00bd" reads "1 1/2")
    "5": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "whitespace"], "3f2c072b92d9f7bff1a3a3ac66f2121b75438a78f432665c524be22859ee764a"),
    # 6: a count before a hyphenated number ("10 100-metre"), and a plain "3 100" on a page grouping
    # by "," only, are two numbers: their space stays; an apostrophe ("1'000") and a lakh's commas
    # ("1,00,000") group
    "6": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "whitespace"], "2c64e38167c72d2b09aca4d4a4746a6a8b5f16288af7c799048b8992f4070dd3"),
    # 7: unit_spacing ("50 %" reads "50%", "\u20ac 50" "\u20ac50", "10 km" "10km"; not "10 m" nor "5 0%");
    # the samples gained the last line (earlier digests are of the samples before it)
    "7": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "unit_spacing", "whitespace"],
          "4f5b5aae082b459e0d74244d51da6685413c0b989b69d27c5bb179e3e1d5e26c"),
    # 8: a run of two or three spaces before a unit is its space ("50  %" reads "50%"); the samples
    # gained the last line
    "8": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "unit_spacing", "whitespace"], "aa31470a5927d8817cf85d827f498b372aa9d4c993239331b9cedee9cc59e098"),
    # 9: a lone SI letter is a unit too ("10 m" reads "10m", "3 h" "3h"; not "2020 l'Italia"); the
    # samples gained the last line
    "9": (["dashes", "digit_grouping", "footnote_markers", "hyphenation", "invisible_chars", "nbsp", "quotes",
           "unicode_nfkc", "unit_spacing", "whitespace"], "02424af81ff84192b757b765694d4948e243bd1a27bf85ebdbbae46e350f26a3"),
}
SAMPLES = [
    "“Smart” quotes — and dashes – and\u00a0no-break spaces",
    "A foot\u00adnote marker[12] and another¹³ beside hyphen-\nated words",
    "Ｆｕｌｌｗｉｄｔｈ ﬁ ligatures, zero\u200bwidth and   runs of\twhitespace",
    "«Guillemets» ‚low‘ quotes, ‐ minus − 5 and 10⁶ notation",
    "A flat of 500 metres² and a tank of 40 feet³, with a note¹ after a word",
    "1\u202f000 people, 12 500 more, in 2019 500 others, at \u20138 and \u22128 degrees",
    "1\u00bd hours, \u00bd a loaf and 3\u20444 of them",
    "10 100-metre runners, 3\u00a0100-page reports, a 10 000-seat stadium",
    "1,250,000 letters and 3 100 reports",
    "CHF 1'000 or 1\u2019500, and 1,00,000 farmers",
    "50 % and 50\u00a0\u20ac, \u20ac 50, 10 km, 40 \u00b0C, but 10 m and 5 0%",
    "50  % and \u20ac\u00a0 50, but 50    % and 5  0%",
    "3 h and 5\u00a0g of 10 m, but nel 2020 l'Italia and 10 a day",
]


def test_the_normaliser_version_changes_with_the_rules():
    steps, digest = KNOWN_RULES[NORMALIZER_VERSION]
    assert sorted(ALL_STEPS) == steps, "ALL_STEPS changed: raise NORMALIZER_VERSION (quotes/normalize.py)"
    forms = "\n".join(index_form(s) for s in SAMPLES)
    assert hashlib.sha256(forms.encode()).hexdigest() == digest, (
        "a normalisation step's output changed: raise NORMALIZER_VERSION (quotes/normalize.py)")


# ---------------------------------------------------------------------- normal stores


def test_a_complete_store_answers_not_found_as_before(store, archived):
    r = run_cli("verify-quote", NOWHERE, "--json", store=store)
    assert r.exit_code == 1 and json.loads(r.stdout)["index_incomplete"] is None
    text = run_cli("verify-quote", NOWHERE, store=store)
    assert "index lacks" not in text.stdout + text.stderr and "predates" not in text.stdout


def test_a_complete_store_shows_history_and_holders_with_no_extra_line(store, archived):
    history = run_cli("history", archived["harbour_url"], store=store)
    held = run_cli("verify-quote", IN_COUNCIL, store=store)
    assert history.exit_code == 0 and held.exit_code == 0
    assert "INCOMPLETE" not in history.stdout + held.stdout


# ---------------------------------------------------------------------- list, show, log verify --deep


def test_list_shows_what_the_index_holds_and_exits_3_naming_the_capture_it_lacks(store, archived):
    # before: the list came out whole-looking, exit 0, the capture silently absent
    delete_row(store, archived["council"])
    r = run_cli("list", store=store)
    assert r.exit_code == 3, r.stderr
    assert archived["harbour_new"] in r.stdout and archived["council"] not in r.stdout
    assert archived["council"] in r.stderr and "archiver reindex" in r.stderr and "incomplete" in r.stderr


def test_show_of_a_capture_only_the_log_lists_says_to_reindex_not_that_it_does_not_exist(store, archived):
    # before: "no capture with id", exit 2: the user would think the capture gone
    delete_row(store, archived["council"])
    r = run_cli("show", archived["council"][:10], store=store)
    assert r.exit_code == 3, r.stderr
    assert "the index lacks 1 capture(s) the log lists" in r.stderr and "archiver reindex" in r.stderr


def test_a_deep_log_check_counts_a_capture_the_index_lacks_as_unchecked_not_as_tampering(store, archived):
    # before: "cannot re-read capture ...: no capture with id", an ERROR of the evidence, exit 1
    delete_row(store, archived["council"])
    r = run_cli("log", "verify", "--deep", store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert "the index lacks" in r.stdout + r.stderr and "archiver reindex" in r.stdout + r.stderr
    assert "cannot re-read" not in r.stdout + r.stderr
    assert "deep: INCOMPLETE" in r.stdout and "FAILED" not in r.stdout


def test_after_reindex_the_capture_the_index_lacked_is_listed_shown_and_deep_checked(store, archived):
    delete_row(store, archived["council"])
    assert run_cli("reindex", store=store).exit_code == 0
    assert archived["council"] in run_cli("list", store=store).stdout
    assert run_cli("show", archived["council"], store=store).exit_code == 0
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0


# ---------------------------------------------------------------------- one wording for a capture the index lacks


def _lacks_council(archived: dict[str, str]) -> str:
    return f"the index lacks 1 capture(s) the log lists ({archived['council']}"


def test_show_says_the_index_lacks_the_capture_as_verify_quote_and_history_do(store, archived):
    delete_row(store, archived["council"])
    r = run_cli("show", archived["council"][:10], store=store)
    assert r.exit_code == 3, r.stderr
    assert _lacks_council(archived) in r.stderr and "archiver reindex" in r.stderr


def test_a_deep_log_check_says_the_index_lacks_the_capture_as_verify_quote_and_history_do(store, archived):
    delete_row(store, archived["council"])
    r = run_cli("log", "verify", "--deep", store=store)
    assert r.exit_code == 3, r.stdout + r.stderr
    assert _lacks_council(archived) in r.stdout + r.stderr
