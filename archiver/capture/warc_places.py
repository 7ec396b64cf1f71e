"""Where a record lies in a WARC file, and reading one without warcio's exceptions escaping.

A record's place is (offset, length), and the length covers the whole record as WARC 1.1
frames it: headers, block and the two CRLFs that close it (plus any further blank lines before
the next record). In a gzip-per-record file that is the gzip member; in an uncompressed file
warcio's own count leaves the closing CRLFs out, so :class:`RecordIterator` adds them: the
writer, the import listing, the index, exports and CDXJ lines then all mean the same bytes.

Every read of a WARC file (ours, or another tool's copied into the store or a bundle) goes
through :func:`reading_warc`, which turns warcio's exceptions into
:class:`~archiver.errors.UnreadableRecordError` naming the file and the offset, so no command
shows a traceback for bytes that are not a record. Reading records themselves (digests,
blocks) is :mod:`archiver.capture.warc`'s job.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from archiver.errors import UnreadableRecordError, WarcError

#: What warcio raises on bytes that are not a WARC record where one was expected (a header
#: line it cannot parse, a broken gzip member, a stream that ends early, a bad number).
_WARCIO_FAILURES: tuple[type[BaseException], ...] = (
    ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)

#: What warcio's parsing (and that of a library reading through it) also raises on a malformed
#: record, e.g. ``AttributeError`` for a response without WARC-Target-URI; translated only when
#: raised inside the libraries doing the reading, so a bug of ours still shows as one.
_LIBRARY_SLIPS: tuple[type[BaseException], ...] = (AttributeError, KeyError, TypeError, IndexError)
#: The packages whose slips are a record's bytes, for every reading: warcio alone. A reader that runs
#: another library over warcio names it too (the CDXJ export names cdxj_indexer); a capture's or an
#: import's reading never runs one, so a slip elsewhere stays a bug of ours there.
WARCIO = ("warcio",)


def _raised_in(exc: BaseException, libraries: tuple[str, ...]) -> bool:
    """Whether ``exc`` was raised by code of one of ``libraries`` (its innermost frame)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and any(f"{os.sep}{lib}{os.sep}" in tb.tb_frame.f_code.co_filename for lib in libraries)


#: The bytes that close every WARC record after its block (WARC 1.1, section 5.1).
RECORD_END = b"\r\n\r\n"


@contextmanager
def reading_warc(name: str, where: Callable[[], int], *, path: Path | None = None,
                 libraries: tuple[str, ...] = WARCIO) -> Iterator[None]:
    """Run warcio on a WARC file: the one place its exceptions become ours.

    ``name`` names the file in messages and ``where()`` gives the byte offset being read when
    something fails (the record warcio was reading). A missing file or an I/O failure is a
    :class:`WarcError` (naming ``path`` when given); bytes warcio cannot read as a record are an
    :class:`UnreadableRecordError`, one line naming the file and the offset; so is a slip
    (``AttributeError``, ``KeyError``...) raised inside one of ``libraries`` (packages by name).
    """
    try:
        yield
    except FileNotFoundError as exc:
        raise WarcError(f"WARC file {path or name} is missing") from exc
    except OSError as exc:  # the WARC files' I/O boundary: no permission, a folder, a bad disk
        raise WarcError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    except (*_WARCIO_FAILURES, *_LIBRARY_SLIPS) as exc:
        if isinstance(exc, _LIBRARY_SLIPS) and not _raised_in(exc, libraries):
            raise
        at = where()
        reason = brief(exc) if isinstance(exc, _WARCIO_FAILURES) else f"{type(exc).__name__}: {brief(exc)}"
        raise UnreadableRecordError(f"{name}@{at}: not a readable WARC record ({reason})",
                                    name=name, offset=at) from exc


class SeveralRecordsInMember(ArchiveLoadFailed, WarcError):  # type: ignore[misc]  # warcio is untyped
    """warcio's refusal of a gzip member that goes on past its record: the file was gzipped whole or several
    records at a time, not a record at a time (WARC 1.1, annex D), so no record of it has a place of its own."""


class RecordIterator(WARCIterator):  # type: ignore[misc]  # warcio is untyped
    """warcio's iterator of WARC records with our record length (see the module docstring).

    WARC only: warcio's :class:`ArchiveIterator` also takes any line with the right number of
    words for an ARC record's header, so garbage where a WARC record was expected (a damaged
    gzip member read as plain bytes) could pass as a record and the damage be reported further on.

    warcio counts an uncompressed record without the blank lines that close it (they are read
    as the start of the next one), while a gzip member holds them. Both are counted here, so
    the bytes at (offset, length) are one whole record in either layout: copied back to back
    they make a valid WARC file, and a CDXJ line points at the same bytes as our index.
    """

    #: When a record is not followed by a blank line (a wrong Content-Length), warcio skips one
    #: line and writes a three-line warning to stderr, past our one-line messages. The skip is
    #: kept (the length then runs to the next record, so copies stay readable); the warning is
    #: not: what we check is the record's block against its digests and the log.
    INC_RECORD = ""

    member_info: tuple[int, int] | None
    offset: int

    def _raise_invalid_gzip_err(self) -> None:
        """warcio's "non-chunked gzip" refusal, as :class:`SeveralRecordsInMember` (still an
        ``ArchiveLoadFailed``): a reader can tell it from damaged bytes."""
        try:
            super()._raise_invalid_gzip_err()
        except ArchiveLoadFailed as exc:
            raise SeveralRecordsInMember(*exc.args) from None

    def read_to_end(self, record: Any = None) -> None:
        measured = self.member_info is not None or not self.record
        super().read_to_end(record)
        info = self.member_info
        if measured or info is None or self.reader is None or self.reader.decompressor:
            return
        self.member_info = (info[0], self.offset - info[0])  # to the next record, closing CRLFs included

    @property
    def at(self) -> int:
        """The offset of the record being read, or of the next one once a record is read to its end
        (warcio sets ``offset`` there, before it parses the next record's headers)."""
        return int(self.offset)


def no_record_at(offset: object, length: object) -> str | None:
    """Why a logged place (``offset``, ``length``) is no record's, said after "the record"
    (``None``: it may be one; whether one is there is the reader's to find): a length of zero or
    less, or an offset before the file. Only an import of a WARC gzipped whole (several records in
    one gzip member), logged before such files were refused, logged one; its record reads by its
    offset alone, so without this every check but ``export``'s found the capture intact. One
    wording for every command that holds a record to its logged place (``show``, ``verify-quote``,
    ``cite``, ``export``, ``log verify --deep``)."""
    if (type(offset) is int and offset < 0) or (type(length) is int and length <= 0):
        return (f"at byte {offset} has a logged length of {length}, which no record has (a WARC gzipped "
                "whole, imported before such files were refused): import the original again after "
                "'warcio recompress'")
    return None


def not_its_members(fd: int, offset: int, length: int) -> str | None:
    """Why a record logged at (``offset``, ``length``) whose bytes there begin a gzip member is
    not placed at exactly one whole gzip member holding that record alone (said after "the record";
    ``None``: the span is one complete member whose inflated bytes are one record and the blank
    lines closing it, or the file is not gzipped there: an uncompressed record's length is
    :func:`record_span`'s). A record is one member holding it alone (WARC 1.1 annex D; warcio and
    our writer make one per record, an import logged the member warcio read), so no store of ours
    holds another span legitimately: an import of a WARC gzipped several records at a time, logged
    before such files were refused, logged a record's uncompressed length from its member's start,
    which ends inside a member or past it, over the next one, or (a member of a pair that happens
    to be as long) a whole member holding the next record too (the record reads by its offset
    alone, and ``export`` copied a member cut short, or the next record in). For the checks' slow
    path only (the record's bytes did not read as one member holding one record at its place) and
    for records whose log gives no ``member_sha256`` (that digest covers exactly the member our
    writer or an import made of that record alone)."""
    raw = os.pread(fd, length, offset)
    if not raw.startswith(b"\x1f\x8b"):
        return None
    shape = _member_shape(raw) if len(raw) == length else "cut"  # (fewer bytes: the span runs past the file's end)
    if shape == "one record":
        return None
    if shape == "more records":
        return (f"at byte {offset} has a logged length of {length}, which is one gzip member holding another record "
                "after it (a WARC gzipped several records at a time, imported before such files were refused): "
                "import the original again after 'warcio recompress'")
    return (f"at byte {offset} has a logged length of {length}, which is not the end of its gzip member (a "
            "WARC gzipped several records at a time, imported before such files were refused): import the "
            "original again after 'warcio recompress'")


def _member_shape(raw: bytes) -> str:
    """What ``raw`` is, inflated a MiB at a time: ``"one record"`` (exactly one complete gzip
    member whose bytes are a record, its Content-Length of block and nothing after it but blank
    lines; or whose head cannot be read: the reader names that), ``"more records"`` (one complete
    member with anything else after that block) or ``"cut"`` (not one complete member: cut short,
    or another member or other bytes after it)."""
    member = zlib.decompressobj(wbits=31)
    data, head, end, seen, after = raw, b"", -1, 0, False
    try:
        while not member.eof:
            out = member.decompress(data, 1 << 20)
            data = member.unconsumed_tail
            if not out and not data:
                return "cut"
            if end < 0 and len(head) < _HEAD_LIMIT:
                head += out
                end = _record_end(head)
            if end >= 0 and seen + len(out) > end:
                after = after or bool(out[max(end - seen, 0):].strip(b"\r\n"))
            seen += len(out)
    except zlib.error:
        return "cut"
    if member.unused_data:  # the next member, or anything else, is in the span
        return "cut"
    return "more records" if after else "one record"


#: How much of a member is searched for its record's header block (warcio allows no longer one).
_HEAD_LIMIT = 1 << 20


def _record_end(head: bytes) -> int:
    """Where the block of the record ``head`` begins with ends (its header block and Content-Length
    bytes), or -1: the header block is not all there yet, or gives no readable length."""
    head_end = head.find(b"\r\n\r\n")
    if head_end < 0:
        return -1
    for line in head[:head_end].split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length":
            size = value.strip()
            return head_end + 4 + int(size) if size.isdigit() else -1
    return -1


def record_span(fd: int, offset: int, length: int) -> int:
    """The length of the record at ``offset`` through its closing CRLFs, given a stated one.

    Imports made before lengths covered the whole record stated an uncompressed record's
    length as warcio counts it, without the CRLFs that close it, and the provenance log keeps
    those lengths for good. Where the bytes right after the stated span are CRLFs (never the
    start of a record, a gzip member or the file's end), they belong to this record and are
    added; any other span is returned as stated.

    Raises:
        WarcError: the stated length is not a record's (zero or less: an import of a WARC gzipped
            whole, logged before such files were refused, stated one), where reading on would
            fail with an OS error of no meaning to the user.
    """
    problem = no_record_at(offset, length)
    if problem is not None:
        raise WarcError(f"the record {problem}")
    after = os.pread(fd, len(RECORD_END), offset + length)
    extra = len(after) - len(after.lstrip(b"\r\n"))
    return length + extra


def brief(exc: BaseException, limit: int = 120) -> str:
    """``exc``'s message on one line, cut to ``limit`` characters, with bytes that are not
    printable ASCII shown as ``?``: warcio quotes the bytes it could not read (a kilobyte of
    compressed data when a WARC file was swapped), which buried the one line naming the file
    and offset."""
    text = "".join(c if c.isascii() and c.isprintable() else "?" for c in str(exc).replace("\n", " "))
    return text if len(text) <= limit else text[:limit] + "..."
