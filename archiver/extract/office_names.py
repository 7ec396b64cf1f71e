"""Offices, departments and job titles printed where a writer's name stands: no person to cite.

Why a module of its own: :func:`archiver.extract.signals.name_kind` decides person or organisation from
words, and authors-blind14's first run (issue 15, round b15auth) met two credits no word it knew gave away: a
university office's blog byline "Illinois Admissions" (a department's word, not an organisation's) and the job
title after a byline, "This post was written by Danielle Padula, Head of Marketing and Community Development",
whose "and" split the title into "Head of Marketing" and "Community Development", the second reported as a
person. The two checks here are what those classes have in common with their neighbours ("Office of
Communications", "Marketing Team", "Director of Sales and Marketing", "VP of Product", "Public Relations"):

- a department's or a function's word (:data:`DEPARTMENT_WORDS`: admissions, communications, marketing,
  public relations, human resources ... in the seven languages the extractor reads): a name holding one is an
  organisation's, never a person's (none of these words is a given or family name; "Sales", a Catalan surname,
  and "Support" are left out for that reason, and "Press", "Post", "Service" are judged elsewhere);
- the English word "of" in lower case inside a credit of two or more words ("Head of Marketing", "Director of
  Communications", "University of Michigan"): a title or a body's name, no person's. A person's name never holds
  it (the particles of names are "de", "di", "van", "von" ..., which stay names); "Catherine of Aragon" is no
  byline.
"""

from __future__ import annotations

import re

from archiver.extract.given_names import given_name
from archiver.extract.wordlist import WordList

#: A department's or a function's word in seven languages; one- and two-word entries, matched as whole words.
DEPARTMENT_WORDS = WordList((
    "admissions", "admission office", "communications", "comms", "marketing", "public relations",
    "media relations", "investor relations", "alumni relations", "human resources", "customer success",
    "customer support", "customer service", "customer care", "outreach", "recruiting", "recruitment",
    "enrollment", "enrolment", "student affairs", "development office",
    "öffentlichkeitsarbeit", "pressestelle", "unternehmenskommunikation", "kommunikation", "kundenservice",
    "communication", "relations presse", "service client", "comunicación", "comunicacion", "relaciones públicas",
    "comunicazione", "ufficio stampa", "comunicação", "comunicacao", "assessoria de imprensa",
    "пресс-служба", "отдел маркетинга",
))

_TITLE_OF = re.compile(r"\S\s+of\s+\S")

#: The last word of a field's or a topic's name, as a blog prints its category where a byline stands ("HR Strategy",
#: "Data Science", "Sales Management", "Cloud Security"): no given or family name ends a person's name so (session 64:
#: a layout guess of "HR Strategy" was reported as a person, authors-blind26). English only; none of these words ends
#: a labelled person's name in any label file here (2,671 names).
FIELD_WORDS = frozenset((
    "strategy", "strategies", "science", "sciences", "management", "analytics", "engineering", "development",
    "leadership", "operations", "security", "finance", "technology", "technologies", "innovation", "compliance",
    "governance", "productivity", "wellness", "insights", "trends"))


def department_name(name: str) -> bool:
    """True when ``name`` holds a department's or function's word (:data:`DEPARTMENT_WORDS`): "Illinois
    Admissions", "Office of Communications", "Marketing Team", "Pressestelle"; such a credit is an
    organisation's. "Jane Marketing" is no name either way: the word is no given or family name."""
    return DEPARTMENT_WORDS.search(name)


def field_name(name: str) -> bool:
    """True when ``name`` is two or three capitalised words ending on a field's word (:data:`FIELD_WORDS`: "HR Strategy",
    "Data Science") and opening with no listed given name: a category printed where a byline stands, no one's name
    ("Grace Science" stays a name to judge)."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[-1].casefold() in FIELD_WORDS and not given_name(words[0])


def titled_phrase(name: str) -> bool:
    """True when ``name`` holds the lower-case English "of" between two words ("Head of Marketing", "VP of
    Sales", "University of Michigan"): a job title or a body's name, never a person's. "Of" capitalised, as a
    title's or a brand's ("Pirates Of Penzance") or a name particle in other languages ("de", "di") is not
    read here."""
    return " of " in name and _TITLE_OF.search(name) is not None


def title_tail(name: str, line: str) -> bool:
    """True when ``line`` prints ``name`` as the second half of an "of ... and ..." phrase ("Danielle Padula,
    Head of Marketing and Community Development", "Department of Health and Human Services"): the end of a job
    title or of a body's name, which a layout reading split at its "and" (authors-blind14's "Community
    Development"). Only the form is read: the name right after "and"/"&", with "of" and one to four words
    before that conjunction."""
    at = line.find(name)
    if at <= 0:
        return False
    return _TAIL_BEFORE.search(line[:at]) is not None


_TAIL_BEFORE = re.compile(r"\sof\s+(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s+(?:and|&)\s+$")
