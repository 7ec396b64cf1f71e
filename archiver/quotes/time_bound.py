"""A claim in the present or the future cut right before the words that bound it in time.

"Emissions will fall by half" is a verbatim part of "Emissions will fall by half by 2050", "Les
prix resteront stables" of "... jusqu'en mars", "I prezzi resteranno stabili" of "... fino a
marzo", "Цены останутся стабильными" of "... до конца марта": the quote makes a lasting state, or
an undated promise, of what the source bounds by a date or a deadline. Rules 28 read "until",
"bis", "jusqu'à", "hasta", "até" after a claim in the present
(:data:`archiver.quotes.trail_limit.UNTIL_WORDS`, ``PRESENT_VERBS``); red team q39 (rules 39)
found the same cut passing ``exact`` wherever the bound is a deadline ("by 2050", "within ten
years", "d'ici 2030", "entro il 2030", "binnen zwei Jahren", "к 2030 году") or an "until" of
Italian ("fino a") or Russian ("до"), and wherever the claim is in a Romance future ("resteront",
"seguirán", "resteranno", "ficarão", "vão ficar") or a Russian present or future, which the
present-verb lists do not hold (French "sera" only).

Red team rvq39 (rules 40) found the same cut passing before deadlines written otherwise ("no
later than June", "before 2028", "by Friday", "by the summer", "spätestens", "au plus tard",
"avant lundi", "a más tardar", "antes de 2030", "al più tardi", "prima di lunedì", "o mais
tardar", "не позднее") and after a comma ("by half, by 2050": :func:`deadline_after`; a comma
still closes an "until", which may open a new event).

The review of rules 40 (rules 41) found the same cut passing before a span from now ("in two
years", "dans deux ans", "en dos años", "tra due anni", "em dois anos", "через два года":
:data:`_SPAN_FROM_NOW`), after a German present the lists lack ("sinkt", "schließt":
:mod:`archiver.quotes.german_present`) and after a Russian perfective future ("откроют":
:func:`_russian_non_past`);
and "para 2000 familias" read as a year (:data:`_YEAR` now asks that no counted word follow).

A past claim's date stays no bound ("The plant closed by 2019" says when it closed), so the
caller asks for a claim in the present or the future (:func:`future_claim` here, its own lists
for the present), as for "until".
"""

from __future__ import annotations

import re

from archiver.quotes.german_present import german_present
from archiver.quotes.lexicon import CALENDAR_WORDS, NUMBER_WORDS, TIME_SPAN_NOUNS, WORD, fold_word
from archiver.quotes.past_tense import first_tense

#: A year as a deadline names one (1800-2099) and is no count of the word after it: "para 1500
#: estudiantes", "para 2000 familias", "by 2000 dollars" count students, families, dollars (rules
#: 41). A year may stand before punctuation, a capital, a digit or a word of :data:`_AFTER_A_YEAR`
#: ("para 2030 y", "before 2028 at the latest", "d'ici 2030 au plus tard").
_AFTER_A_YEAR = ("and|or|at|as|when|if|in|on|the|to|with|y|e|o|ou|et|und|oder|como|com|con|a|al|à|au|aux|en|de"
                 "|du|des|del|da|do|di|della|für|le|la|el|il|lo|ni|nor|but|mais|pero|ma|mas|aber"
                 # prepositions and links that open what follows the date, not a counted noun ("by 2035
                 # across Europe", "by 2030 because of costs", "antes de 2030 según el plan"; review of
                 # rules 41)
                 "|across|because|under|after|from|for|through|throughout|over|according|despite|amid|per|via"
                 "|unless|while|since|so|following|thanks|due|alongside|worldwide|nationwide|nationally"
                 "|globally|too|also|already|anyway|instead|then|only|at|either"
                 "|selon|pour|par|sur|sous|sans|dans|malgré|grâce|avec|comme|puis|si|quand"
                 "|según|para|por|sin|bajo|tras|desde|hasta|pues|porque|cuando|si"
                 "|secondo|per|senza|sotto|dopo|perché|quando|se|anche"
                 "|segundo|sem|sob|após|porque|quando|se|também|conforme"
                 "|laut|gemäß|nach|bei|durch|trotz|wegen|unter|ohne|mit|wenn|weil|auch|so|dann")
_YEAR = r"(?:1[89]|20)\d\d\b(?!\s+(?!(?:" + _AFTER_A_YEAR + r")\b)(?-i:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]))"
_CALENDAR = "|".join(sorted((re.escape(w) for w in CALENDAR_WORDS), key=lambda w: (-len(w), w)))


def _either(words: frozenset[str]) -> str:
    """An alternation of ``words``, longest first, each escaped."""
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


_TIME_NOUNS_EN = _either(TIME_SPAN_NOUNS["en"])
#: How many of a span of time: a figure, a number word (and "dos", "due", which
#: :data:`archiver.quotes.lexicon.NUMBER_WORDS` leaves out as other words too), "a", "a few", "a couple of" ("in two
#: years", "dans deux ans", "через два года"), after "the next", "the coming" or not.
_COUNT = (r"(?:\d+|" + _either(NUMBER_WORDS)
          + r"|dos|due|uno|un|une|una|um|uma|a\s+few|a\s+couple\s+of|an?|un|une|uno|una|um|uma|quelques|unos|unas|alcuni|alcune|alguns|algumas"
          r"|несколько|пару|few|several)")
#: Words that round or cap a count ("in about two years", "in less than a year", "in under a
#: decade"; review of rules 41), and a count's range ("in two to three years", "dans deux ou trois
#: ans").
_ROUGHLY = (r"(?:(?:about|around|roughly|some|approximately|nearly|almost|just|only|(?:less|more|fewer)\s+than|under"
            r"|environ|à\s+peine|unos|unas|cerca\s+de|circa|quasi|cerca\s+di|menos\s+de|moins\s+de|meno\s+di"
            r"|около|менее|почти)\s+){0,2}")
_RANGE = r"(?:\s*(?:to|or|-|\u2013|à|ou|o|a|e|y|или|-)\s*" + _COUNT + r")?"
_HOW_MANY = r"(?:(?:the\s+)?(?:next|coming)\s+)?" + _ROUGHLY + _COUNT + _RANGE + r"\s+"
#: "The next" and "the coming" before a plural span in the Romance languages ("dans les prochaines
#: semaines", "en los próximos meses", "nei prossimi mesi", "nos próximos anos"; review of rules
#: 41), and French "dans les deux ans" (within two years).
_NEXT_ROMANCE = (r"dans\s+les\s+(?:prochain(?:e)?s\s+|" + _HOW_MANY + r")"
                 r"|en\s+(?:los|las)\s+(?:próximos|próximas)\s+|(?:nei|negli|nelle)\s+prossim[ie]\s+"
                 r"|(?:nos|nas)\s+próxim[oa]s\s+")
#: A span from now that bounds a claim in the present or future ("will return to target in two
#: years", "sera terminé dans deux ans", "estará lista en dos años", "sarà pronto tra due anni",
#: "ficará pronta em dois anos", "будет готов через два года"; rules 41). "in" before no span
#: ("in recent years", "in two wings") bounds nothing.
_SPAN_FROM_NOW = (
    r"in\s+" + _HOW_MANY + r"(?:" + _TIME_NOUNS_EN + r")\b(?:['\u2019]\s*time)?"
    + r"|in\s+the\s+(?:next|coming)\s+(?:" + _TIME_NOUNS_EN + r")\b"
    + r"|dans\s+" + _HOW_MANY + r"(?:" + _either(TIME_SPAN_NOUNS["fr"]) + r")\b"
    + r"|en\s+" + _HOW_MANY + r"(?:" + _either(TIME_SPAN_NOUNS["es"]) + r")\b"
    + r"|(?:tra|fra)\s+" + _HOW_MANY + r"(?:" + _either(TIME_SPAN_NOUNS["it"]) + r")\b"
    + r"|em\s+" + _HOW_MANY + r"(?:" + _either(TIME_SPAN_NOUNS["pt"]) + r")\b"
    + r"|через\s+(?:" + _HOW_MANY + r")?(?:" + _either(TIME_SPAN_NOUNS["ru"]) + r")(?!\w)"
    + r"|(?:" + _NEXT_ROMANCE + r")(?:" + _either(TIME_SPAN_NOUNS["fr"] | TIME_SPAN_NOUNS["es"]
                                                | TIME_SPAN_NOUNS["it"] | TIME_SPAN_NOUNS["pt"]) + r")\b"
)
#: A date after a deadline's word ("by", "before", "avant", "antes de", "prima di"): a year, a
#: decade ("the 2030s"), a month or a weekday (:data:`archiver.quotes.lexicon.CALENDAR_WORDS`), a
#: season, a feast, the end or start of a period, "next year", "then", "the deadline".
_DATE = (
    r"(?:" + _YEAR + r"|the\s+(?:1[89]|20)\d0s\b|(?:" + _CALENDAR + r")\b"
    r"|(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\b|year[-\s]end\b|year['\u2019]s\s+end\b"
    r"|(?:early|mid|late)[-\s]|(?:next|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b"
    r"|then\b|tomorrow\b|tonight\b|(?:the\s+)?(?:spring|summer|autumn|winter|fall(?!\s+of))\b"
    r"|christmas\b|easter\b|(?:the\s+)?deadline\b)"
)
#: The same, after a French, Spanish, Italian or Portuguese deadline's word, and "la fin",
#: "finales de", "la fine", "o fim", "l'été" (never after English "by": "by a fine").
_DATE_ROMANCE = (
    r"(?:" + _DATE + r"|(?:(?:la|le|les|el|il|o|a)\s+|l['\u2019])?(?:fin|finales|fine|fim|début|mi|inicio|principios|inizio"
    r"|mediados|meados|été|printemps|automne|hiver|verano|invierno|estate|inverno|verão|natal|navidad|noël)\b)"
)
#: A deadline opening the words after a match (matched at the bound's first word, case folded):
#: the words a quote ending right before them leaves out bound its claim in time. English "by"
#: only before a date: "by half", "by the council" bound nothing in time; "within" only before a
#: span of time ("within the city" is a place); "para" only before a year or an end.
_DEADLINE = (
    r"(?:by|before|(?:no|not)\s+later\s+than)\s+" + _DATE + "|" + _SPAN_FROM_NOW
    + r"|within\s+(?:[\w-]+\s+){0,2}(?:" + _TIME_NOUNS_EN + r")\b"
    # German: "bis" is an "until" of the lists; "binnen", "innerhalb" before a span of time
    r"|(?:binnen|innerhalb)\s+(?:[\w-]+\s+){0,2}(?:sekunden|minuten|stunden|tagen|tages|wochen|woche|monaten|monats"
    r"|jahren|jahres|jahresfrist|monatsfrist|des\s+jahres|der\s+nächsten)\b|spätestens\b"
    # French "d'ici 2030", "d'ici la fin", "au plus tard", "avant lundi", "dans un délai de"
    r"|d['\u2019]ici\b|au\s+plus\s+tard\b|avant\s+" + _DATE_ROMANCE + r"|dans\s+un\s+délai\s+d"
    # Spanish "para 2030", "para finales de", "en un plazo de", "a más tardar", "antes de 2030",
    # "dentro de dos años"
    r"|para\s+(?:el\s+(?:año\s+)?)?(?:" + _YEAR + r"|finales\b|fin\b|mediados\b)|en\s+un\s+plazo\s+de\b"
    r"|a\s+más\s+tardar\b|antes\s+(?:de|del|do|da)\s+" + _DATE_ROMANCE
    # Italian "entro" (by, within), "al più tardi", "prima di lunedì", "nel giro di"
    # German "vor Montag", "vor Ende März", "vor 2030", "vor Ostern" (rules 43; not "vor zwei Jahren", ago)
    + r"|vor\s+(?:" + _YEAR + r"|(?:" + _CALENDAR + r")\b|(?:ende|anfang|mitte)\s|weihnachten\b|ostern\b)"
    + r"|entro\b|al\s+più\s+tardi\b|prima\s+(?:di|del|della|dell['\u2019])\s*" + _DATE_ROMANCE + r"|nel\s+giro\s+di\b"
    # Spanish and Portuguese "dentro de" before a span of time, Portuguese "o mais tardar"
    + r"|dentro\s+de\s+(?:[\w-]+\s+){0,2}(?:" + _either(TIME_SPAN_NOUNS["es"] | TIME_SPAN_NOUNS["pt"]) + r")\b"
    r"|o\s+mais\s+tardar\b"
    # Russian "к 2030 году", "к концу", "к лету", "в течение" (within), "не позднее", "в ближайшие"
    r"|к\s+(?:\d{4}|концу|началу|середине|лету|весне|осени|зиме)\b|в\s+течение\b|не\s+(?:позднее|позже)\b"
    r"|в\s+ближайшие\b"
)
#: An "until" the lists of :data:`archiver.quotes.trail_limit.UNTIL_WORDS` leave out: English
#: "through" before a date, Italian "fino a", Russian "до" before a date ("до сих пор", still, is
#: no bound).
_UNTIL = (
    r"through\s+" + _DATE
    # (not "fino a nuovo avviso", "fino a nuove disposizioni", until further notice: no end; the
    # plural read since red team rvq52)
    + r"|fino\s+(?:a|al|alla|alle|ai|agli|all['\u2019])\b(?!\s*(?:nuov[oaie]|ulterior[ei]|divers[aei])\s+"
    r"(?:avvis[oi]|ordin[ei]|disposizion[ei]|comunicazion[ei])\b|\s*data\s+da\s+destinarsi\b)"
    r"|до\s+(?:конца|начала|середины|\d|" + _CALENDAR + r"|весны|лета|осени|зимы|следующего|будущего)"
)
_BOUND = re.compile(_DEADLINE + "|" + _UNTIL, re.IGNORECASE)
_DEADLINE_ONLY = re.compile(_DEADLINE, re.IGNORECASE)
#: An "until" by its word (:data:`archiver.quotes.trail_limit.UNTIL_WORDS` reads these after a
#: quote's end), not "bis auf" (but for) nor "until further notice" (no end), and a starting point
#: before a date ("ab 2027", "ab nächstem Jahr", "from January", "à partir de mars", "a partir de
#: 2027", "a partire da marzo", "с 1 марта"): what an omission may not leave out beside the quoted
#: words (rules 44), with :data:`_BOUND`.
_UNTIL_WORD = (r"(?:(?:until|till|bis(?!\s+(?:auf|weiteres)\b)|jusqu['\u2019](?:à|au|aux|en))\b"
               r"(?!\s+(?:further\s+(?:notice|orders?)|nouvel\s+ordre)\b)"
               # "hasta", "até" are also "even" ("hasta los niños"): an "until" only before a date
               r"|(?:hasta|até)\s+(?:(?:ao|à|el|o|a)\s+)?(?:" + _DATE_ROMANCE + r"|que\b)"
               # "Hasta hoy a medianoche", "Até hoje às 18h": today with its hour, a deadline (red team rvq52)
               r"|(?:hasta\s+hoy|até\s+hoje)(?=\s+(?:(?:a|à|às|ás)\s+(?:las?\s+)?)?(?:\d|medianoche|mediodía|la\s+noche|la\s+tarde"
               r"|meia-noite|meio-dia|noite|tarde)))")
_NEXT_DE = r"(?:nächste[mnrs]?|kommende[mnrs]?|diese[mnrs]?)\s+(?:jahr|monat|woche|frühjahr|sommer|herbst|winter)"
#: "Tomorrow" after a starting word ("ab morgen", "dès demain", "a partir de mañana", "da domani",
#: "a partir de amanhã"; task q58; Russian "с завтрашнего дня", red team rvq59), as English "from
#: tomorrow" is read by :data:`_DATE`.
_TOMORROW = r"(?:morgen|demain|mañana|domani|amanhã|завтра|завтрашнего\s+дня)\b"
#: A clock time after a starting word ("Ab 10:30 Uhr: Die Brücke wird gesperrt", "ab 10 Uhr",
#: "from 10:30"; red team rvq59): a starting point as a date is.
_CLOCK = r"\d{1,2}(?::\d{2})?\s*uhr\b|\d{1,2}:\d{2}\b"
#: A day's number before its month ("1. März", "1er mars", "3 de marzo", "1° marzo", "1º de março";
#: the Romance forms since task q58's held-out "À compter du 1er mars").
_DAY_MONTH = r"\d{1,2}(?:\.|er|°|º)?\s+(?:de\s+)?(?:" + _CALENDAR + r")\b"
_STARTING = (r"(?:ab|from|starting(?:\s+(?:in|on|from))?|с|da|dal)\s+(?:" + _DATE + r"|" + _NEXT_DE + "|" + _TOMORROW
             + "|" + _CLOCK
             + r"|" + _DAY_MONTH + r"|sofort\b|mitte\b|ende\b|anfang\b)"
             r"|(?:(?:à|a)\s+partir\s+(?:de|del|do|da|du)\s+|a\s+partire\s+(?:da|dal|dalla)\s+"
             r"|à\s+partir\s+d['\u2019]\s*|a\s+partire\s+dall['\u2019]\s*"
             # French "à compter de" and "dès" (from, as early as) before a date, "le 1er mars" too
             # ("Dès lundi, le pont sera fermé", "À compter de lundi": task q58, no starting point
             # read; not "dès que", "dès l'entrée", no date)
             r"|à\s+compter\s+(?:de|du)\s+|à\s+compter\s+d['\u2019]\s*"
             r"|dès\s+(?:le\s+)?)(?:" + _DATE_ROMANCE + "|" + _TOMORROW + "|" + _DAY_MONTH + r")")
#: Spanish and Portuguese "desde" before a date ("Desde el lunes", "Desde mañana", "Desde o dia 1 de
#: março"): "since" before a claim of now ("Desde el lunes, el puente está cerrado": closed now),
#: "from" before a future ("Desde el lunes, el puente estará cerrado": not yet closed; "Desde el
#: próximo mes", the held-out pair of task q61). Read apart
#: from :data:`_STARTING` so only a future makes it a bound (task q61: a future passed ``exact``).
_SINCE_OR_FROM = re.compile(r"desde\s+(?:(?:el|la|o|a|os|as)\s+)?(?:dia\s+|día\s+)?(?:" + _DATE_ROMANCE + "|"
                            + _TOMORROW + "|" + _DAY_MONTH + r"|pr[óo]xim[oa]s?\s+(?:"
                            + _either(TIME_SPAN_NOUNS["es"] | TIME_SPAN_NOUNS["pt"]) + r")\b)", re.IGNORECASE)
_IN_OMISSION = re.compile(_DEADLINE + "|" + _UNTIL + "|" + _UNTIL_WORD + "|" + _STARTING, re.IGNORECASE)

#: Verbs of the future (or the near future's auxiliary) by language: French "-ront", "-ra",
#: "va", "vont"; Spanish "-rá", "-rán", "va", "van"; Italian "-rà", "-ranno"; Portuguese "-rá",
#: "-rão", "vai", "vão". Read only in a passage of that language (or of none told).
_FUTURE_ENDINGS: dict[str, tuple[str, ...]] = {
    # ("-dra", "-rra", "-vra": "vendra", "pourra", "devra"; review of rules 45)
    "fr": ("eront", "iront", "ront", "era", "ira", "dra", "rra", "vra"),
    "es": ("rá", "rán"),
    "it": ("rà", "ranno"),
    "pt": ("rá", "rão"),
}
_FUTURE_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(["va", "vont"]),
    "es": frozenset(["va", "van"]),
    "it": frozenset(),
    "pt": frozenset(["vai", "vão"]),
    "ru": frozenset(["будет", "будут", "останется", "останутся", "остаётся", "остается", "остаются", "продлится",
                     "продлятся", "сохранится", "сохранятся", "продолжится", "продолжатся", "действует",
                     "действуют", "работает", "работают", "закрыт", "закрыта", "закрыто", "закрыты", "открыт",
                     "открыта", "открыто", "открыты"]),
}
#: Russian third-person verbs in "-тся" are a present or a future ("сохраняется", "продлится"),
#: never a past (which ends in "-лся", "-лась").
_RU_REFLEXIVE = "тся"
#: Russian third-person endings of the present or the perfective future ("откроют", "закроют",
#: "примет", "решат": rules 41), read on a lowercase word after the sentence's first word (a
#: subject noun may end so: "Бюджет", "Совет") in a sentence with no past (:data:`_RU_PAST`).
_RU_NON_PAST = ("ют", "ят", "ут", "ет", "ит", "ат", "ёт")
_RU_PAST = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
#: Russian short passive participles of the past, masculine, ending as a present does ("-ят",
#: "-ат", "-ит"): "принят", "снят", "взят", "начат", "убит" (rules 43: rules 42 read "Этот
#: бюджет принят" as a present before "в течение недели"). By form: a prefix of "-нять" before
#: "нят" ("при-нят", "под-нят"; not "изме-нят", "зво-нят", "обви-нят", verbs of the present or
#: the future), "взят", "начат", "зачат", "сжат", "-бит" after a prefix ("у-бит", "раз-бит"); not "занят", a state (busy).
_RU_SHORT_PARTICIPLE = re.compile(r"(?:(?:при|вос?при|с|на|под|от|об|по|пере|вн)нят|взят|(?:на|за)чат|сжат"
                                  r"|(?:у|раз|с|до|при|за|пере|от)бит)(?:[аоы])?")
#: Endings of Russian short passive participles of the past other than :data:`_RU_SHORT_PARTICIPLE`'s
#: ("приостановлен", "продлён", "запрещена", "закрыто", "открыты"); not "-ан", which nouns end in
#: ("план", "ресторан").
_RU_STATE_ENDINGS = ("ен", "ён", "ена", "ено", "ены", "ыт", "ыта", "ыто", "ыты")
#: An English passive ending a quote: "was lifted", "were temporarily suspended", "has been closed".
_EN_PASSIVE_END = re.compile(r"\b(?:was|were|been|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ut|lt|pt)\W*$",
                             re.IGNORECASE)
#: The shortest word read by its ending ("sera", "ira"), so no short word ("era") is a future.
_MIN_FUTURE = 4
#: The shortest plain-letter ending read in a passage of no language told ("-eront", "-ranno":
#: no English word ends so; "-era" does: "camera").
_LONG_ENDING = 5
#: French words that tell a sentence is French where the passage's language is not told, so a
#: short French future ("prendront", "fera") is read and English "front", "camera" are not.
#: Future endings no word of another covered language ends with (accented, or long: "-rà",
#: "-rão", "-ranno", "-eront"), read in a text whatever language it is told to be in, as a short
#: text's language is a guess from one or two words (review of rules 48, red team rvq51).
_UNMISTAKABLE_ENDINGS = tuple(e for es in _FUTURE_ENDINGS.values() for e in es if not e.isascii() or len(e) >= _LONG_ENDING)
_FRENCH_CONTEXT = frozenset(["le", "la", "les", "il", "elle", "ils", "elles", "nous", "vous", "je", "ce",
                             "cette", "ces", "du", "des", "une", "au", "aux", "ne", "pas", "sera", "seront", "très"])
_SENTENCE_END = re.compile(r"[.!?;]\s")
#: A colon before a space: what follows is a clause of its own, read as a sentence is, its first
#: word no name by its capital and a past before the colon no tense of it ("el ministro fue claro:
#: Subirán los impuestos", "è stato chiaro: Le tasse saliranno"; task q58: "Subirán" was read as a
#: name and "fue" decided the whole sentence, so the future cut from its bound passed ``exact``).
_COLON = re.compile(r"\s*:\s+")


def time_bound_after(after: str, at: int) -> bool:
    """Whether the words from ``after[at]`` open a deadline or an "until" of the kinds
    :data:`_BOUND` holds ("by 2050", "within ten years", "fino a marzo", "до конца марта")."""
    return _BOUND.match(after, at) is not None


def bound_opens(text: str, at: int) -> bool:
    """Whether a bound in time opens at ``text[at]``: a deadline, an "until" or a starting point
    (:data:`_IN_OMISSION`: "до конца марта", "bis Ende März", "jusqu'à fin mars", "hasta finales
    de marzo", "fino alla fine di marzo", "até o fim de março", "ab 2027"). An ellipsis leaving
    one out beside the quoted words makes a lasting claim of a bounded one whatever its tense
    ("Запрет снят ... сообщил министр": lifted until the end of March); rules 43 read only English
    "until" and figures there (red team q44)."""
    return _IN_OMISSION.match(text, at) is not None


#: An "until" that runs to now, opening a sentence: "Bis heute ist der Fall nicht aufgeklärt", "To
#: this day, ...", "Jusqu'à présent, ...", "Hasta hoy, ...": the claim still holds, so it bounds
#: nothing a reader of the quote is misled about (red team rvq48: "Bis heute" was read as a bound
#: cut off, a false alarm of rules 46). Read at a sentence's opening only: after a claim ("Das
#: Angebot gilt bis heute") it may be the claim's end. Nor is "until today" with a time of day
#: after it, a deadline this day ends ("Until today at midnight, ", "Bis heute Abend", "Bis heute
#: um 18 Uhr", "Jusqu'à aujourd'hui minuit", "Fino a oggi alle 18": red team rvq52, wrong passes
#: of rules 49 in six languages).
_TIME_OF_DAY = (
    r"(?!\s+(?:(?:at|um|à|a|alle|às|ás|в)\s+(?:las?\s+)?)?(?:\d|noon|midnight|(?:this\s+)?(?:evening|night|afternoon)|abend|"
    r"mitternacht|nacht|mittag|nachmittag|minuit|midi|ce\s+soir|soir|medianoche|mediodía|la\s+noche|la\s+tarde|"
    r"mezzanotte|mezzogiorno|sera|notte|meia-noite|meio-dia|noite|tarde|вечер|полуноч|полдн)\w*)")
_TO_NOW = re.compile(
    r"(?:(?:until|till|up\s+to)\s+(?:now|today|this\s+day)\b|to\s+this\s+day\b|bis\s+(?:heute|jetzt|dato)\b"
    r"|jusqu['\u2019](?:à\s+(?:présent|maintenant|aujourd['\u2019]hui|ce\s+jour)\b|ici\b)"
    r"|hasta\s+(?:hoy|ahora|la\s+fecha)\b|fino\s+(?:ad?\s+)?(?:oggi|ora|adesso)\b|finora\b"
    r"|até\s+(?:hoje|agora)\b|до\s+сих\s+пор\b|по\s+сей\s+день\b)" + _TIME_OF_DAY,
    re.IGNORECASE)


def to_now(text: str, at: int) -> bool:
    """Whether the words from ``text[at]`` are an "until" that runs to now (:data:`_TO_NOW`)."""
    return _TO_NOW.match(text, at) is not None


_STARTING_ONLY = re.compile(_STARTING, re.IGNORECASE)


def starting_point(text: str, at: int) -> bool:
    """Whether the words from ``text[at]`` open a starting point (:data:`_STARTING`: "Ab Montag",
    "From Monday", "À partir de lundi"), which ends an "until now" the sentence before holds to:
    "Bis heute gilt die alte Regel. Ab Montag gilt die neue." (red team rvq52, a wrong pass of
    rules 49-52)."""
    return _STARTING_ONLY.match(text, at) is not None


def since_or_from(text: str, at: int) -> str | None:
    """What the words from ``text[at]`` are when they are "desde" before a date
    (:data:`_SINCE_OR_FROM`): ``"to come"`` for a date still to come ("Desde mañana", "Desde el
    próximo mes": a starting point before a present too, "el museo abre"), ``"date"`` for another
    (a starting point before a future claim only); None otherwise."""
    m = _SINCE_OR_FROM.match(text, at)
    if m is None:
        return None
    return "to come" if re.search(r"pr[óo]xim|mañana|amanhã", m.group(), re.IGNORECASE) else "date"


def until_after(after: str, at: int) -> bool:
    """Whether the words from ``after[at]`` open an "until" (not a deadline): Russian "до", Italian
    "fino a", English "through", or a word of :data:`_UNTIL_WORD`."""
    return re.compile(_UNTIL + "|" + _UNTIL_WORD, re.IGNORECASE).match(after, at) is not None


def state_until(quote_text: str) -> bool:
    """Whether the quote's last sentence holds a Russian short passive participle ("снят",
    "закрыт", "приостановлен", "продлены"), or ends in an English passive ("was lifted", "were
    suspended"): a state the source's "until" ends ("Запрет снят до конца марта", "The ban was
    lifted until the end of March": lifted until then), though before "в течение" it is a done deed
    (rules 43); an active past ("The plant operated until 2019") stays no bound. The Russian word
    is read after the sentence's first word, in lowercase."""
    last = _SENTENCE_END.split(quote_text)[-1]
    if _EN_PASSIVE_END.search(last):
        return True
    written = re.findall(WORD, last)
    return any(w[:1].islower() and (_RU_SHORT_PARTICIPLE.fullmatch(fold_word(w)) is not None
                                   or (len(w) >= 6 and fold_word(w).endswith(_RU_STATE_ENDINGS)))
               for w in written[1:])


def deadline_after(after: str, at: int) -> bool:
    """Whether the words from ``after[at]`` open a deadline (:data:`_DEADLINE`: "by 2050", "no
    later than June", "spätestens", "au plus tard"), which bounds the claim before it also after a
    comma ("Emissions will fall by half, by 2050"), where an "until" may open a new event
    ("operating normally, until the storm hit")."""
    return _DEADLINE_ONLY.match(after, at) is not None


def future_claim(quote_text: str, language: str | None) -> bool:
    """Whether the quote's last sentence holds a verb of the future, or a Russian or German
    present or future, in ``language`` (None: any covered language). Only the last sentence: a
    quote running over a sentence's end ("... не повернется. Полина" before "до сих пор") bounds
    only the claim of the sentence the bound stands in. Without a language told, a French ending
    is read only with a French word beside it (:data:`_FRENCH_CONTEXT`): "front", "affront",
    "camera" end as French futures do (rules 41). A colon opens a clause of its own, read apart
    (:data:`_COLON`)."""
    clauses = _COLON.split(_SENTENCE_END.split(quote_text)[-1])
    if len(clauses) > 1:
        return any(future_claim(clause, language) for clause in clauses)
    written = re.findall(WORD, clauses[0])
    words = [fold_word(w) for w in written]
    languages = [language] if language is not None else list(_FUTURE_WORDS) + ["de"]
    for lang in languages:
        endings = _FUTURE_ENDINGS.get(lang, ())
        if language is None and lang == "fr":
            endings = endings if _FRENCH_CONTEXT.intersection(words) else ()
        elif language is None:  # English "camera" ends as a short Italian future does
            endings = tuple(e for e in endings if not e.isascii() or len(e) >= _LONG_ENDING)
        else:  # "le tasse saliranno" of a short Italian source its "le" read as French (red team rvq51)
            endings = endings + _UNMISTAKABLE_ENDINGS
        listed = _FUTURE_WORDS.get(lang, frozenset())
        for i, w in enumerate(words):
            if w in listed or (endings and len(w) >= _MIN_FUTURE and w.endswith(endings) and not _a_name(written, i)
                               and not _after_article(words, i, lang) and not _past_decides(written, words, lang)):
                return True
            if lang == "ru" and len(w) > len(_RU_REFLEXIVE) + 2 and w.endswith(_RU_REFLEXIVE):
                return True
        if lang == "ru" and _russian_non_past(written):
            return True
        if lang == "de" and german_present(written, told=language == "de"):
            return True
    return False


def _a_name(written: list[str], i: int) -> bool:
    """Whether ``written[i]`` is capitalised inside its sentence (a name: "Mr Durán", "Juan
    Beltrán", "sanciones contra Irán"), which no future's ending makes a verb (red team rvq52:
    "After the election, Mr Durán resigned" read "Durán" as a Spanish future once rules 50 read
    such endings in any language; rules 54 read any capitalised word so, not only one after a
    capital). The text's first two words are not read so: a capitalised verb may open a quote
    after the stand-in "So " of :mod:`archiver.quotes.lead_bound` ("So Serán"), and a name opening
    it is told by the past beside it (:func:`_past_decides`)."""
    return i > 1 and written[i][:1].isupper()


#: Articles and possessives that are never a clitic pronoun before a verb, so a word after one
#: that ends as a future does is a noun ("el Irán", "un ladrão", "do verão", "su pensión"): not
#: French "le", "la", "les", Spanish "lo", "la", "los", "las", Italian "lo", "la", "gli", which
#: stand before a future as its object ("lo hará", "la verra", "gli dirà").
_NO_CLITIC_ARTICLES = frozenset(["el", "il", "un", "una", "uno", "une", "um", "uma", "du", "des", "au", "aux", "del",
                                 "al", "do", "da", "dos", "das", "dello", "della", "dal", "dalla", "nel", "nella",
                                 "os", "su", "sus", "son", "sa", "ses", "suo", "sua", "seu", "sua", "seus", "suas"])
#: Portuguese articles and contractions of "em" and an article, read as one only before a noun in
#: "-ão" ("a estação", "no verão"): Spanish "no" negates the future after it ("no subirán"), and
#: "a" is a preposition in every Romance language.
_PT_BEFORE_AO = frozenset(["no", "na", "nas", "a", "as", "o"])
#: Articles of one language that are another's pronoun or conjunction before a verb (review of
#: rules 53-55, red team rvq56): French "il viendra", Spanish "los dos firmarán".
_NOT_ARTICLES = {"fr": frozenset(["il"]), "es": frozenset(["dos"])}
#: Portuguese subject pronouns, after which "o", "a" before a future in "-ão" are its object.
_PT_SUBJECTS = frozenset(["ele", "ela", "eles", "elas", "nós", "você", "vocês", "eu", "tu"])
#: Words a clause opens with, after which a future may follow a past verb ("dijo que subirán",
#: "ha detto che saliranno", "disse que vão", "aumentó la producción y subirá los precios"): there
#: a past decides nothing.
_SUBORDINATORS = frozenset(["que", "qu", "che", "quando", "cuando", "quand", "si", "se", "porque", "perché", "parce",
                            "come", "como", "comme", "donde", "onde", "où", "dove",
                            "y", "e", "et", "ed", "pero", "mas", "mais", "ma", "ou", "o"])


def _after_article(words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` (folded) follows an article of :data:`_NO_CLITIC_ARTICLES` (in
    ``lang``: :data:`_NOT_ARTICLES`), or a contraction of :data:`_PT_BEFORE_AO` before a word in
    "-ão": a noun ending as a future does ("o ladrão fugiu", "o governo mudou no verão": red team
    rvq52, false alarms of rules 52); not "o", "a" after a subject ("eles a venderão", "os
    ministros o aprovarão": the object of a future; red team rvq56)."""
    if i == 0:
        return False
    before = words[i - 1]
    if before in _NO_CLITIC_ARTICLES:
        return before not in _NOT_ARTICLES.get(lang, ())
    subject = i > 1 and (words[i - 2] in _PT_SUBJECTS or i > 2 and words[i - 2].endswith("s")
                         and words[i - 3] in ("os", "as"))
    return before in _PT_BEFORE_AO and words[i].endswith("ão") and not (before in ("o", "a") and subject)


def _past_decides(written: list[str], words: list[str], lang: str) -> bool:
    """Whether the sentence's first clause reads as a past (its first finite verb a past of the
    lists of :func:`archiver.quotes.past_tense.first_tense`: "aumentó", "fugiu", "mudou") and no
    clause opens after it (:data:`_SUBORDINATORS`): then a word ending as a future is no verb of it
    ("Irán aumentó la producción", "Beltrán dimitió": a name opening the sentence, red team rvq52).
    The past is read in ``lang``, the language whose future's ending the word has: German "las"
    (read) is an article of "las tarifas subirán" (task q58: any language's past decided)."""
    return not _SUBORDINATORS.intersection(words) and first_tense(" ".join(written), lang) == "past"


def _russian_non_past(written: list[str]) -> bool:
    """Whether ``written`` (a sentence's words as written) holds a Russian verb of the present or
    the perfective future (:data:`_RU_NON_PAST`) after its first word, and no past
    (:data:`_RU_PAST`) written in lowercase after it: a subject noun opening the sentence may end
    as a past does ("Правила изменят", "Канал закроют")."""
    folded = [fold_word(w) for w in written]
    if not any("\u0400" <= c <= "\u04ff" for w in folded for c in w):
        return False
    if any((len(fold_word(w)) >= 4 or fold_word(w) == "был") and w[:1].islower() and fold_word(w).endswith(_RU_PAST)
           for w in written[1:]):  # ("был избит": a past, red team rvq56's survey alarm)
        return False  # not the first word nor a capitalised one: "Правила", "Канал", "Число" are nouns (review of rules 41)
    if any(_RU_SHORT_PARTICIPLE.fullmatch(f) for f in folded[1:]):
        return False  # "Этот бюджет принят": a done deed, and "бюджет" no present (rules 43)
    return any(w[:1].islower() and len(w) >= 5 and fold_word(w).endswith(_RU_NON_PAST) for w in written[1:])
