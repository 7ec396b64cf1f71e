"""Round 36, class (c) of dev17's blind first run (bench/labels/README.md, "notices-dev17.jsonl"): credits a
guard refused, widened in general form. Small fixtures of our own: a credit set in square brackets opens as
one in round brackets does ("[Featured Image by Jane Doe/Getty Images]"), and a credit may name a channel or
studio whose name is a capital letter and digits ("Courtesy G4"); counts and picture numbers stay refused."""

from __future__ import annotations

import pytest
from notice_pages import after, between

from archiver.extract.page_lines import CTX_CAPTION


@pytest.mark.parametrize(("line", "credit"), [
    ("[Featured Image by Jane Doe/Getty Images]", "[Featured Image by Jane Doe/Getty Images]"),
    ("[Image by Jane Doe]", "[Image by Jane Doe]"),
    ("[Photo by Jane Doe]", "[Photo by Jane Doe]"),
])
def test_a_credit_in_square_brackets_is_read_as_one_in_round_brackets(line: str, credit: str) -> None:
    assert after(line, 0) == [("image_credit", credit)]


@pytest.mark.parametrize("line", ["Courtesy G4", "Photo courtesy G4", "Courtesy S4C"])
def test_a_credit_may_name_a_channel_of_a_capital_and_digits(line: str) -> None:
    assert between(line, CTX_CAPTION) == [("image_credit", line)]


@pytest.mark.parametrize("line", ["Fotos: 476.764", "Bild 1/5", "Photos: 12"])
def test_a_picture_count_or_number_still_names_no_one(line: str) -> None:
    assert between(line, CTX_CAPTION) == []
