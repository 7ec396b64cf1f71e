"""False passes quote rules 25 left, each a class (quote rules 26).

Each quote here is a verbatim run of a source that says something else once the words left out
are read back: a clause cut from after a share the rules 25 word lists did not hold ("A handful
of", "A number of", "Hardly any of", "One in three of", "9 out of 10 of", "Part of" opening its
clause); a Spanish, French, Italian or Portuguese share before a full verb ("La mitad de los
médicos dicen que", "se recuperaron"); an English share before a noun with two words before
it ("Half the new state budget goes"); a limit after a dash or in a bracket ("works — but only
in mice", "works (but only in mice)"); a limit after a tag whose verb is one of finding or
showing (", researchers found, only in mice"). Each was ``exact`` under rules 25; each is
``altered``. The faithful neighbours of each class stay ``exact``: "as part of a deal", the
same clauses with no share before them, a dash before a clause of its own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

# -- share wordings -------------------------------------------------------------------------


@pytest.mark.parametrize("share", ["A handful of", "A number of", "Hardly any of", "One in three of",
                                   "9 out of 10 of", "Part of"])
def test_a_clause_after_a_share_wording_is_altered(share):
    _altered("the patients recovered", f"{share} the patients recovered.", "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the deal signed in May", "The firm agreed to it as part of the deal signed in May."),
    ("the patients recovered", "In the ward, the patients recovered."),
])
def test_a_clause_after_no_share_is_exact(quote, source):
    _exact(quote, source)


# -- a Romance share before a full verb -----------------------------------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("los médicos dicen que es seguro", "La mitad de los médicos dicen que es seguro."),
    ("los pacientes se recuperaron", "La mitad de los pacientes se recuperaron."),
])
def test_a_romance_clause_with_a_full_verb_after_a_share_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("los médicos dicen que es seguro", "En la encuesta, los médicos dicen que es seguro."),
    ("las cartas diarias que publican", "Se seleccionarán algunas de las cartas diarias que publican los diarios."),
    ("los médicos también citados", "La mitad de los médicos también citados en el informe."),
])
def test_a_romance_clause_without_a_share_or_verb_is_exact(quote, source):
    _exact(quote, source)


# -- two words before the noun after a share ------------------------------------------------


def test_a_clause_after_a_share_with_two_words_before_its_noun_is_altered():
    _altered("the new state budget goes to schools", "Half the new state budget goes to schools.", "leading_qualifier")


def test_a_noun_phrase_with_two_words_before_its_noun_after_a_share_is_exact():
    _exact("the other new tutorials", "Read some of the other new tutorials.")


# -- a limit after a dash or in a bracket ---------------------------------------------------


@pytest.mark.parametrize("source", ["The treatment works \u2014 but only in mice.",
                                    "The treatment works (but only in mice)."])
def test_a_limit_after_a_dash_or_in_a_bracket_is_altered(source):
    _altered("The treatment works", source, "trailing_word")


def test_a_dash_before_a_clause_of_its_own_is_exact():
    _exact("The treatment works", "The treatment works \u2014 but the trial was small.")


# -- a tag with a verb of finding -----------------------------------------------------------


def test_a_limit_after_a_tag_of_finding_is_altered():
    _altered("The treatment works", "The treatment works, researchers found, only in mice.", "trailing_word")


def test_a_tag_of_finding_at_the_sentence_end_is_exact():
    _exact("The treatment works", "The treatment works, researchers found.")
