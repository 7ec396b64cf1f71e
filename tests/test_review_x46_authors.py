"""Review x46 of extractor 86's author rules (authleft46, blind13), read as an adversary: the wrong authors those
rules gave on pages they were not written from, each fixed in general form.

- "By Ann Grant May 2024": a month with no day, then the year, after the writer's name. The byline's reader cut
  the month as the date's, but trafilatura's guess of the same line ("Ann Grant May", no digit left in it) was
  reported whole: a wrong person. A guess the page prints before a date opening with its last word, a month,
  loses that month as the byline's reader's name does.
- "Ville" opens a public body's name in French only before "de" ("Ville de Paris"); before a name alone it is a
  Finnish given name ("By Ville Valo"), which authleft46's public bodies had made an organisation.
- An elided "d'" after one word of a credit is a particle of the name ("Par Jean d'Ormesson"), or of a body's ("Par
  Ville d'Avignon"): the credit went on as "Jean" and "Ville", wrong persons. After a full name it still ends the
  credit's name where nothing else reads it whole.
"""

from __future__ import annotations

import pytest
from author_pages import URL, authors, page

from archiver.extract import extract


def organisations(html: bytes) -> list[str]:
    return list(extract(html, url=URL).to_dict()["organizations"])


@pytest.mark.parametrize(("line", "name"), [("By Ann Grant May 2024", "Ann Grant"),
                                            ("By Kevin Scott May 2024", "Kevin Scott"),
                                            ("By Jane Partridge May 2024", "Jane Partridge")])
def test_a_writer_before_a_month_and_its_year_is_read_without_the_month(line: str, name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{line}</p>")) == [name]


@pytest.mark.parametrize("name", ["Theresa May", "April Ryan"])
def test_a_name_ending_in_a_month_with_no_date_after_it_stays_whole(name: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>By {name}</p>")) == [name]


# --- "Ville" opens a public body's name only before "de"; alone before a name it is a Finnish given name

@pytest.mark.parametrize("name", ["Ville Valo", "Ville Niinistö"])
def test_a_writer_named_ville_is_a_person_not_a_public_body(name: str) -> None:
    html = page(below_headline=f"<p class='byline'>By {name}</p>")
    assert (authors(html), organisations(html)) == ([name], [])


@pytest.mark.parametrize("body", ["Ville de Paris", "Ville d'Avignon", "Ville du Havre", "Commune d'Anet"])
def test_a_towns_administration_after_ville_is_still_an_organisation(body: str) -> None:
    html = page(below_headline=f"<p class='byline'>Par {body}</p>", lang="fr")
    assert (authors(html), organisations(html)) == ([], [body])


@pytest.mark.parametrize("line", ["Par Jean d'Ormesson", "Par Jean d'Ormesson le 3 mai 2024"])
def test_a_writer_whose_surname_opens_with_an_elided_de_is_read_whole(line: str) -> None:
    assert authors(page(below_headline=f"<p class='byline'>{line}</p>", lang="fr")) == ["Jean d'Ormesson"]
