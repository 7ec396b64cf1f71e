"""Regular expressions compiled on their first use, not at import.

Why: the extraction modules build some 180 patterns at import, ~80 ms of the CPU of one
``archiver archive URL`` (issue 13), while one page uses about two thirds of them and commands
that never extract use none. :func:`compile` returns a stand-in with the pattern's text and
flags that compiles on the first call of a matching method; after that the compiled pattern's
bound methods sit in the stand-in's own attributes, so a call costs what a compiled pattern's
does (no wrapper in between). The answers are the compiled pattern's: it is the same
``re.compile(pattern, flags)``, made later.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: The methods a stand-in hands to its compiled pattern.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """``re.compile(pattern, flags)`` made on first use (see the module's docstring).

    Two threads may both compile it once: the same pattern, so no harm."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, made now if it was not yet, its methods then read directly."""
        done: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if done is None:
            done = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(done, name)
            self.__dict__["_compiled"] = done
        return done

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    @property
    def is_compiled(self) -> bool:
        """Whether it has been compiled yet (what tests of "compiled only when needed" ask)."""
        return "_compiled" in self.__dict__

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - re.compile's stand-in
    """A pattern compiled on its first use, with the same answers as ``re.compile``."""
    return LazyPattern(pattern, flags)


__all__ = ["LazyPattern", "compile"]
