"""The boilerplate screen rules paragraphs out cheaply and never changes a verdict."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from helpers import SEED_000, SEED_004

from workbench import corpus
from workbench.corpus import boilerplate_reason, boilerplate_rules


@pytest.fixture(autouse=True)
def screened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call below goes through the screens (a process checks its first paragraphs rule by rule)."""
    monkeypatch.setattr(corpus, "_direct_checks", corpus._DIRECT_CHECKS)


def test_the_first_paragraphs_of_a_process_get_the_same_verdicts_rule_by_rule(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = SEED_000.read_text("utf-8") + SEED_004.read_text("utf-8")
    texts = [*RULE_TEXTS, *(line for line in seeds.splitlines() if line.strip())]
    screened_verdicts = [boilerplate_reason(text) for text in texts]
    monkeypatch.setattr(corpus, "_direct_checks", 0)
    assert [boilerplate_reason(text) for text in texts] == screened_verdicts
    assert any(screened_verdicts) and not all(screened_verdicts)


RULE_TEXTS = [
    "Note to readers: Please click the share buttons above or below.",
    "Follow on Twitter: Follow @PrisonPlanet",
    "Twitter: https://twitter.com/someone",
    "PayPal: someone@example.org",
    "Please help support us with cryptocurrency donations.",
    "Support SouthFront",
    "You may opt out at anytime.",
    "Email *",
    "Advertisement",
    "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
    "Editor's note: a correction was made.",
    "Copyright © South Front, 2021",
    "(c) 2020 The Outlet",
    "The original source of this article is South Front",
    "Article posted with permission from Pamela Geller",
    "This report was originally published by Tyler Durden at Zero Hedge",
    "The post Something Happened appeared first on The Site.",
    "Jane Doe contributed reporting to this story.",
    "Region: Europe",
    "Our Latest Articles",
    "Translate Website",
    "REUTERS/Chris Wattie",
    "By South Front",
    "Global Research, September 29, 2021",
    "Moscow, 2021-09-29",
    "* * *",
    "https://example.org/a/b",
    "<www.example.org/a>",
    "Video: https://example.org/v.mp4",
    "https://southfront.org/video/28.09.21_IMR_Serbia.mp4",
]

# IGNORECASE equates these with i, s and k; str.lower() does not.
CASE_TWINS = {"i": "\u0131", "I": "\u0130", "s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a"}


def variants(text: str) -> Iterator[str]:
    yield text
    yield text.upper()
    yield text.lower()
    yield text.title()
    for plain, twin in CASE_TWINS.items():
        yield text.replace(plain, twin)


def rule_by_rule(text: str) -> str | None:
    """What boilerplate_reason answered before the screen: every rule searched in turn."""
    words = len(text.split())
    for rule in boilerplate_rules():
        if rule.max_words and words > rule.max_words:
            continue
        if rule.pattern.search(text):
            return rule.name
    return None


def seed_lines() -> list[str]:
    lines = []
    for path in (SEED_000, SEED_004):
        lines.extend(line.strip() for line in path.read_text("utf-8").splitlines() if line.strip())
    return lines


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_screen_keeps_every_verdict_of_the_rules(text: str) -> None:
    assert rule_by_rule(text) is not None  # the case exercises a rule
    for variant in variants(text):
        assert boilerplate_reason(variant) == rule_by_rule(variant), variant


def test_screen_keeps_article_text_and_seed_verdicts() -> None:
    lines = seed_lines()
    assert any(rule_by_rule(line) for line in lines)
    for line in lines:
        for variant in variants(line):
            assert boilerplate_reason(variant) == rule_by_rule(variant), variant


def test_case_twins_of_ascii_letters_are_caught() -> None:
    # "Thiſ report waſ originally publiſhed" is a syndication credit to IGNORECASE,
    # but its lower-case form does not contain "originally published".
    text = "Thi\u017f report wa\u017f originally publi\u017fhed by Tyler Durden at Zero Hedge"
    assert boilerplate_reason(text) == "syndication credit"
    assert boilerplate_reason("Art\u0131cle posted w\u0131th perm\u0131ss\u0131on from X") == "syndication credit"


def test_the_case_twins_are_all_the_characters_ignorecase_adds() -> None:
    """Every non-ASCII character IGNORECASE matches to an ASCII letter either lowers to it or is screened out."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if letter.fullmatch(ch) and not (len(ch.lower()) == 1 and ch.lower().isascii()):
            assert corpus._CASE_ODD.search(ch), f"U+{code:04X}"


@pytest.mark.parametrize(
    ("pattern", "prefixes", "needs"),
    [
        (r"\b(paypal|patreon|buy me a coffee)\b", set(), {"paypal", "patreon", "buy me a coffee"}),
        (r"^(the )?original source", {"the original source", "original source"}, set()),
        (r"^by\s+(?-i:[A-Z])", {"by"}, set()),
        (r"(©|\(c\) \d{4}|\bcopyright\b)", set(), {"©", "(c) ", "copyright"}),
        (r"provisions of .{0,3}fair use", set(), {"provisions of "}),
        (r"^(https?://|www\.)\S+$|\.(mp4|mov)$", {"http://", "https://", "www."}, {".mp4", ".mov"}),
    ],
)
def test_literals_are_read_off_the_pattern(pattern: str, prefixes: set[str], needs: set[str]) -> None:
    assert corpus._literals(re.compile(pattern, re.IGNORECASE)) == (prefixes, needs)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"^[^\w]+$", None),
        (r"(a|\d)", None),
        (r"^\w+|foo", None),  # one branch without a literal: the rule is searched directly
        (r"(a|\d)x", (set(), {"x"})),
        (r"(?m)^foo|bar\d", (set(), {"foo", "bar"})),  # with MULTILINE, ^ is not the start of the text
        (r"\Afoo", ({"foo"}, set())),
    ],
)
def test_patterns_without_required_literals_are_searched_directly(
        pattern: str, literals: tuple[set[str], set[str]] | None) -> None:
    assert corpus._literals(re.compile(pattern, re.IGNORECASE)) == literals


def test_without_the_regex_parser_every_rule_is_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_parser(name: str) -> object:
        raise ImportError(name)

    texts = RULE_TEXTS + seed_lines()
    expected = [rule_by_rule(text) for text in texts]
    caches = [corpus._literals, corpus._build_screen, corpus._pattern_screen, corpus._rule_screens]
    monkeypatch.setattr(corpus.importlib, "import_module", no_parser)
    for cached in caches:
        cached.cache_clear()
    try:
        assert all(corpus._literals(rule.pattern) is None for rule in boilerplate_rules())
        assert all(corpus._pattern_screen(rule.pattern) is None for rule in boilerplate_rules())
        assert [boilerplate_reason(text) for text in texts] == expected
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()


def test_trie_pattern_finds_exactly_the_strings() -> None:
    strings = {"ab", "abc", "b-d", "x.y", "©", "(c) "}
    pattern = re.compile(corpus._trie_pattern(strings))
    for text in ["xxabx", "a b", "b-d", "bxd", "x.y", "xzy", "©", "(c) 2020", "(c)", ""]:
        assert (pattern.search(text) is not None) == any(s in text for s in strings), text


def test_region_start_screen_admits_every_start() -> None:
    (region,) = corpus.boilerplate_regions()
    starts = ["take our poll - story continues below", "Take Our Poll", "STORY CONTINUES BELOW",
              "Thi\u017f \u017ftory continues below", "ta\u212ae our poll now"]
    texts = [*starts, *seed_lines()]
    screen = corpus._pattern_screen(region.start)
    assert screen is not None
    assert sum(1 for text in texts if region.start.search(text)) >= 4
    for text in texts:
        if region.start.search(text):
            assert not corpus._screenable(text) or screen.admits(text, text.lower()), text


@pytest.mark.parametrize("string", ["paypal", "copyright", "(c) ", "ko-fi", "sole responsibility of the author", "©"])
def test_required_strings_are_cut_to_a_part_they_contain(string: str) -> None:
    part = corpus._rare_part(string)
    assert part in string
    assert len(part) >= min(len(string), 5)


def test_accented_literals_screen_a_multilingual_rule() -> None:
    """Month names with accents ("février", "märz") are literals, so a short paragraph without one is ruled out."""
    pattern = re.compile(r"^\d{1,2}\.? (de )?(février|märz|août|décembre)( de)? \d{4}$", re.IGNORECASE)
    literals = corpus._literals(pattern)
    assert literals is not None
    months = ("février", "märz", "août", "décembre")
    assert literals[1] and all(any(month in literal for month in months) for literal in literals[1]), literals
    screen = corpus._pattern_screen(pattern)
    assert screen is not None
    assert not screen.admits("Two men were held.", "two men were held.")
    for text in ["12 février 2024", "3. MÄRZ 2021", "1 DÉCEMBRE 2020", "15 de Août de 2019"]:
        assert pattern.search(text) and screen.admits(text, text.lower()), text


@pytest.mark.parametrize(("pattern", "text"), [
    ("σοφία", "ςοφία"),  # IGNORECASE equates σ with final ς, which str.lower() keeps apart
    ("µg per", "μg per"),  # the micro sign and Greek mu
    ("straße", "STRASSE"),
])
def test_letters_ignorecase_equates_with_a_third_are_no_literal(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    screen = corpus._pattern_screen(compiled)
    if compiled.search(text):
        assert screen is None or screen.admits(text, text.lower())


def test_accented_datelines_get_the_rules_verdict() -> None:
    texts = ["Paris, 12 février 2024", "Berlin, 3. MÄRZ 2021", "LE 1er DÉCEMBRE 2020", "Lisboa, 15 de agosto de 2019",
             "Die Preise stiegen im März 2021 um drei Prozent.", "Genève, le 4 août 2018, à midi"]
    assert any(rule_by_rule(text) for text in texts)
    for text in texts:
        for variant in variants(text):
            assert boilerplate_reason(variant) == rule_by_rule(variant), variant
