"""Someone the article does not name ("a woman", "eine Rentnerin", "one councillor") is an unnamed source, as the
devset writes them, not their description; a title with a holder the article named is still that holder."""

from __future__ import annotations

import pytest
from test_suggest_speaker_rules import in_language, only_speaker, speakers


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A woman described as a former official told the website that he groped her."),
    ("en", "One Conservative councillor, who asked not to be named, said the leader had run out of road."),
    ("de", "„Der Wolf war vor uns hier“, sagte eine Frau vor dem Dorfladen, die ihren Namen nicht nennen wollte."),
    ("de", "„Die Leute hier kaufen seit Jahrzehnten ihre Eier auf dem Hof“, sagte ein Nachbar."),
    ("de", "Eine Rentnerin, die ich am Freitag traf, brachte es auf den Punkt: „Das ist zu wenig zum Leben.“"),
])
def test_someone_not_named_is_unnamed(language: str, text: str) -> None:
    a = in_language(language, "Derek Vane runs the council." if language == "en" else "Renate Hölzel leitet die Tafel.",
                    text)
    assert speakers(a)[0] == "unnamed"


def test_the_portuguese_article_a_is_no_indefinite() -> None:
    a = in_language("pt", "A juíza Cláudia Meireles Fontes condenou o ex-prefeito.",
                    "Na sentença, a juíza escreveu que ficou “amplamente demonstrado” que o ex-prefeito sabia.")
    assert only_speaker(a) == "Cláudia Meireles Fontes"


def test_an_indefinite_title_whose_holder_the_article_named_is_that_holder() -> None:
    a = in_language("en", "U.S. District Judge Mark Goldsmith heard the case in Detroit.",
                    "A federal judge has ordered the government to give bond hearings, saying detainees had rights.")
    assert speakers(a)[0] == "Mark Goldsmith"


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Nach Informationen dieser Zeitung hat der Bürgermeister mit einer Haushaltssperre gedroht."),
    ("es", "Según pudo conocer este diario, la fiscalía también evalúa apelar la sentencia."),
    ("pt", "De acordo com técnicos da pasta ouvidos pela reportagem, a secretaria estuda um novo plano."),
    ("en", "According to people familiar with the talks who spoke to this newspaper, the deal is close."),
    ("it", "Secondo quanto risulta a questo giornale, la giunta ha già scelto il nuovo direttore."),
])
def test_the_outlet_s_own_sources_are_unnamed(language: str, text: str) -> None:
    """"Nach Informationen dieser Zeitung": the outlet reports what its sources told it, and names none of them."""
    first = {"de": "Renate Hölzel leitet die Tafel.", "es": "La jueza Ana Ruiz leyó la sentencia.",
             "pt": "O ministro Artur Lemos disse que o estudo avança.", "en": "Derek Vane runs the council.",
             "it": "Il sindaco Marco Lodi ha presentato il bilancio."}[language]
    assert only_speaker(in_language(language, first, text)) == "unnamed"


def test_someone_s_lawyers_are_unnamed_and_a_body_s_officials_speak_for_it() -> None:
    """"Rombot's lawyers said": people the article does not name; "ICE officials said": the agency's word, as its
    spokespeople's are; "U.S. officials": a country's, no body the article names."""
    a = in_language("en", "Derek Vane runs the council.", "Rombot’s lawyers said he was arrested despite a letter.",
                    "ICE officials said the arrangement had always been temporary.",
                    "U.S. officials said the talks had stalled.", "Turkish officials say the body was moved.")
    assert [only_speaker(a, i) for i in (1, 2, 3, 4)] == ["unnamed", "ICE", "unnamed", "unnamed"]


def test_the_woman_the_article_never_names_is_unnamed() -> None:
    a = in_language("en", "A couple who asked not to be named said they had moved house.",
                    "“We were told to keep our address away from birth families,” the woman said.")
    assert only_speaker(a) == "unnamed"


def test_a_newspaper_named_before_is_not_the_woman_who_speaks() -> None:
    a = in_language("en", "The Kestrel Bay Courier reported the closure last month.",
                    "“We lose two days a week to the tide,” the woman said.")
    assert only_speaker(a) == "unnamed"


def test_an_unnamed_woman_is_not_remembered_as_the_woman_a_later_name_may_be() -> None:
    a = in_language("en", "The woman said the rent had doubled.", "Ann Roe, 45, has lived in Leeds since 1990.",
                    "The woman said the landlord never answered.")
    assert speakers(a, 0) == ["unnamed"] and speakers(a, 2) == ["Ann Roe"]


# -- people no list knows, in the plural, as the subject of a plural verb of saying


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Los pescadores dijeron que la flota perdió tres días de trabajo."),
    ("es", "Los especialistas en zoonosis advierten desde hace tiempo que la faena domiciliaria es un riesgo."),
    ("es", "Algunos agricultores de la comarca se quejan de que las denuncias se acumularon."),
    ("es", "Muchos pescadores dicen que la temporada está perdida."),
    ("pt", "Os pescadores disseram que a temporada está perdida."),
    ("pt", "Técnicos do setor ouvidos pela reportagem afirmam que a subestação opera perto do limite."),
    ("pt", "Fontes da Secretaria de Estado de Meio Ambiente ouvidas pela reportagem afirmam que houve um pedido."),
    ("fr", "Les pêcheurs ont affirmé que la saison était perdue."),
    ("fr", "Les habitants disent qu'ils n'ont pas été prévenus."),
    ("fr", "Plusieurs commerçants racontent qu'ils ont perdu la moitié de leur chiffre."),
    ("fr", "Les voisins de Jean Dupont disent qu'il était discret."),  # the noun speaks, not the name after "de"
    ("nl", "De vissers hebben gezegd dat het seizoen verloren is."),
    ("de", "Die Winzer sagten, Hans Maier habe Hilfe angekündigt."),  # a cue of the words reported is not theirs
    ("de", "Die Winzer haben gesagt, die Ernte sei verloren."),
    ("es", "Los pescadores habían advertido que la temporada estaba perdida."),  # a plural auxiliary
    ("it", "I pescatori avevano spiegato che la stagione era persa."),
    ("fr", "Les pêcheurs avaient affirmé que la saison était perdue."),
    ("it", "I residenti della frazione avevano segnalato che il versante si muoveva."),  # "segnalare" with "che"
    ("es", "Ayer los pescadores dijeron que la flota perdió tres días."),  # an adverb or "but" opening the clause
    ("es", "Este lunes los pescadores dijeron que la flota perdió tres días."),
    ("fr", "Mais les habitants disent qu'ils n'ont rien vu."),
    ("fr", "Certains disent que l'eau monte."),  # a word for "some" alone
    ("es", "Muchos dicen que la temporada está perdida."),
    ("fr", "Elle ornait la salle de réception, d'après les archéologues."),
    ("it", "I pescatori hanno detto che la stagione è persa."),
    ("it", "Molti pescatori dicono che la stagione è persa."),
    ("nl", "De vissers zeiden dat het seizoen verloren is."),
    ("nl", "Veel boeren zeggen dat de oogst verloren is."),
    ("de", "Die Winzer sagten, die Ernte sei verloren."),
    ("de", "Die Landwirte erklärten, die Ernte sei verloren."),
    ("en", "The fishermen said the season was lost."),  # English plurals of "-man"
    ("en", "Local fishermen said the season was lost."),
    ("en", "Two other unidentified women told the paper that he grabbed them."),
    ("fr", "Le marché ferme en mai, expliquent les pêcheurs."),  # after the verb, in the languages that invert
    ("fr", "L'étude a toutefois ses limites, reconnaissent les chercheurs."),
    ("es", "El puerto cierra en mayo, explicaron los pescadores."),
])
def test_people_in_the_plural_whom_no_list_knows_are_unnamed(language: str, text: str) -> None:
    assert speakers(in_language(language, text)) == ["unnamed"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Los sindicatos CCOO y UGT dijeron que irán a la huelga.", "UGT"),  # the names after the noun
    ("de", "Die Grünen erklärten, der Plan sei falsch.", "Grünen"),  # a party, no plural of people
    ("es", "El pescador Juan Pérez dijo que la temporada está perdida.", "Juan Pérez"),
    ("de", "Das Unternehmen erklärte, der Standort bleibe erhalten.", "Unternehmen"),  # no English "-men"
    ("nl", "De staatssecretaris heeft aangegeven dat het plan doorgaat.", "staatssecretaris"),  # "heeft": one
    ("de", "Die Vorsitzende hat zugegeben, dass Fehler gemacht wurden.", "Vorsitzende"),
    ("de", "Die Stuttgarter Nachrichten berichteten, der Bahnhof werde teurer.", "Stuttgarter Nachrichten"),
    ("de", "Die Berliner Grünen sagten, der Plan sei falsch.", "Berliner Grünen"),
    ("es", "Los representantes de CCOO dijeron que habrá huelga.", "CCOO"),  # people of a body speak for it
])
def test_names_are_not_taken_for_plural_people(language: str, text: str, expected: str) -> None:
    assert speakers(in_language(language, text)) == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Todos los alcaldes de costa dicen lo mismo cuando se les pregunta por la vivienda."),  # "todos": no noun
    ("fr", "Ses gardes ont constaté des assecs sur deux kilomètres."),  # its guards: the body named before
    ("nl", "De visser zei dat het seizoen verloren is."),  # one fisherman: a singular verb
    ("es", "Los bomberos rescataron a 42 personas, explicó el jefe de guardia, Andrés Pagán."),  # verb in singular
])
def test_a_singular_verb_or_a_word_that_is_no_noun_is_not_plural_people(language: str, text: str) -> None:
    assert speakers(in_language(language, text)) != ["unnamed"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les élèves reconnaissent les oiseaux à leur chant."),  # verbs that also act on things, no words
    ("fr", "Les enfants répondent aux questions du maître."),
    ("fr", "Les bénévoles disent bonjour à chaque visiteur."),
    ("fr", "Les photos témoignent de la violence des combats."),
    ("es", "Los bomberos aseguraron la zona durante la noche."),
    ("es", "Los agentes señalaron el coche sospechoso."),
    ("es", "Podemos y los socialistas dijeron que votarán en contra."),  # a name opening the sentence
    ("es", "Hoy Podemos y los socialistas dijeron que votarán en contra."),
    ("fr", "Reporters sans frontières dément toute implication."),  # "-ent" of a singular
    ("fr", "Les Français ajoutent du sel."),  # a verb that reports words only before "que" or a quotation
    ("it", "Il cartello segnala il pericolo."),
    ("fr", "Certains répondent aux questions."),
    ("es", "Los vecinos no dijeron que hubiera un incendio."),  # denied, not reported
    ("nl", "De boeren willen niet zeggen dat de oogst verloren is."),
])
def test_plural_subjects_report_nothing_without_words_reported_or_with_a_name(language: str, text: str) -> None:
    assert speakers(in_language(language, text)) != ["unnamed"]


def test_a_body_named_like_plural_people_opening_an_author_sentence_does_not_stop_the_suggester() -> None:
    # "Médicos del Mundo" once reduced to no name at all, and the suggester raised IndexError on the article
    assert speakers(in_language("es", "Médicos del Mundo atiende cada semana a cientos de migrantes en la frontera.")) \
        == [None]


@pytest.mark.parametrize(("language", "sentence", "body"), [
    ("es", "Médicos del Mundo denuncian que los migrantes no reciben atención.", "Médicos del Mundo"),
    ("en", "Doctors Without Borders said the clinic was hit twice in one week.", "Doctors Without Borders"),
])
def test_a_body_named_like_plural_people_is_the_body(language: str, sentence: str, body: str) -> None:
    assert speakers(in_language(language, sentence)) == [body]


@pytest.mark.parametrize("sentence", [
    "Médicos del Hospital La Paz denunciaron la falta de personal.",
    "Trabajadores del Ayuntamiento de Sevilla denunciaron acoso laboral.",
])
def test_people_of_a_named_body_are_unnamed(sentence: str) -> None:
    assert speakers(in_language("es", sentence)) == ["unnamed"]


def test_a_capital_article_is_judged_by_where_the_whole_article_writes_it() -> None:
    # "La Guardia Civil" only ever opens a sentence: the article is the sentence's; "Según La Tribune" writes it
    # inside one: the article is the paper's own. The answer is remembered per name, the same in every paragraph.
    text = "La Guardia Civil pidió calma. Según La Tribune, todo va bien."
    article = in_language("es", *[text] * 50)
    assert speakers(article, 0) == speakers(article) == ["Guardia Civil", "La Tribune"]
    assert speakers(in_language("es", text, "Ayer, La Guardia Civil pidió paciencia.")) == ["La Guardia Civil"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A obra fica pronta em maio, garantiu o prefeito.", "prefeito"),  # inverted: the source after it
    ("O governo garantiu que a obra fica pronta em maio.", "governo"),  # what was said after it
    ("O prefeito assegurou que não haverá atrasos.", "prefeito"),
    ("O ministro garantiu, em nota, que não haverá cortes.", "ministro"),  # an aside before it
    ("O ministro garantiu nesta terça-feira (12) que não haverá cortes.", "ministro"),
    ("O ministro garantiu ao Globo que não haverá cortes.", "ministro"),
    ("O ministro garantiu não haver irregularidades.", "ministro"),  # an infinitive
    ("O governo garantiu a todos que a obra fica pronta.", "governo"),
    ("O time garantiu a vaga e o técnico disse que o grupo merecia.", "técnico"),  # the "que" is another verb's
])
def test_portuguese_garantir_reports_words_however_they_follow(text: str, speaker: str) -> None:
    assert speakers(in_language("pt", text)) == [speaker]


@pytest.mark.parametrize("text", ["O time garantiu a vaga na final.", "Os torcedores garantiram os ingressos ontem.",
                                  "O Inter assegurou a vitória no fim.", "O Flamengo garantiu vaga na final.",
                                  "Os números apontam para uma queda.", "As fotos revelam a destruição."])
def test_portuguese_garantir_of_what_is_secured_is_no_quotation(text: str) -> None:
    assert speakers(in_language("pt", text)) == [None]



@pytest.mark.parametrize("text", [
    "The delay was to blame, according to a U.S. official who was not authorized to speak publicly.",
    "The plan was dropped, according to a British official.",
    "The talks stalled, according to an Israeli army spokesman.",
    "The talks stalled, according to a Western diplomat in Beijing.",
    "The delay was to blame, according to a U.S. official familiar with the matter.",
])
def test_someone_not_named_but_where_from_is_unnamed(text: str) -> None:
    assert speakers(in_language("en", "Gina Haspel was nominated on Tuesday.", text))[0] == "unnamed"


@pytest.mark.parametrize(("text", "body"), [
    ("The talks stalled, according to a Justice Department official.", "Justice Department"),
    ("The talks stalled, according to an ICE official.", "ICE"),
    ("The plan failed, a Justice Department official said.", "Justice Department"),
])
def test_an_official_of_a_named_body_speaks_for_the_body(text: str, body: str) -> None:
    assert speakers(in_language("en", "Gina Haspel was nominated on Tuesday.", text))[0] == body


@pytest.mark.parametrize(("language", "text", "who"), [
    ("de", "Nach Angaben einer Sprecherin des Regierungspräsidiums will das Land die Familie entschädigen.",
     "unnamed"),
    ("de", "Nach Angaben einer Sprecherin der Stadt, Petra Weber, ist die Straße gesperrt.", "Petra Weber"),
    ("de", "Die Mutter eines Opfers sagte, sie habe Angst.", "Opfers"),  # (not a spokesperson: unchanged)
    ("en", "The plan was dropped, according to a Pentagon spokeswoman, Jane Doe, who spoke on Monday.", "Jane Doe"),
    ("en", "Another mother, who asked not to be named, said she had moved her daughter.", "unnamed"),
    ("en", "Another Trump adviser, Steve Bannon, said the plan was dead.", "Steve Bannon"),
])
def test_a_spokesperson_or_another_parent_is_unnamed_unless_the_name_follows(language: str, text: str,
                                                                                who: str) -> None:
    opening = "Lowri Evans runs the parents' group." if language == "en" else "Renate Hölzel leitet die Tafel."
    assert speakers(in_language(language, opening, text))[0] == who


def test_an_outlets_report_is_no_unnamed_person() -> None:
    a = in_language("en", "Meanwhile, according to a Breitbart report by Allum Bokhari, “search engines can shift "
                          "votes.”")
    assert only_speaker(a) != "unnamed"


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Not everyone was convinced."),
    ("en", "But not everyone agrees with the council's plan for the harbour."),
    ("de", "Nicht alle sehen das so."),
    ("es", "No todos son tan optimistas."),
    ("it", "Non tutti, nella maggioranza, la pensano così."),
    ("pt", "Nem todos estão satisfeitos com a resposta."),
])
def test_people_who_do_not_share_a_view_opening_the_sentence_are_unnamed(language: str, sentence: str) -> None:
    assert speakers(in_language(language, sentence)) == ["unnamed"]


@pytest.mark.parametrize("sentence", [
    "It is not all bad news for the town.",
    "Not all of the money has been spent yet.",
])
def test_not_all_of_a_thing_or_inside_a_sentence_is_no_source(sentence: str) -> None:
    assert speakers(in_language("en", sentence)) == [None]


@pytest.mark.parametrize("sentence", [
    "The court heard that between 2021 and 2024 the company submitted false paperwork.",
    "The prosecution service decided in July that he would not face charges, the inquest heard.",
    "There is talk of handing the dispatch center to the sheriff.",
])
def test_evidence_heard_at_a_hearing_and_talk_are_unnamed_sources(sentence: str) -> None:
    assert speakers(in_language("en", sentence)) == ["unnamed"]

