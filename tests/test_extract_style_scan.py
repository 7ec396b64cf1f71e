"""The rules a style text's scanner takes out before tinycss2 reads it are rules that set nothing read.

archiver/extract/style_scan.py finds where each rule of a ``<style>`` ends, as tinycss2 does, and
leaves out the rules whose block names none of the properties read (``.a{color:red}``, an
``@font-face``, an ``@keyframes``). What is left must read as the whole text does: the same rules,
in the same order, with the same values; and where the scanner cannot be sure of the structure it
says so (None) and the text is read whole."""

from __future__ import annotations

from typing import Any

import tinycss2

from archiver.extract.style_rules import _applied_rules, style_hidden
from archiver.extract.style_scan import pruned
from archiver.extract.text import parse_html


def _rules(text: str) -> list[Any]:
    return list(_applied_rules(tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)))


def _read_as_whole(text: str) -> str:
    """The pruned text (its plain selector lists written out again), after checking it reads as the
    whole text does."""
    kept = pruned(text)
    assert kept is not None
    written = _written(kept)
    assert _rules(written) == _rules(text)
    return written


def _hidden(style: str) -> list[str]:
    tree = parse_html(f"<html><head><style>{style}</style></head><body><p>The wall is <span class=x>not </span>"
                      "safe for anyone who walks along the river path in the evening.</p>"
                      "<p>The inspection took three weeks and covered every section.</p></body></html>")
    return [el.text for el in style_hidden(tree).elements]


def test_rules_that_set_nothing_read_are_left_out_and_the_rest_kept_in_order():
    text = ".a{color:red} .x{display:none} .b{margin:0;padding:0} .y{visibility:hidden}"
    assert _read_as_whole(text) == ".x{display:none}.y{visibility:hidden}"


def test_a_kept_rule_loses_the_declarations_not_read_strings_and_all():
    text = '.x{font-family:"Open Sans", sans-serif;color:red;display:none;transition:opacity .3s}'
    assert _read_as_whole(text) == ".x{display:none;transition:opacity .3s}"


def test_font_faces_keyframes_and_imports_are_left_out():
    text = ('@import url("a.css"); @font-face{font-family:"X";src:url(data:font/woff2;base64,AA{}A)} '
            "@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}} .x{display:none}")
    assert _read_as_whole(text) == ".x{display:none}"


def test_a_string_holding_braces_does_not_end_a_rule():
    _read_as_whole('.a{content:"} .y{"} .x{display:none} .q::after{content:"x"; display:block}')
    assert _hidden('.a{content:"} .y{"} .x{display:none}') == ["not "]


def test_a_kept_rule_with_a_string_holding_what_reads_as_a_rule_leaves_the_text_whole():
    # read as before the scanner: the old pattern begins inside the string and the rule hides nothing
    assert pruned('a[title="x;y{color:red}"]{display:none}') is None
    assert pruned('.q{font:0 "a;b{c}";display:none}') is None
    assert pruned('.q{display:none} .b[style="display: none;"]{display:block}') is not None


def test_a_rule_a_string_swallows_stays_swallowed():
    # the string holds "} .x{display:none} .y{": a browser sees no rule for .x
    _read_as_whole('.q{content:"} .x{display:none} .y{"} .z{color:red}')
    assert _hidden('.q{content:"} .x{display:none} .y{"} .z{color:red}') == []


def test_comments_holding_braces_or_rules_do_not_end_or_make_a_rule():
    _read_as_whole("p{margin:0} /* .x{display:none} */ .y /* { */ {display:none} .z{/* } */visibility:hidden}")
    assert _hidden("p{margin:0} /* .x{display:none} */ span{color:red}") == []


def test_an_escaped_name_keeps_its_rule():
    kept = _read_as_whole(r".md\:hidden{display:none} .a{disp\lay:none} .b{color:red}")
    assert kept == r".md\:hidden{display:none}.a{disp\lay:none}"


def test_an_unquoted_url_holding_a_brace_is_one_token():
    _read_as_whole(".a{background:url(a{b.png)} .x{display:none}")


def test_rules_nested_in_media_supports_and_layers_are_pruned_and_kept_in_their_groups():
    text = ("@media screen{@supports (display:grid){.x{display:none} .a{color:red}} .b{color:red}}"
            "@media print{.x{display:block}} @layer base{.y{font-size:0}} @media (min-width:9px){.c{color:red}}")
    kept = _read_as_whole(text)
    assert ".a" not in kept and ".b" not in kept and ".c" not in kept


def test_a_string_with_a_newline_leaves_the_text_whole():
    assert pruned('.a{content:"x\n} .x{display:none}') is None


def test_a_comment_or_a_group_with_no_end_leaves_the_text_whole():
    assert pruned(".x{display:none} /* never closed") is None
    assert pruned("@media screen{.x{display:none}") is None


def test_a_brace_inside_an_open_parenthesis_leaves_the_text_whole():
    # tinycss2 (as a browser) reads the rest of the sheet inside rgb( ... ): the scanner cannot see
    # where the text ends
    assert pruned(".a{color:rgb(1,2} .x{display:none}") is None


def test_an_escape_that_may_spell_url_leaves_the_text_whole():
    assert pruned(r".a{background:ur\6c(a{b)} .x{display:none}") is None


def test_a_selector_after_a_stray_semicolon_leaves_the_text_whole():
    # tinycss2 reads ";.a" as the selector; the text is read as before the scanner
    assert pruned(".b{color:red};.x{display:none}") is None
    assert _hidden(".b{color:red}\n.x{display:none}") == ["not "]


def test_a_plain_selector_list_stands_as_a_mark_with_its_selectors_count_and_needs():
    kept = pruned(".a .b, #c > p:hover::before{display:none} .x:not(.y){display:none}")
    assert kept is not None
    assert kept.text == '"\ue0000"{"\ue0010"}.x:not(.y){"\ue0011"}'
    assert kept.blocks == (("display:none",), ("display:none",))
    (listed,) = kept.selectors
    assert (listed.text, listed.count) == (".a .b, #c > p:hover::before", 2)
    assert listed.needs == ((frozenset({"a", "b"}), frozenset()), (frozenset(), frozenset({"c"})))


def test_a_plain_selector_list_matches_nothing_only_when_each_selector_needs_what_the_page_lacks():
    (listed,) = pruned(".a .b, #c p{display:none}").selectors  # type: ignore[union-attr]
    assert listed.matches_nothing_in(frozenset({"a"}), frozenset({"d"}))
    assert not listed.matches_nothing_in(frozenset({"a", "b"}), frozenset())
    assert not listed.matches_nothing_in(frozenset(), frozenset({"c"}))


def test_selectors_the_page_rules_out_count_as_read_and_the_others_still_hide():
    tree = parse_html("<html><head><style>.gone1, .gone2 span{display:none} .x{display:none}</style></head><body>"
                      "<p>The wall is <span class=x>not </span>safe for anyone who walks along the river.</p>"
                      "<p>The inspection took three weeks and covered every section.</p></body></html>")
    found = style_hidden(tree)
    assert found.rules_read == 3
    assert [el.text for el in found.elements] == ["not "]


def test_a_tag_u_before_a_plus_is_left_as_written():
    # "u+a" is a unicode range to tinycss2, which serializes it as "U+A"
    kept = pruned("u+a{display:none}")
    assert kept is not None and kept.selectors == ()
    assert _rules(_written(kept)) == _rules("u+a{display:none}")


def test_a_text_holding_a_mark_character_has_no_marks():
    for mark in ("\ue000", "\ue001"):
        kept = pruned(f'.a{{display:none}} .b{{content:"{mark}"}}')
        assert kept is not None and (kept.selectors, kept.blocks) == ((), ())
        assert kept.text == ".a{display:none}"


def test_a_rule_that_names_a_property_only_in_a_value_is_left_out():
    assert _read_as_whole(".a{transition:display .3s;color:red} .b{grid-area:zoom} .x{display:none}") == ".x{display:none}"


def test_a_block_with_a_piece_that_is_no_plain_declaration_is_read_whole():
    kept = pruned(".x{/* hides */display:none;color:red}")
    assert kept is not None and kept.blocks == ()
    assert _read_as_whole(".x{/* hides */display:none;color:red}") == ".x{/* hides */display:none;color:red}"


def _written(kept: Any) -> str:
    """A pruned text with its marks written out again: the selector lists and the declarations."""
    text: str = kept.text
    for i, listed in enumerate(kept.selectors):
        text = text.replace(f'"\ue000{i}"', listed.text)
    for i, declarations in enumerate(kept.blocks):
        text = text.replace(f'"\ue001{i}"', ";".join(declarations))
    return text


def test_a_text_cut_short_inside_a_rule_leaves_that_rule_out():
    assert _written(pruned(".x{display:none} .y{font-size:0} .z{displ", cut=True)) == ".x{display:none}.y{font-size:0}"


def test_a_text_cut_short_inside_a_string_or_a_comment_leaves_that_rule_out():
    assert _written(pruned('.x{display:none} .y{content:"} .z{', cut=True)) == ".x{display:none}"
    assert _written(pruned(".x{display:none} .y{/* } .z{", cut=True)) == ".x{display:none}"


def test_a_text_cut_short_inside_a_group_leaves_the_whole_group_out():
    assert _written(pruned(".x{display:none} @media screen{.y{display:none} .z{", cut=True)) == ".x{display:none}"


def test_a_text_cut_short_between_two_rules_is_read_whole():
    assert pruned(".x{display:none} .y{display:none} ", cut=True) is None


def test_an_escape_in_a_selector_alone_does_not_keep_its_rule():
    kept = _read_as_whole(r".md\:w-1{width:50%} .md\:hidden{color:red;display:none}")
    assert kept == r".md\:hidden{display:none}"


def test_the_kept_text_read_a_run_of_top_level_rules_at_a_time_gives_the_rules_of_the_whole():
    import tinycss2

    kept = pruned(".a{display:none} @media screen{.b{display:none} .c{color:red}} .d{margin:0} #e{font-size:0}"
                  " @font-face{src:url(a.woff)} .f{visibility:hidden;color:red}")
    assert kept is not None and kept.ends[-1] == len(kept.text) and len(kept.ends) == 4
    whole = [tinycss2.serialize([r]) for r in tinycss2.parse_stylesheet(kept.text, skip_whitespace=True)]
    runs = [tinycss2.serialize([r]) for start, end in zip((0, *kept.ends), kept.ends, strict=False)
            for r in tinycss2.parse_stylesheet(kept.text[start:end], skip_whitespace=True)]
    assert runs == whole
