"""A deed quoted alone after an accusation: what the source only alleges, named as done (quote rules 27).

"paying bribes" of "Prosecutors accused the firm of paying bribes", "suspected of", "charged
with", "accusée de payer", "acusada de pagar", "beschuldigt, ... zu haben" (:func:`accused_before`)
names as done what the source only alleges; a quote that holds the accusation, or no deed after it
("accused of nothing", "charged with fraud": a noun, the charge's name), is read as written. Rules
28: a Romance noun that ends as an infinitive and takes a plural ("accusé de meurtre", "parjure",
"accusato di terrore") is the charge's name too, and an infinitive with a pronoun at its end
("acusada de apropiarse", "accusato di averlo ucciso") the deed (:func:`_romance_infinitive`).
Moved out of :mod:`archiver.quotes.unproven_lead` unchanged (review rvq59), which keeps the
frames of what is not shown or only alleged.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, WORD_COMMA_BEFORE, fold_word

_LOOK_BACK = 60
_WORD = re.compile(rf"({WORD})")
#: What parts an accusing word from its link: a clause or sentence mark.
_MARK = re.compile(r"[.!?;:,()\u2013\u2014]")


#: Words that before "of" ("with", "de", "di", or a German comma) accuse someone of the deed after
#: them ("accused the firm of", "suspected of", "charged with", "accusé de", "acusada de",
#: "beschuldigt,", "wird vorgeworfen,"; rules 27). Not "convicted", "found guilty": they say it
#: was done.
ACCUSING_WORDS = frozenset([
    "accused", "accuse", "accuses", "accusing", "suspected", "suspect", "suspects", "charged", "charge", "charges",
    "accusé", "accusée", "accusés", "accusées", "soupçonné", "soupçonnée", "soupçonnés", "soupçonnées",
    "suspecté", "suspectée", "suspectés", "suspectées",
    "acusado", "acusada", "acusados", "acusadas", "sospechoso", "sospechosa", "sospechosos", "sospechosas",
    "accusato", "accusata", "accusati", "accusate", "sospettato", "sospettata", "sospettati", "suspeito", "suspeita",
    "beschuldigt", "verdächtigt", "vorgeworfen", "angeklagt",
])
#: Accusing words that also give a task ("the agency charged with regulating banks"): right before
#: "with" and after no passive auxiliary (a reduced relative: a noun then "charged with") they name
#: the task, not a charge; "was charged with defrauding" and "charged him with" stay accusations.
_TASK_TOO = frozenset(["charged"])
#: Gerunds of a duty or an office after "charged with", in any voice ("She was charged with
#: overseeing the budget", "charged him with reviewing the rules"): a task given, not a deed
#: alleged (rules 32; rules 27 read every gerund there as an accusation). A gerund not listed
#: stays the deed a charge alleges: "defrauding", "stealing", and those that name a crime as
#: often as a duty ("setting fire", "carrying a weapon", "handling stolen goods", "running a
#: gambling ring", "planning an attack", "directing terrorism", "operating a vehicle").
_TASK_GERUNDS = frozenset([
    "overseeing", "managing", "coordinating", "regulating", "supervising", "monitoring", "administering",
    "implementing", "enforcing", "reviewing", "investigating", "examining", "drafting", "designing", "chairing",
    "maintaining", "safeguarding", "ensuring", "overhauling", "reforming", "rebuilding", "restoring",
    "negotiating", "representing", "advising", "assessing", "evaluating", "auditing", "inspecting", "educating",
    "guiding", "governing", "steering", "finding",
    # review of rules 32: "charged with protecting the coastline", "developing a new strategy"
    "protecting", "developing", "defending", "modernising", "modernizing",
    # rules 34 (red team rvq32): "A panel was charged with rewriting the code"
    "rewriting", "preparing", "organising", "organizing",
])
#: Gerunds that are a duty only with the words after them (rules 34): "charged with keeping the
#: peace", "keeping order" are a constable's task; "keeping a disorderly house" is a crime.
_TASK_PHRASES = frozenset([("keeping", "the", "peace"), ("keeping", "order", ""), ("keeping", "public", "order")])
_PASSIVE_AUXILIARIES = frozenset(["was", "were", "is", "are", "been", "be", "being", "get", "gets", "got",
                                  "getting", "not", "also", "later", "formally"])
#: The link after an accusing word, by the word ("charged with", "accusé de"): "of" for the rest.
_ACCUSED_LINK = frozenset(["of", "with", "de", "d'", "di"])
#: Gerunds that name no deed ("accused of nothing").
_NO_DEED = frozenset(["nothing", "something", "anything", "everything", "thing", "king", "spring", "evening"])
_INFINITIVE = re.compile(r"(?:er|ir|re|ar|oir|are|ere|ire)$")
#: Pronouns a Spanish or Italian infinitive takes at its end ("apropiarse", "haberse",
#: "averlo", "essersi"; rules 28): the infinitive is read without them.
_CLITICS = re.compile(r"(?:se|lo|la|le|los|las|les|me|te|nos|si|ci|vi|ne|gli|mi|ti)$")
#: Infinitives that are nouns too and take a plural ("les êtres", "i beni averi"): always the
#: deed's verb after an accusation ("accusato di essere", "di avere").
_AUXILIARY_INFINITIVES = frozenset(["être", "avoir", "faire", "dire", "essere", "avere", "fare", "dire"])
#: How many words may stand between the accusing word and its "of" ("accused the firm of").
_ACCUSED_REACH = 4


def _task_phrase(quote_text: str) -> bool:
    """Whether ``quote_text`` opens with a gerund and the words that make it a duty
    (:data:`_TASK_PHRASES`: "keeping the peace", not "keeping a disorderly house")."""
    words = [fold_word(w) for w in _WORD.findall(quote_text)[:3]] + ["", ""]
    return tuple(words[:3]) in _TASK_PHRASES or (words[0], words[1], "") in _TASK_PHRASES


def accused_before(original: str, start: int, quote_text: str) -> tuple[int, int] | None:
    """Where the accusation ("accused the firm of", "charged with", "accusée de", "beschuldigt,")
    stands before a quote that opens with the deed it alleges: an English gerund ("paying bribes"),
    a Romance infinitive ("payer", "pagar"), or a German clause with "zu" ("Bestechungsgelder
    gezahlt zu haben"); the match starts at ``original[start]``."""
    first = _WORD.search(quote_text)
    m = WORD_COMMA_BEFORE.search(original, max(0, start - _LOOK_BACK), start)
    if first is None or m is None:
        return None
    deed = fold_word(first.group(1))
    link = fold_word(m.group(1))
    if link not in _ACCUSED_LINK:  # German: "beschuldigt, Bestechungsgelder gezahlt zu haben"
        comma = original[m.end(1):m.end(1) + 2].startswith(",")
        german = re.search(r"\bzu\s+\w+", quote_text) is not None
        return (m.start(1), m.end(1)) if comma and german and link in ACCUSING_WORDS else None
    if link == "of" or link == "with":
        if not deed.endswith("ing") or len(deed) < 5 or deed in _NO_DEED:
            return None
    elif not _romance_infinitive(deed):
        return None
    marks = [x.end() for x in _MARK.finditer(original, max(0, m.start() - _LOOK_BACK), m.start())]
    before = list(_WORD.finditer(original, marks[-1] if marks else max(0, m.start() - _LOOK_BACK), m.start()))
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _ACCUSED_REACH), -1):
        word = fold_word(before[i].group(1))
        if word in ACCUSING_WORDS:
            if word in _TASK_TOO and i == len(before) - 1 and (i == 0 or fold_word(before[i - 1].group(1))
                                                              not in _PASSIVE_AUXILIARIES):
                return None  # "the agency charged with regulating banks": a task, not a charge
            if word in _TASK_TOO and link == "with" and (deed in _TASK_GERUNDS or _task_phrase(quote_text)):
                return None  # "She was charged with overseeing the budget": a duty (rules 32)
            return before[i].start(1), m.end(1)
    return None


def _romance_infinitive(word: str) -> bool:
    """Whether folded ``word`` after "accusé de", "acusado de", "accusato di" is an infinitive:
    it ends as one, maybe with a pronoun after it ("pagar", "payer", "apropiarse", "averlo":
    :data:`_CLITICS`), and is no French or Italian noun that ends as one and takes a plural in
    the language's word list ("meurtre"/"meurtres", "parjure", "terrore"/"terrori": the charge's
    name, as "fraud" is in "charged with fraud"; rules 28)."""
    from archiver.quotes.wordlist import is_word  # the lists load only when a quote needs them

    if _INFINITIVE.search(word) is None:
        bare = _CLITICS.sub("", word)
        return bare != word and _INFINITIVE.search(bare) is not None
    if word in _AUXILIARY_INFINITIVES or word.endswith(("ar", "ir")):
        return True  # Spanish and Portuguese nouns in "-ar", "-er", "-ir" take "-es", no "-s"
    return not (is_word(word + "s", "fr") or (word.endswith("e") and is_word(word[:-1] + "i", "it")))
