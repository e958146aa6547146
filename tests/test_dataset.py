"""The dataset loader: annotation files joined with the corpus, with and without the article."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from helpers import ALPHA_MD, BETA_TXT, FixedClock, write_project

import workbench.dataset as dataset_module_at_import
from workbench.dataset import DatasetError, ParseCache, load_dataset
from workbench.project import Project
from workbench.session import Session

GAMMA_MD = """\
---
title: Gamma <b>story</b> & [more]
outlet: Other Outlet
published: '2024-06-01'
url: https://example.org/gamma
---

The minister said taxes would fall. Experts doubt it.

Prices rose by 3% in May.
"""


def build_labelled_project(root: Path) -> Project:
    """Three articles labelled through the Session by 'ana' (and two by 'ben').

    ana, alpha (Test Outlet): p1 fact, fact; p2 quote (the mayor, direct), framing
    (name calling, with a note); p4 quote (unnamed, indirect), one claim left unlabelled.
    ana, gamma (Other Outlet): p0 quote (The minister), framing (doubt); p1 fact.
    ben: alpha p1 fact, framing (speculation); beta p0 fact, fact.
    """
    project = write_project(root, {"alpha.md": ALPHA_MD, "beta.txt": BETA_TXT, "gamma.md": GAMMA_MD})
    scheme, corpus = project.scheme(), project.corpus()
    ana = Session(corpus, scheme, project.store("ana"), clock=FixedClock())
    ana.resume()
    ana.label("fact")
    ana.label("fact")
    ana.label("quote", {"speaker": "the mayor", "quote_type": "direct"})
    ana.set_note("loaded | word, \"quoted\"\nsecond line")
    ana.label("framing", {"device": "name calling"})
    ana.label("quote", {"speaker": "unnamed", "quote_type": "indirect"})
    ana.goto_id("gamma")
    ana.label("quote", {"speaker": "The minister", "quote_type": "indirect"})
    ana.label("framing", {"device": "doubt"})
    ana.label("fact")
    ben = Session(corpus, scheme, project.store("ben"), clock=FixedClock())
    ben.resume()
    ben.label("fact")
    ben.label("framing", {"device": "speculation"})
    ben.goto_id("beta")
    ben.label("fact")
    ben.label("fact")
    return project


@pytest.fixture
def labelled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path / "cache"))
    return build_labelled_project(tmp_path / "project")


def test_records_join_claims_with_paragraph_text_and_metadata(labelled: Project) -> None:
    data = load_dataset(labelled, ["ana"])
    assert data.annotators == ("ana",)
    assert [(r.article, r.paragraph) for r in data.records] == [("alpha", 1), ("alpha", 2), ("alpha", 4),
                                                                 ("gamma", 0), ("gamma", 1)]
    assert data.claim_count == 8
    for record, span in data.spans():
        assert record.text[span.start : span.end] == span.text
        assert record.text_source == "corpus"
    quote = data.records[1].spans[0]
    assert (quote.label, quote.text, dict(quote.attributes)) == (
        "quote", "“We are pleased,” said the mayor.", {"speaker": "the mayor", "quote_type": "direct"})
    framing = data.records[1].spans[1]
    assert framing.note == "loaded | word, \"quoted\"\nsecond line"
    assert framing.labelled and framing.labelled.startswith("2024-01-01T")
    meta = data.records[3].meta
    assert (meta.title, meta.outlet, meta.published) == ("Gamma <b>story</b> & [more]", "Other Outlet", "2024-06-01")


def test_unlabelled_claims_and_boilerplate_only_when_asked(labelled: Project) -> None:
    plain = load_dataset(labelled, ["ana"])
    assert all(s.label for _, s in plain.spans())
    assert not any(r.boilerplate for r in plain.records)
    full = load_dataset(labelled, ["ana"], include_unlabelled=True, include_boilerplate=True)
    unlabelled = [s.text for _, s in full.spans() if s.label is None]
    assert unlabelled == ["Nobody believes that."]
    boilerplate = [r for r in full.records if r.boilerplate]
    assert [(r.article, r.text, r.spans) for r in boilerplate] == [
        ("alpha", "Share this article with your friends", ())]


def test_all_annotators_give_one_record_per_annotator(labelled: Project) -> None:
    data = load_dataset(labelled)
    assert data.annotators == ("ana", "ben")
    keys = [(r.article, r.annotator, r.paragraph) for r in data.records]
    assert keys == sorted(keys)
    assert ("alpha", "ben", 1) in keys and ("alpha", "ana", 1) in keys
    assert data.label_counts() == {"fact": 6, "quote": 3, "framing": 3}


def test_unknown_annotator_is_a_clear_error(labelled: Project) -> None:
    with pytest.raises(DatasetError, match=r"no annotations by 'zoe'.*annotators: ana, ben"):
        load_dataset(labelled, ["zoe"])


def test_article_missing_from_the_corpus_uses_the_annotation_file(labelled: Project) -> None:
    (labelled.corpus_dir / "beta.txt").unlink()
    data = load_dataset(labelled, ["ben"])
    beta = [r for r in data.records if r.article == "beta"]
    assert len(beta) == 1
    record = beta[0]
    assert record.text_source == "annotations"
    assert record.text == "The river rose two metres overnight. Residents left their homes."
    assert [s.text for s in record.spans] == ["The river rose two metres overnight.", "Residents left their homes."]
    for span in record.spans:
        assert record.text[span.start : span.end] == span.text
    assert record.meta.title == ""
    assert data.reconstructed == 1


def test_edited_article_re_anchors_claims(labelled: Project) -> None:
    path = labelled.corpus_dir / "gamma.md"
    path.write_text(path.read_text().replace("Prices rose", "Meanwhile, in other news. Prices rose"))
    data = load_dataset(labelled, ["ana"])
    fact = next(r for r in data.records if (r.article, r.paragraph) == ("gamma", 1)).spans[0]
    assert fact.text == "Prices rose by 3% in May."
    assert fact.start == len("Meanwhile, in other news. ")


def test_unreadable_file_is_reported_and_the_rest_loaded(labelled: Project) -> None:
    (labelled.annotations_dir / "ana" / "zzz.yaml").write_text("format: [unclosed\n")
    data = load_dataset(labelled, ["ana"])
    assert data.claim_count == 8
    assert any("zzz.yaml" in p and "left out" in p for p in data.problems)


def test_claims_that_no_longer_fit_are_reported(labelled: Project) -> None:
    path = labelled.corpus_dir / "gamma.md"
    path.write_text(path.read_text().replace("Prices rose by 3% in May.", "Prices fell."))
    data = load_dataset(labelled, ["ana"])
    assert data.claim_count == 7
    assert any("no longer matches the article" in p for p in data.problems)
    gamma = next(d for d in data.documents if d.article == "gamma")
    assert gamma.unplaced == 1


def test_cache_reuses_parsed_files_and_notices_changes(labelled: Project, tmp_path: Path) -> None:
    first = ParseCache(tmp_path / "c")
    data1 = load_dataset(labelled, cache=first)
    assert first.hits == 0 and first.misses > 0
    second = ParseCache(tmp_path / "c")
    data2 = load_dataset(labelled, cache=second)
    assert second.misses == 0 and second.hits == first.misses
    assert data2.records == data1.records
    # A label changed through the Session is seen, the rest still comes from the cache.
    session = Session(labelled.corpus(), labelled.scheme(), labelled.store("ben"), clock=FixedClock())
    session.goto_id("beta")
    session.label("framing", {"device": "exaggeration"})
    third = ParseCache(tmp_path / "c")
    data3 = load_dataset(labelled, ["ben"], cache=third)
    assert third.misses == 1
    assert next(r for r in data3.records if r.article == "beta").spans[0].label == "framing"


def test_cache_forgets_files_that_are_gone_and_keeps_the_rest(labelled: Project, tmp_path: Path) -> None:
    import sqlite3

    def cached_paths() -> set[str]:
        with contextlib.closing(sqlite3.connect(tmp_path / "c" / "parsed-v1.sqlite3")) as db:
            return {row[0] for row in db.execute("SELECT path FROM parsed")}

    load_dataset(labelled, cache=ParseCache(tmp_path / "c"))
    gone = labelled.annotations_dir / "ben" / "beta.yaml"
    assert str(gone) in cached_paths()
    gone.unlink()
    load_dataset(labelled, ["ana"], cache=ParseCache(tmp_path / "c"))  # ben's files not read this time
    paths = cached_paths()
    assert str(gone) not in paths
    assert str(labelled.annotations_dir / "ben" / "alpha.yaml") in paths  # not read, but still there: kept
    again = ParseCache(tmp_path / "c")
    load_dataset(labelled, ["ben"], cache=again)
    assert again.misses == 0


def test_cache_off_still_loads(labelled: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CACHE", "0")
    assert load_dataset(labelled, ["ana"]).claim_count == 8


def test_claims_share_equal_values(labelled: Project, tmp_path: Path) -> None:
    import shutil

    twin = labelled.annotations_dir / "cam"  # a second annotator who labelled alpha exactly as ana did
    twin.mkdir()
    shutil.copy(labelled.annotations_dir / "ana" / "alpha.yaml", twin / "alpha.yaml")
    for cache in (ParseCache(None), ParseCache(tmp_path / "shared-cache"), ParseCache(tmp_path / "shared-cache")):
        spans = [s for _, s in load_dataset(labelled, cache=cache).spans()]  # the last load is from the cache
        facts = [s for s in spans if s.label == "fact"]
        assert len(facts) > 1 and len({id(s.label) for s in facts}) == 1
        with_attributes = [s for s in spans if s.attributes]
        distinct = {tuple(s.attributes.items()) for s in with_attributes}
        assert len(with_attributes) > len(distinct), "the twin repeats ana's attribute sets"
        assert len({id(s.attributes) for s in with_attributes}) == len(distinct)
        times = [s.labelled for s in spans if s.labelled]
        assert len({id(t) for t in times}) == len(set(times))


def test_loading_leaves_the_garbage_collector_as_it_was(labelled: Project) -> None:
    import gc

    assert gc.isenabled()
    load_dataset(labelled, ["ana"])
    assert gc.isenabled()
    gc.disable()
    try:
        load_dataset(labelled, ["ana"])
        assert not gc.isenabled()
    finally:
        gc.enable()
    gc.freeze()  # as the TUI does with its start-up objects, so full collections never stall a key
    try:
        frozen = gc.get_freeze_count()
        load_dataset(labelled, ["ana"])
        assert gc.get_freeze_count() >= frozen, "a load must not release what the app froze"
    finally:
        gc.unfreeze()


def test_latest_is_the_newest_timestamp(labelled: Project) -> None:
    data = load_dataset(labelled, ["ana"])
    assert data.latest == max(d.updated for d in data.documents)


def test_parallel_parse_gives_the_same_dataset(labelled: Project, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.dataset as dataset_module

    (labelled.corpus_dir / "beta.txt").unlink()  # one article missing: rebuilt from the file alone
    (labelled.corpus_dir / "delta.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n")  # unreadable
    ana = labelled.annotations_dir / "ana"
    (ana / "delta.yaml").write_text((ana / "gamma.yaml").read_text())  # says it is about gamma
    (ana / "zzz.yaml").write_text("format: [unclosed\n")
    serial = load_dataset(labelled, cache=ParseCache(None))
    assert len(serial.problems) >= 3
    parse_in_parallel(monkeypatch)
    parsed_here: list[Path] = []
    from_workers: list[int] = []
    parse, adopt = dataset_module._Loader._parse, dataset_module._Loader._adopt

    def counted_parse(self: Any, annotator: str, path: Path, stamp: str | None) -> Any:
        parsed_here.append(path)
        return parse(self, annotator, path, stamp)

    def counted_adopt(self: Any, batch: Any, results: Any, slots: Any) -> None:
        from_workers.append(len(results))
        adopt(self, batch, results, slots)

    monkeypatch.setattr(dataset_module._Loader, "_parse", counted_parse)
    monkeypatch.setattr(dataset_module._Loader, "_adopt", counted_adopt)
    cache = ParseCache(tmp_path / "parallel-cache")
    parallel = load_dataset(labelled, cache=cache)
    assert parsed_here and from_workers  # both this process and a worker parsed files
    assert len(parsed_here) + sum(from_workers) == len(parallel.documents) + 1  # + zzz.yaml, left out
    assert parallel == serial  # records, documents, and the problems in the same order
    again = ParseCache(tmp_path / "parallel-cache")
    assert load_dataset(labelled, cache=again) == serial
    assert again.misses == 1  # zzz.yaml, which cannot be read, is never cached


def parse_in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a few files go to worker processes, one per batch (this process parses some too)."""
    import workbench.dataset as dataset_module

    monkeypatch.setattr(dataset_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(dataset_module, "BATCH_FILES", 1)
    monkeypatch.setattr(dataset_module, "_can_fork", lambda: True)
    monkeypatch.setattr(dataset_module, "_workers", lambda: 2)


_EDIT_AFTER_READING: list[Path] = []
_PARSE_BATCH = dataset_module_at_import._parse_batch


def _edit_after_reading(jobs: Any) -> Any:
    """A worker's parse, then an edit of the article it read (module level: workers get it by name)."""
    result = _PARSE_BATCH(jobs)  # the original: the test patches the module's name
    for article in _EDIT_AFTER_READING:
        if any(source == str(article) for *_, source in jobs):
            article.write_text(article.read_text() + "\nA paragraph added while the worker parsed.\n")
    return result


def test_an_article_edited_while_a_worker_reads_it_is_not_cached_as_the_new_version(
        labelled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import workbench.dataset as dataset_module

    parse_in_parallel(monkeypatch)
    article = labelled.corpus_dir / "alpha.md"
    _EDIT_AFTER_READING[:] = [article]  # read in the forked worker
    monkeypatch.setattr(dataset_module, "_parse_batch", _edit_after_reading)
    load_dataset(labelled, cache=ParseCache(tmp_path / "race-cache"))
    monkeypatch.undo()
    if "while the worker parsed" not in article.read_text():
        pytest.skip("alpha was parsed in this process, not by a worker")
    assert load_dataset(labelled, cache=ParseCache(tmp_path / "race-cache")) == load_dataset(
        labelled, cache=ParseCache(None)), "the cache holds the text from before the edit under the new stamp"


@pytest.mark.parametrize("parallel", [False, True])
def test_labels_still_in_the_journal_are_included(labelled: Project, parallel: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.journal import Journal

    if parallel:
        parse_in_parallel(monkeypatch)

    store = labelled.store("ben")
    journal = Journal(store)
    session = Session(labelled.corpus(), labelled.scheme(), store, clock=FixedClock(), journal=journal)
    session.goto_id("gamma")  # ben has no file for gamma yet
    session.label("fact")
    session.goto_id("beta")
    session.label("quote", {"speaker": "the river"})
    assert not (labelled.annotations_dir / "ben" / "gamma.yaml").exists()  # only in the journal so far
    data = load_dataset(labelled, ["ben"])
    labels = {(r.article, r.paragraph): [s.label for s in r.spans] for r in data.records}
    assert labels[("gamma", 0)] == ["fact"]
    assert labels[("beta", 0)] == ["quote", "fact"]
    session.flush()
    journal.close()
    assert load_dataset(labelled, ["ben"]).records == data.records
