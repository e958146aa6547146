"""Sources found wrong on the thirty-first round: the reader a text addresses is no source ("You think that …" is
what the writer says of them, in an open letter to the Pope), and a body's name cut after a comma or a joiner is the
body the article gives initials for."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, speakers

from workbench.suggest import suggest_paragraph


@pytest.mark.parametrize(("language", "text"), [
    ("en", "You think that all men are equal, but the law does not say so."),
    ("en", "You said last year that the plant would close."),
    ("fr", "Vous affirmez que la réforme protège les plus pauvres."),
    ("es", "Usted dijo que el puente estaría listo en marzo."),
    ("nl", "Jij zei vorig jaar dat de fabriek zou sluiten."),
])
def test_the_reader_addressed_is_no_source(language: str, text: str) -> None:
    a = in_language(language, text)
    assert [c.suggestion.label for c in suggest_paragraph(a, 0)] != ["quote"], speakers(a)
    assert all(s is None for s in speakers(a))


def test_a_third_person_still_speaks() -> None:
    assert speakers(in_language("en", "She said last year that the plant would close.", "Mary Lee runs it.",
                                "She thinks that all men are equal."), 2) == ["Mary Lee"]


# -- a body's name cut after a comma or a joiner is the body the article gives initials for (thirty-first round)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "El Ministerio del Ambiente, Agua y Transición Ecológica (MAATE) informó que enviará técnicos.", "MAATE"),
    ("pt", "A Associação das Indústrias de Madeira e Mobiliário de Portugal (AIMMP) defende que o aumento devia ser "
           "faseado.", "AIMMP"),
    # one word after "and" ends the list the name holds
    ("de", "Beim kantonalen Departement Bau, Verkehr und Umwelt (BVU) verweist man auf das laufende Verfahren.",
     "BVU"),
    # German reads the name as the sentence declines it as well as in the nominative
    ("de", "Nach Angaben des Deutschen Vereins des Gas- und Wasserfaches (DVGW) kommt es jedes Jahr zu einigen "
           "Dutzend solcher Unglücke.", "DVGW"),
])
def test_a_body_named_from_a_joiner_on_is_written_as_its_initials(language: str, text: str, expected: str) -> None:
    assert speakers(in_language(language, text)) == [expected]


@pytest.mark.parametrize(("language", "body", "person", "expected"), [
    ("es", "La Fundación Carlos Slim (FCS) donó dos millones.", "El empresario Carlos Slim dijo que seguirá ayudando.",
     "Carlos Slim"),
    ("fr", "La Fondation Nicolas Hulot (FNH) alerte sur les pesticides.", "Nicolas Hulot a déclaré qu’il fallait agir.",
     "Nicolas Hulot"),
])
def test_a_person_a_foundation_is_named_after_is_not_its_initials(language: str, body: str, person: str,
                                                                  expected: str) -> None:
    assert speakers(in_language(language, body, person), 1) == [expected]


@pytest.mark.parametrize(("language", "body", "sentence", "expected"), [
    ("fr", "Le Département fédéral de justice et police (DFJP) a ouvert une consultation sur la réforme.",
     "À Genève, un homme de 34 ans a été interpellé mardi soir, a indiqué la police.", "police"),
    ("en", "Japan's Ministry of Economy, Trade and Industry (METI) forecast growth of 2% this year.",
     "Demand for chips will stay strong through 2025, according to industry.", "industry"),
])
def test_a_kind_of_body_or_a_common_noun_after_and_is_not_the_body_s_initials(language: str, body: str,
                                                                            sentence: str, expected: str) -> None:
    assert speakers(in_language(language, body, sentence), 1) == [expected]


def test_one_word_after_of_is_not_the_body_whose_name_it_ends() -> None:
    # "Québec" ends "Institut national de santé publique du Québec (INSPQ)", after "of", not "and"
    a = in_language("fr", "L’Institut national de santé publique du Québec (INSPQ) publie une carte du radon.",
                    "Québec a annoncé un programme d’aide aux propriétaires.")
    assert speakers(a, 1) == ["Québec"]


def test_a_reader_pronoun_that_is_a_surname_the_article_named_still_speaks() -> None:
    assert speakers(in_language("en", "Tu Youyou won the Nobel prize in 2015.",
                                "Tu said the prize belonged to her team."), 1) == ["Tu Youyou"]


def test_a_name_ending_two_bodies_is_left_as_it_is() -> None:
    a = in_language("es", "La Agencia de Salud Pública (ASP) y el Instituto de Salud Pública (ISP) coinciden.",
                    "Según Salud Pública, la vacuna llegará en marzo.")
    assert speakers(a, 1) == ["Salud Pública"]


# -- a trade the lists do not know, opening a sentence before a name: the person is its subject


@pytest.mark.parametrize(("language", "opening", "quotation", "expected"), [
    ("en", "Graphic designer Maria Veldhuis, 39, works from home.", "“I drive to the library,” she says.",
     "Maria Veldhuis"),
    ("nl", "Grafisch ontwerper Anouk Veldhuis (39) werkt vanuit haar huis aan de Kanaalweg.",
     "‘Voor een videogesprek rij ik naar de bibliotheek’, zegt ze.", "Anouk Veldhuis"),
])
def test_a_person_after_a_trade_opening_the_sentence_is_who_she_means(
        language: str, opening: str, quotation: str, expected: str) -> None:
    assert speakers(in_language(language, opening, quotation), 1) == [expected]


@pytest.mark.parametrize("middle", [
    "Officers arrested Maria Lopez at her home.",
    "Residents thanked Maria Lopez for the bench.",
    "Happy birthday Maria Lopez, the card read.",
])
def test_a_person_after_a_subject_and_its_verb_is_no_subject(middle: str) -> None:
    a = in_language("en", "Police Chief Mary Brown spoke on Monday.", middle, "“We acted on a warrant,” she said.")
    assert speakers(a, 2) == ["Mary Brown"]

