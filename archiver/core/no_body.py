"""Which response statuses have no body, whatever follows their head: 1xx, 204, 205 and 304.

RFC 9112 section 6.3 gives 1xx, 204 and 304 no body; RFC 9110 forbids a 205 content, and Chromium frames a 205 with
none too (``HttpStreamParser``: 204, 205 and 304 have a body of length 0; measured in session 51: the navigation is
aborted, no page shown). What follows such a head is trailing bytes, no page a reader was shown.

Why one place: the plain capture's framing (:mod:`archiver.capture.fetch`), the browser capture's proxy
(:mod:`archiver.capture.proxy`) and every reader of an archived record (:func:`archiver.capture.warc.record_payload`)
each held its own list, and a 205 was in one and not yet in another (a 205's bytes were the capture's text until
session 51). They ask this module now, so they cannot drift apart.
"""

from __future__ import annotations


def status_has_no_body(status: int | None) -> bool:
    """Whether a response of ``status`` has no body (None, no status read: it may have one)."""
    return status is not None and (100 <= status < 200 or status in (204, 205, 304))
