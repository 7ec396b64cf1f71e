"""Quote rules 107 (red teams q107, q107-held): a quote that starts right after a noun of a threat, a proposal, an
offer, a call, a demand or a campaign and its "to" states the aim as done.

"sue the newspaper" was ``exact`` of "The threat to sue the newspaper was dropped.", "ban the book" of "A proposal to
ban the book was rejected." (``lead_word.EXPECTING_WORDS``). Red team q107 (9 pairs written before running) 2 wrong on
rules 106, 0 after; held out q107-held (6) 4 wrong on rules 94, 0 after; the faithful survey unchanged.
"""

from __future__ import annotations

from tests.redteam_pairs import redteam_test

test_the_red_team_pairs_of_rules_107_get_the_verdict_a_reader_expects = redteam_test(
    "redteam-q107.tsv", "redteam-q107-held.tsv")
