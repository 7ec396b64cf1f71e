"""German ", wenn" after a main clause quoted whole, cut at the comma (quote rules 32).

Rules 28 read ", wenn" after a German subjunctive only: read after any indicative, 50 faithful
quotes of the survey were refused ("Ich habe nichts dagegen, wenn", "Es ist gut, wenn"). The
narrow reading: the quote is its sentence's whole main clause and ends at the comma before
"wenn" ("Es wirkt" of "Es wirkt, wenn man es früh nimmt"). Not read after a correlate "es"
("Es ist gut, wenn", "Meist genügt es schon, wenn"), a verb that takes the clause as its
object ("nichts dagegen", "zeigt an", "freue mich"), or an adverb of time that makes "wenn" a
recurring "when" ("Diese Frage kommt häufig auf, wenn"). A quote that starts inside its clause
is not read either.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Es wirkt", "Es wirkt, wenn man es früh nimmt."),
    ("Das Werk schließt", "Das Werk schließt, wenn kein Käufer gefunden wird."),
    ("Die Brücke hält", "Die Brücke hält, wenn die Last gering bleibt."),
])
def test_a_whole_main_clause_before_comma_wenn_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("Ich habe nichts dagegen", "Ich habe nichts dagegen, wenn du morgen kommst."),
    ("Ich freue mich", "Ich freue mich, wenn du kommst."),
    ("Es ist gut", "Es ist gut, wenn du kommst."),
    ("Meist genügt es schon", "Meist genügt es schon, wenn eine vertraute Person da ist."),
    ("Diese Frage kommt häufig auf", "Diese Frage kommt häufig auf, wenn der nächste Ausflug ansteht."),
    ("Die Bordelektronik zeigt an", "Die Bordelektronik zeigt an, wenn Adblue nachzufüllen ist."),
])
def test_a_correlate_an_object_clause_or_a_recurring_when_is_exact(quote, source):
    _exact(quote, source)


def test_a_quote_starting_inside_its_clause_is_not_read():
    _exact("wirkt das Mittel", "Nach zwei Tagen wirkt das Mittel, wenn man es früh nimmt.")
