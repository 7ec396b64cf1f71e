"""signals' cheaper start-up forms answer as the forms they replace (issue 13).

* :func:`signals._entries` reads a word list as :func:`wordlist.expand` does, but takes its
  plain alternatives as they are (expand read each a character at a time at import);
* the organisation words without accents are made once from the same entries.
"""

from __future__ import annotations

import pytest

from archiver.extract import signals
from archiver.extract.cue_match import cue_fold
from archiver.extract.wordlist import expand

LISTS = {
    "months": signals._MONTH_WORDS, "weekdays": signals._WEEKDAY_WORDS, "org": signals._ORG_WORD_LIST,
    "ui_and_date": signals._UI_WORDS + "|" + signals._DATE_WORDS, "labels": signals._LABEL_WORDS,
}


@pytest.mark.parametrize("name", LISTS)
def test_entries_of_every_shipped_word_list_are_those_expand_gives(name: str) -> None:
    assert signals._entries(LISTS[name]) == expand(LISTS[name])


@pytest.mark.parametrize("alternation", [
    "", "a|", "|b", "word", "two words|comments?|e\\.v|комментари[йяев]|agence france[- ]presse",
    "x?|?x", "colou?r|gr[ae]y", "a.b", "(group)", "a+", "a*", "a{2}", "^a", "a$", "a]b", "a\\b",
])
def test_entries_of_any_alternation_are_those_expand_gives_or_the_same_refusal(alternation: str) -> None:
    try:
        expected: list[str] | str = expand(alternation)
    except ValueError as exc:
        expected = str(exc)
    try:
        got: list[str] | str = signals._entries(alternation)
    except ValueError as exc:
        got = str(exc)
    assert got == expected


def test_organisation_words_without_accents_are_each_entry_unaccented() -> None:
    expected = {cue_fold(signals._unaccented(w)) for w in expand(signals._ORG_WORD_LIST)}
    shipped = set(signals._ORG_WORDS_UNACCENTED._singles)
    shipped |= {e for _, entries in signals._ORG_WORDS_UNACCENTED._by_count for e in entries}
    assert shipped == expected
