"""The review application: one Adjudication on the review screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from workbench.adjudication import Adjudication
from workbench.corpus import Corpus
from workbench.store import AnnotationStore
from workbench.tui.screens.review import review_screen_class


class ReviewApp(App[None]):
    TITLE = "workbench review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(self, model: Adjudication, corpus: Corpus, annotations_dir: Path, store: AnnotationStore,
                 candidates: list[str], keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.model = model
        self.corpus = corpus
        self.annotations_dir = annotations_dir
        self.store = store
        self.candidates = candidates
        if keymap:
            self.set_keymap(keymap)

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        screen_class = review_screen_class(self.model.scheme)
        self.push_screen(screen_class(self.model, self.corpus, self.annotations_dir, self.store, self.candidates))

    def on_unmount(self) -> None:
        self.store.unlock()
