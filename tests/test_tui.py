"""Pilot tests: whole annotation flows through the real app, checked in the YAML written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input
from tui_support import app_for, file_data, labels_of, make_project, saved, saved_claims

from workbench.model import Article, SuggestedClaim, Suggestion
from workbench.tui.app import WorkbenchApp
from workbench.tui.launch import LaunchRefused
from workbench.tui.screens.annotate import AnnotateScreen
from workbench.tui.screens.articles import ArticleListScreen
from workbench.tui.screens.forms import AttributeForm, NoteForm
from workbench.tui.screens.info import HelpScreen, ProblemScreen
from workbench.tui.widgets.paragraph_view import ParagraphView

SIZE = (100, 30)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project")


async def test_label_keys_tag_and_advance(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "e", "f")
        await pilot.pause()
        assert labels_of(project, "a-short", 0) == ["fact", "framing", "fact"]
        # At the paragraph's end the cursor moved to the next content paragraph.
        assert app.session is not None
        assert (app.session.cursor.paragraph, app.session.cursor.claim) == (1, 0)


async def test_quotation_prompts_for_speaker_enter_accepts(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "q")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press(*"officials", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateScreen)
        claims = saved_claims(project, "a-short", 1)
        assert claims[0]["label"] == "quote"
        assert claims[0]["speaker"] == "officials"
        assert app.session is not None and app.session.cursor.claim == 1


async def test_quotation_prompt_escape_skips_and_moves_on(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert claims[0]["label"] == "quote" and "speaker" not in claims[0]
        assert app.session is not None and app.session.cursor.claim == 1


async def test_undo_and_redo_across_paragraphs(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f", "f", "e")  # the fourth lands in paragraph 1
        await pilot.pause()
        assert labels_of(project, "a-short", 1)[0] == "framing"
        await pilot.press("u", "u")
        await pilot.pause()
        assert labels_of(project, "a-short", 1) == [] or labels_of(project, "a-short", 1)[0] is None
        assert labels_of(project, "a-short", 0) == ["fact", "fact", None]
        assert app.session is not None and app.session.cursor.paragraph == 0
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert labels_of(project, "a-short", 0) == ["fact", "fact", "fact"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert labels_of(project, "a-short", 0) == ["fact", "fact", None]


async def test_resume_after_restart(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "f")
        await pilot.pause()
    again = app_for(project)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.session is not None
        assert (again.session.cursor.paragraph, again.session.cursor.claim) == (0, 2)


async def test_boundary_edits_are_saved(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("shift+right")
        await pilot.pause()
        first = saved_claims(project, "a-short", 0)
        assert first[0]["text"] == "First sentence is a fact. Second"
        assert first[1]["text"] == "sentence is another one."
        await pilot.press("shift+left", "right_square_bracket")
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert claims[0]["text"] == "sentence is a fact."
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert saved_claims(project, "a-short", 0)[0]["text"] == "First sentence is a fact."


async def test_split_and_merge(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await pilot.pause()
        texts = [c["text"] for c in saved_claims(project, "a-short", 0)]
        assert texts == ["First sentence is a fact. Second sentence is another one.", "Third one ends here."]
        # The split point starts at the middle word; move it left twice and split.
        await pilot.press("left", "left", "s")
        await pilot.pause()
        texts = [c["text"] for c in saved_claims(project, "a-short", 0)]
        assert len(texts) == 3
        assert " ".join(texts[:2]) == "First sentence is a fact. Second sentence is another one."


async def test_article_list_switches_article(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.article.id == "b-second"
        await pilot.press("f")
        await pilot.pause()
        assert labels_of(project, "b-second", 0)[0] == "fact"


async def test_navigation_skips_boilerplate_and_crosses_articles(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        assert app.session is not None
        await pilot.press("n")
        assert app.session.cursor.paragraph == 1
        await pilot.press("n")  # paragraph 2 is a share prompt: skipped
        assert app.session.cursor.paragraph == 3
        await pilot.press("f")  # last claim of the article: on to the next article
        await pilot.pause()
        assert app.session.article.id == "b-second"


async def test_boilerplate_toggle_is_saved_and_undoable(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await pilot.pause()
        entry = saved(project, "a-short")["paragraphs"][0]
        assert entry["index"] == 0 and entry["boilerplate"] is True
        assert app.session is not None
        await pilot.press("n")
        await pilot.pause()
        # Paragraph 0 is skipped now, so p cannot go back to it.
        await pilot.press("p")
        assert app.session.cursor.paragraph == 1
        await pilot.press("u")
        await pilot.pause()
        assert saved(project, "a-short")["paragraphs"] == []


async def test_note_form(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, NoteForm)
        await pilot.press(*"check this", "enter")
        await pilot.pause()
        assert saved_claims(project, "a-short", 0)[0]["note"] == "check this"


async def test_speaker_key_uses_completion_from_project(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"Reuters", "enter")
        await pilot.pause()
        await pilot.press("q", "escape")  # second claim: quotation without speaker
        await pilot.pause()
        await pilot.press("k", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press("R", "right", "enter")  # completes "Reuters"
        await pilot.pause()
        assert saved_claims(project, "a-short", 0)[1]["speaker"] == "Reuters"


async def completed(app: WorkbenchApp, pilot: Pilot[None], *keys: str) -> None:
    """Keys pressed in the speaker prompt, then its completion awaited: it is worked out off the key's path."""
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_speaker_prompt_completes_lists_of_speakers_and_institutions(tmp_path: Path) -> None:
    article = ("---\ntitle: Funds\n---\n\nChris Sununu and Jeanne Shaheen said the funds would come. "
               "The House Permanent Subcommittee on Investigations disagreed with them.\n")
    project = make_project(tmp_path / "p", {"funds": article})
    app = app_for(project)

    async with app.run_test(size=SIZE) as pilot:
        await completed(app, pilot, "q", *"Chris")
        await completed(app, pilot, "right", *" and J")
        await completed(app, pilot, "right", "enter")
        await completed(app, pilot, "q", *"House Permanent Subcommittee on I")
        await completed(app, pilot, "right", "enter")
        claims = saved_claims(project, "funds", 0)
        assert [c["speaker"] for c in claims] == ["Chris Sununu and Jeanne Shaheen",
                                                  "House Permanent Subcommittee on Investigations"]


async def test_speaker_prompt_goes_on_with_the_articles_words(tmp_path: Path) -> None:
    """A body the article names in a long phrase costs a key a word: each → adds the article's next word."""
    article = ("---\ntitle: Carrière\n---\n\nLa fédération de la Sarthe pour la pêche et la protection du milieu "
               "aquatique réclame un moratoire, selon son président.\n")
    project = make_project(tmp_path / "p", {"carriere": article})
    app = app_for(project)

    async with app.run_test(size=SIZE) as pilot:
        await completed(app, pilot, "q", *"fédération de la Sarthe")
        for _ in ["pour", "la", "pêche", "et", "la", "protection", "du", "milieu", "aquatique"]:
            await completed(app, pilot, "right")
        await completed(app, pilot, "enter")
        assert saved_claims(project, "carriere", 0)[0]["speaker"] == (
            "fédération de la Sarthe pour la pêche et la protection du milieu aquatique")


async def test_speaker_prompt_works_without_completion_when_building_it_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Completion is a convenience: a failure to build it leaves the prompt usable and the app up."""
    from workbench.tui.screens import annotate

    def broken(*args: object) -> None:
        raise RuntimeError("no completion today")

    monkeypatch.setattr(annotate, "speaker_completion", broken)
    project = make_project(tmp_path / "p", {"funds": "---\ntitle: Funds\n---\n\nJeanne Shaheen said so.\n"})
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"Jea")
        await app.workers.wait_for_complete()
        await pilot.press("right", *"nne", "enter")
        await pilot.pause()
        assert app.is_running
        assert saved_claims(project, "funds", 0)[0]["speaker"] == "Jeanne"


async def test_a_choice_field_completes_only_to_its_choices(project: Path) -> None:
    """"fra" completes to nothing (no framing device starts so), not to "frame" of "rhetorical frame"."""
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "k", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press(*"fra")
        await app.workers.wait_for_complete()
        await pilot.press("right")
        await pilot.pause()
        assert app.screen.query_one("#attr-device", Input).value == "fra"
        await pilot.press("backspace", "backspace", "backspace", *"rhet")
        await app.workers.wait_for_complete()
        await pilot.press("right", "enter")
        await pilot.pause()
        assert saved_claims(project, "a-short", 0)[0]["device"] == "rhetorical frame"


async def test_attributes_key_sets_quote_type_and_framing_device(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"Reuters", "enter")
        await pilot.pause()
        await pilot.press("k", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press("tab", *"dir", "right", "enter")  # speaker kept; quote type completed from its choices
        await pilot.pause()
        await pilot.press("j", "e", "k", "a")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press(*"sca", "right", "enter")
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert (claims[0]["speaker"], claims[0]["quote_type"]) == ("Reuters", "direct")
        assert claims[1]["label"] == "framing" and claims[1]["device"] == "scare quotes"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"nonsense", "enter")  # not one of the choices: refused, the form stays
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)


async def test_quotation_prompt_also_takes_the_quote_type(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"AP", "tab", *"ind", "right", "enter")
        await pilot.pause()
        claim = saved_claims(project, "a-short", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("AP", "indirect")


async def test_clause_keys_move_the_split_point_to_a_clause_start(tmp_path: Path) -> None:
    article = "---\ntitle: T\n---\n\nThe mayor said the road would reopen on Monday, but critics doubt it will.\n"
    project = make_project(tmp_path / "p", {"a": article})
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("greater_than_sign", "s")
        await pilot.pause()
        texts = [c["text"] for c in saved_claims(project, "a", 0)]
        assert texts == ["The mayor said the road would reopen on Monday,", "but critics doubt it will."]


async def test_help_lists_keys_and_definitions(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        assert "whose voice" in text and "Reported fact" in text and "Undo" in text
        await pilot.press("escape")
        assert isinstance(app.screen, AnnotateScreen)


async def test_click_focuses_claim_and_drag_creates_one(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ParagraphView)
        assert app.session is not None
        row = next(i for i, r in enumerate(view.rows) if r.current)
        text = view.model.texts[0]
        column = text.index("Third") + 3  # gutter (2) + a letter into the word
        await pilot.click(view, offset=(1 + column, 1 + row))  # +1: the pane's padding
        await pilot.pause()
        assert app.session.cursor.claim == 2
        start_col = text.index("Second") + 3
        end_col = text.index("another") + 3
        await pilot.mouse_down(view, offset=(1 + start_col, 1 + row))
        await pilot.hover(view, offset=(1 + end_col, 1 + row))
        await pilot.mouse_up(view, offset=(1 + end_col, 1 + row))
        await pilot.pause()
        texts = [c["text"] for c in saved_claims(project, "a-short", 0)]
        assert "Second sentence is another" in texts


async def test_hostile_markup_is_shown_literally_and_does_nothing(tmp_path: Path) -> None:
    hostile = (
        "---\ntitle: '[b]T[/b] [@click=app.quit]x[/]'\n---\n\n"
        "[@click=app.quit]Click me[/] and [/] and price [/red] and \x1b[31mred\x1b[0m.\n"
    )
    project = make_project(tmp_path / "p", {"hostile": hostile})
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        view = app.screen.query_one(ParagraphView)
        text = view.model.texts[0]
        assert "[@click=app.quit]Click me[/]" in text  # kept as literal text
        assert "\x1b" not in text and "[31m" not in text
        row = next(i for i, r in enumerate(view.rows) if r.current)
        await pilot.click(view, offset=(4, 1 + row))
        await pilot.pause()
        assert app.is_running
        rendered = "".join(segment.text for segment in view.render_line(row))
        assert "[/]" in rendered and "[/red]" in rendered


async def test_save_failure_keeps_labels_and_retries(project: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        folder = project / "annotations" / "tester"
        folder.chmod(0o500)
        try:
            await pilot.press("e")
            await pilot.pause()
            assert app.session is not None and app.session.save_error
            assert labels_of(project, "a-short", 0) == ["fact", None, None]
        finally:
            folder.chmod(0o755)
        app.session.flush()
        assert labels_of(project, "a-short", 0) == ["fact", "framing", None]


async def test_disk_full_keeps_labels_in_memory_and_retries(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving fails (simulated disk full): the saved state stays, the label stays in memory, a retry saves it."""
    import errno

    from workbench import store as store_module
    from workbench.journal import Journal

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        monkeypatch.setattr(Journal, "append", full)
        monkeypatch.setattr(store_module, "atomic_write", full)
        await pilot.press("e")
        await pilot.pause()
        assert app.session is not None
        assert app.session.save_error and "disk is full" in app.session.save_error
        assert "NOT SAVED" in str(app.screen.query_one("StatusBar").render())
        assert labels_of(project, "a-short", 0) == ["fact", None, None]
        assert app.session.claims(0)[1].label == "framing"
        monkeypatch.undo()
        app.screen._retry_saves()  # what the two-second timer does
        assert app.session.save_error is None
        assert labels_of(project, "a-short", 0) == ["fact", "framing", None]
        assert file_data(project, "a-short")["paragraphs"][0]["claims"][1]["label"] == "framing"


async def test_yaml_files_catch_up_after_a_pause(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        journal = project / "annotations" / "tester" / ".journal.jsonl"
        assert journal.stat().st_size > 0  # durable at once, in the journal
        for _ in range(50):  # the files catch up about a second later (allow for a slow machine)
            await pilot.pause(0.2)
            if journal.stat().st_size == 0:
                break
        assert file_data(project, "a-short")["paragraphs"][0]["claims"][0]["label"] == "fact"
        assert journal.stat().st_size == 0


async def test_suggestions_accept_one_and_all(project: Path) -> None:
    def suggester(article: Article, index: int) -> list[SuggestedClaim]:
        from workbench.segment import sentence_spans

        spans = sentence_spans(article.paragraphs[index].text)
        return [SuggestedClaim(s, e, Suggestion("quote", {"speaker": "officials"}, "test reason")) for s, e in spans]

    app = app_for(project, suggester=suggester)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        first = saved_claims(project, "a-short", 0)[0]
        assert (first["label"], first["speaker"]) == ("quote", "officials")
        await pilot.press("A")
        await pilot.pause()
        assert labels_of(project, "a-short", 0) == ["quote", "quote", "quote"]
        assert app.session is not None and app.session.cursor.paragraph == 1
        await pilot.press("t")  # suggestions off: nothing suggested is shown or accepted
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert labels_of(project, "a-short", 1) == []


async def test_a_label_key_over_another_suggestion_takes_the_quote_type_or_device_the_span_shows(
        tmp_path: Path) -> None:
    article = ("---\ntitle: T\n---\n\nThe budget is a disaster, and the hysteria about it is absurd. "
               "Mayor Jane Okafor said the hysteria over the budget was absurd.\n")
    project = make_project(tmp_path / "p", {"a": article})
    app = app_for(project, suggest=True)  # the shipped suggester
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.session is not None
        assert [c.suggestion.label for c in app.session.claims() if c.suggestion] == ["framing", "quote"]
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)
        await pilot.press(*"the author", "enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        first, second = saved_claims(project, "a", 0)
        assert (first["label"], first["speaker"], first["quote_type"]) == ("quote", "the author", "indirect")
        assert (second["label"], second["device"]) == ("framing", "loaded language")


async def test_second_session_same_annotator_is_refused(project: Path) -> None:
    app = app_for(project)
    async with app.run_test(size=SIZE):
        with pytest.raises(LaunchRefused, match="already working"):
            app_for(project)
        other = app_for(project, annotator="someone-else")
        assert other.session is not None
        other.session.store.unlock()


async def test_no_corpus_shows_problem_screen(tmp_path: Path) -> None:
    project = make_project(tmp_path / "empty", {})
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("q")
    assert not app.is_running


async def test_broken_scheme_shows_problem_screen(project: Path) -> None:
    (project / "labels.yaml").write_text("labels:\n  - id: fact\n    key: j\n", encoding="utf-8")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert "labels.yaml" in str(app.screen.query_one("Static").render())


async def test_keymap_remaps_label_key(project: Path) -> None:
    keymap = project / "keys.yaml"
    keymap.write_text("label.fact: F\nannotate.next_claim: ctrl+n\n", encoding="utf-8")
    app = app_for(project, keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+n", "F")
        await pilot.pause()
        assert labels_of(project, "a-short", 0) == [None, "fact", None]


async def test_unreadable_article_is_listed_others_usable(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    (project / "corpus" / "0-broken.md").write_bytes(b"---\ntitle: [unclosed\n---\n\nBody.\n")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.session is not None
        assert "0-broken" in app.session.failed
        assert app.session.article.id == "a-short"
        await pilot.press("f")
        await pilot.pause()
        assert labels_of(project, "a-short", 0)[0] == "fact"


async def test_blind_project_hides_suggestions_and_other_annotators(project: Path) -> None:
    (project / "workbench.yaml").write_text("blind: true\n", encoding="utf-8")
    other = app_for(project, annotator="other")
    async with other.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"Secret Source", "enter")
        await pilot.pause()
    app = app_for(project, suggest=True)
    async with app.run_test(size=SIZE) as pilot:
        assert app.session is not None
        assert app.session.suggester is None
        assert "Secret Source" not in app.session.speakers()
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)
        assert app.screen.annotators.get("a-short", []) == []


async def test_statistics_screen_shows_project_figures(project: Path) -> None:
    from workbench.tui.screens.stats import StatsScreen

    app = app_for(project)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f", "q", "escape", "e")
        await pilot.pause()
        await pilot.press("S")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        text = str(app.screen.query_one("#stats-body").render())
        assert "Test Outlet" in text and "Reported fact 33%" in text and "3/3 claims labelled" in text


async def test_export_from_the_palette_writes_the_dataset(project: Path) -> None:
    import csv

    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", "e")
        await pilot.pause()
        app.export("csv")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    out = project / "exports" / "tester.csv"
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["label"] for r in rows] == ["fact", "framing"]
    assert rows[0]["text"] == "First sentence is a fact."
    assert (project / "exports" / "tester.csv.md").exists()
