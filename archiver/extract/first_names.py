"""A lone first name filled out from the page: the one full form of it a line presenting the writer prints.

Split from :mod:`archiver.extract.authors` (authleft54: that module had outgrown the size its header gave), whose
candidates it serves: a byline of a first name only ("By Nils") is a doubtful citation when the page prints the full
name where a writer is presented (an author box, a byline, a bio that opens with it, a short sentence saying what
she writes), and a mention of the same first name in the story (a pianist's, a teaser's headline) must not fill it.
One job: which line presents the writer, and whether it names her in full.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract.name_letters import opens_name
from archiver.extract.signals import credit_lead, name_kind, writer_bio

_BIO_SEP = lazy_re.compile(r"\s*[-–—,|:(]")


# A copyright line names the site's owner, who need not be the writer who signs with a first name.
COPYRIGHT = lazy_re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


# A comments link printed after the byline's name ("John No Comments", "Anna Keine Kommentare"): interface
# text, not the name's second word.
_COMMENTS_LINK = lazy_re.compile(
    r"(?:no|keine|kein|pas de|aucun|sin|sem|nessun|geen|brak|нет|leave a|add a|write a|schreibe einen?)\s+"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties|komentarzy|"
    r"комментариев|reply|replies|responses?|antwort)\b", re.IGNORECASE)


def fuller_name(persons: list[str], lines: Sequence[str], headlines: Sequence[int] = (),
                body: tuple[int, int] | None = None) -> list[str]:
    """A lone first name ("Nils") is a doubtful citation when the page prints the full name
    ("Nils Pickert", in the author box): the one full form the page shows replaces it. Not
    from a copyright line ("© Konstantin Tretyakov"): that names the site's owner; nor a word
    followed by a number ("Regan September 15, 2014"): that is the dateline; nor from a line the
    headline stands on (``headlines``): "Segment Launches Sources ..." opens with the company a press
    release is about and its verb, no second name (authors-blind8's first run); nor from a sentence of the
    story's running text (``body``, the lines of its first and last paragraph), where a writer's verb is a mention
    (:func:`_in_running_text`); nor a full name the headline names (:func:`_in_headline`: the story's subject)."""
    if len(persons) != 1 or " " in persons[0] or not persons[0][:1].isupper():
        return persons
    heads = set(headlines)
    headline_text = " ".join(lines[i] for i in heads if 0 <= i < len(lines))
    if headlines:
        lines = [("" if i in heads else line) for i, line in enumerate(lines)]
    story = _running_text(lines, heads, body)
    # not a word a number follows: "by Regan September 15, 2014" prints a date after the name
    after = re.compile(r"(?<!\w)" + re.escape(persons[0]) + r"\s+([^\W\d_][\w'’-]+)(?![\w'’-])(?!,?\s*\d)")
    # a line that presents the writer: the name alone (an author box), after a writer's lead (a byline), or an
    # author bio that opens with the name and a separator ("Stefanus Stahl - Maschinenbauer, ..."); not a paragraph
    # that mentions the name, nor any short line (a teaser's headline "Nils Holgersson returns to the stage": authleft51)
    found = {f"{persons[0]} {m.group(1)}" for i, line in enumerate(lines) for m in after.finditer(line)
             if opens_name(m.group(1)[0]) and not _COMMENTS_LINK.match(line, m.start(1))
             and presents(line, m.start(), m.end(), sentence=story is None or not story[0] <= i < story[1])
             and not COPYRIGHT.search(line)}
    found = {n for n in found if name_kind(n) == "person"}
    if len(found) == 1 and _in_headline(next(iter(found)), headline_text):
        return persons  # the story's subject: "Dago" over "Dago Leukefeld wird Botschafter ..." (round auth71)
    return [found.pop()] if len(found) == 1 else persons


def _in_headline(name: str, headline: str) -> bool:
    """True when the headline names ``name`` in full: the person the story is about. A byline's lone given name is not
    made her full name then: a writer shares a given name with her story's subject as often as she is the subject
    (authors-blind5's first run: "Dago" completed to "Dago Leukefeld" from a sidebar's bio under the headline "Dago
    Leukefeld wird Botschafter ..."), and the name the byline prints is the one a citation can rest on."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", headline) is not None


def _running_text(lines: Sequence[str], heads: set[int], body: tuple[int, int] | None) -> tuple[int, int] | None:
    """(first, last) lines of the story's running text: from its first paragraph of 40+ characters that is no headline
    to its last paragraph, that one left out. A writer's sentence there ("Jane Doe joined the paper in 2010.", "Anna
    Berg schreibt über den Hafen.") is a mention in the story, not the line presenting its writer; the last paragraph
    and the lines after it are where an author's bio closes the article (round authleft57: "joined the", "reports"
    read a mention in the story as the byline's full name)."""
    if body is None:
        return None
    first = next((i for i in range(body[0], body[1] + 1) if i not in heads and len(lines[i].strip()) > 40), None)
    return None if first is None else (first, body[1])


def presents(line: str, start: int, end: int, *, sentence: bool = True) -> bool:
    """True when ``line[start:end]``, a full name, is printed as a writer is presented: alone on its line, right after
    a writer's lead ("By", "Written by", "Autor:", "Eine Kolumne von"), or opening the line before a separator, a writer's bio or a
    short sentence saying what she writes (:data:`_WRITER_VERB`: an author card's "Theresa May covers politics for
    the paper."; "Nils Frahm plays the opening night." is a mention, rva51; ``sentence`` false: the line stands in the
    story's running text, where that sentence is a mention too, authleft57; a teaser's
    headline, "Nils Holgersson returns to the stage", ends with no full stop; a comment run on after its poster's name,
    "Robert Ich möchte betonen, ...", is long)."""
    if not line[:start].strip():
        rest = line[end:]
        return (not rest.strip(" .") or bool(_BIO_SEP.match(rest)) or writer_bio(line, line[start:end])
                or (sentence and len(line) <= 100 and _WRITER_VERB.match(rest) is not None
                    and rest.rstrip().endswith(".")))
    if len(line) > 100:
        return False
    lead = credit_lead(line)
    if lead is not None and lead <= start and not line[lead:start].strip():
        return True
    # a label before the lead: "Eine Kolumne von Nils Pickert", "A column by ..." (pinkstinks.de, the page this
    # filling was written for), the name ending the line
    before = line[:start].split()
    return bool(before) and before[-1].casefold() in _WRITER_LEAD_WORDS and not line[end:].strip(" .")


#: The words a writer's name follows in a credit, in the languages of the credit leads ("... von Nils Pickert").
_WRITER_LEAD_WORDS = frozenset(("by", "von", "par", "por", "di", "da", "door", "af", "av"))
# What a short sentence presenting the writer says she does ("Theresa May covers politics for the paper.", "Anna Berg
# schreibt über Wirtschaft."): a writer's verb right after her name. Any other sentence opening with the full name is a
# mention ("Nils Frahm plays the opening night.", a caption or a teaser ending in a full stop): review rva51, where it
# filled "By Nils" with the pianist.
# Per language, so that each language says the same (authleft54: German, Italian and Portuguese had one or two verbs
# where English had seven, and Russian none): what she writes, covers, reports, edits, where she works as what. Not
# the verbs a mention uses as often ("racconta", "informa", "rejoint", "ha seguito", "ведёт": a subject's story, a
# spokesman, a player's transfer, a host).
# "works as", "arbeitet als", "trabaja como" ... say what she works as: a writer only with a writer's trade after them
# (rva55: "Maria Lopez works as a nurse." filled "By Maria" as "writes" does); "collabora con"/"colabora com" only
# before a name in capitals, an outlet's ("con il Corriere"; "con la polizia" is a witness's).
_AS = r"(?:an?\s+|un[ae]?\s+|una\s+|uma?\s+)?(?:\w+\s+)?"
WRITER_VERBS = {
    "en": r"covers|writes|reports|edits|blogs|has\s+(?:written|covered|reported|edited)|joined\s+the|"
          r"works\s+as\s+" + _AS + r"(?:reporter|journalist|writer|editor|correspondent|columnist|critic|blogger)",
    "de": r"schreibt|berichtet|redigiert|bloggt|hat\s+(?:geschrieben|berichtet)|"
          r"arbeitet\s+als\s+" + _AS + r"(?:redakteur|journalist|korrespondent|reporter|autor|kolumnist)(?:in)?",
    "fr": r"écrit|couvre|rédige|édite|a\s+(?:écrit|couvert)|"
          r"travaille\s+comme\s+" + _AS + r"(?:journaliste|rédact(?:eur|rice)|correspondante?|reporter|chroniqueu(?:r|se))",
    "es": r"escribe|cubre|edita|ha\s+(?:escrito|cubierto)|"
          r"trabaja\s+como\s+" + _AS + r"(?:periodista|redactora?|corresponsal|reporter[oa]|columnista|editora?|cronista)",
    "it": r"scrive|copre|ha\s+scritto|si\s+occupa\s+di|collabora\s+con\s+(?:(?:il|lo|la|i|gli|le)\s+|l')?(?-i:[A-ZÀ-Þ])\w*|"
          r"lavora\s+come\s+" + _AS + r"(?:giornalista|redatt(?:ore|rice)|corrispondente|inviat[oa]|reporter|cronista)",
    "pt": r"escreve|cobre|edita|(?:já\s+)?escreveu|é\s+repórter|colabora\s+com\s+(?:(?:o|a|os|as)\s+)?(?-i:[A-ZÀ-Þ])\w*|"
          r"trabalha\s+como\s+" + _AS + r"(?:jornalista|repórter|redatora?|correspondente|colunista|editora?|cronista)",
    "ru": r"пишет|освещает|редактирует|работает\s+(?:корреспондентом|журналистом|редактором)",
}
_WRITER_VERB = lazy_re.compile(r"\s+(?:" + "|".join(WRITER_VERBS.values()) + r")(?!\w)", re.IGNORECASE)


#: Two first names joined by "&" or "and", as the byline reader left them in one credit ("Cai & Inka": two single words
#: joined are also a firm's name, "Marks & Spencer", which is why only full names found for both replace it;
#: authors-blind34's first run).
_FIRST_NAMES_PAIR = lazy_re.compile(r"^((?-i:[A-Z])[\w'’-]+)\s+(?:&|and)\s+((?-i:[A-Z])[\w'’-]+)$")


def first_names_filled(printed: list[str], lines: Sequence[str], headlines: Sequence[int],
                       body: tuple[int, int] | None = None) -> list[str]:
    """A byline of first names only ("By Roberta & Charlotte") as the full names the page prints for every one of
    them (:func:`fuller_name`, each alone: "Roberta Phillips" and "Charlotte Evans" in the author box), or as
    printed when one of them has no single full form on the page: the page's credit is then its first names,
    reported as printed ("Written By Linny and Peter"), never half of them filled (round b15auth)."""
    pair = _FIRST_NAMES_PAIR.match(printed[0]) if len(printed) == 1 else None
    names = [pair.group(1), pair.group(2)] if pair else printed  # "By Cai & Inka" read as one credit (see there)
    if len(names) < 2 or any(" " in n for n in names):
        return printed
    full = [fuller_name([n], lines, headlines, body)[0] for n in names]
    return full if all(" " in n for n in full) and len(set(full)) == len(full) else printed
