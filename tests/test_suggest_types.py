"""The quote type of a quotation that opens its sentence and is followed by its attribution."""

from __future__ import annotations

import pytest
from test_suggest import quote_type


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
