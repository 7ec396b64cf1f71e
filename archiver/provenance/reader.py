"""Reading single entries of ``log.jsonl`` by sequence number, without scanning the log.

One reader for every caller that needs one entry: the evidence checks (two entries per answer,
on the look-up's hot path), citations, and :meth:`ProvenanceLog.entry`. An entry is found by
an interpolation search (:meth:`LogReader.entry`), or read at a byte place the derived index
keeps for it (:meth:`LogReader.entries_at`, :meth:`LogReader.pair_at`): such a place is
untrusted, and what is read there counts only if it is the whole line of the wanted entry.
Whether a line read is in the signed log is not this module's question: the evidence check
holds each against what :mod:`archiver.provenance.proven` proved of the whole log.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from archiver.errors import MalformedEntry
from archiver.provenance.chain import LogEntry, decode_entry

#: How an entry line (canonical JSON) names its sequence number.
_SEQ_KEY = b',"seq":'
_PREV_KEY = b',"prev":"'


def read_entry(log_path: Path, seq: int) -> LogEntry | None:
    """The entry with sequence number ``seq`` (see :class:`LogReader`); ``None`` if there is none.

    Raises ``FileNotFoundError`` when the log file is missing.
    """
    with LogReader(log_path) as reader:
        return reader.entry(seq)


class LogReader:
    """Reads single entries of ``log.jsonl`` by sequence number, without scanning the log.

    Entries are one per line in ``seq`` order. A search keeps a byte range known to hold the
    wanted line's start, between a line with a lower seq and one with a higher seq, and probes
    the line at the position interpolated from those seqs (lines are of similar length), so it
    takes a few short reads however long the log is; every probe narrows the range, so a log
    whose lines are out of order still ends the search (with ``None``).
    """

    #: Probes before giving up (a valid log needs far fewer: ~log2 of its size at worst).
    MAX_PROBES = 200

    #: Line starts remembered for entries found (a reader held open answers again without a search).
    MAX_REMEMBERED = 100_000

    def __init__(self, log_path: Path | None = None, *, handle: BinaryIO | None = None) -> None:
        """Open ``log_path``, or read through ``handle``, an open binary handle on the log that
        stays its owner's (a store's held files): :meth:`close` then leaves it open."""
        if handle is None:
            if log_path is None:
                raise TypeError("LogReader needs a log path or an open handle")
            handle = open(log_path, "rb")  # noqa: SIM115 - closed by close() / the with block
        self._owned = handle if log_path is not None else None
        self.handle = handle
        self._f = handle
        self._size = self._f.seek(0, os.SEEK_END)
        self._tail: tuple[int | None] | None = None  # (seq of the last complete line,), read when a search needs it
        self._starts: dict[int, int] = {}
        self._window: tuple[int, bytes] = (0, b"")  # bytes read in this round of look-ups

    #: Bytes read around a probe in one system call: a few entry lines, so the next probe (or
    #: the extraction entry that follows its capture's) is usually in memory already.
    WINDOW = 16384

    def refresh(self, size: int | None = None) -> None:
        """Take in entries appended since the reader opened (or last refreshed).

        A reader held open across checks calls this before each one, with the ``size`` the
        caller's ``stat`` of the log's path just gave for this very file (else it is asked). A
        log that got shorter was rewritten: remembered line starts are forgotten, and every line
        is read afresh anyway.
        """
        self._window = (0, b"")  # every check reads the bytes afresh
        if size is None:
            size = self._f.seek(0, os.SEEK_END)
        if size != self._size:
            if size < self._size:
                self._starts.clear()
            self._size = size
            self._tail = None

    def __enter__(self) -> LogReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()

    def entry(self, seq: int, *, hashed: bool = True) -> LogEntry | None:
        """The complete entry line holding ``seq``, parsed; ``None`` if there is none.
        ``hashed=False``: without its ``entry_hash`` (a reader of the values only)."""
        start = self._starts.get(seq)
        line = self._remembered(seq, start) if start is not None else None
        if line is None:
            line = self._find(seq)
        if line is None:
            return None
        try:
            entry = decode_entry(line, hashed=hashed)
        except MalformedEntry:
            return None
        return entry if entry.seq == seq else None

    def lines_at(self, places: list[tuple[int, Any, Any]]) -> list[bytes | None]:
        """The log lines an index places at (seq, offset, length), read there without a search
        (one ``pread`` when they lie close together, as a capture's and its extraction's entries
        do); each is kept only if those bytes are one whole line: a newline right before it (or
        the file's start) and right after it, none inside. ``None`` for a place that is not (the
        middle of a line, two lines, past the end). The places are not trusted: the caller
        still checks that the line is the entry ``seq`` (:meth:`entries_at`, :meth:`objects_at`)."""
        spans = [(o, n) for _, o, n in places if type(o) is int and type(n) is int and o >= 0 and n > 0]
        if len(spans) != len(places):
            return [None] * len(places)
        fd = self._f.fileno()
        lo, hi = max(min(o for o, _ in spans) - 1, 0), max(o + n for o, n in spans) + 1
        if hi - lo <= 4 * self.WINDOW:
            buf = os.pread(fd, hi - lo, lo)
            return [_whole_line(buf, lo, o, n) for o, n in spans]
        return [_whole_line(os.pread(fd, o + n + 1 - max(o - 1, 0), max(o - 1, 0)), max(o - 1, 0), o, n)
                for o, n in spans]

    def entries_at(self, places: list[tuple[int, Any, Any]]) -> list[LogEntry | None]:
        """The entries an index places at (seq, offset, length) (see :meth:`lines_at`), each
        ``None`` unless its place holds that very entry's whole line. Values only (no hash)."""
        out: list[LogEntry | None] = []
        for (seq, offset, _), line in zip(places, self.lines_at(places), strict=True):
            try:
                entry = decode_entry(line, hashed=False, offset=offset) if line is not None else None
            except MalformedEntry:
                entry = None
            out.append(entry if entry is not None and entry.seq == seq else None)
        return out

    def objects_at(self, places: list[tuple[int, Any, Any]]) -> list[dict[str, Any] | None]:
        """:meth:`entries_at` for the evidence check's quick path: each entry's parsed object
        (``seq``, ``type``, ``data``...), or ``None`` unless its place holds the whole line of an
        entry with that ``seq``, a string ``type`` and an object ``data``. No :class:`LogEntry`
        is made; a line orjson refuses is ``None`` too (the full path then reads it the slow way)."""
        return [_entry_object(line, seq) for (seq, _, _), line in zip(places, self.lines_at(places), strict=True)]

    def pair_at(self, seq: Any, offset: Any, length: Any, seq2: Any, offset2: Any, length2: Any
                ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """:meth:`objects_at` of two places (a capture's entry and its extraction's, which lie
        side by side), in one ``pread`` and few steps: it runs before every statement."""
        if (type(offset) is not int or type(length) is not int or type(offset2) is not int
                or type(length2) is not int or offset < 0 or length <= 0 or offset2 < 0 or length2 <= 0):
            return None, None
        lo = (offset if offset < offset2 else offset2) - 1
        lo = lo if lo > 0 else 0
        end, end2 = offset + length, offset2 + length2
        hi = (end if end > end2 else end2) + 1
        if hi - lo > 4 * self.WINDOW:
            first, second = self.objects_at([(seq, offset, length), (seq2, offset2, length2)])
            return first, second
        buf = os.pread(self._f.fileno(), hi - lo, lo)
        view = memoryview(buf)  # each line parsed where it was read, not copied out first
        found: list[dict[str, Any] | None] = []
        for want, at, stop in ((seq, offset - lo, end - lo), (seq2, offset2 - lo, end2 - lo)):
            obj = None  # as _whole_line and _entry_object, inline
            if (stop < len(buf) and buf[stop] == 0x0A and (at + lo == 0 or buf[at - 1] == 0x0A)
                    and buf.find(b"\n", at, stop) < 0):
                try:
                    obj = orjson.loads(view[at:stop])
                except orjson.JSONDecodeError:
                    obj = None
            if (type(obj) is dict and type(obj.get("seq")) is int and obj["seq"] == want
                    and type(obj.get("type")) is str and type(obj.get("data")) is dict):
                found.append(obj)
            else:
                found.append(None)
        return found[0], found[1]

    def _last_seq(self) -> int | None:
        """The seq of the log's last complete line, read from its end when first needed."""
        if self._tail is None:
            self._tail = (self._tail_seq(),)
        return self._tail[0]

    def _find(self, seq: int) -> bytes | None:
        a, seq_a = 0, -1  # a: start of a line; every line before it has a seq below the one wanted
        b = self._size  # b: start of a line with a higher seq (or the end of the file)
        last = self._last_seq()
        seq_b = last + 1 if last is not None else None
        for n in range(self.MAX_PROBES):
            if a >= b or seq < 0 or (seq_b is not None and not seq_a < seq < seq_b):
                return None
            if seq_b is None or (n > 3 and n % 2):  # bisect every other probe once guesses miss
                probe = (a + b) // 2
            else:  # the wanted line is number seq-seq_a-1 of the seq_b-seq_a-1 lines in [a, b)
                probe = a + int((b - a) * (seq - seq_a - 0.5) / (seq_b - seq_a - 1))
            start, line = self._line_containing(min(max(probe, a), b - 1))
            got = _seq_of(line)
            if got is None:  # an incomplete last line is not an entry
                b = start
                continue
            if got == seq:
                self._remember(seq, start, line)
                return line
            if got < seq:
                a, seq_a = start + len(line or b"") + 1, got
            else:
                b, seq_b = start, got
        return None

    def _remember(self, seq: int, start: int, line: bytes | None) -> None:
        """Remember where ``seq`` starts, and where ``seq + 1`` should: an extraction entry
        follows its capture's, so the second look-up of a check is one window read, no search
        (a wrong guess is only a miss: :meth:`_remembered` checks the line it finds there)."""
        if len(self._starts) >= self.MAX_REMEMBERED:
            self._starts.clear()
        self._starts[seq] = start
        self._starts.setdefault(seq + 1, start + len(line or b"") + 1)

    def _remembered(self, seq: int, start: int) -> bytes | None:
        """The line of ``seq`` at the ``start`` remembered for it, if that is still a whole line
        there holding ``seq`` (its bytes are read now; only the position is remembered)."""
        if start >= self._size:
            return None
        lo, buf = self._read(max(start - 1, 0), start + 1)
        if start and buf[start - 1 - lo:start - lo] != b"\n":
            return None
        end = buf.find(b"\n", start - lo)
        line = buf[start - lo:end] if end >= 0 else self._line_at_slowly(start)
        return line if line is not None and _seq_of(line) == seq else None

    def _read(self, lo: int, hi: int) -> tuple[int, bytes]:
        """(offset, bytes) covering ``[lo, hi)`` of the log as sized at the last refresh: from the
        bytes read in this round if they cover it, else one ``pread`` of a window from ``lo``."""
        w_lo, buf = self._window
        if w_lo <= lo and hi <= w_lo + len(buf):
            return self._window
        end = min(self._size, max(hi, lo + self.WINDOW))
        self._window = (lo, os.pread(self._f.fileno(), end - lo, lo))
        return self._window

    def _line_containing(self, pos: int) -> tuple[int, bytes | None]:
        """(start, line without newline) of the line that holds byte ``pos``; ``None`` for an
        incomplete last line. One window read around ``pos`` finds it unless the line is long."""
        lo, buf = self._read(max(0, pos - self.WINDOW // 4), pos + 1)
        i = buf.rfind(b"\n", 0, pos - lo)
        if i < 0 and lo > 0:
            return self._line_containing_slowly(pos)
        start = lo + i + 1
        end = buf.find(b"\n", start - lo)
        if end >= 0:
            return start, buf[start - lo:end]
        return start, self._line_at_slowly(start)

    def _line_containing_slowly(self, pos: int) -> tuple[int, bytes | None]:
        """:meth:`_line_containing` for a line longer than a window: back in 8 KiB steps."""
        start, cur = 0, pos
        while cur > 0:
            lo = max(0, cur - 8192)
            self._f.seek(lo)
            i = self._f.read(cur - lo).rfind(b"\n")
            if i >= 0:
                start = lo + i + 1
                break
            cur = lo
        return start, self._line_at_slowly(start)

    def _line_at_slowly(self, start: int) -> bytes | None:
        """The line starting at ``start`` (``None``: incomplete, no newline before the end)."""
        self._f.seek(start)
        line = self._f.readline(max(self._size - start, 0))
        return bytes(line[:-1]) if line.endswith(b"\n") else None

    def _tail_seq(self) -> int | None:
        """The seq of the last complete line, read from the end of the file (``None``: none)."""
        chunk = 8192
        while True:
            lo = max(0, self._size - chunk)
            self._f.seek(lo)
            lines = self._f.read().split(b"\n")[:-1]  # the piece after the last newline is incomplete
            if lines and (lo == 0 or len(lines) >= 2):
                got = _seq_of(lines[-1])
                return got if got is not None and got >= 0 else None
            if lo == 0 or chunk >= 1 << 22:
                return None
            chunk *= 8


def _entry_object(line: bytes | None, seq: int) -> dict[str, Any] | None:
    """The parsed entry on ``line`` if it is one with this ``seq`` (an int), a string ``type`` and
    an object ``data``; else ``None`` (also for what orjson refuses: the full path decides)."""
    if line is None:
        return None
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if (type(obj) is dict and type(obj.get("seq")) is int and obj["seq"] == seq
            and type(obj.get("type")) is str and type(obj.get("data")) is dict):
        return obj
    return None


def _whole_line(buf: bytes, lo: int, offset: int, length: int) -> bytes | None:
    """The ``length`` bytes at ``offset`` of ``buf`` (read from byte ``lo``) if they are one
    whole line: a newline (or the file's start) right before, a newline right after, none inside."""
    at, end = offset - lo, offset - lo + length
    if end >= len(buf) or buf[end] != 0x0A or (offset and buf[at - 1] != 0x0A):
        return None
    line = buf[at:end]
    return None if b"\n" in line else line


def _prev_of(line: bytes) -> str | None:
    """The top-level ``prev`` of a canonical entry line without parsing it all: RFC 8785 puts
    it after ``data`` and ``log``, and it is the last ``,"prev":"`` of the line (see
    :func:`_seq_of`); ``None`` when there is none (the first entry, or not an entry)."""
    at = line.rfind(_PREV_KEY)
    if at < 0:
        return None
    at += len(_PREV_KEY)
    end = line.find(b'"', at)
    return line[at:end].decode("ascii", "replace") if end > at else None


def _seq_of(line: bytes | None) -> int | None:
    """The top-level ``seq`` of a canonical entry line without parsing it all.

    RFC 8785 sorts keys, so ``seq`` follows ``data``; the last ``,"seq":`` is the top-level
    one (inside strings the quotes are escaped). ``-1`` for a line that is not an entry, so
    the search moves past it.
    """
    if line is None:
        return None
    at = line.rfind(_SEQ_KEY)
    if at < 0:
        return -1
    digits = line[at + len(_SEQ_KEY):at + len(_SEQ_KEY) + 20].split(b",", 1)[0]
    return int(digits) if digits.isdigit() else -1


#: The two line readers, for :mod:`archiver.provenance.proven` (same rules as above).
prev_of = _prev_of
seq_of = _seq_of


__all__ = ["LogReader", "read_entry"]
