"""A logged record's WARC header block, held to what the provenance log records of it.

A record's id and block digests say nothing of its other header lines, yet replay tools, CDXJ
lines and citations read them: ``WARC-Date`` (when), ``WARC-Target-URI`` (what),
``WARC-IP-Address`` (from where). They can be rewritten in place without a key (the same gzip
member length: every later offset stays valid), so each check that reads a logged record (an
evidence check, ``log verify --deep``, ``verify-bundle``) holds its header block to the log:

- a record logged with ``head_sha256`` (captures since it was added): the header block as
  stored (its version line through the empty line that ends it) must hash to it, which covers
  every header line;
- a record logged before (or imported without one): the fields the log does hold must be the
  header's, ``WARC-Type``, ``WARC-Record-ID`` and ``WARC-Target-URI`` (each once), and for a
  capture's final response, ``WARC-IP-Address`` the logged ``ip``. Its ``WARC-Date`` is not
  logged (a response's date is when its hop started, not the capture time), so a rewritten
  date in such an old record stays unseen.

One module for the three places, so they hold the same header to the same rules.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from typing import Any

from archiver.core.digests import sha256_label

#: The most of a header block read (ours are a few hundred bytes; a gzip member's header
#: fields may pad the compressed bytes by up to 64 KiB before them).
HEAD_LIMIT = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
#: (header name as parsed, lowercase; the log record's key; how a message names it)
_LOGGED_FIELDS = (("warc-type", "type", "WARC-Type"), ("warc-record-id", "record_id", "WARC-Record-ID"),
                  ("warc-target-uri", "target_uri", "WARC-Target-URI"))


def read_head(read_at: Callable[[int, int], bytes], offset: int) -> bytes | None:
    """The WARC header block of the record at ``offset`` (one gzip member, or uncompressed),
    read through ``read_at(offset, n)``; ``None`` when no whole header block is there."""
    raw = read_at(offset, 2 * HEAD_LIMIT + 1024)
    if raw.startswith(_GZIP_MAGIC):
        try:
            data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, HEAD_LIMIT)
        except zlib.error:
            return None
    else:
        data = raw[:HEAD_LIMIT]
    end = data.find(b"\r\n\r\n")
    if end < 0 or not data.startswith(b"WARC/"):
        return None
    return data[:end + 4]


def head_problems(head: bytes | None, rec: Mapping[str, Any], *, ip: str | None = None,
                  check_ip: bool = False) -> list[str]:
    """What in ``head`` (a logged record's header block as stored) disagrees with ``rec``, the
    log's entry for the record (see the module docstring); ``check_ip``: ``rec`` is a native
    capture's final response, whose ``WARC-IP-Address`` must be the logged ``ip``."""
    rid = rec.get("record_id")
    if head is None:
        return [f"the WARC header block of record {rid} cannot be read"]
    logged = rec.get("head_sha256")
    if isinstance(logged, str):
        got = sha256_label(head)
        if got == logged:
            return []
        return [f"record {rid}'s WARC header lines were rewritten: they hash to {got}, the log says {logged}"]
    fields = _fields(head)
    out = []
    for name, key, shown in _LOGGED_FIELDS:
        if key not in rec:
            continue
        values = fields.get(name, [])
        if len(values) > 1:
            out.append(f"record {rid} has {len(values)} {shown} lines; the log records one")
            continue
        found = values[0] if values else None
        if found != rec[key] and not (name == "warc-target-uri" and found is not None
                                      and _uri_form(found) == rec[key]):
            out.append(f"record {rid}'s {shown} is {found!r}, the log says {rec[key]!r}")
    if check_ip:
        values = fields.get("warc-ip-address", [])
        found = values[-1] if values else None
        if len(values) > 1 or found != (ip or None):
            out.append(f"record {rid}'s WARC-IP-Address is {found!r}, the log says {ip!r}")
    return out


def _fields(head: bytes) -> dict[str, list[str]]:
    """Each header name (lowercase) and its values, in order, of a header block."""
    out: dict[str, list[str]] = {}
    for line in head.split(b"\r\n")[1:]:
        name, sep, value = line.partition(b":")
        if sep:
            out.setdefault(name.strip().lower().decode("utf-8", "replace"), []).append(
                value.strip().decode("utf-8", "replace"))
    return out


def _uri_form(uri: str) -> str:
    """A target URI as our reader (warcio) records it: without the angle brackets Wget 1.19
    wrote around it, spaces percent-encoded."""
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1]
    return uri.replace(" ", "%20")


__all__ = ["HEAD_LIMIT", "head_problems", "read_head"]
