"""Page notices, the evidence both models read: the cue lexicon compiled per kind, the features a
line shares (voice, length, timestamp, copyright, DOM context, position), a statement's features,
and the shipped model's reading of them.

Why one file of ~550 lines, a module of its own: :mod:`archiver.extract.notices` finds the candidate lines and decides, and
:mod:`archiver.extract.notice_credits` reads an image credit's form; both weigh the features made
here, with the weights in ``notice_model.json`` (trained by ``bench/train_notices.py``, which reads
the feature names from here). The multilingual tables themselves are :mod:`~archiver.extract.notice_cues`.

A kind's labels are one anchored pattern behind a guard of the words its matches need; a branch
needing one letter only ("n.d.l.r.") is asked on its own (:class:`_Label`), so the others keep a
guard that most lines fail and are not compiled for them.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from archiver.core import lazy_re
from archiver.extract import notice_cues, page_lines
from archiver.extract.cue_match import AnyOf, Folding, Guarded, PatternSet, cue_fold
from archiver.extract.sentence_marks import SENTENCE_END, sentence_at

_F = re.IGNORECASE | re.UNICODE
_S = TypeVar("_S")
_T = TypeVar("_T")
_A = "['’`]"  # apostrophes as they appear on real pages

_COPYRIGHT_BRANCHES = (
    r"all rights reserved|alle rechte|tous droits|todos los derechos|все права|wszelkie prawa|"
    r"rights reserved|rechte vorbehalten|droits réservés|derechos reservados|diritti riservati|"
    r"direitos reservados|права защищены|riproduzione riservata|reproduction interdite|reproducción prohibida|"
    r"reprodução proibida|nachdruck verboten",
    # the Korean, Japanese and Chinese press's "reproduction and redistribution forbidden" ("무단전재 및 재배포 금지",
    # "無断転載を禁じます", "版权所有"): the site's rights line, whatever name its "©" gives; the forbidding word is the
    # line's (a caption of a story about piracy says "무단 복제 피해가 크다", "無断転載された画像": no rights line)
    r"무단\s?(전재|복제|배포)[^.。]{0,40}?(금지합니다|금지|금함|금합니다|불허|불가)(?![가-힣])|재배포\s?금지|"
    r"無断(転載|複製|転用)[^。]{0,20}?(禁|お断り)|版[权權]所有",
    # a company's registration in the footer ("... (trading as Example) company number 07130747", "Registered in England
    # and Wales No. 01234567"): with its number (a caption's "Example Ltd (trading as Example Energy)", "The firm,
    # registered in England, ..." names a company, no rights line)
    r"\bcompany (registration )?(number|no\.?)\s*:?\s*\d|"
    r"\bregistered in (england|scotland|wales|northern ireland|ireland)\b[^.]{0,40}?(\bno\b\.?|\bnumber\b)\s*:?\s*\d",
    r"^\W*(©|ⓒ|\(c\)|copyright)\s*(\d{4}|by )",
    r"\b(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}\b",
    r"privacy|datenschutz|impressum|"
    r"mentions légales|aviso legal|note legali|avviso legale|política de privacidad|política de privacidade|"
    r"политика конфиденциальности",
    r"(?<=\s\|\s)©\s*(19|20)\d{2}\b",
    # a trademark notice ("X and the X logo are registered marks of ..., displayed with permission"):
    # the site's legal line, whatever permission it names
    r"\b(registered )?trade ?marks? of\b|\bregistered (trade)?marks\b|\beingetragene (marken|warenzeichen)\b|"
    r"\bmarques? déposées?\b|\bmarcas? registradas?\b|\bmarchi registrati\b|\bзарегистрированн\w* товарн\w* знак",
)
# Whether a line is such a line, asked branch by branch (:class:`AnyOf`): the same yes or no as
# the branches joined into one pattern (tests/test_extract_speed_anyof.py).
_IS_COPYRIGHT_LINE = AnyOf(lazy_re.compile(b, _F) for b in _COPYRIGHT_BRANCHES)

STATEMENT_KINDS = ("correction", "disclaimer", "sponsored", "republished_from", "editors_note")


# What a reference to a publication holds: a year, a publisher, an ISBN or a page number
# ("Aus: Das Landbuch. Landeszentrale für politische Bildung, Potsdam 2015"; "From: The Harbour
# Book (Example Press)"). Stands for ``PUBLICATION`` in the cue lexicon.
_PUBLICATION = (r"(\b(1[5-9]|20)\d{2}\b|verlag|\bedition|éditions?\b|editorial\b|editora\b|editore\b|"
                r"издательств|\bpress\b|\bbooks\b|\bisbn\b|\b(s|p|pp|с)\. ?\d)")


# A periodical's issue closing a line ("Aus Example-Sonderheft 1/2019", "From Example Monthly, issue
# 3"): its number and year. Stands for ``ISSUE`` in the cue lexicon.
_ISSUE_REF = (r"(\b\d{1,2}\s*/\s*(19|20)\d{2}\b|((ausgabe|heft)|\b(issue|no\.|nr\.?|n\.|n°|nº|numéro|número|numero|edição|"
              r"edizione|edición|vol\.|выпуск|номер)|№)\s*\d{1,4}\b(\s*[/|,]\s*(19|20)\d{2}\b)?)")


def _expand(pattern: str) -> str:
    """A lexicon pattern with its placeholders filled in (``APOS``, ``PUBLICATION``, ``ISSUE``)."""
    return pattern.replace("APOS", _A).replace("PUBLICATION", _PUBLICATION).replace("ISSUE", _ISSUE_REF)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern), _F)


class _PerKind(Mapping[str, _T]):
    """kind -> its compiled patterns, compiled the first time a line is tried for that kind.

    Some 200 cue patterns cost ~30 ms to compile, a third of ``archive URL``'s own start-up;
    a page is only tried for the kinds whose stems it contains (:func:`_candidates`), so a
    kind no page line calls for is never compiled. Two threads may both compile a kind once:
    the same patterns, so no harm."""

    def __init__(self, source: Mapping[str, _S], build: Callable[[_S], _T]) -> None:
        self._source = source
        self._build = build
        self._done: dict[str, _T] = {}

    def __getitem__(self, kind: str) -> _T:
        done = self._done.get(kind)
        if done is None:
            done = self._done[kind] = self._build(self._source[kind])
        return done

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)


_CUES = _PerKind(notice_cues.CUES, lambda langs: PatternSet(_expand(p) for pats in langs.values() for p in pats))


class _Anchored:
    """A pattern that opens with ``^``, compiled when a line first holds a string its matches need
    and opens as they do (:class:`Folding` with its opening), or after :data:`_GUARD_TRIES`
    lines, then matched directly: an anchored match fails at once, cheaper than looking for those
    strings on every line of a long batch. The same answers as ``re.compile(pattern, _F).match``.

    Why the opening too: a line that holds a needed string further on ("... responsibility of the
    author(s)" for "author's note") compiled the editor's-note labels on the seed page, ~1 ms of
    one ``archive URL`` (issue 13); a line can only match by opening as the label does."""

    __slots__ = ("_match", "_tries", "folding")

    def __init__(self, pattern: str) -> None:
        assert pattern.startswith("^")
        self.folding = Folding(lazy_re.compile(_expand(pattern), _F), opening=True)
        self._match: Callable[[str], re.Match[str] | None] | None = None
        self._tries = 0

    @property
    def pattern(self) -> lazy_re.LazyPattern | re.Pattern[str]:
        return self.folding.pattern

    def match(self, line: str, folded: str) -> re.Match[str] | None:
        """``pattern.match(line)``; ``folded`` is :func:`cue_fold` of ``line``."""
        match = self._match
        if match is None:
            self._tries += 1
            if self._tries < _GUARD_TRIES and not self.folding.admits(line, folded):
                return None
            pattern = self.folding.pattern
            match = self._match = pattern.compiled().match if isinstance(pattern, lazy_re.LazyPattern) else pattern.match
        return match(line)


#: Lines an anchored pattern is guarded for before it is compiled anyway (a page's first ~60
#: candidate lines: one ``archive URL`` rarely compiles a label it does not need, a batch soon does).
_GUARD_TRIES = 64

def _branches(alternation: str) -> list[str]:
    """The top-level branches of a regex alternation: "a|b(c|d)|[|]e" gives a, b(c|d), [|]e."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*out, alternation[start:]]


#: Label branches whose every match needs only one letter ("n.d.l.r." written without its stops
#: needs just "n"): with one of them, the whole label's guard let almost every line through and
#: compiled the ~500-character pattern (~1 ms, twice) on most pages. Each is asked on its own.
_WEAK_BRANCHES = frozenset({r"n\.?d\.?l\.?r\.?"})


def _label_groups(branches: list[str]) -> list[list[str]]:
    r"""The branches in runs split around each weak one (:data:`_WEAK_BRANCHES`), in order; one run
    when there is none, or when a branch opens with no letter (then ``^\W{0,3}`` could stand
    elsewhere for it, and the runs would not be tried in the whole pattern's order)."""
    if not _WEAK_BRANCHES.intersection(branches) or not all(b[:1].isalpha() for b in branches):
        return [branches]
    groups: list[list[str]] = [[]]
    for branch in branches:
        if branch in _WEAK_BRANCHES:
            groups += [[branch], []]
        else:
            groups[-1].append(branch)
    return [g for g in groups if g]


class _Label:
    r"""A kind's label pattern ``^\W{0,3}(?:<branches>)<tail>``, asked as runs of its branches
    (:func:`_label_groups`), each an :class:`_Anchored` behind its own guard: the runs' guards
    are selective where the whole's was not. Its answer is the first run's match, in order: the
    whole pattern's (every branch opens with a letter, so ``\W{0,3}`` takes what precedes it
    whatever the branch, and the whole tried its branches in this order). ``pattern`` is the
    whole, which the tests compare it with."""

    __slots__ = ("parts", "pattern")

    def __init__(self, branches: list[str], tail: str) -> None:
        self.pattern = lazy_re.compile(_expand(r"^\W{0,3}(?:" + "|".join(branches) + ")" + tail), _F)
        self.parts = tuple(_Anchored(r"^\W{0,3}(?:" + "|".join(g) + ")" + tail) for g in _label_groups(branches))

    def match(self, line: str, folded: str) -> re.Match[str] | None:
        """``pattern.match(line)``; ``folded`` is :func:`cue_fold` of ``line``."""
        for part in self.parts:
            found = part.match(line, folded)
            if found is not None:
                return found
        return None


_LABEL_TAIL = r"\b[^:]{0,60}?\s*[:：—–]\s*(?=\S)"
_WORD_ONLY_TAIL = r"\W{0,3}$"

# A kind's label before a colon, or alone on its line: a line without the kind's label words
# compiles neither (:class:`_Label`).
_LABELS = _PerKind(notice_cues.LABELS, lambda langs: _Label(_branches("|".join(langs.values())), _LABEL_TAIL))
_LABEL_WORD_ONLY = _PerKind(notice_cues.LABELS, lambda langs: _Label(_branches("|".join(langs.values())), _WORD_ONLY_TAIL))


def label_part_guards() -> list[Guarded]:
    """The guards of the label runs split apart (:class:`_Label`), made without compiling: the
    prefilter's table generator (:mod:`archiver.extract.cue_needs`) reads them, so their needed
    strings ship in its table and are not worked out at run time."""
    out: list[Guarded] = []
    for langs in notice_cues.LABELS.values():
        joined = "|".join(langs.values())
        if any(weak in joined for weak in _WEAK_BRANCHES):
            for tail in (_LABEL_TAIL, _WORD_ONLY_TAIL):
                parts = _Label(_branches(joined), tail).parts
                out += [part.folding.guard for part in parts] if len(parts) > 1 else []
    return out


def _join(table: dict[str, str]) -> lazy_re.LazyPattern:
    """The table's patterns as one alternation, compiled on first use."""
    return lazy_re.compile(_expand("|".join(f"(?:{p})" for p in table.values())), _F)


_SELF_REF = Guarded(_join(notice_cues.SELF_REFERENCE))
_TERMS = _join(notice_cues.TERMS)
# Whether a line holds the site's or the author's voice, asked language by language (:class:`AnyOf`): the same
# yes or no as the joined pattern's search, without running six languages' words along each line.
_HAS_VOICE = AnyOf(lazy_re.compile(_expand(p), _F) for p in notice_cues.VOICE.values())
#: A word list ``\b(we|our|us)\b``: a match is a whole word of the line (a run of word characters, each
#: boundary a ``\b``), so its :func:`cue_fold` is a whole word of the line's fold (folding keeps each
#: character a word character or not: tests/test_extract_speed_voice.py).
_WORD_LIST = lazy_re.compile(r"\\b\((\w+(?:\|\w+)*)\)\\b")
_WORD = lazy_re.compile(r"\w+")


@lru_cache(maxsize=1)
def _voice_words() -> frozenset[str] | None:
    """The folded words of every voice pattern, or None when one is not a word list (then no prefilter);
    read on first use (a command that reads no page reads none)."""
    words: set[str] = set()
    for pattern in notice_cues.VOICE.values():
        m = _WORD_LIST.fullmatch(_expand(pattern))
        if m is None:
            return None
        words.update(cue_fold(w) for w in m.group(1).split("|"))
    return frozenset(words)


def _voice(line: str, folded: str) -> bool:
    """``_HAS_VOICE.holds(line, folded)``, asked only of a line one of whose folded words is a voice word.

    Why: the words' needed strings ("i", "io", "mi") are in nearly every line, so each language's list was
    searched along every candidate line (~40 us on the batch page's disclaimer, issue 13); one reading of
    the line's words answers most lines (a match is one of its words, see :data:`_WORD_LIST`)."""
    words = _voice_words()
    if words is not None and words.isdisjoint(_WORD.findall(folded)):
        return False
    return _HAS_VOICE.holds(line, folded)


_INVITE = Guarded(_join(notice_cues.INVITE))

#: A date or a time of day. Every branch opens with a digit: the look-ahead turns a position without one
#: away before the three branches are tried there (the same matches; ~14 -> 4 us on a line of 450
#: characters without digits, issue 13; tests/test_extract_speed_dangling.py).
_TIMESTAMP = lazy_re.compile(r"(?=\d)(?:\d{1,4}[.:/-]\d{1,2}|\b(19|20)\d{2}\b|\d{1,2}:\d{2})")
# An issue of a periodical ("in Ausgabe 12 | 2022", "issue 3/2021"): its number and year date no line.
_ISSUE = lazy_re.compile(r"((ausgabe|heft)\b\.?|\b(jahrgang|issue|edition|vol|volume|no|nr|n|numéro|número|numero|edição|edición|"
                    r"edizione|выпуск|номер)\b\.?|№|n°|nº)\s*\d", _F)
_LETTER_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
# Runs of Han characters and Japanese kana: scripts written without spaces between words, so that a sentence
# of them is one "word" to ``str.split`` (:func:`word_count`).
_UNSPACED_RUN = lazy_re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{5,}")
#: Characters of an unspaced script that make one word, about (a Chinese or Japanese word is one to three).
_UNSPACED_WORD = 2


def word_count(text: str) -> int:
    """The words of a line: its whitespace-separated words, and in a run of Chinese or Japanese of five
    characters or more (a phrase: these scripts write no spaces) one word per two characters; a shorter run
    is one word, as a name or a label is ("株式会社Example", "広告"). Why: a Japanese affiliate disclosure of
    40 characters counted as one word read as a widget's short label ("short_widget", "w_le3") and scored
    below the threshold (dev18); Korean writes spaces and is counted by them."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + sum(len(run) // _UNSPACED_WORD - 1 for run in _UNSPACED_RUN.findall(text))
# The words of a date or a time, which a timestamp line holds beside its digits ("Updated Nov. 19, 2019
# 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"): months (EN DE FR ES PT IT RU, full and short),
# am/pm, "Uhr", time zones. A line whose other words are three or fewer is a timestamp however many
# date words it holds.
_DATE_WORD_LIST = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
    "nov november dec december januar jänner februar märz mai juni juli oktober dezember janvier février mars avril "
    "juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro "
    "novembro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre января февраля марта "
    "апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август "
    "сентябрь октябрь ноябрь декабрь am pm uhr et est edt ct cst cdt pt pst pdt gmt utc cet cest mez mesz bst hkt msk"
)
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())
_DATED_WORDS = 3  # words beside the date words of a line that is still a timestamp
_TERMINAL = lazy_re.compile(r"[.!?…)\]»”\"。！？」』】]\s*$")  # CJK full stops and closing brackets too
_GENERIC_LABEL = lazy_re.compile(r"^\W{0,3}[^\W\d][\w’' .-]{0,30}\s?[:：]\s*\S")
_NOTE_LABEL = Folding(lazy_re.compile(
    r"^\W{0,3}(please note|note|n\.?b\.?|hinweis|bitte beachten|remarque|à noter|nota( bene)?|"
    r"observação|примечание|обратите внимание|avviso)\s*[:：—–]\s*(?=\S)",
    _F,
), opening=True)  # matched only on a line opening as a label does (most lines: not compiled, issue 13)
_QUOTED = lazy_re.compile(r"^\s*[\"“”„«»‚‘]")  # a direct quotation: someone's words, not the site's notice
_COMMENT_RULES = Guarded(lazy_re.compile(
    r"\b(comments|commenters|kommentare|leserkommentare|commentaires|comentarios|comentários|"
    r"commenti|комментарии|комментариев)\b",
    _F,
))

# ----------------------------------------------------------------------------- features

_CTX = tuple((f"ctx_{name}", 1 << bit) for bit, name in enumerate(page_lines.CONTEXT_NAMES))
POSITIONS = ("main_middle", "main_edge", "before_main", "inside_main_span", "after_main")
#: Features shared by both models; "cue_*"/"kind_*" differ between statements and credits.
COMMON = ("bias", "self_ref", "voice", "invite", "w_le3", "w_4_8", "w_gt60", "terminal", "timestamp",
          "copyright", "comment_rules", "generic_label", "quoted", "page_tail", "short_widget", *(n for n, _ in _CTX), *POSITIONS)
# the credit-element context is the credit model's evidence: a statement's weights do not read it
STATEMENT_FEATURES = (*(n for n in COMMON if n != "ctx_credit"), "cue1", "cue2", "cue3", "label", "label_only", "label_short", "note_label",
                      "note_terms", "dangling", "set_apart_in_main", "note_apart",
                      *(f"kind_{k}" for k in STATEMENT_KINDS))


def _common(line: str, ctx: int, position: str | None, at_end: bool = False,
            folded: str | None = None) -> dict[str, float]:
    """The features both models read; ``folded`` is :func:`cue_fold` of ``line`` where the caller has it."""
    words = word_count(line)
    if folded is None:
        folded = cue_fold(line)
    f = {
        "bias": 1.0,
        "self_ref": float(bool(_SELF_REF.search(line, folded))),
        "voice": float(_voice(line, folded)),
        "invite": float(bool(_INVITE.search(line, folded))),
        "w_le3": float(words <= 3),
        "w_4_8": float(4 <= words <= 8),
        "w_gt60": float(words > 60),
        "terminal": float(bool(_TERMINAL.search(line))),
        "timestamp": float(bool(_TIMESTAMP.search(line)) and _dated(line) and not _ISSUE.search(line)),
        "copyright": float(_IS_COPYRIGHT_LINE.holds(line, folded)),
        "comment_rules": float(bool(_COMMENT_RULES.search(line, folded))),
        "generic_label": float(bool(_GENERIC_LABEL.match(line))),
        "quoted": float(bool(_QUOTED.match(line))),
        "page_tail": float(at_end),
        # a few words in a menu, sidebar or link: a widget's label ("Promoted Content", "Sponsored
        # By" above other pages' teasers), not a notice about this page; a line the main text holds
        # is no widget's label, whatever its container's class says
        "short_widget": float(words <= 3 and bool(ctx & (page_lines.CTX_NAV | page_lines.CTX_ASIDE | page_lines.CTX_LINK))
                              and position not in ("main_middle", "main_edge")),
    }
    for name, bit in _CTX:
        f[name] = float(bool(ctx & bit))
    if position:
        f[position] = 1.0
    return f


def _dated(line: str) -> bool:
    """Whether a line holding a timestamp is mostly one: six letter words at most, or three besides the
    date words (a line of dates with a label or two: "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19,
    2019"). Asked only of a line :data:`_TIMESTAMP` holds: reading the words of every candidate line cost
    ~10 us a long line (issue 13)."""
    words_found = _LETTER_WORD.findall(line)
    return len(words_found) <= 6 or sum(1 for w in words_found if w.casefold() not in _DATE_WORDS) <= _DATED_WORDS


#: A disclaimer's cue that only assures the reader the opinions are the writer's own ("all opinions are my own"): beside
#: a benefit disclosed ("I received a free sample ...", "... was a guest on <tour> with <company>"), the assurance that
#: goes with a sponsorship disclosure, and the line is that disclosure (every such line the labelled sets hold is labelled
#: sponsored; the kinds' fixed order had given it to the disclaimer on a tie).
_OWN_VIEWS = lazy_re.compile(r"\b(are|is) (their|his|her|my|our) own\b", _F)


def _comment_rules(line: str, folded: str) -> bool:
    """Whether a line naming reader comments is their rules: every disclaimer cue of it stands in a sentence that names
    the comments ("Die Kommentare der User geben nicht die Meinung der Redaktion wieder.") and no disclaimer label opens
    it. The comments named in another sentence leave the line's disclaimer the page's (review rvmod59: "The views
    expressed in this article are the author's own ... Comments are welcome below." and "Dieser Artikel stellt keine
    Anlageberatung dar. Kommentare sind willkommen." were dropped whole, the guard reading the line)."""
    if _LABELS["disclaimer"].match(line, folded):
        return False
    for cue in _CUES["disclaimer"].matches(line, folded):
        sentence = sentence_at(line, cue.start(), cue.end())
        if not _COMMENT_RULES.search(sentence, cue_fold(sentence)):
            return False
    return True


def statement_features(line: str, ctx: int = 0, position: str | None = None,
                       kinds: Iterable[str] = STATEMENT_KINDS, at_end: bool = False) -> tuple[str, dict[str, float]] | None:
    """(kind, features) for a line that carries a statement-notice cue, or None.

    The kind is the one with the most cue phrases; a label before a colon breaks ties, and a
    fixed order (correction, disclaimer, sponsored, republished, editor's note) breaks the rest.
    A line with no cue but set apart by a generic "Note:" ("Hinweis:", "Nota:") is read as an
    editor's note, weak evidence the model weighs with the rest ("Note: this article ...").
    """
    note = bool(_NOTE_LABEL.match(line))
    folded = cue_fold(line)
    best: tuple[int, int, str, int, int] | None = None
    chosen: tuple[list[re.Match[str]], re.Match[str] | None] = ([], None)
    if _COMMENT_RULES.search(line, folded) and _comment_rules(line, folded):
        kinds = [k for k in kinds if k != "disclaimer"]
    for order, kind in enumerate(STATEMENT_KINDS):
        if kind not in kinds:
            continue
        cues = _CUES[kind].matches(line, folded)
        label_match = _LABELS[kind].match(line, folded)
        label = 1 if label_match else 0
        label_only = 1 if not label and _LABEL_WORD_ONLY[kind].match(line, folded) else 0
        score = 2 * len(cues) + label + label_only
        if score and (best is None or score > best[0]):
            best = (score, order, kind, label, label_only)
            chosen = (cues, label_match)
    if best is None:
        if not note or "editors_note" not in kinds:
            return None
        best = (0, 0, "editors_note", 0, 0)
    if best[2] == "disclaimer" and "sponsored" in kinds and chosen[1] is None and chosen[0] \
            and all(_OWN_VIEWS.search(c.group(0)) for c in chosen[0]):
        sponsored = _CUES["sponsored"].matches(line, folded)
        if sponsored:  # the benefit disclosed, then the assurance that goes with it (round lead65)
            best, chosen = (best[0], best[1], "sponsored", 0, 0), (sponsored, None)
    _, _, kind, label, label_only = best
    cues, label_match = chosen
    if kind == "correction" and "editors_note" in kinds:
        note_label = _note_before_update(line, folded, cues)
        if note_label is not None:
            kind, label_match = "editors_note", note_label
    # The label's own word is often a cue too ("Anzeige", "Sponsored"): only cues after it count,
    # or "Anzeige: Mehr lesen mit dem Abo" (a slot's label and a promotion) looks like a statement.
    after = label_match.end() if label_match else 0
    hits = sum(1 for c in cues if c.start() >= after)
    rest = line[after:]
    f = _common(line, ctx, position, at_end, folded)
    f.update({"cue1": float(hits >= 1), "cue2": float(hits >= 2), "cue3": float(hits >= 3),
              "label": float(label), "label_only": float(not hits and label_only),
              # a label followed by a few words (eight at most) and no sentence ("Anzeige: Letzte
              # Artikel") names a slot or a widget; a notice says something after its label
              "label_short": float(bool(label) and word_count(rest) <= 8 and not _TERMINAL.search(rest)),
              "note_label": float(note), f"kind_{kind}": 1.0,
              # nothing but a bare "Note:" says notice, and what follows are a sale's terms
              "note_terms": float(note and not hits and not label and bool(_TERMS.search(rest))),
              "dangling": float(dangling(line)),
              "set_apart_in_main": float(position == "main_middle" and (bool(ctx & _SET_APART) or set_apart_by_form(line, cues))),
              # a bare "Note:" / "Hinweis:" in a box, note, italics or small print, and no sale's
              # terms after it: the form of an editor's note about the piece ("Hinweis: Für eine
              # bessere Darstellung wurde die Schutzhaube entfernt!")
              "note_apart": float(note and not hits and not label and bool(ctx & _SET_APART) and not ctx & page_lines.CTX_COMMENT
                                  and position in ("main_middle", "main_edge") and not _TERMS.search(rest))})
    if ctx & page_lines.CTX_FOOTER and hits:
        # a kind's cue phrases in the page's footer, inside a container classed for comments (an
        # ancestor wrapping the comments and the footer): the site's statement, not a reader's words
        f["ctx_comment"] = 0.0
    if f["copyright"] and hits >= 2 and _rights_apart(line, [c for c in cues if c.start() >= after]):
        f["copyright"] = 0.0
    return kind, f


def _rights_apart(line: str, cues: list[re.Match[str]]) -> bool:
    """Whether a line's rights phrase stands in sentences of its own, none of them holding a cue of the notice: a
    statement of several cues that also says "All rights reserved." in passing is the statement, not the site's
    rights line ("This material is not intended to replace the advice of a qualified advisor. ... It is for
    informational purposes only and is not guaranteed as to accuracy ... All rights reserved. No reproduction ...", an
    adviser's footer, notices-blind30). A cue in the rights sentence itself ("© 2024 Example, not responsible for
    errors. All rights reserved.") keeps the rights line's weight, and so does a line of one cue (the caller's test)."""
    for cue in cues:
        sentence = sentence_at(line, cue.start(), cue.end())
        if _IS_COPYRIGHT_LINE.holds(sentence, cue_fold(sentence)):
            return False
    return True


def _note_before_update(line: str, folded: str, cues: list[re.Match[str]]) -> re.Match[str] | None:
    """The editor's-note label opening ``line`` when the note's first sentence after it holds none of the correction's
    cues (``cues``), or None: "Editor's Note: This map features the top restaurants each month ... This list has been
    updated in November to include ..." introduces the piece and says in passing that it is refreshed, an editor's
    note (notices-left46, blind12's Houstonia); "Editor's note: This story was updated at 5:45 p.m. to include ..."
    opens on the change, a correction (the shared set's label)."""
    label = _LABELS["editors_note"].match(line, folded)
    if label is None or not cues:
        return None
    end = _SENTENCE_END.search(line, label.end())
    if end is None or any(c.start() < end.start() for c in cues):
        return None
    return label


# A line ending on "by" / "von" / "par" introduces a sponsor's logo or a partner's name set
# apart from it ("Sponsored by", "Mit freundlicher Unterstützung von"): the slot's label, not
# a notice about this page.
_DANGLING = lazy_re.compile(r"(?<![\w.-])(by|with|from|of|von|mit|durch|par|avec|de|por|con|com|da|di|от)\s*[:：]?\s*$", _F)
#: The longest word :data:`_DANGLING` ends on ("durch"), in characters.
_DANGLING_WORD = 5


def dangling(line: str) -> bool:
    """Whether :data:`_DANGLING` is found in ``line``, searched from just before the line's last word only.

    Why: the search tried the pattern at every position of the line (~14 us on a 450-character line,
    asked of every statement candidate, issue 13). A match's word ends where the line ends less its
    closing whitespace, at most one colon and the whitespace before it (``\\s`` is ``str.isspace``, what
    ``str.rstrip`` strips), so it starts at most :data:`_DANGLING_WORD` characters before that; the
    look-behind still reads the character before the search's start. tests/test_extract_speed_dangling.py
    holds it to the search of the whole line."""
    end = len(line.rstrip())
    if end and line[end - 1] in ":：":
        end = len(line[:end - 1].rstrip())
    return _DANGLING.search(line, max(0, end - _DANGLING_WORD)) is not None


# Inside the article's text, a box, note, italics or small print set a notice apart
# from the paragraphs around it ("Note: the examples here are simplified" in a callout).
_SET_APART = page_lines.CTX_BOX | page_lines.CTX_NOTE | page_lines.CTX_ITALIC | page_lines.CTX_SMALL

#: An excerpt cut short, then what the page glued after it ("... al ... The post <title> appeared first
#: on Example."): a feed's line about the excerpt, not a sentence of it.
EXCERPT_CUT = lazy_re.compile(r"(\.\.\.|…)\s+(?=\S)")
#: A standard formula standing as a sentence of its own at the line's start: a few words only, its
#: mark closing them ("Alle Angaben ohne Gewähr.", "Errors and omissions excepted.").
_FORMULA_WORDS = 6
_FIRST_SENTENCE = lazy_re.compile(r"^\W{0,3}[^.!?]{2,80}?[.!?](\s|$)")


def set_apart_by_form(line: str, cues: list[re.Match[str]]) -> bool:
    """Whether a line in the middle of the main text sets its cue apart by its form, as a box or
    small print would by its markup. Why: a notice the page writes inline, with no element of its
    own, reads as a sentence of the story otherwise (blind sets dev13-dev16: "Alle Angaben ohne
    Gewähr." between a chart's description and the next paragraph, a feed's "The post ... appeared
    first on ..." glued to an excerpt). Two forms: the cue after an excerpt's ellipsis, or the cue in
    the line's first sentence when that sentence is a formula of a few words."""
    if not cues:
        return False
    first = min(c.start() for c in cues)
    if any(m.end() <= first for m in EXCERPT_CUT.finditer(line, 0, first + 1)):
        return True
    head = _FIRST_SENTENCE.match(line)
    return head is not None and first < head.end() and len(head.group(0).split()) <= _FORMULA_WORDS


# ----------------------------------------------------------------------------- the model

_MODEL_PATH = Path(__file__).with_name("notice_model.json")


@lru_cache(maxsize=1)
def _model() -> dict[str, dict[str, float]]:
    """The shipped weights: {"statement": {feature: weight}, "credit": {...}, "threshold": ...}."""
    data = json.loads(_MODEL_PATH.read_text(encoding="utf-8"))
    return {"statement": dict(zip(data["statement"]["features"], data["statement"]["weights"], strict=True)),
            "credit": dict(zip(data["credit"]["features"], data["credit"]["weights"], strict=True)),
            "threshold": {"p": data.get("threshold", 0.5)}}


def probability(group: str, features: dict[str, float]) -> float:
    """P(notice) of one candidate under the shipped logistic model of its group."""
    weights = _model()[group]
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _threshold() -> float:
    return _model()["threshold"]["p"]



# A sentence's end: sentence_marks.SENTENCE_END (one definition for every notice reader).
_SENTENCE_END = SENTENCE_END
