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


def test_every_third_party_module_the_package_imports_is_a_declared_dependency() -> None:
    owners = md.packages_distributions()
    declared = _declared()
    undeclared = {m: owners.get(m) for m in _imported_top_level_modules()
                  if not {_norm(d) for d in owners.get(m, [m])} & declared}
    assert undeclared == {}


def test_the_html_cleaner_trafilatura_needs_is_declared_directly() -> None:
    assert "lxml-html-clean" in _declared()
