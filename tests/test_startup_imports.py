"""`archiver archive URL` imports only what archiving uses, and compiles only the notice cues a
page calls for (issue 13: start-up goal of 250 ms CPU for one `archive URL`).

Import state needs a fresh process (this test process has imported everything already), so the
checks that need one run a subprocess and read its ``sys.modules``; the import check and the
collector check of ``archive`` share one such run.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from servers import Site, html_page

import archiver.provenance
import archiver.quotes

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "archiver" / "samples" / "globalresearch-lendman.html"

#: What `archive` must not import: verification, proofs, quote alignment, export, PDF, the
#: date fallback of a page that does not need it, the browser, the other commands' orchestration, and the libraries only those
#: (or tests) use.
NOT_ON_THE_ARCHIVE_PATH = (
    "archiver.quotes.align", "archiver.quotes.verify", "archiver.quotes.classify", "archiver.quotes.parse",
    "archiver.quotes.text", "archiver.quotes.service", "rapidfuzz",
    "archiver.provenance.verify", "archiver.provenance.proof", "archiver.provenance.prooftext",
    "archiver.provenance.anchor", "archiver.deep_check", "archiver.evidence",
    "archiver.export", "archiver.compare", "archiver.recapture", "archiver.batch", "archiver.manuscript",
    "archiver.extract.pdf", "pypdf",
    # htmldate's dateparser fallback, which about 2% of pages reach: loaded on its first use
    "archiver.extract.dateparse_locales", "dateparser",
    "archiver.capture.browser", "archiver.capture.proxy", "archiver.store.browser_records",
    "multiprocessing", "cryptography.hazmat.primitives.serialization",
    # the clocks and ids tests inject, and the library only their ids use
    "archiver.core.fixed_clocks", "ulid",
)


def _fresh_modules(script: str, tmp_path: Path, env: dict[str, str] | None = None) -> list[str]:
    """``sys.modules`` of a fresh interpreter after ``script`` ran (written at exit, so a
    command that ends with ``sys.exit`` is seen whole)."""
    out = tmp_path / "modules.json"
    prologue = ("import atexit, json, sys\n"
                f"atexit.register(lambda: open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n")
    done = subprocess.run([sys.executable, "-c", prologue + script], capture_output=True, text=True, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(out.read_text())


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


@pytest.fixture(scope="module")
def archived_in_a_fresh_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ``archiver archive URL`` of the seed page in a fresh interpreter, run as the script runs
    it (:func:`archiver.cli.run`): its ``sys.modules`` at exit (``modules``), and whether the
    collector was on during the first capture, after the command, and how many objects it froze
    (``seen``, ``enabled``, ``frozen``). Shared by the import test and the collector test: both
    are about the same command in the same kind of process (one start-up instead of two)."""
    tmp_path = tmp_path_factory.mktemp("archive-fresh")
    site = Site()
    site.routes["/article"] = html_page(SEED.read_bytes())
    script = (
        "import gc\n"
        "from archiver import cli\n"
        "from archiver.archive import Archive\n"
        "seen = {}\n"
        "original = Archive.capture_many\n"
        "def spy(self, *args, **kwargs):\n"
        "    seen['during_first_capture'] = gc.isenabled()\n"
        "    return original(self, *args, **kwargs)\n"
        "Archive.capture_many = spy\n"
        f"sys.argv = ['archiver', 'archive', {site.url('/article')!r}]\n"
        "try:\n"
        "    cli.run()\n"
        "except SystemExit as exc:\n"
        "    seen['exit'] = exc.code\n"
        "from archiver.extract import traf_prune\n"
        "seen['selectors'] = traf_prune.installed()\n"
        f"open({str(tmp_path / 'seen.json')!r}, 'w').write(json.dumps([seen, gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    try:
        modules = _fresh_modules(script, tmp_path, {"ARCHIVER_STORE": str(tmp_path / "store"),
                                                    "ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    finally:
        site.close()
    seen, enabled, frozen = json.loads((tmp_path / "seen.json").read_text())
    return {"modules": modules, "seen": seen, "enabled": enabled, "frozen": frozen}


def test_archive_of_one_page_keeps_trafilaturas_xpaths(archived_in_a_fresh_process: dict[str, Any]) -> None:
    """The selectors' probes (archiver/extract/traf_prune.py) cost more than one page saves."""
    assert archived_in_a_fresh_process["seen"]["selectors"] == 0


def test_archive_imports_no_verification_proof_export_pdf_or_browser_code(
        archived_in_a_fresh_process: dict[str, Any]) -> None:
    modules = archived_in_a_fresh_process["modules"]
    assert "archiver.extract.notices" in modules and "archiver.provenance.log" in modules  # it did archive
    assert _loaded(modules, NOT_ON_THE_ARCHIVE_PATH) == []


def test_cite_reads_the_recorded_author_scores_without_importing_the_extractor(tmp_path: Path) -> None:
    """``cite`` compares each author's recorded backing score with the strict threshold by default; the
    threshold lives apart from the model (archiver/core/author_threshold.py), as importing the model's module
    brought in trafilatura and lxml, ~200 ms of CPU a citation never uses."""
    from stores import build_template

    site = Site()
    site.routes["/article"] = html_page((REPO / "archiver" / "samples" / "harbordaily-bridge-closure.html").read_bytes())
    try:
        [captured] = build_template(tmp_path, lambda arc: arc.capture_many([site.url("/article")]))
    finally:
        site.close()
    out = tmp_path / "cited.txt"
    script = ("from archiver import cli\n"
              f"sys.argv = ['archiver', 'cite', {captured.capture_id!r}, '-o', {str(out)!r}]\n"
              "try:\n    cli.run()\nexcept SystemExit as exc:\n    assert exc.code == 0, exc.code\n")
    modules = _fresh_modules(script, tmp_path, {"ARCHIVER_STORE": str(tmp_path / "store"),
                                                "ARCHIVER_KEY_DIR": str(tmp_path / "keys")})
    assert out.read_text(encoding="utf-8").startswith("Roe, Jane and Omar Haddad.")  # both scored, both cited
    assert "archiver.export.cite" in modules
    assert _loaded(modules, ("trafilatura", "lxml", "archiver.extract")) == []


#: The dataclasses ``archive`` may define as it starts: the mutable ones, and those whose
#: dataclass features are used (``default_factory``, fields left out of comparison; a record
#: checked as it is made is a ``NamedTuple`` with its own ``__new__``: FetchOptions). A value
#: record needs none of them: ``typing.NamedTuple`` costs ~0.1 ms a class at import,
#: ``@dataclass(frozen=True)`` 0.3-1 ms (it compiles six generated methods), ~10 ms of one ``archive URL`` for the 29 records it replaced (issue 13).
DATACLASSES_ON_THE_ARCHIVE_PATH = {
    "archiver.capture.records.CaptureResult",
    "archiver.provenance.chain.LogEntry",
    "archiver.store.commit.StagedCapture",
}


def test_archive_defines_no_dataclass_beyond_those_that_need_one(archived_in_a_fresh_process: dict[str, Any]) -> None:
    found = set()
    for name in archived_in_a_fresh_process["modules"]:
        if name == "archiver" or name.startswith("archiver."):
            module = importlib.import_module(name)
            found |= {f"{name}.{v.__qualname__}" for v in vars(module).values()
                      if isinstance(v, type) and v.__module__ == name and dataclasses.is_dataclass(v)}
    assert found == DATACLASSES_ON_THE_ARCHIVE_PATH


def test_notice_cues_are_compiled_only_for_the_kinds_a_page_calls_for(fresh_extraction: dict[str, Any]) -> None:
    # In a fresh process (tests/fresh_probe.py): none at import, the disclaimer's alone after one
    before, cues, labels, kinds = fresh_extraction["notices"]
    assert before == []
    assert kinds == ["disclaimer"]
    assert cues == labels == ["disclaimer"]


def test_a_lazily_compiled_kind_holds_the_same_patterns_as_compiling_every_kind_up_front() -> None:
    from archiver.extract import notice_cues, notice_features

    for kind, langs in notice_cues.CUES.items():
        eager = tuple(notice_features._compile(p) for pats in langs.values() for p in pats)
        assert [(c.pattern.pattern, c.pattern.flags) for c in notice_features._CUES[kind].cues] == [(p.pattern, p.flags) for p in eager]
    assert list(notice_features._CUES) == list(notice_cues.CUES)
    assert list(notice_features._LABELS) == list(notice_features._LABEL_WORD_ONLY) == list(notice_cues.LABELS)
    with pytest.raises(KeyError):
        notice_features._CUES["no_such_kind"]


@pytest.mark.parametrize("package", [archiver.quotes, archiver.provenance])
def test_a_package_still_offers_every_name_it_exports(package) -> None:  # noqa: ANN001
    for name in package.__all__:
        assert getattr(package, name) is not None, name
        assert name in dir(package)
    with pytest.raises(AttributeError, match="no_such_name"):
        package.no_such_name  # noqa: B018


def _printed_by(script: str, cwd: Path, **env: str) -> Any:
    """What ``script`` printed last (JSON), run in a fresh Python with this tree first on the path:
    the collector's state at start-up is a process's own, so these tests need one each."""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env}, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_script_runs_its_start_up_imports_without_cyclic_gc_then_collects_as_usual(tmp_path: Path) -> None:
    """``archiver`` (:func:`archiver.cli.run`) pauses the cyclic garbage collector while the
    command's module is imported (objects kept for the process's life: ~10 ms of collections
    that find nothing), then freezes what was made and turns the collector back on."""
    script = (
        "import gc, json, sys\n"
        "phases = []\n"
        "gc.callbacks.append(lambda phase, info: phases.append(phase))\n"
        "from archiver import cli\n"
        "seen = {}\n"
        "original = cli.LazyArchiverGroup.get_command\n"
        "def spy(self, ctx, name):\n"
        "    before = len(phases)\n"
        "    command = original(self, ctx, name)\n"
        "    seen.update(collections=len(phases) - before, enabled=gc.isenabled(), frozen=gc.get_freeze_count())\n"
        "    return command\n"
        "cli.LazyArchiverGroup.get_command = spy\n"
        "sys.argv = ['archiver', '--store', 'store', 'list']\n"
        "try:\n"
        "    cli.run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps([seen, gc.isenabled()]))\n"
    )
    seen, enabled_at_end = _printed_by(script, tmp_path)
    assert seen["collections"] == 0  # importing capture_cmds (and what it imports) ran no collection
    assert seen["enabled"] and seen["frozen"] > 10_000 and enabled_at_end


def test_the_script_pauses_the_collector_before_its_first_import_not_after_importing_the_cli(tmp_path: Path) -> None:
    """``python -m archiver`` and the ``archiver`` script (:func:`archiver.__main__.main`) pause
    the collector before click and the CLI's modules are imported (~17 collections, ~2.5 ms of
    every start, issue 13): no collection runs until the command's module is loaded."""
    script = (
        "import gc, json, sys\n"
        "from archiver import __main__ as script\n"
        "phases = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and phases.append(\n"
        "    ['click' in sys.modules, 'archiver.cli.capture_cmds' in sys.modules]))\n"
        "assert 'click' not in sys.modules and 'archiver.cli' not in sys.modules\n"
        "sys.argv = ['archiver', '--store', 'store', 'list']\n"
        "try:\n"
        "    script.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps([phases, gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    phases, enabled, frozen = _printed_by(script, tmp_path)
    assert [loaded for _, loaded in phases if not loaded] == []  # none before the command's module
    assert enabled and frozen > 10_000


def test_archive_keeps_the_collector_paused_through_its_first_capture_then_freezes_and_resumes(
        archived_in_a_fresh_process: dict[str, Any]) -> None:
    """``archive`` imports fetch, extraction and the log's signing during its first capture:
    the pause lasts until that capture's result is in, then the collector is back on."""
    run = archived_in_a_fresh_process
    assert {k: run["seen"][k] for k in ("during_first_capture", "exit")} == {"during_first_capture": False, "exit": 0}
    assert run["enabled"] and run["frozen"] > 10_000


def test_verify_quote_keeps_the_collector_paused_through_its_quote_then_freezes_and_resumes(tmp_path: Path) -> None:
    """``verify-quote`` imports the quote engine as it checks its (first) quote: the pause lasts
    until that report is in."""
    (tmp_path / "source.txt").write_text("Some words. The quoted sentence is here. More words.", encoding="utf-8")
    script = (
        "import gc, json, sys\n"
        "from archiver import cli\n"
        "from archiver.quotes.service import QuoteService\n"
        "seen = {}\n"
        "original = QuoteService.verify\n"
        "def spy(self, *args, **kwargs):\n"
        "    seen['during_the_quote'] = gc.isenabled()\n"
        "    return original(self, *args, **kwargs)\n"
        "QuoteService.verify = spy\n"
        "sys.argv = ['archiver', 'verify-quote', 'The quoted sentence is here.', '--text-file', 'source.txt']\n"
        "try:\n"
        "    cli.run()\n"
        "except SystemExit as exc:\n"
        "    seen['exit'] = exc.code\n"
        "print(json.dumps([seen, gc.isenabled(), gc.get_freeze_count()]))\n"
    )
    seen, enabled, frozen = _printed_by(script, tmp_path)
    assert seen == {"during_the_quote": False, "exit": 0}
    assert enabled and frozen > 10_000


def test_a_process_that_only_calls_main_keeps_its_collector_untouched(tmp_path: Path) -> None:
    """In-process callers (a library, click's test runner) call :func:`archiver.cli.main`: their
    collector is theirs, never paused nor frozen (no object frozen beyond those the interpreter
    starts with: none on 3.11 and 3.13, a few hundred of its own on 3.12)."""
    script = (
        "import gc, json, sys\n"
        "at_start = gc.get_freeze_count()\n"
        "from archiver import cli\n"
        "sys.argv = ['archiver', '--store', 'store', 'list']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps([gc.isenabled(), gc.get_freeze_count() - at_start]))\n"
    )
    assert _printed_by(script, tmp_path) == [True, 0]
