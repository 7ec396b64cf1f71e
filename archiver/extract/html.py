"""Bytes to text for HTML pages: which encoding, and how we know.

A page is evidence only if its characters come out as the publisher wrote them, so the order
follows what browsers do (WHATWG "encoding sniffing"): a byte-order mark wins, then the HTTP
``Content-Type`` charset, then a ``<meta charset>`` / ``http-equiv`` declaration found as Chromium
finds it (:mod:`archiver.extract.meta_charset`), then strict UTF-8, and only then detection among
the encodings Chromium's detector names (chardet; measured, enc60). Labels that
browsers treat as windows-1252 (``iso-8859-1``, ``ascii``) are decoded as windows-1252, as a
browser would show them.

The bytes are decoded by the Encoding Standard's own decoders (``endec``, Firefox's encoding_rs),
never by Python's codecs, which differ from them (measured against Chromium 156, enc59, 59 byte
sequences in ``tests/test_encoding_whatwg.py``): Python's cp1252 and the other windows-125x lack
bytes the standard maps to C1 controls (0x81, 0x8D ...), its KOI8-U lacks ў/Ў, its Shift_JIS
gives private-use characters for 0xA0 and 0xFD-0xFF, its GBK has no euro at 0x80, its EUC-JP
and ISO-2022-JP lack the NEC rows (①), and its multi-byte decoders answer a bad pair with two
U+FFFD where the standard gives one (and re-reads the second byte only when it is ASCII). A quote
checked against our text must match the text the reader saw.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Any, NamedTuple
from urllib.parse import urljoin

import endec

from archiver.core import readable
from archiver.core.mime import charset as mime_charset
from archiver.extract.meta_charset import declared_encoding

_BOMS = (
    (codecs.BOM_UTF8, "UTF-8"),
    (codecs.BOM_UTF16_LE, "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "UTF-16BE"),
)

# The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels):
# encoding name -> (the Python codec of the same name, its labels). The table is webencodings'
# (0.6.1), which ``tests/test_encoding_whatwg.py`` checks, with the standard's spelling of each name;
# the Python codec only reads charset-normalizer's answers (:func:`_python_names`): the bytes are
# decoded by :func:`decode_bytes`. A label not listed here (utf-7, utf-32, cesu-8, ebcdic ...) is no
# encoding a browser would use, so it is ignored and the next step of the sniffing algorithm decides.
_WHATWG: dict[str, tuple[str, str]] = {
    "UTF-8": ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "IBM866": ("cp866", "866 cp866 csibm866 ibm866"),
    "ISO-8859-2": ("iso8859_2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 "
                   "iso_8859-2:1987 l2 latin2"),
    "ISO-8859-3": ("iso8859_3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 "
                   "iso_8859-3:1988 l3 latin3"),
    "ISO-8859-4": ("iso8859_4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 "
                   "iso_8859-4:1988 l4 latin4"),
    "ISO-8859-5": ("iso8859_5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 "
                   "iso_8859-5 iso_8859-5:1988"),
    "ISO-8859-6": ("iso8859_6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 "
                   "iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 "
                   "iso_8859-6:1987"),
    "ISO-8859-7": ("iso8859_7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 "
                   "iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"),
    "ISO-8859-8": ("iso8859_8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 "
                   "iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"),
    "ISO-8859-8-I": ("iso8859_8", "csiso88598i iso-8859-8-i logical"),
    "ISO-8859-10": ("iso8859_10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    "ISO-8859-13": ("iso8859_13", "iso-8859-13 iso8859-13 iso885913"),
    "ISO-8859-14": ("iso8859_14", "iso-8859-14 iso8859-14 iso885914"),
    "ISO-8859-15": ("iso8859_15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"),
    "ISO-8859-16": ("iso8859_16", "iso-8859-16"),
    "KOI8-R": ("koi8_r", "cskoi8r koi koi8 koi8-r koi8_r"),
    "KOI8-U": ("koi8_u", "koi8-ru koi8-u"),
    "macintosh": ("mac_roman", "csmacintosh mac macintosh x-mac-roman"),
    "windows-874": ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "windows-1250": ("cp1250", "cp1250 windows-1250 x-cp1250"),
    "windows-1251": ("cp1251", "cp1251 windows-1251 x-cp1251"),
    "windows-1252": ("cp1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 "
                     "iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"),
    "windows-1253": ("cp1253", "cp1253 windows-1253 x-cp1253"),
    "windows-1254": ("cp1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                     "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"),
    "windows-1255": ("cp1255", "cp1255 windows-1255 x-cp1255"),
    "windows-1256": ("cp1256", "cp1256 windows-1256 x-cp1256"),
    "windows-1257": ("cp1257", "cp1257 windows-1257 x-cp1257"),
    "windows-1258": ("cp1258", "cp1258 windows-1258 x-cp1258"),
    "x-mac-cyrillic": ("mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    "GBK": ("gb18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
    "gb18030": ("gb18030", "gb18030"),
    "Big5": ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "EUC-JP": ("euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "ISO-2022-JP": ("iso2022_jp", "csiso2022jp iso-2022-jp"),
    "Shift_JIS": ("cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    "EUC-KR": ("cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
               "ksc5601 ksc_5601 windows-949"),
    "replacement": ("replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"),
    "UTF-16BE": ("utf-16-be", "unicodefffe utf-16be"),
    "UTF-16LE": ("utf-16-le", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
    "x-user-defined": ("x-user-defined", "x-user-defined"),
}
_LABELS: dict[str, str] = {label: name for name, (_, labels) in _WHATWG.items() for label in labels.split()}


@functools.cache
def _python_names() -> dict[str, str]:
    """Python codec name -> WHATWG name, for reading charset-normalizer's answers.

    Built on first use, not at import: looking up every label imports some 120 codec modules,
    which cost more than the rest of a page's decoding, and only undeclared pages need it."""
    out: dict[str, str] = {}
    for name, (codec, labels) in _WHATWG.items():
        for candidate in (codec, *labels.split()):
            try:
                out.setdefault(codecs.lookup(candidate).name, name)
            except LookupError:
                continue
    return out



class DecodedHTML(NamedTuple):
    """The page as text, with the encoding used and where that choice came from."""

    text: str
    encoding: str  # the Python codec of that encoding (the detector's vocabulary; it did not decode it)
    encoding_source: str  # "bom", "http", "meta", "utf-8", "language-default", "detected", "default"
    whatwg: str = ""  # the WHATWG Encoding Standard name of that encoding
    note: str = ""  # a declared label we did not use, and why

    def provenance(self) -> tuple[tuple[str, str], ...]:
        """What goes into the extraction: encoding name, source, and any note."""
        items = [("encoding", self.whatwg or self.encoding), ("source", self.encoding_source)]
        if self.note:
            items.append(("note", self.note))
        return tuple(items)


#: ASCII whitespace, what the Encoding Standard's "get an encoding" trims from a label (Python's
#: ``str.strip`` also trims a no-break space and 0x1C-0x1F, which make a label no label).
_ASCII_WHITESPACE = "\t\n\x0c\r "


def whatwg_encoding(label: str | None) -> str | None:
    """The WHATWG encoding name for a label (trimmed of ASCII whitespace, case-insensitive), or None."""
    if not label:
        return None
    return _LABELS.get(label.strip(_ASCII_WHITESPACE).lower())


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any, as a browser parses it
    (:func:`archiver.core.mime.charset`)."""
    return mime_charset(content_type)


_HIGH_SURROGATE = range(0xD8, 0xDC)


def _chromium_utf16_end(body: bytes, name: str) -> bytes:
    """UTF-16 bytes without the code unit left open at their end, as Chromium 156 shows them.

    The standard ends such a stream with U+FFFD (an odd last byte, or a high surrogate no low one
    follows); Chromium shows nothing for it (measured, enc59), so a quote of the page's last words
    matches its text. A lone surrogate inside the text is U+FFFD in both."""
    if len(body) % 2:
        body = body[:-1]
    high_byte = body[-2:-1] if name == "UTF-16BE" else body[-1:]  # of the last code unit
    return body[:-2] if high_byte and high_byte[0] in _HIGH_SURROGATE else body


def decode_bytes(body: bytes, name: str, *, strict: bool = False) -> str:
    """``body`` decoded with the WHATWG encoding ``name`` by the Encoding Standard's decoder.

    Every body we vouch for is decoded here (a page, a text body, at capture, ``reextract``, an
    import and ``log verify --deep`` alike). Bad bytes are U+FFFD as the standard's error mode
    "replacement" gives them, one for each bad sequence; ``strict`` raises ``UnicodeError``
    instead. ``replacement`` (``iso-2022-kr``, ``hz-gb-2312`` ...) is one U+FFFD for the whole
    body, ``x-user-defined`` maps 0x80-0xFF to U+F780-U+F7FF. No byte-order mark is read here:
    :func:`decode_html` reads it first, as browsers do."""
    if name in ("UTF-16LE", "UTF-16BE"):
        body = _chromium_utf16_end(body, name)
    return endec.decode(body, name, "strict" if strict else "replace", bom="ignore")


def _try(body: bytes, name: str | None, *, declared: bool = False) -> str | None:
    """Decode strictly; a *declared* codec always wins, its bad bytes each shown as U+FFFD.

    A browser decodes with the encoding the page declares (HTTP, then ``<meta>``) whatever its
    bytes (the Encoding Standard's decoders replace what does not decode; Chromium 156 measured,
    sec58). Until extractor 134 a declared encoding with more than 3 bad bytes (or one per 2000
    characters) was dropped for detection, so a ``charset=UTF-8`` page quoted "âãÏÓ" where the
    browser shows four U+FFFD: text the page never showed was made quotable."""
    if name is None:
        return None
    try:
        return decode_bytes(body, name, strict=True)
    except UnicodeError:
        if not declared:
            return None
    return decode_bytes(body, name)


def _ignored(label: str | None, where: str) -> str:
    if label and whatwg_encoding(label) is None:
        return f"charset {label!r} ({where}) is not a WHATWG encoding label browsers support: ignored"
    return ""


def decode_html(body: bytes, content_type: str | None = None) -> DecodedHTML:
    """Decode an HTML entity body to text, recording the encoding and its source.

    Only WHATWG Encoding Standard labels are honoured, as in browsers: ``charset=utf-7``
    would turn ``+AG4AbwB0-`` into "not" where a browser shows the bytes as they are.

    Args:
        body: the entity body (content coding already removed).
        content_type: the HTTP Content-Type header value, which may carry a charset.

    Returns:
        The decoded text (BOM removed) with the codec name and where it came from.
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return DecodedHTML(decode_bytes(body[len(bom):], name), _WHATWG[name][0], "bom", name)
    notes: list[str] = []
    header_label = charset_from_content_type(content_type)
    notes.append(_ignored(header_label, "HTTP Content-Type"))
    header_name = whatwg_encoding(header_label)
    text = _try(body, header_name, declared=True)
    if text is not None and header_name:
        return _done(text, header_name, "http", notes)
    meta = declared_encoding(body, whatwg_encoding)
    notes.extend(_ignored(label, "<meta>") for label in meta.unknown[:1])
    meta_name = meta.name
    text = _try(body, meta_name, declared=True)
    if text is not None and meta_name:
        return _done(text, meta_name, "meta", notes)
    text = _try(body, "UTF-8")
    if text is not None:
        return _done(text, "UTF-8", "utf-8", notes)
    return _undeclared(body, notes)


def _undeclared(body: bytes, notes: list[str]) -> DecodedHTML:
    """A page that declares no charset and is not UTF-8: the encoding Chromium's detector would pick.

    Chromium 156 runs its detector (compact_enc_det) on every such page, one word long or a book,
    and ignores ``<html lang>`` (measured from 127.0.0.1, ``bench/encodings_chromium.py --choice``:
    French bytes under ``lang="ru"`` are windows-1252, one Russian word is windows-1251, one Korean
    word EUC-KR). Until extractor 144 a page's ``lang`` chose a locale default and fewer than 64
    non-ASCII bytes kept windows-1252. The same text as Chromium's, enc59's rules -> these: 42 -> 58
    of the 61 pages the rules were set on; 11 -> 22 of 26 pages added to check them (they showed a
    first rule, "a few lone accented letters stay windows-1252", wrong on short Czech, Turkish,
    Romanian and Baltic sentences, and set :data:`WESTERN_SHARE`); 10 -> 15 of 18 added after, on
    which nothing was tuned. Where nothing fits, or the detected encoding shows the same text,
    windows-1252, the default of a Western locale (a headless Chromium's and most readers').
    Chromium also takes the site's top-level domain as a hint (19 of 140 pages change served as
    ``news.example.ru``): we follow its answer without a hint."""
    name = _detect(body)
    western = decode_bytes(body, "windows-1252")
    if name is None or _lone_letters_are_western(name, body):
        why = f"detection's {name} cannot be written in lone accented letters" if name else "detection found nothing"
    else:
        text = decode_bytes(body, name)
        if text != western:
            notes.append(f"no charset declared and not UTF-8: {name}, detected")
            return _done(text, name, "detected", notes)
        why = f"detection's {name} shows the same text"
    notes.append(f"no charset declared and not UTF-8: windows-1252, the browser default ({why})")
    return _done(western, "windows-1252", "default", notes)


def _done(text: str, name: str, source: str, notes: list[str]) -> DecodedHTML:
    return DecodedHTML(text, _WHATWG[name][0], source, name, "; ".join(n for n in notes if n))


#: Encodings of scripts whose every letter is a high byte (Cyrillic, Greek, Hebrew, Arabic, Thai) or
#: a pair of them (Chinese, Japanese, Korean): no word of theirs stands as one byte between ASCII.
_RUN_SCRIPTS = frozenset(["windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866", "windows-1253", "ISO-8859-7",
                          "windows-1255", "ISO-8859-8", "windows-1256", "ISO-8859-6", "windows-874", "Shift_JIS",
                          "EUC-JP", "GBK", "gb18030", "Big5", "EUC-KR"])
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2}")


def _lone_letters_are_western(name: str, body: bytes) -> bool:
    """A detected non-Latin script, but every high byte stands alone between ASCII bytes: windows-1252.

    Such bytes are a Western page's accented letters ("Noël Çelik", "déjà vu", "a naïve café"); no
    word of Cyrillic, Greek, Arabic, Hebrew or Thai, and no CJK character, is written so. On them
    chardet guesses windows-1256 or -1251 (measured, enc60) where Chromium 156 shows windows-1252.
    A guess of a Latin encoding stands: Chromium detects a Czech, Turkish, Romanian or Baltic
    sentence of two or three accented letters (windows-1250, -1254, -1257), and chardet does too."""
    return name in _RUN_SCRIPTS and _HIGH_RUN.search(body) is None


#: The encodings Chromium's detector (compact_enc_det) names for undeclared web pages, in chardet's
#: spelling: no DOS or Mac code page, no ISO-8859-1/15 (a Latin page is windows-1252 there).
_DETECTABLE = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
               "iso8859-2", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8", "iso8859-13", "koi8-r",
               "koi8-u", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr", "iso-2022-jp")


#: windows-1252 is kept when chardet's confidence in it is at least this share of its best guess's.
WESTERN_SHARE = 0.8


def _detect(body: bytes) -> str | None:
    """chardet's pick among the encodings Chromium's detector names, as Chromium names it.

    chardet (7.x) ranks the encodings (``detect_all``); windows-1252, the browser default, is kept
    unless another is clearly better (:data:`WESTERN_SHARE`): on a few accented letters its guesses
    are near ties (windows-1250 0.010, windows-1252 0.010 for "a naïve café", Chromium shows
    windows-1252), where a Czech, Turkish or Romanian sentence's encoding leads windows-1252 by 1.5x
    or more (Chromium detects those). A detected gb18030 is named GBK, as Chromium names it (the
    standard's GBK decoder is gb18030's)."""
    import chardet  # only pages that declare no encoding need it

    ranked = chardet.detect_all(body[:200_000], include_encodings=_DETECTABLE, ignore_threshold=True)
    found = ranked[0]["encoding"] if ranked else None
    if not found:
        return None
    western = next((r["confidence"] for r in ranked if (r["encoding"] or "").lower() == "windows-1252"), 0.0)
    if western >= WESTERN_SHARE * ranked[0]["confidence"]:
        return "windows-1252"
    name = whatwg_encoding(found) or _web_name(found)
    return "GBK" if name == "gb18030" else name


def _web_name(python_codec: str) -> str | None:
    """The WHATWG encoding a Python codec name (as a detector gives it) stands for, if any."""
    try:
        name = _python_names().get(codecs.lookup(python_codec).name)
    except LookupError:
        return None
    return None if name in ("replacement", "x-user-defined", "UTF-16BE", "UTF-16LE") else name


def absolute_url(base: str | None, href: str) -> str | None:
    """``href`` resolved against ``base``; None for a URL that cannot be parsed at all
    (real pages carry hrefs such as ``http://[ccpa-preferences]``)."""
    try:
        return urljoin(base, href) if base else href
    except ValueError:
        return None


def looks_like_html(body: bytes) -> bool:
    """Sniff HTML (:func:`archiver.core.readable.looks_like_html`)."""
    return readable.looks_like_html(body)


# What a reader sees in <sup>/<sub>: ten to the sixth is "10⁶", not "106" (flattened, the
# archived text said "106" and a quote "106" verified against a page that never said it).
# Only characters Unicode has raised and lowered forms for are rewritten: digits and + - − = ( ).
_SUP = str.maketrans("0123456789+-\u2212=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾")
_SUB = str.maketrans("0123456789+-\u2212=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
_SCRIPTABLE = frozenset("0123456789+-\u2212=() \t\r\n\u00a0")


def raise_scripts(tree: Any) -> None:
    """Rewrite, in place, the text of every ``<sup>``/``<sub>`` holding only digits and
    ``+ - = ( )`` (at least one digit) as Unicode superscript/subscript characters.

    Why in the tree, before anything reads it: trafilatura's main text and our ``page_text``
    both flatten inline elements, so ``10<sup>6</sup>`` became "106", a different number. The
    elements stay where they are (links in them too); only their characters change. Other
    content (letters, a bracketed "[1]" link) has no such form and is left as it was."""
    for el in tree.iter("sup", "sub"):
        content = "".join(el.itertext())
        if not content or not _SCRIPTABLE.issuperset(content) or not any(c.isdigit() for c in content):
            continue
        table = _SUP if el.tag == "sup" else _SUB
        if el.text:
            el.text = el.text.translate(table)
        for child in el.iterdescendants():
            if child.text:
                child.text = child.text.translate(table)
            if child.tail:
                child.tail = child.tail.translate(table)
