"""A quote cut right before the word that ends its clause and negates it, or completes its verb.

The mirror of :mod:`archiver.quotes.lead_word` at a quote's end. "but he did" is a verbatim part
of "but he did not.", "Das stimmt" of "Das stimmt nicht.", "He knew" of "He knew nothing.": the
word the quote leaves out, the last of its clause, says the opposite. German puts the separable
part of a verb at the clause's end: "Der Rat lehnte den Plan am Montag" is a verbatim
part of "Der Rat lehnte den Plan am Montag ab." (rejected), yet "lehnte" alone reads "leaned";
"Die Sitzung fand am Montag" of "... am Montag statt." (took place; "fand": found). So a
negation (any of :mod:`archiver.quotes.lexicon`'s, in the passage's language) or, in a German
passage, a separable verb particle right after the matched passage, with nothing but
spaces between, that ends its clause (a clause mark, a closing quotation mark or bracket, a line
end or the text's end follows it), is a material ``trailing_word`` difference.

Only a word that ends its clause counts: "The wall is" of "The wall is not safe" is a fragment
no reader takes for a claim, and a quote may end anywhere before a clause mark. A quote that
itself ends with a negation keeps one and is not judged.
"""

from __future__ import annotations

import re

from archiver.quotes.lexicon import guess_language, is_negation
from archiver.quotes.model import Difference

#: Separable verb particles that stand alone at the end of a German clause ("lehnte ... ab",
#: "fand ... statt", "nahm ... teil"), by the language :func:`guess_language` reads (Dutch, which
#: does the same, is not one it tells). Left out are those as often an adjective or adverb ending
#: a clause ("hoch", "frei", "wieder", "da").
SEPARABLE_PARTICLES: dict[str, frozenset[str]] = {
    "de": frozenset(["ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach",
                     "vor", "weg", "zu", "zurück", "zusammen", "weiter", "heraus", "herein", "hinaus", "hinein",
                     "herum", "vorbei", "voran", "statt", "teil", "dar", "bevor", "entgegen", "nieder", "empor",
                     "durch", "um", "kennen", "bekannt"]),
}
#: The word right after a match, with only spaces between, then what ends a clause.
_NEXT_WORD = re.compile(r"[ \t\u00a0\u202f]+([^\W\d_][\w'\u2019]*)"
                        r"(?=[ \t\u00a0\u202f]*(?:[.,;:!?)\]\u2026\u2013\u2014\"\u201c\u201d\u00bb\u00ab]|\n|$))")
_LAST_WORD = re.compile(r"([^\W\d_][\w'\u2019]*)\W*$")
#: How much text after a match is read for the word, and around it for its language.
_LOOK_AHEAD = 40
_LANGUAGE_WINDOW = 400


def dropped_trail(quote_text: str, original: str, end: int) -> Difference | None:
    """A material ``trailing_word`` difference when the source word right after the match (which
    ends at ``original[end]``) ends its clause and negates it or is its verb's separable part,
    and the quote (``quote_text``, its last part as written) does not end with a negation."""
    m = _NEXT_WORD.match(original[end:end + _LOOK_AHEAD])
    if m is None:
        return None
    word = m.group(1)
    folded = word.lower().replace("\u2019", "'")
    last = _LAST_WORD.search(quote_text)
    if last is not None and is_negation(last.group(1).lower().replace("\u2019", "'")):
        return None
    language = guess_language(original[max(0, end - _LANGUAGE_WINDOW):end + _LANGUAGE_WINDOW])
    if is_negation(folded, language):
        what = "which negates its words in the source"
    elif language is not None and folded in SEPARABLE_PARTICLES.get(language, frozenset()):
        what = "the part of its verb that ends the clause in the source (without it the verb says another thing)"
    else:
        return None
    start = end + m.start(1)
    return Difference("trailing_word", True, None, word, start, start + len(word),
                      note=f"the quote ends right before {word!r}, {what}")
