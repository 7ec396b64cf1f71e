"""``archiver check``: quote detection, quote-source pairing and verdicts on our own manuscript
set, and seconds per manuscript of 50 quotations whose sources are all archived.

Run: ``.venv/bin/python bench/bench_check.py``

The set is ours (``tests/data/manuscripts/``: Markdown with links, footnotes, a footnote citing two
sources, French and German typography, a block quote, scare quotes, an unattributed quote, an
altered number, a dead page; plus a DOCX built from the same content), cited pages served from
127.0.0.1. The figures say how the rules do on this set, not on manuscripts in general.
Goal from issue 17: a 50-quotation manuscript in under 10 s on 2 cores.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests"), str(REPO)]

from servers import Site, response  # noqa: E402
from test_check_cli import ARCHIVED, PAGES  # noqa: E402

#: what a careful reader finds in tests/data/manuscripts/paper.md: quotation, cited paths, status
EXPECTED = [
    ("We will not close a single library", ["/budget"], "exact"),
    ("The council approved a budget of $15 million on Tuesday", ["/budget"], "altered"),
    ("The harbour handled 41,000 containers in March.", ["/harbour", "/budget"], "normalized"),
    ("the night shift was cancelled for good", [], "unattributed"),
    ("Nous ne reculerons pas ; la sécheresse de cet été a montré l’urgence", ["/interview"], "exact"),
    ("Der Hafen bleibt auch im Winter geöffnet", ["/hafen"], "exact"),
    ("This page has been removed by the publisher", ["/gone"], "source_unavailable"),
    ("Dock workers did not strike, and the night shift continued as planned.", ["/harbour"], "exact"),
]


def run(store: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "archiver", "--store", str(store), *args],
                          capture_output=True, text=True, env=env, cwd=REPO)


def prf(found: set, expected: set) -> tuple[float, float]:
    hit = len(found & expected)
    return (hit / len(found) if found else 1.0, hit / len(expected) if expected else 1.0)


def fifty(base: str) -> str:
    """A manuscript of 50 quotations, each a sentence of an archived page with its link."""
    sentences = [
        ("The council approved a budget of $12 million on Tuesday by seven votes to two", "/budget"),
        ("Opponents said the plan would not fund road repairs before 2027", "/budget"),
        ("The harbour handled 41,000 containers in March, the port authority said", "/harbour"),
        ("Dock workers did not strike, and the night shift continued as planned", "/harbour"),
        ("Elle a ajouté que le plan serait présenté en septembre", "/interview"),
    ]
    paras = []
    for n in range(50):
        text, path = sentences[n % len(sentences)]
        paras.append(f"Point {n + 1}: the source says “{text}” ([source]({base}{path})).")
    return "\n\n".join(paras) + "\n"


def main() -> None:
    site = Site()
    for path, body in PAGES.items():
        site.routes[path] = (lambda b: lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], b))(body)
    site.routes["/gone"] = lambda h: response("404 Not Found", [("Content-Type", "text/html")], b"<p>Not found</p>")
    base = site.url("").rstrip("/")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {**os.environ, "ARCHIVER_KEY_DIR": str(root / "keys"), "PYTHONPATH": str(REPO)}
        store = root / "store"
        assert run(store, env, "archive", *(base + p for p in ARCHIVED)).returncode == 0
        paper = root / "paper.md"
        paper.write_text((REPO / "tests/data/manuscripts/paper.md").read_text(encoding="utf-8").replace("{base}", base),
                         encoding="utf-8")
        doc = json.loads(run(store, env, "check", str(paper), "--json").stdout)
        found_q = {q["quote"] for q in doc["quotes"]}
        exp_q = {q for q, _u, _s in EXPECTED}
        found_p = {(q["quote"], tuple(u.removeprefix(base) for u in q["cited_urls"])) for q in doc["quotes"]
                   if q["cited_urls"]}
        exp_p = {(q, tuple(u)) for q, u, _s in EXPECTED if u}
        statuses = {q["quote"]: q["status"] for q in doc["quotes"]}
        right = sum(statuses.get(q) == s for q, _u, s in EXPECTED)
        p, r = prf(found_q, exp_q)
        print(f"quote detection:       precision {p:.2f}, recall {r:.2f} ({len(exp_q)} quotations, "
              f"{doc['summary']['skipped_scare_quotes']} scare quotes skipped)")
        p, r = prf(found_p, exp_p)
        print(f"quote-source pairing:  precision {p:.2f}, recall {r:.2f} ({len(exp_p)} attributed)")
        print(f"status end to end:     {right}/{len(EXPECTED)} right")
        big = root / "fifty.md"
        big.write_text(fifty(base), encoding="utf-8")
        start = time.perf_counter()
        proc = run(store, env, "check", str(big), "--json")
        took = time.perf_counter() - start
        summary = json.loads(proc.stdout)["summary"]
        print(f"50 quotations, all archived: {took:.1f} s (goal < 10 s); "
              f"{summary['exact'] + summary['normalized']}/50 verified, exit {proc.returncode}")
    site.close()


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
