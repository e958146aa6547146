"""Turning untrusted bytes into display-safe canonical text.

Every character offset in the project indexes text that went through
:func:`canonical`, so it must be applied exactly once, when an article is
loaded, and must be idempotent: cleaning clean text changes nothing.
"""

from __future__ import annotations

import re
import unicodedata

# ANSI/ECMA-48 sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST),
# DCS/SOS/PM/APC strings, and two-character escapes. Removed whole, so that no
# fragment such as "[31m" is left behind to look like text.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]                  # CSI
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?       # OSC, terminated by BEL or ST
  | \x1b[PX^_][^\x1b]*(?:\x1b\\)?            # DCS, SOS, PM, APC
  | \x1b[@-Z\\-_]                            # two-character escapes
  | \x9b[0-?]*[ -/]*[@-~]                    # 8-bit CSI
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
_LINE_SEPARATORS = re.compile("\r\n?|[\u2028\u2029]")


def decode(data: bytes) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), else cp1252 as the stated fallback.

    Returns the text and the encoding used, so callers can report a fallback.
    Raises ``ValueError`` for data that is clearly binary.
    """
    if b"\x00" in data[:8192] and not _looks_like_utf16(data):
        raise ValueError("looks like a binary file (contains NUL bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text[:4096]) // 20):
        raise ValueError("looks like a binary file (not UTF-8 text)")
    return text, "cp1252"


def _looks_like_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def strip_unsafe(text: str) -> str:
    """Remove escape sequences, control and bidi-override characters; keep tab and newline."""
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _UNSAFE_CHARS.sub("", text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def normalise_newlines(text: str) -> str:
    return _LINE_SEPARATORS.sub("\n", text)


def canonical(text: str) -> str:
    """The one normal form all offsets refer to: NFC, safe characters, no stray edges.

    NFC first (it can compose characters), then removal, then NFC again in
    case removal brought a base character next to a combining mark.
    """
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
