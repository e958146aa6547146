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
