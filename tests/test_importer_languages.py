"""Plain-text import of French, German, Spanish and Italian news: bylines and dates."""

from __future__ import annotations

import pytest

from workbench.importer import convert_text, parse_date


def metadata(*blocks: str) -> dict[str, str]:
    fields, _ = convert_text("Titel\n\n" + "\n\n".join(blocks) + "\n\nDer erste Satz des Artikels.\n", ".txt")
    return fields


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par Jeanne Martin", "Jeanne Martin"),
        ("Par Jeanne Martin et Paul-Henri Dubois", "Jeanne Martin et Paul-Henri Dubois"),
        ("Par Jeanne Martin, envoyée spéciale à Lyon", "Jeanne Martin"),
        ("PAR JEANNE MARTIN", "JEANNE MARTIN"),
        ("Von Anna Schmidt", "Anna Schmidt"),
        ("Von Anna Schmidt und Jonas Bergmann", "Anna Schmidt und Jonas Bergmann"),
        ("Von Anna Schmidt, dpa", "Anna Schmidt"),
        ("von Ursula von der Leyen", "Ursula von der Leyen"),
        ("Por Ana García", "Ana García"),
        ("Por Ana García y Luis Pérez | Madrid", "Ana García y Luis Pérez"),
        ("Di Marco Rossi", "Marco Rossi"),
        ("Di Giulia De Luca – Roma", "Giulia De Luca"),
    ],
)
def test_a_byline_in_french_german_spanish_or_italian(line: str, author: str) -> None:
    assert metadata(line).get("author") == author


@pytest.mark.parametrize(
    "line",
    [
        # Sentences and crossheads that start with the same words: a byline names people, each
        # with at least two names, and is not a sentence.
        "Par ailleurs, le maire a démissionné.",
        "Par Jeanne Martin, on sait peu de choses.",
        "Von Tätern und Opfern",
        "Von Montag an gilt die neue Regel.",
        "Von Berlin nach Rom",
        "Por Dios",
        "Por Qué",
        "Di Maio",
        "Di Battista attacca il governo",
        "Di Marco Rossi, il sindaco, si sa poco.",
        "Di Roma",
    ],
)
def test_a_line_that_only_starts_like_a_byline_is_not_one(line: str) -> None:
    assert "author" not in metadata(line)


def test_english_bylines_are_read_as_before() -> None:
    assert metadata("By Reuters").get("author") == "Reuters"
    assert metadata("By Jane Roe and John Doe").get("author") == "Jane Roe and John Doe"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. November 2026", "2026-11-12"),
        ("Berlin, 12. März 2026", "2026-03-12"),
        ("3. Okt. 2025", "2025-10-03"),
        ("1. Jänner 2026", "2026-01-01"),
        ("Stand: 30. Mai 2026", "2026-05-30"),
        ("14 novembre 2026", "2026-11-14"),
        ("1er août 2026", "2026-08-01"),
        ("5 décembre 2025", "2025-12-05"),
        ("Publié le 7 févr. 2026", "2026-02-07"),
        ("14 de noviembre de 2026", "2026-11-14"),
        ("Madrid, 2 de agosto de 2025", "2025-08-02"),
        ("3 marzo 2026", "2026-03-03"),
        ("22 febbraio 2026", "2026-02-22"),
        ("9 luglio 2025", "2025-07-09"),
        # English forms, as before:
        ("Global Research, September 29, 2021", "2021-09-29"),
        ("28 September 2021", "2021-09-28"),
        ("May 8, 2018", "2018-05-08"),
        # Not dates:
        ("31. Juni 2026", ""),
        ("12 maintenant 2026", ""),
    ],
)
def test_dates_in_french_german_spanish_and_italian(text: str, expected: str) -> None:
    assert parse_date(text) == expected


def test_a_german_dateline_gives_the_date_and_no_outlet() -> None:
    fields = metadata("Berlin, 12. November 2026")
    assert fields.get("published") == "2026-11-12"
    assert "outlet" not in fields


def test_a_date_inside_a_german_sentence_is_not_a_dateline() -> None:
    assert "published" not in metadata("Der Prozess hatte am 12. März 2026 begonnen.")


def test_each_name_of_a_foreign_byline_is_capitalised() -> None:
    assert "author" not in metadata("Di Roma è Bella")
    assert metadata("Di Roma De Luca").get("author") == "Roma De Luca"
