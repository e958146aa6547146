"""A folder of hostile corpus files, opened with the commands and in the workbench: no crash, no hang.

What real corpora contain: empty and binary files, UTF-16 with and without
a byte-order mark, Windows-1252, NULs, escape sequences, broken or hostile
front matter, HTML, deeply nested Markdown, odd file names, and things that
are not files at all (a FIFO would block a reader forever, /dev/zero never
ends). Each is either opened or reported with its name; nothing else.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from click.testing import CliRunner
from tui_support import app_for, make_project

from workbench.cli import cli

FILES: dict[str, bytes] = {
    "empty.md": b"",
    "spaces.md": b"   \n\n  \n",
    "binary.md": bytes(range(256)) * 20,
    "utf16-bom.md": "---\ntitle: UTF16\n---\n\nHello there. Second one.\n".encode("utf-16"),
    "utf16-nobom.txt": "Title\n\nHello there. Second one.\n".encode("utf-16-le"),
    "cp1252.txt": "Caf\xe9 title\n\nIt cost \u20ac 5. Na\xefve text.\n".encode("cp1252"),
    "nul.txt": b"Title\x00here\n\nSome\x00text. More text.\n",
    "unclosed.md": b"---\ntitle: never closed\n\nBody text here.\n",
    "list-title.md": b"---\ntitle: [a, b]\n---\n\nBody.\n",
    "not-mapping.md": b"---\n- a\n- b\n---\n\nBody.\n",
    "python-tag.md": b"---\ntitle: !!python/object/apply:os.system ['touch EXECUTED']\n---\n\nBody.\n",
    "bomb.md": b"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\n---\n\nB.\n",
    "deep-yaml.md": b"---\nt: " + b"[" * 3000 + b"]" * 3000 + b"\n---\n\nBody.\n",
    "html.md": b"<script>alert(1)</script>\n\n<div onclick='x'>Click <b>me</b></div>\n\n[a](javascript:x) ![i](y)\n",
    "markup.md": b"---\ntitle: '[@click=app.quit]q[/]'\n---\n\n[/] [bold] [@click=app.quit]x[/] \\[ ] price [/red]\n",
    "crlf.txt": b"Title\r\n\r\nLine one.\r\nLine two.\r\n\rOld mac.\r",
    "bidi.md": "Text \u202eesrever\u202c and \u2066iso\u2069. Zero\u200bwidth. e\u0301\u0301\u0301.\n".encode(),
    "escapes.txt": b"Title \x1b]0;PWN\x07\n\n\x1b[2J\x1b[H\x1b]52;c;AAAA\x07 Text \x1bP1$r\x1b\\ more.\n",
    "bad-utf8.md": b"Lone \xed\xa0\x80 surrogate bytes. Overlong \xc0\xaf.\n",
    "\u00e7 a b.md": b"Title\n\nUnicode name and spaces.\n",
    "-rf.md": b"Dash name.\n",
    "dup.md": b"Dup md.\n",
    "dup.txt": b"Dup txt\n\nbody.\n",
    "heading-only.md": b"# Heading only\n",
    "deep-list.md": b"".join(b"  " * i + b"- item\n" for i in range(300)),
    "fence.md": b"```\ncode [/] \x1b[31m\n```\n\n    indented code\n",
}
NO_TEXT = {"front-matter-only.md": b"---\ntitle: Front matter only\n---\n\n<!-- nothing -->\n",
           "deep-quote.md": b">" * 200 + b" deep\n"}


def hostile_corpus(root: Path, files: dict[str, bytes]) -> Path:
    project = make_project(root, {"a-good": "---\ntitle: Good\n---\n\nA good sentence. Another one.\n"})
    corpus = project / "corpus"
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    if hasattr(os, "mkfifo"):
        os.mkfifo(corpus / "fifo.md")  # opening it for reading would block forever
    os.symlink("/dev/zero", corpus / "zero.md")  # reading it would never end
    (corpus / "folder.md").mkdir()
    return project


def test_every_command_reports_hostile_corpus_files_by_name(tmp_path: Path) -> None:
    project = hostile_corpus(tmp_path / "project", FILES)
    os.chdir(tmp_path)  # where a payload would 'touch EXECUTED'
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", "--project", str(project)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit | None), result.exception
    for name in ("empty.md", "binary.md", "utf16-nobom.txt", "list-title.md", "not-mapping.md", "python-tag.md",
                 "bomb.md", "deep-yaml.md", "spaces.md", "dup.txt"):
        assert name in result.output, f"{name} not reported:\n{result.output}"
    for article_id in [p.stem for p in (project / "corpus").iterdir()] + ["a-good"]:
        shown = runner.invoke(cli, ["show", article_id, "--project", str(project)])
        assert shown.exception is None or isinstance(shown.exception, SystemExit), (article_id, shown.exception)
        assert "\x1b" not in shown.output, f"show {article_id} printed an escape character"
    suggested = runner.invoke(cli, ["suggest", "a-good", "--project", str(project)])
    assert suggested.exit_code == 0, suggested.output
    assert not (tmp_path / "EXECUTED").exists()


async def visit_every_article(project: Path) -> list[str]:
    """Open each article the way the article list does, tag, edit, undo; returns the ids opened."""
    app = app_for(project, "visitor")
    opened = []
    async with app.run_test(size=(100, 30)) as pilot:
        session = app.session
        assert session is not None
        for index, article_id in enumerate(session.article_ids):
            app.screen.run_command(lambda index=index: session.goto(index))  # type: ignore[attr-defined]
            await pilot.pause()
            assert app.is_running, article_id
            if session.cursor.article == index:  # (one that cannot be read is refused with its reason)
                await pilot.press("f", "u")
                assert app.is_running, article_id
                opened.append(article_id)
        await pilot.press("o")
        await pilot.pause(0.3)
        await pilot.press("escape", "question_mark", "escape")
        assert app.is_running
    return opened


IN_THE_TUI = ("binary.md", "utf16-bom.md", "cp1252.txt", "nul.txt", "python-tag.md", "html.md", "markup.md",
              "crlf.txt", "bidi.md", "escapes.txt", "bad-utf8.md", "heading-only.md", "deep-list.md")


def test_the_workbench_opens_or_reports_every_hostile_file(tmp_path: Path) -> None:
    # A representative part of FILES (every refresh costs the footer a full restyle, so all of them is slow).
    project = hostile_corpus(tmp_path / "project", {name: FILES[name] for name in IN_THE_TUI})
    opened = asyncio.run(visit_every_article(project))
    assert {"a-good", "cp1252", "nul", "crlf", "bidi", "escapes", "html", "markup", "utf16-bom"} <= set(opened)


def test_an_article_without_text_does_not_crash_the_workbench(tmp_path: Path) -> None:
    """Front matter only, or Markdown that parses to nothing: refused with a reason when opened."""
    project = hostile_corpus(tmp_path / "project", NO_TEXT)
    opened = asyncio.run(visit_every_article(project))
    assert opened == ["a-good"]
