"""The regular-expression cache (:mod:`archiver.core.re_cache`): the ``archiver`` program keeps
what Python's pattern compiler made, as ``__pycache__`` keeps bytecode, and a pattern made from it
is the pattern the compiler makes.

Each test runs real Python processes: installing the cache replaces a function of the
interpreter's ``re`` for the whole process and writes at the process's exit, so the boundary is
the point. Each process's bytecode (and so the cache) goes to the test's own folder
(``PYTHONPYCACHEPREFIX``)."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: A module whose import compiles patterns in its own statements, as the stack's modules do.
MODULE = '''
import re
WORD = re.compile(r"(?i)\\b(?:not|never|no)\\b")
YEAR = re.compile(r"(?<!\\d)(1[89]|20)(\\d\\d)(?!\\d)")
NAMED = re.compile(r"(?P<day>\\d{1,2})\\.(?P<month>\\d{1,2})\\.", re.ASCII)
'''

#: Run in a child: install the cache, import MODULE (and whatever else the caller asks), compile a
#: pattern from "user text" inside a function, and print what happened as JSON.
PROBE = r'''
import json, re, sys
from archiver.core import re_cache
installed = re_cache.install()
import patterns_here
from archiver.core import lazy_re
LAZY = lazy_re.compile(r"\b(?:zero|nil|none)\b", re.I)
def from_user(text):
    return re.compile(re.escape(text) + r"\s+ends")
user = from_user(sys.argv[1])
fresh = re_cache.original_compile or re._compiler.compile
same = all(p == fresh(p.pattern, p.flags) for p in (patterns_here.WORD, patterns_here.YEAR, patterns_here.NAMED))
answers = [patterns_here.YEAR.findall("in 1989 and 2024, not 12345"), LAZY.findall("None, zero or NIL"),
           patterns_here.NAMED.match("4.12.2026").groupdict(), bool(patterns_here.WORD.search("it is NOT so"))]
print(json.dumps({"installed": installed, "path": re_cache._path, "used": len(re_cache._used),
                  "same": same, "answers": answers, "user": bool(user.search(sys.argv[1] + " ends"))}))
'''


def writing_bytecode(tmp_path: Path, *path: Path, **env: str) -> dict[str, str]:
    """A child's environment that writes bytecode (and so the cache) into the test's own folder, with ``path`` (and
    this tree) importable."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"), PYTHONPATH=os.pathsep.join([*map(str, path), str(REPO)]),
                       **env)
    return environment


def probe(tmp_path: Path, user_text: str = "a quote of mine", **env: str) -> dict[str, object]:
    """One child process running PROBE with MODULE importable; its JSON report."""
    (tmp_path / "mod").mkdir(exist_ok=True)
    (tmp_path / "mod" / "patterns_here.py").write_text(MODULE)
    environment = writing_bytecode(tmp_path, tmp_path / "mod", **env)
    done = subprocess.run([sys.executable, "-c", PROBE, user_text], env=environment, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stderr == ""
    report: dict[str, object] = json.loads(done.stdout)
    return report


def cache_file(report: dict[str, object]) -> Path:
    return Path(str(report["path"]))


def entries(path: Path) -> tuple[dict[bytes, bytes], dict[str, list[bytes] | None]]:
    layout, table, sites = marshal.loads(path.read_bytes())
    assert layout == 1
    return table, sites


EXPECTED_ANSWERS = [[["19", "89"], ["20", "24"]], ["None", "zero", "NIL"], {"day": "4", "month": "12"}, True]


def test_the_cache_lies_beside_the_package_bytecode(tmp_path: Path) -> None:
    first = probe(tmp_path)
    assert first["installed"] is True
    assert cache_file(first).parent == tmp_path / "pyc" / str(REPO / "archiver").lstrip(os.sep)
    assert cache_file(first).is_file()


def test_a_pattern_made_from_the_cache_equals_the_one_the_compiler_makes(tmp_path: Path) -> None:
    first = probe(tmp_path)
    second = probe(tmp_path)
    assert first["used"] == 0
    assert int(str(second["used"])) >= 4  # (the module's three and the lazy one, at least)
    assert second["same"] is True  # (Pattern == compares flags, text and the engine's code)
    assert first["answers"] == second["answers"] == EXPECTED_ANSWERS


def test_a_pattern_made_from_a_users_words_is_never_written(tmp_path: Path) -> None:
    report = probe(tmp_path, user_text="Unmistakable words 4711")
    probe(tmp_path, user_text="Unmistakable words 4711")
    assert b"Unmistakable" not in cache_file(report).read_bytes()
    from archiver.core import re_cache

    table, _sites = entries(cache_file(report))
    assert re_cache._key(r"Unmistakable\ words\ 4711\s+ends", 0) not in table
    assert re_cache._key(r"(?i)\b(?:not|never|no)\b", 0) in table


LITERALS = '''
import re
def literal(line):
    return re.search(r"(?i)\\bwhereas\\b", line) is not None
def made(word, line):
    return re.search(word + r"\\s+at", line) is not None
'''


def test_a_literal_a_function_hands_to_re_is_written_and_read_a_pattern_it_makes_is_not(tmp_path: Path) -> None:
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "literals.py").write_text(LITERALS)
    environment = writing_bytecode(tmp_path, tmp_path / "mod")
    script = ("import sys; from archiver.core import re_cache; re_cache.install(); import literals; "
              "print(re_cache._path, literals.literal('Whereas the party'), literals.made(sys.argv[1], 'Words4711 at noon'), "
              "len(re_cache._used))")
    runs = [subprocess.run([sys.executable, "-c", script, "Words4711"], env=environment, capture_output=True, text=True,
                           timeout=60, check=True).stdout.split() for _ in range(2)]
    assert [run[1:3] for run in runs] == [["True", "True"], ["True", "True"]]
    from archiver.core import re_cache

    table, _sites = entries(Path(runs[0][0]))
    assert re_cache._key(r"(?i)\bwhereas\b", 0) in table
    assert re_cache._key(r"Words4711\s+at", 0) not in table and b"Words4711" not in Path(runs[0][0]).read_bytes()
    assert int(runs[1][3]) > int(runs[0][3])  # (the second run made the literal from the file)


COMPREHENSION = '''
import re
WORDS = ("alpha", "beta")
BY_WORD = {w: re.compile(r"\\b" + w + r"s?\\b") for w in WORDS}
def _either(*words):
    return re.compile("|".join(words))
EITHER = _either("gamma", "delta")
'''


def test_patterns_a_module_makes_as_it_is_imported_and_an_extensions_initialisation_are_kept(tmp_path: Path) -> None:
    """Made by the module's statements or what they call (a comprehension, a function): the import system runs
    them, no command has read anything yet; lxml.etree compiles its patterns in compiled code as it starts."""
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "comprehension.py").write_text(COMPREHENSION)
    environment = writing_bytecode(tmp_path, tmp_path / "mod")
    script = ("from archiver.core import re_cache; re_cache.install(); import comprehension, lxml.etree; "
              "print(re_cache._path, len(re_cache._used), bool(comprehension.BY_WORD['beta'].search('two betas')))")
    runs = [subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True,
                           timeout=60, check=True).stdout.split() for _ in range(2)]
    assert [run[2] for run in runs] == ["True", "True"]
    from archiver.core import re_cache

    table, sites = entries(Path(runs[0][0]))
    assert re_cache._key(r"\bbetas?\b", 0) in table and re_cache._key("gamma|delta", 0) in table
    assert len(sites["extension lxml.etree"] or ()) >= 5  # (lxml.etree compiles eleven as it starts)
    assert int(runs[1][1]) >= int(runs[0][1]) + 8  # (the second run made them from the file)


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path) -> None:
    report = probe(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert report["answers"] == EXPECTED_ANSWERS
    assert not cache_file(report).exists()


def test_a_damaged_file_is_ignored_and_written_anew(tmp_path: Path) -> None:
    path = cache_file(probe(tmp_path))
    path.write_bytes(b"\x00not marshal at all" * 50)
    report = probe(tmp_path)
    assert report["answers"] == EXPECTED_ANSWERS
    assert report["used"] == 0
    assert len(entries(path)[0]) >= 4


def test_an_entry_the_engine_refuses_is_compiled_as_usual(tmp_path: Path) -> None:
    path = cache_file(probe(tmp_path))
    table, sites = entries(path)
    damaged = {key: marshal.dumps((0, b"\xff\xff\xff\x7f" * 3, 0, {}, (None,))) for key in table}
    path.write_bytes(marshal.dumps((1, damaged, sites)))
    report = probe(tmp_path)
    assert report["answers"] == EXPECTED_ANSWERS
    assert report["same"] is True
    assert report["used"] == 0


UNSTEADY = '''
import re
WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
EITHER = re.compile("|".join(WORDS))  # (a set's order follows the process's string hashing)
'''


def test_a_place_whose_pattern_changes_from_run_to_run_is_noted_and_no_longer_written(tmp_path: Path) -> None:
    (tmp_path / "mod").mkdir()
    (tmp_path / "mod" / "unsteady.py").write_text(UNSTEADY)
    environment = writing_bytecode(tmp_path, tmp_path / "mod")
    script = ("from archiver.core import re_cache; re_cache.install(); import unsteady; "
              "print(re_cache._path, bool(unsteady.EITHER.fullmatch('theta')))")
    runs = []
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run([sys.executable, "-c", script], env={**environment, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, timeout=60, check=True)
        path_text, matched = done.stdout.split()
        assert matched == "True"
        path = Path(path_text)
        runs.append(path.stat().st_mtime_ns)
    _table, sites = entries(path)
    place = str(tmp_path / "mod" / "unsteady.py") + ":4"
    assert sites[place] is None
    assert runs[2] == runs[3]  # (noted unsteady by the second run: the fourth writes nothing)


def test_importing_archiver_as_a_library_leaves_re_alone() -> None:
    done = subprocess.run([sys.executable, "-c", "import re; before = re._compiler.compile; "
                           "import archiver, archiver.cli, archiver.extract; "
                           "print(re._compiler.compile is before)"],
                          capture_output=True, text=True, timeout=60, check=True, cwd=REPO)
    assert done.stdout.strip() == "True"


def test_the_archiver_program_writes_and_reads_the_cache(tmp_path: Path) -> None:
    environment = writing_bytecode(tmp_path, ARCHIVER_STORE=str(tmp_path / "store"))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "archiver", "verify-quote", "--help"], env=environment,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0
    written = list((tmp_path / "pyc").rglob("re-patterns.*.marshal"))
    assert len(written) == 1
    assert entries(written[0])[0]


def test_every_pattern_of_ours_reads_the_same_under_any_hash_seed() -> None:
    """The cache's keys are the patterns' texts: one of ours that changed with the process's string
    hashing (an alternation joined from a set) would be compiled again in every run, and its
    branches' order would differ from run to run."""
    script = """
import importlib, pkgutil, json, re
import archiver.quotes, archiver.extract
from archiver.core.lazy_re import LazyPattern
texts = set()
for package in (archiver.quotes, archiver.extract):
    names = [package.__name__] + [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    for name in names:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, (re.Pattern, LazyPattern)) and isinstance(value.pattern, str):
                texts.add((value.pattern, int(value.flags)))
print(json.dumps(sorted(texts)))
"""
    seen = []
    for seed in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, timeout=120, check=True, cwd=REPO)
        seen.append(json.loads(done.stdout))
    assert len(seen[0]) > 100
    assert seen[0] == seen[1]
