"""How often a faithful quote across a line break inside a sentence is refused by the read-across rule (quote rules 75).

For ``--pages`` metadata-set pages (fixed seed), every line break of the article text that falls inside a sentence
(the line or paragraph before ends with no sentence mark: a heading, a list item, or a sentence a box broke) gives a quote of up to 6 words either side; each is verified against the
article and page texts as a capture's quote is (``verify_quote(quote, text, page_text=..., page_hidden=...)``). The
quotes are faithful cuts of the text, so each one ``held_across_breaks`` makes ``altered`` is a false alarm unless the
page really showed a negation or a number between (each is printed, to be read).

    python bench/read_across_alarms.py [--pages 300]

Writes nothing; no network.
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "bench" / "metadata" / "html"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=55)
    ap.add_argument("--data", type=Path, default=SHARED)
    args = ap.parse_args()
    from archiver.extract import extract
    from archiver.quotes import verify_quote
    from archiver.quotes.read_across import held_across_breaks

    files = sorted(args.data.glob("*.html.gz"))
    random.Random(args.seed).shuffle(files)
    breaks = quotes = refused = 0
    for f in files[:args.pages]:
        try:
            a = extract(gzip.decompress(f.read_bytes()), url="http://127.0.0.1/", content_type="text/html")
        except Exception:  # noqa: BLE001 - a page the extractor refuses is no quote
            continue
        for m in re.finditer(r"(?<![.!?:;\"\u201d)\n])\n+", a.text):
            breaks += 1
            before = re.findall(r"\S+", a.text[max(0, m.start() - 80):m.start()])[-6:]
            after = re.findall(r"\S+", a.text[m.end():m.end() + 80])[:6]
            if len(before) < 2 or len(after) < 2 or not re.search(r"\w", " ".join(before + after)):
                continue
            quote = " ".join(before + after)
            quotes += 1
            r = verify_quote(quote, a.text, page_text=a.page_text, page_hidden=a.page_text_hidden)
            if any(d.kind == "not_shown" and "between these words" in (d.note or "") for d in r.differences):
                refused += 1
                print(f"REFUSED {f.name[:50]}: {quote!r}: {r.explanation}")
    print(f"{args.pages} pages: {breaks} line breaks inside a sentence, {quotes} quotes across them, "
          f"{refused} refused by the read-across rule")
    del held_across_breaks
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
