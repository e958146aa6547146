"""The project's value types: articles, paragraphs, claims and suggestions.

Everything here is immutable. Edits build new values, which makes undo a
matter of keeping the old ones and lets the UI compare states cheaply.
Offsets are code-point offsets into a paragraph's canonical text
(:func:`workbench.textclean.canonical`), half-open ``[start, end)``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal

ParagraphKind = Literal["content", "heading", "boilerplate"]
PARAGRAPH_KINDS: tuple[ParagraphKind, ...] = ("content", "heading", "boilerplate")
META_FIELDS = ("title", "outlet", "author", "published", "url", "language", "original_source")

_EMPTY: Mapping[str, str] = MappingProxyType({})


@lru_cache(maxsize=256)
def sha256_text(text: str) -> str:
    """Cached: every saved action stamps its paragraph, and a 1 MB paragraph takes ~2 ms to hash."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def frozen_attributes(values: Mapping[str, str] | None) -> Mapping[str, str]:
    """Attributes with empty values dropped, in a stable (sorted) order, read-only."""
    if not values:
        return _EMPTY
    return MappingProxyType({k: values[k] for k in sorted(values) if values[k] not in ("", None)})


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    language: str = ""
    original_source: str = ""

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in META_FIELDS}


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    kind: ParagraphKind
    text: str

    @property
    def sha256(self) -> str:
        return sha256_text(self.text)


@dataclass(frozen=True)
class Article:
    id: str
    meta: ArticleMeta
    paragraphs: tuple[Paragraph, ...]
    path: Path | None = None
    warnings: tuple[str, ...] = ()
    # Paragraphs the source prints wholly in bold: how interviews on the web set their questions apart from the
    # answers, which the text alone cannot always tell ("The union says overtime is driving people out.").
    bold: frozenset[int] = frozenset()

    @cached_property
    def text_sha256(self) -> str:
        """Hash of all paragraph texts, to notice an article edited after labelling."""
        return sha256_text("\n\n".join(p.text for p in self.paragraphs))

    @property
    def title(self) -> str:
        return self.meta.title or self.id


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposed label for a span, and why; shown, never saved until accepted."""

    label: str
    attributes: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SuggestedClaim:
    start: int
    end: int
    suggestion: Suggestion


@dataclass(frozen=True, slots=True)
class Claim:
    """One span of a paragraph, labelled or still waiting for a label."""

    start: int
    end: int
    label: str | None = None
    attributes: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    note: str = ""
    labelled_at: str | None = None
    suggestion: Suggestion | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    @property
    def is_labelled(self) -> bool:
        return self.label is not None

    def text_in(self, paragraph_text: str) -> str:
        return paragraph_text[self.start : self.end]

    def with_span(self, start: int, end: int) -> Claim:
        return replace(self, start=start, end=end)


@dataclass(frozen=True, slots=True)
class ParagraphState:
    """What one annotator decided about one paragraph.

    ``boilerplate`` is ``None`` when the corpus's own judgement stands, else the
    annotator's override. ``touched`` says whether the claim boundaries are the
    annotator's (saved) or still the automatic candidates (recomputed).
    """

    claims: tuple[Claim, ...] = ()
    boilerplate: bool | None = None
    touched: bool = False

    @property
    def labelled(self) -> int:
        return sum(1 for c in self.claims if c.label is not None)

    @property
    def done(self) -> bool:
        return bool(self.claims) and all(c.label is not None for c in self.claims)


def is_boilerplate(paragraph: Paragraph, state: ParagraphState | None) -> bool:
    if state is not None and state.boilerplate is not None:
        return state.boilerplate
    return paragraph.kind == "boilerplate"


def is_annotatable(paragraph: Paragraph, state: ParagraphState | None) -> bool:
    """Content paragraphs are labelled; headings and boilerplate are skipped."""
    if is_boilerplate(paragraph, state):
        return False
    return paragraph.kind != "heading" or (state is not None and state.boilerplate is False)
