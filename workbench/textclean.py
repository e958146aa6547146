"""Turning untrusted bytes into display-safe canonical text.

Every character offset in the project indexes text that went through
:func:`canonical`, so it must be applied exactly once, when an article is
loaded, and must be idempotent: cleaning clean text changes nothing.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

# ANSI/ECMA-48 sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST),
# DCS/SOS/PM/APC strings, and two-character escapes. Removed whole, so that no
# fragment such as "[31m" is left behind to look like text. String sequences
# are removed only with their terminator, within one line and a bounded
# length: an unterminated "ESC ]" must not swallow the article after it (its
# ESC is still removed below, leaving harmless visible text).
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                          # CSI
  | \x1b\][^\x07\x1b\n]{0,4096}(?:\x07|\x1b\\)          # OSC, terminated by BEL or ST
  | \x1b[PX^_][^\x1b\n]{0,4096}\x1b\\                 # DCS, SOS, PM, APC
  | \x1b[@-Z\\-_]                                  # two-character escapes
  | \x9b[0-?]*[ -/]*[@-~]                            # 8-bit CSI
    """,
    re.VERBOSE,
)

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings,
# overrides and isolates (which can reorder what the analyst sees), and the
# byte-order mark / zero-width no-break space.
_UNSAFE_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Every line break Python's str.splitlines knows, so words never run together.
_LINE_SEPARATORS = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# What binary data is full of: controls other than tab, newline, CR, form feed and
# ESC (coloured logs), and replacement characters.
_ODD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")
# Every character canonical() removes or replaces (line breaks, unsafe characters,
# escape sequences, tab, lone surrogates): text without one only needs NFC and trimming.
_NEEDS_CLEANING = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), else cp1252 as the stated fallback.

    Returns the text and the encoding used ("utf-8", "utf-16", "cp1252", or
    "utf-8-replaced" when a few invalid bytes were replaced by U+FFFD), so
    callers can report a fallback.
    A stray NUL or control character is not a reason to refuse a text file
    (it is stripped later); raises ``ValueError`` only for data that is
    clearly not text.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("not valid UTF-16 text (it starts with a UTF-16 byte-order mark)") from None
    if _looks_like_bomless_utf16(data[:8192]):
        raise ValueError("looks like UTF-16 text without a byte-order mark; save it as UTF-8")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _mostly_utf8(data) or (data.decode("cp1252", errors="replace"), "cp1252")
    sample = text[:8192]
    odd = len(_ODD_CHARS.findall(sample))
    if odd > max(8, len(sample) // 50):
        raise ValueError("looks like a binary file, not text" + (" (not UTF-8)" if encoding != "utf-8" else ""))
    return text, encoding


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a cut-off last character, one stray cp1252 quote).

    Reading such a file as cp1252 would garble every other non-ASCII
    character, so the bad bytes are replaced instead ("utf-8-replaced").
    """
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    has_utf8 = not text.replace("\ufffd", "").isascii()  # one C pass: a Python loop took 2 s on 64 MB
    if has_utf8 and bad <= max(3, len(text) // 1000):
        return text, "utf-8-replaced"
    return None


def _looks_like_bomless_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16: NUL in nearly every other byte, and almost never in the others."""
    half = len(head) // 2
    if half < 8:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > half * 0.4 and min(even, odd) < half * 0.05


def strip_unsafe(text: str) -> str:
    """Remove escape sequences, control and bidi-override characters; keep tab and newline."""
    if not _NEEDS_CLEANING.search(text):  # a superset of what is removed: nearly always one search
        return text
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _UNSAFE_CHARS.sub("", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def normalise_newlines(text: str) -> str:
    return _LINE_SEPARATORS.sub("\n", text)


def safe_lines(text: str) -> str:
    """``strip_unsafe(normalise_newlines(text))``: one search when there is nothing to do (nearly always)."""
    if not _NEEDS_CLEANING.search(text):
        return text
    return strip_unsafe(normalise_newlines(text))


# Short words written with a full stop that ends no sentence ("Gemeinde St. Ulrich", "Dr. Mathieu Bergeron", "Me
# Dupont", "Gen. Smith"): where the name phrases and the speaker prompt's article words go on past the stop.
_ABBREVIATION_WORDS = ("st mr mrs ms dr jr sr co inc ltd llc plc corp gen sen rep gov lt col sgt prof mt ft dept av "
                       "sta ste mme mlle me pr dres hr fr nr")
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())


def lower_in_place(text: str) -> tuple[str, bool]:
    """``text`` lower-cased with every offset kept, curly apostrophes straightened ("l’État" reads as "l'état"), and
    whether some character kept its case to keep the offsets ("İ" lower-cases to two characters): the suggester
    and the speaker prompt search the lower-cased text and point into the text."""
    low = text.lower()
    grew = len(low) != len(text)
    if grew:
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'"), grew


def canonical(text: str) -> str:
    """The one normal form all offsets refer to: NFC, safe characters, no stray edges.

    NFC first (it can compose characters), then removal, then NFC again in
    case removal brought a base character next to a combining mark.
    """
    if not _NEEDS_CLEANING.search(text):  # nearly all text: one search instead of five passes
        return unicodedata.normalize("NFC", text).strip(" \n\u00a0\u200b")
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    text = strip_unsafe(text).replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return text.strip(" \n\u00a0\u200b")


def one_line(text: str, limit: int = 0) -> str:
    """Collapse whitespace for single-line display (titles, table cells)."""
    text = " ".join(strip_unsafe(text).split())
    if limit and len(text) > limit:
        return text[: max(0, limit - 1)] + "…"
    return text


class FileTooLarge(Exception):
    """A file over the size its reader accepts; nothing of it was read."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_file_bytes(path: Path, max_bytes: int | None = None) -> bytes:
    """A whole file's bytes, refusing one over ``max_bytes`` before reading it.

    Straight through the operating system (open, fstat, read): loading a
    project reads tens of thousands of small files, and ``Path.read_bytes``
    (a buffered file object) plus a separate ``stat`` cost twice the time.
    Raises OSError as ``open`` would.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        size = os.fstat(fd).st_size
        if max_bytes is not None and size > max_bytes:
            raise FileTooLarge(size)
        chunks = [os.read(fd, size + 1)]
        while chunks[-1]:  # until end of file: the file may have grown since fstat
            chunks.append(os.read(fd, 1 << 20))
        return b"".join(chunks)
    except OSError as exc:  # reading a folder fails at read, which does not name the file as open does
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        os.close(fd)
