"""Red team (rtq2): an ellipsis may not give one sentence's subject another's predicate behind a name.

"And Louisiana ... Phil Bryant won in a landslide" for "And Louisiana Democrats re-elected
Governor John Bel Edwards. ... four years ago, when Republican Phil Bryant won in a landslide."
was ``normalized``: the ellipsis-join rule (``ellipsis_join``) took a part after the ellipsis
that opens with a capital for a sentence of its own, but "Phil" opens no sentence in the source,
it is a name in the middle of one. The part now counts as starting a sentence only where one
starts in the source.
"""

from __future__ import annotations

from quote_notes import material_kinds

from archiver.quotes import verify_quote

SOURCE = (
    "And Louisiana Democrats re-elected Governor John Bel Edwards on Saturday night. The state went "
    "Republican four years ago, when Republican Phil Bryant won in a landslide.\n\n"
    "The Group E victory came after the doubles win on Friday. Haase then beat Bublik 7-5, 3-6, 7-6 in the "
    "final match.\n\n"
)


def test_an_ellipsis_joining_a_subject_to_a_predicate_that_a_name_opens_mid_sentence_is_altered():
    result = verify_quote("And Louisiana ... Phil Bryant won in a landslide", SOURCE)
    assert result.verdict == "altered"
    assert "ellipsis_join" in material_kinds(result)


def test_a_part_after_an_ellipsis_that_starts_a_sentence_in_the_source_is_an_ordinary_omission():
    result = verify_quote("And Louisiana Democrats re-elected Governor John Bel Edwards ... The state went "
                          "Republican four years ago", SOURCE)
    assert result.verdict == "normalized"


def test_an_ellipsis_joining_a_subject_to_another_sentences_figures_is_altered():
    result = verify_quote("The Group E victory ... 7-5, 3-6, 7-6", SOURCE)
    assert result.verdict == "altered"
    assert "ellipsis_join" in material_kinds(result)
