"""A clause of time around a future claim, cut off: after the claim ("Prices will rise once the
elections are over", "Die Preise werden steigen, sobald die Wahl vorbei ist") or quoted without
its conjunction ("the elections are over" of "Once the elections are over, prices will rise").

Why: rules 52-53 read a clause of time only opening the sentence before the claim it bounds
(:func:`archiver.quotes.event_bound.opens_time_clause`), so the same clause after the claim was
left out unread, and the clause itself quoted without its "Once" passed ``exact`` as if the
elections were over (review of rules 53, red team rvq54). A future claim bounded by a clause
holds only once the clause's event has come; the clause's event, cut from its conjunction, is
stated as a fact where the source says it has not happened yet.

Only conjunctions that open a clause of time and nothing else are read after a claim, and "when",
"quand", "cuando", "quando", "когда" after a verb other than one of asking, saying, knowing or
deciding (:data:`_ASKING`), where they open an indirect question ("will decide when the vote
takes place"; review of rules 53-55, red team rvq56: "Prices will rise" of "... when the tax
ends" passed ``exact`` in six languages); "une fois", "una volta", "una vez" only before an
article or a participle ("Il viendra une fois les travaux terminés"). "once"
after "at", "only", "just", "than" is an adverb, and a conjunction before a word of
:data:`_ADVERB_AFTER` opens no clause ("once a year", "once more", "as soon as possible").
"""

from __future__ import annotations

import re

from archiver.quotes.event_bound import EVENT_NOUNS, future_or_conditional
from archiver.quotes.german_present import DE_AUXILIARIES, german_present
from archiver.quotes.lexicon import TIME_SPAN_NOUNS, WORD, fold_word, is_negation, language_around
from archiver.quotes.model import Difference
from archiver.quotes.past_tense import first_tense, reads_past
from archiver.quotes.present_verb import DETERMINERS, third_person_present
from archiver.quotes.romance_present import AS_SOON_AS, romance_present
from archiver.quotes.trail_aside import speakers_tag

#: Conjunctions of every time the clause's event comes: what the claim says holds only then,
#: whatever its tense ("The road closes whenever the river floods"; red team rvq61).
_EVERY_TIME = (r"whenever|every\s+time|each\s+time|jedes\s+mal\s*,?\s+wenn|chaque\s+fois\s+que|"
               r"cada\s+vez\s+que|ogni\s+volta\s+che|sempre\s+che|всякий\s+раз\s*,?\s+когда")
#: Conjunctions of "before": after a claim they bound it only where it is denied ("The mine will
#: not reopen before the inquiry ends": it may after); "It will set before it cools" says it will
#: (the faithful-quote survey: "Es wird erstarren, bevor es ... gelangt" was refused).
_BEFORE = r"before|bevor|avant\s+que|antes\s+(?:de\s+)?que|prima\s+che|до\s+того\s*,?\s+как"
#: Conjunctions that open a clause of time only, in the covered languages.
_TIME_ONLY = (r"once|as\s+soon\s+as|sobald|nachdem|dès\s+que|des\s+que|après\s+que|une\s+fois\s+que|lorsque|"
              r"non\s+appena|dopo\s+che|en\s+cuanto|tan\s+pronto\s+como|después\s+de\s+que|assim\s+que|"
              r"depois\s+que|logo\s+que|как\s+только|после\s+того\s*,?\s+как|"
              # red team rvq61: "... после того, как откроется трамвай" (its comma), and the bounds
              # "before", "until" of the other languages ("avant que", "hasta que", "finché", "пока не")
              r"avant\s+que|jusqu['\u2019]à\s+ce\s+que|hasta\s+que|antes\s+(?:de\s+)?que|finché|"
              r"prima\s+che|até\s+que|bevor|пока\s+не|до\s+того\s*,?\s+как|"
              # Italian "appena" without "non" (task q63): a conjunction only before its clause's
              # subject (:data:`_APPENA_CLAUSE`), an adverb elsewhere ("è appena arrivato")
              r"appena|" + _EVERY_TIME)
#: The words after "appena" that make it "as soon as": an article or a subject pronoun opening its
#: clause ("appena la linea apre"); not "appena sufficiente", "appena arrivato" (just, barely).
_APPENA_CLAUSE = frozenset(["il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "io", "tu", "lui", "lei",
                            "noi", "voi", "loro", "si", "ci"])
#: Italian auxiliaries of a perfect or a passive: "appena" right before one and a participle is
#: "as soon as" opening its clause too ("Appena è arrivato, ha parlato"); "just" stands after the
#: auxiliary ("è appena arrivato"). Task q66: lead_word.py read it as "barely" and refused a past
#: clause told as a fact, and this module read no clause there.
_APPENA_AUXILIARIES = frozenset(["è", "sono", "sei", "siamo", "siete", "ha", "hanno", "ho", "hai", "abbiamo", "avete",
                                 "era", "erano", "fu", "furono", "sarà", "saranno", "avrà", "avranno"])
#: How an Italian past participle ends ("arrivato", "finita", "detto", "preso", "chiusi").
_ITALIAN_PARTICIPLE = ("to", "ta", "ti", "te", "so", "sa", "si", "se")


def appena_before_perfect(first: str, second: str) -> bool:
    """Whether "appena" before the words ``first`` and ``second`` (as written) opens a clause whose
    verb is a perfect or a passive ("appena è arrivato", "appena sono stati chiusi")."""
    return fold_word(first) in _APPENA_AUXILIARIES and fold_word(second).endswith(_ITALIAN_PARTICIPLE)


#: Italian articles and demonstratives opening a subject before its verb ("il ministro è arrivato").
_ITALIAN_ARTICLES = frozenset(["il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "questo", "questa", "quel",
                               "quella", "questi", "queste", "quei", "quelle"])


def appena_subject_perfect(quote_text: str) -> bool:
    """Whether "appena" before ``quote_text`` (a quote as written) opens a clause whose
    verb is a perfect or a passive, after the clause's subject or none: "è arrivato", "il ministro
    è arrivato", "l'ultimo treno è partito", "Mario è arrivato". Task q69: rules 68 read only the
    first two words, so "il ministro è arrivato" of "Appena il ministro è arrivato, la riunione è
    cominciata." was taken for a restricted claim and called ``altered`` (a fact told, as English
    "the vote was held" after "Before" passes). A subject holding a number is a share "appena"
    (barely) restricts ("Appena il 5 per cento ha votato"), never a clause's subject."""
    words = quote_text.split()[:6]
    split = [part for word in words for part in re.split(r"['\u2019]", word.strip(".,;:!?\"«»“”")) if part]
    if any(ch.isdigit() for word in split[:4] for ch in word):
        return False
    folded = [fold_word(w) for w in split]
    starts = [0]
    if folded and folded[0] in _ITALIAN_ARTICLES:
        starts += [2, 3]  # "il ministro è", "il nuovo ministro è"
    elif split and split[0][:1].isupper():
        starts.append(1)  # "Mario è arrivato"
    return any(k + 1 < len(split) and appena_before_perfect(split[k], split[k + 1]) for k in starts)


#: Conjunctions of time that also open an indirect question: read only opening a clause.
_TIME_OR_QUESTION = r"when|quand|cuando|quando|когда"
#: "once" of French, Italian and Spanish, which opens a clause of time only before an article or a
#: participle ("une fois les travaux terminés", "una volta finiti i lavori"; not "une fois par mois";
#: Italian "-ato", "-uto" too: "una volta riparato il tetto" was unread, task q57).
_ONCE_ROMANCE = r"une\s+fois|una\s+volta|una\s+vez|uma\s+vez"
_ONCE_CLAUSE = re.compile(r"(?:les|le|la|l'|l\u2019|i|il|gli|lo|los|las|el|os|as|o|a|\w+(?:ée?s?|i|ite?|it[oa]s?|ad[oa]s?|id[oa]s?|[au]t[oaie]))$",
                          re.IGNORECASE)
#: A clause of time right after a quote's end, a comma before it or not (", sobald die Wahl ...").
_CLAUSE_AFTER = re.compile(r"\s*,?\s+(" + _TIME_ONLY + "|" + _TIME_OR_QUESTION + "|" + _ONCE_ROMANCE + r")\s+("
                           + WORD + r")", re.IGNORECASE)
#: After a speaker's tag, German "wenn" (when or if: either bounds a future claim; without a tag
#: :func:`archiver.quotes.mood_condition.wenn_after_clause` reads it): "Die Preise werden sinken,
#: sagte die Ministerin, wenn das Werk öffnet" passed ``exact`` (red team rvq59).
#: English "before", "until", "till", "after" right after a quote's end: a conjunction when a
#: clause follows (:func:`_a_clause`: "The mine will not reopen before the inquiry ends"; red
#: team rvq61), a preposition before a noun (read by :mod:`archiver.quotes.event_bound`).
_EN_BOUND_AFTER = re.compile(r"\s*,?\s+(before|until|till|after)\s+(" + WORD + r")", re.IGNORECASE)
_WENN_AFTER_TAG = re.compile(r"\s*,?\s+(wenn)\s+(" + WORD + r")", re.IGNORECASE)
#: Participles of asking after a tag's conjunction of time: the clause dates the saying, not the
#: claim ("Prices will rise, the minister said, when asked about the plant"; red team rvq59).
_ASKED = frozenset(["asked", "questioned", "pressed", "interviewed", "quizzed", "challenged", "gefragt", "befragt",
                    "interrogé", "interrogée", "interrogés", "questionné", "questionnée", "preguntado",
                    "preguntada", "interrogato", "interrogata", "interpellato", "perguntado", "perguntada",
                    "questionado", "questionada"])
#: The last words of verbs after which "when" and its kin open an indirect question, not a clause
#: of time ("will decide when", "wird erklären, wann", "dira quand", "решит, когда"): their stems.
_ASKING = ("decid", "explain", "say", "tell", "know", "ask", "announce", "reveal", "determin", "wonder", "discuss",
           "learn", "show", "specif", "clarif", "confirm", "entscheid", "erklär", "sag", "wiss", "frag", "bekannt",
           "mitteil", "bestimm", "dir", "décid", "expliqu", "sau", "annonc", "précis", "indiqu", "explic", "sab",
           "anunci", "indic", "spieg", "sapr", "comunic", "chied", "pregunt", "pergunt", "решит", "скаж", "объясн",
           "сообщ", "узна", "определ", "спрос")
#: The conjunction right before a quote's start, at the start of its clause or not.
_CONJUNCTION_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))(" + _TIME_ONLY + "|" + _TIME_OR_QUESTION + r")\s+$",
                                 re.IGNORECASE)
#: Words after a conjunction of time that make it no clause ("as soon as possible", "when
#: necessary", "sobald möglich").
_ADVERB_AFTER = frozenset(["possible", "necessary", "needed", "practicable", "feasible", "possibile", "posible",
                           "possível", "möglich"])
#: Words after "once" alone that make it an adverb ("once more", "once again", "once in a while"),
#: and "a", "an" before a span of time ("once a year"). Task q58: they were read after every
#: conjunction, so "when a new tax comes in", "quando a fábrica reabrir" (an article opening the
#: clause's subject) opened no clause and the claim cut before it passed ``exact``.
_ONCE_ADVERB_AFTER = frozenset(["again", "more", "and", "or", "in", "every", "per", "upon", "twice", "too", "only",
                                "already", "before"])
_FREQUENCY = TIME_SPAN_NOUNS["en"] | {"while", "lifetime", "generation"}
#: Words before "once" that make it an adverb ("at once", "only once", "more than once").
_ADVERB_BEFORE = frozenset(["at", "only", "just", "than", "least", "all"])
#: How far a quote's sentence is read either side for the claim a clause bounds.
_REACH = 200
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _an_adverb(conjunction: str, before: str, first: str, second: str = "") -> bool:
    """Whether ``conjunction`` (as written) opens no clause: its first word (``first``) one of
    :data:`_ADVERB_AFTER` ("as soon as possible"), or "once" before a word of
    :data:`_ONCE_ADVERB_AFTER` ("once again") or "a"/"an" and a span of time (``second``: "once a
    year"), or after a word of :data:`_ADVERB_BEFORE` (``before``, the text before it: "at once")."""
    folded = fold_word(first)
    if folded in _ADVERB_AFTER:
        return True
    if fold_word(conjunction) != "once":
        return False
    words = re.findall(WORD, before)
    return (folded in _ONCE_ADVERB_AFTER or folded in ("a", "an") and fold_word(second) in _FREQUENCY
            or bool(words) and fold_word(words[-1]) in _ADVERB_BEFORE)


def clause_after(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the source goes on right after the match
    (which ends at ``original[end]``; ``quote_text`` its last part as written) with a clause of
    time a future or conditional claim holds after ("Prices will rise" of "... once the elections
    are over"; "Die Preise werden steigen" of "..., sobald die Wahl vorbei ist"), or with a
    speaker's tag and then such a clause (:func:`archiver.quotes.trail_aside.speakers_tag`: "...,
    he said, when the plant reopens", "..., dijo, cuando termine la crisis"; task q58: the tag's
    commas hid the clause, and the claim passed ``exact``). "When" and its kin are still read as
    an indirect question after the quote's own last verb of asking ("will decide, she said, when")."""
    if end > 0 and original[end - 1] in ".!?;:":
        return None
    m = _CLAUSE_AFTER.match(original, end)
    if m is None and (en := _EN_BOUND_AFTER.match(original, end)) is not None:
        stop = _SENTENCE_END.search(original + " ", en.start(2))
        clause = original[en.start(2):stop.start() if stop is not None else len(original)]
        if _a_clause(clause) and first_tense(clause, "en") != "past":
            m = en  # (a past clause, "would not attack before the talks began", is left as rules 61 read it)
    if m is None and original.startswith(",", end) and (tag := speakers_tag(original, end + 1)) is not None:
        m = _CLAUSE_AFTER.match(original, tag) or _WENN_AFTER_TAG.match(original, tag)  # ", he said, when"
        if m is not None and fold_word(m.group(2)) in _ASKED:
            return None  # ", the minister said, when asked about the plant": when she said it
    second = re.match(r"\s+(" + WORD + ")", original[m.end():]) if m is not None else None
    if m is None or _an_adverb(m.group(1), original[max(0, end - 40):end], m.group(2),
                               second.group(1) if second else ""):
        return None
    conjunction = fold_word(m.group(1).split()[0])
    if re.fullmatch(_TIME_OR_QUESTION, conjunction):
        last = re.findall(WORD, original[max(0, end - 40):end])
        if not last or fold_word(last[-1]).startswith(_ASKING):
            return None  # "will decide when the vote takes place": an indirect question
    elif conjunction in ("une", "una", "uma") and not _ONCE_CLAUSE.match(m.group(2)):
        return None  # "une fois par mois": once a month
    elif conjunction == "appena" and fold_word(m.group(2)).rstrip("'\u2019") not in _APPENA_CLAUSE:
        return None  # "sarà appena sufficiente": barely
    elif conjunction == "en" and fold_word(m.group(2)) in ("a", "al"):
        return None  # "en cuanto a la vivienda": as for, no clause of time (task q63)
    every_time = re.fullmatch(_EVERY_TIME, m.group(1), re.IGNORECASE) is not None and "," not in m.group()
    language = language_around(original, end)
    if not every_time and not future_or_conditional(quote_text, language):
        return None
    if re.fullmatch(_BEFORE, m.group(1), re.IGNORECASE) and not any(
            is_negation(fold_word(w), language) for w in re.findall(WORD, quote_text)):
        return None  # "Es wird erstarren, bevor es ... gelangt": it will, the clause only says when
    stop = _SENTENCE_END.search(original, m.end())
    clause_end = stop.start() if stop is not None and stop.start() - m.start(1) < _REACH else m.end()
    words = original[m.start(1):clause_end].rstrip(" ,")
    return Difference("trailing_word", True, None, words, m.start(1), m.start(1) + len(words),
                      note=f"the quote ends right before {words!r}, which sets when its claim holds in the source")


#: English "after", "before", "until", "till" right before a quote's start: a conjunction of time
#: when the quote opens with a clause (:func:`_a_clause`), a preposition before a noun phrase
#: ("After the summer holidays, "; "before", "until": task q61, the same clause read after them).
_AFTER_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(]))(after|before|until|till)\s+$", re.IGNORECASE)


def _a_clause(quote_text: str) -> bool:
    """Whether the quote's first clause is a clause: it holds a finite verb the lists know
    (:func:`archiver.quotes.past_tense.first_tense`: "the repairs are done", "the workers have
    left"), or one read by its form (:func:`_verb_by_form`: "the storm passes", "the talks end");
    not a noun phrase ("the summer holidays", "the peace talks"). Task q58 read the lists only, so
    "[the storm passes]" of "After the storm passes, prices will fall" passed ``exact`` (task q61)."""
    first = re.split(r"[,;:.!?]", quote_text, maxsplit=1)[0]
    return first_tense(first, "en") is not None or _verb_by_form(re.findall(WORD, first))


#: Subject pronouns a clause of time may open with ("after they leave").
_SUBJECT_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])


def _verb_by_form(words: list[str]) -> bool:
    """Whether ``words`` (a first clause's words as written) read as an English subject and its
    verb by their form: a subject pronoun and a word after it ("they leave"); a verb of the third
    person singular after a singular noun a determiner opens
    (:func:`archiver.quotes.present_verb.third_person_present`: "the storm passes", "the plant
    reopens"); or a bare lowercase word after a plural noun a determiner opens, closing the clause
    or before a determiner ("the talks end", "the workers leave the site"). A noun phrase ending in
    a noun of an event (:data:`archiver.quotes.event_bound.EVENT_NOUNS`: "the summer holidays",
    "the peace talks", "the general elections") is none: "holidays" ends as a verb does. Both
    readings of "After the bus stops, ..." are possible; the clause's is taken, the safe side."""
    folded = [fold_word(w) for w in words]
    if len(words) < 2 or folded[-1] in EVENT_NOUNS:
        return False
    if folded[0] in _SUBJECT_PRONOUNS:
        return True
    if third_person_present(words):
        return True
    if folded[0] not in DETERMINERS:
        return False
    for i in range(2, min(len(words), 5)):
        head, verb = folded[i - 1], words[i]
        if (head.endswith("s") and not head.endswith("ss") and verb.islower() and not verb.endswith(("s", "ing"))
                and (i + 1 == len(words) or folded[i + 1] in DETERMINERS)):
            return True
    return False


def conjunction_dropped(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (from ``original[start]``;
    ``quote_text`` its first part) starts right after a conjunction of time whose clause bounds a
    future or conditional claim in the same sentence: the clause's event quoted as a fact ("the
    elections are over" of "Once the elections are over, prices will rise."). A past claim's
    clause is a fact told ("the votes were counted" of "Once the votes were counted, the mayor
    resigned."); "when" and its kin are read only opening the sentence or after a comma, English
    "after" only before a clause (:data:`_AFTER_BEFORE`)."""
    lead = original[max(0, start - 40):start]
    m = _CONJUNCTION_BEFORE.search(lead) or (_AFTER_BEFORE.search(lead) if _a_clause(quote_text) else None)
    first = re.match(WORD, quote_text.lstrip())
    second = re.findall(WORD, quote_text)[1:2]
    if m is None or first is None or _an_adverb(m.group(1), lead[:m.start()], first.group(0), "".join(second)):
        return None
    if re.fullmatch(_TIME_OR_QUESTION, fold_word(m.group(1))) and re.search(r"(?:^|[.!?;,:]\s*)$", lead[:m.start()]) is None:
        return None  # "will decide when the vote takes place": an indirect question
    if fold_word(m.group(1)) == "appena" and fold_word(first.group(0)) not in _APPENA_CLAUSE and not (
            appena_before_perfect(first.group(0), "".join(second))):
        return None  # "è appena arrivato": just
    at = start - len(lead) + m.start(1)
    ends = list(_SENTENCE_END.finditer(original, max(0, at - _REACH), at))
    sentence_start = ends[-1].end() if ends else max(0, at - _REACH)
    stop = _SENTENCE_END.search(original + " ", start)
    sentence_end = stop.start() if stop is not None else len(original)
    comma = original.find(",", start, sentence_end)
    clause_end = comma if comma >= 0 else sentence_end
    claim = original[sentence_start:at] + " " + original[clause_end:sentence_end]
    language = language_around(original, start)
    if not re.search(WORD, claim) or not (future_or_conditional(claim, language) or _german_verb_first(
            m.group(1), quote_text, original[sentence_start:at], original[clause_end:sentence_end], language)
            or _romance_present_claim(m.group(1), original[sentence_start:at], original[clause_end:sentence_end])):
        return None
    words = m.group(1)
    return Difference("leading_qualifier", True, None, words, at, at + len(words),
                      note=f"the quote starts right after {words!r}: in the source it is a clause of time "
                           "a claim of the future waits for, not a fact")


#: German conjunctions of time after which a main clause opens with its verb ("Sobald die Bahn
#: fährt, sinken die Mieten").
_GERMAN_CONJUNCTIONS = frozenset(["sobald", "nachdem", "bevor"])


def _german_verb_first(conjunction: str, quote_text: str, before: str, after: str, language: str | None) -> bool:
    """Whether the claim a German clause of time opens the sentence before (``after``: the words
    after the clause's comma; ``before``: the sentence's words before the conjunction, none) is in
    the present: its verb first ("Sobald die Bahn fährt, sinken die Mieten"), read as
    :func:`archiver.quotes.german_present.german_present` reads "Es sinken die Mieten", its
    placeholder subject put back. A German present after "sobald" is a claim still to come, as
    "werden ... sinken" is; rules 62 read only the second (task q63, red team rvq61: "die Bahn
    fährt" passed ``exact``). A past ("sanken die Mieten") is a fact told and is not read, nor a
    quote (``quote_text``) ending on a noun, short of its clause's verb, which states no event ("die
    Sorgen dann im Thermalbad" of "Nachdem die Sorgen dann im Thermalbad verdampft sind, ...": the
    faithful-quote survey's one new refusal of a first reading)."""
    if fold_word(conjunction) not in _GERMAN_CONJUNCTIONS or language not in (None, "de") or re.search(WORD, before):
        return False
    quoted = re.findall(WORD, quote_text)
    if not quoted or not quoted[-1][:1].islower():
        return False
    words = re.findall(WORD, after)
    if words and fold_word(words[0]) in _GERMAN_PERFECT:
        # "hat der Rat entschieden": a perfect, a fact told; but "ist"/"sind" after a clause whose own verb is a
        # present ("Sobald der Rat zustimmt, ist die Sache erledigt", "sind die Mieten gestiegen") tell a state or a
        # perfect still to come (rules 69: the clause passed exact, "der Rat zustimmt" as if it had)
        return fold_word(words[0]) in _GERMAN_STATE and _clause_verb_in_present(quoted)
    return german_present(["Es", *words], told=True)


def _clause_verb_in_present(quoted: list[str]) -> bool:
    """Whether a German subordinate clause's words (its verb last) end on a finite verb of the present ("zustimmt",
    "fährt"), not a past ("eröffnet wurde", :func:`~archiver.quotes.past_tense.reads_past`) or an auxiliary that
    makes a compound of unknown time ("zugestimmt hat", "erzielt ist")."""
    return fold_word(quoted[-1]) not in DE_AUXILIARIES and not reads_past(" ".join(quoted), "de")


#: The auxiliaries of a German perfect, which opening the claim tell a past ("Nachdem die Linie
#: eröffnet wurde, hat der Rat entschieden"); "ist"/"sind" only after a clause told in the past (rules 69).
_GERMAN_PERFECT = frozenset(["hat", "haben", "ist", "sind"])
#: ... of which those that are also the present of a state ("ist die Sache erledigt", "ist die Stadt erreichbar").
_GERMAN_STATE = frozenset(["ist", "sind"])


def _romance_present_claim(conjunction: str, before: str, after: str) -> bool:
    """Whether a French, Spanish, Portuguese or Italian clause of "as soon as" (``conjunction``
    as written) bounds a claim in the present (:func:`archiver.quotes.romance_present.romance_present`):
    the claim after the clause's comma when the clause opens the sentence ("Dès que la ligne ouvre,
    les loyers baissent"), else the sentence's words before the conjunction ("Los alquileres bajan
    en cuanto la línea abre"). Task q65: rules 64 read a future claim only, and "la ligne ouvre"
    passed ``exact`` as if the line were open. The claim's language is the conjunction's."""
    language = AS_SOON_AS.get(" ".join(fold_word(w) for w in conjunction.split()))
    return language is not None and romance_present(before if re.search(WORD, before) else after.lstrip(" ,"),
                                                    language)
