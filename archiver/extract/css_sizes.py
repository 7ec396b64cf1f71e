"""What an inline style's sizes come to on the screen: whether a ``font-size``, a ``transform``,
a ``scale`` or a ``zoom`` draws a 16px line of words smaller than a pixel, where they are laid out
but shown to nobody (:func:`archiver.extract.unrendered.is_unrendered` reads the style and asks
here).

Why a module of its own: it is a small evaluator of CSS values (lengths in every unit a browser
knows, ``calc()``/``min()``/``max()``/``clamp()``, 2D transform matrices), apart from the rules of
which markup hides what; the values are read where the markup cannot say more (a parent's size a
stylesheet sets is unknown: relative units at a browser's default 16px, viewport units on a
1920 x 1080 screen), always erring on the side of "shown".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from archiver.core import lazy_re

_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?"
LENGTH = lazy_re.compile(rf"({_NUMBER})([a-z]+|%)?")
_SIZE_WORDS = frozenset(("xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large",
                         "xxx-large", "larger", "smaller", "math"))
_SYSTEM_FONTS = frozenset(("caption", "icon", "menu", "message-box", "small-caption", "status-bar"))


def font_size(value: str) -> str | None:
    """A valid ``font-size`` value as it stands, or None for one a browser drops (a negative
    length, a bare number other than 0, words it does not know)."""
    if value in _SIZE_WORDS or "(" in value:
        return value
    m = LENGTH.fullmatch(value)
    if m is None or float(m.group(1)) < 0 or (m.group(2) is None and float(m.group(1)) != 0):
        return None
    return value


def shorthand_size(value: str) -> str | None:
    """The ``font-size`` a ``font`` shorthand sets (the token before its family, a line height
    after a "/" left off), or None for a shorthand a browser drops. A system font or a function
    sets some size that is not zero: "medium" stands for it."""
    if value in _SYSTEM_FONTS or "(" in value:
        return "medium"
    for token in value.replace("/", " / ").split():
        if token == "/":
            break
        if token in _SIZE_WORDS:
            return token
        m = LENGTH.fullmatch(token)
        if m is not None and (m.group(2) is not None or float(m.group(1)) == 0):
            return font_size(token)
    return None


#: How many CSS pixels one unit of a length is, where the markup cannot say: relative units at a
#: browser's default 16px font (a parent's size a stylesheet sets is unknown), viewport and
#: container units on a 1920 x 1080 screen (the larger a screen, the larger the words: this errs on
#: the side of "shown"). Units a browser knows and this table does not leave a size unknown.
_PX = {"px": 1.0, "pt": 96 / 72, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6,
       "em": 16.0, "rem": 16.0, "ex": 8.0, "rex": 8.0, "ch": 8.0, "rch": 8.0, "cap": 11.2, "rcap": 11.2,
       "ic": 16.0, "ric": 16.0, "lh": 19.2, "rlh": 19.2, "%": 0.16,
       **{prefix + unit: 19.2 for prefix in ("", "s", "l", "d")
          for unit in ("vw", "vi", "vmax")},
       **{prefix + unit: 10.8 for prefix in ("", "s", "l", "d")
          for unit in ("vh", "vb", "vmin")},
       "cqw": 19.2, "cqi": 19.2, "cqmax": 19.2, "cqh": 10.8, "cqb": 10.8, "cqmin": 10.8}
#: A glyph drawn smaller than this many CSS pixels shows no letter: the words are laid out, but to nobody.
_LEGIBLE_PX = 1.0
_TOKEN = lazy_re.compile(rf"\s*(?:({_NUMBER})([a-z]+|%)?|([a-z-]+)\(|([-+*/(),]))")


def _css_px(value: str) -> float | None:
    """A ``font-size`` value in CSS pixels (:data:`_PX`), ``calc()``, ``min()``, ``max()`` and
    ``clamp()`` computed; None for one whose size the markup cannot tell (a keyword, ``var()``,
    a unit or function not known here)."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(value):
        m = _TOKEN.match(value, pos)
        if m is None or m.end() == pos:
            if value[pos:].strip():
                return None
            break
        pos = m.end()
        if m.group(1) is not None:
            tokens.append(("n", m.group(1) + (m.group(2) or "")))
        elif m.group(3) is not None:
            tokens.append(("f", m.group(3)))
        else:
            tokens.append(("o", m.group(4)))
    try:
        number, px = _Calc(tokens).whole()
    except (ValueError, IndexError, ZeroDivisionError, OverflowError):
        return None
    if px:
        return number
    return number if number == 0 else None  # a bare 0 is a length; another bare number is no size


class _Calc:
    """The CSS math functions over :func:`_css_px`'s tokens: each value a (number, is a length) pair."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens, self.at = tokens, 0

    def whole(self) -> tuple[float, bool]:
        value = self.sum()
        if self.at != len(self.tokens):
            raise ValueError("left over")
        return value

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        self.at += 1
        return self.tokens[self.at - 1]

    def sum(self) -> tuple[float, bool]:
        total, px = self.product()
        while self._peek() in (("o", "+"), ("o", "-")):
            sign = self._take()[1]
            number, other = self.product()
            if other != px and number != 0 and total != 0:
                raise ValueError("a length and a number added")
            total, px = total + number if sign == "+" else total - number, px or other
        return total, px

    def product(self) -> tuple[float, bool]:
        total, px = self.atom()
        while self._peek() in (("o", "*"), ("o", "/")):
            sign = self._take()[1]
            number, other = self.atom()
            if sign == "*":
                total, px = total * number, px or other
            elif other:
                raise ValueError("divided by a length")
            else:
                total = total / number
        return total, px

    def atom(self) -> tuple[float, bool]:
        kind, text = self._take()
        if kind == "n":
            m = LENGTH.fullmatch(text)
            assert m is not None
            if m.group(2) is None:
                return float(m.group(1)), False
            if m.group(2) not in _PX:
                raise ValueError("unknown unit")
            return float(m.group(1)) * _PX[m.group(2)], True
        if (kind, text) == ("o", "("):
            value = self.sum()
        elif kind == "f" and text in ("calc", "min", "max", "clamp"):
            values = [self.sum()]
            while self._peek() == ("o", ","):
                self._take()
                values.append(self.sum())
            if text == "clamp" and len(values) != 3 or text == "calc" and len(values) != 1:
                raise ValueError("arguments")
            numbers, px = [number for number, _ in values], any(is_px for _, is_px in values)
            if text == "clamp":
                value = (max(numbers[0], min(numbers[1], numbers[2])), px)
            else:
                value = (max(numbers) if text == "max" else min(numbers), px)
        else:
            raise ValueError("not computed here")
        if self._take() != ("o", ")"):
            raise ValueError("unclosed")
        return value


def _font_below_a_pixel(value: str) -> bool:
    """A ``font-size`` that draws every glyph smaller than a pixel (zero, or 0.01px, ``calc(0px)``):
    the words are laid out, and shown to nobody."""
    if "var(" in value:
        return False
    px = _css_px(value)
    return px is not None and px < _LEGIBLE_PX


def factor(token: str) -> float | None:
    """A scale factor: a number, or a percentage of one."""
    m = LENGTH.fullmatch(token)
    if m is None or m.group(2) not in (None, "%"):
        return None
    return float(m.group(1)) / (100 if m.group(2) else 1)


def factors(tokens: Sequence[str], most: int) -> list[float] | None:
    found = [factor(token) for token in tokens]
    if not 1 <= len(found) <= most or any(f is None for f in found):
        return None
    return [f for f in found if f is not None]


_FUNCTION = lazy_re.compile(r"\s*([a-z0-9]+)\(([^()]*)\)")
_ANGLE = lazy_re.compile(rf"({_NUMBER})(deg|rad|grad|turn)?")
_TURN = {"deg": 1 / 360, "rad": 1 / (2 * 3.141592653589793), "grad": 1 / 400, "turn": 1.0}


def transform_functions(value: str) -> list[tuple[str, list[str]]] | None:
    """The functions of a ``transform`` list, each with its arguments; None for a list a browser
    drops (anything but functions, one with nested parentheses: a ``calc()``, read as not hiding)."""
    out: list[tuple[str, list[str]]] = []
    pos = 0
    while pos < len(value):
        m = _FUNCTION.match(value, pos)
        if m is None:
            return None if value[pos:].strip() else out
        args = m.group(2).replace(",", " ").split()
        if not all(LENGTH.fullmatch(arg) for arg in args):
            return None
        out.append((m.group(1), args))
        pos = m.end()
    return out or None


def _linear(name: str, args: list[str]) -> tuple[float, float, float, float]:
    """The 2D linear part (a, b, c, d) one transform function gives the page's plane; identity for
    one that moves or tilts the words without shrinking them (or one not read here)."""
    if name in ("scale", "scalex", "scaley", "scale3d"):
        f = factors(args, 3) or [1.0]
        if name == "scalex":
            return f[0], 0.0, 0.0, 1.0
        if name == "scaley":
            return 1.0, 0.0, 0.0, f[0]
        # scale(x) scales y by x too; scale3d(x, y, z) names both
        return f[0], 0.0, 0.0, f[1] if len(f) > 1 else f[0]
    if name in ("rotatex", "rotatey") and len(args) == 1:
        m = _ANGLE.fullmatch(args[0])
        if m is not None and (m.group(2) or float(m.group(1)) == 0):
            cos = math.cos(2 * math.pi * float(m.group(1)) * _TURN[m.group(2) or "turn"])
            return (1.0, 0.0, 0.0, cos) if name == "rotatex" else (cos, 0.0, 0.0, 1.0)
    if name in ("matrix", "matrix3d"):
        numbers = [factor(arg) for arg in args]
        if len(numbers) in (6, 16) and all(n is not None and not args[i].endswith("%")
                                           for i, n in enumerate(numbers)):
            a, b, c, d = (numbers[0], numbers[1], numbers[2], numbers[3]) if len(numbers) == 6 else \
                (numbers[0], numbers[1], numbers[4], numbers[5])
            assert a is not None and b is not None and c is not None and d is not None
            return a, b, c, d
    return 1.0, 0.0, 0.0, 1.0


def _narrowest(a: float, b: float, c: float, d: float) -> float:
    """How much a 2D linear map (a, b, c, d) shrinks the page along its narrowest direction (its
    smaller singular value)."""
    total, det = a * a + b * b + c * c + d * d, abs(a * d - b * c)
    return math.sqrt(max(0.0, (total - math.sqrt(max(0.0, total * total - 4 * det * det))) / 2))


def _transform_below_a_pixel(value: str) -> bool:
    """A ``transform`` that squeezes the words, along some direction, to less than a pixel of a
    16px line (``scale(0)``, ``scaleY(0.01)``, ``rotateX(90deg)``, ``matrix(0,0,0,0,0,0)``)."""
    functions = transform_functions(value) if value != "none" else []
    a, b, c, d = 1.0, 0.0, 0.0, 1.0
    for name, args in functions or []:
        e, f, g, h = _linear(name, args)
        a, b, c, d = a * e + c * f, b * e + d * f, a * g + c * h, b * g + d * h
    return _narrowest(a, b, c, d) * 16 < _LEGIBLE_PX


def _scale_below_a_pixel(value: str) -> bool:
    """A ``scale`` property (``scale: 0``, ``scale: 1 0.01``) that squeezes a 16px line below a pixel."""
    f = factors(value.split(), 3) if value != "none" else None
    if not f:
        return False
    x, y = f[0], f[1] if len(f) > 1 else f[0]
    return min(abs(x), abs(y)) * 16 < _LEGIBLE_PX


def _zoom_below_a_pixel(value: str) -> bool:
    """A ``zoom`` that draws a 16px line below a pixel; ``zoom: 0`` is read as 1 by browsers."""
    zoom = factor(value)
    return zoom is not None and 0 < zoom * 16 < _LEGIBLE_PX


SMALLER = {"font-size": _font_below_a_pixel, "transform": _transform_below_a_pixel,
           "scale": _scale_below_a_pixel, "zoom": _zoom_below_a_pixel}


#: The units and keywords whose size is the parent's times some factor: under a parent whose
#: words are drawn below a pixel they are drawn below a pixel too.
_PARENT_RELATIVE = frozenset(("em", "ex", "ch", "cap", "ic", "lh", "%"))


def sets_size_again(value: str) -> bool:
    """Whether a descendant's resolved ``font-size`` ``value`` draws its words at a legible size
    whatever its parent's size (the inline-block idiom ``.row{font-size:0} .row > *{font-size:14px}``):
    an absolute keyword (``medium``), ``initial``, a size of at least a pixel in units that do not
    scale the parent's (``px``, ``rem``, ``vw``...), or a ``var()`` (a page's size token, taken as
    set: the inline-block idiom is common, a hidden child's variable rare). ``1em``, ``100%``,
    ``larger``, ``inherit`` scale or take the parent's size: not set again."""
    if "var(" in value or value in ("initial", "revert", "revert-layer"):
        return True
    if value in ("larger", "smaller", "inherit", "unset"):
        return False
    if value in _SIZE_WORDS:
        return True
    for m in LENGTH.finditer(value):
        if m.group(2) in _PARENT_RELATIVE:
            return False
    px = _css_px(value)
    return px is not None and px >= _LEGIBLE_PX
