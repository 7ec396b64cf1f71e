"""What follows a Romance accusation: the deed's infinitive, or the charge's name (quote rules 28).

Rules 27 read a word that ends as an infinitive after "accusé de", "acusado de", "accusato di" as
the deed it alleges. Two sides were wrong. A noun that ends as an infinitive is the charge's name
("meurtre", "parjure", "terrore": each takes a plural in the language's word list, "meurtres",
"terrori"), as "fraud" is in "charged with fraud": quoting it alleges nothing done, and it was
``altered``. An infinitive with a pronoun at its end ("apropiarse de fondos", "haberse
apropiado", "averlo ucciso", "essersi appropriato") is the deed, and it was ``exact``.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact


@pytest.mark.parametrize(("quote", "source"), [
    ("apropiarse de fondos públicos", "La alcaldesa está acusada de apropiarse de fondos públicos."),
    ("haberse apropiado de fondos", "La alcaldesa está acusada de haberse apropiado de fondos."),
    ("averlo ucciso", "Il fratello è accusato di averlo ucciso."),
    ("essersi appropriato dei fondi", "Il sindaco è accusato di essersi appropriato dei fondi."),
    ("essere un mafioso", "Il sindaco è accusato di essere un mafioso."),
    ("vendre des armes", "Il est accusé de vendre des armes."),
])
def test_an_infinitive_with_or_without_its_pronoun_after_an_accusation_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("meurtre", "Il est accusé de meurtre."),
    ("meurtre avec préméditation", "Il est accusé de meurtre avec préméditation."),
    ("parjure", "Il est accusé de parjure."),
    ("terrore", "Fu accusato di terrore."),
])
def test_a_noun_that_ends_as_an_infinitive_after_an_accusation_is_exact(quote, source):
    _exact(quote, source)
