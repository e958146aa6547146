"""Names written in an article, offered as completions when the analyst types a speaker.

A speaker is nearly always someone the article names ("Tulsi Gabbard", "the
BBC", "Ministry of Defence", "le comité de grève"). Typing it in full costs
ten to thirty keys; with the article's names offered for completion, two or
three letters and → do. This lists what the text says, in the text's own
spelling; it makes no judgement about who said what, so it is offered with
suggestions off too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from workbench.textclean import ABBREVIATIONS

# Runs of capitalised words, allowing the small words that join names
# ("Ministry of Defence", "Charles de Gaulle", "Ursula von der Leyen").
_NAME = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'.&-]*|[A-Z]{2,})"
    r"(?:\s+(?:(?:of|for|de|du|des|la|le|van|von|der|den|al|bin|and|the)\s+)*(?:[A-Z][\w’'.&-]*))*"
)
# Lower-case words before a surname ("Jan de Vries", "Lula da Silva"), then the article some of them take
# ("Ursula von der Leyen", "Jan van den Berg"): what the suggester's and the interview reader's name
# patterns allow inside a person's name.
SURNAME_PARTICLES = ("van", "von", "de", "da", "do", "di", "del", "dos", "ter", "ten")
PARTICLE_ARTICLES = ("der", "den", "la", "le")
_SENTENCE_ENDS = ".!?:;"  # a sentence starts after one of these and white space
_OPENING_MARKS = "“\"‘(«„"  # or after one of these, with or without white space
_JOINER_WORDS = "of for de du des la le van von der den al bin and the"
_JOINERS = frozenset(_JOINER_WORDS.split())
# Never a name's first word in lower case ("Selon la CCI": the article of a word dropped before)
_LEADING_JOINERS = frozenset(["the", "la", "le", "du", "des", "of", "for", "and"])
# Capitalised only because a sentence starts with them, or not names at all.
_NOT_NAME_WORDS = """
a an the and but or so yet if in on at by for from to of as with after before when while where why how what who
this that these those there here it its he she they we i you his her their our my your
mr mrs ms dr rep sen gov pres gen col
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
according however meanwhile also still then now today yesterday tomorrow last next some many most all perhaps maybe
selon según secondo laut dem einem einer eines zufolge und aber ein eine einen den
montag dienstag mittwoch donnerstag freitag samstag sonntag
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# German words that open a sentence before its first noun ("Nach Angaben …"); in capitals they may be names
# ("ALS", "AM").
_GERMAN_OPENER_WORDS = """
nach bei beim aus auf im am vom zum zur seit wegen trotz während unter über gegen ohne durch bis vor als wie auch
"""
_GERMAN_OPENERS = frozenset(_GERMAN_OPENER_WORDS.split())
_TRIM = "’'.,&-"

# Titles before a name: references name the person without them ("Treasury Secretary Steven T.
# Mnuchin" is "Steven T. Mnuchin", "Puerto Rican Governor Alejandro García Padilla" is "Alejandro
# García Padilla"). Lower case, without a final full stop.
_TITLE_WORDS = """
president vice prime minister secretary general director director-general chief chairman chairwoman chair ceo
sen senator rep representative gov governor mayor mr mrs ms dr prof professor judge justice attorney lawyer
spokesman spokeswoman spokesperson leader king queen prince princess pope sheriff commissioner ambassador envoy
deputy former foreign defence defense interior finance treasury activist commentator candidate founder co-founder
head agent captain lieutenant colonel sergeant major economist scientist researcher editor journalist reporter
columnist host anchor analyst expert official diplomat executive manager coach lord lady sir dame rev reverend
chancellor speaker premier senior councillor councilman councilwoman congressman congresswoman lawmaker
superintendent inspector detective officer commander admiral marshal crown emir sheikh ayatollah cardinal bishop
rabbi imam archbishop director-general secretary-general under-secretary undersecretary whip
m mm mme mlle monsieur madame maître préfet préfète ministre président présidente maire député députée
sénateur sénatrice juge procureur procureure secrétaire directeur directrice porte-parole avocat avocate
commissaire adjoint adjointe conseiller conseillère élu élue docteur professeur professeure chercheur chercheuse
capitaine colonel général lieutenant inspecteur syndicaliste délégué déléguée
herr frau richter richterin oberstaatsanwalt oberstaatsanwältin staatsanwalt staatsanwältin rechtsanwalt
rechtsanwältin anwalt anwältin professorin landrat landrätin ministerin ministerpräsident ministerpräsidentin
kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin bürgermeister bürgermeisterin
oberbürgermeister oberbürgermeisterin sprecher sprecherin polizeisprecher polizeisprecherin leiter leiterin chef
chefin geschäftsführer geschäftsführerin direktor direktorin studienleiter studienleiterin vorsitzende vorsitzender
vorstandsvorsitzende vorstandsvorsitzender staatssekretär staatssekretärin abgeordnete abgeordneter
landtagsabgeordnete landtagsabgeordneter bundestagsabgeordnete bundestagsabgeordneter ortsvorsteher
ortsvorsteherin amtsleiter amtsleiterin fraktionschef fraktionschefin gutachter gutachterin
sr sra señor señora don doña concejal concejala consejero consejera portavoz delegado delegada secretario
secretaria directora presidenta alcalde alcaldesa teniente juez jueza fiscal abogado abogada doctora dra profesora
catedrático catedrática diputado diputada senadora líder coordinador coordinadora gobernador gobernadora
sig signor signora dott dottor dottoressa avvocato avv ing professore professoressa sindaco sindaca assessore
assessora procuratore procuratrice comandante questore prefetto ministro ministra portavoce segretario segretaria
direttore direttrice consigliere consigliera giudice capitano maresciallo onorevole colonnello generale
senatore senatrice deputato deputata
senhor senhora doutor doutora prefeito prefeita vereador vereadora deputada senador secretário secretária
diretor diretora porta-voz juiz juíza promotor promotora governadora
"""
_TITLES = frozenset(_TITLE_WORDS.split())

# Nouns that head an institution's name written in lower case, in the languages of the cue files:
# "the pilots’ union", "le service départemental d’incendie et de secours", "il comitato No
# Inceneritore", "the US embassy in Beijing". English plurals ("Jewish groups") are added below.
_ENGLISH_HEAD_WORDS = """
government ministry department office agency authorities authority police military army navy court embassy
consulate mission administration committee council commission parliament congress senate union unions group
groups organisation organization party coalition alliance association institute foundation federation board
bureau service services prosecution prosecutors regulator watchdog tribunal municipality legislature cabinet
"""
_HEAD_WORDS = """
gouvernement ministère préfecture gendarmerie parquet mairie municipalité syndicat intersyndicale collectif
fédération agence assemblée conseil comité commission association observatoire service direction rectorat
tribunal cour
regierung ministerium polizei staatsanwaltschaft bundesregierung behörde gewerkschaft verband verein stadtverwaltung
gobierno ministerio policía fiscalía ayuntamiento consejería concejalía área juzgado sindicato plataforma
asociación federación comité coordinadora junta diputación
governo ministero polizia procura questura prefettura comune regione provincia sindacato associazione comitato
consiglio tribunale
ministério prefeitura câmara polícia associação comitê conselho
"""
_ENGLISH_HEADS = frozenset(_ENGLISH_HEAD_WORDS.split()) | {
    w + "s" for w in _ENGLISH_HEAD_WORDS.split() if w[-1] not in "sy"}
_HEADS = _ENGLISH_HEADS | frozenset(_HEAD_WORDS.split())
# Every word, for its look-up among the heads ("L'intersyndicale" gives "intersyndicale"): a set look-up per
# word is four times faster than an alternation of the heads in one pattern.
_HEAD_CANDIDATE = re.compile(r"(?<![\w’'-])(?:[lLdD][’'])?([^\W\d_][\w-]*)")
# What may follow a head and belong to its name: a preposition (Romance, or English before a
# capitalised name: "embassy in Beijing"), an article, a conjunction that goes on with another one.
_ROMANCE_OF = frozenset(
    ["de", "des", "du", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos", "das"])
_ENGLISH_OF = frozenset(["of", "in", "for"])
_ARTICLES = frozenset(["la", "los", "las", "the"])
_AND = frozenset(["et", "y", "e"])
_ELIDED = re.compile(r"[dDlL][’']")
# Adjectives after a Romance head end so ("régional", "départemental", "municipal"); taken only
# before a preposition ("comité régional d'éthique"), so "the government official said" keeps none.
_ADJECTIVE_ENDINGS = ("al", "ale", "ique", "ico", "ica", "ien", "ienne", "el", "elle", "if", "ive", "ivo", "iva",
                      "aire", "ario", "aria", "ais", "aise", "ese", "ano", "ana", "ense")
# A lower-case word before an English head: a plural possessive ("pilots’ union") or an adjective
# ("federal government", "regional council").
_LEFT_ADJECTIVE_ENDINGS = ("al", "ic", "ical", "s’", "s'")
# Words that never begin an institution's name read leftwards from its head ("Selon Le ministère",
# "But Jewish groups").
_NOT_MODIFIER_WORDS = """
le la les el los las il lo gli der die das den des un une uno una ein eine o os a as
pour para avec con dans en sur par por de du del della di da do von zu et y e ou oder mais pero ma
its their his her our some many other several two three four five both all each any no
"""
_NOT_MODIFIERS = _NOT_NAMES | frozenset(_NOT_MODIFIER_WORDS.split())
_TOKEN = re.compile(r"\S+")
_WORD_END = ",;:!?)”\"»…"
_WINDOW = 120  # characters read on each side of a head: a bounded look keeps names_in linear


# A sentence-initial article of another language read into a name: "La Consejería de Empleo" is
# the Consejería de Empleo. Only before three or more words, so that "Le Monde", "El País", "Los
# Angeles Times" and "Die Linke" keep theirs (English "the" is dropped always, above).
_ARTICLES_CAPITALISED = ("La", "El", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli", "Der", "Die", "Das", "O", "Os", "A",
                         "As")
_LEADING_ARTICLE = re.compile(rf"(?:(?:{'|'.join(_ARTICLES_CAPITALISED)})\s+|L[’'])(?=\S+(?:\s+\S+){{2}})")
# Before initials, of any length, and Dutch ones too: "La AEMET advierte", "Le CNRS", "De NVWA".
_INITIALS_ARTICLES = frozenset([*_ARTICLES_CAPITALISED, "De", "Het"])


# German capitalises every noun, so a sentence's "Die Polizei", "Das Ergebnis" is an article and a noun, whatever its
# length; "Die Linke" opening a sentence loses its article too, as the price of that.
_GERMAN_LEADING_ARTICLE = re.compile(r"(?:Der|Die|Das|Dem|Den|Des)\s+(?=\S)")


def _without_article(name: str, german: bool = False) -> str:
    match = (_GERMAN_LEADING_ARTICLE if german else _LEADING_ARTICLE).match(name)
    if match:
        return name[match.end():]
    article, _, rest = name.partition(" ")
    if article in _INITIALS_ARTICLES and rest.isupper() and len(rest) > 1 and " " not in rest:
        return rest  # initials take no article of their own
    return name


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip(_TRIM)).strip(_TRIM)
    words = name.split()
    first = 0  # an index, not words.pop(0): "The The The …" would be quadratic
    while first < len(words) and ((word := words[first].casefold().strip(_TRIM)) in _NOT_NAMES
                                  or (word in _GERMAN_OPENERS and not words[first].isupper())):
        first += 1
    if first:
        while first < len(words) and words[first] in _LEADING_JOINERS:
            first += 1  # "Selon la CCI": the article of a word dropped before, no part of the name ("de Vries" stays)
    last = len(words)
    while last > first and words[last - 1].casefold() in _JOINERS:
        last -= 1
    return " ".join(words[first:last])


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether ``text[offset:]`` opens the text, or a sentence after an end and white space or after an opening mark.

    A look back from ``offset``: a search of all the text before it made names_in quadratic (8 s for a paragraph
    of 200,000 characters).
    """
    if not offset:
        return True
    before = offset
    while before and text[before - 1].isspace():
        before -= 1
    if not before:
        return False
    return text[before - 1] in _OPENING_MARKS or (before < offset and text[before - 1] in _SENTENCE_ENDS)


def untitled(name: str) -> str:
    """The name without the titles before it ("WHO Director-General Tedros Adhanom Ghebreyesus" gives "Tedros Adhanom
    Ghebreyesus", "Secretary of State Michael R. Pompeo" gives "Michael R. Pompeo"), or "" when no title leads it or
    fewer than two words would be left."""
    words = name.split()
    last = max((i for i, w in enumerate(words[:-1]) if w.casefold().rstrip(".") in _TITLES), default=-1)
    if last < 0:
        return ""
    rest = words[last + 1 :]
    if len(rest) >= 4 and rest[0] in ("of", "for"):
        rest = rest[2:]  # "Secretary of State Michael R. Pompeo"
    if len(rest) < 2 or not rest[0][:1].isupper() or any(w.casefold() in _HEADS for w in rest):
        return ""
    return " ".join(rest)


def _variants(name: str) -> list[str]:
    """Shorter forms a reference may use: "Tyler Durden of ZeroHedge" gives "Tyler Durden" and "ZeroHedge",
    "Prime Minister Albin Kurti" gives "Albin Kurti", "Donald Trump" gives "Trump", "Schätzungen der Kämmerei"
    gives "Kämmerei"."""
    parts = [_clean(p) for p in re.split(r"\s+(?:of|and|for)\s+|(?<!\bvon)(?<!\bvan)\s+(?:der|des)\s+", name)]
    parts = [p for p in parts if p and p != name]
    parts[:0] = _von_parts(name)
    found: list[str] = []
    for part in [name, *parts]:
        words = part.split()
        if part != name:
            found.append(part)
            without_title = untitled(part)
            if without_title:
                found.append(without_title)
                words = without_title.split()
        if len(words) >= 3 and words[-2][:1].isupper() and not _is_initial(words[-2]):
            found.append(" ".join(words[-2:]))
        if (len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha()
                and all(w[:1].isupper() and (w.isalpha() or _is_initial(w)) for w in words[-2:-1])):
            found.append(words[-1])
    return [v for v in dict.fromkeys(found) if len(v) >= 2 and v.casefold() not in _NOT_NAMES]


# German inflects an institution's name ("beim Statistischen Bundesamt", "des Landratsamts Nebratal", "der
# Deutschen Bahn"); references name it in the nominative, which takes the head noun's gender.
_GERMAN_NEUTER = ("amt", "ministerium", "institut", "gericht", "präsidium", "zentrum", "werk", "büro", "gremium",
                  "parlament", "klinikum", "krankenhaus", "kommando")
_GERMAN_FEMININE = ("bahn", "bank", "behörde", "agentur", "polizei", "partei", "regierung", "kommission", "schaft",
                    "universität", "hochschule", "kammer", "stiftung", "verwaltung", "anstalt", "union", "fraktion",
                    "kasse", "zentrale", "versicherung")
_GERMAN_MASCULINE = ("verein", "verband", "rat", "bund", "dienst", "konzern", "senat", "ausschuss", "gerichtshof")
_ADJECTIVE_BY_GENDER = (("es", _GERMAN_NEUTER), ("e", _GERMAN_FEMININE), ("er", _GERMAN_MASCULINE))
_GERMAN_ORG_ENDINGS = _GERMAN_NEUTER + _GERMAN_FEMININE + _GERMAN_MASCULINE


def _german_head(word: str) -> tuple[str, str] | None:
    """(the head noun in the nominative, the adjective ending its gender takes) when ``word`` heads an institution."""
    low = word.casefold()
    for ending, heads in _ADJECTIVE_BY_GENDER:
        cuts = [0] if heads is _GERMAN_FEMININE else [0, 1, 2]  # a feminine noun takes no genitive s or es
        for cut in cuts:
            if low.endswith(("", "s", "es")[cut]) and low[: len(low) - cut].endswith(heads):
                return word[: len(word) - cut], ending
    return None


def german_nominative(name: str) -> str:
    """An institution's name as a German reference writes it: "Statistischen Bundesamt" gives "Statistisches
    Bundesamt", "Landratsamts Nebratal" gives "Landratsamt Nebratal", "Deutschen Bahn" gives "Deutsche Bahn";
    any other name is returned as it is."""
    words = name.split()
    for at, word in enumerate(words):
        if not word[:1].isupper():
            return name
        found = _german_head(word)
        if found is None:
            continue
        head, ending = found
        adjectives = [w[:-2] + ending if w.endswith("en") and len(w) > 4 else w for w in words[:at]]
        return " ".join([*adjectives, head, *words[at + 1 :]])
    return name


def _is_german_head(word: str) -> bool:
    return _german_head(word) is not None or word.casefold() in _HEADS


def _german_name(name: str) -> str:
    """A German run as a reference names it: "Angaben der Deutschen Bahn" is the Deutsche Bahn's, "Antwort des
    Ministeriums" the Ministerium's; "Bundesministerium des Innern" stays whole."""
    first, joiner, rest = name.partition(" des ")
    if not joiner:
        first, joiner, rest = name.partition(" der ")
    if joiner and " " not in first and rest[:1].isupper() and not _is_german_head(first):
        name = rest
    return german_nominative(name)


_FOR = re.compile(r"\s+für\s+([A-ZÄÖÜ][\w-]*(?:\s+und\s+[A-ZÄÖÜ][\w-]*)?)")


def _german_for(name: str, text: str, end: int) -> str:
    """"Landesamt für Straßenbau", "Bundesamt für Migration und Flüchtlinge": an authority's remit is part of its
    name; "" when ``name`` is no authority or no remit follows."""
    if not name or not _is_german_head(name.split()[-1]):
        return ""
    remit = _FOR.match(text, end)
    return f"{name} für {remit.group(1)}" if remit else ""


def _von_parts(name: str) -> list[str]:
    """"Jörg Thelen von der Staatsanwaltschaft Kaltenbach" gives the person and the institution; a family name's
    "von" ("Ursula von der Leyen") gives nothing."""
    before, von, after = name.partition(" von ")
    if not von or not any(w.casefold() in _HEADS or w.casefold().endswith(_GERMAN_ORG_ENDINGS) for w in after.split()):
        return []
    return [before, re.sub(r"^(?:der|dem|den)\s+", "", after)]


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _ends_sentence(token: str) -> bool:
    """Whether a full stop after ``token`` ends its sentence ("Marne." does, "U.S." and "Rep." need not)."""
    return token.endswith(".") and len(token) > 4 and "." not in token[:-1]


def _capitalised_run(tokens: list[str]) -> list[str]:
    """The capitalised words that open ``tokens``, up to a punctuation mark or a sentence end."""
    run: list[str] = []
    for token in tokens:
        word, stop = _word(token)
        if not word[:1].isupper() or word.casefold() in _NOT_NAMES:
            break
        run.append(word)
        if stop:
            break
    return run


def _left(text: str, start: int) -> list[str]:
    """Words before a head that name its institution with it: a capitalised run ("US embassy", "Puerto Rico’s
    government"), or one lower-case adjective or plural possessive ("federal government", "pilots’ union")."""
    window = text[max(0, start - _WINDOW) : start]
    if not window[-1:].isspace():
        return []
    tokens = _TOKEN.findall(window)
    if start > _WINDOW and tokens:
        tokens = tokens[1:]  # the window may begin inside a word
    run: list[str] = []
    for token in reversed(tokens):
        if token[-1] in _WORD_END or _ends_sentence(token):
            break
        if token[:1].isupper():
            run.insert(0, token)
            continue
        if not run and token.casefold() not in _NOT_MODIFIERS and token.endswith(_LEFT_ADJECTIVE_ENDINGS):
            return [token]
        break
    while run and run[0].casefold() in _NOT_MODIFIERS:
        run.pop(0)
    return run


def _word(token: str) -> tuple[str, bool]:
    """A token without the punctuation after it, and whether the phrase ends there."""
    word = token.rstrip(_WORD_END)
    if _ends_sentence(word):
        word = word[:-1]
    return word, word != token


def _complement(tokens: list[str], at: int) -> tuple[int, list[str], bool] | None:
    """The preposition and noun at ``tokens[at]`` ("de huelga", "d’incendie", "de la Marne", "de l'Industrie",
    "in Beijing"), as (the index after it, its words, whether the phrase ends with it), or None."""
    token = tokens[at]
    if _ELIDED.match(token) and token[0] in "dD" and len(token) > 2:
        word, stop = _word(token)
        return (at + 1, [word], stop) if word[2:].isalpha() else None
    if token not in _ROMANCE_OF and token not in _ENGLISH_OF:
        return None
    noun = at + 1
    if noun < len(tokens) and tokens[noun] in _ARTICLES:
        noun += 1
    if noun >= len(tokens):
        return None
    run = _capitalised_run(tokens[noun:])
    if run:
        return noun + len(run), [*tokens[at:noun], *run], tokens[noun + len(run) - 1] != run[-1]
    if token not in _ROMANCE_OF:
        return None  # "the embassy in Beijing", but not "the union in town"
    word, stop = _word(tokens[noun])
    letters = word[2:] if _ELIDED.match(word) and word[0] in "lL" else word
    if len(letters) < 3 or not letters.isalpha() or letters.casefold() in _NOT_MODIFIERS:
        return None
    if not (word.islower() or letters[:1].isupper()):
        return None
    return noun + 1, [*tokens[at:noun], word], stop


def _right(tokens: list[str], english: bool) -> list[str]:
    """Words after a head that belong to its name: adjectives before a preposition, then up to three
    prepositional complements ("d’incendie et de secours", "de la Marne", "in Beijing"), or a capitalised name
    right after it ("comitato No Inceneritore", "intersyndicale CGT-CFDT")."""
    at = 0
    while (at < 2 and at + 1 < len(tokens) and tokens[at].islower() and tokens[at].isalpha()
           and tokens[at].endswith(_ADJECTIVE_ENDINGS)
           and (tokens[at + 1] in _ROMANCE_OF or _ELIDED.match(tokens[at + 1]) is not None)):
        at += 1
    adjectives = at
    if not adjectives and not english:  # "the committee Tuesday", "the group Local 1199" are no names
        run = _capitalised_run(tokens)
        if run:
            return run
    taken = tokens[:at]
    complements = 0
    while complements < 3 and at < len(tokens):
        start = at + 1 if complements and tokens[at] in _AND else at
        if start >= len(tokens):
            break
        found = _complement(tokens, start)
        if found is None:
            break
        conjunction = tokens[at:start]
        at, words, stop = found
        taken += [*conjunction, *words]
        complements += 1
        if stop:
            break
    if adjectives and not complements:
        return []
    return taken


_ARTICLE_BEFORE = re.compile(r"(?:(?<!\w)(?:la|le|el|il|the|der|die|das)\s+|(?<!\w)[lL][’'])\Z")


def _institutions(text: str) -> Iterator[str]:
    """Institutions named by a head noun and the words around it that the capitalised runs miss: "pilots’ union",
    "comité de huelga", "US embassy in Beijing", "Observatoire des technologies de sécurité"."""
    for match in _HEAD_CANDIDATE.finditer(text):
        head = match.group(1)
        if head.casefold() not in _HEADS:
            continue
        start, end = match.span(1)
        elided = start >= 2 and _ELIDED.fullmatch(text[start - 2 : start]) is not None
        left = [] if elided else _left(text, start)
        if len(left) > 2:  # "Florida Governor Rick Scott's office" is Rick Scott's office
            left = (untitled(" ".join(left)) or " ".join(left)).split()
        following = text[end : end + _WINDOW]
        if following[:1] in _WORD_END or following[:1] == ".":
            right: list[str] = []
        else:
            tokens = _TOKEN.findall(following)
            if len(following) == _WINDOW and tokens:
                tokens = tokens[:-1]  # the window may end inside a word
            right = _right(tokens, head.casefold() in _ENGLISH_HEADS) if following[:1].isspace() else []
        words = [*left, head, *right]
        if len(words) < 2:
            if head.islower() and _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
                yield head  # "la préfecture a indiqué": the institution the article is about
            continue
        if not any(w.islower() and w not in _JOINERS for w in words):
            continue  # all capitalised: the name runs already have it
        name = _clean(" ".join(words))
        if " " in name:
            yield name


# German capitalises every noun: in a German text a word alone ("Anklage", "Opfer") is rarely a name, so it is
# offered after the names (those of two words or more, or parts of them: "Kuhlmann", "Kämmerei").
_GERMAN_WORDS = re.compile(
    r"(?<!\w)(?:der|die|das|und|ist|nicht|ein|eine|einem|einer|dem|mit|sich|auf|für|von|wird|wurde|hat|hatte|sei"
    r"|im|zu|bei|nach|auch|bereits|haben|sind|werden|noch|nur|oder|dass|wie|als|aus)(?!\w)")


@lru_cache(maxsize=32)
def capitalises_nouns(text: str) -> bool:
    """Whether ``text`` is German, where every noun is capitalised and a capital makes no name."""
    hits = len(_GERMAN_WORDS.findall(text))
    return hits > 1 and hits * 16 > len(_TOKEN.findall(text))


def _uncapitalised(name: str) -> str:
    """A name written in capitals ("ALAN DERSHOWITZ", a signature) as a reference spells it, or ""."""
    words = name.split()
    if len(words) < 2 or not all(w.isupper() and len(w) > 1 and w.replace("-", "").isalpha() for w in words):
        return ""
    return " ".join(w.title() for w in words)


def names_in(texts: Iterable[str], german: bool | None = None) -> list[str]:
    """The article's names, most mentioned first, with their shorter forms after the names they come from.
    ``german`` says whether the texts are German (capitalise every noun) where a caller knows better than a short
    text tells (a claim of one sentence: "Der Rechnungshof übt Kritik."); None reads it from each text."""
    mentions: Counter[str] = Counter()  # times written as such
    derived: Counter[str] = Counter()  # times part of a longer name
    first_seen: dict[str, int] = {}
    mid_sentence: set[str] = set()
    # "Rudolph W. Giuliani" -> "Rudolph W. Giuliani and Jay A. Sekulow": offered just before the longer name,
    # which then takes a few more letters, since "→" would never complete it after it.
    container: dict[str, str] = {}
    forms: dict[str, str] = {}
    variants: dict[str, list[str]] = {}

    def mention(name: str) -> None:
        mentions[name] += 1
        mid_sentence.add(name)
        first_seen.setdefault(name, len(first_seen))

    def derive(name: str) -> None:
        derived[name] += 1
        mid_sentence.add(name)
        first_seen.setdefault(name, len(first_seen))

    nouns: set[str] = set()  # single capitalised words of German texts
    bare: dict[str, None] = {}  # heads alone: "préfecture"
    for text in texts:
        german_text = capitalises_nouns(text) if german is None else german
        for name in _institutions(text):  # before the names inside them: "Jewish groups", then "Jewish"
            if " " in name:
                mention(name)
            else:
                bare[name] = None
        for match in _NAME.finditer(text):
            offset = match.start()
            for piece in re.split(r"(?<=[a-z\d])[.!?]\s+", match.group()):
                name = _clean(piece)
                opens = offset != match.start() or _starts_sentence(text, offset)  # the piece opens a sentence
                # Capitalised by its place only if the sentence starts with it ("But Russia" does not).
                at_start = piece.startswith(name) and opens  # also after a full stop inside the run
                offset += len(piece) + 1
                if at_start:
                    bare_noun = _without_article(name, german_text)
                    # The article took the sentence's capital: a German noun after it is capitalised as a noun.
                    # So did it for initials ("La AEMET").
                    at_start = at_start and not (bare_noun != name and (german_text or bare_noun.isupper()))
                    name = bare_noun
                if german_text:
                    whole, name = name, _german_name(name)
                    at_start = at_start and whole.split()[:1] == name.split()[:1]  # "Antwort des Ministeriums"
                    if piece.endswith(name) and (longer := _german_for(name, text, match.end())):
                        mention(longer)  # "Landesamt für Straßenbau", before "Landesamt"
                if len(name) < 2:
                    continue
                if name not in forms:  # names recur: work each out once
                    forms[name] = untitled(name) or _uncapitalised(name)
                full = forms[name]
                if (not opens and not full and piece.startswith("The " + name) and name[:1].isupper()
                        and text[max(0, match.start() - 4) : match.start()].rstrip()[-1:] not in "—–-"):
                    full = "The " + name  # "a report by The Intercept": a paper's title, which references keep
                if not full and (parts := _von_parts(name)):
                    for part in parts:  # neither is a sentence's first word: the name runs on
                        mention(untitled(part) or part)
                    derive(name)
                elif full:
                    mention(full)
                    derive(name)
                elif not at_start or " " in name:
                    mention(name)
                    if german_text and " " not in name and not name.isupper():
                        nouns.add(name)
                else:
                    mentions[name] += 1  # offered only if also written mid-sentence
                    first_seen.setdefault(name, len(first_seen))
                base = full.removeprefix("The ") if full.startswith("The ") else full or name
                if base not in variants:
                    variants[base] = _variants(base)
                for variant in variants[base]:
                    derive(variant)
                    if base.startswith(variant + " ") and " " in variant:
                        container.setdefault(variant, base)
    kept = sorted((name for name in first_seen if name in mid_sentence),
                  key=lambda name: (name in nouns and not derived[name], -mentions[name], -derived[name],
                                    first_seen[name]))
    rank = {name: i for i, name in enumerate(kept)}

    def placed(name: str) -> tuple[int, int]:
        longer = container.get(name)
        if longer is not None and rank.get(longer, len(rank)) < rank[name]:
            return rank[longer], 0
        return rank[name], 1

    return [*sorted(kept, key=placed), *(name for name in bare if name not in rank)]


@lru_cache(maxsize=32)
def names_in_text(text: str, german: bool | None = None) -> tuple[str, ...]:
    """``names_in`` of one text, remembered: the speaker prompt asks for the same paragraph at every
    quotation in it, and a long paragraph takes a good part of a frame to read."""
    return tuple(names_in([text], german))


@lru_cache(maxsize=32)
def longest_phrases(text: str, german: bool = False) -> tuple[str, ...]:
    """The longest name phrases ``text`` writes (``name_phrases``), of two words or more, without the article
    before them: a body named with lower-case words ("La chambre d’agriculture de Bretagne") or with "and"
    ("Consejería de Sanidad de la Junta de Castilla y León"), which ``names_in`` cuts short, for the speaker
    prompt to offer whole. Remembered, as ``names_in_text``; none for a text longer than a few sentences (a
    claim that long is a paragraph nobody split, and reading it would delay the prompt)."""
    if len(text) > _PHRASE_TEXT_LIMIT:
        return ()
    phrases = name_phrases([text])
    longest: list[str] = []
    for phrase in phrases:
        if " " in phrase and not any(phrase != other and phrase in other for other in phrases):
            bare = _phrase_without_opening(phrase, german)
            if " " in bare:
                longest.append(bare)
    return tuple(longest)


_PHRASE_TEXT_LIMIT = 4_000  # characters
# Words that open a sentence before a name phrase and take its capital ("Pour l’association …", "Laut der
# Agentur …", "Bij de gemeente …"): no part of the name, nor the article after them.
_PHRASE_OPENER_WORDS = """
pour per para por for à au aux en in im bei beim bij voor met with by par sur dans selon según secondo segundo
laut nach volgens
"""
_PHRASE_OPENERS = frozenset(_PHRASE_OPENER_WORDS.split())
_LOWER_ARTICLES = frozenset(article.casefold() for article in _ARTICLES_CAPITALISED) | {"de", "het", "the"}


def _phrase_without_opening(phrase: str, german: bool) -> str:
    """A name phrase without the sentence's words before the name: "Pour l’association Littoral" is the
    "association Littoral", "La chambre d’agriculture de Bretagne" the "chambre d’agriculture de Bretagne"."""
    words = phrase.split()
    while len(words) > 1 and words[0].casefold() in _PHRASE_OPENERS:
        words = words[1:]
    if len(words) > 1 and words[0] in _LOWER_ARTICLES:  # (after the opener, in lower case: "Le Monde" keeps its)
        words = words[1:]
    bare = _without_article(" ".join(words), german)
    elided = _ELISION.match(bare)
    return bare[elided.end() :] if elided and bare[elided.end() : elided.end() + 1].isalpha() else bare


# Initials a text gives in brackets after a name, two capitals or more, ending with a letter: "(AGES)", "(AOb)",
# "(M5S)", "(TCE-MG)", "(CFE-CGC)"; not a place ("Lussac-les-Ormes (Vienne)"), an age or a formula ("(CO2)").
_BRACKETED_INITIALS = re.compile(
    r"\(((?=[^\W_]*[A-ZÀ-ÖØ-Þ][^\W_]*[A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ][^\W_]{0,8}[^\W\d_](?:-[A-ZÀ-ÖØ-Þ]{2,4})?)\)")


def bracketed_initials(text: str) -> list[str]:
    """The initials ``text`` gives in brackets, a body's first: those after a name with a small word near its end
    ("Agentur für Gesundheit und Ernährungssicherheit (AGES)", "Office français de la biodiversité (OFB)"), then
    those after two capitalised words, a person's party as often ("Olaf Scholz (SPD)")."""
    found = []
    for match in _BRACKETED_INITIALS.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()].split()[-2:]
        found.append((len(before) == 2 and all(word[:1].isupper() for word in before), match.group(1)))
    return [initials for _, initials in sorted(found, key=lambda pair: pair[0])]


def with_fuller_forms(candidates: Iterable[str], names: Sequence[str], keep: Iterable[str] = ()) -> list[str]:
    """``candidates`` with a one-word name that ends or begins exactly one longer name of ``names`` taken to it:
    a claim writes "Vogt" or "Sealwick" where the article introduced "Annika Vogt" and "Sealwick Air", and the
    analyst records the name in full. A surname gives way to the full name, unless it is in ``keep`` (a
    speaker already recorded so); a first word ("Kosovo" of "Kosovo Police"), often a name of its own, is
    followed by it. A word that ends or begins two names ("Trump": "Donald Trump", "Ivanka Trump") stays; a
    name written with and without its title counts once, untitled."""
    longer: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if 2 <= len(words) <= 4:
            for part in (words[0], words[-1]):
                if len(part) > 2 and part[:1].isupper():
                    longer.setdefault(part, set()).add(name)
    kept = set(keep)
    out: list[str] = []
    for candidate in candidates:
        options = sorted(longer.get(candidate, ()) if " " not in candidate else (), key=len)
        # One person however titled: "Angela Merkel" and "Bundeskanzlerin Angela Merkel" are one option.
        fuller = options[0] if options and all(o.endswith(options[0]) for o in options) else None
        if fuller is not None and fuller.endswith(" " + candidate) and candidate not in kept:
            out.append(fuller)
            continue
        out.append(candidate)
        if fuller is not None:
            out.append(fuller)
    return list(dict.fromkeys(out))


# Small words inside an institution's name besides the names' joiners, in the languages of the cue files:
# "Ministerie van Infrastructuur en Waterstaat", "Junta de Castilla y León", "House Permanent Subcommittee on
# Investigations", "Gemeinde St. Ulrich am Lammbach". Read only between capitalised words.
_PHRASE_JOINER_WORDS = """
on at in to les et en die das dem am im zu und für ibn del della delle dei degli di da do dos e y para per pour
voor op het
"""
_PHRASE_JOINERS = _JOINERS | frozenset(_PHRASE_JOINER_WORDS.split())
# Institutions written in lower case that names_in's heads leave out, Dutch above all: "het ministerie van
# Infrastructuur", "de gemeente Kruisvelde", "la brigade de recherches de Chalon-sur-Saône".
_PHRASE_HEAD_WORDS = """
ministerie gemeente provincie politie rechtbank raad college kabinet waterschap agentschap vakbond vereniging
brigade chambre collège ligue club cave ufficio uffici giunta equipo municipio municipalidad ejecutivo sheriff
comunidad comunidade comunità
"""
_PHRASE_HEADS = _HEADS | frozenset(_PHRASE_HEAD_WORDS.split())
# An article or preposition elided onto the next word: "l’ARS", "d’agriculture", "dell’Università".
_ELISION = re.compile(r"^(?:[ldnsLDNS]|dell|all|dall|nell|sull|quell|un)[’']", re.IGNORECASE)
_CLOSING = _WORD_END + "’"
_MAX_PHRASE_WORDS = 10
_MAX_LOWER_WORDS = 3  # lower-case words in a row inside an institution's name ("brigade de recherches de …")


# Beside the abbreviations (textclean.ABBREVIATIONS) only initialisms with inner full stops ("U.S.", "S.A.S.") keep
# their full stop: "Kim." ends a sentence.
_INITIALISM = re.compile(r"(?:\w\.){2,}")


def _abbreviation(word: str) -> bool:
    """"St.", "U.S.", "S.A.S.": a full stop that does not end the sentence."""
    return word[:-1].casefold() in ABBREVIATIONS or _INITIALISM.fullmatch(word) is not None


def name_phrases(texts: Iterable[str]) -> list[str]:
    """Every run of capitalised words and institutions' head nouns ("préfecture de la Marne", "Syrian
    government") the text joins with small words, and each shorter run inside it that starts and ends with one
    of them, in the order the text writes them, the longest first. After a head, a few lower-case words may
    follow ("brigade de recherches de Chalon-sur-Saône", "Ligue des droits humains").

    ``names_in`` keeps what looks like a name; this keeps everything that might be one ("Delegación del Gobierno
    en Murcia", "Agentschap Zorg en Gezondheid"), for the prompt to complete only where no name does.
    """
    phrases: dict[str, None] = {}
    for text in texts:
        run: list[str] = []
        headed = False  # an institution's head, and no name since: lower-case words may go on with it
        english = False  # an English head: what follows it in lower case is the sentence ("government said")
        lower = 0  # lower-case words in a row, other than joiners
        for match in _TOKEN.finditer(text):
            token = match.group().lstrip(_OPENING_MARKS)
            if run and token != match.group():  # "… Vale do Sorraia (ARBVS)": a bracket or a quotation opens
                _add_phrases(run, phrases)  # another phrase
                run, headed, lower = [], False, 0
            word = token.rstrip(_CLOSING)
            ends = word != token
            if word.endswith(".") and (word.endswith("..") or not _abbreviation(word)):
                word, ends = word.rstrip("."), True
            elided = _ELISION.match(word)
            bare = word[elided.end() :] if elided else word
            if _strong(bare):
                run.append(word)
                headed = _head(bare) or (headed and not bare[:1].isupper())
                english = _POSSESSIVE.sub("", bare).casefold() in _ENGLISH_HEADS if _head(bare) else english
                lower = 0
            elif run and not ends and (bare.casefold() in _PHRASE_JOINERS or elided):
                run.append(word)
            elif run and headed and lower < _MAX_LOWER_WORDS and bare.isalpha() and bare.islower() and not english:
                run.append(word)
                lower += 1
            else:
                _add_phrases(run, phrases)
                run, headed, lower = [], False, 0
            if ends or len(run) > _MAX_PHRASE_WORDS:
                _add_phrases(run, phrases)
                run, headed, lower = [], False, 0
        _add_phrases(run, phrases)
    return list(phrases)


_POSSESSIVE = re.compile(r"[’']s?$")


def _head(word: str) -> bool:
    return _POSSESSIVE.sub("", word).casefold() in _PHRASE_HEADS


def _strong(word: str) -> bool:
    """A word a name may start with: capitalised, or an institution's head ("government", "préfecture")."""
    return word[:1].isupper() or _head(word)


def _add_phrases(run: list[str], phrases: dict[str, None]) -> None:
    """The run's phrases: each starts with a strong word (less an elided article: "l’ARS") and ends with one, the
    longest first; then those that end with lower-case words after a head ("Club alpino italiano",
    "administration pénitentiaire")."""
    bare = [word[elided.end() :] if (elided := _ELISION.match(word)) else word for word in run]
    # (not a word a sentence opens with: "The", "But", "According", "Selon")
    starts = [i for i, word in enumerate(bare) if _strong(word) and word.casefold() not in _NOT_NAMES]
    strong_ends = {i + 1 for i, word in enumerate(bare) if _strong(word)}
    lower_ends = {i + 1 for i, word in enumerate(bare)
                  if i and word.islower() and word not in _PHRASE_JOINERS and any(_head(w) for w in bare[:i])}
    for ends in (strong_ends, lower_ends - strong_ends):
        for length in range(len(run), 0, -1):
            for start in starts:
                if start + length in ends:
                    words = [bare[start], *run[start + 1 : start + length]]
                    words[-1] = _POSSESSIVE.sub("", words[-1])  # "Congo's" ends a name as "Congo"
                    phrases.setdefault(" ".join(words).strip(_TRIM), None)
