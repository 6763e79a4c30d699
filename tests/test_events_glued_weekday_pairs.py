"""ev46d (R58 p21 shape): an expo's FAQ gives its days as "October 7(Fri) and 8(Sat) are the Trade
Days, and October 9(Sun) and 10(Mon) are the Family Days". The weekday glued in brackets after each
day is part of a day pair (the tagger read "October 7(Fri)" alone), and the capitalised name the
copula gives after the pair names it: one tentative entry a pair, named by its own words."""

from datetime import date

from calfeed.timex.extractor import extract
from events_helpers import page_events

LINE = ("October 7(Fri) and 8(Sat) are the Trade Days, and October 9(Sun) and 10(Mon) are the Family Days. "
        "Entry on the Trade Days is limited to people from the toy business.")


def test_a_pair_of_days_with_glued_weekdays_is_one_expression():
    # Fails on the parent: 'October 7(Fri)' and 'October 9(Sun)' alone.
    assert [t.text for t in extract(LINE) if t.type == "DATE"] == ["October 7(Fri) and 8(Sat)",
                                                                   "October 9(Sun) and 10(Mon)"]


def test_the_name_the_copula_gives_names_each_pair():
    page = f"When is the expo being held?\n\n{LINE}\n"
    entries = {(e.start, e.end): e.title for e in page_events(page, "2033-06-01")}
    # Fails on the parent: neither pair gave an entry.
    assert entries[(date(2033, 10, 7), date(2033, 10, 8))] == "Trade Days"
    assert entries[(date(2033, 10, 9), date(2033, 10, 10))] == "Family Days"
