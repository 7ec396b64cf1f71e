"""A bundle's JSON files of the wrong shape are findings, never tracebacks (review: trust finding F6).

Each JSON file of a WACZ (``datapackage.json``, ``datapackage-digest.json``, each line of
``pages/pages.jsonl``, ``provenance/bundle.json``) is decoded by one shape-checking function
that ``verify-bundle`` and ``import`` share. Before, a value of another JSON type where a field
was read (``signedData`` a string, ``resources`` a number, a page ``id`` a list, ...) ended both
commands in a traceback (exit 1). Now ``verify-bundle`` reports the file and the field (exit 1:
the signed contents are not what we wrote), and ``import`` refuses the file in one line (exit 2)
with nothing written to the store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundles import members, resign, with_member
from conftest import run_cli

PACKAGE, DIGEST, PAGES, GUIDE = ("datapackage.json", "datapackage-digest.json", "pages/pages.jsonl",
                                 "provenance/bundle.json")

#: (member, where in it, a value of the wrong type, the words the finding names): a path of
#: keys and list positions; for pages.jsonl the first position is the line (0: the header).
WRONG: list[tuple[str, tuple[Any, ...], Any, str]] = [
    (PACKAGE, (), [], "not an object"),
    (PACKAGE, ("resources",), 5, "resources"),
    (PACKAGE, ("resources", 0), "archive/x.warc.gz", "resources[0]"),
    (PACKAGE, ("resources", 0, "path"), 5, "path"),
    (PACKAGE, ("resources", 0, "hash"), 5, "hash"),
    (PACKAGE, ("resources", 0, "bytes"), "12", "bytes"),
    (PACKAGE, ("created",), 5, "created"),
    (PACKAGE, ("mainPageURL",), ["x"], "mainPageURL"),
    (DIGEST, (), [1], "not an object"),
    (DIGEST, ("hash",), 5, "hash"),
    (DIGEST, ("signedData",), "x", "signedData"),
    (DIGEST, ("signedData", "hash"), 5, "hash"),
    (DIGEST, ("signedData", "created"), ["x"], "created"),
    (DIGEST, ("signedData", "publicKey"), 5, "publicKey"),
    (DIGEST, ("signedData", "signature"), {}, "signature"),
    (PAGES, (0,), [], "line 1"),
    (PAGES, (1,), "page", "line 2"),
    (PAGES, (1, "id"), [1], "id"),
    (PAGES, (1, "url"), 5, "url"),
    (PAGES, (1, "ts"), 5, "ts"),
    (PAGES, (1, "title"), 5, "title"),
    (PAGES, (1, "text"), 5, "text"),
    (PAGES, (1, "text_sha256"), 5, "text_sha256"),
    (PAGES, (1, "corrected"), "title", "corrected"),
    (GUIDE, (), [], "not an object"),
    (GUIDE, ("captures",), 5, "captures"),
    (GUIDE, ("captures", 0), "x", "captures[0]"),
    (GUIDE, ("captures", 0, "capture_id"), 5, "capture_id"),
]


def _set(doc: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    doc[where[0]] = _set(doc[where[0]], where[1:], value)
    return doc


def _doctored(bundle: Path, member: str, where: tuple[Any, ...], value: Any) -> bytes:
    raw = members(bundle)[member]
    if member == PAGES:
        lines = [json.loads(x) for x in raw.decode().splitlines()]
        lines[where[0]] = _set(lines[where[0]], where[1:], value)
        return "".join(json.dumps(x) + "\n" for x in lines).encode()
    return json.dumps(_set(json.loads(raw), where, value)).encode()


def _name(case: tuple[str, tuple[Any, ...], Any, str]) -> str:
    return f"{case[0]}:{'.'.join(map(str, case[1])) or 'whole'}={json.dumps(case[2])}"


@pytest.mark.parametrize("member,where,value,words", WRONG, ids=[_name(c) for c in WRONG])
def test_verify_bundle_reports_a_field_of_the_wrong_type_as_a_finding_naming_it(
        one_page_bundle, tmp_path, member, where, value, words):
    b = one_page_bundle
    data = _doctored(b["bundle"], member, where, value)
    # re-signed with the WACZ key, so the file hashes hold and only the shape is wrong
    doctored = resign(b["bundle"], tmp_path / "shape.wacz", {member: data}, b["keys"])
    proc = run_cli("verify-bundle", str(doctored), "--key", str(b["key"]), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-800:]
    assert proc.returncode == 1, proc.stdout[-800:]
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "failed"
    assert any(p["file"] == member and words in p["message"] for p in doc["problems"]), doc["problems"]


@pytest.mark.parametrize("member,where,value,words", [c for c in WRONG if c[0] in (PACKAGE, PAGES)],
                         ids=[_name(c) for c in WRONG if c[0] in (PACKAGE, PAGES)])
def test_import_refuses_a_wacz_with_a_field_of_the_wrong_type_and_writes_nothing(
        one_page_bundle, tmp_path, member, where, value, words):
    doctored = with_member(one_page_bundle["bundle"], tmp_path / "shape.wacz", member,
                           _doctored(one_page_bundle["bundle"], member, where, value))
    store = tmp_path / "store"
    proc = run_cli("import", str(doctored), store=store)
    assert "Traceback" not in proc.stderr, proc.stderr[-800:]
    assert proc.returncode == 2, proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert member in line and words in line and "nothing imported" in line, line
    assert not (store / "warcs").exists() or not any((store / "warcs").iterdir())
    assert json.loads(run_cli("list", "--json", store=store).stdout or "[]") == []


def test_a_foreign_wacz_with_a_field_of_the_wrong_type_fails_its_check_without_a_traceback(tmp_path):
    """Another tool's WACZ goes through the same decoders (its own claims are all it has)."""
    foreign = Path(__file__).parent / "data" / "import" / "browsertrix-3-pages.wacz"
    package = json.loads(members(foreign)[PACKAGE])
    package["resources"] = 5
    proc = run_cli("verify-bundle", str(with_member(foreign, tmp_path / "f.wacz", PACKAGE,
                                                     json.dumps(package).encode())), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-800:]
    assert proc.returncode == 1
    assert any(p["file"] == PACKAGE and "resources" in p["message"] for p in json.loads(proc.stdout)["problems"])
