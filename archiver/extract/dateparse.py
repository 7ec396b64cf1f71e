"""htmldate's dateparser fallback, without compiling every locale's word regex on first use.

On about 2% of pages htmldate (``extractors._external_date``) hands a string to dateparser's
``DateDataParser(languages=None)``. With no language given, dateparser asks every one of its
205 locales, in its fixed order, whether the string is *applicable* (``Locale.is_applicable``:
split the string with a regex of all the locale's words, then check every token is known).
Building those regexes is about 1.7 s of CPU the first time, in every process (a batch
worker, an xdist worker, one ``archive URL``), most of it for locales whose alphabet the string
does not even use ("Иван Петров, 1 октября 2022" still compiles the Thai and Greek regexes).

:class:`LetterFilteredDateDataParser` is dateparser's own parser with htmldate's own arguments;
it only answers the applicability question faster when the answer is certainly "no": it
prepares the string exactly as ``is_applicable`` does (numerals, Unicode normalisation, the
locale's lower-casing and simplifications) and, when that string holds a letter no word of the
locale's dictionary, relative expressions or skip tokens contains (in any case form), says
"not applicable" without building the regex. Why that is exact: ``is_applicable`` keeps every
token holding a letter and requires it to be a dictionary word, a skip token, a digit string or
a match of the locale's relative-expression regex, so a letter outside all of those makes it
answer False too. Letters the splitter drops on its own ("st", "nd", "rd", "th" after a
number) count as known; a locale whose relative expressions hold a class that matches any
letter (``\\w``, ``.``, ``[^...]``...) is always asked the full way, and so is every locale when
surrounding text is ignored (htmldate never asks for that). Every other answer is dateparser's,
so the locales tried, their order and the date returned are unchanged:
tests/test_extract_dates.py holds this to the stock parser on real strings, and
bench/extract_fingerprint.py stays byte-identical on the 1,185 benchmark pages.

htmldate builds its parser in one lru-cached function, ``htmldate.extractors.
get_external_parser``, and offers no setting to pass another; :func:`install` replaces that
module attribute (the one place this package touches htmldate's internals) with one returning
our parser. Nothing else in the process uses it; dateparser's own module state is untouched.
"""

from __future__ import annotations

import threading
from typing import Any

import htmldate.extractors as htmldate_extractors
from dateparser import DateDataParser  # type: ignore[import-untyped]
from dateparser.utils import normalize_unicode  # type: ignore[import-untyped]

#: Letters the dictionary splitter drops by itself after a number (``1st``, ``2nd``...).
_DROPPED_SUFFIX_LETTERS = frozenset("stndrh")
#: Regex pieces in a relative expression that could match a letter not written in it.
_WILDCARDS = ("\\w", "\\S", "\\D", "\\W", "\\X", "\\p", "\\P", "[^", ".")

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


def _forms(text: str) -> set[str]:
    """A string's case forms: two letters that regex's IGNORECASE matches share one."""
    return {text, text.lower(), text.upper(), text.casefold()}


def _relative_has_wildcard(patterns: list[str]) -> bool:
    """Whether a relative-expression regex could match a letter it does not spell out."""
    for pattern in patterns:
        plain = pattern.replace("[.,]", "").replace("\\.", "")  # dateparser's number class
        if any(piece in plain for piece in _WILDCARDS):
            return True
    return False


class LetterFilteredDateDataParser(DateDataParser):  # type: ignore[misc]  # dateparser is untyped
    """dateparser's ``DateDataParser`` that rules out a locale from the letters alone when
    the string holds a letter the locale cannot know (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letters: dict[str, frozenset[str] | None] = {}
        self._letters_lock = threading.Lock()

    def _is_applicable_locale(self, locale: Any, date_string: str,
                              ignore_surrounding_text: bool = False) -> bool:
        """dateparser's answer, or False at once when a letter rules the locale out."""
        if not ignore_surrounding_text:
            known = self._known_letters(locale)
            if known is not None and not self._letters_known(locale, date_string, known):
                return False
        return bool(super()._is_applicable_locale(locale, date_string, ignore_surrounding_text))

    def _letters_known(self, locale: Any, date_string: str, known: frozenset[str]) -> bool:
        """Whether every letter of the string, prepared as ``Locale.is_applicable`` prepares
        it, could belong to one of the locale's tokens."""
        text = locale._translate_numerals(date_string)
        if self._settings.NORMALIZE:
            text = normalize_unicode(text)
        text = locale._simplify(text, settings=self._settings)
        return all(not char.isalpha() or not _forms(char).isdisjoint(known) for char in set(text))

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
            letters = frozenset(form for word in words for char in set(word) for form in _forms(char))
        with self._letters_lock:
            self._letters[name] = letters
        return letters


#: htmldate's own factory, kept so that tests can hold our parser's arguments to its.
HTMLDATE_OWN_FACTORY = htmldate_extractors.get_external_parser

_PARSER: LetterFilteredDateDataParser | None = None
_PARSER_LOCK = threading.Lock()


def external_parser() -> LetterFilteredDateDataParser:
    """The one parser of the process (built on first use, like htmldate's own)."""
    global _PARSER
    with _PARSER_LOCK:
        if _PARSER is None:
            _PARSER = LetterFilteredDateDataParser(**HTMLDATE_PARSER_ARGS)
        return _PARSER


def install() -> None:
    """Make htmldate's dateparser fallback use :func:`external_parser` (idempotent)."""
    htmldate_extractors.get_external_parser = external_parser  # type: ignore[assignment]  # see the module docstring
