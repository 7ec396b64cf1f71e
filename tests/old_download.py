"""The body the no-text tests (sec59-sec65, rvsec61) archive as an older extractor read it.

Why one module: a text/plain body holding one binary byte is what Chromium 156 downloads under
any text/plain value, while extractors before 131 extracted it as text; each of those rounds
wrote the same words, body and verify-quote call again (the duplicates tool's D6/D8).
"""

from __future__ import annotations

import json
from pathlib import Path

from cli import run_cli

WORDS = "The council met on Tuesday to discuss the harbour wall"
#: one binary byte (0x01): Chromium 156 downloads it under any text/plain value
BODY = f"{WORDS}.\x01\nThe repairs begin in March.\n".encode()
FIELDS = [("Content-Type", "text/plain; charset=utf-8")]


def verdict(store: Path, *args: str) -> tuple[int, dict]:
    """(exit code, --json verdict) of ``verify-quote WORDS ARGS`` in ``store``."""
    proc = run_cli("verify-quote", WORDS, *args, "--json", store=store)
    assert proc.stdout, proc.stderr
    return proc.exit_code, json.loads(proc.stdout)
