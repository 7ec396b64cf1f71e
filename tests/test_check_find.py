"""``archiver check``, the reading side: manuscripts of every format are read into paragraphs,
quotations are found (marks of many languages, block quotes, runs over paragraphs, scare quotes
skipped and counted) and each is paired with what it cites, or reported unattributed."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_docs import DocxBuilder

from archiver.errors import UsageError
from archiver.manuscript.attribute import Attributor
from archiver.manuscript.find import find_quotations
from archiver.manuscript.readers import read_manuscript


def found(tmp_path: Path, text: str, name: str = "m.md") -> list[tuple[str, tuple[str, ...], str | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return pairs(path)


def pairs(path: Path) -> list[tuple[str, tuple[str, ...], str | None]]:
    m = read_manuscript(path)
    f = find_quotations(m)
    a = Attributor(m, f.all_spans())
    return [(q.text, a.attribute(q).urls, a.attribute(q).via) for q in f.found]


def quotes(tmp_path: Path, text: str, name: str = "m.md") -> list[str]:
    return [q for q, _u, _v in found(tmp_path, text, name)]


def test_quotation_marks_of_many_languages_are_found(tmp_path: Path) -> None:
    text = ("He said “one two three four” and \"five six seven eight\". "
            "Sie sagte „neun zehn elf zwölf“ und »dreizehn vierzehn fünfzehn«. "
            "Elle a dit « seize dix-sept dix-huit » et ‹ dix-neuf vingt vingt-et-un ›. "
            "彼は「日本語 の 引用 です」と言った。 She said 'a single quoted phrase here'.\n")
    assert quotes(tmp_path, text) == [
        "one two three four", "five six seven eight", "neun zehn elf zwölf",
        "dreizehn vierzehn fünfzehn", "seize dix-sept dix-huit", "dix-neuf vingt vingt-et-un",
        "日本語 の 引用 です", "a single quoted phrase here"]


def test_apostrophes_open_no_quotation(tmp_path: Path) -> None:
    text = "It's the students' books, and they didn't say ’tis so; l’urgence n’est pas là.\n"
    assert quotes(tmp_path, text) == []


def test_scare_quotes_are_skipped_and_counted_unless_cited(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text('Critics called it "bold" and "rather timid", but the "policy"[^1] stands.\n\n'
                    "[^1]: http://example.org/policy\n", encoding="utf-8")
    m = read_manuscript(path)
    f = find_quotations(m)
    a = Attributor(m, f.all_spans())
    assert f.found == []
    assert [q.text for q in f.scare] == ["bold", "rather timid", "policy"]
    assert [a.cited(q) for q in f.scare] == [False, False, True]


def test_quotation_running_over_paragraphs_is_one_quotation(tmp_path: Path) -> None:
    text = ("“The first paragraph of the speech.\n\n"
            "“The second paragraph, which ends it,” she said [here](http://example.org/speech).\n")
    assert found(tmp_path, text) == [
        ("The first paragraph of the speech.\nThe second paragraph, which ends it",
         ("http://example.org/speech",), "link")]


def test_brackets_and_ellipses_stay_in_the_quotation(tmp_path: Path) -> None:
    text = "He wrote “the plan [for 2025] was … a failure from the start” in his blog.\n"
    assert quotes(tmp_path, text) == ["the plan [for 2025] was … a failure from the start"]


def test_markdown_block_quote_is_one_quotation_without_its_attribution_line(tmp_path: Path) -> None:
    text = ("> Dock workers did not strike, and the night shift\n> continued as planned.\n>\n"
            "> — Coastal Post, [Harbour report](http://example.org/harbour)\n")
    assert found(tmp_path, text) == [
        ("Dock workers did not strike, and the night shift\ncontinued as planned.",
         ("http://example.org/harbour",), "link in the block quote")]


def test_block_quote_introduced_by_a_sentence_with_a_link(tmp_path: Path) -> None:
    text = ("As [the port authority](http://example.org/port#p2) put it:\n\n"
            "> The harbour handled 41,000 containers in March.\n")
    assert found(tmp_path, text) == [("The harbour handled 41,000 containers in March.",
                                      ("http://example.org/port",), "link introducing the block quote")]


def test_link_around_after_or_before_the_quotation_in_its_sentence(tmp_path: Path) -> None:
    text = ("[“We will not close a single library”](http://a.example/1) was the promise. "
            "“Roads come first in this budget,” [the mayor](http://a.example/2) said. "
            "According to [the minister](http://a.example/3), “taxes will not rise next year”.\n")
    assert found(tmp_path, text) == [
        ("We will not close a single library", ("http://a.example/1",), "link"),
        ("Roads come first in this budget", ("http://a.example/2",), "link"),
        ("taxes will not rise next year", ("http://a.example/3",), "link")]


def test_footnote_citing_two_sources_gives_both(tmp_path: Path) -> None:
    text = ("The port said “the harbour handled 41,000 containers in March.”[^7]\n\n"
            "[^7]: Coastal Post, <http://b.example/harbour>; also http://b.example/other.\n")
    assert found(tmp_path, text) == [("the harbour handled 41,000 containers in March.",
                                      ("http://b.example/harbour", "http://b.example/other"), "footnote 7")]


def test_bare_url_in_the_same_sentence(tmp_path: Path) -> None:
    text = "La ministre : « Nous ne reculerons pas devant la sécheresse » (https://c.example/int).\n"
    assert found(tmp_path, text) == [("Nous ne reculerons pas devant la sécheresse",
                                      ("https://c.example/int",), "url in the sentence")]


def test_author_year_resolved_through_the_reference_list(tmp_path: Path) -> None:
    text = ("Smith found that “containers doubled in a single year” (Smith 2021). "
            "Jones wrote “no such doubling was observed” (Jones 2020).\n\n"
            "## References\n\n"
            "- Smith, J. (2021). “Harbour figures”. Coastal Post. https://d.example/smith\n"
            "- Jones, K. (2020). Port statistics. Print only.\n")
    assert found(tmp_path, text) == [
        ("containers doubled in a single year", ("https://d.example/smith",), "reference Smith 2021"),
        ("no such doubling was observed", (), None)]


def test_a_link_in_another_sentence_is_never_taken(tmp_path: Path) -> None:
    text = ("A spokesperson insisted that “the night shift was cancelled for good.” "
            "The [harbour report](http://e.example/harbour) was published later.\n")
    assert found(tmp_path, text) == [("the night shift was cancelled for good.", (), None)]


def test_two_quotations_in_one_sentence_take_their_own_links(tmp_path: Path) -> None:
    text = ("He said “the first claim is here” [one](http://f.example/1) and "
            "“the second claim is there” [two](http://f.example/2).\n")
    assert [u for _q, u, _v in found(tmp_path, text)] == [("http://f.example/1",), ("http://f.example/2",)]


def test_plain_text_manuscript(tmp_path: Path) -> None:
    text = ("The mayor said “we will not close a single library” (http://g.example/budget).\n\n"
            "    An indented block quote of several words\n    over two lines.\n")
    assert found(tmp_path, text, "m.txt") == [
        ("we will not close a single library", ("http://g.example/budget",), "url in the sentence"),
        ("An indented block quote of several words over two lines.", (), None)]


def test_html_manuscript_links_block_quotes_and_notes(tmp_path: Path) -> None:
    text = ("<html><body><p>The mayor said “we will not close a single library”"
            "<a href='#fn1'><sup>1</sup></a>, and <a href='http://h.example/x'>“roads come first "
            "this year”</a>.</p><blockquote><p>A long block quote of many words.</p>"
            "<p>— <a href='http://h.example/bq'>Source</a></p></blockquote>"
            "<section><ol><li id='fn1'>See <a href='http://h.example/fn'>the article</a> "
            "<a href='#fnref1'>↩</a></li></ol></section></body></html>")
    assert found(tmp_path, text, "m.html") == [
        ("we will not close a single library", ("http://h.example/fn",), "note 1"),
        ("roads come first this year", ("http://h.example/x",), "link"),
        ("A long block quote of many words.", ("http://h.example/bq",), "link in the block quote")]


def test_docx_hyperlinks_footnotes_endnotes_and_quote_style(tmp_path: Path) -> None:
    b = DocxBuilder()
    b.paragraph("The mayor said “We will not close a single library,” according to ",
                ("link", "the Valley Times", "http://i.example/budget"), ".")
    b.paragraph("The port said “The harbour handled 41,000 containers in March.”", ("footnote", 1))
    # Word numbers notes by order of reference, whatever their internal ids
    b.paragraph("Sie schrieb „Der Hafen bleibt auch im Winter geöffnet“.", ("endnote", 5))
    b.paragraph("Dock workers did not strike, and the night shift continued.", style="Quote")
    b.paragraph("An ordinary paragraph between the block quotes.")
    b.paragraph("An indented passage quoted at length from a report.", indent_twips=720)
    b.footnote(1, ("Coastal Post, ", None), ("Harbour report", "http://i.example/harbour"),
               ("; also http://i.example/other.", None))
    b.endnote(5, ("Siehe http://i.example/hafen", None))
    path = b.save(tmp_path / "paper.docx")
    assert pairs(path) == [
        ("We will not close a single library", ("http://i.example/budget",), "link"),
        ("The harbour handled 41,000 containers in March.",
         ("http://i.example/harbour", "http://i.example/other"), "footnote 1"),
        ("Der Hafen bleibt auch im Winter geöffnet", ("http://i.example/hafen",), "endnote 1"),
        ("Dock workers did not strike, and the night shift continued.", (), None),
        ("An indented passage quoted at length from a report.", (), None)]


def test_reference_list_titles_are_not_quotations(tmp_path: Path) -> None:
    text = "Body.\n\n# Bibliography\n\nSmith, J. (2021). “A long title of an article here”. http://x.example\n"
    assert quotes(tmp_path, text) == []


@pytest.mark.parametrize(("name", "content", "needle"), [
    ("paper.rtf", b"{\\rtf1 hi}", "unknown manuscript type"),
    ("paper.docx", b"this is not a zip file", "cannot read"),
    ("paper.md", b"caf\xe9 \"not utf-8 at all\"", "not UTF-8"),
    ("paper.pdf", b"%PDF-1.4 garbage", "cannot read"),
])
def test_unreadable_manuscript_is_bad_input(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UsageError, match=needle):
        read_manuscript(path)


def test_a_cut_pdf_manuscript_is_one_error_line_not_pypdfs_warnings_before_it(tmp_path: Path) -> None:
    # pypdf logs recoverable damage ("EOF marker not found"); Python printed it on stderr, a
    # second and third line before ours. A real process: only there does nothing handle it.
    from check_docs import make_pdf
    from cli import run_cli_process

    whole = make_pdf(tmp_path / "whole.pdf", [["As the report says, \"The harbour handled 41,000 containers\"."]])
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[: whole.read_bytes().rfind(b"%%EOF")])
    proc = run_cli_process("check", str(cut), "--archive-missing", store=tmp_path / "store")
    assert proc.returncode == 2, proc.stderr
    assert not (tmp_path / "store").exists()  # (bad input: no store made for it)
    assert proc.stderr.splitlines() == [next(x for x in proc.stderr.splitlines() if x.startswith("error:"))]


def test_missing_manuscript_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="No such file"):
        read_manuscript(tmp_path / "nope.md")


def test_pdf_text_layer_paragraphs_pages_and_bare_urls(tmp_path: Path) -> None:
    from check_docs import make_pdf

    path = make_pdf(tmp_path / "paper.pdf", [
        ["The mayor said “We will not close a single", "library” (http://j.example/budget).", "",
         "Sie sagte „Der Hafen bleibt auch im Winter geöffnet“ gestern."],
        ["La ministre : « Nous ne reculerons pas devant la sécheresse »."]])
    m = read_manuscript(path)
    assert [p.place for p in m.paragraphs] == ["page 1, paragraph 1", "page 1, paragraph 2", "page 2, paragraph 1"]
    assert pairs(path) == [
        ("We will not close a single library", ("http://j.example/budget",), "url in the sentence"),
        ("Der Hafen bleibt auch im Winter geöffnet", (), None),
        ("Nous ne reculerons pas devant la sécheresse", (), None)]


def test_pdf_footnote_numbers_pair_quotations_with_the_notes_at_the_foot_of_the_page(tmp_path: Path) -> None:
    from check_docs import make_pdf

    path = make_pdf(tmp_path / "notes.pdf", [
        ["The mayor said “We will not close a single library”1 in 2019, and the port",
         "authority added that “the harbour handled 41,000 containers”.2", "",
         "The council said “the budget is balanced this year” without a source.", "",
         "1 http://j.example/budget", "2 Port report, http://j.example/harbour and", "http://j.example/annex"]])
    m = read_manuscript(path)
    assert all("j.example" not in p.text for p in m.paragraphs)  # the notes are not body text
    assert pairs(path) == [
        ("We will not close a single library", ("http://j.example/budget",), "footnote 1"),
        ("the harbour handled 41,000 containers", ("http://j.example/harbour", "http://j.example/annex"),
         "footnote 2"),
        ("the budget is balanced this year", (), None)]


def test_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    import zipfile

    path = DocxBuilder().save(tmp_path / "bomb.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/zeros.bin", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(UsageError, match="zip bomb"):
        read_manuscript(path)


def test_the_nearest_citation_after_the_quotation_wins(tmp_path: Path) -> None:
    text = ("Later that day he said “the first claim is here and now” [the source](http://k.example/link), "
            "see also http://k.example/bare for background.\n")
    assert found(tmp_path, text) == [("the first claim is here and now", ("http://k.example/link",), "link")]
