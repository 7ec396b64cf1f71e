"""Authors: the error classes found on half A of authors-blind2 (bench/labels/authors-blind2.jsonl,
split by site like the scrapinghub set: half A, ``sha256(site) % 2 == 0``, was read; half B is only
scored as totals), one small fixture of our own per class, in several languages where the class is
bound to one.

Wrong names: a date or weekday word alone or glued as the name ("January", "Joe Wee Monday"); interface
text or a label ("See full bio", "Lesedauer"); a photographer or photo agency; a desk or wire service
("Redaccion", "CNN Wire"); a name split at its middle initial; an editor ("责任编辑"); a place in
parentheses glued to the name; a Japanese label and the outlet kept. Misses: byline forms not read
("Un texte de", "Par" with names in capitals, "著者：", "Autor:", "Por", "Di", "Автор:").
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, URL
from author_pages import page as _page
from author_pages import resolve_with_guess as _resolve

from archiver.extract import extract
from archiver.extract.head import read_head
from archiver.extract.signals import (
    byline_authors,
    clean_authors,
    headline_credit,
    name_kind,
    persons_and_orgs,
)
from archiver.extract.text import parse_html


def _persons(credit: str) -> list[str]:
    return persons_and_orgs(clean_authors(credit))[0]


# ---------------------------------------------------------------- date and weekday words

@pytest.mark.parametrize("word", ["January", "Dec", "Apr", "October", "Oktober", "décembre", "Febrero",
                                  "Monday", "Dienstag", "mercredi", "Пятница", "June"])
def test_a_date_or_weekday_word_alone_is_no_name(word: str) -> None:
    assert name_kind(word) is None
    assert _persons(word) == []


@pytest.mark.parametrize(("credit", "name"), [
    ("Joe Wee Monday, February 29, 2016", "Joe Wee"),
    ("Anna Berg Dienstag, 3. März 2020", "Anna Berg"),
    ("Marc Dupont mercredi 4 mars 2020", "Marc Dupont"),
])
def test_a_weekday_and_date_glued_to_a_name_are_cut(credit: str, name: str) -> None:
    assert _persons(credit) == [name]


def test_a_name_holding_a_month_word_is_refused() -> None:
    assert name_kind("Regan September") is None


@pytest.mark.parametrize("name", ["April Glaser", "Jan Müller", "June Kronholz", "Julio Cortázar", "Juli Zeh",
                                  "Mar Cabra", "Sun Li", "Thu Nguyen"])
def test_a_month_that_is_a_given_name_opening_a_name_is_kept(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_month_taken_as_the_guess_reports_no_author() -> None:
    lines = [HEADLINE, "January 17, 2017 at 6:08 PM ET", *PARAGRAPHS]
    assert _resolve(_page(), guess="January", lines=lines).authors == ()


# ---------------------------------------------------------------- interface text and labels

@pytest.mark.parametrize("text", ["See full bio", "View profile", "Lesedauer", "5 min read", "Reading time",
                                  "Follow", "Temps de lecture"])
def test_interface_text_of_an_author_box_is_no_name(text: str) -> None:
    assert name_kind(text) is None


def test_see_full_bio_taken_as_the_guess_reports_no_author() -> None:
    lines = [HEADLINE, "Marguerite Reardon", "See full bio", *PARAGRAPHS]
    assert "See full bio" not in _resolve(_page(), guess="See full bio", lines=lines).authors


# ---------------------------------------------------------------- photographers and photo agencies

def test_a_photo_credit_and_its_agency_are_not_authors() -> None:
    assert clean_authors("Photograph by Tyrone Turner, National Geographic Creative") == []
    assert clean_authors("Fotos: Max Muster, dpa; Text: Anna Berg") == ["Anna Berg"]


def test_a_microdata_author_inside_a_figure_caption_is_the_photographer() -> None:
    figure = ("<figure><img src='a.jpg' alt=''><figcaption><p itemprop='author'><span>Greg Nelson</span></p>"
              "</figcaption></figure>")
    html = _page(below_body=figure)
    tree = parse_html(html.decode())
    assert tree is not None
    assert read_head(tree, URL).microdata.get("author") is None
    assert "Greg Nelson" not in extract(html, url=URL).to_dict()["authors"]


# ---------------------------------------------------------------- editors

@pytest.mark.parametrize("credit", ["责任编辑：严玉洁", "编辑：王辉", "Edited by Jane Doe", "Redakteur: Max Muster",
                                    "Lektorat: Anna Berg", "Редактор: Иван Петров"])
def test_an_editor_is_never_an_author(credit: str) -> None:
    assert persons_and_orgs([credit]) == ([], [])


def test_a_declared_author_printed_only_as_the_editor_is_not_reported() -> None:
    html = _page("<meta name='author' content='严玉洁'>", below_body="<p>【责任编辑：严玉洁】</p>", lang="zh")
    assert extract(html, url=URL).to_dict()["authors"] == []


# ---------------------------------------------------------------- desks and wires

@pytest.mark.parametrize("credit", ["Redaccion", "Redacción", "Redaktion", "Redacao", "CNN Wire", "Staff",
                                    "Newsroom", "Metro Desk"])
def test_a_desk_or_a_wire_is_an_organisation(credit: str) -> None:
    assert name_kind(credit) == "org"


# ---------------------------------------------------------------- a place glued to the name

@pytest.mark.parametrize(("credit", "name"), [
    ("Cécile Ducourtieux(Bruxelles, bureau européen)", "Cécile Ducourtieux"),
    ("Jane Doe (Berlin)", "Jane Doe"),
    ("Jane Doe / Berlin", "Jane Doe"),
    ("Juan Pérez (Madrid", "Juan Pérez"),
])
def test_a_place_after_the_name_is_cut(credit: str, name: str) -> None:
    assert _persons(credit) == [name]


# ---------------------------------------------------------------- middle initials

@pytest.mark.parametrize(("credit", "name"), [
    ("Laura E Adkins December", "Laura E Adkins"),
    ("Laura E. Adkins", "Laura E. Adkins"),
    ("Maria Y Lopez", "Maria Y Lopez"),
])
def test_a_middle_initial_never_splits_a_name(credit: str, name: str) -> None:
    assert _persons(credit) == [name]


def test_a_capital_conjunction_still_splits_a_byline_in_capitals() -> None:
    assert _persons("JUAN PEREZ Y MARIA LOPEZ") == ["JUAN PEREZ", "MARIA LOPEZ"]


# ---------------------------------------------------------------- a Japanese label and the outlet

def test_a_japanese_label_and_outlet_are_cut_from_the_name() -> None:
    assert _persons("文● オカモト／ASCII編集部") == ["オカモト"]


# ---------------------------------------------------------------- byline forms

@pytest.mark.parametrize(("line", "names"), [
    ("Un texte de Frédéric Zalac d'Enquête", ["Frédéric Zalac"]),
    ("Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse", ["LILIAN ALEMAGNA", "LAURE BRETTON"]),
    ("著者：島津健吾", ["島津健吾"]),
    ("Autor: Jan Novák", ["Jan Novák"]),
    ("Por María López", ["María López"]),
    ("Di Mario Rossi", ["Mario Rossi"]),
    ("Автор: Иван Петров", ["Иван Петров"]),
])
def test_byline_forms_beside_the_headline_are_read(line: str, names: list[str]) -> None:
    assert headline_credit([HEADLINE, line], 0) == names


def test_a_byline_after_the_standfirst_is_read_but_alone_not_reported() -> None:
    """A byline printed after the article's first paragraph, a dozen lines below the headline (related
    links between them), is a credit where credits stand: the line itself opens as a byline. Was:
    reported; a "By" line alone is a weak source (author policy, extractor version 17: .78 on the
    dev pages where credits stand), reported when a declaration agrees."""
    byline = "Un texte de Frédéric Zalac d'Enquête"
    lines = [HEADLINE, *(f"Lien {i}" for i in range(12)), PARAGRAPHS[0], byline, *PARAGRAPHS[1:]]
    assert byline_authors([byline]) == ["Frédéric Zalac"]
    assert _resolve(_page(lang="fr"), guess="", lines=lines).authors == ()


def test_a_name_after_the_standfirst_without_a_byline_lead_is_not_reported() -> None:
    lines = [HEADLINE, *(f"Lien {i}" for i in range(12)), PARAGRAPHS[0], "Frédéric Zalac", *PARAGRAPHS[1:]]
    assert _resolve(_page(lang="fr"), guess="Frédéric Zalac", lines=lines).authors == ()


def test_a_byline_after_a_short_opening_line_is_not_taken_for_the_credit() -> None:
    """A forum post opens with a short heading and a quoted essay's "von <name>": not a standfirst."""
    opening = "Was ist Freie Software und warum ist sie wichtig?"
    lines = [HEADLINE, *(f"Lien {i}" for i in range(12)), opening, "von Georg C. F. Greve", *PARAGRAPHS]
    assert _resolve(_page(lang="de"), guess="", lines=lines, paragraphs=[opening, *PARAGRAPHS]).authors == ()


# ---------------------------------------------------------------- the outlet a writer filed for

@pytest.mark.parametrize(("credit", "names"), [
    ("Glen Owen And Brendan Carlin For The Mail On Sunday", ["Glen Owen", "Brendan Carlin"]),
    ("Por Juan Pérez para El País", ["Juan Pérez"]),
    ("Anna Berg für die Zeit", ["Anna Berg"]),
])
def test_the_outlet_a_writer_filed_for_is_cut(credit: str, names: list[str]) -> None:
    assert _persons(credit) == names


# ---------------------------------------------------------------- a byline after its date, a wire then a person

@pytest.mark.parametrize(("line", "names"), [
    ("January 17, 2017 at 6:08 PM ET by Kori Schulman", ["Kori Schulman"]),
    ("17. Januar 2017 von Anna Berg", ["Anna Berg"]),
])
def test_a_byline_after_its_date_is_read(line: str, names: list[str]) -> None:
    assert headline_credit([HEADLINE, line], 0) == names


@pytest.mark.parametrize("line", ["The fire was put out by Fire Crews", "March 3, 2020 the bill passed by Congress"])
def test_a_sentence_with_by_is_no_dated_byline(line: str) -> None:
    assert headline_credit([HEADLINE, line], 0) == []


def test_a_person_credited_after_the_wire_is_the_author() -> None:
    lines = [HEADLINE, "By: CNN Wire", "Posted at 2013-12-30T14:42:01-0700", "By Leigh Ann Caldwell", *PARAGRAPHS]
    assert headline_credit(lines, 0) == ["CNN Wire", "Leigh Ann Caldwell"]
    html = _page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": "
                 "\"Organization\", \"name\": \"CNN Wire\"}}</script>")
    assert _resolve(html, guess="CNN Wire", lines=lines).authors == ("Leigh Ann Caldwell",)


# ---------------------------------------------------------------- a job title glued to the name; a date after the byline

@pytest.mark.parametrize(("credit", "name"), [
    ("Sam Stein Senior Politics Editor", "Sam Stein"),
    ("Anna Berg Redakteurin", "Anna Berg"),
    ("Marie Dupont journaliste", "Marie Dupont"),
])
def test_a_job_title_glued_after_a_full_name_is_cut(credit: str, name: str) -> None:
    assert _persons(credit) == [name]


def test_a_role_alone_stays_a_role() -> None:
    assert clean_authors("Staff Writer") == ["Staff Writer"]
    assert name_kind("Staff Writer") == "org"


@pytest.mark.parametrize("line", ["By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham",
                                  "By Erin Cunningham | 18.03.2015", "Por Erin Cunningham, 18 de marzo de 2015"])
def test_a_byline_followed_by_its_date_is_read(line: str) -> None:
    assert byline_authors([line]) == ["Erin Cunningham"]


@pytest.mark.parametrize("text", ["KleineGrüneMonster Ein Kommentar", "Jean Dupont 3 commentaires", "Ana Ruiz Comentarios"])
def test_a_comments_link_glued_to_a_name_is_no_name(text: str) -> None:
    assert name_kind(text) is None
