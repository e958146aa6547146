"""The quote type of a quotation that opens its sentence and is followed by its attribution."""

from __future__ import annotations

import pytest
from test_suggest import article, quote_type

from workbench.suggest import suggest_paragraph


@pytest.mark.parametrize("text", [
    "“People don’t flee their country unless the situation is desperate,” said Gilbert Saucedo, a Los Angeles "
    "lawyer who helped organize the volunteers.",
    "“We felt we had exhausted all prudent measures,” Bundy said in a news conference at the time.",
])
def test_quotation_opening_its_sentence_is_direct(text: str) -> None:
    assert quote_type(text) == "direct"


def test_a_second_report_after_the_quotation_makes_it_mixed() -> None:
    text = ("“I could have just taken the pardon,” Saucier said to Fox News, adding that he feels an obligation "
            "to get to the truth.")
    assert quote_type(text) == "mixed"


@pytest.mark.parametrize("text", [
    "“Absolutely,” Pompeo said, smiling.",
    "“Here,” he said.",
    "“It’s absurd,” Ms. Broaddrick said Wednesday on Fox News.",
    "“Absolutely nothing”, Giáp replied.",
])
def test_a_short_quotation_opening_its_sentence_before_a_cue_is_speech(text: str) -> None:
    assert quote_type("Michael Pompeo met the king on Tuesday.", text) == "direct"


def test_a_title_in_marks_opening_a_sentence_is_no_quotation() -> None:
    found = suggest_paragraph(article("“The Ellen DeGeneres Show,” which aired last week, drew protests."), 0)
    assert [c.suggestion.label for c in found] != ["quote"]


@pytest.mark.parametrize("text", ["“A disaster,” the minister called the plan.",
                                  "“Fake news,” critics say, is a slur."])
def test_a_short_opening_quotation_no_one_is_said_to_speak_stays_scare_quotes(text: str) -> None:
    (claim,) = suggest_paragraph(article(text), 0)
    assert claim.suggestion.label == "framing"
