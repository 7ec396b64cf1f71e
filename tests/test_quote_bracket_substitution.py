"""A bracket that puts another content word in place of the source's is ``altered``.

Found after quote rules 8 (the session's own check of the README's stated limit): "prices rose
[slightly]" for "sharply", "the court [blocked] the merger" for "approved", "the [health]
minister" for "the finance minister" were ``normalized``, "meaning-preserving changes only
(brackets)", since only a hand-written list of opposites was consulted. A bracket may still say
what the source's words refer to (a pronoun, a determiner's phrase, a name, "here"), or fit the
grammar (another form of the same word, an auxiliary, a preposition).
"""

from __future__ import annotations

import pytest

from archiver.quotes import verify_quote

SOURCE = (
    "The finance minister resigned on Monday after the report.\n\n"
    "She said the company had acted lawfully and would appeal.\n\n"
    "Prices rose sharply in March, the statistics office said.\n\n"
    "The court approved the merger of the two banks.\n\n"
    "Smith said it was safe here.\n\n"
    "Il sindaco ha detto che il porto resterà aperto durante i lavori.\n\n"
    "Der Minister sagte, die Steuer werde im Mai steigen.\n\n"
)


def _substitution(result) -> str | None:
    return next((d.note for d in result.differences if d.kind == "bracket_alteration" and d.material), None)


@pytest.mark.parametrize(("quote", "theirs"), [
    ("Prices rose [slightly] in March", "sharply"),
    ("The court [blocked] the merger of the two banks", "approved"),
    ("The [health] minister resigned on Monday", "finance"),
    ("The [Health] minister resigned on Monday", "finance"),      # capitalised: still no name for a name
    ("She said the [government] had acted lawfully", "company"),
    ("The court approved the [acquisition] of the two banks", "merger"),
    ("Il sindaco ha detto che il [teatro] resterà aperto", "porto"),
    ("Der Minister sagte, die [Miete] werde im Mai steigen", "steuer"),
])
def test_a_bracket_putting_another_content_word_in_place_of_the_sources_is_altered(quote, theirs):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "altered"
    note = _substitution(result)
    assert note is not None and theirs in note.lower()


@pytest.mark.parametrize("quote", [
    "[The minister] resigned on Monday after the report",              # a longer name for the phrase
    "She said [Acme] had acted lawfully and would appeal",               # a name for "the company"
    "She said [the firm] had acted lawfully and would appeal",           # a phrase for a phrase
    "[Anna Smith] said it was safe here",                                 # a fuller name for a name
    "Smith said [the bridge] was safe here",                              # a referent for "it"
    "Smith said it was safe [in Riverton]",                              # a place for "here"
    "Smith [says] it was safe here",                                      # another form of the verb
    "Prices [rise] sharply in March",                                     # an irregular form
    "Smith said it [is] safe here",                                       # an auxiliary's tense
    "Prices rose sharply [during] March",                                 # a preposition
])
def test_a_bracket_that_refers_or_fits_the_grammar_still_verifies(quote):
    result = verify_quote(quote, SOURCE)
    assert result.verdict == "normalized", result.explanation


REGULATOR = "The regulator approved the merger of the two airlines. The board backed the plan and condoned the delay."


@pytest.mark.parametrize("quote", [
    "The regulator [delayed the] merger of the two airlines",      # a determiner inside the gap refers to nothing
    "The regulator approved the [sale of the] two airlines",
    "The board [banned] the plan",                                   # close in letters, another word
    "The board [blocked] the plan",
    "The board backed the plan and [condemned] the delay",
])
def test_a_bracket_swapping_a_word_close_in_letters_or_beside_a_determiner_is_altered(quote):
    """Review 16 F2, F3: a gap holding "the" was taken for a referring expression, and words
    sharing four letters or two letters apart for forms of one word: each was ``normalized``."""
    assert verify_quote(quote, REGULATOR).verdict == "altered"


@pytest.mark.parametrize("quote", [
    "[The agency] approved the merger of the two airlines",
    "The regulator approved [the deal]",
    "The board [backs] the plan",
    "The regulator [approves] the merger of the two airlines",
])
def test_a_bracket_for_a_referring_phrase_or_another_form_of_the_word_still_verifies(quote):
    assert verify_quote(quote, REGULATOR).verdict == "normalized"
