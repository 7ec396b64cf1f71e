"""A logged record length no record has is one error of ours, not an OS error.

Imports of a WARC gzipped whole (several records in one gzip member), made before such files were
refused (review s40, 8bf1ad7), logged a record length of zero or less; export then read the span
with ``os.pread`` and stopped with a traceback ("Invalid argument"). ``record_span`` is where a
stated span is read, so it refuses such a length for every caller, and export names the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.capture.warc_places import record_span
from archiver.errors import WarcError

RECORD = (b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
          b"Content-Length: 2\r\n\r\nhi\r\n\r\n")


def _warc(tmp_path: Path) -> Path:
    path = tmp_path / "a.warc"
    path.write_bytes(RECORD)
    return path


@pytest.mark.parametrize("length", [-1127, 0])
def test_a_logged_length_no_record_has_is_a_warc_error_naming_it(tmp_path: Path, length: int) -> None:
    with open(_warc(tmp_path), "rb") as f, pytest.raises(WarcError, match=f"logged length of {length}"):
        record_span(f.fileno(), 0, length)


def test_a_record_stated_without_its_closing_crlfs_still_spans_them(tmp_path: Path) -> None:
    with open(_warc(tmp_path), "rb") as f:
        assert record_span(f.fileno(), 0, len(RECORD) - 4) == len(RECORD)
