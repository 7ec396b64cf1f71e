"""A person's name in a bracket whose given name is also a word of a class the bracket check reads:
"[Jan Becker]" ("Jan" a month), "[Max Huber]" ("Max" a quantity word), "[May Parker]".

Why: :func:`archiver.quotes.brackets.bracket_differences` refuses a bracket that adds or removes a
number, a quantity word or a date, and read "[Jan Becker]" for "Er" as a date changed and "[Max
Huber]" for "He" as a quantity changed (review of rules 49-50: false alarms on a name naming the
person a pronoun stands for). A capitalised word right before a capitalised surname, in a bracket
standing for a pronoun or a name, is a given name: its words are no date and no quantity. "[Jan.
5]" (a mark after "Jan") and "[max. 5]" (lower case) are read as before, and so is a bracket
standing for other words ("[Jan Becker]" for "on Monday"): only what a name may replace is read so.

Review of rules 51-52 (red team rvq54): a surname after a particle ("[Jan van Dijk]", "[Max von
Bülow]") and a given name alone for a person's pronoun ("[Jan]" for "Er", "[Max]" for "He") were
still read as a date and a quantity added. A particle of :data:`PARTICLES` may stand between the
two words; one capitalised word of no number ("[Twelve]" stays a number) for a singular personal
pronoun of :data:`PERSON_PRONOUNS` is a given name.
"""

from __future__ import annotations

from collections.abc import Callable

from archiver.quotes.lexicon import is_number
from archiver.quotes.tokens import Token

#: Lower-case particles between a given name and a surname ("Jan van Dijk", "Max von Bülow",
#: "Maria de la Cruz", "Ana dos Santos").
PARTICLES = frozenset(["van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "dos",
                       "das", "ten", "ter", "zu", "y", "bin", "al"])
#: Singular pronouns of a person, one of which a lone given name may stand for ("[Jan]" for "Er").
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "er", "sie", "ihn", "il", "elle", "él", "ella", "lui",
                             "lei", "ele", "ela", "он", "она"])


def without_names(content: list[Token], gap: list[Token], referring: frozenset[str],
                  of_a_class: Callable[[str], bool], person_noun: Callable[[str], bool] | None = None) -> list[Token]:
    """``content`` (a bracket's tokens) without the words of a two-word name, when ``gap`` (the
    source's words it stands for) is a pronoun or a name: each word one of ``referring`` or a
    capitalised word of no class (``of_a_class``). A name is a capitalised word and, right after
    it with nothing but a space between (or particles of :data:`PARTICLES`: "Jan van Dijk"), a
    capitalised surname of no class ("Jan Becker"; not "Jan. 5", "Next Monday", "max 5"); one
    capitalised word of no number for one pronoun of :data:`PERSON_PRONOUNS` ("[Jan]" for "Er"); or
    a capitalised word right after a person's noun (``person_noun``, folded: "[the spokesman Max]",
    "[der Sprecher Max]"; rules 54, where "spokesman" is no capitalised given name to read it by)."""
    gap_words = [t for t in gap if t.is_word]
    if not gap_words or not all(t.folded in referring or (t.text[:1].isupper() and not of_a_class(t.folded))
                                for t in gap_words):
        return content
    words = [t for t in content if t.is_word]
    if (len(words) == 1 == len(gap_words) and gap_words[0].folded in PERSON_PRONOUNS
            and words[0].text[:1].isupper() and words[0].text[1:2].islower() and not is_number(words[0].folded)):
        return [t for t in content if t is not words[0]]  # "[Jan]" for "Er", "[Max]" for "He"
    names: set[int] = set()
    for i, given in enumerate(content):
        after = content[i + 1] if i + 1 < len(content) else None
        if (person_noun is not None and given.is_word and after is not None and after.is_word
                and after.text[:1].isupper() and after.text[1:2].islower() and person_noun(given.folded)
                and after.start - given.end == 1):
            names.add(i + 1)  # "the spokesman Max": a name after the noun of its bearer
        if not (given.is_word and given.text[:1].isupper()):
            continue
        k = i + 1
        while k < len(content) - 1 and content[k].folded in PARTICLES and content[k].start - content[k - 1].end == 1:
            k += 1  # "Jan van Dijk"
        surname = content[k] if k < len(content) else None
        if (surname is not None and surname.is_word and surname.text[:1].isupper()
                and surname.text[1:2].islower() and not of_a_class(surname.folded)
                and surname.start - content[k - 1].end == 1):
            names.update(range(i, k + 1))
    return [t for i, t in enumerate(content) if i not in names]
