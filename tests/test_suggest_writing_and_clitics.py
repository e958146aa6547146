"""Writing as reporting in French, Spanish, Italian and Portuguese ("a écrit sur Facebook que", "«…», escribió la
alcaldesa"), where it was written between the verb and what it reports, a French incise inside the guillemets with an
office before the name, object pronouns between a French subject and its verb ("Le maire m’a dit"), an organisation
whose name ends in a place ("la Fédération … de la Dordogne"), and a participle opening the clause ("Interrogé, …")."""

from __future__ import annotations

import pytest
from test_suggest_quoting_verbs import claims


@pytest.mark.parametrize(("language", "text", "speaker", "quote_type"), [
    ("fr", "Odile Vergnaud a écrit sur Facebook que les gens n'osent plus sortir.", "Odile Vergnaud", "indirect"),
    ("fr", "Dans une lettre ouverte, le collectif écrit : « Nous ne partirons pas. »", "collectif", "direct"),
    ("es", "María López escribió en su cuenta de X que la decisión es un error.", "María López", "indirect"),
    ("es", "«No vamos a ceder», escribió la alcaldesa en una carta.", "alcaldesa", "direct"),
    ("it", "Il sindaco Marco Rossi ha scritto su Facebook che la decisione è sbagliata.", "Marco Rossi", "indirect"),
    ("it", "Marco Rossi scrive che non si dimetterà.", "Marco Rossi", "indirect"),
    ("pt", "«Não vamos ceder», escreve a autarca numa carta.", "autarca", "direct"),
])
def test_writing_reports_what_was_written(language: str, text: str, speaker: str, quote_type: str) -> None:
    assert claims(language, text) == [("quote", speaker, quote_type)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Elle écrit des romans policiers depuis vingt ans."),
    ("fr", "Un texte écrit par des élèves a été lu."),
    ("es", "La autora escribe novelas policiacas."),
    ("es", "Un informe escrito por la comisión fue entregado ayer."),
    ("pt", "Ela escreve romances policiais."),
    # where it was written, then an object with a relative clause; a passive
    ("fr", "Elle écrit dans un carnet les mots que son fils de trois ans invente chaque jour."),
    ("es", "El médico escribe en la receta el medicamento que debe tomar el paciente."),
    ("en", "Investigators found in the car a bag that contained more than $20,000 in cash."),
    ("es", "Está escrito en la Constitución que todos los españoles son iguales ante la ley."),
    ("it", "È scritto nel regolamento che il presidente resta in carica quattro anni."),
    ("fr", "Il est écrit dans le règlement que les chiens sont interdits."),
])
def test_writing_a_thing_reports_nothing(language: str, text: str) -> None:
    assert [label for label, _, _ in claims(language, text)] == ["fact"]


def test_the_incise_inside_the_guillemets_names_the_holder_after_the_office() -> None:
    text = ("« Ici, les gens n’osent plus sortir le dimanche, écrit sa porte-parole, Odile Vergnaud, dans un message. "
            "On nous répond qu’il suffit de porter de l’orange. »")
    assert {speaker for _, speaker, _ in claims("fr", text)} == {"Odile Vergnaud"}


def test_the_incise_may_say_where_it_was_said_after_the_name() -> None:
    text = "« Ici, les gens n’osent plus sortir, explique Odile Vergnaud dans un message. On nous répond. »"
    assert {speaker for _, speaker, _ in claims("fr", text)} == {"Odile Vergnaud"}


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le maire m’a dit qu’il avait honte.", "maire"),
    ("Le maire nous a dit qu’il avait honte.", "maire"),
    ("Le préfet leur a assuré que rien ne changerait.", "préfet"),
    ("« C'est fini », m’a dit Paul Roche.", "Paul Roche"),
])
def test_an_object_pronoun_before_the_verb_is_not_part_of_the_subject(text: str, speaker: str) -> None:
    assert [s for _, s, _ in claims("fr", text)] == [speaker]


def test_a_stressed_pronoun_opening_the_clause_is_still_its_subject() -> None:
    text = "Le maire Paul Roche a présenté le plan. Lui se montre confiant."
    assert [s for _, s, _ in claims("fr", text)][-1] == "Paul Roche"


@pytest.mark.parametrize(("text", "speaker"), [
    ("La Fédération départementale des chasseurs de la Dordogne dénonce une mesure injuste.",
     "Fédération départementale des chasseurs de la Dordogne"),
    ("L'Agence régionale de santé de Nouvelle-Aquitaine indique que trois cas ont été confirmés.",
     "Agence régionale de santé de Nouvelle-Aquitaine"),
])
def test_an_organisation_whose_name_ends_in_a_place_is_the_whole_name(text: str, speaker: str) -> None:
    assert [s for _, s, _ in claims("fr", text)] == [speaker]


def test_a_participle_opening_the_clause_is_not_the_subject_of_a_linked_verb() -> None:
    text = "Interrogé, l'entourage du ministre reste prudent et parle d'un « dossier en cours »."
    assert claims("fr", text) == [("quote", "unnamed", "mixed")]


def test_a_french_body_named_with_an_elided_article_is_a_source() -> None:
    assert claims("fr", "L'opposition dénonce une décision prise « dans la précipitation ».") == [
        ("quote", "opposition", "mixed")]


def test_a_body_named_after_its_verb_beats_the_noun_opening_the_clause_before_the_comma() -> None:
    text = ("L’eau du robinet est déconseillée depuis mardi, a annoncé mercredi l’Agence régionale de santé (ARS) "
            "Nouvelle-Aquitaine.")
    assert claims("fr", text) == [("quote", "ARS", "indirect")]


@pytest.mark.parametrize("verb", ["conclut", "tranche", "ironise", "juge"])
def test_a_verb_that_reports_only_after_a_quotation_takes_the_name_after_it(verb: str) -> None:
    text = f"« C'est un pansement sur une jambe de bois », {verb} Karim Benali, délégué CGT."
    assert claims("fr", text) == [("quote", "Karim Benali", "direct")]


@pytest.mark.parametrize("text", [
    "Le tribunal tranche le litige en faveur du maire.",
    "Le tribunal juge l'affaire lundi.",
])
def test_the_same_verbs_without_a_quotation_report_nothing(text: str) -> None:
    assert [label for label, _, _ in claims("fr", text)] == ["fact"]


def test_where_and_when_after_an_inverted_auxiliary_and_its_participle_keep_a_quotation_direct() -> None:
    text = "« C'est un pansement », a-t-elle expliqué lors d'une conférence de presse à Quimper."
    assert [quote_type for _, _, quote_type in claims("fr", text)] == ["direct"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "« Il faut agir vite », a-t-il estimé lors d'une conférence de presse, ajoutant que la ville paierait."),
    ("pt", "“É um dia terrível para a nossa comunidade”, afirmou o autarca, acrescentando que a câmara vai ajudar."),
])
def test_a_second_report_after_the_quotation_makes_it_mixed(language: str, text: str) -> None:
    assert [quote_type for _, _, quote_type in claims(language, text)] == ["mixed"]


def test_a_relative_clause_after_the_source_keeps_the_quotation_direct() -> None:
    text = "“Pasan cuando quieren”, contó Rosa Giménez, de 67 años, que vive frente a la plaza del barrio."
    assert claims("es", text) == [("quote", "Rosa Giménez", "direct")]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("fr", "Le maire, Alain Stéphan, juge au contraire le projet « indispensable » pour la commune.", "Alain Stéphan"),
    ("it", "La presidente di Federalberghi, Anna Neri, ha espresso “forte preoccupazione”.", "Anna Neri"),
])
def test_a_judgement_or_feeling_in_marks_after_its_verb_is_a_quotation(language: str, text: str,
                                                                        speaker: str) -> None:
    assert claims(language, text) == [("quote", speaker, "mixed")]


def test_the_name_after_whom_the_source_spoke_to_is_the_source() -> None:
    text = "“Vinimos a protestar por los despidos”, dijo a este medio Marcela Quiroga, delegada sindical."
    assert claims("es", text) == [("quote", "Marcela Quiroga", "direct")]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("es", "Según escribió el ministro en su blog, la ley se aprobará antes del verano.", "ministro"),
    ("es", "Según dijo el ministro en la radio, la ley se aprobará antes del verano.", "ministro"),
])
def test_a_verb_after_according_to_takes_its_source_after_it(language: str, text: str, speaker: str) -> None:
    assert claims(language, text) == [("quote", speaker, "indirect")]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "Mildred, a retired teacher, stood outside the town hall and said that the library had been her home.",
     "Mildred"),
    ("fr", "André, le boulanger du village, a ouvert dès cinq heures et a expliqué qu'il n'avait jamais vu ça.",
     "André"),
    ("fr", "Renée, la voisine du dessus, a appelé les pompiers et a raconté qu'elle avait senti une odeur de gaz.",
     "Renée"),
])
def test_a_name_described_between_commas_is_no_opening_participle(language: str, text: str, speaker: str) -> None:
    assert [s for _, s, _ in claims(language, text)] == [speaker]


def test_a_stressed_pronoun_after_but_is_the_subject_not_an_object() -> None:
    text = "Le maire Patrick Morel a reçu les parents. Mais lui a répondu que la décision appartenait au conseil."
    assert [s for _, s, _ in claims("fr", text)][-1] == "Patrick Morel"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("nl", "‘We hebben nog nooit zo’n brand meegemaakt’, zei brandweercommandant Erik de Boer.", "Erik de Boer"),
    ("de", "»Das stimmt nicht«, sagte Krankenpflegerin Anja Westphal.", "Anja Westphal"),
    ("de", "»Das stimmt nicht«, sagte Oberarzt Jens Kahl.", "Jens Kahl"),
])
def test_a_title_written_onto_its_field_is_no_part_of_the_name(language: str, text: str, speaker: str) -> None:
    assert claims(language, text) == [("quote", speaker, "direct")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "D'après une source proche de l'ARS, trois cas ont été confirmés."),
    ("es", "Según una fuente cercana al Ministerio de Sanidad, hay tres casos."),
])
def test_a_source_close_to_a_body_is_not_the_body(language: str, text: str) -> None:
    assert claims(language, text) == [("quote", "unnamed", "indirect")]


def test_a_report_in_an_outlet_is_the_outlets() -> None:
    text = "The professor failed the assignment, according to a report in BuzzFeed News."
    assert [s for _, s, _ in claims("en", text)] == ["BuzzFeed News"]


def test_an_age_noun_means_the_person_named_last_when_no_age_was_given() -> None:
    text = ("Im Prozess hat Gerhard Lindner am Dienstag gesprochen. »Ich habe nichts genehmigt«, sagte der 63-Jährige "
            "in einer Erklärung.")
    assert [s for _, s, _ in claims("de", text)][-1] == "Gerhard Lindner"


def test_a_title_after_a_body_and_a_hyphen_is_the_title_later() -> None:
    text = ("„Die Schäden sind groß“, sagte RBM-Sprecherin Katrin Obermeier. Man habe die Kommunen „zeitgleich mit "
            "der Presse“ informiert, so die Sprecherin.")
    assert [s for _, s, _ in claims("de", text)][-1] == "Katrin Obermeier"


def test_a_german_noun_in_marks_after_an_indefinite_article_is_a_quoted_word() -> None:
    text = "Verteidiger Markus Faltermeier sprach. Sein Mandant sei ein »Bauernopfer« für Versäumnisse der Aufsicht."
    assert claims("de", text)[-1] == ("quote", "Markus Faltermeier", "mixed")


def test_the_holder_named_after_an_office_no_list_knows_whole_is_the_source() -> None:
    text = ("« Nous ne pouvons plus payer le chauffage d'un bassin de 1978, écrit sa directrice générale, Sonia "
            "Ferrand, dans un courriel adressé aux élus. Il faut repartir de zéro. »")
    assert {s for _, s, _ in claims("fr", text)} == {"Sonia Ferrand"}


def test_whom_the_source_spoke_to_after_the_source_is_no_part_of_it() -> None:
    text = ("La alcaldesa, Marta Quesada, habló el lunes. \"No vamos a buscar culpables ahora\", escribió la alcaldesa "
            "a los vecinos.")
    assert claims("es", text)[-1] == ("quote", "Marta Quesada", "direct")
