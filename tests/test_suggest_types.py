"""The quote type of a quotation that opens its sentence and is followed by its attribution."""

from __future__ import annotations

import pytest
from test_suggest import article, quote_type
from test_suggest_speaker_rules import in_language

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


# -- the quote type or device of a span the analyst labels otherwise than suggested


def _read(text: str, part: str, label: str) -> dict[str, str]:
    from workbench.suggest import suggest_attributes

    a = article(text)
    suggest_paragraph(a, 0)  # the suggestion worker has analysed the paragraph
    start = text.index(part)
    return suggest_attributes(a, 0, start, start + len(part), label)


@pytest.mark.parametrize(("part", "expected"), [
    ("Critics say the plan is flawed.", "indirect"),
    ("“We will not pay for this plan, not now and not ever,” the mayor said.", "direct"),
    ("The mayor said on Monday that the new plan was “a waste of everybody's money and time” and left the "
     "council chamber early.", "mixed"),
    ("The mayor called it a “criminal” plan.", "mixed"),  # scare quotes only: partly quoted words
    ("The mayor told reporters: “We will not pay for this plan, not now and not ever.”", "direct"),
])
def test_the_quote_type_of_a_span_is_read_from_its_quotation_marks(part: str, expected: str) -> None:
    text = "The council met on Monday. " + part + " The vote is next week."
    assert _read(text, part, "quote") == {"quote_type": expected}


def test_the_device_of_a_span_is_its_strongest_cue_and_none_without_cues() -> None:
    text = "The council met on Monday. This hysteria about the budget is absurd. The vote is next week."
    assert _read(text, "This hysteria about the budget is absurd.", "framing") == {"device": "loaded language"}
    assert _read(text, "The council met on Monday.", "framing") == {}
    assert _read(text, "The council met on Monday.", "fact") == {}


def test_nothing_is_read_before_the_paragraph_was_analysed_or_for_a_span_too_long_to_count_at_a_key() -> None:
    from workbench.suggest import suggest_attributes

    fresh = article("“We will not pay,” the mayor said.")
    assert suggest_attributes(fresh, 0, 0, 10, "quote") == {}, "no analysis at a key press"
    long = "Critics say the plan is flawed. " * 1_000
    assert _read(long, long.strip(), "quote") == {}


def test_a_span_read_with_the_label_the_suggester_gave_it_gets_the_suggesters_own_values() -> None:
    """One reading for both: the suggestion's quote type or device, and what a relabelled span gets."""
    from workbench.suggest import suggest_attributes

    text = ("“People don’t flee their country unless the situation is desperate,” said Gilbert Saucedo, a lawyer "
            "who helped the volunteers. The mayor said the plan was “a waste of everybody's money and time” and "
            "left. Critics say the plan is flawed. “Absolutely,” Pompeo said. This hysteria about the budget is "
            "absurd. The so-called “reform” will fail.")
    a = article(text)
    found = suggest_paragraph(a, 0)
    compared = 0
    for claim in found:
        label = claim.suggestion.label
        if label in ("quote", "framing"):
            key = "quote_type" if label == "quote" else "device"
            assert suggest_attributes(a, 0, claim.start, claim.end, label) == {
                key: claim.suggestion.attributes[key]}, text[claim.start : claim.end]
            compared += 1
    assert compared >= 5


@pytest.mark.parametrize("text", [
    "Davis called the plan a “disaster for every family in this county and beyond.”",
    "The mayor spoke of a “betrayal of everyone who voted for this council.”",
])
def test_a_quotation_opening_right_after_the_author_s_article_is_mixed(text: str) -> None:
    """The article's noun is quoted inside the author's sentence: the quotation had been all but a few words, so
    direct."""
    assert quote_type(text) == "mixed"


@pytest.mark.parametrize("text", [
    "The paper noted that “the phones started ringing at the coalition, and they haven’t stopped yet.”",
    "Davis said: “the plan is a disaster for every family in this county.”",
    "Davis said, “We will fight this plan in every court in the country.”",
    "Mayor Lisa Grant said “we will not close a single library this year.”",
    "He told her “I am sorry for everything that happened at the club.”",
])
def test_a_quotation_set_out_after_the_verb_that_a_colon_or_a_comma_is_direct(text: str) -> None:
    assert quote_type(text) == "direct"


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("de", "Ortsvorsteher Bernd Kießling sprach von einem „Albtraum für die Anwohner, die seit Jahren warten“.",
     "mixed"),
    ("fr", "Le maire, Jean-Luc Guézennec, a salué un « exploit de marin, pas de sportif, et une belle leçon ».",
     "mixed"),
    ("it", "Il sindaco ha detto “non chiuderemo nessuna scuola quest'anno, costi quel che costi”.", "direct"),
    ("de", "Der Bürgermeister sagte „wir werden keine einzige Schule in diesem Jahr schließen“.", "direct"),
])
def test_woven_and_set_out_quotations_in_other_languages(language: str, text: str, kind: str) -> None:
    found = [c.suggestion for c in suggest_paragraph(in_language(language, text), 0)]
    assert [(s.label, s.attributes.get("quote_type")) for s in found] == [("quote", kind)]
