"""Attributions that name no one ("It is understood that …", "Es heißt, …", "Er wordt gevreesd dat …") are
an unnamed source's words, and a German source in the genitive after "Nach Einschätzung" is the source."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers

from workbench.suggest import suggest_paragraph


@pytest.mark.parametrize(("language", "text"), [
    ("en", "It is understood that the agency is reviewing its guidance."),
    ("en", "The outbreak is thought to have begun in a market near the river."),
    ("en", "The comet is widely thought to be the parent body of the shower."),
    ("en", "It is feared that dozens of houses were flooded."),
    ("en", "Former adviser Dina Powell is rumored to be among the top candidates to replace Nikki Haley."),
    ("en", "It is rumoured that the minister will resign."),
    ("de", "Es heißt, mehrere Familien überlegten bereits, ganz wegzuziehen."),
    ("nl", "Er wordt gevreesd dat roetdeeltjes tot enkele kilometers verderop zijn neergekomen."),
    ("it", "In paese si dice che l'amministrazione avesse messo in conto una condanna."),
    ("es", "Se cree que el incendio empezó en la cocina."),
    ("pt", "Estima-se que mais de mil pessoas tenham sido afetadas."),
    ("fr", "On estime que plus de mille personnes ont été touchées."),
])
def test_an_agentless_attribution_is_an_unnamed_source(language: str, text: str) -> None:
    assert only_speaker(in_language(language, text)) == "unnamed"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The bridge is expected to open in May."),  # a timetable, no one's belief
    ("de", "Das heißt, die Straße bleibt bis Freitag gesperrt."),  # "that is", not "it is said"
    ("de", "Die Preise müssen begründet werden."),  # a passive: the prices report nothing
    ("en", "The project is estimated to cost $2 billion."),  # an estimate of a figure
    ("nl", "De motie werd aangenomen door de gemeenteraad."),  # "passed", not "assumed"
    ("nl", "Er wordt gedacht aan een nieuwe brug."),  # "considered", not "thought that"
    ("es", "En resumen, la medida fracasó."),
    ("es", "El proyecto plantea construir una presa junto al río."),  # verbs that also act on things
    ("pt", "Os hospitais contam com 200 leitos."),
    ("en", "It is likely that millions of people took note of its claim."),
])
def test_a_timetable_that_is_or_a_passive_stays_the_authors(language: str, text: str) -> None:
    assert only_speaker(in_language(language, text)) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nach Einschätzung des Kreisveterinäramts könnten Wildvögel den Erreger eingeschleppt haben.",
     "Kreisveterinäramt"),
    ("Nach Zahlen des Umweltministeriums leben in Niedersachsen mehr als 50 Wolfsrudel.", "Umweltministerium"),
    ("Nach Einschätzung der Verbraucherzentrale Niedersachsen müssen Preisänderungen begründet werden.",
     "Verbraucherzentrale Niedersachsen"),
])
def test_a_german_source_in_the_genitive_after_nach_is_the_source(text: str, speaker: str) -> None:
    assert only_speaker(in_language("de", text)) == speaker


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Two people familiar with the matter told Reuters the deal was off."),
    ("en", "Sources close to the White House said the plan was dead."),
    ("en", "Residents near the Oakland Coliseum said they heard shots."),
    ("pt", "Especialistas ouvidos pela ANL consideram a retirada inevitável."),
])
def test_an_unnamed_source_before_a_complement_is_unnamed_not_the_complement(language: str, text: str) -> None:
    assert only_speaker(in_language(language, text)) == "unnamed"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Officials at the Ministry of Health said the clinic would close.", "Ministry of Health"),
    ("The report from the Office of the Inspector General concluded that the FBI erred.",
     "Office of the Inspector General"),
])
def test_officials_and_documents_before_a_complement_stay_the_complements(text: str, speaker: str) -> None:
    assert only_speaker(in_language("en", text)) == speaker


def test_a_named_source_later_in_the_sentence_beats_an_agentless_cue() -> None:
    text = "It is understood that the plant will close, according to the BBC."
    assert only_speaker(in_language("en", text)) == "BBC"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Carter Holt spoke first. The attorney general had been accused of “softening or watering down his report,” "
     "Holt said, “when the reality is it was someone else.”", "Carter Holt"),
    ("The congregation’s secretary, Archbishop José Rodríguez Carballo, is reported as saying, “With this "
     "reference the matter is closed.”", "José Rodríguez Carballo"),
    # the sentence's subject is no name: the passive keeps its unnamed source
    ("Another council member, who voted yes and asked not to be named because members had been told not to "
     "discuss it, told me the outcome was “never really in doubt.”", "unnamed"),
    # a later verb in another clause reports only that clause
    ("He was told he would be fired on the day Tesla announced record profits.", "unnamed"),
    ("The man was accused of assault, and Tom Hall told police he had been hit.", "unnamed"),
])
def test_a_named_source_after_an_agentless_passive_is_the_source(text: str, speaker: str) -> None:
    assert speakers(in_language("en", text))[-1] == speaker


@pytest.mark.parametrize("text", [
    "On Tuesday, two people familiar with the matter said the deal was off.",
    "But people close to the president said he would resign.",
    "Two senior aides to the governor said he would resign.",
])
def test_an_unnamed_source_after_a_fronted_phrase_or_a_count_is_unnamed(text: str) -> None:
    assert only_speaker(in_language("en", text)) == "unnamed"


def test_a_group_named_among_the_sources_is_the_source() -> None:
    text = "Gun control advocates including the group Everytown for Gun Safety lauded the move."
    assert only_speaker(in_language("en", text)) == "Everytown for Gun Safety"


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("de", "Ein weiterer Abgang könne nicht ausgeschlossen werden, hieß es bei der WLV.", "WLV"),
    ("fr", "L’instruction d’un tel dossier prend en général plus d’un an, indique-t-on à la préfecture.", "préfecture"),
    ("fr", "Le projet « doit d’abord servir l’activité agricole », rappelle-t-on à la chambre d’agriculture de "
           "Bretagne.", "chambre d’agriculture de Bretagne"),
])
def test_an_agentless_cue_at_a_body_is_that_bodys(language: str, text: str, speaker: str) -> None:
    assert only_speaker(in_language(language, text)) == speaker


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Der Hang sei stabil, hieß es aus Berlin."),  # a place
    ("fr", "Rien n'est décidé, a-t-on appris auprès de ses proches."),  # people, unnamed
])
def test_an_agentless_cue_at_a_place_or_among_people_stays_unnamed(language: str, text: str) -> None:
    assert only_speaker(in_language(language, text)) == "unnamed"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Herald reported that County Supervisor of Elections Mark Anders said on Monday that 11 ballots came by fax.",
     "Mark Anders"),
    ("The BBC adds that the WHO said it was not recommending any travel restrictions.", "WHO"),
    ("The Tribune reports that Health Minister Ola Kalenga confirmed a case in the city.", "Ola Kalenga"),
    ("The Bay Courier reported last month that port chairman Desmond Arlott said the work would start.",
     "Desmond Arlott"),
    ("The paper reported that police said the road was shut.", "police"),
    # the outer source's own: a pronoun, an act rather than words, a subject that is not the verb's
    ("Ann Roe said that he had erred in taking the photos.", "Ann Roe"),
    ("A source told the Tribune that Congress asked the administration about the licence.", "unnamed"),
    ("The Herald added that Manafort's visit was not logged and cited a source as saying he left.", "Herald"),
    ("Ann Roe confirmed that Thursday's statement said the roads were shut.", "Ann Roe"),
    ("Ann Roe said that the woman told her the car was red.", "Ann Roe"),  # a person's own unnamed source: hers
    ("The Herald reported on Monday that Gov. Tom Smith said it was fine.", "Tom Smith"),
])
def test_a_source_named_by_a_source_speaks_its_reported_words(text: str, speaker: str) -> None:
    assert only_speaker(in_language("en", text)) == speaker


@pytest.mark.parametrize("text", [
    "He was charged shortly before holding a news conference Friday.",
    "Expelled former student Nikolas Cruz, 19, has been charged in the attack.",
    "Since he was arrested in 2010, Assange has not been charged with a single crime.",
])
def test_being_charged_is_a_courts_act_not_someones_words(text: str) -> None:
    found = suggest_paragraph(in_language("en", "Douglas Haig sold ammunition as a hobby.", text), 1)
    assert [c.suggestion.label for c in found] == ["fact"]


def test_a_charge_is_the_authors_fact_beside_a_quotation_in_the_next_clause() -> None:
    found = suggest_paragraph(in_language("en", "The man was charged with assault, and Tom Hall told police he had "
                                                "been hit."), 0)
    assert [(c.suggestion.label, c.suggestion.attributes.get("speaker")) for c in found] == [
        ("fact", None), ("quote", "Tom Hall")]


def test_charging_someone_in_words_is_still_a_quotation() -> None:
    a = in_language("en", "Senator Jane Doe charged that the agency had hidden the report.")
    assert only_speaker(a) == "Jane Doe"


@pytest.mark.parametrize(("text", "label"), [
    ("They also found trace amounts of marijuana, crystal methamphetamine, and drug paraphernalia.", "fact"),
    ("A San Francisco jury on Thursday found Jose Ines Garcia Zarate not guilty of murder.", "fact"),
    ("Police officers found Campos when they arrived on the floor.", "fact"),
    ("The study found that most patients recovered within a week.", "quote"),
    ("Chief U.S. District Judge Patti Saris in Boston found she had authority to act.", "quote"),
    ("House investigators found the House server was being used for other purposes.", "quote"),
    ("Mueller found no evidence of a conspiracy.", "quote"),
    ("The poll found 52 percent of voters backed the plan.", "quote"),
    ("A Gallup poll found most Americans disapprove of the plan.", "quote"),
])
def test_finding_a_thing_is_no_report_but_finding_that_something_is_so_is(text: str, label: str) -> None:
    found = suggest_paragraph(in_language("en", "Officers searched the truck at the Nogales port.", text), 1)
    assert [c.suggestion.label for c in found] == [label]
