"""A hostile server at the edges of cap57 (review rvcap58): bytes before a status line, chunk runs.

cap57 skipped up to 4 bytes before a status line as Chromium's ``LocateStartOfStatusLine`` does
(``http``, in any case, at offsets 0 to 4 of what has been read for a head; 5 or more is HTTP/0.9,
refused on a port other than 80/443), in a 1xx head and in the final one, and read chunk framing
in bulk runs. Each case here says what must happen, written before cap57's code was read: the page
a browser shows is captured with every byte received (the skipped ones apart, in the interim-heads
record; the response record from its status line), what it refuses is refused with no record,
however the server's writes fall into the capture's reads; warcio and cdxj-indexer (pywb's indexer)
read the response record at its status line, ``log verify --deep`` is green, and words a browser
does not show (skipped bytes, a 1xx head, a chunk extension, a trailer) never verify as a quote.
Each server is a raw socket on 127.0.0.1 (tests/servers.py ``Hostile``).
"""

from __future__ import annotations

import io
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from captures import capture_from, capture_one, stored_records
from cli import run_cli
from servers import Hostile
from warcio.archiveiterator import ArchiveIterator

from archiver.capture.chunked import dechunk
from archiver.capture.manifest import MANIFEST_TYPE, Manifest
from archiver.capture.records import INTERIM_TYPE, CaptureResult
from archiver.core.canonical import canonical_json

SENTENCE = b"The council approved the harbour budget on Tuesday evening."
PAGE = b"<html><head><title>Harbour</title></head><body><article><p>" + SENTENCE + b"</p></article></body></html>"
HIDDEN = b"the mayor resigned in disgrace"  # words a browser never shows, sent where it does not show them


def _fixed(page: bytes = PAGE, status_line: bytes = b"HTTP/1.1 200 OK") -> bytes:
    return (status_line + b"\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(page) + page)


RESPONSE = _fixed()
HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"


def _in_writes(*pieces: bytes, pause: float = 0.03) -> Iterator[bytes]:
    """Each piece its own write, a pause after each, so that each is its own read of the capture."""
    for piece in pieces:
        yield piece
        time.sleep(pause)


def _one_byte_chunks(body: bytes, eols: tuple[bytes, ...] = (b"\r\n",)) -> bytes:
    """``body`` as one-byte chunks, line ends taken in turn from ``eols`` (no last chunk)."""
    return b"".join(b"1" + eols[i % len(eols)] + body[i:i + 1] + eols[(i + 1) % len(eols)]
                    for i in range(len(body)))


def _kept_apart(store: Path) -> list[bytes]:
    return [r.block for r in stored_records(store, "metadata") if r.header("Content-Type") == INTERIM_TYPE]


def _responses(store: Path) -> list[bytes]:
    return [r.block for r in stored_records(store, "response")]


def _assert_page(store: Path, result: CaptureResult, response: bytes, before: list[bytes]) -> None:
    """Captured as a browser shows it: the response record from its status line, the bytes before it apart."""
    assert result.ok, result.error
    assert result.status == 200
    assert _responses(store)[-1] == response
    assert _kept_apart(store) == before
    assert SENTENCE.decode() in str((result.article or {}).get("text"))


def _assert_refused_no_status_line(store: Path, result: CaptureResult) -> None:
    assert not result.ok and "no HTTP status line" in str(result.error), (result.error_kind, result.error)
    assert "\n" not in str(result.error)
    assert stored_records(store, "response") == [] and _kept_apart(store) == []


# -- 4 vs 5 bytes before a status line, in a 1xx head and in the final head -------------------------

def test_4_bytes_before_a_1xx_head_are_kept_with_it_and_the_page_captured(store, serve_raw):
    result = capture_one(store, serve_raw(b"junk" + HINT + RESPONSE))
    _assert_page(store, result, RESPONSE, [b"junk" + HINT])


def test_5_bytes_before_a_1xx_head_are_refused_as_chromium_refuses_them(store, serve_raw):
    _assert_refused_no_status_line(store, capture_one(store, serve_raw(b"junk5" + HINT + RESPONSE)))


def test_4_bytes_between_a_1xx_head_and_the_final_head_are_kept_with_the_1xx_head(store, serve_raw):
    result = capture_one(store, serve_raw(HINT + b"\r\n\r\n" + RESPONSE))
    _assert_page(store, result, RESPONSE, [HINT + b"\r\n\r\n"])


def test_5_bytes_between_a_1xx_head_and_the_final_head_are_refused(store, serve_raw):
    _assert_refused_no_status_line(store, capture_one(store, serve_raw(HINT + b"junk5" + RESPONSE)))


def test_4_bytes_before_each_of_two_1xx_heads_and_the_final_head_are_all_kept(store, serve_raw):
    before = b"\n" + HINT + b"\r\n\r\n" + HINT + b"abcd"
    result = capture_one(store, serve_raw(before + RESPONSE))
    _assert_page(store, result, RESPONSE, [before])


# -- the skipped bytes split across the capture's reads ---------------------------------------------

@pytest.mark.parametrize("pieces", [
    (b"\r", b"\n", b"HT", RESPONSE[2:]),
    (b"ju", b"nk", b"H", RESPONSE[1:]),
    (b"\xef", b"\xbb\xbf", RESPONSE),
    (b"junkHTTP", RESPONSE[4:]),
], ids=["crlf", "junk", "bom", "junk-and-http"])
def test_up_to_4_bytes_before_a_status_line_split_across_reads_are_kept_as_in_one_write(store, pieces):
    result = capture_from(store, lambda: _in_writes(*pieces))
    raw = b"".join(pieces)
    _assert_page(store, result, RESPONSE, [raw[:raw.index(b"HTTP")]])


@pytest.mark.parametrize("pieces", [
    (b"jun", b"k5", RESPONSE), (b"junk5", RESPONSE), (b"junk5HTT", RESPONSE[3:]), (b"\r\n\r\n\r", RESPONSE),
])
def test_5_bytes_before_a_status_line_split_across_reads_are_refused(store, pieces):
    _assert_refused_no_status_line(store, capture_from(store, lambda: _in_writes(*pieces)))


def test_bytes_before_the_final_head_in_a_read_of_their_own_after_a_1xx_head_are_kept(store):
    result = capture_from(store, lambda: _in_writes(HINT, b"\r", b"\n", RESPONSE))
    _assert_page(store, result, RESPONSE, [HINT + b"\r\n"])


# -- a BOM, then a protocol name in lower case ------------------------------------------------------

def test_a_bom_then_a_lower_case_status_line_is_captured_from_its_status_line(store, serve_raw):
    response = _fixed(status_line=b"http/1.1 200 OK")
    result = capture_one(store, serve_raw(b"\xef\xbb\xbf" + response))
    _assert_page(store, result, response, [b"\xef\xbb\xbf"])


def test_warcio_and_cdxj_indexer_read_a_lower_case_status_line_after_a_bom_at_its_status(store, serve_raw):
    from cdxj_indexer.main import CDXJIndexer

    url = serve_raw(b"\xef\xbb\xbf" + _fixed(status_line=b"http/1.1 200 OK"))
    assert capture_one(store, url).ok
    paths = sorted((store / "warcs").glob("*.warc*"))
    statuses = []
    for path in paths:
        with open(path, "rb") as fh:
            statuses += [r.http_headers.get_statuscode() for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert statuses == ["200"]
    out = io.StringIO()
    CDXJIndexer(out, [str(p) for p in paths], sort=True).process_all()
    pages = [json.loads(line.split(" ", 2)[2]) for line in out.getvalue().splitlines() if '"url"' in line]
    assert [(d["url"], d.get("status")) for d in pages if d["url"] == url] == [(url, "200")]


# -- bytes before a status line after a redirect ----------------------------------------------------

def _redirect_then(first_before: bytes, final: bytes) -> Iterator[bytes]:
    """A Hostile script: the first connection a 302 to /next (after ``first_before``), every later one ``final``."""
    count = itertools.count()

    def script() -> Iterator[bytes]:
        if next(count) == 0:
            yield first_before + b"HTTP/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        else:
            yield final
    return script  # type: ignore[return-value]


@pytest.mark.parametrize(("first_before", "final_before"), [(b"", b"\r\n"), (b"\r\n", b""), (b"abcd", b"\xef\xbb\xbf")])
def test_bytes_before_a_status_line_on_either_side_of_a_redirect_are_kept_with_their_hop(
        store, first_before, final_before):
    result = capture_from(store, _redirect_then(first_before, final_before + RESPONSE))  # type: ignore[arg-type]
    assert result.ok, result.error
    assert result.status == 200 and str(result.final_url).endswith("/next") and len(result.hops) == 2
    assert _responses(store)[-1] == RESPONSE and _responses(store)[0].startswith(b"HTTP/1.1 302 Found\r\n")
    assert _kept_apart(store) == [b for b in (first_before, final_before) if b]


def test_5_bytes_before_the_status_line_after_a_redirect_refuse_the_capture(store):
    result = capture_from(store, _redirect_then(b"", b"junk5" + RESPONSE))  # type: ignore[arg-type]
    _assert_refused_no_status_line(store, result)


# -- chunk runs ---------------------------------------------------------------------------------------

def _chunked(store: Path, body: bytes, **options: object) -> tuple[CaptureResult, bytes]:
    raw = CHUNKED_HEAD + body
    server = Hostile(lambda: iter([raw]))
    try:
        return capture_one(store, server.url("/"), **options), raw
    finally:
        server.close()


def _assert_chunked_page(store: Path, result: CaptureResult, raw: bytes) -> None:
    assert result.ok, (result.error_kind, result.error)
    assert _responses(store) == [raw]
    assert SENTENCE.decode() in str((result.article or {}).get("text"))


def test_a_run_of_chunks_with_extensions_between_plain_ones_is_captured_and_the_extensions_unread(store):
    ext = b";" + HIDDEN.replace(b" ", b"-") + b"=1"
    body = b"".join(b"1" + (ext if i % 7 == 3 else b"") + b"\r\n" + PAGE[i:i + 1] + b"\r\n" for i in range(len(PAGE)))
    result, raw = _chunked(store, body + b"0\r\n\r\n")
    _assert_chunked_page(store, result, raw)
    assert HIDDEN.replace(b" ", b"-").decode() not in str((result.article or {}).get("text"))


def test_bare_lf_and_crlf_mixed_in_one_run_of_chunks_are_captured(store):
    body = _one_byte_chunks(PAGE, (b"\r\n", b"\n", b"\n", b"\r\n", b"\r\n")) + b"0\n\r\n"
    result, raw = _chunked(store, body)
    _assert_chunked_page(store, result, raw)


@pytest.mark.parametrize("size", [b"00" + b"%x" % len(PAGE), b"%017x" % len(PAGE), b"%040x" % len(PAGE),
                                  b"%x" % len(PAGE) + b"  ", b"%x" % len(PAGE) + b" ;a=b"],
                         ids=["leading zeros", "17 hex digits", "40 hex digits", "trailing spaces",
                              "spaces before an extension"])
def test_a_chunk_size_chromium_reads_is_captured(store, size):
    result, raw = _chunked(store, _one_byte_chunks(PAGE[:10]) + size + b"\r\n" + PAGE + b"\r\n0\r\n\r\n",
                           max_chunk_extension_bytes=64)
    assert result.ok, (result.error_kind, result.error)
    assert _responses(store) == [raw]


# Chromium's rule (HttpChunkedDecoder::ParseChunkSize): hex digits then spaces, up to 2**63 - 1; its LF
# and one CR removed. " 5", "5\t" and "5\r\r\n" fail the page there (ERR_INVALID_CHUNKED_ENCODING,
# Debian's Chromium 156, raw 127.0.0.1 server): the words after them were captured, and quotable.
@pytest.mark.parametrize("size", [b"+5", b"-5", b"0x5", b"5_0", b"1" + b"0" * 16, b"8" + b"0" * 15, b"f" * 16,
                                  b"\t5", b" 5", b"5\t", b"5\r", b"5 5", b"", b";a=b"])
def test_a_chunk_size_chromium_refuses_is_refused_in_a_run(store, size):
    body = _one_byte_chunks(PAGE[:10]) + size + b"\r\n" + b"x" * 5 + b"\r\n0\r\n\r\n"
    result, _ = _chunked(store, body)
    assert not result.ok and result.error_kind == "bad_chunk", (result.error_kind, result.error)
    assert stored_records(store, "response") == []


@pytest.mark.parametrize("end", [b" \r\n", b"\t\n", b"\r\r\n"], ids=["space", "tab", "two crs"])
def test_chunk_data_followed_by_white_space_before_its_line_end_is_refused_as_chromium_refuses_it(store, end):
    body = _one_byte_chunks(PAGE[:10]) + b"5\r\n" + PAGE[10:15] + end + _one_byte_chunks(PAGE[15:]) + b"0\r\n\r\n"
    result, _ = _chunked(store, body)
    assert not result.ok and result.error_kind == "bad_chunk", (result.error_kind, result.error)
    assert stored_records(store, "response") == []


@pytest.mark.parametrize("cut", ["after a chunk", "before its data", "inside its data", "between cr and lf",
                                 "inside the last chunk"])
def test_a_run_of_chunks_ending_exactly_at_a_read_boundary_is_captured_byte_for_byte(store, cut):
    body = _one_byte_chunks(PAGE[:50]) + b"%x\r\n" % len(PAGE[50:]) + PAGE[50:] + b"\r\n0\r\n\r\n"
    run_end = len(_one_byte_chunks(PAGE[:50]))
    at = {"after a chunk": run_end, "before its data": run_end + len(b"%x\r\n" % len(PAGE[50:])),
          "inside its data": run_end + 6, "between cr and lf": len(body) - len(b"\n0\r\n\r\n"),
          "inside the last chunk": len(body) - 3}[cut]
    raw = CHUNKED_HEAD + body
    cut_at = len(CHUNKED_HEAD) + at
    result = capture_from(store, lambda: _in_writes(raw[:cut_at], raw[cut_at:]))
    _assert_chunked_page(store, result, raw)


@pytest.mark.parametrize("last", [b"0\r\nX-Note: " + HIDDEN + b"\r\n\r\n", b"0\nX-Note: " + HIDDEN + b"\n\n"],
                         ids=["crlf", "bare lf"])
def test_trailers_after_a_run_of_chunks_are_kept_in_the_record_and_never_in_the_text(store, last):
    result, raw = _chunked(store, _one_byte_chunks(PAGE) + last)
    _assert_chunked_page(store, result, raw)
    assert HIDDEN.decode() not in str((result.article or {}).get("text"))


# -- the store: log verify --deep, quotes of what a browser does not show ---------------------------

def test_log_verify_deep_is_green_after_skipped_bytes_a_1xx_head_a_redirect_and_chunk_runs(store, serve_raw):
    assert capture_one(store, serve_raw(b"junk" + HINT + b"\r\n" + RESPONSE)).ok
    assert capture_from(store, _redirect_then(b"\r\n", b"\xef\xbb\xbf" + RESPONSE)).ok  # type: ignore[arg-type]
    result, _ = _chunked(store, _one_byte_chunks(PAGE, (b"\n", b"\r\n")) + b"0\r\nX-Note: 1\r\n\r\n")
    assert result.ok, result.error
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("where", ["1xx head", "chunk extension", "trailer"])
def test_words_a_browser_does_not_show_never_verify_as_a_quote(store, serve_raw, where):
    if where == "1xx head":
        url = serve_raw(b"\r\n" + b"HTTP/1.1 103 Early Hints\r\nX-Note: " + HIDDEN + b"\r\n\r\n" + RESPONSE)
        result = capture_one(store, url)
    elif where == "chunk extension":
        result, _ = _chunked(store, b"1;\"" + HIDDEN + b"\"\r\n<\r\n" + b"%x\r\n" % (len(PAGE) - 1) + PAGE[1:]
                             + b"\r\n0\r\n\r\n")
    else:
        result, _ = _chunked(store, _one_byte_chunks(PAGE) + b"0\r\nX-Note: " + HIDDEN + b"\r\n\r\n")
    assert result.ok, result.error
    proc = run_cli("verify-quote", HIDDEN.decode(), "--capture", str(result.capture_id), "--json", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["verdict"] not in ("exact", "normalized")


# -- a tab in the status line (fetch.py's _check_status_code) ---------------------------------------

@pytest.mark.parametrize("status_line", [b"HTTP/1.1\t404 X", b"HTTP/1.1 \t404 X", b"HTTP/1.1\t404 200 OK"])
def test_a_status_line_chromium_reads_as_200_for_a_tab_is_not_captured_as_the_code_after_the_tab(
        store, serve_raw, status_line):
    """Chromium reads the code after the line's first space, then spaces only, and 200 when no digit
    follows (its net log reads ``HTTP/1.1\\t404 X`` as ``HTTP/1.1 200``); http.client and our readers
    after any white space (404): refused, naming what the browser shows."""
    result = capture_one(store, serve_raw(_fixed(status_line=status_line)))
    assert not result.ok and result.error_kind == "bad_status", (result.error_kind, result.error)
    assert "has status 404 to us" in str(result.error) and "as status 200 (" in str(result.error)
    assert stored_records(store, "response") == []


@pytest.mark.parametrize("status_line", [b"HTTP/1.1   200   OK", b"HTTP/1.1 200\tOK", b"HTTP/1.1\t200 OK"])
def test_a_status_line_with_spaces_or_tabs_chromium_reads_as_we_do_is_captured(store, serve_raw, status_line):
    response = _fixed(status_line=status_line)
    result = capture_one(store, serve_raw(response))
    assert result.ok and result.status == 200, result.error
    assert _responses(store) == [response]


def test_the_records_reader_reads_a_size_of_leading_zeros_as_the_wire_guard_does():
    assert dechunk(b"%040x\r\n" % 5 + b"hello\r\n" + b"%017x  \n" % 1 + b"!\n0\r\n\r\n") == b"hello!"


# -- the manifest of a page after skipped bytes, read by an earlier release -----------------------------

def _manifest_block(store: Path) -> bytes:
    [block] = [r.block for r in stored_records(store, "metadata") if r.header("Content-Type") == MANIFEST_TYPE]
    return block


def test_a_manifest_of_a_page_after_skipped_bytes_names_them_under_a_key_earlier_releases_ignore(store, serve_raw):
    """cap57 wrote ``"interim": {"record_id", "statuses": []}``; a reader before it refuses an empty
    list (its ``import`` took the bundle for another tool's file, under new capture ids) and passes
    over a hop key it does not know."""
    result = capture_one(store, serve_raw(b"\r\n" + RESPONSE))
    assert result.ok, result.error
    block = _manifest_block(store)
    [hop] = json.loads(block)["hops"]
    [kept] = [r for r in stored_records(store, "metadata") if r.header("Content-Type") == INTERIM_TYPE]
    assert "interim" not in hop and hop["before_status_line"] == {"record_id": kept.record_id}
    assert Manifest.from_json(block).to_json() == block
    assert result.hops[0]["interim"] == {"record_id": kept.record_id, "statuses": [],  # shown as cap57 showed it
                                         "before_status_line": True}  # (said outright since cap59)


def test_a_manifest_cap57_wrote_with_no_interim_statuses_still_reads_to_its_bytes(store, serve_raw):
    assert capture_one(store, serve_raw(b"\r\n" + RESPONSE)).ok
    doc = json.loads(_manifest_block(store))
    doc["hops"][0]["interim"] = {"record_id": doc["hops"][0].pop("before_status_line")["record_id"], "statuses": []}
    block = canonical_json(doc)
    manifest = Manifest.from_json(block)
    assert manifest.to_json() == block
    assert manifest.hops[0].summary()["interim"]["statuses"] == []


def test_a_manifest_of_a_1xx_head_after_skipped_bytes_keeps_its_interim_part(store, serve_raw):
    assert capture_one(store, serve_raw(b"\r\n" + HINT + RESPONSE)).ok
    [hop] = json.loads(_manifest_block(store))["hops"]
    # the skipped bytes are named beside it since cap59 (tests/test_cap59_hop_summary_skipped_bytes.py)
    assert hop["interim"]["statuses"] == [103] and hop["before_status_line"] == {"record_id": hop["interim"]["record_id"]}
