"""What reading a browser capture's rendered text costs: the capture's reader against bare ``innerText``.

The reader (:data:`archiver.capture.browser_page._DOM_LENGTH_INIT`) leaves out words laid out at no
size or painted with no opacity, which ``innerText`` keeps: it walks every text node and measures
it. This times both on a synthetic page of N paragraphs (about nine text nodes each, one word in
an ``opacity:0`` span), each twice, in Debian's Chromium, in milliseconds of wall time.

    python bench/rendered_text_cost.py [N ...]      # default: 500 5000

Writes nothing (no store, no keys).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)

from archiver.capture.browser_page import _DOM_LENGTH_INIT  # noqa: E402

BARE = "() => document.body.innerText.length"
READER = "() => window.__archiverRenderedText(2 ** 31).length"


def page(n: int) -> str:
    return "<html><body>" + "".join(
        f"<p>Paragraph {i} with <b>some</b> <a href='#'>inline</a> words <span style='opacity:0'>x</span>.</p>"
        for i in range(n)) + "</body></html>"


def main(sizes: list[int]) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or "chromium", args=["--no-sandbox"])
        for n in sizes:
            html = page(n)
            for name, call in (("innerText", BARE), ("reader", READER)) * 2:
                context = browser.new_context()
                context.add_init_script(_DOM_LENGTH_INIT)
                tab = context.new_page()
                tab.set_content(html)
                t = time.perf_counter()
                tab.evaluate(call)
                print(f"{n:>6} paragraphs  {name:<9}  {(time.perf_counter() - t) * 1000:6.0f} ms")
                context.close()
        browser.close()


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main([int(a) for a in sys.argv[1:]] or [500, 5000])
