"""False alarms of verify-quote on faithful quotes of the shapes journalists cut, by shape.

A writer quoting a page takes a whole sentence, the words inside the source's own quotation
marks, the clause after "said that" or a verb of saying, the clause after "that" / "dass" /
"que" / "because", a sentence without its leading "But" / "And", one half around a comma, one
part around a conjunction, the words before a preposition, a figure with its noun, a noun
phrase, or the headline. Each quote here is such a cut, verbatim from its text (the marks and
stops at its two ends left off), so it is faithful by construction: every verdict other than
``exact``/``normalized`` is a false alarm, or a place where a rule says the cut changes the
claim (a condition, a negation or a "but" left off). That is what this survey counts: it
measures how many faithful quotes the quote rules refuse, on texts they were never tuned on,
so a rules change can be judged by the faithful quotes it takes back or newly refuses.

Texts: ``--pages`` pages (default 320) drawn with a fixed seed from the metadata set
(../shared/bench/metadata/html), extracted with ``archiver.extract`` (headline, a blank line,
then the article text), plus the quote case texts (tests/data/quotes/*.txt and untuned/*.txt).
They are cached in a JSON file (``--cache FILE``, default in the temporary directory), so a
second run does not extract again. Quotes are drawn from the texts with a fixed seed.

Each quote is verified the way ``archiver verify-quote --text-file`` does it
(``verify_quote(quote, text)``, ``archiver/quotes/service.py``; the text prepared once with
``prepare`` for all its quotes), in a fresh process whose ``PYTHONPATH`` is the tree under
test. ``--tree DIR`` (repeatable) runs the same quotes under another checkout's archiver and
prints the quotes refused by one tree and not the other (``--list``: each with 8 words of
context either side), so a rules change is compared in one sitting:

    python bench/quote_faithful_survey.py [--pages 320] [--jobs 2] [--tree ../base --list]

Writes nothing but the text cache and its own temporary files (no store, no keys); no network.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
METADATA_HTML = REPO.parent / "shared" / "bench" / "metadata" / "html"
QUOTE_TEXTS = REPO / "tests" / "data" / "quotes"
VERDICTS = ("exact", "normalized", "approximate", "altered", "not_found")
VERIFIED = {"exact", "normalized"}
#: Words of context either side of a listed quote.
CONTEXT_WORDS = 8

# ---------------------------------------------------------------------------------------------
# texts


def load_texts(pages: int, seed: int, cache: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``{key: text}`` of the drawn metadata pages (headline, blank line, text) and the case
    texts, and ``{key: headline}`` of the pages that have one."""
    if cache.exists():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("pages") == pages and stored.get("seed") == seed:
            return dict(stored["texts"]), dict(stored["titles"])
        print(f"{cache} holds another draw (pages {stored.get('pages')}, seed {stored.get('seed')}): "
              "extracting again", file=sys.stderr)
    sys.path.insert(0, str(REPO))
    from archiver.extract import extract

    if not METADATA_HTML.is_dir():
        raise SystemExit(f"no metadata pages at {METADATA_HTML} (../shared is not part of the project)")
    files = sorted(METADATA_HTML.iterdir())
    random.Random(seed).shuffle(files)
    texts: dict[str, str] = {}
    titles: dict[str, str] = {}
    t0 = time.perf_counter()
    for f in files[:pages]:
        try:
            article = extract(gzip.decompress(f.read_bytes()), url="https://example.org/x",
                              content_type="text/html")
        except Exception as exc:  # a page the extractor refuses is left out, and said
            print(f"  {f.name}: not extracted ({type(exc).__name__})", file=sys.stderr)
            continue
        text = article.text or ""
        if len(text.split()) < 80:  # no article to quote from
            continue
        key = "meta/" + f.name.removesuffix(".html.gz")
        title = " ".join((article.title or "").split())
        texts[key] = f"{title}\n\n{text}" if title else text
        if title:
            titles[key] = title
    for p in sorted(QUOTE_TEXTS.glob("*.txt")) + sorted(QUOTE_TEXTS.glob("untuned/*.txt")):
        texts["data/" + p.relative_to(QUOTE_TEXTS).as_posix()] = p.read_text(encoding="utf-8")
    print(f"extracted {len(texts)} texts in {time.perf_counter() - t0:.0f} s -> {cache}", file=sys.stderr)
    cache.write_text(json.dumps({"pages": pages, "seed": seed, "texts": texts, "titles": titles}, ensure_ascii=False),
                     encoding="utf-8")
    return texts, titles


# ---------------------------------------------------------------------------------------------
# shapes: the union of the two throw-away generators of 2026-12-01 (q18's and rvq19's)

#: What a writer leaves off the ends of a quote: quotation marks, brackets, stops.
EDGE = "\"\u201c\u201d\u201e\u2018\u2019'\u00ab\u00bb()[].,;:!? \u00a0"
#: The same without the stops a sentence keeps (rvq19's cuts keep a final full stop).
EDGE_KEEP_STOP = "\"\u201c\u201d\u201e\u2018\u2019'\u00ab\u00bb()[],;: "
SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+(?=\s|$)|$)", re.M)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"”“»']?\s+(?=[\"„“«¿¡]?[A-ZÄÖÜÉÈÀÂÎÔÇÑ])")
CONJUNCTION = re.compile(r" (and|but|und|aber|et|mais|y|pero|en|maar) ")
CONJUNCTION_COMMA = re.compile(r",?\s(?:and|but|und|aber|et|mais|y|pero)\s")
THAT = re.compile(r"\b(?:that|dass|que|because|weil|parce que|porque|which|who)\s+")
PREPOSITIONS = {"in", "on", "at", "for", "with", "after", "before", "during", "from", "into", "over",
                "under", "im", "am", "mit", "für", "nach", "vor", "während", "dans", "avec", "pour",
                "pendant", "après", "avant", "con", "para", "durante", "después", "desde"}
ARTICLES = {"a", "an", "the", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une",
            "el", "los", "las", "una"}
PHRASE_STOP = {"of", "in", "on", "that", "which", "who", "is", "was", "are", "were", "has", "had",
               "have", "will", "would", "to", "for", "and", "or", "but", "with", "at", "by", "from",
               "as", "said", "says"}
FIGURE = re.compile(r"^[$€£]?\d[\d.,]*%?$")
QUOTED = re.compile(r"[„“”\"«‹‚]\s?([^„“”\"«»‹›\n]{8,300}?)\s?[“”\"»›‘]")
SAID_THAT = re.compile(
    r"\b(?:said that|says that|told [A-Z]\w+ that|stated that|sagte,? dass|sagt,? dass|erklärte,? dass|"
    r"betonte,? dass|a déclaré que|a dit que|affirme que|estime que|dijo que|afirmó que|aseguró que|"
    r"explicó que)\s+([^.!?\n]{10,300}[.!?]?)")
AFTER_VERB = re.compile(
    r"\b(?:said|says|told (?:reporters|[A-Z]\w+)|announced|explained|added|noted|warned|argued|"
    r"admitted|insisted|claimed|sagte|erklärte|betonte|a déclaré|a affirmé|a expliqué|dijo|afirmó)"
    r"(?: on \w+)?,?\s+([a-zäöüéèàçñ][^.!?\n]{10,300}[.!?]?)")
LEAD = re.compile(r"^(?:But|And|Yet|So|Aber|Und|Doch|Mais|Et|Or|Pero|Y|Sin embargo,)\s+(.*)$", re.S)
#: At most this many quotes of one shape a text for the shapes a text holds many of.
PER_TEXT = 12


def _cuts(text: str, title: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    """(shape, quote) pairs cut from ``text``; duplicates and too short ones left to the caller."""
    capped: dict[str, list[str]] = collections.defaultdict(list)
    # q18's cuts: sentences and their parts, phrases and figures (12 of each shape a text)
    for m in SENTENCE.finditer(text):
        s = m.group().strip()
        words = s.split()
        if not 5 <= len(words) <= 60:
            continue
        capped["sentence"].append(s.strip(EDGE))
        if "," in s:
            head, tail = s.split(",")[0], s.rsplit(",", 1)[1]
            if len(head.split()) >= 4:
                capped["before_comma"].append(head.strip(EDGE))
            if len(tail.split()) >= 4:
                capped["after_comma"].append(tail.strip(EDGE))
            capped["between_commas"] += [mid.strip(EDGE) for mid in s.split(",")[1:-1] if len(mid.split()) >= 4]
        c = CONJUNCTION.search(s)
        if c:
            head, tail = s[:c.start()], s[c.end():]
            if len(head.split()) >= 4 and "," not in head[-3:]:
                capped["before_conj"].append(head.strip(EDGE))
            if len(tail.split()) >= 4:
                capped["after_conj"].append(tail.strip(EDGE))
        for i, w in enumerate(words[3:], 3):
            if w.lower() in PREPOSITIONS and not any(x[-1:] in ",;:" for x in words[:i]):
                capped["before_prep"].append(" ".join(words[:i]).strip(EDGE))
                break
        for i, w in enumerate(words):
            if FIGURE.match(w) and i + 1 < len(words) and re.match(r"^[^\W\d_]+$", words[i + 1]):
                capped["figure"].append(f"{w} {words[i + 1]}".strip(EDGE))
            if w.lower() in ARTICLES and i + 2 < len(words):
                j = i + 1
                while (j < len(words) and j - i < 5 and words[j].lower() not in PHRASE_STOP
                       and words[j][-1:] not in ",.;:!?"):
                    j += 1
                if j < len(words) and words[j][-1:] in ",.;:!?" and j - i < 5:
                    j += 1
                if j - i >= 3:
                    capped["noun_phrase"].append(" ".join(words[i:j]).strip(EDGE))
    for shape, quotes in capped.items():
        rng.shuffle(quotes)
        yield from ((shape, q) for q in list(dict.fromkeys(q for q in quotes if len(q) >= 8))[:PER_TEXT])
    # rvq19's cuts: what a reporter quotes (all of them, but 12 sentences and 12 comma splits)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    sentences = [s.strip() for p in paragraphs for s in SENTENCE_SPLIT.split(p) if len(s.split()) >= 4]
    for s in rng.sample(sentences, min(PER_TEXT, len(sentences))):
        yield "sentence", s.strip(EDGE_KEEP_STOP)
    yield from (("inner_quote", m.group(1)) for m in QUOTED.finditer(text))
    yield from (("said_that", m.group(1)) for m in SAID_THAT.finditer(text))
    yield from (("after_verb", m.group(1)) for m in AFTER_VERB.finditer(text))
    for s in sentences:
        lead = LEAD.match(s)
        if lead:
            yield "lead_dropped", lead.group(1)[0].upper() + lead.group(1)[1:]
            yield "lead_dropped_lc", lead.group(1)
    for s in rng.sample(sentences, min(PER_TEXT, len(sentences))):
        if ", " in s:
            i = s.index(", ")
            yield "after_comma", s[i + 2:]
            yield "before_comma", s[:i]
    for s in sentences:
        yield from (("after_that", s[m.end():]) for m in THAT.finditer(s))
        for m in CONJUNCTION_COMMA.finditer(s):
            yield "after_conj", s[m.end():]
            yield "before_conj", s[:m.start()]
    if len(title.split()) >= 3:
        yield "headline", title


def make_quotes(texts: dict[str, str], titles: dict[str, str], seed: int) -> list[tuple[str, str, str]]:
    """``(key, shape, quote)`` for every text, each (text, quote) once (its first shape)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for key in sorted(texts):
        rng = random.Random(f"{seed}:{key}")
        for shape, cut in _cuts(texts[key], titles.get(key, ""), rng):
            quote = cut.strip().strip(EDGE_KEEP_STOP).strip()
            if 3 <= len(quote.split()) <= 60 and len(quote) >= 8 and (key, quote) not in seen:
                seen.add((key, quote))
                out.append((key, shape, quote))
    return out


# ---------------------------------------------------------------------------------------------
# verifying, in a fresh process per tree (and per slice with --jobs)


def worker(job_file: Path, part: int, parts: int) -> None:
    """Verify this slice's quotes with the archiver on ``sys.path``; one JSON document on stdout."""
    import archiver
    from archiver.quotes import QUOTE_RULES_VERSION, prepare, verify_quote

    job = json.loads(job_file.read_text(encoding="utf-8"))
    texts: dict[str, str] = job["texts"]
    keys = sorted(texts)
    mine = {k for i, k in enumerate(keys) if i % parts == part}
    prepared: dict[str, Any] = {}
    results: dict[int, list[Any]] = {}
    for n, (key, _shape, quote) in enumerate(job["quotes"]):
        if key not in mine:
            continue
        text = prepared.get(key) or prepared.setdefault(key, prepare(texts[key]))
        try:
            r = verify_quote(quote, text)
        except Exception as exc:  # counted and shown, not fatal: the survey reads the rest
            results[n] = [f"error:{type(exc).__name__}", None, None]
            continue
        results[n] = [r.verdict, r.start, r.end]
    json.dump({"rules": QUOTE_RULES_VERSION, "archiver": archiver.__file__, "results": results},
              sys.stdout)


def run_tree(tree: Path, job_file: Path, jobs: int, pool: ThreadPoolExecutor) -> tuple[str, dict[int, list[Any]]]:
    def one(part: int) -> dict[str, Any]:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run([sys.executable, __file__, "--_worker", str(job_file), str(part), str(jobs)],
                              env=env, cwd=tree, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"the survey under {tree} failed:\n{done.stderr[-3000:]}")
        answer: dict[str, Any] = json.loads(done.stdout)
        return answer

    parts = list(pool.map(one, range(jobs)))
    where = {Path(p["archiver"]).resolve().parent.parent for p in parts}
    if where != {tree.resolve()}:
        raise SystemExit(f"--tree {tree} imported archiver from {', '.join(map(str, where))}")
    results = {int(n): r for p in parts for n, r in p["results"].items()}
    return parts[0]["rules"], results


# ---------------------------------------------------------------------------------------------
# printing


def print_table(label: str, quotes: list[tuple[str, str, str]], results: dict[int, list[Any]]) -> None:
    by_shape: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for n, (_key, shape, _quote) in enumerate(quotes):
        by_shape[shape][results[n][0]] += 1
    by_shape["all"] = sum(by_shape.values(), collections.Counter())
    errors = sorted({v for c in by_shape.values() for v in c if v.startswith("error:")})
    print(f"\n{label}")
    print(f"  {'shape':16s} {'quotes':>7s} " + " ".join(f"{v:>11s}" for v in VERDICTS)
          + f" {'refused':>8s} {'%':>6s}" + "".join(f" {e:>12s}" for e in errors))
    for shape in sorted(by_shape, key=lambda s: (s == "all", s)):
        c = by_shape[shape]
        total = sum(c.values())
        refused = total - c["exact"] - c["normalized"]
        print(f"  {shape:16s} {total:7d} " + " ".join(f"{c[v]:11d}" for v in VERDICTS)
              + f" {refused:8d} {100 * refused / max(1, total):6.2f}" + "".join(f" {c[e]:12d}" for e in errors))


def context(text: str, quote: str, start: int | None, end: int | None) -> str:
    if start is None or end is None:
        start = text.find(quote)
        end = start + len(quote)
    if start < 0:
        return f"[{quote}] (not found verbatim)"
    before = " ".join(text[:start].split()[-CONTEXT_WORDS:]) + (" " if text[start - 1:start].isspace() else "")
    after = (" " if text[end:end + 1].isspace() else "") + " ".join(text[end:].split()[:CONTEXT_WORDS])
    return f"... {before}[{' '.join(text[start:end].split())}]{after} ..."


def compare(base: tuple[str, str, dict[int, list[Any]]], other: tuple[str, str, dict[int, list[Any]]],
            quotes: list[tuple[str, str, str]], texts: dict[str, str], listing: bool) -> None:
    (a_label, a_rules, a), (b_label, b_rules, b) = base, other
    for (x_label, x), (y_label, y) in (((a_label, a), (b_label, b)), ((b_label, b), (a_label, a))):
        only = [n for n in range(len(quotes)) if x[n][0] not in VERIFIED and y[n][0] in VERIFIED]
        shapes = collections.Counter(quotes[n][1] for n in only)
        print(f"\nrefused by {x_label} and verified by {y_label}: {len(only)}"
              + (f" ({', '.join(f'{s} {k}' for s, k in sorted(shapes.items()))})" if only else ""))
        if listing:
            for n in only:
                key, shape, quote = quotes[n]
                start, end = (x[n][1], x[n][2]) if x[n][1] is not None else (y[n][1], y[n][2])
                print(f"  {x[n][0]:11s} {shape:15s} {key}: {context(texts[key], quote, start, end)}")
    changed = sum(1 for n in range(len(quotes)) if a[n][0] != b[n][0])
    print(f"\nverdict changed between the two (rules {a_rules} / {b_rules}): {changed}")


def main(args: argparse.Namespace) -> int:
    cache = args.cache or Path(tempfile.gettempdir()) / f"quote_faithful_survey-{args.pages}-{args.seed}.json"
    texts, titles = load_texts(args.pages, args.seed, cache)
    quotes = make_quotes(texts, titles, args.seed)
    meta = sum(1 for k in texts if k.startswith("meta/"))
    print(f"{len(quotes)} faithful quotes cut from {len(texts)} texts ({meta} metadata pages of "
          f"{args.pages} drawn with seed {args.seed}, {len(texts) - meta} case texts)")
    trees = [REPO] + [Path(t).resolve() for t in args.tree]
    runs = []
    with tempfile.TemporaryDirectory(prefix="quote-survey-") as tmp, \
            ThreadPoolExecutor(max_workers=args.jobs) as pool:
        job_file = Path(tmp) / "job.json"
        job_file.write_text(json.dumps({"texts": texts, "quotes": quotes}, ensure_ascii=False), encoding="utf-8")
        for tree in trees:
            t0 = time.perf_counter()
            rules, results = run_tree(tree, job_file, args.jobs, pool)
            label = "this tree" if tree == REPO else str(tree)
            runs.append((label, rules, results))
            print_table(f"{label}: quote rules {rules} ({time.perf_counter() - t0:.0f} s wall, "
                        f"{args.jobs} job(s))", quotes, results)
    for other in runs[1:]:
        compare(runs[0], other, quotes, texts, args.list)
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        if sys.argv[1:2] == ["--_worker"]:
            worker(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
            sys.exit(0)
        ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
        ap.add_argument("--pages", type=int, default=320, help="metadata pages drawn (default 320)")
        ap.add_argument("--seed", type=int, default=19, help="seed of the page draw and the cuts (default 19)")
        ap.add_argument("--cache", type=Path, help="the texts' JSON cache (default: in the temporary directory)")
        ap.add_argument("--tree", action="append", default=[], metavar="DIR",
                        help="another checkout to survey with the same quotes and compare (repeatable)")
        ap.add_argument("--list", action="store_true",
                        help="with --tree: list the quotes one tree refuses and the other verifies")
        ap.add_argument("--jobs", type=int, default=1, help="processes per tree (default 1)")
        sys.exit(main(ap.parse_args()))
