"""The article list: every article with its progress and who has labelled it."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from workbench.corpus import CorpusError, load_article
from workbench.session import Progress, Session, progress_of
from workbench.store import AnnotationStore, StoreError, annotators
from workbench.textclean import one_line
from workbench.tui.widgets.footer import KeyFooter


def progress_cell(progress: Progress | None) -> Text:
    """Cells are rich Text (never markup), so titles with brackets show literally."""
    if progress is None:
        return Text("…", style="dim")
    if progress.complete:
        return Text(f"✓ {progress.labelled}/{progress.total}", style="bold green")
    if progress.labelled == 0:
        return Text(f"0/{progress.total}", style="dim")
    return Text(f"{progress.labelled}/{progress.total}")


class ArticleListScreen(ModalScreen[int | None]):
    """Pick an article; shows claims labelled / total, paragraphs done, and annotators."""

    DEFAULT_CSS = """
    ArticleListScreen { align: center middle; background: $background 50%; }
    ArticleListScreen > Vertical {
        width: 96%; height: 90%; border: round $accent; background: $surface;
    }
    ArticleListScreen #summary { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape,o,q", "close", "Close", id="articles.close"),
        Binding("u", "toggle_unfinished", "Unfinished only", id="articles.unfinished"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.only_unfinished = False
        self.progress: dict[str, Progress] = {}
        self.errors: dict[str, str] = {}
        self.annotators: dict[str, list[str]] = {}

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Content("Articles")
            yield Static(id="summary")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="articles")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "title", "outlet", "claims", "¶ done", "annotators")
        self._scan_annotators()
        self._fill()
        self._compute_progress()

    def _scan_annotators(self) -> None:
        root = self.session.store.root
        names = [self.session.store.annotator] if self.session.blind else annotators(root)
        for name in names:
            directory = root / name
            for path in directory.glob("*.yaml"):
                self.annotators.setdefault(path.stem, []).append(name)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        session = self.session
        shown = 0
        for index, article_id in enumerate(session.article_ids):
            progress = self.progress.get(article_id)
            if self.only_unfinished and progress is not None and progress.complete:
                continue
            meta = session.corpus.peek(article_id)
            title = one_line(meta.get("title", "") or article_id, 50)
            if article_id in self.errors or article_id in session.failed:
                title_cell = Text(f"⚠ {article_id}: cannot be opened", style="red")
            else:
                title_cell = Text(title)
            done = f"{progress.paragraphs_done}/{progress.paragraphs_total}" if progress else "…"
            who = ", ".join(self.annotators.get(article_id, []))
            table.add_row(Text(str(index + 1)), title_cell, Text(one_line(meta.get("outlet", ""), 24)),
                          progress_cell(progress), Text(done), Text(one_line(who, 30)), key=str(index))
            shown += 1
        if session.cursor.article < len(session.article_ids):
            row = table.get_row_index(str(session.cursor.article)) if str(session.cursor.article) in table.rows else 0
            table.move_cursor(row=row)
        complete = sum(1 for p in self.progress.values() if p.complete)
        total_progress = sum(self.progress.values(), Progress(0, 0, 0, 0))
        summary = (f"{len(session.article_ids)} articles · {complete} complete · "
                   f"{total_progress.labelled}/{total_progress.total} claims labelled"
                   + (" (counting…)" if len(self.progress) + len(self.errors) < len(session.article_ids) else "")
                   + (" · showing unfinished only" if self.only_unfinished else ""))
        self.query_one("#summary", Static).update(Content(summary))

    @work(thread=True, exclusive=True)
    def _compute_progress(self) -> None:
        """Count progress off the UI thread from the files (open articles come from the session)."""
        session = self.session
        store = AnnotationStore(session.store.root, session.store.annotator)
        for article_id in session.article_ids:
            try:
                article = load_article(session.corpus.path(article_id))
                doc = store.load(article)[0] if store.exists(article_id) else None
                progress = progress_of(article, doc)
            except (CorpusError, StoreError) as exc:
                self.app.call_from_thread(self.errors.__setitem__, article_id, str(exc))
                continue
            self.app.call_from_thread(self.progress.__setitem__, article_id, progress)
        self.app.call_from_thread(self._fill)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(int(str(event.row_key.value)))

    def action_toggle_unfinished(self) -> None:
        self.only_unfinished = not self.only_unfinished
        self._fill()

    def action_close(self) -> None:
        self.dismiss(None)
