"""A dated row that closes on a bracketed remark with a day of its own (R71 class 3): "Saturday
June 6 – Sunday June 14 2026 (entries open April 4)" under a lead-in that lists the rows. The
remark is its own item and keeps its own name; the row is still only its date, so it is read as
the bare rows around it are (named by the page's event or the lead-in), instead of giving nothing
or taking the line below as its title."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries, page_events

ROWS = ("Three times a year the Lakeside Rowing Regattas are held at the city reservoir near the old mill. "
        "For 2026 the dates are as follows:\n"
        "Saturday February 7 – Sunday February 15 2026\n"
        "Saturday June 6 – Sunday June 14 2026 (entries open April 4)\n"
        "Saturday October 3 – Sunday October 11 2026 (entries open August 1)\n"
        "Spectators pay 5 euros at the gate.\n")


def _by_start(text: str, published: str) -> dict[date, tuple[str, object]]:
    return {e.start: (e.title, e.end) for e in page_events(text, published)}


def test_each_span_row_is_the_regatta_whatever_its_remark():
    found = _by_start(ROWS, "2026-01-05")
    assert found[date(2026, 2, 7)] == ("Lakeside Rowing regatta", date(2026, 2, 15))
    assert found[date(2026, 6, 6)] == ("Lakeside Rowing regatta", date(2026, 6, 14))
    assert found[date(2026, 10, 3)] == ("Lakeside Rowing regatta", date(2026, 10, 11))


def test_the_remark_keeps_its_own_name():
    found = _by_start(ROWS, "2026-01-05")
    assert found[date(2026, 4, 4)][0] == "Entries open"


def test_no_row_takes_the_line_below_as_its_title():
    assert not any("Spectators" in title for title, _, _ in page_entries(ROWS, "2026-01-05"))


def test_a_remark_with_no_day_still_makes_the_row_a_named_line():
    text = ("The choir sings at these venues this spring:\n"
            "Saturday 14 March 2026 (Harbour Chapel)\n"
            "Saturday 21 March 2026 (Old Town Hall)\n")
    titles = {e.start: e.title for e in page_events(text, "2026-01-05")}
    assert date(2026, 3, 14) in titles
