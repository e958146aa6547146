"""Footer and side panels: they show what applies now, and change it without rebuilding or re-adding."""

from __future__ import annotations

from pathlib import Path

from tui_support import app_for, labels_of, make_project

from workbench.tui.widgets.footer import KeyFooter
from workbench.tui.widgets.panels import StatusBar

SIZE = (140, 30)


def footer_enabled(app: object) -> dict[str, bool]:
    """Each shown action and whether its key applies now (dimmed when not)."""
    footer = app.screen.query_one(KeyFooter)  # type: ignore[attr-defined]
    return {item.action: item.enabled for item in footer.items}


async def test_availability_changes_dim_and_undim_keys(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = footer_enabled(app)
        assert not before["undo"] and not before["clear"], "nothing to undo or clear yet: dimmed"
        await pilot.press("f", "k")  # label the first claim, come back to it
        await pilot.pause()
        after = footer_enabled(app)
        assert after["undo"] and after["clear"], "undo and clear now apply"
        assert after.keys() == before.keys()
        await pilot.press("u")
        await pilot.pause()
        assert footer_enabled(app)["redo"]


async def test_footer_is_one_widget_drawing_every_key(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        assert not footer.children
        line = str(footer.render())
        assert " f Reported fact " in line and " u Undo " in line
        assert line.rstrip().endswith("palette"), "the command palette's key at the right end"


async def test_pressing_a_footer_key_with_the_mouse_runs_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        column = str(footer.render()).index(" f Reported fact") + 1
        await pilot.click(KeyFooter, offset=(column, 0))
        await pilot.pause()
        assert labels_of(project, "a-short", 0)[:1] == ["fact"]


async def test_remapped_key_shows_in_the_footer(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.update_keymap({"annotate.note": "N"})
        await pilot.pause()
        await pilot.pause()
        keys = {item.action: item.key_display for item in app.screen.query_one(KeyFooter).items}
        assert keys["note"] == "N"


async def test_status_bar_keeps_up_with_labels(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        status = app.screen.query_one(StatusBar)
        first = str(status.render())
        await pilot.press("f")
        await pilot.pause()
        second = str(status.render())
        assert first != second and " 1/" in second


async def test_corpus_totals_follow_labels_across_articles(tmp_path: Path) -> None:
    """The side panel's corpus line adds every article's progress, kept current key by key."""
    from workbench.tui.screens.annotate import AnnotateScreen
    from workbench.tui.widgets.panels import ProgressPanel

    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, AnnotateScreen)
        for _ in range(50):
            if not screen._counting:
                break
            await pilot.pause(0.05)
        panel = screen.query_one(ProgressPanel)
        total = sum(p.total for p in screen.corpus_progress.values())
        assert f"Corpus 0/{total} claims · 0/2 articles complete" in str(panel.render())
        await pilot.press("f", "f", "f", "f", "q")
        await pilot.press("enter")
        await pilot.pause()
        assert f"Corpus 5/{total} claims" in str(panel.render())
        await pilot.press("u")
        await pilot.pause()
        assert f"Corpus 4/{total} claims" in str(panel.render())
