"""Red team, fifth pass: a page whose metadata makes its citation show other facts than it holds.

A bidirectional override (RLO U+202E) or embedding/isolate that a value opens and never closes
governs everything after it on the line: in the one-line citation the capture id, the digest
and the URL after a title or URL holding one are shown reversed or reordered, and in BibTeX and
RIS the same happens in every viewer of the file. A page's title, author or outlet, and the
address a server redirects to, carried such controls into every style. Every value a citation
prints is now confined (each level it opens is closed where it ends; a stray closer dropped;
control characters dropped), and a URL shows such characters percent-encoded (the same address).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli
from servers import Site, html_page, response
from stores import build_template, copy_store

from archiver.export.cite import Source, bibtex, csl_json, ris, text

RLO, LRE, RLI, PDF, PDI = "\u202e", "\u202a", "\u2067", "\u202c", "\u2069"
TITLE = f"Harbour {RLO}report"
PAGE = (f"<html><head><title>{TITLE}</title><meta property='og:site_name' content='Port {RLI}Times'>"
        f"<meta property='article:published_time' content='2024-03-01'></head><body><article>"
        f"<h1>{TITLE}</h1><p>The harbour handled 41,000 containers in March, the port authority said on "
        f"Tuesday.</p><p>Dock workers did not strike, and the night shift was cancelled for the first time.</p>"
        f"</article></body></html>").encode()
STYLES = ("text", "bibtex", "ris", "csl-json")


def open_levels(line: str) -> list[str]:
    """The bidi levels (UAX #9 embeddings, overrides, isolates) still open at the end of ``line``."""
    stack: list[str] = []
    for ch in line:
        if ch in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068":
            stack.append(ch)
        elif ch == PDF and stack and stack[-1] not in "\u2066\u2067\u2068":
            stack.pop()
        elif ch == PDI and any(c in "\u2066\u2067\u2068" for c in stack):
            while stack.pop() not in "\u2066\u2067\u2068":
                pass
    return stack


def shown_under_a_control(output: str, needle: str) -> bool:
    """Whether ``needle`` (a capture id, a digest) stands where a bidi level some value opened is in force."""
    for line in output.splitlines():
        at = line.find(needle)
        if at >= 0 and open_levels(line[:at]):
            return True
    return False


def _as_one_line(item: object) -> str:
    """A CSL item's strings in order on one line, as a processor prints them side by side."""
    if isinstance(item, dict):
        return ". ".join(_as_one_line(v) for v in item.values())
    if isinstance(item, list):
        return ", ".join(_as_one_line(v) for v in item)
    return str(item)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("redteam5-cite")
    site = Site()
    site.routes["/story"] = html_page(PAGE)
    site.routes["/go"] = lambda h: response("302 Found", [("Location", f"/story?ref={RLO}x".encode().decode("latin-1"))])
    try:
        [cap] = build_template(root, lambda arc: [arc.capture(site.url("/go"))])
    finally:
        site.close()
    return root, cap.capture_id


@pytest.fixture
def stored(template, store: Path, key_dir: Path) -> tuple[Path, str]:
    root, cid = template
    copy_store(root, store, key_dir)
    return store, cid


@pytest.mark.parametrize("style", STYLES)
def test_no_value_of_a_citation_reorders_the_capture_id_digest_or_url_after_it(stored, style):
    store, cid = stored
    proc = run_cli("cite", cid, "--style", style, store=store)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout if style != "csl-json" else _as_one_line(json.loads(proc.stdout)[0])
    assert RLO in out or "%E2%80%AE" in out  # the page's characters are cited, not lost
    assert not shown_under_a_control(out, cid), out
    assert not shown_under_a_control(out, "sha256:"), out
    assert all(not open_levels(line) for line in out.splitlines()), out


@pytest.mark.parametrize("style", STYLES)
def test_a_url_in_a_citation_shows_a_bidi_control_percent_encoded(stored, style):
    store, cid = stored
    out = run_cli("cite", cid, "--style", style, store=store).stdout
    urls = re.findall(r"https?://\S+", out)
    assert urls and all(RLO not in u for u in urls), urls
    assert any("ref=%E2%80%AEx" in u for u in urls), urls


def test_every_style_confines_the_controls_a_value_opens_and_drops_control_characters():
    src = Source(capture_id="01m8a9a3f7jxrzms", url="https://news.example/a", final_url="https://news.example/a",
                 capture_time="2026-11-25T21:20:42.471495Z", title=f"Title {RLO}{LRE}x{PDF}{PDF}{PDF} y\x1b[2K",
                 authors=(f"Jane {RLI}Roe",), published="2024-03-05", outlet=f"Port {PDI}Times{RLO}",
                 page_state="article", payload_digest="sha256:" + "ab" * 32, text_sha256=None, origin="captured",
                 log_origin=None, log_seq=None)
    for out in (text(src), bibtex(src), ris(src), json.dumps(csl_json(src), ensure_ascii=False)):
        assert all(not open_levels(line) for line in out.splitlines()), out
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), out
        assert not shown_under_a_control(out, "sha256:" + "ab" * 32), out


def test_a_quote_report_and_its_receipt_citation_show_a_urls_bidi_control_encoded(stored, tmp_path):
    import zipfile

    store, cid = stored
    receipt = tmp_path / "r.zip"
    proc = run_cli("verify-quote", "Dock workers did not strike", "--capture", cid, "--receipt", str(receipt),
                   store=store)
    assert proc.returncode == 0, proc.stderr
    assert RLO not in proc.stdout and "ref=%E2%80%AEx" in proc.stdout, proc.stdout
    citation = zipfile.ZipFile(receipt).read("citation.txt").decode()
    assert RLO not in citation and "ref=%E2%80%AEx" in citation and not shown_under_a_control(citation, cid)
    key = tmp_path / "log.pub"
    key.write_text(run_cli("log", "key", store=store).stdout, encoding="utf-8")
    checked = run_cli("log", "verify-proof", str(receipt), "--key", str(key))
    assert checked.returncode == 0, checked.stdout
