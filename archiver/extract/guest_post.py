"""A guest post's writer: the guest a note under the headline names ("This is a guest post by Annelies, a travel
blogger." under the site owner's "by Kristin Addis"), not the owner the byline prints (authors-blind17's first run
reported the owner; round b18auth).

The note says in words who wrote the piece, so it beats the byline of the site's account, which on such sites
prints the owner on every post. Read only where such a note stands: a line of its own opening with the phrase, among
the lines between the headline and the story's first lines (:data:`_NEAR`), never in the story's middle ("Last year
I read a guest post by ..." names someone else's piece), in EN, DE, FR, ES, IT and PT. The name is a person by
:func:`archiver.extract.signals.name_kind`, one to three words as printed (a guest signing with a first name is
cited so), and never the site's own name.

Why a module of its own: one form with its own evidence, read in one function a test can call on lines; the notice
readers (notice*.py) report the same line as an editor's note, which is theirs to keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.cue_match import Folding
from archiver.extract.signals import name_kind, place_name

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ]+)*"
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
    rf"({_WORD}(?:\s+{_WORD}){{0,2}})\s*(?:[,.(;:–—-]|$)",
    re.IGNORECASE))
#: A line of the story's text (the note may be its first paragraph, not a later one): this many words and a stop.
_SENTENCE_WORDS = 8
#: Lines after the headline the note may stand on (the owner's byline, a date, a share bar come between).
_NEAR = 6


def guest_writer(lines: Sequence[str], headlines: Sequence[int], marks: set[str] | frozenset[str]) -> list[str]:
    """``[name]`` when a guest post's note within :data:`_NEAR` lines under a headline line names a person (see the
    module's docstring); else ``[]``. The note stands before the story or is its first paragraph: after a sentence of
    the story (:func:`_story_sentence`) a paragraph opening so is the story's own text ("A guest post by Jane Roe,
    published here in 2019, argued ...", review rva58)."""
    for at in headlines:
        for i in range(at + 1, min(at + 1 + _NEAR, len(lines))):
            m = _GUEST.match(lines[i].strip())
            if m is None:
                if _story_sentence(lines[i]):
                    break
                continue
            name = _capitalised_head(m.group(1))
            if not name or place_name(name) or name_kind(name) != "person":
                return []
            if re.sub(r"\W", "", name).casefold() in marks:
                return []
            return [name]
    return []


def _story_sentence(line: str) -> bool:
    """True for a line of the story's running text: :data:`_SENTENCE_WORDS` words or more, closed by a stop."""
    text = line.strip()
    return len(text.split()) >= _SENTENCE_WORDS and text[-1:] in ".!?…\"”»"


def _capitalised_head(name: str) -> str:
    """The capitalised words ``name`` opens with: the phrase is read case-blind ("This is A Guest Post By"), so the
    words after the name match too ("Tom from Lisbon" is "Tom", review rva58)."""
    words = name.split()
    head = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    return " ".join(words[:head])


__all__ = ["guest_writer"]
