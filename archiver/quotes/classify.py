"""Decide, word by word, whether a difference changes what a quote says.

Similarity scores cannot carry a verdict: a one-digit change in a long quote scores 98+ on
any ratio. So the quote and the located source passage are diffed as *word* sequences and
every edit is classified on its own: a changed number, a negation added or dropped, a changed
quantity word, a different name or content word is *material*; a typo, a spelling variant, a
dropped article or punctuation is *noise*. One material edit makes the quote ``altered``
whatever the rest; noise, in small amounts, makes it ``approximate``.

The rules err towards "material": a false "altered, with the near match shown" costs the
researcher a look; a false "approximate" lets a misquote through.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein, Opcodes

from archiver.quotes.lexicon import (
    AMOUNT_SYMBOLS,
    ARTICLE_QUANTITIES,
    ARTICLES,
    DATE_WORDS,
    LANGUAGE_WINDOW,
    QUANTITY,
    bare_word,
    capitalised,
    guess_language,
    hyphen_makes_another_word,
    is_number,
    is_spelling_variant,
    is_typo,
    kind_of_word,
    negation_count,
    strip_accents,
)
from archiver.quotes.model import MATERIAL_KINDS, Difference
from archiver.quotes.normalize import NormText
from archiver.quotes.tokens import TOKEN_RE, Token
from archiver.quotes.wordlist import (
    LANGUAGE_NAMES,
    inflected_part,
    inflection_language,
    real_part,
    real_word_language,
)

ToOriginal = Callable[[int, int], tuple[int, int]]
_LINE_END_HYPHEN = re.compile(r"[-\u00ad\u2010\u2011][ \t]*\r?\n")


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The classified differences between a quote part and a source passage."""

    differences: tuple[Difference, ...]
    equal_words: int
    quote_words: int

    @property
    def material(self) -> bool:
        return any(d.material for d in self.differences)

    @property
    def noise(self) -> int:
        return sum(1 for d in self.differences if not d.material)


def noise_budget(quote_words: int) -> int:
    """How many noisy words a quote may carry and still be ``approximate`` (about 1 in 8)."""
    return max(2, math.ceil(quote_words / 8))


def diff_words(
    quote: Sequence[Token],
    source: Sequence[Token],
    *,
    text: NormText,
    sentence_initial: frozenset[int] = frozenset(),
    quote_initial: frozenset[int] = frozenset({0}),
) -> WordDiff:
    """Diff two token lists and classify every edit.

    ``text`` is the normalised text the source tokens come from; its offset map places each
    difference in the original text. ``sentence_initial`` holds indexes of source tokens
    that begin a sentence (their capital letter says nothing about being a name);
    ``quote_initial`` the same for the quote.
    """
    to_original = text.to_original
    vocabulary: set[str] = set()

    def known(word: str) -> bool:
        """Whether the source text uses ``word`` anywhere (built on first need)."""
        if not vocabulary:
            vocabulary.update(TOKEN_RE.findall(text.folded))
        return word in vocabulary

    languages: list[str | None] = []

    def language() -> str | None:
        """The language the source reads as around the passage (told on first need)."""
        if not languages:
            lo = source[0].start if source else 0
            hi = source[-1].end if source else 0
            languages.append(guess_language(text.text[max(0, lo - LANGUAGE_WINDOW):hi + LANGUAGE_WINDOW]))
        return languages[0]

    ops = _merge(Levenshtein.opcodes([t.folded for t in quote], [t.folded for t in source]))
    diffs: list[Difference] = []
    equal = 0
    for op in ops:
        qs = list(quote[op.src_start : op.src_end])
        ss = list(source[op.dest_start : op.dest_end])
        if op.tag == "equal":
            equal += sum(1 for t in qs if t.is_word)
            for i, (q, s) in enumerate(zip(qs, ss, strict=True)):
                if q.text != s.text:
                    qi = op.src_start + i
                    if qi in quote_initial and q.text[1:] == s.text[1:]:
                        continue  # case of the first letter: a normalisation, not a difference
                    diffs.append(_diff("case", q, s, to_original))
            continue
        block = _classify_op(
            qs,
            ss,
            op.src_start,
            op.dest_start,
            to_original=to_original,
            original=text.original,
            known=known,
            language=language,
            sentence_initial=sentence_initial,
            quote_initial=quote_initial,
        )
        if _signs_a_number(quote, op.src_start, op.src_end) or _signs_a_number(
            source, op.dest_start, op.dest_end
        ):
            block = [d for d in block if d.material] + [
                _block_diff("number", qs, ss, to_original, "the sign of a number differs")
            ]
        turned = _article_turning_quantity(quote, op.src_start, op.src_end) or _article_turning_quantity(
            source, op.dest_start, op.dest_end)
        if turned:
            block = [d for d in block if d.kind != "article"] + [_block_diff(
                "quantity", qs, ss, to_original, f"{turned!r} and its word without the article differ in meaning")]
        diffs.extend(block)
    return WordDiff(tuple(diffs), equal, sum(1 for t in quote if t.is_word))


@dataclass(frozen=True, slots=True)
class _Op:
    tag: str
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def _merge(ops: Opcodes) -> list[_Op]:
    """Join neighbouring non-equal edits into one block ("flood protection" vs "flood-protection"
    comes out of the diff as a replace plus a delete)."""
    out: list[_Op] = []
    for op in ops:
        cur = _Op(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if out and cur.tag != "equal" and out[-1].tag != "equal":
            prev = out.pop()
            cur = _Op("replace", prev.src_start, cur.src_end, prev.dest_start, cur.dest_end)
        out.append(cur)
    return out


def _diff(
    kind: str, q: Token | None, s: Token | None, to_original: ToOriginal, note: str | None = None
) -> Difference:
    start = end = None
    if s is not None:
        start, end = to_original(s.start, s.end)
    return Difference(
        kind=kind,
        material=kind in MATERIAL_KINDS,
        quote=q.text if q else None,
        source=s.text if s else None,
        start=start,
        end=end,
        note=note,
    )


def _join(tokens: Sequence[Token]) -> str | None:
    return " ".join(t.text for t in tokens) if tokens else None


def _classify_op(
    qs: list[Token],
    ss: list[Token],
    q0: int,
    s0: int,
    *,
    to_original: ToOriginal,
    original: str,
    sentence_initial: frozenset[int],
    quote_initial: frozenset[int],
    known: Callable[[str], bool],
    language: Callable[[], str | None],
) -> list[Difference]:
    """Classify one replace/insert/delete block of the word diff."""
    out: list[Difference] = []
    # Polarity is judged over the whole block: "aren't" against "are not" keeps it.
    nq, ns = negation_count(qs), negation_count(ss)
    if nq != ns:
        span = None
        if ss:
            span = to_original(ss[0].start, ss[-1].end)
        out.append(
            Difference(
                kind="negation",
                material=True,
                quote=_join(qs),
                source=_join(ss),
                start=span[0] if span else None,
                end=span[1] if span else None,
                note="a negation was added" if nq > ns else "a negation was dropped",
            )
        )
        return out
    if nq and _contraction_equal(qs, ss):
        out.append(
            Difference(
                "spelling",
                False,
                _join(qs),
                _join(ss),
                *(to_original(ss[0].start, ss[-1].end)),
                note="contraction",
            )
        )
        return out
    if (
        qs and ss and _joined(qs) and _joined(qs) == _joined(ss)
    ):  # "flood protection" / "flood-protection"
        span = to_original(ss[0].start, ss[-1].end)
        if _line_end_hyphen(original, to_original, ss):
            kind = "hyphenation"
        elif hyphen_makes_another_word("-".join(t.folded for t in qs), "".join(t.folded for t in ss)) or (
                hyphen_makes_another_word("-".join(t.folded for t in ss), "".join(t.folded for t in qs))):
            out.append(Difference("content_word", True, _join(qs), _join(ss), *span,
                                  note="the hyphen makes another word"))
            return out
        elif any(t.folded in _SAME_WORD for t in (*qs, *ss)):
            kind = "spelling"  # "%" for "percent"
        elif _digits_regrouped(qs, ss):
            out.append(Difference("number", True, _join(qs), _join(ss), *span,
                                  note="the digits are grouped into other numbers"))
            return out
        else:
            kind = "punctuation"
        out.append(
            Difference(kind, False, _join(qs), _join(ss), *span, note="written as one word or two")
        )
        return out
    # marks and words are compared among themselves: a dropped comma next to a changed word
    # is two differences, not one odd pair
    qm = [(q0 + i, t) for i, t in enumerate(qs) if not t.is_word]
    sm = [(s0 + i, t) for i, t in enumerate(ss) if not t.is_word]
    qw = [(q0 + i, t) for i, t in enumerate(qs) if t.is_word]
    sw = [(s0 + i, t) for i, t in enumerate(ss) if t.is_word]
    for q_side, s_side in ((qw, sw), (qm, sm)):
        n = min(len(q_side), len(s_side))
        for (qi, q), (si, s) in zip(q_side[:n], s_side[:n], strict=True):
            d = _classify_pair(
                q,
                s,
                q_initial=qi in quote_initial,
                s_initial=si in sentence_initial,
                to_original=to_original,
                known=known,
                language=language,
            )
            if (
                d.kind == "punctuation"
                and q.is_word
                and _line_end_hyphen(original, to_original, [s])
            ):
                d = Difference(
                    "hyphenation",
                    False,
                    d.quote,
                    d.source,
                    d.start,
                    d.end,
                    note="a line-end hyphen",
                )
            elif d.kind == "punctuation" and hyphen_makes_another_word(q.folded, s.folded):
                d = Difference("content_word", True, d.quote, d.source, d.start, d.end,
                               note="the hyphen makes another word (\"re-signed\" is not \"resigned\")")
            out.append(d)
        for _, q in q_side[n:]:
            out.append(_classify_single(q, None, initial=False, to_original=to_original))
        for si, s in s_side[n:]:
            out.append(
                _classify_single(None, s, initial=si in sentence_initial, to_original=to_original)
            )
    return out


def _article_turning_quantity(tokens: Sequence[Token], lo: int, hi: int) -> str | None:
    """The words ("a few") when an article among ``tokens[lo:hi]`` (added or dropped) stands
    right before the quantity word it changes (:data:`archiver.quotes.lexicon.ARTICLE_QUANTITIES`):
    "a few officers" is not "few officers"."""
    for i in range(lo, min(hi, len(tokens) - 1)):
        if (tokens[i].folded, tokens[i + 1].folded) in ARTICLE_QUANTITIES:
            return f"{tokens[i].text} {tokens[i + 1].text}"
    return None


#: Marks that make a number negative or positive when written right before its first digit.
_SIGNS = frozenset("+-±")


def _signs_a_number(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Whether a sign among ``tokens[lo:hi]`` stands right before a number ("-5", "+5").

    Why: a sign is a mark token of its own, and a dropped mark is punctuation noise; but "fell
    -5 percent" quoted as "fell 5 percent" flips a number (the design's "a digit or number
    change" is material), so a block holding such a sign is a number difference."""
    for i in range(lo, min(hi, len(tokens) - 1)):
        t, nxt = tokens[i], tokens[i + 1]
        if t.text in _SIGNS and nxt.start == t.end and nxt.text[0].isdigit():
            return True
    return False


def _digits_regrouped(qs: Sequence[Token], ss: Sequence[Token]) -> bool:
    """Whether the block holds digits written differently on each side ("31" and "3-1", "by 5"
    and "by-5"): glued together they are the same characters, but not the same numbers."""
    q, s = "".join(t.text for t in qs), "".join(t.text for t in ss)
    if q != s:
        return any(c.isdigit() for c in q + s)
    return _digit_breaks(qs) != _digit_breaks(ss)


#: A number that looks grouped in thousands with "," or "." ("1,000", "1.000.000").
_POINT_GROUPED = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")


def _number_note(q: str, s: str) -> str:
    """Why two number tokens differ; when only a "," or "." sets them apart ("1,000" and
    "1000", where the page may write "1\u202f000"), say why that is not read as grouping."""
    if (q.replace(",", "").replace(".", "") == s.replace(",", "").replace(".", "")
            and any(_POINT_GROUPED.fullmatch(t) for t in (q, s))):
        return ("a number differs: its digits are the same, but ',' and '.' can be decimal "
                "separators (1,000 is one thousand in English and one in French), so only a "
                "space between groups of three digits is read as grouping")
    return "a number differs"


def _digit_breaks(tokens: Sequence[Token]) -> frozenset[int]:
    """Where, in the tokens' glued text, one token ends between two digits and the next begins:
    "2019 500" breaks at 4, "2019500" nowhere. Spaces the normaliser kept between digits separate
    numbers (it drops only a grouping's), so a different break is a different pair of numbers."""
    out: set[int] = set()
    pos = 0
    for t, nxt in zip(tokens, tokens[1:], strict=False):
        pos += len(t.text)
        if t.text[-1:].isdigit() and nxt.text[:1].isdigit():
            out.add(pos)
    return frozenset(out)


def _block_diff(kind: str, qs: Sequence[Token], ss: Sequence[Token], to_original: ToOriginal,
                note: str) -> Difference:
    """One difference for a whole block of the diff (either side may be empty)."""
    start = end = None
    if ss:
        start, end = to_original(ss[0].start, ss[-1].end)
    return Difference(kind, kind in MATERIAL_KINDS, _join(qs), _join(ss), start, end, note=note)


#: An apostrophe and the letters of a possessive or a contraction ("'s", "'ll", "n't" is a
#: negation, judged before this).
_CLITIC = re.compile(r"['\u2019\u02bc][^\W\d_]{1,2}")

#: The note of a word in another inflection ("rose" for "rise": quote rules 15).
_INFLECTION_NOTE = "the quote has {!r} where the source has {!r} (another form of the word, or another word that looks like one: what it says changed)"

_SAME_WORD = {"%": "percent", "&": "and", "€": "euro", "$": "dollar", "£": "pound"}


def _joined(tokens: Sequence[Token]) -> str:
    """The words of a block glued together, with "%" read as "percent" and so on: "40 %",
    "40 percent" and "40 per cent" differ in writing only."""
    words = [
        _SAME_WORD.get(t.folded, t.folded) for t in tokens if t.is_word or t.folded in _SAME_WORD
    ]
    return "".join(words).replace("-", "")


def _line_end_hyphen(original: str, to_original: ToOriginal, tokens: Sequence[Token]) -> bool:
    """Whether the source tokens were split by an end-of-line hyphen in the original text."""
    if not tokens:
        return False
    a, b = to_original(tokens[0].start, tokens[-1].end)
    return _LINE_END_HYPHEN.search(original, a, b) is not None


def _contraction_equal(qs: Sequence[Token], ss: Sequence[Token]) -> bool:
    def expand(tokens: Sequence[Token]) -> str:
        words = " ".join(t.folded for t in tokens)
        words = re.sub(r"\bwon't\b", "will not", words)
        words = re.sub(r"\bcan't\b", "can not", words)
        words = re.sub(r"\bcannot\b", "can not", words)
        return re.sub(r"n't\b", " not", words)

    return expand(qs) == expand(ss)


def _classify_single(
    q: Token | None, s: Token | None, *, initial: bool, to_original: ToOriginal
) -> Difference:
    t = q or s
    assert t is not None
    kind = kind_of_word(t, initial=initial)
    note = ("the quote adds " if q else "the quote drops ") + repr(t.text)
    return _diff(kind, q, s, to_original, note)


def _classify_pair(
    q: Token,
    s: Token,
    *,
    q_initial: bool,
    s_initial: bool,
    to_original: ToOriginal,
    known: Callable[[str], bool],
    language: Callable[[], str | None],
) -> Difference:
    qf, sf = q.folded, s.folded
    if not q.is_word or not s.is_word:
        if q.is_word or s.is_word:  # a word against a mark: whichever is material wins
            kq = kind_of_word(q, initial=q_initial)
            ks = kind_of_word(s, initial=s_initial)
            kind = kq if kq in MATERIAL_KINDS else ks
            return _diff(kind, q, s, to_original)
        material = qf in AMOUNT_SYMBOLS or sf in AMOUNT_SYMBOLS
        return _diff("number" if material else "punctuation", q, s, to_original)
    if qf == sf:
        return _diff("case", q, s, to_original)
    if is_number(qf) or is_number(sf):
        return _diff("number", q, s, to_original, _number_note(qf, sf))
    if (qf in DATE_WORDS or sf in DATE_WORDS) and not (
        {qf, sf} & {"may"} and not (capitalised(q) or capitalised(s))
    ):
        return _diff("date", q, s, to_original, "a date differs")
    if qf in QUANTITY or sf in QUANTITY:
        return _diff("quantity", q, s, to_original, "a quantity word differs")
    if qf in ARTICLES and sf in ARTICLES:
        return _diff("article", q, s, to_original)
    if bare_word(qf) == bare_word(sf) or qf.replace("-", "") == sf.replace("-", ""):
        return _diff("punctuation", q, s, to_original, "apostrophe or hyphen")
    short, long = sorted((qf, sf), key=len)
    if long.startswith(short) and _CLITIC.fullmatch(long[len(short) :]):
        # "the minister" for "the minister's (spokesman)", "they" for "they'll": whose, or
        # which verb, not a slip of the pen
        return _diff("content_word", q, s, to_original, "a possessive or contraction differs")
    if is_spelling_variant(qf, sf):
        return _diff("spelling", q, s, to_original, "spelling variant")
    if not any(c.isdigit() for c in qf + sf) and qf.replace(".", "") == sf.replace(".", ""):
        return _diff("punctuation", q, s, to_original, "abbreviation dots")  # "US" / "U.S."
    if strip_accents(qf) == strip_accents(sf):
        return _diff("spelling", q, s, to_original, "accents")  # "Etat" / "État"
    name = (capitalised(q) and not q_initial) or (capitalised(s) and not s_initial)
    if name:
        return _diff("name", q, s, to_original, "a name differs")
    if is_typo(qf, sf):
        if known(qf):  # "form" for "from": a real word the text uses elsewhere, not a slip
            return _diff(
                "content_word", q, s, to_original, "another word (the text uses it elsewhere)"
            )
        lang = real_word_language(qf, sf, language())
        if lang:  # "condoned" for "condemned": the slip makes another word, not a misspelling
            return _diff("content_word", q, s, to_original,
                         f"another word: {q.text!r} and {s.text!r} are both {LANGUAGE_NAMES[lang]} words")
        if inflection_language(qf, sf, language()):  # "rose" for "rise": what the source says changed
            return _diff("content_word", q, s, to_original, _INFLECTION_NOTE.format(q.text, s.text))
        part = real_part(qf, sf, language())
        if part:  # "umweltunfreundlich" for "umweltfreundlich": the compound's last part is another word
            qt, st, lang = part
            return _diff("content_word", q, s, to_original,
                         f"another word: the compound's last part {qt!r} for {st!r} "
                         f"(both {LANGUAGE_NAMES[lang]} words)")
        if inflected_part(qf, sf, language()):  # "klimafreundlichere" for "klimafreundliche"
            return _diff("content_word", q, s, to_original, _INFLECTION_NOTE.format(q.text, s.text))
        return _diff("typo", q, s, to_original, "a small slip inside the word")
    return _diff("content_word", q, s, to_original, "another word")
