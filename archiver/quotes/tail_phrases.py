"""The phrases right after a quote's end that scope its claim, read in one place (quote rules 87-92, 95, 104).

A quote that ends where its sentence goes on with "in mice", "on average", "under the plan", "against the original
strain" or, after a superlative, "in Europe" states more than the source: each reader below names one kind of scope
(:mod:`archiver.quotes.lab_scope`, :mod:`archiver.quotes.group_scope`, :mod:`archiver.quotes.holds_when`, :mod:`archiver.quotes.scope_tail`, :mod:`archiver.quotes.condition_tail`,
:mod:`archiver.quotes.evidence_scope`, :mod:`archiver.quotes.superlative_scope`). They are asked in this order, after a
comma or with no mark between the quote and the phrase (a superlative's bound with no mark only: "the largest, in my
view," is no bound), and the first that answers says what the phrase does. A dash is read as an aside elsewhere
(:mod:`archiver.quotes.dash_phrase`).
"""

from __future__ import annotations

import re

from archiver.quotes.alternative_tail import alternative
from archiver.quotes.claim_frame import claimed_tail, measure_tail
from archiver.quotes.condition_tail import condition_tail
from archiver.quotes.evidence_scope import evidence_scope
from archiver.quotes.group_scope import group_scope
from archiver.quotes.holds_when import holds_when
from archiver.quotes.lab_scope import lab_scope
from archiver.quotes.lexicon import WORD, fold_word, is_negation
from archiver.quotes.scope_tail import part_tail, scope_tail
from archiver.quotes.superlative_scope import superlative_scope

#: A superlative's bound as a note shows it: up to four words, to the next mark ("in Europe", "since 2010").
_WORDS = re.compile(WORD)
_BOUND_PHRASE = re.compile(r"[^\s.,;:!?]+(?:[ \t\u00a0\u202f]+[^\s.,;:!?]+){0,3}")


def tail_phrase(quote_text: str, after: str, at: int, mark: str) -> tuple[int, int, str] | None:
    """(start, end, what it does) of the scoping phrase that starts at ``after[at]``, ``after`` being the source's text
    right after the quote's end and ``mark`` what stands between them (``""`` or ``","``), or None."""
    if mark not in ("", ","):
        return None
    if (m := lab_scope(after, at)) is not None:
        return m.start(), m.end(), "says the source's finding holds in animals, in cells or in the laboratory"
    if (m := group_scope(after, at)) is not None:
        return m.start(), m.end(), "says the source's finding holds in one group of people"
    if (when := holds_when(quote_text, after, at)) is not None:
        return when[0].start(), when[0].end(), when[1]  # "closed [at night]", "free [for residents]" (rules 104)
    if (m := scope_tail(after, at)) is not None:
        return m.start(), m.end(), "makes its claim an average, a short-term effect or a rate in the source"
    if (m := part_tail(after, at)) is not None:
        return m.start(), m.end(), "says it holds only in part, to a degree, in places or at present in the source"
    if (m := condition_tail(after, at)) is not None:
        return m.start(), m.end(), ("makes its claim hold only under a proposal, on a condition or with exceptions in "
                                    "the source")
    if (frame := measure_tail(after, at)) is not None:  # ", adjusted for inflation" (rules 108), ", at first glance" (110)
        return frame[0], frame[1], f"{frame[2]} in the source"
    if not mark and (other := alternative(quote_text, after, at)) is not None:
        return other.start(1), other.end(1), "names another possibility beside it in the source"  # rules 113
    if (claimed := claimed_tail(after, at)) is not None and not any(
            is_negation(fold_word(w)) for w in _WORDS.findall(quote_text)):
        # ", as the minister claimed." (rules 111); not after a negation the quote keeps: "... nicht unsichtbar, wie
        # behauptet wurde" denies what was claimed (the faithful survey)
        return claimed[0], claimed[1], f"{claimed[2]} in the source"
    if (evidence := evidence_scope(quote_text, after, at)) is not None:
        scoped, what = evidence
        return scoped.start(), scoped.end(), f"{what} in the source"
    if not mark and (bound := superlative_scope(quote_text, after, at)) is not None:
        phrase = _BOUND_PHRASE.match(after, bound.start())
        return (bound.start(), phrase.end() if phrase is not None else bound.end(),
                "bounds its superlative, record or first to a place, a group or a time in the source")
    return None
