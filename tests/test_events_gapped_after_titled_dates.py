"""A gapped subject with no event noun after a date with a title of its own: "the diploma
exams will be held on 14-18 June, the junior exam on 7-9 June and the infant school on 27 May" (the last is its own entry, not a rival of the first date; "school" of the verb form "report
to school" is no verb). R82 class 4 (page 20's shape), in our own words."""

from __future__ import annotations

from datetime import date

from events_helpers import page_entries


def test_a_gapped_subject_after_a_titled_date_is_its_own_entry():
    page = ("Under the new timetable, the diploma exams will be held on 14-18 June, that of the "
            "last junior-school exam on 7-9 June and the infant school on 27 May.")
    entries = page_entries(page, "2031-04-15")
    assert ("Infant school", "event", date(2031, 5, 27)) in entries
    assert ("Diploma exams", "event", date(2031, 6, 14)) in entries
