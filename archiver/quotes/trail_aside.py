"""An attribution set off between commas right after a quote: read past it (quote rules 21).

"The treatment works" of "The treatment works, according to its maker, in most patients." cut
the quote before an attribution that does not end the sentence (rules 19 read one only where it
does: :data:`archiver.quotes.trail_limit.ATTRIBUTIONS`), and so before "in most patients", a
limit of its claim that the aside only parts from it. An aside between commas is no part of the
clause it stands in: the words after its closing comma go on where the quote ends, and are read
as if they followed the quote right away (:func:`attribution_aside`; the limits of
:mod:`archiver.quotes.trail_limit`: a phrase of cases, "only", a condition, a contrast and its
negation...). The aside itself is not judged there: one inside a clause the quote cuts (",
laut Kondo, nie ein Ende finden") attributes words the quote does not hold, and a cut clause
is not told from a whole one without a parse.

A speaker's tag set off the same way (", its maker says,", ", officials said,", ", says its
maker,", ", sagt der Hersteller,", ", affirme le fabricant,", ", the company said in a
statement,": a few words that a verb of saying of :data:`archiver.quotes.lexicon.REPORTING_WORDS`
ends or opens, or follows a short subject in) is read past in the same way
(rules 24): "The treatment works" of "The treatment works, its maker says, only in mice." cuts
"only in mice" as surely as a quote ending before it does. The tag is not judged either: a
speaker's ", he said" at a sentence's end names whose words the quote already is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archiver.quotes.lexicon import REPORTING_WORDS, WORD, fold_word

#: Words that open an attribution aside after a comma: "according to" (before a source, not a
#: plan or a record: the caller's test), "laut", "selon", "según".
_OPENERS = frozenset(["laut", "selon", "según", "segun"])
#: The aside's words up to its closing comma, at most :data:`_ASIDE_WORDS` of them.
_ASIDE = re.compile(r"[^.!?\n,;:()\"\u201c\u201d]*,")
_ASIDE_WORDS = 6
_WORDS = re.compile(WORD)
#: Verbs of saying a tag ends or opens with besides those of
#: :data:`archiver.quotes.lexicon.REPORTING_WORDS` (", the company claims,"), and verbs of
#: finding or showing (", researchers found,", ", the study shows,").
_TAG_VERBS = REPORTING_WORDS | frozenset(["claims", "claim", "contends", "contend", "contended", "stresses",
                                          "stressed", "notes", "note", "estimates", "estimated",
                                          # a verb of finding or showing (", researchers found,"; rules 26)
                                          "found", "finds", "find", "showed", "shows", "show", "concluded",
                                          "concludes", "discovered", "observed"])
#: Words of a tag's subject before its verb of saying when words follow the verb (", the company
#: said in a statement,", ", its maker told Reuters,", ", officials said on Tuesday,"; review s41:
#: rules 24 took only a tag its verb ends or opens).
_TAG_SUBJECT_WORDS = 3


def attribution_aside(m: re.Match[str], after: str, names_a_source: Callable[[str, int], bool]) -> int | None:
    """Where, in ``after`` (the text after a match), the comma closing an attribution aside right
    after the match stands (", according to its maker," / ", laut Hersteller,"), or ``None``.
    ``m`` is the match of the comma and the aside's first two words
    (:data:`archiver.quotes.trail_limit._NEXT`: groups 2 and 3), ``names_a_source`` tells
    whether the words at an index of ``after`` name whose claim it is ("its maker", not "plan"). A
    speaker's tag (", its maker says,") is read past as well (:func:`speakers_tag`)."""
    if "," not in m.group("comma"):
        return None
    word, second = fold_word(m.group(2)), fold_word(m.group(3) or "")
    if word == "according" and second == "to" and names_a_source(after, m.end(3)):
        at = m.end(3)
    elif word in _OPENERS:
        at = m.end(2)
    else:
        return speakers_tag(after, m.start(2))
    aside = _ASIDE.match(after, at)
    if aside is None or len(aside.group().split()) > _ASIDE_WORDS:
        return None
    return aside.end() - 1


def speakers_tag(after: str, at: int) -> int | None:
    """Where the comma closing a speaker's tag that opens at ``after[at]`` stands (", its maker
    says,", ", says its maker,", ", the company said in a statement,": at most
    :data:`_ASIDE_WORDS` words, a verb of saying of :data:`_TAG_VERBS` its first, or its last, or
    right after a subject of at most :data:`_TAG_SUBJECT_WORDS` words, an adjunct after it), or
    ``None``."""
    aside = _ASIDE.match(after, at)
    if aside is None:
        return None
    words = [fold_word(w) for w in _WORDS.findall(aside.group())]
    if not words or len(words) > _ASIDE_WORDS or not (
            words[-1] in _TAG_VERBS or any(w in _TAG_VERBS for w in words[:_TAG_SUBJECT_WORDS + 1])):
        return None
    return aside.end() - 1
