"""Rules of the code base that tests can enforce: a Textual-free domain and safe YAML only."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO_ROOT

PACKAGE = REPO_ROOT / "workbench"
DOMAIN_FILES = sorted(p for p in PACKAGE.rglob("*.py") if "tui" not in p.relative_to(PACKAGE).parts)


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_there_is_a_domain_to_check() -> None:
    names = {p.name for p in DOMAIN_FILES}
    assert {"model.py", "corpus.py", "scheme.py", "store.py", "session.py", "yamlio.py"} <= names


@pytest.mark.parametrize("path", DOMAIN_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_domain_module_never_imports_textual(path: Path) -> None:
    textual = {m for m in _imported_modules(path) if m == "textual" or m.startswith("textual.")}
    assert not textual, f"{path.relative_to(REPO_ROOT)} imports {sorted(textual)}"
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import textual|from textual)\b", text, re.MULTILINE)
    assert "workbench.tui" not in _imported_modules(path) or path.parent.name == "commands"


def test_importing_the_domain_loads_no_textual() -> None:
    modules = sorted(
        "workbench." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in DOMAIN_FILES
        if p.name not in ("__main__.py",) and "commands" not in p.relative_to(PACKAGE).parts
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"textual loaded by the domain: {result.stdout.strip()}"


def test_cli_without_a_command_module_loads_no_textual() -> None:
    script = (
        "import sys\n"
        "from workbench.cli import cli\n"
        "from click.testing import CliRunner\n"
        "for args in (['--help'], ['validate', '--help'], ['show', '--help'], ['import', '--help']):\n"
        "    assert CliRunner().invoke(cli, args).exit_code == 0\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


UNSAFE_YAML = [
    re.compile(r"\byaml\.load\("),
    re.compile(r"\byaml\.\w*load_all\("),
    re.compile(r"\bfull_load\b"),
    re.compile(r"\bunsafe_load\b"),
    re.compile(r"\bFullLoader\b"),
    re.compile(r"\bUnsafeLoader\b"),
    re.compile(r"Loader\s*=\s*yaml\.Loader\b"),
    re.compile(r"\byaml\.Loader\b"),
    re.compile(r"\byaml\.CLoader\b"),
    re.compile(r"\byaml\.unsafe_load\b"),
]
ALL_FILES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_unsafe_yaml_calls(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in UNSAFE_YAML:
        match = pattern.search(text)
        assert match is None, f"{path.relative_to(REPO_ROOT)}: unsafe YAML call {match.group(0)!r}"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_yaml_is_read_only_through_yamlio(path: Path) -> None:
    """Only yamlio talks to PyYAML's loaders; everyone else calls yamlio.loads/load_file."""
    if path.name == "yamlio.py":
        return
    text = path.read_text(encoding="utf-8")
    for forbidden in ("yaml.safe_load", "yaml.load", "SafeLoader", "CSafeLoader", "yaml.compose", "yaml.parse("):
        assert forbidden not in text, f"{path.relative_to(REPO_ROOT)} uses {forbidden}; use workbench.yamlio"
