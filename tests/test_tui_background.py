"""Background work (suggestions, the corpus count) never delays the first frame nor breaks quitting."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui_support import app_for, make_project

from workbench.model import Article, SuggestedClaim
from workbench.tui.screens.annotate import AnnotateScreen


async def test_quitting_while_suggestions_are_computed_exits_cleanly(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    started = threading.Event()

    def slow_suggester(article: Article, index: int) -> Sequence[SuggestedClaim]:
        started.set()
        time.sleep(0.3)
        return []

    app = app_for(project, suggester=slow_suggester)
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(100):
            if started.is_set():
                break
            await pilot.pause(0.01)
        assert started.is_set()
        await pilot.press("ctrl+q")
    time.sleep(0.4)  # the worker finishes after the screen is gone
    assert app.return_code == 0 and app._exception is None


async def test_suggestions_start_only_after_the_first_frame(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    calls: list[bool] = []
    app = app_for(project, suggester=lambda article, index: calls.append(True) or [])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        await pilot.pause()
        await pilot.pause(0.2)
        assert calls, "suggestions were computed once the screen was drawn"


async def test_a_result_arriving_while_the_screen_is_taken_apart_is_dropped(tmp_path: Path) -> None:
    """What quitting looks like to a worker: the screen is still attached but its widgets are going."""
    from workbench.tui.widgets.panels import StatusBar

    project = make_project(tmp_path / "p")
    app = app_for(project)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        await pilot.pause()
        await screen.query_one(StatusBar).remove()
        # As the suggestion worker does it: a fault in a worker would end the app.
        worker = screen.run_worker(lambda: screen._from_worker(screen._install_suggestions, []), thread=True)
        for _ in range(200):
            if worker.is_finished:
                break
            await pilot.pause(0.01)
        await pilot.pause()
        assert worker.error is None
        assert app._exception is None and app.is_running


async def test_the_started_app_is_left_out_of_later_garbage_collections(tmp_path: Path) -> None:
    """A full collection walked every object of the app (30-45 ms on a long paragraph, landing on a key)."""
    import gc

    from workbench.tui.widgets.paragraph_view import ParagraphView

    project = make_project(tmp_path / "p")
    app = app_for(project)
    assert gc.get_freeze_count() == 0
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.pause(0.1)
        frozen = gc.get_freeze_count()
        assert frozen > 10_000, "the app's objects are frozen after its first frame"
        view = app.screen.query_one(ParagraphView)
        assert not any(obj is view for obj in gc.get_objects()), "the reading pane is no longer walked"
        await pilot.press("f")
        assert gc.get_freeze_count() > frozen // 2, "a key leaves the app frozen"


async def test_the_annotation_screen_is_the_first_screen_drawn(tmp_path: Path) -> None:
    """Pushed over Textual's blank default screen, a blank frame was drawn first and the work meant to start after
    the first frame started after that blank one."""
    project = make_project(tmp_path / "p")
    app = app_for(project)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert isinstance(app.screen_stack[0], AnnotateScreen)
        assert app.screen is app.annotate_screen


async def test_a_problem_screen_is_the_first_screen_drawn(tmp_path: Path) -> None:
    from workbench.tui.screens.info import ProblemScreen

    project = make_project(tmp_path / "p")
    (project / "labels.yaml").write_text("labels: [\n", encoding="utf-8")
    app = app_for(project)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack] == [ProblemScreen]
        await pilot.press("q")
    assert app.return_code == 0


def test_workbench_starts_with_collection_paused_and_the_app_resumes_it(tmp_path: Path, monkeypatch: Any) -> None:
    """`workbench` builds its app with the garbage collector off (a dozen collections walked the objects being made,
    ~45 ms of the start); the app's first frame turns it back on."""
    import gc

    from click.testing import CliRunner

    import workbench.tui.launch as launch
    from workbench.cli import cli

    project = make_project(tmp_path / "p")
    seen: dict[str, bool] = {}
    real_build_app = launch.build_app

    def build_app(*args: Any, **kwargs: Any) -> Any:
        seen["while building"] = gc.isenabled()
        app = real_build_app(*args, **kwargs)

        async def first_frame() -> None:
            async with app.run_test(size=(120, 30)) as pilot:
                seen["before the first frame"] = gc.isenabled()
                await pilot.pause()
                await pilot.pause(0.05)
                seen["after the first frame"] = gc.isenabled()

        class Started:
            return_code = 0

            def run(self) -> None:
                asyncio.run(first_frame())

        return Started()

    monkeypatch.setattr(launch, "build_app", build_app)
    monkeypatch.setattr("workbench.tui.terminal.make_terminal_input_lenient", lambda: None)
    try:
        result = CliRunner().invoke(cli, ["--project", str(project), "--annotator", "tester"])
    finally:
        enabled_after = gc.isenabled()
        gc.enable()
    assert result.exit_code == 0, result.output
    assert seen == {"while building": False, "before the first frame": False, "after the first frame": True}
    assert enabled_after


def test_a_start_that_fails_before_the_first_frame_turns_collection_back_on(tmp_path: Path, monkeypatch: Any) -> None:
    import gc

    from click.testing import CliRunner

    import workbench.tui.launch as launch
    from workbench.cli import cli

    project = make_project(tmp_path / "p")

    def locked(*args: Any, **kwargs: Any) -> Any:
        assert not gc.isenabled()
        raise launch.LaunchRefused("labels locked by another process")

    monkeypatch.setattr(launch, "build_app", locked)
    try:
        result = CliRunner().invoke(cli, ["--project", str(project), "--annotator", "tester"])
        assert result.exit_code == 1 and "locked" in result.output
        assert gc.isenabled()
    finally:
        gc.enable()
