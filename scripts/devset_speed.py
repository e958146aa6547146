"""Speed of the suggester on the PTC articles (Da San Martino et al., 2020): medians of 3 runs, CPU time.

    python scripts/devset_speed.py /work/shared/data/ptc-train

Reports the rules alone (sentences already segmented), the suggester as the
TUI calls it (segmentation included, nothing cached), and `workbench suggest`
end to end over the 371 files (reading, import conversion, JSON output).
"""

from __future__ import annotations

import gc
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench import segment, suggest
from workbench.commands.suggest import read_file


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(ptc: Path) -> None:
    files = sorted((ptc / "articles").glob("*.txt"))
    articles = [read_file(path) for path in files]
    texts = [p.text for a in articles for p in a.paragraphs]
    n = len(articles)
    suggest.cues()
    rules, full = [], []
    for _ in range(3):
        gc.collect()
        segment._cached_sentence_spans.cache_clear()
        suggest._CACHE.clear()
        started = time.process_time()
        for article in articles:
            suggest.suggest_article(article)
        full.append((time.process_time() - started) / n)
        spans = {t: segment.sentence_spans(t) for t in texts}
        original = suggest.sentence_spans
        suggest.sentence_spans = spans.__getitem__  # type: ignore[assignment]
        suggest._CACHE.clear()
        started = time.process_time()
        for article in articles:
            suggest.suggest_article(article)
        rules.append((time.process_time() - started) / n)
        suggest.sentence_spans = original
    cli = []
    with tempfile.TemporaryDirectory() as empty_project:
        for _ in range(3):
            before = cpu_of_children()
            subprocess.run([sys.executable, "-m", "workbench", "suggest", "--project", empty_project,
                            *map(str, files)], stdout=subprocess.DEVNULL, check=True)
            cli.append((cpu_of_children() - before) / n)
    print(f"{n} articles, {len(texts)} paragraphs")
    print(f"rules only:                 {statistics.median(rules) * 1000:.2f} ms/article"
          f"  ({1 / statistics.median(rules):.0f} articles/s)")
    print(f"suggester with segmentation: {statistics.median(full) * 1000:.2f} ms/article"
          f"  ({1 / statistics.median(full):.0f} articles/s)")
    print(f"workbench suggest, all in:   {statistics.median(cli) * 1000:.2f} ms/article"
          f"  ({1 / statistics.median(cli):.0f} articles/s)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
