"""A bundle holding a correction whose named entries it does not carry fails, saying so (task sec56).

A proof carries every entry its entries name (``E_PROOF_MISSING_REF`` otherwise), and the bundle's
correction check relies on it. But the proof check walked only from the cited entry: a correction's
block appended by hand to another entry's proof, without the extraction it names (whose own proof
is removed), verified, and the correction check said of a real log entry "no entry before it". The
bundle is a colleague's, exported by ``archiver export`` and hand-edited, re-signed with its WACZ key.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from bundles import colleague_bundle, members, pin_bundle_key, resign
from cli import run_cli

from archiver.core.digests import sha256_label

PAGE = (b"<html><head><title>Harbour tax</title></head><body><article><p>The council met on Tuesday to discuss "
        b"the harbour wall, and the repairs begin in March, it said.</p></article></body></html>")
BLOCK = "c2sp.org/tlog-proof@v1\n"


def _without(bundle: Path, out: Path, keys: Path) -> Path:
    """``bundle`` with the correction's block (entry 3) moved into the WACZ key's proof (entry 4)
    and the proofs of the correction and of its extraction (entry 2) removed."""
    files = members(bundle)
    blocks = [BLOCK + b for b in files["provenance/entry-3.tlog-proof"].decode().split(BLOCK) if b]
    [correction] = [b for b in blocks if "\nindex 3\n" in b]
    files["provenance/entry-4.tlog-proof"] += correction.encode()
    del files["provenance/entry-2.tlog-proof"], files["provenance/entry-3.tlog-proof"]
    package = json.loads(files["datapackage.json"])
    package["resources"] = [{**r, "hash": sha256_label(files[r["path"]]), "bytes": len(files[r["path"]])}
                            for r in package["resources"] if r["path"] in files]
    files["datapackage.json"] = json.dumps(package, indent=2).encode()
    edited = out.with_name("edited-unsigned.wacz")
    with zipfile.ZipFile(edited, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return resign(edited, out, {"datapackage.json": files["datapackage.json"]}, keys)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, str]:
    root = tmp_path_factory.mktemp("refs")
    bundle, _ = colleague_bundle(root, PAGE, "--title", "Harbour tax to go", "--reason", "the printed headline")
    edited = _without(bundle, root / "edited.wacz", root / "colleague-keys")
    pin_bundle_key(edited, {"ARCHIVER_KEY_DIR": str(root / "verifier-keys")})
    proc = run_cli("verify-bundle", str(edited), "--json", env={"ARCHIVER_KEY_DIR": str(root / "verifier-keys")})
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def test_a_bundle_whose_correction_lacks_the_entries_it_names_fails(checked):
    code, doc, stderr = checked
    assert code == 1 and doc["verdict"] == "failed" and "Traceback" not in stderr


def test_the_finding_says_the_proof_does_not_include_the_entry_the_correction_names(checked):
    _, doc, _ = checked
    assert {"code": "E_PROOF_MISSING_REF", "file": "provenance/entry-4.tlog-proof",
            "message": "provenance/entry-4.tlog-proof: entry 3 refers to entry 2, which the proof does not include"} \
        in doc["problems"], doc["problems"]


def test_no_finding_calls_the_entry_the_correction_names_no_entry_of_the_log(checked):
    _, doc, _ = checked
    assert not [p for p in doc["problems"] if "no entry before it" in p["message"]], doc["problems"]


def test_the_correction_check_names_an_entry_the_bundle_does_not_carry_as_such():
    from archiver.export.bundle_quotes import correction_problems

    data = {"capture_id": "01abc", "capture_seq": 1, "extraction_seq": 2, "key_fingerprint": "sha256:k",
            "fields": {"title": {"old": "Harbour tax", "new": "Harbour tax to go"}}, "reason": "printed"}
    entries = {1: {"type": "capture", "data": {"capture_id": "01abc"}}, 3: {"type": "correction", "data": data}}
    [said] = correction_problems(entries, {"01abc"}, "sha256:k")
    assert "names extraction_seq 2, an entry no proof in the bundle carries (E_PROOF_MISSING_REF)" in said
