"""Bytes warcio cannot read where a record was expected: one line naming the file and offset.

Whatever command reads the WARC file (show, verify-quote, export, reindex, log verify --deep,
cdxj, verify-bundle, import), a record whose first bytes were overwritten, or a torn record
at a file's end, is reported as ``<file>@<offset>`` with the exit code of a problem found (1),
never a traceback: warcio's exceptions become :class:`~archiver.errors.UnreadableRecordError`
in one place (:func:`archiver.capture.warc_places.reading_warc`). Sources: wget's uncompressed WARC
and one warcio writes gzip per record (tests/test_warc_record_places.py).
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, run_cli
from stores import copy_store
from test_warc_record_places import SOURCES

from archiver.capture.warc import read_record
from archiver.errors import UnreadableRecordError, WarcError

WGET = DATA / "import" / "wget-3-pages.warc"
#: a record cut short at a file's end, without WARC-Target-URI (warcio's parser fails on it)
TORN = b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nabc"


def _cli(root: Path, *args: str, store: str = "store"):
    return run_cli(*args, store=root / store, env={"ARCHIVER_KEY_DIR": str(root / "keys")})


def _import(root: Path, source: str) -> dict:
    """``source`` imported into root/store: the capture the quote is found in, and its response."""
    make, quote = SOURCES[source]
    proc = _cli(root, "import", str(make(root)), "--json")
    assert proc.returncode == 0, proc.stderr
    [cid] = [c["capture_id"] for c in json.loads(proc.stdout)["captures"]
             if _cli(root, "verify-quote", quote, "--capture", c["capture_id"]).returncode == 0]
    records = json.loads(_cli(root, "show", cid, "--json").stdout)["records"]
    response = next(r for r in records if r["type"] == "response")
    return {"capture_id": cid, "quote": quote, "warc": response["warc"], "offset": response["offset"]}


@pytest.fixture(scope="module")
def imports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:
    """Each source imported once for the module, as tests ask for it (:func:`_import`): the tests
    damage copies (:func:`_imported`), never these."""
    class Made(dict):
        def __missing__(self, source: str) -> tuple[Path, dict]:
            root = tmp_path_factory.mktemp("unreadable-source")
            self[source] = (root, _import(root, source))
            return self[source]

    return Made()


def _imported(imports: dict[str, tuple[Path, dict]], root: Path, source: str) -> dict:
    """A copy in root/store (key in root/keys) of ``source`` imported (:func:`imports`): the capture
    the quote is found in, and the place of its response."""
    template, found = imports[source]
    copy_store(template, root / "store", root / "keys")
    return {**found, "path": root / "store" / found["warc"]}


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _one_line_naming(proc, place: str) -> None:
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out
    assert place in out, out
    assert proc.returncode == 1, (proc.returncode, out)


COMMANDS = {
    "show": lambda s: ("show", s["capture_id"]),
    "verify-quote": lambda s: ("verify-quote", s["quote"], "--capture", s["capture_id"]),
    "export": lambda s: ("export", s["capture_id"], "-o", str(s["path"].parent.parent.parent / "b.wacz")),
    "log verify --deep": lambda s: ("log", "verify", "--deep"),
    "reindex": lambda s: ("reindex",),
    "cdxj": lambda s: ("cdxj",),
}


@pytest.mark.parametrize("source", ["wget uncompressed", "warcio gzip"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_logged_record_overwritten_at_its_first_bytes_is_named_by_file_and_offset(command, source, tmp_path, imports):
    s = _imported(imports, tmp_path, source)
    _overwrite(s["path"], s["offset"], b"XXXXX")
    proc = _cli(tmp_path, *COMMANDS[command](s))
    _one_line_naming(proc, f"{s['path'].name}@{s['offset']}")


@pytest.mark.parametrize("source", ["wget uncompressed", "warcio gzip"])
def test_cdxj_indexes_the_records_before_a_torn_record_and_names_it(source, tmp_path, imports):
    s = _imported(imports, tmp_path, source)
    size = s["path"].stat().st_size
    with open(s["path"], "ab") as f:
        f.write(TORN)
    proc = _cli(tmp_path, "cdxj", "--json")
    _one_line_naming(proc, f"{s['path'].name}@{size}")
    doc = json.loads(proc.stdout)
    assert len(doc["problems"]) == 1 and doc["lines"] >= 1
    lines = (tmp_path / "store" / "indexes" / "index.cdxj").read_text()
    assert f'"offset": "{s["offset"]}"' in lines  # the response before the damage is replayable


def test_reindex_with_cdxj_names_a_torn_record_at_a_file_s_end(tmp_path, imports):
    s = _imported(imports, tmp_path, "wget uncompressed")
    size = s["path"].stat().st_size
    with open(s["path"], "ab") as f:
        f.write(TORN)
    proc = _cli(tmp_path, "reindex", "--cdxj")
    _one_line_naming(proc, f"{s['path'].name}@{size}")


def test_verify_bundle_names_a_record_of_the_bundle_that_cannot_be_read(tmp_path, imports):
    s = _imported(imports, tmp_path, "wget uncompressed")
    bundle, damaged = tmp_path / "b.wacz", tmp_path / "damaged.wacz"
    assert _cli(tmp_path, "export", s["capture_id"], "-o", str(bundle)).returncode == 0
    with zipfile.ZipFile(bundle) as z, zipfile.ZipFile(damaged, "w") as out:
        for info in z.infolist():
            data = z.read(info)
            if info.filename.endswith(".warc"):
                at = data.index(b"\r\n\r\nWARC/") + 4  # the second record (the first is the warcinfo)
                data = data[:at] + b"XXXXX" + data[at + 5:]
                name = info.filename
            out.writestr(info, data)
    proc = _cli(tmp_path, "verify-bundle", str(damaged))
    _one_line_naming(proc, f"{name}: damaged WARC data at byte {at}")


def test_import_names_where_a_foreign_warc_stops_being_readable(tmp_path):
    source = tmp_path / "w.warc"
    shutil.copyfile(WGET, source)
    at = 3925  # the response of the second page
    _overwrite(source, at, b"XXXXX")
    proc = _cli(tmp_path, "import", str(source))
    _one_line_naming(proc, f"damaged data at byte {at}")


def test_reading_a_swapped_gzip_file_names_the_offset_in_printable_words(tmp_path):
    path = tmp_path / "a.warc.gz"
    shutil.copyfile(SOURCES["warcio gzip"][0](tmp_path), path)
    _overwrite(path, 0, b"XXXXX")
    with pytest.raises(WarcError) as caught:
        read_record(path, 0)
    message = caught.value.diagnostics()
    assert message.startswith("a.warc.gz@0: not a readable WARC record")
    assert message.isascii() and message.isprintable()
    assert (getattr(caught.value, "name", None), getattr(caught.value, "offset", None)) == ("a.warc.gz", 0)


def test_an_attribute_error_of_our_own_code_is_not_taken_for_damaged_bytes():
    from archiver.capture.warc import reading_warc

    with pytest.raises(AttributeError), reading_warc("a.warc", lambda: 0):
        None.startswith("x")  # type: ignore[attr-defined]  # a bug of ours stays a bug


def _slip_of(package: str) -> Callable[[], object]:
    """A function whose code lies in a file of ``package``, as an installed library's does, that slips
    on what it reads (``AttributeError``)."""
    scope: dict[str, Any] = {}
    exec(compile("def slip():\n    return None.startswith('x')\n",  # noqa: S102 - our own two lines
                 os.path.join(os.sep, "site-packages", package, "main.py"), "exec"), scope)
    return scope["slip"]  # type: ignore[no-any-return]


def test_a_slip_of_cdxj_indexer_is_a_damaged_record_where_the_cdxj_export_reads_with_it():
    from archiver.capture.warc_places import WARCIO, reading_warc

    with pytest.raises(UnreadableRecordError), reading_warc("a.warc", lambda: 0, libraries=(*WARCIO, "cdxj_indexer")):
        _slip_of("cdxj_indexer")()


def test_a_slip_of_cdxj_indexer_stays_an_error_where_only_warcio_reads_as_a_capture_does():
    from archiver.capture.warc_places import reading_warc

    with pytest.raises(AttributeError), reading_warc("a.warc", lambda: 0):
        _slip_of("cdxj_indexer")()


def test_a_slip_of_warcio_is_a_damaged_record_in_every_reading():
    from archiver.capture.warc_places import reading_warc

    with pytest.raises(UnreadableRecordError), reading_warc("a.warc", lambda: 0):
        _slip_of("warcio")()


@pytest.mark.parametrize("command", ["cdxj", "log verify --deep"])
def test_a_line_that_would_pass_for_an_arc_header_is_not_taken_for_a_record(command, tmp_path, imports):
    """warcio reads five words on a line as an ARC record's header: damage that leaves such a
    line where a WARC record starts was taken for a record, and reported further on."""
    s = _imported(imports, tmp_path, "wget uncompressed")
    _overwrite(s["path"], s["offset"], b"a b c d 0\n")  # over "WARC/1.0\r\n"
    proc = _cli(tmp_path, *COMMANDS[command](s))
    _one_line_naming(proc, f"{s['path'].name}@{s['offset']}")


def test_reindex_serves_the_captures_after_a_damaged_record_of_the_same_file(tmp_path, imports):
    """The scan stops at the damaged record; the records the log places after it are read at
    their places, so only the damaged capture is left out."""
    _imported(imports, tmp_path, "wget uncompressed")
    listed = json.loads(_cli(tmp_path, "list", "--json").stdout)
    first = min(listed, key=lambda c: c["url"])  # p1: its response is the file's first page record
    response = next(r for r in json.loads(_cli(tmp_path, "show", first["capture_id"], "--json").stdout)["records"]
                    if r["type"] == "response")
    path = tmp_path / "store" / response["warc"]
    _overwrite(path, response["offset"], b"XXXXX")
    proc = _cli(tmp_path, "reindex", "--json")
    _one_line_naming(proc, f"{response['warc']}@{response['offset']}")
    served = {c["capture_id"] for c in json.loads(_cli(tmp_path, "list", "--json").stdout)}
    assert served == {c["capture_id"] for c in listed} - {first["capture_id"]}
