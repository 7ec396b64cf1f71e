"""What a page says about itself, read once from the tree: ``<meta>`` tags, ``<link
rel=canonical>``, JSON-LD, microdata, the first ``<h1>`` and ``<title>``.

One cheap lxml pass. extruct was considered for JSON-LD/microdata/OpenGraph, but importing it
pulls in RDFa/rdflib (more than a whole page's extraction), and its JSON-LD reader raises on the
malformed scripts real pages carry; here a broken script is simply skipped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re
from archiver.core.untrusted import loads_json
from archiver.extract.account_ui import account_block
from archiver.extract.html import absolute_url
from archiver.extract.signals import name_kind, split_url
from archiver.extract.values import clean_value

_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "report", "liveblogposting", "socialmediaposting", "posting", "medicalwebpage",
    "review", "creativework", "discussionforumposting", "qapage",
}
_PAGE_TYPES = {"webpage", "itempage", "collectionpage", "aboutpage", "profilepage"}
#: A recipe page's own item: its author is the recipe's writer, its name the page's headline. Read only where the
#: page declares no article (a news story with a recipe in it keeps the story's item).
_RECIPE_TYPES = {"recipe"}
_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "website", "periodical",
              "publicationissue", "onlinebusiness"}


# ----------------------------------------------------------------------------- head tables

class HeadTables(NamedTuple):
    """Everything the page declares about itself, read once from the tree."""

    meta: dict[str, str]
    meta_all: dict[str, list[str]]
    jsonld_main: dict[str, Any]
    jsonld_org: dict[str, Any]
    jsonld_site: dict[str, Any]
    microdata: dict[str, str]
    canonical: str | None
    html_lang: str | None
    h1: str | None
    title_tag: str | None
    #: the dates of a lone JSON-LD article that is another story's (:func:`_this_article`): not this page's
    other_dates: tuple[str, ...] = ()
    #: whether the ``<h1>`` is a link to the site's home page, all of it: the site's name, not a headline
    #: (:func:`_links_home`)
    h1_home: bool = False


#: The scholarly tags of a field, by family, first first: Highwire Press (``citation_*``), then the families Google
#: Scholar's inclusion guidelines name beside it, bepress (Digital Commons repositories: ``bepress_citation_*``),
#: EPrints (``eprints.*``) and PRISM (``prism.*``). Every one is the "citation" source of the record. An EPrints
#: date counts only as the date of publication (``eprints.date_type`` "published", or none given): a repository's
#: "submitted" or "completed" date is another.
_SCHOLARLY = {
    "title": ("citation_title", "bepress_citation_title", "eprints.title", "prism.title"),
    "date": ("citation_publication_date", "citation_date", "bepress_citation_date", "prism.publicationdate",
             "eprints.date"),
    "publisher": ("citation_publisher", "bepress_citation_publisher", "eprints.publisher"),
    "journal": ("citation_journal_title", "bepress_citation_journal_title", "prism.publicationname",
                "eprints.publication"),
    "authors": ("citation_author", "citation_authors", "bepress_citation_author", "eprints.creators_name"),
}

#: The ``<meta>`` keys whose every value is kept (``HeadTables.meta_all``): the author keys, the scholarly ones of
#: :data:`_SCHOLARLY` among them ("citation_authors": the older Highwire name, one author a tag as JMIR writes it).
_MULTI = ("author", *_SCHOLARLY["authors"], "dc.creator", "dcterms.creator", "article:author")


def scholarly(meta: dict[str, str], field: str) -> str | None:
    """The first value of a scholarly tag for ``field`` (:data:`_SCHOLARLY`) in ``meta``, the page's first value of
    every ``<meta>`` key (lower case)."""
    for key in _SCHOLARLY[field]:
        if key == "eprints.date" and meta.get("eprints.date_type", "published").casefold() != "published":
            continue
        if meta.get(key):
            return meta[key]
    return None


def scholarly_authors(meta_all: dict[str, list[str]]) -> list[str] | None:
    """Every author of the first scholarly family the page tags (:data:`_SCHOLARLY`): one a tag, or several in one
    joined by ";" (the older ``citation_authors`` form), each as written ("Last, First" is read by the caller)."""
    for key in _SCHOLARLY["authors"]:
        values = meta_all.get(key)
        if values:
            return [part.strip() for value in values for part in value.split(";") if part.strip()]
    return None


def _meta_table(tree: HtmlElement) -> tuple[dict[str, str], dict[str, list[str]]]:
    """First value of every ``<meta>`` key, and all values of the author keys."""
    table: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("http-equiv") or el.get("itemprop")
        content = clean_value(el.get("content"))
        if key and content:
            for k in key.lower().split():
                table.setdefault(k.strip(), content)
                if k in _MULTI:
                    multi.setdefault(k, []).append(content)
    return table, multi


def _json_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _json_objects(graph)
        # a page that declares its article as its main entity (``WebPage.mainEntity`` =
        # ``NewsArticle``, rp.pl): the article, its author with it, is one of the page's objects
        entity = data.get("mainEntity")
        if isinstance(entity, (dict, list)) and _types(data) & _PAGE_TYPES:
            yield from _json_objects(entity)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", obj.get("type"))  # schema.org's context makes "type" an alias of "@type"
    if isinstance(t, str):
        return {t.lower().rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def _load_json(raw: str) -> Any:
    """Parse one JSON-LD script; never raises (malformed scripts are common on real pages)."""
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw.strip("<!->\n\t ")
    raw = raw.replace("//<![CDATA[", "").replace("//]]>", "")
    for candidate in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return loads_json(candidate, strict=False)
        except ValueError:
            continue
    return None


#: set on a JSON-LD node that the article pointed at by ``@id`` instead of naming it inline
REFERENCED = "@archiver:referenced"


def _resolve_refs(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """An author given only as ``{"@id": ...}`` (Yoast and other graph writers name the Person
    once, elsewhere in ``@graph``) replaced by the node it points to, so the declared person
    is read instead of being lost to a guess from the page layout."""
    if isinstance(value, list):
        return [_resolve_refs(v, by_id) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        node = by_id.get(value["@id"])
        return {**node, REFERENCED: True} if node else value
    return value


def _unescaped(value: Any) -> Any:
    """``value`` with HTML character references in its strings decoded. A ``<script>``'s text is
    not HTML-decoded by the parser, so a CMS that escapes the author's name for HTML before writing
    it into JSON-LD ("Lindsey O&#039;Donnell") would have the name cut at the ``&`` ("Lindsey O")."""
    if isinstance(value, str):
        return html.unescape(value) if "&" in value else value
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescaped(v) for k, v in value.items()}
    return value


#: What a JSON-LD item says in words of itself and of who published it: decoded as :func:`_unescaped` says (a
#: CMS that escapes values for HTML before writing JSON-LD gave the title "Wohngew&#x00E4;chshaus&#x20;selber
#: &#x20;bauen" and "Meghan&#39;s"). Not its URLs or its body: a value that is not read as words is left as written.
_WORDS_KEYS = ("headline", "name", "alternativeHeadline", "description", "publisher", "isPartOf")


def _words_unescaped(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` (a JSON-LD node) with the values of :data:`_WORDS_KEYS` unescaped; the node itself when none
    holds a ``&``, as on most pages."""
    keys = [k for k in _WORDS_KEYS if k in item and "&" in str(item[k])]
    return {**item, **{k: _unescaped(item[k]) for k in keys}} if keys else item


def _with_authors_resolved(main: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``main`` with its authors and creators resolved (:func:`_resolve_refs`) and unescaped
    (:func:`_unescaped`)."""
    if not any(k in main for k in ("author", "creator")):
        return main
    return {**main, **{k: _unescaped(_resolve_refs(main[k], by_id) if by_id else main[k])
                       for k in ("author", "creator") if k in main}}


def _url_key(url: Any) -> str:
    """A URL compared loosely: no scheme, ``www.``, query, fragment or trailing slash."""
    if not isinstance(url, str):
        return ""
    key = _SCHEME.sub("", url.strip().lower())
    return _QUERY.split(key, maxsplit=1)[0].rstrip("/")


# (compiled once: a pattern given as text to ``re``'s functions is looked up in its cache at each call)
_SCHEME = lazy_re.compile(r"^https?://(?:www\.)?")
_QUERY = lazy_re.compile(r"[?#]")


def _own_url(obj: dict[str, Any]) -> set[str]:
    entity = obj.get("mainEntityOfPage")
    urls = [obj.get("url"), obj.get("@id"), entity.get("@id") if isinstance(entity, dict) else entity]
    return {_url_key(u) for u in urls} - {""}


#: what a JSON-LD article says of its own title and dates
_TITLE_DATE_KEYS = frozenset({"headline", "name", "alternativeHeadline", "datePublished", "dateCreated", "dateModified"})


def _this_article(articles: list[dict[str, Any]], page_urls: frozenset[str],
                  headlines: tuple[str, ...] = ()) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The article the page is about. A page that also describes related stories in JSON-LD
    (a teaser list, "more from this author") names each by its own URL: the one whose URL is
    the page's own wins; otherwise the first, as pages put their own article first.

    A lone article whose URL is neither the page's nor its canonical one and whose headline is
    not the page's (``headlines``: its ``<h1>`` and ``<title>``, neither holding the other) is
    another story (a teaser's, the previous article's left in the template): its title and dates
    are not the page's and are left out, and given apart (the second value) so that the same date found by
    htmldate is not taken either; the rest (publisher, authors) is kept."""
    if len(articles) > 1 and page_urls:
        for obj in articles:
            if _own_url(obj) & page_urls:
                return obj, ()
    if len(articles) == 1 and page_urls:
        own = {u for u in _own_url(articles[0]) if not u.startswith("/")}  # a relative URL is not compared
        if own and not own & page_urls and _other_headline(articles[0], headlines):
            dates = tuple(v for k, v in articles[0].items() if k.startswith("date") and isinstance(v, str))
            return {k: v for k, v in articles[0].items() if k not in _TITLE_DATE_KEYS}, dates
    return articles[0], ()


def _other_headline(article: dict[str, Any], headlines: tuple[str, ...]) -> bool:
    """Whether the article's headline is none of ``headlines`` (the page's), neither holding the
    other once case and spacing are set aside. Real pages fill an article's url with their
    site's root, a short link, "true" or Google's example URL; its headline tells."""
    own = " ".join(str(_unescaped(article.get("headline") or article.get("name") or "")).split()).casefold()
    pages = [" ".join(h.split()).casefold() for h in headlines if h]
    return bool(own and pages) and not any(own in h or h in own for h in pages)


def _jsonld(tree: HtmlElement, page_urls: frozenset[str] = frozenset(), headlines: tuple[str, ...] = (),
            ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], tuple[str, ...]]:
    articles: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    recipes: list[dict[str, Any]] = []
    orgs: list[dict[str, Any]] = []
    by_id: dict[str, dict[str, Any]] = {}
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        for obj in _json_objects(_load_json(script.text)):
            if isinstance(obj.get("@id"), str) and "name" in obj:
                by_id.setdefault(obj["@id"], obj)
            types = _types(obj)
            if types & _ARTICLE_TYPES:
                articles.append(obj)
            elif types & _PAGE_TYPES:
                pages.append(obj)
            elif types & _RECIPE_TYPES:
                recipes.append(obj)
            elif types & _ORG_TYPES:
                orgs.append(obj)
    main, other_dates = (_this_article(articles, page_urls, headlines) if articles
                         else (_recipe_or_page(recipes, pages), ()))
    recipe = bool(recipes) and main is recipes[0]
    main = _words_unescaped(_with_authors_resolved(main, by_id))
    if recipe:
        main = _persons_only(main)
    sites = [o for o in orgs if "website" in _types(o) or "periodical" in _types(o)]
    org = main.get("publisher") if isinstance(main.get("publisher"), dict) else None
    if org is None and orgs:
        named = [o for o in orgs if "website" not in _types(o)] or orgs
        org = _words_unescaped(named[0])
    return main, org or {}, _words_unescaped(sites[0]) if sites else {}, other_dates


def _recipe_or_page(recipes: list[dict[str, Any]], pages: list[dict[str, Any]]) -> dict[str, Any]:
    """The main item of a page that declares no article: its one recipe (a recipe page: authors-blind10's miss,
    a Swedish recipe's ``Recipe`` author), else its first web page item, else nothing. Two recipes or more are a
    list of recipes, no one page's. A recipe's author is read only where it is a ``Person``: a brand or a shop
    declared as a recipe's author (a food company's recipe pages) is no writer's credit."""
    if len(recipes) == 1:
        return recipes[0]
    return pages[0] if pages else {}


def _persons_only(item: dict[str, Any]) -> dict[str, Any]:
    """``item`` with only the ``Person`` objects of its ``author`` and ``creator`` (none: the key left out). A
    ``Person`` whose name is an organisation's by its form (:func:`~archiver.extract.signals.name_kind`: a brand
    typed Person, "Nestle Family") is the brand's, as an ``Organization`` is (authleft46)."""
    out = {k: v for k, v in item.items() if k not in ("author", "creator")}
    for key in ("author", "creator"):
        given = item.get(key)
        people = [a for a in (given if isinstance(given, list) else [given])
                  if isinstance(a, dict) and "person" in _types(a) and not _brand_named(a)]
        if people:
            out[key] = people
    return out


def _brand_named(person: dict[str, Any]) -> bool:
    """True when a ``Person`` object's name is an organisation's (:func:`~archiver.extract.signals.name_kind`)."""
    name = clean_value(person.get("name"))
    return name is not None and name_kind(name) == "org"


# An author or creator given inside a figure, or inside an image's or a video's item, is the
# picture's credit (a photographer, a photo agency), not the article's writer.
_PICTURE_SCOPE = "ancestor::figure or ancestor::figcaption or ancestor::*[@itemscope][contains(@itemtype, 'Image') or contains(@itemtype, 'Photograph') or contains(@itemtype, 'Video')]"


#: The page's ``itemprop`` attributes, in page order (each one's element is its parent). Why not
#: ``//*[@itemprop]``: libxml2 then tests every element of the page for the attribute (~30 us of the
#: batch page, issue 13); the attribute axis finds the same elements, in the same order, in a quarter of it.
_ITEMPROPS = etree.XPath("//@itemprop")
#: The page's ``itemtype`` attributes (the same attribute axis), to find the items that are readers' comments.
_ITEMTYPES = etree.XPath("//@itemtype")
_H1 = etree.XPath("//h1")
#: An element's words as a reader sees them: its text without what a ``<style>`` or ``<script>`` inside it holds
#: (a CSS-in-JS page writes its rules into the headline: ".css-umyvef{font-size:16px;...}Impfen und ...", the
#: metadata set's dev page be.ch).
_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::style) and not(ancestor::script)]")
_TITLES = etree.XPath("//head/title|//title")


def _microdata(tree: HtmlElement) -> dict[str, str]:
    """The page's microdata properties, the first value of each. An author or creator given inside the
    site's account or session interface (:func:`~archiver.extract.account_ui.account_block`: "<a
    class=account><span itemprop=author>...") is the signed-in reader's account, not the article's writer. A
    property inside a reader's comment (an item of type ``Comment``) is the comment's: its author is a commenter
    ("Bill" over a travel blogger's post, notices-blind37), its dates the comment's."""
    table: dict[str, str] = {}
    found = _ITEMPROPS(tree)
    if not found:
        return table  # (most pages: no item's type to read either)
    comments = frozenset(t.getparent() for t in _ITEMTYPES(tree) if "comment" in str(t).lower())
    for el in (prop.getparent() for prop in found):
        if comments and any(a in comments for a in el.iterancestors()):
            continue
        props = (el.get("itemprop") or "").lower().split()
        if {"author", "creator"} & set(props) and (el.xpath(_PICTURE_SCOPE) or account_block(el) is not None):
            props = [p for p in props if p not in ("author", "creator")]
        if el.get("itemscope") is not None:
            names = el.xpath(".//*[@itemprop='name']")
            value = clean_value(names[0].get("content") or names[0].text_content()) if names else None
        else:
            value = clean_value(el.get("content") or el.get("datetime") or el.text_content())
        if not value:
            continue
        for prop in props:
            table.setdefault(prop, value)
    return table


def _shown(el: HtmlElement, unshown: frozenset[HtmlElement]) -> bool:
    """Whether no element of ``unshown`` (what the markup hides) holds ``el`` or is it."""
    return not unshown or not any(x in unshown for x in el.iterancestors()) and el not in unshown


def read_head(tree: HtmlElement, base_url: str | None, unshown: Sequence[HtmlElement] = ()) -> HeadTables:
    """Read the page's self-description (meta, link, JSON-LD, microdata, h1, title) once.

    ``unshown``: the elements the markup hides (:func:`archiver.extract.unrendered.unrendered`);
    the page's headline is its first ``<h1>`` a reader is shown (a hidden one is a menu's or a
    logo's)."""
    canonical = None
    for link in tree.iter("link"):
        href = link.get("href")
        if "canonical" in (link.get("rel") or "").lower().split() and href:
            canonical = absolute_url(base_url, href.strip())
            break
    root = tree.getroottree().getroot()
    hidden = frozenset(unshown)
    h1s = [h for h in _H1(tree) if _shown(h, hidden)]
    titles = _TITLES(tree)
    h1 = clean_value("".join(_SHOWN_TEXT(h1s[0]))) if h1s else None
    title_tag = clean_value(titles[0].text_content()) if titles else None
    main, org, site, other_dates = _jsonld(tree, frozenset({_url_key(base_url), _url_key(canonical)} - {""}),
                                           tuple(h for h in (h1, title_tag) if h))
    meta, meta_all = _meta_table(tree)
    return HeadTables(
        meta=meta,
        meta_all=meta_all,
        jsonld_main=main,
        jsonld_org=org,
        jsonld_site=site,
        microdata=_microdata(tree),
        canonical=canonical,
        html_lang=clean_value(root.get("lang") or root.get("xml:lang")),
        h1=h1,
        title_tag=title_tag,
        other_dates=other_dates,
        h1_home=bool(h1s) and _links_home(h1s[0], h1, base_url),
    )


def _links_home(h1: HtmlElement, words: str | None, base_url: str | None) -> bool:
    """Whether the ``<h1>``'s words are one link to the home page of the page's own site: a blog theme sets the
    blog's name so on every page (``<h1><a href="http://www.der-erfolg-gibt-recht.de">Liebe geht durch den
    Magen</a></h1>``, the metadata set's dev page, whose post's title stands in ``<title>`` and an ``<h2>``).
    An article's headline links to the article, if anywhere. ``words``: the ``<h1>``'s, as :func:`read_head` read them."""
    links = h1.findall(".//a")
    if len(links) != 1 or clean_value(links[0].text_content()) != words:
        return False
    target = split_url(absolute_url(base_url, (links[0].get("href") or "").strip()) or "")
    page = split_url(base_url or "")
    return bool(target and page and target.netloc and target.path in ("", "/") and not target.query
                and target.netloc.lower().removeprefix("www.") == page.netloc.lower().removeprefix("www."))
