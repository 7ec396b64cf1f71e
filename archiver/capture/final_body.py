"""The final response's body read once: what a plain capture's refresh check and its commit both read.

Why (issue 13, task perf71): every hop that ends a fetch was read twice. The fetcher asked
:func:`archiver.capture.redirects.refresh_target` whether the page forwards its reader by a refresh,
which split the response, de-chunked its payload and decoded the content coding of its first 64 KiB;
then :func:`archiver.store.commit.draft_from_exchange` split, de-chunked and decoded the whole body
again for the extraction. Now the fetcher reads the hop once, whole, as the commit reads it
(:func:`read_final`), the refresh check takes its first bytes from that reading, and the
:class:`~archiver.capture.fetch.Exchange` hands it on to the commit.

The answers are the same as the two readings gave. The body's first bytes are the first bytes of
its whole decoding (each coding step is deterministic however its output is cut). A decoding that
raises one of our errors (past the inflate limit, damaged, an unsupported coding) is kept as that
error: the commit raises it again, as its own decoding would have, and the refresh check decodes
only the beginning as before (a body may decode well for 64 KiB and only then go past the limit).
A reading made under other limits than the commit's is not used (:func:`reading_for`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from archiver.core import limits
from archiver.core.http_fields import field_values
from archiver.errors import ArchiverError

if TYPE_CHECKING:
    from archiver.capture.content_coding import DecodedBody
    from archiver.capture.fetch import Hop


class FinalBody(NamedTuple):
    """A hop's response read whole: its head's fields, its de-chunked (still coded) payload, and
    its decoding, or the error of ours that decoding raised."""

    hop: Hop
    headers: list[tuple[str, str]]
    payload: bytes
    decoded: DecodedBody | ArchiverError
    #: the inflate limit it was decoded under (:attr:`archiver.core.limits.Limits.max_inflated_bytes`);
    #: None for a body sent with no ``Content-Encoding`` field, which no limit bounds (nothing to decode)
    limit: int | None


def read_final(hop: Hop) -> FinalBody | None:
    """``hop``'s response read as the commit reads it; None when reading it fails otherwise than
    with an error of ours from the decoding (each reader then reads the hop itself, as before, and
    the commit says why)."""
    from archiver.capture.content_coding import decode_body
    from archiver.capture.warc import http_payload

    decoded: DecodedBody | ArchiverError
    try:
        headers, payload = http_payload(hop.final_response())
        # (reading the limits costs ~30 us: only a body sent with a content coding is decoded under one)
        limit = limits.current().max_inflated_bytes if field_values(headers, "Content-Encoding") else None
        try:
            decoded = decode_body(headers, payload, limit=limit)
        except ArchiverError as exc:
            decoded = exc
    except Exception:  # noqa: BLE001 - any other failure: each reader reads the hop itself, as before, and reports it
        return None
    return FinalBody(hop, headers, payload, decoded, limit)


def reading_for(hop: object, reading: FinalBody | None) -> FinalBody | None:
    """``reading`` when it is ``hop``'s, made under the limits in force now; None otherwise."""
    if reading is None or reading.hop is not hop:
        return None
    if reading.limit is not None and reading.limit != limits.current().max_inflated_bytes:
        return None
    return reading


__all__ = ["FinalBody", "read_final", "reading_for"]
