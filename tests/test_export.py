"""Every export format, read back with the tools its users use, against what was labelled."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from test_dataset import build_labelled_project

from workbench import export as export_module
from workbench.dataset import Dataset, load_dataset
from workbench.export import FORMATS, ExportError, export_dataset, sentence_units
from workbench.project import Project

# What 'ana' labelled (see build_labelled_project): (article, paragraph, text, label, attributes).
ANA = [
    ("alpha", 1, "The council met on Monday.", "fact", {}),
    ("alpha", 1, "It approved the budget.", "fact", {}),
    ("alpha", 2, "“We are pleased,” said the mayor.", "quote", {"speaker": "the mayor", "quote_type": "direct"}),
    ("alpha", 2, "Critics called it a disgrace.", "framing", {"device": "name calling"}),
    ("alpha", 4, "Officials said the plan would take a year.", "quote",
     {"speaker": "unnamed", "quote_type": "indirect"}),
    ("gamma", 0, "The minister said taxes would fall.", "quote", {"speaker": "The minister", "quote_type": "indirect"}),
    ("gamma", 0, "Experts doubt it.", "framing", {"device": "doubt"}),
    ("gamma", 1, "Prices rose by 3% in May.", "fact", {}),
]
NOTE = "loaded | word, \"quoted\"\nsecond line"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    return build_labelled_project(tmp_path / "project")


def ana(project: Project, **include: bool) -> Dataset:
    return load_dataset(project, ["ana"], **include)


def write(project: Project, data: Dataset, fmt: str, out: Path) -> Path:
    export_dataset(data, project.scheme(), fmt, out, project="project")
    return out


def tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for item in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(str(item.relative_to(path)).encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------- jsonl


def test_jsonl_one_record_per_paragraph_with_exact_offsets(project: Project, tmp_path: Path) -> None:
    out = write(project, ana(project), "jsonl", tmp_path / "out" / "data.jsonl")
    lines = out.read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    got = []
    for record in records:
        assert set(record) == {"text", "spans", "meta"}
        meta = record["meta"]
        assert set(meta) >= {"article", "paragraph", "title", "outlet", "published", "url", "annotator"}
        assert meta["annotator"] == "ana"
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]
            attributes = {k: v for k, v in span.items() if k not in ("start", "end", "label", "text", "note")}
            got.append((meta["article"], meta["paragraph"], span["text"], span["label"], attributes))
    assert got == ANA
    notes = [s.get("note") for r in records for s in r["spans"] if "note" in s]
    assert notes == [NOTE]
    gamma = records[3]["meta"]
    assert gamma == {"article": "gamma", "paragraph": 0, "title": "Gamma <b>story</b> & [more]",
                     "outlet": "Other Outlet", "published": "2024-06-01", "url": "https://example.org/gamma",
                     "annotator": "ana", "text_source": "corpus"}


def test_jsonl_includes_unlabelled_and_boilerplate_when_asked(project: Project, tmp_path: Path) -> None:
    data = ana(project, include_unlabelled=True, include_boilerplate=True)
    out = write(project, data, "jsonl", tmp_path / "data.jsonl")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [s["text"] for r in records for s in r["spans"] if s["label"] is None] == ["Nobody believes that."]
    boilerplate = [r for r in records if r["meta"]["boilerplate"]]
    assert [(r["text"], r["spans"]) for r in boilerplate] == [("Share this article with your friends", [])]


# ---------------------------------------------------------------- csv


def test_csv_one_row_per_claim_rfc4180(project: Project, tmp_path: Path) -> None:
    out = write(project, ana(project), "csv", tmp_path / "data.csv")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") >= 9  # CRLF record ends
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert list(rows[0]) == ["article", "outlet", "paragraph", "start", "end", "label", "text", "speaker",
                             "quote_type", "device", "note", "annotator", "title", "published", "url", "labelled"]
    got = [(r["article"], int(r["paragraph"]), r["text"], r["label"],
            {k: r[k] for k in ("speaker", "quote_type", "device") if r[k]}) for r in rows]
    assert got == ANA
    assert [r["note"] for r in rows if r["note"]] == [NOTE]
    assert {r["outlet"] for r in rows} == {"Test Outlet", "Other Outlet"}
    paragraphs = {(r.article, r.paragraph): r.text for r in ana(project).records}
    for row in rows:
        text = paragraphs[(row["article"], int(row["paragraph"]))]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


# ---------------------------------------------------------------- parquet


def test_parquet_typed_columns(project: Project, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    out = write(project, ana(project), "parquet", tmp_path / "data.parquet")
    table = pq.read_table(out)
    assert table.num_rows == len(ANA)
    schema = table.schema
    assert schema.field("start").type == pa.int32()
    assert schema.field("paragraph").type == pa.int32()
    assert schema.field("labelled").type == pa.timestamp("ms", tz="UTC")
    assert schema.field("label").type == pa.string()
    rows = table.to_pylist()
    got = [(r["article"], r["paragraph"], r["text"], r["label"],
            {k: r[k] for k in ("speaker", "quote_type", "device") if r[k] is not None}) for r in rows]
    assert got == ANA
    assert rows[0]["device"] is None and rows[0]["note"] is None
    assert rows[0]["labelled"].year == 2024


def test_parquet_without_pyarrow_is_a_clear_error(project: Project, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ExportError, match=r"pip install 'source-bias-workbench\[parquet\]'"):
        export_dataset(ana(project), project.scheme(), "parquet", tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()


# ---------------------------------------------------------------- conll


def read_conll(text: str) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, tag)."""
    documents: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line:
            if sentence:
                documents[-1].append(sentence)
            sentence = []
        else:
            token, tag = line.split(" ")
            sentence.append((token, tag))
    return documents


def test_conll_bio_tags_per_sentence(project: Project, tmp_path: Path) -> None:
    out = write(project, ana(project), "conll", tmp_path / "data.conll")
    documents = read_conll(out.read_text("utf-8"))
    assert len(documents) == 2  # alpha, gamma
    claims: list[tuple[str, str]] = []
    for sentences in documents:
        for sentence in sentences:
            tags = [tag for _, tag in sentence]
            if tags[0] == "O":
                assert set(tags) == {"O"}
                continue
            label = tags[0][2:]
            assert tags[0] == f"B-{label}" and all(t == f"I-{label}" for t in tags[1:])
            claims.append((" ".join(token for token, _ in sentence), label))
    expected = [(" ".join(re.findall(r"\w+(?:['’-]\w+)*|[^\w\s]", text)), label) for _, _, text, label, _ in ANA]
    assert claims == expected


def test_sentence_units_cover_claims_and_split_the_rest() -> None:
    from workbench.dataset import Span

    text = "One claim here. Two more words. Three is last."
    spans = [Span(16, 31, "fact", text[16:31])]
    assert sentence_units(text, spans) == [(0, 16), (16, 31), (32, 46)]


# ---------------------------------------------------------------- brat


def read_ann(text: str) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[tuple[str, str, str]],
                                 dict[str, str]]:
    """A small brat standoff parser: text-bound annotations, attributes, notes."""
    entities: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    attributes: list[tuple[str, str, str]] = []
    notes: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("T"):
            kind, _, where = fields[1].partition(" ")
            fragments = [(int(a), int(b)) for a, b in (f.split(" ") for f in where.split(";"))]
            entities[fields[0]] = (kind, fragments, fields[2])
        elif line.startswith("A"):
            name, target, value = fields[1].split(" ")
            attributes.append((target, name, value))
        elif line.startswith("#"):
            _, target = fields[1].split(" ")
            notes[target] = fields[2]
        else:
            raise AssertionError(f"unexpected line {line!r}")
    return entities, attributes, notes


def test_brat_standoff_offsets_attributes_and_notes(project: Project, tmp_path: Path) -> None:
    out = write(project, ana(project), "brat", tmp_path / "brat")
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md", "alpha.ann", "alpha.txt", "annotation.conf", "gamma.ann", "gamma.txt", "visual.conf"]
    got = []
    for article in ("alpha", "gamma"):
        txt = (out / f"{article}.txt").read_text("utf-8")
        entities, attributes, notes = read_ann((out / f"{article}.ann").read_text("utf-8"))
        values: dict[str, dict[str, str]] = {}
        for target, name, value in attributes:
            values.setdefault(target, {})[name] = value.replace("_", " ")
        for key, (kind, fragments, shown) in entities.items():
            assert " ".join(txt[a:b] for a, b in fragments) == shown
            attrs = dict(values.get(key, {}))
            for part in notes.get(key, "").split(" | "):
                name, _, value = part.partition(": ")
                if name == "speaker":
                    attrs["speaker"] = value
            got.append((article, shown, kind, attrs))
        assert "Share this article" not in txt  # boilerplate left out unless asked
    assert got == [(a, text, label, attrs) for a, _, text, label, attrs in ANA]
    conf = (out / "annotation.conf").read_text("utf-8")
    assert "[entities]\nfact\nquote\nframing\n" in conf
    assert "quote_type\tArg:quote, Value:direct|indirect|mixed" in conf
    assert "name_calling" in conf
    assert "#d9822b" in (out / "visual.conf").read_text("utf-8")
    alpha_notes = read_ann((out / "alpha.ann").read_text("utf-8"))[2]
    assert "note: loaded | word, \"quoted\" second line" in alpha_notes.values()


def test_brat_claim_over_a_line_break_is_split_into_fragments() -> None:
    from workbench.export import _fragments

    text = "First line\nsecond line"
    assert _fragments(text, 0, len(text), 100) == [(100, 110), (111, 122)]
    assert _fragments(text, 0, 5, 100) == [(100, 105)]


def test_brat_several_annotators_get_a_folder_each(project: Project, tmp_path: Path) -> None:
    out = write(project, load_dataset(project, include_unlabelled=True), "brat", tmp_path / "brat")
    assert (out / "ana" / "alpha.ann").is_file() and (out / "ben" / "beta.ann").is_file()
    assert "unlabelled" in (out / "annotation.conf").read_text("utf-8")
    entities = read_ann((out / "ana" / "alpha.ann").read_text("utf-8"))[0]
    assert ("unlabelled", "Nobody believes that.") in [(k, s) for k, _, s in entities.values()]


# ---------------------------------------------------------------- all formats


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_input_same_bytes(project: Project, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    data = load_dataset(project, include_unlabelled=True)
    first = write(project, data, fmt, tmp_path / "one" / f"out.{fmt}")
    second = write(project, load_dataset(project, include_unlabelled=True), fmt, tmp_path / "two" / f"out.{fmt}")
    if first.is_dir():
        assert tree_digest(first) == tree_digest(second)
    else:
        assert first.read_bytes() == second.read_bytes()
        assert Path(f"{first}.md").read_bytes() == Path(f"{second}.md").read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_dataset_card_beside_every_export(project: Project, tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    result = export_dataset(ana(project), project.scheme(), fmt, tmp_path / f"out.{fmt}", project="demo")
    card = result.card.read_text("utf-8")
    assert result.card == (tmp_path / f"out.{fmt}" / "README.md" if fmt == "brat" else tmp_path / f"out.{fmt}.md")
    assert "A proposition stated in the article's own voice" in card  # definitions from labels.yaml
    assert "| Test Outlet | 1 | 2 | 2 | 1 | 5 |" in card
    assert "| Other Outlet | 1 | 1 | 1 | 1 | 3 |" in card
    assert "| ana | 2 | 8 |" in card
    assert "Data as of 2024-01-01T" in card or "Data as of 20" in card
    assert (result.records, result.claims) == (5, 8)


def test_missing_article_exports_rebuilt_text_and_says_so(project: Project, tmp_path: Path) -> None:
    (project.corpus_dir / "beta.txt").unlink()
    data = load_dataset(project, ["ben"])
    out = write(project, data, "jsonl", tmp_path / "ben.jsonl")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    beta = [r for r in records if r["meta"]["article"] == "beta"]
    assert beta[0]["meta"]["text_source"] == "annotations"
    for span in beta[0]["spans"]:
        assert beta[0]["text"][span["start"] : span["end"]] == span["text"]
    assert "rebuilt from the claims" in Path(f"{out}.md").read_text("utf-8")
    brat = write(project, data, "brat", tmp_path / "brat")
    txt = (brat / "beta.txt").read_text("utf-8")
    entities = read_ann((brat / "beta.ann").read_text("utf-8"))[0]
    assert all(txt[f[0][0] : f[0][1]] == shown for _, f, shown in entities.values())


def test_nothing_labelled_and_unknown_format_are_errors(project: Project, tmp_path: Path) -> None:
    empty = Dataset((), (), ("ana",), ())
    with pytest.raises(ExportError, match="nothing labelled"):
        export_dataset(empty, project.scheme(), "jsonl", tmp_path / "x.jsonl")
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        export_dataset(ana(project), project.scheme(), "xml", tmp_path / "x.xml")
    with pytest.raises(ExportError, match="is a folder"):
        export_dataset(ana(project), project.scheme(), "csv", tmp_path)


def test_a_failed_write_leaves_the_old_file_and_no_temp(project: Project, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "data.csv"
    out.write_text("old")
    calls = []

    def failing(path: Path, data: bytes, sync: bool = True) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(path))
        path.write_bytes(data)

    monkeypatch.setattr(export_module, "_fsync_write", failing)
    with pytest.raises(ExportError, match="No space left"):
        export_dataset(ana(project), project.scheme(), "csv", out)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache" and p.name != "project") == ["data.csv"]


def test_a_folder_that_is_not_an_export_is_never_replaced(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("precious")
    with pytest.raises(ExportError, match="not an earlier workbench export"):
        export_dataset(ana(project), project.scheme(), "brat", out)
    assert (out / "thesis.tex").read_text() == "precious"
    # An earlier export is replaced whole (no stale files left behind).
    again = tmp_path / "brat"
    export_dataset(load_dataset(project), project.scheme(), "brat", again)
    assert (again / "ben").is_dir()
    export_dataset(ana(project), project.scheme(), "brat", again)
    assert not (again / "ben").exists() and (again / "alpha.ann").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_brat_names_from_files_are_made_safe(project: Project, tmp_path: Path) -> None:
    odd = project.annotations_dir / "ana" / "lost.yaml"
    odd.write_text(
        "format: workbench-annotations/1\narticle: lost\nannotator: ana\nparagraphs:\n"
        "- index: 0\n  claims:\n"
        "  - {start: 0, end: 9, label: 'odd label|x', device: 'a, b', note: \"tab\\there\", text: 'Two words'}\n",
        encoding="utf-8")
    out = write(project, ana(project), "brat", tmp_path / "brat")
    entities, attributes, notes = read_ann((out / "lost.ann").read_text("utf-8"))
    assert [(kind, shown) for kind, _, shown in entities.values()] == [("odd_label_x", "Two words")]
    assert attributes == [("T1", "device", "a_b")]
    assert notes == {"T1": "note: tab here"}
    assert "\nodd_label_x\n" in (out / "annotation.conf").read_text("utf-8")
