"""The Session: every command, navigation, resume, undo/redo, and saving after each action."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import FixedClock, write_project
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.edits import EditRefused, check_invariants
from workbench.model import Claim, ParagraphState, SuggestedClaim, Suggestion, frozen_attributes
from workbench.project import Project
from workbench.session import Cursor, Session, SessionError
from workbench.store import StoreError
from workbench.yamlio import load_file

MakeSession = Callable[..., Session]


def saved(project: Project, article_id: str = "alpha", annotator: str = "ana") -> dict[int, list[dict[str, object]]]:
    """The claims on disk, by paragraph index."""
    path = project.annotations_dir / annotator / f"{article_id}.yaml"
    data = load_file(path)
    return {p["index"]: list(p.get("claims") or []) for p in data["paragraphs"]}


def snapshot(session: Session) -> tuple[Cursor, list[ParagraphState]]:
    states = []
    for index in range(len(session.article_ids)):
        article = session.article_at(index)
        assert article is not None
        states.extend(session.state(article, i) for i in range(len(article.paragraphs)))
    return session.cursor, states


# ---------------------------------------------------------------- starting and moving


def test_resume_starts_at_the_first_unlabelled_claim(make_session: MakeSession) -> None:
    session = make_session()
    assert session.resume() == Cursor(0, 1, 0)  # paragraph 0 is a heading
    assert session.focused is not None
    assert session.focused.text_in(session.paragraph.text) == "The council met on Monday."


def test_resume_skips_finished_claims_and_articles(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    for _ in range(6):  # every claim of alpha (paragraphs 1, 2, 4)
        session.label("fact")
    assert session.cursor == Cursor(1, 0, 0)
    again = make_session(annotator="ana")
    assert again.resume() == Cursor(1, 0, 0)
    assert again.article.id == "beta"


def test_resume_when_everything_is_done(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    while True:
        session.label("fact")
        if session.message == "this is the last article":
            break
    fresh = make_session()
    fresh.resume()
    assert fresh.message == "every article is complete"


def test_navigation_skips_headings_and_boilerplate(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    visited = [(session.cursor.article, session.cursor.paragraph)]
    while session.next_paragraph():
        visited.append((session.cursor.article, session.cursor.paragraph))
    assert visited == [(0, 1), (0, 2), (0, 4), (1, 0), (1, 1)]
    assert session.message == "this is the last article"
    back = []
    while session.previous_paragraph():
        back.append((session.cursor.article, session.cursor.paragraph))
    assert back == [(1, 0), (0, 4), (0, 2), (0, 1)]


def test_claim_navigation_crosses_paragraphs_and_articles(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    seen = [session.cursor]
    while session.next_claim():
        seen.append(session.cursor)
    assert len(seen) == 9
    assert seen[-1] == Cursor(1, 1, 0)
    while session.previous_claim():
        pass
    assert session.cursor == Cursor(0, 1, 0)


def test_goto_and_step_paragraph(make_session: MakeSession) -> None:
    session = make_session()
    session.goto_id("beta")
    assert session.cursor == Cursor(1, 0, 0)
    session.goto(0)
    assert session.cursor == Cursor(0, 1, 0)
    assert session.step_paragraph(-1) and session.cursor.paragraph == 0  # onto the heading
    assert not session.step_paragraph(-1)
    with pytest.raises(EditRefused):
        session.goto(7)


# ---------------------------------------------------------------- commands, each saved at once


def test_label_advances_and_saves(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    session.label("fact")
    assert session.cursor == Cursor(0, 1, 1)
    assert [c["label"] for c in saved(project)[1]] == ["fact", None]  # the paragraph's claims, labelled or not
    session.label("quote", {"speaker": "the council"})
    claims = saved(project)[1]
    assert [c["label"] for c in claims] == ["fact", "quote"]
    assert claims[1]["speaker"] == "the council"
    assert claims[1]["text"] == "It approved the budget."
    assert session.cursor == Cursor(0, 2, 0)
    assert session.saves == 2 and not session.unsaved


def test_unknown_label_and_no_claim(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    with pytest.raises(EditRefused, match="unknown label"):
        session.label("nope")
    with pytest.raises(EditRefused, match="nothing to undo"):
        session.undo()


def test_every_edit_is_on_disk(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    session.label("quote", advance=False)
    assert saved(project)[1][0]["label"] == "quote"
    session.set_attributes({"speaker": "council", "quote_type": "indirect"})
    assert saved(project)[1][0]["speaker"] == "council"
    session.set_note("check the minutes")
    assert saved(project)[1][0]["note"] == "check the minutes"
    session.move_end(forward=True)
    assert saved(project)[1][0]["text"] == "The council met on Monday. It"
    session.move_end(forward=False)
    # Shrinking gives the word back to no claim; the neighbour keeps its new start.
    assert [c["text"] for c in saved(project)[1]] == ["The council met on Monday.", "approved the budget."]
    session.split(session.paragraph.text.index("met"))
    assert [c["text"] for c in saved(project)[1]] == ["The council", "met on Monday.", "approved the budget."]
    session.merge_next()
    assert [c["text"] for c in saved(project)[1]] == ["The council met on Monday.", "approved the budget."]
    session.next_claim()
    session.move_start(forward=False)
    assert saved(project)[1][1]["text"] == "It approved the budget."
    session.move_start(forward=True)
    assert saved(project)[1][1]["text"] == "approved the budget."
    session.move_start(forward=False)
    session.previous_claim()
    session.clear()
    assert saved(project)[1][0]["label"] is None
    text = session.paragraph.text
    session.select(text.index("Monday"), text.index("budget") + 1)
    assert [c["text"] for c in saved(project)[1]] == ["The council met on", "Monday. It approved the budget."]
    assert session.focused is not None and session.focused.text_in(text) == "Monday. It approved the budget."


def test_boilerplate_toggle(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    assert session.toggle_boilerplate() is True  # paragraph 1 is now skipped
    entry = load_file(project.annotations_dir / "ana" / "alpha.yaml")["paragraphs"][0]
    assert entry["index"] == 1 and entry["boilerplate"] is True and "claims" not in entry
    session.goto(0)
    assert session.cursor.paragraph == 2
    session.step_paragraph(1)  # onto the corpus's own boilerplate (paragraph 3)
    assert session.toggle_boilerplate() is False
    session.goto(0)
    visited = [session.cursor.paragraph]
    while session.next_paragraph(cross_articles=False):
        visited.append(session.cursor.paragraph)
    assert visited == [2, 3, 4]
    session.undo()
    session.undo()
    assert session.doc.paragraphs == {}


def test_heading_can_be_made_annotatable(make_session: MakeSession) -> None:
    session = make_session()
    session.goto(0, paragraph=0)
    assert not session.annotatable(session.article, 0)
    assert session.toggle_boilerplate() is False
    assert session.annotatable(session.article, 0)


def test_progress(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    before = session.progress()
    assert (before.labelled, before.total, before.paragraphs_done, before.paragraphs_total) == (0, 6, 0, 3)
    session.label("fact")
    session.label("fact")
    after = session.progress()
    assert (after.labelled, after.paragraphs_done) == (2, 1)
    assert not after.complete


# ---------------------------------------------------------------- undo and redo


def test_undo_and_redo_across_paragraphs_and_articles(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    start = snapshot(session)
    session.label("fact")                  # alpha, paragraph 1
    session.next_paragraph()
    session.label("quote", {"speaker": "mayor"})  # alpha, paragraph 2
    session.goto_id("beta")
    session.label("framing")               # beta, paragraph 0
    after = snapshot(session)
    assert session.undo().article_id == "beta"
    assert saved(project, "beta") == {}
    session.undo()
    session.undo()
    assert snapshot(session) == start
    assert saved(project) == {}
    with pytest.raises(EditRefused, match="nothing to undo"):
        session.undo()
    for _ in range(3):
        session.redo()
    assert snapshot(session) == after
    assert [c["label"] for c in saved(project, "beta")[0]] == ["framing", None]
    with pytest.raises(EditRefused, match="nothing to redo"):
        session.redo()


def test_a_new_edit_clears_redo(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    session.label("fact")
    session.undo()
    assert session.can_redo
    session.label("quote")
    assert not session.can_redo


COMMANDS = st.sampled_from([
    "fact", "quote", "framing", "clear", "grow", "shrink", "left", "right", "split", "merge", "select",
    "attribute", "note", "boilerplate", "next", "previous", "next_paragraph", "previous_paragraph",
    "next_article", "step", "undo", "redo",
])


@settings(max_examples=40)
@given(st.lists(st.tuples(COMMANDS, st.integers(0, 200), st.integers(0, 200)), min_size=1, max_size=30))
def test_random_commands_keep_invariants_and_undo_restores_exactly(steps: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = write_project(Path(folder) / "project")
        session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
        session.resume()
        history = [snapshot(session)]  # the state before each undoable edit, and the last one
        for command, a, b in steps:
            before = snapshot(session)
            undo_depth = len(session._undo)
            with contextlib.suppress(EditRefused):
                _run(session, command, a, b)
            for article_index in range(len(session.article_ids)):
                article = session.article_at(article_index)
                assert article is not None
                for i, paragraph in enumerate(article.paragraphs):
                    check_invariants(paragraph.text, session.state(article, i).claims)
            if command in ("undo", "redo"):
                history = [snapshot(session)]
                continue
            if len(session._undo) > undo_depth:
                history[-1] = before
                history.append(snapshot(session))
        # Undo everything done since the last undo/redo: each step restores the state before it.
        final = snapshot(session)
        for expected in reversed(history[:-1]):
            session.undo()
            assert snapshot(session)[1] == expected[1]
            assert session.cursor == expected[0]
        for expected in history[1:]:
            session.redo()
            assert snapshot(session)[1] == expected[1]
        assert snapshot(session)[1] == final[1]
        # What is on disk is what the session holds.
        fresh = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
        assert snapshot(fresh)[1] == final[1]


def _run(session: Session, command: str, a: int, b: int) -> None:
    if command in ("fact", "quote", "framing"):
        session.label(command, advance=bool(a % 2))
    elif command == "clear":
        session.clear()
    elif command in ("grow", "shrink"):
        session.move_end(command == "grow")
    elif command in ("left", "right"):
        session.move_start(command == "right")
    elif command == "split":
        session.split(a % (len(session.paragraph.text) + 1))
    elif command == "merge":
        session.merge_next()
    elif command == "select":
        n = len(session.paragraph.text) + 1
        session.select(a % n, b % n)
    elif command == "attribute":
        session.set_attributes({"speaker": f"speaker {a}"})
    elif command == "note":
        session.set_note(f"note {a}")
    elif command == "boilerplate":
        session.toggle_boilerplate()
    elif command == "next":
        session.next_claim()
    elif command == "previous":
        session.previous_claim()
    elif command == "next_paragraph":
        session.next_paragraph()
    elif command == "previous_paragraph":
        session.previous_paragraph()
    elif command == "next_article":
        session.next_article() or session.previous_article()
    elif command == "step":
        session.step_paragraph(1 if a % 2 else -1)
    elif command == "undo":
        session.undo()
    elif command == "redo":
        session.redo()


# ---------------------------------------------------------------- saving


def test_save_failure_keeps_labels_in_memory_and_retries(make_session: MakeSession, project: Project,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    session = make_session()
    session.resume()
    session.label("fact")
    real_save = session.store.save

    def failing(doc: object) -> Path:
        raise StoreError("annotations/ana/alpha.yaml: could not save: the disk is full")

    monkeypatch.setattr(session.store, "save", failing)
    session.label("quote")
    assert session.save_error is not None and "disk is full" in session.save_error
    assert session.unsaved
    assert [c.label for c in session.claims(1)] == ["fact", "quote"]
    assert [c["label"] for c in saved(project)[1]] == ["fact", None]
    assert session.flush() is False
    monkeypatch.setattr(session.store, "save", real_save)
    assert session.flush() is True
    assert session.save_error is None and not session.unsaved
    assert [c["label"] for c in saved(project)[1]] == ["fact", "quote"]


def test_unreadable_annotation_file_is_never_overwritten(make_session: MakeSession, project: Project) -> None:
    path = project.annotations_dir / "ana" / "alpha.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("a: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    session = make_session()
    assert session.resume().article == 1  # alpha cannot be opened; beta can
    assert "alpha" in session.failed and "not allowed" in session.failed["alpha"]
    session.label("fact")
    assert path.read_text(encoding="utf-8") == "a: !!python/object/apply:os.system ['true']\n"
    with pytest.raises(EditRefused, match="cannot open"):
        session.goto(0)


def test_broken_article_is_skipped(project: Project) -> None:
    (project.corpus_dir / "alpha.md").write_text("---\ntitle: [broken\n---\nx\n", encoding="utf-8")
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    assert session.resume().article == 1
    assert "alpha" in session.failed


def test_no_articles(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", articles={})
    with pytest.raises(SessionError, match="no articles"):
        Session(project.corpus(), project.scheme(), project.store("ana"))


def test_labels_survive_a_restart(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    session.label("quote", {"speaker": "mayor"}, advance=False)
    session.set_note("first")
    restarted = make_session()
    restarted.goto(0, paragraph=1)
    claim = restarted.claims()[0]
    # (its quote type read from its marks: none, so indirect)
    assert (claim.label, dict(claim.attributes), claim.note) == (
        "quote", {"speaker": "mayor", "quote_type": "indirect"}, "first")


# ---------------------------------------------------------------- suggestions


def suggester(article: object, index: int) -> list[SuggestedClaim]:
    return [SuggestedClaim(0, 26, Suggestion("quote", frozen_attributes({"speaker": "council"}), "test"))]


def test_accepting_a_suggestion(make_session: MakeSession, project: Project) -> None:
    session = make_session(suggester=suggester)
    session.resume()
    article = session.article
    session.compute_suggestions(article, 1)
    assert session.focused is not None and session.focused.suggestion is not None
    session.accept_suggestion()
    first = saved(project)[1][0]
    assert (first["label"], first["speaker"]) == ("quote", "council")


def test_select_is_snapped_to_words(make_session: MakeSession) -> None:
    session = make_session()
    session.resume()
    text = session.paragraph.text
    session.select(text.index("ouncil"), text.index("Monday") + 2)
    assert session.focused is not None
    assert session.focused.text_in(text) == "council met on Monday."
    assert session.focused == Claim(4, 26)


def test_clause_starts_after_punctuation_at_marks_and_joining_words() -> None:
    from workbench.session import clause_starts_at

    text = "He said: “We will stay,” but others left; some, however, returned — later."
    starts = [text.index(w) for w in ("“We", "but", "some", "however", "returned", "later")]
    assert all(clause_starts_at(text, s) for s in starts)
    assert not any(clause_starts_at(text, text.index(w)) for w in ("said", "will", "others", "left"))


def test_speaker_choices_put_the_claims_own_names_and_known_speakers_first(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"talk.md": (
        "---\ntitle: Talk\n---\n\n"
        "Mayor Jane Okafor said the bridge would reopen. Council leader Tom Reyes disagreed.\n\n"
        "Okafor later added that the works were on budget. The weather was fine.\n"
    )})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    choices = session.speaker_choices()
    assert choices[0] in ("Mayor Jane Okafor", "Jane Okafor"), "the names the claim writes first"
    assert "unnamed" in choices and len(choices) <= 9
    session.label("quote", {"speaker": "Jane Okafor", "quote_type": "indirect"})
    session.label("quote", {"speaker": "Tom Reyes", "quote_type": "indirect"})
    assert session.cursor.paragraph == 1
    choices = session.speaker_choices()
    assert choices[0] == "Jane Okafor", "the surname names a speaker already quoted: the full name comes first"
    assert choices[1] == "Tom Reyes", "then the article's last speaker"
    assert session.speaker_choices(limit=3) == choices[:3]


def _choices_for(tmp_path: Path, paragraph: str, language: str = "de") -> list[str]:
    """The speaker prompt's numbered picks on the one claim of a one-paragraph article."""
    project = write_project(tmp_path / "p", {"a.md": f"---\ntitle: A\nlanguage: {language}\n---\n\n{paragraph}\n"})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    return session.speaker_choices()


def test_speaker_choices_offer_the_initials_the_claim_gives_a_body(tmp_path: Path) -> None:
    choices = _choices_for(tmp_path, "Laut der Agentur für Gesundheit und Ernährungssicherheit (AGES) hat sich Ragweed "
                                     "stark ausgebreitet. Betroffen sind Orte wie Lussac (Vienne) und Kinder (12).")
    assert "AGES" in choices, "one key picks the initials, as references write a body"
    assert "Vienne" not in choices[: choices.index("AGES")] and "12" not in choices


def test_speaker_choices_keep_unnamed_among_party_initials(tmp_path: Path) -> None:
    choices = _choices_for(tmp_path, "Friedrich Merz (CDU), Olaf Scholz (SPD), Markus Söder (CSU), Christian Lindner "
                                     "(FDP) und Janine Wissler (Linke) sprachen sich gegen eine Zusammenarbeit aus, "
                                     "der Ausstoß von Kohlendioxid (CO2) sei zu hoch.")
    assert "unnamed" in choices, "a party's initials after each name do not crowd it out"
    assert "CO2" not in choices


def test_speaker_choices_offer_a_body_s_initials_before_a_person_s_party(tmp_path: Path) -> None:
    assert "AGES" in _choices_for(tmp_path, "Markus Söder (CSU), Olaf Scholz (SPD), Christian Lindner (FDP) und "
                                            "Janine Wissler (Linke) verwiesen auf die Agentur für Gesundheit und "
                                            "Ernährungssicherheit (AGES), die vor Ragweed warnt.")


def test_speaker_choices_offer_a_body_named_with_lower_case_words_whole(tmp_path: Path) -> None:
    choices = _choices_for(tmp_path, "La chambre d’agriculture de Bretagne, qui doit rendre un avis sur le dossier, "
                                     "reste prudente.", language="fr")
    assert "chambre d’agriculture de Bretagne" in choices, "names_in alone offers only \"Bretagne\""


def test_completions_offer_this_articles_names_before_speakers_of_other_articles(tmp_path: Path) -> None:
    """Yesterday's "Mike Pompeo" must not complete "Mi…" before today's article's "Michael R. Pompeo"."""
    project = write_project(tmp_path / "p", {
        "a-first.md": "---\ntitle: One\n---\n\nMike Pompeo said the talks went well.\n",
        "b-second.md": "---\ntitle: Two\n---\n\nSecretary Michael R. Pompeo said the deal was near.\n",
    })
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    session.label("quote", {"speaker": "Mike Pompeo", "quote_type": "indirect"})
    assert session.article.id == "b-second"
    completions = session.speakers()
    assert completions.index("Michael R. Pompeo") < completions.index("Mike Pompeo")
    session.label("quote", {"speaker": "Michael R. Pompeo", "quote_type": "indirect"})
    session.previous_paragraph()
    assert session.article.id == "a-first"
    assert session.speakers()[0] == "Mike Pompeo", "in its own article a speaker comes first"


def test_speaker_completion_falls_back_on_the_articles_phrases(tmp_path: Path) -> None:
    """Institutions the names leave out, and lists of speakers, complete from a few letters."""
    project = write_project(tmp_path / "p", {
        "a.md": "---\ntitle: Dijken\n---\n\nHet ministerie van Infrastructuur en Waterstaat laat weten dat de "
                "dijken goed zijn, zeggen Erik van Dalen en Annelies Kok.\n",
    })
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    session.label("quote", {"speaker": "Erik van Dalen", "quote_type": "indirect"})
    completer = session.speaker_completer()
    assert completer.candidates[: len(session.speakers())] == session.speakers(), "speakers first, as they were"
    assert completer.complete("Ministerie van I") == "Ministerie van Infrastructuur en Waterstaat"
    assert completer.complete("Erik van Dalen en An") == "Erik van Dalen en Annelies Kok"
    assert completer.complete("Er") == "Erik van Dalen"


# ---------------------------------------------------------------- the same as the claim before


def test_ditto_copies_label_speaker_and_quote_type_of_the_claim_before(make_session: MakeSession,
                                                                        project: Project) -> None:
    session = make_session()
    session.resume()
    with pytest.raises(EditRefused, match="no labelled claim before"):
        session.ditto()
    session.label("quote", {"speaker": "the council"}, advance=False)
    session.choose(2)  # indirect
    session.next_claim()
    session.ditto()
    claims = saved(project)[1]
    assert [(c["label"], c.get("speaker"), c.get("quote_type")) for c in claims] == [
        ("quote", "the council", "indirect"), ("quote", "the council", "indirect")]
    assert session.cursor == Cursor(0, 2, 0)  # moved on, as a label key does
    assert session.message == "same as before: quotation (the council, indirect)"
    session.undo()
    assert saved(project)[1][1]["label"] is None


def test_attributes_amending_a_tag_are_undone_with_it(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.resume()
    session.label("fact")
    where = session.cursor
    session.label("quote", advance=False)
    session.set_attributes({"speaker": "the council"}, where=where, amend=True)
    session.choose(2, where, amend=True)
    assert saved(project)[1][1] == {**saved(project)[1][1], "label": "quote", "speaker": "the council",
                                    "quote_type": "indirect"}
    session.undo()
    assert [c["label"] for c in saved(project)[1]] == ["fact", None]
    assert session.cursor == where
    session.redo()
    assert (saved(project)[1][1]["speaker"], saved(project)[1][1]["quote_type"]) == ("the council", "indirect")


def test_amending_never_reaches_past_another_change(make_session: MakeSession, project: Project) -> None:
    """An attribute set after something else changed the paragraph is a step of its own."""
    session = make_session()
    session.resume()
    session.label("quote", {"speaker": "the council"}, advance=False)
    where = session.cursor
    session.set_note("check this")
    session.set_attributes({"speaker": "the mayor"}, where=where, amend=True)
    session.undo()
    claim = saved(project)[1][0]
    assert (claim["speaker"], claim["note"]) == ("the council", "check this")
    session.next_paragraph()
    session.label("fact")
    session.set_attributes({"speaker": "the mayor"}, where=where, amend=True)  # the last step was elsewhere
    session.undo()
    assert saved(project)[1][0]["speaker"] == "the council"
    assert [c["label"] for c in saved(project)[2]][:1] == ["fact"]


def test_ditto_reaches_back_over_paragraphs_and_skips_boilerplate(make_session: MakeSession,
                                                                   project: Project) -> None:
    session = make_session()
    session.resume()
    session.label("fact")
    session.label("framing", {"device": "hedging"})
    session.goto(0, 2, 0)
    session.ditto()  # paragraph 1's last claim, across the paragraph break
    assert (saved(project)[2][0]["label"], saved(project)[2][0]["device"]) == ("framing", "hedging")
    session.label("fact")
    session.goto(0, 4, 0)  # paragraph 3 is boilerplate
    session.ditto()
    assert saved(project)[4][0]["label"] == "fact"


def test_ditto_takes_the_speaker_before_over_the_suggestions_and_the_quote_type_of_its_own_words(
        make_session: MakeSession, project: Project) -> None:
    def suggests_a_speaker(article: object, index: int) -> list[SuggestedClaim]:
        return [SuggestedClaim(0, 26, Suggestion("quote", frozen_attributes(
            {"speaker": "council", "quote_type": "mixed"}), "test"))]

    session = make_session(suggester=suggests_a_speaker)
    session.goto(0, 2, 0)
    session.label("quote", {"speaker": "the mayor", "quote_type": "direct"})
    session.goto(0, 4, 0)
    session.compute_suggestions(session.article, 4)
    assert session.focused is not None and session.focused.suggestion is not None
    session.ditto()
    first = saved(project)[4][0]
    # the speaker is the claim before's, not the suggestion's; the quote type is the suggester's reading of
    # this span, not the claim before's
    assert (first["label"], first["speaker"], first.get("quote_type")) == ("quote", "the mayor", "mixed")


def test_ditto_without_suggestions_reads_the_quote_type_from_the_claims_own_marks(
        make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.goto(0, 2, 0)  # “We are pleased,” said the mayor.
    session.label("quote", {"speaker": "the mayor"})
    session.goto(0, 4, 0)  # Officials said the plan would take a year.
    session.ditto()
    data = saved(project)
    assert (data[2][0]["speaker"], data[2][0]["quote_type"]) == ("the mayor", "direct")
    assert (data[4][0]["label"], data[4][0]["speaker"], data[4][0]["quote_type"]) == ("quote", "the mayor", "indirect")


def test_ditto_keeps_a_direct_quotation_direct_over_words_with_no_mark_and_no_cue(tmp_path: Path) -> None:
    """An answer read out sentence by sentence: "." goes on in the direct voice; a cue of its own, or an
    indirect claim before, gives the claim the quote type of its words."""
    from workbench.suggest import suggest_attributes, suggest_paragraph

    project = write_project(tmp_path / "p", {"bridge.md": (
        "---\ntitle: Bridge\n---\n\n"
        "“We will rebuild the bridge,” said Jane Okafor, the mayor.\n\n"
        "The old one was never safe.\n\n"
        "She added that the work would start in May.\n\n"
        "The cost is still unknown.\n"
    )})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock(),
                      suggester=suggest_paragraph, attribute_suggester=suggest_attributes)
    session.resume()
    for index in range(4):
        session.goto(0, index, 0)
        session.compute_suggestions(session.article, index)
        if index == 0:
            session.label("quote", {"speaker": "Jane Okafor"})
        else:
            session.ditto()
    types = [claims[0]["quote_type"] for claims in saved(project, "bridge").values()]
    assert types == ["direct", "direct", "indirect", "indirect"]
    assert {claims[0]["speaker"] for claims in saved(project, "bridge").values()} == {"Jane Okafor"}


def test_ditto_reads_the_marks_where_the_suggester_has_not_read_the_span(tmp_path: Path) -> None:
    """Before the suggestions are computed (or once the article's analysis is evicted), nothing says the span has
    no cue: "Officials said …" after a direct quotation is indirect, as its marks say."""
    from workbench import suggest

    project = write_project(tmp_path / "p", {"bridge.md": (
        "---\ntitle: Bridge\n---\n\n“We will rebuild the bridge,” said Jane Okafor.\n\n"
        "Officials said the old one was never safe.\n"
    )})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock(),
                      suggester=suggest.suggest_paragraph, attribute_suggester=suggest.suggest_attributes)
    session.resume()
    suggest._CACHE.clear()
    session.label("quote", {"speaker": "Jane Okafor"})
    session.ditto()
    assert [claims[0]["quote_type"] for claims in saved(project, "bridge").values()] == ["direct", "indirect"]


def test_ditto_copies_the_framing_device_before(make_session: MakeSession, project: Project) -> None:
    session = make_session()
    session.goto(0, 2, 1)  # Critics called it a *disgrace*.
    session.label("framing", {"device": "loaded language"})
    session.goto(0, 4, 1)  # Nobody believes that.
    session.ditto()
    assert saved(project)[4][1]["device"] == "loaded language"


# ---------------------------------------------------------------- attributes of a label the suggester did not propose


def test_a_label_key_over_another_suggestion_takes_the_suggesters_reading_of_the_span(
        make_session: MakeSession, project: Project) -> None:
    asked: list[tuple[int, int, int, str]] = []

    def attributes(article: object, index: int, start: int, end: int, label: str) -> dict[str, str]:
        asked.append((index, start, end, label))
        return {"quote_type": "direct", "device": "loaded language", "speaker": "ignored"} if label == "quote" else {}

    session = make_session(suggester=suggester, attribute_suggester=attributes)  # it suggests a quotation
    session.resume()
    session.compute_suggestions(session.article, 1)
    session.label("fact")
    assert not asked, "a fact has no quote type or device to read"
    session.undo()
    asked.clear()
    session.label("quote", {"speaker": "mayor"})
    first = saved(project)[1][0]
    assert not asked, "the suggestion proposed this label: its values, not a second reading"
    assert (first["speaker"], first.get("quote_type")) == ("mayor", "indirect"), "it has none: the marks' (none)"
    session.undo()
    session.compute_suggestions(session.article, 1)
    asked.clear()
    session.toggle_suggestions()
    session.label("quote", {"speaker": "mayor"})
    assert not asked, "suggestions off: nothing is proposed"


def test_a_relabelled_claim_gets_the_read_quote_type_but_what_the_analyst_gives_wins(
        make_session: MakeSession, project: Project) -> None:
    def fact_suggester(article: object, index: int) -> list[SuggestedClaim]:
        return [SuggestedClaim(0, 26, Suggestion("fact", frozen_attributes({}), "test"))]

    def attributes(article: object, index: int, start: int, end: int, label: str) -> dict[str, str]:
        return {"quote_type": "direct", "device": "hedging"}

    session = make_session(suggester=fact_suggester, attribute_suggester=attributes)
    session.resume()
    session.compute_suggestions(session.article, 1)
    session.label("quote", {"speaker": "mayor"}, advance=False)
    claim = saved(project)[1][0]
    assert (claim["speaker"], claim["quote_type"], claim.get("device")) == ("mayor", "direct", None)
    session.label("quote", {"speaker": "mayor", "quote_type": "mixed"}, advance=False)
    assert saved(project)[1][0]["quote_type"] == "mixed"


def test_without_suggestions_a_quotation_key_takes_the_quote_type_its_marks_show(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"talk.md": (
        "---\ntitle: Talk\n---\n\n"
        "“The bridge will reopen in May,” said Jane Okafor. Tom Reyes called the plan “a fantasy” at the meeting.\n\n"
        "“We will keep checking\n\n"
        "“and we will tell you,” she added. The weather was fine.\n"
    )})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    session.label("quote", {"speaker": "Jane Okafor"})
    session.label("quote", {"speaker": "Tom Reyes"})
    session.label("quote", {"speaker": "Jane Okafor"})  # the quotation runs on into the next paragraph
    session.label("quote", {"speaker": "Jane Okafor", "quote_type": "indirect"})  # what the analyst gives wins
    data = saved(project, "talk")
    assert [c["quote_type"] for c in data[0]] == ["direct", "mixed"]
    assert data[1][0]["quote_type"] == "direct" and data[2][0]["quote_type"] == "indirect"


def test_a_scheme_without_those_quote_types_gets_none_from_the_marks(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"talk.md": "---\ntitle: Talk\n---\n\n“Yes,” she said.\n"})
    labels = project.root / "labels.yaml"
    labels.write_text(labels.read_text(encoding="utf-8").replace("[direct, indirect, mixed]", "[verbatim, reported]"),
                      encoding="utf-8")
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.resume()
    session.label("quote", {"speaker": "she"})
    assert "quote_type" not in saved(project, "talk")[0][0]


def test_a_quote_type_the_scheme_does_not_offer_is_never_written(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", {"talk.md": (
        "---\ntitle: Talk\n---\n\n“Yes,” she said. She added that the plan was sound.\n")})
    labels = project.root / "labels.yaml"
    labels.write_text(labels.read_text(encoding="utf-8").replace("[direct, indirect, mixed]", "[verbatim, reported]"),
                      encoding="utf-8")

    def suggests(article: object, index: int) -> list[SuggestedClaim]:
        return [SuggestedClaim(17, 50, Suggestion("quote", frozen_attributes(
            {"speaker": "she", "quote_type": "indirect"}), "test"))]

    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock(),
                      suggester=suggests, attribute_suggester=lambda *args: {"quote_type": "direct"})
    session.resume()
    session.label("quote", {"speaker": "she"})
    session.compute_suggestions(session.article, 0)
    session.ditto()
    claims = saved(project, "talk")[0]
    assert [c.get("quote_type") for c in claims] == [None, None]


def test_no_attributes_are_read_without_a_suggester(make_session: MakeSession, project: Project) -> None:
    def attributes(article: object, index: int, start: int, end: int, label: str) -> dict[str, str]:
        raise AssertionError("asked without suggestions")

    session = make_session(attribute_suggester=attributes)  # --no-suggest: the analyst must not be primed
    session.resume()
    paragraph = session.cursor.paragraph
    session.label("quote", {"speaker": "mayor"})
    # only what the marks show (none here): a count, not the suggester's reading
    assert saved(project)[paragraph][0]["quote_type"] == "indirect"
    session.goto(0, 2, 1)
    session.label("framing")
    assert "device" not in saved(project)[2][1]
