"""Highwire's older "citation_authors" tags name a paper's authors; the fuller citation list wins (extractor 228).

JMIR's pages declare each author in a ``<meta name="citation_authors">`` (the older Highwire name; Zotero's Embedded
Metadata translator reads it beside ``citation_author``) and only the first in ``dc.creator``; trafilatura guesses the
first too, so the page's six authors were reported as one (authors-blind30). The tags are read (one author a tag, or
several joined by ";"), and a citation list that names the guessed writer and more is the one reported.
"""

from __future__ import annotations

from author_pages import URL, authors, page

from archiver.extract import extract_unbounded

SIX = ["Jennifer Huberty", "Jeni Green", "Christine Glissmann", "Linda Larkey", "Megan Puzia", "Chong Lee"]


def _tags(name: str, values: list[str]) -> str:
    return "".join(f'<meta name="{name}" content="{v}">' for v in values)


def test_six_citation_authors_tags_are_the_papers_six_authors() -> None:
    head = _tags("citation_authors", SIX) + _tags("dc.creator", SIX[:1])
    printed = "<p class='authors'>" + "; ".join(SIX) + "</p>"
    assert authors(page(head, below_headline=printed)) == SIX


def test_one_citation_authors_tag_of_names_joined_by_semicolons_is_read_name_by_name() -> None:
    head = _tags("citation_authors", ["Huberty, Jennifer; Green, Jeni"])
    printed = "<p class='authors'>Jennifer Huberty, Jeni Green</p>"
    article = extract_unbounded(page(head, below_headline=printed), url=URL, content_type="text/html")
    assert [(s.name, "citation" in s.sources) for s in article.author_support] == \
        [("Jennifer Huberty", True), ("Jeni Green", True)]


def test_a_citation_list_naming_the_same_one_writer_as_dublin_core_reports_her_alone() -> None:
    head = _tags("citation_author", SIX[:1]) + _tags("dc.creator", SIX[:1])
    assert authors(page(head, below_headline="<p class='byline'>By Jennifer Huberty</p>")) == SIX[:1]
