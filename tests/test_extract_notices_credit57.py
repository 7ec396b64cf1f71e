"""Round credit57 (issue 15): notices printed whole, and what rounds noticeleft56 and b18notice left. Each class in
general form, with a neighbour that must stay as it is. Fixtures of our own.

- A credit the page sets in brackets is printed with them ("(AP Photo/Jane Doe)", "[Photo: Jane Doe]"): a researcher
  quotes a notice as the page prints it, and the printed form is the substring of the archived text that a quote
  check finds; a credit inside a longer bracket ("(im Bild, Foto: Jane Doe)") is the credit alone.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import page as _page

from archiver.extract import extract

# ----------------------------------------------------------------------------- brackets printed as the page prints them


@pytest.mark.parametrize("credit", [
    "(AP Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "[Photo: Jane Doe]", "(Image: Bloomberg via Getty Images)",
    "( Jane Doe / Reuters )",
])
def test_a_credit_set_in_brackets_closing_a_caption_is_printed_with_them(credit: str) -> None:
    html = _page(_caption(f"Workers leave the assembly plant in the small river city near the state line. {credit}"))
    assert _credits(html) == [credit]


def test_a_credit_in_brackets_on_its_own_line_is_printed_with_them() -> None:
    assert _credits(_page(_caption("(AP Photo/Jane Doe)"))) == ["(AP Photo/Jane Doe)"]


def test_a_credit_inside_a_longer_bracket_is_the_credit_alone() -> None:
    html = _page(_caption("Die Hafenmeisterin am Kai (im Bild, Foto: Jane Doe) am Morgen nach dem Sturm."), lang="de")
    assert _credits(html) == ["Foto: Jane Doe"]


def test_a_credit_without_brackets_is_printed_without_them() -> None:
    html = _page(_caption("Workers leave the assembly plant near the state line. AP Photo/Jane Doe"))
    assert _credits(html) == ["AP Photo/Jane Doe"]


def test_a_bracketed_credit_is_printed_as_the_archived_page_text_holds_it() -> None:
    html = _page(_caption("Workers leave the assembly plant near the state line. (AP Photo/Jane Doe)"))
    article = extract(html, url="https://news.example.org/story")
    assert [n.text for n in article.disclaimers if n.text in article.page_text] == ["(AP Photo/Jane Doe)"]

