"""JSON from outside (a bundle's or a WACZ's members), parsed so that no input ends the reader.

The standard library's parser recurses once per nesting level, so ``[[[[...]]]]`` a few
thousand deep raises RecursionError, which is no ValueError: each ``except ValueError`` around
a parse of another party's file missed it, and a doctored bundle made ``verify-bundle`` (and
``import``) end in a traceback instead of a report. Here that is malformed JSON like any other.
"""

from __future__ import annotations

import json
from typing import Any


def loads_json(data: str | bytes, *, strict: bool = True) -> Any:
    """``json.loads(data, strict=strict)``; ValueError (not RecursionError) for a value nested too
    deeply. ``strict=False`` lets control characters stand inside strings, as pages' JSON-LD has them."""
    try:
        return json.loads(data, strict=strict)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None
