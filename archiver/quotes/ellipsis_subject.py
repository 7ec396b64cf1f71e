"""An ellipsis may not leave out the subject of the words a quote reports.

"The mayor said ... was arrested for fraud" for "The mayor said the driver was arrested for
fraud" reads as the mayor arrested; "told reporters that ... had fled the country" for "that the
suspect had fled" as the reporters fled. After a reporting verb ("said", "told", "sagte":
:data:`archiver.quotes.lexicon.REPORTING_WORDS`) or a word that opens reported speech ("that",
"dass", "que", "che") the reported words open with their subject; a part after the ellipsis that
opens with a finite verb (:data:`FINITE_VERBS`: "was", "had", "would", "sei", "est", "fue") has
left the subject in the gap. That is a material ``ellipsis_subject`` difference. A part that
opens with a noun, a name or a pronoun keeps a subject ("said the driver ... was arrested" keeps
"the driver"), and is judged by the other ellipsis checks (:mod:`archiver.quotes.gaps`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import REPORTING_WORDS, fold_word
from archiver.quotes.model import Difference

#: Finite verbs (mostly auxiliaries) that open a predicate and never a subject, in the covered
#: languages.
FINITE_VERBS = frozenset([
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
    "might", "must", "did", "does", "do",
    "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "würde", "würden",
    "sei", "seien", "habe", "hätte", "hätten", "wäre", "wären", "kann", "könne", "könnte", "soll", "solle",
    "sollte", "muss", "müsse",
    "est", "sont", "était", "étaient", "ont", "avait", "avaient", "sera", "seront", "serait", "aurait",
    "va", "peut", "doit",
    "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "había", "será", "sería", "puede", "debe",
    "è", "sono", "erano", "fu", "hanno", "aveva", "sarà", "sarebbe", "può", "deve",
    "é", "são", "eram", "foi", "foram", "tem", "têm", "tinha", "seria", "pode", "vai",
])
#: Words that open reported speech after a verb ("told reporters that").
SPEECH_OPENERS = frozenset(["that", "dass", "que", "qu", "che", "что"])
_LAST_WORD = re.compile(r"([^\W\d_][\w'\u2019]*)[^\w]*$")
_FIRST_WORD = re.compile(r"[^\w]*([^\W\d_][\w'\u2019]*)")


def ellipsis_subject_differences(parts: list[str], original: str,
                                 spans: list[tuple[int, int]]) -> list[Difference]:
    """A material ``ellipsis_subject`` difference for each ellipsis after a reporting verb or a
    "that" whose next part opens with a finite verb. ``parts``: the quote's parts as written,
    ``spans``: where each was found, in order."""
    out: list[Difference] = []
    for i, ((_, b), (c, _)) in enumerate(zip(spans, spans[1:], strict=False)):
        last, first = _LAST_WORD.search(parts[i]), _FIRST_WORD.match(parts[i + 1])
        if last is None or first is None:
            continue
        before = fold_word(last.group(1))
        if (before in REPORTING_WORDS or before in SPEECH_OPENERS) and fold_word(first.group(1)) in FINITE_VERBS:
            out.append(Difference(
                "ellipsis_subject", True, "…", original[b:c].strip(), b, c,
                note=(f"the ellipsis leaves out who or what {first.group(1)!r} is said of: the words "
                      f"after {last.group(1)!r} read as said of another")))
    return out
