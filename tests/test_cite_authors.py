"""`cite --authors {all,corroborated}`: each author keeps its sources, and a citation can leave out
the persons only one weaker source names (issue 15: a wrong author is worse than none).

Real store, real loopback server, small pages of our own: one whose author only a
``<meta name=author>`` names, one credited beside the headline and declared in JSON-LD, and a
record as extractor version 28 wrote it (no ``author_support``), captured once for the module.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from old_records import as_version, cite_csl, invoke, template_with_old_record
from stores import copy_store

from archiver.extract import Article
from archiver.extract.model import AuthorSupport

BODY = "".join(f"<p>Paragraph {i}: the harbour handled 41,000 containers in March, the port authority said on "
               "Tuesday, and dock workers did not strike during the night shift.</p>" for i in range(6))
#: The author is named only by <meta name=author> (printed under the headline without a "By").
META_ONLY = ("<html><head><title>Harbour report</title><meta name='author' content='Anna Schmidt'>"
             "<meta property='og:site_name' content='Port Times'>"
             "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
             "<h1>Harbour report</h1><p class='author'>Anna Schmidt</p>" + BODY + "</article></body></html>").encode()
#: A credit beside the headline and a JSON-LD person: corroborated.
CREDITED = ("<html><head><title>Dock strike called off</title>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
            "\"headline\": \"Dock strike called off\", \"author\": {\"@type\": \"Person\", \"name\": \"Jane Roe\"}, "
            "\"datePublished\": \"2024-03-06\"}</script>"
            "<meta property='og:site_name' content='Port Times'></head><body><article>"
            "<h1>Dock strike called off</h1><p class='byline'>By Jane Roe</p>" + BODY + "</article></body></html>").encode()
META_LINE = ("left out 'Anna Schmidt': only <meta name=author> names them; "
             "`archiver correct {cid} --author` sets it by hand")


def _drop_support(d: dict) -> None:
    d.pop("author_support")


@pytest.fixture(scope="module")
def captured_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Three captures made once: the meta-only page, the credited page, and the meta-only page as
    version 28 recorded it (no ``author_support`` key)."""
    root = tmp_path_factory.mktemp("authors")
    return root, template_with_old_record(root, {"meta": META_ONLY, "credited": CREDITED}, META_ONLY,
                                          as_version("28", _drop_support))


@pytest.fixture
def captured(captured_once: tuple[Path, dict[str, str]], store: Path, key_dir: Path) -> tuple[Path, dict[str, str]]:
    root, ids = captured_once
    copy_store(root, store, key_dir)
    return store, ids


def _show(store: Path, cid: str) -> dict:
    result = invoke(store, "show", cid, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_meta_only_page_reports_its_author_from_meta_author_alone(captured):
    """The fixture's premise: if the author policy stops reporting a name only <meta name=author>
    gives, the tests below need another uncorroborated path."""
    store, ids = captured
    article = _show(store, ids["meta"])["article"]
    assert article["authors"] == ["Anna Schmidt"]
    assert article["author_support"] == [{"name": "Anna Schmidt", "sources": ["meta:author"], "corroborated": False,
                                          "backing": 0.938}]


def test_an_author_only_meta_author_names_is_cited_by_authors_all(captured):
    store, ids = captured
    for extra in ((), ("--authors", "all")):
        item, stderr = cite_csl(store, ids["meta"], *extra)
        assert item["author"] == [{"family": "Schmidt", "given": "Anna"}]
        assert stderr == []


def test_an_author_only_meta_author_names_is_left_out_by_corroborated_with_one_stderr_line(captured):
    store, ids = captured
    item, stderr = cite_csl(store, ids["meta"], "--authors", "corroborated")
    assert "author" not in item
    assert stderr == [META_LINE.format(cid=ids["meta"])]


def test_every_style_leaves_the_uncorroborated_author_out(captured):
    store, ids = captured
    for style in ("bibtex", "ris", "text"):
        result = invoke(store, "cite", ids["meta"], "--style", style, "--authors", "corroborated")
        assert result.exit_code == 0, result.output
        assert "Schmidt" not in result.stdout, style


def test_a_headline_credit_and_a_json_ld_person_are_cited_by_both_modes(captured):
    store, ids = captured
    for mode in ("all", "corroborated"):
        item, stderr = cite_csl(store, ids["credited"], "--authors", mode)
        assert item["author"] == [{"family": "Roe", "given": "Jane"}], mode
        assert stderr == []


def test_cite_json_carries_each_authors_sources_and_whether_it_was_left_out(captured):
    store, ids = captured
    result = invoke(store, "cite", ids["meta"], ids["credited"], "--authors", "corroborated", "--json")
    assert result.exit_code == 0, result.output
    meta, credited = json.loads(result.stdout)
    assert meta["authors_mode"] == "corroborated"
    assert meta["authors"] == [{"name": "Anna Schmidt", "sources": ["meta:author"], "corroborated": False,
                                "backing": 0.938, "corrected": False, "left_out": True,
                                "why": "only <meta name=author> names them"}]
    assert credited["authors"][0]["name"] == "Jane Roe" and credited["authors"][0]["left_out"] is False
    assert {"json-ld", "headline-credit"} <= set(credited["authors"][0]["sources"])
    assert credited["authors"][0]["corroborated"] is True and credited["authors"][0]["why"] is None


def test_a_corrected_author_is_cited_in_both_modes_and_marked_corrected(captured):
    store, ids = captured
    fixed = invoke(store, "correct", ids["meta"], "--author", "Anna K. Schmidt", "--reason", "byline on the page")
    assert fixed.exit_code == 0, fixed.output
    for mode in ("all", "corroborated"):
        item, stderr = cite_csl(store, ids["meta"], "--authors", mode)
        assert item["author"] == [{"family": "Schmidt", "given": "Anna K."}], mode
        assert "authors corrected" in item["note"] and "byline on the page" in item["note"]
        assert stderr == []
        doc = json.loads(invoke(store, "cite", ids["meta"], "--authors", mode, "--json").stdout)
        assert doc["authors"] == [{"name": "Anna K. Schmidt", "sources": ["correction"], "corroborated": None,
                                   "backing": None, "corrected": True, "left_out": False, "why": None}]


def test_show_of_a_corrected_author_keeps_the_extracted_authors_sources_apart(captured):
    store, ids = captured
    assert invoke(store, "correct", ids["meta"], "--author", "Anna K. Schmidt", "--reason", "byline").exit_code == 0
    shown = invoke(store, "show", ids["meta"]).output
    assert "Authors:   Anna K. Schmidt" in shown
    assert "extracted authors' sources: Anna Schmidt: <meta name=author> (not corroborated, backing 0.938)" in shown


def test_the_facade_refuses_an_unknown_authors_mode_as_a_usage_error(captured):
    from archiver.archive import Archive
    from archiver.errors import UsageError

    store, ids = captured
    with Archive.open(store) as arc, pytest.raises(UsageError, match="--authors 'some'"):
        arc.cite(ids["meta"], authors_mode="some")


def test_an_old_record_without_author_support_loads_and_authors_all_cites_it_as_before(captured):
    store, ids = captured
    shown = _show(store, ids["old"])
    assert shown["article"]["authors"] == ["Anna Schmidt"] and shown["article"]["author_support"] is None
    item, stderr = cite_csl(store, ids["old"], "--authors", "all")
    assert item["author"] == [{"family": "Schmidt", "given": "Anna"}] and stderr == []


def test_an_old_record_cites_no_author_by_default_and_says_how_to_cite_it(captured):
    store, ids = captured
    item, stderr = cite_csl(store, ids["old"])
    assert "author" not in item
    assert len(stderr) == 1 and stderr[0].startswith("left out 'Anna Schmidt': the extraction (extractor version 28) "
                                                     "does not score its authors")
    assert f"archiver reextract {ids['old']}" in stderr[0] and "`--authors all` cites them as extracted" in stderr[0]


def test_an_old_record_cites_no_author_under_corroborated_and_says_why(captured):
    store, ids = captured
    item, stderr = cite_csl(store, ids["old"], "--authors", "corroborated")
    assert "author" not in item
    assert stderr == [
        f"left out 'Anna Schmidt': the extraction (extractor version 28) does not record which sources name its "
        f"authors; `--authors all` cites them as extracted; `archiver correct {ids['old']} --author` sets it by hand"]
    doc = json.loads(invoke(store, "cite", ids["old"], "--authors", "corroborated", "--json").stdout)
    assert doc["authors"][0]["sources"] is None and doc["authors"][0]["left_out"] is True


def test_show_json_lists_each_authors_sources(captured):
    store, ids = captured
    support = _show(store, ids["credited"])["article"]["author_support"]
    assert [s["name"] for s in support] == ["Jane Roe"] and support[0]["corroborated"] is True
    assert support[0]["sources"][:2] == ["json-ld", "headline-credit"]  # in SOURCES order


def test_show_lists_each_authors_sources_readably(captured):
    store, ids = captured
    meta = invoke(store, "show", ids["meta"]).output
    assert "author sources: Anna Schmidt: <meta name=author> (not corroborated, backing 0.938)" in meta
    credited = invoke(store, "show", ids["credited"]).output
    assert "author sources: Jane Roe: the page's JSON-LD, the credit beside the headline" in credited
    assert "(corroborated, backing " in credited
    old = invoke(store, "show", ids["old"]).output
    assert "author sources: not recorded (extractor version 28)" in old


def test_reindex_keeps_each_authors_sources(captured):
    store, ids = captured
    before = _show(store, ids["credited"])["article"]["author_support"]
    assert invoke(store, "reindex").exit_code == 0
    assert _show(store, ids["credited"])["article"]["author_support"] == before
    assert _show(store, ids["old"])["article"]["author_support"] is None


def test_an_export_bundle_carries_the_author_support_and_verifies(captured, tmp_path):
    store, ids = captured
    out = tmp_path / "b.wacz"
    exported = invoke(store, "export", ids["meta"], ids["old"], "-o", str(out))
    assert exported.exit_code == 0, exported.output
    with zipfile.ZipFile(out) as z:
        warcs = b"".join(gzip.decompress(z.read(n)) for n in z.namelist() if n.startswith("archive/"))
    assert (b'"author_support":[{"backing":0.938,"corroborated":false,"name":"Anna Schmidt","sources":["meta:author"]}]'
            in warcs)
    report = json.loads(invoke(store, "verify-bundle", str(out), "--json").stdout)
    assert report["ok"], report["problems"]


def test_article_from_a_record_without_author_support_has_support_unknown():
    old = Article.from_dict({"authors": ["Anna Schmidt"], "text": "x"})
    assert old.author_support is None and old.to_dict()["author_support"] is None
    new = Article(authors=("Jane Roe",), author_support=(AuthorSupport("Jane Roe", ("json-ld",), False),))
    assert Article.from_dict(json.loads(new.to_json_bytes())) == new
    assert Article().to_dict()["author_support"] == []


def test_an_unknown_authors_mode_is_a_usage_error(captured):
    store, ids = captured
    result = invoke(store, "cite", ids["meta"], "--authors", "some")
    assert result.exit_code == 2 and "Traceback" not in result.output
