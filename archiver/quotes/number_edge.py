"""A quote's edge that cuts a number from the word that bounds it, its scale or its range.

"20 people died in the fire" is a verbatim part of "More than 20 people died in the fire",
"100 homes were lost" of "Nearly 100 homes were lost", "30 people were hurt" of "Up to 30
people"; "The project will cost 1.5" of "... 1.5 billion euros", "Prices rose 5" of "... 5
percent", "The report found that 3" of "3 to 5 people". The token-edge rule
(:mod:`archiver.quotes.edges`) keeps a match from starting or ending inside "3-5" or "200"; the
number a reader takes away is changed just as much when the edge falls beside it. So, a material
``number`` difference:

* a quote that opens with a number (digits, a number word, an amount sign) right after a word
  that bounds or rounds it (:data:`NUMBER_BOUNDS`, of every covered language: "than", "nearly",
  "about", "least", "als", "etwa", "environ", "casi"; or the second of two: "up to", "bis zu",
  "plus de", "más de", "più di", "mais de", :data:`NUMBER_BOUND_PAIRS`), or is the second end of
  a range ("5 people" of "3 to 5 people", "12 Stimmen" of "31 zu 12 Stimmen"), or opens with a
  year right after a word that bounds it in time ("1993, flipping" of "since 1993, flipping":
  :data:`YEAR_BOUNDS`; not one a unit follows, a count: "by 1920 pixels", :data:`COUNTED_UNITS`),
  with only spaces between (a compound the number opens counts: "60-year-old"
  of "nearly 60-year-old");
* a quote that ends with a number right before its scale or its unit of percent
  (:data:`NUMBER_SCALES`: "billion", "Milliarden", "percent", "%", "BC") or the second end of
  its range ("3 to 5", "3 bis 5", "3 or 4", "6 – 9": a range word then a number), with only
  spaces between; or that ends with a number, or a number and its unit, right before the words
  that bound it ("by 2030" of "by 2030 at the earliest", "12 weeks" of "12 weeks or more":
  :data:`NUMBER_TRAIL_BOUNDS`). Two numbers a range word joins are no range when the first,
  with its own scale, is what a change starts from ("$47 billion" of "fell from $47 billion to
  $8 billion": :data:`CHANGE_FROM`) or they count a vote ("mit 322" of "mit 322 zu 306
  Stimmen": :data:`TALLY_WORDS`); the second count of a tally stays cut from the first.

A sign word counts as a bound ("5 degrees" of "minus 5 degrees"), a mixed number's two parts
as one number ("1/2 million" or "3" of "3 1/2 million"), and a rough quantity ("half", "all")
right after a word that rounds it ("Nearly half": :data:`ROUGH_QUANTITIES`) as a number. An
ellipsis inside a quote is an edge too (:func:`ellipsis_number_differences`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import AMOUNT_SYMBOLS, NUMBER_WORDS, WORD, fold_word
from archiver.quotes.model import Difference

#: Words right before a number that bound it ("more than", "at least", "up to", "over"), round
#: it ("nearly", "about") or give its sign ("minus 5 degrees"), by language; each counts in a passage of any (none is a word another
#: of these languages writes before a number).
NUMBER_BOUNDS: dict[str, frozenset[str]] = {
    "en": frozenset(["than", "nearly", "almost", "about", "around", "approximately", "roughly", "some",
                     "over", "under", "least", "most", "upwards", "estimated", "above", "below",
                     "maximum", "minimum", "circa", "exceeding", "nearing", "minus", "negative"]),
    "de": frozenset(["als", "fast", "etwa", "rund", "knapp", "über", "unter", "mindestens", "höchstens",
                     "wenigstens", "ungefähr", "circa", "ca", "beinahe", "bis", "maximal", "minimal", "minus",
                     # an estimate's word, as English "estimated" (quote rules 94, red team q94)
                     "schätzungsweise", "geschätzte", "geschätzten", "geschätzt",
                     # "Gut 500 Menschen": a good 500, more than (quote rules 102)
                     "gut"]),
    "fr": frozenset(["environ", "presque", "quelque", "quelques", "jusqu'à", "moins", "maximum", "minimum"]),
    "es": frozenset(["casi", "unos", "unas", "aproximadamente", "hasta", "menos", "alrededor", "cerca"]),
    "it": frozenset(["quasi", "circa", "oltre", "almeno", "fino", "massimo", "minimo"]),
    "pt": frozenset(["quase", "até", "aproximadamente", "menos", "cerca"]),
    "ru": frozenset(["более", "менее", "около", "почти", "примерно", "свыше", "до", "меньше", "больше",
                     "порядка", "приблизительно"]),
}
#: Words right before a year that bound it in time ("since 1993", "by 2022", "seit 2014"): a quote
#: opening with the year reads it as the time of the words, not their bound.
YEAR_BOUNDS = frozenset(["since", "by", "until", "till", "before", "after", "seit", "bis", "vor", "nach", "ab",
                         "depuis", "avant", "après", "desde", "hasta", "antes", "después", "dal", "fino",
                         "prima", "dopo", "até", "depois", "с", "до", "после",
                         # a part of the year: "late 2020" is not 2020
                         "early", "late", "mid", "anfang", "ende", "mitte", "début", "fin", "principios",
                         "finales", "inicio", "inizio", "fine", "início"])
#: Units and counted nouns that make a number that looks like a year ("by 1920 pixels", "seit
#: 2000 Kilometern") a count: the word before it bounds an amount, no year.
COUNTED_UNITS = frozenset([
    "pixels", "pixel", "px", "points", "votes", "people", "persons", "euros", "dollars", "pounds", "units",
    "copies", "jobs", "tonnes", "tons", "km", "kilometres", "kilometers", "metres", "meters", "miles", "feet",
    "kg", "kilograms", "calories", "words", "pages", "seats", "homes", "workers", "employees", "troops",
    "mb", "gb", "rpm", "hz", "mhz", "watts", "volts",
    "punkte", "stimmen", "menschen", "personen", "kilometer", "kilometern", "meter", "metern", "tonnen",
    "arbeitsplätze", "mitarbeiter", "wohnungen", "seiten",
    "voix", "personnes", "mètres", "kilomètres", "emplois",
    "puntos", "votos", "personas", "metros", "kilómetros", "empleos", "páginas",
])
#: Quantities that are no figure ("half", "all"), which only a word that rounds or bounds them
#: makes another ("Nearly half", "almost all", "more than half": :data:`ROUNDING_BOUNDS`).
ROUGH_QUANTITIES = frozenset(["half", "third", "thirds", "quarter", "quarters", "dozen", "dozens", "hundreds",
                              "thousands", "millions", "billions", "all", "every", "everyone", "everybody",
                              "hälfte", "drittel", "viertel", "alle", "moitié", "tiers", "quart", "tous",
                              "toutes", "mitad", "tercio", "todos", "todas", "metà", "terzo", "tutti",
                              "tutte", "metade", "terço", "половина", "все"])
ROUNDING_BOUNDS = frozenset(["nearly", "almost", "about", "around", "approximately", "roughly", "than",
                             "fast", "beinahe", "knapp", "etwa", "rund", "als", "presque", "environ",
                             "casi", "quasi", "quase", "почти", "около", "более", "менее"])
#: Bounds of two words whose second ("de", "di", "to": "rose to $9.1 billion" bounds nothing) is
#: everywhere else an ordinary word.
NUMBER_BOUND_PAIRS = frozenset([
    ("up", "to"), ("close", "to"), ("bis", "zu"), ("upwards", "of"),
    ("plus", "de"), ("moins", "de"), ("près", "de"), ("plus", "d'"), ("más", "de"), ("menos", "de"),
    ("cerca", "de"), ("alrededor", "de"), ("più", "di"), ("meno", "di"), ("fino", "a"), ("mais", "de"),
    ("perto", "de"),
    # "as many as 200", "as few as", "as much as", "as high as", "as little as" (rules 28, red team q28)
    ("many", "as"), ("few", "as"), ("much", "as"), ("high", "as"), ("low", "as"), ("little", "as"),
    # "in excess of", "north of", "just shy of", "upward of", "the better part of" (rules 102, red team q102)
    ("excess", "of"), ("north", "of"), ("shy", "of"), ("upward", "of"), ("part", "of"),
])
#: Articles a Romance or English amount may open with ("la moitié", "la mitad", "el 40 %", "a
#: $250,000 fine"): a bound before the article bounds the amount (:func:`_amount_after_article`;
#: rules 28).
_AMOUNT_ARTICLES = frozenset(["la", "le", "el", "il", "lo", "the", "les", "los", "las"])
_INDEFINITE_ARTICLES = frozenset(["a"])  # not "an": German "an (2010)"
_PERCENT_WORDS = frozenset(["%", "percent", "prozent", "pourcent", "pour", "por", "per"])
#: Words after a number that give its scale or make it a percentage, in each covered language.
NUMBER_SCALES = frozenset([
    "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions",
    "bn", "mn", "tn", "percent", "pct", "%", "bc", "bce",
    "tausend", "million", "millionen", "mio", "milliarde", "milliarden", "mrd", "billion", "billionen",
    "prozent",
    "mille", "milliers", "millions", "milliard", "milliards", "pourcent",
    "mil", "millón", "millones", "billón", "billones",
    "mila", "milione", "milioni", "miliardo", "miliardi",
    "milhão", "milhões", "bilhão", "bilhões", "bilião", "biliões",
    "тысяча", "тысячи", "тысяч", "миллион", "миллиона", "миллионов", "млн", "миллиард", "миллиарда",
    "миллиардов", "млрд", "процент", "процента", "процентов",
])
#: Scales of two words ("per cent", "pour cent", "por ciento"): the first alone is "for".
SCALE_PAIRS = frozenset([("per", "cent"), ("pour", "cent"), ("por", "ciento"), ("por", "cento"), ("per", "cento")])
#: Words after a number that bound it ("12 weeks or more", "by 2030 at the earliest", "2030
#: frühestens"), in each covered language, as word sequences.
NUMBER_TRAIL_BOUNDS = frozenset([
    ("or", "more"), ("or", "less"), ("or", "fewer"), ("or", "later"), ("or", "earlier"), ("or", "so"),
    ("or", "above"), ("or", "below"), ("or", "over"), ("or", "under"), ("at", "the", "earliest"),
    ("at", "the", "latest"), ("at", "most"), ("at", "least"), ("at", "best"), ("at", "the", "most"),
    ("at", "the", "least"), ("and", "up"), ("and", "above"), ("and", "over"), ("plus",),
    ("oder", "mehr"), ("oder", "weniger"), ("und", "mehr"), ("frühestens",), ("spätestens",), ("mindestens",),
    ("höchstens",), ("oder", "später"), ("oder", "früher"),
    ("au", "plus", "tôt"), ("au", "plus", "tard"), ("au", "moins"), ("au", "plus"), ("ou", "plus"),
    ("ou", "moins"), ("et", "plus"),
    ("o", "más"), ("o", "menos"), ("como", "mínimo"), ("como", "máximo"), ("como", "muy", "pronto"),
    ("como", "muy", "tarde"), ("al", "menos"),
    ("o", "più"), ("o", "meno"), ("al", "più", "presto"), ("al", "più", "tardi"), ("al", "massimo"),
    ("al", "minimo"), ("almeno",),
    ("ou", "mais"), ("ou", "menos"), ("no", "mínimo"), ("no", "máximo"), ("pelo", "menos"),
    ("или", "более"), ("или", "больше"), ("или", "меньше"), ("как", "минимум"), ("как", "максимум"),
])
#: Words that join the two ends of a range ("3 to 5", "3 bis 5", "3 or 4", "de 3 à 5").
RANGE_WORDS = frozenset(["to", "or", "bis", "zu", "oder", "à", "a", "ou", "o", "y", "e", "al", "и", "или", "до",
                         "-", "\u2013", "\u2212"])  # (an em dash sets off a total: "13 17 — 70")
#: Words that open a change from the number after them ("fell from $47 billion to $8 billion").
CHANGE_FROM = frozenset(["from", "von", "de", "desde", "da", "от", "с"])
#: Words after two numbers a range word joins that make them a vote tally ("322 zu 306
#: Stimmen"), each a count of its own, no range.
TALLY_WORDS = frozenset(["votes", "vote", "stimmen", "voix", "votos", "voti", "голосов", "голоса"])
_SPACES = r"[ \t\u00a0\u202f]+"
_TALLY = re.compile(r"[ \t\u00a0\u202f]+[0-9][0-9.,]*[ \t\u00a0\u202f]+([^\W\d_]+)")
_NUMBER = re.compile(r"[$€£¥]?[0-9](?:[0-9.,'\u2019\-\u2013]*[0-9])?[%‰]?")
_WORD = rf"({WORD}|%|‰|[-\u2013\u2212](?=[ \t\u00a0\u202f]))"
_BEFORE_ONE = re.compile(rf"({WORD}){_SPACES}$")
_BEFORE_TWO = re.compile(rf"({WORD}){_SPACES}({WORD}){_SPACES}$")
_TOKEN_THEN_WORD = re.compile(rf"(?<!\S)(\S+){_SPACES}({WORD}){_SPACES}$")
_TRAIL_WORDS = re.compile(rf"{_SPACES}((?:{WORD})(?:{_SPACES}{WORD}){{0,2}})")
_AFTER = re.compile(rf"{_SPACES}{_WORD}(?:{_SPACES}(\S+))?")
_DIGIT = re.compile("[0-9]")
_FRACTION = re.compile(r"[0-9]+/[0-9]+")
_FRACTION_AFTER = re.compile(r"[ \t\u00a0\u202f]+([0-9]+/[0-9]+)(?![\w/])")
_WHOLE_BEFORE = re.compile(r"(?<![\w.,])([0-9]+)[ \t\u00a0\u202f]+$")
_OPENING = "([{\"'\u201c\u2018\u00ab\u201e"
_NUMBER_START = re.compile(r"[$€£¥]?[0-9]")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_ALL_BOUNDS = frozenset().union(*NUMBER_BOUNDS.values())
_LOOK = 60


def _opens_with_number(token: str) -> bool:
    """Whether ``token`` (a quote's first) is a number, or a compound one opens ("60-year-old",
    "$12.9bn", "7-10", "120Hz")."""
    token = token.lstrip(_OPENING)
    return _NUMBER_START.match(token) is not None or fold_word(token.rstrip(".,;:")) in NUMBER_WORDS


def _is_year(token: str) -> bool:
    return _YEAR.match(token.lstrip(_OPENING)) is not None and not token.lstrip(_OPENING)[4:5].isalnum()


def _is_number(token: str) -> bool:
    return bool(_NUMBER.fullmatch(token)) or fold_word(token) in NUMBER_WORDS or (
        token[:1] in AMOUNT_SYMBOLS and _NUMBER.fullmatch(token[1:]) is not None)


def _amount_after_article(words: list[str]) -> bool:
    """Whether a quote's words (as written) open with an article and the amount it opens: a
    rough quantity or a percentage after a definite article ("la moitié des voix", "la mitad",
    "el 40 %", "the 40%"; not "the 75kb limit", "las 21:00", "el 30 de setiembre": a thing the
    figure names), or a number after "a" ("a $250,000 fine" of "up to a $250,000 fine"; rules 28,
    red team q28)."""
    article, amount = fold_word(words[0]), words[1]
    if article in _INDEFINITE_ARTICLES:
        return _NUMBER_START.match(amount) is not None
    if article not in _AMOUNT_ARTICLES:
        return False
    if fold_word(amount) in ROUGH_QUANTITIES:
        return True
    unit = fold_word(words[2]) if len(words) > 2 else ""
    return _NUMBER_START.match(amount) is not None and (amount.rstrip(".,;:").endswith("%") or unit in _PERCENT_WORDS)


def dropped_bound(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``number`` difference when the quote (``quote_text``, its first part as
    written) opens with a number and the source word right before the match (which starts at
    ``original[start]``) bounds or rounds it."""
    words = quote_text.split()
    before = original[max(0, start - _LOOK):start]
    if len(words) > 1 and _amount_after_article(words):
        words = words[1:]  # "la moitié des voix" of "presque la moitié", "el 40 %" of "Hasta el 40 %" (rules 28)
    if words and _FRACTION.fullmatch(words[0].rstrip(".,;:")) and (whole := _WHOLE_BEFORE.search(before)):
        at = start - len(before) + whole.start(1)  # "1/2 million" of "3 1/2 million"
        return Difference("number", True, None, whole.group(1), at, at + len(whole.group(1)),
                          note=f"the quote starts right after {whole.group(1)!r}, the whole part of its number "
                               "in the source")
    if words and fold_word(words[0]) in ROUGH_QUANTITIES:
        one = _BEFORE_ONE.search(before)
        if one is not None and fold_word(one.group(1)) in ROUNDING_BOUNDS:
            at = start - len(before) + one.start(1)
            return Difference("number", True, None, one.group(1), at, at + len(one.group(1)),
                              note=f"the quote starts right after {one.group(1)!r}, which bounds or rounds its "
                                   "number in the source")
        return None
    if not words or not _opens_with_number(words[0]):
        return None
    two = _BEFORE_TWO.search(before)
    if two is None:
        two = _TOKEN_THEN_WORD.search(before)
    if two is not None and ((fold_word(two.group(1)), fold_word(two.group(2))) in NUMBER_BOUND_PAIRS or (
            _DIGIT.search(two.group(1)) and two.group(1)[-1] not in ",;:" and fold_word(two.group(2)) in RANGE_WORDS)):
        # "3 to 5", "31 zu 12"; not "Nº 188, a 10 kilómetros" (a comma parts them)
        word, at = two.group(2), start - len(before) + two.start(2)
    else:
        one = _BEFORE_ONE.search(before)
        if one is None:
            return None
        counted = len(words) > 1 and fold_word(words[1].rstrip(".,;:")) in COUNTED_UNITS  # "by 1920 pixels"
        if fold_word(one.group(1)) not in _ALL_BOUNDS and not (
                fold_word(one.group(1)) in YEAR_BOUNDS and _is_year(words[0]) and not counted):
            return None
        word, at = one.group(1), start - len(before) + one.start(1)
    return Difference("number", True, None, word, at, at + len(word),
                      note=f"the quote starts right after {word!r}, which bounds or rounds its number in the source")


#: A rate's words right after a number or its unit ("$5 per user", "10 Euro pro Monat", "10
#: euros par mois", "10 euros al mes", "$5 a month"): the word that makes it one, and the unit.
_RATE = re.compile(rf"{_SPACES}(({WORD}){_SPACES}({WORD}))(?:{_SPACES}([\w'\u2019]+))?")
#: Words after a unit of time that date the number before it rather than make it a rate ("3 a
#: day later", "5% a year earlier", "im Jahr darauf", "al año siguiente"; review of rules 28), as
#: a year's number does ("500 Euro im Jahr 2019").
_DATING_AFTER_UNIT = frozenset([
    "later", "earlier", "ago", "darauf", "danach", "davor", "zuvor", "suivant", "suivante", "précédent", "précédente",
    "auparavant", "siguiente", "anterior", "seguente", "precedente", "seguinte",
])  # not "after", "before", "plus": "$5 a month after the trial", "5 euros par mois plus TVA" are rates
#: Words that make a rate of the number before them before any unit ("per", "pro", "je").
_RATE_ANY = frozenset(["per", "pro", "je"])
#: Words that make a rate only before a unit of time or a counted one (:data:`_RATE_UNITS`):
#: "par mois" (not "battu par dix voix"), "al mes", "a month", "each year", "im Monat", "ao ano".
_RATE_BEFORE_UNIT = frozenset(["par", "al", "a", "an", "each", "every", "por", "im", "pro", "cada", "chaque", "ao"])
_RATE_UNITS = frozenset([
    "hour", "day", "week", "month", "year", "user", "person", "head", "capita", "household", "patient", "student",
    "stunde", "tag", "woche", "monat", "jahr", "person", "kopf", "nutzer", "einwohner",
    "heure", "jour", "semaine", "mois", "an", "année", "personne", "habitant", "utilisateur", "tête", "foyer",
    "hora", "día", "semana", "mes", "año", "persona", "habitante", "usuario", "cabeza", "hogar",
    # Italian and Portuguese ("5 euro al mese", "5 euros por mês"; review of rules 28)
    "giorno", "settimana", "mese", "anno", "utente", "abitante",
    "dia", "mês", "ano", "pessoa", "usuário", "utilizador",
])


def _is_rate(rate: re.Match[str]) -> bool:
    """Whether the two words after a number (:data:`_RATE`) make it a rate (rules 28, red team q28)."""
    first, unit = fold_word(rate.group(2)), fold_word(rate.group(3))
    if (first, unit) in SCALE_PAIRS:
        return False  # "5 per cent": its scale (read after this)
    if (after := rate.group(4)) is not None and (after[:1].isdigit() or fold_word(after) in _DATING_AFTER_UNIT):
        return False  # "500 Euro im Jahr 2019", "3 a day later": a date (review of rules 28)
    return first in _RATE_ANY or (first in _RATE_BEFORE_UNIT and unit in _RATE_UNITS)


#: Italian articles after "per": "5 euro per i residenti" names who pays it, no rate (rules 35).
_PER_ARTICLES = frozenset(["i", "gli", "le", "il", "lo", "la", "l'", "l\u2019"])
#: After a comma, a singular one before a word of feeling or an ordinal says why or when, no group
#: nor time the figure holds in (", per la gioia dei tifosi", ", per la prima volta"; not ", per
#: il primo anno": the first year only, still read; review of rules 35).
_PER_PLURAL_ARTICLES = frozenset(["i", "gli", "le"])
_PER_WHY_OR_WHEN = frozenset(["gioia", "felicità", "soddisfazione", "delusione", "rabbia", "sorpresa", "sollievo",
                              "disperazione", "dispiacere", "cronaca", "prima", "seconda", "terza", "quarta", "quinta",
                              "ennesima", "ultima"])
#: Articles after "per" that open no unit: "per the bank" (according to), "per un totale di 20".
_NOT_A_UNIT = frozenset(["the", "a", "an", "un", "una", "uno", "un'", "un\u2019"])
#: A comma right after a number or its unit, before a rate's word (", per visit", ", pro Monat").
_COMMA = re.compile(r"[ \t\u00a0\u202f]*,")


def _dropped_rate(original: str, end: int) -> Difference | None:
    """A material ``number`` difference when the words right after ``original[end]`` (a number's
    or its unit's end) make the number a rate (:data:`_RATE`, :func:`_is_rate`; rules 28), also
    after a comma when "per", "pro" or "je" opens them ("$5, per visit"; rules 35). Italian "per"
    before an article limits the figure to a group instead ("5 euro per i residenti"; rules 34
    read it as a rate: still material, named for what it is)."""
    comma = _COMMA.match(original, end)
    rate = _RATE.match(original, comma.end() if comma is not None else end)
    if rate is None or (comma is not None and fold_word(rate.group(2)) not in _RATE_ANY):
        return None
    what = rate.group(1)
    if fold_word(rate.group(2)) == "per" and fold_word(rate.group(3)) in _PER_ARTICLES and not (
            comma is not None and fold_word(rate.group(3)) not in _PER_PLURAL_ARTICLES
            and fold_word(rate.group(4) or "") in _PER_WHY_OR_WHEN):  # (", per la gioia dei tifosi": why)
        return Difference("number", True, None, what, rate.start(1), rate.end(1),
                          note=f"the quote ends right before {what!r}, which limits its figure to a group in the source")
    if not _is_rate(rate) or (fold_word(rate.group(2)) == "per" and fold_word(rate.group(3)) in _NOT_A_UNIT
                              | _PER_ARTICLES):
        return None  # "3, per the bank" (according to), "5 euro, per un totale di 20", "2 a 1, per la gioia"
    return Difference("number", True, None, what, rate.start(1), rate.end(1),
                      note=f"the quote ends right before {what!r}, which makes its number a rate in the source")


def _trailing_bound(original: str, end: int) -> tuple[int, int] | None:
    """Where the words that bound a number ("or more", "at the earliest") start and end, right
    after ``original[end]``."""
    m = _TRAIL_WORDS.match(original, end)
    if m is None:
        return None
    words = [fold_word(w) for w in m.group(1).split()]
    for n in range(len(words), 0, -1):
        if tuple(words[:n]) in NUMBER_TRAIL_BOUNDS:
            spans = [w.span() for w in re.finditer(r"\S+", m.group(1))]
            bound = m.start(1) + spans[0][0], m.start(1) + spans[n - 1][1]
            following = original[bound[1]:bound[1] + 40].split()[:1]
            # "up 2.3 percent and up 4 percent": a number after them makes them its own words
            return None if following and _NUMBER_START.match(following[0]) else bound
    return None


def _changed_from(words: list[str], original: str, end: int) -> bool:
    """Whether the quote (``words``, its last part's; the match ends at ``original[end]``) ends
    with a number and its own scale that a word of change ("from", "von": :data:`CHANGE_FROM`)
    stands right before: "$47 billion" of "fell from $47 billion to $8 billion" is the whole
    figure a change starts from, no end of a range."""
    if len(words) < 2 or fold_word(words[-1]) not in NUMBER_SCALES or not _is_number(words[-2].lstrip(_OPENING)):
        return False
    if len(words) > 2:
        return fold_word(words[-3]) in CHANGE_FROM
    figure = original.rfind(words[-2], max(0, end - _LOOK), end)
    one = _BEFORE_ONE.search(original, max(0, figure - _LOOK), figure) if figure >= 0 else None
    return one is not None and fold_word(one.group(1)) in CHANGE_FROM


def _tally(original: str, at: int) -> bool:
    """Whether the number after the range word ending at ``original[at]`` is the second count of
    a vote tally ("322 zu 306 Stimmen", "94 y 72 votos": :data:`TALLY_WORDS` after it)."""
    m = _TALLY.match(original, at)
    return m is not None and fold_word(m.group(1)) in TALLY_WORDS


def dropped_scale(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``number`` difference when the quote (``quote_text``, its last part as written)
    ends with a number and the source word right after the match (which ends at
    ``original[end]``) is its scale, its unit of percent, or a range word before another number."""
    words = quote_text.split()
    if words and original[end - 1:end] == "%" and _is_number(words[-1].lstrip(_OPENING)):
        return _dropped_rate(original, end)  # "5%" of "5% a year" (review of rules 28)
    if not words or not original[end - 1:end].isalnum():
        return None
    number_last = _is_number(words[-1].lstrip(_OPENING))
    if number_last or (len(words) > 1 and _is_number(words[-2].lstrip(_OPENING))):
        bound = _trailing_bound(original, end)  # right after the number, or after its unit
        if bound is not None:
            what = original[bound[0]:bound[1]]
            return Difference("number", True, None, what, bound[0], bound[1],
                              note=f"the quote ends right before {what!r}, which its number needs in the source "
                                   "(a bound on it)")
        if (rate := _dropped_rate(original, end)) is not None:  # "$5 per user" (rules 28)
            return rate
    if not number_last:
        return None
    if original[end:end + 1] in ("%", "\u2030", "\u2031"):  # "3" of "3%" (rules 35: only "3 %" was read)
        sign = original[end]
        return Difference("number", True, None, sign, end, end + 1,
                          note=f"the quote ends right before {sign!r}, which its number needs in the source "
                               "(its scale, its percent or the other end of its range)")
    if (frac := _FRACTION_AFTER.match(original, end)) is not None:  # "3" of "3 1/2 million"
        return Difference("number", True, None, frac.group(1), frac.start(1), frac.end(1),
                          note=f"the quote ends right before {frac.group(1)!r}, which its number needs in the "
                               "source (its fraction)")
    m = _AFTER.match(original, end)
    if m is None:
        return None
    word = m.group(1)
    folded = fold_word(word)
    following = m.group(2) or ""
    if not (folded in NUMBER_SCALES or (folded, fold_word(following.rstrip(".,;:!?)"))) in SCALE_PAIRS
            or (folded in RANGE_WORDS and _is_number(following.rstrip(".,;:)")))):
        return None
    if folded in RANGE_WORDS and (_changed_from(words, original, end) or _tally(original, m.end(1))):
        return None  # "fell from $47 billion to $8 billion", "mit 322 zu 306 Stimmen"
    return Difference("number", True, None, word, m.start(1), m.end(1),
                      note=f"the quote ends right before {word!r}, which its number needs in the source "
                           "(its scale, its percent or the other end of its range)")


def ellipsis_number_differences(parts: list[str], original: str,
                                spans: list[tuple[int, int]]) -> list[Difference]:
    """The same cuts at each ellipsis inside a quote: the part before it ends with a number whose
    scale, bound or range the ellipsis leaves out ("by 2030 ... the firm said" for "by 2030 at
    the earliest, the firm said"), or the part after it opens with a number whose bound or sign
    it leaves out ("fell to ... 5 degrees" for "fell to minus 5 degrees"). ``parts``: the quote's
    parts as written, ``spans``: where each was found, in order."""
    out: list[Difference] = []
    for i, ((_, b), (c, _)) in enumerate(zip(spans, spans[1:], strict=False)):
        out += [d for d in (dropped_scale(parts[i], original, b), dropped_bound(parts[i + 1], original, c))
                if d is not None]
    return out
