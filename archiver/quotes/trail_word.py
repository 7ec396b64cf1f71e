"""A quote cut right before the word that ends its clause and negates it, or completes its verb.

The mirror of :mod:`archiver.quotes.lead_word` at a quote's end. "but he did" is a verbatim part
of "but he did not.", "Das stimmt" of "Das stimmt nicht.", "He knew" of "He knew nothing.": the
word the quote leaves out, the last of its clause, says the opposite. German puts the separable
part of a verb at the clause's end: "Der Rat lehnte den Plan am Montag" is a verbatim
part of "Der Rat lehnte den Plan am Montag ab." (rejected), yet "lehnte" alone reads "leaned";
"Die Sitzung fand am Montag" of "... am Montag statt." (took place; "fand": found). So a
negation (any of :mod:`archiver.quotes.lexicon`'s, in the passage's language) or, in a German
passage, a separable verb particle right after the matched passage, with nothing but
spaces between, that ends its clause (a clause mark, a closing quotation mark or bracket, a line
end or the text's end follows it), is a material ``trailing_word`` difference.

German and Dutch put the verb last in a subordinate clause, so there the negation stands before
the final verbs: "dass die Stadt das Geld" is a verbatim part of "..., dass die Stadt das Geld
nicht hat.", "dat de stad het geld" of "dat de stad het geld niet heeft." So a German or Dutch
negation (:data:`VERB_FINAL_NEGATIONS`; a German one only in a passage that reads as German or
as no language :func:`archiver.quotes.lexicon.guess_language` tells) counts too when only a short cluster follows it in
its clause: at most :data:`MAX_CLUSTER` words (the verbs, an object: "nie unterschrieben hat",
"keine Mittel hat"), with nothing but spaces between them, up to what ends the clause: a clause
mark as above, or a word that opens a new clause (:data:`CLAUSE_OPENERS`: "und", "omdat"). A
negation that is a preposition ("ohne", "zonder": :data:`PREPOSITIONS`) limits what comes after
it more than it turns the clause round, and counts only where it ends its clause. In a main
clause the same languages put the negation after the object, so one that at most
:data:`MAX_OBJECT` words of the clause put off counts too: "Die Stadt zahlt" of "Die Stadt zahlt
die Schulden nicht." ("The city pays" of "does not pay the debts"); so does a German separable
particle ("Der Rat lehnte" of "Der Rat lehnte den Plan ab.": "leaned" for "rejected").
A quote that holds no verb of the clause is a noun phrase, not a claim the negation turns: one
that ends right before the finite verb of a main clause ("eine Überprüfung der Informationen" of
"... ist nicht möglich": :data:`FINITE_AUXILIARIES`), or that starts right after a comma and the
word opening a subordinate clause and ends before the clause's negation and verbs ("eine
Lockerung der Verordnungen" of ", weshalb eine Lockerung der Verordnungen nicht zu erwarten war":
:data:`SUBORDINATORS`), is not judged, nor, before a late particle or negation, one that opens
with a lowercase article in mid-clause and ends with a noun ("die besten Parzellen dieses
Weinbergs" of "baute die besten Parzellen dieses Weinbergs separat aus": the verb stands before
it).

Elsewhere the negation stands before the verb, and a quote that ends before it ends before the
verb too: "The Pittsburgh quarterback" of "The Pittsburgh quarterback didn't play." and "The
wall is" of "The wall is not safe" are fragments no reader takes for a claim, and a quote may
end anywhere before a clause mark. Nor is a negation judged that the quote's clause does not
reach: after a quote that ends with a clause mark ("Er kam." of "Er kam. Nicht alle ...") or a
word opening a clause ("Er kam und" of "Er kam und niemand fragte."), or one that a clause opener
or "nur" ("nicht nur am Montag, sondern ...": not only) follows. A quote that itself ends with a
negation keeps one and is not judged.
"""

from __future__ import annotations

import re

from archiver.quotes.claimed_next import claimed_next
from archiver.quotes.event_bound import event_after
from archiver.quotes.figure_frame import dropped_frame
from archiver.quotes.judgment_scope import scoped_judgment
from archiver.quotes.lexicon import (
    LAST_WORD,
    NEGATIONS_BY_LANGUAGE,
    WORD,
    fold_word,
    is_negation,
    language_around,
)
from archiver.quotes.model import Difference
from archiver.quotes.next_fragment import restricted_next
from archiver.quotes.number_edge import dropped_scale
from archiver.quotes.refuted_around import frames_claim, rated_false, refuted_next, refuted_subject
from archiver.quotes.time_clause import clause_after
from archiver.quotes.trail_limit import CLAUSE_END, dropped_limit, reports_as_claim

#: Separable verb particles that stand alone at the end of a German clause ("lehnte ... ab",
#: "fand ... statt", "nahm ... teil"), by the language :func:`archiver.quotes.lexicon.guess_language` reads (Dutch, which
#: does the same, is not one it tells). Left out are those as often an adjective or adverb ending
#: a clause ("hoch", "frei", "wieder", "da").
SEPARABLE_PARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset(["ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach",
                     "vor", "weg", "zu", "zurück", "zusammen", "weiter", "heraus", "herein", "hinaus", "hinein",
                     "herum", "vorbei", "voran", "statt", "teil", "dar", "bevor", "entgegen", "nieder", "empor",
                     "durch", "um", "kennen", "bekannt"]),
}
#: How many words may follow a negation in its clause (a verb cluster: "nie unterschrieben hat",
#: "niet heeft", "keine Mittel hat") for the negation to count.
MAX_CLUSTER = 3
#: How many words (an object: "die Schulden", "den Plan") may stand between a quote's end and a
#: German or Dutch negation that ends its clause in a main clause ("zahlt die Schulden nicht").
MAX_OBJECT = 2
#: Words that open a new clause (coordinating and subordinating conjunctions, relative pronouns
#: that are no article) in German, Dutch and English: after one, the clause a negation stands in
#: has ended. Left out are those as often another word: Dutch "dat" and "die" (German "das",
#: "die"), "of" (English "of"), English "so" and "that".
CLAUSE_OPENERS = frozenset([
    "und", "oder", "aber", "sondern", "denn", "dass", "weil", "ob", "wenn", "obwohl", "während", "damit",
    "sodass", "bevor", "nachdem", "welche", "welcher", "welches",
    "en", "maar", "want", "omdat", "hoewel", "terwijl", "wanneer",
    "and", "or", "but", "because", "although", "though", "which", "who", "whom", "whose", "whether", "while",
    "when", "if", "unless",
])
#: Negations that are prepositions: they limit the words after them ("ohne Genehmigung gebaut
#: hat") more than they turn the clause round, so they count only where they end it.
PREPOSITIONS = frozenset(["ohne", "zonder"])
#: The negations of the languages that put the verb last in a subordinate clause (German,
#: Dutch), the only ones a short verb cluster may follow (each Dutch one is no word of another
#: language, so it counts in a passage of any).
VERB_FINAL_NEGATIONS: dict[str, frozenset[str]] = {
    "de": NEGATIONS_BY_LANGUAGE["de"] - PREPOSITIONS,
    "nl": NEGATIONS_BY_LANGUAGE["nl"] - PREPOSITIONS,
}
#: Finite forms of the German and Dutch verbs that stand second in a main clause before its
#: subject's negation ("ist nicht möglich", "sind nicht"): a quote that ends right before one is
#: the clause's subject, a noun phrase that does not hold the verb the negation turns.
FINITE_AUXILIARIES = frozenset([
    "ist", "sind", "war", "waren", "wäre", "wären", "sei", "seien", "hat", "hatte", "hatten", "hätte", "hätten",
    "wird", "wurde", "wurden", "würde", "würden", "kann", "konnte", "könnte", "muss", "musste", "müsste",
    "soll", "sollte", "darf", "durfte", "will", "wollte", "gibt", "gab",
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden",
    "kan", "kunnen", "kon", "moet", "moeten", "zal", "zullen", "zou", "zouden",
])
#: Words that open a German or Dutch subordinate clause after a comma (conjunctions and relative
#: pronouns): a quote that starts right after one and ends before the clause's negation and its
#: verbs ("eine Lockerung der Verordnungen" of ", weshalb eine Lockerung der Verordnungen nicht
#: zu erwarten war") holds neither its opener nor its verb: a noun phrase, no clause.
SUBORDINATORS = frozenset([
    "dass", "weil", "ob", "wenn", "obwohl", "während", "damit", "sodass", "bevor", "nachdem", "als", "da",
    "weshalb", "weswegen", "wobei", "wodurch", "womit", "wie", "wo", "der", "die", "das", "dem", "den", "deren",
    "dessen", "welche", "welcher", "welches", "welchen",
    "dat", "omdat", "hoewel", "terwijl", "wanneer", "of", "wat", "waardoor", "waarbij",
])
#: German articles a noun phrase opens with (:func:`_noun_phrase_mid_clause`), lowercase.
_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"])
#: A word of the clause right before a match: letters, then only spaces.
_WORD_THEN_SPACES = re.compile(rf"{WORD}[ \t\u00a0\u202f]+$")
_OPENER_BEFORE = re.compile(r",[ \t\u00a0\u202f]*([^\W\d_]+)[ \t\u00a0\u202f]+$")
#: "nicht nur", "niet alleen": not only, which adds to the words before it more than it negates.
_ONLY = frozenset(["nur", "allein", "alleen"])
_CLAUSE_MARKS = ".,;:!?\u2026\u2013\u2014"
#: The clause marks after which the sentence goes on: a quote that takes one is read as one without it.
_MID_SENTENCE_MARKS = ",;:\u2013\u2014"
_MARKS_AND_SPACES = _MID_SENTENCE_MARKS + " \t\u00a0\u202f"
_SPACES = "[ \t\u00a0\u202f]+"
#: The word right after a match (or after a word of the cluster), with only spaces before it.
_NEXT_WORD = re.compile(_SPACES + rf"({WORD})")
#: A word of the cluster after a negation: a number ("5") is one too.
_CLUSTER_WORD = re.compile(_SPACES + r"(\w[\w'\u2019-]*)")
#: How much text after a match is read for the words.
_LOOK_AHEAD = 160


def _verb_final(folded: str, language: str | None) -> bool:
    """Whether ``folded`` is a negation a short verb cluster may follow in its clause, in a passage
    of ``language``."""
    return folded in VERB_FINAL_NEGATIONS["nl"] or (
        language in (None, "de") and folded in VERB_FINAL_NEGATIONS["de"])


def _cluster_ends_clause(after: str) -> bool:
    """Whether at most :data:`MAX_CLUSTER` words, then what ends their clause, open ``after`` (the
    text right after a negation); a clause opener right after the negation opens a clause of
    its own, so it ends nothing."""
    pos = 0
    for count in range(MAX_CLUSTER + 1):
        if CLAUSE_END.match(after, pos):
            return True
        m = _CLUSTER_WORD.match(after, pos)
        if m is None:
            return False
        if fold_word(m.group(1)) in CLAUSE_OPENERS or (count == 0 and fold_word(m.group(1)) in _ONLY):
            return count > 0
        pos = m.end()
    return False


def _late_word(after: str, language: str | None) -> tuple[int, re.Match[str], bool] | None:
    """The German or Dutch negation, or the German separable verb particle, that at most
    :data:`MAX_OBJECT` words of the quote's clause (its object: "die Schulden", "den Plan") put
    off, with what follows it ending the clause (for a negation as :func:`_cluster_ends_clause`
    reads it; a particle ends it itself): "Die Stadt zahlt" of "Die Stadt zahlt die Schulden
    nicht.", "Der Rat lehnte" of "Der Rat lehnte den Plan ab.". How many words stand before it,
    the word, and whether it is a negation; None if none."""
    pos = 0
    for count in range(MAX_OBJECT + 1):
        m = _CLUSTER_WORD.match(after, pos)
        if m is None or CLAUSE_END.match(after, pos):
            return None
        folded = fold_word(m.group(1))
        if count == 0 and folded in FINITE_AUXILIARIES:
            return None  # the quote ends before its clause's verb: its subject, no claim
        if count > 0 and is_negation(folded, language) and _verb_final(folded, language):
            return (count, m, True) if _cluster_ends_clause(after[m.end():]) else None
        if count > 0 and language == "de" and folded in SEPARABLE_PARTICLES["de"]:
            return (count, m, False) if CLAUSE_END.match(after, m.end()) else None
        if folded in CLAUSE_OPENERS or is_negation(folded, language):
            return None
        pos = m.end()
    return None


def _opener_left_out(original: str, start: int | None) -> bool:
    """Whether the passage starting at ``original[start]`` starts right after a comma and the word
    opening a subordinate clause (:data:`SUBORDINATORS`: ", weshalb", ", die")."""
    if start is None:
        return False
    m = _OPENER_BEFORE.search(original, max(0, start - 40), start)
    return m is not None and fold_word(m.group(1)) in SUBORDINATORS


def _noun_phrase_mid_clause(quote_text: str, original: str, start: int | None) -> bool:
    """Whether the quote (``quote_text``, found from ``original[start]``) is a German noun phrase
    inside its clause: it opens with a lowercase article right after a word of the clause (no
    clause mark or sentence start before it) and ends with a noun (a capital): the clause's verb
    stands before it ("baute die besten Parzellen dieses Weinbergs separat aus")."""
    words = quote_text.split()
    if start is None or not words or words[0] not in _ARTICLES or not words[-1][:1].isupper():
        return False
    return _WORD_THEN_SPACES.search(original, max(0, start - 40), start) is not None


def _limit_or_scale(quote_text: str, original: str, end: int, start: int | None) -> Difference | None:
    """What else a quote ending at ``original[end]`` (its last part starting at
    ``original[start]``, if known) may cut off when no negation or particle ends its clause: a
    limit, hedge or doubt (:func:`archiver.quotes.trail_limit.dropped_limit`), or its number's
    scale, bound or range (:func:`archiver.quotes.number_edge.dropped_scale`)."""
    return dropped_limit(quote_text, original, end, start) or dropped_scale(quote_text, original, end) or _frame(
        quote_text, original, end) or (
        None if reports_as_claim(quote_text) or frames_claim(quote_text) else (
            refuted_next(original, end) or rated_false(original, end) or claimed_next(original, end)
            or restricted_next(original, end)
            or (refuted_subject(original, start, end) if start is not None else None)))


def _frame(quote_text: str, original: str, end: int) -> Difference | None:
    """The base, period, measure or money a figure the quote ends with is cut from
    (:func:`archiver.quotes.figure_frame.dropped_frame`; rules 98), as a material ``number`` difference."""
    if (frame := dropped_frame(quote_text, original, end)) is None:
        return None
    at, upto, what = frame
    return Difference("number", True, None, original[at:upto], at, upto,
                      note=f"the quote ends right before {original[at:upto]!r}, which {what} in the source")


def dropped_trail(quote_text: str, original: str, end: int, start: int | None = None) -> Difference | None:
    """:func:`_dropped_trail`, or an event a future claim holds after cut off right after the
    match (:func:`archiver.quotes.event_bound.event_after`: "... after the elections"), a clause
    of time (:func:`archiver.quotes.time_clause.clause_after`: "... once the elections are over"),
    or the scope of a judgment (:func:`archiver.quotes.judgment_scope.scoped_judgment`: "safe" of
    "... safe at speeds below 30 km/h")."""
    return (_dropped_trail(quote_text, original, end, start) or event_after(quote_text, original, end)
            or clause_after(quote_text, original, end) or scoped_judgment(quote_text, original, end))


def _dropped_trail(quote_text: str, original: str, end: int, start: int | None = None) -> Difference | None:
    """A material ``trailing_word`` difference when the source word right after the match (which
    ends at ``original[end]``; its last part starts at ``original[start]``, if given) ends its
    clause and negates it or is its verb's separable part, and the quote (``quote_text``, its
    last part as written) does not end with a negation."""
    after = original[end:end + _LOOK_AHEAD]
    m = _NEXT_WORD.match(after)
    if end > 0 and original[end - 1] in _MID_SENTENCE_MARKS:
        # the quote takes the comma, colon, semicolon or dash after its words: what follows the mark in the source is
        # read as for the quote without it ("The drug cures cancer," of "The drug cures cancer, which is not true.":
        # exact until rules 83, red team q83)
        inner = end - 1
        while inner > 0 and original[inner - 1] in _MARKS_AND_SPACES:
            inner -= 1
        if inner > 0 and (start is None or inner > start):
            return _dropped_trail(quote_text.rstrip(_MARKS_AND_SPACES), original, inner, start)
        return None
    if end > 0 and original[end - 1] in _CLAUSE_MARKS:
        # the quote ends with a clause mark: nothing of its clause is cut, but a sentence the quote takes whole, stop
        # included, is refuted by the next one as much as without its stop (quote rules 82, red team q82)
        return None if reports_as_claim(quote_text) or frames_claim(quote_text) else (
            refuted_next(original, end) or rated_false(original, end) or claimed_next(original, end)
            or restricted_next(original, end))
    if m is None:
        return _limit_or_scale(quote_text, original, end, start)
    word = m.group(1)
    folded = fold_word(word)
    last = LAST_WORD.search(quote_text)
    if last is not None and fold_word(last.group(1)) in CLAUSE_OPENERS:
        return None
    if last is not None and is_negation(fold_word(last.group(1))):
        # a negation after the quote's own is not read, but a limit is ("n'ouvrira pas" of "... pas
        # avant lundi": before rules 41 the check stopped at "pas")
        return _limit_or_scale(quote_text, original, end, start)
    ends_clause = CLAUSE_END.match(after, m.end()) is not None
    language = language_around(original, end)
    if is_negation(folded, language) and (ends_clause or (_verb_final(folded, language)
                                                          and _cluster_ends_clause(after[m.end():])
                                                          and not _opener_left_out(original, start))):
        what = "which negates its words in the source"
    elif _noun_phrase_mid_clause(quote_text, original, start):
        return _limit_or_scale(quote_text, original, end, start)
    elif ends_clause and language is not None and folded in SEPARABLE_PARTICLES.get(language, frozenset()):
        what = "the part of its verb that ends the clause in the source (without it the verb says another thing)"
    elif (late := _late_word(after, language)) is not None:
        count, late_word, negates = late
        start = end + late_word.start(1)
        what = ("which negates its clause" if negates else
                "the part of its verb that ends the clause (without it the verb says another thing)")
        return Difference("trailing_word", True, None, late_word.group(1), start, start + len(late_word.group(1)),
                          note=f"the quote ends {count} word{'s' if count > 1 else ''} before {late_word.group(1)!r}, "
                               f"{what} in the source")
    else:
        return _limit_or_scale(quote_text, original, end, start)
    start = end + m.start(1)
    return Difference("trailing_word", True, None, word, start, start + len(word),
                      note=f"the quote ends right before {word!r}, {what}")
