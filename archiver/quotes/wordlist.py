"""Whether a small slip inside a word made another real word: "condoned" for "condemned".

:func:`archiver.quotes.lexicon.is_typo` calls two words a typo when they are a letter or two
apart with the same first letter. That is right for a slip that makes no word ("goverment",
"recieved") and wrong for one that makes another word ("condoned" for "condemned", "causal" for
"casual", "untied" for "united", "prize" for "price"): the quote then says something else, and
the design's rule is that a content-word substitution is material.

So a typo candidate is looked up in a maintained word list of the passage's language: the word
frequency lists that ship with ``pyspellchecker`` (MIT; built from OpenSubtitles and cleaned of
rare forms, one gzipped list for each of the seven covered languages, EN DE FR IT ES PT RU).
When both forms are words of that language, the pair is another word, not a slip
(:func:`real_word_language`); when they are two forms of one word in another inflection
(:func:`archiver.quotes.substitution.same_word`: "rose"/"rise", "agreed"/"agrees",
"zahlte"/"zahlt"), the quote changed a tense, mood, person or number, which is material too
(:func:`inflection_language`; quote rules 15). Spelling variants are told apart before
(:func:`archiver.quotes.lexicon.is_spelling_variant`), and a bracket may change an inflection
("withdr[ew]", "[rose]"): these functions judge unbracketed words only.

Which language: the one the source reads as around the passage
(:func:`archiver.quotes.lexicon.guess_language`); where that cannot be told (too few marker
words), a pair counts as two words when both are words of any one covered language of the
passage's script (Cyrillic: Russian; otherwise the six Latin-script ones), as the rules err
towards "material". A list is read once per process, and only when a typo candidate needs it
(the English list in 0.15-0.25 s, all six Latin-script lists in about 1.5 s); a quote without a
typo candidate never loads one.

A compound is read by its parts too: when the two words share a first part and what follows it
is a word in both, after a first part that is a word too ("umwelt|unfreundlich" for "umwelt|freundlich", "user-|unfriendly" for
"user-|friendly"), the last part is one word put for another, though neither whole compound is
in the list (:func:`real_part`); or another form of one word ("klima|freundlichere" for
"klima|freundliche": :func:`inflected_part`).

Limits: the English list is American; British forms it knows as separate words (grey, tyre,
storey, judgement) are spelling variants of :data:`archiver.quotes.lexicon.SPELLING_PAIRS`,
and a swap between two British-only forms ("flavour" for "favour") is still read as a slip.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from archiver.quotes.substitution import same_word

#: The covered languages by script: Cyrillic words are looked up in Russian only.
LATIN_LANGUAGES = ("en", "fr", "es", "it", "de", "pt")
CYRILLIC_LANGUAGES = ("ru",)
#: How a note names the language of a word list.
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "it": "Italian", "es": "Spanish",
                  "pt": "Portuguese", "ru": "Russian"}


@cache
def _words(language: str) -> frozenset[str]:
    """The words (lower-cased) of ``language``'s list; read on first use, then kept."""
    from spellchecker import SpellChecker  # imported here: only a typo candidate needs it

    return frozenset(SpellChecker(language=language, distance=1).word_frequency.keys())


@cache
def _counts(language: str) -> dict[str, int]:
    """How often each word of ``language``'s list occurs in the corpus it was built from."""
    from spellchecker import SpellChecker

    return dict(SpellChecker(language=language, distance=1).word_frequency.dictionary)


def word_count(word: str, language: str) -> int:
    """How often folded ``word`` occurs in the corpus of ``language``'s list (0: not in it): a
    name ending in "-s" whose stem is a rare word ("James", "jame": 50) is told from a plural
    ("Apples", "apple": 24,670; quote rules 37)."""
    return _counts(language).get(word, 0)


def is_word(word: str, language: str) -> bool:
    """Whether folded ``word`` is in the word list of ``language`` (a covered language)."""
    return word in _words(language)


def _both_words(a: str, b: str, language: str | None) -> str | None:
    """The language in whose word list folded ``a`` and ``b`` are both words, or None:
    ``language`` when the passage's is known, else the first covered language of their script
    that knows both."""
    if language is not None:
        languages: tuple[str, ...] = (language,) if language in LATIN_LANGUAGES + CYRILLIC_LANGUAGES else ()
    elif any("\u0400" <= c <= "\u04ff" for c in a + b):
        languages = CYRILLIC_LANGUAGES
    else:
        languages = LATIN_LANGUAGES
    return next((lang for lang in languages if is_word(a, lang) and is_word(b, lang)), None)


def real_word_language(a: str, b: str, language: str | None) -> str | None:
    """The language in whose word list folded ``a`` and ``b`` are both words and not two forms
    of one word, or None (a slip, or an inflection: :func:`inflection_language`)."""
    if same_word(a, b):
        return None
    return _both_words(a, b, language)


def inflection_language(a: str, b: str, language: str | None) -> str | None:
    """The language in whose word list folded ``a`` and ``b`` are both words when they are two
    different forms of one word ("rose"/"rise", "wünschten"/"wünschen", "viendra"/"viendrait":
    another tense, mood, person or number), or None (another word, or a slip that makes no word:
    "stoped" for "stopped")."""
    if a == b or not same_word(a, b):
        return None
    return _both_words(a, b, language)


#: The fewest letters the differing last part of a compound needs to be read as a word of its
#: own (shorter tails, "ment", "ing", are endings more often than words).
PART_LETTERS = 4


def real_part(a: str, b: str, language: str | None) -> tuple[str, str, str] | None:
    """The last parts of folded ``a`` and ``b`` and their language when the two words share a
    first part and differ in a last part of at least :data:`PART_LETTERS` letters that is a
    word in both and not two forms of one word ("unfreundlich"/"freundlich" for
    "umweltunfreundlich"/"umweltfreundlich"); None otherwise. The longest shared first part is
    tried first, then shorter ones ("umweltf|eindlich" is no word, "umwelt|feindlich" is)."""
    return _part(a, b, language, real_word_language)


def inflected_part(a: str, b: str, language: str | None) -> tuple[str, str, str] | None:
    """As :func:`real_part`, for last parts that are two forms of one word, both words of the
    language ("freundlichere"/"freundliche" for "klimafreundlichere"/"klimafreundliche", compounds the
    list does not know whole)."""
    return _part(a, b, language, inflection_language)


def _part(a: str, b: str, language: str | None,
          judge: Callable[[str, str, str | None], str | None]) -> tuple[str, str, str] | None:
    """The last parts and language of :func:`real_part`, with ``judge`` telling the language
    in which two last parts differ as it asks, or None."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    for cut in range(shared, 0, -1):
        tail_a, tail_b = a[cut:], b[cut:]
        if min(len(tail_a), len(tail_b)) < PART_LETTERS:
            continue
        lang = judge(tail_a, tail_b, language)
        if lang and _first_part(a[:cut], lang):
            return tail_a, tail_b, lang
    return None


#: Letters that join a German compound's parts ("Wartung|s|plan"; the Fugenelement).
_LINKS = ("s", "es", "n", "en")


def _first_part(head: str, language: str) -> bool:
    """Whether ``head`` is a compound's first part: a word of ``language`` of at least
    :data:`PART_LETTERS` letters, with a hyphen or a linking letter after it or not
    ("umwelt", "user-", "wartungs"); not a word's first letters ("kn|owing")."""
    stem = head.removesuffix("-")
    if stem != head:
        return bool(stem)
    stems = [stem] + [stem[: -len(link)] for link in _LINKS if stem.endswith(link)]
    return any(len(w) >= PART_LETTERS and is_word(w, language) for w in stems)
