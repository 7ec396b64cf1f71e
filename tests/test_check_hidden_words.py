"""``archiver check`` checks the quote as the manuscript prints it, and never vouches for words the page hid
(review 9 F9, F4).

A manuscript can hold words its reader never sees: a Word run formatted hidden (``w:vanish``), an HTML
or Markdown ``<span style="display:none">``. "the harbour would <hidden>not </hidden>close during the
works" is printed "the harbour would close during the works": that is the quote checked, and against a
page saying "would not close" it is altered (it verified exact, the hidden "not" read as printed). And a
manuscript quoting words the cited page's markup hides gets ``altered``, the table saying why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page

ARTICLE = (b"<!doctype html><html><head><meta charset='utf-8'><title>Council votes on harbour plan</title></head>"
           b"<body><article><h1>Council votes on harbour plan</h1><p>The city council voted on Tuesday to spend 1.5 "
           b"million euros on repairs to the old harbour wall, after a debate that lasted almost four hours.</p>"
           b"<p>Mayor Anna Berg said the harbour would not close during the works, which are expected to take 18 "
           b"months.</p><div style='display:none'><p>The harbour figures were invented by his office, one councillor "
           b"claimed in a private note.</p></div><p>Opposition leader Tom Weller said the plan was too expensive and "
           b"that the council had failed to consult residents before the vote.</p></article></body></html>")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("check-hidden")
    site = Site()
    site.routes["/art1"] = html_page(ARTICLE)
    env = {"ARCHIVER_KEY_DIR": str(root / "keys")}
    try:
        proc = run_cli("archive", site.url("/art1"), store=root / "store", env=env)
        assert proc.returncode == 0, proc.stderr
        yield {"store": root / "store", "env": env, "url": site.url("/art1"), "root": root}
    finally:
        site.close()


def _check(shared, path: Path, *args: str):
    return run_cli("check", str(path), *args, store=shared["store"], env=shared["env"])


def _statuses(shared, path: Path) -> list[tuple[str, str]]:
    proc = _check(shared, path, "--json")
    assert proc.returncode in (0, 1), proc.stderr
    return [(q["quote"], q["status"]) for q in json.loads(proc.stdout)["quotes"]]


def _docx(path: Path, url: str, hide: str) -> Path:
    import docx
    from docx.oxml import OxmlElement

    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run('The mayor promised that "the harbour would ')
    run = p.add_run("not ")
    if hide == "vanish":
        run.font.hidden = True
    else:
        run._r.get_or_add_rPr().append(OxmlElement(f"w:{hide}"))
    p.add_run(f'close during the works" ({url}).')
    doc.save(str(path))
    return path


@pytest.mark.parametrize("hide", ["vanish", "webHidden"])
def test_a_word_run_formatted_hidden_is_not_part_of_the_printed_quote(shared, tmp_path, hide):
    path = _docx(tmp_path / "hidden.docx", shared["url"], hide)
    assert _statuses(shared, path) == [("the harbour would close during the works", "altered")]


def test_a_run_whose_hidden_formatting_is_switched_off_is_printed(shared, tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = docx.Document()
    p = doc.add_paragraph()
    p.add_run('The mayor promised that "the harbour would ')
    vanish = OxmlElement("w:vanish")
    vanish.set(qn("w:val"), "false")
    p.add_run("not ")._r.get_or_add_rPr().append(vanish)
    p.add_run(f'close during the works" ({shared["url"]}).')
    doc.save(str(tmp_path / "shown.docx"))
    assert _statuses(shared, tmp_path / "shown.docx") == [("the harbour would not close during the works", "exact")]


@pytest.mark.parametrize("hider", ['style="display:none"', "hidden", 'style="font-size:0"'])
def test_an_html_manuscripts_hidden_words_are_not_part_of_the_printed_quote(shared, tmp_path, hider):
    path = tmp_path / "hidden.html"
    path.write_text(f'<html><body><p>The mayor promised that "the harbour would <span {hider}>not </span>close '
                    f'during the works" (<a href="{shared["url"]}">Harbour Daily</a>).</p></body></html>',
                    encoding="utf-8")
    assert _statuses(shared, path) == [("the harbour would close during the works", "altered")]


@pytest.mark.parametrize("hider", ['<span style="display:none">not </span>', "<span hidden>not </span>",
                                   "<SPAN STYLE='display: none'>not </SPAN>"])
def test_a_markdown_manuscripts_inline_hidden_html_is_not_part_of_the_printed_quote(shared, tmp_path, hider):
    path = tmp_path / "hidden.md"
    path.write_text(f'The mayor promised that "the harbour would {hider}close during the works" ({shared["url"]}).\n',
                    encoding="utf-8")
    assert _statuses(shared, path) == [("the harbour would close during the works", "altered")]


def test_a_markdown_manuscripts_shown_inline_html_is_printed(shared, tmp_path):
    path = tmp_path / "shown.md"
    path.write_text(f'The mayor promised that "the harbour would <em>not</em> close during the works" '
                    f'({shared["url"]}).\n', encoding="utf-8")
    assert _statuses(shared, path) == [("the harbour would not close during the works", "exact")]


def test_a_quote_of_words_the_cited_page_hides_is_altered_and_the_table_says_why(shared, tmp_path):
    path = tmp_path / "quotes-hidden.md"
    path.write_text(f'A councillor wrote that "the harbour figures were invented by his office" ({shared["url"]}).\n',
                    encoding="utf-8")
    assert _statuses(shared, path) == [("the harbour figures were invented by his office", "altered")]
    proc = _check(shared, path)
    assert proc.returncode == 1
    assert "the page's markup hides these words: its readers were not shown them" in " ".join(proc.stdout.split())
