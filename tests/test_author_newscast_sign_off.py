"""A broadcaster's sign-off closing a report's transcript names its reporter (issue 15, extractor 232).

"Max Lee, KBS World Radio News." under the last paragraph of a radio report's transcript (authors-blind3's
world.kbs.co.kr): the reporter's full name, a comma and the newscast's name ending on "News" (optionally a place
after it: "Jane Roe, BBC News, Seoul."). Read by the sign-off reader only, at the story's close.
"""

from __future__ import annotations

from author_pages import authors, page

from archiver.extract.signals import _signed_without_lead


def test_a_newscast_sign_off_under_the_report_names_its_reporter() -> None:
    assert authors(page(below_body="<p>Max Lee, KBS World Radio News.</p>", after="<p>Share</p>")) == ["Max Lee"]


def test_a_newscast_sign_off_with_a_place_names_its_reporter() -> None:
    assert _signed_without_lead("Jane Roe, BBC News, Seoul.") == ["Jane Roe"]


def test_an_organisation_or_a_line_without_the_newscast_signs_nothing() -> None:
    assert [_signed_without_lead(x) for x in ("Harbour Council, BBC News.", "Max Lee, KBS World Radio",
                                          "Watch Max Lee, KBS World Radio News.")] == [[], [], []]
