"""Suggester cases found reading the rules again: foreign articles in names, nested marks, cues ending a sentence."""

from __future__ import annotations

import pytest
from test_suggest import article

from workbench.quotes import scan_quotes
from workbench.suggest import suggest_paragraph


def suggested(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.suggestion.label, c.suggestion.attributes.get("speaker"), c.suggestion.reason)
            for c in suggest_paragraph(article(text), 0)]


@pytest.mark.parametrize(("text", "who"), [
    ("Le Monde reported that the talks had failed.", "Le Monde"),
    ("Las Vegas police said the suspect fled.", "Las Vegas police"),
    ("The Los Angeles Times reported that the talks had failed.", "Los Angeles Times"),
    ("According to Die Welt, the talks had failed.", "Die Welt"),
    ("Selon Le Monde, la réforme pourrait être abandonnée.", "Le Monde"),  # the cue is no part of the name
    ("Le ministre a déclaré : « Nous restons. »", "ministre"),  # still a title, not a name
])
def test_a_foreign_article_that_starts_a_name_stays_in_it(text: str, who: str) -> None:
    assert suggested(text)[0][:2] == ("quote", who)


@pytest.mark.parametrize("text", ["The minister has been accused by", "The senator drew criticism from"])
def test_a_cue_ending_the_paragraph_does_not_break_the_suggester(text: str) -> None:
    assert len(suggested(text)) == 1


def test_a_nested_pair_of_the_other_kind_of_mark_stays_inside_the_quotation() -> None:
    for text in ('“He called it "fake news" yesterday,” she said.', '"He called it “fake news” yesterday," she said.'):
        regions = scan_quotes(text)[0]
        assert [text[r.start : r.end] for r in regions] == [text[: text.index("yesterday,") + 11]]
    text = '“It is over," he said.'  # no curly closer anywhere: the straight mark closes it
    assert [text[r.start : r.end] for r in scan_quotes(text)[0]] == ['“It is over,"']


@pytest.mark.parametrize(("text", "label"), [
    ("Well over 100 people were killed in the fire.", "fact"),
    ("Well, the numbers do not lie.", "framing"),
    ("Look, the plant closed in June.", "framing"),
    ("The plant closed in May.", "fact"),  # the month, not the modal
])
def test_interjections_need_their_comma_and_a_capitalised_cue_word_is_a_name(text: str, label: str) -> None:
    assert suggested(text)[0][0] == label


def test_a_described_source_is_spelled_the_same_wherever_the_sentence_starts() -> None:
    # never named: "unnamed", as every devset reference writes such a source (none writes a bare "sailor")
    assert suggested("The sailor said the ship was unsafe.")[0][1] == suggested(
        "Later, the sailor said the ship was unsafe.")[0][1] == "unnamed"
    assert suggested("The Democratic congressman said the ship was unsafe.")[0][1] == suggested(
        "Later, the Democratic congressman said the ship was unsafe.")[0][1]


@pytest.mark.parametrize("text", ["The senator came under fire from the State Department for the remarks.",
                                  "The senator has come under fire from the State Department."])
def test_the_critic_after_came_under_fire_from_is_the_source_with_or_without_words_between(text: str) -> None:
    assert suggested(text)[0][:2] == ("quote", "State Department")
