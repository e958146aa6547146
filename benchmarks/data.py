"""Synthetic projects: corpora of realistic paragraphs and annotation files at several sizes.

Sentences come from the PTC articles when ../shared/data/ptc-train is present
(real news prose, one sentence per line there), else from templates. Nothing
generated is kept: every project lives in a temporary folder. Annotation files
are written with the store's own serialiser (``doc_to_data`` + ``yamlio.dumps``,
exactly what ``AnnotationStore.save`` writes, minus the fsync per file), and a
sample of generated articles is parsed back with the corpus reader to prove
that paragraph texts and claim offsets are what the workbench will see.
"""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks.common import PTC_DIR, REPO
from workbench.corpus import load_article
from workbench.model import Claim, ParagraphState, frozen_attributes, sha256_text
from workbench.store import AnnotationDoc, ParagraphRecord, doc_to_data
from workbench.textclean import canonical
from workbench.yamlio import dumps

ANNOTATOR = "bench"
OUTLETS = ("Daily Ledger", "The Northern Post", "Capital Wire", "Evening Courier", "Free Voice", "Global Report")
SPEAKERS = ("Angela Merkel", "the ministry", "unnamed", "Reuters", "a police spokesman", "Joe Biden", "the BBC")
DEVICES = ("loaded language", "speculation", "hedging", "name calling", "doubt")
STAMP = "2026-11-21T10:00:00Z"

# Characters Markdown would interpret or that the reader would change; such
# sentences are left out so that offsets into generated text stay exact.
_MARKDOWN_SPECIAL = re.compile(r"[*_`\[\]<>&\\|#~{}]|https?:|\s{2,}")
_STARTS_WELL = re.compile(r"^[A-Z\"“‘']")
_ENDS_WELL = re.compile(r"[.!?][\"”’']?$")

_SUBJECTS = ("The minister", "Officials in the capital", "The company", "Local residents", "The committee",
             "Police", "The opposition leader", "Analysts", "The central bank", "Protesters", "The mayor",
             "A spokesman for the ministry", "The regional government", "Several witnesses")
_VERBS = ("announced", "confirmed", "rejected", "approved", "postponed", "criticised", "defended", "reviewed",
          "questioned", "welcomed")
_OBJECTS = ("the new budget", "a plan to close two hospitals", "the proposed border checks",
            "the results of the inquiry", "an agreement with the unions", "the decision to raise fares",
            "a report on air pollution", "the sale of the state airline", "the election timetable")
_TAILS = ("on Tuesday", "after a long debate", "in a statement", "late on Friday", "despite strong objections",
          "for the second time this year", "at a press conference", "without giving details")
_ATTRIBUTIONS = ("said", "told reporters", "wrote in a statement", "claimed", "insisted")
_QUOTES = ("We will not accept this", "The numbers speak for themselves", "This is a disaster for families",
           "Nothing has been decided yet", "We expect the talks to continue next week")
_FRAMES = ("Critics have long suspected that {s} had no real plan.",
           "It is hard to believe that {o} will change anything.",
           "Once again, {s} chose to ignore the obvious.",
           "The so-called reform is little more than a gift to insiders.")


def _template_sentences(rng: random.Random, count: int) -> list[str]:
    sentences: list[str] = []
    for _ in range(count):
        kind = rng.random()
        subject, obj = rng.choice(_SUBJECTS), rng.choice(_OBJECTS)
        if kind < 0.55:
            sentences.append(f"{subject} {rng.choice(_VERBS)} {obj} {rng.choice(_TAILS)}.")
        elif kind < 0.8:
            sentences.append(f"“{rng.choice(_QUOTES)},” {subject.lower()} {rng.choice(_ATTRIBUTIONS)}.")
        else:
            sentences.append(rng.choice(_FRAMES).format(s=subject.lower(), o=obj))
    return sentences


@lru_cache(maxsize=1)
def sentence_bank() -> tuple[str, ...]:
    """Real sentences from the PTC articles when present, else template sentences."""
    sentences: list[str] = []
    articles = PTC_DIR / "articles"
    if articles.is_dir():
        for path in sorted(articles.glob("*.txt")):
            lines = path.read_text("utf-8", errors="replace").splitlines()[1:]
            for line in lines:
                sentence = canonical(" ".join(line.split()))
                words = sentence.count(" ") + 1
                if (6 <= words <= 45 and _STARTS_WELL.match(sentence) and _ENDS_WELL.search(sentence)
                        and not _MARKDOWN_SPECIAL.search(sentence) and canonical(sentence) == sentence):
                    sentences.append(sentence)
    if len(sentences) < 500:
        sentences = _template_sentences(random.Random(7), 3_000)
    return tuple(sentences)


def bank_source() -> str:
    return "PTC training articles" if (PTC_DIR / "articles").is_dir() else "sentence templates"


@dataclass(frozen=True)
class GeneratedArticle:
    id: str
    paragraphs: tuple[str, ...]
    spans: tuple[tuple[tuple[int, int], ...], ...]  # per paragraph: the sentence spans

    @property
    def claims(self) -> int:
        return sum(len(s) for s in self.spans)


def make_paragraph(rng: random.Random, sentences: int, bank: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts = [rng.choice(bank) for _ in range(sentences)]
    spans: list[tuple[int, int]] = []
    at = 0
    for part in parts:
        spans.append((at, at + len(part)))
        at += len(part) + 1
    return " ".join(parts), tuple(spans)


def make_article(rng: random.Random, article_id: str, words: int = 0, sentences: int = 0,
                 per_paragraph: tuple[int, int] = (1, 5)) -> GeneratedArticle:
    """An article of about ``words`` words, or of exactly ``sentences`` sentences."""
    bank = sentence_bank()
    paragraphs: list[str] = []
    spans: list[tuple[tuple[int, int], ...]] = []
    made_words = made_sentences = 0
    while (made_words < words) if words else (made_sentences < sentences):
        count = rng.randint(*per_paragraph)
        if sentences:
            count = min(count, sentences - made_sentences)
        text, paragraph_spans = make_paragraph(rng, count, bank)
        paragraphs.append(text)
        spans.append(paragraph_spans)
        made_words += text.count(" ") + 1
        made_sentences += count
    return GeneratedArticle(article_id, tuple(paragraphs), tuple(spans))


def article_markdown(article: GeneratedArticle, rng: random.Random) -> str:
    title = " ".join(article.paragraphs[0].split()[:9]).rstrip(".,;:")
    front = dumps({"title": title, "outlet": rng.choice(OUTLETS), "author": "Staff", "published": "2026-11-01",
                   "url": f"https://example.org/{article.id}", "language": "en"})
    return f"---\n{front}---\n\n" + "\n\n".join(article.paragraphs) + "\n"


def labelled_claim(rng: random.Random, start: int, end: int) -> Claim:
    roll = rng.random()
    if roll < 0.5:
        return Claim(start, end, "fact", labelled_at=STAMP)
    if roll < 0.8:
        attributes = {"speaker": rng.choice(SPEAKERS), "quote_type": rng.choice(("direct", "indirect", "mixed"))}
        return Claim(start, end, "quote", frozen_attributes(attributes), labelled_at=STAMP)
    return Claim(start, end, "framing", frozen_attributes({"device": rng.choice(DEVICES)}), labelled_at=STAMP)


def annotation_text(article: GeneratedArticle, rng: random.Random, annotator: str = ANNOTATOR,
                    paragraphs: int | None = None) -> str:
    """The annotation file a Session would write after labelling the first ``paragraphs`` paragraphs."""
    doc = AnnotationDoc(article.id, annotator, sha256_text("\n\n".join(article.paragraphs)), updated=STAMP)
    count = len(article.paragraphs) if paragraphs is None else paragraphs
    for index in range(count):
        claims = tuple(labelled_claim(rng, s, e) for s, e in article.spans[index])
        doc.paragraphs[index] = ParagraphRecord(article.paragraphs[index], ParagraphState(claims, None, True))
    return dumps(doc_to_data(doc))


def new_project(root: Path, corpus: Path | None = None) -> Path:
    """A project folder with the shipped labels.yaml; ``corpus`` is linked, not copied."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "labels.yaml", root / "labels.yaml")
    if corpus is not None:
        (root / "corpus").symlink_to(corpus.resolve(), target_is_directory=True)
    else:
        (root / "corpus").mkdir(exist_ok=True)
    return root


def write_article(project: Path, article: GeneratedArticle, rng: random.Random) -> Path:
    path = project / "corpus" / f"{article.id}.md"
    path.write_text(article_markdown(article, rng), "utf-8")
    return path


def write_annotation(project: Path, article: GeneratedArticle, rng: random.Random,
                     paragraphs: int | None = None, annotator: str = ANNOTATOR) -> Path:
    directory = project / "annotations" / annotator
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{article.id}.yaml"
    path.write_text(annotation_text(article, rng, annotator, paragraphs), "utf-8")
    return path


def check_article(path: Path, article: GeneratedArticle) -> None:
    """Fail loudly if the corpus reader sees other text than the generator wrote."""
    parsed = load_article(path)
    texts = tuple(p.text for p in parsed.paragraphs)
    if texts != article.paragraphs:
        for index, (got, want) in enumerate(zip(texts, article.paragraphs, strict=False)):
            if got != want:
                raise AssertionError(f"{path}: paragraph {index} parsed as {got[:80]!r}, generated {want[:80]!r}")
        raise AssertionError(f"{path}: {len(texts)} paragraphs parsed, {len(article.paragraphs)} generated")


def many_articles(count: int, seed: int = 1, sentences: int = 20) -> Iterator[GeneratedArticle]:
    """Articles of ``sentences`` sentences (claims) each, ids in corpus order."""
    rng = random.Random(seed)
    width = len(str(count))
    for number in range(count):
        yield make_article(rng, f"art-{number:0{width}d}", sentences=sentences)


def copy_seed_project(root: Path) -> Path:
    """The repository's own corpus (the seed articles) as a fresh project."""
    project = new_project(root)
    for path in sorted((REPO / "corpus").glob("*.md")):
        shutil.copy(path, project / "corpus" / path.name)
    return project


@dataclass
class Workspace:
    """The projects of one benchmark run, generated on first use and shared by the figures."""

    root: Path
    big_corpus: int
    claims_per_file: int
    _scratches: int = 0

    def _articles(self) -> list[GeneratedArticle]:
        # Regenerated (deterministically) rather than kept: 10,000 articles held
        # by the suite would sit in the heap of every app measured in-process
        # and slow its garbage collections.
        return list(many_articles(self.big_corpus, sentences=self.claims_per_file))

    def many(self) -> Path:
        """``big_corpus`` articles, no labels yet."""
        project = self.root / "many"
        if not project.exists():
            new_project(project)
            rng = random.Random(2)
            articles = self._articles()
            for article in articles:
                write_article(project, article, rng)
            for article in articles[:3]:
                check_article(project / "corpus" / f"{article.id}.md", article)
        return project

    def many_labelled(self, files: int | None = None) -> Path:
        """The same corpus with every article labelled (``claims_per_file`` claims per file)."""
        project = self.root / "many-labelled"
        if not project.exists():
            new_project(project, self.many() / "corpus")
            rng = random.Random(3)
            for article in self._articles()[: files or self.big_corpus]:
                write_annotation(project, article, rng)
        return project

    def many_partly_labelled(self, done: int) -> Path:
        """The same corpus with the first ``done`` articles finished: resume must skip them."""
        project = self.root / f"many-{done}-done"
        if not project.exists():
            new_project(project, self.many() / "corpus")
            labelled = self.many_labelled() / "annotations" / ANNOTATOR
            target = project / "annotations" / ANNOTATOR
            target.mkdir(parents=True)
            for article in self._articles()[:done]:
                (target / f"{article.id}.yaml").symlink_to(labelled / f"{article.id}.yaml")
        return project

    def scratch(self, project: Path) -> Path:
        """A fresh copy of ``project`` for a figure that labels: same corpus (linked), its labels copied.

        Figures that press label keys change the annotations; each works on
        its own copy so that every run (and a kept workspace) starts alike.
        """
        self._scratches += 1
        copy = self.root / "scratch" / f"{project.name}-{self._scratches}"
        if copy.exists():
            shutil.rmtree(copy)
        new_project(copy, (project / "corpus").resolve())
        annotations = project / "annotations"
        if annotations.is_dir():
            shutil.copytree(annotations, copy / "annotations", symlinks=False,
                            ignore=shutil.ignore_patterns(".lock", ".tmp-*"))
        return copy

    def seeds(self) -> Path:
        project = self.root / "seeds"
        if not project.exists():
            copy_seed_project(project)
        return project

    def long_article(self, words: int, labelled_share: float = 0.5) -> Path:
        """One article of ``words`` words, its first half already labelled (a realistic save size)."""
        project = self.root / f"long-{words}"
        if not project.exists():
            new_project(project)
            rng = random.Random(4)
            article = make_article(rng, "long-article", words=words, per_paragraph=(2, 6))
            path = write_article(project, article, rng)
            check_article(path, article)
            write_annotation(project, article, rng, paragraphs=int(len(article.paragraphs) * labelled_share))
        return project

    def big_paragraph(self, size: int) -> Path:
        """One article holding a single paragraph of about ``size`` characters."""
        project = self.root / f"paragraph-{size}"
        if not project.exists():
            new_project(project)
            rng = random.Random(5)
            bank = sentence_bank()
            parts: list[str] = []
            length = 0
            while length < size:
                parts.append(rng.choice(bank))
                length += len(parts[-1]) + 1
            text = " ".join(parts)
            article = GeneratedArticle("big-paragraph", (text,), ())
            path = write_article(project, article, rng)
            check_article(path, article)
        return project

    def many_claims_article(self, claims: int) -> tuple[Path, GeneratedArticle]:
        """One article with ``claims`` claims, all labelled (the save figure)."""
        project = self.root / f"claims-{claims}"
        rng = random.Random(6)
        article = make_article(rng, "many-claims", sentences=claims, per_paragraph=(15, 25))
        if not project.exists():
            new_project(project)
            path = write_article(project, article, rng)
            check_article(path, article)
            write_annotation(project, article, rng)
        return project, article
