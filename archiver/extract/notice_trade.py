"""A remark on the trade of paid links, not a disclosure of this page's.

"Affiliate links are a common way for blogs to make money" names the thing a disclosure names, affiliate links, but
says it of blogs in general: a disclosure speaks of this page, this site or its writers ("This post contains
affiliate links", "we earn a commission", "Links marked * are affiliate links"). A sponsored candidate whose every
cue is a commission's or an affiliate's word, which names neither the page nor its writers (nor, in the third person,
the site, a post, its publisher or one earner, nor a share of the links: :data:`_SITE_NAMED`, review rvn51), and which
speaks of a class of sites or makers ("blogs", "publishers", "viele Blogs") or calls the practice a way, a form or a
source of income ("a common way", "eine gängige Möglichkeit") is such a remark, in a story's text or set apart
(bench/labels/README.md, "noticeleft51"). EN DE FR ES PT IT RU.
"""

from __future__ import annotations

import re

from archiver.core import lazy_re

_F = re.IGNORECASE

#: The page, the site or its writers: "we", "our", "this post", "here", "below" (EN DE FR ES PT IT RU); Russian "это"
#: after a dash is the copula of a definition ("Партнёрские ссылки — это распространённый способ ...": review rvn51),
#: no "this". The English "I" is read apart (:data:`_ENGLISH_I`).
_OWN = lazy_re.compile(
    r"\b(we|us|our|ours|me|my|this|these|here|below|above|"
    r"wir|uns|unser\w*|ich|mir|mich|mein\w*|hier|dies\w*|unten|oben|"
    r"nous|notre|nos|je|moi|mon|ma|mes|ici|ce|cet|cette|ces|ci-dessous|"
    r"nosotros|nuestr[oa]s?|yo|mí|mis?|aquí|est[eao]s?|abajo|"
    r"noi|nostr[oiae]|io|mio|mia|miei|qui|questo|questa|questi|queste|sotto|"
    r"nós|noss[oa]s?|eu|meu|minha|aqui|abaixo|"
    r"мы|нас|наш\w*|я|мой|моя|мои|здесь|эт(?!о\b)\w+|(?<![—–-]\s)это|ниже)\b", _F)

#: The English first person "I": a capital "I" (never a lower-case "i", the Italian article mid-sentence) in a text
#: holding another English function word. The Italian plural article opens a sentence capitalised too ("I link di
#: affiliazione sono un modo comune per i blog ...": review rvn51's left item, read as the page's writer).
_ENGLISH_I = lazy_re.compile(r"(?-i:\bI\b)")
_ENGLISH_WORD = lazy_re.compile(r"\b(the|and|to|of|is|are|was|for|with|on|you|your|it|that|if|when|they|from|but|"
                                r"earn|use|buy|get|make|am|have|will|may|can)\b", _F)


#: What follows the English "I" opening a sentence: a verb or an adverb ("I use", "I only link", "I'm").
_I_GOES_ON = lazy_re.compile(r"(?-i:I)(['’]m|['’]ve|['’]ll|\s+(am|was|have|had|use|used|earn|get|receive|make|will|"
                             r"would|may|might|can|could|do|did|only|also|never|always|sometimes|write|recommend|"
                             r"participate|partner|buy|test)\b)", _F)


def _english_i(text: str) -> bool:
    """Whether ``text`` holds the English "I" (:data:`_ENGLISH_I`): inside a sentence ("..., and I use them"), or
    opening one with a verb after it ("I use affiliate links"). A capital "I" opening a sentence before a noun is the
    Italian article ("I link di affiliazione di siti come The Points Guy ...": review rvn55, the English name's "The"
    made it the page's writer)."""
    if not _ENGLISH_WORD.search(text):
        return False
    for m in _ENGLISH_I.finditer(text):
        before = text[:m.start()].rstrip(" \t\"'“”‘’«»(")
        if (before and before[-1] not in ".!?:;") or _I_GOES_ON.match(text, m.start()):
            return True
    return False


#: This page, this site or its writers named in the third person, or links set apart as some of the page's: a definite
#: site, post or publisher ("Some links on the site", "Product links in the article ... pay the publisher", "Der Blog
#: finanziert sich über Affiliate-Links"), a share of the links ("some links", "einige Links"), or one earner in the
#: singular ("Harbour Notes ... earns a small commission"). A disclosure says these of the page in the third person as
#: often as with "we" or "this" (review rvn51: all four were dropped as remarks by extractor 109); a remark speaks of
#: blogs, in the plural, and of affiliate links, with no article. EN DE FR ES PT IT RU.
_SITE_NAMED = lazy_re.compile(
    r"\bthe\s+(site|website|blog|article|post|page|review|guide|newsletter|publisher|author|writer|editors?)\b|"
    r"\b(some|certain|several|many of the|most of the|all of the)\s+(product\s+)?links\b|"
    r"\b(earns|receives|collects)\b|"
    r"\b(der|den|dem|des)\s+(blog|blogs|artikel|artikels|beitrag|beitrags|autor|verlag)\b|"
    r"\b(die|der)\s+(seite|website|webseite|autorin)\b|\b(einige|manche)\s+links\b|\b(erhält|bekommt)\b|"
    r"\bfinanziert sich\b|"
    r"\b(le|du|au)\s+(site|blog)\b|\bl['’](article|auteur|autrice|éditeur)\b|\b(certains|quelques)\s+liens\b|"
    r"\b(perçoit|touche|reçoit|gagne)\b|"
    r"\b(el|del|al)\s+(sitio|blog|artículo|autor|editor)\b|\b(algunos)\s+enlaces\b|\b(recibe|cobra|gana)\b|"
    r"\b(il|del|sul|nel|dal)\s+(sito|blog)\b|\bl['’](articolo|autore|autrice|editore)\b|\b(alcuni)\s+link\b|"
    r"\b(riceve|guadagna|percepisce)\b|"
    r"\b(o|do|no)\s+(site|blog|artigo|autor)\b|\b(alguns)\s+links\b|\b(recebe|ganha)\b|"
    r"\b(сайт|блог)(е|а|у)?\b|\b(некоторые)\s+ссылки\b|\b(получает|зарабатывает)\b", _F)

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
    r"\b(способ|источник)\w*\b|"
    # a business's models and revenue ("Secondary models include freemium access, sponsorships, and affiliate
    # marketing. ... sponsored content or affiliate links bring in income without charging users": notices-blind26's
    # app-development guide, a story's sentence on how apps earn)
    r"\b(business|revenue|monetization|monetisation|pricing|secondary|primary) models?\b|\brevenue streams?\b|"
    r"\bbring(s|ing)? in (income|revenue|money)\b|\bgenerat(e|es|ing) (income|revenue)\b", _F)

#: Fewer words are a label or a legend ("Affiliate links", "* affiliate link"), never a remark.
_REMARK_WORDS = 6


def trade_remark(text: str, commerce_cues_only: bool) -> bool:
    """Whether a sponsored candidate ``text``, every cue of which is a commission's or an affiliate's word
    (``commerce_cues_only``), speaks of the trade in general (see the module's docstring)."""
    if (not commerce_cues_only or len(text.split()) < _REMARK_WORDS or _OWN.search(text) or _english_i(text)
            or _SITE_NAMED.search(text)):
        return False
    return bool(_CLASS.search(text) or _PRACTICE.search(text))
