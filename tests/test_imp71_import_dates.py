"""What an imported file says of when its pages were captured is held to WARC 1.1's rules (imp71).

- A page record with no ``WARC-Date`` that reads as a time (the field is mandatory) is made no capture: a capture
  with no date cannot be cited. Until imp71 it was dated at the import (rvimp70 said so in a warning, exit 0) and
  ``cite`` gave the import's time as the moment it was captured. Now it is a problem (exit 1), its record is kept in
  the store, and the file's other pages are imported.
- A revisit dated before the record it refers to (by ``WARC-Refers-To``, or its ``WARC-Refers-To-Date``) says the
  server sent bytes before they existed: a problem, no capture; until imp71 it was a capture dated before its bytes.
- A ``WARC-Refers-To-Date`` with no zone is UTC, as every WARC date is, in whatever zone the import runs.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from cli import run_cli
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PIER, FERRY = "https://example.org/pier", "https://example.org/ferry"
WORDS = {PIER: "The harbour board approved the new pier on Tuesday evening after a long debate.",
         FERRY: "The ferry will keep running through the winter, the council decided on Monday."}


def _page(url: str) -> bytes:
    return f"<html><head><title>T</title></head><body><article><p>{WORDS[url]}</p></article></body></html>".encode()


def _http(url: str) -> StatusAndHeaders:
    return StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(_page(url))))],
                            protocol="HTTP/1.1")


def _response(w: WARCWriter, url: str, date: str | None) -> object:
    """A response record of ``url``'s page dated ``date`` (None: no WARC-Date at all), written."""
    rec = w.create_warc_record(url, "response", payload=io.BytesIO(_page(url)), http_headers=_http(url))
    if date is None:
        rec.rec_headers.remove_header("WARC-Date")
    else:
        rec.rec_headers.replace_header("WARC-Date", date)
    w.write_record(rec)
    return rec


def _import(tmp_path: Path, write) -> tuple[int, dict]:
    path = tmp_path / "other.warc.gz"
    with open(path, "wb") as f:
        write(WARCWriter(f, gzip=True))
    proc = run_cli("import", str(path), "--json", store=tmp_path / "store")
    return proc.exit_code, json.loads(proc.stdout)


def _listed(tmp_path: Path) -> list[str]:
    return [c["url"] for c in json.loads(run_cli("list", "--json", store=tmp_path / "store").stdout)]


@pytest.mark.parametrize("date", [None, "yesterday", "0001-01-01T00:00:00+05:00"])
def test_a_page_with_no_readable_warc_date_is_no_capture_and_a_problem(tmp_path, key_dir, date):
    def write(w):
        _response(w, PIER, date)
        _response(w, FERRY, "2024-05-01T10:00:00Z")
    code, doc = _import(tmp_path, write)
    [said] = [p for p in doc["problems"] if PIER in p]
    assert (code, "no WARC-Date" in said, "no capture" in said) == (1, True, True), doc
    assert _listed(tmp_path) == [FERRY]


def test_the_record_of_an_undated_page_is_kept_in_the_store(tmp_path, key_dir):
    _import(tmp_path, lambda w: (_response(w, PIER, None), _response(w, FERRY, "2024-05-01T10:00:00Z")))
    [entry] = json.loads(run_cli("log", "show", "--type", "import", "--json", store=tmp_path / "store").stdout)
    copied = tmp_path / "store" / entry["data"]["warcs"][0]["name"]
    assert (tmp_path / "other.warc.gz").read_bytes() == copied.read_bytes()


def test_an_undated_page_is_never_cited_with_the_imports_time(tmp_path, key_dir):
    _import(tmp_path, lambda w: (_response(w, PIER, None), _response(w, FERRY, "2024-05-01T10:00:00Z")))
    cited = run_cli("cite", "--all", store=tmp_path / "store").stdout
    assert PIER not in cited and "1 May 2024" in cited


def _revisit(w: WARCWriter, first, date: str, *, by_id: bool, refers_date: str | None = None) -> None:
    again = w.create_revisit_record(PIER, first.rec_headers["WARC-Payload-Digest"], PIER,
                                    refers_date or first.rec_headers["WARC-Date"], http_headers=_http(PIER))
    again.rec_headers.replace_header("WARC-Date", date)
    if by_id:
        again.rec_headers.add_header("WARC-Refers-To", first.rec_headers["WARC-Record-ID"])
    w.write_record(again)


@pytest.mark.parametrize("by_id", [True, False], ids=["refers-to", "refers-to-date"])
def test_a_revisit_dated_before_the_record_it_refers_to_is_a_problem(tmp_path, key_dir, by_id):
    def write(w):
        _revisit(w, _response(w, PIER, "2024-05-02T10:00:00Z"), "2024-05-01T10:00:00Z", by_id=by_id)
    code, doc = _import(tmp_path, write)
    [said] = [p for p in doc["problems"] if "revisit" in p]
    assert (code, "before" in said, [c["revisit_of"] for c in doc["captures"]]) == (1, True, [None]), doc


@pytest.mark.parametrize("by_id", [True, False], ids=["refers-to", "refers-to-date"])
def test_a_revisit_dated_after_the_record_it_refers_to_is_a_capture(tmp_path, key_dir, by_id):
    def write(w):
        _revisit(w, _response(w, PIER, "2024-05-01T10:00:00Z"), "2024-05-02T10:00:00Z", by_id=by_id)
    code, doc = _import(tmp_path, write)
    assert (code, doc["problems"], len([c for c in doc["captures"] if c["revisit_of"]])) == (0, [], 1), doc


@pytest.fixture
def tokyo(monkeypatch):
    """This process in a zone nine hours from UTC, for the test (restored after)."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_refers_to_date_with_no_zone_is_read_as_utc_in_any_zone(tmp_path, key_dir, tokyo):
    def write(w):
        _revisit(w, _response(w, PIER, "2024-05-01T10:00:00Z"), "2024-05-02T10:00:00Z", by_id=False,
                 refers_date="2024-05-01T10:00:00")
    code, doc = _import(tmp_path, write)
    assert (code, len([c for c in doc["captures"] if c["revisit_of"]])) == (0, 1), doc
