"""A note on a piece's own history: a correction when it says the piece was updated, an editor's note when it says
the text was left as it was.

The convention (bench/labels/README.md, "noticeleft51"), the shared set's own ("update wins over republication",
../shared/bench/disclaimers/README.md): a line saying the piece was first published, on a date, on this site or in
another outlet, and later updated, revised or added to, is an update notice about the article, a ``correction``, in
every language ("The article was originally published in April 2020 and was updated in April 2024", "Cet article,
initialement publié en avril 2017, a fait l'objet d'une mise à jour", "Diesen Beitrag habe ich 2017 erstmals
veröffentlicht und zuletzt 2020 aktualisiert", "... originally published in The Conversation. It has been updated.").
Rounds b14notice and b15notice had made the English forms editor's notes and rvn49 the ones naming an outlet
republications, against the shared set's labels: the kind hung on the language and the wording.

An update note saying the text below was left as it was ("(Update April, 2011: ... I have left the original post
unchanged and unedited.)", "Der ursprüngliche Text bleibt unverändert") updates nothing: an editor's note, unless it
also says what was wrong ("corrected", "error", "incorrectly").
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: Between the first publication and the update: the rest of its sentence, and at most the short sentence after it
#: ("... originally published in The Conversation. It has been updated.", "... erschien zuerst in X. Er wurde 2024
#: aktualisiert.").
_THEN = r"[^.!?]{0,80}(?:[.!?]\s+[^.!?]{0,40})?"
#: First published, then refreshed: the two verbs in order (EN DE FR ES PT IT RU; German also with its participles
#: last, "erstmals im Januar 2018 veröffentlicht und 2024 ergänzt"; Spanish, Portuguese and Italian also "por primera
#: vez", "pela primeira vez", "per la prima volta" and the preterite "se publicó ... se actualizó", French "publié
#: initialement", review rvn51).
_PUBLISHED_THEN_UPDATED = lazy_re.compile(
    r"\b(originally|first) (published|posted|written|appeared)\b" + _THEN + r"\b(updated|refreshed|revised)\b|"
    r"\b(erschien|veröffentlicht) (ursprünglich|erstmals|zuerst)\b" + _THEN + r"\b(aktualisiert|überarbeitet|ergänzt)\b|"
    r"\b(ursprünglich|erstmals|zuerst)\b[^.!?]{0,80}\b(veröffentlicht|erschienen)\b" + _THEN +
    r"\b(aktualisiert|überarbeitet|ergänzt)\b|"
    r"\b((initialement|d['’]abord) publié\w*|publié\w* (initialement|d['’]abord|à l['’]origine|pour la première fois))\b"
    + _THEN + r"\b(mise? à jour|actualisé|révisé)\w*|"
    r"\b(publicad[oa] originalmente|originalmente publicad[oa]|se publicó (originalmente|por primera vez)|"
    r"publicad[oa] (por primera vez|inicialmente|pela primeira vez))\b" + _THEN +
    r"\b(actualiz(ad[oa]|ó)|atualiz(ad[oa]|ou)|revisad[oa])\b|"
    r"\b(pubblicat[oa] (originariamente|per la prima volta|inizialmente)|originariamente pubblicat[oa])\b" + _THEN +
    r"\b(aggiornat[oa]|rivist[oa])\b|"
    r"\b(впервые|первоначально) опубликован\w*\b" + _THEN + r"\bобновл\w*",
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


def history_kind(kind: str, text: str) -> str:
    """The kind of a correction, republication or editor's note candidate that speaks of the piece's own history
    (see the module's docstring), ``kind`` otherwise: first published then updated, a ``correction`` whatever the
    language, the date or the outlet; an update note saying the text was left unchanged, with nothing said wrong, an
    ``editors_note``."""
    if kind not in ("correction", "republished_from", "editors_note"):
        return kind
    if _PUBLISHED_THEN_UPDATED.search(text):
        return "correction"
    if kind == "correction" and _LEFT_UNCHANGED.search(text) and not _WRONG.search(text):
        return "editors_note"
    return kind


#: A dateline's words: the labels of a first publication and an update, as participles and as nouns ("Última
#: actualización", "Ultimo aggiornamento", "Dernière mise à jour", "Letzte Aktualisierung", "Последнее обновление":
#: noticeleft54, a republication cue's line with such a dateline was reported as a republication), month and weekday
#: names, prepositions ("Originally published in March 2022. Last updated on December 20, 2024.": notices-blind26)
#: and the clock's words (EN DE FR ES PT IT RU).
_DATELINE_WORD = lazy_re.compile(
    r"(first|originally|initially|published|posted|last|updated|modified|edited|update|publication|date|"
    r"erstmals|zuerst|ursprünglich|veröffentlicht|erschienen|zuletzt|aktualisiert|geändert|bearbeitet|letzte|"
    r"aktualisierung|veröffentlichung|stand|"
    r"initialement|publiée?|mise?|jour|modifiée?|actualisée?|dernière|publication|"
    r"originalmente|inicialmente|publicad[oa]|actualizad[oa]|atualizad[oa]|modificad[oa]|última|último|"
    r"actualización|atualização|publicación|publicação|fecha|data|"
    r"originariamente|pubblicat[oa]|aggiornat[oa]|modificat[oa]|ultimo|ultima|aggiornamento|pubblicazione|"
    r"впервые|опубликован[оа]?|обновлен[оа]?|изменен[оа]?|последнее|обновление|публикаци[яи]|"
    r"on|at|in|the|of|and|am|im|um|uhr|und|le|la|à|a|en|et|el|de|del|las|y|il|nel|alle|ore|e|em|às|do|da|di|h|в|года|"
    r"году|г|и)|"
    r"(jan|feb|apr|jun|jul|aug|sep|oct|nov|januar|februar|märz|juni|juli|oktober|dezember|"
    r"janv|févr|avr|juin|juil|août|déc|ene|abr|dic|fev|dez|giu|lug|ott|"
    r"янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*|"
    r"mar|mars|march|marzo|março|may|mayo|mai|maio|maggio|dec|december|ago|agosto|gen|gennaio|mag|out|outubro|set|"
    r"settembre|setembro|sept|september|septembre|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|"
    r"saturday|sun|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(segunda|terça|quarta|quinta|sexta)(-feira)?|feira|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье", re.IGNORECASE)
#: A date's or a time's figures ("3.", "18.00", "14h05", "03/05/2024", "10:12") or a time zone ("BST", "MESZ").
_DATELINE_FIGURE = lazy_re.compile(r"\d[\d.:/h-]*|(?-i:(BST|GMT|UTC|CET|CEST|MEZ|MESZ|WET|WEST|EET|EEST|MSK|EST|EDT|"
                                   r"CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|AEST|AEDT))([+-]\d{1,2})?")
#: The first publication's label word and the update's, both of which a dateline holds.
_DATELINE_PUBLISHED = lazy_re.compile(
    r"\b(published|posted|veröffentlicht|erschienen|publié|publicad[oa]|pubblicat[oa]|опубликован\w*)", re.IGNORECASE)
_DATELINE_UPDATED = lazy_re.compile(
    r"\b(updated?|modified|aktualisiert|aktualisierung|geändert|mise? à jour|modifié|actualisé|actualizad[oa]|"
    r"actualización|atualizad[oa]|atualização|modificad[oa]|aggiornat[oa]|aggiornamento|modificat[oa]|обновлен\w*|"
    r"изменен\w*)", re.IGNORECASE)


def dateline(text: str) -> bool:
    """Whether a history candidate is a page's dateline, labels and dates only ("First published on Mon 2 May 2024
    18.00 BST · Last updated on Tue 3 May 2024 14.05 BST", "Erstmals veröffentlicht am 3. Mai 2024, zuletzt
    aktualisiert am 5. Mai 2024 um 14:05 Uhr"): when the page was published and updated, no outlet it came from and
    nothing said of the text, no notice (review rvn51: extractor 109 reported the German one as a correction, 108 as
    a republication, and both the English one as a republication). A word of a sentence, a name or an outlet ("by The
    Example Review", "This article was ...") makes it none."""
    if not (any(c.isdigit() for c in text) and _DATELINE_PUBLISHED.search(text) and _DATELINE_UPDATED.search(text)):
        return False  # (a first publication's date alone, "Erstmals veröffentlicht am 25. März 2020.", is left as it was)
    words = [w for w in re.split(r"[\s,;·•|–—()]+", text) if w.strip(".:-")]
    return all(_DATELINE_FIGURE.fullmatch(w.strip(",.:")) or _DATELINE_WORD.fullmatch(w.strip(",.:"))
               or w.strip(",.:").isdigit() for w in words)
