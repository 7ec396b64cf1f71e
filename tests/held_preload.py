"""A module a test's fork server preloads (in place of the batch's): its import holds the fork
server, as imports and warm-up on a loaded machine do, until the file ``HELD_PRELOAD_FILE``
names is removed (60 s at most); it writes ``<file>.held`` as it begins to hold, ``<file>.done``
as it ends (by the removal or at the 60 s)."""

from __future__ import annotations

import os
import time
from pathlib import Path

_FILE = os.environ.get("HELD_PRELOAD_FILE")
if _FILE:
    Path(_FILE + ".held").write_text(str(os.getpid()))
    _deadline = time.monotonic() + 60
    while Path(_FILE).exists() and time.monotonic() < _deadline:
        time.sleep(0.01)
    Path(_FILE + ".done").write_text(str(os.getpid()))
