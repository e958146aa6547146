"""Names written in an article, offered as completions when the analyst types a speaker.

A speaker is nearly always someone the article names ("Tulsi Gabbard", "the
BBC", "Ministry of Defence"). Typing it in full costs ten to thirty keys;
with the article's names offered for completion, two or three letters and
→ do. This lists what the text says, in the text's own spelling; it makes
no judgement about who said what, so it is offered with suggestions off too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Runs of capitalised words, allowing the small words that join names
# ("Ministry of Defence", "Charles de Gaulle", "Ursula von der Leyen").
_NAME = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'.&-]*|[A-Z]{2,})"
    r"(?:\s+(?:(?:of|for|de|du|des|la|le|van|von|der|den|al|bin|and|the)\s+)*(?:[A-Z][\w’'.&-]*))*"
)
_SENTENCE_ENDS = ".!?:;"  # a sentence starts after one of these and white space
_OPENING_MARKS = "“\"‘(«„"  # or after one of these, with or without white space
_JOINER_WORDS = "of for de du des la le van von der den al bin and the"
_JOINERS = frozenset(_JOINER_WORDS.split())
# Capitalised only because a sentence starts with them, or not names at all.
_NOT_NAME_WORDS = """
a an the and but or so yet if in on at by for from to of as with after before when while where why how what who
this that these those there here it its he she they we i you his her their our my your
mr mrs ms dr rep sen gov pres gen col
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
according however meanwhile also still then now today yesterday tomorrow last next some many most all
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_TRIM = "’'.,&-"


# A sentence-initial article of another language read into a name: "La Consejería de Empleo" is
# the Consejería de Empleo. Only before three or more words, so that "Le Monde", "El País", "Los
# Angeles Times" and "Die Linke" keep theirs (English "the" is dropped always, above).
_LEADING_ARTICLE = re.compile(
    r"(?:(?:La|El|Los|Las|Le|Les|Il|Lo|Gli|Der|Die|Das|O|Os|A|As)\s+|L[’'])(?=\S+(?:\s+\S+){2})"
)


def _without_article(name: str) -> str:
    match = _LEADING_ARTICLE.match(name)
    return name[match.end():] if match else name


def _clean(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip(_TRIM)).strip(_TRIM)
    words = name.split()
    while words and words[0].casefold().strip(_TRIM) in _NOT_NAMES:
        words.pop(0)
    while words and words[-1].casefold() in _JOINERS:
        words.pop()
    return _without_article(" ".join(words))


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


def _variants(name: str) -> list[str]:
    """Shorter forms a reference may use: "Tyler Durden of ZeroHedge" gives "Tyler Durden" and "ZeroHedge",
    "Prime Minister Albin Kurti" gives "Albin Kurti", "Donald Trump" gives "Trump"."""
    parts = [p for p in re.split(r"\s+(?:of|and|for)\s+", name) if p and p != name]
    found: list[str] = []
    for part in [name, *parts]:
        words = part.split()
        if part != name:
            found.append(part)
        if len(words) >= 3 and words[-2][:1].isupper():
            found.append(" ".join(words[-2:]))
        if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words[-2:]):
            found.append(words[-1])
    return [v for v in dict.fromkeys(found) if len(v) >= 2 and v.casefold() not in _NOT_NAMES]


def names_in(texts: Iterable[str]) -> list[str]:
    """The article's names, most mentioned first, with their shorter forms after the names they come from."""
    mentions: Counter[str] = Counter()  # times written as such
    derived: Counter[str] = Counter()  # times part of a longer name
    first_seen: dict[str, int] = {}
    mid_sentence: set[str] = set()
    for text in texts:
        for match in _NAME.finditer(text):
            offset = match.start()
            for piece in re.split(r"(?<=[a-z\d])[.!?]\s+", match.group()):
                name = _clean(piece)
                # Capitalised by its place only if the sentence starts with it ("But Russia" does not).
                at_start = offset == match.start() and piece.startswith(name) and _starts_sentence(text, offset)
                offset += len(piece) + 1
                if len(name) < 2:
                    continue
                if not at_start or " " in name:
                    mid_sentence.add(name)
                mentions[name] += 1
                first_seen.setdefault(name, len(first_seen))
                for variant in _variants(name):
                    derived[variant] += 1
                    mid_sentence.add(variant)
                    first_seen.setdefault(variant, len(first_seen))
    kept = [name for name in first_seen if name in mid_sentence]
    return sorted(kept, key=lambda name: (-mentions[name], -derived[name], first_seen[name]))
