"""The project's one YAML reader and writer.

Reading is safe by construction: a SafeLoader (libyaml's when present) with
YAML-1.2-like scalars (only ``true``/``false`` are booleans, no timestamps, no
sexagesimal or octal surprises, and a plain scalar is a number only when that
number would be written back as the same text, so ``1.10`` stays "1.10"),
duplicate keys refused, aliases and deep nesting refused by a streaming
pre-pass before any structure is built (alias bombs, and libyaml's composer
recursing until the C stack overflows), and every mapping remembering the
line of each key so validation errors can point at it.

Writing is deterministic (insertion order, fixed width, Unicode kept) and
checked: what is written must load back to the same data, else nothing is
written.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is an order of magnitude faster; the pure-Python classes are the fallback.
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

    HAVE_LIBYAML = False


class YamlError(ValueError):
    """A YAML document that cannot be accepted, with the line where known (1-based)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class LineDict(dict[str, Any]):
    """A mapping that remembers where it and each of its keys started (1-based lines)."""

    line: int | None = None
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int | None:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence that remembers the line of each item."""

    line: int | None = None
    item_lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.item_lines = []


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
MAX_DEPTH = 64


def _float_text(value: float) -> str:
    """How the dumper writes a float (mirrors SafeRepresenter.represent_float)."""
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text


def _is_canonical_number(tag: str, text: str) -> bool:
    """True when the number ``text`` reads as would be written back unchanged."""
    if tag == _INT:
        return str(int(text)) == text
    if text in (".inf", "-.inf", ".nan"):
        return True
    try:
        return _float_text(float(text)) == text
    except ValueError:  # .Inf, +.inf, .NaN: valid YAML, but not how they are written
        return False


class _StrictLoader(_BaseLoader):
    """Safe loader with strict scalars, no duplicate keys and no aliases."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        # Only plain scalars reach the numeric resolvers; "1.10", "+1" or
        # "1.0e3" would lose their spelling as numbers, so they stay text.
        tag: str = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
        if tag in (_INT, _FLOAT) and not _is_canonical_number(tag, value):
            return _STR
        return tag

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # With aliases, the composer hands back a node already constructed.
        # Refusing here stops an alias bomb before it is expanded or walked.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise YamlError("anchors and aliases (&, *) are not allowed", _line(node))
        return super().construct_object(node, deep=deep)

    def construct_yaml_map(self, node: yaml.MappingNode) -> Generator[LineDict, None, None]:
        data = LineDict()
        data.line = _line(node)
        yield data
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or (
                isinstance(key_node, yaml.ScalarNode) and key_node.value == "<<" and not key_node.style
            ):
                raise YamlError("merge keys (<<) are not allowed", _line(key_node))
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise YamlError("mapping keys must be plain scalars", _line(key_node))
            key = str(key) if not isinstance(key, str) else key
            if key in data:
                raise YamlError(f"duplicate key {key!r}", _line(key_node))
            data[key] = self.construct_object(value_node, deep=True)
            data.key_lines[key] = _line(key_node) or 0

    def construct_yaml_seq(self, node: yaml.SequenceNode) -> Generator[LineList, None, None]:
        data = LineList()
        data.line = _line(node)
        yield data
        for child in node.value:
            data.append(self.construct_object(child, deep=True))
            data.item_lines.append(_line(child) or 0)

    def construct_undefined(self, node: yaml.Node) -> Any:
        raise YamlError(f"tag {node.tag!r} is not allowed (only plain YAML data)", _line(node))


def _line(node: yaml.Node) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else None


# Implicit scalar types: YAML 1.2 core style. "no", "yes", "on", "off", "012",
# "12:30", "1_000" and dates stay strings, so ids like `no` and values like
# `1.10` are never silently converted.
_StrictLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?(?:0|[1-9][0-9]*))$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    _StrictLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)

_StrictLoader.add_constructor("tag:yaml.org,2002:map", _StrictLoader.construct_yaml_map)
_StrictLoader.add_constructor("tag:yaml.org,2002:seq", _StrictLoader.construct_yaml_seq)
for _tag in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary", "tag:yaml.org,2002:set",
             "tag:yaml.org,2002:omap", "tag:yaml.org,2002:pairs"):
    _StrictLoader.add_constructor(_tag, _StrictLoader.construct_undefined)
_StrictLoader.add_constructor(None, _StrictLoader.construct_undefined)


def _prescan(text: str) -> None:
    """Refuse aliases and deep nesting from the event stream, before anything is composed."""
    parser = _BaseLoader(text)
    depth = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise YamlError("anchors and aliases (&, *) are not allowed", _event_line(event))
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlError(f"structure nested deeper than {MAX_DEPTH} levels", _event_line(event))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        parser.dispose()


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line][column : column + 1] if line < len(lines) else ""


def _event_line(event: yaml.Event) -> int | None:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else None


def loads(text: str) -> Any:
    """Parse one YAML document safely; raise :class:`YamlError` with a line on any problem."""
    try:
        _prescan(text)
        loader = _StrictLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
            problem = "a tab character here: YAML indents with spaces only"
        raise YamlError(problem, mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlError(str(exc).splitlines()[0] if str(exc) else "invalid YAML") from None
    except RecursionError:
        raise YamlError("structure nested too deeply") from None


def load_file(path: Path) -> Any:
    """Read and parse a YAML file as UTF-8 (BOM allowed)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise YamlError(f"not UTF-8 text (byte {exc.start})") from None
    return loads(text)


class _Dumper(_BaseDumper):
    """Block style, no aliases, LineDict/LineList dumped as plain mappings/lists."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_Dumper.add_representer(LineDict, _Dumper.represent_dict)
_Dumper.add_representer(LineList, _Dumper.represent_list)


def dumps(data: Any) -> str:
    """Serialise deterministically: insertion order, block style, Unicode as is."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=4096,
        indent=2,
    )
    return text


def dumps_checked(data: Any) -> str:
    """Serialise and prove the text loads back to equal data, else raise ``YamlError``.

    Dumpers escape or fold some characters (NEL, line separators, lone
    surrogates); this check turns any loss into a refused save instead of
    silently changed labels.
    """
    try:
        text = dumps(data)
    except (yaml.YAMLError, UnicodeError) as exc:
        raise YamlError(f"cannot be written as YAML: {exc}") from None
    if loads(text) != data:
        raise YamlError("data would not survive a save/load round trip; not written")
    return text
