"""Interviews in questions and answers: which paragraphs are the interviewer's and which the interviewee's.

An interview prints its answers with no quotation marks, so the quotation
rules see only the author's voice there; yet every sentence of an answer is
the interviewee's words, direct, as em-dash dialogue is. The questions are
the interviewer's, in the article's voice: a question there is no rhetorical
frame. Two layouts are recognised: em-dash dialogue ("—¿Compensa?" /
"—A mis pacientes, sí."), and question paragraphs followed by their answers
(a question is a paragraph the source prints wholly in bold, when it sets
three or more apart so, else a short paragraph ending in "?", or one opening
with "Q:"/"P:"), the latter
only when the article says it is an interview, addresses someone by name in
a question, prefixes its turns, or is headlined with the words of the person
its opening names ("Elena Bonomi: «…»"): an opinion column also asks
questions and answers them itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.model import Paragraph
from workbench.names import PARTICLE_ARTICLES, SURNAME_PARTICLES
from workbench.yamlio import loads

_DASHES = ("—", "–", "―")
_CLOSING = " \t\"'”’»)—–*"
MIN_TURNS = 3  # turns (questions, or statements put to the interviewee) before an article without dashes is one
MAX_QUESTION_CHARS = 400
MAX_MIXED_QUESTION_CHARS = 200  # a question with a statement beside it is shorter than an answer that asks back
MAX_MIXED_STATEMENTS = 2  # sentence ends inside a question with a statement beside it
MAX_PROMPT_CHARS = 200  # a statement put to the interviewee ("LTO says farmers are hit hardest.")
MAX_OPENING_PARAGRAPHS = 6  # where an interview may say it is one, before its first question
MAX_ANSWER_PARAGRAPHS = 4  # paragraphs an answer may run to before the next question


@dataclass(frozen=True)
class Interview:
    questions: frozenset[int]  # paragraph indexes
    answers: frozenset[int]
    addressed: str | None  # the name a question addresses ("Anne-Claude Pittet, dans quel état …?")
    first_question: int  # the first turn: a question, or (in bold) a statement put to the interviewee
    initials: str | None = None  # the interviewee's initials opening answers ("JP: I think …")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = loads((Path(__file__).parent / "data" / "cues" / "interview.yaml").read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = _data()
    prefixes = "|".join(sorted((re.escape(w) for w in data["question_prefixes"]), key=len, reverse=True))
    markers = "|".join(re.escape(w) for w in data["markers"])
    # "Interview:", "Propos recueillis par", not "told local radio in an interview"
    announcing = re.compile(rf"(?<!\w)(?<!\ban )(?<!\ba )(?<!\bun )(?<!\buna )(?<!\bum )(?<!\buma )(?<!\beinem )"
                            rf"(?<!\been )(?:{markers})(?!\w)")
    return announcing, re.compile(rf"\s*(?:{prefixes})\s*:\s", re.IGNORECASE)


def _first_person(language: str | None) -> re.Pattern[str]:
    """The first person's words in the article's language, or in all of them when it is not known."""
    return _person_words("first_person", language)


@lru_cache(maxsize=32)
def _person_words(key: str, language: str | None) -> re.Pattern[str]:
    """The words of one grammatical person (``key`` in interview.yaml) in the article's language, or in all
    of them when it is not known."""
    by_language: dict[str, list[str]] = _data()[key]
    words = by_language.get(language or "") or sorted({w for listed in by_language.values() for w in listed})
    whole = "|".join(re.escape(w) for w in words if w[-1] not in "'’")
    elided = "|".join(re.escape(w) for w in words if w[-1] in "'’")  # "j'ai", "m'a dit"
    alternatives = [f"(?:{whole})(?![\\w'’])", *([f"(?:{elided})"] if elided else [])]
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(alternatives)})", re.IGNORECASE)


# A name addressed at a question's start: "Anne-Claude Pittet, dans quel état sont les vignerons ?"
_PARTICLES = "|".join(SURNAME_PARTICLES + PARTICLE_ARTICLES)
_ADDRESSED = re.compile(
    rf"\s*[—–―]?\s*([A-ZÀ-Ý][\w'’.-]+(?:[ -](?:(?:{_PARTICLES}) ){{0,2}}[A-ZÀ-Ý][\w'’.-]+){{1,3}}),\s"
    r"(?!(?:who|which|whose|qui|que|dont|die|der|das|che|cui|quien|quienes|o|a|os|as)\b)")


# A sentence's end inside a paragraph, not a title's full stop ("Mr. Johnson, why …?").
_STATEMENT_END = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!:](?=\s+\W?[A-ZÀ-Ý¿¡])")


_SENTENCE_END = (".", "!", "?", "…")
_QUOTING = re.compile(r"[«“„]")  # quotation marks that open another person's words
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")
_ASKED = re.compile(r"\?[\"'”’»)*]*(?:\s|$)")  # a sentence that asks, wherever it stands in the paragraph


STRICT, MIXED = 2, 1  # how surely a paragraph is a question turn


def _question(text: str, first_person: re.Pattern[str]) -> int:
    """How surely a paragraph is a question turn: STRICT when it is short and every sentence in it a question
    (an answer may end on one of its own); MIXED when it is shorter still, with a question among a statement
    or two and no word of the first person ("Nineteen per cent. Do you understand the shock?", "Is the dyke
    urgent? Nothing has happened here for thirty years."), which an answer opening with a question of its own
    also is ("Where from? The budget is empty."), so a MIXED one right after a question is its answer; else 0.
    An answer that asks back speaks for itself ("I met him once. Why would I lie?"), and a question in
    quotation marks is someone's words reported ("“Why now?” asked Tom Hill.")."""
    if "?" not in text:
        return 0  # (most paragraphs: _ASKED needs a question mark, and removing quotations adds none)
    text = _QUOTED.sub("", text)
    if len(text) > MAX_QUESTION_CHARS or _ASKED.search(text) is None:
        return 0
    if text.rstrip(_CLOSING).endswith("?") and _STATEMENT_END.search(text) is None:
        return STRICT
    if (len(text) <= MAX_MIXED_QUESTION_CHARS and len(_STATEMENT_END.findall(text)) <= MAX_MIXED_STATEMENTS
            and first_person.search(text) is None):
        return MIXED
    return 0


def find_interview(paragraphs: Sequence[Paragraph], title: str = "", language: str | None = None,
                   bold: Collection[int] = ()) -> Interview | None:
    """Which paragraphs are questions and which answers, or None: the evidence must be more than questions
    followed by paragraphs, which columns, FAQ boxes and bullet lists also have. Some answers must speak in
    the first person (an interviewee does, if not always with a pronoun; a column answering itself, a FAQ
    or a list does not), and a layout without dashes must say it is an interview, address someone by name
    or open its answers with initials.

    ``bold``: the paragraphs the source prints wholly in bold. When the article sets MIN_TURNS or more of them
    apart so (the first paragraph aside: a standfirst), they are its turns, statements put to the interviewee
    ("The union says overtime is driving people out.") as much as questions; an answer that asks back is not
    one."""
    content = [p for p in paragraphs if p.kind == "content" and p.text.strip()]
    # (a bold line that ends no sentence is a subhead, not a turn: "**Traders count the cost**")
    bold_turns = [position > 0 and p.index in bold and len(p.text) <= MAX_QUESTION_CHARS
                  and p.text.rstrip(_CLOSING).endswith(_SENTENCE_END) for position, p in enumerate(content)]
    by_bold = sum(bold_turns) >= MIN_TURNS
    dashed = [p for p in content if p.text.lstrip().startswith(_DASHES)]
    if (not by_bold and len(dashed) < 4
            and sum(1 for p in content if "?" in p.text or ":" in p.text[:12]) < MIN_TURNS - 1):
        return None  # most articles: too few questions to look further
    markers, question_prefix = _lists()
    first_person = _first_person(language)
    second_person = _person_words("second_person", language)
    asks = [_question(p.text, first_person) for p in content]  # once per paragraph: the loops below look again
    dashed_at = {p.index for p in dashed}
    # dash dialogue: only whole questions ("—¿Cuántas? Unas cuarenta." is an answer echoing the question)
    questions = [p.index for p, asked in zip(content, asks, strict=True) if asked == STRICT and p.index in dashed_at]
    answers = [p.index for p, asked in zip(content, asks, strict=True) if asked != STRICT and p.index in dashed_at]
    if len(dashed) < 4 or len(questions) < 2 or len(answers) < 2:
        prefixed = {p.index for p in content if ":" in p.text[:12] and question_prefix.match(p.text)}
        turns = [p.index in prefixed for p in content] if prefixed else bold_turns if by_bold else _turns(asks)
        questions, answers = [], []
        prompts: set[int] = set()  # statements put to the interviewee: the answer after one is still theirs
        for position, paragraph in enumerate(content):
            if not turns[position]:
                continue
            following: list[int] = []
            for after in range(position + 1, min(len(content), position + 1 + MAX_ANSWER_PARAGRAPHS)):
                if turns[after]:
                    break
                if following and not prefixed and first_person.search(_QUOTED.sub("", content[after].text)) is None:
                    # Past an answer's first paragraph, one in no one's first person may be the interviewer's
                    # again: a statement put to the interviewee, or the author's closing lines after the last
                    # answer (an answer may go on without "I" between two questions). A quotation's "we" is
                    # the person quoted, not the interviewee.
                    if not by_bold and _prompt(content, after) and (any(turns[after + 1 :]) or second_person.search(
                            content[after].text)):  # (after the last answer: the closing lines' first sentence)
                        turns[after] = True
                        prompts.add(content[after].index)
                        break
                    if not any(turns[after:]) or _QUOTING.search(content[after].text):
                        break  # (or the author's interlude quoting someone else: « Des mauvaises années … »)
                following.append(content[after].index)
            if following and by_bold and _ASKED.search(paragraph.text) is None:
                prompts.add(paragraph.index)  # a bold statement: someone's claim put to the interviewee
            if following and paragraph.index not in prompts:  # a question with its answer
                questions.append(paragraph.index)
            if following:
                answers.extend(following)
        if len(questions) + len(prompts) < MIN_TURNS:  # (a statement put to the interviewee is a turn too)
            return None
        # the title and the opening, up to the first question ("Nous l’avons rencontrée dans sa cabane" may
        # come after three paragraphs of news)
        first_turn = min([*questions, *prompts])  # (in bold, the first may be a statement put to them)
        before = sum(1 for p in content[:MAX_OPENING_PARAGRAPHS] if p.index < first_turn)
        opening = " ".join([title, *(p.text for p in content[: max(3, before)])])
        announced = markers.search(opening.lower()) is not None or _headline_speaker(title, opening[len(title) :])
        addressed = _addressed(content, min(questions)) if questions else None  # (a statement addresses no one)
        if not announced and addressed is None and _initials(content, answers) is None:
            return None
    else:
        first_turn = min(questions)
        addressed = _addressed(content, first_turn)
    chosen = set(answers)
    # (in bold, the evidence is weaker: a story's subheads look alike, and a quotation's "we" is someone else's)
    speaking = sum(1 for p in content if p.index in chosen
                   and first_person.search(_QUOTED.sub("", p.text) if by_bold else p.text))
    if speaking == 0 or (not dashed and 3 * speaking < len(chosen)):  # ("Económicamente, no.": no pronoun)
        return None
    return Interview(frozenset(questions), frozenset(answers), addressed, first_turn, _initials(content, chosen))


# A title that is a named person's words: "Elena Bonomi: «Senza il ghiacciaio …»", "Dijkgraaf Hennie Ooms: ‘…’".
_HEADLINE_SPEAKER = re.compile(r"\s*((?:[A-ZÀ-Ý][\w'’.-]+ ){1,3}[A-ZÀ-Ý][\w'’.-]+)\s?:\s*[«“\"„‘']")


def _headline_speaker(title: str, opening: str) -> bool:
    """Whether the title gives the words of a person the opening names, whole: with questions and answers after
    it, that is how an interview is headlined ("Elena Bonomi: «…»"); a news story's words of an office ("Prime
    Minister: ‘…’") stand before a name in the opening ("Prime Minister Viktor Orbán"), not for one."""
    match = _HEADLINE_SPEAKER.match(title)
    return match is not None and re.search(
        rf"(?<![\w-]){re.escape(match.group(1))}(?![\w-])(?!\s+[A-ZÀ-Ý])", opening) is not None


def _turns(asks: Sequence[int]) -> list[bool]:
    """Which paragraphs are question turns: every whole question, and a question beside a statement unless it
    follows a question (then it is the answer, opening with a question of its own)."""
    turns: list[bool] = []
    for asked in asks:
        turns.append(asked == STRICT or (asked == MIXED and not (turns and turns[-1])))
    return turns


def _prompt(content: Sequence[Paragraph], position: int) -> bool:
    """A statement put to the interviewee ("LTO says farmers are hit hardest."): one short sentence between
    two answers of several sentences each, both half as long again (not a text printed a sentence to a line)."""
    text = content[position].text
    if len(text) > MAX_PROMPT_CHARS or _STATEMENT_END.search(text) is not None or position + 1 >= len(content):
        return False
    return all(2 * len(answer) >= 3 * len(text) and _STATEMENT_END.search(answer) is not None
               for answer in (content[position - 1].text, content[position + 1].text))


_INITIALS = re.compile(r"\s*([A-Z]{2,3}):")


def _initials(content: Sequence[Paragraph], answers: Collection[int]) -> str | None:
    """Initials that open two answers or more ("JP: I think …"): the interviewee's."""
    found = Counter(m.group(1) for p in content if p.index in answers for m in [_INITIALS.match(p.text)] if m)
    best = found.most_common(1)
    return best[0][0] if best and best[0][1] >= 2 else None


def _addressed(content: Sequence[Paragraph], first_question: int) -> str | None:
    """The person the first question addresses by name, if the article named them before it."""
    question = next(p for p in content if p.index == first_question)
    match = _ADDRESSED.match(question.text)
    if match is None:
        return None
    before = " ".join(p.text for p in content if p.index < first_question)
    return match.group(1) if re.search(rf"(?<!\w){re.escape(match.group(1).split()[-1])}(?!\w)", before) else None
