"""A form's consent line, not a notice: "By signing up for our newsletter you agree to receive content related to
example.com and our affiliate partners."

Why: a sign-up or comment form tells the reader what she accepts by sending it (newsletters from partners, the terms,
cookies); its words are a disclosure's ("affiliate partners", "advertising", "sponsored offers"), but it speaks of
what the reader agrees to by acting, not of this page's content or links (notices-blind26's first run: a news page's
newsletter box read as a sponsored notice). The form: a sentence that opens with "By" and a verb of the form's act
("signing up", "subscribing", "submitting", "clicking", ...) and says the reader agrees, consents or accepts; in EN DE
FR ES PT IT. A disclosure never opens so ("By clicking our links you support us" says nothing of agreeing).
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: The form's act at the sentence's start, then the reader's agreement within the same sentence.
#: (A search form's "By searching, you agree to the Terms of Use" too, and the terms' date before it as the page prints
#: it, "Updated January 2023: By searching, ...": notices-blind35's property site, read as a correction.)
_CONSENT = lazy_re.compile(
    r"^\W{0,3}((last )?updated\b[^:.!?]{0,30}:\s*)?("
    r"by (signing up|subscribing|registering|submitting|clicking|tapping|checking|ticking|entering|providing|creating|"
    r"continuing|using this form|sending|joining|searching)\b[^.!?]{0,200}?\byou (hereby )?(agree|consent|accept|acknowledge|"
    r"confirm|authori[sz]e)\b|"
    r"(mit (der|ihrer|deiner) (anmeldung|registrierung|eintragung|absendung)|mit dem (absenden|klick|abonnieren)|"
    r"indem sie|indem du)\b[^.!?]{0,200}?\b(stimmen sie|stimmst du|akzeptieren sie|akzeptierst du|erklären sie sich|"
    r"erklärst du dich|willigen sie|willigst du)\b|"
    r"en (vous inscrivant|vous abonnant|cliquant|soumettant|validant|cochant|t['’]inscrivant)\b[^.!?]{0,200}?\b"
    r"(vous acceptez|vous consentez|tu acceptes)\b|"
    r"al (suscribirte|suscribirse|registrarte|registrarse|hacer clic|enviar|pulsar)\b[^.!?]{0,200}?\b(aceptas|acepta|"
    r"consientes|consiente)\b|"
    r"ao (se inscrever|inscrever-se|assinar|clicar|enviar|cadastrar-se|se cadastrar)\b[^.!?]{0,200}?\b(você )?"
    r"(concorda|aceita|consente)\b|"
    r"(iscrivendoti|iscrivendosi|registrandoti|cliccando|inviando)\b[^.!?]{0,200}?\b(accetti|acconsenti|accetta|"
    r"acconsente)\b)", _F)


def form_consent(text: str) -> bool:
    """Whether ``text`` opens with a form's consent sentence (see the module's docstring)."""
    return bool(_CONSENT.search(text))
