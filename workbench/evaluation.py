"""Scoring the suggester against a reference labelling (an annotator's saved labels).

Only paragraphs the reference annotator labelled count, and only claims with
a label; a paragraph the reference marked as boilerplate is skipped. Each
label is scored twice: with exact spans (what an analyst can accept with one
key) and with any overlap (the usual measure for quotation extraction, which
forgives a boundary one word off). For quotations matched by overlap the
speaker is compared leniently: case, punctuation, "the" and titles aside,
one name must contain the other ("Borrell" matches "Josep Borrell").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.corpus import CorpusError
from workbench.model import Article, Claim, SuggestedClaim, is_annotatable
from workbench.project import Project
from workbench.store import AnnotationStore, StoreError

Suggester = Callable[[Article, int], Sequence[SuggestedClaim]]
LABELS = ("quote", "framing", "fact")


@dataclass(frozen=True, slots=True)
class Span:
    """One labelled claim, from the reference or the suggester."""

    article: str
    paragraph: int
    start: int
    end: int
    label: str
    attributes: Mapping[str, str] = field(default_factory=dict)

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        self.hits += hit
        self.total += 1

    def as_dict(self) -> dict[str, Any]:
        return {"value": _round(self.value), "hits": self.hits, "total": self.total}


@dataclass
class LabelScore:
    label: str
    gold: int = 0
    predicted: int = 0
    exact_hits: int = 0  # predicted claims with the same span and label as a reference claim
    overlap_precision_hits: int = 0  # predicted claims overlapping a reference claim of the label
    overlap_recall_hits: int = 0  # reference claims overlapped by a predicted claim of the label

    @property
    def exact(self) -> tuple[float | None, float | None, float | None]:
        return _prf(self.exact_hits, self.predicted, self.exact_hits, self.gold)

    @property
    def overlap(self) -> tuple[float | None, float | None, float | None]:
        return _prf(self.overlap_precision_hits, self.predicted, self.overlap_recall_hits, self.gold)

    def as_dict(self) -> dict[str, Any]:
        ep, er, ef = self.exact
        op, orr, of = self.overlap
        return {
            "label": self.label, "gold": self.gold, "predicted": self.predicted,
            "exact": {"precision": _round(ep), "recall": _round(er), "f1": _round(ef)},
            "overlap": {"precision": _round(op), "recall": _round(orr), "f1": _round(of)},
        }


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A reference claim the suggestion does not reproduce with one key (for `evaluate --errors`)."""

    article: str
    paragraph: int
    text: str
    reference: str  # "quote (speaker: BBC)"
    suggested: str  # the suggestion(s) overlapping it, or "nothing"

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article, "paragraph": self.paragraph, "text": self.text,
                "reference": self.reference, "suggested": self.suggested}


@dataclass
class Evaluation:
    annotator: str
    articles: list[str] = field(default_factory=list)
    paragraphs: int = 0
    labels: dict[str, LabelScore] = field(default_factory=dict)
    speaker: Ratio = field(default_factory=Ratio)
    quote_type: Ratio = field(default_factory=Ratio)
    device: Ratio = field(default_factory=Ratio)
    label_accuracy: Ratio = field(default_factory=Ratio)  # claims whose suggested span is the reference span
    span_match: Ratio = field(default_factory=Ratio)  # reference claims whose span was suggested exactly
    accepted_as_is: Ratio = field(default_factory=Ratio)  # reference claims one key away (span, label, speaker)
    problems: list[str] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    def score(self, label: str) -> LabelScore:
        return self.labels.setdefault(label, LabelScore(label))

    @property
    def gold_claims(self) -> int:
        return sum(s.gold for s in self.labels.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "annotator": self.annotator,
            "articles": len(self.articles),
            "paragraphs": self.paragraphs,
            "claims": self.gold_claims,
            "labels": [self.labels[k].as_dict() for k in _label_order(self.labels)],
            "speaker_accuracy": self.speaker.as_dict(),
            "quote_type_accuracy": self.quote_type.as_dict(),
            "device_accuracy": self.device.as_dict(),
            "label_accuracy_same_span": self.label_accuracy.as_dict(),
            "span_match": self.span_match.as_dict(),
            "accepted_as_is": self.accepted_as_is.as_dict(),
            "problems": list(self.problems),
            "mismatches": [m.as_dict() for m in self.mismatches],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _prf(p_hits: int, p_total: int, r_hits: int, r_total: int) -> tuple[float | None, float | None, float | None]:
    precision = p_hits / p_total if p_total else None
    recall = r_hits / r_total if r_total else None
    if precision is None or recall is None:
        return precision, recall, None
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _label_order(labels: Iterable[str]) -> list[str]:
    known = [label for label in LABELS if label in labels]
    return known + sorted(set(labels) - set(known))


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# ---------------------------------------------------------------- speakers

_TITLES = _set(
    "the mr mrs ms dr sen rep gov president prime minister secretary general director chief "
    "former attorney judge governor mayor professor prof sir"
)


def speaker_tokens(name: str) -> frozenset[str]:
    """A speaker name as comparable words: no accents, case, punctuation, possessives or titles."""
    text = re.sub(r"['’]s\b", "", name)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    # Letters of any script ("村瀬隆之", "Σπύρος"), with the vowel signs some scripts write as marks ("मोदी").
    words = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in text).split()
    kept = [w for w in words if w not in _TITLES]
    return frozenset(kept or words)


def same_speaker(suggested: str | None, reference: str | None) -> bool:
    """Lenient match: one name's words contain the other's ("Borrell" ~ "Josep Borrell")."""
    if not suggested or not reference:
        return not suggested and not reference
    a, b = speaker_tokens(suggested), speaker_tokens(reference)
    if not a or not b:
        return False
    if "unnamed" in a or "unnamed" in b:
        return a == b
    return a <= b or b <= a


# ---------------------------------------------------------------- scoring


def reference_spans(project: Project, annotator: str, article_ids: Sequence[str] | None = None,
                    ) -> tuple[list[tuple[Article, int, list[Span]]], list[str]]:
    """(article, paragraph index, labelled reference claims) for every labelled paragraph."""
    corpus = project.corpus()
    store = AnnotationStore(project.annotations_dir, annotator)
    problems: list[str] = []
    ids = list(article_ids) if article_ids else [i for i in corpus.ids if store.exists(i)]
    result: list[tuple[Article, int, list[Span]]] = []
    for article_id in ids:
        if article_id not in corpus:
            problems.append(f"{article_id}: no such article in {project.corpus_dir}")
            continue
        try:
            article = corpus.get(article_id)
            doc, load_problems = store.load(article)
        except (CorpusError, StoreError) as exc:
            problems.append(str(exc))
            continue
        problems.extend(str(p) for p in load_problems)
        for index in sorted(doc.paragraphs):
            state = doc.paragraphs[index].state
            if not state.touched or not is_annotatable(article.paragraphs[index], state):
                continue
            spans = [_span(article.id, index, claim) for claim in state.claims if claim.label is not None]
            if spans:
                result.append((article, index, spans))
    return result, problems


def _span(article_id: str, index: int, claim: Claim) -> Span:
    return Span(article_id, index, claim.start, claim.end, claim.label or "", dict(claim.attributes))


def evaluate(project: Project, annotator: str, suggester: Suggester | None = None,
             article_ids: Sequence[str] | None = None) -> Evaluation:
    """Score ``suggester`` (the shipped one by default) against ``annotator``'s labels."""
    if suggester is None:
        from workbench.suggest import suggest_paragraph

        suggester = suggest_paragraph
    reference, problems = reference_spans(project, annotator, article_ids)
    result = Evaluation(annotator, problems=problems)
    seen: set[str] = set()
    for article, index, gold in reference:
        if article.id not in seen:
            seen.add(article.id)
            result.articles.append(article.id)
        predicted = [
            Span(article.id, index, s.start, s.end, s.suggestion.label, dict(s.suggestion.attributes))
            for s in suggester(article, index)
        ]
        score_paragraph(result, gold, predicted, article.paragraphs[index].text)
    return result


def _describe(span: Span, reference: Span | None = None) -> str:
    detail = span.attributes.get("speaker") if span.label == "quote" else span.attributes.get("device")
    where = "" if reference is None or (span.start, span.end) == (reference.start, reference.end) else " (other span)"
    return f"{span.label} ({detail}){where}" if detail else f"{span.label}{where}"


def score_paragraph(result: Evaluation, gold: Sequence[Span], predicted: Sequence[Span], text: str = "") -> None:
    """Add one paragraph's reference and suggested claims to the totals."""
    result.paragraphs += 1
    by_span = {(p.start, p.end): p for p in predicted}
    for g in gold:
        result.score(g.label).gold += 1
        if any(p.label == g.label and p.overlaps(g) for p in predicted):
            result.score(g.label).overlap_recall_hits += 1
        exact = by_span.get((g.start, g.end))
        result.span_match.add(exact is not None)
        if exact is not None:
            result.label_accuracy.add(exact.label == g.label)
        accepted = exact is not None and _same_decision(exact, g)
        result.accepted_as_is.add(accepted)
        if not accepted:
            overlapping = [p for p in predicted if p.overlaps(g)]
            result.mismatches.append(Mismatch(
                g.article, g.paragraph, text[g.start : g.end], _describe(g),
                "; ".join(_describe(p, g) for p in overlapping) or "nothing",
            ))
        # Attributes: compare with the best-overlapping suggestion of the same label.
        candidates = [p for p in predicted if p.label == g.label and p.overlaps(g)]
        if not candidates:
            continue
        best = max(candidates, key=g.overlap)
        if g.label == "quote":
            result.speaker.add(same_speaker(best.attributes.get("speaker"), g.attributes.get("speaker")))
            if g.attributes.get("quote_type"):
                result.quote_type.add(best.attributes.get("quote_type") == g.attributes.get("quote_type"))
        elif g.label == "framing" and g.attributes.get("device"):
            result.device.add(best.attributes.get("device") == g.attributes.get("device"))
    for p in predicted:
        score = result.score(p.label)
        score.predicted += 1
        if any(g.label == p.label and g.start == p.start and g.end == p.end for g in gold):
            score.exact_hits += 1
        if any(g.label == p.label and g.overlaps(p) for g in gold):
            score.overlap_precision_hits += 1


def _same_decision(suggested: Span, reference: Span) -> bool:
    """Whether accepting the suggestion gives the reference label (and speaker, for quotations)."""
    if suggested.label != reference.label:
        return False
    if reference.label == "quote":
        return same_speaker(suggested.attributes.get("speaker"), reference.attributes.get("speaker"))
    return True


# ---------------------------------------------------------------- report


def _cell(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_mismatches(result: Evaluation) -> str:
    """Each reference claim that one key would not reproduce, with what was suggested instead."""
    lines = []
    for m in result.mismatches:
        text = " ".join(m.text.split())
        if len(text) > 100:
            text = text[:99] + "…"
        lines.append(f"{m.article} ¶{m.paragraph}: reference {m.reference}; suggested {m.suggested}\n    {text}")
    return "\n".join(lines)


def format_table(result: Evaluation) -> str:
    """The scores as a plain-text table (what `workbench evaluate` prints)."""
    lines = [
        f"suggestions vs {result.annotator}'s labels: {len(result.articles)} articles, "
        f"{result.paragraphs} paragraphs, {result.gold_claims} claims",
        "",
        f"{'label':<9} {'ref':>5} {'sugg':>5}   {'exact P':>7} {'R':>5} {'F1':>5}"
        f"   {'overlap P':>9} {'R':>5} {'F1':>5}",
    ]
    for label in _label_order(result.labels):
        score = result.labels[label]
        ep, er, ef = score.exact
        op, orr, of = score.overlap
        lines.append(
            f"{label:<9} {score.gold:>5} {score.predicted:>5}   {_cell(ep):>7} {_cell(er):>5} {_cell(ef):>5}"
            f"   {_cell(op):>9} {_cell(orr):>5} {_cell(of):>5}"
        )
    lines.append("")
    rows = [
        ("speaker correct (quotations found)", result.speaker),
        ("quote type correct (quotations found)", result.quote_type),
        ("framing device correct (framing found)", result.device),
        ("label correct where the span is the reference's", result.label_accuracy),
        ("reference spans suggested exactly", result.span_match),
        ("claims accepted as is (span, label, speaker)", result.accepted_as_is),
    ]
    width = max(len(name) for name, _ in rows)
    for name, ratio in rows:
        lines.append(f"{name:<{width}}  {_cell(ratio.value)}  ({ratio.hits}/{ratio.total})")
    return "\n".join(lines)
