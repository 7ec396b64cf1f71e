"""A superlative, a record or a "first" cut off from the place, group or time that bounds it (quote rules 89, red team
q89).

"It is the largest wind farm" is a verbatim part of "It is the largest wind farm in Europe.", "Inflation posted its
first rise" of "... its first rise since 2010.", "Es ist der größte Windpark" of "... Windpark Europas.": without its
bound the superlative claims the whole world and all time. Read: the quote's last words (at most :data:`_TAIL_WORDS`)
hold a superlative (:func:`_superlative`: English "-est" and "-iest" forms of a list of adjectives, "most"/"least"
before a word, "best", "worst", "first", "record"; German "größte", "höchste", "erste", "wie nie"; "le plus", "el
más", "il più", "o mais" after their article; "mayor", "meilleur", "migliore", "maior", "первый", "крупнейший"), and
the source goes on, with no mark between, with a preposition of place, group or time (:data:`_BOUND`) or a German
genitive name ("Europas"). Not a bound that is the widest there is ("in the world", "ever", "of all time", "du
monde"), nor a date after "in" or "on" ("the best players in 2019": as often the time of the verb's act).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP, WORD, fold_word

#: How many of the quote's last words a superlative may stand among ("the largest wind farm": 3; "le plus grand parc éolien": 5).
_TAIL_WORDS = 5
_EN = frozenset([
    "largest", "biggest", "smallest", "highest", "lowest", "greatest", "oldest", "youngest", "newest", "longest",
    "shortest", "tallest", "fastest", "slowest", "strongest", "weakest", "richest", "poorest", "deepest", "widest",
    "hottest", "coldest", "warmest", "coolest", "driest", "wettest", "busiest", "deadliest", "costliest", "safest",
    "cheapest", "heaviest", "lightest", "brightest", "darkest", "loudest", "quietest", "closest", "nearest",
    "furthest", "farthest", "strictest", "toughest", "hardest", "easiest", "earliest", "finest", "steepest",
    "worst", "best", "fewest", "wealthiest", "healthiest", "happiest", "unhappiest", "riskiest",
    "dirtiest", "cleanest", "greenest", "fattest", "thinnest", "wildest", "bloodiest", "worst-performing",
    "best-selling", "top-selling"])
#: German superlatives' stems (inflected "-e", "-en", "-er", "-es", "-em" read off).
_DE = re.compile(r"^(?:größt|höchst|meist|best|niedrigst|tiefst|schnellst|ältest|jüngst|stärkst|kleinst|"
                 r"teuerst|billigst|längst|kürzest|wichtigst|beliebtest|gefährlichst|schlechtest|heißest|kältest|"
                 r"wärmst|reichst|ärmst)(?:e[nmrs]?)$")
_ROMANCE_MORE = frozenset(["plus", "moins", "más", "menos", "più", "meno", "mais"])
_ROMANCE_ARTICLES = frozenset(["le", "la", "les", "l'", "el", "los", "las", "il", "lo", "i", "gli", "o", "a", "os", "as"])
#: Romance words of "best", "worst", "largest" read after an article and before the quote's next word ("el mayor
#: parque", not "del menor": a minor; not "Estado Mayor"), and Russian "самый".
_ROMANCE = frozenset(["meilleur", "meilleure", "meilleurs", "meilleures", "pire", "mayor", "mayores", "menor", "mejor",
                      "mejores", "peor", "maggiore", "migliore", "migliori", "peggiore", "maior", "maiores", "melhor",
                      "melhores", "pior", "самый", "самая", "самое", "самые"])
#: Ordinals ("first", "erste", "premier") and "record": a record or a first only before a bound of time since
#: (:data:`_SINCE`: "its first rise since 2010"); otherwise an ordinal counts ("the first quarter of", "die erste
#: Ausstellung in Werne") and "record" may be a noun ("his record on voting rights").
_ORDINALS = frozenset(["first", "erste", "ersten", "erster", "erstes", "premier", "première", "primer",
                       "primero", "primera", "primo", "prima", "primeiro", "primeira", "первый", "первая", "первое"])
#: "record" before another word of the quote ("a record high", "Rekordhoch" is one word and not read): a superlative.
_RECORD = frozenset(["record", "recorde", "récord", "rekord"])
_SINCE = re.compile(r"(?:since|seit|depuis|desde|dal|dalla|dai|с)[ \t\u00a0\u202f]+", re.IGNORECASE)
_RU_SUPERLATIVE = re.compile(r"^[а-яё]{3,}(?:ейш|айш)(?:ий|ая|ее|ие|его|ей|их)$")
_WORDS = re.compile(rf"{WORD}")
_S = GAP
#: A preposition of place, group or time right after the quote, or a German genitive name.
#: English months, written once for both patterns that read them ("a record high [for October]", "the best players [in
#: March]").
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_BOUND = re.compile(
    r"(?:(?:in|among|on|since|across|within)" + _S
    + r"|(?:of|for)" + _S + r"(?=(?:(?:the|a|an|any|this|that)" + _S + r")?(?:[^\W\d_]+" + _S + r")?"
    r"(?:year|month|quarter|season|decade|century|week|day|period|" + _MONTHS + r"|\d{4})\b)"
    + r"|(?:im|der|des|seit|unter)" + _S
    + r"|(?-i:[A-ZÄÖÜ][a-zäöüß]{2,}s)(?![^\W\d_])"
    + r"|(?:de|du|des|en|depuis|parmi|au|aux)" + _S + r"|d['’](?=\w)"
    + r"|(?:del|desde|entre)" + _S
    + r"|(?:di|della|dei|degli|delle|da|dal|dalla|tra|fra)" + _S
    + r"|(?:do|dos|das|em|no|na|nos|nas)" + _S
    + r"|(?:в|во|среди|с|за)" + _S + r")",
    re.IGNORECASE)
#: The widest bounds there are ("in the world", "ever", "of all time", "du monde", "aller Zeiten", "в мире"): leaving
#: one off claims nothing more.
_WIDEST = re.compile(
    r"(?:in|on|of|du|del|do|dello|della|der|des|de|di|da|в)" + _S + r"(?:the" + _S + r")?(?:world|history|earth|"
    r"all" + _S + r"time|recorded" + _S + r"history|the" + _S + r"universe|monde|mundo|mondo|welt|l['’]histoire|"
    r"la" + _S + r"historia|storia|história|tous" + _S + r"les" + _S + r"temps|todos" + _S + r"los" + _S
    + r"tiempos|sempre|мире|истории)\b|ever\b|aller" + _S + r"zeiten\b",
    re.IGNORECASE)
#: A date after "in", "on", "im", "am": as often the time of the verb's act as the superlative's bound ("coached the
#: best players in 2019").
_EVENT_DATE = re.compile(
    r"(?:in|on|im|am|en|el|nel|em)" + _S + r"(?:\d{4}\b|(?:" + _MONTHS
    + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE)


def _superlative_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (folded) is a superlative (see the module's docstring), read with the words around it."""
    w = words[i]
    if w in _EN or any(p in _EN for p in w.split("-")) or (w.endswith("iest") and len(w) > 6):
        return True
    if w in ("most", "least") and i + 1 < len(words):
        return True
    if _DE.match(w) or (w == "nie" and i > 0 and words[i - 1] == "wie"):
        return True
    if _RU_SUPERLATIVE.match(w) or (w in _RECORD and i < len(words) - 1):
        return True
    return (w in _ROMANCE or w in _ROMANCE_MORE) and 0 < i < len(words) - 1 and words[i - 1] in _ROMANCE_ARTICLES


def _last_superlative(words: list[str]) -> int | None:
    """Where the last superlative among the quote's last :data:`_TAIL_WORDS` words stands, if any (an article before
    "plus", "más", "più", "mais" may stand further back)."""
    return next((i for i in range(len(words) - 1, max(0, len(words) - _TAIL_WORDS) - 1, -1)
                 if _superlative_at(words, i)), None)


def _superlative(words: list[str]) -> bool:
    return _last_superlative(words) is not None


def _ordinal(words: list[str]) -> bool:
    """Whether the quote's last words hold an ordinal (:data:`_ORDINALS`) before another word."""
    return any(w in _ORDINALS for w in words[max(0, len(words) - _TAIL_WORDS):-1])


def superlative_scope(quote_text: str, after: str, at: int) -> re.Match[str] | None:
    """The bound (:data:`_BOUND`) starting at ``after[at]``, right after a quote whose last words hold a superlative,
    if any; ``after`` is the source's text right after the quote's end, ``at`` where its next word starts (no mark
    between). Not the widest bound (:data:`_WIDEST`), nor a date after "in" or "on" (:data:`_EVENT_DATE`); after an
    ordinal or "record", only a bound of time since (:data:`_SINCE`)."""
    words = [fold_word(w) for w in _WORDS.findall(quote_text)]
    if not words:
        return None
    if _ordinal(words) and not _superlative(words):
        return _SINCE.match(after, at)
    if not _superlative(words) or _WIDEST.match(after, at) or _EVENT_DATE.match(after, at) or _own_of(words):
        return None
    return _BOUND.match(after, at)


#: "of" and its kin after the superlative inside the quote: its own bound or its noun's complement is quoted ("los
#: mejores de nuestros hijos [en la guerra]": the war is where they were lost; "the biggest opponents of a tax").
_OF = frozenset(["of", "de", "del", "des", "di", "della", "dei", "degli", "da", "dos", "das", "do"])


def _own_of(words: list[str]) -> bool:
    """Whether an "of" (:data:`_OF`) follows the quote's last superlative."""
    at = _last_superlative(words)
    return at is not None and any(w in _OF for w in words[at + 1:])
