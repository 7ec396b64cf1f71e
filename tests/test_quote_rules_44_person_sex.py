"""What quote rules 44 change in brackets naming a person (red team q44, item 4).

A bracket may say whom a pronoun stands for ("[Anna Berg]" for "She"); naming a person of the
other sex is someone else. Rules 43 read a bracket's sex only from an article of one gender before
a person noun of a short list, so "[Tom Hanks]" for "She", "[The actress]" for "He" and "[La
enfermera]" for "Él" passed. A given name no list knows the sex of says nothing, as before.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("[Tom Hanks] sang the song", "She sang the song."),
    ("[Emma Thompson] sang the song", "He sang the song."),
    ("[Анна Петрова] сказал, что уйдёт", "Он сказал, что уйдёт."),
])
def test_a_known_given_name_of_the_other_sex_than_the_pronoun_is_someone_else(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered", result.explanation
    assert any("another sex" in (d.note or "") for d in result.differences)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Tom Hanks] sang the song", "He sang the song."),
    ("[Anna Berg] sang the song", "She sang the song."),
    ("[Alex Smith] sang the song", "She sang the song."),
    ("[Kowalczyk] sang the song", "He sang the song."),
])
def test_a_given_name_of_the_pronoun_s_sex_or_of_no_known_sex_still_verifies(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"


@pytest.mark.parametrize(("quote", "source"), [
    ("[The actress] won the prize", "He won the prize."),
    ("[The king] signed the law", "She signed the law."),
    ("[La enfermera] firmó el documento", "Él firmó el documento."),
    ("[El enfermero] firmó el documento", "Ella firmó el documento."),
    ("[La profesora] dijo que no", "Él dijo que no."),
    ("[Die Ärztin] hat gelogen", "Er hat gelogen."),
    ("[Die Anwältin] hat gelogen", "Er hat gelogen."),
    ("[La chercheuse] a menti", "Il a menti."),
    ("[Le chercheur] a menti", "Elle a menti."),
    ("[A enfermeira] mentiu", "Ele mentiu."),
    ("[La ricercatrice] ha mentito", "Lui ha mentito."),
])
def test_a_person_noun_of_the_other_sex_than_the_pronoun_is_someone_else(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("[The nurse] signed the form", "She signed the form."),
    ("[The firm's chairman] said no", "Its chairman said no."),
    ("[La policía] dijo que no", "Él dijo que no."),
    ("[Die Polizei] hat gelogen", "Er hat gelogen."),
    ("[Die Firma] hat Gewinne gemacht", "Der Konzern legte Zahlen vor. Er hat Gewinne gemacht."),
    ("[La enfermera] firmó el documento", "Ella firmó el documento."),
])
def test_a_noun_of_either_sex_or_a_thing_still_verifies(quote, source):
    assert verify_quote(quote, source).verdict == "normalized"
