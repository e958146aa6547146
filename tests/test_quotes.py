"""Quotation marks across an article, and the quote type they alone show (workbench.quotes)."""

from __future__ import annotations

import pytest

from workbench.model import Paragraph, ParagraphKind
from workbench.quotes import article_quotations, quote_type_from_marks, scan_quotes


def paragraphs(*texts: str, kinds: dict[int, ParagraphKind] | None = None) -> list[Paragraph]:
    return [Paragraph(i, (kinds or {}).get(i, "content"), text) for i, text in enumerate(texts)]


def marks_type(text: str, piece: str) -> str:
    start = text.index(piece)
    return quote_type_from_marks(text, scan_quotes(text)[0], start, start + len(piece))


@pytest.mark.parametrize(("text", "piece", "expected"), [
    ("“We are pleased,” said the mayor. Critics left.", "“We are pleased,” said the mayor.", "direct"),
    ("“We will fight,” said Jane Okafor of the Riverside Tenants Association.",
     "“We will fight,” said Jane Okafor of the Riverside Tenants Association.", "direct"),  # a quotation opens it
    ("The mayor of Brennan Falls said on Monday: “We will fight.”",
     "The mayor of Brennan Falls said on Monday: “We will fight.”", "direct"),  # one closes it after a colon
    ("「増税は必要だ」と首相は記者団に語った。", "「増税は必要だ」と首相は記者団に語った。", "direct"),
    ("« Nous tiendrons », a-t-il dit.", "« Nous tiendrons », a-t-il dit.", "direct"),
    ("„Wir bleiben“, sagte sie.", "„Wir bleiben“, sagte sie.", "direct"),
    ("He said the plan, which the council approved on Monday, was “a disaster” for the town.",
     "He said the plan, which the council approved on Monday, was “a disaster” for the town.", "mixed"),
    ("Officials said the plan would take a year.", "Officials said the plan would take a year.", "indirect"),
    ("It’s the council’s plan, she said.", "It’s the council’s plan, she said.", "indirect"),  # apostrophes
    ("“Yes.” He said later that the plan was sound and would go ahead as agreed.",
     "He said later that the plan was sound and would go ahead as agreed.", "indirect"),  # the quote before it
])
def test_the_marks_decide_direct_mixed_or_indirect(text: str, piece: str, expected: str) -> None:
    assert marks_type(text, piece) == expected


def test_half_the_words_inside_marks_is_direct_less_is_mixed() -> None:
    text = "She said “one two three four”."
    assert marks_type(text, text) == "direct"  # 19 of 27 visible characters are quoted (the marks with them)
    text = "She said at last “one two three” here."
    assert marks_type(text, text) == "mixed"  # 15 of 31
    text = "She said at last “one two three”."
    assert marks_type(text, text) == "mixed"  # it ends with the quotation, but no colon introduces it


def test_a_quotation_runs_on_into_the_next_paragraph_that_reopens_it() -> None:
    found = article_quotations(paragraphs("“The first part goes on", "“and ends here,” he said.", "After."))
    assert [q.goes_on for q in found] == [True, False, False]
    assert found[1].reopened and [(r.start, r.end) for r in found[1].regions] == [(0, 16)]
    text = "“The first part goes on"
    assert quote_type_from_marks(text, found[0].regions, 0, len(text)) == "direct"


def test_boilerplate_or_no_closing_mark_ends_a_quotation_with_its_paragraph() -> None:
    found = article_quotations(paragraphs("“It goes on", "Share this", "“still,” she said.",
                                          kinds={1: "boilerplate"}))
    assert not found[0].goes_on and not found[2].reopened
    found = article_quotations(paragraphs("“A stray mark", "Plain text.", "More plain text."))
    assert not found[0].goes_on and found[1].regions == []


def test_a_paragraph_without_letters_is_transparent() -> None:
    found = article_quotations(paragraphs("“It goes on", "…", "“and ends,” he said."))
    assert found[1].transparent and found[1].goes_on and found[2].reopened


def test_a_paragraph_of_unclosed_single_marks_is_read_without_recursion() -> None:
    text = "Hij kwam 's avonds laat thuis. " * 1200 + "Ze zei: “klaar”."
    regions, still_open = scan_quotes(text)
    assert [text[r.start : r.end] for r in regions] == ["“klaar”"] and still_open is None
    assert quote_type_from_marks(text, regions, 0, 30) == "indirect"


BLOCK_MIDDLE = [f"Sentence {n} of the pasted post, with no mark of its own." for n in range(1, 13)]


def test_a_block_marked_once_at_each_end_is_one_quotation_however_long() -> None:
    found = article_quotations(paragraphs("Daniel Greenfield wrote about her:", "“The media dubbed her a fixer.",
                                          *BLOCK_MIDDLE, "It is the old approach.”", "Back to the news."))
    assert [q.goes_on for q in found] == [False] + [True] * 13 + [False, False]
    assert all(q.regions and q.regions[0].carried for q in found[2:15])
    assert found[15].regions == []


@pytest.mark.parametrize("closing", [
    "He said it was “the old approach” and left.",  # an ordinary quotation, far below: not the stray's close
    "“The old approach,” he said.",
])
def test_a_stray_mark_does_not_reach_an_ordinary_quotation_far_below(closing: str) -> None:
    found = article_quotations(paragraphs("“A stray mark opens here.", *BLOCK_MIDDLE, closing))
    assert not any(q.goes_on for q in found)
    assert all(q.regions == [] for q in found[1:13])


def test_a_far_close_takes_a_mark_that_faces_one_way_and_no_mark_between() -> None:
    straight = article_quotations(paragraphs('"A straight mark opens here.', *BLOCK_MIDDLE, 'It ends here."'))
    assert not straight[0].goes_on  # a straight mark could as well be the close of something before it
    marked = list(BLOCK_MIDDLE)
    marked[7] = "A line with a ‘quoted’ phrase in it."
    between = article_quotations(paragraphs("“It opens here.", *marked, "It ends here.”"))
    assert not between[0].goes_on  # the paragraphs between are not unmarked: the block is not marked once
    near = article_quotations(paragraphs("“It opens here.", *BLOCK_MIDDLE[:3], "It ends “here”, he said."))
    assert near[0].goes_on  # within five paragraphs any close continues it, as before


@pytest.mark.parametrize(("text", "quoted"), [
    ("Cllr Okafor was blunt: ‘Residents have seen their bins cut. Nobody asked them.",
     "‘Residents have seen their bins cut. Nobody asked them."),
    ("‘We can’t prove where it came from. That’s the point.", "‘We can’t prove where it came from. That’s the point."),
    ("‘We doen wat Den Haag vraagt’, zegt hij. ‘We willen van het gas af.", "‘We willen van het gas af."),
])
def test_a_single_mark_opening_a_sentence_quotes_the_rest_of_an_unclosed_paragraph(text: str, quoted: str) -> None:
    regions, still_open = scan_quotes(text)
    assert text[regions[-1].start : regions[-1].end] == quoted and still_open is None
    assert not regions[-1].closed


@pytest.mark.parametrize("text", [
    "Hij kwam ‘s Avonds laat thuis en sliep.",  # an apostrophe typed as ‘, inside a sentence
    "‘Cause they never listened, he said.",  # an elision opening a sentence
    "The ‘new deal was late.",  # no capital after it
])
def test_a_single_mark_that_may_be_an_apostrophe_still_opens_nothing(text: str) -> None:
    assert scan_quotes(text) == ([], None)


def test_a_single_mark_closed_with_another_kind_of_mark_quotes_nothing_after_it() -> None:
    text = "Residents were furious. ‘We will not move,' said one. The council said it would consult."
    assert scan_quotes(text) == ([], None)


@pytest.mark.parametrize("closing", [
    "The new striker, at 6’2”, will add height to the attack, the club said.",  # inches, not a close
    "The reply was blunt—”we will not pay,” a spokesman said.",  # a mark that opens, typed the wrong way
])
def test_a_far_close_must_face_as_a_close_does(closing: str) -> None:
    found = article_quotations(paragraphs("Supporters of Dave “The Bulldozer Harris packed the gallery.",
                                          *BLOCK_MIDDLE, closing))
    assert not found[0].goes_on


def test_apostrophes_between_do_not_break_a_block_marked_once() -> None:
    middle = [*BLOCK_MIDDLE[:6], "It isn't what the council can't say.", *BLOCK_MIDDLE[6:]]
    found = article_quotations(paragraphs("“The media dubbed her a fixer.", *middle, "It is the old approach.”"))
    assert found[0].goes_on and all(q.goes_on for q in found[:-1])
