"""Issue 15 (auth69): persons right or absent, at their class.

1. A guest card ("Guest author <Name>" over the guest's bio, round b20auth) names the writer only where the page's
   other credits name no other person: beside a byline of another person it may be a sidebar's or a related
   piece's guest, or the byline the owner's account, and nothing tells which, so the page reports no writer.
2. A newsroom credited as the writer in Polish, Czech, Slovak or Romanian ("Autor: Redakcja Serwisu", "Zespół
   Redakcyjny", "Redakční tým", "Redacția Știri") is no person, as "Redakce" and "Redaktion" were not.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

CARD = ("<aside><h3>Guest author Elisa Marlowe</h3>"
        "<p>Elisa Marlowe is a writer on home and family topics.</p></aside>")
BYLINE = "<p class='byline'>By Tom Hendricks</p>"

# --- 1. a guest card against a byline of another person


def test_a_guest_card_beside_another_persons_byline_names_no_writer() -> None:
    assert authors(page(below_headline=BYLINE, after=CARD)) == []


def test_a_guest_card_in_german_beside_another_persons_byline_names_no_writer() -> None:
    card = ("<aside><h3>Gastautorin Lena Brandt</h3>"
            "<p>Lena Brandt ist Journalistin in Hamburg.</p><p>Lena Brandt is a reporter.</p></aside>")
    assert authors(page(below_headline="<p class='byline'>Von Jonas Weber</p>", after=card, lang="de")) == []


def test_a_guest_card_naming_the_bylines_person_keeps_her() -> None:
    assert authors(page(below_headline="<p class='byline'>By Elisa Marlowe</p>", after=CARD)) == ["Elisa Marlowe"]


def test_a_guest_card_on_a_page_crediting_no_other_person_names_the_writer() -> None:
    assert authors(page(after=CARD)) == ["Elisa Marlowe"]


def test_a_byline_with_no_guest_card_is_unchanged() -> None:
    assert authors(page(below_headline=BYLINE)) == ["Tom Hendricks"]


# --- 2. a newsroom in Polish, Czech, Slovak, Romanian


@pytest.mark.parametrize(("credit", "lang"), [
    ("Redakcja Serwisu", "pl"), ("Redakcji Portalu", "pl"), ("Zespół Redakcyjny", "pl"), ("Zespol Redakcyjny", "pl"),
    ("Redakční Tým", "cs"), ("Redakčný Tím", "sk"), ("Redacția Știri", "ro"), ("Redactia Online", "ro")])
def test_a_newsroom_credited_as_the_writer_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {credit}</p>", lang=lang)) == []


@pytest.mark.parametrize("name", ["Anna Redak", "Jan Zespolski", "Ewa Redakowska"])
def test_a_name_holding_those_letters_stays_a_person(name: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {name}</p>", lang="pl")) == [name]
