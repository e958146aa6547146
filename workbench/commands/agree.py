"""`workbench agree`: inter-annotator agreement for a team project."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from workbench.agreement import (
    ATTRIBUTION_ALPHA,
    DEFAULT_SPEAKER_LABELS,
    OPINION_ALPHA,
    UNIT_KINDS,
    AgreementError,
    AgreementReport,
    LabelSet,
    UnitKind,
    compute,
    read_labels,
)
from workbench.commands.common import echo_json, fail, load_scheme_or_fail, open_project, project_option
from workbench.project import ADJUDICATED, Project
from workbench.store import annotation_files, check_name

OPINION_LABELS = frozenset({"framing", "opinion", "bias"})
MISMATCHES_SHOWN = 20


def _number(value: float | None, digits: int = 3) -> Text:
    return Text("n/a" if value is None else f"{value:.{digits}f}", justify="right")


def _count(value: int) -> Text:
    return Text(f"{value:,}", justify="right")


def _reference_for(label: str, speaker_labels: frozenset[str]) -> str:
    if label in speaker_labels:
        return f"≈ {ATTRIBUTION_ALPHA} attribution (PolNeAR)"
    if label in OPINION_LABELS:
        return f"{OPINION_ALPHA[0]}–{OPINION_ALPHA[1]} bias/opinion (BABE)"
    return ""


def _scheme_labels(project: Project) -> tuple[tuple[str, ...], frozenset[str]]:
    """Label order and the labels that carry a speaker; defaults when there is no labels.yaml."""
    if not project.labels_path.is_file():
        return (), DEFAULT_SPEAKER_LABELS
    scheme = load_scheme_or_fail(project)
    speakers = frozenset(label.id for label in scheme.labels if label.attribute("speaker") is not None)
    return scheme.ids, speakers or DEFAULT_SPEAKER_LABELS


def _nothing_to_compare(label_set: LabelSet, project: Project, articles: Sequence[str]) -> str:
    where = f"article {', '.join(articles)}" if articles else "this project"
    if not label_set.labelled:
        return (f"nothing to compare: no labels in {where} yet ({project.annotations_dir}). "
                "Agreement needs an article labelled by two or more annotators.")
    who = ", ".join(f"{name}: {n} article{'s' if n != 1 else ''}" for name, n in sorted(label_set.labelled.items()))
    if len(label_set.labelled) == 1:
        return (f"nothing to compare: only one annotator has labelled {where} ({who}). "
                "Agreement needs an article labelled by two or more annotators.")
    return f"nothing to compare: no article in {where} is labelled by two or more annotators ({who})."


def render(report: AgreementReport, console: Console) -> None:
    speaker_labels = report.speaker_labels
    names = ", ".join(report.annotators)
    console.print(Text(
        f"Agreement over {len(report.articles)} article{'s' if len(report.articles) != 1 else ''}, "
        f"annotators {names}; unit: {report.unit} ({report.units:,} units)", style="bold"))
    if not report.units:
        console.print(Text("No paragraph was labelled by two annotators, so there are no units to "
                           "compare; span figures below still apply.", style="yellow"))

    alpha = Table(title="Krippendorff's alpha (nominal)", title_justify="left")
    alpha.add_column("labels")
    alpha.add_column("alpha", justify="right")
    alpha.add_column("field reference (token alpha)")
    alpha.add_row(Text(", ".join(report.values)), _number(report.alpha), Text(""))
    for label, figure in report.alpha_by_label.items():
        alpha.add_row(Text(f"{label} vs rest"), _number(figure), Text(_reference_for(label, speaker_labels)))
    console.print(alpha)

    kappa = Table(title="Cohen's kappa per pair", title_justify="left")
    for name in ("annotators", "units", "observed", "kappa"):
        kappa.add_column(name, justify="left" if name == "annotators" else "right")
    for pair in report.pairs:
        kappa.add_row(Text(f"{pair.a} / {pair.b}"), _count(pair.units), _number(pair.observed), _number(pair.kappa))
    console.print(kappa)

    spans = Table(title="Span F1 (all pairs pooled; overlap = any same-label overlap)", title_justify="left")
    for name in ("label", "spans", "exact", "F1 exact", "P overlap", "R overlap", "F1 overlap"):
        spans.add_column(name, justify="left" if name == "label" else "right", no_wrap=True)
    for label, counts in report.spans().items():
        spans.add_row(Text("all labels" if label == "*" else label), _count(counts.a + counts.b),
                      _count(counts.exact), _number(counts.f1_exact), _number(counts.overlap_precision),
                      _number(counts.overlap_recall), _number(counts.f1_overlap))
    console.print(spans)

    speaker = report.speaker()
    line = Text("Speakers of matched quotations: ")
    if speaker.compared:
        line.append(f"{speaker.agreed} of {speaker.compared} agree ({speaker.agreement:.0%})")
    else:
        line.append("no matched quotation with a speaker")
    if speaker.matched > speaker.compared:
        line.append(f"; {speaker.matched - speaker.compared} matched without any speaker")
    console.print(line)
    mismatches = [(pair, m) for pair in report.pairs for m in pair.mismatches]
    if mismatches:
        table = Table(title="Speaker disagreements", title_justify="left")
        for name in ("article", "¶", "annotator A", "speaker A", "annotator B", "speaker B"):
            table.add_column(name)
        for pair, m in mismatches[:MISMATCHES_SHOWN]:
            table.add_row(Text(m.article), Text(str(m.paragraph)), Text(pair.a),
                          Text(m.a.attributes.get("speaker", "") or "—"), Text(pair.b),
                          Text(m.b.attributes.get("speaker", "") or "—"))
        if len(mismatches) > MISMATCHES_SHOWN:
            table.caption = f"and {len(mismatches) - MISMATCHES_SHOWN} more (see --json)"
        console.print(table)

    matrix = report.confusion()
    confusion = Table(title="Confusion (unit pairs, both ways)", title_justify="left")
    confusion.add_column("", no_wrap=True)
    for name in report.values:
        confusion.add_column(name, justify="right")
    for i, name in enumerate(report.values):
        confusion.add_row(Text(name, style="bold"), *(_count(int(n)) for n in matrix[i]))
    console.print(confusion)
    swaps = report.swaps()[:5]
    if swaps:
        console.print(Text("Most swapped: " + "; ".join(f"{x} ↔ {y} ({n:,})" for x, y, n in swaps)))

    per_article = Table(title="Per article", title_justify="left")
    for name in ("article", "annotators", "units", "alpha", "mean kappa", "F1 exact", "F1 overlap"):
        per_article.add_column(name, justify="left" if name in ("article", "annotators") else "right")
    for result in report.articles:
        kappas = [p.kappa for p in result.pairs if p.kappa is not None]
        exact = [p.spans_all().f1_exact for p in result.pairs]
        overlap = [p.spans_all().f1_overlap for p in result.pairs]
        article = Text(result.article_id)
        if not result.from_corpus:
            article.append(" (not in corpus)", style="dim")
        per_article.add_row(article, Text(", ".join(result.annotators)), _count(result.units),
                            _number(result.alpha), _number(sum(kappas) / len(kappas) if kappas else None),
                            _number(_mean(exact)), _number(_mean(overlap)))
    console.print(per_article)
    console.print(Text(
        f"Field reference points (trained annotators, token-level alpha): about {ATTRIBUTION_ALPHA} for "
        f"attribution (PolNeAR), about {OPINION_ALPHA[0]}–{OPINION_ALPHA[1]} for bias/opinion (BABE).",
        style="dim"))


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


@click.command()
@click.option("--unit", type=click.Choice(UNIT_KINDS), default="token", show_default=True,
              help="Compare labels per token (word) or per non-whitespace character.")
@click.option("--article", "articles", multiple=True, metavar="ID",
              help="Only this article (repeat for several).")
@click.option("--annotator", "annotators", multiple=True, metavar="NAME",
              help="Only these annotators (repeat; default: everyone except 'adjudicated').")
@click.option("--include-adjudicated", is_flag=True,
              help="Also compare the 'adjudicated' labels, e.g. to see each annotator against them.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (figures, rules, references).")
@project_option
def agree(unit: UnitKind, articles: tuple[str, ...], annotators: tuple[str, ...], include_adjudicated: bool,
          as_json: bool, project_dir: Path) -> None:
    """Inter-annotator agreement over every article labelled by two or more annotators.

    Per article and pooled over the project: Krippendorff's alpha (nominal,
    all annotators, and each label against the rest), Cohen's kappa for each
    pair, span F1 per label with exact and any-overlap matching, agreement on
    the speaker of matched quotations, and a confusion table of the labels
    people swap.

    \b
    Rules:
      - a unit (token = whitespace-delimited word, or char = non-whitespace
        character) takes the label of the claim covering it, else "none";
      - only paragraphs an annotator touched (saved) and did not mark
        boilerplate count; alpha uses paragraphs touched by two or more
        annotators (the others are missing values), a pair's kappa and span
        figures the paragraphs both touched;
      - `--json` lists every rule under "rules".

    \b
    Field reference points (token alpha): about 0.75 for attribution
    (PolNeAR), about 0.4-0.6 for bias/opinion (BABE).

    \b
    Exit status: 0 with figures; 1 when there is nothing to compare (no
    article labelled by two annotators; the message says who labelled what),
    when an annotation file cannot be read, or for an unknown article.

    \b
    Examples:
      workbench agree
      workbench agree --unit char --article kosovo-nato
      workbench agree --json | jq '.pooled.alpha'
    """
    project = open_project(project_dir)
    labels, speaker_labels = _scheme_labels(project)
    corpus = project.corpus()
    for article_id in articles:
        known = article_id in corpus or any(p.stem == article_id for _, p in annotation_files(project.annotations_dir))
        if not known:
            fail(f"{article_id}: no such article in {project.corpus_dir} or {project.annotations_dir}")
    for name in annotators:
        try:
            check_name(name, "annotator name")
        except ValueError as exc:
            fail(str(exc))
        if not (project.annotations_dir / name).is_dir():
            fail(f"{name}: no annotations by this annotator in {project.annotations_dir}")
    try:
        label_set = read_labels(project.annotations_dir, corpus, annotators=annotators or None,
                                include_adjudicated=include_adjudicated or ADJUDICATED in annotators,
                                article_ids=articles or None)
    except AgreementError as exc:
        for line in str(exc).splitlines():
            click.echo(f"workbench: {line}", err=True)
        fail("cannot compute agreement until these files are fixed (run `workbench validate`)")
    for warning in label_set.warnings:
        click.echo(f"workbench: warning: {warning}", err=True)
    if not label_set.articles:
        fail(_nothing_to_compare(label_set, project, articles))
    report = compute(label_set, unit=unit, labels=labels, speaker_labels=speaker_labels)
    if as_json:
        echo_json(report.as_json())
        return
    render(report, Console(highlight=False))
