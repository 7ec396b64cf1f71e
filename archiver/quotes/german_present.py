"""German finite verbs of the present, read by their form: a claim a bound in time limits.

Why: :func:`archiver.quotes.time_bound.future_claim` reads a German present ("sinkt", "schließt",
"steigen") as a claim of the present or the future, which a deadline or a starting point cut off
makes lasting (rules 41-43). German has no future ending to read, and its verbs of the present end
in "-t" or "-en" as many other words do, so the reading is one job of its own: the sentence's
opening, the verb's place after it, and the pasts, participles and adjectives that end the same way.
Moved out of :mod:`archiver.quotes.time_bound` (task q58, which grew past 500 lines) unchanged.
"""

from __future__ import annotations

from archiver.quotes.lexicon import fold_word

#: German finite verbs of the present: a lowercase word after the sentence's first words ending in
#: "-t" or "-en" ("sinkt", "schließt", "steigen"; rules 41), not a weak past ("-te", "-ten":
#: "wartete"), not a participle ("ge-": "gesperrt") and not a word of :data:`_DE_NOT_A_VERB`.
_DE_NOT_A_VERB = frozenset(["nicht", "jetzt", "erst", "bereits", "meist", "zuerst", "selbst", "sonst", "fast", "oft",
                            "gut", "seit", "bist", "ist", "hat", "mit", "nebst", "damit", "somit", "trotzdem",
                            "den", "einen", "keinen", "diesen", "jeden", "allen", "seinen", "ihren", "unseren",
                            "wen", "wenn", "denen", "oben", "unten", "neben", "zwischen", "gegen", "wegen", "eben",
                            "schon", "noch", "nun", "dann", "wann", "beiden", "vielen", "wenigen", "einigen",
                            "anderen", "neuen", "alten", "großen", "kleinen", "ersten", "letzten", "hohen",
                            "deutschen", "unternehmen", "verfahren", "leben", "wesen", "vorhaben", "haben"])
#: German modal verbs of the present, third person singular, which end in neither "-t" nor "-en"
#: ("Spätestens 2030 soll das Kraftwerk vom Netz gehen": red team rvq48 found it read as no
#: present, so the deadline cut off passed).
_DE_MODALS = frozenset(["soll", "will", "kann", "muss", "darf", "mag"])
#: German strong and modal pasts, read as a word's end so their prefixed verbs are pasts too
#: ("verließen", "beriet", "bekamen", "stattfanden": review of rules 41, which read "Die Truppen
#: verließen das Land" as a present before "innerhalb eines Monats").
_DE_PASTS = ("wurden", "waren", "hatten", "wollten", "sollten", "konnten", "mussten", "durften", "mochten",
             "gingen", "kamen", "blieben", "lagen", "standen", "fielen", "stiegen", "sanken", "schlossen", "trafen",
             "sahen", "gaben", "nahmen", "fanden", "ließen", "sangen", "zogen", "boten", "flogen", "schrieben",
             "sprachen", "brachen", "riefen", "liefen", "warfen", "hielten", "traten", "baten", "rieten", "galten",
             "hoben", "wiesen", "trieben", "stiegen", "sprangen", "zwangen", "gewannen", "begannen", "wuchsen",
             "trat", "hielt", "riet", "bat", "tat", "litt", "ritt", "stritt", "schnitt", "galt", "briet", "focht")
#: German verbs' prefixes (and none) before a past of :data:`_DE_PASTS`.
_DE_PREFIXES = frozenset(["", "ver", "be", "ent", "er", "zer", "emp", "miss", "an", "auf", "aus", "ab", "ein", "statt",
                          "über", "unter", "vor", "zu", "mit", "nach", "bei", "fest", "fort", "zurück", "hervor",
                          "heraus", "durch", "um", "wieder", "los", "weg"])
#: Endings of German adjectives before their noun ("Die neue Steuer sinkt", "Die letzten Filialen
#: schließen"): a lowercase word so ending before a capitalised one is passed over (review of rules
#: 41), not read as the verb.
_DE_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: How many words after the first are read for the verb (an adjective and a noun may stand between).
_DE_VERB_REACH = 6
#: German prepositions of place and the articles after them, read past between a subject and its
#: verb ("Die Mieten in Berlin steigen", "Die Preise in der Stadt steigen": rules 42 stopped at "in").
_DE_PHRASE_WORDS = frozenset(["in", "im", "auf", "bei", "beim", "aus", "an", "am", "der", "dem", "des"])


def german_present(written: list[str], told: bool = False) -> bool:
    """Whether ``written`` (a sentence's words as written) opens as a German main clause in the
    present: a capitalised subject (an article or a pronoun and maybe a noun), or in a passage told
    German (``told``) any first phrase ("Ab 2027 senkt", "Schrittweise senkt", "Nach langer
    Debatte senkt": the verb stands second; rules 43 read only a sentence opening with its subject,
    red team q44), then a lowercase verb ending in "-t" or "-en" (:data:`_DE_NOT_A_VERB` aside),
    not a weak past nor a participle."""
    if written and fold_word(written[0]) in _DE_PAST_AUXILIARIES:
        return False  # "hat der Rat entschieden", "wurde die Strecke eröffnet": a past told, verb first (lead, rules 68)
    if len(written) < 2 or not told and not any(c in "äöüß" for w in written for c in w) and written[0].casefold() not in (
            "der", "die", "das", "er", "sie", "es", "wir", "ihr", "man") and not _german_noun_phrase(written):
        return False
    for i, w in enumerate(written[1:_DE_VERB_REACH], start=1):
        if not w[:1].islower():
            continue
        folded = fold_word(w)
        if written[i + 1:i + 2] and written[i + 1][:1].isupper() and folded.endswith(_DE_ADJECTIVE_ENDINGS):
            continue  # an adjective before its noun: "Die neue Steuer sinkt", "Die letzten Filialen"
        if folded in _DE_PHRASE_WORDS:
            continue  # a prepositional phrase before the verb: "Die Mieten in Berlin steigen" (rules 43)
        if folded in _DE_NOT_A_VERB or folded.startswith("ge") or folded.endswith(("te", "ten", "tet")):
            return False
        if _prefixed_past(folded) or _strong_past_in_t(folded):
            return False  # "verließen", "beriet", "verbot"
        return folded in _DE_MODALS or (len(folded) >= 4 and folded.endswith(("t", "en")))
    return False


#: The auxiliaries of a German perfect, pluperfect or past passive: a main clause opening with one tells a past
#: ("Nachdem die Linie eröffnet wurde, hat der Rat entschieden"), though its participle may end as a present does
#: ("entschieden", "beschlossen": no "ge-" after an inseparable prefix). Rules 67 read "entschieden" as the present and
#: the clause before it, quoted alone, as a future's condition (a false alarm, q66's report). "ist"/"sind" are left
#: out: they also open a present state ("ist der Weg frei").
_DE_PAST_AUXILIARIES = frozenset(["hat", "haben", "habe", "hatte", "hatten", "war", "waren", "wurde", "wurden"])
#: Every German auxiliary a clause may end on or open with: the past's above, the perfect's and state's "ist"/"sind",
#: the future's and passive's (:mod:`archiver.quotes.time_clause` reads a clause ending on one as of unknown time).
DE_AUXILIARIES = _DE_PAST_AUXILIARIES | frozenset(["ist", "sind", "wird", "werden", "worden"])


#: German articles that open a noun phrase before a capitalised noun ("die Mieten", "Die Preise"):
#: not "des" (French, Spanish: "des Français sont") nor "den" (English).
_DE_ARTICLES = frozenset(["der", "die", "das", "dem", "ein", "eine", "einen", "einem", "einer", "eines"])


def _german_noun_phrase(written: list[str]) -> bool:
    """Whether ``written`` holds a German article of :data:`_DE_ARTICLES` before a capitalised noun
    ("Ab Montag steigen die Mieten", "Ab Montag: Die Preise steigen"): German by its form where the
    passage is too short for its language to be told and the sentence opens with another word
    than its subject (task q61: "[Die Preise steigen]" of "Ab Montag: Die Preise steigen." passed
    ``exact``, the sentence read from the bound's own first word). English "die" is lowercase before
    a lowercase word ("They often die young")."""
    return any(fold_word(w) in _DE_ARTICLES and nxt[:1].isupper() and nxt[1:2].islower()
               for w, nxt in zip(written, written[1:], strict=False))


def _prefixed_past(folded: str) -> bool:
    """Whether ``folded`` is a past of :data:`_DE_PASTS` or one after a verb's prefix of
    :data:`_DE_PREFIXES` ("verließen", "beriet"; not "schließen", a present)."""
    return any(folded.endswith(p) and folded[:-len(p)] in _DE_PREFIXES for p in _DE_PASTS)


def _strong_past_in_t(folded: str) -> bool:
    """Whether ``folded`` ends as a German strong past does, in "-t" after one vowel or "ie"
    ("verbot", "beriet", "trat"); a present's "-t" follows a consonant, "h" or a diphthong
    ("sinkt", "steht", "baut"), or an "e" after a stem's consonant ("öffnet", "redet", "arbeitet":
    rules 42 read "Das Museum öffnet nicht" as a past; no strong past ends so but in "-iet")."""
    return len(folded) >= 3 and folded.endswith("t") and folded[-2] in "aiouäöü" + "e" * folded.endswith("iet") and (
        folded[-3] not in "aeiouäöü" or folded.endswith("iet"))
