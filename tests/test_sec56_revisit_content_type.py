"""A revisit's HTTP head is its own response's, field by field (task sec56).

WARC 1.1 (6.7.2, 6.7.3): a revisit record's block holds the later response's HTTP head (abbreviated
for identical-payload-digest, a 304's for server-not-modified); its payload is the earlier record's.
A browser given that response updates the stored one's fields with those it carries and keeps the
others (RFC 9111, 3.2 and 4.3.4). So a revisit whose head declares no type but says
``X-Content-Type-Options: nosniff`` is read as text/plain when the earlier response declared no type
either; before, its head counted only when it declared a type, and the page was sniffed as HTML.

Foreign WARC files are written with warcio: a response, then its revisit with a head of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli import run_cli

SENTENCE = "The ferry to the island runs twice a day in winter."
PAGE = f"<html><body><article><p>{SENTENCE}</p></article></body></html>".encode()
URI = "http://ferry.example/timetable"


def _warc(path: Path, first: list[tuple[str, str]], revisit: list[tuple[str, str]]) -> Path:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [*first, ("Content-Length", str(len(PAGE)))], protocol="HTTP/1.1")
        record = w.create_warc_record(URI, "response", payload=io.BytesIO(PAGE), http_headers=http)
        w.write_record(record)
        again = w.create_revisit_record(URI, record.rec_headers["WARC-Payload-Digest"], URI,
                                        record.rec_headers["WARC-Date"],
                                        http_headers=StatusAndHeaders("200 OK", revisit, protocol="HTTP/1.1"))
        again.rec_headers.replace_header("WARC-Date", "2030-01-01T00:00:00Z")
        again.rec_headers.add_header("WARC-Refers-To", record.rec_headers["WARC-Record-ID"])
        w.write_record(again)
    return path


def _revisit_shown(tmp_path: Path, first: list[tuple[str, str]], revisit: list[tuple[str, str]]) -> dict:
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    proc = run_cli("import", str(_warc(tmp_path / "f.warc.gz", first, revisit)), "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    [cid] = [c["capture_id"] for c in json.loads(proc.stdout)["captures"] if c.get("revisit_of")]
    return json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)


def test_a_revisits_own_nosniff_without_a_type_reads_an_untyped_page_as_plain_text(tmp_path):
    shown = _revisit_shown(tmp_path, [], [("X-Content-Type-Options", "nosniff")])
    assert shown["content_type"] is None and shown["article"]["text"] == PAGE.decode()


def test_a_revisit_without_a_type_keeps_the_earlier_responses_type(tmp_path):
    shown = _revisit_shown(tmp_path, [("Content-Type", "text/html")], [("X-Content-Type-Options", "nosniff")])
    assert shown["content_type"] == "text/html" and shown["article"]["text"] == SENTENCE


def test_the_earlier_responses_nosniff_holds_where_the_revisits_head_leaves_it_out(tmp_path):
    shown = _revisit_shown(tmp_path, [("X-Content-Type-Options", "nosniff")], [("Date", "Tue, 01 Jan 2030 00:00:00 GMT")])
    assert shown["content_type"] is None and shown["article"]["text"] == PAGE.decode()


def test_a_revisits_own_type_replaces_the_earlier_one(tmp_path):
    shown = _revisit_shown(tmp_path, [("Content-Type", "text/html")], [("Content-Type", "text/plain")])
    assert shown["content_type"] == "text/plain" and shown["article"]["text"] == PAGE.decode()


def test_every_reader_of_a_revisit_gives_the_type_the_import_recorded(tmp_path):
    """show, reindex, re-extraction (log verify --deep) and a bundle's check read the revisit's head
    as the import did: before, show gave the revisit's own type (none) beside the import's, and the
    re-extractions took the earlier record's head alone."""
    store, env = tmp_path / "store", {"ARCHIVER_KEY_DIR": str(tmp_path / "keys")}
    warc = _warc(tmp_path / "f.warc.gz", [("Content-Type", "text/html")],
                 [("Content-Type", "text/plain"), ("X-Content-Type-Options", "nosniff")])
    imported = json.loads(run_cli("import", str(warc), "--json", store=store, env=env).stdout)
    [cid] = [c["capture_id"] for c in imported["captures"] if c.get("revisit_of")]
    shown = json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)
    assert shown["content_type"] == "text/plain" and shown["article"]["text"] == PAGE.decode()
    deep = run_cli("log", "verify", "--deep", store=store, env=env)
    assert deep.returncode == 0, deep.stdout + deep.stderr
    assert run_cli("reindex", store=store, env=env).returncode == 0
    again = json.loads(run_cli("show", cid, "--json", store=store, env=env).stdout)
    assert again["content_type"] == "text/plain" and again["article"]["text"] == PAGE.decode()
    bundle = tmp_path / "b.wacz"
    assert run_cli("export", cid, "-o", str(bundle), store=store, env=env).returncode == 0
    checked = run_cli("verify-bundle", str(bundle), "--json", env=env)
    doc = json.loads(checked.stdout)
    assert doc["problems"] == [] and not [w for w in doc["warnings"] if "re-extract" in w["message"]], doc
