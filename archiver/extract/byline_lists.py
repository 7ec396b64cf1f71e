"""The text forms of a byline that credits several persons, or one person with her credentials (authors-blind16's
first run missed each; round b17auth): a credential after a name ("Jeffrey A. Slotnick CPP, PSP"), a second writer
joined by "with" ("By Dieter Hogen with Uta Pippig"), a list of names ("Rui Ma, Heba Ledwon, Manoel Cortes Mendez &
Suparn Patra") and a name glued to the date printed before it ("Dec 17, 2025Julian K. Arni").

Only the text is read here: each function splits a line or a name into its parts, and the readers of
:mod:`archiver.extract.signals` decide, with their person checks (:func:`~archiver.extract.signals.name_kind`, the
given-name list, a place's name, the story naming the surname), whether the parts are persons. A wrong author in a
citation is worse than none: a part that is no plausible name makes the whole line no list.

Why a module of its own: signals.py already holds ~2,700 lines of byline rules, and these forms are new; it imports
nothing of the package's but the lazy patterns and the given-name list, so signals.py can import it without a cycle.
"""

from __future__ import annotations

from archiver.core import lazy_re
from archiver.extract.given_names import given_name
from archiver.extract.name_letters import name_word, opens_name

# ----------------------------------------------------------------------------- credentials after a name

#: Post-nominal letters (degrees, professional certifications, licences) as printed after a name, without their dots
#: and in their usual capitals: compared case for case, so a surname ("Rui Ma", "Ed Do") is never one. A name set in
#: capitals ("RUI MA") is never cut (its words cannot be told from credentials).
_POST_NOMINALS = frozenset((
    # degrees (EN; "Dipl.-Ing.", "Mag.", "Lic." DE/AT/ES/IT/PT)
    "PhD", "DPhil", "MPhil", "MD", "DO", "DDS", "DMD", "DVM", "PharmD", "PsyD", "EdD", "JD", "LLM", "LLB", "MBA",
    "MPA", "MPH", "MSc", "MS", "MA", "MFA", "MEd", "MEng", "BSc", "BA", "BS", "BEng", "BEd", "BSN", "MSN", "DNP",
    "DipIng", "Dipl-Ing", "Mag", "Lic", "Dott", "MBBS", "FRCS", "FRCP", "FACS", "FACP",
    # certifications and licences
    "CPP", "PSP", "PCI", "CPA", "CFA", "CFP", "CAIA", "FRM", "CMA", "CIA", "CISA", "CISM", "CISSP", "CRISC", "PMP",
    "RN", "NP", "APRN", "FNP", "CRNA", "LPN", "RD", "RDN", "LCSW", "LPC", "LMFT", "PT", "DPT", "OTR", "CSCS",
    "PE", "AIA", "LEED", "SHRM-CP", "SHRM-SCP", "PHR", "SPHR", "Esq",
    # the wine trade's and British honours and fellowships ("Sarah Knowles MW", Master of Wine: authors-blind25)
    "MW", "DipWSET", "CWE", "OBE", "MBE", "CBE", "FRSA", "FCA", "ACA", "CEng", "MRCP", "MRCS", "FRCGP", "MSW", "CNM",
    "IBCLC", "CDCES", "RPh", "PA-C",
))
_DOTS = str.maketrans("", "", ".")


def credential(word: str) -> bool:
    """True when ``word`` is post-nominal letters ("PhD", "Ph.D.", "M.D.", "CPP", "Esq.", "Dipl.-Ing.")."""
    return word.strip(",;").translate(_DOTS) in _POST_NOMINALS


def credentials_only(piece: str) -> bool:
    """True when every word of ``piece`` is post-nominal letters: the part after a name's comma ("PSP", "MD, PhD")."""
    words = piece.replace(",", " ").split()
    return bool(words) and all(credential(w) for w in words)


def without_credentials(name: str) -> str:
    """``name`` without the post-nominal letters printed after it ("Jeffrey A. Slotnick CPP" -> "Jeffrey A. Slotnick",
    "Jane Roe, M.D., Ph.D." -> "Jane Roe"); as it is when fewer than two words would remain or when the name is set in
    capitals. A credential is the holder's qualification, not her name, and no citation prints it."""
    words = name.split()
    if name.isupper() or len(words) < 3:
        return name
    keep = len(words)
    while keep > 2 and credential(words[keep - 1]) and _cut_here(words[:keep - 1], words[keep - 1]):
        keep -= 1
    return name if keep == len(words) else " ".join(words[:keep]).rstrip(" ,;")


def _cut_here(before: list[str], word: str) -> bool:
    """True when ``word``, a credential's letters, is one after ``before``: printed after a comma, with its dots or in
    mixed case ("M.D.", "PhD"), or in capitals after a whole name, one whose last word is no listed given name ("Jane
    Roe MD"). A surname set in capitals spells like a credential as often ("Par Thi Linh DO", "Nguyen Van BA": the
    name before ends in a given name and is not whole); cutting it made a wrong person (round authleft58)."""
    if before[-1].endswith((",", ";")) or not word.strip(",;").isalpha() or not word.strip(",;").isupper():
        return True
    return not given_name(before[-1].strip(",;"))


# ----------------------------------------------------------------------------- a second writer after "with"

# "By Dieter Hogen with Uta Pippig", "Von Anna Weber mit Jan Roth", "Par Claire Martin avec Paul Durand", "Por Ana
# Ruiz con Luis Gil", "Por Ana Silva com João Costa": the preposition between two names in a byline.
_WITH = lazy_re.compile(r"^(?P<first>\S.*?)\s+(?:with|With|mit|avec|con|com)\s+(?P<second>\S.*)$")


def _name_word(word: str) -> bool:
    """A name's word in any script (:func:`~archiver.extract.name_letters.name_word`: "Łukasz", "Öztürk", "Петрова";
    round auth59) or an initial ("K.")."""
    return name_word(word) or (len(word) == 2 and word[1] == "." and opens_name(word[0]))


def name_shaped(text: str) -> bool:
    """True when ``text`` is two to four capitalised words of letters, an initial among them ("Julian K. Arni"): the
    shape of a person's printed name, before any word list is asked."""
    words = text.split()
    return 2 <= len(words) <= 4 and len(text) <= 50 and all(_name_word(w) for w in words) \
        and not words[-1].endswith(".")


def with_partner(chunk: str) -> tuple[str, str] | None:
    """``(first, second)`` when ``chunk`` is two person-shaped names joined by "with"/"mit"/"avec"/"con"/"com"
    (:func:`name_shaped`), else ``None``. The caller asks whether both are persons: "Jane Doe with Reuters" files
    with an agency (signals' ``_with_agency``), "Chicken with Rice" is no name."""
    if " " not in chunk:
        return None
    m = _WITH.match(chunk.strip())
    if m is None or not name_shaped(m.group("first")) or not name_shaped(m.group("second")):
        return None
    return m.group("first"), m.group("second")


# ----------------------------------------------------------------------------- a list of names without a lead

_LIST_SPLIT = lazy_re.compile(r"\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:&|and|und|et|y|e)\s+")


_FINAL_AND = lazy_re.compile(r"(?:,\s*|\s+)(?:&|and|und|et|y|e)\s+[^,&]+$")


def name_list(line: str) -> list[str]:
    """The names of ``line`` when it is a list of at least two person-shaped names joined by commas and a final
    "&"/"and"/"und"/"et"/"y"/"e" ("Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra", "Ana Gil y Luis Mora"),
    else ``[]``. Every part must have a name's shape (:func:`name_shaped`): "The Russian and Syrian defense
    ministries" is no list of persons, nor is "Paris, London & Berlin" (one word each). The final conjunction is
    required: a comma alone pairs a writer with her place or outlet as often ("Andrew Ramsey, Melbourne Cricket
    Ground", a dateline's venue: authors-blind8 read it as a second writer)."""
    text = line.strip()
    if len(text) > 160 or not ("," in text or " " in text):
        return []
    if _FINAL_AND.search(text) is None:
        return []
    parts = [p.strip() for p in _LIST_SPLIT.split(text)]
    if len(parts) < 2 or not all(name_shaped(p) for p in parts):
        return []
    return parts


# ----------------------------------------------------------------------------- a name glued to the date before it

# A date ending in a year, then a capital with no space between ("Dec 17, 2025Julian K. Arni", "17. Dezember
# 2025Anna Berg", "17/12/2025Jane Roe"): two elements (a date's and a writer's) the page's text runs together.
_GLUED_DATE = lazy_re.compile(r"^(?P<date>\S.{3,30}?(?:1[89]|20)\d\d)(?P<name>[^\W\d_][^\d]{3,50})$")


def glued_date_name(line: str) -> tuple[str, str] | None:
    """``(date, name)`` when ``line`` is a date ending in its year with a person-shaped name glued after it
    (:func:`name_shaped`), else ``None``; the caller asks whether the first part is a date."""
    text = line.strip()
    if len(text) > 90 or not text[:1].isalnum():
        return None
    m = _GLUED_DATE.match(text)
    if m is None or not name_shaped(m.group("name").strip()):
        return None
    return m.group("date"), m.group("name").strip()


__all__ = ["credential", "credentials_only", "glued_date_name", "name_list", "name_shaped", "with_partner",
           "without_credentials"]
