"""Run archiver as ``pip install archiver`` would leave it: only its declared dependencies importable.

Why: this checkout's virtual environment also holds the test and development tools (pytest,
mypy, the ``wacz`` checker and what it pulls in), and some of them change what a run costs or
even does: ``requests`` imports ``chardet`` whenever it is installed (it comes with ``wacz``'s
``frictionless``), ~15 ms of every ``archiver`` start that no user pays. And an ``import`` of a
package archiver never declared works here but fails on a user's machine.

:func:`hiding_dir` writes a ``sitecustomize.py`` that marks every top-level module of an
installed distribution outside archiver's dependency closure as absent (``sys.modules[name] =
None``, so importing it raises ``ImportError`` as a missing package does); put the folder first
on ``PYTHONPATH``. ``pip`` and ``setuptools`` stay, as a fresh virtual environment has them.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

#: In every fresh virtual environment, whatever the project declares.
ALWAYS_THERE = frozenset({"pip", "setuptools"})


def dependency_closure(project: str = "archiver") -> frozenset[str]:
    """Canonical names of ``project`` and every distribution it needs at run time, following
    requirements' extras (``lxml[html_clean]``) and markers, never its own extras (``test``)."""
    keep: set[str] = set()
    seen: set[tuple[str, frozenset[str]]] = set()
    todo = [(project, frozenset[str]())]
    while todo:
        name, extras = todo.pop()
        key = (canonicalize_name(name), extras)
        if key in seen:
            continue
        seen.add(key)
        keep.add(key[0])
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (extras or {""})):
                todo.append((req.name, frozenset(req.extras)))
    return frozenset(keep)


def _top_level(dist: metadata.Distribution) -> set[str]:
    """The importable top-level names a distribution installs (``top_level.txt``, else its files)."""
    listed = dist.read_text("top_level.txt")
    if listed:
        return {x.strip() for x in listed.splitlines() if x.strip()}
    names = set()
    for f in dist.files or []:
        parts = f.parts
        if not parts or parts[0] in ("..", "__pycache__") or parts[0].endswith((".dist-info", ".egg-info", ".data")):
            continue
        first = parts[0]
        if len(parts) > 1:
            names.add(first)
        elif first.endswith(".py"):
            names.add(first[:-3])
        elif first.endswith(".so"):
            names.add(first.split(".", 1)[0])
    return names


def hidden_modules(project: str = "archiver") -> list[str]:
    """Top-level modules of installed distributions outside ``project``'s closure, never one a
    kept distribution (or the standard library) also provides."""
    keep = dependency_closure(project) | ALWAYS_THERE
    kept_names: set[str] = set()
    other_names: set[str] = set()
    for dist in metadata.distributions():
        names = _top_level(dist)
        if canonicalize_name(dist.metadata["Name"]) in keep:
            kept_names |= names
        else:
            other_names |= names
    return sorted(n for n in other_names - kept_names - set(sys.stdlib_module_names) if n.isidentifier())


def hiding_dir(folder: Path, project: str = "archiver") -> Path:
    """``folder`` holding the ``sitecustomize.py`` that hides :func:`hidden_modules`."""
    folder.mkdir(parents=True, exist_ok=True)
    names = hidden_modules(project)
    (folder / "sitecustomize.py").write_text(
        "import sys\n"
        f"for _name in {names!r}:\n"
        "    sys.modules.setdefault(_name, None)\n",
        encoding="utf-8",
    )
    return folder
