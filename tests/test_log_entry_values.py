"""A log entry holds JSON values only: what is not one is refused when the line is built, before
anything is appended to the hash-chained, signed log (which can never be rewritten)."""

from __future__ import annotations

import pytest

from archiver.errors import MalformedEntry
from archiver.extract.model import Notice
from archiver.provenance.chain import build_line


def entry_line(data: dict) -> bytes:
    return build_line(seq=7, type_="capture", time="2026-11-30T12:00:00Z", data=data,
                      prev="sha256:" + "0" * 64, origin="sha256:" + "1" * 64, tool="archiver 1.0")


def test_a_value_record_in_a_log_entry_is_refused_not_written_as_a_positional_array() -> None:
    # A record (a typing.NamedTuple since the start-up trims) is a tuple: passed as it is, instead of
    # its to_dict(), it must still be refused, not written for good as ["correction", "..."] with its
    # field names lost.
    notice = Notice(kind="correction", text="An earlier version misnamed the bridge.")
    with pytest.raises(MalformedEntry, match="Notice is not a JSON value"):
        entry_line({"notices": [notice]})


def test_a_plain_tuple_in_a_log_entry_is_still_written_as_an_array() -> None:
    assert b'"pair":["a","b"]' in entry_line({"pair": ("a", "b")})
