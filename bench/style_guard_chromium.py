"""What style_rules' more-than-half guard protects and lets through, against Chromium (rvsec70).

:func:`archiver.extract.style_rules._hidden` does not apply a ``<style>`` rule's hiding to an element that holds more
than half of the page's words (nor to ``<html>``/``<body>``): the anti-flicker snippets (``body{visibility:hidden}``,
``.container{opacity:0}`` until a script or an A/B test has run) would otherwise flag every word of the page. Each
word so left is vouched for (``exact``) where the rule says it is hidden. This script finds, over the shared
benchmark pages (``--data``, default ``../shared/bench``), every element the guard kept shown, and asks Debian's
Chromium (headless, Playwright, ``executable_path``; the page served from 127.0.0.1, every other request refused,
as the archive holds only the page) whether it shows those words, with scripts on (waiting ``--wait`` ms for
the snippets' time-outs) and off. A line per element: AGREE (Chromium shows them with scripts on: the guard
spared a false alarm), UNSAFE (Chromium hides them even with scripts on: the guard vouched for words not shown),
then the counts.

    python bench/style_guard_chromium.py [--data ../shared/bench] [--wait 4500] [--limit N]

Needs Debian's ``chromium``. Writes nothing.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extract_fingerprint import SHARED, pages  # noqa: E402

import archiver.extract.style_rules as style_rules  # noqa: E402
from archiver.extract import extract  # noqa: E402


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words_of(el: Any) -> str:
    """The element's words (its scripts' and styles' left out), flattened."""
    parts = [el.text or ""] if el.tag not in _SKIPPED else []
    for node in el.iterdescendants():
        if not isinstance(node.tag, str) or node.tag in _SKIPPED or any(a.tag in _SKIPPED for a in node.iterancestors()):
            parts.append(node.tail or "" if not any(a.tag in _SKIPPED for a in node.iterancestors()) else "")
            continue
        parts.extend((node.text or "", node.tail or ""))
    return _flat(" ".join(parts))


_SKIPPED = ("script", "style", "noscript", "template")


def guarded(data: bytes, url: str | None) -> tuple[int, list[tuple[int, str, str]]]:
    """(the page's characters of words, [(characters, tag, words) of each element whose hiding the guard did not apply]),
    by reading the cascade twice: as style_rules does, and with the guard taken away."""
    found: list[tuple[int, str, str]] = []
    total = [0]
    original_hidden, original_words = style_rules._hidden, style_rules._words

    def unguarded_words(el: Any, body: Any) -> int:
        return 10**12 if el is body else original_words(el)

    def spy(cascade: Any, body: Any) -> list[Any]:
        kept = original_hidden(cascade, body)
        style_rules._words = lambda el: unguarded_words(el, body)
        try:
            every = original_hidden(cascade, body)
        finally:
            style_rules._words = original_words
        total[0] = original_words(body)
        found.extend((original_words(el), f"<{el.tag}>", _words_of(el)) for el in every if el not in kept)
        # (the <html> and <body> elements themselves are never hidden by a rule: listed too)
        for el in (body, body.getparent()):
            if el is not None and el in cascade and any(
                    style_rules.hides(name, value) for name, value in style_rules._values(el, cascade).items()):
                found.append((total[0], f"<{el.tag}> itself", _words_of(body)))
        return kept

    style_rules._hidden = spy
    try:
        extract(data, url=url or None)
    except Exception:  # noqa: BLE001 - a page our extraction refuses has no guard to measure
        pass
    finally:
        style_rules._hidden = original_hidden
    return total[0], found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED)
    ap.add_argument("--wait", type=int, default=4500, help="ms to wait after load, scripts on")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    cases = []
    for _, path, url in pages(args.data):
        data = gzip.decompress(Path(path).read_bytes())
        total, found = guarded(data, url)
        if found:
            cases.append((Path(path).name, data, total, found))
            if args.limit and len(cases) >= args.limit:
                break
    print(f"{len(cases)} pages where the guard kept an element shown")
    bodies = [data for _, data, _, _ in cases]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            number = self.path.strip("/")
            if not number.isdigit() or int(number) >= len(bodies):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(bodies[int(number)])))
            self.end_headers()
            self.wfile.write(bodies[int(number)])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}/"
    kinds: dict[str, int] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            shown: dict[bool, list[str]] = {}
            for scripts in (True, False):
                context = browser.new_context(java_script_enabled=scripts)
                context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin)
                              else route.abort())
                page = context.new_page()
                texts = []
                for number in range(len(cases)):
                    try:
                        page.goto(f"{origin}{number}", wait_until="load", timeout=20000)
                        if scripts:
                            page.wait_for_timeout(args.wait)
                        texts.append(_flat(page.evaluate("document.body ? document.body.innerText : ''") or ""))
                    except Exception as exc:  # noqa: BLE001 - a page that does not load shows nothing
                        texts.append("")
                        print(f"{cases[number][0]}: chromium: {str(exc).splitlines()[0]}")
                shown[scripts] = texts
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    for number, (name, _, total, found) in enumerate(cases):
        for chars, tag, words in found:
            probe = words[:60]
            on, off = probe in shown[True][number], probe in shown[False][number]
            kind = "AGREE" if on else "UNSAFE"
            kinds[kind] = kinds.get(kind, 0) + 1
            print(f"{kind} | {name} | {tag}, {chars} of {total} chars | scripts on: {'shows' if on else 'hides'}, "
                  f"off: {'shows' if off else 'hides'} | {probe!r}")
    print(f"{sum(kinds.values())} elements on {len(cases)} pages: "
          + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
