"""The HTML report: self-contained, escaped, with charts and every labelled claim highlighted."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FixedClock
from test_dataset import build_labelled_project

from workbench.cli import cli
from workbench.dataset import load_dataset
from workbench.project import Project
from workbench.report import render_report
from workbench.session import Session

HOSTILE_MD = """\
---
title: "<script>alert('title')</script> & co"
outlet: "Evil <i>Outlet</i>"
---

The mayor said "it's fine" & left. Critics say 3 < 4 and \\<img src=x onerror=alert(1)\\> disagree.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    project = build_labelled_project(tmp_path / "project")
    (project.corpus_dir / "hostile.md").write_text(HOSTILE_MD, encoding="utf-8")
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.goto_id("hostile")
    session.label("quote", {"speaker": "\"><svg onload=alert(2)>", "quote_type": "direct"})
    session.label("framing", {"device": "doubt"})
    return project


class Marks(HTMLParser):
    """Collects the text of every <mark> (without its speaker/device tags) and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.tags: list[str] = []
        self._depth = 0
        self._in_tag = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            self.marks.append("")
            self._depth += 1
        elif tag == "span" and self._depth and ("class", "who") in attrs:
            self._in_tag += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._depth -= 1
        elif tag == "span" and self._in_tag:
            self._in_tag -= 1

    def handle_data(self, data: str) -> None:
        if self._depth and not self._in_tag:
            self.marks[-1] += data


def test_report_is_self_contained_and_escaped(project: Project) -> None:
    page = render_report(load_dataset(project), project.scheme(), title="demo")
    assert page.startswith("<!DOCTYPE html>")
    for forbidden in ("<script", "<img", "<link", "@import", "url(", "<svg onload"):
        assert forbidden not in page, forbidden
    assert "3 &lt; 4 and &lt;img src=x onerror=alert(1)&gt; disagree." in page
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; &amp; co" in page
    assert "Evil &lt;i&gt;Outlet&lt;/i&gt;" in page
    assert "&quot;&gt;&lt;svg onload=alert(2)&gt;" in page
    assert page.count("<svg") >= 3  # composition, speakers, devices


def test_every_labelled_claim_is_highlighted_with_its_text(project: Project) -> None:
    data = load_dataset(project)
    parser = Marks()
    parser.feed(render_report(data, project.scheme()))
    expected = [span.text for _, span in data.spans()]
    assert sorted(parser.marks) == sorted(expected)
    assert set(parser.tags) <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "ul", "li",
                                "span", "strong", "section", "h2", "svg", "text", "rect", "table", "thead",
                                "tr", "th", "tbody", "td", "div", "h3", "nav", "ol", "a", "article", "mark",
                                "br", "h4", "footer"}


def test_charts_show_outlets_speakers_devices_and_legend(project: Project) -> None:
    page = render_report(load_dataset(project, ["ana"]), project.scheme())
    svg = " ".join(re.findall(r"<svg.*?</svg>", page, re.S))
    for text in ("Test Outlet", "Other Outlet", "the mayor", "The minister", "name calling", "doubt"):
        assert html.escape(text) in svg, text
    assert 'fill="#3fa34d"' in svg and 'fill="#3d8fd1"' in svg
    assert "Reported fact</strong>: A proposition stated in the article" in page
    assert "@media print" in page and "print-color-adjust: exact" in page


def test_same_labels_same_report(project: Project) -> None:
    assert render_report(load_dataset(project), project.scheme()) == render_report(load_dataset(project),
                                                                                   project.scheme())


def test_max_articles_keeps_the_figures_whole(project: Project) -> None:
    page = render_report(load_dataset(project, ["ana"]), project.scheme(), max_articles=1)
    assert page.count("<article ") == 1
    assert "2 more articles are not shown" in page
    assert "Other Outlet" in page


def test_report_command(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "site" / "report.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--project", str(project.root)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    assert "<svg" in out.read_text("utf-8")
    empty = tmp_path / "empty"
    (empty / "corpus").mkdir(parents=True)
    (empty / "labels.yaml").write_text((project.root / "labels.yaml").read_text())
    result = CliRunner().invoke(cli, ["report", "--out", str(tmp_path / "e.html"), "--project", str(empty)])
    assert result.exit_code == 1 and "nothing labelled" in result.output and "Traceback" not in result.output
