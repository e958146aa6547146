"""Agreement figures against small cases computed by hand (workbench.agreement)."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from workbench.agreement import (
    NONE,
    AgreementError,
    alpha_nominal,
    cohen_kappa,
    compute,
    normalise_value,
    read_labels,
    unit_values,
    value_counts,
)
from workbench.corpus import Corpus, load_article
from workbench.model import Article, Claim, ParagraphState, frozen_attributes
from workbench.store import AnnotationDoc, AnnotationStore, ParagraphRecord

REPO = Path(__file__).resolve().parents[1]
LABELS = ("fact", "quote", "framing")
TEN = "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9"  # ten tokens; token i starts at 3 * i

Spec = tuple[int, int, str | None] | tuple[int, int, str | None, Mapping[str, str]]


def make_project(root: Path, articles: Mapping[str, Sequence[str]]) -> dict[str, Article]:
    """labels.yaml plus one Markdown article per entry (paragraphs as given)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "labels.yaml", root / "labels.yaml")
    (root / "corpus").mkdir(exist_ok=True)
    loaded = {}
    for article_id, paragraphs in articles.items():
        path = root / "corpus" / f"{article_id}.md"
        path.write_text("---\ntitle: T\noutlet: O\n---\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        loaded[article_id] = load_article(path)
    return loaded


def tokens(first: int, last: int) -> tuple[int, int]:
    """Character span of tokens first..last (inclusive) of TEN."""
    return 3 * first, 3 * last + 2


def label(root: Path, annotator: str, article: Article, paragraphs: Mapping[int, Sequence[Spec]]) -> None:
    """Save an annotator's claims through the store (every listed paragraph is touched)."""
    doc = AnnotationDoc(article.id, annotator, article.text_sha256)
    for index, specs in paragraphs.items():
        claims = []
        for spec in specs:
            attributes = spec[3] if len(spec) == 4 else {}  # type: ignore[misc]
            claims.append(Claim(spec[0], spec[1], spec[2], frozen_attributes(attributes),
                                labelled_at="2024-01-01T00:00:00Z" if spec[2] else None))
        state = ParagraphState(tuple(sorted(claims, key=lambda c: c.start)), None, True)
        doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index].text, state)
    AnnotationStore(root / "annotations", annotator).save(doc)


def report_for(root: Path, unit: str = "token", **kwargs: object):  # type: ignore[no-untyped-def]
    label_set = read_labels(root / "annotations", Corpus(root / "corpus"), **kwargs)  # type: ignore[arg-type]
    return compute(label_set, unit=unit, labels=LABELS)  # type: ignore[arg-type]


@pytest.fixture
def ten(tmp_path: Path) -> tuple[Path, Article]:
    root = tmp_path / "p"
    return root, make_project(root, {"a1": [TEN]})["a1"]


# ---------------------------------------------------------------- hand-computed alpha and kappa


def test_two_annotators_ten_tokens_by_hand(ten: tuple[Path, Article]) -> None:
    root, article = ten
    # tokens:  0 1 2 3 4 5 6 7 8 9
    # ana:     f f f f f q q q n n      (n = none: no claim)
    # ben:     f f f f q q q q q n
    label(root, "ana", article, {0: [(*tokens(0, 4), "fact"), (*tokens(5, 7), "quote")]})
    label(root, "ben", article, {0: [(*tokens(0, 3), "fact"), (*tokens(4, 8), "quote")]})
    report = report_for(root)
    # Cohen's kappa. Confusion (rows ana, columns ben): f->f 4, f->q 1, q->q 3, n->q 1, n->n 1.
    # p_o = 8/10. Marginals ana f .5 q .3 n .2; ben f .4 q .5 n .1.
    # p_e = .5*.4 + .3*.5 + .2*.1 = .37;  kappa = (.8 - .37) / (1 - .37) = .43 / .63
    (pair,) = report.pairs
    assert pair.units == 10
    assert pair.observed == pytest.approx(0.8, abs=1e-9)
    assert pair.kappa == pytest.approx(0.43 / 0.63, abs=1e-9)
    # Krippendorff's alpha (nominal): n = 20 pairable values, n_f = 9, n_q = 8, n_n = 3.
    # D_o = 2 disagreeing units * 2 ordered pairs / 20 = 0.2
    # D_e = (20^2 - (81 + 64 + 9)) / (20 * 19) = 246 / 380
    # alpha = 1 - D_o / D_e = 1 - 0.2 * 380 / 246 = 170 / 246
    assert report.alpha == pytest.approx(170 / 246, abs=1e-9)
    assert report.articles[0].alpha == pytest.approx(170 / 246, abs=1e-9)
    # quote vs rest: ana q = {5,6,7}, ben q = {4..8}; 2 disagreeing units, n_q = 8, n_rest = 12.
    # D_e = 2 * 8 * 12 / 380; alpha = 1 - 0.2 * 380 / 192
    assert report.alpha_by_label["quote"] == pytest.approx(1 - 0.2 * 380 / 192, abs=1e-9)
    # framing occurs nowhere: one value only, so alpha is undefined rather than a number.
    assert report.alpha_by_label["framing"] is None
    # The swaps: fact <-> quote once, quote <-> none once.
    assert report.swaps() == [("fact", "quote", 1), ("quote", NONE, 1)]
    matrix = report.confusion()
    f, q, n = report.values.index("fact"), report.values.index("quote"), report.values.index(NONE)
    assert (matrix[f, f], matrix[q, q], matrix[n, n]) == (4, 3, 1)
    assert matrix[f, q] == matrix[q, f] == 1
    assert pair.confusion[n, q] == 1 and pair.confusion[q, n] == 0  # ordered: rows are ana's


def test_identical_labels_give_one(ten: tuple[Path, Article]) -> None:
    root, article = ten
    spans = {0: [(*tokens(0, 2), "fact"), (*tokens(3, 6), "quote", {"speaker": "Mayor"}),
                 (*tokens(7, 9), "framing")]}
    label(root, "ana", article, spans)
    label(root, "ben", article, spans)
    report = report_for(root)
    assert report.alpha == pytest.approx(1.0, abs=1e-12)
    assert report.pairs[0].kappa == pytest.approx(1.0, abs=1e-12)
    assert report.swaps() == []
    everything = report.spans()["*"]
    assert everything.f1_exact == everything.f1_overlap == 1.0
    assert report.speaker().as_json() == {"matched": 1, "compared": 1, "agreed": 1, "agreement": 1.0}


def test_no_variation_is_undefined_not_perfect(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(0, len(TEN), "fact")]})
    label(root, "ben", article, {0: [(0, len(TEN), "fact")]})
    report = report_for(root)
    assert report.alpha is None and report.pairs[0].kappa is None
    assert report.pairs[0].observed == 1.0


def test_three_annotators_with_a_missing_paragraph(tmp_path: Path) -> None:
    root = tmp_path / "p"
    article = make_project(root, {"a1": ["a b c d", "e f"]})["a1"]
    # paragraph 0 (4 tokens): ana f f q q, ben f f f q, cat f q q q
    # paragraph 1 (2 tokens): ana q q, ben q n; cat did not touch it (missing values)
    label(root, "ana", article, {0: [(0, 3, "fact"), (4, 7, "quote")], 1: [(0, 3, "quote")]})
    label(root, "ben", article, {0: [(0, 5, "fact"), (6, 7, "quote")], 1: [(0, 1, "quote")]})
    label(root, "cat", article, {0: [(0, 1, "fact"), (2, 7, "quote")]})
    report = report_for(root)
    data = np.array([[0, 0, 1, 1, 1, 1], [0, 0, 0, 1, 1, 3], [0, 1, 1, 1, np.nan, np.nan]])
    expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert report.alpha == pytest.approx(expected, abs=1e-9)
    assert report.units == 6
    kappas = {(p.a, p.b): p for p in report.pairs}
    assert kappas[("ana", "cat")].units == 4  # only the paragraph both touched
    assert kappas[("ana", "ben")].units == 6
    # ana/cat over 4 tokens: f/f, f/q, q/q, q/q: p_o = 3/4; ana f .5 q .5, cat f .25 q .75
    # p_e = .5*.25 + .5*.75 = .5; kappa = (.75 - .5) / .5 = .5
    assert kappas[("ana", "cat")].kappa == pytest.approx(0.5, abs=1e-9)


def test_alpha_compression_is_exact() -> None:
    rng = np.random.default_rng(7)
    for _ in range(25):
        coders, units, values = int(rng.integers(2, 5)), int(rng.integers(5, 200)), int(rng.integers(2, 5))
        data = rng.integers(0, values, (coders, units)).astype(float)
        agree = rng.random(units) < 0.6
        data[:, agree] = data[0, agree]
        data[rng.random(data.shape) < 0.15] = np.nan
        codes = np.where(np.isnan(data), -1, data).astype(np.int8)
        counts = value_counts(codes, values)
        if (counts.sum(axis=1) >= 2).sum() == 0 or len(np.unique(data[~np.isnan(data)])) < 2:
            continue
        expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        assert alpha_nominal(counts) == pytest.approx(expected, abs=1e-9)


def test_cohen_kappa_matches_the_textbook_example() -> None:
    # Wikipedia's example: 50 items, yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa 0.4
    assert cohen_kappa(np.array([[20, 5], [10, 15]])) == pytest.approx(0.4, abs=1e-12)
    assert cohen_kappa(np.zeros((2, 2), np.int64)) is None


# ---------------------------------------------------------------- units


def test_char_units_skip_whitespace(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(*tokens(0, 4), "fact")]})
    label(root, "ben", article, {0: [(*tokens(0, 3), "fact")]})
    report = report_for(root, unit="char")
    (pair,) = report.pairs
    assert pair.units == 20  # ten two-letter tokens, spaces not counted
    assert pair.observed == pytest.approx(18 / 20)


def test_token_takes_the_label_covering_most_of_it() -> None:
    codes = {"fact": 0, "quote": 1, NONE: 2}
    text = "abcd efgh"
    # claim covering 'abc' of 'abcd' and 'e' of 'efgh'
    values = unit_values(text, [Claim(0, 3, "fact"), Claim(3, 6, "quote")], codes, 2, "token")
    assert values.tolist() == [0, 2]  # abcd: 3 fact vs 1 quote; efgh: 1 quote vs 3 none
    values = unit_values(text, [Claim(0, 2, "fact"), Claim(2, 4, "quote")], codes, 2, "token")
    assert values.tolist()[0] == 0  # a tie goes to the label that comes first in the token


def test_unlabelled_claims_count_as_none(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(*tokens(0, 4), "fact"), (*tokens(5, 9), None)]})
    label(root, "ben", article, {0: [(*tokens(0, 4), "fact")]})
    report = report_for(root)
    assert report.alpha == pytest.approx(1.0)


def test_only_paragraphs_both_touched_count(tmp_path: Path) -> None:
    root = tmp_path / "p"
    article = make_project(root, {"a1": ["one two three", "four five six"]})["a1"]
    label(root, "ana", article, {0: [(0, 3, "fact")], 1: [(0, 4, "quote")]})
    label(root, "ben", article, {0: [(0, 3, "fact")]})
    report = report_for(root)
    assert report.units == 3
    assert report.spans()["*"].a == 1  # ana's quote in paragraph 1 is not compared


def test_boilerplate_paragraphs_do_not_count(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(0, 5, "fact")]})
    label(root, "ben", article, {0: [(0, 5, "quote")]})
    store = AnnotationStore(root / "annotations", "ben")
    doc, _ = store.load(article)
    record = doc.paragraphs[0]
    doc.paragraphs[0] = ParagraphRecord(record.text, ParagraphState(record.state.claims, True, True))
    store.save(doc)
    report = report_for(root)
    assert report.units == 0 and report.alpha is None


# ---------------------------------------------------------------- spans and speakers


def test_span_f1_exact_and_overlap(ten: tuple[Path, Article]) -> None:
    root, article = ten
    # ana: fact 0-2, quote 3-5, framing 7-9; ben: fact 0-2 (exact), quote 4-6 (overlaps), framing 8 only
    # but labelled quote (no same-label overlap).
    label(root, "ana", article, {0: [(*tokens(0, 2), "fact"), (*tokens(3, 5), "quote"), (*tokens(7, 9), "framing")]})
    label(root, "ben", article, {0: [(*tokens(0, 2), "fact"), (*tokens(4, 6), "quote"), (*tokens(8, 8), "quote")]})
    spans = report_for(root).spans()
    assert (spans["fact"].f1_exact, spans["fact"].f1_overlap) == (1.0, 1.0)
    # quote: ana 1 span, ben 2; no exact match; ana's overlaps (R = 1), 1 of ben's 2 overlaps (P = .5)
    assert spans["quote"].f1_exact == 0.0
    assert spans["quote"].f1_overlap == pytest.approx(2 * 0.5 * 1.0 / 1.5)
    # framing: ana 1, ben 0 -> F1 0 both ways
    assert spans["framing"].f1_exact == 0.0 and spans["framing"].f1_overlap == 0.0
    # all labels: 3 + 3 spans, 1 exact; overlap: ana 2 of 3, ben 2 of 3
    assert spans["*"].f1_exact == pytest.approx(2 / 6)
    assert spans["*"].f1_overlap == pytest.approx(2 / 3)


def test_speaker_agreement_normalises_case_and_space(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(*tokens(0, 2), "quote", {"speaker": "The  Mayor"}),
                                     (*tokens(3, 5), "quote", {"speaker": "police"}),
                                     (*tokens(6, 7), "quote")]})
    label(root, "ben", article, {0: [(*tokens(0, 1), "quote", {"speaker": "the mayor"}),
                                     (*tokens(3, 5), "quote", {"speaker": "the council"}),
                                     (*tokens(6, 7), "quote")]})
    report = report_for(root)
    assert report.speaker().as_json() == {"matched": 3, "compared": 2, "agreed": 1, "agreement": 0.5}
    (mismatch,) = report.pairs[0].mismatches
    assert mismatch.a.attributes["speaker"] == "police" and mismatch.b.attributes["speaker"] == "the council"
    assert normalise_value(" The\tMAYOR ") == "the mayor"


def test_quotes_are_matched_one_to_one(ten: tuple[Path, Article]) -> None:
    root, article = ten
    # ana has one long quote; ben two short ones inside it: only the larger overlap is paired.
    label(root, "ana", article, {0: [(*tokens(0, 9), "quote", {"speaker": "A"})]})
    label(root, "ben", article, {0: [(*tokens(0, 1), "quote", {"speaker": "B"}),
                                     (*tokens(3, 9), "quote", {"speaker": "a"})]})
    assert report_for(root).speaker().as_json()["agreed"] == 1
    assert report_for(root).speaker().matched == 1


# ---------------------------------------------------------------- reading


def test_adjudicated_is_left_out_unless_asked(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(0, 5, "fact")]})
    label(root, "adjudicated", article, {0: [(0, 5, "fact")]})
    assert read_labels(root / "annotations", Corpus(root / "corpus")).articles == []
    included = read_labels(root / "annotations", Corpus(root / "corpus"), include_adjudicated=True)
    assert included.articles[0].annotators == ("adjudicated", "ana")


def test_annotator_without_labels_does_not_count(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(0, 5, "fact")]})
    label(root, "ben", article, {0: [(0, 5, None)]})
    label_set = read_labels(root / "annotations", Corpus(root / "corpus"))
    assert label_set.articles == [] and label_set.labelled == {"ana": 1}


def test_claims_are_reanchored_through_the_store(tmp_path: Path) -> None:
    root = tmp_path / "p"
    article = make_project(root, {"a1": ["Alpha beta gamma."]})["a1"]
    label(root, "ana", article, {0: [(0, 10, "fact")]})
    label(root, "ben", article, {0: [(0, 10, "fact")]})
    # the article gains a leading word: the claims move with their text
    (root / "corpus" / "a1.md").write_text("---\ntitle: T\n---\n\nSo Alpha beta gamma.\n", encoding="utf-8")
    (articles,) = read_labels(root / "annotations", Corpus(root / "corpus")).articles
    assert [(c.start, c.end) for c in articles.claims["ana"][0]] == [(3, 13)]
    assert articles.from_corpus


def test_missing_article_uses_the_files_own_offsets(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(*tokens(0, 4), "fact"), (*tokens(5, 9), "quote")]})
    label(root, "ben", article, {0: [(*tokens(0, 3), "fact"), (*tokens(4, 9), "quote")]})
    (root / "corpus" / "a1.md").unlink()
    label_set = read_labels(root / "annotations", Corpus(root / "corpus"))
    assert any("not in the corpus" in w for w in label_set.warnings)
    (loaded,) = label_set.articles
    assert not loaded.from_corpus and loaded.texts[0] == TEN  # rebuilt from the stored claim texts
    report = compute(label_set, labels=LABELS)
    assert report.pairs[0].units == 10 and report.pairs[0].observed == pytest.approx(0.9)


def test_unreadable_file_is_an_error_naming_it(ten: tuple[Path, Article]) -> None:
    root, article = ten
    label(root, "ana", article, {0: [(0, 5, "fact")]})
    label(root, "ben", article, {0: [(0, 5, "fact")]})
    broken = root / "annotations" / "ben" / "a1.yaml"
    broken.write_text("format: [unclosed\n", encoding="utf-8")
    with pytest.raises(AgreementError, match=r"ben/a1\.yaml"):
        read_labels(root / "annotations", Corpus(root / "corpus"))


def test_pooled_figures_sum_over_articles(tmp_path: Path) -> None:
    root = tmp_path / "p"
    articles = make_project(root, {"a1": ["x y"], "a2": ["z w"]})
    label(root, "ana", articles["a1"], {0: [(0, 1, "fact"), (2, 3, "quote")]})
    label(root, "ben", articles["a1"], {0: [(0, 1, "fact"), (2, 3, "fact")]})
    label(root, "ana", articles["a2"], {0: [(0, 3, "framing")]})
    label(root, "ben", articles["a2"], {0: [(0, 3, "framing")]})
    report = report_for(root)
    assert [a.units for a in report.articles] == [2, 2]
    assert report.units == 4 and report.pairs[0].units == 4
    assert report.pairs[0].observed == pytest.approx(3 / 4)
    only = report_for(root, article_ids=["a2"])
    assert [a.article_id for a in only.articles] == ["a2"]
