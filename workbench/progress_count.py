"""Every article's progress, counted in a child process.

The annotation screen shows the corpus's totals, which means parsing and
segmenting every article: about 10 s of CPU for 10,000 articles. In a thread
of the UI process that work holds the GIL and slows every key press while it
runs; in a child process it runs on another core and the UI never waits.

Protocol: a JSON object ``{"annotations": DIR, "annotator": NAME, "articles":
[[ID, PATH], ...]}`` on standard input; one JSON object ``{ID: [labelled,
total, paragraphs_done, paragraphs_total], ...}`` on standard output.
Articles that cannot be read are left out, as the screen leaves them out.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.corpus import CorpusError, load_article
from workbench.session import Progress, progress_of
from workbench.store import AnnotationStore, StoreError


def count(annotations: Path, annotator: str, articles: Sequence[tuple[str, Path]],
          cancelled: Callable[[], bool] = lambda: False) -> dict[str, Progress] | None:
    """Progress of each readable article from its saved labels; None if ``cancelled`` said stop."""
    store = AnnotationStore(annotations, annotator)
    found: dict[str, Progress] = {}
    for article_id, path in articles:
        if cancelled():
            return None
        try:
            article = load_article(path)
            doc = store.load(article)[0] if store.exists(article_id) else None
        except (CorpusError, StoreError):
            continue
        found[article_id] = progress_of(article, doc)
    return found


def count_in_child(annotations: Path, annotator: str, articles: Sequence[tuple[str, Path]],
                   cancelled: Callable[[], bool]) -> dict[str, Progress] | None:
    """:func:`count` in a child process (waiting releases the GIL); counts here if the child fails."""
    request = json.dumps({"annotations": str(annotations), "annotator": annotator,
                          "articles": [[article_id, str(path)] for article_id, path in articles]})
    try:
        child = subprocess.Popen([sys.executable, "-m", "workbench.progress_count"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    except OSError:
        return count(annotations, annotator, articles, cancelled)
    try:
        output = ""
        pending: str | None = request
        while True:
            try:
                output = child.communicate(pending, timeout=0.1)[0]
                break
            except subprocess.TimeoutExpired:
                pending = None
                if cancelled():
                    return None
        if child.returncode == 0:
            raw = json.loads(output)
            return {str(k): Progress(*(int(n) for n in v)) for k, v in raw.items()}
    except (ValueError, TypeError, OSError):
        pass
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return count(annotations, annotator, articles, cancelled)


def main() -> int:
    request = json.loads(sys.stdin.read())
    articles = [(str(article_id), Path(path)) for article_id, path in request["articles"]]
    found = count(Path(request["annotations"]), str(request["annotator"]), articles) or {}
    json.dump({k: [p.labelled, p.total, p.paragraphs_done, p.paragraphs_total] for k, p in found.items()},
              sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
