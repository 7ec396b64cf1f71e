"""Words the page's own ``<style>`` rules hide are not the article's text (HTTP captures).

``<style>.x{display:none}</style> ... the wall is <span class=x>not </span>safe`` shows "the wall
is safe"; the article text read "the wall is not safe" and a quote of the hidden words verified
``exact``. The rules that hold for every reader are read (archiver/extract/style_rules.py): the
hidden words leave the article text and are a hidden span of the page text, as the words an
inline style hides are; a rule under a condition (a screen width, a hover) is not applied."""

from __future__ import annotations

import json
from typing import Any

from cli import run_cli
from stores import verdicts_on_archived_page

from archiver.core import limits
from archiver.extract import extract
from archiver.extract.style_rules import style_hidden
from archiver.extract.text import parse_html

HIDDEN = "not "


def _page(style: str, word: str = f'<span class="x">{HIDDEN}</span>', *, style_attrs: str = "",
          html_attrs: str = "", body_attrs: str = "") -> str:
    return (f"<!doctype html><html{html_attrs}><head><meta charset='utf-8'><title>River wall</title>"
            f"<style{style_attrs}>{style}</style></head><body{body_attrs}><article><h1>River wall</h1>"
            f"<p>The council engineers said on Monday that the wall is {word}safe for everyone who walks "
            "along the river path in the evening.</p>"
            "<p>The inspection took three weeks and covered every section of the embankment from the old "
            "mill to the new bridge.</p></article></body></html>")


def _read(style: str, word: str = f'<span class="x">{HIDDEN}</span>', **attrs: str) -> Any:
    return extract(_page(style, word, **attrs).encode(), url="http://127.0.0.1/wall",
                   content_type="text/html; charset=utf-8")


def _hidden_words(article: Any) -> list[str]:
    return [article.page_text[a:b] for a, b in article.page_text_hidden]


def _hides(article: Any) -> bool:
    """The hidden word left the article text, and is a hidden span of the page text, which keeps it."""
    gone = "the wall is safe for everyone" in article.text and "wall is not safe" not in article.text
    named = [w.strip() for w in _hidden_words(article)] == [HIDDEN.strip()]
    assert gone == named, (article.text, _hidden_words(article))
    assert "the wall is not safe" in article.page_text
    return gone


def test_a_class_rule_with_display_none_hides_its_words():
    assert _hides(_read(".x{display:none}"))


def test_a_rule_with_visibility_hidden_hides_its_words():
    assert _hides(_read(".x { visibility: hidden }"))


def test_a_rule_with_a_zero_font_size_hides_its_words():
    assert _hides(_read(".x{font-size:0}"))


def test_an_id_rule_hides_its_words():
    assert _hides(_read("#gone{display:none}", f'<span id="gone">{HIDDEN}</span>'))


def test_a_descendant_selector_hides_its_words():
    assert _hides(_read("article p .x{display:none}"))


def test_a_later_rule_of_the_same_specificity_shows_the_words_again():
    assert not _hides(_read(".x{display:none} span{color:red} .x{display:inline}"))


def test_an_earlier_rule_of_higher_specificity_keeps_the_words_hidden():
    assert _hides(_read("p .x{display:none} .x{display:inline}"))


def test_an_important_rule_beats_a_more_specific_one():
    assert _hides(_read(".x{display:none !important} article p span.x{display:inline}"))


def test_the_elements_inline_style_shows_the_words_again():
    assert not _hides(_read(".x{display:none}", f'<span class="x" style="display:inline">{HIDDEN}</span>'))


def test_an_important_rule_beats_the_elements_inline_style():
    assert _hides(_read(".x{display:none!important}", f'<span class="x" style="display:inline">{HIDDEN}</span>'))


def test_a_rule_under_a_max_width_media_query_does_not_hide():
    assert not _hides(_read("@media (max-width:600px){.x{display:none}}"))


def test_a_rule_under_media_screen_hides():
    assert _hides(_read("@media screen{.x{display:none}}"))


def test_a_rule_under_a_min_width_media_query_showing_the_words_again_shows_them():
    assert not _hides(_read(".x{display:none} @media (min-width:768px){.x{display:inline}}"))


def test_a_rule_for_printers_showing_the_words_again_leaves_them_hidden():
    assert _hides(_read(".x{display:none} @media print{.x{display:inline}}"))


def test_a_rule_under_a_supports_chromium_fails_does_not_hide():
    # (one Chromium passes hides: tests/test_rvsec70_supports.py)
    assert not _hides(_read("@supports (-ms-ime-align:auto){.x{display:none}}"))


def test_a_hover_rule_is_not_applied():
    assert not _hides(_read(".x:hover{display:none}"))


def test_a_structural_pseudo_class_rule_is_applied():
    assert _hides(_read("p > span:first-child{display:none}"))


def test_a_pseudo_element_rule_does_not_hide_the_element():
    assert not _hides(_read(".x::before{display:none}"))


def test_a_style_element_for_print_is_not_read():
    assert not _hides(_read(".x{display:none}", style_attrs=' media="print"'))


def test_a_style_element_for_screen_is_read():
    assert _hides(_read(".x{display:none}", style_attrs=' media="screen"'))


def test_a_rule_needing_the_no_js_class_scripts_remove_is_not_applied():
    assert not _hides(_read(".no-js .x{display:none}", html_attrs=' class="no-js"'))


def test_a_rule_needing_a_class_the_body_keeps_is_applied():
    assert _hides(_read("body.single .x{display:none}", body_attrs=' class="single"'))


def test_a_rule_needing_a_loading_class_scripts_remove_is_not_applied():
    assert not _hides(_read(".loading{visibility:hidden}", f'<span class="loading">{HIDDEN}</span>'))


def test_a_rule_that_fades_its_element_in_is_not_applied():
    assert not _hides(_read(".x{opacity:0;visibility:hidden;transition:all .3s ease}"))


def test_a_rule_that_fades_its_element_in_among_other_declarations_is_not_applied():
    assert not _hides(_read(".x{margin:0 auto;opacity:0;color:red;visibility:hidden;-webkit-transition:opacity .3s}"))


def test_a_hiding_declaration_among_declarations_not_read_still_hides():
    assert _hides(_read(".x{margin:0;font-family:Georgia,serif;width:calc(100% - 2px);display:none;color:red}"))


def test_a_hiding_declaration_after_a_url_holding_a_semicolon_still_hides():
    assert _hides(_read(".x{background:url(data:image/png;base64,AAAA);display:none}"))


def test_a_declaration_whose_nested_parentheses_hold_a_semicolon_is_read_as_a_browser_reads_it():
    # the semicolon inside calc(var(...)) does not end the width: display:none is part of its value
    assert not _hides(_read(".x{width:calc(var(--w;display:none) - 1px)} .y{color:red}"))


#: A script that may show the page again (with none, the guards do not hold: tests/test_rvsec70_whole_page_guard.py).
_SCRIPT = "<script>document.body.style.visibility='visible'</script>"


def test_a_rule_hiding_an_element_that_holds_most_of_the_pages_words_is_not_applied_in_a_page_with_a_script():
    article = _read("article{visibility:hidden}", _SCRIPT)
    assert "the wall is safe for everyone" in article.text
    assert article.page_text_hidden == ()


def test_a_rule_hiding_the_whole_body_is_not_applied_in_a_page_with_a_script():
    article = _read("body{visibility:hidden}", _SCRIPT)
    assert "the wall is safe for everyone" in article.text
    assert article.page_text_hidden == ()


def test_children_that_set_the_font_size_again_under_a_zero_size_row_are_shown():
    row = '<span class="row"> <b>not</b> <b>quite</b> </span> '
    article = _read(".row{font-size:0} .row b{font-size:14px}", row)
    assert "the wall is not quite safe" in article.text
    assert article.page_text_hidden == ()


def test_a_child_that_sets_visibility_visible_again_is_shown_and_its_sibling_hidden():
    word = '<span class="x"> <i>not</i> <b>quite</b> </span>'
    article = _read(".x{visibility:hidden} .x b{visibility:visible}", word)
    assert [w.strip() for w in _hidden_words(article)] == ["not"]
    assert "quite" in article.text and " not " not in article.text


def test_a_rule_after_a_string_holding_braces_still_hides():
    assert _hides(_read('.q{content:"} .x{color:red} {"} p{margin:0} .x{display:none}'))


def test_a_rule_inside_a_comment_does_not_hide():
    assert not _hides(_read("p{margin:0} /* .x{display:none} */ span{color:red}"))


def test_a_rule_whose_block_a_string_opens_and_the_next_rule_closes_is_read_as_a_browser_reads_it():
    # the string holds "} .x{display:none} .y{": a browser sees no rule for .x
    assert not _hides(_read('.q{content:"} .x{display:none} .y{"} .z{color:red}'))


def test_a_style_without_a_hiding_declaration_is_not_parsed():
    tree = parse_html(_page(".x{color:red;display:block} p{font-size:18px}"))
    assert style_hidden(tree).chars_read == 0


# The two limits below are lowered (ARCHIVER_LIMIT_..., read by the same limits.current() call as
# the defaults) to a tenth of a style ten times their size: the cut is the same code at any limit,
# and reaching the defaults (512 KiB, 10,000 rules) cost ~5 CPU-s of tinycss2 and XPath a run.


def test_without_overrides_the_style_limits_are_the_defaults(monkeypatch):
    monkeypatch.delenv("ARCHIVER_LIMIT_STYLE_MAX_CHARS", raising=False)
    monkeypatch.delenv("ARCHIVER_LIMIT_STYLE_MAX_RULES", raising=False)
    bounds = limits.current()
    assert (bounds.style_max_chars, bounds.style_max_rules) == (limits.STYLE_MAX_CHARS, limits.STYLE_MAX_RULES)


def test_a_style_ten_times_the_character_limit_is_read_only_up_to_it(monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_STYLE_MAX_CHARS", str(16 * 1024))
    style = ".y{display:none}" * (10 * 16 * 1024 // 16) + ".x{display:none}"
    found = style_hidden(parse_html(_page(style)))
    assert 0 < found.chars_read <= 16 * 1024
    assert found.elements == []  # the rule past the limit is not read


def test_a_style_of_ten_times_the_rule_limit_is_read_only_up_to_it(monkeypatch):
    monkeypatch.setenv("ARCHIVER_LIMIT_STYLE_MAX_RULES", "1000")
    style = "".join(f".r{i}{{display:none}}" for i in range(10_000)) + ".x{display:none}"
    found = style_hidden(parse_html(_page(style)))
    assert found.rules_read == 1000
    assert found.elements == []  # the rule past the limit is not read


def test_a_selector_list_of_30000_selectors_is_not_read():
    style = ",".join(f".r{i}" for i in range(30_000)) + ",.x{display:none}"
    found = style_hidden(parse_html(_page(style)))
    assert found.rules_read == 1
    assert found.elements == []


def test_verify_quote_of_words_a_style_rule_hides_is_altered_not_shown(store):
    hidden = "the mayor ordered the inspection report to be rewritten and"
    page = _page(".redacted{display:none}", f'<span class="redacted">{hidden} </span>')
    shown = "the wall is safe for everyone who walks along the river path"
    whole = f"the wall is {hidden} safe for everyone"
    got = verdicts_on_archived_page(store, page, "/wall", [hidden, shown, whole])
    assert got[hidden] == (1, "altered")
    assert got[whole] == (1, "altered")
    assert got[shown] == (0, "exact")
    proc = run_cli("verify-quote", hidden, "--json", store=store)
    assert [d["kind"] for d in json.loads(proc.stdout)["differences"] if d["material"]] == ["not_shown"]


def test_a_style_read_up_to_a_number_of_rules_gives_the_first_rules_of_the_whole():
    from archiver.extract import style_rules

    style = "".join(f".r{i}, .s{i}{{display:none}} @media print{{.p{i}{{display:none}}}}" for i in range(2_000))
    style_rules._PARSED.clear()
    first = style_rules._rules_of(style, True, False, 300)
    assert 300 <= len(first) < 2_000  # (parsed a run at a time: no further than the runs the 300 stand in)
    whole = style_rules._rules_of(style, True, False, 10_000)  # (the cache holds only the first ones: read again)
    assert len(whole) == 2_000
    assert [(str(getattr(s, "text", s)), d) for s, d in first] == [(str(getattr(s, "text", s)), d)
                                                                    for s, d in whole[:len(first)]]
