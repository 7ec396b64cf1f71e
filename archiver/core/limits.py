"""Named resource limits, with their defaults: what hostile bytes may cost us at most.

Every limit that bounds memory, time or disk while *reading* archived or imported bytes lives
here, one constant per limit, each with the reason for its default. A limit can be overridden
with an environment variable ``ARCHIVER_LIMIT_<NAME>`` (an integer; tests use small values so
that a bomb is small and quick to build). :func:`current` reads them afresh on each call, so a
test's ``monkeypatch.setenv`` takes effect at once.

Wire-level limits (header sizes, interim responses, chunk framing, ``--max-body``) belong to
the fetcher; these are the limits on what we decode, extract, index and import.
"""

from __future__ import annotations

import os
import zipfile
from typing import IO, NamedTuple

from archiver.errors import UsageError

MiB = 1024 * 1024

#: Most bytes a body may inflate to when we undo its Content-Encoding (gzip, deflate, br, and
#: stacked codings alike) for extraction, import, verify-bundle or a deep check. A page's text
#: is a few hundred KiB; 64 MiB leaves room for a large PDF while a 1 MiB gzip bomb that would
#: inflate to 1 GiB stops here. Over it, the capture is still archived (its bytes are the
#: evidence) and the extraction is recorded as an error on the capture.
MAX_INFLATED_BYTES = 64 * MiB

#: Wall-clock seconds one extraction (HTML parse + main text + metadata, or a PDF's pages) may
#: take. Real pages take well under a second; a hostile table (a 4 MB one took 46 s on the
#: loaded 2-core test machine) or a 20,000-page PDF is stopped here and recorded as an
#: extraction error on the capture.
EXTRACT_SECONDS = 30

#: Address space (bytes) one extraction may add on top of what the process already uses.
#: Measured: a normal page adds a few tens of MiB; a hostile 4 MB table peaked at ~600 MiB
#: (and needs more than 256 MiB). 1 GiB leaves room for large real pages and keeps a hostile
#: one far below a 4 GiB machine. Over it the extraction is an error on the capture.
EXTRACT_MEMORY_BYTES = 1024 * MiB

#: HTML bodies up to this size are extracted in-process, without the worker's budget: forking
#: a worker costs ~20-40 ms per page on a loaded 2-core machine (60 ms extraction -> 100 ms),
#: while the worst HTML measured scales at ~8-12 s and ~190 MB per MiB (a 16 MB table: 133 s,
#: 3 GB), so 256 KiB costs at most ~3 s and ~50 MB in-process. PDFs (a 2.7 MB file can hold
#: 20,000 pages) and larger HTML always go to the bounded worker. 0 sends everything there.
EXTRACT_INPROCESS_BYTES = 256 * 1024

#: Pages of a PDF whose text we extract; later pages are left out and the extraction says so
#: in its ``notes``. Reports run to hundreds of pages, not thousands.
PDF_MAX_PAGES = 2000

#: Characters of one capture's text (article text + page text) that go into the whole-archive
#: search index. The verdict always comes from the full text; only the shortlist is bounded,
#: and a search that finds nothing says how many texts were only partly indexed. Normalising
#: for the index costs ~100 MiB and ~2.5 s per million characters (measured), so 2 Mi
#: characters (~40 times a long article with its page text) cost at most ~200 MiB.
INDEX_MAX_CHARS = 2 * MiB

#: Bytes of one WARC record block held in memory. Larger records (a video, a disk image) are
#: read as a stream: their digests are computed and checked, but they are not extracted.
MAX_RECORD_BYTES = 256 * MiB

#: Uncompressed bytes of one zip (WACZ) member we read or copy out.
ZIP_MAX_MEMBER_BYTES = 4096 * MiB

#: Uncompressed bytes of all members of one zip (WACZ) together.
ZIP_MAX_TOTAL_BYTES = 16384 * MiB

#: Largest compression ratio (uncompressed / compressed) of a zip member larger than 1 MiB.
#: WARC and JSON deflate about 3-10x; a zip bomb deflates about 1000x.
ZIP_MAX_RATIO = 200

#: Bytes of a zip member that is read whole into memory (datapackage.json, proofs, keys).
ZIP_MAX_SMALL_MEMBER_BYTES = 64 * MiB

#: Members one zip (WACZ) may hold.
ZIP_MAX_MEMBERS = 100_000

#: Bytes of a file the user names that is read whole into memory (a key, a checkpoint, a
#: proof, a URL list, a quote or text file, pinned keys, a TSA root). The largest real ones are
#: URL lists (64 MiB is about a million URLs) and inclusion proofs of a few KiB; without a bound
#: ``--key /dev/zero`` grew until the process died. ``archiver extract FILE`` allows
#: :data:`MAX_RECORD_BYTES`, what a record block may hold in memory.
USER_FILE_MAX_BYTES = 64 * MiB

#: Characters of one quote to verify (a QUOTE, a ``--quote-file``, a batch row, a manuscript's
#: quotation). Every quote checked against the archive is logged whole, and the log is kept,
#: copied, exported and proven for good: a 15 MB quote file grew the log by 15 MB (and took
#: 9.8 s). A real quotation, even a block quote of several paragraphs, is a few hundred to a few
#: thousand characters; 20,000 (some eight pages of a book) is more than any of them reaches.
QUOTE_MAX_CHARS = 20_000

#: Characters of a page's ``<style>`` text that are parsed to learn what its rules hide
#: (:mod:`archiver.extract.style_rules`; the rest is not read). tinycss2 parses about 2 MB a CPU
#: second here; of the 843 benchmark pages with style text, the median holds 3 KB, one in ten
#: over 86 KB, the largest 1.1 MB: 512 Ki characters (~0.3 s) read all but the very largest.
STYLE_MAX_CHARS = 512 * 1024

#: Selectors of a page's ``<style>`` rules that are read (each of a rule's selector list counts),
#: each matched against the page by one XPath. The benchmark pages' hiding rules hold far fewer.
STYLE_MAX_RULES = 10_000

_ENV_PREFIX = "ARCHIVER_LIMIT_"


class Limits(NamedTuple):
    """The limits in force (defaults above, or ``ARCHIVER_LIMIT_<NAME>`` overrides)."""

    max_inflated_bytes: int = MAX_INFLATED_BYTES
    extract_seconds: int = EXTRACT_SECONDS
    extract_memory_bytes: int = EXTRACT_MEMORY_BYTES
    extract_inprocess_bytes: int = EXTRACT_INPROCESS_BYTES
    pdf_max_pages: int = PDF_MAX_PAGES
    index_max_chars: int = INDEX_MAX_CHARS
    max_record_bytes: int = MAX_RECORD_BYTES
    zip_max_member_bytes: int = ZIP_MAX_MEMBER_BYTES
    zip_max_total_bytes: int = ZIP_MAX_TOTAL_BYTES
    zip_max_ratio: int = ZIP_MAX_RATIO
    zip_max_small_member_bytes: int = ZIP_MAX_SMALL_MEMBER_BYTES
    zip_max_members: int = ZIP_MAX_MEMBERS
    user_file_max_bytes: int = USER_FILE_MAX_BYTES
    quote_max_chars: int = QUOTE_MAX_CHARS
    style_max_chars: int = STYLE_MAX_CHARS
    style_max_rules: int = STYLE_MAX_RULES


def current() -> Limits:
    """The limits in force now: defaults, overridden by ``ARCHIVER_LIMIT_<NAME>`` variables.

    A malformed override is bad input (exit 2), not silently ignored: a user who set a limit
    must not believe it holds when it does not.
    """
    values: dict[str, int] = {}
    for name in Limits._fields:
        raw = os.environ.get(_ENV_PREFIX + name.upper())
        if raw is None or raw.strip() == "":
            continue
        try:
            value = int(raw.strip())
        except ValueError:
            value = 0
        if value < 0 or value == 0 and name != "extract_inprocess_bytes":
            raise UsageError(f"{_ENV_PREFIX}{name.upper()}={raw!r}: a limit must be a positive integer")
        values[name] = value
    return Limits(**values)


def mib(n: int) -> str:
    """A byte count for a message: ``64 MiB`` (or bytes when under 1 MiB, as in tests)."""
    return f"{n // MiB} MiB" if n >= MiB and n % MiB == 0 else f"{n} bytes"


# --------------------------------------------------------------------------- zip members


class ZipLimitError(UsageError):
    """A zip member (or the whole zip) is larger, or compresses better, than we accept."""


def check_zip(zf: zipfile.ZipFile, *, limits: Limits | None = None) -> None:
    """Refuse a zip whose *declared* sizes break the limits, before reading any member.

    The central directory can lie about sizes, so :func:`open_member` also counts what is
    actually read; this check refuses an honest bomb at once and cheaply.
    """
    lim = limits or current()
    infos = zf.infolist()
    if len(infos) > lim.zip_max_members:
        raise ZipLimitError(f"the zip has {len(infos)} members, more than the limit of {lim.zip_max_members}")
    total = 0
    for info in infos:
        _check_declared(info, lim)
        total += info.file_size
    if total > lim.zip_max_total_bytes:
        raise ZipLimitError(f"the zip's members add up to {total} bytes uncompressed, over the limit of "
                            f"{mib(lim.zip_max_total_bytes)}")


def _check_declared(info: zipfile.ZipInfo, lim: Limits) -> None:
    if info.file_size > lim.zip_max_member_bytes:
        raise ZipLimitError(f"zip member {info.filename} is {info.file_size} bytes uncompressed, over the "
                            f"limit of {mib(lim.zip_max_member_bytes)}")
    if info.file_size > MiB and info.file_size > lim.zip_max_ratio * max(info.compress_size, 1):
        raise ZipLimitError(f"zip member {info.filename} inflates {info.file_size // max(info.compress_size, 1)}"
                            f"x, more than the limit of {lim.zip_max_ratio}x (a zip bomb?)")


class _CappedMember:
    """A zip member stream that raises :class:`ZipLimitError` once more than ``cap`` bytes
    came out of it (the declared size can lie; the bytes cannot)."""

    def __init__(self, stream: IO[bytes], name: str, cap: int) -> None:
        self._stream = stream
        self._name = name
        self._cap = cap
        self._read = 0

    def read(self, n: int = -1) -> bytes:
        want = self._cap + 1 - self._read if n is None or n < 0 else min(n, self._cap + 1 - self._read)
        data = self._stream.read(max(want, 1))
        self._read += len(data)
        if self._read > self._cap:
            raise ZipLimitError(f"zip member {self._name} inflates past {mib(self._cap)}: refused")
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> _CappedMember:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_member(zf: zipfile.ZipFile, name: str | zipfile.ZipInfo, *, cap: int | None = None) -> _CappedMember:
    """Open a zip member for streaming, refusing it past ``cap`` bytes (default: the member limit)."""
    lim = current()
    info = name if isinstance(name, zipfile.ZipInfo) else zf.getinfo(name)
    _check_declared(info, lim)
    return _CappedMember(zf.open(info), info.filename, cap if cap is not None else lim.zip_max_member_bytes)


def read_member(zf: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> bytes:
    """A small zip member (JSON, proof, key) read whole, refused past the small-member limit."""
    with open_member(zf, name, cap=current().zip_max_small_member_bytes) as f:
        return f.read()
