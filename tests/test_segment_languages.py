"""Sentence candidates in French, German, Spanish and Italian news: ordinals, guillemets, inversions."""

from __future__ import annotations

import pytest

from workbench.segment import german_guillemets, quote_regions, sentence_spans

NBSP, NNBSP = "\u00a0", "\u202f"


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


# ---------------------------------------------------------------- German ordinals and dates


@pytest.mark.parametrize(
    "sentence",
    [
        "Die 3. Große Strafkammer sah es als erwiesen an, dass die Angeklagten gemeinsam handelten.",
        "Der Prozess hatte am 12. März begonnen.",
        "Am 3. Oktober ist Feiertag.",
        "Er kam zum 2. Mal zu spät.",
        "Der 1. FC Köln spielt morgen.",
        "Das Gebäude stammt aus dem 19. Jahrhundert und wurde im 20. Jahrhundert umgebaut.",
        "Seit dem 1. Januar 2024 gilt die neue Regel.",
        "Die Frist läuft bis 31. Dezember.",
        "Berlin, 12. März 2026 – Die Polizei hat einen Verdächtigen festgenommen.",
        "Die Anhörung ist für den 14. April angesetzt.",
        "Die Sitzung vom 5. Mai wurde vertagt.",
        "Gewählt wurde am 26. September 2021.",
        "Das Urteil fiel am 3. Dez. im Landgericht.",
        "Der 2. Senat des Bundesverfassungsgerichts entschied anders.",
        "Vom 3. bis 5. Juni bleibt die Brücke gesperrt.",
        "Sie wurde beim 100. Jubiläum geehrt.",
    ],
)
def test_a_german_ordinal_or_date_does_not_end_the_sentence(sentence: str) -> None:
    text = f"{sentence} Danach ging es weiter."
    assert pieces(text) == [sentence, "Danach ging es weiter."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er wurde 1990 geboren. Danach zog er um.", ["Er wurde 1990 geboren.", "Danach zog er um."]),
        ("Das Ergebnis war 3. Dann kam die Wende.", ["Das Ergebnis war 3.", "Dann kam die Wende."]),
        ("Er belegte Platz 3. Die anderen nicht.", ["Er belegte Platz 3.", "Die anderen nicht."]),
        # "am 5." is a date without its month here: a pronoun after it starts a sentence.
        ("Er kam am 5. Er ging am 6. Das war alles.", ["Er kam am 5.", "Er ging am 6.", "Das war alles."]),
        ("He was born in 1990. He moved.", ["He was born in 1990.", "He moved."]),
        ("It happened in 2019. The end came later.", ["It happened in 2019.", "The end came later."]),
        ("I am 12. Tom is 14.", ["I am 12.", "Tom is 14."]),
        ("The score was 12. April Jones scored next.", ["The score was 12.", "April Jones scored next."]),
        ("Chapter 11. November came early that year.", ["Chapter 11.", "November came early that year."]),
    ],
)
def test_a_number_that_ends_a_sentence_still_ends_it(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


# ---------------------------------------------------------------- French guillemets

SPACES = [" ", NBSP, NNBSP]


@pytest.mark.parametrize("space", SPACES, ids=["space", "nbsp", "narrow-nbsp"])
def test_a_full_stop_after_a_spaced_closing_guillemet_ends_the_sentence(space: str) -> None:
    first = (f"Interrogé, l'entourage du président balaie ces critiques et parle d'un «{space}procès "
             f"d'intention{space}».")
    second = (f"«{space}Nous donnons simplement aux établissements les moyens de protéger les "
              f"enfants{space}», nous a-t-on assuré.")
    assert pieces(f"{first} {second}") == [first, second]
    assert pieces(f"Il est «{space}sonné{space}». Le maire part.") == [f"Il est «{space}sonné{space}».",
                                                                      "Le maire part."]


@pytest.mark.parametrize("space", SPACES, ids=["space", "nbsp", "narrow-nbsp"])
@pytest.mark.parametrize(
    "quotation",
    [
        "«_Je pars_!_» a-t-il dit.",
        "«_Pourquoi_?_» demanda-t-elle.",
        "«_Non._» a-t-elle répondu.",
        "«_Je pars. Tu restes_», a-t-il dit.",
        "«_Je pars_!_», a-t-il lancé.",
        "«_Quelle honte_!_» s'est exclamé le maire.",
    ],
)
def test_an_inverted_cue_after_the_quotation_stays_with_it(quotation: str, space: str) -> None:
    sentence = quotation.replace("_", space)
    assert pieces(f"{sentence} Puis il est parti.") == [sentence, "Puis il est parti."]


@pytest.mark.parametrize("space", SPACES, ids=["space", "nbsp", "narrow-nbsp"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit_: «_Je pars._» Puis il est parti.", ["Il a dit_: «_Je pars._»", "Puis il est parti."]),
        ("Il a demandé_: «_Pourquoi_?_» Personne n'a répondu.",
         ["Il a demandé_: «_Pourquoi_?_»", "Personne n'a répondu."]),
        ("Il a dit_: «_Je pars. Adieu._» Puis il est parti.", ["Il a dit_: «_Je pars. Adieu._»", "Puis il est parti."]),
        ("Il est «_sonné_»_! Le maire part.", ["Il est «_sonné_»_!", "Le maire part."]),
        ("Il est «_sonné_»... Le maire part.", ["Il est «_sonné_»...", "Le maire part."]),
        ("Il parle d'un «_procès_». Et il s'en va.", ["Il parle d'un «_procès_».", "Et il s'en va."]),
    ],
)
def test_a_sentence_ending_inside_or_after_a_french_quotation(text: str, expected: list[str], space: str) -> None:
    assert pieces(text.replace("_", space)) == [piece.replace("_", space) for piece in expected]


def test_a_closing_guillemet_and_full_stop_before_a_lower_case_word_do_not_end_the_sentence() -> None:
    text = "Il parle d'un « procès ». et s'en va."  # a typo, not a sentence end syntok would make
    assert pieces(text) == [text]


def test_an_opening_mark_before_an_ellipsis_is_not_a_sentence_end() -> None:
    text = "SMITH: “… We don’t, do we have to let them know the agenda?"
    assert pieces(text) == [text]


# ---------------------------------------------------------------- German »…«

VOGT = ("»Die Niere kann das nicht mehr ausgleichen, wenn die Temperaturen über Tage hoch bleiben und zu wenige "
        "Getränke hinzukommen«, erklärte Vogt. »Wer wenig trinkt, belastet den Kreislauf.«")


@pytest.mark.parametrize("marks", ["»«", "„“"], ids=["guillemets", "low-high"])
def test_german_quotations_with_either_kind_of_mark(marks: str) -> None:
    opening, closing = marks
    german = VOGT.replace("»", "\0").replace("«", closing).replace("\0", opening)
    assert pieces(german) == [german[: german.index("Vogt.") + 5], german[german.index("Vogt.") + 6 :]]


@pytest.mark.parametrize("marks", ["»«", "„“"], ids=["guillemets", "low-high"])
@pytest.mark.parametrize(
    "text",
    [
        "»Besonders gefährdet sind Menschen, die allein leben. Sie merken oft zu spät, dass …«, sagte sie.",
        "Sie sagte: »Das ist gut. Sehr gut«, und ging.",
        "Er sagte: »… Und dann ging er fort.«",
        # A quotation running on into the next paragraph, which opens it again:
        "»Besonders gefährdet sind Menschen, die allein leben. Sie merken oft selbst nicht, dass sie zu wenig trinken",
    ],
)
def test_a_german_quotation_over_several_sentences_stays_one_candidate(text: str, marks: str) -> None:
    opening, closing = marks
    german = text.replace("»", opening).replace("«", closing)
    if german.endswith("."):
        assert pieces(f"{german} Ende.") == [german, "Ende."]
    else:
        assert pieces(german) == [german]


def test_a_german_quotation_inside_a_sentence() -> None:
    text = "Er sprach von einer »methodisch soliden« Untersuchung. Dann ging er."
    assert pieces(text) == ["Er sprach von einer »methodisch soliden« Untersuchung.", "Dann ging er."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss German and Italian: «…» without spaces.
        ("Sie sagte: «Ich gehe. Du bleibst», und ging. Ende.",
         ["Sie sagte: «Ich gehe. Du bleibst», und ging.", "Ende."]),
        ("«Siamo sconvolti. Li conosco da una vita», ha detto Mancuso. Poi è andato via.",
         ["«Siamo sconvolti. Li conosco da una vita», ha detto Mancuso.", "Poi è andato via."]),
        # French « … », and the » that opens each later paragraph of a long quotation in older typography.
        ("Il a dit « Non. Jamais. » Fin.", ["Il a dit « Non. Jamais. »", "Fin."]),
        ("» Et puis il est parti. Personne ne l'a revu.", ["» Et puis il est parti.", "Personne ne l'a revu."]),
    ],
)
def test_french_and_swiss_guillemets_keep_their_orientation(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("»Die Niere«, sagte sie.", True),
        ("Er sprach von einer »methodisch soliden« Untersuchung.", True),
        ("»… und dann ging er.«", True),
        ("Il est « sonné ».", False),
        ("«Ich gehe», sagte sie.", False),
        ("» Et puis il est parti.", False),
        ("Il est sonné». Puis «rien».", False),
        ("Kein Zitat.", False),
    ],
)
def test_german_guillemets(text: str, german: bool) -> None:
    assert german_guillemets(text) is german


def test_quote_regions_read_guillemets_the_way_the_paragraph_uses_them() -> None:
    assert quote_regions("»Ja«, sagte er. »Nein.«") == [(0, 4, True), (16, 23, True)]
    assert quote_regions("Er sagte »Ja« und ging.") == [(9, 13, True)]
    assert quote_regions("»Er nannte es ›Unsinn‹«, sagte sie.") == [(0, 23, True)]
    assert quote_regions("«Ja», dit-il. « Non. »") == [(0, 4, True), (14, 22, True)]
    assert quote_regions("»Immer noch offen") == [(0, 17, False)]


# ---------------------------------------------------------------- quotations left open at the paragraph's end


@pytest.mark.parametrize(
    "text",
    [
        "« On nous a répété pendant des mois que le site avait un avenir. On a accepté le gel des salaires",
        "«È un danno enorme. Peserà su questo territorio per decenni",
        "„Sie haben die Angst ausgenutzt. Manche trauen sich nicht mehr ans Telefon",
        "»Besonders gefährdet sind Menschen, die allein leben. Sie merken es oft nicht",
    ],
)
def test_a_paragraph_that_opens_a_quotation_and_leaves_it_open_is_one_candidate(text: str) -> None:
    assert pieces(text) == [text]  # the quotation goes on in the next paragraph


def test_a_quotation_opened_later_and_left_open_is_split_at_its_sentences() -> None:
    # It may run on into the next paragraph too (ml-fr-2), but one paragraph cannot tell it from a stray mark.
    text = ("Le Dr Caradec s'est inquiété des conséquences. « Chaque été, on déplore des noyades. "
            "Ajouter quarante minutes de car, c'est réduire le nombre de séances")
    assert pieces(text) == ["Le Dr Caradec s'est inquiété des conséquences.", "« Chaque été, on déplore des noyades.",
                            "Ajouter quarante minutes de car, c'est réduire le nombre de séances"]


# ---------------------------------------------------------------- a sentence ending inside „…“, »…« or «…»


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte: »Ich gehe.« Dann ging er.", ["Er sagte: »Ich gehe.«", "Dann ging er."]),
        ("Er sagte: „Ich gehe.“ Dann ging er.", ["Er sagte: „Ich gehe.“", "Dann ging er."]),
        ("Er sagte: »Ich gehe. Du bleibst.« Dann ging er.", ["Er sagte: »Ich gehe. Du bleibst.«", "Dann ging er."]),
        ("Er sagte: „Ich gehe. Du bleibst.“ Dann ging er.", ["Er sagte: „Ich gehe. Du bleibst.“", "Dann ging er."]),
        ("»Warum?« Er zögerte. »Darum!« Sie lachte.", ["»Warum?«", "Er zögerte.", "»Darum!«", "Sie lachte."]),
        ("Er fragte: ‚Wohin?‘ Dann schwieg er.", ["Er fragte: ‚Wohin?‘", "Dann schwieg er."]),
        ("Sie sagte: «Ich gehe. Du bleibst.» Dann ging sie.", ["Sie sagte: «Ich gehe. Du bleibst.»", "Dann ging sie."]),
        ("«Non lo so.» Poi se ne è andato.", ["«Non lo so.»", "Poi se ne è andato."]),
    ],
)
def test_a_sentence_ending_inside_closing_marks_syntok_does_not_know(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "»Ich gehe!«, sagte er.",
        "»Ich gehe!« sagte er leise.",
        "„Ich gehe!“, sagte er.",
        "«Me ne vado!» disse lui.",
        "Er sagte: »Ich gehe.« 2019 war das.",
    ],
)
def test_a_closing_mark_after_a_terminal_is_no_end_before_a_cue_or_a_number(text: str) -> None:
    assert pieces(text) == [text]


# ---------------------------------------------------------------- with syntok itself


def test_the_corrections_hold_when_syntok_itself_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy of syntok can give way to syntok (another version): the corrections come after either."""
    from workbench import segment

    texts = [
        "Die 3. Große Strafkammer tagte. Der Prozess hatte am 12. März begonnen. Er kam am 5. Er ging.",
        "Il est « sonné ». « Je pars ! » a-t-il dit. Il a dit : « Je pars. » Puis il est parti.",
        VOGT,
        "Er sagte: »Ich gehe.« Dann ging er. „Wohin?“ Niemand weiß es. «Basta.» Fine.",
    ]
    fast = [pieces(text) for text in texts]
    monkeypatch.setattr(segment, "_fast_segmentation", lambda: False)
    segment._cached_sentence_spans.cache_clear()
    try:
        assert [pieces(text) for text in texts] == fast
    finally:
        segment._cached_sentence_spans.cache_clear()


# ---------------------------------------------------------------- any text

ATOMS = [
    "Die", "am", "I", "am", "3", "12", "1990", "März", "April", "Oktober", "Jan", "Er", "sagte", "a-t-il", "dit",
    "Le", "maire", "x", " ", " ", " ", NBSP, NNBSP, ".", ".", "!", "?", "…", "...", ",", ":", "«", "»", "„", "“", "”",
    "‚", "‘", "’", "›", "‹", '"', "\n", "\n\n", "—", "。", "！", "？", "「", "」", "他说", "政府",
]  # no brackets: syntok makes a sentence of a bracketed opening with no terminal, which the shortcut skips


def test_spans_of_any_text_are_ordered_trimmed_and_agree_with_the_one_sentence_shortcut() -> None:
    import random
    import re

    from workbench.segment import _INNER_BOUNDARY, _sentences

    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(ATOMS) for _ in range(rng.randint(0, 40)))
        spans = sentence_spans(text)
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text), repr(text)
            assert not text[start].isspace() and not text[end - 1].isspace(), repr(text)
            previous_end = end
        # (A paragraph never holds a blank line; syntok would make two paragraphs of it.)
        if not _INNER_BOUNDARY.search(text) and not re.search(r"\n\s*\n", text):
            assert len(_sentences(text)) <= 1, repr(text)


def test_chinese_and_japanese_sentences_are_claims_of_their_own() -> None:
    chinese = ["东京电力公司周二表示，处理水将在夏季排放。", "「我们会确保安全，」发言人说。",
               "据报道，渔民对此表示反对。"]
    assert pieces("".join(chinese)) == chinese
    japanese = ["政府は火曜日、新しい予算案を発表した。", "「これは国民のための予算だ」と首相は述べた。",
                "野党は反発している！"]
    assert pieces("".join(japanese)) == japanese


def test_a_chinese_quotation_keeps_its_cue_and_its_inner_sentences() -> None:
    assert pieces("“我们会确保安全。”发言人说。渔民对此表示反对，他们认为排放计划存在风险。") == [
        "“我们会确保安全。”发言人说。", "渔民对此表示反对，他们认为排放计划存在风险。"]
    assert pieces("「安全第一。我们会努力。」他说。记者问：为什么？他没有回答。") == [
        "「安全第一。我们会努力。」他说。", "记者问：为什么？", "他没有回答。"]


def test_a_us_dateline_stays_with_its_sentence() -> None:
    assert pieces("HARLOW BAY, Ore. (Meridian) — The company said it would cut jobs. It did not say how many.") == [
        "HARLOW BAY, Ore. (Meridian) — The company said it would cut jobs.", "It did not say how many."]
    assert pieces("WASHINGTON, D.C. — He left. She stayed.") == ["WASHINGTON, D.C. — He left.", "She stayed."]
    assert pieces("He moved to Salem, Mass. The town was small.") == ["He moved to Salem, Mass.", "The town was small."]


def test_a_dateline_with_its_agency_in_brackets_stays_with_its_sentence() -> None:
    assert pieces("Hamburg (dpa) – Ein Warnstreik hat den Verkehr lahmgelegt. Züge fielen aus.") == [
        "Hamburg (dpa) – Ein Warnstreik hat den Verkehr lahmgelegt.", "Züge fielen aus."]
    assert pieces("BOSTON (Reuters) - A judge ruled on Monday. The case goes on.") == [
        "BOSTON (Reuters) - A judge ruled on Monday.", "The case goes on."]
    assert pieces("Vaucourt-sur-Ardre (Marne) – Le groupe ferme son site. Il emploie 212 salariés.")[0] == (
        "Vaucourt-sur-Ardre (Marne) – Le groupe ferme son site.")
