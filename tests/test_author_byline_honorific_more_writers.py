"""A byline beside the headline naming the declared writer with an honorific and more writers (issue 15, session 64).

"Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen" under the headline, JSON-LD declaring "Marna
van der Merwe" (the account that filed the story): the reader sees three writers, and a byline that names every
declared person and more is reported whole. The byline's "Dr" had made its first name another person's, so the
declaration's one name was reported alone (authors-blind31's HR-trends page).
"""

from __future__ import annotations

from author_pages import authors, declared_person, page

_BYLINE = "<p class='byline'>Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen</p>"


def test_a_byline_adding_writers_to_the_declared_one_reports_them_all_without_honorifics() -> None:
    html = page(declared_person("Marna van der Merwe"), below_headline=_BYLINE)
    assert authors(html) == ["Marna van der Merwe", "Dieter Veldsman", "Erik van Vulpen"]


def test_a_byline_naming_the_declared_writer_alone_with_an_honorific_reports_her_once() -> None:
    html = page(declared_person("Marna van der Merwe"),
                below_headline="<p class='byline'>Written by Dr Marna van der Merwe</p>")
    assert authors(html) == ["Marna van der Merwe"]
