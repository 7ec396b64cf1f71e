"""A bundle's zip container: every reader must see the same files in it, and only those.

Refused before anything else is checked (or, by ``archiver import``, copied): members that
repeat under another spelling, or cannot be read back; a folder entry that holds bytes; a
second name in an extra field (Info-ZIP Unicode Path, which ``unzip`` and 7-Zip obey and
Python's reader ignores); bytes that belong to no member; a local header that disagrees with
the central directory (streaming readers go by the one, Python's by the other). Which copy of
a file is the evidence must not depend on the reader, and nothing in a corrupted zip can be
relied on. A bundle of ours must moreover hold nothing our writer does not write
(:func:`unwritten_parts`).
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

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


def refuse_unsound_zip(path: str | os.PathLike[str], zf: zipfile.ZipFile, *, names_only: bool = False) -> None:
    """UsageError (nothing imported) for a zip that readers do not all read alike, or that is damaged.

    ``names_only``: just the member names (repeated files), checked before the zip's limits;
    otherwise the rest: a folder entry with bytes or a second name, a damaged member, stray
    bytes, a local header that disagrees with the central directory. Called before anything
    is copied from the zip, so nothing is left behind.
    """
    label = os.path.basename(path)
    if names_only:
        # a second name in the directory first: the cause, and the name Python 3.13's reader already took
        # in place of the directory's, so that it would otherwise show only as a duplicate there (and as a
        # folder or a stray file on 3.11)
        renamed = second_names(zf)
        if renamed:
            name, reason = renamed[0]
            raise UsageError(f"{label}: {name}: {reason}; refused, nothing imported")
        refuse_duplicate_members(zf, label)
        return
    entries = entry_problems(path, zf)
    if entries:
        name, reason = entries[0]
        raise UsageError(f"{label}: {name} is {reason}, which readers do not all read alike; refused, nothing imported"
                         if reason.startswith("a folder") else
                         f"{label}: {name}: {reason}; refused, nothing imported")
    damaged = damaged_members(zf)
    if damaged:
        name, reason = damaged[0]
        raise UsageError(f"{label}: damaged zip, {name} cannot be read ({reason}); nothing imported")
    stray = stray_bytes(path, zf)
    if stray:
        raise UsageError(f"{label}: the zip holds bytes that are not its files ({stray}), so "
                         "readers disagree on what it holds; refused, nothing imported")
    mismatched = header_mismatches(path, zf)
    if mismatched:
        name, reason = mismatched[0]
        raise UsageError(f"{label}: {name}: {reason}, so streaming readers read other bytes than the rest; "
                         "refused, nothing imported")


def damaged_members(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Every member that cannot be read back intact, with the reason; [] for a sound zip."""
    damaged = []
    for info in zf.infolist():  # folder entries too: one that holds bytes is refused, not skipped
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
    with _the_file(path, zf) as f:
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


@dataclass(frozen=True)
class LocalHeader:
    """What a member's local header (the one streaming readers go by) says about it."""

    flags: int
    method: int
    crc: int
    compress_size: int
    file_size: int
    name: bytes
    extra: bytes
    #: where its data begins (after the header, name and extra field)
    data_at: int


def read_local_header(fd: int, info: zipfile.ZipInfo) -> LocalHeader | None:
    """The local header of ``info`` (zip64 sizes taken from its extra field), or None if absent."""
    if info.header_offset < 0:  # a directory entry of a cut or altered zip can point anywhere
        return None
    head = os.pread(fd, 30, info.header_offset)
    if len(head) < 30 or head[:4] != _LOCAL:
        return None
    flags, method, crc, csize, usize, name_len, extra_len = struct.unpack("<2H4x3I2H", head[6:30])
    tail = os.pread(fd, name_len + extra_len, info.header_offset + 30)
    name, extra = tail[:name_len], tail[name_len:]
    if 0xFFFFFFFF in (csize, usize):  # zip64: both sizes are in the 0x0001 field, uncompressed first
        sizes = _zip64_sizes(extra)
        if sizes is not None:
            usize, csize = sizes
    return LocalHeader(flags, method, crc, csize, usize, name, extra, info.header_offset + 30 + name_len + extra_len)


def _zip64_sizes(extra: bytes) -> tuple[int, int] | None:
    for field_id, body in extra_fields(extra) or []:
        if field_id == ZIP64_FIELD and len(body) >= 16:
            usize, csize = struct.unpack("<QQ", body[:16])
            return usize, csize
    return None


def extra_fields(extra: bytes) -> list[tuple[int, bytes]] | None:
    """The (id, body) fields of a zip extra block; None when it is not a sequence of fields."""
    fields, at = [], 0
    while at + 4 <= len(extra):
        field_id, size = struct.unpack_from("<HH", extra, at)
        if at + 4 + size > len(extra):
            return None
        fields.append((field_id, extra[at + 4:at + 4 + size]))
        at += 4 + size
    return fields if at == len(extra) else None


def _descriptor(fd: int, at: int, following: int) -> tuple[int, int, tuple[int, int, int]]:
    """The data descriptor at byte ``at``: (its length, where it ends, (crc, compressed, uncompressed)).

    It may or may not begin with a signature and holds 4- or 8-byte sizes (zip64): the form is
    the one that ends exactly where the next part (``following``) begins, else the short one.
    """
    signed = 4 if os.pread(fd, 4, at) == _DESCRIPTOR else 0
    wide = following == at + signed + 20
    raw = os.pread(fd, 20 if wide else 12, at + signed)
    if len(raw) < (20 if wide else 12):
        return signed, at + signed, (-1, -1, -1)
    crc, csize, usize = struct.unpack("<IQQ" if wide else "<III", raw)
    length = signed + (20 if wide else 12)
    return length, at + length, (crc, csize, usize)


def _members_back_to_back(fd: int, zf: zipfile.ZipFile, cd_offset: int) -> str | None:
    """Whether the members (local header, data, descriptor) fill bytes 0..``cd_offset`` exactly."""
    infos = sorted(zf.infolist(), key=lambda i: i.header_offset)
    at = 0
    for n, info in enumerate(infos):
        if info.header_offset != at:
            what = "overlaps another" if info.header_offset < at else "follows bytes that are no member"
            return f"member {info.filename!r} at byte {info.header_offset} {what} (expected byte {at})"
        local = read_local_header(fd, info)
        if local is None:
            return f"member {info.filename!r} has no local header at byte {at}"
        at = local.data_at + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor follows: crc and sizes (8 or 16 bytes), maybe signed
            following = infos[n + 1].header_offset if n + 1 < len(infos) else cd_offset
            at = _descriptor(fd, at, following)[1]
    if at != cd_offset:
        return f"{cd_offset - at} bytes between the last member and the central directory"
    return None


def header_mismatches(path: str | os.PathLike[str], zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Members whose local header (or data descriptor) disagrees with their central directory entry.

    Why: Python's reader (so ``verify-bundle``) goes by the central directory; ``unzip -p``,
    Java's ZipInputStream and every streaming reader go by the local header. A CRC and sizes
    changed in the local header alone made those readers return a truncated member (a WARC
    without its last capture, pages.jsonl without a page) from a bundle that verified. So the
    name, flags, method, CRC and both sizes must be the same in both (taken from the data
    descriptor when flag bit 3 says the local header leaves them out, in which case the local
    header must give them as 0 or as the directory does). Call after :func:`stray_bytes`
    passed: the members are then back to back and each has a local header.
    """
    out: list[tuple[str, str]] = []
    infos = sorted(zf.infolist(), key=lambda i: i.header_offset)
    with _the_file(path, zf) as f:
        fd = f.fileno()
        for n, info in enumerate(infos):
            local = read_local_header(fd, info)
            if local is None:
                out.append((info.filename, "it has no local header"))
                continue
            central = (info.CRC, info.compress_size, info.file_size)
            said = (local.crc, local.compress_size, local.file_size)
            differs = []
            if local.name != _raw_name(info):
                differs.append(f"name {local.name!r} (the directory: {_raw_name(info)!r})")
            if local.flags != info.flag_bits:
                differs.append(f"flags {local.flags:#06x} (the directory: {info.flag_bits:#06x})")
            if local.method != info.compress_type:
                differs.append(f"method {local.method} (the directory: {info.compress_type})")
            if info.flag_bits & 0x08:
                following = infos[n + 1].header_offset if n + 1 < len(infos) else zf.start_dir
                said = _descriptor(fd, local.data_at + info.compress_size, following)[2]
                if (local.crc, local.compress_size, local.file_size) not in ((0, 0, 0), central):
                    differs.append("crc and sizes in its local header other than 0 or the directory's")
            if said != central:
                differs.append(f"crc {said[0]:#010x}, {said[1]} bytes stored, {said[2]} bytes "
                               f"(the directory: crc {central[0]:#010x}, {central[1]} stored, {central[2]})")
            if differs:
                where = "its data descriptor or local header" if info.flag_bits & 0x08 else "its local header"
                out.append((info.filename, f"{where} says " + "; ".join(differs)))
    return out


def _raw_name(info: zipfile.ZipInfo) -> bytes:
    """The bytes of ``info``'s name as its central directory entry holds them."""
    if info.flag_bits & 0x800:
        return info.orig_filename.encode("utf-8")
    try:
        return info.orig_filename.encode("cp437")
    except UnicodeEncodeError:
        return info.orig_filename.encode("utf-8")


#: Extra fields that give a member a second name or comment, which ``unzip`` and 7-Zip use in
#: place of the one in the zip's directory (as does Python's reader from 3.13 on, for the path).
ALTERNATIVE_NAME_FIELDS = {0x7075: "an Info-ZIP Unicode Path field", 0x6375: "an Info-ZIP Unicode Comment field"}


def directory_name(info: zipfile.ZipInfo) -> str:
    """``info``'s name as the zip's central directory gives it, whatever the running Python made of
    it: from 3.13 on, Python's reader names a member by a valid Info-ZIP Unicode Path field instead
    (``info.filename``), so the checks name members, and tell folders, by this one, and say the same
    on every supported Python."""
    return info.orig_filename


def _second_names_in(name: str, where: str, fields: list[tuple[int, bytes]]) -> list[tuple[str, str]]:
    """(``name``, why) for each field of ``fields`` (an extra block's, read at ``where``) that gives the member
    a second name or comment."""
    return [(name, f"its {where} carries {ALTERNATIVE_NAME_FIELDS[field_id]} (a second name that unzip and 7-Zip "
                   "use instead)") for field_id, _ in fields if field_id in ALTERNATIVE_NAME_FIELDS]


def second_names(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Members whose central directory entry carries a second name or comment
    (:data:`ALTERNATIVE_NAME_FIELDS`), each by its directory name, with the reason: read from the
    directory alone (no member's bytes), so it can run before a zip's limits are checked."""
    out: list[tuple[str, str]] = []
    for info in zf.infolist():
        out += _second_names_in(directory_name(info), "central directory", extra_fields(info.extra) or [])
    return out
#: The zip64 extra field: sizes and offsets past 4 GiB. The only extra field our writer emits.
ZIP64_FIELD = 0x0001


def entry_problems(path: str | os.PathLike[str], zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Entries that readers do not take alike, with the reason; [] when there are none.

    A folder entry (a name ending in ``/``) that holds bytes: Python's reader lists no file for
    it, while an extractor given a second name for it writes the bytes as a file. A second name
    (:data:`ALTERNATIVE_NAME_FIELDS`) in the central or the local extra field: ``unzip -o``
    wrote a forged ``pages/pages.jsonl`` from an entry Python saw as the folder ``zzz/``. An
    extra field that is not a sequence of fields cannot be read alike by all either.
    """
    out: list[tuple[str, str]] = []
    with _the_file(path, zf) as f:
        for info in zf.infolist():
            name = directory_name(info)
            if name.endswith("/") and (info.file_size or info.compress_size):
                out.append((name, f"a folder entry that holds {info.compress_size} bytes"))
            local = read_local_header(f.fileno(), info)
            for where, extra in (("central directory", info.extra), ("local header", local.extra if local else b"")):
                fields = extra_fields(extra)
                if fields is None:
                    out.append((name, f"its {where} extra field is malformed"))
                    continue
                out += _second_names_in(name, where, fields)
    return out


#: Every member name our writer gives (:func:`archiver.export.wacz._bundle_files`, and the two
#: data package files): in a bundle of ours, any other member was added after export, however
#: it is listed and signed. Why it matters: replay tools load files no check here reads
#: (ReplayWeb.page's wabac.js takes ``pages/extraPages.jsonl``, ``fuzzy.json`` and any index
#: under ``indexes/``), and a reader shown ``index.html`` or a ``notes/README.txt`` takes it for
#: part of the evidence. ``indexes/index.cdxj`` is the index's name in bundles exported before
#: 2026-11-29 (commit f704731 renamed it ``indexes/index.cdx``): our own older writer's, so such a
#: bundle still verifies and imports, but no writer of ours put both names in one bundle.
OUR_MEMBERS = re.compile(
    r"archive/[^/]+\.warc(?:\.gz)?|indexes/index\.cdxj?|pages/pages\.jsonl|datapackage(?:-digest)?\.json"
    r"|provenance/(?:log\.pub|checkpoint\.txt|checkpoint\.rfc3161\.tsr|entry-[0-9]+\.tlog-proof|bundle\.json)")
#: The index's name in bundles exported before f704731 (see :data:`OUR_MEMBERS`).
OLD_INDEX = "indexes/index.cdxj"


#: The files of a receipt (``verify-quote --receipt``, :mod:`archiver.quotes.receipt`).
RECEIPT_MEMBERS = re.compile(r"README\.txt|citation\.txt|log\.pub|quote\.tlog-proof|verification\.json")


def receipt_zip_problems(data: bytes) -> list[str]:
    """What a receipt's zip (``data``) holds besides its files, or holds so that readers do not
    all read it alike; [] for a receipt as ``verify-quote --receipt`` writes it.

    ``log verify-proof`` reads only the receipt's files by name, as Python's reader sees them;
    a reader who opens the zip sees everything in it. So the rules of a bundle's zip hold:
    nothing but its files (no other file, no folder entry, no zip or member comment, no extra
    field but zip64's), every byte in exactly one part, and each local header what the central
    directory says (a streaming reader goes by the local header)."""
    out: list[str] = []
    with tempfile.TemporaryFile() as f:  # the checks read a real file, by os.pread
        f.write(data)
        f.flush()
        try:
            with zipfile.ZipFile(f) as zf:
                path = getattr(f, "name", "receipt")
                out += [f"{name}: {reason}, which readers do not all read alike" for name, reason in
                        entry_problems(path, zf)]
                out += [f"the receipt holds {what}{f' ({name})' if name else ''}, which verify-quote --receipt "
                        "never writes: it was added after the receipt was made"
                        for name, what in unwritten_parts(path, zf, allowed=RECEIPT_MEMBERS)]
                stray = stray_bytes(path, zf)
                if stray:
                    out.append(f"the receipt holds bytes that are not its files ({stray}): a reader that "
                               "walks the zip from its start could show other files")
                else:
                    out += [f"{name}: {reason}, so streaming readers read other bytes" for name, reason in
                            header_mismatches(path, zf)]
        except ZIP_READ_ERRORS as exc:
            out.append(f"the receipt's zip cannot be read whole ({exc})")
    return out


def unwritten_parts(path: str | os.PathLike[str], zf: zipfile.ZipFile, *,
                    allowed: re.Pattern[str] = OUR_MEMBERS) -> list[tuple[str | None, str]]:
    """What a bundle of ours holds that ``archiver export`` never writes; [] for a bundle as written.

    Our writer (:func:`archiver.export.wacz._write_zip`, Python's zipfile) writes no folder
    entries, no comments, no extra field but zip64's and no file outside :data:`OUR_MEMBERS`; anything else was added after export,
    and since readers differ in which such parts they honour (a second name, a comment shown as
    if it were a verdict, ``unzip -l`` prints the zip comment first), a bundle of ours holds
    only what its checks cover.
    """
    out: list[tuple[str | None, str]] = []
    if zf.comment:
        out.append((None, f"a zip comment of {len(zf.comment)} bytes"))
    both = {OLD_INDEX, "indexes/index.cdx"} <= set(zf.namelist())  # the old name and the new one
    with _the_file(path, zf) as f:
        for info in zf.infolist():
            if info.is_dir():
                out.append((info.filename, "a folder entry"))
            elif both and info.filename == OLD_INDEX:
                out.append((info.filename, "the index under its old name beside indexes/index.cdx"))
            elif not allowed.fullmatch(info.filename):
                out.append((info.filename, "a file"))
            if info.comment:
                out.append((info.filename, f"a member comment of {len(info.comment)} bytes"))
            local = read_local_header(f.fileno(), info)
            for where, extra in (("central directory", info.extra), ("local header", local.extra if local else b"")):
                ids = sorted({field_id for field_id, _ in extra_fields(extra) or []} - {ZIP64_FIELD})
                if ids:
                    out.append((info.filename, f"extra field {', '.join(f'{i:#06x}' for i in ids)} in its {where}"))
    return out


@contextlib.contextmanager
def _the_file(path: str | os.PathLike[str], zf: zipfile.ZipFile) -> Iterator[BinaryIO]:
    """The file ``zf`` reads, for ``os.pread`` (which moves no file position ``zf`` relies on):
    the very file the checks before opened and found a regular file, not the path opened again
    (a file put in its place between two opens would be checked as the bundle). ``path`` is
    opened only when ``zf`` was made from a path or holds no real file."""
    fp = getattr(zf, "fp", None)
    try:
        fp.fileno()  # type: ignore[union-attr]
    except (AttributeError, OSError, ValueError):
        with open(path, "rb") as f:
            yield f
        return
    yield fp  # type: ignore[misc]
