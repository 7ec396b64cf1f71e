"""Extraction keeps what a reader sees in ``<sup>``/``<sub>``.

Flattened, ``10<sup>6</sup>`` (ten to the sixth) was archived as "106", a number the page never
showed, and ``CO<sub>2</sub>`` as "CO2". Digits (and + - = ( )) there are now kept as Unicode
superscript/subscript characters, in the article text and in the whole-page text alike; other
content (a "[1]" footnote link, letters) is kept as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.extract import EXTRACTOR_VERSION, extract_unbounded

PAGE = Path(__file__).parent / "data" / "sup_sub_page.html"


@pytest.fixture(scope="module")
def article():
    return extract_unbounded(PAGE.read_bytes(), url="http://127.0.0.1/scripts", content_type="text/html")


@pytest.mark.parametrize("field", ["text", "page_text"])
def test_a_superscript_power_is_kept_raised_not_flattened_into_another_number(article, field):
    text = getattr(article, field)
    assert "counted 10\u2076 households" in text
    assert "106" not in text


@pytest.mark.parametrize("field", ["text", "page_text"])
def test_a_lone_superscript_and_a_chemical_subscript_are_kept(article, field):
    text = getattr(article, field)
    assert "follows x\u00b2 closely" in text
    assert "more CO\u2082 than" in text


@pytest.mark.parametrize("field", ["text", "page_text"])
def test_a_footnote_marker_after_a_word_is_kept_raised(article, field):
    assert "to the end\u00b9. They" in getattr(article, field)


@pytest.mark.parametrize("field", ["text", "page_text"])
def test_a_bracketed_footnote_link_in_a_superscript_is_kept_as_written(article, field):
    assert "in a statement[1] issued" in getattr(article, field)


def test_signs_and_brackets_of_a_power_are_raised_too():
    page = (b"<html><body><article><h1>Units</h1><p>The sample measured 3 x 10<sup>-4</sup> metres and "
            b"the ion was written Ca<sup>2+</sup> in every table the laboratory published that year, "
            b"while the solvent was H<sub>2</sub>O from the usual supply of the building.</p></article></body></html>")
    text = extract_unbounded(page, url="http://127.0.0.1/u", content_type="text/html").text
    assert "3 x 10\u207b\u2074 metres" in text
    assert "Ca\u00b2\u207a in" in text
    assert "H\u2082O from" in text


def test_a_superscript_of_letters_is_left_as_it_was():
    page = (b"<html><body><article><h1>Dates</h1><p>The hearing was set for the 21<sup>st</sup> of May, "
            b"the clerk told reporters who had waited outside the court for most of the long afternoon.</p>"
            b"</article></body></html>")
    assert "the 21st of May" in extract_unbounded(page, url="http://127.0.0.1/d", content_type="text/html").text


def test_the_extractor_version_says_the_text_changed():
    assert int(EXTRACTOR_VERSION) >= 32  # 32 changed the text; later versions (33 authors, 34 notices) keep it
