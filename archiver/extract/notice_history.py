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
#: last, "erstmals im Januar 2018 veröffentlicht und 2024 ergänzt").
_PUBLISHED_THEN_UPDATED = lazy_re.compile(
    r"\b(originally|first) (published|posted|written|appeared)\b" + _THEN + r"\b(updated|refreshed|revised)\b|"
    r"\b(erschien|veröffentlicht) (ursprünglich|erstmals|zuerst)\b" + _THEN + r"\b(aktualisiert|überarbeitet|ergänzt)\b|"
    r"\b(ursprünglich|erstmals|zuerst)\b[^.!?]{0,80}\b(veröffentlicht|erschienen)\b" + _THEN +
    r"\b(aktualisiert|überarbeitet|ergänzt)\b|"
    r"\b(initialement|d['’]abord) publié\w*\b" + _THEN + r"\b(mise? à jour|actualisé|révisé)\w*|"
    r"\b(publicad[oa] originalmente|originalmente publicad[oa])\b" + _THEN +
    r"\b(actualizad[oa]|atualizad[oa]|revisad[oa])\b|"
    r"\b(pubblicat[oa] originariamente|originariamente pubblicat[oa])\b" + _THEN + r"\b(aggiornat[oa]|rivist[oa])\b|"
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
