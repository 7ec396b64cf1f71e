"""Red team: a changed number hidden by Unicode normalisation.

NFKC reads ``10⁶`` (a million) as ``106`` and ``1½`` as ``11⁄2``; matched on the normalised
texts, a quote reading "106 visitors" was ``normalized`` against a source reading "10⁶
visitors". A superscript, subscript, fraction or circled numeral now stands apart from the
digits beside it when the two sides' numbers are compared: a difference is ``altered``.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli
from servers import Site, html_page

from archiver.quotes import verify_quote

SOURCE = ("The council said the bridge would not reopen before 2027. Officials counted 10\u2076 visitors "
          "at the crossing last summer and paid 1\u00bd million for repairs, the report said.")


def _number_diffs(result) -> list[tuple[str | None, str | None]]:
    return [(d.quote, d.source) for d in result.differences if d.kind == "number" and d.material]


def test_plain_digits_quoted_for_a_superscript_power_are_altered_not_normalized():
    result = verify_quote("Officials counted 106 visitors at the crossing", SOURCE)
    assert result.verdict == "altered"
    assert _number_diffs(result) == [("106", "10 6")]


def test_a_superscript_power_quoted_for_plain_digits_is_altered():
    result = verify_quote("Officials counted 10\u2076 visitors", SOURCE.replace("10\u2076", "106"))
    assert result.verdict == "altered"


def test_a_mixed_fraction_read_as_one_number_is_altered():
    result = verify_quote("paid 11\u20442 million for repairs", SOURCE)
    assert result.verdict == "altered"


def test_a_near_match_with_a_typo_does_not_hide_a_superscript_number():
    result = verify_quote("Officials counted 106 visitors at the crossing last summmer", SOURCE)
    assert result.verdict == "altered"
    assert ("106", "10 6") in _number_diffs(result)


@pytest.mark.parametrize(("quote", "source"), [
    ("The area is 40 m2 in total", "The area is 40 m\u00b2 in total."),          # a lone superscript
    ("the 1st of \uff12\uff10\uff12\uff17", "the 1st of 2027."),                   # fullwidth digits
    ("step 1 is done", "step \u2460 is done."),                                    # a circled numeral
    ("paid 1\u20442 of the cost", "paid \u00bd of the cost."),                     # the same fraction
    ("Officials counted 10\u2076 visitors", SOURCE),                               # verbatim
])
def test_meaning_preserving_numerals_still_verify(quote, source):
    assert verify_quote(quote, source).verdict in ("exact", "normalized")


def test_verify_quote_of_a_captured_page_refuses_digits_for_a_power(store, tmp_path):
    page = ("<html><head><title>Crossing</title></head><body><article><h1>Crossing</h1>"
            f"<p>{SOURCE}</p><p>The crossing stays closed until the spring.</p></article></body></html>")
    site = Site()
    site.routes["/crossing"] = html_page(page.encode("utf-8"))
    try:
        assert run_cli("archive", site.url("/crossing"), store=store).returncode == 0
    finally:
        site.close()
    proc = run_cli("verify-quote", "Officials counted 106 visitors at the crossing", "--json", store=store)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "altered"
