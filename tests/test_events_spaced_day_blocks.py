"""An agency's press calendar sets each item out as a day heading, a blank line, the item's
title line, a blank line and a paragraph describing it, often with a "More information" link
under it. The title line names the day; the heading over the whole list ("Calendar for the
press") or the months the list covers ("April and May 2019") does not, and the months give no
month-long entries of their own. A room after the day on the heading line ("9th to 11th April,
Room XII") is where, not what."""
# Provenance: held-out round R42 (class 1), sentences written for this test.

from datetime import date

from events_helpers import tagged_events

_CALENDAR = (
    "Media calendar\n\n\n"
    "April and May 2019 ————\n\n\n"
    "Note to editors\n\n"
    "Journalists must register in advance to attend any event at the headquarters (Contact: press office).\n\n\n\n"
    "2nd to 3rd April\n\n"
    "Workshop on coral reef monitoring\n\n"
    "Two-day workshop on coral reef monitoring organized by the regional marine institute and the "
    "Oceanographic Commission, in the framework of the regional observing network. It is intended for the "
    "field teams, researchers, students and national focal points who collect the survey data.\n\n"
    "More information\n\n\n"
    "5th April\n\n"
    "Editors meeting on reporting from conflict zones\n\n"
    "The agency hosts a meeting of senior editors to compare the protection they give their reporters "
    "and to agree on shared guidance for newsrooms of every size, from national broadcasters to local "
    "papers. It follows the Board's request to convene the owners and publishers of news organizations.\n\n"
    "More information\n\n\n"
    "9th to 11th April, Room XII\n\n"
    "Regional consultation meeting on the conservation of historic gardens\n\n"
    "With the support of Portugal, a series of regional consultations prepares a guide for the "
    "managers of historic gardens, drawing on the experience of the sites already inscribed and of the "
    "national bodies that care for them.\n")


def _entries(text: str) -> list[tuple[str, date, date]]:
    return [(e.title, e.start, e.end) for e in tagged_events(text, published=date(2019, 3, 12))]


def test_each_day_heading_is_named_by_its_title_line():
    entries = _entries(_CALENDAR)
    assert ("Workshop on coral reef monitoring", date(2019, 4, 2), date(2019, 4, 3)) in entries
    assert ("Editors meeting on reporting from conflict zones", date(2019, 4, 5), date(2019, 4, 5)) in entries


def test_a_room_on_the_heading_line_does_not_name_the_entry():
    events = [e for e in tagged_events(_CALENDAR, published=date(2019, 3, 12)) if e.start == date(2019, 4, 9)]
    assert [(e.title, e.end, e.precision) for e in events] == [
        ("Regional consultation meeting on the conservation of historic gardens", date(2019, 4, 11), "exact")]
    assert "Room XII" in (events[0].location or "")


def test_the_months_the_list_covers_give_no_entries():
    assert all(s.day != 1 or e.day < 28 for _, s, e in _entries(_CALENDAR))


def test_a_single_spaced_block_stays_no_block():
    text = ("Parish newsletter\n\n4th April\n\nThe hall will be closed\n\n"
            "Repairs to the roof are planned, so the hall cannot be used that week.\n")
    assert all(t != "The hall will be closed" for t, _, _ in _entries(text))
