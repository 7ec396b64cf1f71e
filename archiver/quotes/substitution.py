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
  content word replaced by another is a substitution, and the quote is ``altered``.

No synonym list is consulted: "[the firm]" for "the company" is a referring expression and
verifies, but "[firm]" for "company" alone is reported, with the source's words shown, as the
design prefers a false "altered, with the near match shown" over a false "normalized".
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from archiver.quotes.tokens import Token

#: Words that make the bracketed-over words refer to something (beyond the pronouns and
#: determiners of :data:`archiver.quotes.gaps.REFERRING_WORDS`): place and time deixis.
DEICTIC_WORDS = frozenset(
    ["here", "there", "now", "then", "hier", "dort", "da", "jetzt", "damals", "ici", "là", "maintenant", "alors",
     "qui", "lì", "là", "ora", "allora", "aquí", "allí", "ahí", "ahora", "entonces", "aqui", "ali", "agora",
     "então", "здесь", "там", "сейчас", "тогда"]
)

#: Auxiliaries, prepositions and conjunctions of the covered languages: a bracket may change
#: them to fit the grammar ("[was]" for "is", "[in]" for "at"). Bounds ("before"/"after") and
#: negations are judged before this rule, by :mod:`archiver.quotes.gaps`.
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

#: Letters two words must share at their start to count as forms of one word ("protest",
#: "protests", "protesting").
SHARED_START = 4


def same_word(a: str, b: str) -> bool:
    """Whether folded words ``a`` and ``b`` are plausibly forms of one word: the same, sharing
    their first :data:`SHARED_START` letters (or all of the shorter one), or an irregular form
    one or two letters away with the same first letter ("said"/"says", "rose"/"rise",
    "fell"/"fall")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    start = min(SHARED_START, shorter)
    if a[:start] == b[:start]:
        return True
    return a[:1] == b[:1] and shorter >= 3 and Levenshtein.distance(a, b) <= 2 and \
        Levenshtein.distance(a, b) < shorter


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
    if any(w in referring or w in DEICTIC_WORDS for w in gap_words) or any(t.text[:1].isupper() for t in gap):
        return None  # a referring expression or a name, which any words may spell out or stand for
    gap_content = [w for w in gap_words if w not in FUNCTION_WORDS]
    quote_content = [w for w in quote_words if w not in FUNCTION_WORDS and w not in referring]
    replaced = [w for w in gap_content if not any(same_word(w, q) for q in quote_words)]
    added = [q for q in quote_content if not any(same_word(q, w) for w in gap_words)]
    if replaced and added:
        return f"the bracketed {raw!r} puts {added[0]!r} in place of the source's {replaced[0]!r}"
    return None
