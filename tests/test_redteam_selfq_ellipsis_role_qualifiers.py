"""Red team (self-review of quote rules 13): an ellipsis leaving out "former", "Vice", "late", "ehemalige".

"WeWork's founder and ... CEO" for "founder and former CEO" makes a former chief the chief;
"On Monday the ... President met" for "the Vice President" names another person; "the ...
singer left no will" for "the late singer" brings him back to life; "sagte der ... Minister" for
"der frühere Minister" is the German of the first. Each was ``normalized``: a word that says
whether someone still holds an office, or which office, was no qualifier. Now the words that make
an office former, acting, deputy or someone dead ("former", "ex", "acting", "interim",
"outgoing", "deputy", "vice", "late", "ehemalige", "frühere", "stellvertretende", "ancien",
"adjoint", "exministro"...: :data:`archiver.quotes.lexicon.ROLE_QUALIFIERS`) qualify the quoted
words: left out beside them, ``altered`` (``ellipsis_qualifier``).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Adam Neumann, WeWork's founder and former CEO, indulged in the spending.\n\n"
    "On Monday the Vice President met the union leaders in Ohio.\n\n"
    "Police said the late singer left no will for his children.\n\n"
    "Am Montag sagte der frühere Minister, die Pläne seien fertig.\n\n"
    "Lundi, le maire adjoint a dit que le plan était prêt.\n\n"
    "On Monday the acting director said the agency would close.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("WeWork's founder and ... CEO, indulged in the spending", "former"),
    ("On Monday the ... President met the union leaders in Ohio", "Vice"),
    ("Police said the ... singer left no will for his children", "late"),
    ("Am Montag sagte der ... Minister, die Pläne seien fertig", "frühere"),
    ("Lundi, le maire ... a dit que le plan était prêt", "adjoint"),
    ("On Monday the ... director said the agency would close", "acting"),
])
def test_an_ellipsis_leaving_out_a_word_that_changes_an_office_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)
