"""``archiver export --format wacz`` and ``archiver verify-bundle``: the evidence bundle.

A store is built from pages served on 127.0.0.1, exported, validated with ``wacz validate``
(py-wacz), verified offline with ``verify-bundle``, then tampered with in each way a hostile
copy could be (a changed WARC byte, a removed page, a swapped checkpoint, a removed proof, an
added file, a re-signed package) and each is detected with a message naming the file.
"""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from pywacz import wacz_validate
from servers import Site, html_page, response
from stores import copy_store

from archiver.archive import Archive
from archiver.capture.warc import file_sha256
from archiver.core.digests import sha256_label
from archiver.export.bundle_verify import verify_bundle
from archiver.export.signing import WaczKey

PAGE = (b"<html><head><title>Harbour report</title><meta name='author' content='Jane Roe'>"
        b"<meta property='og:site_name' content='Port Times'>"
        b"<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        b"<h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"<p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        b"</article></body></html>")
QUOTE = "The harbour handled 41,000 containers in March"
DRAFT = "The harbour handled 14,000 containers in March"  # a journalist's failed first try: private


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    """A store with two captures (one via a redirect), two quote verifications (one a failed draft),
    a bundle of both captures as exported by default, and one with every quote verification."""
    root = tmp_path_factory.mktemp("export")
    key_dir = root / "keys"
    store = root / "store"
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/news")])
    try:
        with Archive.open(store, key_dir=key_dir) as arc:
            first = arc.capture(site.url("/news"))
            second = arc.capture(site.url("/old"))
    finally:
        site.close()
    env = {"ARCHIVER_KEY_DIR": str(key_dir)}
    draft = run_cli("verify-quote", DRAFT, "--capture", first.capture_id, "--json", store=store, env=env)
    assert draft.returncode == 1, draft.stderr
    q = run_cli("verify-quote", QUOTE, "--capture", first.capture_id, "--json", store=store, env=env)
    assert q.returncode == 0, q.stderr
    bundle = root / "sources.wacz"
    proc = run_cli("export", first.capture_id, second.capture_id, "--format", "wacz", "-o", str(bundle),
                   "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    quoted = root / "quoted.wacz"
    with_quotes = run_cli("export", first.capture_id, second.capture_id, "--with-quotes", "all", "-o", str(quoted),
                          "--json", store=store, env=env)
    assert with_quotes.returncode == 0, with_quotes.stderr
    return {"store": store, "key_dir": key_dir, "bundle": bundle, "export": json.loads(proc.stdout),
            "quoted": quoted, "quoted_export": json.loads(with_quotes.stdout),
            "captures": [first, second], "quote": json.loads(q.stdout), "draft": json.loads(draft.stdout),
            "env": env}


def _rewrite(src: Path, dst: Path, changes: dict[str, bytes | None]) -> Path:
    """Copy the zip, replacing (bytes) or dropping (None) members; new names are appended."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                if changes[info.filename] is not None:
                    zout.writestr(info, changes[info.filename])
                continue
            zout.writestr(info, zin.read(info.filename))
        for name, data in changes.items():
            if name not in zin.namelist() and data is not None:
                zout.writestr(name, data)
    return dst


def _member(bundle: Path, name: str) -> bytes:
    with zipfile.ZipFile(bundle) as z:
        return z.read(name)


def _warc_name(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as z:
        return next(n for n in z.namelist() if n.startswith("archive/"))


def _repackage(bundle: Path, dst: Path, changes: dict[str, bytes | None]) -> Path:
    """What a careful forger does: change files, fix datapackage.json and re-sign with their own key."""
    package = json.loads(_member(bundle, "datapackage.json"))
    resources = []
    for res in package["resources"]:
        if res["path"] in changes and changes[res["path"]] is None:
            continue
        if res["path"] in changes:
            data = changes[res["path"]]
            res = {**res, "hash": sha256_label(data), "bytes": len(data)}
        resources.append(res)
    package["resources"] = resources
    package_bytes = json.dumps(package, indent=2).encode()
    forger = WaczKey(ec.generate_private_key(ec.SECP256R1()))
    digest = sha256_label(package_bytes)
    signed = {"hash": digest, "created": package["created"], "software": "forger", "version": "0.1.0",
              "signature": forger.sign(digest.encode()), "publicKey": forger.public_key_b64}
    digest_bytes = json.dumps({"path": "datapackage.json", "hash": digest, "signedData": signed}).encode()
    return _rewrite(bundle, dst, {**changes, "datapackage.json": package_bytes,
                                  "datapackage-digest.json": digest_bytes})


def _problem_files(report) -> set[str]:
    return {p.file for p in report.problems}


# ------------------------------------------------------------------ the bundle as written


def test_wacz_validate_accepts_the_export(built):
    code, printed = wacz_validate(built["bundle"])
    assert code == 0, printed
    assert "Validation succeeded" in printed


def test_bundle_holds_warc_index_pages_provenance_and_signed_datapackage(built):
    with zipfile.ZipFile(built["bundle"]) as z:
        names = set(z.namelist())
        assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist() if i.filename.startswith("archive/"))
    assert {"indexes/index.cdx", "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json",
            "provenance/log.pub", "provenance/checkpoint.txt", "provenance/bundle.json"} <= names
    assert any(n.startswith("archive/") and n.endswith(".warc.gz") for n in names)
    assert all(n.count("/") <= 1 for n in names)  # wacz validate 0.6 reads dir/file only


def test_datapackage_lists_every_file_with_its_sha256_and_size(built):
    package = json.loads(_member(built["bundle"], "datapackage.json"))
    assert package["wacz_version"] == "1.1.1" and package["profile"] == "data-package"
    with zipfile.ZipFile(built["bundle"]) as z:
        listed = {r["path"]: r for r in package["resources"]}
        assert set(listed) == set(z.namelist()) - {"datapackage.json", "datapackage-digest.json"}
        for path, res in listed.items():
            data = z.read(path)
            assert res["hash"] == sha256_label(data) and res["bytes"] == len(data)


def test_datapackage_digest_is_an_anonymous_profile_ecdsa_p384_signature_over_the_hash(built):
    digest = json.loads(_member(built["bundle"], "datapackage-digest.json"))
    package_bytes = _member(built["bundle"], "datapackage.json")
    assert digest["path"] == "datapackage.json" and digest["hash"] == sha256_label(package_bytes)
    signed = digest["signedData"]
    assert set(signed) == {"hash", "created", "software", "version", "signature", "publicKey"}
    assert signed["created"] == json.loads(package_bytes)["created"]
    key = serialization.load_der_public_key(base64.b64decode(signed["publicKey"]))
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp384r1"  # what wabac.js imports
    raw = base64.b64decode(signed["signature"])
    assert len(raw) == 96  # WebCrypto's r||s form
    der = encode_dss_signature(int.from_bytes(raw[:48], "big"), int.from_bytes(raw[48:], "big"))
    key.verify(der, signed["hash"].encode(), ec.ECDSA(hashes.SHA256()))  # raises if invalid


def test_pages_have_title_url_time_and_extracted_text_of_each_capture(built):
    lines = [json.loads(x) for x in _member(built["bundle"], "pages/pages.jsonl").decode().splitlines()]
    assert lines[0]["format"] == "json-pages-1.0" and lines[0]["hasText"] is True
    pages = {p["id"]: p for p in lines[1:]}
    assert set(pages) == {c.capture_id for c in built["captures"]}
    for c in built["captures"]:
        assert pages[c.capture_id]["title"] == "Harbour report"
        assert pages[c.capture_id]["url"] == c.final_url and pages[c.capture_id]["ts"] == c.capture_time
        assert "41,000 containers" in pages[c.capture_id]["text"]


def test_cdxj_index_points_at_each_response_in_the_bundled_warc(built):
    lines = _member(built["bundle"], "indexes/index.cdx").decode().splitlines()
    warc = _warc_name(built["bundle"]).split("/", 1)[1]
    entries = [json.loads(line.split(" ", 2)[2]) for line in lines]
    assert {e["filename"] for e in entries} == {warc}
    digests = {e["digest"] for e in entries if e.get("status") == "200"}
    assert {c.payload_digest for c in built["captures"]} <= digests


def test_bundle_with_quotes_carries_proofs_of_capture_extraction_and_quote_entries_under_one_checkpoint(built):
    guide = json.loads(_member(built["quoted"], "provenance/bundle.json"))
    first = next(g for g in guide["captures"] if g["capture_id"] == built["captures"][0].capture_id)
    assert first["capture_seq"] is not None and first["extraction_seq"] is not None
    assert built["quote"]["log_seq"] in first["quote_verification_seqs"]
    note = _member(built["quoted"], "provenance/checkpoint.txt").decode()
    size = int(note.splitlines()[1])
    with zipfile.ZipFile(built["quoted"]) as z:
        proofs = [n for n in z.namelist() if n.endswith(".tlog-proof")]
        for name in proofs:
            assert z.read(name).decode().endswith(note)
    seqs = {int(n.split("-")[1].split(".")[0]) for n in proofs}
    assert {first["capture_seq"], first["extraction_seq"], *first["quote_verification_seqs"]} <= seqs
    assert max(seqs) < size  # the checkpoint covers every entry in the bundle


def test_export_is_logged_with_the_file_sha256_and_what_it_covers(built):
    doc = built["export"]
    assert doc["sha256"] == file_sha256(built["bundle"])
    with Archive.open(built["store"], key_dir=built["key_dir"]) as arc:
        entry = arc.log.entry(doc["log_seq"])
    assert entry.type == "export"
    assert entry.data["sha256"] == doc["sha256"] and entry.data["format"] == "wacz"
    assert entry.data["captures"] == [c.capture_id for c in built["captures"]]
    assert entry.data["covers_seq_max"] == doc["checkpoint_size"] - 1 < entry.seq


def test_export_of_an_unknown_capture_is_a_usage_error_and_writes_nothing(built, tmp_path):
    out = tmp_path / "x.wacz"
    proc = run_cli("export", "zzzzzzzz", "-o", str(out), store=built["store"], env=built["env"])
    assert proc.returncode == 2 and proc.stderr.startswith("error:")
    assert not out.exists()


# ------------------------------------------------------------------ verification


def test_verify_bundle_passes_and_says_what_is_proven_and_what_is_not(built):
    proc = run_cli("verify-bundle", str(built["bundle"]), "-v", env=built["env"])  # the user's own log key
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = " ".join(proc.stdout.split())  # the readable output is wrapped
    assert out.startswith("VERIFIED")
    first = built["captures"][0]
    assert f"received from IP 127.0.0.1 for URL {first.final_url}" in out
    assert f"at position {first.log_seq}" in out
    assert "server told the truth" in out and "RFC 3161" in out
    assert "pinned: your own log key" in out  # no --key: the user's own key in their key folder is trusted
    assert "cannot prove it" in out  # its own export entry


def test_verify_bundle_json_is_one_document_with_every_capture_checked(built):
    proc = run_cli("verify-bundle", str(built["bundle"]), "--json", env=built["env"])
    doc = json.loads(proc.stdout)
    assert doc["ok"] is True and doc["problems"] == [] and doc["verdict"] == "verified"
    assert {c["capture_id"] for c in doc["captures"]} == {c.capture_id for c in built["captures"]}
    assert all(c["records_ok"] and c["text_sha256"] for c in doc["captures"])
    assert doc["extractions_checked"] == 2
    assert doc["key_fingerprint"].startswith("sha256:")


def test_verify_bundle_with_the_pinned_log_key_says_pinned(built):
    pub = built["store"] / "provenance" / "log.pub"
    assert pub.exists()
    proc = run_cli("verify-bundle", str(built["bundle"]), "--key", str(pub), "--json")
    doc = json.loads(proc.stdout)
    assert proc.returncode == 0 and doc["key_source"].startswith("pinned key")


def test_verify_bundle_with_another_logs_key_fails(built, tmp_path):
    with Archive.open(tmp_path / "other", key_dir=tmp_path / "k") as arc:
        arc.log.checkpoint()
    proc = run_cli("verify-bundle", str(built["bundle"]), "--key", str(tmp_path / "other/provenance/log.pub"))
    assert proc.returncode == 1
    assert "provenance/log.pub is not the pinned key" in proc.stdout


def test_verify_bundle_on_a_file_that_is_not_a_zip_is_a_usage_error(tmp_path):
    bad = tmp_path / "x.wacz"
    bad.write_bytes(b"not a zip")
    proc = run_cli("verify-bundle", str(bad))
    assert proc.returncode == 2 and proc.stderr.startswith("error:") and "Traceback" not in proc.stderr


# ------------------------------------------------------------------ tampering


def _flip_in_response(bundle: Path) -> bytes:
    """The bundle's WARC with "41,000" changed to "47,000" in the page, each record re-gzipped alone."""
    import gzip
    import zlib

    raw = _member(bundle, _warc_name(bundle))
    members = []
    while raw:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(d.decompress(raw))
        raw = d.unused_data
    assert any(b"41,000" in m for m in members)
    return b"".join(gzip.compress(m.replace(b"41,000", b"47,000"), mtime=0) for m in members)


def test_a_changed_byte_in_a_warc_is_detected_and_the_file_named(built, tmp_path):
    name = _warc_name(built["bundle"])
    raw = bytearray(_member(built["bundle"], name))
    raw[len(raw) // 2] ^= 0x01
    bad = _rewrite(built["bundle"], tmp_path / "b.wacz", {name: bytes(raw)})
    report = verify_bundle(bad)
    assert not report.ok and name in _problem_files(report)
    proc = run_cli("verify-bundle", str(bad))
    assert proc.returncode == 1 and proc.stdout.startswith("FAILED") and name in proc.stdout


def test_a_changed_warc_with_a_re_signed_datapackage_is_caught_by_the_logged_digests(built, tmp_path):
    name = _warc_name(built["bundle"])
    bad = _repackage(built["bundle"], tmp_path / "b.wacz", {name: _flip_in_response(built["bundle"])})
    report = verify_bundle(bad)
    assert not report.ok
    assert name in _problem_files(report)  # the record no longer matches its log entry
    assert "datapackage-digest.json" in _problem_files(report)  # signed by a key the log never committed to
    assert any("was altered" in p.message for p in report.problems), report.problems


def test_a_removed_pages_file_is_detected(built, tmp_path):
    bad = _rewrite(built["bundle"], tmp_path / "b.wacz", {"pages/pages.jsonl": None})
    report = verify_bundle(bad)
    assert "pages/pages.jsonl" in _problem_files(report)
    assert any("missing" in p.message for p in report.problems)


def test_a_removed_page_line_is_detected_even_when_the_package_is_re_signed(built, tmp_path):
    lines = _member(built["bundle"], "pages/pages.jsonl").decode().splitlines(keepends=True)
    fewer = "".join(lines[:-1]).encode()
    plain = verify_bundle(_rewrite(built["bundle"], tmp_path / "a.wacz", {"pages/pages.jsonl": fewer}))
    assert "pages/pages.jsonl" in _problem_files(plain)
    resigned = verify_bundle(_repackage(built["bundle"], tmp_path / "b.wacz", {"pages/pages.jsonl": fewer}))
    assert any(p.file == "pages/pages.jsonl" and "no page for capture" in p.message for p in resigned.problems)


def test_a_swapped_checkpoint_is_detected(built, tmp_path):
    older = sorted((built["store"] / "provenance" / "checkpoints").glob("*.checkpoint"),
                   key=lambda p: int(p.stem))[0].read_bytes()
    assert older != _member(built["bundle"], "provenance/checkpoint.txt")
    plain = verify_bundle(_rewrite(built["bundle"], tmp_path / "a.wacz", {"provenance/checkpoint.txt": older}))
    assert "provenance/checkpoint.txt" in _problem_files(plain)
    resigned = verify_bundle(_repackage(built["bundle"], tmp_path / "b.wacz", {"provenance/checkpoint.txt": older}))
    assert any("different checkpoint" in p.message for p in resigned.problems)


def test_a_removed_proof_is_detected_and_named(built, tmp_path):
    with zipfile.ZipFile(built["bundle"]) as z:
        proof = next(n for n in z.namelist() if n.endswith(".tlog-proof"))
    report = verify_bundle(_rewrite(built["bundle"], tmp_path / "b.wacz", {proof: None}))
    assert proof in _problem_files(report)


def test_a_file_added_after_signing_is_detected(built, tmp_path):
    report = verify_bundle(_rewrite(built["bundle"], tmp_path / "b.wacz", {"pages/extra.jsonl": b"{}\n"}))
    assert "pages/extra.jsonl" in _problem_files(report)


def test_an_edited_log_entry_fails_its_inclusion_proof(built, tmp_path):
    with zipfile.ZipFile(built["bundle"]) as z:
        proof = next(n for n in sorted(z.namelist()) if n.endswith(".tlog-proof"))
        text = z.read(proof).decode()
    lines = text.split("\n")
    entry = base64.b64decode(lines[1][len("extra "):])
    forged = entry.replace(b"127.0.0.1", b"127.0.0.2") if b"127.0.0.1" in entry else entry.replace(b'"v":1', b'"v":1 ')
    lines[1] = "extra " + base64.b64encode(forged).decode()
    bad = _repackage(built["bundle"], tmp_path / "b.wacz", {proof: "\n".join(lines).encode()})
    report = verify_bundle(bad)
    assert proof in _problem_files(report)


def test_verify_bundle_copes_with_a_bundle_copied_elsewhere(built, tmp_path):
    copy = tmp_path / "elsewhere" / "copy.wacz"
    copy.parent.mkdir()
    shutil.copy(built["bundle"], copy)
    assert verify_bundle(copy).ok


@pytest.mark.parametrize("size", [1, 2, 7, 37])
def test_shared_subtree_proofs_are_byte_identical_to_the_log_own_proofs(tmp_path, size):
    from archiver.export.wacz import build_proofs
    from archiver.provenance import ProvenanceLog
    from archiver.provenance.merkle import inclusion_proof, leaf_hash
    from archiver.provenance.note import open_checkpoint
    from archiver.provenance.prooftext import parse_proof

    log = ProvenanceLog.open(tmp_path / "prov", key_dir=tmp_path / "keys")
    for i in range(size - 1):  # key_created is entry 0
        log.append("extraction", {"capture_seq": i, "capture_id": f"c{i}"})
    note = log.checkpoint().read_text()
    cp = open_checkpoint(note, log.verifier)
    lines = log.lines(cp.size)
    seqs = list(range(cp.size))
    shared = build_proofs(lines, seqs, cp, note)
    assert shared == {s: log.proof(s) for s in seqs}
    leaves = [leaf_hash(line) for line in lines]
    for proof in shared.values():  # every path is the one computed from scratch for its leaf
        for block in parse_proof(proof):
            assert list(block.path) == inclusion_proof(leaves, block.index, cp.size)


@pytest.mark.parametrize("curve", [ec.SECP256R1(), ec.SECP384R1()])
def test_anonymous_profile_signatures_verify_in_raw_and_der_form_and_fail_on_another_message(curve):
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    from archiver.export.signing import public_key_b64, verify_signature

    key = ec.generate_private_key(curve)
    pub = public_key_b64(key.public_key())
    der = key.sign(b"sha256:abc", ec.ECDSA(hashes.SHA256()))
    half = (curve.key_size + 7) // 8
    r, s = decode_dss_signature(der)
    raw = base64.b64encode(r.to_bytes(half, "big") + s.to_bytes(half, "big")).decode()
    assert verify_signature(pub, raw, b"sha256:abc")
    assert verify_signature(pub, base64.b64encode(der).decode(), b"sha256:abc")
    assert not verify_signature(pub, raw, b"sha256:abd")
    assert not verify_signature(pub, "not base64!", b"sha256:abc")


# ------------------------------------------------------------------ what a bundle publishes (issue 10 §3)


def _bundle_entries(bundle: Path) -> dict[int, dict]:
    """Every log entry a bundle's proofs reveal, by seq (what a reader of the bundle can see)."""
    found = {}
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            if not name.endswith(".tlog-proof"):
                continue
            lines = z.read(name).decode().splitlines()
            for i, line in enumerate(lines):
                if line.startswith("extra "):
                    seq = int(lines[i + 1][len("index "):])
                    found[seq] = json.loads(base64.b64decode(line[len("extra "):]))
    return found


def test_export_by_default_reveals_no_quote_verification(built):
    entries = _bundle_entries(built["bundle"])
    assert {e["type"] for e in entries.values()} == {"capture", "extraction", "key_created"}
    everything = b"".join(_member(built["bundle"], n) for n in zipfile.ZipFile(built["bundle"]).namelist())
    assert DRAFT.encode() not in everything  # the failed draft of the quote is nowhere
    assert built["export"]["quote_entries"] == []


def test_export_with_quotes_all_carries_every_verification_of_the_captures(built):
    seqs = {s for s, e in _bundle_entries(built["quoted"]).items() if e["type"] == "quote_verification"}
    assert seqs == {built["quote"]["log_seq"], built["draft"]["log_seq"]}
    assert built["quoted_export"]["quote_entries"] == sorted(seqs)


def test_export_with_quotes_verified_leaves_failed_drafts_out(built, tmp_path):
    out = tmp_path / "v.wacz"
    proc = run_cli("export", built["captures"][0].capture_id, "--with-quotes", "verified", "-o", str(out),
                   store=built["store"], env=built["env"])
    assert proc.returncode == 0, proc.stderr
    seqs = {s for s, e in _bundle_entries(out).items() if e["type"] == "quote_verification"}
    assert seqs == {built["quote"]["log_seq"]}


def test_export_with_quotes_of_one_position_carries_only_that_verification(built, tmp_path):
    out = tmp_path / "one.wacz"
    seq = built["draft"]["log_seq"]
    proc = run_cli("export", built["captures"][0].capture_id, "--with-quotes", str(seq), "-o", str(out),
                   store=built["store"], env=built["env"])
    assert proc.returncode == 0, proc.stderr
    assert {s for s, e in _bundle_entries(out).items() if e["type"] == "quote_verification"} == {seq}


@pytest.mark.parametrize("spec", ["0", "some", "999999"])
def test_export_with_quotes_naming_no_quote_of_these_captures_is_a_usage_error_and_writes_nothing(built, tmp_path,
                                                                                                    spec):
    out = tmp_path / "x.wacz"
    proc = run_cli("export", built["captures"][0].capture_id, "--with-quotes", spec, "-o", str(out),
                   store=built["store"], env=built["env"])
    assert proc.returncode == 2 and proc.stderr.startswith("error:") and "--with-quotes" in proc.stderr
    assert not out.exists()


def test_verify_bundle_states_which_entries_the_bundle_holds(built):
    proc = run_cli("verify-bundle", str(built["bundle"]), "--json", env=built["env"])
    doc = json.loads(proc.stdout)
    by_type = doc["entries"]["by_type"]
    assert set(by_type) == {"capture", "extraction", "key_created"}
    assert sorted(by_type["capture"]) == sorted(c.log_seq for c in built["captures"])
    assert doc["entries"]["count"] == sum(len(v) for v in by_type.values())
    text = run_cli("verify-bundle", str(built["bundle"]), env=built["env"]).stdout
    line = next(x for x in text.splitlines() if "entries in this bundle" in x)
    assert "2 capture" in line and "no quote verifications" in line


# ------------------------------------------------------------------ quotes re-checked (issue 11 §1)


def _forged_quote_store(built, tmp_path: Path, change) -> tuple[Path, dict[str, str], int]:
    """A copy of the store with one more quote verification, made from the real one by ``change``."""
    store, keys = tmp_path / "store", tmp_path / "keys"
    copy_store(built["store"].parent, store, keys)
    with Archive.open(store, key_dir=keys) as arc:
        real = dict(arc.log.entry(built["quote"]["log_seq"]).data)
        seq = arc.append_event("quote_verification", change(real)).seq
    return store, {"ARCHIVER_KEY_DIR": str(keys)}, seq


def test_verify_bundle_re_runs_each_logged_quote_and_it_holds(built):
    doc = json.loads(run_cli("verify-bundle", str(built["quoted"]), "--json", env=built["env"]).stdout)
    assert doc["verdict"] == "verified" and doc["quotes_checked"] == 2


def test_verify_bundle_fails_a_quote_verification_made_on_edited_text(built, tmp_path):
    invented = QUOTE + " and the strike ended"
    edited = sha256_label(b"edited text")

    def forge(data):  # what verify-quote logs after the index text was edited: exact, on other text
        return {**data, "quote": invented, "quote_sha256": sha256_label(invented.encode()),
                "end": data["start"] + len(invented), "verified_text_sha256": edited}

    store, env, seq = _forged_quote_store(built, tmp_path, forge)
    out = tmp_path / "forged.wacz"
    assert run_cli("export", built["captures"][0].capture_id, "--with-quotes", str(seq), "-o", str(out),
                   store=store, env=env).returncode == 0
    proc = run_cli("verify-bundle", str(out), "--json", env=env)
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["verdict"] == "failed"
    assert any(f"quote verification at position {seq} does not hold" in p["message"] for p in doc["problems"])


# ------------------------------------------------------------------ duplicate zip members (issue 11 §1)


def _with_duplicate(src: Path, dst: Path, name: str, data: bytes) -> Path:
    """``src`` with an extra member ``name`` (``data``) placed *before* every original member."""
    import warnings

    with (zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_STORED) as zout,
          warnings.catch_warnings()):
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
        zout.writestr(name, data)
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
    return dst


def test_verify_bundle_fails_an_altered_warc_placed_before_the_signed_one_under_the_same_name(built, tmp_path):
    warc = _warc_name(built["bundle"])
    bad = _with_duplicate(built["bundle"], tmp_path / "dup.wacz", warc, b"altered copy")
    proc = run_cli("verify-bundle", str(bad), "--json", env=built["env"])
    doc = json.loads(proc.stdout)
    assert proc.returncode == 1 and doc["verdict"] == "failed"
    assert any("members for one file" in p["message"] and p["file"] == warc for p in doc["problems"])


@pytest.mark.parametrize("variant", ["./{}", "{}", "/{}", "upper"])
def test_verify_bundle_fails_names_that_denote_the_same_file(built, tmp_path, variant):
    warc = _warc_name(built["bundle"])
    name = {"upper": warc.upper(), "{}": warc.replace("/", "\\")}.get(variant) or variant.format(warc)
    report = verify_bundle(_with_duplicate(built["bundle"], tmp_path / "dup.wacz", name, b"x"))
    assert not report.ok and any("members for one file" in p.message for p in report.problems)


def test_import_refuses_a_wacz_with_duplicate_members_and_copies_nothing(built, tmp_path):
    warc = _warc_name(built["bundle"])
    bad = _with_duplicate(built["bundle"], tmp_path / "dup.wacz", warc, _member(built["bundle"], warc))
    store = tmp_path / "store"
    proc = run_cli("import", str(bad), store=store)
    assert proc.returncode == 2 and "more than one member for the same file" in proc.stderr
    assert not (store / "warcs").exists() or not any((store / "warcs").iterdir())  # nothing copied


# ------------------------------------------------------------------ who signed (issue 11 §1)


def test_verify_bundle_without_a_trusted_key_says_who_signed_and_exits_3(built):
    proc = run_cli("verify-bundle", str(built["bundle"]))  # this test's own, empty key folder
    assert proc.returncode == 3, proc.stdout
    assert proc.stdout.startswith("NOT VERIFIED")
    doc = json.loads(run_cli("verify-bundle", str(built["bundle"]), "--json").stdout)
    assert doc["verdict"] == "key_not_pinned" and doc["verified"] is False and doc["key_pinned"] is False
    assert doc["ok"] is True and doc["problems"] == []  # consistent, it says so
    assert doc["key_fingerprint"] in proc.stdout and "archiver key pin" in proc.stdout


def test_key_pin_makes_bundles_of_that_log_verify(built, tmp_path):
    keys = {"ARCHIVER_KEY_DIR": str(tmp_path / "reader-keys")}
    pub = built["store"] / "provenance" / "log.pub"
    pinned = run_cli("key", "pin", str(pub), "--json", env=keys)
    assert pinned.returncode == 0, pinned.stderr
    assert json.loads(pinned.stdout)["added"] is True
    listed = json.loads(run_cli("key", "list", "--json", env=keys).stdout)
    assert [d["key_fingerprint"] for d in listed] == [json.loads(pinned.stdout)["key_fingerprint"]]
    doc = json.loads(run_cli("verify-bundle", str(built["bundle"]), "--json", env=keys).stdout)
    assert doc["verdict"] == "verified" and doc["key_source"].startswith("pinned: key pinned with `archiver key pin`")


def test_key_pin_of_a_file_that_is_no_key_is_a_usage_error(tmp_path):
    bad = tmp_path / "log.pub"
    bad.write_text("not a key\n")
    proc = run_cli("key", "pin", str(bad))
    assert proc.returncode == 2 and proc.stderr.startswith("error:")


def test_a_bundle_from_another_store_with_another_key_is_not_verified_by_the_users_own_key(built, tmp_path):
    with Archive.open(tmp_path / "mine", key_dir=tmp_path / "mykeys") as arc:
        arc.log.checkpoint()  # the user has a store and a key of their own: not the bundle's
    proc = run_cli("verify-bundle", str(built["bundle"]), env={"ARCHIVER_KEY_DIR": str(tmp_path / "mykeys")})
    assert proc.returncode == 3


# ------------------------------------------------------------------ verdicts logged under other quote rules


def test_a_logged_quote_verification_records_the_quote_rules_it_was_made_under(built):
    from archiver.quotes import QUOTE_RULES_VERSION

    with Archive.open(built["store"], mode="read", key_dir=built["key_dir"]) as arc:
        assert arc.log.entry(built["quote"]["log_seq"]).data["quote_rules"] == QUOTE_RULES_VERSION


def _exported_with(built, tmp_path: Path, change):
    """verify-bundle --json of a bundle with one more quote verification, made by ``change``."""
    store, env, seq = _forged_quote_store(built, tmp_path, change)
    out = tmp_path / "rules.wacz"
    assert run_cli("export", built["captures"][0].capture_id, "--with-quotes", str(seq), "-o", str(out),
                   store=store, env=env).returncode == 0
    proc = run_cli("verify-bundle", str(out), "--json", env=env)
    return proc, json.loads(proc.stdout), seq


@pytest.mark.parametrize("rules", ["0", None])
def test_verify_bundle_leaves_a_verdict_logged_under_other_quote_rules_unconcluded_not_failed(built, tmp_path, rules):
    def older(data):  # the same quote, judged "normalized" by the rules of an older archiver
        out = {**data, "verdict": "normalized"}
        out.pop("quote_rules", None)
        return out if rules is None else {**out, "quote_rules": rules}

    proc, doc, seq = _exported_with(built, tmp_path, older)
    assert proc.returncode == 3 and doc["verdict"] == "incomplete", doc
    assert not doc["problems"]
    assert any(f"quote verification at position {seq} was made under quote rules" in w["message"]
               and "verdict: logged 'normalized', re-run 'exact'" in w["message"] for w in doc["warnings"])


def test_verify_bundle_fails_a_verdict_that_does_not_hold_under_the_rules_it_names(built, tmp_path):
    proc, doc, seq = _exported_with(built, tmp_path, lambda data: {**data, "verdict": "normalized"})
    assert proc.returncode == 1 and doc["verdict"] == "failed"
    assert any(f"quote verification at position {seq} does not hold" in p["message"] for p in doc["problems"])
