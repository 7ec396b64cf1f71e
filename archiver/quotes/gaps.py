"""What a quote's ellipses leave out, and what the source's asides hold.

A quote may shorten (``...``), substitute (``[the mayor]``: :mod:`archiver.quotes.brackets`) or leave
out a source's bracketed aside; none of these may hide a material change. Each check returns the material
differences it finds, for the pattern and fuzzy verdicts alike.

Why one file of ~580 lines, ellipses and asides together: they are judged by the same few questions (which words
a gap held, which clause the quoted words stand in, which words beside them qualify them), shared
by every check here; split apart, each would re-derive the gap the others read. What a bracket
stands for is :mod:`archiver.quotes.brackets`.
"""

from __future__ import annotations

import re

from archiver.quotes.ellipsis_subject import ellipsis_subject_differences
from archiver.quotes.event_bound import (
    EVENT_BOUND_PREPOSITIONS,
    PHRASAL_VERBS,
    future_or_conditional,
    names_an_event,
)
from archiver.quotes.lexicon import (
    ARTICLES,
    BOUND_WORDS,
    CALENDAR_WORDS,
    CASE_QUALIFIERS,
    CASE_WORDS,
    CONTRAST_WORDS,
    DEGREE_WORDS,
    DOUBT_WORDS,
    EXCEPTION_PARTNERS,
    EXCEPTION_WORDS,
    FREQUENCY_WORDS,
    HEDGES,
    LANGUAGE_WINDOW,
    NEGATING_VERBS,
    NOT_A_NEGATION_IN,
    PAST_ADVERBS,
    QUANTITY,
    REPORTING_WORDS,
    RESTRICTING_WORDS,
    ROLE_QUALIFIERS,
    TIME_LIMIT_WORDS,
    TIME_SPAN_NOUNS,
    TIME_WORDS,
    bare_word,
    guess_language,
    is_number,
    language_around,
    negation_count,
)
from archiver.quotes.model import Difference
from archiver.quotes.normalize import ASIDE_RE, DOUBLE_QUOTES, UNIT_WORDS, normalize
from archiver.quotes.number_edge import ellipsis_number_differences
from archiver.quotes.parse import Bracket, ParsedQuote
from archiver.quotes.substitution import FUNCTION_WORDS, is_modal
from archiver.quotes.text import PreparedText
from archiver.quotes.time_bound import bound_opens
from archiver.quotes.tokens import Token, outside_numbers, tokenize


def omitted_aside_differences(
    pq: ParsedQuote, pt: PreparedText, spans: list[tuple[int, int]]
) -> list[Difference]:
    """A bracketed aside the quote leaves out must be an editor's insertion, and harmless.

    Sources put their own insertions into the speech they quote ("The figures (reported by
    the WSJ) have ..."); a quote may leave those out. A parenthesis in the author's own prose
    ("The drug (in mice) cured ...") is content, and leaving it out without an ellipsis is an
    omission. Inside or outside a quotation is read from the parity of double quotation marks
    earlier in the paragraph. A left-out aside holding a negation (of the passage's language:
    :func:`_language_near`), or a number, bound, hedge, quantity or doubt word (see
    :func:`_qualifies`), is material either way.
    """
    out: list[Difference] = []
    quoted = _bracket_texts(pq)
    for m in ASIDE_RE.finditer(pt.original, spans[0][0], spans[-1][1]):
        aside = m.group().strip()
        if aside in quoted:
            continue
        if negation_count(tokenize(aside), _language_near(pt, m.start(), m.end(), tokenize(aside))):
            note = "the quote leaves out a bracketed aside of the source that holds a negation"
            out.append(Difference("negation", True, None, aside, m.start(), m.end(), note=note))
            continue
        pstart, _ = pt.paragraph_bounds(m.start())
        marks = sum(1 for c in pt.original[pstart : m.start()] if c in DOUBLE_QUOTES)
        aside_words = _words(aside)
        held = _qualifying(aside_words, aside_words, pt.original[m.end():m.end() + 80])
        if marks % 2 == 0:
            note = "the quote leaves out a parenthesis of the source's own text without an ellipsis"
            out.append(Difference("content_word", True, None, aside, m.start(), m.end(), note=note))
        elif held:  # "will pay (up to) 5 million", "(in 2027)": the aside bounds what the quote keeps
            note = (f"the quote leaves out a bracketed aside of the source that holds "
                    f"{', '.join(repr(w) for w in held)}, which qualifies the quoted words")
            out.append(Difference("aside_qualifier", True, None, aside, m.start(), m.end(), note=note))
    return out


def _language_near(pt: PreparedText, start: int, end: int, tokens: list[Token]) -> str | None:
    """The language of the source's paragraph around ``start:end`` (at most
    :data:`LANGUAGE_WINDOW` characters each side), to read the words that negate in one
    language and not in another (:data:`archiver.quotes.lexicon.NOT_A_NEGATION_IN`); None
    (not needed) when ``tokens``, the words there, hold none of those."""
    if not any(bare_word(t.folded) in NOT_A_NEGATION_IN for t in tokens):
        return None
    pstart, pend = pt.paragraph_bounds(start)
    return guess_language(pt.original[max(pstart, start - LANGUAGE_WINDOW):min(pend, end + LANGUAGE_WINDOW)])


def _bracket_texts(pq: ParsedQuote) -> set[str]:
    """Bracketed groups the quote itself reproduces (so they were not left out)."""
    return {p.raw for part in pq.parts for p in part.pieces if isinstance(p, Bracket)}


def ellipsis_gap_differences(pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may shorten a quote, never flip it: look for negations in what it omits.

    A negation counts unless a sentence ends between it and the next part (then it belonged
    to a clause left out whole, as in "weg, und niemand hat ... gefragt. Das ist").
    """
    out: list[Difference] = []
    for (_, b), (c, _) in zip(spans, spans[1:], strict=False):
        gap = pt.original[b:c]
        norm = normalize(gap)
        tokens = tokenize(norm.text)
        language = _language_near(pt, b, c, tokens)
        negs = []
        for t in tokens:
            if negation_count([t], language) and not _SENTENCE_END.search(norm.text, t.end):
                negs.append(t)
        if negs:
            out.append(
                Difference(
                    "ellipsis_negation",
                    True,
                    "…",
                    gap.strip(),
                    b,
                    c,
                    note=f"the ellipsis omits {', '.join(repr(t.text) for t in negs)}",
                )
            )
    return out


_SENTENCE_END = re.compile(outside_numbers(r"[.!?;]"))


#: Words that, left out right beside the quoted words, change what those words claim: a bound
#: ("up to", "at least", "before"), a hedge or source ("reportedly", "about"), a quantity, a
#: number, a word that changes an office ("former", "Vice": ``ROLE_QUALIFIERS``) or puts them
#: in the past or limits them in time ("formerly", "initially": ``PAST_ADVERBS``,
#: ``TIME_LIMIT_WORDS``), a verb that
#: negates what follows ("failed to"), a word that disputes it ("false",
#: "questioned whether", "denied"), an exception ("except", "rather than") or a degree that
#: flips it ("too weak to").
def _qualifies(t: Token, following: list[Token], future: bool = False) -> bool:
    """Whether ``t`` qualifies the quoted words; ``following``: the source's words after it (the
    rest of the omission, then what the quote goes on with), read for :data:`FIGURE_ONLY` and
    for an exception of two words (:func:`_excepts`); ``future``: the quoted words claim a future
    or a condition, which an event after a bound preposition bounds ("after the elections":
    :mod:`archiver.quotes.event_bound`)."""
    f = t.folded
    if future and f in EVENT_BOUND_PREPOSITIONS and names_an_event([n.text for n in following], f):
        return True
    if f in EVENT_PREPOSITIONS:
        return _names_a_time(following)
    if f in _ARTICLE_ONE:  # "un plan, un calendrier": an article; "un seul", "un an": one
        return bool(following) and (following[0].folded in _ONE_OF or following[0].folded in _TIME_NAMES)
    if f in FIGURE_ONLY:
        return (any(is_number(n.folded) or n.folded in QUANTITY for n in following[:FIGURE_REACH])
                or _counted_span(following))
    return (is_number(f) or f in QUANTITY or f in BOUND_WORDS or f in HEDGES or f in NEGATING_VERBS
            or f in ROLE_QUALIFIERS or f in PAST_ADVERBS or f in TIME_LIMIT_WORDS
            or f in DOUBT_WORDS or f in DEGREE_WORDS or _excepts(t, following))


#: "un", a number word (French "one") and the indefinite article of French, Spanish and Italian: left
#: out beside the quoted words, it counts one only before "seul", "solo", a unit of time ("un an",
#: "un mes"); "Il a présenté un plan ... et un budget" of "..., un calendrier et un budget" leaves
#: out a list's item, not a number (review of rules 44; it was ``altered``).
_ARTICLE_ONE = frozenset(["un"])
_ONE_OF = frozenset(["seul", "solo", "único", "unico", "singolo", "sol"])


def _excepts(t: Token, following: list[Token]) -> bool:
    """Whether ``t`` makes what follows an exception to the quoted words: a word of
    :data:`archiver.quotes.lexicon.EXCEPTION_WORDS`, or the first of two ("other than", "apart
    from": :data:`archiver.quotes.lexicon.EXCEPTION_PARTNERS`) with its partner next."""
    partner = EXCEPTION_PARTNERS.get(t.folded)
    return t.folded in EXCEPTION_WORDS or (partner is not None and following[:1] != []
                                           and following[0].folded == partner)


#: Bound and hedge words that are just as often plain prepositions ("went on over the weekend",
#: "spoke about the plan"): they bound or hedge a figure ("over 100", "about 5 million", "up to
#: 5"), so they qualify only one that follows within :data:`FIGURE_REACH` words. Left out before
#: anything else they change no claim, and calling that ``altered`` would be a false alarm.
#: So are the words that place a figure or a span in time or make it small ("in the last 6
#: months", "in the next two weeks", "lost just 5%", "in den letzten drei Jahren", "des derniers
#: mois"): left out, the figure is another one ("the 6 months of 2017"), but "his ... hits" for
#: "his past hits" changes no figure.
FIGURE_ONLY = frozenset(["over", "under", "above", "below", "up", "down", "within", "beyond", "about", "around",
                         "last", "next", "past", "previous", "coming", "just",
                         "letzte", "letzten", "letzter", "nächste", "nächsten", "nächster", "vergangene",
                         "vergangenen", "kommende", "kommenden", "dernier", "derniers", "dernière", "dernières",
                         "prochain", "prochains", "prochaine", "prochaines", "passé", "passés", "passée", "passées"])
FIGURE_REACH = 3
#: Units a bound word also bounds with no digit written: "over a decade", "within weeks",
#: "about an hour", "over a mile" (one unit, or an uncounted plural of them).
SPAN_UNITS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
                        "jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage",
                        "tagen", "stunde", "stunden", "jahrzehnt", "jahrzehnte", "jahrzehnten", "ans", "année",
                        "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures", "décennie",
                        "décennies", "siècle", "siècles"]) | UNIT_WORDS


#: Bound words that are as often prepositions of circumstance or place ("nach langer Debatte",
#: "after much debate", "après un long débat", "vor Gericht", "before the committee"): they bound
#: the quoted words in time only before a time (:func:`_names_a_time`); left out before anything
#: else they were a false alarm (rules 43: "Die Regierung hat die Steuer ... gesenkt" of "... nach
#: langer Debatte gesenkt", red team q44).
EVENT_PREPOSITIONS = frozenset(["after", "before", "nach", "vor", "avant", "après", "apres"])
_TIME_NAMES = SPAN_UNITS | TIME_WORDS | CALENDAR_WORDS | frozenset().union(*TIME_SPAN_NOUNS.values()) | frozenset(
    ["end", "start", "beginning", "middle", "ende", "anfang", "mitte", "beginn", "fin", "début", "milieu", "deadline",
     "frist", "délai", "weekend", "wochenende", "christmas", "easter", "weihnachten", "ostern", "noël", "pâques",
     "summer", "winter", "spring", "autumn", "sommer", "herbst", "frühjahr", "été", "hiver", "printemps", "automne",
     "today", "tomorrow", "heute", "morgen", "demain", "then", "dann", "midnight", "noon", "mitternacht", "minuit"])


def _names_a_time(following: list[Token]) -> bool:
    """Whether ``following`` (the words after a preposition of :data:`EVENT_PREPOSITIONS`) opens
    with a time: a figure or a word of time within :data:`FIGURE_REACH` words ("nach 2027", "vor
    Ende März", "after two years", "avant la fin"), not a phrase of circumstance ("nach langer
    Debatte", "after a long debate")."""
    return any(is_number(n.folded) or n.folded in _TIME_NAMES for n in following[:FIGURE_REACH])


def _counted_span(following: list[Token]) -> bool:
    """Whether ``following`` opens with a span of units ("a decade", "an hour", "weeks", "to a
    year" after "up"): a figure too, unlike "the weekend" or "the year" (a preposition's object)."""
    for t in following[:FIGURE_REACH]:
        if t.folded in SPAN_UNITS:
            return True
        if t.folded not in ("a", "an", "to"):
            return False
    return False


def _words(text: str) -> list[Token]:
    return [t for t in tokenize(normalize(text).text) if t.is_word]


def _qualifying(words: list[Token], candidates: list[Token], after: str, future: bool = False,
                before: str = "") -> list[str]:
    """The texts of ``candidates`` (some of ``words``) that qualify the quoted words; ``after``:
    the source's text right after ``words``, where a figure a bound word governs may stand;
    ``future``: as :func:`_qualifies`, but not for an "after" a verb takes ("will be named ...
    the founder" of "named after the founder": :data:`PHRASAL_VERBS`, the word before it in the
    omission or, first there, ``before``'s last; rules 54, read after a quote's end only before)."""
    rest = words + _words(after)
    out = []
    for t in candidates:
        i = next(i for i, w in enumerate(rest) if w is t)
        previous = rest[i - 1].folded if i else (_words(before)[-1:] or [t])[0].folded
        if _qualifies(t, rest[i + 1:], future and previous not in PHRASAL_VERBS):
            out.append(t.text)
    return list(dict.fromkeys(out))


#: How many words of an omission, next to a quoted part, are read as qualifying it.
ADJACENT_WORDS = 2
_CLAUSE_MARK = re.compile(outside_numbers(r"[,;:.!?()\[\]\u2013\u2014\"\u201c\u201d]|\s-\s|\n"))


def ellipsis_qualifier_differences(pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may leave out a clause, never the words that bound or hedge the quoted ones.

    "would pay ... 5 million" for "would pay up to 5 million", "The company ... paid" for "The
    company reportedly paid": the words left out stand right beside the quoted ones, with no
    clause mark between, and they qualify them. Only the ``ADJACENT_WORDS`` words at each end
    of the omission not cut off from the quote by a clause mark are read (a clause left out
    whole, between commas, is an ordinary omission). A word that disputes what follows ("It is
    ... that" for "It is false that", "The mayor ... the harbour needs" for "questioned
    whether") or makes an exception ("at all times ... on duty" for "at all times, except when
    they are on duty") counts anywhere in the clause the quoted words stand in (:func:`_clause_words`).
    """
    out: list[Difference] = []
    for (a, b), (c, _) in zip(spans, spans[1:], strict=False):
        gap = normalize(pt.original[b:c]).text
        marks = [m.start() for m in _CLAUSE_MARK.finditer(gap)]
        head_end = marks[0] if marks else len(gap)
        tail_start = marks[-1] + 1 if marks else 0
        words = [t for t in tokenize(gap) if t.is_word]
        near = [t for t in words if t.end <= head_end][:ADJACENT_WORDS]
        near += [t for t in words if t.start >= tail_start][-ADJACENT_WORDS:]
        found = _qualifying(words, near, pt.original[c:c + 80], _claims_future(pt, a, b, c), pt.original[a:b])
        found += [t.text for t in near if t.text not in found and restricting_que(t, pt.original[a:b])]
        rest = words + _words(pt.original[c:c + 80])
        found += [t.text for t in _clause_words(pt, b, gap) if t.text not in found and (
            t.folded in DOUBT_WORDS or _excepts(t, _after_word(rest, t)) or _bare_modal(t))]
        found += [w for w in _restricting_openers(pt, b, c, gap) if w not in found]
        ahead = gap + pt.original[c:c + 80]  # a bound may run on into the quoted words
        found += [t.text for t in _clause_words(pt, b, gap) if t.text not in found and bound_opens(ahead, t.start)][:1]
        if found:
            out.append(Difference(
                "ellipsis_qualifier", True, "…", pt.original[b:c].strip(), b, c,
                note=f"the ellipsis leaves out {', '.join(repr(w) for w in found)}, which qualifies the quoted words"))
    return out


def _claims_future(pt: PreparedText, a: int, b: int, c: int) -> bool:
    """Whether the quoted words around an omission (``pt.original[a:b]``, then the source from
    ``c`` to its sentence's end) claim a future or a condition
    (:func:`archiver.quotes.event_bound.future_or_conditional`)."""
    after = pt.original[c:c + 80]
    end = _SENTENCE_END.search(after)
    return future_or_conditional(pt.original[a:b] + " " + (after[:end.start()] if end else after),
                                 language_around(pt.original, b))


def restricting_que(t: Token, kept: str) -> bool:
    """Whether ``t``, left out beside the quoted words ``kept`` (the part before the omission),
    is the "que" of a French "ne ... que" ("ne sera construit que si", "n'a payé que deux
    euros": only if, only two): a "que" or "qu'" with a "ne" or "n'" in the last clause of
    ``kept`` and no word after that "ne" that makes it a whole negation ("ne ... pas", "n'a
    jamais": :data:`_NE_PARTNERS`) or is its "que" already ("ne prendre que l'exemple"). Without the "que", the "ne" reads as a negation ("ne sera
    construit ... si l'État paie")."""
    if t.folded != "que" and not t.folded.startswith("qu'"):
        return False
    return open_ne(kept)


def open_ne(kept: str) -> bool:
    """Whether the last clause of ``kept`` holds a French "ne" or "n'" that no word after it
    completes (:data:`_NE_PARTNERS`, or its "que"): a reader takes it for "ne ... pas"."""
    clause = [w.folded for w in tokenize(_CLAUSE_MARK.split(normalize(kept).text)[-1]) if w.is_word]
    ne = [i for i, w in enumerate(clause) if w == "ne" or w.startswith("n'")]
    return bool(ne) and not any(w in _NE_PARTNERS or w == "que" or w.startswith("qu'") for w in clause[ne[-1] + 1:])


#: The words that make a French "ne" a whole negation ("ne ... pas", "n'a jamais").
_NE_PARTNERS = frozenset(["pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guère", "point",
                          "nullement", "aucunement", "ni"])


def _bare_modal(t: Token) -> bool:
    """Whether ``t`` is a modal ("would", "should", "muss"; :func:`is_modal`): left out in the
    clause of the quoted words, it turns "The plan would cut costs" into a fact. (A capitalised
    "May" is the month; a negative one, "can't", is reported as the negation it is.)"""
    return is_modal(t.folded) and t.text != "May" and not negation_count([t])


#: Words an aside may open with before the word that limits it ("with the exception of", "and
#: only on weekends", "à moins que"): articles, prepositions, conjunctions.
_LEAD_IN = ARTICLES | FUNCTION_WORDS
#: What follows a word of :data:`archiver.quotes.lexicon.CASE_QUALIFIERS` when it limits an
#: aside to some cases ("in rare cases", "dans certains cas").
_CASE_NEXT = [[w] for w in CASE_WORDS]
#: How many words of an aside are read for the word that opens it.
_OPENING_WORDS = 3


def _restricting_openers(pt: PreparedText, b: int, c: int, gap: str) -> list[str]:
    """The words of an omission (``gap``: ``b:c`` of the source, normalised) that open an aside
    limiting the quoted words (:data:`archiver.quotes.lexicon.RESTRICTING_WORDS`: "The
    officers, except those on night shifts, wear cameras"), in the sentence of the quoted words
    before or after it. An aside is what follows a clause mark of the omission (or its start, when
    the quoted words before run on into it); it opens with such a word when that word comes
    first, or after articles, prepositions and conjunctions only, within :data:`_OPENING_WORDS`
    words. A restricting word further in ("who only arrived in May") opens nothing. The words after
    the omission's last clause mark (all of them, when it has none) go on into the quoted words
    after it, so they are read too."""
    stops = [m.start() for m in _SENTENCE_STOP.finditer(gap)]
    marks = list(_CLAUSE_MARK.finditer(gap))
    asides = [(m.end(), n.start()) for m, n in zip(marks, marks[1:], strict=False)]
    asides.append((marks[-1].end() if marks else 0, len(gap)))
    if marks and _RUNS_ON.search(pt.original[max(0, b - 8):b]):
        asides.insert(0, (0, marks[0].start()))
    words = [t for t in tokenize(gap) if t.is_word]
    rest = words + _words(pt.original[c:c + 80])
    found: list[str] = []
    for start, end in asides:
        if stops and stops[0] < start <= stops[-1]:
            continue  # an aside of a sentence left out whole
        opening = [t for t in words if t.start >= start and t.end <= end][:_OPENING_WORDS]
        for t in opening:
            word = t.folded.rsplit("'", 1)[-1]  # "l'exception"
            if word == "only" and [n.folded for n in _after_word(rest, t)[:1]] == ["to"]:
                break  # "only to find that ...": what happened next, no restriction
            if word in RESTRICTING_WORDS or word in FREQUENCY_WORDS or (
                    EXCEPTION_PARTNERS.get(word) and word not in CONTRAST_WORDS and _excepts(t, _after_word(rest, t))
            ) or (word in CASE_QUALIFIERS and [n.folded for n in _after_word(rest, t)[:1]] in _CASE_NEXT):
                found.append(t.text)
                break
            if word not in _LEAD_IN:
                break
    return found


def _after_word(rest: list[Token], t: Token) -> list[Token]:
    """The words of ``rest`` (an omission's words, then the source's after it) after ``t``, one
    of the omission's words (found by its place: :func:`_clause_words` tokenizes anew)."""
    return rest[1 + next(i for i, w in enumerate(rest) if w.start == t.start):]


_RUNS_ON = re.compile(r"[^\s.!?\"'\u201d\u2019)\]]\s*$")


def _clause_words(pt: PreparedText, b: int, gap: str) -> list[Token]:
    """The words of an omission (``gap``, normalised, starting at ``b`` in the source) that stand
    in one clause with the quoted words: those before its first clause mark, when the quoted
    words before it run on into them (no sentence ends there), and those after its last clause
    mark, which the quoted words after it continue, with the word just before that mark when
    words follow it (the verb a comma parts from the speech it reports: "während der
    Bürgermeister sagte, er sei", "мэр заявил, что это"). A clause left out whole, between
    commas or sentences ("The plan, the mayor said, would"), holds none."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(gap)]
    head_end = marks[0] if marks else len(gap)
    tail_start = marks[-1] + 1 if marks else 0
    runs_on = _RUNS_ON.search(pt.original[max(0, b - 8):b]) is not None
    words = [t for t in tokenize(gap) if t.is_word]
    out = [t for t in words if (runs_on and t.end <= head_end) or t.start >= tail_start]
    before_mark = [t for t in words if t.end <= tail_start - 1]
    if marks and before_mark and any(t.start >= tail_start for t in words) and before_mark[-1] not in out:
        out.append(before_mark[-1])
    return out


def ellipsis_attribution_differences(pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may not leave out who says the quoted words.

    "Critics said the plan was ... a success" for "Critics said the plan was a disaster, while
    the mayor said it was a success": the omission ends with another speaker's "said", so the
    words after it are the mayor's, not the critics'. A reporting verb ("said", "told",
    "according to", in each covered language: :data:`REPORTING_WORDS`) in the clause the quoted
    words stand in (:func:`_clause_words`) is material; one in a clause left out whole ("The
    wall, Weller said, will hold" quoted as "The wall ... will hold") is an ordinary omission,
    unless the quote names its own speaker before the ellipsis and the omission ends with another
    speaker's verb and the comma or colon that parts it from the words quoted after it ("Müller
    sagte … die Steuern werden sinken" of "Müller sagte, die Steuern würden steigen, und Weber
    sagte, die Steuern werden sinken": :func:`_speaker_before_gap_end`; rules 72, red team q71).
    """
    out: list[Difference] = []
    for (a, b), (c, _) in zip(spans, spans[1:], strict=False):
        gap = normalize(pt.original[b:c]).text
        found = list(dict.fromkeys(t.text for t in _clause_words(pt, b, gap) if t.folded in REPORTING_WORDS))
        if not found and (speaker := _speaker_before_gap_end(pt.original[a:b], gap)) is not None:
            found = [speaker]
        if found:
            out.append(Difference(
                "ellipsis_attribution", True, "…", pt.original[b:c].strip(), b, c,
                note=(f"the ellipsis leaves out {', '.join(repr(w) for w in found)}: who says the quoted "
                      f"words is not shown")))
    return out


_GAP_END_MARK = re.compile(r"[,:]\s*$")


def _speaker_before_gap_end(kept: str, gap: str) -> str | None:
    """The reporting verb (:data:`REPORTING_WORDS`) right before the comma or colon that ends an
    omission (``gap``, normalised), when the quoted words before it (``kept``) hold a reporting
    verb of their own: the quote names one speaker, the words after the omission are another's."""
    if _GAP_END_MARK.search(gap) is None or not any(t.folded in REPORTING_WORDS for t in _words(kept)):
        return None
    words = _words(_GAP_END_MARK.sub("", gap))
    return words[-1].text if words and words[-1].folded in REPORTING_WORDS else None


#: Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "no", "vs", "etc", "inc",
     "co", "corp", "ltd", "u.s", "e.g", "i.e", "approx", "fig", "col", "lt", "sgt", "capt", "hon"]
)
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)|\n")


def _ends_a_sentence(text: str) -> bool:
    """Whether ``text`` holds a sentence end (not an abbreviation's or an initial's full stop)."""
    for m in _SENTENCE_STOP.finditer(text):
        if m.group() == "\n" or m.group()[0] in "!?":
            return True
        if abbreviation_stop(text, m.start()):
            continue
        return True
    return False


def abbreviation_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``text[at]`` is an abbreviation's or an initial's ("U.S.", "Dr.",
    "J."), which ends no sentence."""
    start = at
    while start > 0 and not text[start - 1].isspace():  # the word before it, read backwards: a search of text[:at]
        start -= 1  # copied and scanned the whole text up to it, per full stop (0.25 ms a call on an article)
    before = text[start:at].lower()
    return before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha())


#: What may stand between a sentence's end and its first word: spaces, opening quotation marks
#: and brackets, a dash that opens speech.
_SENTENCE_OPENING = re.compile(r"[\s\"'\u201c\u201e\u2018\u00ab\u00bb(\[\u2013\u2014-]*$")


def _starts_a_sentence(original: str, at: int) -> bool:
    """Whether a sentence (or a line, or a quotation after a colon) starts at the first letter at or
    after ``original[at]`` (a part's span may open on the marks before it)."""
    while at < len(original) and not original[at].isalnum() and original[at] != "\n":
        at += 1
    head = original[max(0, at - 200):at]
    m = _SENTENCE_OPENING.search(head)
    before = head[:m.start()] if m is not None else head
    if not before.strip() or "\n" in head[len(before):]:
        return True
    return before.rstrip("\"'\u201d\u2019\u00bb)]").endswith((".", "!", "?", "\u2026", ":"))


def ellipsis_join_differences(pq: ParsedQuote, pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis may not make one sentence out of words from two.

    "He said the plan would ... fail" for "He said the plan would work. Critics said the plan
    would fail": the omission crosses a sentence end, the words before it end no sentence in
    the quote and the words after it go on in lower case, so the quote reads as one statement
    the source never made (often with another speaker's words). A part after an ellipsis that
    starts a sentence of its own (a capital where a sentence starts in the source, or the part
    before ends with . ! ? or a four-dot ellipsis) is an ordinary omission; a capital that opens
    no sentence in the source is a name in the middle of one ("And Louisiana ... Phil Bryant won
    in a landslide" for "... four years ago, when Republican Phil Bryant won"), and joins as a
    lower-case word does.
    """
    out: list[Difference] = []
    for i, ((_, b), (c, _)) in enumerate(zip(spans, spans[1:], strict=False)):
        before, after = pq.parts[i].plain(), pq.parts[i + 1].plain()
        first = next((ch for ch in after if ch.isalpha()), "")
        if (first and not first.islower() and _starts_a_sentence(pt.original, c)) or \
                before.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")):
            continue  # (a part of figures only, "7-5, 3-6", joins as a lower-case word does)
        if _ends_a_sentence(pt.original[b:c]):
            out.append(Difference(
                "ellipsis_join", True, "…", pt.original[b:c].strip(), b, c,
                note="the ellipsis joins words from two sentences into one"))
    return out


#: How many paragraph breaks an ellipsis may leave out: the next paragraph, not further.
MAX_PARAGRAPHS_OMITTED = 1
#: The fewest words a part after an ellipsis may have: a lone word ("... 5 ...", "... not")
#: is found almost anywhere, and says nothing of where it stood.
MIN_PART_WORDS = 2


def ellipsis_reach_differences(pq: ParsedQuote, pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """An ellipsis shortens a passage; it does not gather words from all over the text.

    design/quotes.md section 5.3: ellipsis parts need a minimum length and a bounded gap (the
    same or the next paragraph). Parts further apart, or a part of one word, make a quote the
    text never held as one passage: ``altered``, with the parts shown.
    """
    out: list[Difference] = []
    if len(spans) < 2:
        return out
    for (_, b), (c, _) in zip(spans, spans[1:], strict=False):
        apart = pt.paragraph_of(c) - pt.paragraph_of(max(b - 1, 0))
        if apart > MAX_PARAGRAPHS_OMITTED:
            out.append(Difference(
                "ellipsis_reach", True, "…", None, b, c,
                note=f"the ellipsis leaves out {apart - 1} whole paragraph(s): the parts are not one passage"))
    short = [p.plain() for p in pq.parts if len([t for t in tokenize(p.plain()) if t.is_word]) < MIN_PART_WORDS]
    if short:
        out.append(Difference(
            "ellipsis_reach", True, " … ".join(short), None, None, None,
            note=f"a part between ellipses has fewer than {MIN_PART_WORDS} words, so where it stood is not shown"))
    return out


def ellipsis_differences(pq: ParsedQuote, pt: PreparedText, spans: list[tuple[int, int]]) -> list[Difference]:
    """Every check of what an ellipsis leaves out, for the pattern and fuzzy verdicts alike:
    a negation, a qualifier beside the quoted words, a speaker, two sentences joined into one, parts too
    far apart or too short, a number cut from its scale, bound or sign, a reported subject. ``spans``: where each part of ``pq`` was found, in order (when a
    part was not found at all, only the checks of the gaps between found parts are made)."""
    out = (ellipsis_gap_differences(pt, spans) + ellipsis_qualifier_differences(pt, spans)
           + ellipsis_attribution_differences(pt, spans))
    if len(spans) == len(pq.parts):
        out += ellipsis_join_differences(pq, pt, spans) + ellipsis_reach_differences(pq, pt, spans)
        parts = [p.plain() for p in pq.parts]
        out += ellipsis_number_differences(parts, pt.original, spans) + ellipsis_subject_differences(
            parts, pt.original, spans)
    return out


def question_difference(pq: ParsedQuote, following: str) -> Difference | None:
    """A quote ending in "?" where the source goes on with another mark, or the other way round.

    ``following``: the source's (normalised) text right after the matched passage. The pattern
    and the near-match verdicts both ask this: a statement turned into a question (or back) is
    material whichever path located the passage."""
    if not pq.final_punct or ("?" in pq.final_punct) == following.startswith("?"):
        return None
    return Difference("question", True, pq.final_punct, following[:1] or None,
                      note="a question turned into a statement, or a statement into a question")
