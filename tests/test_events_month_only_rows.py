"""ev31a (rt44 class 4): a financial calendar lists its rows as a date then the happening, and writes
the rows not yet fixed by their month alone ("09.2031 Autumn sales statement", "11.2031 Members'
meeting"). Such a row is an approximate entry over its month, named by its words; a period the row's
name reports on ("Third quarter", "Second half") is no date of its own."""

from datetime import date

from events_helpers import tagged_events

DOTTED = ("Financial calendar\n\nDate Event\n"
          "03.11.2027 Six-month figures\n"
          "19.01.2028 Third quarter sales statement\n"
          "04.2028 Second half sales figures\n"
          "05.2028 Full year figures\n"
          "07.2028 Payout eligibility date*\n"
          "07.2028 Payout register date*\n"
          "07.2028 Members' meeting\n"
          "08.2028 Final payout date*\n"
          "*Provisional dates.\n")

WORDED = ("Investor diary\n\n"
          "12 February 2029 Half-year figures\n"
          "June 2029 Trading update\n"
          "September 2029 Capital markets day\n")


def _approximate(event) -> bool:
    return event.precision == "approximate"


def test_each_month_only_row_is_an_approximate_month_named_by_its_words():
    events = tagged_events(DOTTED, published=date(2027, 10, 1))
    months = [(e.title.rstrip("*"), e.start, _approximate(e)) for e in events if e.start >= date(2028, 4, 1)]
    assert [(t, s.month) for t, s, _ in months] == [
        ("Second half sales figures", 4), ("Full year figures", 5), ("Payout eligibility date", 7),
        ("Payout register date", 7), ("Members' meeting", 7),
        ("Final payout date", 8)]
    assert all(approx for _, _, approx in months)


def test_a_full_day_row_keeps_its_day_not_the_quarter_it_reports_on():
    events = tagged_events(DOTTED, published=date(2027, 10, 1))
    third = [e for e in events if "Third quarter" in e.title]
    assert [(e.start, _approximate(e)) for e in third] == [(date(2028, 1, 19), False)]
    assert not any(e.start.month == 7 and "quarter" in e.title.lower() for e in events)


def test_a_month_written_in_words_opens_a_row_too():
    events = tagged_events(WORDED, published=date(2029, 1, 5))
    assert [(e.title, e.start.month, _approximate(e)) for e in events] == [
        ("Half-year figures", 2, False), ("Trading update", 6, True),
        ("Capital markets day", 9, True)]
