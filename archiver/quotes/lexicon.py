"""Which kind of word a token is: the closed word lists and the checks built on them.

Numbers, negations, quantity words, dates, names and articles decide whether a changed word
changes what a quote says; :mod:`archiver.quotes.classify` asks this module what each word
is, and whether two words are one word spelled twice (spelling variant, typo, accents).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from rapidfuzz.distance import OSA

from archiver.quotes.tokens import Token

NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "nowhere",
        "neither",
        "nor",
        "without",
        "cannot",
        "cant",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "wont",
        "wouldnt",
        "shouldnt",
        "couldnt",
        "hasnt",
        "havent",
        "hadnt",
        "mustnt",
        "ne",
        "pas",
        "jamais",
        "rien",
        "aucun",
        "aucune",
        "personne",
        "sans",
        "nicht",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "nie",
        "niemals",
        "nichts",
        "niemand",
        "ohne",
        "weder",
    ]
)
QUANTITY = frozenset(
    [
        "all",
        "most",
        "many",
        "much",
        "some",
        "few",
        "fewer",
        "several",
        "every",
        "each",
        "any",
        "more",
        "less",
        "least",
        "none",
        "half",
        "majority", "maximum", "minimum", "maximal", "minimal", "max", "min", "highest", "lowest",
        "minority",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "numerous",
        "countless",
        "always",
        "often",
        "usually",
        "sometimes",
        "rarely",
        "seldom",
        "occasionally",
        "frequently",
        "mostly",
        "only",
        "entire",
        "whole",
        "both",
        "either",
        "tous",
        "toutes",
        "tout",
        "plupart",
        "quelques",
        "beaucoup",
        "peu",
        "plusieurs",
        "certains",
        "alle",
        "meisten",
        "viele",
        "einige",
        "wenige",
        "mehrere",
        "manche",
        "jeder",
        "jede",
        "immer",
        "oft",
        "selten",
    ]
)
#: Words that set a bound in time, order or degree ("before"/"after", "above"/"below", "up to"):
#: swapping one for another, or leaving one out beside the quoted words, moves the bound.
BOUND_WORDS = frozenset(
    ["before", "after", "until", "till", "since", "prior", "earlier", "later", "previously", "afterwards",
     "above", "below", "over", "under", "beyond", "within", "exceeding", "up", "down", "vor", "nach",
     "avant", "après", "apres", "depuis", "jusqu"]
)
#: Words naming a span or a point of time relative to now ("last year", "next month"): a
#: bracket standing for one must not name another ("last [month]" for "last year").
TIME_WORDS = frozenset(
    ["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
     "decade", "decades", "century", "centuries", "quarter", "quarters", "last", "next", "previous", "past",
     "coming", "ago", "annual", "annually", "monthly", "weekly", "daily", "tonight", "morning", "evening",
     "night", "jahr", "jahren", "monat", "woche", "tag", "tage", "année", "ans", "mois", "semaine"]
)
#: Offices and roles that name a person ("the minister", "the mayor"): a bracket standing for
#: one role must not name another ("[the president]" for "the minister" names someone else).
ROLE_WORDS = frozenset(
    ["president", "minister", "chancellor", "mayor", "governor", "senator", "congressman", "congresswoman",
     "representative", "secretary", "premier", "king", "queen", "prince", "princess", "pope", "judge", "prosecutor",
     "general", "admiral", "commissioner", "ambassador", "chairman", "chairwoman", "chair", "ceo", "director",
     "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "speaker", "sheriff", "councillor",
     "councilor", "attorney", "coach", "captain", "bishop", "kanzler", "kanzlerin",
     "ministerin", "bürgermeister", "präsident", "präsidentin", "ministre", "maire", "président", "présidente"]
)
#: Words that weaken or source a claim ("reportedly", "allegedly", "about"): leaving one out
#: beside the quoted words turns a hedged claim into a flat one.
HEDGES = frozenset(
    ["reportedly", "allegedly", "apparently", "supposedly", "purportedly", "possibly", "probably", "perhaps",
     "maybe", "likely", "unlikely", "may", "might", "could", "about", "around", "approximately", "roughly",
     "nearly", "almost", "estimated", "if", "unless", "hardly", "barely", "scarcely", "merely", "partly",
     "partially", "largely", "claims", "claimed", "suspected", "unconfirmed", "angeblich", "vermutlich", "etwa", "rund",
     "environ", "presque"]
)
#: Verbs that negate what follows ("failed to", "refused to"): a bracket inserting one flips
#: the quote as "[not]" does.
NEGATING_VERBS = frozenset(
    ["fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "deny", "denies",
     "denied", "denying", "reject", "rejects", "rejected", "rejecting", "declined", "declines", "decline"]
)
NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "tenth",
        "once",
        "twice",
        "thrice",
        "percent",
        "per",
        "cent",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "cent",
        "cents",
        "mille",
        "million",
        "milliard",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "hundert",
        "tausend",
        "millionen",
        "milliarden",
    ]
)
DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tomorrow",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "januar",
        "februar",
        "märz",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ]
)
ARTICLES = frozenset(
    [
        "a",
        "an",
        "the",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
    ]
)
FUNCTION_WORDS = frozenset({"that"})
AMOUNT_SYMBOLS = frozenset("%$€£¥‰")
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "a", "anti", "de", "mis")
# British / American (and other) spelling variants: pairs of endings or infixes.
_SPELLING_RULES = (
    ("our", "or"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("ae", "e"),
    ("oe", "e"),
    ("ph", "f"),
    ("mme", "m"),
)


def bare_word(w: str) -> str:
    return w.replace("'", "").replace("’", "")


def is_negation(folded: str) -> bool:
    bare = bare_word(folded)
    return bare in NEGATIONS or folded.endswith("n't")


def negation_count(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if is_negation(t.folded))


def is_number(folded: str) -> bool:
    return any(c.isdigit() for c in folded) or folded in NUMBER_WORDS or folded in AMOUNT_SYMBOLS


def is_spelling_variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same word in two spelling conventions."""
    for x, y in _SPELLING_RULES:
        for p, q in ((x, y), (y, x)):
            i = a.find(p)
            while i >= 0:
                if a[:i] + q + a[i + len(p) :] == b:
                    return True
                i = a.find(p, i + 1)
    return False


def is_typo(q: str, s: str) -> bool:
    """A small in-word slip that cannot flip the meaning (no digits, same first letter)."""
    if min(len(q), len(s)) < 4 or q[0] != s[0]:
        return False
    for p in NEGATING_PREFIXES:  # "lawful"/"unlawful", "legal"/"illegal"
        if q == p + s or s == p + q:
            return False
    limit = 1 if max(len(q), len(s)) <= 6 else 2
    return OSA.distance(q, s) <= limit


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def capitalised(t: Token) -> bool:
    return t.text[:1].isupper()


def kind_of_word(t: Token, *, initial: bool) -> str:
    f = t.folded
    if not t.is_word:
        return "number" if f in AMOUNT_SYMBOLS else "punctuation"
    if is_number(f):
        return "number"
    if f in DATE_WORDS and (f != "may" or capitalised(t)):
        return "date"
    if f in QUANTITY:
        return "quantity"
    if f in ARTICLES:
        return "article"
    if f in FUNCTION_WORDS:
        return "function_word"
    if capitalised(t) and not initial:
        return "name"
    return "content_word"
