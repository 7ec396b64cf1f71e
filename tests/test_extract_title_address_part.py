"""A title part that is a web address written out is the site's, whatever host serves the page: the
metadata set's dev page tafelblog.de titled its post '"Welches Europa wir wollen" - http://www.tafelblog.com'
(its og:title and JSON-LD headline alike). A name with a dot in it ("Node.js", "ASP.NET") is no address."""

from __future__ import annotations

import pytest

from archiver.extract.title import clean_title


@pytest.mark.parametrize("title,headline", [
    ('"Welches Europa wir wollen" - http://www.tafelblog.com', '"Welches Europa wir wollen"'),
    ("www.harbor-daily.example | Council approves harbour budget", "Council approves harbour budget"),
    ("Council approves harbour budget – https://harbor-daily.example/", "Council approves harbour budget"),
])
def test_a_title_part_that_is_a_web_address_is_the_sites(title: str, headline: str) -> None:
    assert clean_title(title, h1=None, outlet=None, host="other.example") == headline


@pytest.mark.parametrize("title", ["Streams explained - Node.js", "Routing in depth - ASP.NET"])
def test_a_name_with_a_dot_in_it_is_no_address(title: str) -> None:
    assert clean_title(title, h1=None, outlet=None, host="other.example") == title
