"""An author box under the story: "About the author" (and kin, or "About <given name>") over the writer's name and a
bio, or an author field's label listing the report's writers under the text ("Author(s)" / one name a line).

Why a module of its own: these readers look past the article's last paragraph for a box that names the writer, not
at a credit line, and they ask only the name checks of :mod:`archiver.extract.signals`; moved out of it in review
rvb14a (signals.py was ~2,230 lines). :func:`author_box_credit` is the sign-off source's second reading, after
:func:`~archiver.extract.signals.sign_off_credit` finds no credit line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.extract.box_headings import other_box_heading
from archiver.extract.cue_match import cue_fold
from archiver.extract.given_names import given_name
from archiver.extract.name_letters import name_word
from archiver.extract.signals import (
    after_article,
    cjk_name_alone,
    clean_authors,
    comments_heading,
    credit_lead,
    credit_line,
    date_at,
    dated_label_list,
    full_name,
    name_kind,
    writer_bio,
)


def author_box_credit(lines: Sequence[str], last: int | None, captions: frozenset[int] = frozenset()) -> list[str]:
    """The writer an author box under the article's last paragraph ``lines[last]`` names (:func:`_author_card`), else
    the names an author field's label lists there (:func:`_label_under`); ``[]`` without a known last paragraph.
    ``captions``: the indexes of the lines that are pictures' captions (they name who is pictured, no subject of
    the story's text: :func:`_named_in_story` does not read them)."""
    if last is None:
        return []
    window = card_window(lines, last)  # (the two card readers' lines, each stripped and folded once: see there)
    return _author_card(lines, last, captions, window) or _label_under(lines, last) or \
        _closing_section(lines, last, captions) or _labelled_card(lines, last, captions, window)


#: One line of :func:`card_window`: its index, its text stripped, and :func:`cue_fold` of that text less its closing
#: colon and spaces (" :："), the form both readers compare with their heading and label words.
CardLine = tuple[int, str, str]


def card_window(lines: Sequence[str], last: int) -> list[CardLine]:
    """The lines an author box under ``lines[last]`` may stand in, as :func:`_author_card` and :func:`_labelled_card`
    both read them: those after ``last``, at most :data:`_CARD_LINES`, none of the last two, up to the first that is a
    comments section's heading (:func:`~archiver.extract.signals.comments_heading`; left out, and none after it: both
    readers give up there).

    Why: each of the two walked these lines itself, asking each the comments heading's question and folding it, ~0.3
    M instructions of each extraction of the batch bench's page (issue 13); a page with no card reads them twice."""
    out: list[CardLine] = []
    for i in range(last + 1, min(last + 1 + _CARD_LINES, len(lines) - 2)):
        line = lines[i].strip()
        if comments_heading(line):
            break
        out.append((i, line, cue_fold(line.rstrip(" :："))))
    return out


# An author box's one label word, alone on its line beside the name ("Allyn Jayawon" / "Author" / bio) or heading the
# box ("Authors" / "Posted by : Ryan Bald" / bio), in the six languages.
_LABEL_WORDS = frozenset(cue_fold(w) for w in (
    "author", "authors", "autor", "autorin", "autoren", "auteur", "autrice", "auteurs", "autore", "autori", "autora",
    "autores", "writer", "written by"))
# A bio opening with the writer's name (full or given) and "is"/"was" in the six languages.
_BIO_OPENS = re.compile(r"\s(?:is|was|ist|war|est|était|es|era|è|é)\s")


def _opens_bio(bio: str, name: str) -> bool:
    """True when ``bio`` opens with ``name`` or its first word and "is"/"was" ("Allyn is the SEO Specialist ...")."""
    for head in (name, name.split()[0]):
        if bio.startswith(head) and _BIO_OPENS.match(bio[len(head):len(head) + 8]):
            return True
    return False


def _labelled_card(lines: Sequence[str], last: int, captions: frozenset[int] = frozenset(),
                   window: Sequence[CardLine] | None = None) -> list[str]:
    """The writer an author box under the story names with a label word (:data:`_LABEL_WORDS`) and a bio opening
    with the name (:func:`_opens_bio`), in either of two layouts authors-blind17's first run missed (round b18auth):
    the name, the label under it, the bio ("Allyn Jayawon" / "Author" / "Allyn is the SEO Specialist ..."); or the
    label heading the box over a writer's credit, the bio under it ("Authors" / "Posted by : Ryan Bald" / "Ryan Bald is
    the Vice President ..."). The label and the bio together say the box is the writer's: a name alone under the story
    is as often a related story's or a picture's. Before a comments section only, a full name that is a person's, and
    never one the story names (:func:`_named_in_story`: a profile of its subject; the post's meta line opening with
    the name and the date is a credit, no mention). ``window``: :func:`card_window` of ``lines`` and ``last``, where
    the caller has it."""
    for i, _, label in card_window(lines, last) if window is None else window:
        if label in _LABEL_WORDS and i > last + 1:
            name = lines[i - 1].strip()  # the name over its label
        elif label in _LABEL_WORDS:
            name = ""
        else:
            continue
        bio = lines[i + 1].strip()
        if not name or not _opens_bio(bio, name):
            credited = credit_line(bio) and len(bio) <= 60
            name = " ".join(clean_authors(bio[credit_lead(bio) or 0:], led=True)[:1]) if credited else ""
            bio = lines[i + 2].strip()
        if not name or not full_name(name) or name_kind(name) != "person" or not _opens_bio(bio, name):
            continue
        if any(other_box_heading(lines[k]) for k in range(max(last + 1, i - 3), i)):
            continue  # a company's, a reviewed book's, other writers' box (review rva58)
        # the post's meta line over the story ("Ryan Bald 02 Feb 2026 Product Reviews") credits, it names no subject
        read = [("" if line.startswith(name + " ") and date_at(line[len(name):].strip()) else line) for line in lines]
        return [] if _named_in_story(read, last, name.split()[-1], name, captions) else [name]
    return []


def _closing_section(lines: Sequence[str], last: int, captions: frozenset[int]) -> list[str]:
    """The writer an "About the author" section closing the article names (a heading of :data:`_ABOUT_AUTHOR` within
    the article's last :data:`_CARD_LINES` lines, its first line a bio opening with the full name: "About the Author" /
    "Author Matt Check is the Head Winemaker ...", :func:`_bio_name`), when the text before the heading names that
    person only alone on a line or in a picture's caption (a review's "About the author" of the novelist it
    discusses is no writer's). A site's layout may keep the section inside the article's text, above its sources
    (authors-blind14's cellarbeastwine.com, round b15auth). The page must also credit that person before the
    heading (:func:`_credited_before`): a review prints its novelist alone in the book's box ("The Quiet Harbour" /
    "Tomas Reed" / "Harbour Press") or in a picture's caption, and its "About the Author" is hers (review rva49)."""
    for i in range(max(last - _CARD_LINES, 0), last):
        if cue_fold(lines[i].strip().rstrip(" :：")) in _ABOUT_AUTHOR:
            named = _bio_name(lines[i + 1].strip())
            if named and not _named_in_story(lines, i - 1, named.split()[-1], named, captions) \
                    and _credited_before(lines, i, named):
                return [named]
            return []
    return []


def _credited_before(lines: Sequence[str], end: int, name: str) -> bool:
    """True when a line before ``lines[end]`` credits ``name``: a credit line holding it ("By Matt Check") or the
    name alone within two lines of a date, as a post's meta line prints its writer ("December 14, 2025" / "/" /
    "Matt Check"). An "About the Author" whose bio opens with a name is a card of whoever the page is about unless
    the page credited that person as its writer first; the name alone elsewhere (a book's box) or in a caption (a
    picture of the novelist) is no credit (review rva49)."""
    for j, line in enumerate(lines[:end]):
        text = line.strip()
        if name not in text:
            continue
        if text == name and any(date_at(lines[k].strip()) for k in range(max(j - 2, 0), min(j + 3, end))):
            return True
        if text != name and credit_line(text):
            return True
    return False


def _label_under(lines: Sequence[str], last: int) -> list[str]:
    """The names an author field's label lists under the article (:func:`~archiver.extract.signals.label_list`: a report's "Date" /
    "November 2003" / "Author(s)" / "John A. Alic" / ...), within the lines an author box may stand in
    (:data:`_CARD_LINES`) and before a comments section or what follows an article (:func:`~archiver.extract.signals.after_article`)."""
    for i in range(last + 1, min(last + 1 + _CARD_LINES, len(lines) - 1)):
        if after_article(lines[i]):
            return []
        names = dated_label_list(lines, i)
        if names:
            return names
    return []


# An author box's heading under the story, in the languages the blind sets met ("About the author", "Über den Autor",
# "À propos de l'auteur", "Sobre el autor", "L'autore", "Об авторе", "关于作者", "作者简介").
_ABOUT_AUTHOR = frozenset(cue_fold(h) for h in (
    "about the author", "about the writer", "about author", "about the authors", "über den autor", "über die autorin",
    "zum autor", "zur autorin", "à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice",
    "sobre el autor", "sobre la autora", "sobre o autor", "sobre a autora", "l'autore", "l’autore", "sull'autore",
    "об авторе", "关于作者", "關於作者", "作者简介", "作者簡介", "over de auteur", "om forfatteren", "om författaren"))
#: How far under the article's last paragraph an author box may stand (share buttons, tags and a newsletter box
#: come between on the blind sets' pages); a comments section ends the search first.
_CARD_LINES = 25


def _author_card(lines: Sequence[str], last: int, captions: frozenset[int] = frozenset(),
                 window: Sequence[CardLine] | None = None) -> list[str]:
    """The writer an author box under the story names: its heading (:data:`_ABOUT_AUTHOR`), a line that is a full
    name and nothing else right under it, and the box's text opening with that name or its first word ("About the
    author" / "Jane Roe" / "Jane Roe is a reporter ...", "Jane covers ..."). The three together say the name is
    the writer's; a heading over any other text, or a name the box's text does not open with (a newsletter's, a
    related story's), names no one (authleft47: such cards were not read, and the writer went unnamed).
    Before a comments section only (:func:`~archiver.extract.signals.comments_heading`): a reader's profile is no author box.
    A heading straight over the bio, no name line between, names the writer its bio opens with (:func:`_bio_name`:
    "About the Author" / "Author Matt Check is the Head Winemaker ...", round b15auth) when the page credited that
    person before (:func:`_credited_before`, review rva49). ``window``: :func:`card_window` of ``lines`` and ``last``,
    where the caller has it."""
    for i, line, folded in card_window(lines, last) if window is None else window:
        if folded not in _ABOUT_AUTHOR:
            named = _about_named(line, lines[i + 1].strip())
            if named:  # the story's own subject (a review's novelist) is no writer here either
                return [] if _named_in_story(lines, last, named[0].split()[-1], named[0]) else named
            continue
        name, bio = lines[i + 1].strip(), lines[i + 2].strip()
        words = name.split()
        if not full_name(name):
            bio_named = _bio_name(name)
            return [] if not bio_named or _named_in_story(lines, last, bio_named.split()[-1], bio_named, captions) \
                or not _credited_before(lines, i, bio_named) else [bio_named]
        if name_kind(name) != "person":
            return []
        first = words[0] if len(words) > 1 else name
        if bio.startswith(name) or (len(words) > 1 and bio.startswith(first + " ")):
            return [] if _named_in_story(lines, last, words[-1], name, captions) else [name]
        return []
    return []


# An author box's bio opening with the writer's full name and "is"/"was" ("Jane Roe is a reporter ...", "Author Jane
# Roe is ..."), in the languages of :data:`_ABOUT_AUTHOR`; the box's own label word may open it.
_BIO_NAME = re.compile(
    r"^(?:(?:author|autor|autorin|auteur|autrice|autore|autora)\s+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})\s+(?:is|was|ist|war|est|était|es|era|è|é)\s",
    re.IGNORECASE)


def _bio_name(bio: str) -> str | None:
    """The full name an author box's bio opens with (:data:`_BIO_NAME`), a person by
    :func:`~archiver.extract.signals.name_kind`; else None."""
    m = _BIO_NAME.match(bio)
    if m is None or not m.group(1)[:1].isupper():
        return None
    name = m.group(1)
    return name if full_name(name) and name_kind(name) == "person" else None


def _named_in_story(lines: Sequence[str], last: int, surname: str, name: str,
                    captions: frozenset[int] = frozenset()) -> bool:
    """Whether the story (the lines up to its last paragraph, ``lines[last]``) names ``surname`` outside a credit: an
    author box about someone the story is about, a book review's "About the author" of the novelist it discusses
    ("Atwood's new novel ..."), names its subject, not the review's writer, who is rarely named in her own text
    (rva47: the novelist was cited as the writer). A credit line ("By Jane Roe") and the name alone are no mention."""
    if cjk_name_alone(name):  # no spaces part Chinese or Korean words: the name anywhere in a line is a mention
        return any(name in line and line.strip() != name and not credit_line(line) for line in lines[:last + 1])
    word = re.compile(r"(?<!\w)" + re.escape(surname) + r"(?!\w)")
    return any(word.search(line) and line.strip() != name and not credit_line(line) and i not in captions
               for i, line in enumerate(lines[:last + 1]))


def author_box_heading(line: str) -> bool:
    """True when ``line`` heads an author box: "About the author" and its kin (:data:`_ABOUT_AUTHOR`) or "About
    <given name>" ("About Alexa"). What stands under it is the box, not a list of other stories above it."""
    text = line.strip()
    words = text.split()
    return cue_fold(text.rstrip(" :：")) in _ABOUT_AUTHOR or (
        len(words) == 2 and words[0] == "About" and given_name(words[1]))


def _about_named(heading: str, bio: str) -> list[str]:
    """``[name]`` when ``heading`` is "About <given name>" and ``bio`` describes that person as a writer by her full
    name ("About Alexa" / "Alexa Amador is a writer, graphic designer, ..."; :func:`~archiver.extract.signals.writer_bio`): an author box that heads
    itself with the writer's first name (blind13's goloadup.com). "About Us" or a bio of no writer's trade names no one."""
    words = heading.split()
    if len(words) != 2 or words[0] != "About" or not given_name(words[1]):
        return []
    parts = bio.split()
    name = " ".join(parts[:2])
    if len(parts) < 4 or parts[0] != words[1] or not name_word(parts[1]) or name_kind(name) != "person":
        return []
    return [name] if writer_bio(bio, name) else []
