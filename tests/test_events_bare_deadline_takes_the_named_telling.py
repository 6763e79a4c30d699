"""One deadline told twice, once bare in prose ("Papers must be received by the deadline of July
31, 2027 (11:59 PM AoE)") and once named in a list ("Paper submission due:" / "July 31, 2027"):
the one entry keeps the prose's clock and the list's name."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_the_bare_telling_takes_the_list_s_name():
    events = tagged_events("Submissions are made through EasyChair. Papers must be received by the deadline of "
                           "July 31, 2027 (11:59 PM AoE, UTC-12) to be considered.\n\n"
                           "IMPORTANT DATES\n\nPaper submission due:\nJuly 31, 2027\n"
                           "Camera ready due:\nSeptember 20, 2027\n", published=date(2027, 5, 1))
    july = [e for e in events if e.start in (date(2027, 7, 31), datetime(2027, 7, 31, 23, 59))]
    assert len(july) == 1
    assert july[0].start == datetime(2027, 7, 31, 23, 59)
    assert "submission" in july[0].title.lower()
