"""``make demo``: serve the bundled sample pages on 127.0.0.1 and run archiver on them.

Needs no internet. Every step is a real ``archiver`` subprocess, printed the way a user
would type it, so the demo shows exactly what a user sees. The store is ``./demo-store``
(recreated each run) and the signing key lives in ``./demo-keys`` (outside the store, as
it would in the user's config directory). Files written for others (a receipt, the bundle)
go to ``./demo-out``: archiver refuses to write outputs inside the store.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

SAMPLE_ROUTES = {
    # path on the demo site -> bundled file
    "/2019/06/04/dubious-report-russia-withdrawing-defense-support-venezuela/": "globalresearch-lendman.html",
}


#: A page of the demo's site that forwards to the harbour article by a refresh of no delay: the capture follows it
#: as a browser does, and its chain shows the forwarding hop ("200 (refresh)").
FORWARDER = "/go/harbor-bridge"


class _SampleHandler(SimpleHTTPRequestHandler):
    """Serves the bundled samples like a small news site, with one redirect."""

    # (old, new) text swapped into the seed page once the demo "edits" it, for recapture/history.
    edit: tuple[str, str] | None = None

    def do_GET(self) -> None:  # noqa: N802
        if self.edit and self.path in SAMPLE_ROUTES:
            page = (Path(str(self.directory)) / SAMPLE_ROUTES[self.path]).read_text(encoding="utf-8")
            self._send_html(page.replace(*self.edit).encode("utf-8"))
            return
        if self.path == "/short/lendman":
            self.send_response(301)
            self.send_header("Location", "/2019/06/04/dubious-report-russia-withdrawing-defense-support-venezuela/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == FORWARDER:  # a page that forwards its reader at once, as link shorteners' pages do
            self._send_html(b"<html><head><meta http-equiv='refresh' content='0; url=/harbordaily-bridge-closure.html'>"
                            b"<title>Redirecting</title></head><body><p>Redirecting...</p></body></html>")
            return
        if self.path in SAMPLE_ROUTES:
            self.path = "/" + SAMPLE_ROUTES[self.path]
        super().do_GET()

    def _send_html(self, body: bytes) -> None:
        """Answer 200 with ``body`` as UTF-8 HTML."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _samples_dir() -> Path:
    return Path(str(resources.files("archiver") / "samples"))


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    shown = " ".join(a if " " not in a else repr(a) for a in args)
    print(f"\n$ archiver {shown}", flush=True)
    proc = subprocess.run([sys.executable, "-m", "archiver", *args], env=env, text=True,
                          capture_output=True)
    if proc.stdout:
        print(proc.stdout.rstrip())
    if proc.stderr:
        print(proc.stderr.rstrip())
    print(f"[exit {proc.returncode}]", flush=True)
    return proc


def _quote_steps(seed: dict[str, Any], workdir: Path, env: dict[str, str]) -> int:
    """verify-quote on the seed article: each verdict, a receipt checked offline, a batch."""
    sid = seed["capture_id"]
    quotes = [
        # exact, found by searching the whole archive
        ["Russia has informed us that they have removed most of their people from Venezuela."],
        # normalized: the source writes "(w)e"
        ["We are concerned over the continuing actions by the United States toward the countries "
         "of the Latin American region.", "--capture", sid],
        # approximate: a typo
        ["Technical specialists periodicaly come to the country to carry out repairs and "
         "maintenance of previously supplied machines.", "--capture", sid],
        # altered: 1,000 became 10,000 (exit 1)
        ["cut its staff in (the country) to just a few dozen from about 10,000", "--capture", sid],
        # altered: verbatim words, but the source says "there is no talk of any cuts" (exit 1)
        ["talk of any cuts", "--capture", sid],
        # only in the disclaimer, outside the article body: said plainly
        ["The contents of this article are of sole responsibility of the author(s).",
         "--url", seed["final_url"]],
        # not found (exit 1)
        ["Russia has withdrawn all of its military advisers from Venezuela."],
    ]
    for args in quotes:
        _run(["verify-quote", *args], env)
    # outputs go beside the store, never into it (archiver refuses that)
    receipt, out = workdir / "demo-out" / "footnote.zip", workdir / "demo-out" / "footnote"
    _run(["verify-quote", "We will oppose them. Venezuela and Cuba are our allies … in the region.",
          "--capture", sid, "--receipt", str(receipt)], env)
    zipfile.ZipFile(receipt).extractall(out)
    failures = _run(["log", "verify-proof", str(receipt), "--key",  # the receipt whole: proof and citation
                     str(out / "log.pub")], env).returncode != 0
    batch = workdir / "demo-store" / "quotes.csv"
    batch.write_text('quote,url,capture\n'
                     f'"We will oppose them.",{seed["final_url"]},\n'
                     '"Hundreds of Russian military and security personnel remain in Venezuela.",,\n',
                     encoding="utf-8")
    _run(["verify-quote", "--batch", str(batch)], env)
    return int(failures)


def _check_steps(base: str, workdir: Path, env: dict[str, str]) -> int:
    """check: a bundled manuscript's quotations against the archived sample pages (exit 1:
    one number is altered and one quotation cites nothing); an HTML report beside the store."""
    src = (_samples_dir() / "manuscripts" / "demo-paper.md").read_text(encoding="utf-8")
    paper = workdir / "demo-out" / "paper.md"
    paper.write_text(src.replace("{base}", base), encoding="utf-8")
    _run(["check", str(paper), "--report", str(workdir / "demo-out" / "check-report.html")], env)
    return 0


def _batch_steps(seed: dict[str, Any], urls: list[str], workdir: Path, env: dict[str, str]) -> int:
    """batch (resumable), then a stealth edit of the seed page: recapture, diff, history."""
    url_file = workdir / "demo-store" / "urls.txt"
    url_file.write_text("".join(f"{u}\n" for u in urls), encoding="utf-8")
    failures = _run(["batch", str(url_file), "--delay", "0.2"], env).returncode != 0
    _run(["batch", str(url_file), "--delay", "0.2"], env)  # a re-run: nothing captured twice
    _SampleHandler.edit = ("Hundreds of Russian military and security personnel",
                           "Dozens of Russian military and security personnel")
    _run(["recapture", seed["capture_id"]], env)
    _run(["history", seed["final_url"]], env)  # exit 1: a quote verified earlier no longer does
    return int(failures)


def _export_steps(captures: list[dict[str, Any]], store: Path, env: dict[str, str]) -> int:
    """Correct a capture's metadata, export a signed WACZ, verify it as a third party would, cite
    (one capture, then all in one bibliography), look for captures to re-extract, CDXJ for pywb."""
    bundle = store.parent / "demo-out" / "sources.wacz"
    ids = [c["capture_id"] for c in captures]
    first = captures[-1]["capture_id"]
    # the user has the last word on metadata: a logged correction, never an edit of the extraction
    failures = int(_run(["correct", first, "--author", "A. N. Editor", "--reason",
                         "demo: the byline printed in the paper edition"], env).returncode != 0)
    # quote checks stay private unless asked for: here, publish the ones that verified
    failures += _run(["export", *ids, "--format", "wacz", "--with-quotes", "verified", "-o", str(bundle)],
                     env).returncode != 0
    failures += _run(["verify-bundle", str(bundle), "--key", str(store / "provenance" / "log.pub")],
                     env).returncode != 0
    _run(["cite", first, "--style", "text"], env)
    _run(["cite", first, "--style", "bibtex"], env)
    # one bibliography of every capture, pointing at a replay of the archive
    _run(["cite", "--all", "--style", "ris", "--replay-url", "https://replay.example.org/demo/"], env)
    # only the authors a credit beside the headline or two independent sources name; the rest on stderr
    _run(["cite", "--all", "--authors", "corroborated"], env)
    # old captures get the installed extractor's text (a new, logged extraction); these are current
    _run(["reextract", "--all-outdated", "--dry-run"], env)
    _run(["reindex", "--cdxj"], env)
    return int(failures)


def _browser_steps(url: str, workdir: Path, env: dict[str, str]) -> int:
    """One capture through headless Chromium and its screenshot, when a Chromium is installed."""
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        print("\n(browser capture skipped: no Chromium on PATH; Debian package 'chromium')")
        return 0
    cap = _run(["archive", url, "--browser"], env)
    if cap.returncode != 0 or not cap.stdout.strip():
        return 1
    capture_id = cap.stdout.split(None, 1)[0]  # the readable output starts with the capture id
    return int(_run(["screenshot", capture_id, "-o", str(workdir / "demo-out" / "page.png")], env).returncode != 0)


def start_sample_server(port: int = 0) -> ThreadingHTTPServer:
    """The bundled sample pages on 127.0.0.1:``port`` (0: any free port), served from a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_SampleHandler, directory=str(_samples_dir())))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(port: int) -> int:
    """``make serve``: the sample pages on a fixed port until Ctrl-C, so the README's
    "first hour" commands can be tried offline exactly as printed."""
    try:
        server = start_sample_server(port)
    except OSError as exc:
        print(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc} (pass another port)", file=sys.stderr)
        return 2
    base = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"Serving the bundled sample pages at {base}/ (loopback only; Ctrl-C stops):", flush=True)
    for name in sorted(p.name for p in _samples_dir().iterdir() if p.suffix in (".html", ".pdf")):
        print(f"  {base}/{name}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


def _print_next_steps(workdir: Path, captures: list[dict[str, Any]]) -> None:
    """The exact commands that open what the demo made: it lives in demo-store/ with its key in
    demo-keys/, which a plain ``archiver list`` (./archives, the user's key folder) never sees."""
    print("\nOpen what the demo made (first put archiver on your PATH: `make path` prints how):")
    print(f"  export ARCHIVER_STORE={workdir / 'demo-store'} ARCHIVER_KEY_DIR={workdir / 'demo-keys'}")
    print("  archiver list")
    if captures:
        print(f"  archiver show {captures[-1]['capture_id']}")
    print("  archiver log verify")
    print(f"  archiver verify-bundle {workdir / 'demo-out' / 'sources.wacz'}")
    print("Without those two variables, archiver uses ./archives and your own key folder "
          "(~/.config/archiver/keys). Try your own sources: README, \"A researcher's first hour\".")


def main() -> int:
    if sys.argv[1:2] == ["--serve"]:
        return serve(int(sys.argv[2]) if len(sys.argv) > 2 else 8018)
    workdir = Path.cwd()
    store = workdir / "demo-store"
    keys = workdir / "demo-keys"
    for path in (store, keys, workdir / "demo-out"):
        shutil.rmtree(path, ignore_errors=True)
    (workdir / "demo-out").mkdir()
    samples = _samples_dir()
    pages = sorted(p.name for p in samples.iterdir() if p.suffix in (".html", ".pdf"))
    if not pages:
        print("no bundled sample pages found in archiver/samples", file=sys.stderr)
        return 1
    server = start_sample_server()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    env = {**os.environ, "ARCHIVER_STORE": str(store), "ARCHIVER_KEY_DIR": str(keys)}
    print(f"Serving {len(pages)} bundled sample pages at {base} (loopback only).")
    print(f"Store: {store}   signing key: {keys} (outside the store)")

    captures: list[dict[str, Any]] = []
    routed = set(SAMPLE_ROUTES.values())
    urls = [f"{base}/short/lendman"] if "globalresearch-lendman.html" in pages else []
    urls += [f"{base}{FORWARDER}" if name == "harbordaily-bridge-closure.html" else f"{base}/{name}"
             for name in pages if name not in routed]
    failures = 0
    try:
        cap = _run(["archive", *urls], env)
        failures += cap.returncode != 0
        _run(["list"], env)
        listing = subprocess.run([sys.executable, "-m", "archiver", "list", "--json"], env=env,
                                 text=True, capture_output=True)
        captures = json.loads(listing.stdout or "[]")
        if captures:
            first = captures[-1]["capture_id"]
            _run(["show", first], env)
        _run(["reindex"], env)
        seed = next((c for c in captures if "dubious-report" in c["final_url"]), None)
        if seed:
            failures += _quote_steps(seed, workdir, env)
            failures += _check_steps(base, workdir, env)
            failures += _batch_steps(seed, urls, workdir, env)
        if seed:
            failures += _browser_steps(seed["final_url"], workdir, env)
        verify = _run(["log", "verify", "--deep"], env)
        failures += verify.returncode != 0
        _run(["log", "show", "--type", "capture"], env)
        if captures:
            failures += _export_steps(captures, store, env)
    finally:
        server.shutdown()
    print("\nDemo finished." + (" Some steps failed (see above)." if failures else ""))
    _print_next_steps(workdir, captures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
