"""Whom a quotation without a cue of its own is given to: the person the text spoke of since anyone last spoke
(rules found wrong on the twenty-ninth blind round)."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, speakers

from workbench.model import Article, ArticleMeta, Paragraph


def test_a_quotation_after_a_person_opens_an_author_sentence_is_theirs() -> None:
    """"Haig does not blame himself, but …" then a quotation with no cue: Haig's words, not the officials' who
    spoke two paragraphs before (the guess was "unnamed", and the "he said" after it followed)."""
    a = in_language("en", "It's unclear whether Douglas Haig is still a person of interest, but he was the only one "
                          "mentioned by name in the search warrant.",
                    "Authorities have since said they don't plan to bring charges against Danley.",
                    "Haig does not blame himself, but he decided to shut down his business.",
                    '"I\'m still racking my brain for what did I miss."',
                    "he said.")
    assert speakers(a, 3) == ["Douglas Haig"]
    assert speakers(a, 4) == ["Douglas Haig"]


def test_a_sentence_opened_by_no_one_s_name_leaves_the_last_speaker() -> None:
    """Only a name with a given name or a title counts as a person ("Subscribe Today" does not)."""
    a = in_language("en", "“We will appeal,” said Maria Lopez, the union's lawyer.",
                    "Subscribe Today for more stories like this one.",
                    "“The ruling ignores the evidence.”")
    assert speakers(a, 2) == ["Maria Lopez"]


def test_a_tweet_s_sentences_are_not_the_subject_of_what_follows() -> None:
    """An embedded tweet's text ("Bob Mueller is totally conflicted …") is its author's, which its footer (a
    paragraph the importer marks as boilerplate) tells: the quotation after it is not Bob Mueller's."""
    paragraphs = [
        ("content", "“It is a witch hunt,” President Donald Trump said on Wednesday."),
        ("content", "Bob Mueller is totally conflicted, and his 17 Angry Democrats are a disgrace to USA!"),
        ("boilerplate", "— Donald J. Trump (@realDonaldTrump) August 1, 2018"),
        ("content", "“This is a terrible situation and it should stop right now.”"),
    ]
    a = Article("tweet-footer", ArticleMeta(language="en"),
                tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(paragraphs)))
    assert speakers(a, 3) != ["Bob Mueller"]


def test_a_subject_closing_its_sentence_keeps_no_full_stop() -> None:
    """"Ambassador John Bolton." alone: the full stop ends the sentence, it is no part of the name (the speaker of
    the quotation after it was "John Bolton.")."""
    a = in_language("en", "The administration needed a hawk.", "Enter Ambassador John Bolton.",
                    "“There is a viable opposition to the regime,” he told the room.")
    assert speakers(a, 2) == ["John Bolton"]


def test_a_noun_after_a_possessive_is_no_cue_when_a_verb_of_saying_follows() -> None:
    """"Unison, which supported Ms Mallon’s claim, said …": "claim" after a possessive is the noun, and the
    sentence's cue is "said" (the speaker was Mallon). Alone, "Mallon’s claims that …" still report hers."""
    a = in_language("en", "Unison, which supported Ms Mallon’s claim, said care workers were afraid to speak up.")
    assert speakers(a) == ["Unison"]
    assert speakers(in_language("en", "Mallon’s claims that she was fired unfairly were upheld.")) == ["Mallon"]


def test_a_double_given_name_opening_a_sentence_is_kept() -> None:
    """"Mary Ann Smith arrived …" after "Ann Smith" was quoted: "Mary" is a given name, not a word opening the
    sentence before a known name (as "Enter" is in "Enter John Bolton.")."""
    a = in_language("en", "“It is a disaster,” said Ann Smith.", "“We disagree,” said Peter Hall.",
                    "Mary Ann Smith arrived in London on Monday.", "“There will be no deal,” she said.")
    assert speakers(a) == ["Mary Ann Smith"]


def test_a_title_after_an_organisation_s_word_still_names_a_person() -> None:
    """"House Speaker Nancy Pelosi blocked the bill": "House" is an organisation's word, but a title and a given
    name follow, so the sentence names her, whom "she" means next."""
    a = in_language("en", "The bill passed the Senate on Monday.",
                    "House Speaker Nancy Pelosi blocked the bill on Tuesday.", "“We will not allow this,” she said.")
    assert speakers(a) == ["Nancy Pelosi"]


def test_a_person_something_befell_is_not_taken_for_the_speaker() -> None:
    """"Peter Brown died in hospital", "Marc Durand a été arrêté": the person is spoken of, so the quotation after
    it stays with the last speaker."""
    a = in_language("en", "“We are devastated,” said Sarah Jones, a neighbour.",
                    "Peter Brown died in hospital on Sunday.", "“He was the kindest man on the street.”")
    assert speakers(a) == ["Sarah Jones"]
    a = in_language("fr", "« L'enquête avance », a déclaré le commissaire Paul Vert.",
                    "Marc Durand a été arrêté vendredi à Lyon.", "« Les investigations se poursuivent. »")
    assert speakers(a) == ["Paul Vert"]


def test_a_claim_after_a_possessive_is_still_reported_when_no_verb_of_saying_follows_it() -> None:
    """Only "X's claim, said …" makes "claim" the noun: "The company disputed Smith’s claim that …" reports
    Smith's claim."""
    a = in_language("en", "The company disputed Smith’s claim that he had been told nothing.")
    assert speakers(a) == ["Smith"]


@pytest.mark.parametrize(("language", "text", "who"), [
    ("nl", "Huisarts Joost Verhage uit Middelburg schat dat de helft van zijn patiënten het middel gebruikt.",
     "Joost Verhage"),
    ("nl", "Boer Jan de Vries (54) uit Dokkum zegt dat de oogst slecht is.", "Jan de Vries"),
    ("nl", "Bewoner Piet Jansen (71) in Hoorn vertelt dat het water snel steeg.", "Piet Jansen"),
    ("nl", "Schipper Klaas Dijkstra (58) uit Veendam zegt dat hij moet omvaren.", "Klaas Dijkstra"),
    ("pt", "Maria Costa (40) em Lisboa disse que a obra vai atrasar.", "Maria Costa"),
])
def test_where_a_person_is_from_is_not_the_source(language: str, text: str, who: str) -> None:
    """Dutch "uit" ("from") and an age in brackets between a name and its town: the person speaks, not the town
    (the town had become the speaker of every quotation after it)."""
    after = {"nl": "“Het is een groot probleem,” zegt hij.", "pt": "“É um grande problema”, disse ela."}[language]
    article = in_language(language, text, after)
    assert speakers(article, 0) == [who]
    assert speakers(article, 1) == [who]


@pytest.mark.parametrize("text", [
    "John Smith (54) from Leeds said the plan would fail.",
    "John Smith, 54, from Leeds said the plan would fail.",
    "Mary Jones (34) of Leeds said the plan would fail.",
    "Mary Jones, 34, of Springfield, said the plan would fail.",
    "“It is over,” Mary Jones, 34, of Springfield said.",
])
def test_an_english_age_and_home_town_after_a_name_are_not_the_source(text: str) -> None:
    """British and American news give an age between commas or in brackets, then the town ("John Smith, 54, of
    Leeds"): the person speaks, not the town (the town had been the speaker)."""
    assert speakers(in_language("en", text), 0) in (["John Smith"], ["Mary Jones"])


@pytest.mark.parametrize("text", [
    "‘De brug blijft dicht tot maart’, aldus voorzitter Ruud ten Have.",
    "Volgens Ruud ten Have blijft de brug dicht.",
    "Ruud ten Have zegt dat de brug dicht blijft.",
])
def test_a_surname_after_its_particle_is_a_name_even_where_it_is_an_english_word(text: str) -> None:
    """"ten Have", "van As": the English function-word lists apply in every language, and stopped the name at
    "Have" (the quotation went to an unnamed source, the statement became a fact)."""
    assert speakers(in_language("nl", text), 0) == ["Ruud ten Have"]


@pytest.mark.parametrize(("language", "text", "who"), [
    ("nl", "Volgens de presentator van Op het randje stopt het programma.", "presentator"),
    ("fr", "Selon l'auteur de En attendant Godot, le théâtre est mort.", "auteur"),
    ("es", "Según la autora de Como agua para chocolate, la novela tendrá secuela.", "autora"),
    ("es", "Le dijo al No de Cataluña que no habrá referéndum, según el ministro.", "ministro"),
])
def test_a_function_word_of_the_articles_own_language_after_a_particle_is_no_surname(
        language: str, text: str, who: str) -> None:
    """A work's title after "van", "de": its first word is the language's own function word, not a surname."""
    assert speakers(in_language(language, text), 0) == [who]


@pytest.mark.parametrize(("text", "who"), [
    ("ACCORDING TO THE MAYOR IT WILL BE OPEN ON MONDAY.", "THE MAYOR"),
    ("According to ABC News IT experts were hired.", "ABC News"),
    ("The Commission (2021) of Inquiry said the rules failed.", "Inquiry"),  # a year, no age
])
def test_initials_and_ages_stay_where_they_belong(text: str, who: str) -> None:
    """Initials that spell a function word are a name only right after the cue (not every word of a sentence in
    capitals); an age has at most three digits."""
    assert speakers(in_language("en", text), 0) == [who]


def test_initials_that_spell_a_function_word_are_a_source_after_according_to() -> None:
    """"WHO" is written as "who": the phrase after "according to" stopped at it and the sentence was a fact."""
    assert speakers(in_language("en", "The death toll rose to 40, according to WHO."), 0) == ["WHO"]


@pytest.mark.parametrize("text", [
    "De oogst is mislukt, zegt Jan de Vries uit Dokkum.",
    "Het gaat slecht, zegt Jan de Vries (54) uit Dokkum.",
    "De oogst is mislukt, aldus Jan de Vries uit Dokkum.",
])
def test_a_dutch_source_after_its_verb_keeps_where_it_is_from_out(text: str) -> None:
    """The source closing the sentence, then its age and town: not the sentence's subject ("oogst"), nor a fact."""
    assert speakers(in_language("nl", text), 0) == ["Jan de Vries"]


def test_the_sentences_of_one_quotation_without_a_cue_share_the_guessed_speaker() -> None:
    """A quotation of two sentences in single marks, each its own claim: the second is the same person's as the
    first (it had gone back to the speaker before, as any quotation ends the sentence-opener guess)."""
    article = in_language("nl", "‘Ik begrijp het’, zegt gedeputeerde Anouk Brinkman.",
                          "Bakker Henk Stoel (58) uit Hasselt ziet zijn omzet al weken dalen. ‘De klanten van de "
                          "overkant komen gewoon niet meer. Dat is een kwart van mijn inkomsten.’")
    assert speakers(article, 1) == [None, "Henk Stoel", "Henk Stoel"]
