"""German subjects: every noun is capitalised, so a capitalised word before a cue is not a name by that alone.
A common noun after a determiner, number or preposition is no source; one after an indefinite article is an
unnamed source; a party's parliamentary group and the clause after "wie" name their own source."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nach Angaben des Gewerbevereins Ebersfelden haben bereits zwei Speditionen angekündigt, ihre Lager zu "
     "verlegen.", "Gewerbeverein Ebersfelden"),
    ("Gekostet hat das Ganze rund 180.000 Euro, wie die Stadtverwaltung auf Anfrage bestätigte.", "Stadtverwaltung"),
    ("Die CDU-Fraktion im Landtag kündigte an, das Thema erneut aufzugreifen.", "CDU-Fraktion"),
    ("Eine 86 Jahre alte Frau aus dem Stadtteil Lindenhof hatte im Prozess geschildert, wie sie betrogen wurde.",
     "unnamed"),
    ("Ein Landwirt, der anonym bleiben wollte, sagte, er habe schon im Sommer Risse im Hang gesehen.", "unnamed"),
])
def test_the_source_of_a_german_cue(text: str, speaker: str) -> None:
    assert only_speaker(in_language("de", text)) == speaker


@pytest.mark.parametrize("text", [
    "Einen Zeitplan nannte die Gemeinde nicht.",  # the object before its verb
    "Eine Ausschreibung gab es nicht.",  # "there was none", not "gave"
    "Die Preise müssen begründet werden.",  # a passive without an agent
])
def test_a_german_object_or_passive_subject_is_no_speaker(text: str) -> None:
    assert only_speaker(in_language("de", text)) is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("Wie Scholz betonte, sei die Lage ernst.", "Scholz"),  # a name after "wie" or "und" is still a name
    ("Die Lage sei ernst, wie Scholz betonte.", "Scholz"),
    ("Und Merkel sagte, die Lage sei ernst.", "Merkel"),
    ("In Berlin sagte Scholz, die Lage sei ernst.", "Scholz"),  # a fronted place: the subject after the verb
    ("Wie vom Ministerium mitgeteilt wurde, ist die Lage ernst.", "Ministerium"),  # the passive's agent
    ("Die Entscheidung war vom Gericht begründet worden.", "Gericht"),
])
def test_german_names_after_a_conjunction_a_fronted_place_or_von_are_sources(text: str, speaker: str) -> None:
    assert only_speaker(in_language("de", text)) == speaker
