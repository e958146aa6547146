"""Names in an article, offered to the speaker prompt's completion."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import make_project, open_session

from workbench.names import german_nominative, longest_phrases, names_in, with_fuller_forms


def test_names_with_titles_joiners_and_surnames() -> None:
    names = names_in([
        "Kosovo Prime Minister Albin Kurti said the talks failed. Kurti added more.",
        "The Ministry of Defence denied it, as did Charles de Gaulle Airport.",
        "Tyler Durden of ZeroHedge reported it. But Russia. Anti-Russia hawks disagree.",
    ])
    for expected in ("Albin Kurti", "Kurti", "Ministry of Defence", "Charles de Gaulle Airport", "Tyler Durden",
                     "ZeroHedge", "Russia"):
        assert expected in names, expected
    for unwanted in ("The", "But", "Russia. Anti-Russia", "The Ministry of Defence"):
        assert unwanted not in names, unwanted


def test_words_capitalised_only_at_a_sentence_start_are_not_names() -> None:
    assert names_in(["Officials said the bridge was closed. Nobody objected."]) == []


def test_most_mentioned_first() -> None:
    names = names_in(["Anna Berg met Carl Olsen.", "Berg spoke first; then Berg left, and Carl Olsen stayed."])
    assert names.index("Berg") < names.index("Carl Olsen") < names.index("Anna Berg")


def test_the_prompt_offers_own_speakers_then_unnamed_then_the_articles_names(tmp_path: Path) -> None:
    article = """---
title: T
---

Mayor Jane Doe said the budget is fine. The council met on Monday.
"""
    _, session = open_session(make_project(tmp_path / "p", {"a": article}))
    assert session.speakers()[:1] == ["unnamed"]
    assert "Jane Doe" in session.speakers() and "Doe" in session.speakers()
    session.label("quote", {"speaker": "the mayor's office"})
    assert session.speakers()[:2] == ["the mayor's office", "unnamed"]
    session.store.unlock()


def test_words_capitalised_after_an_opening_mark_or_a_sentence_end_are_not_names() -> None:
    assert names_in(["He said: Nobody came. “ Officials left,” (Everyone knew) and «Rien»."]) == []
    assert names_in(["He said:Nobody came, and Officials left."]) == ["Nobody", "Officials"]


def test_a_sentence_that_starts_right_after_a_capitalised_word_starts_like_any_other() -> None:
    """"… am Vormittag. Die Gewerkschaft der Lokomotivführer habe …" is one capitalised run cut at its full stop."""
    names = names_in(["sagte Ulrike Hansen am Vormittag. Die Gewerkschaft der Lokomotivführer habe gestreikt."])
    assert "Gewerkschaft der Lokomotivführer" in names
    assert not any(name.startswith("Die ") for name in names)
    assert "Yesterday" not in names_in(["He met Anna Berg in Oslo. Yesterday the talks ended."])


def test_a_sentence_initial_article_is_left_out_but_not_a_titles_own() -> None:
    from workbench.names import _without_article

    assert _without_article("La Consejería de Empleo") == "Consejería de Empleo"
    assert _without_article("Die Deutsche Bahn AG") == "Deutsche Bahn AG"
    assert _without_article("L’Agence régionale de santé") == "Agence régionale de santé"
    for kept in ("Le Monde", "El País", "Los Angeles Times", "Die Linke", "Lanfranchi Group Holding",
                 "Ana Lima de Souza", "Alberto Castellani"):
        assert _without_article(kept) == kept


def test_a_title_is_left_out_of_the_name_offered_first() -> None:
    names = names_in([
        "Puerto Rican Governor Alejandro García Padilla said it, and Secretary of State Michael R. Pompeo agreed.",
        "WHO Director-General Tedros Adhanom Ghebreyesus told reporters. Pope Francis prayed.",
    ])
    for expected in ("Alejandro García Padilla", "Michael R. Pompeo", "Tedros Adhanom Ghebreyesus", "Pope Francis",
                     "Pompeo"):
        assert expected in names, expected
    assert names.index("Alejandro García Padilla") < names.index("Puerto Rican Governor Alejandro García Padilla")


def test_institutions_written_in_lower_case_in_several_languages() -> None:
    names = names_in([
        "Its pilots’ union has complained. But Jewish groups disagree, and the federal government said so.",
        "Officials at the US embassy in Beijing said nothing; the government official said more.",
        "Según el comité de huelga, lo secundan unos 380 trabajadores.",
        "Selon le service départemental d’incendie et de secours (SDIS), le ministère de l'Industrie et "
        "l'Observatoire des technologies de sécurité, rien.",
        "Esulta invece il comitato No Inceneritore, che da due anni raccoglie firme.",
        "L'intersyndicale CGT-CFDT dénonce une décision, a indiqué la préfecture de la Marne.",
    ])
    for expected in ("pilots’ union", "Jewish groups", "federal government", "US embassy in Beijing",
                     "comité de huelga", "service départemental d’incendie et de secours", "ministère de l'Industrie",
                     "Observatoire des technologies de sécurité", "comitato No Inceneritore",
                     "intersyndicale CGT-CFDT", "préfecture de la Marne"):
        assert expected in names, expected
    assert not [name for name in names if "official" in name]
    assert names.index("Jewish groups") < names.index("Jewish")


def test_the_is_kept_where_a_sentence_does_not_start_with_it() -> None:
    names = names_in(["According to a report by The Intercept, it failed.", "The Sun reported it."])
    assert "The Intercept" in names and "Sun" in names and "The Sun" not in names
    assert names.index("The Intercept") < names.index("Intercept")
    dateline = names_in(["LAS VEGAS — The Las Vegas Metropolitan Police Department said so."])
    assert "Las Vegas Metropolitan Police Department" in dateline and "Las Vegas" in dateline
    assert not [name for name in dateline if name.startswith(("The ", "Vegas Metropolitan"))]


def test_initials_after_a_sentence_opening_article_are_offered_without_it() -> None:
    names = names_in(["La AEMET advierte de que el temporal seguirá.", "A ONU disse que não.", "Le Monde écrit.",
                      "De NVWA waarschuwt consumenten."])
    assert "AEMET" in names and "ONU" in names and "NVWA" in names and "De NVWA" not in names
    assert "La AEMET" not in names and "A ONU" not in names
    assert "Le Monde" in names  # a name that takes its article keeps it
    after_a_word = names_in(["Selon la CCI, la criée perdait de l'argent."])
    assert "CCI" in after_a_word and "la CCI" not in after_a_word


def test_shorter_forms_in_other_languages_in_capitals_and_in_pairs() -> None:
    names = names_in([
        "Schätzungen der Kämmerei zufolge könnten es neun Millionen sein.",
        "Oberstaatsanwalt Jörg Thelen von der Staatsanwaltschaft Kaltenbach hatte gesprochen.",
        "It is a witch hunt. ALAN DERSHOWITZ — Donald J. Trump",
        "Trump’s lawyers, Rudolph W. Giuliani and Jay A. Sekulow, said so.",
    ])
    for expected in ("Kämmerei", "Jörg Thelen", "Staatsanwaltschaft Kaltenbach", "Alan Dershowitz",
                     "Rudolph W. Giuliani", "Jay A. Sekulow"):
        assert expected in names, expected
    # A name that begins a longer one comes before it, or "→" could never complete it.
    assert names.index("Rudolph W. Giuliani") < names.index("Rudolph W. Giuliani and Jay A. Sekulow")


def test_names_in_takes_time_in_proportion_to_the_text() -> None:
    import time

    def seconds(text: str) -> float:
        """CPU time of this thread, not the wall clock: other processes on a loaded machine do not count."""
        best = float("inf")
        for _ in range(3):
            start = time.thread_time()
            names_in([text])
            best = min(best, time.thread_time() - start)
        return best

    # Each was quadratic once, or could be: runs of capitals or of words that are no names, dense heads.
    for unit in ("A ", "The ", "A. ", "the union of Workers said ", "comité de huelga de la Marne et de "):
        small, large = unit * (40_000 // len(unit)), unit * (160_000 // len(unit))
        assert seconds(large) < 10 * seconds(small) + 0.05, unit


def test_german_nouns_come_after_names_and_a_bare_head_comes_last() -> None:
    names = names_in([
        "Oberstaatsanwalt Jörg Thelen von der Staatsanwaltschaft Kaltenbach hatte sechs Jahre gefordert. "
        "Laut Anklage suchten die Hintermänner nach Vornamen im Telefonbuch, um Opfer zu finden.",
        "D’après la préfecture, le site était classé Seveso.",
    ])
    assert names[:2] == ["Jörg Thelen", "Staatsanwaltschaft Kaltenbach"]
    assert names.index("Thelen") < names.index("Anklage")
    assert names[-1] == "préfecture"
    assert names_in(["Ursula von der Leyen sagte das."]) == ["Ursula von der Leyen"]


def test_german_institutions_are_offered_in_the_nominative() -> None:
    """References name "Statistisches Bundesamt", not the "Statistischen Bundesamt" a sentence inflects."""
    assert names_in(["Laut dem Statistischen Bundesamt starben mehr Menschen. Das sei neu."])[0] == (
        "Statistisches Bundesamt")
    assert names_in(["Nach Berechnungen des Landratsamts Nebratal bedeutet das für die Fahrer einen Umweg."])[0] == (
        "Landratsamt Nebratal")
    assert "Deutsche Bahn" in names_in(["Züge fallen aus: nach Angaben der Deutschen Bahn ist ein Stellwerk defekt."])
    assert german_nominative("Deutschen Gewerkschaftsbund") == "Deutscher Gewerkschaftsbund"
    assert german_nominative("Verbandes") == "Verband"
    assert german_nominative("Ulrich Brenner") == "Ulrich Brenner"


def test_a_german_noun_before_des_or_der_is_not_part_of_the_source() -> None:
    """"Nach Angaben des Gewerbevereins Ebersfelden" names the Gewerbeverein; "Angaben" and "Nach" are no names."""
    found = names_in(["Nach Angaben des Gewerbevereins Ebersfelden haben bereits zwei Speditionen angekündigt."])
    assert found[0] == "Gewerbeverein Ebersfelden"
    assert not any(name.startswith(("Nach", "Angaben")) for name in found)
    assert "Ministerium" in names_in(["Die Antwort des Ministeriums auf eine Kleine Anfrage liegt vor. Sie sei neu."])
    found = names_in(["Das Bundesministerium des Innern hat es bestätigt, sagte er."])
    assert found[0] == "Bundesministerium des Innern"


def test_a_german_authority_keeps_its_remit() -> None:
    assert names_in(["Das teilte das Landesamt für Straßenbau am Dienstag mit."])[0] == "Landesamt für Straßenbau"
    assert names_in(["Das teilte das Bundesamt für Migration und Flüchtlinge mit, sagte sie."])[0] == (
        "Bundesamt für Migration und Flüchtlinge")
    assert not any("für" in name for name in names_in(["Die Preise für Strom und Gas steigen, sagte Anna Berg."]))


def test_capitalised_acronyms_that_spell_a_german_word_stay_names() -> None:
    assert "ALS" in names_in(["Patients with ALS were treated. The ALS association said so."])


def test_a_german_sentence_opening_article_weekday_or_indefinite_is_no_part_of_a_name() -> None:
    """German capitalises nouns, so "Die Polizei" opening a sentence is the Polizei, and "Eine Störung" or
    "Mittwoch den Regionalverkehr" are no names at all."""
    found = names_in(["Die Polizei bestätigte den Brand. Eine Störung legte am Mittwoch den Regionalverkehr lahm. "
                      "Das Bundeskartellamt prüft den Fall, sagte ein Sprecher der Deutschen Bahn."])
    assert "Polizei" in found and "Bundeskartellamt" in found
    assert not any(name.startswith(("Die ", "Das ", "Eine ", "Mittwoch")) for name in found), found


def test_a_surname_is_offered_as_the_full_name_and_a_first_word_also_alone() -> None:
    names = ["Annika Vogt", "Sealwick Air", "Kosovo Police", "Vogt", "unnamed"]
    offered = with_fuller_forms(["Vogt", "Kosovo", "unnamed", "Sealwick", "Rheinfeld"], names)
    assert offered == ["Annika Vogt", "Kosovo", "Kosovo Police", "unnamed", "Sealwick", "Sealwick Air", "Rheinfeld"]


def test_a_surname_of_two_names_or_one_the_analyst_recorded_stays_as_it_is() -> None:
    names = ["Donald Trump", "Ivanka Trump", "Annika Vogt"]
    assert with_fuller_forms(["Trump"], names) == ["Trump"]
    assert with_fuller_forms(["Vogt"], names, keep=["Vogt"]) == ["Vogt", "Annika Vogt"]


def test_the_numbered_speakers_name_the_claims_surname_in_full_and_put_german_names_before_nouns(
        tmp_path: Path) -> None:
    article = """---
title: T
---

Die Medizinerin Annika Vogt leitet die Studie an der Universität Rheinfeld seit drei Jahren.

Nach Angaben von Vogt sind die Menschen in den Tagen nach der Hitze in der Klinik gewesen.
"""
    _, session = open_session(make_project(tmp_path / "p", {"a": article}))
    session.goto(0, paragraph=1)
    choices = session.speaker_choices()
    assert "Annika Vogt" in choices and "Vogt" not in choices[: choices.index("Annika Vogt")]
    nouns = [c for c in ("Menschen", "Tagen", "Klinik") if c in choices]
    assert all(choices.index(n) > choices.index("Universität Rheinfeld") for n in nouns), choices
    session.store.unlock()


def test_a_german_claims_own_speaker_stays_among_the_numbered_choices(tmp_path: Path) -> None:
    ministers = ("Finanzminister Olaf Scholz, Innenminister Horst Seehofer, "
                 "Gesundheitsminister Jens Spahn, Außenminister Heiko Maas, Arbeitsminister Hubertus Heil, "
                 "Agrarministerin Julia Klöckner, Verkehrsminister Andreas Scheuer, Umweltministerin Svenja "
                 "Schulze, Justizministerin Christine Lambrecht und Bundeskanzlerin Angela Merkel")
    article = (f"---\ntitle: T\n---\n\n{ministers} trafen sich am Montag mit Markus Söder und Armin Laschet.\n\n"
               f"{ministers.replace('Bundeskanzlerin Angela Merkel', 'Markus Söder')} berieten lange.\n\n"
               "Die Lage sei ernst, sagte Merkel am Dienstag in Berlin vor Journalisten nach der Sitzung.\n")
    _, session = open_session(make_project(tmp_path / "p", {"a": article}))
    session.goto(0, paragraph=2)
    assert "Angela Merkel" in session.speaker_choices()
    session.store.unlock()


def test_a_short_german_claim_told_it_is_german_loses_its_opening_article() -> None:
    """One sentence is too short to tell German from its function words; the prompt knows it from the paragraph."""
    claim = "Der Rechnungshof übt scharfe Kritik."
    assert "Der Rechnungshof" in names_in([claim])  # read alone, it may be a name ("Der Spiegel")
    found = names_in([claim], german=True)
    assert "Rechnungshof" in found and "Der Rechnungshof" not in found


def test_german_initials_stay_among_the_numbered_choices_before_nouns(tmp_path: Path) -> None:
    paragraph = ("Bürgermeister Hannes Kofler, Vizebürgermeisterin Anna Berg, Stadtrat Karl Huber, Gemeinderätin "
                 "Lisa Thaler, Markus Unterberger, Eva Moser und Josef Gruber waren bei der Sitzung der Stadtgemeinde "
                 "Ingelstein, die Staatsanwaltschaft Innsbruck und das Land Tirol nicht. Auch die SPD will den Bericht "
                 "im Gemeinderat diskutieren.")
    article = f"---\ntitle: T\n---\n\n{paragraph}\n"
    _, session = open_session(make_project(tmp_path / "p", {"a": article}))
    session.goto(0, paragraph=0)
    session.next_claim()
    claim, text = session.focused, session.article.paragraphs[0].text
    assert claim is not None and "SPD" in text[claim.start : claim.end]
    choices = session.speaker_choices()
    assert "SPD" in choices, choices  # the claim's own initials, before the paragraph's many names
    session.store.unlock()


@pytest.mark.parametrize(("text", "german", "expected"), [
    # a body named with lower-case words, or with "and", whole and without the sentence's article
    ("La chambre d’agriculture de Bretagne, qui doit rendre un avis sur le dossier, reste prudente.", False,
     ("chambre d’agriculture de Bretagne",)),
    ("Es la única médica, según datos de la Consejería de Sanidad de la Junta de Castilla y León, de la zona.", False,
     ("Consejería de Sanidad de la Junta de Castilla y León",)),
    ("La FCPE de l’Isère réclame la publication des rapports d’inspection.", False, ("FCPE de l’Isère",)),
    ("La comunidad de regantes del Bajo Oliva advierte de que la campaña corre peligro.", False,
     ("comunidad de regantes del Bajo Oliva",)),
    # the sentence's opening words are no part of the name; a name's own article is
    ("Pour l’association Littoral vivant, qui alerte depuis des années, l’effondrement était « prévisible ».",
     False, ("association Littoral",)),
    ("Laut der Agentur für Gesundheit und Ernährungssicherheit (AGES) hat sich Ragweed ausgebreitet.", True,
     ("Agentur für Gesundheit und Ernährungssicherheit",)),
    ("Le Monde Diplomatique a publié une enquête sur le port.", False, ("Le Monde Diplomatique",)),
    # one word is no phrase; a text longer than a few sentences is not read
    ("Selon Bretagne, tout va bien.", False, ()),
    ("La chambre d’agriculture de Bretagne reste prudente. " * 100, False, ()),
])
def test_longest_phrases_are_a_claim_s_whole_body_names(text: str, german: bool, expected: tuple[str, ...]) -> None:
    assert longest_phrases(text, german) == expected

