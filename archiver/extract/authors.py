"""Who wrote the page: the persons a citation may name, and the organisations credited instead.

Split from :mod:`archiver.extract.metadata`, which decides every other field: the author
decision weighs several sources against what the page prints and where (a byline beside the
headline, an author box under the article, a declaration the page never shows, a layout guess
printed only in a teaser), and a wrong name in a citation is worse than none, so it has rules
enough for a module of its own. :func:`resolve_authors` is its one entry.

Why one file of ~2,000 lines (a third of it added on 2026-11-30 for the blind3-blind5 classes:
picture credits, teaser bylines, professions, roles and mottos as names; the policy candidates
measured on blind first runs; the general forms of the first runs' classes, version 33; and the
name forms of blind6's, version 35: words run together, a writer's credit lead, a name and its outlet;
review 14's comment lines and outlets beside the headline, version 50; the blind8-blind9 classes and round s43's,
each in a function of its own: couples, account widgets, other stories' teaser headings, glued credits the page
prints whole elsewhere, a month that may be a surname):
the precision-first policy (:func:`well_supported`, its per-rule dev figures in the docstring) judges the very candidates the rules above it produce, by their
sources and where the page prints them; kept apart, a rule change and the policy figure it
moves would be read in two places. Name shapes and word lists live in
:mod:`archiver.extract.signals`; a lone first name filled out from the line that presents the writer in
:mod:`archiver.extract.first_names` (split out in authleft54, when this file had grown to ~2,000 lines).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from archiver.core import lazy_re
from archiver.extract import (
    author_backing,
    byline_forms,
    byline_lists,
    guest_post,
    headline_name_line,
    labelled_credits,
    office_names,
    pen_names,
)
from archiver.extract.account_ui import account_line
from archiver.extract.author_box import author_box_credit, author_box_heading
from archiver.extract.byline_titles import ends_on_role as _ends_on_role
from archiver.extract.byline_titles import opens_with_given_name as _opens_with_given_name
from archiver.extract.credential_names import credential_line
from archiver.extract.cue_match import Folding
from archiver.extract.first_names import COPYRIGHT as _COPYRIGHT
from archiver.extract.first_names import first_names_filled as _first_names_filled
from archiver.extract.first_names import fuller_name as _fuller_name
from archiver.extract.given_names import given_name
from archiver.extract.head import REFERENCED, HeadTables, scholarly_authors
from archiver.extract.name_letters import PARTICLES, case_turns, glued_words, letter_words
from archiver.extract.name_letters import mark as combining_mark
from archiver.extract.page_lines import CTX_CAPTION, CTX_COMMENT
from archiver.extract.place_names import place_name
from archiver.extract.reviewers import reviewer_keys
from archiver.extract.signals import (
    byline_authors,
    citable_name,
    citation_names,
    clean_authors,
    comments_heading,
    credit_lead,
    credit_line,
    describes_writer,
    editor_line,
    elided_surname_kept,
    headline_credit,
    job_title,
    jsonld_authors,
    lower_word_after_capital,
    name_kind,
    name_over_date,
    opening_note_credit,
    persons_and_orgs,
    picture_rights_below,
    printed_without_dated_month,
    recipe_card_credit,
    romance_month_surname,
    sign_off_credit,
    writer_bio,
    writing_verb_ends,
)


def resolve_authors(head: HeadTables, traf_author: str | None, lines: Sequence[str], marks: set[str], *,
                    title: str | None, paragraphs: Sequence[str], contexts: Sequence[int] | None = None
                    ) -> tuple[list[str], str | None, list[str], list[tuple[str, list[str], bool, float]]]:
    """(persons, the source that named them, credited organisations, each person's support as
    :func:`author_support` gives it, with the backing model's score) of the page.

    ``marks`` are the site's own names (a person never bears one); ``title`` and ``paragraphs``
    place the article on the page, so that a byline of the article is told from one of a teaser;
    ``contexts``, each line's DOM context bits (:mod:`archiver.extract.page_lines`), tell the lines
    of a comments section, whose credits are readers' (:func:`credit_lines`).
    """
    headlines, body = placed(lines, title, head.h1, marks, paragraphs)
    captions = frozenset(i for i, ctx in enumerate(contexts or ()) if ctx & CTX_CAPTION) \
        if contexts is not None and len(contexts) == len(lines) else frozenset()
    names = page_names(head, _caption_names_blanked(credit_lines(lines, contexts, headlines, body), contexts),
                       headlines, marks, body=body, captions=captions)
    # trafilatura's guess read as names once, for the choice and for the evidence per name (both read it: task perf71)
    guessed = tuple(_guessed_names(traf_author, lines, marks)) if traf_author else ()
    authors, source, orgs = _authors(head, traf_author, lines, marks, headlines=headlines, body=body, read=names,
                                     guessed=guessed)
    sources = source_names(traf_author, lines, marks, read=names, guessed=guessed)
    persons = [n for n in _filled(authors, lines, headlines, body) if well_supported(n, sources, lines, headlines, body)
               and not _account_only(n, sources, lines) and not _month_surname_cut(n, sources, lines)
               and not _romance_month_cut(n, sources, lines)]
    if not persons and sources["sign-off"]:
        # no other credit holds: the writer who signs under the story (rule 5)
        persons = [n for n in sources["sign-off"] if well_supported(n, sources, lines, headlines, body)
                   and not _account_only(n, sources, lines)]
        source = "byline"
    persons = _with_couples_surname(persons, lines)
    persons = [n for n in persons if not _reader_only(n, sources, head)]
    if not persons:  # "By: ShawnHymel" that the page's declaration names too: the writer's name as printed
        persons, declaring = _declared_handle(names, marks, lines)
        source = "byline" if persons else source
        sources = {**sources, **{s: persons for s in ("headline-credit", *declaring)}} if persons else sources
    # a guest post's note under the owner's byline names its writer (round b18auth), as a guest's credit over her
    # bio does (round b20auth) where no other person is credited; a card naming another than the byline's person
    # leaves the page with no writer (:func:`_card_disagrees`)
    guest = guest_post.guest_writer(lines, headlines, marks)
    card = [] if guest else guest_post.guest_card(lines, marks)
    if card and _card_disagrees(card, persons):
        persons, card = [], []
    guest = guest or card
    if guest:
        persons, source = guest, "byline"
        sources = {**sources, "byline": _distinct([*sources["byline"], *guest])}
    outlets = [n for n in persons if _outlet_credit(n, sources)]
    persons = [n for n in persons if n not in outlets]
    if outlets:
        orgs = _distinct([*orgs, *outlets])
    persons, backing = _backed(persons, sources, lines, headlines, body, traf_author)
    if persons:  # a writer of her own site (:func:`_own_site`) reported as a person is no organisation too
        keys = {alnum(n) for n in persons}
        orgs = [o for o in orgs if alnum(o) not in keys]
    support = [(*s, b) for s, b in zip(author_support(persons, sources), backing, strict=True)]
    whole = _glue_restored([cited(n) for n in persons], names, lines)
    support = [(w, *s[1:]) for w, s in zip(whole, support, strict=True)]
    return whole, (source if persons else None), orgs, support


def _glue_restored(persons: list[str], read: dict[str, list[str]], lines: Sequence[str]) -> list[str]:
    """Each person cut at an inner capital (:func:`_unglued_name`: "Mark SubbaRao" read as "Mark Subba" and a glued
    "Rao") as a source gave it whole, where the page prints that whole form alone on a line: the page says the name is
    one word there, a surname with a capital inside ("SubbaRao", "DeRossi"), no two elements run together, which never
    stand alone on a line (authors-blind35's first run cited "Mark Subba")."""
    if not persons:
        return persons
    alone = {line.strip() for line in lines if len(line) <= 60}
    raws = {n for values in read.values() for n in values if isinstance(n, str) and n.strip() in alone}
    return [next((r for r in raws if r != p and r.startswith(p) and r[len(p):].isalpha() and r[len(p)].isupper()), p)
            for p in persons]


def _card_disagrees(card: list[str], persons: list[str]) -> bool:
    """True when a guest card (:func:`~archiver.extract.guest_post.guest_card`) names someone the page's other credits
    do not, while they name a person: the card may be a sidebar's or a related piece's guest, or the byline the
    owner's account; nothing on the page says which (auth69: "By Tom Hendricks" under the headline and a "Guest
    author Elisa Marlowe" box reported Elisa Marlowe). A wrong writer in a citation is worse than none."""
    keys = {alnum(n) for n in persons}
    return bool(keys) and not all(alnum(n) in keys for n in card)


def _filled(persons: list[str], lines: Sequence[str], headlines: Sequence[int],
            body: tuple[int, int] | None = None) -> list[str]:
    """:func:`~archiver.extract.first_names.fuller_name`, unless the fuller form is no person's name: a lone first
    name is never filled with an organisation's or an interface word after it ("By Marie" then the category "Blog"
    on the same line gives "Marie Blog": authors-blind18's first run; round b19auth)."""
    full = _fuller_name(persons, lines, headlines, body)
    return persons if full != persons and any(_organisation(n) or _interface_text(n) for n in full) else full


def _reader_only(name: str, sources: dict[str, list[str]], head: HeadTables) -> bool:
    """True when the page declares ``name`` as the author of one of its readers' reviews or comments
    (:func:`~archiver.extract.reviewers.reviewer_keys`) and neither its main declaration nor the credit beside the
    headline names it: a reader, not the writer (blind13's allrecipes review list, read by the layout guess alone)."""
    if norm(name) not in reviewer_keys(head.jsonld_main):
        return False
    return not {"json-ld", "headline-credit"}.intersection(support(name, sources))


def _backed(persons: list[str], sources: dict[str, list[str]], lines: Sequence[str], headlines: Sequence[int],
            body: tuple[int, int] | None, traf_author: str | None) -> tuple[list[str], list[float]]:
    """The persons backed well enough to report, and each one's score (:func:`archiver.extract.author_backing.scores`,
    which the record keeps for ``cite --authors backed``): all of them while the model is off (its default,
    :data:`~archiver.extract.author_backing.REQUIRED`), else those scoring its threshold or more (report
    nothing rather than a doubtful name)."""
    if not persons:
        return persons, []
    names = [cited(n) for n in persons]
    declared = len({alnum(n) for s in _DECLARED_SOURCES for n in sources[s]})
    backing = author_backing.scores(names, [support(c, sources) for c in names], lines, headlines, body,
                                    declared_persons=declared, guess=traf_author.split("; ") if traf_author else [])
    if not author_backing.REQUIRED:
        return persons, backing
    keep = [i for i, b in enumerate(backing) if b >= author_backing.THRESHOLD]
    return [persons[i] for i in keep], [backing[i] for i in keep]

# A couple credited with one surname, printed once after the second given name ("Brett & Kate McKay", "Jane
# und John Smith"): the first given name, split off alone, and the second writer's full name.
_COUPLE = lazy_re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+(?:&|and|und|et|y|e)\s+"
                          r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’-])")


def _with_couples_surname(persons: list[str], lines: Sequence[str]) -> list[str]:
    """Each reported one-word given name that the page prints as the first of a couple sharing one surname
    ("Brett & Kate McKay", beside the reported "Kate McKay") with that surname: "Brett McKay". A lone given name
    is no name to cite (authors-blind9's first run reported "Brett"); the second writer must be reported too,
    so that the page's credit is the couple's."""
    if len(persons) < 2 or not any(" " not in p for p in persons):
        return persons
    full = {alnum(p) for p in persons if " " in p}
    out: list[str] = []
    for name in persons:
        if " " not in name and given_name(name):
            for line in lines:
                if len(line) > 200 or name not in line:
                    continue
                m = next((m for m in _COUPLE.finditer(line) if m.group(1) == name
                          and alnum(f"{m.group(2)} {m.group(3)}") in full and given_name(m.group(2))), None)
                if m is not None:
                    name = f"{name} {m.group(3)}"
                    break
        if name not in out:
            out.append(name)
    return out


# A month that is also a surname or a given name, as a credit prints it before a day or a year ("Theresa May 3,
# 2024", "Fredric March 2024", "Jan Mars 2024", "Ana Mayo 3, 2024").
_MONTH_SURNAME_BEFORE_DAY = ("May", "June", "April", "August", "March", "Jan", "Mai", "Juni", "Juli", "Avril", "Abril",
                             "Julio", "Mars", "Mayo", "Marzo", "Agosto")


def _month_surname_cut(name: str, sources: dict[str, list[str]], lines: Sequence[str]) -> bool:
    """True for a one-word person no declaration names whom the page prints only followed by a month that is
    also a surname and a day ("By Theresa May 3, 2024"): the dateline's reader cut "May" as the date's month
    (:func:`~archiver.extract.signals.byline_authors`: "By John Smith May 3, 2024" is John Smith's), and
    whether "May" was her surname cannot be told from the line. "Theresa" alone is no name to cite, so
    nothing is reported. Where the page tells, the full name stands: a declaration of "Theresa May", an
    author box printing "Theresa May" with no day after it (:func:`~archiver.extract.first_names.fuller_name`), a date that names its own
    month ("Theresa May 3 March 2024"). So for a name of given names only ("By Ana Lucía Mayo 3, 2024" leaves "Ana
    Lucía"): the cut month was the surname, and a person without one is no name to cite (close42's class)."""
    if (" " in name and not all(given_name(w) for w in name.split())) or any(
            s in _DECLARED_SOURCES for s in support(name, sources)) or _surname_too(name):
        return False
    return _printed_only_before(name, lines, r"\s+(?:" + "|".join(_MONTH_SURNAME_BEFORE_DAY) + r")\s+\d")


def _romance_month_cut(name: str, sources: dict[str, list[str]], lines: Sequence[str]) -> bool:
    """True for a two-word person closed by a capitalised Romance month (:func:`~archiver.extract.signals.
    romance_month_surname`: "Alyssa Maio" is a person) that no declaration names and that the page prints only
    right before a day or a year ("By Brian Mars 2024", "Por Lucía Marzo 2024"): whether the month is her surname or
    the date's first word cannot be told from the line, so nothing is reported, as for "By Theresa May 3, 2024"
    (:func:`_month_surname_cut`)."""
    words = name.split()
    if not romance_month_surname(words) or any(s in _DECLARED_SOURCES for s in support(name, sources)):
        return False
    return _printed_only_before(name, lines, r"\s+\d")


def _printed_only_before(name: str, lines: Sequence[str], after: str) -> bool:
    """True when the page prints ``name`` (:func:`_printing`) and every line printing it has ``after`` (a pattern, case
    ignored) right after the name: the one test :func:`_month_surname_cut` and :func:`_romance_month_cut` ask."""
    at = _printing(name, lines)
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(name) + after, re.IGNORECASE)
    return bool(at) and all(pattern.search(lines[i]) for i in at)


# Given names that are as often family names, the last word of a full name ("Kevin Scott", "Henry James", "Sarah
# Grant"): before a month that is a surname too and a day ("By Kevin Scott May 3, 2024"), the name is whole and the
# month opens the date. "Anne", "Lucía", "Marie" are given names only: "By Mary Anne June 3, 2024" stays doubtful.
_SURNAME_TOO = frozenset((
    "scott", "james", "thomas", "lewis", "allen", "lee", "grant", "howard", "marshall", "morgan", "nelson", "mitchell",
    "carter", "martin", "harrison", "jackson", "clark", "russell", "murray", "graham", "gordon", "wallace", "dean",
    "kelly", "wells", "bell", "bennett", "campbell", "cooper", "craig", "douglas", "elliott", "ellis", "ford",
    "foster", "fraser", "gibson", "gilbert", "hall", "hamilton", "hayes", "henry", "hughes", "hunter", "kennedy",
    "lawrence", "mason", "miles", "morris", "owen", "palmer", "parker", "perry", "powell", "reed", "reid", "roberts",
    "ross", "ryan", "shaw", "spencer", "stewart", "stuart", "taylor", "turner", "walker", "warren", "watson",
    "webb", "wright", "young", "baker", "barry", "bruce", "burke", "chase", "cole", "collins", "curtis", "davis",
    "dale", "francis", "george", "glenn", "hart", "holmes", "hudson", "irving", "jordan", "keith", "kent", "kirk",
    "lane", "lloyd", "lowell", "lynch", "miller", "neal", "neil", "norman", "oliver", "paul", "quinn", "ray",
    "rhodes", "richards", "riley", "rogers", "sims", "stanley", "terry", "wade", "ward", "wayne", "wiley", "simon",
    "thompson", "arnold", "baldwin", "barton", "bernard", "blake", "bradley", "brooks", "carroll", "cecil", "chandler",
    "clifford", "conrad", "dennis", "dudley", "edwards", "fletcher", "franklin", "fuller", "garrett", "harvey",
    "herbert", "jones", "johnson", "lambert", "leonard", "lyle", "mackenzie", "maxwell", "meyer", "nash", "page",
    "preston", "randall", "rowe", "sherman", "stone", "tracy", "vaughan", "vernon", "wesley", "winston", "wood"))


def _surname_too(name: str) -> bool:
    """True when ``name`` is two words or more and its last is a given name as often a family name
    (:data:`_SURNAME_TOO`), or, for two words, a given name that is no second part of a double given name
    (:data:`_DOUBLE_GIVEN_SECOND`): a full name before the dated month, not given names left by cutting a surname."""
    words = name.split()
    if len(words) == 2 and words[1].casefold() not in _DOUBLE_GIVEN_SECOND:
        return True  # "By Julia Louis May 3, 2024": a byline prints no middle name, so "Louis" is her surname
    return len(words) >= 2 and words[-1].casefold() in _SURNAME_TOO


# The second parts of double given names, which bylines print whole ("Mary Anne", "Ana Lucía", "José Luis", "Jean
# Pierre", "Anna Maria", "Billie Jo"): two given names ending so before a month that is a surname too and a day
# ("By Mary Anne June 3, 2024") may be a person whose surname the month is, and stay doubtful. Any other given name
# as the second of two words is the surname ("By Julia Louis May 3, 2024", authleft47: nothing was reported): a
# byline prints a first name and a surname, not a middle name.
_DOUBLE_GIVEN_SECOND = frozenset((
    "anne", "ann", "anna", "marie", "maria", "maría", "mae", "lou", "louise", "lynn", "lynne", "jo", "beth",
    "sue", "kay", "jane", "jean", "rose", "ellen", "elizabeth", "lucía", "lucia", "luisa", "isabel", "carmen",
    "pilar", "elena", "sofía", "sofia", "eugenia", "fernanda", "paula", "cristina", "laura", "teresa", "josé", "jose",
    "luis", "carlos", "antonio", "manuel", "miguel", "juan", "pablo", "andrés", "pierre", "luc", "marc", "michel",
    "claude", "françois", "philippe", "jacques", "yves", "baptiste", "andré", "josefa", "margaret",
    "katherine", "catherine", "claire", "grace", "joy", "hope", "leigh", "jay", "eve", "belle"))


def _account_only(name: str, sources: dict[str, list[str]], lines: Sequence[str]) -> bool:
    """True for a person no declaration names whom the page prints only in lines of the site's account or
    session interface (:func:`~archiver.extract.account_ui.account_line`: "Logged in as Max Mustermann",
    "Max Mustermann · Log out"): the signed-in reader who captured the page, never its writer (issue 15).
    The layout's readers refuse such a block's elements themselves (:mod:`archiver.extract.account_ui`);
    this is the same test for the credits read from lines."""
    if any(s in _DECLARED_SOURCES for s in support(name, sources)):
        return False
    at = _printing(name, lines)
    return bool(at) and all(account_line(lines, i) for i in at)


# A definite article opening a credit of two words ("Le Monde", "El País", "Die Zeit", "De Standaard", "La
# Repubblica", "Il Post"): a publication's name. A person is credited with a given name first; a family name
# alone with its particle ("De Luca") is no full name to cite either.
_ARTICLE_LED = frozenset(("Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "De", "Het"))


def _outlet_credit(name: str, sources: dict[str, list[str]]) -> bool:
    """True when a credit the person checks passed is a publication's name, not a person's: two words, the
    first a definite article printed capitalised (:data:`_ARTICLE_LED`: "By Le Monde", "By El País"), that
    no declaration names as a person.

    Why: a byline beside the headline credits an outlet in the very form it credits a writer (the review
    rv14's "By Le Monde", "By El País"); a wrong person in a citation is worse than none. Outlets and
    NGOs named otherwise ("Deutsche Welle", "Human Rights Watch", "Kyodo") are organisation words of
    :mod:`archiver.extract.signals`. A rule asking every printed credit for a listed given name first, or
    refusing every one-word credit, was measured and dropped: on the dev pages it removed 32 reported
    names of which 31 were right (bench_generalise.py, persons recall .599 -> .516)."""
    words = name.split()
    if len(words) != 2 or words[0] not in _ARTICLE_LED:
        return False
    return not any(s in _DECLARED_SOURCES for s in support(name, sources))


def credit_lines(lines: Sequence[str], contexts: Sequence[int] | None, headlines: Sequence[int],
                 body: tuple[int, int] | None) -> list[str]:
    """``lines`` with the lines of a comments section blanked (same indexes), for the readers of printed
    credits (the credit beside the headline, the "By" line, the sign-off): a credit there ("Von Peter
    Meier am 05.03.2024", "Par Jean Dupont le 5 mars 2024") is a reader's, never the article's writer's.

    A comment's line is one after the article's last paragraph inside an element whose class or id names
    comments, replies, a discussion or Disqus (``CTX_COMMENT`` of :mod:`archiver.extract.page_lines`),
    unless the headline's line or the article's last paragraph is inside one too (a page or a story wrapped
    whole in such an element, "post-with-comments", says nothing of its parts); or any line after the article's last paragraph from a comments section's heading on ("1
    Kommentar", "3 Comments", "One response": :func:`~archiver.extract.signals.comments_heading`). Not a
    line above the last paragraph: a byline's meta bar is classed so by its comment counter ("entry-meta
    nyo-social-comments" holds "By <name> • <date>" on a dev page)."""
    out = list(lines)
    if body is None:
        return out
    if contexts is not None and len(contexts) == len(lines):
        wrapped = contexts[body[1]] & CTX_COMMENT or any(0 <= h < len(contexts) and contexts[h] & CTX_COMMENT
                                                         for h in headlines)
        if not wrapped:
            out[body[1] + 1:] = ["" if ctx & CTX_COMMENT else line
                                 for line, ctx in zip(lines[body[1] + 1:], contexts[body[1] + 1:], strict=True)]
    start = next((i for i in range(body[1] + 1, len(lines)) if comments_heading(lines[i])), None)
    if start is not None:
        out[start:] = [""] * (len(out) - start)
    return out


def _caption_names_blanked(lines: list[str], contexts: Sequence[int] | None) -> list[str]:
    """``lines`` (as :func:`credit_lines` gives them) with each line of a picture's caption that is a full name
    alone over a date (:func:`~archiver.extract.signals.name_over_date`) blanked, for the credit readers: a
    caption's "Jane Partridge" over its date is the person pictured, whom the story need not name again, never the
    byline that a name alone over the date elsewhere under the headline is (authleft46)."""
    if contexts is None or len(contexts) != len(lines):
        return lines
    at = [i for i, ctx in enumerate(contexts) if ctx & CTX_CAPTION and lines[i] and name_over_date(lines, i)]
    for i in at:
        lines[i] = ""
    return lines


def cited(name: str) -> str:
    """A reported person's name as a citation gives it: no honorific, no profession in front, a
    name set in capitals in its first letters (:func:`~archiver.extract.signals.citable_name`)."""
    return _without_profession(citable_name(name))


def placed(lines: Sequence[str], title: str | None, h1: str | None, marks: set[str],
           paragraphs: Sequence[str]) -> tuple[list[int], tuple[int, int] | None]:
    """(the lines that print the article's headline, best first; the lines of its first and last
    paragraph): where the article stands on the page, as :func:`resolve_authors` reads it."""
    return _headlines(lines, title, h1, marks), _body(lines, paragraphs)


# A profession worn before a name in a byline or a declaration ("Rechtsanwalt Dennis Tölle", "Avv.
# Mario Rossi", "Maître Eolas"): like an honorific, the page's courtesy, not the name a citation gives.
_PROFESSION = Folding(lazy_re.compile(
    r"^(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|notar(?:in)?|steuerberater(?:in)?|pfarrer(?:in)?|"
    r"attorney|reverend|ma[iî]tre|avvocato|abogad[oa]|licenciad[oa]|"
    r"(?:atty|rev|avv|abog|lic|ing|mec|adw)\.|(?-i:RA|RAin)|"
    # the writer's trade ("Journalistin Jane Smith") and an article type's lead kept with the name
    # ("Review by Jane Smith", "Analyse von ..."): the blind first runs' "Analysis by Chris Cillizza" class
    r"journalist(?:in)?|journaliste|giornalista|periodista|jornalista|dziennikar(?:z|ka)|reporter(?:in)?|"
    r"korrespondent(?:in)?|redakteur(?:in)?|"
    # a cook's title ("By Chef Jack Ovens", blind10; "by Chef Jean-Pierre", blind11: the person is the name after it)
    r"chef|cheffe|chefkoch|chefköchin|"
    r"(?:review|analysis|commentary|opinion|essay|column|interview|analyse|kommentar|rezension|kritik|glosse|"
    r"reportage|critique|chronique|tribune|cr[ií]tica|an[aá]lisis|opini[oó]n|commento|recensione)\s+"
    r"(?:by|von|de|di|par|por))\s+(?=(?-i:[A-ZÀ-ÖØ-Þ]))", re.IGNORECASE), opening=True)


def _without_profession(name: str) -> str:
    """``name`` without a profession in front (:data:`_PROFESSION`), unless one word would be left: "Journalistin
    Müller" names a surname the profession stands with. A cook goes by the given name after the title ("By Chef
    Marco"): a listed given name alone after a cook's title is the person (authleft54: "Chef Marco" was reported
    with the title as its first name).

    (The pattern is anchored at the text's start, so its one match is ``match``'s: cutting it off
    is ``sub("", name, count=1)``, without compiling the pattern for a name that cannot open so.)"""
    found = _PROFESSION.match(name)
    rest = name[found.end():] if found is not None else name
    if rest == name:
        return name
    if len(rest.split()) >= 2:
        return rest
    cook = found is not None and found.group().casefold().startswith("chef")
    return rest if cook and rest.isalpha() and given_name(rest) else name


_WS = lazy_re.compile(r"\s+")


def norm(s: str | None) -> str:
    """Whitespace collapsed, case folded: how two spellings of one name compare."""
    return _WS.sub(" ", (s or "")).strip().casefold()


def alnum(value: str | None) -> str:
    """Letters and digits only, lower case: how a site's name is compared with a name."""
    low = (value or "").lower()
    # (``\\W`` removes nothing from a string of letters and digits: ``\\w`` is ``str.isalnum`` or "_")
    return low if low.isalnum() else _NON_WORD.sub("", low)


_NON_WORD = lazy_re.compile(r"\W")
# Patterns the name checks run on every name, compiled once (a pattern given as text to ``re``'s
# functions is looked up in its cache at each call; issue 13).
_WORD_RUN = lazy_re.compile(r"\w+")
_NAME_WORD = lazy_re.compile(r"[^\W\d_][\w'’-]*")
_ARTICLE_PREFIX = lazy_re.compile(r"(?:al|el|d|l)['’-]")
_HYPHENED_WORD = lazy_re.compile(r"[^\W\d_][\w-]*")
_LETTERS = lazy_re.compile(r"[^\W\d_]+")
_NAME_PARTS = lazy_re.compile(r"\s[-–—|]\s|[(),;|]")
_NAME_AND = lazy_re.compile(r"\s+(?:und|and|et|y|e|&)\s+")


def _one_spaced(text: str) -> str:
    """``text`` with each run of whitespace made one space (as ``_WS.sub(" ", text)``).

    Why: most lines are so already, and a printable line without two spaces in a row holds no
    other whitespace (every whitespace character but the space is unprintable), so the regex
    is run only on the rest (tests/test_extract_speed_fold.py checks every character)."""
    return text if "  " not in text and text.isprintable() else _WS.sub(" ", text)


def names_site(part: str, marks: set[str]) -> bool:
    """True when ``part`` is the site's name or a fragment of it ("Disfunctions.de", "SMAVA")."""
    key = alnum(part)
    return bool(key) and len(part.split()) <= 6 and any(
        key in mark or (mark in key and len(key) <= len(mark) + 4) for mark in marks
    )


def _words(names: Sequence[str]) -> set[str]:
    return {w for n in names for w in _WORD_RUN.findall(n.casefold())}


def _site_names(persons: list[str], orgs: list[str], marks: set[str]) -> tuple[list[str], list[str]]:
    """A "person" that is the site's own name ("Stylegart" on stylegart.de, "CNN"), or that name
    with a short prefix ("EFC Bayrische Bembel" on bayrische-bembel.de), is the site; one that
    extends a name already taken as the site's ("Weinlachgummis Naschtüte" after
    "Weinlachgummi") is the site's name too. In Chinese, Japanese or Korean script a word of two or
    three characters is a whole name, so one the site's name holds ("네이버" in "네이버뉴스") is the site."""
    keep = []
    marks = {alnum(mark) for mark in marks}
    credited = {alnum(o) for o in orgs if len(alnum(o)) >= 8}
    for name in persons:
        key = alnum(name)
        site = len(key) >= (2 if _cjk_name(name) else 3) and (any(
            key == mark or ((len(key) >= 5 or _cjk_name(name)) and key in mark)
            or (len(mark) >= 8 and key.endswith(mark) and len(key) <= len(mark) + 4) for mark in marks)
            or any(key.startswith(org) for org in credited))
        if site and name not in orgs:
            orgs.append(name)  # the site's: kept as its credit even when the writer of her own site is reported
        if not site or _own_site(name):
            keep.append(name)
    return keep, orgs


def _own_site(name: str) -> bool:
    """True when ``name`` is a person's full name that may name her own site ("Robin Wieruch" on
    robinwieruch.de, "Ann Coulter" on anncoulter.substack.com): two or three capitalised words, the first a
    listed given name (:func:`~archiver.extract.given_names.given_name`), a person by
    :func:`~archiver.extract.signals.name_kind`. Such a credit is the writer's, not the site taken for a
    person (authors-blind8's first run missed four writers of their own sites so); a one-word site name
    ("Stylegart", "Futurism") or an outlet's name stays the site's. A name the site's own name holds is
    kept as its organisation too, so that a page whose writer the policy does not report still credits
    her as before (:func:`resolve_authors` drops it from the organisations when she is reported). A cook's title
    before the name is read past ("Chef Jack Ovens" on chefjackovens.com, :data:`_PROFESSION`; close42's class)."""
    name = _without_profession(name)
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and _opens_with_given_name(name) \
        and name_kind(name) == "person"


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Case and accents folded, so "Gàbor Muniér" and trafilatura's "Gabor Munier" compare equal.

    Cached, and plain ASCII skips the per-character pass: the author checks fold every line of
    the page once per candidate name (this was 2-3 ms of a 20 KB page's extraction)."""
    if text.isascii():  # NFKD leaves ASCII as it is, and it holds no combining marks
        return _one_spaced(text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    # each distinct character is asked once, not each character of the line (a line holds a
    # few dozen distinct ones), and the few marks found are removed by ``str.replace``: the
    # same characters are dropped at half the cost of a generator over the line
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return _one_spaced(decomposed).casefold()


_LINK = lazy_re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:de|com|net|org|eu|at|ch|info|fr|es|it|uk|io)\b", re.I)


def _linked_credit(value: str | None) -> set[str]:
    """Names in a ``<meta name=author>`` that carries a web address ("Frank Bueltge -
    http://bueltge.de", "Deutsche Welle (www.dw.com)"): such a value credits the site or the
    theme's designer on every page of the site, not the writer of this one. Their keys are
    refused as persons in every source (trafilatura reads the same tag)."""
    if not value or not _LINK.search(value):
        return set()
    rest = _LINK.sub(" ", value)
    return {alnum(p) for p in _NAME_PARTS.split(rest) if len(alnum(p)) >= 3}


# A publisher's address as its <meta name=author> ("Kirche und Leben, Münster, Germany", "SPIEGEL
# ONLINE, Hamburg, Germany"): a name, then a city, then a country.
_COUNTRY = lazy_re.compile(
    r"^\s*(?:germany|deutschland|austria|österreich|switzerland|schweiz|suisse|svizzera|france|italy|italia|"
    r"spain|españa|portugal|usa|u\.s\.a?\.?|united states|uk|u\.k\.|united kingdom|great britain|england|canada|"
    r"netherlands|nederland|belgium|belgique|belgië|luxembourg|poland|polska|czech republic|denmark|danmark|"
    r"sweden|sverige|norway|norge|finland|brazil|brasil|mexico|méxico|argentina|russia|россия|ukraine|україна|"
    r"india|australia|new zealand|ireland|japan|china)\s*$", re.IGNORECASE)


def _address_credit(value: str | None) -> set[str]:
    """Keys of every part of a ``<meta name=author>`` that is a publisher's address ("Kirche und
    Leben, Münster, Germany": three or more comma parts, the last a country): the city is no
    person, nor is any other part (trafilatura reads the same tag and splits it on "und" and
    commas, so the keys are refused in every source)."""
    parts = [p for p in (value or "").split(",") if p.strip()]
    if len(parts) < 3 or not _COUNTRY.match(parts[-1]):
        return set()
    return {alnum(w) for p in parts for w in [p, *_NAME_AND.split(p)] if len(alnum(w)) >= 2}


_RUNNING_ON = lazy_re.compile(r"\s+(?!(?:and|und|et|y|e|и|&)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ])[a-zß-öø-ÿа-я]{2,}(?!\w)")


def _name_re(key: str) -> re.Pattern[str]:
    """A folded name as a pattern over folded text in which an initial may carry its full stop
    or not: trafilatura prints "Trevor J Mitchell" where the page has "Trevor J. Mitchell"."""
    words = key.split()
    return re.compile(r"\s+".join(re.escape(w) + (r"\.?" if len(w) == 1 and w.isalpha() else "") for w in words))


def _name_or_inverted_re(key: str) -> re.Pattern[str]:
    """:func:`_name_re` of a folded name, or, for two or three words, its family name, a comma and the given names
    ("smith, jane" for "jane smith")."""
    words = key.split()
    if not 2 <= len(words) <= 3:
        return _name_re(key)
    inverted = f"{words[-1]}, {' '.join(words[:-1])}"
    return re.compile(f"(?:{_name_re(key).pattern})|(?:{_name_re(inverted).pattern})")


def _printing(name: str, lines: Sequence[str]) -> list[int]:
    """The indexes of the lines that print ``name`` (case, accents and an initial's full stop
    aside: :func:`_name_re` over folded text), in page order."""
    key = _fold(name)
    return _lines_matching(_name_re(key), key, lines)


#: What separates the folded lines in :func:`_folded_page`: a folded name holding none, its
#: pattern (:func:`_name_re`: its characters, optional stops, whitespace) cannot match across it.
_LINE_BREAK = "\x00"


def _lines_matching(pattern: re.Pattern[str], key: str, lines: Sequence[str]) -> list[int]:
    """The indexes of the lines whose fold ``pattern`` (:func:`_name_re` of the folded name
    ``key``) finds, in page order: ``[i for i, line in enumerate(lines) if pattern.search(_fold(line))]``.

    Why: a page's names are each looked for along every line (~900 searches a 20 KB page); one
    search along the folded page (:func:`_folded_page`) per line that prints the name does the
    same, as the pattern has no anchor, look-around or word boundary and cannot match the
    separator (a key holding it is looked for line by line)."""
    if _LINE_BREAK in key or not lines:
        return [i for i, line in enumerate(lines) if pattern.search(_fold(line))]
    page, starts, found = _folded_page(tuple(lines))
    asked = (pattern.pattern, pattern.flags)
    kept = found.get(asked)
    if kept is not None:
        return list(kept)
    out: list[int] = []
    m = pattern.search(page)
    while m is not None:
        i = bisect_right(starts, m.start()) - 1
        out.append(i)
        if i + 1 >= len(starts):
            break
        m = pattern.search(page, starts[i + 1])
    found[asked] = tuple(out)
    return out


def _folded_page(lines: tuple[str, ...]) -> tuple[str, list[int], dict[tuple[str, int], tuple[int, ...]]]:
    """Every line's :func:`_fold`, joined by :data:`_LINE_BREAK`, where each line starts in it, and
    the answers :func:`_lines_matching` gave for these lines, by pattern (its source and flags: all
    a search depends on). The last page's entry is kept (one entry, replaced whole): the names of
    a page are looked for along the same lines, and the same name several times (a page's
    credited name by each rule that weighs it: 7 searches of 8 on the benchmark's page repeated
    one, ~0.1 ms; tests/test_extract_speed_names_printed.py)."""
    global _last_page
    last = _last_page
    if last[0] == lines:
        return last[1], last[2], last[3]
    folded = [_fold(line) for line in lines]
    starts: list[int] = []
    at = 0
    for text in folded:
        starts.append(at)
        at += len(text) + 1
    page = _LINE_BREAK.join(folded)
    found: dict[tuple[str, int], tuple[int, ...]] = {}
    _last_page = (lines, page, starts, found)
    return page, starts, found


_last_page: tuple[tuple[str, ...], str, list[int], dict[tuple[str, int], tuple[int, ...]]] = ((), "", [], {})


def _shown(name: str, lines: Sequence[str], tags: Sequence[str]) -> bool:
    """True when the page shows ``name`` (case and accents aside) where a byline stands: in an
    author tag, or in a line where no lower-case word follows the name ("Bill Osborne on Miami
    Marine Stadium ..." is a related headline, "flappy bird on The Substring Paradox" a
    recent-comments widget, "Jane sagt:" a comment). A guess from the layout that the page
    shows nowhere else is no evidence of who wrote it. A conjunction and another name after it
    ("Lisa Kaczke and Trevor J. Mitchell") is a byline of two, not running text."""
    key = _fold(name)
    if not key or any(key in _fold(t) for t in tags):
        return bool(key)
    pattern = _name_re(key)
    for line in lines:
        folded = _fold(line)
        for m in pattern.finditer(folded):
            # folding kept the length (no ligatures): the original line still has its case
            rest = line[m.end():] if len(folded) == len(line) else ""
            if rest[:1].isdigit() and line[m.start():m.end()].islower():
                continue  # "rmb8090": a login the guess prettified ("Rmb"), not a name shown
            if not _RUNNING_ON.match(rest) or writing_verb_ends(rest):
                return True  # "Lucía Gómez escribe.": an author box presenting its writer (round auth59)
    return False


def _guessed_names(traf_author: str, lines: Sequence[str], marks: set[str]) -> list[str]:
    """trafilatura's guess as names: each read back to the line the page prints it on (:func:`_printed_line_of`),
    without a last word that is the month of a date printed after it ("By Ann Grant May 2024" guessed as "Ann
    Grant May": :func:`~archiver.extract.signals.printed_without_dated_month`, as the byline's reader cuts it). A
    guess the page prints only as the end of a job title or a body's name ("..., Head of Marketing and Community
    Development": :func:`~archiver.extract.office_names.title_tail`) is no name (round b15auth)."""
    return [n for n in clean_authors([printed_without_dated_month(_printed_line_of(g, lines), lines)
                                      for g in _guesses(traf_author, marks)]) if not _title_tail_only(n, lines)]


def _title_tail_only(name: str, lines: Sequence[str]) -> bool:
    """True when every line printing ``name`` prints it as a title's tail (:func:`office_names.title_tail`)."""
    at = _printing(name, lines)
    return bool(at) and all(office_names.title_tail(name, lines[i]) for i in at)


def _printed_line_of(guess: str, lines: Sequence[str]) -> str:
    """trafilatura joins a name printed on a line of its own with the job title printed on the
    next ("Tom Gillespie" / "News reporter @TomGillespie1" -> "Tom Gillespie News reporter"),
    which then reads as no person (or as a newsroom). When a line of the page is exactly the
    guess's first words (two or more) and the next line starts with the rest, a job title, the
    guess is that line. A title the newsroom's job words miss but that ends on a role ("Irena Piątkiewicz" / "Marketing
    Manager", "Co-Founder & Marketing Director": a company blog's byline widget, authors-blind30) is one too (session
    64: the guess had been cut to "Irena Piątkiewicz Marketing", no one's name)."""
    words = guess.split()
    if len(words) < 3 or not (job_title(guess) or _ends_on_role(guess)):
        return guess
    folded = [_fold(line.strip()) for line in lines]
    for k in range(len(words) - 1, 1, -1):
        head, rest = _fold(" ".join(words[:k])), _fold(" ".join(words[k:]))
        if (job_title(" ".join(words[k:])) or _ends_on_role(" ".join(words[k:]))) and any(
                line == head and nxt.startswith(rest) for line, nxt in zip(folded, folded[1:], strict=False)):
            return " ".join(words[:k])
    return guess


def _page_spelling(name: str, lines: Sequence[str]) -> str:
    """The page's own spelling of a guessed name when it differs only in accents ("Gàbor
    Muniér" for "Gabor Munier") or in an initial's full stop ("Trevor J. Mitchell" for
    "Trevor J Mitchell") or in the combining marks closing it ("অনির্বাণ রায়" for trafilatura's "অনির্বাণ রায": its
    author cleaner cuts every non-word character at a name's end, and a vowel sign, nukta or virama is none to
    ``re``; round auth60): a citation quotes the name as the page prints it."""
    marked = _closing_marks(name, lines)
    if marked:
        return marked
    key = _fold(name)
    if key != name.casefold():
        return name  # the guess has accents of its own
    form: re.Pattern[str] | None = None  # compiled for the first line that may spell it otherwise (~0.25 ms)
    for line in (lines[i] for i in _lines_matching(_name_re(key), key, lines)):
        if len(line) <= 200 and name not in line:
            if form is None:
                # every start of a word, overlapping: "Von Gàbor Muniér" holds the name after its first word
                form = re.compile(r"(?<![\w'’-])(?=(" + r"\s+".join(r"[\w'’-]+\.?" for _ in name.split()) + r")(?!\w))")
            for cand in form.finditer(line):
                spelt = cand.group(1).rstrip(".") if not name.endswith(".") else cand.group(1)
                if _fold(spelt).replace(".", "") == key.replace(".", "") and spelt.casefold() != name.casefold():
                    return spelt
    return name


def _closing_marks(name: str, lines: Sequence[str]) -> str:
    """``name`` with the combining marks the page prints right after it, where a line prints it so and the word ends
    there ("অনির্বাণ রায" printed "অনির্বাণ রায়"); "" when no line does."""
    if not name or not name[-1].isalpha():
        return ""
    for line in lines:
        at = line.find(name)
        while at >= 0:
            end = at + len(name)
            stop = end
            while stop < len(line) and combining_mark(line[stop]):
                stop += 1
            if stop > end and (stop == len(line) or not line[stop].isalpha()) \
                    and (at == 0 or not (line[at - 1].isalpha() or combining_mark(line[at - 1]))):
                return line[at:stop]
            at = line.find(name, at + 1)
    return ""


def _referenced_authors(head: HeadTables) -> list[str]:
    """Names of the JSON-LD authors given by ``@id`` reference (see :mod:`archiver.extract.head`)."""
    raw = head.jsonld_main.get("author") or head.jsonld_main.get("creator")
    items = raw if isinstance(raw, list) else [raw]
    return [n for item in items if isinstance(item, dict) and item.get(REFERENCED)
            for n in jsonld_authors({"author": item})[0]]


def page_names(head: HeadTables, lines: Sequence[str], headlines: Sequence[int],
               marks: set[str] | frozenset[str] = frozenset(), *,
               body: tuple[int, int] | None = None, captions: frozenset[int] = frozenset()) -> dict[str, list[str]]:
    """Each source's names as the page gives them, before any check: the declarations (JSON-LD,
    microdata, meta tags, citation tags), the credit printed beside the headline, the first "By"
    line, a writer's credit signed just under the article (``body``: the lines of its first and
    last paragraph, see :func:`placed`), and JSON-LD's organisations (``"json-ld-orgs"``).

    Why: the author choice (:func:`_authors`) and the evidence per name (:func:`source_names`)
    each read every source of the page again, the "By" line thrice; :func:`resolve_authors`
    reads them once per page and hands them to both (nothing changes them: each reader makes
    its own lists from them)."""
    m, md = head.meta, head.microdata
    jl_persons, jl_orgs = jsonld_authors(_jsonld_without_outlets(head.jsonld_main, marks))

    def cut(value: str | None) -> str | None:
        return without_outlet(value, marks) if value else value

    def cuts(values: Sequence[str] | None) -> list[str] | None:
        return [without_outlet(v, marks) for v in values] if values else None

    names = {
        "json-ld": jl_persons,
        "microdata": clean_authors(cut(md.get("author"))),
        "meta:author": clean_authors(cut(m.get("author"))),
        "opengraph": clean_authors(cut(_open_graph_author(m, lines))),
        "citation": citation_names(cuts(scholarly_authors(head.meta_all))),
        "dublin-core": citation_names(cuts(head.meta_all.get("dc.creator") or head.meta_all.get("dcterms.creator"))),
        "meta:parsely-author": clean_authors(cut(m.get("parsely-author") or m.get("sailthru.author"))),
        "headline-credit": _pair_filled(_printed_whole(next((c for c in (headline_credit(lines, at, body[1] if body else None,
                                                                                         frozenset(marks))
                                                                         for at in headlines)
                                                             if c and not _teaser_credit(c, lines, headlines)), []), lines),
                                        lines, headlines, body),
        "byline": _printed_whole(byline_authors(lines), lines),
        "sign-off": _printed_whole(sign_off_credit(lines, body[1] if body else None)
                                   or author_box_credit(lines, body[1] if body else None, captions)
                                   or recipe_card_credit(lines, body), lines),
        "json-ld-orgs": jl_orgs,
    }
    # forms the readers above do not read, each with its second evidence (round b16auth)
    declared = [n for s in _DECLARED_SOURCES for n in names[s]]
    if not names["headline-credit"]:
        names["headline-credit"] = next((c for c in (byline_forms.headline_forms(lines, at, body, declared)
                                                     for at in headlines) if c), [])
    if not names["headline-credit"]:  # a name alone over the post's date line, with the given-name list (b17auth)
        names["headline-credit"] = next((c for c in (headline_name_line.name_line_under_headline(lines, at, body)
                                                     for at in headlines) if c), [])
    names["headline-credit"] = _declared_before_category(names["headline-credit"], declared)
    if not names["headline-credit"]:  # "Autor / Redakteur: <writer> / <editor>" (round b19auth)
        names["headline-credit"] = next((c for c in (labelled_credits.paired_label_near(lines, at)
                                                     for at in headlines) if c), [])
    if not names["headline-credit"]:  # "Yucy3/4/2025" under the headline, the writer's card after the story (b19auth)
        pen = next((c for c in (pen_names.glued_pen_name(lines, at, body) for at in headlines) if c), [])
        names["headline-credit"], names["sign-off"] = (pen, names["sign-off"] or pen) if pen else ([], names["sign-off"])
    if not names["headline-credit"]:  # "This blog post was authored by <writer>, <title>, <firm>." opening the story
        names["headline-credit"] = opening_note_credit(lines, body[0] if body else None)
    if not names["byline"]:
        names["byline"] = byline_forms.byline_forms(lines, declared) or labelled_credits.lone_dated_label(lines)
    for source in ("headline-credit", "byline", "sign-off"):  # "Valéry Giscard d'Estaing" (round auth59)
        names[source] = elided_surname_kept(names[source], lines)
    return names


def _pair_filled(credit: list[str], lines: Sequence[str], headlines: Sequence[int],
                 body: tuple[int, int] | None) -> list[str]:
    """A byline's one credit of two first names ("By Cai & Inka", no person's name as it stands) as the two full names
    the page presents its writers by (:func:`~archiver.extract.first_names.first_names_filled`: "Cai Ellis" and "Inka
    Wibowo" in the author rows under the story; authors-blind34's first run reported neither); else as read."""
    return _first_names_filled(list(credit), lines, headlines, body) if len(credit) == 1 else credit


def _declared_before_category(credit: list[str], declared: Sequence[str]) -> list[str]:
    """The declared name a lone credit beside the headline runs on from ("By Marie Blog": the byline's "By Marie",
    then the post's category "Blog" in the next element, no space between the two on the page's line), when the
    credit as a whole is no person's (an organisation's or interface word closing it, :func:`_organisation`,
    :func:`_interface_text`) and it opens with a declared person's whole name followed by one or two words
    (authors-blind18's first run missed such a writer; round b19auth). A credit that is a person's name stays as
    printed ("By Marie Curie" where "Marie" is declared)."""
    if len(credit) != 1 or not (_organisation(credit[0]) or _interface_text(credit[0])):
        return credit
    for name in declared:
        rest = credit[0][len(name):] if credit[0].startswith(name + " ") else ""
        if rest and 1 <= len(rest.split()) <= 2 and not (_organisation(name) or _interface_text(name)):
            return [name]
    return credit


# The Open Graph article's writer under the names sites of one country give it, after the standard one: Korean
# news sites write ``og:article:author`` (Daum and Kakao's reading of Open Graph) and ``dable:author`` (for the
# Dable recommendation widget), most often "송유민 기자" (the job word goes with clean_authors).
_OPEN_GRAPH_AUTHOR_KEYS = ("article:author", "og:article:author", "dable:author")


def _open_graph_author(meta: dict[str, str], lines: Sequence[str]) -> str | None:
    """The first of the page's :data:`_OPEN_GRAPH_AUTHOR_KEYS` that names someone rather than links to a
    profile (a URL, what the standard asks of ``article:author``), or None. The per-country names were
    not read before (authors-blind9's first run missed "송유민 기자" so): a declaration like the standard
    one, weighed the same (alone, it is reported only where the page prints the name too). A per-country
    value that the page's copyright line names is the press, not a writer: Naver declares its partner's
    name so ("뉴스타파 | 네이버", "Copyright ⓒ 뉴스타파. All rights reserved.", a dev page)."""
    for i, key in enumerate(_OPEN_GRAPH_AUTHOR_KEYS):
        value = meta.get(key)
        if value and "http" not in value and not (i and _copyright_holder(value, lines)):
            return value
    return None


def _copyright_holder(value: str, lines: Sequence[str]) -> bool:
    """True when a name of ``value`` stands in a copyright line of the page ("Copyright ⓒ 뉴스타파")."""
    names = [n for n in clean_authors(_OUTLET_SEP.split(value)[0]) if n]
    return any(n in line and _COPYRIGHT.search(line.replace("ⓒ", "©")) for n in names for line in lines
               if len(line) <= 200)


# The heading of a block of other stories ("Vous aimerez aussi", "Related", "Lesen Sie auch").
_TEASER_HEADING = lazy_re.compile(
    r"^\W*(?:vous aimerez aussi|à lire aussi|lire aussi|sur le même sujet|you may also like|you might also like|"
    r"related(?: articles| stories| posts| content)?|more stories|read next|recommended(?: for you)?|see also|"
    r"auch interessant|das könnte sie auch interessieren|mehr zum thema|lesen sie auch|weitere artikel|"
    r"te puede interesar|lee también|noticias relacionadas|leggi anche|potrebbe interessarti|"
    r"veja também|leia também|читайте также|похожие (?:статьи|материалы))\W*$", re.IGNORECASE)


def _teaser_credit(credit: Sequence[str], lines: Sequence[str], headlines: Sequence[int]) -> bool:
    """True when the byline read beside a later copy of the headline sits under the heading of a
    block of other stories ("Vous aimerez aussi" ... "Par Olivier Minot", then the page's title
    again in a player bar, arteradio.com): that byline is a teaser's, not the article's. Only a
    heading between the headline's first printing and the byline counts, so that a "Related"
    box above the headline leaves the article's own byline alone."""
    if not credit or len(headlines) < 2:
        return False
    first = min(headlines)
    at = next((i for i in _printing(credit[0], lines) if i > first
               and any(abs(i - h) <= _NEAR_LINES for h in headlines)), None)
    return at is not None and any(len(lines[k]) <= 60 and _TEASER_HEADING.match(lines[k].strip())
                                  for k in range(first + 1, at))


def _authors(head: HeadTables, traf_author: str | None, lines: Sequence[str], marks: set[str], *,
             headlines: Sequence[int] = (), body: tuple[int, int] | None = None,
             read: dict[str, list[str]], guessed: Sequence[str] | None = None
             ) -> tuple[list[str], str | None, list[str]]:
    """(persons, source, organisations): the best-supported candidate (:func:`_candidates`; ``guessed``: its
    :func:`_guessed_names`, when the caller has read them), then
    checked against what the reader sees, because a wrong name in a citation is worse than none:

    - a credit printed in a byline beside the headline beats a declared person it does not
      name (the declaration is the account that posted: an editor, the site owner);
    - a declared person the page prints nowhere is not reported (the site owner, a CMS account);
    - a guess from the layout (trafilatura's, a "By" line) that the page prints only outside the
      article is a header widget, another story's byline, a commenter or a teaser: not reported;
    - one such guess that the other does not confirm must stand where credits stand (beside
      the headline or in the author box under the article), else it is too weak to cite.
    - trafilatura's guess with a later word in lower case is a category's tag in the byline
      element ("Personal finance"), no name; a declared name typed so ("Mobasir hassan") stays.

    These were measured on the dev part of the metadata benchmark (bench/bench_generalise.py)
    and checked on its held-out part; see the README's extraction section.
    """
    persons, source, orgs = _candidates(head, traf_author, lines, marks, read=read, guessed=guessed)
    span = (min([*headlines, body[0]]), body[1]) if body else None
    credit = read["headline-credit"]
    printed, printed_orgs = _persons_and_orgs(credit, marks)
    printed, printed_orgs = _site_names(printed, printed_orgs, marks)
    printed = _first_names_filled(printed, lines, headlines, body)
    if (printed or printed_orgs) and not _same_people(persons, printed):
        orgs.extend(o for o in printed_orgs if o not in orgs)
        return printed, ("byline" if printed else None), _distinct(orgs)
    if persons and _adds_writers(persons, printed):
        return printed, "byline", orgs
    if printed and source in _DECLARED and _initials_of(printed, persons, lines):
        return printed, "byline", orgs
    if source in _DECLARED and span is not None:  # a page whose text we could not read is not judged
        persons = [n for n in persons if _printed(n, lines, loose=source in ("citation", "dublin-core"))]
    elif source in ("trafilatura", "byline") and span is not None and body is not None:
        labelled = _lone_label_confirmed(persons, traf_author, read["byline"], lines)
        persons = [n for n in persons if (n in labelled or not _outside_article(n, lines, span))
                   and not _in_teaser_list(n, lines)]
        if not credit and not labelled and not _confirmed(persons, traf_author, read["byline"]):
            persons = [n for n in persons if _where_credits_stand(n, lines, headlines, body)]
    if source not in _DECLARED and persons and (listed := listing_bylines(lines)):
        persons = [n for n in persons if n.casefold() not in listed]  # a news listing's first teaser (b21)
    if source == "trafilatura":  # a category tag in the byline element, "Personal finance" (round lead62)
        persons = [n for n in persons if not lower_word_after_capital(n)]
    return persons, (source if persons else None), orgs


#: A "By" line standing alone, as a list of stories prints one under each teaser's headline.
_BY_LINE = re.compile(r"\s*(?:By|BY|by)\s+([^\W\d_][^,|\n]{1,60}?)\s*$")
#: A list of stories: at least this many such lines, naming at least :data:`_LISTING_NAMES` people, none on half of
#: them.
_LISTING_LINES = 6
_LISTING_NAMES = 4
#: How close (in lines) "By" lines stand in a list of stories; the article's own byline stands apart, its text after
#: it (thepennyhoarder.com: its writer's line 56 lines above a related-posts list of 12).
_TEASER_GAP = 6


def listing_bylines(lines: Sequence[str]) -> frozenset[str]:
    """The names (case-folded) of the "By" lines of a list of stories, when the page prints one: at least
    :data:`_LISTING_LINES` lines "By <name>" naming at least :data:`_LISTING_NAMES` people, none on half of them (a
    news site's page of its latest articles, whose ``og:type`` says article: its first teaser's byline was taken for
    the page's writer, blind set b21's "Logan Jones", 12 of 62 such lines naming 10 people), and of those only the
    names the page prints nowhere but on "By" lines within :data:`_TEASER_GAP` lines of another (a writer's own
    byline with its date, "By Emily Burack 8 January 2020, 3:51 pm", keeps her). Empty otherwise: an
    article with a "related stories" box of a few bylines, or its writer's own "more by" list (9 of 11 lines one
    name: thedrive.com, blind set b11), is no listing."""
    at = [(i, m.group(1).strip().casefold()) for i, line in enumerate(lines) if (m := _BY_LINE.fullmatch(line))]
    found = Counter(name for _, name in at)
    total = sum(found.values())
    if total < _LISTING_LINES or len(found) < _LISTING_NAMES or max(found.values()) * 2 >= total:
        return frozenset()  # (one name on half the lines or more: its writer's "more by" list, the article its own)
    rows = [i for i, _ in at]
    clustered = {i for i in rows if any(0 < abs(i - j) <= _TEASER_GAP for j in rows)}
    return frozenset(name for name in found if set(_printing(name, lines)) <= clustered)


def _lone_label_confirmed(persons: Sequence[str], traf_author: str | None, byline: list[str],
                          lines: Sequence[str]) -> list[str]:
    """``persons`` when the page's one dated author label names them ("Author:" / "Jane Roe" / "Last Updated:" /
    <date>, :func:`~archiver.extract.labelled_credits.lone_dated_label`) and trafilatura's layout guess names them too:
    a labelled credit two readings agree on, wherever the page prints it (a guide's foot, after its link lists:
    authors-blind18's first run missed one, round b19auth); else ``[]``."""
    if not persons or not byline or not _confirmed(persons, traf_author, byline):
        return []
    return list(persons) if _same_people(persons, labelled_credits.lone_dated_label(lines)) else []


def _initials_of(printed: Sequence[str], persons: Sequence[str], lines: Sequence[str]) -> bool:
    """True when the credit beside the headline gives each of its names with an initial ("P. Montesinos") and the
    declaration names them in full ("Pablo Montesinos") in a form the page never prints whole: the citation gives
    the name as the reader sees it, the initial as printed (round b16auth; the labels' convention too)."""
    text = _fold("\n".join(lines))
    return all(_INITIAL_WORD.match(n) for n in printed) and not any(_fold(n) in text for n in persons)


_INITIAL_WORD = lazy_re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.\s*)+[A-ZÀ-ÖØ-Þ][\w'’-]+$")


def _adds_writers(persons: Sequence[str], printed: Sequence[str]) -> bool:
    """True when the byline beside the headline names every person of the chosen source and more
    ("By Stefan Becket, Kathryn Watson, Grace Segers" where JSON-LD declares the first): the
    declaration lists the account that filed the story, the reader sees all who wrote it. A one-word person of the source
    the byline does not name is not asked for: a layout guess's fragment ("Brett Cruz, Privacy" from "Brett Cruz, Privacy
    and Digital Security Expert &") kept the byline's second writer out (authors-blind33's first run); every full name
    of it must be shown, and one person at least. Names compare as cited (:func:`cited`): the byline's honorific is no
    other person ("Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen" where JSON-LD declares "Marna
    van der Merwe": authors-blind31's page reported her alone, session 64)."""
    shown = {_fold(cited(n)).replace(".", "") for n in printed}
    named = [n for n in persons if _fold(cited(n)).replace(".", "") in shown]
    return bool(named) and len(printed) > len(named) and all(n in named or len(n.split()) < 2 for n in persons)


def _confirmed(persons: Sequence[str], traf_author: str | None, byline: list[str]) -> bool:
    """True when both layout readings name these people: trafilatura's guess and the page's "By"
    line (``byline``: :func:`byline_authors` of its lines, as :func:`page_names` read it)."""
    guess = clean_authors(traf_author.split("; ")) if traf_author else []
    return _same_people(persons, guess) and _same_people(persons, byline)


def _where_credits_stand(name: str, lines: Sequence[str], headlines: Sequence[int], body: tuple[int, int]) -> bool:
    """True when the page prints ``name`` where an article's credit stands: beside the headline
    (a few lines either side, or between it and the first paragraph) or in the author box just
    under the last paragraph, or as a byline ("Par ...", "Un texte de ...") just after the standfirst
    that opens the article (a layout of French and Canadian news sites). One layout guess (trafilatura's alone, or a "By" line alone)
    printed anywhere else in the article is weak evidence, and a doubtful name is not reported. A name of two or three
    words printed family name first, then a comma ("Smith, Jane and Haddad, Omar (2021)" under a repository's title:
    the citation form scholarly pages print their authors in) stands so too."""
    pattern = _name_or_inverted_re(_fold(name))
    tops = list(headlines) or [body[0]]
    for i, line in enumerate(lines):
        if pattern.search(_fold(line)) and (any(abs(i - h) <= _NEAR_LINES for h in tops) or min(tops) <= i <= body[0]
                                   or body[1] < i <= body[1] + _AUTHOR_BOX_LINES
                                   or (body[0] < i <= body[0] + _LEAD_LINES and credit_line(line)
                                       and _standfirst(lines[body[0]]))):
            return True
    return False


def _standfirst(line: str) -> bool:
    """True when the article's first paragraph is a standfirst: a sentence or more (80+ characters),
    not a short heading or question that opens a forum post."""
    return len(line.strip()) >= _STANDFIRST_CHARS


_STANDFIRST_CHARS = 80
_DECLARED = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author")
_BELOW_MARGIN = 12  # lines after the article's last paragraph that still belong to it (author box, tags)
_ABOVE_MARGIN = 8  # lines above the headline that still belong to it (kicker, byline, date)
_NEAR_LINES = 8  # a byline beside the headline: this many lines above or below it
_LEAD_LINES = 2  # a byline line just after the article's first paragraph (its standfirst)
_AUTHOR_BOX_LINES = 6  # an author box under the article: this many lines after its last paragraph


def _same_people(persons: Sequence[str], printed: Sequence[str]) -> bool:
    """True when the two credits share a person, by a word of three letters or more ("Nils" and
    "Nils Pickert", "Gabor Munier" and "Gàbor Muniér"); an empty credit shares nobody."""
    words = {w for w in _fold(" ".join(persons)).split() if len(w) >= 3}
    return bool(words & {w for w in _fold(" ".join(printed)).split() if len(w) >= 3})


def _printed(name: str, lines: Sequence[str], *, loose: bool = False) -> bool:
    """True when the page prints ``name`` somewhere (all its words, in any order: "Keller, Maria"
    is printed as "Maria Keller"); for citation tags, whose "Last, First" is printed as "M.
    Keller", the family name is enough. A declaration of a person nobody can see on the page is
    the site owner's or the CMS account's, not the article's credit."""
    text = _fold("\n".join(lines))
    if _fold(name) in text:
        return True
    words = set(_WORD_RUN.findall(text))
    parts = [w for w in _WORD_RUN.findall(_fold(name)) if len(w) >= 2]
    return bool(parts) and (parts[-1] in words if loose else all(w in words for w in parts))


def _only_as_editor(name: str, lines: Sequence[str]) -> bool:
    """True when every line printing ``name`` credits an editor ("【责任编辑：严玉洁】", "（编辑：严玉洁
    王辉）", "Edited by Jane Doe", "Redakteur: ..."): a declared "author" the reader sees only as the
    editor checked the text (chinadaily's meta author), and an editor is never cited as its writer."""
    at = _printing(name, lines)
    return bool(at) and all(editor_line(lines[i]) for i in at)


# A credits block that gives each name its role on this article on the next line ("Isna Rahayu" /
# "Penulis" / "Yoga Sukmana" / "Editor", kompas.com): the writer's role and the editor's.
_WRITER_ROLE = lazy_re.compile(
    r"^\W*(?:penulis|wartawan|kontributor|reporter(?:in)?|writer|written by|author|autor(?:in)?|auteur|autore|autora|"
    r"text|texto|testo|текст|автор|journalist(?:in)?)\W*$", re.IGNORECASE)
_EDITOR_ROLE = lazy_re.compile(
    r"^\W*(?:editor(?:a|e|in)?|redakteur(?:in)?|redaktur|redattore|rédacteur|redactor|redactora|"
    r"penyunting|редактор|edited by|bearbeitet von|editing)\W*$", re.IGNORECASE)


def _labelled_editor(name: str, lines: Sequence[str]) -> bool:
    """True when the page prints ``name`` alone on a line whose next line is an editor's role label,
    in a credits block that labels a writer just above it ("Isna Rahayu" / "Penulis" / "Yoga Sukmana"
    / "Editor"): JSON-LD then often declares the editor as the "author" (kompas.com), and an editor is
    never cited as the writer. Without the writer's label above, "Editor" is a job title in a staff
    list ("Joe Rossignol" / "Editor" on macrumors.com, who wrote the article) and says nothing."""
    key = _fold(name)
    return any(_fold(lines[i]).strip(" ,;|") == key and i + 1 < len(lines) and _EDITOR_ROLE.match(lines[i + 1])
               and any(_WRITER_ROLE.match(lines[k]) for k in range(max(0, i - 3), i))
               for i in _printing(name, lines))


# The line under a teaser's headline and writer in a list of other stories: its section and how long ago
# ("felmérés / 41 perce", "kecskemét / galériával / 2 órája", "News / 2 hours ago").
_TEASER_STAMP = lazy_re.compile(r"^[^/\n]{1,40}(?: / [^/\n]{1,25})* / \d{1,3}\s+\w+(?:\s+\w+)?\s*$")


def _in_teaser_list(name: str, lines: Sequence[str]) -> bool:
    """True when every line printing ``name`` sits in a list of other stories: two or more lines
    within three of it carry a teaser's "<section> / <time ago>" stamp. A layout guess read there
    (sonline.hu, baon.hu: the writer of the next teaser under a misplaced article) is another story's
    byline, wherever the article's text was placed."""
    at = _printing(name, lines)
    return bool(at) and all(
        sum(1 for k in range(max(0, i - 3), min(len(lines), i + 4)) if k != i and _TEASER_STAMP.match(lines[k])) >= 2
        for i in at)


def _outside_article(name: str, lines: Sequence[str], span: tuple[int, int]) -> bool:
    """True when no line printing ``name`` lies in the article: from a few lines above its
    headline (or its first paragraph) to a few lines after its last paragraph. A name printed
    only in the header (an account widget), in a sidebar or below the article (another story's
    byline, a commenter, a most-read teaser) is not the article's credit."""
    at = _printing(name, lines)
    start, end = span
    return bool(at) and not any(start - _ABOVE_MARGIN <= i <= end + _BELOW_MARGIN for i in at)


def _candidates(head: HeadTables, traf_author: str | None, lines: Sequence[str],
                marks: set[str], *, read: dict[str, list[str]], guessed: Sequence[str] | None = None
                ) -> tuple[list[str], str | None, list[str]]:
    """(persons, source, organisations) credited as authors (``guessed``: :func:`_guessed_names`, when read already).

    Every source's names are validated as persons (see :func:`persons_and_orgs`); credited
    organisations (agencies, newsrooms, the publisher named as author) go to their own list.
    trafilatura's value is a guess from the page: when a declared source (JSON-LD, microdata,
    meta, citation tags) names some of the same people, the declared list is reported (a
    guess adds the site owner or the poster of a comment); when they disagree the declared
    person wins; a guess the page shows nowhere is dropped; an unconfirmed guess is reported
    with the source ``trafilatura``, so a citation can tell it from a declaration.
    """
    raw = [(source, read[source]) for source in (*_DECLARED_SOURCES, "byline")]
    orgs: list[str] = list(read["json-ld-orgs"])
    structured: list[tuple[str, list[str]]] = []
    refused: set[str] = set()
    for value in head.meta_all.get("author") or ():
        refused |= _linked_credit(value) | _address_credit(value)
    for source, names in raw:
        persons, found_orgs = _persons_and_orgs(names, marks)
        orgs.extend(o for o in found_orgs if o not in orgs)
        refused |= {alnum(n) for n in names} - {alnum(n) for n in persons + found_orgs}
        persons, orgs = _site_names(persons, orgs, marks)
        structured.append((source, persons))
    # A name refused as doubtful in one source (a handle such as "fiona.berg") is refused in
    # all: trafilatura's or a byline's prettified copy ("Fiona Berg") is no better evidence.
    refused |= {alnum(n) for _, c in structured for n in c if _only_as_editor(n, lines) or _labelled_editor(n, lines)}
    structured = [(source, [n for n in c if alnum(n) not in refused]) for source, c in structured]
    # A graph's Person that the article only points at (``"author": {"@id": ...}``, as Yoast
    # writes it) and that the page never shows is the CMS account that posted, not the credit
    # the reader sees; a page with no visible text at all is not judged.
    referenced = _referenced_authors(head)
    if referenced and lines:
        text = _fold("\n".join(lines))
        refused |= {alnum(n) for n in referenced if _fold(n) not in text}
        structured = [(source, [n for n in c if alnum(n) not in refused]) for source, c in structured]
    if traf_author:
        names, found_orgs = _persons_and_orgs(
            guessed if guessed is not None else _guessed_names(traf_author, lines, marks), marks)
        orgs.extend(o for o in found_orgs if o not in orgs)
        names, orgs = _site_names(names, orgs, marks)
        tags = head.meta_all.get("author") or ()
        names = [_page_spelling(n, lines) for n in names
                 if alnum(n) not in refused and _shown(n, lines, tags) and not _only_as_editor(n, lines)
                 and not _labelled_editor(n, lines) and not _picture_rights_only(n, lines)]
        if names:
            wanted = {norm(n) for n in names}
            words = _words(names)
            # the same people, better split ("Last, First"), from any declaration: one that names
            # them all beats an earlier one naming some (JSON-LD's first writer, <meta>'s two)
            for source, cands in structured:
                if cands and _words(cands) == words:
                    fuller = _fuller_citation(structured, cands)
                    return (fuller, "citation", _distinct(orgs)) if fuller else (cands, source, _distinct(orgs))
            for source, cands in structured:
                if cands and {norm(n) for n in cands} & wanted:
                    return cands, source, _distinct(orgs)
            declared = [(s, c) for s, c in structured if c and s not in ("byline", "opengraph")]
            if declared:
                return declared[0][1], declared[0][0], _distinct(orgs)
            return names, "trafilatura", _distinct(orgs)
    for source, cands in structured:
        if cands:
            return cands, source, _distinct(orgs)
    return [], None, _distinct(orgs)


def _fuller_citation(structured: Sequence[tuple[str, list[str]]], chosen: list[str]) -> list[str] | None:
    """Highwire's citation list when it names every person of ``chosen`` (a declaration matching trafilatura's guess)
    and more: scholarly publishers fill it with every author in order, while the guess and ``dc.creator`` often name
    the first alone (JMIR's six ``citation_authors`` against one ``dc.creator``: authors-blind30)."""
    full = next((c for s, c in structured if s == "citation"), [])
    keys = {alnum(n) for n in full}
    return full if len(full) > len(chosen) and all(alnum(n) in keys for n in chosen) else None


def _distinct(names: list[str]) -> list[str]:
    """One entry per organisation: "mdr.de" and trafilatura's "Mdr De" are the same credit."""
    out: dict[str, str] = {}
    for name in sorted(names, key=len, reverse=True):  # "The Russian" is part of a longer credit
        key = alnum(name)
        if key and not any(key in longer for longer in out):
            out[key] = name
    return [n for n in names if alnum(n) in out and out[alnum(n)] == n]


def _headlines(lines: Sequence[str], title: str | None, h1: str | None, marks: set[str]) -> list[int]:
    """Indexes of the lines that may print the article's headline, best first: its ``<h1>``
    (unless that is the site's name), its title, a line the title holds ("Blog Archiv » Podcasts
    in Plex einbinden" is printed "Podcasts in Plex einbinden")."""
    # (a key once: the <h1> is most often the title, and a key's lines again after its own add none
    # of the first three distinct ones; each line of the page was read twice, issue 13)
    keys = dict.fromkeys(_fold(v.strip()) for v in (h1 if h1 and not names_site(h1, marks) else None, title)
                         if v and v.strip())
    out = [i for key in keys for i, line in enumerate(lines) if _folds_to(line.strip(), key)][:3]
    if title and not out:
        folded = _fold(title)
        out = [i for i, line in enumerate(lines) if len(line.split()) >= 3 and _fold(line.strip()) in folded][:3]
    return list(dict.fromkeys(out))


def _folds_to(text: str, key: str) -> bool:
    """Whether ``_fold(text) == key``, an ASCII text of the wrong length ruled out unfolded.

    Why: the headline is looked for by folding every line of the page (~0.4 ms a page). An ASCII
    text's fold is its lower case with each whitespace run made one space: never longer, and as
    long when it holds no whitespace but single spaces (printable, no two spaces in a row)."""
    if text.isascii() and (len(text) < len(key) or (len(text) > len(key) and "  " not in text and text.isprintable())):
        return False
    return _fold(text) == key


def _body(lines: Sequence[str], paragraphs: Sequence[str]) -> tuple[int, int] | None:
    """The indexes of the lines that print the article's first and last paragraph (of 40+
    characters), if the page prints any."""
    body = {p.strip() for p in paragraphs if len(p.strip()) > 40}
    at = [i for i, line in enumerate(lines) if line.strip() in body] if body else []
    return (at[0], at[-1]) if at else None


# ----------------------------------------------------------------------------- evidence per name

#: The sources a person may be supported by, in the order they are reported.
SOURCES = ("json-ld", "microdata", "meta:author", "opengraph", "citation", "dublin-core", "meta:parsely-author",
           "headline-credit", "byline", "sign-off", "layout-guess")
_DECLARED_SOURCES = SOURCES[:7]


def source_names(traf_author: str | None, lines: Sequence[str], marks: set[str], *,
                 read: dict[str, list[str]], guessed: Sequence[str] | None = None) -> dict[str, list[str]]:
    """Each source's persons on its own (validated as persons, the site's own names dropped): the
    declarations, the credit printed beside the headline, the first "By" line of the page and
    trafilatura's guess from the layout (``read``: :func:`page_names` of the page; ``guessed``: its
    guess as :func:`_guessed_names` reads it, when the caller has read it)."""
    raw = {source: read[source] for source in (*_DECLARED_SOURCES, "headline-credit", "byline", "sign-off")}
    # trafilatura reads the page's declarations first and guesses from the layout only when there
    # are none: a value that a declaration names is that declaration again, not a second source
    declared = [n for s in _DECLARED_SOURCES for n in raw[s]] + read["json-ld-orgs"]
    guess = guessed if guessed is not None else _guessed_names(traf_author, lines, marks) if traf_author else []
    raw["layout-guess"] = [g for g in guess if not any(names_agree(g, d) for d in declared)
                           and not _picture_credit_only(g, lines) and not _picture_rights_only(g, lines)]
    out: dict[str, list[str]] = {}
    for source, names in raw.items():
        persons, orgs = _persons_and_orgs(names, marks)
        out[source] = _site_names(persons, orgs, marks)[0]
    return out


# What a picture credit prints right before the photographer's name: an agency's acronym and a slash
# ("PAP/ Rafał Guz", "dpa/Efrem Lukatsky", "AFP / Jane Doe"), or a picture label ("Foto: ", "©").
_PICTURE_BEFORE = lazy_re.compile(
    # (a writer's label in capitals before the slash, "AUTHOR / Sierra Kilpatrick", is no agency: blind8)
    r"(?:(?<!\w)(?!(?:AUTHORS?|AUTORE?N?|AUTORA|AUTEURS?|BY|VON|POR|PAR|TEXT|TEXTO|WRITER|WRITTEN)\s?/)"
    r"(?:[A-Z]{2,8}|dpa|epd|kna|apa|afp)\s?/\s?"
    r"|(?:©|\([cC]\)|(?<!\w)(?i:fotos?|photos?|bild|image|picture|credits?|crédits?|imagen|foto\s?credit))\s*:?\s*"
    r"(?:[^\s/:]+\s?/\s?)?)$")


def _picture_credit_only(name: str, lines: Sequence[str]) -> bool:
    """True when every line that prints ``name`` prints it as a picture's credit ("PAP/ Rafał Guz"
    under the photo beside the headline): trafilatura takes such a line for a byline, but the
    photographer is not the writer (rp.pl). A name the page prints nowhere is left to the rules."""
    return _printed_only_after(name, lines, lambda before: bool(_PICTURE_BEFORE.search(before)))


def _picture_rights_only(name: str, lines: Sequence[str]) -> bool:
    """True when the page prints ``name`` only on "Autor:" lines with a picture's rights under them ("Autor: Super
    Express" / "Źródło: pełne prawa - umowa autorska", :func:`signals.picture_rights_below`): the picture's credit,
    which a layout guess takes for the byline when its element's class says "image-author" (authors-blind11)."""
    at = [i for i, line in enumerate(lines) if name in line]
    return bool(at) and all(picture_rights_below(lines, i) for i in at)


def _printed_only_after(name: str, lines: Sequence[str], credits: Callable[[str], bool], reach: int = 0) -> bool:
    """True when the page prints ``name`` and every printing of it follows text that ``credits``
    accepts (the line up to the name; its last ``reach`` characters when ``reach`` is set)."""
    pattern = _name_re(_fold(name))
    seen = False
    for line in lines:
        folded = _fold(line)
        if len(folded) != len(line):
            continue  # folding changed the length: the line's own case cannot be read back
        for m in pattern.finditer(folded):
            seen = True
            if not credits(line[max(0, m.start() - reach) if reach else 0:m.start()]):
                return False
    return seen


def _key_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD_RUN.findall(_fold(name)) if len(w) >= 2 or not w.isascii())


def names_agree(a: str, b: str) -> bool:
    """True when two spellings name one person: the same words (case, accents, initials' full stops
    and order aside), or the shorter's words of a longer form ("Nils" / "Nils Pickert")."""
    wa, wb = _key_words(a), _key_words(b)
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(small) and small <= large and any(len(w) >= 3 or not w.isascii() for w in small)


def support(name: str, sources: dict[str, list[str]]) -> list[str]:
    """The sources that name ``name``, in :data:`SOURCES` order."""
    return [s for s in SOURCES if any(names_agree(name, n) for n in sources.get(s, ()))]


def author_support(persons: Sequence[str], sources: dict[str, list[str]]) -> list[tuple[str, list[str], bool]]:
    """(name as cited, every source naming it, corroborated?) of each reported person: the record
    keeps them so that ``cite --authors corroborated`` can leave out a person only a weak source
    names (:func:`admitted_alone_or_corroborated`), whether or not the policy here requires it."""
    out = []
    for name in persons:
        sup = support(name, sources)
        out.append((cited(name), sup, admitted_alone_or_corroborated(sup)))
    return out


def well_supported(name: str, sources: dict[str, list[str]], lines: Sequence[str], headlines: Sequence[int],
                   body: tuple[int, int] | None) -> bool:
    """The author policy: True when ``name`` comes from a source, or an agreement of sources, whose
    precision on the dev pages is .97 or more; a name with weaker support is not reported (a wrong
    author in a citation is worse than none).

    Measured on the dev pages only (the metadata set's dev part with an author label, the
    scrapinghub and blind2 author sets: 656 pages, 605 labelled names; held-out pages never
    read), over every page's candidates (each source's persons after the person-name checks,
    names that agree merged, before any other rule): precision strict, a name right when its
    words are a labelled name's (evaluate.py's token equality; it counts against a right name a
    label with extra words, "Camila Méndez en Territorio", or a misspelt one), and lenient in
    brackets (a name whose words are all in a labelled name), and recall of all labelled names
    (extractor version 18):

    - rule 1, a credit printed beside the headline ("By ...", "Von ...", "Autor: ..."), alone or
      with others: .994 (1.000), 175 names, recall .29;
    - rule 2, a declared person (JSON-LD, microdata, ``<meta>``, citation tags) that the page
      prints where a credit stands (beside the headline, the author box under the article):
      .933 (.963), 134 names, recall .21 (most of its misses are the labels above);
    - rule 3, two independent readings agreeing (a declaration, the page's first "By" line,
      trafilatura's guess from the layout, which it makes only when the page declares no
      author, so that its value a declaration names is no second source): 1.000, 4 names;
    - rule 4, trafilatura's layout guess alone, printed where a credit stands, when the name
      has a person's shape and the page shows it as a credit: (a) two or more words that the page
      shows as a name (no lower-case word running on, see :func:`_shown`): 1.000, 51 names,
      recall .08; (b) a name in Chinese, Japanese or Korean script shown so: 1.000, 3; (c)
      printed right after a byline's lead ("von Ulrike"): 1.000, 4. Together 1.000, 58 names;
    - rule 5 (extractor 38, authors19), when no other rule names anyone: the writer's sign-off, a
      credit with a writer's lead on the article's last (short) line or one of the two lines under
      it (:func:`~archiver.extract.signals.sign_off_credit`): on every labelled dev page and blind
      set (1,063 pages), such credits named 15 persons, all right (1 borderline), 7 of them not
      reported before; on the third to sixth lines under the article 6 right of 15 (teasers'
      bylines), so the window stops at two lines;
    - not reported: the guess alone where a credit stands as one word without a lead .80 (5
      names: a login, a section, "Futurism"), or not shown as a name 0 (5), elsewhere .0 (14); a
      "By" line alone .875 where a credit stands (8; under the article, see rule 5), 0 elsewhere (8);
      a declared person printed elsewhere or not at all .450 (20).

    The rules are unchanged since version 18. Counted again over every dev page (since the bench
    runs large pages in-process too: 656 pages, 605 labelled names; extractor version 20), strict /
    by ``bench_generalise.name_keys`` (the same person written differently counted right): rule 1
    .995 / 1.000, 209 names; rule 2 .928 / .946, 166; rule 3 .833, 6; rule 4a .983, 58; 4b 1.000,
    3; 4c 1.000, 4. Rules 2 and 3 fall below .97 as candidates; their wrong candidates are labels
    that name the site or an agency ("Herz und Blut" for its blogger "Jules", "dsw / DPA"), a label
    missing a second writer or carrying a share button's word, and first names ("Nils", "Todd",
    "Stefanus") that :func:`~archiver.extract.first_names.fuller_name` prints in full ("Nils Pickert"), or an editor that
    :func:`_only_as_editor` refuses later; in the reported persons, the dev metadata pages keep 3
    wrong names of 226 by ``name_keys`` (all three such labels). Subgroups tried and not adopted,
    too few or too weak to report: a declared person beside the headline on a page whose article
    text is not among its lines (2 right of 3), in a credit line ("Author: ...") up to twelve lines
    after the article (2 names).

    Where the author field loses to trafilatura on the dev pages (21 pages, extractor version 21;
    ``bench_generalise.py --only author-support -v`` lists them), the right name is most often a
    declaration printed elsewhere (9 pages) or a one-word guess (3). No split of those groups
    reaches .97 with about ten names: a declared person printed alone or after a credit lead in
    the article span is 8 of 10, in a copyright line only 2 of 2, printed nowhere 0 of 7; a lone
    "By" line where a credit stands 7 of 8; so none is reported (bench/labels/README.md, "Version
    22 round").

    The REPORTED persons per rule and chosen source (``bench_generalise.py --only author-paths``;
    dev metadata, scrapinghub, blind2 and blind3 together, 463 names, extractor version 24), strict /
    by ``name_keys``: all .985 / .994; rule 1 .995 / 1.000 (218); rule 2 .966 / .983 (177), of it the
    ``<meta name=author>`` path .929 (14 names, its one wrong name a label missing the page's first
    writer); rules 3, 4a-c 1.000 (6, 57, 2, 3).
    """
    sup = support(name, sources)  # read once: each check below weighs the same sources
    if not_a_name(name, lines, headlines, sup) or _lone_word_unbacked(name, sup):
        return False
    return support_group(name, sources, lines, headlines, body, sup) in REPORTED and (
        not CORROBORATION_REQUIRED or admitted_alone_or_corroborated(sup)) and not_gated_alone(sup, GATED_ALONE)


def _lone_word_unbacked(name: str, sup: Sequence[str]) -> bool:
    """True when ``name`` is one word of a cased script that is no listed given name and that only the page's printed
    readings name, no declaration: "By Travel", "By Schuster" (a section, a firm's half) as often as a writer signing
    with one name, so one word is a person only with other evidence, a listed given name ("By Grace") or a
    declaration naming it (authleft51; rva49 left "By Travel" a person), or the writer's card after the story naming it
    as the credit beside the headline does (round b19auth: "Yucy3/4/2025" / ... / "Yucy, as a proficient editor ...").
    Scripts without case (Chinese, Korean, Arabic) write a whole name as one word and are not asked."""
    return (" " not in name.strip() and name.lower() != name.upper() and not given_name(name.strip())
            and not any(s in _DECLARED_SOURCES for s in sup) and not {"headline-credit", "sign-off"} <= set(sup))


# A desk's or a beat's role credited as the writer ("Court Reporter", "Antrim Court Reporter",
# "Political Correspondent", "Sports Desk"): the beat word, then the role's noun.
_BEAT = frozenset((
    "court", "courts", "crime", "political", "politics", "sport", "sports", "business", "health", "education",
    "local", "news", "community", "features", "entertainment", "weather", "traffic", "city", "county",
    "environment", "science", "technology", "tech", "travel", "food", "music", "arts", "motoring", "property",
    "money", "royal", "legal", "council", "digital", "web", "online", "staff", "breaking", "live"))
_ROLE_NOUN = frozenset((
    "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "editor", "editors", "desk",
    "team", "staff", "journalist", "journalists", "columnist", "critic", "producer"))


def _role_credit(name: str, lines: Sequence[str]) -> bool:
    """True when ``name`` is a beat's role rather than a person: it ends in a beat word and a
    role's noun ("Court Reporter"), or a beat word that the page prints with the role's noun
    after it ("Antrim Court", printed "By Antrim Court Reporter", the job title cut off), with at
    most one word (a place) before them. A person with a job title keeps a given name and a
    family name before it ("Meg James Staff Writer")."""
    words = name.casefold().split()
    if len(words) >= 2 and words[-1] in _ROLE_NOUN and words[-2] in _BEAT:
        return len(words) <= 3
    if not words or words[-1] not in _BEAT or len(words) > 2:
        return False
    after = re.compile(r"(?<!\w)" + re.escape(name) + r"\s+(\w+)", re.IGNORECASE)
    return any(m.group(1).casefold() in _ROLE_NOUN for line in lines for m in after.finditer(line))


def _phrase(name: str) -> bool:
    """True when ``name`` mixes capitalised words with two or more lower-case words that are no
    name particle ("selbst ist der Mann", a magazine's motto declared as the author Person): a
    phrase, not a name. One such word is a name typed carelessly ("Mobasir hassan", a dev page's
    right name) or a short affiliation the other checks handle; a name written all in lower case
    ("bell hooks", a login) is left to the other checks too."""
    words = [w for w in _NAME_WORD.findall(name) if w.isalpha() or "-" in w or "'" in w or "’" in w]
    lower = [w for w in words if w[:1].islower() and w.casefold() not in PARTICLES
             and not _ARTICLE_PREFIX.match(w)]
    return len([w for w in lower if len(w) >= 3]) >= 2 and any(w[:1].isupper() for w in words)


def _is_headline(name: str, lines: Sequence[str], headlines: Sequence[int]) -> bool:
    """True when ``name`` is the whole text of a line the headline stands on (a portal's page
    whose ``<h1>`` is the outlet's name, "뉴스타파"): a layout guess that read the headline."""
    key = _fold(name).strip()
    return bool(key) and any(0 <= h < len(lines) and _fold(lines[h]).strip() == key for h in headlines)


# Words that make a credit an organisation's in the languages of the blind sets, beyond the
# organisation words of :mod:`archiver.extract.signals`: newsrooms ("Redakce", "Toimitus"; Polish "Redakcja",
# its cases and "Zespół Redakcyjny", Czech and Slovak "redakční/redakčný", Romanian "Redacția": auth69, "Autor:
# Redakcja Serwisu" was a person; Turkish "Haber Merkezi", "Haber Masası", the news desk), press
# offices ("Pressestelle", "Biuro prasowe"), public bodies and churches ("Landkreis", "Bistum"),
# a publication's own name ("Tageblatt", "Kurier", "Blog") and a guest slot ("Gastautor"). Whole words
# (or the end of a German compound: "Stadtpressestelle"), never part of a name ("Kurierová" stays).
_ORG_MORE = Folding(lazy_re.compile(
    r"(?<!\w)(?:redakce|redakcia|redakcija|redakcj[aiey]|redakcyjn[aeyi]\w*|zesp[oó][lł]|redakčn\w*|redakční\w*|"
    r"redac[țţt]i[ae]i?|haber\s+merkezi|haber\s+masas[ıi]|redaksjon(?:en)?|redaktionen|redacci[oó]|toimitus|toimituksen|"
    r"redactie|redaksi|redazione|rédaction|redação|redacao|"
    r"uredni[sš]tvo|szerkeszt[oő]s[eé]g|редакція|редакции|persbureau|\w*pressestelle|pressebüro|presseamt|"
    r"pressedienst|pressekontakt|pressesprecher(?:in)?|biuro\s+prasowe|biuro|kancelaria|öffentlichkeitsarbeit|"
    r"kommunikation|communications|tageblatt|kurier|weekly|fraktion|(?:erz)?bistum|landkreis|gemeinde|"
    r"stadtwerke|feuerwehr|rathaus|klinikum|gastautor(?:in)?|gastbeitrag|leserbrief|contributors|blog|"
    r"kollektiv|collective|labs)(?!\w)", re.IGNORECASE))


def _organisation(name: str) -> bool:
    """True when ``name`` holds a word of :data:`_ORG_MORE`: a desk, press office, public body or
    publication credited as the writer ("Pressestelle Stadt", "Redakce Harbor"), which the blind first
    runs' largest class was (13 of 50 wrong names: an agency, desk or outlet as a person)."""
    return bool(_ORG_MORE.search(name))


# What stands right before a name that a credit line gives a role OTHER than the writer's: the
# photographer, camera, illustrator, graphics, translator ("Foto: Kay Berg", "Photographer: Jane
# Smith", "Übersetzung: Ana Ruiz", "Translated by ..."), with an optional "by"/"von"/"de" and colon;
# other names of the same credit may come between ("Fotos: Tom Berg und Jane Smith").
_OTHER_ROLE = Folding(lazy_re.compile(
    r"(?<!\w)(?:photos?|photographs?|photography|photographer|fotos?|fotografie|fotograf(?:in|ía|ia|o|a)?|"
    r"fotograf[ií]as?|bilder?|bildquelle|images?|video|videos|kamera|camera|cámara|illustrations?|"
    r"illustriert|illustrated|ilustraci[oó]n|ilustração|grafik|infografik|graphics?|animation|"
    r"translations?|translated|übersetzung|übersetzt|traduction|traduit|traducci[oó]n|traducido|"
    r"traduzione|tradotto|tradução|traduzido|tłumaczenie|перевод|переклад|фото|zdj[eę]cie|zdj[eę]cia)(?!\w)",
    re.IGNORECASE))
# What may stand between that role and the name: "by"/"von"/"de", a colon or slash, an agency, and the
# other names of the same credit ("Fotos: Tom Berg und Jane Smith"); a writer's lead between them
# ("Foto: Tom Berg, Text: Jane Smith") gives the name back to the writer.
_ROLE_LINK = lazy_re.compile(r"^\s*(?:(?:by|von|de|di|par|por|from|da|der)(?!\w))?\s*[:：/|©]?\s*", re.IGNORECASE)
_OTHER_NAMES = lazy_re.compile(r"^(?:[^\W\d_][\w.'’-]*\s*(?:,|&|/|\|)?\s*){0,8}$")
_WRITER_LEAD = lazy_re.compile(
    r"(?<!\w)(?:text|texto|testo|by|von|par|por|di|autor(?:in)?|author|written|words|reporting|penulis|"
    r"автор|текст)(?!\w)", re.IGNORECASE)


_WRITER_AND = lazy_re.compile(
    r"(?<!\w)(?:text|texte|texto|testo|tekst|words|story|reportage)\s*(?:und|and|&|/|,|\+|et|y|e|i)\s*$", re.IGNORECASE)


# "Recipe and photos:", "Oppskrift og foto:", "Recette et photos :": a recipe's writer who took its pictures too.
_RECIPE_AND = lazy_re.compile(
    r"(?<!\w)(?:recipes?|recette|receta|receita|ricetta|rezept|recept|recepty|recepti|oppskrift|opskrift|resepti|"
    r"przepis)\s*(?:and|&|\+|og|och|és|et|y|e|und|a|i|ja|en)\s*$", re.IGNORECASE)


def _recipe_and(before: str) -> bool:
    """True when a picture role follows a recipe's credit ("Oppskrift og foto: Kari Nordvik"): the name is the
    recipe's writer (authors-blind10's misses), as "Text und Fotos:" names the writer."""
    return bool(_RECIPE_AND.search(before))


def _role_before(before: str) -> bool:
    """True when the text right before a name gives it a role other than the writer's: a role word
    of :data:`_OTHER_ROLE` (or a picture credit's agency and slash), then only a "by"/colon and the
    other names of the same credit, no writer's lead."""
    roles = list(_OTHER_ROLE.finditer(before))
    if not roles:
        return bool(_PICTURE_BEFORE.search(before))
    if _WRITER_AND.search(before[:roles[-1].start()]) or _recipe_and(before[:roles[-1].start()]):
        return False  # "Text und Fotos: Jane Smith": the writer took the pictures too
    between = before[roles[-1].end():]
    link = _ROLE_LINK.match(between)
    rest = between[link.end():] if link else between
    return bool(_OTHER_NAMES.match(rest)) and not _WRITER_LEAD.search(rest)


def _other_role_only(name: str, lines: Sequence[str]) -> bool:
    """True when every line that prints ``name`` credits it with a role other than the writer's
    (:data:`_OTHER_ROLE`: photographer, camera, illustrator, graphics, translator): the blind first
    runs' photographers taken for the writer ("PAP/ Rafał Guz", "Greg Nelson" under each picture, a
    picture agency), in general form. An interviewer ("Interview: Jane Smith") is the writer and is
    kept; a name also printed as a byline is kept."""
    return _printed_only_after(name, lines, _role_before, reach=80)


# A list of other stories under the article: its heading ("More from ...", "Related", "Mehr zum Thema",
# "Lesen Sie auch", "À lire aussi", "Leggi anche", "Te puede interesar", "Czytaj też", "Baca juga").
_RELATED_HEADING = Folding(lazy_re.compile(
    r"^\W*(?:more (?:from|stories|news|articles|on)|related(?: (?:articles?|stories|posts|news|content|coverage))?|"
    r"read (?:more|also|next)|also read|you (?:may|might) (?:also )?like|recommended(?: for you)?|"
    r"(?:top|latest|popular|trending) (?:stories|news|articles)|"
    r"mehr (?:zum thema|aus|von|news|artikel)|weitere (?:artikel|beiträge|nachrichten|news|meldungen)|"
    r"lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|ähnliche (?:artikel|beiträge)|"
    r"meistgelesen|(?:à )?lire aussi|sur le même sujet|dans la même rubrique|leggi anche|potrebbe interessarti|"
    r"te puede interesar|lee también|noticias relacionadas|leia também|veja também|czytaj (?:też|także|więcej)|"
    r"zobacz (?:też|także)|читайте также|baca juga|berita terkait|lees ook|läs även|læs også|les også)"
    r"\b.{0,40}$", re.IGNORECASE), opening=True)
_RELATED_LINES = 12  # a related list's names: this many lines under its heading


# The heading of a teaser of the next story, or of a list of the site's most read ones ("Next story", "Up next",
# "Most read", "Don't miss", "Editor's picks", "Les plus lus", "Lo más leído", "Meistgelesen"): its credits,
# like a related list's, are the other stories' writers' (msnbc's byline under "Next story", issue 15). A line
# of its own, as :data:`_RELATED_HEADING` reads. Not a pager's "Previous Post" / "Next Post" (links beside the
# article's own byline: scrapinghub's "October 9, 2018 | by Olivia Larsen" under them), nor a menu's "Latest"
# (Wired prints it above the byline over the headline): both cost a right name on the dev sets. After its words,
# a section or a title after a colon or a bar ("Most read: Politics"), a list's noun ("Most read stories") or a
# section of up to three words ("More in US News", no "for", "to", "is" among them); not a phrase going on (review x43: "More in store for
# residents", "Don't miss the harbour festival" are the article's own subheadings, and the byline under them
# the writer's).
_OTHER_STORIES_HEADING = Folding(lazy_re.compile(
    r"^\W*(?:(?:the\s+)?next\s+(?:story|article)|up\s+next|(?:what\s+to\s+)?read\s+this\s+next|watch\s+next|"
    r"what\s+to\s+read\s+next|more\s+in(?:\s+(?!(?:for|to|than|with|as|at|by|if|when|is|are|was|were)\b)"
    r"[^\W\d_][\w&.\'’-]*){1,3}\W*$|most\s+(?:read|viewed|shared|emailed|commented)|"
    r"popular\s+now|trending\s+now|don['’]?t\s+miss|do\s+not\s+miss|editors?['’]?s?\s+picks|"
    r"in\s+case\s+you\s+missed|icymi|nächster\s+artikel|meistgelesen|am\s+meisten\s+gelesen|article\s+suivant|"
    r"les\s+plus\s+lus|(?:à|a)\s+ne\s+pas\s+manquer|art[íi]culo\s+siguiente|siguiente\s+noticia|"
    r"lo\s+m[áa]s\s+le[íi]do|m[áa]s\s+le[íi]d[oa]s|(?:prossimo|successivo)\s+articolo|articolo\s+successivo|"
    r"(?:i\s+)?pi[ùu]\s+lett[ie]|pr[óo]xim[oa]\s+(?:not[íi]cia|artigo|mat[ée]ria)|mais\s+lid[oa]s|"
    r"volgend\s+artikel|meest\s+gelezen|następny\s+artykuł|najczęściej\s+czytane|nästa\s+artikel|mest\s+lästa|"
    r"следующая\s+статья|самое\s+читаемое)(?:\s*[:|»›•·/–—-]\s*.{0,40}|\s+(?:stories|articles|news|posts|videos|"
    r"headlines|today|now|this\s+week|heute|aujourd['’]hui|hoy|oggi|hoje|vandaag|idag|dzisiaj|сегодня)|"
    r"\s+(?:in|on|from|im|aus|de|du|des|del|della|dell['’]|di|da|do|van|w|z|за)"
    r"(?:\s+(?!(?:for|to|than|with|as|at|by|if|when|is|are|was|were)\b)[^\W\d_][\w&.'’-]*){1,3})?\W*$", re.IGNORECASE), opening=True)
# A pager's link to the story before ("Previous", "Previous story", "« Vorheriger Artikel"): beside it, "Next
# story" is the pager's other link, no heading of a teaser.
_PAGER_PREVIOUS = lazy_re.compile(r"^\W*(?:previous|prev|older|newer|vorherige[rs]?|précédent|anterior|precedente)\b",
                                  re.IGNORECASE)


def _other_stories_heading(lines: Sequence[str], k: int) -> bool:
    """True when ``lines[k]`` heads a teaser of another story or a list of other stories
    (:data:`_RELATED_HEADING`, :data:`_OTHER_STORIES_HEADING`, not beside a pager's link back)."""
    line = lines[k]
    if _RELATED_HEADING.match(line):
        return True
    if len(line) > 60 or _OTHER_STORIES_HEADING.match(line) is None:
        return False
    return not any(0 <= j < len(lines) and len(lines[j]) <= 60 and _PAGER_PREVIOUS.match(lines[j]) for j in (k - 1, k + 1))


def _only_in_related_list(name: str, lines: Sequence[str], headlines: Sequence[int]) -> bool:
    """True when every line printing ``name`` sits in a list of other stories: a related-stories
    heading (:data:`_RELATED_HEADING`) stands within :data:`_RELATED_LINES` lines above it with no
    headline of the article between. The writer of a teaser there (the blind first runs' "Kovács
    Gábor", "Zsigmond Enikő", a teaser's "Olivier Minot") is another article's; a declaration of the
    same person is the CMS's author of that other story or a site-wide default."""
    at = _printing(name, lines)
    heads = set(headlines)
    return bool(at) and all(
        any(_other_stories_heading(lines, k) and not any(k < h <= i for h in heads)
            and not _own_byline_above(lines, k, i, heads)
            and not any(author_box_heading(lines[j]) for j in range(k + 1, i))  # the list ends at an author box
            for k in range(max(0, i - _RELATED_LINES), i))
        for i in at)


_ABOVE_HEADLINE = 3  # the article's own byline over its headline: this many lines above it at most


def _own_byline_above(lines: Sequence[str], k: int, i: int, heads: set[int]) -> bool:
    """True when the credit at line ``i``, under the heading of a list of other stories at line ``k``, is the
    article's own byline printed over its headline: a headline of the article stands within
    :data:`_ABOVE_HEADLINE` lines below it, two lines or more of the list stand between the heading and it, and none
    of them is a credit. A list whose teasers carry bylines prints them between ("Most read" / a teaser / "By Tom
    Baxter" / ...), and its last one just above the headline is still a teaser's; so is the byline right under one
    teaser's headline ("Next story" / a headline / "By Jane Roe"); a list of headlines alone ends where the
    article's byline begins (authleft46: "Most read" or "Related stories" in a sidebar before the article)."""
    return i - k > 2 and any(0 < h - i <= _ABOVE_HEADLINE for h in heads) and not any(
        credit_line(lines[j]) for j in range(k + 1, i))


# Interface words in the blind sets' languages: a "name" made of nothing else is a button or a link
# ("Print Article", "Mehr lesen", "See full bio", "Voir la suite"), the first runs' UI class.
_UI_WORDS = frozenset((
    "read", "more", "mehr", "lesen", "weiterlesen", "print", "drucken", "article", "artikel", "share", "teilen",
    "subscribe", "abonnieren", "newsletter", "login", "log", "in", "anmelden", "comment", "comments", "kommentar",
    "kommentare", "reply", "antworten", "menu", "menü", "search", "suche", "home", "startseite", "back", "zurück",
    "next", "weiter", "previous", "download", "view", "ansehen", "all", "alle", "click", "here", "hier", "follow",
    "folgen", "us", "uns", "bio", "profile", "profil", "contact", "kontakt", "posts", "beiträge", "see", "full",
    "voir", "plus", "lire", "la", "suite", "leer", "más", "leggi", "tutto", "zobacz", "więcej", "czytaj", "dalej",
    "email", "e-mail", "mail", "send", "senden", "save", "speichern", "close", "schließen", "skip", "content",
    "inhalt", "page", "seite", "edit", "bearbeiten", "to", "zum", "the", "this", "of", "on",
    # auth69: the same buttons in Portuguese, Spanish, Italian, French, Dutch, Russian, Polish, Turkish ("Por Leia
    # Mais", "Автор: Читать Далее" were persons)
    "leia", "mais", "ler", "veja", "compartilhar", "partilhar", "imprimir", "comentar", "comentários", "assine",
    "entrar", "pesquisar", "voltar", "próximo", "compartir", "comentarios", "suscríbete", "buscar", "siguiente",
    "condividi", "stampa", "commenti", "cerca", "continua", "partager", "imprimer", "commentaires", "rechercher",
    "suivant", "lees", "meer", "delen", "afdrukken", "reacties", "zoeken", "volgende", "verder", "читать", "далее",
    "ещё", "еще", "подробнее", "поделиться", "печать", "комментарии", "поиск", "udostępnij", "drukuj",
    "komentarze", "szukaj", "devamı", "devamını", "oku", "paylaş", "yazdır", "yorumlar"))
# How long ago a piece was posted, printed where the byline stands ("By Two Days Ago" read as "Two Days";
# auth69): number words and time units only, in the languages of the interface words.
_ELAPSED = frozenset((
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "few", "several", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "ago", "vor", "einer", "einem", "zwei", "drei", "minuten", "stunde", "stunden", "tag", "tagen",
    "woche", "wochen", "monat", "monaten", "jahr", "jahren", "il", "y", "heure", "heures", "jour", "jours",
    "semaine", "semaines", "mois", "ans", "hace", "minutos", "hora", "horas", "día", "días", "semana",
    "semanas", "mes", "meses", "año", "años", "há", "dia", "dias", "ano", "anos", "ore", "giorni", "settimane",
    "fa", "mesi", "anni"))


def _interface_text(name: str) -> bool:
    """True when every word of ``name`` is an interface word (:data:`_UI_WORDS`): no person's name is
    made of "Print" and "Article" alone, while "Nina Read" keeps her given name."""
    words = [w.casefold() for w in _HYPHENED_WORD.findall(name)]
    return bool(words) and all(w in _UI_WORDS for w in words)


def _elapsed_time(name: str) -> bool:
    """True when ``name`` is made of number words and time units only (:data:`_ELAPSED`) and names a unit: a
    post's age ("Two Days", "Vor Zwei Stunden", "Hace Tres Días"), no person."""
    words = [w.casefold() for w in _HYPHENED_WORD.findall(name)]
    return len(words) >= 2 and all(w in _ELAPSED for w in words)


def not_a_name(name: str, lines: Sequence[str], headlines: Sequence[int], sup: Sequence[str]) -> bool:
    """True when ``name`` is not a person's name whatever source names it: a beat's role
    (:func:`_role_credit`), a phrase (:func:`_phrase`), or, named by the layout guess alone, the
    headline itself (:func:`_is_headline`). Error classes of authors-blind5's first run
    (tests/test_metadata_authors_blind5.py). Since version 33, the classes of the five blind first
    runs in general form (bench/author_errors.py; tests/test_metadata_authors_blind6.py): an
    organisation's word (:func:`_organisation`), interface text (:func:`_interface_text`), a person credited only in a role other than the
    writer's (:func:`_other_role_only`), a name printed only in a list of other stories
    (:func:`_only_in_related_list`); since version 65, a one-word name the headline opens with
    (:func:`_headline_subject`); since version 136, a credential or job line
    (:func:`~archiver.extract.credential_names.credential_line`: authors-blind18's "Licensed Q Arabica Grader"); since
    round auth71, a place (:func:`~archiver.extract.place_names.place_name`: "By New York City", "Frankfurt am
    Main"), asked as a credited name ("Jenny Park", "Victoria Park" credited so stay persons), and a given name closed
    by a full stop (:func:`_stopped_given_name`: "Alex. S")."""
    return (_role_credit(name, lines) or _phrase(name) or place_name(name, credited=True)
            or (list(sup) == ["layout-guess"] and _is_headline(name, lines, headlines))
            or _organisation(name) or _interface_text(name) or _other_role_only(name, lines)
            or _only_in_related_list(name, lines, headlines) or _headline_subject(name, lines, headlines)
            or _lead_heading_or_country(name) or credential_line(name) or _possessive_opening(name)
            or _elapsed_time(name) or _stopped_given_name(name))


# A possessive determiner no person's name opens with, in the languages the person checks cover: a tagline or a
# slogan printed where the byline stands ("By Your Trusted Source", "Von Ihrer Redaktion", "Par Votre Guide", "Por
# Nuestro Equipo", "Автор: Ваш Помощник"; auth69). Short words that are also names ("My", "Ma", "Su", "Tu", "Mon")
# are left out.
_POSSESSIVES = frozenset((
    "your", "our", "their", "ihr", "ihre", "ihrer", "ihrem", "ihren", "unser", "unsere", "unserer", "unserem",
    "unseren", "euer", "eure", "votre", "notre", "vos", "nos", "nuestro", "nuestra", "nuestros", "nuestras",
    "vuestro", "vuestra", "nosso", "nossa", "nossos", "nossas", "vosso", "vossa", "nostro", "nostra", "nostri",
    "vostro", "vostra", "onze", "jullie", "wasz", "wasza", "nasz", "nasza", "ваш", "ваша", "ваши", "наш", "наша",
    "наши", "твой", "твоя"))


def _possessive_opening(name: str) -> bool:
    """True when ``name`` opens with a possessive determiner (:data:`_POSSESSIVES`) and goes on: a tagline, not a
    person."""
    words = name.split()
    return len(words) >= 2 and words[0].casefold() in _POSSESSIVES


def _stopped_given_name(name: str) -> bool:
    """True when ``name`` is a listed given name written out and closed by a full stop, then initials only ("Alex. S",
    a Q&A site's asker declared in microdata, authors-blind8's first run; "Maria. K."): a user's display name typed as
    one likes, no writer's printed name. A writer's name closes an initial with a stop ("Joe S.", "Megha M" keep their
    person), or a given name cut in the old way before a surname written out ("Alex. Smith", "Wm. Jones": left); round
    auth71."""
    words = name.split()
    return len(words) >= 2 and words[0].endswith(".") and len(words[0]) > 3 and given_name(words[0][:-1]) \
        and all(len(w.rstrip(".")) == 1 for w in words[1:])


# The words a byline's lead or an author box's heading is made of, in the languages of the blind sets: a
# "name" made of nothing but these and interface words (:data:`_UI_WORDS`) is the lead or the heading, not
# the writer ("Skrevet af" before an outlet, "About the Author" over the writer's box: authors-blind12's
# first run, both the layout guess's). Each word alone is no name's part a writer signs with.
_LEAD_HEADING_WORDS = frozenset((
    "about", "by", "written", "posted", "published", "author", "authors", "writer", "written-by",
    "über", "den", "die", "der", "von", "geschrieben", "veröffentlicht", "autor", "autorin", "autoren",
    "skrevet", "af", "av", "skrivet", "publisert", "door", "geschreven", "geplaatst", "auteur", "auteurs",
    "écrit", "ecrit", "par", "publié", "propos", "de", "l", "d", "escrito", "por", "publicado", "sobre", "el",
    "autora", "autores", "scritto", "da", "di", "pubblicato", "autore", "autori", "dell", "napisane", "przez",
    "napisał", "napisała", "автор", "об", "авторе", "opublikowano"))


def _lead_heading_or_country(name: str) -> bool:
    """True when ``name`` is a byline's lead or an author box's heading (every word a word of
    :data:`_LEAD_HEADING_WORDS` or :data:`_UI_WORDS`: "Skrevet af", "About the Author", "Über den Autor") or a
    country alone ("United Kingdom", read by the layout guess in "Lucas Costa at London, United Kingdom"):
    authors-blind12's first run, three of its four wrong names."""
    words = [w.casefold() for w in _HYPHENED_WORD.findall(name)]
    if words and all(w in _LEAD_HEADING_WORDS or w in _UI_WORDS for w in words):
        return True
    if len(words) > 2 and words[0] in _LEAD_VERBS and words[1] in _LEAD_BY:
        return True  # the lead run on into what follows ("Skrevet af DAGENS | 20.09.18": the outlet after it)
    return bool(_COUNTRY.match(name))


#: A byline lead's verb of writing or publishing and its "by", opening a "name" the lead ran on into
#: ("Skrevet af DAGENS": rounds left46 and blind13 met there): no writer's name opens so; a surname
#: particle alone ("Da Costa", "Von Trier") is no lead.
_LEAD_VERBS = frozenset(("written", "posted", "published", "geschrieben", "veröffentlicht", "skrevet", "skrivet",
                         "publisert", "publiceret", "geschreven", "geplaatst", "écrit", "ecrit", "publié", "escrito",
                         "publicado", "scritto", "pubblicato", "napisane", "opublikowano"))
_LEAD_BY = frozenset(("by", "von", "af", "av", "door", "par", "por", "da", "przez"))


def _headline_subject(name: str, lines: Sequence[str], headlines: Sequence[int]) -> bool:
    """True when ``name`` is one word that the article's headline opens with, another word after it
    ("Segment" declared the author of "Segment Launches Sources to Unify ...", a press release's company
    as a JSON-LD Person: authors-blind8's first run): the headline's subject, not a writer's name, as a
    writer's name does not open her own headline."""
    word = name.strip()
    if not word or " " in word:
        return False
    lead = re.compile(re.escape(word) + r"\s+\w", re.IGNORECASE)
    return any(0 <= h < len(lines) and lead.match(lines[h].strip()) for h in headlines)


#: Whether a name must also pass :func:`admitted_alone_or_corroborated` (authors15). Off: scored once
#: held out it raised persons precision .940 -> .974 but cut the names 100 -> 39 and the author field
#: .570 -> .321, behind trafilatura's .560 (bench/labels/README.md, "Blind first runs");
#: ``bench_generalise.py --author-policy corroborated`` and ``bench/author_blind_paths.py`` print its trade.
CORROBORATION_REQUIRED = False

#: Sources that may not name a person on their own: a name only they name is not reported (bench
#: candidates of authors16, ``bench_generalise.py --author-policy``). Empty: on the pooled blind first
#: runs (five sets, 313 names) no gate of weak lone paths reached .95 (the layout guess alone .721 over
#: 43 names; gating it, a lone ``<meta name=author>`` and every lone declaration still left .92-.93,
#: because most wrong names of the newer sets carry a headline credit; bench/labels/README.md, authors16).
GATED_ALONE: tuple[str, ...] = ()


def not_gated_alone(sup: Sequence[str], gated: Sequence[str]) -> bool:
    """False when every source naming the name (``sup``, :func:`support`) is one of ``gated``: the
    name stands on weak lone evidence only. A name no source names is left to the rules."""
    return not sup or not all(s in gated for s in sup)


#: Sources whose names were right .95 or more of the time, with 80+ names, on the BLIND FIRST RUNS of
#: the author sets (scrapinghub v8, blind2 v9, blind3 v21, blind4 v26: ``bench/author_blind_paths.py``):
#: the credit printed beside the headline .974 (116 names). Every other source was under .95 there:
#: the first "By" line .954 but 0 names alone, JSON-LD .933 (120), microdata .917 (48), ``<meta
#: name=author>`` .833 (54), trafilatura's layout guess .826 (69), Open Graph .800 (10).
ALONE_SOURCES = ("headline-credit",)
#: The page's printed readings: a reader of the text the page shows, not of its markup's declarations.
PRINTED_SOURCES = ("headline-credit", "byline", "layout-guess")


def admitted_alone_or_corroborated(sup: Sequence[str]) -> bool:
    """True when ``sup`` (the sources naming a name, :func:`support`) holds a source strong on its
    own on unseen pages (:data:`ALONE_SOURCES`), or two independent ones: a declaration and a
    printed reading, or two printed readings. Two declarations are one source (a CMS writes
    JSON-LD and ``<meta>`` from one field), and a layout guess is never a second source for a
    declared name (:func:`source_names` drops a guess a declaration names)."""
    if any(s in ALONE_SOURCES for s in sup):
        return True
    printed = sum(s in PRINTED_SOURCES for s in sup)
    return printed >= 2 or (printed >= 1 and any(s in _DECLARED_SOURCES for s in sup))


#: The groups of :func:`support_group` whose names are reported.
REPORTED = ("1 headline credit", "2 declaration where a credit stands", "3 two readings agree",
            "4a guess: two words shown", "4b guess: CJK name shown", "4c guess: after a byline lead",
            "5 sign-off under the article")


def support_group(name: str, sources: dict[str, list[str]], lines: Sequence[str], headlines: Sequence[int],
                  body: tuple[int, int] | None, sup: Sequence[str] | None = None) -> str:
    """The policy's group of ``name`` (see :func:`well_supported`): the first rule that holds, or
    the group of support too weak to report (named "x ..."); bench/bench_generalise.py
    (``--only author-support``) prints each group's dev figures from this. ``sup``: the name's
    :func:`support`, when the caller has read it already."""
    sup = list(sup) if sup is not None else support(name, sources)
    if "headline-credit" in sup:
        return REPORTED[0]
    declared = any(s in _DECLARED_SOURCES for s in sup)
    if declared and body is not None and _where_credits_stand(name, lines, headlines, body):
        return REPORTED[1]
    if declared + ("byline" in sup) + ("layout-guess" in sup) >= 2:
        return REPORTED[2]
    if "sign-off" in sup:
        return REPORTED[6]
    if declared:
        return "x declaration elsewhere or nowhere"
    if sup == ["byline"]:
        return "x by-line alone " + ("where a credit stands" if _credit_place(name, lines, headlines, body)
                                     else "elsewhere")
    if sup != ["layout-guess"]:
        return "x no source"
    if not _credit_place(name, lines, headlines, body):
        return "x guess alone elsewhere"
    shown = _shown(name, lines, ())
    if shown and _two_words(name):
        return REPORTED[3]
    if shown and _cjk_name(name):
        return REPORTED[4]
    if _credit_place(name, [line if _led_by_credit(name, line) else "" for line in lines], headlines, body):
        return REPORTED[5]
    return "x guess alone where a credit stands, " + ("one word" if shown else "not shown as a name")


# A name in Chinese, Japanese or Korean script: written without a space between its parts.
_CJK_NAME = lazy_re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・]{2,8}$")


def _cjk_name(name: str) -> bool:
    """Whether ``_CJK_NAME`` matches ``name``, without compiling it for a name that opens below
    U+3040 (every name in a Latin or Cyrillic script), which no character of its class is: its
    ranges span 40,000 code points, ~1 ms of one ``archive URL`` to compile (issue 13)."""
    return name[:1] >= "\u3040" and _CJK_NAME.match(name) is not None


def _led_by_credit(name: str, line: str) -> bool:
    """True when ``line`` opens as a byline does and names ``name`` right after its lead ("von
    lupa", "Eingestellt von der Michel um 21:11"): the page itself credits the one word as the
    writer, which an element's class alone does not."""
    at = credit_lead(line)
    if at is None:
        return False
    m = _name_re(_fold(name)).match(_fold(line[at:]))
    return m is not None and not line[at + m.end():at + m.end() + 1].isalnum()


def _credit_place(name: str, lines: Sequence[str], headlines: Sequence[int], body: tuple[int, int] | None) -> bool:
    """True when the page prints ``name`` where a credit stands (:func:`_where_credits_stand`);
    on a page whose article text could not be placed among its lines (no paragraph of it is a
    line of the page), a few lines either side of the headline."""
    if body is not None:
        return _where_credits_stand(name, lines, headlines, body)
    pattern = _name_re(_fold(name))
    return any(abs(i - h) <= _NEAR_LINES and pattern.search(_fold(lines[i]))
               for h in headlines for i in range(max(h - _NEAR_LINES, 0), min(h + _NEAR_LINES + 1, len(lines))))


def _two_words(name: str) -> bool:
    """True when ``name`` has a given name and a family name: two or more words of letters.
    A lone word that a layout guess reads from an author-classed element is a pen name, a
    login ("Rmb"), a section or the site ("Futurism"), a label ("Submitted") as often as a person. A word's letters
    hold their combining marks (:func:`~archiver.extract.name_letters.letter_words`): "রাহাত হোসেন" is two words, where
    ``[^\\W\\d_]+`` read six of one letter each and refused the name (round auth60)."""
    words = letter_words(name)
    return len(words) >= 2 and any(len(w) >= 2 for w in words)


# ----------------------------------------------------------------------------- name forms (authors18)
# The first runs' largest class of wrong names (16 of 53: bench/author_errors.py) is a right name with
# something else kept on it: an outlet glued to it, a credit's lead, a cut-off last word. Every source's
# names pass :func:`_persons_and_orgs` (each name's :func:`_name_form` before the person checks), and
# every declared value :func:`without_outlet` before it is split into names.

# Two words run together are a small letter followed directly by a capitalised word inside a word
# (:func:`~archiver.extract.name_letters.case_turns`: "Isabel KeaneJournal New", the markup's "Keane" and "Journal
# News" with no space between; "Łukasz WąsikŚwiat" in any cased script since round auth61, Latin-1 and Cyrillic
# only before). A lone capital after it is a pen name's initial ("HansG", a dev label), not a second word.
# What a name's word may hold before an inner capital: a short head ("McDonald", "DeSantis", "LeBlanc",
# "MacArthur", "JoAnn", "DiCaprio": three letters at most) or one of these longer name prefixes.
_NAME_PREFIXES = frozenset(("fitz", "vander", "vanden", "vande", "della", "delle", "dello", "degli", "abdel", "abdul",
                            "mary", "anne", "anna", "jean", "marie"))
_HEAD_LETTERS = 3


# The byline element's neighbours that a page's markup glues to a short surname ("Jane DoeFollow",
# "Jane DoeShare", "Jane DoeUpdated", "Jane DoeOpinion", "Jane DoeReuters"): interface buttons, labels,
# dateline and role words, in the languages the byline leads cover. A word starting so after a surname of
# three letters or fewer (Doe, Kim, Lee, Wu) is cut off there; no name form's head ("Mc", "De", "Le")
# is one of them. An agency or outlet glued so (an organisation word: "Reuters", "Bloomberg") is cut too.
_GLUED_LABELS = frozenset((
    "follow", "following", "share", "shares", "updated", "update", "published", "posted", "opinion", "contributor",
    "columnist", "reporter", "writer", "editor", "correspondent", "staff", "email", "mail", "twitter", "facebook",
    "linkedin", "instagram", "more", "read", "listen", "subscribe", "comments", "comment", "bio", "view", "see",
    "folgen", "teilen", "aktualisiert", "veröffentlicht", "autor", "autorin", "mehr", "suivre", "partager", "publié",
    "mis", "modifié", "seguir", "compartir", "actualizado", "publicado", "segui", "condividi", "aggiornato",
    "pubblicato", "atualizado", "compartilhar", "подписаться", "обновлено", "опубликовано"))


def _glued_label(word: str) -> bool:
    """True when ``word`` (what runs on after an inner capital) is a label of :data:`_GLUED_LABELS` or an
    organisation's word: the markup's next element, not the rest of a surname."""
    return word.casefold() in _GLUED_LABELS or name_kind(word) == "org"


def _glued_at(name: str) -> int | None:
    """Where ``name`` holds two words run together (:func:`~archiver.extract.name_letters.case_turns`), unless
    the word's part before the inner capital is a name form's head (:data:`_NAME_PREFIXES`, three letters or
    fewer) and what follows it is no interface label or organisation (:func:`_glued_label`: "Jane DoeFollow")."""
    for at in case_turns(name):
        start = at
        while start > 0 and (name[start - 1].isalpha() or combining_mark(name[start - 1])):
            start -= 1
        head = name[start:at]
        if len(head) > _HEAD_LETTERS and head.casefold() not in _NAME_PREFIXES:
            return at
        tail = _LETTERS.match(name, at + 1)
        if tail is not None and _glued_label(name[at:tail.end()]):
            return at
    return None


def _unglued_name(name: str) -> str | None:
    """``name`` cut where two words run together, when what is left is a plausible full name (two
    words or more, a person by :func:`~archiver.extract.signals.name_kind`: "Isabel KeaneJournal New"
    -> "Isabel Keane"); None (no name) when it is not ("JaneDoe", "MaryJane": which part is the name
    cannot be told, and a doubtful name is not reported). A name without such a word is kept."""
    at = _glued_at(name)
    if at is None:
        return _handle_form(name)
    if _glued_after_full_name(name, at):
        return None
    cut = name[:at].strip()
    return cut if len(cut.split()) >= 2 and name_kind(cut) == "person" else None


def _printed_whole(names: list[str], lines: Sequence[str]) -> list[str]:
    """``names`` with each credit whose last word runs into the next element after a full name ("Mary Ann
    SmithJournal", :func:`_glued_after_full_name`, which is doubtful and not reported) read as the name up to the
    inner capital ("Mary Ann Smith") where the page prints that name elsewhere as words of their own (an
    author box, "Mary Ann Smith covers the harbour"): the page itself says where the name ends. Without such
    a line the credit is left as it is, and refused: "Brian Jackson WordPress" is printed nowhere as "Brian
    Jackson Word" (authors-blind9's first run), and a surname cannot be told from a word's first half."""
    out = list(names)
    for i, name in enumerate(names):
        at = _glued_at(name) if len(name.split()) >= 3 else None
        if at is None or not _glued_after_full_name(name, at):
            continue
        head = name[:at].rstrip()
        whole = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, head.split())) + r"(?![\w'’-])")
        if any(head in line and whole.search(line) for line in lines):
            out[i] = head
    return out


def _glued_after_full_name(name: str, at: int) -> bool:
    """True when the word run together at ``at`` comes after two or more words of ``name`` already: "Brian
    Jackson WordPress" (a byline's name and the category link after it, authors-blind9's first run, cut to
    "Brian Jackson Word"). Whether its head is a third part of the name ("Mary Ann SmithJournal") or the first
    half of the next element's one word cannot be told, and a doubtful name is not reported; a name whose
    second word is the one run together ("Isabel KeaneJournal New") is cut as before, and so is a name an
    interface label runs on after ("Mary Ann DoeFollow": :data:`_GLUED_LABELS`, no element's first half)."""
    tail = _LETTERS.match(name, at)
    if tail is not None and tail.group().casefold() in _GLUED_LABELS:
        return False
    start = at
    while start > 0 and name[start - 1].isalpha():
        start -= 1
    return len(name[:start].split()) >= 2


# One word of a given name and a capitalised second part run together ("RexBeckett", "JohnDoe"): a forum's
# or a platform's user name, which no byline prints for a writer's name.
def _run_together(word: str) -> tuple[str, str] | None:
    """A given name and a surname run together ("ShawnHymel", "ŁukaszWąsik"), as its two parts: two capitalised name
    words of three letters or more (:func:`~archiver.extract.name_letters.glued_words`, any script)."""
    return glued_words(word, 3, 3)


def _declared_handle(names: dict[str, list[str]], marks: set[str], lines: Sequence[str] = ()
                     ) -> tuple[list[str], list[str]]:
    """(``[handle]``, the declared sources naming it) when the credit printed beside the headline is one account
    handle of a given name and a surname run together (:func:`_run_together`: "By: ShawnHymel | December 16, 2025")
    and a declaration of the page (JSON-LD, microdata, ``<meta>``, citation tags) names exactly the same handle; else
    ``([], [])``.

    :func:`_handle_form` refuses such a word as a forum's user name, and alone it is one (a thread's "RexBeckett").
    Printed as the post's credit and declared as its author both, it is how the writer signs the post, and the
    labels cite a name printed as one word as printed (``bench/labels/README.md``, "authors-blind17"; round
    b18auth). Its two parts must read as a person's full name that may name her own site (:func:`_own_site`:
    shawnhymel.com is Shawn Hymel's); an organisation's name is never one. The site must be hers: the handle is the
    site's own name (``marks``: its host's name, the name it declares). A brand's account reads as a given name and a
    word run together as often ("PennyHoarder", review rva58), and nothing else on the page tells the two apart.
    Off her own site the page may tell it still (round auth59: such a handle was lost on every other site): an author
    box describing the two words as a writer ("Lena Brandt is a reporter covering ...",
    :func:`~archiver.extract.signals.writer_bio`); a brand's page describes no writer so ("The Penny Hoarder is a
    personal finance site")."""
    printed = names["headline-credit"]
    if len(printed) != 1:
        return [], []
    handle = printed[0]
    m = _run_together(handle)
    if m is None or not _own_site(f"{m[0]} {m[1]}") or name_kind(handle) == "org":
        return [], []
    if alnum(handle) not in marks and not any(writer_bio(line.strip(), f"{m[0]} {m[1]}") for line in lines):
        return [], []
    declaring = [s for s in _DECLARED_SOURCES if names[s] == [handle]]
    return ([handle], declaring) if declaring else ([], [])


def _handle_form(name: str) -> str | None:
    """None for a one-word ``name`` that is a given name and a second capitalised word run together
    (:func:`_run_together`, the head a given name of :func:`~archiver.extract.given_names.given_name`):
    a user name ("RexBeckett" heading a forum thread, authors-blind8's first run). A name form's head
    ("McDonald", "MacArthur", "DeSantis") is no given name and is kept; so is a name with a space."""
    m = _run_together(name)
    return None if m is not None and given_name(m[0]) else name


# A credit's lead kept with the name, per language: who took down a testimony or an interview ("Recueilli
# par", "Propos recueillis par", "Entretien réalisé par", "Aufgezeichnet von", "Interview by", "Entrevista
# de", "Rozmawiał"): the interviewer is the writer, so the lead is cut and the name kept; and any one to
# three words before "by"/"par"/"por"/"door"/"przez" (not particles of a name, unlike "von", "de", "di").
# "Intervista a", "Entrevista a", "Interview mit" name the one interviewed and are not here.
_WRITER_CREDIT_LEAD = Folding(lazy_re.compile(
    r"^(?:(?:propos\s+)?recueilli(?:e|s|es)?\s+par|entretien\s+(?:réalisé\s+)?par|interview\s+réalisée?\s+par|"
    r"(?:interview(?:ed)?|compiled|reported|words|story|reporting|text)\s+by|as\s+told\s+to|"
    r"(?:aufgezeichnet|notiert|protokolliert|zusammengestellt|interview|gespräch)\s+von|"
    r"das\s+gespräch\s+führten?|(?:ein\s+)?(?:gast)?beitrag\s+von|"
    r"entrevista\s+(?:de|por|realizada\s+por)|texto\s+(?:de|por)|reportaje\s+de|reportagem\s+de|"
    r"intervista\s+di|testo\s+di|raccolt[oa]\s+da|testimonianza\s+raccolta\s+da|"
    r"opgetekend\s+door|interview\s+door|rozmawia(?:ł|ła|li)|wysłucha(?:ł|ła)|notowa(?:ł|ła)|"
    r"(?:[^\W\d_]+\s+){1,3}?(?:by|par|por|door|przez))\s*[:：]?\s+(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))", re.IGNORECASE))


def _without_credit_lead(name: str) -> str | None:
    """``name`` without a writer's credit lead in front (:data:`_WRITER_CREDIT_LEAD`: "Recueilli par
    Patrick ANGEVIN" -> "Patrick ANGEVIN"); None when the lead credits another role (:data:`_OTHER_ROLE`:
    "Photos by Tom Berg": the photographer is no writer) and no writer's word stands beside it."""
    m = _WRITER_CREDIT_LEAD.match(name)
    if not m:
        return name
    lead = name[:m.end()]
    if _OTHER_ROLE.search(lead) and not _WRITER_LEAD_WORD.search(lead):
        return None
    return name[m.end():].strip()


_WRITER_LEAD_WORD = lazy_re.compile(r"(?<!\w)(?:text|texte|texto|testo|tekst|words|story|reportage)(?!\w)", re.IGNORECASE)


def _name_form(name: str) -> str | None:
    """The name a credit gives without what was kept on it (:func:`_without_credit_lead`,
    :func:`_unglued_name`), or None when what is left is no plausible name.

    A last word of one letter without its full stop ("Lindsey O", a first run's name cut at an
    undecoded "&#039;") is not refused here: the dev labels keep such initials ("Joe S.", "Juan Carlos
    Muñoz C."), whose full stop the name's cleaning drops; four right names were lost by it."""
    rest = _without_credit_lead(name)
    return _unglued_name(rest) if rest else None


def _persons_and_orgs(names: Sequence[str], marks: set[str]) -> tuple[list[str], list[str]]:
    """:func:`~archiver.extract.signals.persons_and_orgs` of each name's :func:`_name_form`; a credit
    that names an organisation or the site is left whole ("NewsTeam" is a desk, "KentNews" the site
    kentnews.online: not two words run together), for the checks after to credit it as such.

    New lists each call (callers add to them); the answer itself is kept, see :func:`_sorted_names`."""
    persons, orgs = _sorted_names(tuple(names), frozenset(marks))
    return list(persons), list(orgs)


@lru_cache(maxsize=1024)
def _sorted_names(names: tuple[str, ...], marks: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`_persons_and_orgs`, kept by its arguments.

    Why: a page's sources are sorted into persons and organisations one after the other, and
    they mostly give the same credit (the benchmark's 20 KB page: 21 calls, 2 different
    arguments, ~0.4 ms of its extraction). Every function it calls answers from the names and
    the site's names alone (patterns and word lists, nothing of the page or the call), so a kept
    answer is the one a new call would give; tests/test_extract_speed_names_sorted.py holds it
    so on every shipped page's credits."""
    site = set(marks)
    persons, orgs = persons_and_orgs([f for f in (n if name_kind(n) == "org" or names_site(n, site) else _name_form(n)
                                                  for n in names) if f])
    return tuple(persons), tuple(orgs)


# "Jane Doe | Harbor Daily", "Jane Doe - Harbor Daily": a declared credit of two parts, one the outlet.
_OUTLET_SEP = lazy_re.compile(r"\s+[|–—-]\s+")


def _outlet_part(part: str, marks: set[str] | frozenset[str]) -> bool:
    """True when ``part`` names the site (:func:`names_site`) or an organisation."""
    return names_site(part, set(marks)) or any(name_kind(p) == "org" for p in clean_authors(part))


def _plausible_names(part: str) -> bool:
    """True when every name ``part`` gives is a person's (a name, or names joined by "and" or commas),
    each word capitalised or a name's particle ("all rights reserved", "Arentik d.o.o." are not)."""
    names = clean_authors(part)
    return bool(names) and all(name_kind(n) == "person" and all(
        not w[:1].islower() or w.casefold() in PARTICLES for w in n.split()) for n in names)


def without_outlet(value: str, marks: set[str] | frozenset[str]) -> str:
    """A declared credit of two parts joined by " | " or " - " without its outlet part: the part that
    names the site (``marks``) or an organisation is cut ("Jane Doe | Harbor Daily" -> "Jane Doe");
    when neither part does, a part that is no plausible name (a handle, a slogan) makes the whole
    credit doubtful, and "" is returned (no name). Two plausible names, or a part with a digit (a
    date the name checks cut), leave the value as it is for the checks after."""
    parts = _OUTLET_SEP.split(value)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return value
    a, b = (p.strip() for p in parts)
    out_a, out_b = _outlet_part(a, marks), _outlet_part(b, marks)
    if out_b and not out_a:
        return a if _plausible_names(a) else value
    if out_a and not out_b:
        return b if _plausible_names(b) else value
    if out_a or any(c.isdigit() for c in value) or (_plausible_names(a) and _plausible_names(b)):
        return value
    return ""


def _jsonld_without_outlets(main: dict[str, object], marks: set[str] | frozenset[str]) -> dict[str, object]:
    """The JSON-LD main object with each author's name passed through :func:`without_outlet`."""
    raw = main.get("author") or main.get("creator")
    if raw is None:
        return main
    items = raw if isinstance(raw, list) else [raw]
    fixed: list[object] = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            item = {**item, "name": without_outlet(item["name"], marks)}
        elif isinstance(item, str):
            item = without_outlet(item, marks)
        fixed.append(item)
    return {**main, "author": fixed}


def _guesses(traf_author: str | None, marks: set[str] | frozenset[str]) -> list[str]:
    """trafilatura's names ("; "-joined), each without an outlet part (:func:`without_outlet`), read as a
    byline's "name outlet, place" (:func:`_before_site_name`)."""
    out: list[str] = []
    for g in (traf_author or "").split("; "):
        g = without_outlet(g, marks)
        role = _ROLE_BY.search(g) if g else None
        if role is not None:
            # "DVM Reviewed by Molly Price" (trafilatura's second part of "By Shelby Loos, DVM. Reviewed by Molly
            # Price, DVM"): the reviewer, editor or checker after her role is no author (authors-blind25)
            g = g[:role.start()].strip(" ,;.:|-")
            if byline_lists.credentials_only(g):
                g = ""
        if not g:
            continue
        if out and describes_writer(g) and name_kind(out[0]) == "person" and " " in out[0].strip():
            continue  # "Max Doe / Speak City Heights Reporter": the writer's title, no second writer
        head = _before_site_name(g, marks)
        if head:
            # "Caio Quero BBC Brasil, Santa Maria" (the byline's name, outlet and dateline, which trafilatura
            # splits at the comma): the writer before the site's name; what follows it is the outlet's place
            return [*out, head]
        out.append(g)
    return out


#: A contributor's role before "by" that is no writing (EN DE FR ES PT IT): who reviewed, checked, edited,
#: illustrated or translated the piece.
_ROLE_BY = lazy_re.compile(
    r"\b((medically|medical|expert|legally|clinically) )?(reviewed|fact[- ]?checked|checked|verified|edited|illustrated|"
    r"translated|approved) by\b|\b(geprüft|überprüft|redigiert|lektoriert|übersetzt|illustriert) von\b|"
    r"\b(relue?|vérifiée?|traduite?|illustrée?) par\b|\b(revisad[oa]|verificad[oa]|editad[oa]|traducid[oa]|"
    r"traduzid[oa]|ilustrad[oa]) por\b|\b(rivist[oa]|verificat[oa]|tradott[oa]|illustrat[oa]) da\b", re.IGNORECASE)


def _before_site_name(guess: str, marks: set[str] | frozenset[str]) -> str | None:
    """None when no run of one to four words of ``guess`` after its first two is the site's name (``marks``,
    as :func:`alnum` keys: "BBC", "Harbor Daily"); else the words before that word when they are a plausible full name (two or more words, a person
    by :func:`~archiver.extract.signals.name_kind`), or "" (no name before it: the guess is left as it is). A
    guess that is itself a writer's name naming her own site (:func:`_own_site`) is no name and outlet.
    authors-blind8's first run ("Caio Quero BBC Brasil" then "Santa Maria": the dateline taken for a name)."""
    words = guess.split()
    if _own_site(guess):
        return None  # "Mary Ann Smith" on smith.example: the site's name is her surname, not an outlet after her
    keys = {alnum(m) for m in marks} - {""}
    at = next((i for i in range(2, len(words)) for j in range(i + 1, min(len(words), i + 4) + 1)
               if alnum(" ".join(words[i:j])) in keys), None)
    if at is None:
        return None
    head = " ".join(words[:at])
    return head if name_kind(head) == "person" else ""
