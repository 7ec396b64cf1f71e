"""A denial whose verb is split, or whose denied claim follows its comma (quote rules 30, 32).

Rules 14 read a denying verb right before its "that" ("denied that", "bestritt, dass"). German
splits two of its commonest denials into a verb and a particle that closes the clause: "Er wies
die Vorwürfe zurück, dass ...", "Sie stritt ab, dass ..." (rejected, denied); the word before
"dass" is then the particle, and the denial was not read. German also reports the denied claim
after the comma with no "dass", in the subjunctive of reported speech: "Der Minister bestritt,
er habe Geld angenommen". A quote cut from either claim ("dass er gelogen habe", "er habe Geld
angenommen") states as a fact what the source reports denied: :func:`split_denial` finds the
denying verb of a particle, :func:`denied_after_comma` the denial before a quote that follows
its comma. Rules 32: a relative clause set off by commas inside the object of a split denial
("wies den Vorwurf, den die Opposition erhob, zurück, dass ...") is read past to the verb; so is
an English aside between a denying verb and its "that" or its object ("He denied, in a statement
on Monday, that he had lied", "She rejected, in an interview, claims that ...":
:func:`word_before_aside`).
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import WORD, fold_word, is_negation
from archiver.quotes.model import Difference

#: Separable particles that close a denial's clause, and the finite forms of the verbs they
#: split from ("wies ... zurück", "stritt ... ab").
SPLIT_DENIALS: dict[str, frozenset[str]] = {
    "zurück": frozenset(["wies", "wiesen", "weist", "weisen", "wiest", "weise"]),
    "ab": frozenset(["stritt", "stritten", "streitet", "streiten", "strittet", "streite"]),
}
#: German denying verbs written as one word, a split verb's participle or its verb-final form
#: among them ("hat zurückgewiesen, dass", "weil er abstritt, dass").
GERMAN_DENYING = frozenset(["bestritt", "bestritten", "bestreitet", "bestreiten", "dementierte", "dementiert",
                            "dementierten", "zurückgewiesen", "abgestritten", "zurückwies", "zurückweist",
                            "abstritt", "abstreitet",
                            # verbs of doubting and disowning, as a denial's comma reads them ("Experten bezweifeln,
                            # die Impfung schütze ...": red team lead53 left it, q74)
                            "bezweifeln", "bezweifelt", "bezweifelte", "bezweifelten", "bezweifle", "anzweifeln",
                            "zweifeln", "zweifelt", "zweifelte", "zweifelten", "leugnet", "leugnen", "leugnete",
                            "leugneten", "verneint", "verneinen", "verneinte", "verneinten"])
#: How many words before its particle the split verb may stand (its object: "die Vorwürfe
#: gegen ihn entschieden").
_REACH = 8
#: Finite verbs of reported speech (the subjunctive German reports a claim in) that make the
#: clause after a denial's comma the claim denied ("bestritt, er habe", "wies zurück, sie sei").
_REPORTED_VERBS = frozenset(["habe", "sei", "seien", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "wisse",
                             "hätte", "hätten", "wäre", "wären"])
#: Articles that open the subject of a reported clause of a noun and that verb ("die Firma
#: habe"); a pronoun subject stands alone before it ("er habe").
_ARTICLES = frozenset(["der", "die", "das", "ein", "eine", "kein", "keine", "sein", "seine", "ihr", "ihre"])
_PRONOUNS = frozenset(["er", "sie", "es", "man", "wir", "ich", "du", "ihr", "das", "dies"])
#: Words ending as a finite verb does ("-e", "-t", "-en") that are not one, read where a reported clause's verb would
#: stand ("er nicht", "die Firma jetzt").
_NOT_VERBS = frozenset(["nicht", "jetzt", "selbst", "erst", "fast", "bereits", "längst", "zuletzt", "meist", "oft",
                        "gut", "weit", "recht", "heute", "gerne", "gern", "eben", "ebenfalls", "zuerst", "zunächst",
                        "etwa", "mindestens", "höchstens", "wenigstens", "seit", "bisher", "alle", "diese", "jene",
                        "keine", "eine", "einen", "den", "denen", "ihnen", "schon", "besonders", "offen"])
_WORDS = re.compile(rf"({WORD})")
_COMMA_BEFORE = re.compile(rf"({WORD}),[ \t\u00a0\u202f]*$")
_LOOK_BACK = 120


def split_denial(original: str, particle: re.Match[str]) -> re.Match[str] | None:
    """The finite verb of a split German denial whose particle ``particle`` (a match of one word
    in ``original``) closes it ("wies" of "wies die Vorwürfe zurück"), within :data:`_REACH`
    words of its clause before it (no clause mark between); None if there is none."""
    verbs = SPLIT_DENIALS.get(fold_word(particle.group(1)))
    if verbs is None:
        return None
    window_start = max(0, particle.start(1) - _LOOK_BACK)
    window = original[window_start:particle.start(1)]
    relative = _RELATIVE_BEFORE.search(window)
    if relative is not None and _opens_relative(relative.group(2)):
        # "wies den Vorwurf, den die Opposition erhob, zurück": the relative clause read past (rules 32)
        clause, offset = relative.group(1), window_start + relative.start(1)
    else:
        clause = re.split(r"[.,;:!?\n]", window)[-1]
        offset = particle.start(1) - len(clause)
    for w in reversed(list(_WORDS.finditer(clause))[-_REACH:]):
        if fold_word(w.group(1)) in verbs:
            return re.compile(rf"({WORD})").match(original, offset + w.start(1))
    return None


#: German relative pronouns that open a clause set off by commas inside a denial's object.
_RELATIVES = frozenset(["der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche", "welcher", "welches",
                        "welchen", "welchem"])


#: A clause, then a relative clause set off by commas, right before a split denial's particle.
_RELATIVE_BEFORE = re.compile(r"([^.,;:!?\n]*),([^.,;:!?\n]*),[ \t\u00a0\u202f]*$")


def _opens_relative(part: str) -> bool:
    """Whether ``part`` (the words between two commas) opens with a German relative pronoun and
    holds a few words more ("den die Opposition erhob")."""
    words = [fold_word(w) for w in _WORDS.findall(part)]
    return 2 <= len(words) <= _REACH and words[0] in _RELATIVES


#: An aside set off by commas right before a position: the word before its opening comma, then
#: at most :data:`_ASIDE_WORDS` words with no clause mark ("denied, in a statement on Monday, ").
_ASIDE_BEFORE = re.compile(rf"({WORD}),[ \t\u00a0\u202f]+([^.,;:!?\n()\"\u201c\u201d]+),[ \t\u00a0\u202f]*$")
_ASIDE_WORDS = 8
#: The same aside set off by a pair of dashes ("has always denied — in court and outside it — ";
#: review of rules 32).
_DASH_ASIDE_BEFORE = re.compile(rf"({WORD})[ \t\u00a0\u202f]+(?:[\u2013\u2014]|--)[ \t\u00a0\u202f]+"
                                r"([^.,;:!?\n()\"\u201c\u201d\u2013\u2014]+?)[ \t\u00a0\u202f]+(?:[\u2013\u2014]|--)"
                                r"[ \t\u00a0\u202f]*$")


def word_before_aside(original: str, at: int) -> re.Match[str] | None:
    """The word before an aside set off by commas or dashes that ends right before ``original[at]``
    ("denied" of "denied, in a statement on Monday, ", of "denied — in court — "); None if there is
    none."""
    m = (_ASIDE_BEFORE.search(original, max(0, at - _LOOK_BACK), at)
         or _DASH_ASIDE_BEFORE.search(original, max(0, at - _LOOK_BACK), at))
    if m is None or not 1 <= len(_WORDS.findall(m.group(2))) <= _ASIDE_WORDS:
        return None
    return _WORDS.match(original, m.start(1))


def denying_before_comma(original: str, at: int) -> re.Match[str] | None:
    """The German denying word ("bestritt", or a split verb's "wies" before "zurück") whose clause
    ends at the comma right before ``original[at]``; None if there is none."""
    m = _COMMA_BEFORE.search(original, max(0, at - _LOOK_BACK), at)
    if m is None:
        return None
    if fold_word(m.group(1)) in GERMAN_DENYING:
        return m
    return split_denial(original, m) or _denying_before_adverbs(original, m)


#: How many words, none a negation, may stand between a denying verb and its comma ("bestritt
#: energisch, ", "bestreitet weiterhin vehement, "; review of rules 30).
_ADVERBS_BEFORE_COMMA = 2


def _denying_before_adverbs(original: str, comma_word: re.Match[str]) -> re.Match[str] | None:
    """The denying word a few words before the comma after ``comma_word`` (its clause's last word),
    with no negation and no clause mark between ("bestritt energisch, "; not "bestritt nicht, ",
    "bestritt es nie, ": he did not deny it); None if there is none."""
    clause = original[max(0, comma_word.start(1) - _LOOK_BACK):comma_word.start(1)]
    clause = re.split(r"[.,;:!?\n]", clause)[-1]
    offset = comma_word.start(1) - len(clause)
    if is_negation(fold_word(comma_word.group(1)), "de"):
        return None
    for between, w in enumerate(reversed(list(_WORDS.finditer(clause)))):
        folded = fold_word(w.group(1))
        if folded in GERMAN_DENYING:
            return _WORDS.match(original, offset + w.start(1))
        if between + 1 >= _ADVERBS_BEFORE_COMMA or is_negation(folded, "de"):
            return None
    return None


def denied_after_comma(quote_text: str, original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (from ``original[start]``)
    follows the comma closing a German denial and opens the claim denied: with its "dass"
    ("dass er Geld angenommen habe" of "Er bestritt, dass ..."), or in the subjunctive of
    reported speech ("er habe Geld angenommen" of "Der Minister bestritt, er habe ...")."""
    if not _opens_claim(_WORDS.findall(quote_text)):
        return None
    denial = denying_before_comma(original, start)
    if denial is None:
        return None
    return Difference("leading_qualifier", True, None, denial.group(1), denial.start(1), denial.end(1),
                      note=f"the quote starts right after {denial.group(1)!r}, which denies or doubts them in "
                           "the source")


def _opens_claim(words: list[str]) -> bool:
    """Whether a quote of ``words`` opens a denied claim: with "dass", or as a main clause of
    reported speech, its subjunctive verb second (after a pronoun: "er habe"; after an article
    and a noun: "die Firma habe"). A relative clause's verb comes last ("die \u00abgegendert\u00bb
    seien", after "weise amtliche Papiere zur\u00fcck, ": papers sent back, no claim denied)."""
    folded = [fold_word(w) for w in words[:3]]
    if not folded:
        return False
    if folded[0] in ("dass", "daß"):
        return True
    if len(folded) >= 2 and _finite(words[1], folded[1]) and folded[0] in _PRONOUNS:
        return True  # "er habe", "sie sei", "er heile"
    return (len(folded) == 3 and folded[0] in _ARTICLES and words[1][:1].isupper()
            and _finite(words[2], folded[2]))  # "die Firma habe", "die Impfung schütze", "die Impfung schützt"


def _finite(word: str, folded: str) -> bool:
    """Whether ``word`` may be the finite verb of a reported clause right after its subject: one of
    :data:`_REPORTED_VERBS`, or a lowercase word ending as a German present or its subjunctive does
    ("schütze", "schützt", "heilen"; q74: "bezweifeln, die Impfung schützt ..." in the indicative was
    read as no claim), not a word of :data:`_NOT_VERBS`."""
    if folded in _REPORTED_VERBS:
        return True
    return (word[:1].islower() and len(folded) > 3 and folded.endswith(("e", "t", "en"))
            and folded not in _NOT_VERBS)
