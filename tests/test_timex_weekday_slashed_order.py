"""A weekday beside an ambiguous slashed day settles the document's order (ev28b; a leftover
seen on a real US bulletin that never shows its order: "Tuesday (10/1)" was read as 10 January).

- one weekday decides when the document's year is known: in 2025 "Wednesday (10/8)" fits
  8 October, not 10 August;
- with no year known, the weekdays vote together: several that all fit one order in one year
  outvote the other order; one alone fits either order in some year and shows nothing;
- a day whose numbers show the order, or a tie, leaves the earlier rules and the setting alone.
"""
# Provenance: session 28, ev28b; sentences written in the shape of parish and library bulletins.

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.timex.numeric_order import day_first_in


def test_one_weekday_decides_in_the_stated_year():
    assert day_first_in("Wednesday (10/8) – Parish Council meets at 7:00 PM.", default=True, stated=2025) is False
    assert day_first_in("Friday (10/8): committee.", default=False, stated=2029) is True    # 10 August 2029
    assert day_first_in("Council meets Wed, 10/8/2025 at 7 PM.", default=True) is False


def test_weekdays_vote_together_without_a_year():
    text = "Baby Lapsit: Tuesday (10/6). Teen Board: Thursday (10/8). Flu clinic: Wednesday (10/7)."
    assert day_first_in(text, default=True, today=date(2026, 12, 2)) is False
    text_eu = "Lapsit: Saturday (10/10). Board: Thursday (8/10). Clinic: Wednesday (7/10). Talk: Tuesday (6/10)."
    assert day_first_in(text_eu, default=False, today=date(2026, 12, 2)) is True


def test_a_lone_weekday_with_no_year_shows_nothing():
    assert day_first_in("Council: Tuesday (10/1).", default=True, today=date(2026, 12, 2)) is True
    assert day_first_in("Council: Tuesday (10/1).", default=False, today=date(2026, 12, 2)) is False


def test_a_shown_order_still_wins():
    assert day_first_in("Deadline 22/02/2027. Council Wednesday (10/8).", default=False, stated=2025) is True


def test_a_bulletin_reads_its_days_month_first():
    doc = Document("bulletin.txt", "Parish Calendar\n\nWednesday (10/8) – Parish Council meets at 7:00 PM.\n\n"
                   "Saturday (10/11) – Blessing of the Animals, 10:00 AM.\n", published=date(2025, 10, 5))
    starts = sorted(str(e.start) for e in process_document(doc, Options(day_first=True)).events)
    assert starts == ["2025-10-08 19:00:00", "2025-10-11 10:00:00"]


def test_a_day_missing_from_its_year_does_not_fit():
    # 29 February 2023 does not exist; 29 February 2024 was a Thursday. A day is tried in the one year
    # given (a list running over the new year moves its later days to the next year: _fitting), and a
    # day the year lacks fits no weekday rather than failing. Asked directly, as day_first_in passes
    # days of 1-12 alone.
    from calfeed.timex.numeric_order import WeekdayDay, _fits

    leap = WeekdayDay(first=2, second=29, year=None, weekday=4)
    assert _fits(leap, 2, 29, 2024)
    assert not _fits(leap, 2, 29, 2023)
    assert not _fits(WeekdayDay(2, 29, 2023, 4), 2, 29, 2024)    # a written year is the only one tried
