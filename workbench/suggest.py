"""Suggested claims: sentence boundaries and a label for each, with the reason.

The suggester reads a paragraph the way an analyst does, voice first: is a
sentence someone else's (quotation marks, a reporting cue with a source, a
quotation still open from the paragraph before), and if it is the article's
own, does it evaluate, hedge, speculate or generalise (framing) or state
something plainly (fact)?

It is rules, not a model: cue phrases are found with precompiled regular
expressions (one pass over each paragraph), and only sentences with a cue or
quotation marks are split into words to find the speaker. Every word list
lives in ``workbench/data/cues/`` so analysts can extend it without touching
code. An article is analysed once, front to back, so that "he said" and
quotations running over several paragraphs find their speaker; the result is
cached for the paragraphs that follow.
"""

from __future__ import annotations

import bisect
import contextlib
import operator
import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, pairwise
from pathlib import Path
from typing import Any

from workbench.collector import paused_gc
from workbench.corpus import tweet_footer_author
from workbench.gender import Genders, genders
from workbench.interview import Interview, find_interview
from workbench.japanese import JapaneseReader
from workbench.model import Article, Paragraph, SuggestedClaim, Suggestion, frozen_attributes
from workbench.names import PARTICLE_ARTICLES, SURNAME_PARTICLES, german_nominative, untitled
from workbench.quotes import Region, article_quotations
from workbench.segment import sentence_spans
from workbench.textclean import ABBREVIATIONS, lower_in_place
from workbench.yamlio import loads

FACT_REASON = "no attribution cue, no evaluative wording"
STRONG = 1.0  # one strong framing cue makes a sentence framing
WEAK = 0.4  # weak cues ("very", "could") need company
FRAMING_THRESHOLD = 1.0
OPINION_THRESHOLD = 0.8  # in an opinion article two weak cues make a sentence framing
OPINION_DENSITY = 3.0  # framing-cue weight per 1,000 characters of the author's words that marks opinion
ARGUMENT_THRESHOLD = 0.4  # in a polemic, denser still in cues, one weak judging word does
ARGUMENT_DENSITY = 5.0  # the cue weight per 1,000 characters of a polemic
OPINION_MIN_CHARS = 400  # too little text to tell the genre by
SCARE_QUOTE_MAX_WORDS = 3  # "criminal gangs" in marks: the author's words, not a quotation
MINOR_QUOTE_MAX_WORDS = 6  # a short phrase in marks with no source is framing too
DIRECT_RATIO = 4  # quoted words per word of the article's own for a quotation to be direct

DEVICES = ("scare quotes", "name calling", "loaded language", "doubt", "hedging", "speculation",
           "exaggeration", "generalisation", "rhetorical frame")
# How much a cue's weight counts when choosing the device of a sentence with cues of several: an
# analyst names the loaded word rather than the doubt, exaggeration or scare quotes around it. Fitted
# on the development splits (device correct 97 -> 113 of 192 framing claims found; 97 -> 105 when each
# split is left out of the fit and scored with it); devices not listed count 1.
DEVICE_PRIORS = {"loaded language": 2.5, "speculation": 1.5, "rhetorical frame": 1.1, "scare quotes": 0.6}


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ---------------------------------------------------------------- word lists


@lru_cache(maxsize=1 << 16)
def _norm(word: str) -> str:
    """A word as the lists hold it: lower case, straight apostrophe. Remembered: the rules ask it of the same
    few thousand words some 300,000 times over the PTC corpus, and a look-up costs less than two new strings."""
    return word.lower().replace("’", "'")


_WORD = re.compile(r"\w+(?:[’'.&-]\w+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One list entry: its words after the first, what it signals, and how strongly."""

    rest: tuple[str, ...]
    kind: str
    weight: float
    text: str


@lru_cache(maxsize=4096)
def _phrase_key(text: str) -> str:
    """A phrase's words normalised, as a Lexicon keys it. Remembered: a cue's text is keyed up to four times
    per cue (content, stance and marks verbs, not_after)."""
    return " ".join(_norm(w) for w in _WORD.findall(text))


NOT_FRAMING = ""  # the kind of a phrase that holds a framing cue but is none: "the right to", "the left leg"


class Lexicon:
    """Cue phrases: a dict by text and one trie-shaped regular expression that finds them all."""

    def __init__(self) -> None:
        self.by_text: dict[str, Phrase] = {}
        self.index: dict[str, list[Phrase]] = {}
        self._pattern: re.Pattern[str] | None = None

    def add(self, text: str, kind: str, weight: float = STRONG) -> None:
        key = _phrase_key(text)
        if not key or key in self.by_text:
            return  # the first list that names a phrase decides what it means
        words = tuple(key.split())
        phrase = Phrase(words[1:], kind, weight, text)
        self.by_text[key] = phrase
        entries = self.index.setdefault(words[0], [])
        entries.append(phrase)
        entries.sort(key=lambda e: -len(e.rest))
        self._pattern = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = _phrase_pattern(self.by_text)
        return self._pattern

    def find(self, low: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Phrase]]:
        """Every phrase in the lower-cased text, longest first, left to right, no overlaps."""
        matches = self.pattern.finditer(low, start, len(low) if end is None else end)
        return [(m.start(), m.end(), self.by_text[_SPACES.sub(" ", m.group()).replace("’", "'")]) for m in matches]

    def match_words(self, lows: Sequence[str], i: int, end: int) -> Phrase | None:
        """The longest phrase starting at word ``i`` of a word list, ending before ``end``."""
        for entry in self.index.get(lows[i], ()):
            n = len(entry.rest)
            if i + n < end and tuple(lows[i + 1 : i + 1 + n]) == entry.rest:
                return entry
        return None


def _trie(phrases: Iterable[str]) -> str:
    """An alternation shaped as a trie: the regex engine tries one branch per character."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else ("['’]" if ch == "'" else re.escape(ch))
        branches.append(piece + _trie_node(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the longer ones are tried first (greedy)
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


@dataclass(frozen=True)
class Cues:
    """The compiled word lists (data/cues/*.yaml and *.txt)."""

    attribution: Lexicon
    framing: Lexicon
    group_voices: Lexicon
    skip_before_verb: frozenset[str]
    modals: frozenset[str]
    be_forms: frozenset[str]
    unnamed: frozenset[str]
    collective_sources: frozenset[str]  # "l'entourage du préfet", "the staff": people around someone, never one
    time_nouns: frozenset[str]  # "le maire de l'époque": when someone held an office, not what they head
    among: frozenset[str]  # "Among those evacuated was …": a sentence that introduces one of many
    institutions: frozenset[str]
    documents: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    stop_words: frozenset[str]
    own_stop_words: frozenset[str]  # the language's own, without the English ones every language gets
    firm_apposition_followers: frozenset[str]  # relatives and participles: see attribution.yaml
    regulators: frozenset[str]  # "the regulator": see attribution.yaml
    study_findings: tuple[str, ...]  # "C'est ce que suggère une étude": see attribution.yaml
    capitalised_particles: frozenset[str]  # "Luigi Di Maio": see attribution.yaml
    person_pronouns: frozenset[str]
    # The language's own "he" and "she" that are no other word ("he" is Spanish "he perdido", "er" Dutch "there",
    # "ze" and "sie" also "they"): whom a quotation speaks about, not whose it is
    third_person_singular: frozenset[str]
    plural_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    view: re.Pattern[str]
    # attribution and framing phrases at once, one pass per paragraph: see _phrase_scan_pattern (group 1)
    pattern: re.Pattern[str]
    # A sentence opened by "Pour" and a name then a comma: the name's view ("Pour Julien Cattin, analyste …, le
    # groupe « … »"); None in languages without the construction
    view_opening: re.Pattern[str] | None = None
    openings: Lexicon = field(default_factory=Lexicon)  # framing only at a sentence's start ("Consider …")
    interjections: frozenset[str] = field(default_factory=frozenset)  # openings only with a comma ("Well, …")
    np_lower: frozenset[str] = field(default_factory=frozenset)
    definite: frozenset[str] = field(default_factory=frozenset)
    indefinite: frozenset[str] = field(default_factory=frozenset)
    determiners: frozenset[str] = field(default_factory=frozenset)  # definite, indefinite and possessive
    first_person_possessive: frozenset[str] = field(default_factory=frozenset)  # "my", "onze"
    of_words: frozenset[str] = field(default_factory=frozenset)
    document_verbs: frozenset[str] = field(default_factory=frozenset)
    naming_verbs: Lexicon = field(default_factory=Lexicon)
    author_voice: Lexicon = field(default_factory=Lexicon)
    plural_person_nouns: frozenset[str] = field(default_factory=frozenset)
    plural_articles: frozenset[str] = field(default_factory=frozenset)  # "i", "los", "les": the noun is plural
    # People no list knows, in the plural, as a plural verb's subject (see _Words.plural_people): the words that
    # say "some" ("algunos", "plusieurs"), and how a plural noun and a plural verb end in the language.
    plural_quantifiers: frozenset[str] = frozenset()
    plural_noun_endings: tuple[str, ...] = ()
    plural_verb_endings: tuple[str, ...] = ()
    plural_verb_exceptions: frozenset[str] = frozenset()  # French "dément": "-ent" of a singular
    plural_finite_after_noun: bool = False  # Dutch: the finite verb follows the subject ("De vissers hebben gezegd")
    plural_auxiliaries: frozenset[str] = frozenset()  # "hebben", "haben": the finite verb before a participle
    research_voices: frozenset[str] = field(default_factory=frozenset)  # "the study", "i ricercatori"
    research_titles: frozenset[str] = field(default_factory=frozenset)  # "Physicist Dan Lubin"
    research_led: frozenset[str] = field(default_factory=frozenset)  # "who led the study": see attribution.yaml
    research_objects: frozenset[str] = field(default_factory=frozenset)
    research_authors: frozenset[str] = field(default_factory=frozenset)  # "the study's lead author"
    research_leads: frozenset[str] = field(default_factory=frozenset)
    research_outsiders: frozenset[str] = field(default_factory=frozenset)  # "not involved", "independent"
    language: str = "en"
    addressee: frozenset[str] = field(default_factory=frozenset)  # "a déclaré à la presse le directeur"
    # Between a name and a place: "Judge Patti Saris in Boston", "la consejera Ana Ruiz en Zaragoza".
    place_prepositions: frozenset[str] = frozenset()
    # Where words were written or said, between a verb and what it reports: "wrote on Facebook that"
    medium_prepositions: frozenset[str] = frozenset()
    # Object pronouns between a subject and its verb ("Le maire nous a dit"), skipped only after a word
    object_pronouns: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()  # before a participle, a passive: "Está escrito que", "Il est écrit que"
    verb_second: frozenset[str] = field(default_factory=frozenset)  # German: the subject is before these auxiliaries
    passive_after: frozenset[str] = field(default_factory=frozenset)  # "begründet werden": no one's words
    nested_that: frozenset[str] = field(default_factory=frozenset)  # "reported that X said": X's words
    nested_verbs: frozenset[str] = field(default_factory=frozenset)
    # German capitalises nouns; these tell a noun before a cue from a name (see de.yaml)
    object_articles: frozenset[str] = field(default_factory=frozenset)
    # Dutch finite auxiliaries: in "Enexis heeft het bedrijf laten weten dat …" the subject is before them and the
    # phrase right before the verb at the clause's end is its object
    auxiliaries: frozenset[str] = field(default_factory=frozenset)
    object_article_places: frozenset[str] = frozenset()  # "Den Haag": a place's name, no object's article
    negations: frozenset[str] = frozenset()  # "Einen Zeitplan nannte er nicht", "no dijeron que": nothing was said
    negation_not_denying: frozenset[str] = frozenset()  # "nicht nur", "nicht ohne Stolz": something was
    sentence_adverbs: frozenset[str] = field(default_factory=frozenset)
    subordinators: frozenset[str] = field(default_factory=frozenset)  # "dat", "toen", "waarin": a clause opens
    # "on" as a cue's subject: people, no one named ("Dans l'entourage du marin, on assure que …")
    impersonal_subjects: frozenset[str] = field(default_factory=frozenset)
    # Words before a Konjunktiv II that make it no reported speech: a subordinate clause ("dass", "ob") or "fast"
    konjunktiv_two_not_after: frozenset[str] = field(default_factory=frozenset)
    # Cues that report nothing after one of the words in their clause ("hat sich … erklären lassen"): (cues, words)
    not_after: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    reportedly_not_with: frozenset[str] = field(default_factory=frozenset)  # "als", "mindestens"
    reportedly_not_opening: frozenset[str] = field(default_factory=frozenset)  # "Zonder …", "Anders …", "Bis 2030"
    impersonal_openers: frozenset[str] = field(default_factory=frozenset)  # "en", "desde": a place or side first
    impersonal_from: tuple[str, ...] = ()  # "desde": the body a plural verb with no subject speaks for
    prepositions: frozenset[str] = field(default_factory=frozenset)
    number_words: frozenset[str] = field(default_factory=frozenset)
    org_endings: tuple[str, ...] = ()  # "Landgericht", "Bundesamt": an institution by its ending
    # "…, a annoncé mercredi la direction": the source closes the sentence (not English, see inverting_verbs).
    source_after_verb: bool = False
    # English "…, said Sean Ragan": the verbs that may come before their source, unlike "…, X's father, told the
    # Chronicle", which names the listener.
    inverting_verbs: frozenset[str] = frozenset()
    after_inverted_source: frozenset[str] = frozenset()  # "…, said Jeff Flake in his speech"
    reading_verbs: frozenset[str] = frozenset()  # "“…,” read a statement": a document's words only
    finding_verbs: frozenset[str] = frozenset()  # "figures show": a document's findings only
    finding_nouns: frozenset[str] = frozenset()  # the documents whose findings they report
    not_sources: frozenset[str] = frozenset()  # "gemäss Artikel 5", "laut Gesetz": a rule cited, no one's words
    # "sorted according to colour", "varía según la región": no "according to" of a thing after these
    according_not_after: frozenset[str] = frozenset()
    ordinal_after: frozenset[str] = frozenset()  # "nel secondo tempo": after these, "secondo" is the ordinal
    # Dutch and German write a body's field onto its noun ("dopingagentschap"): the nouns such words may end with
    institution_endings: tuple[str, ...] = ()
    kind_before_name: re.Pattern[str] | None = None  # Dutch "gemeente Utrecht": an organisation's kind, its name
    firm_names: re.Pattern[str] | None = None  # "a company called Northgate Compute": see _firm_names
    firm_apposition: re.Pattern[str] | None = None  # "Northgate Power, the utility that …": see _firm_apposition
    business_noun: re.Pattern[str] = re.compile("(?!)")  # any business noun, in lower-cased text
    # A verb needs no subject ("dijo", "ha aggiunto"): one with none before it continues the last speaker.
    pro_drop: bool = False
    clause_links: frozenset[str] = field(default_factory=frozenset)  # "… et a ajouté": the subject is before
    relatives: frozenset[str] = frozenset()  # "who", "che": a relative clause may follow a source
    business_nouns: frozenset[str] = frozenset()  # "the company": a firm, not the agency named last
    generic_institutions: frozenset[str] = frozenset()  # "the group": whatever body was named last
    police_words: frozenset[str] = frozenset()  # "the police": the force named before ("Norfolk Constabulary")
    police_not_forces: frozenset[str] = frozenset()  # "Police Federation": a union, not the force
    police_after: frozenset[str] = frozenset()  # "Police Department": words that may follow a force's police word
    initials_body_endings: frozenset[str] = frozenset()  # "Air Accidents Investigation Branch (AAIB)": a body's
    stance_verbs: frozenset[str] = frozenset()  # report only with a named subject: "Die IG Metall reagierte empört"
    content_verbs: frozenset[str] = frozenset()  # report only before "que" or a quotation: "Les habitants disent que"
    quoting_verbs: frozenset[str] = frozenset()  # report only words in marks after them: "spoke of a “witch hunt”"
    marks_reported: frozenset[str] = frozenset()  # those and the cues that report such words too ("called it “…”")
    quoting_stops: Lexicon = field(default_factory=Lexicon)  # "when", "called": the marks after are not the verb's
    securing_verbs: frozenset[str] = frozenset()  # "O time garantiu a vaga": a thing secured, nothing reported
    member_links: frozenset[str] = frozenset()  # "Jane Doe from the ACLU": the person speaks, not the ACLU
    said_at: frozenset[str] = frozenset()  # "hieß es bei der WLV": see _Words.said_at
    one: frozenset[str] = frozenset()  # "one councillor": unnamed, as "a councillor" is
    one_of_them: frozenset[tuple[str, ...]] = frozenset()  # "l'un d'eux": unnamed
    writer_pronouns: frozenset[str] = frozenset()  # "I responded:": the writer
    reader_pronouns: frozenset[str] = frozenset()  # "You think that …": the reader addressed, no source
    own_outlet: re.Pattern[str] = re.compile("(?!)")  # "dieser Zeitung": the outlet's own sources, unnamed
    circumstance: frozenset[str] = frozenset()  # "declaró tras la audiencia": when or how, not who
    befell: _Befell | None = None  # "Peter Brown died": a subject spoken of, not speaking
    contracted: frozenset[str] = frozenset()  # "he's said": "has", not a possessive
    country_initials: frozenset[str] = frozenset()  # "U.S. officials": a country's, unnamed
    nobody: frozenset[str] = frozenset()  # "Niemand verlangt, dass …": no one said it, so no one is quoted
    # German "Das teilte die Gemeinde mit": a demonstrative object before the verb, the subject after it
    demonstratives: frozenset[str] = frozenset()
    # Dutch "…, laat de gemeente weten": a verb whose particle closes the clause, the source between them.
    separable: dict[str, str] = field(default_factory=dict)
    head_titles: frozenset[str] = frozenset()  # "the WHO chief": whoever leads the organisation
    leading_titles: frozenset[str] = frozenset()  # the titles of whoever leads one ("Director-General")
    firm_suffixes: frozenset[str] = frozenset()  # "GmbH", "Ltd": a name ending with one is a firm's
    firm_words: frozenset[str] = frozenset()  # "Foods", "Water": a trade ending a firm's name
    # "attorney Marc Victor" is "the lawyer" later: each title's words for the same office
    title_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # A town's own bodies ("la municipalité"), written with the town the article is about (see fr.yaml), and
    # where a place is named as a town: after a preposition of place or a town's office ("le maire de …")
    town_bodies: dict[str, str] = field(default_factory=dict)
    town_places: re.Pattern[str] | None = None
    not_town_endings: tuple[str, ...] = ()  # German "in Prellungen": a noun after a preposition of place
    district_nouns: frozenset[str] = frozenset()  # "la población Los Aromos": a part of the town, not the town
    not_towns: frozenset[str] = frozenset()  # countries and regions: "em Portugal", "in Bayern"
    # A place after a determiner or a district noun ("il Piemonte", "die Bewegung", "la población Los Aromos"):
    # a region, a German noun or a part of a town, never the town
    not_town_places: re.Pattern[str] | None = None
    genders: Genders = field(default_factory=lambda: genders("en"))  # whom "she" or "il" can mean

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return self.person_pronouns | self.plural_pronouns | self.thing_pronouns

    @cached_property
    def before_verb(self) -> frozenset[str]:
        """The words between a subject and its verb ("Tedros on Wednesday said", "will say"): skip_before_verb and
        the modals, joined once rather than at every cue whose subject is looked for."""
        return self.skip_before_verb | self.modals


def _synonyms(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """Each word of the groups to all the words of its groups."""
    found: dict[str, frozenset[str]] = {}
    for group in groups:
        words = _words(group)
        for word in words:
            found[word] = found.get(word, frozenset()) | words
    return found


@dataclass(frozen=True)
class _Befell:
    """The words that say something befell a sentence's subject (attribution.yaml's ``befell``)."""

    verbs: frozenset[str]
    passive: frozenset[str]
    perfect: frozenset[str]
    been: frozenset[str]
    participle_endings: tuple[str, ...]

    def after(self, words: Sequence[str]) -> bool:
        """Whether the words after a subject ("died in …", "was taken", "a été arrêté") say it befell them."""
        first = words[0] if words else ""
        second = words[1] if len(words) > 1 else ""
        return first in self.verbs or (first in self.passive and second.endswith(self.participle_endings)) or (
            first in self.perfect and second in self.been)


def _befell(lists: dict[str, list[str]]) -> _Befell:
    return _Befell(_words(lists["verbs"]), _words(lists["passive"]), _words(lists["perfect"]), _words(lists["been"]),
                   tuple(lists["participle_endings"]))


class _Compounds(frozenset[str]):
    """A set of words that also holds the words made with one of ``endings``: titles written with their field
    as one word ("Bahnvorständin" for "vorständin"; not those ending in an exception: "Lautsprecher" is no
    spokesman, "Wegbegleiter" no leader), or people described by age ("72-year-old", "31-Jährige")."""

    endings: tuple[str, ...]
    exceptions: tuple[str, ...]

    def __new__(cls, words: Iterable[str], endings: Iterable[str], exceptions: Iterable[str]) -> _Compounds:
        made = super().__new__(cls, words)
        made.endings = tuple(endings)
        made.exceptions = tuple(exceptions)
        return made

    def __contains__(self, word: object) -> bool:
        return super().__contains__(word) or (
            isinstance(word, str) and len(word) > 6 and word.endswith(self.endings)
            and not word.endswith(self.exceptions)
        )


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'.&-])(?:" + _trie(phrases) + r")(?![\w]|['.&-]\w)")


def _phrase_scan_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """_phrase_pattern for finding every phrase of a text, searched in the text after one space (see _Text),
    with the phrase as group 1: the character before a phrase is matched rather than looked behind at, so a
    search skips in C to the characters that can precede one instead of trying the trie at every character
    (a pattern that opens with a look-behind gives the search nothing to skip by)."""
    return re.compile(r"[^\w'.&-](" + _trie(phrases) + r")(?![\w]|['.&-]\w)")


def _read(name: str) -> str:
    # Read beside this module: importing importlib.resources costs more than the file.
    return (Path(__file__).parent / "data" / "cues" / name).read_text("utf-8")


def _word_list(name: str) -> Iterator[tuple[str, float]]:
    """Entries of a .txt list as (phrase, weight); a trailing '~' marks a weak cue."""
    for line in _read(name).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("~"):
            yield line[:-1].strip(), WEAK
        else:
            yield line, STRONG


def _kind_before_name(kinds: Iterable[str]) -> re.Pattern[str]:
    """An organisation's kind in lower case, then its name: Dutch "gemeente Utrecht", "waterschap Lingedelta"."""
    alternatives = "|".join(sorted((re.escape(_norm(kind)) for kind in kinds), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives}) [A-Z][\w-]+(?: [A-Z][\w-]+)?(?![\w-])")


# What joins a business noun to its trade before the firm's name: "une société de restauration collective, …".
_TRADE_LINKS = ("of", "de", "du", "des", "di", "del", "della", "da", "do", "dos", "das", "van", "voor", "für")
_NAME_WORD = r"[A-Z][\w&'’-]*"
_FIRM_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:de|del|da|do|di|van|von|&)\s+)?{_NAME_WORD}){{0,4}}"  # up to five words


def _business_alternatives(business_nouns: Iterable[str], determiners: Iterable[str]) -> tuple[str, str]:
    """The business nouns and the articles as regular-expression alternatives, longest first."""
    nouns = "|".join(sorted((re.escape(_norm(noun)) for noun in business_nouns), key=len, reverse=True))
    articles = "|".join(sorted((re.escape(word) for word in determiners if word.isalpha()), key=len, reverse=True))
    return nouns, articles


def _firm_names(business_nouns: Iterable[str], determiners: Iterable[str], called: Iterable[str],
                compounds: bool = False) -> re.Pattern[str]:
    """A firm's name after the business noun and article that introduce it: "la empresa Ecoservicios del Litoral",
    "a company called Northgate Compute", "une société de restauration collective, Restoval": a later "the
    company" is that firm, though its name, one word or a person's shape, says nothing of a firm. (Not "Property
    developer Donald Trump", a trade with no article; the name's neighbours are checked in ArticleAnalysis.) Where
    the language writes a trade onto its noun (``compounds``: Dutch; not German, which capitalises the nouns after
    it: "die Energieversorger Preise erhöhen"), the noun may end a longer word, with no article before it at a
    sentence's start: "Glasvezelbedrijf Vezelnet Noord stopt …"."""
    nouns, articles = _business_alternatives(business_nouns, determiners)
    called = "|".join(re.escape(word) for word in called)
    links = "|".join(re.escape(word) for word in _TRADE_LINKS)
    trade = rf"\s+(?P<trade>(?:{links})(?:\s+[a-zà-ÿ'’-]+){{1,4}})\s*,"
    introduced = rf"(?i:{articles})\s+(?i:{nouns})"
    if compounds:
        introduced = (rf"(?:(?i:{articles})\s+(?i:[a-zà-ÿ]{{3,}})?(?i:{nouns})"
                      rf"|(?:(?<=^)|(?<=[.!?]\s))[A-ZÀ-Þ][a-zà-ÿ]{{2,}}(?:{nouns}))")
    return re.compile(
        rf"(?<![\w-]){introduced}(?:\s+(?:{called})|{trade})?\s+(?P<name>{_FIRM_NAME})"
        rf"(?![\w&'’-])")


def _firm_apposition(business_nouns: Iterable[str], determiners: Iterable[str]) -> re.Pattern[str]:
    """A name with a business noun in apposition after it: "Segundo a Elétrica Sertaneja, concessionária que atende
    a região", "Northgate Power, the utility that serves the county": a later "a empresa", "the company" is that
    firm. The noun opens the apposition (after an article and two modifiers at most: "a privately held company") and
    a relative clause or a participle follows it ("that serves", "based in": the caller checks the word): "In
    London, the company fired 200 staff" and "De acordo com o Procon, a operadora cobrou …" make the noun the next
    clause's subject, "John Smith, the firm's founder" and "Mary Jones, an airline pilot" describe a person."""
    nouns, articles = _business_alternatives(business_nouns, determiners)
    return re.compile(
        rf"(?P<name>{_FIRM_NAME}),\s+"
        rf"(?:(?i:{articles})\s+)?(?:[a-zà-ÿ-]+\s+){{0,2}}(?i:{nouns})\s+(?P<relative>\w+)")


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(_norm(v) for v in values)


# Lower-case words that may sit inside a speaker's noun phrase
# ("a senior government spokesman", "the San Francisco prosecutor's office").
_ENGLISH_ARTICLES = frozenset({"the", "a", "an"})
LANGUAGES = ("fr", "de", "es", "it", "pt", "nl")  # languages with a cue file of their own (data/cues/<code>.yaml)
_INVERTED_PRONOUNS = ("il", "elle", "on", "ils", "elles")


@cache
def _language_data(language: str) -> dict[str, Any]:
    return loads(_read(f"{language}.yaml")) if language in LANGUAGES else {}


@lru_cache(maxsize=1)
def _detect_words() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages it is frequent in (English's own list, then each cue file's)."""
    words: dict[str, list[str]] = {w: ["en"] for w in _ENGLISH_DETECT.split()}
    for language in LANGUAGES:
        for word in _language_data(language).get("detect") or []:
            words.setdefault(_norm(word), []).append(language)
    return {w: tuple(v) for w, v in words.items()}


_KANA = re.compile(r"[\u3040-\u30ff]")  # hiragana and katakana: Japanese, whatever else is in the text
_ENGLISH_DETECT = "the of and to in is was that for on with as by at from his her it are were has have said this"
_DETECT_CHARS = 3000


def detect_language(article: Article) -> str:
    """The article's language among English and LANGUAGES: its front matter, else its commonest function words.

    Unknown languages count as English: the English lists are the default. Japanese ("ja", declared or
    written in kana) is read by its own rules (workbench/japanese.py).
    """
    declared = article.meta.language.strip().lower()[:2]
    if declared in ("en", "ja") or declared in LANGUAGES:
        return declared
    words = _detect_words()
    texts = []
    seen = 0
    for paragraph in article.paragraphs:
        if paragraph.kind != "content":
            continue
        texts.append(paragraph.text)
        seen += len(paragraph.text)
        if seen > _DETECT_CHARS:
            break
    sample = "\n".join(texts)
    kana = len(_KANA.findall(sample))
    if kana >= 5 and kana > sum(c.isascii() and c.isalpha() for c in sample):
        return "ja"
    counts: dict[str, int] = {}
    # In the order the text first uses each word: a tie goes to the language met first.
    for word, times in Counter(filter(words.__contains__, _WORD.findall(sample.lower()))).items():
        for language in words[word]:
            counts[language] = counts.get(language, 0) + times
    if not counts:
        return "en"
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] >= 2 and counts[best] > counts.get("en", 0) else "en"


def _inverted(verb: str) -> Iterator[str]:
    """French inversion: "ajoute-t-il", "a-t-elle", "dit-on", "répondit-il"."""
    joint = "-t-" if verb[-1] in "ae" else "-"
    for pronoun in _INVERTED_PRONOUNS:
        yield f"{verb}{joint}{pronoun}"


@lru_cache(maxsize=8)
def cues(language: str = "en") -> Cues:
    """The shipped cue lists for an article's language, compiled once per process and language.

    Every language gets the English attribution lists (an English cue in a
    French article still attributes) plus its own file's; framing words are
    the language's own only ("massive" is neutral in French).
    """
    data = loads(_read("attribution.yaml"))
    framing_data = loads(_read("framing.yaml"))
    extra = _language_data(language)
    own = extra.get("attribution") or {}
    if extra:
        framing_data = {"devices": extra.get("framing") or {}, "not_framing": extra.get("not_framing") or []}
    attribution = Lexicon()
    for key, kind in (("verbs", "verb"), ("phrases", "verb"), ("ambiguous_verbs", "ambiguous"),
                      ("reading_verbs", "ambiguous"), ("finding_verbs", "ambiguous"), ("according", "according"),
                      ("unsourced", "unsourced"), ("not_everyone", "not_everyone")):
        for phrase in data[key]:
            attribution.add(phrase, kind)
    # The few cues of other languages serve text in a language with no cue file of its own; a language with one
    # has its own, and the others' may be its function words (Dutch "dit", "this", is French "said").
    languages = {} if extra else data.get("languages") or {}
    nested = (own if extra else data).get("nested_speech") or {}
    for phrase in languages.get("verbs") or []:
        attribution.add(phrase, "verb")
    for phrase in languages.get("according") or []:
        attribution.add(phrase, "according")
    for phrase in data.get("agent_after") or []:
        attribution.add(phrase, "from")
    for key, kind in (("verbs", "verb"), ("phrases", "verb"), ("ambiguous_verbs", "ambiguous"),
                      ("according", "according"), ("unsourced", "unsourced"), ("after_comma", "after_comma"),
                      ("conditional", "conditional")):
        for phrase in own.get(key) or []:
            attribution.add(phrase, kind)
    for phrase in own.get("stance_verbs") or []:
        attribution.add(phrase, "verb")  # (and Cues.stance_verbs: only with a named subject)
    for key, kind in (("not_everyone", "not_everyone"), ("konjunktiv", "konjunktiv"),
                      ("konjunktiv_two", "konjunktiv_two"), ("reportedly", "reportedly"),
                      ("according_before", "according_before"), ("own_view", "own_view"),
                      ("their_account", "their_account"), ("hearsay_participles", "hearsay_participle"),
                      ("shown_by", "shown_by")):
        for phrase in own.get(key) or []:
            attribution.add(phrase, kind)
    for phrase in [*data["own_account"], *(own.get("own_account") or [])]:
        attribution.add(phrase, "own_account")
    separable = {_norm(verb): _norm(particle) for verb, particle in (own.get("separable") or {}).items()}
    for verb in separable:
        attribution.add(verb, "separable")
    for verb in own.get("inverted") or []:
        for form in _inverted(verb):
            attribution.add(form, "inverted")
    quoting = [_phrase_key(p) for p in [*data["quoting_verbs"], *(own.get("quoting_verbs") or [])]]
    quoting_only = frozenset(key for key in quoting if key not in attribution.by_text)  # (not "called": its own rules)
    for key in dict.fromkeys(quoting):
        if key in quoting_only:
            attribution.add(key, "verb")  # (and Cues.quoting_verbs: only with words in marks after it)
    framing = Lexicon()
    for phrase in framing_data.get("not_framing") or []:
        framing.add(phrase, NOT_FRAMING, 0.0)  # the longer phrase is found instead of the cue inside it
    for device, lists in framing_data["devices"].items():
        for phrase in lists.get("strong") or []:
            framing.add(phrase, device, STRONG)
        for phrase in lists.get("weak") or []:
            framing.add(phrase, device, WEAK)
    for name in () if extra else ("loaded.txt", "evaluative.txt"):
        for phrase, weight in _word_list(name):
            framing.add(phrase, "loaded language", weight)
    for text, phrase in attribution.by_text.items():
        inner = framing.by_text.get(text.split(None, 1)[-1])  # "not all" holds "all": still its cue where it
        if phrase.kind == "not_everyone" and inner is not None:  # attributes nothing ("not all lobbies are good")
            framing.add(text, inner.kind, inner.weight)
    openings = Lexicon()
    interjections: set[str] = set()
    for device, lists in framing_data["devices"].items():
        for phrase in lists.get("opening") or []:
            openings.add(phrase, device, STRONG)
        for phrase in lists.get("interjection") or []:
            openings.add(phrase, device, STRONG)
            interjections.add(_SPACES.sub(" ", phrase.lower()))
    if not extra:  # the English word lists
        for phrase, weight in _word_list("name_calling.txt"):
            framing.add(phrase, "name calling", weight)
    groups = Lexicon()
    for phrase in data["group_voices"]:
        groups.add(phrase, "group")
    view_nouns = "|".join(re.escape(_norm(v)) for v in data["view_nouns"])
    view = re.compile(rf"(?<![\w'-])in\s+(?:[\w.'-]+\s+){{0,4}}?[\w.-]+'s\s+(?:{view_nouns})\b")
    openers = "|".join(re.escape(_norm(p)) for p in own.get("view_openers") or [])
    # At a paragraph's or sentence's start, up to the first comma (its words checked for a name where read)
    view_opening = re.compile(rf"(?:^|(?<=[.!?] )|(?<=[.!?][»”\"] ))(?:{openers})\s+[^,;:.!?«»“”\"()]{{2,80}}?(?=,)"
                              ) if openers else None
    def listed(key: str) -> frozenset[str]:
        return _words(data[key]) | _words(own.get(key) or [])

    collective = listed("collective_sources")
    unnamed = listed("unnamed_sources") | collective
    institutions = listed("institutions") | listed("business_nouns")  # ("the company" names a body too)
    documents = listed("documents")
    # A title of the shared list that the language's own file names as a body is that body there: Spanish
    # "secretaria" (a secretary) is Portuguese for a department ("a Secretaria Municipal de Saúde").
    own_bodies = _words(own.get("org_words") or []) | _words(own.get("institutions") or [])
    titles = (_words(data["titles"]) - own_bodies) | _words(own.get("titles") or [])
    if own.get("compound_titles"):  # German "Bahnvorständin", "Polizeisprecherin": a title ends the word
        compounds = own["compound_titles"]
        titles = _Compounds(titles, _words(compounds["endings"]), _words(compounds.get("not") or []))
    org_words = listed("org_words")
    pronouns = data["pronouns"]
    own_pronouns = own.get("pronouns") or {}
    determiners = data["determiners"]
    naming = Lexicon()
    for phrase in data["naming_verbs"]:
        naming.add(phrase, "naming")
    quoting_stops = Lexicon()
    for phrase in data["quoting_stops"]:
        quoting_stops.add(phrase, "stop")
    author_voice = Lexicon()
    for phrase in data["author_voice"]:
        author_voice.add(phrase, "author")
    own_determiners = own.get("determiners") or {}  # "i", "o", "a": articles only in their own language
    plural_subject = own.get("plural_subject") or {}
    definite = _words(determiners["definite"]) | _words(own_determiners.get("definite") or [])
    first_person = _words(determiners["first_person"]) | _words(own_determiners.get("first_person") or [])
    indefinite = _words(determiners["indefinite"]) | _words(own_determiners.get("indefinite") or [])
    every_determiner = (definite | indefinite | first_person | _words(determiners["possessive"])
                        | _words(own_determiners.get("possessive") or []))
    return Cues(
        attribution=attribution,
        framing=framing,
        group_voices=groups,
        skip_before_verb=listed("skip_before_verb"),
        modals=_words(data["modals"]),
        be_forms=_words(data["be_forms"]),
        unnamed=unnamed,
        institutions=institutions,
        documents=documents,
        titles=titles,
        org_words=org_words,
        stop_words=listed("stop_words"),
        own_stop_words=_words(own.get("stop_words") or []),
        capitalised_particles=_words(data["capitalised_particles"]),
        person_pronouns=_words(pronouns["person"]) | _words(own_pronouns.get("person") or []),
        third_person_singular=(_words(own_pronouns["person"]) if own_pronouns.get("person") else _set(
            "he she him her")) - _set("ze sie"),
        plural_pronouns=_words(pronouns["plural"]) | _words(own_pronouns.get("plural") or []),
        thing_pronouns=_words(pronouns["thing"]),
        person_nouns=_Compounds(listed("person_nouns"), data["person_noun_endings"], ()),
        view=view,
        view_opening=view_opening,
        pattern=_phrase_scan_pattern(set(attribution.by_text) | set(framing.by_text)),
        openings=openings,
        interjections=frozenset(interjections),
        collective_sources=collective,
        among=listed("among"),
        time_nouns=listed("time_nouns"),
        np_lower=listed("noun_modifiers") | unnamed | institutions | documents | titles | org_words | definite
        | first_person,
        definite=definite,
        indefinite=indefinite,
        determiners=every_determiner,
        first_person_possessive=first_person,
        of_words=listed("of_words"),
        document_verbs=_words(data["document_verbs"]),
        inverting_verbs=_words(data["inverting_verbs"]),
        after_inverted_source=listed("after_inverted_source"),
        reading_verbs=_words(data["reading_verbs"]),
        finding_verbs=_words(data["finding_verbs"]),
        finding_nouns=_words(data["finding_nouns"]),
        not_sources=listed("not_sources"),
        according_not_after=listed("according_not_after"),
        ordinal_after=_words(own.get("ordinal_after") or []),
        naming_verbs=naming,
        author_voice=author_voice,
        plural_person_nouns=_words(data["plural_person_nouns"]),
        plural_articles=_words(own_determiners.get("plural") or []),
        plural_quantifiers=_words(plural_subject.get("quantifiers") or []),
        plural_noun_endings=tuple(plural_subject.get("noun_endings") or ()),
        plural_verb_endings=tuple(plural_subject.get("verb_endings") or ()),
        plural_verb_exceptions=_words(plural_subject.get("verb_exceptions") or []),
        plural_finite_after_noun=bool(plural_subject.get("finite_after_noun")),
        plural_auxiliaries=_words(plural_subject.get("auxiliaries") or []),
        research_voices=_words(data["research_voices"]),
        research_titles=_words(data["research_titles"]),
        research_led=_words(data["research_led"]),
        research_objects=_words(data["research_objects"]),
        research_authors=_words(data["research_authors"]),
        research_leads=_words(data["research_leads"]),
        research_outsiders=_words(data["research_outsiders"]),
        language=language if extra else "en",
        addressee=_words(own.get("addressee") or []),
        place_prepositions=_words(own.get("place_prepositions") or ["in", "at"]),
        verb_second=_words(own.get("verb_second") or []),
        passive_after=_words(own.get("passive_after") or []),
        nested_that=_words(nested.get("that") or []),
        nested_verbs=_words(nested.get("verbs") or []),
        object_articles=_words(own.get("object_articles") or []),
        auxiliaries=_words(own.get("auxiliaries") or []),
        object_article_places=frozenset(_phrase_key(p) for p in own.get("object_article_places") or []),
        negations=_words(own.get("negations") or []),
        negation_not_denying=_words(own.get("negation_not_denying") or []),
        sentence_adverbs=_words(own.get("sentence_adverbs") or []),
        subordinators=_words(own.get("subordinators") or []),
        impersonal_subjects=_words(own.get("impersonal_subjects") or []),
        konjunktiv_two_not_after=_words(own.get("konjunktiv_two_not_after") or []),
        not_after=(frozenset(_phrase_key(c) for c in (own.get("not_after") or {}).get("cues") or []),
                   _words((own.get("not_after") or {}).get("words") or [])),
        reportedly_not_with=_words(own.get("reportedly_not_with") or []),
        reportedly_not_opening=_words(own.get("reportedly_not_opening") or []),
        impersonal_openers=_words(own.get("impersonal_openers") or []),
        impersonal_from=tuple(_norm(words) for words in own.get("impersonal_from") or ()),
        prepositions=_words(own.get("prepositions") or []),
        number_words=_words(own.get("number_words") or []),
        org_endings=tuple(_norm(w) for w in own.get("org_endings") or []),
        source_after_verb=bool(own.get("source_after_verb")),
        kind_before_name=_kind_before_name(own.get("org_words") or []) if own.get("kind_before_name") else None,
        institution_endings=tuple(sorted(w for w in institutions | org_words if len(w) >= 5 and w.isalpha()))
        if own.get("compound_titles") else (),
        pro_drop=bool(own.get("pro_drop")),
        clause_links=_CLAUSE_LINKS | _words(own.get("clause_links") or []),
        relatives=listed("relatives"),
        firm_apposition_followers=listed("relatives") | listed("firm_apposition_participles"),
        regulators=_words(data["regulators"]),
        study_findings=tuple(sorted(listed("study_findings"), key=len, reverse=True)),
        member_links=listed("member_links"),
        business_nouns=listed("business_nouns"),
        firm_names=_firm_names(listed("business_nouns"), definite | indefinite, data["firm_called"],
                               compounds=bool(own.get("compound_titles")) and language != "de"),  # (see above)
        firm_apposition=_firm_apposition(listed("business_nouns"), definite | indefinite),
        said_at=_words(data["said_at"]),
        one=_words(data["one"]),
        one_of_them=frozenset(tuple(_phrase_key(p).split()) for p in data["one_of_them"]),
        writer_pronouns=_words(data["writer_pronouns"]),
        reader_pronouns=listed("reader_pronouns"),
        medium_prepositions=listed("medium_prepositions"),
        object_pronouns=_words(own.get("object_pronouns") or []),
        copulas=_words(own.get("copulas") or []),
        circumstance=_words(data["circumstance"]),
        befell=_befell(data["befell"]),
        contracted=_words(data["contracted"]),
        country_initials=_words(data["country_initials"]),
        nobody=_words(data["nobody"]),
        own_outlet=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(_norm(p)) for p in data["own_outlet"]) + r")(?!\w)"),
        # (as a trie, which the search tries once per character rather than once per noun: only whether the
        # paragraph holds one is asked, and the trie's white space and apostrophes match at least what the nouns'
        # do)
        business_noun=re.compile(_trie(listed("business_nouns")) or "(?!)"),
        generic_institutions=listed("generic_institutions"),
        police_words=listed("police_words"),
        stance_verbs=frozenset(_phrase_key(p) for p in own.get("stance_verbs") or []),
        content_verbs=frozenset(_phrase_key(p) for p in [*data["content_verbs"], *(own.get("content_verbs") or [])]),
        quoting_verbs=quoting_only,
        quoting_stops=quoting_stops,
        marks_reported=frozenset(quoting),
        securing_verbs=_words(own.get("securing_verbs") or []),
        police_not_forces=_words(data["police_not_forces"]),
        police_after=_words(data["police_after"]),
        initials_body_endings=listed("initials_body_endings"),
        demonstratives=_words(own.get("demonstratives") or []),
        separable=separable,
        firm_suffixes=_words(data["firm_suffixes"]),
        firm_words=_words(data["firm_words"]),
        title_synonyms=_synonyms([*data["title_synonyms"], *(own.get("title_synonyms") or [])]),
        head_titles=listed("head_titles"),
        leading_titles=listed("leading_titles"),
        town_bodies={_norm(kind): template for kind, template in (own.get("town_bodies") or {}).items()},
        town_places=_town_places(own.get("town_prepositions") or [], own.get("town_heads") or []),
        not_town_endings=tuple(own.get("not_town_endings") or []),
        district_nouns=_words(own.get("district_nouns") or []),
        not_towns=frozenset(own.get("not_towns") or []),
        not_town_places=_not_town_places(
            every_determiner - _words(own.get("place_prepositions") or []) - _words(own.get("town_prepositions") or []),
            _words(own.get("district_nouns") or [])) if own.get("town_bodies") else None,
        genders=genders(language),
    )


# A place's name: capitalised words, with the lower-case words places' names hold between them ("Campo Alegre do
# Oeste", "Cañada del Rey", "Ulrich am Lammbach"; hyphens and apostrophes inside a word: "Côtes-d’Armor")
_VOWELS = frozenset("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ")  # French elides "de" before them: "commune d’Avignon"
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?<![-’'])"
_PLACE = (rf"{_PLACE_WORD}(?:\s(?:(?:de|do|da|dos|das|del|di|della|sur|sous|am|an|aan|op)\s)?{_PLACE_WORD})*")


def _town_places(prepositions: Sequence[str], heads: Sequence[str]) -> re.Pattern[str] | None:
    """Where the text names a place as a town: "à Sauvelens" (a preposition of place), "le maire de
    Kervenan-sur-Lié", "Gemeinde Quelitz" (a town's office or body); the group "head" says which."""
    if not prepositions and not heads:
        return None

    def alternatives(words: Sequence[str]) -> str:
        # either case for the first letter only: "Le maire de", "In Quelitz"; not "Burgemeester Van Zanen"
        return "|".join(sorted((f"[{w[0].upper()}{w[0]}]" + re.escape(w[1:]).replace(r"\ ", r"\s+")
                                for w in map(_norm, words)), key=len, reverse=True)) or "(?!)"

    return re.compile(rf"(?<![\w’'])(?:(?P<head>{alternatives(heads)})|{alternatives(prepositions)})"
                      rf"\s+(?P<place>{_PLACE})")


def _not_town_places(determiners: Iterable[str], districts: Iterable[str]) -> re.Pattern[str]:
    """A place written after a determiner or a district noun: see Cues.not_town_places."""
    words = "|".join(sorted(map(re.escape, {*determiners, *districts}), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w’'])(?i:{words})\s+(?P<place>{_PLACE})")


# ---------------------------------------------------------------- one paragraph, cheaply

# (?<!\w.) after the capital is \b before it, written so the engine can skip ahead to a capital.
# Later words may follow initials: "Michael R. Pompeo", "Robert S. Mueller III".
# A surname's particle after a given name: "Jan de Vries", "Ursula von der Leyen", "Erik van Dalen".
_PARTICLE = rf"(?: (?:{'|'.join(SURNAME_PARTICLES)})(?: (?:{'|'.join(PARTICLE_ARTICLES)}))?(?= [A-Z]))?"
_FULL_NAME = re.compile(rf"[A-Z](?<!\w.)[\w.-]+(?:[’']s)?(?:{_PARTICLE} (?:[A-Z]\. )*[A-Z][\w-]+)+")
_GENERATIONS = frozenset({"II", "III", "IV", "Jr", "Jr.", "Sr", "Sr."})  # part of the name, not an acronym
# Words capitalised only in a headline's title case: inside a capitalised run they make it a title ("The Evil
# Doings Of Israel", "Name This Field"), never a person's name. Not the particles of names ("Robert De Niro").
# Not "the", "an", "van", "on", "in", "may", "can", "will": they are names or parts of names too ("Theresa May",
# "George Will", "Emre Can", "Nguyen Van An", "Tran The Anh").
_TITLE_CASE_WORDS = _set("of for from with by into about over under and but this that these those is are was were "
                         "would")
_NAME = rf"[A-Z][\w’'.-]*(?:{_PARTICLE}\s+[A-Z][\w’'.-]*){{0,3}}"
_OPENING = r"\W*(?:(?:But|And|So|Yet|Then|Now)\s+)?"  # what may come before a sentence's subject
_PAIR = re.compile(rf"{_OPENING}({_NAME})\s+and\s+({_NAME})\s+(?=[a-z])")
_SUBJECT = re.compile(rf"{_OPENING}({_NAME})(?![\w’'.-]|\s+[A-Z])")  # the whole capitalised run, or none
# A determiner, lower-case words (a title) and a name: "Il procuratore Ernesto Valsecchi", "The actor Tom Hanks".
_INTRODUCED_AGE = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}\s*,)")  # "Anouk Veldhuis (39)", "Maria Lopez, 71,"
_DESCRIBED_SUBJECT = re.compile(rf"{_OPENING}([A-Z]\w*)\s+((?:[^\W\d_A-Z][\w’'-]*\s+){{1,3}})({_NAME})")


_QUESTION_OR_EXCLAMATION = re.compile("[?!]")
_AND_WORDS = _set("and & e y et und")
# Before a hyphen, what makes a title another rank: "vice-president", "Ex-Bürgermeister", "co-founder"
_RANK_PREFIXES = _set("vice vize ex co ko sous sub deputy pro anti")
# Words that make the capitalised run after "and" an organisation of its own ("… and Ohio State University"),
# not the next field of the one before it ("… and Human Services")
_OWN_ORGANISATION = _set("university college bank hospital school ministry department agency council court company "
                         "corporation institute commission police universidad universidade université universität")
_CONCLUSION_OPENERS = _set("no little nothing")  # "found no evidence": an inquiry's conclusion, not a thing found
_FINITE_HAVE = _set("had has have")  # ("found she had authority": a clause after a verb of finding)
_CONTENT_OPENERS = _set("that : que che dass dat")  # what an ambiguous verb reports follows one of these
# Not unnamed before a complement: "Officials at the ministry" and "Researchers at the institute" speak for it
_OFFICIALS = _set("official officials")
_COUNTS = _set("one")  # "One leaked official memo says": a count, not a source
_NUMBER_WORDS = _set("two three four five six seven eight nine ten twenty thirty forty fifty hundred")
_INCLUDING = _set("including such like among notably incluida incluido incluyendo inclusive notamment dont")
# An embedded tweet's footer at the end of its last paragraph: "… pic.twitter.com/x — Name (@handle) May 24, 2018".
_TWEET_FOOTER_END = re.compile(
    r"(?:(?:https?://|pic\.twitter\.com/)\S+\s*)*(?:[—–]{1,2}|(?<=\s)--?)\s*#?(?P<name>[^\s()@—–#][^()@\n—–]{0,60}?)\s*\(@\w{1,30}\)\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}$", re.IGNORECASE)
# A U.S. politician's party, with the state: "D", "R-Texas", "D-Minn.", "I-Vt."
_PARTY = re.compile(r"[DRI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?")
# A sentence that ends by announcing a document ("… released the following statement:", "… posted this on Facebook:")
_FOLLOWING_DOCUMENT = re.compile(r"\b(?:(?:the following|this|these)(?: [\w’'-]+){0,3}|as follows):\s*$", re.IGNORECASE)


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a colon and white space at most: what every match of
    _FOLLOWING_DOCUMENT ends with, checked first because that search, anchored at the end but opening with a
    word boundary, tries every position of the sentence (it ran on every paragraph ending in a fact)."""
    return text[start:end].rstrip().endswith(":")


_FOOTER_REACH = 240  # characters a footer takes at most: a dash, a name of 60, a handle of 30, a date
_TWEET_MARKUP = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+|[@#]\w+")  # links, handles, hashtags
_TWEET_WORD = re.compile(r"[^\W\d_]{2,}")
# A paragraph opening with the document the paragraph before introduced ("here is the revised timeline, as outlined
# by the Los Angeles Times:"), named again ("The new timeline has left …"): the author speaking of it, not its text.
_DOCUMENT_MENTIONED = re.compile(r"(?:The|This|That|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]{3,})\b")
_DOCUMENT_PRESENTED_TEMPLATE = (r"\b(?:[Hh]ere (?:is|are)|[Hh]ere's|[Bb]elow (?:is|are)|the following)\s+"
                                r"(?:(?:the|a|an|this)\s+)?(?:[\w-]+\s+){{0,2}}?{}(?![\w'’])")
# Participles of a document's getting, not its making: "a copy of the plan obtained by the Washington Free Beacon"
_HANDED_TO = frozenset({"obtained", "seen", "reviewed", "received", "examined", "acquired", "cited", "quoted", "hacked",
                        "seized", "subpoenaed", "viewed", "analyzed", "analysed", "verified", "accessed", "unearthed",
                        "funded", "leaked"})
_TWEET_LENGTH = 280  # characters a tweet may hold, links aside: paragraphs above that would pass it are not the tweet


class _Text:
    """A paragraph's text with its quotations and cue phrases located: enough for most sentences."""

    def __init__(self, text: str, regions: list[Region], cue: Cues) -> None:
        self.text = text
        self.low, self.grew = lower_in_place(text)
        self.regions = regions
        self.region_starts = [r.start for r in regions]
        self.openings = cue.openings
        self.interjections = cue.interjections
        self.cue_hits: list[tuple[int, int, Phrase]] = []
        self.frame_hits: list[tuple[int, int, Phrase]] = []
        attribution = cue.attribution.by_text
        framing = cue.framing.by_text
        # (Phrases end in a letter or digit: the character before the next one is never inside the last.)
        for match in cue.pattern.finditer(" " + self.low):
            key = match.group(1)
            if "\n" in key or "  " in key:
                key = _SPACES.sub(" ", key)
            s, e = match.span(1)
            s -= 1  # (offsets in the text after the space)
            e -= 1
            if e - s <= 3 and text[s:e].isupper() and not text.isupper():
                continue  # "US", "IT": an acronym, not the pronoun
            if key in attribution:
                self.cue_hits.append((s, e, attribution[key]))
            if key in framing and framing[key].kind != NOT_FRAMING:
                self.frame_hits.append((s, e, framing[key]))
        view: list[tuple[int, int, Phrase]] = []
        if "'s" in self.low and (" in " in self.low or self.low.startswith("in ")):  # all "in X's view" needs
            view = [(m.start(), m.end(), Phrase((), "view", STRONG, m.group()))
                    for m in cue.view.finditer(self.low)]
        if cue.view_opening is not None:
            view += [(m.start(), m.end(), Phrase((), "view_opening", STRONG, m.group()))
                     for m in cue.view_opening.finditer(self.low)]
        if view:
            self.cue_hits = sorted(self.cue_hits + view, key=lambda h: h[0])
        self.cue_starts = [h[0] for h in self.cue_hits]
        self.frame_starts = [h[0] for h in self.frame_hits]

    def quoted(self, offset: int) -> int:
        """The region holding ``offset``, or -1."""
        r = bisect.bisect_right(self.region_starts, offset) - 1
        return r if r >= 0 and offset < self.regions[r].end else -1

    def overlaps_quote(self, start: int, end: int) -> bool:
        r = bisect.bisect_left(self.region_starts, end) - 1
        return r >= 0 and self.regions[r].end > start

    def has_cue(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.cue_starts, start)
        return i < len(self.cue_starts) and self.cue_starts[i] < end

    def framing(self, start: int, end: int) -> tuple[dict[str, float], list[tuple[str, str]]]:
        """Device weights and (device, trigger words) in the author's words of ``[start, end)``."""
        scores: dict[str, float] = {}
        triggers: list[tuple[str, str]] = []
        i = bisect.bisect_left(self.frame_starts, start)
        while i < len(self.frame_hits) and self.frame_hits[i][0] < end:
            s, e, phrase = self.frame_hits[i]
            i += 1
            if e > end or (self.regions and self.quoted(s) >= 0):
                continue
            if s > start and self.text[s].isupper() and " " not in self.low[s:e]:
                continue  # one capitalised word inside a sentence is a name: "in May", "Hell's Kitchen"
            scores[phrase.kind] = scores.get(phrase.kind, 0.0) + phrase.weight
            triggers.append((phrase.kind, self.text[s:e]))
        opening = self.openings.pattern.match(self.low, start, end) if self.openings.by_text else None
        if opening is not None and opening.group() in self.interjections and not self.low.startswith(
                ",", opening.end()):
            opening = None  # "Well over 100 …" is no interjection
        if opening is not None:  # "Consider …", "Imagine …": the author turns to the reader
            phrase = self.openings.by_text[_SPACES.sub(" ", opening.group())]
            scores[phrase.kind] = scores.get(phrase.kind, 0.0) + phrase.weight
            triggers.append((phrase.kind, self.text[opening.start() : opening.end()]))
        marks = [m.start() for m in _QUESTION_OR_EXCLAMATION.finditer(self.text, start, end)] if (
            self.text.find("?", start, end) >= 0 or self.text.find("!", start, end) >= 0) else []
        marks = [j for j in marks if self.quoted(j) < 0]
        if marks and self.text[marks[-1]] == "?":
            scores["rhetorical frame"] = scores.get("rhetorical frame", 0.0) + STRONG
            triggers.append(("rhetorical frame", "a question"))
        elif marks:
            scores["exaggeration"] = scores.get("exaggeration", 0.0) + STRONG
            triggers.append(("exaggeration", "!"))
        return scores, triggers


def _opinion_threshold(paragraphs: Sequence[Paragraph], scans: Sequence[_Text | None]) -> float:
    """The framing threshold of a sentence with a judging word, by how much the article argues rather than
    reports: how many framing cues its own words carry.

    Opinion writing evaluates in sentences with no strongly loaded word ("They
    are the furthest thing from terrorists"); what gives it away is the density
    of weaker cues over the whole article, so there two weak cues suffice, and
    one where the density is that of a polemic. A news report with a few
    routine hedges ("alleged", "unclear", "could") stays below the second bar.
    """
    weight = 0.0
    chars = 0
    for paragraph, scan in zip(paragraphs, scans, strict=True):
        if scan is None or paragraph.kind != "content":
            continue
        chars += len(scan.text) - sum(r.end - r.start for r in scan.regions)
        for s, _, phrase in scan.frame_hits:
            if not scan.regions or scan.quoted(s) < 0:
                weight += phrase.weight
    density = weight * 1000 / chars if chars >= OPINION_MIN_CHARS else 0.0
    if density >= ARGUMENT_DENSITY:
        return ARGUMENT_THRESHOLD
    return OPINION_THRESHOLD if density >= OPINION_DENSITY else FRAMING_THRESHOLD


def _evaluative(scores: dict[str, float]) -> bool:
    """Whether the cues include a judging word, not only modals, quantifiers and discourse words ("could", "many")."""
    return any(device in _JUDGING for device in scores)


_JUDGING = frozenset({"loaded language", "name calling", "doubt", "hedging", "scare quotes"})


def _framing_label(scores: dict[str, float], triggers: list[tuple[str, str]],
                   threshold: float = FRAMING_THRESHOLD) -> tuple[str, str] | None:
    """(device, reason) when the cues add up to framing, else None."""
    if sum(scores.values()) < threshold - 1e-9:
        return None
    weighted = {d: score * DEVICE_PRIORS.get(d, 1.0) for d, score in scores.items()}
    device = max(weighted, key=lambda d: (weighted[d], -DEVICES.index(d)))
    shown: dict[str, list[str]] = {}
    for kind, words in triggers:
        listed = shown.setdefault(kind, [])
        if words not in listed and len(listed) < 3:
            listed.append(words)
    order = sorted(shown, key=lambda d: (-weighted.get(d, 0.0), DEVICES.index(d)))
    reason = "; ".join(f"{kind} ({', '.join(_quote(w) for w in shown[kind])})" for kind in order)
    return device, f"editorial framing: {reason}"


# Short words written with a full stop, besides titles: the project's (textclean.ABBREVIATIONS: "Co.", "Jr.", "Acme
# LLC. spokesman") and the suggester's own ("No. 10", "Bros.", "Ave.", "Hon.")
_ABBREVIATIONS = ABBREVIATIONS | _set("no bros ave hon")
_QUESTION_FORMS = frozenset({"rhetorical frame", "exaggeration"})  # what an interviewer's question is made of


def _quote(words: str) -> str:
    words = " ".join(words.split())
    if words in ("a question", "!"):
        return words
    if len(words) > 40:
        words = words[:39] + "…"
    return f"“{words}”"


# ---------------------------------------------------------------- one paragraph, word by word

_TOKEN = re.compile(r"\w+(?:[’'.&-]\w+)*|\S")
_DISCOURSE = _set(
    "rather however instead meanwhile moreover furthermore indeed still yet now then so also "
    "thus hence therefore besides nevertheless nonetheless regardless specifically finally "
    "first second third amazingly of in for to with from by at on after before during under since regarding "
    "concerning despite considering"
)
_FIRST_PERSON = _set("i we")
_RELATIVES = _set("who which whom whose")
_CALENDAR = _set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december"
)
# Days and months that are no one's name ("May", "June", "August" and "April" are people too).
_NEVER_NAMES = _CALENDAR - _set("may june august april")
_PEOPLE_VERBS = _set("said say says told")  # verbs that make a plural noun before them people speaking
_WHEN = _set("late early on last this next")  # the words before a day that make it a time ("Late Thursday")
# Times that open a sentence before its subject and a comma ("Midweek, Erdogan exploded:")
_OPENING_TIMES = _set("midweek overnight earlier later meanwhile afterwards afterward tonight tomorrow morning "
                      "afternoon evening night week weekend month year")
# Days and relative days a closing, inverted source may follow ("…, a annoncé mercredi la direction"); also no
# part of a name ("Late Thursday") and the end of a source after "according to" ("… de la police mercredi").
_TIME_WORDS = _CALENDAR | _set(
    "yesterday today lundi mardi mercredi jeudi vendredi samedi dimanche hier montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag gestern heute lunes martes miércoles jueves viernes sábado domingo "
    "ayer hoy lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag gisteren vandaag segunda-feira terça-feira quarta-feira quinta-feira "
    "sexta-feira ontem hoje"
)
# Days and months as the start of a compound, "Woensdagavond" (long words only: "hier" is no prefix)
_DAY_PREFIXES = tuple(sorted(word for word in _TIME_WORDS if len(word) > 5))
# A time in lower case between a reporting verb and its source ("dijo la semana pasada en el pleno", "said last
# week Mayor …", "a déclaré l'an dernier le maire"): only there, as "last" and "the past president" are no times
# elsewhere ("according to the last census").
_TIME_AFTER_VERB = _set(
    "week weeks month year semana mes año mês ano settimana mese anno semaine mois année l'an l’an woche monat "
    "jahr maand jaar last past pasada pasado passada passado scorsa scorso passée passé dernier dernière "
    "vergangene vergangenen letzte letzten vorige vorig afgelopen soir matin après-midi avond ochtend tarde "
    "noche sera mattina pomeriggio manhã noite"
)
# Words after Portuguese "a" that make it "to", not the article ("disse a um jornal", "a cada família", "a propósito")
_NOT_AN_ARTICLE_NOUN = _set("um uma uns umas este esta esse essa isto aquele aquela cada quem todo toda propósito "
                            "seguir partir")
# Words that join a time to its complement ("na tarde de ontem", "na manhã desta segunda-feira")
_TIME_LINKS = _set("de do da desta deste del di")
_ANY = _set("any every each no")  # a whole kind, not someone who speaks
_QUANTITIES = _set("two three four five six seven eight nine ten several many some most all both few")
_BEFORE_MODAL = _set("also not never then just even")
_STILL = _set("still already often widely now commonly sometimes")  # between a passive's "is" and its participle
_OPENING_PARTICIPLES = ("ed", "ing", "ado", "ada", "ido", "ida", "ando", "iendo", "endo", "ato", "ata", "ito", "ita",
                        "é", "ée", "ant")  # "Challenged about it, she …", "Interrogé sur ce point, il …"
_NOT_THE_OFFICE = _set("former ex deputy vice acting ancien ancienne ex-ministre ehemalige ehemaliger stellvertretende "
                       "stellvertretender exministro expresidente vicepresidente vicesindaco")
_OWN = _set("own propio propia proprio propria próprio própria propre")  # "the ministry's own figures"
_REFLEXIVES = _set("himself herself themselves itself myself ourselves")
_TOPIC_PREPOSITIONS = _set("about on of over sobre sur su über")
# "and has claimed", "et a ajouté", "und hat gesagt", "e ha detto": a perfect's auxiliary after a clause link.
_AUXILIARIES = _set("has have had a ont avait hat haben hatte ha han hanno tem")
_BEFORE_LINKED_VERB = _AUXILIARIES | _BEFORE_MODAL
# "este lunes", "ce mardi", "questo lunedì", "na terça-feira", "am Montag": words that make a weekday a time.
_TIME_DETERMINERS = _set("this last next este esta ce cet cette questo questa dieser diesen diesem neste nesta "
                         "na no am op")
# Languages that write a name's later words in lower case: "Union européenne", "Corte dei conti".
_LOWER_CASE_NAMES = ("fr", "it", "es", "pt")
# Words that end a name written partly in lower case (see Suggester.org_name_end): adverbs and demonstratives.
_NOT_IN_A_NAME = _set(
    "pourtant toutefois désormais cependant néanmoins aussi également ensuite alors ce cet cette ces "
    "infatti però tuttavia invece inoltre anche ancora stamattina stasera questo questa questi queste "
    "además también ahora esta este estos estas esa ese entonces todavía "
    "porém contudo também ainda agora esta este essa esse então"
)
_NOT_OF_A_NAME = _set("with at from")  # of_words that join no organisation's name ("the Department at Harvard")
# "che si dice abbia perso", "possa curare": hearsay, not someone declaring himself so
_ITALIAN_SUBJUNCTIVE = _set("abbia abbiano sia siano fosse fossero avesse avessero possa possano debba debbano voglia "
                            "vogliano stia stiano vada vadano faccia facciano")
_NAME_JOINERS = _set("de van von der den ter ten al bin da la le du")
# Portuguese joins names with "do" and "dos" too ("Maria do Rosário Pires", "Agência Portuguesa do Ambiente"),
# which in English text are a verb ("Why do Americans …")
_PORTUGUESE_JOINERS = _set("do dos das")
_FUNCTION_WORDS = _set(
    "that the a an and but or to of in on at by for with as he she they it his her their its is "
    "was were are be been has have had also then later this last week monday tuesday wednesday "
    "thursday friday saturday sunday yesterday today told reporters statement interview"
)
_CLAUSE_LINKS = frozenset({"by", "after", "while", "and", "but"})
# Conjunctions that open an adverbial clause: a cue inside one does not make the sentence a quotation.
# Not "as" ("as the minister said" attributes) nor "while"/"whereas" (two sources set side by side).
_SUBORDINATORS = _set("after before although though because since until unless once when whenever if")
# Words that open a clause of its own after a comma: what follows is no closing attribution.
_CLAUSE_OPENERS = _SUBORDINATORS | _RELATIVES | _set("that as and but or while who which where")
_CONSENT_VERBS = _set("agreed agrees agree agreeing")
_CONTRASTS = frozenset({"but", "while", "whereas"})
# ("charged" is not among them: "he was charged with murder", "has not been charged" are a court's act, not words)
_PASSIVE_CUES = _set(
    "accused told asked urged warned quoted alleged reported claimed described believed said "
    "called informed"
)

# Passive cues that, before "to", tell whom an errand was given rather than what was said: "was asked to stay on".
_DIRECTIVE_PASSIVES = _set("asked told")

# Cues that only carry reported speech when no other cue in the sentence names a source.
_HEARSAY_KINDS = frozenset({"konjunktiv", "konjunktiv_two", "conditional", "reportedly"})
# "Nothing" and "nowhere": "Uit niets blijkt dat …" shows nothing
_NOTHING = _set("niets nergens nichts nirgends rien nada nulla nothing")
# German words that open a subject in the nominative: "Sein Verteidiger, der …", not "Seinem Vorgänger, dem …"
_NOMINATIVE_OPENERS = _set("der die das ein eine sein seine ihr ihre unser unsere")
# A singular pronoun that means a man, never a thing or a group ("er", "hij"; not "sie", "ze", "zij")
_HE = _set("er hij he")
# What follows German "laut" as "loudly": "laut wurde", "laut zu rufen", "laut und deutlich"
_LOUD_AFTER = _set("werden wird wurde wurden geworden ist sind war waren sein zu und genug gesagt gedacht")
# A Dutch past participle: "gezegd", "afgewezen", "vertrokken", "bedreigd" (not "geld", "gebied": too short to tell)
_DUTCH_PARTICIPLE = re.compile(r"(?:[a-z]{0,5}ge|be|ver|ont|her)[a-zà-ÿ]{3,}(?:d|t|en)")
_CONDITIONS = _set("if si se wenn falls qualora sofern s'il s'ils")
_CONDITIONAL_SKIP = _set("déjà bien également aussi pas jamais été già anche stato stata stati state ya también sido")
_MODAL_PARTICIPLES = _set("pu dû voulu su potuto dovuto voluto saputo podido debido querido sabido")
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "ie", "u", "us", "ue", "it", "ite", "ert", "ato", "ata",
                       "ati", "ate", "uto", "uta", "ito", "ita", "iti", "ado", "ada", "ados", "adas", "ido", "ida",
                       "idos", "idas")
# ArticleState's caches of the article's own text, which reading other text does not change (see unchanged).
_READING_CACHES = frozenset(("article_low", "case_answers", "capitalised_words", "lower_words"))
Found = tuple[str, str, list[str], tuple[int, int]]  # speaker, kind, titles, token range


@dataclass
class Attribution:
    cue: str
    first: int  # token range of the cue
    last: int
    speaker: str
    speaker_kind: str  # person, org, name, group, unnamed, description
    speaker_tokens: tuple[int, int] | None
    modal: bool = False
    titles: Sequence[str] = ()
    according: bool = False  # "according to X": a later "Y said" in the sentence is the nearer source


@dataclass(frozen=True)
class Quotations:
    """A claim's words and quotations, sorted (see ``_Words.sort_quotations``)."""

    in_words: list[int]  # its word tokens
    region_ids: list[int]  # every quotation it touches
    real: list[int]  # someone's words
    fragments: list[int]  # the author's scare quotes
    spoken: int  # a short quotation that is speech ("“Absolutely,” Pompeo said"), or -1
    quoted: int  # word tokens inside ``real``
    outside: list[int]  # word tokens outside every quotation


def _quote_type(words: _Words, real: list[int], fragments: list[int], own: list[int], quoted: int,
                start: int = -1) -> str:
    """Direct when the quotation is (nearly) all of it, or when all the article's own words
    introduce it before a colon ("The BBC reported on the tensions: “…”"), as reporters set out
    a direct quotation; mixed when the article's words run into or after it, or when it opens right after
    an article of the author's in ``start``'s claim (see _woven)."""
    if not real:
        return "mixed" if fragments else "indirect"
    if len(own) <= 2 or quoted >= DIRECT_RATIO * len(own):
        return "mixed" if start >= 0 and _woven(words, min(real, key=lambda r: words.regions[r].start), start) else (
            "direct")
    opening = min(words.regions[r].start for r in real)
    if words.text[:opening].rstrip().endswith(":") and all(words.starts[k] < opening for k in own):
        return "direct"
    return "mixed"


def _woven(words: _Words, r: int, start: int) -> bool:
    """Whether quotation ``r`` opens right after an article of the author's words in its claim (from ``start``):
    the article's noun is quoted, inside the author's sentence ("sprach von einem „Albtraum …“", "called the plan a
    “disaster …”"). Not "that" ("noted that “the phones …”") nor a possessive ("told her “I am sorry”"); and not
    a quotation opening lower-case after the verb ("Il sindaco ha detto “non chiuderemo …”"), which a review
    found is as often set out whole."""
    mark = bisect.bisect_left(words.starts, words.regions[r].start)  # the opening mark's token
    if mark == 0 or mark + 1 >= len(words.texts) or words.starts[mark - 1] < start or not words.word[mark - 1] or (
            not words.texts[mark + 1][:1].isalpha()):
        return False
    last = words.lows[mark - 1]
    return last not in _CONTENT_OPENERS and (last in words.cue.definite or last in words.cue.indefinite)


def _spoken_opening(text: str, region: Region, start: int) -> bool:
    """Whether a short quotation opens its sentence and ends with a comma, "!" or "?" ("“Absolutely,” Pompeo said",
    "“No!” she shouted"): the first words of speech, not the author's scare quotes (the caller also asks for
    someone to say it, or nothing after it: "“The Ellen DeGeneres Show,” which aired …" is a title)."""
    if text[start:region.start].strip():
        return False
    inside = text[region.start + 1 : region.end - 1].rstrip()
    return inside.endswith((",", "!", "?")) or text[region.end : region.end + 1] == ","


def _offsets(text: str, chunks: list[str]) -> Iterator[int]:
    """Where each of the text's white-space separated chunks starts."""
    pos = 0
    for chunk in chunks:
        pos = text.find(chunk, pos)
        yield pos
        pos += len(chunk)


def _tokenise(text: str, low: str, grew: bool) -> tuple[list[str], list[int], list[str], list[bool], list[int]]:
    """A paragraph's tokens: their texts, start offsets, lower cases (``low`` is the text from lower_in_place,
    ``grew`` its flag) and whether each is a word rather than a symbol; and the indices of its commas and
    semicolons (see _Words.punctuation), noted here because only the chunks read token by token can hold one.

    Split at white space in C: a chunk of letters and digits is one word (most are); only
    the others ("said,", "U.S.", "“We") go through the regular expression, which costs
    several times more per character than the loop. Offsets are found in order. The runs of
    plain chunks between the others are copied as slices, not token by token: a paragraph
    has a few chunks with punctuation among dozens of plain words.
    """
    chunks = text.split()
    low_split = low.split()
    if len(low_split) < len(chunks):  # (never seen: lower-casing keeps white space where it is)
        del chunks[len(low_split) :]
    # The lower-cased text's chunks are the chunks lower-cased, unless a character kept its case (see
    # lower_in_place): then each plain chunk is lower-cased itself.
    low_chunks = low_split if not grew else [chunk.lower() for chunk in chunks]
    if " ".join(chunks) == text:  # one space between chunks (nearly always): offsets by running lengths
        offsets = list(map(operator.add, accumulate(map(len, chunks), initial=0), range(len(chunks))))
    else:
        offsets = list(_offsets(text, chunks))
    odd = [k for k, chunk in enumerate(chunks) if not chunk.isalnum()]
    if not odd:
        return chunks, offsets, low_chunks[: len(chunks)], [True] * len(chunks), []
    texts: list[str] = []
    starts: list[int] = []
    lows: list[str] = []
    word: list[bool] = []
    commas: list[int] = []
    done = 0  # chunks before this one are in the lists
    for k in odd:
        if done < k:
            texts += chunks[done:k]
            starts += offsets[done:k]
            lows += low_chunks[done:k]
            word += [True] * (k - done)
        pos = offsets[k]
        for token in _TOKEN.findall(chunks[k]):  # a chunk holds no white space: its words touch
            if token == "," or token == ";":
                commas.append(len(texts))
            texts.append(token)
            starts.append(pos)
            lows.append(token.lower().replace("’", "'"))
            word.append(token[0].isalnum())
            pos += len(token)
        done = k + 1
    if done < len(chunks):
        texts += chunks[done:]
        starts += offsets[done:]
        lows += low_chunks[done : len(chunks)]
        word += [True] * (len(chunks) - done)
    return texts, starts, lows, word, commas


class _Words:
    """A paragraph split into words: noun phrases, speakers and reporting cues."""

    def __init__(self, scan: _Text, cue: Cues, state: ArticleState) -> None:
        self.scan = scan
        self.text = scan.text
        self.regions = scan.regions
        self.cue = cue
        self.state = state
        texts, starts, lows, word, commas = _tokenise(scan.text, scan.low, scan.grew)
        self.texts, self.starts, self.lows, self.word = texts, starts, lows, word
        self.commas = commas  # the commas and semicolons, in order: where a sentence may change voice
        self.region = [-1] * len(texts)
        self.common_openers: set[int] = set()  # sentence openers capitalised only there: common words
        self.region_words = [0] * len(self.regions)
        self.region_caps = [True] * len(self.regions)
        for r, region in enumerate(self.regions):
            first, end = bisect.bisect_left(starts, region.start), bisect.bisect_left(starts, region.end)
            if first < end:
                self.region[first:end] = [r] * (end - first)
                inside = [t for t, w in zip(texts[first:end], word[first:end], strict=True) if w]
                self.region_words[r] = len(inside)
                self.region_caps[r] = all(t[0].isupper() or t[0].isdigit() for t in inside) and not (
                    len(inside) == 1 and cue.verb_second and first > 0 and _norm(texts[first - 1]) in cue.indefinite
                    and _norm(texts[first - 1]) not in cue.definite)  # "ein »Bauernopfer«": a German noun, no title

    # -- tokens

    def punctuation(self, a: int, b: int) -> list[int]:
        """The commas and semicolons among tokens ``[a, b)``: where a sentence may change voice."""
        commas = self.commas
        return commas[bisect.bisect_left(commas, a) : bisect.bisect_left(commas, b)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def end(self, k: int) -> int:
        return self.starts[k] + len(self.texts[k])

    def words_text(self, a: int, b: int) -> str:
        return self.text[self.starts[a] : self.end(b - 1)]

    def title_holder(self, run: tuple[int, int]) -> str | None:
        """Who "the IG" (or "the IG report") is: the person the article named with a title of those initials."""
        k = run[0]
        if run[1] != k + 1 or not self.acronym(k) or not 2 <= len(self.texts[k]) <= 4:
            return None
        low = self.lows[k]
        state = self.state
        if low in _BODY_INITIALS or low in state.defined_initials or any(
                self.texts[k] in names for names in (state.organisations, state.mentioned, state.firms)):
            return None  # a body's initials ("The Election Commission (EC) …", "the EC said")
        return state.by_title.get(low)

    def acronym(self, k: int) -> bool:
        text = self.texts[k]
        return len(text) > 1 and text.isupper()

    def is_cap(self, k: int, sentence_start: int) -> bool:
        """A capitalised word that may belong to a name (not "But", not "Officials" opening a sentence)."""
        text = self.texts[k]
        if not text[0].isupper():  # "l'Intérieur", "d'Alembert", "dell'Università"
            if "'" not in text and "’" not in text:
                return False
            elided = _elided(text)
            return elided > 0 and text[elided : elided + 1].isupper()
        if len(text) > 2 and text[1] in "'’" and text[2].islower():
            if k == sentence_start:
                self.common_openers.add(k)  # (a noun phrase may start with it: "L'opposition dénonce")
            return False  # "L'avvocato", "L'opposition": an elided article before a common noun
        if self.acronym(k):
            return True
        if self.article_of_name(k):
            return True
        low = self.lows[k]
        if low in self.cue.stop_words:
            # "Ruud ten Have", "Jan van As": the word a name's particle leads to is its surname, even where it is an
            # English function word (the English lists apply in every language); not the language's own ("de
            # presentator van Op het randje", "l'auteur de En attendant Godot": a title's first word)
            return (k > sentence_start and self.name_joiner(k - 1) and low not in self.cue.determiners
                    and low not in self.cue.own_stop_words) or self.capitalised_particle(k, sentence_start)
        if k == sentence_start:
            if low.endswith("ly") or low in _DISCOURSE or low in self.cue.skip_before_verb or _cue_word(self.cue, low):
                return False  # "Specifically, …", "Rather, he found …", "También explicó", "Según dijo"
            if self.opens_name(k):
                return True
            if low in self.cue.np_lower:
                return False
            if self.common_opener(k):
                self.common_openers.add(k)
                return False
        return True

    def capitalised_particle(self, k: int, sentence_start: int) -> bool:
        """Whether the capitalised function word at token ``k`` is a surname's particle: "Di" in "Luigi Di Maio",
        "Del" in "Guillermo Del Toro", between a capitalised word that is no sentence's first and a capitalised
        word that is no function word."""
        before, after = k - 1, k + 1
        if self.lows[k] not in self.cue.capitalised_particles or not self.texts[k].istitle() or before < sentence_start:
            return False
        if before == sentence_start and self.lows[before] not in self.cue.genders.given_names:
            return False  # ("Pour Di Maio": the sentence's first word may be any capitalised word)
        return (self.word[before] and self.texts[before][:1].isupper() and self.lows[before] not in self.cue.stop_words
                and after < len(self.texts) and self.word[after] and self.texts[after][:1].isupper()
                and self.lows[after] not in self.cue.stop_words)

    def common_opener(self, k: int) -> bool:
        """Whether the capitalised word opening a sentence at token ``k`` is a common word: one the article
        writes in lower case, or one it never capitalises inside a sentence that comes before a lower-case word
        other than a verb's ("Quatre mois", "Challenged about"; not "Conway is saying", "Mathias von Gersdorff")."""
        low = self.lows[k].removesuffix("'s")
        state, cue = self.state, self.cue
        if low in cue.pronouns or low in state.by_token or k + 1 >= len(self.texts):
            return False
        nxt = k + 2 if self.texts[k + 1] == "," and k + 2 < len(self.texts) else k + 1
        following = self.lows[k + 1]
        case = state.case_of(self.texts[k])
        if self.scan.has_cue(self.starts[nxt], self.end(nxt)) or following in cue.of_words:
            # "Brown said", "Another said", "Proponents of the deal argue": the subject, unless a plural the
            # article writes in lower case ("Anglers say")
            return case == "lower" and _people_plural(low, cue.language)
        if case is not None or state.article_text is None:
            return case == "lower"
        # Never written inside a sentence: common only by its form, a participle before a lower-case word
        # ("Challenged about it, she …"), not a name before a verb no list knows ("Merkel visited Paris").
        return (self.word[k + 1] and self.texts[k + 1][0].islower() and low.endswith(_OPENING_PARTICIPLES)
                and following not in cue.be_forms and following not in _NAME_JOINERS)

    def opens_name(self, k: int) -> bool:
        """A word that may modify a noun ("human", "white", "national") opening a sentence capitalised,
        before another capitalised word: the first word of a name ("Human Rights Watch", "White House"),
        unless it is a title, a determiner or a number ("President Trump", "Two Democrats")."""
        low, cue = self.lows[k], self.cue
        return (k + 1 < len(self.texts) and self.word[k + 1] and self.texts[k + 1][0].isupper()
                and self.lows[k + 1] not in cue.stop_words and low not in cue.titles and low not in cue.determiners
                and low not in _QUANTITIES and not self.scan.has_cue(self.starts[k + 1], self.starts[k + 1] + 1))

    def resolve_at(self, i: int) -> tuple[str, str, list[str]]:
        """Whom the pronoun at token ``i`` means. German "sie" and Dutch "ze" next to a verb in the plural
        ("sagten sie", "ze zeggen") are several people, so their gender says nothing about one."""
        low = self.lows[i]
        plural = low in self.cue.plural_pronouns and any(
            0 <= x < len(self.texts) and self.word[x] and len(self.lows[x]) > 3 and self.lows[x].endswith("en")
            and self.texts[x].islower() for x in (i - 1, i + 1))
        return self.state.resolve(low, self.cue, gendered=not plural, at=self.starts[i])

    def is_pronoun(self, k: int) -> bool:
        return self.lows[k] in self.cue.pronouns

    # -- noun phrases

    def np_token(self, k: int, lo: int) -> bool:
        if self.region[k] >= 0:
            return False
        if not self.word[k]:
            return self.texts[k] == "." and k > lo and self.abbreviation(k - 1)
        if self.is_cap(k, lo):
            return True
        low = self.lows[k]
        if low in self.cue.stop_words:
            return False
        if low in self.cue.np_lower or low.removesuffix("'s") in self.cue.np_lower:
            return True
        if low in self.cue.titles:
            return True  # a title written with its field, which np_lower cannot list: Dutch "regiomanager"
        noun = self.elided_noun(k)
        if noun and noun in self.cue.np_lower and noun not in self.cue.determiners:
            return True  # "l'entreprise", "d'agence"
        if k > lo and low[0].isdigit() and self.lows[k - 1] in self.cue.definite and low in self.cue.person_nouns:
            return True  # "the 72-year-old", "der 31-Jährige"
        return low.endswith("'s") and k > lo  # "the prosecutor's office"

    def abbreviation(self, k: int) -> bool:
        """Whether the short capitalised word at token ``k`` keeps the full stop after it: "Sen.", "Dr.", "U.S.",
        "J.", "Jr.", "Co."; not a short surname ending the sentence ("said Ann Lee."), nor initials written without
        full stops ("said the FBI.", "adiantou a AMN.")."""
        text = self.texts[k]
        if len(text) > 3 or not text[0].isupper():
            return False
        low = self.lows[k]
        return len(text) == 1 or "." in text or low in self.cue.titles or low in _ABBREVIATIONS

    def elided_noun(self, k: int) -> str:
        """The noun written as one word with an elided article ("l'entreprise", "d’agence"), or "" (not "l'a",
        "l'un", nor a name: "l'Intérieur")."""
        low = self.lows[k]
        return low[2:] if low[:2] in ("l'", "d'") and len(low) > 4 and self.texts[k][2:3].islower() else ""

    def plain_noun(self, k: int) -> bool:
        """A lower-case word no list knows that may head a noun phrase ("the ex-sailor")."""
        low = self.lows[k]
        return (self.word[k] and self.region[k] < 0 and low[0].isalpha()
                and (low == self.texts[k] or k in self.common_openers
                     or ("’" in self.texts[k] and low == self.texts[k].replace("’", "'")))  # ("d’agriculture")
                and low not in self.cue.stop_words and low not in self.cue.modals)

    def np_before(self, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``k``, scanning back no further than ``lo``."""
        i = k
        named = self.lower_case_org(k, lo)
        if named is not None:  # "L'Agence régionale de santé": the name, and any article before it
            i, k = named[0] - 1, named[1] - 1
        elif not self.np_token(k, lo) and self.plain_noun(k) and (k in self.common_openers or (k - 1 >= lo and (
            self.lows[k - 1] in self.cue.determiners or self.np_token(k - 1, lo) or self.one_of(k - 1, lo)
        ))):
            i = k - 1
        elif (k - 3 >= lo and self.lows[k - 3] in self.cue.of_words and self.lows[k - 2] in self.cue.definite
              and self.lows[k - 2] not in self.cue.stop_words and self.plain_noun(k - 1) and self.plain_noun(k)
              and not self.np_token(k - 1, lo) and not self.np_token(k, lo)):
            i = k - 2  # "The head of the coastguard station said": two nouns no list knows, after "of the"
        while i >= lo:
            if (i < k and self.lows[i] in self.cue.definite and self.lows[i] not in self.cue.stop_words
                    and self.texts[i].islower() and i - 1 >= lo
                    and self.word[i - 1] and self.is_cap(i - 1, lo) and self.texts[i + 1].islower()):
                i -= 1  # "In Leeds the fire chief said": the place before the article is no part of the phrase
                break  # (but "Jan de Vries": a particle before a name)
            if self.np_token(i, lo):
                i -= 1
            elif ((self.lows[i] in ("in", "at", "from", "for") or self.place_preposition(i))
                  and i + 1 <= k and self.is_cap(i + 1, lo) and (placed := self.before_age(i, lo)) - 1 >= lo
                  and self.word[placed - 1] and (self.is_cap(placed - 1, lo) or self.head_noun(placed - 1) or (
                      self.capitalised_title(placed - 1) and self.office_holder(i + 1, k + 1, lo) is not None))):
                # "Agustín Sánchez-Lavega of the University … in Spain", "officials in Washington", "A Delegação do
                # Governo em Viseu", "Jan de Vries (54) uit Dokkum", "Minister for Health Simon Harris" opening its
                # sentence
                i = placed - 1
            elif i < k and self.texts[i] in (")", ",") and (placed := self.before_age(i + 1, lo)) <= i and (
                    self.is_cap(placed - 1, lo)):
                i = placed - 1  # "Mary Jones (34) of Leeds": where she is from, "of" taken for a word of the phrase
            elif (self.of_a_name(i) and i < k
                  and (self.organisation_continues(i, lo, k + 1, lo) or self.lower_case_body_of(i, k + 1, lo))):
                i -= 1  # "Il Ministero della Salute", "A Ordem dos Médicos": the "of" of one organisation's name
            elif i < k and self.of_elided(i + 1) and self.lower_case_body_of(i + 1, k + 1, lo, elided=True):
                i -= 1  # "il ministero dell'Interno"
            elif i < k and self.office_of(i, k + 1, lo):
                i -= 1  # "O diretor do Hospital", "Il direttore del Dipartimento": a title and what it heads
            elif self.one_of(i, lo):
                i -= 2  # "Um dos vizinhos contou": one of them
            elif i < k and self.lows[k] in self.cue.documents and self.owner_before_adjectives(i, lo):
                i -= 1  # "Rodriguez’s online petition says": the owner's document
            elif self.texts[i] == "&" and lo < i < k and self.is_cap(i - 1, lo) and self.is_cap(i + 1, lo):
                i -= 1  # "Hollins & Vale"
            elif self.lows[i] in ("and", "&") and i + 1 <= k and self.is_cap(i + 1, lo) and self.in_office(i, lo):
                i -= 1  # "Minister of Foreign Affairs and Trade Péter Szijjártó": one office, one person
            elif self.joins_fields(i, k + 1, lo):
                i -= 1  # "the Department of Health and Human Services": one organisation
            else:
                break
        return (i + 1, k + 1) if i < k else None

    def capitalised_title(self, k: int) -> bool:
        """Whether token ``k`` is a title written with a capital, as one opening its sentence ("Minister for Health
        Simon Harris said"), which is_cap leaves out as a sentence's first word."""
        return self.texts[k][:1].isupper() and self.lows[k].rstrip(".") in self.cue.titles

    def kind_named(self, run: tuple[int, int], lo: int) -> str | None:
        """An organisation's name with its kind in lower case before it, in the languages that write it so: "het
        waterschap Rijnland-Oost" is "waterschap Rijnland-Oost", as a later "het waterschap" means it (not
        "Rijnland-Oost"); else None."""
        kind = run[0] - 1
        if (self.cue.kind_before_name is None or kind < lo or not self.texts[kind].islower()
                or self.lows[kind] not in self.cue.org_words or self.acronym(run[0])):
            return None
        return self.words_text(kind, run[1])

    def place_preposition(self, i: int) -> bool:
        """Whether token ``i`` is "in" in a language other than English ("em", "en", "à"): not "a" or "ad", which
        are more often "to" (whom a source spoke to) or the article; nor in German, which capitalises every noun
        ("seit 27 Jahren im Hallenbad")."""
        low = self.lows[i]
        return low in self.cue.place_prepositions and low not in ("a", "ad") and not self.cue.verb_second

    def owner_before_adjectives(self, i: int, lo: int) -> bool:
        """Whether the lower-case word at token ``i`` describes a document after its owner in the possessive, with
        at most one other such word between ("the BBC's latest annual report")."""
        for j in (i - 1, i - 2):
            if j < lo or not self.plain_noun(j + 1):
                return False
            if self.lows[j].endswith("'s") and self.word[j]:
                return True
        return False

    def office_of(self, i: int, hi: int, lo: int) -> bool:
        """Whether the "of" at token ``i`` joins a title in lower case to the capitalised body it heads ("o diretor
        do Hospital", "la presidente della Regione"): the languages whose contracted "of" is no word of a noun
        phrase ("do", "del") would otherwise leave the body alone as the source."""
        if not (lo < i and self.of_a_name(i) and self.texts[i].islower() and self.region[i] < 0):
            return False
        before = self.lows[i - 1]
        if not (self.texts[i - 1].islower() and before in self.cue.titles):
            return False
        after = i + 1
        while after < hi and self.lows[after] in self.cue.definite and self.texts[after].islower():
            after += 1  # "de la Santé"
        if after < hi and before in self.cue.head_titles and self.plain_noun(after) and after + 1 < hi and (
                not self.word[after + 1] or self.lows[after + 1] in self.cue.stop_words):
            return True  # "el jefe de bomberos", "le chef des pompiers": whom the chief leads, in one common noun
        return after < hi and self.word[after] and self.is_cap(after, lo)

    def one_of_them(self, i: int, lo: int) -> int | None:
        """Where "one of them" ("l'un d'eux", "l'une d'entre elles") ending at token ``i`` begins, else None."""
        for size in (3, 2):
            first = i - size + 1
            if first >= lo and tuple(self.lows[first : i + 1]) in self.cue.one_of_them:
                return first
        return None

    def one_of(self, i: int, lo: int) -> bool:
        """Whether token ``i`` is the "of" of "one of" ("Um dos", "Uno de", "l'un des")."""
        return i - 1 >= lo and self.of_a_name(i) and self.bare(i - 1) in self.cue.indefinite

    def before_caps(self, i: int, lo: int, reach: int) -> int:
        """The token before the capitalised words (``reach`` at most) that end right before token ``i``."""
        j = i - 1
        while j > lo and i - j < reach and self.word[j] and self.is_cap(j, lo):
            j -= 1
        return j

    def in_office(self, i: int, lo: int) -> bool:
        """Whether token ``i`` ("and") joins the words of an office: after a title, "of" and capitalised words."""
        j = self.before_caps(i, lo, 8)
        return j < i - 1 and j > lo and self.lows[j] in self.cue.of_words and (
            self.lows[j - 1].rstrip(".") in self.cue.titles)

    def joins_fields(self, i: int, hi: int, lo: int) -> bool:
        """Whether "and" at token ``i`` joins the fields of one organisation ("Department of Health and [Human
        Services]", "Ministerio de Sanidad y [Consumo]"), not a person with a title ("… and [Dr. John Smith]")
        or a second organisation ("… and [Ohio State University]"). A person named without a title is not told
        apart: every capitalised pair reads as a person's name, "Urban Development" too."""
        if not (self.lows[i] in _AND_WORDS and i + 1 < hi and self.is_cap(i + 1, lo) and self.in_organisation(i, lo)):
            return False
        if self.lows[i + 1].rstrip(".") in self.cue.titles:
            return False
        end = i + 1
        while end < hi and end < i + 5 and self.word[end] and self.is_cap(end, lo):
            end += 1
        return not any(self.bare(x) in _OWN_ORGANISATION for x in range(i + 1, end))

    def in_organisation(self, i: int, lo: int) -> bool:
        """Whether token ``i`` ("and") joins the fields of one organisation: after an organisation's word, "of"
        and capitalised words ("Department of Health and [Human Services]", "Ministerio de Sanidad y
        [Consumo]")."""
        j = self.before_caps(i, lo, 6)
        if j < i - 1 and j > lo + 1 and self.lows[j] in self.cue.definite and self.texts[j].islower():
            j -= 1  # "Ministerio de la Salud y …"
        return j < i - 1 and j > lo and self.of_a_name(j) and self.bare(j - 1) in self.cue.org_words

    def article_of_name(self, k: int) -> bool:
        """A capitalised foreign article that starts a name: "Le Monde", "Las Vegas", "Die Welt"."""
        low, cue = self.lows[k], self.cue
        return ((low in cue.definite or low in cue.indefinite) and low not in _ENGLISH_ARTICLES
                and k + 1 < len(self.texts) and self.texts[k + 1][:1].isupper()
                and not self.leading_determiner(k, len(self.texts)))

    def leading_determiner(self, k: int, b: int) -> bool:
        """Whether token ``k`` is a determiner to drop from a speaker: "the", "a", or a foreign one before
        a noun the lists know ("Le ministre"); not one that starts a name ("Le Monde", "Los Angeles")."""
        low, cue = self.lows[k], self.cue
        if low not in cue.definite and low not in cue.indefinite:
            return False
        if low in _ENGLISH_ARTICLES or not self.texts[k][:1].isupper():
            return True
        following = self.lows[k + 1] if k + 1 < b else ""
        return following in cue.titles or following in cue.institutions or following in cue.unnamed \
            or following in cue.person_nouns

    def head_of(self, np: tuple[int, int]) -> int:
        """The token of a noun phrase's head noun: its first word after the determiners ("o presidente da junta")."""
        k = np[0]
        while k < np[1] - 1 and self.lows[k] in self.cue.determiners:
            k += 1
        return k

    def names_a_source(self, k: int) -> bool:
        """Whether the word at token ``k``, a description's head, is a kind of speaker: a title, a body, people."""
        low = self.bare(k)
        cue = self.cue
        return (low in cue.titles or low in cue.institutions or low in cue.unnamed or low in cue.person_nouns
                or low in cue.generic_institutions or low in cue.org_words)  # (institutions hold the business nouns)

    def head_noun(self, k: int) -> bool:
        """A noun the lists know as the head of a source ("letters", "officials"), not a modifier."""
        low = self.lows[k]
        cue = self.cue
        return low in cue.documents or low in cue.unnamed or low in cue.institutions or low in cue.person_nouns

    def np_after(self, k: int, hi: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``k``."""
        if k >= hi:  # the cue ends the sentence ("… accused by")
            return None
        # A determiner, or a common word capitalised as the sentence's first ("Plusieurs membres", "My friend
        # William Binney"), leads the phrase.
        leading = self.lows[k] in self.cue.determiners or (not self.np_token(k, lo) and k in self.common_openers)
        j = k + 1 if leading and k + 1 < hi else k  # "Both letters"
        noun = self.elided_noun(k) if not leading and self.lows[k].startswith("l'") else ""
        if noun and noun not in self.cue.stop_words and noun not in self.cue.np_lower and self.region[k] < 0:
            leading, j = True, k + 1  # "l'archéologue cantonale": the article and a noun no list knows, one word
        named = self.org_name_end(j, hi, lo)
        if any(self.texts[x].islower() for x in range(j + 1, named)):
            return k, named  # "L'Union européenne, qui …"
        while j < hi:
            if j > k and (_TO_THE.match(self.texts[j]) or (
                    self.lows[j] in self.cue.addressee and self.lows[j] not in self.cue.definite)):
                break  # "ha detto Marco Rossi all'Ansa", "dijo la alcaldesa a los vecinos": to whom, no part of it
            if self.np_token(j, lo):
                j += 1
            elif (j > k and self.plain_noun(j) and j + 1 < hi and leading
                  and self.word[j + 1] and self.is_cap(j + 1, lo)):
                j += 1  # "The bipartisan U.S. Conference of Mayors"
            elif j > k and self.joins_fields(j, hi, lo):
                j += 1  # "the Department of Health and Human Services"
            elif j > k and self.is_cap(j - 1, lo) and self.name_joiner(j) and self.joins_a_name(j, hi, lo):
                j += 1  # "disse Maria do Carmo Lopes", "said Jan de Vries": a name's particle
            elif j > k and self.office_of(j, hi, lo):
                j += 1  # "disse o diretor do Hospital": a title and what it heads
            else:
                break
        if (k < j < hi and self.plain_noun(j) and leading and not self.is_cap(j - 1, lo)
                and not self.head_noun(j - 1) and self.lows[j - 1] not in self.cue.titles
                and not (j + 1 < hi and self.lows[j + 1] in self.cue.determiners)):
            j += 1  # "A former Navy sailor": a head noun no list knows ("The mayor opened the": a verb; "zei de
            # gedeputeerde dinsdagmiddag": a title is the head, what follows it when)
        return (k, j) if j > k else None

    def cap_runs(self, a: int, b: int, lo: int) -> list[tuple[int, int]]:
        """Runs of capitalised words in ``[a, b)``: the names in a noun phrase."""
        runs: list[tuple[int, int]] = []
        k = a
        while k < b:
            if self.word[k] and self.is_cap(k, lo):
                j = k + 1
                while j < b and (
                    (self.word[j] and self.is_cap(j, lo) and not _TO_THE.match(self.texts[j]))
                    or (self.name_joiner(j) and self.joins_a_name(j, b, lo))
                    or (self.texts[j] == "." and self.abbreviation(j - 1) and j + 1 < b and self.word[j + 1])
                    or (self.texts[j] == "&" and j + 1 < b and self.word[j + 1] and self.is_cap(j + 1, lo))
                ):  # ("Hollins & Vale", "Marks & Spencer")
                    j += 1
                if j > k + 1 or self.lows[k] not in _NEVER_NAMES:  # "later Monday": a time, not a name
                    runs.append((k, j))
                k = j
            else:
                k += 1
        return runs

    def name_runs(self, a: int, b: int, lo: int) -> list[tuple[int, int]]:
        """The names in ``[a, b)`` (see cap_runs), an organisation's one across its "of" and that word's article,
        and across "and" after them: "U.S. Conference of Mayors", "Ministero della Salute", "Universidad de los
        Andes", "Department of Health and Human Services"."""
        runs = self.cap_runs(a, b, lo)
        for i in range(len(runs) - 1, 0, -1):
            (start, end), (after, stop) = runs[i - 1], runs[i]
            if (end < after and self.of_a_name(end)
                    and all(self.lows[x] in self.cue.definite and self.texts[x].islower()
                            for x in range(end + 1, after))
                    and any(self.bare(x) in self.cue.org_words for x in range(max(start, end - 2), end))):
                runs[i - 1 : i + 1] = [(start, stop)]
            elif after == end + 1 and self.joins_fields(end, stop, lo):
                runs[i - 1 : i + 1] = [(start, stop)]  # "Department of Health and Human Services"
        return runs

    def past_particles(self, j: int, b: int) -> int:
        """The token after the particles from token ``j`` ("de", "von der", "van den"): two at most."""
        after = j + 1
        while after < b and after < j + 3 and self.name_joiner(after):
            after += 1
        return after

    def name_joiner(self, k: int) -> bool:
        """Whether token ``k`` is a lower-case word that may join the words of one name ("de", "von", "da")."""
        low = self.lows[k]
        return low in _NAME_JOINERS or (low in _PORTUGUESE_JOINERS and self.cue.language == "pt")

    def joins_a_name(self, j: int, b: int, lo: int) -> bool:
        """Whether the particles from token ``j`` lead to a capitalised word."""
        after = self.past_particles(j, b)
        return after < b and self.is_cap(after, lo)

    def name_of(self, run: tuple[int, int]) -> tuple[str, str, list[str]]:
        """A capitalised run as a name, with leading titles removed, and its kind."""
        a, b = run
        lows = self.lows
        for k in range(b - 2, a - 1, -1):
            if lows[k].endswith("'s"):
                office = lows[k][:-2] in self.cue.titles and all(
                    lows[x] in self.cue.org_words and not self.acronym(x) for x in range(k + 1, b))
                if not office:
                    a = k + 1  # "Intellihub’s Shepard Ambellas", "Britain's BBC": the possessed name
                break  # (but "The Information Commissioner’s Office" is one body's name)
        titles: list[str] = []
        last_title = -1
        for k in range(a, b):
            base = lows[k].rstrip(".")
            if base in self.cue.titles and not self.acronym(k) and (len(base) > 1 or k == a):
                last_title = k
                titles.append(base)
            elif self.acronym(k) and k + 1 < b and lows[k + 1].rstrip(".") in self.cue.titles:
                last_title = k  # "WHO Director-General …": the acronym qualifies the title
        if 0 <= last_title < b - 1:
            start = last_title + 1
            while start < b and self.texts[start] == ".":
                start += 1
            if start < b and not any(lows[k] in self.cue.org_words or self.acronym(k) for k in range(start, b)):
                a = start  # "Kosovo Prime Minister Albin Kurti"; not "National Weather Service"
            else:
                titles = []
        text = self.words_text(a, b).removesuffix("'s").removesuffix("’s")
        text = text[self.elided_article(a) :]  # (name_text, with the possessive's "'s" taken off above)
        if b == a + 1 and a > 0 and self.lows[a - 1] in ("des", "eines"):
            text = self.nominative(text)  # "nach Angaben des Landvolks": the Landvolk
        words = text.split()
        if all(lows[k].rstrip(".") in self.cue.titles for k in range(a, b) if self.word[k]):
            kind = "title"  # "Hungary's Prime Minister said": who, the article may say later
        elif any(lows[k] in self.cue.org_words or self.acronym(k) or lows[k] == "&" for k in range(a, b)):
            kind = "org"  # ("Hollins & Vale": a firm's partners)
        elif len(words) == 1 and self.cue.org_endings and _norm(words[0]).endswith(self.cue.org_endings):
            kind = "org"  # "des Umweltministeriums": "das Ministerium" later is it
        elif (b + 2 < len(self.texts) and self.texts[b] == "(" and self.texts[b + 2] == ")"
              and _initials(words, True) == self.texts[b + 1] and _body_name(text, self.cue)):
            kind = "org"  # "The Air Accidents Investigation Branch (AAIB) said": "she" later is someone else
        elif len(words) >= 2:
            kind = "person"
        else:
            kind = "person" if _norm(words[0]) in self.state.by_token else "name"
        return text, kind, titles

    def org_name_end(self, t: int, b: int, lo: int) -> int:
        """Where the name of the organisation whose word is token ``t`` ends, before ``b``, in languages that write
        the words after it in lower case ("l'Union européenne", "L'Agence régionale de santé", "la Corte dei
        conti", "l'Ordre des médecins"): past capitalised and lower-case words and "of" with its article, up to a
        verb, a time or a function word; ``t`` + 1 where no such name starts."""
        if (self.cue.language not in _LOWER_CASE_NAMES or not self.word[t] or not self.is_cap(t, lo)
                or self.bare(t) not in self.cue.org_words):
            return t + 1
        cue = self.cue
        end = j = t + 1
        after_of = placed = False
        while j < b and j - t <= 6 and self.word[j] and self.region[j] < 0:
            low = self.lows[j]
            if self.of_a_name(j):
                j += 1
                while j < b and self.lows[j] in cue.definite and self.texts[j].islower():
                    j += 1  # "de la", "des", "dei": the words after it are the name's, if any
                after_of = True
                continue
            if placed and self.texts[j].islower():
                if not (low in cue.place_prepositions and j + 1 < b and self.is_cap(j + 1, lo)):
                    break  # "A Câmara Municipal de Vouzela vai abrir": a capitalised place ended the name
                after_of = True  # ("Delegación del Gobierno en Murcia": a place after the place)
                j += 1
                continue
            placed = after_of and self.is_cap(j, lo)
            after_of = False
            if (low in cue.stop_words or low in cue.modals or low in cue.skip_before_verb or low in _TIME_WORDS
                    or low in cue.determiners or low in _NOT_IN_A_NAME or low.endswith("ment") or self.verb_at(j)
                    or not low[0].isalpha()):
                break  # (an adverb, "pourtant", "infatti", "ce jeudi", "esta semana": after the name)
            j += 1
            end = j
        return end

    def lower_case_org(self, k: int, lo: int) -> tuple[int, int] | None:
        """The name of an organisation written partly in lower case (see org_name_end) that ends at token ``k``,
        or right before it when ``k`` is an adverb between the name and its verb ("L'Union européenne pourtant a
        déclaré"), as a token range; else None."""
        if self.cue.language not in _LOWER_CASE_NAMES or not self.word[k]:
            return None
        end = k if self.lows[k] in _NOT_IN_A_NAME or self.lows[k].endswith("ment") else k + 1
        for t in range(end - 2, max(lo, end - 7) - 1, -1):
            if self.bare(t) in self.cue.org_words and self.org_name_end(t, end, lo) == end:
                return t, end
        return None

    def of_a_name(self, k: int) -> bool:
        """Whether token ``k`` is an "of" that may join the words of one name ("Ministry of Health", "Corte dei
        conti"); not "with", "at" or "from" ("the History Department at Harvard")."""
        return self.lows[k] in self.cue.of_words and self.lows[k] not in _NOT_OF_A_NAME

    def of_elided(self, k: int) -> bool:
        """Whether token ``k`` has "of" and its article written onto the name: "dell'Inps"."""
        return self.lows[k].startswith("dell'")

    def name_text(self, a: int, b: int) -> str:
        """The words ``[a, b)`` as a name: without an article elided onto the first ("l'Ordine des médecins")."""
        return self.words_text(a, b)[self.elided_article(a) :]

    def bare(self, k: int) -> str:
        """Token ``k`` in lower case without an article elided onto it: "l'ordine" is "ordine"."""
        return self.lows[k][_elided(self.lows[k]) :]

    def elided_article(self, k: int) -> int:
        """How many characters of token ``k`` are an article elided onto the name after it, no part of the name:
        "l'Istat", "dell'Università", and "L'Ordine" or "L'Agence" opening a sentence ("L'Oréal" is a name whole,
        and "L'Express" inside a sentence a title)."""
        text = self.texts[k]
        elided = _ELIDED_ARTICLE.match(text)
        if elided is None or not text[elided.end() : elided.end() + 1].isupper():
            return 0
        if text[0].isupper() and ((k > 0 and (self.word[k - 1] or self.texts[k - 1] not in _SENTENCE_MARKS))
                                  or self.bare(k) not in self.cue.org_words):
            return 0  # "L'Oréal", "L'Aquila", "L'Équipe" are names whole
        return elided.end()

    def own_outlet(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are the outlet's own unnamed sources ("Nach Informationen dieser Zeitung",
        "técnicos ouvidos pela reportagem"): not a named person of it ("el director de este diario, Pedro Gil"),
        nor another outlet the article named ("Die Süddeutsche Zeitung berichtete … Nach Angaben dieser Zeitung")."""
        cue = self.cue
        match = cue.own_outlet.search(" ".join(self.lows[a:b]))
        if match is None or any(self.lows[x].rstrip(".") in cue.titles for x in range(a, b)):
            return False
        noun = match.group().split()[-1]
        # Another outlet named with that noun: a capitalised word before it ("Süddeutsche Zeitung", "El Diario";
        # German capitalises every noun, so there an article before it names none).
        named = re.finditer(rf"(\w+) {re.escape(noun.capitalize())}(?!\w)", self.state.article_text or "")
        return not any(m.group(1)[:1].isupper() and (_norm(m.group(1)) not in cue.determiners or cue.language != "de")
                       for m in named)

    def content_follows(self, k: int, b: int) -> bool:
        """Whether what was said follows token ``k``: "that …", also after a dash or a comma."""
        if k < b and self.texts[k] in ("—", "–", ","):
            k += 1
        return k < b and self.lows[k] in _CONTENT_OPENERS

    def possessive(self, k: int) -> bool:
        """Whether token ``k`` is a name's or a noun's possessive ("Trump's", "the agency's"), not a pronoun with
        "is" or "has" ("he's said", "it's reported")."""
        low = self.lows[k]
        return low.endswith("'s") and low[:-2] not in self.cue.contracted and low[:-2] not in self.cue.pronouns

    def speaker_from_np(self, a: int, b: int, lo: int) -> tuple[str, str, list[str]] | None:
        """(speaker, kind, titles) for the noun phrase ``[a, b)``, or None when it names no source."""
        cue = self.cue
        lows = self.lows
        while a < b and not self.word[a]:
            a += 1
        if a >= b:
            return None
        if b - a == 1 and lows[a] in cue.pronouns:
            return self.resolve_at(a)
        if b - a == 1 and lows[a] in _NOTHING:
            return None  # "Daar spreekt niets tegen": nothing speaks
        if b - a == 1 and lows[a] in cue.reader_pronouns and lows[a] not in self.state.by_token:
            return None  # "You think that all men are equal": what the writer says of the reader (not "Tu" of
            # "Tu Youyou")
        if b - a > 2 and self.one_of(a + 1, a):
            return "unnamed", "unnamed", []  # "Uno de los vecinos", "Uma das merendeiras": one of many, unnamed
        if self.own_outlet(a, b):
            return "unnamed", "unnamed", []  # "Informationen dieser Zeitung": the outlet's sources, not named
        determiner = lows[a] if lows[a] in cue.determiners else ""
        first = a  # where a description starts, its determiner included ("le ministre")
        while a < b and (not self.word[a] or self.leading_determiner(a, b)):
            a += 1
        if a >= b:
            return None
        if self.org_name_end(a, b, lo) == b and b > a + 1:
            return self.name_text(a, b), "org", []  # "Corte dei conti", "Union européenne"
        elided = bool(self.elided_noun(a)) and (b - a == 1 or lows[a][:2] == "l'")
        if elided and lows[a][:2] == "l'":  # "l'entreprise", "l’agenzia", "l'archéologue cantonale": the article
            determiner = "l'"  # and its noun in one word
        definite = determiner in cue.definite or determiner == "l'"
        group = cue.group_voices.match_words(lows, a, b + 1)
        if group is not None and a + len(group.rest) + 1 == b:
            return self.words_text(a, b), "group", []
        # "X of Y": the head is X, unless X is an organisation word ("Department of Justice").
        cut = b
        for k in range(a + 1, b):
            if self.of_elided(k) and lows[k - 1] in cue.titles and self.texts[k - 1].islower():
                return self.description(first, b), "description", []  # "il presidente dell'Inps": the office
            if k == b - 1 and self.of_elided(k) and self.lower_case_body_of(k, b, lo, elided=True):
                return self.words_text(a, b), "org", []  # "il ministero dell'Interno"
            if lows[k] in cue.of_words and self.texts[k - 1][0].isupper() and lows[k - 1].rstrip(".") in cue.titles:
                holder = self.office_holder(k + 1, b, lo)
                if holder is not None:  # "Secretary of State Mike Pompeo": the office, then its holder
                    return holder, "person", [lows[k - 1].rstrip(".")]
            if lows[k] in cue.of_words and not (lows[k - 1] in cue.org_words and self.is_cap(k - 1, lo)) and not (
                    cue.language != "en" and self.organisation_continues(k, a, b, lo)) and not (
                    self.particle(k, a, b, lo) or self.capitalised_particle(k, lo)):
                cut = self.before_age(k, a)  # ("John Smith, 54, of Leeds": not the age either)
                break
            if lows[k] == "in" and self.head_noun(k - 1) and not self.is_cap(k - 1, lo):
                cut = k  # "a US embassy worker in China": the worker, not China
                break
            placed = self.before_age(k, a)
            if lows[k] in cue.place_prepositions and k + 1 < b and self.is_cap(placed - 1, lo) and (
                    self.is_cap(k + 1, lo) or lows[k + 1] in cue.determiners):
                # "Judge Patti Saris in Boston": the judge, not Boston; "el Servicio … a los alcaldes"; "Jan de Vries
                # (54) uit Dokkum": not the age either
                cut = placed
                break
        if cut - a == 2 and lows[a + 1][:2] == "d'" and self.texts[a + 1][2:3].islower() and (
                lows[a] in cue.institutions or lows[a] in cue.org_words):
            # "le conseil d’administration (du club)": not "d’administration"
            return self.words_text(a, cut), "org", []
        head = cut - 1
        head_low = self.elided_noun(head) or lows[head].removesuffix("'s")  # "la CGT de l’hôpital": the hospital's
        runs = self.name_runs(a, cut, lo)
        state = self.state
        document = head_low in cue.documents and runs and runs[-1] == (head, head + 1) and not (
            cut < b - 1 and lows[cut] in cue.of_words and self.is_cap(cut + 1, lo))  # "the Book of Proverbs"
        if document:  # German "Laut Anklage": a capitalised noun the lists know is no name
            runs = runs[:-1]
        # German capitalises every noun: "das Unternehmen", "laut Unternehmen" is an institution's noun, no name
        noun = runs == [(head, head + 1)] and self.german_institution(head) and all(  # "das kommunale Unternehmen"
            lows[k].islower() for k in range(a, head))
        if noun:
            head_low = self.german_institution(head)
        if self.is_cap(head, lo) and not document and not noun:
            if not runs:
                return None
            if cue.language == "de" and runs == [(head, head + 1)] and self.indefinite_person(first) and all(
                    self.texts[k][:1].islower() for k in range(first + 1, head)):  # "eine junge Frau"
                return "unnamed", "unnamed", [head_low]  # "sagte eine Frau vor dem Dorfladen": a noun, no name
            kind = self.kind_named(runs[-1], a)
            if kind is not None:
                return kind, "org", []
            found = self.name_of(runs[-1])
            if found[1] == "name" and cut < b - 1 and lows[cut] in ("for", "of", "at") and self.is_cap(cut + 1, lo):
                tail = self.cap_runs(cut + 1, b, lo)  # "Everytown for Gun Safety", "Chabad at McGill"
                if tail and tail[0][0] == cut + 1:
                    return self.words_text(runs[-1][0], tail[0][1]), "org", []
            if found[1] == "title" and definite and runs[-1][0] == a:  # "Der Minister sagte"
                known = state.by_title.get(lows[runs[-1][1] - 1].rstrip("."))
                if known:
                    return known, "person", []
                end = self.office_end(runs[-1][1], cut, b, lo)  # "the Archbishop of Canterbury"
                return self.description(first, end), "description", []
            holder = self.title_holder(runs[-1]) if definite else None
            return (holder, "person", []) if holder else found
        if head_low in cue.documents:  # "the BBC report", "Boudreau's report"
            owner = next((x for x in range(head - 1, first - 1, -1) if lows[x].endswith("'s")), None)
            if runs and owner is not None and not any(r[0] <= owner < r[1] for r in runs):
                return "unnamed", "unnamed", []  # "John Smith's wife's post": a person described, not named
            if runs:  # "Douglas Haig's LinkedIn post": the possessor's, not the modifier's
                run = next(((r[0], owner + 1) for r in runs if owner is not None and r[0] <= owner < r[1]), runs[-1])
                holder = self.title_holder(run) if definite else None
                name, kind, titles = (holder, "person", []) if holder else self.name_of(run)
                name = state.canonical(name)
                state.wrote(name, head_low)
                return name, kind, titles
            author = self.document_author(cut, b, lo)  # "a report by Human Rights Watch"
            if author is None and owner is not None and owner > first:
                # "the company's statement", "the embassy's health alert": the possessor's
                author = self.speaker_from_np(first, owner + 1, lo)
                if author is not None and (author[1] not in ("person", "org", "name") or author[0].islower()):
                    author = None  # ("the company's website": a firm the article has not named as one)
            if author is not None:
                state.wrote(author[0], head_low)
                return author
            if definite or (not determiner and not _plural(head_low)):  # "the letters", German "laut Anklage":
                # by whoever the article said wrote them
                written = state.author_of(head_low)
                if written is not None:
                    return written
            return "unnamed", "unnamed", []
        possessive = first + 1 if determiner in cue.definite else first  # "il mio avvocato", "a minha vizinha"
        if possessive < b and lows[possessive] in cue.first_person_possessive and head > possessive and not runs:
            return "unnamed", "unnamed", [head_low]  # the speaker's own, not named (nor the person named last)
        possessor = runs and runs[-1][1] == head and lows[head - 1].endswith("'s")
        if possessor and head_low in cue.unnamed and _plural(head_low):
            return "unnamed", "unnamed", [head_low]  # "Rombot's lawyers": people the article does not name
        if possessor and head_low not in cue.documents and head_low not in cue.institutions:
            return self.words_text(runs[-1][0], head + 1), "description", []  # "Rombot's lawyer": named later?
        if runs and runs[-1][1] == head and head_low in _OFFICIALS and (body := self.body_named(runs[-1])):
            # "ICE officials", "the ADL official": the body's word, as the devset writes them ("ICE", "ADL"); not
            # "U.S. officials": a country's, unnamed
            return state.canonical(body), "org", []
        if head_low in cue.plural_person_nouns and definite and head == a and state.last_plural:
            return state.last_plural, "plural", []  # "the pair": the people named together before
        if head_low in cue.unnamed or head_low in cue.person_nouns:
            qualified = head > a and all(self.word[k] and (self.is_cap(k, lo) or lows[k] in cue.titles)
                                         for k in range(a, head))  # "the Democratic congressman", "the former"
            if definite and determiner not in cue.plural_articles and head_low not in cue.collective_sources and (
                    not _plural(head_low) or head_low in cue.person_nouns) and (head == a or (
                    qualified and head_low in state.by_title)):
                known = state.by_title.get(head_low) or state.aged(head_low, fallback=True) or state.last_person
                noun_gender = state.known_genders.of_title(head_low)
                if known and noun_gender is not None and state.gender_of(known) not in (None, noun_gender):
                    known = None  # "the woman said" after a man was named: not him
                if known:
                    return known, "person" if known != "unnamed" else "unnamed", []
            if head_low in cue.person_nouns and head_low not in cue.unnamed and not self.indefinite_person(first):
                if definite and head == first + 1 and not _plural(head_low):
                    return "unnamed", "unnamed", []  # "the woman said": not named, as the devset has it (not
                    # remembered as "the woman" either: a woman named later may be her)
                return self.description(first, head + 1), "description", []
            return "unnamed", "unnamed", [head_low]  # "a woman", "eine Rentnerin, die …": someone, unnamed
        if head_low in cue.institutions:  # "Kosovar authorities", "Rick Scott's office"
            # "le ministère de la Santé", "el área de Hacienda"
            end = head + 1 if self.cue.language == "en" else self.office_end(head + 1, cut, b, lo, reach=3)
            bare = noun and not determiner  # German "laut Unternehmen": that firm; "laut Polizei": any police
            if (definite or bare) and (not runs or noun) and (head == a or noun) and end == head + 1 and not _plural(
                    head_low) and (state.organisations or state.firms or state.mentioned):
                named = self.known_organisation(head_low, fallback=not bare or head_low in cue.business_nouns)
                if named:
                    return named, "org", []  # "the agency": named before
            some_of_a_kind = not determiner and head > a and _plural(head_low) and cue.language == "en"
            one_of_a_kind = determiner in cue.indefinite and determiner not in cue.definite
            if (one_of_a_kind or some_of_a_kind) and not runs and not (
                    b < len(self.texts) and (self.region[b] >= 0 or self.is_cap(b, lo))):
                # "A jihad group explained": one the article does not name ("Un comité « Sauvons la Heid »" names it);
                # "Environmental groups said": some of a kind
                return "unnamed", "unnamed", [head_low]
            start = runs[-1][0] if runs else head
            while start < head and self.leading_determiner(start, head + 1):
                start += 1
            named = self.words_text(start, end)
            return (named[2:] if elided and start == a else named), "org", []  # "l’entreprise": "entreprise"
        if head_low in cue.titles:  # "the governor", "le ministre de l'Intérieur"
            known = state.by_title.get(head_low)
            if known:
                return known, "person", []
            if self.indefinite_person(first) and all(end <= head for _, end in runs):
                return "unnamed", "unnamed", [head_low]  # "One Conservative councillor, who asked not to be named"
            end = self.office_end(head + 1, cut, b, lo, common=True)  # the office is part of the description
            return self.description(first, end), "description", [head_low]
        if self.plain_noun(head):
            if definite and not _people_plural(head_low, cue.language):
                known = state.by_title.get(head_low)
                return (known, "person", []) if known else (self.description(first, head + 1), "description", [])
            if determiner in cue.indefinite:
                return "unnamed", "unnamed", [head_low]
            if not determiner and first in self.common_openers and (
                    _people_plural(head_low, cue.language) or cue.language == "de"):
                return "unnamed", "unnamed", []  # "Anglers say", "Plusieurs membres du bureau … ont assuré"
        return None

    def unnamed_with_origin(self, k: int, j: int, runs: list[tuple[int, int]]) -> str | None:
        """The noun of someone not named the phrase ``[k, j)`` is, its capitals only saying where they are from or
        whom they speak for: "according to a U.S. official", "according to a British diplomat", German "nach
        Angaben einer Sprecherin des Regierungspräsidiums" (the official, unnamed; not "U.S." nor "Sprecherin");
        else None."""
        if not self.indefinite_person(k):
            return None
        adjacent = runs[0][0] == k + 1  # the capitals right after the article
        if adjacent and self.body_named(runs[0]):
            return None  # "a Justice Department official", "an ICE official": the body's, as "ICE officials said"
        head = j - 1
        if runs[-1][1] <= head and self.texts[head].islower() and self.someones_noun(self.lows[head]):
            return self.lows[head]
        after = runs[0][1]  # "a U.S. official familiar with the matter", "a Western diplomat in Beijing"
        if adjacent and after < j and self.texts[after].islower() and self.someones_noun(self.lows[after]):
            return self.lows[after]
        if self.cue.language != "de" or not adjacent:
            return None
        # German capitalises the noun itself, declined after the article ("eines Sprechers")
        return next((noun for ending in ("", "s", "es")
                     if self.someones_noun(noun := self.lows[k + 1].removesuffix(ending))), None)

    def body_named(self, run: tuple[int, int]) -> str | None:
        """The body the capitalised run names (an organisation's name or initials), or None for a country or a
        people: "Justice Department", "ICE"; not "U.S.", "British"."""
        name, kind, _ = self.name_of(run)
        initials = run[1] - run[0] == 1 and self.acronym(run[0])
        country = bool(name) and _norm(name.split()[0]).replace(".", "") in self.cue.country_initials
        return name if (kind == "org" or initials) and not country else None

    def someones_noun(self, low: str) -> bool:
        """Whether ``low`` is a noun for a person or a source of some kind ("official", "Sprecherin"), not a
        document ("a Breitbart report": the outlet's)."""
        return (low in self.cue.unnamed or low in self.cue.titles or low in self.cue.person_nouns) and (
            low not in self.cue.documents)

    def indefinite_person(self, first: int) -> bool:
        """Whether a description starting at token ``first`` is someone not named: "a woman", "eine Frau", "one
        councillor", "un dirigeant" (the devset writes them "unnamed")."""
        low = self.lows[first]
        return (low in self.cue.indefinite or low in self.cue.one) and low not in self.cue.definite  # (Portuguese "a")

    def particle(self, k: int, a: int, b: int, lo: int) -> bool:
        """Whether the lower-case "de"/"von"/"van" at token ``k`` is a surname's particle ("Jan de Vries",
        "Ursula von der Leyen", "Charles de Gaulle"), not "of": one given name before it, a capitalised
        word after it (past "der", "la"). "Pedro Sánchez de Podemos" has a whole name before it: "of"."""
        if not self.texts[k].islower() or not self.name_joiner(k):
            return False
        given = k - 1
        if given < a or not self.word[given] or not self.is_cap(given, lo) or (
                self.surname_before(given, a, lo) and not self.second_given_name(given)):
            return False
        if self.lows[given] in self.cue.org_words or self.lows[given].rstrip(".") in self.cue.titles:
            return False
        after = self.past_particles(k, b)
        return (after < b and self.word[after] and self.texts[after][0].isupper()
                and self.lows[after] not in self.cue.org_words)

    def second_given_name(self, k: int) -> bool:
        """Whether the word at token ``k`` is a common given name before a Portuguese plural particle, which is a
        surname's ("Maria Aparecida dos Santos", "Ana Paula das Neves"); "da"/"do" and Spanish "de" may be "of"
        ("José Carlos da Petrobras", "Juan Carlos de Podemos")."""
        return (self.cue.language == "pt" and self.lows[k + 1] in ("dos", "das")
                and self.lows[k] in self.cue.genders.given_names)

    def surname_before(self, given: int, a: int, lo: int) -> bool:
        """Whether the capitalised word at ``given`` follows a name's word, so that it ends a name rather than
        opens one: "Pedro Sánchez de Podemos", "Karin van Dijk van de Spetters" (a particle before it) have a
        surname before "de"/"van", which is then "of"; a title before it ("Kankeronderzoeker Pieter de Wit") is
        no name's word."""
        before = given - 1
        if before < a:
            return False
        if self.is_cap(before, lo):
            return self.lows[before].rstrip(".") not in self.cue.titles
        return (self.texts[before].islower() and self.name_joiner(before) and self.cue.language in ("nl", "de")
                and any(self.lows[x] in ("van", "von") for x in range(max(a, before - 2), before + 1)))

    def organisation_continues(self, k: int, a: int, b: int, lo: int) -> bool:
        """Whether the "de" at token ``k`` joins the words of one organisation's name ("Colegio de Médicos de
        Zaragoza", "Servicio Aragonés de Salud"): capitalised words on both sides, an organisation's word before."""
        after = k + 1
        while after < b and self.lows[after] in self.cue.definite and not self.texts[after][:1].isupper():
            after += 1  # "de la Santé"
        if after >= b or not self.is_cap(after, lo):
            return False
        j = k - 1
        while j >= a and (self.is_cap(j, lo) or self.lows[j] in self.cue.of_words or self.lows[j] in self.cue.definite):
            if self.is_cap(j, lo) and self.bare(j) in self.cue.org_words:
                return True
            j -= 1
        return False

    def lower_case_body_of(self, k: int, b: int, lo: int, elided: bool = False) -> bool:
        """Whether the "of" at token ``k`` follows a body's word in lower case and leads to a capitalised name, in the
        languages that write a body so: "il ministero della Salute", "la polizia di Milano" (one noun phrase).
        ``elided``: the "of" is written onto the name ("dell'Interno")."""
        after = k if elided else k + 1
        while not elided and after < b and self.lows[after] in self.cue.definite and self.texts[after].islower():
            after += 1
        return (self.cue.language in _LOWER_CASE_NAMES and k - 1 >= lo and self.texts[k - 1].islower()
                and self.lows[k - 1] in self.cue.org_words and after < b and self.is_cap(after, lo))

    def office_holder(self, x: int, b: int, lo: int) -> str | None:
        """The person named at the end of a title's office ("[Secretary of] State Mike Pompeo",
        "[Minister of] Foreign Affairs Sergei Lavrov"): the last two words of a capitalised run that
        fills ``[x, b)`` and has an office before them."""
        runs = self.cap_runs(x, b, lo)
        joined = len(runs) > 1 and all(after == end + 1 and self.lows[end] in ("and", "&")
                                       for (_, end), (after, _) in pairwise(runs))
        if not runs or (runs[0] != (x, b) and not (joined and runs[0][0] == x and runs[-1][1] == b)):
            return None  # one run, or runs joined by "and" ("Foreign Affairs and Trade Péter Szijjártó")
        words = [k for k in range(x, b) if self.word[k] and self.lows[k] not in ("and", "&")]
        if len(words) < 3 or any(self.lows[k] in self.cue.org_words or self.acronym(k) for k in words[-2:]):
            return None  # "Secretary of Homeland Security": the office alone
        return self.words_text(words[_holder_start([self.texts[k] for k in words])], b)

    def german_institution(self, k: int) -> str:
        """The institution's noun a capitalised German word at token ``k`` is, its genitive undone ("des
        Landkreises", "des Landvolks"), or "" (not German, or no institution's noun)."""
        if self.cue.language != "de":
            return ""
        low = self.lows[k]
        for stem in (low, low.removesuffix("es"), low.removesuffix("s")):
            if stem in self.cue.institutions:
                return stem
        return ""

    def office_end(self, end: int, cut: int, b: int, lo: int, reach: int = 2, common: bool = False) -> int:
        """Where a description ending at ``end`` ends with the office after "of" at token ``cut`` ("the governor
        of Texas", "le ministre de l'Intérieur"): the capitalised run starting within ``reach`` tokens of it; with
        ``common``, also a short phrase of common nouns that ends the noun phrase ("the head of the fire
        department", "le chef des pompiers", "el jefe de bomberos": a title says little without what it heads)."""
        if cut < b - 1 and self.lows[cut] in self.cue.of_words:
            tail = self.cap_runs(cut + 1, b, lo)
            if tail and tail[0][0] <= cut + reach:
                return tail[0][1]
            if common and not tail and b - cut <= 5 and self.common_complement(cut + 1, b):
                return b  # (not when, nor how long: "le maire de l'époque", "coach of the year", "mayor of two
                # decades")
        return end

    def common_complement(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` after a title's "of" is what it heads in common nouns ("the fire department", "des
        pompiers"): lower-case words, no count, and not ending in a time or an article."""
        cue = self.cue
        last = self.elided_noun(b - 1) or self.lows[b - 1]
        return last not in cue.time_nouns and last not in cue.determiners and all(
            self.word[k] and self.texts[k].islower() and self.lows[k] not in cue.stop_words
            and not self.lows[k][0].isdigit() and self.lows[k] not in _NUMBER_WORDS for k in range(a, b))

    def nominative(self, word: str) -> str:
        """A German name in the genitive ("Landvolks", "Bundesamtes") as the article writes it elsewhere."""
        text = self.state.article_text or ""
        for stem in (word.removesuffix("es"), word.removesuffix("s")):
            institution = bool(self.cue.org_endings) and _norm(stem).endswith(self.cue.org_endings) and not (
                word.endswith("es") and stem == word[:-1])  # "des Kraftwerkes" is the Kraftwerk
            if stem != word and (institution or re.search(rf"\b{re.escape(stem)}\b", text)):
                return stem  # "des Umweltministeriums": an institution's ending tells the genitive's "s"
        return word

    def known_organisation(self, noun: str, fallback: bool = True) -> str | None:
        """The organisation named before that "the agency", "das Unternehmen" means (see ArticleState.organisation);
        a business noun ("the company") means a firm, not the ministry named since."""
        cue = self.cue
        if noun in cue.police_words:
            return self.state.police_force(noun, cue)
        # German compounds name parts of one institution: "die Strafkammer" of the Landgericht, "die Polizei" of the
        # Polizeipräsidium.
        specific = noun not in cue.generic_institutions and noun not in cue.business_nouns and cue.language != "de"
        return self.state.organisation(noun, fallback, kinds=cue.institutions - cue.business_nouns,
                                       generic=noun not in cue.business_nouns, specific=specific,
                                       passing=noun in cue.regulators)

    def description(self, a: int, b: int) -> str:
        """A source described, not named: "the minister", "le ministre" (the determiner in lower case)."""
        text = self.words_text(a, b)
        if self.lows[a] in self.cue.determiners:
            text = self.lows[a] + text[len(self.texts[a]) :]
        elif (elided := _elided(self.lows[a])) and self.texts[a][elided:].islower():
            text = text[elided:]  # "L'opposition dénonce": "opposition", as "le ministre" is "ministre"
        return text

    def document_author(self, k: int, b: int, lo: int) -> tuple[str, str, list[str]] | None:
        """The author after a document noun: "a report by Human Rights Watch", "a letter from the Home Office",
        "les chiffres de l'entreprise", "i dati della Polizia locale"."""
        published = k < b and self.lows[k] == "in"  # "a report in The Daily Sheeple": the outlet's
        if k >= b or (self.lows[k] not in ("by", "from") and self.lows[k] not in self.cue.of_words and not published):
            return None
        owner = k + 1
        while owner < b and self.lows[owner] in _OWN:
            owner += 1  # "los datos del propio ayuntamiento"
        np = self.np_after(owner, b, lo)
        if np is None:
            return None
        found = self.speaker_from_np(np[0], np[1], lo)
        described = self.lows[k] in self.cue.of_words and self.lows[np[0]] in self.cue.determiners
        kinds = ("person", "org", "name", "description") if described else ("person", "org", "name")
        if found is None or found[1] not in kinds or (found[0].islower() and not described):
            return None  # "del propio departamento": a common noun, whoever the article named before
        if published and (found[1] not in ("org", "name") or self.lows[np[0]] in _CALENDAR
                          or self.bare(np[1] - 1) in self.cue.institutions | self.cue.org_words
                          or not (np[1] - np[0] >= 2 and self.texts[np[1] - 1][:1].isupper())):
            return None  # "a report in March", "a statement in French", "in Congress" (but "in The Guardian")
        return found  # "les relevés de la cave"

    # -- finding the source of a cue

    def subject_before_auxiliary(self, found: Found, a: int) -> Found | None:
        """The subject before a finite auxiliary when ``found``, the phrase before a clause-final cue, comes right
        after that auxiliary: its object ("Netbeheerder Enexis heeft het bedrijf laten weten", "Ze heeft de
        provincie gevraagd te bemiddelen"). None when nothing but the clause's opening precedes the auxiliary
        ("Gisteren heeft de gemeente laten weten", "Dat heeft de gemeente laten weten": the subject follows it)."""
        aux = found[3][0] - 1
        if aux <= a or self.lows[aux] not in self.cue.auxiliaries or self.region[aux] >= 0:
            return None
        subject = self.subject_before(aux, a)
        if subject is None or self.lows[subject[3][0]] in self.cue.demonstratives:
            return None
        # the subject opens the clause, or only its kind does ("De netbeheerder Enexis heeft"), not a phrase of
        # place or time ("In een brief heeft de minister")
        start, (first, end) = self.clause_start(aux, a), subject[3]
        if first != start and not (self.lows[start] in self.cue.determiners and all(
                self.word[x] and self.texts[x].islower() for x in range(start + 1, first))):
            return None
        if subject[1] not in ("person", "org", "name", "unnamed", "plural", "group", "description"):
            return None
        # a pronoun, a name of capitalised words, a body's initials or one the article named, or a description
        # after an article ("De minister heeft de Kamer laten weten"); not a word opening the sentence ("Verder
        # heeft de minister gezegd", "Tijdens de persconferentie heeft …", "Tegenover de NOS heeft …")
        low = self.lows[first]
        if first != start:
            return subject  # after its article and kind: "De netbeheerder Enexis heeft …"
        if end - first == 1:  # one word: a pronoun or a name ("Rijkswaterstaat heeft …"), not an adverb of time
            return subject if low in self.cue.pronouns or not (  # or sequence ("Verder", "Woensdagavond")
                low in self.cue.sentence_adverbs or low in self.cue.stop_words or low in self.cue.skip_before_verb
                or low.startswith(_DAY_PREFIXES)) else None
        if low in self.cue.determiners:
            return subject
        return subject if all(self.texts[x][:1].isupper() for x in range(first, end) if self.word[x]) and (
            low not in self.cue.stop_words) else None

    def fronted(self, found: Found | None, k: int, a: int) -> bool:
        """Whether ``found``, the phrase before the cue verb at ``k`` (None: no phrase read as a subject, "Na
        afloop"), lies in an adverb or a phrase of time or place that opens the clause ("Daarna", "Na de zitting",
        "Woensdagavond"): in a language that puts its verb second (Cues.sentence_adverbs) the subject then
        follows the verb."""
        start = self.first_content(self.clause_start(k, a), k)
        cue = self.cue
        if start >= k or (found is not None and found[3][0] < start) or self.region[start] >= 0 or any(
                self.lows[x] in cue.auxiliaries or self.lows[x] in cue.subordinators or not self.word[x]
                for x in range(start, k)):
            # (an auxiliary holds the second place, see subject_before_auxiliary; the cue is in a clause of its
            # own: "Op het moment dat Marco Borsato zei dat …", "Tijdens het debat, waarin Omtzigt zei …")
            return False
        low = self.lows[start]
        if low in cue.prepositions:  # the phrase it opens ends at the verb, unless it counts the subject ("Rond de
            return self.texts[start][:1].isupper() and not any(  # duizend ouders lieten weten", "Met name …")
                self.texts[x][:1].isdigit() or self.lows[x] in cue.number_words or self.lows[x] in cue.sentence_adverbs
                for x in range(start + 1, min(k, start + 3)))
        # one adverb right before the verb; not one before the subject ("Ook de minister zei")
        return start + 1 == k and (low in cue.sentence_adverbs or low.startswith(_DAY_PREFIXES))

    def subject_after_verb(self, x: int, b: int, a: int, particle: bool) -> Found | None:
        """The subject of a fronted clause (see ``fronted``), from token ``x`` right after the verb: past words of
        time and adverbs ("zei ook de advocaat"), a pronoun, else the source there (before a separable verb's
        ``particle`` at ``b``, "liet de rechter weten"), else someone unnamed ("Na de wedstrijd zeiden de
        spelers", "Rond de duizend ouders lieten weten": a quotation still, whose source the analyst names)."""
        x = self.after_time(x, b)
        while x < b and self.word[x] and self.lows[x] in self.cue.sentence_adverbs:
            x += 1
        if x >= b or not self.word[x] or self.region[x] >= 0 or self.lows[x] in _NOTHING:
            return None  # ("Daar spreekt niets tegen": nothing speaks)
        if self.is_pronoun(x):
            return (*self.resolve_at(x), (x, x + 1))
        found = self.source_after(x, b, a) if particle else self.name_after(x, b, a)
        if found is None and self.lows[x] not in self.cue.subordinators:
            return "unnamed", "unnamed", [], (x, x + 1)
        return found

    def clause_start(self, k: int, lo: int) -> int:
        """Where the clause holding token ``k`` begins: after quoted text, a colon or semicolon."""
        i = k - 1
        while i >= lo:
            if self.texts[i] == ")" and (self.cue.language != "en" or self.acronym_aside(i, lo)
                                         or self.party_aside(i, lo) or self.expansion_aside(i, lo)):
                # "Gilles Marchetti (divers droite), s'est dit", "… of America (SPFPA), Campos’s union, said",
                # "head of IFRC’s (International Federation of Red Cross) emergency operations, said"
                opening = self.aside_opening(i, lo)
                if opening is not None:
                    i = opening - 1
                    continue
            if self.region[i] >= 0 or self.texts[i] in (":", ";", "—", "–", "(", ")"):
                return i + 1
            i -= 1
        return lo

    def acronym_aside(self, i: int, lo: int) -> bool:
        """Whether the ")" at token ``i`` closes an organisation's initials after its name: "(SPFPA)"."""
        return (i - 3 >= lo and self.texts[i - 2] == "(" and self.acronym(i - 1) and self.word[i - 3]
                and self.is_cap(i - 3, lo))

    def expansion_aside(self, i: int, lo: int) -> bool:
        """Whether the ")" at token ``i`` closes the name that initials just before it stand for: "IFRC’s
        (International Federation of Red Cross)"."""
        opening = next((x for x in range(i - 1, max(lo, i - 10) - 1, -1) if self.texts[x] == "("), -1)
        if opening <= lo or opening + 1 >= i or not self.word[opening - 1]:
            return False
        initials = self.texts[opening - 1].removesuffix("’s").removesuffix("'s")
        return (len(initials) > 1 and initials.isupper() and all(
            self.texts[x][:1].isupper() or self.lows[x] in self.cue.of_words or self.lows[x] in ("and", "the", "&")
            for x in range(opening + 1, i)))

    def party_aside(self, i: int, lo: int) -> bool:
        """Whether the ")" at token ``i`` closes a politician's party and state after the name: "(D)", "(R-Texas)",
        "(D-Minn.)"."""
        opening = next((x for x in range(i - 1, max(lo, i - 7) - 1, -1) if self.texts[x] == "("), -1)
        return opening > lo and self.is_cap(opening - 1, lo) and _PARTY.fullmatch(
            self.text[self.starts[opening] + 1 : self.starts[i]]) is not None

    def age_before(self, i: int) -> bool:
        """Whether the three tokens before ``i`` are an age after a name: in brackets, as Dutch and German news give
        it ("Jan de Vries (54)"), or between commas, as British and American news do ("John Smith, 54,")."""
        return i >= 3 and self.texts[i - 2].isdigit() and len(self.texts[i - 2]) <= 3 and (
            (self.texts[i - 3] == "(" and self.texts[i - 1] == ")") or self.texts[i - 3] == self.texts[i - 1] == ",")

    def before_age(self, i: int, lo: int) -> int:
        """Where an age right before the preposition of where someone is from, at token ``i``, starts ("Jan de
        Vries (54) uit Dokkum", "John Smith, 54, of Leeds"), else ``i``."""
        low = self.lows[i]
        return i - 3 if i - 3 > lo and (low in self.cue.place_prepositions or low in self.cue.of_words) and (
            self.age_before(i)) else i

    def aside_opening(self, i: int, lo: int) -> int | None:
        """The "(" of a short aside that the ")" at token ``i`` closes, when it comes after token ``lo``."""
        opening = next((x for x in range(i - 1, max(lo, i - 12) - 1, -1) if self.texts[x] == "("), -1)
        return opening if opening > lo else None

    def first_content(self, a: int, b: int) -> int:
        """The first word of the main clause: after "But" or a leading "In 2015,"."""
        k = a
        while k < b and (not self.word[k] or self.lows[k] in ("but", "and", "so", "yet", "still", "then", "now")):
            k += 1
        for j in range(k, b):
            if self.texts[j] == "," and self.region[j] < 0:
                if k < b and (self.lows[k] in self.cue.stop_words or self.texts[k][0].isdigit()):
                    return j + 1
                if self.time_opener(k, j):
                    return j + 1  # "Late Thursday, Sen. Grassley … said", "Midweek, Erdogan exploded:"
                break
        return k

    def time_opener(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b)`` are only a time ("Late Thursday", "Midweek", "Earlier"), not a name the article
        uses ("Theresa May")."""
        return b > a and all(
            self.lows[x] in _WHEN or self.lows[x] in _OPENING_TIMES or (
                self.lows[x] in _TIME_WORDS and self.lows[x] not in self.state.by_token) for x in range(a, b))

    def subject_before(self, k: int, lo: int) -> Found | None:
        """The subject of the cue at ``k``: "Tedros on Wednesday said", "Keith Vaz, chairman …, said"."""
        i = k - 1
        skip = self.cue.before_verb  # "Tedros on Wednesday said", "will say"
        while i >= lo and self.word[i] and (self.lows[i] in skip or _adverb(self.texts[i]) or (
            self.lows[i] in self.cue.object_pronouns and i > lo and self.word[i - 1]
            and self.lows[i - 1] not in self.cue.clause_links and self.lows[i - 1] not in _AND_WORDS) or (
            self.texts[i].islower() and self.lows[i].startswith(_DAY_PREFIXES))  # "dinsdagochtend"
        ) and (
            not self.is_cap(i, lo) or self.lows[i] in _TIME_WORDS  # "Late Thursday", "am Montag"
        ) and self.lows[i] not in self.cue.impersonal_subjects:  # (French "on" is no English "on Wednesday")
            i -= 1
        if i > lo and self.texts[i] == ")" and self.region[i] < 0:
            opening = self.aside_opening(i, lo)
            if opening is not None:
                i = opening - 1  # "John Cornyn (R-Texas) dismissed": the aside is not the subject
        if i < lo or self.region[i] >= 0:
            return None
        if self.texts[i] == ",":
            return self.subject_in_chunks(i, lo)
        if not self.word[i] and not (self.texts[i] == "." and i > lo and self.abbreviation(i - 1)):
            return None  # (but "Danny V. gaf toe", "Thomas M. sagte": a surname given by its initial)
        if self.lows[i] in _FIRST_PERSON:
            return None  # "I told them …", "we asked": the author's own voice
        if self.lows[i] in self.cue.impersonal_subjects:
            # "Au ministère de la Santé, on indique que …": the body it was said at; else no one named. Only after a
            # phrase of place or side and its comma: opening the sentence it is the author's "one" ("On constate
            # que …"), and in a clause of its own someone else's ("Le maire, à qui on a demandé …, a assuré").
            start = self.clause_start(i, lo)
            if not (i - 1 > start and self.texts[i - 1] == ","):
                return None
            at = self.said_at(start, i - 1, lo)
            return at if at is not None else ("unnamed", "unnamed", [], (i, i + 1))
        if self.is_pronoun(i):
            return (*self.resolve_at(i), (i, i + 1))
        one = self.one_of_them(i, lo)
        if one is not None:
            return "unnamed", "unnamed", [], (one, i + 1)
        group = self.group_ending_at(i, lo)
        if group is not None:
            return self.words_text(*group), "group", [], group  # "the mainstream media dismissed it"
        pronoun, _, ending = self.lows[i].partition("'")
        if ending in ("ve", "re", "s") and pronoun in self.cue.pronouns and pronoun not in _FIRST_PERSON:
            return (*self.state.resolve(pronoun, self.cue), (i, i + 1))  # "they’ve also said", "he's told"
        relative = self.relative_subject(i, lo)
        if relative is not None:
            return relative
        np = self.np_before(i, lo)
        if np is None:
            return None
        by = np[0] - 1
        if by - 1 >= lo and self.lows[by] == "by" and self.lows[by - 1].endswith("ed") and by - 2 >= lo:
            head = self.np_before(by - 2, lo)
            if head is not None:
                np = head  # "an investigation ordered by the principal has concluded"
        source = self.unnamed_before_complement(np, lo) or self.somewhere_unnamed(np, lo) or self.some_kind_of(np, lo)
        if source is not None:
            return source
        found = self.speaker_from_np(np[0], np[1], lo)
        if found is not None and found[1] == "name" and self.state_after_town(np, lo):
            # "Archbishop Allen Vigneron of Detroit, Michigan said": the state of the town the person is from, with
            # the comma after it left out
            placed = self.subject_in_chunks(np[0] - 1, lo)
            if placed is not None and placed[1] in ("person", "unnamed", "org"):
                return placed
        if found is not None and found[1] in ("org", "name", "description"):
            member = self.member_before(np[0], lo)
            if member is not None:  # "Professor John McFadden from the University of Surrey told"
                return member
        if found is not None and found[1] == "org" and self.places_joined(np[0], lo):
            np = (np[0] - 2, np[1])  # "Avon and Somerset Police said": one force of two places
            return self.words_text(*np), "org", [], np
        return (*found, np) if found else None

    def state_after_town(self, np: tuple[int, int], lo: int) -> bool:
        """Whether the capitalised words ``np`` follow "of Town," or "in Town," (the town's state or country)."""
        comma = np[0] - 1
        town = comma - 1
        return (np[1] - np[0] <= 2 and town - 1 >= lo and self.texts[comma] == "," and self.region[comma] < 0
                and self.is_cap(town, lo) and self.lows[town - 1] in ("of", "in", "from")
                and all(self.texts[x][:1].isupper() for x in range(*np)))

    def relative_subject(self, i: int, lo: int) -> Found | None:
        """The subject that opens an English clause before a relative clause without commas, which ends at token
        ``i`` right before the cue: "The union that represents about 480 nurses said", "A district official who
        was not authorized to speak publicly said" (not "Reports that the minister said": "that" before a
        noun phrase opens what was reported)."""
        if self.cue.language != "en":
            return None
        start = self.first_content(self.clause_start(i, lo), i)
        r = start + 1
        while r < i and self.word[r] and self.region[r] < 0 and self.lows[r] not in ("who", "that"):
            r += 1
        if (r >= i or not self.word[r] or self.region[r] >= 0 or not self.word[r + 1] or self.lows[start] in _ANY
                or any(self.texts[x] == "," for x in range(r, i))):
            return None  # ("Any business that tips off illegal aliens admits": anyone such, the author's claim)
        after = self.lows[r + 1]
        if self.lows[r] == "that" and (not self.texts[r + 1].islower() or after in self.cue.determiners
                                       or after in self.cue.pronouns or after in _FIRST_PERSON
                                       or self.lows[start] not in self.cue.determiners
                                       or self.lows[r - 1].endswith(("ed", "ing"))
                                       or self.scan.has_cue(self.starts[r - 1], self.end(r - 1))):
            return None  # (nor "the Nazis discovered that there were …": "that" after a verb)
        np = self.np_before(r - 1, start)
        if np is None or np[0] - start > 3 or not all(  # "A district official": an article and modifiers first
                self.word[x] and (self.texts[x].islower() or self.lows[x] in self.cue.determiners)
                for x in range(start, np[0])):
            return None
        found = self.speaker_from_np(start, np[1], lo)
        # (a camp, "Critics who have followed the case said", is left to the rules for groups)
        return (*found, (start, np[1])) if found is not None and found[1] in (
            "person", "org", "unnamed", "description") else None  # (not a word no list knows: "Remember that …")

    def places_joined(self, start: int, lo: int) -> bool:
        """Whether the organisation's name starting at token ``start`` goes on before it with a place and "and":
        "[Avon and] Somerset Police", "[Trinidad and] Tobago Police Service" (one capitalised word opening the
        clause, no person's given name or title)."""
        x = start - 2
        return (x >= lo and self.lows[start - 1] in _AND_WORDS and self.word[x] and self.is_cap(x, lo)
                and self.is_cap(start, lo) and self.lows[start] not in self.cue.determiners
                and self.first_content(self.clause_start(x, lo), x) == x
                and not _person_word(self.texts[x], self.cue) and self.lows[x] not in self.cue.determiners
                and not self.acronym(x))

    def some_kind_of(self, np: tuple[int, int], lo: int) -> Found | None:
        """A noun the phrase before the verb was cut down to, after "a" and a word no list knows: "A jihad group
        explained", "a watchdog group said": the whole phrase decides (one of a kind, unnamed; not "group", nor
        the group named before)."""
        if np[1] - np[0] != 1 or not self.texts[np[0]].islower() or self.lows[np[0]] in self.cue.documents:
            return None  # ("A draft report obtained by the AP noted": whoever the article says wrote it)
        x = self.modifiers_before(np[0], lo, self.cue.determiners | self.cue.stop_words) - 1
        if x == np[0] - 1 or not self.indefinite_person(x) or self.first_content(self.clause_start(x, lo), x) != x:
            return None
        found = self.speaker_from_np(x, np[1], lo)
        return (*found, (x, np[1])) if found is not None and found[1] == "unnamed" else None

    def somewhere_unnamed(self, np: tuple[int, int], lo: int) -> Found | None:
        """Someone not named, placed by the name before the verb: "A metal firm in nearby Rijsselo says", "Een
        metaalbedrijf in het naburige Rijsselo haalt": the phrase before the place decides (the firm, unnamed),
        not the town."""
        x = self.modifiers_before(np[0], lo, self.cue.place_prepositions) - 1  # "nearby", "het naburige"
        if x <= lo or self.lows[x] not in self.cue.place_prepositions or not self.texts[x - 1].islower():
            return None
        start = self.first_content(self.clause_start(x, lo), x)
        if not (x - 4 <= start < x - 1 and self.indefinite_person(start) and all(
                (self.word[z] and self.texts[z].islower()) or self.texts[z] in ("'", "’")  # "A residents' group"
                for z in range(start + 1, x))):
            return None
        found = self.speaker_from_np(start, x, lo)
        return (*found, (start, np[1])) if found is not None and found[1] == "unnamed" else None

    def modifiers_before(self, i: int, lo: int, stop: frozenset[str]) -> int:
        """Where the (at most two) lower-case words right before token ``i`` begin, none of them in ``stop``:
        "jihad" in "a jihad group", "het naburige" in "in het naburige Rijsselo"."""
        x = i - 1
        while x > lo and i - x <= 2 and self.word[x] and self.texts[x].islower() and self.lows[x] not in stop:
            x -= 1
        return x + 1

    def unnamed_before_complement(self, np: tuple[int, int], lo: int) -> Found | None:
        """An unnamed source opening the clause, whose complement ends at the verb: "Two people familiar with
        [the matter] told", "Sources close to [the White House] said", "Especialistas ouvidos pela [ANL]
        consideram". The phrase before the verb is the complement's, not the source."""
        x = np[0]
        j = x - 1
        while j >= lo and x - j <= 5 and self.word[j] and self.region[j] < 0:
            low = self.bare(j)
            if low in self.cue.unnamed and not (low in _OFFICIALS or low in _COUNTS or low in self.cue.documents
                                                or low in self.cue.research_voices):
                if any(self.lows[z] in _INCLUDING for z in range(j + 1, x)):
                    return None  # "Gun control advocates including the group Everytown … lauded": the group
                start = self.clause_start(x, lo)
                # "On Tuesday, two senior people …", "But people …": a count or a word or two before
                for words, opening in enumerate(range(j - 1, start - 1, -1), 1):
                    low = self.lows[opening]
                    if self.texts[opening] == ",":
                        break
                    if opening == start and low in ("but", "and", "yet", "so", "mas", "pero", "mais", "ma", "aber"):
                        break
                    if (words > 2 or not self.word[opening] or low in self.cue.stop_words or low in self.cue.be_forms
                            or self.cue.attribution.by_text.get(low) is not None
                            or (opening > start and self.is_cap(opening, lo))):
                        return None  # "the minister told sources close to …", "millions of people took note"
                if self.texts[j][:1].isupper() and all(
                        self.texts[z][:1].isupper() or self.lows[z] in self.cue.of_words for z in range(j + 1, np[1])
                ) and not any(self.bare(z) in self.cue.org_words or self.bare(z) in self.cue.institutions
                              for z in range(j + 1, np[1])):
                    # "Médicos del Mundo", "Reporters Without Borders": a body's name, capitalised throughout (not
                    # people of a body: "Médicos del Hospital La Paz", "Trabajadores del Ayuntamiento de Sevilla")
                    return self.words_text(j, np[1]), "org", [], (j, np[1])
                return "unnamed", "unnamed", [self.bare(j)], (j, np[1])
            if self.is_cap(j, lo) or self.cue.attribution.by_text.get(low) is not None:
                return None
            j -= 1
        return None

    def member_before(self, x: int, lo: int) -> Found | None:
        """The person named right before "from", "at" or "with" and the organisation starting at token ``x``:
        "Jane Doe from the ACLU said" is Jane Doe speaking, for herself or for it."""
        link = x - 1
        if link - 1 < lo or self.lows[link] not in self.cue.member_links or not self.is_cap(link - 1, lo):
            return None
        np = self.np_before(link - 1, lo)
        found = self.speaker_from_np(np[0], np[1], lo) if np else None
        return (*found, np) if found is not None and np is not None and found[1] == "person" else None

    def group_ending_at(self, i: int, lo: int) -> tuple[int, int] | None:
        """A whole camp named by the words ending at token ``i`` ("the mainstream media", "leftists")."""
        for start in range(max(lo, i - 3), i + 1):
            found = self.cue.group_voices.match_words(self.lows, start, i + 1)
            if found is not None and start + len(found.rest) == i:
                return start, i + 1
        return None

    def subject_in_chunks(self, comma: int, lo: int) -> Found | None:
        """The first comma-separated chunk before the cue that names someone."""
        chunks = self.comma_chunks(self.clause_start(comma, lo), comma + 1)
        fallback: Found | None = None
        participle = -2
        for index, (a, b) in enumerate(chunks):
            by = a + 1 if b - a > 2 and self.lows[a].endswith("ed") else a  # "published by", or "by" alone
            if (fallback is not None and fallback[1] == "unnamed" and b - by > 1
                    and self.lows[by] == "by"):  # "The report, (published) by Amnesty International, said"
                np = self.np_after(by + 1, b, lo)
                found = self.speaker_from_np(np[0], np[1], lo) if np else None
                if found is not None and np is not None and found[1] in ("person", "org", "name"):
                    self.state.wrote(found[0], "")
                    return (*found, np)
            last_word = b - 1 if self.word[b - 1] else b - 2
            if last_word > a and self.one_of_them(last_word, a) == a:
                return "unnamed", "unnamed", [], (a, last_word + 1)  # "L'un d'eux, joint par téléphone, se dit"
            if not self.word[a] or self.lows[a] in self.cue.stop_words or not self.texts[a][0].isupper() or (
                    self.cue.language != "en" and self.lows[a] in self.cue.place_prepositions and b - a > 2
                    and all(self.texts[x][:1].isupper() for x in range(a + 1, b - 1) if self.word[x])):
                continue  # "who had called for …", "chairman of …", "In 2015", "A Borgo Valsecca, …" (not "A Roma il
                # sindaco Roberto Gualtieri, …": the place and the subject in one chunk)
            if self.participle_clause(a, b):
                participle = index  # "Speaking to the Montreal Gazette, Lew said", "Challenged about it, she said"
                continue
            if participle == index - 1 and self.place_after_participle(a, b):
                continue
            if self.time_opener(a, b):
                continue  # "Late Thursday, Sen. Grassley said" (not "Theresa May, …")
            np = self.np_after(a, b, lo)
            if np is not None and np[1] < last_word and self.lows[np[1]] in _AND_WORDS and all(
                    self.texts[x][:1].isupper() or self.lows[x] in _AND_WORDS for x in range(a, last_word + 1)) and (
                    self.lows[last_word] in self.cue.org_words):
                np = (a, last_word + 1)  # "Highland and Islands Council, which owns the service, said": one name
                found = (self.words_text(*np), "org", [])
            else:
                found = self.speaker_from_np(np[0], np[1], lo) if np else None
            if np is not None and np == (a, a + 1) and a + 2 < b and self.lows[a + 1] == "that" and (
                    found is None or found[1] not in ("person", "org", "unnamed", "plural", "group")):
                later = self.np_after(a + 2, b, lo)  # "Remember that Mohamed Atta, …, told": a verb, then the subject
                subject = self.speaker_from_np(later[0], later[1], lo) if later else None
                if subject is not None and subject[1] in ("person", "org", "name", "description"):
                    np, found = later, subject
            if np is not None and np[1] + 1 < b and self.lows[np[1]] in _AND_WORDS and (
                    found is None or found[1] != "person") and self.texts[np[1] + 1].islower() and (
                    self.lows[np[1] + 1] not in self.cue.titles):
                titled = self.titled_tail(a, b, lo)  # "Sheep and beef farmer Alistair Grigg, who …, said"
                if titled is not None:
                    np, found = titled[3], titled[:3]
            if (found is None and np is not None and index + 1 < len(chunks)
                    and self.lows[np[0]] in self.cue.determiners):
                named = self.named_apposition(*chunks[index + 1], lo)
                if named is not None:  # "His neighbour, retired engineer Colin Ashworth, said"
                    return named
            if found is None or np is None:
                continue
            if (index + 1 < len(chunks) and np[1] - np[0] == 2 and self.lows[np[0]] in self.cue.definite
                    and self.lows[np[0] + 1] in self.cue.institutions and self.texts[np[0] + 1].islower()):
                x, y = chunks[index + 1]
                y = y if self.word[y - 1] else y - 1
                runs = self.cap_runs(x, y, lo)
                if runs == [(x, y)] and y - x <= 4 and _norm(self.texts[x]) not in self.cue.genders.given_names:
                    return self.words_text(x, y), "org", [], (x, y)  # "The manufacturer, Aerolis, said"
            if index + 1 < len(chunks) and (self.lows[np[0]] in self.cue.determiners
                                            or self.apposition(a, b, lo) is None):
                named = self.named_apposition(*chunks[index + 1], lo)
                if named is not None:  # "El portavoz del PRAT, Joaquín Salcedo, calificó …", "Ellison's
                    return _with_titles(named, self.title_of(np))  # ex-girlfriend, Karen Monahan, alleged"
            if found[1] == "person" and index + 1 < len(chunks):
                office = self.office_in(*chunks[index + 1], lo)  # "John Biggs, the mayor, said"
                if office:
                    return _with_titles((*found, np), office)
            if found[1] in ("person", "org", "name"):
                return (*found, np)
            fallback = fallback or (*found, np)
        return fallback

    def body_opening_clause(self, found: Found, a: int) -> Found | None:
        """The body named as the subject of the clause before "…, the company said": "Nordvik Air has grounded 14
        of its 22 turboprops, the regional carrier said" is Nordvik Air's (not any carrier named before). Only
        for a definite description of a body right after a comma, and a name that opens the sentence and is no
        person's."""
        start, end = found[3]
        cue = self.cue
        if found[1] not in ("description", "org") or start <= a or self.texts[start - 1] != "," or (
                self.lows[start] not in cue.definite) or self.lows[end - 1] not in cue.institutions or not all(
                self.texts[x].islower() for x in range(start, end)):
            return None  # (not "…, the World Health Organization said": a name)
        first = self.first_content(a, start)
        runs = self.cap_runs(first, start, a)
        if not runs or runs[0][0] != first or first in self.common_openers or self.lows[first] in cue.stop_words:
            return None
        name = self.words_text(*runs[0])
        known = name in self.state.organisations or name in self.state.firms or name in self.state.mentioned
        if (runs[0][1] - first < 2 and not known) or _norm(name.split()[0]) in cue.genders.given_names or (
                self.lows[first] in cue.titles) or (" " in name and name.isupper()):  # ("CASTLE FALLS, Ohio —")
            return None  # (one capitalised word opening a sentence may be any word: "Seventeen people …"; "Jeff
            # Bezos will step down, the company said" speaks of a person)
        return name, "org", [], runs[0]

    def titled_tail(self, a: int, b: int, lo: int) -> Found | None:
        """The person with a title that ends the chunk ``[a, b)`` when its first noun phrase stops short of them at
        "and": "Sheep and beef farmer Alistair Grigg" (not "Sheep")."""
        tail = self.np_before(b - 1, a)
        if tail is None or tail[1] != b or tail[0] <= a:
            return None
        if self.lows[tail[0]].rstrip(".") not in self.cue.titles:
            return None
        found = self.speaker_from_np(tail[0], tail[1], lo)
        return (*found, tail) if found is not None and found[1] == "person" else None

    def apposition(self, a: int, b: int, lo: int) -> Found | None:
        """The person a chunk of text is wholly the name of ("Joaquín Salcedo" between commas), or None."""
        if not (self.word[a] and self.texts[a][0].isupper()) or self.lows[a] in self.cue.determiners:
            return None
        if b - 1 > a and self.texts[b - 1] == ")":
            b = self.aside_opening(b - 1, a) or b  # "Jesús Marco (PP)": the party is no part of the name
        np = self.np_after(a, b, lo)
        if np is None or np[1] != b:
            return None
        found = self.speaker_from_np(np[0], np[1], lo)
        return (*found, np) if found is not None and found[1] == "person" else None

    def titled_apposition(self, a: int, b: int, lo: int, opening: bool = False) -> Found | None:
        """The person a chunk between commas names after a description in lower case: "meester Koen Wouters",
        "l'ingegnere strutturista Mauro Tessari" (not "a friend of John Smith", whose friend it is); with
        ``opening``, the chunk opens the sentence and its first word is capitalised ("Council member Teresa
        Alvarado")."""
        runs = self.cap_runs(a + opening, b, lo)
        if not runs or runs[-1][1] != b or not a + opening < runs[-1][0] <= a + 4:
            return None
        cue = self.cue
        described = range(a + opening, runs[-1][0])
        if any(not self.word[x] or not self.texts[x][:1].islower() or self.lows[x] in cue.of_words
               or (self.lows[x] in cue.stop_words and self.lows[x] not in cue.determiners)
               or self.lows[x].endswith("ing") for x in described):
            return None  # "addressing Cardinal Ottaviani": an action, not who the person is
        first = self.lows[a]
        if not (opening or first in cue.determiners or _ELIDED_ARTICLE.match(first) or first.rstrip(".") in cue.titles
                or self.lows[runs[-1][0] - 1].rstrip(".") in cue.titles):
            # a description opens with an article or a title ("l'ingegnere …", "meester Koen Wouters"), or ends with
            # a title right before the name ("retired engineer Colin Ashworth")
            return None
        name = self.name_of(runs[-1])
        return (*name, runs[-1]) if name[1] in ("person", "name") else None

    def incise(self, r: int, lo: int) -> Found | None:
        """The speaker a cue inside quotation region ``r`` names, set off by a comma as French sets it inside the
        guillemets: "« Nous ne disons pas que …, explique la professeure Sophie Lambotte. Nous disons … »", with an
        office before the name and where it was said after it ("…, écrit sa porte-parole, Odile Vergnaud, dans un
        message. … »")."""
        region = self.regions[r]
        scan = self.scan
        i = bisect.bisect_left(scan.cue_starts, region.start)
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < region.end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            k = bisect.bisect_left(self.starts, s)
            if phrase.kind != "verb" or k == 0 or self.texts[k - 1] != "," or e >= region.end:
                continue
            last = bisect.bisect_left(self.starts, e) - 1
            hi = next((x for x in range(last + 1, len(self.texts)) if self.texts[x] in (".", ";", "!", "?")
                       or self.region[x] != r), len(self.texts))
            saved = self.region[k:hi]
            self.region[k:hi] = [-1] * (hi - k)  # the incise is the writer's words, though inside the marks
            try:
                found = self.name_after(last + 1, hi, lo)
            finally:
                self.region[k:hi] = saved
            end = found[3][1] if found is not None else hi
            if found is not None and found[1] in ("person", "org", "name") and (
                    end == hi or self.texts[end] == "," or self.lows[end] in self.cue.after_inverted_source):
                return found
        return None

    def colon_intro(self, lo: int, colon: int) -> Found | None:
        """Who introduces a quotation with a colon and no reporting cue: a person named just before the colon
        after a comma ("Lo ha raccontato in aula la dirigente, Luisa Pegoraro: «…»"), else the subject of the
        words before it: a description with the name in apposition ("El presidente municipal, Héctor Iribe
        Castro, fue claro:", "Zijn advocaat, meester Koen Wouters, was kort:") or a name ("Mrs Whiteley put it
        bluntly:"), passing over asides in lower case ("…, one of the two no votes, …"). A heading ("Empty
        Promises Exposed:") has no predicate before the colon and is left to the rules for a name and a colon."""
        start = self.clause_start(colon, lo)
        runs = self.cap_runs(start, colon, lo)
        if (runs and runs[-1][1] == colon and runs[-1][0] > start and self.texts[runs[-1][0] - 1] == ","
                and self.scan.has_cue(self.starts[start], self.starts[colon])):  # (not "for his rival, Jane Doe:")
            name = self.name_of(runs[-1])
            if name[1] == "person":
                return (*name, runs[-1])
        chunks = self.comma_chunks(start, colon, closing=True)
        participle = -2
        for index, (a, b) in enumerate(chunks):
            if self.lows[a] in self.cue.writer_pronouns:
                return None  # "I responded:": the writer, whom the context names if anyone does
            pronoun = self.is_pronoun(a) and self.lows[a] not in self.cue.definite  # not Italian "il"
            if not self.word[a] or not (self.texts[a][:1].isupper() or pronoun):
                continue  # "who pushed for the change", "one of the two no votes"
            if self.participle_clause(a, b):
                participle = index  # "Speaking to reporters, …"
                continue
            if index == 0 and index + 1 < len(chunks) and self.time_opener(a, b):
                continue  # "Midweek, Erdogan exploded:"
            if (self.lows[a] in self.cue.stop_words and not pronoun) or (
                    participle == index - 1 and self.place_after_participle(a, b)) or (
                    index + 1 < len(chunks) and self.lows[a] in self.cue.place_prepositions and b - a > 1):
                continue  # "In court", "Speaking in Ankara, Turkey, …", "À Vaudrecourt-sur-Nied, …, le maire"
            np = (a, a + 1) if pronoun else self.np_after(a, b, lo)
            found = self.speaker_from_np(np[0], np[1], lo) if np else None
            if found is None or np is None:
                continue
            last = index == len(chunks) - 1
            if np[1] >= b:  # the chunk is the phrase: the subject, an aside or the predicate after it
                if last:
                    return None  # no predicate: a heading, or "Name:"
                if self.named_subject(found, np):
                    return (*found, np)
                named = self.named_apposition(*chunks[index + 1], lo)
                if named is None and found[1] == "unnamed":
                    return (*found, np)  # "Eine Rentnerin, die ich am Freitag traf, brachte es auf den Punkt:"
                return _with_titles(named, self.title_of(np)) if named is not None else None
            if last:  # "Mrs Whiteley put it bluntly"
                return (*found, np) if self.named_subject(found, np) else None
            named = self.titled_apposition(a, b, lo, opening=a == start) if self.texts[b - 1][:1].isupper() else None
            if named is not None:  # "Council member Teresa Alvarado, one of the two no votes, put it plainly"
                return named
            # a phrase before the subject: "Invitée à prendre la parole une dernière fois, Martine Delorme …"
        return None

    def comma_chunks(self, start: int, end: int, closing: bool = False) -> list[tuple[int, int]]:
        """The comma-separated stretches of tokens ``[start, end)`` outside quotations; with ``closing``, the
        stretch after the last comma too (before a colon it holds the predicate: "…, fue claro")."""
        chunks: list[tuple[int, int]] = []
        a = start
        for k in range(start, end + closing):
            if k == end or (self.texts[k] == "," and self.region[k] < 0):
                if k > a:
                    chunks.append((a, k))
                a = k + 1
        return chunks

    def participle_clause(self, a: int, b: int) -> bool:
        """A fronted participle's clause, which a subject follows: "Speaking to reporters", "Challenged about it"."""
        return (self.lows[a].endswith(("ing", "ed")) and b - a > 1 and self.word[a + 1]
                and not self.texts[a + 1][:1].isupper())

    def after_opening_participle(self, start: int, k: int) -> int:
        """Where the subject begins after a participle of one word and its comma opening the clause at ``start``
        ("Interrogé, l'entourage du ministre reste prudent et parle d'un « … »", "Contacted, the company declined
        and said …"): the word is no name the article knows, and an article follows."""
        if (start + 2 < k and self.texts[start + 1] == "," and self.texts[start][:1].isupper()
                and self.lows[start].endswith(("é", "ée", "és", "ées", "ed")) and len(self.lows[start]) > 4
                and self.lows[start] not in self.state.by_token and (
                    self.lows[start + 2] in self.cue.determiners or _elided(self.lows[start + 2]) > 0)
                and self.lows[start] not in self.cue.genders.given_names
                and not any(self.texts[x] == "," for x in range(start + 2, k))):
            return start + 2  # (not "André, le boulanger du village, a ouvert et a expliqué": a name, described)
        return start

    def place_after_participle(self, a: int, b: int) -> bool:
        """A one-word chunk after a participle's clause that names no one the article knows: the place that ends
        the clause ("Speaking in Ankara, Turkey, Pompeo said")."""
        return b - a == 1 and self.lows[a] not in self.state.by_token

    def named_apposition(self, a: int, b: int, lo: int) -> Found | None:
        """The person a chunk between commas names: wholly ("Joaquín Salcedo") or after a description in lower
        case ("l'ingegnere strutturista Mauro Tessari")."""
        return self.apposition(a, b, lo) or self.titled_apposition(a, b, lo)

    def named_subject(self, found: tuple[str, str, list[str]], np: tuple[int, int]) -> bool:
        """Whether a colon's subject names a source: a person or a body, or a name that is not a noun capitalised
        by its language ("Die Frage bleibt:"), its place ("Scripture puts it this way:", unless the article knows
        the word as someone's name) or another script's article ("Η κυβέρνηση")."""
        if found[1] in ("person", "org"):
            return True
        first = self.texts[np[0]]
        if found[1] != "name" or self.cue.language == "de" or not ("A" <= first[0] <= "Z" or "À" <= first[0] <= "Þ"):
            return False
        return np[1] - np[0] > 1 or self.lows[np[0]].removesuffix("'s") in self.state.by_token

    def title_of(self, np: tuple[int, int]) -> list[str]:
        """The title that heads a description ("The current Labour mayor"), as a list of none or one."""
        end = next((k for k in range(np[0] + 1, np[1]) if self.lows[k] in self.cue.of_words), np[1])  # "mayor of"
        if any(self.lows[k] in _NOT_THE_OFFICE or self.lows[k].startswith(("ex-", "vice-")) for k in range(np[0], end)):
            return []  # "the deputy mayor", "a former mayor": not the mayor
        head = self.lows[end - 1].rstrip(".")
        return [head] if head in self.cue.titles and not self.texts[end - 1][:1].isupper() else []

    def office_in(self, a: int, b: int, lo: int) -> list[str]:
        """The title a chunk between commas gives the person just named ("the mayor of Tower Hamlets",
        "a councillor"), if the chunk is such a description."""
        if not self.word[a] or (self.texts[a][0].isupper() and self.lows[a] not in self.cue.determiners):
            return []
        np = self.np_after(a, b, lo)
        return self.title_of(np) if np else []

    def named_after(self, x: int, hi: int, lo: int) -> Found | None:
        """The person named between commas right after a description that ends at token ``x``: "El alcalde
        de Aldehuela, Jesús Marco (PP), fue más allá y acusó …"."""
        if x >= hi or self.texts[x] != ",":
            return None
        comma = next((y for y in range(x + 1, hi) if self.texts[y] == ","), None)
        return self.apposition(x + 1, comma, lo) if comma is not None else None

    def name_after(self, k: int, hi: int, lo: int) -> Found | None:
        """The source after the cue: "…," said Ricardo Wong / added defense attorney Francisco Ugarte."""
        j = k
        while j < hi and not self.word[j] and self.texts[j] not in (",", ".", ";"):
            j += 1
        if j < hi and self.texts[j] == "," and self.region[j] < 0:
            # "« … », raconte, encore sous le choc, Jean-Marc Vercambre": an aside in lower case, then the source
            aside = next((x for x in range(j + 2, min(hi, j + 9)) if self.texts[x] == ","), None)
            if aside is not None and aside + 1 < hi and self.is_cap(aside + 1, lo) and all(
                    self.word[x] and not self.texts[x][:1].isupper() for x in range(j + 1, aside)):
                runs = self.cap_runs(aside + 1, hi, lo)  # the name must end the clause ("…, entre lágrimas,
                if runs and runs[0][0] == aside + 1 and (  # Madrid no es seguro" is no source)
                        runs[0][1] >= hi or self.texts[runs[0][1]] in (",", ".", ";")):
                    j = aside + 1
        if j < hi and self.lows[j] in self.cue.addressee and not self.article_not_addressee(j, hi, lo):
            # "a déclaré à la DCP le directeur du site"
            # The subject is the first article after it that follows no preposition: not "a la salida", "tras la
            # audiencia" ("declaró a la prensa a la salida" names no one), but "lamentaba ayer a la puerta del
            # centro una jubilada".
            cue = self.cue
            subject = next((x for x in range(j + 2, min(hi, j + 9)) if self.word[x] and (
                self.lows[x] in cue.determiners and self.lows[x] not in cue.addressee
                and self.lows[x - 1] not in cue.addressee
                and self.lows[x - 1] not in cue.of_words and self.lows[x - 1] not in cue.circumstance)), None)
            end = next((x for x in range(j + 1, hi) if not self.word[x]), hi)
            if subject is None or subject >= end:
                subject = self.given_name_after(j + 1, end, lo)  # "disse à Lusa João Costa": no article
            if subject is None or subject >= end:
                subject = self.name_after_addressee(j + 1, end, lo)  # "dijo a este medio Marcela Quiroga"
            if subject is not None and subject < end:
                j = subject
            elif end > j + 2 and all(not self.is_cap(x, lo) for x in range(j + 2, end)):
                return None  # "declaró a la prensa tras la audiencia": to whom, then when; no one else
        elif j + 1 < hi and _TO_THE.match(self.texts[j]) and self.is_cap(j, lo) and self.word[j + 1]:
            j += 1  # "ha detto all'Ansa Marco Rossi": "to" and its article written onto the addressee's name
        if j < hi and self.lows[j] in self.cue.circumstance:
            return None  # "declaró con la voz quebrada", "a déclaré pendant la suspension": how, not who
        if j >= hi or not self.word[j] or self.region[j] >= 0:
            return None
        if self.is_pronoun(j) and not (j + 1 < hi and self.word[j + 1] and self.lows[j] in self.cue.definite):
            # "…," said he. (but not "saying it was …"; "il procuratore" is the Italian article, not French "il")
            if j + 1 < hi and self.word[j + 1]:
                return None
            return (*self.resolve_at(j), (j, j + 1))
        described = self.described_name_after(j, hi, lo)
        if described is not None:
            return described
        np = self.np_after(j, hi, lo)
        found = self.speaker_from_np(np[0], np[1], lo) if np else None
        named = found is not None and np is not None and found[1] in ("person", "name", "org") and (
            found[0] == self.words_text(*np) or self.is_cap(np[0], lo))
        if np and not named and (found or self.lows[np[0]] in self.cue.determiners):  # ("sa directrice générale,
            # Sonia Ferrand": an office no list knows whole)
            after = np[1]
            if after + 1 < hi and self.lows[after] in self.cue.of_words:
                body = self.name_runs(after + 1, hi, lo)  # "el jefe de guardia del Consorcio de Extinción de
                if body and body[0][0] <= after + 2:  # Incendios y Salvamento, Andrés Pagán": what the office heads
                    after = body[0][1]
            comma = next((x for x in range(after, min(hi, after + 6)) if self.texts[x] == ","), -1)
            # "le directeur du site, M. Patrice Lemaire", "il portavoce, Giorgio Lanfranchi": the name in apposition
            if comma > 0 and comma + 1 < hi and self.is_cap(comma + 1, lo):
                runs = self.cap_runs(comma + 1, hi, lo)
                if runs and runs[0][0] == comma + 1 and (runs[0][1] >= hi or not self.word[runs[0][1]]):
                    name = self.name_of(runs[0])
                    if name[1] in ("person", "name"):
                        return _with_titles((*name, runs[0]), self.title_of(np))
        if (found is not None and np is not None and found[1] == "unnamed"
                and self.bare(np[1] - 1) in self.cue.documents):
            # "…," said a statement from Acme Corporation / read a statement issued by the press secretary
            by = np[1] + (np[1] < hi and self.lows[np[1]] in self.cue.document_verbs)
            author = self.document_author(by, hi, lo)
            if author is not None and author[1] in ("person", "org", "name") and author[0][:1].isupper():
                # (not "a statement from the scene")
                owner = self.np_after(by + 1, hi, lo)
                return (*author, (np[0], owner[1] if owner is not None else np[1]))
        if found is None and np is not None and self.plural_people_after(*np):
            return "unnamed", "unnamed", [], np  # "…, expliquent les pêcheurs": people no list knows, not named
        if found and np and found[1] == "person" and np[1] + 1 < hi and self.texts[np[1]] == ",":
            end = next((x for x in range(np[1] + 1, hi) if self.texts[x] in (",", ".", ";")), hi)
            office = self.office_in(np[1] + 1, end, lo)  # "a déclaré Mathieu Garnier, directeur de la régie": "le
            if office:  # directeur" later is him
                return _with_titles((*found, np), office)
        return (*found, np) if found and np else None

    def plural_people_after(self, k: int, j: int) -> bool:
        """Whether ``[k, j)`` is a plural article and a plain plural noun that may be people, the source after
        its verb ("…, racontent les habitants", "…, explicaban los pescadores")."""
        cue = self.cue
        if j - k != 2 or self.lows[k] not in cue.plural_articles or not self.plain_noun(k + 1):
            return False
        low = self.lows[k + 1]
        return low.endswith(cue.plural_noun_endings) and not self.names_a_thing(low)

    def names_a_thing(self, low: str) -> bool:
        """Whether a noun is a document, a finding or a noun no one speaks through: no people ("Los datos
        indican", "…, indiquent les images", "Selon les cas")."""
        cue = self.cue
        return low in cue.documents or low in cue.finding_nouns or low in cue.not_sources or low in cue.of_words

    def described_name_after(self, j: int, hi: int, lo: int) -> Found | None:
        """A person after the cue with what they do before their name, in words no list holds: "said ecologist
        Sietske Brouwer", "zegt bioloog Sietske Brouwer" (one or two lower-case words), German "sagt Ökologin
        Sietske Brouwer" (one capitalised noun). The name opens with a common given name and ends the clause;
        what they do becomes a title the article may call them by later ("the ecologist")."""
        cue = self.cue
        given = cue.genders.given_names
        x = j
        noun = j + 1 if self.lows[j] in cue.definite else j  # German capitalises it, after an article or none
        if cue.verb_second and noun < hi and self.word[noun] and self.texts[noun][:1].isupper() and (
                self.lows[noun] not in given and self.lows[noun] not in cue.titles):  # ("sagt Landrat Peter Müller"
            x = noun + 1  # is read as a title already)
        elif self.texts[j].islower():
            while x < hi and x < j + 2 and self.word[x] and self.texts[x].islower() and not self.function_word(x):
                x += 1
        if x == j or x >= hi or not self.word[x] or self.lows[x] not in given or not self.is_cap(x, lo):
            return None
        runs = self.cap_runs(x, hi, lo)
        if not runs or runs[0][0] != x or runs[0][1] - x < 2 or (
                runs[0][1] < hi and self.texts[runs[0][1]] not in (",", ".", ";")):
            return None
        name = self.name_of(runs[0])
        if name[1] not in ("person", "name"):
            return None
        return _with_titles((*name, runs[0]), [self.lows[x - 1]])

    def function_word(self, x: int) -> bool:
        """Whether token ``x`` is a word of the grammar or of the cues, not one that says what someone does."""
        low, cue = self.lows[x], self.cue
        return (low in cue.stop_words or low in cue.determiners or low in cue.of_words or low in cue.circumstance
                or low in cue.addressee or _cue_word(cue, low))

    def given_name_after(self, a: int, b: int, lo: int) -> int | None:
        """The first common given name in the capitalised words from token ``a`` (before ``b``) that follows
        another capitalised word: where a person's name starts after the name of whom they spoke to ("à Lusa
        João Costa", "a Efe Juan Pérez")."""
        given = self.cue.genders.given_names
        for x in range(a + 1, b):
            if not (self.word[x] and self.is_cap(x, lo) and self.is_cap(x - 1, lo)):
                return None
            if self.lows[x] in given:
                return x
        return None

    def name_after_addressee(self, a: int, b: int, lo: int) -> int | None:
        """Where a name starts right after whom the source spoke to, up to four words in lower case from token
        ``a`` (before ``b``): "dijo a este medio Marcela Quiroga", "a déclaré à la presse locale Jean Dupont"; not
        "declaró a la prensa tras la audiencia" (no name follows), nor "dijo a la jueza María López" (whom she told:
        a title before the name)."""
        x = a
        while x < b and x <= a + 3 and self.word[x] and self.texts[x].islower() and (
                self.lows[x] not in self.cue.circumstance and self.lows[x] not in self.cue.addressee):
            x += 1
        return x if a + 1 < x < b and self.word[x] and self.is_cap(x, lo) and (
            self.lows[x - 1] not in self.cue.titles) else None

    def article_not_addressee(self, j: int, hi: int, lo: int) -> bool:
        """Whether the word at token ``j``, one that may say to whom ("a"), is the article of the source instead:
        Portuguese "a" is both ("disse a Marinha", "anunciou a fundação"; but "contou a jornalistas", "disse a um
        jornal", "a cada família", "a rir")."""
        after = j + 1
        if self.lows[j] not in self.cue.definite or after >= hi or not self.word[after]:
            return False
        if self.is_cap(after, lo):
            return True
        low = self.lows[after]
        return not (_plural(low) or low in self.cue.determiners or low in _NOT_AN_ARTICLE_NOUN
                    or low.endswith(("ar", "er", "ir", "or")))

    def said_at(self, last: int, hi: int, lo: int) -> Found | None:
        """The body an agentless cue ending at token ``last`` says it was said at: "hieß es bei der WLV", "hieß es
        aus dem Gemeindeamt", "rappelle-t-on à la chambre d'agriculture"; a body only, since "at" a place ("heißt
        es in Berlin") or with unnamed people ("auprès de ses proches") names no source."""
        said_at = self.cue.said_at
        j = last if self.lows[last] in said_at else last + 1
        if j >= hi or self.lows[j] not in said_at:
            return None
        j += 1
        if j < hi and self.lows[j - 1] == "auprès" and self.lows[j] == "de":
            j += 1  # "auprès de la préfecture" ("auprès du ministère": "du" is the article)
        found = self.source_after(j, hi, lo) if j < hi else None
        head = j + (j < hi and self.lows[j] in self.cue.determiners)
        if head < hi and self.bare(head) in self.cue.institutions and found is not None and found[3][1] > head + 1:
            # "à la chambre d'agriculture de Bretagne": the institution with the place it serves
            end = found[3][1]
            return self.words_text(head, end)[_elided(self.lows[head]) :], "org", [], (head, end)
        return found if found is not None and found[1] == "org" else None

    def declares_itself(self, k: int, last: int, a: int, b: int) -> Found | None:
        """The subject of Italian "si dice" at ``[k, last]`` where it is "declares himself", not "it is said": after
        a subject and before what it calls itself ("Davide Lolli, si dice «pronto …»", "Il sindaco si dice
        soddisfatto"); not "La giunta, si dice, potrebbe …", "Tra gli abbonati si dice che …", nor after a place
        ("A Roma si dice spesso")."""
        lows, cue = self.lows, self.cue
        if (lows[k] != "si" or k == a or last != k + 1 or last + 1 >= b or self.texts[last + 1] == ","
                or lows[last + 1] in cue.relatives):
            return None
        subject = self.subject_before(k, a)
        if subject is None or subject[1] not in ("person", "name", "org", "description", "title"):
            return None
        ahead = subject[3][0] - 1
        if any(x >= a and (lows[x] in cue.place_prepositions or lows[x] in cue.of_words) for x in (ahead, ahead + 1)):
            return None  # "A Roma si dice": where, not who
        return subject

    def own_account_source(self, k: int, last: int, lo: int, hi: int) -> Found | None:
        """Whose "own account" the cue at ``[k, last]`` cites: the clause's subject. "Een metaalbedrijf … haalt
        naar eigen zeggen 60 procent …" is the firm's (unnamed); "Nach eigenen Angaben hat die Firma …", with the
        cue first, the subject after the verb that follows it; "…, der nach eigenen Angaben betrunken war" the
        relative clause's antecedent; "nach eigenen Angaben der Polizei", "van de politie": the source named."""
        cue = self.cue
        after = last + 1
        if after + 1 < hi and (self.lows[after] in cue.of_words or (
                cue.language == "de" and self.lows[after] in ("der", "des"))):
            named = self.source_after(after + (self.lows[after] in cue.of_words), hi, lo)
            if named is not None:
                return named
        start = self.first_content(self.clause_start(k, lo), k)
        relative = next((r for r in range(k - 1, start, -1)
                         if self.texts[r - 1] == "," and self.lows[r] in cue.relatives), None)
        np: tuple[int, int] | None
        if relative is not None:  # "den Mann fest, der nach eigenen Angaben …": the man
            end = relative - 2
            while end > start and end > relative - 4 and self.word[end] and self.texts[end].islower():
                end -= 1  # a verb's particle closing the main clause ("fest", "op")
            np = self.np_before(end, lo) if end >= lo else None
        elif k - 2 > start and self.texts[k - 1] == "," and self.lows[k - 2] in _AND_WORDS:
            # "The company has spent six years and, by its own account, $140 million": the clause's subject
            np = self.np_after(start, k - 2, lo)
        elif k - 1 > lo and self.texts[k - 1] == ",":  # "In 2020 Acme, by its own account, lost"
            np = self.np_before(k - 2, lo)
        elif k - 1 > start and self.word[k - 1] and self.is_cap(k - 1, lo):  # "Heute beschäftigt Siemens nach …"
            np = self.np_before(k - 1, lo)
        elif k - 1 > start and self.word[k - 1]:  # "Die Firma beschäftigt nach eigenen Angaben": the verb's subject
            # as a reporting verb's is found (German: its own subject rules, "Ein Zulieferer aus Eisingen")
            found = (self.german_subject(k - 1, lo, hi) or self.german_noun_as_name(self.subject_before(k - 1, lo), lo)
                     if cue.verb_second else self.subject_before(k - 1, lo))
            if found is None or found[3][1] > k - 1 or (not self.is_cap(found[3][1] - 1, lo) and found[1] != "unnamed"):
                return None  # not the verb itself ("Het gaat naar eigen zeggen goed"), nor a lower-case word
            return found
        elif start == k:  # the cue opens the clause: "By its own account Acme …", "Nach eigenen Angaben hat die …"
            begin = after + (after < hi and self.texts[after] == ",")
            subject = begin + (cue.language in ("de", "nl"))
            if subject < hi and self.lows[subject] in _HE and self.region[subject] < 0:
                # "Nach eigenen Angaben wollte er …" (not "sie", which is a firm as often as a woman)
                return (*self.resolve_at(subject), (subject, subject + 1))
            np = self.np_after(subject, hi, lo)
        else:
            return None
        speaker = self.speaker_from_np(np[0], np[1], lo) if np is not None else None
        return (*speaker, np) if speaker is not None and np is not None else None

    def source_before(self, k: int, lo: int) -> Found | None:
        """The source before a postposed "according to" ("Dem Statistischen Bundesamt zufolge"); in "Schätzungen
        der Kämmerei zufolge" the genitive's, since estimates do not speak."""
        c = self.first_content(self.clause_start(k, lo), k)
        found = self.german_np(c, k, lo)
        if found is not None:
            return found
        genitive = next((z for z in range(c + 1, k) if self.lows[z] in ("der", "des")), None)
        if genitive is None:
            return None
        found = self.german_np(genitive, k, lo)
        caps = [z for z in range(genitive + 1, k) if self.word[z] and self.texts[z][0].isupper()]
        if found is None and caps:  # "der Kämmerei": an office no list knows, named by its noun
            return self.words_text(caps[0], caps[-1] + 1), "org", [], (genitive, k)
        return found

    def cites_no_one(self, x: int, k: int, j: int) -> bool:
        """Whether token ``x`` of the phrase ``[k, j)`` after "according to" is a noun no one speaks through that
        heads it ("selon les cas", "selon les cas de figure", "laut Gesetz", "gemäss Artikel 5"): in German any
        such noun, as every noun is capitalised; elsewhere one in lower case, not part of a name ("the National
        Weather Service", "segundo o Dia"), of a complement ("selon le responsable de la météo") or a word
        modifying the next ("according to season ticket holders")."""
        if self.lows[x] not in self.cue.not_sources:
            return False
        if self.cue.language == "de":
            return True
        if any(self.lows[y] in self.cue.of_words for y in range(k, x)):
            return False
        following = x + 1
        return self.texts[x][:1].islower() and (
            following >= j or not self.word[following] or not self.texts[following][:1].islower()
            or self.lows[following] in self.cue.of_words or self.lows[following] in self.cue.stop_words)

    def source_after(self, k: int, hi: int, lo: int) -> Found | None:
        """The source after "according to": its name, else the kind of source."""
        if k < hi and self.verb_at(k):
            return None  # "Según dijo, …": "as (he) said", the verb is the cue
        if k < hi and self.lows[k] in self.cue.pronouns and (k + 1 >= hi or not self.word[k + 1]):
            return (*self.resolve_at(k), (k, k + 1))  # "Selon elle, …" ("elle" stops a name)
        j = k
        while j < min(hi, k + 10):
            low = self.lows[j]
            if (self.texts[j] == "." and j > k and self.abbreviation(j - 1)
                    and j + 1 < hi and self.word[j + 1]):
                j += 1  # "Selon M. Lemaire", "laut Dr. Vogt"
                continue
            if self.region[j] >= 0 or self.texts[j] in (",", ".", ";", ":", ")", "(", "—", "–"):
                break
            if j > k and self.joins_fields(j, hi, lo):
                j += 1  # "according to the Department of Health and Human Services"
                continue
            if (low in self.cue.stop_words and low not in ("in", "of", "at", "from") and low not in self.cue.of_words
                    and not self.named_function_word(j, k, lo)):
                break
            if low in _TIME_WORDS and j > k and not self.texts[j].isupper():  # (not "USA TODAY")
                break  # "Dat maakte de politie woensdag bekend"
            if self.cue.language == "nl" and j > k and self.texts[j].islower() and low not in self.cue.of_words and (
                    self.head_noun(j - 1) or self.lows[j - 1] in self.cue.org_words
                    or (len(self.lows[j - 1]) > 6 and self.lows[j - 1].endswith(self.cue.institution_endings))):
                break  # "Volgens het waterschap komt dat …": the verb after the source, which Dutch does not mark
            if (j > k + 1 and low in self.cue.indefinite and low not in self.cue.definite
                    and self.lows[j - 1] not in self.cue.of_words and self.lows[j - 1] not in self.cue.determiners):
                break  # "volgens de jaarrekening een verlies van …": an indefinite article starts the next phrase
            j += 1
        if j <= k or any(self.cites_no_one(x, k, j) for x in range(k, j)):
            return None  # "laut Gesetz", "selon les cas"; not "according to the weather service", "segundo o Dia"
        given = self.given_by(k, j, hi, lo)
        if given is not None:
            return given
        if self.own_outlet(k, j):
            return "unnamed", "unnamed", [], (k, j)  # "Nach Informationen dieser Zeitung": the outlet's sources
        if j < hi and self.texts[j] == "," and any(self.bare(x) in self.cue.titles for x in range(k, min(j, k + 3))):
            # An office, then its holder between commas: "Según el portavoz del sindicato de estibadores, Ramón
            # Cifuentes,", "Secondo il direttore del servizio viabilità della Provincia, l'ingegnere Paolo Gentili,"
            # (whatever body the office's words would name)
            holder = self.apposed_name(j, hi, lo)
            if holder is not None:
                return holder
        runs = self.name_runs(k, j, lo)
        someone = self.unnamed_with_origin(k, j, runs) if runs else None
        if someone is not None:  # the capitals name no one, unless a name follows ("a spokeswoman, Jane Doe,")
            return self.apposed_name(j, hi, lo) or ("unnamed", "unnamed", [someone], (k, j))
        if runs and self.indefinite_person(k) and k + 1 < runs[0][0] and self.someones_noun(self.lows[k + 1]):
            # "D'après une source proche de l'ARS", "Según una fuente cercana al Ministerio": someone the name is
            # close to, not the body named
            return self.apposed_name(j, hi, lo) or ("unnamed", "unnamed", [self.lows[k + 1]], (k, j))
        if runs and runs[0][1] - runs[0][0] == 1 and self.lows[runs[0][0]] in self.cue.documents:
            j = runs[0][1]  # German "Laut Anklage …": the document, whose author speaks
            runs = []
        if runs and runs[0] == (k + (self.lows[k] in self.cue.determiners), runs[0][0] + 1) and (
                self.german_institution(runs[0][0])):  # "laut Unternehmen", "nach Angaben des Landkreises": a noun
            noun = self.speaker_from_np(k, runs[0][1], lo)
            if noun is not None:
                return (*noun, (k, runs[0][1]))
        if runs and self.described_before(runs[0][0], k):  # "according to the mayor of Boston": the mayor
            found = self.speaker_from_np(k, j, lo)
            if found is not None:
                holder = self.apposed_name(j, hi, lo) if found[1] == "description" else None
                return holder or (*found, (k, j))
        if runs and (kind_named := self.kind_named(runs[0], k)) is not None:
            return kind_named, "org", [], (runs[0][0] - 1, runs[0][1])  # "Volgens de gemeente Utrecht"
        if runs:
            name, kind, titles = self.name_of(runs[0])
            end = runs[0][1]
            if end < j and self.lows[end] in self.cue.institutions:
                name, kind = self.words_text(runs[0][0], end + 1), "org"
            longer = self.org_name_end(runs[0][0], j, lo)
            if longer > end:  # "Selon l'Ordre des médecins"
                name = self.name_text(runs[0][0], longer)
                kind, titles, end = "org", [], longer
            return name, kind, titles, (runs[0][0], end)
        found = self.speaker_from_np(k, j, lo)
        if found is not None:
            # "Según el presidente, Julián Sevilla, la obra …", "according to a spokeswoman, Jane Doe, …": the holder
            head = self.lows[j - 1]
            person = head in self.cue.titles or head in self.cue.person_nouns or (
                head in self.cue.unnamed and head not in self.cue.documents and not _plural(head))
            one = (found[1] == "description" or found[1] == "unnamed") and j - k <= 3 and person
            holder = self.apposed_name(j, hi, lo) if one else None
            return holder or (*found, (k, j))
        if any(self.lows[x] in self.cue.documents or self.lows[x] in self.cue.unnamed for x in range(k, j)):
            return "unnamed", "unnamed", [], (k, j)  # "according to the latest reports"
        if self.plural_people_after(k, j):
            return "unnamed", "unnamed", [], (k, j)  # "Selon les syndicats", "d'après les archéologues": not named
        if j - k <= 6 and self.word[j - 1]:  # "selon le ministère de l'Intérieur"
            return self.words_text(k, j), "description", [], (k, j)
        return None

    def given_by(self, k: int, j: int, hi: int, lo: int) -> Found | None:
        """The agent of material "according to" cites, a few words after its source's first ``[k, j)``: "according
        to documents released by the FBI", "according to links and information shared by Thomas Wictor"; not
        "according to a woman interviewed by the BBC", who is the source, nor "according to a copy of the plan
        obtained by the Washington Free Beacon", which did not write it."""
        lows = self.lows
        by = next((m for m in range(j, min(hi - 1, j + 6)) if lows[m] == "by"), None)
        if by is None or by - 1 <= k or not lows[by - 1].endswith("ed") or lows[by - 1] in _HANDED_TO or any(
                not self.word[x] or not self.texts[x].islower() for x in range(k, by)):
            return None
        head = by - 2
        while head > k and lows[head].endswith("ly"):
            head -= 1  # "the timeline recently updated by"
        cue = self.cue
        if not (_listed_noun(lows[head], cue.documents) or _listed_noun(lows[head], cue.finding_nouns)):
            return None  # "soldiers interviewed by the BBC", "the group backed by Iran": the source itself
        np = self.np_after(by + 1, hi, lo)
        agent = self.speaker_from_np(np[0], np[1], lo) if np is not None else None
        if agent is None or np is None or agent[1] not in ("person", "org", "name"):
            return None  # "according to a study led by researchers at Leeds": the study, whom the article may name
        return (*agent, np)

    def apposed_name(self, j: int, hi: int, lo: int) -> Found | None:
        """The person named between commas from token ``j`` on, who holds the office described before it: "according
        to the mayor of Boston, Michelle Wu, …" ("Selon le maire, Jean Dupont a menti" has no second comma)."""
        if j + 1 >= hi or self.texts[j] != ",":
            return None
        runs = self.cap_runs(j + 1, hi, lo)
        if runs and runs[0][0] != j + 1 and runs[0][1] < hi and self.texts[runs[0][1]] == ",":
            # "Segundo o comandante distrital de Viseu, o tenente-coronel Rui Abrantes, …": the name with its title,
            # when the sentence goes on with a clause of its own (not "…, o ministro João Costa, de 45 anos, foi
            # ferido" nor "…, que visitó la zona, …": what is said is about him)
            after = runs[0][1] + 1
            if after < hi and (self.lows[after] in self.cue.relatives or self.lows[after] in self.cue.of_words
                               or self.lows[after][:1].isdigit()):
                return None
            titled = self.titled_apposition(j + 1, runs[0][1], lo)
            return titled if titled is not None and titled[1] == "person" else None
        if not runs or runs[0][0] != j + 1 or runs[0][1] >= hi or self.texts[runs[0][1]] != ",":
            return None
        end = runs[0][1]
        if end + 1 < hi and self.lows[end + 1] in self.cue.indefinite:
            return None  # "According to a witness, Tom Brown, a lobbyist, hid …": Brown is described, not the witness
        name, kind, titles = self.name_of(runs[0])
        return (name, kind, titles, runs[0]) if kind == "person" else None

    def described_before(self, x: int, k: int) -> bool:
        """Whether the name at token ``x`` is what a title or an institution's noun is "of", from token ``k`` on:
        "the mayor of Boston", "le ministère de l'Intérieur", "la chambre d'agriculture de Côte-d'Or", "il
        presidente dell'Inps" (the technicians or the spokesman of an organisation speak for it: "i tecnici della
        Provincia di Parma" is the province, as the reference labelling has it)."""
        if self.of_elided(x):
            of = x  # the "of" written into the name: the noun it belongs to is right before it
        else:
            of = x - 1
            while of > k and self.lows[of] in self.cue.definite and self.texts[of].islower():
                of -= 1
            if of <= k or not self.of_a_name(of):
                return False
        cue = self.cue
        adjectives = False
        for holder in range(of - 1, max(k, of - 4) - 1, -1):  # "la chambre d'agriculture de Côte-d'Or"
            low = self.lows[holder]
            if not self.word[holder] or not self.texts[holder].islower() or low in cue.determiners:
                return False
            if low in cue.titles or low in cue.head_titles:
                return True
            if not adjectives and (low in cue.institutions or low in cue.org_words):
                return True
            if not self.elided_noun(holder):
                if low in cue.stop_words or not self.plain_noun(holder):
                    return False
                adjectives = True  # a title's adjective before its "of": "o comandante distrital de Viseu"
        return False

    def find_attribution(self, a: int, b: int) -> Attribution | None:
        """The first reporting cue in the words ``[a, b)`` that has a source."""
        if a >= b:
            return None
        scan = self.scan
        start, end = self.starts[a], self.end(b - 1)
        modal: Attribution | None = None
        according: Attribution | None = None
        hearsay: Attribution | None = None  # a Konjunktiv or a conditional: only if no cue names a source
        i = bisect.bisect_left(scan.cue_starts, start)
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            if e > end or (self.regions and scan.quoted(s) >= 0):
                continue
            k = bisect.bisect_left(self.starts, s)
            last = bisect.bisect_left(self.starts, e) - 1
            found = self.attribute(phrase, k, last, a, b)
            if found is not None and phrase.kind in _HEARSAY_KINDS:
                hearsay = hearsay or found
                continue
            if found is not None:
                if found.according and according is None:
                    according = found  # "According to Fox News, Saucier's lawsuit alleges …": the lawsuit's
                    continue
                if according is not None and (found.modal or found.speaker_kind not in ("person", "org", "name")):
                    continue
                if not found.modal:
                    named = found.speaker_tokens is not None and found.speaker_kind in ("person", "name") and (
                        self.is_cap(found.speaker_tokens[0], a) or self.is_cap(found.speaker_tokens[1] - 1, a))
                    if not named and phrase.kind == "unsourced":  # "It is understood that …, according to the BBC"
                        return self.closing_attribution(i, end, a, b) or self.later_according(i, end, a, b) or found
                    if found.speaker_kind == "unnamed" and found.speaker_tokens is None:
                        # An agentless passive ("had been accused of “…,” Gowdy said"): a later cue naming its
                        # source reports the whole sentence, the passive included.
                        return self.closing_attribution(i, end, a, b) or self.later_named(i, end, a, b) or found
                    nested = self.nested_source(found, i, end, b) if found.speaker_tokens is not None else None
                    if nested is not None:
                        return nested
                    if named or (found.speaker_kind == "unnamed" and self.reported_follows(found.last, b)):
                        return found  # ("Die Winzer sagten, Hans Maier habe …": a cue of the words reported)
                    return self.closing_attribution(i, end, a, b) or found
                modal = modal or found
        return according or modal or hearsay

    def view_opening(self, cue_text: str, k: int, last: int, a: int, b: int) -> Attribution | None:
        """A sentence opened by "Pour" (words ``k`` to ``last``), a person and a comma: "Pour Julien Cattin,
        analyste chez Rambert Finance, le groupe « … »", "Pour le Pr Jean-Marc Lefèvre, …", "Para o técnico
        Wellington Soares, …", or the office and its holder: "Pour le délégué du SLFP, Karim Bensaïd : « … »".
        Only where the sentence has no other cue (its verb names the speaker: "Per Mario Rossi, il sindaco ha
        detto …"), and only a person: an office before the name or a description after it, or a title; not
        "Pour le Nouvel An, …", "Para Semana Santa, …" or "Pour Los Angeles, …"."""
        scan, cue, lows = self.scan, self.cue, self.lows
        if scan.has_cue(self.end(last), self.end(b - 1)):
            return None
        comma = last + 1
        holder = self.cap_runs(comma + 1, min(b, comma + 8), a) if comma < b and self.texts[comma] == "," else []
        if holder and holder[0][0] == comma + 1 and holder[0][1] - holder[0][0] >= 2 and holder[0][1] < b and (
                self.texts[holder[0][1]] in (",", ":")):
            run = holder[0]
        else:
            known = self.view_holder_known(k + 1, last + 1)
            if known is not None:
                return Attribution(cue_text, k, last, known[0], known[1], (k + 1, last + 1), titles=known[2])
            runs = self.cap_runs(k + 1, last + 1, a)
            if not runs or runs[0][1] - runs[0][0] < 2:
                return None
            run = runs[0]
            before = lows[run[0] - 1]
            office = run[0] - 1 > k and self.word[run[0] - 1] and not self.texts[run[0] - 1][:1].isupper() and (
                before not in cue.determiners and before not in cue.of_words)
            titled = _norm(self.texts[run[0]]).rstrip(".") in cue.titles
            after = lows[comma + 1] if comma + 1 < b and self.word[comma + 1] else ""
            described = bool(after) and not self.texts[comma + 1][:1].isupper() and after not in cue.determiners
            if not (office or titled or described):
                return None
        name, kind, titles = self.name_of(run)
        return Attribution(cue_text, k, last, name, kind, run, titles=titles)

    def view_holder_known(self, a: int, b: int) -> tuple[str, str, list[str]] | None:
        """Whose view "Pour lui, …", "Per lei, …", "Para la ministra, …" gives (the words ``[a, b)`` between the
        opener and the comma): the person a third-person pronoun means, or the holder of a title the article gave
        a name to ("la ministre Anne Martin" before); else None, as for "Pour la suite, …". (Not every noun phrase
        speaker_from_np reads as a person: "Pour le Nouvel An", "Pour Los Angeles" are none.)"""
        cue = self.cue
        if b - a == 1 and self.lows[a] in cue.third_person_singular:
            found = self.resolve_at(a)
            return found if found[1] == "person" else None
        if b - a == 2 and self.lows[a] in cue.definite:
            title = self.lows[a + 1].rstrip(".")
        elif b - a == 1 and (elided := self.elided_noun(a)):
            title = elided  # "Pour l'avocate, …"
        else:
            return None
        holder = self.state.by_title.get(title) if title in cue.titles else None
        return (holder, "person", [title]) if holder else None

    def nested_source(self, outer: Attribution, i: int, end: int, b: int) -> Attribution | None:
        """The source a source reports, named right after its "that": "The Miami Herald reported that Supervisor
        of Elections Mark Andersen said …", "The BBC adds that the WHO said …" are Andersen's and the WHO's words,
        as the devset's references read them (not "… reported that he said", the outer source's own)."""
        that = self.after_time(outer.last + 1, b)  # "reported last month that"
        while that < b and that - outer.last <= 3 and (self.lows[that] == "on" or (
                self.lows[that].endswith("ly") and self.word[that])):
            that = self.after_time(that + 1, b)  # "reported on Monday that", "reported recently that"
        if that + 1 >= b or self.lows[that] not in self.cue.nested_that:
            return None
        subject = that + 1
        while subject < b and self.lows[subject] in self.cue.determiners:
            subject += 1
        if subject >= b or self.lows[subject] in self.cue.pronouns or self.lows[subject] in _FIRST_PERSON:
            return None  # "that he said": the outer source's own words
        scan = self.scan
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            k = bisect.bisect_left(self.starts, s)
            if k <= subject or e > end or phrase.kind != "verb" or (self.regions and scan.quoted(s) >= 0):
                continue
            if self.lows[k] not in self.cue.nested_verbs:
                return None  # "that Congress asked the administration": an act reported, not words
            if k - that > 12 or any(self.texts[x] in (",", ";", ":") for x in range(that, k)):
                return None
            inner = self.attribute(phrase, k, bisect.bisect_left(self.starts, e) - 1, that + 1, b)
            if inner is None or inner.modal or inner.speaker_tokens is None:
                return None
            if inner.speaker_kind == "unnamed" and outer.speaker_kind != "org":
                return None  # "Ann Roe said that a neighbour told her …": hers; an outlet's unnamed source is its
            if self.lows[inner.speaker_tokens[0]].removesuffix("'s") in _TIME_WORDS:
                return None  # "that Thursday's statement said": no one
            # (the subject may open with a short description: "that port chairman Desmond Arlott said")
            first, last = inner.speaker_tokens
            right_before_verb = that < first <= max(subject, that + 3) and last == k
            if not right_before_verb or inner.speaker_kind not in ("person", "name", "org", "unnamed"):
                return None  # "that Manafort's visit was not logged and cited a source": not the verb's subject
            return inner
        return None

    def later_named(self, i: int, end: int, a: int, b: int) -> Attribution | None:
        """A verb among the cue hits from ``i`` on whose source is a name: who reports what an agentless passive
        before it tells."""
        scan = self.scan
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            if phrase.kind != "verb" or e > end or (self.regions and scan.quoted(s) >= 0):
                continue
            k = bisect.bisect_left(self.starts, s)
            found = self.attribute(phrase, k, bisect.bisect_left(self.starts, e) - 1, a, b)
            if found is None or found.modal or found.speaker_tokens is None:
                continue
            first = found.speaker_tokens[0]
            after_mark = first > a and (self.texts[first - 1] == "," or self.region[first - 1] >= 0)
            if found.speaker_kind in ("person", "name", "org") and after_mark and self.is_cap(first, a):
                return found  # "…,” Gowdy said"; not a sentence's first word ("Another council member, …, told me")
                # nor a clause's ("… on the day Tesla announced …", "…, and Jones said no")
        return None

    def later_according(self, i: int, end: int, a: int, b: int) -> Attribution | None:
        """An "according to" among the cue hits from ``i`` on that names its source: it names who holds what an
        agentless cue before it reports ("Il est admis que …, selon la préfecture")."""
        scan = self.scan
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            if phrase.kind != "according" or e > end or (self.regions and scan.quoted(s) >= 0):
                continue
            found = self.attribute(phrase, bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e) - 1,
                                   a, b)
            if found is not None and found.speaker_kind in ("person", "org", "name"):
                return found
        return None

    def closing_attribution(self, i: int, end: int, a: int, b: int) -> Attribution | None:
        """A cue after the sentence's last comma that is only its source and verb ("The suspect denied the
        charges, police said on Monday", "…, meldt de politie"): it reports the whole sentence, an earlier
        cue included, so it names the speaker; not when the earlier cue named its own ("Mary Jones said …,
        she told reporters", "John Smith said …, Mary Jones agreed"). Cue hits from ``i`` on are the later
        ones."""
        scan = self.scan
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            if e > end or (self.regions and scan.quoted(s) >= 0) or phrase.kind not in ("verb", "after_comma"):
                continue
            k = bisect.bisect_left(self.starts, s)
            last = bisect.bisect_left(self.starts, e) - 1
            comma = next((x for x in range(k - 1, max(a, k - 6) - 1, -1) if self.texts[x] == ","), -1)
            if comma <= a or self.region[comma] >= 0 or self.region[comma - 1] >= 0 or (
                    comma + 1 < b and self.lows[comma + 1] in _CLAUSE_OPENERS | self.cue.clause_links):
                continue
            if any(self.texts[x] in (",", ";", ":") or self.region[x] >= 0 for x in range(comma + 1, b)):
                continue
            found = self.attribute(phrase, k, last, a, b)
            if found is None or found.speaker_tokens is None or (
                    found.speaker_kind not in ("person", "org", "name", "unnamed")):
                continue
            source = range(*found.speaker_tokens)
            rest = [x for x in range(comma + 1, b) if self.word[x] and x not in source and not k <= x <= last
                    and self.lows[x] not in _TIME_WORDS and self.lows[x] not in self.cue.determiners
                    and self.lows[x] not in self.cue.skip_before_verb]
            if len(rest) <= 2:
                return found
        return None

    def attribute(self, phrase: Phrase, k: int, last: int, a: int, b: int) -> Attribution | None:
        """The attribution a cue makes, or None when it has no source (then it is no cue). A verb that reports
        only words in marks ("spoke of a “witch hunt”") reports nothing without them ("defended the bill", "parle
        de son enfance"), nor for no one ("it's still labeled as “potentially hazardous”": the author's marks)."""
        if phrase.text not in self.cue.quoting_verbs:  # (their entries' text is their key: see ``cues``)
            return self.cue_attribution(phrase, k, last, a, b)
        if self.right_after_quotation(k, a):
            return self.cue_attribution(phrase, k, last, a, b)  # "« … », juge Alain Stéphan": the words before
        if not self.marks_after_object(last, b):
            return None
        lows = self.lows
        i = k - 1
        while i >= a and self.word[i] and (lows[i] in _BEFORE_MODAL or lows[i] in _STILL or _adverb(lows[i])):
            i -= 1
        apposition = i >= a and self.texts[i] == "," and lows[k].endswith("ed") and not any(
            self.texts[x] == "," for x in range(self.clause_start(i, a), i))  # (not "The head, Mrs Patel, referred")
        if i >= a and (lows[i] in self.cue.be_forms or apposition):
            # "The asteroid … is still labeled as “potentially hazardous”", "The trial, dubbed the “trial of the
            # century”, opens Monday": a passive, someone's words only with its agent ("was labeled … by the mayor")
            found = self.passive(phrase.text, k, last, a, b, False)
            return found if found is not None and found.speaker_tokens is not None else None
        found = self.cue_attribution(phrase, k, last, a, b)
        if found is not None and ((found.speaker_tokens is None and found.speaker_kind == "unnamed") or (
                found.speaker_tokens is not None
                and self.lows[found.speaker_tokens[0]].removesuffix("'s") in self.cue.thing_pronouns)):
            return None
        return found

    def right_after_quotation(self, k: int, a: int) -> bool:
        """Whether token ``k`` follows a quotation and its comma: "« … », juge Alain Stéphan", "“…” dubbed him"."""
        j = k - 1
        return j >= a and (self.region[j] >= 0 or (self.texts[j] == "," and j - 1 >= a and self.region[j - 1] >= 0))

    def cue_attribution(self, phrase: Phrase, k: int, last: int, a: int, b: int) -> Attribution | None:
        """What ``attribute`` finds, before the check of a verb that reports only words in marks."""
        cue = self.cue
        lows = self.lows
        cue_text = self.words_text(k, last + 1)
        if phrase.kind in ("verb", "ambiguous", "unsourced") and self.inside_name(k, a, b):
            return None  # "the United States", "Consumer Reports": a word of a name, not a verb
        if (phrase.kind in ("verb", "ambiguous") and k > a and last == k and lows[k].endswith("s")
                and self.possessive(k - 1) and not self.content_follows(last + 1, b)):
            # "whether Trump's tweets can be seen": a plural noun after a possessive, not a verb, reporting nothing
            # unless what was said follows it ("the Pope's claims that he had never received …"); "Trump's
            # said" is "Trump has said"
            return None
        if phrase.kind in _HEARSAY_KINDS or phrase.kind in ("inverted", "after_comma"):
            return self.other_language(phrase, cue_text, k, last, a, b)
        if phrase.kind == "unsourced":
            if self.in_relative_clause(k, a):
                return None  # "the massacre which reportedly left 58 dead": the hearsay is the clause's
            if _phrase_key(cue_text) in cue.content_verbs:
                j = last + 1 + (last + 1 < b and self.texts[last + 1] == ",")
                if not (j < b and lows[j] in _CONTENT_OPENERS):
                    return None  # "Ein lauter Knall war zu hören": a sound, not "ist zu hören, dass …"
            if lows[k] == "si" and k > a and lows[k - 1] in cue.relatives:
                return None  # "Mario Rossi, che si dice pronto, è arrivato": the relative clause's, no report
            declares = self.declares_itself(k, last, a, b)
            if declares is not None:
                return Attribution(cue_text, k, last, declares[0], declares[1], declares[3], titles=declares[2])
            at = self.said_at(last, b, a)
            if at is not None:  # "hieß es bei der WLV", "indique-t-on à la préfecture": that body, without a name
                return Attribution(cue_text, k, last, at[0], at[1], at[3], titles=at[2])
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind == "separable":
            return self.separable(k, last, a, b)
        if phrase.kind == "hearsay_participle":  # "In Diepenveld wordt intussen gevreesd dat …"
            x = k - 1
            while x > a and self.word[x] and (lows[x] in cue.skip_before_verb or lows[x] in cue.sentence_adverbs
                                               or _adverb(lows[x])):
                x -= 1
            if x < a or lows[x] not in ("wordt", "werd", "worden", "werden"):
                return None  # ("Dat heeft hij gezegd": the subject's own words, read by the verb rules)
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind == "shown_by":  # "Uit stukken die deze krant heeft ingezien, blijkt dat …"
            start = next((x for x in range(a, k) if self.word[x]), k)
            scan = self.scan
            later = scan.cue_hits[bisect.bisect_left(scan.cue_starts, self.end(last)) :
                                  bisect.bisect_left(scan.cue_starts, self.end(b - 1))]
            if lows[start] != "uit" or self.region[start] >= 0 or any(hit.kind == "verb" for _, _, hit in later):
                return None  # (what it shows someone said is theirs: "blijkt dat de brandweer al waarschuwde")
            phrase_end = next((x for x in range(start + 1, k) if lows[x] in cue.relatives or lows[x] == ","), k)
            if lows[start + 1] in _NOTHING or self.own_outlet(start + 1, phrase_end):
                return None  # "Uit niets blijkt dat …", "Uit onderzoek van deze krant blijkt …": the author's
            found = self.source_after(start + 1, k, a)
            if found is not None and found[1] in ("person", "org", "name") and (
                    self.texts[found[3][0]][:1].isupper() and not any(
                        lows[x] in cue.relatives or lows[x] == "," for x in range(start + 1, found[3][0]))):
                # a name ("het rapport van de Onderzoeksraad"), not whoever saw the documents ("stukken die NNB heeft
                # ingezien") or whoever the article gave documents to before
                return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2])
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind == "not_everyone":  # "Not everyone was convinced.": opening the sentence only
            if k != self.first_content(a, k) or self.region[k] >= 0 or (
                    last + 1 < b and (lows[last + 1] in cue.of_words or lows[last + 1][:1].isdigit())):
                return None  # (a share of a thing: "Not all of the money has been spent")
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind == "their_account":  # "Nach ihren Angaben …": the clause's subject, else the one just quoted
            if self.first_content(self.clause_start(k, a), k) < k:  # "Die Feuerwehr war nach ihren Angaben …"
                found = self.own_account_source(k, last, a, b)
                if found is not None:
                    return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2])
            speaker = self.state.previous_quote  # (not whoever spoke before a sentence of the author's: "Eine
            # Zeugin hatte den Unfall beobachtet. Nach ihren Angaben …" is hers)
            return Attribution(cue_text, k, last, speaker or "unnamed", "continued" if speaker else "unnamed", None)
        if phrase.kind == "own_view":  # "A su juicio, …", "Seiner Ansicht nach …"
            speaker, kind, _ = self.state.person()
            return Attribution(cue_text, k, last, speaker, kind, None)
        if phrase.kind == "own_account":
            found = self.own_account_source(k, last, a, b)
            if found is not None:
                return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2])
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind == "according_before":
            found = self.source_before(k, a)
            return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2],
                               according=True) if found else None
        if phrase.kind == "according":
            if k > a and lows[k - 1] in cue.ordinal_after:
                return None  # "Nel secondo tempo", "no segundo turno": the ordinal
            if cue.language == "de" and last + 1 < b and self.loud(last + 1, b):
                return None  # "laut geworden sein": loud, not "laut dem Bericht", "laut dpa", "laut neuen Zahlen"
            found = self.source_after(last + 1, b, a)
            if (found is not None and found[1] == "description" and k > a and lows[k - 1] in cue.according_not_after
                    and found[3] is not None and not self.names_a_source(self.head_of(found[3]))):
                return None  # "El precio varía según la región", "sorted according to colour"; not "… le préfet"
            return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2],
                               according=True) if found else None
        if phrase.kind == "from":  # "came under fire … from the State Department"
            for j in range(last + 1, min(b, last + 10)):
                if self.region[j] >= 0 or self.texts[j] in (".", ";", ":"):
                    break
                if lows[j] in ("from", "by"):
                    np = self.np_after(j + 1, b, a)
                    agent = self.speaker_from_np(np[0], np[1], a) if np else None
                    if agent and np:
                        return Attribution(cue_text, k, last, agent[0], agent[1], np, titles=agent[2])
                    break
            return None
        if cue.naming_verbs.match_words(lows, k, b) is not None and self.names_rather_than_reports(k, last, a, b):
            return None
        if phrase.kind == "view_opening":
            return self.view_opening(cue_text, k, last, a, b)
        if phrase.kind == "view":
            runs = self.cap_runs(k + 1, last + 1, a)
            if not runs:
                return None
            name, kind, titles = self.name_of(runs[-1])
            return Attribution(cue_text, k, last, name, kind, runs[-1], titles=titles)
        if last + 1 < b and lows[last + 1] in _REFLEXIVES:
            return None  # "revealed himself as"
        if cue.verb_second and lows[k] in ("gab", "gibt") and last + 1 < b and lows[last + 1] == "es":
            return None  # "Eine Ausschreibung gab es nicht": "there was", not "gave"
        if last + 1 < b and lows[last + 1] in cue.passive_after:
            # "Die Preise müssen begründet werden": a passive, whose subject reports nothing; its agent does
            # ("Wie vom Ministerium mitgeteilt wurde")
            by = next((x for x in range(k - 1, max(self.clause_start(k, a), k - 8) - 1, -1)
                      if lows[x] in ("von", "vom", "durch")), None)
            found = self.german_np(by + 1, k, a) if by is not None else None
            return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2]) if found else None
        if lows[k] in _CONSENT_VERBS and last + 1 < b and lows[last + 1] == "to":
            return None  # "agreed to pay": consent to an act, no words reported
        i = k - 1
        while i >= a and self.word[i] and (lows[i] in _BEFORE_MODAL or _adverb(lows[i])):
            i -= 1
        if lows[k] in cue.reading_verbs and i >= a and lows[i] in cue.be_forms:
            return None  # "a document that can be read as orthodox": how it is read, no one's words
        modal = i >= a and lows[i] in cue.modals
        if i >= a and lows[i] in cue.be_forms and not lows[k].endswith(("ing", "s")):
            if lows[i] == "be":  # "what can only be described as": the author's characterisation
                m = i - 1
                while m >= a and self.word[m] and (lows[m] in _BEFORE_MODAL or _adverb(lows[m]) or lows[m] == "only"):
                    m -= 1
                modal = modal or (m >= a and lows[m] in cue.modals)
            return self.passive(cue_text, k, last, a, b, modal)
        if lows[k] in cue.finding_verbs:
            before = self.document_finding(k, a)
            if before is None:
                return None  # "The photo shows …", "She showed the way": no document's findings
        elif cue.verb_second:
            before = self.german_subject(k, a, b) or self.german_noun_as_name(self.subject_before(k, a), a)
            if before is None or (before[1] in ("name", "person", "description") and before[3][1] - before[3][0] <= 2):
                before = self.plural_people(k, last, a, b) or before  # "Die Winzer sagten": no one named Winzer
        else:
            before = self.subject_before(k, a) or self.people_before(k, a)
            if before is None or before[1] == "description":  # ("i pescatori": a description in the plural)
                before = self.plural_people(k, last, a, b) or before
            elif before[1] in ("name", "org", "person"):
                before = self.plural_people(k, last, a, b, inside=before) or before  # "Les voisins de Jean Dupont"
            if before is not None and cue.auxiliaries:
                before = self.subject_before_auxiliary(before, a) or before
            if before is not None:
                before = self.body_opening_clause(before, a) or before
            if cue.sentence_adverbs and self.fronted(before, k, a):
                # "Daarna zei ze", "Tijdens de zitting zei ook de rechter": verb second, the subject after it
                before = self.subject_after_verb(k + 1, b, a, particle=False)
            if (before is None and k > a and lows[k - 1] in cue.demonstratives
                    and self.first_content(self.clause_start(k, a), k) == k - 1):
                # "Dat meldt curator Jeroen Wissink": "Dat" is what was said, the subject follows the verb
                before = self.name_after(self.after_time(last + 1, b), b, a)
        if before is not None and self.subordinate(before[3][0], a) and not self.direct_speech_follows(last, b):
            return None  # "The US cut its staff after diplomats reported …": the main clause is the author's
        j = k - 1  # "“…,” said X", "« … », a déclaré X"
        while j >= a and self.word[j] and lows[j] in cue.skip_before_verb and (
            not self.is_cap(j, a) or lows[j] in _CALENDAR
        ):
            j -= 1
        inverted = self.right_after_quotation(j + 1, a)
        if lows[k] in cue.reading_verbs and not (inverted or self.document_reads(before, k, last, b)):
            return None  # "She read the letter aloud", "Read the whole article": no document's words reported
        if inverted or (before is None and (j < a or not self.word[j] or self.after_according(k, a))
                        and not lows[k].endswith("ing")):  # ("Según dijo el ministro, …": after it too)
            after = self.name_after(self.after_time(last + 1, b), b, a)  # "“…,” said Ricardo Wong"
            if after is not None and not (before is not None and (
                    (after[1] == "description" and before[1] in ("person", "name", "org"))
                    or (cue.verb_second and before[1] in ("person", "unnamed") and k < before[3][0] >= after[3][0]))):
                # (German found its subject after the verb, and the same words read as a name are no better: "der
                # 29-Jährige dem Seewiler Boten" is not whom he told; a name in apposition after it is: "die Erste
                # Bevollmächtigte der IG Metall, Sevgi Arslan")
                before = after
        elif j >= a and cue.source_after_verb and (self.texts[j] == "," or self.according_verb(j, a)):
            # "…, a annoncé mercredi la direction de la SNCF.", "…, según informó este martes la institución."
            aside = self.texts[j] == ","  # ("…, disse a empresa em comunicado", "…, dijo Juan Pérez a Efe")
            closing = self.closing_source(last, b, a, place=not aside, trailing=aside, between_commas=aside)
            apposition = before is not None and before[1] in ("person", "name") and (
                before[3][1] == j or (self.texts[before[3][1]] == "(" and self.texts[j - 1] == ")" and not any(
                    any(ch.isdigit() for ch in self.texts[x]) for x in range(before[3][1], j)))) and (
                before[3][0] > a and self.texts[before[3][0] - 1] == ",")  # (not "recebeu João Silva, informou")
            # ("Il relatore, Stefano Carraro (FdI), difende la scelta.": the party in brackets is the name's)
            generic = (closing is not None and before is not None and before[1] == "org"  # "…, informou o organismo"
                       and closing[1] == "description"
                       and self.bare(closing[3][1] - 1) in self.cue.generic_institutions)
            if closing is None and aside and (before is None or before[1] == "description"):
                # "L’eau du robinet est déconseillée, a annoncé mercredi l’Agence régionale de santé (ARS)
                # Nouvelle-Aquitaine": a body named after the verb, with more after it than closing_source takes,
                # rather than the noun opening the clause before the comma
                after = self.name_after(self.after_time(last + 1, b), b, a)
                closing = after if after is not None and after[1] in ("person", "org", "name") else None
            before = before if apposition or generic else closing or before  # not "El alcalde, Ignacio Bermejo, …"
        elif (j >= a and self.texts[j] == "," and last == k and lows[k] in cue.inverting_verbs
              and not self.closed_subject(before, j, a)):
            # "The report is wrong, said John Smith.", "…, said Sean Ragan, FBI special agent …": the source after its
            # verb, not the subject of the clause before the comma ("Francis, writes Royal, …" too)
            closing = self.closing_source(last, b, a, trailing=True, between_commas=True)
            end = closing[3][1] if closing is not None else b
            if end + 1 < b and self.texts[end] == "," and lows[end + 1] not in cue.relatives and any(
                    self.texts[x] == "," and self.region[x] < 0 for x in range(end + 1, b)):
                closing = None  # "…, said Smith, 45, was dead": Smith is what was said about
            before = closing or before
        if before is not None and lows[before[3][1] - 1] in cue.documents and self.region[before[3][1] - 1] < 0:
            # "The US Mission issued an online health alert on Wednesday saying …": the document's, so its author's
            verb = before[3][0] - 1
            while verb > max(a, before[3][0] - 4) and self.word[verb] and self.texts[verb].islower() and (
                    lows[verb] not in cue.document_verbs):
                verb -= 1
            if verb >= a and lows[verb] in cue.document_verbs and not (verb > a and lows[verb - 1] in cue.be_forms):
                before = self.subject_before(verb, a) or before  # (not "Smith was sent a letter saying …")
        if lows[k].endswith("ing") and before is not None and self.after_relative_clause(before[3][1], k):
            return None  # "X, who sued the government …, saying …": the participle belongs to the relative clause
        link = i  # "and said", "and has even claimed", "et a ajouté"
        while link >= a and self.word[link] and lows[link] in _BEFORE_LINKED_VERB:
            link -= 1
        linked = link >= a and lows[link] in cue.clause_links and self.reports_words(last, b)
        if before is None and (lows[k].endswith("ing") or linked):
            if any(self.lows[x] in _RELATIVES for x in range(a, k)):
                return None  # "the story of X, who … said …": the main clause is not X's
            start = self.after_opening_participle(self.first_content(a, k), k)
            np = self.np_after(start, k, a)  # ", saying …", "and has even claimed"
            subject = self.speaker_from_np(np[0], np[1], a) if np else None
            if subject is not None and np is not None:
                # "Il presidente della delegazione locale di Confcommercio, Mauro Rinaudo, ha raccolto … e spiega":
                # the holder named between commas after the office's complement
                comma = next((x for x in range(np[1], min(k, np[1] + 8)) if not self.word[x]), k)
                named = self.named_after(comma, k, a) if comma < k and self.texts[comma] == "," else None
                before = _with_titles(named, self.title_of(np)) if named is not None else (*subject, np)
        if (cue.pro_drop and phrase.kind == "verb" and j >= a and self.texts[j] == "," and last + 1 < b
                and self.texts[last + 1] == "," and (before is None or before[1] not in ("person", "name", "org"))):
            # "I numeri del piano, ha spiegato, sono …": a verb between commas has dropped its subject
            state = self.state
            continued = (state.previous_quote or state.subject_since_speech or state.last_named or state.last_person
                         or state.last_speaker)
            if continued:
                return Attribution(cue_text, k, last, continued, "continued", None, modal)
        if before is None and cue.pro_drop and phrase.kind == "verb" and self.no_subject(k, a):
            # "Según dijo, …", "«…», ha aggiunto.": the verb's person is the subject, the one speaking before
            state = self.state
            continued = (state.previous_quote or state.subject_since_speech or state.last_named or state.last_person
                         or state.last_speaker)
            return Attribution(cue_text, k, last, continued, "continued", None, modal) if continued else None
        plural = cue.impersonal_openers and lows[k].endswith(cue.plural_verb_endings) and (
            lows[k] not in cue.plural_verb_exceptions)
        if phrase.kind == "verb" and plural and (before is None or self.after_opener(before[3][0], a)) and (
                impersonal := self.impersonal_plural(cue_text, k, last, a)) is not None:
            return impersonal
        if before is None or self.nobody(before, a):
            return None
        speaker, kind, titles, tokens = before
        between = range(tokens[1], k)  # "X, CEO of Y, called …", "a worker has reported"
        adjacent = (k > a and self.texts[k - 1] == ",") or all(
            self.word[x] and (lows[x] in cue.skip_before_verb or _adverb(lows[x])) for x in between)
        if (phrase.kind == "ambiguous" and k > a and self.lows[k - 1].endswith("'s") and self.region[k - 1] < 0
                and last + 2 < b and self.texts[last + 1] == "," and self.verb_at(last + 2)):
            return None  # "Unison, which supported Ms Mallon's claim, said": the noun, a verb of saying after it
        group_clause = kind == "group" and adjacent and last + 1 < b and (
            lows[last + 1] in cue.determiners or lows[last + 1] in cue.pronouns)  # "Critics say the council has …"
        if phrase.kind == "ambiguous" and not self.followed_by_content(last, b) and not group_clause and (
            kind not in ("person", "org", "name", "unnamed", "plural") or (not adjacent and not inverted)
        ) and not (_phrase_key(cue_text) in cue.marks_reported and self.marks_after_object(last, b)):
            return None  # "news reports", "his claims" (not "called the plan “a disaster”")
        source_follows = tokens is not None and tokens[0] > last  # "…, reconnaissent les chercheurs"
        if _phrase_key(cue_text) in cue.content_verbs and ((k > a and lows[k - 1] in cue.copulas) or not (
                inverted or source_follows or self.reported_follows(last, b) or self.clause_follows(last, b)
                or self.conclusion_follows(last, b) or self.document_among(tokens) or self.after_according(k, a))):
            # "Les Français ajoutent du sel", "Certains répondent aux questions": no words reported; "Está escrito en
            # la Constitución que …", "Il est écrit que …": a passive, no one's
            return None
        if last == k and lows[k] in cue.securing_verbs and not source_follows and self.secures_a_thing(last, b):
            # "O time garantiu a vaga", "Los bomberos aseguraron la zona": no words reported (the noun after the verb
            # is its object, not its subject as in "…, garantiu o prefeito")
            return None
        if _phrase_key(cue_text) in cue.not_after[0] and any(
                lows[x] in cue.not_after[1] for x in range(self.clause_start(k, a), k)):
            return None  # "hat sich die Pläne erklären lassen", "wollte nichts verlauten lassen": nothing reported
        if cue.stance_verbs and _phrase_key(cue_text) in cue.stance_verbs and not self.named_source(before):
            return None  # "Der Körper reagierte heftig", "Le ciel se montre clément": no one takes a stance
        return Attribution(cue_text, k, last, speaker, kind, tokens, modal, titles)

    def secures_a_thing(self, last: int, b: int) -> bool:
        """Whether a plain noun (after an article or not) follows the verb ending at ``last``, with nothing
        reported before the clause goes on (no "que", colon or quotation before a comma or "e"): "garantiu a
        vaga", "garantiu vaga na final", "garantiu a vaga e o técnico disse que …"; not "garantiu a todos que"."""
        j = last + 1
        noun = j + 1 if j < b and self.lows[j] in self.cue.determiners else j
        if noun >= b or not self.plain_noun(noun):
            return False
        for x in range(j, b):
            if self.texts[x] in (",", ";") or self.lows[x] in self.cue.clause_links:
                break
            if self.lows[x] in _CONTENT_OPENERS or self.texts[x] == ":" or self.region[x] >= 0:
                return False
        return True

    def named_source(self, found: Found) -> bool:
        """Whether a subject is a person or a body the article names, not a thing or a kind of body: what a stance
        verb needs ("Die IG Metall reagierte empört", "Jean-Claude Pelletier se montre plus mesuré"; not "Die
        Polizei reagierte schnell und sperrte die Straße", "Le défenseur s'est montré impérial")."""
        speaker, kind = found[0], found[1]
        words = speaker.split()
        if kind in ("person", "name"):  # (German capitalises nouns: "Der Körper", "Die Börse" name no one)
            if words and _norm(words[0]) in self.cue.determiners:
                words = words[1:]
            if not words:
                return False
            if kind == "person" and (len(words) >= 2 or not self.cue.verb_second):
                return True
            return _norm(words[-1]) in self.state.by_token  # one German word: a surname the article named
        single = len(words) == 1
        if kind != "org":
            return False
        low, cue = _norm(speaker), self.cue
        kinds_of_body = (cue.institutions, cue.org_words, cue.police_words, cue.generic_institutions)
        return not single or speaker.isupper() or not any(low in kind for kind in kinds_of_body)

    def people_before(self, k: int, a: int) -> Found | None:
        """People no list knows, in the plural and lower case, right before "said"/"say": "county engineers said",
        "Local businesses say" (unnamed sources, as "officials said"); not "the figures said", a document's."""
        if self.cue.language != "en" or self.lows[k] not in _PEOPLE_VERBS:
            return None
        x = k - 1
        if x < a or not self.word[x] or self.region[x] >= 0 or not self.texts[x].islower():
            return None
        low = self.lows[x]
        if not _people_plural(low, self.cue.language) or len(low) < 5 or _listed_noun(low, self.cue.documents):
            return None
        start = x
        while start - 1 >= a and self.word[start - 1] and self.region[start - 1] < 0 and (
                self.texts[start - 1].islower() or start - 1 == a) and self.lows[start - 1] not in self.cue.stop_words:
            start -= 1  # "county engineers", "Local businesses"
        if start - 1 >= a and self.word[start - 1] and self.region[start - 1] < 0:
            return None  # the plural ends a longer phrase ("… of the bridge's engineers"): its own rules
        return "unnamed", "unnamed", [], (start, k)

    def plural_people(self, k: int, last: int, a: int, b: int, inside: Found | None = None) -> Found | None:
        """People no list knows, in the plural, opening the clause of a plural verb that reports words: "Los
        especialistas en zoonosis advierten que", "Técnicos do setor ouvidos pela reportagem afirmam que", "Die
        Winzer sagten, …" (unnamed sources, as "vecinos" and "officials said" are). Not "Podemos y Vox dijeron"
        (names), "Los sindicatos CCOO y UGT dijeron" (named after the noun), "Los datos indican" (a document's),
        "De staatssecretaris heeft aangegeven" (a singular verb), or "Los bomberos aseguraron la zona", "Les élèves
        reconnaissent les oiseaux" (no words reported). ``inside``: a name the subject rules found within the
        phrase ("Les voisins de Jean Dupont disent que"), which a noun no list knows then takes over."""
        cue, lows = self.cue, self.lows
        if not cue.plural_verb_endings or not self.reported_follows(last, b):
            return None
        start = self.first_content(self.clause_start(k, a), k)
        opening = cue.skip_before_verb | cue.clause_links | _TIME_DETERMINERS
        while start < k - 1 and self.word[start] and lows[start] not in cue.determiners and (
                lows[start] in opening or (start > a and lows[start - 1] in _TIME_DETERMINERS
                                           and lows[start] in _CALENDAR)):
            start += 1  # "Ayer los pescadores dijeron", "Pero los vecinos dicen", "Este lunes los pescadores"
        head = start + 1 if lows[start] in cue.plural_articles or lows[start] in cue.plural_quantifiers else start
        auxiliaries = _AUXILIARIES | cue.plural_auxiliaries
        end = k - 1 if k > a and lows[k - 1] in auxiliaries else k  # "han dicho", "têm afirmado"
        while end - 1 > head and lows[end - 1] in cue.skip_before_verb and lows[end - 1] not in auxiliaries:
            end -= 1  # "Los vecinos ya han dicho"
        if cue.verb_second or cue.plural_finite_after_noun:
            end = head + 1  # "De vissers zeiden", "Die Winzer haben gesagt": the finite verb follows the noun
            if end != k and lows[end] not in cue.plural_auxiliaries:
                return None  # "Die Stuttgarter Nachrichten berichteten": a name's second word, no verb
        if head == end and lows[start] in cue.plural_quantifiers and start + 1 == end == k:
            return "unnamed", "unnamed", [], (start, end)  # "Certains disent que", "Muchos dicen que"
        finite = end
        while finite < last and lows[finite] in cue.skip_before_verb and lows[finite] not in auxiliaries and not (
                cue.verb_second or cue.plural_finite_after_noun):
            finite += 1  # "se quejan"
        if not head < end <= min(finite, head + 12) or not lows[finite].endswith(cue.plural_verb_endings) or (
                lows[finite] in cue.plural_verb_exceptions):
            return None  # ("Reporters sans frontières dément": "-ent" of a singular)
        low = lows[head]
        if not low.endswith(cue.plural_noun_endings) or not (
                self.plain_noun(head) or self.bare_plural_opener(head, start) or self.german_plural_noun(head)):
            return None
        if self.names_a_thing(low):
            return None
        if inside is not None and (self.head_noun(head) or low in cue.titles or not start <= inside[3][0] < end or (
                inside[1] == "org" and cue.of_words & {lows[inside[3][0]], lows[inside[3][0] - 1]})):
            return None  # "Los portavoces del PP dijeron", "Los representantes de CCOO dijeron": its body speaks
        denied = cue.negations
        if any((lows[x] in denied or lows[x][:2] in denied) and lows[x + 1] not in cue.negation_not_denying
               for x in range(head + 1, min(b - 1, last + 2))):
            return None  # "Los vecinos no dijeron que", "Die Winzer sagten nicht, dass" (not "nicht nur"): nothing
        after_of = False
        for x in range(head + 1, end):
            if not self.word[x] or self.region[x] >= 0:
                return None  # "Los vecinos, en tanto, …": an aside, its own rules
            if self.texts[x][0].isupper() and not after_of:
                return None  # "Los sindicatos CCOO y UGT": the names are the sources
            after_of = lows[x] in cue.of_words or (after_of and (self.texts[x][0].isupper() or lows[x] in cue.definite))
        phrase = _norm(self.words_text(start, end))
        if any(_norm(name) == phrase for name in (*self.state.organisations, *self.state.mentioned)):
            return None  # "Médecins sans frontières affirment", a body the article named
        return "unnamed", "unnamed", [], (start, end)

    def conclusion_follows(self, last: int, b: int) -> bool:
        """Whether a conclusion or a figure follows the verb ending at token ``last``: "found no evidence of a
        conspiracy", "found 52 percent of voters backed the plan" (what an inquiry or a poll found)."""
        j = last + 1
        return j < b and self.word[j] and (self.lows[j] in _CONCLUSION_OPENERS or self.texts[j][0].isdigit())

    def document_among(self, tokens: tuple[int, int] | None) -> bool:
        """Whether the source phrase ``tokens`` names a document of findings: "The survey finds …", "A Gallup poll
        found …"."""
        return tokens is not None and any(self.lows[x] in self.cue.finding_nouns for x in range(*tokens))

    def clause_follows(self, last: int, b: int) -> bool:
        """Whether a clause without "that" follows the verb ending at token ``last``: a subject of a few words and
        its "was", "had" ("Investigators found the server was being used", "Judge Saris found she had authority");
        not a thing ("They found trace amounts of marijuana", "found Campos when they arrived")."""
        for j in range(last + 2, min(b, last + 7)):
            if not self.word[j] or self.region[j] >= 0:
                return False
            if self.lows[j] in self.cue.be_forms or self.lows[j] in _FINITE_HAVE:
                return True
        return False

    def reported_follows(self, last: int, b: int) -> bool:
        """Whether words are reported after the verb ending at token ``last``: "que", "dat", "that", "qu'ils", "de
        que", a colon, a quotation, or in German a comma ("sagten, die Ernte sei verloren"); a few words with no
        article may come first ("advierten desde hace tiempo que", not "señalaron el coche que"), or where it was
        written ("ha scritto su Facebook che", "escribió en su cuenta de X que"; not "wrote a book that")."""
        j = last + 1
        if j < b and (self.region[j] >= 0 or (bool(self.cue.verb_second) and self.texts[j] == ",")):
            return True
        medium = j < b and self.lows[j] in self.cue.medium_prepositions
        for j in range(last + 1, min(b, last + (8 if medium else 5))):
            low = self.lows[j]
            if low in _CONTENT_OPENERS or low.startswith(("qu'", "qu’")):
                return True
            if not self.word[j] or self.region[j] >= 0 or (
                    not medium and (low in self.cue.determiners or not self.texts[j].islower())):
                return False
            if medium and j > last + 2 and low in self.cue.determiners and low not in self.cue.addressee and (
                    self.lows[j - 1] not in self.cue.of_words and self.lows[j - 1] not in self.cue.addressee):
                return False  # "écrit dans un carnet les mots que …": an object, and a relative clause after it
        return False

    def bare_plural_opener(self, x: int, start: int) -> bool:
        """Whether the capitalised word opening a clause at token ``x`` is a plural noun with no article, not a
        name: "Técnicos do setor … afirmam", never capitalised inside a sentence and followed by a lower-case word
        (not "Podemos y Vox", a name the article capitalises, or one followed by its next word). Unless the article
        writes it in lower case, the verb or "of" must follow it ("Moradores dizem", "Fontes da Secretaria"): not
        "Podemos y los socialistas dijeron"."""
        text, low, cue = self.texts[x], self.lows[x], self.cue
        if low in cue.determiners or low in cue.stop_words or low in _QUANTITIES or low in cue.pronouns:
            return False  # "Ses gardes", "Todos los alcaldes": the noun is later
        return (x == start and self.word[x] and self.region[x] < 0 and text[:1].isupper() and not text.isupper()
                and x + 1 < len(self.texts) and self.texts[x + 1][:1].islower()
                and self.lows[x + 1] not in cue.determiners
                and self.lows[x] not in self.state.by_token and (case := self.state.case_of(text)) != "capitalised"
                and (case == "lower" or self.lows[x + 1] in cue.of_words or self.verb_at(x + 1)))

    def german_plural_noun(self, x: int) -> bool:
        """Whether the capitalised word at token ``x`` may be a German noun rather than a name: German capitalises
        every noun, so only a name the article gives ("Fischer" of "Anna Fischer") or initials tell them apart."""
        text, low, cue = self.texts[x], self.lows[x], self.cue
        return (bool(cue.verb_second) and self.word[x] and self.region[x] < 0 and text[:1].isupper()
                and not text.isupper() and low not in self.state.by_token and low not in cue.determiners
                and low not in cue.stop_words and low not in cue.pronouns and low not in _QUANTITIES)

    def document_reads(self, subject: Found | None, k: int, last: int, b: int) -> bool:
        """Whether a reading verb gives its document's words: "The sign read: “…”", "“…,” J Street's statement
        read.", "the report reads, …" (not "a statement read to the court", "reads as follows")."""
        if subject is None or self.bare(subject[3][1] - 1) not in self.cue.documents or subject[3][1] != k:
            return False
        return last + 1 >= b or self.texts[last + 1] in (":", ",", ".") or self.region[last + 1] >= 0

    def document_finding(self, k: int, a: int) -> Found | None:
        """The author of the document whose findings the verb at token ``k`` reports, its subject: "Environment
        Agency figures published last month show", "a report by the Swedish National Council for Crime Prevention
        shows"; unnamed for "Official figures reveal". None when the subject is no such document: "A photo in the
        AP report shows", "Smith showed"."""
        lows, nouns = self.lows, self.cue.finding_nouns
        start = self.first_content(self.clause_start(k, a), k)
        for x in range(start, k):
            low = lows[x]
            if _listed_noun(low, nouns):
                if not (self.texts[x].islower() or x == start):
                    return None  # "Consumer Reports shows": a name
                linked = x + 1 < k and lows[x + 1] in ("by", "from")  # "a report by …", "figures from …"
                end = k if linked else x + 1
                found = self.speaker_from_np(start, end, a) if x > start or linked else None  # ("Polls show")
                if found is not None and found[1] not in ("person", "org", "name", "unnamed"):
                    found = None  # "Smith's research shows": no one's name to give
                state = self.state
                if found is not None and found[0].lower() in _CALENDAR:
                    found = None  # "April data showed"
                if found is not None and found[1] == "name" and found[0] == self.texts[start] and (
                        state.case_of(found[0]) != "capitalised") and found[0] not in state.organisations and (
                        found[0] not in state.mentioned and found[0] != state.last_speaker):
                    found = None  # "Recent data shows": an adjective opening the sentence, a name nowhere else
                return (*found, (start, end)) if found is not None else ("unnamed", "unnamed", [], (start, end))
            if not self.word[x] and not low.endswith("'s"):
                return None  # "Figures, …": only words before the document's noun
            if low in self.cue.stop_words or low in self.cue.of_words or (
                    x > start and self.texts[x].islower() and low.endswith(("ed", "ing"))):
                return None  # "A photo in the AP report", "Smith, having read the report, showed"
        return None

    def document_introduction(self, start: int, end: int) -> Found | None:
        """Who announces a document of their own in ``[start, end)``: the subject of its verb ("Ilhan Omar, who …,
        sent out the following tweet:"), a person or a body; None for "Here is the following list:"."""
        a, b = self.span(start, end)
        verb = next((x for x in range(b - 1, a, -1) if (self.lows[x] in self.cue.document_verbs or (
            self.lows[x] in ("read", "reads") and self.lows[x + 1] == "as")) and self.region[x] < 0), None)
        if verb is None:
            return None
        if self.lows[verb] in ("read", "reads"):
            return self.document_source(a, verb)
        found = self.subject_before(verb, a)
        if found is None or found[1] not in ("person", "org", "name"):
            return None
        return found

    def document_source(self, a: int, verb: int) -> Found | None:
        """Who wrote the document that "reads as follows:": "A statement from the White House", "The company's
        letter", "a note by Jane Doe"; not "The indictment against Paul Manafort", "A letter to Senator Ann Roe"."""
        noun = next((x for x in range(a, verb) if self.lows[x] in self.cue.documents), None)
        if noun is None:
            return None
        if noun + 1 < verb and self.lows[noun + 1] in ("from", "by"):
            found = self.speaker_from_np(noun + 2, verb, a)
            end = verb
        elif noun > a and self.lows[noun - 1].endswith("'s"):
            found = self.speaker_from_np(a, noun, a)
            end = noun
        else:
            return None
        if found is None or found[1] not in ("person", "org", "name"):
            return None
        return (*found, (noun, end))

    def closed_subject(self, before: Found | None, comma: int, lo: int) -> bool:
        """Whether the source ``before`` a verb that follows a comma is the verb's subject, closed by that comma:
        after an aside ("Smith, meanwhile, said Trump, who …") or as a name in apposition ("The mayor, Jane Doe, said
        John Smith, her deputy, would …"); then the name after the verb is what was said, not who said it."""
        if before is None:
            return False
        start, end = before[3]
        if end >= len(self.texts) or self.texts[end] != ",":
            return False  # (a source that ends the paragraph is closed by nothing)
        return end < comma or (before[1] in ("person", "name", "org") and start > lo and self.texts[start - 1] == ",")

    def nobody(self, found: Found, lo: int) -> bool:
        """Whether the source found is no one opening the clause ("Niemand verlangt, dass …", "No one said …"):
        nobody's words. Not "A source who told no one said …"."""
        start, end = found[3]
        nobody = self.cue.nobody
        if _norm(self.words_text(start, end)) not in nobody:
            start -= 1  # "No one": the phrase found may be "one"
            if start < lo or _norm(self.words_text(start, end)) not in nobody:
                return False
        return self.first_content(self.clause_start(start, lo), start) == start

    def separable(self, k: int, last: int, a: int, b: int) -> Attribution | None:
        """A verb whose particle closes its clause: "…, laat de gemeente weten" (the source between them, after
        a comma, a quotation or "zo"/"dat"), "De gemeente liet dinsdag weten dat …" (the subject before it).
        Without its particle the verb reports nothing ("De gemeente laat het bad sluiten")."""
        particle = self.cue.separable[self.lows[k]]
        end = next((x for x in range(last + 1, b) if self.region[x] >= 0 or self.texts[x] in (",", ";", ":")), b)
        at = next((x for x in range(last + 1, end) if self.lows[x] == particle  # (not a preposition: "raadt het
                   and not (x + 1 < end and self.lows[x + 1] in self.cue.determiners)), None)  # antwoord aan de hand")
        if at is None:
            return None
        cue_text = f"{self.texts[k]} … {self.texts[at]}"
        first = self.first_content(self.clause_start(k, a), k)
        if k > a and (self.texts[k - 1] in (",", "—", "–") or self.region[k - 1] >= 0
                      or self.lows[k - 1] in self.cue.demonstratives or self.no_subject(k, a)
                      or (self.lows[first] in self.cue.object_articles and not self.german_place(first))):
            # ("Toch raadt de gemeente aan …": an adverb first, the subject after the verb; "Den Vorwurf weist
            # Bürgermeister Hans Müller zurück": an object first)
            found = self.source_after(self.after_time(last + 1, at), at, a)
        else:
            found = self.subject_before(k, a)
            if self.cue.sentence_adverbs and not self.cue.verb_second and self.fronted(found, k, a):
                # "Tijdens de zitting liet de rechter weten": a phrase of time first, the subject after the verb
                found = self.subject_after_verb(last + 1, at, a, particle=True)
        if found is None:
            return None
        return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2])

    def verb_at(self, k: int) -> bool:
        """Whether a reporting verb (not a word that may also be a noun, like "reports") starts at token ``k``."""
        scan, start = self.scan, self.starts[k]
        i = bisect.bisect_left(scan.cue_starts, start)
        return i < len(scan.cue_starts) and scan.cue_starts[i] == start and scan.cue_hits[i][2].kind == "verb"

    def after_opener(self, first: int, a: int) -> bool:
        """Whether the phrase at token ``first`` is the object of a place or side that opens the clause ("En [Vox]",
        "en el [oficialismo]"), or holds it ("[En Madrid]"), rather than a subject."""
        lows, openers = self.lows, self.cue.impersonal_openers
        x = first - 1
        while x >= a and self.word[x] and lows[x] in self.cue.determiners:
            x -= 1
        if lows[first] in self.cue.of_words:  # the name's particle taken for its first word: "[de Isabel Díaz Ayuso]"
            x = first
        if x >= a and self.word[x] and lows[x] in self.cue.of_words:  # "Desde el entorno de [Isabel Díaz Ayuso]"
            start = self.first_content(self.clause_start(first, a), first)
            # one phrase from the preposition on: no comma, and no article opening a second noun phrase after a noun
            # ("En el Senado [los portavoces] del PSOE" has its subject)
            return lows[start] in openers and not any(
                self.texts[z] == "," or (lows[z] in self.cue.determiners and lows[z - 1] not in self.cue.of_words
                                         and lows[z - 1] not in openers) for z in range(start + 1, first))
        return lows[first] in openers or (x >= a and self.word[x] and lows[x] in openers)

    def impersonal_plural(self, cue_text: str, k: int, last: int, a: int) -> Attribution | None:
        """A plural cue verb with no subject after a phrase of place or side: people no one names ("En el
        oficialismo dan por hecho que …", "Cerca del intendente lo niegan"), or the body after "desde" ("Desde el
        Ministerio aseguran que …"). None when a noun before it may be its subject."""
        start = self.first_content(self.clause_start(k, a), k)
        if start >= k or self.lows[start] not in self.cue.impersonal_openers or any(
                self.texts[x] == "," for x in range(start, k)):
            return None  # (after a comma the verb's dropped subject is the one before: "En un comunicado, aseguran")
        opening = " ".join(self.lows[start : min(k, start + 3)])
        side = opening.startswith(self.cue.impersonal_from)
        j = start + (len(next(w for w in self.cue.impersonal_from if opening.startswith(w)).split()) if side else 1)
        found = self.source_after(j, k, a)
        if found is not None and (found[1] == "org" or (side and found[1] == "name")) and (
                found[3][0] <= j + (self.lows[j] in self.cue.determiners)):
            # (a party or body the lists know, right after the preposition: "En Vox dan por hecho …", "Desde el
            # Ministerio"; a name only after "desde": "En Madrid"; not "Desde el entorno de Isabel Díaz Ayuso")
            return Attribution(cue_text, k, last, found[0], found[1], found[3], titles=found[2])
        return Attribution(cue_text, k, last, "unnamed", "unnamed", None)

    def no_subject(self, k: int, a: int) -> bool:
        """Whether the clause of the cue at ``k`` has nothing before the verb that could be its subject:
        only auxiliaries, adverbs, pronouns the lists skip, "and"/"but", or a one-word "according to"."""
        cue = self.cue
        for x in range(self.clause_start(k, a), k):
            low = self.lows[x]
            if self.word[x] and not (low in cue.skip_before_verb or low in cue.modals or low in cue.clause_links
                                     or _adverb(low) or _cue_word(cue, low)):
                return False
        return True

    def closing_source(self, last: int, b: int, a: int, place: bool = False, trailing: bool = False,
                       between_commas: bool = False) -> Found | None:
        """The source of a cue that closes its sentence after a comma, inverted: "…, a annoncé
        mercredi la direction de la SNCF.", "…, señaló ayer el ministro." (time words may come first).
        None when more than the source follows ("…, said to be worth …"), except, with ``place``, a short place
        or medium ("…, según informó la institución en un comunicado."), with ``trailing`` a phrase of where
        or when ("…, said Jeff Flake in his speech"), and with ``between_commas`` (a comma before the verb) the
        rest of the sentence after a comma when the source is an institution: the verb and its source are an
        aside ("Les travaux, explique la mairie, dureront deux ans"). A description followed by more must be of
        a person or a body ("…, explicou a situação aos jornalistas" names no source)."""
        first = self.after_time(last + 1, b)
        found = self.name_after(first, b, a)
        if found is None:
            return None
        end = found[3][1]
        if end + 3 <= b and self.age_before(end + 3):
            end += 3  # "…, zegt Jan de Vries (54) uit Dokkum.": the age is the source's
        if end + 1 < b and self.texts[end] == "," and (self.lows[end + 1] in self.cue.relatives
                                                       or found[1] in ("person", "name", "unnamed")
                                                       or (between_commas and found[1] == "org")):
            # "…, ha spiegato il colonnello Fabrizio Dell'Orto, che comanda il reparto.", "…, a précisé la sergente
            # Josée Bilodeau, porte-parole de la SQ.": what follows a name after a comma describes its bearer; "Il
            # malumore, raccontano più fonti, sarebbe esploso": the sources between commas, the sentence going on
            return found
        after = self.after_time(end, b)
        rest = [x for x in range(after, b) if self.word[x]]  # "…, adiantou a AMN na terça."
        if rest and not (place and self.lows[rest[0]] in self.cue.place_prepositions and len(rest) <= 5) and not (
                trailing and rest[0] == after and self.trailing_phrase(found, first, after, rest, a)) and not (
                rest[0] == end and self.lows[end] in self.cue.relatives and self.lows[end] not in self.cue.determiners):
            # (a relative clause describes the source: "…, anunciou a fundação que atribui o prémio"; German "der"
            # may be a genitive instead)
            return None
        return found

    def trailing_phrase(self, found: Found, first: int, after: int, rest: list[int], lo: int) -> bool:
        """Whether the words ``rest`` after a source closing the sentence say where, when or to whom ("…, said Jeff
        Flake in his speech", "…, disse a empresa em comunicado", "…, advirtieron fuentes del sector"), leaving it
        the source. In the languages that put the source after its verb, the phrase is short and no clause goes on
        ("…, defendeu o Governo no Parlamento e saiu"), nor is the source the verb's object after "to" ("…, acusó
        al ministro Juan Pérez en el Congreso"); a description must be of a person or a body."""
        if not (self.lows[after] in self.cue.after_inverted_source or _TO_THE.match(self.texts[after]) is not None
                or (found[1] == "unnamed" and self.of_a_name(after))):
            return False
        if found[1] == "description" and not self.names_a_source(self.head_of(found[3])):
            return False
        if not self.cue.source_after_verb:
            return True
        return (len(rest) <= 6 and not any(self.lows[x] in self.cue.clause_links for x in rest)
                and not (self.lows[first] in self.cue.addressee and found[3][0] <= first + 1
                         and not self.article_not_addressee(first, rest[-1] + 1, lo)))

    def after_time(self, start: int, b: int) -> int:
        """The first token from ``start`` past a time ("mercredi", "este lunes", "na tarde de ontem"): where a source
        after its verb begins."""
        lows, word = self.lows, self.word

        def time(k: int) -> bool:
            return lows[k] in _TIME_WORDS or (lows[k] in _TIME_AFTER_VERB and self.texts[k].islower())

        def opens_time(k: int) -> bool:  # "mercredi", "este lunes", "na terça-feira"
            return k < b and word[k] and (time(k) or (
                (lows[k] in self.cue.determiners or lows[k] in _TIME_DETERMINERS)
                and k + 1 < b and word[k + 1] and time(k + 1)))

        first = start
        while opens_time(start) or (start > first and lows[start] in _TIME_LINKS and opens_time(start + 1)):
            start += 1  # (a link goes on to the time's complement: "na manhã desta segunda-feira")
        return start

    def marks_before_final_verb(self, k: int, a: int, b: int) -> int | None:
        """The token opening the quotation right before the German participle or verb at token ``k`` when it ends
        its clause after "als „…“" ("hatte das Projekt als „nicht verhandelbar“ bezeichnet"): the subject stands
        before the quotation, not after the verb as in "„…“ sagte sie"; else None."""
        if not (a < k and self.region[k - 1] >= 0 and (k + 1 >= b or self.texts[k + 1] in (".", ",", ";", "!", "?"))):
            return None
        opening = k - 1
        while opening > a and self.region[opening - 1] == self.region[k - 1]:
            opening -= 1
        return opening if opening > a and self.lows[opening - 1] == "als" else None

    def german_subject(self, k: int, a: int, b: int) -> Found | None:
        """The subject of a German cue: the first constituent before the finite verb (verb second).

        "Die Verteidiger hatten mildere Strafen beantragt": the participle ends
        the clause, the subject comes before the auxiliary; "…, sagte die
        Richterin": the verb comes first and the subject after it. German
        capitalises nouns, so a capitalised word is a name only when no list
        knows it as a noun.
        """
        opening = self.marks_before_final_verb(k, a, b)
        if opening is not None:  # "Renz hatte das Projekt als „nicht verhandelbar“ bezeichnet": before the marks
            return self.german_subject(opening, a, b)
        c = self.first_content(self.clause_start(k, a), k)
        # "Gekostet hat das Ganze …, wie die Stadtverwaltung auf Anfrage bestätigte": the clause after "wie"
        wie = next((x for x in range(k - 2, c - 1, -1) if self.lows[x] == "wie" and self.region[x] < 0
                    and (x == c or self.texts[x - 1] == ",")), None)
        if wie is not None:
            c = wie + 1
        inverted = k > a and (self.texts[k - 1] in (",", "—", "–") or self.region[k - 1] >= 0)
        if inverted and self.texts[k - 1] == ",":
            # "Bürgermeisterin Ulrike Stracke (SPD), die am Morgen vorbeischaute, zeigte Verständnis": the comma
            # closes a relative clause on the sentence's subject, which is the cue's
            commas = [x for x in range(c + 1, k - 1) if self.texts[x] == "," and self.region[x] < 0]
            if len(commas) == 1 and self.lows[c] in _NOMINATIVE_OPENERS and (
                    self.lows[commas[0] + 1] in _NOMINATIVE_OPENERS) and self.is_cap(k - 2, a):
                # "Sein Verteidiger, der Frankfurter Rechtsanwalt Thorsten Melchior, kündigte …": an apposition that
                # names the subject, a description (a relative clause ends in its verb: "…, die am Morgen
                # vorbeischaute, …"; "Seinem Vorgänger, dem früheren …, dankte X" is an object; "Anna Weber, die
                # Bürgermeisterin," names her first)
                named = self.german_np(commas[0] + 1, k - 1, a)
                if named is not None and named[1] == "person" and len(named[0].split()) >= 2 and (
                        named[0] in self.words_text(commas[0] + 1, k - 1)):  # a name written there, not one resolved
                    return named
            if len(commas) == 1 and self.lows[commas[0] + 1] in self.cue.relatives and (
                    self.lows[c] not in self.cue.indefinite):  # ("Eine Hausärztin, die …, sagte": unnamed, below)
                after = self.german_after_verb(k, a, b)
                # (not when a source follows the verb: "Dem Reporter, der ihn befragte, sagte Anwalt Max Weber")
                found = self.german_np(c, commas[0], a) if after is None or after[1] not in (
                    "person", "unnamed", "org") else None
                if found is not None:
                    return found
        finite = k if inverted else next(
            (x for x in range(c, k) if self.lows[x] in self.cue.verb_second and self.region[x] < 0), k)
        if finite == c or inverted:  # "…, sagte die Vorsitzende Richterin Dr. Sabine Hollweg in der Urteilsbegründung"
            return self.german_after_verb(k, a, b)
        if finite - c > 8:  # "Eine 86 Jahre alte Frau aus dem Stadtteil Lindenhof hatte … geschildert": unnamed
            person = any(self.lows[x] in self.cue.person_nouns or self.lows[x] in self.cue.unnamed
                         for x in range(c, min(finite, c + 6)))
            return ("unnamed", "unnamed", [], (c, finite)) if person and self.lows[c] in self.cue.indefinite else None
        found = self.german_np(c, finite, a)
        if (found is None or found[1] == "name") and finite == k and c + 1 == k and (
                k + 1 < b and self.lows[k + 1] == "sich" and self.lows[c] not in self.state.by_token):
            # "Enttäuscht zeigte sich auch Schulleiterin Andrea Kaufmann": one unknown capitalised word before a
            # reflexive cue is a fronted adjective when a source follows it ("Müller zeigte sich enttäuscht" keeps
            # Müller; "Merkel sagte Präsident Obama, …" is no reflexive cue)
            after = self.german_after_verb(k + 1, a, b)
            if after is not None and after[1] in ("person", "org", "description", "unnamed") and (
                    after[1] != "person" or all(w[:1].isupper() for w in after[0].split())):
                return after
        if found is None and finite == k and c + 1 == k and self.lows[c] in self.cue.demonstratives:
            return self.german_after_verb(k, a, b)  # "Das teilte die Gemeinde mit": "Das" is the object
        if found is None and finite == k and self.lows[c] in self.cue.prepositions:
            return self.german_after_verb(k, a, b)  # "In Berlin sagte Scholz": the subject after the verb
        if finite == k and self.lows[c] in self.cue.object_articles and not self.german_place(c):
            # "Den Umsatzausfall schätzt er auf 1.500 Euro", "Dem Reporter sagte Max Weber": an object first, the
            # subject after the verb; what was not said reports nothing ("Einen Zeitplan nannte er nicht.", but
            # "nicht nur", "nicht ohne Stolz" say something)
            end = next((x for x in range(k + 1, b) if self.texts[x] in (",", ";", ":") or self.region[x] >= 0), b)
            cue = self.cue
            if any(self.lows[x] in cue.negations and not (x + 1 < end and self.lows[x + 1] in cue.negation_not_denying)
                   for x in range(k + 1, end)):
                return None
            return self.german_after_verb(k, a, b)
        if found is None and self.lows[c] in ("ein", "eine") and c + 1 < finite and (
                self.lows[c + 1] in self.cue.person_nouns or self.lows[c + 1] in self.cue.unnamed):
            return "unnamed", "unnamed", [], (c, finite)  # "Ein Zeuge aus dem Nachbarhaus berichtete"
        return found

    def german_place(self, k: int) -> bool:
        """Whether the object's article at token ``k`` opens a place's name ("Den Haag": Cues.object_article_places)."""
        return k + 1 < len(self.texts) and f"{self.lows[k]} {self.lows[k + 1]}" in self.cue.object_article_places

    def german_noun_as_name(self, found: Found | None, a: int) -> Found | None:
        """The general subject rule reads a capitalised word as a name, which in German it need not be: after an
        indefinite article it is an unnamed source ("Ein Landwirt, der anonym bleiben wollte, sagte"), and
        one word after a determiner, a number or a preposition is a common noun ("zwei Speditionen", "auf
        Anfrage", "im Prozess"), not a source."""
        if found is None:
            return None
        x, y = found[3]
        if self.lows[x] in self.cue.object_articles and not self.german_place(x):
            return None  # "Einen Zeitplan nannte die Gemeinde nicht": the object, before its verb
        if self.lows[x] in self.cue.indefinite:
            return "unnamed", "unnamed", [], (x, y)
        if found[1] != "name":
            return found
        before = self.lows[x - 1] if x > a else ""
        if y - x == 1 and self.lows[x] in self.cue.sentence_adverbs:
            return None  # "Dort schreibt die Satzung … vor": capitalised as the sentence's first word
        if y - x == 1 and (before in self.cue.determiners or before in self.cue.prepositions or before.isdigit()
                           or before in self.cue.number_words):
            return None
        return found

    def german_after_verb(self, k: int, a: int, b: int) -> Found | None:
        """The subject after a German cue verb ("…, sagte er", "Das teilte die Gemeinde am Montag mit")."""
        start = k + 1
        while start < b and self.word[start] and self.lows[start] in self.cue.skip_before_verb:
            start += 1
        if start < b and self.lows[start] in self.cue.pronouns:
            return self.german_np(start, start + 1, a)  # "…, sagte er": whom "er" stands for
        end = start
        while end < b and self.region[end] < 0 and (
                (self.word[end] and self.lows[end] not in self.cue.stop_words)
                or (self.texts[end] == "." and len(self.texts[end - 1]) <= 3)):  # "Dr. Sabine Hollweg"
            end += 1
        found = self.german_np(start, end, a)
        if found is None and end == start + 1 and self.texts[start][:1].isupper() and not self.head_noun(start):
            return self.texts[start], "name", [], (start, end)  # "In Berlin sagte Scholz, …"
        return found

    def german_np(self, x: int, y: int, lo: int) -> Found | None:
        """A German noun phrase as a source: a name, an institution, a described or unnamed source."""
        lows, cue = self.lows, self.cue
        if x >= y or not self.word[x]:
            return None
        if y - x == 1 and lows[x] in cue.pronouns:
            return (*self.resolve_at(x), (x, y))
        indefinite = lows[x] in cue.indefinite
        start = x + 1 if lows[x] in cue.determiners or indefinite else x
        cut = next((z for z in range(start, y) if lows[z] in cue.stop_words or (lows[z] in ("von", "der", "des", "dem")
                    and z > start)), y)  # ("sagte der 31-Jährige dem Blick": whom he told)
        caps = [z for z in range(start, cut) if self.word[z] and (
            self.texts[z][0].isupper() or (z == start and lows[z] in cue.person_nouns))]  # "der 31-Jährige"
        if not caps:
            return None
        head = caps[-1]
        known_noun = {z for z in caps if lows[z].rstrip(".") in cue.titles or self.head_noun(z)}
        names = [z for z in caps if z not in known_noun]
        if names and (len(names) >= 2 or lows[names[0]] in self.state.by_token or (names[-1] == head
                      and head - 1 >= start and head - 1 in known_noun)):
            run = (names[0], names[-1] + 1)
            name, kind, titles = self.name_of(run)
            if any(lows[z] in cue.org_words for z in range(start, cut)) or lows[names[0]].endswith(cue.org_endings):
                name, kind = self.words_text(caps[0], names[-1] + 1), "org"
            return name, kind, titles, run
        low = lows[head]
        if low in cue.unnamed or (indefinite and low in cue.person_nouns):
            return "unnamed", "unnamed", [low], (x, cut)
        if low in cue.institutions or low.endswith(cue.org_endings) or low.rpartition("-")[2] in cue.institutions:
            # "das Unternehmen" is the one the article spoke of; "der Schwimmverein", "die CDU-Fraktion" name
            # their own
            known = None if indefinite else self.known_organisation(low, fallback=low in cue.institutions)
            return known or self.words_text(head, head + 1), "org", [], (x, cut)
        if low in cue.titles or low in cue.person_nouns:
            known = self.state.by_title.get(low) or self.state.aged(low, fallback=not indefinite) or (
                self.state.last_person if not indefinite else None)
            if known and known != "unnamed":
                return known, "person", [], (x, cut)
            if low in cue.titles and lows[x] in cue.definite:  # "Der Minister sagte": described, not named
                return self.description(x, head + 1), "description", [low], (x, cut)
            return "unnamed", "unnamed", [low], (x, cut)
        return None

    def after_according(self, k: int, a: int) -> bool:
        """Whether the verb at token ``k`` follows a one-word "according to" ("Según escribió el ministro en su blog,
        …"): what it reports is the clause after the comma."""
        return k > a and self.according_word(k - 1)

    def according_verb(self, j: int, a: int) -> bool:
        """Whether token ``j`` is a one-word "according to" after a comma, its verb next ("…, según informó",
        "…, selon ce qu'a indiqué"): the verb reports, its source comes after it."""
        return j > a and self.texts[j - 1] == "," and self.according_word(j)

    def according_word(self, j: int) -> bool:
        """Whether token ``j`` is an "according to" of one word: "según", "selon", "laut"."""
        phrase = self.cue.attribution.by_text.get(self.lows[j])
        return phrase is not None and phrase.kind == "according"

    def other_language(self, phrase: Phrase, cue_text: str, k: int, last: int, a: int, b: int) -> Attribution | None:
        """Cues of other languages' grammar: inversion, "so X", Konjunktiv I and the conditional of hearsay."""
        lows = self.lows
        after_comma = k > a and (self.texts[k - 1] in (",", "—", "–") or self.region[k - 1] >= 0)
        if phrase.kind == "inverted":  # "« … », a-t-elle ajouté", "ajoute-t-il": the pronoun is the subject
            if not after_comma:
                return None  # "Pourquoi a-t-il menti ?": a question, not a cue
            pronoun = lows[last].rsplit("-", 1)[-1]
            if pronoun == "on":
                return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
            found = self.state.resolve(pronoun, self.cue)
            pronoun_at = (k, last + 1)
            while last + 1 < b and self.word[last + 1] and self.scan.has_cue(self.starts[last + 1],
                                                                            self.end(last + 1)):
                last += 1  # "a-t-elle expliqué": the participle after the inverted auxiliary is the cue's too
            return Attribution(cue_text, k, last, found[0], found[1], pronoun_at)
        if phrase.kind == "after_comma":  # "…, so die Seniorin."
            if not after_comma or (last + 2 < b and self.word[last + 1] and self.texts[last + 1].islower() and (
                    lows[last + 1] not in self.cue.determiners) and self.word[last + 2] and (
                    self.texts[last + 2].islower())):
                return None  # ("…, so viel scheint sicher, …": "so much"; but "so örtliche Medien", "so dpa.")
            # "…, so die Seniorin.", "…, s'amuse leur professeur, Anne Kerjean." (an office and its holder)
            source = self.source_after(last + 1, b, a) or self.name_after(self.after_time(last + 1, b), b, a)
            end = source[3][1] if source is not None else b
            if end < b - 1 and self.texts[end] not in (".", ",", ";"):
                end = self.after_time(end, b)  # "…, so Müller am Dienstag."
            if source is None or (end < b - 1 and self.texts[end] not in (".", ",", ";")
                                  and self.lows[end] not in self.cue.after_inverted_source):
                return None  # (but "…, aldus het bedrijf in een verklaring")
            return Attribution(cue_text, k, last, source[0], source[1], source[3], titles=source[2])
        if phrase.kind != "konjunktiv" and any(lows[x] in _CONDITIONS for x in range(a, b)):
            return None  # "wenn er käme, wäre …", "s'il avait su, il aurait …": a condition, not hearsay
        if phrase.kind == "reportedly":  # "Der Landwirt soll die Hennen aufgestallt haben": so it is said
            if not self.said_to_have(last + 1, b) or any(
                    lows[z] in self.cue.reportedly_not_with for z in range(a, b)) or (
                    lows[self.first_content(a, k)] in self.cue.reportedly_not_opening):
                return None  # (a target, a rule or what would have been: "Bis 2030 soll die Stadt … halbiert haben",
                # "Zonder de brandweer zou het huis zijn afgebrand")
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None)
        if phrase.kind in ("konjunktiv", "konjunktiv_two"):  # "Nur ein Teil sei sichergestellt worden": still the
            # last speaker
            if not self.texts[k].islower() or any(lows[z] in ("ich", "du") for z in (k - 1, k + 1) if a <= z < b):
                return None  # "Die Suche läuft", "Ich glaube, …": a noun, or the first person's indicative
            first = lows[self.first_content(a, k)]
            if first in self.cue.nobody:
                return None  # "Niemand behauptet, dass der Standort zu retten sei": no one's words
            opening = self.cue.attribution.by_text.get(first) if phrase.kind == "konjunktiv_two" else None
            if phrase.kind == "konjunktiv_two" and (
                    (opening is not None and opening.kind == "konjunktiv_two") or self.texts[b - 1] == "?"
                    or any(lows[z] in self.cue.konjunktiv_two_not_after for z in range(a, k))):
                return None  # "Gäbe es mehr Personal, …", "Was würde das bedeuten?", "…, dass die Gebühren steigen
                # würden", "Fast hätte es einen Unfall gegeben": a condition, a question, a clause of the author's
            speaker = self.state.previous_quote
            if speaker is None:
                return None
            return Attribution(cue_text, k, last, speaker, "continued", None)
        j = last + 1  # the conditional: "auraient été informés", "avrebbe organizzato"
        while j < b and self.word[j] and (lows[j] in _CONDITIONAL_SKIP or _adverb(lows[j])):
            j += 1
        if j >= b or not self.word[j] or lows[j] in _MODAL_PARTICIPLES or not lows[j].endswith(_PARTICIPLE_ENDINGS):
            return None
        return Attribution(cue_text, k, last, "unnamed", "unnamed", None)

    def loud(self, j: int, b: int) -> bool:
        """Whether German "laut" before token ``j`` is the adverb "loudly": a form of "werden" or "sein" follows
        ("laut wurde", "laut ist"), or a participle with no noun after it ("laut geworden sein", "laut geschimpft,
        bis"); not "laut gesetzlichen Vorgaben", "laut dpa", "laut bisher unveröffentlichten Zahlen"."""
        low = self.lows[j]
        if low in _LOUD_AFTER:
            return True
        following = self.texts[j + 1] if j + 1 < b else ""
        return (self.texts[j].islower() and low.startswith("ge") and low.endswith(("t", "en")) and len(low) > 4
                and not following[:1].isupper())

    def said_to_have(self, j: int, b: int) -> bool:
        """Whether the clause from ``j`` ends in a past infinitive, which makes German "soll" and Dutch "zou"
        hearsay: a participle and "haben" ("aufgestallt haben"), "gewesen sein", "geworden sein", "worden sein";
        Dutch "hebben" or "zijn" beside a participle ("zou het plan hebben afgewezen", "zou zijn vertrokken") and
        "zou (vooral) gaan om". Not a state planned ("soll bis Mai abgeschlossen sein"), an infinitive with "zu"
        ("soll zu sehen sein") or what one would have ("zou meer geld hebben")."""
        lows = self.lows
        dutch = self.cue.language == "nl"
        while j < b and lows[j] not in (";", ":") and (dutch or lows[j] != ","):  # ("een eerder, goedkoper plan")
            before = lows[j - 1] if j >= 1 and self.word[j - 1] else ""
            if dutch:
                after = lows[j + 1] if j + 1 < b and self.word[j + 1] else ""
                if (lows[j] in ("hebben", "zijn") and (_DUTCH_PARTICIPLE.fullmatch(before)
                                                       or _DUTCH_PARTICIPLE.fullmatch(after))) or (
                        lows[j] == "gaan" and after == "om"):
                    return True
            elif before and (lows[j - 2] if j >= 2 else "") != "zu" and (
                    (lows[j] == "haben" and self.texts[j - 1].islower() and before.endswith(("t", "en")))
                    or (lows[j] == "sein" and before in ("gewesen", "geworden", "worden"))):
                return True
            j += 1
        return False

    def inside_name(self, k: int, a: int, b: int) -> bool:
        """A capitalised cue word inside a sentence that is not a headline: part of a name ("United States")."""
        text = self.texts[k]
        if k == a or not text[0].isupper() or text.isupper() or not self.word[k - 1]:
            return False
        long_words = [x for x in range(a, b) if self.word[x] and len(self.texts[x]) > 3 and self.region[x] < 0]
        capitalised = sum(1 for x in long_words if self.texts[x][0].isupper())
        return capitalised < 0.8 * len(long_words)  # "Iran Admits To Facilitating …": a title-case headline

    def after_relative_clause(self, s: int, k: int) -> bool:
        """Whether the participle cue at ``k`` closes a non-restrictive relative clause (", who … , saying").

        "Smith, who heads the board, resigned, saying …" is Smith's: the
        relative clause ended at a comma and the main clause went on.
        """
        commas = [x for x in range(s, k) if self.texts[x] == "," and self.region[x] < 0]
        for x in commas:
            if x + 1 < k and self.lows[x + 1] in _RELATIVES:
                return all(c >= k - 1 or c <= x for c in commas)
        return False

    def in_relative_clause(self, k: int, a: int) -> bool:
        """Whether the cue at ``k`` sits in a relative clause ("… which reportedly left …", "who allegedly said")."""
        i = k - 1
        while i > a and self.word[i] and (self.lows[i] in _BEFORE_MODAL or _adverb(self.lows[i])):
            i -= 1
        return i > a and self.lows[i] in _RELATIVES | {"that"} and self.region[i] < 0

    def subordinate(self, s: int, lo: int) -> bool:
        """Whether the subject starting at token ``s`` opens an adverbial clause.

        "The US cut its staff after diplomats reported symptoms", "although the
        media dismissed it": what the clause reports is background to the
        main clause, which is the author's (or has a cue of its own).
        """
        i = s - 1
        seen = 0
        while i >= lo and seen < 6 and self.word[i] and self.region[i] < 0:
            low = self.lows[i]
            if low in _SUBORDINATORS:
                return True
            if low in ("and", "or"):  # "after its personnel and their families reported"
                pass
            elif low == "of" or low in self.cue.stop_words or low in self.cue.modals:
                return False
            i -= 1
            seen += 1
        return False

    def passive(self, cue_text: str, k: int, last: int, a: int, b: int, modal: bool) -> Attribution | None:
        """ "has been accused by Kosovar authorities", "have been told", "it is said"."""
        for j in range(last + 1, min(b, last + 8)):
            if self.lows[j] == "by" and self.region[j] < 0:
                np = self.np_after(j + 1, b, a)
                found = self.speaker_from_np(np[0], np[1], a) if np else None
                if found and np:
                    return Attribution(cue_text, k, last, found[0], found[1], np, modal, found[2])
                break
        if self.lows[k] in _PASSIVE_CUES and not (
                self.lows[k] in _DIRECTIVE_PASSIVES and last + 1 < b and self.lows[last + 1] == "to"
                and all(self.region[x] < 0 for x in range(last + 1, b))):  # ("are told to “kill them …”": words)
            return Attribution(cue_text, k, last, "unnamed", "unnamed", None, modal)
        return None  # ("has not been asked to stay on", "were told to leave": an errand given, no claim reported)

    def names_rather_than_reports(self, k: int, last: int, a: int, b: int) -> bool:
        """ "a group called Democratize SSMU", "a man named Jeff": a name given, not words reported."""
        nxt = last + 1
        if nxt >= b or not (self.region[nxt] >= 0 or (self.word[nxt] and (
                self.texts[nxt][0].isupper() or self.texts[nxt][0].isdigit()))):
            return False  # ("An asteroid called 3200 Phaethon will skim past the Earth")
        if k - 1 < a or not self.plain_noun(k - 1):
            return False
        return any(self.lows[j] in self.cue.indefinite for j in range(max(a, k - 4), k - 1))

    def unsourced_in(self, start: int, end: int) -> str | None:
        """A hearsay marker ("reportedly") in the author's words of ``[start, end)``, if any."""
        scan = self.scan
        i = bisect.bisect_left(scan.cue_starts, start)
        while i < len(scan.cue_hits) and scan.cue_hits[i][0] < end:
            s, e, phrase = scan.cue_hits[i]
            i += 1
            if phrase.kind == "unsourced" and e <= end and (not self.regions or scan.quoted(s) < 0) and not (
                    self.declares_in_relative(bisect.bisect_left(self.starts, s))) and (
                    _phrase_key(phrase.text) not in self.cue.content_verbs):  # ("Ein Knall war zu hören")
                return self.text[s:e]
        return None

    def named_function_word(self, j: int, k: int, lo: int) -> bool:
        """Whether the function word at token ``j``, in the source phrase from token ``k``, is a name's: a surname
        after its particle ("volgens Ruud ten Have"), or initials spelling the word right after the cue or its
        article ("according to WHO"); not a word of a sentence written in capitals ("ACCORDING TO THE MAYOR IT
        WILL …") nor initials further on ("according to ABC News IT experts")."""
        if not self.is_cap(j, lo):
            return False
        if not self.acronym(j):
            return True
        return j == k or (j == k + 1 and self.lows[k] in self.cue.determiners)

    def declares_in_relative(self, k: int) -> bool:
        """Whether the Italian "si dice" at token ``k`` is "declares himself" in a relative clause: "Mario Rossi, che
        si dice pronto, è arrivato" is the man declaring himself ready, not the author's hedge. Before "che", a
        subjunctive or a conditional ("che si dice abbia perso milioni", "possa curare", "sarebbe fuggito") it is
        hearsay the author passes on, as "which reportedly lost"; so it is after "cui" ("di cui si dice")."""
        lows = self.lows
        if lows[k] != "si" or k == 0 or lows[k - 1] != "che" or k + 2 >= len(lows):
            return False
        after = lows[k + 2]
        return after != "che" and after not in _ITALIAN_SUBJUNCTIVE and not after.endswith(("ebbe", "ebbero"))

    def byline(self, end: int) -> tuple[str, str, list[str]] | None:
        """The writer in "“Title,” by Adam Kredo": "by" and a name right after the quoted text; or the speaker
        credited with a dash after it, ending the paragraph ("“… So, what do we do about that?” –Don Lemon")."""
        k = bisect.bisect_left(self.starts, end)
        while k < len(self.texts) and self.texts[k] == ",":
            k += 1
        credit = k + 1 < len(self.texts) and self.texts[k] in ("–", "—", "-", "--")
        if k + 1 >= len(self.texts) or not (self.lows[k] == "by" or credit) or not self.is_cap(k + 1, k + 1):
            return None
        runs = self.cap_runs(k + 1, min(len(self.texts), k + 6), k + 1)
        if not runs or runs[0][0] != k + 1:
            return None
        if credit and any(self.word[x] for x in range(runs[0][1], len(self.texts))):
            return None  # the credit ends the paragraph
        found = self.name_of(runs[0])
        return found if found[1] in ("person", "name") else None

    def sort_quotations(self, start: int, end: int, speaks: bool) -> Quotations:
        """The quotations of the words ``[start, end)``, sorted as a claim reads them: someone's words, or the
        author's scare quotes; a title in marks is neither. ``speaks``: someone is said to speak here."""
        a, b = self.span(start, end)
        in_words = list(compress(range(a, b), self.word[a:b]))
        region_ids = sorted({self.region[k] for k in in_words if self.region[k] >= 0}) if self.regions else []
        real: list[int] = []
        fragments: list[int] = []
        spoken = -1  # "“Absolutely,” Pompeo said": a short quotation that is speech, never scare quotes
        for r in region_ids:
            region = self.regions[r]
            size = self.region_words[r]
            if size <= 4 and region.closed and _spoken_opening(self.text, region, start) and (
                    speaks or not self.text[region.end : end].strip()):
                spoken = r
                real.append(r)
            elif region.carried or not region.closed or self.spoken_sentence(region, start, end):
                real.append(r)
            elif self.region_caps[r] and size <= 4:
                continue  # a title or name in marks: "Defeat Jihad", ‘Wishing Well’
            elif size <= SCARE_QUOTE_MAX_WORDS and not self.introduced_by_colon(r):
                fragments.append(r)
            else:
                real.append(r)
        quoted = sum(1 for k in in_words if self.region[k] in real) if real else 0
        outside = [k for k in in_words if self.region[k] < 0] if region_ids else in_words
        return Quotations(in_words, region_ids, real, fragments, spoken, quoted, outside)

    def reports_after(self, k: int) -> bool:
        """Whether token ``k`` opens words reported in the author's sentence after a verb in its participle:
        "adding that", "ajoutant qu'il", "acrescentando que" (not the relative "que" after a noun: "Rosa
        Giménez, de 67 años, que vive frente a la plaza")."""
        low = self.lows[k]
        return (k > 0 and (low in _CONTENT_OPENERS or low.startswith(("qu'", "qu’")))
                and self.lows[k - 1].endswith(("ant", "ando", "endo", "ing")))

    def spoken_sentence(self, region: Region, start: int, end: int) -> bool:
        """A short quotation that is a whole sentence, with its own full stop, right after a quotation:
        "“We will fight this,” said Ann Lee. “Nobody asked us.”" is more of her words, not scare quotes (nor
        with the full stop after the mark: "«Cosa gli racconto?».")."""
        if self.state.previous_quote is None or self.text[start : region.start].strip() or (
                self.text[region.end : end].strip(" .")):
            return False
        return self.text[region.start + 1 : region.end - 1].rstrip().endswith((".", "!", "?", "…"))

    def quote_type(self, start: int, q: Quotations, attribution: Attribution | None) -> str:
        """Direct, mixed or indirect, counting as the article's own words those outside quotations that are
        neither the attribution's (its cue and source) nor function words."""
        skip: set[int] = set()
        if attribution is not None:
            skip.update(range(attribution.first, attribution.last + 1))
            if attribution.speaker_tokens:
                # A source after its verb takes what stands between them: "», ha dichiarato in conferenza stampa
                # il procuratore capo, Ernesto Valsecchi." is all the attribution of a direct quotation.
                source_start, source_end = attribution.speaker_tokens
                after_verb = source_start > attribution.last
                skip.update(range(attribution.last + 1 if after_verb else source_start, source_end))
        own = [k for k in q.outside if k not in skip and self.lows[k] not in _FUNCTION_WORDS]
        quote_type = _quote_type(self, q.real, q.fragments, own, q.quoted, start)
        if quote_type == "direct" and attribution is not None and q.real and (
                _phrase_key(attribution.cue) in self.cue.marks_reported
                and min(self.regions[r].start for r in q.real) > self.starts[attribution.last]):
            quote_type = "mixed"  # "habló de “un elefante blanco …”": the verb's object, in the author's sentence
        opens = q.real and not self.text[start : min(self.regions[r].start for r in q.real)].strip()
        if quote_type == "mixed" and opens and not any(self.scan.has_cue(self.starts[k], self.starts[k] + 1)
                                                       and self.lows[k] not in self.cue.finding_verbs for k in own
                                                       ) and not any(self.reports_after(k) for k in q.outside):
            # "“…,” said Gilbert Saucedo, a Los Angeles lawyer who …": the quotation, then who said it,
            # where and when; a second report after it ("adding that …", "ajoutant que …") makes it mixed
            quote_type = "direct"
        return quote_type

    def author_extras(self, start: int, end: int, attribution: Attribution | None,
                      fragments: Sequence[int]) -> tuple[dict[str, float], list[tuple[str, str]]]:
        """Framing a sentence's grammar adds to its cue words: a modal or group attribution, hearsay, scare quotes."""
        extra: dict[str, float] = {}
        triggers: list[tuple[str, str]] = []
        if attribution is not None and attribution.modal:  # "the defender will call it …"
            extra["speculation"] = STRONG
            triggers.append(("speculation", attribution.cue))
        elif attribution is not None:  # "Leftists insist"
            extra["generalisation"] = STRONG
            triggers.append(("generalisation", f"{attribution.speaker} {attribution.cue}"))
        else:  # "the massacre which reportedly left 58 dead": hearsay the author keeps at a distance
            hearsay = self.unsourced_in(start, end)
            if hearsay is not None:
                extra["hedging"] = STRONG
                triggers.append(("hedging", hearsay))
        for r in fragments:
            region = self.regions[r]
            extra["scare quotes"] = extra.get("scare quotes", 0.0) + STRONG
            triggers.append(("scare quotes", self.text[region.start + 1 : region.end - 1].strip(" ,.;:")))
        return extra, triggers

    def introduced_by_colon(self, r: int) -> bool:
        """ "had a blunt reply: “Please pardon my daughter.”": quoted words after a colon are someone's."""
        k = bisect.bisect_left(self.starts, self.regions[r].start)
        return k > 0 and self.texts[k - 1] == ":"

    def direct_speech_follows(self, last: int, b: int) -> bool:
        """ "…, when he said: …", "after she called it “a farce”": words in marks are always someone's."""
        j = last + 1
        while j < b and j <= last + 3 and (self.texts[j] == "," or (self.word[j] and self.region[j] < 0)):
            j += 1  # "called it “a disgrace”", "reported seeing “lights”"
        if j < b and (self.texts[j] == ":" or self.region[j] >= 0):
            return True
        return j >= b and self.text.rstrip().endswith(":")

    def marks_after_object(self, last: int, b: int) -> bool:
        """Whether words in marks open within a few words after the verb ending at token ``last``, in its clause,
        with at most its object and "as" between: "called the plan “a disaster”", "defended Louis Farrakhan as an
        “outstanding human being”", "parle d'une décision « qui honore la ville »". Not a name or title in marks
        ("spoke about her memoir, “Becoming,”", "un village appelé « Sainte-Claire »"), nor marks in a clause of
        their own ("défend sa réforme, jugée « injuste » par les syndicats", "… when protesters chanted “…”")."""
        cue, lows = self.cue, self.lows
        for j in range(last + 1, min(b, last + 11)):
            r = self.region[j]
            if r >= 0:
                return not (self.region_caps[r] and self.region_words[r] <= 4)
            low = lows[j]
            if low == "'" and lows[j - 1].endswith("s"):
                continue  # "labelled the inspectors' report “deeply flawed”"
            if not (self.word[j] or low == ",") or low in _CONTENT_OPENERS or low in cue.clause_links or (
                    cue.quoting_stops.match_words(lows, j, b) is not None):
                return False  # "spoke of his plans and said “…”": the marks are another verb's
            if self.texts[j - 1] == "," and j - 1 > last and (
                    low in cue.relatives or low.removesuffix("s").endswith(_OPENING_PARTICIPLES)):
                return False  # ", qui …", ", jugée « … » par …": a clause of its own
        return False

    def reports_words(self, last: int, b: int) -> bool:
        """Whether words follow the cue, not only its topic ("and has tweeted about it"): "that", a colon or a
        quotation in its clause ("and said on Twitter that …"), else three words not opening with a topic."""
        after = last + 1
        for x in range(after, min(b, after + 12)):
            if self.texts[x] in (".", ";"):
                break
            if self.lows[x] in ("that", ":") or self.region[x] >= 0:
                return True
        return after < b and self.lows[after] not in _TOPIC_PREPOSITIONS and sum(self.word[after:b]) >= 3

    def followed_by_content(self, last: int, b: int) -> bool:
        j = last + 1
        return j < b and (self.lows[j] in _CONTENT_OPENERS or self.region[j] >= 0)


def _with_titles(named: Found, titles: list[str]) -> Found:
    """A name given with a description ("The current Labour mayor, John Biggs,") takes the description's
    title, so that "the mayor" later in the article is known to be them."""
    return named[0], named[1], [*named[2], *(t for t in titles if t not in named[2])], named[3]


def _adverb(word: str) -> bool:
    """ "falsely", "repeatedly": words between a subject and its verb."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in ("family", "italy", "july")


_TITLE_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Maj|Dr|Mr|Mrs|Ms|St|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Atty|Pres)\.$"
)


def _join_title_abbreviations(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Democratic Illinois Rep." + "Danny Davis defended …" is one sentence, whatever the segmenter says."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        # The abbreviation ends the sentence: look at its last characters only.
        after_title = joined and _TITLE_ABBREVIATION.search(text, max(joined[-1][0], joined[-1][1] - 8), joined[-1][1])
        if after_title and text[start : start + 1].isupper():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _people_plural(word: str, language: str) -> bool:
    """A plural by its ending, with the English plurals of "-man" ("fishermen", "women"; not "specimen", nor
    German "Unternehmen")."""
    return _plural(word) or (language == "en" and len(word) > 4 and word.endswith("men") and not word.endswith("imen"))


def _listed_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether a lower-case noun is in a list that gives most nouns in the singular ("records" of "record")."""
    return word in nouns or word.removesuffix("s") in nouns


def _shown(speaker: str) -> str:
    return "an unnamed source" if speaker == "unnamed" else speaker


# ---------------------------------------------------------------- who is who


_OFFICE_MODIFIERS = frozenset({"deputy", "vice", "former", "under", "assistant", "acting", "associate", "junior"})
# Initials that name a country or a union of them, whatever titles an article writes: "the US said".
_BODY_INITIALS = frozenset({"us", "usa", "uk", "eu", "un", "uae", "ussr"})


def _title_initials(context: str, title: str, name: str) -> list[str]:
    """The initials, in lower case, of the capitalised title of two or more words written before ``name`` in
    ``context`` and ending in ``title``: "ig" (and "dig") for "DOJ Inspector General Michael Horowitz"."""
    at = context.find(name)
    if at <= 0 or not context[:at].rstrip().lower().endswith(title):
        return []
    words = context[:at].split()[-4:]
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or not word.isalpha():
            break
        run.insert(0, word)
    # Not the initials of a part after a word that makes it another office: "Deputy Prime Minister" is no "PM".
    return ["".join(w[0] for w in run[-n:]).lower() for n in range(2, len(run) + 1)
            if n == len(run) or run[-n - 1].lower() not in _OFFICE_MODIFIERS]


class ArticleState:
    """Who has been named so far: resolves "he", "they", "Mr Spencer", "the governor", "the report"."""

    def __init__(self, title_synonyms: dict[str, frozenset[str]] | None = None,
                 known_genders: Genders | None = None) -> None:
        # "attorney Marc Victor" is "the lawyer" later: each title's words for the same office (Cues.title_synonyms)
        self.title_synonyms = title_synonyms or {}
        self.known_genders = known_genders or genders("en")
        self.genders: dict[str, str | None] = {}  # person -> gender, where a title or given name makes it plain
        self.people: list[str] = []  # everyone named as a person, the last named last
        self.by_token: dict[str, str] = {}  # surname or first name -> full name
        self.by_title: dict[str, str] = {}  # "governor" -> the person introduced with that title
        self.families: dict[str, list[str]] = {}  # surname -> the full names that carry it ("the Hammonds")
        self.last_person: str | None = None
        self.last_org: str | None = None
        self.last_plural: str | None = None  # "Pamela Geller and Robert Spencer": who "they" may be
        self.last_speaker: str | None = None
        # The person who opened an author's sentence since anyone last spoke: "Haig does not blame himself. “…”"
        self.subject_since_speech: str | None = None
        self.plural_after_org = False  # the people named together came after the last organisation
        self.documents: dict[str, str] = {}  # "report" -> its author
        self.last_author: str | None = None
        # The speaker of the sentence just before, when it was a quotation:
        # "He added: …" continues with them.
        self.previous_quote: str | None = None
        self.context = ""  # the paragraph being read
        self.known_before = 0  # how many of by_token's names were known before the paragraph being read
        self.last_named: str | None = None  # the last person the text named in full, subject or not
        # Where the paragraph being read names people outside quotation marks, not after "of" or "to" (offset,
        # name), and the last of those before it: the names are noted before the paragraph's sentences are read.
        self.named_here: list[tuple[int, str]] = []
        self.named_before: str | None = None
        self.organisations: list[str] = []  # every organisation named so far as a source, in order
        # Organisations named in passing, not (yet) as a source: "the council" may mean one, "the company" a firm.
        self.mentioned: list[str] = []
        self.defined_initials: set[str] = set()  # a body's initials the article gives ("Election Commission (EC)")
        self.firms: list[str] = []
        # Everyone named with a title, in order: (title, name, the paragraph that named them).
        self.titled: list[tuple[str, str, str]] = []
        # (name, paragraph) of the person a sentence opened with, described then named: "Le maire, Jean Roux, …"
        self.introduced: tuple[str, str] | None = None
        # The article's text, to tell how it writes a word that opens a sentence capitalised ("Plusieurs
        # membres", "Quatre mois plus tard"); None for text outside an article.
        self.article_text: str | None = None
        self.capitalised_words: frozenset[str] | None = None
        self.lower_words: frozenset[str] | None = None
        self.article_low: str | None = None  # article_text lower-cased, "’" as "'"; "" when lower() changes length
        self.case_answers: dict[str, str | None] = {}

    def case_of(self, word: str) -> str | None:
        """How the article writes ``word`` (as it opens a sentence, capitalised) elsewhere: "capitalised" when
        it does after another word or a comma (where a capital says "name", or in German "noun"), else "lower"
        when it writes it in lower case, else None.

        An article is asked about two or three words, so each question looks only at the places the word occurs
        (found in C), memoised; reading every word of every article into sets cost 6% of `workbench suggest`.
        Text whose lower case changes its length ("İ") is read into the sets as before."""
        text = self.article_text
        if text is None:
            return None
        low = word.lower().replace("’", "'").removesuffix("'s")
        if low in self.case_answers:
            return self.case_answers[low]
        if self.article_low is None:
            lowered = text.lower()
            self.article_low = lowered.replace("’", "'") if len(lowered) == len(text) else ""
        answer = self._case_by_occurrence(text, low) if self.article_low else self._case_by_sets(text, low)
        self.case_answers[low] = answer
        return answer

    def _case_by_occurrence(self, text: str, low: str) -> str | None:
        """case_of's answer from the whitespace-separated tokens that start where ``low`` occurs in the text."""
        article_low = self.article_low or ""
        lower = False
        i = article_low.find(low) if low else -1
        while i >= 0:
            if i == 0 or text[i - 1].isspace():
                end = _WHITE.search(text, i)
                token = text[i : end.start() if end else len(text)]
                if token[:1].isupper():
                    run = i - 1
                    while run > 0 and text[run - 1].isspace():
                        run -= 1
                    if ((run == 0 or not _AFTER_NO_WORD.match(text, run - 1)) and i > 0
                            and token.strip(_WORD_EDGES).lower().replace("’", "'").removesuffix("'s") == low):
                        return "capitalised"
                elif not lower and token[:1].islower():
                    lower = token.strip(_WORD_EDGES).replace("’", "'") == low
            i = article_low.find(low, i + 1)
        return "lower" if lower else None

    def _case_by_sets(self, text: str, low: str) -> str | None:
        """case_of's answer by its definition, every word read into two sets: for text whose lower case changes
        its length, where offsets in the lower-cased text are not the text's."""
        if self.capitalised_words is None or self.lower_words is None:
            self.lower_words = frozenset(w.strip(_WORD_EDGES).replace("’", "'")
                                         for w in set(text.split()) if w[:1].islower())
            self.capitalised_words = frozenset(w.strip(_WORD_EDGES).lower().replace("’", "'").removesuffix("'s")
                                               for w in set(_AFTER_A_WORD.findall(text)) if w[:1].isupper())
        if low in self.capitalised_words:
            return "capitalised"
        return "lower" if low in self.lower_words else None

    @contextlib.contextmanager
    def unchanged(self) -> Iterator[None]:
        """Reading text that is not the article's (a caption, "[Emphasis added]") leaves who was named as it was."""
        saved = {key: dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
                 for key, value in vars(self).items()}
        families = {key: list(value) for key, value in self.families.items()}
        try:
            yield
        finally:
            for key, value in saved.items():
                if key not in _READING_CACHES:
                    setattr(self, key, value)
            self.families = families

    def canonical(self, name: str) -> str:
        parts = name.split()
        if not parts:
            return name
        if len(parts) == 1:
            family = self.families.get(_norm(parts[0]).removesuffix("s"), ()) if name.endswith("s") else ()
            if len(family) > 1 and _norm(parts[0]) not in self.by_token:
                return " and ".join(family)  # "the Hammonds": Dwight Hammond and Steven Hammond
            return self.by_token.get(_norm(parts[0]), name)
        full = self.by_token.get(_norm(parts[-1]))
        if full and len(full.split()) > len(parts) and full.split()[-1] == parts[-1] and all(
                part in full.split() or (part.endswith(".") and (len(part) > 2 or any(
                    word.startswith(part[0]) for word in full.split()))) or (
                    part.lower() in SURNAME_PARTICLES and part.lower() in full.split()) for part in parts[:-1]):
            # "John McFadden", "Fr. Weinandy" (a title) are "John Joe McFadden", "Thomas G. Weinandy"; "Van Dalen"
            # opening a sentence is "Erik van Dalen";
            return full  # "Gladys Peña" is not "Caño Martín Peña", nor "R. Peña" "Gladys Caño Peña"
        return name

    def know(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2 and "and" not in parts:  # not "Dwight Hammond and Steven Hammond": two people
            self.by_token.setdefault(_norm(parts[0]), name)
            self.by_token[_norm(parts[-1])] = name
            self.family(name)

    def family(self, name: str) -> None:
        """Remember a full name under its surname: "the Hammonds" are everyone named Hammond."""
        members = self.families.setdefault(_norm(name.split()[-1]), [])
        if name not in members:
            members.append(name)

    def mention(self, name: str, kind: str, titles: Sequence[str] = ()) -> str:
        name = self.canonical(name)
        if kind in ("person", "name"):
            self.know(name)
            for title in titles:
                self.entitle(title, name)
            self.named_person(name, titles)
            self.last_person = name
            if self.introduced is not None and self.introduced[0] != name:
                self.introduced = None  # someone else spoke since: "elle" is more likely them
        elif kind == "org":
            self.named_organisation(name)
        return name

    def titled_as(self, name: str, titles: Sequence[str]) -> None:
        """``name`` was written with ``titles``: "Ms", "Bürgermeisterin" tell their gender."""
        for title in titles:
            gender = self.known_genders.of_title(title)
            if gender is not None:
                self.genders[name] = gender

    def last_person_noted(self) -> str | None:
        """The person the text gave last as a speaker or a sentence's subject, outside quotations, whose given name
        or title says they are a person (German capitalises "Ende Oktober" as it does a name): see aged."""
        return next((name for name in reversed(self.people[-3:]) if self.gender_of(name) is not None), None)

    def named_person(self, name: str, titles: Sequence[str] = ()) -> None:
        """``name`` is a person the text just gave as a speaker or a sentence's subject, with ``titles``: "she" may
        mean them if no title or given name says they are a man."""
        self.titled_as(name, titles)
        if self.people and self.people[-1] == name:
            return
        if name in self.people:
            self.people.remove(name)
        self.people.append(name)

    def gender_of(self, name: str) -> str | None:
        """``name``'s gender, where a title or the given name makes it plain: the article's titles are read
        anywhere before the surname ("Ms Polglaze said", "Bürgermeisterin Renate Kolbeck")."""
        if name not in self.genders:
            self.genders[name] = self.known_genders.of_name(name) or self.titled_gender(name)
        return self.genders[name]

    def titled_gender(self, name: str) -> str | None:
        """The gender the titles before ``name``'s surname in the article give ("Ms Polglaze", "Bürgermeisterin
        Renate Kolbeck"), or None when they give none or both ("Sasha Varga … Mr Varga, her father")."""
        text = self.article_text
        parts = name.split()
        if not text or not parts:
            return None
        found: set[str] = set()
        # The surname as a whole word right after a space: found with str.find, as a regular expression per
        # name cost a twentieth of `workbench suggest` (compiling it, and its look-behind tried at every place).
        needle = " " + parts[-1]
        pos = text.find(needle)
        while pos >= 0:
            start = pos + 1
            end = start + len(parts[-1])
            if end == len(text) or not (text[end].isalnum() or text[end] in "_’'-"):
                before = text[max(0, start - 60) : start].split()
                if before and before[-1] == parts[0] and len(parts) > 1:
                    before.pop()  # "Ms Kerensa Polglaze": the title before the given name
                gender = self.known_genders.of_title(before[-1]) if before else None
                if gender is not None:
                    found.add(gender)
            pos = text.find(needle, end)
        return found.pop() if len(found) == 1 else None

    def entitle(self, title: str, name: str) -> None:
        """``name`` holds ``title``: "the lawyer" (or "the attorney") is them from now on."""
        for word in self.title_synonyms.get(title) or (title,):
            self.by_title[word] = name
        prefix, _, bare = title.rpartition("-")
        if prefix and bare and prefix not in _RANK_PREFIXES:  # "RBM-Sprecherin Katrin Obermeier": "die Sprecherin"
            self.by_title.setdefault(bare, name)  # later (not "vice-president": "the president" is someone else)
        self.titled.append((title, name, self.context))
        for initials in _title_initials(self.context, title, name):
            self.by_title[initials] = name  # "Inspector General Michael Horowitz": "the IG" later (see title_holder)

    def named_organisation(self, name: str) -> None:
        self.last_org = name
        self.plural_after_org = False
        self.organisations.append(name)

    def organisation(self, noun: str, fallback: bool = True, kinds: frozenset[str] = frozenset(),
                     generic: bool = True, specific: bool = False, passing: bool = False) -> str | None:
        """The organisation "the court", "the agency", "das Gericht" means: the last one named whose name
        ends a word with that noun ("Landgericht Kaltenbach", "Environmental Protection Agency"), else (with
        ``fallback``) the last organisation named; for a noun that is not ``generic`` ("the company") the
        last whose name holds none of the words ``kinds`` (a firm, not the "Agência Nacional de Mineração"
        named since); a ``specific`` noun ("la préfecture") falls back to none whose name holds another of ``kinds``
        ("l'Agence régionale de santé"); a ``passing`` one ("the regulator") to the body named last in passing."""
        for names in (self.organisations, self.firms, self.mentioned):  # a source before a name in passing
            for name in reversed(names):
                if any(_norm(w).endswith(noun) for w in name.split()):
                    return name
        if not fallback or generic:
            last = self.last_org if fallback else None
            if last is None and fallback and passing and self.mentioned:
                last = self.mentioned[-1]  # "The Energy Markets Authority (EMA) has cut the charge. The regulator
                # said …": the body named in passing, where none has spoken yet
            if last and specific and noun in kinds and any(_norm(w) in kinds for w in last.split()):
                return None  # "la préfecture" is not "l'Agence régionale de santé", another kind of institution
            return last
        return next((name for name in reversed(self.firms + self.organisations)  # ("they said" after an unnamed
                     if name != "unnamed" and not any(_norm(w) in kinds for w in name.split())), None)  # source)

    def police_force(self, noun: str, cue: Cues) -> str | None:
        """The police force named last as a source, which "the police" (``noun``) means: a body whose name has the
        same police word (English "police" and "constabulary" alike) as its head, first or last ("Norfolk
        Constabulary", "Police Scotland", "Las Vegas Metropolitan Police Department", "Polizeirevier Harz"); never
        another body ("la police" after "la préfecture"), a union or a watchdog ("Scottish Police Federation",
        "Independent Office for Police Conduct") nor another force ("la police" is not "la gendarmerie")."""
        words = {"police", "constabulary"} if noun in ("police", "constabulary") else {noun}
        for name in reversed(self.organisations):
            parts = [_norm(part) for part in name.split()]
            if any(part in cue.police_not_forces for part in parts):
                continue
            heads = [i for i, part in enumerate(parts) if any(word in part for word in words)]
            if heads and (heads[0] == 0 or all(part in cue.police_after for part in parts[heads[-1] + 1 :])):
                return name
        return None

    def together(self, names: str) -> None:
        """People named together ("X and Y"): "they" and "the pair" may mean them."""
        self.last_plural = names
        self.plural_after_org = True

    def wrote(self, author: str, document: str) -> None:
        self.documents[document.removesuffix("s")] = author
        self.last_author = author

    def author_of(self, document: str) -> tuple[str, str, list[str]] | None:
        """Who wrote "the letters": the author named with that document, else the last author, else organisation."""
        author = self.documents.get(document.removesuffix("s")) or self.last_author
        if author is not None:
            return author, "person" if author in self.by_token.values() else "org", []
        if self.last_org is not None:
            return self.last_org, "org", []
        return None

    def known_earlier(self) -> list[str]:
        """The name keys known before the paragraph being read (by_token keeps the order it learnt them in)."""
        return list(self.by_token)[: self.known_before]

    def person(self, gender: str | None = None, at: int | None = None) -> tuple[str, str, list[str]]:
        """Whom "he", "she" or "his view" means: the speaker just quoted, else the person this paragraph introduced
        (see below), else the person who spoke last. When that person is known to be of the other ``gender``
        (the pronoun's), the first of the others who is known to be of it, else the last person named who is, else
        the first of the others whose gender is unknown. A person is passed over only when known to be of the
        other gender."""
        quoted = self.previous_quote
        if quoted is not None and (gender is None or self.gender_of(quoted) in (None, gender)):
            return quoted, "person", []  # (the common case, answered before the paragraph's titles are read)
        # "Le maire, Yannick Le Bihan, défend … Selon lui, …": the person this paragraph introduced last as a
        # sentence's subject, unless someone else spoke since (a speaker recorded after the introduction clears
        # it); else the person who spoke last; else the person named last with a title in this paragraph (not any
        # capitalised run the text named: "Allah Akbar", "Holy Communion")
        introduced = self.introduced[0] if self.introduced is not None and self.introduced[1] == self.context else None
        titled = self.last_named if any(name == self.last_named and where == self.context
                                        for _, name, where in self.titled) else None
        candidates = [name for name in (self.previous_quote, introduced, self.last_person, titled) if name]
        named = self.named_by(at) if not candidates and at is not None else None
        named_gender = self.gender_of(named) if named is not None else None
        if named is not None and named_gender is not None and gender in (None, named_gender):
            # nobody has spoken or opened a sentence yet: the person named last before the pronoun, when a given
            # name or a title says it is a person ("Onder de toehoorders zat ook Annelies Verhulst. Na de uitspraak
            # vertelde ze: …"; not "Holy Communion", nor "Stephen Paddock" in "He said he sold … to Stephen Paddock")
            candidates = [named]
        if not candidates:
            return "unnamed", "unnamed", []
        if gender is None or self.gender_of(candidates[0]) in (None, gender):
            return candidates[0], "person", []
        same = next((name for name in candidates if self.gender_of(name) == gender), None) or next(
            (name for name in reversed(self.people) if self.gender_of(name) == gender), None) or next(
            (name for name in candidates if self.gender_of(name) is None), None)
        return (same or candidates[0]), "person", []

    def named_by(self, at: int) -> str | None:
        """The person the text named last, outside quotation marks, before offset ``at`` of the paragraph."""
        return next((name for start, name in reversed(self.named_here) if start < at), self.named_before)

    def aged(self, noun: str, fallback: bool = False) -> str | None:
        """Who "the 40-year-old" or "der 31-Jährige" is: the person the article gave that age ("Tom Kerr, 40,",
        "Reto Gisler (31)"), when it named them; with ``fallback``, where it gave no one that age, the last
        speaker, else the person named last (see last_person_noted); None for other nouns."""
        age = noun.split("-", 1)[0]
        if not age.isdigit():
            return None
        return self.of_age(age) or (self.last_person or self.last_person_noted() if fallback else None)

    def of_age(self, age: str) -> str | None:
        """The person the article gave ``age`` after their name, when it named them."""
        if not self.article_text:
            return None
        names = set(self.by_token.values())
        for match in re.finditer(rf"([^\W\d_][\w'’-]*) ([^\W\d_][\w'’-]*)(?:, | \(){age}\b", self.article_text):
            full = f"{match.group(1)} {match.group(2)}"  # "Tom Holloway, 40," not his mother Jean Holloway
            name = full if full in names else self.by_token.get(_norm(match.group(2)))
            if name is not None:
                return name
        return None

    def resolve(self, pronoun: str, cue: Cues, gendered: bool = True,
                at: int | None = None) -> tuple[str, str, list[str]]:
        """Whom ``pronoun`` means; ``at``, its offset in the paragraph, lets a person named just before it count."""
        if pronoun in cue.person_pronouns:  # ("Ze zeggen": several people, no one named before)
            return self.person(self.known_genders.of_pronoun(pronoun) if gendered else None, at if gendered else None)
        if pronoun in cue.plural_pronouns and self.last_plural and (self.plural_after_org or not self.last_org):
            return self.last_plural, "plural", []  # "They said": the people named together last
        name = (self.last_org if pronoun in cue.thing_pronouns else None) or self.last_org or self.last_speaker
        return (name, "org", []) if name else ("unnamed", "unnamed", [])


def _before_a_false_particle(parts: list[str], cue: Cues) -> list[str]:
    """A name's words up to a lower-case "de"/"van" that is "of", not a surname's particle: one given name
    comes before a particle ("Jan de Vries"), a whole name or an institution before "of" ("Pedro Sánchez de
    Podemos", "Gobierno de España")."""
    particle = next((i for i, w in enumerate(parts) if w.islower()), None)
    if particle is not None and (particle != 1 or _norm(parts[0]) in cue.institutions | cue.np_lower):
        return parts[:particle]
    return parts


def _person_word(word: str, cue: Cues) -> bool:
    """Whether ``word`` is a common given name or a title ("Mary", "Maria", "Speaker"): a person's name's word,
    not one that opens a sentence before a name ("Enter") or an organisation's ("Câmara Municipal")."""
    low = _norm(word).rstrip(".")
    return low in cue.genders.given_names or low in cue.titles


def _after_possessive(parts: list[str], cue: Cues) -> list[str]:
    """A capitalised run's words after an owner in the possessive, when a common given name or a title follows
    it: "Fox News’ Tucker Carlson", "Google's Sundar Pichai" name the person after it; "Children's Hospital Los
    Angeles" and "Sotheby's International Realty" are names as they are."""
    owners = [i for i, w in enumerate(parts[:-2]) if w.endswith(("’", "'", "’s", "'s")) and len(w) > 2]
    if not owners:
        return parts
    if _person_word(parts[owners[-1] + 1], cue):
        return parts[owners[-1] + 1 :]
    return parts


def _after_sentence_end(parts: list[str]) -> list[str]:
    """A capitalised run's words after a sentence that ended inside it ("Vorgehen. Laut Anklage": German
    capitalises nouns); a short word's full stop ("Dr.", "St.") ends none."""
    ends = [i for i, w in enumerate(parts[:-1]) if w.endswith(".") and len(w) > 4]
    return parts[ends[-1] + 1 :] if ends else parts


@lru_cache(maxsize=4096)
def _full_name(text: str, previous: str, language: str, office: bool = False) -> tuple[str, str, str] | None:
    """The person a capitalised run names, as (name, its last word, title), or None: titles, a cue
    word ("Selon Le Monde") and words ending a sentence dropped; ``previous`` is the word before
    ("le président X"); ``office`` says the run follows a title and "of" ("Minister of Health Oly
    Ilunga"), so its words before the name are the office."""
    cue = cues(language)
    parts = text.removesuffix("’s").removesuffix("'s").rsplit("--", 1)[-1].split()  # "Holy Communion--Cardinal X"
    parts = _after_possessive(_after_sentence_end(parts), cue)
    titles = [i for i, w in enumerate(parts) if _norm(w).rstrip(".") in cue.titles]
    title = _norm(previous) if previous and _norm(previous) in cue.titles else ""
    if titles:  # what comes before the title qualifies it: "WHO Director-General Tedros Adhanom Ghebreyesus"
        title = _norm(parts[titles[-1]]).rstrip(".")
        parts = parts[titles[-1] + 1 :]
    acronym = [w for w in parts if w.isupper() and len(w.rstrip(".")) > 1 and w not in _GENERATIONS]
    if acronym or any(_norm(w) in cue.org_words for w in parts) or (titles and any(
            _norm(w) in cue.stop_words for w in parts[1:])) or _title_case(parts):
        return None  # an organisation, or a headline in title case ("Judge Extends Freeze On Immigrants")
    while parts and (_norm(parts[0]) in cue.stop_words or _norm(parts[0]) in _DISCOURSE
                     or _norm(parts[0]) in cue.determiners or _cue_word(cue, parts[0])):
        parts = parts[1:]  # "Selon Le Monde": the cue is no part of the name
    given = cue.genders.given_names
    if len(parts) > 2 and _norm(parts[1]) in given and (_norm(parts[0]).endswith("ing") or (
            language == "de" and _norm(parts[0]) not in given)):
        # "Sentencing Jack Miller, 24, the judge said": a participle opening the sentence; German "Ornithologin
        # Sietske Brouwer": a noun for what she does, which no list holds, is her title
        if language == "de" and not title:
            title = _norm(parts[0])
        parts = parts[1:]
    if len(parts) < 2 or _norm(parts[-1]) in _NEVER_NAMES:
        return None  # (not "Late Thursday")
    parts = _before_a_false_particle(parts, cue)
    if len(parts) < 2:
        return None
    if len(parts) > 2 and office:
        parts = parts[_holder_start(parts):]
    # "Mueller" is Robert S. Mueller III, but "Paul" is not John Paul II: a numeral after two words is a regnal one.
    generation = parts[-1] in _GENERATIONS and (len(parts) > 3 or not parts[-1].startswith("I"))
    surname = parts[-2] if generation else parts[-1]
    return " ".join(parts), _norm(surname), title


def _title_case(parts: Sequence[str]) -> bool:
    """Whether a capitalised run holds a function word written with a capital after its first word."""
    return any(w[:1].isupper() and _norm(w) in _TITLE_CASE_WORDS for w in parts[1:])


# Initials in brackets: "(WHO)", "(SES-MT)" (a Brazilian state's letters after the body's), or a syllabic acronym
# written as a word ("Ministerio de Salud (Minsa)", "Superintendencia de Transporte … (Sutran)").
_ACRONYM_DEFINED = re.compile(r"\(([A-Z][A-Z&]{1,7}(?:-[A-Z]{2})?|[A-Z][a-z]{3,7})\)")
_ACRONYM_JOINERS = _set("of for and on the de del la las los des du della delle di do da dos das y et e und für der "
                        "en van voor ter het")
_ELIDED = re.compile(r"^[LlDd][’']")  # "L'Agence": the article is no part of the name
_SENTENCE_MARKS = frozenset(".!?:;\"“”«»„—–")  # what may come right before a sentence's first word
# The article, or "of" with its article, written as one word with the name after it: "l'Istat", "dell'Università";
# not "d'" ("Bella d’Abrera") nor a surname's "Dell'" ("Fabrizio Dell'Orto").
_ELIDED_ARTICLE = re.compile(r"(?:[Ll]|dell|all|dall|nell|sull)['’](?=[^\W\d_])")
# "To", "at" or "from" with the article written onto the name after it: "all'Ansa", "nell'Ue" (not "of": "dell'").
_TO_THE = re.compile(r"(?:all|dall|nell|sull)['’](?=[^\W\d_])")
_TO_THE_BEFORE = re.compile(r"(?<!\w)(?:all|dall|nell|sull)['’]$")  # the same, right before a name


def _elided(word: str) -> int:
    """How long the article or "of" elided onto ``word`` is ("l'", "d'", "dell'"), or 0."""
    elided = _ELIDED_ARTICLE.match(word) or _ELIDED.match(word)
    return elided.end() if elided is not None else 0


def acronyms_defined(text: str, org_words: frozenset[str] = frozenset()) -> dict[str, str]:
    """Initials an article defines after a name: "World Health Organization (WHO)", "Agência Nacional de Mineração
    (ANM)". That organisation is then written as its initials however a sentence names it, so that a speaker is
    counted once. A name of two words with no organisation word ("Pablo Pérez (PP)", his party) defines nothing."""
    found: dict[str, str] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        words = [_ELIDED.sub("", word) for word in text[max(0, match.start() - 160) : match.start()].split()[-12:]]
        # ("TCE-SC": the initials with or without the state's, "Tribunal de Contas do Estado de Santa Catarina")
        acronym = match.group(1).replace("&", "").split("-")[0]
        if not acronym.isupper():  # "Sutran": the first letters of the name's first words
            syllabic = _syllabic_name(words, acronym)
            if syllabic is not None:
                found[match.group(1)] = syllabic
            continue
        for capitalised in (True, False):  # "Agence régionale de santé (ARS)": lower-case words count too
            spelled = {acronym, match.group(1).replace("&", "").replace("-", "")}
            name = next((words[start:] for start in range(len(words)) if words[start][:1].isupper()
                         and _initials(words[start:], capitalised) in spelled), None)
            if name is not None:
                # Two letters, or any with a state's after a hyphen, are often a person's party: "Pablo Pérez (PP)",
                # "Paulo da Silva Barbosa (PSB-SP)". Those name a body only with an organisation's word or a
                # lower-case joiner that is no surname's particle ("Sûreté du Québec (SQ)").
                body = any(_norm(word) in org_words or (word[:1].islower() and _norm(word) not in SURNAME_PARTICLES)
                           for word in name)
                if body or (len(acronym) >= 3 and "-" not in match.group(1)):
                    found[match.group(1)] = " ".join(name)
                break
        else:  # capitals that spell syllables: "Agencia Estatal de Meteorología (AEMET)"
            syllabic = _syllabic_name(words, acronym) if len(acronym) >= 4 else None
            if syllabic is not None:
                found[match.group(1)] = syllabic
    return found


def _syllabic_name(words: Sequence[str], acronym: str) -> str | None:
    """The shortest name before a syllabic acronym that it spells ("Ivonne Nadal, jefa del Instituto Nacional de
    Defensa Civil (Indeci)"), with a body's lower-case joiner in it; else None."""
    name = next((words[start:] for start in range(len(words) - 1, -1, -1) if words[start][:1] == acronym[0]
                 and _syllables(words[start:], acronym.lower())), None)
    if name is not None and any(word[:1].islower() for word in name[1:]):  # (a body's lower-case "de")
        return " ".join(name).rstrip(",")
    return None


def _syllables(words: Sequence[str], acronym: str) -> bool:
    """Whether a syllabic acronym (lower case) is the beginnings of the first word and of later ones, in order:
    "sutran" is "Su[perintendencia] de Tran[sporte] …", "minsa" "Min[isterio] de Sa[lud]"."""
    words = [_norm(w) for w in words]
    if not words or _norm(words[0]) in _ACRONYM_JOINERS:
        return False

    @cache
    def rest_from(position: int, done: int) -> bool:  # acronym[done:] from the words after ``position``
        if done == len(acronym):
            return True
        return any(words[later][: size] == acronym[done : done + size]
                   and rest_from(later, done + size)
                   for later in range(position + 1, len(words)) if words[later] not in _ACRONYM_JOINERS
                   for size in range(len(acronym) - done, 0, -1))

    return any(words[0][:size] == acronym[:size] and rest_from(0, size) for size in range(len(acronym) - 1, 0, -1))


# How the last word of a body's name often ends, and a person's never: "Enforcement", "Protection", "Sicherheit".
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ity", "ship", "ung", "heit", "keit", "ción", "ção",
                     "zione", "dad", "dade", "ité", "età", "ice", "ism")


def _body_name(name: str, cue: Cues) -> bool:
    """Whether a name with initials is a body's, not a person's: it holds an organisation's or institution's word
    (whole or ending a compound: "Friedrich-Loeffler-Institut"), a lower-case joiner ("Customs and Border
    Protection", "Agência Portuguesa do Ambiente"), or ends with an abstract noun ("… Enforcement") or a
    word that ends only bodies' names given with initials ("… Investigation Branch")."""
    kinds = cue.org_words | cue.institutions
    words = name.split()
    if any(w[:1].islower() for w in words[1:]) or _norm(words[-1]).endswith(_ABSTRACT_ENDINGS) or (
            len(words) > 1 and _norm(words[-1]) in cue.initials_body_endings):
        return True
    return any(_norm(part) in kinds for word in words for part in (word, *word.split("-")))


def _initials(words: Sequence[str], capitalised: bool) -> str | None:
    """The initials of a name's words, or None when it does not start there ("the", "Los números del propio …")."""
    if _norm(words[0]) in _ACRONYM_JOINERS:
        return None
    if capitalised and not all(word[:1].isupper() or _norm(word) in _ACRONYM_JOINERS for word in words):
        return None
    return "".join(part[0].upper() for word in words if _norm(word) not in _ACRONYM_JOINERS
                   for part in word.split("-") if part[:1].isalpha() and (part[:1].isupper() or not capitalised))


def _holder_start(words: Sequence[str]) -> int:
    """Where the holder's name begins in an office and a name ("[Minister of] Health Oly Ilunga",
    "[Secretary of] Defense Robert S. McNamara"): its last two words and the initials before them."""
    first = len(words) - 2
    while first > 0 and len(words[first].rstrip(".")) == 1:
        first -= 1
    return first


def _footer_at_end(text: str) -> tuple[int, str] | None:
    """Where a tweet's footer ending ``text`` starts, and the name it gives. Only the last characters are searched:
    from every start in a long paragraph of links the pattern's links would be read again and again (links before
    the footer are then no part of it)."""
    tail = max(0, len(text) - _FOOTER_REACH)
    footer = _TWEET_FOOTER_END.search(text, tail)
    return (footer.start(), footer.group("name")) if footer is not None else None


def _before_full_stop(name: str) -> str | None:
    """A sentence's subject without the full stop that ends the sentence ("Ambassador John Bolton."), or None
    when a full stop inside it ends a sentence ("God. Big …"); initials and abbreviations keep theirs."""
    words = name.split()
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        if word == bare or len(bare) <= 1 or "." in bare or bare.lower() in _ABBREVIATIONS:
            continue
        if i < len(words) - 1:
            return None
        words[i] = bare
    return " ".join(words)


@lru_cache(maxsize=4096)
def _subject_name(words: str, language: str) -> str | None:
    """The person named by the capitalised words opening a sentence, or None (titles and
    lower-case words of a noun phrase dropped; not an organisation, a stop word or a discourse word)."""
    cue = cues(language)
    parts = _after_possessive(words.split(), cue)
    while parts and (_norm(parts[0]).rstrip(".") in cue.titles or _norm(parts[0]) in cue.np_lower):
        if _norm(parts[0]) in cue.org_words and len(parts) > 1 and not any(
                _person_word(part, cue) for part in parts[1:]):
            # "Câmara Municipal de Vouzela": the organisation's word opens its name ("Police Chief John Smith",
            # "House Speaker Nancy Pelosi" name a person after it)
            return None
        parts = parts[1:]
    if not parts or _norm(parts[0]) in cue.stop_words or _norm(parts[0]) in _DISCOURSE:
        return None
    if any(_norm(w) in cue.org_words or w.isupper() for w in parts) or _business_noun(parts[0], cue):
        return None  # an organisation, or a firm its trade introduces ("Der Autozulieferer Rettberg …")
    if _title_case(parts):
        return None  # "Name This field is for validation purposes": a form's label
    parts = _before_a_false_particle(parts, cue)
    return " ".join(parts).removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=4096)
def _passing_organisation(text: str, previous: str, language: str) -> tuple[str, bool] | None:
    """The organisation a capitalised run names in passing, and whether it is a firm, or None: one whose last
    word is an organisation's ("Brennan Falls City Council"), or a firm a business noun introduces ("die Firma
    Rettberg Antriebstechnik", "the developer, Tidewater Logistics Partners"). It is no speaker yet, but a
    later "the council" or "the company" means it."""
    cue = cues(language)
    parts = text.removesuffix("’s").removesuffix("'s").split()
    parts = _after_sentence_end(parts)
    determined = False
    while parts and (_norm(parts[0]) in cue.determiners or _norm(parts[0]) in cue.stop_words
                     or _norm(parts[0]) in _DISCOURSE or _cue_word(cue, parts[0])):
        determined = determined or _norm(parts[0]) in cue.determiners
        parts = parts[1:]
    introduced = _business_noun(previous.strip(","), cue)
    compound = language != "de" and _norm(parts[0]) not in cue.business_nouns if parts else False
    if parts and (determined or compound) and _business_noun(parts[0], cue):
        parts = parts[1:]  # "die Firma Rettberg Antriebstechnik"; a Dutch compound needs no article:
        introduced = True  # "Glasvezelbedrijf Vezelnet Noord stopt …" (German capitalises nouns: "Energieversorger
        # Preise")
    lows = [_norm(w) for w in parts]
    if len(parts) < 2 or any(w.isupper() and low.strip(".,") not in cue.firm_suffixes for w, low in zip(
            parts, lows, strict=True)) or any(w.rstrip(".") in cue.titles for w in lows):  # (initials, but "SA")
        return None
    if introduced or lows[-1].strip(".,") in cue.firm_suffixes:  # "Northern Isles Shipping Ltd"
        return " ".join(parts), True
    if lows[-1].strip(".,") in cue.firm_words and not any(w in cue.org_words for w in lows):
        return " ".join(parts), True  # "Ardvane Foods", not "Ministry of Health"
    if language == "de" and len(parts) == 2 and parts[0].endswith(("e", "en", "er", "es")):
        return None  # "die Große Strafkammer": an adjective and the noun, the court's chamber
    return (" ".join(parts), False) if any(w in cue.org_words for w in lows) else None


def _remember(names: list[str], name: str) -> None:
    """Add a name once: a long article names the same organisations again and again."""
    if name not in names:
        names.append(name)


def _business_noun(word: str, cue: Cues) -> bool:
    """"company", "empresa"; in German and Dutch also a compound ending in one ("Autozulieferer", "Chemiekonzern",
    "Glasvezelbedrijf")."""
    low = _norm(word)
    return low in cue.business_nouns or (bool(cue.institution_endings) and low not in cue.institutions and any(
        low.endswith(noun) for noun in cue.business_nouns if len(noun) >= 6))  # (not "Rechtbank", "Zitbank")


def _place_organisation(text: str, language: str) -> str | None:
    """An institution named by its kind and its place ("Landgericht Kaltenbach", "Staatsanwaltschaft
    Kaltenbach"), in a language whose institutions are told by their ending, or None."""
    cue = cues(language)
    parts = text.removesuffix("’s").removesuffix("'s").split()
    for i, word in enumerate(parts[:-1]):
        low = _norm(word)
        if low.endswith(cue.org_endings) and low not in cue.stop_words and low not in cue.determiners:
            rest = parts[i + 1 :]
            if all(w[:1].isupper() and _norm(w) not in cue.institutions for w in rest) and len(rest) <= 2:
                return " ".join(parts[i:])
            return None
    return None


# White space after a word, not after what may end a sentence or open a quotation: a capital after it
# says "name" (or, in German, "noun").
_AFTER_A_WORD = re.compile(r"(?<![\s.!?:;\"“”«»„‘’'…)\]–—-])\s+(\S+)")
_AFTER_NO_WORD = re.compile(r"[\s.!?:;\"“”«»„‘’'…)\]–—-]")  # the character _AFTER_A_WORD's look-behind refuses
_WHITE = re.compile(r"\s")
_WORD_EDGES = "\"'“”‘’«»„()[]*_…,;:.!?"


def _whole_occurrences(text: str, needle: str) -> Iterator[int]:
    """Where ``needle`` stands in ``text`` with no letter or digit continuing it, by plain search."""
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if end >= len(text) or not text[end].isalnum():
            yield at
        at = text.find(needle, at + 1)


def _cue_word(cue: Cues, word: str) -> bool:
    """A one-word "according to" ("Selon", "Laut"), which opens a sentence capitalised like a name."""
    phrase = cue.attribution.by_text.get(_norm(word))
    return phrase is not None and phrase.kind == "according"


# ---------------------------------------------------------------- the article pass


# What follows an English subject that is a person: an auxiliary, a verb of saying, or a past tense ("-ed").
_ENGLISH_SUBJECT_VERBS = _set("has had is was will would can could may might must should did does says said told "
                              "tells spent spends went goes took takes began begins became becomes made makes")

# A speaker credited after a quotation with a dash, alone: "–Don Lemon", "— Jane Doe".
_DASH_CREDIT = re.compile(r"(?:--|[–—-])\s*([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})\.?")


@dataclass
class _Claim:
    start: int
    end: int
    label: str
    attributes: dict[str, str]
    reason: str
    group: int = -1  # quotation group: one quotation running over sentences or paragraphs
    needs_speaker: bool = False
    cued: bool = False  # a quotation a reporting cue attributes


INTRODUCTION_WEIGHT = 2  # mentions a name in the paragraph before an interview's first question is worth


class _ArticleAnalysis:
    """Every paragraph's claims, computed front to back so context flows forward."""

    def __init__(self, article: Article) -> None:
        language = detect_language(article)
        self.cue = cues(language)
        self.state = ArticleState(self.cue.title_synonyms, self.cue.genders)
        self.group_speaker: dict[int, str] = {}
        self.group_guess: dict[int, str] = {}  # a quotation's speaker guessed from context, for its later sentences
        self.next_group = 0
        self.block_speaker: str | None = None  # "X reported:" -> the next paragraph is X's text
        self.previous_text = ""  # the paragraph before, which may have introduced it
        self.block_reason = ""
        self.paragraphs = article.paragraphs
        self._capitalised_inside: dict[str, bool] = {}  # see capitalised_inside
        # The town the article is about (None in a language without town_bodies): read here, in the suggestion
        # worker, for fill_speakers and for the speaker prompt (town_bodies_named)
        self.town = _article_town(article.paragraphs, article.meta.title, self.cue) if self.cue.town_bodies else None
        # An interview in questions and answers: the answers are the interviewee's words, the questions no frame.
        self.interview: Interview | None = find_interview(article.paragraphs, article.meta.title, language,
                                                          article.bold)
        self.interviewee = (self.find_interviewee(article.paragraphs, self.interview, article.meta.title)
                            if self.interview else None)
        self.asking = False  # the paragraph read now is an interviewer's question
        self.by_title_later: list[tuple[_Claim, str]] = []  # "the Prime Minister", named further down
        # "The WHO chief said …", named further down: (claim, description, title, state.titled entries before it)
        self.described_later: list[tuple[_Claim, str, str, int]] = []
        self.claims: list[list[_Claim]] = []
        self.acronyms: dict[str, str] = {}  # "WHO" -> "World Health Organization", as the article defines them
        self.japanese = JapaneseReader() if language == "ja" else None
        quotations = self.quotations(article.paragraphs)
        scans = [_Text(p.text, regions, self.cue) if p.text.strip() else None
                 for p, (regions, _) in zip(article.paragraphs, quotations, strict=True)]
        self.scans = scans  # with ``words``: the attributes of a claim the analyst draws or relabels
        self.words: dict[int, _Words] = {}  # the paragraphs with a quotation or a cue, read word by word
        self.threshold = _opinion_threshold(article.paragraphs, scans)
        self.state.article_text = "\n.\n".join(p.text for p in article.paragraphs if p.kind == "content")
        for paragraph, scan, (_, groups) in zip(article.paragraphs, scans, quotations, strict=True):
            self.claims.append(self.paragraph(paragraph, scan, groups) if scan is not None else [])
        self.fill_speakers()
        self.embedded_tweets(article.paragraphs)

    # -- quotations across paragraphs

    def quotations(self, paragraphs: Sequence[Paragraph]) -> list[tuple[list[Region], list[int]]]:
        """Each paragraph's quotations and their group ids; a group may span paragraphs."""
        result: list[tuple[list[Region], list[int]]] = []
        carry_group = -1
        for marks in article_quotations(paragraphs):
            if marks.transparent:
                result.append(([], []))
                continue
            groups = []
            for position, region in enumerate(marks.regions):
                if (region.carried or (marks.reopened and position == 0)) and carry_group >= 0:
                    groups.append(carry_group)
                else:
                    self.next_group += 1
                    groups.append(self.next_group)
            carry_group = groups[-1] if marks.goes_on and groups else -1
            result.append((marks.regions, groups))
        return result

    # -- one paragraph

    def paragraph(self, paragraph: Paragraph, scan: _Text, groups: list[int]) -> list[_Claim]:
        text = paragraph.text
        if "(@" in text and (tweet_footer_author(text) or _footer_at_end(text)):
            self.state.subject_since_speech = None  # a tweet's footer: the sentences above were its author's
        if paragraph.kind == "boilerplate":  # "[Emphasis added]", a byline: no one the article quotes
            reader = vars(self.japanese).copy() if self.japanese is not None else None
            with self.state.unchanged():
                claims = self.paragraph_claims(paragraph, scan, groups)
            if self.japanese is not None and reader is not None:
                vars(self.japanese).update(reader)
            return claims
        self.state.context = text
        if self.state.named_here:  # whom a pronoun of the paragraph before would have meant, at its end
            self.state.named_before = self.state.named_here[-1][1]
        self.state.named_here = []
        self.state.known_before = len(self.state.by_token)
        if "(" in text:
            defined = acronyms_defined(text, self.cue.org_words)
            self.acronyms.update(defined)
            self.state.defined_initials.update(initials.lower() for initials in defined)
        for match in _FULL_NAME.finditer(text):
            self.note_name(match.group(), text[max(0, match.start() - 64) : match.start()],
                           after=text[match.end() : match.end() + 48],
                           quoted=bool(scan.regions) and scan.quoted(match.start()) >= 0, at=match.start())
        if self.cue.firm_names is not None and self.cue.business_noun.search(scan.low):  # (rare: look first)
            for match in self.cue.firm_names.finditer(text):
                if self.firm_named(match, text):
                    _remember(self.state.firms, match.group("name"))  # "a company called Northgate Compute"
            if self.cue.firm_apposition is not None:
                for match in self.cue.firm_apposition.finditer(text):
                    name = match.group("name")
                    first = _norm(name.split()[0]).rstrip(".")
                    if _norm(match.group("relative")) in self.cue.firm_apposition_followers and not (
                            first in self.not_firm_words or first in self.cue.stop_words
                            or first in self.cue.attribution.by_text or first in _CALENDAR):
                        _remember(self.state.firms, name)  # "Northgate Power, the utility that serves the county"
        if self.cue.kind_before_name is not None:  # "in waterschap Lingedelta": "het waterschap" later
            for match in self.cue.kind_before_name.finditer(text):
                _remember(self.state.mentioned, match.group())
        return self.paragraph_claims(paragraph, scan, groups)

    def past_addressee(self, text: str, before: str) -> str:
        """A capitalised run without the name of whom was spoken to before it: "[disse à] Lusa João Costa" is
        João Costa, "[ha detto all']Ansa Marco Rossi" Marco Rossi. After "to", the person starts at the first
        common given name that follows a word which is neither a given name nor a title."""
        words = text.split()
        if len(words) < 3:
            return text
        word_before = _norm(before.rsplit(None, 1)[-1]) if before.strip() and before[-1:].isspace() else ""
        if not (_TO_THE_BEFORE.search(before) or word_before in self.cue.addressee) or _person_word(words[0], self.cue):
            return text
        given = self.cue.genders.given_names  # (not "nell'Ospedale San Raffaele": one word left is no one)
        person = next((i for i, word in enumerate(words[1:-1], 1) if _norm(word) in given), None)
        return " ".join(words[person:]) if person is not None else text

    def firm_named(self, match: re.Match[str], text: str) -> bool:
        """Whether a _firm_names match names the firm: not a title, pronoun, day or month ("the company Tuesday
        announced"), not a trade with a possessive ("la empresa de su padre, Juan García"), and not the subject of
        a cue right after it ("The company, Jones said")."""
        cue = self.cue
        name = match.group("name")
        first = _norm(name.split()[0]).removesuffix("'s").rstrip(".")
        if first in self.not_firm_words or name.endswith(("'s", "’s")):
            return False
        trade = match.group("trade")
        if trade and any(_norm(word) in cue.determiners for word in trade.split()[1:]):
            return False
        following = _WORD.match(text, match.end() + 1) if match.end() < len(text) and text[match.end()] == " " else None
        return following is None or _norm(following.group()) not in cue.attribution.by_text

    @cached_property
    def not_firm_words(self) -> frozenset[str]:
        return self.cue.titles | self.cue.determiners | self.cue.pronouns | _CALENDAR | self.cue.writer_pronouns

    def find_interviewee(self, paragraphs: Sequence[Paragraph], interview: Interview, title: str = "") -> str | None:
        """Whom the interview's answers are from: the person its first question addresses by name (as the
        introduction names them in full: "Frau Hölzel" is its "Renate Hölzel"), else the
        person the title and the paragraphs before the first question mention most (by surname), the first met
        on a tie (a headline names the interviewee: "Dijkgraaf Hennie Ooms: ‘Niemand bedankt je …’")."""
        texts = [p.text for p in paragraphs if p.kind == "content" and p.index < interview.first_question]
        if interview.addressed is not None:
            found = _full_name(interview.addressed, "", self.cue.language)
            addressed = found[0] if found else interview.addressed
            parts = addressed.split()
            while len(parts) > 1 and _norm(parts[0]).rstrip(".") in self.cue.titles:
                parts = parts[1:]  # "Frau Hölzel, …?": the question's courtesy title
            for opening in [*texts, title]:  # the whole name the introduction gives: "Renate Hölzel leitet …"
                for match in _FULL_NAME.finditer(opening):
                    given = _full_name(match.group(), "", self.cue.language)
                    if given is not None and given[0].split()[-1] == parts[-1] and len(given[0].split()) > len(parts):
                        return given[0]
            return " ".join(parts)
        full: dict[str, str] = {}
        if interview.initials:  # "JP: I think …": the person the article names with those initials
            whole = " ".join(p.text for p in paragraphs if p.kind == "content")
            for match in _FULL_NAME.finditer(whole):
                found = _full_name(match.group(), "", self.cue.language)
                if found is not None and "".join(w[0] for w in found[0].split()) == interview.initials:
                    return found[0]
        bodies = self.cue.org_words | self.cue.institutions
        for text in [*texts, title]:  # each apart ("Interview with Ann Cole" + "Heerdam Pool …" is no one's name),
            for match in _FULL_NAME.finditer(text):  # the title last: the name as the text writes it
                before = text[max(0, match.start() - 32) : match.start()].split()
                found = _full_name(match.group(), before[-1] if before else "", self.cue.language)
                if found is not None and _norm(found[1]) not in bodies:
                    full.setdefault(found[1], found[0])  # (not "Kelderby First School")
        if not full:
            return None
        # Counted where capitalised: a surname, not the common noun a place's name ends with ("the school")
        words = Counter(_norm(word) for word in _WORD.findall(" ".join([*texts, title])) if word[:1].isupper())
        # The paragraph just before the first question introduces whom the questions are put to, as the subject
        # of one of its sentences ("Tamara Whitfield has run the center since 2021. The Sentinel spoke with her
        # …"), whatever the news before it said most often ("City Hall", twice); not "a day after Mayor Joe Kent
        # called for an inquiry", named in passing.
        introducing: set[str] = set()
        for match in _FULL_NAME.finditer(texts[-1] if texts else ""):
            lead = texts[-1][: match.start()].rstrip()
            if not lead or lead.endswith((".", "!", "?")):
                found = _full_name(match.group(), "", self.cue.language)
                if found is not None:
                    introducing.add(found[1])
        return full[max(full, key=lambda key: words[key] + INTRODUCTION_WEIGHT * (key in introducing))]

    def paragraph_claims(self, paragraph: Paragraph, scan: _Text, groups: list[int]) -> list[_Claim]:
        text = paragraph.text
        block, self.block_speaker = self.block_speaker, None
        if block is not None and (opening := _DOCUMENT_MENTIONED.match(text)) is not None and (
                re.search(_DOCUMENT_PRESENTED_TEMPLATE.format(re.escape(opening.group(1))), self.previous_text)) and (
                opening.group(1).lower() not in block.lower()):  # (not "The council said:", "The council will …")
            block = None  # "… the revised timeline, as outlined by the Los Angeles Times:" then "The new timeline has
            # left investigators with questions": the author on the text, which the article does not give
        self.block_reason = f"the text {_shown(block)} is quoted with (after the colon)" if block else ""
        interview = self.interview
        # (an explainer's heading asks what the text below answers: "## What is changing?" frames nothing either)
        self.asking = (interview is not None and paragraph.index in interview.questions) or paragraph.kind == "heading"
        if block is None and interview is not None and paragraph.index in interview.answers and self.interviewee:
            block = self.state.canonical(self.interviewee)
            self.block_reason = f"an answer in an interview (after the interviewer's turn): {_shown(block)}'s own words"
            self.state.previous_quote = block
        words: _Words | None = None
        claims: list[_Claim] = []
        for start, end in _join_title_abbreviations(text, sentence_spans(text)):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1  # claims start and end on words, whatever the segmenter returns
            if start >= end:
                continue
            if self.japanese is not None:
                claims.append(self.japanese_claim(text, start, end))
                continue
            if (finding := self.study_finding(scan, start, end)) is not None:
                new = [finding]
            elif block is None and not scan.overlaps_quote(start, end) and (
                    self.asking or not scan.has_cue(start, end)):
                # (a verb in an interviewer's question reports nothing: "¿Qué pide a la Diputación?")
                new = [self.author_claim(scan, start, end)]
            else:
                words = words or self.words.setdefault(paragraph.index, _Words(scan, self.cue, self.state))
                new = self.sentence(words, start, end, groups, block)
            if (claims and claims[-1].label == "quote" and len(new) == 1 and claims[-1].attributes.get("speaker")
                    and (credit := _DASH_CREDIT.fullmatch(text, new[0].start, new[0].end)) is not None
                    and self.state.canonical(credit.group(1)) == claims[-1].attributes["speaker"]):
                claims[-1].end = new[0].end  # "“… what do we do about that?” –Don Lemon": the credit is the quote's
                continue
            if claims and claims[-1].label == "fact" and self.reports_the_sentence_before(scan, new[0]):
                before = claims[-1]  # "Das Freibad bleibt zu. Das teilte die Gemeinde mit.": the first is hers
                naming = _quote(text[new[0].start : new[0].end])
                claims[-1] = _Claim(before.start, before.end, "quote", dict(new[0].attributes),
                                    f"quotation (reported speech): the next sentence ({naming}) names its source",
                                    cued=True)
            claims.extend(new)
            last = new[-1]
            self.state.previous_quote = last.attributes.get("speaker") if last.label == "quote" else None
            if last.label == "quote":  # (an author's sentence may become a quotation after it was read)
                self.state.subject_since_speech = None
        self.previous_text = text  # what a colon at its end may introduce the next paragraph with
        if paragraph.kind != "boilerplate" and claims and text.rstrip().endswith(":") and claims[-1].label == "quote":
            self.block_speaker = claims[-1].attributes.get("speaker")
        elif paragraph.kind != "boilerplate" and claims and claims[-1].label == "fact" and (
                _ends_with_colon(text, claims[-1].start, claims[-1].end)
                and _FOLLOWING_DOCUMENT.search(text, claims[-1].start, claims[-1].end)):
            # "The company released the following statement:", "X sent out the following tweet:": the author's
            # document is the next paragraph
            words = words or self.words.setdefault(paragraph.index, _Words(scan, self.cue, self.state))
            introduced = words.document_introduction(claims[-1].start, claims[-1].end)
            if introduced is not None:
                speaker = self.state.mention(*introduced[:3])
                before = claims[-1]
                claims[-1] = _Claim(before.start, before.end, "quote", {"speaker": speaker, "quote_type": "indirect"},
                                    f"quotation: {speaker} introduces their own text below (a document and a colon)",
                                    cued=True)
                self.block_speaker = speaker
        elif paragraph.kind != "boilerplate" and len(claims) == 1 and self.source_heading(text):
            # "Naples Daily News:" above an excerpt: the source names itself, and the next paragraph is its text
            name = text.strip().rstrip(":").strip()
            claims[0] = _Claim(claims[0].start, claims[0].end, "quote", {"speaker": name, "quote_type": "indirect"},
                               f"quotation: {name} introduces its own text below (a name and a colon)", cued=True)
            self.block_speaker = self.state.mention(name, "org")
        return claims

    def japanese_claim(self, text: str, start: int, end: int) -> _Claim:
        """A Japanese sentence's claim, read by :mod:`workbench.japanese` (no spaces: no word rules)."""
        assert self.japanese is not None
        reading = self.japanese.read(text[start:end])
        if reading.label == "quote":
            return _Claim(start, end, "quote", {"speaker": reading.speaker, "quote_type": reading.quote_type},
                          reading.reason, cued=True)
        if reading.label == "framing":
            return _Claim(start, end, "framing", {"device": reading.device}, reading.reason)
        return _Claim(start, end, "fact", {}, FACT_REASON)

    def study_finding(self, scan: _Text, start: int, end: int) -> _Claim | None:
        """The sentence "C'est ce que suggère une étude menée par …", "Es lo que sugiere un estudio de …" as the
        words of the study's lead author, where the article names one (see lead_researcher); else None. It gives the
        sentence before it to them too (see reports_the_sentence_before)."""
        if not scan.low.startswith(self.cue.study_findings, start) or not any(
                _norm(word) in self.cue.research_voices or _norm(word) in self.cue.research_objects
                for word in _WORD.findall(scan.text, start, end)):
            return None
        lead = self.lead_researcher
        if lead is None:
            return None
        return _Claim(start, end, "quote", {"speaker": lead, "quote_type": "indirect"},
                      f"quotation (reported speech): the study's finding, given to its lead author {_shown(lead)}",
                      cued=True)

    def reports_the_sentence_before(self, scan: _Text, claim: _Claim) -> bool:
        """A German quotation that opens with "Das"/"Dies" and its cue verb ("Das teilte die Gemeinde am Montag
        mit."): it says who said the sentence before, and nothing of its own. So does a study's finding ("C'est ce
        que suggère une étude …", see study_finding)."""
        if claim.label != "quote" or not claim.cued:
            return False
        if scan.low.startswith(self.cue.study_findings, claim.start):
            return True
        words = [_norm(word) for word in scan.text[claim.start : claim.end].split(maxsplit=3)]
        for opening in self.cue.demonstratives:  # "das", "dies", Spanish "así lo"
            count = opening.count(" ") + 1
            if len(words) > count + 1 and " ".join(words[:count]) == opening:
                verb = self.cue.attribution.by_text.get(words[count])
                return verb is not None and verb.kind in ("verb", "separable")
        return False

    def source_heading(self, text: str) -> bool:
        """A paragraph that is only an organisation's name and a colon ("Naples Daily News:"): two to six
        capitalised words, one of them an organisation word, none a function word after a first "The",
        nothing possessive ("Editor's Note:"); not a form's field ("Booking Charge:")."""
        if not text.rstrip().endswith(":"):
            return False
        words = text.strip().removesuffix(":").split()
        if not 2 <= len(words) <= 6 or "'" in text or "’" in text:
            return False
        rest = words[1:] if _norm(words[0]) in self.cue.definite else words
        return (bool(rest) and all(w[:1].isupper() and _norm(w) not in self.cue.stop_words for w in rest)
                and any(_norm(w) in self.cue.org_words for w in rest))

    def author_claim(self, scan: _Text, start: int, end: int, extra: dict[str, float] | None = None,
                     extra_triggers: Sequence[tuple[str, str]] = ()) -> _Claim:
        """A sentence in the article's own voice: framing if its wording adds up, else a fact."""
        scores, triggers = scan.framing(start, end)
        for device, weight in (extra or {}).items():
            scores[device] = scores.get(device, 0.0) + weight
        triggers = [*extra_triggers, *triggers]
        if self.asking:  # an interviewer's question: its form ("a question", "should", "you") frames nothing,
            # and "why is nobody applying?" echoes the story rather than exaggerating it; loaded words still count
            triggers = [(device, words) for device, words in triggers if device not in _QUESTION_FORMS]
            scores = {device: score for device, score in scores.items() if device not in _QUESTION_FORMS}
        self.note_subject(scan.text, start, end)
        framing = _framing_label(scores, triggers, self.threshold if _evaluative(scores) else FRAMING_THRESHOLD)
        if framing is not None:
            return _Claim(start, end, "framing", {"device": framing[0]}, framing[1])
        return _Claim(start, end, "fact", {}, FACT_REASON)

    def note_name(self, text: str, before: str = "", quoted: bool = False, at: int = -1, after: str = "") -> None:
        """A full name anywhere in the text, so that a later "Boudreau", "Mr Spencer" or "the minister" is known."""
        text = self.past_addressee(text, before)
        before_words = before.split()
        previous = before_words[-2:] if before and not before[-1:].isalnum() else []
        office = (len(previous) == 2 and _norm(previous[1]) in self.cue.of_words and (
            _norm(previous[0]).rstrip(".") in self.cue.titles)) or self.office_before(before_words)
        word_before = previous[-1] if previous else ""
        found = _full_name(text, word_before, self.cue.language, office)
        # A trade introduces a firm after a determiner ("The developer, Tidewater …"), not a person's job
        # ("Property developer Donald Trump").
        trade = word_before if len(previous) == 2 and _norm(previous[0]) in self.cue.determiners else ""
        # An organisation's word makes _full_name refuse the run; a firm may also look like a person's name but
        # have its trade before it (most runs are people's names: this is asked of few).
        passing = (_passing_organisation(text, trade, self.cue.language)
                   if found is None or self.may_be_firm(text, trade) else None)
        if passing is not None and passing[1]:  # "The developer, Tidewater Logistics Partners": "the company" later
            _remember(self.state.firms, passing[0])
            return
        if found is None and self.cue.org_endings:
            organisation = _place_organisation(text, self.cue.language)
            if organisation is not None:  # "das Landgericht Kaltenbach": "die Strafkammer" is its
                self.state.named_organisation(organisation)
                return
        if passing is not None:  # "the Brennan Falls City Council": "the council" later
            _remember(self.state.mentioned, passing[0])
            return
        if found is None:  # "Bishop Barros", named in full before: "the bishop" is him from now on
            parts = text.split()
            title = _norm(parts[-2]).rstrip(".") if len(parts) >= 2 else ""
            known = self.state.by_token.get(_norm(parts[-1]).removesuffix("'s"))
            if known is not None and title in self.cue.titles:
                self.state.entitle(title, known)
            return
        if found is not None:
            name, key, title = found
            self.state.last_named = self.state.by_token.get(key, name)
            low_before = _norm(word_before)
            if not quoted and at >= 0 and not (low_before in self.cue.of_words or (
                    low_before in self.cue.stop_words and low_before not in self.cue.skip_before_verb
                    and low_before not in _AND_WORDS)):
                # (not someone named after "of", "to", "van": "the death of John Smith", "De ouders van Lisa";
                # an adverb is no such word: "Onder de toehoorders zat ook Annelies Verhulst")
                self.state.named_here.append((at, self.state.last_named))
            self.state.by_token.setdefault(key, name)
            self.state.family(name)
            if not title:
                title = self.appositive_title(before)
                if title:  # "Le maire, Jean-Luc Berthod, …": the sentence's subject, whom "il" means next
                    self.state.introduced = (self.state.by_token[key], self.state.context)
            if not title and after:
                title = self.title_after_name(after)  # "Ramón Ezquerra, entrenador del Racing, no ocultó …"
            if title:  # "Interior Minister Gérald Darmanin", "Le maire, Jean-Luc Berthod": "the minister" is him
                self.state.entitle(title, self.state.by_token[key])
            # someone named inside a quotation ("“Voters trust Donald Trump,” said Mary Jones") is talked about,
            # not one of the people a later "he" or "she" means
            noted = self.state.titled_as if quoted else self.state.named_person
            noted(self.state.by_token[key], (title,) if title else ())

    def may_be_firm(self, text: str, trade: str) -> bool:
        """Whether a capitalised run that reads as a person's name may be a firm's: a trade before it, a
        business noun among its first two words, or a firm's suffix or word at its end. Asked only where the
        run is a name (note_name reads a run that is none as an organisation anyway): most runs are names."""
        if _business_noun(trade.strip(","), self.cue) or any(
                _business_noun(word, self.cue) for word in text.split(maxsplit=2)[:2]):
            return True
        last_word = _norm(text.rsplit(None, 1)[-1]).strip(".,")
        return last_word in self.cue.firm_suffixes or last_word in self.cue.firm_words

    def appositive_title(self, before: str) -> str:
        """The title of a description set before a name with a comma: "Le maire, [Jean-Luc Berthod]", "Il
        capogruppo di Fratelli d'Italia, [Roberto Sensi]", "the city's police chief, [Tom Ryan]"; else ""."""
        before = before.rstrip()
        if not before.endswith(","):
            return ""
        words = before[:-1].split()[-9:]
        for i in range(len(words) - 1, -1, -1):
            word = _norm(words[i]).rstrip(".")
            # The word that opens the description, one adjective after it at most ("Le nouveau maire, …", "L'actuel
            # maire, …"; not "The deputy mayor, …", who is not the mayor)
            opening = words[i - 1] if i > 0 else ""
            adjective = _norm(opening)[_elided(_norm(opening)) :]
            if i > 1 and opening.islower() and adjective not in self.cue.stop_words and (
                    adjective not in _NOT_THE_OFFICE):
                opening = words[i - 2]
            elif opening[:1].isupper() and adjective != _norm(opening) and adjective.islower() and (
                    adjective not in _NOT_THE_OFFICE):
                opening = opening[: len(opening) - len(adjective)]  # the article elided onto it: "L'"
            if word in self.cue.titles and opening[:1].isupper() and (
                    _norm(opening) in self.cue.definite or _norm(opening).endswith("'s")):
                # the description opens the sentence ("Le maire, X"), not "Selon le maire, X a menti"
                rest = words[i + 1 :]  # only the office's organisation or field may follow: "of X", "de la fouille"
                elided = [(_ELIDED.sub("", w) or w, _ELIDED.match(w) is not None) for w in rest]  # "d'Italia"
                after_of = False  # one lower-case word may follow "of": "le responsable de la fouille"
                for w, of_elided in elided:
                    low = _norm(w)
                    if w[:1].isupper() or low.rstrip(".") in self.cue.titles:
                        after_of = False
                    elif low in self.cue.of_words or low in self.cue.determiners:
                        after_of = True
                    elif after_of or of_elided:
                        after_of = False
                    else:
                        return ""
                return word
        return ""

    def title_after_name(self, after: str) -> str:
        """The title in an apposition right after a name: "[Ramón Ezquerra], entrenador del Racing,", "[Carl
        Baptiste], the Vale manager,"; "" where the apposition holds none, or holds more than its article, two
        words and what the office is of."""
        if not after.startswith(", "):
            return ""
        words = after[2:].split()[:5]
        if words and _norm(words[0]) in self.cue.determiners:
            if _norm(words[0]) not in self.cue.definite:
                return ""  # ("Cassandra Fairbanks, a Secret Service agent who …": someone else, maybe)
            words = words[1:]
        for i, word in enumerate(words[:3]):
            low = _norm(word.rstrip(",.;:"))
            if low in self.cue.titles:
                if i + 1 < len(words):  # the apposition closes, or says what the office is of
                    closes = word.endswith(",") or _norm(words[i + 1]) in self.cue.of_words
                else:
                    closes = word.endswith((",", ".", ";"))
                if closes:
                    return low if all(w[:1].isupper() or _norm(w) in self.cue.titles for w in words[:i]) else ""
            if not word[:1].isupper():
                return ""
        return ""

    def office_before(self, words: Sequence[str]) -> bool:
        """Whether the words before a name end in an office that runs on with "and" ("Minister of Foreign
        Affairs and [Trade Péter Szijjártó]"): a title, "of", then capitalised words and joiners only."""
        joiners = ("and", "&", "the", *self.cue.of_words)
        for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
            word = _norm(words[i])
            if i > 0 and word in self.cue.of_words and _norm(words[i - 1]).rstrip(".") in self.cue.titles:
                return _norm(words[-1]) in ("and", "&")
            if not (words[i][:1].isupper() or word in joiners):
                return False
        return False

    def note_subject(self, text: str, start: int, end: int) -> None:
        """A person opening an author sentence becomes who a later "he said" means; two, who "they" means."""
        pair = _PAIR.match(text, start, end) if text.find(" and ", start, end) > 0 else None
        if pair is not None:
            names = [self.state.canonical(n) for n in (pair.group(1), pair.group(2))]
            if all(len(n.split()) >= 2 and not any(_norm(w) in self.cue.org_words for w in n.split()) for n in names):
                self.state.together(" and ".join(names))
                return
        match = _SUBJECT.match(text, start, end)
        name = _subject_name(match.group(1), self.cue.language) if match is not None else None
        if name is not None:
            name = _before_full_stop(name)
        if name is None or " " not in name:  # (a trade opening the sentence: "Graphic designer Maria Veldhuis")
            name = self.described_subject(text, start, end) or name
        if name is None:
            name = self.subject_after_opening(text, start, end)
        if name is None:
            return
        befell = self.cue.befell is not None and match is not None and self.cue.befell.after(
            [_norm(w).strip(",.;:") for w in text[match.end(1) : min(end, match.end(1) + 40)].split()[:2]])
        known = self.state.canonical(name)
        if not known.strip():
            return  # "Médicos del Mundo denuncian …": a name that canonical() reduces to nothing
        named = self.state.by_token.get(_norm(known.split()[-1]))
        if named is not None and known.endswith(" " + named) and len(known.split()) == len(named.split()) + 1 and (
                not _person_word(known.split()[0], self.cue)):
            known = named  # "Enter John Bolton.": the John Bolton named before, a word opening the sentence aside
        if _norm(known.split()[-1]) in self.cue.group_voices.by_text:
            return  # "Establishment Republicans are racing for the exits": a group, whom no "she" means
        if len(known.split()) >= 2:
            known = self.state.mention(known, "person")
            if self.state.gender_of(known) is not None and not befell:
                self.state.subject_since_speech = known  # (a person's given name or title: "Subscribe Today" is none)

    def subject_after_opening(self, text: str, start: int, end: int) -> str | None:
        """The person named after a sentence's opening phrase of place or time ("In Logan, south of Brisbane,
        Jodie Varga has watched …"): the first comma-separated stretch, of the first three, that opens with a
        name followed by its verb, when a common given name or a title says it is a person's."""
        first = text[start : min(end, start + 40)].split(None, 1)[:1]
        if not first or (_norm(first[0]) not in self.cue.stop_words and _norm(first[0]) not in self.cue.indefinite):
            return None  # (or a description of the person: "A physiotherapist from St Austell, Sophie Trewhella, 29,")
        comma = start
        for _ in range(3):
            comma = text.find(", ", comma, end)
            if comma < 0:
                return None
            comma += 2
            match = _SUBJECT.match(text, comma, end)
            after = match.end(1) if match is not None else 0
            age = _INTRODUCED_AGE.match(text, after, end) if match is not None else None
            if age is not None:
                after = age.end()  # "…, Sophie Trewhella, 29, was sitting in row 14"
            if match is not None and text[after : after + 2].startswith(" ") and (
                    text[after + 1 : after + 2].islower()):
                verb = text[after + 1 : min(end, after + 40)].split(None, 1)[0].strip(",.;:").lower()
                if self.cue.language == "en" and not (verb in _ENGLISH_SUBJECT_VERBS or verb.endswith("ed")):
                    return None  # "At the White House, Rose Garden ceremonies have been cancelled": no person
                name = _subject_name(match.group(1), self.cue.language)
                # a person's name, not a place's ("In Asia, South Korea has …"): a given name or a title says so
                if name is not None and self.state.gender_of(self.state.canonical(name)) is not None:
                    return name
                return None
        return None

    def described_subject(self, text: str, start: int, end: int) -> str | None:
        """The name after a determiner and a title opening a sentence: "Il procuratore Ernesto Valsecchi ha …",
        "The actor Tom Hanks visited …" (the person is the sentence's subject); or after a trade the lists do not
        know, with no determiner, where a common given name and an age after it say the person is introduced
        ("Grafisch ontwerper Anouk Veldhuis (39) werkt …", "Retired teacher Maria Veldhuis, 71, lives …": a later
        "she says" is hers; not "Officers arrested Maria Lopez at her home", where she is the object)."""
        match = _DESCRIBED_SUBJECT.match(text, start, end)
        if match is None:
            return None
        cue = self.cue
        described = [_norm(w) for w in match.group(2).split()]
        opening = _norm(match.group(1))
        if opening not in cue.definite:
            name = match.group(3)
            if (opening in cue.stop_words or opening in cue.determiners or _cue_word(cue, match.group(1))
                    or any(w in cue.stop_words or w in cue.of_words or _cue_word(cue, w) for w in described)
                    or len(name.split()) < 2 or _norm(name.split()[0]) not in cue.genders.given_names
                    or _INTRODUCED_AGE.match(text, match.end(3), end) is None):
                return None
            return _subject_name(name, cue.language)
        if not described or described[-1] not in cue.titles or any(
                w not in cue.titles and w not in cue.np_lower for w in described):
            return None
        return _subject_name(match.group(3), cue.language)

    def sentence(self, words: _Words, start: int, end: int, groups: list[int], block: str | None) -> list[_Claim]:
        """One sentence's claims: one, or two when it joins two sources' words."""
        a, b = words.span(start, end)
        cut = self.split_point(words, a, b)
        if cut is not None:
            return (self.claim(words, start, words.end(cut), groups, block)
                    + self.claim(words, words.starts[cut + 1], end, groups, block))
        attribution = words.find_attribution(a, b)
        cut = self.coordinated_report(words, a, b, attribution)
        if cut is not None:
            return (self.claim(words, start, words.end(cut), groups, block)
                    + self.claim(words, words.starts[cut + 1], end, groups, block, attribution))
        return self.claim(words, start, end, groups, block, attribution, sought=True)

    def coordinated_report(self, words: _Words, a: int, b: int, attribution: Attribution | None) -> int | None:
        """ "Vucic has revealed himself as a tool, and has even claimed that …": the first clause is the
        author's, the second reports its subject's words (``attribution``, the sentence's, whose subject may
        be before the comma); the comma before the "and", else None."""
        if (attribution is None or attribution.modal or attribution.according
                or attribution.speaker_kind in ("group", "continued") or attribution.speaker_tokens is None):
            return None
        first, last = attribution.speaker_tokens
        link = first - 1  # "…, and the mayor said": the clause names its source
        while link > a and words.lows[link] in self.cue.determiners:
            link -= 1
        if not (a < link and last <= attribution.first and words.lows[link] in self.cue.clause_links
                and words.texts[link - 1] == ","):  # "…, and has even claimed": its subject is the sentence's
            link = attribution.first - 1
            while link > a and words.word[link] and (words.lows[link] in _BEFORE_LINKED_VERB
                                                     or _adverb(words.lows[link])):
                link -= 1
            if last > link:
                return None
        comma = link - 1
        if (comma <= a or words.lows[link] not in self.cue.clause_links or words.texts[comma] != ","
                or words.region[comma] >= 0):
            return None
        if sum(words.word[a:comma]) < 4 or words.find_attribution(a, comma) is not None:
            return None
        if any(words.texts[x] in ",;:" for x in range(min(last, comma), comma)):
            return None  # "Officials in Kabul, Herat, and Kandahar said": a list, not a clause
        item = comma - 1
        while item > a and words.texts[item - 1] not in ",;:":
            item -= 1
        if sum(words.word[item:comma]) < 3:
            return None  # "…, Herat, and Kandahar said": the last item of a list
        return comma

    def split_point(self, words: _Words, a: int, b: int) -> int | None:
        """ "He said …, but prosecutors argued …": the comma before the second source, else None."""
        scan = words.scan
        back = self.back_to_author(words, a, b)
        if back is not None:
            return back
        first = bisect.bisect_left(scan.cue_starts, words.starts[a]) if a < b else 0
        if a >= b or first + 1 >= len(scan.cue_starts) or scan.cue_starts[first + 1] >= words.end(b - 1):
            return None  # fewer than two cues
        for c in words.punctuation(a + 4, b - 4):
            if words.region[c] >= 0:
                continue
            if words.texts[c] != ";" and not (words.texts[c] == "," and words.lows[c + 1] in _CONTRASTS):
                continue
            if sum(words.word[a:c]) < 4 or sum(words.word[c + 1 : b]) < 4:
                continue
            right = words.find_attribution(c + 1, b)
            if right is None or right.modal or right.speaker_tokens is None or right.speaker_tokens[0] <= c:
                continue
            left = words.find_attribution(a, c + 1)
            if left is not None and left.speaker != right.speaker and not left.modal:
                return c
        return None

    def back_to_author(self, words: _Words, a: int, b: int) -> int | None:
        """ "X's report said …, but in fact it was posted …": the author contradicts the source; split there."""
        for c in words.punctuation(a + 4, b - 4):
            if words.region[c] >= 0 or words.texts[c] not in (",", ";"):
                continue
            after = c + 2 if words.lows[c + 1] in _CONTRASTS else c + 1
            if words.texts[c] == "," and after == c + 1:
                continue
            if self.cue.author_voice.match_words(words.lows, after, b) is None:
                continue
            if words.scan.has_cue(words.starts[c + 1], words.end(b - 1)):
                continue  # the second part has a source of its own: the two-source rule decides
            left = words.find_attribution(a, c)
            if left is not None and not left.modal and left.speaker_kind != "group":
                return c
        return None

    def claim(self, words: _Words, start: int, end: int, groups: list[int], block: str | None,
              attribution: Attribution | None = None, sought: bool = False) -> list[_Claim]:
        """The claim of the words from ``start`` to ``end``; ``attribution`` when the sentence around them
        already found it (a subject before a cut), ``sought`` when it was looked for and is None."""
        a, b = words.span(start, end)
        if a >= b:
            return [_Claim(start, end, "fact", {}, FACT_REASON)]
        if attribution is None and not sought:
            attribution = words.find_attribution(a, b)
        speaks = attribution is not None and not attribution.modal and attribution.speaker_kind != "group"
        q = words.sort_quotations(start, end, speaks)
        real, fragments, quoted, outside = q.real, q.fragments, q.quoted, q.outside
        group = next((groups[r] for r in real if r < len(groups)), -1)
        if speaks and attribution is not None:
            return [self.quote_claim(words, start, end, attribution, q, group)]
        if block is not None and not q.region_ids and attribution is None:
            return [_Claim(start, end, "quote", {"speaker": block, "quote_type": "direct"},
                           f"quotation: {self.block_reason}")]
        if real:
            introduced = any(words.introduced_by_colon(r) for r in real)
            if introduced or quoted >= 0.5 * len(q.in_words) or quoted > MINOR_QUOTE_MAX_WORDS or any(
                words.regions[r].carried or not words.regions[r].closed for r in real
            ):
                return [self.context_quote(words, start, end, a, real, quoted, outside, group)]
            fragments = fragments + [r for r in real if r != q.spoken]
        extra, triggers = words.author_extras(start, end, attribution, fragments)
        return [self.author_claim(words.scan, start, end, extra, triggers)]

    def researcher_speaks(self, words: _Words, attribution: Attribution) -> str | None:
        """The study's researcher when a study, its researchers or "scientists" are the source and name no one
        ("according to a study led by researchers at Leeds", "Secondo i ricercatori"), if the article names
        one anywhere; a source named in the phrase ("a study by Tom Reyes", "la pesquisa Datafolha") stays."""
        tokens = attribution.speaker_tokens
        if attribution.speaker_kind not in ("unnamed", "description", "org", "name") or tokens is None:
            return None  # ("name": German capitalises the noun, "Laut den Forschern")
        phrase = range(attribution.last + 1, tokens[1]) if tokens[0] > attribution.last else range(*tokens)
        if not any(words.lows[k] in self.cue.research_voices for k in phrase) or any(
                words.texts[k][:1].isupper() and words.lows[k] not in self.cue.determiners
                and words.lows[k] not in self.cue.research_voices for k in phrase):
            return None  # (an organisation the phrase names: "een studie van onderzoekers van de KU Leuven")
        after = tokens[1]
        if after + 1 < len(words.lows) and (words.lows[after] in ("by", "from") or words.lows[after] in (
                self.cue.of_words)) and words.texts[after + 1][:1].isupper():
            return None  # "a study by Tom Reyes": its own author, whom the lead researcher is not
        return self.lead_researcher

    @cached_property
    def lead_researcher(self) -> str | None:
        """The person the article names as its study's author ("Dr Priya Ramsden, the study’s lead author", "la
        prima autrice, la cardiologa Chiara Benedetti"), else the first named with a researcher's title
        ("Physicist Dan Lubin", "hoofdonderzoeker Lotte Vanhaverbeke"); not an expert "not involved in the
        study". Looked for once, when a study first speaks."""
        cue = self.cue
        titled: str | None = None
        for paragraph in self.paragraphs:
            if paragraph.kind != "content":
                continue
            text = paragraph.text
            for match in _FULL_NAME.finditer(text):
                before = re.split(r"[.!?;:]\s", text[max(0, match.start() - 64) : match.start()])[-1].split()[-5:]
                after = re.split(r"[.!?;]\s", text[match.end() : match.end() + 160])[0]
                described = [*before, *match.group().split()[:-2]]
                if after.startswith(","):  # ("Marta Villalobos, investigadora del Instituto de Investigación
                    described += after[1:].split()[:16]  # Biomédica de Salamanca (IBSAL) y primera autora del trabajo")
                words = {_norm(w.strip(_WORD_EDGES)).removesuffix("’s").removesuffix("'s") for w in described}
                if after.startswith(",") and _words(w.strip(_WORD_EDGES) for w in after.split()) & (
                        cue.research_outsiders):
                    continue  # "an epidemiologist at Oxford who was not involved in the study"
                author = bool(words & cue.research_authors and words & (cue.research_leads | cue.research_voices)) or (
                    bool(words & cue.research_led and words & cue.research_objects))
                if author or (titled is None and words & cue.research_titles):
                    found = _full_name(match.group(), before[-1] if before else "", cue.language)
                    if found is not None and author:
                        return found[0]
                    if found is not None:
                        titled = found[0]
        return titled

    def quote_claim(self, words: _Words, start: int, end: int, attribution: Attribution, q: Quotations,
                    group: int) -> _Claim:
        researcher = self.researcher_speaks(words, attribution)
        if researcher is not None:  # "according to a study led by …", "the study also suggests": its researcher
            attribution = replace(attribution, speaker=researcher, speaker_kind="person", titles=())
        speaker = attribution.speaker or "unnamed"
        state = self.state
        if attribution.speaker_kind == "org" and _norm(speaker) in self.cue.police_words:
            speaker = state.police_force(_norm(speaker), self.cue) or speaker  # "Police said", after the force's name
        title_key = ""
        if attribution.speaker_kind == "title":
            title_key = attribution.titles[-1] if attribution.titles else ""
            speaker = state.by_title.get(title_key, speaker)
        described = ""
        if attribution.speaker_kind == "description" and attribution.titles:
            holder = self.holder(speaker, attribution.titles[-1], reversed(state.titled))
            if holder is not None:  # "WHO Director-General Tedros …", then "the WHO chief said"
                speaker = state.mention(holder, "person")
            else:
                described = attribution.titles[-1]
        if attribution.speaker_kind in ("person", "name", "org"):
            speaker = state.mention(speaker, attribution.speaker_kind, attribution.titles)
        elif attribution.speaker_kind == "unnamed":
            for title in attribution.titles:
                state.by_title.setdefault(title, "unnamed")
        state.last_speaker = speaker
        state.subject_since_speech = None
        if words.lows[attribution.first] in self.cue.document_verbs and speaker != "unnamed":
            state.wrote(speaker, "")  # "The Home Office wrote to …": "the letter" is theirs
        quote_type = words.quote_type(start, q, attribution)
        if group >= 0:
            self.group_speaker.setdefault(group, speaker)
        how = {"direct": "in quotation marks", "mixed": "partly quoted", "indirect": "reported speech"}[quote_type]
        reason = f"quotation ({how}): {_quote(attribution.cue)} attributes it to {_shown(speaker)}"
        if researcher is not None:
            reason += " (the researcher the article names for the study)"
        claim = _Claim(start, end, "quote", {"speaker": speaker, "quote_type": quote_type}, reason, group, cued=True)
        if title_key and title_key not in state.by_title:
            self.by_title_later.append((claim, title_key))
        if described:
            self.described_later.append((claim, speaker, described, len(state.titled)))
        return claim

    def holder(self, description: str, title: str, named: Iterable[tuple[str, str, str]]) -> str | None:
        """Who a definite description with a title ("the minister", "the WHO chief") is, among the people
        named with a title (``named``, in the order to try): one with the same title, or, for a word that
        means whoever leads ("chief", "head"), the title of a leader. When the description names an
        organisation, the paragraph naming the person must name it too, in full or by its initials."""
        if description.split()[0] not in self.cue.definite:
            return None
        cue = self.cue
        organisation = [w for w in description.split()[1:] if w[:1].isupper()]
        initials = "".join(w[0] for w in organisation).upper()
        for named_title, name, context in named:
            if named_title != title and not (title in cue.head_titles and named_title in cue.leading_titles):
                continue
            if title in cue.head_titles and not organisation:
                continue  # "the chief said": whose chief, the text does not say
            around = set(_WORD.findall(context))
            if all(w in around for w in organisation) or (len(initials) > 1 and initials in around):
                return name
        return None

    def context_quote(self, words: _Words, start: int, end: int, a: int, real: list[int], quoted: int,
                      outside: list[int], group: int) -> _Claim:
        """Quoted text without a cue: a name before the marks speaks, else the quotation's group."""
        own = [k for k in outside if words.lows[k] not in _FUNCTION_WORDS]
        quote_type = _quote_type(words, real, [], own, quoted, start)
        speaker: str | None = None
        how = ""
        first_mark = bisect.bisect_left(words.starts, min(words.regions[r].start for r in real))
        byline = words.byline(max(words.regions[r].end for r in real))
        if byline is not None:  # "“Iran Admits …,” by Adam Kredo, Washington Free Beacon": the writer's
            speaker = self.state.mention(*byline)
            how = f"by {speaker}, its writer"
        if speaker is None:
            inside = next((incised for r in real if (incised := words.incise(r, a)) is not None), None)
            if inside is not None:  # "« …, explique la professeure Sophie Lambotte. … »"
                speaker = self.state.mention(*inside[:3])
                how = f"of {speaker}, whom a cue inside the marks names"
        if speaker is None and a < first_mark and words.texts[first_mark - 1] == ":":
            introducer = words.colon_intro(a, first_mark - 1)
            if introducer is not None:  # "El presidente municipal, Héctor Iribe Castro, fue claro: “…”"
                speaker = self.state.mention(*introducer[:3])
                how = f"of {speaker}, who introduces it before the colon"
        if speaker is None and a < first_mark:  # "Kate's brother Brad was “stunned …”"
            np = words.np_after(words.first_content(a, first_mark), first_mark, a)
            if np is not None and np[1] < first_mark and words.plain_noun(np[1]):
                np = None  # "Air traffic control tapes": not a name but the start of a longer phrase
            found = words.speaker_from_np(np[0], np[1], a) if np else None
            if found and found[1] in ("person", "name", "org"):
                speaker = self.state.mention(*found)
                how = f"of {speaker}, named before it"
        if (speaker is None and self.cue.pro_drop and self.state.previous_quote is None and a < first_mark
                and words.texts[first_mark - 1] == ":" and self.subjectless(words, a, first_mark - 1)):
            introduced = self.introduced_before(words, a)
            if introduced is not None:  # "Entre ellos estaba Teodora Challco, … No ocultó su indignación: “…”"
                speaker = introduced
                how = f"of {speaker}, whom the sentences before it introduce"
        third_person = self.cue.third_person_singular
        if speaker is None and words.first_content(a, first_mark) == first_mark and not any(
                words.lows[k] in third_person for k in range(first_mark, len(words.texts))
                if words.region[k] in real):  # ("“She was lucky we got there”": about her, not hers)
            introduced = self.introduced_before(words, a, new=True)
            if introduced is not None:  # "Among those evacuated was Mary Jones, 71, who … “At six …”": the person
                speaker = introduced  # just introduced, not whoever spoke before her
                how = f"of {speaker}, whom the sentence before it introduces"
        claim = _Claim(start, end, "quote", {"quote_type": quote_type}, "", group, needs_speaker=speaker is None)
        if speaker is not None:
            claim.attributes["speaker"] = speaker
            claim.reason = f"quotation (in quotation marks) {how}"
            self.state.last_speaker = speaker
            self.state.subject_since_speech = None
            if group >= 0:
                self.group_speaker.setdefault(group, speaker)
        else:  # a guess the analyst confirms: whom the text spoke of since the last speaker, else that speaker
            state = self.state
            claim.attributes["speaker"] = self.group_guess.get(group) or state.subject_since_speech or (
                state.last_speaker or state.last_person or "unnamed")
            if group >= 0:  # the quotation's next sentence is the same person's ("‘… niet meer. Dat is …’")
                self.group_guess.setdefault(group, claim.attributes["speaker"])
        return claim

    def subjectless(self, words: _Words, a: int, colon: int) -> bool:
        """Whether the clause before a colon is a verb's with its subject dropped ("No ocultó su indignación:",
        "Fue tajante:"), not "Hoy, con las torres a medio levantar, la frase que más se oye es otra:": one
        clause, no comma, and no noun phrase before its verb (its first word no article or name)."""
        span = range(words.first_content(a, colon), colon)
        return (len(span) > 0 and all(words.texts[x] != "," for x in span)
                and words.lows[span[0]] not in self.cue.determiners and not words.is_cap(span[0], a))

    def introduced_before(self, words: _Words, a: int, new: bool = False) -> str | None:
        """The person the sentence before sentence ``a`` names first, not after a preposition (its subject, or whom
        "Entre ellos estaba …" introduces; not "la familia de Ana Ruiz", nor "cerca de San José"), outside
        quotation marks: whom a quotation with no cue of its own is likeliest to be from. With ``new``, only a
        person named there for the first time, with a comma after the name ("Mary Jones, 71, who …", "Remedios
        Sánchez, de 71 años, que …"), opening the sentence or one that opens with "among" ("Among those evacuated
        was …", "Entre los desalojados está …"), and no quotation before in the paragraph: the way a reporter
        introduces the next voice, where the quotation is hers and not the last speaker's (not "The jury
        acquitted John Smith, 43, …", "identified the driver as …", "Also killed was …": the news, not a voice)."""
        text = words.text[: words.starts[a]] if a < len(words.starts) else ""
        sentence = max(text.rstrip().rfind(end) for end in (". ", "! ", "? ")) + 1  # (0: the paragraph's first)
        cue = self.cue
        if new and (not text.strip() or any(region.start < len(text) for region in words.regions)):
            return None
        for match in _FULL_NAME.finditer(text, sentence):
            before = text[max(0, match.start() - 32) : match.start()].split()
            previous = _norm(before[-1]) if before else ""
            if words.scan.quoted(match.start()) >= 0 or previous in cue.of_words or previous in cue.addressee or (
                    previous in cue.place_prepositions or previous in cue.circumstance):
                continue
            found = _full_name(match.group(), before[-1] if before else "", cue.language)
            if found is None:
                continue
            if new and (text[match.end() : match.end() + 1] != "," or found[1] in self.state.known_earlier() or not (
                    (not text[sentence : match.start()].strip() and match.group().startswith(found[0].split()[0]))
                    or _norm(text[sentence:].split(None, 1)[0]) in self.cue.among)):
                return None
            return self.state.by_token.get(found[1], found[0])
        return None

    def fill_speakers(self) -> None:
        """Quotations without a cue take their group's speaker, else the speaker before them."""
        for claim, description, title, before in self.described_later:
            name = self.holder(description, title, self.state.titled[before:])
            if name:  # "The WHO chief said …", then "WHO Director-General Tedros Adhanom Ghebreyesus"
                claim.attributes["speaker"] = name
                claim.reason = claim.reason.replace(f"attributes it to {description}",
                                                    f"attributes it to {name} ({description})")
        for claim, title in self.by_title_later:
            name = self.state.by_title.get(title)
            if name:
                old = claim.attributes["speaker"]
                claim.attributes["speaker"] = name
                claim.reason = claim.reason.replace(f"attributes it to {old}", f"attributes it to {name} (the {old})")
        for claims in self.claims:
            for claim in claims:
                grouped = self.group_speaker.get(claim.group) if claim.needs_speaker else None
                if grouped:
                    claim.attributes["speaker"] = grouped
                speaker = claim.attributes.get("speaker")
                if speaker:
                    given, speaker = speaker, self.as_referenced(speaker)
                    town_body = town_body_name(speaker, self.cue, self.town)
                    if town_body is not None:  # "la municipalité": the town's, which the reason names
                        claim.reason += f" ({town_body}: the body of the town the article is about)"
                        speaker = town_body
                    claim.attributes["speaker"] = speaker
                    if given[:1].isupper() and town_body is None:  # a name as suggested; "the senator" reads
                        claim.reason = claim.reason.replace(f"attributes it to {_shown(given)}",  # better with
                                                            f"attributes it to {_shown(speaker)}")  # its article
                if grouped:
                    claim.reason = ("quotation (in quotation marks), part of the quotation of "
                                    f"{_shown(speaker or grouped)}")
                elif claim.needs_speaker:
                    claim.reason = ("quotation (in quotation marks) with no cue of its own; "
                                    f"speaker from context: {_shown(speaker or 'unnamed')}")

    def as_referenced(self, speaker: str) -> str:
        """The speaker as a reference names it: without an aside in brackets ("Florian Seidl (Grüne"), a title
        before a name ("Ortsvorsteher Bernd Kießling"), an article before a described source ("le service
        départemental …"), or German inflection ("Statistischen Bundesamt")."""
        if speaker[:1].islower():
            speaker = self._without_article(speaker)
        elif self.cue.language == "de":  # German capitalises nouns: "Auch die CDU-Fraktion" is the CDU-Fraktion
            words = speaker.split()
            first = 0
            while first < len(words) - 1 and (_norm(words[first]) in self.cue.skip_before_verb
                                              or _norm(words[first]) in self.cue.definite):
                first += 1
            speaker = " ".join(words[first:])
        opening, _, rest = speaker.partition(" ")
        if _norm(opening) in self.cue.definite and _norm(opening) != "the" and self.cue.language != "en" and (
                rest[:1].isupper() and (((rest.split()[0].isupper() or self.institution_named(rest))
                                         and not self.capitalised_inside(speaker))
                                        or self.written_after_article(rest, (_norm(opening) + " ",)))):
            # "De NVWA zegt", "La CGT de l’hôpital", "La Guardia Civil pidió": the article that opens the sentence is
            # no part of the name (as it is of "La Financière agricole du Québec", "De Lijn", "El País")
            speaker = rest
        elif speaker[:2] in ("L'", "L’") and speaker[2:3].isupper() and self.cue.language in ("fr", "it"):
            rest = speaker[2:]
            if (rest.split()[0].isupper() or self.institution_named(rest) or self.written_after_article(rest)) and (
                    not self.capitalised_inside(speaker)):
                speaker = rest  # "L'ARS a indiqué", "L'Arpa ha comunicato" (not "L'Oréal", "L'Équipe")
        bracket = speaker.find(" (")
        if bracket > 0:
            speaker = speaker[:bracket]
        first_word = _norm(speaker.split(None, 1)[0]) if speaker.strip() else ""
        if speaker[:1].isupper() and (first_word not in self.cue.org_words or first_word in self.cue.titles):
            # (not "official English translation", nor Portuguese "Secretaria Municipal de Saúde": a body's word)
            speaker = untitled(speaker) or speaker
        written, speaker = speaker, german_nominative(speaker) if self.cue.language == "de" else speaker
        # "Friedrich-Loeffler-Institut (FLI)": the body the article gives initials for is written as its initials,
        # as the devset conventions write it, however a sentence names it; also where the sentence's name stops
        # short of the whole at a word ("Sindicato dos Trabalhadores dos Transportes Rodoviários" of "… do Centro
        # (STTRC)", "Instituto Nacional" of "Instituto Nacional de Emergência Médica (INEM)"), when only one body
        # the article gives initials starts so; or where it starts after a comma or a joiner, two words or more
        # before its end ("Transición Ecológica" of "Ministerio del Ambiente, Agua y Transición Ecológica (MAATE)",
        # "Mobiliário de Portugal" of "Associação das Indústrias de Madeira e Mobiliário de Portugal (AIMMP)").
        # (German looks the name up as the sentence declines it too: "des Deutschen Vereins des Gas- und
        # Wasserfaches (DVGW)" is read as "Deutscher Verein")
        capitalised = speaker[:1].isupper()
        return (self.initials_of(_norm(speaker), capitalised)
                or (self.initials_of(_norm(written), capitalised) if written != speaker else None) or speaker)

    def initials_of(self, key: str, capitalised: bool) -> str | None:
        """The initials of the body whose normalised name ``key`` is, or starts or ends (see as_referenced)."""
        initials = self.initials.get(key)
        if initials is None:
            # One word is the end of a list within the name only after "and" ("Umwelt" of "Departement Bau, Verkehr
            # und Umwelt (BVU)"), not after "of" ("Québec" of "Institut national de santé publique du Québec"), and
            # only a name, not a kind of body or a common noun ("police" of "Département fédéral de justice et
            # police (DFJP)", "industry" of "Ministry of Economy, Trade and Industry (METI)")
            cue = self.cue
            several = " " in key
            if not several and (
                    not capitalised or key in cue.institutions or key in cue.org_words or key in cue.unnamed):
                return None
            longer = {acronym for full, acronym in self.initials.items()
                      if full.startswith(key + " ")} if several else set()
            if not longer and _norm(key.split()[0]) not in self.cue.genders.given_names:  # (not "Carlos Slim" of
                longer = {acronym for full, acronym in self.initials.items()  # "Fundación Carlos Slim (FCS)")
                          if full.endswith(" " + key) and _joined_before(full[: -len(key) - 1], self.cue, several)}
            initials = longer.pop() if len(longer) == 1 else None
        return initials

    def capitalised_inside(self, name: str) -> bool:
        """Whether the article writes ``name`` after a word of the same sentence ("Volgens De Bond zonder Naam"),
        where its capital article is its own, not the sentence's. Each name is looked up once, by plain search."""
        known = self._capitalised_inside.get(name)
        if known is None:
            text = self.state.article_text or ""
            known = False
            for at in _whole_occurrences(text, name):
                raw = text[max(0, at - 40) : at]
                before = raw.rstrip()
                if before and before[-1] not in ".!?:;\"“«„" and "\n" not in raw[len(before):]:
                    known = True  # (a paragraph's first word is a sentence's)
                    break
            self._capitalised_inside[name] = known
        return known

    def written_after_article(self, name: str, articles: tuple[str, ...] = ("l'", "l’")) -> bool:
        """Whether the article writes ``name`` after a lower-case (elided) article somewhere ("secondo l'Arpa",
        "dell'Inps", "volgens het Vlaams Instituut"): the capital "L'" or "Het" that opened a sentence with it was
        the sentence's, not the name's."""
        text = self.state.article_text or ""
        return any(next(_whole_occurrences(text, article + name), None) is not None for article in articles)

    def institution_named(self, name: str) -> bool:
        """Whether a name opens with the kind of body it is: "Guardia Civil", "Policía Nacional", "Tribunal …" (the
        institutions' list: the words that make up names, "Times", "Tribune", "Post" of papers, are not kinds)."""
        words = _norm(name).split()
        kinds = self.cue.institutions
        return words[0] in kinds or " ".join(words[:2]) in kinds

    @cached_property
    def initials(self) -> dict[str, str]:
        """The initials the article defines for a body, by its normalised full name and by themselves, so that
        as_referenced writes the body one way. Built on first use, which is fill_speakers, after every paragraph
        has been read; a person's initials ("Andrés Manuel López Obrador (AMLO)") leave their name as it is."""
        bodies = {acronym: full for acronym, full in self.acronyms.items() if _body_name(full, self.cue)}
        # (a name with a comma in it is often read only up to the comma: "Superintendencia de Transporte Terrestre
        # de Personas, Carga y Mercancías (Sutran)")
        found = {_norm(short): acronym for acronym, full in bodies.items()
                 if _body_name(short := full.partition(",")[0], self.cue)}
        found.update({_norm(full): acronym for acronym, full in bodies.items()})
        found.update({_norm(acronym): acronym for acronym in bodies})
        return found

    def _without_article(self, speaker: str) -> str:
        first, _, rest = speaker.partition(" ")
        low = _norm(first)
        if rest and low in self.cue.definite and low not in ("this", "that", "these", "those", "both"):
            return rest
        if low.startswith("l'") and len(low) > 2 and low not in self.cue.determiners:
            return speaker[2:]
        return speaker

    def embedded_tweets(self, paragraphs: Sequence[Paragraph]) -> None:
        """An embedded tweet is its author's direct quotation: the paragraphs just above its footer
        ("— Jennifer Bendery (@jbendery) October 11, 2017"), up to three, back to one that introduces it
        (ends with a colon, names the author, or has a cue of its own). The one just above a footer is the
        tweet even with a cue in it ("… after CBP announced it would close lanes"), unless it names the author.
        A footer may end the tweet's last paragraph ("… on full display… pic.twitter.com/… — The Columbia
        Bugle (@…) July 5, 2018"): that paragraph is the tweet's, and the ones above only if they show a handle
        or a hashtag ("A hat signed by @realDonaldTrump."), since the tweet may as well start on the footer's
        line. A tweet holds at most 280 characters, and another tweet's footer ends it too."""
        for index, paragraph in enumerate(paragraphs):
            named = tweet_footer_author(paragraph.text)
            own_words = ""  # the tweet's words on its footer's line, links, handles and hashtags aside
            if named is None and paragraph.kind == "content" and "(@" in paragraph.text:
                footer = _footer_at_end(paragraph.text)
                if footer is None:
                    continue
                start, named = footer
                own_words = _TWEET_MARKUP.sub("", paragraph.text[:start])
                if _TWEET_WORD.search(own_words) is None:
                    own_words = ""  # links and hashtags only
            if named is None:
                continue
            author = self.tweeter(named)
            if not author:
                continue
            surname = author.split()[-1]
            if own_words.rstrip().endswith(":") and surname in own_words:
                continue  # "Ocasio-Cortez fired back on Twitter: pic.twitter.com/…": introduces a tweet not in the text
            reason = f"quotation (direct): an embedded tweet, whose footer names {author}"
            quoted = [index] if own_words else []
            length = len(own_words)
            for above in range(index - 1, max(-1, index - 4), -1):
                text = paragraphs[above].text
                claims = self.claims[above]
                length += len(_TWEET_MARKUP.sub("", text))
                if (paragraphs[above].kind != "content" or not claims or text.rstrip().endswith(":")
                        or length > _TWEET_LENGTH or ("(@" in text and _footer_at_end(text))):
                    break
                if own_words and _TWEET_MARKUP.search(text) is None:
                    break
                named_here = surname in text  # "In a tweet on Friday, Trump said …": introduces, is not the tweet
                if (above < index - 1 or named_here) and (named_here or any(c.cued for c in claims)):
                    break
                quoted.append(above)
            for at in quoted:
                for claim in self.claims[at]:
                    claim.label, claim.reason = "quote", reason
                    claim.attributes = {"speaker": author, "quote_type": "direct"}

    def tweeter(self, name: str) -> str:
        """The author a tweet's footer names, as the article names them ("Donald J. Trump" is its
        "Donald Trump"; "Sen. Patrick Leahy" is Patrick Leahy; "Michael 🇺🇸" is Michael)."""
        cleaned = " ".join(filter(None, ("".join(ch for ch in word if unicodedata.category(ch)[0] in "LMN"
                                                 or ch in ".'’&-") for word in name.split())))
        name = cleaned or name.strip()  # a name of emoji alone stays as written
        found = _full_name(name, "", self.cue.language)
        name = found[0] if found else name.strip()
        words = name.split()
        for known in self.state.by_token.values():
            known_words = known.split()
            if len(words) > 2 and known_words[0] == words[0] and known_words[-1] == words[-1]:
                return known
        return name

    def suggestions(self, index: int) -> list[SuggestedClaim]:
        return [
            SuggestedClaim(c.start, c.end, Suggestion(c.label, frozen_attributes(c.attributes), c.reason))
            for c in self.claims[index]
        ]


def town_body_name(speaker: str, cue: Cues, town: str | None) -> str | None:
    """A town's body named by its kind alone ("la municipalité", "die Gemeinde") written with the town the article is
    about ("municipalité de Kervenan-sur-Lié", "Gemeinde Quelitz"), as the devset names a body and its town: "the
    prefeitura" of one article is not that of the next in a count of speakers by outlet. None for any other speaker,
    or when the article's town is not clear (``town`` None)."""
    words = speaker.split()
    if len(words) == 2 and _norm(words[0]) in cue.determiners:
        speaker = words[1]  # "La Municipalité a indiqué", opening a sentence
    template = cue.town_bodies.get(_norm(speaker))
    if template is None or town is None:
        return None
    if cue.language == "fr" and " de {place}" in template and town[:1] in _VOWELS:
        template = template.replace(" de {place}", " d’{place}")  # "commune d’Avignon"
    named = template.format(place=town)
    return named[:1].upper() + named[1:] if speaker[:1].isupper() else named  # "la Municipalité" as written


_TITLE_WORD = re.compile(r"[\w’'-]+")
# A town's hyphenated name goes on with a lower-case word: "Saint-Olivier-de-Beauce", not "Talheim-Heilbronn"
_TOWN_HYPHENED = r"(?:-(?:de|du|des|d’|d'|sur|sous|en|le|la|les|lès|l’|l')(?:-|(?<=’)|(?<='))[\w’'-]*[\w])"


def _joined_before(start: str, cue: Cues, after_of: bool = True) -> bool:
    """Whether a body's name goes on after ``start`` at a joiner or a comma ("Ministerio del Ambiente, Agua y",
    "Associação das Indústrias de Madeira e"): what follows is the end of a list within the name, not a name.
    ``after_of`` false: at "and" only."""
    last = start.rsplit(None, 1)[-1] if start.strip() else ""
    return last in _AND_WORDS or (after_of and (start.endswith(",") or last in cue.of_words))


def _article_town(paragraphs: Sequence[Paragraph], title: str, cue: Cues) -> str | None:
    """The town the article is about: a place it names as a town (after a preposition of place or a town's office:
    see Cues.town_places) and also names in its title or after an office, the one so named most (the title counting
    two more, an office three more). Not a country or region (Cues.not_towns), a place written after a determiner
    or a district noun anywhere (Cues.not_town_places: "il Piemonte", "die Bewegung", "la población Los Aromos"), a
    German noun's ending ("in Ordnung"), a person's given name, an organisation's word or initials. Written in full
    where it goes on with a hyphen and a lower-case word ("Saint-Olivier-de-Beauce"), or where a longer form is named
    as often. None when two places score the same: a wrong town would misname every body of the article. One pass
    of each pattern over the text, whatever the number of places."""
    pattern = cue.town_places
    if pattern is None or cue.not_town_places is None:
        return None
    texts = [title, *(p.text for p in paragraphs if p.kind == "content")]
    named: Counter[str] = Counter()
    by_office: Counter[str] = Counter()
    given = cue.genders.given_names
    for text in texts:
        for match in pattern.finditer(text):
            words = match.group("place").split()
            cut = next((i for i in range(1, len(words)) if _norm(words[i]) in given), len(words))
            place = " ".join(words[:cut])  # "burgemeester van Gouda Pieter Verhoeve": Gouda
            named[place] += 1
            if match.group("head"):
                by_office[place] += 1
    if not named:
        return None
    whole = "\n".join(texts)
    excluded: set[str] = set()
    for match in cue.not_town_places.finditer(whole):
        place = match.group("place")
        excluded.update((place, place.split()[0]))
    not_places = cue.org_words | cue.institutions | cue.titles | cue.unnamed  # (institutions hold business nouns)
    title_words = " " + " ".join(_TITLE_WORD.findall(title)) + " "  # "Mörikon: Verteilzentrum …": " Mörikon "
    scores: dict[str, int] = {}
    for place, times in named.items():
        words = place.split()
        if (place.isupper() or len(place) < 3 or place in cue.not_towns or place in excluded
                or _norm(words[0]) in cue.genders.given_names or any(_norm(word) in not_places for word in words)
                or place.endswith(cue.not_town_endings)):
            continue
        in_title = f" {place} " in title_words
        if in_title or by_office[place]:  # (a place named in passing, "en Madrid", is not enough)
            scores[place] = times + 2 * in_title + 3 * by_office[place]
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    best = max(scores, key=scores.__getitem__)
    longer = [other for other in named if other.startswith(best + " ") and named[other] >= named[best]]
    if longer:
        return max(longer, key=len)
    hyphened = {m.group() for m in re.finditer(rf"(?<![\w’'-]){re.escape(best)}{_TOWN_HYPHENED}", whole)}
    return hyphened.pop() if len(hyphened) == 1 else best


def town_bodies_named(article: Article, text: str) -> list[str]:
    """The town's bodies ``text`` names by their kind alone ("Die Gemeinde rechnet mit …": a determiner, the kind,
    no name after it), written with the article's town ("Gemeinde Ebersbrunn"), for the speaker prompt to offer: a
    sentence the suggester did not attribute is the body's in one key, not a name typed letter by letter. Read from
    the analysis the suggestion worker computed (which finds the town), so nothing is analysed at a key press;
    empty without it, or where the article's town is not clear."""
    with _LOCK:
        analysis = _CACHE.get((article.id, article.text_sha256))
    if analysis is None or analysis.town is None:
        return []
    town = analysis.town
    cue = analysis.cue
    return list(dict.fromkeys(name for match in _town_body_pattern(cue.language).finditer(text)
                              if (name := town_body_name(match.group("kind"), cue, town)) is not None))


@lru_cache(maxsize=8)
def _town_body_pattern(language: str) -> re.Pattern[str]:
    """A town's body after a determiner, no name after it ("die Gemeinde rechnet", not "die Gemeinde Marnow", "la
    prefeitura de Barueri", "in comune", "una declaración común")."""
    cue = cues(language)
    kinds = "|".join(sorted(map(re.escape, cue.town_bodies), key=len, reverse=True)) or "(?!)"
    determiners = "|".join(sorted(map(re.escape, cue.definite), key=len, reverse=True)) or "(?!)"
    joiners = "|".join(map(re.escape, sorted(cue.of_words | {"de", "di", "von", "van"}, key=len, reverse=True)))
    return re.compile(rf"(?<![\w’'])(?i:{determiners})\s+(?P<kind>(?i:{kinds}))(?![\w’'])"
                      rf"(?!\s+(?:(?:{joiners})\s+)?[A-ZÀ-Þ])")


# ---------------------------------------------------------------- public API

_CACHE: OrderedDict[tuple[str, str], _ArticleAnalysis] = OrderedDict()
_CACHE_SIZE = 16
_LOCK = threading.Lock()


def _analysis(article: Article) -> _ArticleAnalysis:
    """The article's analysis, computed once (front to back) and cached."""
    key = (article.id, article.text_sha256)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    with paused_gc():
        analysis = _ArticleAnalysis(article)
    with _LOCK:
        _CACHE[key] = analysis
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return analysis


def suggest_paragraph(article: Article, index: int) -> list[SuggestedClaim]:
    """Claims for paragraph ``index``, covering its sentences, each with a label and a reason.

    The claims are sorted, never overlap, and start and end on word
    boundaries. Earlier paragraphs give context (an open quotation, who "he"
    is); the article is analysed once and cached, so asking for every
    paragraph in turn costs one pass. This is the Session's ``Suggester``.
    """
    if not 0 <= index < len(article.paragraphs):
        raise IndexError(f"article {article.id!r} has no paragraph {index}")
    return _analysis(article).suggestions(index)


def suggest_attributes(article: Article, index: int, start: int, end: int, label: str) -> dict[str, str]:
    """The quote type or framing device of ``[start, end)`` in paragraph ``index`` for an analyst who labels it
    ``label`` where the suggestion said otherwise: "“…,” he said" tagged a quotation by hand is direct, a span
    with "hysteria" tagged framing is loaded language; a span read and found with no quotation mark and no cue
    gets an empty quote type (the caller decides: the marks, or the claim before's when the analyst says "the
    same as before"), unlike a span that could not be read (nothing).
    Read as the suggester reads a claim (the same sorting of quotations, the same quote-type and framing rules)
    from the words and cues the paragraph's suggestions already found, so it costs a look-up and the span's
    words: the analysis is not computed here (this runs at a key press). Without it (not yet analysed, or
    evicted from the cache), for Japanese, or for a span too long to read in a frame, nothing is proposed."""
    with _LOCK:
        key = (article.id, article.text_sha256)
        analysis = _CACHE.get(key)
        if analysis is not None:
            _CACHE.move_to_end(key)
    if (analysis is None or analysis.japanese is not None or not 0 <= index < len(analysis.scans)
            or end - start > _ATTRIBUTE_SPAN_MAX or label not in ("quote", "framing")):
        return {}
    scan = analysis.scans[index]
    if scan is None:
        return {}
    words = analysis.words.get(index)  # None: no quotation and no cue in the paragraph
    if words is None:
        q = attribution = None
    else:
        with analysis.state.unchanged():  # reading a source may note who wrote what: not after the analysis
            a, b = words.span(start, end)
            attribution = words.find_attribution(a, b) if a < b else None
        q = words.sort_quotations(start, end, speaks=label == "quote")
    if label == "quote":
        if words is None or q is None or (attribution is None and not q.real and not q.fragments
                                          and not scan.has_cue(start, end)):
            return {"quote_type": ""}  # read: no quotation mark and no cue, nothing says how it is quoted
        return {"quote_type": words.quote_type(start, q, attribution)}
    scores, triggers = scan.framing(start, end)
    if words is not None and q is not None:
        speaks = attribution is not None and not attribution.modal and attribution.speaker_kind != "group"
        extra, extra_triggers = words.author_extras(start, end, None if speaks else attribution, q.fragments)
        for device, weight in extra.items():
            scores[device] = scores.get(device, 0.0) + weight
        triggers = [*extra_triggers, *triggers]
    found = _framing_label(scores, triggers, threshold=0.0) if scores else None
    return {"device": found[0]} if found is not None else {}


_ATTRIBUTE_SPAN_MAX = 20_000  # characters: longer spans are counted in more than a frame


def suggest_article(article: Article) -> list[list[SuggestedClaim]]:
    """Suggestions for every paragraph of the article, in order."""
    analysis = _analysis(article)
    return [analysis.suggestions(i) for i in range(len(article.paragraphs))]


# start, end, label, speaker, quote type, device, reason
Row = tuple[int, int, str, str | None, str | None, str | None, str]


def suggestion_rows(article: Article) -> list[list[Row]]:
    """What suggest_article says, as plain tuples: for printing many articles, where building a
    SuggestedClaim for every claim costs more than printing it. An empty attribute is None."""
    return [
        [(c.start, c.end, c.label, c.attributes.get("speaker") or None, c.attributes.get("quote_type") or None,
          c.attributes.get("device") or None, c.reason) for c in claims]
        for claims in _analysis(article).claims
    ]
