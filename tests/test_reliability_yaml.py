"""Hostile YAML through every command: nothing executes, nothing crashes, each error names its file.

The YAML layer's own tests (test_yamlio.py) prove the loader; these prove the
product: only that loader is used anywhere in the code, and every command
that reads labels.yaml, workbench.yaml, front matter or an annotation file
reports a Python tag, an alias bomb or a duplicate key as a clear error with
the file's name, without a traceback and without running the payload. Values
YAML 1.1 would turn into booleans, octals, sexagesimals or floats come back as
the strings the analyst typed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FixedClock, write_project

from workbench.cli import cli
from workbench.journal import Journal, replay
from workbench.project import Project
from workbench.session import Session

PACKAGE = Path(__file__).resolve().parents[1] / "workbench"

# ---------------------------------------------------------------- only safe loaders in the code

FORBIDDEN = re.compile(
    r"yaml\.load\(|yaml\.load_all\(|full_load|unsafe_load|FullLoader|UnsafeLoader|Loader\s*=\s*yaml\.Loader"
    r"|yaml\.Loader\b|yaml\.CLoader\b|\bCLoader\b|yaml\.add_constructor|yaml\.add_multi_constructor"
)


def python_files() -> list[Path]:
    roots = [PACKAGE, PACKAGE.parent / "benchmarks"]
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*.py"))


def test_the_scanner_finds_what_it_looks_for() -> None:
    for bad in ("yaml.load(text)", "yaml.full_load(x)", "yaml.unsafe_load(x)", "yaml.load(x, Loader=yaml.Loader)",
                "from yaml import CLoader", "yaml.load_all(s)", "Loader=yaml.FullLoader"):
        assert FORBIDDEN.search(bad), bad
    assert not FORBIDDEN.search("from yaml import CSafeLoader as _BaseLoader")


def test_no_unsafe_yaml_loading_anywhere_in_the_code() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in python_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert not offenders, "unsafe YAML loading:\n" + "\n".join(offenders)


def test_only_yamlio_imports_pyyaml() -> None:
    importers = [
        str(path.relative_to(PACKAGE.parent)) for path in sorted(PACKAGE.rglob("*.py"))
        if re.search(r"^\s*(import yaml|from yaml import)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert importers == ["workbench/yamlio.py"], importers


# ---------------------------------------------------------------- hostile files through every command


def labelled_project(root: Path) -> Project:
    """Two annotators who labelled claims of both articles (so every command reads every file)."""
    project = write_project(root)
    for annotator, label in (("ana", "fact"), ("bob", "framing")):
        store = project.store(annotator)
        session = Session(project.corpus(), project.scheme(), store, clock=FixedClock())
        for article in ("alpha", "beta"):
            session.goto_id(article)
            session.label(label)
            session.label("fact")
    return project


def payload(marker: Path) -> str:
    return f"!!python/object/apply:os.system ['touch {marker}']"


def plant_in_labels(project: Project, bad: str) -> Path:
    path = project.labels_path
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: Reported fact", f"name: {bad}", 1), encoding="utf-8")
    return path


def plant_in_settings(project: Project, bad: str) -> Path:
    path = project.root / "workbench.yaml"
    path.write_text(f"suggest: {bad}\n", encoding="utf-8")
    return path


def plant_in_front_matter(project: Project, bad: str) -> Path:
    path = project.corpus_dir / "alpha.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("outlet: Test Outlet", f"outlet: {bad}", 1), encoding="utf-8")
    return path


def plant_in_annotations(project: Project, bad: str) -> Path:
    path = project.annotations_dir / "ana" / "alpha.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "format: workbench-annotations/1\narticle: alpha\nannotator: ana\ntext_sha256: ''\nupdated: ''\n"
        f"paragraphs:\n- index: 1\n  claims:\n  - start: 0\n    end: 26\n    label: fact\n    note: {bad}\n"
        "    text: The council met on Monday.\n",
        encoding="utf-8",
    )
    return path


PLACES: dict[str, Callable[[Project, str], Path]] = {
    "labels.yaml": plant_in_labels,
    "workbench.yaml": plant_in_settings,
    "front matter": plant_in_front_matter,
    "annotation file": plant_in_annotations,
}

COMMANDS: dict[str, list[str]] = {
    "validate": ["validate"],
    "show": ["show", "alpha"],
    "export": ["export", "--format", "jsonl", "--out", "{out}", "--all-annotators"],
    "stats": ["stats", "--json"],
    "agree": ["agree", "--json"],
    "report": ["report", "--out", "{out}.html"],
    "suggest": ["suggest", "alpha"],
    "evaluate": ["evaluate", "--annotator", "ana"],
}

# Which commands read which file (the others may ignore it, but must not crash or execute it).
READS = {
    "labels.yaml": {"validate", "export", "stats", "agree", "report"},
    "workbench.yaml": {"validate"},
    "front matter": {"validate", "show", "suggest", "export", "stats", "agree", "report"},
    "annotation file": {"validate", "export", "stats", "agree", "report", "evaluate"},
}


def invoke(project: Project, args: list[str]) -> tuple[int, str, BaseException | None]:
    out = project.root / "out"
    args = [a.replace("{out}", str(out)) for a in args]
    result = CliRunner().invoke(cli, [*args, "--project", str(project.root)], catch_exceptions=True,
                                env={"WORKBENCH_ANNOTATOR": "ana"})
    crash = result.exception if not isinstance(result.exception, SystemExit | type(None)) else None
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else ""), crash


@pytest.mark.parametrize("place", PLACES)
def test_python_tags_are_clear_errors_through_every_command_and_never_run(tmp_path: Path, place: str) -> None:
    marker = tmp_path / "EXECUTED"
    project = labelled_project(tmp_path / "project")
    bad_file = PLACES[place](project, payload(marker))
    failures = []
    for name, args in COMMANDS.items():
        code, output, crash = invoke(project, args)
        if crash is not None:
            failures.append(f"{name}: crashed with {crash!r}")
        elif "Traceback" in output:
            failures.append(f"{name}: printed a traceback")
        elif name in READS[place] and (bad_file.name not in output or "not allowed" not in output):
            failures.append(f"{name} (exit {code}) did not name {bad_file.name} and the tag: {output[:300]!r}")
    assert not marker.exists(), "the payload ran"
    assert not failures, "\n".join(failures)


def test_the_real_program_reports_a_python_tag_without_a_traceback(tmp_path: Path) -> None:
    marker = tmp_path / "EXECUTED"
    project = labelled_project(tmp_path / "project")
    plant_in_labels(project, payload(marker))
    result = subprocess.run([sys.executable, "-m", "workbench", "validate", "--project", str(project.root)],
                            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "labels.yaml" in result.stdout and "not allowed" in result.stdout
    assert not marker.exists()


async def test_the_workbench_shows_a_python_tag_as_a_problem(tmp_path: Path) -> None:
    from tui_support import app_for

    from workbench.tui.screens.info import ProblemScreen

    marker = tmp_path / "EXECUTED"
    project = labelled_project(tmp_path / "project")
    plant_in_labels(project, payload(marker))
    app = app_for(project.root, "ana")
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, ProblemScreen)
        assert any("labels.yaml" in p and "not allowed" in p for p in app.screen.problems)
    assert not marker.exists()


@pytest.mark.parametrize("out", ["-", "{out}"])
def test_export_names_the_file_it_left_out_even_when_nothing_else_remains(tmp_path: Path, out: str) -> None:
    marker = tmp_path / "EXECUTED"
    project = write_project(tmp_path / "project")
    bad_file = plant_in_annotations(project, payload(marker))
    code, output, crash = invoke(project, ["export", "--format", "jsonl", "--out", out, "--annotator", "ana"])
    assert crash is None and code == 1 and not marker.exists()
    assert bad_file.name in output and "not allowed" in output, output


BOMB = (
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
)


def bomb_in(place: str, project: Project) -> Path:
    if place == "labels.yaml":
        project.labels_path.write_text(project.labels_path.read_text(encoding="utf-8") + BOMB, encoding="utf-8")
        return project.labels_path
    if place == "front matter":
        path = project.corpus_dir / "alpha.md"
        path.write_text("---\ntitle: Bomb\n" + BOMB + "---\n\nText.\n", encoding="utf-8")
        return path
    path = project.annotations_dir / "ana" / "alpha.yaml"
    path.write_text("format: workbench-annotations/1\narticle: alpha\nannotator: ana\n" + BOMB, encoding="utf-8")
    return path


@pytest.mark.parametrize("place", ["labels.yaml", "front matter", "annotation file"])
def test_alias_bombs_are_refused_fast_with_the_file_named(tmp_path: Path, place: str) -> None:
    project = labelled_project(tmp_path / "project")
    path = bomb_in(place, project)
    started = time.perf_counter()
    code, output, crash = invoke(project, ["validate"])
    elapsed = time.perf_counter() - started
    assert crash is None and code == 1
    assert path.name in output and "aliases" in output, output
    assert elapsed < 3.0, f"validate took {elapsed:.1f} s on an alias bomb"


@pytest.mark.parametrize(
    ("place", "edit"),
    [
        ("labels.yaml", lambda t: t.replace("key: f\n", "key: f\n    key: g\n", 1)),
        ("front matter", lambda t: t.replace("outlet: Test Outlet\n", "outlet: Test Outlet\noutlet: Other\n", 1)),
        ("annotation file", None),
    ],
)
def test_duplicate_keys_are_errors_not_last_one_wins(tmp_path: Path, place: str,
                                                     edit: Callable[[str], str] | None) -> None:
    project = labelled_project(tmp_path / "project")
    if place == "annotation file":
        path = project.annotations_dir / "ana" / "beta.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("    label: fact\n", "    label: fact\n    label: framing\n", 1), encoding="utf-8")
    else:
        path = project.labels_path if place == "labels.yaml" else project.corpus_dir / "alpha.md"
        assert edit is not None
        path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    code, output, crash = invoke(project, ["validate"])
    assert crash is None and code == 1
    assert path.name in output and "duplicate key" in output, output


# ---------------------------------------------------------------- YAML 1.1 surprises stay strings

SURPRISES = ["no", "yes", "No", "off", "On", "y", "n", "012", "0o12", "0x1F", "12:30", "1:20:30", "1.10", "1e3",
             "+1", "1_000", ".5", "2024-05-01", "~", "null", "NULL", "true ", "=", "<<", "- a", "# not a comment",
             "'quoted'", '"x"', "!tag", "&anchor", "*alias", "%", "@", "`", "{a: 1}", "[1]", "?", "a: b", ""]


def test_surprising_values_round_trip_as_strings_through_a_session_save_and_a_replay(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project")
    store = project.store("ana")
    store.lock()
    journal = Journal(store)
    session = Session(project.corpus(), project.scheme(), store, clock=FixedClock(), journal=journal)
    session.goto_id("alpha", 1)
    for value in SURPRISES:
        session.label("quote", advance=False)
        session.set_attributes({"speaker": value.strip()})
        session.set_note(value)
        assert session.save_error is None, (value, session.save_error)
        expected = (value.strip(), value.strip())
        journal.close()
        store.unlock()  # a crash: the journal is all there is
        store = project.store("ana")
        store.lock()
        replay(store)
        doc, problems = store.load(project.corpus().get("alpha"))
        assert not problems
        claim = doc.paragraphs[1].state.claims[0]
        assert (claim.attributes.get("speaker", ""), claim.note) == expected, value
        journal = Journal(store)
        session = Session(project.corpus(), project.scheme(), store, clock=FixedClock(), journal=journal)
        session.goto_id("alpha", 1)
    store.unlock()


@pytest.mark.parametrize("value", ["no", "yes", "012", "12:30", "1.10", "2024-05-01", "on", "0x10", "1e3"])
def test_surprising_front_matter_values_stay_the_text_written(tmp_path: Path, value: str) -> None:
    project = write_project(tmp_path / "project", {"a.md": f"---\ntitle: {value}\noutlet: {value}\n---\n\nText.\n"})
    article = project.corpus().get("a")
    assert (article.title, article.meta.outlet) == (value, value)
