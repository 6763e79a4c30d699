""""in a month" after an ordinal's count bounds the count and dates nothing (R73 class 6, page 15:
"second concert in the capital in a month" gave a concert over the next month).

The shape is tight: ordinal, its noun, an optional place phrase, then "in a month". With a verb
between, the stretch is a day ahead again and keeps its entry.
"""

from __future__ import annotations

from datetime import date

from events_helpers import page_events

PUBLISHED = "2023-04-11"
LEAD = "The Northern Lights Band will play a free concert at the Corn Exchange on Friday, April 28.\n\n"


def _titles_by_day(text: str) -> dict[date, str]:
    return {e.start: e.title for e in page_events(LEAD + text, PUBLISHED)}


def test_an_ordinal_count_in_a_month_gives_no_entry():
    days = _titles_by_day("This will be the band's second concert in Leeds in a month.\n")
    assert sorted(days) == [date(2023, 4, 28)]


def test_an_ordinal_count_with_a_place_at_a_venue_gives_no_entry():
    days = _titles_by_day("It will be their fourth gala at the Assembly Rooms in a month.\n")
    assert sorted(days) == [date(2023, 4, 28)]


def test_a_verb_between_keeps_the_stretch_ahead():
    days = _titles_by_day("The second concert of the tour opens in a month.\n")
    assert date(2023, 5, 1) in days
