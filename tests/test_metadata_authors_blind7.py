"""Authors, round 19 (issue 15, recall): the writer who signs under the story.

authors-blind7's first run and the misses of the earlier blind sets (SPIEGEL's "Von Clemens Höges",
a blog's "posted by Stadler at 12:53") share one class: the page credits its writer with a byline
lead on a line just under the article, not beside the headline, and nothing else credits anyone.
Such a sign-off is reported (rule 5); a credit further down (another story's byline in a list of
teasers), a name under the article without a lead (a photographer, a related link), a picture credit
and a desk are not, and a credit beside the headline or a declared person printed where credits stand
still wins. Fixtures of our own, in the languages the credit leads cover.
"""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, authors, declared_person
from author_pages import page as _page

from archiver.extract import extract
from archiver.extract.authors import REPORTED, support_group

_URL = "https://harbordaily.example/news/council-budget"
# a story long enough that its last lines are no longer beside the headline, as on a real page
_LONG_STORY = PARAGRAPHS + [p.replace("council", "board") for p in PARAGRAPHS]


def page(head: str = "", **kw: str) -> bytes:
    """The long story as HTML (see :func:`author_pages.page`)."""
    return _page(head, paragraphs=_LONG_STORY, **kw)


@pytest.mark.parametrize(("sign_off", "name"), [
    ("Von Clemens Höges", "Clemens Höges"),
    ("By Jane Doe", "Jane Doe"),
    ("Par Anne Berre", "Anne Berre"),
    ("Por Ana Ruiz", "Ana Ruiz"),
    ("Di Marco Rossi", "Marco Rossi"),
    ("Autor: Klausmartin Friedrich", "Klausmartin Friedrich"),
    ("Автор: Валерия Пестрякова", "Валерия Пестрякова"),
    ("Posted by Alex Durán", "Alex Durán"),
])
def test_a_writers_credit_signed_under_the_article_is_reported(sign_off: str, name: str) -> None:
    assert authors(page(below_body=f"<p>{sign_off}</p>")) == [name]


def test_a_sign_off_with_the_time_of_posting_gives_the_name() -> None:
    assert authors(page(below_body="<p>Eingestellt von Klara Berg um 21:11</p>")) == ["Klara Berg"]


def test_a_sign_off_is_reported_as_a_byline_with_its_own_source() -> None:
    data = extract(page(below_body="<p>Von Clemens Höges</p>"), url=_URL).to_dict()
    assert data["sources"]["authors"] == "byline"
    assert [s["sources"] for s in data["author_support"]] == [["byline", "sign-off"]]


def test_a_credit_three_lines_under_the_article_is_another_storys() -> None:
    teasers = "<section><p>More stories</p><p>Ferry timetable changes in spring</p><p>By Sanae Akiyama</p></section>"
    assert authors(page(after=teasers)) == []


def test_a_name_under_the_article_without_a_lead_is_not_a_credit() -> None:
    assert authors(page(below_body="<p>Clemens Höges</p>")) == []


def test_a_picture_credit_under_the_article_is_not_a_credit() -> None:
    assert authors(page(below_body="<p>Foto: Tom Berg</p>")) == []


@pytest.mark.parametrize("desk", ["Von Redaktion", "By Staff Reports", "Par la rédaction"])
def test_a_desk_signing_under_the_article_is_no_person(desk: str) -> None:
    assert authors(page(below_body=f"<p>{desk}</p>")) == []


def test_a_credit_beside_the_headline_wins_over_the_sign_off() -> None:
    html = page(below_headline="<p class='byline'>By Maria Lopez</p>", below_body="<p>Von Clemens Höges</p>")
    assert authors(html) == ["Maria Lopez"]


def test_a_declared_person_printed_where_credits_stand_wins_over_the_sign_off() -> None:
    html = page(declared_person("Maria Lopez"), below_headline="<p>Maria Lopez</p>",
                below_body="<p>Von Clemens Höges</p>")
    assert authors(html) == ["Maria Lopez"]


def test_the_sign_off_has_its_own_policy_group() -> None:
    lines = ["Headline", "First paragraph of the story.", "Last paragraph of the story.", "Von Clemens Höges"]
    group = support_group("Clemens Höges", {"sign-off": ["Clemens Höges"]}, lines, [0], (1, 2))
    assert group == REPORTED[6] == "5 sign-off under the article"


# ---------------------------------------------------------------- a writer's lead in every language


@pytest.mark.parametrize(("credit", "name"), [
    ("Penulis: Isna Rifka", "Isna Rifka"),
    ("Piše: Amra Hodžić", "Amra Hodžić"),
    ("Napisała: Anna Nowak", "Anna Nowak"),
    ("Skrevet af Mette Holm", "Mette Holm"),
    ("Av Lars Berg", "Lars Berg"),
    ("Författare: Lars Berg", "Lars Berg"),
    ("Yazar: Ayşe Demir", "Ayşe Demir"),
    ("Írta: Kovács Anna", "Kovács Anna"),
    ("Tekst: Anke de Vries", "Anke de Vries"),
    ("Autrice: Giulia Bianchi", "Giulia Bianchi"),
    ("Autorin: Sylvia Berger", "Sylvia Berger"),
])
def test_a_writers_lead_in_another_language_credits_the_name_beside_the_headline(credit: str, name: str) -> None:
    assert authors(_page(below_headline=f"<p>{credit}</p>")) == [name]


@pytest.mark.parametrize("credit", ["Af Ritzau", "Penulis: Tim Redaksi", "Tekst: Redactie"])
def test_a_writers_lead_before_an_agency_or_desk_credits_no_person(credit: str) -> None:
    assert authors(_page(below_headline=f"<p>{credit}</p>")) == []


# ---------------------------------------------------------------- a writer signing with the newsroom


@pytest.mark.parametrize(("sign_off", "name"), [
    ("Guido Santner und Redaktion SimplyScience.ch", "Guido Santner"),
    ("Marie Dupont et la rédaction", "Marie Dupont"),
    ("Ana Ruiz y la redacción de El Diario", "Ana Ruiz"),
    ("Marco Rossi e la redazione", "Marco Rossi"),
])
def test_a_writer_signing_with_the_newsroom_under_the_article_is_reported(sign_off: str, name: str) -> None:
    assert authors(page(below_body=f"<p>{sign_off}</p>")) == [name]


@pytest.mark.parametrize("line", ["Tom and Jerry", "Die Redaktion", "Salt and pepper and the team"])
def test_a_line_under_the_article_without_a_person_and_a_desk_is_no_sign_off(line: str) -> None:
    assert authors(page(below_body=f"<p>{line}</p>")) == []


def test_an_institution_after_the_signing_writer_is_no_second_person() -> None:
    sign_off = "Autor: Steffen Pache, Sächsische Landesanstalt für Landwirtschaft, Köllitsch (D)"
    assert authors(page(below_body=f"<p>{sign_off}</p>")) == ["Steffen Pache"]


@pytest.mark.parametrize("name", ["Sächsische Landesanstalt", "Forschungszentrum Jülich", "Techniker Krankenkasse",
                                  "Uniklinik Köln", "Raiffeisen Genossenschaft"])
def test_a_german_institution_compound_is_an_organisation(name: str) -> None:
    from archiver.extract.signals import name_kind

    assert name_kind(name) == "org"
