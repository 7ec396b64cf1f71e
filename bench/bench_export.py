"""Export and offline verification of a WACZ evidence bundle: how long, how big.

Run: ``.venv/bin/python bench/bench_export.py [--captures 50] [--log-entries 5000]``

Builds a store of N captures of a realistic article (the project's seed page, from
``../shared/seeds`` when present, else a generated one) served on 127.0.0.1, pads the log with
extra entries (a store that has been used for a while), then times ``export_wacz`` of every
capture and ``verify_bundle`` of the result. Verification is dominated by re-running
extraction on each archived page, so its figure is also given per capture; the replay index
check's own share is timed apart.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from servers import Site, response  # noqa: E402

from archiver.archive import Archive  # noqa: E402
from archiver.export.bundle_verify import verify_bundle  # noqa: E402
from archiver.export.wacz import export_wacz  # noqa: E402

SEED = ROOT.parent / "shared" / "seeds" / "globalresearch-print-page.txt"


def page(i: int) -> bytes:
    if SEED.exists():
        lines = [x for x in SEED.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        lines = [f"Paragraph {n}: the council approved the budget by nine votes to four." for n in range(60)]
    title = html.escape(lines[1] if len(lines) > 1 else "Report") + f" ({i})"
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines[2:])
    return (f"<html><head><title>{title}</title><meta name='author' content='Stephen Lendman'></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--captures", type=int, default=50)
    ap.add_argument("--log-entries", type=int, default=5000, help="extra log entries before the export")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        site = Site()
        for i in range(args.captures):
            body = page(i)
            site.routes[f"/a{i}"] = lambda h, b=body: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], b)
        try:
            with Archive.open(tmp_path / "store", key_dir=tmp_path / "keys") as arc:
                t = time.perf_counter()
                ids = [arc.capture(site.url(f"/a{i}")).capture_id for i in range(args.captures)]
                t_capture = time.perf_counter() - t
                arc.log.append_many([("capture_failed", {"url": f"https://pad.example/{n}", "error": "bench"})
                                     for n in range(args.log_entries)])
                size = arc.log.size
                out = tmp_path / "bundle.wacz"
                t = time.perf_counter()
                result = export_wacz(arc, ids, out)
                t_export = time.perf_counter() - t
        finally:
            site.close()
        bundle_bytes = out.stat().st_size
        t = time.perf_counter()
        report = verify_bundle(out)
        t_verify = time.perf_counter() - t
        t_index, index_lines = index_check_time(out)
    assert report.ok, report.problems
    n = args.captures
    print(f"captures: {n} (capture+extract {t_capture:.2f} s), log entries at export: {size}")
    print(f"export_wacz:   {t_export:.2f} s  ({t_export / n * 1000:.1f} ms/capture), "
          f"{len(result.files)} files, {len(result.entries)} proofs, {bundle_bytes / 1e6:.1f} MB")
    print(f"verify_bundle: {t_verify:.2f} s  ({t_verify / n * 1000:.1f} ms/capture; "
          f"{report.records_checked} records, {report.entries_checked} entries, "
          f"{report.extractions_checked} re-extractions)")
    print(f"  of which the replay index check: {t_index * 1000:.1f} ms ({index_lines} lines; best of 5, "
          "on records already read)")


def index_check_time(bundle: Path) -> tuple[float, int]:
    """The time of ``check_index`` alone (its records are read by the stage before it anyway)."""
    import zipfile

    from archiver.export.bundle_index import check_index
    from archiver.export.bundle_records import load_records
    from archiver.export.bundle_report import Checker

    with zipfile.ZipFile(bundle) as zf:
        c = Checker(zf, bundle, None)
        load_records(c)
        best = float("inf")
        for _ in range(5):
            c.index_lines = 0
            t = time.perf_counter()
            check_index(c, ours=True)
            best = min(best, time.perf_counter() - t)
    assert not c.problems, c.problems
    return best, c.index_lines


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
