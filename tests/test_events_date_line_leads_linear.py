"""Several readers asked of every date whether the date opens or ends its line by copying the line from
its start up to the date, or from the date to its end, and stripping the copy: the day-led line test of
the row lead-ins, the own-row label, the heading over a date line, the issue code, the page's date line,
the town date line and the day heading over slots. The archive label copied the date's line whole, and a
date alone on its line (a calendar badge) copied the rest of the page, square on a page of such lines.
On a page written on one line each copy was the page up to the date or on from it, so the readers cost
the page once per date. They now read the stretch in place, only up to its first character that is not
a mark (text.only_marks), read a list mark back from the date no further than the longest mark
(text.short_lead), strip the line in place, or cut the lines below after the third. The row-opening and
numbered-row tests did the same, and the line-ending day copied the line's date spans (on a one-line page
every span of the page) for each ask. The guards count the characters or spans the readers copy; the
helpers' and readers' answers are the copies'."""

from __future__ import annotations

import bisect
import random
import sys
from datetime import date

from calfeed.events import (agenda, archive_labels, label_lines, mentions, numbered_rows, own_rows, page_dates, row_lead_ins,
                            superseded, title_lines)
from calfeed.model import Timex
from calfeed.text import only_marks, short_lead
from calfeed.timex import tag

from call_counts import CountedText

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _one_line_bulletin(items: int) -> str:
    """A rowing club's bulletin run into one line: a regatta on a day and a closing day for crews."""
    return "Boathouse bulletin " + "".join(
        f"The spring regatta is rowed on {1 + k % 28} {MONTHS[k % 12]} from the lower landing, and crews "
        f"must enter by {1 + (3 * k) % 28} {MONTHS[(k + 4) % 12]}. " for k in range(items))


def _copied_per_character(read) -> float:
    """Characters the reader copies out of a one-line page of 200 items, per character of the page."""
    text = _one_line_bulletin(200)
    found = tag(text, date(2027, 3, 1))
    assert len(found) >= 400
    counted = CountedText(text)
    CountedText.copied = 0
    read(counted, found)
    return CountedText.copied / len(text)


def _assert_bounded(per_character: float) -> None:
    assert per_character < 5, f"{per_character:.0f} characters copied per character of the page"


def test_day_openings_copy_no_line_up_to_each_date():
    """On the parent: about 200 characters copied per character of the page."""
    _assert_bounded(_copied_per_character(lambda text, found: row_lead_ins.day_openings(text, found)))


def test_the_own_row_label_copies_no_line_up_to_each_date():
    def read(text, found):
        dated = sorted((t.start, t.end) for t in found)
        for timex in found:
            assert own_rows._label(text, timex.start, dated) is None
    _assert_bounded(_copied_per_character(read))


def test_the_heading_over_a_date_line_copies_no_line_up_to_each_date():
    def read(text, found):
        dated = sorted((t.start, t.end) for t in found)
        for timex in found:
            assert mentions.under_heading(text, timex, dated) is None
    _assert_bounded(_copied_per_character(read))


def test_the_issue_code_copies_no_rest_of_the_line_after_each_date():
    def read(text, found):
        for timex in found:
            assert not label_lines.issue_code(text, timex)
    _assert_bounded(_copied_per_character(read))


def test_the_page_s_date_lines_copy_no_line_around_each_date():
    def read(text, found):
        for timex in found:
            assert not page_dates._date_line(text, timex)
    _assert_bounded(_copied_per_character(read))


def test_the_day_heading_over_slots_copies_no_line_around_each_date():
    def read(text, found):
        ordered = sorted(found, key=lambda t: (t.start, t.end))
        lines = agenda.DayLines(text, ordered)
        for timex in ordered:
            assert not agenda.heading_of_slots(text, timex, lines)
    _assert_bounded(_copied_per_character(read))


MARK_SETS = (None, " \t*_", " #*_", " *_.,", " \t,.;:-–—()[]*_#/", "", "*", "-•")
PIECES = (" ", "  ", "\t", "\n", "*", "_", "#", "-", "•", ",", ".", "a", "Bc", "–", "\u00a0", "\u2003", "\x1c",
          "\u200b", "\x85", "(", "]", "/", ";")


def test_only_marks_answers_as_the_stripped_copy():
    pick = random.Random(481)
    for _ in range(3_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 14)))
        chars = pick.choice(MARK_SETS)
        for start in range(-2, len(text) + 3):
            for end in (start - 1, start, start + 1, start + 3, len(text), len(text) + 2):
                assert only_marks(text, start, end, chars) == (not text[start:end].strip(chars)), (text, start, end, chars)


def test_only_marks_reads_whitespace_as_str_strip_does():
    blanks = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    others = "".join(chr(c) for c in range(0x3100) if not chr(c).isspace())
    assert only_marks(blanks, 0, len(blanks))
    assert not any(only_marks(f" {c} ", 0, 3) for c in others)


def test_short_lead_is_the_stripped_copy_when_short_enough():
    pick = random.Random(482)
    for _ in range(3_000):
        text = "".join(pick.choice(PIECES) for _ in range(pick.randint(0, 14)))
        chars = pick.choice(MARK_SETS)
        longest = pick.randint(0, 5)
        for start in range(0, len(text) + 1):
            for end in range(start, len(text) + 2):
                whole = text[start:end].strip(chars)
                expected = whole if len(whole) <= longest else None
                assert short_lead(text, start, end, longest, chars) == expected, (text, start, end, longest, chars)


def test_the_readers_answer_as_before_on_made_up_lines():
    """Made-up lines of marks, bullets, headings, codes and dates: each reader's answer is the one it
    gave copying the line (the parent's reading, kept here as plain functions)."""
    pick = random.Random(483)
    pieces = ("## ", "* ", "- ", "• ", "HS – ", "PR-12 - ", "Town Hall", "Geneva, ", "\n", "\n\n", " ", "  ", ":", " —",
              " Studio", "12 May 2027", "10/2027", "Friday 4 June 2027", "3pm", "(note)", "|", "_", ".", ",")
    compared = 0
    for _ in range(150):
        text = "".join(pick.choice(pieces) for _ in range(pick.randint(1, 14)))
        found = tag(text, date(2027, 6, 1))
        ordered = sorted(found, key=lambda t: (t.start, t.end))
        dated = sorted((t.start, t.end) for t in found)
        opening = row_lead_ins.day_openings(text, found)
        lines = agenda.DayLines(text, ordered)
        for timex in ordered:
            begin = text.rfind("\n", 0, timex.start) + 1
            assert opening(begin) == _plain_day_opening(text, found, begin), (text, timex.text)
            assert own_rows._label(text, timex.start, dated) == _plain_own_label(text, timex.start, dated), text
            assert page_dates._date_line(text, timex) == _plain_date_line(text, timex), (text, timex.text)
            assert label_lines.issue_code(text, timex) == _plain_issue_code(text, timex), (text, timex.text)
            assert mentions.under_heading(text, timex, dated) == _plain_under_heading(text, timex, dated), text
            assert agenda.heading_of_slots(text, timex, lines) == _plain_heading_of_slots(text, timex, lines), text
            compared += 1
    assert compared > 80


def _plain_day_opening(text: str, found: list[Timex], begin: int) -> bool:
    bullets = row_lead_ins.word_list("list_bullets")
    for timex in found:
        span = timex.interval
        if (span is None or span.granularity not in row_lead_ins._DAY_GRAINS or not any(c.isdigit() for c in timex.text)
                or text.rfind("\n", 0, timex.start) + 1 != begin):
            continue
        lead = text[begin:timex.start].strip()
        if not lead or lead in bullets:
            return True
    return False


def _plain_own_label(text: str, date_start: int, dated) -> str | None:
    begin = text.rfind("\n", 0, date_start) + 1
    lead = text[begin:date_start].strip(own_rows.ROW_MARKS)
    if lead and lead not in own_rows.word_list("list_bullets"):
        return None
    return own_rows._label(text, date_start, dated)      # past the lead both read the same


def _plain_date_line(text: str, timex: Timex) -> bool:
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end) if "\n" in text[timex.end:] else len(text)
    return not (text[start:timex.start] + text[timex.end:end]).strip(page_dates._FURNITURE)


def _plain_issue_code(text: str, timex: Timex) -> bool:
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end) if "\n" in text[timex.end:] else len(text)
    if text[timex.end:end].strip() or not all(c.isdigit() or c in "/.-" for c in timex.text):
        return False
    return label_lines._ISSUE_CODE.match(text[start:timex.start]) is not None


def _plain_under_heading(text: str, timex: Timex, dated):
    start = text.rfind("\n", 0, timex.start) + 1
    if text[start:timex.start].strip(" \t*_"):
        return None
    return mentions.under_heading(text, timex, dated)      # past the lead both read the same


def _plain_heading_of_slots(text: str, timex: Timex, lines) -> bool:
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end) if "\n" in text[timex.end:] else len(text)
    if ((text[start:timex.start].strip(" #*_") or text[timex.end:end].strip(" *_.,"))
            and not (end - start <= agenda.MAX_ROW_CHARS and agenda._written_day(timex) and agenda.clock_of(timex) is None
                     and agenda.day_heading_label(text[start:timex.start], text[timex.end:end]))):
        return False
    return agenda.heading_of_slots(text, timex, lines)     # past the first test both read the same


def test_archive_labels_copy_no_line_around_each_month():
    """Months and years of a one-line page: on the parent each copied its whole line (the page)."""
    text = "Club archive " + "".join(f"The minutes of {MONTHS[k % 12]} {2000 + k % 20} are kept in the loft. "
                                     for k in range(300))
    found = [t for t in tag(text, date(2027, 3, 1)) if t.type == "DATE"]
    assert len(found) >= 300
    counted = CountedText(text)
    CountedText.copied = 0
    assert not any(archive_labels.archive_label(counted, timex) for timex in found)
    _assert_bounded(CountedText.copied / len(text))


def test_calendar_badges_copy_no_rest_of_the_page_for_each_date():
    """A page of dates each alone on its line: on the parent each copied the rest of the page."""
    text = "".join(f"{1 + k % 28} {MONTHS[k % 12]} 2027\nOpen studio evening\n" for k in range(600))
    ordered = sorted(tag(text, date(2027, 3, 1)), key=lambda t: (t.start, t.end))
    assert len(ordered) >= 600
    counted = CountedText(text)
    CountedText.copied = 0
    title_lines.date_badges(counted, ordered)
    _assert_bounded(CountedText.copied / len(text))


def test_badges_and_archive_labels_read_as_before_on_made_up_pages():
    pick = random.Random(484)
    pieces = ("Jan", "29", "Wed", "Thu.", "|", "Friday |", "YEAR 4 TRIP", "Jan 29 @ 9:00 am – Jan 31 @ 2:30 pm",
              "12 May 2027", "May 2027", "2026", "Minutes", "Reports from", "Photos of the", "archive", ".", "!",
              "\n", "\n", "\n", " ", "  ", "\t", "\u00a0")
    compared = 0
    for _ in range(150):
        text = "".join(pick.choice(pieces) + pick.choice(("", " ", "\n")) for _ in range(pick.randint(1, 16)))
        ordered = sorted(tag(text, date(2027, 1, 10)), key=lambda t: (t.start, t.end))
        assert title_lines.date_badges(text, ordered) == _plain_date_badges(text, ordered), text
        for timex in ordered:
            assert archive_labels.archive_label(text, timex) == _plain_archive_label(text, timex), (text, timex.text)
            compared += 1
    assert compared > 80


def _plain_date_badges(text: str, ordered) -> set[int]:
    real = title_lines._next_lines
    title_lines._next_lines = lambda page, newline: page[newline + 1:].split("\n", 3)
    try:
        return title_lines.date_badges(text, ordered)
    finally:
        title_lines._next_lines = real


def _plain_archive_label(text: str, timex: Timex) -> bool:
    if timex.type != "DATE" or not archive_labels.coarser_than_day(timex):
        return False
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end) if "\n" in text[timex.end:] else len(text)
    line = text[start:end].strip()
    if line[-1:] in ".!?":
        return False
    words = [w.lower for w in archive_labels.first_words(line, 0, len(line), archive_labels.MAX_LABEL_WORDS + 1)]
    return len(words) <= archive_labels.MAX_LABEL_WORDS and any(w in archive_labels.word_list("record_nouns") for w in words)


class CountedDates(list):
    """A page's sorted date spans that count the spans their slices copy."""

    copied = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            CountedDates.copied += len(piece)
        return piece


def test_row_openings_and_numbered_rows_copy_no_line_up_to_each_date():
    def read(text, found):
        dated = sorted((t.start, t.end) for t in found)
        for timex in found:
            assert not superseded._opens_row(text, timex.start)
            assert numbered_rows.numbered_row_title(text, timex, dated) is None
    _assert_bounded(_copied_per_character(read))


def test_the_day_ending_a_line_is_found_without_copying_the_page_s_dates():
    """On the parent each ask copied every date of the line: on a one-line page, all of the page's."""
    text = _one_line_bulletin(200)
    dated = CountedDates(sorted((t.start, t.end) for t in tag(text, date(2027, 3, 1))))
    CountedDates.copied = 0
    for _ in range(len(dated)):
        label_lines._ending_day(text, 0, dated)
    assert CountedDates.copied <= len(dated), f"{CountedDates.copied} spans copied for {len(dated)} asks"


def test_row_openings_numbered_rows_and_line_ending_days_read_as_before():
    pick = random.Random(485)
    pieces = ("1", "2", "| ", " | ", "- ", "• ", "> ", "Term dates", "Term", "\n", "\n", " ", "(note)", "*", "†",
              "16 February 2032", "4 April 2032", "May 2032", "Dividend 2026", "Heading", ":")
    compared = 0
    for _ in range(150):
        text = "".join(pick.choice(pieces) + pick.choice(("", " ", "\n")) for _ in range(pick.randint(1, 16)))
        found = sorted(tag(text, date(2031, 9, 1)), key=lambda t: (t.start, t.end))
        dated = sorted((t.start, t.end) for t in found)
        for timex in found:
            begin = text.rfind("\n", 0, timex.start) + 1
            assert superseded._opens_row(text, timex.start) == (not text[begin:timex.start].strip(" \t-*•·|>")), text
            assert numbered_rows.numbered_row_title(text, timex, dated) == _plain_numbered_row_title(text, timex, dated), text
            assert label_lines._ending_day(text, begin, dated) == _plain_ending_day(text, begin, dated), text
            compared += 1
    assert compared > 80


def _plain_numbered_row_title(text: str, timex: Timex, dated) -> str | None:
    line_start = text.rfind("\n", 0, timex.start) + 1
    before = text[line_start:timex.start]
    if before.strip(numbered_rows._MARKS) and "|" not in before:
        return None
    return numbered_rows.numbered_row_title(text, timex, dated)     # past the first test both read the same


def _plain_ending_day(text: str, line_start: int, dated):
    end = text.find("\n", line_start) if "\n" in text[line_start:] else len(text)
    on_line = dated[bisect.bisect_left(dated, (line_start,)):bisect.bisect_left(dated, (end + 1,))]
    if not on_line or on_line[-1][1] > end or not label_lines._only_notes(text, on_line[-1][1], end):
        return None
    a, b = on_line[-1]
    written = text[a:b]
    return (a, b) if any(c.isdigit() for c in written) and any(c.isalpha() for c in written) else None
