"""Which extracted authors a citation names: all of them, only the corroborated ones, or only the well-backed ones.

A wrong author in a citation is worse than none: researchers paste these into papers. On pages
nobody tuned the extractor for, a person named by a strong source or by two independent ones
(the credit printed beside the headline; a declaration and a printed reading; two printed
readings) was right .929 of the time (140 names), against about .77 for the other reported
persons (173), pooled over the five blind first runs of the author sets (bench/labels/README.md,
"Blind first runs", authors-blind5 section; four sets gave .974 / .758 before blind5). The extraction reports both, and since extractor
version 29 its record says which is which (``author_support``). ``cite --authors corroborated``
cites only the first kind and names every person it leaves out, and why.

The user has the last word: authors set with ``archiver correct`` are cited in every mode, as
corrected. A record written before version 29 does not say where its authors came from; in
``corroborated`` mode it cites no author rather than guess.

``cite --authors backed`` is the strict policy :mod:`archiver.extract.author_backing` measures: it cites
only the persons whose recorded backing score (extractor version 72 on) reaches the model's strict
threshold. It is ``cite``'s default (:data:`DEFAULT_AUTHOR_MODE`): pooled over the thirty blind author
sets' first runs the model never saw, persons precision .970 at recall .641 (469 names, 14 wrong) against
.930 / .713 (544, 38 wrong) for every reported person; on the metadata set's held-out sites .977 / .408
against .980 / .469. A citation is pasted into a paper, where a wrong author misattributes words and a
missing one is seen and filled in: so it leaves out a doubtful name, names it on stderr with the command
that sets it by hand, and ``--authors all`` cites every reported person as before. The extraction itself
(``show``, ``export``) still reports every person it admits, each with its score. A record without
scores cites no author in that mode and says to re-extract it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from archiver.core.author_threshold import STRICT_THRESHOLD, strictly_backed

#: ``cite --authors``: ``all`` cites every person the extraction reports; ``corroborated`` only those a
#: strong source or two independent ones name; ``backed`` only those whose recorded backing score
#: (:mod:`archiver.extract.author_backing`) reaches its strict threshold.
AUTHOR_MODES = ("all", "corroborated", "backed")
#: What ``cite`` (and :meth:`archiver.archive.Archive.cite`) cites when not told: the strict policy (the
#: module's docstring says why). The CLI's ``--authors`` option repeats it as its literal default.
DEFAULT_AUTHOR_MODE = "backed"

#: How a left-out line names each source of :data:`archiver.extract.authors.SOURCES` (and the PDF's).
SOURCE_WORDS = {
    "json-ld": "the page's JSON-LD",
    "microdata": "the page's microdata",
    "meta:author": "<meta name=author>",
    "opengraph": "<meta property=article:author>",
    "citation": "the scholarly <meta> tags (citation_author, bepress, EPrints)",
    "dublin-core": "<meta name=DC.creator>",
    "meta:parsely-author": "<meta name=parsely-author>",
    "headline-credit": "the credit beside the headline",
    "byline": "the page's first \"By\" line",
    "sign-off": "the writer's credit signed under the article",
    "layout-guess": "trafilatura's guess from the page layout",
    "pdf-metadata": "the PDF's document metadata",
}
#: The source an author set with ``archiver correct`` is cited from.
CORRECTION = "correction"


@dataclass(frozen=True)
class CitedAuthor:
    """One author of a capture as ``cite`` weighs it: its sources (``None``: the record does not
    say), whether they corroborate it, its backing score (``None``: the record has none), whether
    the user corrected it, and if it is left out, why."""

    name: str
    sources: tuple[str, ...] | None
    corroborated: bool | None
    corrected: bool = False
    left_out: bool = False
    why: str | None = None
    backing: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sources": None if self.sources is None else list(self.sources),
                "corroborated": self.corroborated, "backing": self.backing, "corrected": self.corrected,
                "left_out": self.left_out, "why": self.why}


def valid_mode(mode: str) -> str:
    """``mode`` if it is one of :data:`AUTHOR_MODES`; else UsageError (exit 2)."""
    from archiver.errors import UsageError

    if mode not in AUTHOR_MODES:
        raise UsageError(f"--authors {mode!r} is not one of {', '.join(AUTHOR_MODES)}")
    return mode


def author_entries(show: dict[str, Any], authors: tuple[str, ...], mode: str) -> tuple[CitedAuthor, ...]:
    """Each of ``authors`` (the capture's authors, corrections applied) as ``cite`` weighs it in
    ``mode``: corrected authors are cited whatever the mode; in ``corroborated`` mode an author
    without corroborated support, or of a record that does not say, is left out with the reason; in
    ``backed`` mode one whose recorded backing score is under the strict threshold, or of a record
    without scores, likewise."""
    valid_mode(mode)
    if "authors" in (show.get("corrected") or {}):
        return tuple(CitedAuthor(n, (CORRECTION,), None, corrected=True) for n in authors)
    article = show.get("article") or {}
    support = article.get("author_support")
    known = isinstance(support, list)
    by_name = {str(s.get("name")): s for s in support or () if isinstance(s, dict)}
    out = []
    for name in authors:
        if not known:
            entry = CitedAuthor(name, None, None)
        else:
            s = by_name.get(name) or {}
            b = s.get("backing")
            entry = CitedAuthor(name, tuple(str(x) for x in s.get("sources") or ()), s.get("corroborated") is True,
                                backing=float(b) if isinstance(b, (int, float)) and not isinstance(b, bool) else None)
        if mode == "corroborated" and entry.corroborated is not True:
            entry = replace(entry, left_out=True, why=_why(entry, _extractor_version(article)))
        elif mode == "backed" and not (entry.backing is not None and strictly_backed(entry.backing)):
            entry = replace(entry, left_out=True,
                            why=_why_not_backed(entry, _extractor_version(article), str(show.get("capture_id") or "ID")))
        out.append(entry)
    return tuple(out)


def _why_not_backed(entry: CitedAuthor, version: str, capture_id: str) -> str:
    """Why ``entry`` is not cited in ``backed`` mode: its score is under the strict threshold, or the
    record has none."""
    if entry.backing is not None:
        return (f"the backing model scores them {entry.backing:.3f}, under its strict threshold {STRICT_THRESHOLD} "
                "(report nothing rather than a doubtful name)")
    if entry.sources == ("pdf-metadata",):
        return ("only the PDF's document metadata names them (often whoever made the file), and the backing model "
                "scores names read from a web page; `--authors all` cites them as extracted")
    return (f"the extraction (extractor version {version}) does not score its authors; "
            f"re-extract (`archiver reextract {capture_id}`) to score its authors, or `--authors all` cites them "
            "as extracted")


def _extractor_version(article: dict[str, Any]) -> str:
    versions = article.get("extractor")
    version = versions.get("archiver-extract") if isinstance(versions, dict) else None
    return str(version) if version else "unknown"


def _why(entry: CitedAuthor, version: str) -> str:
    """Why ``entry`` is not corroborated, in the words of the page's markup and text."""
    if entry.sources is None:
        return (f"the extraction (extractor version {version}) does not record which sources name its authors; "
                "`--authors all` cites them as extracted")
    if not entry.sources:
        return "the extraction records no source naming them"
    words = [SOURCE_WORDS.get(s, s) for s in entry.sources]
    if len(words) == 1:
        return f"only {words[0]} names them"
    return f"only {', '.join(words[:-1])} and {words[-1]} name them, and no credit the page prints confirms it"


def left_out_line(capture_id: str, author: CitedAuthor) -> str:
    """The stderr line of one author ``cite --authors corroborated`` or ``backed`` leaves out."""
    return f"left out {author.name!r}: {author.why}; `archiver correct {capture_id} --author` sets it by hand"


def support_line(article: dict[str, Any] | None) -> str | None:
    """``show``'s line of where each extracted author came from (None: the extraction names no
    author), each with its backing score and, under the strict threshold, that ``cite`` (by default)
    leaves it out; a record from before extractor version 29 says it does not record them."""
    if not article or not article.get("authors"):
        return None
    support = article.get("author_support")
    if not isinstance(support, list):
        return (f"not recorded (extractor version {_extractor_version(article)}); `cite` cites no author of it "
                "until it is re-extracted (`cite --authors all` cites them as extracted)")
    by_name = {str(s.get("name")): s for s in support if isinstance(s, dict)}
    parts = []
    for name in article["authors"]:
        s = by_name.get(name) or {}
        words = ", ".join(SOURCE_WORDS.get(x, x) for x in s.get("sources") or ()) or "no source recorded"
        b = s.get("backing")
        scored = ""
        if isinstance(b, (int, float)) and not isinstance(b, bool):
            scored = f", backing {b:.3f}" + ("" if strictly_backed(b) else ": `cite` leaves them out")
        parts.append(f"{name}: {words} ({'corroborated' if s.get('corroborated') is True else 'not corroborated'}{scored})")
    return "; ".join(parts)
