"""The page states an extraction reports, and what each one other than ``article`` tells a reader.

Here, not in :mod:`archiver.extract`, because ``archive``, ``show`` and ``verify-quote`` print
these notes and must not import the extraction stack (trafilatura, lxml) to do so.
"""

from __future__ import annotations

PAGE_STATES = ("article", "paywall", "consent_wall", "error_page", "not_article", "script_rendered", "download",
               "not_shown")

#: The states of an extraction that has no text because a browser shows none (``archiver reextract``
#: of a capture an older extractor read as text: :func:`archiver.extract.no_text`); its log entry
#: names the state as ``no_text``.
NO_TEXT_STATES = ("download", "not_shown")
#: What a reader says when a capture's bytes could not be read to decide whether a browser shows text of
#: them (they inflate past a limit): no state, and no vouching for a logged text either (``show``'s
#: ``no_text_now``, a bundle's re-check; sec61)
UNDECIDED = "undecided"

#: The note printed beside a capture or a quote report whose page is not the article itself.
STATE_NOTES = {
    "paywall": "this looks like a paywall, not the article",
    "consent_wall": "this looks like a cookie/consent wall, not the article",
    "error_page": "this looks like an error page, not the article",
    "not_article": "no article text found on this page",
    "script_rendered": "the page's article is drawn by its scripts; capture it with `archive --browser`",
    # a re-extraction's (archiver reextract) of a capture an older extractor read as text (task sec59)
    "download": "a browser downloads this body rather than showing it: the capture has no text a reader was shown",
    "not_shown": "a browser shows no text of this body (a type it displays as no page or text): the capture has "
                 "no text a reader was shown",
}


def state_note(state: str) -> str:
    """The note for ``state`` (a state an older or newer extractor wrote is named as it is)."""
    return STATE_NOTES.get(state, f"the page looks like '{state}', not the article itself")
