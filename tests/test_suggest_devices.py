"""The framing device chosen when a sentence has cues of several."""

from __future__ import annotations

from workbench.suggest import _framing_label


def test_a_loaded_word_outweighs_a_weak_cue_of_another_device() -> None:
    found = _framing_label({"loaded language": 0.4, "doubt": 0.8}, [("loaded language", "thugs"),
                                                                      ("doubt", "so-called")], 1.0)
    assert found is not None and found[0] == "loaded language"
    assert found[1].startswith("editorial framing: loaded language")


def test_more_cues_of_another_device_still_win_over_one_weak_loaded_word() -> None:
    found = _framing_label({"loaded language": 0.4, "hedging": 1.4}, [("loaded language", "thugs"),
                                                                       ("hedging", "allegedly")], 1.0)
    assert found is not None and found[0] == "hedging"
