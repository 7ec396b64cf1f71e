"""Researcher-grade metadata with the source of every field.

Priority, highest first: JSON-LD, microdata, OpenGraph, ``citation_*`` (Highwire), Dublin Core,
other ``<meta>`` tags, then what the reader sees (byline and dateline patterns), then the URL.
trafilatura's metadata (with htmldate for the publication date) is tuned on real pages, so its
*values* are kept for title, author and date; our job is to say *where* each came from, to add
what it lacks (``modified``, outlet names instead of domains, author lists without "By"/job
titles/emails, byline and dateline fallbacks) and to never raise on malformed markup.

The page's declarations are read by :mod:`archiver.extract.head`, what the reader sees by
:mod:`archiver.extract.signals`; this module only decides, field by field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from archiver.extract.head import REFERENCED, HeadTables, clean_value
from archiver.extract.html import absolute_url
from archiver.extract.signals import (
    byline_authors,
    citation_names,
    clean_authors,
    dateline,
    headline_credit,
    headline_date,
    iso_datetime,
    jsonld_authors,
    name_kind,
    persons_and_orgs,
    split_url,
    updated_date,
    url_date,
)

_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Metadata:
    """Resolved metadata fields and, for each non-empty one, its source."""

    title: str | None
    authors: tuple[str, ...]
    organizations: tuple[str, ...]
    publisher: str | None
    published: str | None
    modified: str | None
    outlet: str | None
    canonical_url: str | None
    language: str | None
    description: str | None
    sources: dict[str, str]


def _first(candidates: Iterable[tuple[str, Any]]) -> tuple[str | None, str | None]:
    for source, value in candidates:
        value = clean_value(value)
        if value:
            return value, source
    return None, None


def _norm(s: str | None) -> str:
    return _WS.sub(" ", (s or "")).strip().casefold()


def _title(head: HeadTables, traf_title: str | None, marks: set[str]) -> tuple[str | None, str | None]:
    """The first title the page declares, trafilatura's pick when a declaration agrees; never a
    value that is only the site's name, nor a short section heading in ``<h1>`` when the page
    declares a title elsewhere."""
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    candidates = [
        ("json-ld", clean_value(jl.get("headline")) or clean_value(jl.get("name"))),
        ("microdata", md.get("headline")),
        ("opengraph", m.get("og:title")),
        ("citation", m.get("citation_title")),
        ("dublin-core", m.get("dc.title") or m.get("dcterms.title")),
        ("twitter", m.get("twitter:title")),
        ("h1", head.h1),
        ("title-tag", head.title_tag),
    ]
    candidates = [(src, v) for src, v in candidates if v and not names_site(v, marks)]
    declared = [v for src, v in candidates if src != "h1" and v]  # `and v`: the checker's narrowing
    if (head.h1 and declared and not any(_norm(head.h1) in _norm(v) for v in declared)
            and len(head.h1.split()) <= 3 and len(head.h1.split()) < len(declared[0].split())):
        # an <h1> that no declared title contains is a section or channel heading
        candidates = [(src, v) for src, v in candidates if src != "h1"]
        if traf_title and _norm(traf_title) == _norm(head.h1):
            traf_title = None
    if traf_title and names_site(traf_title, marks):
        traf_title = None
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


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|›|»|::|·|~|/|⋆|•)\s+")
_TIGHT_SUFFIX = re.compile(r"\s*(?:[-_|–—]|\s\()\s*([^-_|–—()]{2,40})\)?$")


def _site_marks(outlet: str | None, host: str | None) -> set[str]:
    return {x for x in (_alnum(outlet), _label(host), _alnum(host)) if len(x) >= 3}


def names_site(part: str, marks: set[str]) -> bool:
    """True when ``part`` is the site's name or a fragment of it ("Disfunctions.de", "SMAVA")."""
    key = _alnum(part)
    return bool(key) and len(part.split()) <= 6 and any(
        key in mark or (mark in key and len(key) <= len(mark) + 4) for mark in marks
    )


def clean_title(title: str, *, h1: str | None, outlet: str | None, host: str | None) -> str:
    """The headline without the site name that ``<title>`` and og:title often append.

    "Yellow Vests and I — Pamela Anderson" becomes "Yellow Vests and I" when the dropped part
    names the outlet or the domain, or when the page's ``<h1>`` is the first, longest part.
    Only the trailing (or leading) site part is dropped: a title's own first part before a
    colon or a dash ("Beyond the page - how ...") is never cut.
    """
    marks = _site_marks(outlet, host)
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        m = _TIGHT_SUFFIX.search(title)  # "标题-新华网", "Headline (neues deutschland)"
        if m and m.start() > 0 and names_site(m.group(1), marks) and not names_site(title[: m.start()], marks):
            return title[: m.start()].strip()
        return title
    if h1:  # the page's own headline is the longest part: the others are kicker and site
        for part in parts:
            if _norm(part) == _norm(h1) and len(part) >= max(len(p) for p in parts):
                return part
    seps = list(_TITLE_SEP.finditer(title))
    if names_site(parts[-1], marks) and not names_site(parts[0], marks):
        return clean_title(title[: seps[-1].start()], h1=h1, outlet=outlet, host=host)
    if names_site(parts[0], marks) and not names_site(parts[-1], marks):
        return title[seps[0].end():]
    return title


def _words(names: Sequence[str]) -> set[str]:
    return {w for n in names for w in re.findall(r"\w+", n.casefold())}


def _site_names(persons: list[str], orgs: list[str], marks: set[str]) -> tuple[list[str], list[str]]:
    """A "person" that is the site's own name ("Stylegart" on stylegart.de, "CNN"), or that name
    with a short prefix ("EFC Bayrische Bembel" on bayrische-bembel.de), is the site; one that
    extends a name already taken as the site's ("Weinlachgummis Naschtüte" after
    "Weinlachgummi") is the site's name too."""
    keep = []
    marks = {_alnum(mark) for mark in marks}
    credited = {_alnum(o) for o in orgs if len(_alnum(o)) >= 8}
    for name in persons:
        key = _alnum(name)
        if len(key) >= 3 and (any(key == mark or (len(key) >= 5 and key in mark)
                                  or (len(mark) >= 8 and key.endswith(mark) and len(key) <= len(mark) + 4) for mark in marks)
                              or any(key.startswith(org) for org in credited)):
            if name not in orgs:
                orgs.append(name)
        else:
            keep.append(name)
    return keep, orgs


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Case and accents folded, so "Gàbor Muniér" and trafilatura's "Gabor Munier" compare equal.

    Cached, and plain ASCII skips the per-character pass: the author checks fold every line of
    the page once per candidate name (this was 2-3 ms of a 20 KB page's extraction)."""
    if text.isascii():  # NFKD leaves ASCII as it is, and it holds no combining marks
        return _WS.sub(" ", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return _WS.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c))).casefold()


_LINK = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:de|com|net|org|eu|at|ch|info|fr|es|it|uk|io)\b", re.I)


def _linked_credit(value: str | None) -> set[str]:
    """Names in a ``<meta name=author>`` that carries a web address ("Frank Bueltge -
    http://bueltge.de", "Deutsche Welle (www.dw.com)"): such a value credits the site or the
    theme's designer on every page of the site, not the writer of this one. Their keys are
    refused as persons in every source (trafilatura reads the same tag)."""
    if not value or not _LINK.search(value):
        return set()
    rest = _LINK.sub(" ", value)
    return {_alnum(p) for p in re.split(r"\s[-–—|]\s|[(),;|]", rest) if len(_alnum(p)) >= 3}


_RUNNING_ON = re.compile(r"\s+[a-zß-öø-ÿа-я]{2,}(?!\w)")


def _shown(name: str, lines: Sequence[str], tags: Sequence[str]) -> bool:
    """True when the page shows ``name`` (case and accents aside) where a byline stands: in an
    author tag, or in a line where no lower-case word follows the name ("Bill Osborne on Miami
    Marine Stadium ..." is a related headline, "flappy bird on The Substring Paradox" a
    recent-comments widget, "Jane sagt:" a comment). A guess from the layout that the page
    shows nowhere else is no evidence of who wrote it."""
    key = _fold(name)
    if not key or any(key in _fold(t) for t in tags):
        return bool(key)
    pattern = re.compile(re.escape(key))
    for line in lines:
        folded = _fold(line)
        for m in pattern.finditer(folded):
            # folding kept the length (no ligatures): the original line still has its case
            rest = line[m.end():] if len(folded) == len(line) else ""
            if not _RUNNING_ON.match(rest):
                return True
    return False


def _page_spelling(name: str, lines: Sequence[str]) -> str:
    """The page's own spelling of a guessed name when it differs only in accents ("Gàbor
    Muniér" for "Gabor Munier"): a citation quotes the name as the page prints it."""
    key = _fold(name)
    if key != name.casefold():
        return name  # the guess has accents of its own
    form = re.compile(r"(?<!\w)" + r"\s+".join(r"[\w'’-]+" for _ in name.split()) + r"(?!\w)")
    for line in lines:
        if len(line) <= 200 and name not in line and key in _fold(line):
            for cand in form.finditer(line):
                if _fold(cand.group(0)) == key and cand.group(0).casefold() != name.casefold():
                    return cand.group(0)
    return name


def _referenced_authors(head: HeadTables) -> list[str]:
    """Names of the JSON-LD authors given by ``@id`` reference (see :mod:`archiver.extract.head`)."""
    raw = head.jsonld_main.get("author") or head.jsonld_main.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    return [n for item in items if isinstance(item, dict) and item.get(REFERENCED)
            for n in jsonld_authors({"author": item})[0]]


def _authors(head: HeadTables, traf_author: str | None, lines: Sequence[str], marks: set[str], *,
             headlines: Sequence[int] = (), body: tuple[int, int] | None = None) -> tuple[list[str], str | None, list[str]]:
    """(persons, source, organisations): the best-supported candidate (:func:`_candidates`), then
    checked against what the reader sees, because a wrong name in a citation is worse than none:

    - a credit printed in a byline beside the headline beats a declared person it does not
      name (the declaration is the account that posted: an editor, the site owner);
    - a declared person the page prints nowhere is not reported (the site owner, a CMS account);
    - a guess from the layout (trafilatura's, a "By" line) that the page prints only outside the
      article is a header widget, another story's byline, a commenter or a teaser: not reported;
    - one such guess that the other does not confirm must stand where credits stand (beside
      the headline or in the author box under the article), else it is too weak to cite.

    These were measured on the dev part of the metadata benchmark (bench/bench_generalise.py)
    and checked on its held-out part; see the README's extraction section.
    """
    persons, source, orgs = _candidates(head, traf_author, lines, marks)
    span = (min([*headlines, body[0]]), body[1]) if body else None
    credit = next((c for c in (headline_credit(lines, at) for at in headlines) if c), [])
    printed, printed_orgs = persons_and_orgs(credit)
    printed, printed_orgs = _site_names(printed, printed_orgs, marks)
    if (printed or printed_orgs) and not _same_people(persons, printed):
        orgs.extend(o for o in printed_orgs if o not in orgs)
        return printed, ("byline" if printed else None), _distinct(orgs)
    if source in _DECLARED and span is not None:  # a page whose text we could not read is not judged
        persons = [n for n in persons if _printed(n, lines, loose=source in ("citation", "dublin-core"))]
    elif source in ("trafilatura", "byline") and span is not None and body is not None:
        persons = [n for n in persons if not _outside_article(n, lines, span)]
        if not credit and not _confirmed(persons, traf_author, lines):
            persons = [n for n in persons if _where_credits_stand(n, lines, headlines, body)]
    return persons, (source if persons else None), orgs


def _confirmed(persons: Sequence[str], traf_author: str | None, lines: Sequence[str]) -> bool:
    """True when both layout readings name these people: trafilatura's guess and a "By" line."""
    guess = clean_authors(traf_author.split("; ")) if traf_author else []
    return _same_people(persons, guess) and _same_people(persons, byline_authors(lines))


def _where_credits_stand(name: str, lines: Sequence[str], headlines: Sequence[int], body: tuple[int, int]) -> bool:
    """True when the page prints ``name`` where an article's credit stands: beside the headline
    (a few lines either side, or between it and the first paragraph) or in the author box just
    under the last paragraph. One layout guess (trafilatura's alone, or a "By" line alone)
    printed anywhere else in the article is weak evidence, and a doubtful name is not reported."""
    key = _fold(name)
    tops = list(headlines) or [body[0]]
    for i, line in enumerate(lines):
        if key in _fold(line) and (any(abs(i - h) <= _NEAR_LINES for h in tops) or min(tops) <= i <= body[0]
                                   or body[1] < i <= body[1] + _AUTHOR_BOX_LINES):
            return True
    return False


_DECLARED = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author")
_BELOW_MARGIN = 12  # lines after the article's last paragraph that still belong to it (author box, tags)
_ABOVE_MARGIN = 8  # lines above the headline that still belong to it (kicker, byline, date)
_NEAR_LINES = 8  # a byline beside the headline: this many lines above or below it
_AUTHOR_BOX_LINES = 6  # an author box under the article: this many lines after its last paragraph


def _same_people(persons: Sequence[str], printed: Sequence[str]) -> bool:
    """True when the two credits share a person, by a word of three letters or more ("Nils" and
    "Nils Pickert", "Gabor Munier" and "Gàbor Muniér"); an empty credit shares nobody."""
    words = {w for w in _fold(" ".join(persons)).split() if len(w) >= 3}
    return bool(words & {w for w in _fold(" ".join(printed)).split() if len(w) >= 3})


def _printed(name: str, lines: Sequence[str], *, loose: bool = False) -> bool:
    """True when the page prints ``name`` somewhere (all its words, in any order: "Keller, Maria"
    is printed as "Maria Keller"); for citation tags, whose "Last, First" is printed as "M.
    Keller", the family name is enough. A declaration of a person nobody can see on the page is
    the site owner's or the CMS account's, not the article's credit."""
    text = _fold("\n".join(lines))
    if _fold(name) in text:
        return True
    words = set(re.findall(r"\w+", text))
    parts = [w for w in re.findall(r"\w+", _fold(name)) if len(w) >= 2]
    return bool(parts) and (parts[-1] in words if loose else all(w in words for w in parts))


def _outside_article(name: str, lines: Sequence[str], span: tuple[int, int]) -> bool:
    """True when no line printing ``name`` lies in the article: from a few lines above its
    headline (or its first paragraph) to a few lines after its last paragraph. A name printed
    only in the header (an account widget), in a sidebar or below the article (another story's
    byline, a commenter, a most-read teaser) is not the article's credit."""
    key = _fold(name)
    at = [i for i, line in enumerate(lines) if key in _fold(line)]
    start, end = span
    return bool(at) and not any(start - _ABOVE_MARGIN <= i <= end + _BELOW_MARGIN for i in at)


def _candidates(head: HeadTables, traf_author: str | None, lines: Sequence[str],
                marks: set[str]) -> tuple[list[str], str | None, list[str]]:
    """(persons, source, organisations) credited as authors.

    Every source's names are validated as persons (see :func:`persons_and_orgs`); credited
    organisations (agencies, newsrooms, the publisher named as author) go to their own list.
    trafilatura's value is a guess from the page: when a declared source (JSON-LD, microdata,
    meta, citation tags) names some of the same people, the declared list is reported (a
    guess adds the site owner or the poster of a comment); when they disagree the declared
    person wins; a guess the page shows nowhere is dropped; an unconfirmed guess is reported
    with the source ``trafilatura``, so a citation can tell it from a declaration.
    """
    m, md = head.meta, head.microdata
    jl_persons, jl_orgs = jsonld_authors(head.jsonld_main)
    raw = [
        ("json-ld", jl_persons),
        ("microdata", clean_authors(md.get("author"))),
        ("meta:author", clean_authors(m.get("author"))),
        ("opengraph", clean_authors(m.get("article:author") if "http" not in m.get("article:author", "") else None)),
        ("citation", citation_names(head.meta_all.get("citation_author"))),
        ("dublin-core", citation_names(head.meta_all.get("dc.creator") or head.meta_all.get("dcterms.creator"))),
        ("meta:parsely-author", clean_authors(m.get("parsely-author") or m.get("sailthru.author"))),
        ("byline", byline_authors(lines)),
    ]
    orgs: list[str] = list(jl_orgs)
    structured: list[tuple[str, list[str]]] = []
    refused: set[str] = set()
    for value in head.meta_all.get("author") or ():
        refused |= _linked_credit(value)
    for source, names in raw:
        persons, found_orgs = persons_and_orgs(names)
        orgs.extend(o for o in found_orgs if o not in orgs)
        refused |= {_alnum(n) for n in names} - {_alnum(n) for n in persons + found_orgs}
        persons, orgs = _site_names(persons, orgs, marks)
        structured.append((source, persons))
    # A name refused as doubtful in one source (a handle such as "fiona.berg") is refused in
    # all: trafilatura's or a byline's prettified copy ("Fiona Berg") is no better evidence.
    structured = [(source, [n for n in c if _alnum(n) not in refused]) for source, c in structured]
    # A graph's Person that the article only points at (``"author": {"@id": ...}``, as Yoast
    # writes it) and that the page never shows is the CMS account that posted, not the credit
    # the reader sees; a page with no visible text at all is not judged.
    referenced = _referenced_authors(head)
    if referenced and lines:
        text = _fold("\n".join(lines))
        refused |= {_alnum(n) for n in referenced if _fold(n) not in text}
        structured = [(source, [n for n in c if _alnum(n) not in refused]) for source, c in structured]
    if traf_author:
        names, found_orgs = persons_and_orgs(clean_authors(traf_author.split("; ")))
        orgs.extend(o for o in found_orgs if o not in orgs)
        names, orgs = _site_names(names, orgs, marks)
        tags = head.meta_all.get("author") or ()
        names = [_page_spelling(n, lines) for n in names if _alnum(n) not in refused and _shown(n, lines, tags)]
        if names:
            wanted = {_norm(n) for n in names}
            words = _words(names)
            for source, cands in structured:
                if cands and _words(cands) == words:  # same people, better split ("Last, First")
                    return cands, source, _distinct(orgs)
                if cands and {_norm(n) for n in cands} & wanted:
                    return cands, source, _distinct(orgs)
            declared = [(s, c) for s, c in structured if c and s not in ("byline", "opengraph")]
            if declared:
                return declared[0][1], declared[0][0], _distinct(orgs)
            return names, "trafilatura", _distinct(orgs)
    for source, cands in structured:
        if cands:
            return cands, source, _distinct(orgs)
    return [], None, _distinct(orgs)


_BIO_SEP = re.compile(r"\s*[-–—,|:(]")


# A copyright line names the site's owner, who need not be the writer who signs with a first name.
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


def _fuller_name(persons: list[str], lines: Sequence[str]) -> list[str]:
    """A lone first name ("Nils") is a doubtful citation when the page prints the full name
    ("Nils Pickert", in the author box): the one full form the page shows replaces it. Not
    from a copyright line ("© Konstantin Tretyakov"): that names the site's owner."""
    if len(persons) != 1 or " " in persons[0] or not persons[0][:1].isupper():
        return persons
    after = re.compile(r"(?<!\w)" + re.escape(persons[0]) + r"\s+([A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)(?!\w)")
    # a short line (an author box, a byline), or an author bio that opens with the name and a
    # separator ("Stefanus Stahl - Maschinenbauer, ..."); not a paragraph that mentions the name
    found = {f"{persons[0]} {m.group(1)}" for line in lines for m in after.finditer(line)
             if (len(line) <= 100 or (m.start() == 0 and _BIO_SEP.match(line, m.end())))
             and not _COPYRIGHT.search(line)}
    found = {n for n in found if name_kind(n) == "person"}
    return [found.pop()] if len(found) == 1 else persons


def _distinct(names: list[str]) -> list[str]:
    """One entry per organisation: "mdr.de" and trafilatura's "Mdr De" are the same credit."""
    out: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):  # "The Russian" is part of a longer credit
        key = _alnum(name)
        if key and not any(key in longer for longer in out):
            out[key] = name
    return [n for n in names if _alnum(n) in out and out[_alnum(n)] == n]


def _published(head: HeadTables, traf_date: str | None, line_date: str | None, url: str | None,
               modified: str | None = None, beside_headline: str | None = None) -> tuple[str | None, str | None]:
    """The publication date. htmldate's guess is kept when the page's declarations agree; when
    none does and the page prints another date beside its headline, the printed date wins
    (htmldate, reading the whole page, picks a teaser's or the sidebar's date); when the page
    declares a publication date and htmldate's is the modification date ("Last updated ..."),
    the declared publication date wins: an update is ``modified``."""
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    declared = [
        ("json-ld", clean_value(jl.get("datePublished")) or clean_value(jl.get("dateCreated"))),
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
    return _first([
        ("json-ld", _publisher_name(head) or clean_value(head.jsonld_org.get("name"))),
        ("microdata", head.microdata.get("publisher")),
        ("citation", m.get("citation_publisher")),
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


def _headlines(lines: Sequence[str], title: str | None, h1: str | None, marks: set[str]) -> list[int]:
    """Indexes of the lines that may print the article's headline, best first: its ``<h1>``
    (unless that is the site's name), its title, a line the title holds ("Blog Archiv » Podcasts
    in Plex einbinden" is printed "Podcasts in Plex einbinden")."""
    keys = [_fold(v.strip()) for v in (h1 if h1 and not names_site(h1, marks) else None, title) if v and v.strip()]
    out = [i for key in keys for i, line in enumerate(lines) if _fold(line.strip()) == key][:3]
    if title and not out:
        folded = _fold(title)
        out = [i for i, line in enumerate(lines) if len(line.split()) >= 3 and _fold(line.strip()) in folded][:3]
    return list(dict.fromkeys(out))


def _body(lines: Sequence[str], paragraphs: Sequence[str]) -> tuple[int, int] | None:
    """The indexes of the lines that print the article's first and last paragraph (of 40+
    characters), if the page prints any."""
    body = {p.strip() for p in paragraphs if len(p.strip()) > 40}
    at = [i for i, line in enumerate(lines) if line.strip() in body] if body else []
    return (at[0], at[-1]) if at else None


def resolve(head: HeadTables, *, traf: Any, lines: Sequence[str], url: str | None,
            paragraphs: Sequence[str] = ()) -> Metadata:
    """Pick every field from the best source available, recording which one it was.

    ``paragraphs`` is the article's text (trafilatura's paragraphs): where it ends on the page
    tells a byline of the article from one of a teaser below it."""
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
    title, title_source = _title(head, getattr(traf, "title", None), _site_marks(outlet[0], _hostname(url)))
    if title:
        title = clean_title(title, h1=head.h1, outlet=outlet[0], host=_hostname(url))
    put("title", (title, title_source))
    marks = {x for x in (_label(_hostname(url)), _alnum(outlet[0]), _alnum(m.get("twitter:site"))) if x}
    authors, src, orgs = _authors(head, getattr(traf, "author", None), lines, marks,
                                  headlines=_headlines(lines, title, head.h1, marks),
                                  body=_body(lines, paragraphs))
    authors = _fuller_name(authors, lines)
    put("authors", (tuple(authors), src))
    put("organizations", (tuple(orgs), None))  # from several sources at once
    put("publisher", _publisher(head))
    modified = _modified(head)
    if modified[0] is None:
        seen = updated_date(lines)
        modified = (seen, "updated-line") if seen else modified
    put("published", _published(head, getattr(traf, "date", None), line_date, url, modified[0],
                                headline_date(lines, head.h1)))
    put("modified", modified)
    put("outlet", outlet)
    canonical, csrc = _first([
        ("link:canonical", head.canonical),
        ("opengraph", m.get("og:url")),
        ("json-ld", jl.get("url") if isinstance(jl.get("url"), str) else None),
    ])
    canonical_parts = split_url(canonical)
    if canonical and url and not (canonical_parts.scheme if canonical_parts else ""):
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
