"""What the reader sees, for fields the page does not declare: bylines ("By Stephen Lendman"),
datelines ("Global Research, June 04, 2019"), dates written into URLs; and the normalisation of
declared values (author lists without "By", job titles or emails; ISO 8601 dates).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from archiver.extract.head import clean_value

_WS = re.compile(r"\s+")

_BY_PREFIX = re.compile(
    r"^\W*(by|von|par|por|de|di|door|autor(in)?|author|written by|text|texte|текст|автор)\s*[:：]?\s+",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+|\[email\s*protected\]", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|&|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*", re.IGNORECASE)
_JOB_WORDS = re.compile(
    r"\b(reporter|editor|correspondent|staff|writer|contributor|columnist|journalist|"
    r"redakteur(in)?|korrespondent(in)?|autor(en)?|rédact(eur|rice)|journaliste|"
    r"envoyé|periodista|redactor|corresponsal|корреспондент|редактор|обозреватель|"
    r"senior|chief|bureau|desk|updated|published|min read|\d)\b",
    re.IGNORECASE,
)


def clean_authors(raw: str | Sequence[str] | None) -> list[str]:
    """Author names only: no "By", no job titles, no emails, no duplicates."""
    if not raw:
        return []
    parts = [raw] if isinstance(raw, str) else list(raw)
    pieces: list[str] = []
    for part in parts:
        part = _EMAIL.sub(" ", _BY_PREFIX.sub("", _WS.sub(" ", part).strip()))
        for piece in _AUTHOR_SPLIT.split(part):
            piece = _BY_PREFIX.sub("", piece).strip(" .:-–—()[]\"'")
            if 2 <= len(piece) <= 60 and "http" not in piece and "/" not in piece and piece not in pieces:
                pieces.append(piece)
    # "Jane Doe, Senior Reporter": the job title goes. A byline that is only a role
    # ("Staff Writer", "Redaktion") is what the page credits, so it stays.
    names = [p for p in pieces if not _JOB_WORDS.search(p)]
    return names or pieces


def citation_names(values: Sequence[str] | None) -> list[str]:
    """Highwire/Dublin Core authors, one per tag, often "Last, First": made "First Last"."""
    names: list[str] = []
    for value in values or ():
        parts = [p.strip() for p in value.split(",")]
        if len(parts) == 2 and all(parts) and len(parts[0].split()) <= 2 and len(parts[1].split()) <= 2:
            value = f"{parts[1]} {parts[0]}"
        names.extend(n for n in clean_authors(value) if n not in names)
    return names


def jsonld_authors(main: dict[str, Any]) -> list[str]:
    raw = main.get("author") or main.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = clean_value(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = clean_value(f"{item.get('givenName') or ''} {item.get('familyName') or ''}")
            if name:
                out.append(name)
        elif isinstance(item, str) and not item.startswith("http"):
            out.append(item)
    return clean_authors(out)


_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+(?:\s+(?:van|von|de|der|da|del|la|le|di|bin|al|du)?\s*[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*\.?){1,3}"
_BYLINE = re.compile(
    r"^\s*(?i:by|von|par|por|автор:?|текст:?)\s+(" + _NAME + r"(?:\s*(?:,|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)\s*" + _NAME + r")*)\s*$"
)


def byline_authors(lines: Iterable[str]) -> list[str]:
    """Authors from a visible byline such as "By Stephen Lendman" (first one on the page)."""
    for line in lines:
        if len(line) <= 100:
            m = _BYLINE.match(line)
            if m:
                return clean_authors(m.group(1))
    return []


# ----------------------------------------------------------------------------- dates

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTH_RE = "|".join(_MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_DATELINE = re.compile(
    r"^(?P<outlet>[A-Z][\w.&'’ -]{1,60}?),\s+(?P<month>" + _MONTH_RE + r")\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")


def _month(name: str) -> int | None:
    name = name.lower()
    for full, num in _MONTHS.items():
        if full.startswith(name[:3]):
            return num
    return None


def dateline(lines: Iterable[str]) -> tuple[str | None, str | None]:
    """(outlet, ISO date) from a line like "Global Research, June 04, 2019"."""
    for line in lines:
        if len(line) > 90:
            continue
        m = _DATELINE.match(line)
        if m:
            month = _month(m.group("month"))
            try:
                day = date(int(m.group("year")), month or 0, int(m.group("day")))
            except ValueError:
                continue
            return m.group("outlet").strip(), day.isoformat()
    return None, None


def split_url(url: str | None):  # noqa: ANN202 - urllib's SplitResult
    """urlsplit that returns None for URLs it cannot parse instead of raising."""
    try:
        return urlsplit(url) if url is not None else None
    except ValueError:
        return None


def url_date(url: str | None) -> str | None:
    """An ISO date written into the URL path (/2019/06/04/), if any."""
    parts = split_url(url)
    m = _URL_DATE.search(parts.path if parts else "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def iso_datetime(value: str | None) -> str | None:
    """An ISO 8601 date or datetime for a declared value, or None when it is not one."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}/\d{2}/\d{2}", value):  # Highwire's citation_date style
        value = value.replace("/", "-")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
        if not m:
            return None
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    if len(value) <= 10:
        return dt.date().isoformat()
    return dt.isoformat()
