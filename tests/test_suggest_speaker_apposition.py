"""Speakers as references write them: no leading article, a name in apposition after the source,
and a verb between commas in a language that drops its subject."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers


def test_described_institution_has_no_leading_article() -> None:
    a = in_language("fr", "Selon le service départemental d’incendie, quelque 120 sapeurs-pompiers ont été mobilisés.")
    assert only_speaker(a) == "service départemental d’incendie"


def test_english_description_has_no_leading_article() -> None:
    a = in_language("en", "The governor said the roads would reopen on Monday.")
    assert only_speaker(a) == "governor"


def test_name_in_apposition_after_the_source_speaks() -> None:
    a = in_language("de", "„Das ist ein Kahlschlag mit Ansage“, sagte die Erste Bevollmächtigte der IG Metall "
                          "Hallstedt, Sevgi Arslan.")
    assert only_speaker(a) == "Sevgi Arslan"


def test_italian_spokesman_in_apposition() -> None:
    a = in_language("it", "Il sindaco Alberto Castellani ha parlato a lungo.",
                    "«È la vittoria di una comunità», ha commentato il portavoce, Giorgio Lanfranchi, che ha chiesto "
                    "di destinare i fondi alla raccolta differenziata.")
    assert speakers(a)[0] == "Giorgio Lanfranchi"


def test_a_clause_after_the_source_is_no_apposition() -> None:
    a = in_language("en", "Livio Melina spoke at the conference.",
                    "In returning to that encyclical, explained the Italian professor, Amoris Laetitia could be read "
                    "in continuity.")
    assert speakers(a)[0] != "Amoris Laetitia"


def test_verb_between_commas_continues_the_speaker_in_a_pro_drop_language() -> None:
    a = in_language("it", "L'assessora all'Ambiente, Francesca Bellini, ha difeso il progetto, ha detto ieri.",
                    "I numeri del piano, ha spiegato, sono stati verificati dalla Regione.")
    assert only_speaker(a) == "Francesca Bellini"


def test_german_pronoun_after_a_closing_cue_is_the_speaker_not_the_clause_subject() -> None:
    a = in_language("de", "Der Landesvorsitzende der Gewerkschaft, Torsten Meier, wies die Kritik zurück.",
                    "Die Beschäftigten warteten seit Monaten auf ein Angebot, sagte er.")
    assert speakers(a)[-1] == "Torsten Meier"


def test_name_in_apposition_after_a_possessive_description_speaks() -> None:
    a = in_language("en", "Keith Ellison is running for attorney general.",
                    "Ellison’s ex-girlfriend, Karen Monahan, alleged in August that he dragged her off a bed.")
    assert only_speaker(a) == "Karen Monahan"


def test_name_in_apposition_after_a_place_description_speaks_not_the_place() -> None:
    a = in_language("en", "One resident of Puerto Rico's Caño Martín Peña neighborhood, Gladys Peña, told the Herald "
                          "that her home was built by people from the community.",
                    '"The one who designed it was me," she said.')
    assert only_speaker(a, 0) == "Gladys Peña"
    assert only_speaker(a, 1) == "Gladys Peña"


def test_party_aside_after_a_name_in_apposition_is_no_part_of_it() -> None:
    a = in_language("es", "El alcalde de Aldehuela, Jesús Marco (PP), fue más allá y acusó al Gobierno autonómico de "
                          "«desmantelar» la sanidad rural.")
    assert only_speaker(a) == "Jesús Marco"


def test_person_before_from_and_an_organisation_speaks() -> None:
    a = in_language("en", "Professor John Joe McFadden from the University of Surrey told MailOnline that the plague "
                          "had not developed resistance.")
    assert only_speaker(a) == "John Joe McFadden"


def test_a_surname_shared_with_a_longer_name_does_not_make_them_one_person() -> None:
    a = in_language("en", "Residents of the Caño Martín Peña district met on Monday.",
                    "Gladys Peña said the water had reached her windows.")
    assert only_speaker(a) == "Gladys Peña"


def test_a_shorter_form_of_a_known_name_with_a_title_is_that_person() -> None:
    a = in_language("en", "Thomas G. Weinandy wrote the letter in July.",
                    "Fr. Weinandy reveals that he decided to publish it after a sign.")
    assert only_speaker(a) == "Thomas G. Weinandy"


def test_an_initial_that_is_not_in_a_longer_name_is_another_person() -> None:
    a = in_language("en", "Gladys Caño Peña runs the clinic.", "R. Peña, her brother, said the water rose.")
    assert only_speaker(a) == "R. Peña"


def test_a_longer_capitalised_run_opening_a_sentence_is_no_person_cut_to_four_words() -> None:
    a = in_language("en", "The American Jewish Historical Society was founded to study Jewish history.",
                    'He had tweeted, "EU no longer considers Hamas a terrorist group."')
    assert only_speaker(a) != "American Jewish Historical"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("fr", "« Nous ne disons pas que les écrans rendent les enfants muets, explique la professeure Sophie Lambotte. "
           "Nous disons qu’ils prennent du temps. »", "Sophie Lambotte"),
    ("en", "“We are not saying screens make children mute, explains Professor Ann Lee. We are saying they take "
           "time.”", "Ann Lee"),
])
def test_a_cue_set_off_inside_the_marks_names_the_speaker(language: str, text: str, speaker: str) -> None:
    a = in_language(language, "Mark Hollis said the study was long.", text)
    assert speakers(a)[0] == speaker


def test_a_document_inside_the_marks_is_no_speaker() -> None:
    a = in_language("en", "Mark Hollis said the study was long.", "“The cuts, said the report, are too deep.”")
    assert speakers(a)[0] == "Mark Hollis"
