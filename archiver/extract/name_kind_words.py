"""The words that tell a name's kind by one of its words: the words of a role printed before a writer's name (a
job title's opening words and the trade words of a newsroom, in the seven languages, feminine forms too), and the
kind words of a place or a body after a given name ("Jackson Hole", "Grace Church").

Why a module of its own: these are word lists only, read by the name checks of :mod:`archiver.extract.signals`
(:func:`~archiver.extract.signals.role_opens`, the name over the story's date); moved out of it in round authleft48,
when the lists grew past what a reader of those checks needs to see beside them (signals.py ~2,320 lines).
"""

from __future__ import annotations

# The words a job title may open with before its trade word, that are no part of the name before them ("Sabina
# Montevergine Web Editor", "Jane Roe Managing Editor", "John Doe Digital Producer"): authors-blind12's first run
# kept "Web" of "Web Editor" as the surname's second half. Words that are also family names ("Lead", "Senior"
# is a trade word already) are left out.
TITLE_MODIFIERS = frozenset((
    "web", "online", "digital", "managing", "contributing", "deputy", "associate", "executive", "assistant",
    "news", "features", "feature", "politics", "political", "sports", "sport", "science", "health", "tech",
    "technology", "business", "culture", "arts", "opinion", "copy", "social", "media", "video", "audio", "content",
    "section", "metro", "foreign", "national", "international", "special", "guest", "freelance", "junior",
    "regional", "local", "investigative", "multimedia", "photo"))

# The trade roles of a newsroom beyond the writer's own, with their feminine forms, in the seven languages (round
# authleft48: "By Producer Mason", "By Anchor Smith", "Von Redaktorin Meier" gave the role and the surname as a
# person). A word here is a post, never a given name; none is a common family name in its language ("Fotograf",
# "Reporter" rarely, and only after a given name, which :func:`archiver.extract.signals.role_opens` does not ask).
_MORE_TRADES = frozenset((
    # EN
    "producer", "anchor", "anchorman", "anchorwoman", "presenter", "host", "co-host", "photographer",
    "photojournalist", "videographer", "cameraman", "camerawoman", "commentator", "critic", "reviewer",
    "broadcaster", "newscaster", "newsreader", "meteorologist", "analyst", "blogger", "cartoonist", "illustrator",
    "researcher", "stringer", "intern", "copywriter", "copyeditor", "sub-editor", "subeditor", "narrator",
    # DE (Swiss "Redaktor" too)
    "redaktor", "redaktorin", "chefredakteur", "chefredakteurin", "chefredaktor", "chefredaktorin", "journalistin",
    "journalist", "reporterin", "moderator", "moderatorin", "kolumnist", "kolumnistin", "produzent", "produzentin",
    "fotograf", "fotografin", "volontär", "volontärin", "kommentator", "kommentatorin", "kritiker", "kritikerin",
    "sprecher", "sprecherin", "autorin",
    # FR
    "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur", "chroniqueuse", "éditorialiste",
    "présentateur", "présentatrice", "animateur", "animatrice", "producteur", "productrice", "photographe",
    "envoyé", "envoyée", "critique", "reporteur", "reporteuse", "pigiste", "stagiaire",
    # ES
    "redactora", "reportero", "reportera", "columnista", "editora", "presentador", "presentadora", "productor",
    "productora", "fotógrafo", "fotógrafa", "cronista", "enviado", "enviada", "comentarista", "locutor", "locutora",
    "corresponsal", "becario", "becaria",
    # IT
    "corrispondente", "inviato", "inviata", "editorialista", "conduttore", "conduttrice", "caporedattore",
    "caporedattrice", "fotografo", "fotografa", "produttore", "produttrice", "commentatore", "commentatrice",
    "opinionista", "collaboratore", "collaboratrice",
    # PT
    "redator", "redatora", "redactor", "correspondente", "colunista", "apresentador", "apresentadora", "produtor",
    "produtora", "repórter", "editor-chefe", "comentador", "comentadora", "cronista", "estagiário", "estagiária",
    # RU
    "корреспондентка", "журналистка", "репортёр", "репортер", "колумнист", "колумнистка", "ведущий", "ведущая",
    "продюсер", "фотограф", "фотокорреспондент", "обозревательница", "редакторка", "комментатор", "стажёр",
    "стажер", "спецкор", "собкор", "шеф-редактор", "главред",
    # CS, SK, PL (round auth71: "Redaktorka Anna", a role and a given name, was reported as a person)
    "redaktorka", "editorka", "reportér", "reportérka", "reporterka", "zpravodaj", "zpravodajka", "spravodajca",
    "spravodajkyňa", "komentátor", "komentátorka", "komentator", "komentatorka", "novinář", "novinářka", "novinár",
    "novinárka", "dziennikarz", "dziennikarka", "korespondentka", "dopisovatel", "dopisovatelka", "publicista",
    "publicistka", "publicysta", "publicystka", "fejetonista", "fejetonistka", "felietonista", "felietonistka",
    "fotografka", "fotoreportér", "fotoreportérka", "fotoreporter", "fotoreporterka", "moderátor", "moderátorka",
    "moderatorka", "šéfredaktor", "šéfredaktorka",
))
# The words of a role printed before the writer's name ("By Editor Jane Roe", "By Senior Editor Jane Roe", "Staff
# Writer Jane Roe", "Columnist John Doe"): the trade words and the job title's opening words.
ROLE_BEFORE_WORDS = frozenset((
    "reporter", "editor", "correspondent", "staff", "writer", "contributor", "columnist", "journalist", "senior",
    "chief", "editor-in-chief", "editor-at-large", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "rédacteur", "rédactrice", "journaliste", "periodista", "redactor", "redactora", "corresponsal", "giornalista",
    "redattore", "redattrice", "jornalista", "repórter", "корреспондент", "редактор", "обозреватель", "журналист",
    *TITLE_MODIFIERS, *_MORE_TRADES))
ROLE_TRADE_WORDS = ROLE_BEFORE_WORDS - TITLE_MODIFIERS - {"senior", "chief"}

# The second word of a place that opens with a given name ("Jackson Hole", "Victoria Park", "Charlotte Street",
# "Elizabeth City", "Jefferson County"): over the story's date such a line is its place, no writer (authleft46).
# Not the places' words that are common surnames too ("Hill", "Hall", "Lane", "Wood", "Ford", "Field", "Brooks").
PLACE_WORDS = frozenset((
    "street", "st", "road", "rd", "avenue", "ave", "boulevard", "square", "park", "hole", "city", "county", "beach",
    "bay", "harbour", "harbor", "valley", "heights", "springs", "falls", "island", "islands", "bridge", "station",
    "airport", "stadium", "arena", "gardens", "creek", "river", "lake", "mountain", "mountains", "canyon", "village",
    "town", "township", "parish", "district", "centre", "center", "plaza", "quay", "wharf", "market", "terrace",
    "crescent", "parkway", "highway", "court", "estate", "port", "harbourfront", "waterfront", "pier", "peninsula",
    "straße", "strasse", "platz", "allee", "rue", "place", "plaza", "calle", "piazza", "via", "strada",
    # a body or a building named after a given name ("Grace Church", "St Mary Hospital", "Joseph School"): over the
    # story's date it is the place the story is about or the organisation that posted it, and some of these words
    # are surnames too ("Charlotte Church"), so with no lead before them the pair is doubtful (round authleft48);
    # not the ones that are common surnames far more often ("Temple", "Lodge", "Castle", "House", "Hall" above)
    "church", "chapel", "cathedral", "mosque", "synagogue", "abbey", "priory", "parish", "ministries",
    "school", "schools", "academy", "college", "university", "institute", "hospital", "clinic", "hospice",
    "library", "museum", "gallery", "theatre", "theater", "cinema", "hotel", "inn", "restaurant", "cafe", "café",
    "cemetery", "prison", "foundation", "society", "club", "league", "shelter",
    "kirche", "schule", "gymnasium", "klinik", "krankenhaus", "église", "école", "hôpital", "iglesia", "escuela",
    "colegio", "chiesa", "scuola", "ospedale", "igreja", "escola", "церковь", "школа", "больница"))

# Places of more than one word that hold no kind word of :data:`PLACE_WORDS` ("Hong Kong", "Sri Lanka"), printed last on
# a post's meta line as often as its writer is (the post's dateline or tag: "Dec 15, 2025 · 3 min · Hong Kong"). Their
# first word is a listed given name ("Hong", "Sri", "Santiago"), or may become one as the lists grow, so the name check
# alone takes them for a person (auth50). Cities, countries and regions of the world's news, folded to lower case; no
# page's own words. A place whose last word is a kind word ("Alice Springs", "Marina Bay") is told by that word.
MULTI_WORD_PLACES = frozenset((
    "hong kong", "sri lanka", "santiago de chile", "santiago de compostela", "kuala lumpur", "tel aviv", "abu dhabi",
    "san francisco", "san diego", "san jose", "san antonio", "san juan", "san marino", "santa monica", "santa barbara",
    "santa clara", "santa cruz", "santa fe", "santo domingo", "los angeles", "las vegas", "buenos aires",
    "rio de janeiro", "são paulo", "sao paulo", "porto alegre", "belo horizonte", "la paz", "cape town", "new delhi",
    "costa rica", "puerto rico", "el salvador", "sierra leone", "saudi arabia", "addis ababa", "phnom penh",
    "chiang mai", "monte carlo", "dar es salaam", "ho chi minh", "ho chi minh city", "mexico city", "kansas city",
    "salt lake city", "saint petersburg", "st petersburg", "sankt petersburg", "new zealand", "south africa",
    "north korea", "south korea", "sankt gallen", "st. gallen", "st gallen"))

# Cities a writer in a Romance language files from, printed after her name and "de"/"di"/"da" ("Jean Dupont de Paris",
# "Mario Rossi di Milano"; authleft54): none of them a surname a particle opens. Cities that are surnames as well
# ("de Lima", "de Valencia", "de Santiago", "de Roma") are left out: after "de" they stay the name's.
ROMANCE_CITIES = frozenset((
    "paris", "lyon", "marseille", "toulouse", "bordeaux", "lille", "strasbourg", "nantes", "montpellier", "bruxelles",
    "genève", "lausanne", "montréal", "québec", "madrid", "barcelona", "sevilla", "bilbao", "zaragoza", "málaga",
    "milano", "napoli", "torino", "firenze", "bologna", "venezia", "palermo", "genova", "lisboa", "coimbra",
    "bogotá", "caracas", "quito", "montevideo", "asunción", "méxico", "guadalajara", "monterrey"))

# Organisation words that are also a person's surname after her given name ("Anna Presse", "Anna College", "Lucy
# Library", "Von Anna Schule"): alone after a listed given name, in a two-word credit, they are the name's; beside
# another word ("Boston Public Library", "Harvard College") they are the organisation's (authleft51; rva49 left them as
# organisations). Not the words of a firm or an outlet ("Media", "News", "Group", "Foundation"), which a given name
# opens as a brand as often ("Grace Media").
# Not a desk's words ("Office", "Bureau"), which no family bears and a city named like a person opens ("By Charlotte
# Bureau", "By Sydney Office": review rva51).
ORG_WORDS_AS_SURNAME = frozenset(("presse", "college", "library", "school", "schule"))

# Given names that are also cities or regions ("Charlotte", "Chelsea", "Lincoln", "Austin", "Florence"): before an
# organisation's word they name a body of that place ("Chelsea School", "Lincoln College", "Charlotte Library"), as
# often as a person (review rva51: "By Chelsea School" was reported as one).
PLACE_GIVEN_NAMES = frozenset((
    "charlotte", "chelsea", "lincoln", "austin", "florence", "sydney", "georgia", "jordan", "paris", "dallas",
    "madison", "brooklyn", "savannah", "phoenix", "orlando", "camden", "denver", "houston", "jackson", "aurora",
    "regina", "adelaide", "alexandria", "cleveland", "kingston", "raleigh", "tyler", "sherman", "marion", "vienna",
    "geneva", "valencia", "santiago", "sofia", "lima", "carolina", "virginia", "india", "asia", "africa", "america",
    "israel", "jersey", "york", "chester", "winchester", "preston", "luton", "darwin", "hamilton", "wellington",
    "quincy", "chandler", "irving", "warren", "clinton", "salem", "eugene", "augusta", "helena", "columbia",
    "berkeley", "wellesley", "lawrence"))

# Given names that are also the words organisations are named for ("Grace Church", "Hope School", "Faith College",
# "Trinity Library", "Victoria College"): before an organisation's word they open the organisation's name, no person's.
INSTITUTION_GIVEN_NAMES = frozenset((
    "grace", "hope", "faith", "charity", "mercy", "trinity", "victoria", "providence", "liberty", "unity", "harmony",
    "joy", "zion", "haven", "angel", "destiny", "felicity", "glory", "heaven", "saint", "sainte", "santa", "san"))

# Titles that end a name before "of" and a place ("Mary Queen of Scots", "John Duke of Bedford", "Anne Princess of
# Wales"): the title's territory, not a writer's home town; such a credit is left whole (authleft51).
TITLES_BEFORE_OF = frozenset((
    "queen", "king", "prince", "princess", "duke", "duchess", "earl", "count", "countess", "baron", "baroness",
    "lord", "lady", "bishop", "archbishop", "pope", "emperor", "empress", "sultan", "tsar", "marquess", "viscount",
    "dean", "mayor", "governor", "abbot", "abbess", "sir", "dame"))

# German parties named by an adjective or a noun alone, in the dative a writer's "von der"/"von den" puts them in ("Anna
# Berg von den Grünen", "von der Linken"), with the party's name in the nominative, as it is printed alone. A name's "von
# den" takes a surname of the same shape ("Karl von den Steinen"), so only these words are read as a party there (round
# authleft57: "von den Grünen" was cited as the writer's surname). Parties named with more words ("von den Freien
# Wählern") are read by their dative adjective, "SPD", "CDU", "FDP" as acronyms. The nominatives are organisations'
# names wherever they are printed ("Die Linke"; "Linke" alone is a surname too: "Thomas Linke").
GERMAN_PARTY_DATIVES = {
    "grünen": "Die Grünen", "grünliberalen": "Die Grünliberalen", "linken": "Die Linke", "piraten": "Die Piraten",
    "liberalen": "Die Liberalen", "sozialdemokraten": "Die Sozialdemokraten", "christdemokraten": "Die Christdemokraten",
    "christsozialen": "Die Christsozialen", "republikanern": "Die Republikaner", "demokraten": "Die Demokraten",
}
