"""A programme's run of clock rows under its heading ("Media Programme" / "Part One: Tribal Office" /
"09h00 – 09h30 Technical briefing" / "Part Two: ..." / "10h30 – 11h30 Photo opportunity"): each row
is a slot, an event of its own on the day the text announced above, even when its name holds no
event word ("Photo opportunity", "Tour of the clinic") and part headings stand between the rows.
Rows under a heading that names no programme ("Opening times") stay no events."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events


def _slots(text: str, published: str) -> list[tuple[datetime, datetime | None, str]]:
    return sorted((e.start, e.end, e.title) for e in page_events(text, published)
                  if isinstance(e.start, datetime))


def test_rows_under_part_headings_of_a_media_programme_are_each_a_slot():
    text = ("The Deputy Minister will on Thursday, 9 June 2022 hand over houses at Mthatha.\n"
            "Media programme\n"
            "Part one: Ngangelizwe Stadium\n"
            "08h30 – 09h00 Arrival of media\n"
            "09h00 – 10h00 Walkabout with residents\n"
            "Part two: Community Hall\n"
            "10h30 – 11h00 Photo session\n")
    assert _slots(text, "2022-06-06") == [
        (datetime(2022, 6, 9, 8, 30), datetime(2022, 6, 9, 9, 0), "Arrival of media"),
        (datetime(2022, 6, 9, 9, 0), datetime(2022, 6, 9, 10, 0), "Walkabout with residents"),
        (datetime(2022, 6, 9, 10, 30), datetime(2022, 6, 9, 11, 0), "Photo session")]


def test_bulleted_colon_clock_rows_under_a_programme_for_the_day():
    text = ("The Premier will open the new clinic in Polokwane on Wednesday, 6 April 2016.\n\n"
            "Programme for the day:\n"
            "- 08:00 Arrival of guests\n"
            "- 08:30 Tour of the clinic\n"
            "- 09:30 Handover of keys\n")
    assert [(s, t) for s, _, t in _slots(text, "2016-04-01")] == [
        (datetime(2016, 4, 6, 8, 0), "Arrival of guests"),
        (datetime(2016, 4, 6, 8, 30), "Tour of the clinic"),
        (datetime(2016, 4, 6, 9, 30), "Handover of keys")]


def test_an_itinerary_of_twelve_hour_rows():
    text = ("Members of the press are invited to join the Mayor's visit to the water works on 14 March 2027.\n"
            "ITINERARY\n"
            "10.30am – Welcome at the gatehouse\n"
            "11.15am – Walk along the new filter beds\n")
    assert [(s, t) for s, _, t in _slots(text, "2027-03-01")] == [
        (datetime(2027, 3, 14, 10, 30), "Welcome at the gatehouse"),
        (datetime(2027, 3, 14, 11, 15), "Walk along the new filter beds")]


def test_rows_under_a_heading_that_names_no_programme_are_no_slots():
    text = ("The museum reopens on Saturday, 2 April 2022 after its refit.\n"
            "Opening times\n"
            "09:00 – 17:00 Galleries\n"
            "10:00 – 16:00 Café and shop\n")
    assert [t for _, _, t in _slots(text, "2022-03-20")] == []
