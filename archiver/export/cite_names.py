"""How a citation names its authors: persons split into CSL name parts, organisations whole.

A citation that turns a person into an organisation ("Gil Press" cited as the publisher "Gil
Press") or an organisation into a person ("Organization, W. H.") misleads whoever pastes it, so
the rules are here, in one place, with their reasons:

- A name is an organisation's by its words (:func:`looks_like_org`): "World Health
  Organization", "Associated Press" and "The Herald" are; "Gil Press", "Emily Post" and "Sid
  Miller" are not: the outlet words that are also common surnames or given names count only
  beside another sign of an organisation, or in a name that is not "Given Surname" form.
- A person's name (:func:`split_name`): a generational suffix (Jr., Sr., II-IV) is CSL's
  ``suffix``; lower-case particles ("van", "de la") are the non-dropping particle, capitalised
  ones part of the family name ("Le Pen", "De Luca"); a Chinese, Japanese or Korean name is cited
  whole (``literal``), its order not being "Given Family". Family-first Hungarian names are not
  recognised: give them as "Family, Given" (``archiver correct``) to cite them so.
"""

from __future__ import annotations

import re

from archiver.core.shown import confined

#: Particles written in lower case ("van", "de la"): CSL's non-dropping particle. Written with a
#: capital ("Le Pen", "De Luca") they are part of the family name.
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ten", "ter", "al", "bin"}
#: A family name's capitalised particles ("Marine Le Pen", "Gianni De Luca", "Ludwig Van Beethoven").
_CAPITAL_PARTICLES = {p.capitalize() for p in _PARTICLES} | {"Des", "Dos", "Das"}
#: Generational suffixes (CSL ``suffix``, biblatex's "Jr" part, RIS's third part).
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
#: Words that make a name an organisation's, wherever they stand in it.
_ORG_WORDS = {"staff", "team", "editors", "editorial", "board", "news", "agency", "reuters", "afp", "ap",
              "desk", "ministry", "department", "office", "committee", "inc", "ltd", "llc", "gmbh", "plc",
              "association", "associated", "organization", "organisation", "administration", "institute",
              "institution", "university", "council", "commission", "foundation", "corporation", "corp",
              "company", "bureau", "authority", "government", "society", "centre", "center", "newsroom",
              "international", "federation", "network", "trust", "agencies", "secretariat", "party", "college",
              "school"}
#: Words of outlets and organisations that are also common surnames or given names ("Gil Press",
#: "Emily Post", "Sid Miller"): they make a name an organisation's only beside another sign of one
#: (a second such word, a word above) or in a name that is not "Given Surname" form ("Press",
#: "The Herald", "SID", "Daily Times").
_SURNAME_ORG_WORDS = {"press", "service", "post", "times", "herald", "tribune", "journal", "gazette", "daily",
                      "wire", "group", "sid", "mail", "chronicle", "observer", "telegraph", "holding", "rat"}
#: Words of outlet and agency names that are no given name ("The Herald", "Canadian Press",
#: "Detroit Free Press", "Public Service"): a name holding one before its last word is not
#: "Given Surname" form.
_NOT_GIVEN = {"the", "new", "daily", "weekly", "sunday", "morning", "evening", "national", "city", "state",
              "global", "world", "der", "die", "das", "il", "el", "los", "las", "free", "united", "public",
              "civil", "secret", "foreign", "federal", "health", "financial", "business", "local",
              "independent", "central", "northern", "southern", "eastern", "western", "american", "canadian",
              "british", "irish", "scottish", "welsh", "english", "australian", "indian", "german", "french",
              "russian", "chinese", "japanese", "korean", "european", "african", "asian", "arab", "jewish",
              "islamic", "catholic", "gulf", "pacific", "atlantic", "baltic", "nordic", "latin", "student"}
#: Han, kana and Hangul: such names are cited whole (their order is not "Given Family").
_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                  "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]")
#: Letters NFKD does not take apart, as a BibTeX key spells them.
_ASCII_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe",
                                "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th",
                                "Þ": "Th", "ı": "i"})


def same_name(name: str, outlet: str | None) -> bool:
    """Whether ``name`` is the outlet's (a leading "The" and case aside)."""
    def bare(x: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(x.split()).casefold())
    return bool(outlet) and bare(name) == bare(outlet or "")


def looks_like_org(name: str) -> bool:
    """Whether ``name`` is an organisation's by its words (see :data:`_ORG_WORDS` and
    :data:`_SURNAME_ORG_WORDS`): "Associated Press", "The Herald", "Press Service" are; "Gil
    Press" and "Emily Post" are not."""
    words = [w.strip(".,()") for w in name.split()]
    lower = [w.lower() for w in words]
    if set(lower) & _ORG_WORDS:
        return True
    weak = [w for w in lower if w in _SURNAME_ORG_WORDS]
    return bool(weak) and (len(weak) > 1 or not _given_surname_form(name.split()))


def _given_surname_form(words: list[str]) -> bool:
    """"Gil Press", "Emily J. Post", "Charles de Gaulle": two to four words, each capitalised
    (an initial, a lower-case particle inside), no acronym, the first a possible given name."""
    if not 2 <= len(words) <= 4:
        return False
    for i, w in enumerate(words):
        if 0 < i < len(words) - 1 and w in _PARTICLES:
            continue
        if i < len(words) - 1 and w.lower() in _NOT_GIVEN:
            return False
        core = w.rstrip(".")
        if not core or not core[0].isupper() or not all(c.isalpha() or c in "-'\u2019" for c in core):
            return False
        if len(core) > 1 and core.isupper():  # an acronym: "SID", "AP", "BBC"
            return False
    return True


def split_name(name: str) -> dict[str, str]:
    """A CSL name: ``{"family", "given"}`` for a person, ``{"literal"}`` for anything else."""
    return {part: confined(value) for part, value in _name_parts(name).items()}  # each part printed alone


def _name_parts(name: str) -> dict[str, str]:
    name = " ".join(name.split())
    if (_CJK.search(name) or any(ch.isdigit() for ch in name) or looks_like_org(name)):
        return {"literal": name}
    suffix = None
    if "," in name:  # "Family, Given", "Family, Given, Jr.", "Family Jr., Given", "Given Family, Jr."
        parts = [p.strip() for p in name.split(",")]
        if len(parts) > 1 and parts[-1] in _SUFFIXES:
            suffix = parts.pop()
        elif len(parts) == 2 and " " in parts[0] and parts[0].rsplit(" ", 1)[1] in _SUFFIXES:
            parts[0], suffix = parts[0].rsplit(" ", 1)
        if len(parts) == 2 and parts[0] and parts[1]:
            return _with_suffix({"family": parts[0], "given": parts[1]}, suffix)
        if len(parts) != 1:
            return {"literal": name}
        name = parts[0]
    words = name.split()
    if suffix is None and len(words) > 2 and words[-1] in _SUFFIXES:
        suffix = words.pop()
    if len(words) < 2 or len(words) > 5:
        return {"literal": name if suffix is None else f"{name} {suffix}"}
    family = len(words) - 1  # where the family name starts: its capitalised particles are part of it
    while family > 1 and words[family - 1] in _CAPITAL_PARTICLES:
        family -= 1
    particle = family  # lower-case particles before it: CSL's non-dropping particle
    while particle > 1 and words[particle - 1] in _PARTICLES:
        particle -= 1
    out = {"family": " ".join(words[family:]), "given": " ".join(words[:particle])}
    if particle < family:
        out["non-dropping-particle"] = " ".join(words[particle:family])
    return _with_suffix(out, suffix)


def _with_suffix(parts: dict[str, str], suffix: str | None) -> dict[str, str]:
    return {**parts, "suffix": suffix} if suffix else parts


def key_letters(text: str) -> str:
    """The letters and digits of ``text`` as a BibTeX key spells them: "Álvarez" -> "Alvarez",
    "Groß" -> "Gross"; what has no ASCII spelling (Han, Cyrillic) is left out."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_LETTERS))
    return re.sub(r"[^A-Za-z0-9]", "", decomposed)
