"""A self-contained HTML report per outlet: composition, speakers, framing devices, articles.

One file with inline CSS and inline SVG charts drawn here in a few lines (no
script, no fonts, nothing fetched), so it opens offline, prints cleanly and
can be mailed. Every string from the data goes through :func:`html.escape`;
label colours come from the validated scheme (always ``#rrggbb``). The same
labels give the same bytes: the only date is the data's own.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from workbench.dataset import Dataset, Document, Record, Span
from workbench.export import ExportError, check_target, write_files_atomic
from workbench.scheme import Scheme
from workbench.stats import RULES, GroupStats, Stats, compute_stats

OTHER_COLOR = "#8a8a8a"
TAGGED = ("speaker", "device")  # attributes printed on the claim itself, so they survive printing
CHART_WIDTH = 760
NAME_WIDTH = 190


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


# ---------------------------------------------------------------- charts


def composition_bars(rows: Sequence[tuple[str, Sequence[tuple[str, float, str]], Sequence[tuple[str, float, str]]]],
                     caption: str) -> str:
    """One 100% bar per outlet by claims, with a thinner one by characters beneath it.

    ``rows`` holds (name, claim segments, character segments), each segment
    (label name, share 0..1, colour).
    """
    claims_height, chars_height, gap = 18, 8, 14
    row_height = claims_height + 2 + chars_height + gap
    height = row_height * len(rows) + 16
    bar_width = CHART_WIDTH - NAME_WIDTH - 10
    parts = [f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" '
             f'height="{height}" role="img" aria-label="{esc(caption)}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="{NAME_WIDTH}" y="11" class="count">claims (upper bar) · characters (lower bar)</text>']
    for i, (name, by_claims, by_chars) in enumerate(rows):
        y = 18 + i * row_height
        parts.append(f'<text x="{NAME_WIDTH - 8}" y="{y + 13}" text-anchor="end" class="name">'
                     f'{esc(_shorten(name, 30))}<title>{esc(name)}</title></text>')
        parts.append(_segments_svg(name, by_claims, y, claims_height, bar_width, "claims", True))
        parts.append(_segments_svg(name, by_chars, y + claims_height + 2, chars_height, bar_width, "characters",
                                   False))
    parts.append("</svg>")
    return "".join(parts)


def _segments_svg(name: str, segments: Sequence[tuple[str, float, str]], y: int, height: int, bar_width: int,
                  what: str, numbers: bool) -> str:
    parts = [f'<rect x="{NAME_WIDTH}" y="{y}" width="{bar_width}" height="{height}" class="track"/>']
    x = float(NAME_WIDTH)
    for label, share, color in segments:
        width = share * bar_width
        if width <= 0:
            continue
        parts.append(f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{height}" fill="{color}">'
                     f"<title>{esc(name)}: {esc(label)}, {_percent(share)} of {what}</title></rect>")
        if numbers and width >= 34:
            parts.append(f'<text x="{x + width / 2:.1f}" y="{y + 13}" text-anchor="middle" class="in">'
                         f"{_percent(share)}</text>")
        x += width
    return "".join(parts)


def bar_chart(items: Sequence[tuple[str, int]], color: str, caption: str) -> str:
    """Horizontal bars with counts, longest first (speakers, devices)."""
    if not items:
        return '<p class="none">None recorded.</p>'
    row_height, bar_height = 22, 15
    height = row_height * len(items) + 4
    bar_width = CHART_WIDTH - NAME_WIDTH - 60
    most = max(count for _, count in items)
    parts = [f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" '
             f'height="{height}" role="img" aria-label="{esc(caption)}" xmlns="http://www.w3.org/2000/svg">']
    for i, (name, count) in enumerate(items):
        y = i * row_height + 2
        width = max(1.0, count / most * bar_width)
        parts.append(f'<text x="{NAME_WIDTH - 8}" y="{y + 12}" text-anchor="end" class="name">'
                     f'{esc(_shorten(name, 30))}<title>{esc(name)}</title></text>'
                     f'<rect x="{NAME_WIDTH}" y="{y}" width="{width:.1f}" height="{bar_height}" fill="{color}"/>'
                     f'<text x="{NAME_WIDTH + width + 6:.1f}" y="{y + 12}" class="count">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- articles


def highlight(text: str, spans: Sequence[Span], classes: dict[str, str], names: dict[str, str]) -> str:
    """Paragraph HTML with each labelled claim in a <mark> of its label's colour."""
    out: list[str] = []
    at = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.label is None or span.start < at:
            continue
        out.append(esc(text[at : span.start]))
        details = [names.get(span.label, span.label)]
        details += [f"{key}: {value}" for key, value in span.attributes.items()]
        if span.note:
            details.append(f"note: {span.note}")
        tag = "".join(f'<span class="who">{esc(span.attributes[key])}</span>'
                      for key in TAGGED if span.attributes.get(key))
        out.append(f'<mark class="{classes.get(span.label, "lx")}" title="{esc(" · ".join(details))}">'
                   f"{tag}{esc(text[span.start : span.end])}</mark>")
        at = span.end
    out.append(esc(text[at:]))
    return "".join(out)


def article_html(document: Document, records: Sequence[Record], anchor: str, classes: dict[str, str],
                 names: dict[str, str]) -> str:
    meta = document.meta
    by_index = {r.paragraph: r for r in records}
    counts: dict[str, int] = {label: 0 for label in names}
    for record in records:
        for span in record.spans:
            if span.label:
                counts[span.label] = counts.get(span.label, 0) + 1
    facts = [esc(meta.outlet or "no outlet")]
    if meta.published:
        facts.append(esc(meta.published))
    facts.append(f"labelled by {esc(document.annotator)}")
    facts.append(", ".join(f"{n} {esc(names.get(label, label).lower())}" for label, n in counts.items() if n)
                 or "no labels")
    parts = [f'<article id="{anchor}"><h3>{esc(document.title)}</h3><p class="meta">{" · ".join(facts)}']
    if meta.url:
        parts.append(f'<br><span class="url">{esc(meta.url)}</span>')
    parts.append("</p>")
    skipped = {r.paragraph for r in document.records if r.boilerplate}
    if document.in_corpus:
        paragraphs = [(p.index, p.text, p.kind) for p in document.paragraphs if p.index not in skipped]
    else:
        parts.append('<p class="note">This article is not in the corpus: its text is rebuilt from the '
                     "claims stored in the annotation file.</p>")
        paragraphs = [(r.paragraph, r.text, "content") for r in records]
    for index, text, kind in paragraphs:
        found = by_index.get(index)
        body = highlight(text, found.spans, classes, names) if found else esc(text)
        tag = "h4" if kind == "heading" else "p"
        parts.append(f"<{tag}>{body}</{tag}>")
    parts.append("</article>")
    return "".join(parts)


# ---------------------------------------------------------------- the page

CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 900px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font: 16px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 28px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 8px;
  border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 18px; margin: 28px 0 2px; } h4 { font-size: 16px; margin: 14px 0 4px; }
.lead, .meta, .note, .none, footer { color: var(--muted); } .meta { font-size: 14px; margin: 0 0 10px; }
.url { word-break: break-all; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 14px 0; padding: 0; list-style: none; }
.legend li { max-width: 400px; font-size: 14px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px;
  vertical-align: -1px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0 10px; }
svg .name { font: 12px sans-serif; fill: #1d1d1f; } svg .count { font: 11px sans-serif; fill: #5f6368; }
svg .in { font: bold 11px sans-serif; fill: #fff; } svg .track { fill: #f1f1f4; }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 4px; }
th, td { text-align: right; padding: 4px 8px; border-bottom: 1px solid var(--line); }
th:first-child, td:first-child { text-align: left; } thead th { border-bottom: 2px solid var(--ink); }
.outlet { break-inside: avoid; } .outlet h3 { margin-top: 18px; }
.cols { display: grid; grid-template-columns: 1fr; gap: 0; }
article { break-inside: auto; border-top: 1px solid var(--line); margin-top: 20px; }
article p { margin: 0 0 10px; white-space: pre-wrap; }
mark { color: inherit; padding: 1px 0; border-bottom: 2px solid; border-radius: 2px; }
mark .who { font-size: 11px; font-weight: 600; margin-right: 4px; padding: 0 3px; border-radius: 2px;
  background: rgba(255,255,255,.75); }
nav ol { columns: 2; font-size: 14px; padding-left: 20px; } nav a { color: inherit; }
footer { margin-top: 40px; font-size: 13px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; } h3, h4 { break-after: avoid; } svg.chart, table, .outlet { break-inside: avoid; }
  nav { display: none; } a { color: inherit; text-decoration: none; }
  #articles { break-before: page; }
}
"""


def _label_css(scheme: Scheme, classes: dict[str, str]) -> str:
    rules = []
    for label in scheme.labels:
        cls = classes[label.id]
        rules.append(f"mark.{cls} {{ background: {label.color}2e; border-color: {label.color}; }}")
    rules.append(f"mark.lx {{ background: {OTHER_COLOR}2e; border-color: {OTHER_COLOR}; }}")
    return "\n".join(rules)


def _composition_table(stats: Stats) -> str:
    head = "".join(f"<th>{esc(name)}</th>" for _, name, _ in stats.labels)
    rows = []
    for group in (*stats.groups, stats.total):
        cells = "".join(
            f"<td>{_percent(f.claim_share)} · {_percent(f.char_share)}</td>" if (f := group.label(i)) and group.claims
            else "<td>–</td>" for i, _, _ in stats.labels
        )
        name = "<strong>All outlets</strong>" if group is stats.total else esc(group.name)
        rows.append(f"<tr><td>{name}</td><td>{group.articles}</td><td>{group.claims}</td>{cells}"
                    f"<td>{_percent(group.attribution_rate)}</td></tr>")
    return (f"<table><thead><tr><th>Outlet</th><th>Articles</th><th>Claims</th>{head}<th>Attributed</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            '<p class="note">Share of labelled claims · share of characters.</p>')


def _segments(group: GroupStats, stats: Stats, by_chars: bool) -> list[tuple[str, float, str]]:
    colours = {i: c for i, _, c in stats.labels}
    names = {i: n for i, n, _ in stats.labels}
    return [(names.get(f.label, f.label), f.char_share if by_chars else f.claim_share,
             colours.get(f.label, OTHER_COLOR)) for f in group.labels]


def render_report(dataset: Dataset, scheme: Scheme, *, title: str = "", max_articles: int | None = None) -> str:
    """The whole report as one HTML string (see the module docstring)."""
    stats = compute_stats(dataset, scheme, "outlet", top=10)
    classes = {label.id: f"l{i}" for i, label in enumerate(scheme.labels)}
    names = {label.id: label.name for label in scheme.labels}
    quote_color = next((label.color for label in scheme.labels if label.attribute("speaker")), OTHER_COLOR)
    device_color = next((label.color for label in scheme.labels if label.attribute("device")), OTHER_COLOR)
    heading = f"Source-bias report{': ' + title if title else ''}"
    out = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(heading)}</title><style>{CSS}{_label_css(scheme, classes)}</style></head><body>",
        f"<header><h1>{esc(heading)}</h1>",
        f'<p class="lead">{len({d.article for d in dataset.documents})} articles from {len(stats.groups)} '
        f"outlets, {stats.total.claims} labelled claims by {esc(', '.join(dataset.annotators) or 'nobody')}. "
        f"Data as of {esc(dataset.latest or 'unknown')}.</p></header>",
        '<ul class="legend">',
    ]
    for label in scheme.labels:
        out.append(f'<li><span class="swatch" style="background:{label.color}"></span><strong>'
                   f"{esc(label.name)}</strong>: {esc(label.short_definition)}</li>")
    out.append("</ul>")

    out.append('<section id="composition"><h2>What each outlet publishes</h2>'
               '<p class="lead">Share of labelled claims by label, and of the characters in them.</p>')
    rows = [(group.name, _segments(group, stats, False), _segments(group, stats, True)) for group in stats.groups]
    rows.append(("All outlets", _segments(stats.total, stats, False), _segments(stats.total, stats, True)))
    out.append(composition_bars(rows, "Label shares per outlet"))
    out.append(_composition_table(stats))
    out.append("</section>")

    out.append('<section id="speakers"><h2>Most quoted speakers per outlet</h2>')
    for group in stats.groups:
        out.append(f'<div class="outlet"><h3>{esc(group.name)}</h3>'
                   f'<p class="meta">Attribution rate {_percent(group.attribution_rate)} of '
                   f"{group.claims} labelled claims.</p>"
                   f"{bar_chart(group.speakers, quote_color, 'Most quoted speakers: ' + group.name)}</div>")
    out.append("</section>")

    out.append('<section id="devices"><h2>Framing devices per outlet</h2>')
    for group in stats.groups:
        out.append(f'<div class="outlet"><h3>{esc(group.name)}</h3>'
                   f"{bar_chart(group.devices, device_color, 'Framing devices: ' + group.name)}</div>")
    out.append("</section>")

    grouped: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in dataset.records:
        grouped[(record.article, record.annotator)].append(record)
    documents = [d for d in dataset.documents if grouped.get((d.article, d.annotator))]
    shown = documents if max_articles is None else documents[:max_articles]
    out.append('<section id="articles"><h2>Articles</h2><nav><ol>')
    for i, document in enumerate(shown):
        out.append(f'<li><a href="#a{i}">{esc(document.title)}</a>'
                   f'{" (" + esc(document.annotator) + ")" if len(dataset.annotators) > 1 else ""}</li>')
    out.append("</ol></nav>")
    if len(shown) < len(documents):
        out.append(f'<p class="note">{len(documents) - len(shown)} more articles are not shown '
                   "(--max-articles).</p>")
    for i, document in enumerate(shown):
        out.append(article_html(document, grouped[(document.article, document.annotator)], f"a{i}", classes, names))
    out.append("</section>")

    out.append("<footer><p>How the figures are counted: shares "
               f"{esc(RULES['shares'])}; attribution rate: {esc(RULES['attribution_rate'])}; speakers: "
               f"{esc(RULES['speakers'])}.</p><p>Written by source-bias-workbench; self-contained, "
               "no network needed.</p></footer></body></html>\n")
    return "".join(out)


def write_report(dataset: Dataset, scheme: Scheme, out: Path, *, title: str = "",
                 max_articles: int | None = None) -> Path:
    """Render and write atomically; raises ExportError with the reason when it cannot."""
    if not dataset.documents:
        raise ExportError("nothing labelled to report on; label some claims first")
    check_target(out, folder=False)
    page = render_report(dataset, scheme, title=title, max_articles=max_articles)
    write_files_atomic([(out, page.encode("utf-8"))])
    return out
