"""What a letter of a printed name is: one definition, asked by every reader of a name's shape.

The name readers each wrote their own character class, ``[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+``: Latin-1's letters only, so a
name with a letter past "ÿ" ("Łukasz Wąsik", "Şükrü Öztürk", "Nguyễn Thị Linh", "Γιώργος Παπαδόπουλος", "Анна
Петрова") had no name's shape there, and each reader lost it or cut it at that letter (round auth59). Python's own
tables say which characters are letters and which are capitals (``str.isupper``, ``str.islower``, the Unicode
categories), for every script at once; nothing here lists a range by hand.

- A name opens with a capital: a letter ``str.isupper()`` or ``str.istitle()`` calls so (Lu, Lt).
- It goes on with small letters (Ll), a letter of a script without case (Lo: a Georgian or Hebrew name's letters are
  neither capitals nor small) and combining marks (Mn, Mc, Me: a Vietnamese name written decomposed, "Nguyễn" as "e"
  and two marks; a Bengali or Devanagari vowel sign, virama or nukta, "রাহাত হোসেন", "অনির্বাণ রায়", "शर्मा", which
  is no letter to ``str.isalpha`` nor to ``re``'s ``\\w``: read as letters only, "রাহাত" was three one-letter words and
  a name ending in a mark lost it; round auth60).
- A part joined by a hyphen or an apostrophe may open either way ("Jean-Luc", "Al-Hassan", "Dell'Orto"); each part
  holds two letters at least (so "O'Brien" is no such word, as it was not under the classes this replaces).

Regular expressions ask :data:`LETTER` (``[^\\W\\d_]``, which Python's ``re`` reads by the same tables) for "a letter"
and leave the case to :func:`name_word`: ``re`` has no class for "a capital" but a hand-listed one.

Why a module of its own: it is the one place the name readers (headline_name_line, byline_lists, guest_post,
signals) share, and each imports it without importing the others.
"""

from __future__ import annotations

import re
import unicodedata

from archiver.core import lazy_re
from archiver.extract.combining_marks import MARKS

#: A letter of any script, for a regular expression: no digit, no underscore, nothing ``\\w`` holds besides letters.
LETTER = r"[^\W\d_]"
#: A letter, or a combining mark on the letter before it (:data:`~archiver.extract.combining_marks.MARKS`: ``re``'s
#: ``\\w`` holds no mark).
_LETTER_OR_MARK = "(?:" + LETTER + "|" + MARKS + ")"
#: A name's word for a regular expression whose case :func:`name_word` then checks: a letter, then letters and the
#: combining marks they carry ("Nguyễn" written decomposed, "शर्मा", "สมชาย": a word of letters only ended at the first
#: mark and lost the name, round auth71), joined by a hyphen or an apostrophe to more ("Jean-Luc", "Dell'Orto").
WORD = LETTER + _LETTER_OR_MARK + r"*(?:[-'’]" + LETTER + _LETTER_OR_MARK + r"*)*"
_PART = lazy_re.compile(r"[-'’]")


def opens_name(ch: str) -> bool:
    """True when ``ch`` is a letter a name's word may open with: a capital (Lu) or a title-case letter (Lt, "ǅ")."""
    return ch.isupper() or ch.istitle()


def mark(ch: str) -> bool:
    """True when ``ch`` is a combining mark (Mn, Mc, Me): part of the letter before it, never a word of its own."""
    return unicodedata.category(ch)[0] == "M"


def continues_name(ch: str) -> bool:
    """True when ``ch`` may follow a name's first letter inside the word: a small letter (Ll), a letter of a script
    without case (Lo), or a combining mark (Mn, Mc, Me) on the letter before it."""
    return ch.islower() or unicodedata.category(ch) == "Lo" or mark(ch)


def letter_words(text: str) -> list[str]:
    """The runs of letters in ``text``, each letter with the combining marks it carries: "রাহাত হোসেন" is two words
    (``re``'s ``[^\\W\\d_]+`` found six, its vowel signs no letters), "Jane O'Neil, 2022" is "Jane", "O", "Neil".
    A mark with no letter before it opens no word."""
    words: list[str] = []
    start = -1
    for i, ch in enumerate(text):
        if ch.isalpha() or (start >= 0 and mark(ch)):
            if start < 0:
                start = i
        elif start >= 0:
            words.append(text[start:i])
            start = -1
    if start >= 0:
        words.append(text[start:])
    return words


def name_word(word: str) -> bool:
    """True when ``word`` is a capitalised word of a name: a capital, then small letters (two letters at least), each
    part after a hyphen or an apostrophe two letters at least, opening with a letter of either case and going on in
    small letters ("Łukasz", "Öztürk", "Nguyễn", "Παπαδόπουλος", "Петрова", "Jean-Luc", "Dell'Orto"); not "JANE", not
    "McDonald", not "Jane2", not "Jean-L"."""
    parts = _PART.split(word)
    if len(parts[0]) < 2 or not opens_name(parts[0][0]):
        return False
    return all(len(p) >= 2 and (opens_name(p[0]) or continues_name(p[0])) and not mark(p[0])
               and all(continues_name(c) for c in p[1:]) for p in parts)


# A surname's Gaelic or elided prefix before a second capital ("McIntyre", "MacKenzie", "FitzGerald", "O'Brien",
# "D'Angelo"), and a product that has the form ("MacBook").
_PREFIXED = lazy_re.compile(r"^(?:Mc|Mac|Fitz|O['’]|D['’])(?=[A-Z])")
_PREFIXED_NOT = frozenset(("MacBook",))


def prefixed_name_word(word: str) -> bool:
    """True when ``word`` is a name's word by :func:`name_word`, or a surname with a Gaelic or elided prefix whose rest
    is one ("McIntyre", "MacKenzie", "FitzGerald", "O'Brien"): :func:`name_word` refuses those by design (its callers
    tell glued words apart by their inner capitals), so a reader that wants them asks this instead (a name alone over
    the story's date, "Spencer McIntyre", round lead65)."""
    if name_word(word):
        return True
    prefix = _PREFIXED.match(word)
    return prefix is not None and word.rstrip(".,") not in _PREFIXED_NOT and name_word(word[prefix.end():])


# The lower-case words a person's name holds between its capitalised ones ("Anna von der Goltz", "Ludwig van Beethoven",
# "José Ortega y Gasset", "Maria do Carmo", "Omar bin Laden", "Ibn al Haytham", "Hilma af Klint", "Karl vom Stein"), in
# the languages the person checks cover: a closed list, as no shape tells "von" from "from". The one list every name
# reader asks (round auth71: authors.py, signals.py twice and this module each kept one, and each missed some of the
# others' words: "bin", "al" were no particle to signals' surname-first reading, "vom", "des" none to authors' phrase
# check). Not the particles a name set in capitals keeps in lower case (signals' ``_CAPS_PARTICLES``): there a lone
# capital "E" or "Y" is as often an initial.
PARTICLES = frozenset(("van", "von", "vom", "zu", "de", "der", "den", "des", "da", "das", "do", "dos", "del", "della",
                       "dello", "degli", "di", "du", "la", "las", "le", "les", "los", "ten", "ter", "bin", "binti",
                       "ibn", "al", "el", "y", "e", "af", "av", "st"))
# An elided particle glued to the capitalised word it stands before ("d'Estaing", "d’Ormesson", "dell'Orto",
# "al-Hassan"): the particle in lower case, then a name's word.
_GLUED_PARTICLE = lazy_re.compile(r"(?:d|dell|degli|l|al|el)['’-](?=\w)")


def name_particle(word: str) -> bool:
    """True when ``word`` is a particle a name holds between its capitalised words (:data:`PARTICLES`), or a word
    opening with an elided one before a capitalised part ("d'Estaing", "al-Hassan")."""
    if word in PARTICLES:
        return True
    m = _GLUED_PARTICLE.match(word)
    return m is not None and name_word(word[m.end():])


def initial(word: str) -> bool:
    """True when ``word`` is a name's initial or two joined ("P.", "Ł.", "J.-P.", "J.P."): a capital and a full stop,
    once or twice, a hyphen between or not."""
    parts = word.replace("-", "").split(".")
    return 2 <= len(parts) <= 3 and parts[-1] == "" and all(len(p) == 1 and opens_name(p) for p in parts[:-1]) \
        and word[-1] == "." and word[:1] != "-" and "--" not in word


def glued_words(word: str, first: int = 3, second: int = 3) -> tuple[str, str] | None:
    """``(head, tail)`` when ``word`` is two capitalised name words run together, with no mark between ("LukácsZsolt",
    "ŁukaszWąsik", "ShawnHymel"): one capital inside, each part a name's word (:func:`name_word`) of ``first`` and
    ``second`` letters at least; else ``None``."""
    inner = [i for i in range(1, len(word)) if opens_name(word[i])]
    if len(inner) != 1 or any(c in _JOINERS for c in word):
        return None
    head, tail = word[:inner[0]], word[inner[0]:]
    ok = len(head) >= first and len(tail) >= second and name_word(head) and name_word(tail)
    return (head, tail) if ok else None


def case_turns(text: str) -> list[int]:
    """Where ``text`` turns from a small letter to a capitalised word inside a run of letters: the capital's index,
    after a small letter (Ll, or the combining marks on one: "Nguyễn" written decomposed) and before another ("Isabel
    KeaneJournal" at "J", "Łukasz WąsikŚwiat" at "Ś", "ПетроваНовости", "McDonald" at "D"). Two words run together
    or a name form's inner capital: the caller tells which. A lone capital after the small letters ("HansG") and
    capitals in a row ("JANE") make no turn. Asked of the same case tables as :func:`name_word`, for every cased
    script: the regular expression it replaces listed Latin-1's and Cyrillic's letters by hand (round auth61)."""
    turns: list[int] = []
    for i in range(1, len(text) - 1):
        if not opens_name(text[i]) or not text[i + 1].islower():
            continue
        before = i - 1
        while before > 0 and mark(text[before]):
            before -= 1
        if text[before].islower():
            turns.append(i)
    return turns


_JOINERS = "-'’"
#: The letters a surname's stem keeps at least, and how many of its last letters an inflection may change.
_STEM_MIN, _ENDING = 4, 2


def surname_echo(surname: str) -> re.Pattern[str]:
    """A pattern finding ``surname`` in a text, or a capitalised word that opens with its stem (its letters but the
    last two, of a surname of six letters or more): a name-shaped line whose second word is another form of a word the story names is a
    slogan or a topic, not a person ("Slava Ukraini" over a story of "Ukraine", "Gloria Cubana" over one of "Cuba";
    round auth59). Case is kept: "Baker" is not echoed by "bakery"."""
    whole = re.escape(surname) + r"(?!\w)"
    if len(surname) < _STEM_MIN + _ENDING:
        return re.compile(r"(?<!\w)" + whole)
    return re.compile(r"(?<!\w)(?:" + whole + "|" + re.escape(surname[:-_ENDING]) + ")")


__all__ = ["LETTER", "PARTICLES", "WORD", "case_turns", "continues_name", "glued_words", "initial", "letter_words", "mark", "name_particle",
           "name_word", "opens_name", "surname_echo"]
