"""Red team: "maximum" quoted for "minimum" passed as a typo.

The two words differ in two letters of seven, which the typo rule allows; they are the two
ends of a quantity, as "most" and "least" are. The words naming a bound of a quantity are now
quantity words, so swapping one for another is ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = "The regulator said the {} penalty for the firm would be applied from next spring onwards."


@pytest.mark.parametrize(("quoted", "archived"), [
    ("maximum", "minimum"), ("minimum", "maximum"), ("maximal", "minimal"), ("highest", "lowest"),
])
def test_a_bound_swapped_for_its_opposite_is_altered_not_approximate(quoted, archived):
    result = verify_quote(f"the {quoted} penalty for the firm would be applied", SOURCE.format(archived))
    assert result.verdict == "altered"
    assert any(d.kind == "quantity" and d.material for d in result.differences)


def test_the_same_bound_still_verifies():
    assert verify_quote("the maximum penalty for the firm", SOURCE.format("maximum")).verdict == "exact"
