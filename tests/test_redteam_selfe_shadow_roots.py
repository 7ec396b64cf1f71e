"""Words a declarative shadow root keeps off the screen, archived from 127.0.0.1 and quoted with
``verify-quote`` (red team, evidence chain).

``<div><template shadowrootmode="open"><p>Nothing to report</p></template><p>The mayor
resigned</p></div>``: a browser attaches the template's content to the ``<div>`` as its shadow
root and shows it instead of the div's own children, of which it shows only those a ``<slot>`` of
the shadow root takes. The extractor dropped the template as never rendered and read the div's
children as the article: ``verify-quote`` answered ``exact``, exit 0, for words no reader saw. Now
a child no slot takes (and a host's own text no slot takes) is a hidden span of the page text:
``altered``, ``not_shown``, exit 1. Children a slot takes, and children of a template that
attaches nothing (the old ``shadowroot`` attribute, a ``<ul>`` host), stay the article's."""

from __future__ import annotations

import pytest
from cli import quote_verdict
from stores import one_capture_fixtures

#: (markup with WORDS in it, the words): a host's children no slot takes
LEFT_OUT = {
    "open-no-slot": ('<div><template shadowrootmode="open"><p>Nothing to report today.</p></template>'
                     '<p>WORDS</p></div>', "the harbour master resigned in disgrace"),
    "closed-no-slot": ('<section><template shadowrootmode="closed"><p>Nothing to report.</p></template>'
                       '<p>WORDS</p></section>', "the pier was sold to a private buyer"),
    "host-own-text": ('<span><template shadowrootmode="open"><b>No comment.</b></template>WORDS</span>',
                      "the council hid the dredging report"),
    "other-named-slot": ('<div><template shadowrootmode="open"><p>Story: <slot name="body"></slot></p></template>'
                         '<p slot="aside">WORDS</p></div>', "the ferry licence was quietly revoked"),
    "custom-element": ('<harbour-note><template shadowrootmode="open"><p>All is well.</p></template>'
                       '<p>WORDS</p></harbour-note>', "the auditors found missing money"),
}
#: the same, where the words are shown
SHOWN = {
    "default-slot": ('<div><template shadowrootmode="open"><p>Story: <slot></slot></p></template>'
                     '<p>WORDS</p></div>', "the budget passed by seven votes to two"),
    "its-named-slot": ('<div><template shadowrootmode="open"><p>Story: <slot name="body"></slot></p></template>'
                       '<p slot="body">WORDS</p></div>', "the new pier opens in the spring"),
    "old-attribute": ('<div><template shadowroot="open"><p>Nothing.</p></template><p>WORDS</p></div>',
                      "dredging costs rose by a tenth"),
    "no-host": ('<ul><template shadowrootmode="open"><p>Nothing.</p></template><li>WORDS</li></ul>',
                "the harbour office moves to the quay"),
}


def _page() -> bytes:
    parts = "".join(f"<h2>Item</h2>{markup.replace('WORDS', words)}"
                    for markup, words in (*LEFT_OUT.values(), *SHOWN.values()))
    return (f"<html><head><title>Harbour board</title></head><body><article><h1>Harbour board</h1>"
            f"<p>The harbour board met on Tuesday and agreed next year's budget after a long debate about "
            f"dredging costs.</p>{parts}<p>The meeting ended late in the evening.</p></article></body></html>"
            ).encode()


template, captured = one_capture_fixtures("shadow-roots", "/board", _page)


@pytest.mark.parametrize("case", list(LEFT_OUT))
def test_a_quote_of_a_hosts_children_its_shadow_root_shows_instead_is_altered_as_not_shown(captured, case):
    code, doc = quote_verdict(captured, LEFT_OUT[case][1])
    assert (code, doc["verdict"]) == (1, "altered"), doc
    assert [d["kind"] for d in doc["differences"] if d["material"]] == ["not_shown"]


@pytest.mark.parametrize("case", list(SHOWN))
def test_a_quote_of_children_a_slot_takes_or_no_shadow_root_replaces_is_exact(captured, case):
    code, doc = quote_verdict(captured, SHOWN[case][1])
    assert (code, doc["verdict"], doc["where"]) == (0, "exact", "text"), doc


def test_the_page_lines_find_a_hosts_hidden_children_without_an_earlier_search():
    # (the lines strip every <template> first: the shadow root must be read before it goes)
    from lxml import html

    from archiver.extract.page_lines import visible_lines_with_credits

    tree = html.fromstring("<html><body><p>The harbour board met on Tuesday.</p><div><template shadowrootmode=open>"
                           "<p>Nothing to report.</p></template><p>The mayor resigned.</p></div></body></html>")
    hidden: list[tuple[int, int]] = []
    lines, _, _ = visible_lines_with_credits(tree, hidden)
    page_text = "\n".join(lines)
    assert [page_text[a:b] for a, b in hidden] == ["The mayor resigned."]
