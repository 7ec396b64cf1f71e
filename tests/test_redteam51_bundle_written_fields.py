"""A bundle of ours: ``provenance/bundle.json``, ``pages/pages.jsonl`` and ``datapackage.json``
hold only the fields ``archiver export`` writes.

Each of these files is covered by the WACZ signature alone, so whoever holds the WACZ key (not
the log's) can rewrite them and sign again. ``verify-bundle`` held every field export writes to
the proven entries, but read no other: a field added to the guide (``"quote": "..."``, words no
capture holds, beside a capture it proves), to a page line (a ``description`` a replay tool may
show), to the pages header (which may then carry a page's ``url`` and ``text``), to the data
package or to one of its resources, or the guide's ``format`` and ``export_entry`` sentence
rewritten, all verified (exit 0, VERIFIED). Each is now a finding naming the file and the field
(exit 1), as ``datapackage-digest.json`` and the replay index already were
(tests/test_redteam_bundle_r39_signed_data.py, tests/test_redteam_bundle_r39_index_fields.py).

Attacks of this round refused correctly before any change (run by hand on bundles made by
``archiver export`` and edited, offline, in a fresh store):

* a correction's proof replaced by another store's correction proof: signature by another key;
* a correction's proof replaced by a genuine later proof of the same entry (another checkpoint),
  and the proof of an entry logged after the bundle's checkpoint added: "proven against a
  different checkpoint";
* a correction moved to another capture in the guide (``correction_seqs``): the guide was edited;
* a re-extraction dropped (its entry, its WARC file) and the guide and page pointed back at the
  superseded text, re-signed: INCOMPLETE (exit 3), today's extractor gives another text;
* every guide and page field set to another JSON type or value: a finding, but for ``null`` in
  the guide, which states nothing (older exports leave fields out).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from bundles import members, resign
from cli import run_cli
from test_export_anchor import stamped  # noqa: F401 - a bundle export --tsa made (local TSA)
from test_provenance_anchor import tsa  # noqa: F401 - the local TSA fixture stamped uses

GUIDE, PAGES, PACKAGE, DIGEST = "provenance/bundle.json", "pages/pages.jsonl", "datapackage.json", \
    "datapackage-digest.json"


def _resigned(b: dict[str, Path], tmp_path: Path, name: str, edit: Any) -> Path:
    """The bundle with JSON file ``name`` edited, re-signed with its genuine WACZ key."""
    doc = json.loads(members(b["bundle"])[name])
    edit(doc)
    return resign(b["bundle"], tmp_path / "edited.wacz", {name: json.dumps(doc, indent=2).encode()}, b["keys"])


def _pages_resigned(b: dict[str, Path], tmp_path: Path, edit: Any) -> Path:
    lines = [json.loads(line) for line in members(b["bundle"])[PAGES].splitlines()]
    edit(lines)
    data = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    return resign(b["bundle"], tmp_path / "edited.wacz", {PAGES: data}, b["keys"])


def _problems(bundle: Path, key: Path) -> list[str]:
    proc = run_cli("verify-bundle", str(bundle), "--key", str(key), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["ok"] is False, doc
    return [p["message"] for p in doc["problems"]]


def test_a_field_added_to_the_guide_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["certified_by"] = "Court of Appeal"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, GUIDE, edit), one_page_bundle["key"])
    assert GUIDE in message and "'certified_by'" in message


def test_words_added_beside_a_proven_capture_in_the_guide_fail(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["captures"][0]["quote"] = "The harbour closed for good on Tuesday"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, GUIDE, edit), one_page_bundle["key"])
    assert GUIDE in message and "captures[0]" in message and "'quote'" in message


def test_the_guide_format_rewritten_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["format"] = "court-certified-evidence/2"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, GUIDE, edit), one_page_bundle["key"])
    assert GUIDE in message and "format" in message and "court-certified-evidence/2" in message


def test_the_guide_saying_its_export_is_proven_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["export_entry"] = "logged as entry 3 and proven by this bundle"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, GUIDE, edit), one_page_bundle["key"])
    assert GUIDE in message and "export_entry" in message


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl binary")
def test_a_field_added_to_the_guides_time_stamp_fails(stamped, key_dir, tmp_path) -> None:  # noqa: F811
    b = {"bundle": stamped["bundle"], "keys": key_dir}

    def edit(doc: dict[str, Any]) -> None:
        doc["time_anchor"]["certified_by"] = "Court of Appeal"

    [message] = _problems(_resigned(b, tmp_path, GUIDE, edit), stamped["store"] / "provenance" / "log.pub")
    assert GUIDE in message and "time_anchor" in message and "'certified_by'" in message


def test_a_field_added_to_a_page_fails(one_page_bundle, tmp_path) -> None:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[1]["description"] = "The harbour closed for good on Tuesday"

    [message] = _problems(_pages_resigned(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert PAGES in message and "line 2" in message and "'description'" in message


def test_a_page_written_into_the_pages_header_fails(one_page_bundle, tmp_path) -> None:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[0].update(url="http://127.0.0.1:9/closed", text="The harbour closed for good on Tuesday")

    [message] = _problems(_pages_resigned(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert PAGES in message and "line 1" in message and "'text'" in message and "'url'" in message


def test_the_pages_header_format_rewritten_fails(one_page_bundle, tmp_path) -> None:
    def edit(lines: list[dict[str, Any]]) -> None:
        lines[0]["format"] = "json-pages-9.9"

    [message] = _problems(_pages_resigned(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert PAGES in message and "json-pages-9.9" in message


def test_a_field_added_to_the_data_package_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["description"] = "The harbour closed for good on Tuesday"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, PACKAGE, edit), one_page_bundle["key"])
    assert PACKAGE in message and "'description'" in message


def test_a_field_added_to_a_data_package_resource_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["resources"][0]["description"] = "certified copy"

    [message] = _problems(_resigned(one_page_bundle, tmp_path, PACKAGE, edit), one_page_bundle["key"])
    assert PACKAGE in message and "resources[0]" in message and "'description'" in message


def test_a_signing_spec_version_that_is_a_list_is_a_finding_not_a_traceback(one_page_bundle, tmp_path) -> None:
    doc = json.loads(members(one_page_bundle["bundle"])[DIGEST])
    doc["signedData"]["version"] = ["0.1.0"]
    edited = resign(one_page_bundle["bundle"], tmp_path / "edited.wacz", {DIGEST: json.dumps(doc).encode()},
                    one_page_bundle["keys"])
    messages = _problems(edited, one_page_bundle["key"])
    assert "datapackage-digest.json: signedData.version is a list, not a string or null" in messages


def test_the_genuine_bundle_verifies(one_page_bundle) -> None:
    proc = run_cli("verify-bundle", str(one_page_bundle["bundle"]), "--key", str(one_page_bundle["key"]))
    assert proc.returncode == 0, proc.stdout
