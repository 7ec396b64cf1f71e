"""A writer's name alone on its line right under the headline, over the story's date line, with no lead word and no
declaration (authors-blind16's first run missed two: "Matteo Laratta" between the ``<h1>`` and "Last Updated:",
"Emmanuel Oyibo" over a topic tag and "Published on ..."; round b17auth).

A wrong author is worse than none, and a name alone under a headline is as often the story's subject, a topic or a
reviewed book's author, so each reading here needs all of: the line is right under the headline (or under the
headline printed twice); it is a person's full name of two words by the given-name list (its first word a listed given name,
:func:`archiver.extract.given_names.given_name`, no place, a person by
:func:`archiver.extract.signals.name_kind`); the post's date line follows it within two lines, at most one short topic
tag ("#Cloud Computing") between, a date label ("Last Updated:", "Published on ...", "Veröffentlicht am ...") or a
date; and the story never names the surname (its subject is named again in it). :func:`archiver.extract.signals.
headline_credit` reads a name over a date only on the very next line; this reads the block a byline widget prints.

Round b18auth (authors-blind17's first run missed five such names) widened the block read, each widening with its
own evidence: the date may stand just over the headline instead of under the name (a post's meta line printed
above the ``<h1>``, tags under the name); one standfirst sentence may stand between the headline and the name; a
writer's card at the story's end ("Jane Roe" / "Jane Roe is the CEO of ...", :func:`_card_bio`) is no mention of a
subject. A name whose first word is not on the given-name list, or of three words, is read only with strong second
evidence: the same name alone under an author box's heading after the story ("About the Author" / "Zander Dejah") or
heading a writer's card there; nothing else on these pages tells a writer from a subject or a topic.

Review rva58: the date over the headline ties nothing to the name under it. A kicker, a topic's tag, a brand or the
story's subject stand there as often ("Roland Garros", "Hugo Boss", "Angela Merkel" on a page whose author box names
someone else: 8 of the 13 such pages review rva58 wrote gave a wrong person), so that form needs the author box's evidence for
every name; a card under another box's heading ("About the company" / "Hugo Boss" / "Hugo Boss is ...",
:func:`~archiver.extract.box_headings.other_box_heading`) is none.

Round b19auth (authors-blind18's first run): the writer's credential line under the name ("Asser Christensen" /
"Licensed Q Arabica Grader, M.A. Journalism") stands for the date line, and a name without a listed given name is
then read when the page prints it alone again after the story (the writer's card).

Round lead65 (notices-blind34's leftover): a link back to the listing ("Back to all") and the post's date line may stand
between the headline and the name; the name still needs its own evidence under it.

Why a module of its own: signals.py and byline_forms.py hold the other byline readers (and another round edits them
now); this one form is read in one function a test can call on lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.author_box import author_box_heading
from archiver.extract.box_headings import other_box_heading
from archiver.extract.byline_titles import ends_on_role, opens_with_given_name, title_only
from archiver.extract.credential_names import credential_line
from archiver.extract.name_letters import name_word, surname_echo
from archiver.extract.place_names import place_name
from archiver.extract.signals import date_at, full_name, job_title, name_kind


# Two words only, as signals' _name_over_date reads a name over a date: a third is as often a follow button's
# ("Pablo Iglesias Seguir", a topic's tag over the date), a school's or a team's after a person's name. Three words are
# read only with an author box's evidence (:func:`_boxed_after`): a middle name or a double surname. Each word a name's
# by :func:`~archiver.extract.name_letters.name_word`, in any script ("Łukasz Wąsik", "Анна Петрова"; round auth59:
# a Latin-1 class lost every letter past "ÿ").
def _name_of(name: str, words: int) -> bool:
    parts = name.split()
    return len(parts) == words and all(name_word(w) for w in parts)


# A writer's card: the name alone, then a bio opening with it and "is"/"was" in the six languages.
_BIO_VERB = lazy_re.compile(r"\s(?:is|was|ist|war|est|était|es|era|è|é)\s")
# A role line between a card's name and its bio ("CEO & Co-Founder at WunderGraph"): at most this many words.
_ROLE_WORDS = 8
# A standfirst between the headline and the name: a sentence of at least this many words.
_STANDFIRST_WORDS = 8
# A post's date line, opened by its label (the date itself may be drawn by the page's scripts: "Last Updated:" alone).
_DATE_LABEL = lazy_re.compile(
    r"^\W{0,2}(?:published|posted|updated|last\s+updated|last\s+modified|veröffentlicht|aktualisiert|"
    r"zuletzt\s+aktualisiert|publié|mis\s+à\s+jour|publicado|actualizado|atualizado|pubblicato|aggiornato)"
    r"(?:\s+(?:on|am|le|el|em|il))?\s*(?::|$|\s+\d|\s+[A-Za-zÀ-ÿ]{3,9}\.?,?\s+\d)", re.IGNORECASE)
# A topic tag printed between the writer and the date ("#Cloud Computing"): a hash and a few words, nothing else.
_TAG = lazy_re.compile(r"^#\s?[^\W\d_][\w&' -]{1,40}$")
#: Lines under the headline the name may stand on (the headline is printed twice by some themes: its title line too).
_UNDER = 2
#: A link back to the listing printed between the headline and the byline ("Back to all", "Back to blog", "Zurück zur
#: Übersicht"): a few words opened by "back", no part of the byline.
_BACK_LINK = lazy_re.compile(r"^\W{0,2}(?:back|zurück|retour|volver|voltar|torna|назад)\b[^.!?]{0,24}$", re.IGNORECASE)


def _date_line(line: str) -> bool:
    text = line.strip()
    return len(text) <= 80 and (_DATE_LABEL.match(text) is not None or (len(text) <= 40 and date_at(text) is not None))


#: The separators of a byline's parts on one line ("Aaron Ricadela | Senior Writer | July 2, 2025").
_PARTS = lazy_re.compile(r"\s+[|·•]\s+")
#: A name of two or three words, no digit.
_NAME_ONLY = lazy_re.compile(r"^[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,2}$")
#: What may stand between the name and the date on one line.
_BETWEEN = "-–—|·•, "


def _name_before_date(line: str) -> str | None:
    """The name of a line printing a name and then the post's date (:func:`_date_line`): "Khalid Abuhakmeh December 15,
    2022", "Oshan Jarow - May 9th, 2020", or in parts with the writer's role between ("Aaron Ricadela | Senior Writer |
    July 2, 2025", the role ending on a role's word or read as a job title); None for any other line. The name is two
    words, or three ("Mary Ann Smith") where two leave no date after them."""
    text = line.strip()
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return None
    parts = _PARTS.split(text)
    if len(parts) == 3:
        role = parts[1]
        named = _NAME_ONLY.match(parts[0]) and (ends_on_role(role) or title_only(role) or job_title(role))
        return parts[0] if named and _date_line(parts[2]) else None
    for words in (2, 3):
        pieces = text.split(None, words)
        if len(pieces) == words + 1:
            name, rest = " ".join(pieces[:words]).rstrip(_BETWEEN), pieces[words].lstrip(_BETWEEN)
            if _NAME_ONLY.match(name) and _date_line(rest):
                return name
    return None


def _dated_below(lines: Sequence[str], i: int) -> bool:
    """True when the post's date line follows line ``i``: on the next line, or on the one after a topic tag."""
    if i + 1 < len(lines) and _date_line(lines[i + 1]):
        return True
    return i + 2 < len(lines) and _TAG.match(lines[i + 1].strip()) is not None and _date_line(lines[i + 2])


def _credential_below(lines: Sequence[str], i: int) -> bool:
    """True when the line under the name is the writer's credential ("Licensed Q Arabica Grader, M.A. Journalism",
    "Registered Dietitian", :func:`~archiver.extract.credential_names.credential_line`): a byline widget presenting
    its writer, in place of the date line (round b19auth: authors-blind18's first run took the credential for the
    name and missed the writer)."""
    return i + 1 < len(lines) and len(lines[i + 1]) <= 80 and credential_line(lines[i + 1].split(",")[0])


def _alone_after(lines: Sequence[str], body: tuple[int, int], name: str) -> bool:
    """True when the page prints ``name`` alone on a line after the story's last paragraph (its writer's card)."""
    return any(lines[k].strip() == name for k in range(body[1] + 1, len(lines)))


def _dated_above(lines: Sequence[str], at: int) -> bool:
    """True when the post's date line stands just over the headline at ``lines[at]`` (one of the two lines above it:
    "April 18, 2024" / headline / name / tags)."""
    return any(_date_line(lines[k]) for k in range(max(at - 2, 0), at))


def _card_bio(lines: Sequence[str], k: int, name: str) -> bool:
    """True when ``lines[k]`` is a writer's card's bio: it opens with ``name`` and "is"/"was", right under the name
    alone, a short role line between or not ("Jane Roe" / "CEO at Example" / "Jane Roe is the CEO of ..."). A card
    names its writer; it is no mention of a subject."""
    text = lines[k].strip()
    alone = (k > 0 and lines[k - 1].strip() == name) or \
        (k > 1 and lines[k - 2].strip() == name and len(lines[k - 1].split()) <= _ROLE_WORDS)
    if not alone:
        return False
    # the bio may call its writer by the given name alone ("Shahzeb Ahmed" / "Shahzeb is a Digital Marketer ...":
    # authors-blind19's first run missed him; round b20auth), as a card under the name itself does
    return any(text.startswith(opening) and _BIO_VERB.match(text[len(opening):len(opening) + 8]) is not None
               for opening in (name, name.split()[0]))


def _named_in_story(lines: Sequence[str], body: tuple[int, int], name: str, at: int) -> bool:
    surname = surname_echo(name.split()[-1])  # or a form of it: "Slava Ukraini" over a story of "Ukraine" (auth59)
    return any(surname.search(lines[k]) for k in range(max(body[0], at + 1), min(body[1] + 1, len(lines)))
               if lines[k].strip() != name and not _card_bio(lines, k, name))


def _boxed_after(lines: Sequence[str], body: tuple[int, int], name: str) -> bool:
    """True when, after the story's first lines, the page prints ``name`` alone under an author box's heading
    ("About the Author" / "Zander Dejah", :func:`~archiver.extract.author_box.author_box_heading`) or heading a
    writer's card (:func:`_card_bio`): the strong second evidence a name without a listed given name needs."""
    for k in range(body[0] + 1, len(lines)):
        if lines[k].strip() != name:
            continue
        if author_box_heading(lines[k - 1]):
            return True
        if not other_box_heading(lines[k - 1]) and any(_card_bio(lines, j, name) for j in (k + 1, k + 2) if j < len(lines)):
            return True
    return False


def _standfirst(line: str) -> bool:
    """True for a standfirst under the headline: a sentence of :data:`_STANDFIRST_WORDS` words or more."""
    return len(line.split()) >= _STANDFIRST_WORDS


def _person(name: str, lines: Sequence[str], body: tuple[int, int], credential: bool = False) -> bool:
    """True when ``name`` reads as a person's: two words with a listed given name, or, with an author box's
    evidence (:func:`_boxed_after`), two or three words, none a place, a person by
    :func:`~archiver.extract.signals.name_kind`."""
    if len(name) > 40 or place_name(name) or not full_name(name) or name_kind(name) != "person":
        return False
    if _name_of(name, 2) and opens_with_given_name(name):
        return True
    return (_name_of(name, 2) or _name_of(name, 3)) and (
        _boxed_after(lines, body, name) or (credential and _alone_after(lines, body, name)))


def name_line_under_headline(lines: Sequence[str], at: int, body: tuple[int, int] | None) -> list[str]:
    """``[name]`` when a line right under the headline at ``lines[at]`` is a person's full name alone over the
    post's date line, and the story names no one of that surname (see the module's docstring); else ``[]``. Without
    the article's span (``body``) nothing is read: the story's mentions cannot be told."""
    if body is None:
        return []
    skipped = 0  # the headline printed again, one standfirst, a link back to the listing, the post's date line
    dated = False
    for i in range(at + 1, min(at + 1 + _UNDER + 1, len(lines))):
        name = lines[i].strip()
        if name == lines[at].strip() or (_standfirst(name) and skipped == 0) or _BACK_LINK.match(name):
            skipped += 1
            continue
        if not dated and _date_line(name):
            # "Back to all" / "Last Updated January, 2025" / "Liz Kenny" / "Former McKinsey Consultant" (notices-blind34's
            # consulting blog, round lead65): the date under the headline, then the byline; the name still needs its
            # credential or a date under it
            dated = True
            skipped += 1
            continue
        dated_with = _name_before_date(name)
        if dated_with is not None and i - at <= _UNDER + skipped:
            # "Khalid Abuhakmeh December 15, 2022", "Oshan Jarow - May 9th, 2020", "Aaron Ricadela | Senior Writer |
            # July 2, 2025": the name and the post's date on one line (session 64: six writers of the blind sets'
            # pages were lost so); the name's checks are the name-alone line's, its date is on the line itself
            ok = _person(dated_with, lines, body) and not _named_in_story(lines, body, dated_with, i)
            return [dated_with] if ok else []
        credential = _credential_below(lines, i)
        if i - at > _UNDER + skipped or not _person(name, lines, body, credential):
            return []
        # the date over the headline ties nothing to the name: a kicker, a tag, the story's subject stand so too
        # ("Angela Merkel", "Roland Garros", "Hugo Boss"; review rva58), so that form needs the author box's evidence
        above = _dated_above(lines, at) and _boxed_after(lines, body, name)
        if not (_dated_below(lines, i) or above or credential) or _named_in_story(lines, body, name, i):
            return []
        return [name]
    return []


__all__ = ["name_line_under_headline"]
