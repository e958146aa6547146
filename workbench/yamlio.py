"""The project's one YAML reader and writer.

Reading is safe by construction: a SafeLoader (libyaml's when present) with
YAML-1.2-like scalars (only ``true``/``false`` are booleans, no timestamps, no
sexagesimal or octal surprises, and a plain scalar is a number only when that
number would be written back as the same text, so ``1.10`` stays "1.10"),
duplicate keys refused, aliases and deep nesting refused by a streaming
pre-pass before any structure is built (alias bombs, and libyaml's composer
recursing until the C stack overflows), and every mapping remembering the
line of each key so validation errors can point at it.

Reading takes one of three paths with the same result. The line path reads
the block style the workbench itself writes (mappings, sequences, one scalar
per line) straight from the lines, a regular expression splitting each into
indentation, key and value: annotation files are little else, and it reads
them in about 60% of the event path's time. Anything else it leaves to the
next path. The fast path builds
the data straight from libyaml's event stream in one tight loop (no node
graph, no per-scalar resolver dispatch: about a third of the time) and gives
up at the first thing it does not handle itself: an anchor, alias, tag, merge
key, duplicate or non-text key, excess depth, a second document or a syntax
error. The checked path below (pre-pass, strict composer and constructor)
then reads the text again and decides, with its own messages and lines, so
both paths accept exactly the same documents and every refusal comes from
one place. tests/test_yamlio_fast.py proves the two agree.

Writing is deterministic (insertion order, fixed width, Unicode kept) and
checked: what is written must load back to the same data, else nothing is
written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import yaml

from workbench.textclean import read_file_bytes

try:  # libyaml is an order of magnitude faster; the pure-Python classes are the fallback.
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _BaseLoader
    from yaml._yaml import CParser as _EventParser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]
    from yaml import SafeLoader as _EventParser  # type: ignore[assignment]

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
    """A mapping that remembers where it and each of its keys started (1-based lines).

    Slots rather than an instance dictionary: a big annotation file holds
    tens of thousands of these, and the readers build them with
    :func:`_line_dict`, skipping ``__init__`` (a third of their cost).
    """

    __slots__ = ("key_lines", "line")
    line: int | None
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = None
        self.key_lines = {}

    def line_of(self, key: str) -> int | None:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence that remembers the line of each item."""

    __slots__ = ("item_lines", "line")
    line: int | None
    item_lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.line = None
        self.item_lines = []


_new_dict = dict.__new__
_new_list = list.__new__


def _line_dict(line: int | None) -> LineDict:
    """An empty LineDict starting at ``line``, built without a Python-level ``__init__`` call."""
    data: LineDict = _new_dict(LineDict)
    data.line = line
    data.key_lines = {}
    return data


def _line_list(line: int | None) -> LineList:
    """An empty LineList starting at ``line`` (see :func:`_line_dict`)."""
    items: LineList = _new_list(LineList)
    items.line = line
    items.item_lines = []
    return items


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
        try:
            return str(int(text)) == text
        except ValueError:  # over Python's 4,300-digit limit: cannot be written back as a number
            return False
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
        data = _line_dict(_line(node))
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
        data = _line_list(_line(node))
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
_BOOL_RE = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT_RE = re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*))$")
_FLOAT_RE = re.compile(
    r"^(?:[-+]?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)
_NULL_RE = re.compile(r"^(?:~|null|Null|NULL|)$")
# The first characters each pattern is tried for: shared by the checked reader and the fast path.
_BOOL_FIRST, _INT_FIRST, _FLOAT_FIRST, _NULL_FIRST = "tTfF", "-+0123456789", "-+0123456789.", "~nN"
_StrictLoader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in [
    ("tag:yaml.org,2002:bool", _BOOL_RE, list(_BOOL_FIRST)),
    ("tag:yaml.org,2002:int", _INT_RE, list(_INT_FIRST)),
    ("tag:yaml.org,2002:float", _FLOAT_RE, list(_FLOAT_FIRST)),
    ("tag:yaml.org,2002:null", _NULL_RE, [*_NULL_FIRST, ""]),
]:
    _StrictLoader.add_implicit_resolver(_tag, _regexp, _first)

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


# ---------------------------------------------------------------- fast path


class _Unhandled(Exception):
    """Something the fast path leaves to the checked path (which accepts or refuses it)."""


_NOT_TEXT_FIRST = frozenset(_BOOL_FIRST + _INT_FIRST + _FLOAT_FIRST + _NULL_FIRST)
_NO_KEY: Any = object()


def _plain_scalar(value: str) -> Any:
    """A plain (unquoted, untagged) scalar, resolved exactly as ``_StrictLoader`` resolves it.

    The same patterns, picked by the same first character, and the same
    constructors' arithmetic (SafeConstructor's bool, int and float).
    """
    if not value:
        return None
    first = value[0]
    if first not in _NOT_TEXT_FIRST:
        return value
    if first in _BOOL_FIRST:
        return value.lower() == "true" if _BOOL_RE.match(value) else value
    if first in _NULL_FIRST:
        return None if _NULL_RE.match(value) else value
    if _INT_RE.match(value):
        return int(value) if _is_canonical_number(_INT, value) else value
    if _FLOAT_RE.match(value) and _is_canonical_number(_FLOAT, value):
        if value == ".inf":
            return float("inf")
        if value == "-.inf":
            return float("-inf")
        return float("nan") if value == ".nan" else float(value)
    return value


def _fast_loads(text: str) -> Any:
    """Build the data from the event stream in one pass, or raise for anything unusual.

    Handles plain data only: mappings with text, number or boolean keys,
    sequences, untagged scalars without anchors, one document, at most
    ``MAX_DEPTH`` levels. Lines are recorded as the checked path records
    them (each node's start: the mapping's, every key's, every item's).
    Iterative, so no input can exhaust the stack.
    """
    parser = _EventParser(text)
    try:
        get_event: Callable[[], Any] = parser.get_event
        get_event()  # stream start
        event = get_event()
        if type(event) is yaml.StreamEndEvent:
            return None
        if type(event) is not yaml.DocumentStartEvent:
            raise _Unhandled
        root: Any = _NO_KEY
        stack: list[tuple[Any, bool]] = []  # the enclosing containers
        container: Any = None  # the LineDict or LineList being filled; None at the top
        in_mapping = False
        key: Any = _NO_KEY  # in a mapping: the key waiting for its value
        key_line = 0
        while True:
            event = get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _Unhandled
                value = _plain_scalar(event.value) if event.implicit[0] else event.value
                if in_mapping:
                    if key is _NO_KEY:
                        if type(value) is not str:
                            if value is None:
                                raise _Unhandled
                            value = str(value)
                        elif value == "<<" and not event.style:
                            raise _Unhandled
                        if value in container:
                            raise _Unhandled
                        key = value
                        key_line = event.start_mark.line + 1
                    else:
                        container[key] = value
                        container.key_lines[key] = key_line
                        key = _NO_KEY
                elif container is not None:
                    container.append(value)
                    container.item_lines.append(event.start_mark.line + 1)
                else:
                    root = value
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    raise _Unhandled
                if (in_mapping and key is _NO_KEY) or len(stack) >= MAX_DEPTH:
                    raise _Unhandled
                line = event.start_mark.line + 1
                new: LineDict | LineList = _line_dict(line) if kind is yaml.MappingStartEvent else _line_list(line)
                if in_mapping:
                    container[key] = new
                    container.key_lines[key] = key_line
                elif container is not None:
                    container.append(new)
                    container.item_lines.append(line)
                else:
                    root = new
                stack.append((container, in_mapping))
                container = new
                in_mapping = kind is yaml.MappingStartEvent
                key = _NO_KEY
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                container, in_mapping = stack.pop()
                key = _NO_KEY
            elif kind is yaml.DocumentEndEvent:
                break
            else:  # an alias, or anything this loop was not written for
                raise _Unhandled
        if type(get_event()) is not yaml.StreamEndEvent:
            raise _Unhandled
        return root
    finally:
        parser.dispose()


# ---------------------------------------------------------------- line path

# What the line path reads: block mappings and sequences as ``dumps`` writes them,
# one scalar per line. Anything else is left to the event paths.
# Each line: indentation, "- ", then "key: value" or "key:" (value empty), or any other content.
_LINE = re.compile(r"^( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]*)(?:: (.+)|:)|(.*))$", re.M)
_LINE_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'\Z")
# Characters YAML reads as line breaks, tabs, byte order marks and everything its reader refuses.
# (YAML allows \t \n \r \x20-\x7e \x85 \xa0-\ud7ff \ue000-\ufffd and the astral planes; of those, this
# path also leaves tabs, \r, \x85, \u2028, \u2029 and \ufeff to the others. Listed as what is refused,
# which is three times faster to search for than what is allowed.)
_LINE_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_PLAIN_NOT_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_LINE_MAX_DEPTH = 32
_key_ok: dict[str, bool] = {}


# First characters after which a value may be something other than plain text: quotes, flow
# collections, indicators, and the first characters of booleans, numbers and nulls.
_LINE_SPECIAL_FIRST = _PLAIN_NOT_FIRST | _NOT_TEXT_FIRST
_DIGITS = frozenset("0123456789")


def _line_scalar(value: str, line: int) -> Any:
    first = value[:1]
    # Shortcuts for what annotation files are made of, with the results of the general path
    # below: plain text (labels, claim text), offsets (whole numbers without sign or leading
    # zero, short enough to be far from the int conversion limit), quoted times.
    if first not in _LINE_SPECIAL_FIRST:
        if not first or ": " in value or " #" in value or value[-1] == ":":
            raise _Unhandled
        return value
    if first in _DIGITS and len(value) < 19 and value.isdigit() and value.isascii() and (
            first != "0" or len(value) == 1):
        return int(value)
    if first == "'":
        if len(value) > 1 and value[-1] == "'" and "'" not in value[1:-1]:  # no quote inside (times)
            return value[1:-1]
        match = _LINE_SINGLE_QUOTED.match(value)
        if match is None:
            raise _Unhandled
        return match.group(1).replace("''", "'")
    if first == '"':
        if len(value) < 2 or value[-1] != '"' or '"' in value[1:-1] or "\\" in value:
            raise _Unhandled
        return value[1:-1]
    if value == "[]":
        return _line_list(line)
    if value == "{}":
        return _line_dict(line)
    if not first or first in _PLAIN_NOT_FIRST or ": " in value or " #" in value or value[-1] == ":":
        raise _Unhandled
    return _plain_scalar(value)


class _LineReader:
    """Indentation-driven reader of the block style ``dumps`` writes; raises ``_Unhandled`` otherwise.

    One regular-expression pass splits every line into indentation, dash,
    key and value (or other content); the structure is then built from
    those, so the per-line work in Python is a few comparisons.
    """

    def __init__(self, text: str) -> None:
        if not text or text.startswith("\n") or "\n\n" in text or " \n" in text or text.endswith(" "):
            raise _Unhandled  # blank lines, trailing spaces: the event paths decide
        rows = _LINE.findall(text)
        if rows and not any(rows[-1]):  # after the final line break
            rows.pop()
        self.indents = [len(row[0]) for row in rows]
        self.dashes: list[str] = [row[1] for row in rows]  # "- " or "": only ever tested for truth
        self.rows = rows

    def document(self) -> Any:
        if not self.rows or self.indents[0] != 0:
            raise _Unhandled
        root, end = self.block(0, 0, 0)
        if end != len(self.rows):
            raise _Unhandled
        return root

    def block(self, i: int, indent: int, depth: int) -> tuple[Any, int]:
        if depth > _LINE_MAX_DEPTH:
            raise _Unhandled
        if self.dashes[i]:
            return self.sequence(i, indent, depth)
        return self.mapping(i, indent, depth)

    def mapping(self, i: int, indent: int, depth: int) -> tuple[LineDict, int]:
        indents, dashes, rows = self.indents, self.dashes, self.rows
        count = len(rows)
        data = _line_dict(i + 1)
        key_lines = data.key_lines
        while i < count:
            at = indents[i]
            if at < indent:
                break
            if at > indent or dashes[i]:
                raise _Unhandled
            _, _, key, value, _ = rows[i]
            if not key:
                raise _Unhandled
            ok = _key_ok.get(key)
            if ok is None:
                ok = _plain_scalar(key) == key and type(_plain_scalar(key)) is str
                if len(_key_ok) < 4096:
                    _key_ok[key] = ok
            if not ok or key in data:
                raise _Unhandled
            key_lines[key] = i + 1
            if value:
                data[key] = _line_scalar(value, i + 1)
                i += 1
                continue
            following = i + 1
            if following < count and indents[following] > indent:
                data[key], i = self.block(following, indents[following], depth + 1)
            elif following < count and indents[following] == indent and dashes[following]:
                data[key], i = self.sequence(following, indent, depth + 1)
            else:
                data[key] = None
                i = following
        return data, i

    def sequence(self, i: int, indent: int, depth: int) -> tuple[LineList, int]:
        indents, dashes, rows = self.indents, self.dashes, self.rows
        count = len(rows)
        items = _line_list(i + 1)
        item_lines = items.item_lines
        while i < count and indents[i] == indent and dashes[i]:
            item_lines.append(i + 1)
            _, _, key, _, other = rows[i]
            if key:  # "- key: value" opens a mapping whose keys line up after the dash
                indents[i] = indent + 2
                dashes[i] = ""
                item, i = self.mapping(i, indent + 2, depth + 1)
                items.append(item)
            elif other and other[0] not in " -":
                items.append(_line_scalar(other, i + 1))
                i += 1
            else:
                raise _Unhandled
        return items, i


def _line_loads(text: str) -> Any:
    """The data of a document in the workbench's own block style, read line by line.

    Annotation files are long runs of ``key: scalar`` lines; reading them by
    indentation is about twice as fast as building them from parser events.
    Only what the reference reads identically is taken (tests/test_yamlio_fast.py).
    """
    if _LINE_UNSAFE.search(text):
        raise _Unhandled
    return _LineReader(text).document()


def loads(text: str) -> Any:
    """Parse one YAML document safely; raise :class:`YamlError` with a line on any problem."""
    try:
        return _line_loads(text)
    except Exception:  # not the workbench's own style: the event paths decide
        pass
    try:
        return _fast_loads(text)
    except Exception:  # any doubt goes to the checked path, which decides
        pass
    return _checked_loads(text)


def _checked_loads(text: str) -> Any:
    """The reference reader: streaming pre-pass, then the strict composer and constructor."""
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
    except UnicodeEncodeError as exc:  # lone surrogates: libyaml reads UTF-8, which cannot hold them
        raise YamlError(f"not valid Unicode text (character {exc.start})") from None


def load_file(path: Path) -> Any:
    """Read and parse a YAML file as UTF-8 (BOM allowed)."""
    data = read_file_bytes(path)
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


# ---------------------------------------------------------------- writing

# Strings the line writer leaves to PyYAML: line breaks, and everything PyYAML would escape.
_WRITE_UNSAFE = re.compile("[\n\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]")
_PLAIN_NEVER_FIRST = frozenset("#,[]{}&*!|>'\"%@` ")
_PLAIN_FIRST_BEFORE_SPACE = frozenset("?:-")
# The YAML 1.1 resolvers other readers use: a string they would read as a bool, date or number is quoted.
_DUMPER_RESOLVERS: dict[Any, list[tuple[str, re.Pattern[str]]]] = _BaseDumper.yaml_implicit_resolvers
_scalar_cache: dict[str, str] = {}
_WRITE_LINE_MAX = 4000  # PyYAML folds longer scalars at width 4096; the line writer leaves them to it


def _written_string(value: str) -> str:
    """A string as PyYAML writes it on one line: plain when every reader reads it back as this text,
    else single-quoted; raises ``_Unhandled`` for what needs double quotes or folding."""
    if len(value) > _WRITE_LINE_MAX or _WRITE_UNSAFE.search(value):
        raise _Unhandled
    first = value[:1]
    plain = not (
        not first
        or first in _PLAIN_NEVER_FIRST
        or (first in _PLAIN_FIRST_BEFORE_SPACE and value[1:2] in ("", " "))
        or value.startswith(("---", "..."))
        or value[-1] in " :"
        or ": " in value
        or " #" in value
        or any(pattern.match(value) for _tag, pattern in _DUMPER_RESOLVERS.get(first, ()))
        or type(_plain_scalar(value)) is not str
    )
    return value if plain else "'" + value.replace("'", "''") + "'"


def _written_scalar(value: Any) -> str:
    kind = type(value)
    if kind is str:
        cached = _scalar_cache.get(value)
        if cached is None:
            cached = _written_string(value)
            if len(value) < 64 and len(_scalar_cache) < 4096:
                _scalar_cache[value] = cached
        return cached
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if value is None:
        return "null"
    raise _Unhandled  # floats and anything else: PyYAML's representers decide


class _LineWriter:
    """Writes the block style PyYAML writes for mappings, sequences and one-line scalars.

    Lines are appended to one list, so a large annotation file costs a few
    string operations per value; PyYAML's emitter builds an event and an
    analysis object for every scalar. Keys must be identifiers and items of a
    sequence scalars or mappings: anything else raises ``_Unhandled`` and
    PyYAML writes the document instead.
    """

    def __init__(self) -> None:
        self.lines: list[str] = []

    def mapping(self, data: dict[Any, Any], indent: str, first_prefix: str, depth: int) -> None:
        if depth > _LINE_MAX_DEPTH:
            raise _Unhandled
        lines = self.lines
        prefix = first_prefix
        for key, value in data.items():
            if type(key) is not str or not _KEY_NAME.match(key) or _written_scalar(key) != key:
                raise _Unhandled
            kind = type(value)
            if kind is dict or kind is LineDict:
                if value:
                    lines.append(f"{prefix}{key}:\n")
                    self.mapping(value, indent + "  ", indent + "  ", depth + 1)
                else:
                    lines.append(f"{prefix}{key}: {{}}\n")
            elif kind is list or kind is LineList:
                if value:
                    lines.append(f"{prefix}{key}:\n")
                    self.sequence(value, indent, depth + 1)
                else:
                    lines.append(f"{prefix}{key}: []\n")
            else:
                lines.append(f"{prefix}{key}: {_written_scalar(value)}\n")
            prefix = indent

    def sequence(self, items: list[Any], indent: str, depth: int) -> None:
        if depth > _LINE_MAX_DEPTH:
            raise _Unhandled
        for item in items:
            kind = type(item)
            if kind is dict or kind is LineDict:
                if item:
                    self.mapping(item, indent + "  ", indent + "- ", depth + 1)
                else:
                    self.lines.append(f"{indent}- {{}}\n")
            elif kind is list or kind is LineList:
                raise _Unhandled  # "- - item": left to PyYAML
            else:
                self.lines.append(f"{indent}- {_written_scalar(item)}\n")


_KEY_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _line_dumps(data: Any) -> str:
    """``data`` in the block style, written line by line; raises ``_Unhandled`` for anything unusual."""
    writer = _LineWriter()
    kind = type(data)
    if (kind is dict or kind is LineDict) and data:
        writer.mapping(data, "", "", 0)
    elif (kind is list or kind is LineList) and data:
        writer.sequence(data, "", 0)
    else:
        raise _Unhandled
    return "".join(writer.lines)


def dumps(data: Any) -> str:
    """Serialise deterministically: insertion order, block style, Unicode as is.

    The workbench's own documents (identifier keys, one-line scalars) are
    written by the line writer, which gives PyYAML's text for them
    (tests/test_yamlio_fast.py compares the two) about seven times faster;
    everything else is written by PyYAML. One difference: libyaml escapes
    characters beyond U+FFFF ("\\U0001F600"), the line writer keeps them
    as they are, so an emoji in a quoted tweet stays readable in the file.
    """
    try:
        return _line_dumps(data)
    except _Unhandled:
        pass
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
