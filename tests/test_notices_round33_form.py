"""Round 33, class (b) of the blind first runs (dev13-dev16): a notice the page writes inline, with no
element of its own, in the middle of the main text. Its FORM sets it apart as a box or small print would
(bench/labels/README.md, "notices-dev16.jsonl"): the cue after an excerpt's ellipsis (a feed's "The post
<title> appeared first on <site>." glued to the excerpt), or the cue in a formula of a few words opening
the line ("Alle Angaben ohne Gewähr."). Small pages of our own."""

from __future__ import annotations

from notice_pages import in_main

from archiver.extract import extract

_EXCERPT = ("The harbour reopened on Monday after a long winter of repairs to its old stone walls, the mayor said "
            "in a statement that was read out to the press on the quay ... ")


def test_a_feeds_appeared_first_line_glued_to_an_excerpt_is_reported_apart_from_it() -> None:
    line = _EXCERPT + "The post Harbour reopens appeared first on Example News."
    assert in_main(line, 0) == [("republished_from", "The post Harbour reopens appeared first on Example News.")]


def test_the_feeds_line_is_read_in_other_languages_too() -> None:
    line = _EXCERPT + "Post-ul Portul se redeschide apare prima dată în Example.md."
    assert in_main(line, 0) == [("republished_from", "Post-ul Portul se redeschide apare prima dată în Example.md.")]


def test_a_short_formula_standing_in_the_middle_of_the_main_text_is_a_notice() -> None:
    assert in_main("Alle Angaben ohne Gewähr.", 0) == [("disclaimer", "Alle Angaben ohne Gewähr.")]


def test_a_formula_opening_a_longer_line_in_the_main_text_is_a_notice() -> None:
    line = "Alle Angaben ohne Gewähr. Bitte informiert Euch vor der Anreise, ob die Veranstaltung stattfindet."
    assert [k for k, _ in in_main(line, 0)] == ["disclaimer"]


def test_a_story_sentence_using_the_words_in_passing_stays_unreported() -> None:
    line = "Die Besucher betreten das Gelände auf eigene Gefahr, sagte der Sprecher der Stadt am Montag."
    assert in_main(line, 0) == []


def test_an_ellipsis_after_the_cue_does_not_set_a_story_sentence_apart() -> None:
    line = "The doctor said the patient had ignored medical advice for years ... and then the story goes on."
    assert in_main(line, 0) == []


def test_an_html_page_reports_its_inline_formula_between_two_paragraphs() -> None:
    body = "".join(f"<p>Paragraph {i} of the analysis of the index, its trend lines and the closing prices of the week.</p>"
                   for i in range(3))
    html = (f"<html><head><title>Index analysis</title></head><body><article><h1>Index analysis</h1>{body}"
            "<p>Alle Angaben ohne Gewähr.</p>"
            f"{body}</article></body></html>").encode()
    notices = [(n.kind, n.text) for n in extract(html, url="https://example.org/analysis").disclaimers]
    assert ("disclaimer", "Alle Angaben ohne Gewähr.") in notices
