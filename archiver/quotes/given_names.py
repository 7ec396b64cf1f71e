"""Whether two given names may be one person's: the same, an initial, a short form that begins the
other ("Alex" of "Alexander", "Max" of "Maximilian"), or a familiar form of :data:`_FAMILIAR`
("Bill" of "William", "Tom" of "Thomas").

Why: a bracket for a name must name the same person (:func:`archiver.quotes.bracket_name.another_person`,
rules 55), and rules 55 read any given name that begins the other as the same: "[Paul Weber]" for
"Paula Weber", "[Jan Becker]" for "Janet Becker", "[Louis Martin]" for "Louise Martin",
"[Anna-Lena Vogel]" for "Anna Vogel" passed ``normalized``, naming another person; and a citation
that writes a familiar name out in full ("[Thomas Becker]" for "Tom Becker", "[William Becker]" for
"Bill Becker", a convention of style guides) was ``altered`` (review of rules 53-55, red team
rvq56). A beginning is a short form unless the rest is a hyphen's second name ("Anna-Lena") or a
feminine ending (:data:`_FEMININE_REST`: "Paul"/"Paula", "Jan"/"Janet", "Max"/"Maxine"), or the
two are both given names of the lists of :mod:`archiver.quotes.person_sex` ("Carl", "Carla").
"""

from __future__ import annotations

from archiver.quotes.person_sex import FEMALE_NAMES, MALE_NAMES

#: What a woman's name adds to a man's it begins with ("Paula", "Louise", "Janet", "Maxine",
#: "Danielle", "Georgina", "Antonia", "Mariana"): another name, not a short form.
_FEMININE_REST = frozenset(["a", "e", "et", "ette", "ine", "ina", "elle", "ia", "ie", "na", "ne", "le"])

#: Familiar forms of given names that do not begin with the name they stand for, by the full name
#: (English, German, French, Spanish, Italian, Portuguese, Russian usage).
_FAMILIAR = {
    "william": "bill billy will willy liam", "robert": "bob bobby rob robbie bert", "thomas": "tom tommy",
    "james": "jim jimmy jamie", "richard": "dick rick ricky rich", "edward": "ted teddy ned ed eddie",
    "john": "jack johnny", "henry": "harry hank", "charles": "chuck charlie", "anthony": "tony",
    "michael": "mike mikey", "elizabeth": "liz lizzie beth betty bess eliza lisa", "margaret": "maggie meg peggy greta",
    "katherine": "kate katie kathy", "catherine": "kate katie cathy", "rebecca": "becky", "susan": "sue susie",
    "deborah": "debbie deb", "patricia": "pat patty trish", "theodore": "ted teddy", "lawrence": "larry",
    "johannes": "hans", "friedrich": "fritz", "josé": "pepe", "jose": "pepe", "francisco": "paco pancho",
    "giuseppe": "beppe peppe", "giovanni": "gianni", "александр": "саша", "дмитрий": "дима", "михаил": "миша",
    "алексей": "алёша леша", "екатерина": "катя", "мария": "маша",
}
_FAMILIAR_OF: dict[str, set[str]] = {}
for _full, _shorts in _FAMILIAR.items():
    for _short in _shorts.split():
        _FAMILIAR_OF.setdefault(_short, set()).add(_full)


def _short_form(short: str, full: str) -> bool:
    """Whether ``short`` begins ``full`` as a short form of it does ("Alex" of "Alexander"; an
    initial "T" of "Tom"), not as another name made from it ("Paul" of "Paula", "Anna" of
    "Anna-Lena")."""
    if not full.startswith(short):
        return False
    rest = full[len(short):]
    if not rest or len(short) == 1:
        return True
    if rest.startswith("-") or rest in _FEMININE_REST:
        return False
    listed = FEMALE_NAMES | MALE_NAMES
    return not (short in listed and full in listed)


def given_names_agree(a: str, b: str) -> bool:
    """Whether two given names (plain: folded, no accents) may be one person's: one the other's
    short form (:func:`_short_form`) or its familiar form (:data:`_FAMILIAR`)."""
    return (_short_form(a, b) or _short_form(b, a) or b in _FAMILIAR_OF.get(a, ())
            or a in _FAMILIAR_OF.get(b, ()))
