"""Scoring suggestions against a reference labelling: counts, speakers, the report and the command."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import FixedClock, write_project

from workbench.cli import cli
from workbench.evaluation import (
    Evaluation,
    Span,
    evaluate,
    format_mismatches,
    format_table,
    same_speaker,
    score_paragraph,
    speaker_tokens,
)
from workbench.model import Article, SuggestedClaim, Suggestion, frozen_attributes
from workbench.project import Project
from workbench.session import Cursor, Session

ARTICLE = """\
---
title: Test
---

Tom Baker said the plan had failed. The river rose two metres overnight.

Officials allegedly hid the report.

Share this article with your friends
"""


def span(start: int, end: int, label: str, **attributes: str) -> Span:
    return Span("a", 0, start, end, label, attributes)


# ---------------------------------------------------------------- speakers


@pytest.mark.parametrize(("a", "b"), [
    ("Josep Borrell", "Borrell"),
    ("the BBC", "BBC"),
    ("Agustín Sánchez-Lavega", "Agustin Sanchez-Lavega"),
    ("President Donald Trump", "Donald Trump"),
    ("Boudreau’s", "Spencer Boudreau"),
    ("unnamed", "Unnamed"),
    ("村瀬隆之", "村瀬隆之"),  # names in scripts without Latin letters are names too
    ("Σπύρος Παπαδόπουλος", "Παπαδόπουλος"),
])
def test_same_speaker(a: str, b: str) -> None:
    assert same_speaker(a, b) and same_speaker(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("Josep Borrell", "Jens Stoltenberg"),
    ("unnamed", "Home Office"),
    ("", "BBC"),
    ("Jim Steinle", "Kate Steinle"),
    ("村瀬隆之", "竹内正男"),
])
def test_different_speakers(a: str, b: str) -> None:
    assert not same_speaker(a, b)


def test_speaker_tokens_drop_titles_and_possessives() -> None:
    assert speaker_tokens("Prime Minister Albin Kurti's") == {"albin", "kurti"}


# ---------------------------------------------------------------- counting


def test_exact_and_overlap_counts() -> None:
    result = Evaluation("ref")
    gold = [span(0, 10, "quote", speaker="Tom Baker"), span(11, 20, "fact"), span(21, 30, "framing", device="hedging")]
    predicted = [span(0, 10, "quote", speaker="Baker"), span(11, 25, "fact"), span(26, 30, "framing", device="doubt")]
    score_paragraph(result, gold, predicted, "x" * 30)
    quote, fact, framing = (result.labels[k] for k in ("quote", "fact", "framing"))
    assert (quote.exact_hits, quote.predicted, quote.gold) == (1, 1, 1)
    assert quote.exact == (1.0, 1.0, 1.0)
    assert fact.exact_hits == 0 and fact.overlap == (1.0, 1.0, 1.0)
    assert framing.exact[0] == 0.0 and framing.overlap[:2] == (1.0, 1.0)
    assert (result.speaker.hits, result.speaker.total) == (1, 1)
    assert (result.device.hits, result.device.total) == (0, 1)
    assert (result.label_accuracy.hits, result.label_accuracy.total) == (1, 1)
    assert (result.span_match.hits, result.span_match.total) == (1, 3)
    assert (result.accepted_as_is.hits, result.accepted_as_is.total) == (1, 3)
    assert [m.reference for m in result.mismatches] == ["fact", "framing (hedging)"]
    assert result.mismatches[0].suggested == "fact (other span)"


def test_a_wrong_label_on_the_right_span() -> None:
    result = Evaluation("ref")
    score_paragraph(result, [span(0, 10, "fact")], [span(0, 10, "framing", device="hedging")], "x" * 10)
    assert result.labels["fact"].exact == (None, 0.0, None)
    assert result.labels["framing"].exact == (0.0, None, None)
    assert (result.label_accuracy.hits, result.label_accuracy.total) == (0, 1)


def test_wrong_speaker_is_not_accepted_as_is() -> None:
    result = Evaluation("ref")
    score_paragraph(result, [span(0, 10, "quote", speaker="BBC")], [span(0, 10, "quote", speaker="Reuters")])
    assert result.labels["quote"].exact == (1.0, 1.0, 1.0)
    assert (result.speaker.hits, result.accepted_as_is.hits) == (0, 0)


def test_table_and_json_report() -> None:
    result = Evaluation("ref", articles=["a"])
    score_paragraph(result, [span(0, 10, "quote", speaker="BBC", quote_type="direct")],
                    [span(0, 10, "quote", speaker="BBC", quote_type="direct")], "x" * 10)
    table = format_table(result)
    assert "quote" in table and "1.00" in table and "speaker correct" in table
    data = result.as_dict()
    assert data["labels"][0]["exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["speaker_accuracy"] == {"value": 1.0, "hits": 1, "total": 1}
    assert format_mismatches(result) == ""


# ---------------------------------------------------------------- against a project


def labelled_project(root: Path) -> tuple[Project, Article]:
    """A project whose annotator 'ref' labelled the first two paragraphs through the Session."""
    project = write_project(root, {"story.md": ARTICLE})
    session = Session(project.corpus(), project.scheme(), project.store("ref"), clock=FixedClock())
    session.goto(0, 0)
    session.label("quote", {"speaker": "Tom Baker", "quote_type": "indirect"})  # moves to the next claim
    session.label("fact")
    session.cursor = Cursor(0, 1, 0)
    session.label("framing", {"device": "hedging"})
    session.cursor = Cursor(0, 2, 0)
    session.toggle_boilerplate()  # already boilerplate: no effect on scoring
    session.flush()
    return project, session.corpus.get("story")


def fixed_suggester(article: Article, index: int) -> Sequence[SuggestedClaim]:
    text = article.paragraphs[index].text
    end = text.find(".") + 1
    return [SuggestedClaim(0, end, Suggestion("quote", frozen_attributes({"speaker": "Baker"}), "test"))]


def test_evaluate_reads_the_reference_from_the_store(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    result = evaluate(project, "ref", fixed_suggester)
    assert result.articles == ["story"]
    assert result.paragraphs == 2
    assert {k: v.gold for k, v in result.labels.items()} == {"quote": 1, "fact": 1, "framing": 1}
    assert result.labels["quote"].exact == (0.5, 1.0, pytest.approx(2 / 3))
    assert (result.speaker.hits, result.speaker.total) == (1, 1)


def test_evaluate_the_shipped_suggester(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    result = evaluate(project, "ref")
    assert result.accepted_as_is.hits == 3  # speaker, fact and the hedge all right


def test_unknown_article_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    result = evaluate(project, "ref", fixed_suggester, article_ids=["story", "missing"])
    assert any("missing: no such article" in p for p in result.problems)
    assert result.articles == ["story"]


# ---------------------------------------------------------------- the command


def run(project: Project, *args: str) -> Result:
    return CliRunner().invoke(cli, ["evaluate", *args, "--project", str(project.root)])


def test_command_table_and_json(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    table = run(project, "--annotator", "ref")
    assert table.exit_code == 0, table.output
    assert "suggestions vs ref's labels: 1 articles, 2 paragraphs, 3 claims" in table.output
    as_json = run(project, "--annotator", "ref", "--json")
    data = json.loads(as_json.output)
    assert data["claims"] == 3 and [x["label"] for x in data["labels"]] == ["quote", "framing", "fact"]
    assert "mismatches" not in data


def test_command_split_and_errors(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    (project.root / "split.yaml").write_text("held_out: [story]\n", "utf-8")
    result = run(project, "--annotator", "ref", "--split", "held_out", "--errors")
    assert result.exit_code == 0, result.output
    missing = run(project, "--annotator", "ref", "--split", "dev")
    assert missing.exit_code == 1 and "no split named 'dev' (known: held_out)" in missing.output


def test_command_refuses_unknown_annotator_and_articles(tmp_path: Path) -> None:
    project, _ = labelled_project(tmp_path / "p")
    nobody = run(project, "--annotator", "zoe")
    assert nobody.exit_code == 1 and "no labels by 'zoe'" in nobody.output
    unknown = run(project, "--annotator", "ref", "story", "nope")
    assert unknown.exit_code == 1 and "nope: no such article" in unknown.output
    assert "Traceback" not in unknown.output
