"""A writer's name with her job title printed after it, the title's halves joined by "&" or "and" ("Rasmus Barslund
Founder & Lead Reviewer", "Jane Roe CEO & Co-Founder", "Anna Berg Gründerin und Chefredakteurin"): one person, not two.

Why: authors-blind21's first run split such a byline on its "&" and reported two persons, the name with the title's
first word glued on ("Rasmus Barslund Founder") and the title's second half ("Lead Reviewer"). A conjunction splits a
byline into persons only when each piece is a name; a piece that is a title only (no given name opens it, every word
is a role's or a title's modifier, one of them a role) continues the title of the piece before it, and the words of
that title are cut off the name.

Why a module of its own: the credit splitter and the reader of a list of names over the date, both in signals.py
(~3,000 lines), ask it; the role words it reads (:data:`ROLE_TAIL`) were signals.py's and are shared from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.given_names import broad_given_name, given_name
from archiver.extract.name_kind_words import ROLE_TRADE_WORDS, TITLE_MODIFIERS

# A job title's role word that is no writer's trade ("Software Engineer", "Entertainment Diva", "Founder and
# CEO", "Directora de Contenidos"), in the languages of the blind sets. Words that are also common family names
# ("Head", "Host", "Lead", "Fellow", "Partner", "Nurse", "Coach", "Chef") are left out.
ROLE_TAIL = frozenset((
    "engineer", "engineers", "developer", "designer", "manager", "director", "founder", "co-founder", "cofounder",
    "ceo", "cto", "cfo", "coo", "president", "officer", "scientist", "researcher", "analyst", "consultant",
    "strategist", "specialist", "expert", "advisor", "adviser", "intern", "assistant", "coordinator", "producer",
    "anchor", "critic", "blogger", "diva", "guru", "professor", "student", "evangelist", "advocate", "architect",
    "economist", "attorney", "lawyer", "physician", "therapist", "nutritionist", "dietitian",
    "ingeniero", "ingeniera", "ingenieur", "ingenieurin", "ingénieur", "gerente", "directeur", "directrice",
    "directora", "diretor", "diretora", "direttore", "direttrice", "presidenta",
    "direktor", "direktorin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "gründer", "gründerin",
    "fundador", "fundadora", "fondateur", "fondatrice", "professeur", "profesor", "profesora", "presidente",
    "président", "präsident", "präsidentin"))

#: The words a title's half may be made of: a role (:data:`ROLE_TAIL`, a newsroom's trades), or what opens one ("Lead
#: Reviewer", "Senior Editor", "Head Chef", "Co-Founder"). "Lead", "Head" and "Chef" are family names too, so they
#: count only inside a half that holds a role word and opens with no given name.
_ROLES = ROLE_TAIL | ROLE_TRADE_WORDS | frozenset(("publisher", "owner", "editor", "writer", "author", "autor",
                                                   "autorin", "auteur", "autrice", "reporter", "columnist"))
_OPENERS = TITLE_MODIFIERS | frozenset(("lead", "head", "senior", "chief", "principal", "co", "vice", "general",
                                        "founding", "chef", "de", "of", "du", "des", "der", "für"))


def _words(piece: str) -> list[str]:
    return [_folded(w) for w in piece.split()]


def title_only(piece: str) -> bool:
    """True when ``piece`` is a job title and nothing else ("Lead Reviewer", "CEO", "Co-Founder", "Chefredakteurin"):
    no listed given name opens it, every word is a role's or a title's opening word, and one is a role's; or, of
    two or three words, it ends on a role's form (:data:`_ROLE_FORM`: "Master Horticulturalist", "Garden Educator",
    authors-blind25's meta author "Nicole Forbes, Master Horticulturalist & Garden Educator", whose title's two
    halves were read as two more persons): a trade's noun no list holds."""
    words = _words(piece)
    if not words or given_name(piece.split()[0].strip(".,:;()|")):
        return False
    if 2 <= len(words) <= 3 and _ROLE_FORM.search(words[-1]) and all(w.isalpha() for w in words):
        return True
    return all(w in _ROLES or w in _OPENERS for w in words) and any(w in _ROLES for w in words)


#: A trade's noun by its ending, six letters at least: "-ist" ("horticulturalist", "nutritionist"), "-ator"/"-itor"
#: ("educator", "curator", "editor" is listed). Family names so ending are rare and a given name opens them anyway
#: ("Ann Twist"); "-er" is not read (Baker, Fisher, Miller are surnames).
_ROLE_FORM = lazy_re.compile(r"^[^\W\d_]{3,}(ist|ists|ator|ators|itor|itors)$")


def without_title(name: str) -> str:
    """``name`` without the job title printed after it, the words at its end that are a role's or a title's opening
    words with one role among them ("Rasmus Barslund Founder" -> "Rasmus Barslund", "Jane Roe CEO" -> "Jane Roe");
    as it is when fewer than two words would remain or no role word ends it. trafilatura's guess splits "Founder &
    Lead Reviewer" on its "&" itself, so the name reaches the credit's reader with the title's first half glued on."""
    words = name.split()
    keep = len(words)
    while keep > 2 and _folded(words[keep - 1]) in _ROLES | _OPENERS:
        keep -= 1
    if keep == len(words) or not any(_folded(w) in _ROLES for w in words[keep:]):
        return name
    return " ".join(words[:keep]).rstrip(" ,;|")


def name_with_title(pieces: Sequence[str]) -> str | None:
    """The name when ``pieces`` (a byline split on its conjunctions) are one name with its job title glued after it and
    the title's other halves after the conjunction ("Rasmus Barslund Founder" + "Lead Reviewer" -> "Rasmus
    Barslund"); ``None`` otherwise (two names, or a title after the conjunction with no title's word on the name
    before it: the caller splits as it did). At least two words of the name are kept."""
    if len(pieces) < 2 or not all(title_only(p) for p in pieces[1:]) or title_only(pieces[0]):
        return None
    name = without_title(pieces[0])
    return None if name == pieces[0] else name


def ends_on_role(text: str) -> bool:
    """True when ``text``'s last word is a role's (:data:`ROLE_TAIL`: "Marketing Manager", "Co-Founder & Marketing
    Director"): a writer's role line as a byline widget prints it under the name."""
    words = text.split()
    return bool(words) and _folded(words[-1]) in ROLE_TAIL


def opens_with_given_name(name: str) -> bool:
    """True when ``name`` opens with a given name of any language Faker lists
    (:func:`~archiver.extract.given_names.broad_given_name`) and does not end on a post's word (:data:`_ROLES`).

    Why: the readers of a name printed with no lead word (a name over the date, under the headline, closing a
    list) ask a given name first as the evidence that the line names a person; the hand-written list lacked many
    ("Haki Benita", "Horea Matei", "Cory Dransfeldt"). A longer list also holds words that open a post's title in
    a forum's user card ("Forum Moderator": "Forum" is a Gujarati given name), hence the post's word last. Only
    that question is asked of the longer list; whether a word is ONLY a given name (no surname) stays with
    :func:`~archiver.extract.given_names.given_name` (extractor 225, bench/labels/README.md "auth65")."""
    words = name.split()
    return bool(words) and broad_given_name(words[0]) and _folded(words[-1]) not in _ROLES


def _folded(word: str) -> str:
    return word.casefold().strip(".,:;()|")


__all__ = ["ROLE_TAIL", "ends_on_role", "name_with_title", "opens_with_given_name", "title_only", "without_title"]
