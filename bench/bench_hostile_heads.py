"""What a hostile server's heads and framing cost one fetch: CPU ms, wall ms, peak Python memory.

Run: ``.venv/bin/python bench/bench_hostile_heads.py [--repeat 3]``

cap55 limits response heads by their bytes only (256 KiB for every head of a response) and reads
bare-LF chunk framing (1 MiB of it at most): the cheapest lines a server can send are the ones
that cost the guard most per byte. Each case is served from a child process on 127.0.0.1 (its CPU
is not counted) and fetched with :class:`archiver.capture.fetch.Fetcher` (no store, no
extraction). Prints, per case, the outcome (status or the failure's kind), the best of
``--repeat`` CPU and wall times, and the peak of Python allocations in a separate run under
``tracemalloc`` (which slows it, so the times are taken without it). A plain 100 KB page is the
baseline. Figures, never assertions.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import socket
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this tree's archiver, not whichever one the venv installed

from archiver.capture.fetch import Fetcher, FetchOptions  # noqa: E402
from archiver.errors import CaptureError  # noqa: E402

KIB = 1024
PAGE = b"<html><body><p>" + b"x" * 100_000 + b"</p></body></html>"


def _ok(fields: bytes, eol: bytes = b"\r\n", body: bytes = PAGE) -> bytes:
    return (b"HTTP/1.1 200 OK" + eol + fields + b"Content-Length: %d" % len(body) + eol
            + b"Connection: close" + eol + eol + body)


def _one_byte_fields(line: bytes) -> bytes:
    return line * ((256 * KIB - 128) // len(line))


def _chunks(body: bytes, eol: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + b"".join(b"1" + eol + body[i:i + 1] + eol for i in range(len(body))) + b"0" + eol + eol)


HINT = b"HTTP/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
CASES: dict[str, Callable[[], bytes]] = {
    "baseline: 100 KB page": lambda: _ok(b""),
    "256 KiB of 'a:' fields, CRLF": lambda: _ok(_one_byte_fields(b"a:\r\n")),
    "256 KiB of 'a:' fields, bare LF": lambda: _ok(_one_byte_fields(b"a:\n"), b"\n"),
    "256 KiB of lines with no colon": lambda: _ok(_one_byte_fields(b"a\n"), b"\n"),
    "one 250 KiB header line": lambda: _ok(b"X: " + b"v" * (250 * KIB) + b"\r\n"),
    "4,600 1xx heads (250 KiB), then the page": lambda: HINT * ((250 * KIB) // len(HINT)) + _ok(b""),
    "endless 1xx heads": lambda: HINT * ((2048 * KIB) // len(HINT)),
    "1-byte chunks, bare LF, ~1 MiB framing": lambda: _chunks(b"y" * 340_000, b"\n"),
    "1-byte chunks, bare LF, over the framing limit": lambda: _chunks(b"y" * 400_000, b"\n"),
}


def _serve(raw: bytes, ready: mp.Queue) -> None:  # type: ignore[type-arg]
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    ready.put(sock.getsockname()[1])
    while True:
        conn, _ = sock.accept()
        try:
            conn.recv(65536)
            conn.sendall(raw)
        except OSError:
            pass
        finally:
            conn.close()


def _fetch(url: str) -> str:
    try:
        return str(Fetcher(FetchOptions()).fetch(url).final.status)
    except CaptureError as exc:
        return f"refused: {exc.kind}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    print(f"{'case':48} {'outcome':32} {'cpu ms':>8} {'wall ms':>8} {'peak MiB':>9}")
    for name, make in CASES.items():
        ready = ctx.Queue()
        server = ctx.Process(target=_serve, args=(make(), ready), daemon=True)
        server.start()
        try:
            url = f"http://127.0.0.1:{ready.get(timeout=30)}/"
            _fetch(url)  # warm-up: imports, first connection
            cpu = wall = float("inf")
            outcome = ""
            for _ in range(args.repeat):
                c0, w0 = time.process_time(), time.perf_counter()
                outcome = _fetch(url)
                cpu = min(cpu, time.process_time() - c0)
                wall = min(wall, time.perf_counter() - w0)
            tracemalloc.start()
            _fetch(url)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        finally:
            server.kill()
            server.join()
        print(f"{name:48} {outcome:32} {cpu * 1000:8.1f} {wall * 1000:8.1f} {peak / 2**20:9.1f}")


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        main()
