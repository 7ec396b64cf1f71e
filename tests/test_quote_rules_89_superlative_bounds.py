"""Quote rules 89 (red teams q89, q89-held): a superlative, a record or a "first" cut from its bound is not vouched for.

"It is the largest wind farm" was ``exact`` of "It is the largest wind farm in Europe.", "Inflation posted its first
rise" of "... since 2010.", "Sales hit a record high" of "... for October.", "Es ist der größte Windpark" of "...
Europas.", "C'est le plus grand parc éolien" of "... d'Europe.": without its bound the superlative claims the world and
all time (:mod:`archiver.quotes.superlative_scope`). Not the widest bound ("in the world", "ever"), a date after "in"
("the largest profit in 2019": the time of the act as often), an ordinal before anything but "since" ("the first round
in Paris"), nor a superlative whose "of" the quote holds ("the oldest of the brothers"). Red team q89 (18 pairs written
before running) 13 wrong on rules 88, 0 after; held out q89-held (13, written after) 8 wrong on rules 85, 1 on the
draft ("a record level for a third quarter": a time noun after an ordinal, fixed), 0 after. The faithful survey
refuses 19 more cuts, each a superlative cut from its bound ("the fastest economic growth [in Southeast Asia]", "one of
the most conservative appeals courts [in the nation]", "Der teuerste Dienst [im Test]"); a draft's false alarms there
(ordinals, "record" as a noun, "Estado Mayor", "the biggest opponents of a tax [on ...]") were taken out first.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("It is the largest wind farm", "It is the largest wind farm in Europe."),
    ("Inflation posted its first rise", "Inflation posted its first rise since 2010."),
    ("Sales hit a record high", "Sales hit a record high for October."),
    ("Es ist der größte Windpark", "Es ist der größte Windpark Europas."),
    ("C'est le plus grand parc éolien", "C'est le plus grand parc éolien d'Europe."),
])
def test_a_superlative_cut_from_its_bound_is_altered(quote: str, source: str) -> None:
    result = verify_quote(quote, source)
    assert result.verdict == "altered"
    assert "bounds its superlative" in result.explanation


@pytest.mark.parametrize(("quote", "source"), [
    ("It is the tallest building", "It is the tallest building in the world."),
    ("She won the first round", "She won the first round in Paris."),
    ("The company made the largest profit", "The company made the largest profit in 2019 and then collapsed."),
    ("He is the oldest of the brothers", "He is the oldest of the brothers in the band."),
    ("Judge Wilson's troubling record", "Judge Wilson's troubling record on voting rights is relevant."),
    ("Hemos perdido a los mejores de nuestros hijos", "Hemos perdido a los mejores de nuestros hijos en la guerra."),
])
def test_the_widest_bound_a_date_an_ordinal_or_a_quoted_of_leaves_the_quote_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


test_the_red_team_pairs_of_rules_89_get_the_verdict_a_reader_expects = redteam_test("redteam-q89.tsv", "redteam-q89-held.tsv")
