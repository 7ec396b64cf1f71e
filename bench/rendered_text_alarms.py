"""False alarms of verify-quote's ``not_shown`` rule on real pages (archiver.quotes.rendered).

Each page of the ScrapingHub extraction set (../shared/bench/extraction/scrapinghub/html, pages
START to END in name order) is rendered offline in Chromium (``set_content``: no network, so
external stylesheets and scripts never load; JavaScript off; only inline ``<style>`` applies),
its rendered text read as ``archive --browser`` reads it (the capture's own reader,
:data:`archiver.capture.browser_page._DOM_LENGTH_INIT`: ``innerText`` without words of no size or
no opacity; ``--innertext``: the body's bare ``innerText``, as before), and its article text
(archiver's extractor) split into sentences
of four or more words; each sentence is held to the rendered text as a quote's matched passage
is. A sentence reported not shown is either hidden by the page's own inline CSS (a right
answer) or a false alarm of the comparison (the extractor writes something the page does not
show: list and table marks, joined words). Prints the counts and the first examples.

    python bench/rendered_text_alarms.py [START [END]] [--innertext]

Needs Debian's ``chromium``. Writes nothing (no store, no keys).
"""

from __future__ import annotations

import gzip
import re
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)

from archiver.extract import extract  # noqa: E402
from archiver.quotes.rendered import ShownText, compared_form  # noqa: E402

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "extraction" / "scrapinghub" / "html"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def main(start: int, end: int, innertext: bool = False) -> None:
    from archiver.capture.browser_page import _DOM_LENGTH_INIT

    reader = _DOM_LENGTH_INIT.strip().rstrip(";")
    files = sorted(PAGES.iterdir())[start:end]
    total = missing = pages_with = 0
    examples = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "chromium",
                                     args=["--no-sandbox"])  # (offline, JavaScript off: local files only)
        context = browser.new_context(java_script_enabled=False, offline=True)
        for f in files:
            raw = gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
            text = extract(raw, url="http://example.org/", content_type="text/html").text
            page = context.new_page()
            page.route("**/*", lambda route: route.abort())
            page.set_content(raw.decode("utf-8", "replace"), wait_until="domcontentloaded", timeout=15000)
            if innertext:
                shown = ShownText.of(page.evaluate("() => document.body ? document.body.innerText : ''"))
            else:
                page.evaluate(reader)
                shown = ShownText.of(page.evaluate("() => window.__archiverRenderedText(2 ** 31).text || ''"))
            page.close()
            sentences = [s for s in _SENTENCE_END.split(text) if len(s.split()) >= 4]
            miss = [s for s in sentences if compared_form(s) not in shown.form]
            total, missing, pages_with = total + len(sentences), missing + len(miss), pages_with + bool(miss)
            examples += [(f.name[:12], s[:110]) for s in miss[:2]]
        browser.close()
    print(f"pages {len(files)} (#{start}-#{start + len(files) - 1})  sentences {total}  reported not shown "
          f"{missing}  pages with any {pages_with}")
    for name, sentence in examples[:20]:
        print(f"  {name}  {sentence}")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        args = [a for a in sys.argv[1:] if a != "--innertext"]
        main(int(args[0]) if args else 0, int(args[1]) if len(args) > 1 else 10**6, "--innertext" in sys.argv[1:])
