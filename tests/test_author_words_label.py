"""A magazine's "Words:" credit beside the headline (issue 15, session 64): "Words: Solene Rauturier".

Magazines and their blogs credit the writer with "Words:" or "Words by" beside the pictures' "Photos:", as others use
"Text:" (already a label here). authors-blind32's fashion page printed "Words: Solene Rauturier" under its headline and
declared only her account's handle, so nobody was reported.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

from archiver.extract.signals import headline_credit


@pytest.mark.parametrize("line", ["Words: Solene Rauturier", "Words by Solene Rauturier",
                                  "Words: Solene Rauturier | Photos: Jane Roe"])
def test_a_words_credit_beside_the_headline_names_the_writer(line: str) -> None:
    assert headline_credit(["Sixty clothing brands making ethical fashion", line, "The story begins."], 0) == [
        "Solene Rauturier"]


def test_a_word_count_is_no_credit() -> None:
    assert headline_credit(["Sixty clothing brands making ethical fashion", "Words: 1,200", "The story."], 0) == []


def test_a_page_crediting_its_writer_with_words_reports_her() -> None:
    assert authors(page(below_headline="<p>Words: Solene Rauturier</p>")) == ["Solene Rauturier"]
