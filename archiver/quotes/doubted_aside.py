"""A doubt set in an aside of the sentence's subject, before the claim a quote starts with.

"The payments were legal" of "The report, questioned by auditors, found that the payments were
legal.": the source says what a disputed report found; the quote states it as a fact. Red team
rvq61 found the class (a doubt after the claim, ", a forecast questioned by economists", was read
by :func:`archiver.quotes.trail_limit._doubting_tail` since rules 62; task q63 reads it before).

The aside is set off by commas or dashes after the sentence's first words (its subject, at most
:data:`_SUBJECT_WORDS`), and the quote starts at most :data:`_VERB_WORDS` words after it, with no
other comma between (the verb and its "that": "found that", "a conclu que", "stellte fest, dass"
is one comma too many and is left). A doubting word of
:data:`archiver.quotes.trail_limit.TAIL_DOUBT_VERBS` in the aside counts; one that, said of a person,
asks or dismisses them (:data:`archiver.quotes.trail_limit.PERSON_PARTICIPLES`, one list with the
tail's: "The minister, questioned by reporters, said that ...") counts only after a subject that names a document or a finding (:data:`_FINDINGS`); a
doubt a negation before it in the aside denies ("which auditors have not questioned") does not.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word, is_negation
from archiver.quotes.model import Difference
from archiver.quotes.trail_limit import PERSON_PARTICIPLES, TAIL_DOUBT_VERBS

_SUBJECT_WORDS = 4
_VERB_WORDS = 4
_ASIDE_WORDS = 8
#: Nouns of a document or a finding a doubt in an aside is said of.
_FINDINGS = frozenset([
    "report", "study", "survey", "analysis", "audit", "review", "inquiry", "paper", "findings", "finding", "data",
    "figures", "estimate", "forecast", "poll", "assessment", "rapport", "étude", "enquête", "analyse", "bericht",
    "studie", "gutachten", "umfrage", "analyse", "informe", "estudio", "encuesta", "análisis", "rapporto", "studio",
    "indagine", "relatório", "estudo", "pesquisa", "доклад", "отчёт", "отчет", "исследование", "опрос"])
#: A sentence's start, its subject, an aside set off by commas or dashes, and the words up to the
#: match (matched backwards from the match's start: the text before it ends the pattern).
_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+|\n)")
_ASIDE = re.compile(r"\s*(?:,|\u2013|\u2014|\s-\s)\s*([^,\u2013\u2014]+?)\s*(?:,|\u2013|\u2014|\s-\s)\s*")


def doubted_aside(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (from ``original[start]``) opens
    at most :data:`_VERB_WORDS` words after an aside of its sentence's subject that doubts it
    (module docstring); None otherwise."""
    lead_start = max(0, start - 200)
    starts = list(_SENTENCE_START.finditer(original, lead_start, start))
    sentence = starts[-1].end() if starts else lead_start
    lead = original[sentence:start]
    for aside in _ASIDE.finditer(lead):
        subject = re.findall(WORD, lead[:aside.start()])
        between = lead[aside.end():]
        if not 1 <= len(subject) <= _SUBJECT_WORDS or "," in between or len(re.findall(WORD, between)) > _VERB_WORDS:
            continue
        words = list(re.finditer(WORD, aside.group(1)))
        if len(words) > _ASIDE_WORDS:
            continue
        for k, w in enumerate(words):
            folded = fold_word(w.group())
            if folded not in TAIL_DOUBT_VERBS:
                continue
            if any(is_negation(fold_word(v.group()), None) for v in words[:k]):
                continue  # "which auditors have not questioned": no doubt
            if folded in PERSON_PARTICIPLES and fold_word(subject[-1]) not in _FINDINGS:
                continue  # "The minister, questioned by reporters, said that": she was asked
            at = sentence + aside.start(1) + w.start()
            return Difference("leading_qualifier", True, None, w.group(), at, at + len(w.group()),
                              note=f"the quote starts after an aside that calls its source into doubt "
                                   f"({w.group()!r})")
    return None
