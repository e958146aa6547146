"""The user's key remapping: binding id -> keys, from a small YAML file.

Looked up in $WORKBENCH_KEYMAP, else $XDG_CONFIG_HOME/workbench/keys.yaml
(~/.config/workbench/keys.yaml). Example:

    annotate.next_claim: down,j,ctrl+n
    label.fact: F
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from workbench.yamlio import YamlError, load_file


def keymap_path() -> Path:
    explicit = os.environ.get("WORKBENCH_KEYMAP")
    if explicit:
        return Path(explicit)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "workbench" / "keys.yaml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The keymap and a problem description (the keymap is then empty) if the file is bad."""
    path = path or keymap_path()
    if not path.is_file():
        return {}, None
    try:
        data = load_file(path)
    except (YamlError, OSError) as exc:
        return {}, f"{path}: {exc}; default keys used"
    if data is None:
        return {}, None
    if not isinstance(data, Mapping) or not all(isinstance(v, str) and v.strip() for v in data.values()):
        return {}, f"{path}: expected 'binding-id: keys' lines; default keys used"
    return {str(k): str(v).replace(" ", "") for k, v in data.items()}, None
