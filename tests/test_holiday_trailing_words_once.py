"""The holiday reader looks for a feast's name in the last words before a day (``_trailing_words``,
at most 60 characters). Its pattern was searched from every letter of those characters with plain
repeats, so each start read up to three words and then gave them back a character at a time before
failing at the end: some 230,000 instructions a call, about 2% of a first TBAQ pass for 156 calls.
It now passes over a start right after a letter and reads each word once (possessive repeats). The
matches must be the ones the plain form found: at the end of every stretch of the example corpora
and of made-up text of words, blanks, tabs, digits, apostrophes and line ends."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from calfeed.timex import holiday_days
from calfeed.timex.holiday_days import NAME_REACH, _TRAILING, _trailing_words

CORPUS = Path(__file__).parent / "corpus"
_LOOK_BEHIND = r"(?<![^\W\d_])"


def _plain() -> re.Pattern[str]:
    """The form before: no look-behind, and plain (backtracking) repeats."""
    source = _TRAILING.pattern
    assert source.startswith(_LOOK_BEHIND)
    return re.compile(source[len(_LOOK_BEHIND):].replace("*+", "*").replace("}+", "}"))


def _span(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    found = pattern.search(text)
    return None if found is None else found.span()


def _stretches() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    found = []
    for text in texts:
        for end in range(0, len(text), 3):
            found.append(text[max(0, end - NAME_REACH):end])
    return found


def _made_up(count: int) -> list[str]:
    pieces = ["Palm", "SUNDAY", "day", "é", "x9", "a_b", "o'", "’s", " ", "  ", "\t", "\n", "7", ",", "-", "(", ""]
    rng = random.Random(38)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _search_time(length: int) -> float:
    """The least CPU time of three searches over texts of ``length`` characters that end in no word
    (one long word, short words, words before a bracket): the inputs that made the plain form read
    from every letter to the end."""
    texts = ("a" * length + "!", "ab " * (length // 3) + "!", "a " * (length // 2) + "(")
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text in texts:
            _TRAILING.search(text)
        best = min(best, time.process_time() - started)
    return best


def test_the_trailing_words_are_read_once_from_a_word_start() -> None:
    """16 times the text costs about 16 times the time (the plain form: about 250 times)."""
    short, long = _search_time(1_000), _search_time(16_000)
    ratio = long / max(short, 1e-6)
    assert ratio < 64, f"{ratio:.1f}x the time for 16x the text"


def test_the_trailing_words_match_what_the_plain_form_matched() -> None:
    plain = _plain()
    texts = _stretches() + _made_up(20_000)
    assert len(texts) > 20_000
    differ = [text for text in texts if _span(plain, text) != _span(_TRAILING, text)]
    assert differ == []


def test_trailing_words_examples() -> None:
    assert _trailing_words("Masses on PASSION/PALM SUNDAY") == ["PALM", "SUNDAY"]
    assert _trailing_words("closed for the Labor Day") == ["the", "Labor", "Day"]
    assert _trailing_words("on 12 Easter\n") == ["Easter"]
    assert _trailing_words("Easter ") == []
    assert _trailing_words("(" * 200 + " Good Friday") == ["Good", "Friday"]
    assert holiday_days.MAX_NAME_WORDS == 3
