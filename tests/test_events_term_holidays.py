"""A school's holiday between terms is an occasion of its own (session 52, R65 class 1: a second
range after "while" in a school calendar's sentence, in words of our own): "term holiday" is an
event noun, so the range its clause gives is an entry even where another clause of the sentence
already gave one."""

from datetime import date

from events_helpers import page_events


def _spans(text: str) -> list[tuple[date, date]]:
    return sorted((e.start, e.end) for e in page_events(text, "2022-01-04"))


def test_a_term_holiday_after_while_gets_its_own_entry():
    # Fails on the parent: only the first clause's break was an entry.
    text = ("The mid-year break is scheduled for 10 May to 21 May while the last term holiday is from "
            "5 September to 16 September.")
    assert _spans(text) == [(date(2022, 5, 10), date(2022, 5, 21)), (date(2022, 9, 5), date(2022, 9, 16))]


def test_term_holidays_after_while_get_their_entry_too():
    # Fails on the parent: no entry from the second clause.
    text = ("The mid-year break is scheduled for 10 May to 21 May while the term holidays are from "
            "5 September to 16 September.")
    assert _spans(text) == [(date(2022, 5, 10), date(2022, 5, 21)), (date(2022, 9, 5), date(2022, 9, 16))]
