"""Where a sentence ends inside a line: one pattern for every notice reader that splits a line into sentences.

Why a module of its own: the notice features, the credits and the page's own statements (notice_own_statements)
each split lines so, and the last of them cannot import notice_features (which reads its words through
notice_cues): a leaf both import keeps one definition instead of a copy that could drift. The same holds for the
sentence around a match (:func:`sentence_at`), which the own statements and the reader-comments guard of the notice
features both ask.
"""

from __future__ import annotations

from archiver.core import lazy_re

#: A sentence ends at its mark, also when a bracket or a quotation mark closes right after it ("... (Data from
#: Example, 2018.) Image by Jane Doe": the credit after the bracket is a segment of its own). The look-ahead needs
#: the next sentence's first letter: a search that stops at a match's start must run one character past it.
SENTENCE_END = lazy_re.compile(r"[.!?…][)\]\"”»’']*\s+(?=[\"“«(]?[A-ZÀ-ÞА-ЯЁ])")


def sentence_at(line: str, start: int, end: int) -> str:
    """The sentence of ``line`` holding ``line[start:end]`` (split at :data:`SENTENCE_END`), stripped."""
    begin = 0
    for m in SENTENCE_END.finditer(line, 0, start + 1):  # (+1: the look-ahead sees a sentence the match opens)
        begin = m.end()
    stop = SENTENCE_END.search(line, end)
    return line[begin:stop.start() + 1 if stop else len(line)].strip()
