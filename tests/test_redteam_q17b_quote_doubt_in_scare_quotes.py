"""Red team (q17b): the source's own word of doubt set in quotation marks still counts.

Another speaker's words in quotation marks after a quote ('..., and Walter said, "That is very
untrue."') are a claim of their own, and doubt nothing the quote says (tests/test_quote_faithful_edges.py).
One or two words in quotation marks are the source's own doubt, quoted as a label: "The
election was rigged" of 'The election was rigged, a claim officials called "baseless".' stays
``altered``, as does a doubting adverb in a bracket ("he said (falsely)").
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize("source", [
    'The election was rigged, a claim officials called "baseless".',
    "The election was rigged, a claim officials called \u201ca myth\u201d.",
    "The election was rigged, he said (falsely).",
])
def test_a_quote_ending_before_a_labelled_or_bracketed_doubt_is_altered(source):
    result = verify_quote("The election was rigged", source)
    assert result.verdict == "altered"
    assert [d.kind for d in result.differences if d.material] == ["trailing_word"]
