"""A whole build of a page written on one line (a scrape that lost its line breaks) copies no stretch of
the line for each date. Framing reads many things "on the date's line"; on such a page that line is
the page, and a reader that copies it (or the part up to the date) for each date makes the build
square in the page. Copies once per page are fine: the guard builds the same kind of page at two sizes
and counts the characters copied out of the page's text per character of the page, which stays flat
when each date copies only its own surroundings and grows with the page when a date copies the line.

The page is a harbour notice of our own, repeated: a dateline, clocks, a deadline, a moved sailing,
a labelled time, a row of pipe cells. On the parent the count grew 3.8x for 4x the page, from
the dateline reader (the gap from the dateline's place to each date), the diary-row and row-clock
readers, the deadline rule's lead-in, the superseded reader's rest of the line, the timetable header,
bare date sentences, date-alone headings, reported headings, the block clock readers, the range
line, the label block's lines, the bare-pipe table reader, numbered rows, nearby clocks and plain
dates; now each date reads its surroundings in place, or a line's answer is kept by its start."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from calfeed import pipeline
from calfeed.sources import read_document

from call_counts import CountedText

NOTICE = (
    "PORTSMOUTH, England (Harbour Wire) - The ferry company said on Tuesday that the 7:45 a.m. sailing on "
    "3 May 2027 had been moved to 5 May 2027, and the harbour board will meet at 6 pm on Thursday to look "
    "at the timetable. Passengers must book by 5pm on 30 April. The regatta, first held in 1998, runs from "
    "12 June to 14 June this year, the organisers said on Monday. Time: 10am - 2pm (doors 9.30am) On 4 July. "
    "Boarding closes at 8:15 am, 45 minutes before departure. Winter timetable from 1st November 2027 "
    "Weekday sailings 7.00am. The old pier opened on March 3, 1903, and was rebuilt after a storm in "
    "January 1953. | Fri | Oct 11 | Last sailing 10:30 p.m. | "
)


def _copied_per_character(folder: Path, size: int) -> float:
    text = (NOTICE * (size // len(NOTICE) + 1))[:size]
    path = folder / f"notice_{size}.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, folder, path.name)
    counted = CountedText(doc.text)
    doc = dataclasses.replace(doc, text=counted)
    CountedText.copied = 0
    pipeline.process_document(doc, pipeline.Options(today=date(2027, 2, 1)))
    return CountedText.copied / len(counted)


def test_a_one_line_page_s_copies_grow_with_the_page_not_with_its_square(tmp_path):
    """On the parent: 1,403 -> 5,342 characters copied per page character (3.8x); now 104 -> 107."""
    _copied_per_character(tmp_path, 1_500)             # the tables load once
    small = _copied_per_character(tmp_path, 6_000)
    large = _copied_per_character(tmp_path, 24_000)
    assert large < 1.6 * small, f"{small:.0f} -> {large:.0f} characters copied per page character for 4x the page"
