"""Authors: report nothing rather than a doubtful name (issue 15; archiver/extract/author_backing.py).

Every person the author rules admit can be scored by a small model over features that name no page or site
(which sources name the person, where the page prints it, the name's shape, what else the page declares);
with the model on, a name it finds more likely wrong than right is not reported. Off by default: measured, it
removed right names almost only on today's pages (bench/labels/README.md, "authabstain"). Fixtures of our own.
"""

from __future__ import annotations

import pytest
from author_pages import HEADLINE, PARAGRAPHS, authors, declared_person, page

from archiver.extract import author_backing
from archiver.extract.author_backing import features, kept

LINES = [HEADLINE, "By Jane Doe", *PARAGRAPHS, "About us"]
BODY = (2, 4)


@pytest.fixture
def backed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model on, as ``bench_generalise.py --author-policy backed`` scores it."""
    monkeypatch.setattr(author_backing, "REQUIRED", True)


def test_a_declared_person_the_byline_prints_is_kept(backed: None) -> None:
    assert kept(["Jane Doe"], [["json-ld", "headline-credit"]], LINES, [0], BODY, declared_persons=1,
                guess=["Jane Doe"]) == ["Jane Doe"]


def test_a_one_word_credit_on_a_page_that_declares_someone_else_is_not_reported(backed: None) -> None:
    html = page(declared_person("Jane Doe"), below_headline="<p class='byline'>By Harborcat</p>")
    assert authors(html) == []


def test_by_default_the_rules_alone_decide_and_report_that_credit() -> None:
    # a listed given name: one word that is none is no person without a declaration (rules, authleft51)
    html = page(declared_person("Jane Doe"), below_headline="<p class='byline'>By Harriet</p>")
    assert authors(html) == ["Harriet"]


def test_a_one_word_credit_with_nothing_against_it_is_kept(backed: None) -> None:
    assert authors(page(below_headline="<p class='byline'>By Harriet</p>")) == ["Harriet"]


def test_a_pen_name_the_markup_declares_and_the_byline_prints_is_kept(backed: None) -> None:
    lines = [HEADLINE, "By Harborcat", *PARAGRAPHS]
    assert kept(["Harborcat"], [["json-ld", "headline-credit"]], lines, [0], BODY, declared_persons=1,
                guess=["Harborcat"]) == ["Harborcat"]


def test_a_name_in_korean_script_is_a_full_name_not_one_word() -> None:
    assert features("김하늘", ["headline-credit"], [HEADLINE, "김하늘"], [0], None, persons=1, declared_persons=0,
                    guess=[])["one_word"] == 0.0


def test_an_apostrophe_inside_a_family_name_makes_no_initial() -> None:
    feats = features("Shaquille O'Neal", ["headline-credit"], [HEADLINE, "By Shaquille O'Neal"], [0], None,
                     persons=1, declared_persons=0, guess=[])
    assert (feats["one_word"], feats["three_words_or_more"], feats["initial"]) == (0.0, 0.0, 0.0)


def test_the_features_read_where_the_page_prints_the_name() -> None:
    feats = features("Jane Doe", ["headline-credit"], LINES, [0], BODY, persons=1, declared_persons=0, guess=[])
    assert (feats["near_headline"], feats["credit_line"], feats["author_box"]) == (1.0, 1.0, 0.0)
