"""Citations: CSL-JSON valid against the CSL schema, BibTeX that a real parser reads, RIS, text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli
from csl_schema import csl_items_schema, vocabulary
from servers import Site, html_page

from archiver.export.cite import Source, bibtex, csl_json, ris, split_name, text

ARTICLE = Source(
    capture_id="01m8a9a3f7jxrzms", url="https://news.example/harbour?ref=x", final_url="https://news.example/harbour",
    capture_time="2026-11-25T21:20:42.471495Z", title="Harbour report: 41% more & {fewer} strikes",
    authors=("Jane Roe", "Ludwig van Beethoven", "Port Authority Press Office"), published="2024-03-05",
    outlet="Port Times", page_state="article",
    payload_digest="sha256:" + "ab" * 32, text_sha256="sha256:" + "cd" * 32, origin="captured",
    log_origin="archiver/prov/c890520c", log_seq=7,
)
BARE = Source(
    capture_id="01m8a9b000000000", url="http://127.0.0.1/x", final_url="http://127.0.0.1/x",
    capture_time="2026-01-02T03:04:05.000000Z", title=None, authors=(), published=None, outlet=None,
    page_state="not_article", payload_digest=None, text_sha256=None, origin="imported", log_origin=None,
    log_seq=None, imported_from="old.warc.gz (sha256:" + "ef" * 32 + ")",
)


def _validate_csl(items: list[dict]) -> None:
    import jsonschema  # here, not at the top: every xdist worker imports each test module

    jsonschema.Draft7Validator(csl_items_schema()).validate(items)


def _parse_bib(s: str):
    import bibtexparser
    from bibtexparser import middlewares as mw

    lib = bibtexparser.parse_string(s, append_middleware=[mw.SeparateCoAuthors(), mw.SplitNameParts(),
                                                          mw.LatexDecodingMiddleware()])
    assert not lib.failed_blocks
    assert len(lib.entries) == 1
    return lib.entries[0]


def test_csl_json_of_an_article_is_valid_against_the_csl_schema_with_every_field():
    item = csl_json(ARTICLE)
    _validate_csl([item])
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "Port Times"
    assert item["issued"] == {"date-parts": [[2024, 3, 5]]}
    assert item["accessed"] == {"date-parts": [[2026, 11, 25]]}
    assert item["URL"] == "https://news.example/harbour"
    assert item["archive"] == "archiver log archiver/prov/c890520c"
    assert item["archive_location"] == "capture 01m8a9a3f7jxrzms"
    assert ARTICLE.payload_digest in item["note"]


def test_csl_json_splits_people_and_cites_organisations_as_publisher_not_author():
    item = csl_json(ARTICLE)
    assert item["author"] == [{"family": "Roe", "given": "Jane"},
                              {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]
    assert item["publisher"] == "Port Authority Press Office"


def test_csl_json_of_a_bare_imported_page_is_a_valid_webpage_that_says_it_was_imported():
    item = csl_json(BARE)
    _validate_csl([item])
    assert item["type"] == "webpage" and item["title"] == BARE.final_url
    assert "author" not in item and "issued" not in item
    assert item["note"].startswith("Imported (not captured by archiver) from old.warc.gz")


def test_the_csl_schema_takes_csl_types_and_variables_from_the_installed_citeproc_py():
    vocab = vocabulary()
    assert {"article-newspaper", "webpage"} <= set(vocab["types"])
    assert "author" in vocab["names"] and "issued" in vocab["dates"] and "accessed" in vocab["dates"]
    assert {"URL", "archive", "archive_location", "note", "container-title", "publisher"} <= set(vocab["strings"])


@pytest.mark.parametrize("change", [
    {"type": "newspaper-article"},  # not a CSL item type
    {"archive-url": "https://replay.example/x"},  # not a CSL variable
    {"author": ["Jane Roe"]},  # a name is an object, not a string
    {"author": [{"surname": "Roe"}]},  # not a name part
    {"issued": {"date-parts": [[2024, 3, 5, 1]]}},  # a date has at most year, month, day
    {"issued": "2024-03-05"},  # a date is an object
    {"title": ["Harbour report"]},  # a string variable is a string
])
def test_csl_validation_refuses_an_item_csl_json_does_not_allow(change):
    import jsonschema

    item = {**csl_json(ARTICLE), **change}
    with pytest.raises(jsonschema.ValidationError):
        _validate_csl([item])


@pytest.mark.parametrize("key", ["id", "type"])
def test_csl_validation_refuses_an_item_without_its_id_or_type(key):
    import jsonschema

    item = {k: v for k, v in csl_json(ARTICLE).items() if k != key}
    with pytest.raises(jsonschema.ValidationError):
        _validate_csl([item])


def test_bibtex_of_a_news_article_is_a_biblatex_newspaper_article_a_real_parser_reads():
    entry = _parse_bib(bibtex(ARTICLE))
    assert entry.entry_type == "article"
    fields = {k: f.value for k, f in entry.fields_dict.items()}
    assert fields["urldate"] == "2026-11-25"
    assert fields["url"] == "https://news.example/harbour"
    assert fields["date"] == "2024-03-05"
    assert "41% more & {fewer} strikes" in fields["title"]  # LaTeX specials escaped, decoded back
    assert ARTICLE.capture_id in fields["note"] and ARTICLE.payload_digest in fields["note"]
    assert fields["entrysubtype"] == "newspaper" and fields["journaltitle"] == "Port Times"
    names = [(n.first, n.von, n.last) for n in fields["author"]]
    assert names == [(["Jane"], [], ["Roe"]), (["Ludwig"], ["van"], ["Beethoven"])]
    assert fields["organization"] == "Port Authority Press Office"  # braced: one name, not split on "and"


def test_bibtex_keys_are_stable_and_distinct_per_capture():
    assert bibtex(ARTICLE).splitlines()[0] == "@article{roe2024harbour_01m8a9a3,"
    assert _parse_bib(bibtex(BARE)).key != _parse_bib(bibtex(ARTICLE)).key


def test_bibtex_of_an_imported_capture_notes_the_import():
    fields = {k: f.value for k, f in _parse_bib(bibtex(BARE)).fields_dict.items()}
    assert "Imported (not captured by archiver)" in fields["note"]


def test_ris_record_has_type_authors_dates_url_access_date_and_note():
    lines = ris(ARTICLE).splitlines()
    assert lines[0] == "TY  - NEWS" and lines[-1] == "ER  -"
    tags = [(line[:2], line[6:]) for line in lines]
    assert ("AU", "Roe, Jane") in tags and ("PB", "Port Authority Press Office") in tags
    assert ("AU", "Port Authority Press Office") not in tags
    assert ("T2", "Port Times") in tags and ("PY", "2024") in tags and ("DA", "2024/03/05") in tags
    assert ("UR", "https://news.example/harbour") in tags and ("Y2", "2026/11/25") in tags
    assert ("AN", ARTICLE.capture_id) in tags
    assert all(len(line) >= 5 and line[2:6] == "  - " or line == "ER  -" for line in lines)


def test_text_citation_is_one_line_with_author_title_outlet_date_url_and_archive():
    line = text(ARTICLE)
    assert "\n" not in line
    assert line.startswith("Roe, Jane and Ludwig van Beethoven. \u201cHarbour report")
    assert "Port Times, 5 March 2024. https://news.example/harbour." in line
    assert "Archived 25 November 2026, capture 01m8a9a3f7jxrzms, sha256:" in line


def test_text_citation_of_an_imported_capture_says_it_was_not_captured_here():
    assert "Imported copy (not captured by archiver)" in text(BARE)


@pytest.mark.parametrize("name,expected", [
    ("Jane Roe", {"family": "Roe", "given": "Jane"}),
    ("Roe, Jane", {"family": "Roe", "given": "Jane"}),
    ("Reuters", {"literal": "Reuters"}),
    ("Staff Reporter", {"literal": "Staff Reporter"}),
    ("Maria de la Cruz", {"family": "Cruz", "given": "Maria", "non-dropping-particle": "de la"}),
])
def test_split_name(name, expected):
    assert split_name(name) == expected


ARTICLE_HTML = ("<html><head><title>Harbour report</title><meta name='author' content='Jane Roe'>"
                "<meta property='og:site_name' content='Port Times'>"
                "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
                "<h1>Harbour report</h1><p class='byline'>Jane Roe</p>"
                + "".join(f"<p>Paragraph {i}: the harbour handled 41,000 containers in March, the port authority "
                          "said on Tuesday, and dock workers did not strike during the night shift.</p>"
                          for i in range(8))
                + "</article></body></html>").encode()


def test_cite_command_end_to_end_prints_each_style(store: Path):
    site = Site()
    site.routes["/a"] = html_page(ARTICLE_HTML)
    try:
        archived = run_cli("archive", site.url("/a"), "--json", store=store)
    finally:
        site.close()
    assert archived.returncode == 0, archived.stderr
    cid = json.loads(archived.stdout)["capture_id"]
    csl = run_cli("cite", cid[:6], "--style", "csl-json", store=store)
    assert csl.returncode == 0, csl.stderr
    items = json.loads(csl.stdout)
    _validate_csl(items)
    assert items[0]["type"] == "article-newspaper" and items[0]["container-title"] == "Port Times"
    assert items[0]["title"] == "Harbour report" and items[0]["author"] == [{"family": "Roe", "given": "Jane"}]
    bib = run_cli("cite", cid, "--style", "bibtex", store=store)
    assert _parse_bib(bib.stdout).entry_type == "article"
    assert run_cli("cite", cid, "--style", "ris", store=store).stdout.startswith("TY  - ")
    one = run_cli("cite", cid, "--json", store=store)
    doc = json.loads(one.stdout)
    assert doc["style"] == "text" and doc["origin"] == "captured" and cid in doc["citation"]


def test_cite_an_unknown_capture_is_a_usage_error(store: Path):
    proc = run_cli("cite", "nosuchid", store=store)
    assert proc.returncode == 2 and proc.stderr.startswith("error:")


HOSTILE = Source(
    capture_id="01m8a9c000000000", url="http://127.0.0.1/x", final_url="http://127.0.0.1/a},note={Forged},x={",
    capture_time="2026-01-02T03:04:05.000000Z", title="Title} , note = {Forged too", authors=("Jane Roe",),
    published="2024},note={x", outlet="Outlet}}{", page_state="article", payload_digest=None,
    text_sha256=None, origin="captured", log_origin=None, log_seq=None,
)


def test_bibtex_of_hostile_url_title_and_date_has_exactly_the_expected_fields():
    import bibtexparser

    lib = bibtexparser.parse_string(bibtex(HOSTILE))  # raw values: the url is verbatim, not LaTeX
    assert not lib.failed_blocks and len(lib.entries) == 1
    entry = lib.entries[0]
    assert set(entry.fields_dict) == {"author", "title", "entrysubtype", "journaltitle", "url", "urldate", "note"}
    assert entry.fields_dict["url"].value == "http://127.0.0.1/a%7D,note=%7BForged%7D,x=%7B"
    assert "Forged" not in entry.fields_dict["note"].value


def test_ris_values_with_line_breaks_cannot_start_new_tags():
    src = Source(**{**HOSTILE.__dict__, "title": "Title\nAU  - Injected, Author\r\nER  - ",
                    "final_url": "http://127.0.0.1/x", "outlet": "Out\u2028let"})
    lines = ris(src).splitlines()
    assert [line[:2] for line in lines].count("AU") == 1 and [line[:2] for line in lines].count("ER") == 1
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  -( .*)?", line) for line in lines)
