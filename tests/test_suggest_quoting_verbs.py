"""Verbs that report only words in marks after them or their object ("called the plan “a disaster”", "parle d'une
décision « qui honore la ville »"), which were taken for the author's scare quotes; a German participle after
"als „…“"; "l'un d'eux" as a source; and a person "of Town, State" with no comma after the state."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language

from workbench.suggest import suggest_paragraph


def claims(language: str, text: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim of a one-paragraph article: its label, speaker and quote type or device."""
    found = suggest_paragraph(in_language(language, text), 0)
    return [(c.suggestion.label, c.suggestion.attributes.get("speaker"),
             c.suggestion.attributes.get("quote_type") or c.suggestion.attributes.get("device")) for c in found]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "The mayor called the plan “a disaster”.", "mayor"),
    ("en", "The panel did not accept his evidence, calling it “simply not credible”.", "panel"),
    ("en", "Rep. Danny Davis defended Nation of Islam leader Louis Farrakhan as an “outstanding human being.”",
     "Danny Davis"),
    ("en", "The navy termed these near ritualistic, belligerent encounters, “unsafe and unprofessional.”", "navy"),
    ("en", "Belgian prime minister Charles Michel spoke about sending “an ultimatum” to the Visegrád countries.",
     "Charles Michel"),
    ("en", "In response, Brett Kavanaugh labeled the allegations “ridiculous and from the Twilight Zone.”",
     "Brett Kavanaugh"),
    ("fr", "Le maire, Patrice Jouffroy (sans étiquette), parle d’une décision « qui honore la ville ».",
     "Patrice Jouffroy"),
    ("fr", "Son directeur administratif, Olivier Sénécal, parle d’un « simple décalage bancaire », réglé depuis.",
     "Olivier Sénécal"),
    ("fr", "Le maire, Yannick Le Bihan (divers gauche), défend un projet « gagnant pour tout le monde ».",
     "Yannick Le Bihan"),
    ("es", "El concejal Mauricio Peñaranda habló de “un elefante blanco con teleférico”.", "Mauricio Peñaranda"),
    ("it", "Il comitato Terra Pulita, che da anni denuncia i miasmi, parla di «una vergogna».", "Terra Pulita"),
    ("pt", "A UGT, que assinou o texto, fala num «passo na direção certa», mas avisa que vai exigir mais.", "UGT"),
    ("de", "Bürgermeisterin Sabine Krautwurst (CDU) würdigte Brinkhoff als „Baumeister des modernen Hessenbrück“.",
     "Sabine Krautwurst"),
])
def test_words_in_marks_after_a_quoting_verb_are_its_subjects(language: str, text: str, speaker: str) -> None:
    assert claims(language, text) == [("quote", speaker, "mixed")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The mayor defended the budget on Tuesday."),
    ("en", "Charles Michel spoke about his childhood in Namur."),
    ("en", "The council labelled the bins by street."),
    ("fr", "Le livre parle d’une décision difficile."),
    ("fr", "Le maire défend son bilan devant le conseil municipal."),
    ("es", "El concejal habló de su infancia en Oviedo."),
    ("pt", "O treinador fala de futebol com paixão."),
])
def test_without_marks_the_same_verbs_report_nothing(language: str, text: str) -> None:
    assert [label for label, _, _ in claims(language, text)] == ["fact"]


@pytest.mark.parametrize(("language", "text"), [
    # the author's marks, no one's words: a passive with no agent, "it" as subject
    ("en", "The asteroid will miss the Earth, but it’s still labeled as “potentially hazardous,” for good reasons."),
    ("en", "The asteroid is labeled “potentially hazardous” in the catalogue."),
    ("en", "The asteroid, discovered in 2004, is still labeled as “potentially hazardous.”"),
    ("en", "The trial, dubbed the “trial of the century”, opens Monday."),
    # a name given or a title, not words reported
    ("en", "Residents formed a group called “Hands Off Our Park” in the spring."),
    ("en", "She spoke about her memoir, “Becoming,” to a packed auditorium on Saturday."),
    ("en", "The minister defended the plan on the BBC's “Today” programme on Tuesday."),
    ("fr", "Le livre parle d'un village appelé « Sainte-Claire », perdu dans les Cévennes."),
    ("it", "Ha chiamato il figlio «Leone», come il nonno."),
    ("pt", "Ela chamou o filho de “Pedro”, em homenagem ao avô."),
    ("en", "An asteroid called 3200 Phaethon will skim past the Earth in December."),
    # marks in a clause of their own
    ("fr", "Emmanuel Macron a défendu sa réforme des retraites, jugée « injuste » par les syndicats."),
    ("fr", "Le préfet évoquait la situation lorsque des manifestants ont scandé « Démission ! » devant la préfecture."),
])
def test_marks_after_a_quoting_verb_with_no_one_to_say_them_are_no_quotation(language: str, text: str) -> None:
    assert all(label != "quote" for label, _, _ in claims(language, text))


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("de", "Bürgermeisterin Anna Renz würdigte den Verstorbenen als „Baumeister des modernen Hessenbrück“.",
     "Anna Renz"),  # "den" is an article here, no relative pronoun opening a clause
    ("en", "Sheila Dorsey labelled the inspectors' report “deeply flawed”.", "Sheila Dorsey"),
    ("en", "The head teacher, Mrs Patel, referred to the incident as “a serious lapse of judgment”.", "Patel"),
])
def test_an_article_a_possessive_or_an_apposition_before_the_marks_keeps_them_the_verbs(
        language: str, text: str, speaker: str) -> None:
    assert claims(language, text) == [("quote", speaker, "mixed")]


def test_a_passive_quoting_verb_with_its_agent_is_the_agents() -> None:
    assert claims("en", "The plan was labeled a “disaster” by the mayor.") == [("quote", "mayor", "mixed")]


@pytest.mark.parametrize("text", [
    "Thomas Renz hat das Projekt als „nicht verhandelbar“ bezeichnet.",
    "Der Landrat Thomas Renz hatte das Projekt bislang als „nicht verhandelbar“ bezeichnet.",
])
def test_a_german_participle_after_als_and_marks_has_its_subject_before_them(text: str) -> None:
    assert claims("de", text) == [("quote", "Thomas Renz", "mixed")]


def test_a_german_verb_after_marks_and_a_comma_still_has_its_source_after_it() -> None:
    assert claims("de", "„Das ist nicht verhandelbar“, sagte Renz.") == [("quote", "Renz", "direct")]


@pytest.mark.parametrize("text", [
    "L'un d'eux dit que rien ne va plus dans le quartier.",
    "L’un d’eux, joint par téléphone, se dit « soulagé » que la plaque reste dans le Limousin.",
    "L’un d’eux, qui a requis l’anonymat, dit avoir reçu « une proposition correcte » d’une maison de Bergerac.",
    "L'une d'entre elles a confié qu'elle avait peur.",
])
def test_one_of_them_in_french_is_an_unnamed_source(text: str) -> None:
    assert [(label, speaker) for label, speaker, _ in claims("fr", text)] == [("quote", "unnamed")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Archbishop Allen Vigneron of Detroit, Michigan said the account was wrong.", "Allen Vigneron"),
    ("Mayor Jane Roe of Austin, Texas said the plan was wrong.", "Jane Roe"),
    ("Mayor Jane Roe of Austin, Texas, said the plan was wrong.", "Jane Roe"),
    ("Officials in Austin, Texas said the plan was wrong.", "unnamed"),
])
def test_a_state_after_the_town_with_no_comma_is_not_the_source(text: str, speaker: str) -> None:
    assert [(label, found) for label, found, _ in claims("en", text)] == [("quote", speaker)]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("es", "La Consejería de Empleo se limitó a señalar en una nota que sigue «con atención» la evolución del "
           "conflicto.", "Consejería de Empleo"),
    ("es", "En un breve comunicado, la empresa se limitó a decir que cumple “estrictamente” el contrato.", "empresa"),
    ("fr", "La préfecture s'est bornée à indiquer que l'enquête suit son cours.", "préfecture"),
    ("pt", "A empresa limitou-se a dizer que cumpre o contrato.", "empresa"),
])
def test_saying_no_more_than_is_saying(language: str, text: str, speaker: str) -> None:
    assert [(label, found) for label, found, _ in claims(language, text)] == [("quote", speaker)]


def test_a_surname_given_by_its_initial_is_still_the_subject() -> None:
    [(label, speaker, _)] = claims("de", "Thomas M. sagte, er habe nichts gesehen.")
    assert label == "quote" and speaker is not None and speaker.startswith("Thomas M")
