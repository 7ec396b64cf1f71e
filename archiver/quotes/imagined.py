"""A claim the source only imagines: a quote inside a sentence that an imperative of imagining or supposing opens
(quote rules 86, red team q86b).

"vaccines cause autism" is a verbatim part of "Imagine a world where vaccines cause autism.", "the minister knew
about the payments" of "Suppose the minister knew about the payments: what then?". The source asks its reader to
picture the claim, and asserts nothing; a quote of it alone states it as the source's. Unlike a condition ("If the
dam fails, ": :func:`archiver.quotes.lead_word._after_condition`), which bounds the clause after its comma, the
imperative governs the words right after it, however far into the clause the quote starts ("a world where ..."), so
the whole first clause of the sentence is read: up to a clause of contrast (", but", "; "), a colon or the
sentence's end.

The imperatives, sentence-initial only (:data:`_IMAGINING`; "I imagine the mayor lied" is a belief, read by
:data:`archiver.quotes.lead_word.HOPING_VERBS`): English "Imagine", "Suppose", "Supposing", "Assume", "Pretend",
"Let's say", "Let us imagine"; German "Stell dir vor", "Stellen Sie sich vor", "Angenommen"; French "Imaginez",
"Imaginons", "Supposons", "Admettons"; Spanish "Imagina", "Imaginemos", "Supongamos", "Pongamos que"; Italian
"Immagina", "Immaginiamo", "Supponiamo", "Poniamo"; Portuguese "Imagine", "Imaginemos", "Suponha", "Suponhamos";
Russian "Представьте", "Представь", "Допустим", "Предположим". Not the idiom "Imagine my surprise when ...", which
tells what happened.
"""

from __future__ import annotations

import re

from archiver.quotes.model import Difference

#: A sentence's opening imperative of imagining or supposing (see the module's docstring), after the sentence's start
#: and any opening quotation mark or bracket.
_IMAGINING = re.compile(
    r"(?:imagine|suppose|supposing|assume|pretend|let['\u2019]?s[ \t]+(?:say|suppose|imagine|assume|pretend)"
    r"|let[ \t]+us[ \t]+(?:say|suppose|imagine|assume)"
    r"|stell[ \t]+(?:dir|euch)[ \t]+(?:mal[ \t]+)?vor|stellen[ \t]+Sie[ \t]+sich[ \t]+(?:mal[ \t]+)?vor|angenommen"
    r"|imaginez|imaginons|supposons|admettons"
    r"|imagina|imaginemos|imaginen|imagínate|imagínese|supongamos|suponga|pongamos[ \t]+que"
    r"|immagina|immaginate|immaginiamo|immagini|supponiamo|poniamo"
    r"|imaginem|suponha|suponhamos|vamos[ \t]+supor"
    r"|представьте|представь|допустим|предположим)(?![^\W\d_])",
    re.IGNORECASE)
#: "Imagine my surprise when ...": an idiom that tells what did happen.
_IDIOM = re.compile(r"[ \t]+(?:my|our|your|his|her|their|the)[ \t]+[^\W\d_]+[ \t]+when\b", re.IGNORECASE)
#: What ends the imagined clause before the quote: a sentence's or a line's end, a semicolon or a colon ("Suppose the
#: minister knew: what then?" imagines what stands before its colon), or a clause of contrast.
_CLAUSE_END = re.compile(r"[.!?;:\n]|,[ \t]+(?:but|yet|aber|doch|mais|pero|sino|ma|però|mas|porém|но|а)\b", re.IGNORECASE)
_OPENING_MARKS = " \t\u00a0\u202f\"'\u201c\u201e\u00ab\u2018("
#: How far back the sentence's start is looked for (characters).
_REACH = 300


def imagined(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match, starting at ``original[start]``, lies in the first
    clause of a sentence that an imperative of imagining or supposing opens (:data:`_IMAGINING`) and does not take
    that imperative in."""
    low = max(0, start - _REACH)
    begin = max(original.rfind(c, low, start) for c in ".!?\n")
    if begin < 0 and low > 0:
        return None  # the sentence opens further back than is read
    begin += 1
    while begin < start and original[begin] in _OPENING_MARKS:
        begin += 1
    opener = _IMAGINING.match(original, begin)
    if opener is None or opener.end() > start or _IDIOM.match(original, opener.end()):
        return None
    if _CLAUSE_END.search(original, opener.end(), start) is not None:
        return None  # "Imagine that the minister knew, but he did not": the quote's clause is the writer's own
    words = opener.group()
    return Difference("leading_qualifier", True, None, words, opener.start(), opener.end(),
                      note=f"the quote stands in a sentence the source opens with {words!r}: it asks the reader to "
                           "imagine them, and does not say they hold")
