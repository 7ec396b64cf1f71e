"""Issue 15 (auth71): the wrong persons the rounds before left, at their class.

1. One place test for every reader of a name (:mod:`archiver.extract.place_names`): a place credited as the writer
   ("By New York City", "Por Ciudad de México", a JSON-LD Person "Fort Worth") is no person, whatever source names
   it; a person named like a place ("Jenny Park", "Margaret Court") stays a person, and a credit keeps even "Victoria
   Park" one, where the same two words alone over the date are a place.
2. A name's word holds the combining marks its letters carry (:data:`archiver.extract.name_letters.WORD`): a guest
   note or a guest's card naming "Nguyễn Thị Linh" or "Zoë Ångström" written decomposed, or a writer in Devanagari,
   Bengali or Thai (scripts without case, their vowel signs marks), names the writer; it was cut at the first mark
   and lost. The table of marks is the running Python's (:mod:`archiver.extract.combining_marks`).
3. One list of a name's particles (:data:`archiver.extract.name_letters.PARTICLES`): four readers kept four lists, and
   a byline "By Hilma af Klint", "By Pietro dello Russo", "Von Jean des Cars", "By Siti binti Abdullah" was lost
   where one of them missed the particle.
4. A job title before the name in Czech, Slovak or Polish ("Redaktorka Anna", "Reportérka Jana", "Spravodajca Peter
   Kováč") is no part of the name: before a full name it is cut off, before a given name alone the credit names a
   post, no person (as "Redakteurin Meier" and "Editor Mason" did).
5. A Korean byline's label is read before the credit is split at a slash ("사진 / 글 홍길동 기자" gave "사진", the
   word for "photo", as a person; "글 / 사진 홍길동" no writer), and a label closed by a colon or "=" ("글=홍길동 기자",
   "사진/글: 홍길동 기자") or joined by a full-width slash is a label too.
6. The two wrong names of the dev sets the README listed, at their class: a given name written out and closed by a
   full stop before an initial ("Alex. S", a Q&A site's asker in microdata) is a user's display name, no writer's;
   a byline's lone given name is not completed to a full name the headline names ("Dago" to "Dago Leukefeld" under
   "Dago Leukefeld wird Botschafter ..."): that is the story's subject.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from author_pages import authors, declared_person, page

from archiver.extract import combining_marks
from archiver.extract.combining_marks import MARKS, mark_ranges
from archiver.extract.name_letters import WORD
from archiver.extract.place_names import place_name
from archiver.extract.signals import clean_authors

DATE = "<p>June 3, 2024</p>"

# --- 1. one place test


@pytest.mark.parametrize(("credit", "lang"), [
    ("By New York City", "en"), ("Por Ciudad de México", "es"), ("By Fort Worth", "en"), ("By Mount Vernon", "en"),
    ("Von Frankfurt am Main", "de"), ("Von Freiburg im Breisgau", "de"), ("By Kingston upon Thames", "en"),
    ("Par Boulogne-sur-Mer", "fr"), ("Par Aix-en-Provence", "fr")])
def test_a_place_credited_as_the_writer_is_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang=lang)) == []


@pytest.mark.parametrize("place", ["New York City", "Fort Worth"])
def test_a_place_declared_a_person_and_printed_as_the_byline_is_no_person(place: str) -> None:
    assert authors(page(declared_person(place), below_headline=f"<p>By {place}</p>")) == []


@pytest.mark.parametrize("name", ["Jenny Park", "Min-ji Park", "Margaret Court", "Grace Park", "Victoria Park",
                                  "Anna von der Goltz", "Juan de la Cruz"])
def test_a_person_named_like_a_place_and_credited_stays_a_person(name: str) -> None:
    assert authors(page(below_headline=f"<p>By {name}</p>")) == [name]


def test_a_person_named_like_a_place_declared_and_printed_stays_a_person() -> None:
    assert authors(page(declared_person("Jenny Park"), below_headline="<p>By Jenny Park</p>")) == ["Jenny Park"]


def test_a_given_name_and_a_family_name_that_is_a_place_word_over_the_date_is_the_writer() -> None:
    assert authors(page(below_headline=f"<p>Tom Lake</p>{DATE}")) == ["Tom Lake"]


@pytest.mark.parametrize("place", ["Victoria Park", "Hyde Park", "Alice Springs"])
def test_a_place_alone_over_the_date_is_no_writer(place: str) -> None:
    assert authors(page(below_headline=f"<p>{place}</p>{DATE}")) == []


@pytest.mark.parametrize(("name", "credited", "place"), [
    ("Jenny Park", False, False), ("Jenny Park", True, False), ("Victoria Park", False, True),
    ("Victoria Park", True, False), ("Hyde Park", False, True), ("Elizabeth City", False, True),
    ("Tomson Highway", True, False), ("Tomson Highway", False, True),
    ("Ciudad de México", True, True), ("Halle an der Saale", True, True), ("Stratford-upon-Avon", True, True),
    ("Anna Rivlin-Nadler", True, False), ("Omar al-Hassan", True, False), ("Santa Ono", True, False),
    ("Lake Bell", True, False)])
def test_one_place_test_answers_both_kinds_of_reader(name: str, credited: bool, place: bool) -> None:
    assert place_name(name, credited=credited) is place


# --- 2. combining marks in a name's word

OWNER = "<p>By Owner Person</p>"
MARKED = [unicodedata.normalize("NFD", "Nguyễn Thị Linh"), unicodedata.normalize("NFD", "Zoë Ångström"),
          "राहुल शर्मा", "অনির্বাণ রায়", "สมชาย ใจดี"]


@pytest.mark.parametrize("name", MARKED)
def test_a_guest_note_naming_a_writer_with_combining_marks_names_her(name: str) -> None:
    assert authors(page(below_headline=f"{OWNER}<p>This is a guest post by {name}.</p>")) == [name]


@pytest.mark.parametrize("name", MARKED)
def test_a_guest_card_naming_a_writer_with_combining_marks_names_her(name: str) -> None:
    card = f"<aside><h3>Guest author {name}</h3><p>{name.split()[0]} is a writer on home and family topics.</p></aside>"
    assert authors(page(after=card)) == [name]


def test_a_guest_note_naming_a_desk_in_devanagari_names_no_one() -> None:
    assert authors(page(below_headline=f"{OWNER}<p>This is a guest post by संवाददाता.</p>")) == ["Owner Person"]


@pytest.mark.parametrize("word", [unicodedata.normalize("NFD", "Nguyễn"), "शर्मा", "ใจดี", "Jean-Luc"])
def test_a_names_word_is_matched_whole_with_its_marks(word: str) -> None:
    assert re.fullmatch(WORD, word)


def test_a_mark_with_no_letter_before_it_opens_no_word() -> None:
    assert re.fullmatch(WORD, "\u0301a") is None


@pytest.mark.skipif(unicodedata.unidata_version != combining_marks.UNIDATA_VERSION,
                    reason="the table of marks was printed from other Unicode tables: used as shipped")
def test_the_table_of_marks_is_the_running_pythons() -> None:
    assert MARKS[1:-1] == mark_ranges()


# --- 3. one list of particles


@pytest.mark.parametrize("name", ["Hilma af Klint", "Pietro dello Russo", "Giulia degli Esposti", "Jean des Cars",
                                  "Siti binti Abdullah", "Karl vom Stein", "Omar bin Hassan", "Ana de las Casas"])
@pytest.mark.parametrize("lead", ["By", "Von"])
def test_a_byline_naming_a_person_with_a_particle_names_her(name: str, lead: str) -> None:
    assert authors(page(below_headline=f"<p>{lead} {name}</p>")) == [name]


def test_two_lower_case_words_that_are_no_particles_are_still_a_phrase() -> None:
    assert authors(page(below_headline="<p>By Karl vom und zum Stein</p>")) == []


# --- 4. a Czech, Slovak or Polish job title before the name


@pytest.mark.parametrize(("credit", "lang"), [
    ("Redaktorka Anna", "cs"), ("Reportérka Jana", "cs"), ("Dziennikarka Anna", "pl"), ("Novinárka Eva", "sk")])
def test_a_job_title_and_a_given_name_credit_no_person(credit: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {credit}</p>", lang=lang)) == []


@pytest.mark.parametrize(("credit", "name", "lang"), [
    ("Redaktorka Anna Nováková", "Anna Nováková", "cs"), ("Spravodajca Peter Kováč", "Peter Kováč", "sk"),
    ("Reporterka Anna Nowak", "Anna Nowak", "pl")])
def test_a_job_title_before_a_full_name_is_cut_off(credit: str, name: str, lang: str) -> None:
    assert authors(page(below_headline=f"<p>Autor: {credit}</p>", lang=lang)) == [name]


def test_a_full_name_with_no_title_is_unchanged() -> None:
    assert authors(page(below_headline="<p>Autor: Jan Novák</p>", lang="cs")) == ["Jan Novák"]


# --- 5. a Korean byline's label before a slash


@pytest.mark.parametrize(("credit", "names"), [
    ("사진 / 글 홍길동 기자", ["홍길동"]), ("글 / 사진 홍길동", ["홍길동"]), ("글 / 홍길동", ["홍길동"]),
    ("사진 / 홍길동 기자, 글 / 김철수 기자", ["김철수"]), ("사진 / 연합뉴스", [])])
def test_a_korean_label_is_read_before_the_credit_is_split_at_a_slash(credit: str, names: list[str]) -> None:
    assert clean_authors(credit) == names


@pytest.mark.parametrize("credit", ["글=홍길동 기자", "사진/글: 홍길동 기자", "글／사진 홍길동 기자"])
def test_a_korean_label_closed_by_a_mark_names_the_writer_after_it(credit: str) -> None:
    assert authors(page(below_headline=f"<p>{credit}</p>", lang="ko")) == ["홍길동"]


def test_a_korean_picture_credit_closed_by_an_equals_sign_names_no_writer() -> None:
    assert authors(page(below_headline="<p>사진=홍길동 기자</p>", lang="ko")) == []


def test_a_korean_name_opening_with_a_labels_syllable_is_no_label() -> None:
    assert clean_authors("글로리아 김") == ["글로리아 김"]


# --- 6. a display name, and a given name completed to the story's subject


def _microdata_person(name: str) -> str:
    return (f"<div class='user-details' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
            f"<a href='/users/18300/x'>{name}</a><span class='d-none' itemprop='name'>{name}</span></div>")


@pytest.mark.parametrize("name", ["Alex. S.", "Maria. K"])
def test_a_given_name_closed_by_a_stop_before_an_initial_is_no_writer(name: str) -> None:
    assert authors(page(below_headline=_microdata_person(name))) == []


@pytest.mark.parametrize(("name", "person"), [("Alex S.", "Alex S"), ("Megha M", "Megha M"),
                                              ("Alex. Smith", "Alex. Smith")])
def test_a_given_name_and_an_initial_or_an_old_abbreviation_keeps_its_person(name: str, person: str) -> None:
    assert authors(page(below_headline=_microdata_person(name))) == [person]


BIO = "<aside><p>Kai Lund, der Trainer des Jahres, schreibt hier über Handball und Training.</p></aside>"


def test_a_lone_given_name_is_not_completed_to_the_full_name_the_headline_names() -> None:
    html = page(below_headline="<p>Von Kai</p>", after=BIO, headline="Neuer Botschafter des Sports: Kai Lund übernimmt",
                lang="de")
    assert authors(html) == ["Kai"]


def test_a_lone_given_name_is_completed_from_a_bio_when_the_headline_names_no_one() -> None:
    html = page(below_headline="<p>Von Kai</p>", after=BIO, headline="Der Hafen bekommt einen neuen Steg", lang="de")
    assert authors(html) == ["Kai Lund"]
