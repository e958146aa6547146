"""Snapshot tests of the main screens at fixed sizes (pytest-textual-snapshot).

Regenerate after an intended visual change with `pytest tests/test_snapshots.py --snapshot-update`
and look at the report before committing.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from tui_support import app_for, make_project

FIXED_TIME = "2026-01-02T03:04:05Z"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    return make_project(tmp_path / "project", seeds=True)


async def settled(pilot: Any) -> None:
    """Wait for background counting and suggestions, so the picture does not depend on timing.

    They start once the first frame is drawn, so wait for them to have started too.
    """
    for _ in range(200):
        if getattr(pilot.app.screen, "_background_started", True):
            break
        await pilot.pause(0.01)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def fixed_clock(app: Any) -> None:
    assert app.session is not None
    app.session.clock = lambda: FIXED_TIME


def test_main_screen_80x24(project: Path, snap_compare: Any) -> None:
    assert snap_compare(app_for(project), terminal_size=(80, 24), run_before=settled)


def test_main_screen_160x48(project: Path, snap_compare: Any) -> None:
    assert snap_compare(app_for(project), terminal_size=(160, 48), run_before=settled)


def test_main_screen_after_tagging(project: Path, snap_compare: Any) -> None:
    app = app_for(project)

    async def tag(pilot: Any) -> None:
        fixed_clock(pilot.app)
        await settled(pilot)
        await pilot.press("f", "q")
        await pilot.pause()
        await pilot.press(*"BBC", "enter", "e")
        await settled(pilot)

    assert snap_compare(app, terminal_size=(120, 32), run_before=tag)


def test_help_screen(project: Path, snap_compare: Any) -> None:
    async def open_help(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app_for(project), run_before=open_help, terminal_size=(100, 40))


def test_article_list(project: Path, snap_compare: Any) -> None:
    async def open_list(pilot: Any) -> None:
        await settled(pilot)
        await pilot.press("o")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app_for(project), run_before=open_list, terminal_size=(120, 24))


def test_problem_screen(tmp_path: Path, snap_compare: Any) -> None:
    project = make_project(tmp_path / "broken", {"a": "Title\n\nText.\n"})
    (project / "labels.yaml").write_text(
        "labels:\n  - id: fact\n    key: j\n    color: nocolour\n    definition: x\n", encoding="utf-8"
    )
    assert snap_compare(app_for(project), terminal_size=(100, 24))
