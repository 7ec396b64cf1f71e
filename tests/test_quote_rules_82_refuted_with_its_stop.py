"""Quote rules 82 (red team q82): a claim the source refutes is not vouched for when the quote takes its full stop.

Rules 74-81 read a refutation after the quoted sentence ("This claim has been debunked.", "Verdict: False") only for a
quote that left the sentence's stop off: "Vaccines cause autism." with its stop, the natural way to quote a whole
sentence, came out ``exact`` beside "Vaccines cause autism. This claim has been debunked." (red team q82: 14 wrong of 21
on rules 81; its held-out batch, written after the fixes: 8 wrong of 14 on rules 81, 1 false alarm on the first
draft of 82, fixed). Also read now: the first sentence of the next paragraph, and the sentence after one that speaks
of the claim itself ("The rumour spread quickly on Facebook. It is false."). What follows and refutes something else,
or nothing, leaves the quote ``exact``.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("Vaccines cause autism.", "Vaccines cause autism. This claim has been debunked."),
    ("The moon landing was staged.", "The moon landing was staged. That is a myth."),
    ("Das Trinkwasser ist vergiftet.", "Das Trinkwasser ist vergiftet. Das stimmt nicht."),
    ("Вакцина вызывает аутизм.", "Вакцина вызывает аутизм. Это неправда."),
    ("The senator was arrested in 2019.", "The senator was arrested in 2019.\nVerdict: False"),
])
def test_a_sentence_quoted_with_its_stop_and_refuted_right_after_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("5G towers spread the virus.", "5G towers spread the virus.\n\nThis claim has been debunked by health authorities."),
    ("5G towers spread the virus", "5G towers spread the virus.\n\nThat is false."),
    ("Le pont va s'effondrer.", "Le pont va s'effondrer.\n\nCette affirmation est fausse."),
])
def test_a_claim_the_next_paragraph_opens_by_refuting_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("The mayor has resigned.", "The mayor has resigned. The rumour spread quickly on Facebook. It is false."),
    ("The river is poisoned.", "The river is poisoned. This post was shared thousands of times. The claim is untrue."),
    ("El alcalde dimitió.", "El alcalde dimitió. El bulo circuló por WhatsApp. Es falso."),
])
def test_a_claim_refuted_after_a_sentence_about_the_claim_itself_is_altered(quote, source):
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("The bridge reopened on Monday.", "The bridge reopened on Monday. That is good news for commuters."),
    ("The bridge reopened on Monday.", "The bridge reopened on Monday.\n\nThe tunnel, however, stays closed."),
    ("Vaccines are safe.", "Vaccines are safe. Critics claim they cause autism. That is false."),
    ("The plant will close in May.", "The plant will close in May. The post of director was abolished. It was not needed."),
    ("Officials said the dam would hold.", "Officials said the dam would hold. That turned out to be false."),
    ("Sales rose in March.", "Sales rose in March. Analysts expected a fall. They were wrong."),
    ("Le pont a rouvert lundi.", "Le pont a rouvert lundi.\n\nCe n'est pas le cas du tunnel."),
])
def test_what_refutes_something_else_or_nothing_leaves_the_quote_exact(quote, source):
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.xfail(strict=True, reason="left by rules 82: after a bridge, a refutation in the next paragraph is not "
                                       "read (a new paragraph may speak of anything): a wrong pass, in the closing note")
def test_a_claim_refuted_in_the_next_paragraph_after_a_bridge_is_altered():
    source = "Vaccines cause autism. The post was shared 40,000 times.\n\nThis claim has been debunked."
    assert verify_quote("Vaccines cause autism", source).verdict == "altered"
