"""A quotation introduced by a colon with no reporting cue ("X fue claro: «…»") is the words of whoever the
words before the colon name: the subject, or the name in apposition to its description."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers

# A first paragraph names someone else, so a wrong answer cannot pass as "the last speaker".
EARLIER = {
    "en": "Laura Beck said the plan was sound.",
    "es": "La empresa Valle Verde informó del accidente.",
    "fr": "La société Restoval a parlé d'un incident.",
    "it": "Il Comune di Valdassa ha fatto sapere che legge la sentenza.",
    "nl": "Lies Verhaegen zei dat het klopte.",
    "pt": "O ministro Artur Lemos disse que o estudo avança.",
}


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("es", "El presidente municipal, Héctor Iribe Castro, fue claro: “Si hubo negligencia, la empresa va a "
           "responder”.", "Héctor Iribe Castro"),
    ("es", "Su portavoz, Lucía Garrido, lo resume así: «No pedimos que se vaya nadie. Pedimos poder quedarnos».",
     "Lucía Garrido"),
    ("fr", "Le maire de la commune, Bernard Veyrat, se veut rassurant : « Les enfants vont mieux. »", "Bernard Veyrat"),
    ("fr", "Son président, Luc Bolduc, est catégorique : « Sans aide, on va perdre une génération. »", "Luc Bolduc"),
    ("fr", "Invitée à prendre la parole une dernière fois, Martine Delorme s’est contentée de quelques mots : "
           "« Je regrette. »", "Martine Delorme"),
    ("pt", "O seu presidente, Fernando Quaresma, ferroviário reformado, foi claro: «Não queremos mais estudos.»",
     "Fernando Quaresma"),
    ("nl", "Zijn advocaat, meester Koen Wouters, was kort: ‘Mijn cliënt is geen oplichter.’", "Koen Wouters"),
    ("en", "Council member Teresa Alvarado, one of the two no votes, put it plainly: “We are asking families to "
           "pay for this.”", "Teresa Alvarado"),
    ("en", "Superintendent Mark Ellison, who pushed for the change, was blunt: “We were asking 16-year-olds to "
           "drive in the dark.”", "Mark Ellison"),
    ("it", "Lo ha raccontato in aula la dirigente scolastica dell'epoca, Luisa Pegoraro: «Mandai una mail e poi "
           "una lettera.»", "Luisa Pegoraro"),
    ("it", "Il sindaco Davide Lovato: «Il nostro primo dovere è il rispetto per le famiglie.»", "Davide Lovato"),
])
def test_the_words_before_the_colon_name_the_speaker(language: str, text: str, speaker: str) -> None:
    assert only_speaker(in_language(language, EARLIER[language], text)) == speaker


def test_a_title_and_surname_before_the_colon_is_the_person_named_before() -> None:
    a = in_language("en", "Jean Whiteley, 82, has lived in the village all her life.", EARLIER["en"],
                    "Mrs Whiteley put it bluntly: ‘I feel as if I’ve been let back into the room.’")
    assert only_speaker(a) == "Jean Whiteley"


@pytest.mark.parametrize("text", [
    "The verdict was clear: “Guilty on every count, and no appeal.”",  # a thing, not a source
    "I responded: “And the money could be used to house them.”",  # the writer
    "Laura Beck had a message for her rival, Jane Doe: “Bring it on, then, if you dare.”",  # an object
    "Speaking in Ankara, Turkey, the visitor was blunt: “We will not wait any longer.”",  # a place
    "Scripture puts it this way: “Love your enemies, all of them, always.”",  # a word capitalised by its place
])
def test_no_source_before_the_colon_leaves_the_speaker_to_the_context(text: str) -> None:
    assert only_speaker(in_language("en", EARLIER["en"], text)) == "Laura Beck"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("it", "Il consulente, l'ingegnere strutturista Mauro Tessari, ha spiegato che i tasselli erano inadatti.",
     "Mauro Tessari"),
    ("en", "Cardinal Bea, addressing Cardinal Ottaviani, further said, “I am opposed to your schema.”", "Bea"),
    ("en", "The company, the parent of Google, said it would appeal.", "company"),
])
def test_a_description_in_apposition_names_its_person_not_another(language: str, text: str, speaker: str) -> None:
    assert speakers(in_language(language, EARLIER[language], text))[0] == speaker


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Η κυβέρνηση ήταν σαφής: «Δεν θα υπάρξει καμία καθυστέρηση.»"),  # another script's article
])
def test_a_capitalised_noun_before_the_colon_is_no_source(language: str, text: str) -> None:
    first = EARLIER[language]
    speaker = speakers(in_language(language, first, text), 1)[0]
    assert speaker != "Η"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("es", "Afuera esperaban unos cuarenta familiares. Entre ellos estaba Teodora Challco, que perdió a su hija en el "
           "accidente. No ocultó su indignación: “Siete años no es nada”.", "Teodora Challco"),
    ("it", "Davanti al tribunale c'era anche Marisa Dal Lago, madre di una delle vittime. Non ha nascosto la rabbia: "
           "«Sette anni non sono niente».", "Marisa Dal Lago"),
    ("pt", "Entre os presentes estava Joana Pires, irmã de uma das vítimas. Não escondeu a revolta: «Isto não é "
           "justiça».", "Joana Pires"),
])
def test_a_verb_that_dropped_its_subject_before_the_colon_is_the_person_just_introduced(
        language: str, text: str, speaker: str) -> None:
    """Where the verb carries its person ("No ocultó su indignación:"), the quotation is the person the sentences
    before introduced, not whoever spoke last in the article."""
    assert speakers(in_language(language, EARLIER[language], text), 1)[-1] == speaker


def test_a_subject_before_the_colon_is_no_dropped_one() -> None:
    """"La frase que más se oye … es otra:" has a subject, and names no one: the person named before does not speak."""
    text = ("Germán Ardila dirige la obra desde 2021. Hoy, con las torres a medio levantar, la frase que más se oye "
            "en la Alcaldía es otra: “Eso no depende de nosotros”.")
    assert speakers(in_language("es", EARLIER["es"], text), 1)[-1] != "Germán Ardila"
