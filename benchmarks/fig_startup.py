"""Start to first frame: the whole process, in a pseudo-terminal, until the screen is drawn.

Each program runs in a fresh pty of 160x48 with TERM=xterm-256color, as a
user's terminal would start it. The clock starts before ``fork`` and stops
when the output, with escape sequences removed, contains the text that only
the first drawn screen holds (the workbench's status bar, "art i/N"). The
process is then quit (ctrl+q) and reaped before the next run. Baselines run
in the same loop, interleaved, so that what the workbench adds on top of
Python and Textual is read off the same machine state.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from benchmarks.common import PYTHON, Figure, Scale, Target, child_env
from benchmarks.data import ANNOTATOR, Workspace

ROWS, COLUMNS = 48, 160
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[()][0-9A-Za-z]"
    r"|\x1b[@-Z\\-_=>78]"
)
WORKBENCH = str(Path(PYTHON).with_name("workbench"))

MINIMAL_APP = """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("benchmark-ready")

Minimal().run()
"""


class StartFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Program:
    name: str
    argv: tuple[str, ...]
    marker: str | None  # regex over the escape-free output; None: time until exit
    cwd: Path | None = None
    target: Target | None = None
    case: str = ""


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def time_to_marker(program: Program, timeout: float = 60.0) -> float:
    """Seconds from starting the program in a pty until its output shows the marker (or it exits)."""
    return run_in_pty(program, timeout)[0]


QUIT_TIMES: list[tuple[str, float]] = []  # (case, seconds from ctrl+q to exit) of the runs so far


def run_in_pty(program: Program, timeout: float = 60.0, quit_wait: float = 60.0) -> tuple[float, bytes]:
    """Seconds until the marker (or the exit), and all the output until the program was quit."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    env = child_env(TERM="xterm-256color", COLORTERM="truecolor", WORKBENCH_ANNOTATOR=ANNOTATOR,
                    WORKBENCH_KEYMAP=os.devnull + "-none", COLUMNS=str(COLUMNS), LINES=str(ROWS))
    env.pop("TEXTUAL", None)
    marker = re.compile(program.marker) if program.marker else None
    start = perf_counter()
    process = subprocess.Popen(program.argv, stdin=slave, stdout=slave, stderr=slave, cwd=program.cwd, env=env,
                               start_new_session=True, close_fds=True)
    os.close(slave)
    output = b""
    elapsed: float | None = None
    try:
        while elapsed is None:
            remaining = timeout - (perf_counter() - start)
            if remaining <= 0:
                raise StartFailed(f"{program.name}: nothing recognisable after {timeout:.0f} s: "
                                  f"{strip_ansi(output.decode('utf-8', 'replace'))[-300:]!r}")
            ready, _, _ = select.select([master], [], [], min(remaining, 0.5))
            if ready:
                try:
                    chunk = os.read(master, 1 << 16)
                except OSError:  # EIO: the child closed the terminal
                    chunk = b""
                if chunk:
                    output += chunk
                    if marker and marker.search(strip_ansi(output.decode("utf-8", "replace"))):
                        elapsed = perf_counter() - start
                    continue
            if process.poll() is not None:
                if marker is None:
                    elapsed = perf_counter() - start
                elif not ready:
                    raise StartFailed(f"{program.name} exited ({process.returncode}) before drawing: "
                                      f"{strip_ansi(output.decode('utf-8', 'replace'))[-500:]!r}")
    finally:
        quitting = perf_counter()
        output += _stop(process, master, quit_wait)
        if elapsed is not None and program.marker:
            QUIT_TIMES.append((program.case, perf_counter() - quitting))
    assert elapsed is not None
    return elapsed, output


def _stop(process: subprocess.Popen[bytes], master: int, wait: float) -> bytes:
    """Quit like a user (ctrl+q), then make sure this run's processes are gone; the output meanwhile."""
    output = b""
    with contextlib.suppress(OSError):
        if process.poll() is None:
            os.write(master, b"\x11")
    deadline = perf_counter() + wait
    while perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                chunk = b""
            output += chunk
            if not chunk and process.poll() is not None:
                break
        elif process.poll() is not None:
            break
    if process.poll() is None:
        # The run's own session: the program and anything it started (py-spy's child).
        with contextlib.suppress(OSError):
            os.killpg(process.pid, 9)
        process.wait(5)
    with contextlib.suppress(OSError):
        os.close(master)
    return output


def programs(ws: Workspace, scale: Scale) -> list[Program]:
    many = ws.many()
    partly = ws.many_partly_labelled(max(1, scale.big_corpus // 10))
    count = scale.big_corpus
    done = max(1, scale.big_corpus // 10)
    return [
        Program("python -c pass", (PYTHON, "-c", "pass"), None, case="baseline"),
        Program('python -c "import textual"', (PYTHON, "-c", "import textual"), None, case="baseline"),
        Program("minimal Textual app, one line", (PYTHON, "-c", MINIMAL_APP), r"benchmark-ready", case="baseline"),
        Program("workbench --help", (WORKBENCH, "--help"), None, case="baseline"),
        Program("start to first frame", (WORKBENCH,), r"art \d+/2\b", ws.seeds(), Target(0.4, "<=", "p95"),
                "seed corpus (2 articles)"),
        Program("start to first frame", (WORKBENCH,), rf"art \d+/{count}\b", many, Target(1.0, "<=", "p95"),
                f"{count:,} articles, none labelled"),
        Program("start to first frame", (WORKBENCH,), rf"art \d+/{count}\b", partly, Target(1.0, "<=", "p95"),
                f"{count:,} articles, first {done:,} done, no resume index yet (e.g. a fresh clone)"),
    ]


def run(ws: Workspace, scale: Scale) -> list[Figure]:
    chosen = programs(ws, scale)
    if scale.smoke:
        chosen = [p for p in chosen if p.name in ('python -c "import textual"',) or p.case.startswith("seed")]
    samples: dict[int, list[float]] = {i: [] for i in range(len(chosen))}
    errors: dict[int, str] = {}
    for index, program in enumerate(chosen if not scale.smoke else []):  # warm-up: .pyc files, page cache
        try:
            time_to_marker(program)
        except StartFailed as exc:
            errors[index] = str(exc)
    QUIT_TIMES.clear()  # quits of the warm-up runs do not count
    for _ in range(scale.start_runs):
        for index, program in enumerate(chosen):
            if index in errors:
                continue
            try:
                samples[index].append(time_to_marker(program))
            except StartFailed as exc:
                errors[index] = str(exc)
    figures = []
    for index, program in enumerate(chosen):
        name = program.name if program.target else f"start: {program.name}"
        figure = Figure(name, program.case, "s", samples[index], program.target)
        if program.marker is None:
            figure.note = "until the process exits"
        if index in errors:
            figure.skipped = errors[index]
        figures.append(figure)
    for program in chosen:
        if program.target is not None:
            quits = [seconds for case, seconds in QUIT_TIMES if case == program.case]
            figures.append(Figure("quit: ctrl+q right after the first frame, until the process ends", program.case,
                                  "s", quits, None, "a user's wait to get the shell back"))
    return figures


if __name__ == "__main__":  # pragma: no cover - manual use: python -m benchmarks.fig_startup [PROJECT]
    project = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
    print(time_to_marker(Program("workbench", (WORKBENCH,), r"art \d+/\d+", project)))
