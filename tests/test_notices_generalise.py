"""Notice error classes found on dev pages, each as a small page of our own: where the candidate
was not generated, where a look-alike was taken for a notice, and where a credit's text was cut.

Every fixture is a page of visible lines with their DOM context bits and the main text, as
:func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.
"""

from __future__ import annotations

from notice_pages import BODY, FOOTER
from notice_pages import between as _inside

from archiver.extract.notices import classify_line, find_notices
from archiver.extract.page_lines import CTX_ASIDE, CTX_CAPTION, CTX_FOOTER, CTX_NAV, CTX_NOTE


def _after(lines: list[str], ctx: list[int], tail: bool = True) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page with ``lines`` after the main text (and, unless
    ``tail`` is false, a footer after them)."""
    rest = FOOTER if tail else []
    found = find_notices([*BODY, *lines, *rest], [0] * len(BODY) + ctx + [0] * len(rest), BODY)
    return [(n.kind, n.text) for n in found]


def test_credit_closing_a_long_caption_is_found() -> None:
    caption = ("Die Abfahrt vom Beispielgipfel (2659 m) liess so manches Herz höher schlagen. " * 4
               + "Steile Partien befährt man einzeln (Foto: A. Beispiel, 14.01.2022).")
    assert len(caption) > 300
    assert _inside(caption, CTX_CAPTION) == [("image_credit", "(Foto: A. Beispiel, 14.01.2022)")]


def test_long_paragraph_opening_with_a_marker_is_not_a_credit() -> None:
    paragraph = "Foto: " + "Der Text geht weiter und erzählt von der Stadt und ihren Menschen. " * 6
    assert _inside(paragraph, 0) == []


def test_photographer_label_makes_a_credit() -> None:
    assert _inside("Photographer: Jane Doe/Harbor Images", CTX_CAPTION) == [
        ("image_credit", "Photographer: Jane Doe/Harbor Images")]


def test_german_grafik_label_makes_a_credit() -> None:
    assert _inside("Grafik: Infotafel vor Ort", CTX_CAPTION) == [("image_credit", "Grafik: Infotafel vor Ort")]


def test_marker_inside_a_hyphenated_compound_is_not_a_credit() -> None:
    assert _inside("Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das gekoppelte Klimasystem", 0) == []


def test_licence_mark_between_marker_and_colon_still_makes_a_credit() -> None:
    assert _inside("Photo (cc) : svenwerk", CTX_CAPTION) == [("image_credit", "Photo (cc) : svenwerk")]


def test_c_in_parentheses_is_a_copyright_sign_in_a_caption() -> None:
    assert _inside("Papier-Graffito am Hafen, Mai 2017 (c) Hafenstaedter", CTX_CAPTION) == [
        ("image_credit", "(c) Hafenstaedter")]


def test_picture_library_named_by_its_domain_is_a_credit() -> None:
    assert _inside("photocase.de", CTX_CAPTION) == [("image_credit", "photocase.de")]


def test_trailing_name_and_outlet_in_parentheses_is_a_credit() -> None:
    assert _inside("Harbor master Jane Doe on the pier. (Matt Example/Harbor Herald)", CTX_CAPTION) == [
        ("image_credit", "(Matt Example/Harbor Herald)")]


def test_credit_text_keeps_its_own_closing_bracket() -> None:
    assert _inside("© Dieter Mayr (KNA)", CTX_CAPTION) == [("image_credit", "© Dieter Mayr (KNA)")]


def test_some_rights_reserved_line_is_not_a_credit() -> None:
    assert _inside("© Jane Example, einige Rechte vorbehalten", CTX_CAPTION) == []


def test_company_copyright_under_a_picture_is_a_credit() -> None:
    assert _inside("© Beispiel Verlag", CTX_CAPTION) == [("image_credit", "© Beispiel Verlag")]


def test_copyright_name_on_the_last_line_is_the_sites_own() -> None:
    assert _after(["© Kanton Beispiel"], [CTX_FOOTER], tail=False) == []


def test_note_label_about_this_article_is_an_editors_note() -> None:
    line = "Note: The Dockerfiles in this article are simplified, since more would obscure the main point."
    assert _after([line], [CTX_NOTE]) == [("editors_note", line)]


def test_note_label_in_instructions_is_not_a_notice() -> None:
    assert _after(["Note: Some tutorials also recommend peeling off the second skin layer of the seed."], [0]) == []


def test_ad_label_before_a_short_heading_is_not_sponsored() -> None:
    assert _after(["Anzeige:", "Letzte Artikel"], [CTX_ASIDE, CTX_ASIDE]) == []


def test_label_is_not_joined_to_a_share_button() -> None:
    assert _after(["Bildquelle:", "teilen"], [0, 0]) == []


def test_quotation_with_a_disclosure_word_is_not_a_notice() -> None:
    quote = ("“When we talk about good pension policy, what we are really talking about is some form "
             "of deferred compensation,” she said.")
    main = [*BODY, quote]  # the article's last paragraph: at the main text's edge, where notices sit
    assert find_notices([*main, *FOOTER], [0] * (len(main) + len(FOOTER)), main) == ()


def test_widget_label_in_a_sidebar_is_not_sponsored() -> None:
    assert classify_line("Promoted Content", ctx=CTX_ASIDE | CTX_NAV, position="after_main") is None


def test_german_interview_disclaimer_is_found() -> None:
    notice = classify_line("Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder.")
    assert notice is not None and notice.kind == "disclaimer"


def test_german_not_adopting_statements_is_a_disclaimer() -> None:
    notice = classify_line("Der Sender macht sich Äußerungen seiner Gäste in Interviews nicht zu eigen.")
    assert notice is not None and notice.kind == "disclaimer"


def test_bonus_in_news_text_is_not_a_disclosure() -> None:
    line = ("Für jede erlegte Bache können die Jagdausübungsberechtigten eine Prämie in Höhe von "
            "80 Euro beantragen.")
    assert _inside(line, 0) == []


def test_site_receiving_a_commission_is_sponsored() -> None:
    notice = classify_line("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.")
    assert notice is not None and notice.kind == "sponsored"


def test_licence_statement_alone_is_not_a_republication() -> None:
    line = "Contenidos bajo licencia Creative Commons (CC-BY-NC) salvo donde se indique lo contrario."
    assert _after([line], [CTX_FOOTER]) == []


def test_republication_under_a_licence_is_still_found() -> None:
    notice = classify_line("This article is republished from The Conversation under a Creative Commons license.")
    assert notice is not None and notice.kind == "republished_from"
