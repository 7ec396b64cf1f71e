"""Authors: wrong or lost persons the last rounds left (task authleft51, issue 15), and auth50's review. Each class
beside a neighbour that keeps its right name; a wrong author in a citation is worse than none.

0. auth50's edges: a listed multi-word place is no person wherever it is credited ("By Hong Kong Correspondent");
   a writer "of" an organisation whose name holds particles ("Juan de los Santos of Reuters").
1. A recipe card's label before a dish named for a person ("Recipe: Shirley Temple", which the article names again)
   or inside a list of ingredients names no one.
2. One word after "By" is a person only with other evidence: a listed given name or a declaration naming it.
3. A lone first name is filled out only from a line that credits or presents the writer, never a teaser's headline.
4. An organisation's word as the surname after a listed given name ("By Anna Presse") is a person's.
5. An affiliation after the name in FR/ES/IT/PT ("Jean Dupont, du Monde", "Juan Pérez de El País") and a place after
   "of"/"from" ("Tom Smith of Minneapolis") are neither a person nor part of one.
6. A name over "<date> · N min read" that the page names again only in its author box ("All articles by ...") is
   the writer, not the story's subject.
"""

from __future__ import annotations

import pytest
from author_pages import URL, authors, declared_person, page

from archiver.extract import extract


def _read(byline: str, **kw: str) -> tuple[list[str], list[str]]:
    """(persons, organisations) the extractor reports for the story with ``byline`` under its headline."""
    out = extract(page(below_headline=byline, **kw), url=URL).to_dict()
    return list(out["authors"]), list(out["organizations"])


# --- 0. auth50's edges


@pytest.mark.parametrize("byline", ["By Hong Kong Correspondent", "By Sri Lanka", "Von Buenos Aires"])
def test_a_listed_place_credited_after_a_lead_is_no_person(byline: str) -> None:
    assert _read(f"<p>{byline}</p>")[0] == []


@pytest.mark.parametrize("byline", ["By Anna Hong", "By Kong Li", "Por Juan de la Cruz"])
def test_a_name_sharing_a_word_with_a_listed_place_is_still_the_writer(byline: str) -> None:
    assert _read(f"<p>{byline}</p>")[0] == [byline.split(" ", 1)[1]]


def test_a_writer_whose_name_holds_particles_of_an_agency_is_the_person() -> None:
    assert _read("<p>By Juan de los Santos of Reuters</p>") == (["Juan de los Santos"], ["Reuters"])


# --- 1. a recipe card's label before a dish


_STEPS = ("<ol><li>Fill a tall glass with ice and pour in the ginger ale.</li><li>Add the grenadine slowly and "
          "finish it with a cherry on top.</li></ol>")


def _card(label: str, name: str, story: str) -> bytes:
    return page(paragraphs=[story, "Serve it straight away, while the ice is still whole and the glass is cold."],
                below_body=f"{_STEPS}<div class='recipe-author'><span>{label}</span> <cite>{name}</cite></div>"
                           "<p>Keep the grenadine in the fridge once the bottle is open, for a month at most.</p>")


def test_a_dish_named_for_a_person_that_the_article_names_again_is_no_writer() -> None:
    html = _card("Recipe:", "Shirley Temple", "A Shirley Temple is the drink every child orders at a wedding, and it "
                                              "takes two minutes to make at home with what most fridges hold.")
    assert authors(html) == []


def test_a_cocktail_named_for_a_person_after_its_article_is_no_writer() -> None:
    html = _card("Recipe:", "Tom Collins", "The Tom Collins is older than most bars that serve it, and the gin "
                                           "in it matters less than the lemon and the soda water.")
    assert authors(html) == []


def test_a_cooks_name_the_article_never_names_is_still_the_writer() -> None:
    html = _card("Recipe:", "Shirley Baker", "This drink is the one every child orders at a wedding, and it takes "
                                             "two minutes to make at home with what most fridges hold.")
    assert authors(html) == ["Shirley Baker"]


def test_a_recipe_label_inside_a_list_of_ingredients_is_no_writer() -> None:
    html = page(lang="de", below_body="<ul><li>200 g Mehl</li><li>2 EL Zucker</li><li>Rezept: Anna Müller</li>"
                                      "<li>1 Prise Salz</li></ul><p>Den Teig eine Stunde ruhen lassen und dann "
                                      "im Ofen bei 180 Grad backen, bis er goldbraun ist.</p>")
    assert authors(html) == []


# --- 2. one word after "By"


def test_one_word_after_by_that_is_no_given_name_is_no_person() -> None:
    assert _read("<p>By Travel</p>")[0] == []


def test_one_listed_given_name_after_by_is_still_the_writer() -> None:
    assert _read("<p>By Grace</p>")[0] == ["Grace"]


def test_one_word_after_by_that_the_page_declares_its_author_is_the_writer() -> None:
    assert _read("<p>By Zorrowitz</p>", head=declared_person("Zorrowitz"))[0] == ["Zorrowitz"]


# --- 3. a first name filled out


def test_a_first_name_is_not_filled_out_from_a_teasers_headline() -> None:
    html = page(below_headline="<p>By Nils</p>",
                after="<ul class='related'><li><a href='/b'>Nils Holgersson returns to the stage</a></li></ul>")
    assert authors(html) == ["Nils"]


def test_a_first_name_is_not_filled_out_from_a_comment_run_on_after_the_posters_name() -> None:
    comment = ("Robert Ich möchte betonen, dass ich nicht behaupten möchte, alle Mitglieder des Rates hätten so "
               "gestimmt, wie es im Bericht steht.")
    html = page(lang="de", below_headline="<p>Von Robert</p>", after=f"<div class='comments'><p>{comment}</p></div>")
    assert authors(html) == ["Robert"]


def test_a_first_name_is_filled_out_from_the_author_box_under_the_article() -> None:
    html = page(below_headline="<p>By Nils</p>", after="<div class='author-box'><p>Nils Pickert</p></div>")
    assert authors(html) == ["Nils Pickert"]


def test_a_first_name_is_filled_out_from_a_labelled_credit_line() -> None:
    html = page(lang="de", below_headline="<p>Von Nils</p>", below_body="<p>Eine Kolumne von Nils Pickert</p>")
    assert authors(html) == ["Nils Pickert"]


def test_a_first_name_is_filled_out_from_a_credit_line() -> None:
    html = page(below_headline="<p>By Nils</p>", below_body="<p>Written by Nils Pickert</p>")
    assert authors(html) == ["Nils Pickert"]


# --- 4. an organisation's word as a surname


@pytest.mark.parametrize("name", ["Anna Presse", "Anna College", "Lucy Library"])
def test_an_organisations_word_after_a_given_name_is_a_surname(name: str) -> None:
    assert _read(f"<p>By {name}</p>")[0] == [name]


@pytest.mark.parametrize("name", ["Boston Public Library", "Harvard College", "Grace Media"])
def test_an_organisation_named_with_its_word_is_still_no_person(name: str) -> None:
    assert _read(f"<p>By {name}</p>")[0] == []


# --- 5. an affiliation or a place after the name


def test_a_french_writer_du_outlet_after_a_comma_is_the_person_alone() -> None:
    assert _read("<p>Par Jean Dupont, du Monde</p>", lang="fr")[0] == ["Jean Dupont"]


def test_a_french_writer_du_outlet_is_the_person_and_the_outlet() -> None:
    assert _read("<p>Par Jean Dupont du Monde</p>", lang="fr") == (["Jean Dupont"], ["Le Monde"])


def test_a_spanish_writer_de_outlet_is_the_person_and_the_outlet() -> None:
    assert _read("<p>Por Juan Pérez de El País</p>", lang="es") == (["Juan Pérez"], ["El País"])


def test_an_italian_writer_della_outlet_is_the_person() -> None:
    assert _read("<p>Di Mario Rossi della Repubblica</p>", lang="it")[0] == ["Mario Rossi"]


@pytest.mark.parametrize("byline", ["By Tom Smith of Minneapolis", "By Sarah Lee from Hong Kong"])
def test_a_place_after_of_is_dropped_and_the_writer_kept(byline: str) -> None:
    assert _read(f"<p>{byline}</p>") == ([" ".join(byline.split()[1:3])], [])


@pytest.mark.parametrize("byline", ["Par Jean de La Fontaine", "Di Leonardo da Vinci", "Por Juan de la Cruz",
                                    "Von Ursula von der Leyen"])
def test_a_particle_inside_a_name_is_still_the_name(byline: str) -> None:
    assert _read(f"<p>{byline}</p>")[0] == [byline.split(" ", 1)[1]]


def test_an_english_affiliation_after_a_comma_loses_its_of() -> None:
    assert _read("<p>By Mary Lee, of Reuters</p>") == (["Mary Lee"], ["Reuters"])


# --- 6. a name over "<date> · N min read" that its author box names


_META = "<p>A short standfirst on the budget.</p><div>Elliot Ramsgate</div><div>23.07.2025 · 6 min read</div>"


def test_a_name_over_a_reading_time_that_only_its_author_box_names_again_is_the_writer() -> None:
    html = page(below_headline=_META, after="<div class='author'><p>Elliot Ramsgate</p>"
                                            "<a href='/a'>All articles by Elliot Ramsgate</a></div>")
    assert authors(html) == ["Elliot Ramsgate"]


def test_a_name_over_a_reading_time_that_the_story_names_again_is_still_its_subject() -> None:
    html = page(below_headline=_META, below_body="<p>Ramsgate said the budget would hold until the spring.</p>")
    assert authors(html) == []
