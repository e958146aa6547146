"""The label scheme (labels.yaml): what can be said about a claim, and which key says it.

The scheme is the annotation guideline as data. It is validated as a whole so
that a user sees every problem at once, each with the file, line and reason.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from rich.color import Color, ColorParseError

from workbench.textclean import strip_unsafe
from workbench.yamlio import LineDict, LineList, YamlError, load_file

AttributeType = Literal["text", "choice"]
ATTRIBUTE_TYPES: tuple[str, ...] = ("text", "choice")

# Keys the annotation screen uses for navigation and editing. A label key may
# not take one of these (digits are kept for picking an annotator in review).
RESERVED_KEYS: frozenset[str] = frozenset(
    "jknpxsmacbuoAhlrtSRDUN?[]{}<>.,:;/\\-+=0123456789 "
) | frozenset({"space", "enter", "escape", "tab", "up", "down", "left", "right"})

# Claim fields in the annotation file; attributes may not shadow them.
# ("paragraph" and "reason" are written next to them for unplaced claims.)
RESERVED_ATTRIBUTE_IDS = frozenset(
    {"start", "end", "label", "text", "note", "labelled", "status", "paragraph", "reason"}
)
_ID = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
# Words YAML 1.1 tools (and many YAML libraries) read as booleans or null: an
# id like `no` would come back as False from the files this project writes.
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})


@dataclass(frozen=True, slots=True)
class Attribute:
    id: str
    name: str
    type: AttributeType
    choices: tuple[str, ...] = ()
    prompt: bool = False
    help: str = ""


@dataclass(frozen=True, slots=True)
class Label:
    id: str
    name: str
    key: str
    color: str  # normalised to #rrggbb
    definition: str
    attributes: tuple[Attribute, ...] = ()

    @property
    def short_definition(self) -> str:
        """First sentence of the definition, for the legend."""
        text = " ".join(self.definition.split())
        match = re.search(r"(?<=[.;:])\s", text)
        return text[: match.start()] if match else text

    def attribute(self, attribute_id: str) -> Attribute | None:
        return next((a for a in self.attributes if a.id == attribute_id), None)

    @property
    def prompted(self) -> tuple[Attribute, ...]:
        return tuple(a for a in self.attributes if a.prompt)


@dataclass(frozen=True)
class Scheme:
    labels: tuple[Label, ...]
    path: Path | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {label.id: label for label in self.labels})
        object.__setattr__(self, "_by_key", {label.key: label for label in self.labels})

    def get(self, label_id: str | None) -> Label | None:
        by_id: dict[str, Label] = self._by_id  # type: ignore[attr-defined]
        return by_id.get(label_id) if label_id is not None else None

    def by_key(self, key: str) -> Label | None:
        by_key: dict[str, Label] = self._by_key  # type: ignore[attr-defined]
        return by_key.get(key)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(label.id for label in self.labels)

    def attribute_ids(self) -> tuple[str, ...]:
        """Every attribute id in scheme order, each once (for CSV columns and exports)."""
        seen: dict[str, None] = {}
        for label in self.labels:
            for attribute in label.attributes:
                seen.setdefault(attribute.id, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, located as precisely as known."""

    path: Path | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = str(self.path) if self.path else "<scheme>"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class SchemeError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def normalise_color(value: str) -> str:
    """Any colour Rich understands (name, #hex, #rgb, rgb()) as #rrggbb, or ValueError.

    Rich's "default" is refused: it means "the terminal's colour", which is no
    colour at all for telling labels apart.
    """
    text = value.strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        text = "#" + "".join(ch * 2 for ch in text[1:])
    try:
        color = Color.parse(text)
    except ColorParseError:
        color = None
    if color is None or color.is_default:
        raise ValueError(f"unknown colour {value!r} (use a name like 'green' or '#rrggbb')")
    return color.get_truecolor().hex


def missing_scheme(path: Path) -> str:
    """Most often the command ran in the wrong folder, or in a new one nobody has started yet."""
    return f"file not found: is this the project folder? (`workbench init {shlex.quote(str(path.parent))}` starts one)"


def load_scheme(path: Path) -> Scheme:
    """Read and validate labels.yaml; raise :class:`SchemeError` listing every problem."""
    try:
        data = load_file(path)
    except FileNotFoundError:
        raise SchemeError([Problem(path, None, missing_scheme(path))]) from None
    except (YamlError, OSError) as exc:
        raise SchemeError([Problem(path, getattr(exc, "line", None), str(getattr(exc, "message", exc)))]) from None
    return parse_scheme(data, path)


def parse_scheme(data: Any, path: Path | None = None) -> Scheme:
    problems: list[Problem] = []

    def problem(line: int | None, message: str) -> None:
        problems.append(Problem(path, line, message))

    if not isinstance(data, Mapping):
        problem(getattr(data, "line", 1), "the label scheme must be a mapping with a 'labels' list")
        raise SchemeError(problems)
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        problem(_line(data, "labels"), "'labels' must be a non-empty list of label mappings")
        raise SchemeError(problems)
    unknown_top = set(data) - {"format", "labels", "description"}
    for key in sorted(unknown_top):
        problem(_line(data, key), f"unknown top-level field {key!r}")

    labels: list[Label] = []
    seen_ids: dict[str, int | None] = {}
    seen_keys: dict[str, str] = {}
    for position, raw in enumerate(raw_labels):
        line = raw_labels.item_lines[position] if isinstance(raw_labels, LineList) else None
        if not isinstance(raw, Mapping):
            problem(line, f"label #{position + 1} must be a mapping (id, name, key, color, definition)")
            continue
        label = _parse_label(raw, position, problem)
        if label is None:
            continue
        if label.id in seen_ids:
            problem(_line(raw, "id"), f"duplicate label id {label.id!r}")
            continue
        if label.key in seen_keys:
            problem(_line(raw, "key"), f"key {label.key!r} of {label.id!r} is already used by {seen_keys[label.key]!r}")
            continue
        seen_ids[label.id] = _line(raw, "id")
        seen_keys[label.key] = label.id
        labels.append(label)
    if problems:
        raise SchemeError(problems)
    return Scheme(tuple(labels), path)


def _line(mapping: Any, key: str) -> int | None:
    if isinstance(mapping, LineDict):
        return mapping.line_of(key)
    return None


def _text(raw: Mapping[str, Any], key: str, required: bool, problem: Any, context: str) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            problem(_line(raw, key) if key in raw else getattr(raw, "line", None), f"{context}: missing {key!r}")
            return None
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problem(_line(raw, key), f"{context}: {key!r} must be text, not {type(value).__name__}")
        return None
    # Names and definitions are shown on screen: no escape sequences or control characters.
    return strip_unsafe(str(value))


def _parse_label(raw: Mapping[str, Any], position: int, problem: Any) -> Label | None:
    context = f"label #{position + 1}"
    ok = True
    label_id = _text(raw, "id", True, problem, context)
    if label_id is not None:
        context = f"label {label_id!r}"
        if not _ID.match(label_id):
            problem(_line(raw, "id"),
                    f"{context}: id must be lower-case letters, digits, '_' or '-', starting with a letter")
            ok = False
        elif label_id in _YAML11_WORDS:
            problem(_line(raw, "id"), f"{context}: id {label_id!r} reads as true/false/null in YAML 1.1 tools; "
                                      "choose a word like 'none' or 'not-a-claim'")
            ok = False
    else:
        ok = False
    name = _text(raw, "name", False, problem, context)
    key = _text(raw, "key", True, problem, context)
    if key is not None:
        if key in RESERVED_KEYS:
            problem(_line(raw, "key"), f"{context}: key {key!r} clashes with a navigation key")
            ok = False
        elif len(key) != 1 or not key.isprintable():
            problem(_line(raw, "key"), f"{context}: key must be one printable character, got {key!r}")
            ok = False
    else:
        ok = False
    color_text = _text(raw, "color", True, problem, context)
    color = ""
    if color_text is not None:
        try:
            color = normalise_color(color_text)
        except ValueError as exc:
            problem(_line(raw, "color"), f"{context}: {exc}")
            ok = False
    else:
        ok = False
    definition = _text(raw, "definition", True, problem, context)
    if definition is None:
        ok = False
    unknown = set(raw) - {"id", "name", "key", "color", "definition", "attributes"}
    for field_name in sorted(unknown):
        problem(_line(raw, field_name), f"{context}: unknown field {field_name!r}")
        ok = False
    attributes = _parse_attributes(raw, context, problem)
    if attributes is None or not ok:
        return None
    assert label_id is not None and key is not None and definition is not None
    return Label(label_id, name or label_id, key, color, definition.strip(), attributes)


def _parse_attributes(raw: Mapping[str, Any], context: str, problem: Any) -> tuple[Attribute, ...] | None:
    raw_attributes = raw.get("attributes") or []
    if not isinstance(raw_attributes, list):
        problem(_line(raw, "attributes"), f"{context}: 'attributes' must be a list")
        return None
    result: list[Attribute] = []
    ok = True
    seen: set[str] = set()
    for index, item in enumerate(raw_attributes):
        line = raw_attributes.item_lines[index] if isinstance(raw_attributes, LineList) else None
        if not isinstance(item, Mapping):
            problem(line, f"{context}: attribute #{index + 1} must be a mapping")
            ok = False
            continue
        attribute_id = _text(item, "id", True, problem, f"{context} attribute #{index + 1}")
        if attribute_id is None:
            ok = False
            continue
        where = f"{context} attribute {attribute_id!r}"
        if not _ID.match(attribute_id) or attribute_id in RESERVED_ATTRIBUTE_IDS | _YAML11_WORDS:
            reserved = sorted(RESERVED_ATTRIBUTE_IDS | _YAML11_WORDS)
            problem(_line(item, "id"), f"{where}: id must be a lower-case word and not one of {reserved}")
            ok = False
        if attribute_id in seen:
            problem(_line(item, "id"), f"{where}: duplicate attribute id")
            ok = False
        seen.add(attribute_id)
        type_name = item.get("type", "text")
        if type_name not in ATTRIBUTE_TYPES:
            known = ", ".join(ATTRIBUTE_TYPES)
            problem(_line(item, "type"), f"{where}: unknown attribute type {type_name!r} (known: {known})")
            ok = False
            continue
        choices: tuple[str, ...] = ()
        if type_name == "choice":
            raw_choices = item.get("choices")
            # Cleaned first (they are shown on screen), then checked: a choice of escape codes alone is empty.
            cleaned = [strip_unsafe(c).strip() if isinstance(c, str) else "" for c in raw_choices] if isinstance(
                raw_choices, list) else []
            if not cleaned or not all(cleaned):
                problem(_line(item, "choices"), f"{where}: a choice attribute needs a non-empty list of text 'choices'")
                ok = False
                continue
            if len(set(cleaned)) < len(cleaned):
                problem(_line(item, "choices"), f"{where}: the same choice is listed twice")
                ok = False
                continue
            choices = tuple(cleaned)
        prompt = item.get("prompt", False)
        if not isinstance(prompt, bool):
            problem(_line(item, "prompt"), f"{where}: 'prompt' must be true or false")
            ok = False
            continue
        unknown = set(item) - {"id", "name", "type", "choices", "prompt", "help"}
        for field_name in sorted(unknown):
            problem(_line(item, field_name), f"{where}: unknown field {field_name!r}")
            ok = False
        name = _text(item, "name", False, problem, where) or attribute_id
        help_text = _text(item, "help", False, problem, where) or ""
        result.append(Attribute(attribute_id, name, type_name, choices, prompt, help_text))
    return tuple(result) if ok else None
