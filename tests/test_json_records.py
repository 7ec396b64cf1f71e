"""A value record never reaches JSON as an array: every JSON writer refuses one, loudly.

The records (``Notice``, ``FetchOptions``, ...) are ``typing.NamedTuple``\\ s, so tuples: ``json``
and ``rfc8785`` wrote one, silently, as a positional array with its field names lost, where its
``to_dict()`` was meant. The log's entry check already refused one (tests/test_log_entry_values.py);
here the other writers: canonical JSON (extraction records, manifests, TLS and import metadata),
``--json``/``--nl`` output, the index's stored JSON, and the rule that every other writer (bundle
and receipt files, the batch's state and report, key files) goes through the same place.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.capture.fetch import FetchOptions
from archiver.capture.records import recorded_options
from archiver.cli.output import emit_json, emit_nl
from archiver.core import json_text
from archiver.core.canonical import canonical_json
from archiver.errors import RecordInJSONError
from archiver.extract.model import Notice
from archiver.store.index import CaptureRow, SqliteIndex

NOTICE = Notice(kind="correction", text="An earlier version misnamed the bridge.")
PACKAGE = Path(__file__).resolve().parent.parent / "archiver"


# ------------------------------------------------------------------ canonical JSON


def test_canonical_json_refuses_a_value_record_naming_where_it_lies() -> None:
    with pytest.raises(RecordInJSONError, match=r"a Notice record at \$\.article\.notices\[0\]"):
        canonical_json({"article": {"notices": [NOTICE], "title": "Bridge"}})


def test_canonical_json_refuses_a_value_record_the_reference_implementation_would_have_written() -> None:
    # a float that is not integral sends the value to rfc8785, which wrote the record as an array
    with pytest.raises(RecordInJSONError):
        canonical_json({"ratio": 0.5, "notices": [NOTICE]})


def test_canonical_json_still_writes_a_plain_tuple_as_an_array_and_a_converted_record_as_an_object() -> None:
    assert canonical_json({"pair": ("a", "b"), "notice": NOTICE.to_dict()}) == json.dumps(
        {"notice": NOTICE.to_dict(), "pair": ["a", "b"]}, separators=(",", ":"), sort_keys=True).encode()


def test_a_record_reaching_json_is_one_line_calling_it_an_internal_error_and_a_type_error() -> None:
    with pytest.raises(RecordInJSONError) as caught:
        json_text.dumps({"notices": [NOTICE]})
    assert isinstance(caught.value, TypeError)  # (as json's own refusal of a value it cannot write)
    line = caught.value.diagnostics()
    assert line.startswith("internal error (this JSON was not written") and "Notice record at $.notices[0]" in line
    assert "\n" not in line


# ------------------------------------------------------------------ --json and --nl output


def test_json_output_refuses_a_value_record_and_prints_nothing() -> None:
    runner = CliRunner()
    with runner.isolation() as (out, _err, _):
        with pytest.raises(RecordInJSONError):
            emit_json([{"capture_id": "a"}, {"notices": [NOTICE]}])
        assert out.getvalue() == b""


def test_ndjson_output_refuses_a_value_record() -> None:
    runner = CliRunner()
    with runner.isolation() as (out, _err, _), pytest.raises(RecordInJSONError):
        emit_nl([{"notices": (NOTICE,)}])


# ------------------------------------------------------------------ the index's stored JSON


def _row(detail: dict) -> CaptureRow:
    return CaptureRow("c1", "http://example.test/", "http://example.test/", 200, "OK", "text/html",
                      "2026-11-30T12:00:00Z", "a.warc.gz", "urn:uuid:1", 0, None, False, "captured", 1, detail)


def test_the_index_refuses_a_value_record_in_a_captures_detail_and_stores_nothing(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "index.sqlite3")
    try:
        with pytest.raises(RecordInJSONError):
            index.add_capture(_row({"notices": [NOTICE]}), [])
        assert not index.has_capture("c1")
        index.add_capture(_row({"notices": [NOTICE.to_dict()]}), [])
        assert index.get("c1").detail == {"notices": [NOTICE.to_dict()]}
    finally:
        index.close()


def test_the_index_refuses_a_value_record_in_an_extraction(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "index.sqlite3")
    try:
        index.add_capture(_row({}), [])
        with pytest.raises(RecordInJSONError):
            index.add_extraction("c1", record_id=None, log_seq=2, text_sha256=None,
                                 article={"title": "Bridge", "notices": [NOTICE]})
        assert index.extraction("c1") is None
    finally:
        index.close()


# ------------------------------------------------------------------ records converted on purpose


def test_a_record_converted_with_its_asdict_is_written_as_an_object() -> None:
    # the capture options (a NamedTuple) are recorded in every warcinfo through FetchOptions.to_dict
    written = json.loads(json_text.dumps(recorded_options(FetchOptions(connect_timeout=3.0)), sort_keys=True))
    assert written["connect_timeout"] == 3.0 and set(written) == set(FetchOptions._fields)


# ------------------------------------------------------------------ every other writer


#: The only places that call a JSON encoder themselves: the refusing writer, canonical JSON
#: (which refuses before its fallback; its fast path's encoder takes only plain values, see
#: ``_plain``), and the log reader's re-encoding of a line it parsed (json.loads gives dicts and
#: lists, never a record).
ENCODERS_ALLOWED = {("core/json_text.py", "json.dumps"), ("core/canonical.py", "rfc8785.dumps"),
                    ("core/canonical.py", "json.JSONEncoder"), ("provenance/chain.py", "rfc8785.dumps"),
                    ("provenance/chain.py", "json.JSONEncoder")}
_ENCODER_MODULES = {"json", "rfc8785", "orjson"}
_ENCODERS = {"dumps", "dump", "JSONEncoder"}


def _encoder_uses(tree: ast.AST) -> set[str]:
    """Every use of an encoder in ``tree``, as ``module.name``: called or referred to through the
    module under any alias (``json.dumps``, ``j.JSONEncoder`` after ``import json as j``), or
    imported by name (``from json import dumps``)."""
    aliases = {m: m for m in _ENCODER_MODULES}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update({a.asname: a.name for a in node.names if a.asname and a.name in _ENCODER_MODULES})
        elif isinstance(node, ast.ImportFrom) and node.module in _ENCODER_MODULES:
            found.update(f"{node.module}.{a.name}" for a in node.names if a.name in _ENCODERS | {"*"})
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr in _ENCODERS and isinstance(node.value, ast.Name)
                and node.value.id in aliases):
            found.add(f"{aliases[node.value.id]}.{node.attr}")
    return found


def _encoder_calls() -> set[tuple[str, str]]:
    """Every encoder use of the package's modules. A module whose text never names an encoder's
    module (two in three, the notice and name tables among them) cannot use one (an import or
    an attribute of it names the module): it is not parsed, which halved the scan's CPU."""
    texts = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}
    return {(path.relative_to(PACKAGE).as_posix(), use) for path, text in texts.items()
            if any(module in text for module in _ENCODER_MODULES) for use in _encoder_uses(ast.parse(text))}


def test_the_scan_sees_an_encoder_under_an_alias_or_imported_by_name() -> None:
    code = "import json as j\nfrom rfc8785 import dumps\nx = j.JSONEncoder().encode\ny = j.dump\n"
    assert _encoder_uses(ast.parse(code)) == {"json.JSONEncoder", "json.dump", "rfc8785.dumps"}


def test_every_json_writer_of_the_package_goes_through_the_place_that_refuses_records() -> None:
    # bundle and receipt files, the batch's state and report, key and checkpoint files, warcinfo
    # fields: each writes with json_text.dumps (or canonical_json), none with json.dumps itself
    calls = _encoder_calls()  # (once: parsing the package is the test's cost)
    assert calls <= ENCODERS_ALLOWED
    assert ("core/json_text.py", "json.dumps") in calls  # (the scan does see a call)
