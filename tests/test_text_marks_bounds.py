"""text.back_over / forward_over / marks_bounds: the one "step over these characters" reader that the
line readers share (label_lines, block_clocks, numbered_rows, open_windows, label_block,
deadline_rules, table_rows wrote it again each). Each must find the ends str.strip would, read
in place, and step no further than the marks it strips."""

import random

from calfeed.text import back_over, forward_over, marks_bounds

_ALPHABET = " \t\n\u00a0*_`|.-•ab1:"
_SETS = (None, " \t", " \t*_`", " \t*_|", " \t.*", "*_` \t-•", "-•*+– \t", " ,", "")


def _texts(count: int, seed: int) -> list[str]:
    pick = random.Random(seed)
    return ["".join(pick.choice(_ALPHABET) for _ in range(pick.randint(0, 14))) for _ in range(count)]


def test_the_bounds_are_those_of_a_stripped_copy() -> None:
    checked = 0
    for text in _texts(300, 51):
        for chars in _SETS:
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    piece = text[start:end]
                    assert back_over(text, start, end, chars) == start + len(piece.rstrip(chars))
                    assert forward_over(text, start, end, chars) == end - len(piece.lstrip(chars))
                    first, last = marks_bounds(text, start, end, chars)
                    assert text[first:last] == piece.strip(chars), (text, start, end, chars)
                    checked += 1
    assert checked > 50_000


def test_an_end_past_the_text_reads_to_the_text_s_end() -> None:
    assert back_over("ab  ", 0, 10) == 2
    assert marks_bounds("  ab  ", 0, 10) == (2, 4)


def test_a_stretch_of_only_marks_is_empty_at_its_start() -> None:
    assert marks_bounds("x **  y", 1, 6, " *") == (1, 1)


def test_the_readers_step_no_further_than_the_marks() -> None:
    """A long line with a short run of marks at each end: each reader looks at the marks it passes
    and the one character that stops it, never the rest of the line."""
    body = "word " * 20_000
    text = "  **" + body + "**  "
    reads = []

    class Counted(str):
        def __getitem__(self, key):
            reads.append(key)
            return str.__getitem__(self, key)

    counted = Counted(text)
    assert back_over(counted, 0, len(text), " *") == len(text) - 4 - 1
    assert len(reads) <= 6
    assert forward_over(text, 0, len(text), " *") == 4


def test_the_first_filled_character_is_the_one_a_search_for_a_non_blank_finds() -> None:
    """forward_over with whitespace is the "first non-blank" reader agenda, table_rows and mentions
    compiled a pattern of their own for: the stretch's end where it holds only blanks."""
    import re
    filled = re.compile(r"\S")
    for text in _texts(200, 52):
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                found = filled.search(text, start, end)
                assert forward_over(text, start, end) == (end if found is None else found.start())


def _blank_stops(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    """Where a stretch ends and starts with whitespace as well as ``chars`` stepped over, by a plain
    loop from each end (what label_lines and label_block each wrote before ``blanks``)."""
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in chars):
        stop -= 1
    first = start
    while first < end and (text[first].isspace() or text[first] in chars):
        first += 1
    return first, stop


def test_blanks_are_stepped_over_with_the_marks() -> None:
    checked = 0
    for text in _texts(200, 52):
        for chars in ("*_`", "#*", ",(:-", ""):
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    first, stop = _blank_stops(text, start, end, chars)
                    assert back_over(text, start, end, chars, blanks=True) == stop, (text, start, end, chars)
                    assert forward_over(text, start, end, chars, blanks=True) == first, (text, start, end, chars)
                    low, high = marks_bounds(text, start, end, chars, blanks=True)
                    assert text[low:high] == text[first:max(first, stop)], (text, start, end, chars)
                    checked += 1
    assert checked > 20_000
    assert marks_bounds("  **Date:** ", 0, 12, "*", blanks=True) == (4, 9)
