"""A quotation split by its speaker's tag: what the speaker says after the tag still belongs to the quoted words
(quote rules 109, red team q109).

'"We will win," he said, "if it doesn't rain."' holds "We will win" verbatim, but the speaker made the win depend on
the weather: the condition follows the tag, not the words, so the trailing readers, which look right after a quote's
end, saw the tag and nothing to read. :func:`resumed_at` finds where the quotation resumes after a short tag of a
verb of saying (:data:`archiver.quotes.lexicon.REPORTING_WORDS`: "he said", "the minister said", "said the
minister", "sagte er", "a-t-il dit" is not read) set off by commas between a closing and an opening quotation mark;
the caller reads the words there as if they followed the quote's end.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import REPORTING_WORDS, WORD, fold_word

_SP = r"[ \t\u00a0\u202f]*"
#: A closing mark (with the comma before or after it), a tag of one to five words, its comma and an opening mark.
_SPLIT = re.compile(_SP + r"(?:,[\"\u201d\u2019\u00bb\u201c]|[\"\u201d\u2019\u00bb\u201c],)" + _SP
                    + r"([^\W\d_][^\n\"\u201c\u201d\u201e\u00ab\u00bb,.;:!?]{0,60}?)" + _SP + r","
                    + _SP + r"[\"\u201c\u201e\u00ab\u2018]" + _SP)
_WORDS = re.compile(WORD)
_TAG_WORDS = 5


def resumed_at(original: str, end: int) -> int | None:
    """Where the quotation resumes after a speaker's tag that follows ``original[end]`` (the quote's end), if the
    tag is one: at most :data:`_TAG_WORDS` words, one of them a verb of saying."""
    m = _SPLIT.match(original, end)
    if m is None:
        return None
    words = [fold_word(w) for w in _WORDS.findall(m.group(1))]
    if len(words) > _TAG_WORDS or not any(w in REPORTING_WORDS for w in words):
        return None
    return m.end()
