"""A declared value made one clean string: the lowest step of reading what a page says about itself.

Split from :mod:`archiver.extract.head` so that both the head's reader and the name checks of
:mod:`archiver.extract.signals` use it while the head reader calls those checks
(:func:`archiver.extract.signals.name_kind`, for a ``Person`` the head declares): with it in
``head``, ``signals`` importing ``head`` and ``head`` importing ``signals`` would be a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from archiver.core import lazy_re

_WS = re.compile(r"\s+")
#: The tags a teaser written as HTML holds. Only these are read as markup: a ``<`` before any other word
#: is text (Korean, Chinese and Japanese texts set a work's title in angle brackets, "<The Palace: Tale of
#: Jang Noksu>", which an HTML parser would take for an unknown element and drop).
_TAGS = (r"(?:p|div|span|br|hr|a|b|i|u|s|em|strong|small|big|sub|sup|mark|font|abbr|cite|q|code|ul|ol|li|dl|dt|dd"
         r"|h[1-6]|blockquote|img|figure|figcaption|picture|table|thead|tbody|tr|td|th|section|article|header"
         r"|footer|aside|center|time|wbr)")
#: How a tag of :data:`_TAGS` goes on: it closes, or holds an attribute with a value ("<a href=...>"); "<A Quiet
#: Place>" and "<I Am Legend>" are titles.
_TAG_END = r"(?=\s*/?>|\s+[^<>=]*=)"
#: A tag of :data:`_TAGS` or a character reference: a value written as HTML rather than as text.
_MARKUP = lazy_re.compile(rf"</?{_TAGS}{_TAG_END}|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", re.IGNORECASE)
#: A ``<`` that opens none of :data:`_TAGS`: escaped before parsing, so that it stays text.
_TEXT_LT = lazy_re.compile(rf"<(?!/?{_TAGS}{_TAG_END})", re.IGNORECASE)
#: The elements after which a reader sees a break (so a space between the words either side).
_BREAKS = ("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote")


def clean_value(value: Any) -> str | None:
    """``value`` as one string with its whitespace collapsed, the first non-empty string of a list; None for
    anything else or nothing."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None:
            return None
    if not isinstance(value, str):
        return None
    value = _WS.sub(" ", value).strip()
    return value or None


def first_value(candidates: Iterable[tuple[str, Any]]) -> tuple[str | None, str | None]:
    """The first of ``candidates`` (source, declared value) whose value is a string once cleaned
    (:func:`clean_value`), with its source; (None, None) when none is."""
    for source, value in candidates:
        value = clean_value(value)
        if value:
            return value, source
    return None, None


def markup_text(value: str | None) -> str | None:
    """A declared value written as HTML, as the words it shows: a JSON-LD description "<p>Here&#x27;s a
    look ...</p>" (a CMS that wrote the article's teaser markup into the field, some escaping it once more:
    the head's reader decodes the first level) reads "Here's a look ...". A value with no tag and no
    character reference is returned as it is; None when the markup shows no words."""
    if value is None or not _MARKUP.search(value):
        return value
    try:
        root = lxml_html.fragment_fromstring(_TEXT_LT.sub("&lt;", value), create_parent="div")
    except (etree.ParserError, ValueError):  # (nothing to parse; a value lxml will not take)
        return value
    for el in root.iter(*_BREAKS):  # "<p>One.</p><p>Two.</p>" reads "One. Two.", not "One.Two."
        el.tail = " " + (el.tail or "")
    return clean_value(root.text_content())
