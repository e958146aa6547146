"""Whom a "she" or an "il" can mean: the gender of pronouns, titles and given names (data/cues/genders.yaml).

The suggester reads "She said" as the person it was reading about. When that person is known to be a man
("Martin Ashdown", "Mr Lusby", "le maire Jean Roux"), the pronoun means someone else: the last woman the
article named. Gender is known only where the text makes it plain (a title, a common given name), so a person
of unknown gender is never passed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.yamlio import loads

FEMININE = "feminine"
MASCULINE = "masculine"


@dataclass(frozen=True)
class Genders:
    """The genders one language's text makes plain."""

    pronouns: dict[str, str]
    titles: dict[str, str]
    given_names: dict[str, str]
    feminine_endings: tuple[str, ...] = ()  # German "Bürgermeisterin", "Polizeisprecherin"
    masculine_endings: tuple[str, ...] = ()  # German "Kreisbrandmeister"

    def of_pronoun(self, word: str) -> str | None:
        return self.pronouns.get(word.lower())

    def of_title(self, title: str) -> str | None:
        title = title.lower().rstrip(".")
        known = self.titles.get(title)
        if known is not None or len(title) < 5:
            return known
        if title.endswith(self.feminine_endings):
            return FEMININE
        return MASCULINE if title.endswith(self.masculine_endings) else None

    def of_name(self, name: str) -> str | None:
        """A full name's gender by its first word, when that is a common given name ("Rosalind Maybury"; not the
        middle name of "Coretta Scott King"); a surname alone tells nothing. Names that are also places
        ("Georgia", "Victoria", "Austin") are in no list: "Victoria Police" is no woman."""
        parts = name.split()
        if len(parts) < 2 or any(len(part) > 2 and part.endswith(".") for part in parts[1:-1]):
            return None  # "Georgia Gov. Brian Kemp": a place and a title read into the name
        return self.given_names.get(parts[0].lower())


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    """genders.yaml, read once for every language."""
    loaded: dict[str, Any] = loads((Path(__file__).parent / "data" / "cues" / "genders.yaml").read_text("utf-8"))
    return loaded


@lru_cache(maxsize=8)
def genders(language: str) -> Genders:
    data = _data()

    def by_gender(lists: dict[str, list[str]]) -> dict[str, str]:
        return {word.lower(): gender for gender in (FEMININE, MASCULINE) for word in lists.get(gender) or []}

    names = by_gender(data["given_names"])
    names.update(by_gender((data["given_names"].get("languages") or {}).get(language) or {}))
    titles = data["titles"]
    titled = by_gender(titles)
    titled.update(by_gender((titles.get("languages") or {}).get(language) or {}))
    return Genders(
        pronouns=by_gender(data["pronouns"]),
        titles=titled,
        given_names=names,
        feminine_endings=tuple((titles.get("feminine_endings") or {}).get(language) or ()),
        masculine_endings=tuple((titles.get("masculine_endings") or {}).get(language) or ()),
    )
