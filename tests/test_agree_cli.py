"""`workbench agree`: the JSON shape scripts rely on, the tables, and the errors."""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from workbench.cli import cli
from workbench.corpus import load_article
from workbench.model import Article, Claim, ParagraphState, frozen_attributes
from workbench.store import AnnotationDoc, AnnotationStore, ParagraphRecord

REPO = Path(__file__).resolve().parents[1]
TEXT = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"


def make_article(root: Path, article_id: str, paragraphs: Sequence[str]) -> Article:
    (root / "corpus").mkdir(parents=True, exist_ok=True)
    path = root / "corpus" / f"{article_id}.md"
    path.write_text("---\ntitle: T\noutlet: O\n---\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return load_article(path)


def label(root: Path, annotator: str, article: Article,
          claims: Mapping[int, Sequence[tuple[int, int, str, dict[str, str]]]]) -> None:
    doc = AnnotationDoc(article.id, annotator, article.text_sha256)
    for index, specs in claims.items():
        state = ParagraphState(tuple(Claim(s, e, lab, frozen_attributes(attrs)) for s, e, lab, attrs in specs),
                               None, True)
        doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index].text, state)
    AnnotationStore(root / "annotations", annotator).save(doc)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(REPO / "labels.yaml", root / "labels.yaml")
    return root


@pytest.fixture
def labelled(project: Path) -> Path:
    """Two articles labelled by ana and ben; one of them also by cat."""
    one = make_article(project, "one", [TEXT])
    two = make_article(project, "two", [TEXT])
    label(project, "ana", one, {0: [(0, 14, "fact", {}), (15, 23, "quote", {"speaker": "Mayor"})]})
    label(project, "ben", one, {0: [(0, 11, "fact", {}), (12, 26, "quote", {"speaker": " MAYOR"})]})
    label(project, "ana", two, {0: [(0, 29, "framing", {})]})
    label(project, "ben", two, {0: [(0, 29, "framing", {})]})
    label(project, "cat", two, {0: [(0, 29, "fact", {})]})
    return project


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["agree", *args])


def test_json_shape(labelled: Path) -> None:
    result = run("--project", str(labelled), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"unit", "values", "annotators", "pooled", "articles", "reference", "rules", "warnings"}
    assert data["unit"] == "token"
    assert data["values"] == ["fact", "quote", "framing", "none"]
    assert data["annotators"] == ["ana", "ben", "cat"]
    pooled = data["pooled"]
    assert pooled["articles"] == 2 and pooled["units"] == 20
    assert set(pooled["alpha_by_label"]) == {"fact", "quote", "framing"}
    pairs = {tuple(p["annotators"]): p for p in pooled["pairs"]}
    assert set(pairs) == {("ana", "ben"), ("ana", "cat"), ("ben", "cat")}
    assert pairs[("ana", "cat")]["units"] == 10  # only article two
    assert pairs[("ana", "ben")]["kappa"] is not None
    assert pairs[("ana", "ben")]["confusion"]["rows"] == "ana"
    assert set(pooled["span_f1"]) == {"fact", "quote", "framing", "*"}
    # framing spans: ana/ben 1+1 (1 exact), ana/cat 1+0, ben/cat 1+0 -> 2 * 1 / (3 + 1)
    assert pooled["span_f1"]["framing"]["f1_exact"] == pytest.approx(0.5)
    assert pooled["speaker"] == {"matched": 1, "compared": 1, "agreed": 1, "agreement": 1.0}
    assert len(pooled["confusion"]["matrix"]) == 4
    assert {tuple(s["labels"]) for s in pooled["swaps"]} >= {("fact", "framing")}
    articles = {a["article"]: a for a in data["articles"]}
    assert articles["two"]["annotators"] == ["ana", "ben", "cat"] and len(articles["two"]["pairs"]) == 3
    assert articles["one"]["from_corpus"] is True
    assert data["reference"]["attribution"]["alpha"] == 0.75
    assert data["reference"]["opinion"]["alpha"] == [0.4, 0.6]


def test_unit_and_article_options(labelled: Path) -> None:
    data = json.loads(run("--project", str(labelled), "--json", "--unit", "char", "--article", "one").stdout)
    assert data["unit"] == "char"
    assert [a["article"] for a in data["articles"]] == ["one"]
    assert data["pooled"]["units"] == 20  # ten two-letter words


def test_annotator_option_restricts_the_comparison(labelled: Path) -> None:
    data = json.loads(run("--project", str(labelled), "--json", "--annotator", "ana", "--annotator", "cat").stdout)
    assert data["annotators"] == ["ana", "cat"]
    assert [a["article"] for a in data["articles"]] == ["two"]


def test_tables_show_figures_and_references(labelled: Path) -> None:
    result = run("--project", str(labelled))
    assert result.exit_code == 0, result.output
    for expected in ("Krippendorff's alpha", "Cohen's kappa", "Span F1", "Confusion", "PolNeAR", "BABE",
                     "ana / ben", "Per article"):
        assert expected in result.stdout


def test_article_text_is_never_read_as_markup(project: Path) -> None:
    article = make_article(project, "one", [TEXT])
    label(project, "ana", article, {0: [(0, 5, "quote", {"speaker": "[red]Boss[/red]"})]})
    label(project, "ben", article, {0: [(0, 5, "quote", {"speaker": "[bold]x"})]})
    result = run("--project", str(project))
    assert result.exit_code == 0, result.output
    assert "[red]Boss[/red]" in result.stdout and "[bold]x" in result.stdout


def test_nothing_to_compare_with_one_annotator(project: Path) -> None:
    article = make_article(project, "one", [TEXT])
    label(project, "ana", article, {0: [(0, 5, "fact", {})]})
    result = run("--project", str(project), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "nothing to compare" in result.stderr and "only one annotator" in result.stderr
    assert "ana: 1 article" in result.stderr
    assert "Traceback" not in result.output


def test_nothing_to_compare_without_common_articles(project: Path) -> None:
    label(project, "ana", make_article(project, "one", [TEXT]), {0: [(0, 5, "fact", {})]})
    label(project, "ben", make_article(project, "two", [TEXT]), {0: [(0, 5, "fact", {})]})
    result = run("--project", str(project))
    assert result.exit_code == 1
    assert "no article in this project is labelled by two or more annotators" in result.stderr


def test_nothing_to_compare_in_an_empty_project(project: Path) -> None:
    result = run("--project", str(project))
    assert result.exit_code == 1 and "no labels" in result.stderr


def test_unknown_article_and_annotator(labelled: Path) -> None:
    result = run("--project", str(labelled), "--article", "nope")
    assert result.exit_code == 1 and "nope: no such article" in result.stderr
    result = run("--project", str(labelled), "--annotator", "zed")
    assert result.exit_code == 1 and "zed: no annotations" in result.stderr


def test_broken_annotation_file_names_it(labelled: Path) -> None:
    (labelled / "annotations" / "ben" / "one.yaml").write_text("paragraphs: [\n", encoding="utf-8")
    result = run("--project", str(labelled))
    assert result.exit_code == 1
    assert "ben/one.yaml" in result.stderr and "Traceback" not in result.output


def test_bad_unit_is_a_usage_error(labelled: Path) -> None:
    result = run("--project", str(labelled), "--unit", "sentence")
    assert result.exit_code == 2


def test_missing_project_folder(tmp_path: Path) -> None:
    result = run("--project", str(tmp_path / "absent"))
    assert result.exit_code == 1 and "project folder not found" in result.stderr


def test_invalid_annotator_name(labelled: Path) -> None:
    result = run("--project", str(labelled), "--annotator", "..")
    assert result.exit_code == 1 and "invalid annotator name" in result.stderr


def test_adjudicated_is_compared_only_when_asked(labelled: Path) -> None:
    one = load_article(labelled / "corpus" / "one.md")
    label(labelled, "adjudicated", one, {0: [(0, 14, "fact", {})]})
    data = json.loads(run("--project", str(labelled), "--json").stdout)
    assert "adjudicated" not in data["annotators"]
    data = json.loads(run("--project", str(labelled), "--json", "--include-adjudicated").stdout)
    assert "adjudicated" in data["annotators"]
    data = json.loads(run("--project", str(labelled), "--json", "--annotator", "ana",
                          "--annotator", "adjudicated").stdout)
    assert data["annotators"] == ["adjudicated", "ana"]
