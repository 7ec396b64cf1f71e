"""What a plain ``pip install .`` needs: every library the package imports is declared.

The pip shipped with Python 3.11 (23.2) mis-resolves justext's ``lxml[html_clean]`` extra and
leaves ``lxml_html_clean`` out, after which trafilatura cannot be imported. Declaring what we
import (and what trafilatura needs through that extra) makes the install work with any pip.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_norm(re.split(r"[\s<>=!~\[;]", dep, maxsplit=1)[0]) for dep in project["dependencies"]}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_level_modules() -> set[str]:
    modules: set[str] = set()
    for path in (ROOT / "archiver").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"archiver"}


def _provided_by(declared: set[str]) -> set[str]:
    """The top-level modules the installed distributions named in ``declared`` provide (their
    ``top_level.txt``, else the first part of each file they installed). Only the declared ones
    are read: ``packages_distributions()`` reads every installed distribution (~0.8 CPU-s)."""
    modules: set[str] = set()
    for name in declared:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        top = dist.read_text("top_level.txt")
        if top:
            modules.update(line.strip() for line in top.splitlines() if line.strip())
        for file in dist.files or []:
            first = file.parts[0] if file.parts else ""
            if first and not first.endswith((".dist-info", ".egg-info", ".data")) and first != "..":
                modules.add(first.removesuffix(".py").split(".")[0])
    return modules


def test_every_third_party_module_the_package_imports_is_a_declared_dependency() -> None:
    declared = _declared()
    provided = _provided_by(declared)
    missing = {m for m in _imported_top_level_modules() if m not in provided and _norm(m) not in declared}
    # the distributions that do provide them, read (all of them) only to name them on a failure
    undeclared = {m: md.packages_distributions().get(m) for m in sorted(missing)}
    assert undeclared == {}


def test_the_html_cleaner_trafilatura_needs_is_declared_directly() -> None:
    assert "lxml-html-clean" in _declared()
