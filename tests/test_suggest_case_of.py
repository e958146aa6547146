"""How an article writes a word that opens a sentence capitalised, elsewhere: the suggester's test of
"a name, or a common word" (ArticleState.case_of)."""

from __future__ import annotations

import pytest
from helpers import SEED_000, SEED_004

from workbench.suggest import _AFTER_A_WORD, _WORD_EDGES, ArticleState


def state_of(text: str) -> ArticleState:
    state = ArticleState(frozenset())
    state.article_text = text
    return state


def every_word_at_once(text: str, word: str) -> str | None:
    """The definition case_of answers by: every token read into two sets."""
    lower = {w.strip(_WORD_EDGES).replace("’", "'") for w in text.split() if w[:1].islower()}
    capitalised = {w.strip(_WORD_EDGES).lower().replace("’", "'").removesuffix("'s")
                   for w in _AFTER_A_WORD.findall(text) if w[:1].isupper()}
    low = word.lower().replace("’", "'").removesuffix("'s")
    return "capitalised" if low in capitalised else "lower" if low in lower else None


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Il y a quatre mois.\n.\nQuatre mois plus tard, rien.", "Quatre", "lower"),
    ("They met Merkel in Paris.\n.\nMerkel visited Paris.", "Merkel", "capitalised"),
    ("Challenged about it. Challenged again.", "Challenged", None),  # only ever after a full stop
    ("“Yes,” Plusieurs said.\n.\nPlusieurs", "Plusieurs", None),  # after a closing mark: a sentence may start
    ("He quoted “plusieurs” once.\n.\nPlusieurs membres", "Plusieurs", None),  # a quoted word is no usage
    ("an aide to Trump's campaign.\n.\nTrump’s lawyer", "Trump’s", "capitalised"),
    ("selon l’intérieur.\n.\nL’intérieur", "L’intérieur", "lower"),
    ("The lawyers, Müller said,.\n.\nMÜLLER", "Müller", "capitalised"),
    ("Thiſ İstanbul court, İstanbul said. İstanbul", "İstanbul", "capitalised"),  # lower() changes the length
    ("", "Anything", None),
])
def test_case_of_reads_how_the_article_writes_the_word(text: str, word: str, expected: str | None) -> None:
    assert state_of(text).case_of(word) == expected
    assert every_word_at_once(text, word) == expected


def test_case_of_answers_as_reading_every_word_does_on_real_articles() -> None:
    texts = [path.read_text("utf-8") for path in (SEED_000, SEED_004)]
    texts.append(texts[0].replace("’", "'") + "\n.\n" + texts[1].upper())
    for text in texts:
        state = state_of(text)
        words = {w for token in text.split() for w in (token, token.strip(_WORD_EDGES), token.capitalize())}
        assert len(words) > 400
        for word in sorted(words):
            assert state.case_of(word) == every_word_at_once(text, word), word


def test_outside_an_article_there_is_no_answer() -> None:
    assert ArticleState(frozenset()).case_of("Merkel") is None
