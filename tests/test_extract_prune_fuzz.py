"""trafilatura's pruning selectors (``archiver.extract.traf_prune``) answer as the XPaths they stand
for on trees no benchmark page holds: random trees from the names, attributes and values the
expressions test, and the XPath forms a walk could get wrong (namespaces, comments, processing
instructions and entities as nodes, attribute order, case, document order, nesting, deletion while
pruning, non-ASCII values, depth), and the guard that keeps an XPath the selector was not written for."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest
from lxml import etree
from lxml.html import HtmlElement, document_fromstring, fromstring, tostring
from sweeps import sized
from trafilatura import xpaths
from trafilatura.htmlprocessing import prune_unwanted_nodes

from archiver.extract import traf_prune

_PRUNING = ("OVERALL_DISCARD_XPATH", "RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH",
            "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS")
_LISTS = (*_PRUNING, "BODY_XPATH")
_REGEXP = {"re": "http://exslt.org/regular-expressions"}

traf_prune.install()
SELECTORS = [e for n in _LISTS for e in getattr(xpaths, n) if isinstance(e, traf_prune.Selector)]


def _fragments() -> list[str]:
    """Pieces of attribute values: every literal and every pattern alternative of the expressions
    (regular-expression syntax cut out), the case variants ``translate`` folds or not, non-ASCII."""
    pieces = {re.sub(r"[\\^$()?:*+\[\]{}]", "", alternative)
              for s in SELECTORS for literal in re.findall(r"'([^']*)'", s.path) for alternative in literal.split("|")}
    return sorted(pieces - {""}) + ["reply-", "display:none", "display: none", "true", "TRUE", "Nav", "NAV",
                                     "Teaser", "TEASER", "Caption", " ", "-", "İ", "ß", "ﬁ", "\u00a0", "😀"]


FRAGMENTS = _fragments()
TAGS = ("div", "item", "list", "p", "section", "span", "aside", "details", "ol", "ul", "h1", "a",
        "DIV", "Ol", "{urn:x}div", "{urn:x}ol", "article", "main", "Main")
ATTRIBUTES = ("id", "class", "style", "role", "data-component", "data-lp-replacement-content", "aria-hidden",
              "ID", "Class", "{urn:y}class", "{urn:y}id", "title", "itemprop")


def _value(rng: random.Random) -> str:
    parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 3))]
    return "".join(rng.choice((p, p, p, p.upper(), p.capitalize())) for p in parts)


def _grow(rng: random.Random, parent: etree._Element, depth: int) -> None:
    for _ in range(rng.randint(0, 4 if depth < 6 else 0)):
        roll = rng.random()
        if roll < 0.05:
            parent.append(etree.Comment("c"))
        elif roll < 0.08:
            parent.append(etree.ProcessingInstruction("php", "echo 1"))
        else:
            element = etree.SubElement(parent, rng.choice(TAGS))
            for name in rng.sample(ATTRIBUTES, rng.randint(0, 4)):  # random order: @id|@class reads the first
                element.set(name, _value(rng))
            _grow(rng, element, depth + 1)


def _random_trees(count: int) -> Iterator[etree._Element]:
    """Seeded random trees, HTML and plain XML documents, and each third one as lxml.html parses
    it back (the parser lower-cases names and drops namespaces, as trafilatura's trees come)."""
    for seed in range(count):
        rng = random.Random(seed)
        root = document_fromstring("<html><body></body></html>") if seed % 2 else etree.fromstring("<html><body/></html>")
        _grow(rng, root[-1], 0)
        yield root
        if seed % 3 == 0:
            yield fromstring(etree.tostring(root, method="html"))


def _same(tree: etree._Element) -> None:
    for selector in SELECTORS:
        assert selector(tree) == list(selector.original(tree)), (selector.path, etree.tostring(tree)[:2000])


def _tree(markup: str) -> HtmlElement:
    return document_fromstring(f"<html><body>{markup}</body></html>")


def _names(tree: etree._Element, selector: traf_prune.Selector) -> list[str]:
    return [el.get("id") or el.get("class") or el.tag for el in selector(tree)]


def _by_list(name: str, index: int = 0) -> traf_prune.Selector:
    selector = getattr(xpaths, name)[index]
    assert isinstance(selector, traf_prune.Selector)
    return selector


def test_each_selector_gives_its_xpaths_elements_on_random_trees():
    """On the trees of seeds 0-149 (0-299 under ``ARCHIVER_FULL_SWEEPS=1``, tests/sweeps.py): every
    selector has answered both "yes" and "no" by the trees of seed 68, so the default part holds the
    check with room to spare; the second half is more of the same generated shapes."""
    selected = [0] * len(SELECTORS)
    left = [0] * len(SELECTORS)
    for tree in _random_trees(sized(150, 300)):
        _same(tree)
        total = sum(1 for _ in tree.iter(etree.Element))
        for i, selector in enumerate(SELECTORS):
            found = len(selector(tree))
            selected[i] += found
            left[i] += total - found
    assert all(selected) and all(left), (selected, left)  # every expression answered "yes" and "no"


def test_namespaced_elements_and_attributes_are_not_the_html_names():
    tree = etree.fromstring(
        '<html xmlns:s="urn:s"><body><s:div class="caption teaser share"/><s:ol id="comments"/>'
        '<div s:class="caption" class="x" id="y"/><div class="caption"/>'
        '<x:div xmlns:x="http://www.w3.org/1999/xhtml" class="caption"/></body></html>')
    _same(tree)
    assert [el.get("class") for el in _by_list("DISCARD_IMAGE_ELEMENTS")(tree)] == ["caption"]


def test_comments_and_processing_instructions_are_never_selected():
    tree = _tree("<!-- class='caption' --><?php echo 'caption' ?><div class='caption'>a<!--c--><?x y?></div>")
    _same(tree)
    assert [el.tag for s in SELECTORS for el in s(tree)] == ["div"]


def test_entity_references_in_attributes_and_content_are_read_as_the_xpath_reads_them():
    parser = etree.XMLParser(resolve_entities=False)
    tree = etree.fromstring(
        '<!DOCTYPE html [<!ENTITY e "caption"><!ENTITY box "<div class=\'caption\'>in</div>">]>'
        '<html><body><div class="a&e;">t</div><p>&box;</p><div id="x&e;" class="q"/></body></html>', parser)
    _same(tree)
    assert len(_by_list("DISCARD_IMAGE_ELEMENTS")(tree)) == 2


@pytest.mark.parametrize("markup, selected", [
    ("<div class='cookie-notice' id='main'>a</div>", True),   # class first: string(@id|@class) is the class
    ("<div id='main' class='cookie-notice'>a</div>", False),  # id first: the class is not read
])
def test_id_or_class_is_read_from_whichever_comes_first(markup: str, selected: bool):
    tree = _tree(markup)
    _same(tree)
    assert bool(_by_list("OVERALL_DISCARD_XPATH")(tree)) is selected


def test_attribute_order_is_the_order_attributes_were_set_in():
    tree = _tree("<div>a</div><p>b</p>")
    first, second = tree.body
    first.set("class", "reply-x")
    first.set("id", "main")
    second.set("id", "main")
    second.set("class", "reply-x")
    _same(tree)
    assert _by_list("OVERALL_DISCARD_XPATH", 1)(tree) == [first]


def test_upper_case_names_are_other_names_and_upper_case_values_other_values():
    tree = _tree("<div>a</div>")
    body = tree.body
    etree.SubElement(body, "DIV", {"class": "caption"})
    etree.SubElement(body, "div", {"CLASS": "caption", "ID": "teaser"})
    for value in ("CAPTION", "TEASER", "Teaser", "bigTeaser", "NAVIGATION", "Navigation"):
        etree.SubElement(body, "span", {"class": value, "role": value})
    _same(tree)
    assert _names(tree, _by_list("DISCARD_IMAGE_ELEMENTS")) == []
    assert _names(tree, _by_list("TEASER_DISCARD_XPATH")) == ["Teaser", "bigTeaser"]
    assert _names(tree, _by_list("OVERALL_DISCARD_XPATH")) == ["Navigation"]


def test_html_parser_lower_cases_attribute_names_as_the_xpath_sees_them():
    tree = _tree("<DIV CLASS='caption' ID='Teaser'>a</DIV>")
    _same(tree)
    assert len(_by_list("DISCARD_IMAGE_ELEMENTS")(tree)) == 1


def test_an_element_matched_by_several_clauses_comes_once_and_nested_ones_in_document_order():
    tree = _tree("<div id='a' class='share sidebar' role='navigation'><span class='share'>"
                 "<p class='share' id='c'>x</p></span></div><p class='share' id='d'>y</p>")
    _same(tree)
    assert _names(tree, _by_list("OVERALL_DISCARD_XPATH")) == ["a", "share", "c", "d"]


def test_the_context_element_is_not_selected_and_deep_descendants_are():
    tree = _tree("<div class='caption'><b><i><u><span class='caption'>x</span></u></i></b></div>")
    outer = tree.body[0]
    _same(outer)
    assert [el.tag for el in _by_list("DISCARD_IMAGE_ELEMENTS")(outer)] == ["span"]


@pytest.mark.parametrize("with_backup", [False, True])
@pytest.mark.parametrize("name", _PRUNING)
def test_pruning_with_the_selectors_leaves_the_tree_the_xpaths_leave(name: str, with_backup: bool):
    # trafilatura deletes each element an expression returns, nested ones too, after it answered
    markup = ("<div class='caption'><p class='caption'>a</p>tail<div id='comments' class='teaser'>"
              "<ol id='comments'><li>c</li></ol><div class='infinite-scroll'><h1>h</h1></div></div></div>"
              "<section class='infinite-scroll'><span class='share' style='display:none'>s</span></section>"
              "<p>kept</p>")
    expressions = getattr(xpaths, name)
    originals = [e.original if isinstance(e, traf_prune.Selector) else e for e in expressions]
    walked = tostring(prune_unwanted_nodes(_tree(markup), expressions, with_backup))
    assert walked == tostring(prune_unwanted_nodes(_tree(markup), originals, with_backup))
    assert walked != tostring(_tree(markup)) or with_backup


def test_non_ascii_values_are_searched_as_the_xpath_searches_them():
    tree = _tree("<div class='İcaption'>a</div><div class='CAPTİON'>b</div><div class='ﬁ teaser 😀'>c</div>"
                 "<div class='\u00a0hidden'>d</div><div class='ß hide'>e</div>")
    _same(tree)
    assert len(_by_list("OVERALL_DISCARD_XPATH", 1)(tree)) == 1  # ' hide', not '\u00a0hidden'


def test_surrogate_and_nul_references_are_read_as_the_replacement_character_by_both():
    # a lone surrogate cannot be put in an lxml tree (UnicodeEncodeError); a reference to one
    # is parsed as U+FFFD, and the value around it is searched as the XPath searches it
    tree = fromstring("<html><body><div class='cap&#xD800;tion x&#0;caption' id='&#xDFFF;'>a</div></body></html>")
    assert tree.body[0].get("class") == "cap\ufffdtion x\ufffdcaption"
    _same(tree)
    assert len(_by_list("DISCARD_IMAGE_ELEMENTS")(tree)) == 1


def test_a_very_deep_tree_is_answered_as_the_xpath_answers_it():
    root = etree.Element("html")
    element = etree.SubElement(root, "body")
    # lxml's HTML parser stops at 255 levels; 3,000 here. At 20,000 the walk takes seconds to the
    # XPath's 0.1-0.3 s (lxml frees each visited element's proxy by climbing to the nearest
    # ancestor that has one: depth x elements), but answers the same
    for depth in range(3000):
        element = etree.SubElement(element, ("div", "section", "ol")[depth % 3])
        if depth % 199 == 0:
            element.set("class", "infinite-scroll share teaser caption comments")
    etree.SubElement(element, "h1")
    _same(root)


def test_a_re_test_with_flags_keeps_trafilaturas_xpath():
    _, _, skeleton, tags, keep, _ = traf_prune._WRITTEN_OUT[2]
    path = xpaths.RAW_TREE_PRUNE_XPATH[0].path
    changed = etree.XPath(path.replace("infinite-?scroll')", "infinite-?scroll', 'i')", 1), namespaces=_REGEXP)
    assert changed.path != path
    assert traf_prune.selector_for(changed, skeleton, tags, keep) is None


def test_an_xpath_whose_re_prefix_is_bound_elsewhere_keeps_trafilaturas_xpath():
    # the text is the same, its answers are not: only the probe tree tells
    _, _, skeleton, tags, keep, _ = traf_prune._WRITTEN_OUT[2]
    path = xpaths.RAW_TREE_PRUNE_XPATH[0].path
    folded = etree.XPath(path, namespaces={"re": "urn:folding"},
                         extensions={("urn:folding", "test"): lambda _, s, p: bool(re.search(p, "".join(s), re.I))})
    assert traf_prune.selector_for(folded, skeleton, tags, keep) is None
    without_regexp = etree.XPath(path, namespaces=_REGEXP, regexp=False)
    assert traf_prune.selector_for(without_regexp, skeleton, tags, keep) is None


def test_a_selector_reading_attributes_in_the_wrong_order_is_refused_by_the_probe():
    _, _, skeleton, tags, _, _ = traf_prune._WRITTEN_OUT[0]
    original = next(s.original for s in SELECTORS if s.path == xpaths.OVERALL_DISCARD_XPATH[0].path)

    def id_before_class(el: HtmlElement, p: list[re.Pattern[str]]) -> bool:
        return bool(p[0].search(el.get("id") or el.get("class") or ""))

    assert traf_prune.selector_for(original, skeleton, tags, id_before_class) is None


def test_install_leaves_an_expression_trafilatura_changed(monkeypatch: pytest.MonkeyPatch):
    original = [s.original for s in SELECTORS if s.path == xpaths.RAW_TREE_PRUNE_XPATH[0].path][0]
    changed = etree.XPath(original.path.replace("not(.//h1)", "not(.//h2)"), namespaces=_REGEXP)
    monkeypatch.setattr(xpaths, "RAW_TREE_PRUNE_XPATH", [changed, xpaths.RAW_TREE_PRUNE_XPATH[1]])
    assert traf_prune.install() == len(traf_prune._WRITTEN_OUT) - 1
    assert xpaths.RAW_TREE_PRUNE_XPATH[0] is changed


def test_a_position_on_the_child_axis_gives_each_parents_first_matching_child():
    # BODY_XPATH[0] is ".//*[...][1]": the first matching child of every parent, not the document's first
    tree = _tree("<div id='a' class='post'><p>x</p><div id='b' class='entry'><div id='c' class='post'/></div>"
                 "<div id='d' class='post'/></div><section id='e' class='articleBody'/><main id='f' class='post'/>")
    _same(tree)
    assert _names(tree, _by_list("BODY_XPATH")) == ["a", "b", "c"]


def test_a_position_on_the_whole_selection_gives_the_documents_first_match_only():
    tree = _tree("<div><div id='a' class='story'/></div><article id='b' class='FULLTEXT'/><main id='c' class='story'/>")
    _same(tree)
    assert _names(tree, _by_list("BODY_XPATH", 2)) == ["a"]
    assert _names(_tree("<p class='story'/><article class='x fullText y' id='b'/>"), _by_list("BODY_XPATH", 2)) == ["b"]


def test_translate_folds_only_the_letters_it_names():
    tree = _tree("<div id='x' class='MAIN-CONTENT'/><div id='z' class='PAGE-CONTENT'/><div id='y' class='Page-Content'/>")
    _same(tree)
    assert _names(tree, _by_list("BODY_XPATH", 3)) == ["y"]
    tree = _tree("<div id='MAIN-content'/><section id='Main-Content'/>")
    _same(tree)
    assert _names(tree, _by_list("BODY_XPATH", 3)) == ["Main-Content"]
