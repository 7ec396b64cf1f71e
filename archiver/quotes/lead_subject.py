"""The person a pronoun bracket opening a quote stands for, where the source names them by a noun,
by a title before a surname, or as two people joined by "and".

"[Sie] sagte" of "Der Bürgermeister sagte", "[Elle] a dit" of "Le maire a dit", "[She] said" of
"The king said", "[Ella] dijo" of "El ministro Carlos Ruiz dijo": the bracket puts a woman where
the source has a man (or the reverse), which is another person. Rules 47 read a bare name before
the gap only (:func:`archiver.quotes.brackets._lead_name_note`: "Tom Hanks said"), and a name
after a title ("Il sindaco Marco Rossi") was taken for a complement ("The wife of Tom Hanks") and
not read; red team rvq48 found six such wrong passes, in six languages.

Here the subject before the quote's first word is read as an article, one or two person nouns
(:data:`archiver.quotes.person_sex.PERSON_NOUNS`) and at most three capitalised words of a name,
or the nouns and a complement ("The wife of Tom Hanks", "Der Anwalt von Petra Weber", "Der Chef
der Polizei": the subject is the noun, and the name after "of" is not read; review of rules 49,
red team rvq52). Its sex is a noun of one sex's ("king", "wife", "Ministerin"), else the name's
(a given name before a surname, accents aside; one word after a title is a surname: "Frau Paul",
"Ms. Thomas"), else the article's, read only against a pronoun of the article's own language
(:data:`ARTICLE_SEX`: English "a" and Portuguese "a", Italian "Le" and French "le" differ): "The
lawyer for Emma Stone" tells nothing.
"""

from __future__ import annotations

import re

from archiver.quotes.person_sex import PERSON_NOUNS, german_feminine_person, named_sex, person_noun

#: Articles of one gender before a person's noun, with the pronouns of the other sex in the same
#: language the article is read against ("El ministro" against "Ella", "Der Bürgermeister"
#: against a woman's "Sie", "Le maire" against "Elle"; Italian "le" is a feminine plural, so only
#: French "elle" is read against it).
ARTICLE_SEX: dict[str, tuple[str, frozenset[str]]] = {
    "el": ("3m", frozenset(["ella"])), "il": ("3m", frozenset(["lei"])), "lo": ("3m", frozenset(["lei"])),
    "le": ("3m", frozenset(["elle"])), "la": ("3f", frozenset(["él", "lui", "il"])),
    "o": ("3m", frozenset(["ela"])), "a": ("3f", frozenset(["ele"])),
    "der": ("3m", frozenset(["sie"])), "die": ("3f", frozenset(["er"])),
}
_OTHER_ARTICLES = frozenset(["the", "an"])
#: Words opening a complement after the subject's noun ("The wife of Tom Hanks", "Der Anwalt von
#: Petra Weber", "Der Chef der Polizei", "La madre di Marco Rossi"): the subject is the noun, read
#: by itself and its article; the name after it is another person's and says nothing of the
#: subject's sex (rules 49 read nothing there; red team rvq52: "[He]" for "The wife of Tom
#: Hanks", "[Sie]" for "Der Anwalt von Petra Weber" passed ``normalized``).
_COMPLEMENT_OPENERS = frozenset(["of", "von", "vom", "der", "des", "de", "du", "del", "di", "della", "dello", "do",
                                 "da", "dos", "das"])
#: The most person nouns before the name ("Bundesminister", "former prime minister" is past reach).
_NOUNS = 2
_NAME_WORDS = 3


def subject_sex(words: list[str], pronoun: str, page: str = "") -> str | None:
    """"3f" or "3m" when ``words`` (the subject before the quote's first word, as written) are an
    article, person nouns and a name as the module says, and tell a sex; ``pronoun`` (the
    bracket's pronoun, folded) decides whether the article is read. None otherwise."""
    if not words:
        return None
    article = words[0].casefold()
    at = 1 if article in ARTICLE_SEX or article in _OTHER_ARTICLES else 0
    nouns_end = at
    while nouns_end < len(words) and nouns_end - at < _NOUNS and (
            person_noun(words[nouns_end].casefold()) or german_feminine_person(words[nouns_end])):
        nouns_end += 1
    nouns, name = words[at:nouns_end], words[nouns_end:]
    held = bool(name) and name[0].casefold() in _COMPLEMENT_OPENERS  # "The wife of Tom Hanks"
    if not nouns or not held and (len(name) > _NAME_WORDS or not all(w[:1].isupper() for w in name)):
        return None  # no person's noun opens it, or more than a name follows ("the mayor and the minister")
    if (sex := named_sex(nouns, page)) is not None:
        return sex
    if any(german_feminine_person(w) for w in nouns):
        return "3f"
    if not held and len(name) > 1 and (sex := named_sex(name, page)) is not None:
        return sex  # (one word after a title is a surname: "Ms. Thomas", "Frau Paul")
    told = ARTICLE_SEX.get(article)
    return told[0] if told is not None and pronoun in told[1] else None


#: Words joining the names of several people, whom a plural pronoun stands for.
AND_WORDS = frozenset(["and", "und", "et", "y", "e", "и"])


#: Pronouns of one person only, which a subject of two joined by "and" is not ("[She] said" of "The
#: mayor and the minister said": red team rvq52, ``normalized`` under rules 50). Not German "sie",
#: which is also "they".
SINGULAR_PRONOUNS = frozenset(["he", "she", "il", "elle", "él", "ella", "lui", "lei", "ele", "ela", "er"])


def two_people(subject: list[str]) -> bool:
    """Whether ``subject`` (the words before a quote, as written) joins two persons by "and" (a
    person's noun or a listed given name within three words on each side: "The mayor and the
    minister", "Tom Hanks and Meryl Streep"), not "and" in a name or a noun phrase ("Procter and
    Gamble", "The head of research and development")."""
    folded = [w.casefold() for w in subject]
    for i, w in enumerate(folded):
        if w in AND_WORDS and 0 < i < len(folded) - 1:
            left, right = subject[:i], subject[i + 1:]
            if any(_a_person(p) for p in left[-3:]) and any(_a_person(p) for p in right[:3]):
                return True
    return False


def _a_person(word: str) -> bool:
    """Whether ``word`` is a person's noun ("mayor", "Ministerin") or a listed given name ("Meryl")."""
    return word.casefold() in PERSON_NOUNS or german_feminine_person(word) or named_sex([word, "X"]) is not None


#: Titles before a surname and the sex they tell ("" for either: "Dr.", "Prof."), read in the
#: source right before a bracket's gap of one capitalised word, which a title makes a surname:
#: "[She]" for "Thomas" of "Prof. Thomas said" is no man's pronoun for a woman, "[He]" for it of
#: "Mrs. Thomas said" is (red team rvq52: the gap began after the title's full stop, so "Thomas"
#: was read as a man's given name both times).
_TITLE_SEXES = {
    "mr": "3m", "sir": "3m", "lord": "3m", "herr": "3m", "sr": "3m", "sig": "3m", "monsieur": "3m", "signor": "3m",
    "mrs": "3f", "ms": "3f", "miss": "3f", "dame": "3f", "lady": "3f", "frau": "3f", "mme": "3f", "mlle": "3f",
    "sra": "3f", "srta": "3f", "madame": "3f", "signora": "3f",
    "dr": "", "prof": "", "mx": "", "professor": "", "doctor": "", "dott": "",
}
_TITLE_END = re.compile(r"\b([^\W\d_]+)\.?\s+$")


def title_sex(lead: str, words: list[str]) -> str | None:
    """The sex a title ending ``lead`` (the source before a bracket's gap) tells of the gap's one
    capitalised word (``words``, as written; :data:`_TITLE_SEXES`, "" for a title of either sex),
    or None when no title stands there."""
    if len(words) != 1 or not words[0][:1].isupper() or (m := _TITLE_END.search(lead)) is None:
        return None
    return _TITLE_SEXES.get(m.group(1).casefold())
