"""The page's lines as a reader sees them: the words the markup hides taken out.

The page text keeps every word, hidden or not (a quote of hidden words is located, and the
record's hidden spans say no reader saw them: :mod:`archiver.extract.page_lines`). What the page
*prints* about itself (a byline, a "By ..." line, a sign-off, the date under the headline, an
"Updated" line, an author box's name) is read from the words a reader is shown only: a hidden
"Log in as Max Mustermann" in a header widget, or a hidden second byline, is no one's credit, and
a declared author the page names only in hidden words is not "printed" (issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence


def shown_lines(lines: Sequence[str], hidden: Sequence[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """(the lines with the hidden spans' characters cut out and their whitespace collapsed, the
    index in ``lines`` of each): a line left with no word is dropped, as a reader sees no line there.

    ``hidden``: code-point spans of ``"\\n".join(lines)``
    (:func:`archiver.extract.page_lines.visible_lines_with_credits`), in page order."""
    if not hidden:
        return list(lines), list(range(len(lines)))
    spans = sorted(hidden)
    out: list[str] = []
    at: list[int] = []
    k = 0
    start = 0
    for i, line in enumerate(lines):
        end = start + len(line)
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k == len(spans) or spans[k][0] >= end:
            out.append(line)  # no hidden character in this line: kept as it is
            at.append(i)
        else:
            parts: list[str] = []
            pos = start
            j = k
            while j < len(spans) and spans[j][0] < end:
                a, b = max(spans[j][0], start), min(spans[j][1], end)
                if a > pos:
                    parts.append(line[pos - start:a - start])
                pos = max(pos, b)
                j += 1
            if pos < end:
                parts.append(line[pos - start:])
            text = " ".join("".join(parts).split())
            if text:
                out.append(text)
                at.append(i)
        start = end + 1  # the "\n" between lines
    return out, at
