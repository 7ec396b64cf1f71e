"""`cite --authors backed`, cite's default: cite only the persons the backing model scores at its strict
threshold (issue 15: "report nothing rather than a doubtful name"; a wrong author in a citation is worse
than none); `--authors all` cites every reported person.

Real store, real loopback server, small pages of our own: one crediting two writers, "Jane Roe"
(declared in JSON-LD and printed in the "By" line beside the headline: well backed) and "Brennick"
(a one-word name only the JSON-LD declares: weakly backed); and the same page as extractor version 71
recorded it (no backing score), captured once for the module.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from old_records import as_version, cite_csl, invoke, template_with_old_record
from stores import copy_store

from archiver.extract import extract
from archiver.extract.author_backing import STRICT_THRESHOLD

BODY = "".join(f"<p>Paragraph {i}: the harbour handled 41,000 containers in March, the port authority said on "
               "Tuesday, and dock workers did not strike during the night shift.</p>" for i in range(6))
TWO_WRITERS = ("<html><head><title>Dock strike called off</title>"
               "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
               "\"headline\": \"Dock strike called off\", \"author\": [{\"@type\": \"Person\", \"name\": \"Jane Roe\"}, "
               "{\"@type\": \"Person\", \"name\": \"Brennick\"}], \"datePublished\": \"2024-03-06\"}</script>"
               "<meta property='og:site_name' content='Port Times'></head><body><article>"
               "<h1>Dock strike called off</h1><p class='byline'>By Jane Roe and Brennick</p>" + BODY +
               "</article></body></html>").encode()

def _drop_backing(d: dict[str, Any]) -> None:
    d["author_support"] = [{k: v for k, v in s.items() if k != "backing"} for s in d["author_support"]]


@pytest.fixture(scope="module")
def captured_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Two captures made once: the two writers' page, and the same page as version 71 recorded it
    (each author's sources, no backing score)."""
    root = tmp_path_factory.mktemp("backed")
    return root, template_with_old_record(root, {"two": TWO_WRITERS}, TWO_WRITERS, as_version("71", _drop_backing))


@pytest.fixture
def captured(captured_once: tuple[Path, dict[str, str]], store: Path, key_dir: Path) -> tuple[Path, dict[str, str]]:
    root, ids = captured_once
    copy_store(root, store, key_dir)
    return store, ids


def _support(store: Path, cid: str) -> dict[str, dict[str, Any]]:
    result = invoke(store, "show", cid, "--json")
    assert result.exit_code == 0, result.output
    return {s["name"]: s for s in json.loads(result.stdout)["article"]["author_support"]}


def test_the_page_reports_both_writers_one_under_the_strict_threshold_one_over(captured):
    """The fixture's premise: both names reported (the default policy), scored either side of it."""
    store, ids = captured
    support = _support(store, ids["two"])
    assert list(support) == ["Jane Roe", "Brennick"]
    assert support["Jane Roe"]["backing"] >= STRICT_THRESHOLD > support["Brennick"]["backing"]


def test_authors_all_still_cites_both_writers(captured):
    store, ids = captured
    item, stderr = cite_csl(store, ids["two"], "--authors", "all")
    assert item["author"] == [{"family": "Roe", "given": "Jane"}, {"literal": "Brennick"}]
    assert stderr == []


def test_cite_without_authors_option_cites_as_backed_does(captured):
    store, ids = captured
    assert cite_csl(store, ids["two"]) == cite_csl(store, ids["two"], "--authors", "backed")
    item, stderr = cite_csl(store, ids["two"])
    assert item["author"] == [{"family": "Roe", "given": "Jane"}] and len(stderr) == 1
    assert stderr[0].startswith("left out 'Brennick': the backing model scores them")


def test_cite_json_says_which_authors_mode_was_applied_by_default(captured):
    store, ids = captured
    result = invoke(store, "cite", ids["two"], "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["authors_mode"] == "backed"
    assert [(a["name"], a["left_out"]) for a in doc["authors"]] == [("Jane Roe", False), ("Brennick", True)]


def test_the_library_cites_as_the_command_does_by_default(captured):
    from archiver.archive import Archive

    store, ids = captured
    with Archive.open(store, mode="read") as arc:
        assert arc.cite(ids["two"]).authors == ("Jane Roe",)
        assert arc.cite(ids["two"], authors_mode="all").authors == ("Jane Roe", "Brennick")


def test_backed_leaves_out_the_weakly_backed_writer_and_names_it_on_stderr(captured):
    store, ids = captured
    score = _support(store, ids["two"])["Brennick"]["backing"]
    item, stderr = cite_csl(store, ids["two"], "--authors", "backed")
    assert {"literal": "Brennick"} not in item["author"]
    assert stderr == [f"left out 'Brennick': the backing model scores them {score:.3f}, under its strict threshold "
                      f"{STRICT_THRESHOLD} (report nothing rather than a doubtful name); "
                      f"`archiver correct {ids['two']} --author` sets it by hand"]


def test_backed_keeps_the_well_backed_writer(captured):
    store, ids = captured
    item, _ = cite_csl(store, ids["two"], "--authors", "backed")
    assert item["author"] == [{"family": "Roe", "given": "Jane"}]


def test_backed_cites_authors_set_with_correct_whatever_their_score(captured):
    store, ids = captured
    fixed = invoke(store, "correct", ids["two"], "--author", "Brennick", "--reason", "the pen name the paper uses")
    assert fixed.exit_code == 0, fixed.output
    item, stderr = cite_csl(store, ids["two"], "--authors", "backed")
    assert item["author"] == [{"literal": "Brennick"}] and stderr == []


def test_cite_json_shows_each_authors_score_and_whether_it_was_left_out(captured):
    store, ids = captured
    support = _support(store, ids["two"])
    result = invoke(store, "cite", ids["two"], "--authors", "backed", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["authors_mode"] == "backed"
    roe, brennick = doc["authors"]
    assert (roe["name"], roe["backing"], roe["left_out"], roe["why"]) == (
        "Jane Roe", support["Jane Roe"]["backing"], False, None)
    assert (brennick["name"], brennick["backing"], brennick["left_out"]) == (
        "Brennick", support["Brennick"]["backing"], True)
    assert brennick["why"].startswith("the backing model scores them")


def test_a_record_from_before_the_score_cites_no_author_under_backed_and_says_to_reextract(captured):
    store, ids = captured
    item, stderr = cite_csl(store, ids["old"], "--authors", "backed")
    assert "author" not in item
    line = ("the extraction (extractor version 71) does not score its authors; "
            f"re-extract (`archiver reextract {ids['old']}`) to score its authors, or `--authors all` cites them "
            "as extracted")
    assert stderr == [f"left out {name!r}: {line}; `archiver correct {ids['old']} --author` sets it by hand"
                      for name in ("Jane Roe", "Brennick")]
    assert all(s["backing"] is None for s in _support(store, ids["old"]).values())


def test_a_record_from_before_the_score_is_cited_under_backed_once_reextracted(captured):
    store, ids = captured
    done = invoke(store, "reextract", ids["old"])
    assert done.exit_code == 0, done.output
    item, stderr = cite_csl(store, ids["old"], "--authors", "backed")
    assert item["author"] == [{"family": "Roe", "given": "Jane"}]
    assert [line.split(":")[0] for line in stderr] == ["left out 'Brennick'"]


def test_show_lists_each_authors_backing_score_beside_its_sources(captured):
    store, ids = captured
    support = _support(store, ids["two"])
    assert set(support["Jane Roe"]) == {"name", "sources", "corroborated", "backing"}
    shown = invoke(store, "show", ids["two"]).output
    assert (f"Brennick: the page's JSON-LD (not corroborated, backing {support['Brennick']['backing']:.3f}: "
            "`cite` leaves them out)") in shown
    assert f"backing {support['Jane Roe']['backing']:.3f})" in shown  # (cited: nothing more said)


def test_the_recorded_score_is_the_same_for_the_same_bytes():
    first = extract(TWO_WRITERS, url="http://127.0.0.1/two").to_json_bytes()
    assert extract(TWO_WRITERS, url="http://127.0.0.1/two").to_json_bytes() == first
    assert b'"backing":' in first
