"""A quote that starts right after an attribution to an unconfirmed source opening its sentence.

"the minister lied" is a verbatim part of "According to unconfirmed reports, the minister
lied.", "le ministre a menti" of "Selon des sources non confirmées, le ministre a menti.": the
quote states as a fact what the source only reports as a rumour (red team q39, rules 39: it
passed ``exact``). Only an attribution that itself doubts its source is read (a word of
:data:`_UNCONFIRMED`, or a negation before a participle: "non confirmées", "no confirmadas"):
"According to police, two people died" quoted as "two people died" is how reporting is quoted
(red team q39's own faithful neighbour "Selon la mairie, le pont sera fermé"). (The same
attribution after the claim, "..., according to its maker.", is a ``trailing_word`` difference
whatever it names, since rules 21: :data:`archiver.quotes.trail_limit.ATTRIBUTIONS`.) As at the
end, "according to plan", "court records", "city data" name a plan or the evidence
(:data:`archiver.quotes.trail_limit.ACCORDING_TO_WHAT`), and a quote that itself reports an act
or a claim ("has pledged to", "warned that": :data:`archiver.quotes.trail_limit.SPEECH_ACTS`,
:data:`archiver.quotes.trail_limit.REPORTED_AS_CLAIM`) already says whose words they are.

Only an attribution set off by its comma at the very start of the sentence is read: a German
"Laut Polizei starben ..." puts the verb right after it, and an attribution in mid-sentence is
the trailing rules' (:mod:`archiver.quotes.trail_aside`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.model import Difference
from archiver.quotes.trail_limit import ACCORDING_TO_WHAT, REPORTED_AS_CLAIM, SPEECH_ACTS

#: How far back the sentence's start is looked for.
_LOOK_BACK = 120
#: The attribution opening a sentence, up to the comma right before the quote.
_OPENING = re.compile(
    r"^[\s\"'\u201c\u201e\u00ab(]*(?P<word>according\s+to|selon|d['\u2019]apr[eè]s|seg[uú]n|secondo|segundo|laut"
    r"|zufolge|по)\s+(?P<source>[^,.;:!?\n]{1,80}?)\s*,\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_WORDS = re.compile(WORD)
#: Beginnings of words that make an attribution a rumour: "unconfirmed reports", "unverified
#: claims", "rumours", "anonymous sources", "unbestätigten Berichten", "rumeurs", "rumores",
#: "indiscrezioni", "слухам", "неподтверждённым данным".
_UNCONFIRMED = ("unconfirm", "unverif", "unsubstant", "rumo", "anonym", "unnamed", "speculat", "unbestätig",
                "gerücht", "spekul", "rumeur", "rumor", "anonim", "specul", "indiscrezion", "слух",
                "неподтвержд", "непроверен", "аноним")
#: Negations that before a participle doubt a source ("non confirmées", "no confirmadas", "não
#: confirmadas", "nicht bestätigten").
_NOT = frozenset(["non", "no", "não", "nicht", "не", "not"])
#: How many of the source's first words may name a plan or a record (:data:`ACCORDING_TO_WHAT`).
_SOURCE_WORDS = 3


def attribution_before(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (at ``original[start]``) starts
    right after an attribution opening its sentence (:data:`_OPENING`), or None."""
    lo = max(0, start - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(original, lo, start)]
    sentence_start = ends[-1] if ends else (0 if lo == 0 else None)
    if sentence_start is None:
        return None  # no sentence start in reach: no opening attribution read
    m = _OPENING.match(original[sentence_start:start])
    if m is None:
        return None
    words = [fold_word(w) for w in _WORDS.findall(m.group("source"))]
    if not words or any(w in ACCORDING_TO_WHAT for w in words[:_SOURCE_WORDS]):
        return None  # "According to plan, the bridge opened"
    if not any(w.startswith(_UNCONFIRMED) or (w in _NOT and i + 1 < len(words)) for i, w in enumerate(words)):
        return None  # "According to police, ": how reporting is quoted
    quoted = {fold_word(w) for w in _WORDS.findall(quote_text)}
    if quoted & (REPORTED_AS_CLAIM | SPEECH_ACTS):
        return None  # "According to a letter, the firm pledged to pay": the quote reports the act
    at = sentence_start + m.start("word")
    word = m.group("word")
    return Difference("leading_qualifier", True, None, word, at, at + len(word),
                      note=f"the quote starts right after {word!r}, which reports it as unconfirmed in the source")
