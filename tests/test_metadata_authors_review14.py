"""Authors, review 14: people cited as authors who did not write the article, by class.

A red-team review built pages on which the extractor named a commenter, the next story's writer, an
outlet or an NGO, or a name with an interface word glued to it. Each class is specified here on
fixtures of our own (the story of :mod:`author_pages`): a credit in a comments section or after a
teaser's lead is never the writer's; "beside the headline" never reaches past the article's last
paragraph; a name holding a word that is also an organisation's is still a person when it reads as
"Given Surname"; an outlet credited beside the headline is no person; an interface word glued to a
short surname is cut off; a zero-width character does not cut a name; labels in Arabic and a Korean
job word are no part of the name; a writer filing "avec AFP" keeps the name.
"""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, authors, declared_person, page

from archiver.extract import extract

_URL = "https://harbordaily.example/news/council-budget"
# a story long enough that its last lines are no longer beside the headline, as on a real page
_LONG_STORY = PARAGRAPHS + [p.replace("council", "board") for p in PARAGRAPHS]
# a short story (about 70 words): the lines after it are still within reach of the headline's window
_SHORT_STORY = PARAGRAPHS[:2]


def _data(html: bytes) -> dict[str, object]:
    return extract(html, url=_URL).to_dict()


# ----------------------------------------------------------------------------- 1. commenters, next stories

@pytest.mark.parametrize("story", [_SHORT_STORY, _LONG_STORY], ids=["short", "long"])
@pytest.mark.parametrize(("section", "credit"), [
    ("<section class='comments'>{h}<p class='comment-meta'>Von Peter Meier am 05.03.2024 um 10:12</p>"
     "<p>Endlich!</p></section>", "1 Kommentar"),
    ("<div id='comments'>{h}<p>Par Jean Dupont le 5 mars 2024 à 10h12</p><p>Bravo</p></div>", "1 commentaire"),
    ("<div class='comentarios'>{h}<p>Por Carlos Ruiz</p><p>Muy bien</p></div>", "2 comentarios"),
    ("<div id='disqus_thread'>{h}<p>By Robert Miller</p><p>Great news.</p></div>", "Discussion"),
])
def test_a_credit_inside_a_comments_section_is_never_the_writers(story: list[str], section: str, credit: str) -> None:
    assert authors(page(paragraphs=story, after=section.format(h=f"<h3>{credit}</h3>"))) == []
    assert authors(page(paragraphs=story, after=section.format(h=""))) == []


@pytest.mark.parametrize("story", [_SHORT_STORY, _LONG_STORY], ids=["short", "long"])
@pytest.mark.parametrize("heading", ["1 Kommentar", "3 Comments", "One response", "12 commentaires", "4 комментария"])
def test_a_credit_after_a_comments_heading_is_a_readers(story: list[str], heading: str) -> None:
    after = f"<div class='box'><h3>{heading}</h3><p>By Robert Miller</p><p>Great news.</p></div>"
    assert authors(page(paragraphs=story, after=after)) == []


def test_a_credit_with_a_date_after_the_article_heads_a_comment() -> None:
    after = "<div><p>Posted by Robert Miller on March 6, 2024 at 8:14 am</p><p>Great news.</p></div>"
    assert authors(page(paragraphs=_LONG_STORY, after=after)) == []


@pytest.mark.parametrize("story", [_SHORT_STORY, _LONG_STORY], ids=["short", "long"])
@pytest.mark.parametrize("lead", ["Next: Bridge closure delayed again", "Read next", "Up next: Ferry fares rise",
                                  "Nächster Artikel", "Article suivant"])
def test_a_credit_under_a_teaser_of_the_next_story_is_that_storys(story: list[str], lead: str) -> None:
    after = f"<div class='next-article'><p>{lead}</p><p>By Kevin O'Brien</p></div>"
    assert authors(page(paragraphs=story, after=after)) == []


def test_a_short_storys_headline_window_stops_at_its_last_paragraph() -> None:
    # no teaser lead, no comment: a credit printed right after a short story is not "beside the headline"
    after = "<div><p>Bridge closure delayed again</p><p>By Kevin O'Brien</p></div>"
    data = _data(page(paragraphs=_SHORT_STORY, after=after))
    assert "headline-credit" not in [s for a in data["author_support"] for s in a["sources"]]  # type: ignore[attr-defined]


def test_the_writers_sign_off_and_byline_still_count_beside_a_comments_section() -> None:
    comments = "<section class='comments'><h3>1 Kommentar</h3><p>Von Peter Meier am 05.03.2024</p></section>"
    assert authors(page(paragraphs=_LONG_STORY, below_body="<p>Von Clemens Höges</p>", after=comments)) == [
        "Clemens Höges"]
    assert authors(page(paragraphs=_SHORT_STORY, below_headline="<p class='byline'>By Maria Lopez</p>",
                        after=comments)) == ["Maria Lopez"]


def test_a_sign_off_with_the_time_of_posting_is_still_the_writers() -> None:
    assert authors(page(paragraphs=_LONG_STORY, below_body="<p>posted by Klara Berg at 12:53</p>")) == ["Klara Berg"]


def test_a_page_wrapped_whole_in_a_comment_classed_element_keeps_its_byline() -> None:
    html = page(paragraphs=_SHORT_STORY, below_headline="<p class='byline'>By Maria Lopez</p>")
    html = html.replace(b"<main>", b"<main class='has-comments'>").replace(b"</main>", b"</main>")
    assert authors(html) == ["Maria Lopez"]


# ----------------------------------------------------------------------------- 4. interface words glued on

@pytest.mark.parametrize("glued", ["Follow", "Share", "Updated March 5, 2024", "Opinion Contributor", "Reuters"])
@pytest.mark.parametrize("name", ["Jane Doe", "Hana Kim", "Sarah Lee", "Amy Wu"])
def test_an_interface_word_glued_to_a_short_surname_is_cut_off(name: str, glued: str) -> None:
    html = page(below_headline=f"<div class='byline'>By <span>{name}</span><span>{glued}</span></div>")
    assert authors(html) == [name]


@pytest.mark.parametrize("name", ["Jane McDonald", "Ron DeSantis", "Anne LeBlanc", "Leo DiCaprio"])
def test_a_surnames_inner_capital_is_kept(name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>By {name}</p>")) == [name]


# ----------------------------------------------------------------------------- 5. invisible characters

@pytest.mark.parametrize("char", ["&#8203;", "&#8288;", "&#65279;", "&#8206;", "&#8207;", "&shy;"])
def test_a_character_that_prints_nothing_does_not_cut_a_name(char: str) -> None:
    html = page(below_headline=f"<p class='byline'>By Zo&euml; Ann{char}e M&uuml;ller</p>")
    assert authors(html) == ["Zoë Anne Müller"]


def test_a_zero_width_non_joiner_stays_in_a_persian_name() -> None:
    html = page(below_headline="<p class='byline'>By Mohammad&#8204;reza Shahbazi</p>")
    assert authors(html) == ["Mohammad\u200creza Shahbazi"]


# ----------------------------------------------------------------------------- 6. labels kept in names

@pytest.mark.parametrize("lead", ["بقلم", "بقلم:", "كتب", "إعداد:"])
def test_an_arabic_writers_lead_is_no_part_of_the_name(lead: str) -> None:
    html = page(below_headline=f"<p class='byline'>{lead} محمد العلي</p>", lang="ar")
    assert authors(html) == ["محمد العلي"]


@pytest.mark.parametrize("credit", ["김하늘 기자", "김하늘기자", "칼럼니스트 김하늘"])
def test_a_korean_job_word_is_no_part_of_the_name(credit: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{credit}</p>", lang="ko")) == ["김하늘"]


@pytest.mark.parametrize(("credit", "org"), [
    ("Par Claire Martin avec AFP", "AFP"), ("By Jane Doe with Reuters", "Reuters"),
    ("Von Anna Weber mit dpa", "dpa"), ("Por Ana Ruiz con EFE", "EFE"), ("Par Claire Martin avec l'AFP", "AFP"),
])
def test_a_writer_filing_with_an_agency_keeps_the_name(credit: str, org: str) -> None:
    data = _data(page(below_headline=f"<p class='byline'>{credit}</p>"))
    assert len(data["authors"]) == 1  # type: ignore[arg-type]
    assert [o.casefold() for o in data["organizations"]] == [org.casefold()]  # type: ignore[union-attr]


def test_with_before_a_persons_name_is_no_agency() -> None:
    assert authors(page(below_headline="<p class='byline'>By Jane Doe with John Roe</p>")) != ["Jane Doe"]


def test_a_declared_person_is_unaffected_by_the_comment_rules() -> None:
    html = page(declared_person("Maria Lopez"), below_headline="<p>Maria Lopez</p>",
                after="<section class='comments'><p>By Robert Miller</p></section>")
    assert authors(html) == ["Maria Lopez"]


# ----------------------------------------------------------------------------- 2. names holding an org word

@pytest.mark.parametrize("name", ["Gil Press", "Sid Perkins", "Emily Post", "Robert Service", "Rhys ap Gruffydd",
                                  "Ann Daily", "Sarah Times"])
def test_a_given_name_and_a_surname_that_is_an_organisations_word_is_a_person(name: str) -> None:
    data = _data(page(below_headline=f"<p class='byline'>By {name}</p>"))
    assert data["authors"] == [name]
    assert data["organizations"] == []


@pytest.mark.parametrize("credit", ["Washington Post", "Irish Times", "Press Service", "AP", "SID", "Daily Herald",
                                    "Emily Post Group", "Victoria Times Colonist", "Rhys AP Gruffydd"])
def test_an_organisations_word_without_a_given_name_first_is_an_organisation(credit: str) -> None:
    data = _data(page(below_headline=f"<p class='byline'>By {credit}</p>"))
    assert data["authors"] == []


# ----------------------------------------------------------------------------- 3. outlets and NGOs

@pytest.mark.parametrize("outlet", [
    "Kyodo", "Yonhap", "Bernama", "Sputnik", "Greenpeace", "Deutsche Welle", "Al Jazeera", "Business Insider",
    "Le Monde", "El País", "Human Rights Watch", "Amnesty International", "Berliner Morgenpost", "Voice of America",
    "Médecins Sans Frontières", "Mother Jones", "Rolling Stone", "Frankfurter Allgemeine", "Al Arabiya English",
])
def test_an_outlet_or_ngo_credited_beside_the_headline_is_an_organisation(outlet: str) -> None:
    data = _data(page(below_headline=f"<p class='byline'>By {outlet}</p>"))
    assert data["authors"] == []
    assert data["organizations"] == [outlet]


@pytest.mark.parametrize("outlet", ["Die Zeit", "La Stampa", "Het Parool", "Il Foglio", "Le Devoir"])
def test_a_definite_article_and_one_word_beside_the_headline_is_a_publication(outlet: str) -> None:
    data = _data(page(below_headline=f"<p class='byline'>By {outlet}</p>"))
    assert data["authors"] == []
    assert data["organizations"] == [outlet]


def test_an_article_led_name_declared_as_a_person_stays_a_person() -> None:
    html = page(declared_person("La Toya"), below_headline="<p class='byline'>By La Toya</p>")
    assert authors(html) == ["La Toya"]


def test_people_credited_together_stay_people() -> None:
    assert authors(page(below_headline="<p class='byline'>By Tom Jones and Mary Poppins</p>")) == [
        "Tom Jones", "Mary Poppins"]


def test_a_byline_in_a_meta_bar_classed_by_its_comment_counter_is_still_the_writers() -> None:
    # "entry-meta nyo-social-comments": a dev page's byline bar, named for the comment count it shows
    html = page(paragraphs=_SHORT_STORY, below_headline="<div class='entry-meta social-comments'>By Maria Lopez"
                " &bull; 11/08/23 5:19pm</div>")
    data = _data(html)
    assert data["authors"] == ["Maria Lopez"]
    assert "headline-credit" in data["author_support"][0]["sources"]  # type: ignore[index]


def test_a_sign_off_in_a_story_wrapped_whole_in_a_comment_classed_element_is_still_the_writers() -> None:
    # the headline stands outside the wrapper, the story and its sign-off inside ("post-with-comments")
    html = page(paragraphs=_LONG_STORY, below_headline="<div class='post-with-comments'>",
                below_body="<p>Von Clemens Höges</p></div>")
    assert authors(html) == ["Clemens Höges"]
