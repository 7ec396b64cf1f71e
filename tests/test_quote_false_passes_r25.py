"""False passes quote rules 24 left, each a class (quote rules 25).

Each quote here is a verbatim run of a source that says something else once the words left out
are read back: a clause cut from after a verb that presents it as an allegation
("Prosecutors allege the firm paid bribes", "purports to", "alega que"), or from before such a verb in a speaker's tag
that ends the sentence ("The firm paid bribes, prosecutors allege."); a clause after a noun that
makes it a report, a rumour or a claim ("There were reports that the suspect was armed"); a
clause after an agreement that a negation or "few" limits ("Not everyone agrees the vaccine
works"); a hedge or condition set off by a comma one word after the quote's end ("The economy
is recovering" of "... recovering slowly, if at all."); Spanish or Italian "solo" ("only") where
a short source's language cannot be guessed ("funciona solo en ratones"). Each was ``exact``
under rules 24; each is ``altered``. The faithful neighbours of each class stay ``exact``: a
verb of saying ("Officials say the vaccine works", ", officials said.", "The Associated Press
reports that"; "claim", "behaupten", "prétendre": issue 14 holds a quote cut after "claimed"
faithful), "claimed" before its object ("claimed the title"), an agreement no one limits, an
English "solo".
"""

from __future__ import annotations

import pytest
from quote_notes import assert_altered as _altered
from quote_notes import assert_exact as _exact

from archiver.quotes import verify_quote


def _verdict(quote: str, source: str) -> str:
    return str(verify_quote(quote, source).verdict)

# -- a verb of allegation or claim before the quote --------------------------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("the firm paid bribes", "Prosecutors allege the firm paid bribes. The firm denies it."),
    ("the firm paid bribes", "Prosecutors alleged that the firm paid bribes. The firm denies it."),
])
def test_a_clause_after_a_verb_of_allegation_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("show the firm paid bribes", "The document purports to show the firm paid bribes."),
    ("have paid bribes", "The firm is alleged to have paid bribes."),
])
def test_a_verb_after_a_verb_of_allegation_and_its_to_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("fame is a song", "His claim to fame is a song."),
    ("the court that it paid", "The firm claimed to the court that it paid."),
])
def test_a_noun_after_claim_to_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("el fármaco cura el cáncer", "La empresa alega que el fármaco cura el cáncer. Los médicos dudan."),
])
def test_a_clause_after_a_spanish_verb_of_allegation_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the vaccine works", "Officials say the vaccine works. It was tested."),
    ("the vaccine works", "Officials said that the vaccine works. It was tested."),
    ("the title in 2019 after a long season", "Smith claimed the title in 2019 after a long season."),
    ("the lives of 20 people", "The storm claimed the lives of 20 people on Sunday."),
    ("responsibility for the attack", "A militant group claimed responsibility for the attack."),
    ("had topped 6 million by May", "Unemployment claims had topped 6 million by May."),
])
def test_a_clause_after_a_verb_of_saying_or_an_object_or_predicate_of_claimed_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Rostec \"believe(s) the fight is being lost\"",
     "an unnamed source allegedly \u201cclose\u201d to the Kremlin claimed Rostec \u201cbelieve(s) the fight is being lost,\u201d adding"),
    ("the drug cures cancer", "The company claims the drug cures cancer. Doctors disagree."),
    ("the drug cures cancer", "The company claimed that the drug cures cancer. Doctors disagree."),
    ("have cured cancer", "The firm claims to have cured cancer."),
    ("das Mittel gegen Krebs wirkt", "Die Firma behauptet, dass das Mittel gegen Krebs wirkt. Ärzte zweifeln."),
    ("le médicament guérit le cancer", "L'entreprise prétend que le médicament guérit le cancer. Les médecins doutent."),
])
def test_a_clause_after_claim_is_speech_as_issue_14_holds(quote, source):
    """Issue 14 holds ``Rostec "believe(s) the fight is being lost"``, cut right after "claimed",
    a faithful quote (tests/data/quotes/cases.jsonl): "claim" and its German and French partners
    are verbs of saying, as "say" is; quoting speech without its tag is how speech is quoted."""
    verdict = _verdict(quote, source)
    assert verdict in ("exact", "normalized"), (quote, verdict)


def test_a_claimed_clause_the_source_itself_refutes_next_is_altered():
    """Quote rules 76 (red team q74b): issue 14's rule holds for speech the source leaves standing (others may
    disagree: "Doctors disagree." above); where the source itself says right after that the claim is false ("They
    were not."), the clause cut from both its tag and that refutation states what the source denies. Until rules 76
    this pair was listed above as exact."""
    assert _verdict("they were doing something bold",
                    "Proponents claimed they were doing something bold. They were not.") == "altered"


# -- a speaker's tag of allegation or claim after the quote -------------------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("The firm paid bribes", "The firm paid bribes, prosecutors allege. The firm denies it."),
    ("El fármaco cura el cáncer", "El fármaco cura el cáncer, alega la empresa. Los médicos dudan."),
])
def test_a_quote_before_a_tag_of_allegation_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The vaccine works", "The vaccine works, officials said. It was tested."),
    ("The vaccine works", "The vaccine works, the company says. It was tested."),
    ("The bridge collapsed", "The bridge collapsed, as engineers had claimed. Nobody was hurt."),
    ("The plan is good", "The plan is good, food for thought. Nobody was hurt."),
    ("Die Firma wächst", "Die Firma wächst, behauptet sich aber am Markt. Ärzte zweifeln."),
    ("The drug cures cancer", "The drug cures cancer, the study's authors claim. Doctors disagree."),
    ("The drug cures cancer", "The drug cures cancer, the company claimed. Doctors disagree."),
    ("Das Mittel wirkt gegen Krebs", "Das Mittel wirkt gegen Krebs, behauptet die Firma. Ärzte zweifeln."),
])
def test_a_quote_before_a_tag_of_saying_or_no_tag_is_exact(quote, source):
    _exact(quote, source)


# -- a noun of report, rumour or claim before "that" ---------------------------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("the suspect was armed", "There were reports that the suspect was armed. Police said nothing."),
    ("the suspect was armed", "Rumours that the suspect was armed spread quickly."),
    ("the minister will resign", "There is speculation that the minister will resign. She has said nothing."),
    ("the firm paid bribes", "He dismissed allegations that the firm paid bribes. The trial starts soon."),
    ("United are viewing him as a future No 1", "There have been suggestions that United are viewing him as a future No 1."),
])
def test_a_clause_after_a_noun_of_report_rumour_or_claim_is_altered(quote, source):
    _altered(quote, source, "leading_qualifier")


@pytest.mark.parametrize(("quote", "source"), [
    ("the suspect was armed", "There was evidence that the suspect was armed. Police said so."),
    ("the suspect was armed", "Police confirmed the news that the suspect was armed."),
])
def test_a_clause_after_a_noun_of_evidence_or_news_is_exact(quote, source):
    _exact(quote, source)


@pytest.mark.parametrize(("quote", "source"), [
    ("Israeli airstrikes struck near the camp", "The Associated Press reports that Israeli airstrikes struck near the camp."),
    ("the plant reopened", "The agency reports the plant reopened on Monday."),
])
def test_a_clause_after_reports_as_a_verb_of_saying_is_exact(quote, source):
    _exact(quote, source)


# -- an agreement a negation or "few" limits ----------------------------------------------------


@pytest.mark.parametrize("source", [
    "Not everyone agrees the vaccine works. It was tested.",
    "Few scientists agree that the vaccine works. It was tested.",
    "Doctors do not agree that the vaccine works. It was tested.",
])
def test_a_clause_after_a_denied_or_partial_agreement_is_altered(source):
    _altered("the vaccine works", source, "leading_qualifier")


@pytest.mark.parametrize("source", [
    "Everyone agrees the vaccine works. It was tested.",
    "Scientists agree that the vaccine works. It was tested.",
])
def test_a_clause_after_an_agreement_no_one_limits_is_exact(source):
    _exact("the vaccine works", source)


# -- doubt one word after the quote's end --------------------------------------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("the economy is recovering", "The economy is recovering slowly, if at all. Data show little."),
    ("The plan works", "The plan works well, at best. Critics disagree."),
    ("The system was tested", "The system was tested thoroughly, supposedly. Nobody checked."),
    ("The firm pays its taxes", "The firm pays its taxes late, if ever. Nobody checked."),
])
def test_a_hedge_one_word_after_the_quote_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The economy is recovering", "The economy is recovering slowly, economists said. Data show it."),
    ("The plan works", "The plan works well, and costs little."),
])
def test_a_word_after_the_quote_and_no_hedge_is_exact(quote, source):
    _exact(quote, source)


# -- Spanish or Italian "solo" where the language cannot be guessed -----------------------------


@pytest.mark.parametrize(("quote", "source"), [
    ("El fármaco funciona", "El fármaco funciona solo en ratones."),
    ("Il farmaco funziona", "Il farmaco funziona solo nei topi."),
])
def test_solo_before_a_spanish_or_italian_preposition_in_a_short_source_is_altered(quote, source):
    _altered(quote, source, "trailing_word")


@pytest.mark.parametrize(("quote", "source"), [
    ("The band went", "The band went solo in 2019."),
    ("He flew", "He flew solo for the first time."),
])
def test_an_english_solo_in_a_short_source_is_exact(quote, source):
    _exact(quote, source)

