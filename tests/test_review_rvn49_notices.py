"""Review rvn49 of round b15notice (extractor 103): the round's new forms read where they do not belong, and what it
left. Fixtures of our own, each beside the neighbour that must keep its reading.

Fixed:
- an artists' rights society's name read as any acronym ("the ARS team", "Example Corp, ARS division", "BONO"): the
  society must stand where a licensor does (after a slash, "©", a comma, "at"/"and", before its seat or a year);
- "(Anzeige)" / "(Werbung)" named rather than used: in quotation marks, after "Hinweis", "Zusatz", "label";
- a bracket's "affiliate" in its organisational sense, "our links" as ties, and a "we" inside reported speech;
- the new "sponsored results ... appear / are marked" cue said of the trade at large, not of the page;
- "(Starter/Pro Suite)": the first rule lost "(Bloomberg/Jane Doe)" after any trade-marked name; now only a pair of
  edition words is a product's;
- "originally published on <date> by <outlet>": a republication (with "and updated": a correction since noticeleft51);
- "(both are affiliate links)": the marker with a word saying which links it marks.
German "erstmals ... veröffentlicht und ... aktualisiert/ergänzt" (participles last) is a correction, as every
language's "first published ... updated" is since noticeleft51 (bench/labels/README.md, "noticeleft51").
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import notices as _notices
from notice_articles import page as _page


def _para(text: str) -> str:
    return f"<p>{text}</p>"


# ----------------------------------------------------------------------------- rights societies as licensors only


@pytest.mark.parametrize("text", [
    "The ARS team at the 2024 conference © 2024 Example Corp, ARS division",
    "Jane Doe presenting the results. All rights reserved, Example Corp ARS 2024.",
    "BONO on stage in Dublin © 2024 Example Photo",
])
def test_a_societys_acronym_used_as_an_ordinary_word_makes_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == []


@pytest.mark.parametrize(("text", "credit"), [
    ("Untitled, 1950 © 2024 Artists Rights Society (ARS), New York", "© 2024 Artists Rights Society (ARS), New York"),
    ("Ohne Titel, 1970 © VG Bild-Kunst, Bonn 2024", "© VG Bild-Kunst, Bonn 2024"),
    ("Guitar, 1913 © Succession Jane Doe/DACS, London 2024", "© Succession Jane Doe/DACS, London 2024"),
])
def test_a_society_named_as_the_licensor_with_its_seat_is_still_the_credit(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]


# ----------------------------------------------------------------------------- an inline marker named, not used


@pytest.mark.parametrize("text", [
    "Der Artikel „Neue Regeln für Werbung (Anzeige)“ erschien im März im Magazin des Verbands, den wir hier besprechen.",
    "Seit dem Urteil müssen Influencer bezahlte Beiträge deutlich kennzeichnen, etwa mit dem Hinweis (Werbung) am "
    "Anfang des Beitrags.",
    'Das Gericht entschied, dass der Zusatz "(Werbung)" allein nicht genügt, wenn der Beitrag sonst redaktionell wirkt.',
])
def test_a_marker_quoted_or_named_as_a_label_is_no_disclosure(text: str) -> None:
    assert _notices(_page(_para(text), lang="de")) == []


def test_a_marker_after_a_product_is_still_the_disclosure() -> None:
    text = ("Ich nutze dafür den Example Mixer (Anzeige), der seit Jahren in meiner Küche steht und alles schafft, was "
            "ich ihm gebe.")
    assert _notices(_page(_para(text), lang="de")) == [("sponsored", "(Anzeige)")]


def test_a_marker_saying_which_links_it_marks_is_the_disclosure() -> None:
    text = ("I use the Example Pan and the Example Knife (both are affiliate links) every single day in my kitchen, and "
            "they have lasted for years.")
    assert _notices(_page(_para(text))) == [("sponsored", "(both are affiliate links)")]


# ----------------------------------------------------------------------------- a bracket that is no site's disclosure


@pytest.mark.parametrize("aside", [
    "an affiliate of the university, which strengthens our links with local industry and its partners",
    "an affiliate of our institute, whose researchers receive grants from us every year",
    "Amazon said we earn less commission on links now, a spokesperson explained",
])
def test_a_bracket_of_ties_or_someone_elses_words_is_no_disclosure(aside: str) -> None:
    text = f"The clinic ({aside}) opened a new wing last year for the families of the town and the villages around it."
    assert _notices(_page(_para(text))) == []


def test_a_short_paragraph_disclosing_only_in_its_bracket_reports_the_bracket() -> None:
    aside = "we earn a small affiliate commission if you book through one of our links"
    text = f"We use Example Tours ({aside}) on every trip we take, and it has served us well in many countries."
    assert _notices(_page(_para(text))) == [("sponsored", aside)]


# ----------------------------------------------------------------------------- the sponsored-results cue


def test_sponsored_items_said_of_the_trade_are_no_disclosure() -> None:
    box = "<div><p>Sponsored posts are marked as such by most magazines, a study of the market found last year.</p></div>"
    assert _notices(_page(tail=box)) == []


def test_the_pages_own_sponsored_results_marked_are_still_a_disclosure() -> None:
    text = "Sponsored results from our partners appear among these rankings and are indicated as such."
    assert _notices(_page(tail=f"<div class='note'><p>{text}</p></div>")) == [("sponsored", text)]


# ----------------------------------------------------------------------------- a product's editions vs a credit


@pytest.mark.parametrize("text", ["The Example® store in Berlin (Bloomberg/Jane Doe)",
                                  "Example™ shoes on the pier (Example Agency/Jane Doe)"])
def test_a_bracketed_credit_after_a_trade_marked_name_is_still_a_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == [text[text.index("("):]]  # printed with its brackets (round credit57)


@pytest.mark.parametrize("text", ["Example® Sales Cloud (Starter/Pro Suite)", "Example Office (Home/Business Edition)"])
def test_a_pair_of_edition_words_in_brackets_is_no_credit(text: str) -> None:
    assert _credits(_page(_caption(text))) == []


# ----------------------------------------------------------------------------- the piece's history vs a republication


# noticeleft51's convention (the shared set's "update wins over republication"): first published, anywhere, then
# updated is a correction; these three were a republication, an editor's note and a republication at this review.
@pytest.mark.parametrize("note", [
    "This article was originally published on 3 May 2024 by The Example Review and updated for this site.",
    "This story was originally published on May 3, 2024, on The Example Review and has been updated.",
])
def test_a_dated_first_publication_in_a_named_outlet_then_updated_is_a_correction(note: str) -> None:
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("correction", note)]


def test_a_dated_first_publication_with_no_outlet_then_updated_is_a_correction() -> None:
    note = "This post was originally published on the 21st of June 2017 and updated on the 18th of July 2025."
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("correction", note)]


def test_a_dated_first_publication_in_a_named_outlet_is_a_republication() -> None:
    note = "This article was originally published on 3 May 2024 by The Example Review."
    assert _notices(_page(tail=f"<p><em>{note}</em></p>")) == [("republished_from", note)]


def test_a_german_first_publication_on_another_site_then_added_to_is_a_correction() -> None:
    note = "Dieser Beitrag wurde erstmals im Januar 2018 in der Example Rundschau veröffentlicht und im März 2024 ergänzt."
    assert [kind for kind, _ in _notices(_page(tail=f"<p><em>{note}</em></p>", lang="de"))] == ["correction"]


def test_a_paragraph_disclosing_around_its_bracket_too_is_reported_whole() -> None:
    text = ("This post contains affiliate links and we earn a commission on purchases (we earn a small commission if you "
            "book through one of our links).")
    assert _notices(_page(_para(text))) == [("sponsored", text)]
