"""Every command's ``--json`` and ``--nl`` output, as conventions.md ("Output") has it.

``--json`` is exactly one JSON document on stdout: an object when the user named one thing (one
URL, one capture id, one file), an array when they named several or asked for a listing. ``--nl``
is one JSON object per line. Keys are snake_case, and a key is never missing in one result where
another result of the same kind has it (an absent value is ``null`` or ``[]``).

The table :data:`CASES` runs every registered command (a command added later fails
:func:`test_every_command_is_in_the_table` until it is added here) on a real store built from a
real loopback server, through the console script's own entry point in this process.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import pytest
import rfc8785
from cli import run_cli
from servers import Site, html_page, response
from stores import copy_store
from test_provenance_anchor import tsa  # noqa: F401 - the local TSA fixture

from archiver.cli import cli

DATA = Path(__file__).parent / "data"

ARTICLE = (b"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour report</title>"
           b"<meta name='author' content='Ines Alvarez'><meta property='og:site_name' content='Coastal Post'>"
           b"</head><body><article><h1>Harbour report</h1><p class='byline'>Ines Alvarez</p>"
           b"<p>The harbour handled 41,000 containers in March, the port authority said on Tuesday.</p>"
           b"<p>Dock workers did not strike, and the night shift continued as planned.</p>"
           b"</article></body></html>")
EDITED = ARTICLE.replace(b"41,000", b"42,500")
QUOTE = "The harbour handled 41,000 containers in March"


def _trailing(_handler: Any) -> bytes:
    """A response followed by bytes past its end (kept apart: the capture's hop says so)."""
    return response("200 OK", [("Content-Type", "text/html; charset=utf-8")], ARTICLE) + b"GARBAGE AFTER THE END"


def _routes(site: Site) -> None:
    site.routes["/news"] = html_page(ARTICLE)
    site.routes["/edited"] = html_page(EDITED)
    site.routes["/moved"] = lambda h: response("301 Moved Permanently", [("Location", "/news")])
    site.routes["/trailing"] = _trailing
    site.routes["/notes.txt"] = lambda h: response("200 OK", [("Content-Type", "text/plain")], b"plain notes")


@dataclass
class World:
    """A test's own copy of the shared store, and the files and ids the cases name."""

    store: Path
    out: Path  # an empty folder for the files a command writes
    files: Path  # inputs made once (bundle, proof, keys, manuscript, ...): read only
    ids: dict[str, str]
    site: Site
    key_dir: Path  # the test's ARCHIVER_KEY_DIR, holding the store's key
    tsa: tuple[str, Path] | None = None
    browser_doc: dict[str, Any] = field(default_factory=dict)  # archive --browser --json, once made

    def url(self, path: str) -> str:
        return self.site.url(path)


@pytest.fixture(scope="module")
def shared_site() -> Iterator[Site]:
    site = Site()
    _routes(site)
    yield site
    site.close()


def _cli(root: Path, *args: str) -> Any:
    result = run_cli(*args, store=root / "store", env={"ARCHIVER_KEY_DIR": str(root / "keys")})
    assert result.returncode in (0, 1), (args, result.stderr)
    return result


@pytest.fixture(scope="module")
def template(shared_site: Site, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """One store for every case: captures (an article, a redirect, a plain text, an edited copy,
    an imported one), a correction, quote checks; and the files other commands read."""
    root = tmp_path_factory.mktemp("json-shapes")
    files = root / "files"
    files.mkdir()
    site = shared_site
    made = json.loads(_cli(root, "archive", site.url("/news"), site.url("/moved"), site.url("/notes.txt"),
                           "--json").stdout)
    ids = {"news": made[0]["capture_id"], "moved": made[1]["capture_id"], "text": made[2]["capture_id"]}
    (files / "old.checkpoint").write_bytes((root / "store" / "provenance" / "checkpoint").read_bytes())
    site.routes["/news"] = html_page(EDITED)
    try:
        ids["edited"] = json.loads(_cli(root, "archive", site.url("/news"), site.url("/edited"),
                                        "--json").stdout)[0]["capture_id"]
    finally:
        site.routes["/news"] = html_page(ARTICLE)
    imported = json.loads(_cli(root, "import", str(DATA / "import" / "wget-3-pages.warc"), "--json").stdout)
    ids["imported"] = imported["captures"][0]["capture_id"]
    _cli(root, "correct", ids["moved"], "--title", "Harbour report (corrected)", "--reason", "the printed title")
    _cli(root, "verify-quote", QUOTE, "--capture", ids["news"])
    _cli(root, "export", ids["news"], "-o", str(files / "bundle.wacz"))
    (files / "log.pub").write_text(_cli(root, "log", "key").stdout)
    seq = json.loads(_cli(root, "log", "show", "--type", "capture", "--json").stdout)[0]["seq"]
    _cli(root, "log", "proof", str(seq), "-o", str(files / "entry.tlog-proof"))
    _cli(root, "log", "consistency", str(files / "old.checkpoint"), "-o", str(files / "consistency.proof"))
    (files / "new.checkpoint").write_bytes((root / "store" / "provenance" / "checkpoint").read_bytes())
    (files / "page.html").write_bytes(ARTICLE)
    manuscript = (DATA / "manuscripts" / "paper.md").read_text()
    (files / "paper.md").write_text(manuscript.replace("{base}", site.url("")))
    (files / "quotes.csv").write_text(f'quote,capture\n"{QUOTE}",{ids["news"]}\nNo such words anywhere,{ids["news"]}\n'
                                      "A row whose capture is not in the store,nosuchcapture000\n")
    (files / "urls.txt").write_text(f"{site.url('/news')}\n{site.url('/edited')}\nnot a url\n"
                                    f"http://127.0.0.1:9/refused\n")
    (files / "source.txt").write_text("The harbour handled 41,000 containers in March.\n")
    return root, ids


@pytest.fixture
def world(template: tuple[Path, dict[str, str]], shared_site: Site, store: Path, key_dir: Path,
          tmp_path: Path) -> World:
    root, ids = template
    copy_store(root, store, key_dir)
    out = tmp_path / "out"
    out.mkdir()
    return World(store=store, out=out, files=root / "files", ids=dict(ids), site=shared_site, key_dir=key_dir)


def _forge_unsigned_entry(store: Path) -> int:
    """Append a well-formed line to log.jsonl by hand (what ``log adopt`` is for); its seq."""
    log = store / "provenance" / "log.jsonl"
    last = log.read_bytes().split(b"\n")[-2]
    prev = json.loads(last)
    entry = {"data": {"reason": "a line written by hand", "capture_id": None}, "log": prev["log"],
             "prev": "sha256:" + hashlib.sha256(last).hexdigest(), "seq": prev["seq"] + 1,
             "time": "2026-11-30T06:00:00.000000Z", "tool": "archiver/0.1.0", "type": "recovery", "v": 1}
    with open(log, "ab") as f:
        f.write(rfc8785.dumps(entry) + b"\n")
    return int(entry["seq"])


# ---------------------------------------------------------------------- the table

OBJECT, ARRAY = "object", "array"


@dataclass(frozen=True)
class Case:
    """One run of one command: its arguments (from the world), the shape its --json must have,
    the exit codes it may end with, and whether it also runs with --nl."""

    command: tuple[str, ...]
    args: Callable[[World], list[str]]
    shape: str
    codes: tuple[int, ...] = (0,)
    nl: bool = False
    setup: Callable[[World], None] | None = None
    label: str = ""
    needs: tuple[str, ...] = field(default=())
    #: global options before the command (``-v``: diagnostics, which must stay off stdout)
    before: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return " ".join((*self.before, *self.command)) + (f" [{self.label}]" if self.label else "")


@pytest.fixture(scope="module")
def browser_template(template: tuple[Path, dict[str, str]],
                     tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The template store with one ``archive --browser --json`` capture added, and that capture's
    document: made once for the two tests that read a browser capture (each made its own in its
    copy of the template: a Chromium capture, about 0.5 CPU-s, each)."""
    from browser_site import start_site

    root = tmp_path_factory.mktemp("json-shapes-browser")
    copy_store(template[0], root / "store", root / "keys")
    (root / "site").mkdir()
    site = start_site(root / "site")
    try:
        made = _cli(root, "archive", site.page, "--browser", "--ca-bundle", str(site.ca_file), "--json")
    finally:
        site.close()
    assert made.returncode == 0, made.stderr
    return root, json.loads(made.stdout)


def _with_browser_capture(w: World, made: tuple[Path, dict[str, Any]]) -> None:
    """Make ``w``'s store a copy of :func:`browser_template`'s (the template and its browser capture)."""
    import shutil

    shutil.rmtree(w.store)
    copy_store(made[0], w.store, w.key_dir)
    w.browser_doc = made[1]
    w.ids["browser"] = w.browser_doc["capture_id"]


def _adoptable(w: World) -> None:
    w.ids["forged"] = str(_forge_unsigned_entry(w.store))


CASES: list[Case] = [
    Case(("archive",), lambda w: [w.url("/news")], OBJECT, label="one URL"),
    Case(("archive",), lambda w: [w.url(p) for p in ("/news", "/moved", "/trailing", "/notes.txt", "/missing")]
         + ["http://127.0.0.1:9/refused"], ARRAY, codes=(1,), label="several URLs of every kind"),
    Case(("archive",), lambda w: ["http://127.0.0.1:9/refused"], OBJECT, codes=(1,), label="one failed URL"),
    Case(("archive",), lambda w: [w.url("/moved"), w.url("/trailing")], ARRAY, before=("-v",),
         label="diagnostics on"),
    Case(("batch",), lambda w: [str(w.files / "urls.txt"), "--threads", "--delay", "0", "--retries", "0",
                                "--skip-invalid", "--report", str(w.out / "report.csv")],
         OBJECT, codes=(1,), nl=True),
    Case(("batch",), lambda w: [str(w.files / "urls.txt"), "--threads", "--delay", "0", "--retries", "0",
                                "--skip-invalid", "--report", str(w.out / "report.csv")],
         OBJECT, codes=(1,), nl=True, before=("-v",), label="diagnostics on"),
    Case(("cdxj",), lambda w: [], OBJECT),
    Case(("check",), lambda w: [str(w.files / "paper.md")], OBJECT, codes=(1,)),
    Case(("check",), lambda w: [str(w.files / "paper.md"), "--archive-missing"], OBJECT, codes=(1,),
         before=("-v",), label="capturing what it cites"),
    Case(("cite",), lambda w: [w.ids["news"]], OBJECT, label="one id"),
    Case(("cite",), lambda w: [w.ids["news"], w.ids["imported"], w.ids["moved"]], ARRAY, label="three ids"),
    Case(("cite",), lambda w: ["--all"], ARRAY, label="--all"),
    Case(("correct",), lambda w: [w.ids["news"], "--outlet", "Coastal Post Weekly", "--reason", "the masthead"],
         OBJECT),
    Case(("diff",), lambda w: [w.ids["news"], w.ids["edited"]], OBJECT, codes=(1,)),
    Case(("export",), lambda w: [w.ids["news"], w.ids["moved"], "-o", str(w.out / "b.wacz")], OBJECT),
    Case(("extract",), lambda w: [str(w.files / "page.html")], OBJECT),
    Case(("history",), lambda w: [w.url("/news")], OBJECT, codes=(1,)),  # the quote checked on it changed
    Case(("import",), lambda w: [str(Path(__file__).parent / "data" / "import" / "wayback-revisits.warc.gz")],
         OBJECT, codes=(0, 1)),
    Case(("key", "list"), lambda w: [], ARRAY),
    Case(("key", "pin"), lambda w: [str(w.files / "log.pub")], OBJECT),
    Case(("list",), lambda w: [], ARRAY),
    Case(("log", "adopt"), lambda w: [f"{w.ids['forged']}..{w.ids['forged']}"], OBJECT, setup=_adoptable),
    Case(("log", "anchor"), lambda w: ["--tsa", w.tsa[0], "--tsa-root", str(w.tsa[1])] if w.tsa else [], OBJECT,
         needs=("tsa",)),
    Case(("log", "checkpoint"), lambda w: [], OBJECT),
    Case(("log", "consistency"), lambda w: [str(w.files / "old.checkpoint"), "-o", str(w.out / "c.proof")], OBJECT),
    Case(("log", "key"), lambda w: [], OBJECT),
    Case(("log", "proof"), lambda w: ["1", "-o", str(w.out / "p.tlog-proof")], OBJECT),
    Case(("log", "show"), lambda w: [], ARRAY, nl=True),
    Case(("log", "verify"), lambda w: [], OBJECT),
    Case(("log", "verify-consistency"), lambda w: [str(w.files / "consistency.proof"), "--old",
                                                   str(w.files / "old.checkpoint"), "--key", str(w.files / "log.pub")],
         OBJECT),
    Case(("log", "verify-proof"), lambda w: [str(w.files / "entry.tlog-proof"), "--key", str(w.files / "log.pub")],
         OBJECT),
    Case(("recapture",), lambda w: [w.ids["news"]], OBJECT),
    Case(("reextract",), lambda w: [w.ids["news"], "--dry-run"], OBJECT),
    Case(("reextract",), lambda w: [w.ids["news"], w.ids["edited"], "--dry-run"], ARRAY, label="several ids"),
    Case(("reextract",), lambda w: ["--all-outdated", "--dry-run"], ARRAY, label="--all-outdated"),
    Case(("reextract",), lambda w: ["--failed", "--dry-run"], ARRAY, label="--failed"),
    Case(("reindex",), lambda w: ["--cdxj"], OBJECT),
    Case(("screenshot",), lambda w: [w.ids["browser"], "-o", str(w.out / "shot.png")], OBJECT,
         needs=("chromium",)),
    Case(("show",), lambda w: [w.ids["news"]], OBJECT),
    Case(("verify-bundle",), lambda w: [str(w.files / "bundle.wacz")], OBJECT, codes=(0, 3)),
    Case(("verify-quote",), lambda w: [QUOTE], OBJECT, nl=True, label="one quote"),
    Case(("verify-quote",), lambda w: ["--batch", str(w.files / "quotes.csv"), "--skip-invalid"], ARRAY,
         codes=(1,), nl=True, label="--batch"),
]


def _command_paths(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    commands = group.load_all() if hasattr(group, "load_all") else group.commands
    for name, cmd in sorted(commands.items()):
        if isinstance(cmd, click.Group):
            yield from _command_paths(cmd, (*path, name))
        else:
            yield (*path, name)


def test_every_command_is_in_the_table():
    assert set(_command_paths(cli)) - {c.command for c in CASES} == set()


# ---------------------------------------------------------------------- the rules

SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")

#: Objects whose keys are values, not names a script reads (corrected fields, entry types, the
#: versions of the extraction's components, a citation's fields in its style's own spelling).
DATA_KEYS = re.compile(r".*\.(corrected|corrections|sources|by_type|extractor|software|citation)")
#: Objects whose keys depend on their kind, by design: a log entry's payload (its type's
#: fields), a W3C Web Annotation selector (TextQuoteSelector, TextPositionSelector).
KIND_KEYS = re.compile(r".*(\.data|\.selectors\[\])")


def non_snake_keys(doc: Any, path: str = "") -> list[str]:
    """The paths of keys that are not snake_case (not looking inside :data:`DATA_KEYS`)."""
    found = []
    if isinstance(doc, dict) and not DATA_KEYS.fullmatch(path):
        for key, value in doc.items():
            if not SNAKE.fullmatch(key):
                found.append(f"{path}.{key}")
            found += non_snake_keys(value, f"{path}.{key}")
    elif isinstance(doc, list):
        for item in doc:
            found += non_snake_keys(item, f"{path}[]")
    return sorted(set(found))


def missing_keys(docs: list[Any], path: str = "") -> list[str]:
    """Keys some of ``docs`` (documents of one kind) have and others lack, where each has an
    object there: "absent values are null or [], never missing"."""
    found: list[str] = []
    dicts = [d for d in docs if isinstance(d, dict)]
    if dicts and not DATA_KEYS.fullmatch(path) and not KIND_KEYS.fullmatch(path):
        every = set().union(*dicts)
        for d in dicts:
            found += [f"{path}.{k}" for k in sorted(every - set(d))]
        for key in every:
            found += missing_keys([d[key] for d in dicts if key in d], f"{path}.{key}")
    lists = [d for d in docs if isinstance(d, list)]
    if lists:
        found += missing_keys([item for lst in lists for item in lst], f"{path}[]")
    return sorted(set(found))


def _assert_none(what: str, found: list[str]) -> None:
    assert not found, f"{what}:\n  " + "\n  ".join(found)


def _run(case: Case, world: World, *flags: str) -> Any:
    return run_cli(*case.before, *case.command, *case.args(world), *flags, store=world.store)


def _prepare(case: Case, world: World, request: pytest.FixtureRequest) -> None:
    if "chromium" in case.needs:
        import shutil

        if shutil.which("chromium") is None and shutil.which("chromium-browser") is None:
            pytest.skip("no Chromium on PATH")
        _with_browser_capture(world, request.getfixturevalue("browser_template"))
    if "tsa" in case.needs:
        world.tsa = request.getfixturevalue("tsa")
    if case.setup is not None:
        case.setup(world)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_json_is_one_document_of_the_shape_the_command_line_asked_for(case, world, request):
    _prepare(case, world, request)
    result = _run(case, world, "--json")
    assert result.returncode in case.codes, result.stderr
    assert "Traceback" not in result.stderr
    doc = json.loads(result.stdout)  # one document: anything else on stdout fails to parse
    assert isinstance(doc, dict if case.shape == OBJECT else list), result.stdout[:300]
    _assert_none("keys not in snake_case", non_snake_keys(doc))
    _assert_none("keys missing where others have them", missing_keys(doc if case.shape == ARRAY else [doc]))


@pytest.mark.parametrize("case", [c for c in CASES if c.nl], ids=lambda c: c.id)
def test_nl_is_one_object_per_line_with_the_same_keys(case, world, request):
    _prepare(case, world, request)
    result = _run(case, world, "--nl")
    assert result.returncode in case.codes, result.stderr
    lines = result.stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    assert docs and all(isinstance(d, dict) for d in docs), result.stdout[:300]
    _assert_none("keys not in snake_case", non_snake_keys(docs))
    _assert_none("keys missing where others have them", missing_keys(docs))


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", [c for c in CASES if c.nl], ids=lambda c: c.id)
def test_json_and_nl_together_are_refused_before_anything_is_done(case, world, request):
    _prepare(case, world, request)
    before = _tree(world.store)
    result = _run(case, world, "--json", "--nl")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "error: choose one of --json and --nl"
    assert _tree(world.store) == before


# ---------------------------------------------------------------------- archive, the case that was wrong


def test_archive_json_is_one_object_for_one_url(world):
    result = run_cli("archive", world.url("/news"), "--json", store=world.store)
    doc = json.loads(result.stdout)
    assert result.returncode == 0 and isinstance(doc, dict)
    assert doc["url"] == world.url("/news") and doc["ok"] is True and doc["capture_id"]


def test_archive_json_is_an_array_in_the_order_of_the_urls_whatever_became_of_each(world):
    urls = [world.url("/trailing"), "http://127.0.0.1:9/refused", world.url("/moved")]
    result = run_cli("archive", *urls, "--json", store=world.store)
    docs = json.loads(result.stdout)
    assert result.returncode == 1 and [d["url"] for d in docs] == urls
    assert [d["ok"] for d in docs] == [True, False, True]
    assert docs[0]["hops"][0]["trailing"] is not None and docs[2]["hops"][0]["trailing"] is None
    assert docs[1]["capture_id"] is None and docs[1]["hops"] == [] and docs[1]["browser"] is None
    assert set(docs[0]) == set(docs[1]) == set(docs[2])


def test_archive_json_of_the_same_url_twice_is_an_array_of_two(world):
    docs = json.loads(run_cli("archive", world.url("/news"), world.url("/news"), "--json", store=world.store).stdout)
    assert isinstance(docs, list) and len(docs) == 2


# ---------------------------------------------------------------------- one kind, many cases

def _chromium() -> bool:
    import shutil

    return bool(shutil.which("chromium") or shutil.which("chromium-browser"))


def _docs(world: World, *args: str, codes: tuple[int, ...] = (0,)) -> list[Any]:
    result = run_cli(*args, "--json", store=world.store)
    assert result.returncode in codes, (args, result.stderr)
    doc = json.loads(result.stdout)
    return doc if isinstance(doc, list) else [doc]


def _altered_bundle(world: World) -> Path:
    """A copy of the exported bundle with one byte of its WARC data changed."""
    import zipfile

    altered = world.out / "altered.wacz"
    with zipfile.ZipFile(world.files / "bundle.wacz") as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".warc.gz") or info.filename.endswith(".warc"):
                import gzip

                raw = bytearray(gzip.decompress(data))
                at = raw.find(b"41,000")
                raw[at:at + 6] = b"99,000"
                data = gzip.compress(bytes(raw))
            dst.writestr(info, data)
    return altered


def _edit_logged_quote(world: World) -> list[str]:
    """Change the quote a logged verification holds, in log.jsonl (the chain then breaks); the
    arguments of the command that finds it."""
    log = world.store / "provenance" / "log.jsonl"
    data = log.read_bytes()
    assert QUOTE.encode() in data
    log.write_bytes(data.replace(QUOTE.encode(), QUOTE.replace("41,000", "14,000").encode()))
    return ["log", "verify"]


def _without_warc(world: World, capture_id: str) -> None:
    """Remove the WARC file holding ``capture_id`` (its evidence is then missing)."""
    warc = json.loads(run_cli("show", capture_id, "--json", store=world.store).stdout)["warc"]
    (world.store / warc).unlink()


#: Runs whose documents are of one kind, over the cases that differ most: each value is the list
#: of (arguments, allowed exit codes) whose --json documents must all have the same keys, run in
#: order (arguments given as a function are made when their turn comes: it may change the store).
Run = tuple[list[str] | Callable[[], list[str]], tuple[int, ...]]
KINDS: dict[str, Callable[[World], list[Run]]] = {
    "show of a plain, redirected and corrected, plain-text, edited and imported capture": lambda w: [
        (["show", w.ids[k]], (0,)) for k in ("news", "moved", "text", "edited", "imported")],
    "cite, one id at a time, in every style": lambda w: [
        (["cite", w.ids[k], "--style", style], (0,)) for k in ("news", "moved", "imported")
        for style in ("text", "csl-json", "bibtex", "ris")],
    "verify-quote: exact, not found, against a text file, an imported capture, the whole archive": lambda w: [
        (["verify-quote", QUOTE, "--capture", w.ids["news"]], (0,)),
        (["verify-quote", "Words that no page holds", "--capture", w.ids["news"]], (1,)),
        (["verify-quote", QUOTE, "--text-file", str(w.files / "source.txt")], (0,)),
        (["verify-quote", "page", "--capture", w.ids["imported"]], (0, 1)),
        (["verify-quote", QUOTE], (0,)),
        (["verify-quote", QUOTE, "--url", w.url("/news")], (0, 1))],
    "diff: changed, identical, two different pages": lambda w: [
        (["diff", w.ids["news"], w.ids["edited"]], (1,)),
        (["diff", w.ids["news"], w.ids["news"]], (0,)),
        (["diff", w.ids["news"], w.ids["text"]], (1,))],
    "history: one capture, several, a redirect": lambda w: [
        (["history", w.url("/news")], (1,)),
        (["history", w.url("/notes.txt")], (0,)),
        (["history", w.url("/moved")], (0, 1))],
    "import: a WARC of resource records, a WARC of revisits, a browsertrix WACZ": lambda w: [
        (["import", str(DATA / "import" / name)], (0, 1))
        for name in ("resource-records.warc.gz", "wayback-revisits.warc.gz", "browsertrix-3-pages.wacz")],
    "verify-bundle: one of ours, one altered, another tool's WACZ": lambda w: [
        (["verify-bundle", str(w.files / "bundle.wacz")], (0, 3)),
        (["verify-bundle", str(_altered_bundle(w))], (1,)),
        (["verify-bundle", str(DATA / "import" / "browsertrix-3-pages.wacz")], (0, 1, 3))],
    "log verify: intact, deep, after a logged quote was edited by hand": lambda w: [
        (["log", "verify"], (0,)),
        (["log", "verify", "--deep"], (0,)),
        (["log", "verify", "--against", str(w.files / "old.checkpoint")], (0,)),
        (lambda: _edit_logged_quote(w), (1,))],
    "recapture: of a capture id, of a URL never captured": lambda w: [
        (["recapture", w.ids["news"]], (0,)),
        (["recapture", w.url("/trailing")], (0,))],
}


@pytest.mark.parametrize("kind", list(KINDS), ids=str)
def test_documents_of_one_kind_have_the_same_keys_whatever_the_case(kind, world):
    docs = [d for args, codes in KINDS[kind](world)
            for d in _docs(world, *(args() if callable(args) else args), codes=codes)]
    _assert_none("keys missing where others have them", missing_keys(docs))


def test_a_refusal_for_missing_evidence_has_the_keys_of_a_verdict(world):
    verified = _docs(world, "verify-quote", QUOTE, "--capture", w_id := world.ids["news"])
    _without_warc(world, w_id)
    refused = _docs(world, "verify-quote", QUOTE, "--capture", w_id, codes=(3,))
    assert refused[0]["verdict"] is None and refused[0]["evidence"] == "missing"
    _assert_none("keys missing where others have them", missing_keys(verified + refused))


@pytest.mark.skipif(not _chromium(), reason="no Chromium on PATH")
def test_a_browser_capture_has_the_keys_of_any_other_capture(world, browser_template):
    _with_browser_capture(world, browser_template)
    captured = _docs(world, "archive", world.url("/news"))
    shown = [d for k in ("news", "browser") for d in _docs(world, "show", world.ids[k])]
    browser = _docs(world, "show", world.ids["browser"])[0]
    assert browser["browser"] is not None and shown[0]["browser"] is None
    _assert_none("keys missing where others have them", missing_keys(shown))
    assert set(captured[0]) == set(world.browser_doc)
    _assert_none("keys missing where others have them", missing_keys([*captured, world.browser_doc]))


@pytest.mark.parametrize("case", [c for c in CASES if c.nl], ids=lambda c: c.id)
def test_json_and_nl_together_create_no_store_and_no_key(case, world, request, key_dir):
    _prepare(case, world, request)
    keys_before = sorted(p.name for p in key_dir.iterdir()) if key_dir.exists() else []
    fresh = world.out / "no-store-yet"
    result = run_cli(*case.before, *case.command, *case.args(world), "--json", "--nl", store=fresh)
    assert result.returncode == 2 and result.stdout == "" and "--json and --nl" in result.stderr
    assert not fresh.exists()
    assert (sorted(p.name for p in key_dir.iterdir()) if key_dir.exists() else []) == keys_before
