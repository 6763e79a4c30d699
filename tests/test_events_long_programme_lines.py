"""A bulleted programme line too long to be a slot's whole name ("• 11.30 a.m. Official opening on the
green next to Orrin Mill with speeches by ... and ..., ...") is still a slot of the programme, named by
its words before "with" (slot_title_cuts) or its first comma (R81 class 2, page 20: the line was taken
for prose, so its clock under the dated heading gave nothing). A short line keeps its whole name."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2027-08-01"

PAGE = ("Fifty years of the mill\n\n"
        "Orrin Mill Fair, the fiftieth (August 15, 2027)\n\n"
        "Programme of the day\n"
        "  • 11.30 a.m. Official opening on the green next to Orrin Mill with speeches by the Reeve of Orrin, "
        "Mistress Ada Mole of Tanner Row, and the Chair of the Orrin Council of Wardens, Walter Pim \n"
        "  • 12.15 until 02.45 p.m. Lunch at Orrin Mill \n"
        "  • From 03.00 p.m. Games and dancing in the centre of Orrin\n")


def test_the_long_line_is_a_slot_named_by_its_head():
    entries = {e.title: e.start for e in page_events(PAGE, PUBLISHED)}
    assert entries.get("Official opening on the green next to Orrin Mill") == datetime(2027, 8, 15, 11, 30), entries


def test_the_short_line_keeps_its_whole_name():
    entries = {e.title: e.start for e in page_events(PAGE, PUBLISHED)}
    assert entries.get("Lunch at Orrin Mill") == datetime(2027, 8, 15, 12, 15), entries


def test_a_bulleted_from_line_is_a_slot_named_by_its_line():
    page = PAGE.replace("Games and dancing", "Celebrations and dancing")
    entries = {e.title: e.start for e in page_events(page, PUBLISHED)}
    assert entries.get("Celebrations and dancing in the centre of Orrin") == datetime(2027, 8, 15, 15, 0), entries
