"""Inter-annotator agreement: Krippendorff's alpha, Cohen's kappa, span F1, speakers, swaps.

The rules, stated once (``RULES`` carries them into ``agree --json``):

* An annotator counts for an article when their file holds at least one
  labelled claim. The ``adjudicated`` annotator is left out unless asked for.
* A paragraph counts for an annotator when they touched it (its claims are
  saved, i.e. theirs) and did not mark it boilerplate.
* Units: ``token`` = a whitespace-delimited word (the words claim boundaries
  snap to); ``char`` = a non-whitespace character. A unit's value is the label
  of the claim covering it, or ``none`` (no claim, or a claim still
  unlabelled). A token partly covered by several claims takes the value
  covering most of its characters; on a tie, the one that comes first.
* Alpha (all annotators): every unit of a paragraph that counts for two or
  more annotators; annotators for whom it does not count are missing values,
  which Krippendorff's alpha is built for. Kappa, span F1, speakers and the
  confusion table of a pair use the paragraphs that count for both.
* When an article is missing from the corpus, the files' own offsets are used
  and paragraph text is rebuilt from the claim texts stored in the files; text
  no annotator put in a claim is unknown there and not counted.

Alpha is computed by the ``krippendorff`` package (nominal). Pooled over a
project there are up to millions of units; see :func:`alpha_nominal` for the
lossless compression that keeps that fast and small.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any, Literal

import krippendorff
import numpy as np
import numpy.typing as npt

from workbench.corpus import Corpus, CorpusError
from workbench.model import Article, Claim
from workbench.project import ADJUDICATED
from workbench.segment import words
from workbench.store import (
    AnnotationDoc,
    AnnotationStore,
    LoadProblem,
    StoreError,
    annotation_files,
    doc_from_data,
)
from workbench.yamlio import YamlError, load_file

UnitKind = Literal["char", "token"]
UNIT_KINDS: tuple[UnitKind, ...] = ("token", "char")
NONE = "none"
DEFAULT_SPEAKER_LABELS = frozenset({"quote"})

RULES: dict[str, str] = {
    "annotators": "an annotator counts for an article when their file holds at least one "
    "labelled claim; 'adjudicated' is excluded unless asked for",
    "paragraphs": "a paragraph counts for an annotator when they touched it (saved its claims) "
    "and did not mark it boilerplate",
    "token": "a whitespace-delimited word; its value is the label of the claim covering most "
    "of its characters (ties: the first), else 'none'",
    "char": "a non-whitespace character; its value is the label of the claim covering it, "
    "else 'none'",
    "alpha": "Krippendorff's alpha (nominal, krippendorff package) over every unit of paragraphs "
    "counting for two or more annotators; the others are missing values",
    "pairs": "kappa, span F1, speakers and confusion of a pair use paragraphs counting for both",
    "span_f1_exact": "a span matches when paragraph, start, end and label are equal; "
    "F1 = 2 * matched / (spans of A + spans of B)",
    "span_f1_overlap": "precision = share of B's spans overlapping a same-label span of A, "
    "recall = share of A's spans overlapping one of B's; F1 = their harmonic mean",
    "speaker": "overlapping same-label quotation spans are paired one-to-one (largest overlap "
    "first); a pair is compared when at least one gave a speaker; speakers agree when equal "
    "after case folding and whitespace collapsing",
    "pooled": "pooled figures sum counts over articles and annotator pairs (micro average)",
    "missing_article": "an article missing from the corpus is read with the files' own offsets; "
    "text no annotator put in a claim is unknown and not counted",
    "undefined": "alpha and kappa are null when fewer than two values occur (no variation)",
}

# Field reference points (token-level alpha between trained annotators).
ATTRIBUTION_ALPHA = 0.75  # PolNeAR
OPINION_ALPHA = (0.4, 0.6)  # BABE
REFERENCE: dict[str, dict[str, Any]] = {
    "attribution": {"alpha": ATTRIBUTION_ALPHA, "source": "PolNeAR (attribution, token-level alpha)"},
    "opinion": {"alpha": list(OPINION_ALPHA), "source": "BABE (bias/opinion)"},
}


class AgreementError(Exception):
    """Annotation data that cannot be read; the message names the file."""


def normalise_value(value: str | None) -> str:
    """Attribute values compare case- and whitespace-insensitively ("the BBC" = "The  BBC")."""
    return " ".join((value or "").split()).casefold()


def counted_claims(doc: AnnotationDoc) -> dict[int, tuple[Claim, ...]]:
    """Labelled claims of every paragraph that counts for this annotator (see RULES)."""
    result: dict[int, tuple[Claim, ...]] = {}
    for index, record in doc.paragraphs.items():
        state = record.state
        if state.touched and state.boilerplate is not True:
            result[index] = tuple(sorted((c for c in state.claims if c.label is not None),
                                         key=lambda c: (c.start, c.end)))
    return result


# ---------------------------------------------------------------- reading


@dataclass
class ArticleLabels:
    """What each annotator labelled in one article, with the text the offsets index."""

    article_id: str
    texts: dict[int, str]
    claims: dict[str, dict[int, tuple[Claim, ...]]]  # annotator -> paragraph -> labelled claims
    from_corpus: bool = True

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(sorted(self.claims))


@dataclass
class LabelSet:
    articles: list[ArticleLabels]
    warnings: list[str] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)  # annotator -> annotation files read
    labelled: dict[str, int] = field(default_factory=dict)  # annotator -> articles with labels

    @property
    def annotators(self) -> tuple[str, ...]:
        return tuple(sorted({a for article in self.articles for a in article.claims}))


def _rebuild_texts(raw_docs: Iterable[Any]) -> tuple[dict[int, str], list[str]]:
    """Paragraph texts pieced together from stored claim texts; unknown characters are spaces."""
    buffers: dict[int, list[str]] = {}
    clashes: list[str] = []
    for data in raw_docs:
        for entry in (data.get("paragraphs") or []) if isinstance(data, Mapping) else []:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("index"), int):
                continue
            buffer = buffers.setdefault(entry["index"], [])
            for raw in entry.get("claims") or []:
                if not isinstance(raw, Mapping):
                    continue
                start, text = raw.get("start"), raw.get("text")
                if not isinstance(start, int) or isinstance(start, bool) or start < 0:
                    continue
                if not isinstance(text, str) or not text:
                    continue
                if len(buffer) < start + len(text):
                    buffer.extend([" "] * (start + len(text) - len(buffer)))
                for offset, char in enumerate(text, start):
                    if buffer[offset] == " ":
                        buffer[offset] = char
                    elif buffer[offset] != char and not char.isspace():
                        clashes.append(f"paragraph {entry['index']}")
                        break
    return {index: "".join(chars) for index, chars in buffers.items()}, sorted(set(clashes))


def read_labels(
    annotations_dir: Path,
    corpus: Corpus | None,
    *,
    annotators: Sequence[str] | None = None,
    include_adjudicated: bool = False,
    article_ids: Sequence[str] | None = None,
) -> LabelSet:
    """Every article labelled by two or more annotators, read through the store.

    Raises :class:`AgreementError` naming every file that cannot be read, so
    a broken file is never silently left out of the figures.
    """
    by_article: dict[str, dict[str, Path]] = {}
    files: dict[str, int] = {}
    wanted = set(annotators) if annotators else None
    for annotator, path in annotation_files(annotations_dir):
        if wanted is not None and annotator not in wanted:
            continue
        if wanted is None and annotator == ADJUDICATED and not include_adjudicated:
            continue
        if article_ids is not None and path.stem not in article_ids:
            continue
        files[annotator] = files.get(annotator, 0) + 1
        by_article.setdefault(path.stem, {})[annotator] = path
    result = LabelSet([], files=files)
    errors: list[str] = []
    missing: list[str] = []
    for article_id in sorted(by_article):
        paths = by_article[article_id]
        if len(paths) >= 2 and (corpus is None or article_id not in corpus):
            missing.append(article_id)
        loaded = _load_article(article_id, paths, corpus, result.warnings, errors)
        if loaded is None:
            continue
        for annotator in loaded.claims:
            result.labelled[annotator] = result.labelled.get(annotator, 0) + 1
        if len(loaded.claims) >= 2:
            result.articles.append(loaded)
    if errors:
        raise AgreementError("\n".join(errors))
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        result.warnings.insert(0, f"{len(missing)} article{'s' if len(missing) != 1 else ''} not in the "
                               f"corpus ({shown}); using the annotation files' own offsets")
    return result


def _load_article(article_id: str, paths: Mapping[str, Path], corpus: Corpus | None,
                  warnings: list[str], errors: list[str]) -> ArticleLabels | None:
    article: Article | None = None
    if corpus is not None and article_id in corpus:
        try:
            article = corpus.get(article_id)
        except CorpusError as exc:
            warnings.append(f"{exc}; using the annotation files' own offsets")
    docs: dict[str, AnnotationDoc] = {}
    raws: list[Any] = []
    for annotator, path in sorted(paths.items()):
        problems: list[LoadProblem] = []
        try:
            if article is not None:
                doc, problems = AnnotationStore(path.parent.parent, annotator).load(article)
            else:
                raw = load_file(path)
                doc = doc_from_data(raw, None, path, annotator, problems)
                raws.append(raw)
        except (StoreError, YamlError, OSError, ValueError) as exc:
            message = str(exc)
            errors.append(message if str(path) in message else f"{path}: {message}")
            continue
        warnings.extend(str(p) for p in problems)
        docs[annotator] = doc
    if article is not None:
        texts = {p.index: p.text for p in article.paragraphs}
    else:
        texts, clashes = _rebuild_texts(raws)
        if clashes:
            warnings.append(f"{article_id}: annotators' stored texts differ in {', '.join(clashes)} "
                            "(labelled against different versions of the article?)")
    claims: dict[str, dict[int, tuple[Claim, ...]]] = {}
    for annotator, doc in docs.items():
        counted = {i: c for i, c in counted_claims(doc).items() if i in texts}
        if any(counted.values()):
            claims[annotator] = counted
    return ArticleLabels(article_id, texts, claims, from_corpus=article is not None)


# ---------------------------------------------------------------- units


@lru_cache(maxsize=4096)
def _layout(text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Offsets of the non-whitespace characters, and token boundaries among them.

    Tokens are maximal runs of non-whitespace, so token i is exactly
    ``compact[bounds[i]:bounds[i + 1]]`` of the non-whitespace characters.
    """
    spans = words(text)
    if not spans:
        return np.zeros(0, np.int64), np.zeros(1, np.int64)
    lengths = np.fromiter((e - s for s, e in spans), np.int64, len(spans))
    starts = np.fromiter((s for s, _ in spans), np.int64, len(spans))
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    owner = np.repeat(np.arange(len(spans)), lengths)
    nonspace = starts[owner] + (np.arange(int(bounds[-1])) - bounds[:-1][owner])
    return nonspace, bounds


def unit_values(text: str, claims: Sequence[Claim], codes: Mapping[str, int], none_code: int,
                unit: UnitKind) -> npt.NDArray[np.int8]:
    """The value code of every unit of a paragraph for one annotator's claims."""
    chars = np.full(len(text), none_code, np.int8)
    for claim in claims:
        if claim.label is not None:
            chars[claim.start : min(claim.end, len(text))] = codes[claim.label]
    nonspace, bounds = _layout(text)
    compact = chars[nonspace]
    if unit == "char" or not len(compact):
        return compact
    starts = bounds[:-1]
    low = np.minimum.reduceat(compact, starts)
    high = np.maximum.reduceat(compact, starts)
    values = low
    for token in np.nonzero(low != high)[0]:
        segment = compact[bounds[token] : bounds[token + 1]]
        counts = np.bincount(segment)
        best = counts.max()
        values[token] = next(v for v in segment if counts[v] == best)
    return values


# ---------------------------------------------------------------- statistics


def alpha_nominal(value_counts: npt.NDArray[np.int64]) -> float | None:
    """Nominal Krippendorff's alpha from per-unit value counts (units x values).

    The package builds a units x values x values array, too big for a pooled
    project at character level. Alpha depends only on the coincidence matrix,
    a sum over units, and a unit whose k coders all chose v adds k to o[v, v];
    so all such units are merged, exactly, into one unit per value with their
    coders summed. Units with fewer than two coders add nothing and are
    dropped. Returns None when alpha is undefined (fewer than two values).
    """
    counts = np.asarray(value_counts, np.int64)
    if counts.ndim != 2:
        return None
    counts = counts[counts.sum(axis=1) >= 2]
    if not len(counts) or int((counts.sum(axis=0) > 0).sum()) < 2:
        return None
    unanimous = counts.max(axis=1) == counts.sum(axis=1)
    totals = counts[unanimous].sum(axis=0)
    merged = np.diag(totals)[totals > 0]
    data = np.vstack([merged, counts[~unanimous]])
    return float(krippendorff.alpha(value_counts=data, level_of_measurement="nominal"))


def value_counts(matrix: npt.NDArray[np.int8], n_values: int) -> npt.NDArray[np.int64]:
    """Units x values counts from an annotators x units matrix of codes (-1 = missing)."""
    counts = np.zeros((matrix.shape[1], n_values), np.int64)
    for row in matrix:
        present = row >= 0
        counts[np.nonzero(present)[0], row[present]] += 1
    return counts


def cohen_kappa(confusion: npt.NDArray[np.int64]) -> float | None:
    """Cohen's kappa from a pair's confusion matrix; None when chance agreement is total."""
    n = int(confusion.sum())
    if n == 0:
        return None
    observed = float(np.trace(confusion)) / n
    expected = float(confusion.sum(axis=1) @ confusion.sum(axis=0)) / (n * n)
    if 1.0 - expected < 1e-12:
        return None
    return (observed - expected) / (1.0 - expected)


def pair_confusion(a: npt.NDArray[np.int8], b: npt.NDArray[np.int8], n_values: int) -> npt.NDArray[np.int64]:
    """Rows: A's value, columns: B's, over units both coded."""
    both = (a >= 0) & (b >= 0)
    flat = a[both].astype(np.int64) * n_values + b[both]
    return np.bincount(flat, minlength=n_values * n_values).reshape(n_values, n_values)


@dataclass
class SpanCounts:
    """Span matching counts of one label (or all) for a pair A, B."""

    a: int = 0
    b: int = 0
    exact: int = 0
    overlap_a: int = 0  # A's spans overlapping a same-label span of B
    overlap_b: int = 0

    def __iadd__(self, other: SpanCounts) -> SpanCounts:
        self.a += other.a
        self.b += other.b
        self.exact += other.exact
        self.overlap_a += other.overlap_a
        self.overlap_b += other.overlap_b
        return self

    @property
    def f1_exact(self) -> float | None:
        return 2 * self.exact / (self.a + self.b) if self.a + self.b else None

    @property
    def overlap_precision(self) -> float | None:
        return self.overlap_b / self.b if self.b else None

    @property
    def overlap_recall(self) -> float | None:
        return self.overlap_a / self.a if self.a else None

    @property
    def f1_overlap(self) -> float | None:
        p, r = self.overlap_precision, self.overlap_recall
        if p is None or r is None:
            return None if self.a + self.b == 0 else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, Any]:
        return {"spans_a": self.a, "spans_b": self.b, "exact_matches": self.exact,
                "f1_exact": self.f1_exact, "overlap_a": self.overlap_a, "overlap_b": self.overlap_b,
                "overlap_precision": self.overlap_precision, "overlap_recall": self.overlap_recall,
                "f1_overlap": self.f1_overlap}


def _overlaps(x: Claim, y: Claim) -> bool:
    return x.start < y.end and y.start < x.end


def span_counts(a: Sequence[Claim], b: Sequence[Claim]) -> dict[str, SpanCounts]:
    """Per-label span counts for one paragraph's labelled claims of two annotators."""
    result: dict[str, SpanCounts] = {}
    exact_b = {(c.start, c.end, c.label) for c in b}
    for claim in a:
        counts = result.setdefault(str(claim.label), SpanCounts())
        counts.a += 1
        counts.exact += (claim.start, claim.end, claim.label) in exact_b
        counts.overlap_a += any(o.label == claim.label and _overlaps(claim, o) for o in b)
    for claim in b:
        counts = result.setdefault(str(claim.label), SpanCounts())
        counts.b += 1
        counts.overlap_b += any(o.label == claim.label and _overlaps(claim, o) for o in a)
    return result


@dataclass
class SpeakerCounts:
    matched: int = 0  # same-label overlapping quotation pairs
    compared: int = 0  # of those, pairs where at least one gave a speaker
    agreed: int = 0

    def __iadd__(self, other: SpeakerCounts) -> SpeakerCounts:
        self.matched += other.matched
        self.compared += other.compared
        self.agreed += other.agreed
        return self

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    def as_json(self) -> dict[str, Any]:
        return {"matched": self.matched, "compared": self.compared, "agreed": self.agreed,
                "agreement": self.agreement}


@dataclass(frozen=True)
class SpeakerMismatch:
    article: str
    paragraph: int
    a: Claim
    b: Claim

    def as_json(self, names: tuple[str, str], text: str) -> dict[str, Any]:
        return {"article": self.article, "paragraph": self.paragraph,
                "a": {"annotator": names[0], "start": self.a.start, "end": self.a.end,
                      "speaker": self.a.attributes.get("speaker", ""),
                      "text": text[self.a.start : self.a.end]},
                "b": {"annotator": names[1], "start": self.b.start, "end": self.b.end,
                      "speaker": self.b.attributes.get("speaker", ""),
                      "text": text[self.b.start : self.b.end]}}


def match_quotes(a: Sequence[Claim], b: Sequence[Claim], speaker_labels: frozenset[str]) -> list[tuple[Claim, Claim]]:
    """Pair overlapping same-label quotation claims one-to-one, largest overlap first."""
    candidates = []
    for i, x in enumerate(a):
        if x.label not in speaker_labels:
            continue
        for j, y in enumerate(b):
            if y.label == x.label and _overlaps(x, y):
                overlap = min(x.end, y.end) - max(x.start, y.start)
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((a[i], b[j]))
    return sorted(pairs, key=lambda p: p[0].start)


def speaker_counts(pairs: Sequence[tuple[Claim, Claim]]) -> tuple[SpeakerCounts, list[tuple[Claim, Claim]]]:
    counts = SpeakerCounts(matched=len(pairs))
    mismatches = []
    for x, y in pairs:
        sx, sy = normalise_value(x.attributes.get("speaker")), normalise_value(y.attributes.get("speaker"))
        if not sx and not sy:
            continue
        counts.compared += 1
        if sx == sy:
            counts.agreed += 1
        else:
            mismatches.append((x, y))
    return counts, mismatches


# ---------------------------------------------------------------- the report


@dataclass
class PairResult:
    a: str
    b: str
    confusion: npt.NDArray[np.int64]
    spans: dict[str, SpanCounts] = field(default_factory=dict)
    speaker: SpeakerCounts = field(default_factory=SpeakerCounts)
    mismatches: list[SpeakerMismatch] = field(default_factory=list)

    @property
    def units(self) -> int:
        return int(self.confusion.sum())

    @property
    def kappa(self) -> float | None:
        return cohen_kappa(self.confusion)

    @property
    def observed(self) -> float | None:
        return float(np.trace(self.confusion)) / self.units if self.units else None

    def spans_all(self) -> SpanCounts:
        total = SpanCounts()
        for counts in self.spans.values():
            total += counts
        return total

    def absorb(self, other: PairResult) -> None:
        self.confusion = self.confusion + other.confusion
        for label, counts in other.spans.items():
            self.spans.setdefault(label, SpanCounts())
            self.spans[label] += counts
        self.speaker += other.speaker
        self.mismatches.extend(other.mismatches)


@dataclass
class ArticleResult:
    article_id: str
    annotators: tuple[str, ...]
    units: int
    alpha: float | None
    pairs: list[PairResult]
    from_corpus: bool


@dataclass
class AgreementReport:
    unit: UnitKind
    values: tuple[str, ...]  # labels in scheme order, then "none"
    annotators: tuple[str, ...]
    articles: list[ArticleResult]
    units: int
    alpha: float | None
    alpha_by_label: dict[str, float | None]
    pairs: list[PairResult]
    texts: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)
    speaker_labels: frozenset[str] = DEFAULT_SPEAKER_LABELS
    warnings: list[str] = field(default_factory=list)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.values[:-1]

    def confusion(self) -> npt.NDArray[np.int64]:
        """Symmetric: cell (x, y) counts unit pairs where one annotator chose x and the other y."""
        total = np.zeros((len(self.values), len(self.values)), np.int64)
        for pair in self.pairs:
            total += pair.confusion
        return total + total.T - np.diag(np.diag(total))

    def swaps(self) -> list[tuple[str, str, int]]:
        """Label pairs people swap, most frequent first (unordered, 'none' included)."""
        matrix = self.confusion()
        found = [(self.values[i], self.values[j], int(matrix[i, j]))
                 for i in range(len(self.values)) for j in range(i + 1, len(self.values)) if matrix[i, j]]
        return sorted(found, key=lambda s: (-s[2], s[0], s[1]))

    def spans(self) -> dict[str, SpanCounts]:
        """Per label (and ``*`` for all labels) summed over pairs."""
        total: dict[str, SpanCounts] = {}
        for pair in self.pairs:
            for label, counts in pair.spans.items():
                total.setdefault(label, SpanCounts())
                total[label] += counts
        ordered = {label: total[label] for label in self.labels if label in total}
        everything = SpanCounts()
        for counts in ordered.values():
            everything += counts
        ordered["*"] = everything
        return ordered

    def speaker(self) -> SpeakerCounts:
        total = SpeakerCounts()
        for pair in self.pairs:
            total += pair.speaker
        return total

    def as_json(self) -> dict[str, Any]:
        def pair_json(pair: PairResult, detail: bool) -> dict[str, Any]:
            data: dict[str, Any] = {"annotators": [pair.a, pair.b], "units": pair.units,
                                    "kappa": pair.kappa, "observed": pair.observed}
            if detail:
                data["span_f1"] = {label: counts.as_json() for label, counts in pair.spans.items()}
                data["span_f1"]["*"] = pair.spans_all().as_json()
                data["speaker"] = pair.speaker.as_json()
                data["confusion"] = {"rows": pair.a, "columns": pair.b, "values": list(self.values),
                                     "matrix": pair.confusion.tolist()}
                data["speaker_mismatches"] = [
                    m.as_json((pair.a, pair.b), self.texts.get((m.article, m.paragraph), ""))
                    for m in pair.mismatches]
            else:
                everything = pair.spans_all()
                data["f1_exact"] = everything.f1_exact
                data["f1_overlap"] = everything.f1_overlap
            return data

        speaker = self.speaker()
        return {
            "unit": self.unit,
            "values": list(self.values),
            "annotators": list(self.annotators),
            "pooled": {
                "articles": len(self.articles),
                "units": self.units,
                "alpha": self.alpha,
                "alpha_by_label": self.alpha_by_label,
                "pairs": [pair_json(p, True) for p in self.pairs],
                "span_f1": {label: c.as_json() for label, c in self.spans().items()},
                "speaker": speaker.as_json(),
                "confusion": {"values": list(self.values), "matrix": self.confusion().tolist()},
                "swaps": [{"labels": [x, y], "units": n} for x, y, n in self.swaps()],
            },
            "articles": [
                {"article": r.article_id, "annotators": list(r.annotators), "units": r.units,
                 "alpha": r.alpha, "from_corpus": r.from_corpus,
                 "pairs": [pair_json(p, False) for p in r.pairs]}
                for r in self.articles
            ],
            "reference": REFERENCE,
            "rules": RULES,
            "warnings": self.warnings,
        }


def _value_order(labels: Sequence[str], articles: Sequence[ArticleLabels]) -> tuple[str, ...]:
    seen = dict.fromkeys(label for label in labels if label != NONE)
    extra = sorted({str(c.label) for article in articles for per in article.claims.values()
                    for claims in per.values() for c in claims} - set(seen) - {NONE})
    return (*seen, *extra, NONE)


def _compare_pair(article: ArticleLabels, a: str, b: str, confusion: npt.NDArray[np.int64],
                  speaker_labels: frozenset[str]) -> PairResult:
    """Span and speaker comparison of two annotators over the paragraphs counting for both."""
    pair = PairResult(a, b, confusion)
    mine, theirs = article.claims[a], article.claims[b]
    for index in sorted(set(mine) & set(theirs)):
        for label, spans in span_counts(mine[index], theirs[index]).items():
            pair.spans.setdefault(label, SpanCounts())
            pair.spans[label] += spans
        speakers, mismatched = speaker_counts(match_quotes(mine[index], theirs[index], speaker_labels))
        pair.speaker += speakers
        pair.mismatches.extend(SpeakerMismatch(article.article_id, index, x, y) for x, y in mismatched)
    return pair


def compute(
    label_set: LabelSet | Sequence[ArticleLabels],
    unit: UnitKind = "token",
    labels: Sequence[str] = (),
    speaker_labels: frozenset[str] = DEFAULT_SPEAKER_LABELS,
) -> AgreementReport:
    """Agreement per article and pooled over the project (rules: module docstring)."""
    articles = list(label_set.articles if isinstance(label_set, LabelSet) else label_set)
    warnings = list(label_set.warnings) if isinstance(label_set, LabelSet) else []
    values = _value_order(labels, articles)
    codes = {value: i for i, value in enumerate(values)}
    none_code = codes[NONE]
    n_values = len(values)
    names = tuple(sorted({a for article in articles for a in article.claims}))
    row = {name: i for i, name in enumerate(names)}
    blocks: list[npt.NDArray[np.int8]] = []
    results: list[ArticleResult] = []
    pooled: dict[tuple[str, str], PairResult] = {}
    texts: dict[tuple[str, int], str] = {}
    for article in articles:
        article_blocks: list[npt.NDArray[np.int8]] = []
        annotators = article.annotators
        paragraphs = sorted({i for per in article.claims.values() for i in per})
        for index in paragraphs:
            coders = [a for a in annotators if index in article.claims[a]]
            if len(coders) < 2:
                continue
            text = article.texts[index]
            texts[(article.article_id, index)] = text
            columns = [unit_values(text, article.claims[a][index], codes, none_code, unit) for a in coders]
            block = np.full((len(names), len(columns[0])), -1, np.int8)
            for coder, column in zip(coders, columns, strict=True):
                block[row[coder]] = column
            article_blocks.append(block)
        matrix = np.hstack(article_blocks) if article_blocks else np.full((len(names), 0), -1, np.int8)
        blocks.append(matrix)
        pairs = []
        for a, b in combinations(annotators, 2):
            pair = _compare_pair(article, a, b, pair_confusion(matrix[row[a]], matrix[row[b]], n_values),
                                 speaker_labels)
            pairs.append(pair)
            total = pooled.setdefault((a, b), PairResult(a, b, np.zeros((n_values, n_values), np.int64)))
            total.absorb(pair)
        results.append(ArticleResult(article.article_id, annotators, matrix.shape[1],
                                     alpha_nominal(value_counts(matrix, n_values)), pairs, article.from_corpus))
    everything = np.hstack(blocks) if blocks else np.full((len(names), 0), -1, np.int8)
    pooled_counts = value_counts(everything, n_values)
    by_label: dict[str, float | None] = {}
    for code, label in enumerate(values[:-1]):
        mine = pooled_counts[:, code]
        by_label[label] = alpha_nominal(np.stack([mine, pooled_counts.sum(axis=1) - mine], axis=1))
    return AgreementReport(
        unit=unit, values=values, annotators=names, articles=results, units=everything.shape[1],
        alpha=alpha_nominal(pooled_counts), alpha_by_label=by_label,
        pairs=[pooled[key] for key in sorted(pooled)], texts=texts,
        speaker_labels=speaker_labels, warnings=warnings,
    )
