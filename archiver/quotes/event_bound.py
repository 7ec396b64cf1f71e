"""An event a future claim is bound to ("after the elections", "nach der Wahl", "après les
élections"): left out, the claim holds now or always.

Rules 44 read "after", "before", "nach", "vor", "avant", "après" as a bound only before a time
("nach 2027", "vor Ende März"; :func:`archiver.quotes.gaps._names_a_time`), since before anything
else they are as often a circumstance ("nach langer Debatte", "after much debate") whose omission
was a false alarm. The review of rules 45 found "The tax will rise ... for all households" of
"The tax will rise after the elections for all households" passing: before a claim of the future
(or a condition, or a German present, which tells the future) an event named after such a
preposition sets when it holds, as a date does. A past claim is a deed done, placed in time by
its tense ("Der Stadtrat hat ... den Haushalt beschlossen" of "... nach der Wahl ...": no bound),
and a circumstance is no event (:data:`EVENT_NOUNS` names events, not manners).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word, language_around
from archiver.quotes.model import Difference
from archiver.quotes.time_bound import future_claim


def _listed(words: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(words.split())


#: Prepositions that set a claim after an event, in the covered languages (one word each:
#: "después" of "después de", "depois" of "depois de"). Not "before", "vor", "avant": a claim of
#: the future bound to happen before an event still happens as quoted, only sooner ("The
#: committee will meet" of "... before the vote": faithful, red team rvq39's held-out pair),
#: where one that holds only after it does not hold now ("The tax will rise" of "... after the
#: elections").
EVENT_BOUND_PREPOSITIONS = frozenset(["after", "nach", "après", "apres", "después", "despues", "tras", "dopo",
                                      "depois", "после"])
#: Events news bounds a future by: votes, summits, wars, works, trials, talks, breaks.
EVENT_NOUNS = _listed("""
election elections vote votes referendum summit war merger reform renovation renovations repairs trial verdict
ruling talks negotiations approval inquiry investigation strike holidays holiday recess ceasefire pandemic
crisis conference meeting hearing takeover acquisition restructuring audit inspection olympics
wahl wahlen abstimmung volksabstimmung gipfel krieg fusion reform sanierung renovierung reparatur reparaturen
prozess urteil verhandlungen gespräche genehmigung prüfung untersuchung streik ferien sommerpause pandemie
krise sitzung konferenz übernahme umbau
élection élections présidentielle législatives municipales scrutin référendum sommet guerre fusion réforme
rénovation travaux réparations procès jugement négociations approbation enquête grève vacances pandémie crise
réunion conférence rachat
elecciones elección comicios votación referéndum cumbre guerra fusión reforma obras juicio sentencia
negociaciones huelga vacaciones pandemia crisis reunión
elezioni elezione voto votazione referendum vertice guerra fusione riforma lavori processo sentenza negoziati
sciopero vacanze feste pandemia crisi riunione
eleições eleição votação referendo cimeira cúpula guerra fusão reforma obras julgamento sentença negociações
greve férias pandemia crise reunião
выборов выборы референдума саммита войны реформы ремонта суда переговоров забастовки пандемии кризиса
""")
#: German compounds of an event ("Bundestagswahl", "Landtagswahlen", "Parteitag"-like nouns).
_GERMAN_EVENT_ENDINGS = ("wahl", "wahlen", "abstimmung", "gipfel", "reform", "sanierung")
#: How many words after the preposition may stand before the event's noun ("after the general
#: elections", "nach der nächsten Wahl", "después de las elecciones").
EVENT_REACH = 4
#: Words of the future or a condition a bare :func:`archiver.quotes.time_bound.future_claim`
#: does not read (it reads Romance, Russian and German endings and presents).
_FUTURE_AUXILIARIES = frozenset(["will", "shall", "would", "won't", "wird", "werden", "würde", "würden"])
_CONDITIONAL_ENDINGS = ("rait", "raient", "ría", "rían", "rebbe", "rebbero", "riam")


def _german_event(folded: str) -> bool:
    """Whether ``folded`` is a German compound of an event ("bundestagswahl")."""
    return len(folded) > 8 and folded.endswith(_GERMAN_EVENT_ENDINGS)


def names_an_event(following: list[str]) -> bool:
    """Whether ``following`` (the folded words after a preposition of
    :data:`EVENT_BOUND_PREPOSITIONS`) names an event of :data:`EVENT_NOUNS` within
    :data:`EVENT_REACH` words."""
    return any(w in EVENT_NOUNS or _german_event(w) for w in following[:EVENT_REACH])


def future_or_conditional(text: str, language: str | None) -> bool:
    """Whether ``text`` (the quoted words' clause) claims a future or a condition: an auxiliary of
    :data:`_FUTURE_AUXILIARIES`, a conditional's ending, or what
    :func:`archiver.quotes.time_bound.future_claim` reads (a Romance future, a German present)."""
    words = [fold_word(w) for w in re.findall(WORD, text)]
    return (any(w in _FUTURE_AUXILIARIES or (len(w) > 5 and w.endswith(_CONDITIONAL_ENDINGS)) for w in words)
            or future_claim(text, language))


#: The words right after a quote's end: a preposition and up to :data:`EVENT_REACH` words, with
#: no comma before it (a comma closes the claim, as before an "until": "will be abolished next
#: spring unless the mayor objects, after the vote" stays verified).
_AFTER = re.compile(r"\s+(" + WORD + r")((?:\s+" + WORD + r"){1," + str(EVENT_REACH) + r"})")


def event_after(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the source goes on right after the match
    (which ends at ``original[end]``; ``quote_text`` its last part as written) with an event a
    future or conditional claim holds after ("The government will cut taxes" of "...
    after the elections", "baissera les impôts" of "... après les élections")."""
    if end > 0 and original[end - 1] in ".!?;:":
        return None
    m = _AFTER.match(original, end)
    if m is None or fold_word(m.group(1)) not in EVENT_BOUND_PREPOSITIONS:
        return None
    following = [fold_word(w) for w in re.findall(WORD, m.group(2))]
    if not names_an_event(following) or not future_or_conditional(quote_text, language_around(original, end)):
        return None
    noun = next(i for i, w in enumerate(following) if w in EVENT_NOUNS or _german_event(w))
    words_end = m.start(2) + [w.end() for w in re.finditer(WORD, m.group(2))][noun]
    words = original[m.start(1):words_end]
    return Difference("trailing_word", True, None, words, m.start(1), words_end,
                      note=f"the quote ends right before {words!r}, which sets when its claim holds in the source")
