"""What the review of rules 49-50 found in a request's phrase after a quote (quote rules 51).

Rules 50 read a past passive at someone's request as a deed done ("The concert was cancelled at
the request of the police"), with participles in "-ed" and a short list. Red team
``tests/data/quotes/redteam-rvq52.tsv`` found irregular participles ("was heard", "was upheld")
and a perfect passive ("has been postponed") still read as conditions, and a standing rule
passing as a deed: a requester who is anyone who asks ("at the request of any member") and an
Italian imperfect passive ("venivano cancellati"). The pairs here are our own wordings.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact


@pytest.mark.parametrize(("quote", "source"), [
    ("The expert was heard", "The expert was heard at the request of the court."),
    ("The licence was withdrawn", "The licence was withdrawn at the request of the regulator."),
    ("The vote has been delayed", "The vote has been delayed at the request of the opposition."),
    ("The permit was taken back", "The permit was taken back at the request of the council."),
])
def test_a_past_or_perfect_passive_at_someones_request_is_a_deed(quote, source):
    assert_exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Refunds were granted", "Refunds were granted at the request of any customer."),
    ("Los archivos se borraban", "Los archivos se borraban a petición de cualquier usuario."),
    ("I file venivano distrutti", "I file venivano distrutti su richiesta del cliente."),
    ("The shop was often closed", "The shop was often closed at the request of the owner."),
])
def test_a_standing_rule_in_the_past_keeps_its_request_a_condition(quote, source):
    assert_altered(quote, source, "trailing_word")
