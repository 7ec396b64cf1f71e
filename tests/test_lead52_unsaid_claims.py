"""A claim after a negated verb of saying ("The bank never said that", "did not say", "n'a jamais dit que", "hat nie
gesagt, dass", "sagte nicht, dass", "никогда не говорил, что") or a statement called wrong ("Es stimmt nicht, dass",
"Il est faux de dire que", "It is wrong to say that") is what nobody said, not the source's claim: ``altered``
(quote rules 69; such quotes were ``exact`` in every language read). An indirect question after such a verb ("never
explained where ...") and the person addressed ("never told a farmer how") are no claim: still verified.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("quote,source", [
    ("the rate was cut", "The bank never said the rate was cut."),
    ("the rate was cut", "The bank did not say that the rate was cut."),
    ("the rate was cut", "The bank never claimed the rate was cut."),
    ("the rate was cut", "It is wrong to say that the rate was cut."),
    ("der Zins gesenkt wurde", "Die Bank hat nie gesagt, dass der Zins gesenkt wurde."),
    ("der Zins gesenkt wurde", "Die Bank sagte nicht, dass der Zins gesenkt wurde."),
    ("der Zins gesenkt wurde", "Es stimmt nicht, dass der Zins gesenkt wurde."),
    ("le taux a été baissé", "La banque n'a jamais dit que le taux a été baissé."),
    ("le taux a été baissé", "Il est faux de dire que le taux a été baissé."),
    ("ставка была снижена", "Банк никогда не говорил, что ставка была снижена."),
])
def test_a_claim_nobody_said_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize("quote,source", [
    ("the rate was cut", "The bank said that the rate was cut."),
    ("the rate was cut", "The bank, which did not say when, announced that the rate was cut."),
    ("where the money for the next flood will come from",
     "The council has never explained where the money for the next flood will come from."),
    ("a farmer how to run their farm", "I would never tell a farmer how to run their farm."),
])
def test_a_claim_said_or_a_question_or_an_addressee_is_verified(quote, source):
    assert verify_quote(quote, source).verdict in ("exact", "normalized")
