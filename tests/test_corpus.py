"""Reading corpus articles: Markdown, plain text, front matter, hostile bytes, big files."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ALPHA_MD, SEED_004

from workbench.corpus import (
    Corpus,
    CorpusError,
    boilerplate_reason,
    load_article,
    parse_article,
    peek_meta,
    plain_paragraphs,
)
from workbench.model import Article
from workbench.textclean import canonical, decode, one_line, strip_unsafe


def md(text: str, name: str = "a") -> Article:
    return parse_article(text, name, Path(f"{name}.md"), markdown=True)


def txt(text: str, name: str = "a") -> Article:
    return parse_article(text, name, Path(f"{name}.txt"), markdown=False)


def texts(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# ---------------------------------------------------------------- Markdown


def test_markdown_inline_markup_is_resolved() -> None:
    article = md("Some *emph*, **strong**, [a link](http://x.org) and \\*escaped\\* `code` &amp; &copy; done.\n")
    assert texts(article) == ["Some emph, strong, a link and *escaped* code & © done."]


def test_markdown_headings_and_kinds() -> None:
    article = md(ALPHA_MD)
    assert article.meta.title == "Alpha story"
    assert article.meta.outlet == "Test Outlet"
    assert article.meta.published == "2024-05-01"
    assert [(p.index, p.kind) for p in article.paragraphs] == [
        (0, "heading"), (1, "content"), (2, "content"), (3, "boilerplate"), (4, "content"),
    ]
    assert article.paragraphs[2].text == "“We are pleased,” said the mayor. Critics called it a disgrace."


def test_setext_headings_block_quotes_lists_code_and_images() -> None:
    article = md("Big\n===\n\n> quoted\n\n- one\n- two\n\n```\ncode here\n```\n\n![alt text](i.png)\n")
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        ("heading", "Big"), ("content", "quoted"), ("content", "one"), ("content", "two"),
        ("content", "code here"), ("content", "alt text"),
    ]


def test_html_blocks_lose_their_tags() -> None:
    article = md("<div class='x'>Inside <b>html</b></div>\n\nafter\n")
    assert texts(article) == ["Inside html", "after"]


def test_hard_breaks_stay_newlines_soft_breaks_become_spaces() -> None:
    article = md("line one\nline two  \nline three\n")
    assert texts(article) == ["line one line two\nline three"]


# ---------------------------------------------------------------- plain text


def test_plain_text_first_line_is_the_title() -> None:
    article = txt("The Title\n\nFirst paragraph\nwrapped here.\n\nSecond one.\n")
    assert article.meta.title == "The Title"
    assert texts(article) == ["First paragraph wrapped here.", "Second one."]
    assert all(p.kind == "content" for p in article.paragraphs)


def test_plain_text_keeps_markdown_characters_literally() -> None:
    article = txt("T\n\n*not emphasis* and [not](a link) # and \\ backslash\n")
    assert texts(article) == ["*not emphasis* and [not](a link) # and \\ backslash"]


def test_one_paragraph_per_line_text_is_split_into_paragraphs() -> None:
    # Scrapers (newspaper3k) write one paragraph per line with no blank lines.
    body = "\n".join(f"Sentence number {i} ends here." for i in range(6))
    assert plain_paragraphs(body) == [[f"Sentence number {i} ends here."] for i in range(6)]


def test_hard_wrapped_text_is_joined() -> None:
    body = (
        "The council met on Monday to discuss the budget for the coming\n"
        "year, and after a long debate that lasted well into the evening\n"
        "it approved the plan.\n"
    )
    assert plain_paragraphs(body) == [[line.strip() for line in body.strip().split("\n")]]


def test_sentence_per_line_blocks_stay_paragraphs_when_blank_lines_separate_them() -> None:
    body = "A first. A second.\nA third.\n\nB first.\nB second.\n\nC only.\n"
    joined = [" ".join(p) for p in plain_paragraphs(body)]
    assert joined == ["A first. A second. A third.", "B first. B second.", "C only."]


# ---------------------------------------------------------------- front matter


def test_front_matter_fields_and_yaml_11_values_stay_text() -> None:
    article = md("---\ntitle: 1.10\nauthor: no\npublished: 2021-09-29\nextra: {a: 1}\n---\nbody\n")
    assert article.meta.title == "1.10"
    assert article.meta.author == "no"
    assert article.meta.published == "2021-09-29"
    assert texts(article) == ["body"]


@pytest.mark.parametrize(
    ("front", "line", "reason"),
    [
        ("title: [unclosed\n", 3, "front matter:"),
        ("title: a\ntitle: b\n", 3, "duplicate key 'title'"),
        ("- a\n- b\n", 2, "front matter must be a mapping"),
        ("title: [a, b]\n", 2, "'title' must be text"),
        ("a: &x 1\nb: *x\n", 3, "aliases"),
        ("\ttitle: x\n", 2, "tab"),
    ],
)
def test_broken_front_matter_names_file_and_line(tmp_path: Path, front: str, line: int, reason: str) -> None:
    path = write(tmp_path, "bad.md", f"---\n{front}---\n\nBody text.\n")
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: "), message
    assert reason in message


def test_malicious_front_matter_never_executes(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, "evil.md", f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nx\n")
    with pytest.raises(CorpusError, match="not allowed"):
        load_article(path)
    assert not marker.exists()


def test_alias_bomb_front_matter_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]")
    path = write(tmp_path, "bomb.md", "---\n" + "\n".join(lines) + "\n---\nbody\n")
    with pytest.raises(CorpusError, match="aliases"):
        load_article(path)


def test_empty_and_unclosed_front_matter() -> None:
    assert texts(md("---\n---\nbody\n")) == ["body"]
    article = md("---\ntitle: never closed\n\nBody text.\n")
    assert article.meta.title == ""
    assert any("never closed" in w for w in article.warnings)


def test_front_matter_values_are_made_safe() -> None:
    article = md('---\ntitle: "\\e[31mRed\\e[0m [bold]x[/] \\u202eevil"\n---\nbody\n')
    assert article.meta.title == "Red [bold]x[/] evil"


# ---------------------------------------------------------------- bad bytes


def test_empty_and_whitespace_only_files(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="empty"):
        load_article(write(tmp_path, "empty.md", b""))
    with pytest.raises(CorpusError, match="only whitespace"):
        load_article(write(tmp_path, "blank.txt", b"  \n\t\r\n \n"))


def test_article_without_text_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "only-meta.md", "---\ntitle: T\n---\n\n\x1b[0m\n"))
    assert article.paragraphs == ()
    assert article.warnings == ("the article has no text",)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 500 + bytes(range(256)),
        bytes(range(256)) * 20,
    ],
)
def test_binary_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "binary.txt", data)
    with pytest.raises(CorpusError) as caught:
        load_article(path)
    assert str(caught.value).startswith(str(path))
    assert "binary" in str(caught.value)


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", "Title\n\nSome text here.\n".encode("utf-16-le"))
    with pytest.raises(CorpusError, match="UTF-16"):
        load_article(path)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "wide.txt", "Title\n\nSome text é.\n".encode("utf-16")))
    assert texts(article) == ["Some text é."]


def test_cp1252_is_the_stated_fallback(tmp_path: Path) -> None:
    data = "Title\n\nCaf\xe9 \x93quoted\x94 \x80 sign.\n".encode("latin-1")
    article = load_article(write(tmp_path, "old.txt", data))
    assert texts(article) == ["Café “quoted” € sign."]
    assert any("cp1252" in w for w in article.warnings)
    assert decode(data)[1] == "cp1252"


def test_mostly_utf8_keeps_utf8_and_replaces_the_few_bad_bytes(tmp_path: Path) -> None:
    # A stray cp1252 byte, or a download cut mid-character, must not turn every “ into â€œ.
    data = "Title\n\nCafé “quoted” and a stray ".encode() + b"\x93" + " word.\n\nCut “".encode()[:-1]
    article = load_article(write(tmp_path, "mixed.txt", data))
    assert texts(article) == ["Café “quoted” and a stray \ufffd word.", "Cut \ufffd"]
    assert any("not valid UTF-8" in w for w in article.warnings)
    assert decode(data)[1] == "utf-8-replaced"


def test_bom_and_crlf(tmp_path: Path) -> None:
    data = "\ufeff---\r\ntitle: T\r\n---\r\n\r\nOne\r\ntwo.\r\n\r\nThree.\r\n".encode()
    article = load_article(write(tmp_path, "crlf.md", data))
    assert article.meta.title == "T"
    assert texts(article) == ["One two.", "Three."]
    old_mac = load_article(write(tmp_path, "cr.txt", b"Title\r\rOne.\r\rTwo.\r"))
    assert texts(old_mac) == ["One.", "Two."]


def test_control_characters_escapes_and_bidi_overrides_are_stripped(tmp_path: Path) -> None:
    raw = (
        "Title\n\n"
        "a\x00b\x07c \x1b[31mred\x1b[0m \x1b]8;;http://evil\x07link\x1b]8;;\x07 "
        "\x1b]0;window title\x1b\\ \u202eright-to-left override\u202c \u2066iso\u2069 \x9b2J\x7f end\n"
    )
    article = load_article(write(tmp_path, "hostile.txt", raw.encode()))
    (text,) = texts(article)
    assert text == "abc red link  right-to-left override iso  end"
    for bad in ("\x00", "\x07", "\x1b", "\x9b", "\x7f", "\u202e", "\u2066", "\ufffd"):
        assert bad not in text


def test_unterminated_escape_does_not_swallow_the_article() -> None:
    assert canonical("before \x1b]0;no terminator, then the article goes on") == (
        "before 0;no terminator, then the article goes on"
    )


def test_nul_in_markdown_is_removed_not_replaced() -> None:
    assert texts(md("a\x00b\n")) == ["ab"]


def test_canonical_is_idempotent_and_normalises() -> None:
    raw = "  e\u0301 tab\there \u2028next\x85line\u00a0 "
    once = canonical(raw)
    assert once == "é tab here \nnext\nline"
    assert canonical(once) == once


def test_strip_unsafe_and_one_line() -> None:
    assert strip_unsafe("\ud800ok") == "\ufffdok"
    assert one_line("  many\n  lines\there ", 0) == "many lines here"
    assert one_line("x" * 10, 5) == "xxxx…"


def test_rich_and_textual_markup_is_kept_as_text() -> None:
    markup = "Text with [bold]markup[/] and [@click=app.quit]click[/] and [link=http://x]l[/link]"
    assert texts(md(markup + "\n")) == [markup]
    assert texts(txt("Title\n\n" + markup + "\n")) == [markup]


def test_wide_and_right_to_left_text() -> None:
    article = txt("标题\n\n中文段落。这是一个测试。\n\n😀 emoji 👨\u200d👩\u200d👧 family\n\nمرحبا بالعالم، هذا نص.\n")
    assert article.meta.title == "标题"
    assert texts(article) == [
        "中文段落。这是一个测试。", "😀 emoji 👨\u200d👩\u200d👧 family", "مرحبا بالعالم، هذا نص.",
    ]


def test_unbalanced_quotation_marks() -> None:
    article = txt("T\n\n“Opened and never closed.\n\nClosed” but never opened. « Et en français\n")
    assert texts(article) == ["“Opened and never closed.", "Closed” but never opened. « Et en français"]


# ---------------------------------------------------------------- size


def test_one_megabyte_single_paragraph(tmp_path: Path) -> None:
    body = "A long paragraph with “quotes”, commas and *emphasis*. " * 18_000
    article = load_article(write(tmp_path, "big.md", "---\ntitle: Big\n---\n\n" + body + "\n"))
    assert len(article.paragraphs) == 1
    assert len(article.paragraphs[0].text) > 900_000
    assert article.paragraphs[0].kind == "content"


def test_twenty_thousand_paragraphs(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {i} says something." for i in range(20_000))
    for name in ("many.md", "many.txt"):
        article = load_article(write(tmp_path, name, "Title\n\n" + body + "\n"))
        assert len([p for p in article.paragraphs if p.kind == "content"]) >= 20_000
        assert article.paragraphs[-1].text == "Paragraph 19999 says something."


def test_too_large_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.corpus.MAX_ARTICLE_BYTES", 100)
    with pytest.raises(CorpusError, match="too large"):
        load_article(write(tmp_path, "big.txt", "x" * 200))


# ---------------------------------------------------------------- boilerplate


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Note to readers: Please click the share buttons above or below.", "share or follow prompt"),
        ("Follow on Twitter: Follow @PrisonPlanet", "social media link"),
        ("PayPal: someone@example.org", "payment link"),
        ("Please help support us with cryptocurrency donations.", "donation or membership appeal"),
        ("Become a Member of Global Research", "donation or membership appeal"),
        ("You may opt out at anytime.", "subscription or poll prompt"),
        ("Advertisement", "advertisement"),
        ("Disclaimer: The contents of this article are of sole responsibility of the author(s).", "disclaimer"),
        ("Copyright © South Front, 2021", "copyright line"),
        ("The original source of this article is South Front", "original source line"),
        ("Article posted with permission from Pamela Geller", "syndication credit"),
        ("This report was originally published by Tyler Durden at Zero Hedge", "syndication credit"),
        ("Region: Europe", "navigation"),
        ("Our Latest Articles", "navigation"),
        ("REUTERS/Chris Wattie", "photo credit"),
        ("By South Front", "byline"),
        ("Global Research, September 29, 2021", "dateline"),
        ("[Emphasis added]", "editor's note on the text"),
        ("(emphasis in original)", "editor's note on the text"),
        ("Par Claire Dubois", "byline"),
        ("Von Anna Schmidt und Jonas Weber", "byline"),
        ("Por María López", "byline"),
        ("14 novembre 2026", "dateline"),
        ("Paris, 1er août 2026", "dateline"),
        ("12. November 2026", "dateline"),
        ("Madrid, 14 de noviembre de 2026", "dateline"),
        ("3 marzo 2026", "dateline"),
        ("* * *", "separator"),
        ("https://example.org/a/b", "bare link"),
        ("https://southfront.org/video/28.09.21_IMR_Serbia.mp4", "bare link"),
        ("— Donald J. Trump (@realDonaldTrump) October 18, 2018", "tweet footer"),
        ("pic.twitter.com/5pnK5dkkE6 — Alejandro (@agarciapadilla) October 21, 2017", "tweet footer"),
        ("https://t.co/CjSFJmng7Z — Sen. Patrick Leahy (@SenatorLeahy) August 1, 2018", "tweet footer"),
        ("jmagder@postmedia.com", "contact line"),
        ("Twitter.com/JasonMagder", "contact line"),
        ("A Section on 05/24/2018", "print edition line"),
    ],
)
def test_boilerplate_rules(text: str, rule: str) -> None:
    assert boilerplate_reason(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "By now, we have all heard of the story.",
        "Leading scholar Robert Spencer, meanwhile, is not just a target at Facebook: Patreon and PayPal "
        "both cut him off last year after a campaign by activists who called him a bigot.",
        "He was ordained to the priesthood on June 23, 1995.",
        "Originally published in 1950, the book sold a million copies.",
        "The court ruled that quoting a few lines is fair use, and the publisher lost its case against "
        "the blogger after a trial that lasted three years and cost millions of dollars in fees. " * 2,
        "Editor’s Note: This is probably a reason why reporters were barred from entering the building "
        "where the meeting was held, and why the mayor refused to comment.",
        "Officials said the plan would take a year.",
        "Par ailleurs, le ministre a démissionné le 14 novembre 2026.",
        "Von Montag an gilt die neue Regel.",
        "Le procès s'ouvrira le 3 mars 2027 à Paris devant la cour d'assises.",
        "— and then, Trump (@realDonaldTrump) wrote that the wall would be built by the end of the year.",
        "Write to jmagder@postmedia.com with tips about the story.",
    ],
)
def test_article_text_is_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


def test_poll_widget_region_is_marked_but_not_the_article_around_it() -> None:
    lines = [
        "The story starts here and it is real.",
        "take our poll - story continues below",
        "Whom do you consider to be the most corrupt politician?",
        "* Option one Option two",
        "Email *",
        "Completing this poll grants you access to updates free of charge.",
        "You may opt out at anytime.",
        "You also agree to this site's Privacy Policy and Terms of Use.",
        "The story goes on here and it is real too.",
    ]
    article = txt("Title\n\n" + "\n\n".join(lines) + "\n")
    kinds = [p.kind for p in article.paragraphs]
    assert kinds == ["content"] + ["boilerplate"] * 7 + ["content"]


def test_region_without_an_end_marks_nothing_extra() -> None:
    article = txt("Title\n\ntake our poll - story continues below\n\nWho is right?\n\nReal text follows.\n")
    assert [p.kind for p in article.paragraphs] == ["boilerplate", "content", "content"]


def test_seed_004_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "seed.md"
    path.write_bytes(SEED_004.read_bytes())
    article = load_article(path)
    content = [p for p in article.paragraphs if p.kind == "content"]
    assert len(content) == 15
    assert content[0].text.startswith("The Western Balkans are heating up")
    assert content[-1].text.startswith("Still, this does provide Russia")


# ---------------------------------------------------------------- the corpus folder


def test_corpus_index_and_cache(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write(corpus_dir, "b.md", "---\ntitle: B\n---\nbody b\n")
    write(corpus_dir, "a.txt", "Title A\n\nbody a\n")
    write(corpus_dir, "a.md", "---\ntitle: dup\n---\nx\n")
    write(corpus_dir, ".hidden.md", "x\n")
    write(corpus_dir, "notes.docx", "x\n")
    (corpus_dir / "folder.md").mkdir()
    corpus = Corpus(corpus_dir, cache_size=1)
    assert corpus.ids == ("a", "b")
    assert [p.name for p in corpus.duplicates] == ["a.txt"]
    assert corpus.get("a").meta.title == "dup"
    assert corpus.get("a") is corpus.get("a")
    corpus.get("b")
    assert corpus.peek("b") == {"title": "B"}
    with pytest.raises(KeyError):
        corpus.get("missing")
    assert Corpus(tmp_path / "nowhere").ids == ()


def test_load_all_reports_broken_articles(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    write(corpus_dir, "good.md", "---\ntitle: G\n---\nbody\n")
    write(corpus_dir, "bad.md", "---\ntitle: [x\n---\nbody\n")
    articles, errors = Corpus(corpus_dir).load_all()
    assert [a.id for a in articles] == ["good"]
    assert [e.path.name for e in errors] == ["bad.md"]


def test_peek_meta_survives_a_character_cut_at_the_read_limit(tmp_path: Path) -> None:
    # The index reads the first 8 KB; a multi-byte character cut there must not turn into cp1252.
    front = "---\ntitle: Приштина\n---\n"
    filler = "é" * 5000
    path = write(tmp_path, "cut.md", front + filler)
    assert peek_meta(path) == {"title": "Приштина"}


def test_not_an_article_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not an article file"):
        load_article(write(tmp_path, "x.html", "<p>x</p>"))
    with pytest.raises(CorpusError, match="cannot read"):
        load_article(tmp_path / "missing.md")


def test_a_tweet_footer_names_its_author_and_nothing_else_does() -> None:
    from workbench.corpus import tweet_footer_author

    assert tweet_footer_author("https://t.co/CjSFJmng7Z — Sen. Patrick Leahy (@SenatorLeahy) August 1, 2018") \
        == "Sen. Patrick Leahy"
    assert tweet_footer_author("— Donald J. Trump (@realDonaldTrump) October 18, 2018") == "Donald J. Trump"
    assert tweet_footer_author("Great news today! — Ann Lee (@annlee) May 1, 2018") is None  # the tweet's own words
    assert tweet_footer_author("He wrote to @annlee (@annlee) on May 1, 2018.") is None
