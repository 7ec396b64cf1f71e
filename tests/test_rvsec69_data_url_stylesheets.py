"""A stylesheet the page holds in a ``data:`` URL hides words as a ``<style>`` does (rvsec69).

``<link rel=stylesheet href="data:text/css,...">`` and a ``<style>``'s leading ``@import url("data:...")`` are part
of the captured page, and Chromium 156 applies them (``bench/markup_structure_chromium.py``); only ``<style>``
texts were read, so the words such a sheet hides were verified ``exact``. A sheet for printers, an alternate one
or one inside a ``<noscript>`` still hides nothing. One behaviour each, through a real loopback server and a real WARC.
"""

from __future__ import annotations

import pytest
from wall_pages import assert_hides, assert_hides_nothing, wall_page

SHEET = "data:text/css,.x%7Bdisplay:none%7D"


@pytest.mark.parametrize("head", [
    f"<link rel=stylesheet href='{SHEET}'>",
    "<link rel='preload stylesheet' href='data:text/css;base64,Lnh7ZGlzcGxheTpub25lfQ=='>",
    f"<style>@import url('{SHEET}');</style>",
    f"<style>@charset \"utf-8\"; @import url(https://example.org/a.css); @import \"{SHEET}\" screen;</style>",
], ids=["link", "link-base64", "import", "import-after-another"])
def test_words_a_data_url_stylesheet_hides_are_not_vouched_for(head, tmp_path, key_dir):
    assert_hides(tmp_path / "store", wall_page(head=head))


@pytest.mark.parametrize("head", [
    f"<link rel=stylesheet media=print href='{SHEET}'>",
    f"<link rel='alternate stylesheet' href='{SHEET}'>",
    f"<noscript><link rel=stylesheet href='{SHEET}'></noscript>",
    f"<style>.y{{color:red}} @import url('{SHEET}');</style>",
], ids=["print", "alternate", "noscript", "import-after-a-rule"])
def test_a_data_url_stylesheet_no_screen_applies_hides_nothing(head, tmp_path, key_dir):
    assert_hides_nothing(tmp_path / "store", wall_page(head=head))
