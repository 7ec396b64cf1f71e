"""A small article page for the notice rounds' fixtures, and what the extractor reports on it.

One builder for the rounds that set a notice inside an article (rounds 44 and 45, the media
fallback tests): before, each round's test file carried its own copy of it.
"""

from __future__ import annotations

from archiver.extract import extract

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
