"""A label, then a blurb, then a time alone is the label's series; a list on other weekdays under
such a series keeps its own days; a notice's label ("Please note:") names nothing; "open to all
members" says who may come, not an opening."""

from datetime import date, datetime

from calfeed.model import Document
from calfeed.pipeline import Options, process_document


def _events(text: str, today: date = date(2026, 10, 7)):
    result = process_document(Document(path="p.txt", text="Notes\n\n" + text + "\n", published=date(2026, 10, 1)),
                              Options(today=today))
    return result.events


def test_a_labelled_blurb_then_its_time_alone_is_the_labels_series() -> None:
    # "Name: a sentence or two about it. <time> on <weekday>s": the time is the label's
    text = ("Winter programme\n\n"
            "Puzzle Club: Jigsaws and crosswords for adults. Tea provided. 10 a.m. on Thursdays\n\n"
            "Model Railway Group: Members bring their own stock. 7 p.m. on the second & fourth Fridays of the month.\n")
    found = sorted((e.title, e.rrule, e.start.time()) for e in _events(text))
    assert found == [("Model Railway Group", "FREQ=MONTHLY;BYDAY=2FR,4FR", datetime(2027, 1, 1, 19, 0).time()),
                     ("Puzzle Club", "FREQ=WEEKLY;BYDAY=TH", datetime(2027, 1, 1, 10, 0).time())]


def test_a_list_on_other_weekdays_under_a_series_keeps_its_own_days() -> None:
    # holiday closings on a Tuesday and a Saturday under a Tuesday club's rule take none of its time
    text = ("Go Club: Beginners welcome. 5 p.m. on the second & fourth Tuesdays of the month.\n\n"
            "Upcoming holiday closings\n\n"
            "Tuesday, July 4, 2028: Independence Day\n\n"
            "Saturday, Sept. 2, 2028: for Labor Day\n")
    days = {e.title: e.start for e in _events(text) if e.rrule is None}
    assert days == {"Independence Day": date(2028, 7, 4), "Labor Day": date(2028, 9, 2)}   # "for" leads the occasion


def test_a_notice_label_does_not_name_the_day_after_its_blurb() -> None:
    # review 19 S9: "Please note:" names nothing; the notice's own words stay the title
    text = "Office news\n\nPlease note: The office will be closed for the holiday. Monday 27 December 2027\n"
    assert [e.title for e in _events(text, today=date(2027, 12, 1))] == [
        "Please note: The office will be closed for the holiday"]


def test_open_to_all_is_no_opening() -> None:
    # "we have a talk, open to all members": who may come, not the talk opening
    text = "Club talks\n\nOn the second Thursday of the month at 2:00pm we have a talk, open to all members.\n"
    assert [(e.title, e.rrule) for e in _events(text)] == [("Talk", "FREQ=MONTHLY;BYDAY=2TH")]
