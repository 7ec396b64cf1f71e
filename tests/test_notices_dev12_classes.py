"""Notice error classes found on the blind dev12 pages (bench/labels/notices-dev12.jsonl, scrapinghub
article pages of dev sites), each as a small page of our own, in several of EN DE FR ES RU PT IT:

- credit forms: names, a comma and an agency or library closing a caption's credit ("Jane Doe,
  Associated Press", in a caption or a picture's credit element only: a byline writes the same);
  a parenthesised credit of three or four slash-separated parts ("(NASA/JPL-Caltech/ASU)"); a
  bracketed "[Example Lab via Example Agency]" closing a caption; "Image copyright <name or
  @account>" (a marker and "copyright" without a colon; a year after it is the site's line);
- what is no credit: a plural picture label opening a link to a gallery, one part of its words
  five or more ("Photos: Example Mall through the years").
"""

from __future__ import annotations

import pytest
from notice_pages import after as _after
from notice_pages import between as _between

from archiver.extract.page_lines import CTX_CAPTION, CTX_CREDIT, CTX_LINK

# ----------------------------------------------------------------------------- "Name, Agency"


@pytest.mark.parametrize("credit", [
    "Jane Doe, Associated Press",               # en
    "Jupiterimages, Getty Images/Example RF",   # en, a library and its collection
    "Hans Beispiel, dpa",                       # de
    "Jean Dupont, AFP",                         # fr
    "José Pérez, EFE",                          # es
    "Mario Rossi, ANSA",                        # it
    "João da Silva, Reuters",                   # pt
    "Иван Петров, ТАСС",                        # ru
])
def test_names_a_comma_and_an_agency_in_a_caption_are_a_credit(credit: str) -> None:
    assert _between(credit, CTX_CAPTION) == [("image_credit", credit)]


def test_names_a_comma_and_an_agency_in_a_credit_element_are_a_credit() -> None:
    assert _between("Al Example, Associated Press", CTX_CREDIT) == [("image_credit", "Al Example, Associated Press")]


@pytest.mark.parametrize("line", [
    "Jane Doe, Associated Press",               # a byline's writer and agency, no caption
    "Hans Beispiel, dpa",
])
def test_names_a_comma_and_an_agency_outside_a_caption_are_no_credit(line: str) -> None:
    assert _between(line, 0) == []


def test_a_caption_sentence_before_a_comma_and_an_agency_is_no_credit_form() -> None:
    assert _between("The mayor spoke to reporters on Monday, AP", CTX_CAPTION) == []


# ----------------------------------------------------------------------------- brackets and parentheses


@pytest.mark.parametrize(("line", "credit"), [
    ("Saturn's moon in false colour, 2004. (NASA/JPL/Example Institute)", "(NASA/JPL/Example Institute)"),
    ("Die Karte des Mondes. (NASA/JPL-Caltech/ASU)", "(NASA/JPL-Caltech/ASU)"),
    ("La carte de la lune. (Jean Dupont/Example Times/Getty Images)", "(Jean Dupont/Example Times/Getty Images)"),
])
def test_parenthesised_credit_of_three_slash_parts_closing_a_caption_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


@pytest.mark.parametrize(("line", "credit"), [
    ("This illustration shows the lander on the moon [Example Space via Nasa]", "[Example Space via Nasa]"),
    ("Esta ilustración muestra el módulo en la luna [Example Space via EFE]", "[Example Space via EFE]"),
])
def test_bracketed_via_credit_closing_a_caption_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


def test_bracketed_via_outside_a_caption_is_no_credit() -> None:
    assert _between("The lander on the moon [Example Space via Nasa]", 0) == []


# ----------------------------------------------------------------------------- "Image copyright"


@pytest.mark.parametrize("line", [
    "Image copyright Getty Images",
    "Image Copyright @ExampleLabel @ExampleLabel",   # an embedded post's picture: an account
    "Foto Copyright: Hans Beispiel",                  # de
    "Photo copyright Jean Dupont",                    # fr page, English label
])
def test_marker_and_copyright_before_a_name_or_account_is_a_credit(line: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", line)]


def test_marker_and_copyright_before_a_year_is_the_sites_line() -> None:
    assert _between("Image copyright 2019 Example Media Inc.", 0) == []


# ----------------------------------------------------------------------------- gallery links


@pytest.mark.parametrize("line", [
    "Photos: Example Mall through the years",           # en
    "Photos: Europa, Mysterious Icy Moon of Jupiter",    # en, a title after a name
    "Fotos: Die schönsten Momente vom Stadtfest",        # de
    "Bilder: Das war der große Umzug am Sonntag",        # de
])
def test_plural_picture_label_opening_a_gallery_link_is_no_credit(line: str) -> None:
    assert _between(line, CTX_LINK) == []


@pytest.mark.parametrize("line", [
    "Photos: Jane Doe and John Roe / Example Agency",  # a list of names, each part short
    "Photo: Jane Doe for The Example Times",           # singular: a photographer's link
])
def test_credit_in_a_link_with_short_parts_stays_a_credit(line: str) -> None:
    assert _between(line, CTX_LINK) == [("image_credit", line)]


# ----------------------------------------------------------------------------- a picture handed in


@pytest.mark.parametrize(("line", "credit"), [
    ("Jane Doe Submitted photo", "Submitted photo"),                                           # en
    ("The team after the final. Photo submitted by Jane Doe", "Photo submitted by Jane Doe"),  # en
    ("Der Verein beim Umzug. Foto eingesandt", "Foto eingesandt"),                            # de
    ("L'équipe après la finale. Photo fournie par le club", "Photo fournie par le club"),     # fr
    ("El equipo tras la final. Foto cedida por el club", "Foto cedida por el club"),          # es
    ("La squadra dopo la finale. Foto concessa da Mario Rossi", "Foto concessa da Mario Rossi"),  # it
    ("A equipe depois da final. Foto cedida pelo clube", "Foto cedida pelo clube"),           # pt
])
def test_caption_saying_the_picture_was_handed_in_is_a_credit(line: str, credit: str) -> None:
    assert _between(line, CTX_CAPTION) == [("image_credit", credit)]


def test_handed_in_words_outside_a_caption_are_no_credit() -> None:
    assert _between("Readers submitted photos of the storm to the newsroom", 0) == []


# ----------------------------------------------------------------------------- timestamps


@pytest.mark.parametrize("line", [
    "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",   # en
    "Aktualisiert 19. November 2019, 8:21 Uhr / Erstmals 18. November 2019",  # de
    "Mis à jour le 19 novembre 2019 à 8h21 / Publié le 18 novembre 2019",     # fr
])
def test_two_timestamps_on_one_line_are_no_correction(line: str) -> None:
    assert _between(line, 0) == []


def test_update_note_with_its_date_stays_a_correction() -> None:
    line = "Update, Nov. 19, 2019: This article has been updated to correct the mayor's name."
    assert _between(line, 0) == [("correction", line)]


# ----------------------------------------------------------------------------- "affiliate" sister sites


@pytest.mark.parametrize("line", [
    "Visit our affiliate website: example-motors.com",
    "Our affiliate publications",
    "Watch our affiliate station Example 5 for the weather",
])
def test_affiliate_sister_site_is_no_disclosure(line: str) -> None:
    assert _between(line, 0) == []


def test_affiliate_links_stay_a_disclosure() -> None:
    line = "This post contains affiliate links: we may earn a commission when you buy through them."
    assert _between(line, 0) == [("sponsored", line)]


# ----------------------------------------------------------------------------- found by dev11's list (same round)


@pytest.mark.parametrize("credit", [
    "JaneDoe/Gettyimages",     # a one-word name before a library's slash is no German compound
    "MariaBeispiel/dpa",
])
def test_one_word_name_before_an_agency_slash_is_a_credit(credit: str) -> None:
    assert _between(credit, CTX_CAPTION) == [("image_credit", credit)]


def test_editor_initials_before_an_agency_slash_stay_no_credit() -> None:
    assert _between("Von: det/dpa", 0) == []


@pytest.mark.parametrize("credit", [
    "Screenshots: Instagram/ janedoe",      # en, de
    "Capturas de pantalla: YouTube",        # es
    "Captures d'écran : YouTube",           # fr
    "Скриншоты: Telegram",                  # ru
])
def test_plural_screenshot_label_before_a_platform_is_a_credit(credit: str) -> None:
    assert _between(credit, CTX_CAPTION) == [("image_credit", credit)]


# ----------------------------------------------------------------------------- widget headings


@pytest.mark.parametrize("line", [
    "APPS WE LIKE | SPONSORED",          # en
    "EXAMPLE PICKS | AFFILIATE",         # en
    "Gesundheit • Werbung | Anzeige",    # de
    "Nos choix | Publicité",             # fr
    "Ofertas | Publicidad",              # es
])
def test_widget_heading_and_a_bare_label_after_a_bar_after_the_text_is_no_notice(line: str) -> None:
    assert _after(line, 0) == []


def test_label_and_a_statement_after_a_bar_stays_a_notice() -> None:
    line = "Sponsored | This post was paid for by Example Brand."
    assert _after(line, 0) == [("sponsored", line)]
