"""A note on a piece's own history, read as an editor's note rather than a correction.

A correction says something in the piece was wrong and is now fixed. Two notes an author writes about a
piece say no such thing, though their words ("Update", "was updated") are a correction's cues:

- the piece's publishing history in one sentence: first published on one date, refreshed on a later one
  ("The article was originally published in April 2020 and was updated in April 2024 to make it more relevant",
  "Dieser Artikel erschien ursprünglich 2020 und wurde 2024 aktualisiert");
- an update note saying the text below was left as it was ("(Update April, 2011: ... I have left the original
  post unchanged and unedited.)", "Der ursprüngliche Text bleibt unverändert").

Both were reported as corrections on blind14's first run (bench/labels/README.md, round b14notice). A note that
also says what was wrong ("corrected", "error", "incorrectly") stays a correction.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: First published, then refreshed: the two verbs in one sentence, the first before the second (EN DE FR ES PT IT RU).
_PUBLISHED_THEN_UPDATED = lazy_re.compile(
    r"\b(originally|first) (published|posted|written)\b[^.!?]{0,80}\b(updated|refreshed|revised)\b|"
    r"\b(erschien|veröffentlicht) (ursprünglich|erstmals|zuerst)\b[^.!?]{0,80}\b(aktualisiert|überarbeitet)\b|"
    r"\b(initialement|d['’]abord) publié\w*\b[^.!?]{0,80}\b(mis à jour|actualisé|révisé)\w*|"
    r"\b(publicad[oa] originalmente|originalmente publicad[oa])\b[^.!?]{0,80}\b(actualizad[oa]|atualizad[oa]|revisad[oa])\b|"
    r"\b(pubblicat[oa] originariamente|originariamente pubblicat[oa])\b[^.!?]{0,80}\b(aggiornat[oa]|rivist[oa])\b|"
    r"\b(впервые|первоначально) опубликован\w*\b[^.!?]{0,80}\bобновл\w*",
    _F,
)

#: The text left as it was: nothing in it changed (EN DE FR ES PT IT RU).
_LEFT_UNCHANGED = lazy_re.compile(
    r"\b(unchanged|unedited|unaltered|as (it was )?originally (written|published))\b|\bunverändert\b|"
    r"\b(inchangé|tel qu['’]il a été publié)\w*|\b(sin cambios|sin modificar|inalterad[oa]|sem alterações)\b|"
    r"\b(invariat[oa]|inalterat[oa])\b|\bбез изменений\b",
    _F,
)

#: What a correction says: something was wrong (EN DE FR ES PT IT RU).
_WRONG = lazy_re.compile(
    r"\b(correct(ed|ion|s)?|error|errors|mistake\w*|incorrect\w*|misstated|misspelled|wrong\w*|inaccura\w*|"
    r"berichtigt|korrigiert|fehler\w*|falsch\w*|corrigé\w*|erreur\w*|corregid[oa]|error(es)?|corrigid[oa]|erro|"
    r"corrett[oa]|errore|исправлен\w*|ошибк\w*)\b",
    _F,
)


#: The first publication dated, not placed: "originally published on the 21st of June 2017", "in April 2020",
#: "erstmals im Januar 2018", "publié le 3 mai 2019" (a date after the verb and its preposition, not an outlet: "first
#: published in The Example Review" names where the piece came from, a republication).
_MONTH = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|"
          r"janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|fev|mai|out|dez|gen|mag|giu|lug|ott|"
          r"янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*")
_PUBLISHED_ON_A_DATE = lazy_re.compile(
    r"\b(published|posted|written|erschien|veröffentlicht|publié\w*|publicad[oa]|pubblicat[oa]|опубликован\w*)"
    r"(\s+(originally|first|ursprünglich|erstmals|zuerst|initialement|originalmente|originariamente))?"
    r"\s+(on|in|am|im|le|en|el|em|il|nel|nell['’]|в|во)\s+(the\s+)?(\d|" + _MONTH + r"\b)",
    _F,
)
#: An outlet named after the first publication's verb (review rvn49): a preposition and a capitalised word that is no
#: month or weekday ("originally published on 3 May 2024 by The Example Review", "on May 3, 2024, on Example Times"),
#: or a site's address: the piece came from there, a republication, whatever its date.
_NAMED_PLACE = lazy_re.compile(
    r"\b(by|in|on|at|from|bei|auf|von|par|sur|dans|chez|por|en|per|su|da|em|no|na|в|на)\s+"
    r"((the|der|die|das|dem|le|la|les|el|il|lo|o|a)\s+)?(?P<word>(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w'’.-]*)|"
    r"(?P<site>\b[\w-]+\.(com|org|net|co|io|de|fr|es|it|pt|ru|uk|ch|at|nl|eu)\b)", _F)
_DATE_WORD = lazy_re.compile(r"(" + _MONTH + r"|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|"
                             r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\w*$", _F)


def dated_history(text: str) -> bool:
    """Whether a republication candidate is a note on the piece's own history (:func:`history_note`) whose first
    publication is a date, not another outlet: "This post was originally published on the 21st of June 2017 and
    updated on the 18th of July 2025." is an editor's note (notices-blind15's round b15notice); "... originally
    published on 3 May 2024 by The Example Review and updated" names where it came from and stays a republication
    (review rvn49)."""
    m = _PUBLISHED_ON_A_DATE.search(text)
    return m is not None and history_note(text) and not _names_outlet(text, m.start())


def history_from_outlet(text: str) -> bool:
    """Whether a note on the piece's history (:func:`history_note`, first published then refreshed) names the outlet
    it was first published in ("This story was originally published on May 3, 2024, on The Example Review and has
    been updated."): a republication, not an editor's note (review rvn49)."""
    m = _PUBLISHED_THEN_UPDATED.search(text)
    return m is not None and not _WRONG.search(text) and _names_outlet(text, m.start())


def _names_outlet(text: str, start: int) -> bool:
    """Whether the sentence from ``start`` names a place of publication (:data:`_NAMED_PLACE`)."""
    sentence = re.split(r"(?<=[.!?])\s", text[start:], maxsplit=1)[0]
    return any(p["site"] or not _DATE_WORD.match(p["word"]) for p in _NAMED_PLACE.finditer(sentence))


def history_note(text: str) -> bool:
    """Whether a correction candidate is a note on the piece's own history (see the module's docstring): first
    published then refreshed, or the text left unchanged, and nothing said to be wrong."""
    if _WRONG.search(text):
        return False
    return bool(_PUBLISHED_THEN_UPDATED.search(text) or _LEFT_UNCHANGED.search(text))
