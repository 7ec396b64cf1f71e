"""The numbers an option record may hold: finite seconds, and whole counts canonical JSON holds.

Why one place: every capture option is written into the warcinfo record and the log as canonical
JSON (RFC 8785), which holds no NaN or infinity and no integer past 2**53 - 1 exactly, and a wait
of NaN or infinity stops nothing (``time.sleep(nan)`` raises, ``inf`` waits forever). The CLI
refuses such numbers as it parses (``cli/numbers.py``); the library's option records
(``FetchOptions``, a batch's ``Politeness``, ``BrowserOptions``) refuse them here as they are made,
in the same words, so a library caller is held to what a command line is (red team rvcli54).
"""

from __future__ import annotations

import math

from archiver.core.json_text import MAX_SAFE_INT as JSON_SAFE_MAX
from archiver.errors import UsageError


def check_seconds(name: str, value: object) -> None:
    """Refuse ``value`` for option ``name`` unless it is a finite number of seconds, 0 or more.

    Raises:
        UsageError: ``invalid NAME VALUE: give a finite number of seconds, 0 or more``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise UsageError(f"invalid {name} {value!r}: give a finite number of seconds, 0 or more")


def check_count(name: str, value: object) -> None:
    """Refuse ``value`` for option ``name`` unless it is a whole number from 0 to :data:`JSON_SAFE_MAX`.

    Raises:
        UsageError: ``invalid NAME VALUE: give a whole number from 0 to 9007199254740991``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= JSON_SAFE_MAX:
        raise UsageError(f"invalid {name} {value!r}: give a whole number from 0 to {JSON_SAFE_MAX}")
