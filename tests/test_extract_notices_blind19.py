"""notices-blind19's classes (bench/labels/README.md, "notices-blind19" and "Where the misses came from"), each in
general form, with a neighbour that must stay as it is. Fixtures of our own.

Found now:
- a bare "Quelle: <organisation>" closing a reproduced text that the page sets, whole, in a menu's container;
- a first-person affiliate tie inside a longer methodology paragraph (the sentence), a long disclaimer closing the
  story (whole), a labelled disclosure whose first sentence is a disclaimer's words (whole, from its label);
- the writer's "I've rechecked and updated ... in this article for <year>" (an update note: a correction);
- a revenue-model disclosure under the byline ("vendors may pay us ...") and "This is a paid placement.";
- a vendor's "(Full) disclosure: <product> is our product." (a disclaimer, the labels' convention);
- an editor's introduction set apart at the top and signed "—<Name>";
- a blog's "The views expressed on this blog are those of the author(s) ..." footer, up to where it turns to the
  reader.
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page


def _under_headline(line: str, lang: str = "en", tag: str = "p") -> bytes:
    """A page with ``line`` as the paragraph under the headline and its byline."""
    return _page(lang=lang).replace(b"<h1>Harbour story</h1>",
                                    f"<h1>Harbour story</h1><p>By Jane Doe</p><{tag}>{line}</{tag}>".encode())


# ----------------------------------------------------------------------------- a source line closing a story in a menu


def _story_in_nav(closing: str, lang: str = "de") -> bytes:
    """A page whose news item is set, whole, inside a ``<nav>`` container (a layout's), closing on ``closing``."""
    body = "".join(f"<p>Absatz {i} der Meldung über die Umfrage unter IT-Fachleuten in Europa und Nordamerika, die im "
                   "Januar stattfand und die Antworten von vielen Teilnehmern aus allen Branchen auswertet.</p>"
                   for i in range(1, 6))
    return (f"<html lang='{lang}'><head><title>Umfrage zur Cloud</title></head><body><nav class='site'>"
            f"<h1>Umfrage zur Cloud</h1>{body}<p><em>{closing}</em></p></nav>"
            "<footer><p>Impressum</p></footer></body></html>").encode()


@pytest.mark.parametrize(("closing", "lang"), [("Quelle: Spiceworks", "de"), ("Source: Harbour Weekly", "en")])
def test_a_source_line_closing_a_story_set_in_a_menus_container_is_a_republication(closing: str, lang: str) -> None:
    assert _notices(_story_in_nav(closing, lang)) == [("republished_from", closing)]


def test_a_source_line_in_a_real_menu_after_the_story_is_no_republication() -> None:
    html = _page(lang="de").replace(b"<footer>", b"<nav><p>Quelle: Spiceworks</p><a href='/x'>Mehr</a></nav><footer>")
    assert _notices(html) == []


# ----------------------------------------------------------------------------- a first-person affiliate tie


#: A methodology's sentences, set around the affiliate sentence in a paragraph longer than a notice is reported whole.
_METHOD = ("We tested every boat on the northern coast for three weeks, sailed each of them in calm water and in a "
           "storm, compared the prices of each harbour and asked the skippers what broke first.")
_METHODS = {
    "en": _METHOD,
    "de": ("Drei Wochen lang haben wir jedes Boot an der Nordküste getestet, bei Flaute und bei Sturm gesegelt, die "
           "Preise der Häfen verglichen und die Skipper gefragt, was zuerst kaputtging."),
    "fr": ("Pendant trois semaines, chaque bateau de la côte nord a été testé par temps calme et par tempête, les prix "
           "des ports ont été comparés et les skippers ont dit ce qui cassait en premier."),
    "es": ("Durante tres semanas probamos cada barco de la costa norte con calma y con tormenta, comparamos los precios "
           "de cada puerto y preguntamos a los patrones qué se rompía primero."),
}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Our reviews are unbiased, and while we will participate in affiliate programs, if available, we do not accept "
     "payment for placement in our articles.", "en"),
    ("While I do have affiliate relationships with some platforms, I only recommend tools I trust.", "en"),
    ("Wir nehmen an Affiliate-Programmen teil, aber die Reihenfolge der Boote bestimmt allein unser Test.", "de"),
    ("Nous participons à des programmes d'affiliation, mais aucun fabricant ne paie pour sa place.", "fr"),
    ("Participamos en programas de afiliados, pero ningún fabricante paga por su puesto.", "es"),
])
def test_a_first_person_affiliate_sentence_inside_a_methodology_paragraph_is_reported_alone(sentence: str,
                                                                                             lang: str) -> None:
    method = _METHODS[lang]
    paragraph = f"{method} {sentence} {method} {method} {method} {method}"
    assert len(paragraph) > 600
    assert _notices(_page(f"<p>{paragraph}</p>", lang=lang)) == [("sponsored", sentence)]


def test_a_third_partys_affiliate_programme_in_the_story_is_no_disclosure() -> None:
    paragraph = ("The boat makers sell through many dealers. The firm has affiliate relationships with most of them, "
                 "its filings show, and the dealers earn a share of each sale along the coast.")
    assert _notices(_page(f"<p>{paragraph}</p>")) == []


def test_an_affiliate_feature_of_a_reviewed_product_is_no_disclosure() -> None:
    line = "Affiliate Program Tools – Recruit and manage affiliates to help promote your products (Growth plan)."
    assert _notices(_page(f"<ul><li>{line}</li></ul>")) == []


# ----------------------------------------------------------------------------- long statements reported whole


def test_a_long_disclaimer_closing_the_story_is_reported_whole() -> None:
    disclaimer = ("The information included here is designed for informational purposes only. It is not legal, tax, "
                  "financial or any other sort of advice, nor is it a substitute for such advice. The information may "
                  "not apply to your specific situation. We have tried to make sure the information is accurate, but "
                  "it could be outdated or even inaccurate in parts. It is the reader's responsibility to comply with "
                  "any applicable local regulations. Example Harbour Insurance, its affiliates and their employees make "
                  "no warranties about the information nor guarantee of results, and they assume no liability in "
                  "connection with the information provided.")
    assert len(disclaimer) > 600
    assert _notices(_page(tail=f"<p>{disclaimer}</p>")) == [("disclaimer", disclaimer)]


def test_a_long_story_paragraph_holding_a_disclaimers_words_in_its_middle_gives_its_sentence_only() -> None:
    sentence = "The harbour office says its tide tables are for informational purposes only."
    paragraph = f"{_METHOD} {_METHOD} {sentence} {_METHOD} {_METHOD}"
    assert len(paragraph) > 600
    found = _notices(_page(f"<p>{paragraph}</p>"))
    assert found in ([], [("disclaimer", sentence)])


def test_a_labelled_disclosure_opening_on_a_disclaimers_words_is_reported_from_its_label() -> None:
    disclosure = ("Disclosure: I only recommend products I would use myself and all opinions expressed here are my own. "
                  "This post may contain affiliate links at no additional cost to you. I may earn a small commission.")
    html = _page(tail=f"<aside><p>{disclosure} Read the full privacy policy here.</p></aside>")
    assert _notices(html) == [("sponsored", disclosure)]


# ----------------------------------------------------------------------------- the writer's update note


@pytest.mark.parametrize(("line", "lang"), [
    ("I’ve rechecked and updated the pricing &amp; features of all platforms in this article for 2026", "en"),
    ("We have updated the prices of every boat in this guide for 2026.", "en"),
    ("Ich habe die Preise aller Boote in diesem Ratgeber für 2026 überprüft und aktualisiert.", "de"),
    ("J’ai vérifié et mis à jour les prix de tous les bateaux dans cet article pour 2026.", "fr"),
    ("He revisado y actualizado los precios de todos los barcos en este artículo para 2026.", "es"),
    ("Ho ricontrollato e aggiornato i prezzi di tutte le barche in questo articolo per il 2026.", "it"),
    ("Atualizei os preços de todos os barcos neste artigo para 2026.", "pt"),
])
def test_the_writers_note_that_they_updated_what_the_piece_lists_is_a_correction(line: str, lang: str) -> None:
    assert _notices(_page(f"<p><em>{line}</em></p>", lang=lang)) == [("correction", line.replace("&amp;", "&"))]


def test_an_update_of_a_product_told_in_the_story_is_no_correction() -> None:
    line = ("I updated the firmware of the boat's radio before we left the harbour, and the new version fixed the "
            "crackling on channel 16.")
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- the site's revenue model, a paid placement


def test_a_revenue_model_disclosure_under_the_byline_is_sponsored() -> None:
    line = ("Example Advice is able to offer our services for free because some vendors may pay us for web traffic or "
            "other sales opportunities. We provide information for all vendors, even those that do not pay us.")
    assert _notices(_under_headline(line, tag="div class='note'")) == [("sponsored", line)]


@pytest.mark.parametrize(("line", "lang"), [
    ("This is a paid placement. However, our team approved it and our content remains editorially independent.", "en"),
    ("Dies ist eine bezahlte Platzierung. Unsere Redaktion bleibt unabhängig.", "de"),
    ("Questo è un posizionamento a pagamento. La redazione resta indipendente.", "it"),
    ("Ceci est un placement payant. La rédaction reste indépendante.", "fr"),
    ("Esta es una colocación pagada. La redacción sigue siendo independiente.", "es"),
])
def test_a_featured_boxs_paid_placement_note_is_sponsored(line: str, lang: str) -> None:
    box = f"<aside class='featured'><p>Featured Partner</p><p>{line}</p></aside>"
    assert _notices(_page(box, lang=lang)) == [("sponsored", line)]


def test_customers_who_may_pay_in_cash_are_no_revenue_model() -> None:
    line = "Visitors to the harbour café may pay us in cash or by card, the owner said, and most of them choose cash."
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- a vendor's own product


@pytest.mark.parametrize(("line", "lang"), [
    ("Full disclosure: Harbourmail is our product. We built it for small shops that outgrow the big tools.", "en"),
    ("Disclosure: Harbourmail is our product. We have included it because it competes on price.", "en"),
    ("Transparenzhinweis: Harbourmail ist unser Produkt. Wir nennen auch seine Schwächen.", "de"),
    ("Transparence : Harbourmail est notre produit. Nous citons aussi ses limites.", "fr"),
    ("Divulgación: Harbourmail es nuestro producto. También contamos sus límites.", "es"),
    ("Divulgação: Harbourmail é o nosso produto. Também mostramos os seus limites.", "pt"),
])
def test_a_vendors_disclosure_that_a_compared_product_is_its_own_is_a_disclaimer(line: str, lang: str) -> None:
    assert _notices(_page(f"<p>{line}</p>", lang=lang)) == [("disclaimer", line)]


def test_a_product_called_ours_in_the_storys_sentence_is_no_disclosure() -> None:
    line = "Harbourmail is our product of the year, and the jury praised how quickly it sends the tide alerts."
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- an editor's signed introduction


def test_an_editors_introduction_set_apart_and_signed_after_a_dash_is_an_editors_note() -> None:
    intro = ("Planning a season at sea is a painful process. Our head of sailing Jane Doe describes how a few simple "
             "tools can cut it from weeks to hours. If your plans are spilling over into spring, this one’s for "
             "you.—Kate Lee")
    assert _notices(_under_headline(f"<em>{intro}</em>")) == [("editors_note", intro)]


def test_an_epigraph_signed_after_a_dash_is_no_editors_note() -> None:
    epigraph = ("“The sea, once it casts its spell, holds one in its net of wonder forever, and the sailor who has "
                "heard it will never again be content ashore.” — Jacques Cousteau")
    assert _notices(_under_headline(f"<em>{epigraph}</em>")) == []


def test_a_story_paragraph_ending_on_a_dash_and_a_name_is_no_editors_note() -> None:
    line = ("The harbour master explains how the new pier changed the tides of trade along the coast, and the "
            "fishermen agree with every word he says about it — Jane Doe")
    assert _notices(_page(f"<p>{line}</p>")) == []


# ----------------------------------------------------------------------------- the views expressed on the blog


def test_a_blogs_views_expressed_footer_is_a_disclaimer_up_to_where_it_turns_to_the_reader() -> None:
    said = ("The views expressed on this blog are those of the author(s) and readers. This blog does not imply that "
            "Example Health endorses the views expressed. We cannot diagnose conditions through this website.")
    footer = (f"<p>{said} We invite you to learn more about our social media guidelines. If you have concerns, "
              "comments or suggestions about the care you received, please contact Patient Relations.</p>")
    assert _notices(_page(footer=footer)) == [("disclaimer", said)]


@pytest.mark.parametrize(("said", "lang"), [
    ("Die in diesem Blog geäußerten Meinungen sind die der Autoren. Example Health macht sie sich nicht zu eigen.", "de"),
    ("Las opiniones expresadas en este blog son de sus autores. Example Health no las respalda.", "es"),
])
def test_a_blogs_views_expressed_footer_in_other_languages_is_a_disclaimer(said: str, lang: str) -> None:
    assert _notices(_page(footer=f"<p>{said}</p>", lang=lang)) == [("disclaimer", said)]


def test_views_expressed_at_a_meeting_in_the_story_are_no_disclaimer() -> None:
    line = ("The views expressed at the harbour meeting were those of the fishermen, who asked the council to keep "
            "the old pier open through the winter.")
    assert _notices(_page(f"<p>{line}</p>")) == []
