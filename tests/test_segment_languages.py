"""Sentence candidates in French, German, Spanish and Italian news: ordinals, guillemets, inversions."""

from __future__ import annotations

import pytest

from workbench.segment import sentence_spans

NBSP, NNBSP = "\u00a0", "\u202f"


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


# ---------------------------------------------------------------- German ordinals and dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Die 3. Große Strafkammer sah es als erwiesen an, dass die Angeklagten gemeinsam handelten.",
        "Der Prozess hatte am 12. März begonnen.",
        "Am 3. Oktober ist Feiertag.",
        "Er kam zum 2. Mal zu spät.",
        "Der 1. FC Köln spielt morgen.",
        "Das Gebäude stammt aus dem 19. Jahrhundert und wurde im 20. Jahrhundert umgebaut.",
        "Seit dem 1. Januar 2024 gilt die neue Regel.",
        "Die Frist läuft bis 31. Dezember.",
        "Berlin, 12. März 2026 – Die Polizei hat einen Verdächtigen festgenommen.",
        "Die Anhörung ist für den 14. April angesetzt.",
        "Die Sitzung vom 5. Mai wurde vertagt.",
        "Gewählt wurde am 26. September 2021.",
        "Das Urteil fiel am 3. Dez. im Landgericht.",
        "Der 2. Senat des Bundesverfassungsgerichts entschied anders.",
        "Vom 3. bis 5. Juni bleibt die Brücke gesperrt.",
        "Sie wurde beim 100. Jubiläum geehrt.",
    ],
)
def test_a_german_ordinal_or_date_does_not_end_the_sentence(sentence: str) -> None:
    text = f"{sentence} Danach ging es weiter."
    assert pieces(text) == [sentence, "Danach ging es weiter."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wurde 1990 geboren. Danach zog er um.", ["Er wurde 1990 geboren.", "Danach zog er um."]),
        ("Das Ergebnis war 3. Dann kam die Wende.", ["Das Ergebnis war 3.", "Dann kam die Wende."]),
        ("Er belegte Platz 3. Die anderen nicht.", ["Er belegte Platz 3.", "Die anderen nicht."]),
        # "am 5." is a date without its month here: a pronoun after it starts a sentence.
        ("Er kam am 5. Er ging am 6. Das war alles.", ["Er kam am 5.", "Er ging am 6.", "Das war alles."]),
        ("He was born in 1990. He moved.", ["He was born in 1990.", "He moved."]),
        ("It happened in 2019. The end came later.", ["It happened in 2019.", "The end came later."]),
        ("I am 12. Tom is 14.", ["I am 12.", "Tom is 14."]),
        ("The score was 12. April Jones scored next.", ["The score was 12.", "April Jones scored next."]),
        ("Chapter 11. November came early that year.", ["Chapter 11.", "November came early that year."]),
    ],
)
def test_a_number_that_ends_a_sentence_still_ends_it(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


# ---------------------------------------------------------------- with syntok itself


def test_the_corrections_hold_when_syntok_itself_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy of syntok can give way to syntok (another version): the corrections come after either."""
    from workbench import segment

    texts = [
        "Die 3. Große Strafkammer tagte. Der Prozess hatte am 12. März begonnen. Er kam am 5. Er ging.",
    ]
    fast = [pieces(text) for text in texts]
    monkeypatch.setattr(segment, "_fast_segmentation", lambda: False)
    segment._cached_sentence_spans.cache_clear()
    try:
        assert [pieces(text) for text in texts] == fast
    finally:
        segment._cached_sentence_spans.cache_clear()
