"""What rules 46 left passing (quote rules 47): a German "[Sie]" opening a quote for a man the
source names, and a bound in time cut off across a speaker's tag set off between commas.

Rules 46 read German "Sie" by the verb after it only where the source's words held the pronoun
("[Klaus Weber]" for "Sie sagte"), not where the bracket did, so "[Sie] sagte" of "Klaus Weber
sagte" passed ``normalized`` while "[Er]" for "Petra Weber" and "[Elle]" for "Jacques Martin"
were ``altered``; and the bound before a quote was read only with its own comma before the quote,
so "Until March, the mayor said, " hid it. The pairs here are our own.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered, assert_exact

from archiver.quotes import verify_quote


def _normalized(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "normalized", (result.verdict, result.explanation)


@pytest.mark.parametrize(("quote", "source"), [
    ("[Sie] sagte, das Freibad sei marode.", "Klaus Weber sagte, das Freibad sei marode."),
    ("[Sie] ist gegen den Plan.", "Klaus Weber ist gegen den Plan."),
    ("[Sie] habe gelogen.", "Der Minister sagte, Klaus Weber habe gelogen."),
])
def test_german_sie_bracket_before_a_singular_verb_for_a_named_man_is_altered(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Elle] a dit que la piscine était vétuste.", "Jacques Martin a dit que la piscine était vétuste."),
    ("[Ella] dijo que la piscina era peligrosa.", "Carlos Ruiz dijo que la piscina era peligrosa."),
    ("[Lei] ha detto che la piscina era chiusa.", "Marco Rossi ha detto che la piscina era chiusa."),
    ("[Ela] disse que a piscina estava fechada.", "Pedro Silva disse que a piscina estava fechada."),
    ("[Она] считает, что бассейн закрыт.", "Иван Петров считает, что бассейн закрыт."),
    ("[Er] sagte, das Freibad sei marode.", "Petra Weber sagte, das Freibad sei marode."),
])
def test_a_pronoun_bracket_for_a_named_person_of_the_other_sex_is_altered_in_every_language(quote, source):
    assert_altered(quote, source, "bracket_alteration")


@pytest.mark.parametrize(("quote", "source"), [
    ("[Sie] sagten, das Freibad sei marode.", "Klaus Weber sagten, das Freibad sei marode."),
    ("[Sie] sagte, das Freibad sei marode.", "Petra Weber sagte, das Freibad sei marode."),
    ("[Er] sagte, das Freibad sei marode.", "Klaus Weber sagte, das Freibad sei marode."),
])
def test_formal_or_plural_sie_or_a_pronoun_of_the_named_person_s_sex_says_nothing_against(quote, source):
    _normalized(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("the bridge stays closed", "Until March, the mayor said, the bridge stays closed."),
    ("the bridge stays closed", "Until March, said the mayor, the bridge stays closed."),
    ("bleibt die Brücke gesperrt", "Bis Ende März, sagte der Bürgermeister, bleibt die Brücke gesperrt."),
    ("le pont reste fermé", "Jusqu'à fin mars, a dit le maire, le pont reste fermé."),
    ("el puente sigue cerrado", "Hasta finales de marzo, dijo el alcalde, el puente sigue cerrado."),
    ("il ponte resta chiuso", "Fino alla fine di marzo, ha detto il sindaco, il ponte resta chiuso."),
    ("мост закрыт", "До конца марта, сообщил мэр, мост закрыт."),
])
def test_a_bound_cut_off_across_a_speakers_tag_is_altered(quote, source):
    assert_altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the bridge stays closed", "On Monday, the mayor said, the bridge stays closed."),
    ("the plant employed 300 people", "Until 2019, the mayor said, the plant employed 300 people."),
])
def test_a_date_of_an_event_or_a_past_deed_across_a_speakers_tag_stays_exact(quote, source):
    assert_exact(quote, source)
