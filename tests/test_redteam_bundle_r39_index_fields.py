"""Every field of a line of our replay index is the record's, and the line carries no other.

``verify-bundle`` held each line of ``indexes/index.cdx`` to the record at its place by URL, URL
key, time and digest, but not by the other fields our indexer (cdxj-indexer) writes, which replay
tools read too: ``status`` (pywb and ReplayWeb.page list and filter captures by it) and ``mime``
(``warc/revisit`` makes pywb resolve the line as a revisit; the type is how ReplayWeb.page lists
and filters pages and resources). A line saying ``404`` or ``text/plain`` for the captured
``200 text/html`` response, or carrying a field our export never writes, verified in a bundle
re-signed with the genuine WACZ key. Now each is an ``E_INDEX`` finding (exit 1).

The genuine bundle is one page captured from a loopback server (``one_page_bundle``); each test
doctors a copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bundles import members, resign
from cli import run_cli

INDEX = "indexes/index.cdx"


def _with_first_line(b: dict[str, Path], tmp_path: Path, **changes: Any) -> Path:
    """The bundle with its index's first line given ``changes`` (a None value removes the field),
    re-signed with the genuine WACZ key."""
    lines = members(b["bundle"])[INDEX].decode().splitlines()
    key, ts, fields = lines[0].split(" ", 2)
    doc = {**json.loads(fields), **changes}
    doc = {k: v for k, v in doc.items() if v is not None}
    lines[0] = f"{key} {ts} {json.dumps(doc)}"
    return resign(b["bundle"], tmp_path / "doctored.wacz", {INDEX: "".join(x + "\n" for x in lines).encode()}, b["keys"])


def _index_problems(bundle: Path, key: Path) -> list[str]:
    proc = run_cli("verify-bundle", str(bundle), "--key", str(key), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["ok"] is False, doc["problems"]
    assert {p["code"] for p in doc["problems"]} == {"E_INDEX"}, doc["problems"]
    return [p["message"] for p in doc["problems"]]


def test_a_line_giving_another_http_status_fails(one_page_bundle: dict[str, Path], tmp_path: Path) -> None:
    [message] = _index_problems(_with_first_line(one_page_bundle, tmp_path, status="404"), one_page_bundle["key"])
    assert "status 404 (the record's: 200)" in message


def test_a_line_calling_the_response_a_revisit_fails(one_page_bundle: dict[str, Path], tmp_path: Path) -> None:
    [message] = _index_problems(_with_first_line(one_page_bundle, tmp_path, mime="warc/revisit"),
                                one_page_bundle["key"])
    assert "type warc/revisit (the record's: text/html)" in message


def test_a_line_giving_another_media_type_fails(one_page_bundle: dict[str, Path], tmp_path: Path) -> None:
    [message] = _index_problems(_with_first_line(one_page_bundle, tmp_path, mime="application/pdf"),
                                one_page_bundle["key"])
    assert "type application/pdf" in message


def test_a_line_carrying_a_field_our_index_never_writes_fails(one_page_bundle: dict[str, Path],
                                                              tmp_path: Path) -> None:
    [message] = _index_problems(_with_first_line(one_page_bundle, tmp_path, note="certified copy"),
                                one_page_bundle["key"])
    assert "field note" in message
