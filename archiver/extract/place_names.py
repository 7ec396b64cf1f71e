"""Whether a credited name is a place's: one test for every reader of a name (round auth71, issue 15).

Two readers asked two different questions before. :func:`archiver.extract.signals.place_name` (a name alone over the
story's date, a meta line's last item, a guest note) called every name ending with a place's kind word a place,
"Jenny Park" too, though Park is a family name (Korean and English); :func:`archiver.extract.authors.not_a_name`, which
refuses a name whatever source credits it, did not ask at all, so "By New York City", "Por Ciudad de México" and a
JSON-LD Person "Frankfurt am Main" were persons. A wrong person in a citation is worse than none, and a lost writer
is a loss too; so one test, right for both:

- a place the list names (:data:`~archiver.extract.name_kind_words.MULTI_WORD_PLACES`: "Hong Kong", "Sri Lanka");
- a place's shape: a first word only places open with (:data:`_PLACE_OPENINGS`: "New York City", "Ciudad de México",
  "Fort Worth", "Mount Vernon"), or a lower-case word only places hold between their capitalised ones
  (:data:`_PLACE_INNER`: "Frankfurt am Main", "Freiburg im Breisgau", "Halle an der Saale", "Kingston upon Thames",
  "Stratford-upon-Avon", "Aix-en-Provence"); no person's name is written so;
- a place's kind word last (:data:`~archiver.extract.name_kind_words.PLACE_WORDS`: "Hyde Park", "Alice Springs"),
  unless other evidence says person. A credit is such evidence (``credited``: a source credits the name as the
  writer, as every source ``not_a_name`` weighs does): many a family name is a kind word ("By Jenny Park", "By
  Tomson Highway", "By Margaret Court"), so a credited name is a place only by the list or its shape. A name alone
  over the date is no credit: there a kind word makes a place, unless a listed given name opens the name, the word
  is a family name too (:data:`SURNAME_PLACE_WORDS`: "Jenny Park", "Min-ji Park", "Tom Lake") and the given name is
  none that places and institutions are named for ("Victoria Park", "Lincoln Park" are places there).

Why a module of its own: signals.py, authors.py and guest_post.py each asked it, and signals.py is far past its
size; the lists stay in name_kind_words.py with the other words that tell a person's name from others.
"""

from __future__ import annotations

from archiver.extract.given_names import given_name
from archiver.extract.name_kind_words import (
    INSTITUTION_GIVEN_NAMES,
    MULTI_WORD_PLACES,
    PLACE_GIVEN_NAMES,
    PLACE_WORDS,
)

#: Kind words of places that are family names as well ("Jenny Park", "Grace Lake", "Margaret Court"): after a
#: listed given name they end a person's name as often as a place's. Not "street": "Hope Street", "Grace Street",
#: "Victoria Street" name a street far more often than anyone (authleft54: "By Hope Street" was reported as a writer).
SURNAME_PLACE_WORDS = frozenset(("park", "lake", "beach", "court", "bridge", "river", "port", "town", "inn"))
#: First words only places open with, in the languages the person checks cover ("New York City", "Fort Worth",
#: "Mount Vernon", "Ciudad de México", "Puerto Montt", "Nueva Delhi", "Sankt Pölten", "Nowy Sącz", "Cape Coral",
#: "Port Louis"): no given name is spelt so. Not "San", "Santa", "Santo", "Bad", "Nova", "Saint", "Lake": people
#: bear them too ("Santa Ono", "Nova Smith", "Lake Bell"); the listed places hold the ones in the news.
_PLACE_OPENINGS = frozenset(("new", "fort", "ft.", "mount", "mt.", "ciudad", "puerto", "nueva", "nuevo", "sankt",
                             "nowy", "nowa", "cape", "port"))
#: Lower-case words a place's name holds between its capitalised ones, alone or inside a hyphened word ("Frankfurt am
#: Main", "Freiburg im Breisgau", "Halle an der Saale", "Rothenburg ob der Tauber", "Kingston upon Thames",
#: "Stoke on Trent", "Boulogne-sur-Mer", "Aix-en-Provence"). A name's particles ("de", "von", "da") are no such word.
_PLACE_INNER = frozenset(("am", "im", "an", "ob", "bei", "upon", "on", "sur", "sous", "lès"))
#: The same inside a hyphened word, where "en" and "les" join a place's parts too ("Aix-en-Provence", "Aix-les-Bains").
_PLACE_INNER_HYPHENED = _PLACE_INNER | {"en", "les"}


def place_name(name: str, *, credited: bool = False) -> bool:
    """True when ``name`` of two words or more is a place's (see the module's docstring); ``credited``: a source
    credits it as a writer, so a given name and a kind word that is a family name too ("Victoria Park") stay a
    person's."""
    words = name.split()
    if len(words) < 2:
        return bool(words) and _hyphened_place(words[0])
    if " ".join(words).casefold() in MULTI_WORD_PLACES or place_shape(words):
        return True
    last = words[-1].casefold()
    if credited or last not in PLACE_WORDS:
        return False
    if not given_name(words[0]):
        return True
    return last not in SURNAME_PLACE_WORDS or words[0].casefold() in PLACE_GIVEN_NAMES | INSTITUTION_GIVEN_NAMES


def place_shape(words: list[str]) -> bool:
    """True when ``words`` are written as only places' names are: a place's opening word, a capitalised word last
    (:data:`_PLACE_OPENINGS`: "Ciudad de México"), or a place's lower-case inner word between capitalised ones (:data:`_PLACE_INNER`),
    alone or inside a hyphened word ("Boulogne-sur-Mer")."""
    if words[0].casefold() in _PLACE_OPENINGS and words[-1][:1].isupper():
        return True
    if any(w in _PLACE_INNER for w in words[1:-1]) and words[-1][:1].isupper():
        return True
    return any(_hyphened_place(w) for w in words)


def _hyphened_place(word: str) -> bool:
    """True for a hyphened word joining capitalised parts by a place's inner word ("Boulogne-sur-Mer",
    "Stratford-upon-Avon", "Aix-en-Provence"): a place, where a hyphened surname joins capitalised parts
    ("Rivlin-Nadler") or a particle a name holds ("Al-Hassan")."""
    parts = word.split("-")
    return len(parts) >= 3 and parts[0][:1].isupper() and parts[-1][:1].isupper() \
        and any(p in _PLACE_INNER_HYPHENED for p in parts[1:-1])


__all__ = ["SURNAME_PLACE_WORDS", "place_name", "place_shape"]
