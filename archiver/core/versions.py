"""Installed packages' versions, as recorded in WARC warcinfo records, log entries and
extraction records (every dependency's version pinned in what we log)."""

from __future__ import annotations

from importlib import metadata


def installed_version(name: str) -> str:
    """``importlib.metadata.version(name)``, read from the ``Version:`` line of the header.

    Why: ``version()`` parses the whole METADATA file (the long description included) with
    the e-mail parser, 3-7 ms of one ``archiver archive URL`` for the ten packages a capture
    records; the header's ``Version:`` line is the same string (the core metadata spec puts it
    there, one line, before the first blank line). Anything unexpected falls back to
    ``version()``. Raises ``PackageNotFoundError`` for a package that is not installed."""
    dist = metadata.distribution(name)
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
    for line in text.split("\n\n", 1)[0].splitlines():
        if line.startswith("Version:"):
            found = line[len("Version:"):].strip()
            if found:
                return found
    return dist.version
