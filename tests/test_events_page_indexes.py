"""The per-page indexes that keep long programme pages linear answer as reading every date did.

A programme of a thousand timed rows under day headings asked, for each row, questions that read
every date of the page (which dates stand on this line, is this line only a day, does a marked
line rest hold this offset). The indexes answer them by bisection; these tests compare each
answer with the plain reading on made-up pages and random stretches.
"""

from __future__ import annotations

import random
from datetime import date

from calfeed.events.agenda import DayLines, _day_line
from calfeed.events.dates_by_offset import DatesByOffset
from calfeed.events.stretches import Stretches
from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex import tag


def _dates(count: int, seed: int) -> list:
    """Stand-ins with a start and an end, some long, in no particular order."""
    rng = random.Random(seed)

    class Span:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    spans = [Span(s, s + rng.choice((0, 1, 4, 9, 30, 120))) for s in (rng.randrange(600) for _ in range(count))]
    rng.shuffle(spans)
    return spans


def test_dates_by_offset_finds_what_reading_every_date_finds_in_page_order():
    for seed in range(20):
        dates = _dates(60, seed)
        index = DatesByOffset(dates)
        rng = random.Random(seed)
        for _ in range(200):
            begin = rng.randrange(-20, 640)
            end = begin + rng.randrange(0, 80)
            assert index.overlapping(begin, end) == [t for t in dates if t.start < end and t.end > begin]
            assert index.starting_in(begin, end) == [t for t in dates if begin <= t.start < end]


def test_stretches_hold_an_offset_as_reading_every_stretch_does():
    rng = random.Random(3)
    stretches, plain = Stretches(), []
    for _ in range(300):
        start = rng.randrange(1000)
        end = start + rng.choice((-3, 0, 1, 5, 40, 200))
        stretches.add(start, end)
        plain.append((start, end))
        assert stretches.last == (start, end)
        for offset in rng.sample(range(-5, 1250), 20):
            assert stretches.holds(offset) == any(a <= offset < b for a, b in plain)


PROGRAMME = ("Harbour Weekend - Programme\n\n"
             "SATURDAY - MAY 8, 2027\n9:30 am Boat Parade\n11.15 am: Rope Workshop, Quay Shed\n\n"
             "## Sunday 9 May 2027\n\n10:00 am Sea Shanty Choir\n2:15pm - Raft Race (Slipway)\n\n"
             "Monday, May 10\n8:45 am Beach Clean\n")


def test_day_lines_are_the_lines_a_whole_day_stands_on():
    found = tag(PROGRAMME, date(2027, 5, 1))
    lines = DayLines(PROGRAMME, found)
    begins = [0] + [k + 1 for k, c in enumerate(PROGRAMME) if c == "\n"]
    for begin in begins:
        end = PROGRAMME.find("\n", begin)
        if end >= 0:
            assert lines.plain(begin) == any(t.type == "DATE" and begin <= t.start and t.end <= end
                                             and _day_line(PROGRAMME, t) for t in found)
        end = len(PROGRAMME) if end < 0 else end
        assert lines.heading(begin) == any(
            t.type == "DATE" and begin <= t.start and t.end <= end
            and not (PROGRAMME[begin:t.start] + PROGRAMME[t.end:end]).strip(" #*_.,") for t in found)
    assert lines.plain(PROGRAMME.index("SATURDAY")) and lines.heading(PROGRAMME.index("## Sunday"))


def test_each_row_of_a_programme_is_an_entry_on_its_heading_day():
    result = process_document(Document(path="harbour.txt", text=PROGRAMME), Options(today=date(2027, 5, 1)))
    starts = sorted(str(e.start)[:16] for e in result.events)
    assert "2027-05-08 09:30" in starts and "2027-05-09 14:15" in starts and "2027-05-10 08:45" in starts
