"""A "wenn" clause fronted to a clause of an event's verb is that clause's (review of quote rules 35).

Rules 35 read a German "wenn" clause closed by a comma and a finite verb with its subject as
fronted to that clause, no condition on the quote before it ("Das ist so geplant, wenn es klappt,
wird es im Mai eröffnet"), but only after auxiliaries, modals and a few verbs ("wird", "kann",
"gibt"): "Das Projekt ist beschlossen, wenn die Mittel kommen, beginnt der Bau." read "wenn" as a
condition on "Das Projekt ist beschlossen" (``altered``). A verb of an event or an amount
("beginnt", "steigt", "kostet") opens the main clause as those do: ``exact``. A verb of saying
after the clause ("sagt der Arzt") still leaves the condition the quote's (rules 35).
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Das Projekt ist beschlossen", "Das Projekt ist beschlossen, wenn die Mittel kommen, beginnt der Bau."),
    ("Der Vertrag ist unterschrieben", "Der Vertrag ist unterschrieben, wenn der Rat zustimmt, steigt die Miete."),
])
def test_a_quote_before_a_wenn_clause_fronted_to_an_events_clause_is_exact(quote, source):
    _exact(quote, source)


def test_a_quote_before_a_wenn_clause_and_a_verb_of_saying_is_still_altered():
    _altered("Das Mittel wirkt", "Das Mittel wirkt, wenn man es früh nimmt, sagt der Arzt.", "trailing_word")
