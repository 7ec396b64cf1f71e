"""``archiver cdxj``: a pywb-compatible CDXJ index of the whole store (written by cdxj-indexer).

The pywb replay test needs pywb, which pins its own dependency versions, so it lives in its own
virtualenv: ``make integration`` builds ``.venv-pywb`` and sets ``ARCHIVER_PYWB`` to its
``wayback`` script; without it the test is skipped (``make test`` stays light).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page, response

from archiver.capture.warc import read_record

PAGE = (b"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>"
        b"<p>The harbour handled 41,000 containers in March, the port authority said.</p></article></body></html>")


@pytest.fixture
def archived(store: Path):
    site = Site()
    site.routes["/news"] = html_page(PAGE)
    site.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/news")])
    site.routes["/notes.txt"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"plain notes")
    try:
        proc = run_cli("archive", site.url("/old"), site.url("/notes.txt"), "--json", store=store)
        assert proc.returncode == 0, proc.stderr
        return {"store": store, "captures": json.loads(proc.stdout), "news": site.url("/news")}
    finally:
        site.close()


def _lines(store: Path) -> list[tuple[str, str, dict]]:
    out = []
    for line in (store / "indexes" / "index.cdxj").read_text().splitlines():
        key, ts, js = line.split(" ", 2)
        out.append((key, ts, json.loads(js)))
    return out


def test_cdxj_indexes_every_response_with_file_offset_length_and_digest(archived):
    proc = run_cli("cdxj", "--json", store=archived["store"])
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["path"].endswith("indexes/index.cdxj") and doc["lines"] == 3  # 301, 200 page, text
    for _key, ts, entry in _lines(archived["store"]):
        rec = read_record(archived["store"] / "warcs" / entry["filename"], int(entry["offset"]))
        assert rec.rec_type == "response" and rec.target_uri == entry["url"]
        assert rec.length == int(entry["length"])
        assert rec.payload_digest == entry["digest"]
        assert rec.date and ts == rec.date[:19].replace("-", "").replace("T", "").replace(":", "")


def test_cdxj_lines_are_sorted_by_surt_key_and_skip_our_metadata_records(archived):
    run_cli("cdxj", store=archived["store"])
    lines = _lines(archived["store"])
    keys = [(k, ts) for k, ts, _ in lines]
    assert keys == sorted(keys)
    assert all(k.startswith("1,0,0,127:") for k, _, _ in lines)  # SURT form of 127.0.0.1
    assert not any(e.get("mime", "").startswith("application/vnd.archiver") for _, _, e in lines)
    assert {e["status"] for _, _, e in lines} == {"301", "200"}


def test_cdxj_readable_output_says_where_it_wrote(archived):
    proc = run_cli("cdxj", store=archived["store"])
    assert proc.returncode == 0 and "index.cdxj: 3 lines from 1 WARC files" in proc.stdout


def test_cdxj_of_an_empty_store_is_an_empty_index(store: Path):
    from archiver.archive import Archive

    with Archive.open(store) as arc:  # a store and its log, no capture yet
        assert arc.log.size == 1
    proc = run_cli("cdxj", "--json", store=store)
    assert proc.returncode == 0 and json.loads(proc.stdout)["lines"] == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not os.environ.get("ARCHIVER_PYWB"), reason="pywb not installed: run `make integration`")
def test_pywb_replays_the_archived_page_from_our_warc_and_cdxj(archived, tmp_path):
    store = archived["store"].resolve()
    assert run_cli("cdxj", store=store).returncode == 0
    (tmp_path / "config.yaml").write_text(
        f"collections:\n  evidence:\n    index_paths: {store}/indexes\n    archive_paths: {store}/warcs/\n")
    port = _free_port()
    server = subprocess.Popen([os.environ["ARCHIVER_PYWB"], "-p", str(port), "-b", "127.0.0.1"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/evidence/2000id_/{archived['news']}"
        body = b""
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=5) as r:
                    body = r.read()
                break
            except OSError:
                time.sleep(0.2)
        assert b"41,000 containers" in body
        assert body == PAGE  # id_: the original bytes, as archived
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_reindex_with_cdxj_writes_the_same_index(archived):
    store = archived["store"]
    assert run_cli("cdxj", store=store).returncode == 0
    expected = (store / "indexes" / "index.cdxj").read_text()
    (store / "indexes" / "index.cdxj").unlink()
    proc = run_cli("reindex", "--cdxj", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["cdxj"]["lines"] == 3 and doc["captures"] == 2
    assert (store / "indexes" / "index.cdxj").read_text() == expected
