"""Bare days listed one a line under a lead-in sentence that states what holds on them ("In
2031, shops will be open on these Sundays:" over "26 January" / "6 April" / ...): the
lead-in names no event noun, so each row is named by what its clause states ("Shops open"), and
a row whose only words bound its hours ("21 December – only until 1 pm") is still one of them,
not an entry named by those words ('Only')."""
# Provenance: session 48, R61 class 4 (a list of bare days under a lead-in gave one entry, 'Only').

from __future__ import annotations

from datetime import date

from calfeed.model import Document
from calfeed.pipeline import Options, process_document
from calfeed.events.stated_schedules import stated_schedule
from calfeed.timex.extractor import extract
from calfeed.timex.resolver import resolve

BUILD_DAY = date(2032, 1, 10)
TEXT = ("Late trading reminder\n\n"
        "Rules on weekend trading have changed often since 2019, and most stores now stay shut at the weekend.\n\n"
        "Bakeries and petrol stations keep their own hours, as before.\n\n"
        "Regional reminder\n\n"
        "In 2031, shops will be open on these Sundays:\n\n"
        "26 January\n"
        "6 April\n"
        "27 April\n"
        "29 June\n"
        "14 December\n"
        "21 December – only until 1 pm.\n\n"
        "Other rules apply to markets held in town squares.\n")


def _entries(text: str = TEXT, published: date | None = date(2031, 3, 1)):
    result = process_document(Document("page.md", text, published=published), Options(today=BUILD_DAY))
    return [(e.start, e.title) for e in result.events]


def test_each_listed_day_is_named_by_what_the_lead_in_states():
    entries = _entries()
    assert [start for start, _ in entries if start.month in (4, 6)] == [date(2031, 4, 6), date(2031, 4, 27),
                                                                        date(2031, 6, 29)]
    assert {title for start, title in entries if start.month in (4, 6)} == {"Shops open"}


def test_a_row_that_only_bounds_its_hours_is_named_by_the_lead_in():
    last = [(start, title) for start, title in _entries() if start.month == 12 and start.day == 21]
    assert len(last) == 1 and last[0][1] == "Shops open"


def test_a_state_on_the_days_a_lead_in_points_at():
    text = "In 2031, shops will be open on these Sundays:"
    dates = resolve(extract(text, day_first=True), text, date(2031, 3, 1))
    sundays = [t for t in dates if t.text == "Sundays"]
    stated = stated_schedule(text, (0, len(text)), sundays[0], dates, listed=True)
    assert stated is not None and stated.title == "Shops open"
