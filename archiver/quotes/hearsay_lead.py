"""Words before a quote that make what follows hearsay, a plan or a possibility (quote rules 99, 109, 112).

"reçu des pots-de-vin" is a verbatim part of "Le ministre aurait reçu des pots-de-vin.", "recibido sobornos" of "El
ministro habría recibido sobornos.", "ricevuto tangenti" of "Il ministro avrebbe ricevuto tangenti.", "recebido
propina" of "O ministro teria recebido propina.": the Romance press's conditional of reported facts says he is SAID to
have taken them. German says it with "soll" ("Der Minister soll Bestechungsgeld angenommen haben"). "set deliberately"
of "The fire may have been set deliberately" keeps the modal two words back. Red team q99 found each ``exact``. (A
German plan's "plant, die Steuern zu senken" is not read: the quote keeps its "zu", an infinitive that states no fact;
a draft that read it refused five such faithful cuts in the survey.)

Read on the words right before the match:

* a Romance conditional auxiliary (:data:`_CONDITIONAL_AUXILIARIES`: "aurait", "auraient", "serait", "habría",
  "avrebbe", "sarebbe", "teria", "seria") before a quote that opens with a past participle
  (:func:`_participle`): not "serait une erreur" (a noun after the copula);
* German "soll", "sollen", "solle" before a past infinitive that the quote ends with or ends right before ("soll
  Bestechungsgeld angenommen haben": hearsay); not "Später soll die Kennzeichnungspflicht folgen" (a plan whose subject
  the quote is), not "sollte" (should; "Sollte das nicht der Fall sein": if), as the faithful survey showed;
* "been" after "have" after a modal ("may have been", "could have been", "might've been");
* a passive of saying, believing or estimating before "to (have)" (quote rules 112, :data:`_SAID_TO`): "is said
  to have stolen", "is believed to have killed", "are feared to have died", "is estimated to be worth";
* hearsay with no one to say it (quote rules 109, :data:`_IMPERSONAL`): "It is rumoured that", "It is said that",
  "Rumour has it that", "Some say", "Es heißt, ", "Man munkelt, dass", "On dit que", "Il paraît que", "Se dice que",
  "Si dice che", "Diz-se que", "Говорят, что"; not "Police said", "His office confirmed that" (a named source).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word

#: The conditional auxiliaries of the Romance press's reported facts.
_CONDITIONAL_AUXILIARIES = frozenset(["aurait", "auraient", "serait", "seraient", "habría", "habrían", "avrebbe",
                                      "avrebbero", "sarebbe", "sarebbero", "teria", "teriam", "seria", "seriam",
                                      "haveria", "haveriam"])
#: Endings of Romance past participles ("reçu", "payé", "recibido", "ricevuto", "recebido", "dit", "mis", "fatto").
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
                       "ert", "erte", "eint", "einte", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato",
                       "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "cho", "cha", "sto",
                       "sta", "tto", "tta", "so", "sa", "to", "ta")
#: German "soll": what follows is hearsay, a plan or a demand.
_SOLL = frozenset(["soll", "sollen", "solle"])
#: The infinitive of the past that makes "soll" hearsay ("soll ... angenommen haben", "soll ... gewesen sein").
_PAST_INFINITIVE = re.compile(r"[ \t\u00a0\u202f]*(?:haben|sein)(?![^\W\d_])", re.IGNORECASE)
_MODALS = frozenset(["may", "might", "could", "must", "would", "should"])


_SP = r"[ \t\u00a0\u202f]+"
_THAT = r"(?:" + _SP + r"that)?"
#: Hearsay with no one named to say it, right before the quote (its "that" or comma included).
_IMPERSONAL = re.compile(
    r"(?<![^\W\d_])(?:(?:it" + _SP + r"(?:is|was|has" + _SP + r"been)|it['\u2019]s)" + _SP
    + r"(?:(?:widely|often|commonly|generally|also|now)" + _SP + r")?(?:said|rumou?red|whispered|claimed|alleged)"
    + _THAT + r"|(?:rumou?r|word|legend|gossip)" + _SP + r"has" + _SP + r"it" + _THAT
    + r"|(?:some|a" + _SP + r"few)(?:" + _SP + r"people)?" + _SP + r"(?:say|said|claim|claimed|allege|alleged|whisper)"
    + _THAT
    + r"|es" + _SP + r"heißt|man" + _SP + r"(?:sagt|munkelt|erzählt|behauptet)|es" + _SP + r"wird" + _SP
    + r"(?:gemunkelt|behauptet|erzählt)|gerüchten" + _SP + r"zufolge|gerüchteweise"
    + r"|on" + _SP + r"(?:dit|raconte|prétend|murmure)" + _SP + r"qu(?:e|['\u2019])|il" + _SP
    + r"para[iî]t" + _SP + r"qu(?:e|['\u2019])|la" + _SP + r"rumeur" + _SP + r"(?:dit|veut)" + _SP
    + r"qu(?:e|['\u2019])|selon" + _SP + r"la" + _SP + r"rumeur"
    + r"|se" + _SP + r"(?:dice|rumorea|comenta|cuenta)" + _SP + r"que|dicen" + _SP + r"que|cuentan" + _SP + r"que"
    + r"|si" + _SP + r"(?:dice|vocifera|mormora|racconta)" + _SP + r"che|dicono" + _SP + r"che|corre" + _SP
    + r"voce" + _SP + r"che"
    + r"|diz-se" + _SP + r"que|dizem" + _SP + r"que|fala-se" + _SP + r"que|(?:corre|há)" + _SP + r"(?:o" + _SP
    + r")?(?:boatos?|rumores?)" + _SP + r"de" + _SP + r"que"
    + r"|говорят|ходят" + _SP + r"слухи|по" + _SP + r"слухам)(?:[ \t\u00a0\u202f]*,)?(?:" + _SP
    + r"(?:dass|что))?[ \t\u00a0\u202f]*$",
    re.IGNORECASE)
#: A passive of saying, believing or estimating before "to (have)" (quote rules 112): "is said to have stolen", "is
#: believed to have killed", "are feared to have died", "is reported to own", "is estimated to be worth".
_SAID_TO = re.compile(
    r"(?<![^\W\d_])(?:is|are|was|were|been|being)" + _SP + r"(?:(?:widely|also|now|still|generally|commonly)" + _SP
    + r")?(?:said|believed|thought|reported|feared|estimated|alleged|rumou?red|supposed|presumed|understood|suspected"
    r"|claimed|reputed)" + _SP + r"to(?:" + _SP + r"have(?:" + _SP + r"been)?|" + _SP + r"be)?[ \t\u00a0\u202f]*$",
    re.IGNORECASE)
#: An object pronoun before "dicen que", "dicono che" ("nos dicen que": they tell us, someone said it to someone).
_CLITIC_BEFORE = re.compile(r"(?<![^\W\d_])(?:nos|me|te|les|le|os|ci|mi|ti|gli|vi|nós)[ \t\u00a0\u202f]+$",
                            re.IGNORECASE)
#: How far back the impersonal hearsay is read: its longest wording fits.
_IMPERSONAL_REACH = 48


def _participle(quote_text: str) -> bool:
    """Whether ``quote_text`` opens with a word ending as a Romance past participle does (:data:`_PARTICIPLE_ENDINGS`),
    three letters or more."""
    first = next(iter(re.findall(WORD, quote_text)), "")
    folded = fold_word(first)
    return len(folded) >= 3 and folded.endswith(_PARTICIPLE_ENDINGS)


def hearsay_lead(quote_text: str, original: str, start: int, m: re.Match[str] | None) -> tuple[int, int, str] | None:
    """(start, end, what they do) of the words before ``original[start]`` that make the quote hearsay, a plan or a
    possibility (module docstring), or None. ``m``: the words right before it, only spaces between
    (:data:`archiver.quotes.lexicon.WORDS_BEFORE`; a comma before the quote, "plant, ", leaves none)."""
    end = start + len(quote_text)
    if (said := _IMPERSONAL.search(original, max(0, start - _IMPERSONAL_REACH), start)) is not None and (
            _CLITIC_BEFORE.search(original, max(0, said.start() - 6), said.start()) is None):
        return said.start(), said.end(), "makes them hearsay that no one is named as saying"
    if (passive := _SAID_TO.search(original, max(0, start - _IMPERSONAL_REACH), start)) is not None:
        return passive.start(), passive.end(), "makes them hearsay, a belief or an estimate"
    if m is None:
        return None
    first, second, last = (fold_word(w) if w else "" for w in m.groups())
    if last in _CONDITIONAL_AUXILIARIES and _participle(quote_text):
        return m.start(3), m.end(3), "puts them in the conditional of reported facts: said to be so, not so"
    if last in _SOLL and (quote_text.rstrip().endswith(("haben", "sein")) or _PAST_INFINITIVE.match(
            original, end) is not None):
        return m.start(3), m.end(3), "makes them hearsay: said to have happened, not so"
    if last == "been" and second == "have" and first in _MODALS:
        return m.start(1), m.end(3), "says they may only have happened"
    if last == "been" and second.replace("\u2019", "'").removesuffix("'ve") in _MODALS:
        return m.start(2), m.end(3), "says they may only have happened"  # "might've been"
    return None
