"""The scan for days listed one a line (listed_meetings) reads each line a bounded number of times:
a long programme by day, whose timed rows under day headings all reach that scan, once made it
read every later line again for each row (a 140 KB page spent most of its time there). The scan
now keeps, per line, the rest of a list read from it; the lists it finds are the same."""

from __future__ import annotations

from datetime import date

import calfeed.events.listed_meetings as listed
from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from call_counts import count_calls

DAY = ("SUNDAY- June 4, 2028\n"
       "10:00 am Garden tours\n"
       "Saturday (June 3): 6 pm Opening concert\n"
       "Sunday: 2 pm Apple pressing\n")

MEETINGS = ("Upcoming meetings\n\n"
            "January 9, 2029\n\nFebruary 13, 2029\n\nMarch 13, 2029\n\nSummer Recess\n\n"
            "September 11, 2029\n\nOctober 9, 2029 (Budget workshop)\n\nNovember 13, 2029\n\n"
            "Board meetings are held at 6:00 pm at the Town Hall.\n")


def _process(text):
    return process_document(Document(path="x.txt", text=text), Options(today=date(2028, 5, 1)))


def test_a_long_day_programme_reads_each_line_a_bounded_number_of_times(monkeypatch):
    reads = count_calls(monkeypatch, "_listed_line", listed)
    rows = 40
    _process(DAY * rows)
    assert reads[0] <= 10 * 4 * rows       # about 5 a line; the rescanning read 6,700 times for 160 lines


def test_the_kept_rest_of_a_list_is_what_a_fresh_scan_finds(monkeypatch):
    original = listed._run
    checked = [0]

    def compared(text, lines, k, on_line, taken, headed, gaps=True, tails=None):
        got = original(text, lines, k, on_line, taken, headed, gaps=gaps, tails=tails)
        fresh = original(text, lines, k, on_line, taken, headed, gaps=gaps)
        assert [(id(d), id(c) if c is not None else None, j) for d, c, j in got[0]] == \
               [(id(d), id(c) if c is not None else None, j) for d, c, j in fresh[0]]
        assert got[1:] == fresh[1:]
        assert got[2] == listed._gaps(text, lines, fresh[0])
        checked[0] += 1
        return got

    monkeypatch.setattr(listed, "_run", compared)
    events = _process(DAY * 12 + "\n" + MEETINGS).events
    assert checked[0] > 20
    assert {str(e.start)[:10] for e in events} >= {"2029-01-09", "2029-09-11", "2029-11-13"}
