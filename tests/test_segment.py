"""Claim candidates: sentences, kept whole where one quotation spans several."""

from __future__ import annotations

import pytest

from workbench.segment import WordIndex, quote_regions, sentence_spans


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_plain_sentences_and_abbreviations() -> None:
    assert pieces("The U.S. is big. Mr. Smith agreed.") == ["The U.S. is big.", "Mr. Smith agreed."]


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov.", "Gen.", "Lt."])
def test_titles_do_not_end_a_sentence(title: str) -> None:
    text = f"Democratic Illinois {title} Danny Davis said so. Then he left."
    assert pieces(text) == [f"Democratic Illinois {title} Danny Davis said so.", "Then he left."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: “This is one. And two.” Then we left.', ['He said: “This is one. And two.”', "Then we left."]),
        ("„Das ist gut. Sehr gut“, sagte er. Ende.", ["„Das ist gut. Sehr gut“, sagte er.", "Ende."]),
        ("Il a dit « Non. Jamais. » Fin.", ["Il a dit « Non. Jamais. »", "Fin."]),
        ('A says "yes. really." B says no.', ['A says "yes. really."', "B says no."]),
    ],
)
def test_a_quotation_over_several_sentences_stays_one_candidate(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_unclosed_quotation_opening_the_paragraph_runs_to_its_end() -> None:
    # The multi-paragraph convention: no closing mark before the next paragraph.
    assert pieces("“It began. It goes on.") == ["“It began. It goes on."]


def test_unbalanced_mark_inside_a_paragraph_does_not_swallow_it() -> None:
    assert pieces("unbalanced “ quote here. Another sentence.") == ["unbalanced “ quote here.", "Another sentence."]


def test_spans_never_start_or_end_on_whitespace() -> None:
    text = "He said \n \n said"
    for start, end in sentence_spans(text):
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_quote_regions() -> None:
    assert quote_regions('a “b” c') == [(2, 5, True)]
    assert quote_regions("a “b c") == [(2, 6, False)]


def test_word_index_snaps_to_words() -> None:
    words = WordIndex("alpha beta  gamma")
    assert words.snap(2, 8) == (0, 10)
    assert words.snap(10, 12) is None
    assert list(words.words_in(0, 10)) == [0, 1]


def test_one_sentence_fast_path_agrees_with_the_splitter() -> None:
    from workbench.segment import _sentences

    for text in ["A plain line without a stop", "Ends with a stop.", "  padded sentence here.  ", "Wait…"]:
        expected = [(s, e) for s, e in _sentences(text)]
        assert sentence_spans(text) == expected


# ---------------------------------------------------------------- the faster tokenizer

TOKEN_TEXTS = [
    "",
    "   ",
    "The U.S. is big. Mr. Smith agreed.",
    "  (Mr. O'Neil) didn't say “U.S.-backed” iPhone… e.g., 3.5% [sic] ... x_y a-b «Hi!» -- ok?!",
    "He didn’t, she couldnʼt; they wouldn't.",
    "l'état 42nd\u200bzero-width. Tab\there;and, that:here—there ‘q’ (a)b. ¿Qué? Dr.Smith x... ...",
    "First paragraph.\n\nSecond one, after a blank line.\n \n\nThird.",
    "soft\u00adhyphen co\u2011operate ex\u2010wife under_score 1,000,000 3;4 a;b",
    "Words (in brackets) [and more] {braces} 「quotes」 and ...ellipses... at both ends...",
    "McDonald's iPhone eBay NASA's U.N.-led ABC123 123abc",
]

TOKEN_ATOMS = [
    "a", "n", "t", "Word", "iPhone", "Z", "é", "ß", "1", "42", " ", "  ", "\n", "\n\n", "\t", "\u200b", "\u00a0",
    ".", "...", "…", ",", ";", ":", "!", "?", "'", "’", "´", "ʹ", "ʼ", "′", '"', "“", "”", "«", "»", "(", ")", "[",
    "]", "-", "‐", "‑", "_", "\u00ad", "/", "@", "%", "n't", "'s", "U.S.", "Mr.", "¿", "—", "「", "」", "\u0300", "中",
    "\x1c", "\x1f", "\x85", "\u2007", "\u2028", "\u3000", "\u180e", "\ufeff", "McDonald", "ABC", "x1", "İ",
]


def syntok_tokens(text: str, base: int) -> list[tuple[str, str, int]]:
    from syntok.tokenizer import Tokenizer

    return [(t.spacing, t.value, t.offset) for t in Tokenizer(replace_not_contraction=False).tokenize(text, base)]


def our_tokens(text: str, base: int) -> list[tuple[str, str, int]]:
    from workbench.segment import _tokens

    return _tokens(text, base)


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_tokens_are_syntoks(text: str) -> None:
    for base in (0, 9):
        assert our_tokens(text, base) == syntok_tokens(text, base)


def test_random_text_tokens_are_syntoks() -> None:
    import random

    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(TOKEN_ATOMS) for _ in range(rng.randint(0, 30)))
        assert our_tokens(text, 3) == syntok_tokens(text, 3), repr(text)


def test_sentences_are_syntoks_with_either_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench import segment

    assert segment._fast_segmentation()  # the installed syntok passes the self-check
    texts = [*TOKEN_TEXTS, "He said: “This is one. And two.” Then we left.", "A. B. C. Dr. No. (I. e.) Go!"]
    fast = [segment._sentences(text) for text in texts]
    monkeypatch.setattr(segment, "_fast_segmentation", lambda: False)
    assert [segment._sentences(text) for text in texts] == fast


def test_a_copy_that_breaks_on_another_syntok_gives_way_to_syntok(monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench import segment

    def broken(text: str, base: int) -> list[tuple[str, str, int]]:
        raise IndexError("a syntok the copy was not written for")

    monkeypatch.setattr(segment, "_tokens", broken)
    segment._fast_segmentation.cache_clear()
    try:
        assert not segment._fast_segmentation()
        assert segment._sentences("One here. Two there.") == [(0, 9), (10, 20)]
    finally:
        monkeypatch.undo()
        segment._fast_segmentation.cache_clear()


def syntok_sentences(text: str) -> list[tuple[int, int]]:
    from syntok import segmenter

    return [(s[0].offset, s[-1].offset + len(s[-1].value)) for p in segmenter.analyze(text) for s in p]


SENTENCE_ATOMS = [
    "a", "The", "However", "Mr", "Dr", "Jan", "No", "no", "5", "123", "IV", "X", "x", "e", "U.S", "St", "etc", "iPhone",
    " ", " ", " ", "\n", "\n\n", ".", ".", "...", "…", "!", "?", ";", ":", ",", "'", '"', "’", "”", "“", "(", ")", "[",
    "]", "{", "}", "-", "said", "She", "In", "A", "I", "May", "vs", "‼", "。", "«", "»", "2018", "Corp", "n't",
]
BRACKET_ATOMS = [
    "(", ")", "(", ")", "[", "]", " ", " ", "A", "The", "word", "Word", ".", ".", "!", "?", "...", '"', "'", "”", ")",
    "long" * 5, "a b c d e f g h i j k l m n o p", "In", "x", "1", "(a)", "Fig", "No",
]


@pytest.mark.parametrize("atoms", [SENTENCE_ATOMS, BRACKET_ATOMS], ids=["words", "brackets"])
def test_random_text_sentences_are_syntoks(atoms: list[str]) -> None:
    import random

    from workbench.segment import _segmented

    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 60)))
        assert _segmented(text) == syntok_sentences(text), repr(text)


def test_segmenter_self_check_texts_split_into_several_sentences() -> None:
    from workbench.segment import _SELF_CHECK_SENTENCES, _segmented

    for text in _SELF_CHECK_SENTENCES:
        assert len(_segmented(text)) >= 2
        assert _segmented(text) == syntok_sentences(text)


def test_chunks_are_split_at_syntoks_white_space() -> None:
    """Our chunk pattern (re) and syntok's (regex, Unicode White_Space) agree on every character."""
    import sys

    from syntok.tokenizer import Tokenizer

    from workbench.segment import _SPACES

    theirs = Tokenizer._spaces
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(_SPACES.match(ch)) == bool(theirs.match(ch)), f"U+{code:04X}"
