"""A funder's page of year-less deadlines that come round every year (a weekend rule says the days
recur) may note that one of them was moved for one named round: "(This date has been moved from
February 27 to March 2 for the 2024 winter cycle)". That day is the round's, a one-off in its
written year, not a yearly series; the other days stay yearly (yearly_dates.one_off_year)."""

from datetime import date

from events_helpers import tagged_events

PAGE = """Letters of Intent

Letters of intent must be submitted by 4:00 p.m. on the following dates:

  • March 2 – for a May review (This date has been moved from February 27 to March 2 for the 2024 winter cycle)
  • July 15 – for a September review

Where a date falls on a Saturday or Sunday, letters are taken until 4:00 p.m. on the next Monday.
"""


def _rules() -> dict[str, str | None]:
    return {str(e.start)[5:10]: e.rrule for e in tagged_events(PAGE, published=date(2024, 1, 10))
            if e.kind == "deadline"}


def test_a_day_moved_for_one_written_year_is_a_one_off():
    rules = _rules()
    assert rules.get("03-02", "missing") is None


def test_the_other_days_of_the_page_stay_yearly():
    assert _rules().get("07-15") == "FREQ=YEARLY"


def test_a_year_written_only_in_another_line_leaves_the_day_yearly():
    text = PAGE.replace(" (This date has been moved from February 27 to March 2 for the 2024 winter cycle)", "")
    text = text.replace("Letters of Intent\n", "Letters of Intent (updated for 2024)\n")
    rules = {str(e.start)[5:10]: e.rrule for e in tagged_events(text, published=date(2024, 1, 10)) if e.kind == "deadline"}
    assert rules.get("03-02") == "FREQ=YEARLY"
