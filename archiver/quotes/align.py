"""Locate a quote in a prepared text: verbatim, by pattern over normalised text, or fuzzily.

Three locators, tried in this order by :mod:`archiver.quotes.verify`:

* :func:`find_exact` - a verbatim substring of the original.
* :func:`find_pattern` - every ellipsis part as a pattern over a normalised variant of the
  text, parts in source order (Hypothesis' normalise-then-map-offsets, plus the bracket and
  ellipsis readings of :mod:`archiver.quotes.parse`).
* :func:`find_fuzzy` - only to *locate* a near passage for the word-level classifier
  (rapidfuzz ``partial_ratio_alignment``), never to decide a verdict.

:func:`find_stitched` recognises a quote glued from two separate places without an ellipsis.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from archiver.quotes.edges import cuts_token, inside_token
from archiver.quotes.normalize import ALL_STEPS, BRACKETS, NormText, normalize
from archiver.quotes.parse import RUN_ON_GROUP, ParsedQuote, part_pattern
from archiver.quotes.text import VARIANTS, PreparedText
from archiver.quotes.tokens import Token, tokenize

MAX_MATCHES_PER_PART = 200
#: Not a character step: the quote left out, added or changed quotation marks between words.
QUOTATION_MARKS = "quotation_marks"


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """Where each part matched (normalised offsets in ``variant``) and how brackets were read."""

    key: tuple[int, bool]
    variant: NormText
    spans: tuple[tuple[int, int], ...]
    matches: tuple[re.Match[str], ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def readings(self) -> dict[str, tuple[str, re.Match[str]]]:
        """Bracket group (``p0b1``) -> how it matched ("lit", "in", "gap", "none") and where."""
        out: dict[str, tuple[str, re.Match[str]]] = {}
        for m in self.matches:
            for name, val in m.groupdict().items():
                if val is not None:
                    g = _GROUP_RE.fullmatch(name)
                    if g:
                        out[g.group(1)] = (g.group(2), m)
        return out


_GROUP_RE = re.compile(r"(p\d+b\d+)(lit|in|gap|none)")


@dataclass(frozen=True, slots=True)
class OrderFailure:
    """Every part occurs, but never in the quote's order."""

    key: tuple[int, bool]
    variant: NormText
    spans: tuple[tuple[int, int], ...]


def find_exact(pq: ParsedQuote, pt: PreparedText) -> tuple[int, int] | None:
    """Offsets of the quote as a verbatim substring of the original (surrounding blanks ignored).

    The match must not start or end inside a token as a reader reads it: "chines" is not a
    quote of "machines", nor "5 million" of "1.5 million" (:mod:`archiver.quotes.edges`).
    """
    return next(exact_hits(pq, pt), None)


def exact_hits(pq: ParsedQuote, pt: PreparedText) -> Iterator[tuple[int, int]]:
    """Every place :func:`find_exact` would accept, in text order per candidate form."""
    text = pt.original
    for candidate in (pq.raw.strip(), pq.stripped):
        if not candidate:
            continue
        i = text.find(candidate)
        while i >= 0:
            j = i + len(candidate)
            if not inside_token(text, i, j):
                yield i, j
            i = text.find(candidate, i + 1)


def _compile(
    pq: ParsedQuote,
    steps: frozenset[str],
    *,
    folded: bool,
    free_first_letter: bool = True,
    marks: bool = True,
) -> list[re.Pattern[str]]:
    out = []
    for i, p in enumerate(pq.parts):
        pat = part_pattern(
            p, i, steps=steps, folded=folded, free_first_letter=free_first_letter, marks=marks
        )
        plain = p.plain()
        # a part starts and ends on word boundaries ("chines" is not in "machines")
        if plain[:1].isalnum():
            pat = r"(?<![^\W_])" + pat
        if plain[-1:].isalnum():
            pat += r"(?![^\W_])"
        out.append(re.compile(pat))
    return out


def _in_order(per_part: list[list[re.Match[str]]]) -> tuple[re.Match[str], ...] | None:
    """The tightest sequence with every part after the previous one."""
    starts = [[m.start() for m in ms] for ms in per_part]
    best: tuple[re.Match[str], ...] | None = None
    for m0 in per_part[0]:
        seq = [m0]
        end = m0.end()
        for i in range(1, len(per_part)):
            j = bisect.bisect_left(starts[i], end)
            if j >= len(per_part[i]):
                seq = []
                break
            seq.append(per_part[i][j])
            end = per_part[i][j].end()
        if seq and (
            best is None or seq[-1].end() - seq[0].start() < best[-1].end() - best[0].start()
        ):
            best = tuple(seq)
    return best


def _runs_on(v: NormText, m: re.Match[str]) -> bool:
    """Whether every reopening quotation mark the match passed over between two of the quote's
    sentences follows a line break in the original: a quotation running on into the next
    paragraph ("list.\n\n\u201cThe river"), not a second quotation ("safe. \u201cThe wall",
    after the narrator's words or a closing mark, which the pattern never passes)."""
    for name, val in m.groupdict().items():
        if val is None or not RUN_ON_GROUP.fullmatch(name):
            continue
        k = v.starts[m.start(name)]
        while k > 0 and v.original[k - 1].isspace() and v.original[k - 1] != "\n":
            k -= 1
        if k == 0 or v.original[k - 1] != "\n":
            return False
    return True


def find_pattern(pq: ParsedQuote, pt: PreparedText) -> PatternMatch | OrderFailure | None:
    """Search every normalised variant; the first one where all parts match in order wins."""
    patterns = _compile(pq, ALL_STEPS, folded=True)
    order_failure: OrderFailure | None = None
    tried: set[tuple[int, bool]] = set()
    for key in VARIANTS:
        eff = pt.effective(*key)
        if eff in tried:
            continue
        tried.add(eff)
        key = eff
        v = pt.variant(*key)
        per_part: list[list[re.Match[str]]] = []
        for pat in patterns:
            ms = []
            for m in pat.finditer(v.folded):
                if (
                    m.end() > m.start()
                    and not inside_token(v.original, *v.to_original(*m.span()))
                    and _runs_on(v, m)
                ):
                    ms.append(m)
                if len(ms) >= MAX_MATCHES_PER_PART:
                    break
            if not ms:
                break
            per_part.append(ms)
        if len(per_part) < len(patterns):
            continue
        seq = _in_order(per_part)
        if seq is not None:
            return PatternMatch(key, v, tuple((m.start(), m.end()) for m in seq), seq)
        if order_failure is None:
            order_failure = OrderFailure(
                key, v, tuple((ms[0].start(), ms[0].end()) for ms in per_part)
            )
    return order_failure


def case_check(pq: ParsedQuote, pm: PatternMatch, *, free_first_letter: bool) -> bool:
    """Whether the matched parts also match with case respected (except allowed letters)."""
    pats = _compile(pq, ALL_STEPS, folded=False, free_first_letter=free_first_letter)
    return all(
        p.fullmatch(pm.variant.text, a, b) is not None
        for p, (a, b) in zip(pats, pm.spans, strict=True)
    )


def steps_needed(pq: ParsedQuote, pm: PatternMatch, candidates: frozenset[str]) -> list[str]:
    """Which normalisation steps this match depends on: switch each off, see if it survives."""
    start, end = pm.variant.to_original(pm.start, pm.end)
    span = pm.variant.original[start:end]
    needed = []
    for step in sorted(candidates - {BRACKETS} | {QUOTATION_MARKS}):
        steps = ALL_STEPS - {step}
        sub = normalize(span, steps=steps, unbracket=pm.key[0], keep_hyphen=pm.key[1])
        pats = _compile(pq, steps, folded=True, marks=step != QUOTATION_MARKS)
        pos = 0
        ok = True
        for p in pats:
            m = p.search(sub.folded, pos)
            if m is None:
                ok = False
                break
            pos = m.end()
        if not ok:
            needed.append(step)
    return needed


def find_stitched(
    pq: ParsedQuote, pt: PreparedText, *, min_words: int = 4, min_gap_words: int = 5
) -> tuple[tuple[int, int], tuple[int, int], NormText] | None:
    """Two separate places whose texts, glued together, make up the quote (no ellipsis).

    Each half must have ``min_words`` words, and the second must not follow the first within
    ``min_gap_words`` words: a few words dropped in between is an omission for the word-level
    classifier, not a splice.
    """
    if len(pq.parts) != 1:
        return None
    q = normalize(pq.plain()).folded
    spaces = [m.start() for m in re.finditer(" ", q)]
    if len(spaces) + 1 < 2 * min_words:
        return None
    for key in ((0, False), (1, False)):
        if key != (0, False) and not pt.has_variant_difference(*key):
            continue
        v = pt.variant(*key)
        hay = v.folded
        for cut in spaces[min_words - 1 : len(spaces) - min_words + 1]:
            left, right = q[:cut], q[cut + 1 :]
            a = hay.find(left)
            if a < 0:
                continue
            b = hay.find(right)
            if b < 0:
                continue
            gap = hay[a + len(left) : b]
            if b >= a + len(left) and len(gap.split()) < min_gap_words:
                continue  # the quote, perhaps with a word or two left out: not two places
            return (a, a + len(left)), (b, b + len(right)), v
    return None


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    """A near passage: the quote's tokens, the source window's tokens and the variant."""

    key: tuple[int, bool]
    variant: NormText
    quote_tokens: tuple[Token, ...]
    source_tokens: tuple[Token, ...]
    sentence_initial: frozenset[int]  # window token indexes that begin a sentence
    score: float


_SENTENCE_MARKS = frozenset({".", "!", "?", ":", '"', "'", "*", "-"})


def find_fuzzy(
    part_text: str,
    pt: PreparedText,
    *,
    key: tuple[int, bool] = (1, False),
    cutoff: float = 55.0,
) -> FuzzyMatch | None:
    """Locate the passage nearest to ``part_text``, trimmed to the best word window.

    rapidfuzz gives a character window as long as the quote; the text around it is cut into
    words and the window edges are moved (within a slack) to where the word distance to the
    quote is smallest, so a quote that drops or adds words is still aligned whole.
    """
    qn = normalize(part_text, unbracket=True)
    qtoks = tokenize(qn.text, qn.folded)
    if not qtoks:
        return None
    v = pt.variant(*key)
    al = fuzz.partial_ratio_alignment(qn.folded, v.folded, score_cutoff=cutoff)
    if al is None:
        return None
    a, b = al.dest_start, al.dest_end
    # words only around the alignment: tokenising the whole text would cost more than the rest
    margin = 60 + (b - a)
    ra, rb = max(0, a - margin), min(len(v.text), b + margin)
    while ra > 0 and not v.text[ra - 1].isspace():
        ra -= 1
    toks = tokenize(v.text[ra:rb], v.folded[ra:rb], offset=ra)
    if not toks:
        return None
    starts = [t.start for t in toks]
    slack = min(12, max(3, len(qtoks) // 4))
    a_idx = max(0, bisect.bisect_right(starts, a) - 1)
    b_idx = bisect.bisect_left(starts, b)
    i = max(0, a_idx - slack)
    j = min(len(toks), b_idx + slack)
    # choose the window edges that make the word distance smallest (ties: equal edge words,
    # then the length closest to the quote's), so extra source words at either end are left out
    qf = [t.folded for t in qtoks]
    tf = [t.folded for t in toks]

    def score(s_i: int, e_i: int) -> tuple[int, int, int, int, int]:
        w = tf[s_i:e_i]
        edges = (w[0] == qf[0]) + (w[-1] == qf[-1])
        return (Levenshtein.distance(qf, w), -edges, abs(len(w) - len(qf)), s_i, e_i)

    # two passes (start edge with the far end fixed, then the end edge) keep this linear in
    # the slack; the far end is generous so the first pass does not cut the quote short, and each
    # start is also tried with the quote's own length: against the generous end alone a window
    # past the passage sharing no word with a short quote (its length in changes) beat the passage
    # with the slack's extra words ("rose 12 percent" took "last year ," of "rose 15 percent last
    # year, ...", and the changed number came back ``not_found``; task q65)
    starts_range = range(i, min(a_idx + slack, len(toks) - 1) + 1)
    best = min((score(s_i, e) for s_i in starts_range
                for e in {max(s_i + 1, j), min(len(toks), s_i + len(qtoks))}), default=None)
    if best is None:
        return None
    s_i = best[3]
    best = min(score(s_i, e_i) for e_i in range(max(s_i + 1, b_idx - slack), max(s_i + 1, j) + 1))
    e_i = best[4]
    # the start edge once more, now against the chosen end: with the generous far end the
    # length tie-break favoured a shorter window, cutting off a changed first word ("Biden"
    # where the source has "Trump" must be shown as that, not as an added word)
    s_i = min(score(s, e_i) for s in starts_range if s < e_i)[3] if s_i < e_i else s_i

    # a word the quote writes as one and the source as two ("percent" / "per cent") at an
    # edge: the word distance cuts it in half, so take the other half in
    def glued(a: str, b: str) -> str:
        return (a + b).replace("-", "")

    if (
        e_i < len(toks)
        and tf[e_i - 1] != qf[-1]
        and glued(tf[e_i - 1], tf[e_i]) == qf[-1].replace("-", "")
    ):
        e_i += 1
    if s_i > 0 and tf[s_i] != qf[0] and glued(tf[s_i - 1], tf[s_i]) == qf[0].replace("-", ""):
        s_i -= 1
    # nor may the window start or end inside a token as a reader reads it: a sign is a token of
    # its own here, but "5.5 degrees" is not "-5.5 degrees" (see archiver.quotes.edges)
    while s_i > 0 and cuts_token(v.original, v.to_original(toks[s_i].start, toks[s_i].end)[0]):
        s_i -= 1
    while e_i < len(toks) and cuts_token(
        v.original, v.to_original(toks[e_i - 1].start, toks[e_i - 1].end)[1]
    ):
        e_i += 1
    window = toks[s_i:e_i]
    initial = set()
    for k in range(s_i, e_i):
        if (k == 0 and ra == 0) or (k > 0 and toks[k - 1].text in _SENTENCE_MARKS):
            initial.add(k - s_i)
    return FuzzyMatch(key, v, tuple(qtoks), tuple(window), frozenset(initial), al.score)
