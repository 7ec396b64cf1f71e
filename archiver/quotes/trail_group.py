"""A quote cut right before the bound that narrows the people its claim is about (quote rules 24).

"The law applies to everyone" is a verbatim part of "The law applies to everyone over 18", "The
museum is free for children" of "... for children under five", "Le musée est gratuit pour les
enfants" of "... de moins de 12 ans": the source speaks of some of them, the quote of all. A
quote ending with a word for a group of people (:data:`GROUP_WORDS`), or right before a phrase
that names one ("for children", "to everyone", "pour les enfants", "para los niños"), is
``trailing_word`` material when an age or another bound with a figure comes right after that
word ("over 18", "under five", "aged 65 and over", "de moins de 12 ans", "mayores de 65",
"über 65", "unter 12 Jahren": :data:`BOUNDS`), read by :func:`bounded_group`. A bound without a
figure ("children under supervision", "everyone over there") and a group word with no bound after
it are not read.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import NUMBER_WORDS, WORD, fold_word
from archiver.quotes.model import Difference

#: Words for a group of people whose claim an age or a bound after them narrows.
GROUP_WORDS = frozenset([
    "everyone", "everybody", "anyone", "anybody", "people", "persons", "children", "kids", "adults", "teenagers",
    "teens", "women", "men", "girls", "boys", "residents", "citizens", "patients", "users", "drivers", "workers",
    "employees", "customers", "students", "pupils", "visitors", "voters", "seniors", "those",
    "alle", "menschen", "kinder", "erwachsene", "erwachsenen", "personen", "patienten", "jugendliche", "jugendlichen",
    "enfants", "adultes", "personnes", "patients", "tous", "jeunes",
    "niños", "adultos", "personas", "pacientes", "todos", "jóvenes", "mayores",
])
#: Words that bound a group by age or number when a figure follows ("over 18", "under five",
#: "aged 65", "über 65", "unter 12", "de moins de 12 ans", "de plus de 65 ans", "mayores de 65",
#: "menores de 12").
BOUNDS = frozenset(["over", "under", "above", "below", "aged", "older", "younger", "über", "unter", "ab", "moins",
                    "plus", "mayores", "menores", "más", "menos"])
#: Prepositions that open a phrase naming the group ("for children", "pour les enfants").
_FOR = frozenset(["for", "to", "für", "pour", "à", "para", "a"])
_ARTICLES = frozenset(["the", "all", "die", "alle", "les", "tous", "los", "las", "todos"])
_WORD = re.compile(rf"[ \t\u00a0\u202f]*({WORD})")
#: A figure: digits or a number word.
_FIGURE = re.compile(rf"[ \t\u00a0\u202f]+(?:\d|(?:{'|'.join(sorted(NUMBER_WORDS))})\b)", re.IGNORECASE)
_LAST = re.compile(rf"({WORD})\W*$")


def _bound_after(original: str, at: int) -> re.Match[str] | None:
    """The bound word (:data:`BOUNDS`) that opens the words at ``original[at]``, maybe after "de"
    ("de moins de 12 ans") and before another "de" or "than" ("mayores de 65", "older than 18"), when
    a figure follows it."""
    word = _WORD.match(original, at)
    if word is not None and fold_word(word.group(1)) == "de":
        word = _WORD.match(original, word.end())
    if word is None or fold_word(word.group(1)) not in BOUNDS:
        return None
    after = word.end()
    link = _WORD.match(original, after)
    if link is not None and fold_word(link.group(1)) in ("de", "than", "als", "que"):
        after = link.end()
    return word if _FIGURE.match(original, after) else None


def bounded_group(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the quote (``quote_text``; its match ends at
    ``original[end]``) ends with a group word, or right before a phrase naming one, that a bound
    with a figure narrows right after it ("everyone over 18", "for children under five")."""
    last = _LAST.search(quote_text)
    at = end
    if last is None or fold_word(last.group(1)) not in GROUP_WORDS:
        opener = _WORD.match(original, end)
        if opener is None or fold_word(opener.group(1)) not in _FOR:
            return None
        word = _WORD.match(original, opener.end())
        if word is not None and fold_word(word.group(1)) in _ARTICLES:
            word = _WORD.match(original, word.end())
        if word is None or fold_word(word.group(1)) not in GROUP_WORDS:
            return None
        at = word.end()
    bound = _bound_after(original, at)
    if bound is None:
        return None
    return Difference("trailing_word", True, None, bound.group(1), bound.start(1), bound.end(1),
                      note=(f"the quote ends before {bound.group(1)!r} and its figure, which narrow the people its "
                            "claim is about in the source"))
