"""Text the dumpers mangle and offsets that drift.

Save-then-load of arbitrary Unicode (lone surrogates, NEL, line and
paragraph separators, raw ESC, very long lines) in notes, speakers and
paragraph text is lossless, or refused with the old file left as it was and
the next start still possible. Offsets are code points of NFC text: spans
over emoji with joiners, combining accents, CJK, Hebrew and Arabic keep
matching their stored text through a save, a restart and an export. When an
article is edited between two runs, labelled claims follow their text or
are reported by `workbench validate` as unplaced, and are never dropped.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import FixedClock, write_project
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from workbench.cli import cli
from workbench.journal import Journal, replay
from workbench.model import Article, ArticleMeta, Claim, Paragraph, ParagraphState, frozen_attributes
from workbench.project import Project
from workbench.segment import sentence_spans
from workbench.session import Session
from workbench.store import AnnotationDoc, AnnotationStore, ParagraphRecord, StoreError
from workbench.textclean import canonical
from workbench.yamlio import load_file

NASTY = ["\ud800", "\udfff", "\ud83d", "\x85", "\u2028", "\u2029", "\x1b", "\x1b[31m", "\x1b]0;t\x07", "\r", "\r\n",
         "\t", "\x00", "\x7f", "\x9b", "\ufeff", "\ufffe", "\uffff", "\U0010ffff", "\u200b", "\u00a0", " ", "\n",
         "'", '"', "#", ": ", "- ", "&a", "*a", "!!python/none", "%YAML", "---", "...", "no", "012", "1.10"]


def unicode_text(min_size: int = 0) -> st.SearchStrategy[str]:
    """Any code point, surrogates included, with the known troublemakers and a chance of a very long line."""
    piece = st.one_of(
        st.text(st.characters(exclude_categories=()), min_size=1, max_size=8),  # () keeps lone surrogates
        st.sampled_from(NASTY),
        st.just("x" * 5000),
    )
    return st.lists(piece, min_size=min_size, max_size=8).map("".join)


def article_of(texts: list[str]) -> Article:
    return Article("art", ArticleMeta(title="t"),
                   tuple(Paragraph(i, "content", t) for i, t in enumerate(texts)))


OLD = "format: workbench-annotations/1\narticle: art\nannotator: ana\ntext_sha256: ''\nupdated: ''\nparagraphs: []\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=unicode_text(min_size=1), note=unicode_text(), speaker=unicode_text(), data=st.data())
@example(text="a\x85b\u2028c", note="\x85", speaker="\u2028", data=None)
@example(text="x", note="\x1b[31m", speaker="\u202e", data=None)
@example(text="x\x1b[31m" * 5000, note="x" * 5000, speaker="\ud800", data=None)
def test_store_save_then_load_is_lossless_or_refused_with_the_old_file_intact(
    tmp_path_factory: pytest.TempPathFactory, text: str, note: str, speaker: str, data: Any
) -> None:
    start, end = (0, len(text)) if data is None else sorted(
        data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2, unique=True)))
    store = AnnotationStore(tmp_path_factory.mktemp("annotations"), "ana")
    target = store.path("art")
    target.parent.mkdir(parents=True)
    target.write_text(OLD, encoding="utf-8")
    claim = Claim(start, end, "quote", frozen_attributes({"speaker": speaker}), note, "2024-01-01T00:00:00Z")
    doc = AnnotationDoc("art", "ana", paragraphs={0: ParagraphRecord(text, ParagraphState((claim,), None, True))})
    try:
        store.save(doc)
    except StoreError as exc:
        assert target.read_text(encoding="utf-8") == OLD, "a refused save changed the file"
        assert not list(target.parent.glob(".tmp-*")), "a refused save left a temp file"
        assert str(target) in str(exc)
        return
    loaded, problems = store.load(article_of([text]))
    assert not problems and not loaded.unplaced, (problems, loaded.unplaced)
    assert loaded.paragraphs[0].state.claims == (claim,)


def shown_then_restarted(project: Project, speaker: str, note: str, crash: bool) -> tuple[
        tuple[str, str], tuple[bool, bool], tuple[str, str]]:
    """Set a speaker and a note in a session: what the analyst then sees, which save was refused, and what
    the next start loads (after a crash before the YAML rewrite, or after a normal flush)."""
    store = project.store("ana")
    store.lock()
    journal = Journal(store)
    session = Session(project.corpus(), project.scheme(), store, clock=FixedClock(), journal=journal)
    session.goto_id("alpha", 1)
    session.label("quote", advance=False)
    assert session.flush()
    before = store.path("alpha").read_bytes()
    session.set_attributes({"speaker": speaker})
    speaker_refused = session.save_error is not None
    session.set_note(note)
    note_refused = session.save_error is not None
    claim = session.focused
    assert claim is not None
    shown = (claim.attributes.get("speaker", ""), claim.note)
    if not crash:
        assert session.flush() != note_refused, "the YAML file holds exactly what the journal acknowledged"
    if note_refused:
        assert store.path("alpha").read_bytes() == before, "a refused save changed the file"
    journal.close()
    store.unlock()
    again = project.store("ana")
    again.lock()
    try:
        replay(again)  # must not raise: a journal that refuses every start would lock the analyst out
        doc, problems = again.load(project.corpus().get("alpha"))
    finally:
        again.unlock()
    assert not problems
    loaded = doc.paragraphs[1].state.claims[0]
    return shown, (speaker_refused, note_refused), (loaded.attributes.get("speaker", ""), loaded.note)


def check_shown_is_kept(shown: tuple[str, str], refused: tuple[bool, bool], loaded: tuple[str, str]) -> None:
    if not refused[0] and not refused[1]:
        assert loaded == shown, f"the analyst saw {shown!r}; the next start shows {loaded!r}"
    elif not refused[0]:
        assert loaded == (shown[0], ""), "only the refused note is missing"
    else:
        assert loaded == ("", ""), "refused actions never reach the files"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=unicode_text(), speaker=unicode_text(), crash=st.booleans())
@example(note="bad \ud800 note", speaker="ok", crash=True)
@example(note="\u2028 x \u2029", speaker="\ud83d", crash=False)
def test_what_a_session_shows_as_saved_is_what_the_next_start_loads(
    tmp_path_factory: pytest.TempPathFactory, note: str, speaker: str, crash: bool
) -> None:
    project = write_project(tmp_path_factory.mktemp("p") / "project")
    check_shown_is_kept(*shown_then_restarted(project, speaker, note, crash))


@pytest.mark.parametrize("value", ["\x1b[31mred", "a\x85b", "\u202eevil", "bell\x07", "\x9b31m", "\ud800x"])
@pytest.mark.parametrize("crash", [False, True])
def test_escapes_controls_and_surrogates_in_notes_are_never_saved_altered(tmp_path: Path, value: str,
                                                                          crash: bool) -> None:
    """Loading removes what a terminal would interpret: what the analyst sees must be what is saved."""
    project = write_project(tmp_path / "project")
    shown, refused, loaded = shown_then_restarted(project, value, value, crash)
    check_shown_is_kept(shown, refused, loaded)


@settings(max_examples=150, deadline=None)
@given(text=unicode_text())
@example(text="e\u0301\u0301 q\u0303 \u212b \u1100\u1161\u11a8")
def test_canonical_text_is_idempotent_safe_and_always_storable(tmp_path_factory: pytest.TempPathFactory,
                                                              text: str) -> None:
    clean = canonical(text)
    assert canonical(clean) == clean
    assert unicodedata.is_normalized("NFC", clean)
    assert not any(0xD800 <= ord(c) <= 0xDFFF or (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F
                   for c in clean)
    assume(clean)
    store = AnnotationStore(tmp_path_factory.mktemp("annotations"), "ana")
    claim = Claim(0, len(clean), "fact")
    store.save(AnnotationDoc("art", "ana", paragraphs={0: ParagraphRecord(clean, ParagraphState((claim,), None,
                                                                                                   True))}))
    loaded, problems = store.load(article_of([clean]))
    assert not problems and loaded.paragraphs[0].state.claims[0].text_in(clean) == clean


# ---------------------------------------------------------------- offsets over hard scripts

HARD = {
    "family": "The family 👩\u200d👩\u200d👧\u200d👦 arrived. Then 🏳️\u200d🌈 flew and 👍🏽 followed.",
    "combining": "Cafe\u0301 owners (decomposed) met. The q\u0303 and e\u0301\u0301 stayed. Ångström \u212b too.",
    "cjk": "東京の会議は月曜日に開かれた。予算は承認された。「素晴らしい」と市長は述べた。",
    "hebrew": "הממשלה אישרה את התקציב. השר אמר כי \"זה יום חשוב\".",
    "arabic": "وافقت الحكومة على الميزانية. وقال الوزير إن القرار \"تاريخي\".",
    "mixed": "In Jerusalem, ירושלים, officials said: «Ça va» — 你好! The flag 🇺🇦 stayed.",
}


def hard_project(root: Path) -> Project:
    # Written decomposed (NFD): loading must compose, and every offset counts composed code points.
    body = "\n\n".join(unicodedata.normalize("NFD", text) for text in HARD.values())
    return write_project(root, {"hard.md": f"---\ntitle: Hard scripts\noutlet: Test\n---\n\n{body}\n"})


def test_spans_over_emoji_accents_cjk_hebrew_arabic_match_their_text_after_save_restart_and_export(
    tmp_path: Path
) -> None:
    project = hard_project(tmp_path / "project")
    article = project.corpus().get("hard")
    assert [p.text for p in article.paragraphs] == [unicodedata.normalize("NFC", t) for t in HARD.values()]
    store = project.store("ana")
    session = Session(project.corpus(), project.scheme(), store, clock=FixedClock())
    session.goto_id("hard")
    expected: dict[int, list[tuple[int, int, str]]] = {}
    for index, paragraph in enumerate(article.paragraphs):
        session.cursor = session.cursor.__class__(session.cursor.article, index, 0)
        spans = sentence_spans(paragraph.text)  # (CJK without spaces comes out as one sentence)
        for n in range(len(spans)):
            session.cursor = session.cursor.__class__(session.cursor.article, index, n)
            session.label("fact" if n % 2 else "framing", advance=False)
        expected[index] = [(c.start, c.end, paragraph.text[c.start:c.end]) for c in session.claims(index)]

    restarted = Project(project.root)
    doc, problems = restarted.store("ana").load(restarted.corpus().get("hard"))
    assert not problems and not doc.unplaced
    for index, paragraph in enumerate(restarted.corpus().get("hard").paragraphs):
        claims = doc.paragraphs[index].state.claims
        assert [(c.start, c.end, paragraph.text[c.start:c.end]) for c in claims] == expected[index]

    stored = {e["index"]: [(c["start"], c["end"], c["text"]) for c in e["claims"]]
              for e in load_file(store.path("hard"))["paragraphs"]}
    assert stored == expected, "the file holds the code-point offsets and the very text of each claim"

    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--out", "-", "--annotator", "ana",
                                      "--project", str(project.root)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    for record in records:
        for span in record["spans"]:
            assert record["text"][span["start"]:span["end"]] == span["text"]


# ---------------------------------------------------------------- an article edited between two runs

BEFORE = """---
title: Edited later
---

The council met on Monday. It approved the budget.

“We are pleased,” said the mayor 👩‍⚖️. Critics called it a disgrace.

Officials 👍🏽 said the plan would take a year. Nobody believes that.

The final paragraph stays as it is.
"""

AFTER = """---
title: Edited later
---

A new first paragraph was inserted. It has two sentences.

The council met on Monday. It approved the budget after a long debate.

Officials 👍🏽 said the plan would take a year. Nobody believes that.

“We are pleased,” said the mayor 👩‍⚖️. Critics called it a shambles.

The final paragraph stays as it is.
"""


def label_everything(project: Project) -> dict[str, str]:
    """First run: every claim labelled; returns claim text -> label."""
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock())
    session.goto_id("edited")
    labels = {}
    article = session.article
    for index, paragraph in enumerate(article.paragraphs):
        for n, (start, end) in enumerate(sentence_spans(paragraph.text)):
            session.cursor = session.cursor.__class__(session.cursor.article, index, n)
            label = ("fact", "framing")[(index + n) % 2]
            session.label(label, advance=False)
            labels[paragraph.text[start:end]] = label
    session.set_note("kept through the edit")
    return labels


def test_an_article_edited_between_two_runs_keeps_every_labelled_claim(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", {"edited.md": BEFORE})
    labels = label_everything(project)
    path = project.corpus_dir / "edited.md"
    path.write_text(AFTER, encoding="utf-8")

    # Second run: the workbench opens the edited article and the analyst keeps working.
    second = Project(project.root)
    session = Session(second.corpus(), second.scheme(), second.store("ana"), clock=FixedClock())
    session.goto_id("edited")
    article = session.article
    placed = {}
    for index, paragraph in enumerate(article.paragraphs):
        for claim in session.claims(index):
            if claim.label is not None:
                placed[paragraph.text[claim.start:claim.end]] = claim.label
    doc = session.doc
    unplaced = {u["text"]: u["label"] for u in doc.unplaced if u.get("label")}
    texts = [p.text for p in article.paragraphs]
    still_there = {t for t in labels if any(t in text for text in texts)}
    assert {"The council met on Monday.", "Officials 👍🏽 said the plan would take a year.",
            "The final paragraph stays as it is."} <= still_there
    # Claims whose text is still there followed it (the moved paragraph, the unchanged sentences) ...
    assert {t: placed.get(t) for t in still_there} == {t: labels[t] for t in still_there}
    # ... and the changed ones are kept as unplaced, with their labels: nothing is dropped.
    assert {t: unplaced.get(t) for t in set(labels) - still_there} == {
        t: labels[t] for t in set(labels) - still_there}
    assert "It approved the budget." in unplaced

    # The analyst labels one claim of the new paragraph: the save keeps the unplaced claims in the file.
    session.goto_id("edited", 0)
    session.label("fact")
    reloaded, _ = Project(project.root).store("ana").load(Project(project.root).corpus().get("edited"))
    assert {u["text"] for u in reloaded.unplaced if u.get("label")} == set(unplaced)

    result = CliRunner().invoke(cli, ["validate", "--project", str(project.root)])
    assert result.exit_code == 1
    for text in set(labels) - still_there:
        assert text[:20] in result.output and "edited.yaml" in result.output, result.output
