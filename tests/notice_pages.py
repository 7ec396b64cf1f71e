"""Small pages for the notice detector's tests: visible lines with their DOM context bits and the
main text, as :func:`archiver.extract.notices.find_notices` receives them from the HTML extractor.

The line under test is put between, inside, after or below a four-paragraph story, with a
footer of links that keeps it away from the page's end unless a test wants it there.
"""

from __future__ import annotations

from archiver.extract.notices import find_notices

BODY = [
    "First paragraph of the story about the harbour and its long history in the region.",
    "Second paragraph of the story, which goes on about the ships and the people who sail them.",
    "Third paragraph, more of the same, about the weather and the tides of the northern coast.",
    "Fourth paragraph closing the story with a quote from the harbour master about the future.",
]
FOOTER = [f"Footer link {i}" for i in range(9)]  # keeps the lines under test away from the page's end


def between(line: str, ctx: int) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page with ``line`` between the main text's paragraphs,
    not part of the main text (a picture's credit between two paragraphs)."""
    lines = [*BODY[:2], line, *BODY[2:], *FOOTER]
    contexts = [0, 0, ctx, 0, 0, *[0] * len(FOOTER)]
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]


def in_main(line: str, ctx: int) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page whose main text holds ``line`` in its middle."""
    main = [*BODY[:2], line, *BODY[2:]]
    lines = [*main, *FOOTER]
    contexts = [0, 0, ctx, 0, 0, *[0] * len(FOOTER)]
    return [(n.kind, n.text) for n in find_notices(lines, contexts, main)]


def after(line: str, ctx: int) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page with ``line`` after the main text, before a footer."""
    lines = [*BODY, line, *FOOTER]
    contexts = [0] * len(BODY) + [ctx] + [0] * len(FOOTER)
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]


def at_page_end(line: str, ctx: int) -> list[tuple[str, str]]:
    """(kind, text) of the notices of a page whose last line, in its footer, is ``line``."""
    lines = [*BODY, *FOOTER, line]
    contexts = [0] * (len(BODY) + len(FOOTER)) + [ctx]
    return [(n.kind, n.text) for n in find_notices(lines, contexts, BODY)]
