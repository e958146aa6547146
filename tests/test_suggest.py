"""The suggester: quotation styles, attribution cues, speakers, framing devices, facts, invariants."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from helpers import REPO_ROOT
from hypothesis import given
from hypothesis import strategies as st

from workbench import suggest as suggest_module
from workbench.model import Article, ArticleMeta, Paragraph, ParagraphKind, SuggestedClaim
from workbench.quotes import scan_quotes
from workbench.scheme import load_scheme
from workbench.segment import sentence_spans
from workbench.suggest import DEVICES, NOT_FRAMING, cues, suggest_article, suggest_paragraph
from workbench.textclean import canonical

_counter = 0


def article(*paragraphs: str, kinds: Sequence[ParagraphKind] = ()) -> Article:
    """An article from paragraph texts (a fresh id each time, so nothing is cached across tests)."""
    global _counter
    _counter += 1
    texts = [canonical(p) for p in paragraphs]
    kinds = list(kinds) or ["content"] * len(texts)
    return Article(f"test-{_counter}", ArticleMeta(), tuple(Paragraph(i, k, t) for i, (k, t) in enumerate(
        zip(kinds, texts, strict=True))))


def claims(*paragraphs: str, index: int = -1) -> list[SuggestedClaim]:
    """The suggestions for one paragraph (the last by default) of an article of ``paragraphs``."""
    a = article(*paragraphs)
    return suggest_paragraph(a, index % len(a.paragraphs))


def one(*paragraphs: str) -> SuggestedClaim:
    found = claims(*paragraphs)
    assert len(found) == 1, [(c.start, c.end, c.suggestion) for c in found]
    return found[0]


def label(*paragraphs: str) -> str:
    return one(*paragraphs).suggestion.label


def speaker(*paragraphs: str) -> str | None:
    suggestion = one(*paragraphs).suggestion
    assert suggestion.label == "quote", suggestion
    return suggestion.attributes.get("speaker")


def quote_type(*paragraphs: str) -> str | None:
    suggestion = one(*paragraphs).suggestion
    assert suggestion.label == "quote", suggestion
    return suggestion.attributes.get("quote_type")


def device(*paragraphs: str) -> str | None:
    suggestion = one(*paragraphs).suggestion
    assert suggestion.label == "framing", suggestion
    return suggestion.attributes.get("device")


# ---------------------------------------------------------------- direct quotations, every style


@pytest.mark.parametrize("text", [
    "“We will not stand for this,” said Jane Smith.",
    "\"We will not stand for this,\" said Jane Smith.",
    "‘We will not stand for this,’ said Jane Smith.",
    "Jane Smith said: “We will not stand for this.”",
    "«We will not stand for this», said Jane Smith.",
    "„We will not stand for this“, said Jane Smith.",
    "「We will not stand for this」, said Jane Smith.",
])
def test_direct_quotation_in_every_style(text: str) -> None:
    suggestion = one(text).suggestion
    assert suggestion.label == "quote"
    assert suggestion.attributes == {"speaker": "Jane Smith", "quote_type": "direct"}
    assert "said" in suggestion.reason and "Jane Smith" in suggestion.reason


def test_french_guillemets_with_a_french_cue() -> None:
    assert speaker("« Nous ne céderons pas devant la menace », a déclaré Emmanuel Macron.") == "Emmanuel Macron"
    assert speaker("Selon le ministère de l'Intérieur, la manifestation a réuni 5 000 personnes.") is not None


def test_german_low_high_quotes_with_a_german_cue() -> None:
    assert speaker("„Wir werden das nicht hinnehmen“, sagte Olaf Scholz am Montag.") == "Olaf Scholz"
    assert label("Laut Polizei wurden drei Menschen verletzt.") == "quote"


def test_quotation_marks_alone_make_a_quotation_with_the_speaker_from_context() -> None:
    found = claims("Maria Lopez, the mayor, spoke on Monday.",
                   "“The bridge will reopen in May and nobody will pay a toll.”")
    assert found[0].suggestion.label == "quote"
    assert found[0].suggestion.attributes["speaker"] == "Maria Lopez"


def test_quotation_running_over_paragraphs_newspaper_style() -> None:
    """An opening mark with no closing mark: the next paragraph reopens the same quotation."""
    a = article(
        "“We will fight this decision in every court of the land,” said Tom Baker. “It is unjust.",
        "“And we will win, because the law is on our side.”",
    )
    second = suggest_paragraph(a, 1)
    assert [c.suggestion.label for c in second] == ["quote"]
    assert second[0].suggestion.attributes["speaker"] == "Tom Baker"


def test_a_long_block_marked_only_at_its_ends_is_the_speaker_s_throughout() -> None:
    """A pasted post: one opening mark, one closing mark fifteen paragraphs below, none between."""
    middle = [f"Point {n}: the agency spent {n} million dollars on consultants last year." for n in range(1, 14)]
    a = article("The hearing ended early.", "Daniel Greenfield wrote about the agency:",
                "“The agency has lost its way.", *middle, "It is time for a change.”", "The hearing resumes Monday.")
    block = [suggest_paragraph(a, index) for index in range(2, 17)]
    assert all([c.suggestion.label for c in found] == ["quote"] for found in block)
    assert {found[0].suggestion.attributes["speaker"] for found in block} == {"Daniel Greenfield"}
    assert [c.suggestion.label for c in suggest_paragraph(a, 17)] == ["fact"]


def test_quotation_split_over_lines_takes_the_speaker_named_at_its_end() -> None:
    a = article(
        "“Right now I am just worried about where my colleague is.",
        "It is highly unusual,” Dan Hickey told reporters.",
    )
    first, second = suggest_paragraph(a, 0), suggest_paragraph(a, 1)
    assert first[0].suggestion.label == second[0].suggestion.label == "quote"
    assert first[0].suggestion.attributes["speaker"] == "Dan Hickey"
    assert second[0].suggestion.attributes["speaker"] == "Dan Hickey"


def test_an_unclosed_mark_does_not_swallow_the_rest_of_the_article() -> None:
    a = article("He said “it was over and done with, finally and for good.", "The river rose two metres overnight.")
    assert suggest_paragraph(a, 1)[0].suggestion.label == "fact"


def test_text_after_a_reporting_colon_is_the_source_s_text() -> None:
    a = article("The Sun reported:", "Patients fled the hospital over fears of needles and injections.")
    suggestion = suggest_paragraph(a, 1)[0].suggestion
    assert suggestion.label == "quote"
    assert suggestion.attributes["speaker"] in ("Sun", "The Sun")


# ---------------------------------------------------------------- indirect attribution


@pytest.mark.parametrize("verb", [
    "said", "told reporters", "added", "wrote", "warned", "claimed", "announced", "argued", "insisted",
    "suggested", "acknowledged", "confirmed", "denied", "stressed",
])
def test_reporting_verbs(verb: str) -> None:
    suggestion = one(f"Maria Lopez {verb} that the factory would close in March.").suggestion
    assert suggestion.label == "quote", verb
    assert suggestion.attributes == {"speaker": "Maria Lopez", "quote_type": "indirect"}


@pytest.mark.parametrize(("text", "who"), [
    ("Kosovo Prime Minister Albin Kurti called on NATO to deploy more troops.", "Albin Kurti"),
    ("The European Union’s chief diplomat Josep Borrell urged both sides to reduce tensions.", "Josep Borrell"),
    ("Senator Ann Roe accused the agency of hiding the report.", "Ann Roe"),
    ("According to Guatemalan authorities, the man is accused of murder.", "Guatemalan authorities"),
    ("According to the National Weather Service, the storm made landfall on Tuesday.", "National Weather Service"),
    ("The BBC reported that the talks had collapsed.", "BBC"),
    ("In Smith’s view, the reform came far too late.", "Smith"),
    ("Donald Trump: “We will build it and they will pay for it.”", "Donald Trump"),
    ("Pantic has been accused by Kosovar authorities of attacking the constitutional order.", "Kosovar authorities"),
])
def test_speaker_extraction(text: str, who: str) -> None:
    assert speaker(text) == who


def test_unnamed_sources() -> None:
    assert speaker("Officials said the plan would take a year.") == "unnamed"
    assert speaker("A government spokesman said the border would stay open.") == "unnamed"
    assert speaker("It is said that the mayor never visited the site.") == "unnamed"
    assert speaker("The minister reportedly left the meeting early.") == "unnamed"
    assert speaker("Federal prosecutors argued that he was a danger to the public.") == "unnamed"


def test_inverted_and_appositive_sources() -> None:
    assert speaker("“The cooperation was excellent,” said Ricardo Wong, field office director for ERO.") \
        == "Ricardo Wong"
    assert speaker("“It was used to divide us,” added defense attorney Francisco Ugarte.") == "Francisco Ugarte"
    assert speaker("Keith Vaz, chairman of the committee, who had called for the ban, said the decision was right.") \
        == "Keith Vaz"
    assert speaker("A researcher with the group, Matthew Collins, said the decision was welcome.") == "Matthew Collins"
    assert speaker("Alex Bastian of the San Francisco prosecutor’s office told reporters the verdict was a shock.") \
        == "Alex Bastian"


def test_pronouns_and_surnames_resolve_to_the_full_name() -> None:
    a = article(
        "Fernando Gil, the housing secretary, said 70,000 homes were destroyed.",
        "“It is a housing crisis,” he said.",
        "Gil told Reuters that rebuilding would take years.",
    )
    assert suggest_paragraph(a, 1)[0].suggestion.attributes["speaker"] == "Fernando Gil"
    assert suggest_paragraph(a, 2)[0].suggestion.attributes["speaker"] == "Fernando Gil"


@pytest.mark.parametrize(("introduced", "surname", "full"), [
    ("Secretary of State Michael R. Pompeo arrived in Riyadh on Tuesday.", "Pompeo", "Michael R. Pompeo"),
    ("The inquiry is led by Robert S. Mueller III, a former director of the bureau.", "Mueller",
     "Robert S. Mueller III"),
])
def test_a_surname_resolves_to_a_full_name_with_initials(introduced: str, surname: str, full: str) -> None:
    a = article(introduced, f"{surname} told reporters that the talks would go on for weeks.")
    assert suggest_paragraph(a, 1)[0].suggestion.attributes["speaker"] == full


@pytest.mark.parametrize("sentence", [
    "Minister of Foreign Affairs and Trade Péter Szijjártó said on Tuesday that the quota was dead.",
    "On Tuesday, Minister of Foreign Affairs and Trade Péter Szijjártó said the quota was dead.",
])
def test_an_office_with_and_in_it_is_not_part_of_its_holders_name(sentence: str) -> None:
    a = article(sentence, "“We will never accept it,” Szijjártó said.")
    assert [suggest_paragraph(a, i)[0].suggestion.attributes["speaker"] for i in (0, 1)] == ["Péter Szijjártó"] * 2


def test_an_office_of_two_departments_is_followed_by_its_holder() -> None:
    assert speaker("Secretary of Health and Human Services Alex Azar said the rule would stand.") == "Alex Azar"


def test_a_day_is_no_speaker() -> None:
    assert speaker("They floated the idea later Monday of claiming that the journalist died by accident.") \
        != "Monday"


def test_a_month_that_is_a_known_surname_is_the_speaker() -> None:
    a = article("Senator Amy August arrived late.", "August, speaking to reporters, said the deal was done.")
    assert suggest_paragraph(a, 1)[0].suggestion.attributes["speaker"] == "Amy August"


def test_a_regnal_number_is_no_surname() -> None:
    a = article("Pope John Paul II visited the shrine in 1982.", "As Paul said, the letter was written in prison.")
    assert suggest_paragraph(a, 1)[0].suggestion.attributes["speaker"] == "Paul"


def test_he_added_continues_an_unnamed_spokesman() -> None:
    a = article(
        "Pamela Geller and Robert Spencer were banned from the country.",
        "A government spokesman said the ban was justified.",
        "He added: “We condemn all extremism in any form.”",
    )
    assert suggest_paragraph(a, 2)[0].suggestion.attributes["speaker"] == "unnamed"


def test_the_witness_is_the_person_met_before() -> None:
    a = article("A man by the name of Jeff said he saw a gunman.",
                "“There is no mistake about it,” the witness claimed.")
    assert suggest_paragraph(a, 1)[0].suggestion.attributes["speaker"] == "Jeff"


def test_a_quotation_introduced_by_a_colon_is_direct() -> None:
    """Everything the article says itself sets the quotation up before a colon: reporters' direct style."""
    assert quote_type("The BBC reported on the ongoing tensions between the police and local groups: "
                      "“Police said they had come under fire late on Saturday.”") == "direct"
    assert quote_type("Jane Smith, the mayor of the town since 2019, said: "
                      "“The road will reopen on Monday and the works will be finished.”") == "direct"
    assert quote_type("Jane Smith said: “The road will reopen on Monday,” before the council voted "
                      "against the whole budget plan.") == "mixed", "the article's words after the quotation"


def test_quote_types() -> None:
    assert quote_type("“The plan is failing and everyone knows it,” said Tom Baker.") == "direct"
    assert quote_type("A spokesman said people whose presence “is not conducive to the public good” "
                      "could be excluded by the home secretary.") == "mixed"
    assert quote_type("Matthew Collins said the group was “delighted” with the decision.") == "mixed"
    assert quote_type("Tom Baker said the plan was failing.") == "indirect"


def test_reflexive_and_modal_verbs_are_not_attributions() -> None:
    assert label("Vucic has revealed himself as a ruthless and cynical operator.") == "framing"
    suggestion = one("His lawyer will say that it was self-defence.").suggestion
    assert suggestion.label == "framing" and suggestion.attributes["device"] == "speculation"


def test_a_whole_camp_as_speaker_is_a_generalisation() -> None:
    assert device("Leftists insist that the policy works.") == "generalisation"


def test_two_sources_in_one_sentence_are_two_claims() -> None:
    text = ("He said he only wanted souvenirs of his service, but federal prosecutors argued he was "
            "a danger to national security.")
    found = claims("Kristian Saucier pleaded guilty in 2016.", text)
    assert len(found) == 2
    assert found[0].suggestion.attributes["speaker"] == "Kristian Saucier"
    assert found[1].suggestion.attributes["speaker"] == "unnamed"
    assert found[0].end < found[1].start


# ---------------------------------------------------------------- scare quotes and framing


def test_short_quoted_words_without_a_source_are_scare_quotes() -> None:
    suggestion = one("There were clashes between the police and Serbian “criminal gangs” near the border.").suggestion
    assert suggestion.label == "framing"
    assert suggestion.attributes["device"] == "scare quotes"
    assert "criminal gangs" in suggestion.reason


def test_names_in_quotation_marks_are_not_scare_quotes() -> None:
    assert label("The group ran a \"Defeat Jihad\" poster campaign on the subway.") == "fact"
    assert label("The subjects include the ‘Wishing Well’ star cluster.") == "fact"


@pytest.mark.parametrize(("text", "expected", "trigger"), [
    ("The man allegedly fled the scene before the police arrived.", "hedging", "allegedly"),
    ("World War III could easily kick off in that region.", "speculation", "could easily"),
    ("The trial was a disgraceful charade from start to finish.", "loaded language", "charade"),
    ("The warmongers in Washington met again on Tuesday.", "name calling", "warmongers"),
    ("Make no mistake, the vote was held on Sunday.", "rhetorical frame", "Make no mistake"),
    ("It is noteworthy that the visit came days before the vote.", "rhetorical frame", "noteworthy"),
    ("The mainstream media ignored the protest.", "generalisation", "mainstream media"),
    ("Who benefits from this war?", "rhetorical frame", "a question"),
    ("The so-called experts met in Geneva.", "doubt", "so-called"),
    ("Western actors want nothing more than to crush it.", "exaggeration", "nothing more than"),
])
def test_framing_devices_and_their_triggers(text: str, expected: str, trigger: str) -> None:
    suggestion = one(text).suggestion
    assert suggestion.label == "framing", suggestion
    assert suggestion.attributes["device"] == expected
    assert trigger in suggestion.reason
    assert suggestion.reason.startswith("editorial framing: ")


def test_one_weak_cue_is_not_framing() -> None:
    assert label("The river rose very fast on Monday night.") == "fact"


def test_loaded_words_inside_a_quotation_do_not_make_it_framing() -> None:
    assert label("“This disgraceful charade must end,” said Tom Baker.") == "quote"


# ---------------------------------------------------------------- facts


@pytest.mark.parametrize("text", [
    "Roughly 6% of Kosovo’s population of 1.8 million is of Serbian extraction.",
    "Hurricane Maria made landfall in Puerto Rico in September 2017.",
    "Policemen were dispatched to the area on Saturday.",
])
def test_plain_statements_are_facts_with_the_reason(text: str) -> None:
    suggestion = one(text).suggestion
    assert suggestion.label == "fact"
    assert suggestion.attributes == {}
    assert suggestion.reason == "no attribution cue, no evaluative wording"


# ---------------------------------------------------------------- claims and boundaries


def check_claims(text: str, found: Sequence[SuggestedClaim]) -> None:
    previous = 0
    for claim in found:
        assert 0 <= previous <= claim.start < claim.end <= len(text)
        assert not text[claim.start].isspace() and not text[claim.end - 1].isspace()
        assert claim.suggestion.label in ("quote", "framing", "fact")
        assert claim.suggestion.reason
        if claim.suggestion.label == "quote":
            assert claim.suggestion.attributes.get("speaker")
            assert claim.suggestion.attributes.get("quote_type") in ("direct", "indirect", "mixed")
        if claim.suggestion.label == "framing":
            assert claim.suggestion.attributes.get("device") in DEVICES
        previous = claim.end


def covered(found: Sequence[SuggestedClaim]) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in found]


def test_claims_are_the_sentences_of_the_paragraph() -> None:
    text = ("Shots were fired at the border. Anti-Russia hawks use it as a punching bag. "
            "“We will respond,” said Aleksandar Vucic.")
    found = claims(text)
    assert covered(found) == sentence_spans(text)
    assert [c.suggestion.label for c in found] == ["fact", "framing", "quote"]
    check_claims(text, found)


def test_a_quotation_over_several_sentences_is_one_claim() -> None:
    text = "“We are shocked. Justice was rendered, but it was not served,” Jim Steinle told the Chronicle."
    found = claims(text)
    assert covered(found) == [(0, len(text))]
    assert found[0].suggestion.attributes["speaker"] == "Jim Steinle"


def test_empty_and_boilerplate_paragraphs() -> None:
    a = article("Share this article with your friends", "The river rose two metres.", kinds=["boilerplate", "content"])
    assert [c.suggestion.label for c in suggest_paragraph(a, 1)] == ["fact"]
    check_claims(a.paragraphs[0].text, suggest_paragraph(a, 0))


def test_paragraph_index_out_of_range() -> None:
    with pytest.raises(IndexError, match="no paragraph 3"):
        suggest_paragraph(article("One paragraph."), 3)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_the_caller_had_it(enabled: bool) -> None:
    # the analysis pauses the collector (it makes hardly any cycles); it must not leave it off, nor turn it on for a
    # caller that had it off (the suggest command paces it itself)
    import gc

    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        suggest_article(article("The council approved the plan, the mayor said on Monday."))
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_suggest_article_matches_suggest_paragraph() -> None:
    a = article("Tom Baker said the plan failed.", "“It failed,” he said.", "The sky is blue.")
    assert suggest_article(a) == [suggest_paragraph(a, i) for i in range(3)]


def test_results_are_the_same_from_several_threads() -> None:
    a = article(*[f"Officials said {n} homes were destroyed. The storm was a catastrophe." for n in range(30)])
    expected = [suggest_paragraph(a, i) for i in range(30)]
    suggest_module._CACHE.clear()
    results: list[list[list[SuggestedClaim]]] = []

    def work() -> None:
        results.append([suggest_paragraph(a, i) for i in range(30)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


_ALPHABET = st.sampled_from([
    "said", "Smith", "the", "officials", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "“", "「", "」",
    "allegedly", "could", "easily", ",", ".", "?", "!", ":", ";", "—", "according", "to", "he", "in", "view",
    "John’s", "U.S.", "Mr.", "so-called", "hysteria", "\n", " ", "  ", "İstanbul", "ﬁ", "é", "",
])


@given(st.lists(st.lists(_ALPHABET, max_size=40).map(" ".join), min_size=1, max_size=4))
def test_any_text_gives_sorted_claims_on_word_boundaries(paragraphs: list[str]) -> None:
    texts = [canonical(p) or "x" for p in paragraphs]
    a = article(*texts)
    for paragraph, found in zip(a.paragraphs, suggest_article(a), strict=True):
        check_claims(paragraph.text, found)
        sentences = [(s, e) for s, e in sentence_spans(paragraph.text) if paragraph.text[s:e].strip()]
        for s, e in sentences:  # every sentence is covered, by one claim or (split) two
            inside = [c for c in found if s <= c.start and c.end <= e]
            assert inside and paragraph.text[s:e].strip().startswith(paragraph.text[inside[0].start : inside[0].end])
        assert sum(1 for c in found if any(s <= c.start and c.end <= e for s, e in sentences)) == len(found)


# ---------------------------------------------------------------- quotation scanner and word lists


def test_scan_quotes_skips_apostrophes_and_nests() -> None:
    regions, still_open = scan_quotes("It’s the ‘Wishing Well’ and “a ‘nested’ one” plus Kate’s car.")
    assert [(r.mark, r.closed) for r in regions] == [("‘", True), ("“", True)]
    assert still_open is None
    regions, still_open = scan_quotes("He said: “it goes on")
    assert still_open == "“" and not regions[0].closed


def test_every_framing_device_is_a_choice_of_the_shipped_scheme() -> None:
    scheme = load_scheme(REPO_ROOT / "labels.yaml")
    framing = scheme.get("framing")
    assert framing is not None
    device_attribute = framing.attribute("device")
    assert device_attribute is not None
    assert set(DEVICES) <= set(device_attribute.choices)
    # (phrases that hide a cue inside them, "the right to", are of no device)
    assert {p.kind for p in cues().framing.by_text.values()} - {NOT_FRAMING} <= set(DEVICES)
    assert cues().framing.by_text["the right to"].kind == NOT_FRAMING


def test_word_lists_are_package_data() -> None:
    folder = Path(suggest_module.__file__).parent / "data" / "cues"
    assert {p.name for p in folder.iterdir()} >= {"attribution.yaml", "framing.yaml", "loaded.txt", "name_calling.txt"}
    assert "said" in cues().attribution.by_text
    assert cues().framing.by_text["allegedly"].kind == "hedging"


# ---------------------------------------------------------------- second development batch


def test_a_sentence_cut_after_a_title_abbreviation_is_joined() -> None:
    text = "Democratic Illinois Rep. Danny Davis defended Louis Farrakhan on Monday, said the newspaper."
    found = claims(text)
    assert [(c.start, c.end) for c in found] == [(0, len(text))]


def test_words_quoted_after_a_colon_are_a_quotation_not_scare_quotes() -> None:
    suggestion = one("But her mother had a blunt reply: “Please pardon my daughter.”").suggestion
    assert suggestion.label == "quote"


def test_a_title_is_resolved_to_the_person_named_later() -> None:
    a = article("Hungary’s Prime Minister said on Sunday that Christianity is Europe’s last hope.",
                "Prime Minister Viktor Orbán warned that migration would change Europe.")
    assert suggest_paragraph(a, 0)[0].suggestion.attributes["speaker"] == "Viktor Orbán"


def test_a_cue_in_a_relative_clause_leaves_the_main_clause_to_the_author() -> None:
    text = ("The exchange marks a bizarre twist in the story of the linguist, who on Thursday apologized "
            "to a judge and said she takes full responsibility.")
    assert label(text) == "framing"


def test_organisations_with_of_and_for_in_their_name() -> None:
    assert speaker("Gun control advocates including the group Everytown for Gun Safety lauded the move.") \
        == "Everytown for Gun Safety"
    assert speaker("The bipartisan U.S. Conference of Mayors passed resolutions calling for gun control.") \
        == "U.S. Conference of Mayors"
