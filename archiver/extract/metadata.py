"""Researcher-grade metadata with the source of every field.

Priority, highest first: JSON-LD, microdata, OpenGraph, ``citation_*`` (Highwire), Dublin Core,
other ``<meta>`` tags, then what the reader sees (byline and dateline patterns), then the URL.
trafilatura's metadata (with htmldate for the publication date) is tuned on real pages, so its
*values* are kept for title, author and date; our job is to say *where* each came from, to add
what it lacks (``modified``, outlet names instead of domains, author lists without "By"/job
titles/emails, byline and dateline fallbacks) and to never raise on malformed markup.

The page's declarations are read by :mod:`archiver.extract.head`, what the reader sees by
:mod:`archiver.extract.signals`, who wrote it is decided by :mod:`archiver.extract.authors`, its title
by :mod:`archiver.extract.title`; this module decides the other fields and puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from archiver.core import lazy_re
from archiver.extract.authors import alnum, resolve_authors
from archiver.extract.head import HeadTables, scholarly
from archiver.extract.heading_ad_marker import heading_marker
from archiver.extract.html import absolute_url
from archiver.extract.model import AuthorSupport
from archiver.extract.printed_dates import day_beside_year, how_printed
from archiver.extract.signals import (
    dateline,
    headline_date,
    iso_datetime,
    slash_order,
    split_url,
    updated_date,
    url_date,
)
from archiver.extract.title import clean_title, declared_title, host_label, site_marks
from archiver.extract.values import clean_value, first_value, markup_text

if TYPE_CHECKING:
    from archiver.extract.text import DateSearch


class Metadata(NamedTuple):
    """Resolved metadata fields and, for each non-empty one, its source."""

    title: str | None
    authors: tuple[str, ...]
    #: each author's sources, whether they corroborate it (:func:`authors.author_support`) and its backing score
    author_support: tuple[AuthorSupport, ...]
    organizations: tuple[str, ...]
    publisher: str | None
    published: str | None
    modified: str | None
    outlet: str | None
    canonical_url: str | None
    language: str | None
    description: str | None
    sources: dict[str, str]


def _published(head: HeadTables, traf_date: str | None, line_date: str | None, url: str | None,
               modified: str | None = None, beside_headline: str | None = None, *,
               lines: Sequence[str] = (), searched: bool | DateSearch = False, order: str | None = None,
               ) -> tuple[str | None, str | None]:
    """The publication date. htmldate's guess is kept when the page's declarations agree; when
    none does and the page prints another date beside its headline, the printed date wins
    (htmldate, reading the whole page, picks a teaser's or the sidebar's date); when the page
    declares a publication date and htmldate's is the modification date ("Last updated ..."),
    the declared publication date wins: an update is ``modified``.

    htmldate's guess is dropped when it is the date of another story's JSON-LD article
    (``head.other_dates``), and when nothing declares it and either only htmldate's extensive
    search found it (``searched``) and the page does not print it as a date of its own, or the
    page prints it only as a slash date whose order it does not settle (``order``); see
    :func:`_unbacked_guess`."""
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    declared = [
        ("json-ld", clean_value(jl.get("datePublished")) or clean_value(jl.get("dateCreated"))),
        ("microdata", md.get("datepublished")),
        ("opengraph", m.get("article:published_time") or m.get("og:published_time")),
        ("citation", scholarly(m, "date")),
        ("dublin-core", m.get("dc.date.issued") or m.get("dcterms.issued") or m.get("dc.date") or m.get("dcterms.created")),
        ("meta:date", m.get("pubdate") or m.get("publishdate") or m.get("date") or m.get("parsely-pub-date") or m.get("sailthru.date")),
    ]
    if traf_date and _unbacked_guess(traf_date[:10], [iso_datetime(v) for _, v in declared] + [modified, line_date, url_date(url)],
                                     lines, searched=searched, order=order):
        traf_date = None
    if traf_date and any((iso_datetime(v) or "")[:10] == traf_date[:10] for v in head.other_dates) and not any(
            (iso_datetime(v) or "")[:10] == traf_date[:10] for _, v in declared):
        traf_date = None  # another story's date, read by htmldate from its JSON-LD
    if traf_date:
        for source, value in declared:
            iso = iso_datetime(value)
            if iso and iso[:10] == traf_date[:10]:
                return iso, source
        if beside_headline and beside_headline != traf_date[:10]:
            return beside_headline, "headline-date"
        first = next(((src, iso) for src, iso in ((src, iso_datetime(v)) for src, v in declared) if iso), None)
        if first and modified and modified[:10] == traf_date[:10] and first[1][:10] < traf_date[:10]:
            return first[1], first[0]
        if line_date == traf_date[:10]:
            return line_date, "dateline"
        if url_date(url) == traf_date[:10]:
            return traf_date[:10], "url"
        return traf_date[:10], "htmldate"
    for source, value in declared:  # htmldate found nothing plausible: the page's own claim
        iso = iso_datetime(value)
        if iso:
            return iso, source
    if beside_headline:
        return beside_headline, "headline-date"
    if line_date:
        return line_date, "dateline"
    ud = url_date(url)
    return (ud, "url") if ud else (None, None)


def _unbacked_guess(guess: str, backing: Sequence[str | None], lines: Sequence[str], *, searched: bool | DateSearch,
                    order: str | None) -> bool:
    """Whether htmldate's date ``guess`` is no publication date: nothing the page declares (nor
    its dateline or URL) gives that day, and either only the extensive search found it and the
    page's text prints it only inside a sentence ("The programme will start on June 1, 2025") or,
    for a guess on the 1st of a month, not at all with a day beside its year (htmldate fills in
    day and month: a "© 2019" footer gave 2019-01-01, a link's /2019/05/ 2019-05-01); or the text prints it only as a
    slash date whose order the page does not settle (htmldate read "03/05/2024" day-first on an
    American page)."""
    if any(b and b[:10] == guess for b in backing):
        return False
    day, month = int(guess[8:10]), int(guess[5:7])
    if searched:
        printed = how_printed(list(lines), guess, order)
        return printed in ("running", "ambiguous") or (
            day == 1 and printed == "absent" and not day_beside_year(list(lines), guess))
    return day <= 12 and day != month and how_printed(list(lines), guess, order) == "ambiguous"


def _modified(head: HeadTables) -> tuple[str | None, str | None]:
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    for source, value in (
        ("json-ld", clean_value(jl.get("dateModified"))),
        ("microdata", md.get("datemodified")),
        ("opengraph", m.get("article:modified_time") or m.get("og:updated_time")),
        ("dublin-core", m.get("dcterms.modified") or m.get("dc.date.modified")),
        ("meta:last-modified", m.get("last-modified") or m.get("lastmod")),
    ):
        iso = iso_datetime(value)
        if iso:
            return iso, source
    return None, None


def _publisher_name(head: HeadTables) -> str | None:
    publisher = head.jsonld_main.get("publisher")
    if isinstance(publisher, dict):
        return clean_value(publisher.get("name"))
    if isinstance(publisher, str) and not publisher.startswith("http"):
        return clean_value(publisher)
    return None


def _publisher(head: HeadTables) -> tuple[str | None, str | None]:
    """The organisation that publishes the page (may differ from the outlet: Condé Nast vs Wired)."""
    m = head.meta
    return first_value([
        ("json-ld", _publisher_name(head) or clean_value(head.jsonld_org.get("name"))),
        ("microdata", head.microdata.get("publisher")),
        ("citation", scholarly(m, "publisher")),
        ("dublin-core", m.get("dc.publisher") or m.get("dcterms.publisher")),
    ])


def _hostname(url: str | None) -> str | None:
    parts = split_url(url)
    try:
        host = parts.hostname if parts else None
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _outlet(head: HeadTables, traf_site: str | None, line_outlet: str | None, url: str | None) -> tuple[str | None, str | None]:
    m, jl, org = head.meta, head.jsonld_main, head.jsonld_org
    publisher_name = _publisher_name(head)
    part_of = jl.get("isPartOf")
    publication = clean_value(part_of.get("name")) if isinstance(part_of, dict) else None
    # The outlet is the publication ("Nature"), which can differ from the publisher
    # ("Springer Nature"): the publication's own name comes first.
    candidates = [
        (source, value)
        for source, value in (
            ("json-ld", publication or clean_value(head.jsonld_site.get("name"))),
            ("opengraph", m.get("og:site_name")),
            ("json-ld", publisher_name or clean_value(org.get("name"))),
            ("microdata", head.microdata.get("publisher")),
            ("citation", scholarly(m, "journal") or scholarly(m, "publisher")),
            ("dublin-core", m.get("dc.publisher") or m.get("dcterms.publisher")),
            ("meta:application-name", m.get("application-name")),
            ("dateline", line_outlet),
        )
        if value and not value.startswith("http")
    ]
    # Sites mislabel og:site_name (a section, "U.S.") or name the parent company; a candidate
    # that agrees with the domain or the site's Twitter handle is the publication's name.
    host = _hostname(url)
    marks = {x for x in (host_label(host), alnum(m.get("twitter:site"))) if x}
    for source, value in candidates:
        key = alnum(value)
        if key in marks or (key.startswith("the") and key[3:] in marks):
            return value, source
    if candidates:
        return candidates[0][1], candidates[0][0]
    traf_site = _copyright_name(traf_site) if traf_site else None
    if traf_site and "." not in traf_site:
        return traf_site, "trafilatura"
    printed = _title_outlet(head.title_tag, host)
    if printed:
        return printed, "title"
    return (host, "url") if host else (None, None)


def _copyright_name(value: str) -> str | None:
    """The holder a copyright notice names, or None when it names none: trafilatura gives a page's
    ``<meta name="copyright">`` as its site name, so "Copyright © 2001-2009" stood as an outlet (the metadata
    set's dev page bayrische-bembel.de; "Copyright (c) CondéNet 2015", "Copyright 2016 - ALMS" elsewhere).
    A value with no copyright sign or word is returned as it is."""
    if not _COPYRIGHT_SIGN.search(value):
        return value
    rest = _EDGE_MARKS.sub("", _LEADING_BY.sub("", " ".join(_COPYRIGHT_WRAP.sub(" ", value).split())))
    return rest if sum(ch.isalpha() for ch in rest) >= 2 else None


#: What marks a copyright notice, and what wraps its holder's name: the sign or word, years and year ranges,
#: "All rights reserved"; then a "by" before the name.
_COPYRIGHT_SIGN = lazy_re.compile(r"\bcopyright\b|©|ⓒ|\(c\)", re.IGNORECASE)
_COPYRIGHT_WRAP = lazy_re.compile(
    r"\bcopyright\b|©|ⓒ|\(c\)|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|\d\d))?\b|\ball rights reserved\b\.?",
    re.IGNORECASE)
_LEADING_BY = lazy_re.compile(r"^\W*by\b", re.IGNORECASE)


def _trimmed(name: str) -> str:
    """A name cut out of a title without the marks around it ("✂ Uniqz®" -> "Uniqz"); a bracket it
    opens is closed ("SONNTAG (Sachsen)")."""
    name = _EDGE_MARKS.sub("", name)
    return name + ")" if name.count("(") > name.count(")") else name


_EDGE_MARKS = lazy_re.compile(r"^\W+|\W+$")
_LANGUAGE_CODE = lazy_re.compile(r"[A-Za-z]{2,3}")
_TITLE_PARTS = lazy_re.compile(r"\s+[|–—»·•:-]+\s+|\s*[|»·•]\s*")


def _title_outlet(title: str | None, host: str | None) -> str | None:
    """The site's name as its ``<title>`` prints it, when the page declares no name: the words of a
    part of the title at either end (the title has two parts or more) that spell the domain's name ("Pluralsight Tech Blog |
    Managing ..." on pluralsight.com gives "Pluralsight", "... - Harbor Daily" on harbor-daily.example
    "Harbor Daily"). A citation names the outlet as the site writes it, not
    its domain; a title that does not spell the domain says nothing of the name."""
    label = alnum(host_label(host))
    parts = [p for p in _TITLE_PARTS.split(title or "") if p.strip()]
    if len(parts) < 2 or len(label) < 3:
        return None  # a title of one part is the headline alone
    for part in (parts[-1], parts[0]):  # the site's name stands at an end of the title
        words = part.split()
        for i in range(len(words)):
            for j in range(i + 1, min(i + 5, len(words)) + 1):
                key = alnum(" ".join(words[i:j]))
                if key == label or key == "the" + label:
                    return _trimmed(" ".join(words[i:j]))
                if len(key) > len(label) + 3:
                    break
    return None


def _language(head: HeadTables) -> tuple[str | None, str | None]:
    m, jl = head.meta, head.jsonld_main
    value, source = first_value([
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
    if not _LANGUAGE_CODE.fullmatch(parts[0]):
        return None, None
    tag = parts[0].lower() + "".join("-" + (p.upper() if len(p) == 2 else p) for p in parts[1:])
    return tag, source


def resolve(head: HeadTables, *, traf: Any, lines: Sequence[str], url: str | None,
            paragraphs: Sequence[str] = (), contexts: Sequence[int] | None = None, date_searched: bool | DateSearch = False,
            comments: frozenset[int] = frozenset(), asides: frozenset[int] = frozenset()) -> Metadata:
    """Pick every field from the best source available, recording which one it was.

    ``paragraphs`` is the article's text (trafilatura's paragraphs): where it ends on the page
    tells a byline of the article from one of a teaser below it; ``contexts`` (each line's DOM
    context bits) tell a comments section's lines, whose credits are readers'. ``date_searched``:
    trafilatura's date came from htmldate's extensive search only
    (:func:`archiver.extract.text.page_date`); ``comments`` and ``asides``: the indexes of the lines
    in a reader comment and in a sidebar or related-story box
    (:func:`archiver.extract.signals.headline_date`)."""
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
    title, title_source = declared_title(head, getattr(traf, "title", None), site_marks(outlet[0], _hostname(url)))
    if title:
        site_h1 = head.h1 if head.h1_home else None  # a blog's name linked home is the site's, not a headline
        title = clean_title(title, h1=None if site_h1 else head.h1, outlet=outlet[0], host=_hostname(url),
                            site_name=site_h1)
        marked = heading_marker(title)  # "... (Anzeige)": the page's label, no word of the title (noticeleft54)
        title = marked[0] if marked else title
    put("title", (title, title_source))
    marks = {x for x in (host_label(_hostname(url)), alnum(outlet[0]), alnum(m.get("twitter:site"))) if x}
    authors, src, orgs, support = resolve_authors(head, getattr(traf, "author", None), lines, marks,
                                                  title=title, paragraphs=paragraphs, contexts=contexts)
    put("authors", (tuple(authors), src))
    fields["author_support"] = tuple(AuthorSupport(n, tuple(s), ok, b) for n, s, ok, b in support)
    put("organizations", (tuple(orgs), None))  # from several sources at once
    put("publisher", _publisher(head))
    modified = _modified(head)
    order = slash_order(_language(head)[0])
    if modified[0] is None:
        seen = updated_date(lines, order)
        modified = (seen, "updated-line") if seen else modified
    put("published", _published(head, getattr(traf, "date", None), line_date, url, modified[0],
                                headline_date(lines, head.h1, order, comments, asides), lines=lines, searched=date_searched,
                                order=order))
    put("modified", modified)
    put("outlet", outlet)
    canonical, csrc = first_value([
        ("link:canonical", head.canonical),
        ("opengraph", m.get("og:url")),
        ("json-ld", jl.get("url") if isinstance(jl.get("url"), str) else None),
    ])
    canonical_parts = split_url(canonical)
    if canonical and url and not (canonical_parts.scheme if canonical_parts else ""):
        canonical = absolute_url(url, canonical)
    put("canonical_url", (canonical, csrc))
    put("language", _language(head))
    description, description_source = first_value([
        ("json-ld", jl.get("description")),
        ("opengraph", m.get("og:description")),
        ("meta:description", m.get("description")),
        ("dublin-core", m.get("dc.description") or m.get("dcterms.description")),
        ("twitter", m.get("twitter:description")),
    ])
    put("description", (markup_text(description), description_source))
    return Metadata(sources=sources, **fields)
