"""A quote cut right after a denied word of evidence: what no one has shown, stated as shown (quote rules 24).

"the new law has reduced crime" is a verbatim part of "There is no evidence the new law has
reduced crime", "the vaccine is safe" of "Nobody has shown the vaccine is safe", "le vaccin est
sûr" of "Rien ne prouve que le vaccin est sûr", "la vacuna es segura" of "Nadie ha demostrado que
la vacuna es segura": the source says the claim is not shown; the quote states it. A word of
evidence, proof or certainty (:data:`EVIDENCE_WORDS`: "evidence", "proof", "sign", "shown",
"suggest", "clear", "Beleg", "erwiesen", "preuve", "prouve", "pruebas", "demostrado") right
before the match, or before its "that" ("dass", "que", "de que", "dafür, dass"), counts when
a negation or a word saying hardly any stands among the :data:`_REACH` words before it in its
clause ("no evidence", "no clear evidence", "nothing to suggest", "has not been shown", "little
evidence", "far from certain", "peu probable que"): :func:`unproven_before`. A quote that ends
right before its clause's verb is that clause's subject and claims nothing (as after a denial:
:func:`archiver.quotes.lead_word.dropped_lead`). A word of evidence with no negation before it
("evidence that the plan works", "studies show the plan works") says the claim is shown, and is
not read. A verb of saying after an adverb that calls what is said false ("falsely claimed the
suspect was armed", "wrongly said that", :data:`FALSELY`) counts in the same way: the source says
the claim is false.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import REPORTING_WORDS, WORD, fold_word, is_negation

#: Words of evidence, proof, showing or certainty, whose clause after them a negation before them
#: says is not shown ("no evidence the", "not been proven that", "Rien ne prouve que").
EVIDENCE_WORDS = frozenset([
    "evidence", "proof", "sign", "signs", "indication", "indications", "suggest", "suggests", "show", "shows",
    "shown", "showed", "prove", "proves", "proven", "proved", "demonstrate", "demonstrated", "establish",
    "established", "clear", "certain", "sure", "known", "data", "confirm", "confirmed", "verify", "verified",
    "bestätigt", "bestätigen", "confirmé", "confirmado",
    "beweis", "beweise", "beleg", "belege", "hinweis", "hinweise", "anzeichen", "erwiesen", "belegt", "bewiesen",
    "nachgewiesen", "gezeigt", "klar", "sicher", "bekannt",
    "preuve", "preuves", "prouve", "prouvé", "prouvée", "démontré", "montré", "signe", "indice", "indices", "établi",
    "sûr", "clair", "probable",
    "prueba", "pruebas", "evidencia", "evidencias", "demostrado", "probado", "indicios", "claro", "seguro", "cierto",
    "prova", "prove", "dimostrato", "provato", "comprovado", "provas",
])
#: Adverbs that before a verb of saying call what is said false ("falsely claimed the suspect was
#: armed", "wrongly said", "fälschlicherweise behauptet", "faussement affirmé").
FALSELY = frozenset(["falsely", "wrongly", "baselessly", "erroneously", "mistakenly", "untruthfully", "fälschlich",
                     "fälschlicherweise", "faussement", "falsamente", "erróneamente", "erroneamente"])
#: Words between a word of evidence and its clause ("no evidence that", "keine Belege dafür,
#: dass", "no hay pruebas de que").
_LINKS = frozenset(["that", "dass", "dafür", "darauf", "que", "qu'", "de", "d'", "che", "di"])
#: Words that say hardly any before a word of evidence ("little evidence", "scant proof", "peu
#: probable", "poco probable", "wenig Hinweise").
_HARDLY_ANY = frozenset(["little", "scant", "few", "peu", "poco", "pocas", "pocos", "wenig", "wenige", "kaum"])
#: How many words before the word of evidence the negation may stand ("no clear scientific evidence").
_REACH = 3
_LOOK_BACK = 60
_WORD_BEFORE = re.compile(rf"({WORD}),?[ \t\u00a0\u202f]+$")
_WORD = re.compile(rf"({WORD})")
#: What parts a negation from the word of evidence: a clause or sentence mark.
_MARK = re.compile(r"[.!?;:,()\u2013\u2014]")


def unproven_before(original: str, m: re.Match[str], language: str | None) -> tuple[int, int] | None:
    """Where the words "no evidence (that)", "nothing to suggest", "Rien ne prouve que" stand (start,
    end in ``original``), when ``m`` (the word right before a match) is a word of
    :data:`EVIDENCE_WORDS`, or a link (:data:`_LINKS`, at most two: "de que") after one, and a
    negation or a word saying hardly any stands among the :data:`_REACH` words before it in its
    clause."""
    word: re.Match[str] | None = m
    for _ in range(2):
        if word is None or fold_word(word.group(1)) not in _LINKS:
            break
        word = _WORD_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start())
    if word is None:
        return None
    if fold_word(word.group(1)) in REPORTING_WORDS:  # "falsely claimed (that)", "fälschlicherweise behauptet"
        adverb = _WORD_BEFORE.search(original, max(0, word.start() - _LOOK_BACK), word.start())
        return (adverb.start(1), m.end(1)) if adverb is not None and fold_word(adverb.group(1)) in FALSELY else None
    if fold_word(word.group(1)) not in EVIDENCE_WORDS:
        return None
    lo = max(0, word.start() - _LOOK_BACK)
    marks = [x.end() for x in _MARK.finditer(original, lo, word.start())]
    before = list(_WORD.finditer(original, marks[-1] if marks else lo, word.start()))[-_REACH:]
    for i, w in enumerate(before):
        folded = fold_word(w.group(1))
        far_from = folded == "far" and i + 1 < len(before) and fold_word(before[i + 1].group(1)) == "from"
        if folded in _HARDLY_ANY or far_from or is_negation(folded, language):
            return w.start(1), m.end(1)
    return None
