"""Disk full and read-only folders: a failed save is shown, labels stay in memory, saving retries.

Nothing already saved is harmed.

The file systems are real where this machine allows it: a tmpfs of a few
hundred KB mounted over the project's annotations folder (disk full), a
read-only bind mount (read-only at start) and the immutable attribute
(``chattr +i``, which the kernel enforces even for root and even on a file
already open) for a folder that stops being writable mid-session. Each test
skips cleanly where mounting or chattr is not possible; a simulated short
write covers the journal's torn-line case everywhere.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_support import app_for, make_project

from workbench.journal import JOURNAL_NAME, Journal, current_data, replay
from workbench.project import Project
from workbench.session import Session
from workbench.tui.screens.annotate import AnnotateScreen
from workbench.tui.widgets.panels import StatusBar
from workbench.yamlio import load_file

SIZE = (100, 30)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30)


@contextlib.contextmanager
def tmpfs(target: Path, size: str) -> Iterator[Path]:
    target.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                             str(target)).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        yield target
    finally:
        _run("umount", "-l", str(target))


@contextlib.contextmanager
def read_only_bind(target: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or _run("mount", "--bind", str(target), str(target)).returncode:
        pytest.skip("cannot bind-mount here (needs root with CAP_SYS_ADMIN)")
    try:
        if _run("mount", "-o", "remount,bind,ro", str(target)).returncode:
            pytest.skip("cannot remount read-only here")
        yield target
    finally:
        _run("umount", "-l", str(target))


@contextlib.contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """The kernel refuses every change to these, root included, open descriptors included."""
    if shutil.which("chattr") is None or _run("chattr", "+i", *map(str, paths)).returncode:
        pytest.skip("chattr +i is not available on this file system")
    try:
        yield
    finally:
        _run("chattr", "-i", *map(str, paths))


def fill(folder: Path, leave: int = 0) -> Path:
    """Take all free space of the file system holding ``folder`` but about ``leave`` bytes."""
    filler = folder / "filler.bin"
    stat = os.statvfs(folder)
    target = max(0, stat.f_bavail * stat.f_frsize - leave)
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        written = 0
        chunk = 65536
        while chunk >= 1 and (not leave or written < target):
            try:
                size = min(chunk, target - written) if leave else chunk
                if size <= 0:
                    break
                written += os.write(fd, b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                chunk //= 2
    finally:
        os.close(fd)
    return filler


def status(app: object) -> str:
    return str(app.screen.query_one(StatusBar).render())  # type: ignore[attr-defined]


def retry(app: object) -> None:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, AnnotateScreen)
    screen._retry_saves()


def labels(project: Path, article: str = "a-short", paragraph: int = 0) -> list[str | None]:
    from workbench.store import AnnotationStore

    data = current_data(AnnotationStore(project / "annotations", "tester"), article) or {}
    for entry in data.get("paragraphs", []):
        if entry["index"] == paragraph:
            return [c["label"] for c in entry.get("claims", [])]
    return []


async def test_disk_full_on_a_real_tiny_filesystem_shows_keeps_retries_and_harms_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    with tmpfs(project / "annotations", "256k") as annotations:
        app = app_for(project)
        async with app.run_test(size=SIZE) as pilot:
            session = app.session
            assert session is not None
            await pilot.press("f")
            await pilot.pause()
            assert session.flush()  # what the pause timer does: the YAML file is written, the journal emptied
            saved_file = annotations / "tester" / "a-short.yaml"
            before = saved_file.read_bytes()
            filler = fill(annotations)

            await pilot.press("e", "f")
            await pilot.pause()
            assert session.save_error and "disk is full" in session.save_error
            assert "NOT SAVED" in status(app)
            assert [c.label for c in session.claims(0)] == ["fact", "framing", "fact"]  # kept in memory
            assert saved_file.read_bytes() == before  # nothing already saved is harmed
            assert labels(project) == ["fact", None, None]
            assert not list((annotations / "tester").glob(".tmp-*")), "a failed save leaves no temp file"

            retry(app)  # what the retry timer does; the disk is still full
            await pilot.pause()
            assert "NOT SAVED" in status(app) and saved_file.read_bytes() == before

            filler.unlink()
            await pilot.pause(2.3)  # the next retry succeeds on its own
            assert session.save_error is None
            assert "NOT SAVED" not in status(app) and "saved" in status(app)
            assert labels(project) == ["fact", "framing", "fact"]
            assert [c["label"] for c in load_file(saved_file)["paragraphs"][0]["claims"]] == ["fact", "framing",
                                                                                              "fact"]


LONG_ARTICLE = "---\ntitle: Long paragraph\n---\n\n" + "\n\n".join(" ".join(
    f"Sentence number {i} of long paragraph {n} says something about the budget." for i in range(800)
) for n in (1, 2)) + "\n"


def _torn_journal_scenario(project: Project, fail_append: contextlib.AbstractContextManager[object]) -> Session:
    """An action whose journal line is cut short, a successful retry, then one more action acknowledged."""
    store = project.store("ana")
    store.lock()
    session = Session(project.corpus(), project.scheme(), store, journal=Journal(store))
    session.resume()
    session.label("fact")
    assert session.flush()  # the journal is now empty, its entry count 0
    session.next_paragraph()
    with fail_append:
        # The first line of a paragraph holds all of its claims (~100 KB): it is cut short. (A later
        # line of a paragraph only splices what changed, too little to fill the disk.)
        session.label("framing")
    assert session.save_error is not None
    assert session.flush()  # space again: the retry writes the YAML file
    session.label("fact")  # acknowledged through the journal
    assert session.save_error is None and session.last_saved
    return session


def _after_crash(project: Project, session: Session) -> list[str | None]:
    """Labels a restart finds when the process dies now (no flush): the first paragraph's first claim,
    then the second paragraph's first two."""
    assert session.journal is not None
    session.journal.close()
    session.store.unlock()
    store = project.store("ana")
    store.lock()
    try:
        replay(store)
        article = project.corpus().get("long")
        doc, _ = store.load(article)
        first, second = doc.state(0), doc.state(1)
        return [c.label for c in first.claims[:1]] + [c.label for c in second.claims[:2]] if first and second else []
    finally:
        store.unlock()


def test_torn_journal_line_on_a_real_full_disk_never_hides_later_actions(tmp_path: Path) -> None:
    """A short write on a full tmpfs leaves part of a line; actions acknowledged after the retry must survive."""
    project = make_project(tmp_path / "project", {"long": LONG_ARTICLE})
    with tmpfs(project / "annotations", "1m") as annotations:
        filler: list[Path] = []

        @contextlib.contextmanager
        def nearly_full() -> Iterator[None]:
            filler.append(fill(annotations, leave=40_000))
            yield
            filler.pop().unlink()

        session = _torn_journal_scenario(Project(project), nearly_full())
        assert _after_crash(Project(project), session) == ["fact", "framing", "fact"]


def test_torn_journal_line_simulated_never_hides_later_actions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same with a simulated short write, so it is proven where no tmpfs can be mounted."""
    project = make_project(tmp_path / "project", {"long": LONG_ARTICLE})
    real_write = os.write

    @contextlib.contextmanager
    def short_writes() -> Iterator[None]:
        def short(fd: int, data: bytes) -> int:
            if len(data) > 1000:
                return real_write(fd, bytes(data)[: len(data) // 3])
            return real_write(fd, data)

        with monkeypatch.context() as patch:
            patch.setattr(os, "write", short)
            yield

    session = _torn_journal_scenario(Project(project), short_writes())
    assert _after_crash(Project(project), session) == ["fact", "framing", "fact"]


def test_workbench_refuses_clearly_to_start_on_a_read_only_folder(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    folder = project / "annotations" / "tester"
    folder.mkdir(parents=True)
    (folder / "a-short.yaml").write_text(
        "format: workbench-annotations/1\narticle: a-short\nannotator: tester\ntext_sha256: ''\nupdated: ''\n"
        "paragraphs: []\n"
    )
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with read_only_bind(project / "annotations"):
        result = subprocess.run(
            [sys.executable, "-m", "workbench", "annotate", "--project", str(project), "--annotator", "tester"],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )
        assert result.returncode == 1
        assert "not writable" in result.stderr and str(folder) in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        # Reading commands still work on a read-only project.
        check = subprocess.run([sys.executable, "-m", "workbench", "validate", "--project", str(project)],
                               capture_output=True, text=True, timeout=60)
        assert check.returncode == 0 and "Traceback" not in check.stderr, check.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


async def test_folder_becoming_read_only_mid_session_shows_keeps_retries(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    app = app_for(project)
    async with app.run_test(size=SIZE) as pilot:
        session = app.session
        assert session is not None
        await pilot.press("f")
        await pilot.pause()
        assert session.flush()
        folder = project / "annotations" / "tester"
        saved_file = folder / "a-short.yaml"
        journal = folder / JOURNAL_NAME
        before = saved_file.read_bytes()
        with immutable(folder, saved_file, journal):
            await pilot.press("e")
            await pilot.pause()
            assert session.save_error and "not writable" in session.save_error
            assert "NOT SAVED" in status(app)
            assert session.claims(0)[1].label == "framing"
            retry(app)  # what the retry timer does: still refused
            await pilot.pause()
            assert "NOT SAVED" in status(app)
            assert saved_file.read_bytes() == before
        await pilot.pause(2.3)  # writable again: the retry timer saves
        assert session.save_error is None and "NOT SAVED" not in status(app)
        assert labels(project) == ["fact", "framing", None]
        assert [c["label"] for c in load_file(saved_file)["paragraphs"][0]["claims"]] == ["fact", "framing", None]


def test_a_torn_fragment_that_cannot_be_cut_off_still_hides_nothing(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Worst case: the short write cannot even be undone; later lines still start on a line of their own."""
    from workbench.journal import read_entries
    from workbench.store import AnnotationStore

    journal = Journal(AnnotationStore(tmp_path / "annotations", "ana"))
    real_write = os.write
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data)[:7]))
        patch.setattr(os, "ftruncate", lambda fd, size: (_ for _ in ()).throw(OSError(errno.EIO, "")))
        with pytest.raises(OSError):
            journal.append({"article": "a", "entry": {"index": 0, "removed": True}})
    journal.append({"article": "a", "entry": {"index": 1, "removed": True}})
    assert journal.entries == 2  # the next flush clears the file, fragment included
    assert [r["entry"]["index"] for r in read_entries(journal.path)] == [1]
    journal.close()
