"""A file ``import`` refuses says why in one line, and the store is as it was (rvimp70: red team of ``import``).

A WARC of ``metadata`` or ``conversion`` records alone (another tool's notes, a text made from a page) holds no
page to import; until rvimp70 it was refused as a file "no WARC records could be read from", which sent its user
looking for damage that was not there. Now the line names the record types it does hold; a file none of whose
records can be read says what was found where (a ``WARC/2.0`` version line, a record cut short).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from cli import run_cli

from archiver.capture.warc import iter_records


def _record(warc_type: str, block: bytes, *, version: str = "WARC/1.1", content_type: str = "text/plain") -> bytes:
    head = (f"{version}\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:6c1f0e5e-6c58-4b69-9b8e-0d1b1a7e1a01>\r\n"
            f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: https://example.org/pier\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


TEXT = b"The harbour board approved the new pier on Tuesday evening after a long debate."


def _refusal(warc: Path, record: bytes) -> str:
    """The one error line of ``import`` refusing ``warc`` (exit code 2) once it holds ``record``."""
    warc.write_bytes(record)
    proc = run_cli("import", str(warc), store=warc.parent / "store")
    assert proc.exit_code == 2, proc.output
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    return line


def test_a_file_of_metadata_records_alone_is_refused_naming_what_it_holds(tmp_path: Path, key_dir):
    line = _refusal(tmp_path / "notes.warc.gz", _record("metadata", TEXT))
    assert "no response, resource, request or revisit record" in line and "metadata" in line, line


def test_a_file_of_conversion_records_alone_is_refused_naming_what_it_holds(tmp_path: Path, key_dir):
    line = _refusal(tmp_path / "text.warc.gz", _record("conversion", TEXT))
    assert "(only conversion)" in line, line


def test_a_file_of_an_unknown_warc_version_is_refused_saying_what_stands_at_its_start(tmp_path: Path, key_dir):
    warc = tmp_path / "future.warc.gz"
    line = _refusal(warc, _record("resource", TEXT, version="WARC/2.0", content_type="text/html"))
    assert not [r for r in iter_records(warc) if not hasattr(r, "reason")]  # (no record of it is read)
    assert "no WARC records could be read" in line and "byte 0" in line and "WARC/2.0" in line, line


def test_a_refused_file_leaves_the_store_as_it_was(tmp_path: Path, key_dir):
    store, good, notes = tmp_path / "store", tmp_path / "page.warc.gz", tmp_path / "notes.warc.gz"
    good.write_bytes(_record("resource", b"<html><body><p>" + TEXT + b"</p></body></html>", content_type="text/html"))
    notes.write_bytes(_record("metadata", TEXT))
    assert run_cli("import", str(good), store=store).exit_code == 0
    before = sorted((p.relative_to(store), p.read_bytes()) for p in store.rglob("*") if p.is_file())
    assert run_cli("import", str(notes), store=store).exit_code == 2
    assert sorted((p.relative_to(store), p.read_bytes()) for p in store.rglob("*") if p.is_file()) == before
