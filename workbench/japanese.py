"""Japanese news, sentence by sentence: quotations in 「」 closed by と and a reporting verb
(「…」と述べた), sources named by によると, disclosures (方針を明らかにした), hearsay (…という).

Japanese writes no spaces, so the word-by-word rules of :mod:`workbench.suggest` cannot read it;
these rules read the few fixed patterns Japanese news uses for attribution. The cue strings are
data (data/cues/japanese.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.yamlio import loads

_ASIDE = re.compile(r"（[^）]*）|\([^)]*\)")
_QUOTE = re.compile(r"「[^「」]*」|『[^『』]*』")
_QUOTATION_MIN_CHARS = 5  # 「閉鎖」 is a term the author marks; 「夜も眠れない」 is words someone said


@dataclass(frozen=True)
class Reading:
    """What a Japanese sentence is: a label, its speaker and quote type (quotations), device (framing), why."""

    label: str
    speaker: str = ""
    quote_type: str = ""
    device: str = ""
    reason: str = ""


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    data = loads((Path(__file__).parent / "data" / "cues" / "japanese.yaml").read_text("utf-8"))
    return {key: tuple(sorted(values, key=len, reverse=True)) for key, values in data.items()}


class JapaneseReader:
    """Reads one article's sentences in order, remembering the last organisation and speaker (同社, という)."""

    def __init__(self) -> None:
        self.last_organisation = ""
        self.last_speaker = ""

    def source(self, subject: str) -> str:
        """The speaker a subject names: 同社の村瀬隆之社長 -> 村瀬隆之; 鹿野地区に住む女性（78） -> unnamed."""
        cues = _cues()
        subject = _ASIDE.sub("", subject).strip("、， ")
        subject = subject.rsplit("、", 1)[-1].rsplit("の", 1)[-1].strip()
        for ending in ("する", "した", "いる"):  # 路線バスを運行する高瀬交通: a clause describes the name
            subject = subject.rsplit(ending, 1)[-1]
        if not subject or subject.startswith(cues["unnamed_prefixes"]) or subject in cues["unnamed"]:
            return "unnamed"
        if subject in cues["same_organisation"]:
            return self.last_organisation or "unnamed"
        for title in cues["titles"]:
            if subject.endswith(title) and len(subject) > len(title) + 1:
                return subject[: -len(title)]
        if any(subject.endswith(u) for u in cues["unnamed"]):
            return "unnamed"
        self.last_organisation = subject  # 高瀬交通, a source: what a later 同社 means
        return subject

    def read(self, sentence: str) -> Reading:
        cues = _cues()
        plain = _QUOTE.sub("「」", sentence)  # cue words inside a quotation are the speaker's, not cues
        subject = plain.split("は", 1)[0] if "は" in plain[:40] else ""
        for marker in cues["according"]:
            at = plain.find(marker)
            if 0 < at <= 30:
                speaker = self.source(plain[:at])
                self.last_speaker = speaker
                return Reading("quote", speaker, "indirect", reason=f"quotation (reported speech): “{marker}” names "
                               f"{speaker}")
        quoted = [m for m in _QUOTE.finditer(sentence) if len(m.group()) - 2 >= _QUOTATION_MIN_CHARS]
        for match in quoted:
            after = sentence[match.end():]
            if after.startswith("と") and any(v in after[1:14] for v in cues["quote_verbs"]):  # と不安を口にした
                speaker = self.source(subject) if subject else (self.last_speaker or "unnamed")
                self.last_speaker = speaker
                rest = after.split("、", 1)
                mixed = len(rest) > 1 and len(rest[1].strip("。")) > 6
                return Reading("quote", speaker, "mixed" if mixed else "direct",
                               reason=f"quotation (in quotation marks): 「」 and と, said by {speaker}")
        body = plain.rstrip("。．.！!？? ")
        if body.endswith(cues["unnamed_reports"]):
            return Reading("quote", "unnamed", "indirect", reason="quotation (reported speech): voices, no one named")
        if body.endswith(cues["hearsay"]):
            speaker = self.last_speaker or "unnamed"
            return Reading("quote", speaker, "indirect", reason=f"quotation (reported speech): hearsay, {speaker}'s")
        if subject and body.endswith(cues["disclosures"]):
            speaker = self.source(subject)
            self.last_speaker = speaker
            return Reading("quote", speaker, "indirect", reason=f"quotation (reported speech): {speaker} disclosed it")
        if plain.rstrip().endswith(("か。", "か？", "のか。")):
            return Reading("framing", device="rhetorical frame",
                           reason="editorial framing: rhetorical frame (a question)")
        hit = next((w for w in cues["speculation"] if w in plain), None)
        if hit:
            return Reading("framing", device="speculation", reason=f"editorial framing: speculation (“{hit}”)")
        return Reading("fact", reason="")
