"""Review rvn60 of rounds b19notice (extractor 130) and credit57 (extractor 128), its blind part: 73 fixtures of our
own written before the rounds' modules were read, run at the base before b19notice (ae468526), before credit57
(13964e2a) and at main. Every fixture that should give no notice gave none at main but one; the classes missed, each
in general form beside the neighbour that must stay as it is:

- the writer's update note whose checking verb stands before the updating one, the piece as their object ("I've
  rechecked and updated this guide for 2025", "J'ai vérifié et mis à jour ce guide", "He revisado y actualizado esta
  guía", "Ho ricontrollato e aggiornato questa guida", "Я перепроверил и обновил это руководство"): b19notice's own
  words, read only where the piece is where things stand ("... in this article");
- a notice's words reported as someone's ("“The views expressed on this blog are those of the author,” one reader
  wrote ...", "..., one reader wrote, ..."): a quotation of a reader, no notice of the page (wrong before both rounds);
- an editor's introduction signed with the editor's role ("... —Jane Roe, Editor"): the role says who signs; a
  letter's signature ("—John Smith, Portland") and an epigraph's ("—Thomas Mann, Der Zauberberg") say no editor;
- a vendor's own product disclosed under the bare label ("Disclosure: Harbour Pro is our product."): a disclaimer, as
  b19notice reads it after "Full disclosure:" (the lexicon read the bare label's line as sponsored first);
- the site's revenue model without a modal ("Some of the companies listed on this page pay us to be featured."),
  beside "The vendors pay us a visit every Tuesday";
- the commonest first-person affiliate tie, a commission on what the reader buys through our links, inside a
  paragraph of the story ("If you book through one of our links, we earn a small commission."), in EN DE FR ES IT PT;
  a shop owner's quoted "We earn a commission when tourists book ..." stays the story's.
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page


def _top(fragment: str, lang: str = "en") -> bytes:
    """A page with ``fragment`` under its headline and byline, before the story's paragraphs."""
    return _page(lang=lang).replace(b"<h1>Harbour story</h1>",
                                    f"<h1>Harbour story</h1><p>By Jane Doe</p>{fragment}".encode())


# ----------------------------------------------------------------------------- the writer's update note, two verbs


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "I've rechecked and updated this guide for 2025."),
    ("en", "We have tested and revised our recommendations for 2025."),
    ("fr", "J'ai vérifié et mis à jour ce guide pour 2025."),
    ("es", "He revisado y actualizado esta guía para 2025."),
    ("it", "Ho ricontrollato e aggiornato questa guida per il 2025."),
    ("ru", "Я перепроверил и обновил это руководство в 2025 году."),
])
def test_an_update_note_whose_checking_verb_comes_first_is_a_correction(lang: str, note: str) -> None:
    assert _notices(_top(f"<p><em>{note}</em></p>", lang)) == [("correction", note)]


def test_two_verbs_of_checking_and_updating_what_is_no_piece_stay_the_storys() -> None:
    para = "<p>I've rechecked and updated the tide tables in my logbook for 2024 before we sailed out of the bay.</p>"
    assert _notices(_page(para)) == []


# ----------------------------------------------------------------------------- a notice's words reported as someone's


def test_a_views_line_quoted_from_a_reader_is_no_disclaimer() -> None:
    quote = ("<blockquote><p>“The views expressed on this blog are those of the author, not the harbour’s,” one reader "
             "wrote under last week’s post, “and that is exactly the problem.”</p></blockquote>")
    assert _notices(_page(quote)) == []


def test_a_views_line_with_its_speaker_set_between_commas_is_no_disclaimer() -> None:
    para = ("<p>The views expressed on this blog are those of the author alone, one reader wrote, and that is exactly "
            "the problem.</p>")
    assert _notices(_page(para)) == []


def test_the_blogs_own_views_line_stays_a_disclaimer() -> None:
    line = "The views expressed on this blog are those of the author alone."
    assert _notices(_page(tail=f"<p><small>{line}</small></p>")) == [("disclaimer", line)]


# ----------------------------------------------------------------------------- an editor's introduction signed with the role

_INTRO = {
    "en": ("This week we hand the page to a reader who sailed the northern coast alone in a boat she built herself.",
           "Jane Roe, Editor"),
    "fr": ("Cette semaine, nous laissons la parole à une lectrice qui a navigué seule le long de la côte nord.",
           "Marie Roy, rédactrice en chef"),
    "de": ("Diese Woche überlassen wir die Seite einer Leserin, die allein an der Nordküste entlang gesegelt ist.",
           "Jana Roth, Chefredakteurin"),
}


@pytest.mark.parametrize("lang", sorted(_INTRO))
def test_an_introduction_signed_with_the_editors_role_is_an_editors_note(lang: str) -> None:
    words, signature = _INTRO[lang]
    intro = f"{words} —{signature}"
    assert _notices(_top(f"<div class='intro'><p><em>{intro}</em></p></div>", lang)) == [("editors_note", intro)]


@pytest.mark.parametrize("signature", ["John Smith, Portland", "Thomas Mann, Der Zauberberg"])
def test_a_signature_naming_no_editors_role_makes_no_editors_note(signature: str) -> None:
    words = _INTRO["en"][0]
    assert _notices(_top(f"<div class='intro'><p><em>{words} —{signature}</em></p></div>")) == []


# ----------------------------------------------------------------------------- a vendor's own product, the bare label


@pytest.mark.parametrize("line", ["Disclosure: Harbour Pro is our product.",
                                  "Disclosure: we make Harbour Pro, one of the apps compared here."])
def test_the_own_product_under_the_bare_disclosure_label_is_a_disclaimer(line: str) -> None:
    assert _notices(_top(f"<p><em>{line}</em></p>")) == [("disclaimer", line)]


def test_a_disclosure_of_commissions_stays_sponsored() -> None:
    line = "Disclosure: we earn a commission if you buy through our links."
    assert _notices(_top(f"<p><em>{line}</em></p>")) == [("sponsored", line)]


# ----------------------------------------------------------------------------- the revenue model without a modal


def test_companies_that_pay_us_to_be_featured_are_a_sponsorship() -> None:
    line = "Some of the companies listed on this page pay us to be featured."
    assert _notices(_top(f"<p><em>{line}</em></p>")) == [("sponsored", line)]


def test_vendors_who_pay_us_a_visit_are_the_storys() -> None:
    para = "<p>The vendors pay us a visit every Tuesday, bringing fish, bread and the news from the next village.</p>"
    assert _notices(_page(para)) == []


# ----------------------------------------------------------------------------- a commission on what the reader buys


_BEFORE = {
    "en": "We tested every boat on the northern coast for three weeks and compared the prices of each harbour.",
    "de": "Drei Wochen lang haben wir jedes Boot an der Nordküste getestet und die Preise aller Häfen verglichen.",
    "fr": "Pendant trois semaines, nous avons testé chaque bateau de la côte nord et comparé les prix de chaque port.",
    "es": "Durante tres semanas probamos cada barco de la costa norte y comparamos los precios de cada puerto.",
    "it": "Per tre settimane abbiamo provato ogni barca della costa nord e confrontato i prezzi di ogni porto.",
    "pt": "Durante três semanas testámos cada barco da costa norte e comparámos os preços de cada porto.",
}
_TIE = {
    "en": "If you book through one of our links, we earn a small commission.",
    "de": "Wenn du über einen unserer Links buchst, erhalten wir eine kleine Provision.",
    "fr": "Si vous réservez via nos liens, nous touchons une petite commission.",
    "es": "Si reservas a través de nuestros enlaces, recibimos una pequeña comisión.",
    "it": "Se prenoti tramite i nostri link, riceviamo una piccola commissione.",
    "pt": "Se reservar através dos nossos links, recebemos uma pequena comissão.",
}
_AFTER = {
    "en": "Finally we asked the skippers what broke first.",
    "de": "Am Ende haben wir die Skipper gefragt, was zuerst kaputtging.",
    "fr": "Enfin, nous avons demandé aux skippers ce qui cassait en premier.",
    "es": "Al final preguntamos a los patrones qué se rompía primero.",
    "it": "Alla fine abbiamo chiesto agli skipper cosa si rompeva per primo.",
    "pt": "No fim perguntámos aos skippers o que se partia primeiro.",
}


@pytest.mark.parametrize("lang", sorted(_TIE))
def test_our_commission_on_what_the_reader_buys_through_our_links_is_the_sentence_sponsored(lang: str) -> None:
    para = f"<p>{_BEFORE[lang]} {_TIE[lang]} {_AFTER[lang]}</p>"
    assert _notices(_page(para, lang=lang)) == [("sponsored", _TIE[lang])]


def test_a_shop_owners_quoted_commission_stays_the_storys() -> None:
    para = ("<p>The shop owner said: “We earn a commission when tourists book a boat through our partners, and that "
            "pays the rent.”</p>")
    assert _notices(_page(para)) == []


def test_our_links_with_nothing_earned_stay_the_storys() -> None:
    para = "<p>If you click on our links to the council's minutes, we get a lot of email from readers.</p>"
    assert _notices(_page(para)) == []
