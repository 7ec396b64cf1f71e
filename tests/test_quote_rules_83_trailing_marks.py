"""Quote rules 83 (red team q83): a quote that takes the comma, semicolon, colon or dash after its words is read as one
without it.

"The drug cures cancer" of "The drug cures cancer, which is not true." was ``altered`` and "The drug cures cancer,"
(the comma copied with the words, as a selection with the mouse often takes it) was ``exact``: every check of what the
source says after the quote stopped at a quote ending with a clause mark. Red team q83 (20 pairs written before
running): 14 wrong on rules 82, 2 after (both gaps of the quote without its mark too: German "erst ab 2030", "clear:
not yet"); its held-out batch (12): 8 wrong on rules 82, 2 after (the same for the quote without its mark: "in mice",
"that, at least, was the claim"). German "allerdings" after a comma or dash joins a contrast as "aber" does.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("The drug cures cancer,", "The drug cures cancer, which is not true."),
    ("The plant will close,", "The plant will close, unless a buyer is found."),
    ("Taxes will rise,", "Taxes will rise, but not before 2030."),
    ("L'usine va fermer,", "L'usine va fermer, sauf si un repreneur est trouvé."),
    ("The bridge will reopen in May –", "The bridge will reopen in May – if the repairs are finished in time."),
    ("The plan will cut emissions by half;", "The plan will cut emissions by half; at least, that is what its authors hope."),
    ("Unemployment has fallen,", "Unemployment has fallen, or so the government says."),
])
def test_a_quote_taking_the_mark_after_its_words_is_held_to_what_follows_the_mark(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("The plant will close,", "The plant will close, and 300 jobs will go."),
    ("Taxes will rise,", "Taxes will rise, the minister said on Monday."),
    ("L'usine va fermer,", "L'usine va fermer, a annoncé la direction."),
    ("The bridge will reopen in May –", "The bridge will reopen in May – two weeks ahead of schedule."),
])
def test_a_quote_taking_the_mark_before_an_attribution_or_a_new_clause_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize("mark", [",", ";", " –", ":"])
def test_a_quote_with_and_without_its_trailing_mark_get_the_same_verdict(mark):
    source = "The bridge is safe" + mark + " except for lorries over 7.5 tonnes."
    assert verify_quote("The bridge is safe" + mark, source).verdict == verify_quote("The bridge is safe", source).verdict


@pytest.mark.parametrize(("quote", "source", "expected"), [
    ("Die Brücke ist sicher", "Die Brücke ist sicher – allerdings nur für Autos.", "altered"),
    ("Die Brücke ist sicher", "Die Brücke ist sicher, allerdings nur für Autos.", "altered"),
    ("Das Essen war gut", "Das Essen war gut, allerdings war der Service langsam.", "exact"),
])
def test_german_allerdings_after_a_comma_or_dash_joins_a_contrast_as_aber_does(quote, source, expected):
    assert verify_quote(quote, source).verdict == expected


# Quote rules 84: German "erst" before a time bounds the claim as "only from" / "not until" does (red team q83's
# "Die Steuern steigen, allerdings erst ab 2030."); after a contrast only a time that closes its clause (the faithful
# survey's "doch erst in der vierten Staffel der Serie wurden diese Spekulationen bestätigt" opens a clause of its own).
@pytest.mark.parametrize(("quote", "source", "expected"), [
    ("Die Steuern steigen", "Die Steuern steigen erst ab 2030.", "altered"),
    ("Die Steuern steigen,", "Die Steuern steigen, allerdings erst ab 2030.", "altered"),
    ("Die Brücke öffnet", "Die Brücke öffnet erst im Herbst.", "altered"),
    ("Das Werk schließt", "Das Werk schließt, aber erst nachdem alle Aufträge erledigt sind.", "altered"),
    ("Das Werk schließt", "Das Werk schließt erst, wenn alle Aufträge erledigt sind.", "altered"),
    ("Er kam nach Hause", "Er kam nach Hause, erst dann aß er.", "exact"),
    ("Über die Jahre kursierten Vermutungen über die Figur",
     "Über die Jahre kursierten Vermutungen über die Figur, doch erst in der vierten Staffel der Serie wurden diese "
     "Spekulationen bestätigt.", "exact"),
])
def test_german_erst_before_a_time_bounds_the_claim(quote, source, expected):
    assert verify_quote(quote, source).verdict == expected
