"""When "on request", "auf Anfrage", "su richiesta" after a quote tell the occasion of an act,
not a condition of access the quote leaves out.

Why: rules 44 read a phrase of :data:`archiver.quotes.dash_phrase._ON_REQUEST` after a quote's end
as a condition its claim holds on ("The documents are available" of "... on request": they are
not available to all), in every language and after any mark. The same words also tell at whose
request something was done once, and the deed is no less done without them: "Das Ministerium
bestätigte den Rücktritt" of "... auf Anfrage" (when asked), "The ministry released the figures"
of "... on request", "Il ministro si è dimesso" of "... su richiesta del premier", "O ministro
renunciou" of "... a pedido do presidente" were ``altered`` under rules 44, false alarms (review
of rules 44, red team rvq44; rules 43 passed them). Two readings tell the occasion:

- the request's noun names whose request it was ("su richiesta del premier", "on request of the
  committee") after a compound past ("si è dimesso", "ha firmato"): a request someone made, not
  a standing offer to anyone who asks ("Los datos se borran a petición del interesado", a present,
  and "I dati sono cancellati su richiesta dell'interessato", a passive, stay conditions);
- the quote states a past act ("bestätigte", "released", "renunciou": a finite past verb first,
  :func:`archiver.quotes.past_tense.reads_past`) and no state (no copula or verb of being: "The
  museum was open by appointment only" stays a condition cut off).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word, guess_language
from archiver.quotes.past_tense import first_tense

#: Words after a request's noun that name who asked (of, de, del, der, des, von, di, do, da, ...).
#: Not "from" ("available on request from the town hall": whom to ask, a standing offer).
_WHOSE = frozenset(["of", "de", "du", "des", "del", "der", "von", "vom", "di", "dei", "della", "dello", "delle",
                    "degli", "do", "da", "dos", "das"])
#: Verbs of being in the covered languages: a quote holding one states a state or an availability
#: ("was open", "waren erhältlich", "étaient disponibles"), which a condition of access limits.
_BEING = frozenset([
    "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed",
    "ist", "sind", "war", "waren", "bleibt", "bleiben", "blieb", "blieben", "gewesen",
    "est", "sont", "était", "étaient", "fut", "furent", "reste", "restent", "restait", "restaient", "été",
    "es", "son", "está", "están", "era", "eran", "estaba", "estaban", "fue", "fueron", "sigue", "siguen",
    "è", "sono", "erano", "fu", "furono", "rimane", "rimangono", "rimaneva", "stato", "stata", "stati", "state",
    "é", "são", "estão", "estava", "estavam", "foi", "foram", "eram", "fica", "ficam", "ficava",
    "был", "была", "было", "были", "является", "являются", "остаётся", "остается", "остаются",
    # Italian passive "venire" of a standing practice ("I dati venivano cancellati su richiesta
    # dell'interessato": red team rvq52, read as a past act under rules 50)
    "viene", "vengono", "veniva", "venivano",
])
#: Words after a request's noun that make the requester anyone who asks ("at the request of any
#: member", "à la demande de tout adhérent", "a petición de cualquier socio"): a standing rule, a
#: condition however past its verb (red team rvq52: "Loans were approved" passed ``exact``).
_ANYONE = frozenset(["any", "anyone", "anybody", "whoever", "every", "each", "tout", "toute", "tous", "quiconque",
                     "cualquier", "cualquiera", "qualsiasi", "qualunque", "chiunque", "ogni", "qualquer", "jedes",
                     "jeder", "jedem", "jeden", "jede", "любого", "каждого"])
#: Endings of the Romance imperfect (a habit, not a deed once: "se borraban", "cancellavano",
#: "effaçaient", "apagavam"), read in the quote's words of six letters or more.
_HABITUAL_ENDINGS = ("aban", "ían", "avano", "evano", "ivano", "aient", "avam", "iam")
_WORDS = re.compile(WORD)


def occasion(quote_text: str, after_noun: list[str]) -> bool:
    """Whether a request's phrase after ``quote_text`` (the quote's last part as written; the
    phrase's folded words after its noun: ``after_noun``) tells the occasion of a deed, not a
    condition of access: who asked is named after a compound past, or the quote states a past act
    (a finite past verb first, in the language its words tell, and no verb of being)."""
    tense = first_tense(quote_text, guess_language(quote_text))
    whose = bool(after_noun) and (after_noun[0] in _WHOSE or after_noun[0].startswith(("d'", "dell'", "d\u2019")))
    words = [fold_word(w) for w in _WORDS.findall(quote_text)]
    if set(after_noun[1:3]) & _ANYONE or any(len(w) >= 6 and w.endswith(_HABITUAL_ENDINGS) for w in words):
        return False  # "at the request of any member", "se borraban a petición del usuario": a standing rule
    past_act = tense == "past" and not set(words) & _BEING  # not "I dati sono cancellati": a passive, read as past
    if whose and (_compound_past(words) or _past_passive(words)):
        return True  # "si è dimesso su richiesta del premier", "was cancelled at the request of the police"
    return past_act  # "renunciou a pedido do presidente", "bestätigte den Rücktritt auf Anfrage"


#: Auxiliaries of a compound past and the endings of the participle after them ("a démissionné",
#: "ha dimitido", "hat abgesagt"): a done deed the tense lists may not tell. "be" is one only after
#: a reflexive ("si è dimesso", "s'est retiré", "se ha ido" has "ha" anyway): "Les données sont
#: effacées", "I dati sono cancellati" are present passives, a standing rule a request conditions.
_AUXILIARIES = frozenset(["ha", "hanno", "a", "ont", "han", "hat", "haben", "tem", "têm"])
_BE_AFTER_REFLEXIVE = frozenset(["è", "sono", "est", "sont", "ist", "sind"])
_REFLEXIVES = frozenset(["si", "s'", "se", "sich"])
_PARTICIPLE_ENDINGS = ("to", "ta", "ti", "te", "so", "sa", "é", "ée", "és", "ées", "i", "is", "it", "u", "do", "da",
                       "t", "en")


#: Participles of the French and Italian verbs of motion and change that make their compound past
#: with "be" ("est parti", "è partito", "sont arrivés", "è tornata"), by stem: after "est"/"è"
#: they tell a deed done, not a passive's standing state ("sont effacées", "sono cancellati").
#: Not "resté"/"rimasto": staying is a state a condition may limit (review of rules 47: "Le
#: ministre est parti" of "... sur demande du président" was ``altered``, read as a state).
_MOTION_PARTICIPLES = re.compile(
    r"(?:all|ven|revenu|arriv|part|entr|sort|retourn|rentr|mont|descend|tomb|devenu|intervenu|parvenu|"
    r"and|venut|arrivat|partit|entrat|uscit|tornat|ritornat|rientrat|salit|sces|cadut|diventat|intervenut|"
    r"giunt|fuggit)(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|o|a|e)?")
_BE_AUXILIARIES = frozenset(["est", "sont", "suis", "sommes", "êtes", "è", "sono", "siamo", "siete"])


def _compound_past(words: list[str]) -> bool:
    """Whether ``words`` (folded) hold an auxiliary of a compound past with a participle next: "have"
    before any participle, "be" after a reflexive or before a participle of motion or change
    (:data:`_MOTION_PARTICIPLES`)."""
    return any(i + 1 < len(words) and (
        (w in _AUXILIARIES or w in _BE_AFTER_REFLEXIVE and i > 0 and words[i - 1] in _REFLEXIVES)
        and words[i + 1].endswith(_PARTICIPLE_ENDINGS)
        or w in _BE_AUXILIARIES and _MOTION_PARTICIPLES.fullmatch(words[i + 1]) is not None) for i, w in enumerate(words))


#: Pasts of "be" that make a passive of a deed done once with a participle next ("was cancelled",
#: "were deleted", "fue cancelado", "foi adiado", "è stato sentito", "fut annulé"), not the
#: present passives of a standing rule ("are deleted", "sono cancellati") nor a past state ("was
#: open", "were available": no participle). Review of rules 48 (red team rvq51): "The concert was
#: cancelled at the request of the police" was ``altered``, its "was" read as a state.
_PAST_OF_BE = frozenset(["was", "were", "been", "fue", "fueron", "foi", "foram", "fut", "furent", "stato", "stata",
                         "stati", "state"])
#: English pasts of "be" (and "been" of a perfect: "has been postponed", red team rvq52).
_ENGLISH_BE = frozenset(["was", "were", "been"])
#: Words in "-en"/"-wn" after "was" that are no participle ("was often", "was golden").
_NOT_PARTICIPLES = frozenset(["often", "golden", "wooden", "sudden", "eleven", "seven", "woollen", "earthen", "even"])
#: English participles not in "-ed" after :data:`_PAST_OF_BE`.
_IRREGULAR_PARTICIPLES = frozenset([
    "done", "made", "taken", "given", "held", "sent", "shown", "written", "withdrawn", "broken", "sold", "paid",
    "built", "cut", "shut", "kept", "brought", "bought", "told", "found", "lost", "won", "chosen", "frozen", "drawn",
    "struck", "overturned", "set", "put", "read", "sworn", "torn", "thrown", "forgiven", "hidden", "begun",
    # red team rvq52: "The witness was heard", "The ruling was upheld" at someone's request
    "heard", "upheld", "withheld", "led", "met", "sought", "caught", "taught", "left", "bound", "shot", "spent",
    "rebuilt", "let", "hit", "quit", "split", "spread", "dealt", "meant", "lent", "fed", "rung", "hung"])


def _past_passive(words: list[str]) -> bool:
    """Whether ``words`` (folded) hold a past of "be" (:data:`_PAST_OF_BE`) with a participle
    next: English "-ed" or :data:`_IRREGULAR_PARTICIPLES`, a Romance one of :data:`_PARTICIPLE_ENDINGS`."""
    return any(w in _PAST_OF_BE and i + 1 < len(words) and (
        words[i + 1] in _IRREGULAR_PARTICIPLES or len(words[i + 1]) > 4 and words[i + 1].endswith("ed")
        or w in _ENGLISH_BE and len(words[i + 1]) > 4 and words[i + 1].endswith(("en", "wn"))
        and words[i + 1] not in _NOT_PARTICIPLES  # "taken", "overridden", "withdrawn"
        or w not in _ENGLISH_BE and words[i + 1].endswith(_PARTICIPLE_ENDINGS)) for i, w in enumerate(words))
