"""Batch archiving throughput: ``archiver batch --jobs 8`` against ``wget --warc-file -i``.

Run: ``.venv/bin/python bench/bench_batch.py [--urls 1000] [--jobs 8] [--latency 0.05]``

Serves ``--urls`` copies of the bundled seed article (``archiver/samples/globalresearch-
lendman.html`` padded with a realistic sidebar to about 20 KB) from 20 local servers on
127.0.0.2 .. 127.0.0.21, each response delayed by ``--latency`` seconds, then archives the
same URL list twice in the same run:

* ours: ``archiver batch urls.txt --jobs 8 --delay 0`` (worker processes; every capture
  extracted, logged, indexed);
* wget: ``wget --warc-file=... -i urls.txt`` (Debian's wget, sequential, no extraction).

Prints captures/s for each, the ratio (goal from issue 7: ours at least 4x wget), and CPU
seconds per capture (user+sys of the process tree, from ``RUSAGE_CHILDREN``). The servers run
in this process, so their CPU is counted for neither side.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
HOSTS = [f"127.0.0.{i}" for i in range(2, 22)]


def seed_page(target: int = 20_000) -> bytes:
    """The bundled seed article, padded with a sidebar of related links to ``target`` bytes."""
    sample = REPO / "archiver" / "samples" / "globalresearch-lendman.html"
    if sample.exists():
        html = sample.read_text(encoding="utf-8")
    else:  # a bare page from the shared seed text
        text = (SHARED / "seeds" / "globalresearch-print-page.txt").read_text(encoding="utf-8")
        paras = "".join(f"<p>{p.strip()}</p>\n" for p in text.split("\n\n") if p.strip())
        html = f"<!DOCTYPE html><html><head><title>Seed</title></head><body><article>{paras}</article></body></html>"
    items, i = [], 0
    while len(html.encode()) + sum(len(x) for x in items) < target:
        items.append(f'<li><a href="/related/{i}">Related analysis {i}: sanctions, oil exports and the '
                     f'regional balance of power</a> <span class="date">June {i % 28 + 1:02d}, 2019</span></li>\n')
        i += 1
    aside = '<aside class="related"><h3>Related Articles</h3><ul>\n' + "".join(items) + "</ul></aside>\n"
    return html.replace("</body>", aside + "</body>", 1).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802
        time.sleep(self.server.latency)
        body = self.server.body
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def log_message(self, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, host: str, body: bytes, latency: float) -> None:
        super().__init__((host, 0), _Handler)
        self.body = body
        self.latency = latency


def start_servers(body: bytes, latency: float) -> list[_Server]:
    servers = []
    for host in HOSTS:
        srv = _Server(host, body, latency)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
    return servers


def become_subreaper() -> None:
    """Orphans of the measured process (its multiprocessing fork server, whose CPU includes the
    worker processes it reaped) are re-parented here, so their CPU time can be counted."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        print("  (cannot become a subreaper: worker CPU may be missing from the figures)", file=sys.stderr)


def reap_orphans(timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)


def timed(cmd: list[str], *, env: dict[str, str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the whole process tree, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        print(f"  ! {cmd[0]} exited {proc.returncode}: {proc.stderr.strip()[-400:]}", file=sys.stderr)
    return wall, cpu, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every response")
    parser.add_argument("--skip-wget", action="store_true")
    args = parser.parse_args()

    become_subreaper()
    body = seed_page()
    servers = start_servers(body, args.latency)
    urls = [f"http://{srv.server_address[0]}:{srv.server_address[1]}/article/{i}"
            for i in range(args.urls) for srv in [servers[i % len(servers)]]]
    print(f"{args.urls} URLs of a {len(body):,}-byte article on {len(servers)} hosts "
          f"(127.0.0.2-.21), {args.latency * 1000:.0f} ms latency per response, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} before the run")

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        (root / "urls.txt").write_text("\n".join(urls) + "\n")
        env = {**os.environ, "ARCHIVER_KEY_DIR": str(root / "keys"), "PYTHONPATH": str(REPO)}
        ours_cmd = [sys.executable, "-m", "archiver", "--store", str(root / "store"), "batch",
                    str(root / "urls.txt"), "--jobs", str(args.jobs), "--delay", "0"]
        wall, cpu, rc = timed(ours_cmd, env=env, cwd=root)
        ours = args.urls / wall
        print(f"archiver batch --jobs {args.jobs}: {ours:8.1f} captures/s  ({wall:.1f} s wall, "
              f"{cpu / args.urls * 1000:.1f} ms CPU per capture, extraction included, exit {rc})")

        wget = shutil.which("wget")
        if args.skip_wget:
            return 0
        if wget is None:
            print("wget: not installed (apt-get install -y wget); no comparison")
            return 0
        (root / "wget").mkdir()
        wget_cmd = [wget, "--quiet", "--warc-file=" + str(root / "wget" / "out"), "-i", str(root / "urls.txt"),
                    "-P", str(root / "wget" / "files"), "--tries=1"]
        version = subprocess.run([wget, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        wwall, wcpu, wrc = timed(wget_cmd, env=env, cwd=root)
        theirs = args.urls / wwall
        print(f"{version} --warc-file -i (sequential): {theirs:8.1f} captures/s  ({wwall:.1f} s wall, "
              f"{wcpu / args.urls * 1000:.1f} ms CPU per capture, exit {wrc})")
        print(f"ratio: {ours / theirs:.1f}x wget (goal: >= 4x)")
    for srv in servers:
        srv.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
