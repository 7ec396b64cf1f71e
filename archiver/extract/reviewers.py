"""The readers a page's own declaration names as the authors of its reviews and comments.

Why: a recipe or a product page declares its readers' reviews inside its main JSON-LD object
(``"review": [{"@type": "Review", "author": {"name": "Kaye Lynn"}}, ...]``) and prints them in a list
under the text; a layout guess that reads such a name (trafilatura's, which walks the whole declaration)
takes a reader for the writer (authors-blind13's allrecipes page). A reader's review or comment is
never the article's credit, so a name declared only there is no author of the page.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: The main object's keys that hold its readers' contributions (schema.org ``review``, ``comment``).
_READER_KEYS = ("review", "reviews", "comment")


def _items(value: Any) -> Iterator[Any]:
    """``value`` as a sequence of items: a list as it is, one item alone."""
    if isinstance(value, list):
        yield from value
    elif value is not None:
        yield value


def _names(author: Any) -> Iterator[str]:
    """The names one ``author`` value gives: a string, a ``{"name": ...}`` object, or a list of them."""
    for item in _items(author):
        name = item.get("name") if isinstance(item, Mapping) else item
        if isinstance(name, str) and name.strip():
            yield name


def reviewer_keys(main: Mapping[str, Any]) -> frozenset[str]:
    """The names (case folded, whitespace collapsed) of the authors of the reviews and comments the page's main
    JSON-LD object ``main`` declares; empty for a page that declares none."""
    return frozenset(" ".join(name.split()).casefold() for key in _READER_KEYS for item in _items(main.get(key))
                     if isinstance(item, Mapping) for name in _names(item.get("author") or item.get("creator")))
