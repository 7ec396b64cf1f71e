""""Falsely" in more words, a French "le" in a bracket for "Elle", and names that spell a pronoun (quote rules 40).

Red team rvq39: "incorrectly claimed that", "affirme mensongèrement que", "sostiene a torto che",
"alega erradamente que", "голословно утверждает, что", "behauptete zu Unrecht, dass" passed
``exact``; "[Le ministre]" for "Elle" passed ``normalized`` (only "el", "il", "lo", "la" told a
gender). French "le" is masculine singular, Italian "le" feminine plural: neither stands for a
feminine singular pronoun, and "[Le autorità]" for "Loro" stays a bracket for a plural. Rules 39
made every capitalised pronoun of a covered language no name, so "[Tom Hanks] sang" for "Ella
sang" passed: in an English passage only English pronouns are no names.
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered

from archiver.quotes import verify_quote


@pytest.mark.parametrize(("quote", "source"), [
    ("the vote was rigged", "He incorrectly claimed that the vote was rigged."),
    ("l'élection a été truquée", "Il affirme mensongèrement que l'élection a été truquée."),
    ("le elezioni sono state truccate", "Sostiene a torto che le elezioni sono state truccate."),
    ("a eleição foi fraudada", "Ele alega erradamente que a eleição foi fraudada."),
    ("выборы были сфальсифицированы", "Он голословно утверждает, что выборы были сфальсифицированы."),
    ("die Wahl gefälscht worden sei", "Er behauptete zu Unrecht, dass die Wahl gefälscht worden sei."),
])
def test_a_clause_said_falsely_in_other_words_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


def test_a_french_masculine_bracket_for_elle_is_altered():
    result = verify_quote("[Le ministre] a démissionné", "Elle a démissionné.")
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)


def test_a_french_feminine_bracket_for_elle_stays_normalized():
    assert verify_quote("[La ministre] a démissionné", "Elle a démissionné.").verdict == "normalized"


def test_an_italian_plural_le_for_loro_is_no_gender_clash():
    assert verify_quote("[Le autorità] hanno deciso", "Loro hanno deciso.").verdict == "normalized"


def test_a_name_that_spells_a_foreign_pronoun_is_a_name_in_an_english_passage():
    result = verify_quote("[Tom Hanks] sang the anthem", "Ella sang the anthem.")
    assert result.verdict == "altered"
    assert any(d.kind == "bracket_alteration" and d.material for d in result.differences)


def test_a_capitalised_pronoun_of_the_passages_language_is_still_no_name():
    assert verify_quote("[El ministro] dimitió", "Él dimitió.").verdict == "normalized"
