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
    "Einen Zeitplan nannte die Gemeinde nicht.",
    "Am Ende hatten wenige Sätze genügt, um die Lage zu erklären.",
])
def test_a_german_common_noun_is_no_speaker(text: str) -> None:
    assert only_speaker(in_language("de", text)) in (None, "unnamed", "Gemeinde")
