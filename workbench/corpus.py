"""Reading corpus articles: front matter, Markdown or plain-text body, paragraphs and kinds.

An article file is parsed only when it is opened; :class:`Corpus` keeps a cheap
index (file names) and a small cache, so a corpus of thousands of articles
opens at once.
"""

from __future__ import annotations

import bisect
import importlib
import os
import re
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from workbench.model import META_FIELDS, Article, ArticleMeta, Paragraph, ParagraphKind
from workbench.textclean import FileTooLarge, canonical, decode, one_line, read_file_bytes, safe_lines
from workbench.yamlio import YamlError, loads

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_UNCLOSED_FRONT_MATTER = re.compile(r"\A---[ \t]*\n[A-Za-z_][\w-]*[ \t]*:")


class CorpusError(ValueError):
    """An article that cannot be read, with the file and (where known) the line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = Path(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


# ---------------------------------------------------------------- boilerplate


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    name: str
    pattern: re.Pattern[str]
    max_words: int


@lru_cache(maxsize=1)
def _boilerplate_data() -> Any:
    # Read beside this module, not through importlib.resources, whose import costs more than the file.
    return loads((Path(__file__).parent / "data" / "boilerplate.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    """The shipped rules (data/boilerplate.yaml), compiled once."""
    return tuple(
        BoilerplateRule(r["name"], re.compile(r["pattern"], re.IGNORECASE), int(r.get("max_words", 0)))
        for r in _boilerplate_data()["rules"]
    )


def tweet_footer_author(text: str) -> str | None:
    """Who an embedded tweet's footer line names ("— Name (@handle) date"), or None if ``text`` is not one.

    The "tweet footer" boilerplate rule is the one pattern for such lines: it marks them and names them.
    """
    if "(@" not in text:
        return None
    for rule in boilerplate_rules():
        if rule.name == "tweet footer":
            match = rule.pattern.search(text)
            name = match.group("name") if match is not None and "name" in rule.pattern.groupindex else None
            return name.strip() if name else None
    return None


@dataclass(frozen=True, slots=True)
class BoilerplateRegion:
    name: str
    start: re.Pattern[str]
    end: re.Pattern[str]
    max_paragraphs: int


@lru_cache(maxsize=1)
def boilerplate_regions() -> tuple[BoilerplateRegion, ...]:
    return tuple(
        BoilerplateRegion(r["name"], re.compile(r["start"], re.IGNORECASE), re.compile(r["end"], re.IGNORECASE),
                          int(r["max_paragraphs"]))
        for r in _boilerplate_data().get("regions") or []
    )


_REGION_EDGE_WORDS = 25


def mark_regions(blocks: list[tuple[ParagraphKind, str]],
                 measures: Sequence[tuple[int, str | None]] | None = None) -> list[tuple[ParagraphKind, str]]:
    """Mark widgets that span paragraphs (a poll between two halves of an article).

    A region needs both its start and its end within ``max_paragraphs``, and
    both must be short, so an article paragraph that merely quotes a phrase
    never hides the text after it. ``measures`` are the blocks' :func:`measure`,
    when the caller has them already.
    """
    if measures is None:
        measures = [measure(text) for _, text in blocks]
    kinds = [kind for kind, _ in blocks]
    for region in boilerplate_regions():
        starts = _pattern_screen(region.start)
        i = 0
        while i < len(blocks):
            text = blocks[i][1]
            words, low = measures[i]
            if (
                words <= _REGION_EDGE_WORDS
                and (starts is None or low is None or starts.admits(text, low))
                and region.start.search(text)
            ):
                for j in range(i + 1, min(len(blocks), i + 1 + region.max_paragraphs)):
                    end_text = blocks[j][1]
                    if measures[j][0] <= _REGION_EDGE_WORDS and region.end.search(end_text):
                        for k in range(i, j + 1):
                            if kinds[k] == "content":
                                kinds[k] = "boilerplate"
                        i = j
                        break
            i += 1
    return [(kind, text) for kind, (_, text) in zip(kinds, blocks, strict=True)]


_DIRECT_CHECKS = 300  # paragraphs checked rule by rule before the screens are worth building
_direct_checks = 0


def measure(text: str) -> tuple[int, str | None]:
    """A paragraph's word count and, when the screens can use it (see _screenable), its lower case.

    What every boilerplate check of a paragraph starts from: an article's
    parse works them out once for both the rules and the regions.
    """
    return len(text.split()), text.lower() if _screenable(text) else None


def boilerplate_reason(text: str, measured: tuple[int, str | None] | None = None) -> str | None:
    """The name of the first boilerplate rule that matches, or None for article text.

    The screens (below) cost ~20 ms to build and save ~0.01 ms a paragraph, so
    the first paragraphs of a process (the article the TUI opens with) are
    checked rule by rule; the verdicts are the same either way. ``measured``
    is ``measure(text)``, when the caller has it already.
    """
    global _direct_checks
    words, low = measured if measured is not None else measure(text)
    if _direct_checks < _DIRECT_CHECKS:
        _direct_checks += 1
        return next((rule.name for rule in boilerplate_rules()
                     if not (rule.max_words and words > rule.max_words) and rule.pattern.search(text)), None)
    if low is not None and not _screen_for(words).admits(text, low):
        return None
    for rule, screen in _rule_screens():  # a paragraph that passed the common screen: each rule's own screen
        if rule.max_words and words > rule.max_words:
            continue
        if screen is not None and low is not None and not screen.admits(text, low):
            continue
        if rule.pattern.search(text):
            return rule.name
    return None


# Nearly every paragraph is article text, and searching each one with every
# case-insensitive rule cost a quarter of `workbench suggest`. A rule's pattern can
# only match text that contains one of a few literal strings (or, for a branch
# anchored with ^, starts with one); those are read off the patterns' syntax trees,
# so they follow any edit of boilerplate.yaml. The screen only rules paragraphs
# out: one that passes is searched with the rules themselves, so the result is the
# same. A pattern the reader cannot see into is simply searched as before.

# Characters that IGNORECASE equates with an ASCII letter but str.lower() does not
# map to it (İ, dotless ı, long ſ, Kelvin sign): text holding one is not screened.
_CASE_ODD_CHARS = _ODD_I, _ODD_DOTLESS_I, _ODD_LONG_S, _ODD_KELVIN = "\u0130", "\u0131", "\u017f", "\u212a"
_CASE_ODD = re.compile(f"[{''.join(_CASE_ODD_CHARS)}]")
_MAX_LITERALS = 64
# The characters IGNORECASE equates beyond simple case pairs ("ς" and "σ"), as the re module lists them; None
# on a Python laid out otherwise, where no cased non-ASCII character is taken as plain.
try:
    _IGNORECASE_EXTRA: dict[int, tuple[int, ...]] | None = importlib.import_module("re._casefix")._EXTRA_CASES
except (ImportError, AttributeError):
    _IGNORECASE_EXTRA = None


@dataclass(frozen=True, slots=True)
class _Screen:
    prefixes: tuple[str, ...]  # lower-case; a match starts with one of them
    needs: re.Pattern[str] | None  # lower-case literals; a match contains one of them
    unscreened: tuple[re.Pattern[str], ...]  # rules whose patterns give no literals
    # The prefixes by their first character: a paragraph is checked against the few that can start it rather
    # than against all of them (up to 200 for short paragraphs). See _screen.
    prefixes_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def admits(self, text: str, low: str) -> bool:
        """False only when no rule of this screen can match ``text`` (``low`` is its lower case)."""
        if low.startswith(self.prefixes_by_first.get(low[:1], ())) or (
                self.needs is not None and self.needs.search(low) is not None):
            return True
        return bool(self.unscreened) and any(pattern.search(text) for pattern in self.unscreened)


def _screen(prefixes: set[str], needs: set[str], unscreened: tuple[re.Pattern[str], ...]) -> _Screen:
    """A _Screen of these literals (prefixes are never empty: see _literals)."""
    by_first: dict[str, list[str]] = {}
    for prefix in sorted(prefixes):
        by_first.setdefault(prefix[:1], []).append(prefix)
    return _Screen(tuple(sorted(prefixes)), _needs_pattern(needs), unscreened,
                   {first: tuple(group) for first, group in by_first.items()})


def _screenable(text: str) -> bool:
    """Whether str.lower() keeps every letter IGNORECASE would match (see _CASE_ODD).

    Four substring tests: three times faster than searching with _CASE_ODD, and the same answer.
    """
    return text.isascii() or not (_ODD_I in text or _ODD_DOTLESS_I in text or _ODD_LONG_S in text
                                  or _ODD_KELVIN in text)


def _plain_literal(code: int) -> bool:
    """A pattern character whose IGNORECASE matches are exactly the characters str.lower() maps to its lower case.

    ASCII letters are (text holding ı, ſ, İ or the Kelvin sign is not screened); so are uncased characters, and
    letters such as "é", "ä" or "ç" whose only other case is their capital. Letters that IGNORECASE also equates with
    a third character (Greek sigma and "ς", "µ" and "μ") are not. Without the second kind a multilingual rule such as
    the dateline's month names ("février", "märz") would give no literal better than a space, and every short
    paragraph would pass the screen."""
    ch = chr(code)
    if ch.isascii():
        return True
    low = ch.lower()
    if _IGNORECASE_EXTRA is None or len(low) != 1:
        return low == ch == ch.upper() == ch.casefold()
    return code not in _IGNORECASE_EXTRA and ord(low) not in _IGNORECASE_EXTRA and ch.upper().lower() == low


def _required(items: Any, constants: Any) -> set[str] | None:
    """Lower-case strings one of which every match of the parsed sequence contains."""
    items = list(items)
    candidates: list[set[str]] = []
    for i, (op, av) in enumerate(items):
        if i == 0 or items[i - 1][0] is not constants.LITERAL:
            # Whatever the rest of the sequence starts with is inside every match.
            candidates.append(_prefixes(items[i:], constants)[0])
        found: set[str] | None = None
        if op is constants.SUBPATTERN:
            found = _required(av[3], constants)
        elif op is constants.BRANCH:
            found = set()
            for alternative in av[1]:
                one = _required(alternative, constants)
                if one is None:
                    found = None
                    break
                found |= one
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2], constants)
        if found:
            candidates.append(found)
    candidates = [c for c in candidates if "" not in c and len(c) <= _MAX_LITERALS]
    # Past a few characters a longer string hardly rules out more text; fewer strings search faster.
    return max(candidates, key=lambda c: (min(6, *map(len, c)), -len(c))) if candidates else None


def _prefixes(items: Any, constants: Any) -> tuple[set[str], bool]:
    """Lower-case strings one of which every match starts with, and whether they are the whole match."""
    current = {""}
    for op, av in items:
        if op is constants.LITERAL and _plain_literal(av):
            current = {p + chr(av).lower() for p in current}
            continue
        if op is constants.SUBPATTERN:
            alternatives = [av[3]]
        elif op is constants.BRANCH:
            alternatives = list(av[1])
        elif op is constants.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            alternatives = [av[2], []]
        else:
            return current, False
        following: set[str] = set()
        complete = True
        for alternative in alternatives:
            starts, whole = _prefixes(alternative, constants)
            complete = complete and whole
            following |= {p + s for p in current for s in starts}
        if len(following) > _MAX_LITERALS:
            return current, False
        current = following
        if not complete:
            return current, False
    return current, True


@cache
def _literals(pattern: re.Pattern[str]) -> tuple[set[str], set[str]] | None:
    """(prefixes, required strings) of a pattern's branches, or None when some branch has neither."""
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        items = list(parser.parse(pattern.pattern, pattern.flags).data)
        alone = len(items) == 1 and items[0][0] is constants.BRANCH
        branches = [list(b) for b in items[0][1][1]] if alone else [items]
        anchors = [constants.AT_BEGINNING_STRING]
        if not pattern.flags & re.MULTILINE:
            anchors.append(constants.AT_BEGINNING)
        prefixes: set[str] = set()
        needs: set[str] = set()
        for branch in branches:
            if branch and branch[0][0] is constants.AT and branch[0][1] in anchors:
                starts, _ = _prefixes(branch[1:], constants)
                if "" not in starts:
                    prefixes |= starts
                    continue
            required = _required(branch, constants)
            if required is None:
                return None
            needs |= required
        return prefixes, needs
    except Exception:  # the parser is private to re: if it changes, search every rule
        return None


def _screen_for(words: int) -> _Screen:
    """The screen of the rules that apply to a paragraph of ``words`` words (built on first use)."""
    limits = _word_limits()
    bucket = bisect.bisect_left(limits, words)
    return _build_screen(limits[bucket] if bucket < len(limits) else None)


@lru_cache(maxsize=1)
def _word_limits() -> tuple[int, ...]:
    """The rules' distinct word limits: the rules that apply change only at these counts."""
    return tuple(sorted({rule.max_words for rule in boilerplate_rules() if rule.max_words}))


@cache
def _build_screen(words: int | None) -> _Screen:
    """The screen of the rules that apply to ``words`` words (None: more than any limit)."""
    prefixes: set[str] = set()
    needs: set[str] = set()
    unscreened: list[re.Pattern[str]] = []
    for rule in boilerplate_rules():
        if rule.max_words and (words is None or words > rule.max_words):
            continue
        literals = _literals(rule.pattern)
        if literals is None:
            unscreened.append(rule.pattern)
        else:
            prefixes |= literals[0]
            needs |= literals[1]
    return _screen(prefixes, needs, tuple(unscreened))


@cache
def _pattern_screen(pattern: re.Pattern[str]) -> _Screen | None:
    """The screen of one pattern, or None when its text gives no literals to screen with."""
    literals = _literals(pattern)
    if literals is None:
        return None
    prefixes, needs = literals
    return _screen(prefixes, needs, ())


@lru_cache(maxsize=1)
def _rule_screens() -> tuple[tuple[BoilerplateRule, _Screen | None], ...]:
    """Each rule with its own screen (_pattern_screen), paired once: looking a screen up by its pattern
    hashes the compiled pattern's whole code, a microsecond per rule and paragraph."""
    return tuple((rule, _pattern_screen(rule.pattern)) for rule in boilerplate_rules())


# English text's characters, most frequent first: a search skips over characters that
# cannot start a match in a fast loop, so each required string is cut to begin with
# its rarest character ("paypal" is looked for as "ypal"; any part of a required
# string is required too). Twice as fast on news text.
_COMMON_CHARACTERS = " etaoinsrhldcumfpgwybvk"
_SHORTEST_PART = 5


def _rare_part(string: str) -> str:
    if len(string) <= _SHORTEST_PART:
        return string
    def rarity(i: int) -> tuple[int, int]:
        rank = _COMMON_CHARACTERS.find(string[i])
        return (len(_COMMON_CHARACTERS) if rank < 0 else rank, -i)

    return string[max(range(len(string) - _SHORTEST_PART + 1), key=rarity) :]


def _needs_pattern(needs: set[str]) -> re.Pattern[str] | None:
    return re.compile(_trie_pattern({_rare_part(n) for n in needs})) if needs else None


def _trie_pattern(strings: set[str]) -> str:
    """A pattern matching any of ``strings``, branching one character at a time (twice as fast as a|b|c)."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        if "" in node:  # a string ends here: what could follow it is irrelevant
            return ""
        branches = [re.escape(ch) + pattern(node[ch]) for ch in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


# ---------------------------------------------------------------- Markdown


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t]{2,}")


def markdown_blocks(body: str) -> list[tuple[ParagraphKind, str]]:
    """Block-level text of a Markdown document, inline markup resolved to plain text."""
    return markdown_blocks_and_bold(body)[0]


def markdown_blocks_and_bold(body: str) -> tuple[list[tuple[ParagraphKind, str]], set[int]]:
    """markdown_blocks, and which of them are paragraphs wholly in bold (see Article.bold)."""
    plain = _plain_markdown_blocks(body)
    if plain is not None:  # (no "*" or "_": no bold)
        return plain, set()
    bold: set[int] = set()
    return _parsed_markdown_blocks(body, bold), bold


def _parsed_markdown_blocks(body: str, bold: set[int] | None = None) -> list[tuple[ParagraphKind, str]]:
    tokens = _markdown().parse(body)
    blocks: list[tuple[ParagraphKind, str]] = []
    kind: ParagraphKind = "content"
    for token in tokens:
        if token.type == "heading_open":
            kind = "heading"
        elif token.type == "paragraph_open":
            kind = "content"
        elif token.type == "inline":
            if bold is not None and kind == "content" and _wholly_bold(token.children or []):
                bold.add(len(blocks))
            blocks.append((kind, _inline_text(token.children or [])))
            kind = "content"
        elif token.type in ("fence", "code_block"):
            blocks.append(("content", token.content))
        elif token.type == "html_block":
            import html  # only raw HTML in Markdown needs it

            text = html.unescape(_TAG.sub(" ", token.content))
            blocks.append(("content", _SPACES.sub(" ", text)))
    return blocks


# Markdown that is only paragraphs of text (as `import` writes plain text) needs no
# parser, which costs a tenth of `workbench suggest`: without these characters there
# is no emphasis, code, link, HTML or entity to resolve (backslash-escaped punctuation
# aside), and without these line starts or edge spaces no line opens a heading, list,
# quotation, fence, break, table or indented code, or ends in a hard break.
_MD_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_MD_INLINE = re.compile(r"[\\`*_\[\]<>&\r\x00]")
_MD_LINE_START = re.compile(r"\n(?:[#>+\-=~*_`<\[|]|\d{1,9}[.)](?:[ \t\n]|$))")


def _plain_markdown_blocks(body: str) -> list[tuple[ParagraphKind, str]] | None:
    """The paragraphs of Markdown without markup, as the parser would give them; None if there is markup."""
    escaped = "\\" in body
    if _MD_INLINE.search(_MD_ESCAPED.sub("", body) if escaped else body) or _MD_LINE_START.search("\n" + body):
        return None
    lines = body.split("\n")
    if list(map(str.strip, lines)) != lines:  # white space at the start or end of a line
        return None
    blocks: list[tuple[ParagraphKind, str]] = []
    for chunk in body.split("\n\n"):
        text = chunk.strip("\n").replace("\n", " ")  # a paragraph's lines are joined by soft breaks
        if text:
            blocks.append(("content", _MD_ESCAPED.sub(r"\1", text) if escaped else text))
    return blocks


def _wholly_bold(children: list[Any]) -> bool:
    """Whether a paragraph's inline tokens are one bold run from its first character to its last."""
    children = [c for c in children if c.type != "text" or c.content.strip()]  # the parser's empty texts
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        return False
    depth = 0
    for child in children[:-1]:
        depth += (child.type == "strong_open") - (child.type == "strong_close")
        if depth == 0:  # "**Q.** An answer **in part**": the first run closed before the end
            return False
    return True


def _inline_text(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("\n")
        elif kind == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


_BLOCK_SEPARATOR = re.compile(r"\n[ \t\u00a0]*\n")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’»)\]…]$")
_WRAP_WIDTH = 100
_MAX_JOINED = 2000


def plain_paragraphs(body: str) -> list[list[str]]:
    """Paragraphs of plain text, each as its stripped lines.

    Blocks are separated by blank lines. A block's lines are one paragraph
    when they look hard-wrapped (short, mostly ending mid-sentence), or when
    the text marks its paragraphs with blank lines and the block is of a
    paragraph's size (its lines are then sentences). Otherwise each line is
    its own paragraph, as in text saved by scrapers (newspaper3k and the like
    write one paragraph or sentence per line, no blank lines): one huge
    paragraph would be unworkable to annotate.
    """
    blocks = [[line.strip() for line in block.split("\n") if line.strip()] for block in _BLOCK_SEPARATOR.split(body)]
    blocks = [lines for lines in blocks if lines]
    separated = len(blocks) >= 3
    paragraphs: list[list[str]] = []
    for lines in blocks:
        if (len(lines) == 1 or _hard_wrapped(lines)
                or (separated and sum(len(line) for line in lines) <= _MAX_JOINED)):
            paragraphs.append(lines)
        else:
            paragraphs.extend([line] for line in lines)
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    # In wrapped prose a line ends a sentence about one time in ten; in
    # one-paragraph-per-line text nearly always (headings and captions aside).
    inner = lines[:-1]
    ended = sum(1 for line in inner if _ENDS_SENTENCE.search(line))
    return ended * 2 < len(inner) and max(len(line) for line in inner) <= _WRAP_WIDTH


def plain_blocks(body: str) -> list[tuple[ParagraphKind, str]]:
    """Paragraphs of plain text (see :func:`plain_paragraphs`), lines joined by spaces."""
    return [("content", " ".join(lines)) for lines in plain_paragraphs(body)]


# ---------------------------------------------------------------- articles


def split_front_matter(text: str, path: Path) -> tuple[dict[str, str], str, int]:
    """Front matter as text fields, the body, and the body's first line number."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1
    try:
        data = loads(match.group(1) or "")
    except YamlError as exc:
        line = exc.line + 1 if exc.line else None  # +1 for the opening ---
        raise CorpusError(path, f"front matter: {exc.message}", line) from None
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise CorpusError(path, "front matter must be a mapping of fields (title: …, outlet: …)", 2)
    meta: dict[str, str] = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, list | dict):
            if key in META_FIELDS:
                line = getattr(data, "key_lines", {}).get(key, 0) + 1
                raise CorpusError(path, f"front matter: {key!r} must be text", line)
            continue
        meta[str(key)] = one_line(str(value) if not isinstance(value, bool) else ("true" if value else "false"))
    body_line = text.count("\n", 0, match.end()) + 1
    return meta, text[match.end() :], body_line


def read_text_file(path: Path) -> str:
    """Read an article file as text, refusing binaries and huge files with a clear reason."""
    return read_text(path)[0]


def read_text(path: Path) -> tuple[str, str]:
    """The file's text with newlines normalised, and the encoding it was decoded with."""
    try:
        data = read_file_bytes(path, MAX_ARTICLE_BYTES)
    except FileTooLarge as exc:
        limit = MAX_ARTICLE_BYTES // 1_048_576
        raise CorpusError(path, f"file is too large ({exc.size // 1_048_576} MB; limit {limit} MB)") from None
    except OSError as exc:
        raise CorpusError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise CorpusError(path, str(exc)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def parse_article(text: str, article_id: str, path: Path, markdown: bool,
                  warnings: tuple[str, ...] = ()) -> Article:
    """Build an Article from file text; plain text takes its first line as the title."""
    meta_fields, body, _ = split_front_matter(text, path) if markdown else ({}, text, 1)
    if markdown and not meta_fields and _UNCLOSED_FRONT_MATTER.match(text):
        warnings += ("front matter opened with '---' on line 1 is never closed; read as article text",)
    if not markdown:
        first, _, rest = body.lstrip("\n").partition("\n")
        meta_fields = {"title": one_line(first)}
        body = rest
    # Unsafe characters go before parsing: the Markdown parser turns NUL into
    # U+FFFD, and an escape sequence must not be split across inline tokens.
    body = safe_lines(body)
    blocks, bold_blocks = markdown_blocks_and_bold(body) if markdown else (plain_blocks(body), set())
    cleaned: list[tuple[ParagraphKind, str]] = []
    measures: list[tuple[int, str | None]] = []
    bold: set[int] = set()
    for block, (kind, raw) in enumerate(blocks):
        text_clean = canonical(raw)
        if not text_clean:
            continue
        measured = measure(text_clean)
        if kind == "content" and boilerplate_reason(text_clean, measured):
            kind = "boilerplate"
        if block in bold_blocks:
            bold.add(len(cleaned))
        cleaned.append((kind, text_clean))
        measures.append(measured)
    paragraphs = [Paragraph(i, kind, text_clean)
                  for i, (kind, text_clean) in enumerate(mark_regions(cleaned, measures))]
    meta = ArticleMeta(**{k: meta_fields.get(k, "") for k in META_FIELDS})
    if not paragraphs:
        warnings += ("the article has no text",)
    return Article(article_id, meta, tuple(paragraphs), path, warnings, frozenset(bold))


def load_article(path: Path) -> Article:
    """Parse one corpus file; raise :class:`CorpusError` naming the file and the problem."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise CorpusError(path, f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
    text, encoding = read_text(path)
    if not text.strip():
        raise CorpusError(path, "the file is empty" if not text else "the file holds only whitespace")
    warnings: tuple[str, ...] = ()
    if encoding == "cp1252":
        warnings = ("not UTF-8: read as Windows-1252 (cp1252); save the file as UTF-8 to be sure",)
    elif encoding == "utf-8-replaced":
        warnings = ("a few bytes are not valid UTF-8 and are shown as �; check the file",)
    return parse_article(text, path.stem, path, path.suffix.lower() != ".txt", warnings)


def peek_meta(path: Path) -> dict[str, str]:
    """Title and outlet from the start of a file, without parsing the body (for indexes)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
        text, _ = decode(_trim_partial_utf8(head) if len(head) == 8192 else head)
    except (OSError, ValueError):
        return {}
    text = text.replace("\r\n", "\n")
    if path.suffix.lower() == ".txt":
        return {"title": one_line(text.lstrip("\n").partition("\n")[0])}
    try:
        meta, _, _ = split_front_matter(text, path)
    except CorpusError:
        return {}
    return meta


def _trim_partial_utf8(data: bytes) -> bytes:
    """Drop a multi-byte UTF-8 character cut off at the end of a fixed-size read."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # not a continuation byte: the start of the last character
            needed = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else 4 if byte & 0xF8 == 0xF0 else 1
            return data[:-back] if needed > back else data
    return data


class Corpus:
    """The articles of a project: a sorted index of files, parsed on demand and cached."""

    def __init__(self, directory: Path, cache_size: int = 32) -> None:
        self.directory = directory
        self._cache: OrderedDict[str, Article] = OrderedDict()
        self._cache_size = cache_size
        self._paths: dict[str, Path] = {}
        self.duplicates: list[Path] = []
        if directory.is_dir():
            # Names sorted as sorted(Path) sorts them (case-folded where the OS folds case), and the
            # file test from the directory entry: no Path comparisons, no stat per file (10,000
            # articles: 40 ms instead of 100).
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: os.path.normcase(entry.name))
            for entry in entries:
                path = directory / entry.name
                if entry.name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
                if not entry.is_file():
                    continue
                if path.stem in self._paths:
                    self.duplicates.append(path)
                    continue
                self._paths[path.stem] = path
        self.ids: tuple[str, ...] = tuple(self._paths)

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._paths

    def path(self, article_id: str) -> Path:
        return self._paths[article_id]

    def index_of(self, article_id: str) -> int:
        return self.ids.index(article_id)

    def get(self, article_id: str) -> Article:
        """The parsed article (cached); raises KeyError or CorpusError."""
        cached = self._cache.get(article_id)
        if cached is not None:
            self._cache.move_to_end(article_id)
            return cached
        article = load_article(self._paths[article_id])
        self._cache[article_id] = article
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return article

    def forget(self, article_id: str) -> None:
        self._cache.pop(article_id, None)

    def peek(self, article_id: str) -> dict[str, str]:
        return peek_meta(self._paths[article_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def load_all(self) -> tuple[list[Article], list[CorpusError]]:
        """Every article that parses, and an error for each that does not."""
        articles: list[Article] = []
        errors: list[CorpusError] = []
        for article_id in self.ids:
            try:
                articles.append(self.get(article_id))
            except CorpusError as exc:
                errors.append(exc)
        return articles, errors
