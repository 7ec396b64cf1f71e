"""A bracketed subject for a capitalised pronoun of any covered language (quote rules 39).

"[The mayor] said" for "He said" was ``normalized``; red team q39 found "[El ministro] dimitió"
for "Él dimitió" ``altered``, "the bracketed ... replaces the name 'Él'": a pronoun or article
at a sentence's start was read as a name unless it was English. A bracket naming another person
than a name stays ``altered``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("[El ministro] dimitió ayer", "Él dimitió ayer."),
    ("[Der Minister] trat zurück", "Er trat zurück."),
    ("[La ministre] a démissionné", "Elle a démissionné."),
    ("[Министр] ушёл в отставку", "Он ушёл в отставку."),
])
def test_a_bracketed_subject_for_a_capitalised_pronoun_is_normalized(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


def test_a_bracketed_name_for_another_name_stays_altered():
    result = verify_quote("[Tom Weller] resigned", "Anna Berg resigned.")
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)


@pytest.mark.parametrize(("quote", "source"), [
    ("[El ministro] dimitió", "Ella dimitió."),
    ("[La ministra] dimitió", "Él dimitió."),
    ("[La ministre] a démissionné", "Il a démissionné."),
])
def test_a_bracketed_subject_whose_article_has_the_other_gender_than_the_pronoun_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)
