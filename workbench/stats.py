"""The source-bias profile in figures: label shares, attribution, speakers, devices, progress, pace.

Pure functions of a :class:`workbench.dataset.Dataset`, returning plain,
immutable data (and ``to_dict`` for JSON), so the `stats` command, the HTML
report and the TUI's statistics screen show the same numbers.

What is counted (also in :data:`RULES`, which every output carries):

- Shares are over labelled claims in article text (boilerplate paragraphs
  excluded, whatever the export switches), by number and by characters.
- The attribution rate is the share of labelled claims whose label records a
  speaker (the scheme's quotation label), by number.
- Progress counts the claims stored for touched paragraphs (paragraphs an
  annotator has labelled or edited; untouched ones are not yet divided into
  claims) and how many of them have no label yet; paragraphs touched out of
  the article text paragraphs of the articles opened.
- Pace is claims per hour of active time, per annotator, from the times
  labels were set: the time between two consecutive labels counts only when
  it is at most ``gap`` (10 minutes), longer gaps are breaks; the first label
  after a break is not counted either, as its time is unknown.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from workbench.dataset import Dataset, Document, Span, load_dataset
from workbench.project import Project
from workbench.scheme import Scheme

GROUPINGS: tuple[str, ...] = ("outlet", "article", "annotator")
SPEAKER = "speaker"
DEVICE = "device"
DEFAULT_GAP = 600  # seconds: a longer pause between two labels is a break
NO_OUTLET = "(no outlet)"
UNKNOWN_COLOR = "#8a8a8a"

RULES: dict[str, str] = {
    "shares": "of labelled claims in article text (boilerplate excluded), by count and by characters",
    "attribution_rate": "share of labelled claims whose label records a speaker (quotations)",
    "speakers": "values of the 'speaker' attribute, grouped ignoring case and spacing",
    "devices": "values of the 'device' attribute of framing claims",
    "progress": "claims stored for touched paragraphs (labelled or edited; untouched paragraphs are "
                "not yet divided into claims) and how many have no label; paragraphs touched out of the "
                "article text paragraphs of the opened articles (unknown when an article is missing)",
    "pace": "claims per hour of active time per annotator: the time between consecutive labels counts "
            "when it is at most the gap (600 s), longer gaps are breaks and the label after a break "
            "is not counted",
}


@dataclass(frozen=True, slots=True)
class LabelFigure:
    label: str
    claims: int
    characters: int
    claim_share: float  # 0..1 of the group's labelled claims
    char_share: float  # 0..1 of the characters in the group's labelled claims


@dataclass(frozen=True, slots=True)
class Progress:
    claims: int
    labelled: int
    unlabelled: int
    paragraphs_touched: int
    paragraphs_total: int | None

    @property
    def done_share(self) -> float | None:
        return self.labelled / self.claims if self.claims else None


@dataclass(frozen=True, slots=True)
class Pace:
    claims: int  # claims whose time since the previous label was within the gap
    active_seconds: int
    per_hour: float | None


@dataclass(frozen=True)
class GroupStats:
    key: str
    name: str
    articles: int
    annotators: tuple[str, ...]
    claims: int
    characters: int
    labels: tuple[LabelFigure, ...]
    attribution_rate: float | None
    speakers: tuple[tuple[str, int], ...]
    devices: tuple[tuple[str, int], ...]
    progress: Progress
    pace: Pace

    def label(self, label_id: str) -> LabelFigure | None:
        return next((f for f in self.labels if f.label == label_id), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["annotators"] = list(self.annotators)
        data["labels"] = {f.label: {k: v for k, v in asdict(f).items() if k != "label"} for f in self.labels}
        data["speakers"] = [{"speaker": name, "claims": count} for name, count in self.speakers]
        data["devices"] = [{"device": name, "claims": count} for name, count in self.devices]
        data["progress"]["done_share"] = self.progress.done_share
        return data


@dataclass(frozen=True)
class Stats:
    by: str
    groups: tuple[GroupStats, ...]
    total: GroupStats
    labels: tuple[tuple[str, str, str], ...]  # (id, name, colour): scheme order, then labels it lacks
    annotators: tuple[str, ...]
    gap_seconds: int = DEFAULT_GAP

    def to_dict(self) -> dict[str, Any]:
        return {
            "by": self.by,
            "annotators": list(self.annotators),
            "labels": [{"id": i, "name": n, "color": c} for i, n, c in self.labels],
            "rules": {**RULES, "pace": RULES["pace"].replace("600", str(self.gap_seconds))},
            "groups": [g.to_dict() for g in self.groups],
            "total": self.total.to_dict(),
        }


# ---------------------------------------------------------------- small pure pieces


def attribution_labels(scheme: Scheme) -> frozenset[str]:
    """Labels whose claims are attributed to someone: those recording a speaker."""
    found = frozenset(label.id for label in scheme.labels if label.attribute(SPEAKER) is not None)
    return found or frozenset({"quote"})


def label_figures(spans: Sequence[Span], label_order: Sequence[str]) -> tuple[LabelFigure, ...]:
    """Share of claims and of characters per label, scheme labels first (zeros included)."""
    counts: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    for span in spans:
        if span.label is not None:
            counts[span.label] += 1
            chars[span.label] += span.end - span.start
    total, total_chars = sum(counts.values()), sum(chars.values())
    order = [*label_order, *sorted(k for k in counts if k not in label_order)]
    return tuple(
        LabelFigure(label, counts[label], chars[label],
                    counts[label] / total if total else 0.0, chars[label] / total_chars if total_chars else 0.0)
        for label in order
    )


def top_values(values: Iterable[str], top: int) -> tuple[tuple[str, int], ...]:
    """Most frequent values, grouped ignoring case and spacing, shown in their commonest spelling."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for value in values:
        shown = " ".join(value.split())
        if shown:
            spellings[shown.casefold()][shown] += 1
    totals = [(sum(c.values()), min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0]) for c in spellings.values()]
    totals.sort(key=lambda item: (-item[0], item[1].casefold(), item[1]))
    return tuple((name, count) for count, name in totals[:top])


def _seconds(stamp: str) -> float | None:
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment.timestamp() if moment.tzinfo else None


def pace(times_by_annotator: Mapping[str, Iterable[str]], gap: int = DEFAULT_GAP) -> Pace:
    """Claims per hour of active labelling time (see the module docstring for the rule)."""
    counted = active = 0.0
    for times in times_by_annotator.values():
        moments = sorted(t for t in (_seconds(s) for s in times) if t is not None)
        for before, after in itertools.pairwise(moments):
            if after - before <= gap:
                counted += 1
                active += after - before
    per_hour = counted * 3600 / active if active > 0 else None
    return Pace(int(counted), int(active), per_hour)


# ---------------------------------------------------------------- grouping


def _group_key(document: Document, by: str) -> tuple[str, str]:
    if by == "outlet":
        return document.meta.outlet, document.meta.outlet or NO_OUTLET
    if by == "article":
        return document.article, document.title
    if by == "annotator":
        return document.annotator, document.annotator
    return "", "all"


def group_stats(key: str, name: str, documents: Sequence[Document], scheme: Scheme, top: int = 5,
                gap: int = DEFAULT_GAP) -> GroupStats:
    """The figures for one group of annotation files (article text only)."""
    text_records = [r for d in documents for r in d.records if not r.boilerplate]
    all_spans = [s for r in text_records for s in r.spans]
    labelled = [s for s in all_spans if s.label is not None]
    attributed = attribution_labels(scheme)
    speakers = top_values((s.attributes.get(SPEAKER, "") for s in labelled if s.label in attributed), top)
    devices = top_values((s.attributes.get(DEVICE, "") for s in labelled), top)
    times: dict[str, list[str]] = defaultdict(list)
    for record in text_records:
        times[record.annotator].extend(s.labelled for s in record.spans if s.label is not None and s.labelled)
    known = [d.annotatable for d in documents]
    paragraphs_total = None if None in known else sum(n or 0 for n in known)
    touched = sum(1 for r in text_records if r.spans)
    return GroupStats(
        key=key,
        name=name,
        articles=len({d.article for d in documents}),
        annotators=tuple(sorted({d.annotator for d in documents})),
        claims=len(labelled),
        characters=sum(s.end - s.start for s in labelled),
        labels=label_figures(labelled, scheme.ids),
        attribution_rate=(sum(1 for s in labelled if s.label in attributed) / len(labelled)) if labelled else None,
        speakers=speakers,
        devices=devices,
        progress=Progress(len(all_spans), len(labelled), len(all_spans) - len(labelled), touched,
                          paragraphs_total),
        pace=pace(times, gap),
    )


def compute_stats(dataset: Dataset, scheme: Scheme, by: str = "outlet", top: int = 5,
                  gap: int = DEFAULT_GAP) -> Stats:
    """Figures per outlet, article or annotator, and for everything together.

    Uses every stored paragraph of the dataset's documents, so the figures do
    not depend on the export switches (--include): unlabelled claims count
    for progress, boilerplate paragraphs never count.
    """
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r} (known: {', '.join(GROUPINGS)})")
    grouped: dict[str, list[Document]] = defaultdict(list)
    names: dict[str, str] = {}
    for document in dataset.documents:
        key, name = _group_key(document, by)
        grouped[key].append(document)
        names.setdefault(key, name)
    groups = tuple(
        group_stats(key, names[key], grouped[key], scheme, top, gap)
        for key in sorted(grouped, key=lambda k: (names[k].casefold(), k))
    )
    total = group_stats("", "all", dataset.documents, scheme, top, gap)
    labels = [(label.id, label.name, label.color) for label in scheme.labels]
    # Labels in the files but not in labels.yaml still count; shown by id, in grey.
    labels += [(f.label, f.label, UNKNOWN_COLOR) for f in total.labels if scheme.get(f.label) is None]
    return Stats(by, groups, total, tuple(labels), dataset.annotators, gap)


def project_stats(project: Project, by: str = "outlet", annotators: Sequence[str] | None = None,
                  top: int = 5, gap: int = DEFAULT_GAP) -> Stats:
    """Load a project's labels (every annotator unless given) and compute its figures.

    Raises DatasetError or SchemeError with a message fit for the user; slow
    on big projects the first time (parsing), so call it from a worker thread.
    """
    return compute_stats(load_dataset(project, annotators), project.scheme(), by, top, gap)
