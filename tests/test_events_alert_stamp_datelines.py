"""A travel alert opens its story with the service's stamp, the place in brackets and a dash
("07/03/2021 (Lisbon) - Officials have said ..."), below the alert's field lines (category,
level, source). The stamp is the story's dateline: the day it was written, never an entry, and
no clock of its paragraph takes its day (R68 13 gave the paragraph's first clocks the stamp's
day). The stamp is read in the page's own order (the prose writes the month first here)."""

from __future__ import annotations

from datetime import date, datetime

from calfeed.events.datelines import find_dateline
from calfeed.pipeline import Options, process_document
from calfeed.sources import parse_document
from calfeed.timex import tag
from document_date_helpers import BUILD_DAY

ALERT = ("Travel Notices\n\n"
         "Harbour festival set for July 12\n\n"
         "Category: Events\n\n"
         "Level: 1 (Low)\n\n"
         "Source: Coastline Alerts\n\n"
         "07/03/2021 (Lisbon) - Officials have said that the harbour festival will go ahead on Monday, July 12. "
         "Streets near the port will close between 20:00 on Sunday, July 11, and 06:00 on Monday, and "
         "the quay will be shut all day.\n")


def _result():
    return process_document(parse_document(ALERT.encode(), "alert.txt"), Options(today=BUILD_DAY))


def test_the_stamp_is_the_story_s_dateline():
    found = find_dateline(ALERT, tag(ALERT, date(2021, 7, 3)))
    assert found is not None and ALERT[slice(*found.date)] == "07/03/2021"
    assert found.place is not None and found.place.name == "Lisbon"


def test_the_stamp_dates_the_page_in_its_prose_order():
    assert _result().reference.value == date(2021, 7, 3)


def test_no_entry_falls_on_the_stamp_s_day():
    starts = [e.start for e in _result().events]
    assert datetime(2021, 7, 11, 20, 0) in starts
    assert not any((s.date() if isinstance(s, datetime) else s) in (date(2021, 7, 3), date(2021, 3, 7)) for s in starts)


def test_a_dated_paragraph_without_the_bracketed_place_is_no_dateline():
    text = ALERT.replace(" (Lisbon) -", ":")
    found = find_dateline(text, tag(text, date(2021, 7, 3)))
    assert found is None or found.date is None or text[slice(*found.date)] != "07/03/2021"
