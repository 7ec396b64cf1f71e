"""Check a notice label set the way every set's README section says it was checked, without archiver's code.

    python bench/labels/check_labels.py bench/labels/notices-unseen3.jsonl [more.jsonl ...]

For each row: the shape (``file``, ``url``, ``notices: [{kind, text}]``, ``hard_negatives``, ``borderline``), the
kinds of ../shared/bench/disclaimers/README.md, and that every notice and borderline text is an exact substring of
the page's visible text by the benchmark's own rule (``normalise(" ".join(visible_lines(html)))`` of
../shared/bench/disclaimers/tools/visible_text.py), so that a label is a quote of what the page shows. It prints
one line per problem and the counts (pages, labels by kind, pages with none, borderline); exit 1 on a problem.
It never runs the detector: it may be run on a blind set before the detector has seen it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "bench"
KINDS = {"disclaimer", "editors_note", "correction", "republished_from", "sponsored", "image_credit"}
KEYS = {"file", "url", "notices", "hard_negatives", "borderline"}


def _visible(file: str) -> str:
    sys.path.insert(0, str(SHARED / "disclaimers" / "tools"))
    from visible_text import normalise, visible_lines  # noqa: PLC0415 (the benchmark's tool, not a package)

    path = REPO / file if file.startswith("bench/") else SHARED / file
    return str(normalise(" ".join(visible_lines(path.read_bytes()))))


def check(path: Path) -> int:
    """Print the problems and counts of one label file; return the number of problems."""
    problems = 0
    count: Counter[str] = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        missing = KEYS - row.keys()
        if missing:
            print(f"{path.name}:{n}: missing {sorted(missing)}")
            problems += 1
            continue
        text = _visible(row["file"])
        count["pages"] += 1
        count["pages with none"] += not row["notices"]
        for notice in row["notices"]:
            count[notice["kind"]] += 1
            if notice["kind"] not in KINDS:
                print(f"{path.name}:{n}: unknown kind {notice['kind']!r}")
                problems += 1
        for what, quote in [*(("label", x["text"]) for x in row["notices"]), *(("borderline", b) for b in row["borderline"])]:
            count[what] += 1
            if quote not in text:
                print(f"{path.name}:{n}: {what} not in the visible text: {quote[:80]!r}")
                problems += 1
    print(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(count.items())) + f"; problems {problems}")
    return problems


def main() -> None:
    sys.exit(1 if sum(check(Path(p)) for p in sys.argv[1:]) else 0)


if __name__ == "__main__":
    main()
