"""Interviews in questions and answers: the answers are the interviewee's words, the questions no frame.

Every example is written for these tests (not taken from the development set).
"""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language

from workbench.interview import find_interview
from workbench.model import Article
from workbench.suggest import suggest_paragraph

SPANISH_DIALOGUE = [
    "Marta Ruiz lleva veinte años al frente de la única farmacia de Villaseca.",
    "Ruiz atiende sola de lunes a sábado y reparte medicamentos a domicilio por la tarde.",
    "—¿Cuántas personas vienen cada día?",
    "—Unas cuarenta. Casi todas mayores de setenta años.",
    "—¿Le compensa?",
    "—Económicamente, no. Pero si cierro, el pueblo se queda sin nada.",
    "—¿Qué pide a la Diputación?",
    "—Que alguien me sustituya en verano. Llevo tres años sin vacaciones.",
]

FRENCH_INTERVIEW = [
    "Le maire de Cossonay, Pierre Vautier, veut fermer la piscine communale d'ici deux ans.",
    "Il s'en explique.",
    "Pierre Vautier, pourquoi fermer la piscine?",
    "Elle perd 400 000 francs par an. Nous ne pouvons plus suivre.",
    "Les habitants sont-ils prévenus?",
    "Une séance publique aura lieu en mars. Chacun pourra s'exprimer.",
    "Et ensuite?",
    "Le conseil communal tranchera en juin.",
]

COLUMN = [
    "The council wants to close the pool, and the town is angry.",
    "Why would anyone close a pool in a heatwave?",
    "Because the budget is a mess and nobody wants to say so.",
    "Who pays for the mess?",
    "The families who cannot afford a trip to the coast.",
    "Is there another way?",
    "Of course there is, and the council knows it.",
]


def labels(a: Article, index: int) -> list[tuple[str, str | None]]:
    return [(c.suggestion.label, c.suggestion.attributes.get("speaker")) for c in suggest_paragraph(a, index)]


def test_dash_dialogue_answers_are_the_interviewee_s_direct_words() -> None:
    a = in_language("es", *SPANISH_DIALOGUE)
    for index in (3, 5, 7):
        assert set(labels(a, index)) == {("quote", "Marta Ruiz")}, index
        assert {c.suggestion.attributes["quote_type"] for c in suggest_paragraph(a, index)} == {"direct"}
    assert "interview" in suggest_paragraph(a, 3)[0].suggestion.reason


def test_the_interviewer_s_questions_are_facts_not_rhetorical_frames() -> None:
    a = in_language("es", *SPANISH_DIALOGUE)
    for index in (2, 4, 6):
        assert labels(a, index) == [("fact", None)], index


def test_a_question_s_own_words_of_degree_or_advice_do_not_make_it_framing() -> None:
    a = in_language("en", "Interview. Margaret Olsen has run the Port Hallam ferry company for eleven years.",
                    "Margaret Olsen, why is nobody applying?",
                    "I think young people see the sea as a hard life. We pay well, but the hours are long.",
                    "Who should help?",
                    "The county should pay for a school. I have written to the council twice.",
                    "Is the company in danger?",
                    "No. But we cancelled fourteen crossings in October.")
    for index in (1, 3, 5):
        assert labels(a, index) == [("fact", None)], index
    assert set(labels(a, 2)) == {("quote", "Margaret Olsen")}


def test_a_question_addressing_someone_by_name_makes_the_answers_theirs() -> None:
    a = in_language("fr", *FRENCH_INTERVIEW)
    interview = find_interview(a.paragraphs, "")
    assert interview is not None and interview.questions == {2, 4, 6} and interview.answers == {3, 5, 7}
    for index in (3, 5, 7):
        assert {label for label, _ in labels(a, index)} == {"quote"}
        assert {speaker for _, speaker in labels(a, index)} == {"Pierre Vautier"}


def test_a_column_that_asks_and_answers_itself_is_no_interview() -> None:
    a = in_language("en", *COLUMN)
    assert find_interview(a.paragraphs, "Close the pool? Think again") is None
    assert [labels(a, index)[0][1] for index in (2, 4, 6)] == [None, None, None]  # the author's own answers


def test_an_announced_interview_without_names_in_questions_is_read_as_one() -> None:
    a = in_language("en", "Interview: the pool and the budget. The town's treasurer, Ann Cole, answers our questions.",
                    "Why close the pool?", "We cannot pay for the roof. I have looked at every option.",
                    "Who decided?", "The council did, and I voted for it.",
                    "What next?", "We will ask the county for help.")
    assert find_interview(a.paragraphs, "") is not None
    assert [labels(a, index) for index in (1, 3)] == [[("fact", None)], [("fact", None)]]
    assert {speaker for index in (2, 4, 6) for _, speaker in labels(a, index)} == {"Ann Cole"}


def test_initials_opening_the_answers_name_the_interviewee() -> None:
    a = in_language("en", "In this interview, the writer Jane Porter talks about the press with Tom Hale.",
                    "Hale has covered the courts for twenty years.",
                    "What went wrong?", "JP: I think the press stopped asking questions.",
                    "When did that start?", "JP: Long before the internet, in my view.",
                    "Can it be fixed?", "JP: Only if readers pay for it, and we are not there.")
    assert {speaker for index in (3, 5, 7) for _, speaker in labels(a, index)} == {"Jane Porter"}


@pytest.mark.parametrize(("title", "paragraphs"), [
    # "in an interview with local radio" reports an interview; the article is not one.
    ("Budget row", ["Mayor Linda Park defended the budget in an interview with local radio on Monday.",
                    "Why cut the buses?", "I think the buses cost too much.",
                    "Who pays?", "We all pay, in the end.", "What now?", "My office will publish the figures."]),
    # A FAQ box: prefixed questions, answers in no one's first person.
    ("Testing rules", ["Health officer Ana Lopes explained the new rules.", "Q: Who needs a test?",
                       "Everyone arriving from abroad.", "Q: Where?", "At any pharmacy.", "Q: Is it free?",
                       "Yes, for residents."]),
    # A list of questions and answers after dashes, in no one's first person.
    ("Helmpflicht", ["Anna Weber vom Verkehrsclub erklärt die neuen Regeln.", "– Wer muss einen Helm tragen?",
                     "– Kinder unter zwölf Jahren.", "– Ab wann gilt das?", "– Ab dem ersten Mai.",
                     "– Was kostet ein Verstoß?", "– Dreißig Euro."]),
])
def test_questions_with_answers_that_are_no_interview(title: str, paragraphs: list[str]) -> None:
    language = "de" if title == "Helmpflicht" else "en"
    assert find_interview(in_language(language, *paragraphs).paragraphs, title) is None


def test_a_title_s_full_stop_does_not_end_a_question() -> None:
    a = in_language("en", "Interview with Tom Reed, who resigned as treasurer.", "Mr. Reed, why did you resign?",
                    "I was tired of the fights.", "Dr. Lee says you were pushed. Were you?", "No. I left.",
                    "What now?", "I will teach again.", "Any regrets?", "Only that I stayed so long.")
    interview = find_interview(a.paragraphs, "")
    assert interview is not None and 1 in interview.questions and 3 not in interview.questions
