"""`workbench export`: options, output, and one-line errors with exit status 1."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from test_dataset import build_labelled_project

from workbench.cli import cli
from workbench.project import Project


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("WORKBENCH_ANNOTATOR", "ana")
    return build_labelled_project(tmp_path / "project")


def run(project: Project, *args: str) -> Result:
    return CliRunner().invoke(cli, ["export", *args, "--project", str(project.root)])


def test_default_annotator_and_summary(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = run(project, "--format", "jsonl", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (5 paragraphs, 8 claims by ana); card: {out}.md" in result.output
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {r["meta"]["annotator"] for r in records} == {"ana"}


def test_all_annotators_and_includes(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    result = run(project, "--format", "csv", "--out", str(out), "--all-annotators",
                 "--include", "unlabelled", "--include", "boilerplate")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert {r["annotator"] for r in rows} == {"ana", "ben"}
    assert [r["text"] for r in rows if not r["label"]] == ["Nobody believes that."]


def test_each_format_writes(project: Project, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "parquet", "conll", "brat"):
        out = tmp_path / f"out-{fmt}"
        result = run(project, "--format", fmt, "--out", str(out), "--annotator", "ben")
        assert result.exit_code == 0, (fmt, result.output)
        assert out.exists()


def test_standard_output(project: Project) -> None:
    result = run(project, "--format", "conll", "--out", "-")
    assert result.exit_code == 0
    assert result.output.startswith("-DOCSTART- O\n\nThe B-fact\n")
    refused = run(project, "--format", "brat", "--out", "-")
    assert refused.exit_code == 1 and "not brat" in refused.output


@pytest.mark.parametrize(("args", "message"), [
    (["--annotator", "zoe"], "no annotations by 'zoe'"),
    (["--annotator", "ana", "--all-annotators"], "either --annotator NAME or --all-annotators"),
])
def test_bad_annotator_options(project: Project, tmp_path: Path, args: list[str], message: str) -> None:
    result = run(project, "--format", "jsonl", "--out", str(tmp_path / "x.jsonl"), *args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.jsonl").exists()


def test_default_annotator_without_labels_gets_a_hint(project: Project, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_ANNOTATOR", "carl")
    result = run(project, "--format", "jsonl", "--out", str(tmp_path / "x.jsonl"))
    assert result.exit_code == 1
    assert "no annotations by 'carl'" in result.output and "annotators: ana, ben" in result.output
    assert "--all-annotators" in result.output


def test_nothing_labelled(project: Project, tmp_path: Path) -> None:
    (project.annotations_dir / "dan").mkdir()
    (project.annotations_dir / "dan" / "alpha.yaml").write_text(
        "format: workbench-annotations/1\narticle: alpha\nannotator: dan\nparagraphs: []\n")
    result = run(project, "--format", "csv", "--out", str(tmp_path / "x.csv"), "--annotator", "dan")
    assert result.exit_code == 1 and "nothing labelled" in result.output


def test_unwritable_path(project: Project, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run(project, "--format", "jsonl", "--out", str(locked / "x.jsonl"))
        probe = locked / "probe"
        try:
            probe.write_text("")  # root can write anyway; then there is nothing to check
        except OSError:
            assert result.exit_code == 1
            assert "not writable" in result.output and "Traceback" not in result.output
    finally:
        locked.chmod(0o700)
    file_as_folder = tmp_path / "file"
    file_as_folder.write_text("x")
    result = run(project, "--format", "jsonl", "--out", str(file_as_folder / "x.jsonl"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(file_as_folder) in result.output


def test_problems_are_warned_not_hidden(project: Project, tmp_path: Path) -> None:
    (project.annotations_dir / "ana" / "broken.yaml").write_text("paragraphs: [\n")
    result = run(project, "--format", "jsonl", "--out", str(tmp_path / "x.jsonl"))
    assert result.exit_code == 0
    assert "warning:" in result.output and "broken.yaml" in result.output


def test_a_file_left_out_is_named_even_when_nothing_remains(project: Project, tmp_path: Path) -> None:
    for path in (project.annotations_dir / "ben").glob("*.yaml"):
        path.write_text("format: [unclosed\n", encoding="utf-8")
    for out in ("-", str(tmp_path / "x.jsonl")):
        result = run(project, "--format", "jsonl", "--out", out, "--annotator", "ben")
        assert result.exit_code == 1
        assert "alpha.yaml" in result.output and "nothing labelled" in result.output
