"""Footer and side panels: they show what applies now, and change it without rebuilding or re-adding."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey
from tui_support import app_for, make_project

from workbench.tui.widgets.footer import QuietFooter
from workbench.tui.widgets.panels import StatusBar

SIZE = (140, 30)


def footer_state(app: object) -> dict[str, tuple[bool, bool]]:
    """Each shown action: whether its key widget is one marked earlier, and whether it is dimmed."""
    screen = app.screen  # type: ignore[attr-defined]
    keys = screen.query_one(QuietFooter).query(FooterKey)
    state = {key.action: (getattr(key, "marked", False), key.has_class("-disabled")) for key in keys}
    for key in keys:
        key.marked = True  # type: ignore[attr-defined]
    return state


async def test_availability_changes_dim_keys_in_place(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = footer_state(app)
        assert before["undo"][1] and before["clear"][1], "nothing to undo or clear yet: dimmed"
        await pilot.press("f", "k")  # label the first claim, come back to it
        await pilot.pause()
        after = footer_state(app)
        assert not after["undo"][1] and not after["clear"][1], "undo and clear now apply"
        assert after.keys() == before.keys()
        assert all(marked for marked, _ in after.values()), "the same key widgets, only their state changed"
        await pilot.press("u")
        await pilot.pause()
        assert footer_state(app)["redo"][1] is False


async def test_remapped_key_rebuilds_the_footer(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.update_keymap({"annotate.note": "N"})
        await pilot.pause()
        await pilot.pause()
        keys = {key.action: key.key_display for key in app.screen.query(FooterKey)}
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
