"""A refresh value ("0; url=/next") read as Blink reads it, and which of a page's refreshes Blink's scheduler keeps.

Why a module of its own: whether a page sends its reader away (:mod:`archiver.core.refresh`, read at every reading of
archived bytes) and where a capture follows a refresh to must read a value alike, and as Chromium does. A looser
pattern (rules of session 51) vouched for pages Chromium 156 leaves at once: ".5; url=/x" read as no delay at all
where Blink reads half a second, a quoted URL cut at its first closing quote where Blink reads to its last, and of
several refreshes the first that parsed deciding where Blink's scheduler keeps the one of least delay; and it refused
pages Chromium shows: "0x; url=/x", whose delay Blink rejects, schedules nothing (measured, session 52, rvmod69,
``bench/head_cases_chromium.py``).

The reading is Blink's ``ParseHTTPRefresh`` and ``ParseRefreshTime`` (``platform/network/http_parsers.cc``) and
``NavigationScheduler::ScheduleRedirect``, which follow the HTML standard's "shared declarative refresh steps" but
for a fractional delay.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, TypeVar

T = TypeVar("T")

_WS = "\t\n\x0c\r "


class Refresh(NamedTuple):
    """A refresh a page asks for: its delay in seconds and the URL it goes to ("" reloads the page itself)."""

    delay: float
    url: str

    @property
    def at_once(self) -> bool:
        """Whether the page is left or reloaded before a reader reads it: less than a second. With no URL Chromium 156
        reloads the page again and again (rvmod69's measure: no text read), so no reader is shown it either."""
        return self.delay < 1

    @property
    def away_at_once(self) -> bool:
        """Whether the reader is taken to a URL before reading: less than a second, with a URL."""
        return self.delay < 1 and bool(self.url)


def parse_refresh(value: str) -> Refresh | None:
    """A ``Refresh`` value ("0; url=/next") read as Blink reads it; None when Blink schedules nothing for it.

    The delay is the run up to the first ``,``, ``;`` or white space; it must hold only digits and full stops (Blink
    reads its number up to a second full stop). Then white space, one ``,`` or ``;``, white space, an optional
    ``url`` and ``=``, and the URL; a quoted URL ends at the last same quote mark (none after it: the rest).
    """
    rest = value.lstrip(_WS)
    if not rest:
        return None
    end = next((i for i, c in enumerate(rest) if c in ",;" or c in _WS), len(rest))
    delay = _delay(rest[:end].strip(_WS + "\x0b"))  # (Blink strips the token of every ASCII space)
    if delay is None:
        return None
    rest = rest[end:].lstrip(_WS)
    if rest[:1] in (",", ";"):
        rest = rest[1:].lstrip(_WS)
    if rest[:3].lower() == "url":
        after = rest[3:].lstrip(_WS)
        if after[:1] == "=":
            rest = after[1:].lstrip(_WS)
    if rest[:1] in ("'", '"'):
        inside = rest[1:]
        close = inside.rfind(rest[0])
        rest = inside[:close] if close > 0 else inside
    return Refresh(delay, rest.strip(_WS))


def _delay(token: str) -> float | None:
    """Blink's ``ParseRefreshTime``: digits and full stops only, the number read up to a second full stop."""
    if not token or any(c not in "0123456789." for c in token):
        return None
    try:
        return float(".".join(token.split(".")[:2]))
    except ValueError:  # "." alone: no number
        return None


def kept_refresh(refreshes: Iterable[tuple[Refresh | None, T]]) -> tuple[Refresh, T] | None:
    """The refresh Blink's scheduler keeps of a page's refreshes in the order they come, with what the caller paired
    with it (the ``<base>`` before it; None for a refresh: one that does not parse, which schedules nothing): each
    replaces the one it keeps unless its delay is greater."""
    kept: tuple[Refresh, T] | None = None
    for refresh, extra in refreshes:
        if refresh is not None and (kept is None or refresh.delay <= kept[0].delay):
            kept = (refresh, extra)
    return kept
