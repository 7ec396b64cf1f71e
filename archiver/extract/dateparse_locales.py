"""htmldate's dateparser fallback, without compiling every locale's word regexes on first use.

On about 3% of real pages htmldate (``extractors._external_date``) hands a string to
dateparser's ``DateDataParser(languages=None)``. With no language given, dateparser asks every
one of its 205 locales, in its fixed order, whether the string is *applicable*
(``Locale.is_applicable``: split the string with a regex of all the locale's words and one of
its relative expressions, then check every token is known), until one reads a date; a string no
locale reads asks them all. Building those regexes is about 1.7 s of CPU the first time, in
every process (a batch worker, an xdist worker, one ``archive URL``).

:class:`LetterFilteredDateDataParser` is dateparser's own parser with htmldate's own arguments;
it only answers the applicability question faster when the answer is certainly "no", from the
locale's raw data, before any of its regexes is built. Every other answer is dateparser's, so
the locales tried, their order and the date returned are unchanged. Why "no" is exact:
``is_applicable`` keeps every token holding a letter and requires it to be a dictionary word
(``Dictionary.__init__``: the locale's date words, skip and pertain words, relative words,
lower-cased and Unicode-normalised; the tokens every locale knows; the skip tokens), a digit
string or a match of the locale's relative-expression regex (ignoring case). Two filters, each
a consequence of that:

* letters: a letter no word of the locale can contain makes the locale inapplicable. Letters
  the splitter drops on its own ("st", "nd", "rd", "th" after a number) count as known, and so
  does every case form of a letter. Two tiers: most locales check the string before their
  simplifications (numerals translated, Unicode-normalised, lower-cased) against every
  character of their words, simplification and relative-expression patterns (less their
  ``\\d``-like escapes) and the tokens every locale knows (a simplification can only remove
  letters its pattern spells out); a locale whose simplifications or relative expressions hold
  a class that could match an unwritten letter (``\\w``, ``.``, ``[^...]``, even inside a
  look-around: fr, zh, ko, he) and Russian check the string after their own simplification
  against their dictionary's words. This filter alone still lets ~105 locales through on a
  Latin-script string: every locale knows "am", "pm", "UTC", "GMT" and the dropped suffixes.
* words (:meth:`LetterFilteredDateDataParser._words_known`), for every locale that separates
  its words with spaces: each run of letters of the string must be a whole run of letters of
  one of the locale's words (as the dictionary keeps it), a run a relative expression can
  match (each spelled out from dateparser's data: words, its number, ``\\s*``, a letter made
  optional by ``?``; anything else sends the locale the full way), or a dropped suffix. Why:
  for such a locale the split regex (``(.*?(?:\\G|\\W|_|\\d))(word)(?=\\Z|\\W|_|\\d)``), the
  relative split (bounded by ``\\W``, ``_`` or the ends) and the number split never cut a run of
  letters (``\\w`` less digits and ``_``, in dateparser's own ``regex`` module), so the token
  holding a run holds it whole, and a dictionary word must equal that token. The runs are read
  before the locale's simplifications where none could touch them: a simplification is
  compiled between ``(?<=\\A|\\W|_)`` and ``(?=\\Z|\\W|_)``, so a match covers whole runs of
  word characters or none and leaves their neighbours alone; one it covers has only letters its
  pattern spells out (outside its look-arounds), and such runs, or a locale with a
  simplification that could match an unwritten letter, are looked at after the locale's own
  simplification instead (compiling only those few patterns). Russian's compound ordinals are
  rewritten between word boundaries, numbers only. Locales without spaces (ja, zh, yue) keep
  the letter filter alone.

On the benchmark pages that reach dateparser, a process's first call then builds the regexes of
0-6 locales instead of 103-205: dateparser's share of the page's first extraction is 0.09-0.40 s
of CPU instead of 0.11-1.89 s, 0.20 s on average over 12 pages instead of 0.70
(bench/bench_dateparser_first_use.py). What remains is mostly dateparser's own loading of its
locale data and time-zone regexes, and the words' data. The filters are skipped when surrounding text
is ignored (htmldate never asks for that). tests/test_extract_dates.py holds the parser to the
stock one on strings of many languages (the benchmark pages' own, and strings built from the installed
dateparser's locale data), and bench/extract_fingerprint.py stays byte-identical on the 1,185 benchmark pages.

htmldate builds its parser in one lru-cached function, ``htmldate.extractors.
get_external_parser``, and offers no setting to pass another; :func:`archiver.extract.dateparse.install`
replaces that module attribute (the one place this package touches htmldate's internals) with
one returning our parser, importing this module (and dateparser) only on the first fallback.
Nothing else in the process uses it; dateparser's own state is only filled as dateparser fills
it (a locale's dictionary and compiled simplifications, which its own answer would build too).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Any, NamedTuple

import regex  # type: ignore[import-untyped]  # dateparser's own regex module: its \w and \d
from dateparser import DateDataParser  # type: ignore[import-untyped]
from dateparser.languages.dictionary import (  # type: ignore[import-untyped]
    ALWAYS_KEEP_TOKENS,
    KNOWN_WORD_TOKENS,
    PARENTHESES_PATTERN,
    PARSER_KNOWN_TOKENS,
)
from dateparser.languages.locale import (  # type: ignore[import-untyped]
    _VARIANT_LETTERS,
    _translate_letters,
)
from dateparser.utils import normalize_unicode  # type: ignore[import-untyped]

#: What the dictionary splitter drops by itself after a number (``1st``, ``2nd``...).
_DROPPED_SUFFIXES = frozenset(("st", "nd", "rd", "th"))
_DROPPED_SUFFIX_LETTERS = frozenset("".join(_DROPPED_SUFFIXES))
#: Regex pieces in a relative expression that could match a letter not written in it.
_WILDCARDS = ("\\w", "\\S", "\\D", "\\W", "\\X", "\\p", "\\P", "\\x", "\\u", "\\U", "\\N",
              "\\0", "[^", ".")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
#: Runs of letters as dateparser's split regexes see them (its ``regex`` module's ``\w``, less
#: digits and ``_``), and runs of word characters (letters and digits, less ``_``).
_LETTER_RUNS = regex.compile(r"[^\W\d_]+")
_WORD_RUNS = regex.compile(r"[^\W_]+")
#: dateparser's number in relative expressions (with their parentheses already dropped).
_RELATIVE_NUMBER = "\\d++[.,]?\\d*+"
#: In a relative expression (less its ``\\s*``), anything but a plain character or one made
#: optional by ``?`` (which must follow a plain character); and those two optional pieces.
_RELATIVE_SYNTAX = re.compile(r"[\\\[\]{|.^$*+()]|(?:^|[?\n])\?")
_RELATIVE_OPTIONAL = re.compile(r"(\\s\*|[^?]\?)")
#: Most spellings a relative expression may stand for before it counts as too complex to list.
_MAX_SPELLINGS = 64

#: htmldate 1.11's own arguments (``htmldate.extractors.get_external_parser``);
#: tests/test_extract_dates.py holds ours to the parser htmldate builds.
HTMLDATE_PARSER_ARGS: dict[str, Any] = {
    "languages": None,
    "locales": None,
    "region": None,
    "settings": {
        "NORMALIZE": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
    },
}


def _normalized(text: str) -> str:
    """dateparser's ``normalize_unicode`` (NFKD, less non-spacing marks), done faster on long
    texts: each distinct character's category is looked up once."""
    decomposed = unicodedata.normalize("NFKD", text)
    marks = {ord(char): None for char in set(decomposed) if unicodedata.category(char) == "Mn"}
    return decomposed.translate(marks) if marks else decomposed


def _forms(text: str) -> set[str]:
    """A string's case forms: two letters that regex's IGNORECASE matches share one."""
    return {text, text.lower(), text.upper(), text.casefold()}


def _letter_forms(strings: list[str]) -> frozenset[str]:
    """Every case form of every character of the strings, as written and Unicode-normalised
    (NFKD decomposes character by character, so normalising each character gives the same
    characters as normalising the strings, at a fraction of the cost)."""
    chars = set("".join(strings))
    chars |= {norm for char in chars for norm in normalize_unicode(char)}
    return frozenset(form for char in chars for form in _forms(char))


def _all_known(text: str, known: frozenset[str]) -> bool:
    """Whether every letter of ``text`` has a case form in ``known``."""
    return all(not char.isalpha() or not _forms(char).isdisjoint(known) for char in set(text))


def _unescaped(pattern: str) -> str:
    """A regex without its letter escapes (``\\d``, ``\\s``, ``\\b``: none matches a letter once
    :func:`_relative_has_wildcard` has ruled out the ones that can), escaped characters kept."""
    return _ESCAPE.sub(lambda match: "" if match[1].isalpha() else match[1], pattern)


def _relative_has_wildcard(patterns: list[str]) -> bool:
    """Whether a relative-expression or simplification regex could match a letter it does not
    spell out (conservative: ``\\W`` or a wildcard inside a look-around counts too)."""
    for pattern in patterns:
        plain = pattern.replace("[.,]", "").replace("\\.", "")  # dateparser's number class
        if any(piece in plain for piece in _WILDCARDS):
            return True
    return False


def _relative_runs(patterns: list[str]) -> frozenset[str] | None:
    """Every letter run (case-folded) a text matching one of the relative expressions can hold,
    read as dateparser's match regex reads them (parentheses dropped), or None when one is more
    than words, dateparser's number, ``\\s*`` and letters made optional by ``?`` (all that
    dateparser 1.5's data uses): each optional piece is spelled both ways."""
    text = PARENTHESES_PATTERN.sub("", "\n".join(set(patterns))).replace(_RELATIVE_NUMBER, "0")
    if _RELATIVE_SYNTAX.search(text.replace("\\s*", "")):
        return None
    spellings: list[str] = []
    for line in text.split("\n"):
        if "?" not in line and "\\s*" not in line:
            spellings.append(line)
            continue
        line_spellings = [""]
        for piece in _RELATIVE_OPTIONAL.split(line):
            if piece == "\\s*":
                choices: tuple[str, ...] = ("", " ")
            elif len(piece) == 2 and piece[1] == "?":
                choices = ("", piece[0])
            else:
                choices = (piece,)
            line_spellings = [spelling + choice for spelling in line_spellings for choice in choices]
            if len(line_spellings) > _MAX_SPELLINGS:
                return None
        spellings += line_spellings
    return frozenset(run.casefold() for run in _LETTER_RUNS.findall("\n".join(spellings)))


def _without_lookarounds(pattern: str) -> str:
    """A regex without its look-arounds (``(?=...)``, ``(?!...)``, ``(?<=...)``, ``(?<!...)``),
    which consume no character of the match."""
    out: list[str] = []
    depth = 0  # inside a look-around: how many groups are open
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        step = 2 if char == "\\" else 1
        if char == "\\" or in_class:
            in_class = in_class and char != "]"
        elif char == "[":
            in_class = True
        elif char == "(" and depth == 0 and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth = 1
            i += 1
            continue
        elif char == "(" and depth:
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            i += 1
            continue
        if not depth:
            out.append(pattern[i:i + step])
        i += step
    return "".join(out)


def _simplification_letters(pattern: str) -> frozenset[str] | None:
    """Every case form of every letter one simplification can consume, or None when it could
    consume a letter it does not spell out (``\\w``, ``.``, ``[^...]``, a range...)."""
    consumed = _without_lookarounds(pattern)
    plain = consumed.replace("[.,]", "").replace("\\.", "").replace("\\W", "")
    if any(piece in plain for piece in _WILDCARDS) or _has_range([consumed]):
        return None
    return _letter_forms([_unescaped(consumed)])


def _has_range(patterns: list[str]) -> bool:
    """Whether a pattern holds a character class with a range other than of ASCII digits
    (``[a-z]``: letters it does not spell out); dateparser 1.5's data has none."""
    return any("-" in re.sub("[0-9]-[0-9]", "", body)
               for pattern in patterns for body in re.findall(r"\[([^\]]*)\]", pattern))


def _run_known(run: str, words: _Words) -> bool:
    """Whether a letter run could be part of a token the locale accepts: a dictionary word, a
    relative expression or a number (``str.isdigit`` takes a few letters for digits)."""
    return run in words.known or run.casefold() in words.relative or any(char.isdigit() for char in run)


class _Words(NamedTuple):
    """What a locale's tokens can be, read from its data without building any regex."""

    #: Letter runs of the words its dictionary is built from, as the dictionary keeps them
    #: (lower-cased, and Unicode-normalised too), of the tokens every locale knows, and the
    #: suffixes the splitter drops after a number.
    known: frozenset[str]
    #: Letter runs (case-folded) its relative expressions can match.
    relative: frozenset[str]
    #: For each of its simplifications, every case form of every letter it can consume; None
    #: when one could consume a letter it does not spell out (then the string is simplified
    #: first).
    simplifiable: tuple[frozenset[str], ...] | None


class LetterFilteredDateDataParser(DateDataParser):  # type: ignore[misc]  # dateparser is untyped
    """dateparser's ``DateDataParser`` that rules out a locale without building its regexes
    when the string holds a letter or a word the locale cannot know (see the module
    docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letters: dict[str, frozenset[str] | None] = {}
        self._words: dict[str, _Words | None] = {}
        self._letters_lock = threading.Lock()

    def _is_applicable_locale(self, locale: Any, date_string: str,
                              ignore_surrounding_text: bool = False) -> bool:
        """dateparser's answer, or False at once when a letter or a word rules the locale out."""
        if not ignore_surrounding_text:
            quick = self._info_letters(locale)
            if quick is not None and not self._raw_letters_known(locale, date_string, quick):
                return False
            words = self._word_data(locale)
            if words is not None and not self._words_known(locale, date_string, words):
                return False
            if quick is None:
                known = self._known_letters(locale)
                if known is not None and not self._letters_known(locale, date_string, known):
                    return False
        return bool(super()._is_applicable_locale(locale, date_string, ignore_surrounding_text))

    def _words_known(self, locale: Any, date_string: str, words: _Words) -> bool:
        """Whether every letter run of the string, prepared as ``Locale.is_applicable`` prepares
        it, could be (part of) a token the locale accepts (see the module docstring). Word runs
        (letters and digits) that a simplification could consume are looked at after the
        locale's own simplification, and only when every other run is known."""
        text = locale._translate_numerals(date_string)
        if self._settings.NORMALIZE:
            text = normalize_unicode(text)
        if words.simplifiable is not None:
            lowered = text.lower()
            if locale._translates_letters:
                lowered = _translate_letters(lowered)
            untouched = True
            for run in _WORD_RUNS.findall(lowered):
                letter_runs = _LETTER_RUNS.findall(run)
                if not letter_runs:
                    continue
                letters = {char for part in letter_runs for char in part}
                if any(all(not _forms(char).isdisjoint(consumable) for char in letters)
                       for consumable in words.simplifiable):
                    untouched = False
                elif not all(_run_known(part, words) for part in letter_runs):
                    return False
            if untouched:
                return True
        simplified = locale._simplify(text, settings=self._settings)
        return all(_run_known(part, words) for part in _LETTER_RUNS.findall(simplified))

    def _word_data(self, locale: Any) -> _Words | None:
        """The locale's :class:`_Words`, or None when the word check does not apply to it: no
        spaces between words (its split regex finds words inside runs of letters), a relative
        expression more complex than a spelling, or an empty word."""
        name = locale.info["name"]
        with self._letters_lock:
            if name in self._words:
                return self._words[name]
        info = locale.info
        words: _Words | None = None
        relative = [p for values in info.get("relative-type-regex", {}).values() for p in values]
        lowered = [word.lower() for key in (*KNOWN_WORD_TOKENS, "skip", "pertain") for word in info.get(key, [])]
        lowered += [word.lower() for values in info.get("relative-type", {}).values() for word in values]
        forms = [*lowered, *ALWAYS_KEEP_TOKENS, *(token.lower() for token in PARSER_KNOWN_TOKENS),
                 *self._settings.SKIP_TOKENS]
        if "no_word_spacing" not in info and all(forms):
            # NFKD works character by character and a line break stops its reordering of marks,
            # so normalising the words joined by line breaks normalises each; no run spans one.
            joined = "\n".join(lowered)
            relative_runs = _relative_runs([*relative, *_normalized("\n".join(relative)).split("\n")])
            if relative_runs is not None:
                known = set(_LETTER_RUNS.findall(f"{joined}\n{_normalized(joined)}\n" + "\n".join(forms)))
                patterns = [key for simplification in info.get("simplifications", []) for key in simplification]
                letters = [_simplification_letters(pattern) for pattern in patterns]
                simplifiable = None if None in letters else tuple(filter(None, letters))
                words = _Words(frozenset(known | _DROPPED_SUFFIXES), relative_runs, simplifiable)
        with self._letters_lock:
            self._words[name] = words
        return words

    def _raw_letters_known(self, locale: Any, date_string: str, known: frozenset[str]) -> bool:
        """Whether every letter of the string, before the locale's simplifications, could belong
        to one of its words or be consumed by one of its simplifications (whose patterns spell
        out every letter they match: see :meth:`_info_letters`)."""
        text = locale._translate_numerals(date_string)
        if self._settings.NORMALIZE:
            text = normalize_unicode(text)
        return _all_known(text.lower(), known)

    def _info_letters(self, locale: Any) -> frozenset[str] | None:
        """Every case form of every character of the words the locale's dictionary is built
        from, of its simplification and relative-expression patterns (less their escapes) and
        of the tokens every locale knows: a superset of the letters its tokens can hold, read
        without building the dictionary or compiling the simplifications. None when a simplification or relative expression could match a letter
        it does not spell out, or for Russian (whose compound ordinals are rewritten by code):
        those are checked after the locale's own simplification (:meth:`_letters_known`)."""
        name = "info:" + locale.info["name"]
        with self._letters_lock:
            if name in self._letters:
                return self._letters[name]
        patterns = [key for simplification in locale.info.get("simplifications", [])
                    for key in simplification]
        relative = [p for values in locale.info.get("relative-type-regex", {}).values() for p in values]
        letters: frozenset[str] | None = None
        if locale.shortname.split("-")[0] != "ru" and not _relative_has_wildcard(patterns + relative):
            info = locale.info
            words = [word for key in (*KNOWN_WORD_TOKENS, "skip", "pertain") for word in info.get(key, [])]
            words += [word for values in info.get("relative-type", {}).values() for word in values]
            strings = [*words, *map(_unescaped, patterns + relative), *ALWAYS_KEEP_TOKENS,
                       *PARSER_KNOWN_TOKENS, *self._settings.SKIP_TOKENS, *_DROPPED_SUFFIX_LETTERS,
                       *_VARIANT_LETTERS]
            letters = _letter_forms(strings)
        with self._letters_lock:
            self._letters[name] = letters
        return letters

    def _letters_known(self, locale: Any, date_string: str, known: frozenset[str]) -> bool:
        """Whether every letter of the string, prepared as ``Locale.is_applicable`` prepares
        it, could belong to one of the locale's tokens."""
        text = locale._translate_numerals(date_string)
        if self._settings.NORMALIZE:
            text = normalize_unicode(text)
        return _all_known(locale._simplify(text, settings=self._settings), known)

    def _known_letters(self, locale: Any) -> frozenset[str] | None:
        """Every case form of every character of the locale's known words (dictionary, skip
        tokens, relative expressions), or None when the locale must always be asked in full."""
        name = locale.info["name"]
        with self._letters_lock:
            if name in self._letters:
                return self._letters[name]
        dictionary = locale._get_dictionary(self._settings)
        relative = list(dictionary._relative_strings)
        letters: frozenset[str] | None = None
        if not _relative_has_wildcard(relative):
            words = [*dictionary, *self._settings.SKIP_TOKENS, *relative, *_DROPPED_SUFFIX_LETTERS]
            letters = _letter_forms(words)
        with self._letters_lock:
            self._letters[name] = letters
        return letters


_PARSER: LetterFilteredDateDataParser | None = None
_PARSER_LOCK = threading.Lock()


def external_parser() -> LetterFilteredDateDataParser:
    """The one parser of the process (built on first use, like htmldate's own)."""
    global _PARSER
    with _PARSER_LOCK:
        if _PARSER is None:
            _PARSER = LetterFilteredDateDataParser(**HTMLDATE_PARSER_ARGS)
        return _PARSER
