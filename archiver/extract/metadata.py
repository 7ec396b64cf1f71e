"""Researcher-grade metadata with the source of every field.

Priority, highest first: JSON-LD, microdata, OpenGraph, ``citation_*`` (Highwire), Dublin Core,
other ``<meta>`` tags, then what the reader sees (byline and dateline patterns), then the URL.
trafilatura's metadata (with htmldate for the publication date) is tuned on real pages, so its
*values* are kept for title, author and date; our job is to say *where* each came from, to add
what it lacks (``modified``, outlet names instead of domains, author lists without "By"/job
titles/emails, byline and dateline fallbacks) and to never raise on malformed markup.

The head tables are read with lxml in one cheap pass (``<meta>``, ``<link>``, JSON-LD scripts,
``itemprop``); extruct was considered but importing it pulls in RDFa/rdflib, which costs more
than the whole extraction of a page, and its JSON-LD reader can raise on malformed scripts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from archiver.extract.html import absolute_url

_WS = re.compile(r"\s+")
_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "liveblogposting", "socialmediaposting", "posting", "medicalwebpage",
    "review", "creativework", "discussionforumposting", "qapage",
}
_PAGE_TYPES = {"webpage", "itempage", "collectionpage", "aboutpage", "profilepage"}
_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "website", "periodical",
              "publicationissue", "onlinebusiness"}


def _clean(value: Any) -> str | None:
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


# ----------------------------------------------------------------------------- head tables

@dataclass(frozen=True, slots=True)
class HeadTables:
    """Everything the page declares about itself, read once from the tree."""

    meta: dict[str, str]
    meta_all: dict[str, list[str]]
    jsonld_main: dict[str, Any]
    jsonld_org: dict[str, Any]
    jsonld_site: dict[str, Any]
    microdata: dict[str, str]
    canonical: str | None
    html_lang: str | None
    h1: str | None
    title_tag: str | None


_MULTI = ("author", "citation_author", "dc.creator", "dcterms.creator", "article:author")


def _meta_table(tree: HtmlElement) -> tuple[dict[str, str], dict[str, list[str]]]:
    """First value of every ``<meta>`` key, and all values of the author keys."""
    table: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("http-equiv") or el.get("itemprop")
        content = _clean(el.get("content"))
        if key and content:
            for k in key.lower().split():
                table.setdefault(k.strip(), content)
                if k in _MULTI:
                    multi.setdefault(k, []).append(content)
    return table, multi


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _json_objects(graph)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def _load_json(raw: str) -> Any:
    """Parse one JSON-LD script; never raises (malformed scripts are common on real pages)."""
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw.strip("<!->\n\t ")
    raw = raw.replace("//<![CDATA[", "").replace("//]]>", "")
    for candidate in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _jsonld(tree: HtmlElement) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    orgs: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        for obj in _json_objects(_load_json(script.text)):
            types = _types(obj)
            if types & _ARTICLE_TYPES:
                articles.append(obj)
            elif types & _PAGE_TYPES:
                pages.append(obj)
            elif types & _ORG_TYPES:
                orgs.append(obj)
    main = articles[0] if articles else (pages[0] if pages else {})
    sites = [o for o in orgs if "website" in _types(o) or "periodical" in _types(o)]
    org = main.get("publisher") if isinstance(main.get("publisher"), dict) else None
    if org is None and orgs:
        named = [o for o in orgs if "website" not in _types(o)] or orgs
        org = named[0]
    return main, org or {}, sites[0] if sites else {}


def _microdata(tree: HtmlElement) -> dict[str, str]:
    table: dict[str, str] = {}
    for el in tree.xpath("//*[@itemprop]"):
        props = (el.get("itemprop") or "").lower().split()
        if el.get("itemscope") is not None:
            names = el.xpath(".//*[@itemprop='name']")
            value = _clean(names[0].get("content") or names[0].text_content()) if names else None
        else:
            value = _clean(el.get("content") or el.get("datetime") or el.text_content())
        if not value:
            continue
        for prop in props:
            table.setdefault(prop, value)
    return table


def read_head(tree: HtmlElement, base_url: str | None) -> HeadTables:
    """Read the page's self-description (meta, link, JSON-LD, microdata, h1, title) once."""
    canonical = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            href = link.get("href").strip()
            canonical = absolute_url(base_url, href)
            break
    root = tree.getroottree().getroot()
    h1s = tree.xpath("//h1")
    titles = tree.xpath("//head/title|//title")
    main, org, site = _jsonld(tree)
    meta, meta_all = _meta_table(tree)
    return HeadTables(
        meta=meta,
        meta_all=meta_all,
        jsonld_main=main,
        jsonld_org=org,
        jsonld_site=site,
        microdata=_microdata(tree),
        canonical=canonical,
        html_lang=_clean(root.get("lang") or root.get("xml:lang")),
        h1=_clean(h1s[0].text_content()) if h1s else None,
        title_tag=_clean(titles[0].text_content()) if titles else None,
    )


# ----------------------------------------------------------------------------- authors

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


def _citation_names(values: Sequence[str] | None) -> list[str]:
    """Highwire/Dublin Core authors, one per tag, often "Last, First": made "First Last"."""
    names: list[str] = []
    for value in values or ():
        parts = [p.strip() for p in value.split(",")]
        if len(parts) == 2 and all(parts) and len(parts[0].split()) <= 2 and len(parts[1].split()) <= 2:
            value = f"{parts[1]} {parts[0]}"
        names.extend(n for n in clean_authors(value) if n not in names)
    return names


def _jsonld_authors(main: dict[str, Any]) -> list[str]:
    raw = main.get("author") or main.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = _clean(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = _clean(f"{item.get('givenName') or ''} {item.get('familyName') or ''}")
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


def _split(url: str | None):  # noqa: ANN202 - urllib's SplitResult
    """urlsplit that returns None for URLs it cannot parse instead of raising."""
    try:
        return urlsplit(url) if url is not None else None
    except ValueError:
        return None


def url_date(url: str | None) -> str | None:
    """An ISO date written into the URL path (/2019/06/04/), if any."""
    parts = _split(url)
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


# ----------------------------------------------------------------------------- resolution

@dataclass(frozen=True, slots=True)
class Metadata:
    """Resolved metadata fields and, for each non-empty one, its source."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    modified: str | None
    outlet: str | None
    canonical_url: str | None
    language: str | None
    description: str | None
    sources: dict[str, str]


def _first(candidates: Iterable[tuple[str, Any]]) -> tuple[str | None, str | None]:
    for source, value in candidates:
        value = _clean(value)
        if value:
            return value, source
    return None, None


def _norm(s: str | None) -> str:
    return _WS.sub(" ", (s or "")).strip().casefold()


def _title(head: HeadTables, traf_title: str | None) -> tuple[str | None, str | None]:
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    candidates = [
        ("json-ld", _clean(jl.get("headline")) or _clean(jl.get("name"))),
        ("microdata", md.get("headline")),
        ("opengraph", m.get("og:title")),
        ("citation", m.get("citation_title")),
        ("dublin-core", m.get("dc.title") or m.get("dcterms.title")),
        ("twitter", m.get("twitter:title")),
        ("h1", head.h1),
        ("title-tag", head.title_tag),
    ]
    if traf_title:
        for source, value in candidates:
            if value and _norm(value) == _norm(traf_title):
                return traf_title, source
        if head.title_tag and _norm(traf_title) in _norm(head.title_tag):
            return traf_title, "title-tag"
        if not any(value for _, value in candidates):
            return traf_title, "trafilatura"
        # trafilatura's value is nowhere on the page (e.g. salvaged from broken JSON-LD).
    return _first(candidates)


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|›|»|::|·|~|/)\s+")


def clean_title(title: str, *, h1: str | None, outlet: str | None, host: str | None) -> str:
    """The headline without the site name that ``<title>`` and og:title often append.

    "Yellow Vests and I — Pamela Anderson" becomes "Yellow Vests and I" when the page's
    ``<h1>`` is that part, or when the dropped part names the outlet or the domain.
    """
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    if h1:
        for part in parts:
            if _norm(part) == _norm(h1):
                return part
    marks = {x for x in (_alnum(outlet), _label(host)) if len(x) >= 3}

    def names_site(part: str) -> bool:
        key = _alnum(part)
        return bool(key) and any(mark in key or key in mark for mark in marks)

    if names_site(parts[-1]) and not names_site(parts[0]):
        return _TITLE_SEP.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else parts[0]
    if names_site(parts[0]) and not names_site(parts[-1]):
        return title[len(parts[0]):].lstrip(" |-–—›»:·~/")
    return title


def _words(names: Sequence[str]) -> set[str]:
    return {w for n in names for w in re.findall(r"\w+", n.casefold())}


def _authors(head: HeadTables, traf_author: str | None, lines: Sequence[str]) -> tuple[list[str], str | None]:
    m, md = head.meta, head.microdata
    structured = [
        ("json-ld", _jsonld_authors(head.jsonld_main)),
        ("microdata", clean_authors(md.get("author"))),
        ("meta:author", clean_authors(m.get("author"))),
        ("opengraph", clean_authors(m.get("article:author") if "http" not in m.get("article:author", "") else None)),
        ("citation", _citation_names(head.meta_all.get("citation_author"))),
        ("dublin-core", _citation_names(head.meta_all.get("dc.creator") or head.meta_all.get("dcterms.creator"))),
        ("meta:parsely-author", clean_authors(m.get("parsely-author") or m.get("sailthru.author"))),
        ("byline", byline_authors(lines)),
    ]
    if traf_author:
        names = clean_authors(traf_author.split("; "))
        if names:
            wanted = {_norm(n) for n in names}
            words = _words(names)
            for source, cands in structured:
                if cands and _words(cands) == words:  # same people, better split ("Last, First")
                    return cands, source
                if cands and {_norm(n) for n in cands} & wanted:
                    return names, source
            return names, "byline"
    for source, cands in structured:
        if cands:
            return cands, source
    return [], None


def _published(head: HeadTables, traf_date: str | None, line_date: str | None, url: str | None) -> tuple[str | None, str | None]:
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    declared = [
        ("json-ld", _clean(jl.get("datePublished")) or _clean(jl.get("dateCreated"))),
        ("microdata", md.get("datepublished")),
        ("opengraph", m.get("article:published_time") or m.get("og:published_time")),
        ("citation", m.get("citation_publication_date") or m.get("citation_date")),
        ("dublin-core", m.get("dc.date.issued") or m.get("dcterms.issued") or m.get("dc.date") or m.get("dcterms.created")),
        ("meta:date", m.get("pubdate") or m.get("publishdate") or m.get("date") or m.get("parsely-pub-date") or m.get("sailthru.date")),
    ]
    if traf_date:
        for source, value in declared:
            iso = iso_datetime(value)
            if iso and iso[:10] == traf_date[:10]:
                return iso, source
        if line_date == traf_date[:10]:
            return line_date, "dateline"
        if url_date(url) == traf_date[:10]:
            return traf_date[:10], "url"
        return traf_date[:10], "htmldate"
    for source, value in declared:  # htmldate found nothing plausible: the page's own claim
        iso = iso_datetime(value)
        if iso:
            return iso, source
    if line_date:
        return line_date, "dateline"
    ud = url_date(url)
    return (ud, "url") if ud else (None, None)


def _modified(head: HeadTables) -> tuple[str | None, str | None]:
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    for source, value in (
        ("json-ld", _clean(jl.get("dateModified"))),
        ("microdata", md.get("datemodified")),
        ("opengraph", m.get("article:modified_time") or m.get("og:updated_time")),
        ("dublin-core", m.get("dcterms.modified") or m.get("dc.date.modified")),
        ("meta:last-modified", m.get("last-modified") or m.get("lastmod")),
    ):
        iso = iso_datetime(value)
        if iso:
            return iso, source
    return None, None


def _hostname(url: str | None) -> str | None:
    parts = _split(url)
    try:
        host = parts.hostname if parts else None
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _outlet(head: HeadTables, traf_site: str | None, line_outlet: str | None, url: str | None) -> tuple[str | None, str | None]:
    m, jl, org = head.meta, head.jsonld_main, head.jsonld_org
    publisher = jl.get("publisher")
    publisher_name = None
    if isinstance(publisher, dict):
        publisher_name = _clean(publisher.get("name"))
    elif isinstance(publisher, str) and not publisher.startswith("http"):
        publisher_name = _clean(publisher)
    part_of = jl.get("isPartOf")
    publication = _clean(part_of.get("name")) if isinstance(part_of, dict) else None
    # The outlet is the publication ("Nature"), which can differ from the publisher
    # ("Springer Nature"): the publication's own name comes first.
    candidates = [
        (source, value)
        for source, value in (
            ("json-ld", publication or _clean(head.jsonld_site.get("name"))),
            ("opengraph", m.get("og:site_name")),
            ("json-ld", publisher_name or _clean(org.get("name"))),
            ("microdata", head.microdata.get("publisher")),
            ("citation", m.get("citation_journal_title") or m.get("citation_publisher")),
            ("dublin-core", m.get("dc.publisher") or m.get("dcterms.publisher")),
            ("meta:application-name", m.get("application-name")),
            ("dateline", line_outlet),
        )
        if value and not value.startswith("http")
    ]
    # Sites mislabel og:site_name (a section, "U.S.") or name the parent company; a candidate
    # that agrees with the domain or the site's Twitter handle is the publication's name.
    host = _hostname(url)
    marks = {x for x in (_label(host), _alnum(m.get("twitter:site"))) if x}
    for source, value in candidates:
        key = _alnum(value)
        if key in marks or (key.startswith("the") and key[3:] in marks):
            return value, source
    if candidates:
        return candidates[0][1], candidates[0][0]
    if traf_site and "." not in traf_site:
        return traf_site, "trafilatura"
    return (host, "url") if host else (None, None)


def _alnum(value: str | None) -> str:
    return re.sub(r"\W", "", (value or "").lower())


def _label(host: str | None) -> str:
    """The registrable name of a host, roughly: "nature" for www.nature.com."""
    parts = (host or "").split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else ""


def _language(head: HeadTables) -> tuple[str | None, str | None]:
    m, jl = head.meta, head.jsonld_main
    value, source = _first([
        ("html-lang", head.html_lang),
        ("meta:content-language", m.get("content-language")),
        ("opengraph", m.get("og:locale")),
        ("json-ld", jl.get("inLanguage") if isinstance(jl.get("inLanguage"), str) else None),
        ("dublin-core", m.get("dc.language") or m.get("dcterms.language")),
    ])
    if not value:
        return None, None
    value = value.split(",")[0].strip().replace("_", "-")
    parts = value.split("-")
    if not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]):
        return None, None
    tag = parts[0].lower() + "".join("-" + (p.upper() if len(p) == 2 else p) for p in parts[1:])
    return tag, source


def resolve(head: HeadTables, *, traf: Any, lines: Sequence[str], url: str | None) -> Metadata:
    """Pick every field from the best source available, recording which one it was."""
    sources: dict[str, str] = {}
    fields: dict[str, Any] = {}

    def put(name: str, pair: tuple[Any, str | None]) -> None:
        value, source = pair
        fields[name] = value
        if value and source:
            sources[name] = source

    m, jl = head.meta, head.jsonld_main
    line_outlet, line_date = dateline(lines)
    outlet = _outlet(head, getattr(traf, "sitename", None), line_outlet, url)
    title, title_source = _title(head, getattr(traf, "title", None))
    if title:
        title = clean_title(title, h1=head.h1, outlet=outlet[0], host=_hostname(url))
    put("title", (title, title_source))
    authors, src = _authors(head, getattr(traf, "author", None), lines)
    put("authors", (tuple(authors), src))
    put("published", _published(head, getattr(traf, "date", None), line_date, url))
    put("modified", _modified(head))
    put("outlet", outlet)
    canonical, csrc = _first([
        ("link:canonical", head.canonical),
        ("opengraph", m.get("og:url")),
        ("json-ld", jl.get("url") if isinstance(jl.get("url"), str) else None),
    ])
    if canonical and url and not (_split(canonical) or _split("")).scheme:
        canonical = absolute_url(url, canonical)
    put("canonical_url", (canonical, csrc))
    put("language", _language(head))
    put("description", _first([
        ("json-ld", jl.get("description")),
        ("opengraph", m.get("og:description")),
        ("meta:description", m.get("description")),
        ("dublin-core", m.get("dc.description") or m.get("dcterms.description")),
        ("twitter", m.get("twitter:description")),
    ]))
    return Metadata(sources=sources, **fields)
