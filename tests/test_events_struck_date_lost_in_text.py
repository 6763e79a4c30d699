"""A call's label over two full dates side by side with nothing between ("Paper submission due:
July 24, 2027 July 31, 2027"): the page struck the first out, and the text kept both. Only the
later day is the deadline, and it says what it replaces."""

from __future__ import annotations

from datetime import date

from events_helpers import tagged_events

PUBLISHED = date(2027, 1, 10)


def _deadlines(text: str) -> list[date]:
    return [e.start for e in tagged_events(text, published=PUBLISHED) if e.kind == "deadline"]


def test_a_label_line_with_two_dates_side_by_side_keeps_the_later():
    events = tagged_events("IMPORTANT DATES\nPaper submission due: July 24, 2027 July 31, 2027\n"
                           "Notification: September 12, 2027\n", published=PUBLISHED)
    deadlines = [e for e in events if e.kind == "deadline"]
    assert [e.start for e in deadlines] == [date(2027, 7, 31)]
    assert any('replaces "July 24, 2027"' in note for note in deadlines[0].notes)


def test_a_bulleted_label_and_an_extension_mark_after_the_pair():
    assert _deadlines("- Abstract deadline: March 1, 2027 March 15, 2027 (extended)\n"
                      "- Notification: April 30, 2027\n") == [date(2027, 3, 15)]


def test_the_label_on_the_line_above():
    assert _deadlines("Abstract submission deadline:\nMarch 1, 2027 March 15, 2027\n") == [date(2027, 3, 15)]


def test_an_extended_mark_with_a_colon_in_brackets():
    assert _deadlines("Submission deadline: March 1, 2027 (extended: March 15, 2027)\n") == [date(2027, 3, 15)]


def test_two_dates_in_a_row_without_a_label_stay_two():
    found = [e.start for e in tagged_events("Closing date Meeting date\n3 March 2027 24 March 2027\n",
                                            published=PUBLISHED)]
    assert date(2027, 3, 3) in found


def test_an_earlier_second_date_is_no_extension():
    found = [e.start for e in tagged_events("Deadline: March 15, 2027 March 1, 2027\n", published=PUBLISHED)]
    assert date(2027, 3, 15) in found


def test_a_struck_date_in_a_table_cell_before_a_bold_new_one():
    assert _deadlines("| Milestone | Date |\n|---|---|\n"
                      "| Submission deadline | ~~1 March 2027~~ **15 March 2027** |\n"
                      "| Notification | 30 April 2027 |\n") == [date(2027, 3, 15)]
