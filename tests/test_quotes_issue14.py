"""Issue 14: the legitimate quote forms real writers produce, and whole-word explanations."""

from __future__ import annotations

from pathlib import Path

from archiver.compare import word_diff
from archiver.quotes import verify_quote

SEED = (Path(__file__).parent / "data" / "quotes" / "seed-globalresearch.txt").read_text("utf-8")


def test_a_changed_first_word_is_explained_as_a_replacement() -> None:
    r = verify_quote("Biden is Exhibit A proof that all politicians lie", SEED)
    assert r.verdict == "altered"
    assert "'Biden' where the source has 'Trump'" in r.explanation
    assert [(d.quote, d.source) for d in r.differences if d.material] == [("Biden", "Trump")]


def test_a_changed_number_is_one_difference_of_whole_numbers() -> None:
    r = verify_quote("to just a few dozen from about 1,200", SEED)
    assert [(d.kind, d.quote, d.source) for d in r.differences] == [("number", "1,200", "1,000")]


def test_a_bracket_at_the_start_passage_is_the_replaced_word_only() -> None:
    r = verify_quote("[Trump] tweeted the following fake news", SEED)
    assert (r.verdict, r.source_passage) == ("normalized", "he tweeted the following fake news")


def test_capture_diff_shows_a_changed_number_as_whole_tokens() -> None:
    ops = word_diff("cut to about 1,000 staff.", "cut to about 1,200 staff.")
    assert [(o.op, o.text) for o in ops if o.op != "equal"] == [
        ("removed", "1,000"),
        ("added", "1,200"),
    ]
