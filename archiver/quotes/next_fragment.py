"""A claim the source restricts or hedges in a short fragment right after its sentence (quote rules 97).

"The drug works" is a verbatim sentence of "The drug works. But only in mice.", of "The drug works. Not in humans,
though." and of "The drug works. In theory.": the fragment after the full stop takes back what the sentence seems to
say, as ", but only in mice" would in the same sentence (read since rules 26). Red team q97 found each ``exact``.

Read narrowly: the match ends its sentence (a full stop or an exclamation mark, the same paragraph), and the next
"sentence" is a fragment of at most :data:`_FRAGMENT_WORDS` words that, after an optional contrast ("But", "Aber",
"Mais", "Pero", "Ma", "Mas", "Но"), opens with

* a word of "only" or a negation right before a preposition ("Only in mice.", "Nur bei Mäusen.", "Not in humans.",
  "Pas chez l'homme.", "No en humanos.", "Не у людей."): the preposition keeps it from being a new clause's subject
  ("Only 5 people came." is a sentence of its own, a new claim);
* a phrase that scopes a finding (:func:`archiver.quotes.tail_phrases.tail_phrase`: "In mice.", "On average.", "In
  children.", "Under the plan."); or
* a hedge that is all the fragment says ("In theory.", "At least in theory.", "Allegedly.", "Angeblich.").
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import ONLY_WORDS, WORD, fold_word, is_negation
from archiver.quotes.model import Difference
from archiver.quotes.refuted_around import before_its_stop
from archiver.quotes.tail_phrases import tail_phrase
from archiver.quotes.trail_limit import HEDGING_ADVERBS, HEDGING_PAIRS

#: How many words a fragment may hold: more, and it says something of its own.
_FRAGMENT_WORDS = 6
#: Contrasts a fragment may open with.
_CONTRASTS = frozenset(["but", "yet", "aber", "doch", "mais", "pero", "ma", "mas", "но", "and", "und", "et"])
#: Prepositions after "only" or a negation that make the fragment a restriction, not a new clause.
_PREPOSITIONS = frozenset(["in", "on", "at", "for", "among", "with", "under", "within", "bei", "im", "für", "unter",
                           "an", "chez", "dans", "en", "pour", "sur", "parmi", "con", "entre", "para", "nei", "negli",
                           "nelle", "nel", "per", "tra", "fra", "su", "sui", "em", "nos", "nas", "no", "na", "у", "в",
                           "на", "для", "среди", "при"])
#: Words a fragment may close with after its restriction ("Not in humans, though.").
_TAGS = frozenset(["though", "however", "allerdings", "jedoch", "cependant", "toutefois", "sin", "embargo", "però",
                   "porém", "однако", "правда"])
_END = re.compile(r"[\"'\u201d\u00bb\u2019)\]]*[.!]+[\"'\u201d\u00bb\u2019)\]]*[ \t\u00a0\u202f]+")
_FRAGMENT = re.compile(r"[^.!?;\n]*[.!]")
_WORDS = re.compile(WORD)


def _all_hedges(rest: list[str]) -> bool:
    """Whether the words ``rest`` (at most four) are hedges and nothing else: "In theory", "Allegedly", "Zumindest
    theoretisch", "At least for now" (:data:`HEDGING_ADVERBS`, :data:`HEDGING_PAIRS`)."""
    if not rest or len(rest) > 4:
        return False
    i = 0
    while i < len(rest):
        if i + 1 < len(rest) and (rest[i], rest[i + 1]) in HEDGING_PAIRS:
            i += 2
        elif rest[i] in HEDGING_ADVERBS or (rest[i], "") in HEDGING_PAIRS:
            i += 1
        else:
            return False
    return True


def restricted_next(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ending at ``original[end]`` (its stop left out or taken
    in) ends its sentence and a short fragment after it restricts or hedges it (module docstring); else None."""
    closing = _END.match(original, before_its_stop(original, end))  # (a ";" it leaves opens no fragment: _END)
    if closing is None:
        return None
    fragment = _FRAGMENT.match(original, closing.end())
    if fragment is None:
        return None
    found = list(_WORDS.finditer(fragment.group()))
    words = [fold_word(w.group()) for w in found]
    if not words or len(words) > _FRAGMENT_WORDS:
        return None
    first = 1 if words[0] in _CONTRASTS and len(words) > 1 else 0
    lead = words[first]
    shown_at = fragment.start() + found[first].start()
    restricted = (lead in ONLY_WORDS or is_negation(lead)) and first + 1 < len(words) and (
        words[first + 1] in _PREPOSITIONS)
    hedged = _all_hedges([w for w in words[first:] if w not in _TAGS])
    # (the quote's own words are not passed: a superlative's bound or an evidence's scope is read inside a sentence only,
    # not "die höchste im Test. Da muss Amazon nachbessern.", the faithful survey)
    scoped = None if restricted or hedged else tail_phrase("", original, shown_at, "")
    if scoped is not None and scoped[1] < fragment.end() - 1 and original[scoped[1]:fragment.end()].strip(" .!,") and (
            not {fold_word(w) for w in _WORDS.findall(original[scoped[1]:fragment.end()])} <= _TAGS):
        scoped = None  # the phrase opens a sentence that goes on ("In mice, the drug failed.")
    if not (restricted or hedged or scoped):
        return None
    shown = fragment.group()[found[first].start():].rstrip(" .!")
    return Difference("trailing_word", True, None, shown, shown_at, shown_at + len(shown),
                      note=(f"the quote ends its sentence, and the fragment after it ({shown!r}) restricts or hedges "
                            "its claim in the source"))
