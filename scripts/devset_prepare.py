"""Build the development set's corpus: the seed articles and a fixed sample of PTC articles.

PTC articles (Da San Martino et al., 2020) come one sentence or paragraph per
line, most without blank lines between paragraphs; each line is made a
paragraph so that the workbench shows them as an editor would. Run:

    python scripts/devset_prepare.py /work/shared/data/ptc-train /work/main/corpus

Re-running it adds articles missing from devset/corpus/ and leaves the others:
`workbench import` skips a file whose content is unchanged and refuses
(without --force) to replace one that differs. Two articles of the first
batch (FIRST_IMPORT) came out of an earlier importer: a fresh import gives
them other front matter. They are kept as first imported (their labels were
made on those files) and are checked instead: a re-run fails only if their
paragraphs, which the labels' offsets point into, would differ too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from workbench.corpus import load_article
from workbench.yamlio import load_file

DEV = ["article111111112", "article761564397", "article770945799", "article729303442",
       "article697959084", "article731511020"]
HELD_OUT = ["article710100700", "article730865684", "article999000155", "article698780559",
            "article730237078", "article711566593", "article708071969"]
# A second batch, labelled after the first held-out scores were seen: more
# development articles, and a fresh held-out set scored once, at the end.
DEV2 = ["article732154721", "article781847297", "article763761219"]
HELD_OUT2 = ["article740356006", "article758882558", "article999000599", "article697063039"]
# Third and fourth batches, drawn from the PTC articles of 1,500 to 6,000
# characters not yet in the corpus (seeds 20261122 and 20261123), labelled blind.
HELD_OUT3 = ["article762956953", "article758477392", "article724095467", "article770877978",
             "article734265267", "article775448623"]
HELD_OUT4 = ["article795691173", "article766942310", "article776368676", "article758469195",
             "article707566605", "article710376094", "article999000184", "article765029945"]
# A fifth batch, drawn the same way (seed 20261124) and labelled blind.
HELD_OUT5 = ["article999001226", "article711716996", "article786919720", "article111111111",
             "article694811415", "article999000849", "article789121798", "article706088110"]
# A sixth batch, drawn the same way (seed 20261126) and labelled blind.
HELD_OUT6 = ["article758669180", "article755814432", "article111111137", "article776535164",
             "article789121265", "article700662577", "article729651527", "article730222442"]
# A seventh batch, drawn the same way (seed 20261127) and labelled blind.
HELD_OUT7 = ["article695108099", "article776345502", "article728758697", "article730036755",
             "article770221823", "article708561738", "article715790840", "article729668796"]
# An eighth batch, drawn the same way (seed 20261128) and labelled blind.
HELD_OUT8 = ["article761897089", "article705035735", "article999001241", "article702111021",
             "article111111123", "article795379208", "article754402671", "article754348478"]
# A ninth batch, drawn the same way (seed 20261129) and labelled blind.
HELD_OUT9 = ["article111111134", "article761546223", "article999000312", "article731762731",
             "article721890296", "article697444415", "article757843275", "article735090638"]
# A tenth batch, drawn the same way (seed 20261130) and labelled blind.
HELD_OUT10 = ["article716469423", "article795079843", "article700461600", "article741896049",
              "article754179642", "article735855251", "article704591553", "article999001032"]
# An eleventh batch, drawn the same way (seed 20261131) and labelled blind.
HELD_OUT11 = ["article769752554", "article999000125", "article774637726", "article729348908",
              "article793467906", "article724791253"]
# A twelfth batch, drawn the same way (seed 20261132) and labelled blind.
HELD_OUT12 = ["article757243988", "article696246189", "article728343601", "article754131438",
              "article771546417", "article702077434"]
# A thirteenth batch, drawn the same way (seed 20261133) and labelled blind.
HELD_OUT13 = ["article741923579", "article706661242", "article758512204", "article701447437",
              "article701553469", "article727174208"]
# A fourteenth batch, drawn the same way (seed 20261134) and labelled blind.
HELD_OUT14 = ["article999001296", "article795703371", "article737255982", "article729581752",
              "article727405181", "article729700539"]
# A fifteenth batch, drawn the same way (seed 20261135) and labelled blind.
HELD_OUT15 = ["article771655795", "article730019938", "article790667730", "article727736557",
              "article759337941", "article776616374"]
# A sixteenth batch, drawn the same way (seed 20261136) and labelled blind.
HELD_OUT16 = ["article999000159", "article739091070", "article999000870", "article999001297",
              "article706777811", "article782149225"]
# A seventeenth batch, drawn the same way (seed 20261137) and labelled blind.
HELD_OUT17 = ["article712382330", "article111111115", "article788726416", "article780787440",
              "article769682854", "article999001188"]
# An eighteenth batch, drawn the same way (seed 20261138) and labelled blind.
HELD_OUT18 = ["article758385628", "article999001293", "article729940206", "article762340819",
              "article708487008", "article999000142"]
# A nineteenth batch, drawn the same way (seed 20261139) and labelled blind.
HELD_OUT19 = ["article725824328", "article111111114", "article721710340", "article776373795",
              "article769962236", "article765197039"]
# A twentieth batch, drawn the same way (seed 20261140) and labelled blind.
HELD_OUT20 = ["article761969038", "article111111121", "article999000147", "article698018235",
              "article759468687", "article735265649"]
# A twenty-first batch, drawn the same way (seed 20261141) and labelled blind.
HELD_OUT21 = ["article729410793", "article723537899", "article741802985", "article770938827",
              "article711622457", "article729561658"]
# A twenty-second batch (seed 20261142), drawn the same way but also leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT22 = ["article999000880", "article999000145", "article741655444", "article795689901",
              "article695833178", "article790777028"]
# A twenty-third batch (seed 20261143), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT23 = ["article786250729", "article786731884", "article761610997", "article729670169",
              "article779394730", "article723844295"]
# A twenty-fourth batch (seed 20261144), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT24 = ["article730389374", "article757964238", "article790720480", "article713130996",
              "article787955075", "article730061195"]
# A twenty-fifth batch (seed 20261145), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT25 = ["article770156851", "article706636401", "article762160164", "article727658675",
              "article999000149", "article767129999"]
# A twenty-sixth batch (seed 20261146), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT26 = ["article999000133", "article762546428", "article999001287", "article731927633",
              "article761674108", "article701299732"]
# A twenty-seventh batch (seed 20261147), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT27 = ["article770956434", "article765953146", "article724095598", "article999000135",
              "article757171650", "article729549972"]
# A twenty-eighth batch (seed 20261148), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT28 = ["article697472447", "article999000154", "article763440871", "article770376380",
              "article694356862", "article780786973"]
# A twenty-ninth batch (seed 20261149), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT29 = ["article728680557", "article727128296", "article761874505", "article999000124",
              "article737457870", "article732610971"]
# A thirtieth batch (seed 20261150), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT30 = ["article696735702", "article758812201", "article771406408", "article754508491",
              "article718312499", "article111111136"]
# A thirty-first batch (seed 20261151), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT31 = ["article787002327", "article111111113", "article699142854", "article706600938",
              "article727569885", "article722512241"]
# A thirty-second batch (seed 20261221), drawn the same way, leaving out
# devset/ptc_seen.txt, and labelled blind.
HELD_OUT32 = ["article696264594", "article787668628", "article698092698", "article761969692",
              "article780619695", "article772947654"]
# A thirty-third batch: every PTC article left (neither in the devset nor in
# devset/ptc_seen.txt) that has 1,000 characters or more, but for one that
# shares 78% of its five-word sequences with a devset article; labelled blind.
HELD_OUT33 = ["article111111117", "article697996062", "article701933838", "article701939679",
              "article725238842", "article727497152", "article727736595", "article754231597",
              "article793921939"]
DEVSET = Path(__file__).resolve().parent.parent / "devset"
# Imported by an earlier importer; a fresh import now reads other front matter
# from them (an original_source for one, no author for the other).
FIRST_IMPORT = {"ptc-999000155", "ptc-698780559"}


def devset_ptc_names() -> set[str]:
    """PTC names ("article<ID>") of every article in devset/split.yaml, for tools that must leave them out.

    Read from split.yaml, not from the lists above, so that a batch added there
    is excluded from word mining without a second edit here.
    """
    split = load_file(DEVSET / "split.yaml")
    return {f"article{article_id.removeprefix('ptc-')}" for ids in split.values() for article_id in ids
            if article_id.startswith("ptc-")}


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(paragraph.kind, paragraph.text) for paragraph in load_article(path).paragraphs]


def check_first_import(sources: list[Path], tmp: Path) -> None:
    """Import the FIRST_IMPORT articles into a scratch project and compare only their paragraphs."""
    scratch = tmp / "scratch"
    (scratch / "corpus").mkdir(parents=True)
    shutil.copy(DEVSET / "labels.yaml", scratch / "labels.yaml")
    result = subprocess.run([sys.executable, "-m", "workbench", "import", "--project", str(scratch),
                             *map(str, sources)], stdout=subprocess.DEVNULL)
    if result.returncode:
        raise SystemExit(result.returncode)
    for source in sources:
        kept, fresh = DEVSET / "corpus" / f"{source.stem}.md", scratch / "corpus" / f"{source.stem}.md"
        if paragraphs(kept) != paragraphs(fresh):
            raise SystemExit(f"{kept}: a fresh import gives other paragraphs; the labels may no longer fit")
        print(f"{source.stem}\tkept as first imported (a fresh import differs in front matter only)")


def main(ptc: Path, seeds: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources, first_import = [], []
        for name in (DEV + HELD_OUT + DEV2 + HELD_OUT2 + HELD_OUT3 + HELD_OUT4 + HELD_OUT5 + HELD_OUT6 + HELD_OUT7
                     + HELD_OUT8 + HELD_OUT9 + HELD_OUT10 + HELD_OUT11 + HELD_OUT12
                     + HELD_OUT13 + HELD_OUT14 + HELD_OUT15 + HELD_OUT16 + HELD_OUT17
                     + HELD_OUT18 + HELD_OUT19 + HELD_OUT20 + HELD_OUT21 + HELD_OUT22
                     + HELD_OUT23 + HELD_OUT24 + HELD_OUT25 + HELD_OUT26
                     + HELD_OUT27 + HELD_OUT28 + HELD_OUT29 + HELD_OUT30
                     + HELD_OUT31 + HELD_OUT32 + HELD_OUT33):
            lines = (ptc / "articles" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            target = Path(tmp) / f"ptc-{name.removeprefix('article')}.txt"
            target.write_text("\n\n".join(line.strip() for line in lines if line.strip()) + "\n", "utf-8")
            if target.stem in FIRST_IMPORT and (DEVSET / "corpus" / f"{target.stem}.md").exists():
                first_import.append(target)
            else:
                sources.append(str(target))
        sources += [str(p) for p in sorted(seeds.glob("*.md"))]
        result = subprocess.run([sys.executable, "-m", "workbench", "import", "--project", str(DEVSET), *sources])
        if result.returncode:  # `workbench import` has said which file and why
            raise SystemExit(result.returncode)
        if first_import:
            check_first_import(first_import, Path(tmp))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
