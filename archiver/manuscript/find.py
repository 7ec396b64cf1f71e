"""Find the quotations in a manuscript: text between quotation marks of any language, and
block quotes.

Marks: "…" “…” „…“ „…” «…» »…« ‹…› ›…‹ 「…」 『…』, and single quotes ('…', ‘…’, ‚…‘) where
they cannot be apostrophes. An opening mark must follow a word boundary and a closing mark
must precede one, so ``don't`` or ``5'10"`` open nothing. A quotation that runs over several
paragraphs (each new paragraph reopening the mark, the last one closing it) is one quotation.
Quotes nested inside a quotation belong to it. One or two words in quotation marks are
usually scare quotes: they are skipped (and counted) unless a citation is attached to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.manuscript.model import Manuscript, Paragraph

#: opening mark -> the closing marks it accepts
PAIRS: dict[str, str] = {
    "\u201c": "\u201d",          # “ ”  English
    "\u201e": "\u201c\u201d",    # „ “  German, „ ” Polish
    "\u00ab": "\u00bb",          # « »  French
    "\u00bb": "\u00ab",          # » «  German
    "\u2039": "\u203a",          # ‹ ›
    "\u203a": "\u2039",          # › ‹
    "\u300c": "\u300d",          # 「 」
    "\u300e": "\u300f",          # 『 』
    '"': '"',
    "\u2018": "\u2019",          # ‘ ’
    "\u201a": "\u2018\u2019",    # ‚ ‘
    "'": "'",
}
SINGLE = {"'", "\u2018", "\u201a"}
#: marks after which a space is normal typography (French « citation »)
SPACED = {"\u00ab", "\u2039", "\u300c", "\u300e", "\u00bb", "\u203a"}
#: marks that are never anything else (CJK text has no spaces before them)
UNAMBIGUOUS = {"\u300c", "\u300e"}
ALL_MARKS = set(PAIRS) | {c for v in PAIRS.values() for c in v}
SPACE = " \t\n\u00a0\u202f\u2009"
#: how many paragraphs one quotation may run over
MAX_SPAN = 12
SCARE_WORDS = 2


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quotation sits: paragraphs ``first``..``last``, from ``start`` (the opening mark,
    in ``first``) to ``end`` (just after the closing mark, in ``last``)."""

    first: int
    start: int
    last: int
    end: int


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation found: its words (without marks) and where it is."""

    number: int
    text: str
    span: Span
    place: str
    block: bool = False


def _boundary_before(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in SPACE or text[i - 1] in "([{—–-/:;,." or text[i - 1] in ALL_MARKS


def _boundary_after(text: str, i: int) -> bool:
    return i >= len(text) or text[i] in SPACE or not text[i].isalnum()


def _opens(text: str, i: int) -> bool:
    c = text[i]
    if c in UNAMBIGUOUS:
        return i + 1 < len(text)
    if c not in PAIRS or not _boundary_before(text, i) or i + 1 >= len(text):
        return False
    nxt = text[i + 1]
    return c in SPACED or nxt not in SPACE


def _closes(text: str, j: int, opener: str) -> bool:
    c = text[j]
    if c not in PAIRS[opener]:
        return False
    if opener in ('"', "'", "\u2018", "\u201a") or c == "\u2019":
        # straight marks and ’ (also the apostrophe) close only after text and before a boundary
        if j == 0 or (text[j - 1] in SPACE and opener not in SPACED):
            return False
        if text[j - 1].isalnum() and j + 1 < len(text) and text[j + 1].isalnum():
            return False  # don't, l’urgence
        return _boundary_after(text, j + 1)
    return True


def _find_close(text: str, i: int, opener: str) -> int | None:
    """The index of the mark closing the one opened at ``i`` in ``text`` (same paragraph)."""
    j = i + 1
    depth = 0
    while j < len(text):
        c = text[j]
        if opener not in ('"', "'") and c == opener and PAIRS[opener] != opener and _opens(text, j):
            depth += 1  # the same mark nested (rare): skip its pair
        elif _closes(text, j, opener):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return None


#: a block quote's last line that names its source: "— Author, Source" or "Source: ..."
_ATTRIBUTION = re.compile(r"[ \t]*(?:[—–―]|--?\s|source\s*:|quelle\s*:)", re.IGNORECASE)


def _attribution_line(p: Paragraph) -> int:
    """Where the quoted words of a block-quote paragraph end: before a last line that names
    the source (a dash line, "Source:", or a line that is only a link)."""
    cut = p.text.rstrip(SPACE).rfind("\n")  # -1: the whole paragraph is one line
    line = p.text[cut + 1:]
    if _ATTRIBUTION.match(line):
        return max(cut, 0)
    linked: set[int] = set()
    for link in p.links:
        linked.update(range(link.start, link.end))
    rest = [i for i in range(cut + 1, len(p.text)) if p.text[i] not in SPACE + "()[]<>.,;"]
    return max(cut, 0) if rest and all(i in linked for i in rest) else len(p.text)


def _clean(words: str) -> str:
    """The quoted words as the verifier needs them: no surrounding space, no comma the
    sentence (not the source) put inside the closing mark."""
    return words.strip(SPACE).rstrip(",;:").strip(SPACE)


class QuoteFinder:
    """Finds quotations paragraph by paragraph; ``spans`` keeps every quotation's place
    (including skipped ones) so attribution never crosses a quotation."""

    def __init__(self, manuscript: Manuscript) -> None:
        self.m = manuscript
        self.found: list[Quotation] = []
        self.scare: list[Quotation] = []

    def run(self) -> QuoteFinder:
        paras = self.m.paragraphs
        refs = reference_section(paras)
        k = 0
        while k < len(paras):
            p = paras[k]
            if k in refs:  # titles in a reference list are not quotations
                k += 1
                continue
            if p.block_quote:
                k = self._block(k)
                continue
            if not p.heading:
                k = self._inline(k)
            else:
                k += 1
        ordered = sorted(self.found, key=lambda q: (q.span.first, q.span.start))
        self.found = [Quotation(n, q.text, q.span, q.place, q.block) for n, q in enumerate(ordered, start=1)]
        return self

    def all_spans(self) -> list[Span]:
        return sorted((q.span for q in self.found + self.scare), key=lambda s: (s.first, s.start))

    # -- block quotes ---------------------------------------------------------------------

    def _block(self, k: int) -> int:
        paras = self.m.paragraphs
        last = k
        while last + 1 < len(paras) and paras[last + 1].block_quote:
            last += 1
        cut = _attribution_line(paras[last])
        texts = [p.text.strip(SPACE) for p in paras[k:last]] + [paras[last].text[:cut].strip(SPACE)]
        text = "\n".join(t for t in texts if t)
        if len(text) >= 2 and text[0] in PAIRS and text[-1] in PAIRS[text[0]]:
            text = text[1:-1]
        text = _clean(text)
        if text:
            self._add(text, Span(k, 0, last, len(paras[last].text)), paras[k].place, block=True)
        return last + 1

    # -- inline quotations ----------------------------------------------------------------

    def _inline(self, k: int, i: int = 0) -> int:
        """Quotations opening in paragraph ``k`` from offset ``i``; returns the next paragraph
        to read (past any paragraph a quotation ran into)."""
        paras = self.m.paragraphs
        text = paras[k].text
        while i < len(text):
            if not _opens(text, i):
                i += 1
                continue
            opener = text[i]
            j = _find_close(text, i, opener)
            if j is not None:
                self._add(_clean(text[i + 1:j]), Span(k, i, k, j + 1), paras[k].place)
                i = j + 1
                continue
            run = None if opener in SINGLE else self._run_on(k, i, opener)
            if run is None:
                i += 1
                continue
            words, span = run
            self._add(_clean(words), span, paras[k].place)
            return self._inline(span.last, span.end)  # the rest of the paragraph it closed in
        return k + 1

    def _run_on(self, k: int, i: int, opener: str) -> tuple[str, Span] | None:
        """A quotation opened in paragraph ``k`` that goes on in the next paragraphs, each
        reopening with the same mark, until one closes it."""
        paras = self.m.paragraphs
        parts = [paras[k].text[i + 1:]]
        for n in range(k + 1, min(len(paras), k + MAX_SPAN)):
            t = paras[n].text.lstrip(SPACE)
            if paras[n].block_quote or paras[n].heading or not t.startswith(opener):
                return None
            offset = len(paras[n].text) - len(t)
            j = _find_close(t, 0, opener)
            if j is not None:
                parts.append(t[1:j])
                return "\n".join(x.strip(SPACE) for x in parts), Span(k, i, n, offset + j + 1)
            parts.append(t[1:])
        return None

    def _add(self, words: str, span: Span, place: str, *, block: bool = False) -> None:
        if not words:
            return
        q = Quotation(0, words, span, place, block)
        if not block and len(re.findall(r"\w+(?:[-'’]\w+)*", words)) <= SCARE_WORDS:
            self.scare.append(q)
        else:
            self.found.append(q)


REFERENCES_HEADING = re.compile(r"^\s*(references|bibliography|works cited|sources|literatur|"
                                r"literaturverzeichnis|bibliographie|quellen)\s*:?\s*$", re.IGNORECASE)


def reference_section(paragraphs: list[Paragraph]) -> set[int]:
    """Indexes of the paragraphs of a reference list: after a heading such as "References" or
    "Bibliography" (a heading, or a line of its own), up to the next heading."""
    out: set[int] = set()
    inside = False
    for k, p in enumerate(paragraphs):
        if REFERENCES_HEADING.match(p.text):
            inside = True
        elif p.heading:
            inside = False
        elif inside:
            out.add(k)
    return out


def find_quotations(manuscript: Manuscript) -> QuoteFinder:
    """Every quotation of ``manuscript`` (``found``) and the scare quotes set aside (``scare``)."""
    return QuoteFinder(manuscript).run()
