"""A guest post's writer: the guest a note under the headline names ("This is a guest post by Annelies, a travel
blogger." under the site owner's "by Kristin Addis"), not the owner the byline prints (authors-blind17's first run
reported the owner; round b18auth).

The note says in words who wrote the piece, so it beats the byline of the site's account, which on such sites
prints the owner on every post. Read only where such a note stands: a line of its own opening with the phrase, among
the lines between the headline and the story's first lines (:data:`_NEAR`), never in the story's middle ("Last year
I read a guest post by ..." names someone else's piece), in EN, DE, FR, ES, IT and PT. The name is a person by
:func:`archiver.extract.signals.name_kind`, one to five words as printed, a name's particles among them (a guest signing with a first name is
cited so), and never the site's own name.

Why a module of its own: one form with its own evidence, read in one function a test can call on lines; the notice
readers (notice*.py) report the same line as an editor's note, which is theirs to keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding
from archiver.extract.name_letters import WORD, name_particle
from archiver.extract.place_names import place_name
from archiver.extract.signals import name_kind

# A name's word in any script (the phrase is read case-blind: :func:`_capitalised_head` reads the case after); up to
# five words, a name's particles among them ("Anna von der Goltz", "Valéry Giscard d'Estaing"; round auth59: three
# words cut the first to "Anna" and lost the note).
_WORD = WORD
# The note's opening phrase, then the name up to a comma, a stop, a bracket, a dash or the line's end. Behind
# `Folding`: tried only on a line holding "guest", "gastbeitrag", "invitado"... (its needed strings, shipped in
# cue_needs), so a page with no such line never compiles it (1.3 ms of one `archive URL`, issue 13).
_GUEST = Folding(lazy_re.compile(
    r"^(?:(?:this\s+is\s+)?an?\s+guest\s+(?:post|article|blog\s+post)|guest\s+(?:post|article)"
    r"|(?:dies\s+ist\s+)?ein\s+gastbeitrag|gastbeitrag"
    r"|(?:ceci\s+est\s+)?un\s+article\s+invité|article\s+invité"
    r"|(?:este\s+es\s+)?un\s+(?:artículo|post)\s+invitado|(?:artículo|post)\s+invitado"
    r"|(?:questo\s+è\s+)?un\s+(?:articolo|post)\s+ospite|(?:articolo|post)\s+ospite"
    r"|(?:este\s+é\s+)?um\s+(?:artigo|post)\s+convidado|(?:artigo|post)\s+convidado)"
    r"\s+(?:(?:written\s+)?by|geschrieben\s+von|von|par|de|por|di|da)\s+"
    rf"({_WORD}(?:\s+{_WORD}){{0,4}})\s*(?:[,.(;:–—-]|$)",
    re.IGNORECASE))
#: A line of the story's text (the note may be its first paragraph, not a later one): this many words and a stop.
_SENTENCE_WORDS = 8
#: Lines after the headline the note may stand on (the owner's byline, a date, a share bar come between).
_NEAR = 6


def guest_writer(lines: Sequence[str], headlines: Sequence[int], marks: set[str] | frozenset[str]) -> list[str]:
    """``[name]`` when a guest post's note within :data:`_NEAR` lines under a headline line names a person (see the
    module's docstring); else ``[]``. The note stands before the story or is its first paragraph: after a sentence of
    the story (:func:`_story_sentence`) a paragraph opening so is the story's own text ("A guest post by Jane Roe,
    published here in 2019, argued ...", review rva58); after one such sentence, a standfirst as often, a note saying
    what this piece is (:func:`_of_this_piece`) is still read, and after two nothing is (round auth59)."""
    for at in headlines:
        sentences = 0
        for i in range(at + 1, min(at + 1 + _NEAR, len(lines))):
            m = _GUEST.match(lines[i].strip())
            if m is None:
                if _story_sentence(lines[i]):
                    sentences += 1
                    if sentences > 1:
                        break
                continue
            if sentences and not _of_this_piece(lines[i]):
                break
            name = _capitalised_head(m.group(1))
            if not name or place_name(name) or name_kind(name) != "person":
                return []
            if re.sub(r"\W", "", name).casefold() in marks:
                return []
            return [name]
    return []


def _of_this_piece(line: str) -> bool:
    """True when the note says what this piece is ("This is a guest post by ...", "Dies ist ein Gastbeitrag von",
    "Gastbeitrag von ...", "Guest post by ..."), not a noun phrase opening a sentence of the story ("A guest post by
    Jane Roe, published here in 2019, argued ...", review rva58): after a standfirst only such a note is read (round
    auth59: a note under the standfirst was lost, the standfirst taken for the story)."""
    return not line.strip().casefold().startswith(("a ", "an ", "ein ", "un ", "um "))


def _story_sentence(line: str) -> bool:
    """True for a line of the story's running text: :data:`_SENTENCE_WORDS` words or more, closed by a stop."""
    text = line.strip()
    return len(text.split()) >= _SENTENCE_WORDS and text[-1:] in ".!?…\"”»"


def _capitalised_head(name: str) -> str:
    """The capitalised words ``name`` opens with, a name's particles between them ("Anna von der Goltz", "Valéry
    Giscard d'Estaing": :func:`~archiver.extract.name_letters.name_particle`): the phrase is read case-blind ("This
    is A Guest Post By"), so the words after the name match too ("Tom from Lisbon" is "Tom", review rva58). A
    particle no capitalised word follows is no part of the name."""
    words = name.split()
    kept: list[str] = []
    pending: list[str] = []
    for w in words:
        if _capital_or_caseless(w[:1]):
            kept += [*pending, w]
            pending = []
        elif kept and name_particle(w):
            if _elided(w):
                kept += [*pending, w]
                pending = []
            else:
                pending.append(w)
        else:
            break
    return " ".join(kept)


def _capital_or_caseless(ch: str) -> bool:
    """True when ``ch``, a word's first letter, opens a name's word as far as case tells: a capital, or a letter of a
    script without case (Devanagari, Bengali, Thai, Arabic: "राहुल शर्मा", "สมชาย ใจดี"), which no case marks as a
    name's or not and which the other checks (:func:`~archiver.extract.signals.name_kind`) judge (round auth71)."""
    return ch.isupper() or (ch.isalpha() and ch.lower() == ch.upper() and not ch.islower())


def _elided(word: str) -> bool:
    """True for a particle glued to the name's word after it ("d'Estaing"): a word of the name, not one before it."""
    return any(c in word for c in "'’-")


# A guest writer's credit line, the line holding nothing else ("Guest author Elizabeth Shields" captioning the author
# box's photo after the story; authors-blind19's first run missed it; round b20auth), in the six languages: the role,
# a colon or not, the name. Tried only on a line holding one of :data:`_CARD_NEEDS`.
_CARD = lazy_re.compile(
    r"^(?:guest\s+(?:author|writer|contributor|blogger)|gast-?autor(?:in)?|auteur\s+invité|autrice\s+invitée"
    r"|autora?\s+invitad[oa]|autore\s+ospite|autrice\s+ospite|autora?\s+convidad[oa])\s*[:：]?\s+"
    rf"({_WORD}(?:\s+{_WORD}){{0,4}})$", re.IGNORECASE)
_CARD_NEEDS = ("guest", "gast", "invit", "ospite", "convidad")
# The bio under the credit: it opens with the name (or its given name) and "is"/"was" in the six languages.
_BIO_VERB = lazy_re.compile(r"\s(?:is|was|ist|war|est|était|es|era|è|é)\s")
#: Lines under the credit the bio may open on (a heading, "Author Bio", between).
_BIO_LINES = 3


def guest_card(lines: Sequence[str], marks: set[str] | frozenset[str]) -> list[str]:
    """``[name]`` when a line of its own credits a guest writer ("Guest author Elizabeth Shields", "Gastautorin Lena
    Brandt", "Auteur invité : Jean Dupont") and a bio opening with that name or its given name and "is"/"was"
    follows within :data:`_BIO_LINES` lines (the author box the credit captions); else ``[]``. The bio is the
    evidence that the line presents this piece's writer, not a guest named in a list or a sentence; a name that is
    no person's or the site's own is none."""
    for i, line in enumerate(lines):
        text = line.strip()
        if len(text) > 80 or not any(n in text.casefold() for n in _CARD_NEEDS):
            continue
        m = _CARD.match(text)
        if m is None:
            continue
        name = _capitalised_head(m.group(1))
        if name != m.group(1) or len(name.split()) < 2 or place_name(name) or name_kind(name) != "person":
            continue
        if re.sub(r"\W", "", name).casefold() in marks:
            continue
        if any(_bio_of(lines[k].strip(), name) for k in range(i + 1, min(i + 1 + _BIO_LINES, len(lines)))):
            return [name]
    return []


def _bio_of(text: str, name: str) -> bool:
    """True when ``text`` opens with ``name`` or its first word, then "is"/"was" (:data:`_BIO_VERB`)."""
    return any(text.startswith(opening) and _BIO_VERB.match(text[len(opening):len(opening) + 8]) is not None
               for opening in (name, name.split()[0]))


__all__ = ["guest_card", "guest_writer"]
