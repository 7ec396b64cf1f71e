"""Run tests/data/cli/redteam-rvcli54.tsv once: one line per row (ok or WRONG, exit code, why, the
last line of stderr) and a summary. Scratch under the folder given; a server on 127.0.0.1 only.

    PYTHONPATH=. python tests/data/cli/run_redteam_rvcli54.py /tmp/rvcli54-w [ID,ID...]

Not a test (it is not collected: tests/data): the red team's record, to run again by hand. Rows
of mode ``nobody`` run as root without CAP_DAC_OVERRIDE (``setpriv``), so they need root.
"""
from __future__ import annotations

import hashlib
import http.server
import json
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

TREE = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(TREE / "tests"))
from cli import run_cli  # noqa: E402
from stores import copy_store  # noqa: E402

PY = sys.executable


def main() -> None:  # noqa: C901, PLR0912, PLR0915 - one script, read top to bottom
    ROOT = Path(sys.argv[1])
    ONLY = set(sys.argv[2].split(",")) if len(sys.argv) > 2 else None
    PAGE = (b"<html><head><title>Ferry</title></head><body><article><h1>Ferry resumes</h1>"
            + b"<p>The ferry to the island resumes service on Monday after repairs to the pier.</p>" * 5
            + b"</article></body></html>")
    slow_hits = threading.Event()


    class H(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a): pass

        def do_GET(self):
            if self.path.startswith("/slow"):
                slow_hits.set()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(200000))
                self.end_headers()
                try:
                    for _ in range(200):
                        self.wfile.write(b"x" * 1000)
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:
                    pass
                return
            if self.path.startswith("/page"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(PAGE)))
                self.end_headers()
                self.wfile.write(PAGE)
                return
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    U = f"http://127.0.0.1:{srv.server_address[1]}"

    # template store
    T = ROOT / "template"
    if not (T / "store").exists():
        r = run_cli("--store", str(T / "store"), "archive", f"{U}/page", env={"ARCHIVER_KEY_DIR": str(T / "keys")})
        assert r.returncode == 0, r.stderr
    _first = json.loads(run_cli("--store", str(T / "store"), "list", "--json",
                              env={"ARCHIVER_KEY_DIR": str(T / "keys")}).stdout)[0]
    TID, TURL = _first["capture_id"], _first["url"]


    URL57 = json.loads((TREE / "tests/data/reextract/before_extractor_57/store/provenance/log.jsonl").read_text().splitlines()[1])["data"]["final_url"]
    IDCH = "01m8q6164fa6gnv4fe"


    def state(store: Path):
        if not os.path.lexists(store):
            return None
        if store.is_file() or store.is_fifo():
            return {"": "file"}
        out = {}
        for folder, dirs, files in os.walk(store):
            for n in dirs:
                out[os.path.relpath(Path(folder, n), store) + "/"] = ""
            for n in files:
                p = Path(folder, n)
                if p.is_fifo():
                    out[os.path.relpath(p, store)] = "fifo"
                elif os.access(p, os.R_OK):
                    try:
                        out[os.path.relpath(p, store)] = hashlib.sha256(p.read_bytes()).hexdigest()
                    except OSError as e:
                        out[os.path.relpath(p, store)] = f"err {e.errno}"
        return out


    def scratch(D: Path):
        D.mkdir(parents=True)
        (D / "dir").mkdir()
        (D / "zero").write_bytes(b"")
        (D / "zero.docx").write_bytes(b"")
        os.mkfifo(D / "fifo")
        (D / "nonutf8.txt").write_bytes("<p>Caf\xe9 na\xefve \xff\xfe</p>\n".encode("latin-1"))
        (D / "nonutf8.md").write_bytes('He said \u201cCaf\xe9\u201d [x](http://127.0.0.1/)\n'.encode("utf-8").replace(b"\xc3\xa9", b"\xe9"))
        (D / "random.bin").write_bytes(os.urandom(4096))
        (D / "page.html").write_bytes(PAGE)
        (D / "fake.pdf").write_text("not a pdf\n")
        (D / "urls.txt").write_text(f"{U}/page\n")
        (D / "slow-urls.txt").write_text("".join(f"{U}/slow?{i}\n" for i in range(3)))
        (D / "bad-urls.txt").write_text(f"{U}/page\nnotaurl\n")
        (D / "paper.md").write_text(f'The source says "The ferry to the island resumes service on Monday" ([ferry]({U}/page)).\n')
        (D / "exists.out").write_text("keep me\n")
        (D / "unread.html").write_bytes(PAGE)
        os.chmod(D / "unread.html", 0)
        (D / "rodir").mkdir()
        os.chmod(D / "rodir", 0o500)


    def setup(kind: str, D: Path):
        S, K = D / "store", D / "keys"
        K.mkdir()
        base = kind if kind in ("none", "store-file", "old57", "oldchunk") else "store"
        if base == "store":
            copy_store(T, S, K)
        elif base == "old57":
            copy_store(TREE / "tests/data/reextract/before_extractor_57", S, K)
        elif base == "oldchunk":
            shutil.copytree(TREE / "tests/data/capture/before_dechunker/store", S)
        elif base == "store-file":
            S.write_text("hello\n")
        idx = S / "index.sqlite3"
        if kind == "trunc-log":
            log = S / "provenance/log.jsonl"
            data = log.read_bytes()
            log.write_bytes(data[:-25])
        elif kind == "trunc-index":
            data = idx.read_bytes()
            idx.write_bytes(data[: len(data) // 2])
        elif kind == "zero-index":
            idx.write_bytes(b"")
        elif kind == "foreign-index":
            idx.unlink()
            c = sqlite3.connect(idx)
            c.execute("create table mine(x)")
            c.execute("insert into mine values (42)")
            c.commit()
            c.close()
        elif kind == "fifo-index":
            idx.unlink()
            os.mkfifo(idx)
        elif kind == "dir-index":
            idx.unlink()
            idx.mkdir()
        elif kind == "keydir-file":
            shutil.rmtree(K)
            K.write_text("not a folder\n")
        elif kind == "zero-pub":
            (S / "provenance/log.pub").write_bytes(b"")
        elif kind == "zero-checkpoint":
            (S / "provenance/checkpoint").write_bytes(b"")
        elif kind == "imported":
            r = run_cli("--store", str(S), "import", str(TREE / "tests/data/import/wget-3-pages.warc"), env={"ARCHIVER_KEY_DIR": str(K)})
            assert r.returncode == 0, r.stderr
        elif kind == "unread-index":
            os.chmod(idx, 0)
        elif kind == "unread-warcs":
            os.chmod(S / "warcs", 0)
        elif kind == "unread-key":
            for k in K.glob("*.key"):
                os.chmod(k, 0)
        elif kind == "ro-keys":
            subprocess.run(["chmod", "-R", "a-w", str(K)], check=True)
        elif kind == "nokey":
            shutil.rmtree(K)
            K.mkdir()
        elif kind in ("ro-store", "unread-log"):
            if kind == "ro-store":
                subprocess.run(["chmod", "-R", "a-w", str(S)], check=True)
            else:
                os.chmod(S / "provenance/log.jsonl", 0)
        return S, K


    def subst(argv, D, S, K):
        pub = S / "provenance/log.pub"
        out = []
        for a in argv:
            for k, v in {"{U}": U, "{D}": str(D), "{S}": str(S), "{ID}": TID, "{ID57}": "01m8qrkr28bny4cbmt", "{URL57}": URL57, "{IDCH}": IDCH, "{TURL}": TURL, "{T}": str(TREE / "tests/data/import"), "{HUGE}": "a" * 1_000_000,
                         "{PUB}": str(pub), "{PORT}": U.rsplit(":", 1)[1], "{NL}": "\n", "{CR}": "\r"}.items():
                a = a.replace(k, v)
            a = a.replace("{BADBYTES}", os.fsdecode(b"\xff\xfe"))
            out.append(a)
        return out


    class Hang(BaseException):
        pass


    def on_alarm(*_):
        raise Hang()


    def proc_env(K, home):
        env = dict(os.environ, ARCHIVER_KEY_DIR=str(K), PYTHONPATH=str(TREE), PYTHONDONTWRITEBYTECODE="1", HOME=str(home))
        return env


    def run_proc(args, K, D, nobody=False):
        pre = None
        if nobody:
            pass
        try:
            p = subprocess.run((["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if nobody else []) + [PY, "-m", "archiver", *args], capture_output=True, env=proc_env(K, D), cwd=D,
                               timeout=60, preexec_fn=pre)
            return p.returncode, os.fsdecode(p.stdout), os.fsdecode(p.stderr)
        except subprocess.TimeoutExpired:
            return "hang", "", ""


    def start(args, K, D):
        return subprocess.Popen([PY, "-m", "archiver", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=proc_env(K, D), cwd=D, text=True, start_new_session=True)


    def judge(row, code, out, err, before, after, extra):
        wrong = []
        allowed = row["expect"]
        if "Traceback (most recent call last)" in out + err:
            wrong.append("traceback")
        if code == "hang":
            wrong.append("hang")
        elif "&" not in allowed and str(code) not in allowed.split("|"):
            wrong.append(f"exit {code} (want {allowed})")
        if code not in (0, "hang") and out.strip():
            if "--json" in row["argv"]:
                try:
                    json.loads(out)
                except ValueError:
                    wrong.append("stdout not JSON on failure")
            else:
                wrong.append("failure message on stdout")
        if code not in (0, "hang"):
            lines = [ln for ln in err.splitlines() if ln.strip() and not ln.startswith(("Usage:", "Try '", "warning:", "  ", "archiver: created the signing key"))]
            if len(lines) > 1:
                wrong.append(f"{len(lines)}-line error")
            if not lines:
                wrong.append("no error message")
        if row["ro"] == "y" and before != after:
            changed = sorted(k for k in set(before or {}) | set(after or {}) if (before or {}).get(k) != (after or {}).get(k))
            wrong.append(f"store changed: {changed[:4]}")
        wrong.extend(extra)
        return wrong


    rows = []
    for line in (TREE / "tests/data/cli/redteam-rvcli54.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("id\t") or not line.strip():
            continue
        f = line.split("\t")
        rows.append(dict(zip(["id", "mode", "setup", "argv", "expect", "class", "ro", "note"], f, strict=True)))

    bad = 0
    for row in rows:
        if ONLY and row["id"] not in ONLY:
            continue
        D = ROOT / row["id"]
        shutil.rmtree(D, ignore_errors=True)
        scratch(D)
        S, K = setup(row["setup"], D)
        args = ["--store", str(S), *subst(shlex.split(row["argv"]), D, S, K)]
        before = state(S)
        extra = []
        mode = row["mode"]
        t0 = time.time()
        if mode == "in":
            old = signal.signal(signal.SIGALRM, on_alarm)
            signal.alarm(60)
            try:
                r = run_cli(*args, env={"ARCHIVER_KEY_DIR": str(K), "HOME": str(D)})
                code, out, err = r.returncode, r.stdout, r.stderr
            except Hang:
                code, out, err = "hang", "", ""
            finally:
                signal.alarm(0)
                signal.signal(signal.SIGALRM, old)
        elif mode in ("proc", "nobody"):
            code, out, err = run_proc(args, K, D, nobody=(mode == "nobody"))
        elif mode == "par":
            parts = " ".join(shlex.quote(a) for a in args[2:]).split(" ';;' ")
            cmds = [args[:2] + shlex.split(c) for c in parts] if len(parts) == 2 else [args, args]
            ps = [start(c, K, D) for c in cmds]
            res = [p.communicate(timeout=120) for p in ps]
            codes = sorted(p.returncode for p in ps)
            wants = [sorted(int(x) for x in alt.split("&")) for alt in row["expect"].split("|")]
            if codes not in wants:
                extra.append(f"exits {codes} (want {wants})")
            code, out, err = codes[-1], res[0][0] + res[1][0], res[0][1] + res[1][1]
            if codes in ([0, 3], [0, 2]):
                out = ""  # the runner's output is the successful one's
                err = [e for (_o, e), p in zip(res, ps, strict=True) if p.returncode != 0][0]
            code = 0 if not extra else codes[-1]
            row = dict(row, expect="0|1|2|3")
        elif mode == "int":
            slow_hits.clear()
            p = start(args, K, D)
            if "slow" in row["argv"]:
                slow_hits.wait(30)
                time.sleep(0.5)
            else:
                time.sleep(1.2)
            p.send_signal(signal.SIGINT)
            try:
                out, err = p.communicate(timeout=60)
                code = p.returncode
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.communicate()
                code, out, err = "hang", "", ""
            if code == 130 and (D / "o.wacz").exists():
                extra.append("partial -o file left")
        after = state(S)
        if mode in ("par", "int") or row["setup"] == "store" and row["ro"] == "n":
            v = run_cli("--store", str(S), "log", "verify", env={"ARCHIVER_KEY_DIR": str(K)})
            if v.returncode != 0:
                extra.append(f"log verify after: {v.returncode} {v.stderr.strip()[:120]}")
            ls = run_cli("--store", str(S), "list", env={"ARCHIVER_KEY_DIR": str(K)})
            if ls.returncode != 0:
                extra.append(f"list after: {ls.returncode} {ls.stderr.strip()[:120]}")
        if row["setup"] == "none" and after is not None and row["ro"] == "y":
            extra.append("store created")
        wrong = judge(row, code, out, err, before, after, extra)
        bad += bool(wrong)
        msg = (err.strip().splitlines() or [""])[-1][:150]
        print(f"{row['id']}\t{'WRONG' if wrong else 'ok'}\t{code}\t{'; '.join(wrong)}\t{msg!r}\t{time.time()-t0:.1f}s", flush=True)
        if not wrong:
            shutil.rmtree(D, ignore_errors=True)
        else:
            (D / "out.txt").write_text(f"{code}\n--- stdout\n{out[:5000]}\n--- stderr\n{err[:20000]}\n", errors="backslashreplace")

    print(f"SUMMARY: {bad} of {len([r for r in rows if not ONLY or r['id'] in ONLY])} rows wrong")
    srv.shutdown()


if __name__ == "__main__":
    main()
