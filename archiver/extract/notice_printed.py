"""A reported notice as the page text prints it, and whether the page's markup hides it.

Why: a notice is evidence a researcher quotes, so its text must be words of the archived page text, where a quote check
finds them. The notice readers read a bare label joined to the line it introduces by a space ("Фото:" over "личный
архив" read as "Фото: личный архив": :func:`archiver.extract.notice_label_joins.join_labels_at`, also a sign and its name, a
field and its value), so such a notice was no substring of the page text, where a line break stands between them (60
of the 1,994 reports on the bench pages, review rvn58): it is reported with the page's own break. And a notice the
page's markup hides (a toggled credit, a tooltip, a closed ``<details>``: the hidden spans of
:mod:`archiver.extract.unrendered`) was reported like a shown one (57 on the bench pages): it now says so, ``hidden``,
as ``verify-quote`` says of a quote of hidden words.

Why a module of its own: both are read against the page text once the notices are chosen, apart from how they are
found (notices.py and its readers), so every reader's notice is held to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from archiver.extract.model import Notice

#: At most this many places of a notice's text are read (a credit a gallery prints on every picture).
_MAX_PLACES = 64


def _places(text: str, page_text: str) -> list[tuple[int, int]]:
    """Where ``text`` stands in ``page_text`` (start, end), exactly, or else with a line break (or any run of white
    space) where ``text`` has a space: the label and the line the readers joined."""
    places: list[tuple[int, int]] = []
    at = page_text.find(text)
    while at >= 0 and len(places) < _MAX_PLACES:
        places.append((at, at + len(text)))
        at = page_text.find(text, at + 1)
    if places or not text.strip() or " " not in text:
        return places
    spaced = re.compile(r"\s+".join(re.escape(part) for part in text.split(" ") if part))
    return [m.span() for _, m in zip(range(_MAX_PLACES), spaced.finditer(page_text), strict=False)]


def _hides(span: tuple[int, int], hidden: Sequence[tuple[int, int]]) -> bool:
    """Whether a hidden span holds any of the words of ``page_text[span[0]:span[1]]``."""
    start, end = span
    return any(h_start < end and start < h_end for h_start, h_end in hidden)


def as_printed(notices: Iterable[Notice], page_text: str, hidden: Sequence[tuple[int, int]] = ()) -> tuple[Notice, ...]:
    """``notices`` with each text as the page text prints it (its first place there) and ``hidden`` set when every
    place of it holds words the page's markup hides (:data:`~archiver.extract.model.Article.page_text_hidden`). A
    text the page text does not hold (a reader's cleaning took characters out) is kept as it was, not hidden."""
    out: list[Notice] = []
    for notice in notices:
        places = _places(notice.text, page_text)
        if not places:
            out.append(notice._replace(hidden=False))
            continue
        start, end = places[0]
        out.append(Notice(notice.kind, page_text[start:end], all(_hides(p, hidden) for p in places)))
    return tuple(out)


__all__ = ["as_printed"]
