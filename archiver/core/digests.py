"""The one definition of how digests are written: ``sha256:`` + lowercase hex."""

from __future__ import annotations

import hashlib

PREFIX = "sha256:"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_label(data: bytes) -> str:
    """``sha256:<hex>`` of ``data``: the form used in WARC headers and the log."""
    return PREFIX + hashlib.sha256(data).hexdigest()


def label_from_hasher(h: hashlib._Hash) -> str:
    return PREFIX + h.hexdigest()


def parse_label(label: str) -> str:
    """Return the hex part of a ``sha256:`` label; raise ValueError otherwise."""
    if not label.startswith(PREFIX):
        raise ValueError(f"not a sha256 digest label: {label!r}")
    hexpart = label[len(PREFIX):]
    if len(hexpart) != 64 or any(c not in "0123456789abcdef" for c in hexpart):
        raise ValueError(f"malformed sha256 digest: {label!r}")
    return hexpart
