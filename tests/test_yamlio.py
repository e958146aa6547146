"""The one YAML reader/writer: safe, strict, and loss-free or loud."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from workbench.yamlio import MAX_DEPTH, LineDict, YamlError, dumps, dumps_checked, load_file, loads

PYTHON_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/object:os.system {{}}",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple [1, 2]",
    "!!python/list [1]",
    "!!python/dict {{a: 1}}",
    "!!python/str x",
    "!!python/unicode x",
    "!!python/bytes YQ==",
    "!!python/int 1",
    "!!python/long 1",
    "!!python/float 1.5",
    "!!python/complex 1+2j",
    "!!python/bool true",
    "!!python/none ''",
    "!!binary YQ==",
    "!!timestamp 2001-12-14",
    "!!set {{a, b}}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!local thing",
    "!<tag:example.com,2024:thing> x",
]


@pytest.mark.parametrize("value", PYTHON_TAGS)
def test_python_and_unknown_tags_never_construct(value: str, tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    text = f"title: ok\nevil: {value.format(marker=marker)}\n"
    with pytest.raises(YamlError) as caught:
        loads(text)
    assert "not allowed" in str(caught.value)
    assert caught.value.line == 2
    assert not marker.exists()


def test_os_system_payload_in_a_file_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f"a: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    with pytest.raises(YamlError, match=r"tag .*python/object/apply:os\.system.* is not allowed"):
        load_file(path)
    assert not marker.exists()


def test_plain_yaml_tags_are_allowed() -> None:
    assert loads("a: !!str 12\nb: !!int 3\nc: !!bool true\nd: !!null ~\n") == {
        "a": "12", "b": 3, "c": True, "d": None,
    }


def test_duplicate_keys_are_refused_with_their_line() -> None:
    with pytest.raises(YamlError) as caught:
        loads("labels:\n  - id: fact\n    key: f\n    key: g\n")
    assert caught.value.line == 4
    assert "duplicate key 'key'" in str(caught.value)


def test_duplicate_top_level_keys() -> None:
    with pytest.raises(YamlError, match="line 3: duplicate key 'a'"):
        loads("a: 1\nb: 2\na: 3\n")


def test_keys_that_become_equal_as_text_are_duplicates() -> None:
    with pytest.raises(YamlError, match="duplicate key '1'"):
        loads("1: x\n'1': y\n")


def _billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_rejected_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(YamlError, match="aliases") as caught:
        loads(_billion_laughs())
    assert time.perf_counter() - started < 2.0
    assert caught.value.line == 2


def test_any_alias_is_refused() -> None:
    with pytest.raises(YamlError, match="anchors and aliases"):
        loads("a: &x hello\nb: *x\n")


def test_merge_keys_are_refused() -> None:
    with pytest.raises(YamlError, match=r"aliases|merge"):
        loads("base: &b {k: 1}\nderived:\n  <<: *b\n")
    with pytest.raises(YamlError, match="merge keys"):
        loads("derived:\n  <<: {k: 1}\n")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 10_000, 200_000])
def test_deep_nesting_is_refused_without_crashing(depth: int) -> None:
    # libyaml's composer recursed until the C stack overflowed (a segfault) at ~100k levels.
    started = time.perf_counter()
    with pytest.raises(YamlError, match="nested"):
        loads("a: " + "[" * depth + "]" * depth)
    with pytest.raises(YamlError, match="nested"):
        loads("- " * depth + "x\n")
    assert time.perf_counter() - started < 2.0


def test_reasonable_nesting_loads() -> None:
    depth = MAX_DEPTH - 1
    value = loads("[" * depth + "]" * depth)
    for _ in range(depth - 1):
        value = value[0]
    assert value == []


@pytest.mark.parametrize(
    "text",
    ["no", "yes", "on", "off", "No", "YES", "y", "n", "012", "0o17", "0x1F", "12:30", "1:20:30",
     "1.10", "1.0e3", "+1", "-0", "1_000", ".5", "1e3", "2021-09-29", "2001-12-14t21:59:43.10-05:00",
     "=", ".Inf", "+.inf", ".NaN"],
)
def test_yaml_11_surprises_stay_the_strings_they_were(text: str) -> None:
    assert loads(f"v: {text}\n") == {"v": text}
    assert loads(dumps_checked({"v": text})) == {"v": text}


@pytest.mark.parametrize(
    ("text", "value"),
    [("true", True), ("false", False), ("True", True), ("null", None), ("~", None), ("", None),
     ("0", 0), ("12", 12), ("-3", -3), ("1.5", 1.5), ("10.0", 10.0), ("1.0e+17", 1e17),
     (".inf", math.inf), ("-.inf", -math.inf)],
)
def test_canonical_scalars_keep_their_type(text: str, value: object) -> None:
    assert loads(f"v: {text}\n") == {"v": value}


def test_nan_reads_as_nan_but_cannot_be_saved() -> None:
    assert math.isnan(loads("v: .nan")["v"])
    with pytest.raises(YamlError):
        dumps_checked({"v": math.nan})


def test_mappings_remember_key_lines() -> None:
    data = loads("top: 1\nlabels:\n  - id: fact\n    key: f\n")
    assert isinstance(data, LineDict)
    assert data.line_of("labels") == 2
    assert data["labels"][0].line_of("key") == 4
    assert data["labels"].item_lines == [3]


def test_broken_yaml_gives_a_line() -> None:
    with pytest.raises(YamlError) as caught:
        loads("a: 1\nb: [unclosed\nc: 3\n")
    assert caught.value.line is not None


def test_tabs_as_indentation_are_an_error() -> None:
    with pytest.raises(YamlError) as caught:
        loads("a:\n\t- x\n")
    assert caught.value.line == 2


def test_two_documents_are_refused() -> None:
    with pytest.raises(YamlError):
        loads("a: 1\n---\nb: 2\n")


def test_non_string_keys_are_refused() -> None:
    with pytest.raises(YamlError, match="plain scalars"):
        loads("? [a, b]\n: 1\n")


def test_load_file_accepts_bom_and_refuses_non_utf8(tmp_path: Path) -> None:
    good = tmp_path / "bom.yaml"
    good.write_bytes("\ufeffa: é\n".encode())
    assert load_file(good) == {"a": "é"}
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("a: caf\xe9\n".encode("latin-1"))
    with pytest.raises(YamlError, match="not UTF-8"):
        load_file(bad)


def test_load_file_refuses_nul(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_bytes(b"a: x\x00y\n")
    with pytest.raises(YamlError):
        load_file(path)


def test_dumps_is_deterministic_and_keeps_order_and_unicode() -> None:
    data = {"z": 1, "a": "Приштина « guillemets » 中文", "m": [{"b": 2, "a": 1}]}
    text = dumps(data)
    assert text == dumps(dict(data))
    assert text.index("z:") < text.index("a:") < text.index("m:")
    assert "Приштина « guillemets » 中文" in text
    assert text.index("b: 2") < text.index("a: 1")


def test_dumps_never_writes_aliases() -> None:
    shared = {"x": 1}
    text = dumps_checked({"a": shared, "b": shared})
    assert "&" not in text and "*" not in text
    assert loads(text) == {"a": {"x": 1}, "b": {"x": 1}}


def test_dumps_checked_refuses_lossy_data() -> None:
    with pytest.raises(YamlError):
        dumps_checked({1: "integer keys come back as text"})
    with pytest.raises(YamlError):
        dumps_checked({"t": (1, 2)})  # a tuple comes back as a list
    with pytest.raises(YamlError):
        dumps_checked({"lone": "\ud800"})
    with pytest.raises(YamlError):
        dumps_checked({"obj": object()})


def test_dumps_checked_round_trips_loaded_data() -> None:
    data = loads("a: 1\nb:\n  - x: y\n")
    assert loads(dumps_checked(data)) == data


_SPECIALS = [
    "\x85", "\u2028", "\u2029", "\ud800", "\udfff", "\x1b", "\x1b[31m", "\x00", "\r", "\r\n", "\n",
    "\t", " ", "\ufeff", "\ufffe", "\U0001f600", "1.10", "no", "#", ": ", "- ", "~", "'", '"', "&",
    "*", "!", "|", ">", "%", "{", "[", "\\", "\x7f", "\x9b", "\u200b", "\u202e",
]
_TEXT = st.lists(
    st.one_of(st.text(alphabet=st.characters(codec=None), max_size=12), st.sampled_from(_SPECIALS)),
    max_size=8,
).map("".join)


@given(_TEXT)
@example("line one\x85line two\u2028three")
@example("\ud83d")
@example("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\")
@example("trailing newline\n")
def test_text_round_trips_exactly_or_is_refused(text: str) -> None:
    data = {"text": text, "list": [text, {"k": text}]}
    try:
        written = dumps_checked(data)
    except YamlError:
        return
    assert loads(written) == data


@given(st.dictionaries(_TEXT, _TEXT, max_size=4))
def test_arbitrary_keys_round_trip_or_are_refused(data: dict[str, str]) -> None:
    try:
        written = dumps_checked(data)
    except YamlError:
        return
    assert loads(written) == data


def test_pure_python_fallback_is_just_as_strict() -> None:
    """Without libyaml, the pure-Python classes must refuse the same things."""
    import subprocess
    import sys

    script = """
import sys
sys.modules["yaml._yaml"] = None  # as if PyYAML was built without libyaml
from workbench import yamlio
assert not yamlio.HAVE_LIBYAML
def refused(text):
    try:
        yamlio.loads(text)
    except yamlio.YamlError as exc:
        return str(exc)
    raise SystemExit("accepted: " + text)
assert "not allowed" in refused("a: !!python/object/apply:os.system ['true']")
assert "duplicate" in refused("a: 1\\na: 2")
assert "aliases" in refused("a: &x 1\\nb: *x")
assert "merge" in refused("a:\\n  <<: {k: 1}")
assert "nested" in refused("[" * 5000 + "]" * 5000)
assert yamlio.loads("v: 1.10\\nw: no\\nx: 1.5") == {"v": "1.10", "w": "no", "x": 1.5}
data = {"t": "NEL\\x85 LS\\u2028 esc\\x1b"}
assert yamlio.loads(yamlio.dumps_checked(data)) == data
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
