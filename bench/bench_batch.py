"""Batch archiving throughput: ``archiver batch --jobs 8`` against sequential and parallel wget.

Run: ``.venv/bin/python bench/bench_batch.py [--urls 1000] [--jobs 8] [--latency 0.05]``

Serves ``--urls`` copies of the bundled seed article (``archiver/samples/globalresearch-
lendman.html`` padded with a realistic sidebar to about 20 KB) from 20 local servers on
127.0.0.2 .. 127.0.0.21, each response delayed by ``--latency`` seconds, then archives the
same URL list twice in the same run:

* ours: ``archiver batch urls.txt --jobs 8 --delay 0`` (worker processes; every capture
  extracted, logged, indexed);
* wget: ``wget --warc-file=... -i urls.txt`` (Debian's wget, sequential, no extraction);
* 8 parallel wgets: the list split in 8, one ``wget --warc-file -i part`` process per part,
  all started at once (what concurrency alone buys, without extraction).

Prints, side by side: CPU milliseconds per capture first (user+sys of the process tree, from
``RUSAGE_CHILDREN``: the figure that does not depend on how busy the machine is), then
captures/s of each, the ratios (goal from issue 13: ours >= 4x sequential wget, CPU <= 15 ms
per capture with extraction) and the load average during each run (sampled every second:
captures/s fall with load, CPU per capture far less). The servers run in this process, so
their CPU is counted for no side. Under ours, its CPU by process (workers, the main process,
the fork server, other helpers such as multiprocessing's resource tracker), read from
``/proc`` every 0.2 s: what the batch costs beyond its captures.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import ctypes
import os
import resource
import shutil
import signal
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
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
    """Wait for the measured command's orphans (re-parented here: :func:`become_subreaper`) to end, then kill and
    reap any still running, saying so: no process outlives the bench. Today's ``archiver batch`` leaves none; an
    older tree measured beside it (d8a73ebc, issue 13's filing tree) left its multiprocessing fork server and
    resource tracker running, which went on under init after the bench had ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)
    killed: set[int] = set()
    while left := _children():  # (a killed fork server's own children are re-parented here in turn)
        for pid in left - killed:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        killed |= left
        with contextlib.suppress(ChildProcessError):
            os.waitpid(-1, 0)
    if killed:
        print(f"  ! {len(killed)} process(es) the command left running, killed: {sorted(killed)}", file=sys.stderr)


def _children() -> set[int]:
    """The pids /proc lists as this process's children (of each of its threads). (``archiver.capture.browser_procs``
    reads the same list; not imported here: this script is copied into older trees to measure them, see
    :func:`reap_orphans`.)"""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            found.update(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return found


class LoadSampler:
    """The 1-minute load average, sampled every second while a run lasts (its mean and max)."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self.samples.append(os.getloadavg()[0])

    def __enter__(self) -> LoadSampler:
        self.samples.append(os.getloadavg()[0])
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def describe(self) -> str:
        return f"load {sum(self.samples) / len(self.samples):.1f} (max {max(self.samples):.1f})"


class TreeSampler:
    """CPU seconds of each process in a tree, read from ``/proc`` every ``interval`` seconds
    while a run lasts: which part of the batch's CPU the main process, the fork server and
    the workers use. A process's last ``interval`` before it exits is not seen, so the split
    is a lower bound; the exact total (``RUSAGE_CHILDREN``) is printed beside it."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.root: int | None = None
        self.cpu: dict[int, float] = {}
        self.kind: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK")

    def start(self, root: int) -> None:
        self.root = root
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self._sample()
            if self._stop.wait(self.interval):
                return

    def _stat(self, pid: int) -> tuple[int, float] | None:
        """(parent pid, utime+stime seconds) of ``pid``, None if it is gone."""
        try:
            raw = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return None
        fields = raw[raw.rfind(")") + 2 :].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / self._tick

    def _sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and (stat := self._stat(int(entry.name))) is not None:
                parents[int(entry.name)] = stat[0]
                if int(entry.name) in self.kind:
                    self.cpu[int(entry.name)] = stat[1]
        for pid in parents:
            if pid not in self.kind and (kind := self._kind_of(pid, parents)) is not None:
                self.kind[pid] = kind
                stat = self._stat(pid)
                self.cpu[pid] = stat[1] if stat else 0.0

    def _kind_of(self, pid: int, parents: dict[int, int]) -> str | None:
        if pid == self.root:
            return "main process"
        if parents.get(pid) == self.root:
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                return None
            return "fork server" if b"forkserver" in cmdline else "other helpers"
        parent = parents.get(pid)
        if parent is not None and self.kind.get(parent) == "fork server":
            return "workers"
        return None

    def split(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for pid, kind in self.kind.items():
            out[kind] = out.get(kind, 0.0) + self.cpu.get(pid, 0.0)
        return out


@dataclass
class Run:
    label: str
    wall: float
    cpu: float
    rc: int
    load: str
    split: dict[str, float] | None = None

    def rate(self, n: int) -> float:
        return n / self.wall


def timed(label: str, cmds: list[list[str]], *, env: dict[str, str], cwd: Path, split: bool = False) -> Run:
    """Run ``cmds`` all at once; (wall seconds until the last ends, CPU seconds of all their
    process trees, worst exit code, load average meanwhile, with ``split`` the CPU of each kind
    of process of the first command's tree)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = TreeSampler() if split and Path("/proc/self/stat").exists() else None
    with LoadSampler() as load:
        t0 = time.perf_counter()
        procs = [subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True) for cmd in cmds]
        if sampler is not None:
            sampler.start(procs[0].pid)
        errors = [proc.communicate()[1] for proc in procs]
        wall = time.perf_counter() - t0
        if sampler is not None:
            sampler.stop()
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rc = max(proc.returncode for proc in procs)
    for proc, err in zip(procs, errors, strict=True):
        if proc.returncode != 0:
            print(f"  ! {label} exited {proc.returncode}: {err.strip()[-400:]}", file=sys.stderr)
    return Run(label, wall, cpu, rc, load.describe(), sampler.split() if sampler is not None else None)


def wget_cmd(wget: str, urls: Path, out: Path) -> list[str]:
    out.mkdir(parents=True)
    return [wget, "--quiet", "--warc-file=" + str(out / "out"), "-i", str(urls), "-P", str(out / "files"),
            "--tries=1"]


def report(runs: list[Run], n: int) -> None:
    """Everything side by side: CPU per capture first, then captures/s and the ratios."""
    ours = runs[0]
    print("\nCPU per capture (user+sys of the whole process tree; does not depend on load):")
    for run in runs:
        note = "  (extraction, log, index included; goal <= 15 ms)" if run is ours else ""
        print(f"  {run.label:<44}{run.cpu / n * 1000:8.1f} ms{note}")
        if run is ours and ours.split:
            print_split(ours, n)
    print("captures/s (wall; falls as the machine gets busier):")
    for run in runs:
        print(f"  {run.label:<44}{run.rate(n):8.1f} /s   ({run.wall:6.1f} s, {run.load}, exit {run.rc})")
    for run in runs[1:]:
        goal = "  (goal: >= 4x)" if run is runs[1] else ""
        print(f"ratio: archiver {ours.rate(n) / run.rate(n):.2f}x {run.label}{goal}")
    print_ceiling(ours, runs[1] if len(runs) > 1 else None, n)


def print_split(run: Run, n: int) -> None:
    """Where the batch's CPU goes, by process (sampled from /proc: a lower bound per kind)."""
    assert run.split is not None
    parts = ", ".join(f"{kind} {run.split.get(kind, 0.0) / n * 1000:.1f} ms"
                      for kind in ("workers", "main process", "fork server", "other helpers"))
    unseen = run.cpu - sum(run.split.values())
    print(f"    by process: {parts}, not seen by the 0.2 s sampling {unseen / n * 1000:.1f} ms "
          f"(fork server {run.split.get('fork server', 0.0):.2f} s and main process "
          f"{run.split.get('main process', 0.0):.2f} s in all)")


def print_ceiling(ours: Run, wget: Run | None, n: int) -> None:
    """What the CPU alone allows: every core busy with nothing but this batch. When captures/s
    are far below it, something other than CPU limits (fsyncs, locks, in-flight captures);
    when the ceiling itself is below the goal, only less CPU per capture can reach it."""
    cores = os.cpu_count() or 1
    ceiling = cores / (ours.cpu / n)
    line = (f"CPU ceiling: {cores} cores / {ours.cpu / n * 1000:.1f} ms = {ceiling:.0f} captures/s on an idle "
            f"machine; this run used {ours.cpu / ours.wall:.2f} cores ({ours.rate(n) / ceiling:.0%} of it)")
    if wget is not None:
        line += f"; at best {ceiling / wget.rate(n):.1f}x sequential wget"
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds added to every response")
    parser.add_argument("--skip-wget", action="store_true")
    args = parser.parse_args()

    become_subreaper()
    # An installed archiver runs from bytecode (pip compiles it); a checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source in each
    # process (the CLI and the fork server: ~0.3 s of CPU per batch, 1 ms a capture at 300 URLs).
    compileall.compile_dir(REPO / "archiver", quiet=1)
    body = seed_page()
    servers = start_servers(body, args.latency)
    urls = [f"http://{srv.server_address[0]}:{srv.server_address[1]}/article/{i}"
            for i in range(args.urls) for srv in [servers[i % len(servers)]]]
    print(f"{args.urls} URLs of a {len(body):,}-byte article on {len(servers)} hosts "
          f"(127.0.0.2-.21), {args.latency * 1000:.0f} ms latency per response, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} before the runs")

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        (root / "urls.txt").write_text("\n".join(urls) + "\n")
        # This checkout first; a PYTHONPATH given is kept after it (e.g. a profiling sitecustomize).
        pythonpath = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
        env = {**os.environ, "ARCHIVER_KEY_DIR": str(root / "keys"), "PYTHONPATH": pythonpath}
        ours_cmd = [sys.executable, "-m", "archiver", "--store", str(root / "store"), "batch",
                    str(root / "urls.txt"), "--jobs", str(args.jobs), "--delay", "0"]
        runs = [timed(f"archiver batch --jobs {args.jobs}", [ours_cmd], env=env, cwd=root, split=True)]
        wget = shutil.which("wget")
        if wget is None and not args.skip_wget:
            print("wget: not installed (apt-get install -y wget); no comparison")
        if wget is not None and not args.skip_wget:
            version = subprocess.run([wget, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
            print(f"wget: {version}")
            runs.append(timed("wget --warc-file -i (sequential)",
                              [wget_cmd(wget, root / "urls.txt", root / "wget")], env=env, cwd=root))
            parts = []
            for i in range(args.jobs):
                part = root / f"urls-{i}.txt"
                part.write_text("\n".join(urls[i::args.jobs]) + "\n")
                parts.append(wget_cmd(wget, part, root / f"wget-{i}"))
            runs.append(timed(f"{args.jobs} parallel wget processes", parts, env=env, cwd=root))
        report(runs, args.urls)
    for srv in servers:
        srv.shutdown()
    return 0


if __name__ == "__main__":
    from reader_left import reader_may_leave  # (bench/ is the script's folder, first on sys.path)

    with reader_may_leave():
        sys.exit(main())
