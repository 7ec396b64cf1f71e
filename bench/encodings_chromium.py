"""Our decoded text against the text Chromium shows, for every WHATWG encoding (enc59).

Each case is a page served from 127.0.0.1 with ``Content-Type: text/html; charset=<label>`` (or a
``<meta charset>``, or a byte-order mark) whose body holds hostile bytes between a fixed head and
tail: every high byte 0x80-0xFF of each single-byte encoding and its windows-1252 labels, bad and
unusual sequences for Shift_JIS, EUC-JP, GBK/gb18030, Big5, EUC-KR, ISO-2022-JP and UTF-8, the
replacement labels, ``x-user-defined``, and UTF-16 with lone surrogates and odd ends. Debian's
Chromium (headless, Playwright, ``executable_path``) reads ``document.body.textContent``;
:func:`archiver.extract.html.decode_html` decodes the same bytes. Prints each case whose text
differs (the label, what Chromium named the encoding, our text, Chromium's, as U+ code points)
and the count. Before extractor 141 (Python's codecs) 67 of 191 cases differed; after, 4 (the
Big5 pairs of two code points, which Chromium 156 shows as a C1 control and a lone surrogate).

    python bench/encodings_chromium.py
    python bench/encodings_chromium.py --choice   # which encoding (enc60): bench/encoding_choice_cases.py
    python bench/encodings_chromium.py --choice --host news.example.ru   # with a top-level domain as hint

With ``--choice`` the pages ask which encoding is used (``<meta>`` forms and places, a BOM, the HTTP
charset and a ``<meta>`` that disagree, 55 undeclared pages): each line is a case, our encoding (and
where it came from), Chromium's ``document.characterSet``, and whether the texts agree; then the
count. enc60 (140 cases): enc59's decode_html chose another encoding than Chromium for 11 of 30 ``<meta>``
cases, and showed other text on 19 of 61, 15 of 26 and 8 of 18 undeclared pages (tuned on, checking,
untouched); enc60's for none, and 3, 4 and 3 (the rest of the 17 lines printed name another encoding
for the same text). ``--host`` measures Chromium's top-level-domain hint.

Needs Debian's ``chromium``. Writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import Page

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from chromium_served import served_in_chromium  # noqa: E402
from encoding_choice_cases import choice_cases  # noqa: E402

from archiver.extract.html import DecodedHTML, decode_html  # noqa: E402

HEAD = b"<!DOCTYPE html><html><head><title>t</title></head><body>"
TAIL = b"</body></html>"
HIGH = bytes(range(0x80, 0x100))

SINGLE_BYTE = [
    "windows-1252", "latin1", "iso-8859-1", "ascii", "us-ascii", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4",
    "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14",
    "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874", "windows-1250", "windows-1251",
    "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
    "x-user-defined",
]
MULTI_BYTE: dict[str, list[bytes]] = {
    "shift_jis": [b"\x81A", b"\x81\x7f", b"\x80", b"\xa0", b"\xfd\xfe\xff", b"\xf0\x40", b"\x82\xa0A", b"\xb1\xdf",
                  b"\x5c\x7e", b"\x87\x40", b"\xed\x40", b"\xfa\x40", b"\x81\xa0", b"\x85\x40", b"\xeb\x40",
                  b"\xf9\xfc", b"\x81\xff", b"\x81\x80"],
    "x-sjis": [b"\x81A", b"\xf0\x40", b"\x80\xa0"],
    "euc-jp": [b"\x8e\xe0", b"\x8eA", b"\x8f\xa1\xa1", b"\x8f\xa2\xafA", b"\x8f\xa1A", b"\xa1A", b"\xad\xa1",
               b"\xfc\xfe", b"\x80", b"\xff", b"\x8e\xb1", b"\xa1\xa1", b"\xf5\xa1", b"\xa9\xa1", b"\x8f\xa2\xb7",
               b"\x8f\xf3\xf3", b"\xa1\xc0", b"\x8f\xa2\xb7\x8f"],
    "gbk": [b"\x80", b"\xff", b"\x81\x30A", b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39", b"\x84\x31\xa5\x30",
            b"\x81\x7f", b"\xa1\x41", b"\xa2\xe3", b"\xfe\x51", b"\xa6\xd9", b"\x81\x30\x81A", b"\xa8\xbc",
            b"\xfe\x50", b"\xa1\xa4", b"\x95\x32\x82\x36", b"\xe3\x32\x9a\x35", b"\x81\xff", b"\xa6\xe0", b"\xfe\x8f"],
    "gb2312": [b"\x80", b"\x81\x30\x81\x30", b"\xa6\xd9"],
    "gb18030": [b"\x80", b"\xa6\xd9", b"\xfe\x51", b"\x84\x31\xa4\x39", b"\xe3\x32\x9a\x36", b"\xa8\xbc"],
    "big5": [b"\x87\x40", b"\x88\x62", b"\x88\x64", b"\x88\xa3", b"\x88\xa5", b"\xa1\x40", b"\x80", b"\xff",
             b"\xa1\x30", b"\xc8\x7f", b"\xf9\xfe", b"\xa3\xe1", b"\xa1\xff", b"\x81\x40", b"\xc6\xa1", b"\xa1\x45",
             b"\xa2\xcc", b"\xa2\xce", b"\xf9\xd6", b"\xfe\xfe", b"\xa1A", b"\xa1\x80"],
    "euc-kr": [b"\xa1\x41", b"\xc9\xa1", b"\xfe\xfe", b"\x80", b"\xff", b"\x81\x41", b"\xa2\xe6", b"\xa2\xe7",
               b"\x81A", b"\xa1\xa1", b"\xb0\xa1", b"\xc6\x52", b"\xa2\xe8", b"\x81\x30", b"\xc9\x41", b"\xfe\xa1"],
    "ks_c_5601-1987": [b"\xa2\xe6", b"\x81A"],
    "iso-2022-jp": [b"\x1b$B\x30\x21\x1b(B", b"\x1b(J\x5c\x7e\x1b(B", b"\x1b(I\x31\x1b(B", b"\x1b$@\x30\x21\x1b(B",
                    b"\x1b$Z", b"\x0e", b"\x80", b"\x1b$B\x1b(B", b"\x1b$B\x30\x21\x0a\x30\x21\x1b(B",
                    b"\x1b$B\x21\x1b(B", b"\x1b(B\x1b(B", b"\x1b", b"\x1b$", b"\x1b$BA\x1b(B", b"\x1b$B\x2d\x21\x1b(B",
                    b"\x1b(I\x60\x1b(B", b"\x1b$B\x7f\x21\x1b(B", b"\x1b(Ja\x1b(B", b"A\x1b$B\x30\x21"],
    "utf-8": [b"\xe2\x82A", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80", b"\xf4\x90\x80\x80", b"\xff",
              b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xc2", b"\xe2\x82", b"\xf8\x88\x80\x80\x80", b"\xef\xbf\xbf"],
    "utf8": [b"\xe2\x82A"],
    "unicode-1-1-utf-8": [b"\xed\xa0\x80"],
}
REPLACEMENT = ["iso-2022-kr", "hz-gb-2312", "iso-2022-cn", "csiso2022kr", "replacement", "iso-2022-cn-ext"]


def cases() -> list[tuple[str, str, bytes]]:
    """(case name, Content-Type, body) for every case."""
    out = [(f"{label} 80-FF", f"text/html; charset={label}", HEAD + HIGH + TAIL) for label in SINGLE_BYTE]
    out += [(f"{label} {p!r}", f"text/html; charset={label}", HEAD + p + TAIL)
            for label, payloads in MULTI_BYTE.items() for p in payloads]
    out += [(label, f"text/html; charset={label}", HEAD + b"hello" + TAIL) for label in REPLACEMENT]
    out += [(f"<meta> {label}", "text/html", f'<meta charset="{label}">'.encode() + HEAD + payload + TAIL)
            for label, payload in (("x-user-defined", HIGH), ("utf-16", b"\xe2\x82\xac\xff"), ("iso-2022-kr", b"hello"),
                                   ("latin1", HIGH))]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        head, tail, a = HEAD.decode().encode(codec), TAIL.decode().encode(codec), "A".encode(codec)
        high, low = ("\ud800", "\udc00")
        for what, payload, end in (("lone high surrogate", high.encode(codec, "surrogatepass") + a, tail),
                                   ("lone low surrogate", low.encode(codec, "surrogatepass") + a, tail),
                                   ("odd last byte", a + b"A", b"")):
            out.append((f"{codec} BOM, {what}", "text/html; charset=windows-1252", bom + head + payload + end))
    out.append(("utf-8 BOM, bad bytes", "text/html; charset=windows-1252", b"\xef\xbb\xbf" + HEAD + b"\xe2\x82A\xed\xa0\x80" + TAIL))
    return out


def _body_text(text: str) -> str:
    """The text between the body's tags (all of it when a decoder ate the tags)."""
    start = text.find("<body>")
    inner = text[start + len("<body>"):] if start >= 0 else text
    return inner.removesuffix("</body></html>")


def _shown(text: str) -> str:
    return "".join(c if c.isascii() and c.isprintable() else f"<U+{ord(c):04X}>" for c in text)


def _choice_line(page: Page, name: str, decoded: DecodedHTML, shown: str, charset: str) -> bool:
    """Print one ``--choice`` case; True when our encoding and text are Chromium's. Our text is
    compared as Chromium parses it (``set_content``), so a textarea's text counts as text."""
    page.set_content(decoded.text)
    ours = page.evaluate("document.body ? document.body.textContent : ''")
    same = ours == shown and decoded.whatwg.lower() == charset.lower()
    print(f"{'same' if same else 'DIFFER'} | {name} | ours {decoded.whatwg} ({decoded.encoding_source})"
          f" | chromium {charset} | text {'equal' if ours == shown else 'differs'}")
    return same


def main() -> int:
    args = sys.argv[1:]
    choice = "--choice" in args
    # --host NAME: the pages are fetched as http://NAME:port/ (Chromium maps NAME to 127.0.0.1), so its
    # detector gets NAME's top-level domain as a hint, as on the web (127.0.0.1 gives it none)
    host = args[args.index("--host") + 1] if "--host" in args else "127.0.0.1"
    all_cases = choice_cases() if choice else cases()

    differ = 0
    with served_in_chromium([(content_type, body) for _, content_type, body in all_cases], host=host) as (page, urls):
        for url, (name, content_type, body) in zip(urls, all_cases, strict=True):
            page.goto(url)
            shown, charset = page.evaluate("[document.body.textContent, document.characterSet]")
            decoded = decode_html(body, content_type)
            ours = _body_text(decoded.text)
            if choice:
                differ += not _choice_line(page, name, decoded, shown, charset)
            elif ours != shown:
                differ += 1
                print(f"{name} | {charset} | ours {_shown(ours)} | chromium {_shown(shown)}")
    print(f"{differ} of {len(all_cases)} cases differ from Chromium's text")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
