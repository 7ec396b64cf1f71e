"""Readers decode a log line with orjson first and the standard parser where orjson refuses.

The evidence check decodes two entries before every statement, so readers use orjson; these
tests pin that a line reads the same either way wherever orjson refuses (the standard parser
decides), and that what neither can read is a ``MalformedEntry`` naming the problem.
"""

from __future__ import annotations

import json

import pytest

from archiver.errors import MalformedEntry
from archiver.provenance.chain import build_line, decode_entry


def entry_line(data: dict) -> bytes:
    return build_line(seq=7, type_="correction", time="2026-11-29T12:00:00Z", data=data,
                      prev="sha256:" + "0" * 64, origin="sha256:" + "1" * 64, tool="archiver 1.0")


def test_a_written_entry_reads_back_with_its_fields_and_hash() -> None:
    line = entry_line({"text": "Jämför «citat» – 41,000", "n": 2**53 - 1})
    entry = decode_entry(line)
    assert (entry.seq, entry.type, entry.data) == (7, "correction", {"text": "Jämför «citat» – 41,000", "n": 2**53 - 1})
    assert entry.entry_hash.startswith("sha256:")


@pytest.mark.parametrize("raw", [
    rb'{"data":{"x":"\ud800"},"seq":1,"time":"t","type":"note"}',  # a lone surrogate: orjson refuses
    rb'{"data":{"x":NaN},"seq":1,"time":"t","type":"note"}',  # NaN: orjson refuses
    rb'{"data":{"x":1e400},"seq":1,"time":"t","type":"note"}',  # out of a double's range
])
def test_what_orjson_refuses_reads_as_the_standard_parser_reads_it(raw: bytes) -> None:
    entry = decode_entry(raw)
    assert json.dumps(entry.data) == json.dumps(json.loads(raw)["data"])


def test_a_line_that_is_not_utf8_is_malformed_naming_the_byte() -> None:
    with pytest.raises(MalformedEntry, match="not UTF-8"):
        decode_entry(b'{"data":{"x":"\xff"},"seq":1,"time":"t","type":"note"}')


def test_a_line_that_is_not_json_is_malformed() -> None:
    with pytest.raises(MalformedEntry):
        decode_entry(b'{"data":')


def test_an_entry_whose_seq_is_not_an_integer_is_malformed() -> None:
    with pytest.raises(MalformedEntry, match="seq"):
        decode_entry(b'{"data":{},"seq":"7","time":"t","type":"note"}')
