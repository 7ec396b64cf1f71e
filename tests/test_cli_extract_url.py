"""``extract FILE --url URL`` takes the URL the page was saved from as every look-up by URL does:
a whole URL with its scheme, or it is refused as bad input (exit 2, one line).

Red team rvcli54 (tests/data/cli/redteam-rvcli54.tsv, rows x03, x10): ``--url 'http://[::1'``
ended in a traceback (``ValueError: Invalid IPv6 URL`` from deep in the extraction) and
``--url notaurl`` was taken as it was (exit 0, its "site name" read from nothing).
"""

from __future__ import annotations

import pytest
from cli import run_cli

PAGE = (b"<html><head><title>Ferry</title></head><body><article><h1>Ferry resumes</h1>"
        + b"<p>The ferry to the island resumes service on Monday after repairs to the pier.</p>" * 3
        + b"</article></body></html>")


@pytest.mark.parametrize("url", ["http://[::1", "notaurl", "http://127.0.0.1:99999/page", "http:///nohost"])
def test_extract_refuses_a_url_that_is_not_one_in_one_line(tmp_path, url):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    result = run_cli("extract", str(page), "--url", url)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith(("error:", "Error:"))]
    assert "URL" in line


def test_extract_takes_the_url_a_page_was_saved_from(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    result = run_cli("extract", str(page), "--url", "https://harbor.example/ferry", "--json")
    assert result.returncode == 0, result.stderr
    assert "Ferry resumes" in result.stdout
