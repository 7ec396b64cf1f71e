"""A declared value made one clean string: the lowest step of reading what a page says about itself.

Split from :mod:`archiver.extract.head` so that both the head's reader and the name checks of
:mod:`archiver.extract.signals` use it while the head reader calls those checks
(:func:`archiver.extract.signals.name_kind`, for a ``Person`` the head declares): with it in
``head``, ``signals`` importing ``head`` and ``head`` importing ``signals`` would be a cycle.
"""

from __future__ import annotations

import re
from typing import Any

_WS = re.compile(r"\s+")


def clean_value(value: Any) -> str | None:
    """``value`` as one string with its whitespace collapsed, the first non-empty string of a list; None for
    anything else or nothing."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None:
            return None
    if not isinstance(value, str):
        return None
    value = _WS.sub(" ", value).strip()
    return value or None
