"""Red team, review 21 (F3): an ellipsis leaving out an exception or a contrast.

"The officers wear body cameras at all times ... on duty" for "at all times, except on duty"
turns the exception into the rule; so do "excluding", "other than", "apart from", "instead of",
"rather than", "save for", "with the exception of" and "unlike", and their equivalents in the
other covered languages. "unless" (a hedge) was caught; these were ``normalized``. An exception
word (:data:`archiver.quotes.lexicon.EXCEPTION_WORDS`, or a pair of
:data:`archiver.quotes.lexicon.EXCEPTION_PARTNERS`) left out in the clause the quoted words stand
in is now ``ellipsis_qualifier``; one inside an aside left out whole between commas is not.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "The officers wear body cameras at all times, except on duty.\n\n"
    "The rangers wear body cameras at all times, except when they are on duty.\n\n"
    "The guards wear body cameras at all times, excluding night shifts on duty.\n\n"
    "The rule applies to all staff other than the nurses at the clinic.\n\n"
    "The order covers all staff apart from the nurses at the clinic.\n\n"
    "The ban covers all staff save for the nurses at the clinic.\n\n"
    "The test covers all staff with the exception of the nurses at the clinic.\n\n"
    "The council chose to cut taxes instead of raising fees for residents.\n\n"
    "The board chose to cut taxes rather than raise fees for residents.\n\n"
    "The new plan covers the harbour unlike the old plan for the town.\n\n"
    "Die Regel gilt für alle Mitarbeiter außer den Pflegern der Klinik.\n\n"
    "La règle s'applique à tout le personnel sauf les infirmiers de la clinique.\n\n"
    "La norma se aplica a todo el personal excepto los enfermeros de la clínica.\n\n"
    "La regola vale per tutto il personale tranne gli infermieri della clinica.\n\n"
    "A regra vale para todo o pessoal exceto os enfermeiros da clínica.\n\n"
    "Правило действует для всех сотрудников кроме медсестёр клиники.\n\n"
    "The new rule, unlike the old one, applies to all staff at the clinic.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The officers wear body cameras at all times ... on duty", "except"),
    ("The rangers wear body cameras at all times ... on duty", "except"),
    ("The guards wear body cameras at all times ... night shifts on duty", "excluding"),
    ("The rule applies to all staff ... the nurses at the clinic", "other"),
    ("The order covers all staff ... the nurses at the clinic", "apart"),
    ("The ban covers all staff ... the nurses at the clinic", "save"),
    ("The test covers all staff ... the nurses at the clinic", "exception"),
    ("The council chose to cut taxes ... raising fees for residents", "instead"),
    ("The board chose to cut taxes ... raise fees for residents", "rather"),
    ("The new plan covers the harbour ... the old plan for the town", "unlike"),
    ("Die Regel gilt für alle Mitarbeiter ... den Pflegern der Klinik", "außer"),
    ("La règle s'applique à tout le personnel ... les infirmiers de la clinique", "sauf"),
    ("La norma se aplica a todo el personal ... los enfermeros de la clínica", "excepto"),
    ("La regola vale per tutto il personale ... gli infermieri della clinica", "tranne"),
    ("A regra vale para todo o pessoal ... os enfermeiros da clínica", "exceto"),
    ("Правило действует для всех сотрудников ... медсестёр клиники", "кроме"),
])
def test_an_ellipsis_leaving_out_an_exception_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


def test_an_aside_holding_a_contrast_may_still_be_left_out_whole():
    assert verify_quote("The new rule ... applies to all staff at the clinic", SOURCE).verdict == "normalized"


def test_a_bracket_changing_an_exception_word_is_altered():
    result = verify_quote("The officers wear body cameras at all times, [including] on duty", SOURCE)
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" for d in result.differences)


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Police cameras</title></head><body><article>"
    "<h1>Police cameras</h1><p>The officers wear body cameras at all times, except on duty, the chief "
    "told the council on Monday.</p><p>The council chose to cut taxes instead of raising fees for "
    "residents of the old town.</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_an_ellipsis_over_an_exception(store):
    altered = ("The officers wear body cameras at all times ... on duty",
              "The council chose to cut taxes ... raising fees for residents")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/cams", [*altered,
         "The officers wear body cameras at all times", "The officers wear body cameras"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    # a quote cut right before the exception leaves it out as well (rtq2: it was ``exact``,
    # tests/test_redteam_rtq2_quote_cut_limits.py); one cut before what the exception limits is not
    assert got["The officers wear body cameras at all times"] == (1, "altered")
    assert got["The officers wear body cameras"] == (0, "exact")
