"""Round 45: classes dev19 (round 44's set) had left, in general form (bench/labels/README.md, "round 45").

- An agency's rights line after a photographer's slash, closing a caption or in a credit element ("... im
  UN-Hauptquartier Jane Doe/Copyright 2026 The AP. All rights reserved."): the picture's credit, though a year
  and reserved rights make any other line the site's copyright.
- The Icelandic press's picture and screenshot words glued to the credit by a slash ("Ljósmynd/Aðsend",
  "Skjáskot/Example") closing a caption.
- A caption's closing credit after a sentence that ends on a year, a number or a quotation mark ("... in 2023.
  Jane Doe/Agency"), read as after any sentence.

What must not be reported: an agency's rights line with no photographer (a wire story's copyright under the
text), a photographer's rights line outside a caption or credit element, a number's stop inside a caption with
no credit after it.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import page as _page

_AP_CAPTIONS = {
    "en": "The Security Council meets on Monday, Jan. 5, 2026, at UN headquarters",
    "de": "Der Sicherheitsrat tagt am Montag, 5. Januar 2026 im UN-Hauptquartier",
    "fr": "Le Conseil de sécurité se réunit lundi 5 janvier 2026 au siège de l'ONU",
    "es": "El Consejo de Seguridad se reúne el lunes 5 de enero de 2026 en la sede de la ONU",
    "ru": "Совет Безопасности заседает в понедельник, 5 января 2026 года, в штаб-квартире ООН",
    "pt": "O Conselho de Segurança reúne-se na segunda-feira, 5 de janeiro de 2026, na sede da ONU",
    "it": "Il Consiglio di sicurezza si riunisce lunedì 5 gennaio 2026 nella sede dell'ONU",
}
_AP_RIGHTS = "Jane Doe/Copyright 2026 The AP. All rights reserved."


@pytest.mark.parametrize("lang", sorted(_AP_CAPTIONS))
def test_an_agencys_rights_line_after_a_photographer_closing_a_caption_is_its_credit(lang: str) -> None:
    assert _credits(_page(_caption(f"{_AP_CAPTIONS[lang]} {_AP_RIGHTS}"), lang=lang)) == [_AP_RIGHTS]


def test_an_agencys_rights_line_after_a_photographer_in_a_credit_element_is_a_credit() -> None:
    inside = (f"<figure><img src='harbour.jpg'><figcaption>The harbour.</figcaption></figure>"
              f"<div class='media-credit'>Copyright {_AP_RIGHTS}</div>")
    assert _AP_RIGHTS in " ".join(_credits(_page(inside)))


def test_an_agencys_rights_line_under_a_wire_story_is_no_credit() -> None:
    assert _credits(_page(tail="<p>Copyright 2026 The Associated Press. All rights reserved.</p>")) == []


def test_a_photographers_rights_line_outside_a_caption_is_no_credit() -> None:
    assert _credits(_page(tail=f"<p>{_AP_RIGHTS}</p>")) == []


@pytest.mark.parametrize("credit", ["Ljósmynd/Aðsend", "Skjáskot/Dagen"])
def test_the_icelandic_picture_words_before_a_slash_close_a_caption_as_its_credit(credit: str) -> None:
    inside = _caption(f"Mæðgurnar Fjóla og Eydís í dómshúsinu í gær, mánudag. {credit}")
    assert _credits(_page(inside, lang="is")) == [credit]


_YEAR_CAPTIONS = {
    "en": "The harbour fair drew thousands of visitors in 2023.",
    "de": "Das Hafenfest zog im Jahr 2023 Tausende Besucher an, wie schon 2022.",
    "fr": "La fête du port a attiré des milliers de visiteurs en 2023.",
    "es": "La fiesta del puerto atrajo a miles de visitantes en 2023.",
    "ru": "Праздник порта привлёк тысячи посетителей в 2023.",
    "pt": "A festa do porto atraiu milhares de visitantes em 2023.",
    "it": "La festa del porto ha attirato migliaia di visitatori nel 2023.",
}


@pytest.mark.parametrize("lang", sorted(_YEAR_CAPTIONS))
def test_a_credit_after_a_sentence_ending_on_a_year_closes_the_caption(lang: str) -> None:
    inside = _caption(f"{_YEAR_CAPTIONS[lang]} Skjáskot/Example")
    assert _credits(_page(inside, lang=lang)) == ["Skjáskot/Example"]


def test_a_numbers_stop_in_a_caption_with_no_credit_after_it_reads_nothing() -> None:
    assert _credits(_page(_caption("Der Kanzler am 5. Januar in Berlin vor dem Reichstag"), lang="de")) == []
