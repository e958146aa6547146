"""Framing in opinion writing: evaluative words and idioms, sentence openings, sarcasm, the opinion-article prior."""

from __future__ import annotations

import pytest
from test_suggest import article, device, label

from workbench.suggest import cues, suggest_article


@pytest.mark.parametrize(("text", "trigger"), [
    ("The bill is a pathetically failed attempt to fix the courts.", "pathetically"),
    ("Today, the affair remains shrouded in mystery.", "shrouded in mystery"),
    ("The new rifle is a game changer for the army.", "game changer"),
    ("Adding insult to injury, the bill charges owners a storage fee.", "Adding insult to injury"),
    ("Billionaire George Soros locked horns with Orbán over the university.", "locked horns"),
    ("Peace through strength gave way to fecklessness in the talks.", "fecklessness"),
    ("The envoys seemed to revel in the minister's groveling.", "groveling"),
])
def test_evaluative_words_and_idioms_are_loaded_language(text: str, trigger: str) -> None:
    found = suggest_article(article(text))[0]
    assert [c.suggestion.label for c in found] == ["framing"]
    assert found[0].suggestion.attributes["device"] == "loaded language"
    assert trigger in found[0].suggestion.reason


def test_evaluative_words_are_a_data_file() -> None:
    assert cues().framing.by_text["pathetically"].kind == "loaded language"
    assert cues().framing.by_text["severe"].weight < 1  # "severe weather": weak alone


@pytest.mark.parametrize("text", [
    "Consider the numbers the ministry published on Friday.",
    "Imagine the cost of the bridge to the taxpayer.",
    "Look at the contracts the council signed last year.",
])
def test_a_sentence_turning_to_the_reader_is_a_rhetorical_frame(text: str) -> None:
    assert device(text) == "rhetorical frame"


@pytest.mark.parametrize("text", [
    "The project has the potential to create 300 jobs.",
    "The storm could potentially strengthen into a hurricane by Thursday.",
    "The bill is almost certain to pass the Senate next week.",
])
def test_a_likelihood_alone_is_news_not_speculation(text: str) -> None:
    assert label(text) == "fact"


def test_an_opening_word_counts_only_at_the_start() -> None:
    assert label("The council will consider the contracts on Friday.") == "fact"


@pytest.mark.parametrize(("text", "expected"), [
    ("How convenient that the files vanished the day before the hearing.", "rhetorical frame"),
    ("Whether the administration follows through remains to be seen.", "speculation"),
    ("We are told the files were lost in a flood.", "doubt"),
    ("It isn’t surprising that the senator would think this way.", "rhetorical frame"),
    ("It is no surprise that the files vanished.", "rhetorical frame"),
    ("The same officials have made the same promise time and again.", "generalisation"),
    ("The Pope is almost certain to ignore this appeal, and may well ignore the next.", "speculation"),
])
def test_sarcasm_speculation_doubt_and_sweeping_claims(text: str, expected: str) -> None:
    assert device(text) == expected


OPINION = [
    "The so-called experts are a disgrace, and their hysteria is absurd.",
    "This propaganda is shameful and the cover-up is blatant.",
    "What a farce this whole charade has been!",
    "The ministers lied to the country and the media cheered them on.",
    "Their arrogance is staggering, and their excuses are pathetic.",
    "Nobody believes the official story any more.",
    "Every week brings another scandal, another lie and another shameless excuse from the same people.",
]
NEWS = [
    "The talks were held in Geneva on Monday and lasted six hours.",
    "Delegations from twelve countries attended the meeting at the Palais des Nations.",
    "The agenda covered water rights, border crossings and the exchange of prisoners.",
    "A second round is planned for the first week of March in Vienna.",
    "The meeting was chaired by the Swiss deputy foreign minister.",
]


def test_in_an_opinion_article_two_weak_cues_with_a_judging_word_make_framing() -> None:
    sentence = "The talks suffered a severe setback and ended very quickly."  # "severe" and "very": weak
    assert suggest_article(article(*NEWS, sentence))[-1][0].suggestion.label == "fact"
    found = suggest_article(article(*OPINION, sentence))[-1]
    assert found[0].suggestion.label == "framing"


def test_in_a_polemic_one_weak_judging_word_makes_framing() -> None:
    """Refitted on the devset of 377 articles: label correct 7,825 -> 7,846 of 10,317 reference spans."""
    sentence = "The talks suffered a severe setback on Monday."  # "severe": one weak cue
    assert suggest_article(article(*NEWS, sentence))[-1][0].suggestion.label == "fact"
    assert suggest_article(article(*OPINION, sentence))[-1][0].suggestion.label == "framing"


def test_a_report_with_a_few_routine_hedges_still_needs_two_weak_cues() -> None:
    """Cue weight between 3 and 5 per 1,000 characters (an opinion article, no polemic): one weak word is no
    framing, as in a news report whose "alleged" and "unclear" are routine."""
    hedged = [*NEWS[:3], "Observers said the mood was tense at the start of the afternoon session.",
              "It was unclear whether the alleged violations would be discussed at the meeting in Vienna next year."]
    sentence = "The talks suffered a severe setback on Monday."
    assert suggest_article(article(*hedged, sentence))[-1][0].suggestion.label == "fact"
    assert suggest_article(article(*hedged, "The talks suffered a severe setback and ended very quickly."))[-1][
        0].suggestion.label == "framing"


def test_in_an_opinion_article_modals_and_quantifiers_alone_stay_facts() -> None:
    sentence = "Many voters could stay at home on Sunday."  # "many" and "could": no judging word
    assert suggest_article(article(*OPINION, sentence))[-1][0].suggestion.label == "fact"


def test_a_short_text_is_not_judged_an_opinion_article() -> None:
    sentence = "The talks suffered a severe setback and ended very quickly."
    assert suggest_article(article("The talks were held in Geneva.", sentence))[-1][0].suggestion.label == "fact"


@pytest.mark.parametrize(("text", "expected"), [
    ("The administration should stop the State Department from going ahead with the settlement.", "rhetorical frame"),
    ("The Iran deal should never have proceeded.", "rhetorical frame"),
    ("People barred from buying guns may soon have an easy way around the law.", "speculation"),
])
def test_the_author_prescribing_or_predicting_is_framing(text: str, expected: str) -> None:
    assert device(text) == expected


def test_hearsay_kept_in_the_author_s_sentence_is_a_hedge() -> None:
    found = suggest_article(article("Police counted the victims of the massacre which reportedly left 58 dead."))[0]
    assert [(c.suggestion.label, c.suggestion.attributes["device"]) for c in found] == [("framing", "hedging")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics say the council has changed the plan.", ("framing", "generalisation")),
    ("Some say he was right.", ("framing", "generalisation")),
    ("Many say goodbye to the old bridge every spring.", ("fact", None)),  # no clause follows: no one reported
])
def test_a_camp_that_says_a_clause_is_a_generalisation_in_the_present_too(
        text: str, expected: tuple[str, str | None]) -> None:
    """"Critics said the council …" was the author's generalisation, "Critics say the council …" a fact: "say"
    reports only before a clause, and the one after it was not recognised (no "that")."""
    found = suggest_article(article(text))[0]
    assert [(c.suggestion.label, c.suggestion.attributes.get("device")) for c in found] == [expected]
