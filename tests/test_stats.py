"""Statistics: figures recomputed by hand for a tiny project, and the `stats` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import write_project

from workbench.cli import cli
from workbench.dataset import load_dataset
from workbench.model import Claim, ParagraphState, frozen_attributes
from workbench.project import Project
from workbench.stats import compute_stats, pace, top_values
from workbench.store import AnnotationDoc, ParagraphRecord

A_MD = """\
---
title: Article A
outlet: "[bold red]X[/] Times"
---

Fact one here. Quote by Bob here. Frame it now.

Another fact. Unlabelled bit.

Share this article with your friends
"""
B_MD = """\
---
title: Article B
outlet: Y
---

Bob again said so. Bob said more.
"""


def claim(start: int, end: int, label: str | None, at: str | None, **attributes: str) -> Claim:
    return Claim(start, end, label, frozen_attributes(attributes), "", f"2024-03-01T{at}Z" if at else None)


def save(project: Project, annotator: str, article_id: str, paragraphs: dict[int, tuple[Claim, ...]]) -> None:
    article = project.corpus().get(article_id)
    store = project.store(annotator)
    doc = AnnotationDoc(article_id, annotator, article.text_sha256)
    for index, claims in paragraphs.items():
        doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index].text, ParagraphState(claims, None, True))
    store.save(doc)


@pytest.fixture
def tiny(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """ana labels A and B (with a break between them); ben labels one claim of A in between."""
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    project = write_project(tmp_path / "p", {"a.md": A_MD, "b.md": B_MD})
    save(project, "ana", "a", {
        0: (claim(0, 14, "fact", "10:00:00"), claim(15, 33, "quote", "10:00:30", speaker="Bob"),
            claim(34, 47, "framing", "10:01:00", device="doubt")),
        1: (claim(0, 13, "fact", "10:02:00"), claim(14, 29, None, None)),
        2: (claim(0, 36, "fact", "10:02:10"),),  # boilerplate paragraph: never counted
    })
    save(project, "ana", "b", {
        0: (claim(0, 18, "quote", "10:30:00", speaker="bob"), claim(19, 33, "quote", "10:30:40", speaker=" Bob")),
    })
    save(project, "ben", "a", {0: (claim(0, 14, "framing", "10:00:10", device="speculation"),
                                   claim(15, 33, "quote", "10:00:20", speaker="Bob"))})
    return project


def test_outlet_figures_by_hand(tiny: Project) -> None:
    stats = compute_stats(load_dataset(tiny, ["ana"]), tiny.scheme(), "outlet")
    x, y = stats.groups
    assert (x.name, y.name) == ("[bold red]X[/] Times", "Y")
    assert (x.claims, x.characters) == (4, 14 + 18 + 13 + 13)
    fact, quote, framing = x.labels
    assert (fact.label, fact.claims, fact.characters) == ("fact", 2, 27)
    assert fact.claim_share == 0.5 and quote.claim_share == 0.25 and framing.claim_share == 0.25
    assert fact.char_share == pytest.approx(27 / 58) and quote.char_share == pytest.approx(18 / 58)
    assert x.attribution_rate == 0.25
    assert x.speakers == (("Bob", 1),) and x.devices == (("doubt", 1),)
    assert (x.progress.claims, x.progress.labelled, x.progress.unlabelled) == (5, 4, 1)
    assert (x.progress.paragraphs_touched, x.progress.paragraphs_total) == (2, 2)
    assert (x.pace.claims, x.pace.active_seconds, x.pace.per_hour) == (3, 120, 90.0)
    assert y.attribution_rate == 1.0 and y.speakers == (("Bob", 2),)
    assert (y.pace.claims, y.pace.active_seconds) == (1, 40)
    total = stats.total
    assert (total.claims, total.articles) == (6, 2)
    # 10:02:00 -> 10:30:00 is a break: 4 claims in 30 + 30 + 60 + 40 seconds.
    assert (total.pace.claims, total.pace.active_seconds, total.pace.per_hour) == (4, 160, 90.0)


def test_pace_keeps_each_annotator_apart(tiny: Project) -> None:
    stats = compute_stats(load_dataset(tiny), tiny.scheme(), "annotator")
    ana, ben = stats.groups
    assert (ben.pace.claims, ben.pace.active_seconds, ben.pace.per_hour) == (1, 10, 360.0)
    assert ana.pace.per_hour == 90.0
    # Interleaving ana's and ben's times would give far more; the total keeps them apart.
    assert (stats.total.pace.claims, stats.total.pace.active_seconds) == (5, 170)
    assert stats.total.speakers == (("Bob", 4),)


def test_article_grouping_uses_titles(tiny: Project) -> None:
    stats = compute_stats(load_dataset(tiny, ["ana"]), tiny.scheme(), "article")
    assert [(g.key, g.name, g.claims) for g in stats.groups] == [("a", "Article A", 4), ("b", "Article B", 2)]


def test_pace_and_top_values_rules() -> None:
    assert pace({"a": []}).per_hour is None
    assert pace({"a": ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00Z"]}).per_hour is None  # no time passed
    assert pace({"a": ["2024-01-01T10:00:00Z", "2024-01-01T10:11:00Z"]}).claims == 0  # an 11-minute break
    assert pace({"a": ["2024-01-01T10:00:00Z", "2024-01-01T10:11:00Z"]}, gap=3600).per_hour == pytest.approx(3600 / 660)
    assert top_values(["BBC", "bbc", "BBC", "Reuters", "", "  "], 5) == (("BBC", 3), ("Reuters", 1))


def test_stats_json_matches_the_functions(tiny: Project) -> None:
    result = CliRunner().invoke(cli, ["stats", "--json", "--project", str(tiny.root)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["by"] == "outlet" and data["annotators"] == ["ana", "ben"]
    assert set(data["rules"]) == {"shares", "attribution_rate", "speakers", "devices", "progress", "pace"}
    expected = compute_stats(load_dataset(tiny), tiny.scheme(), "outlet").to_dict()
    assert data == json.loads(json.dumps(expected))
    x = data["groups"][0]
    assert x["labels"]["quote"] == {"claims": 2, "characters": 36, "claim_share": 2 / 6, "char_share": 36 / 90}
    assert x["progress"]["unlabelled"] == 1


def test_stats_tables_show_data_literally(tiny: Project) -> None:
    result = CliRunner().invoke(cli, ["stats", "--project", str(tiny.root), "--annotator", "ana"])
    assert result.exit_code == 0, result.output
    assert "[bold red]X[/] Times" in result.output
    assert "50% · 47%" in result.output  # fact share of X: claims · characters
    assert "Bob (1)" in result.output and "doubt (1)" in result.output
    assert "10 minutes" in result.output


def test_stats_errors_are_one_line(tiny: Project, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--project", str(tiny.root), "--annotator", "zoe"])
    assert result.exit_code == 1
    assert "no annotations by 'zoe'" in result.output and "Traceback" not in result.output
    empty = write_project(tmp_path / "empty")
    result = CliRunner().invoke(cli, ["stats", "--project", str(empty.root)])
    assert result.exit_code == 1 and "no annotation files" in result.output


def test_labels_missing_from_the_scheme_still_count(tiny: Project) -> None:
    path = tiny.annotations_dir / "ana" / "b.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("label: quote", "label: opinion", 1), encoding="utf-8")
    stats = compute_stats(load_dataset(tiny, ["ana"]), tiny.scheme(), "outlet")
    assert stats.labels[-1] == ("opinion", "opinion", "#8a8a8a")
    y = stats.groups[1]
    assert [(f.label, f.claims) for f in y.labels] == [("fact", 0), ("quote", 1), ("framing", 0), ("opinion", 1)]
    assert sum(f.claim_share for f in y.labels) == 1.0
