"""A pronoun's gender: "She said" after a man was named means the last woman named, when the text makes both
genders plain (a title, a common given name); a person of unknown gender is never passed over."""

from __future__ import annotations

import pytest
from test_suggest import article
from test_suggest_speaker_rules import in_language, only_speaker, speakers

from workbench.gender import FEMININE, MASCULINE, genders


@pytest.mark.parametrize(("language", "title", "gender"), [
    ("en", "Ms", FEMININE),
    ("en", "Mr.", MASCULINE),
    ("en", "spokeswoman", FEMININE),
    ("fr", "Mme", FEMININE),
    ("fr", "directrice", FEMININE),
    ("es", "ministra", FEMININE),
    ("de", "Bürgermeisterin", FEMININE),
    ("de", "Polizeisprecherin", FEMININE),  # a compound ending in -in
    ("de", "Kreisbrandmeister", MASCULINE),  # a compound ending in a masculine title
    ("en", "Dr", None),
    ("en", "president", None),
    ("de", "Dr", None),
])
def test_a_title_tells_the_gender_only_where_it_is_plain(language: str, title: str, gender: str | None) -> None:
    assert genders(language).of_title(title) == gender


@pytest.mark.parametrize(("language", "name", "gender"), [
    ("en", "Rosalind Maybury", FEMININE),
    ("en", "Martin Ashdown", MASCULINE),
    ("fr", "Jean-Marc Lefèvre", MASCULINE),
    ("it", "Andrea Rossi", MASCULINE),  # a man's name in Italian
    ("de", "Andrea Kaufmann", FEMININE),  # a woman's in German
    ("fr", "Jean Dupont", MASCULINE),
    ("en", "Jean Holloway", None),  # a woman's name in English text, a man's in French: English news names both
    ("en", "Alex Morgan", None),  # common for both
    ("en", "Maybury", None),  # a surname alone
])
def test_a_common_given_name_tells_the_gender(language: str, name: str, gender: str | None) -> None:
    assert genders(language).of_name(name) == gender


def test_she_after_a_man_was_named_means_the_last_woman_named() -> None:
    a = article(
        "Martin Ashdown, 68, died at the scene in March.",
        "Assistant coroner Rosalind Maybury recorded a conclusion that he died in a road collision. She said she "
        "would write to the county council.",
    )
    assert speakers(a)[-1] == "Rosalind Maybury"


def test_he_after_a_woman_spoke_means_the_last_man_named() -> None:
    a = article(
        "The driver, Darren Lusby, told the inquest he had stopped at the junction.",
        "Harriet Dunmore, road safety manager at the county council, said there had been two crashes.",
        "“I never saw him,” he said.",
    )
    assert speakers(a) == ["Darren Lusby"]


def test_a_title_with_the_name_tells_the_gender_of_an_unfamiliar_given_name() -> None:
    a = article(
        "Dr Kerensa Polglaze treated the driver at the roadside, and the paramedic Jory Tregenza stayed with him.",
        "Ms Polglaze said the injuries were minor.",
        "Mr Tregenza thanked the crew.",
        "“It could have been far worse,” she said.",
    )
    assert speakers(a) == ["Kerensa Polglaze"]


def test_a_person_of_unknown_gender_is_never_passed_over() -> None:
    a = article(
        "Martin Ashdown, the parish chairman, opened the meeting.",
        "Sasha Ivers, a resident, said the junction was dangerous.",
        "“We have waited long enough,” she said.",
    )
    assert speakers(a) == ["Sasha Ivers"]


@pytest.mark.parametrize(("language", "paragraphs", "speaker"), [
    ("fr", ["Le maire, Jean-Marc Lefèvre, a ouvert la séance du conseil mardi soir.",
            "Sandrine Caron, infirmière à l'hôpital, a pris la parole après lui.",
            "Le maire a répondu que le dossier était à l'étude.",
            "Elle réclame une réunion publique avant la fin de l'année."], "Sandrine Caron"),
    ("pt", ["A moradora Dalva Rezende esperava na fila do centro comunitário.",
            "O prefeito Márcio Trindade disse que a ajuda chegaria na segunda-feira.",
            "“A gente já dormia com medo. Agora o medo virou verdade”, contou ela."], "Dalva Rezende"),
    ("de", ["Bürgermeisterin Renate Kolbeck besuchte am Montag die Baustelle.",
            "Bauleiter Stefan Obermaier sagte, die Arbeiten lägen im Zeitplan.",
            "Sie kündigte an, die Gemeinde werde die Kosten prüfen."], "Renate Kolbeck"),
])
def test_the_pronoun_s_gender_chooses_in_other_languages(language: str, paragraphs: list[str], speaker: str) -> None:
    assert speakers(in_language(language, *paragraphs))[-1] == speaker


def test_a_title_of_another_language_tells_nothing_in_english() -> None:
    """Spanish "director" is a man and Dutch "advocate" a woman; in English both words are either."""
    a = article(
        "Jane Hume, a senator, opened the hearing.",
        "Kevin Walsh, the committee chairman, spoke next.",
        "CIA Director Gina Haspel said the agency had changed.",
        "“We learned from our mistakes,” she said.",
    )
    assert speakers(a, 3) == ["Gina Haspel"]
    assert genders("en").of_title("director") is None and genders("es").of_title("director") == MASCULINE


def test_a_title_before_a_longer_surname_is_no_title_of_the_shorter() -> None:
    b = article(
        "Jane Hume, a teacher, helped at the scene.",
        "Sasha Ross was treated at the scene; Mr Rossiter, a neighbour, called the ambulance.",
        "Sasha Ross said the car came out of nowhere.",
        "“I was scared,” she said.",
    )
    assert speakers(b, 3) == ["Sasha Ross"]  # "Mr Rossiter" is no title of Ross


def test_a_name_inside_a_quotation_is_not_whom_a_later_pronoun_means() -> None:
    a = article(
        "Kevin Walsh, the party chairman, spoke first.",
        "“Voters trust Donald Trump,” said Mary Jones.",
        "“It was terrifying,” he said.",
    )
    assert speakers(a, 2) == ["Kevin Walsh"]


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("de", ["Bürgermeisterin Renate Kolbeck eröffnete die Sitzung.", "Bauleiter Stefan Obermaier und Karl Huber "
            "kamen später.", "Die Arbeiten lägen im Zeitplan, sagten sie."]),
])
def test_a_plural_verb_beside_sie_is_no_woman_s(language: str, paragraphs: list[str]) -> None:
    assert speakers(in_language(language, *paragraphs))[-1] != "Renate Kolbeck"


@pytest.mark.parametrize(("name", "gender"), [
    ("Georgia Gov. Brian Kemp", None),  # a place and a title read into a name
    ("Victoria Police", None),  # a place's force
    ("Coretta Scott King", None),  # a middle name that is a man's name is no given name ("Coretta" is unlisted)
])
def test_a_place_or_a_middle_name_gives_no_gender(name: str, gender: str | None) -> None:
    assert genders("en").of_name(name) == gender


@pytest.mark.parametrize(("said", "speaker"), [
    ("“We lose two days a week to the tide,” the woman said.", "unnamed"),  # not the man named before
    ("“We lose two days a week to the tide,” the man said.", "David Arlott"),
])
def test_the_woman_or_the_man_is_not_a_person_of_the_other_gender(said: str, speaker: str) -> None:
    a = in_language("en", "Port chairman David Arlott said the dredging would start in May.", said)
    assert only_speaker(a) == speaker
