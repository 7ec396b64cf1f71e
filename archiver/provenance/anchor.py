"""Trusted time for checkpoints: a pluggable anchor interface and an RFC 3161 implementation.

The time in an entry is the writer's claim. An anchor is a third party's signed statement that
a checkpoint existed at a time, so it covers every entry up to that size at once. Anchors stamp
the checkpoint *text* (origin, size, root: the signed bytes without signature lines) and their
proof is stored beside the checkpoint as ``checkpoints/<size>.<suffix>``. Anchoring is optional
and never blocks appending.

RFC 3161 uses ``rfc3161-client`` (Trail of Bits; also used by sigstore-python) for the ASN.1
and CMS checks. It has no HTTP, so the request is POSTed here with the standard library.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from archiver.core.files import read_user_file
from archiver.core.url_text import check_service_url
from archiver.errors import IncompleteCheckError, IntegrityError, UsageError

#: How much earlier than an entry's claimed time an anchor may be (clock skew, TSA accuracy).
ANCHOR_TOLERANCE = dt.timedelta(seconds=1)

_HASHES = {
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
}


class AnchorError(IntegrityError):
    """An anchor proof does not match the checkpoint or does not verify."""


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What a verified anchor asserts: the time, who asserts it, and whether its chain was checked."""

    kind: str
    time: dt.datetime
    issuer: str
    trusted: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "time": self.time.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "issuer": self.issuer,
            "trusted": self.trusted,
        }


class Anchor(Protocol):
    """A time anchor. ``stamp`` returns opaque proof bytes; ``verify`` checks them."""

    kind: str
    suffix: str

    def stamp(self, message: bytes) -> bytes: ...

    def verify(self, message: bytes, proof: bytes) -> AnchorResult: ...


def load_certificates(paths: list[Path]) -> list[object]:
    """PEM certificates (several per file allowed) for TSA trust roots."""
    from cryptography import x509

    certs: list[object] = []
    for p in paths:
        pem = read_user_file(p, "TSA root certificate")
        try:
            certs.extend(x509.load_pem_x509_certificates(pem))
        except ValueError as exc:
            raise UsageError(f"cannot read TSA root certificate {p}: {exc}") from exc
    return certs


class RFC3161Anchor:
    """An RFC 3161 time-stamping authority.

    Args:
        url: the TSA endpoint (needed only to stamp).
        roots: trusted root certificates. Without them ``verify`` still checks that the token is
            granted and covers the message, but reports the result as not trusted.
    """

    kind = "rfc3161"
    suffix = "rfc3161.tsr"

    def __init__(self, url: str | None, *, roots: list[object] | None = None, timeout: float = 30.0) -> None:
        if url is not None:
            # urllib would otherwise read file:// and ftp:// URLs, and fail on the rest with a traceback
            check_service_url(url, "give --tsa the http(s) URL of an RFC 3161 time-stamping authority")
        self.url = url
        self.roots = roots or []
        self.timeout = timeout

    def stamp(self, message: bytes) -> bytes:
        """Ask the TSA for a token over ``message``; returns the whole TimeStampResponse (DER)."""
        from rfc3161_client import HashAlgorithm, TimestampRequestBuilder, decode_timestamp_response

        if not self.url:
            raise UsageError("no TSA URL given")
        request = (
            TimestampRequestBuilder(hash_algorithm=HashAlgorithm.SHA256)
            .data(message)
            .nonce(nonce=True)
            .cert_request(cert_request=True)
            .build()
        )
        http = urllib.request.Request(
            self.url,
            data=request.as_bytes(),
            headers={"Content-Type": "application/timestamp-query", "Accept": "application/timestamp-reply"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(http, timeout=self.timeout) as resp:  # noqa: S310 - user-given TSA URL
                body = bytes(resp.read())
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise IncompleteCheckError(f"TSA {self.url} unreachable or refused the request: {reason}") from exc
        try:
            response = decode_timestamp_response(body)
        except ValueError as exc:
            raise IncompleteCheckError(f"TSA {self.url} sent something that is not a time-stamp response") from exc
        if response.tst_info.nonce != request.nonce:
            raise AnchorError(f"TSA {self.url} answered with the wrong nonce (replayed response?)")
        self._check(response, message, trusted_roots=self.roots)
        return body

    def verify(self, message: bytes, proof: bytes) -> AnchorResult:
        from rfc3161_client import decode_timestamp_response

        try:
            response = decode_timestamp_response(proof)
        except ValueError as exc:
            raise AnchorError("not a time-stamp response") from exc
        return self._check(response, message, trusted_roots=self.roots)

    def _check(self, response: object, message: bytes, *, trusted_roots: list[object]) -> AnchorResult:
        from rfc3161_client import PKIStatus, VerificationError, VerifierBuilder

        if response.status not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):  # type: ignore[attr-defined]
            raise AnchorError(f"TSA refused: status {response.status}")  # type: ignore[attr-defined]
        info = response.tst_info  # type: ignore[attr-defined]
        imprint = info.message_imprint
        algo = _HASHES.get(imprint.hash_algorithm.dotted_string)
        if algo is None:
            raise AnchorError(f"token uses an unsupported hash algorithm {imprint.hash_algorithm.dotted_string}")
        if imprint.message != hashlib.new(algo, message).digest():
            raise AnchorError("token covers different bytes than the checkpoint (checkpoint or token altered)")
        if trusted_roots:
            try:
                VerifierBuilder(roots=trusted_roots).build().verify_message(response, message)  # type: ignore[arg-type]
            except VerificationError as exc:
                raise AnchorError(f"TSA signature or certificate chain does not verify: {exc}") from exc
        gen_time = info.gen_time
        if gen_time.tzinfo is None:
            gen_time = gen_time.replace(tzinfo=dt.UTC)
        return AnchorResult(self.kind, gen_time, _issuer(info), bool(trusted_roots))


def _issuer(info: object) -> str:
    try:
        name = info.name  # type: ignore[attr-defined]
        return str(getattr(name, "value", name)) if name is not None else "TSA"
    except Exception:  # noqa: BLE001 - the TSA name is optional and informational
        return "TSA"
