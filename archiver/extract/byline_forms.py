"""Credits printed in forms the byline readers of :mod:`archiver.extract.signals` do not read, each with the second
evidence that makes it a credit (authors-blind15's first run missed one name of each; round b16auth).

:func:`archiver.extract.authors.page_names` asks :func:`headline_forms` only when no credit beside the headline was
read, and :func:`byline_forms` only when the page's "By" line names no one, so a page those readers credit is
read as before. A wrong author in a citation is worse than none: a name alone on a line is never a credit here, it
needs the form's second evidence (a follow widget's handle or a declaration naming the same person, a writing role,
a job-title line, an author bio after the text), and a name the story itself names is its subject.

Why a module of its own: the forms are new (signals.py and authors.py already hold ~4,400 lines of byline rules)
and each is read in one small function that a test can call on a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.given_names import given_name
from archiver.extract.name_letters import initial, name_word
from archiver.extract.place_names import place_name
from archiver.extract.signals import (
    clean_authors,
    credit_lead,
    date_at,
    describes_writer,
    job_title,
    name_kind,
)

#: Lines under the headline a credit is read on (as :func:`archiver.extract.signals.headline_credit` reads).
_BELOW_HEADLINE = 5
#: An author bio stands this many lines either side of the article's last paragraph at most.
_BIO_REACH = 4
#: A block of names with their roles: this many lines at most.
_ROLE_BLOCK = 6

# ----------------------------------------------------------------------------- name shapes


def _fold(text: str) -> str:
    """Lower case without accents: "Montesinos" and "montesinos", "Ramírez" and "ramirez" compare alike."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _bare_name(text: str, *, initials: bool = False) -> bool:
    """True when ``text`` is a person's name and nothing else: two to four capitalised words of letters (a leading
    initial too, "P. Montesinos", when ``initials``), a person by :func:`name_kind`, not a place ("Hong Kong")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 60:
        return False
    lead = 0
    while initials and lead < len(words) - 1 and initial(words[lead]):
        lead += 1
    return all(name_word(w) for w in words[lead:]) and name_kind(text) == "person" and not place_name(text)


def _surname(name: str) -> str:
    return _fold(name.split()[-1])


def _same_person(name: str, declared: str) -> bool:
    """True when a declared name names the person ``name`` prints: the same surname, and the same given name or
    its initial ("P. Montesinos" and "Pablo Montesinos")."""
    a, b = name.replace(".", ". ").split(), declared.split()
    if len(a) < 2 or len(b) < 2 or _surname(name) != _surname(declared):
        return False
    first, other = _fold(a[0]).rstrip("."), _fold(b[0]).rstrip(".")
    return first == other or (len(first) == 1 and other.startswith(first)) or (len(other) == 1 and first.startswith(other))


def _named_in_story(lines: Sequence[str], body: tuple[int, int] | None, name: str, skip: set[int]) -> bool:
    """True when a line of the article's text (``body``'s span, past the lines ``skip``) names ``name``'s surname:
    the story's subject is named again in it, its writer rarely (as :func:`archiver.extract.signals.headline_credit`
    reads a name alone over the date). A line holding the name alone again (an author box) is no mention."""
    if body is None:
        return False
    word = re.compile(r"(?<!\w)" + re.escape(name.split()[-1]) + r"(?!\w)", re.IGNORECASE)
    return any(word.search(lines[k]) for k in range(body[0], min(body[1] + 1, len(lines)))
               if k not in skip and lines[k].strip() != name)


# ----------------------------------------------------------------------------- 1. a follow widget after the name

_FOLLOW = lazy_re.compile(
    r"^(?P<name>\S.{2,58}?)\s+(?:follow|seguir(?:\s+a)?|s[ií]guel[oa]|folgen|suivre|segui|seguire|volgen|obserwuj)"
    r"(?:\s+(?P<handle>@?[\w.]{3,40}))?\s*$", re.IGNORECASE)


_FOLLOW_STEMS = ("follow", "segui", "sígue", "sigue", "folgen", "suivre", "volgen", "obserwuj")


def follow_widget_name(line: str, declared: Sequence[str]) -> list[str]:
    """``[name]`` when ``line`` is a byline with a follow widget's words glued after it ("P. Montesinos Seguir a
    montesinospablo", "Jane Roe Follow @janeroe", "Anna Berg Folgen") and the widget's handle holds the name's
    surname or a ``declared`` name names the same person (the meta's "Pablo Montesinos"): the widget's words are
    the interface's, not the name's. A topic's follow button ("Pablo Iglesias Seguir", a tag under the headline)
    or one whose handle is someone else's names no writer, and nothing is read from it."""
    if len(line) > 100 or not line[:1].isupper() or not any(w in line.casefold() for w in _FOLLOW_STEMS):
        return []  # (a word check first: the pattern is compiled only for a line that may hold a widget)
    m = _FOLLOW.match(line.strip())
    if m is None or not _bare_name(name := m.group("name"), initials=True):
        return []
    handle = _fold(m.group("handle") or "")
    if (len(_surname(name)) >= 3 and _surname(name) in handle) or any(_same_person(name, d) for d in declared):
        return [name]
    return []


# ----------------------------------------------------------------------------- 2. a handle, then the full name

_HANDLE = lazy_re.compile(r"@?(?=\w*(?:[a-z][A-Z]|\d|_))[A-Za-z][\w.]{3,40}$")


def handle_byline(lines: Sequence[str], declared: Sequence[str]) -> list[str]:
    """``[full name]`` when a credit line names a handle ("Written by TurboTaxLisa": one word run together of
    several, or with digits) and another credit line of the page names in full a person a ``declared`` name
    agrees on ("Written by Lisa Greene-Lewis" in the author box, the meta naming her), whose name's word the handle
    holds ("Lisa"). A handle is never a person's name; the full name the box and the declaration agree on is the
    page's credit. A handle that holds no word of that name may credit someone else, and names no one here."""
    handles = []
    for line in lines:
        at = credit_lead(line) if len(line) <= 100 else None
        rest = line[at:].strip() if at is not None else ""
        if rest and _HANDLE.match(rest):
            handles.append(_fold(rest))
    if not handles:
        return []
    for line in lines:
        at = credit_lead(line) if len(line) <= 100 else None
        if at is None:
            continue
        for name in clean_authors(line[at:], led=True):
            words = [_fold(w) for w in re.split(r"[\s-]+", name) if len(w) >= 3]
            if len(name.split()) >= 2 and any(_same_person(name, d) for d in declared) \
                    and any(w in h for w in words for h in handles):
                return [name]
    return []


# ----------------------------------------------------------------------------- 3. names with their roles

_ROLE_LINE = lazy_re.compile(r"^(?P<name>[^()]{3,60}?)\s*\((?P<role>[^()]{2,40})\)\s*$")
#: The words of a role that writes the page (in the blind sets' languages).
_WRITING = frozenset((
    "writer", "author", "journalist", "reporter", "correspondent", "columnist", "contributor", "blogger",
    "autor", "autora", "autorin", "auteur", "auteure", "autore", "autrice", "periodista", "journaliste",
    "giornalista", "jornalista", "redactor", "redactora", "rédacteur", "rédactrice", "schriftsteller"))
#: "Content Manager", "Content Writer": a content role's second word.
_CONTENT_ROLES = frozenset(("manager", "writer", "creator", "strategist", "specialist", "lead", "producer"))
#: Roles that check, edit or measure what someone else wrote: never its writer ("Data Analyst", "Editor-in-Chief":
#: an editor is never cited as the writer, :func:`archiver.extract.authors._only_as_editor`).
_NOT_WRITING = frozenset(("editor", "analyst", "reviewer", "checker", "fact-checker", "researcher", "photographer",
                          "illustrator", "designer", "tester", "expert", "advisor", "adviser", "redakteur",
                          "redakteurin", "éditeur", "editora", "editore"))


def _writing_role(role: str) -> bool:
    """True when ``role`` names a writer's trade ("Content Manager", "Staff Writer", "Autora") and no trade that
    checks or edits another's text ("Data Analyst", "Editor-in-Chief", "Writer and Editor" is both: refused)."""
    words = [_fold(w) for w in re.split(r"[\s,/&-]+", role) if w]
    if any(w in _NOT_WRITING for w in words):
        return False
    return any(w in _WRITING for w in words) or any(
        a == "content" and b in _CONTENT_ROLES for a, b in zip(words, words[1:], strict=False))


def role_credits(lines: Sequence[str], i: int) -> list[str]:
    """The names of the block of "<name> (<role>)" lines from ``lines[i]`` on ("Lance Ryan (Content Manager)" /
    "Mycle (Editor-in-Chief)" / "Jeffrey Callahan (Data Analyst)", a ranking's credited staff under its headline)
    whose role writes (:func:`_writing_role`): ``["Lance Ryan"]``. The role is no part of the name; a full name
    only (two words or more), since no lead word says these are credits; a party or a state in brackets ("Nancy
    Pelosi (D-Calif.)") is no role and credits no one."""
    out: list[str] = []
    for line in lines[i:i + _ROLE_BLOCK]:
        m = _ROLE_LINE.match(line.strip()) if len(line) <= 100 and line.rstrip().endswith(")") else None
        if m is None:
            break
        name = m.group("name").strip()
        if _bare_name(name) and _writing_role(m.group("role")):
            out.append(name)
    return out


# ----------------------------------------------------------------------------- 4. a dateline's name

_DATELINE = lazy_re.compile(
    r"^(?P<date>\d.{4,38}?)[.,]?\s+(?P<time>\d{1,2}[:.]\d{2}\s*(?:h|hs|horas)?)\.?\s+(?P<name>[^\d,]{3,60}),\s*"
    r"(?P<city>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:de\s+|del\s+|la\s+|de\s+la\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})\s*\.?\s*$")


def dateline_name(line: str) -> list[str]:
    """``[name]`` when ``line`` is a dateline of date, time, writer and city ("09 de febrero de 2017. 17:18h
    Francisco Velasco, Madrid."), as Spanish news sites print it; only that whole pattern: an agency in the
    writer's place ("Europa Press") is no person, a name followed by a role or a sentence is no dateline."""
    if len(line) > 120 or not line[:1].isdecimal() or "," not in line:
        return []
    m = _DATELINE.match(line.strip())
    if m is None or date_at(m.group("date").strip()) is None:
        return []
    name = m.group("name").strip()
    city = m.group("city").split()
    # a city, not a second person: "Francisco Velasco, Juan Pérez." opens its second part with a given name
    return [name] if _bare_name(name) and not (len(city) >= 2 and given_name(city[0])) else []


# ----------------------------------------------------------------------------- 5. a name line, second evidence

_BIO_VERBS = frozenset(("is", "was", "es", "fue", "era", "est", "était", "ist", "war", "è", "é", "foi", "jest"))


def _bio_after_text(lines: Sequence[str], name: str, body: tuple[int, int], skip: int) -> int | None:
    """The index of an author bio near the article's end that opens with ``name`` in any case and a verb of being
    ("CAMELIA TIGAU es investigadora del ...", "Mara Quill is a ..."), other than line ``skip``; else None."""
    key = _fold(name)
    for k in range(max(body[0], body[1] - _BIO_REACH), min(len(lines), body[1] + _BIO_REACH + 1)):
        line = lines[k]
        if k == skip or len(line) < len(name) + 10 or _fold(line[:len(name)]) != key:
            continue
        rest = line[len(name):].split(None, 1)
        if rest and rest[0].casefold() in _BIO_VERBS:
            return k
    return None


def _title_line(line: str) -> bool:
    """True when ``line`` is a job title on its own ("Head of Product Marketing and GTM Strategy", "Senior
    Reporter"): no sentence, no second name, no figure ("3 comments", "320 pages"), no trade that edits or checks
    another's text ("Editor", :data:`_NOT_WRITING`: the name over it is the editor's)."""
    text = line.strip()
    if not 0 < len(text) <= 80 or text.endswith(".") or any(c.isdecimal() for c in text) or _bare_name(text):
        return False
    if any(_fold(w) in _NOT_WRITING for w in re.split(r"[\s,/&-]+", text)):
        return False
    return describes_writer(text) or job_title(text)


def _dated_title(lines: Sequence[str], i: int) -> bool:
    """True when ``lines[i + 1]`` is a job title (:func:`_title_line`) and ``lines[i + 2]`` the story's date ("Dhan
    Mannakkara" / "Head of Product Marketing and GTM Strategy" / "August 29, 2025"): a blog's byline block. Without
    the date a name over a title is as often a picture's subject ("Harbour Works Director", authors-blind11)."""
    return i + 2 < len(lines) and _title_line(lines[i + 1]) and len(lines[i + 2].strip()) <= 40 \
        and date_at(lines[i + 2].strip()) is not None


#: A standfirst is a sentence or more: longer than this (as the article's paragraphs are read, authors.py).
_STANDFIRST_CHARS = 40


def _under_standfirst(lines: Sequence[str], i: int, at: int, body: tuple[int, int]) -> bool:
    """True when the line right above ``lines[i]`` is the article's standfirst: a line of its text (``body``'s
    span), not the headline at ``at``, a sentence long, and the text's first such line under the headline. A name
    line under the story's second paragraph is inside the story (a quoted person's, a list's), not under its
    standfirst (authleft54: any long line of the text above the name was taken for the standfirst). A long line
    above the text (a date and its categories) does not count: it is no paragraph of the story."""
    k = i - 1
    return k != at and body[0] <= k <= body[1] and len(lines[k].strip()) > _STANDFIRST_CHARS \
        and not any(len(lines[j].strip()) > _STANDFIRST_CHARS for j in range(max(at + 1, body[0]), k))


def name_line_credit(lines: Sequence[str], i: int, at: int, body: tuple[int, int] | None) -> list[str]:
    """``[name]`` when ``lines[i]``, under the headline at ``at``, is a person's name alone with a second evidence:
    a job-title line right under it within three lines of the headline and the date under that ("Dhan Mannakkara"
    / "Head of Product Marketing and GTM Strategy" / "August 29, 2025": :func:`_dated_title`); or, right under the
    standfirst (:func:`_under_standfirst`), an author bio at the article's end opening with
    the same name in any case ("CAMELIA TIGAU es investigadora ..."): a name in a box over the story (a reviewed
    book's novelist, whose "About the Author" closes the review, rva49) is not under the standfirst. And the story
    does not name the person (:func:`_named_in_story`: its subject is named again in it). A lone name line is
    never read."""
    name = lines[i].strip()
    if not _bare_name(name):
        return []
    skip = {i}
    if i - at <= 3 and _dated_title(lines, i):
        skip.add(i + 1)
    elif body is not None and _under_standfirst(lines, i, at, body) \
            and (bio := _bio_after_text(lines, name, body, i)) is not None:
        skip.add(bio)
    else:
        return []
    return [] if _named_in_story(lines, body, name, skip) else [name]


# ----------------------------------------------------------------------------- the two entries


def headline_forms(lines: Sequence[str], at: int, body: tuple[int, int] | None, declared: Sequence[str]) -> list[str]:
    """The credit read under the headline at ``lines[at]`` in one of these forms (nearest line first): a byline
    glued to a follow widget, a block of names with roles, a name line with its second evidence. Nothing below the
    article's last paragraph."""
    last = body[1] if body is not None else len(lines) - 1
    for i in range(at + 1, min(at + 1 + _BELOW_HEADLINE, last + 1, len(lines))):
        line = lines[i]
        if not line or len(line) > 100:
            continue
        names = follow_widget_name(line, declared) or role_credits(lines, i) or name_line_credit(lines, i, at, body)
        if names:
            return names
    return []


def byline_forms(lines: Sequence[str], declared: Sequence[str]) -> list[str]:
    """The page's byline read in one of these forms: a handle's full name (:func:`handle_byline`), or the writer of
    a dateline (:func:`dateline_name`), the first on the page, when a ``declared`` name names the same person: a
    dateline's shape alone (date, time, name, city) is also a caption's or an event's ("... 17:18h Plaza Mayor,
    Madrid."), so the form only places a name the page declares (authleft54: it was read without one, and left
    to the policy after it)."""
    found = handle_byline(lines, declared)
    if found:
        return found
    for line in lines:
        if line[:1].isdecimal() and (names := dateline_name(line)):
            return names if all(any(_same_person(n, d) for d in declared) for n in names) else []
    return []


__all__ = ["byline_forms", "dateline_name", "follow_widget_name", "handle_byline", "headline_forms",
           "name_line_credit", "role_credits"]
