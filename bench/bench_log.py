"""Provenance log throughput: append (fsync per entry, batched) and full verify.

Run: ``.venv/bin/python bench/bench_log.py [--entries 100000] [--fsync-entries 3000]``

Prints entries/s for each operation beside the raw ``hashlib.sha256`` rate over the same
lines, measured in the same run, so the figures can be compared across machines. The goal
from issue 4 is a full verify of at least 25,000 entries/s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archiver.provenance import ProvenanceLog  # noqa: E402
from archiver.provenance import verify as verify_mod  # noqa: E402


def capture_data(i: int) -> dict:
    """A realistic capture entry (~700 bytes once canonicalised)."""
    return {
        "capture_id": f"01jd{i:022d}",
        "url": f"https://www.example.org/news/2026/11/article-{i}.html",
        "final_url": f"https://www.example.org/news/2026/11/article-{i}.html",
        "http_status": 200,
        "warc": "warcs/archiver-20261125T210000Z-1234-abcd1234.warc.gz",
        "response_record_id": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>",
        "payload_digest": "sha256:" + hashlib.sha256(str(i).encode()).hexdigest(),
        "capture_time": "2026-11-25T21:00:00Z",
        "ip": "127.0.0.1",
        "tls": None,
        "records": [
            {"record_id": f"<urn:uuid:00000000-0000-4000-9000-{i:012d}>", "type": "request", "offset": i * 4096,
             "length": 400, "block_digest": "sha256:" + hashlib.sha256(b"r%d" % i).hexdigest()},
        ],
    }


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>12,.0f} entries/s  ({n:,} in {seconds:.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000, help="entries for the batched append and verify")
    parser.add_argument("--fsync-entries", type=int, default=3_000, help="entries appended one fsync each")
    parser.add_argument("--batch", type=int, default=1_000, help="entries per batched append")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-log-") as tmp:
        root = Path(tmp)
        keys = root / "keys"

        log = ProvenanceLog.open(root / "fsync", key_dir=keys)
        t = time.perf_counter()
        for i in range(args.fsync_entries):
            log.append("capture", capture_data(i))
        fsync_s = time.perf_counter() - t

        sample = b"x" * 916 + b"\n"
        fd = os.open(root / "raw-fsync", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        t = time.perf_counter()
        for _ in range(args.fsync_entries):
            os.write(fd, sample)
            os.fsync(fd)
        raw_fsync_s = time.perf_counter() - t
        os.close(fd)

        log = ProvenanceLog.open(root / "batched", key_dir=keys)
        items = [("capture", capture_data(i)) for i in range(args.entries - 1)]
        t = time.perf_counter()
        for start in range(0, len(items), args.batch):
            log.append_many(items[start : start + args.batch])
        batched_s = time.perf_counter() - t
        t = time.perf_counter()
        log.checkpoint()
        checkpoint_s = time.perf_counter() - t
        log.append_many(items[:10])
        t = time.perf_counter()
        log.checkpoint()
        incremental_s = time.perf_counter() - t

        data = log.path.read_bytes()
        lines = data.split(b"\n")[:-1]
        n = len(lines)
        t = time.perf_counter()
        for line in lines:
            hashlib.sha256(line).digest()
        raw_s = time.perf_counter() - t

        log.verify()  # warm-up: page cache and allocator, so both timed runs start alike
        t = time.perf_counter()
        report = log.verify()
        verify_s = time.perf_counter() - t
        assert report.ok and report.size == n, [p.message for p in report.problems]

        parallel_min, verify_mod.PARALLEL_MIN = verify_mod.PARALLEL_MIN, 10**12
        t = time.perf_counter()
        log.verify()
        single_s = time.perf_counter() - t
        verify_mod.PARALLEL_MIN = parallel_min

        t = time.perf_counter()
        log.proof(n // 2)
        proof_s = time.perf_counter() - t

    print(f"provenance log benchmark: {n:,} entries, mean line {len(data) / n:.0f} bytes, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (other work slows every figure)")
    print(f"raw hashlib.sha256 over the lines     {rate(n, raw_s)}")
    print(f"raw os.write+os.fsync of one line     {rate(args.fsync_entries, raw_fsync_s)}  (this disk's floor)")
    print(f"append, one write+fsync per entry     {rate(args.fsync_entries, fsync_s)}")
    print(f"append, batched ({args.batch}/write+fsync)  {rate(args.entries - 1, batched_s)}")
    print("full verify (strict: parse, RFC 8785 re-check, schema, seq/prev chain, Merkle roots, signatures)")
    print(f"  as shipped (2 procs if a CPU idle)  {rate(n, verify_s)}")
    print(f"  single process                      {rate(n, single_s)}")
    print(f"verify / raw sha256 time ratio        {verify_s / raw_s:.1f}x slower than hashing alone"
          f" ({raw_s / verify_s * 100:.1f}% of the raw hash rate); single process {single_s / raw_s:.1f}x")
    print(f"goal >= 25,000 entries/s verify       {'MET' if n / verify_s >= 25_000 else 'NOT MET'}")
    print(f"checkpoint over {n - 10:,} new entries     {checkpoint_s * 1000:.0f} ms")
    print(f"checkpoint after 10 more entries      {incremental_s * 1000:.1f} ms (cached Merkle state)")
    print(f"proof for one entry at size {n:,}     {proof_s * 1000:.0f} ms")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
