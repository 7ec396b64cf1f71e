"""Entry bytes: RFC 8785 canonical form, the no-float rule, the schema."""

from __future__ import annotations

import json

import pytest
import rfc8785

from archiver.provenance.chain import (
    EntryError,
    build_line,
    is_canonical,
    parse_line,
    schema_problem,
)

BASE = {"origin": "t.example/prov/00000000", "seq": 0, "prev": None, "time": "2026-01-01T00:00:00.000000Z", "tool": "t/1"}


def line(data, type_="capture", **kw):
    return build_line(**{**BASE, **kw}, type_=type_, data=data)


def test_entry_bytes_are_rfc8785_canonical_and_parse_back():
    b = line({"url": "https://example.org/é", "http_status": 200, "tls": None, "ok": True})
    obj = json.loads(b)
    assert rfc8785.dumps(obj) == b
    assert list(obj) == ["data", "log", "prev", "seq", "time", "tool", "type", "v"]
    assert schema_problem(obj) is None


def test_non_ascii_keys_are_ordered_by_utf16_code_units_as_rfc8785_requires():
    # RFC 8785 §3.2.3 example keys: U+20AC, CR, U+FB33, "1", U+1F600, U+0080, U+00F6
    data = {"\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\U0001f600": 5, "\u0080": 6, "\u00f6": 7}
    b = line(data)
    keys = list(json.loads(b)["data"])
    assert keys == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]
    assert is_canonical(b, json.loads(b))


def test_floats_in_entries_are_refused():
    with pytest.raises(EntryError, match="floats are not allowed"):
        line({"score": 0.5})


def test_integers_beyond_2_pow_53_are_refused():
    with pytest.raises(EntryError, match="safe range"):
        line({"n": 2**53 + 1})


def test_unknown_entry_types_are_refused():
    with pytest.raises(EntryError, match="unknown entry type"):
        line({}, type_="captured")


def test_reformatted_json_is_not_canonical():
    b = line({"url": "https://example.org/"})
    obj = json.loads(b)
    assert is_canonical(b, obj)
    assert not is_canonical(json.dumps(obj, indent=1).encode(), obj)
    assert not is_canonical(json.dumps(obj).encode(), obj)  # ", " and ": " separators


def test_a_float_written_by_another_tool_is_not_canonical():
    obj = json.loads(line({"x": 1}))
    obj["data"]["x"] = 1.5
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    parsed, plain = parse_line(raw)
    assert not plain and not is_canonical(raw, parsed, plain)


def test_an_unsafe_integer_written_by_another_tool_is_not_canonical():
    obj = json.loads(line({"x": 1}))
    obj["data"]["x"] = 2**60
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    assert not is_canonical(raw, *parse_line(raw))


def test_digit_runs_inside_strings_do_not_make_a_line_non_canonical():
    b = line({"capture_id": "01234567890123456789", "note": "a:12345678901234567,"})
    assert is_canonical(b, *parse_line(b))


@pytest.mark.parametrize(
    "value",
    ["plain ascii", "tab\there", "ctl\x01\x1f", 'quote " and \\ backslash', "del\x7f", "é ü 中文 😀", "\u2028"],
)
def test_fast_writer_path_gives_the_same_bytes_as_rfc8785(value):
    data = {"s": value, "n": [0, -1, 2**53 - 1], "b": True, "z": None, "nested": {"k": value}}
    assert line(data) == rfc8785.dumps(json.loads(line(data)))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda o: o.pop("prev"), "prev"),
        (lambda o: o.update(seq=-1), "seq"),
        (lambda o: o.update(time="yesterday"), "time"),
        (lambda o: o.update(prev="abc"), "prev"),
        (lambda o: o.update(type="bogus"), "type"),
    ],
)
def test_schema_problem_names_the_bad_field(mutate, field):
    obj = json.loads(line({}))
    mutate(obj)
    assert field in schema_problem(obj)
