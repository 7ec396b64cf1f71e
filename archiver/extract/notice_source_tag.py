"""A news wire's tag in round brackets closing a line of the story's text: the text's source, no picture's credit.

The German, French, Italian, Spanish and Portuguese press sign an agency's copy with the agency's tag in brackets at the
end of its last paragraph or on a line of its own under it ("... sagte die Sprecherin. (dpa)", "(AFP/Reuters)",
"(dpa, AFP)", with the editor's initials "(dpa/gem)"). The credit rules read an agency's name closing a line as a
picture's credit wherever the line stands, so the tag was reported as an image credit (review rvn58: "(dpa)" on dev7's
and dev20's pages, reported "dpa" before round credit57 and "(dpa)" since; "(AFP)", "(Reuters)", "(Xinhua)" alike).
A bracketed wire closing a caption or set in a picture's credit element stays the picture's credit: callers ask this
only of lines outside those (:func:`archiver.extract.notice_credits._read_credit`).

Why a module of its own: notice_credits.py is long already, and the news wires' tag is one form with one answer.
"""

from __future__ import annotations

from archiver.core import lazy_re
from archiver.extract.notice_wires import WIRE_NAMES

#: The news agencies whose copy newspapers run under their tag (text wires; picture libraries are no text's source):
#: the international ones, then the national wires of :data:`~archiver.extract.notice_wires.WIRE_NAMES`.
_NEWS_AGENCY = (r"((?i:dpa|afp|ap|reuters|kna|epd|apa|sda|ats|ansa|efe|ddp|dts|tass|ria|pap|čtk|ctk|anp|belga|lusa|sid|"
                r"xinhua|sputnik|anadolu|yonhap|europa press|associated press|тасс|риа новости|интерфакс|연합뉴스)|"
                + WIRE_NAMES + ")")
#: One or more agencies in round brackets, split by slashes, commas, semicolons or "and"-words, perhaps the editor's
#: initials in lower case after a slash, closing the line.
_TAG = lazy_re.compile(
    r"\(\s*" + _NEWS_AGENCY + r"(\s*([/,;]|\s(?:and|und|et|y|e|и))\s*(" + _NEWS_AGENCY + r"|(?-i:[a-z]{2,4})))*\s*\)"
    r"\W{0,2}$")


def closing_source_tag(line: str, text: str) -> bool:
    """Whether ``text``, read from ``line`` as a credit, lies in the news wires' tag in round brackets that closes the
    line (:data:`_TAG`): the story's source, not a picture's credit. The cheap test first: the line ends in a bracket."""
    tail = line.rstrip(" .;:!?\u00a0")
    if not tail.endswith(")"):
        return False
    m = _TAG.search(tail)
    return m is not None and tail.rfind(text.strip("()[] ")) >= m.start()
