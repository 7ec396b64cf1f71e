"""Wrong verdicts of verify-quote on a red team's source/quote pairs, counted by class.

A red-team file (``tests/data/quotes/redteam-q28.tsv``: tab-separated class, language, the
verdict a reader expects, quote, source; ``#`` lines are comments; a literal ``\\n`` in a
field is a line break, so a source can hold paragraphs) holds pairs written before the engine
ran on them. A pair expected ``altered`` is a cut that changes the claim (a condition, a
time, a bound, a hedge, a denial or a question left off): any verdict that verifies it
(``exact``, ``normalized``) is a wrong pass. A pair expected ``exact`` is a faithful neighbour:
any other verdict is a false alarm. A pair expected ``normalized`` is a faithful neighbour that
needs a meaning-preserving change (a quotation mark, a dash, a bracket, an ellipsis): any verdict
but ``exact``/``normalized`` is a false alarm. Prints each class's count and wrong verdicts, then each
wrong pair (``--list``).

    python bench/quote_redteam.py [FILE] [--list]

Writes nothing (no store, no keys); no network.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)
DEFAULT = REPO / "tests" / "data" / "quotes" / "redteam-q28.tsv"
PASSING = frozenset(["exact", "normalized"])


def read_pairs(path: Path) -> list[tuple[str, str, str, str, str]]:
    """The pairs of a red-team file: (class, language, expected verdict, quote, source)."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, language, expect, quote, source = line.split("\t")
        pairs.append((kind, language, expect, quote.replace("\\n", "\n"), source.replace("\\n", "\n")))
    return pairs


def main(path: Path, listing: bool) -> int:
    from archiver.quotes import QUOTE_RULES_VERSION, verify_quote

    counts: collections.Counter[str] = collections.Counter()
    wrong: collections.Counter[str] = collections.Counter()
    wrong_pairs = []
    for kind, language, expect, quote, source in read_pairs(path):
        verdict = verify_quote(quote, source).verdict
        counts[kind] += 1
        if (
            (expect == "altered" and verdict in PASSING)
            or (expect == "exact" and verdict != "exact")
            or (expect == "normalized" and verdict not in PASSING)
        ):
            wrong[kind] += 1
            wrong_pairs.append((kind, language, expect, verdict, quote, source))
    print(f"{path.name}, quote rules {QUOTE_RULES_VERSION}")
    print(f"  {'class':16} {'pairs':>5} {'wrong':>5}")
    for kind in counts:
        print(f"  {kind:16} {counts[kind]:5} {wrong[kind]:5}")
    print(f"  {'all':16} {sum(counts.values()):5} {sum(wrong.values()):5}")
    if listing:
        for kind, language, expect, verdict, quote, source in wrong_pairs:
            print(f"  {kind:14} {language} expected {expect}, got {verdict:10} {quote!r} <- {source!r}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
        ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
        ap.add_argument("--list", action="store_true", help="print each wrong pair")
        args = ap.parse_args()
        raise SystemExit(main(args.file, args.list))
