"""signals' cheaper start-up forms answer as the forms they replace (issue 13).

* :func:`signals._entries` reads a word list as :func:`wordlist.expand` does, but takes its
  plain alternatives as they are (expand read each a character at a time at import);
* the organisation words without accents are made once from the same entries.
"""

from __future__ import annotations

import random

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
    shipped = set(signals._ORG_WORDS_UNACCENTED._tables())
    shipped |= {e for _, entries in signals._ORG_WORDS_UNACCENTED._by_count for e in entries}
    assert shipped == expected


def _strip_dateline_as_before(name: str) -> str:
    """:func:`signals._strip_dateline` as it was: both patterns run on every name."""
    stripped = signals._TRAILING_DATE.sub("", name).strip(" ,.|·•–—-")
    words = stripped.split()
    if len(words) < 2:
        return name
    if words:
        words[-1] = signals._GLUED_MONTH.sub("", words[-1]) if len(words[-1]) > 4 else words[-1]
    return signals._without_lower_month(" ".join(w for w in words if w))


def _names() -> list[str]:
    """Real lines (every shipped and test page's text, line by line, and each line's tail) and
    generated names ending in every date word (in several cases, with odd case-folding letters),
    digits of other scripts, separators and white space of every kind."""
    from pathlib import Path

    from archiver.extract import extract

    repo = Path(__file__).resolve().parents[1]
    out: list[str] = []
    for page in sorted([*(repo / "archiver" / "samples").glob("*.html"), *(repo / "tests" / "data" / "extract").glob("*.html")]):
        art = extract(page.read_bytes(), content_type="text/html", url=f"https://example.org/{page.stem}")
        for line in (art.page_text or "").splitlines():
            out += [line, line[-40:]]
    words = signals._entries(signals._MONTH_WORDS + "|" + signals._WEEKDAY_WORDS + "|" + signals._DATE_WORDS)
    rng = random.Random(1313)
    heads = ["Jane Doe", "JOHN SMITH", "Иван Петров", "Moore", "Jane Doe,", "Jane Doe |", "Jane Doe —", "", " "]
    tails = ["", " ", "\n", " \n", "\u2003", "\u00a0", "\t\n", ".", ",", "!", "x"]
    for word in words:
        for form in {word, word.upper(), word.title(), word.replace("s", "ſ"), word.replace("i", "İ"),
                     word.replace("k", "\u212a"), word[:-1]}:
            out.append(rng.choice(heads) + rng.choice([" ", ", ", " | ", " · ", " – ", ""]) + form
                       + rng.choice(tails))
    for month in signals._GLUED_MONTH_NAMES:
        out += [f"Jane Doe{month}", f"Jane Do{month}", f"JANE DOE{month}", f"Jane {month}", f"Jane Doe{month}s",
                f"Jane Doeи{month}", f"Jane {month.lower()}"]
    for digit in ["3", "٣", "३", "３", "²", "½", "Ⅻ"]:
        out += [f"Jane Doe 12.0{digit}", f"Jane Doe {digit}", f"Jane Doe {digit}\n", f"Jane Doe,{digit}:",
                f"Jane Doe{digit}", f"Jane Doe {digit}/"]
    alphabet = [*" ,|·•–—-\n\t", "Jane", "Doe", "March", "mar", "2020", "3", "12.03.", "ago", "min read", "ſ",
                "İ", "Ж", "://", "update", "updated", "Stunden", "heute"]
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    return out


def test_dateline_stripping_gives_every_name_it_gave_with_both_patterns_run_on_it() -> None:
    for name in _names():
        assert signals._strip_dateline(name) == _strip_dateline_as_before(name), repr(name)


def test_a_name_the_trailing_date_pattern_matches_is_never_skipped() -> None:
    names = _names()
    matched = [n for n in names if signals._TRAILING_DATE.search(n)]
    assert len(matched) > 1000  # the generated names reach the pattern
    assert all(signals._may_end_in_date(n) for n in matched)
    glued = [w for n in names for w in n.split()[-1:] if signals._GLUED_MONTH.search(w)]
    assert glued and all(w.endswith(signals._GLUED_MONTH_NAMES) for w in glued)


def test_the_month_list_holds_no_regex_sign_so_its_names_are_its_pattern_literals() -> None:
    assert signals._REGEX_SIGNS.isdisjoint(signals._MONTH_WORDS.replace("|", ""))
