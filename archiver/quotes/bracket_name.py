"""A person's name in a bracket whose given name is also a word of a class the bracket check reads:
"[Jan Becker]" ("Jan" a month), "[Max Huber]" ("Max" a quantity word), "[May Parker]".

Why: :func:`archiver.quotes.brackets.bracket_differences` refuses a bracket that adds or removes a
number, a quantity word or a date, and read "[Jan Becker]" for "Er" as a date changed and "[Max
Huber]" for "He" as a quantity changed (review of rules 49-50: false alarms on a name naming the
person a pronoun stands for). A capitalised word right before a capitalised surname, in a bracket
standing for a pronoun or a name, is a given name: its words are no date and no quantity. "[Jan.
5]" (a mark after "Jan") and "[max. 5]" (lower case) are read as before, and so is a bracket
standing for other words ("[Jan Becker]" for "on Monday"): only what a name may replace is read so.
"""

from __future__ import annotations

from collections.abc import Callable

from archiver.quotes.tokens import Token


def without_names(content: list[Token], gap: list[Token], referring: frozenset[str],
                  of_a_class: Callable[[str], bool], person_noun: Callable[[str], bool] | None = None) -> list[Token]:
    """``content`` (a bracket's tokens) without the words of a two-word name, when ``gap`` (the
    source's words it stands for) is a pronoun or a name: each word one of ``referring`` or a
    capitalised word of no class (``of_a_class``). A name is a capitalised word and, right after
    it with nothing but a space between, a capitalised surname of no class ("Jan Becker"; not
    "Jan. 5", "Next Monday", "max 5"), or a capitalised word right after a person's noun
    (``person_noun``, folded: "[the spokesman Max]", "[der Sprecher Max]"; rules 53, where
    "spokesman" is no capitalised given name to read it by)."""
    gap_words = [t for t in gap if t.is_word]
    if not gap_words or not all(t.folded in referring or (t.text[:1].isupper() and not of_a_class(t.folded))
                                for t in gap_words):
        return content
    names: set[int] = set()
    for i, (given, surname) in enumerate(zip(content, content[1:], strict=False)):
        if (given.is_word and surname.is_word and given.text[:1].isupper() and surname.text[:1].isupper()
                and surname.text[1:2].islower() and not of_a_class(surname.folded)
                and surname.start - given.end == 1):
            names.update((i, i + 1))
        if (person_noun is not None and given.is_word and surname.is_word and surname.text[:1].isupper()
                and surname.text[1:2].islower() and person_noun(given.folded) and surname.start - given.end == 1):
            names.add(i + 1)  # "the spokesman Max": a name after the noun of its bearer
    return [t for i, t in enumerate(content) if i not in names]
