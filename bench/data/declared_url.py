"""A page's own URL as it declares it, for the page-set builders whose corpora ship none
(bench/data/authors-blind2/build.py, bench/data/fundus/build.py).

Why one module: both builders read the same two declarations in the same order; kept apart, the
two copies had already drifted (one stripped the URL before checking it, the other after).
"""

from __future__ import annotations

from lxml import html as lhtml

#: Where a page says its own URL, most trusted first.
_DECLARATIONS = ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')


def declared_url(data: bytes) -> str:
    """The page's canonical link, else its og:url (the first that is an http(s) URL once stripped
    of surrounding whitespace); "" for a page that declares neither or does not parse."""
    try:
        doc = lhtml.fromstring(data)
    except (ValueError, lhtml.etree.ParserError):
        return ""
    for xp in _DECLARATIONS:
        got = [u.strip() for u in doc.xpath(xp) if u.strip().startswith("http")]
        if got:
            return got[0]
    return ""
