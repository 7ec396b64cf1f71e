"""Red team, second pass: words stored in one order and shown in another (bidi overrides).

Format characters (``Cf``) are dropped as invisible, and that included the right-to-left
override U+202E: a page storing "would \u202enot\u202c attack" shows "would ton attack", yet
the quote "would not attack" was ``normalized``; a page storing "\u202eton\u202c" shows "not",
and "would ton attack" was ``normalized`` too. A verdict now stands only where the page shows
the passage as stored, or the quote carries the same controls: otherwise ``altered``.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from archiver.quotes import verify_quote

RLO, PDF = "\u202e", "\u202c"
SOURCE = "President Putin said the army would not attack the city, and that 3 brigades would leave in March."
SHOWS_TON = SOURCE.replace("not attack", f"{RLO}not{PDF} attack")
SHOWS_NOT = SOURCE.replace("not attack", f"{RLO}ton{PDF} attack")


def _display_diff(result) -> bool:
    return any(d.kind == "display_order" and d.material for d in result.differences)


def test_a_negation_the_page_shows_reversed_is_not_vouched_for():
    result = verify_quote("the army would not attack the city", SHOWS_TON)
    assert result.verdict == "altered" and _display_diff(result)


def test_the_stored_letters_of_a_word_shown_as_another_are_not_vouched_for():
    result = verify_quote("the army would ton attack the city", SHOWS_NOT)
    assert result.verdict == "altered" and _display_diff(result)


def test_a_verbatim_substring_governed_by_an_override_opened_before_it_is_not_exact():
    source = SOURCE.replace("would not attack the city", f"{RLO}would not attack the city")
    result = verify_quote("attack the city", source)
    assert result.verdict == "altered" and _display_diff(result)


def test_a_quote_carrying_an_override_the_page_does_not_have_is_altered():
    result = verify_quote(f"the army would {RLO}ton{PDF} attack the city", SOURCE)
    assert result.verdict == "altered" and _display_diff(result)


@pytest.mark.parametrize(("quote", "source"), [
    (f"the army would {RLO}ton{PDF} attack the city", SHOWS_NOT),              # the same controls
    ("President Putin said the army", SHOWS_NOT),                               # outside the override
    ("the army would not attack the city", SOURCE.replace("not ", "not\u200b ")),  # a zero-width space
    ("the army would not attack the city", SOURCE.replace("not attack", "\u202bnot attack\u202c")),  # embedding
])
def test_passages_shown_as_stored_still_verify(quote, source):
    assert verify_quote(quote, source).verdict in ("exact", "normalized")


def test_verify_quote_against_a_text_file_refuses_a_negation_shown_reversed(store, tmp_path):
    """The CLI's own reading of a text (a capture's extracted text loses the override today:
    archiver/extract drops U+202E, reported to the lead)."""
    text = tmp_path / "statement.txt"
    text.write_text(SHOWS_TON + "\n\nThe city council met again on Monday evening.\n", encoding="utf-8")
    proc = run_cli("verify-quote", "the army would not attack the city", "--text-file", str(text), "--json",
                   store=store)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "altered"
    assert any(d["kind"] == "display_order" for d in doc["differences"])
