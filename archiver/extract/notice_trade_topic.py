"""A page whose story is about sponsorship and affiliate links (round b20notice: notices-blind20's list of streaming
platforms and how streamers earn: "Affiliate programs: Streamers earn a commission when viewers buy games ...",
"Cons: ... prioritizes Reels and paid content", a table cell "Brand deals, affiliate links, tips"): its sentences hold
the sponsorship cues as the subject they discuss, not as the page's disclosure.

The evidence is the page's own: a disclosure is said once or twice, by the site ("we", "our", "this post"), under a
label, or set apart (a box, small print, italics, an aside); the story's subject is said again and again in the third
person in the story's own paragraphs. So the lines in the story's middle or among its paragraphs (not at its edges,
not set apart) that hold a sponsorship cue with no voice, no reference to the piece and no kind's label are counted,
whether the model reports them or not; when there are :data:`TOPIC_LINES` of them at least, the notices read from
them are dropped together; fewer stand as they are read.
"""

from __future__ import annotations

from archiver.extract.notice_features import statement_features
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_BOX,
    CTX_CAPTION,
    CTX_FOOTER,
    CTX_ITALIC,
    CTX_NOTE,
    CTX_SMALL,
)

#: The fewest third-person sponsorship lines in the story's paragraphs that make it the story's subject.
TOPIC_LINES = 3
#: Where the story's paragraphs stand against the main text (its middle, or between its first and last lines).
_STORY = ("main_middle", "inside_main_span")
#: How a page sets a notice apart from its story.
_APART = CTX_BOX | CTX_NOTE | CTX_ITALIC | CTX_SMALL | CTX_CAPTION | CTX_ASIDE | CTX_FOOTER
#: What makes a sponsorship line the page's own word, wherever it stands.
_OWN = ("voice", "self_ref", "label", "label_only", "quoted", "w_le3")


def third_person_sponsorship(line: str, ctx: int, position: str | None) -> bool:
    """Whether ``line``, read as sponsored, is a sentence of the story's paragraphs said in the third person: in the
    story's middle, set apart by nothing, with none of :data:`_OWN`."""
    if position not in _STORY or ctx & _APART:
        return False
    found = statement_features(line, ctx, position, ("sponsored",))
    return found is not None and not any(found[1].get(name) for name in _OWN)
