"""A contrast whose negation opens a clause of its own, with its own subject and predicate.

Quote rules 19 read "but not" and a word after it that opens a domain ("but not in humans",
"but not all of them", ", aber nicht alle") as denying the quote's claim beyond where it ends
(:func:`archiver.quotes.trail_limit._denying_contrast`). "Viele kamen, aber nicht alle waren
draußen" ("Many came, but not all were outside") is another shape: the negated quantifier is
the subject of a clause of its own, whose finite verb and the words after it make a claim
beside the quote's ("were outside"), not a denial of it. A clause whose verb ends it
("Patients recovered, but not all did.", "but not all were.") stands for the quote's own
predicate, and takes it back in part: it still counts (:func:`opens_own_clause`; rules 21).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word

#: Quantifiers a negation before them makes the subject of a clause ("not all", "nicht alle",
#: "pas tous", "no todos").
_SUBJECTS = frozenset(["all", "every", "each", "both", "alle", "jeder", "jede", "beide", "tous", "toutes", "todos",
                       "todas", "tutti", "tutte"])
#: Finite verbs that open the predicate of such a clause: auxiliaries and copulas (English,
#: German, French, Spanish, Italian), and an English past in "-ed".
_FINITE = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "do", "does", "may",
    "might", "must", "should",
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden", "kann",
    "können", "konnten", "wollen", "wollten", "müssen", "mussten",
    "est", "sont", "était", "étaient", "ont", "avaient", "seront", "peuvent", "pouvaient",
    "es", "son", "era", "eran", "fue", "fueron", "han", "habían", "están", "estaban", "pueden",
    "è", "sono", "era", "erano", "hanno", "avevano",
])
#: Personal pronouns after "of" a quantifier's past verb may follow ("all of them stayed").
_PERSONAL = frozenset(["them", "us", "you"])
#: How many words after the quantifier its verb may stand ("all of them stayed").
_REACH = 4
_WORDS = re.compile(rf"{WORD}")
_CLAUSE_MARK = re.compile(r"[.,;:!?\n()\u2013\u2014\"\u201c\u201d\u00ab\u00bb]")


def opens_own_clause(after: str, at: int) -> bool:
    """Whether the words from ``after[at]`` (the word right after a contrast's negation) open a
    clause of their own: a quantifier (:data:`_SUBJECTS`), then within :data:`_REACH` words a
    finite verb (:data:`_FINITE`, or an English past in "-ed" where a participle cannot stand:
    :func:`_past_may_be_finite`) with more words after it before the clause ends ("alle waren
    draußen", "all of them stayed for dinner"; not "all did.", "all adults tested in ...")."""
    mark = _CLAUSE_MARK.search(after, at)
    words = [fold_word(w) for w in _WORDS.findall(after, at, mark.start() if mark is not None else len(after))]
    if not words or words[0] not in _SUBJECTS:
        return False
    for i, w in enumerate(words[1:_REACH + 1], start=1):
        if w in _FINITE or (w.endswith("ed") and len(w) > 4 and _past_may_be_finite(words, i)):
            return i + 1 < len(words)
    return False


def _past_may_be_finite(words: list[str], i: int) -> bool:
    """Whether the word in "-ed" at ``words[i]`` (``words[0]`` the quantifier) is a finite past,
    not a participle: right after the quantifier ("all stayed") or after "of" and a personal
    pronoun ("all of them stayed"). After a noun or a demonstrative it is as often a participle
    narrowing the denied domain ("all adults tested in the trial", "all those infected")."""
    return i == 1 or (i == 3 and words[1] == "of" and words[2] in _PERSONAL)
