"""The development set's reference labels: hand-written worksheets, saved through the Session.

``worksheet``: write devset/worksheets/<id>.txt listing every annotatable
paragraph's claim candidates (the workbench's own sentences), one per line,
each prefixed ``? |``. The labeller replaces ``?`` with

    f                     reported fact
    b                     (every line of the paragraph) not article text: mark boilerplate
    e:DEVICE              editorial framing (a device from labels.yaml)
    q:SPEAKER:TYPE        quotation (TYPE direct, indirect or mixed)

and splits or joins lines where a candidate holds two claims or one claim
runs over two candidates (the line texts must stay the paragraph's text).

``apply [ID ...]``: replay the worksheets through :class:`workbench.session.Session`
(merge, split, label), as an annotator would in the TUI, so the files under
devset/annotations/reference/ are exactly what the workbench writes. With
article ids, only those worksheets are replayed: every replay re-stamps the
files it saves, so adding a batch should not touch the reference files of the
earlier ones. The Session's index of complete articles (``.complete.json``)
is this machine's resume cache, not a reference label; it is removed again if
the replay created it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workbench.project import Project
from workbench.segment import sentence_spans
from workbench.session import Cursor, Session

DEVSET = Path(__file__).resolve().parent.parent / "devset"
SHEETS = DEVSET / "worksheets"
ANNOTATOR = "reference"


def write_worksheets(project: Project, overwrite: bool = False) -> None:
    SHEETS.mkdir(exist_ok=True)
    corpus = project.corpus()
    for article_id in corpus.ids:
        target = SHEETS / f"{article_id}.txt"
        if target.exists() and not overwrite:
            continue
        article = corpus.get(article_id)
        lines = [f"# {article_id}: {article.title}"]
        for paragraph in article.paragraphs:
            if paragraph.kind != "content":
                continue
            lines.append(f"## {paragraph.index}")
            for start, end in sentence_spans(paragraph.text):
                lines.append(f"? | {paragraph.text[start:end]}")
        target.write_text("\n".join(lines) + "\n", "utf-8")


def parse_sheet(path: Path) -> dict[int, list[tuple[str, str]]]:
    """paragraph index -> [(label code, claim text)]."""
    paragraphs: dict[int, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("## "):
            current = paragraphs.setdefault(int(line[3:].split()[0]), [])
            continue
        code, sep, text = line.partition(" | ")
        if not sep or current is None:
            raise SystemExit(f"{path}:{number}: expected 'LABEL | text'")
        current.append((code.strip(), text))
    return paragraphs


def decode(code: str, where: str) -> tuple[str, dict[str, str]]:
    parts = code.split(":")
    kind = parts[0]
    if kind == "f" and len(parts) == 1:
        return "fact", {}
    if kind == "e" and len(parts) == 2:
        return "framing", {"device": parts[1]}
    if kind == "q" and len(parts) == 3 and parts[2] in ("direct", "indirect", "mixed"):
        return "quote", {"speaker": parts[1], "quote_type": parts[2]}
    raise SystemExit(f"{where}: bad label code {code!r}")


def sheets_for(article_ids: list[str]) -> list[Path]:
    """The worksheets to replay: all of them, or those of the given articles (each must exist)."""
    if not article_ids:
        return sorted(SHEETS.glob("*.txt"))
    sheets = [SHEETS / f"{article_id}.txt" for article_id in article_ids]
    missing = [str(sheet) for sheet in sheets if not sheet.is_file()]
    if missing:
        raise SystemExit(f"no worksheet: {', '.join(missing)}")
    return sheets


def apply(project: Project, article_ids: list[str] | None = None) -> None:
    sheets = sheets_for(article_ids or [])
    store = project.store(ANNOTATOR)
    complete_index = store.directory / ".complete.json"
    had_index = complete_index.exists()
    session = Session(project.corpus(), project.scheme(), store, clock=lambda: "2026-11-21T00:00:00Z")
    for sheet in sheets:
        article_id = sheet.stem
        if article_id not in session.article_ids:
            raise SystemExit(f"{sheet}: no article {article_id!r} in {project.corpus_dir}")
        article_index = session.article_ids.index(article_id)
        article = session.corpus.get(article_id)
        for index, entries in parse_sheet(sheet).items():
            if any(code == "?" for code, _ in entries):
                continue  # not labelled yet
            if all(code == "b" for code, _ in entries):
                session.goto(article_index, index)
                if session.annotatable(article, index):
                    session.toggle_boilerplate()
                continue
            text = article.paragraphs[index].text
            spans, at = [], 0
            for _code, claim_text in entries:
                start = text.find(claim_text, at)
                if start < 0:
                    raise SystemExit(f"{sheet}: paragraph {index}: text not found: {claim_text[:60]!r}")
                spans.append((start, start + len(claim_text)))
                at = start + len(claim_text)
            session.goto(article_index, index)
            ends = {e for _, e in spans}
            starts = {s for s, _ in spans}
            i = 0
            while i < len(session.claims()):
                claim = session.claims()[i]
                if claim.end not in ends and i + 1 < len(session.claims()):
                    session.cursor = Cursor(article_index, index, i)
                    session.merge_next()
                    continue
                i += 1
            i = 0
            while i < len(session.claims()):
                claim = session.claims()[i]
                cut = next((s for s in sorted(starts) if claim.start < s < claim.end), None)
                if cut is not None:
                    session.cursor = Cursor(article_index, index, i)
                    session.split(cut)
                i += 1
            claims = session.claims()
            got = [(c.start, c.end) for c in claims]
            if got != spans:
                raise SystemExit(f"{sheet}: paragraph {index}: could not reach the claims {spans} (have {got})")
            for i, (code, _) in enumerate(entries):
                label, attributes = decode(code, f"{sheet}: paragraph {index}")
                session.cursor = Cursor(article_index, index, i)
                session.label(label, attributes, advance=False)
    session.flush()
    if not had_index:
        complete_index.unlink(missing_ok=True)


def fill(article_id: str, codes: str) -> None:
    """Fill a worksheet's ``?`` from lines ``INDEX: code ; code ...`` (one code per claim line)."""
    sheet = SHEETS / f"{article_id}.txt"
    wanted: dict[int, list[str]] = {}
    for line in codes.splitlines():
        if line.strip():
            index, _, rest = line.partition(":")
            wanted[int(index)] = [c.strip() for c in rest.split(" ; ")]
    out, current, position = [], -1, 0
    for line in sheet.read_text("utf-8").splitlines():
        if line.startswith("## "):
            current, position = int(line[3:].split()[0]), 0
        elif " | " in line and current in wanted:
            _code, _, text = line.partition(" | ")
            given = wanted[current]
            if position >= len(given):
                raise SystemExit(f"{sheet}: paragraph {current}: more claims than codes")
            line = f"{given[position]} | {text}"
            position += 1
        out.append(line)
    sheet.write_text("\n".join(out) + "\n", "utf-8")


if __name__ == "__main__":
    project = Project(DEVSET)
    if sys.argv[1:] == ["worksheet"]:
        write_worksheets(project)
    elif len(sys.argv) == 3 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.stdin.read())
    elif sys.argv[1:2] == ["apply"]:
        apply(project, sys.argv[2:])
    else:
        raise SystemExit("usage: devset_labels.py worksheet | apply [ARTICLE-ID ...] | fill ARTICLE-ID < codes")
