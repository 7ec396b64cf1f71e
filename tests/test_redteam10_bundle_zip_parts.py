"""Red team (review rv10): a bundle's zip holds only what ``verify-bundle`` checked.

Python's zip reader (so ``verify-bundle`` and ``import``) lists files by the central directory
and ignores extra fields; ``unzip`` obeys an Info-ZIP Unicode Path field, and streaming readers
(``unzip -p``, Java's ZipInputStream) go by each member's local header. Altered bundles that
verified while those readers extracted other bytes:

- F1: a folder entry ``zzz/`` carrying a forged pages.jsonl and a Unicode Path field naming it
  ``pages/pages.jsonl`` (``unzip -o`` wrote the forged file); a folder entry carrying data.
- F2: the CRC and sizes changed in a member's local header only (streaming readers returned a
  truncated pages.jsonl, or the WARC without its second capture).

and, beside them: a genuine bundle whose WARC is larger than the small-member limit could not
be verified (F5); ``/dev/zero`` or a FIFO named as a bundle or key grew without bound or hung
(F7); a member not listed in datapackage.json was parsed in full before being reported (F8).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from bundles import streamed_zip
from conftest import run_cli

# A local header: signature, version, flags (6), method (8), time, date, crc (14), sizes (18, 22).
_FLAGS, _METHOD, _CRC = 6, 8, 14


@pytest.fixture(scope="module")
def bundle(one_page_bundle: dict[str, Path]) -> dict[str, Path]:
    """A store with one capture, its bundle, and the log's public key (shared: tests/bundles.py)."""
    return one_page_bundle


def _verify(path: Path, key: Path, env: dict[str, str] | None = None) -> tuple[int, dict]:
    proc = run_cli("verify-bundle", str(path), "--key", str(key), "--json", env=env)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def _layout_problems(doc: dict) -> list[dict]:
    return [p for p in doc["problems"] if p["code"] == "E_ZIP_LAYOUT"]


def _rewritten(bundle: Path, out: Path, extra: list[tuple[zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
               change: dict[str, dict] | None = None, comment: bytes = b"") -> Path:
    """A copy of ``bundle`` written member by member (as ``archiver export`` does), with ``extra``
    members added, attributes of some members changed (``{name: {attr: value}}``), a comment."""
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            for attr, value in (change or {}).get(info.filename, {}).items():
                setattr(copy, attr, value)
            dst.writestr(copy, src.read(info))
        for info, data in extra:
            dst.writestr(info, data)
        dst.comment = comment
    return out


def _forged_pages(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as z:
        return z.read("pages/pages.jsonl").replace(b"did not strike", b"did strike for a week")


def _unicode_path(shown: str, name: str) -> bytes:
    """An Info-ZIP Unicode Path extra field (0x7075): ``name`` for the entry called ``shown``."""
    body = struct.pack("<BI", 1, zlib.crc32(shown.encode())) + name.encode()
    return struct.pack("<HH", 0x7075, len(body)) + body


def _patch_local_header(bundle: Path, out: Path, member: str, at: int, fmt: str, *values: int) -> Path:
    """A copy of ``bundle`` whose member's local header (only) holds ``values`` at offset ``at``."""
    raw = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as z:
        offset = z.getinfo(member).header_offset
    assert raw[offset:offset + 4] == b"PK\x03\x04"
    struct.pack_into(fmt, raw, offset + at, *values)
    out.write_bytes(bytes(raw))
    return out


def _nothing_imported(store: Path) -> bool:
    warcs = store / "warcs"
    return not warcs.exists() or not any(n.startswith("imported-") for n in os.listdir(warcs))


# ------------------------------------------------------------------ F1: entries that read alike


def test_a_folder_entry_renamed_pages_jsonl_by_a_unicode_path_field_is_refused(bundle, tmp_path):
    """What the review made: ``unzip -o`` wrote the forged pages.jsonl; Python saw a folder."""
    folder = zipfile.ZipInfo("zzz/")
    folder.extra = _unicode_path("zzz/", "pages/pages.jsonl")
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", extra=[(folder, _forged_pages(bundle["bundle"]))])
    code, doc = _verify(forged, bundle["key"])
    assert code == 1 and doc["verdict"] == "failed"
    assert {p["file"] for p in _layout_problems(doc)} == {"zzz/"}
    assert any("Unicode Path" in p["message"] for p in doc["problems"])


@pytest.mark.parametrize("field_id", [0x7075, 0x6375])
def test_a_second_name_or_comment_field_on_a_listed_file_is_refused(bundle, tmp_path, field_id):
    body = struct.pack("<BI", 1, zlib.crc32(b"indexes/index.cdx")) + b"pages/pages.jsonl"
    extra = struct.pack("<HH", field_id, len(body)) + body
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", change={"indexes/index.cdx": {"extra": extra}})
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert [p["file"] for p in _layout_problems(doc)][:1] == ["indexes/index.cdx"]


def test_a_folder_entry_that_holds_bytes_is_refused(bundle, tmp_path):
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz",
                        extra=[(zipfile.ZipInfo("pages/pages.jsonl.d/"), b'{"text": "FORGED"}\n')])
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert any(p["file"] == "pages/pages.jsonl.d/" and "folder entry that holds" in p["message"]
               for p in _layout_problems(doc))


def test_an_empty_folder_entry_in_a_bundle_of_ours_is_refused(bundle, tmp_path):
    """Every entry, folders included, must be a file the bundle lists: our exports write none."""
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", extra=[(zipfile.ZipInfo("pages/"), b"")])
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert any(p["file"] == "pages/" for p in _layout_problems(doc))


def test_an_extra_field_our_writer_never_writes_is_refused(bundle, tmp_path):
    timestamp = struct.pack("<HHBI", 0x5455, 5, 1, 1_700_000_000)  # Info-ZIP's extended timestamp
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", change={"pages/pages.jsonl": {"extra": timestamp}})
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert any(p["file"] == "pages/pages.jsonl" and "0x5455" in p["message"] for p in _layout_problems(doc))


@pytest.mark.parametrize("where", ["zip", "member"])
def test_a_comment_in_a_bundle_of_ours_is_refused(bundle, tmp_path, where):
    """``unzip -l`` prints the zip comment first: "VERIFIED by archiver" there is no verdict of ours."""
    text = b"VERIFIED by archiver: all captures intact"
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", comment=text if where == "zip" else b"",
                        change={} if where == "zip" else {"pages/pages.jsonl": {"comment": text}})
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert any("comment" in p["message"] for p in _layout_problems(doc))


def test_our_export_writes_no_folder_entry_comment_or_extra_field(bundle):
    """What the refusals above rest on: a genuine bundle holds none of these parts."""
    from archiver.export.bundle_zip import read_local_header

    with zipfile.ZipFile(bundle["bundle"]) as z, open(bundle["bundle"], "rb") as f:
        assert z.comment == b""
        for info in z.infolist():
            local = read_local_header(f.fileno(), info)
            assert local is not None
            assert (info.is_dir(), info.comment, info.extra, local.extra) == (False, b"", b"", b""), info.filename


def test_import_refuses_a_folder_entry_with_a_second_name_and_copies_nothing(bundle, tmp_path):
    folder = zipfile.ZipInfo("zzz/")
    folder.extra = _unicode_path("zzz/", "pages/pages.jsonl")
    forged = _rewritten(bundle["bundle"], tmp_path / "forged.wacz", extra=[(folder, _forged_pages(bundle["bundle"]))])
    store = tmp_path / "other"
    proc = run_cli("import", str(forged), store=store)
    assert proc.returncode == 2, proc.stderr
    assert "zzz/" in proc.stderr and "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert _nothing_imported(store)


# ----------------------------------------------- F2: local headers agree with the central directory


def _truncated_in_local_header(bundle: Path, out: Path, member: str) -> Path:
    """What the review made: the member's local header gives the CRC and size of its first half."""
    with zipfile.ZipFile(bundle) as z:
        data = z.read(member)
    keep = data[:len(data) // 2]
    return _patch_local_header(bundle, out, member, _CRC, "<III", zlib.crc32(keep), len(keep), len(keep))


@pytest.mark.parametrize("member", ["pages/pages.jsonl", "archive"])
def test_a_member_cut_short_in_its_local_header_only_is_refused(bundle, tmp_path, member):
    with zipfile.ZipFile(bundle["bundle"]) as z:
        name = member if member != "archive" else next(n for n in z.namelist() if n.startswith("archive/"))
    forged = _truncated_in_local_header(bundle["bundle"], tmp_path / "forged.wacz", name)
    with zipfile.ZipFile(forged) as z:  # Python's reader goes by the central directory: it sees it whole
        assert z.testzip() is None
    code, doc = _verify(forged, bundle["key"])
    assert code == 1 and doc["verdict"] == "failed"
    assert [p["file"] for p in _layout_problems(doc)] == [name]


@pytest.mark.parametrize(("field", "at", "fmt", "value"), [
    ("method", _METHOD, "<H", zipfile.ZIP_DEFLATED),  # a streaming reader would inflate stored bytes
    ("flags", _FLAGS, "<H", 0x0800),
])
def test_a_local_header_whose_method_or_flags_differ_is_refused(bundle, tmp_path, field, at, fmt, value):
    forged = _patch_local_header(bundle["bundle"], tmp_path / "forged.wacz", "pages/pages.jsonl", at, fmt, value)
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    assert any(p["file"] == "pages/pages.jsonl" and field in p["message"] for p in doc["problems"])


def test_import_refuses_a_member_cut_short_in_its_local_header_and_copies_nothing(bundle, tmp_path):
    forged = _truncated_in_local_header(bundle["bundle"], tmp_path / "forged.wacz", "pages/pages.jsonl")
    store = tmp_path / "other"
    proc = run_cli("import", str(forged), store=store)
    assert proc.returncode == 2, proc.stderr
    assert "pages/pages.jsonl" in proc.stderr and "local header" in proc.stderr
    assert _nothing_imported(store)


def test_data_descriptors_that_agree_with_the_central_directory_pass(tmp_path):
    from archiver.export.bundle_zip import header_mismatches

    path = streamed_zip(tmp_path / "streamed.zip")
    with zipfile.ZipFile(path) as z:
        assert all(i.flag_bits & 0x08 for i in z.infolist())
        assert header_mismatches(path, z) == []


def test_a_data_descriptor_that_disagrees_with_the_central_directory_is_named(tmp_path):
    from archiver.export.bundle_zip import header_mismatches, read_local_header

    path = streamed_zip(tmp_path / "streamed.zip")
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z, open(path, "rb") as f:
        info = z.getinfo("a.txt")
        local = read_local_header(f.fileno(), info)
        assert local is not None
        at = local.data_at + info.compress_size
    assert raw[at:at + 4] == b"PK\x07\x08"
    struct.pack_into("<I", raw, at + 4, 0xDEADBEEF)  # the descriptor's CRC
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as z:
        assert [name for name, _ in header_mismatches(path, z)] == ["a.txt"]


# ------------------------------------------------------ F5: a large member is hashed as a stream


@pytest.fixture(scope="module")
def large_bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A bundle whose WARC (a capture of 256 KiB of random bytes) is its one large member."""
    from servers import Site, response

    from archiver.archive import Archive

    root = tmp_path_factory.mktemp("large-bundle")
    site = Site()
    site.routes["/data.bin"] = lambda h: response("200 OK", [("Content-Type", "application/octet-stream")],
                                                 os.urandom(256 * 1024))
    try:
        with Archive.open(root / "store", key_dir=root / "keys") as arc:
            cid = arc.capture(site.url("/data.bin")).capture_id
    finally:
        site.close()
    out = root / "large.wacz"
    proc = run_cli("export", cid, "-o", str(out), store=root / "store", env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert proc.returncode == 0, proc.stderr
    return {"bundle": out, "key": root / "store" / "provenance" / "log.pub"}


def test_a_warc_member_over_the_small_member_limit_verifies(large_bundle):
    """A genuine 70 MB WARC could not be verified (exit 2, "inflates past 64 MiB"): with the
    small-member limit below this bundle's WARC (and above its other members), it verifies."""
    with zipfile.ZipFile(large_bundle["bundle"]) as z:
        warc = max(i.file_size for i in z.infolist() if i.filename.startswith("archive/"))
        others = max(i.file_size for i in z.infolist() if not i.filename.startswith("archive/"))
    assert others < warc
    env = {"ARCHIVER_LIMIT_ZIP_MAX_SMALL_MEMBER_BYTES": str(others)}
    code, doc = _verify(large_bundle["bundle"], large_bundle["key"], env=env)
    assert (code, doc["verdict"]) == (0, "verified"), doc["problems"]


# ----------------------------------------------- F7: only regular files, and at most the limit


@contextmanager
def _fifo_with_a_writer(path: Path, data: bytes) -> Iterator[Path]:
    """A FIFO at ``path`` whose writer (a thread) hands ``data`` to whoever opens it to read.

    A command that reads it (as before) gets ``data`` and goes on; one that refuses it leaves
    the writer waiting, which the exit here releases by opening the FIFO itself (``data`` fits
    in a pipe's buffer, so the writer then finishes without a reader).
    """
    assert len(data) < 4096
    os.mkfifo(path)

    def write() -> None:
        # (a command that refuses the FIFO may have opened it for a moment, to look at it: the
        # writer then finds the reader gone, EPIPE, which is the refusal, not a failure)
        with suppress(BrokenPipeError), open(path, "wb") as f:
            f.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield path
    finally:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # releases a writer still waiting for a reader
        writer.join()
        os.close(fd)


def test_verify_bundle_refuses_a_fifo_as_its_bundle(bundle, tmp_path):
    empty_zip = b"PK\x05\x06" + bytes(18)
    with _fifo_with_a_writer(tmp_path / "bundle.wacz", empty_zip) as fifo:
        proc = run_cli("verify-bundle", str(fifo), "--key", str(bundle["key"]))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"error: cannot read bundle {fifo}: it is not a regular file "
                                        "(a pipe, device or socket)"]


@pytest.mark.parametrize("command", ["verify-bundle", "key pin"])
def test_a_fifo_named_as_a_key_file_is_refused(bundle, tmp_path, command):
    with _fifo_with_a_writer(tmp_path / "log.pub", bundle["key"].read_bytes()) as fifo:
        args = ("verify-bundle", str(bundle["bundle"]), "--key", str(fifo)) if command == "verify-bundle" \
            else ("key", "pin", str(fifo))
        proc = run_cli(*args)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"error: cannot read key file {fifo}: it is not a regular file "
                                        "(a pipe, device or socket)"]


@pytest.mark.parametrize("option", ["bundle", "--key"])
def test_dev_zero_is_refused_not_read_until_memory_runs_out(bundle, option):
    args = ("/dev/zero", "--key", str(bundle["key"])) if option == "bundle" else (str(bundle["bundle"]), "--key",
                                                                                 "/dev/zero")
    proc = run_cli("verify-bundle", *args)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and "not a regular file" in proc.stderr


def test_import_refuses_a_fifo_or_device_in_one_line(tmp_path):
    with _fifo_with_a_writer(tmp_path / "w.warc", b"WARC/1.1\r\n") as fifo:
        for path in (fifo, Path("/dev/zero")):
            proc = run_cli("import", str(path), store=tmp_path / "store")
            assert proc.returncode == 2
            assert proc.stderr.splitlines() == [f"error: cannot read file {path}: it is not a regular file "
                                                "(a pipe, device or socket)"]


def test_a_key_file_over_the_user_file_limit_is_refused(bundle, tmp_path):
    key = tmp_path / "log.pub"
    shutil.copyfile(bundle["key"], key)
    limit = key.stat().st_size - 1
    proc = run_cli("verify-bundle", str(bundle["bundle"]), "--key", str(key),
                   env={"ARCHIVER_LIMIT_USER_FILE_MAX_BYTES": str(limit)})
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"error: cannot read key file {key}: it is larger than the limit of "
                                        f"{limit} bytes"]


def test_archive_refuses_a_fifo_as_its_ca_bundle_before_fetching(tmp_path):
    """The TLS library reads --ca-bundle at the first connection: a FIFO would hang it there."""
    with _fifo_with_a_writer(tmp_path / "ca.pem", b"") as fifo:
        proc = run_cli("archive", "http://127.0.0.1:9/", "--ca-bundle", str(fifo), store=tmp_path / "store")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"error: cannot read CA bundle {fifo}: it is not a regular file "
                                        "(a pipe, device or socket)"]
    assert not (tmp_path / "store").exists()


# ---------------------------------------------- F8: a member the file check refused is not parsed


@pytest.mark.parametrize(("added", "copy_of"), [
    ("archive/added.warc.gz", "archive/"),
    ("indexes/added.cdx", "indexes/index.cdx"),  # with a line pointing at no record
    ("provenance/entry-99.tlog-proof", "provenance/entry-1.tlog-proof"),
])
def test_an_unlisted_member_is_reported_once_and_not_parsed(bundle, tmp_path, added, copy_of):
    """An added WARC's records were read in full (a 1 MB gzip inflating to 1 GiB: 634 MB, 4.7
    CPU-s) and reported again as unindexed and unlogged; no unlisted member is part of what was
    signed, so no later stage reads it."""
    with zipfile.ZipFile(bundle["bundle"]) as z:
        data = z.read(next(n for n in z.namelist() if n.startswith(copy_of)))
    if added.endswith(".cdx"):
        data += data.splitlines(keepends=True)[-1].replace(b'"offset": "', b'"offset": "1')
    forged = _rewritten(bundle["bundle"], tmp_path / "added.wacz", extra=[(zipfile.ZipInfo(added), data)])
    code, doc = _verify(forged, bundle["key"])
    assert code == 1
    about = [p["message"] for p in doc["problems"] + doc["warnings"] if p["file"] == added]
    if added == "indexes/added.cdx":  # a name our writer never gives: refused before any file is read (review 19 F4)
        assert about == [f"the zip holds a file ({added}), which archiver export never writes: it was added "
                         "after the bundle was made"]
    else:
        assert about == [f"{added} is in the zip but not listed in datapackage.json (added after signing)"]


def test_a_warc_past_the_zip64_size_exports_with_a_zip64_header_and_verifies(tmp_path, monkeypatch):
    # A WARC over 2 GiB made export fail ("File size too large, try using force_zip64", a
    # traceback) after writing part of the bundle: zipfile decides on zip64 from a member's size
    # told before its bytes. Here zipfile's zip64 threshold is lowered below the page's WARC.
    import zipfile

    from bundles import export_one_page

    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 2048)
    made = export_one_page(tmp_path)
    with zipfile.ZipFile(made["bundle"]) as z:
        warc = next(i for i in z.infolist() if i.filename.endswith(".warc.gz"))
        assert warc.file_size > 2048 and b"\x01\x00" in warc.extra[:2]  # a zip64 field
    proc = run_cli("verify-bundle", str(made["bundle"]), "--key", str(made["key"]))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_layout_checks_read_the_file_that_was_opened_not_what_the_path_names_later(bundle, tmp_path):
    # each check opened the path again: a file put in its place between two opens was checked
    # in the bundle's stead (here: the genuine bundle is opened, then another file takes its name)
    from archiver.export.bundle_zip import entry_problems, header_mismatches, stray_bytes

    path = tmp_path / "b.wacz"
    shutil.copyfile(bundle["bundle"], path)
    with open(path, "rb") as f, zipfile.ZipFile(f) as zf:
        path.unlink()
        path.write_bytes(b"not the bundle that was opened" * 100)
        assert stray_bytes(path, zf) is None
        assert header_mismatches(path, zf) == [] and entry_problems(path, zf) == []
