"""Someone the article does not name ("a woman", "eine Rentnerin", "one councillor") is an unnamed source, as the
devset writes them, not their description; a title with a holder the article named is still that holder."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A woman described as a former official told the website that he groped her."),
    ("en", "One Conservative councillor, who asked not to be named, said the leader had run out of road."),
    ("de", "„Der Wolf war vor uns hier“, sagte eine Frau vor dem Dorfladen, die ihren Namen nicht nennen wollte."),
    ("de", "„Die Leute hier kaufen seit Jahrzehnten ihre Eier auf dem Hof“, sagte ein Nachbar."),
    ("de", "Eine Rentnerin, die ich am Freitag traf, brachte es auf den Punkt: „Das ist zu wenig zum Leben.“"),
])
def test_someone_not_named_is_unnamed(language: str, text: str) -> None:
    a = in_language(language, "Derek Vane runs the council." if language == "en" else "Renate Hölzel leitet die Tafel.",
                    text)
    assert speakers(a)[0] == "unnamed"


def test_the_portuguese_article_a_is_no_indefinite() -> None:
    a = in_language("pt", "A juíza Cláudia Meireles Fontes condenou o ex-prefeito.",
                    "Na sentença, a juíza escreveu que ficou “amplamente demonstrado” que o ex-prefeito sabia.")
    assert only_speaker(a) == "Cláudia Meireles Fontes"


def test_an_indefinite_title_whose_holder_the_article_named_is_that_holder() -> None:
    a = in_language("en", "U.S. District Judge Mark Goldsmith heard the case in Detroit.",
                    "A federal judge has ordered the government to give bond hearings, saying detainees had rights.")
    assert speakers(a)[0] == "Mark Goldsmith"
