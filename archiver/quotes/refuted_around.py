"""A claim the source refutes outside the quoted words: in the sentence after it, in the predicate
whose subject clause it is, or in a fact-check's label before it (quote rules 74, red team q74).

"The vaccine causes autism" is a verbatim sentence of "The vaccine causes autism. This claim has
been debunked by dozens of studies.", of "That the vaccine causes autism is false.", and of
"Myth: The vaccine causes autism." Each source says the claim is false; a quote of it alone states
it as the source's. The refutations a quote's edge already reads (a doubting verb before it, a
doubting tail after its comma: :func:`archiver.quotes.trail_limit._doubting_tail`) stop at its
sentence; these three frames lie just outside it.

* **The next sentence** (:func:`refuted_next`): the match ends its sentence (a full stop or an
  exclamation mark, a closing quotation mark allowed), and the next sentence, of at most
  :data:`_NEXT_WORDS` words, opens with words that point back at it (:data:`_POINTING_BACK`: "This
  claim", "That", "None of this", "Diese Behauptung", "Cette affirmation", "Esta afirmación",
  "Questa affermazione", "Essa afirmação", "Это утверждение", "There is no truth to this") and calls
  it false in its first predicate (before a conjunction, within :data:`_FIRST_PREDICATE` words): a
  doubting verb (:data:`archiver.quotes.trail_limit.TAIL_DOUBT_VERBS`: "debunked", "widerlegt"), a
  word of falsehood right after a copula (:data:`archiver.quotes.lexicon.DOUBT_WORDS`,
  :data:`_FALSEHOODS`: "That is false.", "This is a myth.", "C'est une légende."), anywhere in a
  sentence of at most :data:`_SHORT` words ("Это неправда."), or a negated truth ("None of this is
  true", "Das stimmt nicht", "Esto no es cierto"); or it denies it outright, short ("Not true.",
  "Non è vero.", "Not so, says the agency": :func:`_denied_outright`). A next sentence that opens
  with a noun of its own ("The myth persists nonetheless", after "Vaccines do not cause autism"),
  merely goes on ("That is good news", "This finding has been confirmed"), judges after a verb of
  its own ("Dies erhöht den Erdgasbedarf und ist ... falsch": a policy called wrong), asks ("Is that
  true?"), or quotes a speaker refutes nothing.
* **The subject clause** (:func:`refuted_subject`): the match opens right after a sentence's
  first word, a "that" opening a clause that is the subject ("That", "Dass", "Que", "Che", "То,
  что"), and the rest of its sentence (at most :data:`_PREDICATE_WORDS` words) says it is false,
  a myth or not shown ("is false", "has never been proven", "ist falsch", "est faux", "— ложь").
  "That the bridge reopened on time surprised no one" says it reopened: nothing in it doubts.
* **The label** (:func:`labelled_false`): the match opens right after a line's or sentence's label
  of one or two words and a colon that calls what follows false, a myth or someone's claim
  (:data:`_FALSE_LABELS`: "Myth:", "FALSE:", "Claim:", "Falsch:", "Intox :", "Bulo:", "Bufala:",
  "Миф:"), the way fact-checks set out a claim before their verdict. "Fact:", "Note:", "Update:" are
  the writer's own.

A quote that reports the claim as someone's ("The company said the drug cures cancer") quotes the
report faithfully; the callers leave such quotes alone, as they do for the doubting tail.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import DOUBT_WORDS, TRUTH_WORDS, WORD, fold_word, is_negation
from archiver.quotes.model import Difference
from archiver.quotes.trail_limit import PERSON_PARTICIPLES, TAIL_DOUBT_VERBS
from archiver.quotes.unproven_lead import EVIDENCE_WORDS

_NEXT_WORDS = 16
_FIRST_PREDICATE = 6
_CONJUNCTIONS = frozenset(["and", "but", "or", "und", "aber", "oder", "et", "mais", "ou", "y", "pero", "e", "ma", "mas",
                           "и", "но", "или"])
_PREDICATE_WORDS = 12
#: Words of :data:`archiver.quotes.lexicon.DOUBT_WORDS` that, as a predicate, ask or grant rather than deny
#: ("whether", "beyond doubt", "sans doute").
_NOT_REFUTING = frozenset(["whether", "ob", "doubt", "doubts", "zweifel", "doute", "duda", "dubbio", "unclear",
                           "uncertain", "unklar", "fraglich", "incertain", "skeptical", "sceptical"])
#: Nouns of a falsehood told as fact, read as a predicate only ("is a legend", "è una bufala"): elsewhere they
#: name a thing ("a local legend", "the legend of Robin Hood").
_FALSEHOODS = frozenset(["legend", "hoax", "fabrication", "fiction", "fairy", "canard", "legende", "märchen",
                         "ente", "falschmeldung", "légende", "canular", "intox", "infox", "leyenda", "bulo", "patraña",
                         "leggenda", "bufala", "lenda", "boato", "farsa", "легенда", "выдумка", "фейк", "миф"])
_REFUTING = (DOUBT_WORDS | TAIL_DOUBT_VERBS | _FALSEHOODS) - _NOT_REFUTING
#: A next sentence this short may be its predicate alone ("Это неправда.", "Not true."): a word of falsehood
#: anywhere in it counts.
_SHORT = 4
#: How many words a sentence that denies the one before outright may hold ("Das stimmt nicht, sagt das
#: Gesundheitsamt"): a longer one's negation belongs to a predicate of its own ("Es war nicht so groß, aber ...").
_OUTRIGHT_WORDS = 8
#: "Not so," / "Nicht so." standing alone: not "Nicht so bei Geforce Now" (not so with ...), "not so big".
_NOT_SO = re.compile(r"[ \t\u00a0\u202f]*(?:not|nicht|pas|no|non|não)[ \t\u00a0\u202f]+(?:so|ainsi|así|così|assim)"
                     r"[ \t\u00a0\u202f]*[,.!\u2013\u2014]", re.IGNORECASE)
#: First words of a sentence that point back at the one before it (one word, or two: "none of").
_POINTING_BACK = frozenset([
    "this", "that", "these", "those", "such", "neither",
    "dies", "das", "diese", "dieser", "dieses", "solche",
    "cela", "ceci", "ce", "c'est", "cette", "ces", "cet", "ça",
    "esto", "eso", "esta", "este", "estas", "estos", "esa", "ese", "tal", "tales",
    "questo", "questa", "queste", "questi", "ciò", "quest'affermazione", "quest'idea", "quest'ipotesi",
    "isso", "isto", "essa", "esse", "essas", "esses",
    "это", "эта", "этот", "эти", "такие",
])
#: A sentence's opening that points back only with a pointing word later in it ("There is no truth to this").
_THERE_IS = frozenset([("there", "is"), ("there", "was"), ("there", "'s"), ("es", "gibt"), ("il", "n'y"), ("no", "hay")])
_POINTING_BACK_PAIRS = frozenset([
    ("none", "of"), ("nothing", "of"), ("nichts", "davon"), ("nichts", "daran"), ("rien", "de"), ("nada", "de"),
    ("nada", "disso"), ("nulla", "di"), ("niente", "di"), ("ничего", "из"), ("ничто", "из"),
])
#: Copulas after which a word of falsehood is the sentence's predicate ("That is false", "C'est faux").
_COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "remains", "ist", "war", "sind", "waren", "bleibt",
                      "est", "était", "sont", "es", "era", "son", "fue", "è", "era", "sono", "é", "foi", "são",
                      "является", "было", "был", "была", "c'est", "c'était"])
_TRUTH_REACH = 4
#: Nouns of truth, denied as "no truth to this", "kein Wort wahr", "aucune vérité".
_TRUTH_NOUNS = frozenset(["truth", "wahrheit", "vérité", "verdad", "verità", "verdade", "правды", "правда"])
#: Verbs of believing: denied by a negation near them in a subject clause's predicate, they say nobody holds it
#: ("Dass 5G das Virus verbreitet, glaubt niemand", "That it works, nobody believes").
_BELIEVING = frozenset(["believe", "believes", "believed", "glaubt", "glauben", "glaubte", "croit", "croient",
                        "cree", "creen", "crede", "credono", "acredita", "acreditam", "верит", "верят"])
#: Labels a fact-check sets before a claim it rates false, or reports as someone's claim.
_FALSE_LABELS = frozenset([
    "myth", "myths", "false", "fake", "hoax", "rumour", "rumor", "claim", "claims", "misleading", "false claim",
    "fake news", "misinformation", "disinformation", "debunked",
    "falsch", "mythos", "irreführend", "behauptung", "gerücht", "fake-news", "legende",
    "faux", "fausse", "intox", "infox", "rumeur", "mythe", "affirmation", "trompeur", "fake news",
    "bulo", "falso", "falsa", "mito", "engañoso", "engañosa", "afirmación", "rumor",
    "bufala", "affermazione", "fuorviante", "voce",
    "boato", "enganoso", "enganosa", "afirmação",
    "миф", "фейк", "ложь", "неправда", "слух", "утверждение",
])
_SENTENCE_END_AFTER = re.compile(r"[\"'\u201c\u201d\u00bb\u2019)\]]*[.!]+[\"'\u201d\u00bb\u2019)\]]*[ \t\u00a0\u202f]*\n?[ \t\u00a0\u202f]*")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")
_WORDS = re.compile(rf"{WORD}")
_SUBJECT_THAT = re.compile(
    r"(?:^|[.!?][\"'\u201d\u00bb]?[ \t\u00a0\u202f]+|\n)[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab]?"
    r"(?P<that>That|Dass|Daß|Que|Qu'|Qu\u2019|Che|То,[ \t\u00a0\u202f]*что|Что)[ \t\u00a0\u202f]*$")
_LABEL = re.compile(
    rf"(?:^|[.!?][ \t\u00a0\u202f]+|\n)[ \t\u00a0\u202f*_#>\-\u2022]*(?P<label>{WORD}(?:[ \t\u00a0\u202f-]{WORD})?)"
    r"[*_]*[ \t\u00a0\u202f]*:[*_]*[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab]?$")
_LOOK_BACK = 60


def _falsifies(words: list[str], first_predicate: bool = False) -> int | None:
    """The index of the word by which ``words`` (a sentence's or a predicate's, folded) call what
    they are said of false, or None: a doubting verb, a word of falsehood right after a copula (an
    article or an adverb between) or last, a truth word a negation near it denies. With
    ``first_predicate``, only in the sentence's first predicate: before any conjunction, within
    :data:`_FIRST_PREDICATE` words, a word of falsehood right after its copula ("Dies erhöht den
    Erdgasbedarf und ist ... energiewirtschaftlich falsch" judges a policy, after another verb)."""
    for i, w in enumerate(words):
        if first_predicate and (i > _FIRST_PREDICATE or w in _CONJUNCTIONS):
            return None
        if w in TAIL_DOUBT_VERBS and w not in PERSON_PARTICIPLES and w not in _NOT_REFUTING:
            return i
        after_copula = any(c in _COPULAS for c in words[max(0, i - 3):i])
        if w in _REFUTING and (after_copula or (i == len(words) - 1 and not first_predicate)
                               or len(words) <= _SHORT) and (w not in _FALSEHOODS or after_copula):
            return i
        if (w in TRUTH_WORDS or w in _TRUTH_NOUNS) and any(
                is_negation(n) for n in words[max(0, i - _TRUTH_REACH):i + 2] if n != w):
            return i
    return None


def refuted_next(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ends its sentence at ``original[end]``
    and the next sentence points back at it and calls it false (module docstring)."""
    closing = _SENTENCE_END_AFTER.match(original, end)
    if closing is None or "\n\n" in closing.group():
        return None
    sentence = _SENTENCE.match(original, closing.end())
    if sentence is None:
        return None
    found = list(_WORDS.finditer(sentence.group()))
    if not 2 <= len(found) <= _NEXT_WORDS:
        return None
    words = [fold_word(w.group()) for w in found]
    points_back = words[0] in _POINTING_BACK or tuple(words[:2]) in _POINTING_BACK_PAIRS or (
        tuple(words[:2]) in _THERE_IS and any(w in _POINTING_BACK for w in words[2:]))  # "There is no truth to this"
    outright = _denied_outright(words) or _NOT_SO.match(sentence.group()) is not None
    if not points_back and not outright:
        return None
    if sentence.group().rstrip().endswith("?"):
        return None  # "Is that true?" asks
    if '"' in sentence.group() or "\u201c" in sentence.group() or "\u00ab" in sentence.group():
        return None  # another speaker's words ('That, he said, "is simply false"'), not the source's verdict
    at = _falsifies(words, first_predicate=True)
    if at is None and outright:
        at = next(i for i, w in enumerate(words) if is_negation(w) or w in _REFUTING)
    if at is None:
        return None
    word = found[at]
    start = closing.end() + word.start()
    return Difference("trailing_word", True, None, word.group(), start, start + len(word.group()),
                      note=f"the quote ends its sentence, and the next sentence of the source calls it false "
                           f"({word.group()!r})")


def _denied_outright(words: list[str]) -> bool:
    """Whether a sentence opens by denying the one before it: a negation and a truth word among its first
    :data:`_SHORT` words ("Not true.", "Non è vero.", "No es cierto, dice el ministerio", "Not so, says the
    agency", "Неправда.")."""
    head = words[:3]
    return (len(words) <= _OUTRIGHT_WORDS and any(is_negation(w) for w in head) and any(w in TRUTH_WORDS for w in head)) or (
        bool(head) and head[0] in ("неправда", "unwahr", "untrue", "false", "falsch", "faux", "falso", "falsa"))


def refuted_subject(original: str, start: int, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match (``original[start:end]``) is a
    sentence's subject clause, opened by a "that" (:data:`_SUBJECT_THAT`), whose predicate after it
    calls it false or not shown (module docstring)."""
    lead = _SUBJECT_THAT.search(original, max(0, start - _LOOK_BACK), start)
    if lead is None:
        return None
    rest = _SENTENCE.match(original, end)
    if rest is None:
        return None
    found = list(_WORDS.finditer(rest.group()))
    if not found or len(found) > _PREDICATE_WORDS:
        return None
    words = [fold_word(w.group()) for w in found]
    at = _falsifies(words)
    if at is None:
        at = next((i for i, w in enumerate(words) if w in EVIDENCE_WORDS and w not in ("clear", "sure", "certain")
                   and any(is_negation(n) for n in words[:i])), None)  # "has never been proven"
    if at is None:
        at = next((i for i, w in enumerate(words) if w in _BELIEVING
                   and any(is_negation(n) for n in words[max(0, i - 2):i + 2] if n != w)), None)  # "glaubt niemand"
    if at is None:
        at = next((i for i, w in enumerate(words) if w in ("myth", "mythos", "mythe", "mito", "миф", "lie", "lüge",
                                                             "mensonge", "mentira", "bugia", "ложь")), None)
    if at is None:
        return None
    word = found[at]
    at_source = end + word.start()
    return Difference("trailing_word", True, None, word.group(), at_source, at_source + len(word.group()),
                      note=f"the quote is the subject clause of its sentence (after {lead.group('that')!r}), whose "
                           f"predicate calls it false or not shown in the source ({word.group()!r})")


def labelled_false(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (from ``original[start]``) opens
    right after a label that calls it false, a myth or a claim (:data:`_FALSE_LABELS`)."""
    m = _LABEL.search(original, max(0, start - _LOOK_BACK), start)
    if m is None:
        return None
    label = " ".join(fold_word(w) for w in re.findall(WORD, m.group("label")))
    if label not in _FALSE_LABELS:
        return None
    return Difference("leading_qualifier", True, None, m.group("label"), m.start("label"), m.end("label"),
                      note=f"the quote starts right after the label {m.group('label')!r}, which calls it false, a "
                           "myth or someone's claim in the source")
