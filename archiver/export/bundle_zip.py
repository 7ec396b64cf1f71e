"""A bundle's zip container: members that repeat under another spelling, or cannot be read back.

Both are refused before anything else is checked (or, by ``archiver import``, copied): which
copy of a repeated file is the evidence depends on the reader, and nothing in a corrupted zip
can be relied on.
"""

from __future__ import annotations

import posixpath
import unicodedata
import zipfile
import zlib

from archiver.core.limits import ZipLimitError
from archiver.errors import UsageError

# What reading a damaged zip member raises: bad CRC or header, a corrupt deflate stream, a cut
# stream, an unsupported compression method, an encrypted member, an offset past the end.
ZIP_READ_ERRORS = (ZipLimitError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)


def member_key(name: str) -> str:
    """The file a member name means to a reader that extracts it (for duplicate detection).

    Backslashes, ``./`` and empty segments, a leading ``/``, Unicode form and case are all
    ways two different names in the zip's directory end up as one file on some disk or in
    some tool, so they are folded together here.
    """
    path = unicodedata.normalize("NFC", name.replace("\\", "/"))
    parts = [p for p in path.split("/") if p not in ("", ".")]
    return posixpath.join(*parts).casefold() if parts else ""


def duplicate_members(zf: zipfile.ZipFile) -> list[list[str]]:
    """Groups of member names that denote the same file; [] when every name is unique."""
    groups: dict[str, list[str]] = {}
    for info in zf.infolist():
        groups.setdefault(member_key(info.filename), []).append(info.filename)
    return [names for names in groups.values() if len(names) > 1]


def describe_duplicates(groups: list[list[str]]) -> str:
    return "; ".join(" and ".join(repr(n) for n in names) for names in groups)


def refuse_duplicate_members(zf: zipfile.ZipFile, label: str) -> None:
    """UsageError if the zip has two members for one file: which copy is evidence is ambiguous.

    Called before anything is read or copied from the zip, so nothing is left behind.
    """
    groups = duplicate_members(zf)
    if groups:
        raise UsageError(f"{label}: the zip holds more than one member for the same file "
                         f"({describe_duplicates(groups)}); refused, nothing imported")


def damaged_members(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Every member that cannot be read back intact, with the reason; [] for a sound zip."""
    damaged = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        try:
            with zf.open(info) as f:
                while f.read(1 << 20):
                    pass
        except ZIP_READ_ERRORS as exc:
            damaged.append((info.filename, str(exc) or type(exc).__name__))
    return damaged
