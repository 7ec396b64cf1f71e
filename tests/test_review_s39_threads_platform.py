"""Meta's Threads is a platform a picture is taken from; the English word "threads" is not (review of session 39).

Found reading extractor 63's new platforms against ordinary English: "threads" joined the case-blind list of
platforms beside Reddit and LinkedIn, so a story's "Photos in online threads showed the damage ..." became a
picture credit, and so did a caption's "Screenshot of email threads". The platform is written with its capital
("Screenshot from Threads", "Image from Threads"); the common noun is lower case.
"""

from __future__ import annotations

import pytest
from notice_articles import caption as _caption
from notice_articles import credits as _credits
from notice_articles import page as _page


def test_photos_in_online_threads_in_a_story_are_no_credit() -> None:
    assert _credits(_page("<p>Photos in online threads showed the damage to the old bridge.</p>")) == []


def test_a_screenshot_of_email_threads_is_no_platform_credit() -> None:
    assert _credits(_page(_caption("Screenshot of email threads"))) == []


@pytest.mark.parametrize(("text", "credit"), [("Screenshot from Threads", "Screenshot from Threads"),
                                             ("The bridge after the storm. Image from Threads", "Image from Threads")])
def test_a_picture_from_the_threads_platform_is_still_a_credit(text: str, credit: str) -> None:
    assert _credits(_page(_caption(text))) == [credit]
