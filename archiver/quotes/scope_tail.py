"""A claim that holds on average, in the short term, or per some number of people: a quote that ends before the
phrase saying so states it outright (quote rules 88, red team q88).

"Workers earn €3,000 a month" is a verbatim part of "Workers earn €3,000 a month on average.", "The policy will lower
prices" of "The policy will lower prices in the short term.", "The disease kills 5 people" of "The disease kills 5
people per 100,000 each year.": an average is not what each earns, a short-term effect not a lasting one, a rate not a
count. The phrase is read right after the quote's end, after a comma or with no mark (a dash is read as any phrase of
time or population is: :mod:`archiver.quotes.dash_phrase`), in the seven languages (:data:`_PHRASE`): an average ("on
average", "im Durchschnitt", "en moyenne", "en promedio", "in media", "em média", "в среднем"), a short or near term
("in the short term", "auf kurze Sicht", "à court terme", "a corto plazo", "a breve termine", "a curto prazo", "в
краткосрочной перспективе"), and a rate's base ("per 100,000", "per capita", "pro 100.000", "pour 100 000", "por cada
100.000", "ogni 100.000", "por 100 mil", "на 100 тысяч"). A phrase the quote takes in is the quote's: nothing left off.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import GAP

_S = GAP
#: A number of a rate's base ("100,000", "100 000", "100.000", "1000", "100 mil", "100 тысяч").
_BASE = r"\d{1,3}(?:[,. \u00a0\u202f]\d{3})*(?:" + _S + r"(?:mil|тысяч\w*|000))?"
_PHRASE = re.compile(
    r"(?P<phrase>on" + _S + r"(?:an" + _S + r")?average|in" + _S + r"the" + _S + r"(?:short|near)" + _S
    + r"(?:term|run)|per" + _S + r"(?:capita|head|" + _BASE + r")"
    + r"|im" + _S + r"(?:durchschnitt|schnitt|mittel)|auf" + _S + r"kurze" + _S + r"sicht|(?:pro|je)" + _S + r"(?:kopf|" + _BASE + r")"
    + r"|en" + _S + r"moyenne|à" + _S + r"court" + _S + r"terme|pour" + _S + _BASE
    + r"|en" + _S + r"promedio|de" + _S + r"media|a" + _S + r"corto" + _S + r"plazo|por" + _S + r"cada" + _S + _BASE
    + r"|in" + _S + r"media|a" + _S + r"breve" + _S + r"termine|ogni" + _S + _BASE
    + r"|em" + _S + r"média|a" + _S + r"curto" + _S + r"prazo|(?:por|a" + _S + r"cada)" + _S + _BASE
    + r"|в" + _S + r"среднем|в" + _S + r"краткосрочной" + _S + r"перспективе|на" + _S + _BASE + r")(?![^\W\d_])",
    re.IGNORECASE)


#: The phrase closes its clause within this many words ("a month on average.", "on average across the region."): one
#: opening the rest of a clause is that clause's ("lief im Schnitt fast jeder zweite Angriff über Rivers", the faithful
#: survey), and what the quote left off is the clause, not the phrase.
CLAUSE_WORDS = 4
CLAUSE_END = re.compile(r"(?:[ \t\u00a0\u202f]*[^\s.,;:!?]+){0," + str(CLAUSE_WORDS) + r"}[ \t\u00a0\u202f]*(?:[.,;:!?)\n]|$)")


def scope_tail(after: str, at: int) -> re.Match[str] | None:
    """The phrase of an average, a short term or a rate's base (:data:`_PHRASE`) starting at ``after[at]`` and closing
    its clause within :data:`CLAUSE_WORDS` words, if any: the text right after a quote's end, past its comma or the
    space before it. (German "kurzfristig" is left out: as often "at short notice" as "in the short term".)"""
    m = _PHRASE.match(after, at)
    return m if m is not None and CLAUSE_END.match(after, m.end()) is not None else None


#: A part, a degree or the present a claim holds in (quote rules 92, red team q92): "to some extent", "to a large
#: degree", "in places", "en partie", "dans une certaine mesure", "en parte", "in parte", "em parte", "bis zu einem
#: gewissen Grad", "отчасти"; "at present", "at the moment", "derzeit", "actuellement", "actualmente", "attualmente",
#: "atualmente", "в настоящее время". Not "in part" of English, read already as a restriction; "at the moment" only
#: closing its clause ("opened at the moment the mayor arrived" names a time).
_PART = re.compile(
    r"(?:to" + _S + r"(?:some|a" + _S + r"(?:certain|large|great|limited|small)|a|some" + _S + r"small)" + _S
    + r"(?:extent|degree)|in" + _S + r"(?:places|parts|some" + _S + r"places)"
    + r"|(?:en|in|em)" + _S + r"(?:partie|parte)|dans" + _S + r"une" + _S + r"certaine" + _S + r"mesure"
    + r"|hasta" + _S + r"cierto" + _S + r"punto|fino" + _S + r"a" + _S + r"un" + _S + r"certo" + _S + r"punto"
    + r"|até" + _S + r"certo" + _S + r"ponto|bis" + _S + r"zu" + _S + r"einem" + _S + r"gewissen" + _S + r"grad"
    + r"|in" + _S + r"gewissem" + _S + r"ma(?:ß|ss)e|zum" + _S + r"teil|отчасти|частично|в" + _S + r"некоторой" + _S
    + r"степени"
    + r"|at" + _S + r"(?:present|the" + _S + r"moment)|derzeit|zurzeit|momentan|actuellement|actualmente|attualmente"
    + r"|atualmente|в" + _S + r"настоящее" + _S + r"время)(?![^\W\d_])",
    re.IGNORECASE)


def part_tail(after: str, at: int) -> re.Match[str] | None:
    """The phrase of a part, a degree or the present (:data:`_PART`) starting at ``after[at]`` and closing its clause
    within :data:`CLAUSE_WORDS` words, if any."""
    m = _PART.match(after, at)
    if m is None or CLAUSE_END.match(after, m.end()) is None:
        return None
    if m.group().casefold().startswith("at") and _CLOSES.match(after, m.end()) is None:
        return None  # "opened at the moment the mayor arrived": a time, no "for now"
    return m


#: Nothing but a mark (or the text's end) after a phrase: it closes its clause right there.
_CLOSES = re.compile(r"[ \t\u00a0\u202f]*(?:[.,;:!?)\n]|$)")
