"""Metadata a citation can rest on: one small page of our own per error class seen on real pages.

Each fixture in tests/data/extract/metadata/ is a plain article page with one trap: interface
text, a dateline word or a label where the byline is read, an organisation credited as author,
a section heading in <h1>, a site name as title, a "Last updated" line. Authors must be persons
only (right or absent), organisations go to ``organizations``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.extract import Article, extract
from archiver.extract.signals import clean_authors, name_kind, persons_and_orgs

DATA = Path(__file__).parent / "data" / "extract" / "metadata"
URL = "https://harbordaily.example/news/council-budget"
HEADLINE = "Council approves harbour budget after long debate"


def _page(name: str) -> Article:
    return extract((DATA / name).read_bytes(), url=URL)


# ---------------------------------------------------------------- authors: persons only

def test_account_widget_text_is_not_the_byline() -> None:
    assert _page("author-ui-widget.html").authors == ("Maria Keller",)


def test_relative_date_glued_to_the_name_is_dropped() -> None:
    assert _page("author-dateline-glued.html").authors == ("Anna Berg",)


def test_label_word_alone_is_no_author() -> None:
    assert _page("author-label-only.html").authors == ()


def test_last_updated_line_is_no_author() -> None:
    assert _page("author-last-updated.html").authors == ()


def test_news_agency_goes_to_organizations_not_authors() -> None:
    art = _page("author-agency.html")
    assert art.authors == ()
    assert art.organizations == ("NJ Advance Media",)


def test_organisation_is_not_split_on_and() -> None:
    art = _page("author-org-and.html")
    assert art.authors == ()
    assert art.organizations == ("The Russian and Syrian defense ministries",)


def test_jsonld_organization_author_is_kept_apart_from_the_person() -> None:
    art = _page("author-org-merged.html")
    assert art.authors == ("Fiona Berg",)
    assert art.organizations == ("Condé Nast",)


def test_declared_person_beats_the_publisher_named_as_author() -> None:
    art = _page("author-person-over-publisher.html")
    assert art.authors == ("Kai Lund",)
    assert art.publisher == "Harbor Daily Media Group"
    assert "Harbor Daily Media Group" in art.organizations


def test_organizations_and_publisher_travel_in_to_dict() -> None:
    d = _page("author-person-over-publisher.html").to_dict()
    assert d["organizations"] == ["Harbor Daily Media Group"]
    assert d["publisher"] == "Harbor Daily Media Group"
    assert Article.from_dict(d).organizations == ("Harbor Daily Media Group",)


@pytest.mark.parametrize("name", ["Maria Keller", "Иван Петров", "José de la Cruz", "April Roach",
                                  "Jan Kupitz", "张伟", "Anne-Sophie Müller"])
def test_person_names_across_scripts_are_persons(name: str) -> None:
    assert name_kind(name) == "person"


@pytest.mark.parametrize("text", ["Log in", "Anmelden", "Войти", "Autor", "作者", "Author:",
                                  "Updated 3 hours ago", "vor 3 Stunden", "hace 2 horas", "Name",
                                  "Wordpressadmin", "12.03.2021", "cipha[at]cipha.net",
                                  "Revised Edition Edited by Adrian Parr"])
def test_interface_label_and_date_text_is_neither_person_nor_org(text: str) -> None:
    assert persons_and_orgs(clean_authors(text)) == ([], [])


@pytest.mark.parametrize("text", ["Associated Press", "Condé Nast", "dpa", "Redaktion", "spiegel.de",
                                  "Ministerio de Defensa", "The Editorial Board"])
def test_agencies_newsrooms_and_companies_are_organisations(text: str) -> None:
    assert persons_and_orgs(clean_authors(text))[0] == []


def test_people_joined_by_and_are_split() -> None:
    assert persons_and_orgs(clean_authors("Jane Doe and John Roe")) == (["Jane Doe", "John Roe"], [])


def test_listing_lead_is_stripped_from_the_name() -> None:
    assert persons_and_orgs(clean_authors("Zeige alle Beiträge von Petra Ruland"))[0] == ["Petra Ruland"]


# ---------------------------------------------------------------- titles

def test_section_heading_in_h1_does_not_beat_the_article_title() -> None:
    assert _page("title-section-h1.html").title == HEADLINE


def test_site_name_is_never_the_title() -> None:
    assert _page("title-site-fragment.html").title == HEADLINE


def test_title_keeps_its_own_first_part_before_a_dash() -> None:
    assert _page("title-dash-in-headline.html").title == "Beyond the page - how archives keep the web"


# ---------------------------------------------------------------- dates

def test_last_updated_line_is_modified_and_declared_publication_stays() -> None:
    art = _page("date-last-updated.html")
    assert art.published.startswith("2021-03-01")
    assert art.modified == "2021-03-09"
    assert dict(art.sources)["modified"] == "updated-line"


# ---------------------------------------------------------------- authors: doubtful names go unreported

def test_account_handle_declared_as_person_is_no_author() -> None:
    assert _page("author-handle.html").authors == ()


def test_domain_written_out_as_a_name_is_no_author() -> None:
    assert _page("author-domain-name.html").authors == ()


def test_compound_organisation_name_goes_to_organizations() -> None:
    art = _page("author-org-compound.html")
    assert art.authors == ()
    assert art.organizations == ("Deutscher Hafenverband",)


def test_media_group_declared_as_person_is_kept_apart_from_the_person() -> None:
    art = _page("author-media-group-as-person.html")
    assert art.authors == ("Marie Merlet",)
    assert "Prisma Média" in art.organizations


def test_first_name_alone_gives_way_to_the_full_name_the_page_prints() -> None:
    art = _page("author-first-name-only.html")
    assert art.authors == ("Kai Lund",)
