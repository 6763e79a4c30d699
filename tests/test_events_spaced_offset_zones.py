"""A written UTC offset whose sign stands apart from the zone's letters ("(GMT -4.00)", "GMT +5:30",
"UTC + 3") is the clock's own zone, over the country the page is about: a fund's call for an island
state, due "00:00 (GMT -4.00)", closes at midnight four hours behind UTC (Etc/GMT+4), not at the
islands' midnight; a half-hour offset is a fixed-offset zone (UTC+05:30), as "UTC+05:30" written
without a blank already was. Before, the offset was not read: the deadline took the country's zone,
or the bare "GMT" before the blank (R81 page 19, class 1). Texts are our own."""

from __future__ import annotations

from events_helpers import page_events

CALL = ("Reef Care Fund: call for proposals\n\nBeneficiary country: Nauru\nPublished on: 02-Aug-2031\n"
        "Deadline on: 09-Sep-2031 00:00 {zone}\n\nCommunity groups may apply for small grants.\n")


def _deadline_zones(zone: str) -> list[str | None]:
    return [e.tz for e in page_events(CALL.format(zone=zone), "2031-08-02") if e.kind == "deadline"]


def test_a_bracketed_offset_with_a_blank_and_dotted_minutes():
    assert _deadline_zones("(GMT -4.00)") == ["Etc/GMT+4"]


def test_a_half_hour_offset_with_a_blank():
    assert _deadline_zones("GMT +5:30") == ["UTC+05:30"]


def test_an_offset_with_blanks_on_both_sides_of_its_sign():
    assert _deadline_zones("UTC + 3") == ["Etc/GMT-3"]
