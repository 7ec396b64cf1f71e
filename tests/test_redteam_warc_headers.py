"""Red team: a logged record's WARC header lines rewritten in place, no key needed.

The forger rewrites ``WARC-Date`` (to 2019), ``WARC-Target-URI`` (another host) or
``WARC-IP-Address`` in a capture's response record, re-deflating its gzip member to the very
same length (padding the gzip header), so every offset the log and the index keep stays valid.
Only record ids and block/payload digests were compared: ``log verify --deep`` said OK, ``show``
"evidence: present", and an export went out VERIFIED while its CDXJ and replay showed the forged
lines. A capture now logs each record's ``head_sha256`` (its header block as written), and every
check that reads a record (evidence, deep verify, verify-bundle) holds the header to it; a
record logged before it is held to the fields the log does hold (type, id, target URI, and the
final response's address).
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page
from stores import build_template, copy_store
from test_redteam_log_forgery import PAGE

import archiver.capture.warc as warc_module
import archiver.export.wacz as wacz_module
from archiver.capture.warc import WrittenRecord


def _without_head_digest(self: WrittenRecord) -> dict[str, object]:
    """A record's log entry as archiver wrote it before ``head_sha256`` existed."""
    out = _TO_DICT(self)
    del out["head_sha256"]
    return out


_TO_DICT = WrittenRecord.to_dict


#: a page long enough that its record re-deflates into fewer bytes than warcio's (room for the forgery)
LONG_PAGE = PAGE.replace(b"</article>", b"".join(
    f"<p>Berth {n} handled {n * 37 % 1000} containers, crane {n % 7} was serviced.</p>".encode()
    for n in range(60)) + b"</article>")


def _build(root: Path) -> Path:
    site = Site()
    site.routes["/news"] = html_page(LONG_PAGE)
    try:
        build_template(root, lambda arc: arc.capture(site.url("/news")))
    finally:
        site.close()
    return root


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("redteam-heads"))


@pytest.fixture(scope="module")
def old_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same capture, logged as before ``head_sha256`` was added."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(warc_module.WrittenRecord, "to_dict", _without_head_digest)
        return _build(tmp_path_factory.mktemp("redteam-heads-old"))


def _capture_entry(store: Path) -> dict:
    for line in (store / "provenance" / "log.jsonl").read_bytes().splitlines():
        entry = json.loads(line)
        if entry["type"] == "capture":
            return dict(entry["data"])
    raise AssertionError("no capture entry")


def _response(store: Path) -> dict:
    data = _capture_entry(store)
    return dict(next(r for r in data["records"] if r["record_id"] == data["response_record_id"]))


def _member_of_length(raw: bytes, length: int) -> bytes | None:
    """``raw`` deflated into a gzip member of exactly ``length`` bytes (an empty file name or
    an FEXTRA field pads its gzip header), as a forger keeps every later offset valid; None when
    no zlib setting deflates it into so few bytes (deflate's length is not monotone in its input:
    about 1 rewrite in 75 of the address came out one byte too long, with random record ids)."""
    candidates = []
    for level in range(1, 10):
        for mem in range(1, 10):
            c = zlib.compressobj(level, zlib.DEFLATED, -15, mem)
            candidates.append(c.compress(raw) + c.flush())
    deflated = min(candidates, key=len)
    tail = struct.pack("<II", zlib.crc32(raw) & 0xFFFFFFFF, len(raw) & 0xFFFFFFFF)
    pad = length - (10 + len(deflated) + 8)
    if pad < 0:
        return None
    if pad == 0:
        member = b"\x1f\x8b\x08\0\0\0\0\0\0\xff" + deflated + tail
    elif pad == 1:
        member = b"\x1f\x8b\x08\x08\0\0\0\0\0\xff\0" + deflated + tail
    else:
        member = b"\x1f\x8b\x08\x04\0\0\0\0\0\xff" + struct.pack("<H", pad - 2) + b"\0" * (pad - 2) + deflated + tail
    assert len(member) == length and zlib.decompressobj(31).decompress(member) == raw
    return member


def _same_length_member(raw: bytes, length: int) -> bytes:
    member = _member_of_length(raw, length)
    assert member is not None, "the rewritten member must fit in the original's length"
    return member


def _rewrite_head(warc: Path, rec: dict, old: bytes, *news: bytes) -> bytes:
    """Replace ``old`` by the first of ``news`` whose member fits in the length of ``rec``'s
    member (a forger picks any value that fits: each is a forgery the check must catch), in
    its header lines; return the value written."""
    data = bytearray(warc.read_bytes())
    start, length = rec["offset"], rec["length"]
    raw = zlib.decompressobj(31).decompress(bytes(data[start:start + length]))
    head, sep, rest = raw.partition(b"\r\n\r\n")
    assert old in head, head
    for new in news:
        # room for it: the date's microseconds dropped (not logged before head_sha256, so unseen
        # in an old record: the test then holds the check to the field it rewrote)
        forged = re.sub(rb"(WARC-Date: [0-9T:-]+)\.[0-9]+Z", rb"\1Z", head.replace(old, new))
        member = _member_of_length(forged + sep + rest, length)
        if member is not None:
            data[start:start + length] = member
            warc.write_bytes(bytes(data))
            return new
    raise AssertionError(f"no rewrite of {old!r} fits in the member's {length} bytes")


#: forged values, in the order a forger tries them (the first fits in all but about 1 member in 75)
_OTHER_HOSTS = tuple(b"WARC-Target-URI: http://%s:" % host for host in (b"127.0.0.9", b"127.0.0.8", b"10.0.0.1"))
_OTHER_ADDRESSES = tuple(b"WARC-IP-Address: " + addr for addr in (b"10.9.8.7", b"10.0.0.1", b"10.1.1.1", b"10.0.0.0"))


def _line(head: bytes, name: bytes) -> bytes:
    return next(line for line in head.split(b"\r\n") if line.startswith(name + b": "))


def _head_of(store: Path, rec: dict) -> bytes:
    data = (store / rec["warc"]).read_bytes()[rec["offset"]:rec["offset"] + rec["length"]]
    return zlib.decompressobj(31).decompress(data).partition(b"\r\n\r\n")[0] + b"\r\n\r\n"


@pytest.fixture
def store(template: Path, tmp_path: Path, key_dir: Path) -> Path:
    copy = tmp_path / "store"
    copy_store(template, copy, key_dir)
    return copy


@pytest.fixture
def old_store(old_template: Path, tmp_path: Path, key_dir: Path) -> Path:
    copy = tmp_path / "store"
    copy_store(old_template, copy, key_dir)
    return copy


def _forge_date(store: Path) -> str:
    rec = _response(store)
    date = _line(_head_of(store, rec), b"WARC-Date")
    _rewrite_head(store / rec["warc"], rec, date, b"WARC-Date: 2019-06-04T08:30:00Z", b"WARC-Date: 2019-01-01T00:00:00Z",
                  b"WARC-Date: 2019-06-04T00:00:00Z")
    return str(_capture_entry(store)["capture_id"])


def test_a_capture_logs_the_sha256_of_each_records_warc_header_block(store):
    for rec in _capture_entry(store)["records"]:
        assert rec["head_sha256"] == "sha256:" + hashlib.sha256(_head_of(store, rec)).hexdigest()


def test_show_refuses_a_response_whose_warc_date_was_rewritten(store):
    cid = _forge_date(store)
    proc = run_cli("show", cid, store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "present" not in proc.stdout
    assert "WARC header lines were rewritten" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_verify_quote_gives_no_verdict_from_a_response_whose_warc_date_was_rewritten(store):
    cid = _forge_date(store)
    proc = run_cli("verify-quote", "Dock workers did not strike", "--capture", cid, "--json", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["evidence"] == "altered"


def test_log_verify_deep_reports_a_rewritten_target_uri(store):
    rec = _response(store)
    _rewrite_head(store / rec["warc"], rec, b"WARC-Target-URI: http://127.0.0.1:", *_OTHER_HOSTS)
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "WARC header lines were rewritten" in proc.stdout + proc.stderr


def test_export_refuses_a_capture_whose_ip_address_line_was_rewritten(store, tmp_path):
    rec = _response(store)
    _rewrite_head(store / rec["warc"], rec, b"WARC-IP-Address: 127.0.0.1", *_OTHER_ADDRESSES)
    out = tmp_path / "b.wacz"
    proc = run_cli("export", _capture_entry(store)["capture_id"], "-o", str(out), store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert not out.exists()


def test_verify_bundle_fails_a_bundle_whose_response_header_was_rewritten(store, tmp_path, monkeypatch):
    """The bundle's own check, were a forged record to reach a bundle (here: export's evidence
    check switched off): its CDXJ and replay would show the forged date."""
    cid = _forge_date(store)
    monkeypatch.setattr(wacz_module, "require_shown", lambda doc: None)
    monkeypatch.setattr(wacz_module, "_logged_members", lambda chosen: {})  # and its copy's member check
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(out), store=store).returncode == 0
    monkeypatch.undo()
    pub = tmp_path / "log.pub"
    pub.write_bytes((store / "provenance" / "log.pub").read_bytes())
    proc = run_cli("verify-bundle", str(out), "--key", str(pub))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "WARC header lines were rewritten" in proc.stdout + proc.stderr
    assert not proc.stdout.startswith("VERIFIED")


def test_a_record_logged_before_head_digests_is_held_to_its_logged_target_uri(old_store):
    assert "head_sha256" not in _response(old_store)
    rec = _response(old_store)
    forged = _rewrite_head(old_store / rec["warc"], rec, b"WARC-Target-URI: http://127.0.0.1:", *_OTHER_HOSTS)
    proc = run_cli("show", _capture_entry(old_store)["capture_id"], store=old_store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"WARC-Target-URI is '{forged.decode().partition(': ')[2]}" in proc.stderr
    assert run_cli("log", "verify", "--deep", store=old_store).returncode == 1


def test_a_response_logged_before_head_digests_is_held_to_its_logged_address(old_store):
    rec = _response(old_store)
    forged = _rewrite_head(old_store / rec["warc"], rec, b"WARC-IP-Address: 127.0.0.1", *_OTHER_ADDRESSES)
    proc = run_cli("show", _capture_entry(old_store)["capture_id"], store=old_store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"WARC-IP-Address is '{forged.decode().partition(': ')[2]}'" in proc.stderr


def test_a_capture_logged_before_head_digests_still_verifies_and_exports(old_store, tmp_path):
    cid = _capture_entry(old_store)["capture_id"]
    shown = run_cli("show", cid, store=old_store)
    assert shown.returncode == 0 and "evidence: present" in shown.stdout, shown.stdout + shown.stderr
    assert run_cli("log", "verify", "--deep", store=old_store).returncode == 0
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(out), store=old_store).returncode == 0
    pub = tmp_path / "log.pub"
    pub.write_bytes((old_store / "provenance" / "log.pub").read_bytes())
    proc = run_cli("verify-bundle", str(out), "--key", str(pub))
    assert proc.returncode == 0 and proc.stdout.startswith("VERIFIED"), proc.stdout + proc.stderr
    with zipfile.ZipFile(out) as z:
        assert any(n.startswith("archive/") for n in z.namelist())


def test_an_imported_records_rewritten_date_is_refused(tmp_path):
    """An import logs the header block of each record as copied (here wget's uncompressed file)."""
    from conftest import DATA

    store = tmp_path / "imported"
    proc = run_cli("import", str(DATA / "import" / "wget-3-pages.warc"), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    cid = json.loads(proc.stdout)["captures"][0]["capture_id"]
    entry = next(json.loads(line)["data"] for line in (store / "provenance" / "log.jsonl").read_bytes().splitlines()
                 if json.loads(line)["type"] == "import")
    item = next(c for c in entry["captures"] if c["capture_id"] == cid)
    rec = next(r for r in item["records"] if r["record_id"] == item["response_record_id"])
    assert rec["head_sha256"] is not None
    path = store / rec["warc"]
    data = path.read_bytes()
    at = data.index(b"WARC-Date: ", rec["offset"])
    path.write_bytes(data[:at + 11] + b"2019" + data[at + 15:])  # the year, in place
    shown = run_cli("show", cid, store=store)
    assert shown.returncode == 1 and "WARC header lines were rewritten" in shown.stderr, shown.stdout + shown.stderr


def _edit_warcinfo(store: Path) -> None:
    """The longest field of the options and software the file's warcinfo claims replaced by a
    short value (its Content-Length and WARC-Block-Digest recomputed), its member length kept."""
    [info] = _capture_entry(store)["warcinfo"]
    raw = zlib.decompressobj(31).decompress((store / info["warc"]).read_bytes()[info["offset"]:info["offset"] + info["length"]])
    assert raw.startswith(b"WARC/1.1\r\nWARC-Type: warcinfo"), raw[:60]
    head, _, rest = raw.partition(b"\r\n\r\n")
    block = rest[:-4]
    longest = max(block.split(b"\r\n"), key=len)
    block = block.replace(longest, longest.partition(b":")[0] + b": x", 1)
    head = re.sub(rb"Content-Length: \d+", b"Content-Length: " + str(len(block)).encode(), head)
    head = re.sub(rb"WARC-Block-Digest: [^\r]*", b"WARC-Block-Digest: sha256:" + hashlib.sha256(block).hexdigest().encode(),
                  head)
    _rewrite_member(store / info["warc"], info, head + b"\r\n\r\n" + block + b"\r\n\r\n")


def _rewrite_member(warc: Path, rec: dict, raw: bytes) -> None:
    data = bytearray(warc.read_bytes())
    data[rec["offset"]:rec["offset"] + rec["length"]] = _same_length_member(raw, rec["length"])
    warc.write_bytes(bytes(data))


def test_a_capture_logs_the_warcinfo_record_of_the_file_it_was_written_to(store):
    [info] = _capture_entry(store)["warcinfo"]
    assert info["type"] == "warcinfo" and info["offset"] == 0 and info["warc"] == _response(store)["warc"]
    assert info["head_sha256"] == "sha256:" + hashlib.sha256(_head_of(store, info)).hexdigest()


def test_show_export_and_deep_verify_refuse_an_edited_warcinfo(store, tmp_path):
    _edit_warcinfo(store)
    cid = _capture_entry(store)["capture_id"]
    shown = run_cli("show", cid, store=store)
    assert shown.returncode == 1 and "warcinfo" not in shown.stdout, shown.stdout + shown.stderr
    out = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(out), store=store).returncode == 1 and not out.exists()
    assert run_cli("log", "verify", "--deep", store=store).returncode == 1


def test_verify_bundle_fails_a_bundle_whose_warcinfo_was_edited(store, tmp_path, monkeypatch):
    _edit_warcinfo(store)
    monkeypatch.setattr(wacz_module, "require_shown", lambda doc: None)
    monkeypatch.setattr(wacz_module, "_logged_members", lambda chosen: {})  # and its copy's member check
    out = tmp_path / "b.wacz"
    assert run_cli("export", _capture_entry(store)["capture_id"], "-o", str(out), store=store).returncode == 0
    monkeypatch.undo()
    pub = tmp_path / "log.pub"
    pub.write_bytes((store / "provenance" / "log.pub").read_bytes())
    proc = run_cli("verify-bundle", str(out), "--key", str(pub))
    assert proc.returncode == 1 and not proc.stdout.startswith("VERIFIED"), proc.stdout + proc.stderr
    assert "was altered: block sha256" in proc.stdout + proc.stderr
