"""Test helpers shared by several test modules (import as `from helpers import ...`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from workbench.project import Project

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = FIXTURES / "seeds"
SEED_000 = SEEDS / "000_6764d6d263d5f0d8.txt"
SEED_004 = SEEDS / "004_c38f5b2fdb924004.txt"

# Two short articles: one Markdown with front matter (heading, boilerplate, three
# content paragraphs), one plain text (first line is the title).
ALPHA_MD = """\
---
title: Alpha story
outlet: Test Outlet
author: Ann Writer
published: '2024-05-01'
url: https://example.org/alpha
language: en
---

# Alpha story

The council met on Monday. It approved the budget.

“We are pleased,” said the mayor. Critics called it a *disgrace*.

Share this article with your friends

Officials said the plan would take a year. Nobody believes that.
"""

BETA_TXT = """\
Beta story

The river rose two metres overnight. Residents left their homes.

According to the police, nobody was hurt.
"""


class FixedClock:
    """A clock for Session that returns increasing, predictable UTC times."""

    def __init__(self) -> None:
        self.ticks = 0

    def __call__(self) -> str:
        self.ticks += 1
        return f"2024-01-01T00:{self.ticks // 60:02d}:{self.ticks % 60:02d}Z"


def write_project(root: Path, articles: dict[str, str] | None = None) -> Project:
    """A project at ``root``: the shipped labels.yaml and the given corpus files."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO_ROOT / "labels.yaml", root / "labels.yaml")
    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    if articles is None:
        articles = {"alpha.md": ALPHA_MD, "beta.txt": BETA_TXT}
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Project(root)


