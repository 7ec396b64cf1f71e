"""Review rvn59 of round b19notice (extractor 130): its rules read at their edges, as a user who quotes notices and as
an adversary.

- a cue phrase opening its own sentence in the middle of a story's paragraph ("... in March. Sponsored by Acme
  Outdoor, the trip took us ...") has no subject before it: the sentence before is not its subject, so it is no story
  sentence holding a cue in its middle (``_story_sentence`` counted the sentence before, the end's look-ahead cut off
  at the cue, the bug b19notice fixed in ``_span``);
- a cue in the middle of its sentence after a subject ("She was sponsored by Acme Outdoor when ...") stays a story
  sentence.
"""

from __future__ import annotations

import pytest
from notice_articles import notices as _notices
from notice_articles import page as _page

from archiver.extract.notice_statement_guards import story_sentence as _story_sentence

_BEFORE = {"en": "We ran the coast route on a cold morning in March.",
           "de": "Wir liefen die Küstenroute an einem kalten Morgen im März."}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Sponsored by Acme Outdoor, the trip took us along the cliffs for three long days."),
    ("de", "Gesponsert von Acme Outdoor, führte uns die Reise drei lange Tage entlang der Klippen."),
])
def test_a_cue_opening_its_sentence_takes_no_subject_from_the_sentence_before(lang: str, sentence: str) -> None:
    line = f"{_BEFORE[lang]} {sentence}"
    assert not _story_sentence(line, "sponsored", 0, "main_middle", {"terminal": 1.0})


def test_a_cue_after_its_sentences_subject_stays_a_story_sentence() -> None:
    line = f"{_BEFORE['en']} She was sponsored by Acme Outdoor when she ran her first marathon in the hills."
    assert _story_sentence(line, "sponsored", 0, "main_middle", {"terminal": 1.0})


def test_a_story_sentence_with_a_cue_after_its_subject_in_the_middle_of_the_text_is_no_notice() -> None:
    para = f"<p>{_BEFORE['en']} She was sponsored by Acme Outdoor when she ran her first marathon in the hills.</p>"
    assert _notices(_page(para)) == []
