"""The adjudication model behind `workbench review` (workbench.adjudication)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.adjudication import Adjudication, review_candidates
from workbench.corpus import load_article
from workbench.edits import EditRefused
from workbench.model import Article, Claim, ParagraphState, frozen_attributes
from workbench.scheme import Scheme, load_scheme
from workbench.store import AnnotationDoc, AnnotationStore, ParagraphRecord

REPO = Path(__file__).resolve().parents[1]
# paragraph 0: "w0 w1 ... w9" (token i at 3 * i); paragraph 1: a short sentence
P0 = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"
P1 = "The mayor said so."

Spec = tuple[int, int, str | None] | tuple[int, int, str | None, Mapping[str, str]]


class Clock:
    def __init__(self) -> None:
        self.ticks = 0

    def __call__(self) -> str:
        self.ticks += 1
        return f"2024-01-01T00:00:{self.ticks:02d}Z"


@pytest.fixture
def scheme() -> Scheme:
    return load_scheme(REPO / "labels.yaml")


@pytest.fixture
def article(tmp_path: Path) -> Article:
    path = tmp_path / "corpus" / "a1.md"
    path.parent.mkdir(parents=True)
    path.write_text(f"---\ntitle: T\n---\n\n{P0}\n\n{P1}\n", encoding="utf-8")
    return load_article(path)


def t(first: int, last: int) -> tuple[int, int]:
    return 3 * first, 3 * last + 2


def label(tmp_path: Path, annotator: str, article: Article, paragraphs: Mapping[int, Sequence[Spec]]) -> None:
    doc = AnnotationDoc(article.id, annotator, article.text_sha256)
    for index, specs in paragraphs.items():
        claims = tuple(Claim(s[0], s[1], s[2], frozen_attributes(s[3] if len(s) == 4 else {}),  # type: ignore[misc]
                             note=f"{annotator}'s note", labelled_at="2023-05-05T00:00:00Z")
                       for s in specs)
        doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index].text,
                                                ParagraphState(claims, None, True))
    AnnotationStore(tmp_path / "annotations", annotator).save(doc)


def stamped(claims: tuple[Claim, ...] | None) -> tuple[Claim, ...]:
    """The claims with their decision time checked (the review's clock) and then blanked."""
    assert claims is not None
    assert all(c.labelled_at and c.labelled_at.startswith("2024-01-01") for c in claims)
    return tuple(replace(c, labelled_at=None) for c in claims)


def open_review(tmp_path: Path, article: Article, scheme: Scheme) -> Adjudication:
    model, problems = Adjudication.open(article, tmp_path / "annotations", scheme, clock=Clock())
    assert problems == []
    return model


def saved(tmp_path: Path, article: Article) -> dict[int, list[tuple[int, int, str | None, dict[str, str]]]]:
    """The adjudicated file as loaded back through the store."""
    doc, problems = AnnotationStore(tmp_path / "annotations", "adjudicated").load(article)
    assert problems == []
    return {i: [(c.start, c.end, c.label, dict(c.attributes)) for c in r.state.claims]
            for i, r in sorted(doc.paragraphs.items())}


@pytest.fixture
def disagreeing(tmp_path: Path, article: Article) -> Path:
    """ana and ben agree on a fact and on a quote; they disagree in two places."""
    label(tmp_path, "ana", article, {
        0: [(*t(0, 1), "fact"), (*t(3, 4), "quote", {"speaker": "Mayor"}), (*t(6, 7), "framing")],
        1: [(0, 18, "quote", {"speaker": "the  mayor"})],
    })
    label(tmp_path, "ben", article, {
        0: [(*t(0, 1), "fact"), (*t(3, 5), "quote", {"speaker": "Council"})],
        1: [(0, 18, "quote", {"speaker": "The Mayor"})],
    })
    return tmp_path


def test_agreed_claims_are_taken_over_and_saved_on_opening(disagreeing: Path, article: Article,
                                                           scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    assert model.progress.agreed == 2  # fact w0-w1, and the quote of paragraph 1 (speaker case ignored)
    assert saved(disagreeing, article) == {
        0: [(*t(0, 1), "fact", {})],
        1: [(0, 18, "quote", {"speaker": "the  mayor"})],
    }


def test_disagreements_are_grouped_into_units(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    assert [(u.paragraph, u.start, u.end) for u in model.units] == [(0, *t(3, 5)), (0, *t(6, 7))]
    quote, framing = model.units
    assert [v.annotator for v in quote.versions] == ["ana", "ben"]
    assert quote.version("ana").claims[0].attributes["speaker"] == "Mayor"  # type: ignore[union-attr]
    assert quote.version("ben").labels == ("quote",)  # type: ignore[union-attr]
    assert framing.version("ben").claims == ()  # type: ignore[union-attr]  # ben labelled nothing there
    assert model.unit_text(framing) == "w6 w7"
    assert model.progress.left == 2 and not model.progress.complete


def test_chained_overlaps_form_one_unit(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 2), "fact"), (*t(3, 5), "quote")]})
    label(tmp_path, "ben", article, {0: [(*t(2, 3), "framing")]})
    label(tmp_path, "cat", article, {0: [(*t(8, 9), "fact")]})
    model = open_review(tmp_path, article, scheme)
    assert [(u.start, u.end) for u in model.units] == [t(0, 5), t(8, 9)]
    first = model.units[0]
    assert [v.labels for v in first.versions] == [("fact", "quote"), ("framing",), ()]


def test_pick_takes_an_annotators_version_and_moves_on(disagreeing: Path, article: Article,
                                                        scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    model.pick(1)  # ben, the second annotator
    assert model.index == 1 and model.progress.left == 1
    assert stamped(model.decision(0)) == (Claim(*t(3, 5), "quote", frozen_attributes({"speaker": "Council"}),
                                                note="ben's note"),)
    assert saved(disagreeing, article)[0] == [(*t(0, 1), "fact", {}), (*t(3, 5), "quote", {"speaker": "Council"})]
    model.pick("ben")  # ben has nothing at the framing span: the final answer is "no label"
    assert model.progress.complete and "every disagreement is decided" in model.message
    assert saved(disagreeing, article)[0][-1] == (*t(6, 7), None, {})


def test_set_label_keeps_the_focused_versions_span(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    model.focus_version(0)  # ana: quote w3-w4, speaker Mayor
    model.set_label("quote", advance=False)
    assert stamped(model.decision()) == (Claim(*t(3, 4), "quote", frozen_attributes({"speaker": "Mayor"}),
                                               note="ana's note"),)
    model.set_label("framing", {"device": "speculation"})  # speaker dropped: framing has none
    assert model.decision(0)[0].label == "framing"  # type: ignore[index]
    assert dict(model.decision(0)[0].attributes) == {"device": "speculation"}  # type: ignore[index]
    assert model.index == 1
    model.focus_version(1)  # ben labelled nothing here: the label covers the whole unit
    model.set_label("fact")
    assert [(c.start, c.end, c.label) for c in model.decision(1)] == [(*t(6, 7), "fact")]  # type: ignore[union-attr]
    assert saved(disagreeing, article)[0] == [(*t(0, 1), "fact", {}), (*t(3, 4), "framing", {"device": "speculation"}),
                                              (*t(6, 7), "fact", {})]


def test_set_attributes_on_the_decision(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    with pytest.raises(EditRefused, match="decide the label first"):
        model.set_attributes({"speaker": "x"})
    model.set_label("quote", advance=False)
    model.set_attributes({"speaker": " City council "})
    assert model.decision()[0].attributes["speaker"] == "City council"  # type: ignore[index]
    model.set_label("quote", advance=False)  # relabelling the same spans keeps the speaker
    assert model.decision()[0].attributes["speaker"] == "City council"  # type: ignore[index]
    with pytest.raises(EditRefused, match="no device"):
        model.set_attributes({"device": "doubt"})


def test_reject_undo_redo(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    model.reject()
    assert model.decision(0) == () and model.index == 1
    assert (*t(3, 5), None, {}) in saved(disagreeing, article)[0]
    step = model.undo()
    assert step.unit == 0 and model.index == 0 and not model.is_decided(0)
    assert saved(disagreeing, article)[0] == [(*t(0, 1), "fact", {})]
    model.redo()
    assert model.decision(0) == ()
    with pytest.raises(EditRefused):
        model.redo()
    model.undo()
    assert not model.can_undo and model.can_redo
    with pytest.raises(EditRefused, match="nothing to undo"):
        model.undo()


def test_resume_respects_earlier_decisions(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    model = open_review(disagreeing, article, scheme)
    model.pick(0)  # unit 0: ana's quote w3-w4
    model.reject()  # unit 1: no label
    again = open_review(disagreeing, article, scheme)
    assert again.progress.complete and again.progress.total == 2
    assert again.decision(0)[0].attributes["speaker"] == "Mayor"  # type: ignore[index]
    assert again.decision(1) == ()
    assert not again.changed()
    # half-done review: the reopened session starts at the first open disagreement
    again.goto(1)
    again.reopen()
    third = open_review(disagreeing, article, scheme)
    assert third.progress.left == 1 and third.index == 1


def test_existing_adjudicated_claims_win(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    # the adjudicator relabelled the agreed fact by hand (e.g. in the annotation screen)
    label(disagreeing, "adjudicated", article, {0: [(*t(0, 1), "framing")]})
    model = open_review(disagreeing, article, scheme)
    assert saved(disagreeing, article)[0][0] == (*t(0, 1), "framing", {})
    assert model.progress.total == 2 and model.progress.decided == 0


def test_round_trip_holds_exactly_the_chosen_labels(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 4), "fact"), (*t(5, 9), "quote", {"speaker": "A"})],
                                     1: [(0, 9, "framing")]})
    label(tmp_path, "ben", article, {0: [(*t(0, 4), "framing"), (*t(5, 9), "quote", {"speaker": "B"})],
                                     1: [(0, 9, "fact")]})
    label(tmp_path, "cat", article, {0: [(*t(0, 4), "fact")]})
    model = open_review(tmp_path, article, scheme)
    assert model.progress.total == 3
    model.pick("cat")  # fact w0-w4
    model.pick("ben")  # quote, speaker B
    model.set_label("quote", {"speaker": "the mayor", "quote_type": "indirect"})  # focused: ana's span
    assert model.progress.complete
    assert saved(tmp_path, article) == {
        0: [(*t(0, 4), "fact", {}), (*t(5, 9), "quote", {"speaker": "B"})],
        1: [(0, 9, "quote", {"quote_type": "indirect", "speaker": "the mayor"})],
    }
    text = (tmp_path / "annotations" / "adjudicated" / "a1.yaml").read_text(encoding="utf-8")
    assert "annotator: adjudicated" in text and "text: w5 w6 w7 w8 w9" in text


def test_single_annotator_paragraphs_are_taken_over(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 4), "fact")], 1: [(0, 9, "framing")]})
    label(tmp_path, "ben", article, {0: [(*t(0, 4), "quote")]})
    model = open_review(tmp_path, article, scheme)
    assert [u.paragraph for u in model.units] == [0]
    assert model.units[0].version("cat") is None
    with pytest.raises(EditRefused, match="no annotator 3"):
        model.pick(2)
    assert saved(tmp_path, article)[1] == [(0, 9, "framing", {})]


def test_unlabelled_claims_are_not_disagreements(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 4), "fact"), (*t(5, 9), None)]})
    label(tmp_path, "ben", article, {0: [(*t(0, 4), "fact")]})
    model = open_review(tmp_path, article, scheme)
    assert model.units == () and model.progress.complete and model.current is None
    with pytest.raises(EditRefused, match="no disagreements"):
        model.reject()


def test_navigation(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 0), "fact"), (*t(2, 2), "fact"), (*t(4, 4), "fact")]})
    label(tmp_path, "ben", article, {0: [(*t(0, 0), "quote"), (*t(2, 2), "quote"), (*t(4, 4), "quote")]})
    model = open_review(tmp_path, article, scheme)
    assert model.index == 0 and model.previous() is False
    assert model.next() and model.next() and model.next() is False
    model.pick(0, advance=False)  # unit 2
    assert model.next_open() and model.index == 0  # wraps around
    model.pick(0)
    assert model.index == 1
    model.previous_open()
    assert model.index == 1  # the only open one
    model.focus_step(1)
    assert model.focused.annotator == "ben"  # type: ignore[union-attr]
    with pytest.raises(EditRefused):
        model.focus_version(5)
    with pytest.raises(EditRefused, match="unknown label"):
        model.set_label("nonsense")


def test_save_failure_keeps_the_decision(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 4), "fact")]})
    label(tmp_path, "ben", article, {0: [(*t(0, 4), "quote")]})
    model = open_review(tmp_path, article, scheme)
    folder = tmp_path / "annotations" / "adjudicated"
    assert not folder.exists()  # nothing agreed, nothing decided: nothing written yet
    folder.write_text("not a folder", encoding="utf-8")
    model.pick(0)
    assert model.save_error is not None and "adjudicated" in model.save_error
    assert model.progress.complete


def test_no_annotator_is_an_error(tmp_path: Path, article: Article, scheme: Scheme) -> None:
    with pytest.raises(ValueError, match="no annotator"):
        Adjudication.open(article, tmp_path / "annotations", scheme)


@st.composite
def annotations(draw: st.DrawFn) -> list[list[tuple[int, int, str]]]:
    """Two or three annotators' non-overlapping token-aligned claims over P0's ten tokens."""
    result = []
    for _ in range(draw(st.integers(2, 3))):
        cuts = sorted(draw(st.sets(st.integers(0, 10), min_size=2, max_size=8)))
        claims = []
        for first, stop in pairwise(cuts):
            kind = draw(st.sampled_from(["fact", "quote", "framing", None]))
            if kind is not None:
                claims.append((*t(first, stop - 1), kind))
        result.append(claims)
    return result


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(annotations(), st.lists(st.tuples(st.sampled_from(["pick", "label", "reject", "undo", "next"]),
                                         st.integers(0, 2)), max_size=12))
def test_any_review_writes_a_valid_document(tmp_path_factory: pytest.TempPathFactory, scheme: Scheme,
                                            specs: list[list[tuple[int, int, str]]],
                                            operations: list[tuple[str, int]]) -> None:
    root = tmp_path_factory.mktemp("review")
    path = root / "corpus" / "a1.md"
    path.parent.mkdir(parents=True)
    path.write_text(f"---\ntitle: T\n---\n\n{P0}\n", encoding="utf-8")
    article = load_article(path)
    names = ["ana", "ben", "cat"][: len(specs)]
    for name, claims in zip(names, specs, strict=False):
        label(root, name, article, {0: claims})
    try:
        model = open_review(root, article, scheme)
    except ValueError:  # nobody labelled anything
        assert not any(specs)
        return
    for operation, k in operations:
        try:
            if operation == "pick":
                model.pick(k % len(names))
            elif operation == "label":
                model.set_label(["fact", "quote", "framing"][k])
            elif operation == "reject":
                model.reject()
            elif operation == "undo":
                model.undo()
            else:
                model.next()
        except EditRefused:
            pass
        claims = model.paragraph_claims(0)
        assert all(a.end <= b.start for a, b in pairwise(claims)), claims
        assert model.save_error is None
    doc, problems = AnnotationStore(root / "annotations", "adjudicated").load(article)
    assert problems == []
    expected = [(c.start, c.end, c.label) for c in model.paragraph_claims(0)]
    stored = doc.state(0)
    assert [(c.start, c.end, c.label) for c in (stored.claims if stored else ())] == expected
    # every decided unit's labelled claims are exactly what was decided, nothing else inside the unit
    for position, unit in enumerate(model.units):
        inside = [c for c in model.paragraph_claims(0) if unit.start <= c.start and c.end <= unit.end]
        decision = model.decision(position)
        if decision is None:
            assert inside == []
        else:
            assert [c for c in inside if c.label is not None] == list(decision)


def test_review_candidates_need_two_annotators(tmp_path: Path, article: Article) -> None:
    label(tmp_path, "ana", article, {0: [(*t(0, 1), "fact")]})
    label(tmp_path, "adjudicated", article, {0: [(*t(0, 1), "fact")]})
    assert review_candidates(tmp_path / "annotations") == []
    label(tmp_path, "ben", article, {0: [(*t(0, 1), "fact")]})
    assert review_candidates(tmp_path / "annotations") == ["a1"]


def test_open_saves_through_a_given_locked_store(disagreeing: Path, article: Article, scheme: Scheme) -> None:
    store = AnnotationStore(disagreeing / "annotations", "adjudicated")
    store.lock()
    try:
        model, _ = Adjudication.open(article, disagreeing / "annotations", scheme, store=store)
        assert model.store is store and model.saves == 1
        model.pick(0)
        assert saved(disagreeing, article)[0][1] == (*t(3, 4), "quote", {"speaker": "Mayor"})
    finally:
        store.unlock()
    with pytest.raises(ValueError, match="saves as 'adjudicated'"):
        Adjudication.open(article, disagreeing / "annotations", scheme,
                          store=AnnotationStore(disagreeing / "annotations", "ana"))
