"""A speaker's tag whose verb of saying stands after its subject, an adjunct after it (review s41).

Rules 24 read past a speaker's tag set off between commas (", its maker says,") to the limit
after it, but only a tag that its verb of saying ends or opens: the tags news copy writes most,
a subject, its verb and a few words more (", the company said in a statement,", ", its maker
told Reuters,", ", officials said on Tuesday,"), were no tag, and "The treatment works" of "The
treatment works, the company said in a statement, only in mice." was ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize("source", [
    "The treatment works, the company said in a statement, only in mice.",
    "The treatment works, its maker told Reuters, only in mice.",
    "The treatment works, its maker said on Tuesday, only in mice.",
    "The treatment works, officials said Tuesday, unless the virus mutates.",
])
def test_a_quote_cut_before_a_tag_with_its_verb_after_its_subject_and_a_limit_after_it_is_altered(source):
    _altered("The treatment works", source, "trailing_word")


@pytest.mark.parametrize("source", [
    "The treatment works, the company said in a statement.",
    "The treatment works, the company said in a statement, and it is cheap.",
])
def test_a_quote_cut_before_such_a_tag_with_no_limit_after_it_is_exact(source):
    _exact("The treatment works", source)
