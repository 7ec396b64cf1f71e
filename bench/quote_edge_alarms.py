"""False alarms of verify-quote on faithful quotes cut from real article texts.

A reader quoting an article takes whole words: a run of 4 to 12 whitespace-separated words of
a ScrapingHub ground-truth article body (../shared/bench/extraction/scrapinghub), with the
quotation marks, brackets and sentence marks at its two ends left off as a writer leaves them
off. Every such quote is a faithful one, so each verdict other than ``exact``/``normalized``
is a false alarm (or a limit of the rules) to read. Written to measure the token-edge rule
(archiver/quotes/edges.py: a match may not start or end inside a number, contraction or
compound) and the dropped-question rule (archiver/quotes/final_mark.py), which were tuned on
the case set, not on these texts. Prints the counts by verdict, the difference kinds behind
the alarms, and the alarms themselves.

    python bench/quote_edge_alarms.py [--seed 7] [--spans 4000]

Writes nothing (no store, no keys).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)
GROUND_TRUTH = REPO.parent / "shared" / "bench" / "extraction" / "scrapinghub" / "ground-truth.json.gz"
#: What a writer leaves off the ends of a quote: quotation marks, brackets, sentence marks.
EDGE = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb()[].,;:!?"


def main(seed: int, spans: int) -> int:
    from archiver.quotes import prepare, verify_quote

    if not GROUND_TRUTH.exists():
        print(f"no ground truth at {GROUND_TRUTH} (../shared is not part of the project)")
        return 1
    truth = json.loads(gzip.decompress(GROUND_TRUTH.read_bytes()))
    bodies = [v["articleBody"] for v in truth.values() if len(v.get("articleBody", "").split()) >= 12]
    prepared = {}
    rng = random.Random(seed)
    verdicts: collections.Counter[str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    alarms = []
    for _ in range(spans):
        k = rng.randrange(len(bodies))
        words = bodies[k].split()
        n = rng.randint(4, 12)
        i = rng.randrange(0, len(words) - n)
        quote = " ".join(words[i : i + n]).strip(EDGE)
        if len(quote) < 15:
            continue
        text = prepared.setdefault(k, prepare(bodies[k]))
        result = verify_quote(quote, text)
        verdicts[result.verdict] += 1
        if not result.verified:
            kinds.update({d.kind for d in result.differences if d.material} or {"(none)"})
            alarms.append((result.verdict, quote, [d.note or d.kind for d in result.differences][:2]))
    total = sum(verdicts.values())
    print(f"{total} faithful quotes from {len(bodies)} articles (seed {seed}): {dict(verdicts)}")
    print(f"not verified: {len(alarms)} ({100 * len(alarms) / max(1, total):.2f} %); "
          f"material kinds behind them: {dict(kinds)}")
    for verdict, quote, notes in alarms:
        print(f"  {verdict:11s} {quote!r}: {notes}")
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
        ap.add_argument("--seed", type=int, default=7)
        ap.add_argument("--spans", type=int, default=4000)
        args = ap.parse_args()
        sys.exit(main(args.seed, args.spans))
