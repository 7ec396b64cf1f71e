"""The page's title: which of its declarations is the headline, and the headline without the site's name.

Split from :mod:`archiver.extract.metadata` (which puts the fields together) as the title's own rules grew:
the declarations are read by :mod:`archiver.extract.head`; here they are weighed against the ``<h1>`` and
``<title>``, and a chosen title loses the site's name its tag appends (:func:`clean_title`).
"""

from __future__ import annotations

import re

from archiver.core import lazy_re
from archiver.extract.authors import alnum, names_site, norm
from archiver.extract.head import HeadTables, scholarly
from archiver.extract.values import clean_value, first_value


def declared_title(head: HeadTables, traf_title: str | None, marks: set[str]) -> tuple[str | None, str | None]:
    """The first title the page declares, trafilatura's pick when a declaration agrees; never a
    value that is only the site's name, nor a short section heading in ``<h1>`` when the page
    declares a title elsewhere. For an ``<h1>`` of two or three words, that title must be declared
    in a tag other than ``<title>`` and not name the site ("Valley Times – News, Sport and
    Weather" is the site's motto, not a headline); a one-word ``<h1>`` ("News", "Quicklink") gives
    way to ``<title>`` too.

    The ``<h1>`` beats a declared title cut short of it (:func:`_cut_short`) or set behind a kicker
    (:func:`_kicked`), and a social or Dublin Core title that is unrelated to an ``<h1>`` of two words
    or more and a ``<title>`` that agree with each other (a slogan: "Local news you can trust")."""
    m, jl, md = head.meta, head.jsonld_main, head.microdata
    archive = _BLOG_ARCHIVE.match(head.title_tag or "")
    if archive and alnum(archive.group(1)):  # "<blog> » Blog Archive » <post>": <blog> names the site, whatever its host
        marks = marks | {alnum(archive.group(1))}
    home = alnum(head.h1) if head.h1_home else ""  # the blog's name, linked to its home page: the site's, not a headline
    if home:
        marks = marks | {home}
    candidates = [
        ("json-ld", clean_value(jl.get("headline")) or clean_value(jl.get("name"))),
        ("microdata", md.get("headline")),
        ("opengraph", m.get("og:title")),
        ("citation", scholarly(m, "title")),
        ("dublin-core", m.get("dc.title") or m.get("dcterms.title")),
        ("twitter", m.get("twitter:title")),
        ("h1", head.h1),
        ("title-tag", head.title_tag),
    ]
    candidates = [(src, v) for src, v in candidates if v and not names_site(v, marks) and alnum(v) != home]
    whole = [t for t in (head.title_tag, head.h1) if t]
    cut = {v for src, v in candidates if v and src not in ("h1", "title-tag") and any(_cut_at_quote(v, w) for w in whole)}
    if cut:
        candidates = [(src, v) for src, v in candidates if v not in cut]
        traf_title = None if clean_value(traf_title) in cut else traf_title
    h1 = head.h1 if any(src == "h1" for src, _ in candidates) else None
    several = len((h1 or "").split()) >= 2  # a one-word <h1> ("News", "Quicklink") is a section's name
    agreed = several and _agrees(head.title_tag, h1 or "")
    declared = [v for src, v in candidates  # `and v`: the checker's narrowing
                if v and src != "h1" and not (several and (src == "title-tag" or _mentions_site(v, marks)))]
    if (h1 and not agreed and declared and not any(norm(h1) in norm(v) for v in declared)
            and len(h1.split()) <= 3 and len(h1.split()) < len(declared[0].split())):
        # an <h1> that no declared title contains is a section or channel heading
        candidates = [(src, v) for src, v in candidates if src != "h1"]
        if traf_title and norm(traf_title) == norm(h1):
            traf_title = None
        h1 = None
    if h1 and any(v and src != "h1" and _kicked(v, h1) for src, v in candidates):
        # the headline a declaration sets behind its kicker is the <h1>: a declaration of it or the <h1> itself
        return first_value([(src, v) for src, v in candidates if norm(v) == norm(h1)])
    if h1:
        dropped = {norm(v) for src, v in candidates if v and src not in ("h1", "title-tag") and (
            _cut_short(v, h1) or (agreed and src in _LOOSE_TITLES and not _related(v, h1, head.title_tag)))}
        candidates = [(src, v) for src, v in candidates if norm(v) not in dropped or src in ("h1", "title-tag")]
        if traf_title and (_cut_short(traf_title, h1) or norm(traf_title) in dropped):
            traf_title = None  # trafilatura's pick is one of the values dropped above
    if traf_title and (names_site(traf_title, marks) or alnum(traf_title) == home):
        traf_title = None
    if traf_title:
        for source, value in candidates:
            if value and norm(value) == norm(traf_title):
                return traf_title, source
        if head.title_tag and norm(traf_title) in norm(head.title_tag):
            return traf_title, "title-tag"
        if not any(value for _, value in candidates):
            return traf_title, "trafilatura"
        # trafilatura's value is nowhere on the page (e.g. salvaged from broken JSON-LD).
    return first_value(candidates)


def _mentions_site(value: str, marks: set[str]) -> bool:
    """Whether a part of a title-like ``value`` (between separators) is the site's name."""
    return any(names_site(part, marks) for part in _TITLE_SEP.split(value))


def _cut_short(value: str, h1: str) -> bool:
    """A declared title cut short of the ``<h1>``: its beginning, ending in an ellipsis ("... over
    costs and …") or in the middle of a word ("... debate ov"). A beginning that ends at a word's
    end is not cut short: the ``<h1>`` may carry a subtitle after the headline."""
    value, full = norm(value), norm(h1)
    stem = value.rstrip(".… ")
    if not stem or len(stem) >= len(full) or not full.startswith(stem):
        return False
    return value.endswith(("…", "...")) or (stem[-1].isalnum() and full[len(stem)].isalnum())


#: The declarations sites fill with a slogan or a section's name ("Local news you can trust", "Pressemeldungen
#: des Deutschen Caritasverbandes" as dc.title on caritas.de): one unrelated to an ``<h1>`` and ``<title>`` that
#: agree gives way to them.
_LOOSE_TITLES = ("opengraph", "twitter", "dublin-core")


def _kicked(value: str, h1: str) -> bool:
    """A declared title that is the ``<h1>`` behind a kicker and a colon: og:title "Wahl: Eva Welskop-Deffaa zur
    neuen Caritas-Präsidentin gewählt" over the ``<h1>`` (and ``<title>``) "Eva Welskop-Deffaa zur neuen
    Caritas-Präsidentin gewählt" (the metadata set's dev page caritas.de; taz.de's "Siemens und die Kohlemine
    Adani: Kaeser verarscht Neubauer" over "Kaeser verarscht Neubauer"). The page sets the kicker apart from
    its headline, and the ``<h1>`` of three words or more, the headline a reader sees, is the title. Nothing
    is cut from a title: a headline whose ``<h1>`` holds its part before the colon keeps it."""
    own, headline = norm(_TITLE_SEP.split(value)[0]), norm(h1)
    if len(headline.split()) < 3 or own == headline or not own.endswith(headline):
        return False
    return own[: -len(headline)].rstrip().endswith(":")


def _cut_at_quote(value: str, whole: str) -> bool:
    """A declared title the page's markup cut at a quotation mark: in ``<meta property="og:title"
    content="Senador republicano califica a Biden de "incapacitado"">`` the attribute ends at the quote
    inside the headline, so og:title, twitter:title and the description read "Senador republicano califica
    a Biden de", while ``<title>`` (an element's text, which no quote ends) holds the whole headline. So a
    value that ``whole`` (the ``<title>`` or the ``<h1>``) continues with a space and a quote mark is
    that cut (the metadata set's dev page eluniversal.com)."""
    rest = whole[len(value):] if whole.startswith(value) else ""
    return rest[:1] == " " and rest.lstrip()[:1] in ('"', "'")


def _related(value: str, h1: str, title_tag: str | None) -> bool:
    """Whether a social title shares its words with the ``<h1>`` (one holds the other) or is a
    part of ``<title>`` ("Alles hat seine Zeit..." in "Alles hat seine Zeit… | Marktplatz für ein
    gutes Leben", whose ``<h1>`` is the blog's name)."""
    v, h, t = (norm(x).replace("...", "…") for x in (value, h1, title_tag))
    return v in h or h in v or v in t


def _agrees(title_tag: str | None, h1: str) -> bool:
    """Whether ``<title>`` is the ``<h1>``, alone or as a part between separators, or one of the two holds
    the other whole and the shorter is a headline of four words or more ("BDZV: Olafur Eliasson gestaltet
    Titelseite ..." and its ``<h1>``, whose og:title is the section's "Pressemitteilungen", the metadata set's
    dev page bdzv.de)."""
    if not title_tag:
        return False
    if any(norm(part) == norm(h1) for part in _TITLE_SEP.split(title_tag)):
        return True
    shorter, longer = sorted((norm(title_tag), norm(h1)), key=len)
    return len(shorter.split()) >= 4 and shorter in longer


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|›|»|::|·|~|/|⋆|•)\s+")
_TIGHT_SUFFIX = re.compile(r"\s*(?:[-_|–—]|\s\()\s*([^-_|–—()]{2,40})\)?$")
#: WordPress's default theme titles a post "<blog> » Blog Archive » <post>" (as translated: "Blog-Archiv",
#: "Archives du blog", "Archivo del blog", "Archivio blog", "Arquivo do blog", "Архив блога"): the two parts
#: before the post's own title are the site's.
_BLOG_ARCHIVE = lazy_re.compile(
    r"^([^»]{1,80})»\s*(?:blog[- ]?archiv(?:e|es)?|archives? du blog|archivo del blog|archivio(?: del)? blog"
    r"|arquivo do blog|архив блога)\s*»\s*(?=\S)", re.IGNORECASE)


def site_marks(outlet: str | None, host: str | None) -> set[str]:
    """The keys of the site's name a title part is compared with (:func:`~archiver.extract.authors.names_site`):
    the outlet's, and the host's with and without its registrable label."""
    return {x for x in (alnum(outlet), host_label(host), alnum(host)) if len(x) >= 3}


def clean_title(title: str, *, h1: str | None, outlet: str | None, host: str | None,
                site_name: str | None = None) -> str:
    """The headline without the site name that ``<title>`` and og:title often append.

    "Yellow Vests and I — Pamela Anderson" becomes "Yellow Vests and I" when the dropped part
    names the outlet or the domain (or ``site_name``: a blog's name its ``<h1>`` links to its home
    page, :attr:`~archiver.extract.head.HeadTables.h1_home`), or when the page's ``<h1>`` is the first,
    longest part. Only the trailing (or leading) site part is dropped: a title's own first part before
    a colon or a dash ("Beyond the page - how ...") is never cut.
    """
    archive = _BLOG_ARCHIVE.match(title)
    if archive:
        return title[archive.end():].strip()
    marks = site_marks(outlet, host) | ({alnum(site_name)} if alnum(site_name) else set())
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        m = _TIGHT_SUFFIX.search(title)  # "标题-新华网", "Headline (neues deutschland)"
        if m and m.start() > 0 and names_site(m.group(1), marks) and not names_site(title[: m.start()], marks):
            return title[: m.start()].strip()
        return title
    if h1:  # the page's own headline is the longest part: the others are kicker and site
        for part in parts:
            if norm(part) == norm(h1) and len(part) >= max(len(p) for p in parts):
                return part
    seps = list(_TITLE_SEP.finditer(title))
    if _site_part(parts[-1], marks) and not _site_part(parts[0], marks):
        return clean_title(title[: seps[-1].start()], h1=h1, outlet=outlet, host=host, site_name=site_name)
    if _site_part(parts[0], marks) and not _site_part(parts[-1], marks):
        return title[seps[0].end():]
    return title


def host_label(host: str | None) -> str:
    """The registrable name of a host, roughly: "nature" for www.nature.com."""
    parts = (host or "").split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else ""


def _site_part(part: str, marks: set[str]) -> bool:
    """Whether a part of a title (between separators) is the site's: its name (:func:`names_site`), or
    its address ("„Welches Europa wir wollen“ - http://www.tafelblog.com", the metadata set's dev page
    tafelblog.de, whose host is another: a headline's own part is never a bare address)."""
    return names_site(part, marks) or bool(_ADDRESS.fullmatch(part.strip()))


#: A web address written out: a scheme or "www." before it ("Node.js" and "ASP.NET" are names, not addresses).
_ADDRESS = lazy_re.compile(r"(?:https?://|www\.)[^\s/]+\.[^\s]+", re.IGNORECASE)

