"""Hostile text in the TUI: markup in articles, titles, outlets, speakers and notes is shown, never obeyed.

In Textual, ``[@click=app.quit]here[/]`` in a plain Static becomes a live
action and ``[/]`` or ``price [/red]`` raise a MarkupError; the same goes for
DataTable cells, notifications and border titles. These tests look at every
cell of every screen for a click action coming from the text, click the
text itself, and fuzz the strings put in each place where corpus or
annotation text is displayed.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual.app import App
from tui_support import app_for, make_project

from workbench.tui.screens.articles import ArticleListScreen
from workbench.tui.screens.forms import AttributeForm, NoteForm
from workbench.tui.screens.info import HelpScreen
from workbench.tui.widgets.paragraph_view import ParagraphView

CLICK = "[@click=app.quit]"
KNOWN_BAD = [
    "[@click=app.quit]here[/]", "[/]", "price [/red]", "[bold", "[/bold]", "[link=file:///etc/passwd]x[/link]",
    "[@click=app.bell]", "[$accent]x", "$text-muted", "[on red]", "\\[x]", "[b][i]x[/b]", "[[", "]]", "[]",
    "[ ]", "[=]", "[@]", "[@click]", "[@click=]", "[@click=screen.dismiss(1)]x", "{x}", "%s", "[#ff0000]x",
    "[red on #fff bold italic underline strike reverse]", "[link='x']", "[/link]", "[@click=app.push_screen('x')]",
]
MARKUP_CHARS = "[]/@=$\\:'\"(),.#{} aAbz"


def project_with(root: Path, texts: list[str], title: str, outlet: str, speaker: str, note: str) -> Path:
    """An article whose paragraphs, title and outlet are ``texts``, and a saved claim with speaker and note."""
    body = "\n\n".join(t.replace("\n", " ") for t in texts if t.strip())
    article = (f"---\ntitle: {json.dumps(title)}\noutlet: {json.dumps(outlet)}\n---\n\n"
               f"Officials said it.\n\n{body}\n\nA plain closing sentence.\n")
    project = make_project(root, {"a-hostile": article, "b-other": f"---\ntitle: {json.dumps(title)}\n---\n\nx.\n"})
    folder = project / "annotations" / "tester"
    folder.mkdir(parents=True)
    (folder / "a-hostile.yaml").write_text(
        "format: workbench-annotations/1\narticle: a-hostile\nannotator: tester\ntext_sha256: ''\nupdated: ''\n"
        "paragraphs:\n- index: 0\n  claims:\n  - start: 0\n    end: 18\n    label: quote\n"
        f"    speaker: {json.dumps(speaker)}\n    note: {json.dumps(note)}\n    text: Officials said it.\n",
        encoding="utf-8",
    )
    labels = (project / "labels.yaml").read_text(encoding="utf-8")
    labels = labels.replace("name: Reported fact", f"name: {json.dumps('Fact ' + note)}", 1)
    (project / "labels.yaml").write_text(labels, encoding="utf-8")
    return project


def click_actions(app: App[None]) -> set[str]:
    """Every click action attached to any cell of the screen as drawn."""
    actions = set()
    width, height = app.size
    for y in range(height):
        for x in range(width):
            meta = app.screen.get_style_at(x, y).meta
            if "@click" in meta:
                actions.add(str(meta["@click"]))
    return actions


async def test_click_markup_in_every_displayed_place_is_never_a_live_action(tmp_path: Path) -> None:
    hostile = f"{CLICK}Click me[/]"
    project = project_with(tmp_path / "project", [f"Before {hostile} after.", f"{CLICK}x[/] and [/] and [/red]."],
                           f"Title {hostile}", f"Outlet {hostile}", f"Speaker {hostile}", f"Note {hostile}")
    app = app_for(project)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("p")  # the claim with the hostile speaker and note: details in the side panel
        await pilot.pause()
        view = app.screen.query_one(ParagraphView)
        shown = [i for i, row in enumerate(view.rows) if row.kind == "text"]
        assert shown and app.is_running
        seen = {"main": click_actions(app)}
        # Click the hostile text itself, wherever it is drawn in the reading pane.
        await pilot.press("n")
        await pilot.pause()
        clicked = 0
        for y in range(view.region.y, view.region.bottom):
            line = "".join(s.text for s in view.render_line(y - view.region.y))
            if "@click" in line:
                await pilot.click(offset=(view.region.x + line.index("@click") + 2, y))
                await pilot.pause()
                clicked += 1
        assert clicked and app.is_running, "a click on article text ran its action"
        await pilot.press("o")
        await pilot.pause(0.5)
        assert isinstance(app.screen, ArticleListScreen)
        seen["article list"] = click_actions(app)
        await pilot.press("escape", "p", "p", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        seen["speaker form"] = click_actions(app)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        seen["help"] = click_actions(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
    live = {where: actions for where, actions in seen.items() if "app.quit" in actions}
    assert not live, f"text became a live action: {live}"


async def test_the_click_detector_sees_a_live_action() -> None:
    """Control: the same scan finds the action when markup is interpreted, so finding none means something."""
    from textual.widgets import Static

    class Markup(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Static("[@click=app.quit]live[/]")

    app = Markup()
    async with app.run_test(size=(40, 3)):
        assert "app.quit" in click_actions(app)


def markup_strings() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(KNOWN_BAD), st.text(alphabet=MARKUP_CHARS, min_size=1, max_size=12))
    return st.lists(piece, min_size=1, max_size=6).map(" ".join)


async def render_everything(project: Path, size: tuple[int, int]) -> None:
    """Main screen with the hostile claim's details, article list, speaker and note forms, help."""
    app = app_for(project)
    async with app.run_test(size=size) as pilot:
        for key, screen in (("p", None), ("o", ArticleListScreen), ("escape", None), ("a", AttributeForm),
                            ("escape", None), ("c", NoteForm), ("escape", None), ("question_mark", HelpScreen)):
            await pilot.press(key)
            assert app.is_running
            if screen is not None:
                assert isinstance(app.screen, screen)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(markup_strings(), min_size=1, max_size=3), title=markup_strings(), outlet=markup_strings(),
       speaker=markup_strings(), note=markup_strings(), wide=st.booleans())
@example(texts=KNOWN_BAD, title="[/]", outlet="price [/red]", speaker="[bold", note="[@click=app.quit]x[/]",
         wide=True)
@example(texts=["[/]"], title="[@click=app.quit]t", outlet="[/]", speaker="[/red]", note="[/]", wide=False)
def test_markup_fuzz_in_text_titles_outlets_speakers_notes_never_crashes(
    texts: list[str], title: str, outlet: str, speaker: str, note: str, wide: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = project_with(Path(folder) / "project", texts, title, outlet, speaker, note)
        asyncio.run(render_everything(project, (140, 40) if wide else (80, 24)))
