"""Mine candidate framing words from PTC expert spans (Da San Martino et al., 2020).

For every word and two-word phrase, count how often it occurs inside a span of
a framing technique (Loaded_Language, Name_Calling, Exaggeration, Doubt, …)
against how often it occurs at all, excluding every development-set article
(all parts of devset/split.yaml, so a new held-out batch is left out once it is listed there).
The output is a candidate list that a person curates into
workbench/data/cues/*.yaml (topic words such as names are dropped by hand).

    python scripts/devset_mine_cues.py /work/shared/data/ptc-train [--min 4] [--ratio 0.5]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from devset_prepare import devset_ptc_names

FRAMING = {
    "Loaded_Language": "loaded", "Name_Calling,Labeling": "name", "Exaggeration,Minimisation": "exag",
    "Doubt": "doubt",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def spans(ptc: Path, article: str) -> list[tuple[str, int, int]]:
    path = ptc / "labels" / f"article{article}.task2-TC.labels"
    out = []
    for line in path.read_text().splitlines():
        _, technique, start, end = line.split("\t")
        out.append((technique, int(start), int(end)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ptc", type=Path)
    parser.add_argument("--min", type=int, default=4)
    parser.add_argument("--ratio", type=float, default=0.5)
    parser.add_argument("--group", default="loaded,name,exag,doubt")
    args = parser.parse_args()
    groups = set(args.group.split(","))
    excluded = devset_ptc_names()  # every batch in devset/split.yaml, held-out ones included
    total: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for path in sorted((args.ptc / "articles").glob("*.txt")):
        if path.stem in excluded:
            continue
        text = path.read_text(encoding="utf-8")
        marked = [False] * len(text)
        for technique, start, end in spans(args.ptc, path.stem.removeprefix("article")):
            if FRAMING.get(technique) in groups:
                for i in range(start, min(end, len(text))):
                    marked[i] = True
        tokens = [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in WORD.finditer(text)]
        for n in (1, 2):
            for i in range(len(tokens) - n + 1):
                gram = tokens[i : i + n]
                key = " ".join(t for t, _, _ in gram)
                total[key] += 1
                if all(marked[s] for _, s, _ in gram):
                    inside[key] += 1
    rows = [(inside[k] / total[k], inside[k], total[k], k) for k in inside if inside[k] >= args.min]
    rows = [r for r in rows if r[0] >= args.ratio]
    for ratio, hit, seen, key in sorted(rows, reverse=True):
        print(f"{ratio:.2f}\t{hit}\t{seen}\t{key}")


if __name__ == "__main__":
    main()
