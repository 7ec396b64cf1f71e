"""Resource limits (issue 11 §3, §1 decoding): hostile bytes cost at most the named limits.

Bombs are built at test time, small on disk; the limits are made small through the
``ARCHIVER_LIMIT_<NAME>`` environment variables so every test stays fast.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import run_cli
from servers import response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.archive import Archive
from archiver.capture.warc import decode_content, iter_records
from archiver.core import limits
from archiver.errors import LimitExceededError
from archiver.extract.html import decode_html
from archiver.extract.runner import run_bounded
from archiver.quotes import verify_quote

MiB = 1024 * 1024
ARTICLE = b"".join(b"<p>Paragraph %d: the council said the bridge would open in May, as planned, "
                   b"and that the budget had not grown since the spring.</p>" % i for i in range(8))
PAGE = b"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>" + ARTICLE + b"</article></body></html>"


def _capture(store: Path, url: str):
    with Archive.open(store) as arc:
        return arc.capture(url)


def _reindex_ok(store: Path) -> None:
    with Archive.open(store) as arc:
        report = arc.reindex()
    assert report.ok, report.to_dict()


def _bomb_html(size: int) -> bytes:
    return b"<html><body><p>" + b" " * size + b"</p></body></html>"


# --------------------------------------------------------------------------- A. inflate caps


def _deflate(data: bytes) -> bytes:
    return zlib.compress(data, 1)


@pytest.mark.parametrize("coding,encode", [
    ("gzip", lambda b: gzip.compress(b, 1, mtime=0)),
    ("deflate", _deflate),
    ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b, 1, mtime=0), 9, mtime=0)),
])
def test_a_body_that_inflates_past_the_limit_is_archived_with_an_extraction_error(
        store, site, monkeypatch, coding, encode):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", str(MiB))
    body = encode(_bomb_html(8 * MiB))
    site.routes["/bomb"] = lambda h: response("200 OK", [("Content-Type", "text/html"),
                                                         ("Content-Encoding", coding)], body)
    result = _capture(store, site.url("/bomb"))
    assert result.capture_id and result.payload_digest  # the capture (its bytes) is kept
    assert result.article is None
    assert "inflates past 1 MiB" in result.extraction_error
    _reindex_ok(store)


def test_an_extraction_error_is_logged_and_survives_reindex(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", str(MiB))
    body = gzip.compress(_bomb_html(8 * MiB), 1)
    site.routes["/bomb"] = lambda h: response("200 OK", [("Content-Type", "text/html"),
                                                         ("Content-Encoding", "gzip")], body)
    result = _capture(store, site.url("/bomb"))
    _reindex_ok(store)
    with Archive.open(store) as arc:
        [entry] = list(arc.log.entries("capture"))
        shown = arc.show(result.capture_id)
    assert "inflates past 1 MiB" in entry.data["extraction_error"]
    assert shown["extraction_error"] == result.extraction_error


def test_decode_content_never_produces_more_than_the_limit():
    bomb = gzip.compress(b"\0" * (4 * MiB), 1)
    with pytest.raises(LimitExceededError, match="inflates past"):
        decode_content([("Content-Encoding", "gzip")], bomb, limit=MiB)
    assert len(decode_content([("Content-Encoding", "gzip")], bomb, limit=4 * MiB)) == 4 * MiB


# --------------------------------------------------------------------------- B. charsets


def test_a_page_served_as_utf7_is_read_as_a_browser_shows_it(store, site):
    page = PAGE.replace(b"had not grown", b"had +AG4AbwB0- grown")
    site.routes["/utf7"] = lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-7")], page)
    result = _capture(store, site.url("/utf7"))
    text = result.article["text"]
    assert "had +AG4AbwB0- grown" in text
    assert result.article["encoding"]["note"].startswith("charset 'utf-7' (HTTP Content-Type) is not")
    assert verify_quote("the budget had not grown since the spring", text).verdict != "exact"


@pytest.mark.parametrize("label,expected", [
    ("latin1", "windows-1252"), ("sjis", "Shift_JIS"), ("gb2312", "GBK"), ("ks_c_5601-1987", "EUC-KR"),
])
def test_whatwg_labels_decode_as_the_browser_encoding(label, expected):
    decoded = decode_html(b"<p>abc</p>", f"text/html; charset={label}")
    assert (decoded.whatwg, decoded.encoding_source) == (expected, "http")


def test_a_meta_utf16_declaration_in_ascii_bytes_means_utf8():
    decoded = decode_html("<meta charset='utf-16'><p>Zürich</p>".encode())
    assert decoded.whatwg == "UTF-8" and "Zürich" in decoded.text


# --------------------------------------------------------------------------- C. extraction budget


def test_the_worker_is_stopped_at_the_time_limit():
    start = time.monotonic()
    with pytest.raises(LimitExceededError, match="longer than 1 s"):
        run_bounded(time.sleep, 60, seconds=1)
    assert time.monotonic() - start < 30


def test_the_worker_is_stopped_at_the_memory_limit():
    with pytest.raises(LimitExceededError, match="memory"):
        run_bounded(lambda: len(bytearray(2048 * MiB)), memory_bytes=64 * MiB)


def test_the_worker_dies_with_its_parent(tmp_path):
    pid_file = tmp_path / "child.pid"
    script = (
        "import os, time, sys\n"
        "from archiver.extract.runner import run_bounded\n"
        f"def f():\n    open({str(pid_file)!r}, 'w').write(str(os.getpid())); time.sleep(120)\n"
        "run_bounded(f, seconds=120)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], env={**os.environ})
    try:
        for _ in range(300):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.05)
        child = int(pid_file.read_text())
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    for _ in range(200):
        if not _alive(child):
            break
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def _pdf(pages: int, *, words: bool = False) -> bytes:
    """A PDF of ``pages`` pages; with ``words`` every page shows one shared, wordy content
    stream (small on disk, ~15 ms of text extraction per page)."""
    from pypdf import PdfWriter  # here, not at the top: every xdist worker imports each test module
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                                                NameObject("/Subtype"): NameObject("/Type1"),
                                                NameObject("/BaseFont"): NameObject("/Helvetica")}))
    resources = writer._add_object(DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}))
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 10 10 Td " + b"(page words here) Tj 0 -1 Td " * 300 + b"ET")
    contents = writer._add_object(stream)
    for _ in range(pages):
        page = writer.add_blank_page(width=72, height=72)
        if words:
            page[NameObject("/Contents")] = contents
            page[NameObject("/Resources")] = resources
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_many_page_pdf_past_the_time_limit_is_an_extraction_error_and_reindex_works(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_EXTRACT_SECONDS", "1")
    monkeypatch.setenv("ARCHIVER_LIMIT_PDF_MAX_PAGES", "1000000")
    pdf = _pdf(1000, words=True)  # ~10-15 s of extraction unbounded, ten times the limit or more
    site.routes["/long.pdf"] = lambda h: response("200 OK", [("Content-Type", "application/pdf")], pdf)
    start = time.monotonic()
    result = _capture(store, site.url("/long.pdf"))
    assert time.monotonic() - start < 60
    assert result.capture_id and "extraction time limit" in result.extraction_error
    _reindex_ok(store)


def test_a_long_pdf_is_extracted_up_to_the_page_limit_and_says_so(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_PDF_MAX_PAGES", "5")
    pdf = _pdf(50)
    site.routes["/doc.pdf"] = lambda h: response("200 OK", [("Content-Type", "application/pdf")], pdf)
    result = _capture(store, site.url("/doc.pdf"))
    assert result.article["notes"] == ["only the first 5 of 50 pages were extracted (the PDF page limit)"]


def test_a_huge_html_past_the_memory_limit_is_an_extraction_error_and_reindex_works(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_EXTRACT_MEMORY_BYTES", str(16 * MiB))
    table = b"<html><body><table>" + b"<tr><td>cell</td><td>x</td></tr>" * 120_000 + b"</table></body></html>"
    site.routes["/table"] = lambda h: response("200 OK", [("Content-Type", "text/html")], table)
    result = _capture(store, site.url("/table"))
    assert result.capture_id and "memory" in result.extraction_error
    _reindex_ok(store)


def test_a_huge_text_is_indexed_in_part_and_search_says_so(store, site, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_INDEX_MAX_CHARS", "20000")
    # ~80,000 characters of text, four times the limit, the sentence searched for at the end
    paras = b"".join(b"<p>Section %d of the long report lists the spending of district %d in detail.</p>"
                     % (i, i) for i in range(1000)) + b"<p>Finally the auditors praised the quarry workers of Zelmoor.</p>"
    page = b"<html><head><title>Report</title></head><body><article>" + paras + b"</article></body></html>"
    site.routes["/long"] = lambda h: response("200 OK", [("Content-Type", "text/html")], page)
    result = _capture(store, site.url("/long"))
    assert "quarry workers of Zelmoor" in result.article["text"]
    _reindex_ok(store)
    env = {"ARCHIVER_LIMIT_INDEX_MAX_CHARS": "20000"}
    proc = run_cli("verify-quote", "Finally the auditors praised the quarry workers of Zelmoor",
                   "--json", store=store, env=env)
    assert "only their beginning was indexed" in proc.stdout, proc.stdout + proc.stderr
    proc = run_cli("verify-quote", "Finally the auditors praised the quarry workers of Zelmoor",
                   "--capture", result.capture_id, "--json", store=store, env=env)
    assert proc.returncode == 0 and json.loads(proc.stdout)["verdict"] == "exact"


# --------------------------------------------------------------------------- D. import / verify


def _warc_with(path: Path, body: bytes, headers: list[tuple[str, str]]) -> Path:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", headers + [("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/page", "response", payload=io.BytesIO(body),
                                            http_headers=http))
    return path


def test_an_imported_gzip_bomb_is_kept_with_an_extraction_error(store, tmp_path):
    bomb = gzip.compress(_bomb_html(8 * MiB), 9)
    warc = _warc_with(tmp_path / "bomb.warc.gz", bomb, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
    proc = run_cli("import", str(warc), "--json", store=store, env={"ARCHIVER_LIMIT_MAX_INFLATED_BYTES": str(MiB)})
    assert proc.returncode == 0, proc.stderr
    [capture] = json.loads(proc.stdout)["captures"]
    assert "inflates past 1 MiB" in capture["extraction_error"]
    assert run_cli("reindex", store=store).returncode == 0


def test_a_record_over_the_record_limit_is_streamed_with_the_same_digests(tmp_path, monkeypatch):
    warc = _warc_with(tmp_path / "big.warc.gz", PAGE + b" " * (3 * MiB), [("Content-Type", "text/html")])
    [whole] = list(iter_records(warc))
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_RECORD_BYTES", str(MiB))
    [streamed] = list(iter_records(warc))
    assert streamed.oversize and not whole.oversize
    assert len(streamed.block) <= 64 * 1024 and streamed.block_size == len(whole.block)
    assert (streamed.block_digest, streamed.payload_digest) == (whole.block_digest, whole.payload_digest)
    assert streamed.digests_ok


def test_an_imported_record_over_the_record_limit_is_kept_not_extracted_and_reindex_works(store, tmp_path):
    warc = _warc_with(tmp_path / "big.warc.gz", PAGE + b" " * (3 * MiB), [("Content-Type", "text/html")])
    env = {"ARCHIVER_LIMIT_MAX_RECORD_BYTES": str(MiB)}
    proc = run_cli("import", str(warc), "--json", store=store, env=env)
    assert proc.returncode == 0, proc.stderr
    [capture] = json.loads(proc.stdout)["captures"]
    assert "record limit" in capture["extraction_error"]
    proc = run_cli("reindex", store=store, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A WACZ-named zip whose one member inflates to 64 MiB, made once (deflating it costs about
    0.2 CPU-s) for the tests that hand it to a command, which only reads it."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.wacz"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("datapackage.json", "{}")
        z.writestr("archive/data.warc", b"\0" * (64 * MiB))
    return path


def test_a_zip_bomb_is_refused_by_import_with_nothing_copied(store, zip_bomb):
    bomb = zip_bomb
    assert bomb.stat().st_size < MiB
    proc = run_cli("import", str(bomb), store=store)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "zip bomb" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not [p for p in (store / "warcs").glob("imported-*")] if (store / "warcs").exists() else True


def test_a_zip_bomb_is_refused_by_verify_bundle(zip_bomb):
    proc = run_cli("verify-bundle", str(zip_bomb))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "zip bomb" in proc.stderr


def test_a_zip_member_over_the_member_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_ZIP_MAX_MEMBER_BYTES", "1000")
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("archive/a.warc", os.urandom(2000))
    with zipfile.ZipFile(path) as z, pytest.raises(limits.ZipLimitError, match="over the limit"):
        limits.check_zip(z)


def test_a_malformed_limit_override_is_bad_input(monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_MAX_INFLATED_BYTES", "lots")
    with pytest.raises(limits.UsageError, match="ARCHIVER_LIMIT_MAX_INFLATED_BYTES"):
        limits.current()


def test_an_import_that_fails_after_copying_leaves_nothing_in_the_store(store, tmp_path, monkeypatch):
    from archiver.export import importer

    warc = _warc_with(tmp_path / "page.warc.gz", PAGE, [("Content-Type", "text/html")])

    def exhausted(path):
        raise MemoryError

    monkeypatch.setattr(importer, "iter_records", exhausted)
    with Archive.open(store) as arc, pytest.raises(MemoryError):
        importer.import_file(arc, warc)
    assert not list((store / "warcs").glob("imported-*"))


class _FailsAgainWhenDescribed(Exception):
    """An error that runs out of memory when the child tries to put it into words."""

    def __str__(self) -> str:
        raise MemoryError


def _raise_undescribable() -> None:
    raise _FailsAgainWhenDescribed


def test_running_out_of_memory_while_reporting_another_error_is_reported_as_memory():
    # Under a tight budget the child may fail again while handling the first error; that used
    # to come back as "ended without a result (exit 1)", depending on the machine's load.
    with pytest.raises(LimitExceededError, match="memory"):
        run_bounded(_raise_undescribable, seconds=30)
