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

Rules 51 (the rules 49-50 reviews' leftovers): an event no list names is read by its form, a noun
phrase an article opens or a capitalised word ("after the World Cup", "nach dem Umzug", "après la
rentrée", "after Christmas"; :func:`event_end`), but not a noun of attribution or manner ("nach
Angaben", "nach dem Vorbild") nor a verb's "after" ("named after", "look after"); and a clause of
time opening the sentence ("Once the elections are over, ", "Sobald die Wahl vorbei ist, ":
:func:`opens_time_clause`) bounds a future claim as an event does.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import LAST_WORD, WORD, fold_word, language_around
from archiver.quotes.model import Difference
from archiver.quotes.past_tense import first_tense
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
                                      "depois", "após", "apos", "после"])
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


#: Articles (and a preposition's contraction with one) that open a noun phrase after a
#: preposition of :data:`EVENT_BOUND_PREPOSITIONS`: "after the World Cup", "nach dem Umzug",
#: "après la rentrée", "dopo il Giubileo", "después de la Copa", "depois do Carnaval".
_EVENT_ARTICLES = _listed("""
the dem der den le la les il lo gli i el los las del al do da dos das
""")
#: Elided articles written onto the noun ("après l'été", "dopo l'estate").
_ELIDED_ARTICLE = ("l'", "dell'", "dall'")
#: The linking word of a preposition of two words ("después de", "depois de", "prima di").
_LINKS = frozenset(["de", "di"])
#: Nouns that after "nach" (or "after") say according to what, or after what model, not after
#: which event ("nach Angaben der Polizei", "nach dem Willen des Ministers", "nach dem Vorbild",
#: "after the fashion of").
_NO_EVENT_NOUNS = _listed("""
angaben ansicht meinung auffassung einschätzung auskunft informationen worten aussage aussagen darstellung
schätzungen berechnungen vorbild willen gesetz plan plänen vorstellung vorstellungen motto muster art belieben
bedarf wunsch möglichkeit überzeugung bericht berichten studie umfrage regeln vertrag recht ermessen kenntnis
medienberichten vorgaben kriterien beispiel verfassung satzung
fashion manner style model example constitution
others other rest latter autres autre reste otros otras resto altri altre outros outras restante anderen andere
lecture reading lektüre lettura lectura leitura
""")
#: English words for the other people ("after the others") that a finite verb right after makes
#: the subject of a clause of time, an event ("After the others left, the council will vote":
#: red team rvq56, a wrong pass of rules 56). Only after English "after": in German and the Romance
#: languages a verb there is the main clause's ("Nach den anderen wird der Rat abstimmen").
_OTHERS = frozenset(["others", "rest", "latter"])
#: (The last two lines, rules 54: "after the others", "après les autres" set an order among
#: people, no event; the last, "après la lecture", "after reading": a reader's own step, not an
#: event the claim waits for.)


def event_end(following: list[str], preposition: str = "") -> int | None:
    """The index of the last word of the event ``following`` names (the words after
    ``preposition``, one of :data:`EVENT_BOUND_PREPOSITIONS`, as written), within
    :data:`EVENT_REACH` words, or None: a noun of :data:`EVENT_NOUNS` (or a German compound of
    one), or a noun phrase a definite article opens ("the World Cup", "dem Umzug", "la rentrée"),
    or a capitalised word after a preposition of :data:`_CAPITAL_READ` ("after Christmas"; not
    German "nach", whose every noun is capitalised: "nach Rückkehr", "nach Milch" are no events
    the faithful survey's pages set a claim after). Review of rules 49: events no list names were
    cut from a future claim unread. Not a noun of :data:`_NO_EVENT_NOUNS` ("nach Angaben")."""
    folded = [fold_word(w) for w in following[:EVENT_REACH]]
    listed = next((i for i, w in enumerate(folded) if w in EVENT_NOUNS or _german_event(w)), None)
    if listed is not None:
        return listed
    at = 1 if folded[:1] and folded[0] in _LINKS else 0
    if at >= len(folded):
        return None
    if fold_word(preposition) == "после" and folded[at] in _RUSSIAN_POSSESSIVES and at + 1 < len(folded):
        at += 1  # "После их отставки": the noun after a possessive (red team rvq56)
    german = folded[at] in _GERMAN_ARTICLES
    if folded[at] in _EVENT_ARTICLES and at + 1 < len(folded):
        noun = at + 1
    elif folded[at].startswith(_ELIDED_ARTICLE) and len(folded[at]) > 4:
        noun = at
    elif (following[at][:1].isupper() and fold_word(preposition) in _CAPITAL_READ
          and folded[at] not in _NOT_EVENT_OPENERS):
        noun = at  # "after Christmas", "après Pâques"
    elif fold_word(preposition) == "после" and _RUSSIAN_GENITIVE.search(folded[at]) and folded[at] not in _RUSSIAN_PRONOUNS:
        noun = at  # "После обеда": a noun in the genitive "после" takes (review of rules 53)
    else:
        return None
    if folded[noun] in _OTHERS and fold_word(preposition) == "after" and noun + 1 < len(following) and first_tense(
            following[noun + 1], "en") is not None:
        return noun + 1  # "After the others left, ": a clause of time, its subject and verb (task q57)
    if folded[noun] in _NO_EVENT_NOUNS or (german and not following[noun][:1].isupper()):
        return None  # "nach Angaben"; "nach dem neuen Gesetz": an adjective, read no further
    end = noun
    while end + 1 < len(following[:EVENT_REACH]) and (
            following[end + 1][:1].isupper() or folded[end].endswith(("'s", "s'"))):
        end += 1  # "the World Cup", "the mayor's speech"
    if end + 1 < len(folded) and folded[end + 1] in _NO_EVENT_NOUNS:
        return None  # "after the Dutch model" (red team rvq54): the capital was an adjective
    return end


#: German articles, after which a noun is capitalised as every German noun is: the phrase is read
#: only there (a capitalised word alone after "nach" is as often a place: "nach Berlin").
_GERMAN_ARTICLES = frozenset(["dem", "der", "den", "einem", "einer"])
#: Prepositions after which a capitalised word alone is read as an event's name (German "nach"
#: and Russian "после" are not: German capitalises every noun, Russian none).
_CAPITAL_READ = frozenset(["after", "après", "apres", "dopo", "después", "despues", "tras", "depois", "após"])
#: Endings of a Russian noun or adjective in the genitive, the case "после" takes: a noun after
#: it is read as an event ("После обеда", "После летнего отпуска"; red team rvq54: Russian has no
#: article and no capital to read). Not the pronouns of :data:`_RUSSIAN_PRONOUNS` ("после того как").
_RUSSIAN_GENITIVE = re.compile(r"[а-яё]{2,}(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их)$")
_RUSSIAN_PRONOUNS = frozenset(["того", "этого", "чего", "него", "неё", "нее", "них", "всего", "всех", "этих",
                               "тех", "нас", "вас", "меня", "тебя", "себя", "ней", "ним"])
#: Russian possessives before the noun "после" takes ("после его отставки", "после их ухода"):
#: after a preposition "его", "её", "их" are possessives (the pronouns are "него", "неё", "них").
_RUSSIAN_POSSESSIVES = frozenset(["его", "её", "ее", "их", "моего", "моей", "наших", "нашего", "нашей", "своего",
                                  "своей", "своих", "вашего", "вашей"])
#: Capitalised words after the preposition that open no event ("After I left", "After It").
_NOT_EVENT_OPENERS = frozenset(["i", "he", "she", "we", "they", "it", "you", "this", "that", "these", "those"])


#: Conjunctions opening a clause of time that a claim of the future holds after, in the covered
#: languages ("Once the elections are over, ", "Sobald die Wahl vorbei ist, ", "Une fois les
#: élections passées, ", "Non appena ...", "En cuanto ...", "Assim que ...", "Как только ..."):
#: cut off, the claim holds now (review of rules 49: only a preposition before an event was read).
_TIME_CLAUSE = re.compile(
    r"(?:once|as\s+soon\s+as|sobald|nachdem|une\s+fois|dès\s+que|des\s+que|après\s+que|una\s+volta|"
    r"non\s+appena|dopo\s+che|una\s+vez|en\s+cuanto|tan\s+pronto\s+como|después\s+de\s+que|assim\s+que|"
    r"depois\s+que|uma\s+vez|logo\s+que|как\s+только|после\s+того\s+как|when|quand|lorsque|cuando|quando|"
    r"когда|"
    # a bound's conjunctions the list missed (red team rvq61: "By the time the plant opens, [prices
    # will have doubled]", "Jusqu'à ce que ...", "Hasta que ...", "Finché ...", "Пока не ..." passed)
    r"by\s+the\s+time|the\s+moment|erst\s+wenn|erst\s+nachdem|bevor|avant\s+qu(?:e|(?=['\u2019]))|"
    r"jusqu['\u2019]à\s+ce\s+qu(?:e|(?=['\u2019]))|"
    r"tant\s+que|hasta\s+que|mientras(?!\s+que\b)|antes\s+(?:de\s+)?que|finché|fino\s+a\s+quando|prima\s+che|"
    r"até\s+que|enquanto|antes\s+que|пока|до\s+того\s*,?\s+как|после\s+того\s*,\s+как|до\s+тех\s+пор\s*,?\s+пока)"
    r"(?:\s+|['\u2019])(?=\w)",  # a space, or the apostrophe of an elided "qu'" ("avant qu'il")
    re.IGNORECASE)
#: Words after "once" (or "una volta", "una vez") that make it an adverb, not a conjunction ("Once
#: again, ", "Once a farm, ", "Una volta tanto, ").
_NOT_A_CLAUSE = frozenset(["again", "more", "upon", "a", "an", "and", "or", "before", "already", "too", "only",
                           "every", "twice", "tanto", "más", "mais", "ancora", "encore", "possible", "posible",
                           "possibile", "possível", "necessary", "needed", "asked"])
#: The first words of the conjunctions meaning "once", after which :data:`_NOT_A_CLAUSE` makes an
#: adverb; after any other conjunction only :data:`_NOT_A_CLAUSE_ANY` does ("as soon as possible").
_ONCE_WORDS = frozenset(["once", "une", "una", "uma"])
_NOT_A_CLAUSE_ANY = frozenset(["possible", "posible", "possibile", "possível", "necessary", "needed", "asked"])
#: Set phrases of two words after "une fois", "una volta", "una vez" that make it an adverb
#: ("Une fois de plus, ", "Une fois pour toutes, ", "Una volta per tutte, ": red team rvq54).
_NOT_A_CLAUSE_PAIRS = frozenset([("de", "plus"), ("pour", "toutes"), ("per", "tutte"), ("per", "sempre"),
                                 ("por", "todas"), ("for", "all"), ("it", "comes"), ("il", "s'agit")])


def opens_time_clause(rest: str) -> bool:
    """Whether ``rest`` (a clause before a quote, to the quote) opens with a conjunction of
    :data:`_TIME_CLAUSE` and closes that clause with a comma before the quote, the clause one
    word or more ("Once elected, ", "Une fois élu, ": a participle's clause, red team rvq54) and
    no adverb's phrase (:data:`_NOT_A_CLAUSE`: "Once again, "; :data:`_NOT_A_CLAUSE_PAIRS`:
    "Une fois de plus, ")."""
    m = _TIME_CLAUSE.match(rest)
    if m is None or "," not in rest:
        return False
    clause = [fold_word(w) for w in re.findall(WORD, rest[m.end():rest.index(",")])]
    if clause[:1] == ["in"] and not fold_word(m.group()).startswith(("when", "quand", "cuando", "quando")):
        return False  # "Once in a while, "; "When in doubt, " is a condition (review of rules 53)
    if fold_word(m.group().split()[0]) not in _ONCE_WORDS:
        # "Até que a investigação termine, ": "a" is an article after a conjunction of time only
        # ("once a year" is "once"'s alone; red team rvq61)
        return bool(clause) and clause[0] not in _NOT_A_CLAUSE_ANY and tuple(clause[:2]) not in _NOT_A_CLAUSE_PAIRS
    return bool(clause) and clause[0] not in _NOT_A_CLAUSE and tuple(clause[:2]) not in _NOT_A_CLAUSE_PAIRS


def names_an_event(following: list[str], preposition: str = "") -> bool:
    """Whether ``following`` (the words after ``preposition``, one of
    :data:`EVENT_BOUND_PREPOSITIONS`, as written) names an event within :data:`EVENT_REACH` words
    (:func:`event_end`)."""
    return event_end(following, preposition) is not None


def future_or_conditional(text: str, language: str | None) -> bool:
    """Whether ``text`` (the quoted words' clause) claims a future or a condition: an auxiliary of
    :data:`_FUTURE_AUXILIARIES`, a conditional's ending, or what
    :func:`archiver.quotes.time_bound.future_claim` reads (a Romance future, a German present)."""
    words = [fold_word(w) for w in re.findall(WORD, text)]
    return (any(w in _FUTURE_AUXILIARIES or (len(w) > 5 and w.endswith(_CONDITIONAL_ENDINGS)) for w in words)
            or future_claim(text, language))


#: Verbs "after" follows as a part of the verb, not as a bound in time ("named after", "look after").
PHRASAL_VERBS = _listed("""
named name names naming look looks looking looked see sees seeing ask asks asking asked call called
take takes taking took modelled modeled run runs running ran go goes going went come comes came chase
chasing lust hanker inquire inquires
""")


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
    following = re.findall(WORD, m.group(2))
    noun = event_end(following, m.group(1))
    if noun is None or not future_or_conditional(quote_text, language_around(original, end)):
        return None
    if (last := LAST_WORD.search(quote_text)) is not None and fold_word(last.group(1)) in PHRASAL_VERBS:
        return None  # "will be named after the founder", "will look after the children"
    words_end = m.start(2) + [w.end() for w in re.finditer(WORD, m.group(2))][noun]
    words = original[m.start(1):words_end]
    return Difference("trailing_word", True, None, words, m.start(1), words_end,
                      note=f"the quote ends right before {words!r}, which sets when its claim holds in the source")
