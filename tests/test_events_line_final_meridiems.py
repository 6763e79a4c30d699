"""A clock's "p.m." that ends a line closes its sentence before a capitalised line (calfeed.text),
and an "until" clock after "stay open" is when something shuts that day, no deadline
(not_events.closing_hour)."""
# Provenance: session 56 (R69 07's false deadline from a merged sentence); texts written for the test.

from __future__ import annotations

from datetime import date

from calfeed.text import split_sentences
from events_helpers import tagged_events


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text).bounds]


def test_a_line_ending_in_pm_before_a_capitalised_line_ends_the_sentence() -> None:
    text = "The kiosks will close at 4 p.m. on Friday but will stay open near the pier until 9 p.m.\nPupils get two days off.\n"
    assert _sentences(text) == ["The kiosks will close at 4 p.m. on Friday but will stay open near the pier until 9 p.m.",
                                "Pupils get two days off."]


def test_a_zone_weekday_or_month_on_the_next_line_goes_on_with_the_clock() -> None:
    for text in ("The talk starts at 6 p.m.\nEastern Time applies to all sessions.",
                 "Doors open at 7 a.m.\nSaturday, June 3 is the first day.",
                 "The ferry leaves at 8 a.m.\non the first Monday.",
                 "The ferry leaves at 8 a.m.\nGMT is the zone used."):
        assert len(_sentences(text)) == 1, text


def test_stay_open_until_a_clock_is_no_deadline() -> None:
    text = ("Post offices will shut at 1 p.m. on Thursday, 9 May, in most towns, but will stay open in the old "
            "quarter until 8 p.m.\nPupils will have two days off from Thursday through Friday.\n")
    events = tagged_events(text, published=date(2024, 5, 2))
    assert not [e for e in events if e.kind == "deadline"], [(e.title, e.start) for e in events]
    assert not any(str(e.start).endswith("20:00:00") for e in events)


def test_a_deadline_with_until_and_no_open_state_stays() -> None:
    text = "Entries for the photo contest are due on Friday, 10 May. Late entries are taken until 6 p.m.\n"
    events = tagged_events(text, published=date(2024, 5, 2))
    assert any(str(e.start).startswith("2024-05-10") for e in events)


def test_a_programme_clock_row_keeps_its_item_line() -> None:
    for text in ("10 a.m.-4 p.m.\nPottery in the Courtyard: open studio", "Drop-in: 5 – 6 p.m.\nTalks: 6 – 8 p.m."):
        assert len(_sentences(text)) == 1, text


def test_a_field_label_on_the_next_line_keeps_the_notice_together() -> None:
    text = "Event: Open lecture by the Dean of the new school, Time: 11.00 a.m.\nVenue: Main Hall, East Wing"
    assert len(_sentences(text)) == 1
