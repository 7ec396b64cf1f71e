"""Red team, ninth pass (F6): a bracket standing for the opposite word, or naming someone for no one.

A bracket was refused when it changed a number, negation, quantity, date, bound, hedge, a name
for another name or an office for another office. "the plan was too [cheap]" for "too
expensive", "keep the harbour [closed]" for "open", "to [cut]" for "to spend", and "consult
[the mayor]" or "[Tom Weller]" for "consult residents" were ``normalized``. A bracket holding
a word whose opposite (a hand-written list of pairs, every covered language) it stands for,
a name or office standing for words with no name, office, pronoun or determiner that could
refer to it, or a disputing word ("[falsely]") is now ``altered``. A bracket that says whom
a pronoun or noun phrase refers to, or adjusts grammar, still verifies.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "The city council voted on Tuesday to spend 1.5 million euros on repairs to the old harbour wall.\n\n"
    "Opposition leader Tom Weller said the plan was too expensive and that the council had failed to "
    "consult residents before the vote.\n\n"
    "\"We will keep the harbour open to every fishing boat,\" she said.\n\n"
    "The mayor said the harbour would not close during the works.\n\n"
    "Il sindaco ha detto che il porto resterà aperto durante i lavori.\n\n"
    "The company said it would pay the families, and she said the company was right to do so.\n\n"
)


def _bracket_diff(result) -> bool:
    return any(d.kind == "bracket_alteration" and d.material for d in result.differences)


@pytest.mark.parametrize("quote", [
    "Opposition leader Tom Weller said the plan was too [cheap]",
    "\"We will keep the harbour [closed] to every fishing boat,\" she said.",
    "The city council voted on Tuesday to [cut] 1.5 million euros on repairs",
    "Il sindaco ha detto che il porto resterà [chiuso] durante i lavori",
])
def test_a_bracket_standing_for_the_opposite_word_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize("quote", [
    "the council had failed to consult [the mayor] before the vote",
    "the council had failed to consult [Tom Weller] before the vote",
])
def test_a_bracket_naming_someone_where_the_source_names_no_one_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


def test_a_bracket_inserting_a_disputing_word_is_altered():
    result = verify_quote("The mayor said the harbour would [falsely] not close", SOURCE)
    assert result.verdict == "altered" and _bracket_diff(result)


@pytest.mark.parametrize("quote", [
    "\"We will keep the harbour open to every fishing boat,\" [the mayor] said.",     # a pronoun's referent
    "\"We will keep the harbour open to every fishing boat,\" [Anna Berg] said.",     # a name for a pronoun
    "[Acme] said it would pay the families",                                         # a name for "the company"
    "The company said [Acme] would pay the families",                                # a name for "it"
    "The company said it would pay the families, and she said [the firm] was right to do so",  # a synonym
    "\"We will keep the harbour open to every fishing boat,\" she [says].",           # grammar adjusted
    "The mayor said [the port] would not close during the works",                   # a noun for a noun
])
def test_a_bracket_that_says_whom_or_what_the_words_refer_to_still_verifies(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"
