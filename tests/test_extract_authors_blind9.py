"""Authors, extractor version 68 (issue 15, persons precision): authors-blind9's first-run classes.

authors-blind9 (89 public projects' test pages, labelled blind; bench/labels/README.md) reported 4 wrong persons of
45 at version 67. Their classes, in general form, with the right credits beside them: a company credited as the
writer (a kind word closing its name) is an organisation; a credit in Chinese, Japanese or Korean script with a
dash, or of more than six Han characters, is a channel or a desk, no person; a word run together after a full name
makes the name doubtful (its head may be a third name part or the next element's first half), and nothing is
reported rather than a cut word kept; a couple credited with one surname gives it to each given name. And two of
its misses' classes: a month that is also a given name between a given name and a surname is a middle name, and
the Finnish label "Teksti:" leads a credit. Fixtures of our own.
"""

from __future__ import annotations

import pytest
from author_pages import authors, declared_person, page

from archiver.extract.signals import name_kind


def _meta_author(name: str) -> str:
    return f"<meta name='author' content='{name}'>"


@pytest.mark.parametrize("company", ["Harbor Software", "Quayside Systems", "Northpier Capital Investors",
                                     "Harbor Analytics", "Dockside Therapeutics"])
def test_a_company_declared_as_the_author_is_an_organisation(company: str) -> None:
    html = page(_meta_author(company), below_headline=f"<p>SOURCE {company}</p>")
    assert authors(html) == []
    assert name_kind(company) == "org"


@pytest.mark.parametrize("name", ["Jane Partridge", "Software Engineer"])
def test_a_kind_word_not_closing_a_name_makes_no_company(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_writer_declared_and_printed_is_kept_beside_the_company_rule() -> None:
    html = page(_meta_author("Jane Doe"), below_headline="<p class='byline'>By Jane Doe</p>")
    assert authors(html) == ["Jane Doe"]


@pytest.mark.parametrize("credit", ["港湾财经-自媒体综合", "港湾财经自媒体综合频道"])
def test_a_cjk_credit_with_a_dash_or_of_many_han_characters_is_no_person(credit: str) -> None:
    html = page(declared_person(credit), below_headline=f"<p class='author'>{credit}</p>", lang="zh")
    assert authors(html) == []
    assert name_kind(credit) is None


@pytest.mark.parametrize("name", ["段彦超", "欧阳修", "爱新觉罗·溥仪", "송유민", "オカモト"])
def test_a_cjk_name_of_a_few_characters_is_a_person(name: str) -> None:
    assert name_kind(name) == "person"


def test_a_word_run_together_after_a_full_name_makes_it_doubtful() -> None:
    html = page(below_headline="<p class='byline'>By Brian Lake WordPress No Comments</p>")
    assert "Brian Lake Word" not in authors(html)


@pytest.mark.parametrize(("byline", "name"), [
    ("By Isabel KeaneJournal New", "Isabel Keane"),
    ("By Mary Ann DoeFollow", "Mary Ann Doe"),
])
def test_a_surname_with_the_next_element_run_on_is_still_cut(byline: str, name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{byline}</p>")) == [name]


def test_a_couple_with_a_shared_surname_in_a_byline_is_two_full_names() -> None:
    html = page(below_headline="<p class='byline'>By Brett &amp; Kate Lake</p>")
    assert authors(html) == ["Brett Lake", "Kate Lake"]


def test_a_couple_declared_together_is_two_full_names() -> None:
    html = page("<div itemprop='author'>Brett &amp; Kate Lake</div>",
                below_headline="<p><span class='vcard author'>Brett &amp; Kate Lake</span></p>")
    assert authors(html) == ["Brett Lake", "Kate Lake"]


@pytest.mark.parametrize(("byline", "names"), [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Brett Lake &amp; Kate", ["Brett Lake"]),
])
def test_names_without_a_shared_surname_are_kept_as_printed(byline: str, names: list[str]) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{byline}</p>")) == names


@pytest.mark.parametrize("name", ["Laura June Topolsky", "Sarah May Jones", "Anna April Berg"])
def test_a_given_name_month_between_given_name_and_surname_is_a_middle_name(name: str) -> None:
    assert name_kind(name) == "person"
    assert authors(page(below_headline=f"<p class='byline'>By {name}</p>")) == [name]


@pytest.mark.parametrize("name", ["Regan September", "Jane Doe June", "Joe Wee Monday", "June March Doe"])
def test_a_month_elsewhere_in_a_name_is_still_a_date(name: str) -> None:
    assert name_kind(name) is None


def test_the_finnish_text_label_leads_a_credit() -> None:
    html = page(below_headline="<p>Teksti: Petteri Laine</p>", lang="fi")
    assert authors(html) == ["Petteri Laine"]
