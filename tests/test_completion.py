"""The speaker prompt's completion (workbench.completion) and the article phrases it falls back on (names)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.completion import MAX_CHARS, Completer
from workbench.names import name_phrases

SPEAKERS = ["Donald Trump", "unnamed", "Chris Sununu", "Jeanne Shaheen", "Anche Legambiente", "Vakbond FNV",
            "Dona Karan"]


@pytest.mark.parametrize(
    ("typed", "completion"),
    [
        ("Don", "Donald Trump"),  # the first candidate that starts so, as a plain list completes
        ("don", "Donald Trump"),  # lower-case letters take the candidate's case
        ("Dona ", "Dona Karan"),
        ("Chris Sununu and Je", "Chris Sununu and Jeanne Shaheen"),  # the name after a list's separator
        ("Jeanne Shaheen, ch", "Jeanne Shaheen, Chris Sununu"),
        ("Chris Sununu & do", "Chris Sununu & Donald Trump"),
        ("Leg", "Legambiente"),  # a later word of a candidate: "Anche" is not part of the name
        ("fn", "FNV"),
        ("Tru", "Trump"),
        ("x", None),
        ("", None),
        ("   ", None),
        ("Chris Sununu and ", None),  # nothing typed after the separator yet
    ],
)
def test_completion(typed: str, completion: str | None) -> None:
    assert Completer(SPEAKERS).complete(typed) == completion


def test_completion_keeps_the_capitals_typed() -> None:
    completer = Completer(["municipalité de Saint-Olivier-de-Beauce"])
    assert completer.complete("M") == "Municipalité de Saint-Olivier-de-Beauce"
    assert completer.complete("m") == "municipalité de Saint-Olivier-de-Beauce"


def test_later_rules_never_change_what_the_first_rule_completes() -> None:
    """A candidate that starts with what is typed wins over a later word and over a list's last name."""
    completer = Completer(["Trumpet Records", "Donald Trump", "Smith and Jones", "Jones"])
    assert completer.complete("Trump") == "Trumpet Records"
    assert completer.complete("Smith and J") == "Smith and Jones"


def test_earlier_candidates_win() -> None:
    assert Completer(["Mike Pompeo", "Michael R. Pompeo"]).complete("Mi") == "Mike Pompeo"
    assert Completer(["Michael R. Pompeo", "Mike Pompeo"]).complete("Mi") == "Michael R. Pompeo"
    assert Completer(["A Pompeo", "B Pompeo"]).complete("Pom") == "Pompeo"


@pytest.mark.parametrize(
    ("candidate", "typed", "completion"),
    [
        ("Großbritannien", "GROSSB", "GROSSBritannien"),  # "ß" folds to "ss": what was typed stays, the rest follows
        ("Strasse Nord", "Straße N", "Straße Nord"),
        ("Maß und Mitte party", "Mass und M", "Mass und Mitte party"),
        ("Gauß", "GAUSS", None),  # nothing left to add: no completion (never a shorter value)
        ("İstanbul Belediyesi", "İs", "İstanbul Belediyesi"),
        ("ßsA", "sẞ", "sẞA"),  # the same length folded, letter by letter not the same letters: kept as typed
    ],
)
def test_completion_when_case_folding_changes_lengths(candidate: str, typed: str, completion: str | None) -> None:
    assert Completer([candidate]).complete(typed) == completion


_TEXT = st.text(alphabet=st.sampled_from("aAbBsSßẞİiıI ,&-’'éÉ"), max_size=12)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, max_size=6), st.lists(_TEXT, max_size=4), _TEXT)
@example([], ["ßsA"], "sẞ")
def test_a_completion_keeps_what_was_typed_and_adds_to_it(candidates: list[str], fallbacks: list[str],
                                                           typed: str) -> None:
    completion = Completer(candidates, fallbacks).complete(typed)
    if completion is not None:
        assert len(completion) > len(typed)
        assert completion[: len(typed)].casefold() == typed.casefold()


def test_fallbacks_complete_only_where_no_candidate_does() -> None:
    speakers = ["Chris Sununu", "Jeanne Shaheen"]
    completer = Completer(speakers, ["Chris Sununu said on Monday", "Kelderby Parish Council"])
    assert completer.complete("Chr") == "Chris Sununu"
    assert completer.complete("Chris Sununu s") == "Chris Sununu said on Monday"  # no speaker goes on so
    assert completer.complete("Chris Sununu and J") == "Chris Sununu and Jeanne Shaheen"
    assert completer.complete("Kel") == "Kelderby Parish Council"


def test_overlong_candidates_and_values_are_left_out() -> None:
    """A run of capitalised words thousands of characters long is no name, and indexing each later word of it
    would cost memory by the square of its length."""
    long_run = " ".join(["Alpha"] * 5_000)
    completer = Completer([long_run, "Alpha Beta"])
    assert completer.candidates == ["Alpha Beta"]
    assert completer.complete("Al") == "Alpha Beta"
    assert completer.complete("A" * (MAX_CHARS + 1)) is None
    assert Completer(["x"]).complete(" " * 16_000 + "a") is None  # (a long run of spaces: linear)


def test_duplicate_and_blank_candidates_are_dropped() -> None:
    completer = Completer(["BBC", "", "  ", "BBC", "Reuters"])
    assert completer.candidates == ["BBC", "Reuters"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Het ministerie van Infrastructuur en Waterstaat laat weten dat het goed gaat.",
         "ministerie van Infrastructuur en Waterstaat"),
        ("La Delegación del Gobierno en Murcia ha informado.", "Delegación del Gobierno en Murcia"),
        ("Según la Junta de Castilla y León, todo va bien.", "Junta de Castilla y León"),
        ("Selon l’ARS Bourgogne-Franche-Comté, rien.", "ARS Bourgogne-Franche-Comté"),
        ("La chambre d’agriculture de Bretagne a réagi.", "chambre d’agriculture de Bretagne"),
        ("La Ligue des droits humains dénonce la prison.", "Ligue des droits humains"),
        ("Selon la préfecture de la Marne, il pleut.", "préfecture de la Marne"),
        ("Die Gemeinde St. Ulrich am Lammbach teilte mit.", "Gemeinde St. Ulrich am Lammbach"),
        ("the House Permanent Subcommittee on Investigations said", "House Permanent Subcommittee on Investigations"),
        ("The Syrian government denied it.", "Syrian government"),
        ("Congo's government said so.", "Congo"),
    ],
)
def test_name_phrases_find_institutions_with_small_words(text: str, phrase: str) -> None:
    assert phrase in name_phrases([text])


def test_name_phrases_stop_at_words_that_are_not_names() -> None:
    phrases = name_phrases(["Het ministerie van Infrastructuur en Waterstaat laat weten dat het goed gaat."])
    assert not any("laat" in p for p in phrases)  # lower-case words go on only from a head, before any name
    assert not any(p.endswith((" van", " en")) for p in phrases)
    assert name_phrases(["no capital here at all."]) == []
    text = ("The police said in a statement that the ministry told reporters the government said on Monday that "
            "the army would act. Kim. Then Moon said so. He met Bob. Later Alice came. JFK... Jacob Hornberger.")
    phrases = name_phrases([text])
    assert not any(" said" in p or " told" in p for p in phrases)  # an English head's sentence goes on
    assert not any("." in p for p in phrases)  # "Kim." and "JFK..." end their sentences
    assert not any(p.startswith(("The ", "Then ")) for p in phrases)  # words a sentence opens with
    assert "Jacob Hornberger" in phrases


def test_name_phrases_put_the_longest_first_and_keep_the_texts_order() -> None:
    phrases = name_phrases(["Junta de Castilla y León said. Then Madrid replied."])
    assert phrases.index("Junta de Castilla y León") < phrases.index("Junta de Castilla") < phrases.index("Junta")
    assert phrases.index("Junta") < phrases.index("Madrid")


def test_name_phrases_take_a_text_of_any_length_in_one_pass() -> None:
    words = " ".join(["Alpha", "of", "Beta"] * 50_000)
    phrases = name_phrases([words])
    assert phrases and max(len(p.split()) for p in phrases) <= 11


ARTICLE = [
    "La fédération de la Sarthe pour la pêche et la protection du milieu aquatique réclame un moratoire.",
    "Selon la préfecture des Côtes-d’Armor, rien ne presse. La fédération de la Sarthe pour la pêche, elle, dit non.",
    "Die Gemeinde St. Ulrich am Lammbach bestätigte den Eingang.",
    "Laut PARSE-Studie ist ARS Nouvelle-Aquitaine zuständig.",
    "The fédération de la Sarthe pour la pêche et la protection du milieu aquatique, again.",
]


@pytest.mark.parametrize(
    ("typed", "completion"),
    [
        # rule 4: the article's next word, one → at a time
        ("fédération de la Sarthe", "fédération de la Sarthe pour"),
        ("fédération de la Sarthe pour la pêche", "fédération de la Sarthe pour la pêche et"),  # the commonest
        ("fédération de la Sarthe pour la pêche et la protection du milieu", (
            "fédération de la Sarthe pour la pêche et la protection du milieu aquatique")),
        ("fédération de la S", "fédération de la Sarthe"),  # the rest of the word it stops in
        ("préfecture des Côtes-d'", "préfecture des Côtes-d'Armor"),  # an apostrophe typed plainly
        ("Préfecture des c", "Préfecture des Côtes-d’Armor"),  # capitals typed kept, the others as written
        ("Gemeinde", "Gemeinde St."),  # an abbreviation keeps its full stop
        ("Gemeinde St.", "Gemeinde St. Ulrich"),
        ("ARS", "ARS Nouvelle-Aquitaine"),  # at a word's start only: not "PARSE"
        ("Selon la préfecture des Côtes-d’Armor", None),  # never across punctuation
        ("réclame un moratoire", None),  # the end of a sentence
        ("réclame un m", "réclame un moratoire"),  # its full stop left out
        ("lammbach bestätigte den Eingang", None),
        ("Zürich", None),  # not in the article
    ],
)
def test_completion_goes_on_with_the_articles_words(typed: str, completion: str | None) -> None:
    assert Completer(["unnamed"], [], ARTICLE).complete(typed) == completion


def test_the_articles_words_come_after_every_other_rule() -> None:
    """A candidate or a fallback that completes what is typed wins over the article's next word."""
    completer = Completer(["fédération de la Sarthe pour la pêche"], ["préfecture des Côtes-d’Armor et du Finistère"],
                          ARTICLE)
    assert completer.complete("fédération de la") == "fédération de la Sarthe pour la pêche"
    assert completer.complete("préfecture des") == "préfecture des Côtes-d’Armor et du Finistère"
    assert completer.complete("fédération de la Sarthe pour la pêche") == "fédération de la Sarthe pour la pêche et"


@pytest.mark.parametrize(
    ("text", "typed", "completion"),
    [
        ("Joe Biden and the Democrats met. Later Donald Trump spoke.", "Joe Biden and T", "Joe Biden and Trump"),
        ("Nancy Pelosi, who chairs the caucus, and Elizabeth Warren said no.", "Nancy Pelosi, W",
         "Nancy Pelosi, Warren"),  # a list's next name, though the article writes "and the", ", who"
        ("Le maire — Jean Roux — a dit non.", "Le maire", None),  # an aside opens: nothing to add
        ("Le plan (STTRC) est prêt.", "Le plan", None),
        ("the ‘Green Deal’ plan", "the ‘Green", "the ‘Green Deal"),  # the closing mark left out
        ("said Jun Li.", "said Jun", "said Jun Li"),  # a short name's full stop ends the sentence
        ("estime l'archéologue cantonale", "l’arch", "l’archéologue"),  # a curly apostrophe typed for a straight
    ],
)
def test_the_articles_words_stop_at_punctuation_and_leave_lists_to_names(
        text: str, typed: str, completion: str | None) -> None:
    assert Completer(["Joe Biden", "Donald Trump", "Nancy Pelosi", "Elizabeth Warren"], [], [text]).complete(
        typed) == completion


def test_a_word_without_white_space_is_completed_only_up_to_the_longest_speaker() -> None:
    completion = Completer([], [], ["x " + "ab+" * 300_000]).complete("x")
    assert completion is not None and len(completion) <= 2 + MAX_CHARS


def test_a_bracket_or_a_quotation_mark_opens_another_phrase() -> None:
    """The initials in brackets after a body's name are no part of it: → must not offer "… Sorraia ARBVS"."""
    phrases = name_phrases(["A Associação de Regantes e Beneficiários do Vale do Sorraia (ARBVS) acusou a empresa.",
                            "O Movimento «Salvem Sorraia» protestou."])
    assert "Associação de Regantes e Beneficiários do Vale do Sorraia" in phrases
    assert "ARBVS" in phrases and "Salvem Sorraia" in phrases
    assert not any("Sorraia ARBVS" in p or "Movimento Salvem" in p for p in phrases)
