"""The real `workbench` in a pseudo-terminal: two writers, and what reaches the terminal from hostile text.

Python's pty module gives the raw bytes the program writes, which is what a
terminal would interpret: an escape sequence from an article there could set
the window title, write the clipboard, make the terminal answer with input
of its own, or hide text. Textual emits sequences of its own (colours,
cursor queries, hyperlinks), so the article's payloads carry markers and the
tests look for the payload sequences next to their markers.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_support import make_project, saved

pytestmark = pytest.mark.e2e


class PtyProcess:
    """A program on a pseudo-terminal of a fixed size; everything it writes is kept as bytes."""

    def __init__(self, args: list[str], cols: int = 100, rows: int = 30) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TEXTUAL")}
        env["TERM"] = "xterm-256color"
        self.process = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env,
                                        start_new_session=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.output += data

    def text(self) -> bytes:
        with self._lock:
            return bytes(self.output)

    def wait_for(self, needle: bytes, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            if time.monotonic() > deadline:
                raise AssertionError(f"{needle!r} never written; last output: {self.text()[-600:]!r}")
            if self.process.poll() is not None and needle not in self.text():
                time.sleep(0.2)
                if needle not in self.text():
                    raise AssertionError(f"exited {self.process.returncode} before {needle!r}: "
                                         f"{self.text()[-1500:]!r}")
            time.sleep(0.02)

    def send(self, data: bytes, pause: float = 0.25) -> None:
        os.write(self.master, data)
        time.sleep(pause)

    def wait_exit(self, timeout: float = 20.0) -> int:
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=5)
        return code

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        with contextlib.suppress(OSError):
            os.close(self.master)


@pytest.fixture
def terminals() -> Iterator[list[PtyProcess]]:
    opened: list[PtyProcess] = []
    yield opened
    for terminal in opened:
        terminal.close()


def annotate(project: Path, annotator: str) -> list[str]:
    return [sys.executable, "-m", "workbench", "annotate", "--project", str(project), "--annotator", annotator,
            "--no-suggest"]


# ---------------------------------------------------------------- two writers


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_second_writer_is_refused_clearly_and_a_sigkill_frees_the_lock_at_once(
    tmp_path: Path, terminals: list[PtyProcess]
) -> None:
    project = make_project(tmp_path / "project")
    first = PtyProcess(annotate(project, "ana"))
    terminals.append(first)
    first.wait_for(b"First sentence is a fact.")
    time.sleep(0.3)
    first.send(b"f", pause=1.6)  # one action, in the YAML file once the analyst pauses
    folder = project / "annotations" / "ana"
    assert (folder / "a-short.yaml").exists()
    (folder / ".tmp-a-short.yaml.1").write_text("left by an earlier crash")
    before = snapshot(folder)

    started = time.monotonic()
    second = subprocess.run(annotate(project, "ana"), capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL)
    refused_in = time.monotonic() - started
    assert second.returncode == 1
    assert "already working" in second.stderr and str(folder / ".lock") in second.stderr, second.stderr
    assert f"process {first.process.pid}" in second.stderr
    assert "Traceback" not in second.stderr and second.stdout == ""
    assert snapshot(folder) == before, "the refused process must not replay, sweep or write anything"

    first.send(b"e", pause=0.3)
    first.kill()  # before the YAML file caught up: the action is only in the journal
    started = time.monotonic()
    third = PtyProcess(annotate(project, "ana"))
    terminals.append(third)
    third.wait_for(b"First sentence is a fact.")
    started_in = time.monotonic() - started
    assert b"already working" not in third.text()
    time.sleep(0.3)
    third.send(b"\x11")  # ctrl+q
    assert third.wait_exit() == 0
    claims = saved(project, "a-short", "ana")["paragraphs"][0]["claims"]
    assert [c["label"] for c in claims] == ["fact", "framing", None], "the killed session's action was replayed"
    assert not (folder / ".tmp-a-short.yaml.1").exists(), "the new start swept the stray temp file"
    print(f"\nsecond writer refused in {refused_in:.2f} s; restart after SIGKILL drawn in {started_in:.2f} s")


def test_another_annotator_is_not_blocked(tmp_path: Path, terminals: list[PtyProcess]) -> None:
    project = make_project(tmp_path / "project")
    first = PtyProcess(annotate(project, "ana"))
    terminals.append(first)
    first.wait_for(b"First sentence is a fact.")
    other = PtyProcess(annotate(project, "bob"))
    terminals.append(other)
    other.wait_for(b"First sentence is a fact.")
    for terminal in (first, other):
        time.sleep(0.3)
        terminal.send(b"\x11")
        assert terminal.wait_exit() == 0


# ---------------------------------------------------------------- hostile bytes from the terminal


def test_a_byte_that_is_not_utf8_from_the_terminal_does_not_stop_the_workbench(
    tmp_path: Path, terminals: list[PtyProcess]
) -> None:
    project = make_project(tmp_path / "project")
    terminal = PtyProcess(annotate(project, "ana"))
    terminals.append(terminal)
    terminal.wait_for(b"First sentence is a fact.")
    time.sleep(0.3)
    terminal.send(b"f", pause=0.4)
    terminal.send(b"\xe9", pause=0.6)  # 'é' from a terminal set to Latin-1
    alive = terminal.process.poll() is None
    # Whatever happens, the action shown before is kept.
    assert saved(project, "a-short", "ana")["paragraphs"][0]["claims"][0]["label"] == "fact"
    assert alive, f"the workbench stopped: {terminal.text()[-300:]!r}"
    terminal.send(b"e", pause=0.6)
    assert saved(project, "a-short", "ana")["paragraphs"][0]["claims"][1]["label"] == "framing"


# ---------------------------------------------------------------- escape bytes from hostile text

# Each payload sits next to a marker naming where it came from (A: article
# files, N: annotation files, S: labels.yaml), so the checks are about those
# bytes and not about the sequences Textual writes itself (it emits CSI 6n,
# OSC 8 and OSC 22 of its own).
SOURCES = ("A", "N", "S")


def payloads(source: str) -> dict[str, tuple[str, bytes]]:
    """name -> (text put in the file, regex over the terminal bytes that must not match)."""
    m = source.encode()
    return {
        "osc_title": (f"\x1b]0;PWNED{source}\x07", rb"\x1b\][^\x07\x1b]*PWNED" + m),
        "osc_title_st": (f"\x1b]2;PWNST{source}\x1b\\", rb"\x1b\][^\x07\x1b]*PWNST" + m),
        "osc_clipboard": (f"\x1b]52;c;Q0xJUEJPQVJE{source}\x07", rb"Q0xJUEJPQVJE" + m),
        "osc_link": (f"\x1b]8;;https://evil.example/LINK{source}\x1b\\x\x1b]8;;\x1b\\", rb"evil\.example/LINK" + m),
        "csi_report": (f"\x1b[6nDSR{source}", rb"\[6nDSR" + m),
        "csi_colour": (f"\x1b[5;7;31mRED{source}", rb"\[5;7;31mRED" + m),
        "csi_clear": (f"\x1b[2J\x1b[3JCLR{source}", rb"\[3JCLR" + m),
        "c1_csi": (f"\u009b31mCSI{source}", rb"\xc2\x9b31mCSI" + m),
        "c1_osc": (f"\u009d0;OSC{source}\u009c", rb"\xc2\x9d0;OSC" + m + rb"|OSC" + m + rb"\xc2\x9c"),
        "dcs": (f"\x1bPq#0;2;0;0;0DCS{source}\x1b\\", rb"\x1bPq#0;2;0;0;0DCS" + m),
        "bidi": (f"\u202eRLO{source}\u202c \u2066ISO{source}\u2069",
                 rb"\xe2\x80\xaeRLO" + m + rb"|\xe2\x81\xa6ISO" + m),
        "nul_bs": (f"NUL\x00{source}MARK\x08", rb"NUL\x00" + m),
    }


def yaml_text(source: str) -> str:
    """The payloads as a YAML double-quoted string body (escapes, so the file itself is valid YAML)."""
    text = " ".join(t for t, _ in payloads(source).values())
    return text.encode("unicode_escape").decode("ascii").replace('"', '\\"')


def hostile_project(root: Path) -> Path:
    article_payload = " ".join(t for t, _ in payloads("A").values())
    a = yaml_text("A")
    article = (
        f'---\ntitle: "Hostile {a} [@click=app.quit]T[/]"\noutlet: "Outlet {a}"\n---\n\n'
        f"Start of the hostile paragraph. {article_payload} End [b]of[/b] it.\n\n"
        f"Second paragraph {article_payload} with [@click=app.quit]a link[/] and [/red] too.\n"
    )
    project = make_project(root, {"hostile": article, "other": f'---\ntitle: "Other {a}"\n---\n\nPlain.\n'})
    # Labels saved earlier by this annotator: a speaker and a note carrying payloads.
    n = yaml_text("N")
    folder = project / "annotations" / "hostile"
    folder.mkdir(parents=True)
    (folder / "other.yaml").write_text(
        "format: workbench-annotations/1\narticle: other\nannotator: hostile\ntext_sha256: ''\nupdated: ''\n"
        "paragraphs:\n- index: 0\n  claims:\n  - start: 0\n    end: 6\n    label: quote\n"
        f'    speaker: "Speaker {n}"\n    note: "Note {n}"\n    text: Plain.\n',
        encoding="utf-8",
    )
    s = yaml_text("S")
    labels = (project / "labels.yaml").read_text(encoding="utf-8")
    labels = labels.replace("name: Reported fact", f'name: "Reported fact {s}"', 1)
    definition = f'definition: "Def {s} [@click=app.quit]x[/]"\n'
    labels = re.sub(r"definition: >-\n(?:      .*\n)+", lambda _: definition, labels, count=1)
    (project / "labels.yaml").write_text(labels, encoding="utf-8")
    return project


def test_the_hostile_project_loads_and_the_payloads_reach_the_program(tmp_path: Path) -> None:
    from workbench.corpus import load_article
    from workbench.scheme import load_scheme

    project = hostile_project(tmp_path / "project")
    article = load_article(project / "corpus" / "hostile.md")
    assert "DSRA" in article.paragraphs[0].text and "PWNEDA" not in article.paragraphs[0].text
    assert "\x1b" not in article.title + article.meta.outlet + "".join(p.text for p in article.paragraphs)
    name = load_scheme(project / "labels.yaml").labels[0].name
    assert "DSRS" in name and "\x1b" not in name  # loaded, with the escape sequences removed


def run_hostile_session(project: Path) -> bytes:
    """Everything the workbench writes while showing the hostile project on each of its screens."""
    terminal = PtyProcess(annotate(project, "hostile"), cols=120, rows=40)
    try:
        terminal.wait_for(b"DSRA")
        time.sleep(0.3)
        for key in (b"f", b"j", b"n"):  # tag and move
            terminal.send(key)
        terminal.send(b"o", pause=0.8)  # the article list: titles and outlets
        terminal.send(b"\x1b[B")  # down to the second article
        terminal.send(b"\r", pause=0.6)  # open it: its claim's speaker and note are in the details
        terminal.send(b"a", pause=0.5)  # the speaker form, pre-filled
        terminal.send(b"\x1b", pause=0.4)
        terminal.send(b"c", pause=0.5)  # the note form, pre-filled
        terminal.send(b"\x1b", pause=0.4)
        terminal.send(b"?", pause=0.6)  # help: the label definitions
        terminal.send(b"\x1b", pause=0.4)
        assert terminal.process.poll() is None, terminal.text()[-2000:]
        terminal.send(b"\x11")
        code = terminal.wait_exit()
        output = terminal.text()
        assert code == 0 and b"Traceback" not in output, output[-2000:]
        return output
    finally:
        terminal.close()


@pytest.fixture(scope="module")
def hostile_output(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return run_hostile_session(hostile_project(tmp_path_factory.mktemp("hostile") / "project"))


def leaks(output: bytes, source: str) -> dict[str, bytes]:
    found = {name: re.search(pattern, output) for name, (_, pattern) in payloads(source).items()}
    return {name: output[max(0, m.start() - 30): m.end() + 30] for name, m in found.items() if m}


def test_no_escape_sequence_from_an_article_reaches_the_terminal(hostile_output: bytes) -> None:
    assert b"DSRA" in hostile_output and b"REDA" in hostile_output, "the text around the payloads is shown"
    assert b"RLOA" in hostile_output and b"Other" in hostile_output
    assert not leaks(hostile_output, "A"), leaks(hostile_output, "A")


def test_no_escape_sequence_from_an_annotation_file_reaches_the_terminal(hostile_output: bytes) -> None:
    assert b"DSRN" in hostile_output, "the speaker or note was shown"
    assert not leaks(hostile_output, "N"), leaks(hostile_output, "N")


def test_no_escape_sequence_from_a_label_scheme_reaches_the_terminal(hostile_output: bytes) -> None:
    assert b"DSRS" in hostile_output, "the label name or definition was shown"
    assert not leaks(hostile_output, "S"), leaks(hostile_output, "S")
