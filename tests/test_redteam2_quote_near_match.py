"""Red team, second pass: what the near-match path skipped that the pattern path checks.

A quote that differs from the source only by a line-end hyphen read as a space ("flood
protection" for "flood-\nprotection") misses every normalised pattern and is located by the
near-match path, which may still call it ``normalized`` (the hyphenation being its only
difference). That path did not check the final mark: "... fund?" for "... fund." was
``normalized``. It now asks the same question the pattern path asks.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("the company will pay 5 million euros to the flood protection fund?",
     "He said the company will pay 5 million euros to the flood-\nprotection fund. Officials agreed."),
    ("will the company pay 5 million euros to the flood protection fund.",
     "He asked: will the company pay 5 million euros to the flood-\nprotection fund? Officials agreed."),
])
def test_the_near_match_path_refuses_a_statement_turned_into_a_question(quote, source):
    """The pattern path refused it; read through a line-end hyphen it was ``normalized``."""
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any(d.kind == "question" and d.material for d in result.differences)
