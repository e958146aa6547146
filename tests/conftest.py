"""Shared fixtures: a small temporary project and a way to open a Session on it.

Nothing here reads data outside the repository: every test builds what it
needs under tmp_path (the two seed articles ship as tests/fixtures/seeds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import FixedClock, write_project
from hypothesis import HealthCheck, settings

from workbench import collector
from workbench.project import Project
from workbench.session import Session

# Hypothesis: no per-example deadline (CI machines vary); `--hypothesis-profile=thorough` digs deeper.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", deadline=None, max_examples=2000,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write the dataset cache into the user's ~/.cache (nor read a stale one)."""
    monkeypatch.setenv("WORKBENCH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def unfreeze_garbage_collector() -> Iterator[None]:
    """The app freezes what it holds after its first frame (tui.app.freeze_startup_objects).

    In one test process every app run would freeze the previous apps' cycles
    for good; a user's process runs one app, so each test starts unfrozen.
    """
    yield
    collector.unfreeze()


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A fresh project with two small articles (alpha.md, beta.txt) and the shipped scheme."""
    return write_project(tmp_path / "project")


@pytest.fixture
def make_session(project: Project) -> Iterator[Callable[..., Session]]:
    """Open a Session on ``project`` (annotator 'ana', deterministic clock); closed afterwards."""
    opened: list[Session] = []

    def make(annotator: str = "ana", lock: bool = False, **kwargs: Any) -> Session:
        store = project.store(annotator)
        if lock:
            store.lock()
        kwargs.setdefault("clock", FixedClock())
        session = Session(project.corpus(), project.scheme(), store, **kwargs)
        opened.append(session)
        return session

    yield make
    for session in opened:
        session.store.unlock()
