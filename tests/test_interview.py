"""Interviews in questions and answers: the answers are the interviewee's words, the questions no frame.

Every example is written for these tests (not taken from the development set).
"""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language

from workbench.interview import find_interview
from workbench.model import Article, ArticleMeta
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


def test_a_question_addressing_someone_by_title_and_surname_gives_the_name_the_introduction_gives() -> None:
    a = in_language("de",
                    "Renate Hölzel leitet seit zwölf Jahren die Tafel in Wendenau. Im Interview spricht sie über leere "
                    "Regale.",
                    "Frau Hölzel, wie viele Menschen kommen jede Woche zu Ihnen?",
                    "Inzwischen fast vierhundert. Wir führen schon eine Warteliste.",
                    "Woran liegt das?",
                    "Wegen der Preise. Ich sehe jede Woche neue Gesichter.",
                    "Was wünschen Sie sich von der Politik?",
                    "Ehrlichkeit. Wir brauchen eine feste Förderung, nicht nur warme Worte.")
    for index in (2, 4, 6):
        assert {speaker for _, speaker in labels(a, index)} == {"Renate Hölzel"}  # not "Frau Hölzel"


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
    assert interview is not None and 1 in interview.questions
    # "Dr. Lee says you were pushed. Were you?" is the interviewer's: a statement, then the question on it.
    assert 3 in interview.questions and 4 in interview.answers


DUTCH_INTERVIEW = [  # bold questions lose their marks; one question is a statement put to the interviewee
    "Het zwembad van Heerdam sluit volgend jaar. De gemeenteraad stemde dinsdag in met het voorstel.",
    "Wethouder Sanne Kuipers (47) zit sinds 2022 in het college. We spraken haar in het stadhuis.",
    "Tweehonderdduizend euro per jaar. Schrikt u daar zelf niet van?",
    "Natuurlijk. Ik zwem er zelf ook. Maar het dak lekt en de pompen zijn dertig jaar oud. "
    "Ik kan de raad niet vragen om nog eens een miljoen in dit gebouw te steken.",
    "De zwemclub zegt dat haar leden nergens anders terechtkunnen.",
    "Dat begrijp ik. We praten met Zwolle over vaste uren in het nieuwe bad daar. "
    "Ik verwacht voor de zomer een afspraak, maar ik beloof niets.",
    "Is het niet te laat? De petitie heeft al drieduizend handtekeningen.",
    "Nee. De handtekeningen nemen we serieus. Ik lees ze ook. Maar een petitie betaalt geen nieuw dak.",
    "Wat zegt u tegen de ouders?",
    "Dat hun kinderen zwemles houden. Dat heb ik ze beloofd en dat kom ik na.",
    "De zwemclub Heerdam noemt het besluit kortzichtig. Volgens de gemeente gaat het bad in augustus dicht.",
]


def test_a_dutch_interview_with_statements_in_its_questions_is_read_as_one() -> None:
    a = in_language("nl", *DUTCH_INTERVIEW)
    interview = find_interview(a.paragraphs, "Wethouder Sanne Kuipers: ‘Een petitie betaalt geen dak’", "nl")
    assert interview is not None
    assert interview.questions == {2, 6, 8}  # "Tweehonderdduizend euro per jaar. Schrikt u …?", "Is het …? De …"
    assert interview.answers == {3, 5, 7, 9}
    for index in (3, 5, 7, 9):
        assert {speaker for _, speaker in labels(a, index)} == {"Sanne Kuipers"}, index
    assert labels(a, 2) == [("fact", None), ("fact", None)]


def test_a_statement_put_to_the_interviewee_keeps_its_own_source() -> None:
    a = in_language("nl", *DUTCH_INTERVIEW)
    interview = find_interview(a.paragraphs, "", "nl")
    assert interview is not None and 4 not in interview.answers | interview.questions
    assert labels(a, 4) == [("quote", "zwemclub")]  # "De zwemclub zegt dat …": the club's, not the alderman's


def test_the_closing_lines_after_the_last_answer_are_the_author_s() -> None:
    a = in_language("nl", *DUTCH_INTERVIEW)
    assert "Sanne Kuipers" not in {speaker for _, speaker in labels(a, 10)}
    portuguese = in_language(
        "pt", "Entrevista. A catadora Rosa Lima fala sobre o fim da cooperativa de Vila Nova.",
        "Rosa Lima, quantas famílias vivem da cooperativa?", "Quarenta. Eu mesma entrei aqui em 2011.",
        "E se o contrato acabar?", "Aí acaba tudo. Eu não sei o que vamos fazer.",
        "A prefeitura pode ajudar?", "Pode, mas nunca nos ouviu. Eu pedi uma reunião três vezes.",
        "Nos bastidores da Câmara, fala-se em abrir uma CPI sobre o contrato.")
    interview = find_interview(portuguese.paragraphs, "", "pt")  # "Nos bastidores": "in the", no "we"
    assert interview is not None and 6 in interview.answers and 7 not in interview.answers


def test_a_text_printed_a_sentence_to_a_line_has_no_statements_put_between_answers() -> None:
    a = in_language("en", "Interview: the treasurer Ann Cole on the pool.", "Why close the pool?",
                    "We cannot pay for the roof and the pumps at the same time.", "That is the problem.",
                    "I have looked at every option the council gave me.", "Who decided?",
                    "The council did, and I voted for it.", "What next?", "We will ask the county for help.")
    interview = find_interview(a.paragraphs, "", "en")
    assert interview is not None and {2, 3, 4} <= interview.answers


FRENCH_FEATURE = [  # three paragraphs of news, then the interview; an interlude quotes a neighbour
    "Le gel de mars a détruit la moitié des fleurs de pommier dans la vallée de la Broye.",
    "Selon l’Union fruitière, près de 200 exploitations sont touchées.",
    "Le canton examine une aide d’urgence, indique le département de l’agriculture.",
    "Julie Morand, 41 ans, exploite un verger de douze hectares à Payerne. Nous l’avons rencontrée chez elle.",
    "Qu’avez-vous perdu cette année?",
    "Presque tout. J’ai vu les fleurs noircir en une nuit. Je n’avais jamais vu ça en vingt ans.",
    "Allez-vous replanter?",
    "Je ne sais pas encore. Mes enfants veulent reprendre, mais je ne veux pas leur laisser des dettes.",
    "Dans le village, le doute gagne. « Le verger, c’est fini pour nous », lâche un voisin, Marc Pilloud.",
    "Et l’aide du canton?",
    "Elle viendra trop tard pour moi. Il faudrait payer les ouvriers maintenant, pas l’an prochain.",
]


def test_an_interview_may_say_so_after_a_few_paragraphs_of_news() -> None:
    a = in_language("fr", *FRENCH_FEATURE)
    interview = find_interview(a.paragraphs, "", "fr")
    assert interview is not None and interview.questions == {4, 6, 9}
    assert {speaker for index in (5, 7, 10) for _, speaker in labels(a, index)} == {"Julie Morand"}


def test_an_interlude_quoting_someone_else_is_no_answer() -> None:
    a = in_language("fr", *FRENCH_FEATURE)
    interview = find_interview(a.paragraphs, "", "fr")
    assert interview is not None and 8 not in interview.answers
    assert "Julie Morand" not in {speaker for _, speaker in labels(a, 8)}


def test_two_questions_and_a_statement_put_to_the_interviewee_make_an_interview() -> None:
    a = in_language("nl", "De haven van Terneuzel verwerkte vorig jaar 12 procent minder vracht dan in 2024.",
                    "Joris Wuyts (52) is sinds 2021 havenmeester. We spraken hem op de kade.",
                    "Twaalf procent minder. Is dat een crisis?",
                    "Nog niet. Maar ik zie het elke week op de lijsten. Rederijen kiezen voor Antwerpen.",
                    "De provincie zegt dat de verdieping in 2028 klaar is.",
                    "Dat hoor ik al vijf jaar. Ik wil het graag geloven, maar ik heb nog geen baggerschip gezien.",
                    "Wat vraagt u aan de minister?",
                    "Een datum, en geld dat er echt is. We hebben een plan klaar.")
    title = "Havenmeester Joris Wuyts: ‘Niemand ziet de schepen die niet meer komen’"
    interview = find_interview(a.paragraphs, title, "nl")
    assert interview is not None and interview.questions == {2, 6} and interview.answers == {3, 5, 7}
    titled = Article(a.id, ArticleMeta(title=title, language="nl"), a.paragraphs)
    assert {speaker for index in (3, 5, 7) for _, speaker in labels(titled, index)} == {"Joris Wuyts"}


def test_an_answer_opening_with_a_question_of_its_own_is_still_the_answer() -> None:
    a = in_language("en", "Interview: the treasurer Ann Cole on the pool.", "Why close the pool?",
                    "We cannot pay for the roof. I have looked at every option.",
                    "Could the town not find the money?",
                    "Where from? The budget is empty. The council has cut libraries already.",
                    "What next?", "We will ask the county for help, and I expect an answer in May.")
    interview = find_interview(a.paragraphs, "", "en")
    assert interview is not None and 3 in interview.questions and 4 in interview.answers
    assert {speaker for _, speaker in labels(a, 4)} == {"Ann Cole"}


def test_dash_dialogue_with_answers_echoing_the_question_is_an_interview() -> None:
    a = in_language("es", "Marta Ruiz lleva veinte años al frente de la única farmacia de Villaseca.",
                    "—¿Cuántas personas vienen cada día?", "—¿Cuántas? Unas cuarenta. Casi todas mayores.",
                    "—¿Le compensa?", "—¿Económicamente? No. Pero si me voy, el pueblo se queda sin nada.",
                    "—¿Quién la ayuda?", "—¿El Ayuntamiento? Lo intenta, pero no tiene dinero.")
    interview = find_interview(a.paragraphs, "", "es")
    assert interview is not None and interview.questions == {1, 3, 5} and interview.answers == {2, 4, 6}


def test_questions_quoted_in_a_news_story_make_no_interview() -> None:
    a = in_language("en", "The council voted to close the pool. We spoke with Mayor Ann Cole afterwards.",
                    "\"Why now?\" asked Tom Hill. The council did not answer.",
                    "\"My children learned to swim there,\" he said. Hill has lived in the town for forty years.",
                    "\"Who pays?\" asked Mary Jones. The budget shows no figure.",
                    "\"We were never asked,\" she said. Jones runs the swimming club.",
                    "\"Is it final?\" asked a reporter. Cole said it was.",
                    "The pool closes on July 1.")
    assert find_interview(a.paragraphs, "", "en") is None


def test_the_closing_lines_first_sentence_is_no_statement_put_to_the_interviewee() -> None:
    a = in_language("en", "Interview: the treasurer Ann Cole on the pool.", "Why close the pool?",
                    "We cannot pay for the roof. I have looked at every option the council gave me.",
                    "Who decided?", "The council did, and I voted for it. I would do it again.",
                    "What next?", "We will ask the county for help. I have written to them twice.",
                    "The pool closes on July 1.",
                    "Cole will retire to Spain next year. The council has not named her successor.")
    interview = find_interview(a.paragraphs, "", "en")
    assert interview is not None and not {7, 8} & interview.answers


def test_a_title_ending_in_a_name_does_not_run_into_the_first_paragraph() -> None:
    a = in_language("en", "Heerdam Pool closes next month. Ann Cole, the town's treasurer, explains why.",
                    "Why close the pool?", "We cannot pay for the roof. I have looked at every option.",
                    "Who decided?", "The council did, and I voted for it.",
                    "What next?", "We will ask the county for help.")
    titled = Article(a.id, ArticleMeta(title="Interview with Ann Cole", language="en"), a.paragraphs)
    assert {speaker for index in (2, 4, 6) for _, speaker in labels(titled, index)} == {"Ann Cole"}


ITALIAN_INTERVIEW = [
    "Ad agosto Marta Sala ha chiuso il rifugio Pizzo Alto, a duemila metri, perché la sorgente era asciutta.",
    "Sala gestisce il rifugio da dodici anni con il marito.",
    "Com'è stato chiudere in piena stagione?",
    "Durissimo. Avevo prenotazioni fino a settembre e ho passato due giorni al telefono a disdire.",
    "Non c'erano alternative?",
    "Abbiamo portato l'acqua con l'elicottero per tre settimane. Poi i soldi sono finiti.",
    "E l'anno prossimo?",
    "Toglierò le docce e ridurrò il menù. Chi sale fin lassù lo capirà.",
]


def test_a_title_giving_the_words_of_the_person_the_opening_names_headlines_an_interview() -> None:
    a = in_language("it", *ITALIAN_INTERVIEW)
    titled = Article(a.id, ArticleMeta(title="Marta Sala: «Senza acqua il rifugio resta chiuso»", language="it"),
                     a.paragraphs)
    found = find_interview(titled.paragraphs, titled.meta.title, "it")
    assert found is not None and found.questions == {2, 4, 6}
    assert {speaker for index in (3, 5, 7) for _, speaker in labels(titled, index)} == {"Marta Sala"}


@pytest.mark.parametrize("title", [
    "Rifugi a secco",  # no one's words
    "Il presidente del Cai: «Il modello non regge»",  # words of someone the opening does not name
])
def test_questions_and_answers_under_another_title_need_more_evidence(title: str) -> None:
    a = in_language("it", *ITALIAN_INTERVIEW)
    assert find_interview(a.paragraphs, title, "it") is None


def test_a_title_giving_an_office_s_words_headlines_no_interview() -> None:
    """(Found in review: "Hungarian Prime Minister: ‘…’" over news with questions as subheads.)"""
    paragraphs = ["Hungarian Prime Minister Viktor Orbán spoke to parliament on Monday about the budget.",
                  "He said the country would not give in to Brussels.", "What comes next?",
                  "The opposition called the speech dangerous and said it would vote against the budget.",
                  "And Brussels?", "The commission declined to comment on the speech.",
                  "What about the opposition?", "It has promised protests for the weekend."]
    a = in_language("en", *paragraphs)
    assert find_interview(a.paragraphs, "Hungarian Prime Minister: ‘We will not give in’", "en") is None


def test_we_spoke_to_her_announces_an_interview_and_a_place_s_name_is_not_the_interviewee() -> None:
    """"We spoke to her …" says the questions below are put to her; "Kelderby First School", which the opening
    names and whose common noun ("the school") it repeats, is no person who could answer."""
    a = in_language("en",
                    "Joanne Pattinson has been head of Kelderby First School since 2012. The school may close.",
                    "The council says the school costs too much. The school has 31 pupils.",
                    "Mrs Pattinson, 52, has taught at the school for 19 years. We spoke to her in the school hall.",
                    "Were you surprised by the proposal?",
                    "Not by the proposal itself. We have been on the council's list for three years, so I knew a "
                    "letter would come one day. What surprised me was the timing.",
                    "The council says the figures simply do not add up.",
                    "The figures are real, and I don't dispute them. But a school is not a spreadsheet. If we close, "
                    "four-year-olds will spend an hour a day on a bus.",
                    "Is there anything that could save the school?",
                    "There is a plan, and I think it is a good one. What we need is time.")
    assert find_interview(a.paragraphs, "Head fights to save village school") is not None
    assert {speaker for index in (4, 6, 8) for _, speaker in labels(a, index)} == {"Joanne Pattinson"}
