"""`workbench import` as a library: metadata, paragraphs, ids, idempotence, odd inputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from helpers import SEED_000, SEED_004

from workbench.corpus import CorpusError, load_article
from workbench.importer import (
    ImportError_,
    article_id_for,
    convert_text,
    escape_markdown,
    import_file,
    looks_like_markdown,
    parse_date,
    plain_to_markdown,
)
from workbench.model import Article

HAVE_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return tmp_path / "corpus"


def source(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def content(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs if p.kind == "content"]


# ---------------------------------------------------------------- the seeds


def test_seed_004_metadata_and_paragraphs(corpus_dir: Path) -> None:
    result = import_file(SEED_004, corpus_dir)
    assert result.status == "created"
    assert result.target == corpus_dir / "004_c38f5b2fdb924004.md"
    meta = result.article.meta
    assert meta.title == "Video: The Western Balkans Back in the Spotlight as Kosovo-Serbia Tensions Escalate"
    assert meta.outlet == "Global Research"
    assert meta.author == "South Front"
    assert meta.published == "2021-09-29"
    assert meta.original_source == "South Front"
    assert meta.url == "" and meta.language == ""
    assert result.kept == 15
    assert result.marked == len(result.article.paragraphs) - 15
    texts = content(result.article)
    assert texts[0] == ("The Western Balkans are heating up, as tensions between Kosovo and Serbia "
                        "are escalating rapidly in recent days.")
    assert texts[-1].startswith("Still, this does provide Russia with an opportunity")
    boilerplate = [p.text for p in result.article.paragraphs if p.kind == "boilerplate"]
    assert any(t.startswith("Note to readers: Please click the share buttons") for t in boilerplate)
    assert any(t.startswith("Disclaimer:") for t in boilerplate)
    # What the corpus reader sees from the written file is what the importer reported.
    assert load_article(result.target).paragraphs == result.article.paragraphs


def test_seed_000_title_only(corpus_dir: Path) -> None:
    result = import_file(SEED_000, corpus_dir)
    meta = result.article.meta
    assert meta.title == "Kosovo Calls for NATO Intervention as Border Tensions With Serbia Rise"
    assert (meta.outlet, meta.author, meta.published, meta.url, meta.language, meta.original_source) == ("",) * 6
    assert result.kept == 11
    assert [p.text for p in result.article.paragraphs if p.kind == "boilerplate"] == ["Our Latest Articles"]
    assert "original_source" not in result.target.read_text(encoding="utf-8")


def test_reimport_is_idempotent(corpus_dir: Path) -> None:
    first = import_file(SEED_004, corpus_dir)
    before = first.target.read_bytes()
    stamp = first.target.stat().st_mtime_ns
    again = import_file(SEED_004, corpus_dir)
    assert again.status == "unchanged"
    assert again.target.read_bytes() == before
    assert again.target.stat().st_mtime_ns == stamp
    assert (again.kept, again.marked) == (first.kept, first.marked)


def test_other_content_needs_force(tmp_path: Path, corpus_dir: Path) -> None:
    path = source(tmp_path, "story.txt", "Title\n\nOne paragraph.\n")
    import_file(path, corpus_dir)
    path.write_text("Title\n\nAnother paragraph.\n", encoding="utf-8")
    with pytest.raises(ImportError_, match=r"already exists with other content.*--force"):
        import_file(path, corpus_dir)
    assert "One paragraph." in (corpus_dir / "story.md").read_text(encoding="utf-8")
    result = import_file(path, corpus_dir, force=True)
    assert result.status == "updated"
    assert content(result.article) == ["Another paragraph."]


def test_shipped_corpus_is_what_import_makes_of_the_seeds(corpus_dir: Path) -> None:
    from helpers import REPO_ROOT

    for seed in (SEED_000, SEED_004):
        result = import_file(seed, corpus_dir)
        shipped = REPO_ROOT / "corpus" / result.target.name
        assert result.target.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


# ---------------------------------------------------------------- formats


def test_crlf_plain_text(tmp_path: Path, corpus_dir: Path) -> None:
    text = (
        "A CRLF title\r\n\r\nBy Jane Roe\r\n\r\n"
        "First paragraph, line one\r\nand line two.\r\n\r\nSecond paragraph.\r\n"
    )
    result = import_file(source(tmp_path, "crlf.txt", text.encode()), corpus_dir)
    assert result.article.meta.title == "A CRLF title"
    assert result.article.meta.author == "Jane Roe"
    assert content(result.article) == ["First paragraph, line one and line two.", "Second paragraph."]
    assert b"\r" not in result.target.read_bytes()


def test_markdown_with_front_matter_keeps_its_fields(tmp_path: Path, corpus_dir: Path) -> None:
    text = (
        "---\ntitle: From Markdown\noutlet: The Outlet\nauthor: A. Writer\npublished: '2023-02-01'\n"
        "url: https://example.org/x\nlanguage: en\n---\n\n## A subheading\n\nSome *text* here.\n\n"
        "Share this article with your friends\n"
    )
    result = import_file(source(tmp_path, "story.md", text), corpus_dir)
    meta = result.article.meta
    assert (meta.title, meta.outlet, meta.author, meta.published, meta.url, meta.language) == (
        "From Markdown", "The Outlet", "A. Writer", "2023-02-01", "https://example.org/x", "en",
    )
    assert [(p.kind, p.text) for p in result.article.paragraphs] == [
        ("heading", "A subheading"),
        ("content", "Some text here."),
        ("boilerplate", "Share this article with your friends"),
    ]


def test_broken_front_matter_names_the_source_and_line(tmp_path: Path, corpus_dir: Path) -> None:
    path = source(tmp_path, "broken.md", "---\ntitle: [oops\n---\nbody\n")
    with pytest.raises(CorpusError) as caught:
        import_file(path, corpus_dir)
    assert str(caught.value).startswith(f"{path}:3: front matter:")
    assert not corpus_dir.exists() or not any(corpus_dir.iterdir())


def test_french_guillemets(tmp_path: Path, corpus_dir: Path) -> None:
    text = (
        "Le Kosovo appelle l’OTAN à intervenir\n\n"
        "« Nous ne céderons pas », a déclaré Albin Kurti, dimanche soir.\n\n"
        "Selon la police, des coups de feu ont été tirés. Belgrade accuse Pristina de « provocations ».\n"
    )
    result = import_file(source(tmp_path, "kosovo-fr.txt", text), corpus_dir)
    assert result.article.meta.title == "Le Kosovo appelle l’OTAN à intervenir"
    assert content(result.article) == [
        "« Nous ne céderons pas », a déclaré Albin Kurti, dimanche soir.",
        "Selon la police, des coups de feu ont été tirés. Belgrade accuse Pristina de « provocations ».",
    ]


def test_cp1252_source_is_imported_as_utf8(tmp_path: Path, corpus_dir: Path) -> None:
    data = "Title\n\nCaf\xe9 \x93quoted\x94.\n".encode("latin-1")
    result = import_file(source(tmp_path, "old.txt", data), corpus_dir)
    assert result.encoding == "cp1252"
    assert content(result.article) == ["Café “quoted”."]
    assert "Café “quoted”." in result.target.read_text(encoding="utf-8")


HTML_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Le Kosovo et la Serbie | Le Journal</title>
<meta property="og:title" content="Le Kosovo et la Serbie : la tension monte">
<meta property="og:site_name" content="Le Journal">
<meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2022-12-12T08:00:00+01:00">
<meta property="og:url" content="https://lejournal.example/kosovo-serbie">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Le Kosovo et la Serbie : la tension monte</h1>
<p>Le Premier ministre du Kosovo a appelé l’OTAN à intervenir, après un week-end de tensions à la frontière.</p>
<p>« Nous ne céderons pas », a déclaré Albin Kurti lors d’une conférence de presse à Pristina, dimanche soir.</p>
<p>Selon la police, des coups de feu ont été tirés près d’un lac frontalier. Aucun blessé n’a été signalé.</p>
<p>Belgrade dément toute implication et accuse Pristina de « provocations » répétées.</p>
</article>
<footer><p>© 2022 Le Journal. Tous droits réservés.</p></footer>
</body></html>
"""


@pytest.mark.skipif(not HAVE_TRAFILATURA, reason="HTML import needs trafilatura (the 'html' extra)")
def test_html_page_with_meta_tags(tmp_path: Path, corpus_dir: Path) -> None:
    result = import_file(source(tmp_path, "page.html", HTML_PAGE), corpus_dir)
    meta = result.article.meta
    assert meta.title == "Le Kosovo et la Serbie : la tension monte"
    assert meta.outlet == "Le Journal"
    assert meta.author == "Marie Dupont"
    assert meta.published == "2022-12-12"
    assert meta.url == "https://lejournal.example/kosovo-serbie"
    assert meta.language == "fr"
    texts = content(result.article)
    assert texts[0].startswith("Le Premier ministre du Kosovo")
    assert "« Nous ne céderons pas », a déclaré Albin Kurti" in texts[1]
    assert not any("Accueil" in t for t in texts)
    assert import_file(result.source, corpus_dir).status == "unchanged"


@pytest.mark.skipif(not HAVE_TRAFILATURA, reason="HTML import needs trafilatura (the 'html' extra)")
def test_html_without_article_text(tmp_path: Path, corpus_dir: Path) -> None:
    with pytest.raises(ImportError_, match="no article text"):
        import_file(source(tmp_path, "empty.html", "<html><body></body></html>"), corpus_dir)


def test_html_without_trafilatura_is_a_clear_error(tmp_path: Path, corpus_dir: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError_, match="pip install"):
        import_file(source(tmp_path, "page.html", HTML_PAGE), corpus_dir)


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
        ("boiler.txt", b"Title\n\nShare this article\n\nAdvertisement\n", "every paragraph looks like boilerplate"),
    ],
)
def test_bad_sources_are_refused_and_nothing_is_written(tmp_path: Path, corpus_dir: Path, name: str,
                                                         data: bytes, reason: str) -> None:
    path = source(tmp_path, name, data)
    with pytest.raises(CorpusError) as caught:
        import_file(path, corpus_dir)
    assert str(caught.value).startswith(str(path))
    assert reason in str(caught.value)
    assert not corpus_dir.exists() or not any(corpus_dir.iterdir())


def test_missing_source(tmp_path: Path, corpus_dir: Path) -> None:
    with pytest.raises(ImportError_, match="file not found"):
        import_file(tmp_path / "nope.txt", corpus_dir)
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ImportError_, match="not a file"):
        import_file(tmp_path / "dir.txt", corpus_dir)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../x.txt", "x"),
        ("-rf.txt", "rf"),
        ("my story (copy).txt", "my-story-copy"),
        ("Café déjà vu.md", "cafe-deja-vu"),
        ("naïve—dash.txt", "naive-dash"),
        ("004_c38f5b2fdb924004.txt", "004_c38f5b2fdb924004"),
        (".hidden.txt", "hidden"),
    ],
)
def test_file_names_give_safe_ids(name: str, expected: str) -> None:
    assert article_id_for(Path(name)) == expected


def test_non_latin_names_give_distinct_safe_ids() -> None:
    ids = {article_id_for(Path(n)) for n in ("新闻.txt", "报道.txt", "مقال.txt", "...txt")}
    assert len(ids) == 4
    for article_id in ids:
        assert article_id.startswith("article-")
        assert article_id.replace("-", "").isalnum()


def test_path_like_file_names_stay_in_the_corpus(tmp_path: Path, corpus_dir: Path) -> None:
    weird = tmp_path / "in" / "-rf --force ; rm x.txt"
    weird.parent.mkdir(parents=True)
    weird.write_text("Title\n\nText.\n", encoding="utf-8")
    result = import_file(weird, corpus_dir)
    assert result.target.parent == corpus_dir
    assert result.article.id == "rf-force-rm-x"


@pytest.mark.parametrize("bad_id", ["../../evil", "/etc/passwd", "-rf", "a b", ".hidden", "x" * 65, ""])
def test_explicit_ids_are_checked(tmp_path: Path, corpus_dir: Path, bad_id: str) -> None:
    path = source(tmp_path, "story.txt", "Title\n\nText.\n")
    with pytest.raises(ImportError_, match="invalid article id"):
        import_file(path, corpus_dir, article_id=bad_id)
    assert not (tmp_path / "evil.md").exists()
    assert not corpus_dir.exists() or not any(corpus_dir.iterdir())


def test_explicit_id(tmp_path: Path, corpus_dir: Path) -> None:
    result = import_file(source(tmp_path, "story.txt", "Title\n\nText.\n"), corpus_dir, article_id="kosovo-nato")
    assert result.target == corpus_dir / "kosovo-nato.md"


# ---------------------------------------------------------------- plain text stays literal


LITERAL_LINES = [
    "# not a heading",
    "* not a list item",
    "- not a list item either",
    "+ nor this",
    "1. not a numbered list",
    "2) nor this",
    "> not a quote",
    "=== not a setext underline",
    "a * b * c and _under_scores_ and **stars**",
    "<b>not html</b> & &amp; not an entity",
    "back\\slash and `ticks` and ~tilde~ | pipe",
    "[brackets] alone, and 2 < 3 > 1",
    "    four spaces of indentation",
]


def test_plain_text_with_markdown_characters_round_trips_literally(tmp_path: Path, corpus_dir: Path) -> None:
    # (Three or more headings, bold runs or quote lines would make a .txt count as Markdown.)
    lines = [line for line in LITERAL_LINES if not line.startswith(">")]
    text = "Literal title\n\n" + "\n\n".join(lines) + "\n"
    assert not looks_like_markdown(text)
    result = import_file(source(tmp_path, "literal.txt", text), corpus_dir)
    assert [p.text for p in result.article.paragraphs] == [line.strip() for line in lines]
    assert all(p.kind == "content" for p in result.article.paragraphs)


@pytest.mark.parametrize("line", LITERAL_LINES)
def test_escape_markdown_gives_the_same_text_back(line: str) -> None:
    from workbench.corpus import markdown_blocks

    ((_, text),) = markdown_blocks(escape_markdown(line.strip()) + "\n")
    assert text == line.strip()


def test_plain_to_markdown_keeps_paragraphs() -> None:
    assert plain_to_markdown("One\ntwo\n\n\n# three\n") == "One\ntwo\n\n\\# three\n"


def test_markdown_detection() -> None:
    assert looks_like_markdown(SEED_004.read_text(encoding="utf-8"))
    assert not looks_like_markdown(SEED_000.read_text(encoding="utf-8"))
    assert not looks_like_markdown("Title\n\n# CBP has deployed resources\n\nsmo**king fireplace**\n")
    assert looks_like_markdown("a [link](http://x) here")


# ---------------------------------------------------------------- metadata


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Global Research, September 29, 2021", "2021-09-29"),
        ("28 September 2021", "2021-09-28"),
        ("Sept. 3rd, 2020", "2020-09-03"),
        ("2019-02-30 then 2019-03-01", "2019-03-01"),
        ("no date here", ""),
        ("February 30, 2020", ""),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_metadata_is_only_what_the_text_states() -> None:
    body = (
        "A title\n\n"
        "By now, we have all heard of the story.\n\n"
        "Rome, August 22, 2018\n\n"
        "He was ordained on June 23, 1995.\n\n"
        "— Someone (@someone) May 8, 2018\n"
    )
    fields, _ = convert_text(body, ".txt")
    assert fields["title"] == "A title"
    assert "author" not in fields
    assert fields.get("published") == "2018-08-22"
    assert "outlet" not in fields  # a place, not an outlet


def test_tweet_signatures_are_not_datelines() -> None:
    fields, _ = convert_text("T\n\nText here.\n\npic.twitter.com/x — Laura (@laura) October 4, 2017\n", ".txt")
    assert "published" not in fields


def test_syndication_credit_gives_original_source_and_author() -> None:
    fields, _ = convert_text("T\n\nText.\n\nThis report was originally published by Paul Watson at Infowars\n", ".txt")
    assert fields["original_source"] == "Infowars"
    assert fields["author"] == "Paul Watson"
    fields, _ = convert_text("T\n\nText.\n\nArticle posted with permission from Pamela Geller\n", ".txt")
    assert fields["original_source"] == "Pamela Geller"


def test_byline_with_outlet_and_date() -> None:
    fields, _ = convert_text("T\n\nBy Karista Baldwin, Conservative Tribune November 15, 2018:\n\nText.\n", ".txt")
    assert fields["author"] == "Karista Baldwin"


def test_one_paragraph_per_line_source(tmp_path: Path, corpus_dir: Path) -> None:
    lines = [f"Sentence {i} of a scraped article ends here." for i in range(12)] + ["SUBSCRIBE on YouTube:"]
    result = import_file(source(tmp_path, "scraped.txt", "Scraped\n\n" + "\n".join(lines) + "\n"), corpus_dir)
    assert result.kept == 12
    assert result.marked == 1


@pytest.mark.skipif(not HAVE_TRAFILATURA, reason="HTML import needs trafilatura (the 'html' extra)")
def test_html_without_a_title_keeps_its_first_paragraph(tmp_path: Path, corpus_dir: Path) -> None:
    page = "<html><body><p>Unclosed <b>tags <i>everywhere" + " and more words" * 20 + "</body></html>"
    result = import_file(source(tmp_path, "untitled.html", page), corpus_dir)
    assert result.article.meta.title == ""
    (only,) = content(result.article)
    assert only.startswith("Unclosed tags everywhere and more words")


def test_escape_sequences_leave_no_fragments_and_never_reach_the_corpus_file(tmp_path: Path,
                                                                              corpus_dir: Path) -> None:
    text = "Title\n\nA\x00B \x07bell \x1b[2J\x1b[31mred\x1b[0m \x1b]0;pwn\x07 \u202eover\u202c end.\n"
    result = import_file(source(tmp_path, "hostile.txt", text), corpus_dir)
    assert content(result.article) == ["AB bell red  over end."]
    written = result.target.read_text(encoding="utf-8")
    for bad in ("\x00", "\x07", "\x1b", "\u202e", "[2J", "]0;"):
        assert bad not in written


def test_markdown_without_a_heading_keeps_its_first_paragraph(tmp_path: Path, corpus_dir: Path) -> None:
    result = import_file(source(tmp_path, "notitle.md", "First paragraph, not a title.\n\nSecond.\n"), corpus_dir)
    assert result.article.meta.title == ""
    assert content(result.article) == ["First paragraph, not a title.", "Second."]
    titled = import_file(source(tmp_path, "titled.md", "Big *Title*\n===\n\nBody.\n"), corpus_dir)
    assert titled.article.meta.title == "Big Title"
    assert content(titled.article) == ["Body."]


@pytest.mark.parametrize(("heading", "title"), [
    ("# ---", "---"), ("# ***", "***"), ("# 2020. A year in review", "2020. A year in review"), ("# - x", "- x"),
    ("# A *bold* [link](http://x) title", "A bold link title"), ("Setext title\n=====", "Setext title"),
    ("A setext title\nover two lines\n---", "A setext title over two lines"),
])
def test_a_leading_heading_is_the_title_as_written(heading: str, title: str) -> None:
    fields, body = convert_text(f"{heading}\n\nBody text here. More text.\n", ".md")
    assert fields["title"] == title
    assert body.strip() == "Body text here. More text."


@pytest.mark.parametrize(("first_line", "title"), [
    ("# Heatwave: six cities on alert", "Heatwave: six cities on alert"),
    ("## Heatwave ##", "Heatwave"),
    ("#1 in the charts again", "#1 in the charts again"),  # no heading: "#" with no space after it
])
def test_a_plain_text_file_opening_with_a_heading_mark_has_the_heading_s_text_as_title(
        first_line: str, title: str) -> None:
    fields, body = convert_text(f"{first_line}\n\nThe ministry raised the alert on Monday.\n", ".txt")
    assert fields["title"] == title
    assert "ministry raised the alert" in body
