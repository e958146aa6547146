"""Profiles that say where the time goes: imports, start-up, one key press.

- ``-X importtime`` of ``workbench --help`` and of the TUI start (until the
  first frame): the modules with the largest cumulative import time.
- py-spy, sampling the TUI start in a pty at 1 kHz (when py-spy is
  installed): functions by inclusive and by self time.
- pyinstrument around single label keys in the running app (started before
  the key is posted, stopped at the frame that shows it): functions by
  inclusive and by self time, summed over the keys.

Every profile is reduced to the same two tables, "inclusive" (time with the
function on the stack, counted once per stack) and "self" (time in the
function's own code).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.common import PYTHON, child_env
from benchmarks.data import ANNOTATOR, Workspace
from benchmarks.fig_startup import Program, StartFailed, run_in_pty, strip_ansi

_FRAME = re.compile(r"^(?P<function>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")
_IDLE = ("select", "poll", "epoll", "_run_once", "run_forever", "sleep", "wait", "Condition.wait", "_worker",
         "EpollSelector.select", "SelectSelector.select", "_wait_for_tstate_lock")
SITE = "site-packages/"


def short_file(path: str) -> str:
    path = path.split(SITE, 1)[-1]
    for marker in ("/work/main/", str(Path.cwd()) + "/"):
        path = path.replace(marker, "")
    return path


def frame_key(frame: str) -> str:
    match = _FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    return f"{match['function']} ({short_file(match['file'])})"


def aggregate(stacks: Iterable[tuple[list[str], float]]) -> tuple[dict[str, float], dict[str, float], float]:
    """Inclusive and self totals by function from (stack, weight) pairs, and the total weight."""
    inclusive: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)
    total = 0.0
    for stack, weight in stacks:
        keys = [frame_key(f) for f in stack]
        total += weight
        for key in set(keys):
            inclusive[key] += weight
        if keys:
            own[keys[-1]] += weight
    return inclusive, own, total


def collapsed_stacks(text: str) -> Iterable[tuple[list[str], float]]:
    """py-spy's raw (collapsed) format: 'frame;frame;frame count' per line."""
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            yield stack.split(";"), float(count)


_PLUMBING = ("invoke (", "_invoke (", "_process_messages", "_dispatch_message", "on_event (", "_on_message (",
             "_run (textual/timer", "_tick (", "_run_timer", "_flush_next_callbacks", "_pre_process",
             "<module> (<frozen", "_find_and_load", "_call_with_frames", "_load_unlocked", "exec_module",
             "run_until_complete", "run_forever", "_run_once", "_run (asyncio", "Handle._run", "Runner.run",
             "run (asyncio", "_run_timer", "_process_messages_loop", "invoke_watcher", "_check_watchers")


def table(inclusive: dict[str, float], own: dict[str, float], total: float, unit: str, scale: float,
          limit: int = 15) -> str:
    """Markdown tables: inclusive time in the workbench's code, in libraries (event plumbing left out), self time."""
    def share(value: float) -> str:
        return f"{value * scale:.1f} {unit} ({100 * value / total:.0f}%)" if total else "-"

    def rows(keys: list[tuple[str, float]]) -> list[str]:
        return [f"| {share(value)} | `{key}` |" for key, value in keys[:limit]]

    ranked = sorted(inclusive.items(), key=lambda kv: -kv[1])
    ours = [(k, v) for k, v in ranked if "(workbench/" in k]
    libraries = [(k, v) for k, v in ranked if "(workbench/" not in k and not any(p in k for p in _PLUMBING)]
    lines = ["Inclusive, the workbench's code:", "", "| inclusive | function |", "|---|---|", *rows(ours), "",
             "Inclusive, libraries (event-loop plumbing left out):", "", "| inclusive | function |", "|---|---|",
             *rows(libraries), "", "Self time:", "", "| self | function |", "|---|---|",
             *rows(sorted(own.items(), key=lambda kv: -kv[1]))]
    return "\n".join(lines)


# ---------------------------------------------------------------- -X importtime


def importtime_table(stderr: str, limit: int = 15) -> str:
    """The slowest imports by cumulative time: top-level and second-level modules, and ours."""
    rows: list[tuple[int, int, int, str]] = []  # cumulative, self, depth, module
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line.split(":", 1)[1].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        module = parts[2].rstrip()
        depth = (len(module) - len(module.lstrip(" ")) - 1) // 2
        rows.append((int(parts[1]), int(parts[0]), depth, module.strip()))
    total = sum(cumulative for cumulative, _, depth, _ in rows if depth == 0)
    lines = [f"Total import time (top-level imports): {total / 1000:.0f} ms", "",
             "| cumulative | self | depth | module |", "|---|---|---|---|"]
    chosen = sorted((r for r in rows if r[2] <= 1 or r[3].startswith("workbench")), reverse=True)[:limit]
    for cumulative, own, depth, module in chosen:
        lines.append(f"| {cumulative / 1000:.1f} ms | {own / 1000:.1f} ms | {depth} | `{module}` |")
    return "\n".join(lines)


def importtime_help() -> str:
    result = subprocess.run([PYTHON, "-X", "importtime", "-m", "workbench", "--help"], capture_output=True,
                            text=True, env=child_env(), timeout=120)
    return importtime_table(result.stderr)


def importtime_start(project: Path) -> str:
    """Textual draws on stderr, where -X importtime writes too: the lines are picked out of the pty output."""
    argv = (PYTHON, "-X", "importtime", "-m", "workbench")
    try:
        run_in_pty(Program("warm-up", (PYTHON, "-m", "workbench"), r"art \d+/\d+", project))
        _, output = run_in_pty(Program("importtime", argv, r"art \d+/\d+", project))
    except StartFailed as exc:
        return f"(failed: {exc})"
    text = strip_ansi(output.decode("utf-8", "replace"))
    lines = [m.group(0) for m in re.finditer(r"import time:\s+\d+ \|\s+\d+ \|[^\n\r]*", text)]
    return importtime_table("\n".join(lines))


# ---------------------------------------------------------------- py-spy


def py_spy() -> str | None:
    found = shutil.which("py-spy") or str(Path(PYTHON).with_name("py-spy"))
    return found if Path(found).exists() else None


def start_profile(project: Path, runs: int = 5) -> str:
    spy = py_spy()
    if spy is None:
        return "(py-spy is not installed: `pip install py-spy`)"
    stacks: list[tuple[list[str], float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(runs):
            out = Path(tmp) / f"spy-{number}.txt"
            argv = (spy, "record", "--nonblocking", "--rate", "1000", "--format", "raw", "--output", str(out), "--",
                    PYTHON, "-m", "workbench")
            try:
                run_in_pty(Program("py-spy", argv, r"art \d+/\d+", project), quit_wait=120)
            except StartFailed as exc:
                return f"(failed: {exc})"
            if out.exists():
                stacks += list(collapsed_stacks(out.read_text("utf-8", "replace")))
    busy = [(s, w) for s, w in stacks if not _idle(s)]
    inclusive, own, total = aggregate(busy)
    header = (f"{total / runs:.0f} busy samples per run at 1 kHz (about {total / runs:.0f} ms of CPU from start to "
              f"quit, idle threads left out), {runs} runs; times per run.")
    return header + "\n\n" + table(inclusive, own, total, "ms", 1 / runs)


# ---------------------------------------------------------------- pyinstrument, one key


def _pyinstrument_stacks(frame: Any, prefix: list[str]) -> Iterable[tuple[list[str], float]]:
    """(stack, seconds) of own time; pyinstrument's synthetic frames ([self], [await]) count for their parent."""
    if frame.is_synthetic:
        if frame.identifier.startswith("[self]") and prefix:
            yield prefix, frame.time
        elif prefix:
            yield [*prefix, frame.identifier.split("\x00")[0]], frame.time
        return
    stack = [*prefix, f"{frame.function} ({frame.file_path or ''}:{frame.line_no or 0})"]
    children = list(frame.children)
    own = frame.time - sum(child.time for child in children)
    if own > 1e-9:
        yield stack, own
    for child in children:
        yield from _pyinstrument_stacks(child, stack)


async def _profile_keys(project: Path, key: str, presses: int) -> tuple[list[tuple[list[str], float]], float]:
    from pyinstrument import Profiler

    from benchmarks.frames import FrameClock, key_event
    from workbench.tui.launch import build_app

    app = build_app(project, ANNOTATOR, suggest=False, keymap_file=project / "no-keymap.yaml")
    stacks: list[tuple[list[str], float]] = []
    wall = 0.0
    async with app.run_test(size=(160, 48)) as pilot:
        clock = FrameClock(app)
        clock.install()
        await pilot.pause()
        await clock.quiet(gap=0.2)
        session: Any = app.session
        for _ in range(presses):
            await clock.quiet(gap=0.06)
            saves = session.saves
            profiler = Profiler(interval=0.0002, async_mode="disabled")
            def saved(before: int = saves) -> bool:
                return bool(session.saves > before)

            waiter = asyncio.ensure_future(clock.next_frame(saved))
            await asyncio.sleep(0)
            profiler.start()
            app.post_message(key_event(key))
            try:
                await asyncio.wait_for(waiter, 60)
            finally:
                profiler.stop()
            session_data = profiler.last_session
            if session_data is not None:
                wall += session_data.duration
                root = session_data.root_frame()
                if root is not None:
                    stacks += list(_pyinstrument_stacks(root, []))
    return stacks, wall


def key_profile(project: Path, presses: int = 20, key: str = "f") -> str:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return "(pyinstrument is not installed: `pip install pyinstrument`)"
    stacks, wall = asyncio.run(_profile_keys(project, key, presses))
    inclusive, own, total = aggregate((s, w) for s, w in stacks if not _idle(s))
    idle = sum(w for s, w in stacks if _idle(s))
    return (f"{presses} presses of `{key}`, {1000 * wall / presses:.1f} ms per key under the profiler "
            f"({1000 * idle / presses:.1f} ms of it waiting in the event loop, left out below); "
            "times per key.\n\n" + table(inclusive, own, total, "ms", 1000 / presses))


def _idle(stack: list[str]) -> bool:
    last = stack[-1].split(" (")[0] if stack else ""
    return any(last == name or last.endswith("." + name) for name in _IDLE)


def run(ws: Workspace, long_words: int, big_paragraph: int, smoke: bool = False) -> list[tuple[str, str]]:
    """Markdown sections for RESULTS.md."""
    os.environ.setdefault("WORKBENCH_ANNOTATOR", ANNOTATOR)
    presses = 3 if smoke else 20
    sections = [
        ("Profile: imports of `workbench --help` (-X importtime)", importtime_help()),
        ("Profile: imports of the TUI start on the seed corpus (-X importtime)", importtime_start(ws.seeds())),
    ]
    if not smoke:
        sections.append(("Profile: TUI start on the seed corpus (py-spy, 1 kHz)", start_profile(ws.seeds())))
        sections.append((f"Profile: TUI start on {ws.big_corpus:,} articles (py-spy, 1 kHz)",
                         start_profile(ws.many_partly_labelled(max(1, ws.big_corpus // 10)), runs=2)))
    sections.append((f"Profile: label key on the {long_words:,}-word article (pyinstrument)",
                     key_profile(ws.scratch(ws.long_article(long_words)), presses)))
    sections.append((f"Profile: label key on the {big_paragraph / 1e6:g} MB paragraph (pyinstrument)",
                     key_profile(ws.scratch(ws.big_paragraph(big_paragraph)), max(2, presses // 4))))
    return sections
