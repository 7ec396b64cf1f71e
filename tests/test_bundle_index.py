"""verify-bundle holds the bundle's replay index to the records it is about.

Replay tools (pywb, ReplayWeb.page) serve what ``indexes/index.cdx`` points at: URL and time ->
file, offset, length. Every other check of a bundle (file hashes, signature, record digests,
the log) passed a bundle whose index sent a replay tool to another record, to a metadata record
or to half a record, so a reader replaying it saw something other than what the proofs speak
of. Each doctored bundle here is re-signed as an attacker holding the WACZ key would (or, for
another tool's WACZ, with its datapackage hashes recomputed), so only the index check can
catch it: every problem it reports is ``E_INDEX``.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, chunked, html_page
from warcio.archiveiterator import ArchiveIterator

from archiver.archive import Archive
from archiver.core.digests import sha256_label
from archiver.export import signing

INDEX = "indexes/index.cdx"
PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
        b"</article></body></html>")
OTHER = (b"<html><head><title>Ferry times</title></head><body><article><h1>Ferry times</h1>"
         b"<p>The morning ferry leaves at seven and the last one returns at eleven at night.</p>"
         b"</article></body></html>")
FOREIGN = Path(__file__).parent / "data" / "import" / "browsertrix-3-pages.wacz"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two captures in one bundle (the second served chunked, so its record states no payload
    digest and the index line carries cdxj-indexer's own), the log key and the key folder."""
    root = tmp_path_factory.mktemp("bundle-index")
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/ferry"] = lambda h: chunked("200 OK", [("Content-Type", "text/html")], [OTHER[:60], OTHER[60:]])
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            ids = [arc.capture(site.url(p)).capture_id for p in ("/news", "/ferry")]
    finally:
        site.close()
    out = root / "b.wacz"
    proc = run_cli("export", *ids, "-o", str(out), store=root / "store", env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    return {"bundle": out, "key": root / "store" / "provenance" / "log.pub", "keys": root / "keys"}


def _lines(bundle: Path, name: str = INDEX) -> list[str]:
    with zipfile.ZipFile(bundle) as z:
        return z.read(name).decode().splitlines()


def _line(urlkey_ts: str, fields: dict) -> str:
    return f"{urlkey_ts} {json.dumps(fields)}"


def _split(line: str) -> tuple[str, dict]:
    key, ts, rest = line.split(" ", 2)
    return f"{key} {ts}", json.loads(rest)


def _repackage(bundle: Path, out: Path, changes: dict[str, bytes], key_dir: Path | None) -> Path:
    """``bundle`` with members replaced, datapackage.json's hashes recomputed and (with
    ``key_dir``) datapackage-digest.json re-signed with the genuine WACZ key there."""
    with zipfile.ZipFile(bundle) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members.update(changes)
    package = json.loads(members["datapackage.json"])
    for res in package["resources"]:
        if res["path"] in changes:
            res["hash"], res["bytes"] = sha256_label(changes[res["path"]]), len(changes[res["path"]])
    members["datapackage.json"] = json.dumps(package, indent=2).encode()
    digest = json.loads(members["datapackage-digest.json"])
    digest["hash"] = sha256_label(members["datapackage.json"])
    if key_dir is not None:
        from cryptography.hazmat.primitives import serialization

        pem = next(key_dir.glob("*.wacz-p384.pem"))
        key = signing.WaczKey(serialization.load_pem_private_key(pem.read_bytes(), password=None))  # type: ignore[arg-type]
        digest["signedData"] = {**digest["signedData"], "hash": digest["hash"],
                                "signature": key.sign(digest["hash"].encode())}
    members["datapackage-digest.json"] = json.dumps(digest).encode()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out


def _with_index(b: dict[str, Path], tmp_path: Path, lines: list[str]) -> Path:
    return _repackage(b["bundle"], tmp_path / "doctored.wacz", {INDEX: "".join(x + "\n" for x in lines).encode()},
                      b["keys"])


def _verify(path: Path, key: Path | None = None) -> tuple[int, dict]:
    proc = run_cli("verify-bundle", str(path), *(["--key", str(key)] if key else []), "--json")
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    return proc.returncode, json.loads(proc.stdout)


def _caught_by_the_index_check_alone(code: int, doc: dict) -> list[str]:
    assert code == 1 and doc["ok"] is False, doc["problems"]
    assert {p["code"] for p in doc["problems"]} == {"E_INDEX"}, doc["problems"]
    return [p["message"] for p in doc["problems"]]


def _record_places(bundle: Path) -> list[tuple[str, int, str, str | None]]:
    """(file name, offset, type, target URI) of every record in the bundle's WARC files."""
    out = []
    with zipfile.ZipFile(bundle) as z:
        for name in z.namelist():
            if name.startswith("archive/"):
                it = ArchiveIterator(io.BytesIO(z.read(name)))
                for rec in it:
                    out.append((name[len("archive/"):], it.get_record_offset(), rec.rec_type,
                                rec.rec_headers.get_header("WARC-Target-URI")))
    return out


def test_the_genuine_bundle_verifies_and_says_its_index_points_at_its_records(bundle):
    code, doc = _verify(bundle["bundle"], bundle["key"])
    assert code == 0, doc["problems"]
    assert any("index" in s and "2 lines" in s for s in doc["proven"]), doc["proven"]


def test_a_bundle_re_signed_with_its_own_wacz_key_and_the_same_index_still_verifies(bundle, tmp_path):
    """The re-signing the tests below do is sound by itself: it is the index they change that fails."""
    code, doc = _verify(_with_index(bundle, tmp_path, _lines(bundle["bundle"])), bundle["key"])
    assert code == 0, doc["problems"]


def test_a_line_whose_offset_is_moved_to_another_record_fails(bundle, tmp_path):
    first, second = (_split(x) for x in _lines(bundle["bundle"]))
    moved = {**first[1], "offset": second[1]["offset"], "length": second[1]["length"]}
    code, doc = _verify(_with_index(bundle, tmp_path, [_line(first[0], moved), _line(*second)]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any(first[1]["url"] in m and second[1]["url"] in m for m in messages), messages


def test_a_line_whose_length_is_cut_fails(bundle, tmp_path):
    lines = [_split(x) for x in _lines(bundle["bundle"])]
    cut = {**lines[0][1], "length": str(int(lines[0][1]["length"]) - 4)}
    code, doc = _verify(_with_index(bundle, tmp_path, [_line(lines[0][0], cut), _line(*lines[1])]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("whole record" in m for m in messages), messages


def test_a_removed_line_fails_as_a_served_record_the_index_leaves_out(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    left_out = _split(lines[0])[1]["url"]
    code, doc = _verify(_with_index(bundle, tmp_path, lines[1:]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("not in the index" in m and left_out in m for m in messages), messages


def test_a_line_added_for_a_url_the_bundle_does_not_hold_fails(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    _, fields = _split(lines[0])
    added = _line("org,example,elsewhere)/statement 20240101000000", {**fields, "url": "https://elsewhere.example.org/statement"})
    code, doc = _verify(_with_index(bundle, tmp_path, sorted([*lines, added])), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("https://elsewhere.example.org/statement" in m for m in messages), messages


def test_a_line_with_another_urls_key_fails(bundle, tmp_path):
    """The key is what a replay tool looks a URL up by: the URL field alone is not enough."""
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    forged = _line("org,example,elsewhere)/statement " + key_ts.split(" ")[1], fields)
    code, doc = _verify(_with_index(bundle, tmp_path, sorted([forged, *lines[1:]])), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("org,example,elsewhere)/statement" in m for m in messages), messages


def test_a_line_with_another_time_fails(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    forged = _line(key_ts.split(" ")[0] + " 20200101000000", fields)
    code, doc = _verify(_with_index(bundle, tmp_path, [forged, *lines[1:]]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("20200101000000" in m for m in messages), messages


def test_a_line_pointing_at_one_of_our_metadata_records_fails(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    name, offset, _, _ = next(p for p in _record_places(bundle["bundle"])
                              if p[2] == "metadata" and p[0] == fields["filename"])
    pointed = _line(key_ts, {**fields, "offset": str(offset)})
    code, doc = _verify(_with_index(bundle, tmp_path, [pointed, *lines[1:]]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("metadata record" in m for m in messages), messages


def test_a_line_pointing_into_the_middle_of_a_record_fails(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    pointed = _line(key_ts, {**fields, "offset": str(int(fields["offset"]) + 10)})
    code, doc = _verify(_with_index(bundle, tmp_path, [pointed, *lines[1:]]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("no record starts" in m for m in messages), messages


def test_a_line_with_another_digest_fails(bundle, tmp_path):
    """Replay tools resolve a revisit by its original's digest in the index."""
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    forged = _line(key_ts, {**fields, "digest": "sha256:" + "0" * 64})
    code, doc = _verify(_with_index(bundle, tmp_path, [forged, *lines[1:]]), bundle["key"])
    _caught_by_the_index_check_alone(code, doc)


def test_a_line_that_is_not_cdxj_fails(bundle, tmp_path):
    code, doc = _verify(_with_index(bundle, tmp_path, [*_lines(bundle["bundle"]), "not an index line"]),
                        bundle["key"])
    _caught_by_the_index_check_alone(code, doc)


# ------------------------------------------------------------------ another tool's WACZ


def test_another_tools_wacz_with_its_own_index_has_no_index_problem():
    code, doc = _verify(FOREIGN)
    assert code == 3 and doc["verdict"] == "foreign", doc["problems"]
    assert any("index" in s for s in doc["proven"]), doc["proven"]


def test_another_tools_wacz_whose_index_line_is_moved_to_another_record_fails(tmp_path):
    lines = _lines(FOREIGN)
    budget, ferry = (_split(x) for x in lines[:2])
    moved = _line(budget[0], {**budget[1], "offset": ferry[1]["offset"], "length": ferry[1]["length"]})
    doctored = _repackage(FOREIGN, tmp_path / "f.wacz", {INDEX: "\n".join([moved, *lines[1:]]).encode() + b"\n"}, None)
    _caught_by_the_index_check_alone(*_verify(doctored))


def test_another_tools_compressed_index_is_checked_the_same_way(tmp_path):
    """A ZipNum index (``index.cdx.gz``, gzip blocks of CDXJ lines, and its ``.idx``): the lines
    in the blocks are checked; a wrong ``.idx`` can only make a replay tool miss lines."""
    lines = _lines(FOREIGN)
    budget, ferry = (_split(x) for x in lines[:2])
    moved = _line(budget[0], {**budget[1], "offset": ferry[1]["offset"], "length": ferry[1]["length"]})
    for name, body, expect in (("good", lines, 3), ("bad", [moved, *lines[1:]], 1)):
        blocks = b"".join(gzip.compress(("\n".join(body[i:i + 4]) + "\n").encode()) for i in range(0, len(body), 4))
        with zipfile.ZipFile(FOREIGN) as z:
            members = {i.filename: z.read(i) for i in z.infolist() if i.filename != INDEX}
        package = json.loads(members["datapackage.json"])
        package["resources"] = [r for r in package["resources"] if r["path"] != INDEX]
        package["resources"].append({"name": "index.cdx.gz", "path": "indexes/index.cdx.gz",
                                     "hash": sha256_label(blocks), "bytes": len(blocks)})
        members["datapackage.json"] = json.dumps(package).encode()
        members["datapackage-digest.json"] = json.dumps({"path": "datapackage.json",
                                                         "hash": sha256_label(members["datapackage.json"])}).encode()
        members["indexes/index.cdx.gz"] = blocks
        out = tmp_path / f"{name}.wacz"
        with zipfile.ZipFile(out, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        code, doc = _verify(out)
        assert code == expect, doc["problems"]
        if expect == 1:
            _caught_by_the_index_check_alone(code, doc)


@pytest.fixture(scope="module")
def wacz_created(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``wacz create`` (py-wacz) over wget's uncompressed WARC: a ZipNum ``index.cdx.gz`` whose
    lengths are warcio's, which stop before the CRLFs that close each record."""
    import shutil

    from pywacz import wacz_create

    root = tmp_path_factory.mktemp("wacz-create")
    warc = root / "pages.warc"
    shutil.copyfile(FOREIGN.parent / "wget-3-pages.warc", warc)
    wacz_create(root / "pages.wacz", warc)
    return root / "pages.wacz"


def test_an_uncompressed_warc_indexed_without_its_closing_crlfs_is_whole(wacz_created):
    code, doc = _verify(wacz_created)
    assert code == 3 and doc["verdict"] == "foreign", doc["problems"]
    assert any("indexes/index.cdx.gz" in s for s in doc["proven"]), doc["proven"]


def test_a_span_cut_past_the_closing_crlfs_of_an_uncompressed_record_fails(wacz_created, tmp_path):
    with zipfile.ZipFile(wacz_created) as z:
        lines = gzip.decompress(z.read("indexes/index.cdx.gz")).decode().splitlines()
    n = next(i for i, x in enumerate(lines) if '"status": "200"' in x)
    key_ts, fields = _split(lines[n])
    lines[n] = _line(key_ts, {**fields, "length": str(int(fields["length"]) - 10)})
    blocks = gzip.compress(("\n".join(lines) + "\n").encode())
    doctored = _repackage(wacz_created, tmp_path / "cut.wacz", {"indexes/index.cdx.gz": blocks}, None)
    messages = _caught_by_the_index_check_alone(*_verify(doctored))
    assert any("whole record" in m for m in messages), messages


def test_a_compressed_index_that_inflates_past_the_limit_is_not_checked_and_says_so(tmp_path):
    """A gzip bomb in indexes/ is refused like any oversized member: a warning, no traceback."""
    bomb = gzip.compress(b"\n" * (2 << 20))
    with zipfile.ZipFile(FOREIGN) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    members["indexes/index.cdx.gz"] = bomb
    package = json.loads(members["datapackage.json"])
    package["resources"].append({"name": "index.cdx.gz", "path": "indexes/index.cdx.gz",
                                 "hash": sha256_label(bomb), "bytes": len(bomb)})
    members["datapackage.json"] = json.dumps(package).encode()
    members["datapackage-digest.json"] = json.dumps({"path": "datapackage.json",
                                                     "hash": sha256_label(members["datapackage.json"])}).encode()
    out = tmp_path / "bomb.wacz"
    with zipfile.ZipFile(out, "w") as z:
        for member, data in members.items():
            z.writestr(member, data)
    proc = run_cli("verify-bundle", str(out), "--json", env={"ARCHIVER_LIMIT_ZIP_MAX_SMALL_MEMBER_BYTES": str(1 << 20)})
    assert "Traceback" not in proc.stderr, proc.stderr[-600:]
    doc = json.loads(proc.stdout)
    assert proc.returncode == 3 and doc["verdict"] == "foreign", doc["problems"]
    assert any(w["file"] == "indexes/index.cdx.gz" and "not checked" in w["message"] for w in doc["warnings"])


def test_a_line_pointing_at_a_file_the_bundle_does_not_hold_fails(bundle, tmp_path):
    lines = _lines(bundle["bundle"])
    key_ts, fields = _split(lines[0])
    pointed = _line(key_ts, {**fields, "filename": "elsewhere.warc.gz"})
    code, doc = _verify(_with_index(bundle, tmp_path, [pointed, *lines[1:]]), bundle["key"])
    messages = _caught_by_the_index_check_alone(code, doc)
    assert any("elsewhere.warc.gz" in m and "does not hold" in m for m in messages), messages


def test_our_index_of_an_uncompressed_warc_whose_lengths_stop_before_the_closing_crlfs_fails(tmp_path):
    """The exporter's bug of 2026-11-30 (fixed): a wget import's uncompressed records were indexed
    with warcio's lengths. Accepted in another tool's bundle, not in ours: ours are whole."""
    import shutil

    store, keys = tmp_path / "store", tmp_path / "keys"
    env = {"ARCHIVER_KEY_DIR": str(keys)}
    warc = tmp_path / "pages.warc"
    shutil.copyfile(FOREIGN.parent / "wget-3-pages.warc", warc)
    assert run_cli("import", str(warc), store=store, env=env).returncode == 0
    ids = [c["capture_id"] for c in json.loads(run_cli("list", "--json", store=store, env=env).stdout)]
    out = tmp_path / "b.wacz"
    assert run_cli("export", *ids, "-o", str(out), store=store, env=env).returncode == 0
    b = {"bundle": out, "keys": keys}
    key = store / "provenance" / "log.pub"
    assert _verify(out, key)[0] == 0
    lines = [_split(x) for x in _lines(out)]
    assert any(not f["filename"].endswith(".gz") for _, f in lines)
    short = [_line(k, {**f, "length": str(int(f["length"]) - 4)}) for k, f in lines]
    messages = _caught_by_the_index_check_alone(*_verify(_with_index(b, tmp_path, short), key))
    assert messages and all("whole record" in m for m in messages), messages
