"""Injectable time and identifiers.

Evidence must be reproducible in tests: WARC bytes and log bytes are compared literally, so
every timestamp and every generated id comes from a :class:`Clock` / :class:`IdFactory` that
tests replace with fixed ones. Production uses the system clock and random ids.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import uuid
from dataclasses import dataclass, field
from typing import Protocol

from ulid import ULID


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


class RandomIds:
    """Capture ids: 16 chars of lower-case Crockford base32, a ULID cut short.

    10 chars of millisecond time (so ids sort by time) + 6 random (30 bits): unique enough for
    one store, short enough to type; any unique prefix is accepted.
    """

    def capture_id(self, when: dt.datetime) -> str:
        return str(ULID.from_datetime(when)).lower()[:16]

    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.uuid4()}>"


@dataclass
class FixedClock:
    """A clock for tests: starts at ``start`` and advances ``step`` on every call."""

    start: dt.datetime = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    step: dt.timedelta = dt.timedelta(milliseconds=1)
    _n: itertools.count = field(default_factory=itertools.count, repr=False)

    def now(self) -> dt.datetime:
        return self.start + self.step * next(self._n)


@dataclass
class CountingIds:
    """Deterministic ids for tests."""

    _n: itertools.count = field(default_factory=lambda: itertools.count(1), repr=False)

    def capture_id(self, when: dt.datetime) -> str:
        n = next(self._n)
        return str(ULID.from_timestamp(when.timestamp())).lower()[:10] + f"{n:06d}"

    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.UUID(int=next(self._n))}>"


def default_clock() -> Clock:
    return SystemClock()


def default_ids() -> IdFactory:
    return RandomIds()


def process_token() -> str:
    """A short random token naming this process's WARC file (time + random)."""
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
