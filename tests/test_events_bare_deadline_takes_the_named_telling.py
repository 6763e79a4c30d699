"""One deadline told twice, once bare in prose ("Entries have to arrive by the deadline of August
14, 2027 (11:59 PM AoE)") and once named in a list ("Paper submission due:" / "August 14, 2027"):
the one entry keeps the prose's clock and the list's name."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events


def test_the_bare_telling_takes_the_list_s_name():
    events = tagged_events("Send your paper through the review site. Entries have to arrive by the deadline of "
                           "August 14, 2027 (11:59 PM AoE, UTC-12) to be reviewed.\n\n"
                           "IMPORTANT DATES\n\nPaper submission due:\nAugust 14, 2027\n"
                           "Camera ready due:\nOctober 4, 2027\n", published=date(2027, 5, 1))
    august = [e for e in events if e.start in (date(2027, 8, 14), datetime(2027, 8, 14, 23, 59))]
    assert len(august) == 1
    assert august[0].start == datetime(2027, 8, 14, 23, 59)
    assert "submission" in august[0].title.lower()
