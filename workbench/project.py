"""A project folder: labels.yaml, corpus/, annotations/ and optional workbench.yaml settings."""

from __future__ import annotations

import errno
import getpass
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.corpus import Corpus
from workbench.scheme import Scheme, load_scheme
from workbench.store import AnnotationStore, check_name
from workbench.yamlio import LineDict, YamlError, load_file

LABELS_FILE = "labels.yaml"
CORPUS_DIR = "corpus"
ANNOTATIONS_DIR = "annotations"
SETTINGS_FILE = "workbench.yaml"
ADJUDICATED = "adjudicated"
# The scheme a new project starts with: the shipped guideline (fact, quotation, framing).
DEFAULT_SCHEME = Path(__file__).parent / "data" / LABELS_FILE


def default_annotator() -> str:
    """WORKBENCH_ANNOTATOR as given (checked by the caller), else the login name made folder-safe.

    A login name such as "José García" becomes "Jose-Garcia" rather than an
    error the user did not cause; an explicit name is never rewritten.
    """
    name = os.environ.get("WORKBENCH_ANNOTATOR", "").strip()
    if name:
        return name
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = ""
    folded = unicodedata.normalize("NFKD", login).encode("ascii", "ignore").decode()
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", folded).lstrip("._-")[:64].rstrip("._-")
    return safe or "annotator"


@dataclass(frozen=True)
class Settings:
    """Project options from workbench.yaml (all optional)."""

    blind: bool = False  # hide other annotators' labels and all suggestions
    suggest: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict)


class SettingsError(ValueError):
    """A workbench.yaml that cannot be used; str() is "file[:line]: message"."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.message = message
        self.line = line


def load_settings(path: Path) -> Settings:
    if not path.is_file():
        return Settings()
    try:
        data = load_file(path)
    except YamlError as exc:
        raise SettingsError(path, exc.message, exc.line) from None
    except OSError as exc:
        raise SettingsError(path, f"cannot read: {exc.strerror or exc}") from None
    if data is None:
        return Settings()
    if not isinstance(data, Mapping):
        raise SettingsError(path, "must be a mapping of options (blind: true, suggest: false)", 1)
    values: dict[str, Any] = {}
    for key in ("blind", "suggest"):
        if key in data:
            if not isinstance(data[key], bool):
                line = data.line_of(key) if isinstance(data, LineDict) else None
                raise SettingsError(path, f"{key!r} must be true or false", line)
            values[key] = data[key]
    return Settings(**values, extra={k: v for k, v in data.items() if k not in values})


def start_project(root: Path) -> list[Path]:
    """Give ``root`` what the workbench needs to open it; return what was created.

    A folder someone imports into or starts with `workbench init` must open in
    the workbench at once, so it gets the shipped label scheme and an empty
    corpus/. Only what is missing is made: an existing labels.yaml is that
    project's own guideline and is never replaced. The scheme is written to a
    temporary file and linked into place, so an interrupted write leaves no
    partial labels.yaml and two processes starting the same project cannot
    overwrite each other. Raises OSError when the folder cannot be made or
    written, or when labels.yaml is a link to nothing.
    """
    created: list[Path] = []
    if not root.is_dir():
        root.mkdir(parents=True, exist_ok=True)
        created.append(root)
    labels = root / LABELS_FILE
    if os.path.islink(labels) and not labels.exists():
        raise OSError(errno.ENOENT, f"a link to {os.readlink(labels)}, which does not exist: remove it or point it "
                      "at a label scheme", str(labels))
    if not os.path.lexists(labels) and _create_exclusively(labels, DEFAULT_SCHEME.read_bytes()):
        created.append(labels)
    corpus = root / CORPUS_DIR
    if not corpus.is_dir():
        corpus.mkdir(exist_ok=True)
        created.append(corpus)
    return created


def _create_exclusively(path: Path, data: bytes) -> bool:
    """Write a new file at ``path``, whole or not at all; False, and nothing written, if ``path`` exists."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: create it exclusively instead
            try:
                with open(path, "xb") as out:
                    out.write(data)
            except FileExistsError:
                return False
        return True
    finally:
        os.unlink(temporary)


@dataclass
class Project:
    root: Path

    @property
    def labels_path(self) -> Path:
        return self.root / LABELS_FILE

    @property
    def corpus_dir(self) -> Path:
        return self.root / CORPUS_DIR

    @property
    def annotations_dir(self) -> Path:
        return self.root / ANNOTATIONS_DIR

    def scheme(self) -> Scheme:
        return load_scheme(self.labels_path)

    def corpus(self) -> Corpus:
        return Corpus(self.corpus_dir)

    def settings(self) -> Settings:
        return load_settings(self.root / SETTINGS_FILE)

    def store(self, annotator: str) -> AnnotationStore:
        return AnnotationStore(self.annotations_dir, check_name(annotator, "annotator name"))
