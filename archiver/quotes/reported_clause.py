"""Whether a name opens a reported clause as its subject: "The mayor said Tom Hanks will leave", "a
dit que Jacques Martin partira", "told reporters Tom Hanks will leave" (the clause's subject), not
"told Tom Hanks" (the addressee) nor "The wife of Tom Hanks said".

Why a module of its own: :mod:`archiver.quotes.brackets` reads a pronoun bracket opening a quote
against the name it stands for, and which name that is (the speaker's or the reported clause's
subject) is a question of the words before the name alone; moved out of brackets.py (task q57) to
make room there, unchanged.
"""

from __future__ import annotations

from archiver.quotes.lexicon import CALENDAR_WORDS
from archiver.quotes.tokens import Token

#: Words after which a name opens a reported clause as its subject ("The mayor said Tom Hanks will
#: leave", "a dit que Jacques Martin partira", "ha detto che Marco Rossi"): a pronoun bracket for
#: the clause's start stands for that name, not the speaker's (review of rules 47: only a name
#: opening the sentence was read, so "[She] will leave" of "... said Tom Hanks will leave" passed
#: ``normalized``). Not "told", "asked", "warned": their name is whom they addressed.
_REPORTED_CLAUSE_OPENERS = frozenset([
    "that", "dass", "que", "qu", "che", "ch", "что", "said", "says", "say", "believes", "believed", "thinks",
    "thought", "claims", "claimed", "announced", "added", "insisted", "stressed", "expects", "expected",
    # review of rules 48 (red team rvq51): other verbs of saying, thinking and hoping passed "[She]"
    # for "Tom Hanks" ("The mayor confirmed Tom Hanks will leave", "The mayor hopes Tom Hanks ...")
    "confirmed", "confirms", "hopes", "hoped", "fears", "feared", "predicted", "predicts", "reported", "reports",
    "argued", "argues", "wrote", "writes", "stated", "states", "noted", "notes", "admitted", "admits",
    "suggested", "suggests", "believe", "think", "hope", "expect", "announces", "adds", "insists", "stresses",
    # review of rules 49-50 (red team rvq52): "The mayor revealed Tom Hanks will leave"
    "revealed", "reveals", "indicated", "indicates", "signalled", "signaled", "signals", "estimated", "estimates",
    "assumed", "assumes", "suspects", "suspected", "conceded", "concedes", "acknowledged", "acknowledges",
    "declared", "declares", "explained", "explains", "predict", "argue", "guessed", "figured"])
#: Verbs whose addressee comes before the reported clause ("told reporters Tom Hanks will leave"):
#: a name right after them is the addressee ("told Tom Hanks"), one after a lowercase addressee
#: opens the clause (:func:`opens_clause`).
_ADDRESSING = frozenset(["told", "tells", "tell", "assured", "assures", "informed", "informs", "reminded", "reminds"])
#: Words of a date between a verb of saying and the clause's subject ("said on Monday Tom Hanks").
_DATE_LINKS = frozenset(["on", "last", "this", "earlier", "later", "late", "early"])


def opens_clause(lead: list[Token], k: int) -> bool:
    """Whether a name after ``lead[k]`` (``k`` < 0: none before it) is the subject of the words
    after it: nothing or a mark before it, or a word of :data:`_REPORTED_CLAUSE_OPENERS`, a date
    ("said on Monday") or a lowercase addressee of :data:`_ADDRESSING` ("told reporters") between."""
    while k >= 0 and lead[k].is_word and (lead[k].folded in CALENDAR_WORDS or lead[k].folded in _DATE_LINKS):
        k -= 1
    if k < 0 or not lead[k].is_word or lead[k].folded in _REPORTED_CLAUSE_OPENERS:
        return True
    return lead[k].text.islower() and any(
        t.folded in _ADDRESSING for t in lead[max(0, k - 2):k] if t.is_word)
