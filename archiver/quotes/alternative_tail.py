"""An alternative the source adds right after the quote's last words: "on Monday [or Tuesday]" (quote rules 113).

"The vote will be held on Monday" is a verbatim part of "The vote will be held on Monday or Tuesday.", "The fine is
$500" of "The fine is $500 or a month in jail.": the source names two possibilities, the quote asserts one. Read
right after the quote's end with no mark between: "or", "oder", "ou", "o", "или" and at most
:data:`_ALTERNATIVE_WORDS` words to the end of the clause. Not where the quote only allows ("You can pay by cash or
card": "You can pay by cash" is true; a modal of possibility in the quote, :data:`_POSSIBILITY`) or denies ("He did
not call the police or an ambulance"), nor after a noun phrase, which claims nothing ("[the original author] or
source").
"""

from __future__ import annotations

import re

from archiver.quotes.ellipsis_subject import FINITE_VERBS
from archiver.quotes.lexicon import ARTICLES, GAP, WORD, fold_word, is_negation
from archiver.quotes.past_tense import first_tense

#: How many words the alternative may hold: more, and it opens a clause of its own.
_ALTERNATIVE_WORDS = 4
_ALTERNATIVE = re.compile(r"((?:or|oder|ou|o|или)(?:" + GAP + r"[^\s.,;:!?()\"\u201c\u201d\u00ab\u00bb]+){1,"
                          + str(_ALTERNATIVE_WORDS) + r"})(?=[ \t\u00a0\u202f]*(?:[.;!?,\n]|$))", re.IGNORECASE)
#: Modals of possibility and permission: a quote that holds one allows, and an alternative it leaves off does not
#: make it false.
_POSSIBILITY = frozenset(["can", "could", "may", "might", "kann", "können", "könnte", "darf", "dürfen", "peut",
                          "peuvent", "pourrait", "puede", "pueden", "podría", "può", "possono", "potrebbe", "pode",
                          "podem", "poderia", "можно", "может", "могут"])
_WORDS = re.compile(WORD)
#: A bound or an estimate after "or", which number_edge reads as what a figure needs ("12 weeks or more", "or so").
_BOUNDS = frozenset(["more", "less", "fewer", "so", "longer", "later", "earlier", "higher", "lower", "greater",
                     "above", "below", "over", "under", "thereabouts", "mehr", "weniger", "länger", "später", "plus",
                     "moins", "más", "menos", "più", "meno", "mais", "больше", "меньше", "более", "менее"])


def alternative(quote_text: str, after: str, at: int) -> re.Match[str] | None:
    """The alternative starting at ``after[at]`` (the text right after the quote's end, past the space), if the quote
    asserts (module docstring)."""
    m = _ALTERNATIVE.match(after, at)
    if m is None or fold_word(m.group(1).split()[1]) in _BOUNDS:
        return None
    written_words = _WORDS.findall(quote_text)
    if not written_words:
        return None  # (no quote's words: a fragment read by next_fragment, "9. - o o o xxx 10.", the survey)
    if fold_word(written_words[0]) in ARTICLES and first_tense(quote_text, None) is None and not (
            {fold_word(w) for w in written_words[1:]} & FINITE_VERBS):
        return None  # a noun phrase claims nothing: "[a repressive government] or an intolerant society"
    for i, written in enumerate(written_words):
        word = fold_word(written)
        if is_negation(word) or (word in _POSSIBILITY and (i == 0 or not written[:1].isupper())):
            return None  # (not the month: "reopen in May [or June]")
    return m
