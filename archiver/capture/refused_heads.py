"""Response heads Chromium refuses outright, so there is no page to record.

Chromium's ``HttpStreamParser`` fails a response whose ``Content-Disposition`` values differ
(``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION``, a response-splitting guard): the fields are
split at commas outside quotes and trimmed, and any two parts that are not the same string (case
counts) make the error page, whatever the status. ``attachment, attachment`` is one value and
downloads; ``inline, attachment`` or two fields ``inline`` and ``attachment`` are refused. Kept, such
a capture was extracted and quotes verified on words no browser showed (review rvsec61); it is
refused as two different ``Location`` values are (``ambiguous_redirect``, :mod:`.redirects`).
"""

from __future__ import annotations

from collections.abc import Iterable

from archiver.core.http_fields import strip_ows
from archiver.core.mime import split_header_values


def differing_dispositions(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The different ``Content-Disposition`` values of a head, in order (more than one: refused)."""
    out: list[str] = []
    for value in split_header_values(v for k, v in headers if strip_ows(k).lower() == "content-disposition"):
        if value not in out:
            out.append(value)
    return out


__all__ = ["differing_dispositions"]
