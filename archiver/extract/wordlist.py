"""Whole-word membership in a long word list, as a set lookup instead of a regex alternation.

Why: ``(?<!\\w)(?:agency|media|news|...)(?!\\w)`` with IGNORECASE, over 200 words and more,
took ~2 ms to compile per list (a page's first credit compiled several: issue 13) and walks the
alternation at every position of every name it is tried on. :class:`WordList` answers the same
question - does the text hold one of the entries as whole words, compared case-insensitively -
from the text's words: each maximal run of word characters (``\\w+``) is a word, an entry of n
words is looked up among the runs of n consecutive words (with the text between them as
written), each folded as the regex engine folds case under IGNORECASE
(:func:`~archiver.extract.cue_match.cue_fold`, one character for one, so a word's place in the
folded text is its place in the text).

The answers are the regex's because an entry that begins and ends with a word character
matches there exactly when its first word starts a run of word characters (the look-behind)
and its last ends one (the look-ahead): tests/test_extract_regex_wordlist.py compares both on
many strings (accents, Cyrillic, CJK, punctuation, case oddities).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from archiver.extract.cue_match import cue_fold, word_char

_WORD = re.compile(r"\w+")


def expand(alternation: str) -> list[str]:
    """The literal entries of a regex alternation written as a word list ("comments?|e\\.v|
    комментари[йяев]|agence france[- ]presse"): a ``?`` after a character makes it optional, a
    ``[...]`` of plain characters is one of them, ``\\.`` is a full stop. Anything else of regex
    syntax is refused, so that a list edited into a real pattern is not read wrongly."""
    out: list[str] = []
    for alt in alternation.split("|"):
        forms = [""]
        i = 0
        while i < len(alt):
            ch = alt[i]
            if ch == "\\" and alt[i + 1:i + 2] == ".":
                choices, i = ["."], i + 2
            elif ch == "[":
                end = alt.index("]", i)
                choices, i = list(alt[i + 1:end]), end + 1
            elif ch in "()*+{}^$.\\]":
                raise ValueError(f"not a plain word list entry: {alt!r}")
            else:
                choices, i = [ch], i + 1
            if alt[i:i + 1] == "?":
                choices, i = [*choices, ""], i + 1
            forms = [f + c for f in forms for c in choices]
        out += forms
    return out


class WordList:
    """``re.compile(r"(?<!\\w)(?:" + "|".join(entries) + r")(?!\\w)", re.IGNORECASE).search``
    as a truth value, for entries that begin and end with a word character."""

    __slots__ = ("_by_count", "_firsts", "_fold", "_singles", "entries")

    def __init__(self, entries: Iterable[str], fold: Callable[[str], str] | None = None) -> None:
        """``fold`` (optional) is applied to the text before its words are read, as the regex
        would be searched on ``fold(text)`` (e.g. the text without accents). The entries are
        checked here; the tables are made on first use (:meth:`_tables`): a module holds lists a
        page may never ask (~0.3 ms each for the organisation words, issue 13)."""
        self.entries = tuple(entries)
        self._fold = fold
        for entry in self.entries:
            if not entry or not word_char(entry[0]) or not word_char(entry[-1]):
                raise ValueError(f"an entry must begin and end with a word character: {entry!r}")
        self._singles: frozenset[str] | None = None
        self._by_count: tuple[tuple[int, frozenset[str]], ...] = ()
        self._firsts: frozenset[str] = frozenset()

    def _tables(self) -> frozenset[str]:
        """The entries of one word, folded (made now if they were not yet, with the others)."""
        if self._singles is None:
            by_count: dict[int, set[str]] = {}
            firsts: set[str] = set()
            for entry in self.entries:
                words = _WORD.findall(entry)
                by_count.setdefault(len(words), set()).add(cue_fold(entry))
                if len(words) > 1:
                    firsts.add(cue_fold(words[0]))
            self._by_count = tuple(sorted((n, frozenset(folded)) for n, folded in by_count.items() if n > 1))
            # the first word of each entry of several words: only a text holding one is read further
            self._firsts = frozenset(firsts)
            self._singles = frozenset(by_count.get(1, ()))
        return self._singles

    def search(self, text: str) -> bool:
        """Whether ``text`` holds an entry as whole words (case-insensitively, as IGNORECASE)."""
        singles = self._singles if self._singles is not None else self._tables()
        if self._fold is not None:
            text = self._fold(text)
        folded = cue_fold(text)
        if text.isascii():  # folding ASCII keeps every character's kind: the folded text's words are the text's
            words = _WORD.findall(folded)
            spans = None
        else:
            spans = [m.span() for m in _WORD.finditer(text)]
            words = [folded[a:b] for a, b in spans]
        if not singles.isdisjoint(words):
            return True
        if self._firsts.isdisjoint(words):
            return False
        if spans is None:
            spans = [m.span() for m in _WORD.finditer(text)]
        for n, entries in self._by_count:
            for i in range(len(spans) - n + 1):
                if folded[spans[i][0]:spans[i + n - 1][1]] in entries:
                    return True
        return False

    def word_spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` holds an entry, in order: ``[m.span() for m in regex.finditer(text)]``
        of the regex this list stands for, for a list of one-word entries only (a match of
        such a list is one whole run of word characters, so matches never overlap)."""
        entries = self._singles if self._singles is not None else self._tables()
        if self._by_count:
            raise ValueError("word_spans reads lists of one-word entries only")
        if self._fold is not None:
            text = self._fold(text)
        folded = cue_fold(text)
        return [m.span() for m in _WORD.finditer(text) if folded[m.start():m.end()] in entries]


__all__ = ["WordList", "expand"]
