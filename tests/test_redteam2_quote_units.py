"""Red team, second pass: an area quoted as a length (a unit's power read as a footnote marker).

A raised digit after a word of three or more letters was always a footnote marker, which a
quote may leave out: "500 metres" for the page's "500 metres²" (an area) was ``normalized``.
A raised 2 or 3 right after a unit of length is now its power (NORMALIZER_VERSION 3), so
leaving it out changes a number: ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("The flat measures 500 metres in total", "The flat measures 500 metres\u00b2 in total, the agent said."),
    ("The tank holds 40 feet of water", "The tank holds 40 feet\u00b3 of water, the agent said."),
    ("The city covers 12 miles in the valley", "The city covers 12 miles\u00b2 in the valley, officials said."),
])
def test_leaving_out_a_units_power_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any(d.kind == "number" and d.material for d in result.differences)


@pytest.mark.parametrize(("quote", "source"), [
    ("The flat measures 500 metres\u00b2 in total", "The flat measures 500 metres\u00b2 in total, the agent said."),
    ("The flat measures 500 metres^2 in total", "The flat measures 500 metres\u00b2 in total, the agent said."),
    ("The deaths rose sharply in the region", "The deaths\u00b9 rose sharply in the region, officials said."),
    ("The road was closed for 500 metres", "The road was closed for 500 metres\u00b9, the police said."),
])
def test_powers_written_out_and_real_footnote_markers_still_verify(quote, source):
    assert verify_quote(quote, source).verdict in ("exact", "normalized")
