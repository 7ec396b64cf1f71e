"""Authors, extractor version 79 (issue 15, persons precision): authors-blind11's first-run classes.

authors-blind11 (48 news, magazine and recipe pages of three more public projects, labelled blind;
bench/labels/README.md) reported 1 wrong person of 22 at version 78: a picture's "Autor:" credit, with the rights the
picture is used under on the next line, read as the article's byline (by the "Autor:" reader and by the layout
guess, whose element's class said "image-author"). In general form: an "Autor:" credit over a source line naming
rights or a licence is the picture's, and nothing is reported rather than it; an "Autor:" byline over ordinary text
is still read. Fixtures of our own.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize(("credit", "rights", "lang"), [
    ("Autor: Gazeta Portowa", "Źródło: pełne prawa - umowa autorska", "pl"),
    ("Autor: Hanna Kurz", "Quelle: alle Rechte vorbehalten", "de"),
    ("Autor: Porto Diario", "Fuente: licencia CC BY 4.0", "es"),
])
@pytest.mark.parametrize("css", ["image-author", "caption"])
def test_an_autor_credit_over_a_pictures_rights_is_the_pictures_not_the_writer(
        credit: str, rights: str, lang: str, css: str) -> None:
    figure = (f"<figure><img src='pier.jpg' alt=''><figcaption>The north pier at dusk.</figcaption>"
              f"<p class='{css}'>{credit}</p><p>{rights}</p></figure>")
    html = page(below_headline=f"<p>12.03.2025, 19:24</p>{figure}", lang=lang)
    assert authors(html) == []


def test_an_autor_byline_over_ordinary_text_is_still_the_writer() -> None:
    html = page(below_headline="<p class='byline'>Autor: Anna Kowalczyk</p><p>12.03.2025, 19:24</p>", lang="pl")
    assert authors(html) == ["Anna Kowalczyk"]


def test_an_autor_byline_over_a_source_line_without_rights_is_still_the_writer() -> None:
    html = page(below_headline="<p class='byline'>Autor: Anna Kowalczyk</p><p>Źródło: PAP</p>", lang="pl")
    assert authors(html) == ["Anna Kowalczyk"]
