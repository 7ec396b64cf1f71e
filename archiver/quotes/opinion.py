"""Verbs of opinion and of doubt before a clause: what someone thinks or doubts is so, not a fact.

Quote rules 19 read a verb of hope, belief or fear before a quote, with or without its "that"
("Scientists believe the vaccine works": :data:`archiver.quotes.lead_word.HOPING_VERBS`); rules
21 add the verbs of opinion it had left out ("think", "thought", "reckon", "pensent que",
"piensan que", "denken, dass": :data:`OPINION_VERBS`), which mark the clause after them as
someone's view, and the verb "doubt" (:data:`DOUBTING_VERBS`: "Scientists doubt the vaccine
works"), which marks it as what someone thinks is not so. The boundary: a verb of saying
("Officials say the vaccine works", "said that") is not one of these. Quoting what someone says
without "officials say" is how speech is quoted, and the tag names whose words the quote is (as
", its maker says" after a quote does, rules 19); a verb of opinion reports no words, only a view
the writer does not state as fact. "doubt" is a noun as often as a verb, and one that a negation
or a word saying hardly any governs affirms what follows ("no doubt the plan will work", "little
doubt that", "I do not doubt"): :func:`doubt_denied`.
"""

from __future__ import annotations

#: Verbs of opinion whose clause, right after them or after "that" ("think the vaccine works",
#: "thought that", "pensent que", "denken, dass"), is someone's view, not a fact. Not "feel" or
#: "guess", whose object is as often a noun phrase ("feel the heat", "guess the price").
OPINION_VERBS = frozenset([
    "think", "thinks", "thought", "thinking", "reckon", "reckons", "reckoned",
    "denke", "denkt", "denken", "dachte", "dachten",
    "pense", "pensent", "pensait", "pensaient",
    "piensa", "piensan", "pensaba", "pensaban",
    "pensa", "pensano", "pensava", "pensavano",
    "acha", "acham", "achava",
])
#: Verbs of :data:`OPINION_VERBS` that count only before their "dass": German puts a comma before
#: a clause without one ("Ich denke, es wirkt"), and the words right after the verb are its
#: object ("Man denke an ein Wort": think of).
THAT_ONLY = frozenset(["denke", "denkt", "denken", "dachte", "dachten"])
#: Verbs of doubt whose clause, right after them or after "that" ("doubt the vaccine works",
#: "doubts that"), is what someone thinks is not so (the past "doubted" is
#: :data:`archiver.quotes.lead_word.DENYING_WORDS`' already).
DOUBTING_VERBS = frozenset(["doubt", "doubts", "doubting"])
#: Words that, one or two words before "doubt", make it affirm what follows ("no doubt",
#: "little doubt", "without doubt", "beyond doubt", "do not doubt", "never doubt").
_AFFIRMING = frozenset(["no", "not", "n't", "never", "little", "without", "beyond", "hardly", "scarcely"])


def doubt_denied(words_before: list[str]) -> bool:
    """Whether the (folded) words right before a "doubt" (the nearest last) make it affirm what
    follows: a negation or a word of hardly any among the last two ("no doubt", "little doubt",
    "do not doubt", "don't doubt")."""
    return any(w in _AFFIRMING or w.endswith("n't") or w.endswith("n\u2019t") for w in words_before[-2:])
