"""A funding line about the journalism itself is the page's sponsorship disclosure (after review x46).

"This article has been supported by ..." was read as sponsored, but the commonest wording of a
non-profit newsroom's funding line, "This reporting was supported by a grant from ...", named the
reporting rather than the article and was missed. "reporting", "coverage" and "journalism" after
"This" are the piece itself; a story's "The reporting was based on ..." or "supported by
additional reporting from Reuters" (what the text rests on) stays none.
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page


@pytest.mark.parametrize("line", ["This reporting was supported by a grant from the Coastal Fund.",
                                  "This coverage is supported by the Example Foundation.",
                                  "This journalism is made possible by readers and the Example Trust."])
def test_a_funding_line_about_this_reporting_is_sponsored(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == [("sponsored", line)]


@pytest.mark.parametrize("line", ["This article was supported by additional reporting from Reuters.",
                                  "This reporting was supported by interviews with twelve former staff."])
def test_what_the_reporting_rests_on_is_no_sponsorship(line: str) -> None:
    assert _notices(_page(tail=f"<p>{line}</p>")) == []
