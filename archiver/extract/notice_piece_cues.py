"""Cues for three notices that say who wrote or paid for the piece, or where it also stands (round b18notice,
notices-blind18's misses): a guest or community post's note, a cross-posting note, and the writer's own
organisation funded by named companies.

Kept apart from :mod:`archiver.extract.notice_cues`'s table so that the three classes read together; that module
merges them into its ``_MORE_CUES`` and ``STEMS``, so the detector, the prefilter and the shipped needs tables
(``cue_needs``, ``cue_more_needs``) see them as every other cue. Each phrase names the piece or the writer's own
("this is a guest post", "my organisation is funded by"), never a story's third party: "the company is funded by
investors" or "a guest at the hotel" hold neither. Written from how blogs and outlets word these notes in general,
in the seven languages, not copied from a labelled page.
"""

from __future__ import annotations

# The piece said to be a guest's or the community's ("This is a guest post by Jane Doe", "Guest post by ...", "This
# community-written post ...", "Gastbeitrag von ...", "Article invité", "Artículo de opinión de un colaborador"): an
# editor's note on who wrote it. Only the piece as the subject or the line's opening label: "our guest this week" or
# "a guest post on their blog" inside a story names no notice.
_PIECE_EN = r"(post|article|piece|story|blog post|column|essay|contribution)"
GUEST_NOTE: dict[str, tuple[str, ...]] = {
    "en": (rf"^\W{{0,3}}(this|the following|today['’]s)( {_PIECE_EN})? (is|was) (an? )?(guest|community|reader|contributed) "
           rf"({_PIECE_EN}|contribution)\b",
           rf"\b(this|the following) (guest|community|reader|user)[- ](written|submitted|contributed) {_PIECE_EN}\b",
           rf"^\W{{0,3}}(a )?guest {_PIECE_EN} (by|from)\b",
           rf"^\W{{0,3}}(this|the following) {_PIECE_EN} (is|was) (a guest {_PIECE_EN}|written by (a|our) guest)\b"),
    # (not "Gastbeitrag: <title>": a blog's list of its guest posts names each post's category before its title)
    "de": (r"^\W{0,3}(ein )?gast(beitrag|artikel|kommentar) (von|vom)\b",
           r"\b(dies(er|es)|der (folgende|nachfolgende)) (beitrag|artikel|text) ist ein gast(beitrag|artikel)\b"),
    "fr": (r"^\W{0,3}(article|billet|tribune) invitée?\b",
           r"\b(cet|ce) (article|billet|texte) est (un|une) (article invité|billet invité|tribune invitée|contribution "
           r"d['’]un(e)? (invitée?|lecteur|lectrice|contributeur|contributrice))\b"),
    "es": (r"^\W{0,3}(art[ií]culo|entrada|columna)( de opini[oó]n)? (de|escrito por) (un|una) (colaborador|colaboradora|"
           r"invitad[oa]|autor invitado|autora invitada)\b",
           r"^\W{0,3}(art[ií]culo|entrada|post) invitad[oa]\b",
           r"\b(este|esta) (art[ií]culo|entrada|post|texto) es (un|una) (art[ií]culo|entrada|post|colaboraci[oó]n) "
           r"(invitad[oa]|de (un|una) (colaborador|colaboradora|invitad[oa]))\b"),
    "pt": (r"^\W{0,3}(artigo|post|texto|coluna)( de opini[aã]o)? (de|escrito por) (um|uma) (colaborador|colaboradora|"
           r"convidad[oa]|autor convidado|autora convidada)\b",
           r"^\W{0,3}(artigo|post|texto) convidad[oa]\b",
           r"\b(este|esta) (artigo|post|texto) é (um|uma) (artigo|post|texto|colabora[cç][aã]o) (convidad[oa]|de (um|uma) "
           r"(colaborador|colaboradora|convidad[oa]))\b"),
    "it": (r"^\W{0,3}(articolo|post|contributo) (ospite|di un ospite|di un(a)? collaborat(ore|rice) estern[oa])\b",
           r"\b(questo|quest['’]) ?(articolo|post|testo) è un (guest post|articolo ospite|contributo estern[oa])\b"),
    "ru": (r"^\W{0,3}(гостевой|гостевая) (пост|статья|материал|колонка)\b",
           r"\b(это|этот|эта) (пост|статья|материал|текст) (—\s*)?(гостевой|гостевая|написан\w* (гостем|гостевым автором|читателем))\b"),
}

# The piece said to stand on another site as well ("This article is being cross-posted on the Example Blog",
# "Cross-posted from ...", "also cross-posted to ..."): where the piece is published, a republication note. The
# forms with "from" were read already (:mod:`archiver.extract.notice_cues`); these add "on", "to", "at", "in" and the
# bare opening label. "This post first appeared on ..." is read by "appeared first"'s and "first appeared"'s cues.
CROSS_POST: dict[str, tuple[str, ...]] = {
    "en": (r"\b(is|was|are|were|being|been|also) cross-?posted (on|to|at|in|with)\b",
           r"^\W{0,3}(also )?cross-?posted (on|to|at|in|from)\b"),
    "de": (r"\b(erscheint|erschien|erscheinen) (auch|gleichzeitig|parallel|zeitgleich) (auf|bei|in|im)\b",),
    "fr": (r"\b(est|a été) (aussi |également )?publiée? (simultanément|en parallèle|conjointement) (sur|dans)\b",),
    "es": (r"\b(se publica|se publicó|fue publicad[oa]|está publicad[oa]) (también |simultáneamente |paralelamente )(en)\b",),
    "pt": (r"\b(é|foi) (também )?publicad[oa] (simultaneamente|em paralelo|também) (no|na|em)\b",),
    "it": (r"\b(è stat[oa] )?(pubblicat[oa]|appars[oa]) (anche|contemporaneamente|in contemporanea) (su|sul|sulla|in)\b",),
    "ru": (r"\b(также|одновременно) (опубликован\w*|выходит|вышл?[аио]?) (на|в)\b",),
}

# The writer's own organisation, company or work said to be paid for by named backers ("Geomys, my open source
# maintenance organization, is funded by A, B and C", "Our newsletter is sponsored by ..."): the sponsorship of what
# the reader is reading, disclosed in the first person. A third person's ("the startup is funded by investors") is a
# story's fact and holds no "my"/"our".
_OWN_EN = r"(organi[sz]ation|company|work|project|newsletter|blog|podcast|research|lab|studio|nonprofit|non-profit|team|site)"
OWN_FUNDING: dict[str, tuple[str, ...]] = {
    "en": (rf"\b(my|our) ([\w'’-]+ ){{0,6}}?{_OWN_EN}s?,?\s+(is|are)( (generously|partly|partially|mostly|entirely|largely|"
           r"kindly|currently|now))? (funded|sponsored|supported|paid for|underwritten|backed) by\b",),
    "de": (r"\b(mein|meine|unser|unsere) ([\w-]+ ){0,5}?(organisation|firma|unternehmen|arbeit|projekt|newsletter|blog|"
           r"podcast|team)\b,?\s+(wird|werden) ([\w-]+ ){0,2}?(von|durch)\b[^.!?]{1,120}\b(finanziert|gefördert|gesponsert)\b",),
    "fr": (r"\b(mon|ma|notre|nos) ([\w'’-]+ ){0,5}?(organisation|entreprise|association|travail|projet|newsletter|blog|"
           r"podcast|équipe)\b,?\s+(est|sont) (financée?s?|sponsorisée?s?|soutenue?s? financièrement) par\b",),
    "es": (r"\b(mi|mis|nuestra|nuestro|nuestras|nuestros) ([\w-]+ ){0,5}?(organización|empresa|trabajo|proyecto|boletín|"
           r"blog|podcast|equipo)\b,?\s+(es|está|son|están) (financiad|patrocinad)[oa]s? por\b",),
    "pt": (r"\b(minha|meu|minhas|meus|nossa|nosso|nossas|nossos) ([\w-]+ ){0,5}?(organização|empresa|trabalho|projeto|"
           r"newsletter|blog|podcast|equipe)\b,?\s+(é|são|está|estão) (financiad|patrocinad)[oa]s? por\b",),
    "it": (r"\b(la mia|il mio|la nostra|il nostro) ([\w'’-]+ ){0,5}?(organizzazione|azienda|associazione|lavoro|progetto|"
           r"newsletter|blog|podcast)\b,?\s+(è|sono) (finanziat|sponsorizzat)[oa] da\b",),
    "ru": (r"\b(моя|мой|моё|наша|наш|наше) ([\w-]+ ){0,5}?(организация|компания|работа|проект|рассылка|блог|подкаст)\b,?\s+"
           r"(финансируется|спонсируется)\b",),
}

# The words :mod:`archiver.extract.notice_own_statements`' forms need (round b19notice), lower case: each form is read on
# a line only when it holds one of its words, and every word is a stem of the prefilter (below), so that a line
# holding none is never read for them.
# (Review rvmod59: the German "wir haben Partner-Links / Partnerbeziehungen" and "free / at no cost to you because" were
# forms no line could reach, holding none of these words.)
AFFILIATE_WORDS = ("affiliat", "partnerprogramm", "partner-programm", "partnerlink", "partner-link", "partnerbeziehung",
                   "partner-beziehung", "afiliad", "affiliazione",
                   # "our links" and its forms: a commission on what the reader buys through them (review rvn60)
                   "our link", "my link", "unserer link", "unsere link", "unseren link", "meiner link", "meine link",
                   "nos liens", "mes liens", "nuestros enlaces", "mis enlaces", "nostri link", "miei link",
                   "nossos links", "meus links")
UPDATE_WORDS = ("updated", "rechecked", "re-checked", "refreshed", "revised", "reverified", "re-verified",
                "aktualisiert", "überprüft", "überarbeitet", "mis à jour", "vérifié", "actualisé", "révisé",
                "actualizado", "revisado", "verificado", "aggiornato", "ricontrollato", "verificato", "rivisto",
                "atualizei", "atualizamos", "verifiquei", "verificamos", "revisei", "revisamos")
PAYS_WORDS = ("pay us", "compensate us", "free because", "charge because", "cost because", "to you because")
PRODUCT_WORDS = ("disclosure", "disclaimer", "transparen", "offenlegung", "divulga", "trasparenza", "aviso")
PAID_WORDS = ("paid ", "bezahlte ", "kostenpflichtige ", "payant", "rémunéré", "sponsorisé", "pagad", "patrocinad",
              "a pagamento", "sponsorizzato", " pago", " paga")
VIEWS_WORDS = ("expressed", "geäußert", "vertreten", "exprimé", "émises", "expresad", "vertid", "espresse", "expressas")


def _stem_line(*words: tuple[str, ...]) -> str:
    return " " + " ".join(w.replace(" ", "_") for group in words for w in group)


#: The stems the prefilter needs for these cues, by kind ("_" for a space), merged into ``notice_cues.STEMS``.
STEMS: dict[str, str] = {
    # (the compounds, not "community" or "reader" alone: a line holding either would be tried for every editor's-note
    # cue, "This post was written by Jane Doe, head of community" among them)
    "editors_note": "guest community-written community_written community-submitted community_submitted "
                    "community-contributed community_contributed reader-written reader_written reader-submitted "
                    "reader_submitted reader-contributed reader_contributed user-written user_written user-submitted "
                    "user_submitted user-contributed user_contributed "
                    + " ".join(f"{who}_{piece}" for who in ("community", "reader", "contributed")
                               for piece in ("post", "article", "piece", "story", "blog", "column", "essay", "contribution"))
                    + " gastbeitrag gastartikel gastkommentar invité invitée invitad colaborador convidad ospite collaborat "
                    "гостев гостем читател",
    "republished_from": "cross-post crosspost erscheint_ erschien_ simultanément en_parallèle conjointement simultáneamente "
                        "paralelamente simultaneamente em_paralelo contemporanea contemporaneamente также_ одновременно",
    "sponsored": "funded_by sponsored_by supported_by paid_for underwritten_by backed_by finanziert gefördert gesponsert "
                 "financé sponsorisé financiad patrocinad finanziat sponsorizzat финансируется спонсируется"
                 + _stem_line(AFFILIATE_WORDS, PAYS_WORDS, PAID_WORDS),
    "disclaimer": _stem_line(PRODUCT_WORDS, VIEWS_WORDS).strip(),
    "correction": _stem_line(UPDATE_WORDS).strip(),
}
