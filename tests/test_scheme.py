"""labels.yaml: the shipped scheme loads; broken schemes are refused with file, line and reason."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from helpers import REPO_ROOT

from workbench.scheme import RESERVED_KEYS, SchemeError, load_scheme, normalise_color

LABEL = """\
  - id: {id}
    name: {name}
    key: {key}
    color: "{color}"
    definition: {definition}
"""


def scheme_text(*labels: dict[str, str], head: str = "format: workbench-labels/1\nlabels:\n") -> str:
    defaults = {"name": "A label", "color": "#3fa34d", "definition": "What it means."}
    return head + "".join(LABEL.format(**{**defaults, **label}) for label in labels)


def refused(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "labels.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemeError) as caught:
        load_scheme(path)
    lines = [str(p) for p in caught.value.problems]
    assert lines, "a refusal must say why"
    for line in lines:
        assert line.startswith(f"{path}"), line
    return lines


def test_shipped_scheme_loads() -> None:
    scheme = load_scheme(REPO_ROOT / "labels.yaml")
    assert scheme.ids == ("fact", "quote", "framing")
    assert [label.key for label in scheme.labels] == ["f", "q", "e"]
    quote = scheme.get("quote")
    assert quote is not None
    speaker = quote.attribute("speaker")
    assert speaker is not None and speaker.prompt and speaker.type == "text"
    quote_type = quote.attribute("quote_type")
    assert quote_type is not None and quote_type.choices == ("direct", "indirect", "mixed")
    assert [a.id for a in quote.prompted] == ["speaker"]
    framing = scheme.get("framing")
    assert framing is not None
    device = framing.attribute("device")
    assert device is not None and "loaded language" in device.choices
    assert scheme.by_key("e") is framing
    for label in scheme.labels:
        assert label.color.startswith("#") and len(label.color) == 7
        assert label.definition and label.short_definition
        assert label.key not in RESERVED_KEYS
    assert scheme.attribute_ids() == ("speaker", "quote_type", "device")


def test_short_definition_is_the_first_sentence() -> None:
    scheme = load_scheme(REPO_ROOT / "labels.yaml")
    fact = scheme.get("fact")
    assert fact is not None
    assert fact.short_definition.startswith("A proposition stated in the article's own voice")
    assert fact.short_definition.endswith(".")
    assert len(fact.short_definition) < len(fact.definition)


def test_a_user_scheme_with_other_labels_and_keys(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_text(
        scheme_text({"id": "claim", "key": "v"}, {"id": "opinion", "key": "w", "color": "red"})
        + "    attributes:\n      - id: strength\n        type: choice\n        choices: [weak, strong]\n",
        encoding="utf-8",
    )
    scheme = load_scheme(path)
    assert scheme.ids == ("claim", "opinion")
    opinion = scheme.get("opinion")
    assert opinion is not None and opinion.color == "#800000"
    assert opinion.attributes[0].choices == ("weak", "strong")


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("- fact\n- quote\n", 1, "must be a mapping"),
        ("just text\n", 1, "must be a mapping"),
        ("", 1, "must be a mapping"),
        ("format: x\n", 1, "'labels' must be a non-empty list"),
        ("labels: {fact: f}\n", 1, "'labels' must be a non-empty list"),
        ("labels: []\n", 1, "'labels' must be a non-empty list"),
        ("labels:\n  - fact\n", 2, "label #1 must be a mapping"),
    ],
)
def test_not_a_mapping(tmp_path: Path, text: str, line: int, reason: str) -> None:
    (problem,) = refused(tmp_path, text)
    assert f"labels.yaml:{line}: " in problem
    assert reason in problem


def test_missing_id(tmp_path: Path) -> None:
    text = "labels:\n  - name: Fact\n    key: f\n    color: red\n    definition: d\n"
    (problem,) = refused(tmp_path, text)
    assert "labels.yaml:2:" in problem and "missing 'id'" in problem


@pytest.mark.parametrize("missing", ["key", "color", "definition"])
def test_missing_required_fields(tmp_path: Path, missing: str) -> None:
    text = scheme_text({"id": "fact", "key": "f"})
    text = "".join(line + "\n" for line in text.splitlines() if not line.strip().startswith(f"{missing}:"))
    problems = refused(tmp_path, text)
    assert any(f"missing {missing!r}" in p for p in problems)


def test_duplicate_ids(tmp_path: Path) -> None:
    problems = refused(tmp_path, scheme_text({"id": "fact", "key": "f"}, {"id": "fact", "key": "g"}))
    assert problems == [f"{tmp_path / 'labels.yaml'}:8: duplicate label id 'fact'"]


def test_duplicate_label_keys(tmp_path: Path) -> None:
    (problem,) = refused(tmp_path, scheme_text({"id": "fact", "key": "f"}, {"id": "quote", "key": "f"}))
    assert "labels.yaml:10:" in problem
    assert "key 'f' of 'quote' is already used by 'fact'" in problem


def test_duplicate_yaml_keys(tmp_path: Path) -> None:
    text = "labels:\n  - id: fact\n    key: f\n    key: g\n    color: red\n    definition: d\n"
    (problem,) = refused(tmp_path, text)
    assert "labels.yaml:4:" in problem and "duplicate key 'key'" in problem


@pytest.mark.parametrize("key", ["j", "k", "n", "p", "x", "u", "?", "[", "1", "space", "enter"])
def test_navigation_key_clash(tmp_path: Path, key: str) -> None:
    (problem,) = refused(tmp_path, scheme_text({"id": "fact", "key": f"'{key}'"}))
    assert "labels.yaml:5:" in problem
    assert "clashes with a navigation key" in problem


@pytest.mark.parametrize("key", ["ff", "ctrl+f", "''", '"\\e"', '"\\t"'])
def test_key_must_be_one_printable_character(tmp_path: Path, key: str) -> None:
    problems = refused(tmp_path, scheme_text({"id": "fact", "key": key}))
    assert any("labels.yaml:5:" in p and "key" in p for p in problems)


@pytest.mark.parametrize("color", ["blurple", "#GGGGGG", "12", "default", "rgb(1,2)", "[bold]"])
def test_unknown_colours(tmp_path: Path, color: str) -> None:
    (problem,) = refused(tmp_path, scheme_text({"id": "fact", "key": "f", "color": color}))
    assert "labels.yaml:6:" in problem and "unknown colour" in problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [("green", "#008000"), ("#3FA34D", "#3fa34d"), ("#fff", "#ffffff"), ("rgb(1,2,3)", "#010203"),
     (" red ", "#800000"), ("color(12)", "#0000ff")],
)
def test_colours_are_normalised(value: str, expected: str) -> None:
    assert normalise_color(value) == expected


def test_unknown_attribute_type(tmp_path: Path) -> None:
    text = scheme_text({"id": "fact", "key": "f"}) + "    attributes:\n      - id: size\n        type: number\n"
    (problem,) = refused(tmp_path, text)
    assert "labels.yaml:10:" in problem
    assert "unknown attribute type 'number'" in problem


def test_attribute_problems(tmp_path: Path) -> None:
    text = scheme_text({"id": "fact", "key": "f"}) + textwrap.indent(
        textwrap.dedent(
            """\
            attributes:
              - id: text
              - id: kind
                type: choice
              - id: who
                prompt: maybe
              - id: who
            """
        ),
        "    ",
    )
    problems = refused(tmp_path, text)
    joined = "\n".join(problems)
    assert "attribute 'text': id must be a lower-case word" in joined
    assert "choice attribute needs a non-empty list" in joined
    assert "'prompt' must be true or false" in joined
    assert "duplicate attribute id" in joined


@pytest.mark.parametrize("word", ["no", "yes", "on", "off", "y", "n"])
def test_norway_ids_are_refused(tmp_path: Path, word: str) -> None:
    (problem,) = refused(tmp_path, scheme_text({"id": word, "key": "f"}))
    assert "labels.yaml:3:" in problem
    assert f"id {word!r} reads as true/false/null" in problem


@pytest.mark.parametrize(("value", "reason"), [("true", "must be text, not bool"), ("null", "missing 'id'"),
                                               ("12", "id must be lower-case"), ("Fact", "id must be lower-case")])
def test_ids_that_are_not_words(tmp_path: Path, value: str, reason: str) -> None:
    problems = refused(tmp_path, scheme_text({"id": value, "key": "f"}))
    assert any(reason in p for p in problems), problems


def test_tabs_are_refused_with_a_line(tmp_path: Path) -> None:
    (problem,) = refused(tmp_path, "labels:\n\t- id: fact\n")
    assert "labels.yaml:2:" in problem and "tab" in problem


@pytest.mark.parametrize(
    "text",
    ["labels:\n  - id: [fact\n", "labels: [\n", "labels:\n  - id: 'unterminated\n", "a: b: c\n"],
)
def test_broken_yaml(tmp_path: Path, text: str) -> None:
    (problem,) = refused(tmp_path, text)
    assert problem.split(":")[1].strip().isdigit(), problem


def test_malicious_scheme_never_executes(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (problem,) = refused(tmp_path, f"labels: !!python/object/apply:os.system ['touch {marker}']\n")
    assert "not allowed" in problem
    assert not marker.exists()


def test_alias_bomb_scheme(tmp_path: Path) -> None:
    (problem,) = refused(tmp_path, "base: &b [1, 2]\nlabels: *b\n")
    assert "aliases" in problem


def test_unknown_fields_are_reported(tmp_path: Path) -> None:
    text = "colour: red\n" + scheme_text({"id": "fact", "key": "f"}) + "    shortcut: z\n"
    problems = refused(tmp_path, text)
    assert any("labels.yaml:1:" in p and "unknown top-level field 'colour'" in p for p in problems)
    assert any("unknown field 'shortcut'" in p for p in problems)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = scheme_text({"id": "fact", "key": "j"}, {"id": "quote", "key": "q", "color": "nope"})
    problems = refused(tmp_path, text)
    assert len(problems) == 2


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(SchemeError, match="file not found"):
        load_scheme(tmp_path / "nope.yaml")
    (tmp_path / "dir.yaml").mkdir()
    with pytest.raises(SchemeError) as caught:
        load_scheme(tmp_path / "dir.yaml")
    assert str(tmp_path / "dir.yaml") in str(caught.value)


def test_binary_scheme(tmp_path: Path) -> None:
    path = tmp_path / "labels.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SchemeError) as caught:
        load_scheme(path)
    assert str(path) in str(caught.value)


def test_choices_are_checked_after_cleaning(tmp_path: Path) -> None:
    """A choice made only of escape codes is empty, and one that differs only by them is a duplicate."""
    for choices, reason in (('["\\e[31m", direct]', "non-empty list"), ('[direct, "direct\\a"]', "listed twice")):
        text = scheme_text({"id": "opinion", "key": "o"}) + (
            f"    attributes:\n      - id: strength\n        type: choice\n        choices: {choices}\n")
        assert any(reason in line for line in refused(tmp_path, text)), choices
