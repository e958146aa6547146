"""Crash mid-save: a killed workbench never loses an action it showed as saved.

Two levels. The real program in a real terminal (tmux) receives tagging keys
and is killed with SIGKILL at random moments, fifty times on the same
project; after every kill the annotations are replayed and loaded and must
hold every action the screen had shown as saved, in order. And a bare writer
(``atomic_write`` in a loop) is killed at random points: the file is always a
complete old or new version, and the temp files it leaves are swept by the
next lock. SIGKILL keeps the page cache, so it cannot show a missing fsync;
the order of fsync and rename is checked by recording the system calls.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tui_support import make_project

from workbench.corpus import Corpus
from workbench.journal import JOURNAL_NAME, Journal, current_data, replay
from workbench.store import FORMAT, AnnotationStore, atomic_write
from workbench.yamlio import load_file

ARTICLE_ID = "kill-test"
ANNOTATOR = "crash"
PARAGRAPHS, SENTENCES = 100, 4
TOTAL = PARAGRAPHS * SENTENCES
KILLS = 50
# The label the n-th claim of the article gets: a pattern, so that a lost,
# duplicated or reordered action shows up as a label in the wrong place.
PATTERN = ["framing" if i % 3 == 2 else "fact" for i in range(TOTAL)]
KEY = {"fact": "f", "framing": "e"}
SEED = int(os.environ.get("RELIABILITY_SEED", "20261121"))


def kill_article() -> str:
    body = "\n\n".join(
        " ".join(f"Delegates from region {p} approved motion {s} on Monday." for s in range(SENTENCES))
        for p in range(PARAGRAPHS)
    )
    return f"---\ntitle: Kill test\noutlet: Crash Daily\n---\n\n{body}\n"


# ---------------------------------------------------------------- the real program under SIGKILL


class Pane:
    """One tmux pane that is respawned with the workbench after every kill."""

    def __init__(self, command: str, width: int = 100, height: int = 30) -> None:
        self.socket = f"wb-kill-{uuid.uuid4().hex[:10]}"
        self.command = command
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "k", "-x", str(width), "-y", str(height),
                  "sleep 600")
        self.tmux("set-option", "-t", "k", "remain-on-exit", "on")

    def tmux(self, *args: str) -> str:
        # COLUMNS/LINES from the test runner would override the pane's real size.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20,
                                env=env)
        return result.stdout

    def spawn(self) -> int:
        self.tmux("respawn-pane", "-k", "-t", "k", self.command)
        return int(self.tmux("display", "-p", "-t", "k", "#{pane_pid}").strip())

    def key(self, key: str) -> None:
        self.tmux("send-keys", "-t", "k", key)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "k")

    def dead(self) -> bool:
        return self.tmux("display", "-p", "-t", "k", "#{pane_dead}").strip() == "1"

    def close(self) -> None:
        self.tmux("kill-server")


@dataclass
class Shown:
    """What the status bar showed: the labelled-claims counter, read after ``after_keys`` keys."""

    after_keys: int
    count: int


@dataclass
class Round:
    start: int  # labelled claims when the process started (durable)
    states: list[int] = field(default_factory=list)  # expected count after 0, 1, 2, … keys
    shown: list[Shown] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


_COUNTER = re.compile(rf"\b(\d+)/{TOTAL}\b")


def read_status(screen: str) -> tuple[int, str] | None:
    """(labelled claims, save state) from the status bar, or None while it is not drawn."""
    for line in screen.splitlines():
        match = _COUNTER.search(line)
        if match and "art " in line:
            if "NOT SAVED" in line:
                return int(match.group(1)), "error"
            if re.search(r"saved \d\d:\d\d:\d\d", line) or "nothing to save yet" in line:
                return int(match.group(1)), "saved"
            return int(match.group(1)), "other"
    return None


def durable_labels(project: Path, replay_now: bool) -> tuple[list[str | None], dict[str, Any]]:
    """The labels a restart would see, claim by claim, and facts about the files found."""
    store = AnnotationStore(project / "annotations", ANNOTATOR)
    facts: dict[str, Any] = {}
    target = store.path(ARTICLE_ID)
    if target.exists():
        data = load_file(target)  # never empty, truncated or half-written
        assert isinstance(data, dict) and data["format"] == FORMAT and data["article"] == ARTICLE_ID
    journal = store.directory / JOURNAL_NAME
    facts["journal_lines"] = journal.read_bytes().count(b"\n") if journal.exists() else 0
    facts["temp_files"] = len(list(store.directory.glob(".tmp-*")))
    if not replay_now:
        data = current_data(store, ARTICLE_ID)  # what the next start will replay, read-only
        by_index = {p["index"]: p for p in (data or {}).get("paragraphs", [])}
        labels: list[str | None] = []
        for index in range(PARAGRAPHS):
            claims = by_index.get(index, {}).get("claims") or [{"label": None}] * SENTENCES
            labels += [c["label"] for c in claims]
        return labels, facts
    started = time.monotonic()
    store.lock()  # the killed process held it: the kernel must have released it at once
    facts["lock_seconds"] = time.monotonic() - started
    try:
        replay(store)
        assert not list(store.directory.glob(".tmp-*")), "the lock must sweep the temp files of a killed writer"
        assert not journal.exists() or journal.stat().st_size == 0
        article = Corpus(project / "corpus").get(ARTICLE_ID)
        doc, problems = store.load(article)
        assert not problems and not doc.unplaced, (problems, doc.unplaced)
        labels = []
        for index in range(PARAGRAPHS):
            state = doc.state(index)
            if state is None or not state.touched:
                labels += [None] * SENTENCES
                continue
            assert [(c.start, c.end) for c in state.claims] == [
                (s, e) for s, e in _sentence_spans(article.paragraphs[index].text)
            ], f"paragraph {index}: claim spans changed"
            labels += [c.label for c in state.claims]
    finally:
        store.unlock()
    return labels, facts


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from workbench.segment import sentence_spans

    return list(sentence_spans(text))


def labelled_prefix(labels: list[str | None]) -> int:
    """How many claims are labelled; fails unless they are exactly the pattern's first ones, in order."""
    count = sum(1 for label in labels if label is not None)
    assert labels[:count] == PATTERN[:count] and all(label is None for label in labels[count:]), (
        f"labels are not an in-order prefix of the actions: {labels[: count + 3]}"
    )
    return count


def check_round(round_: Round, durable: int, context: str) -> None:
    """Every count shown as saved survives: the durable count is a state at or after the last one shown."""
    if not round_.shown:
        assert durable in round_.states, f"{context}: durable {durable} not reachable from {round_.states}"
        return
    last = round_.shown[-1]
    candidates = [j for j in range(min(last.after_keys, len(round_.states) - 1) + 1) if round_.states[j] == last.count]
    assert candidates, f"{context}: the screen showed {last.count}, which no sent key explains ({round_.states})"
    assert durable in round_.states[candidates[0]:], (
        f"{context}: the screen showed {last.count} labelled claims as saved after {last.after_keys} keys "
        f"({round_.keys}); after the kill only {durable} survived (possible states {round_.states})"
    )


@pytest.fixture
def pane_factory() -> Iterator[list[Pane]]:
    panes: list[Pane] = []
    yield panes
    for pane in panes:
        pane.close()


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_sigkill_at_random_moments_never_loses_an_action_shown_as_saved(
    tmp_path: Path, pane_factory: list[Pane]
) -> None:
    rng = random.Random(SEED)
    project = make_project(tmp_path / "project", {ARTICLE_ID: kill_article()})
    args = [sys.executable, "-m", "workbench", "annotate", "--project", str(project), "--annotator", ANNOTATOR,
            "--no-suggest"]
    pane = Pane("exec " + " ".join(shlex.quote(a) for a in args))
    pane_factory.append(pane)

    durable = 0
    stats = {"journal_at_kill": 0, "replayed_by_app": 0, "temp_files_left": 0, "shown_saved": 0, "keys": 0,
             "startup_kills": 0, "max_lock_seconds": 0.0}
    replay_pending = False
    for kill in range(KILLS):
        context = f"kill {kill + 1} (seed {SEED})"
        round_ = Round(start=durable, states=[durable])
        pid = pane.spawn()
        if rng.random() < 0.15:
            # Killed while starting: importing, replaying the journal, drawing.
            stats["startup_kills"] += 1
            time.sleep(rng.uniform(0.1, 1.8))
            status = read_status(pane.screen())
            if status is not None:
                round_.shown.append(Shown(0, status[0]))
        else:
            deadline = time.monotonic() + 30
            while (status := read_status(pane.screen())) is None:
                assert time.monotonic() < deadline, f"{context}: the workbench did not start:\n{pane.screen()}"
                time.sleep(0.02)
            assert status == (durable, "saved"), f"{context}: started showing {status}, expected {durable} saved"
            if replay_pending:
                stats["replayed_by_app"] += 1
            round_.shown.append(Shown(0, status[0]))
            depth = 0  # undo steps this process can take
            for _ in range(rng.randint(1, 10)):
                count = round_.states[-1]
                if depth and rng.random() < 0.15:
                    key, count, depth = "u", count - 1, depth - 1
                elif count < TOTAL:
                    key, count, depth = KEY[PATTERN[count]], count + 1, depth + 1
                else:
                    break
                pane.key(key)
                round_.keys.append(key)
                round_.states.append(count)
                time.sleep(rng.uniform(0.0, 0.12))
                status = read_status(pane.screen())
                if status is not None:
                    assert status[1] != "error", f"{context}: a save failed: {pane.screen()}"
                    if status[1] == "saved":
                        round_.shown.append(Shown(len(round_.keys), status[0]))
            # Sometimes kill at once, sometimes around the moment the YAML file is rewritten.
            time.sleep(rng.uniform(0.0, 0.1) if rng.random() < 0.75 else rng.uniform(0.85, 1.3))
            status = read_status(pane.screen())
            if status is not None and status[1] == "saved":
                round_.shown.append(Shown(len(round_.keys), status[0]))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while not pane.dead():
            assert time.monotonic() < deadline, f"{context}: the killed workbench is still running"
            time.sleep(0.02)

        replay_now = kill % 3 != 2  # every third time the next workbench replays the journal itself
        labels, facts = durable_labels(project, replay_now)
        stats["journal_at_kill"] += facts["journal_lines"] > 0
        stats["temp_files_left"] += facts["temp_files"]
        stats["max_lock_seconds"] = max(stats["max_lock_seconds"], facts.get("lock_seconds", 0.0))
        stats["shown_saved"] += len(round_.shown)
        stats["keys"] += len(round_.keys)
        durable = labelled_prefix(labels)
        check_round(round_, durable, context)
        replay_pending = not replay_now and facts["journal_lines"] > 0

    print(f"\nSIGKILL test: {KILLS} kills, {stats}, {durable} claims labelled at the end")
    assert durable >= 40, "too few actions survived to prove anything"
    assert stats["journal_at_kill"] >= 10, "the kills never found unflushed journal entries"
    assert stats["max_lock_seconds"] < 1.0


# ---------------------------------------------------------------- atomic_write under SIGKILL


WRITER = textwrap.dedent(
    """
    import hashlib, sys
    from pathlib import Path
    from workbench.store import atomic_write

    path, mode, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    n = first
    while True:
        body = "x" * (500 + (n * 7919) % 120_000)  # sizes vary, so a cut file cannot pass for a whole one
        text = f"n: {n}\\nsha: {hashlib.sha256(body.encode()).hexdigest()}\\nbody: {body}\\nend: {n}\\n"
        if mode == "naive":
            path.write_text(text)
        else:
            atomic_write(path, text)
        n += 1
    """
)


def check_version(path: Path) -> int:
    """The version number of a complete file; fails for an empty, cut or mixed one."""
    data = load_file(path)
    assert isinstance(data, dict) and set(data) == {"n", "sha", "body", "end"}, f"not a whole file: {str(data)[:80]}"
    assert data["n"] == data["end"]
    assert hashlib.sha256(str(data["body"]).encode()).hexdigest() == data["sha"], "a valid-looking but cut file"
    return int(data["n"])


def kill_writer(target: Path, mode: str, first: int, rng: random.Random) -> None:
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(target), mode, str(first)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"ready"
    time.sleep(rng.uniform(0.0, 0.12))
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()


def test_atomic_write_killed_at_random_points_leaves_old_or_new_and_temps_are_swept(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    store = AnnotationStore(tmp_path / "annotations", "writer")
    store.directory.mkdir(parents=True)
    target = store.path("article")
    atomic_write(target, "n: 0\nsha: " + hashlib.sha256(b"").hexdigest() + "\nbody: ''\nend: 0\n")
    seen = 0
    for round_ in range(30):
        first = (round_ + 1) * 1_000_000
        kill_writer(target, "atomic", first, rng)
        version = check_version(target)
        assert version == seen or version >= first, f"round {round_}: version {version} went back from {seen}"
        seen = version
    assert seen > 0
    leftovers = list(store.directory.glob(".tmp-*"))
    store.lock()
    try:
        assert not list(store.directory.glob(".tmp-*")), "the lock must sweep temp files of killed writers"
        check_version(target)
    finally:
        store.unlock()
    print(f"\natomic_write: 30 kills, {len(leftovers)} temp files left by killed writers, all swept")


def test_the_kill_harness_catches_a_writer_that_is_not_atomic(tmp_path: Path) -> None:
    """Control: the same harness with a plain open-and-write finds broken files, so its passes mean something."""
    rng = random.Random(SEED)
    target = tmp_path / "naive.yaml"
    target.write_text("n: 0\nsha: " + hashlib.sha256(b"").hexdigest() + "\nbody: ''\nend: 0\n")
    broken = 0
    for round_ in range(30):
        kill_writer(target, "naive", (round_ + 1) * 1_000_000, rng)
        try:
            check_version(target)
        except (AssertionError, ValueError):
            broken += 1
            target.write_text("n: 0\nsha: " + hashlib.sha256(b"").hexdigest() + "\nbody: ''\nend: 0\n")
        if broken >= 2:
            break
    assert broken >= 1, "a non-atomic writer survived 30 kills: the harness is too weak"


# ---------------------------------------------------------------- durability order (what SIGKILL cannot show)


def test_atomic_write_syncs_the_data_before_the_rename_and_the_folder_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, str]] = []
    fds: dict[int, str] = {}
    real_open, real_fsync, real_replace, real_write = os.open, os.fsync, os.replace, os.write

    def spy_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        fds[fd] = Path(path).name if Path(path) != tmp_path else "<folder>"
        return fd

    def spy_write(fd: int, data: Any) -> int:
        calls.append(("write", fds.get(fd, "?")))
        return real_write(fd, data)

    def spy_fsync(fd: int) -> None:
        calls.append(("fsync", fds.get(fd, "?")))
        real_fsync(fd)

    def spy_replace(src: Any, dst: Any) -> None:
        calls.append(("replace", f"{Path(src).name}->{Path(dst).name}"))
        real_replace(src, dst)

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "write", spy_write)
    monkeypatch.setattr(os, "fsync", spy_fsync)
    monkeypatch.setattr(os, "replace", spy_replace)
    atomic_write(tmp_path / "a.yaml", "x: 1\n")
    temp = next(name for kind, name in calls if kind == "write")
    assert temp.startswith(".tmp-a.yaml"), "written to a temp file in the same folder"
    assert calls[-3:] == [("fsync", temp), ("replace", f"{temp}->a.yaml"), ("fsync", "<folder>")], calls


def test_a_journal_line_is_synced_before_the_action_is_acknowledged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy_fsync(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy_fsync)
    store = AnnotationStore(tmp_path / "annotations", "ana")
    journal = Journal(store)
    try:
        journal.append({"article": "a", "entry": {"index": 0, "removed": True}})
        assert synced == [journal._fd]  # the descriptor the line went to
    finally:
        journal.close()
