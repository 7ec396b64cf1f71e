"""Red team (rtq2): an ellipsis may not leave out the subject of the reported words.

"The mayor said ... was arrested for fraud" for "The mayor said the driver was arrested for
fraud" was ``normalized``, and reads as the mayor arrested; so were "told reporters that ... had
fled the country" and "Der Sprecher sagte ... sei verhaftet worden". After a reporting verb or
a "that" the words reported open with their subject; a part after the ellipsis that opens with a
finite verb ("was", "had", "sei") has left it out. That is ``altered`` (``ellipsis_subject``).
"""

from __future__ import annotations

import pytest
from quote_notes import material_kinds

from archiver.quotes import verify_quote

SOURCE = (
    "The mayor said the driver was arrested for fraud on Tuesday. The police chief told reporters that "
    "the suspect had fled the country. The mayor said the plan, which cost millions, would fail.\n\n"
)
GERMAN = "Der Sprecher der Polizei sagte, der Fahrer sei am Dienstag verhaftet worden.\n"


@pytest.mark.parametrize(("quote", "source"), [
    ("The mayor said ... was arrested for fraud", SOURCE),
    ("The police chief told reporters that ... had fled the country", SOURCE),
    ("Der Sprecher der Polizei sagte ... sei am Dienstag verhaftet worden", GERMAN),
])
def test_an_ellipsis_leaving_out_the_subject_after_a_reporting_verb_is_altered(quote, source):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert "ellipsis_subject" in material_kinds(result)


@pytest.mark.parametrize("quote", [
    "The mayor said the driver ... was arrested for fraud",  # the subject kept
    "The mayor said the plan ... would fail",  # an aside left out, the subject kept
])
def test_an_ellipsis_keeping_the_subject_is_an_ordinary_omission(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"
