"""Reading an extraction record's ``page_text_hidden``: the spans of its page text whose words the
page's markup hides.

Here, not in :mod:`archiver.extract`, because ``verify-quote``, ``compare`` and ``verify-bundle``
read it from stored records and must not import the extraction stack (trafilatura, lxml) to do so
(as :mod:`archiver.core.page_states`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def hidden_spans(article: Mapping[str, Any]) -> tuple[tuple[int, int], ...] | None:
    """The record's ``page_text_hidden`` as ``(start, end)`` code-point offsets into its page
    text; ``None`` (not known) when a record from before extractor version 48 has no such key,
    or holds anything but a list of ``[start, end]`` integer pairs: such a record names no hidden
    words, and is judged as before."""
    raw = article.get("page_text_hidden")
    if not isinstance(raw, list):
        return None
    out = []
    for span in raw:
        if not (isinstance(span, list) and len(span) == 2 and all(type(x) is int for x in span)):
            return None
        out.append((span[0], span[1]))
    return tuple(out)
