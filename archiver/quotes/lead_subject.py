"""The person a pronoun bracket opening a quote stands for, where the source names them by a noun.

"[Sie] sagte" of "Der Bürgermeister sagte", "[Elle] a dit" of "Le maire a dit", "[She] said" of
"The king said", "[Ella] dijo" of "El ministro Carlos Ruiz dijo": the bracket puts a woman where
the source has a man (or the reverse), which is another person. Rules 47 read a bare name before
the gap only (:func:`archiver.quotes.brackets._lead_name_note`: "Tom Hanks said"), and a name
after a title ("Il sindaco Marco Rossi") was taken for a complement ("The wife of Tom Hanks") and
not read; red team rvq48 found six such wrong passes, in six languages.

Here the subject before the quote's first word is read as an article, one or two person nouns
(:data:`archiver.quotes.person_sex.PERSON_NOUNS`) and at most three capitalised words of a name,
nothing else ("The wife of Tom Hanks", "Der Anwalt von Petra Weber": a preposition, so the
subject is not the name, and nothing is read). Its sex is a noun of one sex's ("king", "Ms.",
"Ministerin"), else the name's (a given name before a surname; one word after a title is a
surname: "Frau Paul", "Ms. Thomas"), else the article's, read only against a pronoun of the article's own
language (:data:`ARTICLE_SEX`: English "a" and Portuguese "a", Italian "Le" and French "le" differ).
"""

from __future__ import annotations

from archiver.quotes.person_sex import german_feminine_person, named_sex, person_noun

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
    if not nouns or len(name) > _NAME_WORDS or not all(w[:1].isupper() for w in name):
        return None  # no person's noun opens it, or more than a name follows ("of Tom Hanks")
    if (sex := named_sex(nouns, page)) is not None:
        return sex
    if any(german_feminine_person(w) for w in nouns):
        return "3f"
    if len(name) > 1 and (sex := named_sex(name, page)) is not None:
        return sex  # (one word after a title is a surname: "Ms. Thomas", "Frau Paul")
    told = ARTICLE_SEX.get(article)
    return told[0] if told is not None and pronoun in told[1] else None
