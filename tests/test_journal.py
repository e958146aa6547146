"""The journal: each action's line, replayed, gives exactly the state the session holds."""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path

import pytest
from tui_support import make_project, open_session

from workbench.edits import EditRefused
from workbench.journal import changed_run, current_data, journal_path, replay
from workbench.model import Claim
from workbench.session import Session, SessionError
from workbench.store import doc_to_data
from workbench.yamlio import YamlError

LONG = " ".join(f"Sentence {n} is about the budget." for n in range(40))
ARTICLES = {"a-long": f"---\ntitle: Long\n---\n\n{LONG}\n\nShort one. Another one.\n"}


def journal_lines(session: Session) -> list[dict[str, object]]:
    assert session.journal is not None
    return [json.loads(line) for line in session.journal.path.read_text().splitlines() if line]


def expected(session: Session) -> list[dict[str, object]]:
    doc = session.doc_for(session.article)
    return list(doc_to_data(doc)["paragraphs"])


def test_changed_run_rebuilds_the_new_list() -> None:
    rng = random.Random(3)
    pool = [Claim(i, i + 1) for i in range(30)]
    for _ in range(500):
        old = tuple(rng.sample(pool, rng.randint(0, 12)))
        new = list(old)
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, len(new))
            new[at:at + rng.randint(0, 2)] = rng.sample(pool, rng.randint(0, 2))
        first, old_end, new_end = changed_run(old, tuple(new))
        assert [*old[:first], *new[first:new_end], *old[old_end:]] == new
        assert first <= old_end and first <= new_end


def test_a_label_key_journals_only_the_claims_it_changed(tmp_path: Path) -> None:
    _, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    session.label("framing")
    lines = journal_lines(session)
    assert "claims" in lines[0]["entry"] and len(lines[0]["entry"]["claims"]) == 40  # type: ignore[index, arg-type]
    splice = lines[1]["entry"]["splice"]  # type: ignore[index]
    assert splice == {"of": 40, "start": 1, "end": 2, "claims": [splice["claims"][0]]}
    assert splice["claims"][0]["label"] == "framing"


def test_random_actions_replay_to_the_sessions_state(tmp_path: Path) -> None:
    """Whatever the actions, YAML + journal (what a crash would leave) equals what the session shows."""
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    rng = random.Random(11)
    actions = [
        lambda: session.label(rng.choice(["fact", "framing"])),
        lambda: session.label("quote", {"speaker": rng.choice(["Ann", "Bob"])}),
        session.clear, session.merge_next, session.split, session.undo, session.redo,
        lambda: session.move_end(rng.random() < 0.5), lambda: session.move_start(rng.random() < 0.5),
        session.next_claim, session.previous_claim, session.previous_claim,
        lambda: session.set_note(rng.choice(["", "check this"])),
        session.toggle_boilerplate, session.next_paragraph, session.previous_paragraph,
    ]
    store = project.store("ana")
    for step in range(300):
        with contextlib.suppress(EditRefused, SessionError):
            rng.choice(actions)()
        if step % 37 == 36:
            assert session.flush()  # the journal is emptied; later lines start afresh
        data = current_data(store, "a-long") or {"paragraphs": []}
        assert data["paragraphs"] == expected(session), f"step {step}"
    assert any("splice" in line["entry"] for line in journal_lines(session))  # type: ignore[operator]
    store.unlock()
    replay(store)  # what the next start does after a crash
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]


@pytest.mark.parametrize("background", [False, True])
def test_after_a_rewrite_the_first_change_is_a_splice_of_the_written_file(tmp_path: Path, background: bool) -> None:
    """A 1 MB paragraph has thousands of claims: the first key after each pause must not journal them all."""
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    session.label("fact")
    if background:  # as the screen does it: snapshot, write in a worker, settle
        job = session.begin_flush()
        assert job is not None
        session.end_flush(job, session.write_flush(job))
    else:
        assert session.flush()
    assert journal_lines(session) == []
    session.label("framing")
    (line,) = journal_lines(session)
    splice = line["entry"]["splice"]  # type: ignore[index]
    assert splice["of"] == 40 and len(splice["claims"]) == 1 and splice["claims"][0]["label"] == "framing"
    store = project.store("ana")
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]
    store.unlock()
    replay(store)  # a crash now: the file plus the splice give the session's state
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]
    assert not journal_path(store).read_text()


def test_a_splice_that_does_not_fit_keeps_the_journal(tmp_path: Path) -> None:
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    session.label("fact")
    path = journal_path(project.store("ana"))
    lines = path.read_text().splitlines()
    second = json.loads(lines[1])
    second["entry"]["splice"]["of"] = 39
    path.write_text(lines[0] + "\n" + json.dumps(second) + "\n")
    session.store.unlock()
    with pytest.raises(YamlError, match="does not fit"):
        replay(project.store("ana"))
    assert path.read_text().count("\n") == 2  # nothing lost: the journal stays for a fix


def test_a_splice_is_refused_like_a_whole_entry_when_a_value_would_change_on_loading(tmp_path: Path) -> None:
    """Loading cleans escape sequences from notes and attributes: a line that holds one is never acknowledged."""
    from workbench.journal import Journal
    from workbench.model import Claim

    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    journal = Journal(project.store("ana"))
    entry = {"index": 0, "sha256": "x", "status": "open",
             "splice": {"of": 40, "start": 1, "end": 2, "claims": [{"start": 0, "end": 1, "label": "quote",
                                                                   "speaker": "evil\x1b]0;pwned\x07"}]}}
    with pytest.raises(OSError, match="escape sequences"):
        journal.append({"article": "a-long", "entry": entry}, (Claim(0, 1),))
    journal.close()
    session.store.unlock()


def test_the_first_change_after_a_restart_is_a_splice_of_the_loaded_file(tmp_path: Path) -> None:
    """Opening an article and labelling its 1 MB paragraph must not journal every claim of it."""
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    for _ in range(3):
        session.label("fact")
    assert session.flush()
    session.store.unlock()
    project, session = open_session(tmp_path / "p")  # a new day: the file is all there is
    session.label("framing")
    (line,) = journal_lines(session)
    splice = line["entry"]["splice"]  # type: ignore[index]
    assert splice["of"] == 40 and len(splice["claims"]) == 1 and splice["claims"][0]["label"] == "framing"
    store = project.store("ana")
    store.unlock()
    replay(store)  # a crash now: the file as loaded plus the splice give the session's state
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]
    labels = [c.get("label") for c in current_data(store, "a-long")["paragraphs"][0]["claims"]]  # type: ignore[index]
    assert labels[:5] == ["fact", "fact", "fact", "framing", None]


def test_a_paragraph_the_load_re_anchored_is_journalled_whole(tmp_path: Path) -> None:
    """Its claims no longer match the file's list one for one, so a splice of that list would be wrong."""
    root = make_project(tmp_path / "p", ARTICLES)
    project, session = open_session(root)
    session.label("fact")
    assert session.flush()
    session.store.unlock()
    article = root / "corpus" / "a-long.md"
    article.write_text(article.read_text().replace("Sentence 0 is", "A new opening. Sentence 0 is"))  # offsets move
    project, session = open_session(root)
    assert session.load_problems == []
    session.next_claim()
    session.label("framing")
    (line,) = journal_lines(session)
    assert "splice" not in line["entry"] and len(line["entry"]["claims"]) == 40  # type: ignore[index, arg-type]
    store = project.store("ana")
    store.unlock()
    replay(store)
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]


@pytest.mark.parametrize("moment", ["after the write", "after a key during the write"])
def test_a_crash_around_a_background_save_replays_to_the_sessions_state(tmp_path: Path, moment: str) -> None:
    """The worker may rewrite a file before the journal is emptied (a crash, or a key pressed meanwhile):
    replaying lines spliced against the old file onto the new one must still give the session's state."""
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    assert session.flush()
    session.merge_next()  # spliced against the file: one claim fewer
    job = session.begin_flush()
    assert job is not None
    error = session.write_flush(job)
    if moment == "after a key during the write":
        session.label("framing")
        session.end_flush(job, error)  # a line arrived meanwhile: the journal is kept
    store = project.store("ana")
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]
    store.unlock()
    replay(store)
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]


def test_a_crash_after_a_partial_save_replays_to_the_sessions_state(tmp_path: Path) -> None:
    """flush() wrote one article and failed on the next: the written one's old lines must not break replay."""
    articles = {**ARTICLES, "b-short": "---\ntitle: B\n---\n\nOne claim here. And another.\n"}
    project, session = open_session(make_project(tmp_path / "p", articles))
    session.label("fact")
    assert session.flush()
    session.merge_next()
    session.goto_id("b-short", 0)
    session.label("fact")
    store = project.store("ana")
    blocked = store.path("b-short")
    blocked.mkdir(parents=True)  # a directory where the file goes: its write fails
    assert not session.flush()
    blocked.rmdir()
    store.unlock()
    replay(store)
    session.goto_id("a-long", 0)
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]


def test_a_file_whose_paragraphs_moved_is_rewritten_before_a_change_is_journalled(tmp_path: Path) -> None:
    """After a re-import added a paragraph before labelled ones, the file's indices are not the article's:
    a journal line for the new paragraph 1 replayed onto the file would replace the old paragraph 1's labels."""
    articles = {"a-moved": "---\ntitle: M\n---\n\nFirst one.\n\nSecond one. More.\n"}
    root = make_project(tmp_path / "p", articles)
    project, session = open_session(root)
    session.goto_id("a-moved", 1)
    session.label("fact")
    session.label("framing")
    assert session.flush()
    session.store.unlock()
    article = root / "corpus" / "a-moved.md"
    article.write_text("---\ntitle: M\n---\n\nFirst one.\n\nA new paragraph.\n\nSecond one. More.\n")
    project, session = open_session(root)
    session.goto_id("a-moved", 1)
    session.label("quote")  # then a crash, before any pause
    store = project.store("ana")
    store.unlock()
    replay(store)
    paragraphs = {p["index"]: p for p in current_data(store, "a-moved")["paragraphs"]}  # type: ignore[index]
    assert [c.get("label") for c in paragraphs[2]["claims"]] == ["fact", "framing"]
    assert [c.get("label") for c in paragraphs[1]["claims"]] == ["quote"]


def test_while_a_file_cannot_be_written_each_key_journals_only_what_it_changed(tmp_path: Path) -> None:
    """In the error state every save goes through flush(): whole states of paragraphs the key did not
    touch are already the journal's last lines and are not written again."""
    articles = {"b-short": "---\ntitle: B\n---\n\nOne claim here. And another.\n\nA second paragraph.\n"}
    project, session = open_session(make_project(tmp_path / "p", articles))
    session.goto_id("b-short", 1)
    session.label("fact")
    session.goto_id("b-short", 0)
    blocked = project.store("ana").path("b-short")
    blocked.mkdir(parents=True)  # a directory where the file goes: its write fails
    session.label("fact")
    assert not session.flush() and session.save_error is not None
    before = len(journal_lines(session))
    for _ in range(4):
        session.undo()
        session.redo()
    added = journal_lines(session)[before:]
    assert len(added) == 8  # one whole state of the paragraph each key changed, none of the other's
    assert {line["entry"]["index"] for line in added} == {0}  # type: ignore[index]
    blocked.rmdir()
    assert session.flush()


def test_an_article_opened_before_a_save_of_another_still_journals_splices(tmp_path: Path) -> None:
    """Emptying the journal keeps the bases of files it did not touch (loaded, unchanged)."""
    articles = {**ARTICLES, "b-short": "---\ntitle: B\n---\n\nOne claim here. And another.\n"}
    root = make_project(tmp_path / "p", articles)
    _, session = open_session(root)
    session.label("fact")
    assert session.flush()
    session.store.unlock()
    _, session = open_session(root)  # a new day: a-long is loaded from its file
    session.goto_id("b-short", 0)
    session.label("fact")
    assert session.flush()  # b-short written, journal emptied
    session.goto_id("a-long", 0)
    session.next_claim()
    session.label("framing")
    (line,) = journal_lines(session)
    assert "splice" in line["entry"]  # type: ignore[operator]


def test_a_line_with_an_index_that_is_not_a_number_is_skipped_on_replay(tmp_path: Path) -> None:
    project, session = open_session(make_project(tmp_path / "p", ARTICLES))
    session.label("fact")
    assert session.journal is not None
    with session.journal.path.open("a") as handle:
        handle.write(json.dumps({"article": "a-long", "entry": {"index": [0], "claims": []}}) + "\n")
    store = project.store("ana")
    store.unlock()
    replay(store)
    assert current_data(store, "a-long")["paragraphs"] == expected(session)  # type: ignore[index]
