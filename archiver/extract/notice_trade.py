"""A remark on the trade of paid links, not a disclosure of this page's.

"Affiliate links are a common way for blogs to make money" names the thing a disclosure names, affiliate links, but
says it of blogs in general: a disclosure speaks of this page, this site or its writers ("This post contains
affiliate links", "we earn a commission", "Links marked * are affiliate links"). A sponsored candidate whose every
cue is a commission's or an affiliate's word, which names neither the page nor its writers, and which speaks of a
class of sites or makers ("blogs", "publishers", "viele Blogs") or calls the practice a way, a form or a source of
income ("a common way", "eine gängige Möglichkeit") is such a remark, in a story's text or set apart
(bench/labels/README.md, "noticeleft51"). EN DE FR ES PT IT RU.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: The page, the site or its writers: "we", "our", "this post", "here", "below" (EN DE FR ES PT IT RU).
_OWN = lazy_re.compile(
    r"\b(we|us|our|ours|i|me|my|this|these|here|below|above|"
    r"wir|uns|unser\w*|ich|mir|mich|mein\w*|hier|dies\w*|unten|oben|"
    r"nous|notre|nos|je|moi|mon|ma|mes|ici|ce|cet|cette|ces|ci-dessous|"
    r"nosotros|nuestr[oa]s?|yo|mí|mis?|aquí|est[eao]s?|abajo|"
    r"noi|nostr[oiae]|io|mio|mia|miei|qui|questo|questa|questi|queste|sotto|"
    r"nós|noss[oa]s?|eu|meu|minha|aqui|abaixo|"
    r"мы|нас|наш\w*|я|мой|моя|мои|здесь|эт\w+|ниже)\b", _F)

#: A class of sites or makers spoken of in general (plural nouns, EN DE FR ES PT IT RU).
_CLASS = lazy_re.compile(
    r"\b(blogs|bloggers|websites|sites|publishers|creators|influencers|companies|businesses|brands|marketers|"
    r"retailers|merchants|youtubers|podcasters|newsletters|"
    r"blogger|webseiten|verlage|influencer|unternehmen|händler|"
    r"blogueurs|éditeurs|créateurs|influenceurs|entreprises|marques|"
    r"blogueros|sitios|editores|creadores|empresas|marcas|"
    r"siti|editori|aziende|blogueiros|criadores|"
    r"блоги|блогеры|сайты|издатели|компании)\b", _F)

#: The practice called a way, a form or a source of income ("a common way", "eine gängige Möglichkeit").
_PRACTICE = lazy_re.compile(
    r"\b(a|an)\s+(\w+\s+){0,2}(way|ways|method|form|means|source)\b|"
    r"\b(eine?|die)\s+(\w+\s+){0,2}(möglichkeit|methode|form|einnahmequelle)\b|"
    r"\b(un|une)\s+(\w+\s+){0,2}(moyen|façon|manière|méthode|forme|source)\b|"
    r"\b(una?|uma?)\s+(\w+\s+){0,2}(forma|manera|método|fuente|maneira|fonte|modo|metodo)\b|"
    r"\b(способ|источник)\w*\b", _F)

#: Fewer words are a label or a legend ("Affiliate links", "* affiliate link"), never a remark.
_REMARK_WORDS = 6


def trade_remark(text: str, commerce_cues_only: bool) -> bool:
    """Whether a sponsored candidate ``text``, every cue of which is a commission's or an affiliate's word
    (``commerce_cues_only``), speaks of the trade in general (see the module's docstring)."""
    if not commerce_cues_only or len(text.split()) < _REMARK_WORDS or _OWN.search(text):
        return False
    return bool(_CLASS.search(text) or _PRACTICE.search(text))
