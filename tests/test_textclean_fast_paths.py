"""The shortcuts in textclean give exactly what the full cleaning gives."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from workbench import textclean
from workbench.textclean import canonical, decode, normalise_newlines, strip_unsafe


def full_canonical(text: str) -> str:
    """canonical() without its shortcut: every step, always."""
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    text = strip_unsafe(text).replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return text.strip(" \n\u00a0\u200b")


ATOMS = [
    "a", "Word", " ", "\n", "\t", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\x00", "\x07",
    "\x1b[31m", "\x1b]0;t\x07", "\x9b1m", "\x7f", "\u202e", "\u2066", "\ufeff", "\ufffa", "\ud800", "\u00a0", "\u200b",
    "e\u0301", "\u0301", "é", "A\u030a", "\u212b", "\u2126", "“", "”", "中", "\U0001f600", "\ufffd",
]


def test_canonical_shortcut_matches_the_full_cleaning() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(ATOMS) for _ in range(rng.randint(0, 12)))
        assert canonical(text) == full_canonical(text), repr(text)


def test_nfc_never_creates_a_character_canonical_would_clean() -> None:
    """The shortcut skips cleaning when the text has none of these; NFC must not bring one in."""
    needs = textclean._NEEDS_CLEANING
    for code in range(0x110000):
        ch = chr(code)
        if not needs.search(ch):
            assert not needs.search(unicodedata.normalize("NFC", ch)), f"U+{code:04X}"


@pytest.mark.parametrize("seed", range(3))
def test_binary_detection_counts_the_same_characters(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = [bytes([b]) for b in range(0x20)] + [b"a", b" ", b"\xef\xbf\xbd", "é".encode()]
    for _ in range(300):
        data = b"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        sample = data.decode("utf-8", errors="replace")[:8192]
        odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\x1b") or ch == "\ufffd")
        binary = odd > max(8, len(sample) // 50)
        try:
            decode(data)
        except ValueError as exc:
            assert binary or "UTF-16" in str(exc)
        else:
            assert not binary


def test_safe_lines_is_strip_unsafe_of_normalised_newlines() -> None:
    rng = random.Random(9)
    for _ in range(5000):
        text = "".join(rng.choice(ATOMS) for _ in range(rng.randint(0, 12)))
        assert textclean.safe_lines(text) == strip_unsafe(normalise_newlines(text)), repr(text)


# ---------------------------------------------------------------- reading files


def test_read_file_bytes_reads_the_whole_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000  # 1.28 MB, every byte value
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    assert textclean.read_file_bytes(path) == data
    assert textclean.read_file_bytes(path, max_bytes=len(data)) == data
    (tmp_path / "empty").write_bytes(b"")
    assert textclean.read_file_bytes(tmp_path / "empty") == b""


def test_read_file_bytes_refuses_a_file_over_the_limit_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(textclean.FileTooLarge) as caught:
        textclean.read_file_bytes(path, max_bytes=100)
    assert caught.value.size == 101


def test_read_file_bytes_raises_os_errors_as_open_would(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        textclean.read_file_bytes(tmp_path / "missing.yaml")
    with pytest.raises(IsADirectoryError) as caught:
        textclean.read_file_bytes(tmp_path)
    assert str(tmp_path) in str(caught.value)  # named, as open names it
