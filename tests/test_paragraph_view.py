"""The reading pane: what it paints after partial repaints equals a full repaint, and it follows the focus."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from tui_support import app_for, make_project

from workbench.tui.widgets import panels
from workbench.tui.widgets.paragraph_view import ParagraphView

SIZE = (100, 40)
LONG = " ".join(f"Sentence number {n} says something about the council budget." for n in range(120))


async def test_partial_repaints_show_what_a_full_repaint_shows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The header's "saved HH:MM:SS" may tick between the two screenshots when a background save ends: only the
    # reading pane is under test, so the clock the header shows stands still.
    monkeypatch.setattr(panels, "local_time", lambda utc_iso: "12:00:00")
    project = make_project(tmp_path / "p", {"long": f"---\ntitle: Long\n---\n\n{LONG}\n\nA short one. And two.\n"})
    app = app_for(project)
    rng = random.Random(5)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ParagraphView)
        for key in rng.choices(["f", "e", "j", "k", "x", "u", "l", "s", "m"], k=40):
            await pilot.press(key)
            await pilot.pause()
            seen = app.export_screenshot()
            view._repaint_all()
            await pilot.pause()
            assert seen == app.export_screenshot(), f"stale lines after {key!r}"


async def test_focus_stays_on_screen_in_a_long_paragraph(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"long": f"---\ntitle: Long\n---\n\n{LONG}\n"})
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ParagraphView)
        session = app.session
        assert session is not None
        for _ in range(80):
            await pilot.press("f")
            claim = session.claims()[session.cursor.claim]
            rows = [i for i, row in enumerate(view.rows)
                    if row.current and row.start < claim.end and row.end > claim.start]
            focus = view._focus_rows()
            assert focus == (rows[0], rows[-1])
            top = int(view.scroll_offset.y)
            assert top <= rows[0] and rows[-1] < top + view.scrollable_content_region.height
