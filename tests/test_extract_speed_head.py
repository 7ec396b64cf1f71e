"""The page's microdata is read from its ``itemprop`` attributes' elements, found by the attribute axis:
the same table as reading the elements that carry one."""

from __future__ import annotations

from lxml import html as lxml_html
from shipped_pages import PAGES

from archiver.extract import head
from archiver.extract.html import decode_html
from archiver.extract.text import parse_html

MADE = """<html itemscope itemtype="https://schema.org/NewsArticle" itemprop="mainEntity"><head>
<meta itemprop="datePublished" content="2020-01-02"><title>T</title></head><body>
<h1 itemprop="headline">Bridge closes</h1>
<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>
<figure><img src="a.jpg"><figcaption itemprop="author">Photo Person</figcaption></figure>
<span itemprop="publisher creator">Example News</span><time itemprop="dateModified" datetime="2020-01-03">Jan 3</time>
</body></html>"""


def _by_elements(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    return list(tree.xpath("//*[@itemprop]"))


def test_itemprop_attributes_give_the_elements_carrying_one_in_page_order():
    trees = [parse_html(decode_html(page.read_bytes(), "text/html").text) for page in PAGES]
    trees.append(parse_html(MADE))
    for tree in trees:
        assert [prop.getparent() for prop in head._ITEMPROPS(tree)] == _by_elements(tree)


def test_microdata_of_a_made_page_is_read_whole():
    table = head._microdata(parse_html(MADE))
    assert table["headline"] == "Bridge closes" and table["author"] == "Jane Doe"
    assert table["publisher"] == table["creator"] == "Example News" and table["datemodified"] == "2020-01-03"
    assert table["datepublished"] == "2020-01-02" and table["mainentity"]
