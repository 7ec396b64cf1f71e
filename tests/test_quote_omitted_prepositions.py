"""Words that bound a figure are also everyday prepositions: left out before anything else, no alarm.

The second red-team pass made an ellipsis (or a left-out aside) that drops a bound or hedge
right beside the quoted words ``altered``: "would pay ... 5 million" for "would pay up to 5
million". "over", "under", "about", "around", "up", "within" ... bound only a figure, though:
"The talks went on ... and ended" for "went on over the weekend and ended" and "He spoke ...
the plan" for "spoke about the plan" leave out a plain preposition and change no claim, so they
stay ``normalized``; before a number or quantity word they are still material.
"""

from __future__ import annotations

from archiver.quotes import verify_quote

SOURCE = ("The talks went on over the weekend and ended on Monday. He spoke about the plan and left "
          "early. Sales rose over 40 percent last year. The firm would pay up to a million in damages. "
          "The council met around 300 residents.")


def test_an_ellipsis_leaving_out_a_preposition_before_no_figure_is_normalized() -> None:
    assert verify_quote("The talks went on ... and ended on Monday", SOURCE).verdict == "normalized"
    assert verify_quote("He spoke ... the plan and left early", SOURCE).verdict == "normalized"


def test_an_ellipsis_leaving_out_over_before_a_number_is_altered() -> None:
    result = verify_quote("Sales rose ... 40 percent last year", SOURCE)
    assert result.verdict == "altered"
    assert "ellipsis_qualifier" in {d.kind for d in result.differences}


def test_a_bound_reaching_a_quantity_word_a_few_words_on_is_altered() -> None:
    result = verify_quote("The firm would pay ... a million in damages", SOURCE)
    assert result.verdict == "altered"
    assert "ellipsis_qualifier" in {d.kind for d in result.differences}


def test_an_ellipsis_leaving_out_around_before_a_number_is_altered() -> None:
    assert verify_quote("The council met ... 300 residents", SOURCE).verdict == "altered"


SPANS = ("The war lasted over a decade and ended in 1990. The plant will close within weeks, the firm said. "
         "They waited for about an hour in the rain. The queue stretched over a mile along the road. "
         "He faces up to a year in jail.")


def test_an_ellipsis_leaving_out_a_bound_on_a_span_of_time_or_length_is_altered() -> None:
    """'over a decade', 'within weeks', 'about an hour', 'over a mile', 'up to a year' bound a figure
    though no digit is written."""
    for quote in ("The war lasted ... a decade and ended in 1990", "The plant will close ... weeks, the firm said",
                  "They waited for ... an hour in the rain", "The queue stretched ... a mile along the road",
                  "He faces ... a year in jail"):
        result = verify_quote(quote, SPANS)
        assert result.verdict == "altered", quote
        assert "ellipsis_qualifier" in {d.kind for d in result.differences}, quote


def test_an_ellipsis_leaving_out_over_before_the_weekend_or_the_year_stays_normalized() -> None:
    source = "Unemployment rose over the year to 7 percent. The talks went on over the weekend and ended."
    assert verify_quote("Unemployment rose ... the year to 7 percent", source).verdict == "normalized"
    assert verify_quote("The talks went on ... the weekend and ended", source).verdict == "normalized"
