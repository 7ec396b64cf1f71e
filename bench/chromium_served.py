"""Responses served from 127.0.0.1 and a headless Chromium to read them: what the benches that put our text
against Chromium's each set up again (encodings_chromium, text_charset_chromium, markup_structure_chromium).

Response ``n`` is served at ``/n`` with its own ``Content-Type`` and exact bytes (no other field that could change
how Chromium reads them), so a case is read as its bytes say and nothing else; Debian's Chromium through
Playwright's ``executable_path``, never a downloaded browser. The server and the browser end with the block.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def served_in_chromium(responses: Sequence[tuple[str, bytes]], *,
                       host: str = "127.0.0.1") -> Iterator[tuple[Page, list[str]]]:
    """A Chromium page and the URL of each of ``responses`` ((Content-Type, body) pairs), served while the block
    runs. ``host`` another name than 127.0.0.1: the URLs name it and Chromium maps it to 127.0.0.1, so its
    encoding detector gets that name's top-level domain as a hint, as on the web."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            number = self.path.strip("/")
            if not number.isdigit() or int(number) >= len(responses):
                self.send_error(404)
                return
            content_type, body = responses[int(number)]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    urls = [f"http://{host}:{server.server_address[1]}/{number}" for number in range(len(responses))]
    flags = ["--no-sandbox"] + ([f"--host-resolver-rules=MAP {host} 127.0.0.1"] if host != "127.0.0.1" else [])
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=flags)
            try:
                yield browser.new_page(), urls
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
