"""Authors: the classes authors-blind18's first run missed or got wrong (round b19auth, issue 15: persons right or
absent). Each class beside a neighbour that must stay as it was. Fixtures of our own; names invented.

1. A credential or job line is never a person's name ("Licensed ... Grader", "Certified Financial Planner",
   "Zertifizierter Ernährungsberater"); the name over it is the writer when the page prints it again after the story.
2. "Autor / Redakteur: <writer> / <editor>" (and "Text / Redaktion:", "Author / Editor:"): the writer only.
3. "Author:" alone on its line, the name on the next and a date under it, after the story: the writer when the
   layout guess names the same person and the page prints no other author label.
4. "by <Name> ● <date> ● <n> min read": the separators a theme's meta line uses.
5. A one-word pen name glued to its date under the headline, with the writer's card after the story.
6. "By <declared first name>" run on by the post's category on the same line: the declared name.
"""

from __future__ import annotations

import pytest
from author_pages import PARAGRAPHS, authors, page, resolve_with_guess

from archiver.extract.credential_names import credential_line
from archiver.extract.labelled_credits import lone_dated_label, paired_label_credit

_STANDFIRST = "<p>A solo developer looks back on five years of building small games for the harbour arcade.</p>"

# --- 1. a credential line is no name


@pytest.mark.parametrize("line", [
    "Licensed Q Arabica Grader", "Certified Financial Planner", "Registered Dietitian", "Zertifizierter Ernährungsberater",
    "Diplômée Nutritionniste", "Certificada Nutricionista", "Abilitato Consulente", "Sports Nutritionist",
    "Credenciada Consultora"])
def test_a_credential_or_job_line_is_no_name(line: str) -> None:
    assert credential_line(line)


@pytest.mark.parametrize("name", ["Jane Planner", "Licenciado Juan Pérez", "Tomas Ferreira", "Registered Tomas"])
def test_a_name_with_a_listed_given_name_or_without_a_credential_word_stays_a_name(name: str) -> None:
    assert not credential_line(name)


def test_a_guessed_credential_line_is_never_reported_as_the_writer() -> None:
    lines = ["Council approves harbour budget after long debate", "Zarek Dejko",
             "Certified Harbour Pilot, M.A. Maritime Studies", *PARAGRAPHS]
    meta = resolve_with_guess(page(below_headline="<p>Zarek Dejko</p><p>Certified Harbour Pilot, M.A. Maritime "
                                                  "Studies</p>"), guess="Certified Harbour Pilot", lines=lines)
    assert list(meta.authors) == []


def test_a_name_over_its_credential_under_the_standfirst_is_the_writer_when_the_page_prints_it_again() -> None:
    html = page(below_headline=f"{_STANDFIRST}<p>Zarek Dejko</p><p>Certified Harbour Pilot, M.A. Maritime Studies</p>",
                after="<aside><p>Zarek Dejko</p><p>Hello, and welcome! I'm the founder of this site.</p></aside>")
    assert authors(html) == ["Zarek Dejko"]


def test_a_name_over_a_credential_that_the_page_prints_nowhere_else_names_no_one() -> None:
    html = page(below_headline=f"{_STANDFIRST}<p>Zarek Dejko</p><p>Certified Harbour Pilot, M.A. Maritime Studies</p>")
    assert authors(html) == []


# --- 2. a writer's and an editor's label in one line


@pytest.mark.parametrize(("line", "writers"), [
    ("22.09.16 | Autor / Redakteur: Tomas Ferreira / Dr. Lena Vogt", ["Tomas Ferreira"]),
    ("Autorin / Redakteurin: Lena Vogt / Tomas Ferreira", ["Lena Vogt"]),
    ("Text / Redaktion: Tomas Ferreira / Lena Vogt", ["Tomas Ferreira"]),
    ("Author / Editor: Tomas Ferreira / Lena Vogt", ["Tomas Ferreira"]),
    ("Auteur / Rédaction : Tomas Ferreira / Lena Vogt", ["Tomas Ferreira"]),
    ("Autor / Edición: Tomas Ferreira / Lena Vogt", ["Tomas Ferreira"]),
])
def test_a_writer_and_editor_label_pair_gives_the_writer_only(line: str, writers: list[str]) -> None:
    assert paired_label_credit(line) == writers


@pytest.mark.parametrize("line", [
    "Autor / Redakteur: Tomas Ferreira",  # fewer names than labels: nothing to pair
    "Fotos / Video: Tomas Ferreira / Lena Vogt",  # no writer's label
    "Autor / Redakteur: Harbor Daily Redaktion / Lena Vogt",  # no person at the writer's place
])
def test_a_label_pair_that_does_not_pair_a_writer_with_a_name_gives_no_one(line: str) -> None:
    assert paired_label_credit(line) == []


def test_the_writer_of_a_label_pair_under_the_headline_is_reported() -> None:
    html = page(below_headline="<p>22.09.16 | Autor / Redakteur: Tomas Ferreira / Dr. Lena Vogt</p>", lang="de")
    assert authors(html) == ["Tomas Ferreira"]


# --- 3. "Author:" alone, the name on the next line, after the story

_FOOT = ["Form an LLC in the harbour district", "Get started", "Author:", "Tomas Ferreira", "Last Updated:",
         "February 1, 2026", "Disclaimer"]


def test_the_pages_one_dated_author_label_names_the_writer() -> None:
    assert lone_dated_label(["Council approves harbour budget", *PARAGRAPHS, *_FOOT]) == ["Tomas Ferreira"]


def test_a_second_author_label_on_the_page_is_a_list_and_names_no_one() -> None:
    teaser = ["Another story", "Author:", "Lena Vogt", "March 3, 2026"]
    assert lone_dated_label(["Council approves harbour budget", *PARAGRAPHS, *_FOOT, *teaser]) == []


def test_an_author_label_at_the_guides_foot_is_the_writer_when_the_layout_guess_agrees() -> None:
    filler = [f"Harbour link {k}" for k in range(30)]
    lines = ["Council approves harbour budget after long debate", *PARAGRAPHS, *filler, *_FOOT]
    meta = resolve_with_guess(page(), guess="Tomas Ferreira", lines=lines)
    assert list(meta.authors) == ["Tomas Ferreira"]


def test_a_guess_printed_only_far_after_the_story_without_the_label_is_not_reported() -> None:
    filler = [f"Harbour link {k}" for k in range(30)]
    lines = ["Council approves harbour budget after long debate", *PARAGRAPHS, *filler, "Tomas Ferreira",
             "February 1, 2026"]
    meta = resolve_with_guess(page(), guess="Tomas Ferreira", lines=lines)
    assert list(meta.authors) == []


# --- 4. a meta line's separators


@pytest.mark.parametrize("sep", ["●", "•", "·", "—", "∙"])
def test_a_lower_case_by_line_with_a_meta_lines_separators_names_the_writer(sep: str) -> None:
    html = page(below_headline=f"<p>by Tomas Ferreira {sep} December 23, 2025 {sep} 6 min read</p>")
    assert authors(html) == ["Tomas Ferreira"]


def test_a_piped_by_line_still_names_the_writer() -> None:
    assert authors(page(below_headline="<p>By Tomas Ferreira | December 23, 2025</p>")) == ["Tomas Ferreira"]


# --- 5. a one-word pen name glued to its date

_CARD = "<p>Zarek</p><p>Zarek, as a seasoned editor at the harbour desk, writes about ports and ferries.</p>"


def test_a_pen_name_glued_to_its_date_is_the_writer_when_the_writers_card_names_it() -> None:
    html = page(below_headline="<p>Zarek3/4/2025</p>", after=_CARD)
    assert authors(html) == ["Zarek"]


def test_a_word_glued_to_a_date_without_a_writers_card_names_no_one() -> None:
    assert authors(page(below_headline="<p>Zarek3/4/2025</p>")) == []


def test_a_word_glued_to_a_date_that_the_story_names_is_its_subject() -> None:
    story = [*PARAGRAPHS[:2], "Zarek, the harbour's oldest ferry, will be retired after the summer season ends."]
    assert authors(page(below_headline="<p>Zarek3/4/2025</p>", after=_CARD, paragraphs=story)) == []


# --- 6. "By <first name>" run on by the category


def test_a_declared_first_name_run_on_by_the_category_is_the_writer() -> None:
    head = "<meta name='author' content='Marie'>"
    meta_line = ("<div class='entry-meta'><span class='byline'>By <a href='/author/m'>Marie</a></span>\n"
                 "<span class='cat-links'><a href='/category/blog/'>Blog</a></span></div>")
    html = page(head, below_headline=meta_line)
    assert authors(html) == ["Marie"]


def test_a_declared_first_name_printed_with_a_surname_keeps_the_printed_name() -> None:
    head = "<meta name='author' content='Marie'>"
    html = page(head, below_headline="<p><span class='byline'>By Marie Ferreira</span></p>")
    assert authors(html) == ["Marie Ferreira"]
