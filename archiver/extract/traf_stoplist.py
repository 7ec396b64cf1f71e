"""trafilatura's justext stoplist, as a tuple whose hash is computed once per process.

Why: trafilatura's justext fallback (``trafilatura.external.try_justext``, taken by a page whose
own extraction is short or unclean: about one page in fifteen of the metadata set) hands
justext the union of every language's stoplist, a tuple of some 154,000 words, and justext's
``define_stoplist`` is an ``lru_cache`` keyed by that tuple. A tuple does not keep its hash, so
each such page hashed all 154,000 words again to find the cached set: 3.3 ms of CPU a page
(0.22 ms a page over 250 pages of the metadata set). :class:`HashedOnce` is the same tuple (same words,
same order, same hash, equal to it), whose hash is computed when it is made; the cached set is
the one the plain tuple finds, so justext's answers, and the extraction, are unchanged
(tests/test_extract_speed_stoplist.py; the fingerprint of the 1,185 benchmark pages).

:func:`install` puts it in place through trafilatura's own initialiser (the module global
``jt_stoplist_init``, which ``try_justext`` calls on first use), so the words are still read
only when a page first needs them, never at import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from trafilatura import external as traf_external


class HashedOnce(tuple[str, ...]):
    """A tuple whose hash, the tuple's own, is computed once when it is made."""

    _hash: int

    def __new__(cls, items: Iterable[str]) -> HashedOnce:
        made = super().__new__(cls, items)
        made._hash = tuple.__hash__(made)
        return made

    def __hash__(self) -> int:
        return self._hash


def _hashed(init: Callable[[], Any]) -> Callable[[], Any]:
    """trafilatura's ``jt_stoplist_init``, leaving :class:`HashedOnce` of its words as the stoplist."""

    def jt_stoplist_init() -> tuple[str, ...]:
        stoplist = HashedOnce(init())
        traf_external.JT_STOPLIST = stoplist  # type: ignore[assignment]  # typed None: its value before first use
        return stoplist

    jt_stoplist_init.__wrapped__ = init  # type: ignore[attr-defined]
    return jt_stoplist_init


def install() -> None:
    """Have trafilatura make (or hold) its justext stoplist as a :class:`HashedOnce` (idempotent).
    A trafilatura without these names is left as it is: this only ever costs speed."""
    init = getattr(traf_external, "jt_stoplist_init", None)
    if init is None or not hasattr(traf_external, "JT_STOPLIST"):
        return
    current = traf_external.JT_STOPLIST
    if isinstance(current, tuple) and not isinstance(current, HashedOnce):  # already read as a plain tuple
        traf_external.JT_STOPLIST = HashedOnce(current)
    if not hasattr(init, "__wrapped__"):
        traf_external.jt_stoplist_init = _hashed(init)
