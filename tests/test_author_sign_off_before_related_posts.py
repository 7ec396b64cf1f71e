"""A sign-off over "Related posts" signs the story when the extracted text runs on past it (issue 15, extractor 227).

A blog's "Written by Paulinho Giovannini" stands between the story's last paragraph and its "Related posts" list
(authors-blind37; "By Team Tiger Data", a team, under the headline). trafilatura's text kept the teasers, so the
line taken as the story's last paragraph was a teaser's, and the writer's sign-off, two lines under the real one, was
never read. When a marker of what follows the story stands in the text's last lines, the story ends at the last
paragraph above it.
"""

from __future__ import annotations

from archiver.extract.signals import sign_off_credit

STORY = "Optimizing your queries in PostgreSQL does not have to be a daunting task, and the rest of this post shows how."
LAST = "If you really want to extend the database, create a free account today and try the features this post covers."
TEASERS = ["SkipScan: why DISTINCT was slow, and how we built it", "Announcements & Releases", "Sep 19, 2025",
           "Learn how SkipScan turns DISTINCT queries from multi-second waits into milliseconds by jumping between values.",
           "Read more", "Stay updated with new posts and releases.",
           "Receive the latest technical articles and release notes in your inbox, every second week of the month."]


def test_the_sign_off_over_related_posts_is_read_when_the_text_ends_among_the_teasers() -> None:
    lines = ["Best practices for query optimization", "By Team Tiger Data", STORY, LAST,
             "Written by Paulinho Giovannini", "Related posts", *TEASERS]
    assert sign_off_credit(lines, len(lines) - 1) == ["Paulinho Giovannini"]


def test_the_sign_off_under_the_last_paragraph_is_read_as_before() -> None:
    lines = ["Best practices for query optimization", STORY, LAST, "Written by Paulinho Giovannini", "Related posts"]
    assert sign_off_credit(lines, 2) == ["Paulinho Giovannini"]


def test_a_credit_inside_the_story_with_no_marker_after_it_is_no_sign_off() -> None:
    lines = ["Best practices for query optimization", STORY, "Written by Paulinho Giovannini", LAST, *TEASERS]
    assert sign_off_credit(lines, len(lines) - 1) == []


def test_a_credit_in_a_teaser_under_the_marker_is_no_sign_off() -> None:
    lines = ["Best practices for query optimization", STORY, LAST, "Related posts", "Written by Jane Roe", *TEASERS]
    assert sign_off_credit(lines, len(lines) - 1) == []
