"""Surnames with a capitalised particle ("Luigi Di Maio"), the view a pronoun or a known title opens a sentence with
("Pour lui, …", "Para la alcaldesa, …"), a body's lower-case word before its capitalised name ("il ministero della
Salute"), a body's word that another language's list holds as a title (Portuguese "a Secretaria Municipal"), and a
firm named in passing with "a … company based in …" that "the company" means later, also after "they said" of an
unnamed source."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_suggest_quoting_verbs import claims
from test_suggest_speaker_rules import in_language, speakers

from workbench.commands.suggest import read_file
from workbench.suggest import suggest_paragraph


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("it", "«No», ha detto Luigi Di Maio.", "Luigi Di Maio"),
    ("it", "Luigi Di Maio ha detto che non lo sapeva.", "Luigi Di Maio"),
    ("it", "«No», ha detto Diego Della Valle.", "Diego Della Valle"),
    ("it", "Per la legale di Boscaro, Chiara Dal Lago, il suo assistito non sapeva nulla.", "Chiara Dal Lago"),
    ("es", "«No», dijo Guillermo Del Toro.", "Guillermo Del Toro"),
    ("en", "\u201cNo,\u201d said Bill De Blasio.", "Bill De Blasio"),
    ("en", "Bill De Blasio said no.", "Bill De Blasio"),
    # a capitalised particle that is no name's: "the Ministero Della Salute" stays one body
    ("it", "Il Ministero Della Salute ha detto che no.", "Ministero Della Salute"),
])
def test_a_capitalised_particle_is_part_of_the_surname(language: str, text: str, speaker: str) -> None:
    assert claims(language, text)[0][:2] == ("quote", speaker)


@pytest.mark.parametrize(("language", "paragraphs", "speaker"), [
    ("fr", ("Le maire Jean Dupont a visité l'usine.", "Pour lui, il faut agir vite."), "Jean Dupont"),
    ("it", ("«Non lo sapevo», ha detto Mario Rossi.", "Per lui, il problema è un altro."), "Mario Rossi"),
    ("es", ("«No lo sabía», dijo la alcaldesa, Ana Ruiz.", "Para ella, el problema es otro."), "Ana Ruiz"),
    ("es", ("«No lo sabía», dijo la alcaldesa, Ana Ruiz.", "Para la alcaldesa, el problema es otro."), "Ana Ruiz"),
    ("fr", ("La ministre Anne Martin a dit qu'elle viendrait.", "Pour la ministre, il faut agir vite."),
     "Anne Martin"),
])
def test_a_view_opened_with_a_pronoun_or_a_known_title_is_that_persons(
        language: str, paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers(in_language(language, *paragraphs))[-1] == speaker


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("fr", ("Le conseil se réunit lundi.", "Pour la suite, on verra.")),
    ("fr", ("Le conseil se réunit lundi.", "Pour lui, il faut agir vite.")),  # no person named: no one's view
    ("fr", ("Le conseil se réunit lundi.", "Pour la ministre, il faut agir vite.")),  # no minister named
])
def test_a_view_opening_without_a_known_person_stays_the_authors(language: str, paragraphs: tuple[str, ...]) -> None:
    assert speakers(in_language(language, *paragraphs)) == [None]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("it", "Il ministero della Salute ha comunicato che tutto va bene.", "ministero della Salute"),
    ("it", "Il ministero dell'Interno ha detto che tutto va bene.", "ministero dell'Interno"),
    ("it", "Secondo il ministero dell'Interno, tutto va bene.", "ministero dell'Interno"),
    ("it", "Il presidente dell'Inps ha detto che tutto va bene.", "presidente dell'Inps"),
    ("pt", "A Secretaria Municipal de Saúde informou que o hospital está fechado.", "Secretaria Municipal de Saúde"),
    ("pt", "Em nota, a Secretaria Municipal de Meio Ambiente informou que a cooperativa recebe parte do material.",
     "Secretaria Municipal de Meio Ambiente"),
    # the title is still one where it is one
    ("pt", "A secretária Ana Lima disse que o hospital está fechado.", "Ana Lima"),
    ("en", "Defense Secretary Jim Mattis said the troops would stay.", "Jim Mattis"),
])
def test_a_body_is_named_with_its_lower_case_word(language: str, text: str, speaker: str) -> None:
    assert claims(language, text)[0][:2] == ("quote", speaker)


FIRM = "Dravoxan is made by Halvorsen Agrisciences, a privately held company based in Sioux Falls, South Dakota."


@pytest.mark.parametrize("later", [
    "The company said it had submitted more than 200 studies to the agency.",
    "The company has spent six years and, by its own account, about $140 million developing the product.",
])
def test_a_firm_in_apposition_is_the_company_later(later: str) -> None:
    assert speakers(in_language("en", FIRM, later)) == ["Halvorsen Agrisciences"]


def test_they_of_an_unnamed_source_is_no_organisation_the_company_means() -> None:
    article = in_language("en", "Senior managers decided last week to send the application back, they said.", FIRM,
                          "The company said it had submitted more than 200 studies to the agency.")
    assert speakers(article) == ["Halvorsen Agrisciences"]


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("en", ("Mary Jones, a former airline pilot from Leeds, was there.", "The company said no.")),
    ("en", ("John Smith, the company's founder, was there.", "The company said no.")),
])
def test_a_person_described_is_no_firm(language: str, paragraphs: tuple[str, ...]) -> None:
    assert speakers(in_language(language, *paragraphs)) == ["company"]


def test_acme_by_its_own_account_after_and() -> None:
    text = "Acme has spent six years and, by its own account, about $140 million on it."
    assert claims("en", text)[0][:2] == ("quote", "Acme")


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "\u201cWe knew it,\u201d said ecologist Sietske Brouwer.", "Sietske Brouwer"),
    ("en", "\u201cWe knew it,\u201d said marine biologist Sietske Brouwer, who led the study.", "Sietske Brouwer"),
    ("nl", "\u201eWij wisten het\u201d, zegt bioloog Sietske Brouwer.", "Sietske Brouwer"),
    ("nl", "\u201eWe wisten dat laat maaien helpt\u201d, zegt ecoloog Sietske Brouwer, die het onderzoek leidde.",
     "Sietske Brouwer"),
    ("de", "\u201eWir wussten es\u201c, sagt Ökologin Sietske Brouwer.", "Sietske Brouwer"),
    ("de", "\u201eWir wussten es\u201c, sagt die Ornithologin Sietske Brouwer.", "Sietske Brouwer"),
])
def test_what_someone_does_before_their_name_after_the_verb_is_no_list_word(
        language: str, text: str, speaker: str) -> None:
    assert claims(language, text)[0][:2] == ("quote", speaker)


def test_what_someone_does_is_what_the_article_calls_them_later() -> None:
    a = in_language("en", "\u201cWe knew it,\u201d said ecologist Sietske Brouwer.", "The ecologist said it was clear.")
    assert speakers(a) == ["Sietske Brouwer"]


# A study's lede ("X may happen. That is what a study suggests") and its voices ("Según los autores", "Selon les
# résultats") are its lead author's, however the article describes them.
@pytest.mark.parametrize(("language", "paragraphs", "lead"), [
    ("es", ("Los mayores sin ascensor podrían volverse frágiles antes. Es lo que sugiere un estudio de la Universidad "
            "de Salamanca publicado este lunes.",
            "Según los autores, quienes vivían en esas condiciones salían menos a la calle.",
            "\u00abNo decimos que la escalera cause la fragilidad\u00bb, explica la geriatra Marta Villalobos, "
            "investigadora del Instituto de Investigación Biomédica de Salamanca (IBSAL) y primera autora del "
            "trabajo."), "Marta Villalobos"),
    ("fr", ("Les écrans pourraient retarder la parole. C'est ce que suggère une étude menée par des chercheurs de "
            "l'UCLouvain.",
            "Selon les résultats, les enfants exposés parlent plus tard.",
            "\u00ab Nous ne disons pas que les écrans rendent muet \u00bb, explique la professeure Sophie Lambotte, "
            "pédiatre et première autrice de l'étude."), "Sophie Lambotte"),
    ("pt", ("Grávidas expostas à fumaça podem ter mais risco. É o que sugere um estudo de pesquisadores da UFMT.",
            "Segundo os autores, o risco foi 14% maior.",
            "\u201cOs números são consistentes\u201d, afirma a epidemiologista Luciana Arruda Campos, professora da "
            "UFMT e coordenadora do estudo."), "Luciana Arruda Campos"),
    ("nl", ("Kuikens van de grutto overleven vaker op natte percelen. Dat blijkt uit onderzoek van de "
            "Rijksuniversiteit Groningen.",
            "Volgens de onderzoekers vinden de kuikens daar meer insecten.",
            "\u201eWe wisten het niet\u201d, zegt ecoloog Sietske Brouwer, die het onderzoek leidde."),
     "Sietske Brouwer"),
])
def test_a_studys_lede_and_voices_are_its_lead_authors(language: str, paragraphs: tuple[str, ...], lead: str) -> None:
    a = in_language(language, *paragraphs)
    assert speakers(a, 0) == [lead, lead]
    assert speakers(a, 1) == [lead]


def test_a_studys_lede_without_a_named_author_stays_as_it_was() -> None:
    a = in_language("fr", "Les écrans pourraient retarder la parole. C'est ce que suggère une étude menée par des "
                    "chercheurs de l'UCLouvain.")
    assert "the study's finding" not in " ".join(c.suggestion.reason for c in suggest_paragraph(a, 0))


@pytest.mark.parametrize(("language", "paragraphs", "speaker"), [
    # what someone is, in an apposition after their name, is what the article may call them later
    ("es", ("Ramón Ezquerra, entrenador del Racing, no ocultó su enfado.",
            "El técnico del Racing aseguró que el penalti era claro."), "Ramón Ezquerra"),
    ("en", ("Kettering Vale won 2-1. Vale manager Carl Baptiste was pleased.",
            "The Vale boss admitted his side had been second best."), "Carl Baptiste"),
    ("fr", ("Le pneumologue Karim Benali constate déjà l'effet.",
            "Le médecin appelle à mieux informer le public."), "Karim Benali"),
    # an office with an adjective before the name, with a comma (not "l'ancien maire": a former holder)
    ("fr", ("Le nouveau maire, Jean-Marc Quéméner, a pris ses fonctions mardi.",
            "Dans un courriel, l'élu écrit : \u00ab Tu as les chiffres. \u00bb"), "Jean-Marc Quéméner"),
    # "the regulator" is the body named in passing where none has spoken yet
    ("en", ("The Energy Markets Authority (EMA) has cut the charge.",
            "The regulator said the change would help low users."), "EMA"),
])
def test_a_role_word_is_the_person_or_body_named_with_it(language: str, paragraphs: tuple[str, ...],
                                                         speaker: str) -> None:
    assert speakers(in_language(language, *paragraphs)) == [speaker]


def test_an_indefinite_apposition_after_a_name_gives_no_title() -> None:
    a = in_language("en", "According to Cassandra Fairbanks, a Secret Service agent who spoke on condition of "
                    "anonymity revealed the plan.", "The plan was dropped, according to the agent.")
    assert speakers(a) == ["agent"]  # (not Cassandra Fairbanks)


def test_an_explainers_question_heading_is_no_rhetorical_frame(tmp_path: Path) -> None:
    path = tmp_path / "explainer.md"
    path.write_text("---\nlanguage: en\n---\n# Title\n\nIntro paragraph about the bill.\n\n## What is changing?\n\n"
                    "The regulator cut the charge.\n\n## Why now?\n\nCosts doubled.\n", encoding="utf-8")
    article = read_file(path)
    headings = [p.index for p in article.paragraphs if p.kind == "heading"]
    assert headings
    for index in headings:
        assert [c.suggestion.label for c in suggest_paragraph(article, index)] == ["fact"]


def test_a_german_study_speaks_through_the_biologist_who_led_it() -> None:
    a = in_language("de", "Moore könnten mehr Kohlenstoff binden als angenommen. Das zeigt eine Studie der "
                    "Universität Greifswald.",
                    "\u201eWir waren selbst überrascht\u201c, sagt die Biologin Hanna Lindqvist, die die Studie "
                    "leitete.",
                    "Laut den Forschern sinken die Emissionen schon im zweiten Jahr.")
    assert speakers(a, 0) == ["Hanna Lindqvist", "Hanna Lindqvist"]
    assert speakers(a, 1) == ["Hanna Lindqvist"]
    assert speakers(a, 2) == ["Hanna Lindqvist"]
