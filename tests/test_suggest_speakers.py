"""Speaker rules: titles in other languages, people named together, documents, agents after "from"."""

from __future__ import annotations

import pytest
from test_suggest import article, claims, speaker

from workbench.suggest import suggest_paragraph


def speaker_of(*paragraphs: str) -> str:
    """The speaker suggested for the last paragraph's only claim, which must be a quotation."""
    a = article(*paragraphs)
    found = suggest_paragraph(a, len(paragraphs) - 1)
    assert len(found) == 1 and found[0].suggestion.label == "quote", found
    return found[0].suggestion.attributes["speaker"]


@pytest.mark.parametrize(("text", "who"), [
    ("Le ministre a déclaré : « Nous ne céderons pas. »", "ministre"),
    ("Le ministre de l'Intérieur a affirmé que la manifestation était interdite.", "ministre de l'Intérieur"),
    ("Der Minister sagte: „Wir werden das nicht hinnehmen.“", "Minister"),
    ("El ministro dijo que la ley sería aprobada.", "ministro"),
    ("The minister said the law would pass.", "minister"),
])
def test_a_title_is_the_speaker_without_its_determiner_in_every_language(text: str, who: str) -> None:
    assert speaker(text) == who


def test_a_title_means_the_person_named_with_it_before() -> None:
    assert speaker_of("Interior Minister Gérald Darmanin visited Calais on Monday.",
                      "The minister said the camp would be cleared.") == "Gérald Darmanin"
    assert speaker_of("Le président Emmanuel Macron était à Calais lundi.",
                      "Le président a déclaré : « Nous ne céderons pas. »") == "Emmanuel Macron"


def test_they_and_the_pair_are_the_people_named_together() -> None:
    opening = "Pamela Geller and Robert Spencer were banned from Britain."
    assert speaker_of(opening, "They said the decision was a blow against freedom.") \
        == "Pamela Geller and Robert Spencer"
    assert speaker_of(opening, "The pair called the ban a disgrace.") == "Pamela Geller and Robert Spencer"


def test_they_after_an_organisation_is_the_organisation() -> None:
    assert speaker_of("Pamela Geller and Robert Spencer were banned from Britain.",
                      "The Home Office said the ban was justified.",
                      "They added that both had made statements that could foster hatred.") == "Home Office"


def test_a_document_speaks_for_its_author() -> None:
    assert speaker_of("The Home Office wrote to both bloggers on Tuesday.",
                      "The letters claim that both had made statements that could foster hatred.") == "Home Office"
    assert speaker_of("A report by Human Rights Watch found that police used excessive force.",
                      "The report said officers fired tear gas at children.") == "Human Rights Watch"
    assert speaker("The report, published by Amnesty International on Monday, said the camps held 10,000 people.") \
        == "Amnesty International"
    assert speaker("A report said the camps held 10,000 people.") == "unnamed"  # no author, not "the"


def test_both_letters_went_on_to_say() -> None:
    assert speaker_of("The Home Office wrote to both bloggers on Tuesday.",
                      "Both letters gave examples of their views and went on to say that they would not be "
                      "admitted.") == "Home Office"


def test_the_agent_after_from_is_the_source_of_came_under_fire() -> None:
    assert speaker("Orbán came under fire a couple of years ago from the U.S. State Department for the law.") \
        == "U.S. State Department"


def test_according_to_x_gives_way_to_the_nearer_source() -> None:
    assert speaker_of("Kristian Saucier filed a lawsuit on Monday.",
                      "According to Fox News, Saucier’s federal lawsuit alleges that the government was "
                      "overzealous.") == "Kristian Saucier"
    assert speaker("According to Fox News, the government was overzealous.") == "Fox News"


def test_a_group_called_x_is_a_name_not_a_report() -> None:
    found = claims("Supporters of a group called Democratize SSMU brought the vote forward.")
    assert [c.suggestion.label for c in found] == ["fact"]


def test_but_in_fact_returns_to_the_author() -> None:
    text = "Boudreau’s report said the message followed the vote, but in fact it was posted in October."
    found = claims("Spencer Boudreau wrote a report on the vote.", text)
    assert [(c.suggestion.label, text[c.start : c.end]) for c in found] == [
        ("quote", "Boudreau’s report said the message followed the vote,"),
        ("fact", "but in fact it was posted in October."),
    ]
    assert found[0].suggestion.attributes["speaker"] == "Spencer Boudreau"


def test_a_place_after_a_name_is_not_the_speaker() -> None:
    assert speaker("Chief District Judge Maria Olsen in Denver found she had the authority to halt the removals.") \
        == "Maria Olsen"
    assert speaker("Amnesty International in London said the trial was unfair.") == "Amnesty International"


def test_an_aside_in_brackets_does_not_hide_the_subject() -> None:
    assert speaker("Senate Majority Whip Tom Harlan (R-Ohio) dismissed the claims on Twitter.") == "Tom Harlan"


def test_a_paragraph_that_is_not_article_text_names_no_one() -> None:
    """"[Emphasis added]" between a quotation and "he said": "he" is still the person quoted before."""
    a = article("“We will appeal the ruling,” said Gilbert Saucedo, a lawyer who helped the families.",
                "[Emphasis Added by Lena Park]",
                "“I have talked to maybe a hundred people today,” he said on Saturday.",
                kinds=["content", "boilerplate", "content"])
    found = suggest_paragraph(a, 2)
    assert found[0].suggestion.attributes.get("speaker") == "Gilbert Saucedo"
