"""False passes quote rules 26 left, each a class (quote rules 27).

A clause cut from after a claim noun and its "according to which" ("des rumeurs selon lesquelles
le ministre démissionne", "l'hypothèse selon laquelle", "rumores según los cuales", "voci secondo
cui") states as fact what the source only reports, as after "rumours that" (rules 25). Each was
``exact`` under rules 26; each is ``altered``. The faithful neighbours stay ``exact``: "selon
lequel" after a noun that makes no claim ("le principe selon lequel"), and a quote that holds the
claim noun.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("le ministre démissionne", "Il y a des rumeurs selon lesquelles le ministre démissionne."),
    ("le ministre a menti", "Il dément des informations selon lesquelles le ministre a menti."),
    ("le virus vient d'un laboratoire", "L'hypothèse selon laquelle le virus vient d'un laboratoire circule."),
    ("el ministro dimitió", "Hay rumores según los cuales el ministro dimitió."),
    ("il ministro si è dimesso", "Circolano voci secondo cui il ministro si è dimesso."),
])
def test_a_clause_after_a_claim_noun_and_according_to_which_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("chaque vote compte", "Il défend le principe selon lequel chaque vote compte."),
    ("rumeurs selon lesquelles le ministre démissionne", "Il y a des rumeurs selon lesquelles le ministre démissionne."),
])
def test_according_to_which_after_no_claim_or_inside_the_quote_is_exact(quote, source):
    _exact(quote, source)


# -- the deed after an accusation -------------------------------------------------------------
# A gerund or an infinitive quoted alone after "accused of", "suspected of", "charged with",
# "accusé de", "acusado de", "beschuldigt, ... zu" names as done the deed the source only alleges.


@pytest.mark.parametrize(("quote", "source"), [
    ("paying bribes to officials", "Prosecutors accused the firm of paying bribes to officials."),
    ("paying bribes", "The firm is accused of paying bribes."),
    ("laundering money", "She is suspected of laundering money."),
    ("defrauding investors", "He was charged with defrauding investors."),
    ("defrauding investors", "Police charged him with defrauding investors."),
    ("payer des pots-de-vin", "L'entreprise est accusée de payer des pots-de-vin."),
    ("pagar sobornos", "La empresa está acusada de pagar sobornos."),
    ("Bestechungsgelder gezahlt zu haben", "Die Firma wird beschuldigt, Bestechungsgelder gezahlt zu haben."),
])
def test_a_deed_quoted_alone_after_an_accusation_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("nothing", "He was accused of nothing."),
    ("accused of paying bribes", "The firm is accused of paying bribes."),
    ("the head of marketing", "She accused the head of marketing."),
    ("paying bribes", "The firm admitted paying bribes."),
])
def test_an_accusation_inside_the_quote_or_no_deed_after_it_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("regulating banks", "The agency charged with regulating banks said nothing."),
    ("investigating the crash", "A panel charged with investigating the crash met on Monday."),
])
def test_a_task_after_a_noun_and_charged_with_is_exact(quote, source):
    """A reduced relative ("the agency charged with regulating banks") gives a task, not a charge;
    "He was charged with defrauding investors" and "Police charged him with ..." stay accusations."""
    _exact(quote, source)
