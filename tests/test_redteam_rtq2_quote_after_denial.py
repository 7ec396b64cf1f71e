"""Red team (rtq2): a quote that starts right after the verb that denies, doubts or fails it.

"it paid bribes to the minister" is a verbatim part of "The company denied that it paid bribes to
the minister", "warn residents about the flood" of "The firm failed to warn residents ...",
"the water was poisoned" of "Officials dismissed claims the water was poisoned", "the plan will
work" of "It is unclear whether the plan will work", "sign the contract" of "The mayor refused to
sign the contract": each was ``exact``, and says the opposite of the source, or makes a fact of
what it doubts. An ellipsis leaving such a word out beside the quoted words was already
``altered``; a quote starting right after it (or after it and "that", "to", "claims") now is too
(``leading_qualifier``).
"""

from __future__ import annotations

import pytest
from quote_notes import material_notes

from archiver.quotes import verify_quote

SOURCE = (
    "The company denied that it paid bribes to the minister. The firm failed to warn residents about the "
    "flood. Officials dismissed claims the water was poisoned. It is unclear whether the plan will work. "
    "The mayor refused to sign the contract with the builder.\n\n"
    "Der Konzern bestritt, dass er Schmiergeld gezahlt habe.\n\n"
    "The firm rushed to warn residents about the storm, and the mayor said that the new bridge will open.\n\n"
    "They recognised the disputed city of Jerusalem as the capital. It is unclear whether the film is based "
    "on the book.\n\n"
)


@pytest.mark.parametrize(("quote", "word"), [
    ("it paid bribes to the minister", "denied"),
    ("warn residents about the flood", "failed"),
    ("the water was poisoned", "dismissed"),
    ("the plan will work. The mayor", "whether"),
    ("sign the contract with the builder", "refused"),
    ("er Schmiergeld gezahlt habe", "bestritt"),
])
def test_a_quote_starting_right_after_a_denial_doubt_or_failure_is_altered(quote, word):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    notes = material_notes(result, "leading_qualifier")
    assert notes == [f"the quote starts right after {word!r}, which denies or doubts them in the source"]


@pytest.mark.parametrize("quote", [
    "warn residents about the storm",  # "rushed to": no denial (a "wanted to" is an aim: quote rules 18)
    "the new bridge will open",  # "said that": a report, no doubt
    "city of Jerusalem as the capital",  # "the disputed city": an adjective
    "whether the film is based on the book",  # keeps the doubt
])
def test_a_quote_after_another_verb_is_exact(quote):
    assert verify_quote(quote, SOURCE).verdict == "exact"


def test_the_same_words_elsewhere_with_nothing_denying_them_verify():
    source = ("The minister denied that the agency had neglected to warn residents. The agency, as the "
              "minister said, neglected to warn residents.\n")
    assert verify_quote("The agency ... neglected to warn residents", source).verdict == "normalized"


@pytest.mark.parametrize(("quote", "source", "word"), [
    ("the vaccine causes autism", "It is false that the vaccine causes autism, the study found.\n", "false"),
    ("the mayor took the money", "It is not true that the mayor took the money, the court said.\n", "not"),
    ("der Impfstoff Autismus verursacht", "Es ist falsch, dass der Impfstoff Autismus verursacht.\n", "falsch"),
])
def test_a_quote_starting_right_after_it_is_false_that_is_altered(quote, source, word):
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert [d.source for d in result.differences if d.material and d.kind == "leading_qualifier"] == [word]


def test_a_quote_starting_after_it_is_true_that_is_exact():
    assert verify_quote("the mayor took the money", "It is true that the mayor took the money.\n").verdict == "exact"
