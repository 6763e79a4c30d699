"""ev31a (rt44 class 4): a financial calendar lists its rows as a date then the happening, and writes
the rows not yet fixed by their month alone ("04.2016 Second half trading update", "07.2016 AGM").
Such a row is an approximate entry over its month, named by its words; a period the row's name
reports on ("Third quarter", "Second half") is no date of its own."""

from datetime import date

from events_helpers import tagged_events

DOTTED = ("Financial calendar\n\nDate Event\n"
          "03.11.2027 Half year results\n"
          "19.01.2028 Third quarter trading statement\n"
          "04.2028 Second half trading update\n"
          "05.2028 Full year results\n"
          "07.2028 Ex-dividend date*\n"
          "07.2028 Dividend record date*\n"
          "07.2028 Annual General Meeting\n"
          "08.2028 Final dividend payment date*\n"
          "*Provisional dates.\n")

WORDED = ("Investor diary\n\n"
          "12 February 2029 Interim results\n"
          "June 2029 Trading update\n"
          "September 2029 Capital markets day\n")


def _approximate(event) -> bool:
    return event.precision == "approximate"


def test_each_month_only_row_is_an_approximate_month_named_by_its_words():
    events = tagged_events(DOTTED, published=date(2027, 10, 1))
    months = [(e.title.rstrip("*"), e.start, _approximate(e)) for e in events if e.start >= date(2028, 4, 1)]
    assert [(t, s.month) for t, s, _ in months] == [
        ("Second half trading update", 4), ("Full year results", 5), ("Ex-dividend date", 7),
        ("Dividend record date", 7), ("Annual General Meeting", 7),
        ("Final dividend payment date", 8)]
    assert all(approx for _, _, approx in months)


def test_a_full_day_row_keeps_its_day_not_the_quarter_it_reports_on():
    events = tagged_events(DOTTED, published=date(2027, 10, 1))
    third = [e for e in events if "Third quarter" in e.title]
    assert [(e.start, _approximate(e)) for e in third] == [(date(2028, 1, 19), False)]
    assert not any(e.start.month == 7 and "quarter" in e.title.lower() for e in events)


def test_a_month_written_in_words_opens_a_row_too():
    events = tagged_events(WORDED, published=date(2029, 1, 5))
    assert [(e.title, e.start.month, _approximate(e)) for e in events] == [
        ("Interim results", 2, False), ("Trading update", 6, True),
        ("Capital markets day", 9, True)]
