"""Small article pages of our own for the whole-extraction tests of the notice and byline rounds (the lead rounds'
test files): one story's paragraphs under a headline, and the places a notice or a credit can stand on a real page
(the head, before the article, before and after the story, after the article, the footer).

Shared so that each round's test file states only its story and the line it is about; the story differs by file
(its topic is what the negative cases lean on), the page around it does not. :mod:`author_pages` is the byline tests'
page (a header, ``<main>``, a fixed story); :mod:`notice_pages` hands the notice detector its lines without HTML.
"""

from __future__ import annotations

from archiver.extract import extract
from archiver.extract.model import Article


def story(opening: str, rest: str, paragraphs: int = 5) -> str:
    """``paragraphs`` paragraphs of one story, each ``opening`` with its number and ``rest`` (the numbers keep the
    paragraphs apart, so no reader takes them for one repeated block)."""
    return "".join(f"<p>{opening} {i} {rest}</p>" for i in range(paragraphs))


def article(text: str, *, title: str, h1: str | None = None, head: str = "", top: str = "", before: str = "",
            after: str = "", tail: str = "", footer: str | None = "") -> bytes:
    """The page: ``head`` in ``<head>``, ``top`` before the ``<article>``, ``before`` and ``after`` around the story's
    ``text`` inside it (after the ``<h1>``, ``title`` unless ``h1`` is given), ``tail`` after it, then the
    ``<footer>`` holding ``footer`` (none when ``footer`` is None)."""
    foot = "" if footer is None else f"<footer>{footer}</footer>"
    return (f"<!doctype html><html lang='en'><head><title>{title}</title>{head}</head><body>{top}<article>"
            f"<h1>{title if h1 is None else h1}</h1>{before}{text}{after}</article>{tail}{foot}</body></html>").encode()


def extracted(html: bytes, url: str) -> Article:
    """The whole extractor's record of ``html`` served from ``url`` as HTML."""
    return extract(html, url=url, content_type="text/html")


def notices(html: bytes, url: str) -> list[tuple[str, str]]:
    """(kind, text) of every notice the extractor reports for ``html``."""
    return [(n.kind, n.text) for n in extracted(html, url).disclaimers]


def authors(html: bytes, url: str) -> list[str]:
    """The persons the extractor cites for ``html``."""
    return [getattr(a, "name", a) for a in extracted(html, url).authors]


def reported(found: list[tuple[str, str]], kind: str, words: str) -> bool:
    """Whether a notice of ``kind`` holding ``words`` is among ``found``."""
    return any(k == kind and words in text for k, text in found)
