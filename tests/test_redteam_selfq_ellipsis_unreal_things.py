"""Red team (self-review of quote rules 13): an ellipsis leaving out "potential", "planned", "proposed".

"the team found a ... source" for "a potential source" makes a lead a finding; "a 3 GW array ...
in the area" for "an array planned in the area" builds what is only planned. Each was
``normalized``. The words that make a thing possible, planned or so called ("potential",
"planned", "proposed", "prospective", "would-be", "so-called", "purported", "geplante", "mögliche", "sogenannte", "éventuel", "potentiel", "projeté") are hedges
now: left out beside the quoted words, ``altered`` (``ellipsis_qualifier``).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "After weeks of tests the team found a potential source of the outbreak.\n\n"
    "The firm will build a 3 GW solar array planned in the Saemangeum area.\n\n"
    "The council backed the proposed tax on second homes in the city.\n\n"
    "Die Stadt stellte die geplante Brücke am Montag in der Presse vor.\n\n"
    "Le maire a évoqué un éventuel report des travaux lundi soir.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("After weeks of tests the team found a ... source of the outbreak", "potential"),
    ("The firm will build a 3 GW solar array ... in the Saemangeum area", "planned"),
    ("The council backed the ... tax on second homes in the city", "proposed"),
    ("Die Stadt stellte die ... Brücke am Montag in der Presse vor", "geplante"),
    ("Le maire a évoqué un ... report des travaux lundi soir", "éventuel"),
])
def test_an_ellipsis_leaving_out_a_word_that_makes_a_thing_possible_or_planned_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)
