"""A source after its verb, closing the sentence ("…, said the FBI.", "…, adiantou a AMN na terça-feira."): rules
found wrong on the twenty-third multilingual blind round."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker

from workbench.suggest import suggest_paragraph


@pytest.mark.parametrize(("language", "text", "who"), [
    ("en", "The searches will resume on Wednesday, said the FBI.", "FBI"),
    ("pt", "As buscas serão retomadas esta quarta-feira, adiantou a AMN.", "AMN"),
])
def test_initials_closing_the_sentence_keep_no_full_stop(language: str, text: str, who: str) -> None:
    """"FBI." ends the sentence: the full stop is no abbreviation's, as "U.S." or "Sen." keep theirs (the phrase
    read as "FBI." named no one, and the sentence was a fact)."""
    assert only_speaker(in_language(language, text)) == who


@pytest.mark.parametrize(("text", "who"), [
    ("As buscas serão retomadas, disse a Marinha ontem.", "Marinha"),
    ("Serão retomadas ao nascer do dia, adiantou a AMN na terça-feira.", "AMN"),
])
def test_portuguese_a_before_a_name_is_the_article(text: str, who: str) -> None:
    """Portuguese "a" is the article as well as "to": "disse a Marinha" is the Navy speaking, not someone telling
    it (and "Serão", a verb opening the sentence, is no one)."""
    assert only_speaker(in_language("pt", text)) == who


def test_portuguese_a_before_a_plural_noun_is_still_to() -> None:
    a = in_language("pt", "As buscas serão retomadas, contou a jornalistas o comandante Rui Teles.")
    assert only_speaker(a) == "Rui Teles"


def test_a_description_after_the_verb_is_the_body_not_what_its_relative_clause_names() -> None:
    a = in_language("pt", "A Fundação Mesquita Abranches atribui o prémio desde 2014.",
                    "Albertina Maia venceu a 12.ª edição do prémio, anunciou esta quinta-feira a fundação que "
                    "atribui o galardão.")
    assert only_speaker(a) == "Fundação Mesquita Abranches"


def test_a_generic_body_after_the_verb_is_the_body_the_sentence_named() -> None:
    a = in_language("pt", "A Agência Portuguesa do Ambiente (APA) vai avançar com a demolição de 37 habitações, "
                          "informou hoje o organismo.")
    assert only_speaker(a) == "APA"


@pytest.mark.parametrize("text", [
    "Les travaux dureront deux ans, a annoncé la mairie mercredi.",
    "Les travaux dureront deux ans, a annoncé la mairie mercredi soir.",
])
def test_a_time_after_the_closing_source_leaves_it_the_source(text: str) -> None:
    assert only_speaker(in_language("fr", text)) == "mairie"


@pytest.mark.parametrize("text", [
    "As buscas serão retomadas, disse a um jornal local o comandante Rui Teles.",
    "As buscas serão retomadas, disse a cada família o comandante Rui Teles.",
    "As buscas serão retomadas, disse na noite de domingo o comandante Rui Teles.",
])
def test_portuguese_a_before_a_determiner_is_to_and_a_time_s_complement_is_skipped(text: str) -> None:
    assert only_speaker(in_language("pt", text)) == "Rui Teles"


def test_a_source_ending_the_paragraph_after_a_comma_cue_does_not_crash() -> None:
    """Found by fuzzing: a German subject found at the very end of the tokens read past them."""
    a = in_language("de", "petition Undersheriff FBI ’s isn't , said que online Rodriguez’s Sheep Wit na governo "
                          "Pieter")
    assert len(suggest_paragraph(a, 0)) >= 1


def test_a_body_named_with_its_place_ends_there_and_the_autarquia_is_that_body() -> None:
    """"A Câmara Municipal de Vouzela vai abrir …": the name ends with its place, not at "abrir"; "a autarquia"
    (the municipal body, a generic word) after the verb leaves it the source."""
    a = in_language("pt", "A Câmara Municipal de Vouzela vai abrir um centro de acolhimento, informou hoje a "
                          "autarquia.")
    assert only_speaker(a) == "Câmara Municipal de Vouzela"


def test_a_place_after_the_place_stays_in_the_body_s_name() -> None:
    a = in_language("es", "La Subdelegación del Gobierno en Huesca abrirá un centro, informó hoy.")
    assert only_speaker(a) == "Subdelegación del Gobierno en Huesca"
