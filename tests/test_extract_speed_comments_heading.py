"""A comments section's heading is read from the line's first words only
(``signals.comments_heading`` stops at a third word: issue 13): separators standing alone are no
words wherever they stand, and a line of three words is no heading however it goes on."""

from __future__ import annotations

import pytest

from archiver.extract.signals import comments_heading


@pytest.mark.parametrize("line", ["3 Comments | — ·", "— | Kommentare (3) —", "· One response ·", "Comments: - 4 -"])
def test_separators_standing_alone_are_no_words_of_a_heading(line: str) -> None:
    assert comments_heading(line)


@pytest.mark.parametrize("line", ["3 new comments", "Comments are closed.", "12 Kommentare | zum Artikel",
                                  "3 Comments on the council's budget, as readers wrote them"])
def test_a_line_of_three_words_is_no_heading(line: str) -> None:
    assert not comments_heading(line)
