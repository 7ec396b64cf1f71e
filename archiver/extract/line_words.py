"""Which of several groups of words each of a page's lines holds, the page read once.

Why: two readers are asked of every line of every page (``find_notices``): the statements no cue reads
(:func:`~archiver.extract.notice_statements.statement_notice`) and the page's own notes
(:func:`~archiver.extract.notice_page_notes.page_note`). Each first asked whether the line held one of its words,
each folding the line and reading it with its own Aho-Corasick automaton: two walks of ~10 ns a character over
nearly the whole page (0.16 + 0.17 ms of the batch bench's 20 KB page, issue 13, tenth pass), the page notes' one
over every paragraph however long. Here each line's fold is made once and the page read once for both readers' words.

What a line is asked: whether one of a group's words is in `` <line stripped and casefolded> `` (a space each side,
as the statements read a word standing at a line's edge, " ai "). For a word with no whitespace at its edges that
is the same answer as asking the line's casefold unstripped (as the page notes did): casefolding turns whitespace
into itself and nothing else into whitespace or nothing (tests/test_extract_speed_line_words.py checks it over
every code point), so such a word's occurrences lie in the stripped part either way.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from archiver.extract.cue_match import automaton


class WordGroups:
    """Groups of (casefolded) words; :meth:`by_line` says which groups each line of a page holds."""

    __slots__ = ("_found", "_made")

    def __init__(self, groups: Sequence[Iterable[str]]) -> None:
        bits: dict[str, int] = {}
        for g, words in enumerate(groups):
            for word in words:
                if "\n" in word or word != word.casefold():
                    raise ValueError(f"a group's word must be casefolded and hold no line break: {word!r}")
                bits[word] = bits.get(word, 0) | 1 << g
        self._found: Any = None  # the automaton, made at the first page (pyahocorasick is imported then)
        self._made = bits

    def by_line(self, lines: Sequence[str], shortest: int, longest: int) -> list[int]:
        """For each line, the groups it holds as bits (bit ``g`` for group ``g``), read in `` <fold> ``; a line whose
        stripped text is outside ``shortest``..``longest`` characters is not read (0).

        The lines' padded folds are joined by a line break, which no word holds, so no word found spans two lines;
        each word found is put back on the line it ends in (as :func:`~archiver.extract.notices.lines_with_stems`
        does for the cue stems)."""
        if self._found is None:
            self._found = automaton(self._made.items()) or False
        out = [0] * len(lines)
        if not self._found:
            return out
        folded = [f" {text.casefold()} " if shortest <= len(text) <= longest else ""
                  for text in (line.strip() for line in lines)]
        starts: list[int] = []
        at = 0
        for fold in folded:
            starts.append(at)
            at += len(fold) + 1
        for end, bits in self._found.iter("\n".join(folded)):
            out[bisect_right(starts, end) - 1] |= bits
        return out
