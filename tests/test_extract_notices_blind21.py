"""Round notice69: notices-blind21's wrong reports at their class (bench/labels/README.md, "notices-blind21", "Where
the misses and wrong reports came from"), with fixtures of our own and the neighbour that must keep its answer:

- a control's label pointing at a picture's credit ("View image credit", an in-page link to the credit block under
  a hero picture's "Image:" label) names nobody: no credit (:mod:`archiver.extract.notice_control_labels`).
"""

from __future__ import annotations

import pytest
from notice_articles import credits as _credits
from notice_articles import page as _page

from archiver.extract.notice_control_labels import control_label


def _hero(label: str, words: str) -> bytes:
    """A page whose hero picture carries an overlay: ``label`` over a link to the page's credit block."""
    overlay = (f"<div class='image__caption-credit-overlay'><div class='hero-credit-caption'>"
               f"<div class='hero-credit-caption__label'>{label}</div>"
               f"<div class='hero-credit-caption__text'><a class='credit__link' href='#image-caption-credit-block'>"
               f"{words}</a></div></div></div>")
    return _page(f"<div class='hero'><picture><img src='hero.jpg' alt='Harbour at dawn'></picture>{overlay}</div>")


def test_a_link_that_shows_the_image_credit_is_no_credit() -> None:
    assert _credits(_hero("Image:", "View image credit")) == []


def test_a_name_in_the_same_place_is_the_pictures_credit() -> None:
    assert _credits(_hero("Image:", "Jane Doe/Harbour Agency")) != []


@pytest.mark.parametrize("text", [
    "View image credit", "Image: View image credit", "Show caption", "Bildnachweis anzeigen",
    "Voir le crédit photo", "Ver crédito de la imagen", "Visualizza didascalia",
])
def test_a_verb_of_showing_and_words_for_the_credit_are_a_controls_label(text: str) -> None:
    assert control_label(text)


@pytest.mark.parametrize("text", [
    "Photo: Getty Images", "Image: NASA", "Photo: Show Me Productions", "Credit: See Jane Run",
    "Image: Courtesy of the artist", "Photo credit: Jane Doe", "see",
])
def test_a_credit_that_names_someone_is_no_controls_label(text: str) -> None:
    assert not control_label(text)
