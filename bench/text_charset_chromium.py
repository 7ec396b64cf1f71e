"""Which encoding Chromium shows a text body in when its Content-Type names no charset, against ours (rvsec70).

Extractor 170 reads the bodies Chromium shows as text (``text/plain``, ``text/css``, scripts, JSON...) as text; with
no charset, archiver reads valid UTF-8 as UTF-8. Each case here is a body (UTF-8 with Latin, Cyrillic, CJK and
symbol letters, with or without a UTF-8 byte order mark, or windows-1252 bytes) served from 127.0.0.1 under a
Content-Type with no charset; Debian's Chromium (headless, Playwright, ``executable_path``) gives
``document.characterSet`` and ``document.body.innerText``, :func:`archiver.extract.extract` the same bytes' text.
A line per case: AGREE (the same text), DIFFERS (then whether only non-ASCII characters differ: the ASCII letters,
digits and punctuation of both texts, in order, are the same) and each side's encoding; then the counts.

    python bench/text_charset_chromium.py

Needs Debian's ``chromium``. Writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from chromium_served import served_in_chromium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archiver.extract import extract  # noqa: E402

_BODIES = {
    "latin": "Le café du coin ouvre à 7 h; naïve façade, “quoted” — 5 €.\n",
    "cyrillic": "Совет заявил, что стена безопасна для всех.\n",
    "cjk": "市议会表示，河堤对所有人都是安全的。\n",
    "ascii": "The council said the wall is safe for everyone.\n",
}
_TYPES = ("text/plain", "text/css", "text/javascript", "application/javascript", "application/json", "text/markdown",
          "text/x-unknown", "application/ld+json")


def _cases() -> list[tuple[str, str, bytes]]:
    out = []
    for content_type in _TYPES:
        for name, text in _BODIES.items():
            body = text if "json" not in content_type else '{"t": "' + text.strip() + '"}\n'
            raw = body.encode("utf-8")
            out.append((f"{content_type} {name} UTF-8", content_type, raw))
            if name != "ascii":
                out.append((f"{content_type} {name} UTF-8 with a BOM", content_type, b"\xef\xbb\xbf" + raw))
        latin = _BODIES["latin"] if "json" not in content_type else '{"t": "' + _BODIES["latin"].strip() + '"}\n'
        out.append((f"{content_type} latin windows-1252", content_type, latin.encode("windows-1252")))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def _ascii(text: str) -> str:
    return "".join(ch for ch in text if ord(ch) < 128 and not ch.isspace())


def main() -> int:
    cases = _cases()
    kinds: dict[str, int] = {}
    with served_in_chromium([(content_type, body) for _, content_type, body in cases]) as (page, urls):
        for number, (name, content_type, body) in enumerate(cases):
            try:
                page.goto(urls[number])
                shown = _flat(page.evaluate("document.body ? document.body.innerText : ''") or "")
                chromium_encoding = page.evaluate("document.characterSet")
            except Exception as exc:  # noqa: BLE001 - a download shows nothing
                shown, chromium_encoding = "", f"({str(exc).splitlines()[0]})"
            try:
                article = extract(body, url=f"http://127.0.0.1/{number}", content_type=content_type)
                ours = _flat(article.page_text or article.text)
                our_encoding = dict(article.encoding).get("encoding", "?")
            except Exception as exc:  # noqa: BLE001 - a body we do not read is a line too
                ours, our_encoding = "", f"({type(exc).__name__})"
            if shown == ours:
                kind = "AGREE"
            elif shown and ours and _ascii(shown) == _ascii(ours):
                kind = "DIFFERS in non-ASCII only"
            else:
                kind = "DIFFERS"
            kinds[kind] = kinds.get(kind, 0) + 1
            print(f"{kind} | {name} | chromium {chromium_encoding}: {shown[:40]!r} | ours {our_encoding}: {ours[:40]!r}")
    print(f"{len(cases)} cases: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
