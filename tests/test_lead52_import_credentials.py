"""A page another tool archived under a URL with a ``user:password@`` part is imported under the URL without it, as
our own captures record, log and show URLs (archiver.capture.fetch.public_url): the password was shown by ``list``,
``show``'s capture line and ``cite`` (rvimp70's note, session 52). The imported record keeps its bytes, its WARC-Target-URI
included, and the log lists that record as it is."""

from __future__ import annotations

import json

from captures import foreign_warc
from cli import run_cli

PAGE = (b"<html><head><title>Minutes</title></head><body><article><p>The council met on Tuesday to discuss the "
        b"harbour wall.</p></article></body></html>")


def test_an_imported_page_under_a_url_with_credentials_is_listed_without_them(tmp_path):
    warc = foreign_warc(tmp_path / "other.warc.gz", [("Content-Type", "text/html; charset=utf-8")], PAGE,
                        url="http://alice:s3cret@example.org/minutes")
    store = tmp_path / "store"
    assert run_cli("import", str(warc), store=store).exit_code == 0
    listed = run_cli("list", "--json", store=store)
    assert "s3cret" not in listed.stdout
    assert json.loads(listed.stdout)[0]["url"] == "http://example.org/minutes"
    cited = run_cli("cite", "--all", store=store)
    assert "s3cret" not in cited.stdout and "alice" not in cited.stdout
    shown = run_cli("show", json.loads(listed.stdout)[0]["capture_id"], store=store)
    assert shown.exit_code == 0 and "s3cret" not in shown.stdout.splitlines()[0]  # (its records are listed as they are)


def test_reindex_keeps_the_imported_page_under_the_url_without_credentials(tmp_path):
    warc = foreign_warc(tmp_path / "other.warc.gz", [("Content-Type", "text/html; charset=utf-8")], PAGE,
                        url="http://alice:s3cret@example.org/minutes")
    store = tmp_path / "store"
    assert run_cli("import", str(warc), store=store).exit_code == 0
    assert run_cli("reindex", store=store).exit_code == 0
    assert json.loads(run_cli("list", "--json", store=store).stdout)[0]["url"] == "http://example.org/minutes"
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0
