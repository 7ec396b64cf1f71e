"""A line too long to open a joined pair (a bare label, a credit sign alone, a bare picture marker)
is passed over before any of the three is asked; the joined lines are those of asking them all."""

from __future__ import annotations

import re

from shipped_pages import PAGES

from archiver.extract import notice_label_joins as joins
from archiver.extract import notices
from archiver.extract.html import decode_html
from archiver.extract.notice_credit_forms import _LABEL_ONLY, MARKER_WIDTH, bare_marker
from archiver.extract.page_lines import visible_lines_with_context
from archiver.extract.text import parse_html


def _width(pattern: str, flags: int) -> int:
    """The longest string ``pattern`` matches, read from its parsed form."""
    return int(re._parser.parse(pattern, flags).getwidth()[1])  # type: ignore[attr-defined]


def _asked_all(lines: list[str], contexts: list[int]) -> tuple[list[str], list[int], list[int]]:
    """join_labels_at as it was: the three forms asked of every line."""
    out: list[str] = []
    ctx: list[int] = []
    at: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _LABEL_ONLY.match(line) and not notices._INVITE.search(
                lines[i + 1], notices.cue_fold(lines[i + 1])):
            out.append(f"{line} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1])
            at += [len(out) - 1, len(out) - 1]
            i += 2
        elif joins._sign_pair(lines, contexts, i):
            out.append(f"{line.strip()} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1])
            at += [len(out) - 1, len(out) - 1]
            i += 2
        elif joins._guest_pair(lines, contexts, i):
            out.append(f"{line.strip()} {lines[i + 1].strip()}")
            ctx.append(contexts[i] | contexts[i + 1] & ~notices.CTX_LINK)
            at += [len(out) - 1, len(out) - 1]
            i += 2
        elif joins._label_pair(lines, contexts, i):
            out.append(f"{line} {lines[i + 1]}")
            ctx.append(contexts[i] | contexts[i + 1] | notices.CTX_CAPTION)
            at += [len(out) - 1, len(out) - 1]
            i += 2
        else:
            out.append(line)
            ctx.append(contexts[i])
            at.append(len(out) - 1)
            i += 1
    return out, ctx, at


def test_no_form_that_opens_a_pair_matches_a_line_longer_than_the_guard():
    # "$" also matches before a closing newline: one character more than the pattern's width
    assert _width(_LABEL_ONLY.pattern, _LABEL_ONLY.flags) + 1 <= joins._PAIR_OPENER
    assert _width(joins._SIGN_ONLY.pattern, joins._SIGN_ONLY.flags) + 1 <= joins._PAIR_OPENER
    assert MARKER_WIDTH + 7 <= joins._PAIR_OPENER
    assert not bare_marker("Foto " + " " * MARKER_WIDTH) and bare_marker("Fotos")


def test_joined_lines_are_those_of_asking_every_line_on_every_shipped_page():
    pages = 0
    for page in PAGES:
        lines, contexts = visible_lines_with_context(parse_html(decode_html(page.read_bytes(), "text/html").text))
        assert joins.join_labels_at(lines, contexts) == _asked_all(lines, contexts), page.name
        pages += 1
    assert pages > 5


def test_joined_lines_are_those_of_asking_every_line_around_the_guard_length():
    made: list[str] = []
    for width in range(joins._PAIR_OPENER - 3, joins._PAIR_OPENER + 4):
        made += [("Editor's note" + " " * width)[:width - 1] + ":", ("Foto" + " " * width)[:width],
                 ("©" + " " * width)[:width], "Jane Doe / Example Agency"[:width]]
    made += ["Foto:", "Jane Doe", "©", "Jane Doe - Example Stock", "Fotos", "Peter Middel / FLVW", "Bildquelle:", "Share"]
    lines = [line for x in made for line in (x, "Jane Doe")]
    contexts = [0] * len(lines)
    assert joins.join_labels_at(lines, contexts) == _asked_all(lines, contexts)
    assert any(" " in line and line.startswith(("Foto:", "©", "Fotos")) for line in joins.join_labels_at(lines, contexts)[0])


def test_a_newline_the_dollar_allows_is_counted_in_the_guard():
    assert re.match(_LABEL_ONLY.pattern, "A" * 29 + ":\n") and len("A" * 29 + ":\n") <= joins._PAIR_OPENER
