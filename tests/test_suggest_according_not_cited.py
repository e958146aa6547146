"""When "according to" cites no one: "in keeping with" ("went according to plan", "sorted according to size"),
"depending on" ("Les prix varient selon les saisons", "Según los casos"), and the Italian and Portuguese ordinal
"secondo"/"segundo" ("nel secondo tempo"); not "according to" a person or body after such a verb ("Les prix
varient selon l'Insee"). Seen as false quotations on the development set ("Ricciardi è al
secondo mandato", "aos 44 minutos do segundo tempo") and in trials; the words are lists in the cue files."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, speakers

from workbench.suggest import suggest_paragraph


def labels(language: str, text: str) -> list[str]:
    return [c.suggestion.label for c in suggest_paragraph(in_language(language, text), 0)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Everything went according to plan."),
    ("en", "The items are sorted according to size."),
    ("en", "According to legend, the king slept here."),
    ("fr", "Les prix varient selon les saisons."),
    ("fr", "Le prix varie selon la distance."),
    ("fr", "Selon les cas, la facture peut doubler."),
    ("fr", "Selon les cas de figure, la facture peut doubler."),
    ("es", "El precio varía según la región."),
    ("es", "Según la temporada, el precio cambia mucho."),
    ("it", "Ricciardi è al secondo mandato e nel 2027 non potrà ricandidarsi."),
    ("it", "Nel secondo tempo la squadra ha segnato due gol."),
    ("it", "La contestazione è cominciata durante il cambio di scena del secondo atto."),
    ("it", "Il loro secondo album è uscito ieri."),  # a possessive or a demonstrative before it
    ("it", "Quel secondo gol ha cambiato la partita."),
    ("pt", "Deste segundo lote, 30% já foram entregues."),
    ("pt", "No segundo tempo, o time marcou dois gols."),
    ("pt", "O preço varia segundo a estação."),
    ("de", "Laut Gesetz ist das verboten."),
    ("nl", "Alles verliep volgens plan."),
    ("de", "Laut Satzung Artikel 3 darf der Verein keine Gewinne machen."),
])
def test_according_to_that_cites_no_one_is_no_quotation(language: str, text: str) -> None:
    assert "quote" not in labels(language, text)


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "According to the mayor, the road will reopen next week.", "mayor"),
    ("en", "According to the National Weather Service, Hurricane Maria made landfall with winds up to 155 mph.",
     "National Weather Service"),
    ("fr", "Selon le ministère, la réforme est injuste.", "ministère"),
    ("fr", "Selon les syndicats, la réforme est injuste.", "unnamed"),
    ("es", "Según los expertos, la reforma es injusta.", "unnamed"),
    ("it", "Secondo il sindaco, la frana è colpa della Regione.", "sindaco"),
    ("pt", "Segundo a polícia, o suspeito fugiu.", "polícia"),
    # a verb of change before a person, a body or a name: their words
    ("en", "Estimates differ according to the UN.", "UN"),
    ("fr", "Les prix varient selon l'Insee de 3 à 5 %.", "Insee"),
    ("fr", "La situation évolue selon le préfet.", "préfet"),
    ("nl", "Het gaat volgens de politie om een 34-jarige man uit Utrecht.", "politie"),  # "gaat" is no change
    ("pt", "Neste segundo turno, o candidato afirmou que vai vencer.", "candidato"),  # the ordinal, then a source
    # a listed noun that is a name, or in a complement, is no reason
    ("pt", "Segundo a revista Época, o ministro mentiu.", "Época"),
    ("it", "Secondo il Giorno, il sindaco ha mentito.", "Giorno"),
])
def test_according_to_a_source_still_cites_it(language: str, text: str, speaker: str) -> None:
    assert speakers(in_language(language, text), 0) == [speaker]
