"""Measure the framing cues on PTC (Da San Martino et al., 2020), outside the devset (devset/split.yaml).

Every PTC line becomes a paragraph (offsets kept), the suggester labels its
sentences, and each suggested claim is compared with the expert technique
spans: a framing suggestion is "supported" when it overlaps a span of an
editorial-framing technique; a fact suggestion is "clean" when it overlaps
none. Claims suggested as quotations are left out (PTC marks propaganda
inside quotations too). Also lists the cue words by how often the claims
they trigger are supported, to prune the word lists.

    python scripts/devset_ptc_framing.py /work/shared/data/ptc-train [--words]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from devset_prepare import devset_ptc_names

from workbench.model import Article, ArticleMeta, Paragraph
from workbench.suggest import suggest_article

CORE = {"Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt"}
NOT_FRAMING = {"Repetition", "Appeal_to_Authority"}


def ptc_article(path: Path) -> tuple[Article, list[int]]:
    paragraphs, offsets = [], []
    position = 0
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip() and position > 0:  # the first line is the title
            paragraphs.append(Paragraph(len(paragraphs), "content", line))
            offsets.append(position)
        position += len(line) + 1
    return Article(path.stem, ArticleMeta(), tuple(paragraphs)), offsets


def main() -> None:
    ptc = Path(sys.argv[1])
    excluded = devset_ptc_names()  # every batch in devset/split.yaml, held-out ones included
    counts: Counter[str] = Counter()
    word_hits: Counter[str] = Counter()
    word_total: Counter[str] = Counter()
    for path in sorted((ptc / "articles").glob("*.txt")):
        if path.stem in excluded:
            continue
        spans = []
        for line in (ptc / "labels" / f"{path.stem}.task2-TC.labels").read_text().splitlines():
            _, technique, start, end = line.split("\t")
            spans.append((technique, int(start), int(end)))
        article, offsets = ptc_article(path)
        for paragraph, claims, offset in zip(article.paragraphs, suggest_article(article), offsets, strict=True):
            if any(c != canon for c, canon in zip(paragraph.text, paragraph.text, strict=True)):
                continue
            for claim in claims:
                s, e = claim.start + offset, claim.end + offset
                techniques = {t for t, a, b in spans if a < e and s < b}
                framing_hit = bool(techniques - NOT_FRAMING)
                core_hit = bool(techniques & CORE)
                label = claim.suggestion.label
                counts[f"{label}"] += 1
                counts[f"{label} supported"] += framing_hit
                counts[f"{label} core"] += core_hit
                if label == "framing":
                    for trigger in re.findall(r"“([^”]+)”", claim.suggestion.reason):
                        word_total[trigger.lower()] += 1
                        word_hits[trigger.lower()] += framing_hit
    for label in ("framing", "fact", "quote"):
        n = counts[label]
        if n:
            print(f"{label:8} {n:6}  overlaps a framing technique: {counts[label + ' supported'] / n:.2f}"
                  f"  (core four: {counts[label + ' core'] / n:.2f})")
    if "--words" in sys.argv:
        for word, total in sorted(word_total.items(), key=lambda x: (word_hits[x[0]] / x[1], -x[1])):
            if total >= 4:
                print(f"{word_hits[word] / total:.2f} {total:4} {word}")


if __name__ == "__main__":
    main()
