"""Review rvx49 of round noticeleft49 (extractor 100): fixtures of our own that tried to break each new rule, and the
neighbours the fixes keep.

- A section's label the menu links ("Photography") over a linked name is the picture's credit where the page sets it
  as a caption (in a figcaption), as it was before the round.
- A figure whose picture a lazy loader or a stylesheet draws (``<div data-src>``, ``background-image``) shows a
  picture: its "Source: Reuters" stays the picture's credit, not a table's data source.
- A line labelled a correction stays one though it names a product's fix ("Correction: The update fixed the battery
  bug, not the camera bug as we reported"), and so does an update owning the newsroom's error ("a bug in our election
  map"); a release note's "UPDATE: Fixed a bug where the app would crash ..." stays none.
- A Russian sentence giving a device *to* a company ("на тест компании Росатом", dative) or telling a maker's loan as
  news ("предоставлен производителем для участия в ралли") is not sponsored; the reviewer's disclosures stay.
- The gallery cap's file-name exception needs a credit's sign right before the name: "photography-", "photos-of-",
  "foto-<name>", "photo-by-the-sea-<name>", "credit-union-", "copyright-free-" vouch for nobody.
"""

from __future__ import annotations

import pytest
from notice_articles import credits, notices, page

_MENU = "<nav><a href='/'>Home</a></nav>"
_MENU_SECTIONS = "<nav><a href='/'>Home</a><a href='/photography'>Photography</a><a href='/travel'>Travel</a></nav>"


def _with_sections(html: bytes) -> bytes:
    return html.replace(_MENU.encode(), _MENU_SECTIONS.encode())


# ----------------------------------------------------------------------------- the section label in a caption

def test_a_section_label_over_a_linked_name_in_a_figcaption_stays_the_pictures_credit() -> None:
    figure = ("<figure><img src='harbour.jpg'><figcaption><span>Photography</span><br>"
              "<a href='/photographers/jane-roe'>Jane Roe</a></figcaption></figure>")
    assert credits(_with_sections(page(figure))) == ["Photography\nJane Roe"]  # as the page text prints it (rvmod59)


def test_a_section_label_with_its_credit_on_one_line_under_a_picture_stays_the_credit() -> None:
    figure = "<figure><img src='harbour.jpg'><figcaption>Photography: Jane Roe</figcaption></figure>"
    assert credits(_with_sections(page(figure))) == ["Photography: Jane Roe"]


# ----------------------------------------------------------------------------- a source under a lazy-loaded picture

@pytest.mark.parametrize("picture", [
    "<div class='lazy' data-src='wreck.jpg'></div>",
    "<div class='image' style=\"background-image:url(wreck.jpg)\"></div>",
])
def test_a_source_under_a_picture_a_script_or_a_stylesheet_draws_stays_its_credit(picture: str) -> None:
    assert credits(page(f"<figure>{picture}<figcaption>Source: Reuters</figcaption></figure>")) == ["Source: Reuters"]


def test_a_source_in_a_figure_holding_only_a_table_stays_none() -> None:
    table = "<table><tr><th>Year</th><th>Rate</th></tr><tr><td>2020</td><td>7.1</td></tr></table>"
    assert credits(page(f"<figure>{table}<figcaption>Source: Eurostat</figcaption></figure>")) == []


# ----------------------------------------------------------------------------- a correction naming a product's fix

@pytest.mark.parametrize("line", [
    "Correction: The update fixed the battery drain bug, not the camera bug as we originally reported.",
    "Correction: We fixed a bug in our election results map that showed the wrong winner in two counties.",
    "Korrektur: In einer früheren Version hieß es, das Update habe den Fehler behoben, der Abstürze verursachte.",
    "UPDATE: We fixed a bug in our election results map that showed the wrong winner in two counties.",
])
def test_a_correction_of_the_pieces_facts_about_a_products_fix_stays_a_correction(line: str) -> None:
    assert notices(page(f"<p>{line}</p>")) == [("correction", line)]


def test_a_correction_fixing_a_fact_stays_a_correction() -> None:
    line = "Correction: We fixed an error in the name of the minister."
    assert notices(page(f"<p>{line}</p>")) == [("correction", line)]


@pytest.mark.parametrize("line", [
    "UPDATE: Fixed a bug where the app would crash when opening large files.",
    "UPDATE: We fixed a bug where our data export would crash on files over one gigabyte.",
])
def test_a_release_notes_fix_still_is_no_correction(line: str) -> None:
    assert notices(page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- Russian loans

@pytest.mark.parametrize("line", [
    "Министр сообщил, что данные были предоставлены на тест компании Росатом для проверки.",
    "Техника будет передана на тестирование компании-подрядчику в следующем месяце, сообщил губернатор.",
    "Автомобиль предоставлен производителем для участия в ралли, сообщили организаторы.",
    "Полиция сообщила, что автомобиль был выдан на время теста компании Лада и разбит.",
])
def test_a_russian_story_sentence_on_a_device_given_to_a_company_or_by_a_maker_is_not_sponsored(line: str) -> None:
    assert notices(page(f"<p><em>{line}</em></p>", lang="ru")) == []


@pytest.mark.parametrize("line", [
    "Смартфон предоставлен на тест компанией Example.",
    "Товар предоставлен производителем.",
    "Ноутбук взят на время теста у производителя.",
])
def test_a_russian_disclosure_of_a_makers_sample_or_loan_stays_sponsored(line: str) -> None:
    assert notices(page(f"<p><em>{line}</em></p>", lang="ru")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- the gallery cap's file names

_NAMES = ["Jane Doe", "John Roe", "Ann Example", "Max Muster"]


def _gallery(file: str) -> bytes:
    """Four figures, each credit element holding one of :data:`_NAMES`, its picture's file named by ``file``."""
    figures = "".join(
        f"<figure><img src='{file.format(slug=name.lower().replace(' ', '-'))}'><figcaption><span class='caption__text'>"
        f"The lodge's sauna looks out over the valley.</span> <span class='caption__credit'>{name}</span></figcaption>"
        "</figure>" for name in _NAMES)
    return page(figures)


@pytest.mark.parametrize("file", [
    "photo-by-the-sea-{slug}.jpg", "foto-{slug}.jpg", "photo-{slug}-premiere.jpg", "photography-{slug}.jpg",
    "photos-of-{slug}.jpg", "credit-union-{slug}.jpg", "copyright-free-{slug}.jpg",
])
def test_a_file_name_with_a_signs_letters_but_no_sign_before_the_name_vouches_for_nobody(file: str) -> None:
    assert credits(_gallery(file)) == []


@pytest.mark.parametrize("file", ["photo-by-{slug}.jpg", "lodge-photo-{slug}_DSC7576.jpg", "spa-©-studio-{slug}.jpg"])
def test_a_credits_sign_right_before_the_name_in_its_file_still_vouches_for_it(file: str) -> None:
    assert credits(_gallery(file)) == _NAMES
