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

Rules 32 read the same phrase opened by a contrast ("It works: but only in mice", "Es wirkt:
aber nur bei Mäusen"), by a negation ("It works: not in humans", "Funciona: no en humanos") or
by a hedge of two or one words ("It works: at least in mice", "zumindest bei Mäusen", "du moins
chez l'adulte"): each narrows or denies the claim before the colon as "only" does. After a word
that announces what the colon opens ("The lesson is clear:", "The answer is simple:", "Die Lage
ist klar:", :data:`_ANNOUNCING`) the phrase is what is announced, no limit of the words before
it: "The lesson is clear: only in crises we learn" (no inversion: rules 31 read it as a limit)
and "The answer is simple: not in my name" are ``exact``.

Rules 34 read a colon that opens nothing but a phrase of place or population, the sentence ending
within five words ("It works: in mice.", "Das Mittel wirkt: bei Mäusen."), as a dash's phrase
(:func:`archiver.quotes.dash_phrase.limiting_phrase`); not one with a subject of its own ("Here
is the plan: at noon we leave"). Rules 35 read the same phrase when a comma closes it before a
hedge or a limit in time of one or two words that ends the sentence ("It works: in mice, at
least.", "for now", "Es wirkt: bei Mäusen, zumindest."): the phrase still limits the claim and
the hedge only narrows it further (rules 34 stopped at the comma and passed "It works"); a comma
before anything else is still left unread ("The plan is simple: in the morning, we leave").
"""

from __future__ import annotations

import re

from archiver.quotes.dash_phrase import limiting_phrase
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


#: Contrasts that may open the phrase before its limit word ("but only in mice"; rules 32).
_CONTRASTS = frozenset(["but", "aber", "doch", "mais", "pero", "ma", "mas"])
#: Negations read as a limit word before a preposition ("not in humans"; rules 32).
_NEGATIONS = frozenset(["not", "never", "nicht", "nie", "pas", "jamais", "no", "nunca", "non", "mai", "não"])
#: Hedges of one or two words read as a limit word before a preposition ("at least in mice";
#: rules 32).
_HEDGES = frozenset([("at", "least"), ("zumindest", ""), ("wenigstens", ""), ("du", "moins"), ("au", "moins"),
                     ("al", "menos"), ("almeno", ""), ("pelo", "menos"), ("at", "best")])
#: Words that, ending the words before the colon, announce what it opens: the colon's phrase is
#: the lesson, the answer, the rule, the request itself (rules 32).
_ANNOUNCING = frozenset(["clear", "simple", "obvious", "plain", "this", "following", "klar", "einfach", "eindeutig",
                         "folgendes", "clair", "claire", "simple", "évident", "évidente", "suivant", "claro", "clara",
                         "sencillo", "sencilla", "evidente", "siguiente", "chiaro", "chiara", "semplice", "seguente",
                         "simples", "óbvio", "seguinte",
                         # nouns of what is said or asked, the colon opening its content ("He had one
                         # request: not in front of the children", "Her answer: not in my lifetime")
                         "request", "requests", "answer", "reply", "response", "question", "rule", "rules",
                         "advice", "message", "lesson", "condition", "demand", "plea", "verdict", "conclusion",
                         "warning", "motto", "slogan", "same", "antwort", "regel", "frage", "bitte", "forderung",
                         "bedingung", "botschaft", "lehre", "réponse", "règle", "demande", "leçon", "respuesta",
                         "regla", "pregunta", "petición", "condición", "mensaje", "lección", "risposta", "regola",
                         "domanda", "richiesta", "condizione", "messaggio", "lezione", "resposta", "regra",
                         "pergunta", "pedido", "condição", "mensagem", "lição"])
_LAST_WORD = re.compile(rf"({WORD})[ \t\u00a0\u202f]*$")
_CLAUSE = re.compile(r"[ \t\u00a0\u202f]*[:;][ \t\u00a0\u202f]*([^.,;:!?\n\u2026]*)(?:[.,;:!?\n\u2026]|$)")


def limit_after_colon(original: str, end: int,
                      hedges: frozenset[tuple[str, str]] = frozenset()) -> Difference | None:
    """A material ``trailing_word`` difference when a colon or semicolon right after the match
    (which ends at ``original[end]``) opens a phrase of restriction or exception and nothing
    more: a limit word (or a negation, or a hedge, maybe after a contrast), a preposition, at
    most :data:`_PHRASE_WORDS` words to its clause's end; ``hedges`` (pairs of words, ``""`` for
    none) may follow a bare phrase after a comma to the sentence's end (rules 35)."""
    clause = _CLAUSE.match(original, end)
    last = _LAST_WORD.search(original, max(0, end - 40), end)
    if clause is None or (last is not None and fold_word(last.group(1)) in _ANNOUNCING):
        return None  # "The lesson is clear: only in crises we learn": the lesson itself
    found = list(_WORDS.finditer(clause.group(1)))
    words = [fold_word(w.group()) for w in found]
    at = 1 if words[:1] and words[0] in _CONTRASTS else 0
    if words[at:at + 1] and words[at] in _LIMITS | _NEGATIONS:
        opener = 1
    elif tuple(words[at:at + 2]) in _HEDGES:
        opener = 2
    elif words[at:at + 1] and (words[at], "") in _HEDGES:
        opener = 1
    else:
        return _bare_phrase(original, end, clause, found, words, hedges)
    phrase = words[at + opener:]
    if not phrase or phrase[0] not in _PREPOSITIONS:
        return None
    if 1 + len(phrase) > _PHRASE_WORDS or _inverted_clause(phrase):
        return None
    first = found[at]
    start = clause.start(1) + first.start()
    word = first.group()
    return Difference("trailing_word", True, None, word, start, start + len(word),
                      note=(f"the quote ends before {word!r} after a colon or semicolon, which limits its claim in "
                            "the source (an exception or a restriction)"))


#: Subject pronouns that show a clause with a verb of its own after a colon's preposition ("Here is
#: the plan: at noon we leave"): what the colon announces, no limit.
_CLAUSE_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "wir", "ich", "er", "sie", "es", "man",
                              "je", "nous", "vous", "ils", "elles", "elle", "yo", "nosotros", "ellos", "ella", "él",
                              "io", "noi", "loro", "lui", "lei", "eu", "nós", "eles", "elas"])
#: How many words a colon's bare phrase may run to before the sentence ends ("It works: in mice.").
_BARE_WORDS = 5


def _bare_phrase(original: str, end: int, clause: re.Match[str], found: list[re.Match[str]],
                 words: list[str], hedges: frozenset[tuple[str, str]] = frozenset()) -> Difference | None:
    """A material ``trailing_word`` difference when the colon right after the match opens nothing
    but a phrase of place or population and the sentence ends there ("It works: in mice.", "Das
    Mittel wirkt: bei Mäusen."; rules 34): read as :func:`archiver.quotes.dash_phrase.dash_phrase`
    reads it after a dash, the claim not taken as present (no phrase of time); also when a comma
    closes it before one of ``hedges`` that ends the sentence ("It works: in mice, at least.";
    rules 35)."""
    closing = clause.group(0)[-1:]
    if closing == "," and _hedge_ends_sentence(original, clause.end(), hedges):
        closing = "."  # "It works: in mice, at least.": the hedge narrows the phrase further
    if (not original[end:].lstrip().startswith(":") or not 2 <= len(words) <= _BARE_WORDS
            or (closing not in ".!?" and clause.end() < len(original.rstrip()))):
        return None
    if set(words[1:]) & _CLAUSE_SUBJECTS or not limiting_phrase(words, False, False, original[max(0, end - 80):end]):
        return None
    first = found[0]
    start = clause.start(1) + first.start()
    word = first.group()
    return Difference("trailing_word", True, None, word, start, start + len(word),
                      note=(f"the quote ends before {word!r} after a colon, which limits its claim to a place or a "
                            "population in the source"))


#: One or two words after a comma and the sentence's end right after them ("at least.", "zumindest.").
_COMMA_HEDGE = re.compile(rf"[ \t\u00a0\u202f]*({WORD})(?:[ \t\u00a0\u202f]+({WORD}))?[ \t\u00a0\u202f]*(?:[.!?\n\u2026]|$)")


def _hedge_ends_sentence(original: str, at: int, hedges: frozenset[tuple[str, str]]) -> bool:
    """Whether ``original[at:]`` (right after a comma) is one of ``hedges`` and the sentence's end."""
    m = _COMMA_HEDGE.match(original, at)
    if m is None:
        return False
    first, second = fold_word(m.group(1)), fold_word(m.group(2) or "")
    return (first, second) in hedges


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
