"""Quote rules 115 (red teams q115, q115-held): a claim followed by a fact-check's rating in brackets ("Vaccines cause
autism (false).", "(misleading)", "(faux)"), cut after "Not that" ("Non que", "No es que"), after a hoax's or a meme's
noun ("The hoax that [the moon landing was staged]"), or after a work of fiction, satire or a dream ("In a parody
video, ", "In his dream, ", "In einem Satirevideo", "Nel romanzo, ") is not stated by the source.

Red team q115 (23 pairs written before running) 17 wrong on rules 114, 0 after (three expectations revised, said in
the file; "so-called" was read already); held out q115-held (13 pairs written after the fix) 0 wrong; the faithful
survey unchanged from rules 114 (a draft read "kam mir [in einem Traum]" after a quote as a made-up setting: a dream
is read only where it opens the sentence).
"""

from __future__ import annotations

from tests.quote_notes import assert_exact
from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_115_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q115.tsv", "redteam-q115-held.tsv")


def test_a_dream_after_the_quote_is_where_a_real_thing_came() -> None:
    assert_exact("Die Idee zu ihm kam mir", "Die Idee zu ihm kam mir in einem Traum.")


def test_a_game_is_no_made_up_setting() -> None:
    assert_exact("the striker scored twice", "In the game, the striker scored twice.")
