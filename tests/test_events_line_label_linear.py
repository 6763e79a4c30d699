"""The line label reader (label_block.line_label) asks of every date what label its line gives it. It
copied the line from its start up to the date and read the label before the line's colon from the
copy; a line with no colon went to bare_label, which copied the line up to the date too. On a page
written on one line, each date copied the page up to itself. The label is now read back from its
colon in place, only while its words fit a label's length; a long label's cut at a place word is read
from its first words; whether a sentence ends before the colon is read once a line; bare_label reads
the blanks opening the line in place. The guards count the characters copied; the labels are the
copies' labels."""

from __future__ import annotations

import random
from datetime import date

from calfeed.events import label_block, label_lines
from calfeed.events.label_lines import ListedLines
from calfeed.text import line_end
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_allotments(items: int, lead: str) -> str:
    """An allotment society's news run into one line: each plot is dug on one day and judged on another."""
    return lead + "".join(
        f"Plot {k} by the brook is dug over on {1 + k % 28} {MONTHS[k % 12]} and the judges walk past it "
        f"on {1 + (7 * k) % 28} {MONTHS[(k + 3) % 12]} with their notebooks. " for k in range(items))


def _copied_per_character(text: str) -> float:
    found = sorted((t for t in tag(text, date(2027, 2, 1)) if t.type != "DURATION"), key=lambda t: (t.start, t.end))
    assert len(found) >= 300
    dated = [(t.start, t.end) for t in found]
    counted = CountedText(text)
    listed = ListedLines(counted, dated)
    CountedText.copied = 0
    for timex in found:
        assert label_block.line_label(counted, timex, None, dated, listed) is None
    return CountedText.copied / len(text)


def test_the_line_label_copies_no_line_up_to_each_date_after_a_colon():
    """On the parent: about 150 characters copied per character of the page."""
    per_character = _copied_per_character(_one_line_allotments(150, "Allotment society news for the season: "))
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_the_line_label_copies_no_line_up_to_each_date_with_no_colon():
    """On the parent: about 450 characters copied per character of the page (bare_label's and
    clock_cell_label's copies)."""
    per_character = _copied_per_character(_one_line_allotments(150, "Allotment society news for the season "))
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_labels_are_still_read():
    text = "Harvest supper: Saturday 2 October 2027\nThe long walk to the lighthouse at the point: Sunday 3 October 2027\n"
    found = sorted(tag(text, date(2027, 2, 1)), key=lambda t: t.start)
    dated = [(t.start, t.end) for t in found]
    assert [label_block.line_label(text, t, None, dated) for t in found] == ["Harvest supper", "The long walk to the lighthouse"]


PIECES = (" ", "  ", "\t", "*", "_", "`", "-", "•", "Venue", "at", "in", "date", "\u00a0", "x" * 40, "İ", ":", "3:30",
          "Hall", "(", ")", "\n", "ǅ", " " * 70)


def test_a_label_read_in_place_is_the_copy_s():
    pick = random.Random(4920)
    for _ in range(6_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 14)))
        start = pick.randint(0, len(text))
        end = pick.randint(start, len(text))
        colon = pick.randint(-1, end - start)
        assert label_block._label_in(text, start, colon, end) == label_block._label_at(text[start:end], colon), \
            (text, start, colon, end)


def test_a_long_label_s_cut_is_the_copy_s():
    pieces = tuple(p for p in PIECES if ":" not in p)
    pick = random.Random(4921)
    for _ in range(6_000):
        label = "".join(pick.choice(pieces) for _ in range(pick.randint(1, 30)))
        text = f"{label}: Friday"
        if label_block._label_in(text, 0, len(label), len(text)) is not None:
            continue          # only a label too long or empty is cut
        expected = (label_block.label_of(label_block._before_place(label) + ":")
                    if len(label.split()) > label_block.MAX_LABEL_WORDS else None)
        assert label_block._shorter_label(text, 0, len(label)) == expected, label


def _copied_clock_cell_label(text: str, line_start: int, date: tuple[int, int]) -> str | None:
    """clock_cell_label as it read a copy of the line up to the date."""
    cell = text[line_start:date[0]]
    if not label_lines._only_notes(text, date[1], line_end(text, date[1])) \
            or label_lines._CLOCK_CELL_END.search(cell) is None:
        return None
    label = " ".join(cell.strip(" \t" + label_lines.EMPHASIS).lstrip("-•*+– \t").rstrip(" ,").split())
    words = label.split()
    if not words or len(words) > label_lines.MAX_BARE_LABEL_WORDS or not label[0].isalpha() \
            or not label[0].isupper() or any(c in "!?;|" for c in label):
        return None
    return label


CELL_PIECES = (" ", "\t", ",", " , ", "8:30", "12.45", "123:45", "a.m.", "PM", " p.m.", "*", "_", "-", "•", "–", "+",
               "MWF", "Lab", "x", "!", "\u00a0", "(", ")", "\n", "one two three four five ")


def test_a_clock_cell_label_read_in_place_is_the_copy_s():
    pick = random.Random(4922)
    for _ in range(6_000):
        ending = pick.choice(("", "8:30 a.m., ", "10.15pm ,\t", "12:00,", " 9.05 AM , "))
        text = "".join(pick.choice(CELL_PIECES) for _ in range(pick.randint(0, 12))) + ending + "Friday"
        line_start = pick.randint(0, len(text) - 6)
        date = (len(text) - 6, len(text))
        assert label_lines.clock_cell_label(text, line_start, date) == _copied_clock_cell_label(text, line_start, date), \
            (text, line_start)
