"""A key-dates row ("31 July 2031" / "FIRST ROUND CLOSES") with a paragraph right under its caption
that tells the same day again with more to say ("Entries received up to midnight on 31 July will
be judged at the panel meeting on 9 September 2031.") is one fact told twice: the paragraph's entry
for that day, which says more (the clock, the kind), absorbs the caption's."""

from __future__ import annotations

from datetime import date, datetime

from events_helpers import tagged_events

KEY_DATES = ("Key Dates\n\n"
             "01 July 2031\n\nAPPLICATIONS OPEN\n\n"
             "31 July 2031\n\nFIRST ROUND CLOSES\n\n"
             "Entries received up to midnight on 31 July will be judged at the panel meeting on 9 September 2031.\n\n"
             "01 August 2031\n\nSECOND ROUND OPENS\n")


def test_the_caption_and_the_paragraph_under_it_are_one_entry():
    events = tagged_events(KEY_DATES, published=date(2031, 6, 1))
    on_the_day = [e for e in events if (e.start.date() if isinstance(e.start, datetime) else e.start) == date(2031, 7, 31)]
    assert len(on_the_day) == 1
    assert len(on_the_day[0].sources) == 2


def test_the_other_rows_keep_their_captions():
    titles = {e.title for e in tagged_events(KEY_DATES, published=date(2031, 6, 1))}
    assert {"APPLICATIONS OPEN", "SECOND ROUND OPENS"} <= titles
