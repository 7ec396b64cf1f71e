"""German ", wenn" read for what it is: a hedge on the reports, a condition fronted to the next
clause, a condition before a verb of saying (quote rules 35).

"Die Stimmung war gut" of "Die Stimmung war gut, wenn man den Berichten glaubt" is ``altered``:
"if one believes the reports" hedges the claim, and the note now says so rather than calling it
a condition. "Das ist so geplant" of "Das ist so geplant, wenn es klappt, wird es im Mai
eröffnet" is ``exact``: the "wenn" clause is fronted to the main clause after it ("wird es"), no
condition on the quote. A "wenn" clause followed by a verb of saying ("..., sagt der Arzt") is
still the quote's condition.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact
from quote_notes import material_notes

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Stimmung war gut", "Die Stimmung war gut, wenn man den Berichten glaubt."),
    ("Die Lage war ruhig", "Die Lage war ruhig, wenn man der Polizei glaubt."),
])
def test_a_wenn_clause_of_believing_the_reports_is_altered_as_a_hedge(quote, source):
    notes = material_notes(verify_quote(quote, source), "trailing_word")
    assert notes and "hedges its claim" in notes[0]


@pytest.mark.parametrize(("quote", "source"), [
    ("Das ist so geplant", "Das ist so geplant, wenn es klappt, wird es im Mai eröffnet."),
    ("Das ist tatsächlich geplant", "Das ist tatsächlich geplant, wenn ich es schaffe, wird es im Herbst fertig."),
])
def test_a_wenn_clause_fronted_to_the_next_main_clause_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Das Mittel wirkt", "Das Mittel wirkt, wenn man es früh nimmt, sagt der Arzt."),
    ("Die Brücke wird gebaut", "Die Brücke wird gebaut, wenn das Geld reicht, sagte der Bürgermeister."),
    ("Das Werk schließt", "Das Werk schließt, wenn kein Käufer gefunden wird, ist zu befürchten."),
])
def test_a_wenn_condition_before_a_verb_of_saying_is_altered(quote, source):
    _altered(quote, source, "trailing_word")
