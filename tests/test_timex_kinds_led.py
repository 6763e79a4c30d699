"""The glue readers' scans tried only where the text's kinds lead (kinds_led) find what finditer finds."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from calfeed.timex import char_kinds, glued_cells, glued_runs
from calfeed.timex.char_kinds import CAPITAL, DIGIT, OTHER, SMALL, kinds, kinds_finder
from calfeed.timex.kinds_led import KindsLed, scan_pattern

CORPORA = Path(__file__).parent / "corpus"


def _scans() -> dict[str, KindsLed]:
    words = glued_runs._words("en")
    return {"clock_run": words.clock_run, "mark_word": words.mark_word, "day_day": glued_runs._DAY_DAY,
            "capitals": glued_runs._CAPITALS, "camel": glued_runs._CAMEL, "touch": glued_cells._TOUCH,
            "day_year_run": glued_runs._DAY_YEAR_RUN, "numeric_year_clock": glued_runs._NUMERIC_YEAR_CLOCK,
            "year_day": words.year_day, "mark_clock": words.mark_clock}


def _made_up(seed: int, size: int) -> str:
    """Pieces of glued cells run together at random: digits, clocks, half-day marks, capitals, small
    letters, blanks, separators and characters beyond ASCII (a non-ASCII digit, letters, a no-break space)."""
    rng = random.Random(seed)
    pieces = ["1", "12", "2024", "0915", "3:30", "10.45", "7", "pm", "a.m.", "AM", "P.M.", "Council", "May",
              "01/15/2019", "1/5/2024", "Forum", "term", "mp", "Sept", "January", "of", "9:00 AM10:30 AM",
              "6:00pm8:00pm", "202321 December", "202323-27 Oct",
              "TUESDAYJANUARY", "OCTOBER", "x", "Regular", "am", "th", "4 pmHall", "11 a.m.Vote", "6 AMBoard", "٣", "é", "Ünd", "²", "ſ", "K"]
    glue = [" ", "", "", "\n", ":", ".", ",", "/", "-", "\u00a0", "\t", " | ", "  "]
    return "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(size))


def _texts() -> list[str]:
    corpus = "\n".join((CORPORA / name).read_text(encoding="utf-8") for name in ("timex.txt", "negatives.txt"))
    return [corpus, corpus.upper(), corpus.replace(" ", ""), _made_up(5, 20000), _made_up(6, 20000).upper()]


@pytest.mark.parametrize("name", sorted(_scans()))
def test_a_scan_led_by_kinds_finds_what_finditer_finds(name):
    scan = _scans()[name]
    met = 0
    for text in _texts():
        led = [(m.span(), m.groups()) for m in scan.matches(text, kinds(text))]
        plain = [(m.span(), m.groups()) for m in scan.pattern.finditer(text)]
        assert led == plain
        met += len(plain)
    assert met >= 10        # each shape is met, so the comparison says something


def test_matches_at_every_place_of_a_made_up_page():
    """Each made-up slice, cut anywhere (a match may start at the text's first character)."""
    text = _made_up(9, 3000)
    rng = random.Random(2)
    for _ in range(300):
        start = rng.randrange(len(text))
        piece = text[start:start + rng.randrange(1, 120)]
        for scan in _scans().values():
            assert [m.span() for m in scan.matches(piece, kinds(piece))] == [m.span() for m in scan.pattern.finditer(piece)]


def test_word_day_starts_are_every_place_the_word_day_scan_can_match():
    """_WORD_DAY tried at the run starts before digits that small letters touch finds what finditer finds."""
    word_day = glued_runs._words("en").word_day
    met = 0
    for text in _texts() + [_made_up(seed, 300) for seed in range(40)]:
        led = [(m.span(), m.groups()) for m in scan_pattern(word_day, text, glued_runs._word_day_starts(kinds(text)))]
        plain = [(m.span(), m.groups()) for m in word_day.finditer(text)]
        assert led == plain
        met += len(plain)
    assert met >= 10


@pytest.mark.parametrize("seed", range(6))
def test_a_kinds_finder_finds_a_place_exactly_where_a_needle_stands(seed):
    """Needles of any kinds, run together into kinds strings at random: the finder's search finds
    something exactly when some needle is a substring, and starts at the first place one leads."""
    rng = random.Random(seed)
    alphabet = [DIGIT, SMALL, CAPITAL, OTHER, ".", ":", " ", "\n"]
    for _ in range(40):
        needles = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6)))
                          for _ in range(rng.randrange(1, 7))})
        finder = kinds_finder(*needles)
        for _ in range(40):
            written = "".join(rng.choice(alphabet + [SMALL] * 6) for _ in range(rng.randrange(0, 40)))
            assert (finder.search(written) is not None) == any(needle in written for needle in needles), written


def test_the_glue_readers_kinds_finders_find_what_their_needles_find():
    words = glued_runs._words("en")
    endings = ("", *glued_runs.ordinal_endings("en"))
    finders = [(char_kinds._TOUCHING,
                [a + b for letter in (SMALL, CAPITAL, OTHER) for a, b in ((letter, DIGIT), (DIGIT, letter))]),
               (words.digit_then_capital, [DIGIT + kinds(ending) + CAPITAL for ending in endings]),
               (glued_runs._CLOCK_KINDS, [DIGIT * 2 + ":" + DIGIT, DIGIT * 2 + "." + DIGIT]),
               (glued_runs._SMALL_CAPITAL, [SMALL + CAPITAL])]
    texts = [kinds(text) for text in _texts()]
    rng = random.Random(4)
    pieces = [text[at:at + rng.randrange(1, 30)] for text in texts for at in range(0, len(text), 97)]
    for finder, needles in finders:
        for written in texts + pieces:
            assert (finder.search(written) is not None) == any(needle in written for needle in needles)


def test_an_ascii_text_is_written_as_its_kinds_by_its_bytes_as_by_the_dict():
    """kinds reads an ASCII text's bytes through a table: every ASCII character, and the corpora, as the
    character table (char_kinds._ASCII) writes them."""
    every = "".join(map(chr, range(128)))
    for text in [every, every[::-1]] + [text for text in _texts() if text.isascii()]:
        assert kinds(text) == text.translate(char_kinds._ASCII)
    assert kinds("Jul29th ²é") == "Aaa99aa xx"
