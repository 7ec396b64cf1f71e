"""Red team (self-review of quote rules 13): a quote that starts right after "not", "no", "only" or "if".

"everyone will succeed" is a verbatim part of "Not everyone will succeed", "definitive evidence
that steroids will help" of "there is no definitive evidence that steroids will help", "the dam
fails, the town will flood" of "If the dam fails, the town will flood", "want the show to end"
of "She doesn't want the show to end": each was ``exact`` (verified) and says the opposite of
the source, or makes a fact of a condition. The token-edge rule (quote rules 6) refused a quote
that cuts "non-" or "won't" inside a token; a quote cut right after a whole word that negates,
restricts or sets a condition on the words it keeps misleads the same way. Now a match whose
source has such a word right before it, in the same clause (nothing but spaces between:
:data:`archiver.quotes.lead_word.LEADING_QUALIFIERS`, and every negation of the covered
languages), is ``altered`` (``leading_qualifier``) unless the text holds the words elsewhere
without one. A quote that starts after a clause mark, a quotation mark or any other word still
verifies.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "Not everyone will succeed, the analysts warned on Monday.\n\n"
    "The panel said there is no definitive evidence that steroids will help patients.\n\n"
    "If the dam fails, the town will flood within hours, the engineer said.\n\n"
    "She doesn't want the show to end, her agent told reporters.\n\n"
    "Only three of the ten schools met the new standard last year.\n\n"
    "Der Minister sagte, die Brücke sei nicht sicher für schwere Lastwagen.\n\n"
    "Le ministre a dit que le pont n’était pas sûr pour les camions.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("everyone will succeed", "Not"),
    ("definitive evidence that steroids will help patients", "no"),
    ("the dam fails, the town will flood within hours", "If"),
    ("want the show to end", "doesn't"),
    ("three of the ten schools met the new standard", "Only"),
    ("sicher für schwere Lastwagen", "nicht"),
])
def test_a_quote_starting_right_after_a_negation_or_restriction_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    [diff] = [d for d in result.differences if d.material]
    assert diff.kind == "leading_qualifier"
    assert diff.source == left_out and SOURCE[diff.start:diff.end] == left_out


@pytest.mark.parametrize("quote", [
    # ("the town will flood within hours", after "If the dam fails, ", is altered since quote
    # rules 17: tests/test_redteam_rtq2_quote_after_condition.py)
    "the analysts warned on Monday",
    # (with its "for trucks": "the bridge is not safe" cut before it is altered since quote rules 72,
    # a judgment cut before its scope: archiver/quotes/judgment_scope.py)
    "the bridge is not safe for trucks",
    "pas sûr pour les camions",
])
def test_a_quote_starting_after_a_clause_mark_or_another_word_still_verifies(quote):
    source = SOURCE + "The engineer said the bridge is not safe for trucks.\n\n"
    assert verify_quote(quote, source).verified


def test_the_same_words_elsewhere_without_the_negation_verify():
    source = "Not everyone will succeed, they said. In this team everyone will succeed, the coach replied."
    assert verify_quote("everyone will succeed", source).verdict == "exact"
