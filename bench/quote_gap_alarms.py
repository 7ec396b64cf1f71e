"""False alarms of the ellipsis and bracket rules on real article text (printed, never asserted).

Quotes a careful writer would call faithful are built from the ScrapingHub benchmark's article
bodies (../shared/bench/extraction/scrapinghub/ground-truth.json.gz, 181 real pages, never used
to tune the quote rules):

- ``aside``: a sentence with a clause between two commas ("The plan, which ..., will cost
  more") quoted with the clause left out by an ellipsis ("The plan ... will cost more");
- ``sentence``: three sentences in a row of one paragraph quoted with the middle one left out
  ("The wall is old. ... It will hold.");
- ``pronoun``: a sentence with a subject pronoun (he, she, they) quoted with the pronoun
  replaced by a bracketed name that the article uses earlier ("[Smith] said");
- ``tense``: a sentence with "is"/"was"/"has"/"are" quoted with that verb bracketed in another
  tense ("[was]" for "is"), as style guides allow.

Each is verified; the script prints how many come out ``altered``, by difference kind, and
lists every altered one with the reason, so each alarm can be read and judged. Run it with the
code to measure on the path: ``PYTHONPATH=. .venv/bin/python bench/quote_gap_alarms.py [N]``
(N: the most quotes of each kind, default 400).
"""

from __future__ import annotations

import collections
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one is installed (as bench_quotes.py does)

from archiver.quotes import verify_quote  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "extraction" / "scrapinghub"
_SENTENCE = re.compile(r"[^.!?\n]{30,400}[.!?]")
_ASIDE = re.compile(r"^(?P<a>[^,]{15,}?), (?P<x>[^,]{8,80}), (?P<b>[^,]{15,})$")
_PRONOUN = re.compile(r"\b(he|she|they|He|She|They)\b")
_TENSE = {"is": "was", "was": "is", "has": "had", "are": "were", "were": "are"}
_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})(?= [a-z])")


def _articles() -> list[str]:
    with gzip.open(DATA / "ground-truth.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return [v["articleBody"] for _, v in sorted(data.items()) if v.get("articleBody")]


def cases(limit: int) -> dict[str, list[tuple[str, str]]]:
    """(quote, article) pairs of each kind, at most ``limit`` of each, in a fixed order."""
    out: dict[str, list[tuple[str, str]]] = {"aside": [], "sentence": [], "pronoun": [], "tense": []}
    for body in _articles():
        for para in body.split("\n"):
            run = [m.group().strip() for m in _SENTENCE.finditer(para)]
            for i in range(0, len(run) - 2, 3):
                if len(out["sentence"]) < limit:
                    out["sentence"].append((f"{run[i]} ... {run[i + 2]}", body))
        for m in _SENTENCE.finditer(body):
            s = m.group().strip()
            a = _ASIDE.match(s.rstrip(".!?"))
            if a and len(out["aside"]) < limit:
                out["aside"].append((f"{a['a']} ... {a['b']}", body))
            p = _PRONOUN.search(s)
            names = _NAME.findall(body[: m.start()])
            if p and names and p.start() > 0 and len(out["pronoun"]) < limit:
                out["pronoun"].append((s[: p.start()] + f"[{names[-1]}]" + s[p.end():], body))
            t = re.search(r"\b(is|was|has|are|were)\b", s)
            if t and t.start() > 0 and len(out["tense"]) < limit:
                out["tense"].append((s[: t.start()] + f"[{_TENSE[t.group()]}]" + s[t.end():], body))
    return out


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    for kind, pairs in cases(limit).items():
        verdicts: collections.Counter[str] = collections.Counter()
        reasons: collections.Counter[str] = collections.Counter()
        shown = []
        for quote, body in pairs:
            r = verify_quote(quote, body)
            verdicts[r.verdict] += 1
            if r.verdict == "altered":
                kinds = sorted({d.kind for d in r.differences if d.material})
                reasons.update(kinds)
                notes = "; ".join(d.note or d.kind for d in r.differences if d.material)
                shown.append(f"    {quote[:110]!r}\n      -> {notes[:160]}")
        print(f"== {kind}: {len(pairs)} quotes, verdicts {dict(sorted(verdicts.items()))}")
        print(f"   altered by kind: {dict(sorted(reasons.items()))}")
        print("\n".join(shown))


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
