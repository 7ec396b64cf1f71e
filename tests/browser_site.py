"""A local site for browser-capture tests and the browser benchmark, and a small PNG codec.

The page's article is inserted by JavaScript from an XHR, styled by a stylesheet reached
through a redirect, with an image served over HTTPS (a trustme CA), a lazy-loaded image far
below the fold and a 404 sub-resource. The article block is painted ARTICLE_RGB by the
stylesheet, so a screenshot shows the article when that colour covers a good part of it. The
stylesheet's web font comes from a second host (127.0.0.2).
"""

from __future__ import annotations

import itertools
import json
import ssl
import struct
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from servers import Site, html_page, response

ARTICLE_RGB = (18, 164, 92)
LAZY_RGB = (0, 0, 255)  # the 30 x 30 px lazy image below the fold
ARTICLE_TEXT = ("The harbour commission approved the northern quay extension on Tuesday evening, "
                "after a debate that lasted four hours and ended with a vote of seven to two.")
SECOND_TEXT = ("Residents who had opposed the plan said they would appeal the decision to the regional "
               "court, citing the loss of the old fishing market and the noise of construction.")


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A solid-colour RGB PNG."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def decode_png(data: bytes) -> tuple[int, int, list[bytes], int]:
    """(width, height, rows of raw pixel bytes, bytes per pixel) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = bpp = 0
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and not interlace, "only 8-bit RGB(A), non-interlaced"
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytes(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        prev = _UNFILTER[ftype](line, prev, bpp)
        rows.append(prev)
    return width, height, rows, bpp


# The five PNG filters undone on one row (``line``, given the row above, ``prev``). A screenshot
# holds about a million pixels: the byte-wise work is left to C where the filter allows it
# (None and Up whole, Sub by channel), and only Average and Paeth go byte by byte.

def _none(line: bytes, prev: bytes, bpp: int) -> bytes:
    return line


def _sub(line: bytes, prev: bytes, bpp: int) -> bytes:
    out = bytearray(len(line))
    for c in range(bpp):
        out[c::bpp] = bytes(itertools.accumulate(line[c::bpp], lambda a, b: (a + b) & 0xFF))
    return bytes(out)


def _up(line: bytes, prev: bytes, bpp: int) -> bytes:
    # bytewise (a + b) mod 256 on whole rows as integers: add the low 7 bits of every byte
    # (no carry crosses a byte), then put each byte's top bit back by exclusive or
    n = len(line)
    low, high = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
    a, b = int.from_bytes(line, "big"), int.from_bytes(prev, "big")
    return (((a & low) + (b & low)) ^ ((a ^ b) & high)).to_bytes(n, "big")


def _average(line: bytes, prev: bytes, bpp: int) -> bytes:
    out = bytearray(line)
    for i in range(len(out)):
        out[i] = (out[i] + ((out[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 0xFF
    return bytes(out)


def _paeth(line: bytes, prev: bytes, bpp: int) -> bytes:
    out = bytearray(line)
    for i in range(len(out)):
        a = out[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    return bytes(out)


_UNFILTER = (_none, _sub, _up, _average, _paeth)


def count_colour(data: bytes, rgb: tuple[int, int, int]) -> int:
    """How many pixels of the PNG ``data`` are exactly ``rgb``."""
    return colour_counts(data)[tuple(rgb)]


def colour_counts(data: bytes) -> Counter[tuple[int, ...]]:
    """How many pixels of the PNG ``data`` have each RGB colour (one decoding for many colours).
    A page's screenshot repeats most of its rows (background, solid blocks): each distinct row's
    pixels are counted once, times how often it occurs."""
    _, _, rows, bpp = decode_png(data)
    counts: Counter[tuple[int, ...]] = Counter()
    for row, times in Counter(rows).items():
        for colour, n in Counter(zip(row[0::bpp], row[1::bpp], row[2::bpp], strict=True)).items():
            counts[colour] += n * times
    return counts


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Quay extension approved</title>
<link rel="stylesheet" href="/old-style.css"></head>
<body><h1>Quay extension approved</h1>
<div id="article"><p>Loading…</p></div>
<img src="{image}" alt="logo" width="40" height="40">
<img src="/missing.png" alt="missing" width="10" height="10">
<div style="height:3000px"></div>
<img src="/lazy.png" loading="lazy" alt="lazy" width="30" height="30">{probes}
<script>
fetch('/api/article.json').then(r => r.json()).then(doc => {{
  const box = document.getElementById('article');
  box.innerHTML = doc.paragraphs.map(p => '<p>' + p + '</p>').join('');
}});
</script></body></html>
"""

STYLE = ("@font-face { font-family: 'SiteFont'; src: url('FONT_URL') format('woff2'); }\n"
         "body { font-family: sans-serif; background: #ffffff; }\n"
         "#article { font-family: 'SiteFont', sans-serif; background: rgb" + str(ARTICLE_RGB)
         + "; color: #ffffff; min-height: 300px; width: 900px; }\n")
#: The web font's bytes (a woff2 header and padding: the browser fetches it, then falls back).
FONT = b"wOF2" + b"\0" * 60

#: A page that never goes network-idle: once its image has arrived (or been cut, as at a small
#: ``--max-body``), it sends twelve polls at once, then one every 100 ms, forever. So a test's
#: ``--max-resources`` of 12 or fewer is reached however slowly a loaded machine runs the page's
#: timers, and the image is among the exchanges recorded before the cut (before, the cut at 12
#: waited for ten ticks of the timer: measured ~30 exchanges in a 5 s capture under 4 busy loops).
ENDLESS = """<!doctype html><html><head><title>Never idle</title><script>
let n = 0, polling = false;
function poll() { fetch('/poll?n=' + (n++)); }
function startPolling() { if (polling) return; polling = true; for (let i = 0; i < 12; i++) poll(); setInterval(poll, 100); }
</script></head><body><p>Polling forever.</p>
<img src="/huge.png" alt="huge" onload="startPolling()" onerror="startPolling()"></body></html>"""


#: What a page leaves behind for a later capture, which must find none of it: a long-cached image
#: and a local-storage entry (and, from its response, a cookie); it reports (as a request the
#: site counts) what it found of them.
PROBES = """
<img src="/cached.png" alt="cached" width="10" height="10">
<script>
fetch('/report?stored=' + (localStorage.getItem('left') || 'none'));
localStorage.setItem('left', 'by-an-earlier-capture');
</script>"""

CONSENT = """<!doctype html><html><head><title>Consent</title></head><body><p>Behind the banner.</p>
<div id="banner" style="position:fixed;inset:0;background:#000"><button onclick="banner.remove()">Accept all</button></div>
</body></html>"""


@dataclass
class BrowserSite:
    """The running site: ``page`` (HTTP), ``image`` (HTTPS), ``endless``, and the CA file."""

    http: Site
    https: Site
    ca_file: Path
    fonts: Site  # a second host (127.0.0.2): the stylesheet's web font
    #: What the article page's and its probes' requests carried (with ``probes``): (path with
    #: query, Cookie header or None).
    seen: list[tuple[str, str | None]] = field(default_factory=list)
    #: Seconds the lazy image takes to arrive (a test sets it around one capture: content asked
    #: for by scrolling must be waited for before the screenshot).
    lazy_delay: float = 0.0

    @property
    def font(self) -> str:
        return self.fonts.url("/site.woff2")

    @property
    def page(self) -> str:
        return self.http.url("/article")

    @property
    def image(self) -> str:
        return self.https.url("/logo.png")

    @property
    def endless(self) -> str:
        return self.http.url("/endless")

    def close(self) -> None:
        self.http.close()
        self.https.close()
        self.fonts.close()


def _html(body: str) -> Any:
    return html_page(body.encode())


def start_site(tmp: Path, *, probes: bool = False) -> BrowserSite:
    """Start the HTTP and HTTPS servers; the CA that signed the HTTPS one is written to ``tmp``.

    With ``probes`` the article page also carries :data:`PROBES` and sets a cookie, and its
    requests are counted in ``seen``: two captures of it in a row show what one leaves for the
    next (the tests capture it anyway: no capture of a page of its own is needed for that).
    """
    import trustme

    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    https = Site(ssl_context=ctx)
    http = Site()
    ca_file = tmp / "site-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    https.routes["/logo.png"] = lambda h: response("200 OK", [("Content-Type", "image/png")], png(40, 40, (200, 30, 30)))
    article = PAGE.format(image=https.url("/logo.png"), probes=PROBES if probes else "").encode()
    http.routes["/old-style.css"] = lambda h: response("301 Moved Permanently", [("Location", "/style.css")])
    fonts = Site(host="127.0.0.2", bind="127.0.0.2")
    fonts.routes["/site.woff2"] = lambda h: response(
        "200 OK", [("Content-Type", "font/woff2"), ("Access-Control-Allow-Origin", "*")], FONT)
    style = STYLE.replace("FONT_URL", fonts.url("/site.woff2")).encode()
    http.routes["/style.css"] = lambda h: response("200 OK", [("Content-Type", "text/css")], style)
    doc = json.dumps({"paragraphs": [ARTICLE_TEXT, SECOND_TEXT]}).encode()
    http.routes["/api/article.json"] = lambda h: response("200 OK", [("Content-Type", "application/json")], doc)
    http.routes["/endless"] = _html(ENDLESS)
    http.routes["/consent"] = _html(CONSENT)
    huge = png(1000, 1000, (1, 2, 3)) + b"\0" * 3_000_000  # 3 MB on the wire
    http.routes["/huge.png"] = lambda h: response("200 OK", [("Content-Type", "image/png")], huge)
    http.routes["/poll"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"tick")
    site = BrowserSite(http, https, ca_file, fonts)
    lazy = png(30, 30, LAZY_RGB)

    def lazy_image(handler: Any) -> bytes:
        time.sleep(site.lazy_delay)
        return response("200 OK", [("Content-Type", "image/png")], lazy)

    http.routes["/lazy.png"] = lazy_image

    def seen(route: Any) -> Any:
        def handle(handler: Any) -> bytes:
            site.seen.append((handler.path, handler.headers.get("Cookie")))
            return route(handler)
        return handle

    def leaving_a_cookie(body: bytes) -> Any:
        return seen(lambda h: response(
            "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Set-Cookie", "visit=1; Path=/; Max-Age=3600")],
            body))

    http.routes["/article"] = leaving_a_cookie(article) if probes else html_page(article)
    cached = png(10, 10, (9, 9, 9))
    http.routes["/cached.png"] = seen(lambda h: response(
        "200 OK", [("Content-Type", "image/png"), ("Cache-Control", "public, max-age=3600")], cached))
    http.routes["/report"] = seen(lambda h: response("204 No Content", [], b""))
    return site


@dataclass
class BrowserCapture:
    """One ``archive URL --browser`` capture made in a store of its own, and the calls its tests make on it."""

    store: Path
    keys: Path
    doc: dict[str, Any]

    @property
    def capture_id(self) -> str:
        return str(self.doc["capture_id"])

    def invoke(self, *args: str) -> Any:
        """``archiver --store STORE ARGS`` in this process, with this capture's key directory."""
        from click.testing import CliRunner

        from archiver.cli import cli
        return CliRunner().invoke(cli, ["--store", str(self.store), *args], env={"ARCHIVER_KEY_DIR": str(self.keys)})

    def verify(self, quote: str) -> dict[str, Any]:
        """``verify-quote QUOTE --capture ID --json``'s document (an error exit fails the test)."""
        proc = self.invoke("verify-quote", quote, "--capture", self.capture_id, "--json")
        assert proc.exit_code in (0, 1), proc.output
        return dict(json.loads(proc.stdout))

    def verdict(self, quote: str) -> str:
        return str(self.verify(quote)["verdict"])

    def rendered_text(self) -> str:
        """The text Chromium showed, as the store keeps it."""
        from archiver.archive import Archive

        archive = Archive.open(self.store, mode="read")
        try:
            text = archive.rendered_text(self.capture_id)
        finally:
            archive.close(sign=False)
        assert text is not None
        return text


def browser_captured(root: Path, page_path: str, page: bytes, sheets: dict[str, bytes]) -> Iterator[BrowserCapture]:
    """Serve ``page`` at ``page_path`` and each style sheet (path -> CSS) from a local site, capture the page with
    the browser into ``root``/store and yield it (a module fixture's body); the site stops after."""
    site = Site()
    site.routes[page_path] = html_page(page)
    for path, css in sheets.items():
        site.routes[path] = lambda h, css=css: response("200 OK", [("Content-Type", "text/css")], css)
    try:
        shot = BrowserCapture(root / "store", root / "keys", {})
        proc = shot.invoke("archive", site.url(page_path), "--browser", "--json")
        assert proc.exit_code == 0, proc.output
        shot.doc = json.loads(proc.stdout)
        yield shot
    finally:
        site.close()
