"""A quote cut right after a modal that makes its words a possibility, a condition, a wish or a counterfactual.

"reduce deaths by half" of "could reduce deaths by half", "help patients" of "would help
patients": the quote states as a fact what the source only holds possible, wishes or sets a
condition on (:data:`POSSIBILITY_MODALS`, :data:`CONDITIONAL_MODALS`; a "would" of reported
speech, of a story's future or of habit is not one: :func:`_reported_would`). Rules 24 read
the modal past the two words English puts between it and its verb, as the modal right before
the quote is read (:func:`modal_before`):

* an adverb ("might well help", "could potentially reduce", "may eventually", "should soon",
  "pourrait bien", "podría incluso": :data:`BETWEEN_MODAL_AND_VERB`, or a word in "-ly");
* the "have" of a counterfactual or of a possibility in the past, maybe after a negation, before
  a past participle ("would have loved the house", "could not have been", "might have caused",
  "must have known", "would've": :func:`_perfect_participle`): the source says it did not
  happen, or may have; the quote, that it did. A "have" before anything else ("would have to
  walk", "would have nightmares") tells a duty or a habit as often, and is not read.

Moved here from :mod:`archiver.quotes.lead_word`, which asks :func:`modal_before` in its chain.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import ARTICLES, WORD, fold_word, is_negation
from archiver.quotes.present_verb import opens_with_finite_verb

#: Modals that make the verb right after them a possibility ("could reduce deaths by half",
#: "pourrait", "podría"); lowercase only ("May" in mid-sentence is the month), and not after an
#: article or a possessive ("with all his might": a noun), nor "might" before a finite verb no
#: modal takes ("Military might alone cannot win": a noun, its subject;
#: :func:`archiver.quotes.present_verb.opens_with_finite_verb`). Not German "könnte":
#: its verb stands at the clause's end, and the words right after it are a subject or an object
#: ("könnten 75 Prozent des Ackerlands ... verwendet werden").
POSSIBILITY_MODALS = frozenset(["could", "may", "might", "pourrait", "pourraient", "podría", "podrían", "potrebbe",
                                "potrebbero", "poderia", "poderiam"])
#: Modals that make the verb right after them a condition, a wish or a duty ("would reduce deaths
#: by half", "should reduce", "devrait", "debería"); lowercase only ("Should the dam fail" opens a
#: condition: :data:`archiver.quotes.lead_word.CONDITION_OPENERS`). A "would" a reporting verb shortly before puts in the
#: past is the future of reported speech ("said it would rain"), as "will" is, and not judged.
CONDITIONAL_MODALS = frozenset(["would", "should", "devrait", "devraient", "debería", "deberían", "dovrebbe",
                                "dovrebbero", "deveria", "deveriam"])
#: Verbs after which "would" reports a future (:data:`CONDITIONAL_MODALS`), within
#: :data:`_REPORTED_REACH` words before it ("said the plant would close").
REPORTING_VERBS = frozenset(["said", "told", "announced", "predicted", "forecast", "warned", "promised", "knew",
                             "thought", "expected", "insisted", "claimed", "stated", "added", "wrote", "reported",
                             "confirmed", "agreed", "decided", "vowed", "pledged", "assured", "estimated",
                             "explained", "noted", "admitted", "acknowledged", "conceded", "indicated", "revealed",
                             "disclosed", "argued", "suggested", "signalled", "signaled", "hinted", "replied",
                             "answered", "stressed", "emphasized", "emphasised", "maintained", "mentioned",
                             "declared", "asserted", "testified", "recalled", "informed", "notified"])
_REPORTED_REACH = 5
#: A story's step forward in time ("Years later,", "Later,", "decades later"), after which a
#: "would" tells what then happened (:func:`_reported_would`).
_STORY_LATER = re.compile(r"(?i)\b(?:later,|(?:years|months|decades|weeks|days|hours|moments|minutes)\s+later\b)")
#: A frame that puts a sentence in the past of someone's life or a time long gone ("As a child,",
#: "When he was young,", "Back then,", "In those days,", "Growing up,"), after which a "would"
#: tells what was done again and again, no condition (rules 21). The frame opens its sentence or
#: a clause after a comma ("In 1990, when she was a student,"): inside a noun phrase its words
#: frame nothing ("Children growing up today would benefit", "Treating him as a child would be").
_HABIT_PAST = re.compile(r"(?i)(?:^|,)[\s\"'\u201c\u201e\u00ab(]*(?:as\s+an?\s+(?:child|boy|girl|kid|teenager|student|young\s+(?:man|woman))"
                         r"|when\s+(?:i|he|she|we|they)\s+(?:was|were)\b|back\s+then|in\s+those\s+days|growing\s+up)\b")
#: How many words before the "that" of a "would"'s clause its reporting verb may stand ("said in a
#: statement late on Tuesday that the plant would close").
_THAT_REACH = 8

#: Adverbs English (and French, Spanish, Italian, Portuguese) put between a modal and its verb
#: ("might well help", "could also", "may even", "should soon", "pourrait bien", "podría incluso");
#: any lowercase word in "-ly" of more than four letters counts too ("could potentially"). Not
#: "later": "would later become" tells a story's future (:func:`_reported_would`).
BETWEEN_MODAL_AND_VERB = frozenset([
    "well", "also", "even", "still", "soon", "yet", "then", "now", "already", "again", "just", "ever", "indeed",
    "someday", "bien", "aussi", "même", "également", "encore", "también", "incluso", "todavía", "anche", "persino",
    "ancora", "também", "ainda",
])
#: Modals a "have" and a past participle after them make a counterfactual, or a possibility or an
#: inference in the past ("would have loved", "could have been", "must have known").
_PERFECT_MODALS = frozenset(["would", "could", "might", "should", "may", "must"])
#: The same modals with "have" written into them ("would've loved", "could've been").
_CONTRACTED = frozenset(f"{modal}{mark}ve" for modal in _PERFECT_MODALS for mark in ("'", "\u2019"))
_DETERMINERS = ARTICLES | frozenset(["his", "her", "its", "their", "our", "my", "your", "this", "these", "those"])
_CLAUSE_LOOK_BACK = 300
_LOOK_BACK = 40
_SENTENCE_START = re.compile(r"(?:[.!?:]\s+|\n)[\s\"'\u201c\u201e\u00ab(]*")
_WORD_BEFORE = re.compile(rf"({WORD})")
_NEXT_WORD = re.compile(rf"[ \t\u00a0\u202f]+({WORD})")
#: The word right before a position, only spaces between.
_LAST_WORD = re.compile(rf"({WORD})[ \t\u00a0\u202f]+$")
_FIRST_WORD = re.compile(rf"{WORD}")


def _word_before(original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The word right before ``m`` (a word of ``original``), only spaces between."""
    return _LAST_WORD.search(original, max(0, m.start() - _LOOK_BACK), m.start())


def _participle(word: str) -> bool:
    """Whether ``word`` (folded) may be a past participle: one of :data:`_IRREGULAR_PARTICIPLES` or
    a word in "-ed" of more than four letters."""
    return word in _IRREGULAR_PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def _perfect_participle(quote_text: str, original: str, m: re.Match[str]) -> re.Match[str] | None:
    """The modal of :data:`_PERFECT_MODALS` whose "have" ``m`` is (a negation may stand between:
    "would not have"), or ``m`` itself when it holds its "have" ("would've"), when the quote
    opens with a past participle ("loved the house", "been a disaster")."""
    first = _FIRST_WORD.match(quote_text.lstrip())
    if first is None or not _participle(fold_word(first.group())):
        return None
    folded = fold_word(m.group(1))
    if folded in _CONTRACTED:
        return m if m.group(1)[:1].islower() else None
    if folded != "have":
        return None
    modal = _word_before(original, m)
    if modal is not None and is_negation(fold_word(modal.group(1))):
        modal = _word_before(original, modal)
    if modal is None or not modal.group(1)[:1].islower() or fold_word(modal.group(1)) not in _PERFECT_MODALS:
        return None
    return modal


def modal_before(quote_text: str, original: str, m: re.Match[str]) -> tuple[re.Match[str], str] | None:
    """The modal that makes the quoted words (``quote_text``, the quote's first part as written) a
    possibility, a condition, a wish, a duty or a counterfactual, and what it does: ``m`` itself
    (the word right before the match: "could reduce"), the modal before the adverb ``m`` is
    ("might well help": :data:`BETWEEN_MODAL_AND_VERB`), or the modal of the "have" ``m`` is
    before a participle ("would have loved": :func:`_perfect_participle`)."""
    if (perfect := _perfect_participle(quote_text, original, m)) is not None:
        return perfect, "makes them a counterfactual, or a possibility in the past"
    folded = fold_word(m.group(1))
    modal: re.Match[str] | None = m
    if folded in BETWEEN_MODAL_AND_VERB or (len(folded) > 4 and folded.endswith("ly") and m.group(1).islower()):
        modal = _word_before(original, m)
    if modal is None or not modal.group(1)[:1].islower():
        return None
    word = fold_word(modal.group(1))
    determiner = _word_before(original, modal)
    if word in POSSIBILITY_MODALS and not (determiner is not None and fold_word(determiner.group(1)) in _DETERMINERS) and not (
            word == "might" and opens_with_finite_verb(_FIRST_WORD.findall(quote_text))):
        # (not "with all his might", "the might of", "military might is growing": a noun)
        return modal, "makes them a possibility"
    if word in CONDITIONAL_MODALS and not (word == "would" and _reported_would(original, modal)):
        return modal, "makes them a condition, a wish or a duty"
    return None


def _counterfactual(original: str, after: re.Match[str] | None) -> bool:
    """Whether ``after`` (the word right after a "would") is a "have" of a counterfactual, a past
    participle after it ("she would have loved the park", "would have been"), which no habit
    takes; "would have to walk" and "would have nightmares" tell a habit."""
    if after is None or fold_word(after.group(1)) != "have":
        return False
    then = _NEXT_WORD.match(original, after.end(1))
    if then is None:
        return False
    return _participle(fold_word(then.group(1)))


#: Past participles not in "-ed" that follow the "have" of a counterfactual ("would have been",
#: "would have had", "would have taken"); a list, since a noun in "-en" is as often there
#: ("would have children over").
_IRREGULAR_PARTICIPLES = frozenset([
    "been", "had", "done", "gone", "made", "said", "got", "gotten", "come", "become", "run", "left", "felt", "thought",
    "brought", "bought", "found", "kept", "lost", "met", "paid", "put", "sent", "told", "won", "built", "heard", "held",
    "led", "let", "meant", "set", "sold", "spent", "stood", "taught", "understood", "seen", "known", "shown", "grown",
    "thrown", "drawn", "taken", "given", "written", "broken", "chosen", "eaten", "fallen", "forgotten", "driven",
    "spoken", "stolen", "risen", "beaten", "proven", "begun", "sung", "swum", "drunk"])


def _reported_would(original: str, m: re.Match[str]) -> bool:
    """Whether a reporting verb (:data:`REPORTING_VERBS`) stands among the
    :data:`_REPORTED_REACH` words right before ``m`` (a "would" right before a match), in its
    sentence: "said it would rain", "told reporters the plant would close"; or among the
    :data:`_THAT_REACH` words before the last "that" before it: "told reporters on Monday that she
    would resign". So is a "would" of a story's future in the past (:data:`_STORY_LATER` before
    it in its sentence, or "later" right after it): "Years later, she would become the first
    woman to lead the party", "He would later become president"; not "tested later this year";
    and one of habit in a sentence a frame puts in the past (:data:`_HABIT_PAST`: "As a child,
    she would spend summers in Maine"; not "would have loved": :func:`_counterfactual`)."""
    after = _NEXT_WORD.match(original, m.end(1))
    if _counterfactual(original, after):
        return False  # "said it would have been a disaster", "Years later, she would have loved": it was not
    before = original[max(0, m.start() - _CLAUSE_LOOK_BACK):m.start()]
    starts = list(_SENTENCE_START.finditer(before))
    sentence = before[starts[-1].end():] if starts else before
    words = [fold_word(w) for w in _WORD_BEFORE.findall(sentence)]
    if _STORY_LATER.search(sentence) or _HABIT_PAST.search(sentence) or (
            after is not None and fold_word(after.group(1)) == "later"):
        return True
    if any(w in REPORTING_VERBS for w in words[-_REPORTED_REACH:]):
        return True
    # "told reporters on Monday that she would resign": the verb within reach of the clause's "that"
    that = len(words) - 1 - words[::-1].index("that") if "that" in words else 0
    return any(w in REPORTING_VERBS for w in words[max(0, that - _THAT_REACH):that])
