"""Red team (self-review of quote rules 13): an ellipsis leaving out "in rare cases" or "sometimes".

"The drug ... causes liver damage" for "The drug, in rare cases, causes liver damage" makes a
rule of what the source says happens rarely; "The vaccine may ... cause mild fever" for "may, in
some cases, cause" the same. Rules 13 read an aside that opens with an exception, a condition or
a restriction ("except", "unless", "only"); an aside that limits how often or in how many cases
("in rare cases", "in some cases", "in most cases", "sometimes", "occasionally", "in seltenen
Fällen", "dans certains cas") was an ordinary omission, ``normalized``. Now it limits the quoted
words too: ``altered`` (``ellipsis_qualifier``). An aside that only describes ("some of them
veterans") still verifies.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "The drug, in rare cases, causes liver damage, the regulator said.\n\n"
    "The vaccine may, in some cases, cause mild fever in children.\n\n"
    "The trains, occasionally, run late on Sundays.\n\n"
    "Das Mittel verursacht, in seltenen Fällen, Leberschäden bei Kindern.\n\n"
    "Le médicament provoque, dans certains cas, une fièvre légère.\n\n"
    "The soldiers, some of them veterans, arrived at the base on Monday.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The drug ... causes liver damage", "rare"),
    ("The vaccine may ... cause mild fever in children", "some"),
    ("The trains ... run late on Sundays", "occasionally"),
    ("Das Mittel verursacht ... Leberschäden bei Kindern", "seltenen"),
    ("Le médicament provoque ... une fièvre légère", "certains"),
])
def test_an_ellipsis_leaving_out_an_aside_of_how_often_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_an_ellipsis_leaving_out_an_aside_that_describes_still_verifies():
    assert verify_quote("The soldiers ... arrived at the base on Monday", SOURCE).verdict == "normalized"
