"""Pure claim edits: each operation, and the no-overlap invariant under random sequences."""

from __future__ import annotations

import pytest
from helpers import REPO_ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench import edits
from workbench.edits import EditRefused, check_invariants
from workbench.model import Claim, Suggestion, frozen_attributes
from workbench.scheme import Scheme, load_scheme
from workbench.segment import WordIndex, sentence_spans

TEXT = "The council met on Monday. It approved the budget. “We are pleased,” said the mayor."
NOW = "2024-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def scheme() -> Scheme:
    return load_scheme(REPO_ROOT / "labels.yaml")


def candidates(text: str = TEXT) -> tuple[Claim, ...]:
    return tuple(Claim(s, e) for s, e in sentence_spans(text))


def spans(claims: tuple[Claim, ...], text: str = TEXT) -> list[str]:
    return [c.text_in(text) for c in claims]


def test_candidates_are_sentences() -> None:
    assert spans(candidates()) == ["The council met on Monday.", "It approved the budget.",
                                   "“We are pleased,” said the mayor."]


def test_label_keeps_only_the_labels_attributes(scheme: Scheme) -> None:
    fact, quote = scheme.get("fact"), scheme.get("quote")
    assert fact is not None and quote is not None
    claims = edits.set_label(candidates(), 2, quote, NOW, {"speaker": "the mayor", "device": "x"})
    assert claims[2].label == "quote" and claims[2].labelled_at == NOW
    assert dict(claims[2].attributes) == {"speaker": "the mayor"}
    relabelled = edits.set_label(claims, 2, fact, NOW)
    assert dict(relabelled[2].attributes) == {}
    back = edits.set_label(claims, 2, quote, NOW, {"quote_type": "direct"})
    assert dict(back[2].attributes) == {"quote_type": "direct", "speaker": "the mayor"}


def test_label_takes_the_suggestions_attributes(scheme: Scheme) -> None:
    quote = scheme.get("quote")
    assert quote is not None
    suggested = Claim(0, 26, suggestion=Suggestion("quote", frozen_attributes({"speaker": "council"}), "said"))
    (labelled,) = edits.set_label((suggested,), 0, quote, NOW)
    assert dict(labelled.attributes) == {"speaker": "council"}
    (given_wins,) = edits.set_label((suggested,), 0, quote, NOW, {"speaker": "mayor"})
    assert dict(given_wins.attributes) == {"speaker": "mayor"}


def test_clear(scheme: Scheme) -> None:
    fact = scheme.get("fact")
    assert fact is not None
    claims = edits.set_label(candidates(), 0, fact, NOW)
    cleared = edits.clear_label(claims, 0)
    assert cleared == candidates()
    with pytest.raises(EditRefused, match="no label"):
        edits.clear_label(cleared, 0)
    with pytest.raises(EditRefused, match="no claim"):
        edits.clear_label(cleared, 9)


def test_set_attribute_and_note() -> None:
    claims = edits.set_attribute(candidates(), 1, "speaker", "  mayor ")
    assert dict(claims[1].attributes) == {"speaker": "mayor"}
    assert dict(edits.set_attribute(claims, 1, "speaker", "")[1].attributes) == {}
    noted = edits.set_note(claims, 1, "  check this  ")
    assert noted[1].note == "check this"


def test_grow_and_shrink_the_end() -> None:
    claims = candidates()
    grown = edits.move_end(TEXT, claims, 0, forward=True)
    assert spans(grown) == [
        "The council met on Monday. It", "approved the budget.", "“We are pleased,” said the mayor.",
    ]
    shrunk = edits.move_end(TEXT, claims, 0, forward=False)
    assert spans(shrunk)[0] == "The council met on"
    with pytest.raises(EditRefused, match="end of the paragraph"):
        edits.move_end(TEXT, claims, 2, forward=True)
    one_word = (Claim(0, 3),)
    with pytest.raises(EditRefused, match="at least one word"):
        edits.move_end(TEXT, one_word, 0, forward=False)


def test_growing_swallows_an_unlabelled_one_word_neighbour_but_never_a_labelled_one(scheme: Scheme) -> None:
    text = "One two three four"
    claims = (Claim(0, 7), Claim(8, 13), Claim(14, 18))
    swallowed = edits.move_end(text, claims, 0, forward=True)
    assert spans(swallowed, text) == ["One two three", "four"]
    fact = scheme.get("fact")
    assert fact is not None
    labelled = edits.set_label(claims, 1, fact, NOW)
    with pytest.raises(EditRefused, match="labelled claim"):
        edits.move_end(text, labelled, 0, forward=True)


def test_move_the_start() -> None:
    claims = candidates()
    left = edits.move_start(TEXT, claims, 1, forward=False)
    assert spans(left) == ["The council met on", "Monday. It approved the budget.", "“We are pleased,” said the mayor."]
    right = edits.move_start(TEXT, claims, 1, forward=True)
    assert spans(right)[1] == "approved the budget."
    with pytest.raises(EditRefused, match="start of the paragraph"):
        edits.move_start(TEXT, claims, 0, forward=False)


def test_split_and_merge(scheme: Scheme) -> None:
    quote = scheme.get("quote")
    assert quote is not None
    claims = edits.set_label(candidates(), 0, quote, NOW, {"speaker": "x"})
    claims = edits.set_note(claims, 0, "a note")
    split = edits.split(TEXT, claims, 0, TEXT.index("met"))
    assert spans(split)[:2] == ["The council", "met on Monday."]
    assert split[0].label == split[1].label == "quote"
    assert split[0].note == "a note" and split[1].note == ""
    merged = edits.merge_next(split, 0)
    assert merged == claims
    assert edits.split(TEXT, claims, 0, 0) == edits.split(TEXT, claims, 0, TEXT.index("council"))
    with pytest.raises(EditRefused, match="first word"):
        edits.split(TEXT, (Claim(0, 3),), 0, 0)
    with pytest.raises(EditRefused, match="no next claim"):
        edits.merge_next(claims, 2)


def test_merge_keeps_the_first_label_else_the_second(scheme: Scheme) -> None:
    fact, quote = scheme.get("fact"), scheme.get("quote")
    assert fact is not None and quote is not None
    claims = edits.set_label(candidates(), 1, quote, NOW, {"speaker": "s"})
    merged = edits.merge_next(claims, 0)
    assert merged[0].label == "quote" and dict(merged[0].attributes) == {"speaker": "s"}
    both = edits.set_label(claims, 0, fact, NOW)
    assert edits.merge_next(both, 0)[0].label == "fact"
    assert dict(edits.merge_next(both, 0)[0].attributes) == {}


def test_create_from_a_selection_trims_what_it_cuts(scheme: Scheme) -> None:
    fact = scheme.get("fact")
    assert fact is not None
    claims = edits.set_label(candidates(), 0, fact, NOW)
    start, end = TEXT.index("Monday"), TEXT.index("budget") + 3
    new, focus = edits.create(TEXT, claims, start, end)
    assert spans(new) == ["The council met on", "Monday. It approved the budget.", "“We are pleased,” said the mayor."]
    assert focus == 1 and new[1].label is None and new[0].label == "fact"
    reversed_selection, _ = edits.create(TEXT, claims, end, start)
    assert reversed_selection == new
    with pytest.raises(EditRefused, match="holds no word"):
        edits.create(TEXT, claims, 26, 27)


def test_create_inside_one_claim_keeps_both_outer_parts() -> None:
    new, focus = edits.create(TEXT, candidates(), TEXT.index("met"), TEXT.index("on") + 2)
    assert spans(new)[:3] == ["The council", "met on", "Monday."]
    assert focus == 1


# ---------------------------------------------------------------- random sequences


PARAGRAPHS = [
    TEXT,
    "Officials said the plan would take a year. Nobody believes that. “It is a disgrace,” one critic said.",
    "One.",
    "Kosovo’s police said they had come under fire; officers returned fire in self-defense.",
    "中文 段落 这是 测试 😀 emoji « guillemets » and   extra   spaces",
    # Sentence candidates inside whitespace-delimited words ("rose.Then", unspaced CJK).
    "Prices rose.Then they fell.Nobody knew why. 中文段落。这是一个测试。 End",
]

OPERATIONS = st.sampled_from(
    ["label", "clear", "grow", "shrink", "left", "right", "split", "merge", "create", "attribute", "note"]
)


@settings(max_examples=150)
@given(
    text=st.sampled_from(PARAGRAPHS),
    steps=st.lists(st.tuples(OPERATIONS, st.integers(0, 10), st.integers(0, 120), st.integers(0, 120)), max_size=40),
)
def test_random_edits_keep_claims_sorted_inside_the_text_and_disjoint(
    text: str, steps: list[tuple[str, int, int, int]]
) -> None:
    scheme = load_scheme(REPO_ROOT / "labels.yaml")
    labels = scheme.labels
    words = WordIndex(text)
    claims = candidates(text)
    check_invariants(text, claims)
    for operation, index, a, b in steps:
        before = claims
        index = index % max(1, len(claims))
        try:
            if operation == "label":
                claims = edits.set_label(claims, index, labels[a % len(labels)], NOW)
            elif operation == "clear":
                claims = edits.clear_label(claims, index)
            elif operation in ("grow", "shrink"):
                claims = edits.move_end(text, claims, index, operation == "grow", words)
            elif operation in ("left", "right"):
                claims = edits.move_start(text, claims, index, operation == "right", words)
            elif operation == "split":
                claims = edits.split(text, claims, index, a % (len(text) + 1), words)
            elif operation == "merge":
                claims = edits.merge_next(claims, index)
            elif operation == "create":
                claims, focus = edits.create(text, claims, a % (len(text) + 1), b % (len(text) + 1), words)
                assert claims[focus].label is None
            elif operation == "attribute":
                claims = edits.set_attribute(claims, index, "speaker", f"s{a}")
            else:
                claims = edits.set_note(claims, index, f"note {a}")
        except EditRefused:
            assert claims is before
            continue
        check_invariants(text, claims)
        for claim in claims:
            if "rose.Then" in text:
                continue  # its candidates start and end inside words
            # Boundaries stay on word edges.
            assert claim.start in words.starts, (operation, claim)
            assert claim.end in words.ends, (operation, claim)
        labelled_before = sum(c.label is not None for c in before)
        labelled_after = sum(c.label is not None for c in claims)
        if operation in ("grow", "shrink", "left", "right", "create"):
            # Boundary edits may cut a labelled claim in two, never make one disappear.
            assert labelled_after >= labelled_before - (0 if operation != "create" else labelled_before)


def test_check_invariants_catches_overlap_and_overflow() -> None:
    with pytest.raises(AssertionError):
        check_invariants("abc def", (Claim(0, 5), Claim(4, 7)))
    with pytest.raises(AssertionError):
        check_invariants("abc", (Claim(0, 9),))
    with pytest.raises(AssertionError):
        check_invariants("abc def", (Claim(4, 7), Claim(0, 3)))


# Sentence candidates can start or end inside a whitespace-delimited word: scraped text
# often lacks the space after a full stop ("rose.Then"), and syntok still splits there.
MID_WORD = "Prices rose.Then they fell.Nobody knew why."


def test_growing_the_end_over_mid_word_boundaries_keeps_claims_disjoint() -> None:
    claims = candidates(MID_WORD)
    assert spans(claims, MID_WORD) == ["Prices rose.", "Then they fell.", "Nobody knew why."]
    for _ in range(3):
        claims = edits.move_end(MID_WORD, claims, 0, forward=True)
        check_invariants(MID_WORD, claims)




def test_growing_the_start_over_mid_word_boundaries_keeps_claims_disjoint() -> None:
    claims = candidates(MID_WORD)
    for _ in range(3):
        claims = edits.move_start(MID_WORD, claims, len(claims) - 1, forward=False)
        check_invariants(MID_WORD, claims)
    assert spans(claims, MID_WORD) == ["Prices", "rose.Then they fell.Nobody knew why."]
