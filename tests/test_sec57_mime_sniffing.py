"""What becomes quotable follows MIME Sniffing read from the whole head (task sec57, after sec56).

https://mimesniff.spec.whatwg.org/#mime-type-sniffing-algorithm: with the no-sniff flag set
(``X-Content-Type-Options: nosniff``) the computed type is the supplied type (step 3) before the
check-for-apache-bug flag's text-or-binary rule (step 4): a body sent as ``text/plain`` with nosniff
is shown as text whatever bytes it holds. The flag compares the Content-Type value byte for byte;
when several fields are sent, the value compared is the one chosen (Fetch's "extract a MIME type",
as written), never a charset carried to it from an earlier field. The PDF signature "%PDF-" is
matched at the first byte: the pattern table ignores leading whitespace for HTML and XML only.

Pages are served from 127.0.0.1 and captured with ``archive``; the foreign WARC is written with warcio.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from captures import archived_served
from cli import run_cli

from archiver.extract import is_extractable

WORDS = "The council met on Tuesday to discuss the harbour wall"
#: a statement with one binary data byte (0x01) in its first line: text by its words, binary to the rule
BINARY_TEXT = f"{WORDS}.\x01\nThe repairs begin in March.\n".encode()
PAGE_WITH_BINARY = (f"<!DOCTYPE html><html><head><title>Harbour</title></head><body><article><p>{WORDS}, "
                    "and the repairs begin in March.</p></article></body></html>\x01").encode()
PDF_HEAD = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x01"


def _capture(tmp_path: Path, fields: list[tuple[str, str]], body: bytes) -> dict[str, Any]:
    """``show --json`` of ``archive`` of a page sent with ``fields`` and ``body``."""
    store = tmp_path / "store"
    shown = run_cli("show", archived_served(store, fields, body), "--json", store=store)
    assert shown.returncode == 0, shown.stderr
    return dict(json.loads(shown.stdout))


def test_a_nosniff_text_plain_body_holding_binary_bytes_is_shown_and_quotable_as_text(tmp_path):
    shown = _capture(tmp_path, [("Content-Type", "text/plain"), ("X-Content-Type-Options", "nosniff")], BINARY_TEXT)
    assert shown["article"]["text"] == BINARY_TEXT.decode()


def test_a_nosniff_text_plain_body_opening_like_a_pdf_is_its_own_text_not_a_pdf(tmp_path):
    body = b"%PDF-1.4\n" + BINARY_TEXT
    shown = _capture(tmp_path, [("Content-Type", "text/plain; charset=UTF-8"), ("X-Content-Type-Options", "nosniff")],
                     body)
    assert shown["article"]["text"] == body.decode()


def test_without_nosniff_the_same_binary_text_plain_body_is_downloaded_with_nothing_to_quote(tmp_path):
    shown = _capture(tmp_path, [("Content-Type", "text/plain")], BINARY_TEXT)
    assert shown["article"] is None and shown["content_type"] == "text/plain"


def test_nosniff_with_no_type_still_downloads_a_binary_body(tmp_path):
    shown = _capture(tmp_path, [("X-Content-Type-Options", "nosniff")], BINARY_TEXT)
    assert shown["article"] is None and shown["content_type"] is None


def test_the_chosen_field_as_written_sets_the_binary_check_not_a_charset_carried_to_it(tmp_path):
    """``text/plain; charset=utf-8`` then ``text/plain``: the second is chosen, and it is one of the
    flag's values (the charset carried from the first only decodes it)."""
    fields = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Type", "text/plain")]
    shown = _capture(tmp_path, fields, BINARY_TEXT)
    assert shown["article"] is None and shown["content_type"] == "text/plain; charset=utf-8"


def test_a_chosen_text_plain_field_outside_the_flags_values_is_checked_as_chromium_checks_it(tmp_path):
    """``text/plain; charset=utf-8`` then ``*/*``: Fetch passes over ``*/*`` and the first is chosen;
    the standard would not check it, Chromium downloads the body (review rvsec58), and so nothing is
    quotable (sec57 had shown it as text)."""
    fields = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Type", "*/*")]
    shown = _capture(tmp_path, fields, BINARY_TEXT)
    assert shown["article"] is None and shown["content_type"] == "text/plain; charset=utf-8"


def _foreign_warc(path: Path, fields: list[tuple[str, str]], body: bytes) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [*fields, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://example.org/harbour", "response", payload=io.BytesIO(body),
                                            http_headers=http))
    return path


def test_an_import_reads_two_content_type_fields_as_archive_does(tmp_path):
    """A foreign page sent with the two fields above and a binary byte: downloaded, so no page to import
    (before, the carried charset hid the flag and it became a capture read as text)."""
    fields = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Type", "text/plain")]
    warc = _foreign_warc(tmp_path / "other.warc.gz", fields, PAGE_WITH_BINARY)
    proc = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["captures"] == []


def test_an_import_of_a_nosniff_text_plain_page_holding_binary_bytes_reads_it_as_text(tmp_path):
    fields = [("Content-Type", "text/plain"), ("X-Content-Type-Options", "nosniff")]
    warc = _foreign_warc(tmp_path / "other.warc.gz", fields, PAGE_WITH_BINARY)
    store = tmp_path / "store"
    proc = run_cli("import", str(warc), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    [capture] = json.loads(proc.stdout)["captures"]
    shown = json.loads(run_cli("show", capture["capture_id"], "--json", store=store).stdout)
    assert shown["article"]["text"] == PAGE_WITH_BINARY.decode()


@pytest.mark.parametrize("declared", [None, "unknown/unknown", "application/octet-stream"])
@pytest.mark.parametrize("lead", [b" ", b"\n", b"\r\n\t", b"\x0c"], ids=["space", "lf", "crlf-tab", "ff"])
def test_whitespace_before_the_pdf_signature_makes_no_pdf(declared, lead):
    assert not is_extractable(declared, lead + PDF_HEAD, text=False)


@pytest.mark.parametrize("declared", [None, "unknown/unknown", "application/octet-stream"])
def test_the_pdf_signature_at_the_first_byte_is_a_pdf(declared):
    assert is_extractable(declared, PDF_HEAD, text=False)


def test_a_body_declared_a_pdf_is_one_whatever_leads_it():
    assert is_extractable("application/pdf", b"\n" + PDF_HEAD, text=False)
