"""The fast YAML path gives exactly what the checked path gives, or leaves the document to it.

``yamlio.loads`` first tries ``_fast_loads`` (data built straight from
libyaml's events) and falls back to ``_checked_loads`` (pre-pass, strict
composer and constructor: the reference). The property proven here: on any
text, ``loads`` has the same outcome as the reference, the same value of the
same types with the same remembered lines, or the same error with the same
line. A fast path that silently fell back on everything would pass that too,
so the common documents are also required to take the fast path.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench import yamlio
from workbench.yamlio import LineDict, LineList, YamlError, _checked_loads, _fast_loads, _line_loads, dumps, loads

ROOT = Path(__file__).resolve().parents[1]


def same(a: Any, b: Any, where: str = "$") -> None:
    """Assert equal values of identical types (1, 1.0 and True differ), key order and lines included."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__} ({a!r} vs {b!r})"
    if isinstance(a, LineDict):
        assert list(a) == list(b), f"{where}: keys {list(a)} != {list(b)}"
        assert (a.line, a.key_lines) == (b.line, b.key_lines), f"{where}: lines differ"
        for key in a:
            same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, LineList):
        assert len(a) == len(b), f"{where}: lengths differ"
        assert (a.line, a.item_lines) == (b.line, b.item_lines), f"{where}: lines differ"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{index}]")
    elif isinstance(a, float):
        assert repr(a) == repr(b), f"{where}: {a!r} != {b!r}"  # nan equals nan, -0.0 differs from 0.0
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def outcome(load: Any, text: str) -> tuple[str, Any]:
    try:
        return "value", load(text)
    except YamlError as exc:
        return "error", (exc.message, exc.line)


def assert_same_as_reference(text: str) -> bool:
    """``loads`` agrees with the reference; returns whether the fast path took the document."""
    kind, value = outcome(loads, text)
    ref_kind, ref_value = outcome(_checked_loads, text)
    assert kind == ref_kind, f"{kind} {value!r} where the reference gives {ref_kind} {ref_value!r}"
    if kind == "value":
        same(value, ref_value)
    else:
        assert value == ref_value
    line_path_took_it = takes_line_path(text, ref_kind, ref_value)
    try:
        fast = _fast_loads(text)
    except Exception:
        assert not line_path_took_it, "the line path took what the event path leaves to the reference"
        return False
    assert ref_kind == "value", f"the fast path accepted what the reference refuses: {ref_value}"
    same(fast, ref_value)
    return True


def takes_line_path(text: str, ref_kind: str, ref_value: Any) -> bool:
    """Whether the line path read ``text``; when it did, it read exactly what the reference reads."""
    try:
        value = _line_loads(text)
    except Exception:
        return False
    assert ref_kind == "value", f"the line path accepted what the reference refuses: {ref_value}"
    same(value, ref_value)
    return True


# ---------------------------------------------------------------- the project's own files


def repository_yaml() -> list[Path]:
    files = sorted((ROOT / "devset").rglob("*.yaml")) + sorted((ROOT / "workbench" / "data").rglob("*.yaml"))
    return [*files, ROOT / "labels.yaml"]


@pytest.mark.parametrize("path", repository_yaml(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_in_the_repository(path: Path) -> None:
    if not path.exists():
        pytest.skip("not in this checkout")
    assert assert_same_as_reference(path.read_text("utf-8-sig")), "plain data should take the fast path"


def test_a_saved_annotation_file_takes_the_fast_path(project: Any, make_session: Any) -> None:
    session = make_session()
    session.label("fact")
    session.label("quote", {"speaker": "O'Brien: the \"chief\" # 1", "quote_type": "direct"})
    session.flush()
    files = list(project.annotations_dir.rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text("utf-8")
        assert assert_same_as_reference(text)
        assert takes_line_path(text, "value", _checked_loads(text)), "the workbench's own files: the line path"


# ---------------------------------------------------------------- documents with a known answer

HANDLED = [
    "",
    "# only a comment\n",
    "---\n",
    "--- x\n...\n",
    "plain scalar\n",
    "[]",
    "{}",
    "- a\n- [b, {c: d}]\n- {}\n-\n- - nested\n  - list\n",
    "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: nul\n",
    "1: int key\ntrue: bool key\n1.5: float key\n'2': quoted\n.inf: inf key\n",
    "'<<': quoted merge is a plain key\n",
    "text: >\n  folded\n  lines\nlit: |\n  kept\n   lines\n",
    "multi: a\n  b\n\n  c\n",
    "q: 'it''s'\nd: \"tab\\tnl\\n\\u00e9 \\x85\"\n",
    "flow: {a: 1, b: [1, 2, {c: d}], 'e': \"f\"}\n",
    "- ? a\n  : b\n",
    "key with spaces: value:with colon, http://x\n",
    "%YAML 1.1\n---\na: 1\n",
    "a: 1 # comment\n# trailing\n",
    "v: .nan\nw: .inf\nx: -.inf\ny: -0.0\nz: 1.0e+17\n",
]

DEFERRED = [
    "a: &x 1\n",  # anchors are allowed, but only the reference handles them
    "a: &x 1\nb: *x\n",
    "a: !!str 12\n",
    "a: ! 12\n",
    "a: !!python/object/apply:os.system ['true']\n",
    "a: !local x\n",
    "a: 1\na: 2\n",
    "1: x\n'1': y\n",
    "true: x\nTrue: y\n",
    "<<: {a: 1}\n",
    "? [a]\n: b\n",
    "? {a: b}\n: c\n",
    "~: null key\n",
    ": empty key\n",
    "a: 1\n---\nb: 2\n",
    "a: [unclosed\n",
    "a:\n\t- tab\n",
    "a: b: c\n",
    "- a\nb: c\n",
    "[" * (yamlio.MAX_DEPTH + 1) + "]" * (yamlio.MAX_DEPTH + 1),
    "a: \x07 bell\n",
    "a: \ud800\n",
]


@pytest.mark.parametrize("text", HANDLED)
def test_plain_documents_take_the_fast_path(text: str) -> None:
    assert assert_same_as_reference(text)


@pytest.mark.parametrize("text", DEFERRED)
def test_anything_unusual_is_left_to_the_reference(text: str) -> None:
    assert not assert_same_as_reference(text)


def test_depth_limit_is_the_same() -> None:
    depth = yamlio.MAX_DEPTH
    assert assert_same_as_reference("[" * depth + "]" * depth)
    block = "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, depth)) + "  " * depth + "x"
    assert assert_same_as_reference(block)
    assert not assert_same_as_reference("- " * (depth + 1) + "x\n")


SCALARS = [
    "true", "True", "TRUE", "tRue", "false", "yes", "no", "on", "off", "y", "n", "null", "Null", "NULL", "nULL",
    "~", "0", "-0", "+0", "00", "012", "12", "-12", "+12", "1_000", "0x1F", "0o17", "0b11", "12:30", "1:20:30",
    "1.10", "1.0", "-1.5", "0.0", "-0.0", "1.5e3", "1.0e+17", "1.0E+17", "1e3", ".5", "5.", "1.0e-05", "1e-05",
    ".inf", "-.inf", "+.inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN", "nan", "inf", "-", "+", ".", "..",
    "2021-09-29", "2001-12-14t21:59:43.10-05:00", "=", "1" * 5000, "-" + "9" * 4301, "0." + "1" * 400,
    "123456789012345678901234567890", "1.7976931348623157e+308", "1.0e+400", "5e-324", "4.9e-324",
]


@pytest.mark.parametrize("scalar", SCALARS)
def test_plain_scalars_resolve_as_the_reference_does(scalar: str) -> None:
    for text in (f"v: {scalar}\n", f"{scalar}: v\n", f"- {scalar}\n", scalar, f"v: '{scalar}'\n"):
        assert_same_as_reference(text)


def test_huge_integers_stay_text_instead_of_crashing() -> None:
    digits = "1" * 5000
    assert loads(f"v: {digits}\n") == {"v": digits}
    assert loads(f"v: {digits[:4000]}\n") == {"v": int(digits[:4000])}


def test_lone_surrogates_are_a_clear_error() -> None:
    with pytest.raises(YamlError, match="not valid Unicode" if yamlio.HAVE_LIBYAML else "not allowed"):
        loads("a: \ud800\n")


def test_lines_are_those_of_the_reference() -> None:
    text = "top: 1\nlabels:\n  - id: fact\n    key: f\n  -\n    - x\n    - {a: 1,\n       b: 2}\n"
    data = loads(text)
    assert data.line_of("labels") == 2
    assert data["labels"].item_lines == [3, 6]
    assert data["labels"][1].item_lines == [6, 7]
    assert data["labels"][1][1].key_lines == {"a": 7, "b": 8}
    assert_same_as_reference(text)


# ---------------------------------------------------------------- generated documents

_SPECIAL_TEXT = [
    "", " ", "no", "1.10", "012", "12:30", "true", "null", "~", "-", "- x", ": ", "#", " #", "'", '"', "&a", "*a",
    "!x", "!!str", "<<", "|", ">", "%", "@", "`", "{", "}", "[", "]", ",", "?", "\n", "\r\n", "\t", "\x85",
    "\u2028", "\ufeff", "\x1b[31m", "é", "中文", "\U0001f600", "---", "...", "a: b", "\\", "0x10", ".inf", "-.inf",
]
_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(_SPECIAL_TEXT),
    st.lists(st.sampled_from(_SPECIAL_TEXT), max_size=5).map("".join),
)
_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _TEXT)
_KEY = st.one_of(_TEXT, st.integers(), st.booleans(), st.floats(allow_nan=False))
_DATA = st.recursive(
    _SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEY, inner, max_size=4)),
    max_leaves=25,
)
_STYLES = st.fixed_dictionaries({
    "default_flow_style": st.sampled_from([False, True, None]),
    "default_style": st.sampled_from([None, None, "'", '"', "|", ">"]),
    "allow_unicode": st.booleans(),
    "width": st.sampled_from([20, 80, 4096]),
    "indent": st.sampled_from([2, 4]),
    "explicit_start": st.booleans(),
    "canonical": st.sampled_from([False, False, False, True]),
})


@settings(max_examples=300)
@given(_DATA, _STYLES)
@example({"v": "1.10", "w": "no", "x": [1, 1.0, True, None, "012"]}, {"default_flow_style": False})
def test_dumped_data_in_any_style(data: Any, style: dict[str, Any]) -> None:
    try:
        text = yaml.dump(data, Dumper=yaml.SafeDumper, **style)
    except (yaml.YAMLError, UnicodeError):
        return
    assert_same_as_reference(text)


@settings(max_examples=300)
@given(_DATA)
def test_what_the_workbench_writes(data: Any) -> None:
    try:
        text = dumps(data)
    except (yaml.YAMLError, UnicodeError):
        return
    assert_same_as_reference(text)


_NAME = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(lambda k: k not in ("true", "false", "null"))
_OWN_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), _TEXT.filter(lambda t: "\n" not in t))
_OWN_DATA = st.recursive(
    st.dictionaries(_NAME, _OWN_SCALAR, min_size=1, max_size=4),
    lambda inner: st.dictionaries(_NAME, st.one_of(_OWN_SCALAR, inner, st.lists(st.one_of(_OWN_SCALAR, inner),
                                                                                    max_size=3)),
                                  min_size=1, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300)
@given(_OWN_DATA)
def test_the_workbench_style_is_read_as_the_reference_reads_it(data: Any) -> None:
    assert_same_as_reference(dumps(data))


ANNOTATION_TEXT = dumps({
    "format": "workbench-annotations/1", "article": "a-1", "updated": "2026-11-21T10:00:00Z",
    "paragraphs": [
        {"index": 0, "sha256": "ab12", "status": "done", "claims": [
            {"start": 0, "end": 12, "label": "quote", "quote_type": "direct", "speaker": "O'Brien",
             "labelled": "2026-11-21T10:00:00Z", "text": 'He said: "no # way" – it\'s 1.10'},
            {"start": 13, "end": 20, "label": "fact", "note": "", "text": "x: y"},
        ]},
        {"index": 1, "claims": [], "boilerplate": True},
    ],
})


def test_an_annotation_file_takes_the_line_path() -> None:
    assert takes_line_path(ANNOTATION_TEXT, "value", _checked_loads(ANNOTATION_TEXT))


@settings(max_examples=1000)
@given(st.integers(0, len(ANNOTATION_TEXT)), st.lists(st.sampled_from(["a", " ", "  ", "\n", "\n  ", ": ", ":", "- ",
                                                                       "-", "'", '"', "#", " #", "[", "{", "]", "}",
                                                                       "&", "*", "!", "|", ">", "?", "\t", "\\",
                                                                       "---", "\u2028"]), min_size=1, max_size=3))
def test_an_annotation_file_edited_by_hand(position: int, inserted: list[str]) -> None:
    """Any small edit of a real file: the line path reads what the reference reads, or leaves it."""
    assert_same_as_reference(ANNOTATION_TEXT[:position] + "".join(inserted) + ANNOTATION_TEXT[position:])


_PIECES = [
    "a", "b", "key", "no", "1", "1.10", "012", "true", "~", "é", "中", " ", "  ", "\n", "\t", ": ", ":", "- ", "-",
    "? ", "[", "]", "{", "}", ", ", "'", '"', "#", " # c", "&x ", "*x", "!!str ", "! ", "!x ", "<<", "|", ">",
    "---", "...", "%YAML 1.1\n", "\\", "\\n", "\x85", "\u2028", "\x00", "\x07", "\ufeff", "\r", "@", "`",
]
_SOUP = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=1000)
@given(_SOUP)
@example("a: b\n  c: d\n")
@example("- a\n  - b\n")
@example("a:\n- b\n- c\nd: e\n")
def test_any_text_near_yaml(text: str) -> None:
    assert_same_as_reference(text)


@given(st.text(st.characters(codec="utf-8"), max_size=40))
def test_any_unicode_text(text: str) -> None:
    assert_same_as_reference(text)
    assert_same_as_reference(f"k: {text}\n")
    assert_same_as_reference(f"- {text}\n")


@given(st.text(st.sampled_from("0123456789-+._eEx:oObBinfatruelsNUL~ "), max_size=12))
def test_any_number_like_scalar(scalar: str) -> None:
    assert_same_as_reference(f"v: {scalar}\n")
    assert_same_as_reference(f"{scalar}: v\n")


@pytest.mark.parametrize("value", [
    "0", "7", "62", "007", "00", "123456789012345678", "1234567890123456789", "9" * 30, "1_000", "١٢", "²",
    "''", "'a''b'", "'", "'x", "x'", "'x' y", "'2026-11-21T10:00:00Z'", "'it''s'", "a'b", "plain text",
    "ends with:", "a: b", "a #b", "tRue", "null", "~", "é", "“quoted”",
])
def test_the_line_paths_shortcuts_read_as_the_reference(value: str) -> None:
    """Plain text, offsets and quoted times skip the general scalar path; they must resolve just as it does."""
    assert_same_as_reference(f"v: {value}\n")
    assert_same_as_reference(f"- {value}\n")
    assert_same_as_reference(f"- k: {value}\n  j: {value}\n")


def test_nan_is_nan() -> None:
    assert math.isnan(loads("v: .nan\n")["v"])


def test_without_libyaml_the_fast_path_agrees_too() -> None:
    """The pure-Python parser feeds the same loop (events of the same classes)."""
    import subprocess
    import sys

    script = f"""
import sys
sys.modules["yaml._yaml"] = None
sys.path.insert(0, {str(Path(__file__).parent)!r})
from workbench import yamlio
assert not yamlio.HAVE_LIBYAML
import test_yamlio_fast as t
assert all(t.assert_same_as_reference(text) for text in t.HANDLED)
assert not any(t.assert_same_as_reference(text) for text in t.DEFERRED)
for scalar in t.SCALARS:
    t.assert_same_as_reference("v: " + scalar)
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# ---------------------------------------------------------------- the line writer


def pyyaml_text(data: Any) -> str:
    """What PyYAML writes with the workbench's settings: the reference for the line writer."""
    text: str = yaml.dump(data, Dumper=yamlio._Dumper, sort_keys=False, allow_unicode=True,
                          default_flow_style=False, width=4096, indent=2)
    return text


_WRITER_KEY = st.one_of(_NAME, st.sampled_from(["no", "yes", "on", "off", "y", "n", "True", "NULL", "_", "a1"]))
_WRITER_DATA = st.recursive(
    st.dictionaries(_WRITER_KEY, _OWN_SCALAR, min_size=1, max_size=4),
    lambda inner: st.dictionaries(
        _WRITER_KEY,
        st.one_of(_OWN_SCALAR, inner, st.just({}), st.just([]), st.lists(st.one_of(_OWN_SCALAR, inner, st.just({})),
                                                                          max_size=3)),
        min_size=1, max_size=4),
    max_leaves=30,
)


@settings(max_examples=500)
@given(_WRITER_DATA)
@example({"a": ["-x", "- x", "-", "?x", "? x", ":x", "x:", "x:y", "---x", "...", "a #b", "a# b", "'q'", " lead",
                "trail ", "2026-11-21", "2026-11-21T10:00:00Z", "1_000", "0x1F", "1e3", "=", "<<", "é中", ""]})
def test_the_line_writer_writes_what_pyyaml_writes(data: Any) -> None:
    """Byte for byte (but emoji), so files written before and after it do not differ; or it leaves them to PyYAML."""
    try:
        text = yamlio._line_dumps(data)
    except yamlio._Unhandled:
        assert dumps(data) == pyyaml_text(data)
        return
    assert loads(text) == data
    if astral(data):  # libyaml escapes them ("\\U0001F600"); the line writer keeps emoji readable
        assert "\\U" not in text
    else:
        assert text == pyyaml_text(data)


def astral(data: Any) -> bool:
    if isinstance(data, dict):
        return any(astral(k) or astral(v) for k, v in data.items())
    if isinstance(data, list):
        return any(astral(item) for item in data)
    return isinstance(data, str) and any(ord(c) > 0xFFFF for c in data)


def test_the_workbench_documents_take_the_line_writer() -> None:
    data = loads(ANNOTATION_TEXT)
    assert yamlio._line_dumps(data) == ANNOTATION_TEXT == pyyaml_text(data)
    for path in sorted((ROOT / "devset" / "annotations").rglob("*.yaml"))[:20]:
        text = path.read_text(encoding="utf-8")
        assert yamlio._line_dumps(loads(text)) == text, path


@pytest.mark.parametrize("value", ["line\nbreak", "tab\there", "nel\x85", "bom\ufeff", "esc\x1b[0m", "x" * 5000,
                                   "\U0010ffff"])
def test_what_needs_escapes_or_folding_is_left_to_pyyaml(value: str) -> None:
    with pytest.raises(yamlio._Unhandled):
        yamlio._line_dumps({"text": value})
    assert loads(dumps({"text": value})) == {"text": value}
