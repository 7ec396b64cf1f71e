"""Red team (self-review of quote rules 13): an ellipsis leaving out "last", "next" or "just" before a figure.

"The agency spent $4 million in the ... 6 months of 2017" for "in the last 6 months" does not say
which six months; "The rules change in the ... two weeks" for "in the next two weeks" the same;
"the fund lost ... 5% of its value" for "lost just 5%" drops the "only". Each was ``normalized``:
"up to", "over", "about" qualified a figure, these words did not. Now "last", "next", "past",
"previous", "coming" and "just" (and "letzten", "nächsten", "derniers", "prochains", ...) qualify
a figure or a span of time that follows within three words (:data:`archiver.quotes.gaps.FIGURE_ONLY`):
left out there, ``altered`` (``ellipsis_qualifier``). Left out before anything else ("his ...
hits" for "his past hits") they change no figure and still verify.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "The agency spent $4 million in the last 6 months of 2017, the audit found.\n\n"
    "The rules change in the next two weeks, the ministry said.\n\n"
    "In the end the fund lost just 5% of its value in the crash.\n\n"
    "Die Zahl der Fälle stieg in den letzten drei Jahren deutlich an.\n\n"
    "Le chômage a baissé au cours des derniers mois dans la région.\n\n"
    "The band played his past hits at the festival on Sunday.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The agency spent $4 million in the ... 6 months of 2017", "last"),
    ("The rules change in the ... two weeks, the ministry said", "next"),
    ("In the end the fund lost ... 5% of its value in the crash", "just"),
    ("Die Zahl der Fälle stieg in den ... drei Jahren deutlich an", "letzten"),
    ("Le chômage a baissé au cours des ... mois dans la région", "derniers"),
])
def test_an_ellipsis_leaving_out_a_word_that_places_a_figure_or_span_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_such_a_word_left_out_before_no_figure_still_verifies():
    assert verify_quote("The band played his ... hits at the festival on Sunday", SOURCE).verdict == "normalized"
