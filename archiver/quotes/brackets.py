"""What a quote's brackets stand for: a bracket may clarify ("[the firm]" for "the company"), fit
a word's ending ("withdr[ew]") or its case ("[T]he"), never hide a material change (a negation, a
number, a quantity, a date, a bound, a hedge, an exception, a modal, a word that disputes, another
person or the opposite word).

Why a module of its own: a bracket is read against the one gap it fills, by its own rules (names,
offices, pronouns of a person, gender and number, glued endings); the ellipsis and aside checks of
:mod:`archiver.quotes.gaps` read the gaps a quote leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from archiver.quotes.align import PatternMatch
from archiver.quotes.bracket_name import (
    alike_named,
    another_person,
    one_of_several,
    page_sex,
    repeats_name_before,
    without_names,
)
from archiver.quotes.lead_subject import (
    AND_WORDS,
    SINGULAR_PRONOUNS,
    subject_sex,
    title_sex,
    two_people,
)
from archiver.quotes.lexicon import (
    BOUND_WORDS,
    CALENDAR_WORDS,
    DATE_WORDS,
    DEGREE_WORDS,
    DOUBT_WORDS,
    EXCEPTION_WORDS,
    HEDGES,
    NEGATING_PREFIXES,
    NEGATING_VERBS,
    QUANTITY,
    ROLE_WORDS,
    TIME_WORDS,
    is_number,
    language_around,
    negation_count,
    opposites,
)
from archiver.quotes.model import Difference
from archiver.quotes.parse import Bracket, ParsedQuote
from archiver.quotes.person_sex import (
    OBJECT_SIE,
    german_feminine_person,
    german_sie_sex,
    german_subject,
    named_sex,
    person_noun,
)
from archiver.quotes.reported_clause import opens_clause
from archiver.quotes.substitution import DEICTIC_WORDS, modal_note, substitution_note
from archiver.quotes.tokens import Token, tokenize


def bracket_differences(pq: ParsedQuote, pm: PatternMatch) -> list[Difference]:
    """A bracket that stands for other words must not hide a material change."""
    out: list[Difference] = []
    v = pm.variant
    for group, (how, m) in pm.readings().items():
        if how not in ("gap", "none"):
            continue
        i, k = (int(x) for x in re.findall(r"\d+", group))
        br = pq.parts[i].pieces[k]
        assert isinstance(br, Bracket)
        if br.kind == "sic":
            continue
        gs, ge = (
            (m.start(group + how), m.end(group + how))
            if how == "gap"
            else (m.start(group + how),) * 2
        )
        os, oe = v.to_original(gs, ge)
        gap_text = v.original[os:oe]
        content_toks = tokenize(br.content)
        gap_toks = tokenize(gap_text)
        note = None
        if br.kind == "attached":
            note = _attached_note(br, gap_text, _starts_word(pq.parts[i].pieces, k))
        elif class_note := _word_class_note(
                br.raw, *without_names(content_toks, gap_toks, v.original[:os], _of_a_class, person_noun)):
            note = class_note
        else:
            before = [t for t in tokenize(v.original[max(0, os - 24):os]) if t.is_word][-1:]
            english = language_around(v.original, os, oe) == "en" and not german_subject(
                [t.text for t in gap_toks if t.is_word], v.original[oe:oe + 40])  # "Sie will sparen"
            note = (_referent_note(br, content_toks, gap_toks, gap_text, before, english, v.original,
                                   v.original[oe:oe + 40], v.original[max(0, os - _CLAUSE_REACH):os])
                    or (_lead_name_note(br, content_toks, v.original, oe) if i == k == 0 and all(
                        t.is_word and t.text[:1].isupper() for t in gap_toks) else None)
                    or (_lead_subject_note(br, content_toks, v.original, oe) if i == k == 0 else None)
                    or substitution_note(br.raw, content_toks, (before if k == 0 else []) + gap_toks,
                                         REFERRING_WORDS))
        if note:
            out.append(
                Difference(
                    "bracket_alteration",
                    True,
                    br.raw,
                    gap_text or None,
                    os if gap_text else None,
                    oe if gap_text else None,
                    note,
                )
            )
    return out


def _lead_name_note(br: Bracket, content_toks: list[Token], original: str, start: int) -> str | None:
    """Why a pronoun bracket opening the quote, whose gap (or none) ends at ``original[start]``
    right after a name ("[She] said" of "Tom Hanks said": the name is the subject the bracket
    stands for), names a person of another sex than that name, or None (review of rules 44: the
    gap held "Hanks" alone, which names no sex, so "[She]" for "Tom Hanks" passed ``normalized``)."""
    name: list[Token] = []
    lead = tokenize(original[max(0, start - _LEAD_REACH):start])
    for t in reversed(lead):
        if not t.is_word or not t.text[:1].isupper():
            break  # the name ends at a mark ("in Paris. Tom Hanks": "Tom Hanks")
        name.insert(0, t)
    while len(name) > 1 and name[0].folded in CALENDAR_WORDS:
        name.pop(0)  # "said on Monday Tom Hanks": the date is no part of the name
    if not name or len(name) > _NAME_WORDS or not opens_clause(lead, len(lead) - len(name) - 1):
        return None  # the name is not the subject ("The wife of Tom Hanks said")
    if len(name) == 1 and title_sex(original[max(0, start - _LEAD_REACH):start - len(name[0].text)], [name[0].text]) is not None:
        return None  # "Prof. Thomas", "Mrs. Thomas": a surname, its title read by _referent_note
    # German "Sie" is read by the verb after the gap ("[Sie] sagte" of "Klaus Weber sagte"; review
    # of rules 46: "Sie" was read without it, so never as a woman's, and passed ``normalized``)
    if _sex_against_pronoun(name, _persons(content_toks, original[start:start + 40]), original):
        return f"the bracketed {br.raw!r} stands for {' '.join(t.text for t in name)!r}, a person of another sex"
    return None


#: How much of the source before a bracket's gap :func:`_referent_note` reads for the clause it
#: stands in ("Der Minister lobt [sie]": :func:`archiver.quotes.person_sex.german_sie_sex`).
_CLAUSE_REACH = 60


def _lead_subject_note(br: Bracket, content_toks: list[Token], original: str, start: int) -> str | None:
    """Why a pronoun bracket opening the quote stands for a subject of another sex the source
    names by a noun before ``original[start]`` ("[Elle] a dit" of "Le maire a dit", "[Ella] dijo"
    of "El ministro Carlos Ruiz dijo": :func:`archiver.quotes.lead_subject.subject_sex`), or None."""
    words = [t for t in content_toks if t.is_word]
    lead = tokenize(original[max(0, start - _LEAD_REACH):start])
    subject: list[str] = []
    for t in reversed(lead):
        if not t.is_word:
            break
        subject.insert(0, t.text)
    if len(words) != 1 or len(subject) == len(lead) and start > _LEAD_REACH:
        return None
    if words[0].folded in SINGULAR_PRONOUNS and two_people(subject):
        return f"the bracketed {br.raw!r} stands for {' '.join(subject)!r}, more than one person"
    gendered = _persons(content_toks, original[start:start + 40]) & {"3m", "3f"}
    sex = subject_sex(subject, words[0].folded, original)
    if sex is None or not gendered or sex in gendered:
        return None
    return f"the bracketed {br.raw!r} stands for {' '.join(subject)!r}, a person of another sex"


#: How far before a match :func:`_lead_name_note` looks for the name a pronoun bracket stands for.
_LEAD_REACH = 60
_NAME_WORDS = 3


def _referent_note(br: Bracket, content_toks: list[Token], gap_toks: list[Token], gap_text: str,
                   before: list[Token], english: bool = False, original: str = "", after: str = "",
                   lead: str = "") -> str | None:
    """Why a bracket names another person or thing than the words it stands for, or None.

    A bracket may say whom a pronoun or a noun phrase refers to ("[Berg]" for "she", "[the
    firm]" for "the company", "[Acme]" for "the company"); it may not put another name or office
    in place of one ("[Tom Weller]" for "Anna Berg", "[the chancellor]" for "the minister"), name
    someone where the source names nobody in particular ("consult [the mayor]" or "[Tom
    Weller]" for "consult residents": no name, office, pronoun or determiner that could refer
    to them; ``before``: the source's word just before the gap, where the gap's determiner may
    stand, "The [company]"), or stand for the opposite word ("too [cheap]" for "too expensive", "[closed]"
    for "open": :data:`archiver.quotes.lexicon.ANTONYM_PAIRS`).
    """
    names_q = {t.folded for t in content_toks if _name_like(t, english)}
    names_s = {t.folded for t in gap_toks if _name_like(t, english)}
    roles_q, roles_s = _kinds_of(content_toks, _is_role), _kinds_of(gap_toks, _is_role)
    if names_q and names_s and not repeats_name_before(content_toks, gap_toks, lead) and (
            not names_q & names_s or another_person(content_toks, gap_toks, lambda t: _name_like(t, english), original)):
        return f"the bracketed {br.raw!r} replaces the name {gap_text!r}"
    if roles_q and roles_s and not roles_q & roles_s:
        return f"the bracketed {br.raw!r} names another person than {gap_text!r}"
    if (names_q or roles_q) and gap_toks and not (names_s or roles_s or any(
            t.folded in REFERRING_WORDS or t.folded in DEICTIC_WORDS for t in gap_toks + before)):
        return f"the bracketed {br.raw!r} names someone where the source has {gap_text!r}"
    said = lead or " ".join(t.text for t in before)  # the source before the gap: "Am Montag sagte [sie]"
    persons_q, persons_s = _persons(content_toks, after, said), _persons(gap_toks, after, said)
    if persons_q and persons_s and not persons_q & persons_s and (
            {p[0] for p in persons_q} & {p[0] for p in persons_s}):
        return f"the bracketed {br.raw!r} refers to another person or thing than {gap_text!r}"
    if _masculine_only(content_toks) and persons_s == {"3f"}:  # "[Le ministre]" for "Elle" (rvq39)
        return f"the bracketed {br.raw!r} refers to another person than {gap_text!r}"
    if _article_against_pronoun(content_toks, gap_toks):  # "[O ministro]" for "Ela" (rules 41)
        return f"the bracketed {br.raw!r} refers to another person than {gap_text!r}"
    titled = title_sex(lead, [t.text for t in gap_toks if t.is_word])
    if titled and persons_q & {"3m", "3f"} and titled not in persons_q:  # "[He]" for "Thomas" of "Mrs. Thomas"
        return f"the bracketed {br.raw!r} names a person of another sex than {gap_text!r}, whose title tells"
    if _sex_against_pronoun(content_toks, persons_s, original) or (
            titled is None and _sex_against_pronoun(gap_toks, persons_q, original)):
        return f"the bracketed {br.raw!r} names a person of another sex than {gap_text!r}"  # "[Tom Hanks]" for "She"
    # a noun with its article for a pronoun of the other sex ("[Der Minister]" for "Sie sagte": red team rvq48)
    gap_words, gendered = [t for t in gap_toks if t.is_word], persons_s & {"3m", "3f"}
    sex = subject_sex([t.text for t in content_toks if t.is_word], gap_words[0].folded, original) if (
        len(gap_words) == 1 and gendered) else None
    if sex is not None and sex not in gendered:
        return f"the bracketed {br.raw!r} names a person of another sex than {gap_text!r}"
    if (alike := alike_named(content_toks, gap_toks, original, gendered)) is not None:  # two Martins (q61)
        return f"the bracketed {br.raw!r} stands for {gap_text!r}, which may mean {alike!r} too, whom the page also names"
    if (other := one_of_several(content_toks, gap_toks, original)) is not None:  # "[Anna Weber]" for "They" (rvq61)
        return f"the bracketed {br.raw!r} names one person for {gap_text!r}, who are more: the page also names {other!r}"
    swapped = opposites([t.folded for t in content_toks if t.is_word], [t.folded for t in gap_toks if t.is_word])
    if swapped:
        return f"the bracketed {br.raw!r} says {swapped[0]!r} where the source says the opposite, {swapped[1]!r}"
    return None


#: Personal pronouns and possessives whose person, gender and number are plain, by group: the
#: group's first letter is its person. A bracket may put a pronoun in another form of its group
#: ("[him]" for "he") or another person ("[he]" for a reported "I"), never another gender or
#: number of the same person ("[his]" for "her", "[they]" for "he", "[we]" for "I"): that is
#: someone else. (Forms of two groups, as German "sie" and "ihr" or French "son" and "lui", are
#: left out.)
PRONOUN_GROUPS: dict[str, str] = {
    **dict.fromkeys(["i", "me", "my", "mine", "myself", "ich", "mich", "mir", "mein", "meine", "je", "moi",
                     "mon", "ma", "mes"], "1s"),
    **dict.fromkeys(["we", "us", "our", "ours", "ourselves", "wir", "uns", "unser", "unsere", "nous", "notre",
                     "nos"], "1p"),
    **dict.fromkeys(["he", "him", "his", "himself", "er", "ihn", "ihm", "il"], "3m"),
    **dict.fromkeys(["she", "her", "hers", "herself", "elle"], "3f"),
    **dict.fromkeys(["it", "its", "itself", "es"], "3n"),
    **dict.fromkeys(["they", "them", "their", "theirs", "themselves", "ils", "elles", "eux"], "3p"),
    # rules 39: the subject pronouns of Spanish, Italian, Portuguese and Russian
    **dict.fromkeys(["él", "ele", "он"], "3m"),
    **dict.fromkeys(["ella", "lei", "ela", "она"], "3f"),
    **dict.fromkeys(["ellos", "ellas", "loro", "eles", "elas", "они"], "3p"),
}
#: Singular definite articles of one gender (Spanish, French, Italian): a bracketed noun phrase
#: they open ("[El ministro]", "[La ministre]") stands for a pronoun of that gender only ("Él",
#: "Elle"), never of the other ("[El ministro]" for "Ella" is someone else: red team q39's held-out
#: pairs). German "der"/"die" and Portuguese "o"/"a" are left out (a genitive, a plural, an English "a").
#: Feminine "une", "una" tell as "la" does ("[Une collaboratrice]" for "Il": red team rvq54).
_ARTICLE_GENDERS: dict[str, str] = {"el": "3m", "il": "3m", "lo": "3m", "la": "3f", "une": "3f", "una": "3f"}
#: French "le" opens a masculine singular ("[Le ministre]"), Italian "le" a feminine plural ("[Le
#: autorità]" for "Loro"), so it is read only against a feminine singular pronoun ("Elle", "Ella",
#: "Lei"), which neither stands for (red team rvq39).
_MASCULINE_ONLY = frozenset(["le"])


#: Articles of one gender in one language only, read against that language's pronouns alone
#: (rules 41): Portuguese "o"/"a" against "ele"/"ela" ("a" is an English article too), German
#: "die" against "er" ("die" is a plural too, never "er"'s; "der" is left out: "Sie" may be the
#: formal "you" a bracket names).
_PORTUGUESE_PRONOUNS = {"ele": "3m", "ela": "3f"}
_LANGUAGE_ARTICLES: dict[str, tuple[str, dict[str, str]]] = {
    "o": ("3m", _PORTUGUESE_PRONOUNS), "a": ("3f", _PORTUGUESE_PRONOUNS), "die": ("3f", {"er": "3m"}),
}
#: Pronouns read only capitalised, as a sentence's subject: Italian "Lui" (he; French "lui" is
#: "to him" and "to her" alike, and stays unread).
_CAPITALISED_GROUPS = {"lui": "3m"}


def _names_person(words: list[Token]) -> bool:
    """Whether the noun an article opens (``words[0]``) is a person's (:func:`person_noun`): the
    word after the article, or the one after that past an adjective ("[La nueva ministra]")."""
    return any(person_noun(t.folded) or german_feminine_person(t.text) for t in words[1:3])


def _article_against_pronoun(content: list[Token], gap: list[Token]) -> bool:
    """Whether the bracket's words (``content``) open with an article of
    :data:`_LANGUAGE_ARTICLES` before a person's noun (:func:`_names_person`), and the words it
    stands for (``gap``) hold a pronoun of that article's language of the other gender."""
    words = [t for t in content if t.is_word]
    rule = _LANGUAGE_ARTICLES.get(words[0].folded) if len(words) > 1 and _names_person(words) else None
    if rule is None:
        return False
    gender, pronouns = rule
    return any(t.is_word and pronouns.get(t.folded, gender) != gender for t in gap)


def _sex_against_pronoun(named: list[Token], pronouns: set[str], page: str = "") -> bool:
    """Whether ``named`` (one side's words; ``page``, the source's text) name a person of one sex
    (:func:`archiver.quotes.person_sex.named_sex`: a given name, a noun of one sex) and
    ``pronouns`` (the other side's pronoun groups, :func:`_persons`) hold a pronoun of the other
    sex only (rules 44)."""
    if "3p" in pronouns and any(t.folded in AND_WORDS for t in named if t.is_word):
        return False  # "[Klaus Weber und Peter Schulz]" for an object "sie" ("her" or "them")
    sex = named_sex([t.text for t in named if t.is_word], page) or page_sex([t.text for t in named if t.is_word], page)
    gendered = pronouns & {"3m", "3f"}
    return sex is not None and bool(gendered) and sex not in gendered



def _masculine_only(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with an article of :data:`_MASCULINE_ONLY` before a person's noun."""
    words = [t for t in tokens if t.is_word]
    return len(words) > 1 and words[0].folded in _MASCULINE_ONLY and _names_person(words)


def _persons(tokens: list[Token], after: str = "", before: str = "") -> set[str]:
    """The groups of :data:`PRONOUN_GROUPS` of the pronouns among ``tokens``, the gender of
    the article opening a person's noun (:data:`_ARTICLE_GENDERS`: "[El ministro]" is a "3m",
    "[El banco]" none: :func:`_names_person`), and German "Sie" as "3f" before a verb of the
    third person singular in ``after``, the text right after the tokens ("Sie sagte"), or after
    one ending ``before``, the word right before them ("sagte sie":
    :func:`archiver.quotes.person_sex.german_sie_sex`)."""
    words = [t for t in tokens if t.is_word]
    if (she := german_sie_sex([t.text for t in words], after, before)) is not None:
        return {"3f", "3p"} if she == OBJECT_SIE else {she}  # an object "sie": "her" or "them"
    found = {g for t in words if (g := PRONOUN_GROUPS.get(t.folded)) is not None}
    found |= {g for t in words if t.text[:1].isupper() and (g := _CAPITALISED_GROUPS.get(t.folded)) is not None}
    if len(words) > 1 and (article := _ARTICLE_GENDERS.get(words[0].folded)) is not None and _names_person(words):
        found.add(article)
    return found


#: Pronouns, possessives, demonstratives and articles (of the covered languages) that make
#: the words a bracket stands for refer to someone or something a name may then spell out
#: ("[Berg]" for "she", "[Acme]" for "the company", "[Berg's]" for "her").
_ENGLISH_REFERRING = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers", "its",
     "their", "theirs", "our", "my", "your", "this", "that", "these", "those", "the", "who", "whom", "whose",
     "one", "someone", "somebody", "everyone", "anyone"])
REFERRING_WORDS = _ENGLISH_REFERRING | frozenset(
    [
     "er", "sie", "es", "ihn", "ihm", "ihr", "ihnen", "sein", "seine", "seinen", "seinem", "seiner", "ihre",
     "ihren", "ihrem", "der", "die", "das", "den", "dem", "des", "dieser", "diese", "dieses",
     "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "le", "la", "les", "l", "ce",
     "cet", "cette", "ces", "celui", "celle",
     "lei", "loro", "suo", "sua", "suoi", "sue", "lo", "gli", "questo", "questa", "quello", "quella",
     "él", "ella", "ellos", "ellas", "su", "sus", "el", "los", "las", "este", "esta", "ese", "esa",
     "ele", "ela", "eles", "elas", "seu", "sua", "o", "a", "os", "as", "dele", "dela",
     "он", "она", "оно", "они", "его", "её", "ее", "их", "ему", "ей", "им", "этот", "эта", "это", "эти", "тот"]
)


_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
    ]
)


def _kinds_of(tokens: list[Token], pred: Callable[[str], bool]) -> set[str]:
    return {t.folded for t in tokens if pred(t.folded)}


def _is_quantity(w: str) -> bool:
    return w in QUANTITY


def _is_date(w: str) -> bool:
    return w in DATE_WORDS or w in TIME_WORDS


#: The most letters a bracket glued to the end of a word may stand for, or hold: an ending
#: ("withdr[ew]" for "withdraw", "continue[s]"), not another word ("sign[aled]" for "signed").
MAX_ENDING = 3


def _starts_word(pieces: tuple[str | Bracket, ...], k: int) -> bool:
    """Whether the bracket at ``pieces[k]`` stands at the start of its word (no letter before it)."""
    prev = pieces[k - 1] if k > 0 else None
    return not (isinstance(prev, str) and prev[-1:].isalnum())


def _attached_note(br: Bracket, gap_text: str, at_start: bool) -> str | None:
    """Why a bracket glued to a word makes it another word, or None.

    Style guides use it for an ending ("withdr[ew]") or a letter's case ("[T]he", read as a
    letter bracket before this). Letters put before a word or standing for its beginning
    ("[re]signed" for "signed", "[under]estimated" for "overestimated") make another word, and
    so does an "ending" longer than :data:`MAX_ENDING` letters: both are ``altered``.
    """
    same = gap_text.lower() == br.content.lower()
    if same:
        return None
    if br.content.lower() in NEGATING_PREFIXES + ("n't", "not"):
        return f"the bracketed {br.raw!r} turns a word into its negation"
    if at_start:
        return f"the bracketed {br.raw!r} changes the beginning of the word, making another word"
    if len(br.content) > MAX_ENDING or len(gap_text) > MAX_ENDING:
        return f"the bracketed {br.raw!r} replaces {gap_text!r}: more than the word's ending"
    return None


def _is_role(w: str) -> bool:
    return w in ROLE_WORDS


def _is_bound(w: str) -> bool:
    return w in BOUND_WORDS


def _is_hedge(w: str) -> bool:
    return w in HEDGES or w in DEGREE_WORDS


def _is_exception(w: str) -> bool:
    return w in EXCEPTION_WORDS


def _is_doubt(w: str) -> bool:
    return w in DOUBT_WORDS


#: The classes of word a bracket may not add, drop or change, with what a note calls each, in the
#: order they are judged (negations first, then these, then modals and words that dispute).
_CLASSES = ((is_number, "a number"), (_is_quantity, "a quantity word"), (_is_date, "a date"),
            (_is_bound, "a bound (such as before/after, above/below)"),
            (_is_hedge, "a qualifier (such as reportedly, about, may, too)"),
            (_is_exception, "an exception (such as except, unlike, instead)"))


def _of_a_class(folded: str) -> bool:
    """Whether ``folded`` is a word of one of :data:`_CLASSES` (a number, a quantity, a date, ...)."""
    return any(is_kind(folded) for is_kind, _ in _CLASSES)


def _word_class_note(raw: str, content_toks: list[Token], gap_toks: list[Token]) -> str | None:
    """Why the bracket ``raw`` (its words ``content_toks``, standing for ``gap_toks``) changes a
    negation, a class of word of :data:`_CLASSES` or a modal, or None."""
    if _negations(content_toks) != _negations(gap_toks):
        return f"the bracketed {raw!r} changes a negation"
    for is_kind, what in _CLASSES:
        if _kinds_of(content_toks, is_kind) != _kinds_of(gap_toks, is_kind):
            return f"the bracketed {raw!r} changes {what}"
    if modal := modal_note(raw, content_toks, gap_toks):
        return modal
    if _kinds_of(content_toks, _is_doubt) != _kinds_of(gap_toks, _is_doubt):
        return f"the bracketed {raw!r} changes a word that disputes (such as false, denied, whether)"
    return None


def _negations(tokens: list[Token]) -> int:
    """Negations, counting the verbs that negate what follows ("[failed to]" flips as "[not]")."""
    return negation_count(tokens) + sum(1 for t in tokens if t.folded in NEGATING_VERBS)


def _name_like(t: Token, english: bool = False) -> bool:
    """A capitalised word that is not a pronoun or article of a covered language ("[The mayor]"
    is not a name, nor "Él", "Er", "Elle", "Он" at a sentence's start: red team q39 read "[El
    ministro]" for "Él" as a name replaced). In an English passage (``english``) only English
    ones are none: "Ella", "Elle", "Lei" there are names ("[Tom Hanks] sang" for "Ella sang"
    passed ``normalized`` under rules 39: review rvq39)."""
    if not t.text[:1].isupper() or t.folded in _NOT_NAMES:
        return False
    return t.folded not in REFERRING_WORDS or (english and t.folded not in _ENGLISH_REFERRING)
