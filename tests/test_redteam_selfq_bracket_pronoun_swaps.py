"""Red team (self-review of quote rules 13): a bracket putting "he" for "she", "[his]" for "her".

"She is innocent, [his] lawyer said" for "her lawyer said" hands the lawyer to another person;
"[He] will resign" for "She will resign" names another one. A bracket standing for a pronoun is
a referring expression, and any words may spell out what it refers to ("[Berg]" for "she"), so
another pronoun passed too: ``normalized``. Now a bracketed pronoun that stands for a pronoun of
the same person but another gender or number (third person "he"/"she"/"it"/"they", "il"/"elle",
"er"/"es"; first person "I"/"we") is ``altered`` (``bracket_alteration``). A change of person,
as when a quoted "I" is reported ("[he] will resign" for "I will resign"), and another form of
the same pronoun ("[him]" for "he") still verify.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "She is innocent, her lawyer said on Monday.\n\n"
    "“She will resign in May,” the spokesman said.\n\n"
    "“I will not resign,” the mayor said on Friday.\n\n"
    "Elle a quitté le parti en mars, selon le journal.\n\n"
    "“They blocked the plan,” the minister said.\n\n"
)


@pytest.mark.parametrize("quote", [
    "She is innocent, [his] lawyer said",
    "[He] will resign in May",
    "[Il] a quitté le parti en mars",
    "[He] blocked the plan",
    "“[We] will not resign,” the mayor said",
])
def test_a_bracketed_pronoun_of_another_gender_or_number_is_altered(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "bracket_alteration" for d in result.differences)


@pytest.mark.parametrize("quote", [
    "[He] will not resign",
    "She is innocent, [Berg's] lawyer said",
    "[she] will resign in May",
])
def test_a_bracketed_pronoun_of_the_same_referent_or_a_name_still_verifies(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"
