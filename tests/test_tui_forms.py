"""The attribute form: pre-filled values are replaced by typing, choices are picked by their number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui_support import app_for, make_project, saved_claims

from workbench.model import Article, SuggestedClaim, Suggestion
from workbench.segment import sentence_spans
from workbench.tui.screens.forms import AttributeForm

SIZE = (120, 30)


def quoting_suggester(article: Article, index: int) -> Sequence[SuggestedClaim]:
    text = article.paragraphs[index].text
    return [SuggestedClaim(start, end, Suggestion("quote", {"speaker": "Alpha", "quote_type": "direct"}, "test"))
            for start, end in sentence_spans(text)]


async def open_prompt(pilot: object, app: object) -> None:
    for _ in range(50):
        session = app.session  # type: ignore[attr-defined]
        if session.focused is not None and session.focused.suggestion is not None:
            break
        await pilot.pause(0.02)  # type: ignore[attr-defined]
    await pilot.press("q")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, AttributeForm)  # type: ignore[attr-defined]


async def until_tagged(pilot: object, app: object) -> None:
    """Until the form is gone and its answer applied: a key before that goes to the form, or to no claim."""
    for _ in range(200):
        screen = app.screen  # type: ignore[attr-defined]
        if not isinstance(screen, AttributeForm) and getattr(screen, "_just_tagged", None) is not None:
            return
        await pilot.pause(0.01)  # type: ignore[attr-defined]
    screen = app.screen  # type: ignore[attr-defined]
    raise AssertionError(f"the form's answer was never applied: {screen!r} focused {screen.focused!r} "
                         f"{[(i.value, i.selection) for i in screen.query('Input')]}")


async def tag_quotation_picking(pilot: Any, app: Any, speaker: str) -> list[str]:
    """``q`` on the first claim, then the digit of ``speaker`` among the prompt's numbered picks; the picks."""
    await pilot.pause()
    await pilot.press("q")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, AttributeForm)
    picks = list(form.picks["speaker"])
    await pilot.press(str(picks.index(speaker) + 1))
    await until_tagged(pilot, app)
    return picks


async def test_typing_replaces_the_suggested_speaker_and_a_number_picks_the_quote_type(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    app = app_for(project, suggester=quoting_suggester)
    async with app.run_test(size=SIZE) as pilot:
        await open_prompt(pilot, app)
        await pilot.press("B", "o", "b", "tab", "2", "enter")
        await pilot.pause()
        claim = saved_claims(project, "a-short", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("Bob", "indirect")


async def test_enter_keeps_the_suggested_values(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    app = app_for(project, suggester=quoting_suggester)
    async with app.run_test(size=SIZE) as pilot:
        await open_prompt(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        claim = saved_claims(project, "a-short", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("Alpha", "direct")


async def test_a_number_out_of_range_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    app = app_for(project, suggester=quoting_suggester)
    async with app.run_test(size=SIZE) as pilot:
        await open_prompt(pilot, app)
        await pilot.press("tab", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AttributeForm)


async def test_a_number_after_a_label_key_names_the_device_of_the_claim_just_tagged(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "3", "e", "f")  # framing + speculation; framing without device; a fact
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert [(c["label"], c.get("device")) for c in claims] == [
            ("framing", "speculation"), ("framing", None), ("fact", None)]
        await pilot.press("k", "k", "1")  # later, on the focused claim
        await pilot.pause()
        assert saved_claims(project, "a-short", 0)[1]["device"] == "loaded language"
        await pilot.press("0")
        await pilot.pause()
        assert "device" not in saved_claims(project, "a-short", 0)[1]
        await pilot.press("j", "j", "2")  # an unlabelled claim: refused, nothing changes
        await pilot.pause()
        assert saved_claims(project, "a-short", 1) == []


async def test_a_number_after_the_quotation_prompt_sets_the_quote_type(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q", *"AP", "enter")
        await until_tagged(pilot, app)
        await pilot.press("3")
        await pilot.pause()
        claim = saved_claims(project, "a-short", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("AP", "mixed")


async def test_one_undo_takes_back_a_tag_with_its_prompted_speaker_and_number(tmp_path: Path) -> None:
    """q, a speaker, enter, a quote type: one tag, so one undo leaves the claim as it was, not a quote of no one."""
    project = make_project(tmp_path / "p")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")  # an earlier step, which the undo must leave alone
        await pilot.pause()
        await pilot.press("q", *"AP", "enter")
        await until_tagged(pilot, app)
        await pilot.press("3")
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert [(c["label"], c.get("speaker"), c.get("quote_type")) for c in claims[:2]] == [
            ("fact", None, None), ("quote", "AP", "mixed")]
        await pilot.press("u")
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert [c["label"] for c in claims[:2]] == ["fact", None]
        assert app.session.cursor.claim == 1  # back on the claim the tag was made on
        await pilot.press("ctrl+y")  # redo brings back the whole tag
        await pilot.pause()
        claims = saved_claims(project, "a-short", 0)
        assert (claims[1]["label"], claims[1]["speaker"], claims[1]["quote_type"]) == ("quote", "AP", "mixed")


NAMED_ARTICLE = """---
title: Named
outlet: Test Outlet
---

Mayor Jane Okafor said the bridge would reopen in May. Council leader Tom Reyes disagreed.
"""


async def test_a_digit_picks_a_numbered_speaker_and_accepts(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"named": NAMED_ARTICLE})
    app = app_for(project, suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        picks = await tag_quotation_picking(pilot, app, "Jane Okafor")
        assert "unnamed" in picks
        await pilot.press("1")  # right after tagging, a number sets the quote type (the marks gave indirect)
        await pilot.pause()
        claim = saved_claims(project, "named", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("Jane Okafor", "direct")


async def test_without_suggestions_the_marks_give_the_quote_type_and_ditto_rereads_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"marks": (
        "---\ntitle: Marks\n---\n\n"
        "“The bridge will reopen in May,” said Jane Okafor. She added that the works were on budget.\n")})
    app = app_for(project, suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await tag_quotation_picking(pilot, app, "Jane Okafor")
        await pilot.press("full_stop")
        await pilot.pause()
        claims = saved_claims(project, "marks", 0)
        assert [(c["speaker"], c["quote_type"]) for c in claims] == [("Jane Okafor", "direct"),
                                                                      ("Jane Okafor", "indirect")]


async def test_after_typing_a_digit_is_a_plain_character(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", {"named": NAMED_ARTICLE})
    app = app_for(project, suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q", "A", "1", "enter")
        await pilot.pause()
        assert saved_claims(project, "named", 0)[0]["speaker"] == "A1"


async def test_background_work_finishing_does_not_end_just_tagged(tmp_path: Path) -> None:
    """The corpus count or suggestions arriving between the tag and the number must not swallow the number."""
    project = make_project(tmp_path / "p", {"named": NAMED_ARTICLE})
    app = app_for(project, suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q", *"AP", "enter")
        await until_tagged(pilot, app)
        screen = app.screen
        screen._install_corpus_progress(dict(screen.corpus_progress))  # type: ignore[attr-defined]
        screen.on_resize()  # type: ignore[attr-defined]
        await pilot.press("3")
        await pilot.pause()
        claim = saved_claims(project, "named", 0)[0]
        assert (claim["speaker"], claim["quote_type"]) == ("AP", "mixed")


async def test_full_stop_labels_the_claim_as_the_claim_before(tmp_path: Path) -> None:
    """'.' copies label, speaker and quote type: one key for the second sentence of the same speaker."""
    project = make_project(tmp_path / "p", {"named": NAMED_ARTICLE})
    app = app_for(project, suggest=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q", *"Jane Okafor", "enter")
        await until_tagged(pilot, app)
        await pilot.press("2", "full_stop")
        await pilot.pause()
        claims = saved_claims(project, "named", 0)
        assert [(c["label"], c["speaker"], c["quote_type"]) for c in claims] == [
            ("quote", "Jane Okafor", "indirect"), ("quote", "Jane Okafor", "indirect")]
        await pilot.press("3")  # a number right after '.' still sets the type of the claim it tagged
        await pilot.pause()
        assert saved_claims(project, "named", 0)[1]["quote_type"] == "mixed"
