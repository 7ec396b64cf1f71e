"""Commit-path cost per capture: fsyncs and CPU milliseconds, in-process, on loopback.

Run: ``.venv/bin/python bench/bench_commit.py [--captures 200]``

Serves the bundled seed article (``archiver/samples/globalresearch-lendman.html``) from a
child process on 127.0.0.1 (so the server's CPU is not counted) and archives it
``--captures`` times into a fresh store with :class:`archiver.archive.Archive`, one process,
as ``archiver archive URL...`` does. Prints, per capture:

* fsyncs: calls of ``os.fsync`` / ``fcntl(F_FULLFSYNC)`` made by archiver itself (SQLite's
  own syncs are not counted: the index and text index run in WAL mode with
  ``synchronous=NORMAL``, which syncs at checkpoints, not per commit): 3 per capture, the WARC
  records, the key folder's append journal line (which must be on disk before the log lines
  it announces) and the log lines; and, apart, those of the closing checkpoint;
* CPU ms (``time.process_time()``): all of it (fetch + commit), and the commit alone
  (``record_exchange``: WARC, extraction, log, index, text index) with the extraction's
  share shown separately, then the rest split: WARC records (and their one fsync), log
  entries (and theirs), capture index rows, text index (normalisation + FTS insert).

``--text-slice 16`` indexes texts 16 per transaction, as a batch worker does
(:meth:`archiver.archive.Archive.index_texts_in_slices`); the default, 1, is what ``archiver archive`` does.
``--page batch`` archives the page bench/bench_batch.py serves instead (the seed article
padded with a sidebar of related links to 20 KB), so that the split adds up to the batch's.
``--fsync-sites`` lists every fsync by the file synced and the archiver function asking, per
capture and for the checkpoint that signs them at the end (once per command, or per batch).
``--traf-fast`` runs trafilatura without its readability/justext fallback (``fast=True``), to
measure what the fallback costs (archiver keeps it: see ``archiver.extract.text._TEMPLATE``).
"""

from __future__ import annotations

import argparse
import fcntl
import multiprocessing as mp
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from archiver.archive import Archive  # noqa: E402


def _serve(page: bytes, conn) -> None:  # noqa: ANN001
    """Child process: answer every GET with ``page`` (HTTP/1.1, keep-alive) until killed."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    conn.send(server.server_address[1])
    server.serve_forever()


class FsyncCounter:
    """Counts fsyncs archiver makes (``os.fsync`` and macOS's ``F_FULLFSYNC``).

    ``sites``: also tally each one by the file synced (a folder, or a file's name with the
    random part of a temporary name dropped) and the archiver function that asked, to list
    where every fsync of a capture happens (costs a readlink and a stack walk per fsync, so
    the CPU figures of such a run are not comparable)."""

    def __init__(self, sites: bool = False) -> None:
        self.count = 0
        self.sites: Counter[tuple[str, str]] | None = Counter() if sites else None
        self._fsync, self._fcntl = os.fsync, fcntl.fcntl

    def _note(self, fd: int) -> None:
        self.count += 1
        if self.sites is not None:
            self.sites[(_synced_file(fd), _archiver_caller())] += 1

    def __enter__(self) -> FsyncCounter:
        def fsync(fd: int) -> None:
            self._note(fd)
            self._fsync(fd)

        def fcntl_(fd, cmd, *args):  # noqa: ANN001, ANN202
            if cmd == getattr(fcntl, "F_FULLFSYNC", object()):
                self._note(fd)
            return self._fcntl(fd, cmd, *args)

        os.fsync, fcntl.fcntl = fsync, fcntl_
        return self

    def __exit__(self, *exc: object) -> None:
        os.fsync, fcntl.fcntl = self._fsync, self._fcntl


def _synced_file(fd: int) -> str:
    """What ``fd`` is, for the tally: ``folder/`` or a file name (a temporary's random part cut)."""
    try:
        target = Path(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return "?"
    if target.is_dir():
        return f"{target.name}/ (folder)"
    name = target.name
    if name.endswith((".warc.gz", ".warc")):
        return "<this process's WARC file>"
    if name.startswith(".") and name.endswith(".tmp"):  # .<name>.<pid>.<hex>.tmp
        return name[1:].rsplit(".", 3)[0] + " (via temp + rename)"
    return name


def _archiver_caller() -> str:
    """The innermost archiver function (module.function) on the stack, below the fsync helpers."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("archiver.") and frame.f_code.co_name not in ("fsync", "fsync_dir", "write_atomic"):
            return f"{module.removeprefix('archiver.')}.{frame.f_code.co_name}"
        frame = frame.f_back
    return "?"


class PhaseTimer:
    """CPU seconds spent inside chosen functions, patched in place for the run (``with``)."""

    def __init__(self, targets: dict[str, tuple[object, str]]) -> None:
        self.targets = targets
        self.cpu = dict.fromkeys(targets, 0.0)
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> PhaseTimer:
        for label, (owner, name) in self.targets.items():
            real = getattr(owner, name)
            self._saved.append((owner, name, real))
            setattr(owner, name, self._timed(label, real))
        return self

    def _timed(self, label: str, real):  # noqa: ANN001, ANN202
        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                self.cpu[label] += time.process_time() - t
        return timed

    def __exit__(self, *exc: object) -> None:
        for owner, name, real in reversed(self._saved):
            setattr(owner, name, real)


def run(captures: int, store: Path, url: str, text_slice: int = 1,
        sites: Counter[tuple[str, str]] | None = None) -> dict[str, float]:
    """The figures of ``captures`` captures of ``url`` into ``store``; with ``sites``, each fsync
    tallied there by (file, caller): per capture, and those of the closing checkpoint as counts."""
    import archiver.extract as extract_mod
    from archiver.store import commit
    from archiver.store.storage import WarcFileWriter

    phases = PhaseTimer({
        "extract": (extract_mod, "extract"), "warc": (WarcFileWriter, "write"),
        "log": (Archive, "append_events"), "index": (commit, "index_captures"),
        "text_index": (Archive, "_index_texts_now"),
    })
    fetch_cpu = commit_cpu = 0.0
    with Archive.open(store) as arc:
        arc.ensure_writable()
        arc.record_exchange(url, arc.fetch(url))  # warm-up: imports, log and key, WARC file, indexes
        with FsyncCounter(sites is not None) as fsyncs, phases:
            # as a batch worker does: texts indexed a slice at a time (the timed method wrapped)
            arc.index_texts_in_slices(text_slice)
            for _ in range(captures):
                t0 = time.process_time()
                exchange = arc.fetch(url)
                t1 = time.process_time()
                result = arc.record_exchange(url, exchange)
                t2 = time.process_time()
                assert result.ok and result.article, result.extraction_error
                fetch_cpu += t1 - t0
                commit_cpu += t2 - t1
            t0 = time.process_time()
            arc.flush_texts()  # the last slice, counted as commit CPU
            commit_cpu += time.process_time() - t0
        with FsyncCounter(sites is not None) as signing:  # once per command (batch: once per run)
            arc.log.checkpoint()
    if sites is not None and fsyncs.sites is not None and signing.sites is not None:
        sites.update({(f, c): n / captures for (f, c), n in fsyncs.sites.items()})
        sites.update({(f, f"{c} [checkpoint]"): n for (f, c), n in signing.sites.items()})
    ms = 1000.0 / captures
    cpu = {label: seconds * ms for label, seconds in phases.cpu.items()}
    cpu["index"] -= cpu["text_index"]  # index_captures calls index_texts
    return {"fsyncs": fsyncs.count / captures, "checkpoint_fsyncs": signing.count, "cpu_total_ms": (fetch_cpu + commit_cpu) * ms,
            "cpu_fetch_ms": fetch_cpu * ms, "cpu_commit_ms": commit_cpu * ms,
            "cpu_extract_ms": cpu["extract"], "cpu_commit_without_extract_ms": commit_cpu * ms - cpu["extract"],
            **{f"cpu_{label}_ms": cpu[label] for label in ("warc", "log", "index", "text_index")}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--captures", type=int, default=200)
    parser.add_argument("--page", choices=("seed", "batch"), default="seed",
                        help="seed: the bundled article; batch: bench_batch.py's 20 KB page")
    parser.add_argument("--traf-fast", action="store_true",
                        help="trafilatura without its readability/justext fallback (measuring only)")
    parser.add_argument("--text-slice", type=int, default=1,
                        help="texts indexed per transaction, as a batch worker does (archiver.batch.TEXT_SLICE)")
    parser.add_argument("--fsync-sites", action="store_true",
                        help="also list where each fsync happens (file and caller); slows the CPU figures")
    args = parser.parse_args()
    if args.traf_fast:
        from archiver.extract import text

        text._TEMPLATE.fast = True
    if args.page == "batch":
        sys.path.insert(0, str(REPO / "bench"))
        from bench_batch import seed_page

        page = seed_page()
    else:
        page = (REPO / "archiver" / "samples" / "globalresearch-lendman.html").read_bytes()
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=_serve, args=(page, child), daemon=True)
    server.start()
    try:
        port = parent.recv()
        with tempfile.TemporaryDirectory(prefix="bench-commit-") as tmp:
            os.environ.setdefault("ARCHIVER_KEY_DIR", str(Path(tmp) / "keys"))
            sites: Counter[tuple[str, str]] | None = Counter() if args.fsync_sites else None
            figures = run(args.captures, Path(tmp) / "store", f"http://127.0.0.1:{port}/article",
                          args.text_slice, sites)
    finally:
        server.kill()
    print(f"captures            {args.captures} (in-process, loopback, {len(page):,} byte HTML page"
          f"{'; trafilatura fast=True' if args.traf_fast else ''}"
          f"{f'; texts indexed {args.text_slice} per transaction' if args.text_slice > 1 else ''})")
    print(f"fsyncs per capture  {figures['fsyncs']:.2f} (and {figures['checkpoint_fsyncs']:.0f} for the checkpoint"
          " that signs them, once per command or batch)")
    print(f"CPU ms per capture  {figures['cpu_total_ms']:.2f} total = fetch {figures['cpu_fetch_ms']:.2f}"
          f" + commit {figures['cpu_commit_ms']:.2f}")
    print(f"  commit            {figures['cpu_commit_ms']:.2f} = extraction {figures['cpu_extract_ms']:.2f}"
          f" + WARC/log/index/text index {figures['cpu_commit_without_extract_ms']:.2f}")
    rest = figures["cpu_commit_without_extract_ms"] - sum(
        figures[f"cpu_{k}_ms"] for k in ("warc", "log", "index", "text_index"))
    print(f"  the rest          WARC {figures['cpu_warc_ms']:.2f} + log {figures['cpu_log_ms']:.2f}"
          f" + index {figures['cpu_index_ms']:.2f} + text index {figures['cpu_text_index_ms']:.2f}"
          f" + other {rest:.2f}")
    for (synced, caller), n in sorted((sites or {}).items(), key=lambda kv: -kv[1]):
        print(f"  fsync {n:5.2f}  {synced:<36} {caller}")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
