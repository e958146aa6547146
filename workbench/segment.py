"""Claim candidates: sentences, kept whole where one quotation runs over several.

syntok was chosen over pysbd on evidence: on the seed articles and the 371 PTC
articles it keeps closing quotation marks with their sentence (pysbd leaves a
lone ``”`` as a "sentence" in ~5% of multi-sentence paragraphs), splits after
abbreviations such as "D.C." correctly, and runs about 5x faster (1.5 s against
7.5 s for 2 MB of text).

Its tokenizer and sentence state machine run here as copies of its own steps
over plain lists (_tokens, _Segmenter), about three times as fast: segmentation
was a fifth of `workbench suggest`. The copies are checked against the installed
syntok on first use; if it disagrees, syntok itself is used.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from syntok import segmenter
from syntok.tokenizer import Tokenizer

_WORD = re.compile(r"\S+")

# Opening mark -> the closing marks that end it.
_PAIRS: dict[str, str] = {
    "“": "”",
    "«": "»",
    "„": "“”",
    "「": "」",
    "『": "』",
    "‹": "›",
    "《": "》",
}
_CLOSERS = {c for closers in _PAIRS.values() for c in closers}
_QUOTE_CHARS = set(_PAIRS) | _CLOSERS | {'"'}
_CLOSING_MARKS = _CLOSERS | {'"'}
# German, Austrian and Danish text reverses the guillemets: »Zitat« and ›Zitat‹ (see german_guillemets).
_PAIRS_GERMAN: dict[str, str] = {
    **{opener: closers for opener, closers in _PAIRS.items() if opener not in "«‹"},
    "»": "«",
    "›": "‹",
}
_QUOTE_MARK = re.compile("[" + "".join(sorted(_QUOTE_CHARS)) + "]")
_GUILLEMET = re.compile("[«»]")


def words(text: str) -> list[tuple[int, int]]:
    """Whitespace-delimited words as (start, end); claim boundaries snap to these."""
    return [m.span() for m in _WORD.finditer(text)]


class WordIndex:
    """Word boundaries of one text with O(log n) look-ups, for boundary edits."""

    def __init__(self, text: str) -> None:
        spans = words(text)
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __len__(self) -> int:
        return len(self.starts)

    def word_at_or_after(self, offset: int) -> int | None:
        """Index of the first word ending after ``offset``."""
        i = bisect.bisect_right(self.ends, offset)
        return i if i < len(self.starts) else None

    def word_before(self, offset: int) -> int | None:
        """Index of the last word starting before ``offset``."""
        i = bisect.bisect_left(self.starts, offset) - 1
        return i if i >= 0 else None

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Widen ``[start, end)`` to whole words; None when it holds no word."""
        first = self.word_at_or_after(start)
        last = self.word_before(end)
        if first is None or last is None or last < first:
            return None
        return self.starts[first], self.ends[last]

    def words_in(self, start: int, end: int) -> range:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.ends, end)
        return range(lo, hi)


# Titles syntok takes for a sentence end ("Democratic Illinois Rep. | Danny Davis").
_TITLE_END = re.compile(
    r"(?:^|\s)(?:Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Capt|Cmdr|Adm|Sgt|Maj|Brig|Rev|Hon|Pres|Sec|Atty|Supt|Insp|"
    r"Amb|Prof|Dr|Mr|Mrs|Ms|Mme|St|No|Nos|Vol|Fig|Art|approx|vs)\.$"
)

# A US dateline ends in a state's abbreviation ("SALEM, Mass. (AP) — …", "PORTLAND, Ore. — …"),
# whose full stop syntok takes for the end of a sentence.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]*, (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|"
    r"D\.C)\.\Z"
)
# A dateline with its agency or its area in brackets, before a dash ("Hamburg (dpa) – …", "BOSTON
# (Reuters) - …", "Vaucourt-sur-Ardre (Marne) – …"), which syntok cuts after the bracket.
_BRACKET_DATELINE = re.compile(r"\w[\w .'’/-]{0,40} \([^()\s][^()]{0,23}\)\Z")
_DASHES = "-–—"

# German (and Scandinavian) ordinals are a number and a full stop: "am 12. März", "die 3. Große
# Strafkammer", "im 19. Jahrhundert". syntok ends a sentence there unless an abbreviated month
# follows. A day (1-31) before a month name never ends one; names English shares (April, August,
# September, November, and "Jan" without its dot) count only before a year ("Chapter 11. November
# came"). Any other capitalised word continues the sentence only after an article or preposition
# that takes an ordinal, and only when it is not a word that opens sentences ("Er kam am 5. Er ging").
_GERMAN_MONTHS = frozenset({
    "Januar", "Jänner", "Februar", "Feber", "März", "Mai", "Juni", "Juli", "Oktober", "Dezember",
    "Jän", "Febr", "Mär", "Mrz", "Okt", "Dez",
})
_SHARED_MONTHS = frozenset({"April", "August", "September", "November"})
_MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Nov"})
_ORDINAL_CONTEXT = frozenset({
    "der", "die", "das", "dem", "den", "des", "am", "im", "zum", "zur", "vom", "beim", "ab", "bis", "seit",
    "vor", "nach",
})
_SENTENCE_OPENERS = frozenset({
    # German pronouns, articles, conjunctions, adverbs and prepositions that open sentences
    "Er", "Sie", "Es", "Ich", "Du", "Wir", "Ihr", "Man", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein",
    "Eine", "Einer", "Eines", "Dies", "Diese", "Dieser", "Dieses", "Dann", "Danach", "Davor", "Dabei", "Daher",
    "Damit", "Darauf", "Darum", "Deshalb", "Deswegen", "Dort", "Doch", "Aber", "Und", "Oder", "Auch", "Da",
    "Hier", "So", "Nun", "Jetzt", "Heute", "Gestern", "Morgen", "Später", "Zuvor", "Seitdem", "Inzwischen",
    "Allerdings", "Jedoch", "Zwar", "Zudem", "Außerdem", "Trotzdem", "Somit", "Sonst", "Also", "Denn", "Als",
    "Wenn", "Weil", "Ob", "Dass", "Was", "Wer", "Wie", "Wo", "Warum", "Nicht", "Nur", "Noch", "Schon", "Sein",
    "Seine", "Ihre", "Unser", "Mein", "Kein", "Keine", "Am", "Im", "In", "Mit", "Nach", "Bei", "Bis", "Seit",
    "Vor", "Von", "Zu", "Zum", "Zur", "Für", "Auf", "An", "Aus", "Um", "Über", "Unter",
    # and English ones
    "The", "A", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her",
    "Its", "Their", "My", "Our", "But", "And", "Then", "There", "Yet",
})
_ORDINAL_NEXT = re.compile(r"([^\W\d_]+)(\.?)(\s+\d{4}\b)?")


def _is_ordinal(text: str, before_start: int, before_end: int, start: int) -> bool:
    """Whether the break between a sentence ending in "12." and the one at ``start`` cuts an ordinal."""
    if text[before_end - 1] != "." or not text[before_end - 2].isdigit():
        return False
    cut = max(before_start, before_end - 60)
    head = text[cut : before_end - 1].split()
    if cut > before_start and not text[cut - 1].isspace():
        head = head[1:]  # a word cut in two
    number = head[-1] if head else ""
    following = _ORDINAL_NEXT.match(text, start)
    if not (number.isascii() and number.isdigit() and len(number) <= 3 and following):
        return False
    word, dot, year = following.groups()
    if not word[0].isupper():
        return False
    month = (word in _GERMAN_MONTHS or (word in _MONTH_ABBREVIATIONS and dot)
             or (word in _SHARED_MONTHS | _MONTH_ABBREVIATIONS and year))
    if month and len(number) <= 2 and 1 <= int(number) <= 31:
        return True
    context = head[-2].lstrip("([„“\"»«‚'").lower() if len(head) >= 2 else ""
    if context not in _ORDINAL_CONTEXT or word in _SENTENCE_OPENERS:
        return False
    return not (context == "am" and len(head) >= 3 and head[-3].lstrip("([„“\"»«‚'") == "I")  # "I am 12."


_Token = tuple[str, str, int]  # spacing before it, value, offset

# syntok's sets and patterns, shared so that the copy below reads exactly what syntok
# reads. They are private to syntok: if a version moves them, syntok is used as it is.
try:
    from syntok._segmentation_states import State

    _TERMINALS = State.terminals
    _OPENING = State.opening_brackets
    _CLOSING = State.closing_brackets
    _AFTER_TERMINAL = State.terminals | State.closing_brackets
    _CLOSING_QUOTES = State.closing_quotes
    _INNER_PUNCTUATION = State.inner_sentence_punctuation
    _ROMAN_NUMERALS = State.roman_numerals
    _MONTHS = State.months
    _ABBREVIATIONS = State.abbreviations
    _STARTERS = State.starters
    _VOWELS = State.vowels
    _SEPARATION = Tokenizer._separation
    _APOSTROPHE_T = Tokenizer._apostrophe_t
    _HYPHENS_AND_UNDERSCORE = Tokenizer._hyphens_and_underscore
    _COPY_AVAILABLE = True
except (ImportError, AttributeError):
    _COPY_AVAILABLE = False
_FIRST, _INNER, _TERMINAL, _END = range(4)


class _Segmenter:
    """syntok 1.4.4's sentence segmenter (``segmenter.segment``) over a list of tokens.

    The same states and decisions as syntok/_segmentation_states.py, method for
    method, with the token stream as a list and an index: syntok's queue is
    ``values[pos:]`` and its history (the sentence so far) ``values[start:pos]``,
    since every token leaves the queue for the history in order. Three times as
    fast as syntok's objects and properties; _fast_segmentation checks it
    against syntok before it is used, tests/test_segment.py on many texts.
    """

    __slots__ = ("n", "offsets", "pos", "spacings", "start", "values")
    spacings: tuple[str, ...]
    values: tuple[str, ...]
    offsets: tuple[int, ...]

    def __init__(self, tokens: list[_Token]) -> None:
        columns: list[tuple[Any, ...]] = list(zip(*tokens, strict=True)) or [(), (), ()]
        self.spacings, self.values, self.offsets = columns
        self.n = len(tokens)
        self.pos = 0  # the next token (syntok's queue[0]); pos == n: the queue is empty
        self.start = 0  # the sentence so far is start..pos-1

    def sentences(self) -> list[tuple[int, int]]:
        """(first, last) token of each sentence, as syntok's segment() yields them."""
        found: list[tuple[int, int]] = []
        values, n = self.values, self.n
        state = _FIRST if n else _END
        while True:
            if state in (_TERMINAL, _END) and self.pos > self.start:
                if self.pos - self.start > 1 or values[self.start]:
                    found.append((self.start, self.pos - 1))
                self.start = self.pos
            if state == _FIRST:
                if (self.pos < n and values[self.pos] in _OPENING and self.skip_bracketed_text()
                        and self.pos - self.start > 3 and not self.next_is_lowercase()):
                    state = _TERMINAL  # a sentence opened by a bracket is its own sentence
                elif self.pos < n:
                    self.move()
                    if self.pos < n and (values[self.pos] in _TERMINALS or values[self.pos] == "("):
                        state = _TERMINAL if self.ends_at_terminal(first=True) else _FIRST
                    else:
                        state = _INNER
                else:
                    state = _END
            elif state == _INNER:
                if self.pos < n:
                    if self.move() and values[self.pos] in _OPENING:
                        self.skip_bracketed_text()
                    if self.pos < n and (values[self.pos] in _TERMINALS or values[self.pos] in _OPENING):
                        state = _TERMINAL if self.ends_at_terminal(first=False) else _INNER
                else:
                    state = _END
            elif state == _TERMINAL:
                state = _FIRST if self.pos < n else _END
            else:
                return found

    def move(self) -> bool:
        self.pos += 1
        return self.pos < self.n

    def last(self) -> str:
        return self.values[self.pos - 1] if self.pos > self.start else ""

    def next_is_lowercase(self) -> bool:
        return self.pos < self.n and self.values[self.pos][:1].islower()

    def find_end_of_bracketed_text(self) -> tuple[int, bool]:
        """Index (from pos) of the bracket closing the one at pos, or 0; and whether it holds a sentence."""
        values, pos, n = self.values, self.pos, self.n
        depth = 1
        i = 1
        first_is_title: bool | None = None
        last_is_terminal = False
        while pos + i < n and i < 50:
            value = values[pos + i]
            if first_is_title is None and value.isalnum():
                first_is_title = value.istitle()
            elif first_is_title and value.isalnum():
                last_is_terminal = pos + i + 1 < n and values[pos + i + 1] in _TERMINALS
            if value in _OPENING:
                depth += 1
            elif value in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            i += 1
        return (i if depth == 0 else 0), bool(first_is_title and last_is_terminal)

    def skip_bracketed_text(self) -> bool:
        """Move over short bracketed text (or text that is not a sentence) after pos."""
        if not (self.pos < self.n and self.values[self.pos] in _OPENING):
            raise AssertionError  # syntok asserts this
        closing, inner_sentence = self.find_end_of_bracketed_text()
        if closing > 0:
            last = self.pos + closing
            length = self.offsets[last] + len(self.values[last]) - self.offsets[self.pos]
            if length < State.max_bracket_skipping_length or not inner_sentence:
                self.pos = last + 1
                return True
        return False

    def token_after_terminal(self) -> str:
        """Move past what still belongs to the sentence after a terminal; the token that decides."""
        values, spacings, n = self.values, self.spacings, self.n
        opening = self.pos < n and values[self.pos] in _OPENING
        if not (self.last() in _TERMINALS or opening):
            raise AssertionError  # syntok asserts this
        token: str | None = None
        if opening and self.last() not in _TERMINALS:
            self.skip_bracketed_text()
        else:
            while self.pos < n and values[self.pos] in _AFTER_TERMINAL:
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            if (self.pos < n and values[self.pos] in _CLOSING_QUOTES and not spacings[self.pos]
                    and self.move() and token is None):
                token = self.last()
            while self.pos < n and values[self.pos] in _AFTER_TERMINAL:
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            if self.pos < n and values[self.pos] in _OPENING:
                token = values[self.pos]
        if token is None and self.pos < n:
            token = values[self.pos]
        return "" if token is None else token

    def ends_at_terminal(self, first: bool) -> bool:
        """syntok's _move_and_maybe_extract_terminal: whether the sentence ends here."""
        values = self.values
        before = self.last()
        if not (self.pos < self.n and values[self.pos] in _OPENING):
            self.move()
        after = self.token_after_terminal()
        following = values[self.pos] if self.pos < self.n else None
        if following is None:
            numeric = no_spacing = False
        else:
            if following[:1].islower() or following in _INNER_PUNCTUATION:
                return False
            numeric = following.isnumeric()
            no_spacing = not self.spacings[self.pos]
        single = len(before) == 1 or before in _ROMAN_NUMERALS
        if not (first and single) and following is not None and following in _STARTERS:
            return True
        if before in _ABBREVIATIONS and after not in _CLOSING:
            return False
        if (before in ("no", "No", "NO") and following is not None
                and any(c.isnumeric() for c in following) and following.isalnum()):
            return False
        if numeric and no_spacing:
            return False
        if no_spacing and (not after.istitle() or not after.isalpha() or len(after) == 1):
            return False
        if numeric and following is not None and len(following) > 2:
            return False
        if before.isnumeric() and following is not None and following in _MONTHS:
            return False
        if before in _MONTHS and numeric:
            return False
        if "." in before and after != ".":
            return False
        if (first or before.isupper()) and single:
            return False
        if len(before) == 1 and before.isalpha() and before not in _VOWELS:
            return False
        if after in _OPENING:
            values, pos, n = self.values, self.pos, self.n
            closing, inner_sentence = self.find_end_of_bracketed_text()
            has_after = closing > 0 and not inner_sentence and pos + closing + 1 < n
            after_brackets = values[pos + closing + 1] if has_after else ""
            after_opening = values[pos + 1] if pos + 1 < n else ""
            if after_brackets in _INNER_PUNCTUATION:
                return False
            if after_opening.istitle():
                return True
            return not after_brackets[:1].islower()
        return True


def _tokens(text: str, base: int) -> list[_Token]:
    """syntok's ``Tokenizer(replace_not_contraction=False).tokenize(text, base)`` as (spacing, value, offset).

    The same steps and patterns without its layers of generators and Token
    objects, which made tokenizing two thirds of syntok's time: about 3x faster.
    """
    tokens: list[_Token] = []
    append = tokens.append
    offset = 0  # end of the previous chunk: what lies between is the next token's spacing
    for chunk in _SPACES.finditer(text):
        word = chunk.group()
        chunk_start = chunk.start()
        # Most chunks are one plain word (see _plain_word, inlined here as the hot path).
        if word.isascii() and word.isalnum() and (word.islower() or word.istitle() or word.isupper() or word.isdigit()):
            append((text[offset:chunk_start], word, chunk_start + base))
            offset = chunk_start + len(word)
            continue
        chunk_end = chunk.end()
        if word.isalnum():
            start, end = chunk_start, chunk_end
        else:
            start = chunk_start
            while start < chunk_end and not text[start].isalnum():
                start += 1
            if start == chunk_end:  # no letter or digit: one token
                append((text[offset:chunk_start], word, chunk_start + base))
                offset = chunk_end
                continue
            end = chunk_end
            while not text[end - 1].isalnum():
                end -= 1
        prefix = text[offset:chunk_start]
        if start > chunk_start:  # each leading symbol is a token
            append((prefix, text[chunk_start], chunk_start + base))
            for i in range(chunk_start + 1, start):
                append(("", text[i], i + base))
            prefix = ""
        word = text[start:end]
        if _plain_word(word):
            append((prefix, word, start + base))
            word = ""
        remainder = 0
        for separation in _SEPARATION.finditer(word):
            sep_start, sep_end = separation.span()
            separator = separation.group()
            if sep_start > remainder:
                if word[sep_start - 1] == "n" and _APOSTROPHE_T.fullmatch(separator):  # "n't"
                    if remainder < sep_start - 1:
                        append((prefix, word[remainder : sep_start - 1], start + remainder + base))
                        prefix = ""
                    append((prefix, "n" + separator, start + sep_start - 1 + base))
                    prefix = ""
                    remainder = sep_end
                    continue
                append((prefix, word[remainder:sep_start], start + remainder + base))
                prefix = ""
            if separator and separator not in _HYPHENS_AND_UNDERSCORE:
                append((prefix, separator, start + sep_start + base))
                prefix = ""
            else:
                prefix += separator
            remainder = sep_end
        if remainder == 0 and word:
            append((prefix, word, start + base))
        elif remainder < len(word):
            append((prefix, word[remainder:], start + remainder + base))
        if end < chunk_end:  # trailing symbols: an ellipsis, then one token each
            tail = text[end:chunk_end]
            if tail.startswith("..."):
                append(("", "...", end + base))
                end += 3
                tail = tail[3:]
            for i, ch in enumerate(tail):
                append(("", ch, end + i + base))
        offset = chunk_end
    if offset < len(text):
        append((text[offset:], "", len(text) + base))
    return tokens


def _plain_word(word: str) -> bool:
    """Letters and digits with nothing for syntok to separate: no apostrophe, bracket, dot or
    dash, and no lower-to-upper change ("iPhone"), which are all its separation patterns find."""
    return word.isascii() and word.isalnum() and (word.islower() or word.istitle() or word.isupper() or word.isdigit())


# syntok's chunks, [^\s\u200b]+ in the regex module, whose \s is Unicode's White_Space
# (not str.isspace: \x1c-\x1f are not in it); the re module finds them faster.
_SPACES = re.compile("[^\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+")
# Checked once against syntok itself: a syntok that tokenizes differently is used as it is.
_SELF_CHECK = (
    "  (Mr. O'Neil) didn't say “U.S.-backed” iPhone… e.g., 3.5% [sic] ... x_y a-b «Hi!» -- ok?! 'tis "
    "l'état 42nd\u200bzero-width. Tab\there;and, that:here—there ‘q’ (a)b. ¿Qué? Dr.Smith x... ...\n\nNext para."
    " Odd\x1cspace\u3000ideographic\x85next\u2028line\u00a0nbsp\u180emongolian."
)


@lru_cache(maxsize=1)
def _fast_segmentation() -> bool:
    """Whether _tokens and _Segmenter give what syntok gives on a sample; else syntok is used as it is."""
    if not _COPY_AVAILABLE:
        return False
    try:
        tokenizer = Tokenizer(replace_not_contraction=False)
        for base in (0, 7):
            expected = [(t.spacing, t.value, t.offset) for t in tokenizer.tokenize(_SELF_CHECK, base)]
            if _tokens(_SELF_CHECK, base) != expected:
                return False
        for text in (_SELF_CHECK, *_SELF_CHECK_SENTENCES):
            expected_bounds = [(s[0].offset, s[-1].offset + len(s[-1].value))
                               for p in segmenter.analyze(text) for s in p]
            if _segmented(text) != expected_bounds:
                return False
    except Exception:  # the copy fails on a syntok it was not written for: use syntok
        return False
    return True


_SELF_CHECK_SENTENCES = (
    "He left (see Fig. 3). Then No. 5 came in Jan. 2018, said Dr. Smith. The U.S. Army (USA) won! "
    "“Really?” she asked. (This is a whole bracketed sentence. It has two.) Yes... and no. "
    "A. B. Jones wrote it in IV. Part. It costs 3.5 m. on Mon. 12 May. [Sic.] Ok?! ‘Fine’, he said.",
    "The (Long bracket with many words that runs past the limit of seventy characters. Surely done.) ends. Go.",
)


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """syntok's sentences of ``text`` (``segmenter.analyze``) as (start of first token, end of last)."""
    if _fast_segmentation():
        return _segmented(text)
    return [(s[0].offset, s[-1].offset + len(s[-1].value)) for p in segmenter.analyze(text) for s in p]


def _segmented(text: str) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    # syntok's paragraphs are split at blank lines: most texts have no line break at all.
    for offset, paragraph in segmenter.preprocess_with_offsets(text) if "\n" in text else ((0, text),):
        machine = _Segmenter(_tokens(paragraph, offset))
        offsets, values = machine.offsets, machine.values
        bounds.extend((offsets[first], offsets[last] + len(values[last])) for first, last in machine.sentences())
    return bounds


# Sentence ends syntok cannot see: a closing mark spaced off its word, then the full stop (French
# "« sonné ». Le"), is one chunk without a letter, which syntok takes for one symbol, not a terminal.
# Only marks that never open a quotation count: “… and «… open one with an ellipsis.
_MISSED_END = re.compile(r"\s[»”’)\]]+[.!?…]+(?=\s)")
# What opens the next sentence: a capital, maybe after an opening mark ("». « Nous").
_NEXT_START = re.compile(r"\s+[«»„“‚‘‹›\"(\[¿¡]?\s?(.)")


# syntok knows ” ’ " ' as closing marks after a terminal; the German “ ‘ and the guillemets, attached to
# it ("Ich gehe.« Dann", "Ich gehe.“ Dann", Swiss "Ich gehe.» Dann"), hide the end from it. Which
# guillemet closes depends on the paragraph (see german_guillemets).
# (No look-behinds: a pattern that starts with a set of characters is found several times faster.)
_ATTACHED_END = re.compile(r"[.!?…]+[“‘»›]+(?=\s)")
_ATTACHED_END_GERMAN = re.compile(r"[.!?…]+[“‘«‹]+(?=\s)")


# Both need a terminal next to a mark: one scan tells whether to look (3% of multi-sentence PTC lines).
_MAYBE_MISSED = re.compile(r"[»”’)\]][.!?…]|[.!?…][“‘»›«‹]")


def _missed_ends(text: str) -> list[int]:
    """Offsets where a sentence ends that syntok runs on past: a capital follows a terminal it does not see."""
    if not _MAYBE_MISSED.search(text):
        return []
    attached = _ATTACHED_END_GERMAN if "»" in text and german_guillemets(text) else _ATTACHED_END
    ends = [match.end() for match in _MISSED_END.finditer(text)]
    ends += [match.end() for match in attached.finditer(text)
             if match.start() and not text[match.start() - 1].isspace()]  # attached to a word
    return sorted(end for end in ends if (following := _NEXT_START.match(text, end)) and following[1].isupper())


# Chinese and Japanese end a sentence with a full-width mark and no space after it, which syntok
# never cuts at: the mark, any closing marks after it, then more text.
_CJK_END = re.compile(r"[。！？]+[」』”’）》]*(?=\S)")
_CJK_TERMINAL = re.compile(r"[。！？]")
_CJK_CUE_LENGTH = 12  # 他说。 发言人表示。 と首相は述べた。: a short attribution after a closed quotation


def _cjk_ends(text: str) -> list[int]:
    """Offsets after a Chinese or Japanese sentence end, unless a short cue follows a closed quotation.

    A quotation that ends with its own full stop and is followed by its cue
    (“我们会确保安全。”发言人说。) is one claim with it, as "…," he said is.
    """
    ends = []
    for match in _CJK_END.finditer(text):
        end = match.end()
        if match.group()[-1] not in "。！？":
            following = _CJK_TERMINAL.search(text, end)
            if following is None or following.start() - end <= _CJK_CUE_LENGTH:
                continue
        ends.append(end)
    return ends


def _bounds(text: str) -> list[tuple[int, int]]:
    """syntok's sentences, also cut where _missed_ends (or, in Chinese and Japanese, _cjk_ends) finds an end."""
    bounds = _sentence_bounds(text)
    cuts = _missed_ends(text)
    if _CJK_TERMINAL.search(text):
        cuts = sorted(cuts + _cjk_ends(text))
    if not cuts:
        return bounds
    cut_bounds: list[tuple[int, int]] = []
    for start, end in bounds:
        for cut in cuts:
            if start < cut < end:
                cut_bounds.append((start, cut))
                start = cut
        cut_bounds.append((start, end))
    return cut_bounds


def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _bounds(text):
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if spans and text[start] in _CLOSING_MARKS and start + 1 < end and text[start + 1].isspace():
            # A closing mark syntok put at the start of the next sentence belongs to the previous one.
            spans[-1] = (spans[-1][0], start + 1)
            start += 1
            while start < end and text[start].isspace():
                start += 1
            if start < end and (text[start].islower() or text[start] in ",;:"):
                # So does what follows the mark, when it continues the sentence as syntok reads a
                # lower-case word or a comma: the inverted cue of « Je pars ! » a-t-il dit.
                spans[-1] = (spans[-1][0], end)
                continue
        if end <= start:
            continue
        if spans and _TITLE_END.search(text[spans[-1][0] : spans[-1][1]]) and text[start : start + 1].isupper():
            spans[-1] = (spans[-1][0], end)
            continue
        if len(spans) == 1 and (_DATELINE.match(text, spans[0][0], spans[0][1]) or (
                text[start] in _DASHES and _BRACKET_DATELINE.match(text, spans[0][0], spans[0][1]))):
            spans[-1] = (spans[-1][0], end)
            continue
        if spans and _is_ordinal(text, spans[-1][0], spans[-1][1], start):
            spans[-1] = (spans[-1][0], end)
            continue
        spans.append((start, end))
    return spans


def quote_regions(text: str) -> list[tuple[int, int, bool]]:
    """Spans of double-quoted text as (open, close_end, closed); unclosed run to the end."""
    pairs = _PAIRS_GERMAN if "»" in text and german_guillemets(text) else _PAIRS
    regions: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []
    for match in _QUOTE_MARK.finditer(text):
        ch, i = match.group(), match.start()
        if stack:
            opener, start = stack[-1]
            closes = ch in pairs.get(opener, "") or (opener == '"' and ch == '"')
            if closes:
                stack.pop()
                if not stack:
                    regions.append((start, i + 1, True))
                continue
        if (ch in pairs or ch == '"') and (not stack or len(stack) < 4):
            stack.append((ch, i))
    if stack:
        regions.append((stack[0][1], len(text), False))
    return regions


def german_guillemets(text: str) -> bool:
    """Whether the paragraph quotes »so« (German, Austrian, Danish) rather than «so» (French, Swiss, Italian).

    Its first guillemet decides. A » that opens has no word right before it and a word (or an
    opening mark or ellipsis) right after it: "»Die Niere …«". The French » closes ("sonné »",
    "sonné»,"), and where it starts a paragraph that continues a quotation, a space follows it.
    """
    first = _GUILLEMET.search(text)
    if first is None or first.group() != "»":
        return False
    i = first.start()
    after = text[i + 1 : i + 2]
    return not (i and text[i - 1].isalnum()) and (after.isalnum() or (after != "" and after in "„‚‹›\"'…(¿¡"))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences, merged where a quotation spans more than one of them."""
    return list(_cached_sentence_spans(text))


# Terminal punctuation followed by more text: only then can a paragraph hold two sentences (syntok also
# cuts before a capital or a Chinese or Japanese character right after a terminal).
_CJK_LETTER = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_INNER_BOUNDARY = re.compile(
    r"[.!?…][\"'”’»«“‘›‹)\]]*(?:\s+\S|[A-Z" + _CJK_LETTER + r"])|[。！？][」』”’）》\"'»«“‘›‹)\]]*\s*\S"
)


@lru_cache(maxsize=512)
def _cached_sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    if not _INNER_BOUNDARY.search(text):
        # One sentence (most lines of wire-style text): skip the tokenizer, ~10x faster.
        stripped = text.strip()
        if not stripped:
            return ()
        start = text.index(stripped[0])
        return ((start, start + len(stripped)),)
    spans = _sentences(text)
    if len(spans) < 2:
        return tuple(spans) if spans else (((0, len(text)),) if text.strip() else ())
    merged: list[tuple[int, int]] = []
    regions = [
        (start, end)
        for start, end, closed in quote_regions(text)
        # An unclosed quotation is one quote only by the multi-paragraph
        # convention: the paragraph opens with the mark and never closes it.
        # One that opens later may also run on into the next paragraph
        # ("… jeunes. « Chaque été … séances"), but this paragraph alone cannot
        # tell it from a stray mark, and swallowing the author's sentences into
        # a quotation costs more than one merge key: its sentences stay apart.
        if closed or start == 0
    ]
    region_index = 0
    for start, end in spans:
        while region_index < len(regions) and regions[region_index][1] <= start:
            region_index += 1
        inside_open_quote = (
            merged
            and region_index < len(regions)
            and regions[region_index][0] < start
            and regions[region_index][0] < merged[-1][1]
        )
        if inside_open_quote:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(merged)
