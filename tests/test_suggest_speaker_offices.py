"""Speakers around titles and openings: an office between a title and its holder's name, participle
clauses and times opening a sentence, an organisation's initials in brackets, and articles of one
language only."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers


def test_office_between_title_and_name() -> None:
    a = in_language("en", "US Secretary of State Mike Pompeo said the injury was similar to those in Cuba.")
    assert only_speaker(a) == "Mike Pompeo"


def test_office_holder_with_an_initial_is_named_in_full() -> None:
    a = in_language("en", "The former Secretary of Defense Robert S. McNamara admitted that the attack never happened.")
    assert only_speaker(a) == "Robert S. McNamara"


def test_office_named_before_the_quotation_is_not_part_of_the_name() -> None:
    a = in_language("en", "“The vaccination campaign begins tomorrow,” Minister of Health Oly Ilunga told reporters.")
    assert only_speaker(a) == "Oly Ilunga"


def test_an_office_alone_is_no_person() -> None:
    a = in_language("en", "The Secretary of Homeland Security said the lanes would stay closed.")
    assert only_speaker(a) != "Homeland Security"


def test_participle_clause_opening_the_sentence_is_not_the_speaker() -> None:
    a = in_language("en", "Noah Lew was voted off the board.",
                    "Speaking to the Montreal Gazette on Friday, Lew said he felt vindicated.")
    assert only_speaker(a) == "Noah Lew"


def test_place_after_a_participle_clause_is_not_the_speaker() -> None:
    a = in_language("en", "Speaking in Ankara, Turkey, Pompeo said the kingdom had denied any role.")
    assert only_speaker(a) == "Pompeo"


def test_time_opening_the_sentence_is_not_the_speaker() -> None:
    a = in_language("en", "Late Thursday, Sen. Charles Grassley said his staff had discussed the issue.")
    assert only_speaker(a) == "Charles Grassley"


def test_organisation_initials_in_brackets_do_not_hide_the_subject() -> None:
    a = in_language("en", "David Hickey, a spokesman for the Security, Police, and Fire Professionals of America "
                          "(SPFPA), Campos’s union, said he got a text.")
    assert only_speaker(a) == "David Hickey"


def test_a_speaker_is_named_without_an_aside_a_title_or_german_inflection() -> None:
    """The pre-filled speaker is what a reference writes, so that accepting it needs no typing."""
    a = in_language("de", "Ortsvorsteher Bernd Kießling sprach von einem „Albtraum für die Anwohner“.")
    assert only_speaker(a) == "Bernd Kießling"
    a = in_language("de", "Der Landtagsabgeordnete Florian Seidl (Grüne) warf der Landesregierung vor, "
                          "die Sanierung zu verschleppen.")
    assert only_speaker(a) == "Florian Seidl"
    a = in_language("de", "Im vergangenen Jahr starben laut dem Statistischen Bundesamt mehr Menschen an Hitze.")
    assert only_speaker(a) == "Statistisches Bundesamt"
    a = in_language("en", "Cardinal Raymond Burke said the letter was clear.")
    assert only_speaker(a) == "Raymond Burke"


@pytest.mark.parametrize(("second", "speaker"), [
    ("The IG also said his team focused on the classified material.", "Michael Horowitz"),
    ("The IG report confirmed that the bureau erred.", "Michael Horowitz"),
    ("The BBC reported that the hearing ran late.", "BBC"),  # initials of no title named: the body
])
def test_the_initials_of_a_title_named_with_a_person_are_that_person(second: str, speaker: str) -> None:
    a = in_language("en", "DOJ Inspector General Michael Horowitz testified on Monday.", second)
    assert only_speaker(a) == speaker


def test_the_initials_of_a_one_word_title_are_no_title() -> None:
    a = in_language("en", "Governor Ann Ruiz spoke first.", "The G said the roads were shut.")
    assert only_speaker(a) != "Ann Ruiz"


def test_a_supervisor_of_an_office_is_a_title_before_the_name() -> None:
    a = in_language("en", "Citrus County Supervisor of Elections Susan Gale told state officials the date was wrong.")
    assert only_speaker(a) == "Susan Gale"


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # a body's initials the article gives are the body's, whatever title shares them
    (["The Election Commission (EC) announced the dates.", "Chief Election Commissioner Sunil Arora spoke.",
      "The EC said it had deployed extra staff."], "EC"),
    (["Under Secretary Ann Lee said it was done.", "“We are done,” the US said in a statement."], "US"),
    # a deputy's title holds no "PM"; the latest holder of the whole title is "the PM"
    (["Deputy Prime Minister Ann Lee spoke.", "Prime Minister Tom Hall spoke.", "The PM said the deal was done."],
     "Tom Hall"),
])
def test_title_initials_yield_to_bodies_and_deputies(paragraphs: list[str], speaker: str) -> None:
    assert speakers(in_language("en", *paragraphs))[-1] == speaker
