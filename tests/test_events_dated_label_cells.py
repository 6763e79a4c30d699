"""ev31a (rt44 class 3): a shareholders' calendar without a header names each row in its first cell and
dates it in its second, and the name may carry the period the report covers ("Interim statement:
results at 31 March 2028", "Final dividend for the financial year 2027 – Record date"). The cell that
holds only a date is the row's day; the dates inside the name are the reported period, no entry."""

from datetime import date

from events_helpers import tagged_events

CALENDAR = ("# Financial calendar\n\n"
            "| Trading update: results at 31 March 2028 | Thursday 11 May 2028 |\n"
            "| Annual general meeting for the financial year 2027 | Tuesday 16 May 2028 |\n"
            "| Dividend for the financial year 2027 – Record date | Friday 19 May 2028 |\n"
            "| Publication of the sustainability report | Monday 5 June 2028 |\n"
            "| Half-year report: six months ended 30 June 2028 | Wednesday 6 September 2028 |\n")


def _entries() -> list[tuple[str, date]]:
    return [(e.title, e.start) for e in tagged_events(CALENDAR, published=date(2028, 3, 1))]


def test_every_row_gives_its_date_cells_day_named_by_its_label():
    assert _entries() == [
        ("Trading update: results at 31 March 2028", date(2028, 5, 11)),
        ("Annual general meeting for the financial year 2027", date(2028, 5, 16)),
        ("Dividend for the financial year 2027 – Record date", date(2028, 5, 19)),
        ("Publication of the sustainability report", date(2028, 6, 5)),
        ("Half-year report: six months ended 30 June 2028", date(2028, 9, 6)),
    ]


def test_the_reported_period_in_a_label_is_no_entry():
    starts = {s for _, s in _entries()}
    assert date(2028, 3, 31) not in starts and date(2028, 6, 30) not in starts
    assert not any(s.year == 2027 for s in starts)
