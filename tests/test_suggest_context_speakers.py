"""Whom a quotation without a cue of its own is given to: the person the text spoke of since anyone last spoke
(rules found wrong on the twenty-ninth blind round)."""

from __future__ import annotations

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
