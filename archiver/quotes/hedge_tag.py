"""A quote cut right before a tag that makes it an allegation or a belief (quote rules 25), a joke, a lie, a hope, a
fear or a guess (quote rules 106: ", he joked.", ", he lied.", ", he falsely claimed.", ", he hoped.", ", scherzte er.",
", craignait-il.", ", bromeó el ministro.").

"The firm paid bribes" is a verbatim part of "The firm paid bribes, prosecutors allege.", "The
vaccine works" of "..., scientists believe.", "El fármaco cura el cáncer" of "..., alega la
empresa.": the tag after the comma says no more than that someone alleges or believes the words
before it, as the same verb before them does
(:func:`archiver.quotes.unproven_lead.alleged_before`, the verbs of opinion of
:mod:`archiver.quotes.opinion`). A tag is a short subject and the verb ending it, before the end
of the sentence or another comma (English: :data:`_TAG_VERBS` the tag's last word), or the verb
opening it before its subject (German, French, Spanish put it first: :data:`_INVERTED`). A
speaker's tag of saying (", officials said.", ", the company says.", ", the authors claim.") is
not one: it names whose words the quote is (rules 19, 24; "claim" is one by issue 14's case). Nor is a clause that opens with a link (", as engineers had
claimed.", ", which nobody believed.": :data:`_NOT_A_SUBJECT`): it affirms the words, or speaks
of them.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word
from archiver.quotes.model import Difference
from archiver.quotes.unproven_lead import ALLEGING_VERBS

#: English verbs that end a tag making the words before it an allegation or a belief (",
#: prosecutors allege.", ", scientists believe.", ", I think."); not "claim", a verb of saying
#: (issue 14's case: :data:`archiver.quotes.unproven_lead.ALLEGING_VERBS`).
_TAG_VERBS = frozenset([
    "allege", "alleges", "alleged", "think", "thinks", "thought", "reckon", "reckons",
    "reckoned", "believe", "believes", "believed", "suspect", "suspects", "suspected", "fear", "fears", "feared"])
#: English verbs that end a tag making the words before it a joke, a lie, a hope or a guess (", he joked.", ", he
#: lied.", ", he hoped.", ", the president guessed."; quote rules 106, red team q106).
_NOT_MEANT_VERBS = frozenset(["joked", "jokes", "joking", "quipped", "quips", "lied", "hoped", "hopes", "guessed",
                              "guesses", "speculated", "speculates", "wished", "wishes"])
#: Adverbs that make a tag of saying a false one (", he falsely claimed.", ", she wrongly said.").
_FALSELY = frozenset(["falsely", "wrongly", "mistakenly", "erroneously", "untruthfully"])
#: Spanish and Portuguese verbs of allegation that open a tag before its subject (", alega la
#: fiscalía."), and the verbs of joking, lying, hoping and fearing the other languages put first (", scherzte er.",
#: ", befürchtete er.", ", craignait-il.", ", bromeó el ministro.", ", пошутил он."; rules 106).
_INVERTED = frozenset(w for w in ALLEGING_VERBS if not w.isascii() or w.startswith("aleg")) | frozenset([
    "scherzte", "scherzt", "witzelte", "log", "lügt", "hoffte", "hofft", "befürchtete", "befürchtet", "fürchtete",
    "fürchtet", "vermutete", "mutmaßte", "plaisanta", "plaisante", "ironisa", "mentit", "espérait", "espère",
    "craignait", "craint", "redoutait", "bromeó", "bromea", "ironizó", "mintió", "miente", "esperaba", "temía", "teme",
    "scherzò", "scherza", "ironizzò", "mentì", "sperava", "spera", "temeva", "teme", "brincou", "brinca", "ironizou",
    "mentiu", "mente", "esperava", "temia", "пошутил", "пошутила", "соврал", "солгал", "надеялся", "надеялась",
    "опасался", "опасалась"])
#: French and Italian compound past of joking or lying, opening a tag (", a plaisanté le ministre", ", ha scherzato").
_COMPOUND_NOT_MEANT = frozenset([("a", "plaisanté"), ("a", "ironisé"), ("a", "menti"), ("ha", "scherzato"),
                                 ("ha", "ironizzato"), ("ha", "mentito")])
#: Words that open a clause of another kind, not a tag's subject: a comparison or manner (", as
#: engineers had claimed"), a relative (", which nobody believed"), a conjunction.
_NOT_A_SUBJECT = frozenset(["as", "than", "which", "who", "whom", "whose", "what", "that", "like", "unlike",
                            "because", "and", "but", "or", "nor", "so", "if", "when", "while", "where", "though",
                            "although", "since", "yet", "even", "just", "contrary"])
#: Words a tag's verb never follows: a preposition or an article before it makes it a noun (",
#: food for thought.", ", a thought.").
_NOT_BEFORE_VERB = frozenset(["for", "of", "a", "an", "the", "in", "on", "with", "to", "at", "by", "from", "no",
                              "his", "her", "their", "its", "our", "my", "your", "second", "first"])
#: A comma right after the match, then a tag of at most :data:`_TAG_WORDS` words up to the end of
#: its sentence or the next comma.
_TAG = re.compile(r"[ \t\u00a0\u202f]*[\"\u201c\u201d\u00bb\u2019]?[ \t\u00a0\u202f]*,[\"\u201d\u2019]?[ \t\u00a0\u202f]*"
                  r"([^.!?;:\n,()\"\u201c\u201d\u201e\u00ab\u00bb]*)[.!?;,]")
_TAG_WORDS = 5
_WORDS = re.compile(WORD)


def hedging_tag(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match (ending at ``original[end]``) is
    followed by a comma and a tag that makes it an allegation or a belief: ", prosecutors
    allege.", ", scientists believe,", ", alega la fiscalía."."""
    m = _TAG.match(original, end)
    if m is None:
        return None
    words = list(_WORDS.finditer(m.group(1)))
    if not 2 <= len(words) <= _TAG_WORDS:
        return None
    folded = [fold_word(w.group()) for w in words]
    if folded[0] in _NOT_A_SUBJECT:
        return None
    what = "an allegation or a belief"
    if folded[-1] in _TAG_VERBS and folded[-2] not in _NOT_BEFORE_VERB:
        verb = words[-1]
    elif folded[-1] in _NOT_MEANT_VERBS and folded[-2] not in _NOT_BEFORE_VERB:
        verb, what = words[-1], "a joke, a lie, a hope or a guess"
    elif folded[-2] in _FALSELY:
        verb, what = words[-2], "a false claim"  # ", he falsely claimed."
    elif folded[0] in _INVERTED or tuple(folded[:2]) in _COMPOUND_NOT_MEANT:
        verb = words[0]
        if folded[0] not in ALLEGING_VERBS:
            what = "a joke, a lie, a hope, a fear or a guess"
    else:
        return None
    at = m.start(1) + verb.start()
    tag = m.group(1).strip()
    return Difference("trailing_word", True, None, verb.group(), at, at + len(verb.group()),
                      note=f"the quote ends right before {tag!r}, which makes it {what} in the source, not a fact")
