"""The claim after a clause of "as soon as" / "before" that opens its sentence is read as a present (a claim still to
come, so the clause quoted alone states as done what is not) in two more shapes (quote rules 69):

- German "ist"/"sind" opening the claim after a clause whose own verb is a present: a state ("Sobald der Rat
  zustimmt, sind die Kosten gedeckt") or a perfect still to come ("sind die Mieten gestiegen"); rules 68 read every
  "ist"/"sind" there as a perfect told, and "der Rat zustimmt" passed ``exact``. After a clause told in the past
  ("Nachdem die Linie eröffnet wurde, ist der Verkehr gestiegen") the clause stays ``exact``;
- a Romance present after a reflexive pronoun or a negation ("ils se plaignent", "les habitants se plaignent",
  "les loyers ne baissent pas"): the pronoun stood in the verb's place and no present was read.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("der Rat zustimmt", "Sobald der Rat zustimmt, sind die Kosten gedeckt."),
    ("die Bahn fährt", "Sobald die Bahn fährt, ist die Stadt erreichbar."),
    ("die Bahn fährt", "Sobald die Bahn fährt, sind die Mieten gestiegen."),
    ("die Brücke öffnet", "Bevor die Brücke öffnet, ist die Straße gesperrt."),
])
def test_a_german_clause_of_time_before_a_state_or_a_perfect_to_come_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("die Linie eröffnet wurde", "Nachdem die Linie eröffnet wurde, ist der Verkehr gestiegen."),
    ("die Linie eröffnet wurde", "Nachdem die Linie eröffnet wurde, hat der Rat entschieden."),
])
def test_a_german_clause_told_in_the_past_before_a_perfect_stays_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize("quote,source", [
    ("la ligne ouvre", "Dès que la ligne ouvre, ils se plaignent du bruit."),
    ("la ligne ouvre", "Dès que la ligne ouvre, les habitants se plaignent du bruit."),
    ("la ligne ouvre", "Dès que la ligne ouvre, les loyers ne baissent plus."),
])
def test_a_romance_clause_of_as_soon_as_before_a_reflexive_or_negated_present_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


def test_a_romance_clause_of_as_soon_as_before_a_reflexive_past_stays_exact():
    assert verify_quote("la ligne a ouvert", "Dès que la ligne a ouvert, ils se plaignaient du bruit.").verdict == "exact"
