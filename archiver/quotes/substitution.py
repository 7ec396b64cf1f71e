"""A bracket that puts another content word in place of the source's: ``altered``.

Style guides let a writer bracket words to say whom or what the source's words refer to ("[the
mayor] said" for "she said", "[Acme]" for "the company") or to fit the grammar ("she [says]" for
"she said", "[was]" for "is"). They do not let a bracket say something else: "prices rose
[slightly]" for "sharply", "the court [blocked] the merger" for "approved", "the [health]
minister" for "the finance minister". The opposites of :data:`archiver.quotes.lexicon.ANTONYM_PAIRS`
caught a hand-written list of such swaps; this is the general rule behind them:

- the words a bracket stands for are *a referring expression* when they hold a pronoun, a
  determiner or a deictic word ("it", "the company", "there"): any words may then spell out
  what they refer to (the referent rules of :mod:`archiver.quotes.gaps` judge names and offices);
- otherwise each content word the bracket holds must be a form of a word it stands for (the
  same word, another inflection: "said"/"says", "rose"/"rise") or a function word (an
  auxiliary, a preposition, a conjunction), and so must each content word it stands for; a
  content word replaced by another is a substitution, and the quote is ``altered``;
- a modal verb may be put in its other tense ("[would]" for "will"), never replaced by another
  modal or auxiliary ("[can]" for "must", "[did]" for "would"): :func:`modal_note`, asked even
  where the words a bracket stands for are a referring expression ("[she can]" for "she must").

No synonym list is consulted: "[the firm]" for "the company" is a referring expression and
verifies, but "[firm]" for "company" alone is reported, with the source's words shown, as the
design prefers a false "altered, with the near match shown" over a false "normalized".
"""

from __future__ import annotations

from archiver.quotes.tokens import Token

#: Words that make the bracketed-over words refer to something (beyond the pronouns and
#: determiners of :data:`archiver.quotes.brackets.REFERRING_WORDS`): place and time deixis.
DEICTIC_WORDS = frozenset(
    ["here", "there", "now", "then", "hier", "dort", "da", "jetzt", "damals", "ici", "là", "maintenant", "alors",
     "qui", "lì", "là", "ora", "allora", "aquí", "allí", "ahí", "ahora", "entonces", "aqui", "ali", "agora",
     "então", "здесь", "там", "сейчас", "тогда"]
)

#: Auxiliaries, prepositions and conjunctions of the covered languages: a bracket may change
#: them to fit the grammar ("[was]" for "is", "[in]" for "at"). Bounds ("before"/"after") and
#: negations are judged before this rule, by :mod:`archiver.quotes.gaps`, and so are the modals
#: among them, which may change tense only (:data:`MODAL_GROUPS`).
FUNCTION_WORDS = frozenset(
    [
        # EN
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "'re", "'ve",
        "'ll", "'d", "in", "on", "at", "to", "of", "by", "with", "from", "into", "onto", "upon", "for", "as",
        "and", "or", "but", "than", "so", "if", "a", "an",
        # DE
        "ist", "sind", "war", "waren", "bin", "bist", "seid", "sei", "wäre", "wären", "hat", "haben", "hatte",
        "hatten", "hast", "habt", "wird", "werden", "wurde", "wurden", "würde", "würden", "kann", "können",
        "konnte", "muss", "müssen", "musste", "soll", "sollte", "im", "an", "am", "auf", "zu", "zum", "zur",
        "von", "vom", "mit", "bei", "und", "oder", "aber", "ein", "eine", "einen", "einem", "einer",
        # FR
        "est", "sont", "était", "étaient", "été", "être", "ont", "avait", "avaient", "sera", "seront", "serait",
        "fut", "va", "vont", "à", "au", "aux", "de", "du", "des", "en", "dans", "sur", "avec", "par", "et", "ou",
        "mais", "que", "un", "une",
        # ES
        "es", "son", "era", "eran", "fue", "fueron", "está", "están", "estaba", "ha", "han", "había", "habían",
        "será", "sería", "del", "al", "con", "por", "para", "y", "pero", "unos", "unas",
        # IT
        "è", "sono", "erano", "fu", "stato", "stata", "hanno", "aveva", "avevano", "sarà", "sarebbe", "di",
        "della", "nel", "nella", "alla", "da", "per", "e", "ma", "che", "uno",
        # PT
        "é", "são", "eram", "foi", "foram", "estão", "estava", "tem", "têm", "tinha", "havia", "seria", "do",
        "da", "em", "no", "na", "com", "ou", "mas", "um", "uma",
        # RU
        "был", "была", "было", "были", "есть", "будет", "будут", "в", "на", "с", "к", "по", "из", "и", "или",
        "но", "что",
    ]
)

#: The modal verbs among :data:`FUNCTION_WORDS`, each group one modal in its forms (a tense
#: pair: "will"/"would", "can"/"could"; German present, past and subjunctive). A bracket may put
#: a modal in another tense to fit the grammar ("she [would] support" for "she will support"),
#: never another modal or auxiliary in its place: "[can]" for "must", "[should]" for "must",
#: "[did]" for "would" say something else (:func:`modal_note`). Other auxiliaries (be, have,
#: do, werden) may still be changed to fit the grammar.
MODAL_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(["will", "would"]), frozenset(["can", "could"]), frozenset(["shall", "should"]),
    frozenset(["may", "might"]), frozenset(["must"]),
    frozenset(["kann", "können", "konnte", "konnten", "könnte", "könnten"]),
    frozenset(["muss", "müssen", "musste", "mussten", "müsste", "müssten"]),
    frozenset(["soll", "sollen", "sollte", "sollten"]),
)
_MODAL = {form: i for i, group in enumerate(MODAL_GROUPS) for form in group}
#: The stems a negative contraction leaves of a modal ("won't", "can't", "shan't").
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


def _modal_of(folded: str) -> int | str | None:
    """The group of :data:`MODAL_GROUPS` that ``folded`` is a form of, also contracted ("he'll",
    "won't", "cannot", "shouldn't"); ``"'d"`` for a word ending in "'d", which may be "would" or
    "had" (either side may read it as the other's); None for no modal."""
    w = folded.replace("\u2019", "'")
    if w.endswith("'d"):
        return "'d"
    if w.endswith("'ll"):
        w = "will"
    elif w.endswith("n't"):
        w = _CONTRACTED.get(w[:-3], w[:-3])
    elif w == "cannot":
        w = "can"
    return _MODAL.get(w)


def is_modal(folded: str) -> bool:
    """Whether folded word ``folded`` is a modal of :data:`MODAL_GROUPS`, also contracted ("he'll",
    "she'd": "would" or "had")."""
    return _modal_of(folded) is not None


def modal_note(raw: str, content: list[Token], gap: list[Token]) -> str | None:
    """Why the bracket ``raw`` (holding ``content``) puts another modal in place of the one its
    source words ``gap`` hold, or adds or drops one, or None: each side's modals must be forms
    of the same modals (:data:`MODAL_GROUPS`, contractions read as :func:`_modal_of` reads
    them), or neither side holds one."""
    q_groups = {t.text: _modal_of(t.folded) for t in content}
    s_groups = {t.text: _modal_of(t.folded) for t in gap}
    quoted, source = set(q_groups.values()) - {None}, set(s_groups.values()) - {None}
    if "'d" in quoted | source:  # "she'd": "would" or "had", either side
        quoted, source = quoted - {"'d", _MODAL["would"]}, source - {"'d", _MODAL["would"]}
    if quoted == source:
        return None
    said = next((w for w, g in q_groups.items() if g in quoted and g not in source), None)
    had = next((w for w, g in s_groups.items() if g in source and g not in quoted), None)
    if said and had:
        return f"the bracketed {raw!r} puts the modal {said!r} in place of the source's {had!r}"
    if said:
        return f"the bracketed {raw!r} adds the modal {said!r}"
    return f"the bracketed {raw!r} drops the source's modal {had!r}"


#: The fewest letters two forms of one word share at their start ("cut"/"cuts").
SHARED_START = 3
#: Endings that make another form of one word in the covered languages (EN "-s, -ed, -ing",
#: "-ies"/"-y"; Romance and German verb and adjective endings; Russian case and verb endings):
#: what two forms may differ in after the letters they share.
ENDINGS = frozenset(
    ["", "s", "es", "d", "ed", "ing", "er", "ers", "est", "ly", "e", "y", "ies", "ied", "n", "en", "t", "st",
     "te", "ten", "et", "a", "o", "i", "as", "os", "is", "ta", "to", "ti", "tas", "tos", "ndo", "ó", "ou", "ado",
     "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ire", "ere", "are", "ar", "ir", "ait",
     "ant", "ent", "ons", "ez", "é", "ée", "és", "ées", "ato", "ata", "ati", "ate", "ano", "ava", "eva",
     "а", "о", "ы", "и", "е", "у", "ой", "ая", "ое", "ые", "ый", "ий", "ие", "ить", "ать", "ает", "ют", "ет",
     "ил", "ила", "или", "ило", "ен", "ена", "ено", "ены"]
)
#: English irregular forms of one verb (each group one word): "said" for "says" fits the grammar.
_IRREGULAR = [
    "say says said", "rise rises rose risen", "fall falls fell fallen", "go goes went gone", "win wins won",
    "lose loses lost", "sell sells sold", "buy buys bought", "tell tells told", "take takes took taken",
    "give gives gave given", "come comes came", "make makes made", "find finds found", "think thinks thought",
    "leave leaves left", "hold holds held", "begin begins began begun", "run runs ran", "grow grows grew grown",
    "know knows knew known", "speak speaks spoke spoken", "write writes wrote written", "choose chooses chose chosen",
    "fight fights fought", "lead leads led", "meet meets met", "pay pays paid", "send sends sent",
    "spend spends spent", "stand stands stood", "strike strikes struck", "mean means meant", "keep keeps kept",
    "bring brings brought", "build builds built", "see sees saw seen", "get gets got gotten", "seek seeks sought",
    "teach teaches taught", "catch catches caught", "fly flies flew flown", "drive drives drove driven",
    "break breaks broke broken", "feel feels felt", "hear hears heard", "sit sits sat", "lie lies lay lain",
]
_SAME_VERB = {form: i for i, group in enumerate(_IRREGULAR) for form in group.split()}


def same_word(a: str, b: str) -> bool:
    """Whether folded words ``a`` and ``b`` are forms of one word: the same; sharing at least
    :data:`SHARED_START` letters at their start with only an ending of :data:`ENDINGS` after
    them (a doubled consonant before it too: "stop"/"stopped"); or two forms of an English
    irregular verb ("said"/"says", "rose"/"rise"). Not "condemned"/"condoned",
    "important"/"impossible" or "backed"/"banned": another word, though close in letters."""
    if a == b:
        return True
    if a in _SAME_VERB and _SAME_VERB.get(b) == _SAME_VERB[a]:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    if shared < min(SHARED_START, len(a), len(b)):
        return False
    for cut in (shared, shared - 1):  # (a letter of the stem may begin an ending: "mak|e"/"mak|ing")
        if cut < 1:
            continue
        rest_a, rest_b = a[cut:], b[cut:]
        if _ending(rest_a, a[cut - 1]) and _ending(rest_b, b[cut - 1]):
            return True
    return False


def _ending(rest: str, last: str) -> bool:
    """Whether ``rest`` is an ending of :data:`ENDINGS`, or a doubled ``last`` letter before one."""
    return rest in ENDINGS or (rest[:1] == last and rest[1:] in ENDINGS and rest[1:] != "")


def substitution_note(raw: str, content: list[Token], gap: list[Token],
                      referring: frozenset[str]) -> str | None:
    """Why the bracket ``raw`` (holding ``content``) says another word than the source's words
    ``gap`` it stands for, or None. ``referring``: the pronouns and determiners that make
    ``gap`` a referring expression (any words may then spell out its referent). A bracket that
    opens the quote stands for the source's determiner before its gap too ("[Acme] said" for
    "The company said": the match begins after "The"); the caller gives it with ``gap``."""
    gap_words = [t.folded for t in gap if t.is_word]
    quote_words = [t.folded for t in content if t.is_word]
    if not gap_words or not quote_words:
        return None  # an insertion, or a symbol spelled out ("[percent]" for "%")
    if gap_words[0] in referring or gap_words[0] in DEICTIC_WORDS or any(t.text[:1].isupper() for t in gap):
        return None  # a referring expression or a name, which any words may spell out or stand for
    # (a referring word inside the gap makes no referring expression of it: "[delayed the]" for
    # "approved the" swaps the verb)
    gap_content = [w for w in gap_words if w not in FUNCTION_WORDS]
    quote_content = [w for w in quote_words if w not in FUNCTION_WORDS and w not in referring]
    replaced = [w for w in gap_content if not any(same_word(w, q) for q in quote_words)]
    added = [q for q in quote_content if not any(same_word(q, w) for w in gap_words)]
    if replaced and added:
        return f"the bracketed {raw!r} puts {added[0]!r} in place of the source's {replaced[0]!r}"
    return None
