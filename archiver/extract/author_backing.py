"""How well a reported person is backed: report nothing rather than a doubtful name (issue 15).

:func:`archiver.extract.authors.resolve_authors` admits a person by rules written from the pages
each set's errors were read on. This module is a second, general check over every name those rules
admit: a few features that name no page and no site (which sources name the person, whether the page
prints the name where a credit stands, the name's shape, what else the page declares) weighed by a
small logistic model whose coefficients are below (:data:`WEIGHTS`), fitted by
``bench/author_backing.py`` on the eight blind author sets' first runs and chosen by
leave-one-set-out (its figures are in bench/labels/README.md, "authabstain"). A name whose score is
under :data:`THRESHOLD` is not reported when :data:`REQUIRED` is on; it is off (measured, not adopted:
see :data:`REQUIRED`).

:func:`features` is the one definition of the features, used alike at run time and by the bench
that fits the weights, so that the shipped model scores exactly what it was fitted on.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from archiver.core import lazy_re
from archiver.core.author_threshold import STRICT_THRESHOLD, strictly_backed
from archiver.extract.given_names import broad_given_name
from archiver.extract.signals import credit_line

#: Declarations in a page's markup (JSON-LD, microdata, meta tags, citation tags): one source however
#: many of them name the person, since a CMS writes them from one field.
DECLARED = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author")
#: The page's printed readings, each an independent source.
PRINTED = ("headline-credit", "byline", "sign-off", "layout-guess")

_LETTERS = lazy_re.compile(r"[^\W\d_]+")
_CJK_NAME = lazy_re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・]{2,8}$")
_NEAR = 8  # lines either side of the headline where a byline stands
_BOX = 6  # lines under the article's last paragraph where an author box stands


def _found(name: str, folded: Sequence[str]) -> list[int]:
    """The lines (``folded``: the page's lines casefolded) that print ``name``'s words in order, a few
    marks apart. A line without the name's first word is not searched: it cannot match."""
    words = _LETTERS.findall(name.casefold())
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\W{0,3}".join(re.escape(w) for w in words) + r"(?!\w)")
    first = words[0]
    return [i for i, line in enumerate(folded) if first in line and pattern.search(line)]


def features(name: str, sup: Sequence[str], lines: Sequence[str], headlines: Sequence[int],
             body: tuple[int, int] | None, *, persons: int, declared_persons: int,
             guess: Sequence[str], folded: Sequence[str] | None = None) -> dict[str, float]:
    """The features of one reported person ``name``: ``sup``, the sources naming it
    (:func:`archiver.extract.authors.support`); ``lines``, the page's visible lines (``folded``, the
    same casefolded, when the caller has them already); ``headlines`` and ``body``, where the article
    stands (:func:`archiver.extract.authors.placed`); ``persons``, how many persons the page reports;
    ``declared_persons``, how many its markup declares; ``guess``, trafilatura's author names as it
    read them. None names a page or a site."""
    declared = any(s in DECLARED for s in sup)
    at = _found(name, folded if folded is not None else [line.casefold() for line in lines])
    tops = list(headlines) or ([body[0]] if body else [])
    words = _LETTERS.findall(name)
    # the name's words as written: "O'Neal" and "Jean-Pierre" are one; a name in Chinese, Japanese or
    # Korean script, written without spaces, is a full name, not one word of one
    spelled = [w for w in (t.strip(".,;:()[]'\"") for t in name.split()) if w]
    cjk = len(spelled) == 1 and spelled[0][:1] >= "\u3040" and _CJK_NAME.match(spelled[0]) is not None
    key = {w.casefold() for w in words}
    guessed = [{w.casefold() for w in _LETTERS.findall(g)} for g in guess]
    return {
        # which sources name the person, and how many independent ones (the declarations are one)
        "headline_credit": float("headline-credit" in sup),
        "declared": float(declared),
        "json_ld": float("json-ld" in sup),
        "meta_author": float("meta:author" in sup),
        "byline": float("byline" in sup),
        "layout_guess": float("layout-guess" in sup),
        "sign_off": float("sign-off" in sup),
        "no_source": float(not sup),
        "sources": float(declared + sum(s in sup for s in PRINTED)),
        # where the page prints it: beside the headline, in the author box under the article, after a
        # byline's lead ("By ...", "Von ...")
        "near_headline": float(any(abs(i - h) <= _NEAR for i in at for h in tops)),
        "author_box": float(body is not None and any(body[1] < i <= body[1] + _BOX for i in at)),
        "credit_line": float(any(credit_line(lines[i]) for i in at)),
        # the name's shape
        "one_word": float(len(spelled) == 1 and not cjk),
        "three_words_or_more": float(len(spelled) >= 3),
        "given_name_first": float(bool(words) and broad_given_name(words[0])),
        "upper_case": float(name.isupper()),
        "initial": float(any(len(w) == 1 and w.isalpha() for w in spelled)),
        # what else the page says: several persons reported, a declared person who is someone else,
        # trafilatura's reading naming the same person
        "several_persons": float(persons >= 2),
        "declared_other": float(declared_persons > 0 and not declared),
        "guess_agrees": float(bool(key) and any(g and (key <= g or g <= key) for g in guessed)),
    }


#: The model's coefficients by feature (:func:`features`), and its intercept under ``""``: a logistic
#: regression (L2 3) fitted on the 406 names of the eight blind author sets' first runs
#: (``bench/author_backing.py loso``, which prints them). They were fitted when ``given_name_first`` read the
#: extractor's hand-written list; since extractor 224 it reads Faker's given names too
#: (:func:`~archiver.extract.given_names.broad_given_name`), weights kept: on the thirty sets' first runs the model
#: never saw, at :data:`STRICT_THRESHOLD`, precision .973 -> .970 and recall .610 -> .641 (445 -> 469 names, 12 -> 14
#: wrong); on the metadata set's held-out sites .975 -> .977 and .374 -> .408 (bench/labels/README.md, "auth65").
WEIGHTS: Mapping[str, float] = {
    "": -0.809, "headline_credit": 0.135, "declared": 0.682, "json_ld": -0.105, "meta_author": -0.321,
    "byline": -0.138, "layout_guess": -0.03, "sign_off": 0.029, "no_source": -0.835, "sources": 0.678,
    "near_headline": 0.642, "author_box": -0.011, "credit_line": 0.336, "one_word": -1.505,
    "three_words_or_more": -0.908, "given_name_first": 1.435, "upper_case": 0.377, "initial": -0.184,
    "several_persons": -0.512, "declared_other": -0.632, "guess_agrees": 0.409}
#: A name scoring under this is not reported: one the model finds more likely wrong than right (a threshold
#: set before any figure was read, not tuned). Scored leave-one-set-out on the eight first runs it removed 23
#: of 61 wrong names and 1 of 345 right ones (precision .850 -> .901).
THRESHOLD = 0.5
#: Whether :func:`kept` applies the model. Off: on today's names it removes right names almost only. At
#: :data:`THRESHOLD`, the held-out metadata sites lost 2 right names of 101 and no wrong one (persons precision
#: .980 either way, author field .585 -> .575), the dev pages 10 right ones (one-word pen names, and writers whose
#: given name the list lacks: "Alina Perera Robbio", "Shana Nys Dambrot") for 1 wrong; at
#: :data:`STRICT_THRESHOLD` the held-out author field fell to .497, under trafilatura's .560. Most first-run
#: errors it catches are classes the rules have refused since (bench/labels/README.md, "authabstain").
#: ``bench_generalise.py --author-policy backed`` scores it on.
REQUIRED = False


def score(feats: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """The model's probability that the name is right."""
    z = weights.get("", 0.0) + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scores(persons: Sequence[str], sups: Sequence[Sequence[str]], lines: Sequence[str], headlines: Sequence[int],
           body: tuple[int, int] | None, *, declared_persons: int, guess: Sequence[str]) -> list[float]:
    """Each of ``persons``' (as cited, each with the sources naming it in ``sups``) :func:`score`, rounded to
    four places as the extraction record keeps it (``AuthorSupport.backing``): the one value :func:`kept` and
    ``cite --authors backed`` (:func:`strictly_backed`) compare with a threshold."""
    folded = [line.casefold() for line in lines] if persons else []
    return [round(score(features(name, sup, lines, headlines, body, persons=len(persons),
                                 declared_persons=declared_persons, guess=guess, folded=folded)), 4)
            for name, sup in zip(persons, sups, strict=True)]


def kept(persons: Sequence[str], sups: Sequence[Sequence[str]], lines: Sequence[str], headlines: Sequence[int],
         body: tuple[int, int] | None, *, declared_persons: int, guess: Sequence[str]) -> list[str]:
    """The persons (as cited, each with the sources naming it in ``sups``) backed well enough to cite:
    those whose score (:func:`scores`) is :data:`THRESHOLD` or more; all of them when :data:`REQUIRED` is off."""
    if not REQUIRED:
        return list(persons)
    got = scores(persons, sups, lines, headlines, body, declared_persons=declared_persons, guess=guess)
    return [name for name, s in zip(persons, got, strict=True) if s >= THRESHOLD]


__all__ = ["DECLARED", "PRINTED", "REQUIRED", "STRICT_THRESHOLD", "THRESHOLD", "WEIGHTS", "features", "kept", "score", "scores", "strictly_backed"]
