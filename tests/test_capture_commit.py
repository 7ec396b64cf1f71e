"""One capture-commit path (archiver.store.commit): the manifest model, the commit order
(WARC fsynced, then the log, then the index) and what a capture costs in fsyncs."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import pytest
from servers import Site, html_page

from archiver.archive import Archive
from archiver.capture.manifest import MANIFEST_TYPE, Manifest
from archiver.capture.warc import RecordSpec, StoredRecord, iter_records
from archiver.errors import MalformedManifestError
from archiver.export.importer import import_file
from archiver.store.index import SqliteIndex
from archiver.store.storage import LocalWarcStorage, WarcFileWriter

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        + b"".join(b"<p>Paragraph %d: the harbour handled 41,000 containers in March, the port "
                   b"authority said.</p>" % i for i in range(4))
        + b"</article></body></html>")
DATA = Path(__file__).parent / "data" / "import"


@pytest.fixture
def site():
    s = Site()
    s.routes["/news"] = html_page(PAGE)
    yield s
    s.close()


def _manifests(store: Path) -> list[bytes]:
    return [r.block for p in sorted((store / "warcs").iterdir()) for r in iter_records(p)
            if isinstance(r, StoredRecord) and (r.header("Content-Type") or "").startswith(MANIFEST_TYPE)]


class _SyncTrace:
    """Which file each fsync was for, and when the index was written, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[str] = []
        real_fsync, real_add = os.fsync, SqliteIndex.add_capture

        def fsync(fd: int) -> None:
            self.events.append(os.readlink(f"/proc/self/fd/{fd}"))
            real_fsync(fd)

        def add_capture(index, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            self.events.append("index")
            return real_add(index, *args, **kwargs)

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(SqliteIndex, "add_capture", add_capture)

    def kinds(self) -> list[str]:
        """The fsyncs in order, without the key folder's (the record of each append, written
        before the log's lines: archiver/provenance/log_appends.py)."""
        key_dir = os.environ.get("ARCHIVER_KEY_DIR") or "\0"
        return ["warc" if "/warcs/" in e else "log" if e.endswith("log.jsonl") else e for e in self.events
                if not e.startswith(key_dir)]


def test_a_native_manifest_parses_and_serialises_back_to_the_bytes_in_the_warc(store, site):
    with Archive.open(store) as arc:
        assert arc.capture(site.url("/news")).ok
    [block] = _manifests(store)
    manifest = Manifest.from_json(block)
    assert manifest.origin == "captured" and manifest.extraction_record_id
    assert manifest.to_json() == block


def test_an_imported_manifest_parses_and_serialises_back_to_the_bytes_in_the_warc(store):
    with Archive.open(store) as arc:
        import_file(arc, DATA / "wayback-revisits.warc.gz")
    blocks = _manifests(store)
    assert blocks and all(Manifest.from_json(b).to_json() == b for b in blocks)
    assert {Manifest.from_json(b).origin for b in blocks} == {"imported"}
    assert any(Manifest.from_json(b).revisit_of for b in blocks)


def test_a_manifest_of_an_unknown_version_is_refused_naming_the_version(store, site):
    with Archive.open(store) as arc:
        arc.capture(site.url("/news"))
    doc = json.loads(_manifests(store)[0])
    doc["v"] = 2
    with pytest.raises(MalformedManifestError, match="version 2 is not one this archiver reads"):
        Manifest.from_json(json.dumps(doc))


@pytest.mark.parametrize("bad", [b"not json", b"[]", b'{"v": 1}', b'{"v": true, "capture_id": "x"}'])
def test_a_malformed_manifest_is_refused_with_a_one_line_error(bad):
    with pytest.raises(MalformedManifestError) as err:
        Manifest.from_json(bad)
    assert "\n" not in err.value.diagnostics()


def test_a_capture_fsyncs_its_warc_records_once_then_the_log_once_then_indexes(store, site, monkeypatch):
    with Archive.open(store) as arc:
        arc.capture(site.url("/news"))  # the first capture also creates the log, key and WARC file
        trace = _SyncTrace(monkeypatch)
        result = arc.capture(site.url("/news"))
    assert result.ok and result.extraction_log_seq == result.log_seq + 1
    # WARC (request, response, extraction, manifest) fsynced once, before the log entries
    # (capture + extraction, one append), and the index only after both; then close/checkpoint.
    assert trace.kinds()[:3] == ["warc", "log", "index"]


def test_an_import_fsyncs_its_own_records_once_before_logging_and_indexing(store, monkeypatch):
    with Archive.open(store) as arc:
        arc.ensure_writable()
        trace = _SyncTrace(monkeypatch)
        result = import_file(arc, DATA / "wget-3-pages.warc")
    assert len(result.captures) == 3
    # the copy of the foreign file, our 3 extractions + 3 manifests + listing (one fsync),
    # one log append (import + 3 extractions), then the index
    assert trace.kinds()[:4] == ["warc", "warc", "log", "index"]
    assert [c["extraction_log_seq"] for c in result.captures] == [result.log_seq + i for i in (1, 2, 3)]


def test_records_written_unsynced_are_fsynced_before_their_file_is_left(tmp_path, monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    writer = WarcFileWriter(LocalWarcStorage(tmp_path), clock_now=lambda: __import__("datetime").datetime.now(),
                            warcinfo=lambda name: RecordSpec("warcinfo", None, "2026-01-01T00:00:00Z",
                                                             "<urn:uuid:00000000-0000-0000-0000-000000000001>",
                                                             b"x: y\r\n", "application/warc-fields", ()))
    writer.write([RecordSpec("resource", "http://example.org/", "2026-01-01T00:00:00Z",
                             "<urn:uuid:00000000-0000-0000-0000-000000000002>", b"body", "text/plain", ())],
                 sync=False)
    before = len(synced)
    writer.close()
    assert len(synced) == before + 1


def test_the_text_index_normalises_a_page_text_once(store, site, monkeypatch):
    import archiver.store.textindex as textindex

    seen: list[str] = []
    real = textindex.index_form
    monkeypatch.setattr(textindex, "index_form", lambda text: (seen.append(text), real(text))[1])
    with Archive.open(store) as arc:
        result = arc.capture(site.url("/news"))
    page_text = result.article["page_text"]
    assert page_text and seen.count(page_text) == 1


def test_the_importer_does_not_import_the_facade_above_it():
    source = (Path(__file__).parents[1] / "archiver" / "export" / "importer.py").read_text(encoding="utf-8")
    imported = {n.module for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import) for a in n.names}
    assert not any(m and (m == "archiver.archive" or m.startswith("archiver.archive.")) for m in imported)


def test_reindex_rebuilds_the_same_rows_the_commit_path_wrote(store, site):
    with Archive.open(store) as arc:
        arc.capture(site.url("/news"))
        import_file(arc, DATA / "wayback-revisits.warc.gz")
        before = {r.capture_id: r for r in arc.list_captures()}
        texts = {cid: arc.index.extraction(cid) for cid in before}
    with Archive.open(store) as arc:
        report = arc.reindex()
        assert report.ok and report.captures == len(before)
        assert {r.capture_id: r for r in arc.list_captures()} == before
        assert {cid: arc.index.extraction(cid) for cid in before} == texts
