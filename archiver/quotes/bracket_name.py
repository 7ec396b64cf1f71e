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

Review of rules 53 (task q55): a name read so is a name whatever the bracket stands for ("The vote
in [May Parker]" of "The vote in May": the date left the bracket, passed ``normalized``), and a
pronoun's bracket of capitalised words is a name even when its surname is a month ("[Jean Mars]"
for "Il"). A bracket for a name must name the same person (:func:`another_person`: "[John
Becker]" for "Tom Becker" passed, sharing "Becker"), and a given name of both sexes is read by the
title or noun of one sex the page writes before the surname (:func:`page_sex`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from archiver.quotes.given_names import given_names_agree
from archiver.quotes.lead_subject import title_sex
from archiver.quotes.lexicon import is_number
from archiver.quotes.person_sex import (
    FEMALE_NAMES,
    FEMALE_NOUNS,
    MALE_NAMES,
    MALE_NOUNS,
    german_feminine_person,
    named_sex,
    person_noun,
)
from archiver.quotes.russian_names import russian_given, surname_forms
from archiver.quotes.tokens import Token

#: Lower-case particles between a given name and a surname ("Jan van Dijk", "Max von Bülow",
#: "Maria de la Cruz", "Ana dos Santos").
PARTICLES = frozenset(["van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "della", "dos",
                       "das", "ten", "ter", "zu", "y", "bin", "al"])
#: Singular pronouns of a person, one of which a lone given name may stand for ("[Jan]" for "Er").
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "er", "sie", "ihn", "il", "elle", "él", "ella", "lui",
                             "lei", "ele", "ela", "он", "она"])


def without_names(content: list[Token], gap: list[Token], source_before: str,
                  of_a_class: Callable[[str], bool],
                  person_noun: Callable[[str], bool] | None = None) -> tuple[list[Token], list[Token]]:
    """``content`` (a bracket's tokens) and ``gap`` (the source's words it stands for) without the
    words of their two-word names ("The vote in [May Parker]" of "in May": the date is gone; "[Max
    Huber]" for "Maximilian Huber", "[Maximilian Roth]" for "Max Roth": no quantity word either
    side, red team rvq56). A name is a capitalised word and, right after it with nothing but a
    space between (or particles of :data:`PARTICLES`: "Jan van Dijk"), a capitalised surname of no
    class (``of_a_class``: "Jan Becker"; not "Jan. 5", "Next Monday", "max 5"). For one pronoun of
    :data:`PERSON_PRONOUNS`, up to :data:`_NAME_WORDS` capitalised words of no number are a name
    ("[Jan]" for "Er", "[Jean Mars]" for "Il": a month as a surname). A word of the bracket's name
    the gap holds alone too stays ("[Max Huber]" for "Max", both sides the same), unless
    ``source_before`` (the source up to the gap) ends with a preposition of
    :data:`_DATE_PREPOSITIONS`: the gap's word is a date there ("in [May Parker]" for "in May"). A
    capitalised word right after a person's noun (``person_noun``, folded) is a name too ("[the
    spokesman Max]", "[der Sprecher Max]"; rules 55, where "spokesman" is no capitalised given
    name to read it by)."""
    gap_words = [t for t in gap if t.is_word]
    words = [t for t in content if t.is_word]
    if (len(gap_words) == 1 and gap_words[0].folded in PERSON_PRONOUNS and 0 < len(words) <= _NAME_WORDS
            and all(t.folded in PARTICLES or t.text[:1].isupper() and t.text[1:2].islower()
                    and not is_number(t.folded) for t in words)):
        return [t for t in content if not t.is_word], gap  # "[Jan]" for "Er", "[Jean Mars]" for "Il"
    names = _name_indices(content, of_a_class, person_noun)
    gap_names = _name_indices(gap, of_a_class, None) if names else set()
    dated = (m := _LAST_WORD.search(source_before)) is not None and m.group(1).casefold() in _DATE_PREPOSITIONS
    kept = set() if dated else {t.folded for i, t in enumerate(gap) if t.is_word and i not in gap_names}
    return ([t for i, t in enumerate(content) if i not in names or t.folded in kept],
            [t for i, t in enumerate(gap) if i not in gap_names])


def _name_indices(content: list[Token], of_a_class: Callable[[str], bool],
                  person_noun: Callable[[str], bool] | None) -> set[int]:
    """The indices of ``content``'s tokens that spell a two-word name (:func:`without_names`)."""
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
    return names


#: Prepositions before a month or a day that make it a date, not a given name ("in May", "seit
#: Mai", "depuis mai", "desde mayo", "до мая"): a bracket's name is not the month it stands for.
_DATE_PREPOSITIONS = frozenset(["in", "on", "by", "since", "until", "till", "from", "before", "after", "during", "through",
                                "im", "am", "seit", "bis", "ab", "vor", "nach", "en", "depuis", "dès", "avant",
                                "après", "desde", "hasta", "em", "até", "entro", "dal", "da", "fino", "в", "с",
                                "до", "после"])
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


#: The most words (particles included) a person's name in a bracket for a pronoun is read as.
_NAME_WORDS = 4
#: Titles before a name, left out when two names are compared ("[Dr. Tom Becker]", "[Mr Becker]").
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
                     "herr", "frau", "monsieur", "madame", "mme", "mlle", "m", "señor", "señora", "sr", "sra",
                     "signor", "signora", "sig", "dott", "senhor", "senhora"])


def _plain(word: str) -> str:
    """``word`` folded, without accents and a possessive ("Becker's" -> "becker")."""
    word = re.sub(r"['\u2019]s$", "", word.casefold())
    decomposed = unicodedata.normalize("NFKD", word)
    # "й" is a letter of its own, not an accented "и" ("Андрей", "Сергей": the lists write it;
    # task q63: "андреи" was no given name, so no Russian man's name in -ей was read)
    return unicodedata.normalize("NFC", "".join(
        c for i, c in enumerate(decomposed)
        if not unicodedata.combining(c) or c == "\u0306" and decomposed[i - 1:i] == "\u0438"))


def _name_words(tokens: list[Token]) -> list[str] | None:
    """The words of a person's name ``tokens`` spell, titles and particles left out (plain:
    :func:`_plain`; an office before a name left out too: "President Biden", "Kanzler Scholz"), or None when they are not a name alone: a word neither capitalised nor a
    particle, a number, or more than :data:`_NAME_WORDS` words."""
    words = [t for t in tokens if t.is_word]
    if not words or len(words) > _NAME_WORDS or any(
            t.folded not in PARTICLES and not (t.text[:1].isupper() and not is_number(t.folded)) for t in words):
        return None
    return [_plain(t.text) for t in words if t.folded not in PARTICLES and t.folded not in _TITLES
            and not (person_noun(t.folded) and _plain(t.text) not in _GIVEN)]  # "Marie" no "mari" + "-e"


#: Given names of the lists, kept as a name's words though a person noun spells them too ("Marie":
#: French "mari" + "-e"; task q57, "[Marie-Claire Petit]" for "Marie Petit" passed, "Marie" left out).
_GIVEN = FEMALE_NAMES | MALE_NAMES


def repeats_name_before(content: list[Token], gap: list[Token], lead: str) -> bool:
    """Whether a bracket (``content``) holds the very words of a name the source writes right before
    the words it stands for (``gap``, capitalised name words; ``lead``: the source up to them):
    "[Tom] said" of "Tom Becker said", the given name the source gives, the bracket read as standing
    for the surname after it. The same person (task q57: "replaces the name 'Becker'", a false alarm)."""
    said = [t.text for t in content if t.is_word]
    return bool(said) and all(t.text[:1].isupper() for t in gap if t.is_word) and re.search(
        r"(?<!\w)" + r"\s+".join(map(re.escape, said)) + r" $", lead) is not None


def another_person(content: list[Token], gap: list[Token], reads_as_name: Callable[[Token], bool],
                   page: str = "") -> bool:
    """Whether a bracket's words (``content``) name another person than the name it stands for
    (``gap``), the two sharing a word: the bracket's surname (its last word) is not in the
    source's name, nor the source's name all in the bracket ("[Tom Becker]" for "Tom Weller"; not
    "[Tom Becker]" for "Becker" or "Tom"), or the two give the same surname two given names that
    cannot be one person's ("[John Becker]", "[Jan Becker]", "[J. Becker]" for "Tom Becker": task
    q55; not "[T. Becker]", "[Mr Becker]", "[Dr. Tom Becker]", "[Thomas Becker]":
    :func:`archiver.quotes.given_names.given_names_agree`).
    ``reads_as_name`` tells a name's word from a pronoun or an article ("[Tom Becker]" for "He"
    is read against the pronoun's sex, elsewhere). Titles and particles are left out. A bracket
    giving the first part of the source's hyphenated given name is the same person unless ``page``
    names someone so (:func:`_first_part_of`)."""
    if not all(reads_as_name(t) for t in gap if t.is_word and t.folded not in PARTICLES):
        return False
    said, given = _name_words(content), _name_words(gap)
    if not said or not given:
        return False
    if said[-1] not in given and not set(given) <= set(said):
        return True
    if len(said) < 2 or len(given) < 2 or said[-1] != given[-1]:
        return False
    return not (given_names_agree(said[0], given[0]) or said[0] in given or given[0] in said
                or _first_part_of(said[0], given[0]) and not _named_apart(content, page, given[0]))


def _first_part_of(said: str, given: str) -> bool:
    """Whether ``said`` (a bracket's given name, plain) is the first part of ``given`` (the
    source's, hyphenated): "Marie" of "Marie-Claire", "Anna" of "Anna-Lena". Why the same person
    (task q58): a citation often shortens a double given name to its first part ("Marie Petit" for
    "Marie-Claire Petit"), and a reader looking up the bracket's name on the page finds her; the
    second part alone ("[Claire Petit]") is a name she is not called by, and a bracket adding a
    part the source lacks ("[Marie-Claire Petit]" for "Marie Petit", rules 57) names more than the
    source knows. Rules 56-57 read the two as two people both ways."""
    return "-" not in said and given.startswith(said + "-")


def _named_apart(content: list[Token], page: str, given: str = "") -> bool:
    """Whether ``page`` also names the bracket's person (``content``: its first and last words as
    written) with no hyphen joining another given name to the first: "Marie Petit, sa cousine,
    ..." beside "Marie-Claire Petit": the bracket's name is another person's there; or names with
    the same first part another double given name than the source's (``given``, folded): "[Anne
    Martin]" for "Anne-Sophie Martin" on a page naming "Anne-Laure Martin" too could be either (red
    team rvq59)."""
    words = [t.text for t in content if t.is_word and t.folded not in PARTICLES and t.folded not in _TITLES]
    if len(words) < 2:
        return False
    first, last = re.escape(words[0]), re.escape(words[-1])
    if re.search(r"(?<![\w-])" + first + r"\s+" + last + r"(?!\w)", page) is not None:
        return True
    own = given.partition("-")[2]
    return any(m.group(1).casefold() != own
               for m in re.finditer(r"(?<![\w-])" + first + r"-([^\W\d_]+)\s+" + last + r"(?!\w)", page))


def alike_named(content: list[Token], gap: list[Token], page: str, pronoun_sexes: set[str]) -> str | None:
    """The other person ``page`` names with the surname of a bracket (``content``: a given name and
    a surname) that stands for a singular pronoun of a person (``gap``: "Elle", "She", "Sie"), as
    written ("Anne-Sophie Martin"), when the pronoun may mean either: a given name of the lists, or
    a hyphenated one, other than the bracket's (not one it agrees with: "Bill" for "William"; nor
    one whose first part the bracket gives where the page names no one by the bracket's name), of
    no sex against the pronoun's (``pronoun_sexes``: "3f", "3m"; "Paul Martin" is no "Elle").
    None otherwise. Why (task q61): "[Anne Martin] a signé" for "Elle a signé" on a page naming
    "Anne Martin" and "Anne-Sophie Martin" passed ``normalized``: the bracket settles whom the
    pronoun means, which the source leaves open."""
    gap_words = [t for t in gap if t.is_word]
    words = [t.text for t in content if t.is_word and t.folded not in PARTICLES and t.folded not in _TITLES]
    if (len(gap_words) != 1 or gap_words[0].folded not in PERSON_PRONOUNS or len(words) < 2
            or not all(w[:1].isupper() for w in words)):
        return None
    given, surname = words[0], words[-1]
    for m in re.finditer(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?)\s+" + surname_forms(surname) + r"(?!\w)", page):
        other = m.group(1)
        first = russian_given(_plain(other.split("-")[0]), _GIVEN)
        if other == given or "-" not in other and first == _plain(given) or not other[:1].isupper() or "-" not in other and first not in _GIVEN:
            continue  # the bracket's own, or no given name ("Yesterday Martin said", "Frau Vogel")
        if "-" not in other and first != _plain(other):
            other = other[:1] + first[1:]  # "Андреем" -> "Андрей"
        if given_names_agree(_plain(given), _plain(other)):
            continue  # "Bill" and "William": one person
        if _first_part_of(_plain(given), _plain(other)) and re.search(
                r"(?<![\w-])" + re.escape(given) + r"\s+" + re.escape(surname) + r"(?!\w)", page) is None:
            continue  # "[Anne Martin]" for "Anne-Sophie Martin", the page naming no Anne Martin: her (rules 59)
        sex = named_sex([other.split("-")[0], surname], page)
        if sex is not None and pronoun_sexes and sex not in pronoun_sexes:
            continue  # "Paul Martin" beside "Anne Martin" for "Elle"
        return f"{other} {surname}"
    return None


#: A title or a noun of one sex right before a name on the page ("Frau Becker", "Sprecherin Jan
#: Becker", "the actress Jan Becker"): the word before the name.
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def page_sex(words: list[str], page: str) -> str | None:
    """"3f" or "3m" when the page names the person ``words`` (a bracket's name, as written: a
    given name and a surname, capitalised) after a title (:func:`title_sex`: "Frau Becker",
    "Mr Becker"; not before a possessive: "Mrs Fox's son") or a noun of one sex ("Sprecherin Jan Becker", "the actress Jan Becker"), the
    same sex every time; None when nothing on the page tells ("[Jan Becker]" for "Sie", "Jan"
    being a man's and a woman's name, says no sex: its pronoun is read against nothing)."""
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    sexes: set[str] = set()
    for name in (" ".join(words), words[-1]):
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", page):
            if page[m.end():m.end() + 2] in ("'s", "\u2019s"):
                continue  # "Mrs Fox's son": the title names another Fox
            lead = page[max(0, m.start() - 40):m.start()]
            sex = title_sex(lead, [words[-1]])
            if not sex and (before := _WORD_BEFORE.search(lead)) is not None:
                word = before.group(1)
                sex = ("3f" if word.casefold() in FEMALE_NOUNS or german_feminine_person(word)
                       else "3m" if word.casefold() in MALE_NOUNS else None)
            if sex:
                sexes.add(sex)
    return sexes.pop() if len(sexes) == 1 else None


#: Plural pronouns of persons a bracket may stand for ("They", "Ils", "Ellos", "Они").
PLURAL_PRONOUNS = frozenset(["they", "them", "ils", "elles", "eux", "ellos", "ellas", "loro", "eles", "elas", "они",
                             "их", "им"])
_PAGE_NAME = re.compile(r"(?<![\w-])([^\W\d_][^\W\d_]+)(?=\s+([^\W\d_][^\W\d_]+)(?![\w-]))")


def one_of_several(content: list[Token], gap: list[Token], page: str) -> str | None:
    """Another person the page names when a bracket naming one person (``content``: a given name and
    a surname, no "and" between names) stands for a plural pronoun of persons (``gap``: "They",
    "Ils", "Они"): the source says they all did it, the bracket says one did (red team rvq61:
    "[Anna Weber] sold it" for "They sold it" on a page naming "Anna Weber and Tom Baker" passed
    ``normalized``). Not when the page names no one else: a singular "they" for one named person."""
    gap_words = [t for t in gap if t.is_word]
    words = [t.text for t in content if t.is_word and t.folded not in PARTICLES and t.folded not in _TITLES]
    if (len(gap_words) != 1 or gap_words[0].folded not in PLURAL_PRONOUNS or len(words) != 2
            or not all(w[:1].isupper() for w in words)):
        return None
    for m in _PAGE_NAME.finditer(page):
        given, surname = m.group(1), m.group(2)
        if (given[:1].isupper() and surname[:1].isupper() and _plain(given) in _GIVEN
                and (given, surname) != (words[0], words[1])):
            return f"{given} {surname}"
    return None
