"""What the reader sees, for fields the page does not declare: bylines ("By Stephen Lendman"),
datelines ("Global Research, June 04, 2019"), dates written into URLs; and the normalisation of
declared values (author lists without "By", job titles or emails; ISO 8601 dates).

Why one file of ~3,000 lines: every reading here is a set of patterns over the same visible lines
and the same name checks (person or organisation, in seven languages), which the byline, the
credit beside the headline, the sign-off and the dateline readers all apply, each pattern beside the
cheap check that keeps it from being compiled for lines it cannot match (issue 13); review 14 added
the lines that end an article's sign-off (comments headings, teasers' leads) and the names that hold an
organisation's word, which the same readers ask; issue 15's rounds added the dateline's words that end a name
(months as given names and surnames, lower-case months of fifteen languages, a handle run on); round left46 (2026-12-01)
the name checks' kinds of place, public bodies, brands and glued names (read again at ~1,900 lines: the name checks are
the part to move out next, into a module of their own beside :mod:`archiver.extract.values`); round authleft47 (2026-12-02)
a role before the name, lower-case credits and the author box after the story, and moved the Korean, Chinese and
Japanese credit readers out (:mod:`archiver.extract.cjk_credits`; read again at ~2,080 lines, the name checks are still
the part to move next); round b14auth (2026-12-02) an author field's label over its names, a name over a reading
time or before its publication and an "About <given name>" author box (~2,190 lines); review rvb14a (2026-12-02) moved
the author-box readers out (:mod:`archiver.extract.author_box`; ~2,160 lines); round role47 (2026-12-02) a role
that opens a name makes it no person's (~2,180 lines); round authleft48 (2026-12-02) a publication after a name, a
book's record, a work's credits and "unknown" in each script, and moved the role and place word lists out
(:mod:`archiver.extract.name_kind_words`; ~2,250 lines); round b15auth (2026-12-02) first names joined by "and", a
recipe card's label, a sentence lead before the writer and a theme's meta line ending in the name (its office and
title checks went to :mod:`archiver.extract.office_names`; ~2,350 lines); review rva49 (2026-12-02) a recipe
card's dish told from its writer by the article's common nouns (~2,370 lines); review rvx49 (2026-12-02) a surname printed first whole (~2,400 lines); task auth50 (2026-12-02) a writer "of" an
organisation, a surname's particles after a lead-like first one, a place on a meta line (~2,450 lines); task authleft51
(2026-12-02) an affiliation or a place after the name in five languages, a recipe label's dish, an author box's credit
confirming a name over the date (~2,580 lines); review rva51 (2026-12-02) a place or an institution named for a
given name, an outlet after an uncontracted article or after a surname's "vom"/"du" (~2,620 lines); round authleft57
(2026-12-02) a party or a body after the particle, an elided article's organisation and an organisation's name without
the sentence's article (~2,830 lines); round auth60 (2026-12-02) a firm's trade word and a "From <Title>" source
piece (~2,990 lines). The decision
between sources is
elsewhere (:mod:`archiver.extract.authors`, :mod:`archiver.extract.metadata`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import SplitResult, urlsplit

from archiver.core import lazy_re
from archiver.extract import byline_lists, byline_titles, cjk_credits, office_names
from archiver.extract.byline_titles import ROLE_TAIL as _ROLE_TAIL
from archiver.extract.cjk_name_forms import cjk_name_form
from archiver.extract.contributor_roles import other_contribution
from archiver.extract.cue_match import Folding, Guarded, StartGuarded, cue_fold
from archiver.extract.desk_words import desk_credit
from archiver.extract.given_names import given_name
from archiver.extract.name_kind_words import (
    GERMAN_PARTY_DATIVES,
    INSTITUTION_GIVEN_NAMES,
    MULTI_WORD_PLACES,
    ORG_WORDS_AS_SURNAME,
    PLACE_GIVEN_NAMES,
    PLACE_WORDS,
    ROLE_BEFORE_WORDS,
    ROLE_TRADE_WORDS,
    ROMANCE_CITIES,
    TITLE_MODIFIERS,
    TITLES_BEFORE_OF,
)
from archiver.extract.name_letters import (
    PARTICLES,
    glued_words,
    name_word,
    prefixed_name_word,
    surname_echo,
)
from archiver.extract.place_names import SURNAME_PLACE_WORDS, place_name
from archiver.extract.values import clean_value
from archiver.extract.wordlist import WordList, expand

_WS = lazy_re.compile(r"\s+")


# ----------------------------------------------------------------------------- guards
# Cheap necessary checks run before a pattern, so that the pattern is compiled only for a text it
# may match. Why: sre compiles in pure Python, and a class holding Latin and Cyrillic letters
# costs ~0.2 ms (a 64K bitmap); one ``archive URL`` compiled ~8 ms of this module's patterns
# for lines that none of them matched (issue 13). The checks are :mod:`archiver.extract.cue_match`'s,
# read from each pattern itself: a lead anchored at the text's start (:class:`StartGuarded`) is
# matched only on a text whose first word opens as its matches do, a pattern searched anywhere
# (:class:`Guarded`) only on a text holding a string its matches need (both shipped in
# :mod:`archiver.extract.cue_needs`: run ``make cue-tables`` after editing one). Each answers False only where
# its pattern cannot match; tests/test_extract_signals_guards.py compares both on the lines of
# the bundled pages and on generated strings.


def _caps(c: str) -> bool:
    """Whether ``c`` is one character of the class ``[A-ZÀ-ÖØ-ÞА-ЯЁ]``."""
    return c != "" and ("A" <= c <= "Z" or "À" <= c <= "Ö" or "Ø" <= c <= "Þ" or "А" <= c <= "Я" or c == "Ё")


# "Analysis by", "Opinion by", "Reporting by": a genre label before "by" is not part of the name.
# "This post was written by", "This article was authored by": the writer's lead said as a sentence under the
# post (authors-blind14's "This post was written by Danielle Padula, Head of ...", round b15auth).
_SENTENCE_LEAD = (r"(?:this|the)\s+(?:blog\s+)?(?:post|article|story|piece|guide|review|essay)\s+(?:was|is)\s+"
                  r"(?:written|authored|contributed)\s+by")
#: A lead that is a sentence saying who wrote the piece (:data:`_SENTENCE_LEAD`): its line may run past a byline's
#: length with the writer's titles ("This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview
#: Health.": authors-blind35's first run).
_SENTENCE_LEAD_OPENS = lazy_re.compile(r"^\W{0,3}" + _SENTENCE_LEAD, re.IGNORECASE)
#: The word that joins a list's last writer ("A, B and C", "A, B & C").
_LIST_JOIN = lazy_re.compile(r"\s(?:and|&|und|et|y|e)\s", re.IGNORECASE)
#: A writer's titles after her name's comma: a degree or post-nominal in capitals, or a trade in lower case.
_TITLES_AFTER = lazy_re.compile(r",\s+((?-i:[A-Z]{2,5}|[A-Z]\.[A-Z]\.|Ph\.?D\.?|(?-i:[a-z])[\w-]*)\b)")
_BY_PREFIX = StartGuarded(lazy_re.compile(
    r"^\W*((?:analysis|opinion|commentary|column|essay|perspective|story|words|reporting|report|interview|"
    r"written|authored|posted)\s+by|" + _SENTENCE_LEAD + r"|(?:un\s+)?texte\s+de|by|von|par|por|de|di|door|af|av|autor(in)?|author|"
    # the plural labels ("Authors Julie Weisenhorn; Natalie Hoidal", trafilatura's guess of "Authors: ...": session 64)
    r"authors|autoren|autores|auteurs|text|texte|текст|автор|"
    r"بقلم|كتب|كتبت|إعداد)\s*[:：]?\s+"
    r"|^\W*(?:著者|筆者|文|取材・文|執筆)\s*[:：●・]\s*",
    re.IGNORECASE,
))


def _without_by(text: str) -> str:
    """``_BY_PREFIX.sub("", text)``, the pattern compiled only where it may match."""
    return _BY_PREFIX.sub("", text)


# Leads that are also the first word of a name ("Di Stevens", "De Smith", "Van Morrison", "Da Silva"): after a
# lead that opened the credit ("By Di Stevens"), such a word is the name's, not a second lead.
_NAME_OPENING_LEADS = frozenset(("di", "de", "da", "von", "van"))


def _without_lead_of_name(piece: str, led: bool) -> str:
    """``piece`` without a writer's lead (:func:`_without_by`), unless a lead opened the credit already (``led``)
    and the word taken for a second lead is the capitalised first word of a two-word name ("By Di Stevens": "Di"
    is her given name; no byline stacks two leads, "By di ..."). Before, "Stevens" alone was left (authleft47). A
    capitalised particle also opens a surname printed before the given name ("By De Luca Marco", Italian order):
    three words then, the two after it capitalised; before, "Luca Marco" was cited, a name the writer does not bear
    (authleft48). A capitalised particle before a lower-case one ("Von der Leyen Ursula", "De los Santos Juan") opens
    such a surname with or without a lead before it: no lead is followed by a name that opens in lower case, so the
    first is the surname's, not the lead; before, "der Leyen Ursula" was cited (auth50)."""
    out = _without_by(piece)
    if out == piece:
        return out
    words = piece.split()
    first = words[0].rstrip(":：") if words else ""
    if not (first[:1].isupper() and first[1:].islower()):
        return out
    particle = first.casefold() in _NAME_OPENING_LEADS
    if particle and particles_open_surname(words):
        return piece
    if not led:
        return out
    if len(words) == 2 and (particle or given_name(first)):
        return piece
    if particle and 3 <= len(words) <= 5 and _surname_first(words[1:]):
        return piece
    return out




def particles_open_surname(words: Sequence[str]) -> bool:
    """Whether ``words`` are a surname printed first that opens with a capitalised particle and a lower-case one ("Von
    der Leyen Ursula", "De los Santos Juan", "Van der Berg Jan"): its first word is no writer's lead though it reads as
    one ("Von", "De"), since no name opens in lower case after a lead. A listed given name ends it
    (:func:`_surname_first`), so "Von der Redaktion" is still the desk's lead and its desk (auth50)."""
    return 3 <= len(words) <= 6 and words[0][:1].isupper() and words[1].islower() \
        and words[1] in PARTICLES and _surname_first(list(words[1:]))


def _surname_first(rest: list[str]) -> bool:
    """Whether the words after a capitalised particle are the rest of a surname printed before the given name ("La
    Cruz Maria" of "By De La Cruz Maria", "der Berg Jan" of "By Van der Berg Jan", "Luca Marco" of "By De Luca
    Marco"): particles and capitalised words only, two of them capitalised words at least (the surname's and the given
    name's), the last a listed given name, as that order ends on it. Review rvx49: round authleft48 kept three words
    only, and "By De La Cruz Maria" gave "La Cruz Maria", a name the writer does not bear; and it kept "By Di Mario
    Rossi" whole, where "Di" is Italian's "by" before a given name and a surname: "Mario Rossi" as before."""
    if not all(w.casefold() in PARTICLES or (w[:1].isupper() and w[1:].isalpha()) for w in rest):
        return False
    return sum(1 for w in rest if w.casefold() not in PARTICLES) >= 2 and bool(given_name(rest[-1]))


def _without_email(text: str) -> str:
    """``_EMAIL.sub(" ", text)``: each of its alternatives holds "@", "[" or "(" (a social handle run on
    after the surname goes first, :func:`_without_glued_handle`)."""
    if "@" in text:
        text = _without_glued_handle(text)
    return _EMAIL.sub(" ", text) if "@" in text or "[" in text or "(" in text else text


# A social account's handle run on after a name ("Chris Pokorny@DawgsByNature"): "@" and one to fifteen
# letters, digits or underscores with no dot after (an e-mail's domain has one: "chris@sbnation.com").
_GLUED_HANDLE = lazy_re.compile(r"(?<=[^\W\d_])@[A-Za-z0-9_]{1,15}(?![\w.@-])")
# The word before such a handle and the one before it: a capitalised name's last two words.
_NAME_BEFORE_HANDLE = lazy_re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-Þ][\w.'’-]*\s+([A-ZÀ-ÖØ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*)$")


def _without_glued_handle(text: str) -> str:
    """``text`` without a social handle run on after a name of two capitalised words or more ("Chris
    Pokorny@DawgsByNature" -> "Chris Pokorny"). Read as an e-mail, the whole word went with it and the
    given name was left alone ("Chris", issue 15): an X/Twitter handle printed beside the byline is the
    writer's account, never part of the name nor an address. A lower-case word before "@" is an address's
    local part ("jsmith@paper"), and a domain after it makes one ("Smith@paper.com"): both stay for
    :data:`_EMAIL`."""
    for m in reversed(list(_GLUED_HANDLE.finditer(text))):
        if _NAME_BEFORE_HANDLE.search(text, 0, m.start()):
            text = text[:m.start()] + text[m.end():]
    return text


_EMAIL = lazy_re.compile(r"\S+@\S+|\[email\s*protected\]|\S+\s?[\[(]at[\])]\s?\S+", re.IGNORECASE)
# A slash with spaces or a full-width one separates credits ("Jane Doe / Berlin", "オカモト／ASCII編集部"):
# what follows is a place or an outlet (dropped or credited as such below), never part of the name.
_HARD_SPLIT = lazy_re.compile(r"\s*(?:;|\||,|\s/\s|／)\s*")
# The one-letter conjunctions ("y", "e", "и") only in lower case and never before a full stop:
# "Sarah E. Needleman" and "Иван И. Петров" hold an initial, not an "and".
# In a byline set in capitals ("JUAN PEREZ Y MARIA LOPEZ") the capital one splits between two
# capitalised words.
_AND_SPLIT = lazy_re.compile(
    r"\s*(?:&|\band\b|\bund\b|\bet\b|(?-i:\b[yeи]\b)(?!\.)|"
    r"(?-i:(?<=[A-ZÀ-ÖØ-ÞА-ЯЁ]{2}\s)[YEИ](?=\s[A-ZÀ-ÖØ-ÞА-ЯЁ]{2})))\s*",
    re.IGNORECASE,
)
# Single words joined by "&"/"and": a brand or a site ("Jobs & Hire", "Herz und Blut"), not a list
# of people, who are credited by full names ("Jane Doe and John Roe"). Such a credit is kept whole,
# and a whole name holding a conjunction is no person's name (see :func:`name_kind`).
_BRAND_AND = lazy_re.compile(r"&|(?<!\w)(?:and|und|et|и)(?!\w)", re.IGNORECASE)


def _is_org_credit(chunk: str) -> bool:
    return bool(_ORG_WORDS.search(chunk)) or chunk.lower().startswith("the ")


# "Par Claire Martin avec AFP", "Jane Doe with Reuters", "Von Anna Weber mit dpa", "Por Ana Ruiz con EFE":
# a writer filing together with an agency. What follows "avec/with/mit/con/com" is credited apart when it
# is an organisation; otherwise the words stay as they are ("Jane with Jones" is no credit of an agency).
_WITH_ORG = Folding(lazy_re.compile(
    r"^(?P<name>.+?)\s+(?:avec|with|mit|con|com)\s+(?:l['’]|la\s+|le\s+|el\s+|der\s+|die\s+|a\s+|o\s+)?(?P<org>\S.*)$",
    re.IGNORECASE))


# "avec" left at a credit's end: the credit line was cut before the agency's article ("Par Claire Martin
# avec l'AFP": the reader of the line ends a name before "l'", as for "d'Enquête").
_TRAILING_WITH = lazy_re.compile(r"\s+avec$", re.IGNORECASE)


def _with_agency(chunk: str) -> list[str]:
    """``chunk`` as the writer and the organisation filing with them (:data:`_WITH_ORG`), or as it is."""
    if chunk.endswith("avec"):
        chunk = _TRAILING_WITH.sub("", chunk)
    m = _WITH_ORG.match(chunk)
    if m is None or name_kind(m.group("org")) != "org":
        return [chunk]
    return [m.group("name"), m.group("org")]


def _with_partner(chunk: str, led: bool) -> list[str]:
    """``chunk`` as two writers when a writer's lead opened it (``led``) and it is two persons joined by "with"
    ("By Dieter Hogen with Uta Pippig", "Von Anna Weber mit Jan Roth", "Par Claire Martin avec Paul Durand", "Por Ana
    Ruiz con Luis Gil"; :func:`byline_lists.with_partner`), else as it is: a byline's second writer (authors-blind16's
    first run reported the first only; round b17auth). Without a lead ("Chicken with Rice", a heading) nothing splits.
    The second must open with a listed given name (round authleft58): "By Jane Roe with Dog Walkers" credits a group
    her story is about, which the person checks alone took for a second writer; a wrong writer is worse than none.
    """
    pair = byline_lists.with_partner(chunk) if led and " " in chunk else None
    if pair is None or not all(name_kind(p) == "person" and not place_name(p) for p in pair):
        return [chunk]
    if not given_name(pair[1].split()[0]):
        # a group, no second writer; the first is the writer when her name opens with a listed given name ("By Karl
        # Wendt with Dog Walkers": round auth59, the whole credit was refused and the writer lost)
        return [pair[0]] if given_name(pair[0].split()[0]) else [chunk]
    return list(pair)


# An article before an honorific ("By the Rev. Jane Doe", "Par le Dr Paul Durand", "Por el Dr. Luis Gil", "Von der Pfarrerin
# Anna Weber" is not read): the title of a person, not an organisation's "The" (round authleft58: "the Rev. Jane Doe"
# was an organisation and no person). The article goes; :func:`citable_name` drops the honorific.
_ARTICLE_TITLE = lazy_re.compile(
    r"^(?:the|le|la|el|il|lo|o|a)\s+(?=(?:(?:rev|revd|reverend|dr|dra|prof|professor|dott|dott\.ssa)\.?|"
    r"(?:rt|hon|fr|pr)\.)\s+[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)


def _split_credit(part: str, led: bool = False) -> list[str]:
    """Split a credit line into names, but never an organisation on its "and".

    "Jane Doe and John Roe" is two people; "The Russian and Syrian defense ministries" is one
    credit: a conjunction splits only when every piece stands alone as a name or organisation.
    Single words joined so are one brand ("Jobs & Hire"), unless a writer's lead opened the credit
    (``led``) and they are given names (:func:`_first_names_pair`: "Written By Linny and Peter").
    """
    out: list[str] = []
    for chunk in (c for whole in _HARD_SPLIT.split(part) for a in _with_agency(_ARTICLE_TITLE.sub("", whole))
                  for c in _with_partner(a, led)):
        pieces = [p for p in _AND_SPLIT.split(chunk) if p]
        named = byline_titles.name_with_title(pieces)
        if named is not None:
            out.append(named)  # "Rasmus Barslund Founder & Lead Reviewer": one writer and her title (blind22)
        elif len(pieces) > 1 and office_names.titled_phrase(pieces[0]) and not all(
                given_name(p.split()[0]) for p in pieces[1:] if p.split()):
            # "Head of Marketing and Community Development": one title, split by no "and"; but a writer after the
            # "and" ("Jane Roe of The Times and Tom Smith") is a second credit (review rva49)
            out.append(chunk)
        elif len(pieces) > 1 and all(" " not in p.strip() for p in pieces) and _BRAND_AND.search(chunk) and not (
                led and _first_names_pair(pieces)):
            out.append(chunk)  # "Jobs & Hire", "Herz und Blut": one name, not two mononyms
        elif _compound_surname(chunk, pieces):
            out.append(chunk)  # "José Ortega y Gasset": one writer's two surnames, no second writer
        elif len(pieces) > 1 and _is_org_credit(chunk) and not all(
            _ORG_WORDS.search(p) or (name_kind(p) == "person" and len(p.split()) >= 2) for p in pieces
        ) or chunk.lower().startswith("the "):
            out.append(chunk)
        else:
            out.extend(pieces)
    return out


_SPANISH_AND = lazy_re.compile(r"\s[ye]\s")


def _compound_surname(chunk: str, pieces: Sequence[str]) -> bool:
    """True when a Spanish or Portuguese "y"/"e" joins a writer's two surnames, not two writers ("José Ortega y
    Gasset", "Maria Sousa e Melo"): a name of two words or more before it and one capitalised word after it that is
    no listed given name. A writer is credited by a full name, so a lone surname after the "y" is no second writer
    (round auth59: "José Ortega" was reported, a name the writer does not bear); "Ana Gil y Luis Mora" and "Ana y
    Luis" stay two."""
    if len(pieces) != 2 or _SPANISH_AND.search(chunk) is None or len(pieces[0].split()) < 2:
        return False
    last = pieces[1].strip()
    # never a desk or an agency after it ("Juan Pérez y Agencias", "Ana Gil y Redacción"): the organisation's own
    return " " not in last and name_word(last) and not given_name(last) and not _ORG_WORDS.search(last) \
        and name_kind(last) != "org" and name_kind(chunk) == "person"


# A first name a credit joins with "and" ("Written By Linny and Peter"): a name's word of three letters or more.
def _first_name_word(word: str) -> bool:
    return len(word) >= 3 and "-" not in word and "'" not in word and "’" not in word and name_word(word)


def _first_names_pair(pieces: Sequence[str]) -> bool:
    """True when ``pieces``, single words a credit joins with "and"/"&", are the first names of writers signing
    together ("By Roberta & Charlotte", "Written By Linny and Peter"): two or three capitalised words of letters,
    every one a listed given name (:func:`~archiver.extract.given_names.given_name`), none an organisation's word.
    Round b15auth: a first-name byline is what the page credits, reported as printed as "Emmi" and "Michel" were
    already (the full names when the page prints them: :func:`archiver.extract.first_names.fuller_name`).

    Every word, not one of them (review rva49): "Simon & Schuster", "Marks and Spencer", "Simon and Garfunkel",
    "Barnes & Noble" are firms and acts named for their founders' surnames, the "&" form of a company's name, and
    a surname beside a given name is what they share; two given names ("Tom and Jerry") stay two writers as printed.
    A brand so joined ("Jobs & Hire", "Herz und Blut") names no given name."""
    words = [p.strip() for p in pieces]
    return (2 <= len(words) <= 3 and all(_first_name_word(w) and given_name(w) for w in words)
            and not any(_ORG_WORDS.search(w) for w in words))


_JOB_WORD_ALTERNATIVES = (
    r"reporter|editor|correspondent|staff|writer|contributor|columnist|journalist|"
    r"redakteur(in)?|korrespondent(in)?|autor(en)?|rédact(eur|rice)|journaliste|"
    r"envoyé|periodista|redactor|corresponsal|корреспондент|редактор|обозреватель|"
    r"senior|chief|bureau|desk|updated|published|min read|photographer|fotograf(in)?|illustrator(in)?")
_JOB_WORDS = lazy_re.compile(r"\b(" + _JOB_WORD_ALTERNATIVES + r"|\d)\b", re.IGNORECASE)
# ``_JOB_WORDS`` but its digit: what a text without a decimal digit must hold for ``_JOB_WORDS`` to
# match in it (its needs, :class:`Guarded`); never compiled, as the digit has no such string.
_JOB_WORDS_BUT_DIGIT = Guarded(lazy_re.compile(r"\b(" + _JOB_WORD_ALTERNATIVES + r")\b", re.IGNORECASE))


def _job_words(text: str) -> re.Match[str] | None:
    """``_JOB_WORDS.search(text)``, the pattern compiled only where it may match: on a text with
    a decimal digit (what ``\\d`` matches), or holding a string its word alternatives need."""
    if not any(c.isdecimal() for c in text) and not _JOB_WORDS_BUT_DIGIT.admits(cue_fold(text)):
        return None
    return _JOB_WORDS.search(text)


def _undoubled(name: str) -> str:
    """ "jesusfreak jesusfreak", "Anna Berg Anna Berg": a name printed twice (a user name beside
    the same display name, an avatar's alt text) is one name."""
    words = name.split()
    half = len(words) // 2
    if words and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return name


# Credits for pictures, not words: a photographer, illustrator or camera operator credited in the
# byline ("Fotos: Max Muster", "Photography by John Roe", "Max Muster (Fotos)") is no author.
_PICTURE_ROLE = (
    r"(?:fotos?|photos?|photograph(?:y|s|ed|er|ie)?|fotograf(?:ie|ien|in|en)?|fotografías?|fotografia|"
    r"bilder?|images?|illustrations?|illustriert|grafik(?:en)?|graphics?|infografik|videos?|kamera|camera|"
    r"cr[ée]dits? photo|crédito|фото|фотограф)"
)
_PICTURE_CREDIT = StartGuarded(lazy_re.compile(r"^\W*" + _PICTURE_ROLE + r"(?!\w)", re.IGNORECASE))
_PICTURE_PAREN = lazy_re.compile(r"\(\s*" + _PICTURE_ROLE + r"\s*\)", re.IGNORECASE)


def _picture_credit(text: str) -> bool:
    """``_PICTURE_CREDIT.match(text)``, the pattern compiled only where it may match."""
    return bool(_PICTURE_CREDIT.match(text))


_TEXT_PAREN = lazy_re.compile(r"\s*\(\s*(?:text|texte|testo|texto|текст|words)\s*\)", re.IGNORECASE)
# Any other parenthesis after a name, glued or not, closed or cut off ("Cécile Ducourtieux(Bruxelles,
# bureau européen)", "Jane Doe (Berlin)", "Anna Berg (dpa)"): a place, a desk or an outlet, never part
# of the name. A picture role in parentheses stays, so that the piece is dropped as a picture credit.
_PLACE_PAREN = lazy_re.compile(r"\s*[(（](?!\s*" + _PICTURE_ROLE + r"\s*[)）])[^)）]*(?:[)）]|$)", re.IGNORECASE)
# A name set in capitals and followed by its role in ordinary case ("LAURE BRETTON Envoyés spéciaux à
# Toulouse"): the capitals are the name.
_CAPS_NAME_HEAD = lazy_re.compile(r"^((?:[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’.-]+\s+){1,3}[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’-]+)"
                             r"\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]?[a-zß-öø-ÿа-яё])")


# "Finian Cunningham. Sputnik International": a full stop after a word of four or more letters
# (not an initial, not "Dr.") ends the name; what follows is the outlet or a role.
_SENTENCE_STOP = lazy_re.compile(r"(?<=[^\W\d_]{4})\.\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
_TITLE_ABBR = lazy_re.compile(r"(?:prof|univ|dipl|priv|capt|supt|insp|dott|prov|corp|bros)$", re.IGNORECASE)


# A verb of writing after a name: an author box's sentence presenting its writer ("Lucía Gómez escribe.", "Jane Roe
# writes about ports", "Anna Berg schreibt"), which a layout guess (trafilatura's) hands over whole as the author.
# Round authleft58: "Lucía Gómez escribe" was reported as a person. The verb, in each language, ends the name.
_WRITING_VERB = lazy_re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,3}?)\s+(?:writes|wrote|schreibt|schrieb|écrit|ecrit|escribe|escribió|escreve|escreveu|"
    r"scrive|scrisse|schrijft|schreef|skriver|pisze|пишет|написала?)(?!\w)", re.IGNORECASE)
# What every verb above holds: the cheap check that keeps the pattern from being compiled for a credit without one.
_WRITING_STEMS = ("writ", "wrote", "schr", "écri", "ecri", "escr", "scri", "skriv", "pisz", "пиш", "напис")


# The same verbs closing the line after a name: the author box's sentence presenting its writer and nothing more
# ("Lucía Gómez escribe.", "Anna Berg schreibt:"), no sentence of the story running on ("... writes about ports").
_WRITING_VERB_ENDS = lazy_re.compile(
    r"^\s+(?:writes|wrote|schreibt|schrieb|écrit|ecrit|escribe|escribió|escreve|escreveu|scrive|scrisse|schrijft|"
    r"schreef|skriver|pisze|пишет|написала?)[\s.:!…]*$", re.IGNORECASE)


def writing_verb_ends(rest: str) -> bool:
    """True when ``rest``, what a line prints after a name, is a verb of writing and the line's end ("Lucía Gómez|
    escribe.": round auth59, the author box's writer was lost as a name running on into a sentence)."""
    low = rest.lower()
    return any(s in low for s in _WRITING_STEMS) and _WRITING_VERB_ENDS.match(rest) is not None


def _before_writing_verb(part: str) -> str:
    """``part`` cut before a verb of writing (:data:`_WRITING_VERB`) when what precedes it has a person's printed
    shape (:func:`byline_lists.name_shaped`: "Lucía Gómez escribe." -> "Lucía Gómez"); else as it is."""
    low = part.lower()
    if " " not in part or not any(s in low for s in _WRITING_STEMS):
        return part
    m = _WRITING_VERB.match(part)
    return m.group("name") if m is not None and byline_lists.name_shaped(m.group("name")) else part


def _name_before_stop(part: str) -> str:
    """``part`` cut at a full stop that ends a name of two words or more ("Finian Cunningham.
    Sputnik International"), never at an abbreviated title ("Prof. Jane Doe")."""
    for m in _SENTENCE_STOP.finditer(part):
        before = part[: m.start()].strip()
        if " " in before and not _TITLE_ABBR.search(before):
            return before
    return part


_ACRONYM = lazy_re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,5}$")
# A credit that is one word of two to four capitals is an acronym, not how a person signs.
_ACRONYM_ALONE = lazy_re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,4}$")


def _acronym_alone(text: str) -> bool:
    """``_ACRONYM_ALONE.match(text)``, run only on a text that opens with two of its capitals."""
    return _caps(text[:1]) and _caps(text[1:2]) and bool(_ACRONYM_ALONE.match(text))


def _full_name(piece: str) -> bool:
    """Two to four capitalised words, none of them an acronym: how a person signs in full."""
    words = piece.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _ACRONYM.match(words[0])


def _without_affiliations(pieces: list[str]) -> list[str]:
    """A credit's pieces without what follows a full name after a comma and is no full name of
    its own: "Victor Tangermann, Futurism", "Sandee LaMotte, CNN", "Jill Disis, CNN Business",
    "Rachael Link, MS, RD" print the writer's outlet, city or credentials there, not a second
    writer (who is credited by a full name: "Stefan Becket, Kathryn Watson"). A single word or
    a group led by an acronym after a full name is dropped, unless it names an organisation
    ("NJ Advance Media", which is credited as one); a list of surnames is kept."""
    if len(pieces) < 2 or not _full_name(pieces[0]):
        return pieces
    keep = [pieces[0]]
    for piece in pieces[1:]:
        words = piece.split()
        if describes_writer(piece):
            continue
        org = _affiliation_org(piece)
        if org is not None:  # "of Reuters", "du Monde" (authleft51: "du Monde" was a second person)
            keep.extend([org] if org else [])
            continue
        # an organisation named there stays: it is credited as such; an outlet's bare acronym
        # ("KTV", "CNN") that no organisation word names is the writer's affiliation
        known_org = name_kind(piece) == "org" and not (_acronym_alone(piece) and not _ORG_WORDS.search(piece)) \
            and not _OUTLET_WORD.match(piece)  # a one-word outlet after the name is her affiliation, as "CNN" is
        if (len(words) == 1 or (words and _ACRONYM.match(words[0]) and not piece.isupper())) and not known_org:
            continue
        keep.append(piece)
    return keep


def describes_writer(piece: str) -> bool:
    """True when ``piece``, printed after a writer's full name and a comma or slash, describes that writer
    instead of naming a second one: no given name opens it (:func:`~archiver.extract.given_names.given_name`),
    and it holds a role's word (:data:`_ROLE_TAIL`: "Software Engineer on Google Play", "GalTime Entertainment
    Diva", "Directora de Contenidos") or, after its first word, a writer's trade word
    (:data:`_JOB_WORD_ALTERNATIVES`: "Speak City Heights Reporter", where cutting the trade off would leave the
    beat as a "name"). "John Roe Staff Writer" opens with a given name: a second writer with a title, kept for
    the title to be cut later. authors-blind8's first run."""
    words = [w.casefold().strip(".,:;()") for w in piece.split()]
    if not words or given_name(words[0]):
        return False
    if any(w in _ROLE_TAIL for w in words) or office_names.titled_phrase(piece):
        return True  # titled_phrase: "Head of Marketing and Community Development" (b15auth)
    m = _JOB_WORDS_BUT_DIGIT.search(piece, cue_fold(piece))
    return m is not None and m.start() > 0


# "Brendan Carlin For The Mail On Sunday", "Jane Doe for CNN", "Anna Berg für die Zeit": the outlet the
# writer filed for, not part of the name. So is a company after a spaced "@" ("Nathan Lian @ Maintouch": the writer
# at her firm, as a profile card prints it; authors-blind19's first run lost the name to the "@"; round b20auth). A
# handle's "@" has no space after it ("Jane Roe @janeroe") and is left to the handle's readers.
_FOR_OUTLET = lazy_re.compile(r"\s+(?:(?:for|für|pour|para|per|для)\s+(?:(?:the|die|der|das|le|la|les|el|il|lo)\s+)?|"
                         r"@\s+)[A-ZÀ-ÖØ-ÞА-ЯЁ0-9].*$", re.IGNORECASE)


# "Tom Smith of Reuters", "Jane Roe from The Times", "Anna Berg von der FAZ", "Jean Dupont du Monde", "Juan Pérez de
# El País", "Mario Rossi della Repubblica": a writer and the organisation she writes for. German "von" and the Romance
# "de"/"da"/"di" are also a name's particles ("Ursula von der Leyen", "Jean de La Fontaine"), so what follows must be
# an organisation by :func:`name_kind` (its word lists), never a surname; only English "of"/"from" also take a place.
# An article elided before a vowel ("de l'AFP", "dell'ANSA", "d'Estaing") is read apart (``elided``): no space after it.
_OF_ORG = lazy_re.compile(r"^(?P<name>\S+(?:\s+\S+){1,5}?)\s+(?:(?P<prep>of|from|von\s+der|von\s+den|vom|von|de|du|des|di|"
                          r"da|do|dos|das|del|della|dello|dei|degli|delle)\s+"
                          r"(?:(?:the|der|die|das|den)\s+|(?P<article>la|las|los|le|les|el|il|lo|a|o|os|as)\s+|"
                          r"(?P<elided>l['’]))?|(?P<elided_prep>dell|d)['’])"
                          r"(?P<org>[A-ZÀ-ÖØ-ÞА-ЯЁ].{1,59})$")
# The article a Romance preposition has swallowed ("du" = "de le"), which the outlet's name opens with: "du Monde" is
# of "Le Monde", "della Repubblica" of "La Repubblica", "do Público" of "O Público".
# The outlet's name as printed is asked first ("del Corriere della Sera" names it whole: no "El" before it).
# German "von der" is "von" + the feminine "die" in the dative: "von der Zeit" is of "Die Zeit" (rva55: the writer was
# reported as "Lena Müller von der Zeit").
_SWALLOWED_ARTICLE = {"du": "Le", "des": "Les", "del": "El", "della": "La", "dello": "Lo", "dei": "I", "degli": "Gli",
                      "delle": "Le", "do": "O", "dos": "Os", "da": "A", "das": "As", "von der": "Die"}
_AFFILIATION_WORDS = (" of ", " from ", " von", " vom ", " de ", " du ", " des ", " di ", " da ", " do ", " dos ", " das ",
                      " del ", " della ", " dello ", " dei ", " degli ", " delle ", " d'", " d’", " dell'", " dell’")


def _name_and_affiliation(piece: str) -> list[str]:
    """``[piece]``, or the person and the organisation of a credit "<Name> of <Organisation>" (:data:`_OF_ORG`):
    "Tom Smith of Reuters" is the person "Tom Smith", Reuters her affiliation (the caller's organisations). Only a
    full name opening with a listed given name, a person by :func:`name_kind`, before an organisation by the same
    check: "Lord Smith of Kew", "Catherine of Aragon" and "Ursula von der Leyen" are left as they are. Before, the
    whole credit was sorted as one organisation and the writer was lost, or cited with her outlet (auth50). The name
    may hold its particles ("Juan de los Santos of Reuters"), the Romance forms read alike ("Jean Dupont du Monde":
    Jean Dupont and Le Monde), and a place after English "of"/"from" is dropped, neither person nor organisation
    ("Tom Smith of Minneapolis", "Sarah Lee from Hong Kong": :func:`_place_after_of`; authleft51)."""
    if " " not in piece or not any(w in piece for w in _AFFILIATION_WORDS):
        return [piece]
    m = _OF_ORG.match(piece)
    if m is None:
        return [piece]
    name, prep, org = m.group("name"), m.group("prep") or "", m.group("org").strip(" .,;")
    elided = m.group("elided") or m.group("elided_prep")
    words = name.split()
    if not _name_with_particles(name) or not given_name(words[0]) or name_kind(name) != "person" \
            or office_names.titled_phrase(name) or words[-1].casefold() in TITLES_BEFORE_OF:
        return [piece]
    given_only = all(given_name(w) for w in words)
    if elided:
        # "Jean Dupont de l'AFP", "Mario Rossi dell'ANSA": an organisation after the elided article is cut off; a
        # surname's "d'" ("Valéry Giscard d'Estaing") and given names alone before it stay as printed (authleft57)
        return [name, org] if name_kind(org) == "org" and not given_only else [piece]
    if prep.startswith("von") and org.casefold() in GERMAN_PARTY_DATIVES:
        # "Anna Berg von den Grünen", "von der Linken": a party named by one word, not a surname (authleft57)
        return [name, GERMAN_PARTY_DATIVES[org.casefold()]]
    if m.group("article") and given_only:
        # "José Luis de la Iglesia", "Juan Carlos de la Fuente": given names alone before the particle and its
        # article are no full name, so the words after them are her surname, an organisation's word or not (rva55:
        # "José Luis" was reported and "La Iglesia" taken for her employer); a newsroom there ("José Luis de la
        # Redacción") leaves the whole credit an organisation's, no person
        return [piece]
    for candidate in _outlet_forms(prep, m.group("article"), org):
        if name_kind(candidate) == "org":
            return [name, candidate]
    if m.group("article"):
        # "Juan Pérez de la Cruz", "Ana María de los Santos": an article printed after the particle is the name's
        return [piece]
    if prep in ("of", "from") and _place_after_of(org):
        return [name]
    if _german_body_after(prep, org):
        # "Anna Berg von der Deutschen Bank": a body's name in the dative, which a name's "von der" never opens
        # (authleft54: the writer was cited with her employer as her surname); its nominative when that is a known one
        nominative = _nominative(prep, org)
        return [name, nominative] if name_kind(nominative) == "org" else [name]
    if prep in ("de", "di", "da") and _listed_place_after(org) and not given_only:
        # "Jean Dupont de Paris", "Mario Rossi di Milano": a listed place after a full name is where the writer files
        # from, never a surname (a double surname, "García Márquez", "Ruiz-Zafón", has no particle before it). After
        # given names alone no surname stands before the particle: "María José de Madrid" is her name (authleft57)
        return [name]
    if _title_after(prep, org) or (prep in ("vom", "du") and not given_name(words[-1])):
        # "Juan Pérez de El Salvador", "Max Müller vom Spiegel", "Marie Dupont du Parisien": an outlet or a place
        # (rva51). "vom"/"du" as a name's particle follow the given names ("Karl vom Stein", "Pierre Samuel du Pont"),
        # not a surname.
        return [name]
    return [piece]


# The article a Romance language contracts with its preposition ("de" + "el" is "del", "de" + "le" is "du", "de" + "o"
# is "do", "di" + "il" is "del"): printed apart, capitalised, it opens a title, an outlet's or a place's ("de El
# Salvador", "de Le Monde", "de O Globo", "di Il Sole 24 Ore"), never a surname's particles, which are contracted
# ("del Castillo", "du Pont") or lower case ("de la Cruz"). "La"/"Los"/"A" are not contracted and stay a name's; Italian
# writes an outlet's "Il" after "de" as well ("de Il Fatto Quotidiano").
_UNCONTRACTED = {"de": frozenset(("El", "Le", "Les", "O", "Os", "Il", "Lo", "Gli")), "di": frozenset(("Il", "Lo", "I", "Gli"))}


def _title_after(prep: str, text: str) -> bool:
    """True when ``text`` after ``prep`` opens with an article the language would have contracted with it
    (:data:`_UNCONTRACTED`): a title after the writer's name, no part of it."""
    return text.split(" ", 1)[0] in _UNCONTRACTED.get(prep, ()) and " " in text


# German words a name's "von der"/"von den"/"vom" is never followed by: an adjective's dative ending opening a body's
# name of two words or more ("von der Deutschen Bank", "vom Bayerischen Rundfunk", "von den Vereinten Nationen").
# Also a city's adjective, which keeps its "-er" in every case ("von der Frankfurter Allgemeinen", "vom Kölner
# Stadt-Anzeiger", "von der Berliner Zeitung": rva55, the writer was cited with the paper as her surname).
_DATIVE_ADJECTIVE = lazy_re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:ischen|schen|ten|nen|len|ren|igen|chen|en|er)$")


def _german_body_after(prep: str, org: str) -> bool:
    """True when ``org``, after a German ``prep``, is a body's name in the dative: two to five capitalised words
    opened by an adjective's dative form or a city's adjective (:data:`_DATIVE_ADJECTIVE`). A name's particles take
    one surname ("Ursula von der Leyen", "Karl vom Stein"), not an adjective and a noun."""
    words = org.split()
    return (prep.startswith("von") or prep == "vom") and 2 <= len(words) <= 5 \
        and all(w[:1].isupper() for w in words) and _DATIVE_ADJECTIVE.match(words[0]) is not None


def _nominative(prep: str, org: str) -> str:
    """``org``'s opening adjective as its name is printed alone: "Deutschen Bank" after "von der" is "Deutsche Bank";
    after "vom" and "von den" the dative is left (the nominative's ending depends on the noun's gender)."""
    first, _, rest = org.partition(" ")
    return f"{first[:-1]} {rest}" if prep.endswith("der") and first.endswith("en") else org


def _listed_place_after(text: str) -> bool:
    """True when ``text`` is one to three capitalised words that a place list names (:func:`place_name`,
    :data:`MULTI_WORD_PLACES`): only a listed place, since after a Romance "de" a surname is as likely as a town."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and (text.casefold() in MULTI_WORD_PLACES or text.casefold() in ROMANCE_CITIES or bool(place_name(text)))


def _name_with_particles(name: str) -> bool:
    """Two to six words, capitalised but for a name's particles inside ("Juan de los Santos", "Anna von Trapp")."""
    words = name.split()
    return (2 <= len(words) <= 6 and words[0][:1].isupper() and words[-1][:1].isupper() and not _ACRONYM.match(words[0])
            and all(w[:1].isupper() or w in PARTICLES for w in words))


def _place_after_of(text: str) -> bool:
    """True when ``text``, printed after a writer's name and "of"/"from", is a place: one to three capitalised words,
    no organisation, a listed place (:func:`place_name`) or words no listed given name opens ("Minneapolis", "New
    Brunswick"), or a single word ("Charlotte", "Austin": a city named for a person is still a city). A given name
    opening two words or more ("Tom Smith of Sarah Lawrence") may be a body named for a person: left."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    # one word is never a body named for a person: "Tom Smith of Charlotte" is the writer of a city (rva51)
    return len(words) == 1 or text.casefold() in MULTI_WORD_PLACES or place_name(text) or not given_name(words[0])


# A credit's piece after the writer's full name and a comma that opens with a preposition: her affiliation ("Mary
# Lee, of Reuters", "Jean Dupont, du Monde", "Juan Pérez, de El País"), no second writer; a Romance article printed
# apart after it opens the outlet's name ("Ana López, de la Redacción", "de La Vanguardia": authleft54, the outlet
# was credited with its preposition's article in lower case).
_AFFILIATION_LEAD = lazy_re.compile(r"^(?P<prep>of|from|de|du|des|di|da|do|dos|das|del|della|dello|dei|degli|delle|"
                                    r"vom|von\s+der|von\s+den)\s+(?:(?P<article>la|las|los|le|les|el|il|lo|a|o|os|as)\s+)?"
                                    r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _outlet_forms(prep: str, article: str | None, org: str) -> list[str]:
    """The names an outlet printed after ``prep`` may go by, the likelier first: with the article printed before
    it, capitalised ("de la Vanguardia": "La Vanguardia"), as printed, and with the article the preposition
    swallowed (:data:`_SWALLOWED_ARTICLE`, "du Monde": "Le Monde")."""
    swallowed = _SWALLOWED_ARTICLE.get(" ".join(prep.split()))
    return ([f"{article.capitalize()} {org}"] if article else []) + [org] + ([f"{swallowed} {org}"] if swallowed else [])


def _affiliation_org(piece: str) -> str | None:
    """The organisation of an affiliation piece (:data:`_AFFILIATION_LEAD`): "Reuters" of "of Reuters", "Le Monde" of
    "du Monde"; "" when the piece is an affiliation naming no organisation (a place: "of Minneapolis"); None when
    ``piece`` opens with no such preposition."""
    m = _AFFILIATION_LEAD.match(piece)
    if m is None:
        return None
    org = piece[m.end():].strip(" .,;")
    for candidate in _outlet_forms(m.group("prep"), m.group("article"), org):
        if name_kind(candidate) == "org":
            return candidate
    return ""


def _before_job_title(piece: str) -> str:
    """ "Sam Stein Senior Politics Editor": a full name with its job title glued after it (no comma)
    is the name; a credit that is only a role ("Staff Writer") or whose words before the role are
    no person's name ("Tom Gillespie News reporter") is left as it is for the rules after."""
    m = _job_words(piece)
    if not m or m.start() == 0:
        return piece
    head = _without_title_modifiers(piece[: m.start()].strip(" ,;:-–—|·•"))
    return head if _full_name(head) and name_kind(head) == "person" else piece


def _without_title_modifiers(head: str) -> str:
    """``head`` without the job title's opening words at its end (:data:`TITLE_MODIFIERS`), as long as two
    words or more are left: "Sabina Montevergine Web" (of "... Web Editor") gives "Sabina Montevergine"."""
    words = head.split()
    while len(words) > 2 and words[-1].casefold() in TITLE_MODIFIERS:
        words.pop()
    return " ".join(words)




def _after_role(piece: str) -> str:
    """``piece`` without a role printed before the name ("Editor Jane Roe" -> "Jane Roe", "Senior Editor Jane Roe",
    "Staff Writer Jane Roe"): the words of :data:`ROLE_BEFORE_WORDS` that open it, one of them a trade's
    (:data:`ROLE_TRADE_WORDS`), when what follows is a full name whose first word is a listed given name (a role
    alone, "Staff Writer", or before no such name, "Editor Emeritus", is left for the rules after). authleft47."""
    words = piece.split()
    at = 0
    while at < len(words) and words[at].casefold().strip(":,") in ROLE_BEFORE_WORDS:
        at += 1
    if not at or not any(w.casefold().strip(":,") in ROLE_TRADE_WORDS for w in words[:at]):
        return piece
    rest = " ".join(words[at:])
    if len(words) - at < 2 or not _full_name(rest) or not given_name(words[at]) or name_kind(rest) != "person":
        return piece
    return rest


def role_opens(name: str) -> bool:
    """True when ``name`` opens with a role (:data:`ROLE_BEFORE_WORDS`, one of them a trade's): "Editor Mason",
    "Senior Correspondent", "Senior Editor at Large", "Redakteur Müller". A trade's word is never a person's given
    name, and a role before a full name was cut off by :func:`_after_role`, so what is left credits a post, not a
    person: no name is reported from it (role47: "By Editor Mason" gave "Editor Mason"). "Chief Keef", "Senior
    Jones" (no trade's word) and "Jane Writer" (the role word is not the first) are left to the other checks."""
    words = [w.casefold().strip(":,") for w in name.split()]
    at = 0
    while at < len(words) and words[at] in ROLE_BEFORE_WORDS:
        at += 1
    return any(w in ROLE_TRADE_WORDS for w in words[:at])


def _caps_name(piece: str) -> str:
    """The name at the start of ``piece`` without the role or outlet after it: a name set in
    capitals before its role in ordinary case (see ``_CAPS_NAME_HEAD``), a name "for" an outlet."""
    piece = _FOR_OUTLET.sub("", piece) if len(piece.split()) > 2 else piece
    head = piece.strip()
    # the pattern opens with two of its capitals (the second may be ' ’ . -)
    caps = _CAPS_NAME_HEAD.match(head) if _caps(head[:1]) and (_caps(head[1:2]) or head[1:2] in "'’.-") else None
    return caps.group(1) if caps else piece


# A lower-case run glued to a capital inside one word: "JamesStaff", "GarberFOXBusiness". Four
# lower-case letters at least before it, so "McDonald", "MacKenzie", "DeAndre", "FitzGerald" are whole.
_GLUE = lazy_re.compile(r"(?<=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{4})(?=[A-ZÀ-ÖØ-Þ])|(?<=[a-zß-öø-ÿ]{5})(?=[A-ZÀ-ÖØ-Þ])")
_BRAND_HEAD = lazy_re.compile(r"[A-Z]{2,}[A-Z][a-z]")


def _unglued(part: str) -> str:
    """The credit without what the page's markup glued to the name with no space between ("By Meg
    JamesStaff Writer", "By Jonathan GarberFOXBusiness", "Jennifer HewettColumnist"): a job title, or an
    outlet whose name opens with capitals, glued to the last word of a name of two words or more is cut
    off there. Other inner capitals ("VanderMeer") stay, and so does a credit whose glue is inside its
    first word: "AppleInsider Staff" is a brand's staff credited (an organisation), not "Apple" and a
    title (authleft47)."""
    for m in _GLUE.finditer(part):
        rest = part[m.start():]
        if " " not in part[:m.start()].strip():
            continue  # "AppleInsider Staff": one word glued inside is a brand's name, not a name and its title
        if job_title(rest.split(",")[0]) or _BRAND_HEAD.match(rest):
            return part[:m.start()]
    return part


# Characters a page puts inside a name that print nothing: soft hyphens ("Mat\u00adthi\u00adas"), zero-width
# spaces and word joiners ("Ann\u200be"), a byte-order mark, and left-to-right / right-to-left marks. They
# are no part of the name: a name cut at one loses its end. Not U+200C (zero-width non-joiner): Persian
# writes it inside names ("Mohammad\u200creza") and it changes how the letters join.
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff\u200e\u200f")


def without_invisible(text: str) -> str:
    """``text`` without the characters that print nothing inside a name (:data:`_INVISIBLE`)."""
    return text.translate(_INVISIBLE) if not text.isascii() else text


# A piece after the writer's that names where the text comes from, "From <Title>", "Excerpted/Adapted/Reprinted/Taken
# from <Title>" ("By Tomson Highway and From Masculindians", a meta author of authors-blind20's first run: the book
# the piece is excerpted from, split on "and" as a second person; round auth60), and the same words in the languages the
# byline leads cover (round auth61): "Auszug aus", "entnommen aus", "extrait de", "tiré de", "tratto da", "estratto
# da", "extraído de", "extracto de", "tomado de", "trecho de", "отрывок из", "фрагмент из". Outside English the source
# word is required: a bare "aus", "de", "da" or "из" opens many a name's particle ("da Silva"), and a word alone
# ("Max Aus", "Paul Extrait") is a surname. A writer "from" her outlet inside one piece ("Tom Smith from Reuters") is
# :func:`_name_and_affiliation`'s.
_SOURCE_PIECE = lazy_re.compile(
    r"(?:(?:(?:excerpted|adapted|reprinted|taken)\s+)?from"
    r"|(?:auszug|auszüge|entnommen|nachdruck)\s+aus"
    r"|(?:extraits?|tirée?s?|adaptée?s?)\s+(?:de|du|des|d['’])"
    r"|(?:tratt[oa]|estratt[oa]|adattat[oa])\s+(?:da|dal|dalla|dallo|dai|dagli|dalle)"
    r"|(?:extraíd[oa]|extracto|tomad[oa]|adaptad[oa]|trecho)\s+(?:de|del|do|da|dos|das)"
    r"|(?:отрывок|фрагмент|выдержка|выдержки)\s+из)\s*\S", re.IGNORECASE)


def clean_authors(raw: str | Sequence[str] | None, *, led: bool = False) -> list[str]:
    """Author names only: no "By", no job titles, no emails, no photographers, no duplicates. ``led``: the caller
    took a writer's lead off already ("By " of "By Di Stevens"), so a lead-like first word is the name's."""
    if not raw:
        return []
    parts = [raw] if isinstance(raw, str) else list(raw)
    pieces: list[str] = []
    for part in parts:
        spaced = cjk_credits.ko_label_joined(_WS.sub(" ", without_invisible(part)).strip())
        part = _without_lead_of_name(spaced, led)
        part_led = led or part != spaced  # a lead ("By") opened the credit: what follows it is the name
        part = _unglued(_without_email(part))
        part = _before_writing_verb(_name_before_stop(part))
        if "(" in part:  # both patterns need a parenthesis ("（" too for the second)
            part = _TEXT_PAREN.sub("", part)
        if "(" in part or "（" in part:
            part = _PLACE_PAREN.sub("", part)
        pictures = False  # inside a picture credit: "Photograph by X, National Geographic Creative"
        for i, piece in enumerate(_without_affiliations([_caps_name(p) for p in _split_credit(_strip_dateline(part),
                                                                                                part_led)])):
            if i and _SOURCE_PIECE.match(piece):
                continue  # "By Tomson Highway and From Masculindians": the book the piece is taken from (auth60)
            if _picture_credit(piece) or cjk_credits.ko_picture_credit(piece):
                pictures = True
                continue
            if cjk_credits.ko_label_alone(piece):
                pictures = False  # "글" of "글 / 홍길동": the writer's label, her name after it (round auth71)
                continue
            if ("(" in piece and _PICTURE_PAREN.search(piece)) or (
                    pictures and not _BY_PREFIX.match(piece)):
                continue  # a photographer, or the agency after one ("..., National Geographic Creative")
            pictures = False
            piece = cjk_credits.without_ko_job(_before_job_title(_after_role(_undoubled(
                _without_lead_of_name(piece, part_led).strip(" .:-–—()[]\"'")))))
            if byline_lists.credentials_only(piece):
                continue  # "PSP" of "Jeffrey A. Slotnick CPP, PSP": the holder's certification, no name (round b17auth)
            piece = byline_titles.without_title(byline_lists.without_credentials(piece))
            for one in _name_and_affiliation(piece):
                if 2 <= len(one) <= 60 and "http" not in one and "/" not in one and one not in pieces:
                    pieces.append(one)
    # "Jane Doe, Senior Reporter": the job title goes. A byline that is only a role
    # ("Staff Writer", "Redaktion") is what the page credits, so it stays.
    names = [p for p in pieces if not _job_words(p) and not byline_titles.title_only(p)]  # "Lead Reviewer" (blind22)
    return names or pieces


# An honorific or academic title before a name ("Dr.", "Prof. Dr.", "Mrs", "Dott.ssa", "Dipl.-Ing."):
# the page's courtesy, not part of the name a citation gives.
_HONORIFIC = StartGuarded(lazy_re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|mme|mlle|dott|dott\.ssa|dra|priv\.-doz|dipl\.-[a-z]+|rev|revd|reverend)\.?\s+|"
    r"(?:rt|hon|fr|pr)\.\s+)+",  # "Rt. Hon.", "Fr.", "Pr." with their dot only: "Hon", a given name (authleft58)
    re.IGNORECASE))
# Name particles that stay lower case inside a name set in capitals ("URSULA VON DER LEYEN").
_CAPS_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "da", "do", "dos", "das", "del", "della", "di", "zu"})


def citable_name(name: str) -> str:
    """A person's name as a citation gives it: without an honorific in front ("Dr. Jane Doe" ->
    "Jane Doe", unless that leaves one word, "Dr. Oetker"), a name of two words or more printed all in lower
    case with capitals ("johnny randolph" -> "Johnny Randolph"), and a name the page sets in capitals
    written with its first letters only ("MORITZ PAPPERT" -> "Moritz Pappert", "O'MAHONY" ->
    "O'Mahony", "JEAN-PIERRE" -> "Jean-Pierre"; initials and particles kept as such). A name
    with any lower-case letter is kept as printed (McDonald, VanderMeer, "DJ Koze")."""
    rest = _HONORIFIC.sub("", name)
    if len(rest.split()) >= 2:
        name = rest
    if name.islower() and len(name.split()) >= 2 and all(w.isalpha() for w in name.split()):
        # "johnny randolph", a blog platform's lower-case credit (authleft47): a citation writes it with capitals
        return " ".join(w if i and w in _CAPS_PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(name.split()))
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in _CAPS_PARTICLES
                    else re.sub(r"[^\W\d_]+", lambda m: m[0][:1] + m[0][1:].lower(), w)
                    for i, w in enumerate(words))


# ----------------------------------------------------------------------------- persons

# Words that never belong to a person's name, per language: interface text (an account widget's
# "Log in" or a placeholder taken as the byline), labels ("Author", "作者"), and dateline words
# (months, "ago", "updated") glued to a name.
_UI_WORDS = (
    "log in|login|log out|logout|sign in|sign up|signin|register|my account|account|profile|"
    "username|user name|guest|menu|search|subscribe|newsletter|share|comments?|home|follow|"
    "kommentare?|commentaires?|comentarios?|commenti|commento|comentários?|комментари[йяев]|"
    "anmelden|einloggen|abmelden|registrieren|mein konto|benutzername|gast|suche|abonnieren|teilen|"
    "connexion|se connecter|s'inscrire|mon compte|rechercher|partager|"
    "iniciar sesión|entrar|registrarse|mi cuenta|buscar|compartir|"
    "accedi|registrati|il mio account|cerca|condividi|"
    "minha conta|cadastre-se|pesquisar|compartilhar|"
    "войти|вход|регистрация|личный кабинет|поиск|поделиться|"
    "read more|weiterlesen|lire la suite|leer más|leggi|saiba mais|подробнее|"
    "said|says|wrote|sagt|schreibt|écrit|dice|scrive|disse|пишет|reply|antworten|répondre|responder|"
    # an author box's links and labels ("See full bio", "View profile", "Lesedauer 4 Min.")
    "bio|full bio|biography|see|view|view profile|more from|lesedauer|leestijd|lukuaika|czas czytania|"
    "durée de lecture|tempo de lectura|read time|minute read|min read|reading time|follow us|folgen|suivre|"
    # a section's or a slot's word for advertising or publicity ("Publicidade DPE-TO" under a press page's date,
    # authors-blind23's first run)
    "advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|реклама"
)
_LABEL_WORDS = (
    "author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autora|autores|"
    "автор|авторы|作者|撰文|记者|記者|文|by|von|par|por|di|door|written by|posted by|"
    "geschrieben von|écrit par|escrito por|scritto da|escrito por|text|texte|текст|"
    "editor|redakteur|rédacteur|redactor|redattore|редактор|admin|administrator|user|"
    # a site's account for its pages, declared a person ("Webmaster" as a press release's JSON-LD author and byline,
    # authors-blind32's first run)
    "webmaster|webmestre|webmaestro|site admin|site administrator|siteadmin|web team|web editor|"
    "unknown|anonymous|anonym|anonyme|anónimo|anonimo|аноним|none|null|n/a|no author|"
    "name|nombre|nom|nome|имя|"
    # the placeholders a site prints for "unknown" or "anonymous" in each language and script, which a lead before
    # them made a name ("著者：不明", "Autor: Unbekannt", "Автор: неизвестен"; round authleft48)
    "unknown author|author unknown|anon|not known|unbekannt|unbekannter autor|autor unbekannt|n\\. ?n|nn|"
    "inconnu|inconnue|auteur inconnu|desconocido|desconocida|autor desconocido|anónima|anonima|ignoto|ignota|"
    "sconosciuto|sconosciuta|autore sconosciuto|anônimo|anônima|desconhecido|desconhecida|autor desconhecido|"
    "неизвестен|неизвестна|неизвестно|неизвестный|неизвестная|неизвестный автор|автор неизвестен|анонимно|"
    "佚名|匿名|未知|不详|不詳|无名氏|無名氏|不明|作者不明|著者不明|作者不詳|名無し|名無しさん|익명|미상|작자 미상|"
    "مجهول|άγνωστος|ανώνυμος|onbekend|anoniem|nieznany|anonim"
)
_MONTH_WORDS = (
    "january|february|march|april|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
)
# Month words as the languages that write them in lower case print them in a dateline after a byline ("Par
# Jean Dupont mai 2024", "Door Jan de Vries mei 2024", "Av Anna Svensson maj 2024"): French, Spanish, Italian,
# Portuguese, Dutch, the Nordic languages, Polish and Czech (both cases), Turkish, Hungarian, Romanian, Catalan,
# Finnish and English typed so. Only in lower case (:func:`_dateline_month`): "Mei", "Maj", "Mars" are names too.
_LOWER_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "janv|févr|avr|juil|sept|oct|nov|déc|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "januari|februari|maart|mei|augustus|augusti|juni|juli|"
    "januar|februar|marts|maj|oktober|desember|"
    "styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maja|czerwiec|czerwca|lipiec|lipca|"
    "sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia|"
    "leden|ledna|únor|února|březen|března|duben|dubna|květen|května|červen|června|červenec|července|srpen|srpna|"
    "září|říjen|října|prosinec|prosince|"
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    "január|február|március|április|május|június|július|augusztus|szeptember|október|"
    "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    "gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|"
    "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|"
    "marraskuuta|joulukuuta"
)
# Days of the week, in the seven languages (not "domingo", nor "Sun", "Mon", "Sat", "Tue", "Thu": names too).
_WEEKDAY_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|wed|thurs|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
)
#: The characters of regex syntax :func:`~archiver.extract.wordlist.expand` reads or refuses.
_REGEX_SIGNS = frozenset("\\[]()*+?{}^$.")


def _entries(alternation: str) -> list[str]:
    """``expand(alternation)``, with the plain alternatives (most) taken as they are.

    Why: ``expand`` reads every alternative a character at a time, ~2.5 ms of this module's
    import for its word lists (one ``archiver archive URL`` imports it: issue 13); an
    alternative without a sign of regex syntax is its own one entry there, and the few others
    still go through it (tests/test_extract_regex_signals_cost.py compares both on every list)."""
    out: list[str] = []
    for alt in alternation.split("|"):
        if _REGEX_SIGNS.isdisjoint(alt):
            out.append(alt)
        else:
            out += expand(alt)
    return out


# Month names that are also given names ("April Glaser", "June Kronholz", "Jan Müller", "Mai Thi"):
# as the first word of a longer name they are the name; alone or anywhere else, the date.
_GIVEN_NAME_MONTHS = frozenset({"april", "may", "june", "august", "jan", "jun", "mai", "juni", "juli", "avril",
                                "abril", "julio", "mar"})
_MONTH_WORD = lazy_re.compile(r"(?<!\w)(?:" + _MONTH_WORDS + r")(?!\w)", re.IGNORECASE)
_WEEKDAY = lazy_re.compile(r"(?<!\w)(?:" + _WEEKDAY_WORDS + r")(?!\w)", re.IGNORECASE)
# The same lists as whole-word lookups (:class:`~archiver.extract.wordlist.WordList`), for the
# name checks that run on every credit; the patterns above serve the rare dated byline.
_MONTH_WORDLIST = WordList(_entries(_MONTH_WORDS))
_WEEKDAY_WORDLIST = WordList(_entries(_WEEKDAY_WORDS))


def _date_word_in_name(name: str) -> bool:
    """True when a word of ``name`` is a day of the week, or a month that is not the given name
    opening a longer name. A date is never a name nor part of one ("January", "Dec", "Joe Wee
    Monday", "Regan September"): trafilatura and bylines glue the dateline's words to the name
    or take them alone; a month that is also a given name ("April Glaser") passes only first."""
    if _WEEKDAY_WORDLIST.search(name):
        return True
    words = name.split()
    if _surname_first_given_month(words) or romance_month_surname(words):
        return False
    for i, (start, end) in enumerate(_MONTH_WORDLIST.word_spans(name)):
        given = name[start:end].casefold() in _GIVEN_NAME_MONTHS and start == 0 and len(words) >= 2
        if (not given or i) and not _middle_given_month(words, name[start:end]):
            return True
    return False


# The months of French, Spanish, Italian and Portuguese that no English or German date writes: those languages print
# their months in lower case, after the day ("21 de maio de 2023", "3 mars 2024"), so a capitalised one closing a
# one-word name is a surname ("Alyssa Maio", "Luca Marzo", "Ana Mayo", "Bruno Mars"), not a dateline's word glued
# to a name. ("Mai" is German's month too, capitalised there: not in the list.)
_ROMANCE_ONLY_MONTHS = frozenset((
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro"))


# Words a heading or a dateline sets before a month in those languages, capitalised at a line's start ("Desde Mayo",
# "Hasta Junio", "Depuis Mars"): no given name.
_MONTH_PREPOSITIONS = frozenset(("desde", "hasta", "para", "en", "de", "durante", "entre", "em", "até", "dès", "depuis",
                                 "jusqu'en", "fin", "début", "fino", "dal", "da", "a", "al", "in", "ab", "bis", "im", "seit"))


def romance_month_surname(words: Sequence[str]) -> bool:
    """True when ``words`` are a capitalised word and a capitalised month of :data:`_ROMANCE_ONLY_MONTHS` ("Alyssa
    Maio": authors-blind32's first run and every later one refused her JSON-LD, byline and trafilatura's guess alike,
    the surname read as Portuguese's May). Two words only: a third is the glued dateline's form ("Regan September"); the
    first no place ("Madrid Marzo") nor a word set before a month (:data:`_MONTH_PREPOSITIONS`). Where the name is
    printed only before a day or a year ("By Brian Mars 2024") and no declaration names it, the month may be the
    date's: :func:`archiver.extract.authors.resolve_authors` reports nothing then (``_romance_month_cut``)."""
    return (len(words) == 2 and words[1].istitle() and words[1].casefold() in _ROMANCE_ONLY_MONTHS
            and words[0].istitle() and words[0].isalpha() and not _MONTH_WORDLIST.search(words[0])
            and words[0].casefold() not in _MONTH_PREPOSITIONS and not place_name(words[0]))


# The particles a Dutch, Flemish or German surname opens with, capitalised when the surname is printed first ("Van
# der Berg Jan", "De Vries Mai", "Von Arnim Juli"): a name that opens so is printed surname first.
_SURNAME_FIRST_PARTICLES = frozenset(("van", "von", "de", "ten", "ter", "vom", "zu"))


def _surname_first_given_month(words: Sequence[str]) -> bool:
    """True when ``words`` are a name printed surname first, opened by a capitalised particle
    (:data:`_SURNAME_FIRST_PARTICLES`) and ended by a month that is also a given name ("Van der Berg Jan": a
    register's or a Flemish site's order). The month is the given name, not a date: no dateline follows a surname
    with only a month and no day (authleft54: "Jan" was cut off, "Van der Berg" reported alone)."""
    return (len(words) >= 3 and words[0][:1].isupper() and words[0].casefold() in _SURNAME_FIRST_PARTICLES
            and words[-1].istitle() and words[-1].isalpha() and words[-1].casefold() in _GIVEN_NAME_MONTHS
            and words[-2][:1].isupper() and words[-2].isalpha()
            and all(w[:1].isupper() or w in PARTICLES for w in words[1:-1]))


def _middle_given_month(words: list[str], month: str) -> bool:
    """True when ``month``, a month that is also a given name ("June", "April", "May"), is the middle name of
    a three-word name opened by a given name and closed by a capitalised surname that is no month: "Laura June
    Topolsky" (a byline, meta and JSON-LD all agreeing, which authors-blind9's first run refused). A month
    last ("Regan September") or beside a date stays a date."""
    return (len(words) == 3 and words[1] == month and month.casefold() in _GIVEN_NAME_MONTHS
            and given_name(words[0]) and words[2][:1].isupper() and words[2].isalpha()
            and not _MONTH_WORDLIST.search(words[2]) and not _MONTH_WORDLIST.search(words[0]))


# Month names are also first names ("Jan", "April", "June"): only a trailing one, or one with a
# number, is a date; elsewhere these words mark a dateline or a timestamp.
_DATE_WORDS = (
    "ago|vor|hace|il y a|fa|há|назад|today|yesterday|heute|gestern|"
    "aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|сегодня|вчера|"
    "updated|last updated|update|aktualisiert|zuletzt aktualisiert|mis à jour|actualizado|"
    "aggiornato|atualizado|обновлено|published|veröffentlicht|publié|publicado|pubblicato|"
    "опубликовано|stand|min read|reading time|tiempo de lectura|lesezeit|temps de lecture|"
    "tempo di lettura|tempo de leitura|время чтения|minutes?|hours?|stunden?|minuten?|heures?|horas?|ore|минут|часов?"
)
# Not a name: interface or date words (whole words, see :class:`~archiver.extract.wordlist.WordList`),
# a digit, a sign or a link: ``(?<!\w)(?:<UI>|<DATE>)(?!\w)|\d|[@#<>{}=_*+?!|]|https?:``.
_NOT_NAME_WORDS = WordList(_entries(_UI_WORDS + "|" + _DATE_WORDS))
_NOT_NAME_SIGN = lazy_re.compile(r"\d|[@#<>{}=_*+?!|]|https?:", re.IGNORECASE)
_LABEL_ONLY_NAMES = frozenset(cue_fold(w) for w in _entries(_LABEL_WORDS))


def _not_name(name: str) -> bool:
    """Whether ``name`` holds an interface or date word, a digit, a sign or a link. A family name that is
    also a quoting verb ("Carolyn Said", "Edward Said": capitalised, last, after a listed given name) is the
    name's, not a comment widget's "said" (authors-blind8's first run)."""
    if _NOT_NAME_SIGN.search(name):
        return True
    if not _NOT_NAME_WORDS.search(name):
        return False
    words = name.split()
    return not (2 <= len(words) <= 3 and words[-1] == "Said" and given_name(words[0])
                and not _NOT_NAME_WORDS.search(" ".join(words[:-1])))


def _label_only_name(name: str) -> bool:
    r"""Whether ``name`` is a label word and nothing else but signs after it ("Author:", "n/a"):
    ``^(?:<LABELS>)\W*$`` with IGNORECASE. Every label ends with a word character, so the label
    is the name without its trailing run of non-word characters."""
    end = len(name)
    while end and not (name[end - 1].isalnum() or name[end - 1] == "_"):
        end -= 1
    return cue_fold(name[:end]) in _LABEL_ONLY_NAMES


_LABEL_LEAD = StartGuarded(lazy_re.compile(
    r"^(?:(?:view |see )?all (?:posts|articles|stories) by|(?:more )?(?:posts|articles|stories) by|"
    r"(?:zeige )?alle (?:beiträge|artikel) von|beitrag von|beiträge von|artikel von|zum profil von|"
    r"(?:view )?profile of|tous les articles de|"
    r"todos los artículos de|tutti gli articoli di|todos os artigos de|все статьи автора|"
    r"作者|撰文|记者|記者|文|автор|autore|autora|autorin|autor|auteur|author|escrito por|"
    r"scritto da|posted by|geschrieben von|écrit par|interview|vom|von|by|text|texte|بقلم|كتب|كتبت|إعداد)"
    r"(?:\s*[:：]\s*|\s+)(?=\S)",
    re.IGNORECASE,
))
_DOMAIN = lazy_re.compile(r"\w\.(?:[a-z]{2}|com|org|net|info|media|news|online)\b|www\.", re.IGNORECASE)
# Organisations: agencies, companies, newsrooms, ministries. They are credited, not persons.
_ORG_WORD_LIST = (
    r"associated press|reuters|afp|agence france[- ]presse|dpa|apa|epd|kna|sid|ap|upi|"
    r"efe|ansa|europa press|tass|тасс|ria novosti|риа новости|интерфакс|interfax|xinhua|pap|ritzau|ntb|eg|genossenschaft|"
    r"bloomberg|press association|pa media|agence|agencia|agenzia|agência|agentur|агентство|"
    # the agencies credited together ("por Agencias", authors-blind8's first run)
    r"agencias|agências|agenzie|agences|agenturen|агентства|"
    r"media|news|newsroom|press|presse|prensa|stampa|pressedienst|redaktion|rédaction|redacción|"
    r"redazione|redação|редакция|staff|team|desk|newsdesk|bureau|editors|editorial board|service|wire|wires|"
    r"inc|ltd|llc|gmbh|ag|plc|corp|corporation|company|group|gruppe|groupe|grupo|holding|"
    r"verlag|éditions|editorial|editora|nast|publishing|publications?|magazine|magazin|zeitung|"
    r"journal|times|post|tribune|herald|gazette|daily|online|network|tv|radio|channel|"
    # a site's or a company's column signed as its author ("By BBK Web", "By Citadel Financial Tips": notices-blind37)
    r"web|tips|insights|blog|"
    r"ministry|ministries|ministerium|ministère|ministerio|ministero|ministério|министерство|"
    r"министерства|department|government|regierung|gouvernement|gobierno|governo|правительство|"
    r"university|universität|université|universidad|università|universidade|университет|"
    r"institute|institut|instituto|istituto|foundation|stiftung|fondation|fundación|fondazione|"
    r"association|verband|verein|e\.v|partei|party|council|committee|commission|office|"
    r"police|polizei|army|forces|ministries|defense|defence|society|club|center|centre|zentrum|"
    r"média|medien|mídia|noticias|notícias|notizie|nachrichten|actualités|новости|СМИ|"
    r"agency|agencies|administration|authority|behörde|autorité|autoridad|autorità|"
    r"organization|organisation|organización|organizzazione|organização|организация|"
    r"institution|institución|istituzione|instituição|academy|akademie|académie|academia|accademia|академия|"
    r"school|schule|école|escuela|scuola|escola|школа|college|museum|musée|museo|музей|"
    r"library|bibliothek|bibliothèque|biblioteca|библиотека|hospital|krankenhaus|klinikum|hôpital|ospedale|"
    r"laboratory|laboratoire|laboratorio|лаборатория|federation|föderation|fédération|federación|"
    r"federazione|федерация|alliance|coalition|observatory|observatorium|observatoire|observatorio|"
    # authors18: the heads of organisations named by several capitalised words ("Deutsches Rotes Kreuz",
    # a blind first run's meta author), per language: aid bodies, councils and parliaments, ministries,
    # universities, foundations and associations beyond the languages above, embassies, municipalities,
    # churches, unions, police forces. Not a word that is also a common surname ("Church", "Chiesa", "Court").
    r"rotes kreuz|roten kreuz|roten kreuzes|red cross|red crescent|croix[- ]rouge|cruz roja|croce rossa|"
    r"cruz vermelha|rode kruis|czerwony krzyż|красный крест|caritas|diakonie|hilfswerk|"
    r"rat|kommission|komitee|ausschuss|senat|senate|sénat|senado|senato|parliament|parlament|parlement|"
    r"parlamento|congress|ministerie|ministerstwo|ministerstvo|minisztérium|universiteit|uniwersytet|univerzita|"
    r"egyetem|hochschule|fachhochschule|stichting|fundacja|nadace|alapítvány|vereniging|stowarzyszenie|instytut|"
    r"intézet|embassy|botschaft|ambassade|embajada|ambasciata|embaixada|consulate|konsulat|municipality|"
    r"municipalité|municipio|municipalidad|ayuntamiento|comune|prefeitura|mairie|stadtverwaltung|kirche|église|"
    r"iglesia|diocese|diözese|diocèse|diócesis|diocesi|gewerkschaft|syndicat|sindicato|sindacato|trade union|"
    r"policía|polizia|polícia|policja|полиция|politie|gendarmerie|carabinieri|staatsanwaltschaft|secretariat|"
    r"sekretariat|"
    # political parties and the assemblies and governments of regions and states, credited after a writer's "von der",
    # "de la", "du", "del", "do" as her affiliation ("du Parti socialiste", "de la Generalitat", "del Partito
    # Democratico": round authleft57, each was read as her surname's particle and cited with it). None a surname.
    r"partido|partito|parti|partij|partia|партия|generalitat|xunta|bundestag|bundesrat|landtag|nationalrat|"
    r"assemblée|asamblea|assemblea|assembleia|congreso|congresso|sejm|госдума|"
    + "|".join(party.casefold() for party in GERMAN_PARTY_DATIVES.values()) + "|"
    # review 14: news agencies, broadcasters, publications and NGOs credited as the writer beside the headline
    # ("By Kyodo", "By Deutsche Welle", "By Human Rights Watch"), whose names hold no organisation word
    r"kyodo|yonhap|bernama|sputnik|jiji|anadolu|antara|xinhua|notimex|telam|télam|lusa|belga|ansamed|"
    r"al jazeera|al arabiya|deutsche welle|voice of america|radio free europe|business insider|mother jones|"
    r"rolling stone|le monde|el país|el pais|el mundo|la repubblica|corriere della sera|berliner morgenpost|"
    r"frankfurter allgemeine|süddeutsche|der spiegel|spiegel online|die zeit|le figaro|libération|"
    r"human rights watch|amnesty international|greenpeace|oxfam|unicef|unesco|unhcr|médecins sans frontières|"
    r"medecins sans frontieres|doctors without borders|insider|international|"
    # the Portuguese-language press a writer is credited "da"/"do" ("João Silva da Folha", "do Público": authleft54,
    # the outlet was kept as part of the writer's name), none of them a surname
    r"folha|o globo|público|publico|estadão|estadao|o estado de s paulo|expresso|observador|correio da manhã|"
    r"correio braziliense|zero hora|jornal|diário|diario de noticias|"
    # courts, councils, public prosecutors' and defenders' offices and press offices of the Romance languages and Russian
    # (authors-blind23's first run: "Tribunal de Contas da União" as a press page's meta author); not "Câmara", "Justice",
    # surnames too
    r"tribunal|tribunais|tribunale|tribunales|conselho|consejo|consiglio|conseil|defensoria|defensoría|procuradoria|"
    r"procuraduría|fiscalía|procura della repubblica|secretaria|secretaría|segreteria|assessoria|asesoría|"
    r"controladoria|ouvidoria|advocacia|comissão|comisión|commissione|justiça|justicia|giustizia|суд|прокуратура"
)
# Whole-word lookups (see :class:`~archiver.extract.wordlist.WordList`): the answers of
# ``(?<!\w)(?:<the list>)(?!\w)`` with IGNORECASE, without compiling its alternation.
_ORG_ENTRIES = _entries(_ORG_WORD_LIST)
_ORG_WORDS = WordList(_ORG_ENTRIES)
# German (and Dutch) organisations are written as one compound: "Caritasverband", "Tagesschau-Redaktion".
_ORG_COMPOUND = Folding(lazy_re.compile(
    r"[^\W\d_]{3,}-?(?:verband|verbandes|verein|stiftung|zeitung|verlag|gesellschaft|ministerium|agentur|"
    r"redaktion|institut|akademie|kammer|vereniging|stichting|organisation|behörde|schule|bibliothek|museum|team|"
    r"kreuz|kirche|hochschule|kommission|präsidium|verwaltung|gericht|amt|direktion|gewerkschaft|botschaft|"
    r"anstalt|zentrum|zentrale|genossenschaft|klinik|universität|kasse|partei)(?!\w)",
    re.IGNORECASE,
))
# A site's domain written out as a name ("Jungefreiheit De", "Bueltge De"): the site, not a person.
_TLD_TAIL = lazy_re.compile(r"\s(?:de|net|com|org|eu|at|ch|info|fr|es|it|ru|uk|io|co|nl|pl|be|cz|se|dk)$", re.IGNORECASE)
# An account handle ("arianschlichenmayer", "christian.stadtfeld"): a login, not how a person signs.
_HANDLE = lazy_re.compile(r"^[^\W\d_]+(?:[.][^\W\d_]{2,})+$|^[a-zà-ÿ]{3,}$")
# A month glued to a name in camel case ("Jane DoeMarch", the date's element joined without a
# space). Not any trailing month letters: many surnames end in them ("Kumar", "Ivanov", "Rajan").
_GLUED_MONTH = lazy_re.compile(r"(?<=[a-zß-öø-ÿа-яё])(?:" + "|".join(w[:1].upper() + w[1:] for w in _MONTH_WORDS.split("|")) + r")$")
_TRAILING_DATE = lazy_re.compile(
    r"(?:[\s,|·•–—-]+(?:" + _MONTH_WORDS + "|" + _WEEKDAY_WORDS + "|" + _DATE_WORDS + r"|\d[\d.:/,]*))+\s*$",
    re.IGNORECASE
)


# Korean, Chinese and Japanese organisations end in a kind word with no space before it
# ("연합뉴스", "新华社", "人民日报", "共同通信"): a credit ending so is no person.
_CJK_ORG = lazy_re.compile(r"[\u3040-\u9fff\uac00-\ud7af](?:뉴스|일보|신문|방송|통신|미디어|편집부|닷컴|"
                      r"社|日报|日報|新闻|新聞|通讯|通信|电视台|電視台|编辑部|編集部)$")


def credit_line(line: str) -> bool:
    """True when ``line`` opens as a byline does ("By ...", "Par ...", "Un texte de ...", "Autor: ...")."""
    return _credit_lead_match(line) is not None


def credit_lead(line: str) -> int | None:
    """Where the name starts in a line that opens as a byline does ("Von lupa" -> 4), else None."""
    m = _credit_lead_match(line)
    return m.end() if m else None


def job_title(text: str) -> bool:
    """True when ``text`` holds a job title's word ("News reporter", "Senior Editor")."""
    return bool(_job_words(text))


#: What a match of :data:`_TRAILING_DATE` can end with (before trailing white space): one of
#: its words (folded as IGNORECASE compares) or a character of ``\d[\d.:/,]*``'s last.
_DATE_ENDINGS = tuple(cue_fold(w) for w in _entries(_MONTH_WORDS + "|" + _WEEKDAY_WORDS + "|" + _DATE_WORDS))
#: :data:`_DATE_ENDINGS` by their last character: a text ends with one of them only if it ends with that
#: character (``endswith`` over all ~210 cost ~6 us a name, issue 13).
_DATE_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _ending in _DATE_ENDINGS:
    _DATE_ENDINGS_BY_LAST[_ending[-1:]] = (*_DATE_ENDINGS_BY_LAST.get(_ending[-1:], ()), _ending)
del _ending
#: What a match of :data:`_GLUED_MONTH` ends with: one of its (case-sensitive) month names.
_GLUED_MONTH_NAMES = tuple(w[:1].upper() + w[1:] for w in _MONTH_WORDS.split("|"))


def _may_end_in_date(name: str) -> bool:
    """False when :data:`_TRAILING_DATE` cannot match ``name``: a match ends where the name's
    trailing white space begins, with one of its words or a digit or ``.:/,``.

    Why: most names end in none of these, and then neither that pattern (~1.6 ms to compile,
    the dearest of this module's at one ``archiver archive URL``: issue 13) nor its walk along
    the name is needed; where this says True the pattern answers as before."""
    end = name.rstrip()
    if not end:
        return False
    if end[-1].isdecimal() or end[-1] in ".:/,":
        return True
    folded = cue_fold(end)
    return folded.endswith(_DATE_ENDINGS_BY_LAST.get(folded[-1:], ()))


# Every month word, folded, with "may" (no month word elsewhere: a verb and a name), for the month
# that opens a dateline (see :func:`_without_dated_month`).
_DATELINE_MONTHS = frozenset(cue_fold(w) for w in _entries(_MONTH_WORDS)) | {"may"}
#: The month words of the languages that write them in lower case, folded (:data:`_LOWER_MONTH_WORDS`).
_LOWER_MONTHS = frozenset(cue_fold(w) for w in _entries(_LOWER_MONTH_WORDS))


def _dateline_month(word: str) -> bool:
    """True when ``word`` may open a dateline: a month word of :data:`_DATELINE_MONTHS` however written, or a
    month word of :data:`_LOWER_MONTH_WORDS` in lower case ("mai", "mei", "maj": "Par Jean Dupont mai 2024").
    A capitalised "Mei" or "Maj" is a given name or a surname ("Han Mei", "Maj Sjöwall"); no name's last
    word is written in lower case, so a lower-case one is the date's."""
    folded = cue_fold(word.rstrip("."))
    return folded in _DATELINE_MONTHS or (word[:1].islower() and folded in _LOWER_MONTHS)
# What follows a dateline's month: a day or an ordinal, with or without its year, or a year ("3, 2024",
# "3rd", "3.", "1er", "2024"), and no more of a numeric date ("12.03.2024" is a date of its own).
_DATE_AFTER_MONTH = lazy_re.compile(
    r"\s+(?:\d{1,2}(?:st|nd|rd|th|er|\.)?(?P<day_year>,?\s*[12]\d{3})?|(?P<year>[12]\d{3}))(?![\w./:-]*\d)",
    re.IGNORECASE)
# After a day without its year, a dateline goes on with nothing, a sign or a time ("May 3 at 5:00 PM",
# "May 3 · 4 min read"), not with a word ("Brian May 3 min read", "Brian May 2 hours ago").
_AFTER_DAY = lazy_re.compile(r"\s*(?:$|[^\w\s]|(?:at|um|à|alle|a las)(?!\w))", re.IGNORECASE)


def _without_dated_month(name: str, after: str) -> str:
    """``name`` without its last word when that word is a month opening the date in ``after``, the line's
    text after the name ("By John Smith May 3, 2024" cut at the date's digit: "John Smith May" -> "John
    Smith"; "Mar. 3", "Mai 2024", "June 3rd"). A month's given name or surname stays where no date follows
    ("Theresa May"), and where the date names its own month or is numeric ("Theresa May 3 March 2024",
    "Theresa May 12.03.2024"): the month at the end of a name belongs to the date only as its first word. A month
    alone is the date's, all of it ("By May 3, 2024", a lead over the story's date: no one is named)."""
    words = name.split()
    if not words or not _dateline_month(words[-1]):
        return name
    m = _DATE_AFTER_MONTH.match(after)
    if not m:
        return name
    rest = after[m.end():].lstrip(" ,.")
    if rest and _dateline_month(rest.split()[0].rstrip(".,")):
        return name  # "3 March 2024": the date's month is its own
    if not (m.group("day_year") or m.group("year")) and not _AFTER_DAY.match(rest):
        return name
    return " ".join(words[:-1])


def printed_without_dated_month(name: str, lines: Sequence[str]) -> str:
    """``name`` without its last word where a line of the page prints ``name`` followed by a date that word, a
    month, opens (:func:`_without_dated_month`): a layout guess of "By Ann Grant May 2024" is "Ann Grant May", no
    digit left in it to show the date; the line shows it. Unchanged where no line does, and for two words ("Theresa
    May", which a declaration may name whole: a given name left alone is the byline readers' doubt to judge)."""
    words = name.split()
    if len(words) < 3 or not _dateline_month(words[-1]):
        return name
    for line in lines:
        at = line.find(name)
        if at >= 0 and len(line) <= 200:
            cut = _without_dated_month(name, line[at + len(name):])
            if cut != name:
                return cut
    return name


# Where a name runs into digits ("John Smith May 3, 2024"): the dateline a month may open.
_SPACE_DIGIT = lazy_re.compile(r"\s(?=\d)")
# A word of three letters or more: text no date is made of ("and Jane Doe"; "PM", "ET" are).
_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def _strip_dateline(name: str) -> str:
    """ "Jane Doe March 3, 2020", "JOHN SMITH 12.03.2020", "Jane DoeMarch", "John Smith May 3rd": the date goes."""
    digit = _SPACE_DIGIT.search(name) if any(c.isdecimal() for c in name) else None
    if digit and not _WORD.search(name, digit.end()):
        head = name[:digit.start()]
        cut = _without_dated_month(head, name[digit.start():])
        name = cut if cut != head else name
    ends_in_date = _may_end_in_date(name) and not _surname_first_given_month(name.split())
    stripped = (_TRAILING_DATE.sub("", name) if ends_in_date else name).strip(" ,.|·•–—-")
    words = stripped.split()
    if len(words) < 2:  # "Last updated 12 March": nothing of a name is left
        return name
    if words and len(words[-1]) > 4 and words[-1].endswith(_GLUED_MONTH_NAMES):
        words[-1] = _GLUED_MONTH.sub("", words[-1])
    return _without_lower_month(" ".join(w for w in words if w))


def _without_lower_month(name: str) -> str:
    """``name`` without a last word that is a month in lower case (:data:`_LOWER_MONTHS`) after two words or
    more of a name, the one before it capitalised: what is left of a dateline whose day and year a layout
    guess dropped ("Door Jan de Vries mei 2024" guessed as "Jan de Vries mei"). No name ends in a lower-case
    word; a capitalised one ("Han Mei", "Anna Maj") is kept."""
    words = name.split()
    if (len(words) >= 3 and words[-1][:1].islower() and words[-2][:1].isupper()
            and cue_fold(words[-1].rstrip(".")) in _LOWER_MONTHS):
        return " ".join(words[:-1])
    return name


# Editors are credited for checking a text, not writing it ("Edited by", "责任编辑", "Redakteur:",
# "Lektorat"): a name under such a label is never an author.
_EDITOR = Guarded(lazy_re.compile(
    r"(?<!\w)(?:edited by|editing by|editor\s*:|herausgegeben von|redigiert von|redakteur(?:in)?\s*:|lektorat|"
    r"redaktion\s*:|édité par|editado por|edición\s*:|edición de|a cura di|редактор\s*:|под редакцией)|"
    r"责任编辑|責任編輯|编辑|編輯|編集",
    re.IGNORECASE,
))


def _editor(text: str) -> re.Match[str] | None:
    """``_EDITOR.search(text)``, the pattern compiled only where it may match."""
    return _EDITOR.search(text, cue_fold(text))


def editor_line(line: str) -> bool:
    """True when ``line`` is a short credit of an editor ("【责任编辑：严玉洁】", "Edited by Jane Doe")."""
    return len(line) <= 120 and bool(_editor(line))


def _unaccented(text: str) -> str:
    """``text`` without accents: a desk is spelt "Redaccion" as often as "Redacción"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# The organisation words without accents, for credits typed without them ("Redaccion", "Redacao").
_ORG_WORDS_UNACCENTED = WordList(w if w.isascii() else _unaccented(w) for w in _ORG_ENTRIES)


# Organisation words that are also common names, given or family ("Gil Press", "Emily Post", "Robert Service",
# "Sid Perkins", "Rhys ap Gruffydd", "Ann Daily", "Alan Group"): alone in a credit of the form "Given Surname"
# they are the name's; beside another organisation sign, or in a credit no given name opens ("Washington
# Post", "Irish Times", "Press Service", "SID", "AP"), the organisation's.
_NAME_LIKE_ORG_WORDS = frozenset({"press", "service", "post", "sid", "daily", "herald", "times", "group", "wire",
                                  "holding", "rat", "ap"})
_ORG_WORDS_FIRM = WordList(e for e in _ORG_ENTRIES if e not in _NAME_LIKE_ORG_WORDS)
_ORG_WORDS_FIRM_UNACCENTED = WordList(w if w.isascii() else _unaccented(w) for w in _ORG_WORDS_FIRM.entries)


def _org_word_surname(name: str) -> bool:
    """True when ``name`` is "Given Surname" whose surname is an organisation's word that is also a family name
    (:data:`ORG_WORDS_AS_SURNAME`: "Anna Presse", "Anna College", "Lucy Library"): two capitalised words in
    ordinary case, the first a listed given name that does not also name institutions
    (:data:`INSTITUTION_GIVEN_NAMES`: "Grace College", "Trinity Library" are organisations) nor a place
    (:data:`PLACE_GIVEN_NAMES`: "Chelsea School", "Lincoln College"; rva51). Before, the person
    was sorted as an organisation and lost (rva49's left item, authleft51)."""
    words = name.split()
    return (len(words) == 2 and words[1].casefold() in ORG_WORDS_AS_SURNAME and given_name(words[0])
            and words[0].casefold() not in INSTITUTION_GIVEN_NAMES and words[0].casefold() not in PLACE_GIVEN_NAMES
            and all(w[:1].isupper() and w[1:].islower() for w in words))


def _person_with_org_word(name: str) -> bool:
    """True when the organisation words of ``name`` are only words that are also names
    (:data:`_NAME_LIKE_ORG_WORDS`), there is one such word, and ``name`` reads as "Given Surname": two or
    three capitalised words, the first a given name (:func:`~archiver.extract.given_names.given_name`),
    the organisation word its last ("Emily Post", "Gil Press") or its given name ("Sid Perkins"), or
    Welsh "ap" ("son of") written in lower case ("Rhys ap Gruffydd"; "AP" in capitals is the agency)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not given_name(words[0]):
        return False
    if _ORG_WORDS_FIRM.search(name) or _ORG_WORDS_FIRM_UNACCENTED.search(_unaccented(name)) or _ORG_COMPOUND.search(name):
        return False
    hits = [i for i, w in enumerate(words) if w.casefold().strip(".,") in _NAME_LIKE_ORG_WORDS]
    if len(hits) != 1:
        return False
    i, word = hits[0], words[hits[0]]
    if word.casefold() == "ap":
        return word == "ap" and 0 < i < len(words) - 1
    return (i == len(words) - 1 or i == 0) and len(words) <= 3 and all(w[:1].isupper() for w in words) and not word.isupper()


# A company's kind word closing its name ("Tableau Software", "Atlantic Merchant Capital Investors", "Acme
# Systems"): what a press release declares as its author. Only as the last of two or more words, where a
# company names its kind; a writer's title holding one ("Software Engineer") does not end so.
_COMPANY_KIND = frozenset((
    "software", "systems", "technologies", "solutions", "industries", "enterprises", "ventures", "capital",
    "investors", "partners", "consulting", "pharmaceuticals", "therapeutics", "laboratories", "networks",
    "logistics", "dynamics", "analytics", "robotics", "semiconductor", "semiconductors", "airlines", "motors",
    # a practice's or a studio's trade closing its name ("Method Architecture", authors-blind20's first run: a firm's
    # blog declaring the firm as <meta name=author> and printing it under the headline; round auth60), none a surname
    "architecture", "architects", "architekten", "architectes", "arquitectos", "arquitetos", "architetti", "studio",
    "studios", "design", "designs", "interiors", "engineering", "engineers", "creative", "marketing", "communications",
    "productions", "associates", "consultants", "consultancy", "advisors", "advisers", "labs", "interactive"))


# A studio's, an agency's or an office's word opening its name ("Studio Method", "Atelier Nord", "Büro Süd", "Agence
# Lumen", "Estudio Sur"; round auth61): where a European firm puts its kind, before the name, as "Method Architecture"
# puts it after. Only words that are no one's given name or surname alone; "Design", "Capital", "Creative" open
# many a product's or a section's name and stay out.
_FIRM_OPENING = frozenset((
    "studio", "studios", "estudio", "estúdio", "atelier", "ateliers", "agentur", "agency", "agence", "agencia",
    "agência", "agenzia", "büro", "buero", "bureau", "architekturbüro", "designbüro", "planungsbüro", "ingenieurbüro"))


def _company_name(name: str) -> bool:
    """True when ``name`` is two to six capitalised words whose last is a company's kind word
    (:data:`_COMPANY_KIND`) or whose first is a firm's opening word (:data:`_FIRM_OPENING`): a company credited as
    the writer (authors-blind9's first run: a PR Newswire release's ``<meta name=author>`` "Tableau Software";
    "Studio Method", round auth61)."""
    words = name.split()
    return (2 <= len(words) <= 6 and (words[-1].casefold().strip(".,") in _COMPANY_KIND
                                      or words[0].casefold() in _FIRM_OPENING)
            and all(w[:1].isupper() for w in words))


# The brothers or siblings of a family firm or a duo signing together ("Brdr. Price", "Gebr. Müller", "Warner Bros.",
# "Frères Lumière"): the word, or its abbreviation, is no part of one person's name. English "Brothers" and
# "Sisters" stay names (Joyce Brothers); "The ..." is an organisation already.
_SIBLINGS = frozenset((
    "brdr.", "brdr", "bros.", "bros", "gebr.", "gebr", "gebrüder", "gebroeders", "brødrene", "bröderna", "veljekset",
    "frères", "freres", "hermanos", "fratelli", "irmãos", "irmaos", "bracia"))


def _siblings_firm(name: str) -> bool:
    """True when a word of ``name`` names brothers or siblings (:data:`_SIBLINGS`): a family firm or two persons
    credited under one surname ("Af Brdr. Price", authors-blind10's first run), no one person."""
    return len(name.split()) >= 2 and any(w.casefold() in _SIBLINGS for w in name.split())


# Chinese, Japanese and Korean names: two to four characters (a compound surname or a Japanese name five or
# six), written without punctuation; a foreign name transliterated keeps its parts apart with a middle dot.
# A credit in these scripts holding a dash, slash or underscore, or of more than six Han characters without a
# middle dot, is a channel, desk or account ("新浪财经-自媒体综合": a portal's self-media channel declared as
# og article:author, authors-blind9's first run), never a writer's name.
_CJK_SCRIPT = lazy_re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_BREAK = lazy_re.compile(r"[-‐‑–—―－_/／|｜]")
_HAN_LONG = lazy_re.compile(r"^[\u3400-\u9fff]{7,}$")
# A transliterated foreign name: parts apart with a middle dot, a hyphenated given name keeping its hyphen ("让-雅克·卢梭",
# Jean-Jacques Rousseau; "ジャン-ポール・サルトル", with the full-width hyphen too: "让－雅克·卢梭"): only hyphens,
# only between letters, and a middle dot. Without a middle dot a hyphen in these scripts joins a channel to its
# desk ("新浪财经-自媒体综合") far more often than it joins a foreign given name ("让-保罗" alone), so such a credit is
# refused (issue 15, round s43's decision).
_TRANSLITERATED = lazy_re.compile(r"^(?=.*[·・•‧])[^\W\d_]+(?:[-‐‑－][^\W\d_]+)*(?:[·・•‧][^\W\d_]+(?:[-‐‑－][^\W\d_]+)*)+$")


def _cjk_not_a_name(name: str) -> bool:
    """True when ``name`` is written in CJK script (no Latin letter) and is no person's name by its form
    (see the comment above :data:`_CJK_SCRIPT`)."""
    if not _CJK_SCRIPT.search(name) or re.search(r"[A-Za-z]", name):
        return False
    if _TRANSLITERATED.match(name):
        return False
    return bool(_CJK_BREAK.search(name) or _HAN_LONG.match(name.replace(" ", "")))


# A word that only joins or introduces names, never one itself: a particle, an article, a conjunction, a
# preposition printed alone where a credit stood ("di" under a bare lead, "The", "Del"; issue 15, authleft46). Not
# "Per" (a Nordic given name: a one-word byline may be a pen name).
_FUNCTION_WORDS = frozenset((
    "di", "da", "de", "del", "della", "dei", "degli", "des", "du", "do", "dos", "das", "van", "von", "vom", "zu",
    "der", "die", "den", "dem", "het", "the", "a", "an", "of", "and", "or", "by", "for", "with", "le", "la", "les",
    "el", "los", "las", "il", "lo", "gli", "und", "et", "y", "e", "o", "ou", "al", "au", "aux", "por", "par",
    "para", "door", "op", "af", "av", "och", "og", "en", "mit", "avec", "con", "com", "z", "w", "i"))
# The word a date follows in a credit ("Published on", "Veröffentlicht am", "Gepubliceerd op", "Publicado em").
_DATE_LEAD_WORDS = frozenset(("on", "at", "am", "um", "im", "op", "em"))
# Glued without a space: two capitalised names run together in one word ("LukácsZsolt"), four lower-case letters
# at least before the second capital, so "McDonald", "MacKenzie", "DeAndre", "FitzGerald" stay whole.
# A public body named as an institution ("Roma Capitale", "Regione Lombardia", "Ville de Paris", "Comune di
# Milano", "Stadt Wien", "Ayuntamiento de Madrid"): its first word (or "Capitale" last) says it is no person.
_BODY_FIRST = frozenset((
    "regione", "provincia", "comune", "città", "citta", "municipio", "région", "region", "département",
    "departement", "commune", "mairie", "préfecture", "prefecture", "stadt", "gemeinde", "landkreis", "bezirk",
    "kanton", "ayuntamiento", "generalitat", "diputación", "diputacion", "junta", "comunidad", "prefeitura",
    "câmara", "camara", "governo", "gobierno", "gouvernement", "regierung", "ministero", "ministerio", "ministère",
    "ministerium", "gmina", "powiat", "urząd", "województwo", "miasto", "gemeente", "provincie"))
_BODY_LAST = frozenset(("capitale",))
# First words of a public body only before "de" ("Ville de Paris", "Ville d'Avignon", "Ville du Havre"): "Ville" alone
# before a name is a Finnish given name ("Ville Valo", "Ville Niinistö"), a person.
_BODY_BEFORE_OF = frozenset(("ville",))
_OF_WORD = lazy_re.compile(r"^(?:de|du|des|d['’]\w*)$")
# A family or a household credited as a brand ("Nestle Family", "Familie Huber"): a group, no person to cite.
_FAMILY_WORDS = frozenset(("family", "familie", "famille", "famiglia", "familia", "família", "rodzina", "familj"))
# A one-word outlet or agency after "By" ("Euronews", "Africanews", "Eurosport"-like compounds of a news word), in
# any case ("JakeMedia", "JAKEMEDIA", "AppleInsider": authleft47, such a credit was a person).
_OUTLET_WORD = lazy_re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]{2,}(?i:news|press|media|wire|radio|online|insider)$")
# A possessive inside a credit: a business named for its owner ("Mickey's Diner", "Joe's Pizza").
_POSSESSIVE_WORD = lazy_re.compile(r"^[^\W\d_]+['’]s$")


def _no_name_form(name: str) -> bool:
    """True when ``name`` has no person's name's form: a lone function word (:data:`_FUNCTION_WORDS`), or two
    capitalised names glued into one word (:func:`_glued_names`: which of them is the surname cannot be told,
    nothing is reported rather than a doubtful name)."""
    if " " in name:  # a credit's lead left without its date ("Gepubliceerd op", "Published on"): no name ends so
        last = name.rsplit(" ", 1)[1]
        return last.islower() and (last in _FUNCTION_WORDS or last in _DATE_LEAD_WORDS)
    return name.casefold() in _FUNCTION_WORDS or _glued_names(name)


def _glued_names(word: str) -> bool:
    """True when ``word`` is two capitalised names run together (the first of five letters at least, the second of
    three: :func:`~archiver.extract.name_letters.glued_words`, in any script), one of them a listed given name
    ("LukácsZsolt"); a brand written so ("AppleInsider", "GamesIndustry") names no given name and is left to the
    other checks (an outlet's credit, the site's own name)."""
    parts = glued_words(word, 5, 3)
    return parts is not None and (given_name(parts[0]) or given_name(parts[1]))


def _business_or_body(name: str) -> bool:
    """True when ``name`` names an organisation by its form, not its words: a public body (:data:`_BODY_FIRST`,
    "Roma Capitale"), a family as a brand ("Nestle Family"), a one-word outlet ("Euronews"), a business named with
    a possessive ("Mickey's Diner") or a cook's title that is no person's ("Chef Boyardee", "Top Chef Kitchen":
    only a title first and a listed given name after it is a cook, "Chef Jack Ovens", "Chef Jean-Pierre")."""
    words = name.split()
    folded = [w.casefold() for w in words]
    if len(words) == 1:
        return _OUTLET_WORD.match(name) is not None
    if folded[0] in _BODY_FIRST or folded[-1] in _BODY_LAST or folded[-1] in _FAMILY_WORDS:
        return True
    if folded[0] in _BODY_BEFORE_OF and _OF_WORD.match(folded[1]):
        return True
    if any(_POSSESSIVE_WORD.match(w) for w in words[:-1]):
        return True
    if "chef" in folded:
        at = folded.index("chef")
        return at != 0 or not given_name(words[1])
    return False


def _institution_place(words: Sequence[str]) -> bool:
    """True when ``words`` open with a given name that also names institutions (:data:`INSTITUTION_GIVEN_NAMES`:
    "Grace", "Hope", "Victoria", "Trinity") and end with a building's or a place's kind word (:data:`PLACE_WORDS`:
    "Grace Church", "Victoria Station", "Hope Hospital"): a place or a body, credited after "By" as a church's
    or a station's newsletter is, never a person (review rva51: "By Grace Church" was reported as one). A
    surname-like kind word (:data:`~archiver.extract.place_names.SURNAME_PLACE_WORDS`: "Grace Park") and any other
    given name before such a word ("Charlotte Church") leave the name a person's."""
    last = words[-1].casefold() if len(words) >= 2 else ""
    return (words[0].casefold() in INSTITUTION_GIVEN_NAMES and last in PLACE_WORDS
            and last not in SURNAME_PLACE_WORDS)


# Articles in lower case that open no person's name, only a body's ("Von der Deutschen Bank", "Von den Stadtwerken
# Bonn", "Por el Ayuntamiento"). A surname printed alone may open with its particle ("de Vries", "da Silva", "la
# Fontaine", "das Neves"), so these are the articles no particle shares but "den" (Dutch "den Uyl"): a surname alone is
# a doubtful citation, a body credited "von den" a common one.
_ARTICLE_OPENS_NO_NAME = frozenset(("der", "die", "dem", "den", "el", "il", "lo", "gli", "les"))


def name_kind(name: str) -> str | None:
    """"person", "org" or None (neither: a label, interface text, a date, a fragment).

    A person's name is 1-6 words of letters (any script), at most 60 characters, with no
    digits, no interface or date words and no organisation words; an organisation is a credit
    that names an agency, company, newsroom or public body (also as a German compound,
    "Caritasverband"), or a domain written out ("Jungefreiheit De"). An account handle
    ("christian.stadtfeld", "arianschlichenmayer") is neither: a doubtful name is not reported. Mononyms pass (bloggers sign so),
    but a single word that is a label or interface text does not.
    """
    name = _WS.sub(" ", name).strip(" .,:;-–—()[]\"'")
    if not name or len(name) > 80 or _label_only_name(name) or _no_name_form(name):
        return None
    if _business_or_body(name):
        return "org"
    if re.search(r"admin(?!istra)", name, re.I) or _editor(name) or _date_word_in_name(name):
        return None
    if (_ORG_WORDS.search(name) or _ORG_WORDS_UNACCENTED.search(_unaccented(name)) or _ORG_COMPOUND.search(name) or name.lower().startswith("the ")
            or ("." in name and _DOMAIN.search(name)) or (" " in name and _TLD_TAIL.search(name))) and not (
                " " in name and "." not in name and (_person_with_org_word(name) or _org_word_surname(name))):
        return "org" if not re.search(r"\d|https?:|@", name) else None
    if not name.isascii() and _CJK_ORG.search(name):  # its kind words are CJK: ASCII never matches
        return "org"
    if desk_credit(name):  # "নিজস্ব প্রতিবেদক", "本报记者", "مراسلنا": a desk or a post in a script the lists above miss
        return None
    if office_names.titled_phrase(name):  # "Head of Marketing": a job title, no one's name (b15auth)
        return None
    if office_names.department_name(name):  # "Illinois Admissions": an office credited (b15auth)
        return "org"
    if _company_name(name) or _siblings_firm(name):
        return "org"
    if office_names.field_name(name):  # "HR Strategy", "Data Science": a blog's category, no one (session 64); a
        return None  # firm's name ending so ("Harbor Analytics") is read as a company's just above
    if not name.isascii() and _cjk_not_a_name(name):
        return None
    if _acronym_alone(name):  # "PTI", "IANS", "CNN": an agency or an outlet; "AS": initials, doubtful
        return "org" if len(name) >= 3 else None
    if _HANDLE.match(name) or _BRAND_AND.search(name):
        return None
    if len(name) > 60 or len(name) < 2 or _not_name(name) or role_opens(name):
        return None  # role_opens: "Editor Mason", "Senior Correspondent", a post ("Staff Writer", a desk, is an org above)
    words = name.split()
    if len(words) > 6 or not all(re.match(r"^[^\W\d_]", w) or w[:1] in "(“\"'" for w in words):
        return None
    if any(" ".join(words[:k]).casefold() in MULTI_WORD_PLACES for k in range(2, min(len(words), 4) + 1)):
        return None  # "Hong Kong", "Sri Lanka Correspondent": a listed place opens it (authleft51: "By Sri Lanka")
    if _institution_place(words):
        return None  # "Grace Church", "Victoria Station": a building or a body named for a given name (rva51)
    if words[0] in _ARTICLE_OPENS_NO_NAME and not (len(words) == 2 and given_name(words[1])):
        # "der Deutschen Bank", "der Stadt Wien": what "Von" credits is a body (rva55), never a person; a blogger's
        # nickname of an article and a given name ("Eingestellt von der Michel") is still hers
        return None
    if len(words) == 1 and len(name) < 3 and not re.search(r"[\u3040-\u9fff\uac00-\ud7af]", name):
        return None
    return "person"


#: A name's elided particle glued to the next word ("d'Estaing", "al-Hassan"): lower case, and still a name's.
_GLUED_LOWER = lazy_re.compile(r"(?:d|dell|degli|l|al|el)['’-](?=\w)")


def lower_word_after_capital(name: str) -> bool:
    """Whether ``name`` opens capitalised and holds a later word in lower case that is no name's particle ("Personal
    finance", a category tag inside a byline element, authors-blind36). Asked of a guess from the layout only: a name
    an account declares may be typed so ("Mobasir hassan" in a recipe blog's JSON-LD and meta author)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and any(
        w[:1].islower() and w not in PARTICLES and w not in _MORE_PARTICLES and not _GLUED_LOWER.match(w)
        for w in words[1:])


#: Lower-case words of names beside :data:`~archiver.extract.name_letters.PARTICLES`: Welsh "ap"/"ab" ("Rhys ap
#: Gruffydd"), Hebrew and Arabic "ben"/"bat"/"bint", Dutch "op", "in", "het", "te".
_MORE_PARTICLES = frozenset(("ap", "ab", "ben", "bat", "bint", "op", "in", "het", "te", "'t", "’t"))


def persons_and_orgs(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split credited names into plausible persons and organisations; drop everything else."""
    persons: list[str] = []
    orgs: list[str] = []
    for raw in names:
        name = raw.strip()
        if _editor(name):
            continue  # "责任编辑：严玉洁", "Edited by Jane Doe": an editor, not an author
        name = name.rsplit(":", 1)[-1] if re.match(r"^[^:]{1,30}[:：]\s*\S", name) else name
        name = name.strip()
        if not particles_open_surname(name.split()):  # "Von der Leyen Ursula": "Von" is her surname's, no lead
            name = _LABEL_LEAD.sub("", name)
        name = _undoubled(_strip_dateline(name))
        kind = name_kind(name)
        if kind == "org":
            name = _org_as_named(name)
        if kind == "person" and name not in persons:
            persons.append(name)
        elif kind == "org" and name not in orgs:
            orgs.append(name)
    return persons, orgs


# The article a sentence puts before an organisation's name, in lower case ("By the Associated Press", "Von der
# Redaktion", "Par la rédaction", "Par l'AFP"): the credit's grammar, no part of the name. A capitalised one is printed
# as the name's ("The Associated Press", "Die Zeit", "Le Monde") and kept.
_SENTENCE_ARTICLE = lazy_re.compile(r"^(?:(?P<word>the|der|die|das|den|dem|des|la|le|les|el|los|las|il|lo|gli)\s+|"
                                    r"(?:l|dell)['’])(?=\w)")


def _org_as_named(org: str) -> str:
    """``org`` as its name is cited (round authleft57): without a lower-case article the sentence put before it
    (:data:`_SENTENCE_ARTICLE`), and a German body's dative adjective after "der" in the nominative ("der Deutschen
    Presse-Agentur": "Deutsche Presse-Agentur"); as it is when no organisation would be left."""
    m = _SENTENCE_ARTICLE.match(org)
    if m is None:
        return org
    rest = org[m.end():]
    if m.group("word") == "der" and _german_body_after("von der", rest):
        rest = _nominative("von der", rest)
    return rest if name_kind(rest) == "org" else org


def citation_names(values: Sequence[str] | None) -> list[str]:
    """Highwire/Dublin Core authors, one per tag, often "Last, First": made "First Last"."""
    names: list[str] = []
    for value in values or ():
        parts = [p.strip() for p in value.split(",")]
        if len(parts) == 2 and all(parts) and len(parts[0].split()) <= 2 and len(parts[1].split()) <= 2:
            value = f"{parts[1]} {parts[0]}"
        names.extend(n for n in clean_authors(value) if n not in names)
    return names


_JSONLD_ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "governmentorganization",
                     "ngo", "educationalorganization", "newsagency", "website", "brand"}


def jsonld_authors(main: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(persons, organisations) JSON-LD names as authors; an item typed Organization is one."""
    raw = main.get("author") or main.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    persons: list[str] = []
    orgs: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = clean_value(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = clean_value(f"{item.get('givenName') or ''} {item.get('familyName') or ''}")
            kind = item.get("@type")
            kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
            if name:  # Yoast types a one-person site's owner ["Person", "Organization"]: a person
                (orgs if kinds & _JSONLD_ORG_TYPES and "person" not in kinds else persons).append(name)
        elif isinstance(item, str) and not item.startswith("http"):
            persons.append(item)
    return clean_authors(persons), clean_authors(orgs)


# A capital ``[A-ZÀ-ÖØ-ÞА-ЯЁ]`` and a character of a name ``[\w.'’-]``, each written as a branch whose
# classes sre builds cheaply: a class mixing Latin-1 and higher characters costs ~0.2 ms to compile
# (a 64K bitmap), and ``_BYLINE`` held eight (~1.1 ms, on every page with a byline: issue 13). The
# look-ahead keeps the parser from merging the branches back into one class; each branch still
# matches one character, the same ones (tests/test_extract_signals_guards.py).
_CAP = "(?:[A-ZÀ-ÖØ-Þ]|(?=[ЁА-Я]).)"
_NAME_CHAR = r"(?:[\w.'-]|(?=’).)"
# A name's particles, up to two before a capitalised word ("Juan de los Santos", "Jan van der Berg").
_NAME = (_CAP + _NAME_CHAR + r"+(?:\s+(?:(?:van|von|de|der|den|da|das|dos|del|della|la|las|los|le|di|bin|al|du|ten|ter)"
         r"\s*){0,2}" + _CAP + _NAME_CHAR + r"*\.?){1,3}")
_BYLINE = lazy_re.compile(
    r"^\s*(?i:by|von|par|por|di|από|un texte de|texte de|autor:|autora:|автор:?|текст:?)\s+(" + _NAME + r"(?:\s*(?:,\s*(?:\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)|,|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b)\s*" + _NAME + r")*)"
    # after the names: the desk ("Un texte de Frédéric Zalac d'Enquête") or the date and time
    # ("By Erin Cunningham March 18 at 3:57 PM"; a month glued to the names is cut by clean_authors)
    r"(?:\s+[dl]['’]\w.*|\s*(?:[,|·-]|(?=[•–—]).)?\s*(?:(?:" + _LOWER_MONTH_WORDS + r")\.?\s+)?\d.*)?\s*$"
)


def _cjk_byline(line: str) -> list[str]:
    """The persons of a Chinese or Japanese writer's label credit ("作者：张三", "著者：山田太郎"), else of a Korean or
    Chinese byline ("김하늘 기자", "（记者 王小明）"): the candidates :mod:`archiver.extract.cjk_credits` reads, each
    checked as a person's name here."""
    label = cjk_credits.label_credit_name(line)
    if label is not None and name_kind(label) == "person":
        return [label]
    return [n for n in cjk_credits.byline_names(line) if name_kind(n) == "person"]


# A picture's rights printed under its "Autor:" credit: a source label and the licence or rights the picture is used
# under ("Autor: Super Express" / "Źródło: pełne prawa - umowa autorska", "Source: all rights reserved"). The credit
# above such a line is the picture's, not the article's (authors-blind11's first run).
_PICTURE_RIGHTS = lazy_re.compile(
    r"^\W{0,3}(?:źródło|zdroj|vir|quelle|source|fuente|fonte|forrás|kilde|källa|bron|lähde)\s*:.{0,80}?"
    r"(?<!\w)(?:prawa|práva|pravice|rechte|rights|droits|derechos|direitos|diritti|jogok|rettigheder|rättigheter|"
    r"rechten|oikeudet|licen[cszç]\w*|umowa|copyright)(?!\w)",
    re.IGNORECASE,
)
_AUTOR_LABEL = lazy_re.compile(r"^\s*(?i:autor|autora|автор)\s*:")


# A writer's lead printed on a line of its own, the name on the next ("By" / "Andy Walker", "di" / "Daniele Fiori",
# "Posted by" / "Mel Joulwan": the lead and the name in two elements; blind10's and blind11's misses).
_BARE_LEAD = lazy_re.compile(r"^\W{0,3}(?:by|von|par|por|di|door|af|av|από|posted by|written by)\s*[:：]?\s*$",
                             re.IGNORECASE)


def bare_lead(line: str) -> bool:
    """True when ``line`` is only a writer's lead (:data:`_BARE_LEAD`): its name stands on the next line."""
    return len(line) <= 12 and _BARE_LEAD.match(line) is not None


# An author field's label on a line of its own, its names on the lines under it (a report's "Author(s)" over one name a
# line, a blog's "Author:" over the writer's name; blind13's c2es.org and nonprofitaccountingbasics.org). The plural
# forms may list several names; the singular one, which must end in a colon, names one.
_LABEL_ALONE = lazy_re.compile(
    # the label may name the piece it credits ("Article Authors", "Post Author": authors-blind19's first run lost the
    # writer under "Article Authors"; round b20auth); never a book's ("Book Author" is a reviewed book's record)
    r"^\W{0,3}(?:(?:article|post|story)\s+)?(?:(?P<many>authors|author\s*\(s\)|autor(?:en|es|zy|i)|autor\s*\(?innen\)?|auteurs|auteur\s*\(s\)|"
    r"autori|autoras?\s*\(as?\))\s*[:：]?|(?:author|autor|autora|autore|auteur|autrice)\s*[:：])\s*$", re.IGNORECASE)
#: At most this many names under one label (a report's authors list); more is a list of something else.
_LABEL_NAMES = 6


def label_list(lines: Sequence[str], i: int) -> list[str]:
    """The names under an author field's label at ``lines[i]`` (:data:`_LABEL_ALONE`): each following line a full name
    of a person alone (:func:`_full_name`, no job title), one under a singular label, up to :data:`_LABEL_NAMES` under a
    plural one. ``[]`` when the line under the label is no such name: a label over a profile link or a text names no
    one, and a wrong name is worse than none."""
    m = _LABEL_ALONE.match(lines[i]) if len(lines[i]) <= 24 else None  # "Article Author(s):"
    if m is None:
        return []
    names: list[str] = []
    for line in lines[i + 1:i + 1 + (_LABEL_NAMES if m.group("many") else 1)]:
        name = line.strip()
        if len(name) > 40 or not _full_name(name) or job_title(name) or name_kind(name) != "person" \
                or clean_authors(name, led=True) != [name]:
            break
        names.append(name)
    return names


def dated_label_list(lines: Sequence[str], i: int, above: int = 2) -> list[str]:
    """:func:`label_list` at ``lines[i]`` when the label stands in the article's own metadata block, a date within
    the two lines above it or the two under its names ("Date" / "November 2003" / "Author(s)" / ..., "Updated:" /
    "Jun 01, 2021" / "Author:" / ...); else ``[]``. Undated, the same label lists a reading list's or a reviewed book's
    authors ("Further reading" / "Authors" / "Richard Powers"; "Book" / "The Testaments" / "Author:" / "Margaret
    Atwood") or a quoted study's (review rvb14a), and a wrong name is worse than none. ``above``: the lines over the
    label the date may stand on, more than two where the caller knows them to be the article's own header (the lines
    between the headline and the label: "<headline>" / "Date March 20, 2024" / "Categories" / "Nonprofit" / "Article
    Authors" / ...; round b20auth)."""
    names = label_list(lines, i)
    if not names:
        return []
    near = [*lines[max(i - max(above, 2), 0):i], *lines[i + 1 + len(names):i + 3 + len(names)]]
    if any(_BOOK_FIELD.search(line) for line in [*lines[max(i - 4, 0):i], *lines[i + 1 + len(names):i + 5 + len(names)]]):
        return []  # a book's record (its publisher, ISBN, pages): the date is the book's, the names its authors'
    return names if any(len(line) <= 60 and (_date_in(line) or _MONTH_YEAR.match(line)) for line in near) else []


# The fields of a book's (or an album's) record, in the seven languages: a dated block holding one lists the work's
# authors, not the article's ("The book" / "March 2020" / "Authors" / names / "Publisher: ..., 312 pages"; round
# authleft48: a review's book block named the book's two authors as the review's).
_BOOK_FIELD = Folding(lazy_re.compile(
    r"(?<!\w)(?:isbn|issn|publisher|hardcover|paperback|hardback|verlag|gebunden|taschenbuch|éditeur|éditions|"
    r"broché|relié|editorial\s*:|tapa (?:dura|blanda)|editore|rilegato|editora|brochura|издательство|переплёт|"
    r"переплет|record label)(?!\w)|\d\s*(?:pages|seiten|páginas|pagine|страниц\w*|pp\.)(?!\w)", re.IGNORECASE))


#: A report's date as its metadata block prints it, a month and a year alone ("November 2003", "Mai 2024").
_MONTH_YEAR = lazy_re.compile(r"^\W*(?:" + _MONTH_WORDS + r")\.?\s+(?:1[89]|20)\d\d\W*$", re.IGNORECASE)


# What may follow the names on the line under a bare lead: the credit's own tail ("Jane Partridge, Staff Writer",
# "| Harbor Daily", "on May 1, 2026", "Updated May 1", "at 9:15 AM", "@janep"), not running text ("..., the council").
_AFTER_LEAD_NAMES = lazy_re.compile(r"^(?:$|[\W\d]|(?-i:[A-ZÀ-ÖØ-Þ])|(?:am|on|le|el|il|em|at|um|à|в)(?:\s|$))",
                                    re.IGNORECASE)


def names_fill(line: str, names: Sequence[str]) -> bool:
    """True when ``line``, printed under a bare lead (:func:`bare_lead`), opens with ``names`` and goes on only as a
    credit goes on (:data:`_AFTER_LEAD_NAMES`): not the story's date ("By" / "May 01, 2026" read "May") nor a sentence
    opening with a capitalised phrase ("By" / "Martin Luther King Day, the council had settled its budget.")."""
    text = line.strip()
    if not names or date_at(text) or not text.casefold().startswith(names[0].casefold()):
        return False
    at = text.casefold().find(names[-1].casefold())
    rest = text[at + len(names[-1]):].lstrip(" ,;&|/·•–—-") if at >= 0 else text
    return _AFTER_LEAD_NAMES.match(rest) is not None and not (
        _SENTENCE_END.search(text) and len(text.split()) >= 6)


def picture_rights_below(lines: Sequence[str], i: int) -> bool:
    """True when line ``i`` is an "Autor:" label whose next line names the rights a picture is used under."""
    return (_AUTOR_LABEL.match(lines[i]) is not None and i + 1 < len(lines)
            and _PICTURE_RIGHTS.match(lines[i + 1]) is not None and not _rights_reserved(lines[i + 1]))


# The page's own copyright notice, all rights reserved ("Źródło: PAP, prawa zastrzeżone", "Source: Reuters, all rights
# reserved", "Quelle: dpa, alle Rechte vorbehalten"): the story's source and its rights, not a picture's licence; the
# "Autor:" credit above it stays the writer's (authleft46). A licence or a contract ("pełne prawa - umowa autorska")
# is a picture's.
_RIGHTS_RESERVED = lazy_re.compile(
    r"(?<!\w)(?:(?:wszelkie\s+)?prawa\s+zastrze[żz]one|all\s+rights\s+reserved|(?:alle\s+)?rechte\s+vorbehalten|"
    r"(?:tous\s+)?droits\s+r[ée]serv[ée]s|(?:todos\s+los\s+)?derechos\s+reservados|"
    r"(?:todos\s+os\s+)?direitos\s+reservados|(?:tutti\s+i\s+)?diritti\s+riservati|"
    r"v[šs]etky\s+pr[áa]va\s+vyhraden[ée]|v[šs]echna\s+pr[áa]va\s+vyhrazena|alle\s+rechten\s+voorbehouden)(?!\w)",
    re.IGNORECASE)


def _rights_reserved(line: str) -> bool:
    """True when ``line`` names a source and reserves all rights (:data:`_RIGHTS_RESERVED`): a story's copyright
    notice. Rights reserved with no source named ("Quelle: alle Rechte vorbehalten") under an "Autor:" credit in a
    figure are as often a picture's."""
    m = _RIGHTS_RESERVED.search(line)
    if m is None:
        return False
    source = line[line.find(":") + 1:m.start()]  # a source named before the rights ("PAP, prawa zastrzeżone")
    return re.search(r"[^\W\d_]{2}", source) is not None


def byline_authors(lines: Iterable[str]) -> list[str]:
    """Authors from a visible byline such as "By Stephen Lendman", or a Korean or Chinese one
    ("정덕현 칼럼니스트", "（记者 王小明）"): the first one on the page. An "Autor:" credit with a picture's rights
    on the next line is the picture's (:data:`_PICTURE_RIGHTS`) and is passed over."""
    lines = lines if isinstance(lines, Sequence) else list(lines)
    for i, line in enumerate(lines):
        under = lines[i + 1] if len(line) <= 12 and i + 1 < len(lines) and len(lines[i + 1]) <= 80 \
            and bare_lead(line) else None
        if under is not None:
            line = f"{line.strip()} {under.strip()}"  # "By" on a line of its own, the name on the next
        if len(line) <= 100:
            if "@" in line:  # "By Chris Pokorny@DawgsByNature": the handle is no part of the byline's name
                line = _without_glued_handle(line)
            m = _BYLINE.match(line)
            if m and picture_rights_below(lines, i):
                continue
            if m and not _one_word_after_greek_lead(line[:m.start(1)], names := clean_authors(
                    _without_dated_month(m.group(1), line[m.end(1):]), led=True)) and (under is None or names_fill(under, names)):
                return names
        cjk = _cjk_byline(line) if not line.isascii() else []
        if cjk:
            return cjk
    return []


# A credit printed as a byline: a verb of writing or posting and "by", or the label "Author:".
# A numeric date may come first ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: ...").
# The writer's lead in each language the blind sets met (extractor 38 added the Nordic "Af"/"Av" and
# "Skrevet af", "Napisał(a)", "Piše", "Írta" and the labels "Autrice", "Penulis", "Författare",
# "Skribent", "Yazar", "Szerző", "Tekst", Finnish "Teksti", "Kirjoittaja" and the plurals "Authors", "Autoren",
# "Autores", "Auteurs", "Autorzy", "Авторы"), so that a credit reads alike in every language.
# (An interviewer's "Interview by <name>" under a Q&A's headline too: Five Books' pages, authors-blind34.)
_CREDIT_LEAD = StartGuarded(lazy_re.compile(
    r"^\W{0,3}(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*[-–—|•·]\s*)?"
    r"(?:" + _SENTENCE_LEAD + r"\s*[:：]?\s+|(?:(?:written|authored|posted|published|interview|interviewed|words|erstellt|geschrieben|verfasst|veröffentlicht|eingestellt|"
    r"publié|écrit|rédigé|escrito|publicado|redactado|scritto|pubblicato|postato|skrevet|skrivet|geschreven|gemaakt)\s+)?"
    r"(?:by|von|par|por|di|da|door|af|av|από|napisał[a]?|napisali|piše|írta|(?:un\s+)?texte\s+de|بقلم|كتب|كتبت|إعداد)\s*[:：]?\s+|"
    r"(?:autor(?:in|en|es|zy)?|autore|autora|autrice|auteur(?:e|s)?|authors?|words|text|texte|texto|testo|tekst|teksti|"
    r"penulis|författare|skribent|yazar|szerző|kirjoittaja|текст|автор(?:ы)?|著者|筆者)\s*[:：]\s*)",
    re.IGNORECASE,
))


def _credit_lead_match(line: str) -> re.Match[str] | None:
    """``_CREDIT_LEAD.match(line)``, the pattern compiled only where it may match."""
    return _CREDIT_LEAD.match(line)


# The credit ends where the byline goes on with a date, a time or a lower-case word ("Fabian am
# Dienstag 6. Mai 2014", "Jane Doe on 3 March", "Jane Doe | 12.03.2020"; "by Jane Doe ● May 3, 2025 ● 6 min read": the
# separators a theme's meta line uses, round b19auth).
# An article before a capitalised word opens an outlet's name, no date ("Juan Pérez de El País", "Tom Smith of Le Monde":
# authleft51, the credit was cut to "Juan Pérez de" and lost). Where the writer files from ends it too, in lower case
# only ("By Sarah Lee in Hong Kong", "Von Anna Berg aus Berlin", "Por Ana López desde Madrid": review rva51, each
# lost the writer; a capitalised "In" is a Korean name's syllable, "Kim In Ho").
_CREDIT_END = lazy_re.compile(r"\s+(?:am|on|em|at|um|à|в|\d|(?-i:in|aus|desde|en)|(?:le|el|il)(?!\s+(?-i:[A-ZÀ-ÖØ-Þ])))(?:\s|$|\d)|\s*[|•·●∙⋅▪◦]|\s+[-–—]\s|,?\s*\d|"
                         # "Un texte de Frédéric Zalac d'Enquête": the desk after the name; not "de l'AFP", which the
                         # name checks read as an affiliation (authleft57: "Par Jean Dupont de l'AFP" lost the writer)
                         r"(?<!\bde)\s+[dl]['’](?=\w)|"
                         r"\s+[^\W\d_]+\s*[:：]", re.IGNORECASE)  # "... Kategorien: Mode": the next label
# The elided "d'"/"l'" that ends a credit after a full name only ("Frédéric Zalac d'Enquête"); after one word it is a
# particle of the name ("Par Jean d'Ormesson") or of a body's ("Par Ville d'Avignon"), not the desk after it.
_ELIDED_OF = lazy_re.compile(r"\s+[dl]['’]$", re.IGNORECASE)
_NEAR_HEADLINE = (1, 2, 3, 4, 5, -1, -2)




def _name_over_date(lines: Sequence[str], i: int, site: frozenset[str] = frozenset()) -> list[str]:
    """``[name]`` when line ``i`` is a person's full name and nothing else (two capitalised words, the first a
    listed given name) and the next line is the story's date ("Filip Cleeren" / "Edited: Jan 27, 2026, 8:55 PM",
    "Gary Marcus" / "May 01, 2026"): a byline without a lead, as sites print it under the headline and standfirst
    (authors-blind11's misses). Only below the headline (:func:`headline_credit`): above it such a pair is as often
    a teaser's."""
    line = _without_publication(lines, i, site)
    if len(line) <= 60 and any(c.isupper() for c in line[1:]):
        line = _unglued(line)  # "Jennifer HewettColumnist": the role printed in the next element, no space between
    words = line.split()
    date = i + 2 if i + 2 < len(lines) and _follow_button(lines[i + 1]) else i + 1
    if len(words) != 2 or len(line) > 40 or date >= len(lines):
        return []  # two words: a third is as often a school or a team after an athlete's name ("Ben Patton Trinity")
    dated = _meta_date(lines[date])
    if dated is None:
        return []
    post = _READING_TIME.search(lines[date]) is not None
    if not (name_word(words[0]) and prefixed_name_word(words[1])) or place_name(line) \
            or not (byline_titles.opens_with_given_name(line) or post and _site_owner(lines, line)):
        return []  # letters only: "John Patrick Pullen,TIME" runs the outlet on; "Jackson Hole", "Hong Kong" are places
    if not _date_in(dated) or name_kind(line) != "person":
        return []
    if post and _site_owner(lines, line):
        return [line]  # the writer's own blog, which names its owner in its footer
    return [] if _named_elsewhere(lines, date - 1, words[-1], line) else [line]


#: The separators of a post's meta line ("Dec 19, 2025 | Last updated on Dec 19, 2025 | 4 min read").
_META_PARTS = lazy_re.compile(r"\s*[|·•∙]\s*")
#: The longest date line, and the longest part of a meta line, under a name alone (characters).
_DATE_LINE = 40
#: The longest meta line of parts under a name alone (characters).
_META_LINE = 90


def _meta_date(line: str) -> str | None:
    """The date part of the line under a name alone: the line itself when it is short (:data:`_DATE_LINE`), or the
    first part of a post's meta line whose parts are each as short ("Dec 19, 2025|Last updated on Dec 19, 2025|xx min
    read" under "Spencer McIntyre", notices-blind37's security blog, was too long a line to read as the date); None
    else: a longer line is a teaser's sentence as often as a date."""
    if len(line) <= _DATE_LINE:
        return line
    parts = _META_PARTS.split(line.strip())
    if len(line) > _META_LINE or len(parts) < 2 or any(not p or len(p) > _DATE_LINE for p in parts):
        return None
    return parts[0]


# A post's reading time after its date ("Dec 18, 2025 2 min read", "Apr 12 · 4 min read"): the meta line a blog
# platform (Ghost, Medium, Substack) prints under its writer's name. A name alone over it is the post's writer when the
# site's copyright line names the same person (:func:`_site_owner`: the writer's own blog, which names its owner in its
# footer; blind13's Ghost page, "Franck Nijhof"); else the given-name list is asked, as a topic's or a related post's
# two-word title stands over a reading time as often ("Climate Change", "Apple Vision"; review rvb14a), and so are the
# story's mentions of the surname, as a story's subject does too ("Marcus Rashford" over "<date> · 3 min read" on a
# story about him; round authleft48).
_READING_TIME = lazy_re.compile(r"(?<!\w)\d{1,3}\s*(?:min(?:ute)?s?|mins?\.)\s+read(?!\w)", re.IGNORECASE)
# A newsletter's or a blog's name after the writer's, as a platform prints the pair over the date ("Andrea Valeria -
# Remote Jobs", "Jane Roe · The Weekly"): the name before the separator, when what follows is a short title.
_PUBLICATION_AFTER = lazy_re.compile(r"^(?P<name>[^\W\d_][^-·∙|]{2,40}?)\s+[-·∙]\s+(?:[^\W\d_][\w'’&.]*\s*){1,4}$")


def _names_over_date(lines: Sequence[str], i: int, last: int | None = None) -> list[str]:
    """The names of line ``i`` when it is a list of persons and nothing else ("Rui Ma, Heba Ledwon, Manoel Cortes
    Mendez & Suparn Patra": :func:`byline_lists.name_list`) and the next line is the story's date: a shared byline
    without a lead, as :func:`_name_over_date` reads one name (authors-blind16's first run reported only the name the
    meta gave; round b17auth). Each part is a person by :func:`name_kind` and no place, one opens with a listed given
    name, and the story below names none of their surnames (a list of the story's subjects over its date is named again
    in it); the story ends at ``last``, its last paragraph, when known: the writers' own comments and author boxes
    under it name them again. "The Russian and Syrian defense ministries" is no list of names."""
    if i + 1 >= len(lines) or len(lines[i + 1]) > 40 or not _date_in(lines[i + 1]):
        return []
    parts = byline_lists.name_list(lines[i])
    named = byline_titles.name_with_title(parts)
    parts = [named] if named is not None else parts  # a name and its title's halves ("Founder & Lead Reviewer")
    if not parts or not any(byline_titles.opens_with_given_name(p) for p in parts) \
            or any(name_kind(p) != "person" or place_name(p) for p in parts):
        return []
    story = lines[: last + 1] if last is not None and last > i else lines
    return [] if any(_named_elsewhere(story, i, p.split()[-1], p) for p in parts) else parts


def _glued_to_date(line: str) -> list[str]:
    """The writer (or writers) of a date line with the name glued after the year, no space ("Dec 17, 2025Julian K.
    Arni": two elements the page's text runs together; :func:`byline_lists.glued_date_name`): the date part a whole
    date (:func:`date_at`), each name a person by :func:`name_kind`, no place, one opening with a listed given name
    (as :func:`meta_line_name` reads a name after a date apart by "·")."""
    pair = byline_lists.glued_date_name(line)
    if pair is None or date_at(pair[0]) is None:
        return []
    names = byline_lists.name_list(pair[1]) or [pair[1]]
    if not any(given_name(n.split()[0]) for n in names) or any(name_kind(n) != "person" or place_name(n) for n in names):
        return []
    return names


def _site_owner(lines: Sequence[str], name: str) -> bool:
    """True when the page's copyright line (:data:`_COPYRIGHT_MARK`) names ``name``: a writer's own blog."""
    return any(name in line and _COPYRIGHT_MARK.search(line) for line in lines)


def _without_publication(lines: Sequence[str], i: int, site: frozenset[str] = frozenset()) -> str:
    """``lines[i]`` without a publication's name printed after the writer's (:data:`_PUBLICATION_AFTER`), else as it
    is. Only when the page shows the publication as its own (:func:`_site_publication`) or the name as its owner
    (:func:`_site_owner`): "Marcus Rashford - Manchester United" over the date pairs a story's subject with his club
    (or a topic), and the dash alone does not tell a newsletter from a club (round authleft48: the footballer was
    cited as the writer)."""
    line = lines[i].strip()
    m = _PUBLICATION_AFTER.match(line) if " " in line and len(line) <= 80 else None
    if m is None:
        return line
    name = m.group("name").strip()
    publication = line[m.end("name"):].strip(" -·∙")
    return name if _site_publication(lines, i, publication, site) or _site_owner(lines, name) else line


#: How many of a page's first lines may print its masthead (the site's name, then "Subscribe", "Sign in").
_MASTHEAD_LINES = 3


def _site_publication(lines: Sequence[str], i: int, publication: str, site: frozenset[str] = frozenset()) -> bool:
    """True when ``publication`` is the site's own name on this page: a line of its own among the page's first
    (:data:`_MASTHEAD_LINES`, the newsletter's or blog's masthead) or in the copyright line (:data:`_COPYRIGHT_MARK`).
    A club, a party or a topic after a subject's name is printed in the story's sentences, its tags or a breadcrumb,
    not as the page's masthead. Or the name the page declares for its site (``site``: its letters and digits, lower
    case, as :func:`archiver.extract.authors.alnum` gives the outlet's and the domain's): a newsletter whose masthead is
    a logo or stands past its first lines, named only in og:site_name (review rvx49: the writer was lost there)."""
    key = publication.casefold()
    if site and "".join(ch for ch in key if ch.isalnum()) in site:
        return True
    return any(line.strip().casefold() == key for line in lines[:min(i, _MASTHEAD_LINES)]) or any(
        key in line.casefold() and _COPYRIGHT_MARK.search(line) for line in lines)


#: A profile's follow button as a line of its own, in the blind sets' languages.
_FOLLOW_WORDS = frozenset(("follow", "folgen", "suivre", "seguir", "segui", "volgen", "obserwuj", "følg", "följ",
                           "подписаться"))


def _follow_button(line: str) -> bool:
    """True when ``line`` is a follow button's word alone ("Follow"): a blog platform prints it between the writer's
    name and the story's date ("Costas Andreou" / "Follow" / "Apr 12 · 4 min read", authors-blind12's first run),
    which :func:`_name_over_date` then reads as if the date stood right under the name."""
    return line.strip().casefold() in _FOLLOW_WORDS


def name_over_date(lines: Sequence[str], i: int) -> bool:
    """True when line ``i`` is a full name alone over the story's date, as :func:`headline_credit` reads a
    byline without a lead (:func:`_name_over_date`)."""
    return bool(_name_over_date(lines, i))


def _named_elsewhere(lines: Sequence[str], i: int, surname: str, name: str | None = None) -> bool:
    """Whether a line below the date under ``lines[i]`` names ``surname``. Why: a name alone over the date with no
    lead is as often the story's subject as its writer (a picture's caption "Mark Carney" over the date, a topic tag,
    a place opening with a given name, "Elizabeth City"), and the subject is named again in the story ("Carney said
    ...") where a writer rarely is: nothing is reported rather than a doubtful name (rvx45/rva45's finding). Only
    below: above it stands the site's name, which a writer's own site shares ("Marcus on AI" over "Gary Marcus"). A
    line holding the name alone again is no mention: an author box under the story prints it so (lopinion), and so is a
    line crediting the person by her full name ("All articles by Elliot Raba", "Written by ...", "About Elliot Raba":
    :func:`_credits_person`), which confirms the writer (authleft51: blind14's zalaris.com lost its writer so)."""
    name = name or lines[i].strip()
    word = surname_echo(surname)  # or a form of it: "Slava Ukraini" over a story of "Ukraine" (round auth59)
    return any(word.search(other) for other in lines[i + 2:] if other.strip() != name and not _bio_of(other, name)
               and not _COPYRIGHT_MARK.search(other) and not _credits_person(other, name))


# The heading or link of an author box before the writer's full name, beyond the byline leads ("About Jane Roe", "More
# from Jane Roe", "Über Jane Roe", "À propos de Jane Roe", "Sobre Jane Roe", "Mehr von Jane Roe").
_BOX_LEAD = lazy_re.compile(r"^\W{0,3}(?:about(?:\s+the\s+author)?|more\s+(?:from|by|articles\s+by|stories\s+by)|über|"
                            r"à\s+propos\s+de|sobre|mehr\s+von|weitere\s+artikel\s+von|altri\s+articoli\s+di)"
                            r"\s*[:：]?\s+", re.IGNORECASE)


def _credits_person(line: str, name: str) -> bool:
    """True when ``line`` is ``name`` after a writer's lead, a label's lead or an author box's heading and nothing
    else ("All articles by Jane Roe", "Written by Jane Roe", "About Jane Roe"): a credit of that person."""
    if len(line) > len(name) + 40 or name not in line:
        return False
    for lead in (_LABEL_LEAD, _BOX_LEAD):
        m = lead.match(line.strip())
        if m and line.strip()[m.end():].strip(" .:·|") == name:
            return True
    at = credit_lead(line.strip())
    return at is not None and line.strip()[at:].strip(" .:·|") == name


# The site's copyright line ("© 2026 Andrea Valeria · Privacy", "Copyright © Franck Nijhof"): it names the site's
# owner, who on a writer's own site is the writer, not the story's subject.
_COPYRIGHT_MARK = lazy_re.compile(r"©|\(c\)\s*\d{4}|(?<!\w)copyright(?!\w)", re.IGNORECASE)


# How an author box under the story describes its writer: the full name, then "is" and a writer's trade ("Jennifer
# Hewett is National Affairs Columnist at ...", "Jane Roe is a reporter covering ...").
_BIO_TRADE = frozenset(("reporter", "correspondent", "columnist", "editor", "writer", "journalist", "contributor",
                        "author", "blogger", "critic"))


#: The words that end the first thing a bio calls its person ("is an actress and writer", "is a singer, writer"):
#: what follows is a second trade, or where and for whom the first is done.
_BIO_PHRASE_END = frozenset(("and", "&", "who", "whose", "at", "for", "with", "in", "on", "from", "based", "covering",
                             "living", "who's", "whom", "that", "which", "by", "as", "since"))


def _bio_of(line: str, name: str) -> bool:
    """True when ``line`` opens with ``name`` followed by "is" or "was" and the first thing it calls the person is a
    writer's trade (:data:`_BIO_TRADE`): "Jane Roe is a reporter covering ...", "Jennifer Hewett is National Affairs
    Columnist at ...", "Laura Quillan is a writer, graphic designer and ...": the author box describing the writer,
    no mention of a subject (authleft47). The trade must stand in that first phrase, up to a comma, an "and" or
    where it is done (:data:`_BIO_PHRASE_END`): "Grace Kelly is an actress and writer" or "... a singer, writer" is a
    person known for something else, whom a box about the story's subject describes so (round authleft48: any trade
    word within a dozen words made such a box the writer's)."""
    if not line.startswith(name + " is ") and not line.startswith(name + " was "):
        return False
    for word in line[len(name):].split()[1:8]:
        bare = word.casefold().strip(".,;:()")
        if bare in _BIO_TRADE:
            return True
        if bare in _BIO_PHRASE_END or word.endswith((",", ";", ".", ":")):
            return False
    return False


def headline_credit(lines: Sequence[str], at: int | None, last: int | None = None,
                    site: frozenset[str] = frozenset()) -> list[str]:
    """The credit of a byline printed beside the headline at ``lines[at]`` ("Von Matthias
    Lauerer", "Autor: Die Redaktion", "Erstellt von Fabian am 6. Mai 2014"), nearest first.

    This is what the reader sees as the article's credit: a declared name that differs from it
    is the account that posted the page (an editor, the site owner), and a name printed far
    from the headline (a teaser's byline) is no evidence against it. Soft hyphens the page
    uses to break long names ("Mat\u00adthi\u00adas") are removed. ``last``, the line of the
    article's last paragraph when known: a line below it is never beside the headline (a short
    story's next lines are a comment's or the next story's credit, not the headline's). ``site``, the site's names
    the page declares (letters and digits, lower case): a "Name - Publication" pair over the date credits the name
    when the publication is one of them (:func:`_site_publication`)."""
    if at is None:
        return []
    orgs: list[str] = []
    for offset in _NEAR_HEADLINE:
        i = at + offset
        if last is not None and at <= last < i:
            continue
        names = _credit_of(lines[i]) if 0 <= i < len(lines) and len(lines[i]) <= 120 else []
        if not names and 0 <= i < len(lines) and len(lines[i]) <= 60 and not lines[i].isascii():
            # "作者：张三", "김철수 기자" beside the headline (authleft47); a name's form only: "기자 구독", "사진 기자" are none
            names = [n for n in _cjk_byline(lines[i]) if cjk_name_form(n)]
        if not names and 0 <= i < len(lines) and bare_lead(lines[i]) and i + 1 < len(lines) and len(lines[i + 1]) <= 80:
            names = _credit_of(f"{lines[i].strip()} {lines[i + 1].strip()}")  # "By" on its line, the name on the next
            names = names if names_fill(lines[i + 1], names) else []
            names = names + (_piped_partner(lines, i + 1) or _joined_partner(lines, i + 1)) if len(names) == 1 else names
        elif names and len(names) == 1 and 0 <= i < len(lines):
            names = names + (_piped_partner(lines, i) or _joined_partner(lines, i))
        if not names and 0 <= i < len(lines):
            # "Updated:" / "Jun 01, 2021" / "Author:" / the name on the next; under the headline, a date anywhere
            # between the two is the article's header's (round b20auth)
            names = dated_label_list(lines, i, above=offset - 1 if offset > 0 else 2)
        if not names and offset > 0 and 0 <= i < len(lines):
            names = _name_over_date(lines, i, site) or meta_line_name(lines[i]) or _names_over_date(lines, i, last)
        if not names and 0 <= i < len(lines) and len(lines[i]) <= 90 and lines[i][:1].isalnum():
            names = _glued_to_date(lines[i])  # "Dec 17, 2025Julian K. Arni" over the headline (round b17auth)
        if names and picture_rights_below(lines, i):
            names = []  # "Autor: Super Express" over the picture's rights: the picture's credit
        if names and _RECIPE_LABEL.match(lines[i].strip()) and (
                _among_ingredients(lines, i) or any(_named_in_text(n, lines, i) for n in names)):
            names = []  # "Recipe: Shirley Temple", which the story names again, or among the ingredients (authleft51)
        if names and all(name_kind(n) == "org" for n in names):
            orgs = orgs or names  # "By: CNN Wire", then "By Leigh Ann Caldwell": the wire carried her story
        elif names:
            return orgs + names
    return orgs


# A second writer after a pipe, with the affiliation a shared byline prints after each name ("Seth Kenlon (Team, Red
# Hat)"): the name, then at most a bracket.
_PIPED_NAME = lazy_re.compile(r"^([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2})(?:\s+\([^()]{1,40}\))?$")


def _piped_partner(lines: Sequence[str], i: int) -> list[str]:
    """``[name]`` when the byline whose one name ends on ``lines[i]`` goes on, after a pipe, with a second person: on
    the same line ("By Jason Baker | Seth Kenlon") or a pipe on the next line and the name on the one after ("Jason
    Baker" / "|" / "Seth Kenlon (Team, Red Hat)"), authors-blind17's first run found the first writer only. The part
    after the pipe is as often the date, the outlet or a section ("By Jane Roe | Harbor Daily | News"), so it is a
    second writer only as a person's full name (two or three words, the first a listed given name, no place, a person
    by :func:`name_kind`), a bracket after it its affiliation; anything else adds no one (round b18auth). Pipes on
    lines of their own that go on past that name are a trail, a breadcrumb's or a tag list's ("Jane Roe" / "|" /
    "Angela Merkel" / "|" / "Politics"), as a third part on the byline's own line already was (round auth59)."""
    text = lines[i].strip()
    if " | " in text:
        after = text.split(" | ", 1)[1].strip()
    elif i + 2 < len(lines) and lines[i + 1].strip() == "|":
        if i + 3 < len(lines) and lines[i + 3].strip() == "|":
            return []  # the run goes on: a trail of tags or sections ("Angela Merkel" / "|" / "Politics"; auth59)
        after = lines[i + 2].strip()
    else:
        return []
    m = _PIPED_NAME.match(after)
    if m is None:
        return []
    name = m.group(1)
    if not (full_name(name) and byline_titles.opens_with_given_name(name)) or place_name(name) or name_kind(name) != "person":
        return []
    # "(Photos)", "(Illustrations)": a photographer's or an illustrator's part, no writer's (review rva58)
    return [] if other_contribution(after[m.end(1):]) else [name]


# A byline's line ending on its joining word, the next writer on the next line ("Brett Cruz, Privacy and Digital Security
# Expert &" / "Gene Petrino, Home Security Expert Last Updated on Mar 11, 2026": notices-blind34's review site).
_JOINED_END = lazy_re.compile(r"(?:\s&|\s(?i:and|und|et|y|e))\s*$")


def _joined_partner(lines: Sequence[str], i: int) -> list[str]:
    """The persons a byline whose line ``i`` ends on "&" or "and" goes on with on the next line, read as that line's
    own byline ("By <line>", :func:`_credit_of`): each a person's full name opening on a listed given name, no place
    (as :func:`_piped_partner` asks of a second writer after a pipe); else none. Found, the first writer alone was
    reported (authors-blind33's first run)."""
    if i + 1 >= len(lines) or not _JOINED_END.search(lines[i]) or len(lines[i + 1]) > 120:
        return []
    names = _credit_of(f"By {lines[i + 1].strip()}")
    if not names or not all(full_name(n) and byline_titles.opens_with_given_name(n) and not place_name(n)
                            and name_kind(n) == "person" for n in names):
        return []
    return names


#: A sign-off stands on the first lines after the article's last paragraph; further down are the
#: teasers' bylines of "more stories" (measured on the dev pages: every writer's credit on the
#: first two such lines named the article's writer, from the third on mostly another story's).
_SIGN_OFF_LINES = 2


# A writer signing together with the newsroom, no lead ("Guido Santner und Redaktion SimplyScience.ch",
# "Marie Dupont et la rédaction"): a person and a desk on a line of their own is a credit.
_WITH_DESK = Folding(lazy_re.compile(
    r"^\s*(?P<name>[^\W\d_][\w.'’ -]{2,60}?)\s+(?:und|and|et|y|e|i|&)\s+"
    r"(?:(?:die|the|la|le|el|de|het|a)\s+|l['’])?(?:redaktion|rédaction|redaction|redacción|redaccion|redazione|"
    r"redactie|redakcja|redakce|redação|redacao|redaksi|redaktionsteam|newsroom|editorial team|staff|équipe|equipo)"
    r"(?:\s+[\w.'’-]+){0,4}\s*\.?\s*$", re.IGNORECASE))


# What ends the article's sign-off window: a comments section's heading ("3 Comments", "1 Kommentar", "One
# response", "12 commentaires", "Kommentare (3)"), a comment form's ("Leave a reply"), a teaser's lead or the
# heading of a list of other stories ("Next: ...", "Read next", "Previous article", "Nächster Artikel",
# "Article suivant", "Related"). What follows is a reader's or another story's, whatever credit it prints.
# Plain word checks, no pattern: they run on the lines after every article (issue 13: a pattern is compiled
# at its first use, and these words open many ordinary lines).
_COUNT_WORDS = frozenset((
    "no", "one", "two", "three", "ein", "eine", "zwei", "drei", "un", "une", "deux", "trois", "uno", "una", "dos",
    "tres", "um", "uma", "duas", "keine", "aucun", "sin", "nessun"))
_COMMENT_WORDS = frozenset((
    "comment", "comments", "kommentar", "kommentare", "leserkommentare", "commentaire", "commentaires", "comentario",
    "comentarios", "comentário", "comentários", "commenti", "commento", "response", "responses", "replies",
    "reaction", "reactions", "antworten", "réponse", "réponses", "respuesta", "respuestas", "risposte", "respostas",
    "reacties", "комментарий", "комментария", "комментариев", "комментарии", "отзыв", "отзыва", "отзывов", "отзывы"))
_ONE_COMMENT = frozenset(("comment", "kommentar", "commentaire", "comentario", "comentário", "commento", "response",
                          "reaction", "réponse", "respuesta", "комментарий", "отзыв"))
_AFTER_LEADS = (
    "next:", "up next", "read next", "next article", "next story", "next post", "previous:", "previous article",
    "previous story", "previous post", "nächster artikel", "vorheriger artikel", "article suivant",
    "article précédent", "artículo siguiente", "artículo anterior", "siguiente:", "suivant:", "weiter:",
    "leave a reply", "leave a comment", "post a comment", "add a comment", "write a comment", "leave a response",
    "schreibe einen kommentar", "laisser un commentaire", "deja un comentario", "lascia un commento",
    "deixe um comentário", "related", "more stories", "more from", "lesen sie auch", "à lire aussi", "lire aussi",
    "leggi anche", "lee también", "leia também", "читайте также")


# A theme's post meta line: the date, the reading time and the word count, then the writer, apart by "·", "|" or "•"
# (Hugo PaperMod's "December 15, 2025 · 30 min · 6279 words · Ash Vardanian"; authors-blind14, round b15auth).
_META_SEP = lazy_re.compile(r"\s+[·|•]\s+")
_READING_ITEM = lazy_re.compile(
    r"^\d[\d,.\u202f ]*\s*(?:min|mins|minutes?|minuten|words?|wörter|mots|palabras|parole|palavras|слов|"
    r"min\.?\s+(?:read|lesezeit|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura))(?:\s+read)?$",
    re.IGNORECASE)


def meta_line_name(line: str) -> list[str]:
    """The writer named last on a post's meta line beside the headline, after its date and its reading time or word
    count (:data:`_META_SEP`): every item before the name a date (:func:`date_at`) or a reading time or word count
    (:data:`_READING_ITEM`), one of them a date; the name two to four capitalised words, the first a listed given
    name, a person by :func:`name_kind`. A meta line with a category, a tag or a comment count among its items names
    no one here. The last item is as often the post's category or place as its writer ("December 15, 2025 · 3 min ·
    Climate Change", "· Machine Learning", "· New York"), and :func:`name_kind` takes any two capitalised words for a
    person, so the given name is what tells the writer (review rva49; as a recipe card's label and a writer of her
    own site ask, :func:`_recipe_label_credit`, :func:`archiver.extract.authors._own_site`). A place whose first word is a
    listed given name ("· Hong Kong", "· Alice Springs": :func:`place_name`) is no writer either (auth50)."""
    if len(line) > 120 or ("·" not in line and "|" not in line and "•" not in line):
        return []
    items = _META_SEP.split(line.strip())
    if len(items) < 2:
        return []
    *before, name = items
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not byline_titles.opens_with_given_name(name) \
            or place_name(name) or name_kind(name) != "person":
        return []
    dated = [date_at(item) is not None for item in before]
    if not any(dated) or not all(d or _READING_ITEM.match(item) for d, item in zip(dated, before, strict=True)):
        return []
    return [name]


def comments_heading(line: str) -> bool:
    """True when ``line`` is a comments section's heading: a comment word alone or after a count
    ("3 Comments", "One response", "1 Kommentar", "4 комментария"), or before one ("Kommentare (3)").

    The words are read up to a third one only: a line of three words or more is no heading, and most
    lines asked are a page's paragraphs (stripping each of their words cost ~0.13 ms of the batch bench's
    page, issue 13)."""
    words: list[str] = []
    for part in cue_fold(line).replace("(", " ").replace(")", " ").split():
        word = part.strip(":.·|-–—")
        if word:
            if len(words) == 2:
                return False
            words.append(word)
    if not words:
        return False
    if len(words) == 1:  # a plural heading; a lone "Comment" is as often a share bar's button
        return words[0] in _COMMENT_WORDS and words[0] not in _ONE_COMMENT
    first, second = words
    return ((first.isdecimal() or first in _COUNT_WORDS) and second in _COMMENT_WORDS) or (
        first in _COMMENT_WORDS and second.isdecimal())


def after_article(line: str) -> bool:
    """True when ``line`` opens what follows an article: a comments section (:func:`comments_heading`), a
    comment form, a teaser of the next story or a list of other stories (:data:`_AFTER_LEADS`)."""
    if len(line) > 80:
        return False
    text = cue_fold(line).strip().lstrip("»›>•·-–—*# ")
    return comments_heading(line) or (text.startswith(_AFTER_LEADS) and (
        not text.startswith("related") or len(text.split()) <= 3))


# A credit followed by a full date, printed after the article ("Posted by Robert Miller on March 6, 2024 at
# 8:14 am", "Von Peter Meier am 05.03.2024 um 10:12", "Par Jean Dupont le 5 mars 2024"): how comment
# widgets head each comment. A writer's sign-off names the writer alone, or with a time ("at 12:53").
_DATED_AFTER_NAME = lazy_re.compile(r"\s(?:on|am|le|el|il|em|at|um|the|den|dne)\s+(?:\w+,?\s+)?\d", re.IGNORECASE)


def _dated_credit(line: str) -> bool:
    """True when ``line`` is a credit with a full date after the name (:data:`_DATED_AFTER_NAME`)."""
    m = _DATED_AFTER_NAME.search(line)
    return m is not None and _date_in(line[m.start():]) is not None


def _post_footer(lines: Sequence[str], i: int, last: int) -> bool:
    """True when the dated credit ``lines[i]`` is the post's own footer, not a comment's header: the first
    line after the article's last paragraph ``lines[last]``, dated the day a short line above the last
    paragraph prints (a blog's date header "Friday, May 3, 2024", the article's dateline): "Posted by Jane
    Roe on May 3, 2024", "Posted on May 3, 2024 by Jane Roe" (WordPress and Blogger themes). A comment
    right under the text with no heading is dated the day it was written, which the article's own date
    line does not print (a same-day comment so placed is the residual risk)."""
    if i != last + 1:
        return False
    day = _date_in(lines[i])
    return day is not None and any(len(lines[k]) <= 60 and _date_in(lines[k]) == day for k in range(last))


def _bio_under_credit(credit: str, bio: str) -> bool:
    """True when ``bio`` opens with the words ``credit`` ends on, then "is" or "was" ("Written by Cassidy Horton" /
    "Cassidy Horton is a finance writer ..."): the plain check before the credit is read (:func:`_credit_of` compiles
    patterns a page rarely needs; issue 13's guard holds the seed article to none)."""
    text = bio.strip()
    cut = min((k for k in (text.find(" is "), text.find(" was ")) if k > 0), default=-1)
    return 0 < cut <= 60 and len(credit) <= 120 and credit.rstrip().endswith(" " + text[:cut])


#: The story's opening lines a sentence naming its writer is looked for on.
_OPENING_LINES = 10


def opening_note_credit(lines: Sequence[str], first: int | None) -> list[str]:
    """The writer a sentence names at the story's opening ("This blog post was authored by Jake Donaldson, Managing
    Principal, Method Architecture.", :data:`_SENTENCE_LEAD`): on one of the :data:`_OPENING_LINES` lines from the
    article's first paragraph ``lines[first]`` (its standfirst, date and picture credits come first). A firm's blog
    prints its byline as the firm and names the person who wrote the post so, under the picture (authors-blind20);
    only the sentence lead is read here, never a bare "By" line, which opens teasers and captions as often."""
    if first is None:
        return []
    for i in range(max(first, 0), min(first + _OPENING_LINES, len(lines))):
        if _SENTENCE_LEAD_OPENS.match(lines[i]) and len(lines[i]) <= 160:
            return _credit_of(lines[i])
    return []


def sign_off_credit(lines: Sequence[str], last: int | None) -> list[str]:
    """The credit of a byline printed as a sign-off: on the article's last paragraph ``lines[last]``
    (a short line) or one of the two lines just after it, opening with a writer's lead ("Von Clemens
    Höges", "posted by Stadler at 12:53", "Autor: Klausmartin Friedrich") or naming the writer with
    the newsroom ("Guido Santner und Redaktion SimplyScience.ch"), nearest first. The window ends at
    what follows an article (:func:`after_article`: "1 Kommentar", "Next: ...") and at a credit with
    a full date after the name ("Posted by Robert Miller on March 6, 2024": a comment's header).

    Why: many sites print the writer under the story, not beside the headline (SPIEGEL, blogs
    that sign "Eingestellt von ..."); the lead (or the desk beside the name) says the line credits
    the text, which a name alone under the story (a photographer, a related link) does not. An author box further
    down is :func:`archiver.extract.author_box.author_box_credit`'s reading."""
    if last is None:
        return []
    names = _sign_off_after(lines, last)
    if names or last < 2:
        return names
    # the extracted text may run on past what follows the story (a "Related posts" list, a newsletter box: teasers
    # trafilatura kept), so the story's last paragraph is not ``lines[last]``: then it is the last long line before the
    # first marker of what follows (authors-blind37: "... create a free Timescale account today." / "Written by
    # Paulinho Giovannini" / "Related posts" / twelve lines of teasers that close the extracted text)
    marker = next((i for i in range(max(1, last - _OVERRUN_LINES), last + 1) if after_article(lines[i])), None)
    story = next((i for i in range(marker - 1, max(-1, marker - 2 - _SIGN_OFF_LINES), -1)
                  if len(lines[i]) >= _PARAGRAPH_CHARS), None) if marker is not None else None
    return _sign_off_after(lines, story) if story is not None else []


# The sign-offs that name a writer with no lead word, each with its name in the group "name": a newspaper's dash and
# the writer's full name alone ("– David Dunkley" under a story's last paragraph); a broadcaster's full name, a comma
# and the newscast's name ending on "News" ("Max Lee, KBS World Radio News.", "Jane Roe, BBC News, Seoul.": the line
# that closes a radio or television report's transcript).
_DASH_SIGN = lazy_re.compile(r"^\s*[–—]\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2})\s*$")
_NEWSCAST_SIGN = lazy_re.compile(r"^\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,2}),\s+"
                                 r"(?:[^\W\d_][\w&.'’-]*\s+){0,4}News(?:,\s+[^\W\d_][\w.'’ -]{1,30})?\.?\s*$")


def _signed_without_lead(line: str) -> list[str]:
    """``[name]`` when ``line`` is a sign-off of :data:`_DASH_SIGN`'s or :data:`_NEWSCAST_SIGN`'s form whose name is a
    person's full name opening with a given name of either list
    (:func:`~archiver.extract.byline_titles.opens_with_given_name`), no place (authors-blind3: jamaicaobserver.com's
    "– David Dunkley", world.kbs.co.kr's "Max Lee, KBS World Radio News."). A quote's attribution takes the dash's
    form, but the sign-off reader asks only the lines at the story's close, and a sign-off is reported only where no
    other credit names a person."""
    m = _DASH_SIGN.match(line) or _NEWSCAST_SIGN.match(line)
    if m is None:
        return []
    name = m.group("name")
    ok = full_name(name) and byline_titles.opens_with_given_name(name) and name_kind(name) == "person" \
        and not place_name(name) and _capitalised(name)
    return [name] if ok else []


#: How far above the extracted text's last line a marker of what follows the story is looked for (a related-posts
#: list's teasers, each a title, a category, a date, a summary and "Read more").
_OVERRUN_LINES = 30
#: A line this long is a paragraph of the story, no heading, credit or teaser title.
_PARAGRAPH_CHARS = 80


def _sign_off_after(lines: Sequence[str], last: int) -> list[str]:
    """:func:`sign_off_credit` where ``lines[last]`` is the story's last paragraph."""
    if last >= 1 and _bio_under_credit(lines[last - 1], lines[last]):
        # the article's last paragraph is the writer's card ("Written by Cassidy Horton" / "Cassidy Horton is a finance
        # writer ...": the extracted text holds the author box's bio, authors-blind37): the credit over the bio signs
        signed = _credit_of(lines[last - 1])
        if len(signed) == 1 and _bio_of(lines[last].strip(), signed[0]):
            return signed
    end = last + 1 + _SIGN_OFF_LINES
    past_filler = False
    for i in range(max(last, 0), len(lines)):
        if i >= end:
            break
        if i > last and _filler(lines[i]):
            end += 1  # "* * *", "appscustom-app-developmentmobile-apps": a separator or a tag run, no credit's line
            past_filler = True
            continue
        if i > last and after_article(lines[i]):
            break  # a comments section or another story's teaser: its credits are not the writer's
        if len(lines[i]) > 120:
            continue
        if i > last and _dated_credit(lines[i]) and not _post_footer(lines, i, last):
            break  # "Posted by Robert Miller on March 6, 2024": a comment's header, the comments begin
        names = _credit_of(lines[i])
        if not names:
            m = _WITH_DESK.match(lines[i])
            names = clean_authors(m.group("name")) if m else []
            names = names if names and all(_capitalised(n) for n in names) else []
        if not names:
            names = _signed_without_lead(lines[i])
        if names:
            return [] if _work_credit_near(lines, i, last) or past_filler and not _dated_here(lines, i) else names
    return []


# A credit of a work's other makers ("Produced by George Martin", "Music: ...", "Recorded 1965", "Illustrated by ..."):
# a "Written by" beside one credits the song, the book or the film the story shows, not the story.
_WORK_CREDIT = Folding(lazy_re.compile(
    r"^\W*(?:(?:produced|performed|composed|arranged|directed|illustrated|translated|narrated|recorded|mixed|"
    r"mastered|sung)\s+by|(?:produziert|komponiert|gesungen|illustriert|übersetzt|aufgenommen)\s+von|"
    r"(?:produit|composé|réalisé|illustré|traduit|interprété)\s+par|(?:producido|compuesto|dirigido|ilustrado|"
    r"traducido|interpretado|produzido|composto|dirigido|traduzido)\s+por|(?:prodotto|composto|diretto|illustrato|"
    r"tradotto|interpretato)\s+da|(?:music|lyrics|words and music|musik|musique|paroles|música|letra|musica|testo|"
    r"музыка|слова|producer|produzent|label|album|recorded|released|veröffentlicht|sortie|lanzamiento)(?:\s*[:：]|"
    r"\s+(?:by|von|par|por|da|\d)))", re.IGNORECASE))


def _work_credit_near(lines: Sequence[str], i: int, last: int) -> bool:
    """True when a line next to the credit ``lines[i]`` under the article credits a work's other makers
    (:data:`_WORK_CREDIT`): the credits of a song, a book or a film (round authleft48: "Written by Paul McCartney" /
    "Produced by George Martin" under a story about the song named the songwriter as its writer)."""
    return any(_WORK_CREDIT.match(lines[k]) for k in (i - 1, i + 1) if last < k < len(lines) and len(lines[k]) <= 120)


def _dated_here(lines: Sequence[str], i: int) -> bool:
    """True when the credit ``lines[i]`` carries a date or the short line over or under it is one: a sign-off past a
    separator and a tag run is the story's when it is dated as a post's footer is ("Written by Moses Kim and Kate
    Shokurova" / "April 8, 2024", blind13's Shakuro; "23.2.2015" / "Teksti: Petteri Harjula", a date line being
    no letter's line itself). Undated there, it is as often a song's or a book's credit in the story's last block
    ("* * *", the tags, "Written by Paul McCartney"; round authleft48), and nothing is reported rather than a
    doubtful name."""
    return _date_in(lines[i]) is not None or any(
        0 <= k < len(lines) and len(lines[k]) <= 60 and _date_in(lines[k]) is not None for k in (i - 1, i + 1))


def _filler(line: str) -> bool:
    """True for a line under the article that is no line of text: no letter ("* * *", "—") or one run of
    characters without a space (a tag list glued into one word, "appscustom-app-developmentmobile-apps"). A sign-off
    under such lines stands as near the text as one right under it (blind13's Shakuro: "* * *", the tags, then
    "Written by Moses Kim and Kate Shokurova")."""
    text = line.strip()
    return not any(c.isalpha() for c in text) or (" " not in text and len(text) > 25)


def writer_bio(line: str, name: str) -> bool:
    """True when ``line`` opens an author box's description of ``name`` as a writer (:func:`_bio_of`)."""
    return _bio_of(line, name)


def full_name(piece: str) -> bool:
    """True for a full name as a person signs it (:func:`_full_name`) or a Chinese or Korean name form
    (:func:`_cjk_name_form`): what an author box prints under its heading."""
    return _full_name(piece) or (len(piece.split()) == 1 and _cjk_name_form(piece))


def cjk_name_alone(name: str) -> bool:
    """True for a Chinese or Korean name form, written without spaces (:func:`_cjk_name_form`)."""
    return _cjk_name_form(name)


def _cjk_name_form(name: str) -> bool:
    """True for a name of two to four Chinese characters or a Korean name of two to four syllables ("唐美鳳")."""
    return 2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in name)


# What follows a name and an elided "d'" on the byline's line: the word it elides before ("d'Estaing", "d'Enquête").
_ELIDED_AFTER = lazy_re.compile(r"\s+([dD]['’][^\W\d_][\w-]*)")
# A sentence presenting the person after her name: its verb "is"/"was" in the six languages (an author box's bio).
_PRESENTED = lazy_re.compile(r"\s+(?:is|was|ist|war|est|était|es|era|è|é|foi)\s")


def elided_surname_kept(names: list[str], lines: Sequence[str]) -> list[str]:
    """``names`` with a name a credit printed before an elided "d'" and a capitalised word read with it ("Par Valéry
    Giscard d'Estaing"), when the page presents that whole name elsewhere in a sentence of its own ("Valéry Giscard
    d'Estaing est ...", an author box): the "d'" is then the surname's, not a desk's after the name, which
    :data:`_CREDIT_END` cuts ("Frédéric Zalac d'Enquête", a programme's name, presented nowhere so). Round auth59:
    "Valéry Giscard" was reported, a name the writer does not bear."""
    if not names or not any("'" in line or "’" in line for line in lines):
        return names
    return [_elided_whole(n, lines) for n in names]


def _elided_whole(name: str, lines: Sequence[str]) -> str:
    for i, line in enumerate(lines):
        at = line.find(name + " ")
        m = _ELIDED_AFTER.match(line, at + len(name)) if at >= 0 else None
        if m is None or not m.group(1)[2:3].isupper():
            continue
        whole = f"{name} {m.group(1)}"
        for k, other in enumerate(lines):
            j = other.find(whole) if k != i else -1
            if j >= 0 and _PRESENTED.match(other, j + len(whole)):
                return whole
    return name


# What joins the names of a credit list: commas, "&", the conjunctions, a serial comma before the last ("A, B, and C").
_LIST_GLUE = lazy_re.compile(r"^(?:[\s,;&]|(?<!\w)(?:and|und|et|y|e|en|og|och|i|и)(?!\w))*$", re.IGNORECASE)


def _names_only(rest: str) -> bool:
    """True when ``rest``, a credit after its lead, is two persons' names or more and what joins them, nothing else
    ("Mike D'Angelo, A.A. Dowd, Jesse Hassenger, Nick Schager, and Ignatiy Vishnevetsky": the AV Club's byline of five
    critics, 87 characters, under the headline of authors-blind8's page). A credit of several writers runs past the
    80 characters a one-name byline keeps to, and is no sentence: every word of it is a name's or a joining word."""
    names = clean_authors(rest, led=True)
    if len(names) < 2 or any(name_kind(n) != "person" for n in names):
        return False
    left = rest
    for name in names:
        if name not in left:
            return False
        left = left.replace(name, " ", 1)
    return _LIST_GLUE.match(left) is not None


def _credit_of(raw: str) -> list[str]:
    """The names of one byline line, or ``[]`` when the line is no byline (see ``headline_credit``)."""
    line = without_invisible(raw).strip()
    if _RECIPE_WORDS.intersection(line[:40].casefold().replace(":", " ").replace("：", " ").split()):
        recipe = _recipe_credit(line)
        if recipe:
            return recipe
    published = _published_on_credit(line)
    if published is not None:
        return published
    lead = _credit_lead_match(line) or _dated_lead(line)
    if not lead or _picture_credit(line) or (len(line) > 80 and ":" not in lead.group(0) and not (
            len(line) <= 160 and (_SENTENCE_LEAD_OPENS.match(lead.group(0)) or _names_only(line[lead.end():])))):
        # (a sentence saying who wrote the post may run long: "This post was written by <name>, MD, ...", and so may a
        # credit of several writers)
        return []
    rest = line[lead.end():]
    if _SENTENCE_LEAD_OPENS.match(lead.group(0)):
        # "... written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.": after the name's comma, a degree or a
        # trade in lower case opens the writer's titles and employer, no second writer (who would follow "and")
        titled = _TITLES_AFTER.search(rest)
        rest = rest[:titled.start()] if titled else rest
        if "," in rest and _LIST_JOIN.search(rest) is None:
            # a sentence names one writer before her commas unless it joins more ("... written by A, B and C"): "This
            # blog post was authored by Jake Donaldson, Managing Principal, Method Architecture." (authors-blind20)
            rest = rest[:rest.index(",")]
    if _WORK_AFTER_NAME.search(rest):
        return []
    end = _CREDIT_END.search(rest)
    if end and _handle_at_digits(rest, end.start()):
        return []
    if end and _ELIDED_OF.match(end.group(0)) and len(rest[: end.start()].split()) < 2:
        end = _CREDIT_END.search(rest, end.end())  # "Jean d'Ormesson", "Ville d'Avignon": the particle is the name's
    names = clean_authors(_without_dated_month(rest[: end.start()], rest[end.start():]) if end else rest, led=True)
    if _one_word_after_greek_lead(lead.group(0), names) or _maker_not_named(lead.group(0), names):
        return []
    if len(names) == 1 and _lower_case_credit(names[0], rest[end.start():] if end else "", lead.group(0)):
        return names
    return names if names and all(_capitalised(n) or name_kind(n) == "org" for n in names) else []


# A work of the person named after "by", in the sentence that names her ("By John Smith in his book The Long Road",
# "Von Anna Berg in ihrem Roman", "Par Jean Dupont dans son livre", "Por Ana López en su novela", "Di Mario Rossi nel
# suo saggio", "Por João Silva no seu livro"): the line quotes a book's author, not the page's writer (authleft54:
# "John Smith" was cited as the writer). A place after "in" ("By Sarah Lee in Hong Kong") has no possessive before it.
_WORK_AFTER_NAME = lazy_re.compile(
    r"^\s*\S+(?:\s+\S+){0,4}?\s+(?-i:in|im|dans|en|nel|nella|nei|no|na|em)\s+"
    r"(?:his|her|their|seinem|seiner|ihrem|ihrer|son|sa|ses|su|sus|suo|sua|suoi|seu|sua|seus)\s+"
    r"(?:\w+\s+)?(?:books?|novels?|memoirs?|essays?|articles?|papers?|study|studies|biography|columns?|poems?|"
    r"buch|büchern|roman|romanen|essay|artikel|aufsatz|studie|livre|livres|roman|essai|article|étude|libro|libros|"
    r"novela|ensayo|artículo|estudio|romanzo|saggio|articolo|studio|livro|livros|romance|ensaio|artigo|estudo)\b",
    re.IGNORECASE)


# What may follow a credit's name in lower case: nothing, or a separator or a date ("By johnny randolph | May 08, 2020").
#: What must follow a lower-case name for it to be a byline: a separator or a date, the dateline's shape ("By johnny
#: randolph | May 08, 2020"). Not the line's end: a lower-case phrase alone after "by" is as often words ("by grace
#: alone", "by will power", "by jack knife": a given name first; review rva47) as a name.
_AFTER_LOWER_NAME = lazy_re.compile(r"^\s*(?:[|•·,–—-]|\d)")


def _lower_case_credit(name: str, after: str, lead: str) -> bool:
    """True when ``name``, printed all in lower case after a writer's lead ("By johnny randolph | May 08, 2020", "by
    jane doe"), is a person's name as strongly as a capitalised one would be: a lead of its own word ("by", "von",
    "par": not a date before it), exactly two words of letters, the first a listed given name, the second no
    function word, and a separator or a date after them (:data:`_AFTER_LOWER_NAME`; alone on its line, "by grace
    alone" is words). Lower-case text after "by" is otherwise as often a
    phrase ("by the council"); a blog's platform prints its writer so (authors-blind12's first run missed one).
    :func:`citable_name` writes such a name with capitals (authleft47)."""
    words = name.split()
    if len(words) != 2 or not name.islower() or not all(w.isalpha() for w in words) or any(c.isdigit() for c in lead):
        return False
    return (given_name(words[0]) and words[1] not in _FUNCTION_WORDS and len(words[1]) >= 2
            and _AFTER_LOWER_NAME.match(after) is not None and name_kind(name) == "person")


# "Published on <date> by <writer>" in the languages whose sites print it so: German "Veröffentlicht am 3. Mai 2024
# von", Dutch "Gepubliceerd op 3 mei 2024 door", Italian "Pubblicato il 3 maggio 2024 da", Spanish "Publicado el 3 de
# mayo de 2024 por", Portuguese "Publicado em ... por", French "Publié le ... par" (authleft46). The date between
# holds a digit and a few words only.
_PUBLISHED_ON = lazy_re.compile(
    r"^\W{0,3}(?:veröffentlicht\s+am|ver[öo]ffentlicht\s+am|gepubliceerd\s+op|pubblicato\s+il|publicado\s+(?:el|em)|"
    r"publi[ée]\s+le)\s+(?=[^\n]{0,40}?\d)(?:[\w.,:/-]+\s+){1,8}?(?:von|door|da|por|par)\s+(?=[A-ZÀ-ÖØ-Þ])",
    re.IGNORECASE)
_PUBLISHED_WORDS = ("veröffentlicht", "veroffentlicht", "gepubliceerd", "pubblicato", "publicado", "publié", "publie")


def _published_on_credit(line: str) -> list[str] | None:
    """The writers of a "published on <date> by" credit (:data:`_PUBLISHED_ON`), ``[]`` for such a credit that names
    anything but persons (an outlet run on after the name, "... von Sarah Schnieder Reiterrevue International", a dev
    page's: reported so, the credit turned the writer into an organisation), None for a line of another form."""
    if not line[:24].lstrip(" \t\"'«»|•·-–—").casefold().startswith(_PUBLISHED_WORDS):
        return None
    m = _PUBLISHED_ON.match(line)
    if m is None:
        return None
    rest = line[m.end():]
    end = _CREDIT_END.search(rest)
    names = clean_authors(rest[: end.start()] if end else rest, led=True)
    return names if names and all(_capitalised(n) and name_kind(n) == "person" for n in names) else []


def _maker_not_named(lead: str, names: Sequence[str]) -> bool:
    """True when the Dutch "Gemaakt door" ("made by": a recipe's cook, as often a website's studio or a product's
    firm, "Gemaakt door Studio Noord") leads a name that does not open with a listed given name ("Gemaakt door Sandra
    de Vries" is read)."""
    return "gemaakt" in lead.casefold() and not all(given_name(n.split()[0]) for n in names)


# The first word of a Greek place or day, never of a writer's name: "Νέα Υόρκη" (new), "Άγιος Νικόλαος", "Αγία Σοφία"
# (saint), "Άνω Πόλη", "Κάτω Χώρα" (upper, lower), "Παλαιά Φώκαια" (old) and the weekdays ("Τρίτη Νοεμβρίου").
_GREEK_PLACE_OR_DAY = frozenset({
    "νεα", "νεο", "νεος", "νεας", "αγιος", "αγια", "αγιου", "αγιοι", "αγιας", "ανω", "κατω", "παλαια", "παλαιο", "παλια",
    "δευτερα", "τριτη", "τεταρτη", "πεμπτη", "παρασκευη", "σαββατο",
    # (review x45: the accusative "Άγιο Νικόλαο", the plurals, great and small, the compass, united: "Νότια Αφρική",
    # "Ηνωμένες Πολιτείες", "Σαουδική Αραβία")
    "αγιο", "αγιων", "νεες", "νεοι", "μεγαλη", "μεγαλο", "μικρη", "μικρο", "βορεια", "βορειο", "βορειος", "νοτια", "νοτιο",
    "νοτιος", "ανατολικη", "δυτικη", "κεντρικη", "ηνωμενες", "ηνωμενο", "ηνωμενα", "σαουδικη", "λατινικη",
})


def _one_word_after_greek_lead(lead: str, names: Sequence[str]) -> bool:
    """True when the Greek lead "Από" ("by", as often "from": "Από Αθήνα", "Από Δευτέρα") is followed by a one-word
    name: a place or a day as likely as a writer, so only full names are read after it (authors-blind11); nor a full
    name opening with a place's or a day's word (:data:`_GREEK_PLACE_OR_DAY`: "Από Νέα Υόρκη", review a45)."""
    return "από" in lead.casefold() and any(
        " " not in n or _unaccented(n.split()[0].lower()) in _GREEK_PLACE_OR_DAY for n in names)



# A recipe's writer credited with the recipe and its pictures ("Oppskrift og foto: Kristine Ilstad/Det søte liv",
# "Recept és fotók: Hering András / @andrishering", "Recipe and photos: ...") or "Recipe by" (a recipe card's label).
# A bare "Recipe:" is not one: it as often heads the dish's name ("Recipe: Spicy Sesame Noodles").
_RECIPE_WORDS = frozenset((
    "recipe", "recipes", "recette", "receta", "receita", "ricetta", "rezept", "recept", "recepty", "recepti",
    "oppskrift", "opskrift", "resepti", "przepis"))
_RECIPE_LEAD = lazy_re.compile(
    r"^\W{0,3}(?:(?:recipes?|recette|receta|receita|ricetta|rezept|recept|recepty|recepti|oppskrift|opskrift|resepti|"
    r"przepis)\s+(?:and|&|\+|og|och|és|et|y|e|und|a|i|ja|en)\s+(?:photos?|photography|pictures?|fotos?|fotók|fotó|"
    r"fotografie|fotografia|fotografía|fotograf[ií]as|bilder|billeder|kuvat|zdjęcia|zdjęcie)\s*[:：]|"
    r"recipe\s+(?:(?:developed|created|written)\s+)?by(?!\w)\s*[:：]?)\s*", re.IGNORECASE)


# A recipe card's bare label before its writer ("Rezept: Annina Ciocco", "Recette : Jeanne Dubois", "Ricetta di Luca
# Gatti", "Receta de ...", "Receita de ...", "Przepis: ..."): the same label heads the dish's name as often ("Recipe:
# Spicy Sesame Noodles", "Ricetta di Natale"), so only a full name opening with a listed given name follows it
# (:func:`_recipe_credit`; authors-blind14's migusto.migros.ch, round b15auth).
_RECIPE_LABEL = lazy_re.compile(
    r"^\W{0,3}(?:(?:recipe|recette|receta|receita|ricetta|rezept|recept|oppskrift|opskrift|resepti|przepis)\s*[:：]|"
    r"(?:recette|receta|receita|ricetta)\s+(?:de|di|da|do)|rezept\s+von)\s+", re.IGNORECASE)


def _recipe_credit(line: str) -> list[str]:
    """The writer of a recipe credited with its pictures or "by" (:data:`_RECIPE_LEAD`; authors-blind10's misses,
    godt.no and nosalty.hu), or after a recipe card's bare label (:data:`_RECIPE_LABEL`) when the whole rest of the
    line is one full name whose first word is a listed given name. What follows a slash is the writer's blog or
    handle, not a second writer."""
    m = _RECIPE_LEAD.match(line) if len(line) <= 100 else None
    if not m:
        return _recipe_label_credit(line) if len(line) <= 60 else []
    rest = line[m.end():].split("/", 1)[0].strip().rstrip(".")
    end = _CREDIT_END.search(rest)
    if end and _handle_at_digits(rest, end.start()):
        return []
    names = clean_authors(rest[: end.start()] if end else rest, led=True)
    return names if names and all(_capitalised(n) and name_kind(n) == "person" for n in names) else []


def _recipe_label_credit(line: str) -> list[str]:
    """The one writer after a recipe card's bare label (:data:`_RECIPE_LABEL`): two to four capitalised words, the
    first a listed given name, a person by :func:`name_kind`; else ``[]``."""
    m = _RECIPE_LABEL.match(line)
    if not m:
        return []
    rest = line[m.end():].strip().rstrip(".")
    words = rest.split()
    if not 2 <= len(words) <= 4 or not byline_titles.opens_with_given_name(rest) or not all(w[:1].isupper() for w in words):
        return []
    return [rest] if name_kind(rest) == "person" else []


def recipe_card_credit(lines: Sequence[str], body: tuple[int, int] | None) -> list[str]:
    """The writer a recipe card credits inside the article (``body``: its first and last paragraph's lines) after
    a bare label ("Rezept: Annina Ciocco" under the steps, :func:`_recipe_label_credit`), the first one; a recipe
    card prints it between the steps and the tips, so no sign-off window under the last paragraph reaches it
    (authors-blind14, round b15auth).

    A dish named for a person opens with a given name as often ("Recipe: Rose Lemonade", "Recipe: Victoria
    Sponge", "Recipe: Sally Lunn Bun"): a name one of whose later words the article prints in lower case, a
    common noun of its text ("lemonade", "sponge", "bun"), is the dish's (:func:`_common_noun_in`; review rva49).
    A dish named for a person alone ("Recipe: Shirley Temple", "Recipe: Tom Collins") is told by the article naming
    it again in its text ("A Shirley Temple is ...": :func:`_named_in_text`), as a writer is not; and a label among
    the lines of a list of ingredients ("200 g Mehl" / "Rezept: Anna Müller" / "1 Prise Salz") is one of its items,
    a dish or a base made by another recipe, no credit (:func:`_among_ingredients`; authleft51)."""
    if body is None:
        return []
    article = lines[max(body[0], 0): body[1] + 1]
    for j, line in enumerate(article):
        if len(line) <= 60 and _RECIPE_WORDS.intersection(line[:12].casefold().replace(":", " ").split()):
            names = _recipe_label_credit(line.strip())
            if names and not _common_noun_in(names[0], article) and not _among_ingredients(article, j) \
                    and not _named_in_text(names[0], article, j):
                return names
    return []


# A list's item that opens with a quantity ("200 g Mehl", "2 EL Zucker", "½ cup sugar", "1 Prise Salz").
_QUANTITY_LINE = lazy_re.compile(r"^\W{0,2}(?:\d|[½¼¾⅓⅔⅛])")


def _among_ingredients(article: Sequence[str], j: int) -> bool:
    """True when the lines before and after ``article[j]`` both open with a quantity: ``j`` is inside a list of
    ingredients."""
    return 0 < j < len(article) - 1 and all(_QUANTITY_LINE.match(article[k]) for k in (j - 1, j + 1))


def _named_in_text(name: str, article: Sequence[str], j: int) -> bool:
    """True when a line of ``article`` other than ``article[j]`` prints ``name`` inside other words, neither alone nor
    as a credit of it (:func:`_credits_person`, :func:`_bio_of`): the article's subject, as a dish is."""
    return any(name in other and other.strip() != name and not _credits_person(other, name)
               and not _bio_of(other, name) for k, other in enumerate(article) if k != j)


def _common_noun_in(name: str, lines: Sequence[str]) -> bool:
    """True when a word of ``name`` after its first is printed in lower case as a word of ``lines``."""
    later = {w.casefold() for w in name.split()[1:] if w[:1].isupper()}
    return bool(later) and any(w in later for line in lines for w in _WORD.findall(line) if w[:1].islower())


def _handle_at_digits(rest: str, end: int) -> bool:
    """True when the credit after the lead is one word run straight into digits ("Por Alm3", "By jsmith77"): an
    account's handle, which cutting at the digits would turn into a name fragment ("Alm", authors-blind10's first
    run). A name of two or more words before digits is kept: there the digits are a date glued on."""
    word = rest[:end].strip()
    return bool(word) and " " not in word and end < len(rest) and rest[end].isdigit() and word[-1:].isalpha()


# "January 17, 2017 at 6:08 PM ET by Kori Schulman": a written-out date (and time) before "by".
# (behind the words it needs, :class:`Folding`: a byline line without one does not compile it, issue 13)
_DATED_BY = Folding(lazy_re.compile(r"^(?P<date>.{6,45}?)\s+(?:by|von|par|por|di)\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])",
                                    re.IGNORECASE))
_TIME_WORDS = lazy_re.compile(r"(?<!\w)(?:at|um|à|a las|alle|[ap]\.?m\.?|[A-Z]{2,4}|\d+[\d:.,/-]*)(?!\w)", re.IGNORECASE)


# Two dates a theme's meta line glues, the year of the first run into the second's month ("July 13, 2024October 10,
# 2020 by Rishabh Dev": the post updated and first published; notices-blind34's blog, whose writer went unread).
_GLUED_DATES = lazy_re.compile(r"^(.*?\d{4})((?-i:[A-Z])[a-z]+\.?\s.*)$")


def _dated_lead(line: str) -> re.Match[str] | None:
    """The lead of a byline that opens with its date: everything before "by" must be a date and a
    time ("January 17, 2017 at 6:08 PM ET"), so that a sentence with "by" in it is no byline."""
    m = _DATED_BY.match(line)
    if not m:
        return None
    when = _posted_on_date(m.group("date"))
    glued = _GLUED_DATES.match(when)  # the post's date and its update's, no space between (see there)
    if glued is not None and date_at(glued.group(1), "mdy") and date_at(glued.group(2), "mdy"):
        when = f"{glued.group(1)} {glued.group(2)}"
    if not date_at(when, "mdy"):
        return None
    words = _TIME_WORDS.sub(" ", _MONTH_WORD.sub(" ", _WEEKDAY.sub(" ", when)))
    return m if not re.search(r"[^\W\d_]", words) else None


# A blog's "Posted on" before the date of a dated credit ("Posted on May 3, 2024 by Jane Roe", WordPress's
# entry meta). English only: the German "Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue
# International" (a dev page) prints the outlet run on after the name, and read so the credit became an
# organisation where the writer was right before.
_POSTED_ON = lazy_re.compile(r"^\W*(?:posted|published|written)(?:\s+on)?\s+", re.IGNORECASE)


def _posted_on_date(text: str) -> str:
    """``text`` (what precedes "by" in a dated credit) without a blog's "Posted on" before the date: "Posted on
    May 3, 2024 by Jane Roe" is WordPress's credit of the post, read as "May 3, 2024 by Jane Roe" is."""
    return _POSTED_ON.sub("", text, count=1) if text[:1].isalpha() else text


# "los", "las": Spanish surnames "de los Santos", "de las Casas" (auth50: "By Juan de los Santos" named no one);
# "do": Portuguese, "Maria do Carmo", "João do Rio" (authleft54: the first was lost, "do" read as no name's word).


def _capitalised(name: str) -> bool:
    """True when every word of ``name`` is capitalised or a name particle ("Ursula von der
    Leyen"): "Von der Leyen besucht Kiew" beside a headline is a kicker, not a byline. Scripts
    without case pass. An elided "d'" before a capital is a particle too ("Jean d'Ormesson")."""
    return all(w[:1].isupper() or not w[:1].islower() or w.lower() in PARTICLES
               or _ELIDED_PARTICLE.match(w) is not None for w in name.split())


_ELIDED_PARTICLE = lazy_re.compile(r"d['’][A-ZÀ-ÖØ-Þ]")


# ----------------------------------------------------------------------------- dates

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTH_RE = "|".join(_MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_DATELINE = lazy_re.compile(
    r"^(?P<outlet>[A-Z][\w.&'’ -]{1,60}?),\s+(?P<month>" + _MONTH_RE + r")\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_URL_DATE = lazy_re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")


# Month abbreviations of other languages that English's do not cover (de, fr, es, it, pt).
_MONTH_PREFIXES = {
    "mär": 3, "mae": 3, "mrz": 3, "okt": 10, "dez": 12, "mai": 5, "jän": 1,
    "jui": 7, "aoû": 8, "déc": 12, "fév": 2, "avr": 4, "janv": 1, "juin": 6, "juil": 7,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
    "set": 9, "ott": 10, "fev": 2, "out": 10,
}


def _month(name: str) -> int | None:
    name = name.lower()
    for prefix in (name[:4], name[:3]):
        if prefix in _MONTH_PREFIXES:
            return _MONTH_PREFIXES[prefix]
    for full, num in _MONTHS.items():
        if full.startswith(name[:3]):
            return num
    return None


def dateline(lines: Iterable[str]) -> tuple[str | None, str | None]:
    """(outlet, ISO date) from a line like "Global Research, June 04, 2019"."""
    for line in lines:
        if len(line) > 90:
            continue
        m = _DATELINE.match(line)
        if m and not _updated_lead(m.group("outlet") + " "):
            month = _month(m.group("month"))
            try:
                day = date(int(m.group("year")), month or 0, int(m.group("day")))
            except ValueError:
                continue
            return m.group("outlet").strip(), day.isoformat()
    return None, None


_UPDATED_LEAD = StartGuarded(lazy_re.compile(
    r"^\W{0,3}(?:last updated|updated|last modified|zuletzt aktualisiert|aktualisiert|stand|"
    r"mis à jour|mise à jour|actualizado|actualización|aggiornato|atualizado|обновлено)\b(?:\s+(?:on|am|le|el|il|em))?\s*[:,]?\s*",
    re.IGNORECASE,
))


def _updated_lead(line: str) -> re.Match[str] | None:
    """``_UPDATED_LEAD.match(line)``, the pattern compiled only where it may match."""
    return _UPDATED_LEAD.match(line)


_NUM_DATE = lazy_re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})|^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|^(\d{1,2})/(\d{1,2})/(\d{4})")
_WORD_DATE = lazy_re.compile(
    r"^(?:(?P<m1>[^\W\d_]{3,10})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})|"
    r"(?P<d2>\d{1,2})\.?\s+(?:de\s+)?(?P<m2>[^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(?P<y2>\d{4}))",
    re.IGNORECASE,
)


def slash_order(language: str | None) -> str | None:
    """How the page's language writes a slash date: "mdy" (US English), "dmy" (every other
    language it names, British English among them), or None (plain ``en`` or no language: the
    page may be American or British, so 05/03/2024 cannot be read)."""
    tag = (language or "").lower().replace("_", "-")
    primary, _, region = tag.partition("-")
    if not primary:
        return None
    if primary == "en":
        if not region:
            return None
        return "mdy" if region in ("us", "ph") else "dmy"
    return "dmy"


def slash_date(a: int, b: int, year: int, order: str | None) -> str | None:
    """The ISO date of the slash date a/b/year: a number over 12 is the day; otherwise the page's
    order (:func:`slash_order`) tells, and without one the date is refused (05/03/2024: May 3rd or
    5 March?), as :func:`_date_in` refuses it."""
    if a > 12 or (a == b):
        day, month = a, b
    elif b > 12:
        day, month = b, a
    elif order == "dmy":
        day, month = a, b
    elif order == "mdy":
        day, month = b, a
    else:
        return None
    return iso_day(year, month, day)


def iso_day(year: int, month: int, day: int) -> str | None:
    """``year-month-day`` in ISO form, or None where no such day exists (2019-02-30, month 0):
    every reading of a date written on the page or in its URL ends here."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_at(text: str, order: str | None = None) -> str | None:
    """An ISO date written at the start of ``text`` (2020-03-04, 04.03.2020, March 4, 2020, 4 March
    2020, and a slash date whose order a day over 12 or the page's ``order`` settles)."""
    m = _NUM_DATE.match(text) if text[:1].isdecimal() else None  # each alternative opens with \d
    if m and m.group(1):
        return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m and m.group(4):
        return iso_day(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    if m and m.group(7):
        return slash_date(int(m.group(7)), int(m.group(8)), int(m.group(9)), order)
    w = _WORD_DATE.match(text)
    if w:
        month = _month(w.group("m1") or w.group("m2"))
        day, year = int(w.group("d1") or w.group("d2")), int(w.group("y1") or w.group("y2"))
        return iso_day(year, month, day) if month else None
    return None


_DATE_START = lazy_re.compile(r"(?<!\w)(?=\d|[^\W\d_]{3})")


def _date_in(line: str, order: str | None = None) -> str | None:
    """The first date written anywhere in a short line; a slash date whose order neither a day
    over 12 nor the page's ``order`` tells (05/03/2022: May 3rd or 5 March?) is no date, nor is a
    date inside a sentence (:func:`in_sentence`: "The programme will start on June 1, 2025")."""
    for start in _DATE_START.finditer(line):
        found = date_at(line[start.start():], order)
        if found:
            return None if in_sentence(line, start.start()) else found
    return None


#: a line that opens with a date label is the article's date line, not running text
_DATE_LABEL = lazy_re.compile(
    r"^\W*(?:published|posted|updated|last updated|date[ds]?|on|by|von|veröffentlicht|erschienen|stand|"
    r"publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено)\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def in_sentence(line: str, start: int) -> bool:
    """Whether a date written at ``line[start:]`` stands inside a sentence of running text: after
    four words or more of the line, in a line of eight words or more that ends as a sentence ends
    and opens with no date label ("Published on ..."). Such a date is an event the text mentions
    ("The programme will start on June 1, 2025, officials said."), not the article's date; a
    date after a place ("WASHINGTON, March 5, 2024 – The company ...") opens a press release."""
    if len(line[:start].split()) < 4 or _DATE_LABEL.match(line):
        return False
    return len(line.split()) >= 8 and _SENTENCE_END.search(line) is not None


#: "Published: March 5, 2024" after an "Updated: ..." on the same line: the publication date's label.
_PUBLISHED_LABEL = lazy_re.compile(
    r"(?<!\w)(?:first published|published|veröffentlicht|erstveröffentlichung|publié|publicado|pubblicato|"
    r"опубликовано)(?:\s+(?:on|am|le|el|il|em))?\s*[:,]?\s*",
    re.IGNORECASE,
)


def headline_date(lines: Sequence[str], h1: str | None, order: str | None = None,
                  comments: frozenset[int] = frozenset(), asides: frozenset[int] = frozenset()) -> str | None:
    """The date printed beside the headline ("12.12.2022 12:22" above it, "am 20.09.2020" or
    "29.11.2022 – <lead>" just below): what the reader sees as the article's date. Only the
    few lines around the page's ``<h1>`` are read, nearest first; an "Updated ..." line gives
    only the date it labels "Published" ("Updated: March 9, 2024 · Published: March 5, 2024").
    ``order`` is the page's slash-date order (:func:`slash_order`). A line of a reader comment
    (its index in ``comments``) is not read; a line of a sidebar or a related-story box (in
    ``asides``) only when it opens with the date: a teaser names its story first ("Other story July
    1, 2022"), while a date box beside the article holds the date alone ("31.03.2020")."""
    if not h1:
        return None
    at = next((i for i, line in enumerate(lines) if line.strip() == h1), None)
    if at is None:
        return None
    nearest_first = [at + 1, at - 1, at + 2, at - 2, at + 3, at + 4, at + 5]
    for i in (i for i in nearest_first if 0 <= i < len(lines) and i not in comments):
        line = lines[i]
        if i in asides:
            found = date_at(line, order)
            if found:
                return found
            continue
        if _updated_lead(line):
            label = _PUBLISHED_LABEL.search(line) if len(line) <= 120 else None
            found = date_at(line[label.end():], order) if label else None
            if found:
                return found
            continue
        found = _date_in(line[:60], order) if len(line) <= 80 else date_at(line, order)
        if found:
            return found
    return None


def updated_date(lines: Iterable[str], order: str | None = None) -> str | None:
    """The date of a visible "Last updated <date>" / "Aktualisiert am <date>" line: a modification
    date, never the publication date."""
    for line in lines:
        if len(line) <= 80:
            m = _updated_lead(line)
            if m:
                found = date_at(line[m.end():], order)
                if found:
                    return found
    return None


def split_url(url: str | None) -> SplitResult | None:
    """urlsplit that returns None for URLs it cannot parse instead of raising."""
    try:
        return urlsplit(url) if url is not None else None
    except ValueError:
        return None


def url_date(url: str | None) -> str | None:
    """An ISO date written into the URL path (/2019/06/04/), if any."""
    parts = split_url(url)
    m = _URL_DATE.search(parts.path if parts else "")
    return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def iso_datetime(value: str | None) -> str | None:
    """An ISO 8601 date or datetime for a declared value, or None when it is not one."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}/\d{2}/\d{2}", value):  # Highwire's citation_date style
        value = value.replace("/", "-")
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
        return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if len(value) <= 10:
        return dt.date().isoformat()
    return dt.isoformat()
