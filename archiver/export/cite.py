"""Citations of an archived capture for reference managers: CSL-JSON, BibTeX, RIS, plain text.

Every style carries the same facts: the page's own metadata (title, authors, date, outlet, URL)
*and* where the archived copy is (our log, the capture id) with the sha256 of the bytes that
were archived, so a reader can fetch the bundle and check it. A capture imported from another
tool says so in every style: we did not make it.

- CSL-JSON: what Zotero and Pandoc import (``article-newspaper`` when the page is an article
  with an outlet, else ``webpage``), validated in the tests against a CSL-JSON schema built from
  CSL's own type and variable lists (``tests/csl_schema.py``) and rendered by citeproc-py in APA
  and Chicago. ``archive`` names our log, ``archive_location`` the capture
  id and, when one is configured (``ARCHIVER_REPLAY_URL`` or ``cite --replay-url``), the replay
  address of the copy (CSL has no ``archive-url`` variable: the schema and citeproc-py refuse it); ``language`` keeps Chicago from title-casing a non-English title.
- BibTeX: biblatex ``@article`` with ``entrysubtype = {newspaper}`` and ``journaltitle`` for an
  article with an outlet, else ``@online``; ``urldate`` and a ``note`` with capture id and digest.
- RIS: ``NEWS`` or ``ELEC``, with ``Y2`` access date, ``DB``/``AN`` archive and capture id.

Extracted organisations (the extraction's ``organizations``, authors that are plainly not
persons: :mod:`archiver.export.cite_names`) are the publisher (CSL ``publisher``, BibTeX
``organization``, RIS ``PB``), never an author. Values the user corrected (``archiver correct``)
are the ones cited, and every style says so; corrected authors are all cited as authors, as the
user gave them (a person, or an organisation cited whole: CSL ``literal``, BibTeX in double
braces), and an extracted organisation they name is not also the publisher. The URL
cited is the final one; the requested one (before redirects) is in the note (and RIS ``UR``).
Which extracted authors are cited (all, or only corroborated ones) is
:mod:`archiver.export.cite_authors`'s decision.

Why one file of ~605 lines: the four styles are four renderings of one :class:`Source` (its
people, dates, notes and the archived copy's place), each a short function over the same
fields; split apart, each would import the same Source and helpers back. How names are split
and told from organisations is :mod:`archiver.export.cite_names`.

Every value comes from a page (or a server's redirect), so none may change how the rest of the
citation is shown: each is one line without control characters whose bidirectional controls
are closed where it ends (:func:`~archiver.core.shown.confined`), and a URL shows such
characters percent-encoded. Otherwise a title holding an unclosed right-to-left override
showed the capture id and digest after it reversed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from archiver.core.page_states import NO_TEXT_STATES
from archiver.core.shown import confined, shown_url
from archiver.export.cite_authors import DEFAULT_AUTHOR_MODE, CitedAuthor, author_entries
from archiver.export.cite_language import babel_language
from archiver.export.cite_names import key_letters, looks_like_org, same_name, split_name

if TYPE_CHECKING:
    from archiver.ports import CiteStore

STYLES = ("csl-json", "bibtex", "ris", "text")


@dataclass(frozen=True)
class Source:
    """The facts a citation needs about one capture."""

    capture_id: str
    url: str
    final_url: str
    capture_time: str
    title: str | None
    authors: tuple[str, ...]
    published: str | None
    outlet: str | None
    page_state: str | None
    payload_digest: str | None
    text_sha256: str | None
    origin: str
    log_origin: str | None
    log_seq: int | None
    imported_from: str | None = None
    language: str | None = None
    organizations: tuple[str, ...] = ()
    #: corrected field -> {"value", "extracted", "log_seq", "reason", "key_fingerprint", "time"}
    corrected: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: the archived copy's address in a replay tool, when one is configured
    replay_url: str | None = None
    #: every author of the capture as ``--authors`` weighed it (sources, left out and why);
    #: ``authors`` holds those cited
    author_entries: tuple[CitedAuthor, ...] = ()
    #: corrected authors the user named as organisations (``correct --organization``): cited whole
    corporate: tuple[str, ...] = ()
    #: why each of the capture's corrections that corrects nothing is not cited, in ``show``'s
    #: words (:func:`archiver.corrections.not_in_force`): ``cite`` says them on stderr
    not_cited: tuple[str, ...] = ()
    #: why a browser shows no text of the capture's bytes although its logged extraction holds an older
    #: extractor's text (``show``'s ``no_text_now``: ``download``, ``not_shown``), or ``undecided`` (the
    #: bytes could not be read to decide it); None when the logged text is what a browser shows
    no_text_now: str | None = None
    #: (log entry, text digest) of that logged extraction, when ``no_text_now`` is a state: the text the
    #: citation does not cite
    logged_text: tuple[int | None, str | None] | None = None
    #: the response's Content-Type as its record holds it (``show``'s ``content_type``): what a citation
    #: of a capture a browser shows no page of says it was served as
    served_as: str | None = None

    @classmethod
    def from_show(cls, show: dict[str, Any], *, log_origin: str | None = None,
                  imported_from: str | None = None, replay_prefix: str | None = None,
                  authors_mode: str = DEFAULT_AUTHOR_MODE) -> Source:
        """The facts of a ``show`` document, with the user's corrections applied; ``authors_mode``
        (:data:`~archiver.export.cite_authors.AUTHOR_MODES`) decides which extracted authors are cited."""
        from archiver.corrections import corrected_article, not_in_force

        article = corrected_article(show) or {}
        corrected = dict(show.get("corrected") or {})
        text_sha256, page_state = article.get("text_sha256"), article.get("page_state")
        now = show.get("no_text_now")
        logged_text = None
        if now in NO_TEXT_STATES:  # (sec61: the text cited is what a browser shows of the bytes: none)
            logged_text = (show.get("extraction_log_seq"), text_sha256)
            text_sha256, page_state = None, now
            # (sec62: nor the title, authors, date, outlet, language or organisations an older extractor
            # read from bytes no browser shows as a page: they are not the page's; the user's corrections,
            # their own word, are still cited, and said to be)
            article = {name: article.get(name) for name in _CORRECTABLE if name in corrected}
        weighed = author_entries(show, tuple(article.get("authors") or ()), authors_mode)
        orgs = (corrected.get("authors") or {}).get("organizations") or ()
        return cls(
            capture_id=show["capture_id"], url=show["url"], final_url=show["final_url"],
            capture_time=show["capture_time"], title=article.get("title"),
            authors=tuple(a.name for a in weighed if not a.left_out), published=article.get("published"),
            outlet=article.get("outlet"), page_state=page_state,
            payload_digest=show.get("payload_digest"), text_sha256=text_sha256,
            origin=show.get("origin") or "captured", log_origin=log_origin, log_seq=show.get("log_seq"),
            imported_from=imported_from, language=article.get("language"),
            organizations=_organizations(article), corrected=corrected,
            replay_url=replay_link(replay_prefix, show["capture_time"], show["final_url"]),
            author_entries=weighed, corporate=tuple(str(o) for o in orgs if isinstance(o, str)),
            not_cited=tuple(not_in_force(show.get("corrections") or [])),
            no_text_now=now if isinstance(now, str) else None, logged_text=logged_text,
            served_as=show.get("content_type"),
        )

    @property
    def imported(self) -> bool:
        return self.origin == "imported"

    @property
    def is_article(self) -> bool:
        return bool(self.outlet) and self.page_state in (None, "article")

    @property
    def authors_corrected(self) -> bool:
        """Whether the user set the authors (``archiver correct``): then they are cited as given."""
        return "authors" in self.corrected

    @property
    def people(self) -> tuple[str, ...]:
        """The names cited as authors. Extracted organisations are never cited as authors; the
        authors a user corrected all are (the user's word: "Gil Press" is a person, and an
        organisation they name is a corporate author)."""
        if self.authors_corrected:
            return self.authors
        return tuple(a for a in self.authors if not self._is_org(a))

    @property
    def publishers(self) -> tuple[str, ...]:
        """Organisations credited with the page: declared ones, then extracted author names that
        are not persons; none the corrected authors name (an extraction that took "Gil Press" for
        an organisation does not make the corrected author Gil Press a publisher too)."""
        if self.authors_corrected:
            named = {a.casefold() for a in self.authors}
            return tuple(dict.fromkeys(o for o in self.organizations if o.casefold() not in named))
        found = list(self.organizations) + [a for a in self.authors if self._is_org(a)]
        return tuple(dict.fromkeys(found))

    def cited_name(self, name: str) -> dict[str, str]:
        """The CSL name of an author cited: whole (``literal``) for a corporate author, else
        :func:`split_name`'s."""
        if name in self.corporate:
            return {"literal": confined(name)}
        return split_name(name)

    def printable(self) -> Source:
        """This source with every value confined to itself (see the module): what each style prints."""
        corrected = {name: {k: (confined(v) if isinstance(v, str) and k != "value" else v) for k, v in info.items()}
                     for name, info in self.corrected.items()}
        return replace(self, url=shown_url(self.url), final_url=shown_url(self.final_url),
                       title=_opt(confined, self.title), published=_opt(confined, self.published),
                       outlet=_opt(confined, self.outlet), language=_opt(confined, self.language),
                       imported_from=_opt(confined, self.imported_from), replay_url=_opt(shown_url, self.replay_url),
                       authors=tuple(map(confined, self.authors)), organizations=tuple(map(confined, self.organizations)),
                       corporate=tuple(map(confined, self.corporate)), corrected=corrected)

    def _is_org(self, name: str) -> bool:
        """An extracted author that is an organisation: one the extraction declares, one the
        outlet is called ("Washington Post" on The Washington Post), or a name that says so."""
        return name in self.organizations or same_name(name, self.outlet) or looks_like_org(name)

    def corrections_note(self) -> str | None:
        """Which cited values the user corrected, by which key and why (None: none)."""
        if not self.corrected:
            return None
        parts = [f"{name} corrected (log entry {info.get('log_seq')}, key {info.get('key_fingerprint')}: "
                 f"{info.get('reason')})" for name, info in sorted(self.corrected.items())]
        return "Metadata corrected by the archivist: " + "; ".join(parts)

    def no_text_note(self) -> str | None:
        """What a browser shows of the capture's bytes, when its logged extraction holds a text an older
        extractor read that today's reading says no browser shows (None: the logged text is what it shows).

        Why (task sec61): ``cite`` stated that old text's digest as the text cited, while ``verify-quote``
        answers ``not_found`` on no text (sec60); a citation states what a reader of the page was shown."""
        if self.no_text_now is None:
            return None
        if self.logged_text is None:  # (undecided: the bytes could not be read to decide it)
            return ("whether a browser shows any text of these bytes could not be decided here (they inflate "
                    "past the limit); the text is an older extractor's reading")
        seq, digest = self.logged_text
        return (f"no text a browser shows ({self.no_text_now}): {self.shown_as()}; the logged extraction (log entry "
                f"{seq}) holds an older extractor's reading of these bytes ({digest}), not cited, nor the title, "
                f"authors or date it read: run 'archiver reextract {self.capture_id}' to log that the capture has "
                "no text")

    def shown_as(self) -> str | None:
        """What a browser makes of the capture's bytes when it shows no page of them (None: it shows
        one, or that could not be decided), with the type they were served as: all a citation of
        them may state besides the URL and the capture time (sec62)."""
        if self.no_text_now not in NO_TEXT_STATES:
            return None
        what = ("a file a browser downloads, not a page" if self.no_text_now == "download"
                else "bytes a browser shows as no page or text")
        return what + (f" (served as {confined(self.served_as)})" if self.served_as else "")

    def archive_note(self) -> str:
        how = (f"Imported (not captured by archiver) from {self.imported_from or 'another tool'}"
               if self.imported else "Archived by archiver")
        parts = [f"{how} on {self.capture_time[:10]}", f"capture {self.capture_id}"]
        if self.url != self.final_url:
            parts.append(f"requested {self.url}")
        if self.replay_url:
            parts.append(f"archived copy {self.replay_url}")
        if self.payload_digest:
            parts.append(f"payload {self.payload_digest}")
        if self.text_sha256:
            parts.append(f"text {self.text_sha256}")
        said = self.no_text_note()
        if said:
            parts.append(said)
        if self.log_origin and self.log_seq is not None:
            parts.append(f"log {self.log_origin} entry {self.log_seq}")
        corrected = self.corrections_note()
        if corrected:
            parts.append(corrected)
        return "; ".join(parts)


#: the fields ``archiver correct`` sets: a citation of bytes no browser shows as a page cites only these,
#: and only as corrected
_CORRECTABLE = ("title", "authors", "published", "outlet")


def _opt(f: Callable[[str], str], value: str | None) -> str | None:
    return None if value is None else f(value)


#: Article fields in which an extraction may credit organisations (the extraction issue's
#: ``organizations`` list; ``publisher`` / ``agency`` if an extractor names them so).
_ORG_FIELDS = ("organizations", "publisher", "agency")


def _organizations(article: dict[str, Any]) -> tuple[str, ...]:
    """Organisations the extraction credits, in field order, each once (strings or lists)."""
    found: list[str] = []
    for name in _ORG_FIELDS:
        value = article.get(name) or ()
        values = (value,) if isinstance(value, str) else value
        found += [str(v.get("name") if isinstance(v, dict) else v) for v in values
                  if v and (not isinstance(v, dict) or v.get("name"))]
    return tuple(dict.fromkeys(found))


def replay_link(prefix: str | None, capture_time: str, url: str) -> str | None:
    """``<prefix><YYYYMMDDhhmmss>/<url>``: the pywb / Wayback address of a capture (None: no prefix)."""
    if not prefix:
        return None
    stamp = re.sub(r"\D", "", capture_time)[:14]
    return f"{prefix.rstrip('/')}/{stamp}/{url}"


def valid_replay_prefix(prefix: str | None) -> str | None:
    """An http(s) replay prefix or None; anything else is refused (exit 2) before any output, in
    the words every refused URL gets (:func:`~archiver.core.url_text.check_service_url`)."""
    from archiver.core.url_text import check_service_url

    if prefix is None or not prefix.strip():
        return None
    return check_service_url(prefix.strip(), "give --replay-url (or ARCHIVER_REPLAY_URL) the http(s) prefix of "
                             "your replay collection, e.g. https://replay.example.org/my-collection/")


def _date_parts(value: str | None) -> list[int] | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    return [int(x) for x in m.groups() if x is not None]


def csl_json(src: Source) -> dict[str, Any]:
    """One CSL-JSON item (the tests validate it against the CSL schema and render it)."""
    src = src.printable()
    item: dict[str, Any] = {
        "id": src.capture_id,
        "type": "article-newspaper" if src.is_article else "webpage",
        "title": src.title or src.final_url,
        "URL": src.final_url,
        "accessed": {"date-parts": [_date_parts(src.capture_time)]},
        "archive": f"archiver log {src.log_origin}" if src.log_origin else "archiver",
        "archive_location": f"capture {src.capture_id}" + (f", {src.replay_url}" if src.replay_url else ""),
        "note": src.archive_note(),
    }
    if src.people:
        item["author"] = [src.cited_name(a) for a in src.people]
    issued = _date_parts(src.published)
    if issued:
        item["issued"] = {"date-parts": [issued]}
    if src.outlet:
        item["container-title"] = src.outlet
    if src.publishers:
        item["publisher"] = "; ".join(src.publishers)
    if src.language:
        item["language"] = src.language
    return item


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
        "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# BibTeX counts every brace, escaped or not: ``\{``/``\}`` are safe only when the text's own
# braces balance. Otherwise they become commands with balanced braces, so a hostile title such
# as ``x},note={...`` can never close its field and start new ones.
_TEX_UNBALANCED = {**_TEX, "{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
# In ``url`` (a verbatim field) nothing is escaped by commands; these characters are
# percent-encoded instead, which names the same resource (browsers encode them too).
_URL_UNSAFE = re.compile(r"[{}\\\s\x00-\x1f\x7f\"]")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")


def _one_line(text: str) -> str:
    """Every run of whitespace (newlines, Unicode line separators) as one space, confined."""
    return confined(text)


def _tex(text: str) -> str:
    """A BibTeX field value that cannot end its field or entry, whatever ``text`` holds."""
    text = _one_line(text)
    table = _TEX if _balanced(text) else _TEX_UNBALANCED
    return "".join(table.get(ch, ch) for ch in text)


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _bib_url(url: str) -> str:
    return _URL_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), url)


def _bib_date(value: str) -> str | None:
    """An ISO date (``YYYY[-MM[-DD]]``) or nothing: a date field carries no free text."""
    value = value[:10]
    return value if _ISO_DATE.match(value) else None


def _bib_name(parts: dict[str, str]) -> str:
    """A BibTeX name of CSL name parts: ``von Last, Jr, First``, or braced whole."""
    if "literal" in parts:
        return "{" + _tex(parts["literal"]) + "}"  # braces keep an organisation whole
    family = (parts.get("non-dropping-particle", "") + " " + parts["family"]).strip()
    suffix = f"{_tex(parts['suffix'])}, " if parts.get("suffix") else ""
    return f"{_tex(family)}, {suffix}{_tex(parts['given'])}"


def bibtex_key(src: Source, width: int = 8) -> str:
    """``<family><year><word>_<capture id prefix>``: stable; :func:`bibliography` widens the
    prefix until every key in one file is unique."""
    first = src.cited_name(src.people[0]) if src.people else {}
    who = key_letters(first.get("family") or first.get("literal") or "")[:24] or key_letters(src.outlet or "") or "archived"
    year = (_date_parts(src.published) or _date_parts(src.capture_time) or [0])[0]
    word = next((w for w in re.findall(r"[A-Za-z0-9]+", src.title or "") if len(w) > 3), "page")
    stem = key_letters(f"{who}{year}{word}").lower() or "capture"
    return f"{stem}_{src.capture_id[:width]}"


def bibtex(src: Source, key: str | None = None) -> str:
    """A biblatex entry: ``@article`` (newspaper) for an article with an outlet, else ``@online``."""
    src = src.printable()
    fields: list[tuple[str, str]] = []
    if src.people:
        fields.append(("author", " and ".join(_bib_name(src.cited_name(a)) for a in src.people)))
    fields.append(("title", "{" + _tex(src.title or src.final_url) + "}"))
    date = _bib_date(src.published) if src.published else None
    if date:
        fields.append(("date", date))
    kind = "article" if src.is_article else "online"
    if kind == "article":
        fields.append(("entrysubtype", "newspaper"))
        fields.append(("journaltitle", _tex(src.outlet or "")))
    orgs = src.publishers or ((src.outlet,) if src.outlet and kind == "online" else ())
    if orgs:
        fields.append(("organization", " and ".join("{" + _tex(o) + "}" for o in orgs)))
    langid = babel_language(src.language)
    if langid:
        fields.append(("langid", langid))
    fields.append(("url", _bib_url(src.final_url)))
    urldate = _bib_date(src.capture_time)
    if urldate:
        fields.append(("urldate", urldate))
    fields.append(("note", _tex(src.archive_note())))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    return f"@{kind}{{{key or bibtex_key(src)},\n{body}\n}}\n"


def ris(src: Source) -> str:
    """An RIS record (``NEWS`` for an article with an outlet, else ``ELEC``)."""
    src = src.printable()
    lines = [("TY", "NEWS" if src.is_article else "ELEC")]
    lines += [("AU", _ris_name(src.cited_name(a))) for a in src.people]
    lines.append(("TI", src.title or src.final_url))
    if src.outlet:
        lines.append(("T2", src.outlet))
    lines += [("PB", org) for org in src.publishers]
    if src.language:
        lines.append(("LA", src.language))
    parts = _date_parts(src.published)
    if parts:
        lines.append(("PY", str(parts[0])))
        if len(parts) > 1:  # a year alone is PY alone: "DA  - 2024//" is no RIS date
            lines.append(("DA", "/".join(f"{p:02d}" for p in parts) + ("/" * (3 - len(parts)))))
    lines.append(("UR", src.final_url))
    if src.url != src.final_url:
        lines.append(("UR", src.url))  # the address as requested, before redirects
    if src.replay_url:
        lines.append(("L2", src.replay_url))
    lines.append(("Y2", src.capture_time[:10].replace("-", "/")))
    lines.append(("DB", f"archiver log {src.log_origin}" if src.log_origin else "archiver"))
    lines.append(("AN", src.capture_id))
    lines.append(("N1", src.archive_note()))
    lines.append(("ER", ""))
    # One line per tag: a value's own line breaks would start new tags (or end the record).
    return "".join(f"{tag}  - {_one_line(value)}".rstrip() + "\n" if tag == "ER" else f"{tag}  - {_one_line(value)}\n"
                   for tag, value in lines)


def _ris_name(parts: dict[str, str]) -> str:
    """``Last, First[, Suffix]`` (RIS's form, and the text style's first author), or the name whole."""
    if "literal" in parts:
        return parts["literal"]
    family = (parts.get("non-dropping-particle", "") + " " + parts["family"]).strip()
    return f"{family}, {parts['given']}" + (f", {parts['suffix']}" if parts.get("suffix") else "")


def _long_date(parts: list[int] | None) -> str | None:
    if not parts:
        return None
    if len(parts) == 3:
        d = dt.date(*parts)
        return f"{d.day} {d.strftime('%B')} {d.year}"
    if len(parts) == 2:
        return f"{dt.date(parts[0], parts[1], 1).strftime('%B')} {parts[0]}"
    return str(parts[0])


def text(src: Source) -> str:
    """One line for a footnote or a Word document."""
    src = src.printable()
    who = ""
    if src.people:
        names = [_ris_name(src.cited_name(src.people[0]))] + list(src.people[1:])
        who = " and ".join(names) if len(names) <= 2 else f"{names[0]} et al."
        who = who + (" " if who.endswith(".") else ". ")
    shown_title = src.title or src.final_url
    stop = "" if shown_title.endswith((".", "?", "!", "\u2026")) else "."  # not "worth it?."
    title = f"\u201c{shown_title}{stop}\u201d "
    outlet = f"{src.outlet}, " if src.outlet else ""
    published = _long_date(_date_parts(src.published))
    when = f"{published}. " if published else ""
    if not when and outlet:
        outlet = outlet[:-2] + ". "
    shown_as = src.shown_as()
    if shown_as:  # (no page a reader was shown: the citation says what the bytes are to a browser)
        outlet = f"{outlet}{shown_as[0].upper()}{shown_as[1:]}. "
    verb = "Imported copy (not captured by archiver)" if src.imported else "Archived"
    tail = f"{verb} {_long_date(_date_parts(src.capture_time))}, capture {src.capture_id}"
    if src.payload_digest:
        tail += f", {src.payload_digest}"
    if src.replay_url:
        tail += f", {src.replay_url}"
    if src.corrected:
        tail += f" ({', '.join(sorted(src.corrected))} corrected by the archivist)"
    return f"{who}{title}{outlet}{when}{src.final_url}. {tail}."


def source_for(archive: CiteStore, prefix: str, *, replay_prefix: str | None = None,
               authors_mode: str = DEFAULT_AUTHOR_MODE) -> Source:
    """Collect the facts of capture ``prefix`` from the store (and the log, for an import).

    A citation vouches for an address and a digest, so the capture's evidence is checked first
    (every record present and matching the log, the index agreeing with the log): raises
    :class:`~archiver.evidence.EvidenceMissingError` (exit 3) or
    :class:`~archiver.evidence.EvidenceAlteredError` (exit 1) otherwise.
    """
    from archiver.evidence import require_shown
    from archiver.provenance.reader import read_entry

    show = archive.show(prefix)
    require_shown(show)
    log_path = archive.log_path
    imported_from = None
    if (show.get("origin") or "captured") == "imported" and show.get("log_seq") is not None:
        entry = read_entry(log_path, show["log_seq"])  # the import entry, checked by show
        if entry is not None and entry.type == "import":
            imported_from = f"{entry.data.get('source')} ({entry.data.get('sha256')})"
        log = show.get("original_log")  # an id is unique only within its log: say whose it is
        if isinstance(log, dict) and show.get("original_capture_id"):
            imported_from = (f"{imported_from or 'a bundle'}, where it is capture {show['original_capture_id']} "
                             f"of log {log.get('origin')}")
    origin = archive.log.origin if log_path.exists() else None
    return Source.from_show(show, log_origin=origin, imported_from=imported_from, replay_prefix=replay_prefix,
                            authors_mode=authors_mode)


def render(src: Source, style: str) -> str | dict[str, Any]:
    if style == "csl-json":
        return csl_json(src)
    if style == "bibtex":
        return bibtex(src)
    if style == "ris":
        return ris(src)
    if style == "text":
        return text(src)
    raise ValueError(f"unknown citation style {style!r} (known: {', '.join(STYLES)})")


def bibtex_keys(sources: list[Source]) -> list[str]:
    """One key per source, unique in the list: the capture-id part is widened where the keys of
    different captures collide (capture ids are unique, so the full id always separates them),
    and a capture cited twice (``cite ID ID``) gets ``-a``, ``-b`` after its key."""
    width = 8
    longest = max(len(s.capture_id) for s in sources)
    while True:
        keys = [bibtex_key(s, width) for s in sources]
        per_capture = dict(zip(keys, (s.capture_id for s in sources), strict=True))
        if len(per_capture) == len({s.capture_id for s in sources}) or width >= longest:
            return lettered(keys)
        width += 2


def lettered(names: list[str]) -> list[str]:
    """``names`` with each one that occurs more than once followed by ``-a``, ``-b``, ... in
    order (``-aa`` after ``-z``): a bibliography's keys and ids must be unique."""
    counts = Counter(names)
    seen: Counter[str] = Counter()
    out = []
    for name in names:
        if counts[name] == 1:
            out.append(name)
            continue
        n, letters = seen[name], ""
        seen[name] += 1
        while True:
            letters = chr(ord("a") + n % 26) + letters
            n = n // 26 - 1
            if n < 0:
                break
        out.append(f"{name}-{letters}")
    return out


def entries(sources: list[Source], style: str) -> list[Any]:
    """Each source's citation in ``style``, BibTeX keys and CSL ids unique across the list."""
    if style == "bibtex":
        return [bibtex(s, k) for s, k in zip(sources, bibtex_keys(sources), strict=True)]
    if style == "csl-json":
        ids = lettered([s.capture_id for s in sources])
        return [{**csl_json(s), "id": unique} for s, unique in zip(sources, ids, strict=True)]
    return [render(s, style) for s in sources]


def bibliography(sources: list[Source], style: str) -> str | list[dict[str, Any]]:
    """One bibliography of several captures: a CSL-JSON array, concatenated BibTeX entries with
    unique keys, RIS records one after another, or one text line per capture."""
    items = entries(sources, style)
    if style == "csl-json":
        return items
    if style == "text":
        return "".join(line + "\n" for line in items)
    return "\n".join(items)
