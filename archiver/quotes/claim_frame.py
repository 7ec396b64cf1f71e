"""What a claim's sentence opens or closes with that says under what terms it holds: a measure, a footing, a
setting, exceptions, a hedge, or whose claim or belief it is (quote rules 108-111, 114).

"wages fell last year" is a verbatim part of "Adjusted for inflation, wages fell last year.", "Luxembourg is the
richest country" of "Per capita, Luxembourg is the richest country", "the company is profitable" of "On paper, the
company is profitable." and "the bank collapsed" of "In the simulation, the bank collapsed.": each source claims less
than the quote, or something else (nominal wages may have risen; the economy as a whole is not the richest; the bank
did not collapse). Read in the six languages of the other readers and Russian, one kind per pattern:

* a frame (:data:`_FRAME`, rules 108, 114): a measure ("adjusted for inflation", "in real / dollar / per capita
  terms", "per capita", "on a like-for-like basis", "excluding food and energy", "inflationsbereinigt", "pro Kopf",
  "en termes réels", "hors énergie", "en términos reales", "al netto di", "em termos reais", "в реальном
  выражении"); a footing on paper only ("officially", "nominally", "on paper", "in theory", "auf dem Papier", "sur
  le papier", "sulla carta") or provisional ("on a trial basis", "for the time being", "provisionally", "à titre
  provisoire", "effective next month", "with effect from 2027"); the worst or best case and a bound ("at best", "at
  most", "in the worst case", "bestenfalls", "au mieux"); a made-up setting ("in the simulation", "in a war game",
  "in this scenario", "in the model"; not "during a drill" or "in an exercise": a drill stages real events, and a
  soldier killed during one really died) or a work of fiction, satire or a dream ("In a parody video, ", "In his
  dream, ", "In einem Satirevideo", rules 115; not "In the game, ": a match's events are real);
* exceptions (:data:`_EXCEPT`, rules 109): "Apart from the capital, ", "Except in emergencies, ", "Außer dem Fahrer",
  "À part", "Salvo", "Tranne", "Exceto", "Кроме"; not "Apart from that" nor "Bis auf Weiteres";
* a hedge of appearance, likelihood or wish (:data:`_HEDGE`, rules 110): "Arguably, ", "At first glance, ", "By all
  accounts, ", "In all likelihood, ", "Ideally, ", "Auf den ersten Blick", "À première vue", "Al parecer",
  "Судя по всему"; a dismissal (rules 115): "Not that [the plan will work]", "Non que", "No es que"; and a figurative
  or loose qualifier (rules 116): "In a sense, ", "Broadly speaking, ", ", so to speak.", ", more or less.",
  ", pour ainsi dire.", ", так сказать." (after a quote only where it closes the clause);
* an "as" clause of claim or belief (:data:`_AS_CLAIMED`, rules 110-111): "As the minister claimed, ", "As many
  believe, ", "Wie die Ermittler vermuten, ", ", as critics allege."; not the writer's own ("As we suspected"), a
  finding ("As the data show") or a claim that came true ("as engineers had claimed").

At a sentence's start the phrase must be all that stands between that start and the quote (:func:`leading_frame`; "By
any measure, ..." or "In March, ..." is no frame), with or without its comma (German puts the verb right after it:
"Inflationsbereinigt [sanken die Löhne]"; exceptions without a comma end at a noun). After the quote's end, after a
comma or with no mark, frames and hedging phrases are :func:`measure_tail`'s ("wages fell[, adjusted for
inflation]"), an "as" clause closing the sentence :func:`claimed_tail`'s. Phrases of paraphrase ("in simple terms",
"in other words") and of time ("so far", "in March") are no frame.
"""

from __future__ import annotations

import re

from archiver.quotes.condition_tail import PROPOSALS
from archiver.quotes.lexicon import GAP

_S = GAP
_W = r"[^\s,.;:!?]+"
#: A few words of the frame's own ("excluding [food and energy]", "adjusted for [purchasing power]").
_SOME = r"(?:" + _S + _W + r"){1,5}"
#: The measures "in ... terms" / "en termes ..." names.
_TERMS = (r"(?:real|nominal|absolute|relative|dollar|euro|pound|sterling|yen|cash|money|monetary|percentage|per" + _S
          + r"capita|per-capita|inflation-adjusted|constant(?:" + _S + r"(?:dollar|price|euro)s?)?|volume|value|gdp"
          + r"|annual|annualised|annualized|proportional|purchasing-power|ppp)")
_BASIS = (r"(?:per" + _S + r"capita|per-capita|per" + _S + r"head|per" + _S + r"person|like-for-like|comparable|adjusted"
          r"|seasonally" + _S + r"adjusted|inflation-adjusted|annualised|annualized|constant-currency|constant" + _S
          + r"currency|pro" + _S + r"forma|non-gaap|gaap|underlying)")
#: A made-up setting's nouns (the drill and the exercise are left out: they stage real events).
_SETTINGS = (r"(?:simulations?|war" + _S + r"games?|wargames?|thought" + _S + r"experiments?|hypothetical|scenarios?"
             r"|simulated" + _S + _W + r"|modell?ing|models?|projections?"
             # a work of fiction, satire or a dream (quote rules 115; not "game", "play" or "story": a match, a move
             # and a news story report real events)
             r"|(?:parody|spoof|satire|comedy)" + _S + r"(?:video|clip|piece|article|show|sketch|film)"
             r"|parody|parodies|satire|satirical" + _S + _W + r"|sketch|skit|spoof|dream|nightmare|fantasy|video" + _S
             + r"game|computer" + _S + r"game|novel|film|movie|cartoon|comic|fiction|sitcom)")
_FRAME = (
    # English
    r"(?:when" + _S + r"|once" + _S + r"|if" + _S + r")?(?:adjusted|corrected|controlling)" + _S + r"for" + _SOME
    + r"|(?:inflation|seasonally|price|risk|population)[- ]adjusted"
    + r"|in" + _S + _TERMS + _S + r"terms"
    + r"|on" + _S + r"an?" + _S + _BASIS + _S + r"basis"
    + r"|per" + _S + r"(?:capita|head|person|inhabitant|resident)"
    + r"|(?:excluding|not" + _S + r"counting|not" + _S + r"including|leaving" + _S + r"(?:aside|out)|setting" + _S
    + r"aside|stripping" + _S + r"out)" + _SOME
    + r"|officially|nominally|technically|formally|theoretically|hypothetically|notionally|on" + _S + r"paper|in" + _S
    + r"name(?:" + _S + r"only)?|in" + _S + r"theory|in" + _S + r"principle|at" + _S + r"(?:best|worst|most)"
    + r"|in" + _S + r"(?:the|a)" + _S + r"(?:worst|best)[- ]case(?:" + _S + r"scenario)?"
    # a hypothetical's opening (quote rules 118): "In an ideal world, ", "Best case, ", "Worst case, ", "For the sake of
    # argument, ", "Say [the company goes bankrupt]", "Dans un monde idéal, ", "В идеальном мире"
    + r"|in" + _S + r"an?" + _S + r"(?:ideal|perfect|better)" + _S + r"world|(?:best|worst)[- ]case(?:" + _S
    + r"scenario)?|for" + _S + r"(?:the" + _S + r"sake" + _S + r"of" + _S + r"argument|argument['\u2019]s" + _S
    + r"sake)|say|in" + _S + r"einer" + _S + r"(?:idealen|perfekten|besseren)" + _S + r"welt|dans" + _S + r"un" + _S
    + r"monde" + _S + r"(?:idéal|parfait|meilleur)|en" + _S + r"un" + _S + r"mundo" + _S + r"(?:ideal|perfecto|mejor)"
    + r"|in" + _S + r"un" + _S + r"mondo" + _S + r"(?:ideale|perfetto|migliore)|(?:num|em" + _S + r"um)" + _S
    + r"mundo" + _S + r"(?:ideal|perfeito|melhor)|в" + _S + r"идеальном" + _S + r"мире"
    # a proposal and a projection opening the sentence (quote rules 117): "Under the proposal, ", "Under the draft
    # law, ", "At the current rate, ", "On current trends, ", "Au rythme actuel, ", "Такими темпами" (after the
    # quote, a proposal is condition_tail's; "according to the plan" in any language stays the standing faithful
    # reading of rvq39, and "Selon le projet de loi, " is read by the attributions)
    + r"|under" + _S + r"(?:(?:the|a|this|that|their|its)" + _S + r")?(?:" + _W + _S + r"){0,2}" + PROPOSALS
    + r"(?:" + _S + r"(?:law|bill|legislation|rules?|regulations?|budget))?"
    + r"|(?:at|on)(?:" + _S + r"(?:the|these|those))?" + _S + r"(?:current|present|recent)" + _S
    + r"(?:rates?|pace|trends?|trajectory)|at" + _S + r"this" + _S + r"(?:rate|pace)"
    + r"|(?:beim|bei|im)" + _S + r"(?:jetzigen|derzeitigen|aktuellen|diesem|gegenwärtigen)" + _S + r"tempo"
    + r"|au" + _S + r"rythme" + _S + r"(?:actuel|où" + _S + r"vont" + _S + r"les" + _S + r"choses)|(?:al|a" + _S
    + r"este)" + _S + r"ritmo(?:" + _S + r"actual)?|di" + _S + r"questo" + _S + r"passo|al" + _S + r"ritmo" + _S
    + r"attuale|(?:no|nesse|neste)" + _S + r"ritmo(?:" + _S + r"atual)?|такими" + _S + r"темпами|при" + _S
    + r"нынешних" + _S + r"темпах"
    # a provisional footing and a date an act takes effect on (quote rules 114): "on a trial basis", "for the time
    # being", "provisionally", "effective next month", "with effect from 2027" (not "effective immediately")
    + r"|on" + _S + r"an?" + _S + r"(?:trial|temporary|provisional|interim|pilot|experimental|test)" + _S + r"basis"
    + r"|for" + _S + r"the" + _S + r"time" + _S + r"being|provisionally|temporarily|on" + _S + r"a" + _S + r"trial"
    + r"|(?:effective|with" + _S + r"effect)" + _S + r"(?:next" + _S + _W + r"|(?:from|as" + _S + r"of|on|in)(?:"
    + _S + _W + r"){1,3})"
    + r"|mit" + _S + r"wirkung" + _S + r"(?:zum|zur|ab|vom|von)(?:" + _S + _W + r"){1,3}|vorläufig|probeweise"
    + r"|à" + _S + r"titre" + _S + r"(?:provisoire|temporaire|expérimental|d['\u2019]essai)|provisoirement"
    + r"|temporairement|avec" + _S + r"effet" + _S + r"(?:au|à" + _S + r"compter" + _S + r"du|dès|à" + _S + r"partir"
    + _S + r"du)(?:" + _S + _W + r"){1,3}"
    + r"|de" + _S + r"(?:forma|manera)" + _S + r"(?:provisional|temporal|experimental)|provisionalmente|temporalmente"
    + r"|a" + _S + r"título" + _S + r"(?:provisional|experimental)|con" + _S + r"efecto" + _S + r"(?:desde|a" + _S
    + r"partir" + _S + r"de(?:l)?)(?:" + _S + _W + r"){1,3}"
    + r"|in" + _S + r"via" + _S + r"(?:provvisoria|temporanea|sperimentale)|provvisoriamente|temporaneamente|con"
    + _S + r"effetto" + _S + r"(?:dal|dalla|da)(?:" + _S + _W + r"){1,3}"
    + r"|(?:de" + _S + r"forma|em" + _S + r"caráter)" + _S + r"(?:provisória|temporária|experimental)"
    + r"|provisoriamente|temporariamente|com" + _S + r"efeito" + _S + r"a" + _S + r"partir" + _S + r"de(?:" + _S
    + _W + r"){1,3}"
    + r"|временно|в" + _S + r"(?:порядке|качестве)" + _S + r"эксперимента"
    + r"|(?:in|under)" + _S + r"(?:the|a|an|this|that|such" + _S + r"an?|one|their|its|our|his|her|my|your)" + _S
    + r"(?:" + _W + _S
    + r"){0,2}" + _SETTINGS + r"(?:" + _S + r"(?:run|used|built|made|devised|published|presented|of|by|from)(?:"
    + _S + _W + r"){1,5})?"
    # a work of fiction, satire or a dream in the other languages (quote rules 115)
    + r"|in" + _S + r"(?:der|einer|dem|einem|seinem|ihrem)" + _S + r"(?:satire\w*|parodie|traum|sketch|film|roman"
    + r"|serie|computerspiel|videospiel)|dans" + _S + r"(?:la|une|sa|le|un|son)" + _S + r"(?:parodie|satire|fiction"
    + r"|sketch|rêve|film|roman|jeu" + _S + r"vidéo)|en" + _S + r"(?:la|una|su|el|un)" + _S + r"(?:parodia|sátira"
    + r"|ficción|película|novela|sueño|videojuego|sketch)|(?:nella|nel|in" + _S + r"una|in" + _S + r"un)" + _S
    + r"(?:parodia|satira|finzione|sogno|film|romanzo|videogioco|sketch)|(?:na|no|numa|num)" + _S
    + r"(?:paródia|sátira|ficção|sonho|filme|romance|videogame)"
    # German
    + r"|(?:inflations|preis|saison|kaufkraft)bereinigt|real" + _S + r"gerechnet|pro" + _S + r"kopf|je" + _S
    + r"einwohner|auf" + _S + r"dem" + _S + r"papier|offiziell|nominell|formal|formell|theoretisch|in" + _S + r"der"
    + _S + r"theorie|im" + _S + r"prinzip|prinzipiell|bestenfalls|schlimmstenfalls|im" + _S
    + r"(?:schlimmsten|besten|ungünstigsten|günstigsten)" + _S + r"fall|in" + _S + r"der" + _S + r"simulation|im"
    + _S + r"(?:modell|szenario|planspiel)|ohne" + _S + r"(?:energie|lebensmittel|nahrungsmittel|sondereffekte"
    + r"|einmaleffekte)(?:" + _S + r"und" + _S + _W + r")?"
    # French
    + r"|en" + _S + r"termes" + _S + r"(?:réels|nominaux|absolus|relatifs|de" + _S + _W + r")|corrigée?s?" + _S
    + r"de" + _S + r"l['\u2019]inflation|hors" + _S + r"(?:inflation|énergie|alimentation|tabac)(?:" + _S + r"et"
    + _S + _W + r")?|par" + _S + r"habitant|sur" + _S + r"le" + _S + r"papier|officiellement|nominalement"
    + r"|formellement|théoriquement|en" + _S + r"théorie|en" + _S + r"principe|au" + _S + r"(?:mieux|pire)"
    + r"|dans" + _S + r"le" + _S + r"(?:pire|meilleur)" + _S + r"des" + _S + r"cas|dans" + _S
    + r"(?:la|une|cette)" + _S + r"simulation|dans" + _S + r"(?:ce|le|un)" + _S + r"(?:scénario|modèle)"
    # Spanish
    + r"|en" + _S + r"términos" + _S + r"(?:reales|nominales|absolutos|relativos|per" + _S + r"cápita|de" + _S
    + _W + r")|per" + _S + r"cápita|por" + _S + r"habitante|(?:descontando|excluyendo|sin" + _S + r"contar)" + _SOME
    + r"|ajustad[oa]s?" + _S + r"(?:por|a|según)" + _S + r"(?:la" + _S + r")?inflación|(?:sobre|en)" + _S + r"el"
    + _S + r"papel|oficialmente|nominalmente|teóricamente|formalmente|en" + _S + r"teoría|en" + _S + r"principio"
    + r"|en" + _S + r"el" + _S + r"(?:peor|mejor)" + _S + r"(?:de" + _S + r"los" + _S + r"casos|escenario)|en" + _S
    + r"(?:la|una|esta)" + _S + r"simulación|a" + _S + r"lo" + _S + r"sumo|como" + _S + r"mucho"
    # Italian
    + r"|in" + _S + r"termini" + _S + r"(?:reali|nominali|assoluti|relativi|pro" + _S + r"capite|di" + _S + _W
    + r")|pro" + _S + r"capite|al" + _S + r"netto" + _S + r"(?:dell['\u2019]inflazione|d[ei]" + _SOME + r"|dell[ao']"
    + _SOME + r")|sulla" + _S + r"carta|in" + _S + r"teoria|in" + _S + r"linea" + _S + r"di" + _S + r"principio"
    + r"|ufficialmente|teoricamente|nel" + _S + r"(?:peggiore|migliore)" + _S + r"dei" + _S + r"casi|nello" + _S
    + r"scenario" + _S + r"(?:peggiore|migliore)|nella" + _S + r"simulazione|al" + _S + r"massimo|tutt['\u2019]al"
    + _S + r"più"
    # Portuguese
    + r"|em" + _S + r"termos" + _S + r"(?:reais|nominais|absolutos|relativos|per" + _S + r"capita|de" + _S + _W
    + r")|descontada" + _S + r"a" + _S + r"inflação|(?:excluindo|descontando|sem" + _S + r"contar)" + _SOME + r"|no"
    + _S + r"papel|em" + _S + r"teoria|em" + _S + r"princípio|na" + _S + r"(?:pior|melhor)" + _S + r"das" + _S
    + r"hipóteses|no" + _S + r"(?:pior|melhor)" + _S + r"cenário|na" + _S + r"simulação|no" + _S + r"máximo"
    # Russian
    + r"|в" + _S + r"(?:реальном|номинальном|долларовом|абсолютном)" + _S + r"выражении|на" + _S + r"душу" + _S
    + r"населения|с" + _S + r"уч[её]том" + _S + r"инфляции|официально|формально|теоретически|на" + _S + r"бумаге|в"
    + _S + r"теории|в" + _S + r"(?:лучшем|худшем)" + _S + r"случае")
#: The exceptions a sentence may open with (quote rules 109): "Apart from the capital, [the country is calm]",
#: "Except in emergencies, ", "Barring medical reasons, ", "Abgesehen von der Hauptstadt [ist das Land ruhig]", "À
#: part la capitale, ", "Salvo la capital, ", "Tranne la capitale, ", "Exceto a capital, ", "Кроме водителя, ".
_EXCEPT = (r"(?:apart" + _S + r"from|aside" + _S + r"from|except(?:" + _S + r"(?:for|in|on|at|when|where|during))?"
           r"|with" + _S + r"the" + _S + r"exceptions?" + _S + r"of|barring|save" + _S + r"for|other" + _S + r"than"
           r"|abgesehen" + _S + r"von|außer|ausser|bis" + _S + r"auf|mit" + _S + r"ausnahme" + _S + r"(?:von|der|des)"
           r"|ausgenommen|à" + _S + r"part|sauf|hormis|excepté|mis" + _S + r"à" + _S + r"part|à" + _S
           + r"l['\u2019]exception" + _S + r"d(?:e|u|es|['\u2019])|salvo|excepto|aparte" + _S + r"de(?:l)?|a" + _S
           + r"excepción" + _S + r"de(?:l)?|tranne|eccetto|a" + _S + r"parte|ad" + _S + r"eccezione" + _S
           + r"d(?:i|el|ella|ei|egli|elle)|fatta" + _S + r"eccezione" + _S + r"per|exceto|à" + _S + r"exceção" + _S
           + r"d(?:e|o|a|os|as)|com" + _S + r"exceção" + _S + r"d(?:e|o|a|os|as)|tirando|кроме|за" + _S
           + r"исключением)(?:" + _S + r"(?:l['\u2019]|d['\u2019])?" + _W + r"){1,6}?")
#: The exceptions' words that point back, not to an exception ("Apart from that, "), and German "bis auf weiteres"
#: (until further notice: a time the standing rules read as no bound, red team rvq48): no frame.
_POINTING_BACK = frozenset(["that", "this", "these", "those", "it", "dies", "das", "davon", "dem", "ça", "cela", "ceci",
                            "eso", "esto", "ello", "questo", "ciò", "isso", "isto", "это", "этого", "того", "all",
                            "weiteres"])
#: Exceptions with no comma before the quote (German puts the verb right after them: "Außer dem Fahrer [wurde
#: niemand verletzt]") hold at most this many words, the last a noun or a name (capitalised): else the words run on
#: into the clause ("Außer geringfügigen Anpassungen hat auch", "Bis auf Nehrig und": the survey's faithful cuts).
_BARE_EXCEPTION_WORDS = 4
#: Hedges of appearance, likelihood or wish a sentence may open with (quote rules 110): "Arguably, ", "At first glance,
#: ", "By all accounts, ", "In all likelihood, ", "Ideally, ", "Hopefully, ", "Auf den ersten Blick", "Aller
#: Voraussicht nach", "À première vue, ", "Selon toute vraisemblance, ", "Al parecer, ", "A quanto pare, ", "Ao que
#: parece, ", "Судя по всему, ". (The single hedging adverbs "Apparently", "Reportedly" are lead_word's.)
_HEDGE_PHRASES = (
    r"at" + _S + r"first" + _S + r"(?:glance|sight)|on" + _S + r"the" + _S + r"face" + _S + r"of" + _S + r"it|(?:to|by)"
    + _S + r"all" + _S + r"appearances|by" + _S + r"all" + _S + r"accounts|in" + _S + r"all" + _S
    + r"(?:likelihood|probability)|more" + _S + r"likely" + _S + r"than" + _S + r"not|with" + _S
    + r"(?:(?:any|some|a" + _S + r"bit" + _S + r"of|a" + _S + r"little)" + _S + r")?luck"
    + r"|auf" + _S + r"den" + _S + r"ersten" + _S + r"blick|(?:allem|dem)" + _S + r"anschein" + _S + r"nach|aller"
    + _S + r"(?:voraussicht|wahrscheinlichkeit)" + _S + r"nach|im" + _S + r"idealfall|mit" + _S
    + r"(?:etwas" + _S + r")?glück|optimistisch" + _S + r"gerechnet"
    + r"|à" + _S + r"première" + _S + r"vue|au" + _S + r"premier" + _S + r"abord|en" + _S + r"apparence|selon" + _S
    + r"toute" + _S + r"(?:vraisemblance|probabilité)|dans" + _S + r"l['\u2019]idéal|avec" + _S
    + r"(?:un" + _S + r"peu" + _S + r"de" + _S + r"|de" + _S + r"la" + _S + r")chance"
    + r"|a" + _S + r"primera" + _S + r"vista|en" + _S + r"apariencia|al" + _S + r"parecer|según" + _S + r"parece"
    + r"|por" + _S + r"lo" + _S + r"visto|con" + _S + r"toda" + _S + r"probabilidad|con" + _S + r"(?:un" + _S
    + r"poco" + _S + r"de" + _S + r")?suerte"
    + r"|a" + _S + r"prima" + _S + r"vista|in" + _S + r"apparenza|a" + _S + r"quanto" + _S + r"(?:pare|sembra)|con"
    + _S + r"ogni" + _S + r"probabilità|con" + _S + r"un" + _S + r"po['\u2019]" + _S + r"di" + _S + r"fortuna"
    + r"|à" + _S + r"primeira" + _S + r"vista|ao" + _S + r"que" + _S + r"(?:parece|tudo" + _S + r"indica)|pelo"
    + _S + r"visto|com" + _S + r"toda" + _S + r"a" + _S + r"probabilidade|com" + _S + r"(?:um" + _S + r"pouco"
    + _S + r"de" + _S + r")?sorte"
    + r"|на" + _S + r"первый" + _S + r"взгляд|судя" + _S + r"по" + _S + r"всему|по" + _S + r"всей" + _S
    + r"(?:видимости|вероятности)|скорее" + _S + r"всего|вероятнее" + _S + r"всего|в" + _S + r"идеале")
#: "Not that [the plan will work]", "Nicht, dass", "Non que", "No es que", "Non che", "Não que" (quote rules 115): the
#: sentence dismisses what follows.
_NOT_THAT = (r"not" + _S + r"that|nicht,?" + _S + r"dass|non" + _S + r"(?:que|qu['\u2019]|che)|no" + _S + r"es" + _S
             + r"que|não" + _S + r"que")
#: Words that make what they qualify figurative, loose or approximate (quote rules 116): "so to speak", "in a sense",
#: "more or less", "sort of", "figuratively speaking", "broadly speaking", "by his own account", "sozusagen",
#: "gewissermaßen", "pour ainsi dire", "plus ou moins", "en cierto modo", "più o meno", "por assim dizer", "так
#: сказать". Not "strictly speaking" (a precise claim), nor "if you will" (the standing faithful pair of the review of
#: rules 28: "He is a genius, if you will, of the stage"). After a quote only where they close the clause ("written in a
#: way that confuses" is a manner): :data:`_FIGURATIVE_TAIL`.
_FIGURATIVE = (
    r"so" + _S + r"to" + _S + r"speak|as" + _S + r"it" + _S + r"were|(?:figuratively"
    r"|metaphorically|broadly|generally|roughly|loosely)" + _S + r"speaking|figuratively|metaphorically|in" + _S
    + r"(?:a|one|some|a" + _S + r"certain)" + _S + r"(?:sense|way)|in" + _S + r"some" + _S + r"ways|in" + _S + r"a"
    + _S + r"manner" + _S + r"of" + _S + r"speaking|more" + _S + r"or" + _S + r"less|sort" + _S + r"of|kind" + _S
    + r"of|by" + _S + r"(?:his|her|their|its|my|our|your)" + _S + r"own" + _S + r"accounts?"
    + r"|sozusagen|gewissermaßen|in" + _S + r"gewisser" + _S + r"(?:weise|hinsicht)|mehr" + _S + r"oder" + _S
    + r"weniger|im" + _S + r"übertragenen" + _S + r"sinne?|bildlich" + _S + r"gesprochen|grob" + _S + r"gesagt"
    + r"|im" + _S + r"großen" + _S + r"und" + _S + r"ganzen"
    + r"|pour" + _S + r"ainsi" + _S + r"dire|en" + _S + r"quelque" + _S + r"sorte|d['\u2019]une" + _S + r"certaine"
    + _S + r"(?:manière|façon)|plus" + _S + r"ou" + _S + r"moins|(?:en|dans)" + _S + r"un" + _S + r"sens|au" + _S
    + r"sens" + _S + r"figuré|grosso" + _S + r"modo|en" + _S + r"gros"
    + r"|por" + _S + r"así" + _S + r"decirlo|en" + _S + r"cierto" + _S + r"(?:modo|sentido)|de" + _S + r"alguna" + _S
    + r"manera|más" + _S + r"o" + _S + r"menos|en" + _S + r"sentido" + _S + r"figurado|a" + _S + r"grandes" + _S
    + r"rasgos"
    + r"|per" + _S + r"così" + _S + r"dire|in" + _S + r"un" + _S + r"certo" + _S + r"(?:senso|modo)|più" + _S + r"o"
    + _S + r"meno|in" + _S + r"senso" + _S + r"figurato"
    + r"|por" + _S + r"assim" + _S + r"dizer|de" + _S + r"certa" + _S + r"(?:forma|maneira)|em" + _S + r"certo" + _S
    + r"sentido|mais" + _S + r"ou" + _S + r"menos|em" + _S + r"sentido" + _S + r"figurado"
    + r"|так" + _S + r"сказать|в" + _S + r"(?:некотором|каком-то)" + _S + r"смысле|более" + _S + r"или" + _S
    + r"менее|в" + _S + r"переносном" + _S + r"смысле|образно" + _S + r"говоря|грубо" + _S + r"говоря")
_HEDGE = (r"(?:arguably|conceivably|ideally|optimistically|hopefully|idealerweise|hoffentlich|idéalement|a" + _S
          + r"priori|idealmente|по-видимому|" + _NOT_THAT + r"|" + _FIGURATIVE + r"|" + _HEDGE_PHRASES + r")")
#: An "as" clause of claim or belief opening the sentence (quote rules 110): "As the minister claimed, ", "As many
#: believe, ", "Wie der Minister behauptete, ", "Comme l'a affirmé le ministre, ", "Como sostienen los críticos, ":
#: the claim after it is theirs, as after "According to unconfirmed reports". Not a verb of plain saying ("As the
#: minister said, ": rules 44 read a named source only for a quote to its sentence's end), nor of showing ("As the
#: data show").
_CLAIMING = (r"(?:claimed|claims|claim|alleged|alleges|allege|believe|believes|believed|think|thinks|thought|suspect"
             r"|suspects|suspected|fear|fears|feared|insist|insists|insisted|contend|contends|contended|maintain"
             r"|maintains|maintained|assert|asserts|asserted|argue|argues|argued|speculate|speculates|speculated"
             r"|behauptet|behauptete|behaupten|behaupteten|glaubt|glauben|glaubte|glaubten|meint|meinen|meinte"
             r"|meinten|vermutet|vermuten|vermutete|fürchtet|fürchten|befürchtet|befürchten|unterstellt|spekuliert"
             r"|affirmé|affirme|affirment|prétend|prétendent|prétendu|croient|croit|pensent|pense|soupçonnent"
             r"|craignent|soutient|soutiennent|allègue|allèguent|afirmó|afirma|afirman|creen|cree|sostiene|sostienen"
             r"|alegan|alega|sospechan|temen|sostengono|credono|crede|afferma|affermano|affermato|temono|sospettano"
             r"|afirmou|afirmam|acreditam|acredita|alegam|sustenta|sustentam|temem|suspeitam|утверждает|утверждают"
             r"|утверждал|утверждали|считают|считает|полагают|думают|опасаются)")
_AS_CLAIMED = (r"(?:as|wie|comme|como|come|как)(?:" + _S + _W + r"){0,5}?" + _S + r"(?:l['\u2019]" + _S + r"?)?(?:a"
               + _S + r"|ont" + _S + r"|ha" + _S + r"|han" + _S + r"|hanno" + _S + r")?" + _CLAIMING
               + r"(?:" + _S + _W + r"){0,4}?")
#: The whole of a sentence's opening before a quote: the frame, then its comma or only a space.
_OPENING = re.compile(r"(?:(" + _FRAME + r")|(" + _EXCEPT + r")|(" + _HEDGE + r")|(" + _AS_CLAIMED
                      + r"))[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*", re.IGNORECASE)
#: What each kind of frame does to the claim after it, as a note says it.
FRAME_SAYS = "says under what measure, on what footing or in what setting they hold"
EXCEPTIONS_SAY = "names exceptions to them"
HEDGE_SAYS = "hedges them (an appearance, a likelihood or a wish)"
_FRAME_TAIL_SAYS = "says under what measure, on what footing or in what setting it holds"
_HEDGE_TAIL_SAYS = "hedges it (an appearance or a likelihood)"
CLAIMED_SAYS = "makes them someone's claim or belief"
#: Words of an "as" clause that make it the writer's own ("As I argued, ", "As we suspected, "), and the auxiliaries of
#: a claim made before what the sentence now states ("The bridge collapsed, as engineers had claimed.": it came
#: true, a standing faithful pair of rules 25): no one else's claim.
_OWN = frozenset(["i", "we", "ich", "wir", "je", "nous", "yo", "nosotros", "io", "noi", "eu", "nós", "я", "мы",
                  "had", "hatte", "hatten", "avait", "avaient", "había", "habían", "aveva", "avevano", "tinha",
                  "tinham", "havia", "haviam"])
#: Where a sentence starts: after a full stop, a colon or a line break, and opening marks (the text's start is read
#: apart).
_SENTENCE_START = re.compile(r"(?:[.!?:][\"'\u201d\u2019\u00bb)]*\s+|\n)[\s\"'\u201c\u201e\u2018\u00ab(]*")
_MARKS = " \t\n\"'\u201c\u201e\u2018\u00ab("
#: How far back a frame's sentence may start: the longest frame with its words and comma fits.
_LOOK_BACK = 90
#: The frame right after a quote's end (a comma or a space before it), to the end of its phrase.
_TAIL = re.compile(r"(" + _FRAME + r"|" + _HEDGE_PHRASES + r")(?![^\W\d_])", re.IGNORECASE)
_HEDGE_TAIL = re.compile(_HEDGE_PHRASES, re.IGNORECASE)
#: A figurative or loose qualifier closing the quote's clause (rules 116): "The war is over[, in a sense].".
_FIGURATIVE_TAIL = re.compile(r"(" + _FIGURATIVE + r")(?=[ \t\u00a0\u202f]*(?:[.,;:!?)\u2026]|$))", re.IGNORECASE)
#: An "as" clause of claim or belief closing the quote's sentence ("..., as the minister claimed.", "..., wie der
#: Minister behauptet."; quote rules 111).
_AS_CLAIMED_TAIL = re.compile(r"(" + _AS_CLAIMED + r")(?=[ \t\u00a0\u202f]*(?:[.!?;]|$))", re.IGNORECASE)
#: A frame's words that say the claim holds either way ("Adjusted for inflation or not, ..."): no frame.
_EITHER_WAY = re.compile(r"(?<![^\W\d_])(?:or|oder|ou|o)" + _S + r"(?:not|otherwise|nicht|non|no|não)$", re.IGNORECASE)
#: A dream after a quote's end is where a real thing came, as often as a made-up setting ("Die Idee kam mir [in einem
#: Traum]", the faithful survey): read only where it opens the sentence ("In his dream, the city was under water").
_DREAM = re.compile(r"(?:dream|nightmare|traum|rêve|sueño|sogno|sonho)$", re.IGNORECASE)
#: Frames not read after a quote's end here: "at most" bounds a figure the quote holds before it (number_edge reads
#: that), "officially" after a verb is its manner ("was officially opened"), and the hedges trail_limit reads.
_NOT_TAIL = frozenset(["at most", "officially", "formally", "technically", "offiziell", "formal", "formell",
                       "officiellement", "formellement", "oficialmente", "formalmente", "ufficialmente", "официально",
                       "формально",
                       # the hedges trail_limit reads after a quote's end, with its own note (its HEDGING_PAIRS)
                       "in theory", "in principle", "on paper", "at best", "theoretisch", "en théorie", "en principe",
                       "en teoría", "in teoria", "em teoria",
                       # "say" opens a hypothetical only at a sentence's start ("[Experts] say ..." is a verb)
                       "say"])


def leading_frame(original: str, start: int) -> tuple[int, int, str] | None:
    """(start, end, what it does) of the frame or the exceptions that are the whole opening of the sentence the quote
    starts in, the quote starting at ``original[start]``, if any."""
    if start == 0:
        return None
    reach = max(0, start - _LOOK_BACK)
    opened = None
    for found in _SENTENCE_START.finditer(original, reach, start):
        opened = found  # the last sentence start before the quote
    if opened is not None:
        at = opened.end()
    elif reach == 0:
        at = len(original) - len(original.lstrip(_MARKS))
    else:
        return None  # the sentence starts further back than any frame reaches
    m = _OPENING.fullmatch(original, at, start)
    if m is None:
        return None
    if m.group(1) is not None:
        return None if _EITHER_WAY.search(m.group(1)) else (m.start(1), m.end(1), FRAME_SAYS)
    if m.group(3) is not None:
        return m.start(3), m.end(3), HEDGE_SAYS
    if m.group(4) is not None:
        if "," not in original[m.end(4):start] or _OWN & {w.casefold() for w in m.group(4).split()}:
            return None  # no comma: the clause runs into the claim; "As we suspected": the writer's own
        return m.start(4), m.end(4), CLAIMED_SAYS
    words = m.group(2).split()
    if words[-1].casefold().strip("'\u2019") in _POINTING_BACK:
        return None  # "Apart from that, ", "Bis auf Weiteres" (until further notice)
    if "," not in original[m.end(2):start] and (len(words) > _BARE_EXCEPTION_WORDS or not words[-1][:1].isupper()):
        return None  # "Außer geringfügigen Anpassungen hat auch [...]": no comma, so the words must end at a noun
    return m.start(2), m.end(2), EXCEPTIONS_SAY


def measure_tail(after: str, at: int) -> tuple[int, int, str] | None:
    """(start, end, what it does) of the frame or the hedging phrase starting at ``after[at]`` (the text right after a
    quote's end, past its comma or the space before it), if any; not one of :data:`_NOT_TAIL`."""
    m = _TAIL.match(after, at)
    if m is None and (loose := _FIGURATIVE_TAIL.match(after, at)) is not None:
        return loose.start(1), loose.end(1), "makes it figurative, loose or approximate"  # ", so to speak." (rules 116)
    if m is None or " ".join(m.group(1).lower().split()) in _NOT_TAIL or _EITHER_WAY.search(m.group(1)) is not None or (
            _DREAM.search(m.group(1)) is not None):
        return None
    hedge = _HEDGE_TAIL.fullmatch(m.group(1)) is not None
    return m.start(1), m.end(1), (_HEDGE_TAIL_SAYS if hedge else _FRAME_TAIL_SAYS)


def claimed_tail(after: str, at: int) -> tuple[int, int, str] | None:
    """(start, end, what it does) of an "as" clause of claim or belief starting at ``after[at]`` and closing the quote's
    sentence (", as the minister claimed.", ", wie der Minister behauptet."; quote rules 111), if any: not the
    writer's own ("as we suspected")."""
    claimed = _AS_CLAIMED_TAIL.match(after, at)
    if claimed is None or _OWN & {w.casefold() for w in claimed.group(1).split()}:
        return None
    return claimed.start(1), claimed.end(1), "makes it someone's claim or belief"
