"""Datasets out of a project: one function per format, shared by the CLI and the TUI.

Every format is built from a :class:`workbench.dataset.Dataset` in a fixed
order, so the same labels give the same bytes. Files are written to a temp
file (or folder) and renamed into place, so an export is either all there or
not there; a dataset card (``PATH.md``, or ``README.md`` inside a folder)
says what the data holds, with the label definitions from labels.yaml.

Offsets everywhere are Unicode code points into the paragraph (jsonl, csv,
parquet) or article (brat) text, half-open, as Python indexes strings.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from workbench.collector import paused_gc
from workbench.dataset import Dataset, Document, Record, Span
from workbench.scheme import Scheme
from workbench.segment import sentence_spans
from workbench.store import fsync_directory

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "conll", "brat")
FOLDER_FORMATS = frozenset({"brat"})
UNLABELLED = "unlabelled"  # the brat entity type of claims without a label
_CARD_MARK = "<!-- workbench dataset card -->"
# Tokens: words (inner apostrophes and hyphens kept) and single punctuation marks.
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
_BRAT_UNSAFE = re.compile(r"[^\w.-]+")
_TAB_OR_BREAK = re.compile(r"[\t\r\n]")


class ExportError(Exception):
    """An export that cannot be written; the message says why and where."""


@dataclass(frozen=True)
class ExportResult:
    format: str
    path: Path
    card: Path
    records: int
    claims: int
    files: int = 1
    warnings: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------- shared pieces


def attribute_columns(dataset: Dataset, scheme: Scheme) -> tuple[str, ...]:
    """The scheme's attribute ids in scheme order, then any others the data holds."""
    known = scheme.attribute_ids()
    extra = sorted({k for _, s in dataset.spans() for k in s.attributes} - set(known))
    return (*known, *extra)


def _ordered_attributes(span: Span, columns: Sequence[str]) -> list[tuple[str, str]]:
    return [(name, span.attributes[name]) for name in columns if name in span.attributes]


def _require_data(dataset: Dataset) -> None:
    if not dataset.records:
        who = ", ".join(dataset.annotators) or "nobody"
        raise ExportError(f"nothing labelled to export (annotators: {who}); label some claims first, "
                          "or add --include unlabelled")


def _version() -> str:
    try:
        return metadata.version("source-bias-workbench")
    except metadata.PackageNotFoundError:
        return "unknown"


# ---------------------------------------------------------------- jsonl


def jsonl_record(record: Record, columns: Sequence[str], with_boilerplate: bool) -> dict[str, Any]:
    """One paragraph in the spaCy/Prodigy span convention."""
    spans = []
    for span in record.spans:
        item: dict[str, Any] = {"start": span.start, "end": span.end, "label": span.label, "text": span.text}
        item.update(_ordered_attributes(span, columns))
        if span.note:
            item["note"] = span.note
        spans.append(item)
    meta = record.meta
    info: dict[str, Any] = {
        "article": record.article,
        "paragraph": record.paragraph,
        "title": meta.title,
        "outlet": meta.outlet,
        "published": meta.published,
        "url": meta.url,
        "annotator": record.annotator,
        "text_source": record.text_source,
    }
    if with_boilerplate:
        info["boilerplate"] = record.boilerplate
    return {"text": record.text, "spans": spans, "meta": info}


def jsonl_lines(dataset: Dataset, scheme: Scheme) -> Iterator[str]:
    columns = attribute_columns(dataset, scheme)
    for record in dataset.records:
        yield json.dumps(jsonl_record(record, columns, dataset.include_boilerplate), ensure_ascii=False) + "\n"


def jsonl_bytes(dataset: Dataset, scheme: Scheme) -> bytes:
    return "".join(jsonl_lines(dataset, scheme)).encode("utf-8")


# ---------------------------------------------------------------- rows (csv, parquet)

BASE_COLUMNS = ("article", "outlet", "paragraph", "start", "end", "label", "text")
TAIL_COLUMNS = ("note", "annotator", "title", "published", "url", "labelled")


def claim_columns(dataset: Dataset, scheme: Scheme) -> tuple[str, ...]:
    return (*BASE_COLUMNS, *attribute_columns(dataset, scheme), *TAIL_COLUMNS)


def claim_rows(dataset: Dataset, scheme: Scheme) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """One row per claim: the CSV and Parquet content (None where a value is missing)."""
    attributes = attribute_columns(dataset, scheme)
    rows = []
    for record, span in dataset.spans():
        meta = record.meta
        get = span.attributes.get
        rows.append((
            record.article, meta.outlet, record.paragraph, span.start, span.end, span.label, span.text,
            *(get(name) for name in attributes),
            span.note or None, record.annotator, meta.title, meta.published, meta.url, span.labelled,
        ))
    return (*BASE_COLUMNS, *attributes, *TAIL_COLUMNS), rows


def csv_bytes(dataset: Dataset, scheme: Scheme) -> bytes:
    """RFC 4180: comma-separated, CRLF line ends, fields quoted when needed, UTF-8 without BOM."""
    columns, rows = claim_rows(dataset, scheme)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(tuple("" if v is None else v for v in row) for row in rows)
    return buffer.getvalue().encode("utf-8")


def parquet_bytes(dataset: Dataset, scheme: Scheme) -> tuple[bytes, list[str]]:
    """The CSV rows as typed Parquet columns (pyarrow, the `parquet` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError("Parquet export needs pyarrow: pip install 'source-bias-workbench[parquet]'") from None
    columns, rows = claim_rows(dataset, scheme)
    warnings: list[str] = []
    integer = {"paragraph", "start", "end"}
    required = {"article", "paragraph", "start", "end", "text", "annotator"}
    fields = []
    for name in columns:
        if name in integer:
            kind = pa.int32()
        elif name == "labelled":
            kind = pa.timestamp("ms", tz="UTC")
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind, nullable=name not in required))
    schema = pa.schema(fields)
    data: list[list[Any]] = [[] for _ in columns]
    labelled_at = columns.index("labelled")
    for row in rows:
        for i, value in enumerate(row):
            if value == "" and columns[i] not in required:
                value = None
            elif i == labelled_at and value is not None:
                value = _timestamp(value, warnings)
            data[i].append(value)
    table = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(data, fields, strict=True)],
                                 schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue(), warnings


def _timestamp(value: str, warnings: list[str]) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        if len(warnings) < 5:
            warnings.append(f"labelled time {value!r} is not an ISO time; left empty in the Parquet file")
        return None
    return moment if moment.tzinfo else None


# ---------------------------------------------------------------- conll


def sentence_units(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Units of a paragraph for sequence labelling: each claim, and the sentences between claims.

    Claims start out as the segmenter's sentences, so this mostly gives the
    paragraph's sentences; the segmenter runs only on text no claim covers
    (it is 90% of the export's time when run on everything).
    """
    bounds = {0, len(text)}
    at = 0
    for span in [*sorted(spans, key=lambda s: s.start), None]:
        gap_end = span.start if span is not None else len(text)
        if _TOKEN.search(text, at, gap_end):
            bounds.update(at + start for start, _ in sentence_spans(text[at:gap_end]))
        if span is not None:
            bounds.update((span.start, span.end))
            at = span.end
    ordered = sorted(bounds)
    return [(a, b) for a, b in itertools.pairwise(ordered) if _TOKEN.search(text, a, b)]


def conll_text(dataset: Dataset) -> str:
    """CoNLL-2003 style: `token TAG` lines, a blank line after each unit, -DOCSTART- per document.

    A claim is always one whole unit (see :func:`sentence_units`), so its
    first token is B-label and the rest I-label; other units are all O.
    """
    out: list[str] = []
    current: tuple[str, str] | None = None
    for record in dataset.records:
        if (record.article, record.annotator) != current:
            current = (record.article, record.annotator)
            out.append("-DOCSTART- O\n\n")
        text = record.text
        claims = {(s.start, s.end): s.label for s in record.spans}
        lines: list[str] = []  # one string per paragraph: millions of tiny strings cost gigabytes
        for start, end in sentence_units(text, record.spans):
            words = _TOKEN.findall(text, start, end)
            label = claims.get((start, end))
            if label is None:
                lines.extend(f"{word} O\n" for word in words)
            else:
                lines.append(f"{words[0]} B-{label}\n")
                lines.extend(f"{word} I-{label}\n" for word in words[1:])
            lines.append("\n")
        out.append("".join(lines))
    return "".join(out)


# ---------------------------------------------------------------- brat


def _brat_value(value: str) -> str:
    """Type names and attribute values: brat splits its lines on spaces, '|', ',' and ':'."""
    return _BRAT_UNSAFE.sub("_", value.strip()) or "_"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def brat_document(document: Document, records: Sequence[Record], scheme: Scheme,
                  include_boilerplate: bool) -> tuple[str, str]:
    """(.txt, .ann) of one article as one annotator labelled it.

    The .txt is the article's paragraphs separated by blank lines (boilerplate
    only when included); without the corpus article, the exported paragraphs
    as rebuilt from the annotation file.
    """
    by_index = {r.paragraph: r for r in records}
    skipped = {r.paragraph for r in document.records if r.boilerplate}
    if document.in_corpus:
        texts = [(p.index, p.text) for p in document.paragraphs
                 if include_boilerplate or p.index not in skipped]
    else:
        texts = [(r.paragraph, r.text) for r in records]
    parts: list[str] = []
    offset = 0
    lines: list[str] = []
    choice_ids = {a.id for label in scheme.labels for a in label.attributes if a.type == "choice"}
    t = a = n = 0
    for index, text in texts:
        if parts:
            parts.append("\n\n")
            offset += 2
        parts.append(text)
        record = by_index.get(index)
        for span in record.spans if record is not None else ():
            t += 1
            fragments = _fragments(text, span.start, span.end, offset)
            where = ";".join(f"{s} {e}" for s, e in fragments)
            shown = " ".join(text[s - offset : e - offset] for s, e in fragments)
            kind = _brat_value(span.label) if span.label is not None else UNLABELLED
            lines.append(f"T{t}\t{kind} {where}\t{_TAB_OR_BREAK.sub(' ', shown)}\n")
            notes = []
            for name, value in span.attributes.items():
                if name in choice_ids:
                    a += 1
                    lines.append(f"A{a}\t{name} T{t} {_brat_value(value)}\n")
                else:
                    notes.append(f"{name}: {_one_line(value)}")
            if span.note:
                notes.append(f"note: {_one_line(span.note)}")
            if notes:
                n += 1
                lines.append(f"#{n}\tAnnotatorNotes T{t}\t{' | '.join(notes)}\n")
        offset += len(text)
    return "".join(parts) + "\n", "".join(lines)


def _fragments(text: str, start: int, end: int, base: int) -> list[tuple[int, int]]:
    """brat spans cannot hold a line break: split at newlines into discontinuous pieces."""
    if "\n" not in text[start:end]:
        return [(base + start, base + end)]
    pieces = []
    at = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            trail = len(line.rstrip())
            pieces.append((base + at + lead, base + at + trail))
        at += len(line) + 1
    return pieces or [(base + start, base + end)]


def brat_config(dataset: Dataset, scheme: Scheme) -> tuple[str, str]:
    """annotation.conf (types and attribute values) and visual.conf (names, label colours)."""
    labels = [label.id for label in scheme.labels]
    seen_labels = {s.label for _, s in dataset.spans()}
    labels += sorted({_brat_value(x) for x in seen_labels if x is not None} - set(labels))
    if None in seen_labels:
        labels.append(UNLABELLED)
    values: dict[str, dict[str, None]] = defaultdict(dict)
    owners: dict[str, dict[str, None]] = defaultdict(dict)
    for label in scheme.labels:
        for attribute in label.attributes:
            if attribute.type == "choice":
                owners[attribute.id][label.id] = None
                for choice in attribute.choices:
                    values[attribute.id][_brat_value(choice)] = None
    for _, span in dataset.spans():
        for name, value in span.attributes.items():
            if name in values:
                values[name][_brat_value(value)] = None
                owners[name][_brat_value(span.label) if span.label is not None else UNLABELLED] = None
    conf = ["# brat configuration written by the workbench export\n", "[entities]\n"]
    conf += [f"{label}\n" for label in labels]
    conf += ["\n[relations]\n\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n",
             "[attributes]\n"]
    conf += [f"{name}\tArg:{'|'.join(owners[name])}, Value:{'|'.join(values[name])}\n" for name in values]
    visual = ["[labels]\n"]
    visual += [f"{label.id} | {label.name}\n" for label in scheme.labels]
    visual += ["\n[drawing]\n"]
    visual += [f"{label.id}\tbgColor:{label.color}\n" for label in scheme.labels]
    return "".join(conf), "".join(visual)


def brat_files(dataset: Dataset, scheme: Scheme) -> dict[str, bytes]:
    """Relative path -> content of a brat collection (one folder per annotator when several)."""
    grouped: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in dataset.records:
        grouped[(record.article, record.annotator)].append(record)
    several = len({annotator for _, annotator in grouped}) > 1
    files: dict[str, bytes] = {}
    for document in dataset.documents:
        records = grouped.get((document.article, document.annotator))
        if not records:
            continue
        txt, ann = brat_document(document, records, scheme, dataset.include_boilerplate)
        stem = f"{document.annotator}/{document.article}" if several else document.article
        files[f"{stem}.txt"] = txt.encode("utf-8")
        files[f"{stem}.ann"] = ann.encode("utf-8")
    conf, visual = brat_config(dataset, scheme)
    files["annotation.conf"] = conf.encode("utf-8")
    files["visual.conf"] = visual.encode("utf-8")
    return files


# ---------------------------------------------------------------- dataset card


def dataset_card(dataset: Dataset, scheme: Scheme, fmt: str, name: str, project: str = "",
                 date: str | None = None) -> str:
    """The README of an export: what it holds, the label definitions, counts, annotators."""
    label_ids = [label.id for label in scheme.labels]
    counts = dataset.label_counts()
    label_ids += sorted(k for k in counts if k and k not in label_ids)
    if counts.get(""):
        label_ids.append("")
    lines = [
        _CARD_MARK,
        f"# Dataset card: {name}",
        "",
        f"Exported by source-bias-workbench {_version()} as `{fmt}`"
        + (f" from the project `{project}`" if project else "") + ".",
        f"Data as of {date or dataset.latest or 'unknown'} (the latest label or save time in the data).",
        "",
        "## Contents",
        "",
        f"- Paragraph records: {len(dataset.records)}; claims: {dataset.claim_count}; "
        f"articles: {len({r.article for r in dataset.records})}.",
        f"- Annotators: {', '.join(dataset.annotators) or 'none'}"
        + (" (one record per annotator and paragraph)." if len(dataset.annotators) > 1 else "."),
        "- Included: labelled claims of article text"
        + ("; boilerplate paragraphs" if dataset.include_boilerplate else "")
        + ("; claims without a label (label empty)" if dataset.include_unlabelled else "") + ".",
    ]
    missing = sorted({r.article for r in dataset.records if r.text_source == "annotations"})
    if missing:
        lines.append(
            f"- {len(missing)} article(s) are not in the corpus ({', '.join(missing[:10])}"
            f"{', …' if len(missing) > 10 else ''}): their paragraph text was rebuilt from the claims "
            "stored in the annotation files; characters no claim covers are spaces (text_source: "
            "annotations)."
        )
    lines += ["", "## Labels", ""]
    for label in scheme.labels:
        lines.append(f"### {label.name} (`{label.id}`, key `{label.key}`, colour {label.color})")
        lines += ["", " ".join(label.definition.split()), ""]
        for attribute in label.attributes:
            kind = f"one of: {', '.join(attribute.choices)}" if attribute.choices else "free text"
            helptext = f" {attribute.help}" if attribute.help else ""
            lines.append(f"- `{attribute.id}` ({attribute.name}): {kind}.{helptext}")
        if label.attributes:
            lines.append("")
    lines += ["## Claims per label and outlet", ""]
    per_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for record, span in dataset.spans():
        outlet = record.meta.outlet or "(unknown outlet)"
        per_outlet[outlet][span.label or ""] += 1
        articles[outlet].add(record.article)
    header = ["outlet", "articles", *[x or "unlabelled" for x in label_ids], "total"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(header) - 1)) + "|")
    for outlet in sorted(per_outlet):
        row = per_outlet[outlet]
        cells = [_md(outlet), str(len(articles[outlet])), *[str(row.get(x, 0)) for x in label_ids],
                 str(sum(row.values()))]
        lines.append("| " + " | ".join(cells) + " |")
    total = ["**all**", str(len({r.article for r in dataset.records})),
             *[str(counts.get(x, 0)) for x in label_ids], str(sum(counts.values()))]
    lines += ["| " + " | ".join(total) + " |", "", "## Annotators", "",
              "| annotator | articles | claims |", "|---|---:|---:|"]
    for annotator in dataset.annotators:
        mine = [r for r in dataset.records if r.annotator == annotator]
        lines.append(f"| {_md(annotator)} | {len({r.article for r in mine})} | {sum(len(r.spans) for r in mine)} |")
    lines += ["", "## Format", "", *(f"- {note}" for note in FORMAT_NOTES[fmt]), ""]
    if dataset.problems:
        lines += ["## Problems met while reading the annotations", ""]
        lines += [f"- {_md(p)}" for p in dataset.problems[:50]]
        if len(dataset.problems) > 50:
            lines.append(f"- … and {len(dataset.problems) - 50} more (run `workbench validate`)")
        lines.append("")
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


_OFFSETS = ("Offsets are Unicode code points (Python string indexes, not bytes or UTF-16 units), "
            "half-open `[start, end)`.")
FORMAT_NOTES: dict[str, list[str]] = {
    "jsonl": [
        "One JSON object per line, one line per paragraph and annotator: `text`, `spans` (each "
        "`start`, `end`, `label`, `text`, the label's attributes, and `note` when there is one) and "
        "`meta` (`article`, `paragraph` index, `title`, `outlet`, `published`, `url`, `annotator`, "
        "`text_source`).",
        f"`text[start:end]` equals each span's `text`. {_OFFSETS}",
    ],
    "csv": [
        "RFC 4180 CSV, UTF-8 without BOM, CRLF line ends, one row per claim. Columns: article, "
        "outlet, paragraph, start, end, label, text, one column per attribute, note, annotator, "
        "title, published, url, labelled (UTC time the label was set). Empty cell: no value.",
        _OFFSETS + " They index the paragraph's text (see the jsonl export or `workbench show`).",
    ],
    "parquet": [
        "Apache Parquet (zstd), one row per claim, the CSV columns typed: paragraph/start/end int32, "
        "labelled timestamp (UTC, milliseconds), everything else string; missing values are null. Reads "
        "directly with pandas, polars, pyarrow and Hugging Face `datasets`.",
        _OFFSETS,
    ],
    "conll": [
        "CoNLL-2003 style: one `TOKEN TAG` per line, a blank line after each sentence, `-DOCSTART- O` "
        "before each article (per annotator). Tags are BIO over the label ids (`B-quote`, `I-quote`, "
        "`O`). Tokens are words (keeping inner apostrophes and hyphens) and single punctuation marks. "
        "Units (blank-line separated) are the claims, and the workbench's sentences in text no "
        "claim covers; claims start out as those sentences, so units are sentences unless an "
        "annotator merged or split them. Claims without a label are `O`.",
    ],
    "brat": [
        "A brat/INCEpTION standoff collection: `ARTICLE.txt` (the article's paragraphs separated by "
        "blank lines) and `ARTICLE.ann` per article; with several annotators one folder per annotator. "
        "`T` lines are claims typed by label id (`unlabelled` for claims without a label); choice "
        "attributes are `A` lines (spaces in values become `_`); free-text attributes (speaker) and "
        "notes are `AnnotatorNotes`. `annotation.conf` and `visual.conf` declare the types, values "
        "and colours.",
        _OFFSETS + " A claim holding a line break is split into fragments at the break.",
    ],
}


# ---------------------------------------------------------------- writing


def _fsync_write(path: Path, data: bytes, sync: bool = True) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        if sync:
            handle.flush()
            os.fsync(handle.fileno())


def _fsync_all(paths: Sequence[Path]) -> None:
    """fsync many files at once: one after the other costs ~5 ms each (a minute for 10,000
    articles), while the file system commits concurrent ones together. os.sync() would
    also wait for every other program's writes."""

    def sync(path: Path) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(sync, paths))


def _temp_name(path: Path) -> Path:
    return path.parent / f".tmp-{path.name}.{os.getpid()}"


def check_target(out: Path, folder: bool) -> None:
    parent = out.parent
    if folder and out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a folder")
    if not folder and out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{parent}: cannot create the folder: {exc.strerror or exc}") from None
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{parent}: the folder is not writable")


def write_files_atomic(pairs: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file to a temp name first, then rename them all into place."""
    temps: list[tuple[Path, Path]] = []
    try:
        for path, data in pairs:
            temp = _temp_name(path)
            temps.append((temp, path))
            _fsync_write(temp, data)
        for temp, path in temps:
            os.replace(temp, path)
    except OSError as exc:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise ExportError(f"{exc.filename or pairs[0][0]}: cannot write: {exc.strerror or exc}") from None


def write_folder_atomic(out: Path, files: dict[str, bytes]) -> None:
    """Build the folder under a temp name, then swap it in; only replace an earlier export."""
    if out.is_dir() and any(out.iterdir()):
        card = out / "README.md"
        ours = card.is_file() and card.read_text("utf-8", errors="replace").startswith(_CARD_MARK)
        if not ours:
            raise ExportError(f"{out}: folder exists and is not an earlier workbench export; "
                              "choose a new --out")
    temp = _temp_name(out)
    old = out.parent / f".old-{out.name}.{os.getpid()}"
    try:
        shutil.rmtree(temp, ignore_errors=True)
        temp.mkdir()
        written = []
        for relative, data in sorted(files.items()):
            target = temp / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            _fsync_write(target, data, sync=False)
            written.append(target)
        _fsync_all(written)
        for folder in {t.parent for t in written}:
            fsync_directory(folder)  # some file systems cannot sync a folder: not a reason to fail
        if out.exists():
            os.replace(out, old)
        os.replace(temp, out)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        if old.exists() and not out.exists():
            with contextlib.suppress(OSError):
                os.replace(old, out)
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from None
    shutil.rmtree(old, ignore_errors=True)


def card_path(out: Path, fmt: str) -> Path:
    return out / "README.md" if fmt in FOLDER_FORMATS else out.with_name(out.name + ".md")


Builder = Callable[[Dataset, Scheme], tuple[bytes, list[str]]]


def _plain(function: Callable[[Dataset, Scheme], bytes]) -> Builder:
    return lambda dataset, scheme: (function(dataset, scheme), [])


BUILDERS: dict[str, Builder] = {
    "jsonl": _plain(jsonl_bytes),
    "csv": _plain(csv_bytes),
    "parquet": parquet_bytes,
    "conll": _plain(lambda dataset, _scheme: conll_text(dataset).encode("utf-8")),
}


def export_dataset(dataset: Dataset, scheme: Scheme, fmt: str, out: Path, *, project: str = "",
                   date: str | None = None) -> ExportResult:
    """Write ``dataset`` as ``fmt`` to ``out`` with its dataset card; all or nothing.

    The one entry point for the CLI and the TUI. Raises :class:`ExportError`
    with a message fit for the user.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    _require_data(dataset)
    folder = fmt in FOLDER_FORMATS
    check_target(out, folder)
    card = dataset_card(dataset, scheme, fmt, out.name, project, date).encode("utf-8")
    warnings: list[str] = list(dataset.problems)
    with paused_gc():
        if folder:
            files = brat_files(dataset, scheme)
            files["README.md"] = card
            write_folder_atomic(out, files)
            count = sum(1 for name in files if name.endswith(".ann"))
        else:
            data, extra = BUILDERS[fmt](dataset, scheme)
            warnings += extra
            write_files_atomic([(out, data), (card_path(out, fmt), card)])
            count = 1
    return ExportResult(fmt, out, card_path(out, fmt), len(dataset.records), dataset.claim_count, count,
                        tuple(warnings))
