"""Extraction benchmarks: text, metadata, page notices and speed, beside trafilatura.

    .venv/bin/python bench/bench_extract.py [--jobs N] [--only text,metadata,disclaimers,speed]

Reads the shared benchmark sets (../shared/bench) and drives their own scorers:
  text         ScrapingHub article-extraction set (181 pages): token-shingle P/R/F1 of
               archiver.extract vs plain trafilatura.extract, via extraction/evaluate.py.
  metadata     metadata/expected.jsonl (990 pages): title/author/date/sitename accuracy of ours
               (outlet -> sitename) vs trafilatura's own metadata (with_metadata=True).
  disclaimers  disclaimers/score.py over `archiver extract {html} --url {url} --json`.
  fallback     the text figures of archiver with trafilatura's readability/justext fallback
               (fast=False) and without it (fast=True), paired: per-page rows of the same
               181 pages, bootstrap 95% intervals of the difference (without - with).
  speed        pages/s and peak RSS on the ScrapingHub set, best of interleaved passes in
               fresh processes: archiver vs trafilatura text-only vs trafilatura text+metadata.
Figures are printed, never asserted; timings depend on the machine and its load.
bench/bench_generalise.py prints the metadata and notices figures again, split into dev and a
fixed held-out third of the sites (what generalises), with author precision.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "bench"
EVALUATE = SHARED / "extraction" / "evaluate.py"
ADAPTER = REPO / "bench" / "extract_adapter.py"
PY = sys.executable


def _evaluate(data: Path, engine: str, *, jobs: int, out: Path, env: dict[str, str] | None = None,
              predictions: Path | None = None) -> dict:
    cmd = [PY, str(EVALUATE), "--data", str(data), "--persistent", "--jobs", str(jobs),
           "--n-bootstrap", "200", "--name", engine, "--report", str(out),
           "--cmd", f"{PY} {ADAPTER} --engine {engine} --serve"]
    if predictions is not None:
        cmd += ["--save-predictions", str(predictions)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=REPO,
                   env={**os.environ, **env} if env else None)
    return json.loads(out.read_text())


def _evaluate_module():  # noqa: ANN202 - the shared harness, loaded for its scoring functions
    spec = importlib.util.spec_from_file_location("shared_evaluate", EVALUATE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bench_fallback(tmp: Path, jobs: int, n_boot: int = 2000) -> None:
    """archiver's text with trafilatura's fallback (readability/justext comparison) and without.

    Both runs score the same pages, so the difference is bootstrapped over pages as pairs (one
    resample of page indices scores both sides): an interval that holds 0 says the fallback's
    effect is within what the choice of pages alone would move.
    """
    data = SHARED / "extraction" / "scrapinghub"
    preds, reps = {}, {}
    for label, fast in (("with fallback", "0"), ("without fallback", "1")):
        preds[label] = tmp / f"pred-fast{fast}.jsonl"
        reps[label] = _evaluate(data, "archiver", jobs=jobs, out=tmp / f"fallback-{fast}.json",
                                env={"ARCHIVER_BENCH_TRAF_FAST": fast}, predictions=preds[label])
    ev = _evaluate_module()
    pages = [p for p in ev.load_pages(str(data)) if "articleBody" in p]
    rows: dict[str, list] = {}
    texts: dict[str, dict[str, str]] = {}
    for label, path in preds.items():
        by_id = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        texts[label] = {p["id"]: by_id.get(p["id"], {}).get("text") or "" for p in pages}
        rows[label] = [ev.shingle_counts(p["articleBody"], texts[label][p["id"]]) for p in pages]
    changed = sum(1 for p in pages if texts["with fallback"][p["id"]] != texts["without fallback"][p["id"]])
    print(f"\n== text with and without trafilatura's readability/justext fallback "
          f"({len(pages)} pages, {changed} with a different text)")
    print(f"{'archiver':<22}{'F1':>8}{'precision':>11}{'recall':>9}")
    for label, rep in reps.items():
        m = rep["text_shingle"]
        print(f"{label:<22}{m['f1']:>8.3f}{m['precision']:>11.3f}{m['recall']:>9.3f}"
              f"   (± {m['f1_std']:.3f} / {m['precision_std']:.3f} / {m['recall_std']:.3f})")
    rng = random.Random(0)
    n = len(pages)
    diffs: dict[str, list[float]] = {"f1": [], "precision": [], "recall": []}
    for _ in range(n_boot):
        idx = [rng.randrange(n) for _ in range(n)]
        a = ev.aggregate_shingles([rows["without fallback"][i] for i in idx])
        b = ev.aggregate_shingles([rows["with fallback"][i] for i in idx])
        for k in diffs:
            diffs[k].append(a[k] - b[k])
    point_a = ev.aggregate_shingles(rows["without fallback"])
    point_b = ev.aggregate_shingles(rows["with fallback"])
    for k, vals in diffs.items():
        vals.sort()
        lo, hi = vals[int(0.025 * n_boot)], vals[int(0.975 * n_boot) - 1]
        print(f"without - with: {k:<10}{point_a[k] - point_b[k]:+.4f}   paired 95% CI [{lo:+.4f}, {hi:+.4f}]")
    _fallback_segments(tmp, jobs, ev, n_boot)


def _segment_scores(counts: list[tuple[int, int, int, int]]) -> dict[str, float]:
    """Micro-averaged precision/recall/F1 of "with"/"without" segments, as evaluate.py sums them."""
    tp, fp, fn = (sum(c[i] for c in counts) for i in range(3))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r}


def _fallback_segments(tmp: Path, jobs: int, ev, n_boot: int) -> None:  # noqa: ANN001
    """The same A/B on the metadata set's text segments (990 pages of trafilatura's own test
    cache: for each page, sentences that must be in the text and boilerplate that must not)."""
    data = SHARED / "metadata" / "expected.jsonl"
    texts: dict[str, dict[str, str]] = {}
    for label, fast in (("with fallback", "0"), ("without fallback", "1")):
        pred = tmp / f"seg-pred-fast{fast}.jsonl"
        _evaluate(data, "archiver", jobs=jobs, out=tmp / f"seg-{fast}.json",
                  env={"ARCHIVER_BENCH_TRAF_FAST": fast}, predictions=pred)
        texts[label] = {r["id"]: r.get("text") or "" for r in map(json.loads, pred.read_text(encoding="utf-8").splitlines())}
    pages = [p for p in ev.load_pages(str(data)) if p.get("with") or p.get("without")]
    counts = {label: [ev.segment_counts(p, texts[label].get(p["id"], "")) for p in pages] for label in texts}
    changed = sum(1 for p in pages if texts["with fallback"].get(p["id"]) != texts["without fallback"].get(p["id"]))
    halved = sum(1 for p in pages if len(texts["without fallback"].get(p["id"], "")) * 2
                 < len(texts["with fallback"].get(p["id"], "")))
    print(f"\n== text segments of metadata/expected.jsonl ({len(pages)} pages, {changed} with a different text, "
          f"{halved} of them under half as long without the fallback)")
    print(f"{'archiver':<22}{'F1':>8}{'precision':>11}{'recall':>9}")
    for label, c in counts.items():
        m = _segment_scores(c)
        print(f"{label:<22}{m['f1']:>8.3f}{m['precision']:>11.3f}{m['recall']:>9.3f}")
    rng = random.Random(0)
    n = len(pages)
    diffs: dict[str, list[float]] = {"f1": [], "precision": [], "recall": []}
    for _ in range(n_boot):
        idx = [rng.randrange(n) for _ in range(n)]
        a = _segment_scores([counts["without fallback"][i] for i in idx])
        b = _segment_scores([counts["with fallback"][i] for i in idx])
        for k in diffs:
            diffs[k].append(a[k] - b[k])
    point_a, point_b = (_segment_scores(counts[k]) for k in ("without fallback", "with fallback"))
    for k, vals in diffs.items():
        vals.sort()
        lo, hi = vals[int(0.025 * n_boot)], vals[int(0.975 * n_boot) - 1]
        print(f"without - with: {k:<10}{point_a[k] - point_b[k]:+.4f}   paired 95% CI [{lo:+.4f}, {hi:+.4f}]")


def bench_text(tmp: Path, jobs: int) -> dict[str, dict]:
    data = SHARED / "extraction" / "scrapinghub"
    reps = {e: _evaluate(data, e, jobs=jobs, out=tmp / f"text-{e}.json") for e in ("archiver", "trafilatura")}
    print("\n== text: ScrapingHub article-extraction benchmark (181 pages, 4-gram shingles)")
    print(f"{'extractor':<34}{'F1':>8}{'precision':>11}{'recall':>9}{'exact':>8}")
    for engine, label in (("archiver", "archiver extract"), ("trafilatura", "trafilatura.extract (plain)")):
        m = reps[engine]["text_shingle"]
        print(f"{label:<34}{m['f1']:>8.3f}{m['precision']:>11.3f}{m['recall']:>9.3f}{m['exact']:>8.3f}"
              f"   (F1 ± {m['f1_std']:.3f})")
    ours, base = (reps[e]["text_shingle"]["f1"] for e in ("archiver", "trafilatura"))
    print(f"must: our F1 >= trafilatura's: {'MET' if ours >= base else 'NOT MET'} ({ours:.3f} vs {base:.3f})")
    return reps


def bench_metadata(tmp: Path, jobs: int) -> None:
    data = SHARED / "metadata" / "expected.jsonl"
    reps = {e: _evaluate(data, e, jobs=jobs, out=tmp / f"meta-{e}.json") for e in ("archiver", "trafilatura-meta")}
    print("\n== metadata: metadata/expected.jsonl (990 pages; normalised accuracy, evaluate.py 'norm')")
    print(f"{'field':<10}{'n':>5}{'archiver':>10}{'trafilatura':>13}   goal: ahead")
    for field in ("title", "author", "date", "sitename"):
        a, t = reps["archiver"]["metadata"][field], reps["trafilatura-meta"]["metadata"][field]
        verdict = "ahead" if a["norm"] > t["norm"] else ("tied" if a["norm"] == t["norm"] else "behind")
        print(f"{field:<10}{a['n']:>5}{a['norm']:>10.3f}{t['norm']:>13.3f}   {verdict}")


def bench_disclaimers(jobs: int) -> None:
    cmd = [PY, str(SHARED / "disclaimers" / "score.py"), "--jobs", str(jobs),
           "--cmd", f"{PY} -m archiver extract {{html}} --url {{url}} --json"]
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=REPO)
    print("\n== disclaimers: disclaimers/score.py (115 pages, 163 labelled notices)")
    for line in proc.stdout.strip().splitlines()[-8:]:
        print(line)
    print("goal: recall and precision both >= 0.80")


def bench_speed(rounds: int) -> None:
    """Best of ``rounds`` interleaved passes per engine, each in a fresh process (so peak RSS is
    that engine's own), interleaved so that load from other processes hits all engines alike."""
    pages_dir = SHARED / "extraction" / "scrapinghub" / "html"
    engines = {"archiver": "archiver extract (text+metadata+notices)",
               "trafilatura-meta": "trafilatura.extract with_metadata=True",
               "trafilatura": "trafilatura.extract (text only)"}
    best: dict[str, dict] = {}
    for _ in range(rounds):
        for engine in engines:
            out = subprocess.run([PY, str(ADAPTER), "--engine", engine, "--time-pages", str(pages_dir)],
                                 check=True, capture_output=True, text=True, cwd=REPO).stdout
            res = json.loads(out.strip().splitlines()[-1])
            if engine not in best or res["seconds"] < best[engine]["seconds"]:
                best[engine] = res
    print(f"\n== speed: ScrapingHub set ({best['archiver']['pages']} pages), one process, "
          f"best of {rounds} interleaved passes; pages/s of CPU time (wall in brackets)")
    print(f"{'extractor':<42}{'pages/s':>9}{'ms/page':>9}{'(wall p/s)':>12}{'peak MB':>9}")
    for engine, label in engines.items():
        r = best[engine]
        print(f"{label:<42}{r['pages'] / r['seconds']:>9.1f}{1000 * r['seconds'] / r['pages']:>9.1f}"
              f"{'(' + format(r['pages'] / r['wall_seconds'], '.1f') + ')':>12}{r['peak_rss_mb']:>9.0f}")
    ours = best["archiver"]["seconds"]
    for engine in ("trafilatura-meta", "trafilatura"):
        print(f"time overhead vs {engines[engine]}: {ours / best[engine]['seconds'] - 1:+.0%}")
    print("must: overhead of our layers over trafilatura doing the same work (text + metadata) < 30%")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2, help="workers for the accuracy runs")
    ap.add_argument("--only", default="text,metadata,disclaimers,speed")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved passes per engine for speed")
    args = ap.parse_args()
    if not EVALUATE.exists():
        print(f"shared benchmark data not found at {SHARED}", file=sys.stderr)
        return 1
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as d:
        tmp = Path(d)
        if "text" in parts:
            bench_text(tmp, args.jobs)
        if "metadata" in parts:
            bench_metadata(tmp, args.jobs)
        if "disclaimers" in parts:
            bench_disclaimers(args.jobs)
        if "fallback" in parts:
            bench_fallback(tmp, args.jobs)
        if "speed" in parts:
            bench_speed(args.rounds)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
