"""Cues that do not attribute the sentence: names, subordinate and relative clauses, consent, modal passives."""

from __future__ import annotations

import pytest
from test_suggest import label, one, speaker


@pytest.mark.parametrize("text", [
    "Sixty one of those arrested illegally re-entered the United States after having been deported.",
    "The group published its findings in Consumer Reports last spring.",
])
def test_a_capitalised_cue_inside_a_name_is_no_verb(text: str) -> None:
    assert label(text) == "fact"


def test_a_title_case_headline_keeps_its_verb() -> None:
    assert label("Iran Admits To Facilitating The Attacks") == "quote"


@pytest.mark.parametrize("text", [
    "The US reduced its workforce in Havana in 2017 after its personnel and their families reported "
    "experiencing health issues.",
    "The two men were convicted in 2012 after an Oregon jury found they had committed arson.",
    "The council kept the park open because residents complained about the noise at night.",
])
def test_a_cue_in_an_adverbial_clause_leaves_the_sentence_to_the_author(text: str) -> None:
    assert label(text) == "fact"


def test_a_subordinate_clause_before_the_main_cue_does_not_hide_it() -> None:
    assert label("Although health officials have said the threat is low, they’ve also said no one is safe.") == "quote"
    assert label("After the meeting, the minister said the talks had failed.") == "quote"


def test_direct_speech_in_a_subordinate_clause_is_still_someone_s() -> None:
    assert label("The council closed the park after residents called it “a disgrace”.") == "quote"


def test_hearsay_in_a_relative_clause_is_the_clause_s_only() -> None:
    text = "The police failed to count one victim of the massacre which reportedly left 58 people dead."
    found = one(text).suggestion
    assert (found.label, found.attributes["device"]) == ("framing", "hedging")  # the author's distance
    assert label("The minister reportedly resigned on Monday.") == "quote"


def test_a_participle_after_a_non_restrictive_relative_clause_belongs_to_it() -> None:
    text = ("The case involves Cody Wilson, founder of Defense Distributed, who sued the government in 2015, "
            "saying the rules violated his rights.")
    assert label(text) == "fact"


@pytest.mark.parametrize(("text", "who"), [
    ("Jan Smith, who heads the board, resigned on Monday, saying he was tired.", "Jan Smith"),
    ("A former sailor who received a pardon is planning to sue officials, alleging that he was treated unfairly.",
     "unnamed"),
])
def test_a_participle_after_the_main_verb_is_the_subject_s(text: str, who: str) -> None:
    assert label(text) == "quote"
    if who != "unnamed":
        assert speaker(text) == who


def test_agreeing_to_do_something_reports_no_words() -> None:
    assert label("The State Department also agreed to pay $40,000 of his legal fees.") == "fact"
    assert label("The minister agreed that the plan had failed.") == "quote"


def test_a_modal_passive_is_the_author_s_characterisation() -> None:
    found = one("In what can only be described as gross negligence, the police lost the files.").suggestion
    assert found.label == "framing"
    assert label("He was described as a loner.") == "quote"


def test_a_contracted_pronoun_is_a_subject() -> None:
    assert speaker("Ana Lopez runs the clinic.", "She’s repeatedly said the clinic is full.") == "Ana Lopez"


def test_a_straight_mark_closes_a_curly_one_within_a_paragraph() -> None:
    text = "\"I have faith in our president,” Susie Hammond, the wife of the rancher, told The Oregonian last month."
    assert speaker(text) == "Susie Hammond"


def test_a_mismatched_mark_does_not_close_a_quotation_left_open_paragraphs_before() -> None:
    found = one("“The president noticed my career.", "Conservative commentator Dinesh D'Souza had pleaded guilty.",
                'Trump tweeted: "Will be giving a Full Pardon today."')
    assert found.suggestion.attributes["speaker"] == "Trump"


def test_a_quoted_title_with_a_byline_is_its_writer_s() -> None:
    text = "“Iran Admits To Facilitating 9/11 Terror Attacks,” by Adam Kredo, Washington Free Beacon, June 8, 2018:"
    assert speaker(text) == "Adam Kredo"


def test_a_camp_as_subject_is_a_generalisation() -> None:
    found = one("The mainstream media dismissed it as a conspiracy theory.").suggestion
    assert (found.label, found.attributes["device"]) == ("framing", "generalisation")


@pytest.mark.parametrize("text", [
    "Officials in Washington said the talks had failed.",
    "A US embassy worker in China has reported experiencing “abnormal sensations of sounds”.",
])
def test_a_source_in_a_place_is_the_source_not_the_place(text: str) -> None:
    assert speaker(text) == "unnamed"


def test_a_family_name_in_the_plural_is_everyone_named_with_it() -> None:
    who = speaker("Dwight Hammond, 76, and Steven Hammond, 49, were convicted in 2012.",
                  "The Hammonds asserted they were protecting their property.")
    assert who == "Dwight Hammond and Steven Hammond"
    later = speaker("Dwight Hammond, 76, and Steven Hammond, 49, were convicted in 2012.",
                    "The Hammonds asserted they were protecting their property.",
                    "“We have faith,” Susie Hammond, the wife of the rancher, told reporters.")
    assert later == "Susie Hammond"  # the family is not one person whose surname is Hammond


def test_speculating_is_reporting_and_long_sits_between_subject_and_verb() -> None:
    assert speaker("Investigators also speculated that a spy device could be behind the ailments.") == "unnamed"
    assert speaker("The U.S. government has long accused Iran of playing a role in the attacks.") == "U.S. government"


def test_us_in_capitals_is_the_country_not_the_reader() -> None:
    assert label("The US expelled 15 diplomats from the US and closed the US embassy.") == "fact"


def test_alleged_before_its_noun_is_the_author_s_hedge() -> None:
    found = one("The US expelled 15 diplomats after the alleged acoustic attacks.").suggestion
    assert (found.label, found.attributes["device"]) == ("framing", "hedging")
    assert label("The prosecutor alleged that the firm hid the money.") == "quote"
