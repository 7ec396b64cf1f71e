"""Issue 15 (blind22): the standard Dutch wordings of a notice that notices-blind22's first run did not read, at their
class. Fixtures of our own (bench/labels/README.md, "notices-blind22"), each beside a neighbour that keeps its reading.

- the piece speaking of itself in Dutch or Swedish ("Dit bericht is gesponsord door ...", "Detta inlägg ..."): as
  "This post ..." and "Dieser Beitrag ..." do, it sets a sponsorship line apart from the recipe's or story's
  sentences; before, a Dutch one closing a post's text was read as one of them;
- a picture word's plural with an apostrophe, as Dutch writes it ("Foto's: Jane Doe", "Foto’s: ..."), is a credit's
  marker as "Fotos:" is; a sentence with "foto's" in it stays a sentence;
- the Dutch disclaimer formula "Aan de inhoud van <site> kan (op geen enkele wijze) geen rechten worden ontleend" with
  the site named by its address, "kan" or "kunnen", and the other word order ("Er kunnen geen rechten worden ontleend
  aan ...").
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page

SPONSORED_NL = "Dit bericht is gesponsord door Bakkerij Example."


def test_a_dutch_post_calling_itself_sponsored_after_its_text_is_a_sponsored_notice() -> None:
    assert _notices(_page(tail=f"<p>{SPONSORED_NL}</p>", lang="nl")) == [("sponsored", SPONSORED_NL)]


def test_a_swedish_post_calling_itself_sponsored_is_a_sponsored_notice() -> None:
    note = "Detta inlägg är sponsrat av Bageri Example."
    assert ("sponsored", note) in _notices(_page(tail=f"<p>{note}</p>", lang="sv"))


def test_a_dutch_story_sentence_about_a_sponsor_is_no_notice() -> None:
    sentence = ("De wielrenners werden vorig jaar gesponsord door een bakkerij uit het dorp, die nu de renners van "
                "volgend seizoen ook wil steunen.")
    assert _notices(_page(f"<p>{sentence}</p>", lang="nl")) == []


@pytest.mark.parametrize("credit", ["Foto's: Erik Example", "Foto’s: Erik Example"])
def test_a_dutch_apostrophe_plural_of_photo_is_a_credits_marker(credit: str) -> None:
    assert _notices(_page(tail=f"<p>{credit}</p>", lang="nl")) == [("image_credit", credit)]


def test_a_sentence_with_the_apostrophe_plural_is_no_credit() -> None:
    sentence = "Ik heb de foto's van de taart gemaakt in de keuken van mijn moeder, die de taart ook bakte."
    assert _notices(_page(f"<p>{sentence}</p>", lang="nl")) == []


@pytest.mark.parametrize("note", [
    "Aan de inhoud van example.nl kan op geen enkele wijze rechten worden ontleend.",
    "Aan de inhoud van deze website kunnen geen rechten worden ontleend.",
    "Er kunnen geen rechten worden ontleend aan de informatie op deze website.",
])
def test_the_dutch_no_rights_formula_is_a_disclaimer(note: str) -> None:
    assert _notices(_page(footer=f"<div class='disclaimer'>{note}</div>", lang="nl")) == [("disclaimer", note)]


def test_a_dutch_sentence_on_rights_in_a_story_is_no_disclaimer() -> None:
    sentence = ("De huurders kregen gisteren van de rechter meer rechten dan de verhuurder had gedacht, en de "
                "gemeente wil nu de regels voor de hele haven aanpassen.")
    assert _notices(_page(f"<p>{sentence}</p>", lang="nl")) == []
