"""A small article page for the notice rounds' fixtures, and what the extractor reports on it.

One builder for the rounds that set a notice inside an article (rounds 44 and 45, the media
fallback tests): before, each round's test file carried its own copy of it.
"""

from __future__ import annotations

from archiver.extract import extract
from archiver.extract.page_lines import visible_lines_with_context
from archiver.extract.text import parse_html

#: Five paragraphs of story (the page's main text; a notice is set after its first 400 characters).
PARAS = "".join(
    f"<p>Paragraph {i} of the story about the harbour, the ships and the people who sail them along "
    f"the northern coast, with the weather and the tides as they come and go through the year.</p>"
    for i in range(1, 6))


def page(inside: str = "", *, tail: str = "", footer: str = "<p>Impressum</p>", lang: str = "en") -> bytes:
    """An article page with ``inside`` among its paragraphs, ``tail`` after them, ``footer`` in its footer."""
    return (f"<html lang='{lang}'><head><title>Harbour story</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><main><article><h1>Harbour story</h1>"
            f"{PARAS[:400]}{inside}{PARAS[400:]}{tail}</article></main>"
            f"<footer>{footer}</footer></body></html>").encode()


def notices(html: bytes) -> list[tuple[str, str]]:
    """Every notice the extractor reports on ``html``, as (kind, text)."""
    return [(n.kind, n.text) for n in extract(html, url="https://news.example.org/story").disclaimers]


def credits(html: bytes) -> list[str]:
    """The picture credits the extractor reports on ``html``."""
    return [text for kind, text in notices(html) if kind == "image_credit"]


def caption(text: str) -> str:
    """A picture with ``text`` as its caption."""
    return f"<figure><img src='harbour.jpg'><figcaption>{text}</figcaption></figure>"


#: A reader's addendum (a correction when the post's writer adds it) and thirty readers' comments, for the tests of
#: a container classed as comments that holds, or does not hold, the article.
EDIT = "Edit: I have since learned that the harbour master retired in May, not in June."
COMMENTS = "".join(f"<div class='comment'><p>Reader {i} says: I walked along the harbour last week and the new "
                   "pier looks far better than the old one did.</p></div>" for i in range(30))


def body_page(body: str, title: str = "Harbour story") -> str:
    """A page titled ``title`` whose body is a menu, ``body`` and a footer (no article element of its own)."""
    return (f"<html lang='en'><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>{body}"
            "<footer><p>Impressum</p></footer></body></html>")


def line_contexts(html: str, line: str) -> int:
    """The DOM context bits (``page_lines.CTX_*``) the page's visible line ``line`` is read with."""
    tree = parse_html(html)
    assert tree is not None
    lines, contexts = visible_lines_with_context(tree)
    return next(bits for text, bits in zip(lines, contexts, strict=True) if text == line)
