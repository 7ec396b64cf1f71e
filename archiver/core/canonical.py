"""Canonical JSON (RFC 8785, JCS) bytes, by the standard library's C encoder where that is exact.

Every capture serialises its extraction record, the digest of its metadata and its manifest as
JCS. ``rfc8785.dumps`` walks the value in Python, one call per string (about 0.35 ms of CPU per
capture of a 20 KB page); ``json`` with sorted keys and no ASCII escaping writes the same bytes
in C for the values these records hold, and :func:`canonical_json` takes that path only for them:

* strings: both escape exactly ``"``, ``\\``, and the control characters U+0000-U+001F (short
  forms for b, t, n, f, r; lowercase ``\\u00xx`` otherwise) and write everything else as UTF-8;
  a lone surrogate cannot be encoded, and the reference implementation then raises its own error;
* object keys that are ASCII strings: sorted by UTF-16 code units (JCS) and by code points
  (``sort_keys``) alike;
* integers within the JSON safe range, booleans, null, lists and tuples;
* floats with an integral value within that range (a manifest's timeouts: ``10.0``), which JCS
  writes as that integer (ECMAScript's shortest form of such a number has every digit), so
  they are handed to the encoder as ints;
* other finite floats whose ``repr`` has no exponent (``0.9821``, an author's backing score: every
  number from 1e-4 up to 1e16 has none): the reference implementation writes ``str(f)`` itself for
  them (its rewriting touches an exponent or a trailing ``.0`` only), and the encoder writes
  ``float.__repr__``, the same string. Why: one such score in an article sent its extraction record
  and its metadata digest to the reference implementation (~0.2 ms of a capture, issue 13).

Anything else (a float with an exponent, whose JCS form follows ECMAScript; a non-ASCII or non-string
key; a large integer; a subclass) goes to ``rfc8785.dumps``, so its answer, or its error, is
the reference implementation's. tests/test_capture_cpu.py holds the two to the same bytes.
One subclass excepted: a value record (a ``NamedTuple``), which ``rfc8785`` would write as an
array, its field names lost, is refused first (:func:`archiver.core.json_text.refuse_records`).
"""

from __future__ import annotations

import json
import math
from typing import Any

import rfc8785

from archiver.core.json_text import MAX_SAFE_INT, refuse_records
from archiver.errors import ArchiverError

_ENCODE = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


class _NotPlain(ArchiverError):
    """Internal signal: the value holds something only the reference implementation writes."""


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 bytes of ``value`` (raises ``rfc8785.CanonicalizationError`` as it does).

    Raises:
        RecordInJSONError: ``value`` holds a value record (see the module docstring).
    """
    try:
        return _ENCODE(_plain(value)).encode("utf-8")
    except (_NotPlain, UnicodeEncodeError):  # UnicodeEncodeError: a lone surrogate, refused below
        refuse_records(value)  # (the fast path took no tuple subclass: only this one can meet a record)
        return rfc8785.dumps(value)


def _plain(value: Any) -> Any:
    """``value`` as the fast path writes it exactly as JCS (see the module), else :class:`_NotPlain`."""
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return value
    if kind is int:
        if -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            return value
    elif kind is float:
        if value.is_integer():
            if -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
                return int(value)
        elif math.isfinite(value) and "e" not in repr(value):
            return value
    elif kind is list or kind is tuple:
        return [_plain(item) for item in value]
    elif kind is dict:
        out = {}
        for key, item in value.items():
            if type(key) is not str or not key.isascii():
                raise _NotPlain
            out[key] = _plain(item)
        return out
    raise _NotPlain
