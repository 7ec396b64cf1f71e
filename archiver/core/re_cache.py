"""A bytecode cache for regular expressions, as ``__pycache__`` is one for modules.

Why: CPython's regular-expression compiler is pure Python. One ``archiver archive URL``
compiles some 490 patterns (ours and the stack's: trafilatura, htmldate, courlan, urllib3), a
quarter of its CPU, the same patterns in every process (issue 13's goal: ``archive URL`` under
250 ms). What the compiler makes of a pattern (the code the ``_sre`` engine runs) depends only on
the pattern's text, its flags and the interpreter, so it is kept between runs, beside the
package's own bytecode, and a pattern found there is made by ``_sre.compile`` from it directly:
the call, with the arguments, the compiler itself ends in. The pattern object is equal
(``==`` compares the engine's code) to a freshly compiled one, and so is every answer it gives.

What is kept, and what never is:

* only patterns written in code: those a module compiles as it is imported (its module-level
  statements and what they call, or a compiled extension module's initialisation), those
  :mod:`archiver.core.lazy_re` compiles on their first use (module constants and lexicon tables
  only), and a literal a function hands to ``re`` itself
  (``re.search(r"...", line)``: the very string object is a constant of the calling code, so it
  cannot be anything a command read). A pattern made while a command runs (from a quote, a URL,
  a page's words) is compiled as before and written nowhere: a researcher's words do not go into
  a cache outside the store;
* a place in code whose pattern differs from run to run (a library joining a ``set`` into an
  alternation: its order follows the process's string hashing) is noted as unsteady the second
  time, its entries dropped, and its patterns compiled as usual from then on, so the file does
  not grow or get rewritten run after run;
* nothing is written where Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``) or
  cannot (a read-only installation): the cache is only read then, or absent; nor is anything
  touched on an interpreter other than CPython 3.11-3.13 (the internal call relied on is checked
  as the cache is installed; anything unexpected and ``re`` is left as it was).

Trust: the file is code for the regular-expression engine, as a ``.pyc`` is code for the
interpreter, and it lies where the package's ``.pyc`` files lie, so it is exactly as trusted as
they are (whoever can change it could change the package's bytecode). ``_sre`` checks the code it
is given, so a damaged file cannot crash the interpreter; an entry it refuses, or a file that does
not load, is ignored and the pattern compiled as usual.

Installed only by the ``archiver`` program (:mod:`archiver.__main__`), before its imports; a
program importing archiver as a library keeps its ``re`` as it was. It replaces
``re._compiler.compile`` (``sre_compile.compile``), the one function ``re`` calls for a pattern it
has not cached in memory already.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regular-expression engine
import array
import atexit
import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from typing import Any

#: The interpreters whose ``re._compiler.compile`` ends in the one ``_sre.compile`` call relied on.
_SUPPORTED = ((3, 11), (3, 12), (3, 13))
#: The array type of the engine's code words (``_sre.CODESIZE`` bytes each: 4 on CPython).
_WORD = "I"
#: The place :mod:`archiver.core.lazy_re` patterns are noted under: module constants, one text each
#: run (tests/test_re_cache.py holds every one of ours steady across hash seeds).
_LAZY = "lazy_re"
#: The import system's file: a pattern compiled with its ``_call_with_frames_removed`` as the caller is
#: compiled by an extension module's own initialisation (compiled code calling ``re``).
_IMPORTING = "<frozen importlib._bootstrap>"
#: The file's layout, first in it (a file of another layout is not read).
_LAYOUT = 1
#: More entries than this and the file starts again from what the run used (a bound, not a figure
#: reached: ~700 patterns make every command of ours).
_MOST = 20_000

#: A pattern's key (a digest of its kind, flags and text) -> its entry: the arguments of
#: ``_sre.compile`` after the pattern, marshalled, the code as machine words (decoded only when
#: the pattern is asked for, so that loading the file costs a copy, not ~100,000 int objects).
_table: dict[bytes, bytes] = {}
#: The place in code each entry was made at -> its keys; None: an unsteady place (see above).
_sites: dict[str, list[bytes] | None] = {}
#: What this process compiled that the file did not hold: key -> (place, entry).
_added: dict[bytes, tuple[str, bytes]] = {}
#: The keys this process used from the file.
_used: set[bytes] = set()
_loaded = False
_lock = threading.Lock()
_local = threading.local()
_path: str | None = None
#: ``re._compiler.compile`` as it was before :func:`install` (what a miss still calls).
original_compile: Callable[..., Any] | None = None


class _Capturing:
    """Stands for the ``_sre`` module inside ``re._compiler``: passes everything through, and
    hands the arguments of a ``compile`` to the thread that asked for them (``_local.want``)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    @staticmethod
    def compile(*args: Any) -> Any:  # noqa: A003 - _sre.compile's stand-in
        if getattr(_local, "want", False):
            _local.args = args
        return _sre.compile(*args)


def _place_in_code(p: str | bytes) -> str | None:
    """Where the pattern ``p`` being compiled is written, if it is one written in code (see the
    module's docstring): a lazy pattern's first use; a compiled extension module's initialisation as
    it is imported (``extension NAME``: lxml.etree compiles eleven); a literal of the calling code
    (``file:line:offset``, the offset of the call in its bytecode: two calls on one line are two
    places); or a statement of a module being imported, made there or by what it calls (a
    comprehension, a class body, a library's function: ``file:line`` of that statement). None for
    any other caller: a pattern made while a command runs. Read from the callers' frames outside
    ``re``.

    Why the last three: ~40 patterns of these kinds (ours, trafilatura's, lxml's, the standard
    library's) were compiled afresh by every ``archive URL``, ~6 ms of its CPU (session 66)."""
    frame: Any = sys._getframe(2)  # (the caller of the hook: re's own, then theirs)
    inside_re = os.sep + "re" + os.sep
    while frame is not None and inside_re in frame.f_code.co_filename:
        frame = frame.f_back
    if frame is None:
        return None
    code = frame.f_code
    if code.co_filename.endswith(os.sep + "lazy_re.py"):
        return _LAZY
    if code.co_filename == _IMPORTING and code.co_name == "_call_with_frames_removed":
        made = (frame.f_locals.get("args") or (None,))[0]  # (a spec to create, or the module to execute)
        name = getattr(made, "name", None) or getattr(made, "__name__", None)
        return f"extension {name}" if isinstance(name, str) else None
    if any(c is p for c in code.co_consts):
        return f"{code.co_filename}:{frame.f_lineno}:{frame.f_lasti}"
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    # (a module the import system runs; never the program's own script, under which a command runs)
    if frame is not None and frame.f_back is not None and frame.f_back.f_code.co_filename == _IMPORTING:
        return f"{frame.f_code.co_filename}:{frame.f_lineno}"
    return None


def _key(p: str | bytes, flags: int) -> bytes:
    text = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
    kind = b"s" if isinstance(p, str) else b"b"
    return hashlib.blake2b(kind + str(int(flags)).encode() + b":" + text, digest_size=20).digest()


def _entry(args: tuple[Any, ...]) -> bytes:
    """The cached form of ``_sre.compile``'s arguments after the pattern (plain types only:
    marshal writes no enum, and the compiler's flags and opcodes are int subclasses)."""
    final, code, groups, groupindex, indexgroup = args
    words = array.array(_WORD, [int(op) for op in code]).tobytes()
    return marshal.dumps((int(final), words, int(groups), dict(groupindex), tuple(indexgroup)))


def _arguments(entry: bytes) -> tuple[Any, ...]:
    final, words, groups, groupindex, indexgroup = marshal.loads(entry)
    code = array.array(_WORD)
    code.frombytes(words)
    return final, code.tolist(), groups, groupindex, indexgroup


def _compile_hook(original: Callable[..., Any]) -> Callable[..., Any]:
    def compile(p: Any, flags: int = 0) -> Any:  # noqa: A001 - re._compiler.compile's stand-in
        kind = type(p)
        if (kind is not str and kind is not bytes) or flags & re.DEBUG:
            return original(p, flags)
        if not _loaded:
            _load()
        key = _key(p, flags)
        entry = _table.get(key)
        if entry is not None:
            try:
                made = _sre.compile(p, *_arguments(entry))
            except Exception:  # noqa: BLE001 - refused or damaged: compiled as usual below
                _table.pop(key, None)
            else:
                _used.add(key)
                return made
        place = _place_in_code(p)
        if place is None or key in _added or _sites.get(place, []) is None:
            return original(p, flags)
        _local.want, _local.args = True, None
        try:
            made = original(p, flags)
        finally:
            _local.want = False
        args = _local.args
        if args is not None and args[0] is p:
            with _lock:
                _added[key] = (place, _entry(args[1:]))
        return made

    return compile


def cache_path() -> str:
    """Where the cache lies: beside the package's bytecode (``__pycache__``, or under
    ``PYTHONPYCACHEPREFIX``), named for the interpreter and its engine's version."""
    import importlib.util

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    here = importlib.util.cache_from_source(os.path.join(package, "__init__.py"))
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{sys.hexversion:x}"
    return os.path.join(os.path.dirname(here), f"re-patterns.{tag}.marshal")


def _read(path: str) -> tuple[dict[bytes, bytes], dict[str, list[bytes] | None]]:
    """The file's entries and places; empty when it is absent, damaged or of another layout."""
    try:
        with open(path, "rb") as file:
            loaded = marshal.load(file)
        layout, table, sites = loaded
        if layout == _LAYOUT and isinstance(table, dict) and isinstance(sites, dict):
            return table, sites
    except (OSError, EOFError, ValueError, TypeError):
        pass
    return {}, {}


def _load() -> None:
    """Read the file, once, as the first pattern is compiled (a command that compiles none reads
    nothing)."""
    global _loaded
    _loaded = True
    if _path is not None:
        table, sites = _read(_path)
        _table.update(table)
        _sites.update(sites)


def _merged(table: dict[bytes, bytes], sites: dict[str, list[bytes] | None],
            added: dict[bytes, tuple[str, bytes]], used: set[bytes]) -> bool:
    """Add this run's patterns to the file's ``table`` and ``sites`` (in place); whether anything
    changed. A place of code (not a lazy pattern's) whose earlier patterns this run neither used
    nor made while it made a new one is unsteady: its entries go, and it is noted so. (A place
    that makes several in one run, a loop or an extension's start, made the earlier ones too.)"""
    changed = False
    for key, (place, entry) in added.items():
        if key in table:
            continue
        before = sites.get(place, [])
        if before is None:
            continue
        if place != _LAZY and before and not used.intersection(before) and not added.keys() & set(before):
            for old in before:
                table.pop(old, None)
            sites[place] = None
            changed = True
            continue
        table[key] = entry
        sites[place] = [*before, key]
        changed = True
    if len(table) > _MOST:  # (start again from what this run used and made)
        kept = {key: table[key] for key in table if key in used or key in added}
        table.clear()
        table.update(kept)
        sites.clear()
        for key, (place, _entry) in added.items():
            if key in table:
                sites.setdefault(place, []).append(key)  # type: ignore[union-attr]  # (only lists after clear())
    return changed


def save() -> None:
    """Write what this process added, merged into the file as it is now (another process may have
    written since), by a rename, so that no reader sees half a file. Never raises: a cache."""
    path = _path
    if not _added or path is None or sys.dont_write_bytecode:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        table, sites = _read(path)
        with _lock:
            added = dict(_added)
        if not _merged(table, sites, added, _used):
            return
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump((_LAYOUT, table, sites), file)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - unwritable, or anything else: no cache, no harm
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def install() -> bool:
    """Use the cache for every pattern compiled from now on in this process (see the module's
    docstring); False, and ``re`` untouched, where the interpreter is not one it knows."""
    global _path, original_compile
    compiler = getattr(re, "_compiler", None)
    words_fit = array.array(_WORD).itemsize == _sre.CODESIZE
    if (not words_fit or _path is not None or sys.implementation.name != "cpython"
            or sys.version_info[:2] not in _SUPPORTED or compiler is None
            or getattr(compiler, "_sre", None) is not _sre):
        return False
    _path = cache_path()
    original_compile = compiler.compile
    compiler._sre = _Capturing()
    compiler.compile = _compile_hook(compiler.compile)
    atexit.register(save)
    return True
