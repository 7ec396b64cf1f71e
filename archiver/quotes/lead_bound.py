"""A bound in time opening the clause a quote starts in, cut off: a lasting claim of a bounded one.

"bleibt die Brücke gesperrt" of "Bis Ende März bleibt die Brücke gesperrt.", "the bridge stays
closed" of "Until March, the bridge stays closed.", "taxes will be cut" of "From 2027, taxes will
be cut.": the source says the claim holds until (or from, or by) a time; the quote, that it holds.
Rules 44 read such a bound after a quote's end and in an ellipsis's gap, and the word right before
a quote (:mod:`archiver.quotes.lead_word`), but not a bound phrase opening the sentence or the
clause ("that until March the bridge ...", ", bis Ende März bleibt ...") before the quote: the
review of rules 45 found "Bis Ende März" cut from a German verb-second sentence passing as
``exact``.

The bound is one of :func:`archiver.quotes.time_bound.bound_opens` (a deadline, an "until", a
starting point, in every covered language); a date of an event ("Am Montag sagte er", "On
Monday, the mayor said") is none. As after a quote's end, it limits a claim in the present or the
future, or a state ("was closed", "закрыт"), not a deed done in the past ("Until 2019, the plant
employed 300 people": its past already places it in time). An event after "after", "nach",
"après" ("After the elections, the bridge will reopen") bounds a future or a condition so
(:mod:`archiver.quotes.event_bound`).
"""

from __future__ import annotations

import re

from archiver.quotes.event_bound import (
    EVENT_BOUND_PREPOSITIONS,
    future_or_conditional,
    names_an_event,
    opens_time_clause,
)
from archiver.quotes.lexicon import REPORTING_WORDS, WORD, fold_word, language_around
from archiver.quotes.model import Difference
from archiver.quotes.past_tense import first_tense
from archiver.quotes.present_verb import third_person_present
from archiver.quotes.time_bound import (
    bound_opens,
    since_or_from,
    starting_point,
    state_until,
    to_now,
)
from archiver.quotes.trail_aside import speakers_tag
from archiver.quotes.trail_limit import PRESENT_VERBS

#: How far back the sentence the quote starts in is looked for.
_REACH = 200
#: A sentence's end (or a paragraph's) before the quote: its clause is read from there on.
_SENTENCE_END = re.compile(r"(?:[.!?;:]['\"\u201d\u00bb]?\s+|\n)")
#: Where a clause opens inside the sentence before the quote: after a comma, or after a word
#: opening a reported clause ("that until March ...", "dass bis Ende März ...").
_CLAUSE_OPENER = re.compile(
    r"(?:,\s*|\b(?:that|dass|que|qu['\u2019]|che|ch['\u2019]|что|porque|because|weil)\s+)", re.IGNORECASE)
#: Verbs of saying a reported clause follows without "that" ("The mayor said until March the
#: bridge stays closed": review of rules 49, read after "that" only).
_SAID = frozenset(["said", "says", "sagte", "sagt", "dit", "dijo", "detto", "disse", "announced", "added", "warned",
                   "stressed", "insisted", "confirmed",
                   # Russian (rules 54: "Мэр сказал до конца марта мост будет закрыт")
                   "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "сообщил", "сообщила", "сообщили"])
#: Opening marks a sentence may start with before its bound.
_OPENING = " \t\"'\u201c\u201e\u00ab\u2018(-\u2013\u2014"
_ANY_PRESENT = frozenset().union(*PRESENT_VERBS.values()) - {"son"}
#: How many of the quote's first words hold the verb the bound governs: the clause right after it
#: ("the bridge stays closed"), not one further on ("... that we started to track which tests
#: passed": "tests" after "which" read as a present).
_CLAUSE_HEAD = 6
#: A stand-in for the bound before the quote, where a German verb-second clause's first phrase
#: stands ("So bleibt die Brücke gesperrt"): the claim read is the quote's own, not a verb of the
#: words left out ("Ab Januar entfällt die Steuer und [vermutlich auch die Einkommenssteuer]",
#: "Bis September wird [das AI Lab von ZF]": noun phrases, no claim; the faithful survey).
_FIRST_PHRASE = "So "
#: The most words of a bound phrase before its comma ("Until the end of March, "), and after
#: that comma before the quote ("Until March, the bridge [stays closed]"), or of the words from
#: the bound to the quote with no comma ("Fino alla fine di marzo il ponte [resta chiuso]"):
#: past them the comma closes a clause of its own ("bis in zehn Jahren eine Zielgröße umgesetzt
#: wird, [die festlegt ...]": a relative clause, the faithful survey).
_BOUND_WORDS = 6
_AFTER_COMMA_WORDS = 4
_NO_COMMA_WORDS = 8
#: How many words a clause a conjunction of time opens may hold before its comma ("Después de que
#: se firme el acuerdo, ", "Avant que la réforme n'entre en vigueur, ": seven words, past
#: :data:`_BOUND_WORDS`; red team rvq61): the conjunction tells where the clause starts, and its
#: comma closes it.
_CLAUSE_WORDS = 10
#: The most words after the bound's comma when they end in a saying still to come, whose reported
#: clause the quote is ("After the vote, the mayor will tell residents [taxes will rise]", "...,
#: the mayor is expected to say [...]": red team rvq52, wrong passes of rules 51 past
#: :data:`_AFTER_COMMA_WORDS`).
_SAYING_WORDS = 8
#: The most words of an aside other than a speaker's tag between the bound's comma and the next
#: (an adverb or a short phrase: "however", "in any case", "so der Bürgermeister", "at the very
#: least", "so jedenfalls die Stadt": four since red team rvq52), not a clause.
_ASIDE_WORDS = 4
#: German modals of the present and their subjunctives, the claim of a plan or a duty a bound
#: limits ("Ab 2027 muss jeder Neubau ...", "Bis 2030 sollte das Werk ..."; red team rvq52: rules
#: 49 made "soll" a present of the bound after a quote's end, not of one before it). Not the
#: pasts ("musste", "durfte"), a duty that held then.
_GERMAN_MODALS = frozenset(["soll", "sollen", "muss", "müssen", "kann", "können", "darf", "dürfen", "will", "wollen",
                            "sollte", "sollten", "müsste", "müssten", "könnte", "könnten", "dürfte", "dürften"])
#: "bis zu" before an amount is "up to", no bound in time ("Bis zu 30 Kilowatt ...").
_UP_TO = re.compile(r"bis\s+zu\b", re.IGNORECASE)


def _clause_starts(lead: str) -> list[int]:
    """Where clauses open in ``lead`` (the sentence before the quote): its start and after every
    :data:`_CLAUSE_OPENER`, marks skipped."""
    starts = sorted([0] + [m.end() for m in _CLAUSE_OPENER.finditer(lead)] + [  # "said until March the bridge"
        m.end() for m in re.finditer(WORD + r"\s+", lead) if fold_word(m.group().strip()) in _SAID])
    out = []
    for at in starts:
        while at < len(lead) and lead[at] in _OPENING:
            at += 1
        out.append(at)
    return out


def _short_enough(rest: str, time_clause: bool = False) -> bool:
    """Whether ``rest`` (from the bound to the quote) is a bound phrase and at most a few words
    (:data:`_BOUND_WORDS`, :data:`_AFTER_COMMA_WORDS`, :data:`_NO_COMMA_WORDS`; a clause a
    conjunction of time opens, ``time_clause``, up to :data:`_CLAUSE_WORDS` before its comma)."""
    if "," not in rest:
        return len(re.findall(WORD, rest)) <= _NO_COMMA_WORDS
    bound, after = rest.split(",", 1)
    said = [fold_word(w) for w in re.findall(WORD, after)]
    reach = _SAYING_WORDS if _saying_to_come(said) else _AFTER_COMMA_WORDS
    bound_words = [fold_word(w) for w in re.findall(WORD, bound)]
    # a saying to come closing the bound's own clause, its comma the reported clause's ("Nach der
    # Abstimmung wird der Bürgermeister sagen, [...]": task q57)
    bound_reach = _SAYING_WORDS if not said and _saying_to_come(bound_words) else _BOUND_WORDS
    if time_clause:
        bound_reach = max(bound_reach, _CLAUSE_WORDS)
    return len(bound_words) <= bound_reach and len(said) <= reach


def _saying_to_come(words: list[str]) -> bool:
    """Whether ``words`` (folded: a clause's words before the quote) end in a verb of saying still
    to come, :data:`_NOT_YET` in the two words before it, and an addressee at most after it ("will
    tell residents", "is expected to say", "wird sagen")."""
    if words and words[-1] in _THAT:
        words = words[:-1]  # "annoncera aux habitants que [...]"
    return any((w in REPORTING_WORDS or w in _SAYING_INFINITIVES) and _not_yet(words, i) and len(words) - i <= 2
               or w in _SAYING_FUTURES and len(words) - i <= 3 for i, w in enumerate(words))


def _reports_to_come(rest: str, opener: re.Match[str]) -> bool:
    """Whether ``opener`` (a "that", "que", "dass" in ``rest``, the clause before the quote) ends
    ``rest`` after a saying still to come (:func:`_saying_to_come`): the quote is the reported
    clause of a saying the bound dates as it dates the claim ("After the vote, the mayor will tell
    residents that [...]", "Après le vote, le maire annoncera aux habitants que [...]"; task q57:
    the opener started a clause of its own, and the quote passed ``exact``)."""
    return not rest[opener.end():].strip() and _saying_to_come(
        [fold_word(w) for w in re.findall(WORD, rest[:opener.end()])])


def _listed(words: str) -> frozenset[str]:
    """The words of ``words``, several a line, as a set."""
    return frozenset(words.split())


#: Romance and Russian futures of verbs of saying ("le maire annoncera aux habitants que", "dirá
#: que", "скажет"): a saying still to come as "will tell" is (task q57: read in English only, so
#: "Après le vote, le maire annoncera ... que [les impôts augmenteront]" passed ``exact``).
_SAYING_FUTURES = _listed("""
dira diront annoncera annonceront déclarera déclareront expliquera expliqueront affirmera affirmeront précisera
préciseront indiquera indiqueront dirá dirán dirão anunciará anunciarán anunciarão declarará declararán
declararão explicará explicarán explicarão afirmará afirmarán afirmarão informará informarán informarão dirà
diranno annuncerà annunceranno dichiarerà dichiareranno spiegherà spiegheranno affermerà affermeranno
comunicherà comunicheranno скажет скажут заявит заявят объявит объявят сообщит сообщат объяснит объяснят
""")
#: Infinitives of verbs of saying :data:`REPORTING_WORDS` leaves out, read after a word of
#: :data:`_NOT_YET` ("will announce", "wird ... erklären", "va annoncer", "vai anunciar").
_SAYING_INFINITIVES = _listed("""
announce explain confirm warn reveal declare erklären ankündigen mitteilen verkünden bestätigen betonen warnen
annoncer expliquer dire déclarer confirmer anunciar explicar decir declarar confirmar dizer annunciare spiegare
dichiarare confermare
""")
#: Conjunctions that may end the words before a reported clause ("... annoncera aux habitants que").
_THAT = frozenset(["that", "dass", "que", "che", "что"])
#: German auxiliaries of the future and the conditional, whose infinitive closes the clause after
#: its subject ("Nach der Abstimmung wird der Bürgermeister sagen, [...]"): read up to
#: :data:`_VERB_LAST_WORDS` words before the verb of saying (task q57).
_GERMAN_FUTURE = frozenset(["wird", "werden", "würde", "würden"])
_VERB_LAST_WORDS = 5


def _not_yet(words: list[str], i: int) -> bool:
    """Whether the verb of saying ``words[i]`` is still to come: :data:`_NOT_YET` in the two words
    before it, or a German auxiliary of :data:`_GERMAN_FUTURE` opening its clause a few words before
    ("wird der Bürgermeister sagen")."""
    return bool(_NOT_YET.intersection(words[max(0, i - 2):i])
                or _GERMAN_FUTURE.intersection(words[max(0, i - _VERB_LAST_WORDS):i]))


def _bounded_claim(bound_and_quote: str, quote_text: str, language: str | None) -> bool:
    """Whether the clause (``bound_and_quote``: :data:`_FIRST_PHRASE` and the quote) makes a claim a
    bound in time limits: a future, a condition or a present
    (:func:`archiver.quotes.event_bound.future_or_conditional`,
    a verb of :data:`PRESENT_VERBS`, an English third person present), or a state (a passive, a
    Russian short participle)."""
    # (a told language's verbs and those of every other: a short text's language is a guess from a
    # word or two, "Fino a marzo, le iscrizioni restano aperte." read as French by its "le", so
    # "restano" was no present: red team rvq52, as rules 50 read a future's ending)
    verbs = PRESENT_VERBS.get(language or "", frozenset()) | _ANY_PRESENT | _GERMAN_MODALS
    quoted = re.findall(WORD, quote_text)[:_CLAUSE_HEAD]
    return (future_or_conditional(bound_and_quote, language) or any(
        fold_word(w) in verbs or _REFLEXIVE_PRESENT.fullmatch(fold_word(w)) for w in quoted)
            or (language in ("en", None) and third_person_present(quoted)) or state_until(quote_text))


#: A French reflexive verb in the present, its "se" elided ("s'applique", "s'ouvrent"; not "s'il",
#: nor an imperfect "s'appliquaient"): a present as "reste" is (task q57: "Jusqu'à aujourd'hui,
#: l'ancienne règle s'applique. À partir de lundi, ..." passed ``exact``, its verb unread).
_REFLEXIVE_PRESENT = re.compile(r"s['\u2019](?!ils?$)[^\W\d_]+(?<!ai)(?:e|ent)")


def _event_bound(rest: str, quote_text: str, language: str | None) -> bool:
    """Whether ``rest`` (the clause before the quote) opens with a preposition setting an event a
    future or conditional claim holds after ("After the elections, ", "Nach der Wahl",
    "Après les élections, ": :mod:`archiver.quotes.event_bound`), not one a verb of saying follows
    before the quote: then it dates the saying, not the claim ("After the vote, the mayor said",
    "Nach der Wahl sagte der Bürgermeister, ": red team rvq48, false alarms of rules 46)."""
    words = [fold_word(w) for w in re.findall(WORD, rest)]
    if _dates_a_saying(words[1:] + _head_before_future(quote_text)):
        return False  # the event dates the saying: "After the vote, the mayor said [taxes will rise]"
    return bool(words) and (words[0] in EVENT_BOUND_PREPOSITIONS and names_an_event(re.findall(WORD, rest)[1:], words[0])
                            or opens_time_clause(rest)) and future_or_conditional(_FIRST_PHRASE + quote_text, language)


#: Pasts of saying, promising and foreseeing that :data:`REPORTING_WORDS` leaves out, which an
#: event before them dates as it dates "said" ("After the vote, the mayor promised taxes would
#: fall", "Nach der Wahl versprach der Bürgermeister, ...": red team rvq52, false alarms of rules 49).
_SAYING_PASTS = frozenset([
    "promised", "pledged", "vowed", "predicted", "forecast", "confirmed", "revealed", "indicated", "signalled",
    "signaled", "hinted", "estimated", "versprach", "versprachen", "prophezeite", "bestätigte", "kündigte",
    "prometió", "anunció", "confirmó", "predijo", "promis", "annoncé", "confirmé", "prédit", "promesso",
    "annunciato", "confermato", "prometeu", "anunciou", "confirmou", "previu", "пообещал", "пообещала",
    "заявил", "заявила", "подтвердил", "подтвердила"])
#: Words before a verb of saying that make it no saying done the event could date: one still to come
#: ("will tell", "is expected to say", "wird sagen"). And an article before it makes it a
#: participle of the subject's noun ("the announced cuts", "the reported victims"). Red team rvq52:
#: wrong passes of rules 49.
_NOT_YET = frozenset(["will", "would", "shall", "to", "wird", "werden", "würde", "va", "vont", "vai", "vão", "going"])
_ARTICLES = frozenset(["the", "a", "an", "der", "die", "das", "den", "le", "la", "les", "el", "los", "las", "il",
                       "lo", "gli", "o", "os", "as"])
#: Words that end the quote's head read for its own verb of saying (:func:`_head_before_future`).
_FUTURE_MARKS = _NOT_YET | frozenset(["would", "could", "might", "may", "würden", "könnte", "sollte"])


def _dates_a_saying(words: list[str]) -> bool:
    """Whether ``words`` (folded: the clause between the event and the quote, then the quote's
    head) hold a saying done, a verb of :data:`REPORTING_WORDS` or :data:`_SAYING_PASTS` with
    no :data:`_NOT_YET` in the two words before it nor an article right before it."""
    return any((w in REPORTING_WORDS or w in _SAYING_PASTS) and not _not_yet(words, i)
               and not (i > 0 and words[i - 1] in _ARTICLES) for i, w in enumerate(words))


def _head_before_future(quote_text: str) -> list[str]:
    """The quote's folded words up to its first comma, at most :data:`_CLAUSE_HEAD`, stopping at a
    word of the future or a condition (:data:`_FUTURE_MARKS`): a verb of saying there makes the
    quote's claim a saying the event dates ("[the mayor said he would resign]" of "After the vote,
    the mayor said he would resign."; red team rvq52), one after it ("taxes will rise, the mayor
    said") not."""
    head = []
    for w in re.findall(WORD, quote_text.split(",")[0])[:_CLAUSE_HEAD]:
        if fold_word(w) in _FUTURE_MARKS:
            break
        head.append(fold_word(w))
    return head


#: A conjunction after the second comma: what stands between the commas is a clause the quote's
#: is joined to, no aside ("Sobald die Muskulatur anspannt, blockiert sie die Hüfte, und [man wird
#: ... geworfen]": the clause of time reached across a main clause; the faithful survey, false
#: alarms of rules 52). Not Spanish "o" (or), the Portuguese article "o".
_COORDINATED = re.compile(r"\s*(?:and|but|or|und|aber|oder|doch|et|mais|ou|y|pero|e|ed|ma|mas|и|а|но|или)\s",
                          re.IGNORECASE)


def _without_tag(rest: str, quote_text: str = "") -> str:
    """``rest`` (from a clause's start to the quote) without a speaker's tag set off between the
    bound's comma and the next ("Until March, the mayor said, " read as "Until March, "; ", sagte
    der Bürgermeister,", ", a dit le maire,": :func:`archiver.quotes.trail_aside.speakers_tag`):
    the tag parts the bound from the claim it limits no more than it parts a quote's end from
    what follows (review of rules 46: "the bridge stays closed" of "Until March, the mayor said,
    the bridge stays closed." passed ``exact``, the second comma hiding the bound), or after the
    subject the bound's clause opens with ("Until March, the bridge, the mayor said, " read as
    "Until March, the bridge "; review of rules 47: ``exact``, the tag's commas hiding it), or
    without an aside of at most :data:`_ASIDE_WORDS` words after the bound's comma ("Until March,
    however, ", "Jusqu'à fin mars, en tout cas, ", "Bis Ende März, so der Bürgermeister, ": red
    team rvq48), but not before a conjunction (:data:`_COORDINATED`, after the comma or opening
    ``quote_text``)."""
    commas = [i for i, c in enumerate(rest) if c == ","]
    if len(commas) not in (2, 3):
        return rest
    for n, at in enumerate(commas[:-1]):
        end = speakers_tag(rest, at + 1)
        if end is None and n == 0 and len(commas) == 2 and (
                len(re.findall(WORD, rest[at + 1:commas[-1]])) <= _ASIDE_WORDS) and not _COORDINATED.match(
                    rest[commas[-1] + 1:] + quote_text):
            end = commas[-1]  # "Until March, however, ", "Bis Ende März, so der Bürgermeister, "
        if end is None:
            continue
        shown = rest[:at + 1] + rest[end + 1:] if n == 0 else rest[:at] + rest[end + 1:]
        return shown if shown.count(",") <= 1 else rest
    return rest


#: A conjunction of contrast closing the words before the quote, a comma before it or not ("...,
#: but [...]", "..., mas [...]", "... aber [...]"), after a clause of its own.
_BUT_BEFORE = re.compile(r",?\s*(?:but|yet|aber|doch|jedoch|mais|pero|mas|porém|ma|però|но)\s*$", re.IGNORECASE)


def _without_past_clause(rest: str) -> str:
    """``rest`` (from a clause's start to the quote) without a clause in the past between the
    bound's comma and a conjunction of contrast right before the quote (:data:`_BUT_BEFORE`):
    "Depois da eleição, o desemprego caiu, mas " read as "Depois da eleição, ". The bound opening
    the sentence sets the time of both clauses; the past one is a deed done then, and the claim
    after "but" is the one the bound still limits (task q58: the second comma hid the bound, and
    "[os preços subirão]" passed ``exact``). A clause in the present stays a clause the quote's is
    joined to ("Sobald die Muskulatur anspannt, blockiert sie die Hüfte, und [...]")."""
    but = _BUT_BEFORE.search(rest)
    comma = rest.find(",")
    if but is None or comma < 0 or comma >= but.start() or "," in rest[comma + 1:but.start()]:
        return rest
    middle = rest[comma + 1:but.start()]
    return rest[:comma + 1] + " " if first_tense(middle, None) == "past" else rest


#: How far after the quote's start the next sentence is looked for (:func:`_next_starts`).
_NEXT_REACH = 300


def _next_starts(original: str, start: int) -> bool:
    """Whether the sentence after the one the quote starts in (at ``original[start]``) opens with
    a starting point (:func:`archiver.quotes.time_bound.starting_point`): "Bis heute gilt die alte
    Regel. Ab Montag gilt die neue.", "Until today, the old rule applies. From Monday, ...": the
    "until today" is a deadline the next sentence sets, no "until now" (red team rvq52)."""
    end = _SENTENCE_END.search(original, start, start + _NEXT_REACH)
    if end is None:
        return False
    at = end.end()
    while at < len(original) and original[at] in _OPENING:
        at += 1
    return starting_point(original, at)


def _bound_before_colon(window: str, ends: list[re.Match[str]], cut: bool) -> bool:
    """Whether the last sentence end of ``window`` (the text before a quote; ``ends`` its
    :data:`_SENTENCE_END` matches; ``cut``: the window does not reach the text's start) is a colon
    after a bound in time standing alone from a sentence's start, no more than
    :data:`_BOUND_WORDS` words and no comma ("Ab Montag: ", "From Monday: ", "A partir del lunes:
    "): the colon sets the bound off as its comma would, and the claim after it is the one it bounds
    (task q58: the colon was read as a sentence's end, so "[Preise steigen]" passed ``exact``)."""
    if not ends[-1].group().startswith(":") or len(ends) < 2 and cut:
        return False
    phrase = window[ends[-2].end() if len(ends) > 1 else 0:ends[-1].start()].lstrip(_OPENING)
    return "," not in phrase and 0 < len(re.findall(WORD, phrase)) <= _BOUND_WORDS and bound_opens(phrase, 0)


def dropped_time_bound(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the clause the match (from
    ``original[start]``; ``quote_text`` its first part as written) starts in opens with a bound in
    time the quote leaves out, the bound's own comma aside, and the clause claims what it bounds
    (:func:`_bounded_claim`)."""
    window = original[max(0, start - _REACH):start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends and _bound_before_colon(window, ends, start > _REACH):
        colon = ends.pop().start()  # "Ab Montag: [...]" read as "Ab Montag, [...]", offsets kept
        window = window[:colon] + "," + window[colon + 1:]
    lead = window[ends[-1].end():] if ends else window
    if not lead.strip() or (not ends and start > _REACH):
        return None  # the quote opens its sentence, or the sentence's start is out of reach
    lead_at = start - len(lead)
    language = language_around(original, start)
    for at in _clause_starts(lead):
        shown = lead[at:].strip(" ,")
        rest = _without_past_clause(_without_tag(lead[at:], quote_text))
        if not rest or rest.count(",") > 1 or _UP_TO.match(rest) or not opens_time_clause(rest) and any(
                "," not in m.group() and not _reports_to_come(rest, m) for m in _CLAUSE_OPENER.finditer(rest)):
            # (not "Assim que": rvq54)
            continue  # (a clause opened after the bound is read from its own start)
        if not _short_enough(rest, opens_time_clause(rest)):
            continue
        if to_now(lead, at) and not _next_starts(original, start):
            continue  # "Bis heute ist der Fall nicht aufgeklärt": it still holds (red team rvq48)
        if bound_opens(lead, at) or to_now(lead, at):  # "Hasta hoy rige ... A partir del lunes" (rvq56)
            if not _bounded_claim(_FIRST_PHRASE + quote_text, quote_text, language):
                return None
        elif (since := since_or_from(lead, at)) is not None:  # "Desde el lunes, [el puente estará cerrado]"
            if not (future_or_conditional(_FIRST_PHRASE + quote_text, language) or since == "to come"
                    and first_tense(quote_text, language) != "past"):
                return None  # "Desde el lunes, el puente está cerrado": since, not from
        elif not _event_bound(rest, quote_text, language):
            continue
        return Difference("leading_qualifier", True, None, shown, lead_at + at, lead_at + at + len(shown),
                          note=f"the quote starts after {shown!r}, which limits its claim in time in the source")
    return None
