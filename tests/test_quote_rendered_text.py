"""The verdict rule for a browser capture's rendered text (archiver.quotes.rendered), pure.

The article text comes from markup; the rendered text is what the browser laid out. A match is
kept only where the rendered page showed its words; line breaks and letter case are layout's.
"""

from __future__ import annotations

from archiver.quotes import verify_quote

ARTICLE = ("The port handled 41,000 containers in March.\n\nThe minister will not approve the contract, "
           "a spokesman said on Tuesday.")


def test_a_match_the_rendered_page_showed_keeps_its_verdict() -> None:
    result = verify_quote("handled 41,000 containers", ARTICLE, rendered_text=ARTICLE)
    assert result.verdict == "exact" and not result.differences


def test_a_match_the_rendered_page_did_not_show_is_altered_as_not_shown() -> None:
    shown = "The port handled 41,000 containers in March."
    result = verify_quote("will not approve the contract", ARTICLE, rendered_text=shown)
    assert result.verdict == "altered"
    assert [(d.kind, d.source) for d in result.differences] == [("not_shown", "will not approve the contract")]


def test_a_word_hidden_between_two_shown_ones_is_not_shown() -> None:
    shown = ARTICLE.replace("will not approve", "will approve")
    result = verify_quote("The minister will not approve", ARTICLE, rendered_text=shown)
    assert result.verdict == "altered"


def test_line_breaks_and_case_the_layout_gave_are_not_differences() -> None:
    shown = "THE PORT HANDLED\n41,000 containers\tin March.\nThe minister will not approve the contract, a spokesman"
    result = verify_quote("handled 41,000 containers in March. The minister", ARTICLE, rendered_text=shown)
    assert result.verified
    assert not [d for d in result.differences if d.kind == "not_shown"]


def test_each_ellipsis_part_is_held_to_the_rendered_text_on_its_own() -> None:
    quote = "The port handled 41,000 ... in March"
    assert verify_quote(quote, ARTICLE, rendered_text=ARTICLE).verdict == verify_quote(quote, ARTICLE).verdict
    result = verify_quote(quote, ARTICLE, rendered_text=ARTICLE.replace("containers in March", "containers"))
    assert result.verdict == "altered"
    assert [d.source for d in result.differences if d.kind == "not_shown"] == ["in March"]


def test_without_a_rendered_text_the_verdict_is_as_before() -> None:
    assert verify_quote("will not approve the contract", ARTICLE).verdict == "exact"


def test_raised_digits_the_article_text_stores_are_the_plain_digits_the_rendered_text_shows() -> None:
    """The extractor keeps ``<sup>1</sup>`` as "¹"; ``innerText`` gives "1": the same words shown."""
    article = "It reached the end¹. Next the CO₂ emissions rose and x² grew."
    shown = "It reached the end1. Next the CO2 emissions rose and x2 grew."
    for quote in ("reached the end¹. Next", "reached the end. Next", "CO₂ emissions rose", "x² grew"):
        assert verify_quote(quote, article, rendered_text=shown).verdict in ("exact", "normalized"), quote


def test_the_extractors_list_and_table_marks_are_not_words_the_page_hid() -> None:
    """The article text writes "- " before a list item and "|" between table cells; ``innerText``
    writes neither (a tab between cells)."""
    article = "Ingredients:\n\n- 8 ripe pears, cored and peeled\n\n| Driver | Points |\n| Senna | 41 |"
    shown = "Ingredients:\n8 ripe pears, cored and peeled\nDriver\tPoints\nSenna\t41"
    for quote in ("- 8 ripe pears, cored and peeled", "8 ripe pears", "| Senna | 41 |"):
        result = verify_quote(quote, article, rendered_text=shown)
        assert not [d for d in result.differences if d.kind == "not_shown"], quote
