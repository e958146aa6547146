"""`workbench import`: .txt, .md and .html files into corpus articles.

The importer recovers metadata that the text states (title, byline, dateline,
"The original source of this article is …", HTML <meta> tags) and converts
the body to Markdown with front matter. It never deletes text: boilerplate is
recognised when the corpus is read (see data/boilerplate.yaml) and shown
dimmed. The same input always gives the same bytes, so re-importing is a
no-op.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from workbench.corpus import (
    CorpusError,
    _inline_text,
    _markdown,
    boilerplate_reason,
    markdown_blocks,
    parse_article,
    plain_paragraphs,
    read_text,
    split_front_matter,
)
from workbench.model import META_FIELDS, Article
from workbench.store import atomic_write, check_name
from workbench.textclean import canonical, one_line, safe_lines
from workbench.yamlio import dumps

SOURCE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
# Month names and abbreviations of French, German, Spanish and Italian news, besides English.
_FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "janvier janv jänner januar enero gennaio genn",
            "février févr fevrier fevr februar feber febrero febbraio febbr",
            "mars märz mär mrz marzo",
            "avril avr abril aprile",
            "mai mayo maggio",
            "juin juni junio giugno",
            "juillet juil juli julio luglio",
            "août aout agosto",
            "septembre septiembre setiembre settembre sett",
            "octobre oktober okt octubre ottobre ott",
            "novembre noviembre",
            "décembre déc decembre dezember dez diciembre dicembre dic",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = (
    "((?:" + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")(?!\w)\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
)
_DATE_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE)
# "28 September 2021", German "12. November 2026", French "1er août 2026", Spanish "14 de noviembre de 2026".
_DATE_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})\b", re.IGNORECASE
)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A byline names people: capitalised words after "By" ("By now, we …" is a sentence).
_NAME = r"[A-Z\u00c0-\u024f][\w'’.-]*"
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Aa]uthor:)\s+"
    rf"({_NAME}(?:\s+(?:{_NAME}|de|van|von|der|da|del|di|al|bin|ibn|and|&)){{0,5}})"
    r"\s*(?:$|[,|–—]\s*\S)"
)
# "Par …", "Von …", "Por …", "Di …": these words also open sentences and headings ("Par ailleurs",
# "Von Tätern und Opfern", "Di Maio"), so the line must be nothing but people, each with two names
# or more, and not end as a sentence does.
_PARTICLE = r"(?:de|du|des|d'|la|le|van|von|vom|zu|der|den|da|del|della|dei|di|dos|das|al|bin|ibn)"
_PERSON = rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME}){{1,3}}"
_FOREIGN_BYLINE = re.compile(
    r"^(?:[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|Di|DI)\s+"
    rf"({_PERSON}(?:\s+(?:et|und|y|e|and|&)\s+{_PERSON})*)"
    r"\s*(?:$|[,|–—]\s*\S.*(?<![.!?:;]))$"
)
_BYLINE_JOINER = re.compile(rf"{_PARTICLE}|et|und|y|e|and|&")
_ORIGINAL = re.compile(r"original source of this article is\s+(.+?)(?:\s+copyright\b|\s*$)", re.IGNORECASE)
# "This report was originally published by X at Y", "Article posted with permission from Y".
_SYNDICATED = re.compile(
    r"^(?:(?:this|the)\s+)?(?:article|report|story|post|column|piece)?\s*(?:was\s+|is\s+)?"
    r"(?:originally\s+(?:published|posted|appeared)(?:\s+by\s+(?P<author>.+?))?\s+(?:at|on|in)"
    r"|(?:re)?(?:posted|published|printed)\s+with\s+permission\s+(?:from|of))"
    r"\s+(?P<source>[^.]+?(?:\.[a-z]{2,4})?)\s*[.…]?$",
    re.IGNORECASE,
)
_DATELINE_BLOCKS = 8  # a dateline is near the top; later dates are the story's own
# Markdown in a .txt file: links, backslash escapes or code fences settle it;
# headings, bold and block quotes only in numbers, since plain text has
# "# hashtag" lines and "**" censoring too.
_MARKDOWN_STRONG = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|\\[*_#\[\]`]|^\s*```", re.MULTILINE)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")  # "# Title", "## Title ##": the title
_MARKDOWN_WEAK = re.compile(r"^#{1,6}\s|\*\*[^*\n]+\*\*|^\s*>\s", re.MULTILINE)
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)", re.IGNORECASE)
_FIRST_BLOCKS = 25
_SHORT_BLOCK_WORDS = 25


@dataclass(frozen=True)
class ImportResult:
    source: Path
    target: Path
    article: Article
    status: str  # created | unchanged | updated
    encoding: str = "utf-8"  # what the source was decoded as (cp1252 is the stated fallback)

    @property
    def kept(self) -> int:
        return sum(1 for p in self.article.paragraphs if p.kind != "boilerplate")

    @property
    def marked(self) -> int:
        return sum(1 for p in self.article.paragraphs if p.kind == "boilerplate")


class ImportError_(CorpusError):
    """A file that cannot be imported (kept distinct from Python's ImportError)."""


def article_id_for(path: Path) -> str:
    """A safe, stable id from the file name: lower-case letters, digits, '-', '_' and '.'.

    Accents fold to ASCII; when letters without an ASCII form are dropped
    (Chinese, Arabic, …), a short hash of the name keeps ids of different
    files apart ("新闻.txt" and "报道.txt" must not both become "article").
    """
    name = Path(path.name).stem
    folded = "".join(
        ch if ch.isalnum() or ch in "_.-" or unicodedata.category(ch) == "Mn" else "-"
        for ch in unicodedata.normalize("NFKD", name)
    )
    ascii_only = folded.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_only).strip("-._").lower()
    slug = re.sub(r"-{2,}", "-", slug)[:55].strip("-._")
    lost = any(ch.isalnum() and not ch.isascii() and unicodedata.category(ch) != "Mn" for ch in folded)
    if lost or not slug:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = f"{slug or 'article'}-{digest}"
    return slug


def parse_date(text: str) -> str:
    """The first date in ``text`` as YYYY-MM-DD, or '' (never a guess)."""
    found = _find_date(text)
    return found[0] if found else ""


def _find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date in ``text``: (YYYY-MM-DD, start, end)."""
    for pattern, order in ((_DATE_ISO, "ymd"), (_DATE_MDY, "mdy"), (_DATE_DMY, "dmy")):
        for match in pattern.finditer(text):
            try:
                if order == "ymd":
                    year, month, day = int(match[1]), int(match[2]), int(match[3])
                elif order == "mdy":
                    month, day, year = _month(match[1]), int(match[2]), int(match[3])
                else:
                    day, month, year = int(match[1]), _month(match[2]), int(match[3])
                return date(year, month, day).isoformat(), match.start(), match.end()
            except ValueError:
                continue
    return None


def _dateline(text: str) -> tuple[str, str] | None:
    """(date, what precedes it) when ``text`` is a dateline: short, and ending with a date.

    Tweet signatures ("— Name (@handle) May 8, 2018") and links are not datelines.
    """
    if len(text.split()) > 10 or "@" in text or "://" in text:
        return None
    found = _find_date(text)
    if found is None or text[found[2]:].strip(" :|–—-"):
        return None
    return found[0], text[: found[1]].strip(" ,|–—-")


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    if name in _FOREIGN_MONTHS:
        return _FOREIGN_MONTHS[name]
    for full, number in _MONTHS.items():
        if full.startswith(name[:3]):
            return number
    raise ValueError(name)


def looks_like_markdown(text: str) -> bool:
    if _MARKDOWN_STRONG.search(text):
        return True
    return any(count >= 3 for count, _ in enumerate(_MARKDOWN_WEAK.finditer(text), start=1))


_ESCAPE_ALWAYS = re.compile(r"([\\`*_\[\]<>&|~])")
_ESCAPE_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}[.)])")


def escape_markdown(line: str) -> str:
    """Escape a plain-text line so a Markdown parser gives the same text back."""
    line = _ESCAPE_ALWAYS.sub(r"\\\1", line)
    return _ESCAPE_LINE_START.sub(_escape_line_start, line)


def _escape_line_start(match: re.Match[str]) -> str:
    r"""A block marker at the start of a line made literal: "# x" becomes "\# x", "1. x" becomes "1\. x"."""
    indent, marker = match[1], match[2]
    if marker[0] in "#>+=-":
        return f"{indent}\\{marker}"
    return f"{indent}{marker[:-1]}\\{marker[-1]}"


def plain_to_markdown(body: str) -> str:
    """Plain text to Markdown: the paragraphs the corpus reader would see, every line escaped."""
    paragraphs = plain_paragraphs(body)
    return "\n\n".join("\n".join(escape_markdown(line) for line in lines) for lines in paragraphs) + "\n"


def _byline(text: str) -> str | None:
    """The people a byline names, or None."""
    if m := _BYLINE.match(text):
        return m[1]
    m = _FOREIGN_BYLINE.match(text)
    if m is None:
        return None
    # _NAME lets any accented letter start a name; here each name needs a capital ("Di Roma è Bella").
    names = [word for word in m[1].split() if not _BYLINE_JOINER.fullmatch(word)]
    return m[1] if all(word[0].isupper() for word in names) else None


def _metadata_from_blocks(blocks: list[str]) -> dict[str, str]:
    """Byline, dateline, outlet and original source from the text around the article.

    Only what the text states: a dateline's prefix becomes the outlet only
    when the site names itself in its own boilerplate too ("Global Research,
    September 29, 2021" and "Become a Member of Global Research"), so that a
    place ("Rome, August 22, 2018") is never taken for an outlet.
    """
    meta: dict[str, str] = {}
    for position, text in enumerate(blocks):
        short = len(text.split()) <= _SHORT_BLOCK_WORDS
        if position < _FIRST_BLOCKS and "author" not in meta and short and (author := _byline(text)):
            meta["author"] = one_line(author).rstrip(".")
        if position < _DATELINE_BLOCKS and "published" not in meta and (found := _dateline(text)):
            meta["published"], prefix = found
            others = (b for i, b in enumerate(blocks) if i != position and boilerplate_reason(b))
            if prefix and not prefix.isupper() and any(prefix.lower() in b.lower() for b in others):
                meta.setdefault("outlet", one_line(prefix))
        if "original_source" not in meta:
            if m := _ORIGINAL.search(text):
                meta["original_source"] = one_line(m[1]).rstrip(".")
            elif short and (m := _SYNDICATED.match(text)):
                meta["original_source"] = one_line(m["source"]).rstrip(".")
                if m["author"]:
                    meta.setdefault("author", one_line(m["author"]))
    return meta


def _title_from_markdown(body: str) -> tuple[str, str]:
    """Take a first-line title (a heading or plain line) off a Markdown body."""
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if not first.strip():
        return "", body
    blocks = markdown_blocks(first)
    title = one_line(canonical(blocks[0][1])) if blocks else one_line(first.lstrip("# "))
    return title, rest


def _leading_heading(body: str) -> tuple[str, str] | None:
    """(title, rest of the body) when the body opens with a heading (ATX or setext)."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    if lines[first].lstrip().startswith("#"):
        end = first + 1  # an ATX heading is one line
    else:  # a setext heading: its text may run over lines, up to a line of = or -, before any blank line
        end = next((i + 1 for i in range(first + 1, len(lines))
                    if not lines[i].strip() or set(lines[i].strip()) <= set("=-")), first + 1)
        if not lines[end - 1].strip() or not set(lines[end - 1].strip()) <= set("=-"):
            return None  # no heading: not worth a parse
    tokens = _markdown().parse("\n".join(lines[:end]))  # the heading's own lines are enough
    if not tokens or tokens[0].type != "heading_open" or not tokens[0].map:
        return None
    title = one_line(canonical(_inline_text(tokens[1].children or [])))
    rest = "\n".join(lines[tokens[0].map[1]:])
    return (title, rest) if title else None


def convert_text(text: str, suffix: str, source: Path = Path("source")) -> tuple[dict[str, str], str]:
    """Front matter fields and Markdown body for a .txt/.md source."""
    fields: dict[str, str] = {}
    if suffix in (".md", ".markdown"):
        fields, body, _ = split_front_matter(text, source)
        is_markdown = True
    else:
        body = text
        is_markdown = looks_like_markdown(text)
    if not fields.get("title"):
        if suffix in (".md", ".markdown"):
            # Markdown has no first-line convention: only a leading heading is a title.
            title, body = _leading_heading(body) or ("", body)
        elif is_markdown:
            title, body = _title_from_markdown(body)
        else:
            first, _, body = body.lstrip("\n").partition("\n")
            title = one_line(_ATX_HEADING.sub(r"\1", first))  # "# Title" alone does not make a file Markdown
        fields["title"] = title
    markdown_body = body.strip("\n") + "\n" if is_markdown else plain_to_markdown(body)
    blocks = [canonical(t) for _, t in markdown_blocks(markdown_body)]
    for key, value in _metadata_from_blocks(blocks).items():
        fields.setdefault(key, value)
    return fields, markdown_body


def convert_html(text: str) -> tuple[dict[str, str], str]:
    """Front matter and Markdown body from an HTML page (needs the 'html' extra)."""
    try:
        import trafilatura
    except ImportError:
        raise ValueError(
            "HTML import needs trafilatura: pip install 'source-bias-workbench[html]'"
        ) from None
    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = trafilatura.extract(text, output_format="markdown", include_comments=False,
                               include_formatting=True, include_links=False, with_metadata=False) or ""
    data = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    fields = {
        "title": data.get("title") or "",
        "outlet": data.get("sitename") or "",
        "author": data.get("author") or "",
        "published": parse_date(data.get("date") or ""),
        "url": data.get("url") or "",
        "language": data.get("language") or "",
    }
    if not fields["language"] and (m := _HTML_LANG.search(text)):
        fields["language"] = m[1].lower()
    fields = {k: one_line(str(v)) for k, v in fields.items() if v}
    # A leading heading is the page's title (drop it when it repeats the
    # metadata's); a leading paragraph is article text and stays.
    heading = _leading_heading(body)
    if heading and (not fields.get("title") or heading[0] == fields["title"]):
        fields.setdefault("title", heading[0])
        body = heading[1]
    blocks = [canonical(t) for _, t in markdown_blocks(body)]
    for key, value in _metadata_from_blocks(blocks).items():
        fields.setdefault(key, value)
    return fields, body.strip("\n") + "\n"


def render_article(fields: dict[str, str], body: str) -> str:
    """The corpus file: front matter in a fixed field order, then the Markdown body."""
    front: dict[str, str] = {name: fields.get(name, "") for name in META_FIELDS if name != "original_source"}
    if fields.get("original_source"):
        front["original_source"] = fields["original_source"]
    return "---\n" + dumps(front) + "---\n\n" + body


def import_file(source: Path, corpus_dir: Path, force: bool = False, article_id: str | None = None) -> ImportResult:
    """Import one file into the corpus; raise CorpusError naming the file and the problem."""
    suffix = source.suffix.lower()
    if suffix not in SOURCE_SUFFIXES:
        raise ImportError_(source, f"unsupported file type {suffix or '(none)'!r} (use .txt, .md or .html)")
    if not source.is_file():
        raise ImportError_(source, "not a file" if source.exists() else "file not found")
    text, encoding = read_text(source)
    # Control characters and escape sequences go first: once a plain-text line
    # is escaped for Markdown, "ESC [" would become "ESC \[" and leave "[2J" behind.
    text = safe_lines(text)
    if not text.strip():
        raise ImportError_(source, "the file is empty")
    try:
        fields, body = convert_html(text) if suffix in (".html", ".htm") else convert_text(text, suffix, source)
    except CorpusError:
        raise
    except ValueError as exc:
        raise ImportError_(source, str(exc)) from None
    if not body.strip():
        raise ImportError_(source, "no article text found")
    if article_id is not None:
        try:
            check_name(article_id, "article id")
        except ValueError as exc:
            raise ImportError_(source, str(exc)) from None
    article_id = article_id or article_id_for(source)
    target = corpus_dir / f"{article_id}.md"
    rendered = render_article(fields, body)
    article = parse_article(rendered, article_id, target, markdown=True)
    if not any(p.kind == "content" for p in article.paragraphs):
        raise ImportError_(source, "no article text found (every paragraph looks like boilerplate)")
    status = "created"
    if target.exists():
        try:
            existing = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            existing = None
        if existing == rendered:
            return ImportResult(source, target, article, "unchanged", encoding)
        if not force:
            raise ImportError_(source, f"{target} already exists with other content (use --force to replace it)")
        status = "updated"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(target, rendered)
    return ImportResult(source, target, article, status, encoding)
