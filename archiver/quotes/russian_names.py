"""A Russian name as a page writes it in any case: "Орлов", "Орлова", "Орловым"; "Андрей", "Андреем".

Why (task q63, left by red team rvq61): a bracket naming one of two people a page names with one
surname is read by :func:`archiver.quotes.bracket_name.alike_named`, which looked for the
surname as the bracket writes it, letter for letter. Russian declines names: "[Сергей Орлов]" for
"Он" on a page naming "Андрей Орлов" in another case ("с братом Андреем Орловым") passed
``normalized``, the bracket settling whom "Он" meant. A Latin surname is looked for as before.
"""

from __future__ import annotations

import re

#: Russian surnames of the possessive kind ("Орлов", "Лебедев", "Пушкин", "Орлова") and their case
#: endings, both sexes; and of the adjective kind ("Чайковский", "Чайковская").
_POSSESSIVE = re.compile(r"(.+(?:ов|ев|ёв|ин|ын))(?:а)?", re.IGNORECASE)
_POSSESSIVE_ENDINGS = r"(?:а|у|ым|ом|е|ой|ы|ых|ыми)?"
_ADJECTIVE = re.compile(r"(.+(?:ск|цк))(?:ий|ая)", re.IGNORECASE)
_ADJECTIVE_ENDINGS = r"(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими)"
#: Case endings of Russian given names, and what the nominative ends in instead ("Андреем" ->
#: "Андрей", "Ивана" -> "Иван", "Анной" -> "Анна", "Марии" -> "Мария").
_GIVEN_ENDINGS = (("ем", "й"), ("ю", "й"), ("я", "й"), ("е", "й"), ("ом", ""), ("а", ""), ("у", ""), ("е", ""),
                  ("ой", "а"), ("ы", "а"), ("у", "а"), ("е", "а"), ("ей", "я"), ("и", "я"), ("ю", "я"),
                  ("и", "а"))


def surname_forms(surname: str) -> str:
    """A pattern matching ``surname`` (as written) in every case and either sex when it is a
    Russian surname of :data:`_POSSESSIVE` or :data:`_ADJECTIVE`'s kind; the surname itself
    otherwise."""
    if not re.fullmatch(r"[\u0400-\u04ff]+", surname):
        return re.escape(surname)
    if (m := _ADJECTIVE.fullmatch(surname)) is not None:
        return re.escape(m.group(1)) + _ADJECTIVE_ENDINGS
    if (m := _POSSESSIVE.fullmatch(surname)) is not None:
        return re.escape(m.group(1)) + _POSSESSIVE_ENDINGS
    return re.escape(surname)


def russian_given(plain: str, given: frozenset[str]) -> str:
    """``plain`` (a word folded) in the nominative when it is a case of a Russian given name of
    ``given`` ("андреем" -> "андрей"); ``plain`` itself when it is one already or none is found."""
    if plain in given or not re.fullmatch(r"[\u0400-\u04ff]+", plain):
        return plain
    for ending, nominative in _GIVEN_ENDINGS:
        if plain.endswith(ending) and (stem := plain[:-len(ending)] + nominative) in given:
            return stem
    return plain
