"""Page notices: disclaimers, editor's notes, corrections, republication lines, sponsored labels
and image credits, found anywhere in the visible page and reported apart from the article text.

Main-text extraction drops footers and asides, which is exactly where these notices live, so we
read the page's visible lines. A line is a notice on general evidence, weighed together:

- cues: short phrases per kind and language (:mod:`archiver.extract.notice_cues`, EN DE FR ES RU
  PT IT), a kind label before a colon ("Disclaimer:", "Hinweis:"), image-credit markers;
- sentence form: a sentence or a bare label, its length, a timestamp, a copyright line, speaking
  about "this article", the site's "we", an invitation ("Suggest a correction"), a direct
  quotation (someone's words, not the site's), a generic "Note:" / "Hinweis:" before it (and
  whether what follows are a sale's terms: payment, booking, cancellation), a label followed
  by a few words only (a slot's or a widget's name), a cue inside a sentence of the story (a
  subject before it and a clause after its object, in a paragraph of the main text set apart by
  nothing: "A man who republished from a paywalled site was fined on Monday.", version 64);
- position: in the middle of the main text, at its edges, or outside it, before or after; among
  the page's last lines (where the site's own "© Name" sits);
- DOM context: ``<aside>``, ``<small>``, wholly italic, captions, footers, menus, note boxes,
  class or id naming a note / disclaimer / correction / editor, reader comments, a bare link,
  a few words in a menu or sidebar (a widget's label), and a picture's credit element (class, id
  or itemprop saying credit, by or under its picture: its part of a line shared with the caption's
  sentence is read apart, so a marked credit there is found).

A notice is what the page says in words: a credit needs its form (a marker word, an agency or
library, ©, the forms below), or, for a bare name with none of them, the DOM's evidence that it is
the credit of the picture beside it (:mod:`~archiver.extract.notice_bare_credits`, version 42: an
element the markup declares a credit, by its own picture, not a teaser's, menu's, sidebar's or
footer's, not after the main text; a page with more than three such names is a gallery's or a
list's and reports none of them). Version 19 reported any short name in a credit element and lost
held-out precision; version 21 removed it.

Image credits are read from a line's form (a marker word, a picture agency or library, ©, a
trailing "(Name/Outlet)" of two to four parts, "Name, Agency" and "[X via Y]" closing a caption,
"Image copyright <name or @account>", a caption saying the picture was handed in ("Submitted
photo", "Foto cedida"), an account handle after "by": "reddit by u/name", a platform a
picture was taken from: "Photo from Jane Doe's Instagram"; a source label before a marker:
"Quelle: Foto Jane Doe"; a bare "Foto(s)" label above the names it credits; a lone agency in a
caption, "AP" included, or names ending "via <picture library>"; "Copyright:" / "Urheber:"
labels; "Taken by Jane Doe" in a caption or beside a library or free licence; a sentence saying
who provided the pictures; a lone "©" line above the names it labels; picture words of languages
beyond the seven before a colon, and a Korean, Japanese or Chinese one before "="), and from the
closing segment of a caption too long to be one. A line closing on "(Jane Doe / Outlet)" is read
for a credit though no marker word is on it (its first part two capitalised words at least). An
embedded social post's line, an agency alone beside a date line (a byline's or a teaser's source tag:
headline, "Reuters", "March 16, 2020"), a gallery's link ("Photos: Example Mall through the years"), a story's
sentence in a paragraph of the main text ("Photos by residents showed the flooded streets", "Photos on Instagram
showed the damage": a clause after the maker or the platform, version 64) and a
credit ending on a word that needs a name after it ("©
Zentralanstalt für", a name the layout broke in two) are no credits; a German compound marker
credits only at a segment's start before a colon or ©. A "Quelle:" / "Source:" in a caption, also
after the caption's own sentence, is the picture's source (its own evidence for the model);
outside a caption it is often the text's. A credit names someone: a marker before a number
is a count, a marker inside another word is none ("demographics"; German compounds such as
"Pressefoto" excepted), and a © before licence wording, before the site's own name alone (its
host or og:site_name, outside a caption), after the name of the site's software ("Add-ons ©
...") or before a year (unless a caption's name comes first and a full date after it: "©
Jane Doe, 31.05.2013") is the site's line. A credit's text runs from the start of the word
holding its marker (or the name before an agency's slash) to the line's end or to the bracket
closing one opened before it.

The weights are a logistic regression trained on the dev part of the notices benchmark
(``bench/train_notices.py``) and shipped as ``notice_model.json``: plain Python at run time, no
download. The kind follows what the text *says*: the kind with the most cue phrases wins, a label
only breaks ties ("Editor's note: this story was updated" is a correction).

Why one file of ~1,310 lines: the candidate lines (cue stems, captions, joined labels), the
decision between a line's statement and credit readings, and :func:`find_notices` over a page are
one pass (read again at ~680 lines on 2026-11-30, after dev18's guards and the runs-of-three
prefilter, since replaced by one automaton of the stems: still one pass; what grew is its guards, which read the same candidate; read again at ~940
lines on 2026-12-01 after the blind rounds' guards: the same pass, the guards the next split's candidates; at ~1,090 lines
later that day after round left46's guards (a reader's offer, a changelog, a subject-less note, a label wholly a link, a
slot label): the guards of one candidate, to move out together with the earlier ones; at ~1,230 lines on 2026-12-02
after round left47's (others' earnings, a release's news, the headings, and the two forms the model scores low: an
addendum's label, the editors' acts after a bare "Note:"; ~1,250 after review rvn47's timeline and caption guards;
~1,370 after round noticeleft48's: those acts in six more languages, a plain paragraph's titled label, a taken-by line
under a picture; ~1,420 after round noticeleft49's: a section's label over a byline, a release note's fix, a data
source's name under a table, the gallery cap's exception; ~1,460 after round b15notice's: its inline markers, labelled
list items and continued disclosures wired in, their readers in :mod:`~archiver.extract.notice_inline`; review rvx49's: a correction's
label and the newsroom's own error over a product's fix; ~1,600 after noticeleft54's headline marker, third-person
programme and label-over-sentence wiring; ~1,900 after session 61's blind rounds lead61 to lead61f, each a few guards
of the same candidate (an event's or a programme's sponsor, readers' funding, a menu blurb, the site's own agency, a
heading about advice) and the label-join rule; ~1,930 after session 62's rounds lead62 to lead64, whose guards went to
:mod:`~archiver.extract.notice_piece_guards`; ~1,650 after the sponsorship, republication and note guards of the
statement candidate moved whole to :mod:`~archiver.extract.notice_statement_guards`, ~1,570 after its story-sentence,
teaser and headline guards followed (session 62; the credit guards still here, the next to move); ~1,410 after the
label-join readers, which run once a page before any line is read, moved whole to
:mod:`~archiver.extract.notice_label_joins` (session 63); ~1,310 after the credit readings' guards (a source tag, the
site's own agency, a menu blurb, a sentence's colon, a stock or a gallery heading, a titled paragraph) followed to
:mod:`~archiver.extract.notice_credit_guards`): the
same candidate's guards and fallbacks). The rest stands alone (split 2026-11-30, when this file had grown to 1,600 lines, by half
in two days, mostly credit forms): the evidence both models read and the model's reading
(:mod:`~archiver.extract.notice_features`), a credit's forms (:mod:`~archiver.extract.notice_credit_forms`)
and its reading (:mod:`~archiver.extract.notice_credits`), the multilingual tables
(:mod:`~archiver.extract.notice_cues`), the matching engine (:mod:`~archiver.extract.cue_match`),
the weights (``notice_model.json``) and the trainer (``bench/train_notices.py``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from archiver.core import lazy_re
from archiver.extract import (
    notice_bare_credits,
    notice_credit_forms,
    notice_cues,
    notice_features,
)
from archiver.extract.cue_match import Folding, automaton, cue_fold
from archiver.extract.heading_ad_marker import heading_marker, marker_at_edge
from archiver.extract.line_words import WordGroups
from archiver.extract.model import Notice
from archiver.extract.notice_caption_closings import bare_source_link
from archiver.extract.notice_consent import form_consent
from archiver.extract.notice_control_labels import control_label
from archiver.extract.notice_credit_forms import (
    _LEADING_MARKER,
)
from archiver.extract.notice_credit_guards import (
    PRINT_APART,
    gallery_heading,
    menu_blurb,
    own_agency,
    sentence_colon,
    source_tag,
    stock_heading,
    titled_paragraph,
)
from archiver.extract.notice_credits import (
    _CAPTION_TAIL,
    _HEAD_CREDIT,
    _LONG_CAPTION,
    _MAX_CREDIT_LINE,
    CREDIT_FEATURES,
    SOURCE_OPENS,
    _agency_tail,
    credit_features,
    credit_head,
    credit_tail,
    site_keys,
)
from archiver.extract.notice_features import (
    _CUES,
    _F,
    _LABEL_WORD_ONLY,
    _LABELS,
    _LETTER_WORD,
    _SENTENCE_END,
    _TERMINAL,
    COMMON,
    EXCERPT_CUT,
    POSITIONS,
    STATEMENT_FEATURES,
    STATEMENT_KINDS,
    _expand,
    _threshold,
    probability,
    statement_features,
)
from archiver.extract.notice_headings import BYLINE_OPENS, heading_key
from archiver.extract.notice_history import dateline, history_kind
from archiver.extract.notice_inline import (
    continued_sentence,
    inline_disclosure,
    label_over,
    labelled_list_item,
    lone_label,
)
from archiver.extract.notice_label_above import label_above
from archiver.extract.notice_label_after import label_after_sentence
from archiver.extract.notice_label_joins import (
    join_labels,
    join_labels_at,
)
from archiver.extract.notice_link_rows import linked_row_label
from archiver.extract.notice_own_statements import before_reader_turn, opens_at_edge, own_statement
from archiver.extract.notice_page_notes import NOTE_SPAN, NOTE_WORDS, page_note
from archiver.extract.notice_participation import participation, takes_part
from archiver.extract.notice_picture_lines import (
    picture_source,
    titled_work,
)
from archiver.extract.notice_piece_guards import (
    document_heading,
    feature_item,
    heading_over,
    heading_title,
    linked_title,
    own_advisers_offered,
    own_note,
    site_colophon,
    titled_heading,
    update_log_entry,
)
from archiver.extract.notice_reported import reported_as_someones
from archiver.extract.notice_slots import heading_slash_pair, slot_label_in_story
from archiver.extract.notice_source_closing import source_closing
from archiver.extract.notice_statement_guards import (
    AD_FREE,
    AD_PLAYER,
    CHANGELOG_ENTRY,
    LEGEND,
    STORY_APART,
    event_sponsorship,
    label_in_link,
    labelled_headline,
    licence_citation,
    reader_funded,
    reader_offer,
    republish_request,
    site_brought,
    slot_label_before_story,
    story_sentence,
    subject_note,
    teaser_or_widget,
    trade_remark,
)
from archiver.extract.notice_statement_guards import (
    WORD as _WORD,
)
from archiver.extract.notice_statements import SPAN, WORDS, statement_notice
from archiver.extract.notice_trade_topic import TOPIC_LINES, third_person_sponsorship
from archiver.extract.page_lines import (
    CTX_ASIDE,
    CTX_CAPTION,
    CTX_COMMENT,
    CTX_CREDIT,
    CTX_FOOTER,
    CTX_LINK,
    CTX_NAV,
)

# Every guarded pattern the detector runs, bound here in the order the prefilter's generated tables
# list them: ``python -m archiver.extract.cue_needs`` (and cue_more_needs) read this module's names.
_IS_COPYRIGHT_LINE = notice_features._IS_COPYRIGHT_LINE
_ANY_MARKER = notice_credit_forms._ANY_MARKER
_IMAGE_CREDIT = notice_credit_forms._IMAGE_CREDIT
_SELF_REF = notice_features._SELF_REF
_HAS_VOICE = notice_features._HAS_VOICE
_INVITE = notice_features._INVITE
_COMMENT_RULES = notice_features._COMMENT_RULES
_LABEL_PARTS = notice_features.label_part_guards()

# What other modules read from here: the detector's own API, the features and the model's reading
# it is built on (bench/train_notices.py, bench/notice_misses.py), and the compiled lexicon the
# cue_needs generators read (``python -m archiver.extract.cue_needs``).
__all__ = [
    "COMMON", "CREDIT_FEATURES", "POSITIONS", "STATEMENT_FEATURES", "STATEMENT_KINDS", "_LABELS", "_LABEL_WORD_ONLY",
    "_expand", "bracketed_update", "by_form", "candidate", "classify_line", "credit_features", "credit_head",
    "credit_parts", "credit_tail", "cue_fold", "find_notices", "kind_parts", "lines_with_stems", "page_tail", "prepare", "probability", "site_keys",
    "statement_features",
]


def _stems(words: str) -> tuple[str, ...]:
    """A kind's stems from its line of :data:`~archiver.extract.notice_cues.STEMS` ("_" for a space)."""
    return tuple(sorted({x.replace("_", " ") for x in words.split()}))


_KIND_STEMS = {kind: _stems(stems) for kind, stems in notice_cues.STEMS.items()}


@functools.cache
def _stem_automaton() -> Any:
    """One Aho-Corasick automaton over every kind's stems (:func:`~archiver.extract.cue_match.automaton`), built on first use:
    each stem's value is (its length less one, its kinds, its kinds but the credit one).

    Why: which lines hold a stem of which kind was found by looking for each of ~870 stems along the
    page, with three hand-written prefilters (the page's distinct words, their runs of three, the
    letters a stem needs) to skip most of them: ~1.2 ms of a 20 KB page. The automaton reads each
    line once and reports every stem occurring in it, overlapping ones too (a stem inside a longer
    one of its kind, "affili" in "affiliate", reports the same kind: the same answer), ~0.2 ms
    (tests/test_extract_speed_stems.py holds it to a plain scan for every stem)."""
    kinds_of: dict[str, set[str]] = {}
    for kind, stems in _KIND_STEMS.items():
        for stem in stems:
            kinds_of.setdefault(stem, set()).add(kind)
    return automaton((stem, (len(stem) - 1, frozenset(kinds), frozenset(kinds - {"image_credit"})))
                     for stem, kinds in kinds_of.items())


_MAX_LINE = 5000
_MAX_NOTICE = 600
#: A statement set apart from the story (a footer, an aside, a note box, small print): a site's legal boilerplate runs
#: to many sentences, its cue in any of them ("Reise- und Sicherheitshinweise beruhen auf ... Eine Gewähr ... kann
#: nicht übernommen werden."); up to this long it is reported whole, not cut to its cue's sentence (noticeleft56: four
#: disclaimers of the dev sets, 622 to 2,004 characters, were reported as one sentence each; the longest notice labelled
#: in the dev sets is 1,725 characters).
_MAX_APART = 2000
# A caption's credit line can be an agency's two letters ("AP" under a gallery's photo).
_MIN_CAPTION = 2


def _span(line: str, kind: str, apart: bool = False) -> str:
    """The notice text of a line: what follows an excerpt's ellipsis before its first cue (the feed's
    line glued to it: :data:`~archiver.extract.notice_features.EXCERPT_CUT`); of a long line, from
    the sentence holding the first cue to the line's end, its cue's sentence alone past :data:`_MAX_NOTICE` (past
    :data:`_MAX_APART` for a line set ``apart`` from the story)."""
    limit = _MAX_APART if apart else _MAX_NOTICE
    cut = EXCERPT_CUT.search(line)
    if len(line) <= limit and cut is None:
        return before_reader_turn(line, kind) if apart else line
    starts = [m.start() for m in _CUES[kind].matches(line, cue_fold(line))]
    start = min(starts) if starts else 0
    after = [m.end() for m in EXCERPT_CUT.finditer(line, 0, start + 1) if m.end() <= start]
    if after and len(line) - after[-1] <= limit:
        return line[after[-1]:].strip()
    if len(line) <= limit:
        return line
    begin = 0
    # (to ``start + 1``: the end's look-ahead must see the capital opening the cue's sentence, or a cue opening it
    # took the sentence before along: round b19notice)
    for m in _SENTENCE_END.finditer(line, 0, start + 1):
        begin = m.end()
    text = line[begin:].strip()
    if len(text) > limit:
        end = _SENTENCE_END.search(text, start - begin)
        text = text[: end.start() + 1] if end else text[:_MAX_NOTICE]
    return text


_BAR = lazy_re.compile(r"\s\|\s")  # a footer's segments: "*= gesponsorter Link | Impressum | © 2023 Example"


def _beside_site_line(line: str, kind: str) -> str | None:
    """The sentences holding a kind's cues when they share one line with the site's copyright or
    legal sentences ("Copyright © 2020 Example Corp. All Rights Reserved. Example may receive
    compensation for some links ..."), so that the site's line does not count against the
    notice, nor is reported with it; None when the line is no such mix."""
    folded = cue_fold(line)
    if not _IS_COPYRIGHT_LINE.holds(line, folded):
        return None
    cues = _CUES[kind].matches(line, folded)
    if not cues:
        return None
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), *(m.end() for m in _BAR.finditer(line))]
    if len(starts) < 2:
        return None
    first = min(c.start() for c in cues)
    last = max(c.end() for c in cues)
    # a label opening the line opens its notice ("Disclosure: I only recommend ... This post may contain affiliate
    # links ...": round b19notice, it was cut to the cue's sentence)
    begin = 0 if _LABELS[kind].match(line, folded) else max(b for b in starts if b <= first)
    end = _went_on_to(line, begin, min((b for b in starts if b >= last), default=len(line)))
    part = line[begin:end].strip().rstrip("|").strip()
    if len(part) >= len(line.strip()) or _IS_COPYRIGHT_LINE.holds(part, cue_fold(part)):
        return None
    return part


def _before_invitation(line: str, kind: str) -> str | None:
    """The sentences holding a kind's cues when a call to act follows them on the same line, and nothing else does
    ("Hi! This website is no longer being updated. Click here to sign up for our newsletter for fresh ... deep
    dives.", a banner's one link, notices-blind38's fashion blog): the statement, read and reported without the
    invitation, whose words ("sign up", "our") count against a notice; None when the line is no such pair. An
    invitation in a cue's sentence or before it ("Suggest a correction", "Spotted an error? Let us know. We correct
    ...") leaves the line whole: it is the invitation, or a policy that asks for one."""
    folded = cue_fold(line)
    invite = _INVITE.search(line, folded)
    if invite is None:
        return None
    cues = _CUES[kind].matches(line, folded)
    if not cues:
        return None
    stop = _SENTENCE_END.search(line, max(c.end() for c in cues))
    if stop is None or invite.start() < stop.end():
        return None
    part = line[:stop.end()].strip()
    return part or None


#: A rights sentence alone ("All rights reserved.", "Alle Rechte vorbehalten."): the close of a copyright statement.
_RIGHTS_ALONE = lazy_re.compile(r"^\W{0,2}(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos "
                                r"reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены)\W{0,2}$", _F)


#: A copyright's sign or word: a sentence holding one after the notice is the site's line.
_RIGHTS_SIGN = lazy_re.compile(r"©|\(c\)|\bcopyright\b", _F)


def _went_on_to(line: str, begin: int, end: int) -> int:
    """Where the notice of ``line[begin:end]`` (its sentences from the first cue to the last) ends, the site's line
    beside it left out (:func:`_beside_site_line`): the sentences after its last cue go on with it while they are no
    site's or legal line of their own ("*Affiliate Link. ... bekomme ich eine Provision. Der Preis für dich ändert
    sich dadurch nicht.", before "Weitere Informationen findest du in der Datenschutzerklärung."), and a rights
    sentence alone closes a notice that gives its own copyright ("From the book ... Copyright © 2019 by Jane Doe.
    Reprinted by permission of ... All rights reserved."): noticeleft56, both were cut after their last cue. Not over
    a footer's bar: its segments are the site's links."""
    ends = [m.end() for m in _SENTENCE_END.finditer(line, end)]
    for after in ends if ends and ends[-1] >= len(line) else [*ends, len(line)]:
        sentence = line[end:after]
        if not sentence.strip() or _BAR.search(sentence):
            break
        if _IS_COPYRIGHT_LINE.holds(sentence, cue_fold(sentence)) or _RIGHTS_SIGN.search(sentence):
            held = line[begin:end].casefold()
            if _RIGHTS_ALONE.match(sentence.strip()) and ("©" in held or "copyright" in held):
                end = after
            break
        end = after
    return end


def kind_parts(line: str, kinds: Iterable[str]) -> list[tuple[str, str]]:
    """(kind, text) of each part of a line whose sentences (or a footer's segments between bars)
    speak of two statement kinds or more, one after the other ("This post contains affiliate
    links; we may earn a commission. The information here is not financial advice."), or []
    when the line is no such mix. A sentence is of the one kind whose cue or label it holds; a
    sentence with none belongs to the part before it (the first part takes those before it); a
    sentence holding cues of two kinds leaves the line whole (no part can be told apart)."""
    tried = [k for k in STATEMENT_KINDS if k in kinds]
    if len(tried) < 2:
        return []
    bounds = sorted({0, len(line), *(m.end() for m in _SENTENCE_END.finditer(line)),
                     *(m.end() for m in _BAR.finditer(line))})
    if len(bounds) < 3:
        return []
    runs: list[tuple[str | None, int, int]] = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        sentence = line[begin:end]
        folded = cue_fold(sentence)
        said = {k for k in tried if _CUES[k].matches(sentence, folded) or _LABELS[k].match(sentence, folded)}
        if len(said) > 1:
            return []
        kind = next(iter(said), None)
        if runs and (kind is None or kind == runs[-1][0]):
            runs[-1] = (runs[-1][0], runs[-1][1], end)
        elif runs and runs[-1][0] is None:
            runs[-1] = (kind, runs[-1][1], end)
        else:
            runs.append((kind, begin, end))
    parts = [(kind, line[begin:end].strip().rstrip("|").strip()) for kind, begin, end in runs if kind]
    return parts if len({kind for kind, _ in parts}) > 1 else []


def candidate(line: str, kinds: set[str] | None = None, ctx: int = 0, position: str | None = None,
              at_end: bool = False, site: frozenset[str] = frozenset()) -> tuple[str, str, str, dict[str, float]] | None:
    """(group, kind, text, features) of the best reading of a line as a notice, or None.

    An image-credit form wins when the line starts with its marker ("Fotos: ... mit freundlicher
    Genehmigung" is a credit); otherwise a statement cue wins over a credit form.
    """
    if len(line) > _MAX_LINE or len(line) < (_MIN_CAPTION if ctx & CTX_CAPTION else 4):
        return None
    kinds = set(kinds) if kinds is not None else {*STATEMENT_KINDS, "image_credit"}
    labelled = label_after_sentence(line) if "disclaimer" in kinds else None  # "... looks like. Disclaimer: ..."
    if labelled is not None and (found := candidate(labelled, kinds, ctx, position, at_end, site)) is not None:
        return found  # (round credit57)
    credit = credit_features(line, ctx, position, at_end, site) if "image_credit" in kinds else None
    if credit is not None and _LEADING_MARKER.match(line):
        return "credit", "image_credit", credit[0], credit[1]
    statement = statement_features(line, ctx, position, kinds, at_end)
    if statement is not None:
        kind, f = statement
        # (the story's "set apart" contexts, :data:`~archiver.extract.notice_statement_guards.STORY_APART`: what this
        # read since round noticeleft56, whose narrower footer-and-boxes constant here was shadowed by it, a later
        # definition of the same name; kept as read when the guards moved out, session 62)
        text = _span(line, kind, bool(ctx & STORY_APART) or opens_at_edge(line, kind, position))
        part = _beside_site_line(line, kind) or _before_invitation(line, kind)
        reread = statement_features(part, ctx, position, {kind}, at_end) if part else None
        if part and reread:
            kind, f = reread
            text = part
        # the piece's own history: first published then updated, a correction; left unchanged, an editor's note
        kind = history_kind(kind, text)
        if LEGEND.match(text) and f.get("cue1"):
            # "*= gesponsorter Link": a legend saying what a mark on the page's links means is a
            # label's form (the mark stands for the kind's word), set apart in a footer or a list
            f["label"], f["label_short"] = 1.0, 0.0
        if (teaser_or_widget(line, text, ctx, position) or (kind == "sponsored" and AD_FREE.search(text))
                or (kind == "sponsored" and AD_PLAYER.search(line)) or (kind == "sponsored" and event_sponsorship(text)) or (kind == "sponsored" and reader_offer(text))
                or (kind == "sponsored" and reader_funded(text))
                or (kind == "sponsored" and trade_remark(text))
                or (kind == "sponsored" and participation(text, site) == "other")  # a third party's programme
                or (kind == "republished_from" and (republish_request(text) or licence_citation(text)))
                or (kind == "sponsored" and site_brought(text, site))
                or (kind in ("correction", "republished_from", "editors_note") and dateline(text))
                or (kind == "correction" and (CHANGELOG_ENTRY.match(text) is not None or _release_update(text)))
                or (kind == "editors_note" and subject_note(text, f)) or label_in_link(text, ctx)
                or (kind == "sponsored" and (slot_label_before_story(text, f) or slot_label_in_story(line, position)))
                or labelled_headline(text, ctx, position, f) or story_sentence(line, kind, ctx, position, f)
                or (kind == "disclaimer" and not f.get("label") and feature_item(text))  # (round b18notice)
                or (kind == "disclaimer" and not f.get("label") and own_advisers_offered(text))  # (round lead62)
                or (kind == "correction" and not f.get("label") and titled_heading(text))  # (round lead62)
                or document_heading(text)  # "Copyright & Affiliate Link Disclosure" (round lead65)
                or reported_as_someones(text)  # a reader's quoted "The views expressed ...," (review rvn60)
                or form_consent(text)):  # "By signing up ... you agree to ..." (notices-blind26)
            statement = None
        elif credit is None or probability("statement", f) >= _threshold():
            return "statement", kind, text, f
    if credit is not None:
        return "credit", "image_credit", credit[0], credit[1]
    return None


# An update or correction set in brackets inside a paragraph, with its label and a colon ("(UPDATE,
# 8.12.2018: Es gibt inzwischen ...)", "[Correction: ...]", "(Mise à jour : ...)"): the author's note
# about the piece, whatever the paragraph around it says.
_BRACKETED_UPDATE = Folding(lazy_re.compile(
    r"[(\[]\s*((?:update|updated|aktualisierung|nachtrag|korrektur|correction|clarification|mise à jour|rectificatif|"
    r"actualización|corrección|aggiornamento|rettifica|atualização|correção|обновление|исправление)"
    r"\b[^()\[\]:]{0,40}[:：]\s*[^()\[\]]{10,400}?)\s*[)\]]",
    _F,
))


def bracketed_update(line: str, ctx: int = 0) -> Notice | None:
    """The bracketed update note a line holds (:data:`_BRACKETED_UPDATE`), outside reader comments."""
    if ctx & CTX_COMMENT:
        return None
    m = _BRACKETED_UPDATE.search(line)
    if m is None or len(_LETTER_WORD.findall(m.group(1)[m.group(1).find(":") + 1:])) < _NOTE_WORDS:
        return None  # "(Updated: 2021.09.14)" in a post's title is a date, not a note about the piece
    return Notice("correction", m.group(1).strip())


#: Words a bracketed update note says after its label, at least ("(Update, 8.12.2018: Es gibt inzwischen ...)").
_NOTE_WORDS = 3


def classify_line(line: str, kinds: set[str] | None = None, ctx: int = 0,
                  position: str | None = None, at_end: bool = False,
                  site: frozenset[str] = frozenset(), addenda: bool = True) -> Notice | None:
    """The notice a visible line carries, or None (``kinds`` limits the kinds tried; ``at_end``:
    the line is among the page's last few, where the site's own copyright and licence sit;
    ``site``: the page's own names, :func:`site_keys`; ``addenda``: a capitals label may make an addendum,
    :func:`_addendum`, false on a timeline's page, :func:`_timeline`)."""
    source = picture_source(line) if (kinds is None or "image_credit" in kinds) and not ctx & CTX_COMMENT else None
    if source is not None:  # "The above image comes from X.": the picture's credit, whatever else its words say
        return Notice("image_credit", source)
    found = candidate(line, kinds, ctx, position, at_end, site)
    if found is None:
        return (bracketed_update(line, ctx) if kinds is None or "correction" in kinds else None) or _whole_form(line, kinds, ctx)
    group, kind, text, f = found
    if kind == "correction" and _titled_update(line):
        return None
    if probability(group, f) >= _threshold():
        return Notice(kind, text)
    if kind == "correction" and addenda and not ctx & CTX_COMMENT and _addendum(text):
        return Notice(kind, text)
    if kind == "editors_note" and not ctx & CTX_COMMENT and f.get("note_label") and _EDITORS_ACT.search(text):
        return Notice(kind, text)
    return _whole_form(line, kinds, ctx)


# What an editor's note under a bare "Note:" says the editors did to this piece, which the model scores low inside the
# story's text (notices-left47: iMore's "Note:" paragraphs): the piece named and what was done to it or where it
# belongs ("This story is part of our series on ...", "This article was first published ...", "Some quotes in this
# piece have been edited for length"), or the editors as the ones who acted ("Die Namen wurden von der Redaktion
# geändert"). A recipe's or a tutorial's "Note: add salt once the water boils" / "Note: Library is where you'll find
# ..." names neither: the text's own step or fact.
_EDITORS_ACT = lazy_re.compile(
    r"\b(this|the) (article|story|post|piece|interview|essay|review|report|series|transcript)\b[^.!?]{0,80}\b("
    r"is part of|are part of|was part of|belongs to|first (appeared|published|ran)|originally (appeared|published|ran)|"
    r"(has|have|had|was|were) been (edited|condensed|shortened|translated|updated|changed|corrected|amended)|"
    r"(was|were) (edited|condensed|shortened|translated|updated|changed|corrected|amended|produced|written|reported))\b|"
    r"\b(edited|condensed|shortened|translated) for (length|clarity|brevity|space)\b|"
    r"\b(names?|details?|identit(y|ies)) (has|have|had) been (changed|withheld|altered)\b|"
    r"\b(von der redaktion|redaktionell) (geändert|gekürzt|bearbeitet|ergänzt|aktualisiert|übersetzt)\b|"
    r"\b(par la rédaction|par notre rédaction)\b|\b(por la redacción|por nuestra redacción)\b|"
    r"\b(dalla redazione|dalla nostra redazione)\b|\b(pela redação|pela nossa redação)\b|\bредакци(я|ей|и)\b[^.!?]{0,40}"
    r"\b(изменен\w*|отредактирован\w*|сокращ\w*)|"
    # the piece named and what was done to it, in the other six languages (noticeleft48: "Hinweis: Dieser Artikel ist
    # Teil unserer Serie", "Note : Cet article fait partie de notre série", ...)
    r"\b(dieser|der|dieses|das) (artikel|beitrag|text|bericht|interview|essay|serie)\b[^.!?]{0,80}\b(ist teil|gehört zu|"
    r"erschien (zuerst|erstmals|ursprünglich)|wurde (zuerst |erstmals |ursprünglich )?(veröffentlicht|gekürzt|bearbeitet|"
    r"redigiert|übersetzt|aktualisiert|korrigiert|geändert))\b|"
    r"\b(cet|l['’]|cette) (article|entretien|interview|enquête|reportage|texte|série)\b[^.!?]{0,80}\b(fait partie|"
    r"(a|avait) (d['’]abord |initialement |originellement )?été (publiée?|paru|éditée?|modifiée?|raccourcie?|traduite?|"
    r"mise? à jour|corrigée?))|"
    r"\b(este|el|esta|la) (artículo|reportaje|texto|entrevista|nota|serie|crónica)\b[^.!?]{0,80}\b(forma parte|es parte|"
    r"(fue|ha sido) (publicad[oa] (originalmente|por primera vez)|editad[oa]|traducid[oa]|actualizad[oa]|acortad[oa]|"
    r"corregid[oa]|modificad[oa]))|"
    r"\b(este|o|esta|a) (artigo|texto|reportagem|entrevista|matéria|série|crônica)\b[^.!?]{0,80}\b(faz parte|é parte|"
    r"(foi|tem sido) (publicad[oa] (originalmente|pela primeira vez)|editad[oa]|traduzid[oa]|atualizad[oa]|encurtad[oa]|"
    r"corrigid[oa]|modificad[oa]))|"
    r"\b(questo|l['’]|questa) (articolo|testo|reportage|intervista|inchiesta|serie)\b[^.!?]{0,80}\b(fa parte|è parte|"
    r"è stat[oa] (pubblicat[oa] (originariamente|per la prima volta)|modificat[oa]|tradott[oa]|aggiornat[oa]|"
    r"accorciat[oa]|corrett[oa]))|"
    r"\bэт(а|от|о|у) (стать\w*|материал\w*|интервью|текст\w*|сери\w*)[^.!?]{0,80}\b(является частью|входит в|"
    r"(был|была|было) (впервые )?(опубликован\w*|отредактирован\w*|переведен\w*|сокращен\w*|обновлен\w*))", _F)


# An update or correction label set apart by its capitals, opening a paragraph ("UPDATE: A few readers have also
# mentioned ...", "CORRECTION: ..."): the writer's addendum to this piece wherever it sits, in the story's text too,
# which the model scores low there (blind13's Blackbird Spyplane, p .26: notices-left47). Not a label timed to the
# minute ("UPDATE, 13:17 Uhr: ...", "Update vom 02. Mai 2020, 9:20 Uhr: ..."): a live blog's entry, news of its own
# (dev10's fr.de ticker), nor a post's "EDIT: Thanks for all the great posts!" (a forum's). A plain "Update:" before a
# sentence is left to the model ("Update: open the settings and tap ..." is a step).
_ADDENDUM_LABEL = lazy_re.compile(
    r"^\W{0,3}(?-i:UPDATED?|CORRECTION|CLARIFICATION|NACHTRAG|KORREKTUR|AKTUALISIERUNG|MISE À JOUR|RECTIFICATIF|"
    r"ACTUALIZACIÓN|CORRECCIÓN|AGGIORNAMENTO|RETTIFICA|ATUALIZAÇÃO|CORREÇÃO|ОБНОВЛЕНИЕ|ИСПРАВЛЕНИЕ)\b"
    r"(?P<when>([^:：]|(?<=\d)[:：](?=\d)){0,40})[:：]\s*", _F)
# A clock time in the label ("13:17 Uhr", "9.20 h", "4:05 pm"): the entry of a live blog, timed to the minute.
_CLOCK = lazy_re.compile(r"\b\d{1,2}[.:h]\d{2}\b|\b\d{1,2}\s?(uhr|am|pm|a\.m\.|p\.m\.)", _F)
# What a product's or a software's update says ("Update: Version 2.1 is now available", "UPDATE: the new firmware has
# been released"): news of a release, not this piece changed.
_RELEASE_NEWS = lazy_re.compile(
    r"\b(v|version|versión|versione|versão|версия)\s?\d+(\.\d+)+|\b(is|are) now (available|out|live|rolling out)\b|"
    r"\b(now available|(has|have) been released|released today|rolling out|available (to|for) download)\b|"
    r"\b(jetzt|ab sofort) verfügbar\b|\b(est|sont) (désormais|maintenant) disponibles?\b|\bya (está|están) disponibles?\b|"
    r"\b(è|sono) ora disponibil[ei]\b|\b(já|agora) (está|estão) disponíve(l|is)\b|\bуже доступн\w*", _F)
# The piece itself named as what changed ("this article has been updated", "an earlier version of this story"): a
# correction though the text names a release too.
_THIS_PIECE = lazy_re.compile(
    r"\b(this|the|our) (article|story|post|piece|page|review|guide|report|text|list)\b|\bearlier version of\b|"
    r"\b(dieser|diesen|dieses) (artikel|beitrag|text)\b|\b(cet|cette) (article|page)\b|\b(este|esta) (artículo|nota|texto|artigo|matéria)\b|"
    r"\b(questo|questa) (articolo|pagina)\b|\b(эт(а|у|от|ой)) (стать\w*|материал\w*)", _F)


# What a release note's "fixed" corrects: the product's fault, a bug, a crash, a glitch, an issue where the software
# did something ("UPDATE: Fixed a bug where the app would crash ...", "Fehler behoben, der ...", "Correction d'un bug
# ...", "Исправлена ошибка при ..."), EN DE FR ES IT PT RU. A correction corrects the article's facts ("We fixed an
# error in the third paragraph", "corrected the date of the vote"): its words name no fault of a product.
_PRODUCT_FIX = lazy_re.compile(
    r"\b(fixed|fixes|fix|resolved|resolves|patched|patches|addressed)\b[^.!?]{0,40}?\b(bugs?|crash(es)?|glitch(es)?|"
    r"memory leaks?|regressions?|(issue|problem|error)s? (where|that caused|causing|when (opening|launching|using|"
    r"loading|saving)))\b|\bbug ?fix(es)?\b|\bcrash(es)? (on|when|at) (launch|start-?up|opening)\b|"
    r"\b(fehler|bugs?|abstürze?|absturz)\b[^.!?]{0,40}?\bbehoben\b|\bbehebt\b[^.!?]{0,40}?\b(fehler|bugs?|absturz)\b|"
    r"\bbugfix\w*|\b(correction|corrige|corrigée?s?|résout|résolue?s?)\b[^.!?]{0,30}?\b(bugs?|plantages?|crash)\b|"
    r"\b(corregid[oa]s?|corrige|solucionad[oa]s?|soluciona)\b[^.!?]{0,30}?\b(bugs?|fallos?|cierres? inesperados?)\b|"
    r"\bcorrección de (errores|bugs|fallos)\b|\b(corrett[oi]|risolt[oi]|corregge|risolve)\b[^.!?]{0,30}?\b(bug|crash)\b|"
    r"\b(corrigid[oa]s?|corrige|resolvid[oa]s?)\b[^.!?]{0,30}?\b(bugs?|falhas?|travamentos?)\b|"
    r"\bcorreç(ão|ões) de (bugs|falhas)\b|\b(исправлен\w*|устранен\w*)\b[^.!?]{0,30}?\b(баг\w*|сбо[йяи]\w*|вылет\w*|"
    r"ошибк\w* (при|в работе|из-за))", _F)


def _release_update(text: str) -> bool:
    """Whether a correction candidate is a product's or a software's release news ("Update: Version 2.1 is now
    available", :data:`_RELEASE_NEWS`) or a release note's fix of the product ("UPDATE: Fixed a bug where the app
    would crash ...", :data:`_PRODUCT_FIX`, noticeleft49) and says nothing of this piece being changed
    (:data:`_THIS_PIECE`): an update of the thing the story is about, no update of the story (notices-left47)."""
    return (bool(_RELEASE_NEWS.search(text) or _PRODUCT_FIX.search(text)) and not _THIS_PIECE.search(text)
            and not _CORRECTION_OPENS.match(text) and not _OWN_ERROR.search(text))


# A line labelled a correction says so itself ("Correction: The update fixed the battery bug, not the camera bug as we
# reported", "Korrektur: ... habe den Fehler behoben ..."): what it corrects may be a product's news, the label says the
# piece was wrong about it (review rvx49: the release rules read such corrections of a software review as the
# product's news). "Update:" is no such label: a release note opens on it.
_CORRECTION_OPENS = lazy_re.compile(
    r"^\W{0,3}(corrections?|clarifications?|korrektur|berichtigung|richtigstellung|rectificatif|rectification|"
    r"correcci[oó]n|fe de erratas|correzione|rettifica|corre[cç][cç]?[aã]o|errata|erratum|исправление|уточнение)\b"
    r"[^:：.—–-]{0,40}[:：.—–-]", _F)
# The newsroom owning the mistake ("as we originally reported", "we incorrectly stated", "a bug in our election map
# that showed the wrong winner"): the piece's error, whatever the fault was. (Not "our data", "our app": a developer's
# release note says so of its product.)
_OWN_ERROR = lazy_re.compile(
    r"\b(as )?we (had )?(originally|earlier|previously|initially|incorrectly|mistakenly|wrongly|erroneously) "
    r"(reported|stated|said|wrote|published)\b|\bour\b[^.!?]{0,30}?\b(map|chart|graphic|graph|table|interactive|tracker|"
    r"calculator)\b|\b(wie )?(zuvor|ursprünglich|fälschlich(erweise)?) (berichtet|geschrieben|angegeben)\b", _F)


#: Words of the sentence after an addendum's label, at least ("UPDATE: A few readers have also mentioned ...").
_ADDENDUM_WORDS = 6
#: Lines opening on an addendum's label that make a page a timeline (:func:`_timeline`).
_TIMELINE_ENTRIES = 3


def _timeline(lines: Sequence[str]) -> bool:
    """Whether :data:`_TIMELINE_ENTRIES` lines or more open on an update's or correction's label in capitals
    (:data:`_ADDENDUM_LABEL`, timed or not): a live blog's or a ticker's entries ("UPDATE: Police say the suspect has
    been taken into custody." / "UPDATE: The mayor will speak at 3 pm." ...), each news of its own, not the writer's
    addenda to the piece (rvn47: every such entry was a correction, the model had taken one of three). A story's
    "UPDATE:" and "UPDATE 2:" stay addenda; on a timeline the model alone decides, as before the rule."""
    return sum(1 for line in lines if _ADDENDUM_LABEL.match(line)) >= _TIMELINE_ENTRIES



def _addendum(text: str) -> bool:
    """Whether a correction candidate is the writer's addendum set apart by its label's capitals (:data:`_ADDENDUM_LABEL`):
    a sentence of six words or more follows, and it is no release's news (:data:`_RELEASE_NEWS`), no release note's fix
    of the product (:data:`_PRODUCT_FIX`) and no changelog entry."""
    m = _ADDENDUM_LABEL.match(text)
    if m is None or _CLOCK.search(m["when"]):
        return False
    rest = text[m.end():]
    return (len(_WORD.findall(rest)) >= _ADDENDUM_WORDS and bool(_TERMINAL.search(rest)) and not _RELEASE_NEWS.search(rest)
            and not (_PRODUCT_FIX.search(rest) and not _OWN_ERROR.search(rest)) and CHANGELOG_ENTRY.match(text) is None)


#: "Updated: Economic Impacts Of U.S. Energy Provisions": a report's or a story's headline that opens on the
#: word (issue 15, blind11), no correction: what follows the label is title-cased words and no sentence.
_UPDATE_LABEL = lazy_re.compile(r"\s*updated?\s*:\s*(?P<rest>.+)", re.IGNORECASE)
_TITLE_WORD = lazy_re.compile(r"[^\W\d_][\w’'.-]*")
_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs", "with"))


def _titled_update(line: str) -> bool:
    """Whether ``line`` is "Update(d):" and a title-cased headline (four or more capitalised words, none
    lower-cased but the small ones, no sentence's end)."""
    m = _UPDATE_LABEL.fullmatch(line)
    if m is None:
        return False
    rest = m["rest"].strip()
    if rest.endswith((".", "!", "?", "。")):
        return False
    words = [w for w in _TITLE_WORD.findall(rest) if w.casefold() not in _SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _whole_form(line: str, kinds: set[str] | None, ctx: int) -> Notice | None:
    """A notice a whole line is by its form alone, whatever the model makes of its evidence (issue 15,
    noticeleft): a picture's source given as an address only, in brackets or alone ("(image taken from
    https://www.example.com)", :data:`_URL_CREDIT`), or after a source label in a caption ("Quelle: https://...",
    :data:`_SOURCE_URL`), and a Japanese or Chinese note in brackets whose label says
    the piece was amended and which says what changed ("（追記 2019/4/14：...記事の一部を修正しました）",
    :data:`_CJK_NOTE`); not in reader comments. None for any other line."""
    if ctx & CTX_COMMENT or len(line) > _WHOLE_FORM_LINE:
        return None
    if (kinds is None or "image_credit" in kinds) and _URL_CREDIT.match(line):
        return Notice("image_credit", line.strip())
    if (kinds is None or "image_credit" in kinds) and ctx & (CTX_CAPTION | CTX_CREDIT) and _SOURCE_URL.match(line):
        return Notice("image_credit", line.strip())
    if (kinds is None or "correction" in kinds) and any(w in line for w in _CJK_NOTE_LABELS) and _CJK_NOTE.match(line):
        return Notice("correction", line.strip())
    return None


# A data source's label and what follows it ("Source: Eurostat", "Quelle: Statistisches Bundesamt", "Fuente: INE"), no
# picture word in the label or after it ("Bildquelle:", "Source: Photo Jane Doe" name a picture's source).
_DATA_SOURCE = lazy_re.compile(
    r"^\W{0,3}(sources?|quellen?|fuente|fuentes|fonte|fontes|источник|источники|źródło|bron|data|daten|données|datos|dati|"
    r"dados)(\s+(data|daten|des données|de (los )?datos|dei dati|dos dados|данных))?\s*[:：]\s*"
    r"(?!(photo|foto|bild|image|picture|imagen|immagine|imagem|фото)\w*\b)\S", _F)


def _source_named(text: str) -> bool:
    """Whether a credit's text is a source's label and the source, by its address (:data:`_SOURCE_URL`) or its name
    (:data:`_DATA_SOURCE`): under a table, or in a figure that shows no picture, it names where the figures came from,
    as bench/labels/README.md's convention reads "Quelle: <statistics office>" under a table (rvn47 for the address,
    noticeleft49 for the name); under a chart's picture it stays the picture's source, a credit."""
    return bool(_SOURCE_URL.match(text) or _DATA_SOURCE.match(text))


#: The longest line read for :func:`_whole_form` (a note of a few sentences).
_WHOLE_FORM_LINE = 400
# A picture word, what it was taken from, an address and nothing else: "(image taken from https://www.example.com)",
# "(Bild entnommen aus https://...)", "(image tirée de https://...)", "(imagen tomada de https://...)", "(imagem
# retirada de ...)", "(immagine tratta da ...)", "(фото взято с ...)". A sentence around it ("The data was taken
# from https://..."), or another word than a picture's, is none.
_URL_CREDIT = Folding(lazy_re.compile(
    r"^\W{0,2}[(\[]?\s*(images?|photos?|pictures?|screenshots?|graphics?|bild(er)?|fotos?|grafik|imagen(es)?|imagem|imagens|"
    r"immagin[ei]|фото|изображение|картинка)\s+((taken|sourced|borrowed|adapted|entnommen|tir[ée]+s?|pris[e]?s?|extraite?s?|"
    r"tomad[oa]s?|extra[ií]d[oa]s?|sacad[oa]s?|retirad[oa]s?|tirad[oa]s?|tratt[oa]|pres[oa]|взят[оаы]?)\s+)?"
    r"(from|via|von|aus|de|du|des|da|dal|dalla|с|из)\s+(https?://|www\.)\S+\s*[)\]]?\W{0,2}$", _F))
# A source label and a web address, nothing else, set as a picture's caption or credit ("Quelle:
# http://de.leica-camera.com/...", "Source: https://www.nasa.gov/...", "Fuente: www.example.es"): the picture's source
# named by its address (notices-left47, blind13's Qimago caption). Outside a caption such a line is often the text's
# source (a story's "Quelle: https://..." under its last paragraph): none there.
_SOURCE_URL = Folding(lazy_re.compile(
    r"^\W{0,2}[(\[]?\s*((bild|foto|image|photo|picture|imagen|immagine|imagem)\s*-?\s*)?(quellen?|sources?|fuente|fonte|"
    r"источник|źródło|bron)\s*[:：]\s*(https?://|www\.)\S+\s*[)\]]?\W{0,2}$", _F))
# A note in brackets opening with a label that says the piece was amended (Japanese "追記" addendum, "訂正"
# correction, "修正" / "更新" amendment; Chinese "更正" / "订正" / "勘误" / "更新"), perhaps a date, then its colon or
# closing bracket, and a body saying what was changed (a verb of amending: "修正しました", "訂正します", "已更正",
# "现已修改"). A bracket in a story ("（修正案は来週審議される）": a bill's amendment, no label and colon) is none.
_CJK_NOTE = lazy_re.compile(
    r"^\W{0,2}[（(【\[]\s*(追記|訂正|修正|更新|更正|订正|勘误|勘誤)\s*[\d０-９/／.\-年月日時分\s]{0,24}[：:】\]]\s*"
    r"[^（）()]{2,300}?(修正|訂正|更正|订正|修改|更新|追記|加筆)[^（）()]{0,20}[）)]?\W{0,2}$")
#: The labels :data:`_CJK_NOTE` opens with, one of which a line must hold before it is compiled and tried (issue 13).
_CJK_NOTE_LABELS = ("追記", "訂正", "修正", "更新", "更正", "订正", "勘误", "勘誤")


def prepare(lines: list[str], contexts: list[int], credits: Mapping[int, tuple[str, int]] | None = None,
            headings: frozenset[str] = frozenset(), sections: frozenset[str] = frozenset(),
            ) -> tuple[list[str], list[int], dict[int, tuple[str, int]]]:
    """The lines as the detector reads them: labels joined to their lines (:func:`join_labels`),
    and the credit elements' parts of lines by joined line (:func:`credit_parts`)."""
    joined, ctx, at = join_labels_at(lines, contexts, headings, sections)
    return joined, ctx, credit_parts(credits, at)


def credit_parts(credits: Mapping[int, tuple[str, int]] | None, at: Sequence[int]) -> dict[int, tuple[str, int]]:
    """The credit elements' parts of lines (:func:`archiver.extract.page_lines.visible_lines_with_credits`),
    keyed by the index of the joined line holding them (:func:`join_labels_at`), invisible
    characters read out as for the lines."""
    out: dict[int, tuple[str, int]] = {}
    for i, (text, bits) in (credits or {}).items():
        if i < len(at) and at[i] not in out:
            out[at[i]] = (_visible(text), bits)
    return out


def _candidates(lines: list[str], contexts: Sequence[int] = ()) -> dict[int, set[str]]:
    """For each line index that may hold a notice, the kinds worth trying on it: lines with a
    cue stem of a kind, and every short line the page sets as a caption (a credit needs no
    marker word there)."""
    out = lines_with_stems(lines)
    for i, bits in enumerate(contexts):
        if bits & (CTX_CAPTION | CTX_CREDIT) and _MIN_CAPTION <= len(lines[i]) <= _MAX_CREDIT_LINE:
            out.setdefault(i, set()).add("image_credit")
        elif bits & CTX_CAPTION and _LONG_CAPTION < len(lines[i]) <= _MAX_LINE and _HEAD_CREDIT.match(lines[i]):
            out.setdefault(i, set()).add("image_credit")  # a long caption opening with its credit
    for i, line in enumerate(lines):
        # a line closing on "(Jane Doe / Outlet)" (a caption the page set in no caption element, with no
        # marker word): the credit rules read its closing bracket, but no stem made it a candidate
        if i not in out and ")" in line[-4:] and "/" in line[-_SLASH_TAIL_SPAN:] and _SLASH_TAIL.search(line):
            out.setdefault(i, set()).add("image_credit")
    return out


def lines_with_stems(lines: Iterable[str]) -> dict[int, set[str]]:
    """For each line index holding a cue stem of some kind (compared in lower case), those kinds:
    a line of 4 to :data:`_MAX_LINE` characters, and for a credit stem on a line over
    :data:`~archiver.extract.notice_credits._MAX_CREDIT_LINE`, one starting in its last
    :data:`~archiver.extract.notice_credits._CAPTION_TAIL` (a caption's credit closes a long line)."""
    out: dict[int, set[str]] = {}
    # The lines read as one text, joined by a line break (no stem holds one, so no stem found spans two
    # lines), each found stem put back on the line it ends in: one reading of the automaton instead of
    # one a line (~0.03 ms of the batch page's 130 lines, issue 13).
    lows = [line.lower() for line in lines]
    starts: list[int] = []
    at = 0
    for low in lows:
        starts.append(at)
        at += len(low) + 1
    for end, (back, kinds, but_credit) in _stem_automaton().iter("\n".join(lows)):
        i = bisect_right(starts, end) - 1
        size = len(lows[i])
        if not 4 <= size <= _MAX_LINE:
            continue
        tail = size - _CAPTION_TAIL if size > _MAX_CREDIT_LINE else 0
        found = kinds if end - starts[i] - back >= tail else but_credit
        if found:
            out.setdefault(i, set()).update(found)
    return out


#: How far from a line's end a closing "(Name / Outlet)" may start.
_SLASH_TAIL_SPAN = 160
# Its first part is a name of two capitalised words at least ("Jane Doe", "AP Photo"): a pair of nouns
# in running text ("(Bibliothek / Bücherei)", "(Polyester/Spandex)", "(ATS/nxp)") is no credit.
_SLASH_TAIL = lazy_re.compile(r"\([A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]+[^()/]{0,40}(/[^()/]{1,60}){1,3}\)\W{0,3}$")


_PAGE_TAIL = 8


def page_tail(i: int, n: int, contexts: Sequence[int] | None) -> bool:
    """Whether line ``i`` of ``n`` is among the page's last few (only for an HTML page, whose end
    is its footer; a PDF's last lines are text)."""
    return contexts is not None and i >= n - _PAGE_TAIL


#: How many of the main text's first paragraphs may hold its opening lines (the headline, the byline, a date line
#: between them), and the most words a byline holds there ("By Jane Doe and John Roe, Staff Writers").
_OPENING_LINES = 4
_BYLINE_WORDS = 10


def _story_start(main: Sequence[str], headings: frozenset[str]) -> int:
    """Where the story's own paragraphs begin in the main text: after its headline (the first paragraph, one of the
    page's headings) and after the last byline ("By Jane Doe", "Von Anna Berg") among its first lines, wherever the
    extractor kept them. The story's first paragraph after them is its edge (round b20notice: with the headline and
    byline in the main text, the one-line affiliate note under the byline was the story's third paragraph, read as its
    middle); its second stays the middle, as it was (counting two there made two story sentences of blind9 and blind10,
    a cue in each, notices), and a main text that opens on the story keeps its first two paragraphs as the edge."""
    start = 1 if headings and heading_key(main[0]) in headings else 0
    for j, p in enumerate(main[:_OPENING_LINES]):
        if len(p.split()) <= _BYLINE_WORDS and BYLINE_OPENS.match(p):
            start = j + 1
    return start


class _Positions:
    """Where a line sits against the main text: in its middle, at its edges, or outside it."""

    def __init__(self, lines: list[str], main: Sequence[str] | None, headings: frozenset[str] = frozenset()) -> None:
        self.known = bool(main)
        if not main:
            return
        self.index = {p: i for i, p in enumerate(main)}
        self.n = len(main)
        self.start = _story_start(main, headings)
        self.joined = "\n".join(main)
        self.offsets: list[int] = []
        pos = 0
        for p in main:
            self.offsets.append(pos)
            pos += len(p) + 1
        hits = [i for i, line in enumerate(lines) if line in self.index]
        self.first = hits[0] if hits else None
        self.last = hits[-1] if hits else None

    def of(self, i: int, line: str) -> str | None:
        if not self.known:
            return None
        j = self.index.get(line)
        if j is None and len(line) >= 20:
            at = self.joined.find(line)
            j = bisect_right(self.offsets, at) - 1 if at != -1 else None
        if j is not None:
            return "main_edge" if j < max(2, self.start + 1) or j >= self.n - 2 else "main_middle"
        if self.first is None or self.last is None:
            return None
        if i < self.first:
            return "before_main"
        return "after_main" if i > self.last else "inside_main_span"


# Characters a page puts inside words to allow a break and that no reader sees: soft hyphens
# ("illus&shy;tra&shy;tive"), zero-width spaces and joiners. Cues and markers are read without them;
# a notice is reported as the page shows it (:func:`_as_shown`), so its text stays a quote of the page.
# A line holding one (six substring tests, in C) loses them by ``str.translate`` (:data:`_INVISIBLE`):
# the text a substitution of their character class gave, without compiling the class (~0.1 ms of
# one ``archive URL``, issue 13; translating every line instead was ten times slower than the tests).
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))


def _visible(text: str) -> str:
    """``text`` without :data:`_INVISIBLE_CHARS`. Why the ASCII test: none of them is ASCII,
    and most of a page's lines are (the substitution on each line and paragraph of the benchmark
    page cost ~50 us, the test ~2); tests/test_extract_speed_invisible.py holds it to the
    substitution of the characters' class."""
    if text.isascii() or not ("\u00ad" in text or "\u200b" in text or "\u200c" in text or "\u200d" in text
                              or "\u2060" in text or "\ufeff" in text):  # (:data:`_INVISIBLE_CHARS`, unrolled:
        return text                                                      # a generator cost four times as much)
    return text.translate(_INVISIBLE)


def _as_shown(shown: str, text: str) -> str:
    """``text`` (read without invisible characters) as it stands in the page's line ``shown``."""
    pattern = "[\u00ad\u200b\u200c\u200d\u2060\ufeff]*".join(re.escape(ch) for ch in text)
    m = re.search(pattern, shown)
    return m.group(0) if m else text


def by_form(text: str) -> bool:
    """Whether a notice's text is one by its own form wherever it stands (a credit's marker, sign or
    agency; a statement's cue), not only by where the page set it (forms read only in a caption:
    "Foto Jane Doe" without a colon, "Taken by Jane Doe"): only such a text is cut out of the
    paragraphs that hold it, the others only drop a paragraph that is wholly them."""
    return credit_features(text) is not None or statement_features(text) is not None


# A source's label opening the text right under a picture ("<p><img></p><p>Source: – Wikipedia</p>"): the picture's
# source by layout, as small print there is (a "Source:" elsewhere is as often the text's): notice_credits.SOURCE_OPENS.
# The whole text right under a picture saying who took it ("<p><img></p><p>Photographed by Jane Roe</p>", "Fotografiert
# von Anna Berg"): the verb, its "by" and a name of one to four capitalised words, nothing
# else; its credit by layout, as a caption's (noticeleft48: the form was read only inside a caption). A sentence under
# a picture ("The harbour was photographed by Jane Roe in 1970.") does not open on the verb.
_TAKEN_BY_OPENS = lazy_re.compile(
    r"^\W{0,3}((photos?|pictures?|images?|fotos?|bild(er)?|aufnahmen?|imagen(es)?|imagem|immagin[ei]|фото|снимок|снимки)\s+)?"
    r"(taken|shot|photographed|aufgenommen|"
    r"fotografiert|prises?|tomadas?|tirad[oa]s?|scattat[oa]|fotografad[oa]|снят[оаы]?|сделан[оаы]?)\s+"
    r"(by|von|par|por|da|pel[oa]|di|от)\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]*(\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[\w.'’-]*){0,3}\W{0,2}$",
    _F)


def _several(line: str, kinds: set[str], ctx: int, position: str | None, tail: bool,
             site: frozenset[str]) -> list[Notice]:
    """The notices of a line holding statements of two kinds or more (:func:`kind_parts`), each
    part read alone as a line of its kind; [] unless parts of two kinds are notices on strong
    evidence of their own: two cue phrases or the kind's label ("Disclaimer: ..."). A part with one
    cue ("Offers may be subject to change without notice." after a shop's commission disclosure,
    "please read the original version" inside a translation note) stays part of the line's one
    notice, as the labels of the dev sets read such lines."""
    notices: list[Notice] = []
    for kind, text in kind_parts(line, kinds):
        found = candidate(text, {kind}, ctx, position, tail, site)
        if found is None or found[1] != kind:
            continue
        f = found[3]
        if (f.get("cue2") or f.get("label")) and probability(found[0], f) >= _threshold():
            notices.append(Notice(kind, found[2]))
    return notices if len({n.kind for n in notices}) > 1 else []


#: The longest heading read as a section's title naming advice, not a disclaimer (:func:`_advice_heading`).
_ADVICE_HEADING_WORDS = 10


def _advice_heading(line: str, headings: frozenset[str]) -> bool:
    """Whether a disclaimer's line is one of the page's headings of a few words with no sentence's stop ("When to Seek
    Professional Financial Advice", notices-blind35's adviser): the title of a section about getting advice, no
    statement that the page is none."""
    text = line.strip()
    return (heading_key(text) in headings and len(text.split()) <= _ADVICE_HEADING_WORDS
            and not text.endswith((".", "!", ";")) and ":" not in text)


#: The words of the two readers asked of every line (:func:`find_notices`): the statements' (bit 1), the page notes'
#: (bit 2).
_READERS_WORDS = WordGroups((WORDS, NOTE_WORDS))
#: Where a page's own headline never stands (its bracketed advertising marker: :func:`find_notices`).
_NOT_HEADLINE = CTX_NAV | CTX_LINK | CTX_ASIDE | CTX_FOOTER | CTX_COMMENT


# A line set right under a picture closing on "Courtesy <name>." after its sentence ("Man Ray, Meret Oppenheim,
# 1931-1932. Vintage gelatin silver contact print – 11.4 × 8.3 cm. Courtesy Example Press Ltd.": an art magazine's
# caption in a paragraph, notices-blind32): the picture's caption by layout, as small print there is.
_COURTESY_CLOSING = lazy_re.compile(r"[.!?;)]\s+(image\s+|photo\s+)?courtesy(\s+of)?\s+\S[^.!?]{0,120}\.{0,2}\W{0,2}$", _F)


def find_notices(lines: Iterable[str], contexts: Sequence[int] | None = None,
                 main: Sequence[str] | None = None, site: frozenset[str] = frozenset(),
                 credits: Mapping[int, tuple[str, int]] | None = None,
                 pictures: frozenset[str] = frozenset(), bare: frozenset[str] = frozenset(),
                 headings: frozenset[str] = frozenset(), unpictured: frozenset[str] = frozenset(),
                 sections: frozenset[str] = frozenset(), vouched: frozenset[str] = frozenset(),
                 marker_headlines: frozenset[str] = frozenset()) -> tuple[Notice, ...]:
    """Every notice in the page's visible lines, in page order, each distinct text once.

    ``contexts`` are the lines' DOM context bits (:func:`archiver.extract.page_lines.visible_lines_with_context`)
    and ``main`` the main-text paragraphs; without them (a PDF) the cues and form decide alone.
    ``site`` holds the page's own names (:func:`site_keys` of its URL and og:site_name), so that
    the site's "© Name" is not taken for a picture's credit. ``credits`` holds, by line, the part
    of a line that sits in a picture's credit element (:func:`~archiver.extract.page_lines.visible_lines_with_credits`):
    a line that yields no notice of its own is read again as that part alone. ``pictures`` holds
    the texts set directly under a picture (:func:`~archiver.extract.notice_credits.under_pictures`):
    such a line in small print or italics, or one closing on an agency's credit after its sentence ("...
    sammeln. IMAGO/Jane Doe"), is read as the picture's caption. ``bare`` holds the texts
    the page's markup declares a picture's credit beside its picture
    (:func:`~archiver.extract.notice_bare_credits.dom_credits`): one shaped like names is a credit
    though it carries no marker word, where a line yields no notice of its own (:func:`_bare_credit`); ``vouched``
    those of them whose picture's file name names them, which the gallery cap does not count.
    ``headings`` are the texts of the page's headings (:func:`~archiver.extract.notice_headings.heading_texts`): a
    bare picture label over one is a section's kicker, no credit's label, and a heading is a title, no credit
    (:func:`gallery_heading`); ``sections`` the texts of its short links, a section's name (:func:`_label_pair`).
    ``unpictured`` are the texts of the captions that caption no picture
    (:func:`~archiver.extract.notice_unpictured.unpictured_captions`): a source named there, by its address or by its
    name, credits none (:func:`_source_named`). ``marker_headlines`` are the page's ``<h1>`` that are a bracketed
    advertising marker alone ("(Anzeige)"): the page's sponsored notice, as a marker closing its headline is.
    """
    original = list(lines)
    given = list(contexts) if contexts is not None else [0] * len(original)
    cleaned = [_visible(x) for x in original]
    lines, ctx, parts = prepare(cleaned, given, credits, headings, sections)
    shown = lines
    if cleaned != original:  # rare: only then is the page's own form of a line needed
        joined, _ = join_labels(original, given, headings, sections)
        shown = joined if len(joined) == len(lines) else lines
    where = _Positions(lines, [_visible(p) for p in main] if main else main, headings)
    seen: set[str] = set()
    out: list[Notice] = []
    named: list[Notice] = []  # the bare credits, found only by where the page set them
    trade: list[Notice] = []  # sponsorship said in the third person in the story's paragraphs (notice_trade_topic)
    trade_lines: set[int] = set()  # the lines that say it, reported or not
    if pictures:
        ctx = [bits | CTX_CAPTION if line in pictures and (bits & PRINT_APART or _agency_tail(line) or SOURCE_OPENS.match(line)
                                                        or _TAKEN_BY_OPENS.match(line) or bare_source_link(line)
                                                        or _COURTESY_CLOSING.search(line))
               else bits for line, bits in zip(lines, ctx, strict=False)]
    candidates = _candidates(lines, ctx)
    # "<title> by <Name>" as a picture's caption (a figure's, or set directly under its picture), outside menus, links,
    # asides, footers and comments: the work's credit (round b14notice)
    titled = {i for i, line in enumerate(lines) if ctx[i] & CTX_CAPTION and (line in pictures or not ctx[i] & _NOT_TITLED)
              and titled_work(line)}
    for i in titled:
        candidates.setdefault(i, set())
    # whole statements no cue reads (an automation disclosure, "based on the published date", "Below is the original
    # announcement from ..."), and a story's closing "Fuente: <outlet>" (round b16notice)
    # (and a press release's note, a sponsor's line over its name, an AI generator closing a caption: b17notice)
    # (each line folded once and the page read once for both readers' words: tenth pass, issue 13)
    held = _READERS_WORDS.by_line(lines, min(SPAN[0], NOTE_SPAN[0]), max(SPAN[1], NOTE_SPAN[1]))
    stated = {i: n for i, line in enumerate(lines) if not ctx[i] & CTX_COMMENT
              and (n := statement_notice(line, bool(held[i] & 1)) or page_note(lines, ctx, i, bool(held[i] & 2)))}
    for i in stated:
        candidates.setdefault(i, set())
    # a headline's bracketed advertising label, "... (Anzeige)", "[Publireportage] ...": the marker, sponsored
    # (noticeleft54; not in a menu, a link, an aside, a footer or a comment, nor after the story: a teaser's headline
    # is another page's, review rvn55)
    # (only a page with a bracket in a heading reads its lines for one: the check on every line cost 1.3 % of this
    # pass on the metadata sample, review rvn55)
    marked = {i: (Notice("sponsored", m[1]) if (m := heading_marker(line)) and not ctx[i] & _NOT_HEADLINE else None)
              for i, line in enumerate(lines)
              if ("(" in line or "[" in line) and heading_key(line) in headings and marker_at_edge(line)
              } if any("(" in h or "[" in h for h in headings) else {}
    if marker_headlines:  # the page's <h1> that is the marker alone, "(Anzeige)": its label (``marker_headlines``)
        marked.update({i: Notice("sponsored", line.strip()) for i, line in enumerate(lines)
                       if heading_key(line) in marker_headlines and not ctx[i] & _NOT_HEADLINE})
    for i in marked:
        candidates.setdefault(i, set())
    # the page's own participation in an affiliate programme said in the third person ("The author participates in
    # Amazon's programme", "Harbour Notes participa en programas de afiliados, ... financiar el sitio": noticeleft54)
    # (only a line holding a sponsored cue's stem can: every string takes_part needs holds one; asked of every line it
    # cost 2.5 % of this pass on the metadata sample, review rvn55)
    taking_part = {i for i, kinds in candidates.items() if "sponsored" in kinds
                   and not ctx[i] & (CTX_COMMENT | CTX_NAV | CTX_LINK) and takes_part(lines[i], site)}
    for i in taking_part:
        candidates.setdefault(i, set())
    # the writer's own organisation funded by named backers, the piece called a guest's: the paragraph's first
    # sentence, wherever the article sets it (round b18notice)
    own = {i: n for i, kinds in candidates.items() if not ctx[i] & (CTX_COMMENT | CTX_NAV | CTX_LINK)
           and (n := own_note(lines[i], kinds))}
    # what the site says of its own business and stance, where no other reading gives a notice (round b19notice)
    owned = {i: n for i in range(len(lines)) if (n := own_statement(lines, ctx, i, where.of, i in candidates))}
    for i in owned:
        candidates.setdefault(i, set())
    addenda = not _timeline(lines)
    # a line's credit element's part is read alone (below); a caption's part only for a bare credit closing it
    # (_bare_credit): read by the credit forms, a byline's or a footer's "credit"-classed words glued to the line
    # (an author's agency, "© Jane Doe.") were reported (notice71)
    element_parts = {i: part for i, part in parts.items() if part[1] & CTX_CREDIT}
    for i in element_parts:
        candidates.setdefault(i, set())
    for i in _bare_lines(lines, bare, parts):
        candidates.setdefault(i, set())
    labels: dict[int, Notice] = {}  # lone labels reported, by line (:func:`~archiver.extract.notice_inline.label_over`)
    read_with_label = -1  # the line a label's notice went on into (:func:`_went_on`): not read again on its own
    for i, kinds in sorted(candidates.items()):
        if i == read_with_label:
            continue
        position, tail = where.of(i, lines[i]), page_tail(i, len(lines), contexts)
        if "sponsored" in kinds and third_person_sponsorship(lines[i], ctx[i], position):
            trade_lines.add(i)
        notice = classify_line(lines[i], kinds, ctx[i], position, tail, site, addenda) if kinds else None
        several = _several(lines[i], kinds, ctx[i], position, tail, site) if notice and notice.kind != "image_credit" else []
        for extra in several[:-1]:  # a line holding two statements of different kinds: each its own notice
            if extra.text.casefold() not in seen:
                seen.add(extra.text.casefold())
                out.append(Notice(extra.kind, _as_shown(shown[i], extra.text)) if shown[i] != lines[i] else extra)
        if several:
            notice = several[-1]
        if i in element_parts and (notice is None or notice.kind == "image_credit"):
            # the credit element's part of the line, read alone; also where the line's reading found a piece of it
            # only: the layout glued the element's credit to the caption's sentence without a space, "... Harbor
            # International AirportWenjie Zheng / Shutterstock" gave "Shutterstock" (noticeleft56)
            part, bits = element_parts[i]
            whole = classify_line(part, {"image_credit"}, bits, position, tail, site) if notice is None or (
                len(part) > len(notice.text) and notice.text in part) else None
            if whole is not None and (notice is None or notice.text in whole.text):
                notice = whole
        notice = _inline_or_joined(lines, ctx, i, kinds, notice, (position, tail, site, addenda),
                                   bool(headings) and heading_key(lines[i]) in headings)
        if notice is None and "correction" in kinds and not ctx[i] & CTX_COMMENT and update_log_entry(lines, i):
            notice = Notice("correction", lines[i].strip())  # the piece's own update log, dated (round lead63)
        if notice is not None and _went_on(lines, i, notice.text):
            read_with_label = i + 1
        if notice is not None and notice.kind == "image_credit" and (
                source_tag(lines, i, notice.text) or (headings and gallery_heading(lines[i], notice.text, headings))
                or titled_paragraph(lines[i], notice.text, ctx[i]) or stock_heading(lines[i], headings)
                or heading_slash_pair(lines[i], notice.text, headings)
                or site_colophon(lines[i], ctx[i]) or linked_title(lines[i], notice.text, ctx[i])  # (round b18notice)
                or heading_title(lines[i], notice.text, headings) or menu_blurb(lines[i], ctx[i])
                or own_agency(lines[i], notice.text, ctx[i], site) or sentence_colon(lines[i], notice.text)
                or (unpictured and _source_named(notice.text) and heading_key(lines[i]) in unpictured)):
            notice = None
        if notice is not None and notice.kind == "disclaimer" and headings and _advice_heading(lines[i], headings):
            notice = None
        if notice is None and i in titled:
            notice = Notice("image_credit", lines[i].strip())
        if i in stated and (notice is None or notice.kind != "image_credit"):  # the statement's kind, the line whole
            notice = stated[i]
        if i in marked:  # after the story, a teaser's headline: its marker is another page's (review rvn55)
            notice = marked[i] if position != "after_main" else None
        if notice is None and i in taking_part and position != "main_middle":  # (a story's sentence on another site)
            notice = Notice("sponsored", lines[i].strip())
        if notice is None and i in own:
            notice = own[i]
        if notice is None and i in owned:
            notice = owned[i]
        elif notice is not None and notice.kind == "sponsored" and _owned_disclaimer(owned.get(i), notice.text):
            notice = Notice("disclaimer", notice.text)
        if notice is None:
            notice = source_closing(lines, ctx, i, position, pictures, site)
        by_place = notice is None and bool(bare)
        if by_place:
            notice = _bare_credit(lines[i], parts.get(i), ctx[i], position, bare, site)
        if notice is not None and notice.kind != "image_credit" and linked_row_label(lines[i], notice.text, sections):
            notice = None  # "Privacy Policy | Affiliate Disclosure | ...": the link to the page, no notice (b20notice)
        if notice is not None and notice.kind == "image_credit":
            notice = label_above(lines, ctx, i, notice)  # "... skyline. Credit:" over its credit's line
        if notice is not None and notice.kind == "image_credit" and control_label(notice.text):
            notice = None  # "Image: View image credit": a button pointing at the credit names nobody (notice69)
        if notice is not None and shown[i] != lines[i]:
            notice = Notice(notice.kind, _as_shown(shown[i], notice.text))
        if notice is not None and notice.text.casefold() not in seen:
            seen.add(notice.text.casefold())
            out.append(notice)
            if by_place:
                named.append(notice)
            if notice.kind == "sponsored" and i in trade_lines:
                trade.append(notice)
            if label_over(lines, ctx, i, notice, labels):  # "Sponsored" over its own sentence: the sentence's once
                out.remove(labels.pop(i - 1))
            # (a heading over its note, "WHY THIS SPONSORED LIST IS FREE TO READ", as a label: round b18notice)
            if notice.kind in STATEMENT_KINDS and (lone_label(lines[i], notice.text) or heading_over(
                    lines[i], notice.text, bool(headings) and heading_key(lines[i]) in headings)):
                labels[i] = notice
    # a gallery's or a list's names: none of them on the place's word alone, unless the picture's file name vouches
    # for the name after a credit's sign ("...-Photo-Martin-Kaufmann_DSC7576_b.jpg": a photographer's, noticeleft49)
    plain = [n for n in named if n.text not in vouched]
    if len(plain) > _GALLERY_NAMES:
        out = [n for n in out if n not in plain]
    if len(trade_lines) >= TOPIC_LINES:  # a story about sponsorship and affiliate links: its subject (round b20notice)
        out = [n for n in out if n not in trade]
    return tuple(out)


def _owned_disclaimer(owned: Notice | None, text: str) -> bool:
    """Whether the page's own statement on a line is a disclaimer of the same words as a sponsorship read there: a
    vendor's own product under the bare label ("Disclosure: Harbour Pro is our product.", which the lexicon reads as a
    sponsorship's label) is a conflict of interest stated, no payment, as after "Full disclosure:" (review rvn60)."""
    return owned is not None and owned.kind == "disclaimer" and (owned.text in text or text in owned.text)


_NOT_INLINE = CTX_NAV | CTX_COMMENT | CTX_LINK
#: Where a story's paragraph sits: an inline marker elsewhere (a teaser's "(Anzeige)" beside the story) marks an ad
#: slot or another page's link, not this article's links.
_STORY_PLACES = ("main_middle", "main_edge")


def _inline_or_joined(lines: list[str], ctx: Sequence[int], i: int, kinds: set[str], notice: Notice | None,
                      where: tuple[str | None, bool, frozenset[str], bool], heading: bool = False) -> Notice | None:
    """Line ``i``'s notice after :mod:`~archiver.extract.notice_inline`'s three forms: none for a labelled list item's
    label; where the line gave none, a paid link's inline marker or a bracketed disclosure inside a paragraph of the
    main text (outside menus, links and comments), or the line read with the next where its sentence goes on there (``where``:
    the line's position, page tail, site names and addenda, as :func:`classify_line` takes them). A ``heading``'s
    bracketed marker inside its words is the headline's word ("Was die Klammer (Anzeige) über einem Text sagt"): only
    at its start or end is it the page's label (:mod:`~archiver.extract.heading_ad_marker`; review rvn55)."""
    if notice is not None and notice.kind in STATEMENT_KINDS and labelled_list_item(
            lines, ctx, i, notice.text, _cued_as(notice.kind, ctx[i]), _any_stem):
        return None
    if "sponsored" in kinds and not heading and not ctx[i] & _NOT_INLINE and where[0] in _STORY_PLACES and (
            notice is None or (notice.kind == "sponsored" and notice.text.strip() == lines[i].strip())):
        found = inline_disclosure(lines[i])
        # a whole paragraph read as the disclosure for its bracket's words is the bracket's (review rvn49: "We use
        # Example Tours (we earn a small commission ... through one of our links) on every trip ..."), unless the
        # words around the bracket disclose too
        if found and (notice is None or candidate(lines[i].replace(found, " "), {"sponsored"}, ctx[i]) is None):
            notice = Notice("sponsored", found)
    statements = kinds & set(STATEMENT_KINDS)  # a statement's cue words set apart; a picture's label is read apart
    if statements and (notice is None or (notice.kind in STATEMENT_KINDS and notice.text.strip() == lines[i].strip())):
        # a label alone whose sentence goes on in the next element ("Sponsored" / "events like this one draw ...") is
        # read with it: the sentence decides, as for cue words the line held without a notice (noticeleft51)
        joined = continued_sentence(lines, ctx, i)
        if joined:
            notice = classify_line(joined, statements, ctx[i], *where)
    return notice


def _went_on(lines: Sequence[str], i: int, text: str) -> bool:
    """Whether notice ``text`` of line ``i`` is the line read with the next (:func:`_inline_or_joined`: "Sponsored" /
    "content: this article was paid for by ..."): that line is part of it, not a notice again (review rvn51: extractor
    109 reported it twice, the second time alone, in Russian and German as another kind)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].strip()
    return bool(nxt) and len(text.strip()) > len(lines[i].strip()) and text.rstrip().endswith(nxt)


def _any_stem(text: str) -> bool:
    """Whether a text holds a cue stem of any kind (:func:`lines_with_stems`)."""
    return bool(lines_with_stems([text]))


def _cued_as(kind: str, bits: int) -> Callable[[str], bool]:
    """Whether a text reads as a notice of ``kind`` on its own, set where ``bits`` say."""
    def cued(text: str) -> bool:
        return candidate(text, {kind}, bits) is not None
    return cued


#: The most bare credits (:func:`_bare_credit`) a page may yield: a page whose credit elements hold more
#: names with no marker word is a gallery or a list of credits, whose slides the label sets hold as
#: credits on one page and as borderline on others (teaser tiles, a page's credits list). Chosen after
#: the first held-out score of the rule without it (bench/labels/README.md, round 42). Names their picture's file
#: name vouches for (:class:`~archiver.extract.notice_bare_credits.DomCredits`' ``vouched``) are not counted (noticeleft49).
_GALLERY_NAMES = 3


#: Where a caption-classed line is no picture's caption unless it sits directly under one (:func:`titled_work`).
_NOT_TITLED = CTX_NAV | CTX_LINK | CTX_ASIDE | CTX_FOOTER | CTX_COMMENT


#: Where a bare credit is no picture's of this page: reader comments. (Menus, sidebars and footers are
#: refused on the tree, below ``<body>``: some pages class their whole body as navigation.)
_NOT_BARE = CTX_COMMENT


def _bare_lines(lines: Sequence[str], bare: frozenset[str], parts: Mapping[int, tuple[str, int]]) -> list[int]:
    """The lines that hold a text of ``bare`` whole or as their closing part, or whose credit element's or caption's
    part does (cheap: a page has few)."""
    if not bare:
        return []
    ends = tuple(bare)
    return [i for i, line in enumerate(lines) if line.endswith(ends) or (i in parts and parts[i][0].endswith(ends))]


#: Where every bare credit's line (or its credit element's part) sits: a figure, a caption or a
#: credit- or caption-classed element (:mod:`~archiver.extract.notice_bare_credits` asks for no other).
#: Another line ending with the same text (the writer's byline "By Jane Doe") is not the credit's.
_BARE_PLACE = CTX_CAPTION | CTX_CREDIT


def _bare_credit(line: str, part: tuple[str, int] | None, ctx: int, position: str | None,
                 bare: frozenset[str], site: frozenset[str]) -> Notice | None:
    """A picture's credit without any marker word (:mod:`~archiver.extract.notice_bare_credits`): the
    line or its credit element's or caption's part (:func:`~archiver.extract.page_lines.visible_lines_with_credits`),
    whole or its closing part, is a text the markup declares a credit beside its picture, shaped like names, and the
    line (or that part) is set as a caption or a credit, as every such credit is; not in a reader comment, and not
    after the main text, where other pages' teasers are. (The position guards are only the credit's own when the line
    is.) A part's closing text is read as the line's is: a caption's "... for the family. (Jane Doe | Outlet)" glued
    to its byline's "Jane Doe" ends the line with the byline, not with the credit (notice71)."""
    if ctx & _NOT_BARE or position == "after_main":
        return None
    wholes = [line.strip()] if ctx & _BARE_PLACE else []
    if part is not None and (part[1] | ctx) & _BARE_PLACE:
        wholes.append(part[0].strip())
    ends = tuple(bare)
    texts = list(wholes)
    for whole in wholes:
        if whole.endswith(ends):
            texts += [t for t in bare if whole.endswith(t) and len(whole) > len(t) and not whole[-len(t) - 1].isalnum()]
    for text in texts:
        if text in bare and notice_bare_credits.bare_name(text, site):
            return Notice("image_credit", text)
    return None
