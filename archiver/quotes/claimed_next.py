"""A claim the next sentence, or the clause after its semicolon, makes someone's version, allegation or account
(quote rules 95).

"The mayor knew about the payments" is a verbatim sentence of "The mayor knew about the payments; that, at least, was
the prosecution's claim." and of "... payments. That is the prosecution's version." The source does not state it: it
reports it as one side's account and, with "at least" or "version", keeps its distance. In the same sentence an
attribution after a comma was read since rules 21 (", according to the prosecution", ", prosecutors allege"); after the
sentence's end nothing was.

Read narrowly: the match ends its sentence or clause (a full stop, an exclamation mark or a semicolon, the same
paragraph), and the next sentence, of at most :data:`_NEXT_WORDS` words, opens by pointing back at it ("That", "This",
"So", "Das", "C'est", "Eso", "Questo", "Isso", "Это"; after "At least," too) and holds

* a verb of allegation (:data:`archiver.quotes.unproven_lead.ALLEGING_VERBS`: "That is what the prosecution alleges"),
* an attribution ("That is according to the prosecution", "laut", "selon", "según", "secondo", "segundo", "по
  версии"),
* a noun of one side's account ("version", "theory", "thesis", "Darstellung", "Version", "thèse",
  "versión", "tesi", "versão", "версия"), or
* a hedge of the writer's own ("at least", "jedenfalls", "zumindest", "du moins", "al menos", "almeno", "pelo menos",
  "по крайней мере") beside a verb of saying or a noun of a claim ("that, at least, was the prosecution's claim").

Not a plain "That is what the prosecution says." (a speaker's tag, quoted as speech is: the standing decision that a
verb of saying after a claim leaves it faithful), not "That is what the court found", "That was confirmed by the
court": findings, no one side's account. A quote that itself names whose claim it is is left alone by the caller.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import REPORTING_WORDS, WORD, fold_word
from archiver.quotes.model import Difference
from archiver.quotes.refuted_around import before_its_stop
from archiver.quotes.trail_limit import ACCORDING_TO_WHAT
from archiver.quotes.unproven_lead import ALLEGING_VERBS, CLAIM_NOUNS, HELD_NOUNS

#: How many words the next sentence may hold: a longer one says more than whose claim the one before is.
_NEXT_WORDS = 12
#: How many of its first words may come before the pointing word ("At least, that is ...", "Das jedenfalls ...").
_OPENING_REACH = 3
#: How many of its first words may hold its copula ("That is ...", "At least, that is ...", "C'est du moins ..."): a
#: next sentence that names whose claim the one before is either says so with a copula or with a verb of saying.
_COPULA_REACH = 4
#: Words that point back at the sentence before.
_POINTING = frozenset(["that", "this", "so", "such", "das", "dies", "c'est", "c'était", "cela", "ce", "ça", "eso",
                       "esto", "esa", "esta", "questo", "questa", "ciò", "isso", "isto", "essa", "esta", "это", "так"])
#: Nouns of one side's account of what happened, after a copula ("That is the prosecution's version"; not "This story
#: has been updated", "This version of the article was corrected"). Not "account" or "story": a user's account, a news
#: story ("Damit ist das Erlebnis wie ... mit aktivierten Google Account", the faithful survey).
_ACCOUNT_NOUNS = frozenset(["version", "theory", "thesis", "narrative", "darstellung", "lesart",
                            "these", "thèse", "récit", "versión", "tesis", "relato", "versione", "tesi", "racconto",
                            "versão", "tese", "версия", "утверждение"])
_COPULAS = frozenset(["is", "was", "are", "were", "remains", "ist", "war", "bleibt", "est", "c'est", "c'était", "était",
                      "es", "era", "fue", "è", "é", "foi", "это"])
#: Hedges of the writer's own that keep the claim at a distance.
_HEDGES = re.compile(r"\b(?:at\s+least|jedenfalls|zumindest|du\s+moins|al\s+menos|por\s+lo\s+menos|almeno|"
                     r"pelo\s+menos|по\s+крайней\s+мере)\b", re.IGNORECASE)
#: Attributions in a next sentence ("That is according to the prosecution", "So jedenfalls laut Anklage").
_ATTRIBUTION = re.compile(r"\b(?:according\s+to|laut|zufolge|selon|d['\u2019]apr[eè]s|según|de\s+acuerdo\s+con|"
                          r"secondo|segundo|по\s+версии|по\s+словам)\b", re.IGNORECASE)
#: The claim's end: its closing marks, a full stop, an exclamation mark or a semicolon, spaces on the same line.
_END = re.compile(r"[\"'\u201d\u00bb\u2019)\]]*(?:[.!]+|;)[\"'\u201d\u00bb\u2019)\]]*[ \t\u00a0\u202f]+")
_SENTENCE = re.compile(r"[^.!?;\n]*[.!?]?")
_WORDS = re.compile(WORD)
_CLAIM_WORDS = CLAIM_NOUNS | HELD_NOUNS
#: Verbs of saying (not the attributions "according", "laut", "selon" that :data:`REPORTING_WORDS` holds beside them).
_SAYING = REPORTING_WORDS - frozenset(["according", "laut", "zufolge", "selon", "según", "secondo", "segundo"])


def claimed_next(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ending at ``original[end]`` (its stop or semicolon left
    out or taken in) ends its sentence or clause and the next one makes it someone's version, allegation or account
    (module docstring); else None."""
    closing = _END.match(original, before_its_stop(original, end))
    if closing is None:
        return None
    sentence = _SENTENCE.match(original, closing.end())
    if sentence is None or sentence.group().rstrip().endswith("?"):
        return None
    text = sentence.group()
    found = list(_WORDS.finditer(text))
    words = [fold_word(w.group()) for w in found]
    if not 2 <= len(words) <= _NEXT_WORDS or not any(w in _POINTING for w in words[:_OPENING_REACH]):
        return None
    if not any(c in _COPULAS for c in words[:_COPULA_REACH]) and not any(
            w.rpartition("'")[2] in _SAYING or w in ALLEGING_VERBS for w in words):
        return None  # a predicate of its own: "Das soll sich laut Microsoft aber in Zukunft ändern" (the faithful survey)
    at = next((i for i, w in enumerate(words) if w in ALLEGING_VERBS or (
        w in _ACCOUNT_NOUNS and any(c in _COPULAS for c in words[:i]))), None)
    shown = found[at].group() if at is not None else None
    start = sentence.start() + found[at].start() if at is not None else 0
    if shown is None and (m := _ATTRIBUTION.search(text)) is not None and not any(
            fold_word(w) in ACCORDING_TO_WHAT for w in _WORDS.findall(text[m.end():])[:3]):  # not "according to plan"
        shown, start = m.group(), sentence.start() + m.start()
    if shown is None and (m := _HEDGES.search(text)) is not None and any(
            w.rpartition("'")[2] in _SAYING or w in _CLAIM_WORDS for w in words):  # "ce qu'affirme"
        shown, start = m.group(), sentence.start() + m.start()
    if shown is None:
        return None
    return Difference("trailing_word", True, None, shown, start, start + len(shown),
                      note=(f"the quote ends its sentence, and the source's next words ({shown!r}) make it one side's "
                            "version, an allegation or an account, not the source's own statement"))
