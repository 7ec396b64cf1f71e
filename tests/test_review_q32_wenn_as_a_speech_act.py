"""German ", wenn ich ehrlich bin" comments on the saying, not on the claim (review of rules 32).

Rules 32 read ", wenn" after a German main clause quoted whole as the condition its claim hangs
on. A "wenn" clause about the speaker's own saying ("wenn ich ehrlich bin", "wenn Sie mich
fragen", "wenn man so will") sets no condition on what is said: "Die Lage ist ernst" of "Die Lage
ist ernst, wenn ich ehrlich bin" is ``exact``. A condition about the world ("wenn man es früh
nimmt") stays ``altered``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("Die Lage ist ernst", "Die Lage ist ernst, wenn ich ehrlich bin."),
    ("Das Konzept überzeugt nicht", "Das Konzept überzeugt nicht, wenn Sie mich fragen."),
    ("Das Turnier war ein Erfolg", "Das Turnier war ein Erfolg, wenn man so will."),
])
def test_a_wenn_clause_about_the_saying_is_exact(quote, source):
    _exact(quote, source)


def test_a_condition_about_the_world_stays_altered():
    _altered("Das Mittel wirkt", "Das Mittel wirkt, wenn man es früh nimmt.", "trailing_word")
