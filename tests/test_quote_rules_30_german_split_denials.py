"""A quote cut from a claim a German denial reports (quote rules 30).

Rules 14 read "bestritt, dass" with the quote starting after "dass". Three wordings passed: the
quote keeping its "dass" after the comma ("dass er gelogen habe" of "Er bestritt, dass er
gelogen habe"), a denial whose verb is split by its object ("Er wies Vorwürfe zurück, dass ...",
"Er stritt ab, dass ..."), and the claim reported after the comma in the subjunctive with no
"dass" ("Der Minister bestritt, er habe Geld angenommen"). Each was ``exact``; each is
``altered``: the quote states as a fact what the source reports denied. An admission ("räumte
ein, dass"), a plain report ("Er sagte, er sei unschuldig") and a relative clause after a
"zurück" that denies nothing stay ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("dass er gelogen habe", "Er bestritt, dass er gelogen habe."),
    ("er gelogen habe", "Er wies Vorwürfe zurück, dass er gelogen habe."),
    ("dass er gelogen habe", "Er wies Vorwürfe zurück, dass er gelogen habe."),
    ("dass er Geld angenommen habe", "Der Minister stritt ab, dass er Geld angenommen habe."),
    ("dass er gelogen habe", "Er hat zurückgewiesen, dass er gelogen habe."),
    ("er habe Geld angenommen", "Der Minister bestritt, er habe Geld angenommen."),
    ("sie habe gelogen", "Sie wies zurück, sie habe gelogen."),
    ("er habe gelogen", "Er stritt ab, er habe gelogen."),
    ("die Firma habe gezahlt", "Sie wies zurück, die Firma habe gezahlt."),
])
def test_a_quote_cut_from_a_claim_a_german_denial_reports_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("dass er Geld angenommen habe", "Der Minister räumte ein, dass er Geld angenommen habe."),
    ("er habe Geld angenommen", "Der Minister räumte ein, er habe Geld angenommen."),
    ("er sei unschuldig", "Er sagte, er sei unschuldig."),
    ("dass er das Geld bekam", "Er wies darauf hin, dass er das Geld bekam."),
    ("die «gegendert» seien", "Sie selbst weise amtliche Papiere zurück, die «gegendert» seien."),
])
def test_a_claim_no_denial_reports_is_exact(quote, source):
    _exact(quote, source)
