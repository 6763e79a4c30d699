"""A reason fronted before a closure's subject ("Owing to ..., the lanes ... will be closed ...
between 7.15 am and 10 am on Sunday ...") tells why, never who, however long it runs: the subject
opens after the comma that closes it, and a long name inside the subject ("the Larkmoor Harbour 10
Kilometre Loop circuit") does not make it a clause. Before, a reason of more than a few words gave
the entry a title made of its opening word ("Owing closure"), or, with a long named subject, no entry
at all, also under a heading that repeats the day (R81 class 4)."""

from __future__ import annotations

from datetime import datetime

from events_helpers import page_events

PUBLISHED = "2026-06-10"
LONG_REASON = ("Owing to a night shoot for a documentary about the old ferry captain Idris Morvane and his "
               "crew at the pier, the streets around Larkmoor Square will be closed to traffic between "
               "7.15 am and 10 am on Sunday 14 June 2026.")
NAMED_LOOP = ("Due to filming linked with the making of an advert featuring local champion cyclist Idris "
              "Morvane behind the wheel, the lanes forming the Larkmoor Harbour 10 Kilometre Loop circuit "
              "will be closed to cars and walkers between 7.15 am and 10 am on Sunday 14 June 2026.")


def _window(events):
    return [(e.start, e.end) for e in events]


def test_a_long_reason_is_no_part_of_the_title():
    events = page_events(LONG_REASON, PUBLISHED)
    assert _window(events) == [(datetime(2026, 6, 14, 7, 15), datetime(2026, 6, 14, 10, 0))], events
    assert events[0].title.startswith("Streets around Larkmoor Square"), events[0].title


def test_a_long_named_subject_after_a_long_reason_is_the_closure():
    events = page_events(NAMED_LOOP, PUBLISHED)
    assert _window(events) == [(datetime(2026, 6, 14, 7, 15), datetime(2026, 6, 14, 10, 0))], events
    assert "Larkmoor Harbour 10 Kilometre Loop" in events[0].title, events[0].title


def test_a_heading_repeating_the_day_leaves_the_body_its_entry():
    page = ("Larkmoor harbour loop lanes shut to cars and walkers on 14 June\n" + NAMED_LOOP
            + "\nThe following lanes are affected:\n- Quay Parade\n- Ropewalk Hill")
    events = page_events(page, PUBLISHED)
    assert (datetime(2026, 6, 14, 7, 15), datetime(2026, 6, 14, 10, 0)) in _window(events), events


def test_a_listed_reason_closes_at_its_last_comma_before_the_main_verb():
    events = page_events("Due to resurfacing works on Elm Road, Mill Lane and Quay Street, the number 4 bus "
                         "will run on a diversion on Saturday 13 June 2026.", PUBLISHED)
    assert not any(e.title.startswith("Mill Lane") for e in events), [e.title for e in events]


def test_a_comma_after_the_main_clause_closes_no_reason():
    events = page_events("Because of the storm the harbour match will be played on Sunday 14 June 2026, the club said.",
                         PUBLISHED)
    assert not any(e.title.lower().startswith("club") for e in events), [e.title for e in events]
