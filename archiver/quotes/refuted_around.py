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
  "Миф:"), the way fact-checks set out a claim before their verdict, or a label of falsehood on a line
  of its own above it ("Myth", not "Claims": a patent's heading). "Fact:", "Note:", "Update:" are the
  writer's own. And the rating after it (:func:`rated_false`: "Verdict: False", "Rating: Pants on
  Fire", "Bewertung: Falsch", on the next line or in the next sentence).

Rules 76-78 (red team q74b) added to the next sentence: a short one saying someone was mistaken or
denying by a pronoun ("They were wrong.", "Sie irrten sich.", "It was not.", "She did not resign."
with the claim's verb right after the negation: :func:`_mistaken`, :func:`_denied_again`), "Or so it
seemed.", a denied piece of evidence pointing back ("There is no evidence for this", "Dafür gibt es
keine Belege"), a retraction pointing back ("The journal retracted it"); a ";" ends a sentence too.
And a fourth frame, **the correction** (:func:`corrected_before`): words a correction says an
earlier version of the article said ("An earlier version of this article said ...", in seven
languages), after a verb of saying, a "that" or a comma.

Rules 85 (red team q85): a sentence before the claim that announces it as false, ending with a colon
or a full stop after "the following" (:func:`announced_false`: "This is a myth:", "A false claim is
circulating online:", "The following claim is false.").

Rules 82 (red team q82): the refutations after the sentence are read for a quote that takes the
sentence's full stop too (before, only a quote without it was held to them), in the first sentence
of the next paragraph, and after one sentence that speaks of the claim itself (:func:`_bridge`).

A quote that reports the claim as someone's ("The company said the drug cures cancer", "They
thought ...": :func:`frames_claim`) quotes the report faithfully; the callers leave such quotes
alone, as they do for the doubting tail.

Why one file of ~600 lines: the four frames share their lexicon (what points back, what calls a
claim false, in seven languages) and each reads the others' exclusions; split, the word lists
would be imported back and forth.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import (
    DOUBT_WORDS,
    REPORTING_WORDS,
    WORD,
    denies_truth,
    fold_word,
    is_negation,
)
from archiver.quotes.model import Difference
from archiver.quotes.opinion import OPINION_VERBS
from archiver.quotes.trail_limit import PERSON_PARTICIPLES, SPEECH_ACTS, TAIL_DOUBT_VERBS
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
#: Verbs of a person being mistaken ("Sie irrten sich", "Elles se trompaient", "Se equivocaban"): in a short next sentence
#: they say the claim before was wrong, whoever made it.
_MISTAKEN = frozenset(["mistaken", "irrten", "irrte", "irrt", "irren", "geirrt", "trompaient", "trompait", "trompent",
                       "trompe", "trompé", "trompés", "tort", "equivocaban", "equivocaba", "equivocan", "equivocó",
                       "equivocaron", "equivocado", "equivocados", "sbagliavano", "sbagliava", "sbagliano", "sbagliato",
                       "sbagliati", "sbagliata", "sbagliate", "enganavam", "enganaram", "enganados", "enganadas",
                       "enganado", "enganada", "equivocada", "equivocadas", "ошибались", "ошибался", "ошибалась",
                       "ошибаются", "ошиблись", "ошибся"])
#: Subjects that are persons: "They were wrong", "He was mistaken" (not "It was wrong": a deed judged).
_PERSONS = frozenset(["they", "he", "she", "i", "we", "you", "both", "all", "sie", "er", "wir", "ils", "elles", "ellos",
                      "ellas", "eles", "elas", "они", "он", "она"])
#: Pronoun subjects a short next sentence denies with a bare negation ("It was not.", "They did not.", "Es stimmte nicht").
_PRONOUN_SUBJECTS = _PERSONS | frozenset(["it", "es", "il", "elle", "ce", "eso", "esto", "это", "оно"])
#: Verbs of withdrawing or disproving a study or a claim: with a pointing word anywhere in the next sentence ("The journal
#: retracted it in 2010", "The study making this claim was retracted") they refute the claim before.
_WITHDRAWN = frozenset(["retracted", "retract", "retracts", "debunked", "refuted", "disproved", "disproven", "falsified",
                        "widerlegt", "widerrufen", "zurückgezogen", "réfuté", "réfutée", "rétracté", "rétractée",
                        "démenti", "démentie", "refutado", "refutada", "desmentido", "desmentida", "retractado",
                        "retractada", "smentito", "smentita", "confutato", "ritrattato", "опровергнут", "опровергнуто",
                        "отозвана", "отозван"])
_POINTERS = frozenset(["this", "that", "it", "these", "them", "dies", "das", "dafür", "darauf", "ihn", "sie", "es",
                       "cela", "ceci", "la", "le", "esto", "eso", "lo", "ello", "questo", "ciò", "isso", "isto", "это", "его", "её"])
#: Nouns of evidence denied in a next sentence that points back ("There is no evidence for this", "Dafür gibt es keine
#: Belege").
_EVIDENCE_NOUNS = frozenset(["evidence", "proof", "beleg", "belege", "beweis", "beweise", "preuve", "preuves", "prueba",
                             "pruebas", "evidencia", "evidencias", "prova", "prove", "provas", "доказательств",
                             "доказательства"])
#: How many words a sentence that denies the one before outright may hold ("Das stimmt nicht, sagt das
#: Gesundheitsamt"): a longer one's negation belongs to a predicate of its own ("Es war nicht so groß, aber ...").
_OUTRIGHT_WORDS = 8
_THERE_IS_FIRST = frozenset(["there"])
#: A sentence whose last token is a word (not a figure: "It is 40,000, not 60,000."), marks after it.
_ENDS_WITH_WORD = re.compile(r"[^\W\d_][\w'\u2019]*[^\w]*$")
#: How many first letters make two forms of a verb one ("resigned", "resign").
_STEM = 5
#: "Or so it seemed.", "Or so they claimed." opening the next sentence: the claim before was only apparent.
_OR_SO = re.compile(r"[ \t\u00a0\u202f]*(?:or[ \t\u00a0\u202f]+so|zumindest[ \t\u00a0\u202f]+scheinbar)\b", re.IGNORECASE)
#: "Not so," / "Nicht so." standing alone: not "Nicht so bei Geforce Now" (not so with ...), "not so big".
_NOT_SO = re.compile(r"[ \t\u00a0\u202f]*(?:not|nicht|pas|no|non|não)[ \t\u00a0\u202f]+(?:so|ainsi|así|così|assim)"
                     r"[ \t\u00a0\u202f]*[,.!\u2013\u2014]", re.IGNORECASE)
#: First words of a sentence that point back at the one before it (one word, or two: "none of").
_POINTING_BACK = frozenset([
    "this", "that", "these", "those", "such", "neither",
    "dies", "das", "diese", "dieser", "dieses", "solche", "dafür", "darauf", "davon", "dazu", "hierfür",
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
#: Nouns that name a claim as a thing ("The claim is false", "The post was shared 40,000 times"): after an article,
#: a sentence's opening that points back; among a sentence's first :data:`_BRIDGE_REACH` words, a bridge
#: (:func:`_bridge`). Seven languages.
_CLAIM_NOUNS = frozenset([
    "claim", "claims", "rumour", "rumor", "rumours", "rumors", "allegation", "allegations", "assertion", "post",
    "posts", "message", "tweet", "video", "meme", "theory",
    "behauptung", "behauptungen", "gerücht", "gerüchte", "beitrag", "posting",
    "affirmation", "rumeur", "allégation", "publication",
    "afirmación", "bulo", "publicación",
    "affermazione", "bufala", "voce",
    "afirmação", "boato", "publicação",
    "утверждение", "слух", "слухи", "пост", "сообщение",
])
_ARTICLES = frozenset(["the", "der", "die", "das", "le", "la", "l'", "el", "il", "lo", "o", "a"])
_BRIDGE_REACH = 6
#: What may stand before a claim's noun in a bridge ("the rumour", "this post", "das Gerücht", "ce message").
_DETERMINERS = _ARTICLES | frozenset(["this", "that", "these", "those", "such", "a", "an", "his", "her", "their", "its",
                                      "dieses", "diese", "dieser", "ein", "eine", "ce", "cet", "cette", "un", "une",
                                      "este", "esta", "ese", "esa", "una", "questo", "questa", "quel", "quella",
                                      "esse", "essa", "um", "uma", "это", "этот", "эта", "эти"])
#: A pronoun subject that, after a bridge naming the claim, points back at it ("The rumour spread quickly. It is
#: false.", "Das Gerücht verbreitete sich. Es ist falsch.").
_IT = frozenset(["it", "es", "il", "elle", "ello", "esso", "essa", "ele", "ela", "оно", "он", "она"])
#: Copulas after which a word of falsehood is the sentence's predicate ("That is false", "C'est faux").
_COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "remains", "ist", "war", "sind", "waren", "bleibt",
                      "est", "était", "sont", "es", "era", "son", "fue", "è", "era", "sono", "é", "foi", "são",
                      "является", "было", "был", "была", "c'est", "c'était",
                      # shown to be ("erwies sich als falsch", "s'est révélé faux", "resultó ser falso")
                      "als", "révélé", "révélée", "ser", "rivelato", "rivelata", "revelou"])
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
_LINE_LABELS = _FALSE_LABELS - frozenset(["claim", "claims", "behauptung", "affirmation", "afirmación", "affermazione",
                                          "afirmação", "утверждение", "voce", "rumor", "rumour", "rumeur", "gerücht",
                                          "слух"])
_SENTENCE_END_AFTER = re.compile(r"[\"'\u201c\u201d\u00bb\u2019)\]]*(?:[.!]+|;)[\"'\u201d\u00bb\u2019)\]]*[ \t\u00a0\u202f]*\n?[ \t\u00a0\u202f]*")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")
_WORDS = re.compile(rf"{WORD}")
_SUBJECT_THAT = re.compile(
    r"(?:^|[.!?][\"'\u201d\u00bb]?[ \t\u00a0\u202f]+|\n)[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab]?"
    r"(?P<that>That|Dass|Daß|Que|Qu'|Qu\u2019|Che|То,[ \t\u00a0\u202f]*что|Что)[ \t\u00a0\u202f]*$")
_LABEL = re.compile(
    rf"(?:^|[.!?][ \t\u00a0\u202f]+|\n)[ \t\u00a0\u202f*_#>\-\u2022]*(?P<label>{WORD}(?:[ \t\u00a0\u202f-]{WORD})?)"
    r"[*_]*[ \t\u00a0\u202f]*:[*_]*[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab]?$")
#: The same label on a line of its own right above the match's line ("Claim:\n\nThe vaccine causes autism.", a
#: fact-check's layout), its colon optional.
_LABEL_LINE = re.compile(
    rf"(?:^|\n)[ \t\u00a0\u202f*_#>\-\u2022]*(?P<label>{WORD}(?:[ \t\u00a0\u202f-]{WORD})?)[*_]*[ \t\u00a0\u202f]*:?"
    r"[*_]*[ \t\u00a0\u202f]*\n+[ \t\u00a0\u202f]*[\"\u201c\u201e\u00ab]?$")
#: A fact-check's rating after the claim, on the next line or in the next sentence ("Verdict: False", "Rating: Pants on
#: Fire", "Bewertung: Falsch", "Veredicto: Falso"): the label, then a value that calls it false.
_RATING = re.compile(
    r"[\"'\u201d\u00bb\u2019)\]]*[.!]?[ \t\u00a0\u202f]*(?:\n+[ \t\u00a0\u202f]*)?[*_#>\-\u2022 ]*"
    r"(?P<label>verdict|rating|our\s+rating|ruling|truth-o-meter|bewertung|urteil|fazit|verdict|verdetto|"
    r"veredicto|calificación|valoración|classificação|veredito|вердикт|оценка)[*_]*[ \t\u00a0\u202f]*:[*_]*"
    r"[ \t\u00a0\u202f]*(?P<value>(?:mostly\s+|größtenteils\s+|plutôt\s+|mayormente\s+|in\s+gran\s+parte\s+)?"
    r"(?:false|fake|pants\s+on\s+fire|misleading|incorrect|wrong|untrue|falsch|irreführend|frei\s+erfunden|faux|"
    r"fausse|trompeur|infondé|falso|falsa|engañoso|engañosa|bulo|fuorviante|enganoso|enganosa|ложь|неправда|фейк|"
    r"ложно))\b", re.IGNORECASE)
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
        if denies_truth(words, i, _TRUTH_REACH) or (w in _TRUTH_NOUNS and any(
                is_negation(n) for n in words[max(0, i - _TRUTH_REACH):i + 2] if n != w)):
            return i
    return None


#: Verbs of believing, assuming, expecting, hoping or fearing: a quote holding one reports what someone held ("They
#: thought China would become a democracy"), which a refutation of the belief leaves true.
_HOLDING = frozenset(["assumed", "assume", "assumes", "expected", "expect", "expects", "hoped", "hope", "hopes",
                      "feared", "fear", "fears", "imagined", "supposed", "presumed", "annahmen", "nahmen", "hofften",
                      "glaubten", "croyaient", "croyait", "pensaient", "creían", "creía", "credevano", "acreditavam",
                      "думали", "считали", "полагали"])


def frames_claim(quote_text: str) -> bool:
    """Whether the quote itself says whose claim or belief its words are (a verb of saying, thinking or believing:
    "Officials said the dam was safe", "They thought ..."): a refutation of the claim after it leaves the quote true."""
    return any(fold_word(w) in REPORTING_WORDS or fold_word(w) in OPINION_VERBS or fold_word(w) in _HOLDING
               or fold_word(w) in SPEECH_ACTS for w in _WORDS.findall(quote_text))


def refuted_next(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match ends its sentence at ``original[end]``
    and the next sentence points back at it and calls it false (module docstring); the next
    paragraph's first sentence too, and the sentence after one that speaks of the claim itself
    (:func:`_bridge`: "The post was shared 40,000 times. The claim is false.")."""
    end = before_its_stop(original, end)
    return _refuted_after(original, end, end, bridged=False)


#: What may close a quoted sentence at its end: its stop and closing marks.
_STOP_AND_CLOSING = ".!;\"'\u201d\u00bb\u2019)]"


def before_its_stop(original: str, end: int) -> int:
    """Where a match that takes in its sentence's full stop (and closing marks) ends without them: a quote of a whole
    sentence, stop included ("Vaccines cause autism."), is followed by the same next sentence as one without it (red
    team q82: the stop made every refutation after the sentence unread, and such quotes ``exact``)."""
    while end > 0 and original[end - 1] in _STOP_AND_CLOSING:
        end -= 1
    return end


def _asks_or_quotes(sentence: str) -> bool:
    """Whether a sentence after the claim asks ("Is that true?") or holds another speaker's words ('That, he said, "is
    simply false"'): no verdict of the source's, nor a bridge to one."""
    return sentence.rstrip().endswith("?") or '"' in sentence or "\u201c" in sentence or "\u00ab" in sentence


def _bridge(sentence: str, words: list[str]) -> bool:
    """Whether a sentence between a claim and its refutation speaks of the claim itself, so that the
    sentence after it may still point back at the claim (quote rules 82, red team q82): it names the
    claim as a thing after a determiner ("the rumour", "this post": :data:`_CLAIM_NOUNS`, in its first
    words; not "Critics claim they ...", a verb and another claim) or opens
    by pointing back ("That was the rumour circulating on Monday."). Not a question, not another
    speaker's words."""
    if _asks_or_quotes(sentence):
        return False
    return words[0] in _POINTING_BACK or any(
        w in _CLAIM_NOUNS and i > 0 and words[i - 1] in _DETERMINERS for i, w in enumerate(words[:_BRIDGE_REACH]))


def _refuted_after(original: str, claim_end: int, end: int, *, bridged: bool) -> Difference | None:
    """:func:`refuted_next` for the sentence after ``original[end]`` (the first of the next paragraph
    too); ``claim_end``: where the quoted claim ends; ``bridged``: a bridge sentence
    (:func:`_bridge`) stands between the two (then in the same paragraph only)."""
    closing = _SENTENCE_END_AFTER.match(original, end)
    if closing is None:
        return None
    begin = closing.end()
    if original[begin:begin + 1] == "\n" or "\n\n" in closing.group():  # a paragraph's end
        if bridged:
            return None
        while begin < len(original) and original[begin].isspace():
            begin += 1
    sentence = _SENTENCE.match(original, begin)
    if sentence is None:
        return None
    found = list(_WORDS.finditer(sentence.group()))
    if not 2 <= len(found) <= _NEXT_WORDS:
        return None
    words = [fold_word(w.group()) for w in found]
    refuted = _refutation(original, claim_end, sentence, found, words, bridged=bridged)
    if refuted is not None or bridged or not _bridge(sentence.group(), words):
        return refuted
    stop = max(before_its_stop(original, begin + len(sentence.group().rstrip())), begin)
    return _refuted_after(original, claim_end, stop, bridged=True)  # (the bridge's stop read as the claim's)


def _refutation(original: str, claim_end: int, sentence: re.Match[str], found: list[re.Match[str]],
                words: list[str], *, bridged: bool = False) -> Difference | None:
    """The word by which ``sentence`` (its ``found`` words, ``words`` folded), after the claim ending at
    ``original[claim_end]``, points back at it and calls it false (the module's docstring), as a material
    difference; else None. ``bridged``: a bridge naming the claim stands between, so "It" points back too."""
    points_back = (bridged and words[0] in _IT) or words[0] in _POINTING_BACK or tuple(words[:2]) in _POINTING_BACK_PAIRS or (
        words[0] in _ARTICLES and words[1] in _CLAIM_NOUNS) or (
        tuple(words[:2]) in _THERE_IS and any(w in _POINTING_BACK or w in _POINTERS for w in words[2:]))  # "There is
    # no truth to this", "No hay pruebas de ello"
    points_back = points_back or ((words[0] in ("no", "kein", "keine", "aucune", "aucun", "ningún", "ninguna", "nessuna",
                                                  "nessun", "nenhuma", "nenhum") or words[0] in _THERE_IS_FIRST)
                                  and any(w in _POINTERS for w in words[1:]))  # "No evidence supports this claim"
    claim = {fold_word(w)[:_STEM] for w in _WORDS.findall(original[max(0, claim_end - 200):claim_end])
             if len(w) >= _STEM}
    text = sentence.group()
    outright = _denied_outright(words) or _NOT_SO.match(text) is not None or _mistaken(
        words, _ENDS_WITH_WORD.search(text) is not None) or _OR_SO.match(text) is not None or _denied_again(words, claim)
    withdrawn = next((i for i, w in enumerate(words) if w in _WITHDRAWN), None)
    if withdrawn is not None and any(w in _POINTERS for w in words[:withdrawn + 3]) and not points_back:
        points_back, outright = True, True  # "The journal retracted it in 2010."
    if not points_back and not outright:
        return None
    if _asks_or_quotes(text):
        return None
    if text.endswith("\n") and original[sentence.end():].strip():
        return None  # a line the layout broke ("We do not\ncollect or transfer this information"), not a sentence
    at = _falsifies(words, first_predicate=True)
    if at is None and points_back:
        at = next((i for i, w in enumerate(words[:_FIRST_PREDICATE + 1]) if w in _EVIDENCE_NOUNS
                   and any(is_negation(n) for n in words[max(0, i - 3):i])), None)  # "There is no evidence for this"
    if at is None and outright:
        at = next((i for i, w in enumerate(words) if is_negation(w) or w in _REFUTING or w in _MISTAKEN
                   or w in _WITHDRAWN or w == "so"), None)
    if at is None:
        return None
    word = found[at]
    start = sentence.start() + word.start()
    return Difference("trailing_word", True, None, word.group(), start, start + len(word.group()),
                      note=f"the quote ends its sentence, and a sentence of the source after it calls it false "
                           f"({word.group()!r})")


def _mistaken(words: list[str], last_is_word: bool = True) -> bool:
    """Whether a short sentence (at most :data:`_SHORT` words) says someone was mistaken ("They were wrong.", "Sie
    irrten sich.", "Se equivocaban.") or denies the one before by a pronoun and a bare negation ("It was not.", "They
    did not.", "It isn't."; ``last_is_word``: nothing but marks after its last word, not "It is 40,000, not 60,000.")."""
    if len(words) > _SHORT:
        return False
    if any(w in _MISTAKEN for w in words):
        return True
    if words[0] in _PERSONS and any(w in ("wrong", "incorrect") for w in words[1:]):
        return True
    return words[0] in _PRONOUN_SUBJECTS and is_negation(words[-1]) and last_is_word


def _denied_again(words: list[str], claim: set[str]) -> bool:
    """Whether a short sentence opening with a pronoun negates a verb of the claim before it ("The mayor resigned. She
    did not resign."): not another verb ("He did not comment.")."""
    if len(words) > _SHORT or words[0] not in _PRONOUN_SUBJECTS:
        return False
    # the verb right after the negation repeats the claim's ("did not resign"; not "You don't float weights" after
    # "a fixed weight")
    return any(is_negation(w) and i + 1 < len(words) and len(words[i + 1]) >= _STEM and words[i + 1][:_STEM] in claim
               for i, w in enumerate(words))


def _denied_outright(words: list[str]) -> bool:
    """Whether a sentence opens by denying the one before it: a negation and a truth word among its first
    :data:`_SHORT` words ("Not true.", "Non è vero.", "No es cierto, dice el ministerio", "Not so, says the
    agency", "Неправда.")."""
    head = words[:3]
    return (len(words) <= _OUTRIGHT_WORDS and any(denies_truth(head, i) for i in range(len(head)))) or (
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
    labels = _FALSE_LABELS
    if m is None:  # a label on a line of its own: only one of falsehood ("Claims" heads a patent's claims)
        m, labels = _LABEL_LINE.search(original, max(0, start - _LOOK_BACK), start), _LINE_LABELS
    if m is None:
        return None
    label = " ".join(fold_word(w) for w in re.findall(WORD, m.group("label")))
    if label not in labels:
        return None
    return Difference("leading_qualifier", True, None, m.group("label"), m.start("label"), m.end("label"),
                      note=f"the quote starts right after the label {m.group('label')!r}, which calls it false, a "
                           "myth or someone's claim in the source")


#: Words that announce what follows ("The following claim is false.").
_FOLLOWING = frozenset(["following", "folgende", "folgenden", "suivante", "suivant", "siguiente", "seguente", "seguinte",
                        "следующее", "следующий", "следующая"])
#: Words of falsehood an announcement calls what follows by ("A false claim is circulating online:", "This is a myth:").
_ANNOUNCED_FALSE = _FALSEHOODS | frozenset([
    "false", "untrue", "fake", "myth", "myths", "hoax", "debunked", "misleading", "fabricated", "bogus",
    "falsch", "falsche", "falscher", "falsches", "mythos", "irreführend", "faux", "fausse", "mythe", "trompeur",
    "trompeuse", "falso", "falsa", "mito", "bulo", "engañoso", "engañosa", "bufala", "fuorviante", "enganoso",
    "enganosa", "ложь", "ложное", "ложный", "неправда", "фейк", "миф"])
#: What a word of falsehood may call false in an announcement: a claim's noun (:data:`_CLAIM_NOUNS`), a statement, a
#: story, a piece of information or news ("fake news" itself is excepted where it is read: a topic, not this claim).
_ANNOUNCED_NOUNS = _CLAIM_NOUNS | frozenset(["news", "statement", "story", "information", "información",
                                             "informazione", "informação"])
#: Words after which a falsehood is what the announcement sets aside ("Trotz falscher Gerüchte steht fest:"; red team
#: q85-held).
_CONCESSIVE = frozenset(["despite", "notwithstanding", "contrary", "unlike", "trotz", "ungeachtet", "entgegen", "malgré",
                         "pese", "nonostante", "malgrado", "apesar", "вопреки", "несмотря"])
#: How far back an announcement is read (characters), and its most words.
_ANNOUNCE_REACH = 200
_ANNOUNCE_WORDS = 20
#: What may open an announcement that calls what follows false by a copula ("This is a myth:", "The following claim
#: is false.", "Here is a false claim:", "It is a myth:").
_ANNOUNCE_SUBJECTS = _POINTING_BACK | _ARTICLES | _FOLLOWING | frozenset(["here", "hier", "voici", "aquí", "ecco", "eis", "вот",
                                                             "it", "es", "il"])


def announced_false(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the sentence right before the match announces it as false
    (quote rules 85): it ends with a colon, or a full stop after "the following", and calls what follows false, a myth
    or a hoax: by a word of falsehood before a claim's noun ("A false claim is circulating online:", "He repeated the
    debunked theory:") or after a copula with a pointing subject ("This is a myth:", "The following claim is false.").
    A falsehood negated ("This is not a myth:") or one of the words' others ("Fake news aside, the facts are these:")
    announces nothing."""
    i = start
    while i > 0 and original[i - 1] in " \t\u00a0\u202f\n\"\u201c\u201e\u00ab":
        i -= 1
    if i == 0 or original[i - 1] not in ":.":
        return None
    mark = original[i - 1]
    begin = max(original.rfind(c, max(0, i - 1 - _ANNOUNCE_REACH), i - 1) for c in ".!?\n") + 1
    last_clause = max(original.rfind(",", begin, i - 1), original.rfind(";", begin, i - 1))
    begin = max(begin, last_clause + 1)  # (the clause before the mark: "Despite false claims online, the data are
    # clear:" calls the claims false, not what follows)
    segment = original[begin:i - 1]
    found = list(_WORDS.finditer(segment))
    words = [fold_word(w.group()) for w in found]
    if not 2 <= len(words) <= _ANNOUNCE_WORDS or segment.rstrip().endswith("?"):
        return None
    if mark == "." and not _FOLLOWING & set(words):
        return None
    for k, w in enumerate(words):
        truth_denied = denies_truth(words, k)
        if w not in _ANNOUNCED_FALSE and not truth_denied:
            continue
        if not truth_denied and any(is_negation(n) for n in words[max(0, k - 3):k]):
            continue  # "This is not a myth:" affirms what follows
        if _CONCESSIVE & set(words[:k]):
            continue  # "Trotz falscher Gerüchte steht fest:", "Despite false claims the data are clear:"
        before_noun = any(n in _ANNOUNCED_NOUNS for n in words[k + 1:k + 3])
        by_copula = words[0] in _ANNOUNCE_SUBJECTS and (k == 1 or any(c in _COPULAS for c in words[max(0, k - 3):k]))
        # ("Это миф:", no copula in Russian; "This myth:")
        if (before_noun and w in _ANNOUNCED_FALSE and not (k + 1 < len(words) and words[k + 1] == "news")) or by_copula:
            word = found[k]
            return Difference("leading_qualifier", True, None, word.group(), begin + word.start(),
                              begin + word.end(),
                              note=f"the quote starts right after a sentence of the source that announces it as false "
                                   f"({word.group()!r})")
    return None


#: Words that say an earlier version of the article said what follows: a correction withdraws it ("An earlier version of
#: this article said", "This story previously reported that", "In einer früheren Version dieses Artikels hieß es",
#: "Une version précédente de cet article indiquait que", "Una versión anterior de este artículo decía que").
_EARLIER_VERSION = re.compile(
    r"\b(?:(?:earlier|previous|prior|original|initial)\s+(?:version|draft|edition)s?\s+of\s+(?:this|the)\s+"
    r"(?:article|story|report|piece|post|item)"
    r"|(?:this|the)\s+(?:article|story|report|piece|post)\s+(?:has\s+)?(?:previously|originally|earlier|initially|"
    r"wrongly|incorrectly|mistakenly|erroneously)"
    r"|(?:früheren|vorherigen|ersten|ursprünglichen|älteren)\s+(?:Version|Fassung)\s+(?:dieses|des|unseres)\s+"
    r"(?:Artikels|Beitrags|Textes|Berichts)"
    r"|(?:version|mouture)\s+(?:précédente|antérieure|initiale|originale)\s+de\s+(?:cet|cette|notre|l')\s*"
    r"(?:article|dépêche|papier)|(?:précédente|première)\s+version\s+de\s+(?:cet|notre)\s+article"
    r"|versión\s+(?:anterior|previa|original|inicial)\s+de\s+(?:este|esta|la|el|nuestro|nuestra)\s+"
    r"(?:artículo|nota|noticia|información|texto)"
    r"|(?:versione\s+(?:precedente|originale|iniziale)|(?:precedente|prima)\s+versione)\s+di\s+"
    r"(?:questo|quest')\s*(?:articolo|pezzo)"
    r"|versão\s+(?:anterior|original|inicial)\s+(?:deste|desta|da|do)\s+(?:artigo|reportagem|matéria|texto|notícia)"
    r"|(?:предыдущ|ранн|первоначальн|прежн)\w*\s+верси\w*\s+(?:этой|этого|данной|данного|статьи|материала)"
    # German: "Zuvor hieß es in diesem Artikel, ...", "Wir hatten fälschlicherweise berichtet, ..." (red team q74d)
    r"|(?:zuvor|früher|ursprünglich|zunächst)\s+hieß\s+es\s+in\s+(?:diesem|dem|unserem)\s+(?:Artikel|Beitrag|Text|Bericht)"
    r"|(?:fälschlicherweise|fälschlich|irrtümlich(?:erweise)?)\s+(?:berichtet|geschrieben|gemeldet))",
    re.IGNORECASE)
_CORRECTION_REACH = 200
#: How many words may stand between the earlier version and the claim it said ("said", "previously reported that",
#: "hieß es,", "indiquait que"), the last a verb of saying, a "that" or a comma.
_CORRECTION_GAP = 4
_THAT = frozenset(["that", "dass", "que", "qu'", "che", "что", "stated", "indiquait", "decía", "diceva", "dizia",
                   "affermava", "sosteneva", "indicaba", "afirmaba", "informaba", "relatava", "escrevia", "hieß"])


#: "It previously said that ..." right after a sentence saying the article was corrected ("This article has been
#: corrected. It previously said ..."): the pronoun is the article (red team q74d); elsewhere "it" is anything.
_IT_PREVIOUSLY = re.compile(r"\b[Ii]t\s+(?:previously|originally|earlier|initially|wrongly|incorrectly|mistakenly)\s+"
                            r"(?:said|stated|reported|misstated|claimed)")
_CORRECTED_BEFORE = re.compile(r"\b(?:article|story|report|piece|post)\s+(?:has\s+been|was)\s+(?:corrected|amended|"
                               r"updated\s+to\s+correct)|\bcorrection\b", re.IGNORECASE)


def corrected_before(original: str, start: int) -> Difference | None:
    """A material ``leading_qualifier`` difference when the match (from ``original[start]``) stands in a sentence that
    says an earlier version of the article said it (:data:`_EARLIER_VERSION`): a correction withdraws the words, whatever
    verb reports them (q74b)."""
    lead_start = max(0, start - _CORRECTION_REACH)
    starts = list(re.finditer(r"(?:^|[.!?;][\"'\u201d\u00bb]?\s+|\n)", original[lead_start:start]))
    sentence = lead_start + (starts[-1].end() if starts else 0)
    found = list(_EARLIER_VERSION.finditer(original, sentence, start))
    if not found:
        found = [m for m in _IT_PREVIOUSLY.finditer(original, sentence, start)
                 if _CORRECTED_BEFORE.search(original, max(0, sentence - _CORRECTION_REACH), sentence)]
    if not found:
        return None
    m = found[-1]
    between = _WORDS.findall(original[m.end():start])
    if len(between) > _CORRECTION_GAP or not (original[m.end():start].rstrip().endswith(",") or (
            between and fold_word(between[-1]) in REPORTING_WORDS | _THAT)):
        return None  # not what it said: "An earlier version of this article misstated [the number of vehicles]"
    return Difference("leading_qualifier", True, None, m.group(), m.start(), m.end(),
                      note=f"the quote stands where the source says {m.group()!r} said it: a correction of the article "
                           "withdraws it")


def rated_false(original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the match (ending at ``original[end]``) is followed, in the next
    sentence or on the next line, by a fact-check's rating that calls it false (:data:`_RATING`: "Verdict: False",
    "Bewertung: Falsch")."""
    m = _RATING.match(original, end) or _RATING.match(original, before_its_stop(original, end))
    if m is None:
        return None
    return Difference("trailing_word", True, None, m.group("value"), m.start("value"), m.end("value"),
                      note=f"the quote is followed by the source's rating {m.group('label')}: {m.group('value')!r}, "
                           "which calls it false")

