"""Reading a WARC date (``WARC-Date``, ``WARC-Refers-To-Date``) as the moment it names.

Its own module because an import reads dates in two places that must agree: the time a capture is dated by and
the order of a file's records (a revisit after what it revisits, a redirect's next hop not before it).
"""

from __future__ import annotations

import datetime as dt


def parse_warc_date(value: str | None) -> dt.datetime | None:
    """``value`` as an aware datetime in UTC, or None when it reads as no time.

    A date with no zone is UTC, as WARC 1.1 says every WARC date is (until rvimp70 ``WARC-Date`` was read in this
    machine's zone, so one file gave its captures other times on other machines). One naming a moment no UTC time
    holds (``0001-01-01T00:00:00+05:00``) reads as none: converted, or compared with another, it overflowed
    (review s38).
    """
    try:
        when = dt.datetime.fromisoformat((value or "").replace("Z", "+00:00"))
        return (when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None


__all__ = ["parse_warc_date"]
