"""A bundle's zip container: members that repeat under another spelling, or cannot be read back.

Both are refused before anything else is checked (or, by ``archiver import``, copied): which
copy of a repeated file is the evidence depends on the reader, and nothing in a corrupted zip
can be relied on.
"""

from __future__ import annotations

import os
import posixpath
import struct
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


_LOCAL, _DESCRIPTOR = b"PK\x03\x04", b"PK\x07\x08"
_END, _END64, _LOCATOR64 = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"
_MAX_COMMENT = 0xFFFF


def stray_bytes(path: str | os.PathLike[str], zf: zipfile.ZipFile) -> str | None:
    """Where the file holds bytes that are not its members, central directory and end record.

    Why: Python's reader (and ours) takes the *last* end record and tolerates anything before
    the first member, so a genuine bundle appended to an altered zip verifies, while a reader
    that walks the local headers from the start (streaming unzippers) shows the altered one;
    a comment or trailing bytes can hide a second end record. A bundle is evidence only if
    every reader sees the same files, so every byte must belong to exactly one part: members
    back to back from byte 0 (each a local header, its data and any data descriptor), then
    the central directory, then (zip64) its end record and locator, then the end record and a
    comment reaching exactly the file's end. ``None`` for a zip laid out so.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        tail_at = max(0, size - 22 - _MAX_COMMENT)
        tail = os.pread(f.fileno(), size - tail_at, tail_at)
        end = tail.rfind(_END)
        if end < 0 or len(tail) - end < 22:
            return "no zip end record found"
        cd_size, cd_offset, comment = struct.unpack("<IIH", tail[end + 12:end + 22])
        end += tail_at
        if end + 22 + comment != size:
            return f"{size - end - 22 - comment:+d} bytes after the zip's end record and its comment"
        cd_end = end
        locator = os.pread(f.fileno(), 20, end - 20) if end >= 20 else b""
        if locator[:4] == _LOCATOR64:
            (record_at,) = struct.unpack("<Q", locator[8:16])
            record = os.pread(f.fileno(), 56, record_at)
            if record[:4] != _END64:
                return "the zip64 locator points at no zip64 end record"
            (record_size,) = struct.unpack("<Q", record[4:12])
            if record_at + 12 + record_size != end - 20:
                return "bytes between the zip64 end record and its locator"
            cd_size, cd_offset = struct.unpack("<QQ", record[40:56])
            cd_end = record_at
        if cd_offset != zf.start_dir or cd_offset + cd_size != cd_end:
            return ("the central directory is not where the end record puts it (bytes before the first "
                    "member or between the directory and its end record)")
        return _members_back_to_back(f.fileno(), zf, cd_offset)


def _members_back_to_back(fd: int, zf: zipfile.ZipFile, cd_offset: int) -> str | None:
    """Whether the members (local header, data, descriptor) fill bytes 0..``cd_offset`` exactly."""
    infos = sorted(zf.infolist(), key=lambda i: i.header_offset)
    at = 0
    for n, info in enumerate(infos):
        if info.header_offset != at:
            what = "overlaps another" if info.header_offset < at else "follows bytes that are no member"
            return f"member {info.filename!r} at byte {info.header_offset} {what} (expected byte {at})"
        head = os.pread(fd, 30, at)
        if len(head) < 30 or head[:4] != _LOCAL:
            return f"member {info.filename!r} has no local header at byte {at}"
        name_len, extra_len = struct.unpack("<HH", head[26:30])
        at += 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows: crc and sizes (8 or 16 bytes), maybe signed
            if os.pread(fd, 4, at) == _DESCRIPTOR:
                at += 4
            following = infos[n + 1].header_offset if n + 1 < len(infos) else cd_offset
            at += 20 if following == at + 20 else 12
    if at != cd_offset:
        return f"{cd_offset - at} bytes between the last member and the central directory"
    return None
