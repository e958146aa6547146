"""The write-ahead journal that makes every key durable in well under a millisecond.

Rewriting an article's YAML file costs time proportional to the article
(about 0.25 s for 2,000 claims), far too slow for every key. Instead each
action appends the new state of the one paragraph it changed to
``annotations/<annotator>/.journal.jsonl`` and fsyncs it (~0.2 ms); the YAML
files are rewritten atomically a moment later, when the analyst pauses, and
the journal is then emptied. After a crash, the journal is replayed into the
YAML files the next time the annotator's store is locked, so every action
that was acknowledged on screen survives. A torn line (the crash hit
mid-append, or the disk filled up) is ignored: that action was never
acknowledged. A failed append cuts its partial line off again, so the next
line never starts in the middle of a torn one.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from workbench.model import Claim
from workbench.store import (
    CLAIM_FIELDS,
    FORMAT,
    AnnotationDoc,
    AnnotationStore,
    ParagraphRecord,
    atomic_write,
    claim_to_data,
    doc_to_data,
    paragraph_fields,
)
from workbench.textclean import strip_unsafe
from workbench.yamlio import YamlError, dumps_checked, load_file

JOURNAL_NAME = ".journal.jsonl"


def journal_path(store: AnnotationStore) -> Path:
    return store.directory / JOURNAL_NAME


def paragraph_entry(article_id: str, annotator: str, index: int, record: ParagraphRecord | None,
                    recorded: tuple[Claim, ...] | None = None) -> dict[str, Any]:
    """The journal form of one paragraph: its file entry, or a removal marker.

    With ``recorded`` (the claims this journal last holds for the paragraph),
    the entry carries only the run of claims that changed, as a splice of the
    recorded list: a 1 MB paragraph holds thousands of claims, and writing
    them all out took most of a key press.
    """
    if record is not None:
        state = record.state
        if recorded is not None and state.touched:
            first, old_end, new_end = changed_run(recorded, state.claims)
            entry = paragraph_fields(index, record)
            entry["splice"] = {"of": len(recorded), "start": first, "end": old_end,
                               "claims": [claim_to_data(c, record.text) for c in state.claims[first:new_end]]}
            return {"article": article_id, "entry": entry}
        doc = AnnotationDoc(article_id, annotator, paragraphs={index: record})
        entries = doc_to_data(doc)["paragraphs"]
        if entries:
            return {"article": article_id, "entry": entries[0]}
    return {"article": article_id, "entry": {"index": index, "removed": True}}


def changed_run(old: tuple[Claim, ...], new: tuple[Claim, ...]) -> tuple[int, int, int]:
    """``(first, old_end, new_end)`` such that ``new == old[:first] + new[first:new_end] + old[old_end:]``."""
    first = 0
    limit = min(len(old), len(new))
    while first < limit and (old[first] is new[first] or old[first] == new[first]):
        first += 1
    old_end, new_end = len(old), len(new)
    while old_end > first and new_end > first and (
            old[old_end - 1] is new[new_end - 1] or old[old_end - 1] == new[new_end - 1]):
        old_end -= 1
        new_end -= 1
    return first, old_end, new_end


class Journal:
    """Append-only, fsync'd log of paragraph states for one annotator."""

    def __init__(self, store: AnnotationStore) -> None:
        self.path = journal_path(store)
        self._fd: int | None = None
        self._torn = False
        self.entries = 0  # lines (or torn fragments) in the file since it was last cleared
        # The claims of each (article, paragraph) as the journal's lines since the last
        # clear leave them, or as its file holds them one for one (written by the clear's
        # flush, or loaded unchanged: note_loaded): splices are written against these only.
        self.recorded: dict[tuple[str, int], tuple[Claim, ...]] = {}
        self._journaled: set[tuple[str, int]] = set()  # paragraphs with a line since the last clear
        # The paragraph record whose whole state is the last line of a paragraph (see holds_whole).
        self._whole_of: dict[tuple[str, int], object] = {}

    def append(self, record: dict[str, Any], claims: tuple[Claim, ...] | None = None,
               whole_of: object | None = None) -> None:
        """Durably add one paragraph state; raises OSError (disk full, read-only) to the caller.

        ``claims`` are the paragraph's claims after this entry, remembered as
        the base of the next splice (None: the entry holds no claims);
        ``whole_of`` is the paragraph record a whole-state line was written from.
        """
        key = (str(record.get("article")), int(record.get("entry", {}).get("index", -1)))
        self.recorded.pop(key, None)  # until this line is durable, the journal's state of it is unknown
        self._whole_of.pop(key, None)
        self._journaled.add(key)
        try:
            # Strict UTF-8: a lone surrogate could be journalled but never
            # written to YAML, and replaying it would then refuse every start.
            line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        except UnicodeEncodeError:
            raise OSError(errno.EILSEQ, "the text holds an unpaired surrogate, which cannot be saved") from None
        if _unsafe_values(record.get("entry")):
            # Loading strips these from notes and attributes, so the saved
            # value would not be the one the analyst saw: refuse, never alter.
            raise OSError(errno.EINVAL, "a note or attribute holds control characters or escape sequences, "
                                        "which are not saved")
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        if self._torn:
            line = b"\n" + line  # a torn fragment could not be cut off: keep it on a line of its own
        start = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            written = os.write(self._fd, line)
            if written != len(line):
                raise OSError(errno.ENOSPC, "No space left on device (short write to the journal)")
            os.fsync(self._fd)
        except OSError:
            self._cut(start)
            raise
        self._torn = False
        self.entries += 1
        if claims is not None:
            self.recorded[key] = claims
        if whole_of is not None:
            self._whole_of[key] = whole_of

    def holds_whole(self, article_id: str, index: int, record: object) -> bool:
        """Whether the paragraph's last line is already the whole state of ``record``: writing it again
        (at every save while a file cannot be written) would only grow the journal."""
        return record is not None and self._whole_of.get((article_id, index)) is record

    def journaled(self, article_id: str) -> list[int]:
        """The paragraphs of an article with a line since the last clear."""
        return sorted(index for article, index in self._journaled if article == article_id)

    def _cut(self, size: int) -> None:
        """Remove what a failed append wrote; if that fails too, make sure the next line starts afresh."""
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, size)
        except OSError:
            self._torn = True
            self.entries += 1  # the file is not empty: the next flush must clear it

    def clear(self, written: Iterable[AnnotationDoc] = ()) -> None:
        """Empty the journal once every entry is in the YAML files.

        ``written`` are documents whose files were just written from exactly
        their state: those files are then the base of the next splices, so
        the first change after a rewrite journals only what it changed, not
        every claim of its paragraph (thousands in a long one).
        """
        for key in self._journaled:  # the others still match their files (note_loaded)
            self.recorded.pop(key, None)
        self._journaled.clear()
        self._whole_of.clear()
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.fsync(self._fd)
            self._torn = False
        elif self.path.exists():
            with open(self.path, "r+b") as handle:
                handle.truncate(0)
                os.fsync(handle.fileno())
        self.entries = 0
        for doc in written:
            for index, record in doc.paragraphs.items():
                if record.state.touched:
                    self.recorded[(doc.article_id, index)] = record.state.claims

    def note_loaded(self, doc: AnnotationDoc) -> None:
        """Take the file a document was just loaded from as the base of its paragraphs' first splices.

        Only paragraphs the load kept claim for claim (``doc.as_stored``) and
        no line since the last clear has changed: replay splices the file's
        own list, so the first label on a 1 MB paragraph journals one claim,
        not the paragraph's thousands (9 ms of a key).
        """
        for index in doc.as_stored:
            key = (doc.article_id, index)
            record = doc.paragraphs.get(index)
            if key not in self._journaled and record is not None and record.state.touched:
                self.recorded.setdefault(key, record.state.claims)

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


_KEPT_AS_IS = frozenset(CLAIM_FIELDS) - {"note"}  # loading cleans notes and attributes, not these


def _unsafe_values(entry: Any) -> bool:
    """True when a claim's note or attribute value holds what loading would remove (see store.claim_from_data)."""
    if not isinstance(entry, dict):
        return False
    splice = entry.get("splice")
    claims = splice.get("claims") if isinstance(splice, dict) else entry.get("claims")
    for claim in claims if isinstance(claims, list) else ():
        for key, value in claim.items() if isinstance(claim, dict) else ():
            if key not in _KEPT_AS_IS and isinstance(value, str) and value and strip_unsafe(value) != value:
                return True
    return False


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """Journal records in order; a line that does not parse (torn by a crash or a full disk) is skipped."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return
    for raw in data.split(b"\n"):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue  # never acknowledged; every later line is a whole paragraph state of its own
        if isinstance(record, dict) and isinstance(record.get("article"), str) and isinstance(
            record.get("entry"), dict
        ):
            yield record


def apply_entries(data: dict[str, Any] | None, article_id: str, annotator: str,
                  entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Annotation-file data with journal entries applied in order (later ones win).

    A paragraph's whole state (or its removal) makes its earlier lines moot, and they are
    skipped: they may be splices of a file that has been rewritten since (the session writes
    such a whole line before it rewrites a file whose lines stay in the journal).
    """
    if data is None:
        data = {"format": FORMAT, "article": article_id, "annotator": annotator, "text_sha256": "",
                "updated": "", "paragraphs": []}
    paragraphs = {p["index"]: p for p in data.get("paragraphs") or [] if isinstance(p, dict) and "index" in p}
    entries = list(entries)
    last_whole = {entry["index"]: at for at, entry in enumerate(entries)
                  if "splice" not in entry and isinstance(entry.get("index"), int)}
    for at, entry in enumerate(entries):
        index = entry.get("index")
        if not isinstance(index, int) or at < last_whole.get(index, -1):
            continue
        if entry.get("removed"):
            paragraphs.pop(index, None)
        elif "splice" in entry:
            paragraphs[index] = _spliced(article_id, index, paragraphs.get(index), entry)
        else:
            paragraphs[index] = dict(entry)
    result = dict(data)
    result["paragraphs"] = [paragraphs[i] for i in sorted(paragraphs)]
    return result


def _spliced(article_id: str, index: int, base: dict[str, Any] | None, entry: dict[str, Any]) -> dict[str, Any]:
    """A paragraph entry from a splice of the claims an earlier line of the journal, or the file, recorded."""
    splice = entry["splice"]
    claims = base.get("claims") if isinstance(base, dict) else None
    if not (isinstance(splice, dict) and isinstance(claims, list) and splice.get("of") == len(claims)
            and isinstance(splice.get("claims"), list)
            and isinstance(splice.get("start"), int) and isinstance(splice.get("end"), int)
            and 0 <= splice["start"] <= splice["end"] <= len(claims)):
        raise YamlError(f"journal: the change to paragraph {index} of article {article_id!r} does not fit the "
                        "claims recorded before it; the journal is kept as it is")
    result = {k: v for k, v in entry.items() if k != "splice"}
    result["claims"] = [*claims[: splice["start"]], *splice["claims"], *claims[splice["end"] :]]
    return result


def pending_by_article(path: Path) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in read_entries(path):
        grouped.setdefault(record["article"], []).append(record["entry"])
    return grouped


def replay(store: AnnotationStore) -> list[str]:
    """Write journal entries left by a crash into the YAML files, then empty the journal.

    Call with the store locked. Returns the ids of the articles it repaired.
    Raises YamlError/OSError if a file cannot be written; the journal is then kept.
    """
    path = journal_path(store)
    grouped = pending_by_article(path)
    if not grouped:
        if path.exists() and path.stat().st_size:
            Journal(store).clear()
        return []
    from workbench.store import utc_now

    for article_id, entries in grouped.items():
        target = store.path(article_id)
        data = None
        if target.is_file():
            loaded = load_file(target)
            if not isinstance(loaded, dict):
                raise YamlError(f"{target}: not an annotation file; journal kept in {path}")
            data = loaded
        merged = apply_entries(data, article_id, store.annotator, entries)
        merged["updated"] = utc_now()
        atomic_write(target, dumps_checked(merged))
    Journal(store).clear()
    return sorted(grouped)


def current_data(store: AnnotationStore, article_id: str) -> dict[str, Any] | None:
    """What the annotator's file will hold once the journal is flushed (for readers during a session)."""
    target = store.path(article_id)
    data = load_file(target) if target.is_file() else None
    entries = pending_by_article(journal_path(store)).get(article_id)
    if not entries:
        return data if isinstance(data, dict) else None
    return apply_entries(data if isinstance(data, dict) else None, article_id, store.annotator, entries)
