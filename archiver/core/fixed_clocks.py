"""Deterministic clocks and ids for tests (``from archiver.core.fixed_clocks import FixedClock``):
WARC and log bytes are compared literally, so a test fixes every timestamp and id. Kept out of
:mod:`archiver.core.clock`, which every command imports: tests alone use them."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass, field


@dataclass
class FixedClock:
    """A clock for tests: starts at ``start`` and advances ``step`` on every call."""

    start: dt.datetime = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    step: dt.timedelta = dt.timedelta(milliseconds=1)
    _n: itertools.count[int] = field(default_factory=itertools.count, repr=False)

    def now(self) -> dt.datetime:
        return self.start + self.step * next(self._n)


@dataclass
class CountingIds:
    """Deterministic ids for tests."""

    _n: itertools.count[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    def capture_id(self, when: dt.datetime) -> str:
        # imported here: only tests count ids, and python-ulid cost ~2 ms of every start
        from ulid import ULID

        n = next(self._n)
        return str(ULID.from_timestamp(when.timestamp())).lower()[:10] + f"{n:06d}"

    def record_id(self) -> str:
        return f"<urn:uuid:{uuid.UUID(int=next(self._n))}>"
