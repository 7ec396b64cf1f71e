"""A bundle's ``datapackage-digest.json`` says only what ``archiver export`` writes.

The WACZ signature covers one value, the sha256 of ``datapackage.json``; the file that carries it
(``datapackage-digest.json``) is itself covered by nothing. ReplayWeb.page shows the fields
beside the signature: ``software`` and ``created`` as the signer's, a ``domain`` as the identity
it claims. ``verify-bundle`` checked the signature, the hash and ``created`` (held to the signed
``datapackage.json``), so anyone holding the bundle, with no key at all, could add a ``domain``
(the anonymous profile has none), rewrite ``software`` or point ``path`` at another file, and the
bundle still verified. In a bundle of ours each is now a finding (exit 1): ``path`` is
``datapackage.json``, ``signedData`` holds exactly the fields export writes, and its
``software`` is the signed ``datapackage.json``'s.

The genuine bundle is one page captured from a loopback server (``one_page_bundle``); each test
edits a copy of its digest file (nothing re-signed: no key is needed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bundles import members, with_member
from cli import run_cli

DIGEST = "datapackage-digest.json"


def _with_digest(b: dict[str, Path], tmp_path: Path, edit: Any) -> Path:
    doc = json.loads(members(b["bundle"])[DIGEST])
    edit(doc)
    return with_member(b["bundle"], tmp_path / "edited.wacz", DIGEST, json.dumps(doc, indent=2).encode())


def _problems(bundle: Path, key: Path) -> list[str]:
    proc = run_cli("verify-bundle", str(bundle), "--key", str(key), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["ok"] is False, doc
    return [p["message"] for p in doc["problems"]]


def test_a_signer_domain_added_to_the_anonymous_signature_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["signedData"]["domain"] = "court.example"

    [message] = _problems(_with_digest(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert "signedData" in message and "domain" in message


def test_the_signing_software_rewritten_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["signedData"]["software"] = "Court of Appeal evidence system 2.0"

    [message] = _problems(_with_digest(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert "signedData.software" in message


def test_the_signing_spec_version_rewritten_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["signedData"]["version"] = "9.9.9"

    [message] = _problems(_with_digest(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert "signedData.version" in message


def test_a_digest_naming_another_file_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["path"] = "pages/pages.jsonl"

    [message] = _problems(_with_digest(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert "path" in message and "pages/pages.jsonl" in message


def test_a_field_added_beside_the_signed_data_fails(one_page_bundle, tmp_path) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["note"] = "certified by the court"

    [message] = _problems(_with_digest(one_page_bundle, tmp_path, edit), one_page_bundle["key"])
    assert "note" in message


def test_the_genuine_digest_file_verifies(one_page_bundle) -> None:
    proc = run_cli("verify-bundle", str(one_page_bundle["bundle"]), "--key", str(one_page_bundle["key"]))
    assert proc.returncode == 0, proc.stdout
