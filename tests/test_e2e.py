"""End-to-end: the real `workbench` program in a real terminal (tmux), driven by keystrokes."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tui_support import labels_of, make_project, saved_claims

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    """A tmux session on its own server socket running one command."""

    def __init__(self, command: str, width: int = 100, height: int = 30) -> None:
        self.socket = f"wb-{uuid.uuid4().hex[:10]}"
        self.tmux(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", str(width), "-y", str(height), command])

    def tmux(self, args: list[str]) -> str:
        # COLUMNS/LINES from the test runner would override the pane's real size.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        result = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20,
                                env=env)
        return result.stdout

    def send(self, *keys: str) -> None:
        for key in keys:
            self.tmux(["send-keys", "-t", "t", key])
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.tmux(["send-keys", "-t", "t", "-l", text])
        time.sleep(0.2)

    def screen(self) -> str:
        return self.tmux(["capture-pane", "-p", "-t", "t"])

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                time.sleep(0.3)  # the first frame can be drawn before input is read
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} not on screen:\n{self.screen()}")

    def alive(self) -> bool:
        return "t" in self.tmux(["list-sessions", "-F", "#{session_name}"]).split()

    def wait_exit(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.alive():
            time.sleep(0.1)
        assert not self.alive(), "the workbench did not quit"

    def close(self) -> None:
        self.tmux(["kill-server"])


@pytest.fixture
def terminal_factory() -> Iterator[list[Terminal]]:
    terminals: list[Terminal] = []
    yield terminals
    for terminal in terminals:
        terminal.close()


def workbench_command(project: Path, annotator: str, *extra: str) -> str:
    args = [sys.executable, "-m", "workbench", "annotate", "--project", str(project),
            "--annotator", annotator, "--no-suggest", *extra]
    # Keep the pane open briefly after exit so a crash message can be read.
    return " ".join(shlex.quote(a) for a in args) + "; echo EXITED $?; sleep 3"


def test_tag_undo_quit_restart_in_a_real_terminal(tmp_path: Path, terminal_factory: list[Terminal]) -> None:
    project = make_project(tmp_path / "project")
    terminal = Terminal(workbench_command(project, "e2e"))
    terminal_factory.append(terminal)
    screen = terminal.wait_for("Short test article")
    assert "¶ 1/3" in screen
    terminal.send("f", "q")
    terminal.wait_for("Speaker")
    terminal.type("Reuters")
    terminal.send("Enter")
    terminal.wait_for("2/6")
    terminal.send("e")
    terminal.wait_for("3/6")
    terminal.send("u")
    terminal.wait_for("2/6")
    terminal.send("C-q")
    terminal.wait_for("EXITED 0")
    claims = saved_claims(project, "a-short", 0, "e2e")
    assert [c["label"] for c in claims] == ["fact", "quote", None]
    assert claims[1]["speaker"] == "Reuters"

    again = Terminal(workbench_command(project, "e2e"))
    terminal_factory.append(again)
    again.wait_for("2/6")  # resumed with both labels
    again.send("x")  # the cursor is on the third claim (unlabelled): nothing to clear
    again.send("k", "x")
    again.wait_for("1/6")
    again.send("C-q")
    again.wait_for("EXITED 0")
    assert labels_of(project, "a-short", 0, "e2e") == ["fact", None, None]


def test_second_workbench_for_same_annotator_is_refused(tmp_path: Path, terminal_factory: list[Terminal]) -> None:
    project = make_project(tmp_path / "project")
    terminal = Terminal(workbench_command(project, "ana"))
    terminal_factory.append(terminal)
    terminal.wait_for("Short test article")
    second = subprocess.run(
        [sys.executable, "-m", "workbench", "annotate", "--project", str(project), "--annotator", "ana"],
        capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL,
    )
    assert second.returncode == 1
    assert "already working" in second.stderr and "Traceback" not in second.stderr
    terminal.send("C-q")
    terminal.wait_for("EXITED 0")


def test_hostile_article_shows_literally(tmp_path: Path, terminal_factory: list[Terminal]) -> None:
    hostile = (
        "Title [red]x[/]\n\n"
        "Click [@click=app.quit]here[/] or [/] then \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m end.\n"
    )
    project = make_project(tmp_path / "project", {"hostile": hostile})
    (project / "corpus" / "hostile.md").rename(project / "corpus" / "hostile.txt")
    terminal = Terminal(workbench_command(project, "h"))
    terminal_factory.append(terminal)
    terminal.wait_for("Click [@click=app.quit]here[/] or [/] then")
    screen = terminal.wait_for("Title [red]x[/]")  # the header may reach the terminal a moment later
    assert "pwned" not in screen
    assert "Click [@click=app.quit]here[/] or [/] then" in screen
    terminal.send("f")
    time.sleep(0.5)
    assert terminal.alive()
    terminal.send("C-q")
    terminal.wait_for("EXITED 0")
