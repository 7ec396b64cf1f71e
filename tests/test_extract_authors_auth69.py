"""Issue 15 (auth69): persons right or absent, at their class.

1. A guest card ("Guest author <Name>" over the guest's bio, round b20auth) names the writer only where the page's
   other credits name no other person: beside a byline of another person it may be a sidebar's or a related
   piece's guest, or the byline the owner's account, and nothing tells which, so the page reports no writer.
2. A newsroom credited as the writer in Polish, Czech, Slovak or Romanian ("Autor: Redakcja Serwisu", "Zespół
   Redakcyjny", "Redakční tým", "Redacția Știri") is no person, as "Redakce" and "Redaktion" were not; nor is the
   Turkish news desk ("Haber Merkezi", "Haber Masası").
3. A credit opening with a possessive ("By Your Trusted Source", "Par Votre Guide Local", "Автор: Ваш Помощник") is
   a tagline, no person; short words that are also names ("Ma", "Su", "Tu") keep their person.
4. A button's words in more languages ("Por Leia Mais", "Автор: Читать Далее", "Yazar: Devamını Oku") and a post's
   age ("By Two Days Ago", "Vor zwei Stunden", "Hace tres días") printed where the byline stands are no person.
5. A newsroom's or news section's words in Armenian, Georgian, Hebrew, Persian and Thai ("Լուրեր Հայաստանից",
   "news from Armenia", a dev page's layout guess) are a desk's, as Bengali's and Greek's were.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.desk_words import desk_credit
from archiver.extract.signals import name_kind

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
    ("Redakční Tým", "cs"), ("Redakčný Tím", "sk"), ("Redacția Știri", "ro"), ("Redactia Online", "ro"),
    ("Haber Merkezi", "tr"), ("Haber Masası", "tr")])
def test_a_newsroom_credited_as_the_writer_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {credit}</p>", lang=lang)) == []


@pytest.mark.parametrize("name", ["Anna Redak", "Jan Zespolski", "Ewa Redakowska"])
def test_a_name_holding_those_letters_stays_a_person(name: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {name}</p>", lang="pl")) == [name]


# --- 3. a tagline opening with a possessive


@pytest.mark.parametrize(("credit", "lang"), [
    ("By Your Trusted Source", "en"), ("Par Votre Guide Local", "fr"), ("Por Nuestro Equipo", "es"),
    ("Autor: Unser Team Nord", "de"), ("Автор: Ваш Помощник", "ru")])
def test_a_credit_opening_with_a_possessive_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []


@pytest.mark.parametrize(("credit", "name"), [("By Ma Long", "Ma Long"), ("By Su Wei", "Su Wei"),
                                              ("By Tu Anh Nguyen", "Tu Anh Nguyen")])
def test_a_name_opening_with_a_short_word_of_another_language_stays_a_person(credit: str, name: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>")) == [name]


# --- 4. a button's words and a post's age where the byline stands


@pytest.mark.parametrize(("credit", "lang"), [
    ("Por Leia Mais", "pt"), ("Автор: Читать Далее", "ru"), ("Yazar: Devamını Oku", "tr"), ("Door Lees Meer", "nl"),
    ("By Two Days Ago", "en"), ("Von Vor Zwei Stunden", "de"), ("Por Hace Tres Días", "es")])
def test_a_buttons_words_or_a_posts_age_in_the_byline_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []


@pytest.mark.parametrize(("credit", "name"), [("By Leia Organa", "Leia Organa"), ("By Doris Day", "Doris Day"),
                                              ("Por Ana Mais Silva", "Ana Mais Silva"), ("By Ken Few", "Ken Few")])
def test_a_name_holding_one_such_word_stays_a_person(credit: str, name: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>")) == [name]


# --- 5. desk words in Armenian, Georgian, Hebrew, Persian, Thai


@pytest.mark.parametrize("credit", ["Լուրեր Հայաստանից", "Խմբագրություն", "რედაქცია", "მთავარი ამბები",
                                    "מערכת האתר", "כתבנו בצפון", "تحریریه خبر", "خبرنگار ایرنا", "กองบรรณาธิการ"])
def test_a_desk_credit_in_these_scripts_is_no_person(credit: str) -> None:
    assert desk_credit(credit)
    assert name_kind(credit) != "person"


@pytest.mark.parametrize("name", ["Արամ Պետրոսյան", "გიორგი ბერიძე", "דוד כהן", "علی رضایی", "สมชาย ใจดี"])
def test_a_persons_name_in_these_scripts_stays_a_person(name: str) -> None:
    assert not desk_credit(name)
    assert name_kind(name) == "person"
