"""A town's own bodies, named by the article only by their kind ("a prefeitura", "die Gemeinde"), are suggested
with the town the article is about, as the devset names a body and its town."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FixedClock, write_project
from test_suggest import article, speaker
from test_suggest_speaker_rules import in_language

from workbench.model import Article, ArticleMeta
from workbench.session import Session
from workbench.suggest import suggest_paragraph


def _last_speaker(title: str, *paragraphs: str) -> str | None:
    """The speaker of the last paragraph's one quotation, in an article with a title."""
    plain = article(*paragraphs)
    titled = Article(plain.id, ArticleMeta(title=title), plain.paragraphs)
    found = suggest_paragraph(titled, len(paragraphs) - 1)
    assert len(found) == 1 and found[0].suggestion.label == "quote", found
    return found[0].suggestion.attributes.get("speaker")


PT_LEAD = ("Há 14 anos, Rosângela Ferreira comanda a Cooperativa Recicla Vida, em Campo Alegre do Oeste, no oeste do "
           "Paraná. O volume de material que chega ao galpão caiu pela metade, e muitas cooperadas já deixaram o "
           "trabalho.")


def test_a_town_s_body_is_named_with_the_town_its_article_is_about() -> None:
    assert _last_speaker("Cooperativa de Campo Alegre do Oeste perde catadoras", PT_LEAD,
                         "A prefeitura informou que estuda um convênio com a cooperativa para o próximo ano."
                         ) == "Prefeitura de Campo Alegre do Oeste"


def test_the_town_a_mayor_is_of_names_its_bodies() -> None:
    assert _last_speaker(
        "La piscine Tournesol fermera en juin",
        "Le maire de Kervenan-sur-Lié, Paul Quellec, a confirmé la fermeture lundi soir devant le conseil.",
        "Les nageurs du club devront aller à Brest, à quarante minutes de route, pour leurs entraînements.",
        "La municipalité a indiqué qu’elle cherchait un repreneur pour le bâtiment.",
    ) == "municipalité de Kervenan-sur-Lié"


def test_the_body_keeps_its_capital_and_french_elides_de_before_a_vowel() -> None:
    assert _last_speaker(
        "Avallon : la piscine fermera en juin",
        "La piscine d’Avallon fermera en juin, a-t-on appris lundi à Avallon, où les nageurs sont déçus.",
        "La Commune a indiqué qu’elle cherchait un repreneur pour le bâtiment.",
    ) == "Commune d’Avallon"


def test_a_german_town_after_in_and_bei() -> None:
    assert _last_speaker(
        "Endlagersuche: Salzstock bei Quelitz bleibt im Rennen",
        "Der Salzstock bei Quelitz bleibt bei der Suche nach einem Endlager für Atommüll weiter im Rennen.",
        "In Quelitz ist die Enttäuschung groß, viele Bewohner hatten auf ein Aus gehofft.",
        "Die Gemeinde teilte mit, sie lehne ein Endlager auf ihrem Gebiet weiterhin ab.",
    ) == "Gemeinde Quelitz"


def test_a_german_noun_after_a_preposition_of_place_is_no_town() -> None:
    # "in Ordnung" twice: a noun, so no town, and the body keeps its bare name
    assert _last_speaker(
        "Unfall am Bahnübergang",
        "Der Fahrer kam mit leichten Verletzungen davon, sein Beifahrer mit einem Schock ins Krankenhaus.",
        "Die Schranke sei in Ordnung gewesen, in Ordnung sei auch das Signal, hieß es.",
        "Die Gemeinde teilte mit, sie wolle den Übergang prüfen lassen.",
    ) == "Gemeinde"


def test_a_part_of_a_town_is_not_the_town() -> None:
    assert _last_speaker(
        "Cámaras que lo ven todo",
        "Los vecinos de la población Los Aromos llevan tres años pidiendo luminarias en la pasarela.",
        "Mientras tanto, en Los Aromos la pasarela sigue a oscuras y los vecinos cruzan con linternas.",
        "Según el municipio, el sistema permitirá identificar en segundos a personas con órdenes de detención.",
    ) == "municipio"


def test_a_region_written_after_an_article_is_not_the_town() -> None:
    assert _last_speaker(
        "Strisce blu, la maggioranza si spacca",
        "In Piemonte le strisce blu si moltiplicano, e il Piemonte discute da mesi delle tariffe dei parcheggi.",
        "Il Comune ha spiegato che le nuove tariffe entreranno in vigore dal primo marzo.",
    ) == "Comune"


def test_two_towns_named_as_often_give_no_town() -> None:
    assert _last_speaker(
        "Deux piscines ferment",
        "Les piscines ferment à Sauvelens et à Montressac, faute de budget pour les rénover cet hiver.",
        "À Sauvelens comme à Montressac, les nageurs sont déçus et les clubs cherchent des bassins.",
        "La municipalité a indiqué qu’elle cherchait un repreneur pour le bâtiment.",
    ) == "municipalité"


def test_an_english_city_is_left_as_the_article_writes_it() -> None:
    assert speaker("The shelter opened in Cedar Bend last week, and Cedar Bend residents welcomed it.",
                   "The council said it would review the shelter's funding in Cedar Bend next spring."
                   ) == "council"


def _on_last_paragraph(tmp_path: Path, title: str, *paragraphs: str, suggestions: bool = True) -> Session:
    """A session on the last paragraph of a German article, with the suggester unless ``suggestions`` is false."""
    body = "\n\n".join(paragraphs)
    project = write_project(tmp_path / "p", {"a.md": f"---\ntitle: '{title}'\nlanguage: de\n---\n\n{body}\n"})
    session = Session(project.corpus(), project.scheme(), project.store("ana"), clock=FixedClock(),
                      suggester=suggest_paragraph if suggestions else None)
    session.resume()
    while session.cursor.paragraph < len(paragraphs) - 1:
        session.next_paragraph()
    return session


def test_the_speaker_prompt_offers_the_town_s_body_a_sentence_names(tmp_path: Path) -> None:
    # The sentence reads as a fact (no cue), so no suggestion names the body: the analyst who labels it a
    # quotation finds "Gemeinde Quelitz" among the prompt's numbered picks, first after the speakers they quoted.
    session = _on_last_paragraph(
        tmp_path, "Endlagersuche: Salzstock bei Quelitz bleibt im Rennen",
        "Der Salzstock bei Quelitz bleibt bei der Suche nach einem Endlager für Atommüll weiter im Rennen.",
        "In Quelitz ist die Enttäuschung groß, viele Bewohner hatten auf ein Aus gehofft.",
        "Die Gemeinde rechnet mit einer langen Prüfung durch den Bund.")
    assert not any(c.startswith("Gemeinde ") for c in session.speaker_choices()), "nothing analysed at a key press"
    suggest_paragraph(session.article, 0)  # the suggestion worker reads the article
    assert session.speaker_choices()[0] == "Gemeinde Quelitz"


def test_the_prompt_offers_no_town_to_an_analyst_working_without_suggestions(tmp_path: Path) -> None:
    session = _on_last_paragraph(
        tmp_path, "Endlagersuche: Salzstock bei Quelitz bleibt im Rennen",
        "Der Salzstock bei Quelitz bleibt bei der Suche nach einem Endlager für Atommüll weiter im Rennen.",
        "Die Gemeinde rechnet mit einer langen Prüfung durch den Bund.", suggestions=False)
    suggest_paragraph(session.article, 0)  # read by the suggester all the same (another session, a toggle)
    assert not any(choice.startswith("Gemeinde ") for choice in session.speaker_choices())


def test_the_prompt_offers_no_town_where_the_article_s_is_unclear(tmp_path: Path) -> None:
    session = _on_last_paragraph(tmp_path, "Zwei Dörfer streiten",
                                 "In Quelitz und in Marnow wird seit Wochen über das Endlager gestritten.",
                                 "Die Gemeinde rechnet mit einer langen Prüfung durch den Bund.")
    suggest_paragraph(session.article, 0)
    assert not any(choice.startswith("Gemeinde ") for choice in session.speaker_choices())


@pytest.mark.parametrize(("language", "title", "paragraphs", "expected"), [
    # a place named in passing, however often, is not the town: the title or a town's office must name it too
    ("es", "Las obras del puente, paradas", ("Las obras de Tordesillas se decidieron en Madrid, y en Madrid se "
                                              "pararon.", "El Ayuntamiento informó que espera la licencia."),
     "Ayuntamiento"),
    # a country, however often named, is never the town
    ("pt", "Em Portugal, a obra parada", ("Em Portugal há muitas obras paradas, e em Portugal ninguém se espanta.",
                                          "A prefeitura informou que aguarda o repasse."), "prefeitura"),
    # Portuguese does not elide "de"
    ("pt", "Obra parada em Osasco", ("A obra da creche em Osasco está parada desde março.",
                                     "A prefeitura informou que aguarda o repasse."), "Prefeitura de Osasco"),
    # German "die Gemeinde Widerspruch eingelegt": a noun after the body, no town's office
    ("de", "Kita-Neubau verzögert sich", ("Gegen den Bescheid hat die Gemeinde Widerspruch eingelegt, hieß es.",
                                          "Die Gemeinde teilte mit, sie prüfe den Antrag."), "Gemeinde"),
    # a route is not the town's longer name: "Talheim-Heilbronn"
    ("de", "Talheim: Busse fallen aus", ("Die Strecke Talheim-Heilbronn ist gesperrt, in Talheim ist man sauer.",
                                         "Die Gemeinde teilte mit, sie prüfe einen Ersatzverkehr."),
     "Gemeinde Talheim"),
    # the mayor named after the town's office is no part of the town
    ("nl", "Zwembad Gouda weer open", ("Het bad werd vrijdag door burgemeester van Gouda Pieter Verhoeve geopend.",
                                       "De gemeente laat weten dat het bad elke dag open is."), "Gemeente Gouda"),
    # Dutch "Burgemeester Van Zanen" is a mayor's name, not the town's
    ("nl", "Zwembad weer open", ("Burgemeester Van Zanen opende zaterdag het zwembad, en Van Zanen zwom mee.",
                                 "De gemeente laat weten dat het bad elke dag open is."), "gemeente"),
])
def test_a_town_is_guessed_only_on_strong_evidence(language: str, title: str, paragraphs: tuple[str, ...],
                                                    expected: str) -> None:
    plain = in_language(language, *paragraphs)
    titled = Article(plain.id, ArticleMeta(title=title, language=language), plain.paragraphs)
    found = suggest_paragraph(titled, len(paragraphs) - 1)
    assert [c.suggestion.attributes.get("speaker") for c in found] == [expected]
