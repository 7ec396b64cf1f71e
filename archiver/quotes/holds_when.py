"""A present claim cut before the recurring time it holds at, or the group an access or a price holds for (quote rules
104).

"The road is closed" is a verbatim part of "The road is closed at night.", "Parking is free" of "Parking is free after
6 pm." and of "Parking is free for residents.", "Il museo è gratuito" of "... la domenica.": the source says when, or
for whom, the state holds; the quote, that it holds. Red team q104 found 8 of 14 such cuts ``exact`` ("The museum is
free [on Mondays]" and Spanish "[los domingos]" were read already, by the days' bound).

Read right after the quote's end (no mark or a comma), in six languages:

* a recurring or partial time (:data:`_WHEN`: "at night", "on weekends", "on weekdays", "after 6 pm", "in winter",
  "nachts", "am Wochenende", "ab 18 Uhr", "la nuit", "le dimanche", "en semaine", "por la noche", "los fines de
  semana", "la domenica", "di notte", "à noite", "aos domingos", "ночью", "по выходным") after a claim in the present
  (:func:`_present`: a present copula or "-s" verb of the quote: a past claim's time is when it happened);
* a group an access or a price holds for (:data:`_FOR_GROUP`: "for children", "for residents", "für Kinder", "pour les
  enfants", "para los niños", "per i residenti", "para crianças", "для детей") after a word of access or price ending
  the quote (:data:`_ACCESS`: "free", "open", "closed", "available", "banned", "mandatory", "kostenlos", "gratuit",
  "gratuito"): not "He wrote a book [for children]", an audience, nor "for everyone".
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP, REPORTING_WORDS, WORD, fold_word

_S = GAP
_DAYS_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_HOUR = r"\d{1,2}(?:[:.]\d{2})?" + r"(?:" + _S + r")?"
_WHEN = re.compile(
    r"(?:at" + _S + r"(?:night|weekends|the" + _S + r"weekend)|on" + _S + r"(?:weekends|weekdays|" + _DAYS_EN + r")"
    + r"|(?:after|before|from)" + _S + _HOUR + r"(?:a\.?m\.?|p\.?m\.?|o'clock)|in" + _S + r"(?:the" + _S
    + r")?(?:winter|summer|mornings|evenings)|during" + _S + r"(?:the" + _S + r"week|weekdays|rush" + _S + r"hour"
    + r"|school" + _S + r"holidays|the" + _S + r"(?:winter|summer|night))"
    + r"|nachts|abends|morgens|werktags|(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)"
    + r"|am" + _S + r"(?:Wochenende|Abend|Morgen|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch)|an" + _S
    + r"(?:Wochenenden|Werktagen|Sonntagen)|(?:ab|nach)" + _S + _HOUR + r"Uhr|im" + _S + r"(?:Winter|Sommer)"
    + r"|la" + _S + r"nuit|le" + _S + r"(?:soir|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    + r"|les" + _S + r"(?:week-ends|dimanches|samedis)|en" + _S + r"(?:semaine|hiver|été)|après" + _S + _HOUR + r"h"
    + r"|por" + _S + r"la" + _S + r"(?:noche|mañana|tarde)|los" + _S + r"(?:fines" + _S + r"de" + _S + r"semana"
    + r"|lunes|martes|miércoles|jueves|viernes|sábados|domingos)|entre" + _S + r"semana|en" + _S + r"(?:invierno"
    + r"|verano)|después" + _S + r"de" + _S + r"las" + _S + r"\d{1,2}"
    + r"|(?:di|la)" + _S + r"notte|la" + _S + r"(?:domenica|sera|mattina)|il" + _S + r"(?:fine" + _S + r"settimana"
    + r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato)|nei" + _S + r"fine" + _S + r"settimana|d['\u2019]inverno"
    + r"|in" + _S + r"(?:inverno|estate)|dopo" + _S + r"le" + _S + r"\d{1,2}"
    + r"|à" + _S + r"noite|aos" + _S + r"(?:domingos|sábados|fins" + _S + r"de" + _S + r"semana)|nos" + _S
    + r"fins" + _S + r"de" + _S + r"semana|no" + _S + r"(?:inverno|verão)|depois" + _S + r"das" + _S + r"\d{1,2}"
    + r"|ночью|вечером|по" + _S + r"(?:выходным|будням|воскресеньям|субботам)|в" + _S + r"выходные|зимой|летом"
    + r")(?![^\W\d_])(?!" + _S + r"\d)", re.IGNORECASE)  # not a date: "le lundi 3 mars" (red team q24)
#: A group an access or a price holds for.
_FOR_GROUP = re.compile(
    r"(?:for" + _S + r"(?:(?:all" + _S + r")?(?:children|kids|residents|members|students|seniors|pensioners"
    + r"|locals|citizens|subscribers|employees|staff|veterans|women|men|under-\d+s|over-\d+s)|EU" + _S + r"citizens)"
    + r"|für" + _S + r"(?:Kinder|Mitglieder|Anwohner|Studierende|Studenten|Senioren|Rentner|Abonnenten|Einheimische)"
    + r"|pour" + _S + r"les" + _S + r"(?:enfants|membres|résidents|habitants|étudiants|seniors|abonnés)"
    + r"|para" + _S + r"(?:los" + _S + r")?(?:niños|socios|residentes|vecinos|estudiantes|jubilados|abonados)"
    + r"|per" + _S + r"(?:i|gli)" + _S + r"(?:bambini|residenti|soci|studenti|anziani|abbonati)"
    + r"|para" + _S + r"(?:as" + _S + r"|os" + _S + r")?(?:crianças|sócios|moradores|estudantes|idosos|assinantes)"
    + r"|для" + _S + r"(?:детей|членов|жителей|студентов|пенсионеров|подписчиков)"
    + r")(?![^\W\d_])", re.IGNORECASE)
#: Words of access or price a group may scope.
_ACCESS = frozenset(["free", "open", "closed", "available", "banned", "allowed", "permitted", "mandatory", "compulsory",
                     "cheaper", "discounted", "reserved", "kostenlos", "frei", "gratis", "geöffnet", "offen",
                     "gesperrt", "verboten", "erlaubt", "pflicht", "gratuit", "gratuite", "gratuits", "gratuites",
                     "ouvert", "ouverte", "fermé", "fermée", "interdit", "interdite", "obligatoire", "gratuito",
                     "gratuita", "abierto", "abierta", "cerrado", "cerrada", "prohibido", "obligatorio", "aperto",
                     "aperta", "chiuso", "chiusa", "vietato", "obbligatorio", "aberto", "aberta", "fechado", "fechada",
                     "proibido", "obrigatório", "бесплатно", "бесплатный", "бесплатная", "открыт", "открыта",
                     "закрыт", "закрыта", "запрещен", "запрещено", "обязателен"])
#: Present copulas and verbs of state of the six languages.
_PRESENT = frozenset(["is", "are", "remains", "remain", "stays", "stay", "ist", "sind", "bleibt", "bleiben", "est",
                      "sont", "reste", "restent", "es", "está", "son", "están", "sigue", "è", "sono", "resta", "é",
                      "são", "estão", "fica", "continua"])
#: Words after the phrase that make it one more time or group, not the only one ("on Sundays, too").
_ADDITIVE = re.compile(r"[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*(?:too|also|as" + _S + r"well|auch|ebenfalls|aussi|également"
                       r"|también|anche|pure|também|тоже|также)(?![^\W\d_])", re.IGNORECASE)
#: Russian past and future copulas: a claim with one is not in the present.
_RUSSIAN_NOT_PRESENT = frozenset(["был", "была", "было", "были", "будет", "будут"])
_WORDS = re.compile(WORD)


def _present(quote_text: str) -> bool:
    """Whether the quote states its claim in the present: a present copula or verb of state, or an English verb in
    "-s" after its first word ("The line runs"); in Russian, no past tense ("-л", "-ла") nor past or future copula."""
    words = [fold_word(w) for w in _WORDS.findall(quote_text)]
    if words and all("\u0400" <= c <= "\u04ff" for c in words[0]):  # Russian has no present copula: "Мост закрыт"
        return not any(w in _RUSSIAN_NOT_PRESENT or w.endswith(("л", "ла", "ло", "ли")) for w in words)
    return any(w in _PRESENT for w in words) or any(
        len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in words[1:3])


def holds_when(quote_text: str, after: str, at: int) -> tuple[re.Match[str], str] | None:
    """The phrase starting at ``after[at]`` that says when or for whom the quote's present claim holds, and what it
    does (module docstring), or None."""
    last = [fold_word(w) for w in _WORDS.findall(quote_text)]
    if not _present(quote_text) or any(w in REPORTING_WORDS for w in last[-3:]):
        return None  # (a time after "sagte sie" is when she said it: red team rvq61's '"Der Plan ist tot", sagte sie')
    m = _WHEN.match(after, at)
    what = "says when it holds (a recurring or partial time)"
    if m is None and last and last[-1] in _ACCESS:
        m, what = _FOR_GROUP.match(after, at), "says whom it holds for"
    if m is None or _ADDITIVE.match(after, m.end()) is not None:
        return None  # "open on Sundays, too", "gratuit le dimanche aussi": more times, no limit (red teams rvq51-52)
    return m, what
