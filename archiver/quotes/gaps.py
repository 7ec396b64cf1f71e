"""What a quote's brackets and ellipses stand for, and what the source's asides hold.

A quote may shorten (``...``), substitute (``[the mayor]``) or leave out a source's bracketed
aside; none of these may hide a material change. Each check returns the material
differences it finds, for the pattern and fuzzy verdicts alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archiver.quotes.align import PatternMatch
from archiver.quotes.lexicon import (
    DATE_WORDS,
    NEGATING_PREFIXES,
    QUANTITY,
    is_number,
    negation_count,
)
from archiver.quotes.model import Difference
from archiver.quotes.normalize import ASIDE_RE, DOUBLE_QUOTES, normalize
from archiver.quotes.parse import Bracket, ParsedQuote
from archiver.quotes.text import PreparedText
from archiver.quotes.tokens import Token, tokenize


def omitted_aside_differences(
    pq: ParsedQuote, pm: PatternMatch, pt: PreparedText, spans: list[tuple[int, int]]
) -> list[Difference]:
    """A bracketed aside the quote leaves out must be an editor's insertion, and harmless.

    Sources put their own insertions into the speech they quote ("The figures (reported by
    the WSJ) have ..."); a quote may leave those out. A parenthesis in the author's own prose
    ("The drug (in mice) cured ...") is content, and leaving it out without an ellipsis is an
    omission. Inside or outside a quotation is read from the parity of double quotation marks
    earlier in the paragraph. A left-out aside holding a negation is material either way.
    """
    out: list[Difference] = []
    quoted = _bracket_texts(pq)
    for m in ASIDE_RE.finditer(pt.original, spans[0][0], spans[-1][1]):
        aside = m.group().strip()
        if aside in quoted:
            continue
        if negation_count(tokenize(aside)):
            note = "the quote leaves out a bracketed aside of the source that holds a negation"
            out.append(Difference("negation", True, None, aside, m.start(), m.end(), note=note))
            continue
        pstart, _ = pt.paragraph_bounds(m.start())
        marks = sum(1 for c in pt.original[pstart : m.start()] if c in DOUBLE_QUOTES)
        if marks % 2 == 0:
            note = "the quote leaves out a parenthesis of the source's own text without an ellipsis"
            out.append(Difference("content_word", True, None, aside, m.start(), m.end(), note=note))
    return out


def _bracket_texts(pq: ParsedQuote) -> set[str]:
    """Bracketed groups the quote itself reproduces (so they were not left out)."""
    return {p.raw for part in pq.parts for p in part.pieces if isinstance(p, Bracket)}


def bracket_differences(pq: ParsedQuote, pm: PatternMatch) -> list[Difference]:
    """A bracket that stands for other words must not hide a material change."""
    out: list[Difference] = []
    v = pm.variant
    for group, (how, m) in pm.readings().items():
        if how not in ("gap", "none"):
            continue
        i, k = (int(x) for x in re.findall(r"\d+", group))
        br = pq.parts[i].pieces[k]
        assert isinstance(br, Bracket)
        if br.kind == "sic":
            continue
        gs, ge = (
            (m.start(group + how), m.end(group + how))
            if how == "gap"
            else (m.start(group + how),) * 2
        )
        os, oe = v.to_original(gs, ge)
        gap_text = v.original[os:oe]
        content_toks = tokenize(br.content)
        gap_toks = tokenize(gap_text)
        note = None
        if br.kind == "attached":
            if (
                br.content.lower() in NEGATING_PREFIXES + ("n't", "not")
                and gap_text.lower() != br.content.lower()
            ):
                note = f"the bracketed {br.raw!r} turns a word into its negation"
        elif negation_count(content_toks) != negation_count(gap_toks):
            note = f"the bracketed {br.raw!r} changes a negation"
        elif _kinds_of(content_toks, is_number) != _kinds_of(gap_toks, is_number):
            note = f"the bracketed {br.raw!r} changes a number"
        elif _kinds_of(content_toks, _is_quantity) != _kinds_of(gap_toks, _is_quantity):
            note = f"the bracketed {br.raw!r} changes a quantity word"
        elif _kinds_of(content_toks, _is_date) != _kinds_of(gap_toks, _is_date):
            note = f"the bracketed {br.raw!r} changes a date"
        else:
            names_q = {t.folded for t in content_toks if _name_like(t)}
            names_s = {t.folded for t in gap_toks if _name_like(t)}
            if names_q and names_s and not names_q & names_s:
                note = f"the bracketed {br.raw!r} replaces the name {gap_text!r}"
        if note:
            out.append(
                Difference(
                    "bracket_alteration",
                    True,
                    br.raw,
                    gap_text or None,
                    os if gap_text else None,
                    oe if gap_text else None,
                    note,
                )
            )
    return out


_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
    ]
)


def _kinds_of(tokens: list[Token], pred: Callable[[str], bool]) -> set[str]:
    return {t.folded for t in tokens if pred(t.folded)}


def _is_quantity(w: str) -> bool:
    return w in QUANTITY


def _is_date(w: str) -> bool:
    return w in DATE_WORDS


def _name_like(t: Token) -> bool:
    """A capitalised word that is not a pronoun or article ("[The mayor]" is not a name)."""
    return t.text[:1].isupper() and t.folded not in _NOT_NAMES


def ellipsis_gap_differences(pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may shorten a quote, never flip it: look for negations in what it omits.

    A negation counts unless a sentence ends between it and the next part (then it belonged
    to a clause left out whole, as in "weg, und niemand hat ... gefragt. Das ist").
    """
    out: list[Difference] = []
    for (_, b), (c, _) in zip(spans, spans[1:], strict=False):
        gap = pt.original[b:c]
        norm = normalize(gap)
        negs = []
        for t in tokenize(norm.text):
            if negation_count([t]) and not _SENTENCE_END.search(norm.text, t.end):
                negs.append(t)
        if negs:
            out.append(
                Difference(
                    "ellipsis_negation",
                    True,
                    "…",
                    gap.strip(),
                    b,
                    c,
                    note=f"the ellipsis omits {', '.join(repr(t.text) for t in negs)}",
                )
            )
    return out


_SENTENCE_END = re.compile(r"[.!?;]")
