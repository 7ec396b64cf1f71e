"""htmldate's dateparser fallback, without compiling every locale's word regex on first use.

On about 2% of pages htmldate (``extractors._external_date``) hands a string to dateparser's
``DateDataParser(languages=None)``. With no language given, dateparser asks every one of its
205 locales, in its fixed order, whether the string is *applicable* (``Locale.is_applicable``:
split the string with a regex of all the locale's words, then check every token is known).
Building those regexes is about 1.7 s of CPU the first time, in every process (a batch
worker, an xdist worker, one ``archive URL``), most of it for locales whose alphabet the string
does not even use ("Иван Петров, 1 октября 2022" still compiles the Thai and Greek regexes).

:class:`LetterFilteredDateDataParser` is dateparser's own parser with htmldate's own arguments;
it only answers the applicability question faster when the answer is certainly "no": when the
string holds a letter that no word of the locale can contain, it says "not applicable" without
building the regex. Why that is exact: ``is_applicable`` keeps every token holding a letter and
requires it to be a dictionary word, a skip token, a digit string or a match of the locale's
relative-expression regex, so a letter outside all of those makes it answer False too. Letters
the splitter drops on its own ("st", "nd", "rd", "th" after a number) count as known, and so
does every case form of a letter (the regexes ignore case). Two tiers:

* most locales: the string as ``is_applicable`` sees it before the locale's simplifications
  (numerals translated, Unicode-normalised, lower-cased) against every character of the
  words the locale's dictionary is built from (``Dictionary.__init__``: its date words, skip
  and pertain words, relative words), of its simplification and relative-expression patterns
  (less their ``\\d``-like escapes) and of the tokens every locale knows. A simplification can only remove letters its pattern spells
  out, so a letter outside that set survives into a token and makes the locale inapplicable.
  Nothing of the locale is built for this (no dictionary, no regex).
* a locale whose simplifications or relative expressions hold a class that could match an
  unwritten letter (``\\w``, ``.``, ``[^...]``, even inside a look-around: fr, zh, ko, he) and
  Russian (whose compound ordinals are rewritten by code): the string after the locale's own
  simplification, against its dictionary's words; a relative expression with such a class
  would send the locale the full way (none does in dateparser 1.5).

The filter is skipped when surrounding text is ignored (htmldate never asks for that). Every
other answer is dateparser's, so the locales tried, their order and the date returned are
unchanged: tests/test_extract_dates.py holds this to the stock parser on real strings, and
bench/extract_fingerprint.py stays byte-identical on the 1,185 benchmark pages.

htmldate builds its parser in one lru-cached function, ``htmldate.extractors.
get_external_parser``, and offers no setting to pass another; :func:`archiver.extract.dateparse.install`
replaces that module attribute (the one place this package touches htmldate's internals) with
one returning our parser, importing this module (and dateparser) only on the first fallback.
Nothing else in the process uses it; dateparser's own module state is untouched.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from dateparser import DateDataParser  # type: ignore[import-untyped]
from dateparser.languages.dictionary import (  # type: ignore[import-untyped]
    ALWAYS_KEEP_TOKENS,
    KNOWN_WORD_TOKENS,
    PARSER_KNOWN_TOKENS,
)
from dateparser.languages.locale import _VARIANT_LETTERS  # type: ignore[import-untyped]
from dateparser.utils import normalize_unicode  # type: ignore[import-untyped]

#: Letters the dictionary splitter drops by itself after a number (``1st``, ``2nd``...).
_DROPPED_SUFFIX_LETTERS = frozenset("stndrh")
#: Regex pieces in a relative expression that could match a letter not written in it.
_WILDCARDS = ("\\w", "\\S", "\\D", "\\W", "\\X", "\\p", "\\P", "\\x", "\\u", "\\U", "\\N",
              "\\0", "[^", ".")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)

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
            quick = self._info_letters(locale)
            if quick is not None:
                if not self._raw_letters_known(locale, date_string, quick):
                    return False
            else:
                known = self._known_letters(locale)
                if known is not None and not self._letters_known(locale, date_string, known):
                    return False
        return bool(super()._is_applicable_locale(locale, date_string, ignore_surrounding_text))

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
