"""Find what each quotation cites, by rules a reader would apply, never by guessing.

In order, the first rule that finds something wins:

1. a hyperlink over the quotation (or inside it), or a note mark inside it;
2. the nearest link, note mark or bare URL after it in the same sentence (before any other
   quotation), e.g. ``"…," [the report](url) said`` or ``"…".[^3]``;
3. the nearest one before it in the same sentence, e.g. ``According to [the report](url), "…"``;
4. an author-year citation in the sentence (``(Smith 2020)``, ``Smith (2020)``) that matches
   exactly one entry of the reference list holding a URL.

A note gives every URL it holds (a footnote may cite two sources); a note without a URL may
hold an author-year citation resolved the same way. A block quote takes what is inside it, its
attribution line, the paragraph right after it when that starts with a dash, or the paragraph
right before it when that ends with a colon. Nothing found: the quotation is unattributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from archiver.manuscript.find import Quotation, Span, reference_section
from archiver.manuscript.model import Manuscript, Paragraph

_URL = re.compile(r"https?://[^\s<>\"“”«»)\]]+", re.IGNORECASE)
_TRAIL = ".,;:!?'’\""
_AUTHOR_YEAR = re.compile(
    r"\(\s*(?P<a1>[A-Z][\w'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?,?\s+(?P<y1>\d{4})[a-z]?"
    r"(?:,\s*(?:p|pp)\.?\s*[\d\-–]+)?\s*\)"
    r"|(?P<a2>[A-Z][\w'’\-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?\s+\((?P<y2>\d{4})[a-z]?\)")
_SENTENCE_END = ".!?"


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a quotation cites: its URLs (in citation order) and how they were found."""

    urls: tuple[str, ...]
    via: str | None

    @property
    def attributed(self) -> bool:
        return bool(self.urls)


UNATTRIBUTED = Attribution((), None)


def citable(url: str) -> str | None:
    """The URL a citation names, as looked up in the store: http(s) only, without its
    ``#fragment`` (a page's anchor is the same page); ``None`` for anything else."""
    url = url.strip().rstrip(_TRAIL)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit(parts._replace(fragment=""))


def bare_urls(text: str) -> list[tuple[int, str]]:
    """``(offset, url)`` of each URL written out in ``text``."""
    return [(m.start(), m.group(0).rstrip(_TRAIL)) for m in _URL.finditer(text)]


class Attributor:
    """Attributes the quotations of one manuscript (see the module docstring)."""

    def __init__(self, manuscript: Manuscript, spans: list[Span]) -> None:
        self.m = manuscript
        self.spans = spans
        self.references = _reference_list(manuscript.paragraphs)

    # -- public ---------------------------------------------------------------------------

    def attribute(self, q: Quotation) -> Attribution:
        if q.block:
            return self._block(q)
        return self._inline(q.span)

    def cited(self, q: Quotation) -> bool:
        """Whether a citation is attached right to a (scare-quote-sized) quotation: a link over
        it, or a link or note mark immediately after its closing mark."""
        p = self.m.paragraphs[q.span.last]
        s, e = q.span.start, q.span.end
        if any(link.start < e and link.end > s for link in p.links):
            return True
        gap = len(p.text[e:]) - len(p.text[e:].lstrip(" ,.;:)\u00a0"))
        return (any(e <= n.offset <= e + gap for n in p.notes)
                or any(e <= link.start <= e + gap + 1 for link in p.links))

    # -- inline ---------------------------------------------------------------------------

    def _inline(self, span: Span) -> Attribution:
        first, last = self.m.paragraphs[span.first], self.m.paragraphs[span.last]
        inside = self._inside(span)
        if inside.attributed:
            return inside
        lo = _sentence_start(first.text, span.start, self._protected(span.first))
        hi = _sentence_end(last.text, span.end, self._protected(span.last))
        prev_end = max((s.end for s in self.spans if s.last == span.first and s.end <= span.start), default=0)
        next_start = min((s.start for s in self.spans if s.first == span.last and s.start >= span.end),
                         default=len(last.text) + 1)
        after = self._nearest(last, span.end, min(hi, next_start), nearest_first=True)
        if after.attributed:
            return after
        before = self._nearest(first, max(lo, prev_end), span.start, nearest_first=False)
        if before.attributed:
            return before
        words = last.text[span.end:hi] + " " + first.text[lo:span.start]
        return self._author_year(words)

    def _inside(self, span: Span) -> Attribution:
        cites: list[tuple[int, int, Attribution]] = []
        for k in range(span.first, span.last + 1):
            p = self.m.paragraphs[k]
            s = span.start if k == span.first else 0
            e = span.end if k == span.last else len(p.text)
            for link in p.links:
                if link.start < e and link.end > s:
                    cites.append((k, link.start, self._link(link.url)))
            for n in p.notes:
                if s < n.offset < e:
                    cites.append((k, n.offset, self._note(n.key)))
        for _k, _o, a in sorted(cites, key=lambda c: (c[0], c[1])):
            if a.attributed:
                return a
        return UNATTRIBUTED

    def _nearest(self, p: Paragraph, lo: int, hi: int, *, nearest_first: bool) -> Attribution:
        """The citation in ``p.text[lo:hi]`` nearest the quotation: the first one when it
        follows the quotation, the last when it precedes it (a note mark at ``hi`` counts)."""
        cites: list[tuple[int, Attribution]] = []
        cites += [(link.start, self._link(link.url)) for link in p.links if lo <= link.start < hi]
        cites += [(n.offset, self._note(n.key)) for n in p.notes if lo <= n.offset <= hi]
        cites += [(lo + o, self._link(u, via="url in the sentence")) for o, u in bare_urls(p.text[lo:hi])]
        cites = [(o, a) for o, a in cites if a.attributed]
        if not cites:
            return UNATTRIBUTED
        cites.sort(key=lambda c: c[0], reverse=not nearest_first)
        return cites[0][1]

    # -- sources --------------------------------------------------------------------------

    def _link(self, url: str, *, via: str = "link") -> Attribution:
        u = citable(url)
        return Attribution((u,), via) if u else UNATTRIBUTED

    def _note(self, key: str) -> Attribution:
        note = self.m.notes.get(key)
        if note is None:
            return UNATTRIBUTED
        urls: list[str] = []
        for p in note.paragraphs:
            found = [(link.start, link.url) for link in p.links] + bare_urls(p.text)
            for _o, u in sorted(found):
                c = citable(u)
                if c and c not in urls:
                    urls.append(c)
        if urls:
            return Attribution(tuple(urls), note.label)
        ay = self._author_year(" ".join(p.text for p in note.paragraphs))
        return Attribution(ay.urls, f"{note.label}, {ay.via}") if ay.attributed else UNATTRIBUTED

    def _author_year(self, words: str) -> Attribution:
        for m in _AUTHOR_YEAR.finditer(words):
            author = m.group("a1") or m.group("a2")
            year = m.group("y1") or m.group("y2")
            hits = [urls for (a, y), urls in self.references if a == author.lower() and y == year]
            if len(hits) == 1 and hits[0]:
                return Attribution(hits[0], f"reference {author} {year}")
        return UNATTRIBUTED

    # -- block quotes ---------------------------------------------------------------------

    def _block(self, q: Quotation) -> Attribution:
        paras = self.m.paragraphs
        inside = self._inside(q.span)
        if inside.attributed:
            return Attribution(inside.urls, f"{inside.via} in the block quote")
        last = paras[q.span.last]
        line = self._nearest(last, 0, len(last.text), nearest_first=True)
        if line.attributed:
            return line
        nxt = q.span.last + 1
        if nxt < len(paras) and not paras[nxt].block_quote and paras[nxt].text.lstrip().startswith(("—", "–", "―", "-")):
            found = self._nearest(paras[nxt], 0, len(paras[nxt].text), nearest_first=True)
            if found.attributed:
                return Attribution(found.urls, f"{found.via} after the block quote")
        prev = q.span.first - 1
        if prev >= 0 and not paras[prev].block_quote and paras[prev].text.rstrip().endswith(":"):
            p = paras[prev]
            lo = _sentence_start(p.text, len(p.text.rstrip()) - 1, [])
            found = self._nearest(p, lo, len(p.text), nearest_first=False)
            if found.attributed:
                return Attribution(found.urls, f"{found.via} introducing the block quote")
            return self._author_year(p.text[lo:])
        return UNATTRIBUTED

    def _protected(self, k: int) -> list[tuple[int, int]]:
        out = []
        for s in self.spans:
            if s.first <= k <= s.last:
                out.append((s.start if s.first == k else 0, s.end if s.last == k else 1 << 30))
        return out


def _inside_any(i: int, protected: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in protected)


def _sentence_end(text: str, e: int, protected: list[tuple[int, int]]) -> int:
    """Where the sentence holding a quotation that ends at ``e`` ends (after its full stop).

    A quotation that itself ends a sentence ("… library.") followed by a capital ends it."""
    inner = text[max(0, e - 3):e].rstrip("\"'”“»«›‹」』’ ")
    after = text[e:].lstrip(" \u00a0")
    if inner[-1:] in _SENTENCE_END and (not after or after[0].isupper()):
        return e
    for k in range(e, len(text)):
        if text[k] in _SENTENCE_END and not _inside_any(k, protected) and (k + 1 == len(text) or text[k + 1] in " \n\u00a0\"”»)"):
            return k + 1
    return len(text)


def _sentence_start(text: str, s: int, protected: list[tuple[int, int]]) -> int:
    for k in range(s - 1, 0, -1):
        if text[k - 1] in _SENTENCE_END and text[k] in " \n\u00a0" and not _inside_any(k - 1, protected):
            return k
    return 0


def _reference_list(paragraphs: list[Paragraph]) -> list[tuple[tuple[str, str], tuple[str, ...]]]:
    """Reference-list entries as ``((surname, year), urls)``: the paragraphs after a heading such
    as "References" or "Bibliography" (Markdown, Word or a line of its own)."""
    out = []
    for k in sorted(reference_section(paragraphs)):
        p = paragraphs[k]
        m = re.match(r"\s*(?:[-*•]\s*)?(?:\[\d+\]\s*)?([A-Z][\w'’\-]+)", p.text)
        y = re.search(r"\b(1[89]\d\d|20\d\d)[a-z]?\b", p.text)
        if not m or not y:
            continue
        urls: list[str] = []
        for _o, u in sorted([(link.start, link.url) for link in p.links] + bare_urls(p.text)):
            c = citable(u)
            if c and c not in urls:
                urls.append(c)
        out.append(((m.group(1).lower(), y.group(1)), tuple(urls)))
    return out
