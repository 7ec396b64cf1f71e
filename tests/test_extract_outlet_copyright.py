"""A copyright notice is no outlet: trafilatura gives a page's ``<meta name="copyright">`` as its site
name, so "Copyright © 2001-2009" stood as the outlet of the metadata set's dev page bayrische-bembel.de
(and "Copyright (c) CondéNet 2015", "Copyright 2016 - ALMS" on seven of the 2,976 benchmark pages). The
holder the notice names is the outlet; a notice naming none gives way to the next source."""

from __future__ import annotations

import pytest
from author_pages import page

from archiver.extract import extract

URL = "https://harbor-daily.example/news/council-budget"


def _outlet(copyright_meta: str) -> tuple[object, object]:
    doc = extract(page(f'<meta name="copyright" content="{copyright_meta}">'), url=URL).to_dict()
    return doc["outlet"], doc["sources"].get("outlet")  # type: ignore[union-attr]


def test_a_copyright_notice_naming_no_holder_is_no_outlet() -> None:
    assert _outlet("Copyright © 2001-2009") == ("harbor-daily.example", "url")  # the next source: the host


@pytest.mark.parametrize("notice,holder", [
    ("Copyright (c) CondéNet 2015", "CondéNet"),
    ("Copyright 2015 by KAGS TV", "KAGS TV"),
    ("© 2024 Harbor Daily. All rights reserved.", "Harbor Daily"),
])
def test_a_copyright_notice_gives_the_holder_it_names_as_the_outlet(notice: str, holder: str) -> None:
    assert _outlet(notice)[0] == holder
