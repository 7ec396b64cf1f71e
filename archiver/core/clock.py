"""Injectable time and identifiers.

Evidence must be reproducible in tests: WARC bytes and log bytes are compared literally, so
every timestamp and every generated id comes from a :class:`Clock` / :class:`IdFactory` that
tests replace with fixed ones (:mod:`archiver.core.fixed_clocks`). Production uses the system
clock and random ids.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import threading
import uuid
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Current time, timezone-aware UTC."""


class IdFactory(Protocol):
    def capture_id(self, when: dt.datetime) -> str:
        """A short, unique id that sorts by time."""

    def record_id(self) -> str:
        """A WARC-Record-ID (``<urn:uuid:...>``)."""


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
#: Capture ids: 10 characters of millisecond time + this many of random/counter (5 bits each).
TIME_CHARS = 10
RANDOM_CHARS = 8
_RANDOM_BITS = 5 * RANDOM_CHARS


def _base32(value: int, width: int) -> str:
    """``value`` as ``width`` lower-case Crockford base32 characters (big-endian, so they sort)."""
    out = []
    for _ in range(width):
        value, digit = divmod(value, 32)
        out.append(CROCKFORD[digit])
    return "".join(reversed(out))


def _millis(when: dt.datetime) -> int:
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int(when.timestamp() * 1000))


class RandomIds:
    """Capture ids: 18 chars of lower-case Crockford base32, sortable by time, unique per store.

    10 chars of millisecond time (ids sort by time; any unique prefix is accepted) + 8 chars
    (40 bits) drawn from the OS CSPRNG. Within one process the tail is *monotonic per
    millisecond*: a second id for a millisecond already used continues from the last tail + 1,
    so ids made at one instant (a fast loop, many threads, an imported WARC whose dates have
    second resolution) never repeat. Across processes the 40 random bits make a clash
    vanishingly rare, and the index refuses to store one (never a silent replace).
    (A cut ULID lost python-ulid's monotonic increment and repeated within a millisecond.)
    """

    #: How many recent milliseconds remember their last tail (bounds memory; older ones are
    #: revisited only by imports of out-of-order dates, and then draw afresh from 40 bits).
    MEMORY = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[int, int] = {}
        self._pid = os.getpid()

    def capture_id(self, when: dt.datetime) -> str:
        ms = _millis(when)
        with self._lock:
            if self._pid != os.getpid():  # a forked child must not continue its parent's tails
                self._last.clear()
                self._pid = os.getpid()
            tail = self._last.get(ms)
            if tail is None or tail + 1 >= 1 << _RANDOM_BITS:
                tail = secrets.randbits(_RANDOM_BITS - 1)  # room left for increments
            else:
                tail += 1
            self._last.pop(ms, None)
            self._last[ms] = tail
            if len(self._last) > self.MEMORY:
                del self._last[next(iter(self._last))]
        return _base32(ms, TIME_CHARS) + _base32(tail, RANDOM_CHARS)

    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.uuid4()}>"


def default_clock() -> Clock:
    return SystemClock()


def default_ids() -> IdFactory:
    return RandomIds()


def process_token() -> str:
    """A short random token naming this process's WARC file (time + random)."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
