"""Conditions and past habits told by a verb's mood or tense around a quote (quote rules 30).

Portuguese "desde que" is a condition ("provided that") before a subjunctive ("O acordo será
assinado desde que o governo aprove", "desde que haja verba") and a time ("since") before an
indicative ("Ele mora em Lisboa desde que se casou", "desde que a fábrica abriu"): only the
first limits the claim before it. Spanish "de no haber" and "de no ser" before a participle or
"por" make the claim before them a counterfactual's ("El equipo habría ganado de no haber
llovido", "de no haber sido por la lluvia", "de no ser por el rescate"): a quote ending before
them states as done what the source says was not. "back when" after an English "would" tells a
past habit (:func:`habit_then`); a sentence-opening "Antes" or "Un tempo" before a Romance
imperfect (rules 30 to 34) is read as a past claim's date since rules 35
(:mod:`archiver.quotes.past_tense`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word

#: Irregular Portuguese present subjunctives (third person) a condition's clause may hold.
_PT_SUBJUNCTIVE = frozenset([
    "haja", "hajam", "seja", "sejam", "esteja", "estejam", "tenha", "tenham", "possa", "possam", "faça", "façam",
    "queira", "queiram", "saiba", "saibam", "dê", "deem", "vá", "vão", "venha", "venham", "mantenha", "mantenham",
    "caiba", "traga", "tragam", "diga", "digam", "ponha", "ponham", "veja", "vejam", "ouça", "peça", "perca",
    "siga", "sigam", "sirva", "durma",
])
#: Endings of a Portuguese indicative past ("casou", "abriu", "chegaram", "vivia"): "desde que"
#: before one is "since".
_PT_PAST_ENDINGS = ("ou", "iu", "eu", "aram", "eram", "iram", "ava", "avam", "ía", "íam")
#: Irregular Portuguese indicative pasts ("desde que era criança", "desde que foi eleito").
_PT_PAST = frozenset(["era", "eram", "foi", "foram", "esteve", "estiveram", "teve", "tiveram", "fez", "fizeram",
                      "veio", "vieram", "pôs", "disse", "houve", "tinha", "tinham", "estava", "estavam"])
#: How many words after "que" are read for its clause's verb (a subject before it: "o governo").
_REACH = 4
#: Shortest word read as a regular subjunctive ("a", "se", "em" are not).
_SHORTEST = 4
_WORDS = re.compile(rf"({WORD})")


def subjunctive_follows(after: str, at: int) -> bool:
    """Whether the clause from ``after[at]`` (the words after "desde que") holds a Portuguese
    present subjunctive before any indicative past, within :data:`_REACH` words: an irregular one
    (:data:`_PT_SUBJUNCTIVE`) or a regular one, an "-ar" verb's "-e"/"-em" or an "-er"/"-ir"
    verb's "-a"/"-am" whose infinitive the Portuguese word list holds ("aprove" of "aprovar",
    "receba" of "receber"; the indicative "aprova" has no infinitive "aprover")."""
    for w in _WORDS.findall(re.split(r"[.,;:!?\n]", after[at:])[0])[:_REACH]:
        folded = fold_word(w)
        if folded in _PT_SUBJUNCTIVE:
            return True
        if folded.endswith(_PT_PAST_ENDINGS) or folded in _PT_PAST:
            return False
        if len(folded) >= _SHORTEST and _regular_subjunctive(folded):
            return True
    return False


def _regular_subjunctive(folded: str) -> bool:
    from archiver.quotes.wordlist import is_word  # its word list is read on first use only

    stem = folded[:-1] if folded.endswith(("e", "a")) else folded[:-2] if folded.endswith(("em", "am")) else ""
    if not stem:
        return False
    if folded.endswith(("e", "em")):
        return is_word(stem + "ar", "pt")
    return is_word(stem + "er", "pt") or is_word(stem + "ir", "pt")


def counterfactual_de_no(words: list[str]) -> bool:
    """Whether ``words`` (folded, from the word after the quote's end) open a Spanish
    counterfactual condition: "de no haber" before a participle, "de no ser por"."""
    if words[:2] != ["de", "no"] or len(words) < 4:
        return False
    if words[2] == "haber":
        return words[3].endswith(("ado", "ido", "to", "cho", "so"))  # "llovido", "sido", "hecho", "puesto"
    return words[2] == "ser" and words[3] == "por"


#: Words after a quote's end that date a habit "would" tells ("He would walk to work back when
#: he lived in town"): without them "would" reads as a condition or a wish, not a past habit.
#: "back in" only before a year or a decade ("back in 1985", "back in the 1970s"; rules 32), not
#: before another word ("would walk back in the rain": the verb's particle).
_HABIT_THEN = frozenset([("back", "when"), ("back", "then")])
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?:s|'s|\u2019s)?$")


def habit_then(quote_words: list[str], pair: tuple[str, str], after: list[str] = []) -> bool:  # noqa: B006
    """Whether the quote (``quote_words``, folded) tells a habit with "would" and ``pair`` (the
    two words after its end, folded; ``after``: the two after them, as written) dates it in the
    past."""
    if "would" not in quote_words:
        return False
    if pair == ("back", "in"):  # the words after it as written, their marks cut off
        words = [w.strip(".,;:!?)\u2026").lower() for w in after]
        year = words[1] if words[:1] == ["the"] and len(words) > 1 else words[0] if words else ""
        return _YEAR.match(year) is not None
    return pair in _HABIT_THEN


#: A sentence's opener that dates a habit "would" tells after it ("Back in 1985, we would walk to
#: school", "Back then we would", "In those days, they would"; rules 32; "Years ago, ", "When I
#: was a child, ": review of rules 32).
_BACK_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)[\s\"'\u201c\u201e\u00ab]*(?:back[ \t]+(?:in[ \t]+(?:the[ \t]+)?"
                          r"(?:1[5-9]|20)\d\d(?:s|'s|\u2019s)?|then|in[ \t]+the[ \t]+day)|in[ \t]+those[ \t]+days"
                          # review of rules 32: "Years ago, ", "Long ago, ", "When I was a child, "
                          r"|(?:many[ \t]+)?(?:years|decades)[ \t]+ago|long[ \t]+ago|when[ \t]+(?:i|we)[ \t]+"
                          r"(?:was|were)[ \t]+(?:a[ \t]+)?(?:child|children|kid|kids|young|little|boy|boys|girl|girls"
                          r"|teenager|teenagers))"
                          r"[ \t]*,?[ \t]+$", re.IGNORECASE)


def back_then_opener(quote_words: list[str], before: str) -> re.Match[str] | None:
    """The opener of a past habit ("Back in 1985, ") that ``before`` (the text before a quote, to
    its start) ends with, when the quote (``quote_words``, folded) tells the habit with "would";
    without it "would" reads as a condition or a wish."""
    if "would" not in quote_words or _would_have_done(quote_words):
        return None
    return _BACK_OPENER.search(before)


#: Past participles without "-ed", "-en", "-wn" ("would have had", "would have been").
_IRREGULAR_PARTICIPLES = frozenset(["been", "had", "done", "made", "said", "thought", "felt", "kept", "told", "left",
                                    "lost", "found", "won", "run", "put", "come", "become", "gone", "got", "bought",
                                    "brought", "paid", "sold", "met", "held", "stood", "sent", "spent", "built"])


def _would_have_done(quote_words: list[str]) -> bool:
    """Whether the quote's "would" opens a counterfactual: "have" (one word, "not", "never",
    "ever" between) and a past participle ("would not have believed", "would have been"; review
    of rules 32): no habit, which "would have dinner" can be."""
    for i, w in enumerate(quote_words):
        if w != "would":
            continue
        rest = [x for x in quote_words[i + 1:i + 5] if x not in ("not", "never", "ever", "n't", "also")]
        if len(rest) >= 2 and rest[0] == "have" and (
                rest[1].endswith(("ed", "en", "wn")) or rest[1] in _IRREGULAR_PARTICIPLES):
            return True
    return False


#: ", wenn" right after a match, and what before a match shows its sentence opens there.
_COMMA_WENN = re.compile(r"[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(wenn)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:]\s+|\n)[\s\"'\u201c\u201e\u00ab\u00bb(]*$")


#: Words of a main clause after which its ", wenn" is no condition on it: a correlate "es" after
#: the verb or a copula's ("Noch besser ist es, wenn", "Meist genügt es schon, wenn": the
#: clause is the subject), a verb's object ("Ich habe nichts dagegen, wenn", "zeigt an, wenn",
#: "glauben", "sich freuen"), a subjunctive (read by the counterfactual rule), and adverbs of
#: time or frequency that make "wenn" a recurring "when" ("Diese Frage kommt häufig auf, wenn",
#: "erst an einem kommenden Tag", "auch dann, wenn").
_WENN_NOT_A_CONDITION = frozenset([
    "dagegen", "an", "auf", "glauben", "glaube", "glaubt", "merken", "merkt", "sehen", "sieht", "mich", "dich",
    "sich", "uns", "euch", "gern", "gerne", "hätte", "hätten", "wäre", "wären", "würde", "würden", "könnte",
    "könnten", "sollte", "sollten", "müsste", "dürfte", "häufig", "oft", "immer", "jedesmal", "mal", "erst",
    "spätestens", "dann", "meist", "meistens", "stets", "manchmal", "selten", "wieder", "nennt", "nennen",
    "heißt", "durfte", "konnte", "musste", "sollte", "wollte",
])
_CORRELATE_AFTER_FIRST = frozenset(["es"])
#: "wenn auch" before a phrase with no verb of its own is "albeit", a concession that leaves the
#: claim whole ("ein Erfolg, wenn auch ein teurer", "voll, wenn auch nicht überfüllt", "wächst,
#: wenn auch langsam"; review of rules 32): an article, a negation, "nur", "mit", "ohne" after
#: "auch", or one word before the sentence's next mark. Not "wenn auch die Dosis stimmt".
_CONCESSIVE_WENN_AUCH = re.compile(
    r"[ \t\u00a0\u202f]+auch[ \t\u00a0\u202f]+(?:(?:ein|eine|einer|einem|einen|eines|nicht|nur|kaum|mit|ohne|noch|"
    r"etwas|deutlich|vorerst)\b|[^\W\d_]+[ \t\u00a0\u202f]*(?:[.,;:!?)\u2013\u2014]|$))", re.IGNORECASE)
#: A "wenn" clause about the speaker's own saying ("wenn ich ehrlich bin", "wenn Sie mich fragen",
#: "wenn man so will"; review of rules 32): no condition on the claim.
_WENN_ABOUT_SAYING = re.compile(
    r"[ \t\u00a0\u202f]+(?:ich[ \t\u00a0\u202f]+ehrlich[ \t\u00a0\u202f]+bin|man[ \t\u00a0\u202f]+ehrlich"
    r"[ \t\u00a0\u202f]+ist|(?:sie|du|ihr)[ \t\u00a0\u202f]+mich[ \t\u00a0\u202f]+(?:fragen|fragst|fragt)|man"
    r"[ \t\u00a0\u202f]+so[ \t\u00a0\u202f]+will)\b", re.IGNORECASE)
_COPULAS = frozenset(["ist", "war", "sei", "gibt", "gab", "wäre"])


def wenn_after_clause(quote_words: list[str], original: str, start: int, end: int) -> re.Match[str] | None:
    """The "wenn" of ", wenn" right after a match (``original[start:end]``; ``quote_words`` its
    words, folded) that is its sentence's whole main clause, cut at the comma ("Es wirkt" of "Es
    wirkt, wenn man es früh nimmt", "Das Werk schließt, wenn kein Käufer gefunden wird"): the
    condition the claim hangs on (rules 32; rules 28 read ", wenn" after any indicative and the
    survey refused 50 faithful quotes). Not after :data:`_WENN_NOT_A_CONDITION`, a correlate
    "es" after the first word or a sentence-opening "Es" before a copula ("Es ist gut, wenn")."""
    if _OPENS_SENTENCE.search(original, max(0, start - 8), start) is None or len(quote_words) < 2:
        return None
    if any(w in _WENN_NOT_A_CONDITION for w in quote_words) or "es" in quote_words[1:] or (
            quote_words[0] == "es" and quote_words[1] in _COPULAS):
        return None
    wenn = _COMMA_WENN.match(original, end)
    if wenn is not None and (_CONCESSIVE_WENN_AUCH.match(original, wenn.end())
                             or _WENN_ABOUT_SAYING.match(original, wenn.end())):
        return None  # "ein Erfolg, wenn auch ein teurer", "ernst, wenn ich ehrlich bin"
    if wenn is not None and _owned_by_next_clause(original, wenn.end()):
        return None  # "Das ist so geplant, wenn es klappt, wird es im Mai eröffnet" (rules 35)
    return wenn


#: The rest of a "wenn" clause to its comma, and the two words after that comma.
_WENN_CLAUSE = re.compile(r"([^,.;:!?\n]*),[ \t\u00a0\u202f]*(\w+)(?:[ \t\u00a0\u202f]+(\w+))?")
#: Finite verbs (and "dann") that, right after the comma closing a "wenn" clause, open the main
#: clause the condition is fronted to ("..., wenn ich es schaffe, wird es ...").
_FRONTED_TO = frozenset(["wird", "werden", "ist", "sind", "kann", "können", "muss", "müssen", "soll", "sollen",
                         "will", "wollen", "darf", "dürfen", "würde", "würden", "wäre", "wären", "gibt", "geht",
                         "kommt", "bleibt", "dann", "werde", "bin", "möchte", "könnte", "könnten", "sollte",
                         # verbs of an event or an amount, none of saying (review of rules 35)
                         "beginnt", "beginnen", "startet", "starten", "endet", "enden", "folgt", "folgen", "steigt",
                         "steigen", "sinkt", "sinken", "fällt", "fallen", "kostet", "kosten", "gilt", "gelten",
                         "läuft", "laufen", "fließt", "fließen", "entsteht", "entstehen", "öffnet", "schließt"])
#: Pronouns or words after that verb that show its own subject ("wird es", "dann kommen wir").
_OWN_SUBJECT = frozenset(["es", "das", "er", "sie", "ich", "wir", "man", "ihr", "du", "der", "die", "dies",
                          "alles", "nichts", "wird", "werden", "kann", "können", "ist", "sind", "gibt"])
#: Words after that verb that make it a verb of saying the quote's clause is set in ("ist zu
#: befürchten", "hat er gesagt"): the condition is still the quote's.
_SAYING_AFTER = frozenset(["zu", "gesagt", "erklärt", "betont", "versprochen", "angekündigt", "gewarnt"])


def _owned_by_next_clause(original: str, at: int) -> bool:
    """Whether the "wenn" clause starting at ``original[at]`` closes with a comma and a finite
    verb that opens a main clause of its own with its subject (:data:`_FRONTED_TO`,
    :data:`_OWN_SUBJECT`: "..., wenn ich es schaffe, wird es ..."): the condition is fronted to
    that clause, no condition on the words before it (rules 35; not "..., wenn man es früh
    nimmt, sagt der Arzt": a verb of saying, the condition still the quote's)."""
    m = _WENN_CLAUSE.match(original, at)
    if m is None:
        return False
    verb, subject = m.group(2).casefold(), (m.group(3) or "").casefold()
    return verb in _FRONTED_TO and subject in _OWN_SUBJECT and subject not in _SAYING_AFTER


#: A "wenn" clause that only says whom to believe ("wenn man den Berichten glaubt", "wenn man
#: der Polizei Glauben schenkt", "wenn die Angaben stimmen"): a hedge on the report, not a
#: condition of the claim (rules 35: still material, named for what it is).
_WENN_BELIEVE = re.compile(r"[^,.;:!?\n]*\b(?:glaubt|glauben|glauben[ \t]+darf|glauben[ \t]+kann|glauben[ \t]+will|"
                           r"glauben[ \t]+mag|schenkt|traut|vertraut|stimmen|stimmt|zutreffen|zutrifft)"
                           r"[ \t\u00a0\u202f]*(?:[,.;:!?\n]|$)", re.IGNORECASE)


def wenn_believes(original: str, at: int) -> bool:
    """Whether the "wenn" clause starting at ``original[at]`` (right after "wenn") ends with a verb
    of believing or of being true (:data:`_WENN_BELIEVE`): "wenn man den Berichten glaubt"."""
    return _WENN_BELIEVE.match(original, at) is not None
