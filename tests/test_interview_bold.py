"""Interviews that set their turns in bold: the source's bold tells the interviewer's paragraphs from the answers.

Every example is written for these tests (not taken from the development set).
"""

from __future__ import annotations

from pathlib import Path

from workbench.corpus import parse_article
from workbench.dataset import _article_from_data, _article_to_data
from workbench.interview import find_interview
from workbench.model import Article
from workbench.suggest import suggest_paragraph

FRONT = "---\ntitle: '{title}'\nlanguage: en\n---\n\n"

# News first (naming City Hall twice), then the introduction, then bold turns: two statements put to the
# interviewee, which no "?" marks as turns, and two questions.
HARBOUR_INTERVIEW = """\
The ferry to Aldmouth missed 41 sailings in October, according to figures released at City Hall on Friday.

Councillor Owen Batty said at City Hall that the service was "a disgrace" and asked for an inquiry.

Priya Lachlan has run the harbour authority since 2019. The Gazette met her at the pier on Monday. The interview
has been edited for length.

**The ferry missed 41 sailings last month.**

We lost two engineers in the summer and could not replace them. I will not send out a boat that is not safe.

**Councillor Batty says the service is a disgrace.**

He is right to be angry. I am angry too, and I have told the board so in writing.

**What would fix it?**

Money for wages. We pay less than the shipyard across the water, and our people know it.

**Will the sailings be back to normal by Christmas?**

I hope so. I cannot promise it.
"""


def article(body: str, title: str = "Harbour chief on the ferry cuts") -> Article:
    return parse_article(FRONT.format(title=title) + body, "bold-test", Path("bold-test.md"), markdown=True)


def labels(a: Article, index: int) -> list[tuple[str, str | None]]:
    return [(c.suggestion.label, c.suggestion.attributes.get("speaker")) for c in suggest_paragraph(a, index)]


def test_paragraphs_wholly_in_bold_are_recorded_and_partly_bold_ones_are_not() -> None:
    a = article("Intro.\n\n**A bold question?**\n\n**Q.** A question with its answer.\n\nText with **a bold** word."
                "\n\n# **A heading**\n\n**Bold** start and end **too**\n\n__Also bold.__\n")
    texts = [p.text for p in a.paragraphs]
    assert {texts[i] for i in a.bold} == {"A bold question?", "Also bold."}


def test_bold_indexes_follow_the_paragraphs_when_an_empty_block_is_dropped() -> None:
    a = article("First.\n\n**\u200b**\n\n**Second, in bold.**\n\nThird.\n")
    assert [a.paragraphs[i].text for i in a.bold] == ["Second, in bold."]


def test_plain_text_has_no_bold() -> None:
    a = parse_article("Title\n\n**Not Markdown here.**\n\nText.\n", "plain", Path("plain.txt"), markdown=False)
    assert a.bold == frozenset()


def test_the_parsed_article_cache_keeps_the_bold_paragraphs() -> None:
    a = article(HARBOUR_INTERVIEW)
    again = _article_from_data(a.id, Path("bold-test.md"), _article_to_data(a))
    assert again.bold == a.bold != frozenset()


def test_bold_statements_and_questions_are_the_turns_and_the_rest_the_interviewee_s_answers() -> None:
    a = article(HARBOUR_INTERVIEW)
    interview = find_interview(a.paragraphs, a.meta.title, "en", a.bold)
    assert interview is not None
    assert sorted(interview.answers) == [4, 6, 8, 10]
    assert sorted(interview.questions) == [7, 9]  # the statements put to her are no questions
    # Without the bold, two questions are too few turns: the answers read as the author's text.
    assert find_interview(a.paragraphs, a.meta.title, "en") is None


def test_answers_are_the_introduced_person_s_not_the_place_the_news_named_most() -> None:
    a = article(HARBOUR_INTERVIEW)
    for index in (4, 6, 8, 10):
        assert {speaker for _, speaker in labels(a, index)} == {"Priya Lachlan"}, index


def test_a_bold_statement_reporting_someone_is_that_person_s_claim_not_a_question() -> None:
    a = article(HARBOUR_INTERVIEW)
    assert labels(a, 5) == [("quote", "Owen Batty")]


def test_an_interview_whose_bold_turns_are_all_statements_is_still_read() -> None:
    body = """\
Mara Quist has led the county's libraries for ten years. We spoke to her about the closures.

**The county wants to close four branches.**

I know, and I think it is a mistake we will pay for.

**The council says the branches are empty.**

They are empty because we cut the opening hours. I warned them in 2022.

**Some say the books could go online.**

Our readers are old. Most of them do not have a computer at home, and I will not pretend they do.
"""
    a = article(body, "Library chief fights the closures")
    interview = find_interview(a.paragraphs, a.meta.title, "en", a.bold)
    assert interview is not None and interview.first_question == 1 and not interview.questions
    assert {speaker for index in (2, 4, 6) for _, speaker in labels(a, index)} == {"Mara Quist"}


def test_bold_subheads_in_a_news_story_make_no_interview() -> None:
    body = """\
The county will close four libraries in March, the council said on Tuesday.

**Budget pressures**

The council must save 3 million pounds this year, its finance chief, Tom Rees, said.

**Opening hours**

The remaining branches will open on Saturdays, a spokesman said.

**What happens next**

A consultation opens next week and runs until January.
"""
    a = article(body, "Four libraries to close")
    assert find_interview(a.paragraphs, a.meta.title, "en", a.bold) is None


def test_bold_subheads_after_an_opening_that_says_interviewed_make_no_interview() -> None:
    """(Found in review.) "Detectives have interviewed …" says "interview", and a trader's quotation says "we":
    subheads that end no sentence are no turns, and a quotation's "we" is not the interviewee's."""
    body = """\
Detectives have interviewed more than 40 witnesses after the fire at Aldmouth market, Chief Constable Mark Ellis
said on Sunday.

**Cause unknown**

The cause of the fire is not yet known. "We have lost our living," one trader said.

**Traders count the cost**

Forty stalls were destroyed. "We will rebuild," another said.

**What happens next**

The council will meet on Tuesday to discuss compensation.
"""
    a = article(body, "Market fire: forty stalls lost")
    assert find_interview(a.paragraphs, a.meta.title, "en", a.bold) is None


def test_the_interviewee_is_whom_the_introduction_makes_its_subject_not_a_name_in_passing() -> None:
    """(Found in review.) "a day after Mayor Joe Kent called for an inquiry" names him in passing."""
    body = HARBOUR_INTERVIEW.replace(
        "The Gazette met her at the pier on Monday.",
        "The Gazette met her at the pier on Monday, a day after Mayor Joe Kent called for an inquiry and Kent "
        "wrote to the board.")
    a = article(body)
    assert {speaker for index in (4, 6, 8, 10) for _, speaker in labels(a, index)} == {"Priya Lachlan"}


def test_a_bold_statement_naming_someone_does_not_address_them() -> None:
    """(Found in review.) "**Owen Batty, the transport councillor, says …**" is about him, put to her."""
    body = HARBOUR_INTERVIEW.replace("**Councillor Batty says the service is a disgrace.**",
                                     "**Owen Batty, the transport councillor, says the service is a disgrace.**")
    body = body.replace("**The ferry missed 41 sailings last month.**",
                        "**Owen Batty, the transport councillor, says the ferry missed 41 sailings.**")
    a = article(body)
    interview = find_interview(a.paragraphs, a.meta.title, "en", a.bold)
    assert interview is not None and interview.addressed is None
    assert {speaker for _, speaker in labels(a, 4)} == {"Priya Lachlan"}


def test_a_bold_standfirst_before_the_first_turn_is_no_turn() -> None:
    """(Found in review.) A bold introduction right before the first bold question has no answer of its own."""
    body = "Aldmouth, Monday\n\n**" + (
        "Priya Lachlan has run the harbour authority since 2019. We spoke to her at the pier.**\n\n"
    ) + HARBOUR_INTERVIEW.split("has been edited for length.\n\n", 1)[1]
    a = article(body)
    interview = find_interview(a.paragraphs, a.meta.title, "en", a.bold)
    assert interview is not None and interview.first_question == 2
    assert {speaker for _, speaker in labels(a, 3)} == {"Priya Lachlan"}


def test_an_interview_announced_with_conversamos_con_is_read() -> None:
    """Argentine and Brazilian papers announce an interview with "conversamos con"/"conversamos com" ("we talked
    with"); without it, bold questions and answers that name no one read as the author's text."""
    body = """\
Lucía Ferreyra dirige desde hace diez años la biblioteca popular de San Marcos, un pueblo de 900 habitantes.

Conversamos con Ferreyra en la sala de lectura, rodeada de cajas de libros donados.

**¿Cómo empezó todo?**

Con una caja de libros de mi abuela. Los pusimos en la escuela y la gente empezó a traer más.

**¿Qué necesitan hoy?**

Un techo nuevo. Cuando llueve tenemos que tapar los estantes con plástico.

**¿Va a seguir?**

Sí, mientras tenga fuerzas. No sé hacer otra cosa.
"""
    front = "---\ntitle: 'La bibliotecaria de San Marcos'\nlanguage: es\n---\n\n"
    a = parse_article(front + body, "bold-es", Path("bold-es.md"), markdown=True)
    interview = find_interview(a.paragraphs, a.meta.title, "es", a.bold)
    assert interview is not None
    assert sorted(interview.answers) == [3, 5, 7]
    assert {speaker for _, speaker in labels(a, 5)} == {"Lucía Ferreyra"}
