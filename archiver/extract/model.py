"""The extraction result as a value: :class:`Article` and its :class:`Notice` entries.

Field names are fixed by the extraction issue and travel into the WARC metadata record, the
index and the provenance log, so they are stable, snake_case, and always present when
serialised (``None`` or ``[]`` when absent, never guessed).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from archiver.core.canonical import canonical_json
from archiver.core.digests import sha256_label
from archiver.core.hidden_spans import hidden_spans
from archiver.core.page_states import PAGE_STATES as PAGE_STATES

NOTICE_KINDS = (
    "disclaimer",
    "editors_note",
    "correction",
    "republished_from",
    "sponsored",
    "image_credit",
)


class Notice(NamedTuple):
    """A notice found on the page (disclaimer, correction, ...), reported apart from the text."""

    kind: str
    text: str
    #: the page's markup hides its words (:mod:`archiver.extract.notice_printed`); ``None`` for a record written
    #: before extractor version 142, which did not say (not known)
    hidden: bool | None = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "hidden": self.hidden}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Notice:
        hidden = d.get("hidden")
        return cls(kind=str(d["kind"]), text=str(d["text"]), hidden=None if hidden is None else bool(hidden))


class Link(NamedTuple):
    """A link cited in the article body: its target and the anchor text the reader saw."""

    url: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Link:
        return cls(url=str(d["url"]), text=str(d.get("text") or ""))


class AuthorSupport(NamedTuple):
    """What stands behind one reported author: every source that names them, and whether that is
    corroborated (a source strong alone on unseen pages, or two independent ones).

    A citation that pastes a name into a paper needs to tell a person a page credits beside its
    headline from one only a ``<meta name=author>`` tag names (right about .97 vs .76 of the time
    on pages nobody tuned for); ``archiver cite --authors corroborated`` reads this to leave the
    weaker ones out. ``sources`` are in :data:`archiver.extract.authors.SOURCES` order.

    ``backing`` is :mod:`archiver.extract.author_backing`'s score of the name (the model's probability
    that it is right, four places), which ``cite --authors backed`` compares with the strict threshold;
    ``None`` for a record from before extractor version 72 and for a PDF's authors (the model reads a
    web page's lines).
    """

    name: str
    sources: tuple[str, ...]
    corroborated: bool
    backing: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sources": list(self.sources), "corroborated": self.corroborated,
                "backing": self.backing}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AuthorSupport:
        b = d.get("backing")
        return cls(name=str(d["name"]), sources=tuple(str(s) for s in d.get("sources") or ()),
                   corroborated=d.get("corroborated") is True,
                   backing=float(b) if isinstance(b, (int, float)) and not isinstance(b, bool) else None)


class Article(NamedTuple):
    """Clean text and researcher-grade metadata of one captured page, with field sources.

    ``sources`` maps a metadata field name to where its value came from (``json-ld``,
    ``opengraph``, ``meta:author``, ``microdata``, ``byline``, ``dateline``, ``url``,
    ``htmldate``, ``pdf-metadata`` ...); a field that is ``None``/``[]`` has no entry.
    ``text_sha256`` is derived from ``text`` so it can never disagree with it.
    """

    title: str | None = None
    #: persons only, each validated as a plausible name; organisations never appear here
    authors: tuple[str, ...] = ()
    #: one entry per name of ``authors``, in the same order: its sources and whether it is
    #: corroborated; ``None`` only for a record written before extractor version 29 (support
    #: unknown: such a record never said it)
    author_support: tuple[AuthorSupport, ...] | None = ()
    #: organisations credited as authors (agencies, newsrooms, "NJ Advance Media"), never persons
    organizations: tuple[str, ...] = ()
    #: the publishing organisation the page declares (JSON-LD publisher, citation/DC publisher);
    #: may differ from ``outlet``, the publication's name
    publisher: str | None = None
    published: str | None = None
    modified: str | None = None
    outlet: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    description: str | None = None
    text: str = ""
    cited_links: tuple[Link, ...] = ()
    page_text: str = ""
    #: the spans of ``page_text`` (code-point offsets, start and end) whose words the page's markup
    #: hides (:mod:`archiver.extract.unrendered`): kept in the page text so a quote of them is
    #: located, and named here so it is never vouched for as words a reader saw; ``None`` for a
    #: record written before extractor version 48 (not known)
    page_text_hidden: tuple[tuple[int, int], ...] | None = ()
    page_state: str = "not_article"
    disclaimers: tuple[Notice, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()
    extractor: tuple[tuple[str, str], ...] = ()
    #: how the bytes became text: ``encoding`` (a WHATWG name), ``source`` (bom, http, meta,
    #: utf-8, detected, fallback) and, when a declared label was not used, ``note`` saying why
    encoding: tuple[tuple[str, str], ...] = ()
    #: what a limit left out (e.g. pages of a very long PDF); [] when the extraction is whole
    notes: tuple[str, ...] = ()

    @property
    def text_sha256(self) -> str:
        """``sha256:<hex>`` of the UTF-8 bytes of :attr:`text`."""
        return sha256_label(self.text.encode("utf-8"))

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready: ``None`` or ``[]`` when absent, never missing."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "author_support": None if self.author_support is None else [a.to_dict() for a in self.author_support],
            "organizations": list(self.organizations),
            "publisher": self.publisher,
            "published": self.published,
            "modified": self.modified,
            "outlet": self.outlet,
            "canonical_url": self.canonical_url,
            "language": self.language,
            "description": self.description,
            "text": self.text,
            "text_sha256": self.text_sha256,
            "cited_links": [link.to_dict() for link in self.cited_links],
            "page_text": self.page_text,
            "page_text_hidden": None if self.page_text_hidden is None else [list(s) for s in self.page_text_hidden],
            "page_state": self.page_state,
            "disclaimers": [n.to_dict() for n in self.disclaimers],
            "sources": dict(self.sources),
            "extractor": dict(self.extractor),
            "encoding": dict(self.encoding) or None,
            "notes": list(self.notes),
        }

    def to_json_bytes(self) -> bytes:
        """Canonical JSON (RFC 8785) bytes: the same article always gives the same bytes."""
        return canonical_json(self.to_dict())

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (``text_sha256`` is re-derived)."""
        names = set(cls._fields)
        simple = {k: d.get(k) for k in names} | {
            "authors": tuple(d.get("authors") or ()),
            "author_support": _author_support(d),
            "organizations": tuple(d.get("organizations") or ()),
            "text": d.get("text") or "",
            "page_text": d.get("page_text") or "",
            "page_text_hidden": hidden_spans(d),
            "page_state": d.get("page_state") or "not_article",
            "cited_links": tuple(Link.from_dict(x) for x in d.get("cited_links") or ()),
            "disclaimers": tuple(Notice.from_dict(x) for x in d.get("disclaimers") or ()),
            "sources": tuple(sorted((d.get("sources") or {}).items())),
            "extractor": tuple(sorted((d.get("extractor") or {}).items())),
            "encoding": tuple(sorted((d.get("encoding") or {}).items())),
            "notes": tuple(d.get("notes") or ()),
        }
        return cls(**simple)


def _author_support(d: dict[str, Any]) -> tuple[AuthorSupport, ...] | None:
    """The record's author support; ``None`` (unknown) when a record from before extractor
    version 29 has no ``author_support`` key, or holds a value that is not a list."""
    raw = d.get("author_support")
    if not isinstance(raw, list):
        return None
    return tuple(AuthorSupport.from_dict(x) for x in raw if isinstance(x, dict) and x.get("name"))

