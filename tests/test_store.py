"""The annotation store: file format, atomic saves, the lock, re-anchoring, never losing a claim."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workbench.model import Article, ArticleMeta, Claim, Paragraph, ParagraphState, frozen_attributes
from workbench.store import (
    FORMAT,
    AnnotationDoc,
    AnnotationStore,
    ParagraphRecord,
    StoreError,
    StoreLocked,
    annotation_files,
    check_name,
    claim_from_data,
    doc_to_data,
    sweep_temp_files,
)
from workbench.yamlio import dumps, load_file

P0 = "Kosovo is calling for NATO intervention. Shots were fired at the border."
P1 = "“We will not give in,” the prime minister said. Critics called it reckless."
P2 = "Serbia remains a major hotspot."


def article(*texts: str, article_id: str = "story") -> Article:
    paragraphs = tuple(Paragraph(i, "content", t) for i, t in enumerate(texts))
    return Article(article_id, ArticleMeta(title="Story"), paragraphs)


def claim(text: str, part: str, label: str | None = "fact", **attributes: str) -> Claim:
    start = text.index(part)
    return Claim(start, start + len(part), label, frozen_attributes(attributes), labelled_at="2024-01-01T00:00:00Z")


def labelled_doc(art: Article, annotator: str = "ana") -> AnnotationDoc:
    doc = AnnotationDoc(art.id, annotator, art.text_sha256)
    first = claim(P0, "Kosovo is calling for NATO intervention.")
    second = claim(P0, "Shots were fired at the border.", label="framing", device="speculation")
    quote = claim(P1, "“We will not give in,” the prime minister said.", label="quote", speaker="prime minister")
    quote = Claim(quote.start, quote.end, quote.label, quote.attributes, "direct speech", quote.labelled_at)
    doc.paragraphs[0] = ParagraphRecord(P0, ParagraphState((first, second), None, True))
    doc.paragraphs[1] = ParagraphRecord(P1, ParagraphState((quote,), None, True))
    return doc


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore(tmp_path / "annotations", "ana")


# ---------------------------------------------------------------- format and round trip


def test_save_and_load_round_trip(store: AnnotationStore) -> None:
    art = article(P0, P1, P2)
    doc = labelled_doc(art)
    path = store.save(doc)
    assert path == store.directory / "story.yaml"
    loaded, problems = store.load(art)
    assert problems == []
    assert loaded.paragraphs.keys() == {0, 1}
    for index in (0, 1):
        assert loaded.paragraphs[index].state == doc.paragraphs[index].state
    assert loaded.unplaced == []


def test_the_file_is_self_contained_and_readable(store: AnnotationStore) -> None:
    art = article(P0, P1, P2)
    data = load_file(store.save(labelled_doc(art)))
    assert list(data) == ["format", "article", "annotator", "text_sha256", "updated", "paragraphs"]
    assert data["format"] == FORMAT
    assert data["article"] == "story" and data["annotator"] == "ana"
    assert data["text_sha256"] == art.text_sha256
    assert data["updated"].endswith("Z")
    first, second = data["paragraphs"]
    assert first["index"] == 0 and first["sha256"] == art.paragraphs[0].sha256 and first["status"] == "done"
    assert first["claims"][0] == {
        "start": 0, "end": 40, "label": "fact", "labelled": "2024-01-01T00:00:00Z",
        "text": "Kosovo is calling for NATO intervention.",
    }
    assert first["claims"][1]["device"] == "speculation"
    assert second["claims"][0]["speaker"] == "prime minister"
    assert second["claims"][0]["note"] == "direct speech"
    assert list(second["claims"][0]) == ["start", "end", "label", "speaker", "note", "labelled", "text"]


def test_bytes_are_deterministic(store: AnnotationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.store.utc_now", lambda: "2024-05-01T10:00:00Z")
    art = article(P0, P1, P2)
    first = store.save(labelled_doc(art)).read_bytes()
    again = store.save(labelled_doc(art)).read_bytes()
    assert first == again
    reloaded, _ = store.load(art)
    assert store.save(reloaded).read_bytes() == first


def test_untouched_paragraphs_are_not_stored_but_boilerplate_overrides_are(store: AnnotationStore) -> None:
    art = article(P0, P1, P2)
    doc = AnnotationDoc(art.id, "ana", art.text_sha256)
    doc.paragraphs[0] = ParagraphRecord(P0, ParagraphState((), None, False))
    doc.paragraphs[2] = ParagraphRecord(P2, ParagraphState((), True, False))
    data = doc_to_data(doc)
    assert data["paragraphs"] == [{"index": 2, "sha256": art.paragraphs[2].sha256, "status": "boilerplate",
                                   "boilerplate": True}]
    store.save(doc)
    loaded, _ = store.load(art)
    assert loaded.state(2) == ParagraphState((), True, False)


def test_hostile_text_survives_a_save(store: AnnotationStore) -> None:
    text = "NEL\x85 LS\u2028 [bold]markup[/] 中文 😀 « guillemets » 'quotes' \"double\" #hash: - dash"
    art = article(text)
    doc = AnnotationDoc(art.id, "ana", art.text_sha256)
    whole = Claim(0, len(text), "fact", note="no: yes")
    doc.paragraphs[0] = ParagraphRecord(text, ParagraphState((whole,), None, True))
    store.save(doc)
    loaded, problems = store.load(art)
    assert problems == []
    assert loaded.paragraphs[0].state == doc.paragraphs[0].state


def test_names_become_path_components_only_when_plain() -> None:
    for good in ("ana", "Ana.B", "r2-d2_x"):
        assert check_name(good, "annotator") == good
    for bad in ("", ".", "..", "../x", "a/b", ".hidden", "-rf", "a b", "x" * 65, "ü"):
        with pytest.raises(ValueError, match="invalid annotator"):
            check_name(bad, "annotator")
    with pytest.raises(ValueError):
        AnnotationStore(Path("annotations"), "../../etc")


def test_annotation_files_are_listed_in_order(tmp_path: Path) -> None:
    root = tmp_path / "annotations"
    for name in ("bob/b.yaml", "bob/a.yaml", "ana/z.yaml", "ana/.tmp-z.yaml.1", "bad name/x.yaml"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    assert [(a, p.name) for a, p in annotation_files(root)] == [("ana", "z.yaml"), ("bob", "a.yaml"), ("bob", "b.yaml")]
    assert [p.name for _, p in annotation_files(root, "bob")] == ["a.yaml", "b.yaml"]
    assert list(annotation_files(tmp_path / "none")) == []


# ---------------------------------------------------------------- atomic writes


def test_failed_replace_leaves_the_old_file_and_no_temp(store: AnnotationStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    art = article(P0, P1, P2)
    path = store.save(labelled_doc(art))
    before = path.read_bytes()
    doc, _ = store.load(art)
    doc.paragraphs.pop(1)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(StoreError) as caught:
        store.save(doc)
    assert str(caught.value) == f"{path}: could not save: the disk is full"
    assert path.read_bytes() == before
    assert [p.name for p in store.directory.iterdir() if p.name.startswith(".tmp-")] == []


def test_unwritable_folder_is_a_clear_error(store: AnnotationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    art = article(P0, P1, P2)
    path = store.save(labelled_doc(art))
    before = path.read_bytes()
    real_open = os.open

    def denied(file: object, flags: int, *args: object) -> int:
        if str(file).rsplit("/", 1)[-1].startswith(".tmp-"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(StoreError, match="the folder is not writable"):
        store.save(labelled_doc(art))
    assert path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_read_only_folder(store: AnnotationStore) -> None:
    art = article(P0, P1, P2)
    path = store.save(labelled_doc(art))
    before = path.read_bytes()
    store.directory.chmod(0o555)
    try:
        with pytest.raises(StoreError, match="not writable"):
            store.save(labelled_doc(art))
    finally:
        store.directory.chmod(0o755)
    assert path.read_bytes() == before


def test_unsaveable_data_is_refused_before_writing(store: AnnotationStore) -> None:
    art = article(P0)
    path = store.save(labelled_doc(article(P0, P1)))
    before = path.read_bytes()
    doc = AnnotationDoc(art.id, "ana", art.text_sha256)
    doc.paragraphs[0] = ParagraphRecord(P0, ParagraphState((Claim(0, 5, "fact", note="lone \ud800"),), None, True))
    with pytest.raises(StoreError, match=str(path)):
        store.save(doc)
    assert path.read_bytes() == before


def test_lock_sweeps_temp_files(store: AnnotationStore) -> None:
    store.directory.mkdir(parents=True)
    (store.directory / ".tmp-story.yaml.999").write_text("half a file", encoding="utf-8")
    (store.directory / "story.yaml").write_text("kept", encoding="utf-8")
    store.lock()
    try:
        assert sorted(p.name for p in store.directory.iterdir()) == [".gitignore", ".lock", "story.yaml"]
    finally:
        store.unlock()
    assert sweep_temp_files(store.directory / "missing") == []


# ---------------------------------------------------------------- the lock


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from workbench.store import AnnotationStore
    AnnotationStore(Path(sys.argv[1]), "ana").lock()
    print("locked", flush=True)
    time.sleep(120)
    """
)


def test_second_writer_is_refused_until_the_first_dies(store: AnnotationStore) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(store.root)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLocked) as caught:
            store.lock()
        message = str(caught.value)
        assert "annotator 'ana' is already working on this project" in message
        assert f"(process {holder.pid})" in message
        assert "--annotator" in message
        assert not store.locked
        other = AnnotationStore(store.root, "bob")
        other.lock()  # another annotator is not affected
        other.unlock()
    finally:
        holder.kill()
        holder.wait(timeout=30)
    store.lock()  # a killed process leaves no stale lock
    assert store.locked
    store.unlock()
    assert not store.locked


def test_lock_in_an_unwritable_place_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "annotations"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot take the annotator's lock"):
        AnnotationStore(blocker, "ana").lock()


# ---------------------------------------------------------------- re-anchoring


def test_paragraphs_inserted_before(store: AnnotationStore) -> None:
    store.save(labelled_doc(article(P0, P1, P2)))
    changed = article("A new first paragraph.", "Another one.", P0, P1, P2)
    doc, problems = store.load(changed)
    assert problems == []
    assert sorted(doc.paragraphs) == [2, 3]
    assert [c.text_in(P0) for c in doc.paragraphs[2].state.claims] == [
        "Kosovo is calling for NATO intervention.", "Shots were fired at the border.",
    ]
    assert doc.paragraphs[3].text == P1
    assert doc.text_sha256 == changed.text_sha256


def test_paragraph_edited_claims_follow_their_text(store: AnnotationStore) -> None:
    store.save(labelled_doc(article(P0, P1, P2)))
    edited = "UPDATE: Kosovo is calling for NATO intervention. More shots were fired."
    doc, problems = store.load(article(edited, P1, P2))
    (kept,) = doc.paragraphs[0].state.claims
    assert kept.text_in(edited) == "Kosovo is calling for NATO intervention."
    assert kept.label == "fact"
    (lost,) = doc.unplaced
    assert lost["text"] == "Shots were fired at the border."
    assert lost["label"] == "framing" and lost["device"] == "speculation" and lost["paragraph"] == 0
    assert len(problems) == 1 and "no longer matches the article; kept as unplaced" in problems[0].message


def test_inserted_and_edited_paragraphs_lose_nothing(store: AnnotationStore) -> None:
    # P0 moves down by one (found by hash) while P1, edited, stays at index 1 and
    # must not overwrite P0's claims there.
    store.save(labelled_doc(article(P0, P1, P2)))
    edited_p1 = "Earlier: “We will not give in,” the prime minister said. Critics called it reckless."
    doc, _ = store.load(article("Inserted.", P0, edited_p1, P2))
    labels = sorted(c.label or "" for r in doc.paragraphs.values() for c in r.state.claims)
    assert labels == ["fact", "framing", "quote"]
    assert doc.unplaced == []
    quote = doc.paragraphs[2].state.claims[0]
    assert quote.text_in(edited_p1) == "“We will not give in,” the prime minister said."


def test_unplaced_claims_are_kept_in_the_file_and_never_dropped(store: AnnotationStore) -> None:
    store.save(labelled_doc(article(P0, P1, P2)))
    rewritten = article("Completely different text.", "Nothing left of the old one.", P2)
    doc, problems = store.load(rewritten)
    assert len(doc.unplaced) == 3
    assert len(problems) == 3
    path = store.save(doc)
    data = load_file(path)
    assert sorted(u["text"] for u in data["unplaced"]) == sorted([
        "Kosovo is calling for NATO intervention.", "Shots were fired at the border.",
        "“We will not give in,” the prime minister said.",
    ])
    # Loading and saving again keeps them, once each.
    again, _ = store.load(rewritten)
    store.save(again)
    assert len(load_file(path)["unplaced"]) == 3
    # When the text comes back, the claims are still on record (unplaced) for a human to restore.
    back, _ = store.load(article(P0, P1, P2))
    assert len(back.unplaced) == 3


def test_deleted_paragraph(store: AnnotationStore) -> None:
    store.save(labelled_doc(article(P0, P1, P2)))
    doc, _ = store.load(article(P0))
    assert sorted(doc.paragraphs) == [0]
    assert [u["text"] for u in doc.unplaced] == ["“We will not give in,” the prime minister said."]


def test_repeated_text_anchors_nearest_its_old_place(store: AnnotationStore) -> None:
    text = "Yes. No. Yes. No. Yes."
    art = article(text)
    doc = AnnotationDoc(art.id, "ana", art.text_sha256)
    doc.paragraphs[0] = ParagraphRecord(text, ParagraphState((Claim(14, 17, "fact"),), None, True))
    store.save(doc)
    edited = "Yes. No. Yes, yes. No. Yes."
    loaded, _ = store.load(article(edited))
    (moved,) = loaded.paragraphs[0].state.claims
    assert (moved.start, moved.end) == (19, 22)
    assert moved.text_in(edited) == "No."


def _write(store: AnnotationStore, text: str) -> Path:
    store.directory.mkdir(parents=True, exist_ok=True)
    path = store.path("story")
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_entries_are_kept_as_unplaced(store: AnnotationStore) -> None:
    art = article(P0, P1, P2)
    data = doc_to_data(labelled_doc(art))
    data["paragraphs"].append({"index": "seven", "claims": [{"start": 0, "end": 3, "label": "fact"}]})
    data["paragraphs"][0]["claims"].append({"start": 5, "end": 2, "label": "fact", "text": "oops"})
    data["paragraphs"][1]["claims"].append("not a claim")
    _write(store, dumps(data))
    doc, problems = store.load(art)
    assert len(problems) == 3
    reasons = sorted(str(u["reason"]) for u in doc.unplaced)
    assert reasons == ["invalid span [5, 2)", "not a claim mapping", "paragraph entry without a valid index"]
    path = store.save(doc)
    assert len(load_file(path)["unplaced"]) == 3


def test_overlapping_claims_in_a_file(store: AnnotationStore) -> None:
    art = article(P0)
    _write(store, textwrap.dedent(f"""\
        format: {FORMAT}
        article: story
        paragraphs:
          - index: 0
            claims:
              - {{start: 0, end: 20, label: fact}}
              - {{start: 10, end: 30, label: quote}}
        """))
    doc, problems = store.load(art)
    assert [(c.start, c.end) for c in doc.paragraphs[0].state.claims] == [(0, 20)]
    assert doc.unplaced[0]["reason"] == "overlaps another claim after re-anchoring"
    assert problems


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a: !!python/object/apply:os.system ['touch {marker}']\n", 1, "not allowed"),
        ("format: x\nformat: y\n", 2, "duplicate key"),
        ("a: &x [1]\nb: *x\n", 2, "aliases"),
        ("- just\n- a list\n", None, "not an annotation file"),
        ("format: something-else/9\n", None, "unknown format"),
        (f"format: {FORMAT}\nparagraphs: 12\n", None, "'paragraphs' must be a list"),
        ("format: [unclosed\n", 2, "did not find expected"),
    ],
)
def test_hostile_or_broken_files_are_errors_naming_the_file(store: AnnotationStore, tmp_path: Path,
                                                             text: str, line: int | None, reason: str) -> None:
    marker = tmp_path / "pwned"
    path = _write(store, text.format(marker=marker))
    with pytest.raises(StoreError) as caught:
        store.load(article(P0))
    where = f"{path}:{line}: " if line else f"{path}: "
    assert str(caught.value).startswith(where)
    assert reason in str(caught.value)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert not marker.exists()


def test_binary_annotation_file(store: AnnotationStore) -> None:
    store.directory.mkdir(parents=True)
    store.path("story").write_bytes(b"\x89PNG\x00\x00\xff\xfe")
    with pytest.raises(StoreError, match=r"story\.yaml"):
        store.load(article(P0))


def test_no_file_gives_an_empty_document(store: AnnotationStore) -> None:
    art = article(P0)
    doc, problems = store.load(art)
    assert doc.paragraphs == {} and problems == [] and doc.text_sha256 == art.text_sha256


@pytest.mark.parametrize(
    ("login", "expected"),
    [("ana", "ana"), ("José García", "Jose-Garcia"), (".hidden", "hidden"), ("a/b", "a-b"), ("中文", "annotator")],
)
def test_default_annotator_from_the_login_name_is_folder_safe(monkeypatch: pytest.MonkeyPatch, login: str,
                                                              expected: str) -> None:
    from workbench.project import default_annotator

    monkeypatch.delenv("WORKBENCH_ANNOTATOR", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: login)
    assert default_annotator() == expected
    assert check_name(default_annotator(), "annotator") == expected


def test_default_annotator_from_the_environment_is_never_rewritten(monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.project import default_annotator

    monkeypatch.setenv("WORKBENCH_ANNOTATOR", "  ../evil  ")
    assert default_annotator() == "../evil"  # refused later by check_name, with a clear message


@pytest.mark.parametrize("value", ["\x1b[31mred", "a\x85b", "\u202eevil", "bell\x07", "\x9b31m"])
def test_values_the_loader_would_clean_are_refused_not_saved_lossily(store: AnnotationStore, value: str) -> None:
    art = article(P0)
    path = store.save(labelled_doc(article(P0, P1)))
    before = path.read_bytes()
    for claim in (Claim(0, 6, "quote", note=value), Claim(0, 6, "quote", frozen_attributes({"speaker": value}))):
        doc = AnnotationDoc(art.id, "ana", art.text_sha256)
        doc.paragraphs[0] = ParagraphRecord(P0, ParagraphState((claim,), None, True))
        with pytest.raises(StoreError, match="control characters or escape sequences; not saved"):
            store.save(doc)
        assert path.read_bytes() == before


def test_hand_edited_escapes_are_removed_on_load(store: AnnotationStore) -> None:
    _write(store, textwrap.dedent(f"""\
        format: {FORMAT}
        paragraphs:
          - index: 0
            claims:
              - {{start: 0, end: 6, label: quote, speaker: "\\e[31mBBC\\e[0m", note: "\\u202enote"}}
        """))
    doc, _ = store.load(article(P0))
    (claim,) = doc.paragraphs[0].state.claims
    assert (claim.attributes["speaker"], claim.note) == ("BBC", "note")


def test_the_annotator_folder_ignores_machine_local_files(store: AnnotationStore) -> None:
    """A team keeps annotations/ in git: the lock, journal and indexes must not be committed."""
    store.lock()
    try:
        ignored = (store.directory / ".gitignore").read_text(encoding="utf-8").split()
        assert {".lock", ".journal.jsonl", ".complete.json", ".tmp-*"} <= set(ignored)
    finally:
        store.unlock()


def test_a_load_tells_which_paragraphs_hold_the_files_claims_one_for_one(store: AnnotationStore) -> None:
    """The journal splices those paragraphs' lists in the file; any other paragraph must be journalled whole."""
    art = article(P0, P1, P2)
    store.save(labelled_doc(art))
    loaded, problems = store.load(art)
    assert problems == [] and loaded.as_stored == {0, 1}
    data = load_file(store.path(art.id))
    data["paragraphs"][0]["claims"].reverse()  # hand-edited out of order: the load sorts them
    store.path(art.id).write_text(dumps(data), encoding="utf-8")
    loaded, problems = store.load(art)
    assert problems == [] and loaded.as_stored == {1}
    stored = data["paragraphs"][0]["claims"]
    assert [c.start for c in loaded.paragraphs[0].state.claims] == sorted(c["start"] for c in stored)
    data["paragraphs"][1]["claims"].append({"start": "x", "end": 3})  # unreadable: kept as unplaced
    store.path(art.id).write_text(dumps(data), encoding="utf-8")
    loaded, problems = store.load(art)
    assert problems and loaded.as_stored == set()


def test_a_claims_other_fields_are_its_attributes_made_safe() -> None:
    claim = claim_from_data({"start": 0, "end": 4, "label": "quote", "text": "Word", "labelled": "t",
                             "speaker": "A\x1b[31mB", "quote_type": "direct", "empty": "", "none": None,
                             "listed": ["x"], "mapped": {"a": 1}, "count": 3, "note": "see\x07 this"})
    assert dict(claim.attributes) == {"count": "3", "quote_type": "direct", "speaker": "AB"}
    assert list(claim.attributes) == ["count", "quote_type", "speaker"]
    assert claim.note == "see this"
    assert (claim.start, claim.end, claim.label, claim.labelled_at) == (0, 4, "quote", "t")


def test_a_claim_with_only_the_claim_fields_has_no_attributes() -> None:
    claim = claim_from_data({"start": 1, "end": 2, "label": None, "note": None, "labelled": None, "text": "x"})
    assert dict(claim.attributes) == {}
    assert claim.note == "" and claim.labelled_at is None
    assert claim_from_data({"start": 1, "end": 2, "note": 0}).note == ""


@pytest.mark.parametrize("raw", [{"start": True, "end": 2}, {"start": 0, "end": "2"},
                                 {"start": 0, "end": 2, "label": 3}])
def test_a_malformed_claim_is_refused(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        claim_from_data(raw)
