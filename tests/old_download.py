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


def broken_extractor(body: bytes, *, url: str, content_type: str) -> object:
    """An extractor that fails on every page: a capture made with it has a failed extraction."""
    raise RuntimeError("the extractor broke on this page")


def archived_failed(store: Path) -> str:
    """The id of a capture of a text page of WORDS (its bytes read as text) whose extraction failed."""
    from servers import Site, response

    from archiver.archive import Archive

    site = Site()
    site.routes["/s"] = lambda h: response("200 OK", FIELDS, f"{WORDS}.\n".encode())
    try:
        with Archive.open(store, extractor=broken_extractor) as arc:
            return str(arc.capture(site.url("/s")).capture_id)
    finally:
        site.close()


def receipt_proves(store: Path, cid: str, folder: Path) -> tuple[int, int]:
    """(verify-quote's exit code, ``log verify-proof``'s exit code) of a receipt of WORDS checked on ``cid``."""
    receipt = folder / "r.zip"
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--receipt", str(receipt), store=store)
    assert receipt.exists(), proc.output
    key = folder / "log.pub"
    key.write_text(run_cli("log", "key", store=store).stdout)
    checked = run_cli("log", "verify-proof", str(receipt), "--key", str(key), store=store)
    return proc.exit_code, checked.exit_code
