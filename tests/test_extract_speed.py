"""Extraction work trimmed for speed gives exactly what trafilatura's full call gives.

``main_text`` skips the metadata fields nothing reads (categories, tags, licence) by running
trafilatura's metadata steps itself; these tests hold it to ``bare_extraction`` with
``with_metadata=True`` on every HTML page the tests and the demo ship.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import pytest
from shipped_pages import PAGES
from trafilatura.core import bare_extraction

from archiver.extract.html import decode_html
from archiver.extract.text import _options, cited_links, link_candidates, main_text, parse_html

FIELDS = ("title", "author", "url", "hostname", "description", "sitename", "date", "filedate", "language",
          "pagetype", "image", "id", "fingerprint")


def _tree(page: Path):  # noqa: ANN202
    return parse_html(decode_html(page.read_bytes(), "text/html").text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_main_text_gives_the_text_and_metadata_of_trafilaturas_full_call(page: Path):
    url = f"https://example.org/{page.stem}"
    tree = _tree(page)
    full = bare_extraction(deepcopy(tree), options=_options(url))
    ours = main_text(tree, url)
    if full is None:
        assert ours.paragraphs == ()
        return
    assert "\n".join(ours.paragraphs) == "\n".join(
        p for p in (" ".join(line.split()) for line in (full.text or "").split("\n")) if p)
    for field in FIELDS:
        assert getattr(ours.document, field, None) == getattr(full, field, None), field


@pytest.mark.parametrize("page", PAGES[:3], ids=lambda p: p.name)
def test_main_text_leaves_the_callers_tree_as_it_was(page: Path):
    from lxml import etree

    tree = _tree(page)
    before = etree.tostring(tree)
    main_text(tree, f"https://example.org/{page.stem}")
    assert etree.tostring(tree) == before


def test_cited_links_are_made_absolute_and_listed_once():
    tree = parse_html(
        "<html><body><article><p>As the ministry said in its report on the bridge, read "
        "<a href='/report.pdf'>the report</a> and <a href='/report.pdf'>the report</a>.</p>"
        "<nav><a href='/home'>Home</a></nav></article></body></html>")
    text = "As the ministry said in its report on the bridge, read the report and the report."
    links = cited_links(link_candidates(tree), text, "https://example.org/news/a")
    assert [(link.url, link.text) for link in links] == [("https://example.org/report.pdf", "the report")]


def _first_letters(items: object) -> set[str]:
    """The characters a parsed regex can begin with (literals, groups and alternations only)."""
    from re import _constants as c

    op, av = items.data[0] if hasattr(items, "data") else items[0]  # type: ignore[attr-defined,index]
    if op is c.SUBPATTERN:
        return _first_letters(av[-1])
    if op is c.BRANCH:
        return set().union(*(_first_letters(b) for b in av[1]))
    assert op is c.LITERAL, f"a boilerplate phrase begins with {op}: give it a literal first letter"
    return {chr(av)}


def test_every_boilerplate_cue_begins_with_a_letter_the_look_ahead_lets_through():
    import re
    from re import _parser

    from archiver.extract.text import _CUE_FIRST, _PHRASES_BY_CUE

    first = _first_letters(_parser.parse("|".join(_PHRASES_BY_CUE), re.IGNORECASE))
    assert first and all(re.fullmatch(f"[{_CUE_FIRST}]", ch, re.IGNORECASE) for ch in first), first


def _mandatory(phrase: str) -> str:
    """The phrase's regex with every group removed: what any match of it holds literally."""
    import re

    while True:
        shorter = re.sub(r"\([^()]*\)\??", "\x00", phrase)
        if shorter == phrase:
            return phrase
        phrase = shorter


def test_every_boilerplate_phrase_holds_its_cue_whatever_its_alternatives():
    from archiver.extract.text import _PHRASES_BY_CUE

    for cue, phrases in _PHRASES_BY_CUE.items():
        for phrase in phrases:
            rest = _mandatory(phrase)
            at = rest.find(cue)
            assert at != -1 and rest[at + len(cue):at + len(cue) + 1] not in ("?", "*", "{"), (cue, phrase)
            assert "|" not in rest and "[" not in rest and "\\" not in rest, phrase


_PHRASES = [
    "Click the share button to send it", "Please SHARE this story", "share the article with friends",
    "Forward this article to a friend", "crosspost it on your site", "Teilen Sie diesen Artikel",
    "Partagez cet article", "Comparte esta nota", "Поделитесь этой статьей", "Sign up for our free daily newsletter",
    "Subscribe to the weekly e-mail newsletter", "Newsletter abonnieren", "Zum Newsletter anmelden",
    "Inscrivez-vous à notre newsletter", "Abonnez-vous à la lettre", "Suscríbete a nuestro boletín",
    "Подпишитесь на нашу рассылку", "We use cookies.", "This website uses cookies", "Wir verwenden Cookies",
    "Diese Webseite nutzt Cookies", "Nous utilisons des cookies", "Utilizamos cookies", "Мы используем файлы cookie",
    "URL of this article: https://x", "— Related: the other story", "Read more from our desk",
    "Lesen Sie auch", "À lire aussi", "Читайте также", "ſhare this article with", "İnscrivez-vous à notre lettre",
    "The council did not share this article with anyone.", "Nothing to see here", "related", "unrelated news",
    "we use cookies" * 3, "He said: please share the", "Related " + "x" * 90,
]


@pytest.mark.parametrize("text", _PHRASES)
def test_boilerplate_phrases_match_exactly_as_the_single_pattern_did(text: str):
    import re

    from archiver.extract.text import _INLINE_PHRASES, _WHOLE, _boilerplate_phrase

    single = re.compile(_INLINE_PHRASES + "|" + _WHOLE.pattern.pattern, re.IGNORECASE)
    assert _boilerplate_phrase(text) == (single.search(text) is not None)
    assert _boilerplate_phrase(text.upper()) == (single.search(text.upper()) is not None)
    assert _boilerplate_phrase("x " + text) == (single.search("x " + text) is not None)


def test_boilerplate_phrases_match_as_the_single_pattern_did_on_every_shipped_page():
    import re

    from archiver.extract.page_lines import visible_lines
    from archiver.extract.text import _INLINE_PHRASES, _WHOLE, _boilerplate_phrase

    single = re.compile(_INLINE_PHRASES + "|" + _WHOLE.pattern.pattern, re.IGNORECASE)
    lines = [line for page in PAGES for line in visible_lines(_tree(page))]
    assert len(lines) > 100
    assert [_boilerplate_phrase(x) for x in lines] == [single.search(x) is not None for x in lines]


def test_the_extraction_reads_trafilaturas_packaged_defaults_without_reading_the_file_again():
    # text._CONFIG is trafilatura.settings.DEFAULT_CONFIG, the settings file as read on import
    from trafilatura.settings import use_config

    from archiver.extract.text import _CONFIG

    fresh = use_config()
    assert {name: dict(fresh[name]) for name in fresh} == {name: dict(_CONFIG[name]) for name in _CONFIG}
