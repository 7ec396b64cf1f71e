"""A finding the source says holds in a group of people: a quote that ends before that group states it of everyone
(quote rules 95, red team q95).

"The drug cures cancer" is a verbatim part of "The drug cures cancer in children.", "The vaccine prevents severe
illness" of "... in older adults.", "Das Medikament senkt das Risiko" of "... bei Kindern.", "Le médicament réduit la
mortalité" of "... chez les enfants.": a result found in one group, quoted as holding for all. Rules 87 read the
laboratory's animals and cells (:mod:`archiver.quotes.lab_scope`); a dash set off a population since rules 32
(:mod:`archiver.quotes.dash_phrase`). With no mark or after a comma, a group is read here, narrowly: a preposition of a
group ("in", "among"; not "for": "a joke a day for the kids" is whom it is for; "bei", "unter", "chez", "parmi", "en", "entre", "nei", "tra", "em", "у", "среди"), at most two
words of article or adjective ("in older adults", "bei jungen Frauen", "chez les personnes âgées"), and a noun of an
age, a sex, a condition or a role of people taking part in a study (:data:`_GROUPS`: children, adults, women, men,
patients, smokers, pregnant women, the elderly ...), closing its clause within four words ("in children under five.").

Not a place ("Unemployment rose in Germany": a place is where a figure is counted, and rules 83's reverted draft, which
read places and times after any comma, refused twelve faithful cuts), not "people" alone, not a possessive ("in
children's hospitals", "women's football"), and not a phrase the quote takes in.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP
from archiver.quotes.scope_tail import CLAUSE_END

_S = GAP
#: Up to two words of article or adjective between the preposition and the group ("older", "les", "jungen"), in small
#: letters: "in Germany among women" is read from "among".
_WORDS_BEFORE = r"(?:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ][\w'\u2019-]*" + _S + r"){0,2}"
#: The group nouns, by language, after their prepositions.
_GROUPS = {
    "en": (r"(?:in|among)" + _S, r"children|kids|infants|babies|newborns|toddlers|adolescents|teenagers|teens"
           r"|adults|the" + _S + r"elderly|elderly" + _S + r"people|seniors|women|men|girls|boys|patients|smokers"
           r"|non-smokers|pregnant" + _S + r"women|young" + _S + r"people|older" + _S + r"people|volunteers|participants"
           r"|people" + _S + r"(?:over|under|aged|with)" + _S + r"[^\s.,;:!?]+"),
    "de": (r"(?:bei|unter)" + _S, r"Kindern|Kleinkindern|Säuglingen|Jugendlichen|Erwachsenen|Senioren|Frauen|Männern"
           r"|Mädchen|Jungen|Patienten|Patientinnen|Rauchern|Schwangeren|Menschen" + _S + r"über" + _S + r"\d+"
           r"|älteren" + _S + r"Menschen|jungen" + _S + r"Menschen|Probanden|Teilnehmern"),
    "fr": (r"(?:chez|parmi)" + _S, r"enfants|nourrissons|bébés|adolescents|jeunes|adultes|seniors|femmes|hommes|filles"
           r"|garçons|patients|patientes|fumeurs|femmes" + _S + r"enceintes|personnes" + _S + r"âgées|personnes"
           r"" + _S + r"de" + _S + r"plus" + _S + r"de" + _S + r"\d+" + _S + r"ans|participants|volontaires"),
    "es": (r"(?:en|entre)" + _S, r"niños|niñas|bebés|lactantes|adolescentes|jóvenes|adultos|ancianos|mujeres|hombres"
           r"|pacientes|fumadores|embarazadas|mujeres" + _S + r"embarazadas|personas" + _S + r"mayores|voluntarios"
           r"|participantes"),
    "it": (r"(?:in|nei|negli|nelle|tra|fra)" + _S, r"bambini|neonati|adolescenti|giovani|adulti|anziani|donne|uomini"
           r"|pazienti|fumatori|donne" + _S + r"incinte|persone" + _S + r"anziane|volontari|partecipanti"),
    "pt": (r"(?:em|nas|nos|entre)" + _S, r"crianças|bebês|bebés|adolescentes|jovens|adultos|idosos|mulheres|homens"
           r"|pacientes|fumantes|fumadores|gestantes|grávidas|pessoas" + _S + r"idosas|voluntários|participantes"),
    "ru": (r"(?:у|среди)" + _S, r"детей|младенцев|подростков|молодежи|молодёжи|взрослых|пожилых(?:" + _S
           + r"людей)?|женщин|мужчин|пациентов|больных|курильщиков|беременных|добровольцев|участников"),
}
_PHRASE = re.compile(
    "(?:" + "|".join(f"(?:{prep}{_WORDS_BEFORE}(?:{nouns}))" for prep, nouns in _GROUPS.values()) + r")(?![\w'\u2019-])")


#: Words after a group that make it everyone ("in children and adults alike", "bei Kindern und Erwachsenen
#: gleichermaßen").
_ALIKE = frozenset(["alike", "both", "gleichermaßen", "gleichermassen", "également", "igualmente", "ugualmente",
                    "всех"])
#: Groups that with their complement name everyone: "in children and adults", "in men and women", "chez les hommes et
#: les femmes" (review of rules 18's "works in children and adults alike": faithful).
_COMPLEMENTS = frozenset(frozenset(pair) for pair in [
    ("children", "adults"), ("men", "women"), ("boys", "girls"), ("kindern", "erwachsenen"), ("männern", "frauen"),
    ("enfants", "adultes"), ("hommes", "femmes"), ("niños", "adultos"), ("hombres", "mujeres"), ("bambini", "adulti"),
    ("uomini", "donne"), ("crianças", "adultos"), ("homens", "mulheres"), ("детей", "взрослых"), ("мужчин", "женщин")])
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def group_scope(after: str, at: int) -> re.Match[str] | None:
    """The phrase of a group of people (:data:`_PHRASE`) starting at ``after[at]`` and closing its clause within
    :data:`archiver.quotes.scope_tail.CLAUSE_WORDS` words (scope_tail's clause end), if any: the text right after a
    quote's end, past its comma or the space before it.
    Not a group named with its complement or with "alike": that is everyone (:data:`_COMPLEMENTS`, :data:`_ALIKE`)."""
    m = _PHRASE.match(after, at)
    rest = CLAUSE_END.match(after, m.end()) if m is not None else None
    if m is None or rest is None:
        return None
    named = {w.casefold() for w in _WORD.findall(m.group() + rest.group())}
    if named & _ALIKE or any(pair <= named for pair in _COMPLEMENTS):
        return None
    return m
