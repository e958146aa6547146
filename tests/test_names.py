"""Names in an article, offered to the speaker prompt's completion."""

from __future__ import annotations

from pathlib import Path

from tui_support import make_project, open_session

from workbench.names import names_in


def test_names_with_titles_joiners_and_surnames() -> None:
    names = names_in([
        "Kosovo Prime Minister Albin Kurti said the talks failed. Kurti added more.",
        "The Ministry of Defence denied it, as did Charles de Gaulle Airport.",
        "Tyler Durden of ZeroHedge reported it. But Russia. Anti-Russia hawks disagree.",
    ])
    for expected in ("Albin Kurti", "Kurti", "Ministry of Defence", "Charles de Gaulle Airport", "Tyler Durden",
                     "ZeroHedge", "Russia"):
        assert expected in names, expected
    for unwanted in ("The", "But", "Russia. Anti-Russia", "The Ministry of Defence"):
        assert unwanted not in names, unwanted


def test_words_capitalised_only_at_a_sentence_start_are_not_names() -> None:
    assert names_in(["Officials said the bridge was closed. Nobody objected."]) == []


def test_most_mentioned_first() -> None:
    names = names_in(["Anna Berg met Carl Olsen.", "Berg spoke first; then Berg left, and Carl Olsen stayed."])
    assert names.index("Berg") < names.index("Carl Olsen") < names.index("Anna Berg")


def test_the_prompt_offers_own_speakers_then_unnamed_then_the_articles_names(tmp_path: Path) -> None:
    article = """---
title: T
---

Mayor Jane Doe said the budget is fine. The council met on Monday.
"""
    _, session = open_session(make_project(tmp_path / "p", {"a": article}))
    assert session.speakers()[:1] == ["unnamed"]
    assert "Jane Doe" in session.speakers() and "Doe" in session.speakers()
    session.label("quote", {"speaker": "the mayor's office"})
    assert session.speakers()[:2] == ["the mayor's office", "unnamed"]
    session.store.unlock()


def test_words_capitalised_after_an_opening_mark_or_a_sentence_end_are_not_names() -> None:
    assert names_in(["He said: Nobody came. “ Officials left,” (Everyone knew) and «Rien»."]) == []
    assert names_in(["He said:Nobody came, and Officials left."]) == ["Nobody", "Officials"]


def test_a_sentence_initial_article_is_left_out_but_not_a_titles_own() -> None:
    from workbench.names import _without_article

    assert _without_article("La Consejería de Empleo") == "Consejería de Empleo"
    assert _without_article("Die Deutsche Bahn AG") == "Deutsche Bahn AG"
    assert _without_article("L’Agence régionale de santé") == "Agence régionale de santé"
    for kept in ("Le Monde", "El País", "Los Angeles Times", "Die Linke", "Lanfranchi Group Holding",
                 "Ana Lima de Souza", "Alberto Castellani"):
        assert _without_article(kept) == kept
