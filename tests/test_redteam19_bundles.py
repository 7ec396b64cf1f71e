"""Review 19 of export / verify-bundle / import: what a doctored bundle of ours can no longer do.

The review found:

- F1: ``import`` checked an archiver bundle's members only against its datapackage.json. A
  response reworded ("41,000" -> "91,000", the record's own digests recomputed), datapackage.json
  re-hashed, and the genuine signed digest kept (or re-signed with any WACZ key) was imported
  silently under the colleague's capture id, quotable as that capture, and the genuine bundle
  was then refused. An archiver bundle (one with ``provenance/``) is now imported only when the
  checks ``verify-bundle`` makes hold; its capture ids are taken only then, and from no other file;
- F2: ``verify-bundle`` ignored a key pinned for the bundle's log name, then advised pinning
  the other key, and ``key pin`` silently trusted a second key for a pinned log name;
- F3: the bundle report dropped the "capture cut short" caveat of a not_found re-run;
- F4: in a bundle of ours, members outside the set our writer produces verified.

Real bundles made by our own export from a loopback server, doctored here; real CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bundles import members, resign, reworded_bundle, without_provenance
from conftest import run_cli

from archiver.export import signing
from archiver.provenance.note import Signer, Verifier

GENUINE = b"41,000 containers"
FORGED = b"91,000 containers"
FORGED_QUOTE = "The harbour handled 91,000 containers in March"
GENUINE_QUOTE = "The harbour handled 41,000 containers in March"


def _capture_id(bundle: Path) -> str:
    return str(json.loads(members(bundle)["provenance/bundle.json"])["captures"][0]["capture_id"])


def _pin(key: Path) -> None:
    proc = run_cli("key", "pin", str(key))
    assert proc.returncode == 0, proc.stderr


def _import(store: Path, bundle: Path) -> Any:
    return run_cli("import", str(bundle), "--json", store=store)


def _nothing_imported(store: Path) -> None:
    warcs = sorted(p.name for p in (store / "warcs").iterdir()) if (store / "warcs").exists() else []
    assert not [w for w in warcs if w.startswith("imported-")], warcs
    listed = run_cli("list", "--json", store=store)
    assert listed.returncode in (0, 2) and (listed.returncode == 2 or json.loads(listed.stdout) == []), listed.stdout


# ------------------------------------------------------------------ F1: import holds a bundle of ours to its log


@pytest.fixture
def forger_keys(tmp_path: Path) -> Path:
    """A WACZ signing key of the forger's own (not the bundle's)."""
    keys = tmp_path / "forger-keys"
    keys.mkdir(mode=0o700)
    signing.load_or_create(keys, "forger")
    return keys


@pytest.mark.parametrize("how", ["genuine_digest_kept", "re_signed_with_another_wacz_key",
                                 "re_signed_with_the_genuine_wacz_key"])
def test_import_refuses_a_bundle_whose_response_was_reworded_and_keeps_the_store_as_it_was(
        one_page_bundle, store, tmp_path, forger_keys, how):
    _pin(one_page_bundle["key"])
    forged = reworded_bundle(one_page_bundle["bundle"], tmp_path / "forged.wacz", GENUINE, FORGED,
                             one_page_bundle["keys"] if how.endswith("genuine_wacz_key") else forger_keys,
                             keep_digest=how == "genuine_digest_kept")
    assert run_cli("verify-bundle", str(forged)).returncode == 1
    proc = _import(store, forged)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "nothing imported" in line]
    assert len(lines) == 1 and "does not verify" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    _nothing_imported(store)


def test_after_a_forged_bundle_is_refused_the_genuine_one_imports_under_its_own_capture_id(
        one_page_bundle, store, tmp_path):
    _pin(one_page_bundle["key"])
    genuine_id = _capture_id(one_page_bundle["bundle"])
    forged = reworded_bundle(one_page_bundle["bundle"], tmp_path / "forged.wacz", GENUINE, FORGED,
                             one_page_bundle["keys"], keep_digest=True)
    assert _import(store, forged).returncode == 1
    proc = _import(store, one_page_bundle["bundle"])
    assert proc.returncode == 0, proc.stderr
    [made] = json.loads(proc.stdout)["captures"]
    assert made["capture_id"] == genuine_id and made["original_capture_id"] == genuine_id
    assert run_cli("verify-quote", "--capture", genuine_id, GENUINE_QUOTE, store=store).returncode == 0
    assert run_cli("verify-quote", "--capture", genuine_id, FORGED_QUOTE, store=store).returncode == 1


def test_an_edited_bundle_stripped_of_its_provenance_does_not_take_the_genuine_capture_id(
        one_page_bundle, store, tmp_path):
    """Passed off as another tool's WACZ, the edited records are imported as such: under an id
    of this store's own, never the one the archiver capture record inside them names."""
    genuine_id = _capture_id(one_page_bundle["bundle"])
    edited = reworded_bundle(one_page_bundle["bundle"], tmp_path / "edited.wacz", GENUINE, FORGED,
                             one_page_bundle["keys"])
    plain = without_provenance(edited, tmp_path / "plain.wacz")
    proc = _import(store, plain)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    [made] = json.loads(proc.stdout)["captures"]
    assert made["capture_id"] != genuine_id and made["original_capture_id"] is None
    quote = run_cli("verify-quote", "--capture", genuine_id, FORGED_QUOTE, store=store)
    assert quote.returncode == 2 and "exact" not in quote.stdout, quote.stdout + quote.stderr


def test_a_consistent_bundle_signed_by_a_key_you_have_not_pinned_is_refused_with_exit_3(
        one_page_bundle, store):
    """Its capture ids would be its signer's word alone: anyone can sign a consistent bundle."""
    proc = _import(store, one_page_bundle["bundle"])
    assert proc.returncode == 3, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "nothing imported" in line]
    assert len(lines) == 1 and "not pinned" in lines[0] and "archiver key pin" in lines[0], proc.stderr
    _nothing_imported(store)


# ------------------------------------------------------------------ F2: a pinned key for the bundle's log name


def _pin_another_key_for(bundle: Path) -> Verifier:
    """The real owner's key pinned for the bundle's log name (the bundle is signed by another)."""
    origin = Verifier.from_vkey(members(bundle)["provenance/log.pub"]).name
    owner = Signer.generate(origin).verifier
    path = bundle.parent / "owner.pub"
    path.write_text(owner.vkey + "\n")
    _pin(path)
    return owner


def test_verify_bundle_fails_with_e_key_when_its_log_name_has_another_pinned_key(one_page_bundle, key_dir):
    owner = _pin_another_key_for(one_page_bundle["bundle"])
    proc = run_cli("verify-bundle", str(one_page_bundle["bundle"]), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["verdict"] == "failed", doc
    [problem] = [p for p in doc["problems"] if p["code"] == "E_KEY"]
    assert owner.fingerprint in problem["message"]
    text = run_cli("verify-bundle", str(one_page_bundle["bundle"])).stdout
    assert "key pin FILE" not in text and "consistent, but signed" not in text, text


def test_import_refuses_a_bundle_whose_log_name_has_another_pinned_key(one_page_bundle, store, key_dir):
    _pin_another_key_for(one_page_bundle["bundle"])
    proc = _import(store, one_page_bundle["bundle"])
    assert proc.returncode == 1 and "is not the key pinned" in proc.stderr, proc.stderr
    _nothing_imported(store)


def test_key_pin_refuses_a_second_key_for_a_log_name_already_pinned(one_page_bundle, key_dir):
    owner = _pin_another_key_for(one_page_bundle["bundle"])
    before = (key_dir / "pinned-keys.txt").read_text()
    proc = run_cli("key", "pin", str(one_page_bundle["key"]))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert owner.fingerprint in proc.stderr and "--replace" in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert (key_dir / "pinned-keys.txt").read_text() == before
    assert run_cli("verify-bundle", str(one_page_bundle["bundle"])).returncode == 1


def test_key_pin_replace_trusts_the_new_key_instead_of_the_old_one(one_page_bundle, key_dir):
    owner = _pin_another_key_for(one_page_bundle["bundle"])
    proc = run_cli("key", "pin", "--replace", str(one_page_bundle["key"]))
    assert proc.returncode == 0, proc.stderr
    assert owner.vkey not in (key_dir / "pinned-keys.txt").read_text()
    assert run_cli("verify-bundle", str(one_page_bundle["bundle"])).returncode == 0


def test_key_pin_of_the_same_key_again_says_already_pinned(one_page_bundle, key_dir):
    _pin(one_page_bundle["key"])
    proc = run_cli("key", "pin", str(one_page_bundle["key"]))
    assert proc.returncode == 0 and "already pinned" in proc.stdout, proc.stdout + proc.stderr


# ------------------------------------------------------------------ F4: members our writer never writes


@pytest.mark.parametrize("name,data", [
    ("pages/extraPages.jsonl", b'{"format": "json-pages-1.0", "id": "extra"}\n'
                               b'{"url": "https://example.org/made-up", "ts": "2026-01-01T00:00:00Z"}\n'),
    ("fuzzy.json", b"{}"),
    ("index.html", b"<html><body>VERIFIED</body></html>"),
    ("notes/README.txt", b"This bundle was verified by the court."),
    ("indexes/zz.cdxj", b""),
])
def test_a_listed_and_re_signed_member_our_writer_never_writes_fails_a_bundle_of_ours(
        one_page_bundle, tmp_path, name, data):
    doctored = resign(one_page_bundle["bundle"], tmp_path / "extra.wacz", {name: data}, one_page_bundle["keys"])
    proc = run_cli("verify-bundle", str(doctored), "--key", str(one_page_bundle["key"]), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1, doc
    assert [(p["code"], p["file"]) for p in doc["problems"]] == [("E_ZIP_LAYOUT", name)], doc["problems"]


# ------------------------------------------------------------------ F5: the guide is held to the proven entries


def _guide_edited(bundle: dict[str, Path], tmp_path: Path, edit: Any) -> Path:
    guide = json.loads(members(bundle["bundle"])["provenance/bundle.json"])
    edit(guide)
    return resign(bundle["bundle"], tmp_path / "guide.wacz",
                  {"provenance/bundle.json": json.dumps(guide, indent=2).encode()}, bundle["keys"])


@pytest.mark.parametrize("field,edit", [
    ("url", lambda g: g["captures"][0].update(url="https://example.org/another-page")),
    ("final_url", lambda g: g["captures"][0].update(final_url="https://example.org/another-page")),
    ("origin", lambda g: g["captures"][0].update(origin="imported")),
    ("capture_seq", lambda g: g["captures"][0].update(capture_seq=7)),
    ("extraction_seq", lambda g: g["captures"][0].update(extraction_seq=9)),
    ("correction_seqs", lambda g: g["captures"][0].update(correction_seqs=[5])),
    ("checkpoint_size", lambda g: g.update(checkpoint_size=99)),
    ("log_origin", lambda g: g.update(log_origin="example.org/another-log")),
    ("log_key_fingerprint", lambda g: g.update(log_key_fingerprint="sha256:" + "0" * 64)),
    ("wacz_key_fingerprint", lambda g: g.update(wacz_key_fingerprint="sha256:" + "1" * 64)),
    ("wacz_key_seq", lambda g: g.update(wacz_key_seq=1)),
    ("time_anchor", lambda g: g.update(time_anchor={"kind": "rfc3161", "time": "2020-01-01T00:00:00Z",
                                                     "issuer": "CN=Made Up TSA", "trusted": True})),
])
def test_a_guide_field_that_disagrees_with_the_proven_entries_fails(one_page_bundle, tmp_path, field, edit):
    doctored = _guide_edited(one_page_bundle, tmp_path, edit)
    proc = run_cli("verify-bundle", str(doctored), "--key", str(one_page_bundle["key"]), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1, doc
    about = [p["message"] for p in doc["problems"] if p["file"] == "provenance/bundle.json"]
    assert len(about) == 1 and field in about[0], doc["problems"]


def test_the_genuine_guide_is_held_and_holds(one_page_bundle):
    proc = run_cli("verify-bundle", str(one_page_bundle["bundle"]), "--key", str(one_page_bundle["key"]), "--json")
    assert proc.returncode == 0, proc.stdout


def test_the_report_says_a_bundle_carries_only_the_entries_its_exporter_chose(one_page_bundle):
    """F5 (a): a correction logged before the checkpoint but left out (its proof dropped, the
    guide and pages edited to match, re-signed with the WACZ key) cannot be told from a bundle
    that never had one: the report says so among what is not proven."""
    doc = json.loads(run_cli("verify-bundle", str(one_page_bundle["bundle"]), "--key",
                             str(one_page_bundle["key"]), "--json").stdout)
    [sentence] = [s for s in doc["not_proven"] if "latest word" in s]
    assert "left out" in sentence and "WACZ key" in sentence, sentence
