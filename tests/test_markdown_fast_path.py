"""Markdown without markup is read without the parser, and gives exactly the parser's paragraphs."""

from __future__ import annotations

import random

import pytest
from helpers import SEED_000, SEED_004

from workbench.corpus import _parsed_markdown_blocks, _plain_markdown_blocks, markdown_blocks
from workbench.importer import convert_text


@pytest.mark.parametrize(
    "body",
    [
        "",
        "\n\n",
        "One line.",
        "First paragraph,\nwrapped.\n\nSecond one.\n",
        "\n\n\nA\n\n\n\nB\n\n\n",
        "Escaped \\*stars\\*, \\[brackets\\], \\_under\\_, a \\\\ backslash and \\& an ampersand.",
        "\\# not a heading\n\n\\- not a list\n\n1\\. not a list either",
        "1.5 million people; 2 000 cases.\n\n10000000000. is a number, not a list item",
        "Quotes “like this” and ‘this’, dashes — and - hyphens, an ellipsis…",
        "Tabs\tinside a line are text.",
        "Odd spaces\u00a0inside\u2003a line\u2028are text too.",
    ],
)
def test_plain_markdown_matches_the_parser(body: str) -> None:
    fast = _plain_markdown_blocks(body)
    assert fast is not None
    assert fast == _parsed_markdown_blocks(body)


@pytest.mark.parametrize(
    "body",
    [
        "Some *emphasis*.",
        "A [link](http://example.org).",
        "Code `x`.",
        "An &amp; entity.",
        "Inline <b>html</b>.",
        "# Heading",
        "- item",
        "+ item",
        "* item",
        "1. item",
        "2) item",
        "> quote",
        "    indented code",
        " one leading space",
        "trailing spaces  \nhard break",
        "backslash\\\nhard break",
        "Title\n=====",
        "Title\n---",
        "```\nfence\n```",
        "~~~\nfence\n~~~",
        "___",
        "a \\q stray backslash",
        "carriage\rreturn",
        "\u00a0leading no-break space",
        "line\n \nwith a blank-looking line",
    ],
)
def test_markup_goes_to_the_parser(body: str) -> None:
    assert _plain_markdown_blocks(body) is None
    assert markdown_blocks(body) == _parsed_markdown_blocks(body)


ATOMS = [
    "a", "Word", " ", "  ", "\t", "\n", "\n", "\n\n", "\n \n", ".", "1", "12", "1.", "2)", "-", "+", "*", "_", "#", ">",
    "<", "&", "=", "~", "`", "[", "]", "(", ")", "!", "\\", "\\*", "\\\\", "\\-", "\\#", "\\a", "\u00a0", "\u2003",
    "\u2028", "\u200b", "é", "“", "”", "\r", "\x00", "|", ":", "---", "===", "```", "    ", "&amp;", "\\\n", "  \n",
    "\x0c", "\x0b", "\x85", "\x1c",
]
PLAIN_ATOMS = [
    "word", "Word", " ", "\n", "\n\n", "\n\n\n", ".", ",", "1", "2.5", "é", "“", "”", "\\*", "\\[", "\\]", "\\-", "\\_",
    "\\#", "\\&", "\\\\", "-", "'", '"', "(", ")", "?", "\u00a0", ":", "\t", "1. ", "#",
]


@pytest.mark.parametrize("seed", range(4))
def test_random_documents_read_alike(seed: int) -> None:
    rng = random.Random(seed)
    taken = 0
    for i in range(1500):
        atoms = ATOMS if i % 2 else PLAIN_ATOMS
        body = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 40)))
        fast = _plain_markdown_blocks(body)
        if fast is not None:
            taken += 1
            assert fast == _parsed_markdown_blocks(body), repr(body)
    assert taken > 300  # the fast path was exercised


def test_imported_plain_text_takes_the_fast_path() -> None:
    _, body = convert_text(SEED_000.read_text("utf-8"), ".txt")
    fast = _plain_markdown_blocks(body)
    assert fast is not None
    assert fast == _parsed_markdown_blocks(body)


def test_markdown_in_a_text_file_goes_to_the_parser() -> None:
    _, body = convert_text(SEED_004.read_text("utf-8"), ".txt")  # it has [links](…)
    assert _plain_markdown_blocks(body) is None
    assert any("South Front" in text for _, text in markdown_blocks(body))
