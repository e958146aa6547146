"""Documents as sources: what figures and reports show, material "according to" cites, and a document introduced
before a colon."""

from __future__ import annotations

import pytest
from test_suggest import claims, label, speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("But a report by the Swedish National Council for Crime Prevention shows increasing numbers of Swedes feel "
     "unsafe.", "Swedish National Council for Crime Prevention"),
    ("Environment Agency figures published last month show that it spilled sewage for 1,126 hours.",
     "Environment Agency"),
    ("The latest figures from the Office for National Statistics indicate that prices rose.",
     "Office for National Statistics"),
    ("Official figures reveal 165 people have now lost their lives.", "unnamed"),
    ("Recent data shows a 15 percent jump in fatalities.", "unnamed"),
    ("Records show Haig also owns a second company.", "unnamed"),
    ("April data showed that crossings had rebounded.", "unnamed"),
])
def test_a_document_s_findings_are_its_author_s(text: str, expected: str) -> None:
    assert label(text) == "quote"
    assert speaker(text) == expected


def test_a_name_that_opens_the_sentence_before_data_is_kept_where_the_article_knows_it() -> None:
    assert speaker("Gallup said it would publish more.", "Gallup data show the race is tight.") == "Gallup"


@pytest.mark.parametrize("text", [
    "The video shows officers kicking a man.",
    "A photo in the AP report shows Marie Collins handing the letter to the cardinal.",
    "Smith showed reporters the letter.",
])
def test_showing_what_happened_is_no_one_s_claim(text: str) -> None:
    assert label(text) == "fact"


def test_a_show_named_after_a_direct_quotation_leaves_it_direct() -> None:
    quoted = claims("“Tumbling is an unusual state of rotation,” Fraser said during Sunday’s episode of the BBC’s "
                    "long-running Sky at Night show.")
    assert [(c.suggestion.label, c.suggestion.attributes.get("quote_type")) for c in quoted] == [("quote", "direct")]


@pytest.mark.parametrize(("text", "expected"), [
    ("According to documents released by the FBI, he had visited twice.", "FBI"),
    ("According to links and information shared by Thomas Wictor, the shooting lasted longer.", "Thomas Wictor"),
    ("The president ordered the release, according to a statement issued by Press Secretary Sarah Sanders.",
     "Sarah Sanders"),
    ("According to a woman interviewed by the BBC, the town was empty.", "unnamed"),
    ("The plan would topple the regime, according to a copy of the plan obtained by the Washington Free Beacon.",
     "unnamed"),
])
def test_material_cited_is_its_giver_s_not_its_finder_s(text: str, expected: str) -> None:
    assert speaker(text) == expected


def test_as_outlined_by_attributes() -> None:
    assert speaker("Here is the revised timeline, as outlined by the Los Angeles Times:") == "Los Angeles Times"


def test_the_author_speaking_of_a_document_introduced_before_a_colon_is_not_its_text() -> None:
    intro = "As of today, here is the revised timeline, as reported by the Los Angeles Times:"
    after = "The new timeline has left investigators with new questions, two of which are extremely important:"
    assert label(intro, after) == "fact"
    assert label(intro, after, "What happened during the six minutes?") == "framing"


@pytest.mark.parametrize(("intro", "text"), [
    # the body itself speaking on, and a topic the introduction names in passing
    ("Leeds City Council said in a statement:", "The council will not tolerate abuse of its staff."),
    ("Asked about the death penalty, a priest of the Fraternity answered by saying:",
     "The death penalty is based on the common teachings of theologians."),
])
def test_text_after_a_colon_stays_the_source_s(intro: str, text: str) -> None:
    assert label(intro, text) == "quote"


@pytest.mark.parametrize("text", [
    "According to soldiers interviewed by the BBC, the town was empty.",
    "According to the group backed by Iran, the town was empty.",
    "According to emails hacked by Russia, the town was empty.",
])
def test_a_source_described_or_material_taken_is_not_its_agent_s(text: str) -> None:
    assert speaker(text) not in ("BBC", "Iran", "Russia")


def test_an_author_named_after_data_opening_the_sentence_is_the_source() -> None:
    assert speaker("Data from the CDC show 500,000 deaths.") == "CDC"


def test_a_possessive_s_research_gives_no_junk_speaker() -> None:
    assert speaker("Smith's research shows that exercise helps.") != "Smith's research"


def test_the_body_s_own_statement_presented_before_a_colon_stays_its_text() -> None:
    intro = "Here is the company's statement, as reported by the Financial Times:"
    assert label(intro, "The company deeply regrets the crash.") == "quote"


def test_as_described_by_plans_is_no_attribution() -> None:
    assert label("The house was built as described by the plans.") == "fact"
