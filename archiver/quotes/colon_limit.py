"""A limit after a colon or a semicolon at a quote's end (quote rules 30).

Rules 28 read a limit a dash or a bracket sets off after a quote's end as after a comma ("It
works — only in mice"); a colon or a semicolon was left unread, a colon opening a clause of its
own with "only" as often ("The rule is simple: only members may vote", "Die Lage ist klar: Nur
wenige haben gewählt"). What is read here is the narrow shape that can only limit: a word of
restriction or exception right after the mark, then a preposition, and the clause ending within
a few words with no verb of its own ("It works: only in mice", "Es wirkt; nur bei Mäusen", "Le
produit est sûr : seulement pour les adultes", "El fármaco funciona; solo en ratones"). An English
auxiliary before its subject in that phrase is a clause's inverted verb ("The lesson is clear:
only in crises do we learn"): no limit (rules 31).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.model import Difference

#: Words of restriction or exception read after the mark.
_LIMITS = frozenset(["only", "except", "nur", "außer", "ausschließlich", "seulement", "uniquement", "sauf", "solo",
                     "sólo", "solamente", "únicamente", "excepto", "salvo", "soltanto", "tranne", "só", "apenas",
                     "exclusively", "solely"])
#: Prepositions that open the phrase the limit narrows the claim to ("in mice", "bei Mäusen").
_PREPOSITIONS = frozenset([
    "in", "on", "at", "for", "with", "under", "among", "during", "after", "before", "within", "to", "from",
    "bei", "für", "im", "mit", "unter", "an", "am", "nach", "ab", "vor", "zu", "zum", "zur",
    "pour", "dans", "en", "chez", "sous", "avec", "par", "à", "au", "aux", "sur", "entre",
    "para", "con", "bajo", "por", "a", "durante", "entre",
    "nei", "nel", "negli", "nelle", "per", "tra", "fra", "con",
    "em", "nos", "nas", "no", "na", "com",
])
#: How many words the phrase may run to, the limit and its preposition included, before its
#: clause ends (a clause mark, a line end, the text's end): a longer one may hold a verb.
_PHRASE_WORDS = 6
_MARK = re.compile(rf"[ \t\u00a0\u202f]*[:;][ \t\u00a0\u202f]*({WORD})[ \t\u00a0\u202f]+({WORD})"
                   rf"([^.,;:!?\n\u2026]*)(?:[.,;:!?\n\u2026]|$)")
_WORDS = re.compile(rf"{WORD}")
#: A hedge after the mark, of one or two words, and the clause's end right after it ("It works:
#: probably.", "It works: in theory.", "Es wirkt; wahrscheinlich.").
_HEDGE = re.compile(rf"[ \t\u00a0\u202f]*[:;][ \t\u00a0\u202f]*({WORD})(?:[ \t\u00a0\u202f]+({WORD}))?")
_ENDS = re.compile(r"[ \t\u00a0\u202f]*(?:[.,;:!?)\]\n\u2026]|$)")
#: English auxiliaries a clause opened by "only" + a phrase puts before its subject ("only in
#: crises do we learn"), and the subjects read after one: the inversion shows a clause with a verb
#: of its own, which restates the point rather than limiting it.
_INVERTING = frozenset(["do", "does", "did", "can", "could", "will", "would", "shall", "should", "must", "may",
                        "might", "is", "are", "was", "were", "have", "has", "had"])
_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "one", "the", "a", "an", "this", "these",
                       "those", "our", "their", "its", "his", "her", "my", "your"])
#: Words after which an auxiliary and a subject are a relative clause's ("mice that have the gene").
_RELATIVES = frozenset(["that", "who", "which", "whom", "whose"])


def limit_after_colon(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when a colon or semicolon right after the match
    (which ends at ``original[end]``) opens a phrase of restriction or exception and nothing
    more: a limit word, a preposition, at most :data:`_PHRASE_WORDS` words to its clause's end."""
    m = _MARK.match(original, end)
    if m is None or fold_word(m.group(1)) not in _LIMITS or fold_word(m.group(2)) not in _PREPOSITIONS:
        return None
    words = [fold_word(w) for w in _WORDS.findall(m.group(3))]
    if 2 + len(words) > _PHRASE_WORDS or _inverted_clause([fold_word(m.group(2)), *words]):
        return None
    word = m.group(1)
    return Difference("trailing_word", True, None, word, m.start(1), m.end(1),
                      note=(f"the quote ends before {word!r} after a colon or semicolon, which limits its claim in "
                            "the source (an exception or a restriction)"))


def _inverted_clause(words: list[str]) -> bool:
    """Whether ``words`` (the phrase after the limit word) hold an English auxiliary before a
    subject, not after a relative pronoun: "in crises do we learn", not "in mice that are young"."""
    return any(w in _INVERTING and nxt in _SUBJECTS and prev not in _RELATIVES
               for prev, w, nxt in zip(words, words[1:], words[2:], strict=False))


def hedge_after_colon(original: str, end: int, adverbs: frozenset[str],
                      pairs: frozenset[tuple[str, str]]) -> Difference | None:
    """A material ``trailing_word`` difference when a colon or semicolon right after the match
    opens a hedge and nothing more, to its clause's end: one of ``adverbs`` ("probably") or of
    ``pairs`` ("in theory"; ``("zumindest", "")`` one word). Rules 31 (review of rules 30: a dash
    or a bracket before the same hedge was read, a colon was not)."""
    m = _HEDGE.match(original, end)
    if m is None:
        return None
    first, second = fold_word(m.group(1)), fold_word(m.group(2) or "")
    one = (first in adverbs or (first, "") in pairs) and _ENDS.match(original, m.end(1)) is not None
    two = m.group(2) is not None and (first, second) in pairs and _ENDS.match(original, m.end(2)) is not None
    if not (one or two):
        return None
    word = m.group(1)
    return Difference("trailing_word", True, None, word, m.start(1), m.end(1),
                      note=(f"the quote ends before {word!r} after a colon or semicolon, which hedges its claim in "
                            "the source"))
