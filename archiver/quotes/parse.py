"""Read a quote as a writer typed it: outer quotation marks, ellipses, editorial brackets.

Style guides (CMOS 13.7, APA 8.30-8.31, Bluebook 5.2-5.3, AP) let a writer change a quote in a
few marked ways: an ellipsis for an omission, ``[T]he``/``(t)he`` for a changed letter,
``[sic]``, a bracketed insertion or substitution. Each ellipsis part becomes a search pattern
in which every bracket is an explicit alternative, so a match says *which* alteration was
used (and whether it hides a material change, e.g. an inserted "[not]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.errors import UsageError
from archiver.quotes.normalize import (
    ALL_STEPS,
    DOUBLE_QUOTES,
    SINGLE_QUOTES,
    fold,
    normalize,
)
from archiver.quotes.numbers import CARET_POWER

ELLIPSIS_RE = re.compile(
    r"\s*(?:[\[(]\s*(?:…|\.(?:\s?\.){2,3})\s*[\])]|…|\.\s?\.\s?\.(?:\s?\.)?)\s*"
)
_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]|\(([^()]*)\)")
#: A possessive glued after a square bracket ("[April Ross]'s office"), then no letter.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s(?!\w)")
_SIC_RE = re.compile(
    r"sic!?|sic,? emphasis (?:added|mine)|emphasis (?:added|mine)|alteration in original", re.I
)
_FINAL_PUNCT_RE = re.compile(r"[.,;:!?]+$")
_WORD = r"[^\W_]"


@dataclass(frozen=True, slots=True)
class Bracket:
    """An editorial bracket in the quote: what it holds and how it is read."""

    kind: str  # "sic" | "letter" | "attached" | "insert"
    content: str
    raw: str


@dataclass(frozen=True, slots=True)
class Part:
    """One ellipsis-separated part of the quote, as literal text and brackets."""

    raw: str
    pieces: tuple[str | Bracket, ...]

    @property
    def brackets(self) -> tuple[Bracket, ...]:
        return tuple(p for p in self.pieces if isinstance(p, Bracket))

    def plain(self, *, keep_brackets: bool = False) -> str:
        """The part as plain text: bracket content kept (without the marks), [sic] dropped."""
        out: list[str] = []
        for p in self.pieces:
            if isinstance(p, str):
                out.append(p)
            elif keep_brackets:
                out.append(p.raw)
            elif p.kind != "sic":
                out.append(p.content)
        return re.sub(r"\s+", " ", "".join(out)).strip()


@dataclass(frozen=True, slots=True)
class ParsedQuote:
    """A quote split into ellipsis parts, with the ellipses and brackets noted."""

    raw: str
    stripped: str
    parts: tuple[Part, ...]
    outer_ellipsis: bool
    final_punct: str

    @property
    def has_ellipsis(self) -> bool:
        return len(self.parts) > 1 or self.outer_ellipsis

    @property
    def has_brackets(self) -> bool:
        return any(p.brackets for p in self.parts)

    def plain(self) -> str:
        return " ".join(p.plain() for p in self.parts)


def parse_quote(quote: str) -> ParsedQuote:
    """Parse a quote; raise :class:`UsageError` when nothing is left to look for."""
    if not isinstance(quote, str):
        raise UsageError("the quote must be text")
    s = quote.strip()
    # outer quotation marks belong to the citing text, not to the quote
    while len(s) >= 2 and (
        (s[0] in DOUBLE_QUOTES and s[-1] in DOUBLE_QUOTES)
        or (s[0] in SINGLE_QUOTES and s[-1] in SINGLE_QUOTES)
    ):
        s = s[1:-1].strip()
    stripped = s
    pieces = ELLIPSIS_RE.split(s)
    outer = (
        bool(pieces) and (pieces[0].strip() == "" or pieces[-1].strip() == "") and len(pieces) > 1
    )
    texts = [p.strip() for p in pieces if p.strip()]
    if not texts or not any(c.isalnum() for c in "".join(texts)):
        raise UsageError("the quote is empty: give the words to look for")
    final_punct = ""
    m = _FINAL_PUNCT_RE.search(texts[-1])
    if m and m.start() > 0:
        final_punct = m.group()
        texts[-1] = texts[-1][: m.start()].rstrip()
    parts = tuple(_parse_part(t) for t in texts)
    if not any(c.isalnum() for p in parts for c in p.plain()):  # "[sic]": an editor's mark, no words
        raise UsageError("the quote is empty: give the words to look for")
    return ParsedQuote(quote, stripped, parts, outer, final_punct)


def _parse_part(text: str) -> Part:
    pieces: list[str | Bracket] = []
    pos = 0
    for m in _BRACKET_RE.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        content = m.group(1) if m.group(1) is not None else m.group(2)
        raw, end = m.group(), m.end()
        if (owner := _POSSESSIVE_AFTER.match(text, end)) and content[-1:].isalnum() and m.group(1) \
                and not _SIC_RE.fullmatch(content.strip()):
            # "[April Ross]'s office" for "her office": the possessive is the bracket's, read
            # as "[April Ross's]" (task q57: the quote was aligned word by word, "April" a date)
            content, raw, end = content + owner.group(), raw + owner.group(), owner.end()
        before = text[m.start() - 1] if m.start() > 0 else " "
        after = text[end] if end < len(text) else " "
        attached = before.isalnum() or after.isalnum()
        if _SIC_RE.fullmatch(content.strip()):
            kind = "sic"
        elif len(content) == 1 and content.isalpha() and after.isalpha():
            kind = "letter"
        elif attached and content.isalpha():
            kind = "attached"
        else:
            kind = "insert"
        pieces.append(Bracket(kind, content, raw))
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
    return Part(text, tuple(pieces))


#: The normalisation listed when a quote's "10^6" matched the page's "10⁶".
SUPERSCRIPT_NOTATION = "superscript_notation"
_RAISE = str.maketrans("0123456789+-\u2212", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")


def caret_powers(s: str) -> str:
    """``s`` with each ASCII power ("10^6", "2^-3") written as the page shows it ("10⁶").

    Why: a quote typed on a keyboard writes ten to the sixth as "10^6"; extraction keeps the
    page's ``10<sup>6</sup>`` as "10⁶". Read this way the two match (listed as the
    ``superscript_notation`` normalisation), while "106" still differs (see numbers.py)."""
    if "^" not in s:
        return s
    return CARET_POWER.sub(lambda m: m.group(1).translate(_RAISE), s)


def _norm(s: str, steps: frozenset[str], *, folded: bool) -> str:
    n = normalize(caret_powers(s), steps=steps)
    return n.folded if folded else n.text


def part_pattern(
    part: Part,
    index: int,
    *,
    steps: frozenset[str] = ALL_STEPS,
    folded: bool = True,
    free_first_letter: bool = True,
    marks: bool = True,
) -> str:
    """A regular expression for one part over a normalised source.

    Bracket number ``k`` of part ``index`` gets named groups ``p{index}b{k}lit`` (found as
    written, marks and all), ``...in`` (found without the marks), ``...gap`` (stood for other
    words) or ``...none`` (an insertion absent from the source), so the caller can tell which
    reading matched. With ``folded=False`` the pattern is case-sensitive except where an
    alteration is allowed (bracketed letters, and the first letter if ``free_first_letter``).
    With ``marks`` the quotation marks between words are free (see :func:`_literal`).
    """
    out: list[str] = []
    pieces = list(part.pieces)
    # Spaces around brackets are handled by the bracket patterns themselves.
    for k, p in enumerate(pieces):
        prev = pieces[k - 1] if k > 0 else None
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if isinstance(p, str):
            lit = p
            if isinstance(prev, Bracket) and prev.kind in ("sic", "insert"):
                lit = lit.lstrip()
            if isinstance(nxt, Bracket) and nxt.kind in ("sic", "insert"):
                lit = lit.rstrip()
            if k == 0:
                lit = lit.lstrip()
            if k == len(pieces) - 1:
                lit = lit.rstrip()
            norm = _norm(lit, steps, folded=folded) if lit else ""
            out.append(
                _literal(
                    norm,
                    first=(k == 0 and free_first_letter and not folded),
                    marks=marks,
                    name=f"p{index}q{k}",
                )
            )
            continue
        g = f"p{index}b{k}"
        lit_raw = re.escape(_norm(p.raw, steps, folded=folded))
        content = _norm(p.content, steps, folded=folded)
        c = re.escape(content)
        left = prev if isinstance(prev, str) else ""
        right = nxt if isinstance(nxt, str) else ""
        has_left = left.rstrip() != ""
        has_right = right.lstrip() != ""
        sp_l = " " if has_left and left[-1:].isspace() else ""
        sp_r = " " if has_right and right[:1].isspace() else ""
        if p.kind == "sic":
            out.append(f"(?P<{g}lit>{sp_l}{lit_raw})?" + (" " if sp_l and sp_r else ""))
        elif p.kind == "letter":
            letter = f"[{re.escape(content.lower())}{re.escape(content.upper())}]"
            out.append(f"(?:(?P<{g}lit>{lit_raw})|(?P<{g}in>{letter}))")
        elif p.kind == "attached":
            out.append(f"(?:(?P<{g}lit>{lit_raw})|(?P<{g}in>{c})|(?P<{g}gap>{_WORD}{{0,12}}?))")
        else:
            words = r"[^\s]+(?: [^\s]+){0,3}?"
            if k == 0:
                words = _leading_gap(p.content)
            inner = f"(?P<{g}lit>{lit_raw})|(?P<{g}in>{c})|(?P<{g}gap>{words})"
            if p.raw.startswith("("):
                # round brackets in a quote are usually the source's own: they may lose their
                # marks, never stand for other words (style guides insert with [square] ones)
                inner = f"(?P<{g}lit>{lit_raw})|(?P<{g}in>{c})"
                out.append(f"{sp_l}(?:{inner}){sp_r}")
                continue
            if sp_l and sp_r:
                out.append(f"(?: (?:{inner})|(?P<{g}none>)) ")
            elif sp_l:
                out.append(f"(?: (?:{inner})|(?P<{g}none>))")
            elif sp_r:
                out.append(f"(?:(?:{inner}) |(?P<{g}none>))")
            else:
                out.append(f"(?:{inner}|(?P<{g}none>))")
    return "".join(out)


#: Between words: blanks and quotation marks (an apostrophe only when it is not inside a word).
_MARK_RUN = re.compile(r"""(?:\s|"|(?<![^\W_])'|'(?![^\W_]))+""")
#: What such a run in the quote may stand for in the source. Where the quote has a mark, the
#: source must have one, but double for single (a quote inside a quote) or with the comma or
#: full stop the source puts inside a closing mark (American style: 'lost,"'). Where the quote
#: has only a blank after a sentence end, the source may have marks there: the closing and
#: reopening mark of a quotation that runs over two paragraphs: written with an opening mark
#: only (the first paragraph has no closing one), and only after a line break, which the
#: locator checks on the original text (the group :data:`RUN_ON_GROUP` names; the normalised
#: text has one space for any break). A closing mark there ends the quotation: "safe." "The
#: wall" is two quotations, perhaps by two speakers, never one quote.
_RUN_MARKS_SPACE = r"""(?:[,.]?["']{1,2} (?:["']{1,2})?|(?:[,.]?["']{1,2})? ["']{1,2})"""
_RUN_MARKS = r"""[,.]?["']{1,2}"""
_RUN_SENTENCE_GAP = r""" (?P<{name}>["']{{1,2}})?"""
#: The name of a sentence gap's reopening-mark group in a part's pattern (see part_pattern).
RUN_ON_GROUP = re.compile(r"p\d+q\d+o\d+")
#: A bracket opening a part stands for the words just before the quoted ones (a subject or
#: pronoun: "[Trump] tweeted" for "he tweeted"): never across a clause mark, and no more words
#: than the bracket holds, so "[The media] waged" is compared with "they've", not "January, ...".
_GAP_WORD = r"""[^\s.,;:!?"]+"""


def _leading_gap(content: str) -> str:
    """The gap pattern for a bracket at the start of a part (see ``_GAP_WORD``)."""
    n = max(1, min(4, len(content.split())))
    return f"{_GAP_WORD}(?: {_GAP_WORD}){{0,{n - 1}}}"


def _literal(norm: str, *, first: bool, marks: bool = True, name: str = "q") -> str:
    """One literal run of the quote as a pattern.

    With ``marks``, quotation marks between words match the source's marks loosely (see
    ``_RUN_MARKS_SPACE``): a quote spanning two quoted paragraphs ("...list. The river" for
    "...list.\n\n\u201cThe river") or ending inside the source's closing mark is the same
    words; "...safe. The wall" for "...safe.\u201d \u201cThe wall" is not (two quotations). A mark of the source the quote drops mid-sentence still counts as a difference.
    Only the normalised marks ``"`` and ``'`` are free, so curly marks still need (and
    report) the ``quotes`` step.
    """
    if not norm:
        return ""
    first_letter = -1
    if first:  # the first *letter*, after any opening quotation mark or bracket
        i = next((k for k, ch in enumerate(norm) if ch.isalnum()), -1)
        if i >= 0 and norm[i].isalpha():
            first_letter = i
    out: list[str] = []
    pos = 0
    for m in _MARK_RUN.finditer(norm) if marks else ():
        run = m.group()
        if any(c in "\"'" for c in run):
            pat = _RUN_MARKS_SPACE if any(c.isspace() for c in run) else _RUN_MARKS
        elif run == " " and m.start() > 0 and norm[m.start() - 1] in ".!?":
            pat = _RUN_SENTENCE_GAP.format(name=f"{name}o{m.start()}")
        else:
            continue
        out.append(_escape(norm, pos, m.start(), first_letter))
        out.append(pat)
        pos = m.end()
    out.append(_escape(norm, pos, len(norm), first_letter))
    return "".join(out)


def _escape(norm: str, a: int, b: int, first_letter: int) -> str:
    """``norm[a:b]`` escaped, with the letter at ``first_letter`` free in case."""
    if a <= first_letter < b:
        head = norm[first_letter]
        return (
            re.escape(norm[a:first_letter])
            + f"[{re.escape(head.lower())}{re.escape(head.upper())}]"
            + re.escape(norm[first_letter + 1 : b])
        )
    return re.escape(norm[a:b])


def quote_steps_applied(pq: ParsedQuote) -> frozenset[str]:
    """Which normalisation steps change something in the quote itself."""
    applied: set[str] = set()
    for p in pq.parts:
        applied |= normalize(p.raw).applied
    return frozenset(applied)


__all__ = ["Bracket", "ParsedQuote", "Part", "parse_quote", "part_pattern", "fold"]
