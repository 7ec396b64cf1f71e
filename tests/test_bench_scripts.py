"""Every benchmark script in bench/ starts: its options parse and ``--help`` exits 0.

``make bench`` is where the issues' goals are measured, and it is not run by ``make test``; a
script that breaks at start-up (two merged branches once each added the same option) would only
be found by the next person measuring. Run in this process, with ``sys.argv``, ``sys.path`` and
the modules of bench/ itself removed afterwards (never a library's: see below).
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import runpy
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if "argparse" in p.read_text(encoding="utf-8"))


def test_the_benchmark_scripts_are_found():
    assert len(SCRIPTS) >= 10


def _under(module: object, folder: Path) -> bool:
    """Whether ``module`` was loaded from a file inside ``folder``."""
    file = getattr(module, "__file__", None)
    return bool(file) and Path(file).resolve().is_relative_to(folder.resolve())


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_a_benchmark_script_prints_its_help_and_exits_0(script: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "argv", [str(script), "--help"])
    monkeypatch.setattr(sys, "path", [str(BENCH), *sys.path])
    before = set(sys.modules)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
            runpy.run_path(str(script), run_name="__main__")
    finally:
        for name in set(sys.modules) - before:  # the scripts' own helpers (bench/*.py), not the libraries:
            if _under(sys.modules[name], BENCH):  # a C extension imported again (``_sqlite3``) is a new
                sys.modules.pop(name, None)  # module with new exception classes, unlike the ones code holds
    assert done.value.code in (0, None), out.getvalue()[-2000:]
    assert "usage:" in out.getvalue()


def test_the_edge_alarm_bench_measures_the_archiver_of_its_own_tree(tmp_path: Path):
    """Run from a worktree, bench/quote_edge_alarms.py verifies with that tree's rules, not with
    the archiver the environment has installed (it once measured the main checkout's)."""
    script = BENCH / "quote_edge_alarms.py"
    code = ("import runpy, sys; runpy.run_path(sys.argv[1], run_name='bench'); import archiver; "
            "print(archiver.__file__)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", code, str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=True)
    assert Path(done.stdout.strip()).resolve().is_relative_to(BENCH.parent.resolve())


#: Scripts that take the tree they measure as an argument, on purpose: never their own first.
TREE_BY_ARGUMENT = {
    "extract_cpu_ab.py": "its children run each tree compared on PYTHONPATH (--base, --new)",
}
#: How a script names its own tree (the folder above bench/) when it puts it on ``sys.path``.
_OWN_TREE = {"str(REPO)", "str(ROOT)", "str(HERE.parent)", "str(Path(__file__).resolve().parents[1])"}
_TREE_NAMES = {"REPO": "Path(__file__).resolve().parents[1]", "ROOT": "Path(__file__).resolve().parents[1]",
               "HERE": "Path(__file__).resolve().parent"}


@cache  # (each tree is parsed once, :func:`_parsed`: the same object for the same file)
def _imports_of(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, ast.AST | None]]:
    """Every import of ``tree`` with the function it is in (None: the module's own code)."""
    found: list[tuple[ast.Import | ast.ImportFrom, ast.AST | None]] = []

    def walk(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.append((child, function))
            inner = child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            walk(child, inner)

    walk(tree, None)
    return found


def _imported_names(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return [node.module or ""] if node.level == 0 else []
    return [alias.name for alias in node.names]


@cache
def _own_tree_inserts(tree: ast.Module) -> list[tuple[int, ast.AST | None]]:
    """(line, function or None) of each ``sys.path.insert(0, <this tree>)``."""
    found = []
    for node, function in _nodes_with_function(tree):
        if (isinstance(node, ast.Call) and ast.unparse(node.func) == "sys.path.insert" and len(node.args) == 2
                and ast.unparse(node.args[0]) == "0" and ast.unparse(node.args[1]) in _OWN_TREE):
            found.append((node.lineno, function))
    return found


def _nodes_with_function(tree: ast.Module) -> list[tuple[ast.AST, ast.AST | None]]:
    out: list[tuple[ast.AST, ast.AST | None]] = []

    def walk(node: ast.AST, function: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            out.append((child, function))
            walk(child, child if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function)

    walk(tree, None)
    return out


def _is_archiver(name: str) -> bool:
    return name == "archiver" or name.startswith("archiver.")


@cache
def _parsed(path: Path) -> ast.Module:
    """The syntax tree of ``path``, parsed once: the check below comes back to a module of bench/
    for every script and import naming it (157 parses and walks of 44 files, 2.3 CPU-s, before;
    the walks of a tree are cached too, on the tree)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def _helper(name: str) -> Path | None:
    """The module of bench/ an import names, if it names one."""
    path = BENCH / f"{name.split('.')[0]}.py"
    return path if path.is_file() else None


def _imports_archiver_when_imported(path: Path, seen: frozenset[Path] = frozenset()) -> bool:
    """Whether importing the module ``path`` imports archiver (its module-level code, itself or through
    a module of bench/) before that code puts its own tree first."""
    tree = _parsed(path)
    first = min((line for line, function in _own_tree_inserts(tree) if function is None), default=None)
    for node, function in _imports_of(tree):
        if function is not None or (first is not None and first < node.lineno):
            continue
        for name in _imported_names(node):
            helper = _helper(name)
            if _is_archiver(name) or (helper is not None and helper not in seen | {path}
                                      and _imports_archiver_when_imported(helper, seen | {path})):
                return True
    return False


def _archiver_imports(tree: ast.Module) -> list[tuple[ast.Import | ast.ImportFrom, ast.AST | None]]:
    """The imports of ``tree`` that import archiver: its own, or a module of bench/ that does when imported."""
    found = []
    for node, function in _imports_of(tree):
        names = _imported_names(node)
        if any(_is_archiver(n) or ((h := _helper(n)) is not None and _imports_archiver_when_imported(h))
               for n in names):
            found.append((node, function))
    return found


def _puts_its_own_tree_first(path: Path) -> str | None:
    """None, or why ``path`` may import an archiver other than its own tree's."""
    tree = _parsed(path)
    for node in tree.body:  # REPO, ROOT, HERE name the tree as the inserts expect
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            want = _TREE_NAMES.get(node.targets[0].id)
            if want is not None and ast.unparse(node.value) != want:
                return f"{node.targets[0].id} = {ast.unparse(node.value)}, not {want}"
    inserts = _own_tree_inserts(tree)
    for node, function in _archiver_imports(tree):
        if function is None and not any(line < node.lineno and f is None for line, f in inserts):
            return f"line {node.lineno} imports archiver before its own tree is put first on sys.path"
        if function is not None and not inserts:  # (in its function, or in the code that calls it)
            return f"line {node.lineno} imports archiver, and the script never puts its own tree first"
    return None


def test_every_bench_script_importing_archiver_measures_its_own_tree():
    """Run from a worktree, a script that imports ``archiver`` (itself or through a module of
    bench/) puts its own tree first on ``sys.path`` (``sys.path.insert(0, str(REPO))``, at module
    level before the import, or in the function before it; a script read with ``PYTHONPATH=<tree>``
    does it when no PYTHONPATH is given): otherwise it imports the installed copy, the main
    checkout's, and measures that (q25 found eight such). Scripts that take their tree as an
    argument are named in :data:`TREE_BY_ARGUMENT`."""
    files = sorted(BENCH.glob("*.py"))
    imported = {name.split(".")[0] for p in files for node, _ in _imports_of(_parsed(p))
                for name in _imported_names(node)}
    # a module of bench/ only other scripts import (template_places.py) is judged in them
    scripts = [p for p in files if "__main__" in p.read_text(encoding="utf-8") or p.stem not in imported]
    importing = [p for p in scripts if _archiver_imports(_parsed(p))]
    assert len(importing) >= 20
    wrong = {p.name: why for p in importing if p.name not in TREE_BY_ARGUMENT
             and (why := _puts_its_own_tree_first(p)) is not None}
    assert wrong == {}
    assert set(TREE_BY_ARGUMENT) <= {p.name for p in importing}


def test_a_report_piped_to_a_reader_that_leaves_early_ends_without_a_traceback(tmp_path: Path):
    # (`python bench/cpu_per_test.py LOG | head` printed a BrokenPipeError traceback; task left58)
    log = tmp_path / "cpu.txt"
    log.write_text("".join(f"0.5 0.25 gw0 tests/test_{i}.py::test_{i}\n" for i in range(20_000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(BENCH / "cpu_per_test.py"), str(log), "--top", "20000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader leaves, as `head -1` does
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) != 0 and first.startswith(b"20000 tests")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def _main_block(tree: ast.Module) -> ast.If | None:
    """The script's ``if __name__ == "__main__":`` block, if it has one."""
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in ('__name__ == "__main__"', "__name__ == '__main__'"):
            return node
    return None


def test_every_bench_script_runs_its_main_block_where_its_reader_may_leave():
    # (only cpu_per_test.py ended quietly when piped to `head`; the others printed a traceback: task cpu59)
    blocks = {p.name: block for p in sorted(BENCH.glob("*.py")) if (block := _main_block(_parsed(p))) is not None}
    assert len(blocks) >= 40
    outside = [name for name, block in blocks.items()
               if not any(isinstance(node, ast.With) and ast.unparse(node.items[0].context_expr) == "reader_may_leave()"
                          for node in block.body)
               or any(not isinstance(node, ast.With | ast.ImportFrom) for node in block.body)]
    assert outside == []


def test_a_main_block_whose_reader_left_before_it_printed_exits_1_without_a_traceback():
    # (the block every script's main runs in, as the test above requires; argparse's --help swallows
    # a closed pipe itself, so the block prints as a report does)
    block = ("import sys; sys.path.insert(0, sys.argv[1]); from reader_left import reader_may_leave\n"
             "with reader_may_leave():\n    for i in range(20000): print('a line of a report', i)\n")
    proc = subprocess.Popen([sys.executable, "-c", block, str(BENCH)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 1
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
