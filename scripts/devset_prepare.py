"""Build the development set's corpus: the seed articles and a fixed sample of PTC articles.

PTC articles (Da San Martino et al., 2020) come one sentence or paragraph per
line, most without blank lines between paragraphs; each line is made a
paragraph so that the workbench shows them as an editor would. Run once:

    python scripts/devset_prepare.py /work/shared/data/ptc-train /work/main/corpus
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DEV = ["article111111112", "article761564397", "article770945799", "article729303442",
       "article697959084", "article731511020"]
HELD_OUT = ["article710100700", "article730865684", "article999000155", "article698780559",
            "article730237078", "article711566593", "article708071969"]
# A second batch, labelled after the first held-out scores were seen: more
# development articles, and a fresh held-out set scored once, at the end.
DEV2 = ["article732154721", "article781847297", "article763761219"]
HELD_OUT2 = ["article740356006", "article758882558", "article999000599", "article697063039"]
DEVSET = Path(__file__).resolve().parent.parent / "devset"


def main(ptc: Path, seeds: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for name in DEV + HELD_OUT + DEV2 + HELD_OUT2:
            lines = (ptc / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            target = Path(tmp) / f"ptc-{name.removeprefix('article')}.txt"
            target.write_text("\n\n".join(line.strip() for line in lines if line.strip()) + "\n", "utf-8")
            sources.append(str(target))
        sources += [str(p) for p in sorted(seeds.glob("*.md"))]
        subprocess.run([sys.executable, "-m", "workbench", "import", "--project", str(DEVSET), *sources],
                       check=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
