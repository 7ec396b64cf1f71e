"""Reading single entries of ``log.jsonl`` by sequence number, without scanning the log.

One reader for every caller that needs one entry: the evidence checks (two entries per answer,
on the look-up's hot path), citations, and :meth:`ProvenanceLog.entry`.
"""

from __future__ import annotations

import os
from pathlib import Path

from archiver.errors import MalformedEntry
from archiver.provenance.chain import LogEntry, decode_entry

#: How an entry line (canonical JSON) names its sequence number.
_SEQ_KEY = b',"seq":'


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

    def __init__(self, log_path: Path) -> None:
        self._f = open(log_path, "rb")  # noqa: SIM115 - closed by close() / the with block
        self._size = self._f.seek(0, os.SEEK_END)
        self._last_seq = self._tail_seq()

    def __enter__(self) -> LogReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._f.close()

    def entry(self, seq: int) -> LogEntry | None:
        """The complete entry line holding ``seq``, parsed; ``None`` if there is none."""
        line = self._find(seq)
        if line is None:
            return None
        try:
            entry = decode_entry(line)
        except MalformedEntry:
            return None
        return entry if entry.seq == seq else None

    def _find(self, seq: int) -> bytes | None:
        a, seq_a = 0, -1  # a: start of a line; every line before it has a seq below the one wanted
        b = self._size  # b: start of a line with a higher seq (or the end of the file)
        seq_b = self._last_seq + 1 if self._last_seq is not None else None
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
                return line
            if got < seq:
                a, seq_a = start + len(line or b"") + 1, got
            else:
                b, seq_b = start, got
        return None

    def _line_containing(self, pos: int) -> tuple[int, bytes | None]:
        """(start, line without newline) of the line that holds byte ``pos``; ``None`` for an
        incomplete last line."""
        start, cur = 0, pos
        while cur > 0:
            lo = max(0, cur - 8192)
            self._f.seek(lo)
            i = self._f.read(cur - lo).rfind(b"\n")
            if i >= 0:
                start = lo + i + 1
                break
            cur = lo
        self._f.seek(start)
        line = self._f.readline()
        return start, (bytes(line[:-1]) if line.endswith(b"\n") else None)

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


# ------------------------------------------------------------------------------ the check


__all__ = ["LogReader", "read_entry"]
