"""Starting a project: `workbench init`, and `workbench import` into a new folder, leave a folder that opens."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import REPO_ROOT, SEED_000
from textual.widgets import Static
from tui_support import app_for

from workbench.cli import cli
from workbench.project import DEFAULT_SCHEME, Project, start_project
from workbench.tui.screens.annotate import AnnotateScreen
from workbench.tui.screens.info import ProblemScreen

SIZE = (100, 30)


def run(*args: str | Path) -> Result:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True, prog_name="workbench")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_the_default_scheme_is_the_bundled_projects_scheme() -> None:
    """One guideline: a new project starts with the labels the shipped corpus is labelled with."""
    assert DEFAULT_SCHEME.read_bytes() == (REPO_ROOT / "labels.yaml").read_bytes()


def test_start_project_makes_a_folder_the_workbench_opens(tmp_path: Path) -> None:
    root = tmp_path / "study" / "kosovo"
    created = start_project(root)
    assert created == [root, root / "labels.yaml", root / "corpus"]
    scheme = Project(root).scheme()
    assert [label.id for label in scheme.labels] == ["fact", "quote", "framing"]
    assert list((root / "corpus").iterdir()) == []


def test_start_project_never_replaces_a_projects_own_scheme(tmp_path: Path) -> None:
    root = tmp_path / "p"
    root.mkdir()
    own = "labels:\n  - id: claim\n    name: Claim\n    key: c\n    color: red\n    definition: mine\n"
    (root / "labels.yaml").write_text(own, encoding="utf-8")
    assert start_project(root) == [root / "corpus"]
    assert start_project(root) == []
    assert (root / "labels.yaml").read_text(encoding="utf-8") == own


def test_init_command(tmp_path: Path) -> None:
    root = tmp_path / "new project"
    result = run("init", root)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"created {root}/ (folder)",
        f"created {root / 'labels.yaml'} (the default label scheme; edit it to define your own)",
        f"created {root / 'corpus'}/ (folder)",
        f"next: workbench import FILE... --project '{root}', then workbench --project '{root}'",  # quoted: a space
    ]
    again = run("init", "--project", root)
    assert again.exit_code == 0
    assert f"{root} is already a project (labels.yaml and corpus/ exist): nothing changed" in again.stdout
    # The scheme is sound; the one thing validate still asks for is an article.
    assert run("validate", "--project", root).stdout.splitlines() == [
        f"{root / 'corpus'}: no articles (.md, .txt); add some with `workbench import FILE`"]


def test_init_refuses_a_file_and_names_it(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("x", encoding="utf-8")
    result = run("init", target)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"workbench: {target}: exists and is not a folder"
    assert target.read_text(encoding="utf-8") == "x"


def test_init_takes_the_folder_once(tmp_path: Path) -> None:
    result = run("init", tmp_path / "one", "--project", tmp_path / "two")
    assert result.exit_code == 2
    assert "give the folder once" in result.output
    assert not (tmp_path / "one").exists() and not (tmp_path / "two").exists()


def test_init_names_a_labels_link_to_nothing(tmp_path: Path) -> None:
    """A dangling labels.yaml would otherwise send the user round in a circle: validate says "file not found,
    run init", init says nothing about it."""
    root = tmp_path / "p"
    root.mkdir()
    (root / "labels.yaml").symlink_to(tmp_path / "gone.yaml")
    result = run("init", root)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"workbench: {root / 'labels.yaml'}: a link to {tmp_path / 'gone.yaml'}, which "
                                    "does not exist")


def test_start_project_leaves_no_partial_scheme_when_the_write_fails(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The scheme is linked into place only once written: a failed write (a full disk) leaves nothing that a
    later init would take for the project's own labels.yaml."""
    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    root = tmp_path / "p"
    with pytest.raises(OSError, match="No space"):
        start_project(root)
    assert sorted(path.name for path in root.iterdir()) == []
    monkeypatch.undo()
    assert root / "labels.yaml" in start_project(root)


def test_import_into_a_new_folder_starts_the_project(tmp_path: Path) -> None:
    root = tmp_path / "fresh"
    root.mkdir()
    result = run("import", SEED_000, "--project", root)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1  # one line per file, for scripts
    assert "created" in result.stderr and "labels.yaml" in result.stderr
    assert (root / "labels.yaml").read_bytes() == DEFAULT_SCHEME.read_bytes()
    assert run("validate", "--project", root).exit_code == 0
    again = run("import", SEED_000, "--project", root)
    assert again.exit_code == 0 and again.stderr == ""


def test_an_import_that_reads_nothing_starts_no_project(tmp_path: Path) -> None:
    """A mistyped file name, or a run in the wrong folder, leaves the folder as it was."""
    result = run("import", tmp_path / "nosuchfile.txt", "--project", tmp_path)
    assert result.exit_code == 1
    assert "created" not in result.stderr
    assert list(tmp_path.iterdir()) == []


async def test_a_folder_made_by_import_opens_in_the_workbench(tmp_path: Path) -> None:
    root = tmp_path / "fresh"
    root.mkdir()
    assert run("import", SEED_000, "--project", root).exit_code == 0
    app = app_for(root)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AnnotateScreen)
        await pilot.press("f")
        await pilot.pause()
    assert list((root / "annotations" / "tester").glob("*.yaml"))


async def test_a_folder_that_is_no_project_says_how_to_start_one(tmp_path: Path) -> None:
    app = app_for(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        shown = " ".join(str(widget.render()) for widget in app.screen.query(Static))
        assert "not a workbench project" in shown
        assert "workbench init" in shown
    assert not (tmp_path / "labels.yaml").exists()
