"""Red team (self-review of quote rules 13): an ellipsis leaving out "neglected to", "omis de",
"versäumt", "höchstens" or "au plus".

"The minister denied that the agency had ... warn residents" for "had neglected to warn
residents" says the agency warned them; "La ministre a démenti que l'agence ait ... prévenir les
habitants" for "ait oublié de prévenir" and "Die Behörde hat ... die Bürger zu warnen" for "hat
versäumt, die Bürger zu warnen" do the same in French and German. Only the English "failed to",
"refused to", "denied", "rejected" and "declined" were verbs that negate what follows, so these
were ``normalized``. Likewise "Der Bau soll ... drei Jahre dauern" for "höchstens drei Jahre" (at
most) and "Le chantier doit durer ... trois ans" for "au plus trois ans" drop the bound on the
figure ("at most three years" was caught: "most" is a quantity word): ``normalized`` too.

Now the verbs that negate what follows in the covered languages ("neglect", "omit", "forget",
"versäumen", "unterlassen", "vergessen", "verweigern", "oublier", "omettre", "refuser",
"négliger", "omettere", "dimenticare", "olvidar", "omitir", "esquecer", ...) and the bounds and
comparatives of German and French ("höchstens", "mindestens", "wenigstens", "mehr", "weniger",
"plus", "moins", and "più", "meno", "más") qualify the quoted words beside an ellipsis.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "The minister denied that the agency had neglected to warn residents before the flood.\n\n"
    "The report says the council forgot to inspect the dam in 2021.\n\n"
    "La ministre a démenti que l’agence ait oublié de prévenir les habitants avant la crue.\n\n"
    "Le rapport indique que la mairie a omis de contrôler le barrage en 2021.\n\n"
    "Der Bericht sagt, die Behörde hat versäumt, die Bürger zu warnen.\n\n"
    "Der Bau soll höchstens drei Jahre dauern, sagte der Planer.\n\n"
    "Le chantier doit durer au plus trois ans, a précisé le maire.\n\n"
    "Die meisten Befragten wünschen mehr Radwege in der Stadt.\n\n"
    "La plupart des habitants veulent moins de voitures en ville.\n\n"
    "The agency, as the minister said, neglected to warn residents.\n\n"
    "L’agence a, selon le rapport, oublié de prévenir les habitants.\n\n"
    "Die Behörde hat, wie der Bericht zeigt, versäumt, die Bürger zu warnen.\n\n"
)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("The minister denied that the agency had ... warn residents", "neglected"),
    ("the council ... inspect the dam in 2021", "forgot"),
    ("La ministre a démenti que l’agence ait ... prévenir les habitants", "oublié"),
    ("la mairie a ... contrôler le barrage en 2021", "omis"),
    ("die Behörde hat ... die Bürger zu warnen", "versäumt"),
])
def test_an_ellipsis_leaving_out_a_verb_that_negates_what_follows_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize(("quote", "left_out"), [
    ("Der Bau soll ... drei Jahre dauern", "höchstens"),
    ("Le chantier doit durer ... trois ans", "plus"),
    ("Die meisten Befragten wünschen ... Radwege in der Stadt", "mehr"),
    ("La plupart des habitants veulent ... de voitures en ville", "moins"),
])
def test_an_ellipsis_leaving_out_a_bound_or_comparative_in_german_or_french_is_altered(quote, left_out):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered", result.explanation
    assert any(d.kind == "ellipsis_qualifier" and left_out in (d.note or "") for d in result.differences)


@pytest.mark.parametrize("quote", [
    "The agency ... neglected to warn residents",
    "L’agence a ... oublié de prévenir les habitants",
    "Die Behörde hat ... versäumt, die Bürger zu warnen",
])
def test_an_ellipsis_that_keeps_the_negating_verb_still_verifies(quote):
    assert verify_quote(quote, SOURCE).verdict == "normalized"
