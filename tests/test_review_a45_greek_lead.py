"""Review a45 of authblind11's rules (issue 15): the Greek "Από" is "by" before a writer and "from" before a place or
a day; a full name after it that opens with a place's word ("Νέα" new, "Άγιος"/"Αγία" saint, "Άνω"/"Κάτω" upper and
lower) or a weekday is a place or a day, not a writer."""

from __future__ import annotations

import pytest
from author_pages import authors, page


@pytest.mark.parametrize("credit", ["<p>Από Νέα Υόρκη</p>", "<p>Από Άγιος Νικόλαος</p>", "<p>Από Αγία Σοφία</p>",
                                    "<p>Από Άνω Πόλη</p>", "<p>Από</p><p>Νέα Σμύρνη</p>", "<p>Από Τρίτη Νοεμβρίου</p>"])
def test_apo_before_a_two_word_place_or_day_credits_no_one(credit: str) -> None:
    html = page(below_headline=credit, lang="el")
    assert authors(html) == []


def test_apo_before_a_greek_full_name_still_credits_the_writer() -> None:
    html = page(below_headline="<p>Από Γιώργος Παπαδόπουλος 12.03.2025</p>", lang="el")
    assert authors(html) == ["Γιώργος Παπαδόπουλος"]
