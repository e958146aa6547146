"""Unnamed office holders described with what they head ("the fire chief", "el jefe de bomberos", "le président de la
chambre d'agriculture"), the people around someone ("l'entourage du préfet": unnamed, never the prefect), some of a
kind ("Environmental groups said"), and the person a reporter introduces just before a quotation with no cue of its
own ("Among those evacuated was Mary Jones, 71, … “…”")."""

from __future__ import annotations

import pytest
from test_suggest_quoting_verbs import claims
from test_suggest_speaker_rules import in_language, speakers


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "The fire chief said the blaze was under control.", "fire chief"),
    ("en", "The head of the fire department said crews were exhausted.", "head of the fire department"),
    ("fr", "Le chef des pompiers a expliqué que le feu était fixé.", "chef des pompiers"),
    ("fr", "Le président de la chambre d'agriculture a dit que c'est un drame.",
     "président de la chambre d'agriculture"),
    ("es", "El jefe de bomberos dijo que el fuego está controlado.", "jefe de bomberos"),
    ("es", "Según dijo el jefe de bomberos, el fuego está controlado.", "jefe de bomberos"),
    ("es", "«Estamos agotados», dijo el jefe de bomberos.", "jefe de bomberos"),
    ("es", "La jefa de la policía local dijo que todo va bien.", "jefa de la policía local"),
    # a capitalised office keeps its name, as before
    ("fr", "Le préfet de la Moselle a annoncé que la route restera fermée.", "préfet de la Moselle"),
    ("it", "Il capo dello Stato ha detto che serve unità.", "capo dello Stato"),
])
def test_an_office_holder_is_described_with_what_they_head(language: str, text: str, speaker: str) -> None:
    assert claims(language, text)[0][:2] == ("quote", speaker)


def test_a_named_holder_after_an_office_and_its_body_is_the_source() -> None:
    text = ("Los bomberos rescataron a 42 personas, explicó a ANM el jefe de guardia del Consorcio de Extinción de "
            "Incendios y Salvamento, Andrés Pagán.")
    assert claims("es", text) == [("quote", "Andrés Pagán", "indirect")]


@pytest.mark.parametrize(("language", "paragraphs"), [
    ("fr", ("Le préfet Jean Dumont a visité le site.", "Selon l'entourage du préfet, la décision sera prise lundi.")),
    ("fr", ("Le préfet Jean Dumont a visité le site.", "L'entourage du président assure que rien n'est décidé.")),
    ("en", ("John Smith runs the clinic.", "The staff said they were exhausted.")),
])
def test_the_people_around_someone_are_unnamed(language: str, paragraphs: tuple[str, ...]) -> None:
    assert speakers(in_language(language, *paragraphs)) == ["unnamed"]


@pytest.mark.parametrize("text", [
    "Environmental groups said the plan did not go far enough.",
    "Rights groups said the law was a step back.",
])
def test_some_of_a_kind_are_unnamed(text: str) -> None:
    assert claims("en", text) == [("quote", "unnamed", "indirect")]


@pytest.mark.parametrize(("language", "first", "second", "introduced"), [
    ("en", "\u201cWe saved people through windows,\u201d said fire chief Andrew Page.",
     "Among those evacuated was Mary Jones, 71, who spent the night in the sports hall with her husband. "
     "\u201cAt six in the morning the water was at the door. We took our medicines and little else.\u201d",
     "Mary Jones"),
    ("es", "«Hemos sacado a gente por las ventanas», dijo el jefe de guardia, Andrés Pagán.",
     "Entre los desalojados está Remedios Sánchez, de 71 años, que pasó la noche en el pabellón municipal. "
     "«A las seis de la mañana ya teníamos el agua en la puerta.»",
     "Remedios Sánchez"),
])
def test_a_quotation_with_no_cue_is_the_person_just_introduced(language: str, first: str, second: str,
                                                               introduced: str) -> None:
    assert speakers(in_language(language, first, second)) == [None, introduced]


@pytest.mark.parametrize("second", [
    # someone named before, not introduced here: the quotation goes on with the last speaker
    "Andrew Page, 54, has led the crews for ten years. \u201cWe have never seen water like this.\u201d",
    # a name with no comma after it is no introduction ("Police arrested John Smith on Monday.")
    "Police arrested John Smith on Monday. \u201cWe have never seen water like this.\u201d",
])
def test_a_quotation_with_no_cue_goes_on_with_the_last_speaker(second: str) -> None:
    first = "\u201cWe saved people through windows,\u201d said fire chief Andrew Page."
    assert speakers(in_language("en", first, second))[-1] == "Andrew Page"


@pytest.mark.parametrize(("text", "expected"), [
    ("MacAskill has not been asked to stay on.", [("fact", None, None)]),
    ("Residents were told to leave their homes.", [("fact", None, None)]),
    # what was said, not an errand: still someone's words
    ("We were told that the road would reopen.", [("quote", "unnamed", "indirect")]),
])
def test_an_errand_given_in_the_passive_reports_no_words(text: str, expected: list[tuple[str, str | None, str | None]],
                                                          ) -> None:
    assert claims("en", text) == expected


def test_a_body_named_across_and_before_a_relative_clause_is_whole() -> None:
    text = "Highland and Islands Council, which owns the service, said the new contract would add two sailings."
    assert claims("en", text) == [("quote", "Highland and Islands Council", "indirect")]


@pytest.mark.parametrize(("language", "first", "second", "holder"), [
    # a name after an inverted verb, its office in apposition: the office later is them
    ("fr", "« Nous avons tout essayé », a déclaré à notre journal Mathieu Garnier, directeur de la régie.",
     "Le directeur assure toutefois qu'aucun licenciement n'est prévu.", "Mathieu Garnier"),
    ("en", "\u201cWe tried everything,\u201d said Mark Green, the director of the lift company.",
     "The director said no jobs would go.", "Mark Green"),
    # a word for whoever runs the body
    ("es", "«Hemos trabajado toda la noche», explicó el director de operaciones, Andrés Llorente.",
     "El directivo negó que el transformador tuviera problemas.", "Andrés Llorente"),
    ("en", "\u201cWe tried everything,\u201d said Mark Green, the director of the lift company.",
     "The executive said no jobs would go.", "Mark Green"),
    # the mayor by another name
    ("it", "Il sindaco Marco Ferri ha visitato la scuola.", "«Non chiuderemo», ha detto il primo cittadino.",
     "Marco Ferri"),
    ("it", "La sindaca Elena Moretti ha visitato i campi.",
     "La prima cittadina ha chiesto ai proprietari di segnalare i danni.", "Elena Moretti"),
    ("pt", "O presidente da câmara, Joaquim Serrano, falou aos jornalistas.",
     "«Não vamos pagar qualquer resgate», garantiu o autarca em conferência de imprensa.", "Joaquim Serrano"),
    # a time after the title is no part of it
    ("nl", "Gedeputeerde Marloes Timmer bezocht de boeren.",
     "\"Ik snap de zorgen\", zei de gedeputeerde dinsdagmiddag.", "Marloes Timmer"),
])
def test_a_description_later_is_the_person_named_before(language: str, first: str, second: str, holder: str) -> None:
    assert speakers(in_language(language, first, second)) == [holder]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "Un cittadino ha detto che la grandine era enorme.", [("quote", "unnamed", "indirect")]),
    ("pt", "A Associação Comercial de Santa Luzia calcula que as vendas caíram 20%.",
     [("quote", "Associação Comercial de Santa Luzia", "indirect")]),
    ("pt", "O sistema calcula a rota mais curta.", [("fact", None, None)]),
    ("de", "Die Stadt hat die Vorwürfe am Montag entschieden zurückgewiesen.", [("quote", "Stadt", "indirect")]),
    ("nl", "Het Vlaams Instituut voor Luchtkwaliteit meldt dat de lucht slecht is. Volgens het Vlaams Instituut "
     "voor Luchtkwaliteit is de lucht slecht.", [("quote", "Vlaams Instituut voor Luchtkwaliteit", "indirect")] * 2),
    ("nl", "De Lijn meldt dat de bussen rijden.", [("quote", "De Lijn", "indirect")]),
])
def test_more_sources_by_language(language: str, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert claims(language, text) == expected


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name() -> None:
    from workbench.suggest import _full_name

    assert _full_name("Regarding Bergoglio", "", "en") is None
    assert _full_name("Despite Smith", "", "en") is None


@pytest.mark.parametrize(("language", "text", "device"), [
    ("en", "Perhaps it will.", "speculation"),
    ("en", "Maybe the real lesson is that nobody asked the parents.", "speculation"),
    ("nl", "Misschien komt het goed.", "speculation"),
    ("de", "Vielleicht geht die Rechnung auf.", "speculation"),
    ("en", "Forgive me if I am not reassured.", "rhetorical frame"),
    ("en", "None of this is to say that the district's finances are sound.", "rhetorical frame"),
    ("es", "Ojalá sea así.", "rhetorical frame"),
    ("es", "Lo que cabe preguntarse es si le corresponde al contribuyente pagarlo.", "rhetorical frame"),
    ("fr", "On aimerait le croire.", "rhetorical frame"),
    ("fr", "Rien ne dit que l'algorithme dérivera.", "rhetorical frame"),
    ("pt", "O problema está nas contas.", "rhetorical frame"),
    ("de", "Das Problem ist nicht das Ziel, sondern der Weg.", "rhetorical frame"),
    ("nl", "Dat klinkt daadkrachtig.", "rhetorical frame"),
])
def test_an_opinion_writers_own_voice_is_framing(language: str, text: str, device: str) -> None:
    assert claims(language, text) == [("framing", None, device)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the guess is the speaker's, in marks, or not the sentence's opening
    ("en", "\u201cPerhaps we will,\u201d she said.", ("quote", "unnamed", "direct")),
    ("en", "The vote was held on Monday, perhaps because of the storm.", ("fact", None, None)),
])
def test_a_guess_that_is_not_the_authors_opening_is_no_framing(language: str, text: str,
                                                               expected: tuple[str, str | None, str | None]) -> None:
    assert claims(language, text) == [expected]


@pytest.mark.parametrize(("first", "second"), [
    # the person is the news, not a voice: the object of a verdict, of an identification, one of the dead
    ("\u201cThe evidence was thin,\u201d said defence lawyer Sarah Cole.",
     "The jury acquitted John Smith, 43, of all charges. \u201cJustice was done today.\u201d"),
    ("\u201cThe evidence was thin,\u201d said defence lawyer Sarah Cole.",
     "Also killed was Maria Garcia, 52, a nurse. \u201cJustice was done today.\u201d"),
])
def test_a_person_named_but_not_introduced_as_a_voice_takes_no_quotation(first: str, second: str) -> None:
    assert speakers(in_language("en", first, second))[-1] == "Sarah Cole"


@pytest.mark.parametrize(("language", "first", "second", "introduced"), [
    ("en", "Protesters blocked the road for three hours.",
     "One of them, Jake Moss, 19, a student from Leeds, had travelled overnight. \u201cWe are not going away.\u201d",
     "Jake Moss"),
    ("es", "«El agua subió en minutos», explicó el alcalde, Luis Gómez.",
     "Entre los evacuados está Remedios Sánchez, de 71 años, que vive sola. «Lo he perdido todo».",
     "Remedios Sánchez"),
    ("nl", "\"De fabriek sluit\", zei directeur Ruud Veltman.",
     "Onder hen Marieke Stegeman, die al 26 jaar frames spuit. \"Ze zeggen dat er vast een koper komt.\"",
     "Marieke Stegeman"),
])
def test_a_voice_introduced_among_others_is_the_quotations(language: str, first: str, second: str,
                                                           introduced: str) -> None:
    assert speakers(in_language(language, first, second))[-1] == introduced


@pytest.mark.parametrize(("language", "text", "speaker"), [
    # when the office was held, or for how long, is no part of it
    ("en", "The coach of the year said the award belonged to his players.", "coach"),
    ("en", "The mayor of two decades said he would retire.", "mayor"),
    ("fr", "Le maire de l'époque a dit que le projet était prêt.", "maire"),
    ("es", "El ministro de turno dijo que todo iba bien.", "ministro"),
    # what it heads, in one common noun
    ("fr", "Le chef de gare a dit que le train partira.", "chef de gare"),
    ("en", "The head of the investigation said it was early days.", "head of the investigation"),
    ("en", "The head of the coastguard station said two boats had broken their moorings.",
     "head of the coastguard station"),
    ("en", "A source familiar with the confirmation proceedings told Fox News that the letter came in July.",
     "unnamed"),
    # a place before the article is no part of the phrase
    ("en", "In Leeds the fire chief said the blaze was out.", "fire chief"),
])
def test_what_an_office_heads_and_what_it_does_not(language: str, text: str, speaker: str) -> None:
    assert claims(language, text)[0][:2] == ("quote", speaker)


def test_a_participle_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = "Sentencing Jack Miller, 24, the judge said the attack was cowardly. \u201cYou showed no remorse.\u201d"
    assert speakers(in_language("en", text)) == ["judge", "judge"]


def test_a_guess_opening_a_sentence_is_offered_as_no_speaker() -> None:
    from workbench.names import longest_phrases

    assert longest_phrases("Perhaps the authority will find a way to run a smaller boat sooner.") == ()


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # the body the clause before the comma names, not any carrier or company named before
    (("The Civil Aviation Directorate said it had ordered inspections.",
      "Nordvik Air has grounded 14 of its 22 turboprops, the regional carrier said on Monday."), "Nordvik Air"),
    (("The Civil Aviation Directorate said it had ordered inspections.",
      "Hollins & Vale, the tableware maker, is to close its factory, the company said."), "Hollins & Vale"),
    # a body named in apposition to "the manufacturer"
    (("The Civil Aviation Directorate said it had ordered inspections.",
      "The manufacturer, Aerolis, said it was working with the airline."), "Aerolis"),
    # no body opens the clause: a number, a person, a dateline
    (("The Civil Aviation Directorate said it had ordered inspections.",
      "Seventeen people have died from Ebola, the health ministry said on Tuesday."), "ministry"),
    (("The Civil Aviation Directorate said it had ordered inspections.",
      "Jeff Bezos will step down next year, the company said."), "Civil Aviation Directorate"),
])
def test_the_body_a_company_said_means(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers(in_language("en", *paragraphs)) == [speaker]
