"""Terminal input hardening.

Textual's Linux driver decodes keyboard input with a strict UTF-8 decoder:
one byte that is not UTF-8 (a Latin-1 terminal, an 8-bit meta key, line
noise over SSH) raises in the input thread, after which every key, ctrl+q
included, is ignored. Replacing bad bytes with U+FFFD keeps the workbench
listening; such a key simply does nothing.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import Any


def lenient_decoder_factory(encoding: str) -> Callable[..., Any]:
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


def make_terminal_input_lenient() -> None:
    """Call before running an app; harmless where the Linux driver is not used."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # pragma: no cover - other platforms
        return
    if hasattr(linux_driver, "getincrementaldecoder"):
        linux_driver.getincrementaldecoder = lenient_decoder_factory
