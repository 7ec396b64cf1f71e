"""Package attributes imported on first use (PEP 562), so importing one module of a package
does not import all of it.

``archiver.store.textindex`` needs only :mod:`archiver.quotes.normalize`, and the provenance
log's append path needs none of the proof and whole-log verification code; but importing any
submodule runs the package's ``__init__`` first, which re-exported everything, and so
``archiver archive URL`` paid for quote alignment (rapidfuzz), proofs and the verifier
(multiprocessing) without using them (issue 13). A package keeps its public names: it lists
them for the type checker under ``TYPE_CHECKING`` and resolves them here when first read.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from typing import Any


def attribute(package: str, name: str, exports: Mapping[str, str]) -> Any:
    """The value of ``package.name`` from the module ``exports`` names for it, kept on the
    package so the next read is a plain attribute read."""
    module = exports.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    setattr(sys.modules[package], name, value)
    return value


def names(package: str, exports: Mapping[str, str]) -> list[str]:
    """``dir(package)``: what it holds already and what it can still import."""
    return sorted({*vars(sys.modules[package]), *exports})
