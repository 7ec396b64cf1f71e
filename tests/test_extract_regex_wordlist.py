"""Word-list lookups answer exactly as the regex alternations they replace (issue 13: the lists
of organisation, interface, date and label words were compiled into alternations of ~2 ms each).

The old patterns are rebuilt here from the same word lists and both are asked about many
strings: every entry as written, in other cases, glued to other letters, between signs, in
other scripts, with case oddities the regex engine folds its own way (İ, ı, ſ, K, final sigma)
and decomposed accents.

Every run checks all of those forms of every entry and 6,000 random combinations of entries,
odd characters and signs from seed 1; ``ARCHIVER_FULL_SWEEPS=1`` (tests/sweeps.py) adds seeds
2-4 (each repeats the forms of every entry and adds 6,000 other combinations)."""

from __future__ import annotations

import random
import re

import pytest
from sweeps import seeds

from archiver.extract import signals
from archiver.extract.wordlist import WordList, expand

OLD_ORG = re.compile(r"(?<!\w)(?:" + signals._ORG_WORD_LIST + r")(?!\w)", re.IGNORECASE)
OLD_ORG_UNACCENTED = re.compile(signals._unaccented(OLD_ORG.pattern), re.IGNORECASE)
OLD_NOT_NAME = re.compile(r"(?<!\w)(?:" + signals._UI_WORDS + "|" + signals._DATE_WORDS + r")(?!\w)|\d|[@#<>{}=_*+?!|]|https?:",
                          re.IGNORECASE)
OLD_LABEL_ONLY = re.compile(r"^(?:" + signals._LABEL_WORDS + r")\W*$", re.IGNORECASE)

ODD = ["İ", "ı", "ſ", "\u212a", "ß", "é", "e\u0301", "Σ", "ς", "σ", "中", "文", "記者", "\n", "1", "_", "Ё", "ё",
       "\u0345", "ι", "µ", "μ", "ﬅ", "ﬆ", "Ǆ", "ǅ", "ǆ", "\u00ad", "’"]
SIGNS = [" ", "  ", "-", ".", ",", "'", "’", "/", ":", " | ", "(", ")", "", "_", "\t", "–", "·"]

#: Seed 1 in every run, seeds 2-4 too in a full sweep (see the module docstring).
SEEDS = seeds([1], [1, 2, 3, 4])


def _strings(words: list[str], seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = list(words)
    for w in words:
        out += [w.upper(), w.title(), "x" + w, w + "s", w + "_", "_" + w, f"({w})", f"The {w} of", w.replace(" ", "  "),
                w.replace(" ", "-"), w + ":", w + " :", w + ".\n", w[:-1], w[1:],
                # characters the engine folds beyond their lower case, and decomposed accents
                w.replace("i", "İ"), w.replace("i", "ı"), w.replace("s", "ſ"), w.replace("k", "\u212a"),
                w.replace("σ", "ς"), w.replace("ss", "ß"), w.replace("é", "e\u0301"), w + "\u0301"]
    pool = words + ODD + ["Jane Doe", "Anna", "Redaccion", "Redacao", "Müller", "Иван Петров", "王小明"]
    for _ in range(n):
        parts = [rnd.choice(pool) for _ in range(rnd.randint(1, 4))]
        parts = [p.upper() if rnd.random() < 0.2 else p for p in parts]
        out.append("".join(p + rnd.choice(SIGNS) for p in parts).strip(rnd.choice(["", " ", "."])))
    return out


def _entries(alternation: str) -> list[str]:
    return expand(alternation)


@pytest.mark.parametrize("seed", SEEDS)
def test_organisation_words_answer_as_the_alternation(seed: int) -> None:
    words = _entries(signals._ORG_WORD_LIST)
    wrong = [s for s in _strings(words, seed, 6000) if bool(OLD_ORG.search(s)) != signals._ORG_WORDS.search(s)]
    assert wrong == []


@pytest.mark.parametrize("seed", SEEDS)
def test_unaccented_organisation_words_answer_as_the_unaccented_alternation(seed: int) -> None:
    words = _entries(signals._ORG_WORD_LIST)
    strings = [signals._unaccented(s) for s in _strings(words, seed, 6000)]
    wrong = [s for s in strings if bool(OLD_ORG_UNACCENTED.search(s)) != signals._ORG_WORDS_UNACCENTED.search(s)]
    assert wrong == []


@pytest.mark.parametrize("seed", SEEDS)
def test_not_a_name_answers_as_the_alternation(seed: int) -> None:
    words = _entries(signals._UI_WORDS + "|" + signals._DATE_WORDS)
    wrong = [s for s in _strings(words, seed, 6000) if bool(OLD_NOT_NAME.search(s)) != signals._not_name(s)]
    assert wrong == []


@pytest.mark.parametrize("seed", SEEDS)
def test_a_label_alone_answers_as_the_anchored_alternation(seed: int) -> None:
    words = _entries(signals._LABEL_WORDS)
    assert all(w[-1].isalnum() for w in words)  # what _label_only_name relies on
    strings = _strings(words, seed, 6000)
    strings += [w + tail for w in words for tail in ("", ":", " :", "  ", "…", ".\n", " -", ":x", "s", "_")]
    wrong = [s for s in strings if bool(OLD_LABEL_ONLY.match(s)) != signals._label_only_name(s)]
    assert wrong == []


def test_name_kind_of_credits_is_unchanged_by_the_lookups() -> None:
    assert signals.name_kind("Redacción EFE") == "org"
    assert signals.name_kind("Redaccion") == "org"
    assert signals.name_kind("Jane Doe") == "person"
    assert signals.name_kind("Author:") is None
    assert signals.name_kind("Jane Doe 5 minutes ago") is None


def test_expand_reads_optional_characters_classes_and_stops() -> None:
    assert expand(r"comments?|e\.v|комментари[йя]|france[- ]presse") == [
        "comments", "comment", "e.v", "комментарий", "комментария", "france-presse", "france presse"]


@pytest.mark.parametrize("alternation", [r"a(b)?", r"x+", r"^start", r"a.b", r"\d"])
def test_expand_refuses_regex_syntax_it_does_not_read(alternation: str) -> None:
    with pytest.raises(ValueError):
        expand(alternation)


def test_a_word_list_refuses_an_entry_that_does_not_begin_and_end_with_a_word_character() -> None:
    with pytest.raises(ValueError):
        WordList(["(c)"])


OLD_MONTH = re.compile(r"(?<!\w)(?:" + signals._MONTH_WORDS + r")(?!\w)", re.IGNORECASE)
OLD_WEEKDAY = re.compile(r"(?<!\w)(?:" + signals._WEEKDAY_WORDS + r")(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize("seed", SEEDS)
def test_month_words_are_found_where_the_alternation_finds_them(seed: int) -> None:
    words = _entries(signals._MONTH_WORDS)
    strings = _strings(words, seed, 6000) + ["April Glaser", "Jane Doe March 3", "Mai Thi Nguyen", "Regan September"]
    wrong = [s for s in strings if [m.span() for m in OLD_MONTH.finditer(s)] != signals._MONTH_WORDLIST.word_spans(s)]
    assert wrong == []


@pytest.mark.parametrize("seed", SEEDS)
def test_weekday_words_answer_as_the_alternation(seed: int) -> None:
    words = _entries(signals._WEEKDAY_WORDS)
    wrong = [s for s in _strings(words, seed, 6000) if bool(OLD_WEEKDAY.search(s)) != signals._WEEKDAY_WORDLIST.search(s)]
    assert wrong == []


def test_word_spans_refuses_a_list_with_several_word_entries() -> None:
    with pytest.raises(ValueError):
        WordList(["il y a"]).word_spans("il y a")


def test_a_word_list_makes_its_tables_on_first_use_and_answers_as_one_made_up_front() -> None:
    # signals holds seven lists (~2 ms of tables at import, issue 13), some of which a page never asks
    entries = ["news agency", "Presse", "médias", "agence france-presse"]
    texts = ["the NEWS agency said", "the news  agency", "PRESSE", "medias", "Agence France-Presse", "news",
             "presse-agency", ""]
    made = WordList(entries)
    assert made._singles is None
    answers = [made.search(t) for t in texts]
    assert made._singles is not None
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(entries) + r")(?!\w)", re.IGNORECASE)
    assert answers == [bool(alternation.search(t)) for t in texts] == [True, False, True, False, True, False, True, False]
    one_word = WordList(["Presse", "médias"])
    assert one_word.word_spans("Médias et presse") == [(0, 6), (10, 16)] and one_word._singles is not None


def test_importing_extraction_makes_no_word_lists_tables(fresh_extraction) -> None:  # noqa: ANN001
    # A fresh process that imports extraction (tests/fresh_probe.py)
    assert fresh_extraction["imported_word_lists"] == [7, 0]


def test_the_given_names_are_read_on_first_use_not_at_import(fresh_extraction) -> None:  # noqa: ANN001
    # A fresh process that imports extraction (tests/fresh_probe.py); only a credit holding an
    # organisation's word asks for them ("Emily Post")
    assert fresh_extraction["imported_given_names"] is False
