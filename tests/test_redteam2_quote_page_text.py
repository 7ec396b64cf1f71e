"""Red team, second pass: words found only in the page's other text while the article says otherwise.

A quote not in the article body is looked for in the page's other visible text (notes,
navigation, reader comments). Found there verbatim, it is ``exact`` with ``where:
page_text``; when the article body held a close passage that differs materially ("May" for
"June"), that was not said at all. The explanation now says what the article body holds.
The verdict itself is unchanged (the page does hold the words, and says where): a policy
question left to the lead.
"""

from __future__ import annotations

from archiver.quotes import verify_quote

BODY = "The minister said the bridge would open in May, not in June as planned, officials said on Monday."
PAGE = BODY + "\n\nReader comments\n\nJoe: the minister said the bridge would open in June, what a joke."


def test_a_match_outside_the_body_says_when_the_body_differs_materially():
    result = verify_quote("the minister said the bridge would open in June", BODY, page_text=PAGE)
    assert result.where == "page_text"
    assert "The article body says otherwise" in result.explanation and "'June'" in result.explanation


def test_a_match_outside_the_body_where_the_body_has_nothing_close_says_only_where():
    page = BODY + "\n\nRelated: the council approved the new cycle lanes on the eastern bank yesterday."
    result = verify_quote("the council approved the new cycle lanes on the eastern bank", BODY, page_text=page)
    assert result.where == "page_text" and "says otherwise" not in result.explanation
