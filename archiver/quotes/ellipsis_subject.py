"""An ellipsis may not leave out the subject of the words a quote reports.

"The mayor said ... was arrested for fraud" for "The mayor said the driver was arrested for
fraud" reads as the mayor arrested; "told reporters that ... had fled the country" for "that the
suspect had fled" as the reporters fled. After a reporting verb ("said", "told", "sagte":
:data:`archiver.quotes.lexicon.REPORTING_WORDS`) or a word that opens reported speech ("that",
"dass", "que", "che") the reported words open with their subject; a part after the ellipsis that
opens with a finite verb (:data:`FINITE_VERBS`: "was", "had", "would", "sei", "est", "fue"), or
with an English past form before what follows a verb ("fled the country", "crashed into":
:func:`opens_with_predicate`), has left the subject in the gap. That is a material ``ellipsis_subject`` difference. A part that
opens with a noun, a name or a pronoun keeps a subject ("said the driver ... was arrested" keeps
"the driver"), and is judged by the other ellipsis checks (:mod:`archiver.quotes.gaps`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import ENGLISH_AUXILIARIES, REPORTING_WORDS, WORD, fold_word
from archiver.quotes.model import Difference

#: Finite verbs (mostly auxiliaries) that open a predicate and never a subject, in the covered
#: languages.
FINITE_VERBS = ENGLISH_AUXILIARIES | frozenset([
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "würde", "würden",
    "sei", "seien", "habe", "hätte", "hätten", "wäre", "wären", "kann", "könne", "könnte", "soll", "solle",
    "sollte", "muss", "müsse",
    "est", "sont", "était", "étaient", "ont", "avait", "avaient", "sera", "seront", "serait", "aurait",
    "va", "peut", "doit",
    "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "será", "sería", "puede", "debe",
    "è", "sono", "erano", "fu", "hanno", "aveva", "sarà", "sarebbe", "può", "deve",
    "é", "são", "eram", "foi", "foram", "tem", "têm", "tinha", "seria", "pode", "vai",
])
#: English past forms that are no regular "-ed" word: a part opening with one of these (or with a
#: lowercase word in "-ed") and then a word that follows a verb (:data:`AFTER_A_VERB`) opens with
#: its predicate, as one opening with a word of :data:`FINITE_VERBS` does ("said ... fled the
#: country", "that ... crashed into a wall"); before a noun such a word is an adjective of the
#: subject ("armed men attacked").
IRREGULAR_PAST = frozenset([
    "fled", "went", "took", "gave", "came", "left", "made", "told", "fell", "rose", "won", "lost", "ran", "saw",
    "knew", "thought", "brought", "bought", "sent", "spent", "paid", "held", "kept", "met", "led", "stole",
    "broke", "wrote", "began", "became", "grew", "drew", "threw", "flew", "chose", "spoke", "sold", "found",
    "stood", "shot", "struck", "hid", "fought", "caught", "taught", "sought", "built", "sat", "hit", "quit",
    "put", "cut", "hurt", "set", "let", "got", "did", "ate", "drove", "rode", "swore", "tore", "wore", "forgot",
    "forgave", "withdrew", "overtook", "undertook", "lied", "died", "fed", "bled", "slept", "swept", "wept",
    "dealt", "meant", "felt", "heard", "sank", "sang", "rang", "shrank", "sprang", "stuck", "spun", "hung",
])
#: What follows a verb right after it, and no adjective: an article or another determiner, a
#: pronoun, a preposition, the infinitive's "to", an adverb of place or time.
AFTER_A_VERB = frozenset([
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    "him", "them", "it", "us", "me", "himself", "herself", "itself", "themselves",
    "to", "in", "into", "on", "at", "from", "with", "by", "for", "of", "over", "after", "before", "during",
    "against", "across", "through", "out", "up", "down", "off", "away", "back", "home", "abroad", "there",
    "here", "yesterday", "today", "last", "early", "late", "twice", "again", "all", "every", "some", "no",
    "more", "less", "about", "around", "under", "without",
])
#: Words in "-ed" that are no verb ("indeed the", "a hundred of").
_NOT_PAST = frozenset(["indeed", "hundred", "kindred"])
#: Words that open reported speech after a verb ("told reporters that", "qu'il").
SPEECH_OPENERS = frozenset(["that", "dass", "que", "qu'", "che", "что"])
_LAST_WORD = re.compile(rf"({WORD})[^\w]*$")
_FIRST_WORDS = re.compile(rf"[^\w]*({WORD})(?:[ \t\u00a0\u202f]+({WORD}))?")


def opens_with_predicate(part: str) -> str | None:
    """The word ``part`` (a quote's part after an ellipsis) opens with when it is a verb that opens a
    predicate, not a subject: an auxiliary or other finite verb of :data:`FINITE_VERBS` ("was",
    "sei"), or an English past form (a lowercase word in "-ed" or of :data:`IRREGULAR_PAST`)
    followed by a word that follows a verb (:data:`AFTER_A_VERB`: "fled the country", "crashed
    into"); None otherwise."""
    m = _FIRST_WORDS.match(part)
    if m is None:
        return None
    first = m.group(1)
    folded = fold_word(first)
    if folded in FINITE_VERBS:
        return first
    past = first[:1].islower() and (folded in IRREGULAR_PAST or (
        folded.endswith("ed") and len(folded) > 4 and folded not in _NOT_PAST))
    if past and m.group(2) is not None and fold_word(m.group(2)) in AFTER_A_VERB:
        return first
    return None


def ellipsis_subject_differences(parts: list[str], original: str,
                                 spans: list[tuple[int, int]]) -> list[Difference]:
    """A material ``ellipsis_subject`` difference for each ellipsis after a reporting verb or a
    "that" whose next part opens with a finite verb. ``parts``: the quote's parts as written,
    ``spans``: where each was found, in order."""
    out: list[Difference] = []
    for i, ((_, b), (c, _)) in enumerate(zip(spans, spans[1:], strict=False)):
        last, verb = _LAST_WORD.search(parts[i]), opens_with_predicate(parts[i + 1])
        if last is None or verb is None:
            continue
        before = fold_word(last.group(1))
        if before in REPORTING_WORDS or before in SPEECH_OPENERS:
            out.append(Difference(
                "ellipsis_subject", True, "…", original[b:c].strip(), b, c,
                note=(f"the ellipsis leaves out who or what {verb!r} is said of: the words "
                      f"after {last.group(1)!r} read as said of another")))
    return out
