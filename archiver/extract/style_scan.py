"""A style text less the rules that cannot hide or show anything, found before tinycss2 reads it.

tinycss2 tokenizes in Python (~1.4 KB a CPU millisecond) and :mod:`archiver.extract.style_rules`
reads little of what it tokenizes: a style rule whose block declares none of the properties read
there (``.a{color:red;font-family:"Open Sans"}``), an ``@font-face`` with its fonts' sources, an
``@keyframes``, an ``@import``. :func:`pruned` takes those out of the text, and out of the blocks of
``@media``/``@supports``/``@container``/``@layer``/``@scope`` (whose rules are read), with a scanner
that finds where each rule ends as tinycss2 does: strings, comments, ``url(...)``, escapes and the
three kinds of brackets (a ``}`` inside an open parenthesis closes nothing). A rule is taken out
when its block holds none of the properties' names anywhere (in a value or a string too) and no
escape, or when its block is of plain declarations none of which sets one; a kept rule loses the
plain declarations that neither set one nor animate. What is kept is the text's own characters, so
tinycss2 reads the same rules from it, but for two marks (:class:`Pruned`): a plain selector list
and a block of plain declarations each stand as one string token, which tinycss2 reads at once,
and :mod:`~archiver.extract.style_rules` reads them itself (a selector list only for a page whose
elements may match it, a declaration once however often it is repeated).
Wherever the scanner is unsure (a string with a newline in it, a comment or a ``url(`` with no end,
an escape that may spell ``url``, a bracket closing nothing between two rules, an at-rule's name
that is not plain ASCII, the end of the text inside a rule, groups nested past Python's recursion
limit) it gives None and the text is read
whole, as before. A text cut short at the limit (:data:`archiver.core.limits.STYLE_MAX_CHARS`) loses
the rule it ends inside, as before (tinycss2's last rule was left out); one cut between two rules is
read whole.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from archiver.errors import ArchiverError

#: Where a rule may begin: after spaces, comments and (at the top of a stylesheet only, which
#: tinycss2 drops there) ``<!--``/``-->``; in a group's block, after a ``;`` too (tinycss2 skips it).
_BEFORE_TOP = re.compile(r"(?:[ \t\n\r\f]+|/\*.*?\*/|<!--|-->)*", re.S)
_BEFORE_IN_GROUP = re.compile(r"(?:[ \t\n\r\f;]+|/\*.*?\*/)*", re.S)
_NAME = r"[A-Za-z0-9_\-\u0080-\U0010ffff]"
_ESCAPE = r"\\(?:[0-9a-fA-F]{1,6}(?:\r\n|[ \t\n\r\f])?|[^\n\r\f0-9a-fA-F])"
_STRING = r"\"(?:[^\"\\\n\r\f]|\\[^\n\r\f])*\"|'(?:[^'\\\n\r\f]|\\[^\n\r\f])*'"
_URL = r"(?<![A-Za-z0-9_\-\u0080-\U0010ffff#@\\])[uU][rR][lL]\((?![ \t\n\r\f]*[\"'])"
#: The tokens that make a stylesheet's structure, each string, comment and unquoted ``url(...)``
#: whole (nothing inside one opens or closes a block), an escape with the rest of its name (one
#: that ends in ``(`` may have spelt ``url``: unsure). The last alternatives are what the scanner is
#: unsure of: a quote opening a string the first alternatives did not read whole (a newline in it),
#: a comment with no end, a ``url(`` with an escape or no ``)``, a backslash before a newline.
_TOKEN = re.compile(rf"{_STRING}|/\*.*?\*/|{_URL}[^)\\]*\)|{_ESCAPE}(?:{_NAME}|{_ESCAPE})*\(?"
                    rf"|[{{}}()\[\];]|[\"'\\]|/\*|{_URL}", re.S)
#: A style rule the one form most rules take, read in C: its selector and its block hold no escape,
#: no ``{``/``}`` but its block's, parentheses two deep at most (a string only first in them:
#: ``url("a.png")``, where an unquoted ``url(a"b)`` would be one token), brackets in the selector
#: only, strings and comments in the block only. Group 1 is the block's text. (Possessive: nothing
#: read is given back, so a rule of another form fails in one pass.)
_CHARS = r"[^{}()\[\]\"'/\\]"
_SLASH = r"/(?!\*)"
_OPEN = rf"\((?:[ \t\n\r\f]*+(?:{_STRING}))?"
_PARENS = rf"{_OPEN}(?:{_CHARS}++|{_SLASH}|{_OPEN}(?:{_CHARS}++|{_SLASH})*+\))*+\)"
_BRACKETS = rf"\[(?:[^{{}}()\[\]\"'/\\]++|{_STRING})*+\]"
_FLAT_BLOCK = rf"\{{((?:{_CHARS}++|{_SLASH}|{_STRING}|/\*.*?\*/|{_PARENS})*+)\}}"
#: Its selector holds no ``;``: at the top of a stylesheet one does not end a selector (tinycss2 reads
#: ``};.a{...}`` as the rule ``;.a``), in a group's block it ends what comes before it; either is left
#: to :func:`_walk`.
_FLAT_RULE = re.compile(rf"(?:[^{{}}()\[\]\"'/\\;]++|{_SLASH}|{_PARENS}|{_BRACKETS})*+{_FLAT_BLOCK}", re.S)
_FLAT_BLOCK_ONLY = re.compile(_FLAT_BLOCK, re.S)
_STRINGS = re.compile(_STRING)
#: What :data:`archiver.extract.style_rules._UNREAD_RULE` (or ``_KEPT_BLOCK``) may take for a rule
#: inside a string: a ``{``, ``}`` or ``;``, then a ``{`` and a ``}`` (neither pattern crosses a quote).
_RULE_IN_A_STRING = re.compile(r"[{};][^{}]*\{[^{}]*\}")
#: A name of a property :mod:`~archiver.extract.style_rules` reads, anywhere in a block (a value or
#: a string too: such a rule is kept, the safe side).
_READ_NAME = re.compile(rf"(?<!{_NAME})(?:display|visibility|content-visibility|font-size|font|transform|scale|zoom)"
                        rf"(?!{_NAME})", re.I)
#: A piece of a block between two ``;`` outside its strings, comments and parentheses.
_PIECE = re.compile(rf"(?:[^;\"'(/]++|{_STRING}|/\*.*?\*/|{_SLASH}|{_PARENS})*+", re.S)
#: A piece that is a declaration, and its name: a plain name and a colon.
_DECLARATION = re.compile(r"[ \t\r\n\f]*+(-?-?[a-zA-Z_][a-zA-Z0-9_-]*+)[ \t\r\n\f]*+:")
#: The properties :mod:`~archiver.extract.style_rules` reads, and those that make a rule a state the
#: page animates out of (:func:`archiver.extract.style_rules._declarations`).
PROPERTIES = frozenset(("display", "visibility", "content-visibility", "font-size", "font", "transform", "scale",
                        "zoom"))
ANIMATED = re.compile(r"^(?:-[a-z]+-)?(?:transition|animation)(?:$|-)|^opacity$")
_AT_NAME = re.compile(r"@(-?[A-Za-z_][A-Za-z0-9_-]*)(?![\\\u0080-\U0010ffff])")
#: The at-rules whose blocks hold rules that are read (:data:`archiver.extract.style_rules._GROUPS`).
GROUPS = frozenset(("media", "supports", "container", "layer", "scope"))
#: A selector list of plain selectors only (tags, ``*``, classes, ids, pseudo-classes with no argument,
#: a pseudo-element last, the four combinators), which cssselect reads as one selector a comma and
#: tinycss2 serializes as it is written (a ``u+`` aside: a unicode range to tinycss2).
_W = r"[ \t\n\r\f]"
_IDENT = r"-?[_a-zA-Z][_a-zA-Z0-9-]*+"
_LEGACY = r"(?:before|after|first-line|first-letter)(?![_a-zA-Z0-9-])"
_SUB = rf"(?:\.{_IDENT}|#[_a-zA-Z0-9-]++|:(?!{_LEGACY}|scope(?![_a-zA-Z0-9-])){_IDENT})"
_COMPOUND = rf"(?:(?:{_IDENT}|\*){_SUB}*+|{_SUB}++)"
_SELECTOR = rf"{_COMPOUND}(?:(?:{_W}*+[>+~]{_W}*+|{_W}++){_COMPOUND})*+(?:::{_IDENT}|:{_LEGACY})?"
_PLAIN_SELECTORS = re.compile(rf"{_W}*+{_SELECTOR}{_W}*+(?:,{_W}*+{_SELECTOR}{_W}*+)*+", re.I)
_UNICODE_RANGE = re.compile(r"(?<![_a-zA-Z0-9-])[uU]\+")
_NEEDS = re.compile(r"([.#])([_a-zA-Z0-9-]+)")
#: The longest selector list :mod:`~archiver.extract.style_rules` reads.
LONGEST_PRELUDE = 4_000
#: What stands for a plain selector list in the text tinycss2 reads: a string token (see :class:`Pruned`).
MARK = "\ue000"
#: What stands for a block's declarations read (see :class:`Pruned`).
BLOCK_MARK = "\ue001"
_CLOSER = {"{": "}", "(": ")", "[": "]"}
_UNSURE = frozenset(('"', "'", "/*"))


class _Unsure(ArchiverError):
    """The scanner cannot tell where a rule ends as tinycss2 would (a signal caught in this
    module, never raised out of it; of the one error tree all the same)."""


class _Partial(_Unsure):
    """The text ends inside a rule (in a string, a comment, a block...): a text cut short at the
    limit leaves that rule out."""


#: ASCII upper case to lower case (quirks mode's class and id comparison: :meth:`Selectors.matches_nothing_in`).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class Selectors:
    """A rule's selector list of plain selectors (:data:`_PLAIN_SELECTORS`): its text as tinycss2
    serializes it, how many selectors cssselect reads in it, and the classes and ids each of them
    needs an element to carry: a page that carries none of them in some selector of the list never
    needs the list parsed (:meth:`matches_nothing_in`). What each needs is read when first asked: a style
    cut at the character limit may hold many more lists than its rule limit reads."""

    __slots__ = ("_needs", "_written", "count", "text")

    def __init__(self, written: str) -> None:
        self.text = written.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").strip()
        self.count = written.count(",") + 1
        self._written = written
        self._needs: tuple[tuple[frozenset[str], frozenset[str]], ...] | None = None

    @property
    def needs(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        """The classes and the ids each selector of the list needs an element to carry."""
        if self._needs is None:
            self._needs = tuple(
                (frozenset(name for kind, name in found if kind == "."),
                 frozenset(name for kind, name in found if kind == "#"))
                for found in (_NEEDS.findall(part) for part in self._written.split(",")))
        return self._needs

    def matches_nothing_in(self, classes: frozenset[str], ids: frozenset[str], *, fold: bool = False) -> bool:
        """Whether each selector needs a class or an id no element of the page carries (``fold``: the page is in
        quirks mode, ``classes`` and ``ids`` are ASCII lower case and the names needed are compared so)."""
        if fold:
            return not any(frozenset(n.translate(_ASCII_LOWER) for n in needed) <= classes
                           and frozenset(n.translate(_ASCII_LOWER) for n in named) <= ids for needed, named in self.needs)
        return not any(needed <= classes and named <= ids for needed, named in self.needs)


class Pruned(NamedTuple):
    """The text tinycss2 reads, the plain selector lists the string tokens ``"\ue000N"`` standing
    for them in it are, and the declarations the blocks ``{"\ue001N"}`` stand for hold (N: the
    index; each declaration's text): tinycss2 tokenizes none of those. A selector list is parsed
    (cssselect, in Python too) only for a page whose elements may match it; a declaration is read
    once however many rules and pages repeat it (``display:none``). ``ends``: where each top-level
    rule kept ends in ``text``; tinycss2 reads the text up to one of them as those rules alone, so
    a reader that stops at a limit of rules tokenizes no further (``style_rules._parse``)."""

    text: str
    selectors: tuple[Selectors, ...]
    blocks: tuple[tuple[str, ...], ...]
    ends: tuple[int, ...] = ()


class _Out:
    """What :func:`pruned` gives, as the scanner appends it (the marks: none when the text holds
    the mark characters itself)."""

    __slots__ = ("blocks", "parts", "selectors", "tops")

    def __init__(self, marked: bool) -> None:
        self.parts: list[str] = []
        self.selectors: list[Selectors] | None = [] if marked else None
        self.blocks: list[tuple[str, ...]] | None = [] if marked else None
        #: how many of ``parts`` there are after each top-level rule kept
        self.tops: list[int] = []


def pruned(text: str, cut: bool = False) -> Pruned | None:
    """``text`` less its rules that can set nothing read (module docstring), or None when the
    scanner is unsure of the text's structure. ``cut``: the text is cut short at the limit, and its
    last rule, which the text ends inside, is left out (None when it ends between two rules)."""
    out = _Out(MARK not in text and BLOCK_MARK not in text)
    try:
        _top_rules(text, out, cut)
    except (_Unsure, RecursionError):  # (groups nested past the recursion limit: tinycss2 does not recurse)
        return None
    ends: list[int] = []
    at = done = 0
    for top in out.tops:
        at += sum(map(len, out.parts[done:top]))
        done = top
        ends.append(at)
    return Pruned("".join(out.parts), tuple(out.selectors or ()), tuple(out.blocks or ()), tuple(ends))


def _top_rules(text: str, out: _Out, cut: bool) -> None:
    """:func:`_rule` at the top of the stylesheet, each rule in turn: one the text ends inside is
    left out when the text is cut short."""
    pos = 0
    length = len(text)
    while True:
        pos = _empty_or_more(_BEFORE_TOP, text, pos)
        if pos >= length:
            if cut:
                raise _Unsure  # cut between two rules: the last whole rule was left out before
            return
        counted = (len(out.parts), len(out.selectors or ()), len(out.blocks or ()))
        try:
            pos = _rule(text, pos, out, top=True)
            if len(out.parts) > counted[0]:
                out.tops.append(len(out.parts))
        except _Partial:
            if not cut:
                raise
            del out.parts[counted[0]:]
            if out.selectors is not None and out.blocks is not None:
                del out.selectors[counted[1]:]
                del out.blocks[counted[2]:]
            return


def _rules(text: str, pos: int, out: _Out) -> int:
    """Append to ``out`` the rules of a group's block from ``pos`` that may set something read; the
    position of the ``}`` that closes it."""
    length = len(text)
    while True:
        pos = _empty_or_more(_BEFORE_IN_GROUP, text, pos)
        if pos >= length:
            raise _Partial  # a group's block with no end
        if text[pos] == "}":
            return pos
        pos = _rule(text, pos, out, top=False)


def _rule(text: str, pos: int, out: _Out, top: bool) -> int:
    """Append to ``out`` the rule at ``pos`` if it may set something read; the position after it."""
    if text.startswith("/*", pos):
        raise _Unsure  # a comment with no end (one with an end is skipped before a rule)
    if text[pos] == "@":
        return _at_rule(text, pos, out)
    flat = _FLAT_RULE.match(text, pos)
    if flat is not None:
        if _READ_NAME.search(text, flat.start(1), flat.end(1)) is not None:
            _style_rule(text[pos:flat.start(1) - 1], flat.group(1), out)
        return flat.end()
    end, block, escaped = _walk(text, pos, stop_at_semicolon=not top)
    if block is not None and (escaped or _READ_NAME.search(text, block, end) is not None):
        if not escaped and _FLAT_BLOCK_ONLY.fullmatch(text, block - 1, end):  # (an escape in the selector)
            _style_rule(text[pos:block - 1], text[block:end - 1], out)
        else:
            _strings_hold_no_rule_marks(text[pos:end])
            out.parts.append(text[pos:end])
    return end


def _strings_hold_no_rule_marks(item: str) -> None:
    """Be unsure of a kept selector or declaration with a string holding what could be read as a rule
    after a ``{``, ``}`` or ``;`` (:data:`_RULE_IN_A_STRING`): the text is read whole, as before the scanner (:data:`archiver.extract.style_rules._UNREAD_RULE` may
    begin inside such a string, and what it takes out stays inside it:
    ``a[title="x;y{color:red}"]{display:none}`` loses ``y{color:red}`` and hides nothing)."""
    if ("\"" in item or "'" in item) and any(_RULE_IN_A_STRING.search(found.group()) is not None
                                              for found in _STRINGS.finditer(item)):
        raise _Unsure


def _style_rule(written: str, block: str, out: _Out) -> None:
    """Append a kept rule whose block is of :data:`_FLAT_BLOCK`'s form: a plain selector list as its
    mark, and its block as the mark of the declarations read in it (:func:`_read_declarations`), or
    whole when it holds a piece that is not a plain declaration. A rule with no declaration of
    :data:`PROPERTIES` is left out (an animation alone, a property named in a value only)."""
    pieces = _read_declarations(block)
    if pieces is not None and not any(named for _, named in pieces):
        return
    _strings_hold_no_rule_marks(written)  # (a string in a declaration left out does not count)
    for kept in _pieces(block) if pieces is None else [piece for piece, _ in pieces]:
        if pieces is not None or _READ_NAME.search(kept) is not None:  # (a piece that may be read)
            _strings_hold_no_rule_marks(kept)
    parts = out.parts
    if (out.selectors is not None and len(written) <= LONGEST_PRELUDE and _PLAIN_SELECTORS.fullmatch(written)
            and _UNICODE_RANGE.search(written) is None):
        parts.append(f'"{MARK}{len(out.selectors)}"')
        out.selectors.append(Selectors(written))
    else:
        parts.append(written)
    if pieces is None:
        parts.append("{" + block + "}")
    elif out.blocks is not None:
        parts.append(f'{{"{BLOCK_MARK}{len(out.blocks)}"}}')
        out.blocks.append(tuple(piece for piece, _ in pieces))
    else:
        parts.append("{" + ";".join(piece for piece, _ in pieces) + "}")


def _empty_or_more(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern``, which matches the empty string too, ends when matched at ``pos``."""
    found = pattern.match(text, pos)
    return pos if found is None else found.end()


def _pieces(block: str) -> list[str]:
    """A block of :data:`_FLAT_BLOCK`'s form cut at the semicolons outside its strings, comments and
    parentheses."""
    pieces: list[str] = []
    at = 0
    while at <= len(block):
        end = _empty_or_more(_PIECE, block, at)
        pieces.append(block[at:end])
        at = end + 1  # past the ";" it stops at, or the end
    return pieces


def _read_declarations(block: str) -> list[tuple[str, bool]] | None:
    """The declarations of a block of :data:`_FLAT_BLOCK`'s form that set one of :data:`PROPERTIES`
    or animate, each with whether it sets one of them (``margin:0``, ``font-family:"Open Sans"`` are
    left out): tinycss2 reads a block's declarations one by one between the semicolons outside its
    strings, comments and parentheses, so the rules read are the same without them. None for a
    block with a piece that is not a plain declaration (a comment before a name, an IE hack's
    ``*zoom``): it is read whole."""
    kept = []
    for piece in _pieces(block):
        declaration = _DECLARATION.match(piece)
        if declaration is None:
            if piece and not piece.isspace():
                return None
            continue
        name = declaration.group(1).lower()
        if name in PROPERTIES:
            kept.append((piece, True))
        elif ANIMATED.search(name):
            kept.append((piece, False))
    return kept


def _at_rule(text: str, pos: int, out: _Out) -> int:
    """Read the at-rule at ``pos``: a group's block's rules are appended (:func:`_rules`) when one
    may set something, every other at-rule is left out; the position after it."""
    name = _AT_NAME.match(text, pos)
    if name is None:
        raise _Unsure
    if name.group(1).lower() not in GROUPS:
        end, _, _ = _walk(text, name.end(), stop_at_semicolon=True)
        return end
    opened = _walk(text, name.end(), stop_at_semicolon=True, open_block_only=True)
    end, block, _ = opened
    if block is None:  # ``@media screen;``: no block, nothing read
        return end
    before = len(out.parts)
    out.parts.append(text[pos:block])
    close = _rules(text, block, out)
    if len(out.parts) == before + 1:
        out.parts.pop()  # nothing in it may set something read
    else:
        out.parts.append("}")
    return close + 1


def _to_the_end(text: str, token: re.Match[str]) -> bool:
    """Whether the string, comment or ``url(`` a token opens runs to the end of the text (in a
    string, no newline nor escape after it; in a ``url(``, no ``)`` nor escape)."""
    rest = text[token.end():]
    if token.group() == "/*":
        return True  # (a comment with an end is one token)
    if token.group() in "\"'":
        return not any(c in rest for c in "\n\r\f\\")
    return ")" not in rest and "\\" not in rest


def _walk(text: str, pos: int, stop_at_semicolon: bool,
          open_block_only: bool = False) -> tuple[int, int | None, bool]:
    """Walk one rule from ``pos`` to its end: the first ``{...}`` block outside any bracket, or (at
    a group's level or in an at-rule's prelude) a ``;`` outside any bracket first. Gives the end,
    where the block's text begins (None: ended by a ``;``) and whether an escape stood outside
    the strings of the block; with ``open_block_only``, the end is where the block's text begins."""
    stack: list[str] = []
    block: int | None = None
    escaped = False
    while True:
        token = _TOKEN.search(text, pos)
        if token is None:
            raise _Partial  # the text ends inside the rule
        pos = token.end()
        first = token.group()[0]
        if first in "{([":
            if not stack and first == "{":
                block = pos
                if open_block_only:
                    return pos, block, escaped
            stack.append(_CLOSER[first])
        elif first in "})]":
            if stack and stack[-1] == first:
                stack.pop()
                if not stack and block is not None:
                    return pos, block, escaped
            elif not stack:
                raise _Unsure  # a bracket closing nothing, between rules
        elif first == ";" and not stack:
            if stop_at_semicolon:
                return pos, None, escaped
            if block is None:
                # a top-level selector holding a ``;``: :data:`archiver.extract.style_rules._UNREAD_RULE`
                # reads the rule as beginning after it, and the text is left to it to read as before
                raise _Unsure
        elif first == "\\":
            if len(token.group()) == 1 or token.group().endswith("("):
                raise _Unsure
            escaped = escaped or block is not None  # (one in a selector names no property)
        elif token.group() in _UNSURE or (first in "uU" and not token.group().endswith(")")):
            # a string with a newline or no end, a comment or a url( with no end
            raise _Partial if _to_the_end(text, token) else _Unsure
