"""An inline quotation (``<q>``) is read where a reader sees it: inside its sentence (lead54).

Chromium draws ``<q>`` inline: "The mayor said "the pier is safe" after the debate" is one line. trafilatura
turned it into its block ``quote`` element, and the archived text broke the paragraph before and after it,
so a faithful quote running over the quotation verified only "approximate" (a German government page's
"„<q>Wer optimal schützen will ...</q>“, sagt Dr. Georg Schneider"). The ``<q>`` stays a ``<q>`` for the page's
own style rules. A ``<time>`` (a button's, a label's words) inside a sentence trafilatura deleted: "held on in the
town hall" was archived, words no reader saw in that order.
"""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.quotes import verify_quote

_FILLER = ("<p>Work begins in spring, when the weather allows the divers to reach the old piles and the new "
           "concrete can be poured into the frames the carpenters built over the winter.</p>")


def _text(body: str, style: str = "") -> str:
    page = (f"<html><head><title>Harbour</title>{style}</head><body><article><h1>Harbour pier</h1>{body}"
            f"{_FILLER}</article></body></html>")
    return extract(page.encode(), url="http://127.0.0.1:8000/harbour", content_type="text/html").text


SAID = ("<p>The harbour board met on Tuesday evening to discuss the pier. The mayor said <q>the pier is safe and "
        "will open in spring</q> after the debate ended late at night, long after the public had gone home.</p>")


def test_an_inline_quotation_stays_in_its_paragraph():
    text = _text(SAID)
    assert "The mayor said the pier is safe and will open in spring after the debate ended late at night" in text


def test_a_faithful_quote_over_an_inline_quotation_verifies_exact():
    quote = "The mayor said the pier is safe and will open in spring after the debate ended late at night"
    assert verify_quote(quote, _text(SAID)).verdict == "exact"


def test_a_quotation_between_the_pages_own_marks_verifies_exact():
    body = ("<p>The project also involves the testing laboratory of the university. „<q>Whoever wants to protect "
            "well must know how attackers proceed</q>“, says Dr. Georg Schneider, who leads the laboratory and "
            "answers for the project.</p>")
    quote = "„Whoever wants to protect well must know how attackers proceed“, says Dr. Georg Schneider"
    assert verify_quote(quote, _text(body)).verdict == "exact"


def test_a_quotation_the_pages_style_hides_is_still_hidden():
    body = ("<p>The harbour board met on Tuesday evening to discuss the pier. The mayor said the pier will open "
            "<q class=gone>unless the divers object</q> in spring, after the debate ended late at night.</p>")
    text = _text(body, "<style>q.gone{display:none}</style>")
    assert "unless the divers object" not in text
    assert "the pier will open in spring, after the debate" in text


VOTE = ("<p>The council debated the harbour plan for three hours. The vote was held on <{tag}>3 March</{tag}> in the "
        "town hall, and the plan passed by a single vote after the mayor's second speech.</p>")


@pytest.mark.parametrize("tag", ["time", "button", "label", "output"])
def test_words_of_an_element_inside_a_sentence_stay_where_they_stand(tag):
    """trafilatura deletes these elements with their words (a <time> is mostly a dateline, a <button> a form's);
    inside a sentence a reader reads them as part of it."""
    assert "The vote was held on 3 March in the town hall" in _text(VOTE.format(tag=tag))


def test_the_words_around_a_date_do_not_join_into_a_sentence_no_reader_saw():
    """"held on in the town hall" was the archived text, a sequence no reader was shown: it verified exact."""
    verdict = verify_quote("The vote was held on in the town hall", _text(VOTE.format(tag="time"))).verdict
    assert verdict not in ("exact", "normalized")


@pytest.mark.parametrize("tag", ["marquee", "blink", "map"])
def test_words_of_an_inline_element_trafilatura_deletes_stay_in_their_sentence(tag):
    assert "The vote was held on 3 March in the town hall" in _text(VOTE.format(tag=tag))


@pytest.mark.parametrize("box", ["<nav>not</nav>", "<aside>not</aside>", "<footer>not</footer>", "<form>not</form>",
                                 "<dialog open>not</dialog>"])
def test_the_text_after_a_block_trafilatura_deletes_is_on_a_line_of_its_own(box):
    """trafilatura joined the text after a deleted box to the line before it ("the pier is" + "safe ..."); the line
    break a reader sees is kept (a quote across it is read across a line break, as across a picture)."""
    text = _text("<p>The council debated the harbour plan for three hours. The mayor said the pier is "
                 f"{box} safe for the public after the divers inspected every pile last week.</p>")
    assert "The mayor said the pier is\n" in text and "\nsafe for the public after the divers" in text
