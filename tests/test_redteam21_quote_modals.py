"""Red team, review 21 (F5): a bracket putting one modal in place of another.

Every modal was a function word a bracket may change to fit the grammar, so "She said she
[can] support the plan" for "must", "[should]" for "must", "[must]" or "[will]" for "should" and
"[did]" for "would" were ``normalized`` (only may/might/could were caught, as hedges). A modal
may now be put in its own other tense ("[would]" for "will", "[could]" is still a hedge) or
kept; any other modal, or an auxiliary in its place, is ``altered``
(:func:`archiver.quotes.substitution.modal_note`).

A pronoun for a pronoun ("She said [we support] the plan" for "she supports") is left as the
pronoun rule has it: the words a bracket stands for begin with a pronoun, so the bracket may say
whom they refer to, and whom is not checked (README, the referring rule; "[he]" for "she" is
caught by the list of opposites). It still verifies.
"""

from __future__ import annotations

import pytest
from stores import verdicts_on_archived_page

from archiver.quotes import verify_quote

SOURCE = (
    "She said she must support the plan.\n\n"
    "He said he should vote for the plan.\n\n"
    "They said they would back the plan.\n\n"
    "We said we will sign the plan.\n\n"
    "Der Minister sagte, er muss den Plan unterstützen.\n\n"
    "The mayor said she supports the plan.\n\n"
    "The mayor said the council is ready.\n\n"
    "The clerk said he had signed the plan.\n\n"
)


@pytest.mark.parametrize("quote", [
    "She said she [can] support the plan",
    "She said she [should] support the plan",
    "He said he [must] vote for the plan",
    "He said he [will] vote for the plan",
    "They said they [did] back the plan",
    "We said we [shall] sign the plan",
    "We said we [can] sign the plan",
    "Der Minister sagte, er [soll] den Plan unterstützen",
    "She said [she can] support the plan",
])
def test_a_bracket_putting_another_modal_in_place_of_the_sources_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "bracket_alteration" and "modal" in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "We said we [would] sign the plan",          # will -> would: its own other tense
    "They said they [will] back the plan",       # would -> will
    "She said she [must] support the plan",      # kept
    "Der Minister sagte, er [musste] den Plan unterstützen",
    "The mayor said the council [was] ready",    # an auxiliary that is no modal, to fit the grammar
    "The mayor said [we support] the plan",      # a pronoun for a pronoun: the referring rule
    "We said [we'll] sign the plan",             # a contraction of the same modal
    "They said [they'd] back the plan",          # "'d" for "would"
    "The clerk said [he'd] signed the plan",     # "'d" for "had"
])
def test_a_modal_in_its_own_other_tense_or_another_auxiliary_still_verifies(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"


REVIEW_PAGE = (
    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour plan</title></head><body><article>"
    "<h1>Harbour plan</h1><p>The mayor said on Monday that she must support the plan for the old "
    "harbour.</p><p>Her deputy said he should vote for the plan in the council.</p></article></body></html>"
)


def test_verify_quote_of_a_captured_page_refuses_a_swapped_modal(store):
    altered = ("she [can] support the plan for the old harbour",
              "Her deputy said he [must] vote for the plan")
    got = verdicts_on_archived_page(store, REVIEW_PAGE, "/modal", [*altered,
         "Her deputy said he [would] vote for the plan",
         "Her deputy said he should vote for the plan"])
    assert {q: got[q] for q in altered} == dict.fromkeys(altered, (1, "altered"))
    assert got["Her deputy said he [would] vote for the plan"][0] == 1  # should -> would is another modal
    assert got["Her deputy said he should vote for the plan"] == (0, "exact")
