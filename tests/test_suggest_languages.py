"""Suggestions in French, German, Spanish, Italian, Portuguese and Dutch: cues, speakers, reported speech, framing.

Every example is written for these tests (not taken from the development set).
"""

from __future__ import annotations

import pytest
from test_suggest import article, claims
from test_suggest_speaker_rules import in_language, only_speaker, speakers

from workbench.model import Article, ArticleMeta
from workbench.suggest import cues, detect_language, suggest_paragraph


def suggestion(*paragraphs: str, index: int = -1, sentence: int = -1) -> tuple[str, dict[str, str]]:
    found = claims(*paragraphs, index=index)
    chosen = found[sentence].suggestion
    return chosen.label, dict(chosen.attributes)


def speaker_of(*paragraphs: str, sentence: int = -1) -> str:
    label, attributes = suggestion(*paragraphs, sentence=sentence)
    assert label == "quote", (label, attributes)
    return attributes["speaker"]


@pytest.mark.parametrize(("text", "language"), [
    ("Le conseil municipal a voté la hausse des tarifs de la cantine mardi soir, malgré les protestations.", "fr"),
    ("Die Stadt hat am Montag die neuen Gebühren für die Kita beschlossen, und die Eltern sind nicht erfreut.", "de"),
    ("El ayuntamiento aprobó el lunes la subida de las tarifas del comedor escolar, pese a las quejas.", "es"),
    ("Il comune ha approvato lunedì l'aumento delle tariffe della mensa, nonostante le proteste dei genitori.", "it"),
    ("A prefeitura aprovou na segunda-feira o aumento das tarifas, apesar dos protestos dos pais.", "pt"),
    ("De gemeenteraad heeft dinsdag de hogere tarieven voor de kinderopvang goedgekeurd, ondanks het protest van "
     "ouders.", "nl"),
    ("The council approved the higher canteen fees on Monday, despite the protests of the parents.", "en"),
])
def test_the_language_is_told_by_its_function_words(text: str, language: str) -> None:
    assert detect_language(article(text)) == language


def test_the_front_matter_language_wins() -> None:
    a = article("Le conseil a voté la hausse des tarifs mardi soir.")
    declared = Article(a.id, ArticleMeta(language="de"), a.paragraphs)
    assert detect_language(declared) == "de"


def test_framing_words_of_one_language_do_not_fire_in_another() -> None:
    # "massive" is an English exaggeration cue but a neutral French adjective.
    assert suggestion("La grève a été massive dans les écoles de la ville mardi.")[0] == "fact"
    assert "massive" in cues("en").framing.by_text
    assert "massive" not in cues("fr").framing.by_text


@pytest.mark.parametrize(("text", "who"), [
    ("Der Bürgermeister Tobias Renner kündigte an, die Brücke im Sommer zu sanieren.", "Tobias Renner"),
    ("Laura Kessler schilderte, wie das Wasser in den Keller lief.", "Laura Kessler"),
    ("La portavoz Ana Ruiz defendió que el plan es necesario.", "Ana Ruiz"),
    ("Carla Vidal calificó la decisión del gobierno de precipitada y pidió que se retire.", "Carla Vidal"),
    ("Il sindaco Paolo Serra ha spiegato che i lavori dureranno un mese.", "Paolo Serra"),
    ("Le ministère de la Santé a fait savoir qu'il suivait la situation.", "ministère de la Santé"),
    ("A vereadora Beatriz Lopes afirmou que o projeto será votado.", "Beatriz Lopes"),
    ("El lunes, la presidenta municipal Leticia Arreola presumió que el sistema ya funciona.", "Leticia Arreola"),
    ("«Nos vendieron un teleférico y nos dejaron el barro», resume la tendera Luz Dary Mantilla.",
     "Luz Dary Mantilla"),
    ("La Autoridad Portuaria de Arenales calcula que cada jornada de huelga supone pérdidas de un millón "
     "para el puerto.",
     "Autoridad Portuaria de Arenales"),
    ("O advogado de Prado, Marcelo Tavares Lins, sustenta que o ex-prefeito foi enganado.", "Marcelo Tavares Lins"),
    ("Na avaliação da juíza Cláudia Fontes, não há provas de que ela tenha se beneficiado.", "Cláudia Fontes"),
])
def test_reporting_verbs_of_other_languages(text: str, who: str) -> None:
    assert speaker_of(text) == who


def test_french_inversion_after_a_quotation_is_the_pronoun_resolved() -> None:
    assert speaker_of("Hélène Garnier dirige l'association depuis dix ans.",
                      "« Nous ne lâcherons rien », a-t-elle ajouté.") == "Hélène Garnier"
    assert speaker_of("Hélène Garnier dirige l'association depuis dix ans.",
                      "« Nous ne lâcherons rien », poursuit-elle.") == "Hélène Garnier"


def test_french_inversion_with_on_is_an_unnamed_source() -> None:
    assert speaker_of("Le chantier a pris trois mois de retard, a-t-on appris de source municipale.") == "unnamed"


def test_an_inverted_form_in_a_question_is_no_cue() -> None:
    assert suggestion("Pourquoi a-t-il attendu trois mois avant de fermer le pont ?")[0] == "framing"


def test_monsieur_and_madame_are_titles_not_names() -> None:
    assert speaker_of("Selon M. Rousseau, le chantier reprendra en mars.") == "Rousseau"
    assert speaker_of("Selon Mme Claire Dubois, le chantier reprendra en mars.") == "Claire Dubois"


def test_an_addressee_between_cue_and_speaker_is_skipped_and_an_appositive_name_wins() -> None:
    text = "« Le site restera ouvert », a affirmé à la presse le directeur, M. Paul Girard."
    assert speaker_of(text) == "Paul Girard"


def test_a_parenthesis_after_the_name_keeps_the_subject() -> None:
    assert speaker_of("Le maire, Luc Fabre (sans étiquette), s'est dit « inquiet » pour la suite.") == "Luc Fabre"


def test_german_inverted_cue_takes_the_name_after_it() -> None:
    assert speaker_of("Die Preise seien stark gestiegen, sagte die Vorsitzende Richterin Dr. Eva Brandt am Montag.") \
        == "Eva Brandt"


def test_german_participle_cue_takes_the_subject_before_the_auxiliary() -> None:
    assert speaker_of("Die Anwälte der Familie hatten eine höhere Strafe gefordert.") == "unnamed"
    assert speaker_of("Staatsanwalt Ralf Kuhn hatte vor dem Gericht vier Jahre Haft gefordert.") == "Ralf Kuhn"


def test_german_konjunktiv_continues_the_last_speaker() -> None:
    first = "Die Ermittlungen liefen noch, sagte Polizeisprecher Jan Vogel am Dienstag."
    assert speaker_of(first, "Der Täter sei vermutlich über den Hof geflohen.") == "Jan Vogel"


@pytest.mark.parametrize("continuation", [
    "Sabotage schließe man derzeit aus.",
    "Die Ursache prüfe die Polizei noch.",
])
def test_german_konjunktiv_of_any_common_verb_continues_the_last_speaker(continuation: str) -> None:
    first = "Die Reparatur der Strecke dauere bis Freitag, sagte Bahnsprecherin Eva Lorenz am Mittwoch."
    assert speaker_of(first, continuation) == "Eva Lorenz"


@pytest.mark.parametrize("sentence", [
    "Die Suche nach der Ursache läuft.",  # the noun, not the Konjunktiv of "suchen"
    "Die Folge sind volle Busse.",
    "Ich glaube, die Lage wird sich nicht schnell bessern.",  # the first person's indicative
])
def test_a_konjunktiv_form_that_is_a_noun_or_first_person_is_no_quotation(sentence: str) -> None:
    first = "Die Reparatur der Strecke dauere bis Freitag, sagte Bahnsprecherin Eva Lorenz am Mittwoch."
    assert suggestion(first, sentence)[0] != "quote"


def test_german_konjunktiv_without_a_speaker_before_is_no_quotation() -> None:
    assert suggestion("Der Täter sei über den Hof geflohen.")[0] != "quote"


def test_german_konjunktiv_i_with_a_condition_still_reports_an_unnamed_source() -> None:
    first = "Man nehme die Sorgen der Landwirte sehr ernst, sagte ein Sprecher des Ministeriums."
    then = "Ein Abschuss sei aber nur möglich, wenn feststehe, welches Tier die Schafe gerissen habe."
    assert speaker_of(first, then) == "unnamed"
    assert speaker_of(first, then + " Dafür müsse zunächst die Analyse abgewartet werden.") == "unnamed"


@pytest.mark.parametrize("continuation", [
    "Dies verstoße gegen die Vereinbarung mit dem Betriebsrat.",
    "Gefälschte Zeugnisse erkenne die Software allerdings kaum.",
])
def test_more_german_konjunktiv_i_forms_continue_the_last_speaker(continuation: str) -> None:
    first = "Die Schließung komme für die Belegschaft überraschend, sagte Betriebsratschefin Jana Roth am Montag."
    assert speaker_of(first, continuation) == "Jana Roth"


@pytest.mark.parametrize("continuation", [
    "Die Zufahrten müssten mit mobilen Sperren gesichert werden.",
    "Alle Standorte würden bis dahin weiter geprüft.",
    "Dort lägen die Kosten bei einem Drittel.",
])
def test_german_konjunktiv_ii_right_after_a_quotation_continues_it(continuation: str) -> None:
    first = "Der Markt finde in diesem Jahr nicht statt, teilte der Gewerbeverein Lindau am Dienstag mit."
    assert speaker_of(first, continuation) == "Gewerbeverein Lindau"


@pytest.mark.parametrize("sentences", [
    ("Der Markt findet in diesem Jahr nicht statt.", "Die Zufahrten müssten mit mobilen Sperren gesichert werden."),
    # a condition: the author's reasoning, not the speaker's
    ("Der Markt finde in diesem Jahr nicht statt, teilte der Gewerbeverein Lindau am Dienstag mit.",
     "Wenn die Stadt die Sperren bezahlen würde, wäre der Markt gerettet."),
    # the author's guess
    ("Der Markt finde in diesem Jahr nicht statt, teilte der Gewerbeverein Lindau am Dienstag mit.",
     "Der Markt könnte damit für immer verschwinden."),
])
def test_german_konjunktiv_ii_elsewhere_is_no_quotation(sentences: tuple[str, str]) -> None:
    assert suggestion(*sentences)[0] != "quote"


@pytest.mark.parametrize("sentence", [
    "Der Bauer soll seine Hühner schon im Oktober eingesperrt haben, noch bevor es angeordnet wurde.",
    "Zwei Räte sollen sich in der Sitzung dagegen ausgesprochen haben.",
    "Der Bürgermeister soll in der Sitzung laut geworden sein.",
    "Der Fahrer soll vom Unfallort geflüchtet und später festgenommen worden sein.",
])
def test_german_sollen_with_a_past_infinitive_is_hearsay(sentence: str) -> None:
    assert speaker_of(sentence) == "unnamed"


@pytest.mark.parametrize("sentence", [
    "Das neue Hallenbad soll bis Mai abgeschlossen sein.",  # a plan
    "Die Ausstellung soll ab Juni im Rathaus zu sehen sein.",
    "Jedes Kind soll einen Platz in der Kita haben.",
    "Das Gesetz soll im Herbst geändert werden.",
])
def test_german_sollen_of_a_plan_or_duty_is_no_quotation(sentence: str) -> None:
    assert suggestion(sentence)[0] != "quote"


def test_german_by_their_account_is_the_clauses_subject_or_the_source_just_quoted() -> None:
    quoted = "Der Zug war mit 64 Fahrgästen unterwegs, teilte die Bundespolizei am Montag mit."
    assert speaker_of(quoted, "Nach ihren Angaben wurden elf Fahrgäste leicht verletzt.") == "Bundespolizei"
    assert speaker_of(quoted, "Die Feuerwehr war nach ihren Angaben mit 40 Kräften im Einsatz.") == "Feuerwehr"
    # after a sentence of the author's, "ihren" is whoever it spoke of: not the police quoted before it
    assert speaker_of(quoted, "Eine Zeugin hatte den Unfall beobachtet. Nach ihren Angaben fuhr der Wagen viel zu "
                              "schnell.") == "unnamed"
    assert speaker_of("Nach seinen Angaben wurden in der Region bisher 27 Ausbrüche gemeldet, die meisten davon im "
                      "Norden und mit großen Verlusten für die Betriebe.") == "unnamed"


def test_german_laut_before_a_verb_is_loud_not_according_to() -> None:
    assert suggestion("Im Saal wurde laut geschimpft, bis der Vorsitzende die Sitzung unterbrach.")[0] != "quote"
    assert suggestion("Laut dem Bericht fehlen im Kreis 200 Lehrer.")[0] == "quote"
    assert speaker_of("Laut bisher unveröffentlichten Zahlen des Landes stieg die Zahl der Fälle im Kreis.") \
        == "unnamed"  # (an adverb and an adjective, then the noun: according to)
    assert suggestion("Laut gesetzlichen Vorgaben muss die Stadt die Kosten für die Sanierung tragen.")[0] == "quote"


@pytest.mark.parametrize("sentence", [
    "Der Stadtrat hatte im März beschlossen, dass die Gebühren für die Kita steigen würden.",
    "Der Gemeinderat entscheidet am Dienstag, ob die Schule geschlossen würde.",
    "Fast hätte es an der Kreuzung einen Unfall gegeben.",
    "Doch was würde das für die Anwohner bedeuten?",
    "Gäbe es mehr Personal, müssten die Patienten nicht so lange warten.",
])
def test_german_konjunktiv_ii_of_the_authors_own_after_a_quotation_is_no_quotation(sentence: str) -> None:
    assert suggestion("„Wir werden nicht aufgeben“, sagte Bürgermeister Hans Müller.", sentence)[0] != "quote"


@pytest.mark.parametrize("sentence", [
    "Bis 2030 soll die Stadt ihren Ausstoß an Kohlendioxid halbiert haben.",
    "Das Freibad soll im Sommer bis 21 Uhr geöffnet haben.",
    "Bewerber sollen mindestens drei Jahre Berufserfahrung in der Pflege gesammelt haben.",
    "Ein lauter Knall war in der ganzen Nachbarschaft zu hören.",
    "Die neue Regelung der Stadt widerspricht dem Grundgesetz.",
])
def test_german_targets_rules_sounds_and_things_are_no_quotation(sentence: str) -> None:
    assert suggestion(sentence)[0] != "quote"


@pytest.mark.parametrize("sentence", [
    "Bei dem Angriff seien drei Menschen getötet worden, so ukrainische Behörden.",
    "Der Täter sei nach der Tat mit einem Auto geflohen, so zwei Zeugen.",
])
def test_german_so_before_an_adjective_or_a_count_and_a_noun_is_a_cue(sentence: str) -> None:
    assert suggestion(sentence)[0] == "quote"


def test_a_german_subject_named_in_an_apposition_is_the_person_named() -> None:
    sentence = "Sein Verteidiger, der Frankfurter Rechtsanwalt Thorsten Melchior, kündigte noch im Saal Berufung an."
    assert speaker_of(sentence) == "Thorsten Melchior"
    assert speaker_of(sentence, "„Hier wird ein Unternehmer zum Sündenbock gemacht“, sagte er.") == "Thorsten Melchior"
    # a relative clause is no apposition: the subject before it speaks
    assert speaker_of("Die Bürgermeisterin Ulrike Stracke, die am Morgen an der Unglücksstelle war, sagte, die Stadt "
                      "werde helfen.") == "Ulrike Stracke"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Anna Weber, die Bürgermeisterin, sagte, die Lage sei ruhig.", "Anna Weber"),
    ("Eine Frau, die Mutter des Opfers, sagte, die Lage sei ruhig.", "unnamed"),
    ("Seinem Vorgänger, dem früheren Bürgermeister Hans Weber, dankte Bürgermeister Klaus Berger für die Arbeit.",
     "Klaus Berger"),
])
def test_a_german_apposition_of_a_name_or_an_object_leaves_the_subject(sentence: str, speaker: str) -> None:
    named = "Bundeskanzler Olaf Scholz besuchte am Montag die Stadt und sprach mit den Anwohnern."
    assert speaker_of(named, sentence) == speaker


@pytest.mark.parametrize("sentence", [
    "Der Anstieg der Zahlen dürfte sich vor allem mit dem warmen Wetter erklären lassen.",
    "Bürgermeister Klaus Berger hat sich die Pläne vom Investor erklären lassen.",
    "Die Stadt will das Stadtfest künftig von einem Verein ausrichten lassen.",
    "Die Polizei hat bisher nichts verlauten lassen.",
])
def test_german_lassen_that_reports_nothing_is_no_quotation(sentence: str) -> None:
    assert suggestion("Die Stadt hat am Montag die neuen Gebühren für die Kita beschlossen.", sentence)[0] != "quote"


def test_a_german_statement_made_through_someone_else_is_the_subjects() -> None:
    named = "Der Prozess gegen Ralf Dörr begann am Montag vor dem Amtsgericht der Stadt."
    assert speaker_of(named, "Dörr hatte über seinen Anwalt erklären lassen, er habe niemanden vertreiben wollen.") \
        == "Ralf Dörr"
    assert suggestion(named, "Die Firma des Angeklagten ließ mitteilen, man prüfe den Fall.")[0] == "quote"


def test_a_german_fire_chiefs_title_written_onto_its_district_is_a_title() -> None:
    quoted = "„Wir hatten alle Hände voll zu tun“, sagte Kreisbrandmeister Jörg Stemmler in der Nacht."
    assert speaker_of(quoted) == "Jörg Stemmler"
    assert speaker_of(quoted, "Der Kreisbrandmeister sagte, die Lage sei inzwischen unter Kontrolle.") \
        == "Jörg Stemmler"


def test_german_hearsay_without_a_name_is_an_unnamed_source() -> None:
    assert speaker_of("Aus dem Gemeinderat ist zu hören, dass eine Verschiebung des Neubaus geprüft wird.") \
        == "unnamed"
    assert speaker_of("Im Dorf erzählt man sich, der Gemeinderat habe das Ergebnis vorher gekannt.") == "unnamed"
    assert speaker_of("Die Bahn will die Kosten teilen. Bürgermeister Werner Püttner widerspricht: Die Gemeinde "
                      "habe ihren Anteil längst zugesagt.") == "Werner Püttner"


def test_french_on_as_the_subject_is_no_one_named_or_the_body_it_was_said_at() -> None:
    assert speaker_of("Dans l’entourage du maire, on assure que la majorité n’est pas menacée.") == "unnamed"
    assert speaker_of("À la préfecture, on assure que le dossier avance.") == "préfecture"
    assert speaker_of("Le maire, lui, a expliqué que le dossier avance.") == "maire"  # (English "on" is skipped)
    # "on" in a clause of its own, or the author's "one" opening the sentence
    assert speaker_of("Le maire, à qui on a demandé des explications, a assuré que le budget serait respecté.") \
        == "maire"
    assert suggestion("On constate que la fréquentation de la piscine a baissé de 20 % en un an.")[0] != "quote"


@pytest.mark.parametrize("sentence", [
    "Cerca del intendente lo niegan de plano y recuerdan que la obra está en marcha.",
    "Hasta anoche, en el oficialismo daban por hecho que la ordenanza saldría.",
    "De manera extraoficial se informó que la empresa no tenía la revisión anual del sistema.",
    "Trascendió que en marzo la planta ya había tenido una fuga menor.",
    "Nos bastidores do clube, dá-se como certo que os primeiros jogos serão disputados no interior.",
    "Fala-se em um projeto de lei para distribuir máscaras nas escolas da capital.",
    "E in città si dà per scontato che il sindaco punti alla successione.",
])
def test_impersonal_hearsay_in_spanish_portuguese_and_italian_is_an_unnamed_source(sentence: str) -> None:
    assert speaker_of(sentence) == "unnamed"


@pytest.mark.parametrize("sentence", [
    "Desde el entorno de Isabel Díaz Ayuso aseguran que no habrá cambios en el gobierno.",
    "En el entorno del presidente niegan cualquier crisis en el gabinete.",
])
def test_a_spanish_plural_verb_after_a_side_named_by_a_person_is_no_one_named(sentence: str) -> None:
    assert speaker_of(sentence) == "unnamed"


@pytest.mark.parametrize("sentence", [
    "Entre los heridos de la riada destacan dos menores de edad.",
    "Las imágenes de la tormenta recuerdan a la riada de 2019.",
    "Los análisis del laboratorio revelan restos de cocaína en el barco.",
    "La polémica por el contrato trascendió al ámbito nacional.",
])
def test_spanish_verbs_of_showing_and_standing_out_are_no_cue(sentence: str) -> None:
    assert suggestion(sentence)[0] != "quote"


def test_a_spanish_plural_verb_after_desde_speaks_for_the_body() -> None:
    assert speaker_of("Desde el Ministerio de Seguridad aseguran que este año los fondos para los cuarteles se "
                      "duplicaron.") == "Ministerio de Seguridad"
    # a subject after the place is the verb's subject, not people no one names
    assert speaker_of("En la sesión, Ana Ruiz y Pedro Gil aseguran que el dinero no alcanza para el combustible del "
                      "cuartel.") != "unnamed"


def test_a_french_body_with_an_elided_complement_is_named_whole() -> None:
    assert speaker_of("Le conseil d’administration a annoncé un prêt garanti par l’État.") == "conseil d’administration"
    assert speaker_of("La chambre d’agriculture a annoncé une aide pour les viticulteurs.") == "chambre d’agriculture"
    assert speaker_of("Le conseil d’administration du club de natation a fait savoir qu'il demanderait une "
                      "rencontre avec le préfet.") == "conseil d’administration"


def test_german_so_before_a_name_and_a_time_is_a_cue_but_so_viel_is_not() -> None:
    assert speaker_of("Der Plan für das neue Bad sei mit der Abstimmung im Rat gescheitert, so Müller am Dienstag.") \
        == "Müller"
    assert suggestion("Den nächsten Winter, so viel scheint sicher, wird sie nicht im Kalten verbringen.")[0] \
        != "quote"


def test_german_own_account_before_a_pronoun_is_the_persons() -> None:
    first = "Der Vermieter kaufte das Haus 2021, sagte Bürgermeister Ralf Dörr am Montag."
    assert speaker_of(first, "Nach eigenen Angaben wollte er es sanieren und die Wohnungen verkaufen.") == "Ralf Dörr"


def test_a_whole_quoted_question_after_a_quotation_is_more_of_it_with_the_full_stop_after_the_mark() -> None:
    first = "«Mio figlio vorrebbe fare questo mestiere», dice Luca Tessarin."
    assert speaker_of(first + " «Cosa gli racconto?».") == "Luca Tessarin"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Le président de la cave, Bernard Vouillon, ne cache pas son inquiétude.", "Bernard Vouillon"),
    ("Il sindaco di Porto Tolle, Walter Gavazzi, non nasconde l'amarezza per la decisione della Regione.",
     "Walter Gavazzi"),
])
def test_a_stance_not_hidden_by_a_named_person_is_theirs(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence) == speaker


def test_a_thing_that_hides_nothing_takes_no_stance() -> None:
    assert suggestion("La situation financière de la commune ne cache pas ses difficultés.")[0] != "quote"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A Roma il sindaco Roberto Gualtieri, intervenuto alla cerimonia, ha detto che la riforma passerà.",
     "Roberto Gualtieri"),
    ("En Sevilla el alcalde José Luis Sanz, que asistió al acto, afirmó que la obra terminará pronto.",
     "José Luis Sanz"),
])
def test_a_place_and_the_subject_in_one_chunk_keep_the_subject(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence) == speaker


def test_the_conditional_of_hearsay_is_an_unnamed_source() -> None:
    assert speaker_of("Le suspect aurait quitté la ville dans la nuit.") == "unnamed"
    assert speaker_of("Il sospettato avrebbe lasciato la città con la sua auto durante la notte.") == "unnamed"


def test_a_conditional_in_a_condition_or_with_a_modal_is_not_hearsay() -> None:
    assert suggestion("S'il avait plu, le match aurait été annulé.")[0] != "quote"
    assert suggestion("Le club aurait pu éviter cette défaite.")[0] != "quote"


def test_german_so_after_a_comma_names_the_source() -> None:
    assert speaker_of("Der Schaden gehe in die Millionen, so Kerstin Albrecht.") == "Kerstin Albrecht"


def test_german_unnamed_source_phrase() -> None:
    assert speaker_of("Aus Regierungskreisen hieß es, die Entscheidung falle im Herbst.") == "unnamed"


def test_a_full_stop_inside_a_german_capitalised_run_ends_the_name() -> None:
    label, attributes = suggestion("Er sprach von einem schweren Fehler. Laut Gutachten war die Brücke marode.")
    assert label == "quote" and "." not in attributes["speaker"]


@pytest.mark.parametrize(("text", "device"), [
    ("Der mutmaßliche Täter ist weiterhin auf freiem Fuß.", "hedging"),
    ("El presunto autor del robo sigue en libertad.", "hedging"),
    ("Le présumé coupable de ce vol court toujours dans la région.", "hedging"),
    ("Il presunto autore del furto è ancora in fuga.", "hedging"),
    ("Le ministre est visiblement dépassé par les événements.", "hedging"),
    ("Laat me duidelijk zijn: niemand vraagt een lege bus om middernacht door het dorp.", "rhetorical frame"),
    ("Maar ik vrees dat het dorp tegen dan geleerd zal hebben om het zonder bus te doen.", "speculation"),
])
def test_hedges_in_other_languages(text: str, device: str) -> None:
    assert suggestion(text) == ("framing", {"device": device})


def test_the_english_lists_still_apply_to_english_text() -> None:
    a = article("The minister said the plan was a disgrace.")
    assert suggest_paragraph(a, 0)[0].suggestion.attributes["speaker"] == "minister"


def test_german_guillemets_open_with_the_right_pointing_mark() -> None:
    """»…« is a quotation as „…“ is: the cue after it names the speaker, the next sentence is quoted too."""
    found = claims("»Die Pumpe arbeitet nicht mehr zuverlässig, wenn die Temperaturen tagelang hoch bleiben«, "
                   "erklärte Annette Krüger. »Wer nichts tut, riskiert einen Ausfall.«")
    assert [c.suggestion.label for c in found] == ["quote", "quote"]
    assert found[0].suggestion.attributes == {"speaker": "Annette Krüger", "quote_type": "direct"}
    assert found[1].suggestion.attributes.get("quote_type") == "direct"
    french = claims("«Nous partirons demain matin», a déclaré Marie Dupont.")
    assert french[0].suggestion.attributes == {"speaker": "Marie Dupont", "quote_type": "direct"}


def test_a_report_closing_its_sentence_names_its_source_after_the_verb() -> None:
    """"…, a annoncé mercredi la direction" (Romance inversion): the source follows the verb, not the subject."""
    found = claims("Le trafic des trains sera très perturbé jeudi dans toute la région, "
                   "a annoncé mercredi la direction de la compagnie.")
    assert found[0].suggestion.label == "quote"
    assert "direction" in found[0].suggestion.attributes["speaker"]
    spanish = claims("El puerto permanecerá cerrado hasta el lunes por el temporal, "
                     "señaló ayer el ministro de Fomento.")
    assert "ministro" in spanish[0].suggestion.attributes["speaker"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dem Statistischen Bundesamt zufolge ist gut jeder fünfte Mensch in Deutschland älter als 65.",
     "Statistisches Bundesamt"),  # the source before its postposition, in the nominative
    ("Schätzungen der Kämmerei zufolge könnten es bis zu neun Millionen Euro im Jahr sein.", "Kämmerei"),
    ("Einem Analysten der Hanseatischen Landesbank zufolge ist der Abbau überfällig.", "unnamed"),
])
def test_german_zufolge_takes_the_source_before_it(sentence: str, expected: str) -> None:
    assert speaker_of(sentence) == expected


def test_a_german_reason_names_the_speaker_as_suggested() -> None:
    found = claims("Dem Statistischen Bundesamt zufolge ist gut jeder fünfte Mensch in Deutschland älter als 65.")
    assert found[-1].suggestion.reason.endswith("attributes it to Statistisches Bundesamt")


@pytest.mark.parametrize(("sentence", "expected"), [
    # a separable verb at the end of a subordinate clause, and the day before it is no subject
    ("Der Preis steigt um 38 Prozent, wie die Verbraucherzentrale Niedersachsen am Montag mitteilte.",
     "Verbraucherzentrale Niedersachsen"),
    ("Auch die CDU-Fraktion verlangt eine Prüfung der Verträge durch das Land.", "CDU-Fraktion"),
])
def test_german_subjects_of_final_verbs(sentence: str, expected: str) -> None:
    assert speaker_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Die Gemeinde muss die höheren Gebühren nun vor dem Rat begründen.",  # an infinitive, not a plural cue
    "Der Bürgermeister Hans Müller will am Montag die Pläne der Stadt erklären.",
])
def test_a_german_infinitive_after_a_modal_is_no_cue(sentence: str) -> None:
    assert suggestion(sentence)[0] != "quote"


def test_dies_like_das_points_to_the_sentence_before() -> None:
    found = claims("Das Freibad in Waldbrunn wird in diesem Sommer nicht öffnen. "
                   "Dies teilte die Gemeindeverwaltung am Montag mit.")
    assert [c.suggestion.attributes.get("speaker") for c in found] == ["Gemeindeverwaltung"] * 2


@pytest.mark.parametrize(("first", "view"), [
    ("«No vamos a cerrar ningún centro», dijo la consejera Ana Ruiz en Zaragoza.",
     "A su juicio, la ambulancia basta para atender las urgencias nocturnas."),
    ("„Wir schließen keine Praxis“, sagte Gesundheitsministerin Ana Ruiz in Mainz.",
     "Ihrer Ansicht nach reicht der Rettungswagen für die Notfälle in der Nacht."),
    ("« Nous ne fermerons aucun centre », a déclaré la ministre Ana Ruiz à Lyon.",
     "À ses yeux, l'ambulance suffit pour les urgences de la nuit."),
])
def test_his_or_her_view_is_the_last_speakers_reported_speech(first: str, view: str) -> None:
    assert speaker_of(first, view) == "Ana Ruiz"


def test_das_teilte_x_mit_names_the_source_of_itself_and_the_sentence_before() -> None:
    found = claims("Das Freibad in Waldbrunn wird in diesem Sommer nicht öffnen. "
                   "Das teilte die Gemeindeverwaltung am Montag mit.")
    assert [(c.suggestion.label, c.suggestion.attributes.get("speaker")) for c in found] == [
        ("quote", "Gemeindeverwaltung"), ("quote", "Gemeindeverwaltung")]


def test_a_german_sentence_before_another_speakers_sentence_stays_the_authors() -> None:
    found = claims("Das Freibad in Waldbrunn wird in diesem Sommer nicht öffnen. "
                   "Die Gemeinde teilte am Montag mit, dass die Filter defekt seien.")
    assert found[0].suggestion.label == "fact"


def test_a_german_compound_institution_names_itself_not_the_last_organisation() -> None:
    found = claims("Das Freibad bleibt geschlossen. Das teilte die Gemeindeverwaltung am Montag mit.",
                   "Dem Schwimmverein zufolge trainieren dort 300 Kinder im Sommer.")
    assert found[0].suggestion.attributes.get("speaker") == "Schwimmverein"


def test_spanish_organisation_name_runs_over_de() -> None:
    a = in_language("es", "El Colegio de Médicos de Zaragoza, por su parte, considera que el problema viene de lejos.")
    assert only_speaker(a) == "Colegio de Médicos de Zaragoza"


def test_spanish_asi_lo_names_the_source_after_the_verb_and_of_the_sentence_before() -> None:
    a = in_language("es", "El centro de salud dejará de atender urgencias por la noche. Así lo comunicó este lunes el "
                          "Servicio Aragonés de Salud a los alcaldes de la comarca.")
    assert speakers(a) == ["Servicio Aragonés de Salud", "Servicio Aragonés de Salud"]


# -- Dutch


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    # After a quotation, the verb comes first and the source after it.
    (["‘Het college heeft de raad in het ongewisse gelaten’, zegt raadslid Samir El Amrani."], "Samir El Amrani"),
    (["‘Dit is een schande’, aldus Annelies Kok."], "Annelies Kok"),
    (["Volgens burgemeester Ria Scholten is het besluit onvermijdelijk."], "Ria Scholten"),
    (["Het ministerie van Financiën stelt dat de kosten stijgen."], "ministerie van Financiën"),
    (["Het bad blijft tot december open, laat de gemeente weten."], "gemeente"),
    (["De gemeente liet dinsdag weten dat het bad tot december open blijft."], "gemeente"),
    (["Het bad gaat dicht. Dat maakte de politie woensdag bekend."], "politie"),
    # "Dat meldt de politie": the demonstrative is the object, the source follows the verb.
    (["Bij de brand vielen twee gewonden. Dat meldt de politie."], "politie"),
    (["De verdachte ontkent alle beschuldigingen, zo meldt het Openbaar Ministerie."], "Openbaar Ministerie"),
    (["Naar verluidt is de verhouding tussen de twee al maanden slecht."], "unnamed"),
])
def test_dutch_cues_and_sources(paragraphs: list[str], speaker: str) -> None:
    found = speakers(in_language("nl", *paragraphs))
    assert found and set(found) == {speaker}, found


def test_a_dutch_pronoun_after_its_verb_is_the_person_named_before() -> None:
    a = in_language("nl", "Wethouder Erik van Dalen opende het bad.",
                    "‘We kunnen dat maar één keer uitgeven’, zegt hij.")
    assert only_speaker(a) == "Erik van Dalen"


@pytest.mark.parametrize("text", [
    "In Diepenveld wordt intussen gevreesd dat het gemeentehuis na de fusie toch dichtgaat.",
    "In de wandelgangen wordt desondanks al gerekend op een coalitie van drie partijen.",
    "Uit stukken die deze krant heeft ingezien, blijkt dat de gemeente het al in 2023 wist.",
    "Zo zou de wethouder een eerder, goedkoper plan van de zwemvereniging zonder overleg hebben afgewezen.",
    "De man zou zijn gevlucht naar België.",
    "Het zou vooral gaan om keukens zonder goede afzuigkap.",
])
def test_dutch_hearsay_is_an_unnamed_source(text: str) -> None:
    assert speakers(in_language("nl", text)) == ["unnamed"]


def test_a_dutch_part_of_a_day_before_the_verb_is_skipped_as_a_time() -> None:
    assert speakers(in_language("nl", "Dat heeft directeur Jan de Vries dinsdagochtend verteld.")) == ["Jan de Vries"]


def test_a_dutch_denial_with_its_particle_last_is_the_subjects() -> None:
    a = in_language("nl", "Wethouder Erik van Dalen opende het bad.",
                    "Van Dalen spreekt dat tegen: het plan was volgens hem technisch niet haalbaar.")
    assert only_speaker(a) == "Erik van Dalen"


def test_a_dutch_finding_is_the_body_named_after_uit_not_who_saw_it() -> None:
    assert speakers(in_language("nl", "Uit het rapport van de Onderzoeksraad blijkt dat de brandweer te laat was.")) \
        == ["Onderzoeksraad"]
    assert speakers(in_language("nl", "Uit stukken die NNB heeft ingezien, blijkt dat de bank de lening verlaagde.")) \
        == ["unnamed"]


@pytest.mark.parametrize("text", [
    "Het zwembad werd in 1974 gebouwd met geld van de inwoners.",
    "Met een lening zou de club meer geld hebben.",  # what one would have, not what is said
    "Als de brandweer niet op tijd was gekomen, zou het huis zijn afgebrand.",
    "Zonder de snelle inzet van de brandweer zou het hele huis zijn afgebrand.",
    "Eigenlijk zou de brug al in 2020 zijn opgeleverd.",
    "Daar spreekt niets tegen.",
    "De verklaringen van de twee getuigen spreken elkaar tegen.",
    "Uit niets blijkt dat de burgemeester ervan wist.",
    "Uit onderzoek van deze krant blijkt dat de wethouder heeft gelogen.",
    "Het zou mooi zijn als de gemeente het bad openhoudt.",
    "Het bleek een vergissing van de ambtenaren.",
    "De gemeente laat het bad in de zomer sluiten.",  # "laat" without "weten" reports nothing
])
def test_a_dutch_sentence_with_no_cue_is_a_fact(text: str) -> None:
    assert speakers(in_language("nl", text)) == [None]


@pytest.mark.parametrize(("paragraphs", "speaker"), [
    (["Le groupe a publié ses résultats mercredi. Pour Julien Cattin, analyste chez Rambert Finance, le groupe "
      "« n’a pas un problème de demande, mais de livraison »."], "Julien Cattin"),
    (["Pour le Pr Jean-Marc Lefèvre, diabétologue à Valenciennes, l’étude est solide et ses conclusions prudentes."],
     "Jean-Marc Lefèvre"),
    (["Pour le délégué du syndicat, Karim Bensaïd : « La sécurité n’est plus garantie. »"], "Karim Bensaïd"),
    (["O clube subiu para a Série A. Para o técnico Wellington Soares, o acesso “é de uma cidade inteira”."],
     "Wellington Soares"),
    (["Para la economista Lucía Ferrer Vidal, la subida de tipos llegará en primavera, con la inflación a la baja."],
     "Lucía Ferrer Vidal"),
    (["Per il direttore Marco Bellini, la regia è «coraggiosa» e merita il pubblico delle grandi occasioni."],
     "Marco Bellini"),
])
def test_a_sentence_opened_by_for_and_a_name_is_that_persons_view(paragraphs: list[str], speaker: str) -> None:
    assert speaker_of(*paragraphs) == speaker


@pytest.mark.parametrize("text", [
    "Pour la première fois depuis dix ans, le groupe a perdu de l’argent sur l’exercice.",
    "Pour Noël, les magasins du centre-ville ouvriront aussi le dimanche après-midi.",
    "Pour Paris, le trajet en train dure désormais moins de trois heures depuis Annecy.",
    "Para muitos torcedores, foi a noite mais bonita do ano no estádio da cidade.",
    "Per questo motivo, lo spettacolo è stato rinviato alla settimana prossima.",
    "Pour le Nouvel An, la mairie organise un feu d’artifice au bord du lac.",
    "Para Semana Santa, los hoteles de la costa esperan una ocupación récord.",
    "Pour Los Angeles, la saison des incendies commence désormais en mai.",
    "Per la Coppa Italia, la società ha scelto di far giocare i giovani.",
    "Pour la Commission européenne, Ursula von der Leyen a défendu le plan devant les députés.",
])
def test_for_and_no_persons_name_opens_no_view(text: str) -> None:
    assert suggestion(text)[0] == "fact"


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Pour la commune, la découverte du chantier tombe au pire moment."),  # the kind alone: "for the town"
    ("fr", "Pour la société Helioterra, l’année a été difficile sur le marché européen."),  # a firm's lot
    # bodies that give no view: what "pour" is for
    ("fr", "Pour le centre Pompidou, l’État a débloqué 200 millions d’euros de travaux."),
    ("fr", "Pour le groupe Renault, l’année a été difficile sur le marché européen."),
    # a person's relative clause still tells what the sentence is for
    ("fr", "Pour Jean Dupont, qui a annoncé sa retraite en mars, la mairie organisera une cérémonie vendredi."),
    ("es", "Para José García, que había denunciado el robo en enero, el juzgado ha fijado una indemnización."),
])
def test_for_and_a_body_s_kind_alone_or_a_firm_opens_no_view(language: str, text: str) -> None:
    assert speakers(in_language(language, text)) == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Per Mario Rossi, il sindaco ha detto che la città è pronta ad accogliere i visitatori.", "sindaco"),
    ("Pour Julien Cattin, le groupe va bien, a déclaré Marie Durand devant les actionnaires.", "Marie Durand"),
])
def test_a_verb_in_the_sentence_names_the_speaker_before_an_opening_for(text: str, speaker: str) -> None:
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(("language", "paragraph", "speaker"), [
    ("pt", "O técnico Wellington Soares dividiu o mérito com o elenco. Ele lembrou que a meta era não cair.",
     "Wellington Soares"),
    ("pt", "A engenheira Luíza Prado acompanhou a vistoria. Ela garantiu que não há risco.", "Luíza Prado"),
    ("es", "El entrenador Julián Ortega celebró el ascenso. Él recordó que nadie creía en el equipo.", "Julián Ortega"),
    ("it", "Il regista Paolo Brambati ha presentato il film. Lui ha spiegato che non è un film facile.",
     "Paolo Brambati"),
    ("fr", "Le médecin Julien Cattin a examiné les chiffres. Il a jugé que la reprise restait fragile.",
     "Julien Cattin"),
    ("nl", "De ondernemer Jan Kuipers opende de fabriek. Hij zei dat er veertig banen bij komen.", "Jan Kuipers"),
    ("en", "The historian Tom Reilly opened the exhibition. He said the letters had never been shown before.",
     "Tom Reilly"),
])
def test_a_trade_or_profession_before_a_name_makes_the_pronoun_after_it_that_person(
        language: str, paragraph: str, speaker: str) -> None:
    """A coach, an engineer, a director of films or an economist introduced by trade ("o técnico Wellington
    Soares") is who the next sentence's "ele", "il" or "he" is, as a mayor or a minister already was."""
    assert speakers(in_language(language, paragraph))[-1] == speaker


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("Bürgermeisterin Ulrike Stracke (SPD), die am Morgen kurz am Werkstor vorbeischaute, zeigte Verständnis für "
     "beide Seiten.", "Ulrike Stracke"),
    ("Ein Landwirt, der anonym bleiben wollte, sagte, die Preise seien zu niedrig.", "unnamed"),
    ("Im Werk, das 1950 gebaut wurde, sagte der Betriebsratschef Tim Roth, die Stimmung sei schlecht.", "Tim Roth"),
    ("Dem Reporter, der ihn am Montag befragte, sagte Anwalt Max Weber, die Lage sei ernst.", "Max Weber"),
])
def test_a_german_relative_clause_before_the_verb_leaves_the_subject_before_it(paragraph: str, speaker: str) -> None:
    """"X, die …, zeigte Verständnis": the comma before the verb closes a relative clause on the subject, so the
    noun after the verb ("Verständnis") is what was shown, not who showed it."""
    assert speakers(in_language("de", paragraph)) == [speaker]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    ("Enttäuscht zeigte sich auch Schulleiterin Andrea Kaufmann.", "Andrea Kaufmann"),
    ("Zufrieden zeigte sich Gemeindepräsident Urs Keller.", "Urs Keller"),
    ("Kritisch zeigte sich auch die Gewerkschaft Verdi.", "Gewerkschaft Verdi"),
    ("Merkel sagte Präsident Barack Obama, die Lage sei ernst.", "Merkel"),
    ("Müller zeigte sich enttäuscht.", "Müller"),
])
def test_a_german_fronted_adjective_is_no_name_when_a_person_follows_the_verb(paragraph: str, speaker: str) -> None:
    assert speakers(in_language("de", paragraph)) == [speaker]


def test_a_french_aside_between_the_verb_and_the_source_is_passed_over() -> None:
    a = in_language("fr", "« Ils criaient, ils tapaient partout », raconte, encore sous le choc, Jean-Marc "
                          "Vercambre, 67 ans.")
    assert only_speaker(a) == "Jean-Marc Vercambre"


@pytest.mark.parametrize(("text", "speaker"), [
    ("« C'est dur, mais on tient », confiait Marie Dufresne, éleveuse à Mirande.", "Marie Dufresne"),
    ("« Je les comprends », soupirait Paul Arnaud.", "Paul Arnaud"),
])
def test_a_french_verb_of_saying_in_the_imperfect_is_a_cue(text: str, speaker: str) -> None:
    assert only_speaker(in_language("fr", text)) == speaker


@pytest.mark.parametrize("text", ["Paul Arnaud disait vrai.", "La police assurait la sécurité du défilé.",
                                  "Marie Dufresne poursuivait ses études à Lyon."])
def test_a_french_imperfect_that_also_narrates_is_a_cue_only_after_a_quotation(text: str) -> None:
    assert only_speaker(in_language("fr", text)) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("O prefeito tem afirmado que a obra fica pronta em maio.", "prefeito"),  # "tem" + participle
    ("O secretário havia dito que não haveria atrasos.", "secretário"),
    ("Os moradores tinham denunciado que a água estava suja.", "unnamed"),
    ("Os moradores denunciam que a água está suja.", "unnamed"),  # the present plural
    ("A situação é pior nas áreas baixas, explicam os técnicos.", "unnamed"),
])
def test_portuguese_compound_tenses_and_the_present_plural_report(text: str, speaker: str) -> None:
    assert speakers(in_language("pt", text)) == [speaker]


@pytest.mark.parametrize("text", ["O projeto foi anunciado em maio.", "O resultado foi confirmado ontem."])
def test_portuguese_passive_participles_name_no_speaker(text: str) -> None:
    assert speakers(in_language("pt", text)) == [None]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("pt", "\"Perdemos tudo\", relatou a costureira Maria Aparecida dos Santos, de 58 anos.",
     "Maria Aparecida dos Santos"),  # two given names, then a plural particle
    ("pt", "\"Perdemos tudo\", disse Ana Paula das Neves.", "Ana Paula das Neves"),
    ("pt", "José Carlos da Petrobras disse que o preço sobe.", "José Carlos"),  # "da" may be "of"
    ("es", "\"Es grave\", dijo Pedro Sánchez de Podemos.", "Pedro Sánchez"),  # a surname before "de": "of"
])
def test_a_plural_particle_after_two_given_names_is_the_surname_s(language: str, text: str, speaker: str) -> None:
    assert speakers(in_language(language, text)) == [speaker]
