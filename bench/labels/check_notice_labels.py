"""Check a notice label set's texts against the benchmark's own visible-text rule, before any detector runs.

    python bench/labels/check_notice_labels.py bench/labels/notices-unseen2.jsonl [more.jsonl ...]

Every ``notices[].text`` and every ``borderline`` text must be an exact substring of the page's visible text as
``../shared/bench/disclaimers/tools/visible_text.py`` gives it (``file`` relative to ``../shared/bench``, or
to the repository for pages under ``bench/data``) (``" ".join(visible_lines(html))``), the rule the
shared disclaimers set was built and scored by; ``kind`` must be one of the shared README's six kinds; the rows
must carry the keys of ``notices-unseen.jsonl``. Reads the label file and the pages only (archiver is never
imported), so it may run on a blind set. Prints one line per problem and exits 1 if there is any, else prints a
summary (pages, labels by kind, pages with none, borderline) and exits 0.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "bench"
sys.path.insert(0, str(SHARED / "disclaimers" / "tools"))

import visible_text as vt  # noqa: E402

KINDS = {"disclaimer", "editors_note", "correction", "republished_from", "sponsored", "image_credit"}
KEYS = {"file", "url", "notices", "hard_negatives", "borderline"}


def check(path: Path) -> tuple[list[str], Counter[str]]:
    """The problems of one label file (empty when every text is on its page) and its counts."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{path.name}:{n}"
        if missing := KEYS - row.keys():
            problems.append(f"{where}: missing keys {sorted(missing)}")
            continue
        page = SHARED / row["file"]
        if not page.exists():  # dev17/dev18's pages of bench/data are relative to the repository
            page = REPO / row["file"]
        if not page.exists():
            problems.append(f"{where}: no such page {row['file']}")
            continue
        text = " ".join(vt.visible_lines(page.read_bytes()))
        counts["pages"] += 1
        counts["pages with none"] += not row["notices"]
        for notice in row["notices"]:
            counts[notice["kind"]] += 1
            if notice["kind"] not in KINDS:
                problems.append(f"{where}: unknown kind {notice['kind']!r}")
            if notice["text"] not in text:
                problems.append(f"{where}: label not in the visible text: {notice['text']!r}")
        for border in row["borderline"]:
            counts["borderline"] += 1
            if border not in text:
                problems.append(f"{where}: borderline not in the visible text: {border!r}")
    return problems, counts


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv:
        problems, counts = check(Path(name))
        for p in problems:
            print(p)
        bad += len(problems)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["bench/labels/notices-unseen.jsonl"]))
