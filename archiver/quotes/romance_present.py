"""A French, Spanish, Portuguese or Italian claim in the present, read by its verb's form.

Why: a claim a clause of "as soon as" bounds ("Dès que la ligne ouvre, les loyers baissent.")
holds only once the clause's event has come, whatever its tense; rules 64 read only a future or
conditional claim there (:func:`archiver.quotes.event_bound.future_or_conditional`), so "la ligne
ouvre" quoted alone passed ``exact`` as if the line were open (task q65, red team rvq61's list).
Task q63 read the German present by its verb first ("Sobald die Bahn fährt, sinken die Mieten");
a Romance present stands after its subject and is read by its regular ending: a word after a
subject (an article and a noun, maybe an adjective, or a subject pronoun) whose ending, put back
to its infinitive's ("baissent" -> "baisser", "bajan" -> "bajar", "descem" -> "descer",
"scendono" -> "scendere"), gives a word of the language's list (:mod:`archiver.quotes.wordlist`).
An imperfect ("baissaient", "bajaban", "scendevano") or a simple past ("baissèrent", "baixaram",
"abbassarono") gives no such word; a perfect's auxiliary ("ont baissé", "han bajado", "sono
scesi") is none of them (:data:`_AUXILIARIES`): a past claim is a fact told and stays unread.

A subject may carry an "of" phrase before its verb ("la majorité des habitants approuve", "la
mayoría de los votantes apoya", "a maioria dos eleitores apoia"): its verb is read after the
phrase's noun (and an adjective), where rules 65 took the "de"/"des"/"dei" for the verb's place
and read nothing (task q66).

Only "as soon as" is read, never "quand"/"lorsque"/"cuando"/"quando" before a present claim: a
present after "when" is habitual ("Quand le fleuve déborde, la route ferme": whenever it does,
it does), a rule of how things go rather than an event still to come, so its clause is no
condition the claim waits for, as English "When the river floods, the road closes" is not read
(task q66 decided it; with a future claim, "la route fermera", the clause is read by
:func:`archiver.quotes.event_bound.future_or_conditional` as before). "As soon as" with a present
is the other case: it places the claim once, after an event not yet come.

An elided article or pronoun is a word of its own ("l'entreprise embauche", "l'azienda assume",
"il l'achète"), and object pronouns may stand between a subject and its verb ("ils la ferment",
"la empresa lo cierra", "eles o vendem", "lo vendono"): rules 68 read "l'entreprise" as the
determiner and "lo" as no verb, and "la ligne ouvre" of "Dès que la ligne ouvre, l'entreprise
embauche." passed ``exact`` (task q69). The words are split at the apostrophe and the clitics of
the claim's language (:data:`_CLITICS`) skipped before the verb's place is read.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.present_verb import SHORT_SINGULAR_VERBS

#: Conjunctions of "as soon as" after which a present claim is one still to come, and their
#: language (each is one language's only: a short sentence's language is often not guessed).
AS_SOON_AS = {"dès que": "fr", "des que": "fr", "en cuanto": "es", "tan pronto como": "es", "assim que": "pt",
              "logo que": "pt", "appena": "it", "non appena": "it"}
#: Third-person present endings (singular and plural) and their infinitives' endings, by language.
_PRESENT_TO_INFINITIVE: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fr": (("issent", ("ir",)), ("ent", ("er", "re", "ir")), ("it", ("ir",)), ("e", ("er",))),
    "es": (("an", ("ar",)), ("en", ("er", "ir")), ("a", ("ar",)), ("e", ("er", "ir"))),
    "pt": (("am", ("ar",)), ("em", ("er", "ir")), ("a", ("ar",)), ("e", ("er", "ir"))),
    "it": (("iscono", ("ire",)), ("isce", ("ire",)), ("ano", ("are",)), ("ono", ("ere", "ire")), ("a", ("are",)),
           ("e", ("ere", "ire"))),
}
#: Articles and determiners opening a subject.
_DETERMINERS = frozenset(["le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "leur", "leurs", "el",
                          "los", "las", "unos", "unas", "o", "a", "os", "as", "um", "uma", "il", "lo", "i", "gli",
                          "uno", "una", "sus", "su", "seu", "sua", "seus", "suas", "ses", "sa", "son", "nos",
                          "nuestros", "nostri", "questi", "queste", "estos", "estas", "esses", "essas"])
#: Subject pronouns of the third person ("ils ferment", "elles baissent").
_PRONOUNS = frozenset(["il", "elle", "ils", "elles", "on", "ellos", "ellas", "eles", "elas", "loro"])
#: Auxiliaries and copulas: opening a perfect or a passive, they tell a past or a state, not an
#: event ("ont baissé", "han bajado", "sono scesi", "têm caído").
_AUXILIARIES = frozenset(["a", "ont", "est", "sont", "ha", "han", "he", "es", "son", "hanno", "sono", "e", "tem",
                          "têm", "foi", "foram", "sera", "seront", "fue", "fueron", "era", "eran", "erano", "eram"])

#: Object (and reflexive) pronouns standing before a verb, by language; "ne"/"n" of a French
#: denial stands there too ("ils ne ferment pas", still a present).
_CLITICS = {
    "fr": frozenset(["le", "la", "les", "l", "lui", "leur", "y", "en", "se", "s", "me", "m", "te", "t", "nous", "vous",
                     "ne", "n"]),
    "es": frozenset(["lo", "la", "los", "las", "le", "les", "se", "me", "te", "nos", "no"]),
    "pt": frozenset(["o", "a", "os", "as", "lhe", "lhes", "se", "me", "te", "nos", "não", "nao"]),
    "it": frozenset(["lo", "la", "li", "le", "gli", "l", "ne", "si", "ci", "vi", "mi", "ti", "non"]),
}
#: An elided article or pronoun and the word it leans on ("l'usine", "d'autres", "l'achète").
_ELIDED = re.compile(r"(?i)^([ldmnst])['\u2019](\w.*)$")
#: Reflexive pronouns: the word after them (and any other clitics, :data:`_CLITICS`) is a verb, irregular ones too
#: ("les habitants se plaignent": rules 69, lead; "plaignent" is no regular form the infinitive test reads).
_REFLEXIVES = frozenset(["se", "s", "si"])
#: Endings of an imperfect or a simple past after a reflexive pronoun ("se plaignait", "se quejó", "si lamentò",
#: "se queixaram"): a past told, not a present.
_PAST_ENDINGS = ("ait", "aient", "èrent", "irent", "urent", "aba", "aban", "ía", "ían", "ava", "avano", "eva",
                 "evano", "iva", "ivano", "avam", "iam", "ou", "aram", "eram", "iram", "ó", "aron", "ieron", "ò",
                 "arono", "erono", "irono", "ì")

#: "of" and its contractions: after a noun they go on with its noun phrase ("la hausse de loyers").
_OF = frozenset(["de", "du", "del", "di", "da", "do", "dos", "das", "dei", "della", "delle", "degli", "dello"])


def romance_present(claim: str, language: str | None) -> bool:
    """Whether ``claim`` (a clause's words as written) opens with a subject and a verb of the
    present of ``language`` (French, Spanish, Portuguese or Italian), read by its form: "les
    loyers baissent", "los alquileres bajan", "os preços descem", "gli affitti scendono", "ils
    ferment". A noun phrase alone ("la hausse des loyers") holds no such word in the verb's place."""
    if language not in _PRESENT_TO_INFINITIVE:
        return False
    from archiver.quotes.wordlist import is_word  # the lists load only when a quote needs them

    written = [part for word in re.findall(WORD, claim)[:8] for part in _split_elided(word)]
    folded = [fold_word(w).rstrip("'\u2019") for w in written]
    if not folded:
        return False
    if folded[0] in _PRONOUNS:
        places: tuple[int, ...] = (1,)
    elif folded[0] in _DETERMINERS:
        places = (2, 3)  # "les loyers baissent", "les loyers anciens baissent"
    else:
        return False
    of = next((k for k in (2, 3) if k < len(folded) and (folded[k] in _OF or folded[k] in ("des", "d"))), None)
    if of is not None and folded[0] in _DETERMINERS:
        # a subject with its "of" phrase ("la mayoría de los votantes apoya", "la maggior parte dei
        # residenti vota", "a maioria dos eleitores apoia"): the verb follows the phrase's noun,
        # after a determiner, and perhaps an adjective (task q66: rules 65 read "de" as the verb's
        # place and gave up)
        noun = of + 2 if of + 1 < len(folded) and folded[of + 1] in _DETERMINERS else of + 1
        places = (noun + 1, noun + 2)
    clitics = _CLITICS[language]
    for place in places:
        i, reflexive = place, False
        while i < len(folded) - 1 and folded[i] in clitics and (i > place or _opens_clitics(folded, place)):
            reflexive = reflexive or folded[i] in _REFLEXIVES
            i += 1  # "ils la ferment", "la empresa lo cierra", "il l'achète", "ils se plaignent" (rules 69)
        if i >= len(written) or not written[i][:1].islower():
            continue
        verb = folded[i]
        if verb in _AUXILIARIES or verb in _DETERMINERS or verb in _OF:
            return False  # "les loyers ont baissé": a perfect; "la hausse des loyers": no verb
        if reflexive and len(verb) >= 3 and not verb.endswith(_PAST_ENDINGS):
            return True  # a reflexive pronoun's verb, irregular ones too ("se plaignent"), not a past ("se plaignait")
        if verb in SHORT_SINGULAR_VERBS or len(verb) >= 4 and any(
                verb.endswith(ending) and is_word(verb[:-len(ending)] + infinitive, language)
                for ending, infinitives in _PRESENT_TO_INFINITIVE[language] for infinitive in infinitives):
            return True
    return False


def _split_elided(word: str) -> list[str]:
    """``word`` as one word, or an elided article or pronoun and its host ("l'usine" -> "l'",
    "usine"), so the host is read in its own place."""
    m = _ELIDED.match(word)
    return [word] if m is None else [m.group(1) + "'", m.group(2)]


def _opens_clitics(folded: list[str], place: int) -> bool:
    """Whether the word at ``place`` is a clitic before a verb, not a determiner before a noun:
    the place is right after the subject's noun or pronoun ("ils la ferment", "la empresa lo
    cierra"), never the adjective's place further on ("les loyers anciens baissent")."""
    return place <= 2
