"""Authors: a full name alone over the story's date, with no lead, is its byline only when the story does not
name that person again (issue 15: a wrong author in a citation is worse than none).

authblind11 read "Jane Partridge" / "May 01, 2026" under the headline as the byline; two reviews the same day
(rvx45, rva45) found the same shape holding the story's subject: a picture's caption naming the person pictured,
a topic tag, a place opening with a given name. The subject is named again in the story ("Carney said ..."); a
writer rarely is. Fixtures of our own.
"""

from __future__ import annotations

import pytest
from author_pages import authors, page

STANDFIRST = "<p class='standfirst'>The council settled the harbour budget after three sessions.</p>"
ABOUT_CARNEY = ["Prime Minister Mark Carney met the harbour council on Tuesday to discuss the budget for the port.",
                "Carney said the federal share would rise to 41 per cent, and the council welcomed the offer.",
                "The port handled 41,000 containers in March, the authority said, and no strike was called."]
ABOUT_CITY = ["Elizabeth City approved the harbour budget on Tuesday after three sessions of the council.",
              "The city's share rises to 41 per cent, the council said, and the port authority welcomed it.",
              "The port handled 41,000 containers in March, the authority said, and no strike was called."]


@pytest.mark.parametrize("wrap", ["<figure><figcaption>{}</figcaption></figure>", "<div>{}</div>", "<small>{}</small>"])
def test_the_storys_subject_alone_over_the_date_is_no_byline(wrap: str) -> None:
    html = page(below_headline=STANDFIRST + wrap.format("Mark Carney") + "<div>May 01, 2026</div>",
                paragraphs=ABOUT_CARNEY)
    assert authors(html) == []


def test_a_place_opening_with_a_given_name_over_the_date_is_no_byline() -> None:
    html = page(below_headline=STANDFIRST + "<div>Elizabeth City</div><div>May 01, 2026</div>", paragraphs=ABOUT_CITY)
    assert authors(html) == []


def test_a_writer_the_story_does_not_name_again_is_still_the_byline() -> None:
    html = page(below_headline=STANDFIRST + "<div>Jane Partridge</div><div>May 01, 2026</div>",
                paragraphs=ABOUT_CARNEY)
    assert authors(html) == ["Jane Partridge"]


def test_a_writer_whose_author_box_prints_the_name_again_is_still_the_byline() -> None:
    html = page(below_headline=STANDFIRST + "<div>Jane Partridge</div><div>May 01, 2026</div>",
                below_body="<aside class='author-box'><p>Jane Partridge</p></aside>", paragraphs=ABOUT_CARNEY)
    assert authors(html) == ["Jane Partridge"]
