"""Quote rules 86 (red teams q86b, q86-held): a claim the source only imagines, supposes, or denies for all is not vouched for.

"vaccines cause autism" was ``exact`` of "Imagine a world where vaccines cause autism.", "the mayor lied to
investigators" of "If true, the report means the mayor lied to investigators.", "vaccines are safe for everyone" of
"Not all vaccines are safe for everyone.": an imperative of imagining governs a whole clause, a condition bounds what a
premise "means" after it, and "Not" two words back negates "all", none of them the word right before the quote. Red
team q86b (21 pairs written before running): 4 wrong on rules 85 (and one expectation of the lead's revised: a dropped
"Most experts believe" makes a belief a fact, a standing decision), 0 after; held out q86-held (16, written after): 10
wrong on rules 85, 4 on the draft (fixed: its noun-phrase guard was English only; "bedeutet das, dass"), 0 after. The
first batch, q86 (24 pairs: quotes starting inside a word or a figure, a correction's withdrawn wording, brackets
adding a "not", a case change), was right on rules 85: a regression set. Over the 17,867 sentence starts of the faithful
survey's 320 pages the imperative opens 3 sentences, each a hypothesis.
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote
from tests.redteam_pairs import redteam_test


@pytest.mark.parametrize(("quote", "source"), [
    ("vaccines cause autism", "Imagine a world where vaccines cause autism. Parents would panic."),
    ("the minister knew about the payments", "Suppose the minister knew about the payments: what then?"),
    ("el presidente sabía todo", "Supongamos que el presidente sabía todo."),
    ("die Regierung hat gelogen", "Stell dir vor, die Regierung hat gelogen."),
    ("так оно и есть", "Допустим, так оно и есть. Но даже тогда ничего не изменится."),
])
def test_a_claim_in_a_sentence_opened_by_an_imperative_of_imagining_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the bridge collapsed", "Imagine my shock when the bridge collapsed."),
    ("he did not", "Imagine that the minister knew, but he did not."),
    ("the comments about my age", "You can imagine the comments about my age."),
    ("Then the factory closed in 2019.", "Imagine the town before the factory closed. Then the factory closed in 2019."),
])
def test_what_the_writer_tells_beside_an_imagined_clause_stays_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


@pytest.mark.parametrize(("quote", "source"), [
    ("vaccines are safe for everyone", "Not all vaccines are safe for everyone."),
    ("the patients recovered", "Not all of the patients recovered."),
    ("vacunas son seguras", "No todas las vacunas son seguras."),
    ("Impfstoffe sind sicher", "Nicht alle Impfstoffe sind sicher."),
])
def test_a_quote_cut_after_a_negated_all_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor lied to investigators", "If true, the report means the mayor lied to investigators."),
    ("the mayor lied", "That would mean the mayor lied."),
    ("the drug works", "In mice, the study shows the drug works."),
    ("die Firma pleite ist", "Sollte das stimmen, bedeutet das, dass die Firma pleite ist."),
])
def test_what_a_premise_means_under_a_condition_or_a_modal_is_altered(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "altered"


@pytest.mark.parametrize(("quote", "source"), [
    ("the mayor lied", "The report means the mayor lied."),
    ("the drug works", "The study shows the drug works."),
    ("people agree", "All people agree."),
])
def test_what_a_premise_means_without_a_condition_stays_exact(quote: str, source: str) -> None:
    assert verify_quote(quote, source).verdict == "exact"


test_the_red_team_pairs_of_rules_86_get_the_verdict_a_reader_expects = redteam_test("redteam-q86.tsv", "redteam-q86b.tsv", "redteam-q86-held.tsv")
