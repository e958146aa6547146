"""The reader a text addresses is no source: "You think that …" is what the writer says of them (found wrong on
the thirty-first round, in an open letter to the Pope)."""

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
