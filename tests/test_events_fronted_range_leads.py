"""A range fronted by a participle ("Beginning at 23:00h on Monday, 15 March until 06:00h on Wednesday, 17
March (2 days), the north lane of the Harlow Bridge will be out of service") reads as a fronted "from ...
until" does: the clause after it is the range's, its subject names the entry. A lane or a line "out of
service" is an outage of its subject; "the results will be out" is none. Two such outages told one under
the other (the first on the page's first line) with one start and other ends stay two entries.
(R77 class 1: lane outages fronted by "Beginning at CLOCK on DAY until CLOCK on DAY" gave nothing.)"""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

PUBLISHED = date(2027, 3, 1)


def _entries(text: str):
    return [(e.kind, e.title, e.start, e.end) for e in tagged_events(text + "\n", published=PUBLISHED)]


def test_a_range_fronted_by_beginning_at_is_the_clause_s():
    text = ("Beginning at 22:00 on Monday, March 15 until 06:00 on Wednesday, March 17, the north gate of "
            "Harlow Dock will be closed for repairs.")
    assert _entries(text) == [("event", "North gate of Harlow Dock closure", datetime(2027, 3, 15, 22),
                               datetime(2027, 3, 17, 6))]


def test_starting_on_a_day_through_another_and_between_two_clocks():
    assert _entries("Starting on Monday, March 15 until Wednesday, March 17, the north gate of Harlow Dock "
                    "will be closed for repairs.") == [
        ("event", "North gate of Harlow Dock closure", date(2027, 3, 15), date(2027, 3, 17))]
    assert _entries("Between 22:00 on Monday, March 15 and 06:00 on Wednesday, March 17, the north gate of "
                    "Harlow Dock will be closed for repairs.") == [
        ("event", "North gate of Harlow Dock closure", datetime(2027, 3, 15, 22), datetime(2027, 3, 17, 6))]


def test_glued_h_clocks_a_bracketed_length_and_out_of_service():
    text = ("Beginning at 23:00h on Monday, March 15, 2027 until 06:00h on Wednesday, March 17, 2027 (2 days), "
            "the north lane of the Harlow Bridge will be out of service to paint the rails.")
    assert _entries(text) == [("event", "North lane of the Harlow Bridge outage", datetime(2027, 3, 15, 23),
                               datetime(2027, 3, 17, 6))]


def test_out_of_service_told_after_its_subject():
    text = "The north lane of Harlow Bridge will be out of service from 22:00 on Monday, March 15 until 06:00 on Wednesday, March 17."
    assert _entries(text) == [("event", "North lane of Harlow Bridge outage", datetime(2027, 3, 15, 22),
                               datetime(2027, 3, 17, 6))]


def test_out_without_service_is_no_outage():
    assert not any("outage" in title for _, title, _, _ in _entries("The results will be out on Monday, March 15."))


def test_a_lone_fronted_start_is_left_as_it_was():
    found = _entries("Beginning Monday, March 15, the north gate of Harlow Dock will be closed for repairs.")
    assert [(k, s) for k, _, s, _ in found] == [("milestone", date(2027, 3, 15))]


def test_two_outages_from_one_clock_with_other_ends_stay_two():
    text = ("Beginning at 23:00h on Monday, March 15, 2027 until 22:00h on Friday, March 19, 2027 (4 days), the "
            "EAST lane of Harlow Weir will be out of service to paint the gates.\n\n"
            "Also, the WEST lane of Brimsby Weir will be out of service from 23:00h on Monday, March 15, 2027 "
            "until 10:00h on Tuesday, March 16, 2027.")
    assert sorted((t, e) for _, t, _, e in _entries(text)) == [
        ("EAST lane of Harlow Weir outage", datetime(2027, 3, 19, 22)),
        ("WEST lane of Brimsby Weir outage", datetime(2027, 3, 16, 10))]


def test_a_first_line_closure_and_another_from_the_same_clock_stay_two():
    text = ("From 22:00 on Monday, March 15 until 22:00 on Friday, March 19, the east gate of Harlow Dock will be "
            "closed for repairs.\n\nThe west gate of Harlow Dock will be closed from 22:00 on Monday, March 15 "
            "until 10:00 on Tuesday, March 16.")
    assert sorted((t, e) for _, t, _, e in _entries(text)) == [
        ("East gate of Harlow Dock closure", datetime(2027, 3, 19, 22)),
        ("West gate of Harlow Dock closure", datetime(2027, 3, 16, 10))]


def test_out_inside_a_name_is_no_verb():
    # 'out' asks for 'of service' after it only as a verb; inside a name it stays a word of the name
    found = _entries("The usual out of hours helpline will resume on Thursday, March 11, 2027.")
    assert [(k, t) for k, t, _, _ in found] == [("event", "Usual out of hours helpline resumes")]
